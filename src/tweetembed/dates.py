"""Dates written in an embed's footer, in any language, and times from status ids.

Twitter's embed generator writes the footer date in the embedding site's
language (``data-lang``): "March 13, 2021", "25. September 2018", "13 de marzo
de 2021", "2021年3月13日", "13 марта 2021 г.". Each locale's full, long and
medium date patterns and month names come from CLDR through Babel and are
compiled into regexes per locale on first use. The hinted languages are tried
first, then English, then a search of month names from every Twitter embed
language. A text that holds no complete day-month-year gives ``None``, never a
guess.
"""

from __future__ import annotations

import datetime as _dt
import functools
import re
import time
import unicodedata
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

import attrs

from . import tablecache
from ._lazy import re_pattern, regex_pattern

if TYPE_CHECKING:
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

_CJK_DATE: regex.Pattern[str] = regex_pattern(
    globals(), "_CJK_DATE", r"(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})"
)
# 13.03.2021, 3/13/2021, 2021-03-13, and CLDR's spaced forms: "13. 3. 2021", "2021. 3. 13."
_NUMERIC_DATE: regex.Pattern[str] = regex_pattern(
    globals(), "_NUMERIC_DATE", r"(?<!\d)(\d{1,4})([./-]) ?(\d{1,2})\2 ?(\d{1,4})(?!\d)"
)
_TIME: regex.Pattern[str] = regex_pattern(
    globals(), "_TIME", r"(?<!\d)\d{1,2}[:h]\d{2}(?::\d{2})?(?!\d)"
)
_TOKEN: regex.Pattern[str] = regex_pattern(globals(), "_TOKEN", r"\d+|[\p{L}\p{M}]+")
_YEAR = re_pattern(globals(), "_YEAR", r"[0-9]{4}")  # (in text whose digits _clean made ASCII)
# Twitter's API writes a tweet's time as "Thu Feb 08 12:00:45 +0000 2018" (its
# created_at), and copies of its JSON keep it: the year follows the UTC offset.
_API_DATE = re_pattern(
    globals(),
    "_API_DATE",
    r"\s*(?:[A-Z][a-z]{2},? )?([A-Z][a-z]{2}) ([0-9]{1,2}) [0-9]{1,2}:[0-9]{2}:[0-9]{2} "
    r"[+-][0-9]{4} ([0-9]{4})\s*",
)
_API_MONTHS = {
    name: number
    for number, name in enumerate(
        ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"), 1
    )
}
_MIN_YEAR, _MAX_YEAR = 1970, 2100
_UNIX_EPOCH = _dt.datetime(1970, 1, 1, tzinfo=_dt.timezone.utc)


# A decimal digit that is not ASCII (re's \d is every Unicode decimal digit in a str).
_OTHER_DIGIT = re_pattern(globals(), "_OTHER_DIGIT", r"(?![0-9])\d")


def _ascii_digits(text: str) -> str:
    """Replace every decimal digit (Arabic-Indic, Devanagari, full-width …) by ASCII."""
    # (Most dates with other letters have ASCII digits: "13. März 2018".)
    if text.isascii() or _OTHER_DIGIT.search(text) is None:
        return text
    return "".join(
        str(unicodedata.decimal(ch)) if not ch.isascii() and ch.isdecimal() else ch for ch in text
    )


# Marks and spaces CLDR patterns and real pages write in many ways.
_INVISIBLE = dict.fromkeys(map(ord, "\u200e\u200f\u061c\u200b\u2066\u2067\u2068\u2069"))
_SPACES = dict.fromkeys(map(ord, "\u00a0\u202f\u2009\u2007\u3000"), " ")
_PATTERN_FIELD: regex.Pattern[str] = regex_pattern(
    globals(), "_PATTERN_FIELD", r"'(?:[^']|'')*'|([A-Za-z])\1*"
)


# What _clean changes besides digits. Most dates hold none of it, and one search says
# so: str.translate looks each character of a text outside ASCII up in its table
# ("13. März 2018": a fifth of reading a dense page of stripped footers).
_TO_CLEAN = re_pattern(
    globals(), "_TO_CLEAN", "[" + "".join(map(chr, [*_INVISIBLE, *_SPACES])) + "\u0654]"
)


def _clean(text: str) -> str:
    """ASCII digits, no bidi or zero-width marks, every space a plain space."""
    if text.isascii():
        return text
    clean = _ascii_digits(text)
    if _TO_CLEAN.search(clean) is None:
        return clean
    clean = clean.translate(_INVISIBLE).translate(_SPACES)
    # Persian writes a month before its year with the ezafe, a hamza above its final
    # heh ("ژانویهٔ ۲۰۲۵", as browsers' CLDR formats it); Babel's CLDR names the
    # month without it ("ژانویه").
    return clean.replace("\u0647\u0654", "\u0647") if "\u0654" in clean else clean


def _literal(text: str) -> str:
    """A pattern literal as a regex: spaces flexible, a trailing dot optional."""
    parts = []
    for char in _clean(text):
        if char == " ":
            parts.append(r"\s*")
        else:
            parts.append(re.escape(char))
    return "".join(parts)


def _names_alternation(names: dict[str, int]) -> str:
    return "|".join(re.escape(name) for name in sorted(names, key=len, reverse=True))


def _field_regex(
    letter: str, width: int, names: dict[int, dict[str, int]]
) -> tuple[str, str] | None:
    """The regex group name and body for one pattern field, or ``None`` if unsupported."""
    if letter in "yu":
        return ("year", r"\d{4}") if width != 2 else None
    if letter in "ML" and width in (3, 4):
        return "name", f"(?:{_names_alternation(names[width])})\\.?"
    if letter in "ML" and width <= 2:
        return "month", r"\d{1,2}"
    if letter == "d":
        return "day", r"\d{1,2}"
    if letter in "EcGB":  # weekday, era, day period: any words, no digits
        return "", r"[^\d]{1,30}?"
    return None


def _pattern_regex(pattern: str, names: dict[int, dict[str, int]]) -> str | None:
    """One CLDR date pattern ("d MMMM y") as a regex with groups day, month|name, year.

    ``names`` maps a field width (3: abbreviated, 4: wide) to month name → number.
    """
    out: list[str] = []
    seen: set[str] = set()
    position = 0
    for m in _PATTERN_FIELD.finditer(pattern):
        out.append(_literal(pattern[position : m.start()]))
        position = m.end()
        token = m.group(0)
        if token.startswith("'"):
            out.append(_literal(token[1:-1].replace("''", "'") or "'"))
            continue
        field = _field_regex(token[0], len(token), names)
        if field is None or (field[0] and field[0] in seen):
            return None
        group, body = field
        seen.add(group)
        out.append(f"(?P<{group}>{body})" if group else body)
    out.append(_literal(pattern[position:]))
    if not ({"year", "day"} <= seen and {"month", "name"} & seen):
        return None
    return "".join(out)


def _cldr_code(lang: str) -> str:
    code = lang.strip().replace("_", "-").lower()
    return _CLDR_CODES.get(code, code.replace("-", "_"))


@attrs.frozen
class _LocaleDates:
    """What one locale needs to read its dates: month names and compiled patterns."""

    months: dict[str, int]
    patterns: tuple[re.Pattern[str], ...]


_NO_DATES = _LocaleDates({}, ())


# Built once per language on first use; bounded, since hints come from the page.
@functools.lru_cache(maxsize=2048)
def _locale_months(lang: str) -> tuple[dict[str, int], tuple[str, ...]]:
    """CLDR month names (wide and abbreviated, format and stand-alone) and the
    sources of the date patterns, from the table cache or Babel."""
    code = _cldr_code(lang)
    table = tablecache.load(f"dates-{code}", "babel")
    if not (isinstance(table, list) and len(table) == 2):
        table = _locale_table(code)
        tablecache.store(f"dates-{code}", "babel", table)
    months, sources = table
    return dict(months), tuple(sources)


@functools.lru_cache(maxsize=2048)
def _locale_dates(lang: str) -> _LocaleDates:
    """A locale's month names and compiled date patterns (the standard ``re``: they
    need nothing of ``regex``, and compile in a third of its time, ~1 ms a language)."""
    months, sources = _locale_months(lang)
    patterns = tuple(re.compile(source, re.IGNORECASE) for source in sources)
    return _LocaleDates(months, patterns)


def _locale_table(code: str) -> list[Any]:
    """A CLDR locale's month names and date pattern sources, read with Babel."""
    from babel import Locale, UnknownLocaleError  # slow to import: only when a date is read

    try:
        locale = Locale.parse(code)
    except (UnknownLocaleError, ValueError, TypeError):
        return [{}, []]
    months: dict[str, int] = {}
    names: dict[int, dict[str, int]] = {3: {}, 4: {}}
    for context in ("format", "stand-alone"):
        for width, size in (("wide", 4), ("abbreviated", 3)):
            for number, name in locale.months[context][width].items():
                written = _clean(name)
                for variant in (written, written.rstrip(".")):
                    names[size].setdefault(variant, number)
                    key = variant.casefold()
                    months.setdefault(key, number)
                    months.setdefault(key.replace(".", ""), number)
    sources = []
    for length in ("full", "long", "medium"):
        source = _pattern_regex(locale.date_formats[length].pattern, names)
        if source is not None:
            sources.append(source)
    return [months, sources]


def _by_patterns(text: str, lang: str) -> _dt.date | None:
    """The first date in ``text`` written in one of ``lang``'s CLDR date patterns."""
    data = _locale_dates(lang)
    for pattern in data.patterns:
        for m in pattern.finditer(text):
            fields = m.groupdict()
            if fields.get("month"):
                month: int | None = int(fields["month"])
            else:
                month = data.months.get(fields["name"].casefold().rstrip("."))
            if month is not None:
                found = _make(int(fields["year"]), month, int(fields["day"]))
                if found is not None:
                    return found
    return None


@functools.lru_cache(maxsize=1)
def _any_months() -> dict[str, int]:
    """Month names of every Twitter embed language that name one month only."""
    seen: dict[str, set[int]] = {}
    for lang in TWITTER_LANGUAGES:
        # The names only: compiling every language's patterns costs ~0.2 s.
        for key, number in _locale_months(lang)[0].items():
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

    The CLDR patterns of each hinted language are tried first, then English's;
    then numeric dates in the hinted order, month names of the hinted languages
    and English next to a day and a year, any unambiguous month name of a
    Twitter embed language, and last the patterns of every Twitter language.
    """
    # (A date as written is short; a longer text holds none, and its runs of digits
    # may pass the 4,300 that int() takes: "March 999…9, 2021" raised.)
    if not text or len(text) > _MAX_DATE:
        return None
    hints = tuple(lang for lang in languages if lang)
    return _read_date(text, hints)


_THAI_LETTER = re_pattern(globals(), "_THAI_LETTER", r"[\u0e01-\u0e2e]")
_BUDDHIST_YEAR = re_pattern(globals(), "_BUDDHIST_YEAR", r"(?<![0-9])2[4-6][0-9]{2}(?![0-9])")


_MAX_DATE = 400


# The date Twitter's English embed code writes under every tweet ("November 2,
# 2021"), read at once with CLDR's English month names: whatever the hints, every
# Twitter language's patterns read such a text as English does (tests/test_dates.py
# compares both ways under every hint), so the general way below needs not be walked.
_ENGLISH_DATE = re_pattern(globals(), "_ENGLISH_DATE", r"([A-Za-z]{3,9}) ([0-9]{1,2}), ([0-9]{4})")


# The same footer date comes back many times in a page and across a corpus (a
# thread, a day's tweets): each reading is pure, and kept.
@functools.lru_cache(maxsize=4096)
def _read_date(text: str, hints: tuple[str, ...]) -> _dt.date | None:
    clean = _clean(text)
    english = _ENGLISH_DATE.fullmatch(clean)
    if english is not None:
        month = _locale_months("en")[0].get(english[1].casefold())
        found = None if month is None else _make(int(english[3]), month, int(english[2]))
        if found is not None:
            return found
    if _THAI_LETTER.search(clean) is not None:
        # Thai dates count years from the Buddha (BE = CE + 543) where the writer's
        # calendar does: a browser's Thai locale ("1 มกราคม 2568 เวลา 10:00").
        clean = _BUDDHIST_YEAR.sub(lambda m: str(int(m[0]) - 543), clean)
    if _YEAR.search(clean) is None:
        # Every reading below needs a four-digit year ("Tweet may have been
        # deleted" would otherwise compile every language's patterns, ~0.2 s).
        return None
    cjk = _CJK_DATE.search(clean)
    if cjk is not None:
        return _make(int(cjk[1]), int(cjk[2]), int(cjk[3]))
    api = _API_DATE.fullmatch(clean)
    if api is not None and api[1] in _API_MONTHS:
        return _make(int(api[3]), _API_MONTHS[api[1]], int(api[2]))
    for lang in dict.fromkeys([*hints, "en"]):
        found = _by_patterns(clean, lang)
        if found is not None:
            return found
    if _NUMERIC_DATE.search(clean):
        return _numeric(clean, hints[0] if hints else None)
    tokens = _TOKEN.findall(_TIME.sub(" ", clean))
    if all(t.isdigit() for t in tokens):
        return None
    for lang in dict.fromkeys([*hints, "en"]):
        found = _with_month_name(tokens, _locale_months(lang)[0])
        if found is not None:
            return found
    found = _with_month_name(tokens, _any_months())
    if found is not None:
        return found
    # Last, the patterns of every language that has a month name in the text (as a
    # substring: a name may hold a space, "tháng 3"): those without one cannot
    # match, and compiling them all costs ~0.1 s.
    folded = clean.casefold()
    for lang in TWITTER_LANGUAGES:
        if any(name in folded for name in _locale_months(lang)[0]):
            found = _by_patterns(clean, lang)
            if found is not None:
                return found
    return None


def created_at(status_id: str | None, *, now: _dt.datetime | None = None) -> _dt.datetime | None:
    """The UTC time encoded in a Snowflake status id; ``None`` for older or impossible ids."""
    # (Longer than a 64-bit id: no Snowflake, and int() refuses 4,300 digits and more.)
    if not status_id or len(status_id) > 20 or not status_id.isascii() or not status_id.isdigit():
        return None
    number = int(status_id)
    if number < _FIRST_SNOWFLAKE_ID or number >= 1 << 63:
        return None
    millis = (number >> 22) + _TWITTER_EPOCH_MS
    # More than a day ahead of the clock: no tweet has it yet.
    now_millis = time.time() * 1000 if now is None else now.timestamp() * 1000
    if millis > now_millis + 86_400_000:
        return None
    return _UNIX_EPOCH + _dt.timedelta(milliseconds=millis)
