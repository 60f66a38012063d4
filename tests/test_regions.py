"""Where an embed element ends (regions.py): its own end tag, nested elements of its
name counted, plain or as an escaping writes it; and the JSON string a copy sits in."""

from __future__ import annotations

import pytest

from tweetembed import parse
from tweetembed.regions import JsonStrings, closed_alone, region_end, self_closed
from tweetembed.textstate import lower


def _end(data: bytes, escaping: str | None = None) -> int | None:
    open_end = data.index(b">") + 1 if escaping is None else data.index(b"\\u003e") + 6
    return region_end(data, lower(data), "blockquote", escaping, open_end, len(data))


def test_nested_elements_of_its_name_are_counted() -> None:
    data = b'<blockquote class="a"><BLOCKQUOTE>x</blockquote ></Blockquote>tail'
    assert _end(data) == data.index(b"tail")


def test_an_unclosed_element_has_no_end() -> None:
    assert _end(b'<blockquote class="a"><blockquote>x</blockquote>') is None


def test_an_escaped_elements_end_tag_as_its_escaping_writes_it() -> None:
    data = b'"\\u003cblockquote class=\\"a\\"\\u003ex\\u003c/blockquote\\u003e" tail'
    assert _end(data, "json") == data.index(b'" tail')
    # An end tag in another escaping does not close it.
    assert _end(b'"\\u003cblockquote\\u003ex&lt;/blockquote&gt;"', "json") is None


def test_an_element_closed_before_any_other_opener_of_its_name() -> None:
    data = b'<blockquote class="a"><p>x</p></blockquote><blockquote>'
    open_end = data.index(b">") + 1
    lowered = lower(data)
    assert closed_alone(data, lowered, "blockquote", None, open_end, len(data)) == data.index(
        b"<blockquote>"
    )
    # Another opener first (plain or escaped): not alone.
    for inner in (b"<blockquote>", b"&lt;blockquote&gt;"):
        data = b'<blockquote class="a">' + inner + b"</blockquote>"
        lowered = lower(data)
        assert closed_alone(data, lowered, "blockquote", None, open_end, len(data)) is None


def test_the_json_string_an_escaped_tag_sits_in_ends_at_its_bare_quote() -> None:
    data = b'{"html": "\\u003cblockquote class=\\"a\\"\\u003e cut", "next": "\\u003c/blockquote\\u003e"}'
    start = data.index(b"\\u003cblockquote")
    open_end = data.index(b"\\u003e") + 6
    assert JsonStrings(data).end(start, open_end, len(data)) == data.index(b'", "next"')
    # A tag whose quotes are not escaped is not known to sit in a string.
    plain = b'<blockquote class="a">x"y'
    assert JsonStrings(plain).end(0, plain.index(b">") + 1, len(plain)) == len(plain)


def test_an_element_closed_in_its_opening_tag_ends_there() -> None:
    for data, tag in (
        (b'<iframe src="https://www.youtube.com/embed/x" />\n<p>after</p>', "iframe"),
        (b'<LITE-YOUTUBE videoid="x"/><p>after</p></lite-youtube>', "lite-youtube"),
    ):
        open_end = data.index(b">") + 1
        assert self_closed(lower(data), tag, open_end) == open_end
    # Its end tag right after it is its own; a tag without the slash, or a blockquote
    # (whose content is the embed), is not closed so.
    data = b'<iframe src="https://www.youtube.com/embed/x"/> </IFRAME ><p>after</p>'
    assert self_closed(lower(data), "iframe", data.index(b">") + 1) == data.index(b"<p>")
    data = b'<iframe src="https://www.youtube.com/embed/x"><p>after</p>'
    assert self_closed(lower(data), "iframe", data.index(b">") + 1) is None
    data = b'<blockquote class="twitter-tweet" /><p>text</p></blockquote>'
    assert self_closed(lower(data), "blockquote", data.index(b">") + 1) is None


_TWEET = (
    '<blockquote class="twitter-tweet"><p>Hi</p>&mdash; A (@a) '
    '<a href="https://twitter.com/a/status/123456789">May 1, 2020</a></blockquote>'
)


@pytest.mark.parametrize(
    "player",
    [
        # As MDX and JSX write them (and XHTML): an iframe, AMP's and a facade's element.
        '<iframe src="https://www.youtube.com/embed/aaaaaaaaaaa" />',
        '<amp-youtube data-videoid="aaaaaaaaaaa" layout="responsive" width="4" height="3"/>',
        '<lite-youtube videoid="aaaaaaaaaaa"/>',
        '<iframe src="https://www.youtube.com/embed/aaaaaaaaaaa" /></iframe>',
    ],
)
def test_the_embed_after_a_self_closed_player_is_found(player: str) -> None:
    page = "<p>a</p>" + player + "\n<p>The drone is great.</p>" + _TWEET
    start = page.index("<blockquote")
    assert [(e.platform, e.post_id, e.span) for e in parse(page)] == [
        ("youtube", "aaaaaaaaaaa", (8, 8 + len(player))),
        ("twitter", "123456789", (start, start + len(_TWEET))),
    ]


@pytest.mark.parametrize(
    "player",
    [
        '<iframe src="https://www.youtube.com/embed/aaaaaaaaaaa">',
        '<iframe src="https://www.youtube.com/embed/aaaaaaaaaaa"><p>Your browser does not support iframes.</p>',
    ],
)
def test_an_unclosed_iframe_ends_at_its_opening_tag(player: str) -> None:
    # An iframe whose end tag is missing (a sanitizer's or a truncated feed's): its
    # content is never its embed's, and the tweet after it is read, not swallowed.
    page = "<p>a</p>" + player + "\n<p>The drone is great.</p>" + _TWEET + "<p>end</p>"
    start = page.index("<blockquote")
    opening = page.index(">", 8) + 1
    assert [(e.platform, e.post_id, e.span) for e in parse(page)] == [
        ("youtube", "aaaaaaaaaaa", (8, opening)),
        ("twitter", "123456789", (start, start + len(_TWEET))),
    ]
