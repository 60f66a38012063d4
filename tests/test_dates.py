"""dates: footer dates in the languages embeds are written in, and Snowflake times."""

from __future__ import annotations

import datetime as dt

import pytest
from babel import localedata
from babel.dates import format_date

from tweetembed import parse
from tweetembed.dates import TWITTER_LANGUAGES, _cldr_code, created_at, parse_date

MARCH_13 = dt.date(2021, 3, 13)


@pytest.mark.parametrize(
    ("text", "hint"),
    [
        ("March 13, 2021", "en"),
        ("Mar 13, 2021", None),
        ("7:30 PM · Mar 13, 2021", None),
        ("13. März 2021", "de"),
        ("13 de marzo de 2021", "es"),
        ("13 mars 2021", "fr"),
        ("13 marzo 2021", "it"),
        ("13 de março de 2021", "pt"),
        ("13 marca 2021", "pl"),
        ("13. března 2021", "cs"),
        ("13 maart 2021", "nl"),
        ("13 марта 2021 г.", "ru"),
        ("13 березня 2021 р.", "uk"),
        ("2021年3月13日", "ja"),
        ("2021年3月13日", "zh-cn"),
        ("2021년 3월 13일", "ko"),
        ("13 Mart 2021", "tr"),
        ("١٣ مارس ٢٠٢١", "ar"),
        ("۱۳ مارس ۲۰۲۱", "fa"),
        ("१३ मार्च २०२१", "hi"),
        ("13.03.2021", "de"),
        ("3/13/2021", "en"),
        ("2021-03-13", None),
    ],
)
def test_dates_in_many_languages(text: str, hint: str | None) -> None:
    assert parse_date(text, [hint]) == MARCH_13


# March 13, 2021 as the embed generator writes it in each of its languages.
GENERATOR = {
    "en": "March 13, 2021",
    "ar": "١٣ مارس ٢٠٢١",
    "bn": "১৩ মার্চ, ২০২১",
    "cs": "13. března 2021",
    "da": "13. marts 2021",
    "de": "13. März 2021",
    "el": "13 Μαρτίου 2021",
    "es": "13 de marzo de 2021",
    "fa": "۱۳ مارس ۲۰۲۱",
    "fi": "13. maaliskuuta 2021",
    "fil": "Marso 13, 2021",
    "fr": "13 mars 2021",
    "he": "13 במרץ 2021",
    "hi": "13 मार्च 2021",
    "hu": "2021. március 13.",
    "id": "13 Maret 2021",
    "it": "13 marzo 2021",
    "ja": "2021年3月13日",
    "ko": "2021년 3월 13일",
    "msa": "13 Mac 2021",
    "nl": "13 maart 2021",
    "no": "13. mars 2021",
    "pl": "13 marca 2021",
    "pt": "13 de março de 2021",
    "ro": "13 martie 2021",
    "ru": "13 марта 2021 г.",
    "sv": "13 mars 2021",
    "th": "13 มีนาคม 2021",
    "tr": "13 Mart 2021",
    "uk": "13 березня 2021 р.",
    "ur": "13 مارچ، 2021",
    "vi": "13 tháng 3, 2021",
    "zh-cn": "2021年3月13日",
    "zh-tw": "2021年3月13日",
}


def test_every_twitter_language_is_in_the_table() -> None:
    assert set(GENERATOR) == set(TWITTER_LANGUAGES)


@pytest.mark.parametrize(("lang", "text"), sorted(GENERATOR.items()))
def test_each_twitter_language_as_the_generator_writes_it(lang: str, text: str) -> None:
    assert parse_date(text, [lang]) == MARCH_13
    assert parse_date(text) == MARCH_13  # without a hint too


def _round_trip_failures(locales: list[str]) -> tuple[int, list[tuple[str, str, str]]]:
    total, failures = 0, []
    for locale in locales:
        for length in ("long", "medium"):
            for month in range(1, 13):
                for day in (1, 13, 28):
                    date = dt.date(2021, month, day)
                    text = format_date(date, format=length, locale=locale)
                    total += 1
                    if parse_date(text, [locale]) != date:
                        failures.append((locale, length, text))
    return total, failures


def test_every_twitter_language_reads_back_babels_long_and_medium_dates() -> None:
    locales = [_cldr_code(lang) for lang in TWITTER_LANGUAGES]
    assert _round_trip_failures(locales) == (34 * 2 * 36, [])


def test_every_cldr_locale_reads_back_babels_long_and_medium_dates() -> None:
    locales = localedata.locale_identifiers()
    total, failures = _round_trip_failures(locales)
    assert total == len(locales) * 2 * 36
    assert failures == []


def test_a_wrong_hint_still_finds_an_unambiguous_date() -> None:
    assert parse_date("13. März 2021", ["ja"]) == MARCH_13


@pytest.mark.parametrize(
    "text", [None, "", "Twitter", "https://t.co/abc", "March 2021", "13 March", "99 March 2021"]
)
def test_no_date_gives_none(text: str | None) -> None:
    assert parse_date(text, ["en"]) is None


def test_snowflake_times() -> None:
    # (1370827335461826566 >> 22) + 1288834974657 = 1615665680171 ms after 1970-01-01
    assert created_at("1370827335461826566") == dt.datetime(
        2021, 3, 13, 20, 1, 20, 171000, tzinfo=dt.timezone.utc
    )
    # The smallest Snowflake id decodes to seconds after the Twitter epoch.
    first = created_at("29700859247")
    assert first is not None
    assert first.date() == dt.date(2010, 11, 4)


@pytest.mark.parametrize(
    # (Past int()'s 4,300 digits: no time, and no error.)
    "status_id",
    [None, "", "20", "29700859246", "12ab", "１２３", str(1 << 63), "9" * 5000],
)
def test_no_time_for_old_or_malformed_ids(status_id: str | None) -> None:
    assert created_at(status_id) is None


def test_no_time_in_the_future() -> None:
    now = dt.datetime(2021, 3, 1, tzinfo=dt.timezone.utc)
    assert created_at("1370827335461826566", now=now) is None


@pytest.mark.parametrize("text", ["Tweet may have been deleted", "November […]", "13 mars", "3/13"])
def test_text_without_a_year_reads_no_language(text: str) -> None:
    # Every reading needs a four-digit year: without one, no language's patterns are
    # compiled (a date link's "Tweet may have been deleted" compiled all 34
    # languages', ~0.2 s in every process of a corpus job).
    from tweetembed import dates

    dates._read_date.cache_clear()
    dates._locale_dates.cache_clear()
    assert parse_date(text, ("de", "fr")) is None
    assert dates._locale_dates.cache_info().currsize == 0


def test_last_resort_reads_only_languages_with_a_month_name_in_the_text() -> None:
    # A year-like number but no date (a footer that ran into a <meta>): English's
    # patterns (always tried) and those of no other language are compiled.
    from tweetembed import dates

    dates._read_date.cache_clear()
    dates._locale_dates.cache_clear()
    assert parse_date('[…]"/> <meta name="theme-color" content="#BC0018">') is None
    assert dates._locale_dates.cache_info().currsize == 1
    # A month name of one language only: its patterns are tried, and read it.
    assert parse_date("13 марта 2021 г.") == MARCH_13


def test_a_run_of_digits_past_what_int_reads_is_no_date_and_no_error() -> None:
    # (int() refuses 4,300 digits and more: the tweet's reader raised, the embed was lost.)
    assert parse_date("March " + "9" * 5000 + ", 2021") is None
    markup = (
        '<blockquote class="twitter-tweet"><p>a</p>&mdash; A (@a) '
        f'<a href="https://twitter.com/a/status/20">March {"9" * 5000}, 2021</a></blockquote>'
    )
    [tweet] = parse(markup)
    assert (tweet.status_id, tweet.date, tweet.date_text) == (
        "20",
        None,
        f"March {'9' * 5000}, 2021",
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Twitter's API's created_at, as copies of its JSON keep it (Substack's).
        ("Thu Feb 08 12:00:45 +0000 2018", dt.date(2018, 2, 8)),
        ("Sun Dec 31 23:59:59 -0500 2017", dt.date(2017, 12, 31)),
        # Not a month of the API's, and not a day of the month.
        ("Thu Fev 08 12:00:45 +0000 2018", None),
        ("Thu Feb 30 12:00:45 +0000 2018", None),
    ],
)
def test_the_apis_created_at(text: str, expected: dt.date | None) -> None:
    assert parse_date(text) == expected


def _intl_rows() -> list[list[str]]:
    import json
    from pathlib import Path

    data = Path(__file__).parent / "data" / "intl-dates" / "dates.json"
    rows: list[list[str]] = json.loads(data.read_text(encoding="utf-8"))["rows"]
    return rows


@pytest.mark.parametrize(("lang", "style", "iso", "text", "calendar"), _intl_rows())
def test_dates_as_browsers_write_them(
    lang: str, style: str, iso: str, text: str, calendar: str
) -> None:
    # Thai counts Buddhist years (BE = CE + 543) and Persian writes the ezafe
    # ("۱ ژانویهٔ ۲۰۲۵"); the Persian (solar Hijri) calendar itself is not read:
    # its months are not the Gregorian ones, and no conversion is made.
    hint = lang.split("-u-")[0]
    expected = None if calendar == "persian" else dt.date.fromisoformat(iso)
    assert parse_date(text, (hint,)) == expected
    assert parse_date(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("November 2, 2021", dt.date(2021, 11, 2)),
        ("nov 2, 2021", dt.date(2021, 11, 2)),
        ("MAY 31, 1999", dt.date(1999, 5, 31)),
        ("February 30, 2021", None),  # no such day, and no other reading of it
        ("Sept 2, 2021", dt.date(2021, 9, 2)),  # (not CLDR's: the general way reads it)
        ("Novem 2, 2021", None),
    ],
)
def test_twitters_english_date_read_at_once(text: str, expected: dt.date | None) -> None:
    assert parse_date(text, ("de",)) == expected


def test_twitters_english_date_reads_as_every_language_reads_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Under each hint, a text of the shape read at once (_ENGLISH_DATE) gives what the
    # general way gives: no language's patterns read such a text otherwise.
    import re

    from tweetembed import dates

    # CLDR's 23 English names and abbreviations (13 of months of 31 days), and three
    # written otherwise: 26 names, each on days 0, 1, 29, 31 and 32 of two years
    # without a 29 February. Real dates: 26 on the 1st, 24 on the 29th, 13 on the 31st.
    names = [name.title() for name in dates._locale_months("en")[0]]
    names += ["Sept", "NOVEMBER", "Nov."]
    texts = [f"{n} {d}, {y}" for n in names for d in (0, 1, 29, 31, 32) for y in (1999, 2021)]
    hints = [(), *((lang,) for lang in TWITTER_LANGUAGES), ("en-GB",), ("fr", "en")]
    fast = {(t, h): parse_date(t, h) for t in texts for h in hints}
    dates._read_date.cache_clear()
    monkeypatch.setattr(dates, "_ENGLISH_DATE", re.compile("(?!)"))
    try:
        general = {(t, h): parse_date(t, h) for t in texts for h in hints}
    finally:
        dates._read_date.cache_clear()
    assert general == fast
    assert len(fast) == 26 * 5 * 2 * len(hints)
    assert sum(d is not None for d in fast.values()) == (26 + 24 + 13) * 2 * len(hints)
