"""The public contract of ``parse``: arguments, platforms, empty input, str and bytes."""

from __future__ import annotations

import html
from typing import Any

import attrs
import pytest

import tweetembed
from tweetembed import PLATFORMS, parse
from tweetembed.locate import MAX_FRAGMENT

from render import render_tweet

EMBED = render_tweet(
    paragraphs=["Grüße aus Köln 🌍"], name="Köln", handle="koeln",
    status_id="1498723580491522048", date_text="1. März 2022", lang="de",
    options={"lang": "de"},
)  # fmt: skip


def test_public_surface() -> None:
    assert PLATFORMS == (
        "twitter", "instagram", "youtube", "facebook", "tiktok", "bluesky",
        "threads", "mastodon", "reddit", "telegram", "linkedin",
    )  # fmt: skip
    assert set(tweetembed.__all__) >= {"parse", "extract_entities", "PLATFORMS", "Tweet", "Embed"}


@pytest.mark.parametrize("bad", [None, 3, 3.5, ["<p>"], {"html": "x"}, object()])
def test_non_text_raises_type_error_saying_what_to_pass(bad: object) -> None:
    with pytest.raises(TypeError, match=r"str or bytes"):
        parse(bad)  # type: ignore[arg-type]


def test_unknown_platform_raises_value_error_naming_the_known_ones() -> None:
    with pytest.raises(
        ValueError, match=r"'myspace'.*known platforms: twitter, instagram, youtube"
    ):
        parse(EMBED, platforms=["twitter", "myspace"])


def test_a_single_string_for_platforms_is_a_type_error() -> None:
    with pytest.raises(TypeError, match=r"iterable of platform names"):
        parse(EMBED, platforms="twitter")


def test_platforms_filter() -> None:
    assert len(parse(EMBED, platforms=["twitter"])) == 1
    assert parse(EMBED, platforms=[]) == []


@pytest.mark.parametrize("empty", ["", b"", "   \n", b"\xef\xbb\xbf"])
def test_empty_input_gives_an_empty_list(empty: str | bytes) -> None:
    assert parse(empty) == []


def test_str_and_its_utf8_bytes_give_the_same_result() -> None:
    page = f"<html><body><p>Text</p>{EMBED}</body></html>"
    assert parse(page) == parse(page.encode("utf-8"))
    assert parse(bytearray(page.encode("utf-8"))) == parse(page)
    [tweet] = parse(page)
    assert tweet.text == "Grüße aus Köln 🌍"
    assert tweet.emoji == ("🌍",)


def test_page_language_is_a_date_hint() -> None:
    body = (
        '<blockquote class="twitter-tweet"><p>x</p>&mdash; A (@a) '
        '<a href="https://twitter.com/a/status/1">1 avril 2021</a></blockquote>'
    )
    [tweet] = parse(f'<html lang="fr"><body>{body}</body></html>')
    assert tweet.date is not None
    assert tweet.date.isoformat() == "2021-04-01"


@pytest.mark.reader_errors
def test_a_bug_in_one_embed_costs_that_embed_only(monkeypatch: pytest.MonkeyPatch) -> None:
    from tweetembed import platforms

    entry = platforms._TABLE["twitter"]
    calls = {"n": 0}

    def flaky(*args: Any) -> Any:
        calls["n"] += 1
        if calls["n"] == 1:
            raise RuntimeError("a bug")
        return entry.read(*args)

    monkeypatch.setitem(platforms._TABLE, "twitter", attrs.evolve(entry, read=flaky))
    tweets = parse(EMBED + EMBED)
    assert [t.span for t in tweets] == [(len(EMBED), 2 * len(EMBED))]


@pytest.mark.parametrize(
    ("charset", "codec", "body", "date_text"),
    [
        ("windows-1252", "cp1252", "Qualité « supérieure » – déjà vu", "13 février 2021"),
        ("ISO-8859-1", "latin-1", "Grüße aus Köln", "13. Februar 2021"),
        ("ISO-8859-15", "iso8859_15", "Prix : 5 € ; œuvre", "13 février 2021"),
        ("ISO-8859-2", "iso8859_2", "Zażółć gęślą jaźń", "13. Februar 2021"),
        ("Shift_JIS", "shift_jis", "東京で雪が降りました", "13. Februar 2021"),
        ("EUC-JP", "euc_jp", "大阪の天気は晴れ", "13 mars 2021"),
    ],
)
def test_bytes_in_a_declared_charset(charset: str, codec: str, body: str, date_text: str) -> None:
    embed = render_tweet(
        paragraphs=[body], name="Autor", handle="autor", status_id="1360660000000000000",
        date_text=date_text, options={"lang": "fr" if "mars" in date_text or "février" in date_text else "de"},
    )  # fmt: skip
    page = f'<html><head><meta charset="{charset}"></head><body>{embed}</body></html>'
    [tweet] = parse(page.encode(codec))
    assert tweet.text == body
    assert tweet.date_text == date_text
    assert tweet.date is not None
    assert tweet.date.isoformat() == ("2021-03-13" if "mars" in date_text else "2021-02-13")


def test_escaped_copies_read_back_to_the_same_fields() -> None:
    live = parse(EMBED)[0]
    json_string = EMBED.replace('"', '\\"').replace("/", "\\/").replace("\n", "\\n")
    entities = html.escape(EMBED)
    page = f'<script>var d = {{"html": "{json_string}"}};</script><textarea>{entities}</textarea>{EMBED}'
    tweets = parse(page)
    assert [t.escaped for t in tweets] == ["json", "html", None]
    for tweet in tweets:
        assert attrs.evolve(tweet, escaped=None, span=live.span) == live
    assert [page[slice(*t.span)] for t in tweets] == [json_string, entities, EMBED]


def test_an_unclosed_embed_cut_at_the_limit_ends_on_a_character() -> None:
    # MAX_FRAGMENT counts bytes; where it falls inside a character the region
    # ends before that character, and bytes and text agree.
    page = '<blockquote class="twitter-tweet"><p>' + "é" * MAX_FRAGMENT
    [from_bytes] = parse(page.encode())
    assert parse(page) == [from_bytes]
    # The 37-byte opening puts the limit in the middle of an "é" (2 bytes each).
    assert len(page[:37].encode()) == 37
    assert from_bytes.span == (0, 37 + (MAX_FRAGMENT - 37) // 2)


def test_a_signature_in_a_single_byte_page_is_read_from_its_text() -> None:
    text = (
        '<meta charset="windows-1252"><p>“Quoted” text of a tweet</p>\n'
        "<p>Café news — Le Café (@cafe) March 13, 2021</p>"
    )
    data = text.encode("cp1252")
    [tweet] = parse(data)
    assert parse(text) == [tweet]
    assert tweet.author is not None and tweet.author.handle == "cafe"
    assert text[tweet.span[0] : tweet.span[1]].endswith("March 13, 2021</p>")


def test_in_the_tests_a_reader_error_is_not_swallowed(monkeypatch: pytest.MonkeyPatch) -> None:
    # conftest's switch: a reader that raises fails the test instead of being logged,
    # so the properties and every other test see reader bugs.
    from tweetembed import platforms

    entry = platforms._TABLE["twitter"]

    def broken(*args: Any) -> Any:
        raise RuntimeError("a bug")

    monkeypatch.setitem(platforms._TABLE, "twitter", attrs.evolve(entry, read=broken))
    with pytest.raises(RuntimeError, match="a bug"):
        parse(EMBED)


def test_a_text_of_wide_characters_loses_no_embed_and_makes_none_up() -> None:
    """A needle split by another character is no embed, and every real one in a
    text of characters outside ASCII is found where it stands, as alone."""
    assert parse("<blockquote class=“twitter’-tweet”><p>x</p></blockquote>") == []
    before = "Ünïcödé “news” 🔴 "
    [tweet] = parse(before + EMBED + " — end ✓")
    [alone] = parse(EMBED)
    assert tweet == attrs.evolve(alone, span=(len(before), len(before) + len(EMBED)))


@pytest.mark.parametrize(
    "unit",
    [
        # An unclosed rendered div, each holding an AMP tweet: the search for the next
        # div reads each AMP tag ahead, which the scan then passes inside the div.
        '<div class="twitter-tweet-rendered"><amp-twitter data-tweetid="1">',
        '<blockquote class="twitter-tweet"><p>Hi @a #b</p>&mdash; A (@a) '
        '<a href="https://twitter.com/a/status/1370827335461826566">March 13, 2021</a>',
        '<iframe src="https://www.youtube.com/embed/x2Gf04W_ff8"></iframe>',
        "text\n— a (@a) March 13, 2021\n",
    ],
)
def test_a_page_of_embeds_holds_its_records_and_little_more(unit: str) -> None:
    """What parse holds beyond the records it returns stays within 4x the page's size
    (the issue's budget; the records themselves are what the caller asked for)."""
    from traced import traced

    page = unit * (100_000 // len(unit))
    parse(page[:5000])  # (the tables every parse shares, built once)
    embeds, held, peak = traced(lambda: parse(page))
    assert len(embeds) == 100_000 // len(unit)
    assert peak - held <= 4 * len(page.encode())


def test_a_footer_on_a_page_without_line_breaks_copies_no_line() -> None:
    """A stripped footer's line may be the whole page (a megabyte of text and no line
    break): reading the footer copies none of it, and parse holds within 4x."""
    from traced import traced

    # (A megabyte: the copy, two bytes a character of the line, is what a smaller
    # page's other costs hide.)
    page = "<quote>" + "— a (@a) May 4, 2022</quote>" * (1_000_000 // 28)
    parse(page[:5000])
    embeds, held, peak = traced(lambda: parse(page))
    # The tag's embed, and the last footer (the others are no footer: no line ends
    # within a footer's reach of their handle).
    assert [(e.platform, e.form) for e in embeds] == [
        ("twitter", "blockquote"),
        ("twitter", "text"),
    ]
    assert peak - held <= 4 * len(page.encode())
