"""Dates written in an embed's footer, in any language, and times from status ids.

Twitter's embed generator writes the footer date in the embedding site's
language (``data-lang``): "March 13, 2021", "25. September 2018", "13 de marzo
de 2021", "2021年3月13日". Month names come from CLDR through Babel, built once per
locale on first use. A text that holds no complete day-month-year gives
``None``, never a guess.
"""

from __future__ import annotations

import datetime as _dt
import functools
import unicodedata
from collections.abc import Iterable

import regex

__all__ = ["TWITTER_LANGUAGES", "created_at", "parse_date"]

# The languages Twitter's embed generator offers for ``data-lang``.
TWITTER_LANGUAGES = (
    "en", "ar", "bn", "cs", "da", "de", "el", "es", "fa", "fi", "fil", "fr", "he", "hi",
    "hu", "id", "it", "ja", "ko", "msa", "nl", "no", "pl", "pt", "ro", "ru", "sv", "th",
    "tr", "uk", "ur", "vi", "zh-cn", "zh-tw",
)  # fmt: skip

# Twitter's codes that are not CLDR's.
_CLDR_CODES = {
    "msa": "ms",
    "no": "nb",
    "zh-cn": "zh_Hans",
    "zh-tw": "zh_Hant",
    "iw": "he",
    "in": "id",
}

_TWITTER_EPOCH_MS = 1288834974657
# Ids below this were issued sequentially before Snowflake (November 2010) and
# carry no time.
_FIRST_SNOWFLAKE_ID = 29_700_859_247

_CJK_DATE = regex.compile(r"(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})")
_NUMERIC_DATE = regex.compile(r"(?<!\d)(\d{1,4})([./-])(\d{1,2})\2(\d{1,4})(?!\d)")
_TIME = regex.compile(r"(?<!\d)\d{1,2}[:h]\d{2}(?::\d{2})?(?!\d)")
_TOKEN = regex.compile(r"\d+|[\p{L}\p{M}]+")
_MIN_YEAR, _MAX_YEAR = 1970, 2100
_UNIX_EPOCH = _dt.datetime(1970, 1, 1, tzinfo=_dt.timezone.utc)


def _ascii_digits(text: str) -> str:
    """Replace every decimal digit (Arabic-Indic, Devanagari, full-width …) by ASCII."""
    if text.isascii():
        return text
    return "".join(
        str(unicodedata.decimal(ch)) if not ch.isascii() and ch.isdecimal() else ch for ch in text
    )


def _cldr_code(lang: str) -> str:
    code = lang.strip().replace("_", "-").lower()
    return _CLDR_CODES.get(code, code.replace("-", "_"))


@functools.lru_cache(maxsize=256)
def _months(lang: str) -> dict[str, int]:
    """CLDR month names of ``lang`` (wide and abbreviated, format and stand-alone)."""
    from babel import Locale, UnknownLocaleError  # slow to import: only when a date is read

    try:
        locale = Locale.parse(_cldr_code(lang))
    except (UnknownLocaleError, ValueError, TypeError):
        return {}
    table: dict[str, int] = {}
    for context in ("format", "stand-alone"):
        for width in ("wide", "abbreviated"):
            for number, name in locale.months[context][width].items():
                key = name.casefold().rstrip(".")
                table.setdefault(key, number)
                table.setdefault(key.replace(".", ""), number)
    return table


@functools.lru_cache(maxsize=1)
def _any_months() -> dict[str, int]:
    """Month names of every Twitter embed language that name one month only."""
    seen: dict[str, set[int]] = {}
    for lang in TWITTER_LANGUAGES:
        for key, number in _months(lang).items():
            seen.setdefault(key, set()).add(number)
    return {key: next(iter(nums)) for key, nums in seen.items() if len(nums) == 1}


def _make(year: int, month: int, day: int) -> _dt.date | None:
    if not _MIN_YEAR <= year <= _MAX_YEAR:
        return None
    try:
        return _dt.date(year, month, day)
    except ValueError:
        return None


def _with_month_name(tokens: list[str], table: dict[str, int]) -> _dt.date | None:
    for index, token in enumerate(tokens):
        month = table.get(token.casefold())
        if month is None or token.isdigit():
            continue
        numbers = [(abs(i - index), int(t), t) for i, t in enumerate(tokens) if t.isdigit()]
        years = [n for _, n, t in numbers if len(t) == 4]
        days = sorted((d, n) for d, n, t in numbers if len(t) <= 2 and 1 <= n <= 31)
        if len(years) == 1 and days:
            return _make(years[0], month, days[0][1])
    return None


def _numeric(text: str, lang: str | None) -> _dt.date | None:
    m = _NUMERIC_DATE.search(text)
    if m is None:
        return None
    first, _, second, third = m.groups()
    if len(first) == 4:
        return _make(int(first), int(second), int(third))
    if len(third) != 4:
        return None
    a, b, year = int(first), int(second), int(third)
    month_first = lang is not None and _cldr_code(lang) in {"en", "en_us", "fil"}
    # The locale's order first; the other only where it is the sole valid reading.
    for month, day in ((a, b), (b, a)) if month_first else ((b, a), (a, b)):
        found = _make(year, month, day)
        if found is not None:
            return found
    return None


def parse_date(text: str | None, languages: Iterable[str | None] = ()) -> _dt.date | None:
    """Read the date written in ``text``; ``languages`` are hints, most trusted first.

    Month names of each hinted language are tried first, then English, then the
    names of every Twitter embed language that are unambiguous.
    """
    if not text:
        return None
    clean = _ascii_digits(text)
    cjk = _CJK_DATE.search(clean)
    if cjk is not None:
        return _make(int(cjk[1]), int(cjk[2]), int(cjk[3]))
    hints = [lang for lang in languages if lang]
    numeric = _NUMERIC_DATE.search(clean)
    if numeric is None:
        tokens = _TOKEN.findall(_TIME.sub(" ", clean))
        if any(not t.isdigit() for t in tokens):
            for lang in [*hints, "en"]:
                found = _with_month_name(tokens, _months(lang))
                if found is not None:
                    return found
            return _with_month_name(tokens, _any_months())
        return None
    return _numeric(clean, hints[0] if hints else None)


def created_at(status_id: str | None, *, now: _dt.datetime | None = None) -> _dt.datetime | None:
    """The UTC time encoded in a Snowflake status id; ``None`` for older or impossible ids."""
    if not status_id or not status_id.isascii() or not status_id.isdigit():
        return None
    number = int(status_id)
    if number < _FIRST_SNOWFLAKE_ID or number >= 1 << 63:
        return None
    millis = (number >> 22) + _TWITTER_EPOCH_MS
    moment = _UNIX_EPOCH + _dt.timedelta(milliseconds=millis)
    if moment > (now or _dt.datetime.now(_dt.timezone.utc)) + _dt.timedelta(days=1):
        return None
    return moment
