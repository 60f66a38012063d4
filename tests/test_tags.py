"""tags: the opening tag a needle stands in, plain or escaped, and its attributes."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tweetembed.decode import Page
from tweetembed.regions import JSON_IN_HTML, MAX_TAG, OPENER_TOKENS
from tweetembed.tags import TAG_OPEN, Openers, in_tag, tag_at, tag_attributes

NEEDLE = "twitter-tweet"


def read(text: str, needle: str = NEEDLE) -> tuple[int, int, str, str, str | None] | None:
    """The tag around the first ``needle``: start, end, name, attribute text, escaping."""
    page = Page.of_text(text)
    hit = page.data.find(needle.encode("ascii"))
    return tag_at(page, hit, Openers(page.data))


def test_attributes_lower_case_names_keep_the_first_and_values_as_written() -> None:
    raw = ' CLASS="twitter-tweet" data-lang=\'en\' Data-Lang="fr" hidden data-dnt=true'
    assert tag_attributes(raw) == {
        "class": "twitter-tweet",
        "data-lang": "en",
        "hidden": "",
        "data-dnt": "true",
    }
    assert list(tag_attributes(raw)) == ["class", "data-lang", "hidden", "data-dnt"]
    assert tag_attributes(' title="a &amp; b" src = "x.js"') == {
        "title": "a &amp; b",
        "src": "x.js",
    }
    assert tag_attributes("") == {}


def test_a_plain_opening_tag() -> None:
    text = '<p>x</p><blockquote class="twitter-tweet" data-lang="en"><p>'
    assert read(text) == (8, 57, "blockquote", ' class="twitter-tweet" data-lang="en"', None)


def test_a_plain_tag_is_read_as_the_text_pattern_reads_it() -> None:
    # A plain tag is split into name and attributes by the bytes' pattern; the text's
    # pattern (TAG_OPEN, which escaped tags go through) must read the same: positions
    # in bytes, the name as written, non-ASCII values (two and four bytes a character).
    for text in (
        '<BlockQuote class="twitter-tweet">',
        '<blockquote\ttitle="é—😀" class="twitter-tweet"\n>',
        '<blockquote class="twitter-tweet"/>',
        '<fb:post data-x="ü" class="twitter-tweet">',
    ):
        page = Page.of_text("é" + text)
        found = read("é" + text)
        assert found is not None
        start, end, name, attributes, escaping = found
        assert (start, end, escaping) == (2, len(page.data), None)
        m = TAG_OPEN.fullmatch(text)
        assert m is not None
        assert (name, attributes) == (m.group(1), m.group(2))


def test_a_needle_in_text_or_in_an_end_tag_is_in_no_opening_tag() -> None:
    assert read("<p>a twitter-tweet here</p>") is None
    assert read("</blockquote twitter-tweet>") is None
    assert read("<p>no end twitter-tweet") is None


def test_an_escaped_opener_in_a_live_attribute_does_not_open_the_tag() -> None:
    # The nearest "<" before the needle is a JSON-escaped one inside title="…": the
    # tag it would open is no tag, and the live one before it is read.
    text = '<div title="\\u003cb" class="twitter-tweet">'
    assert read(text) == (0, len(text), "div", ' title="\\u003cb" class="twitter-tweet"', None)


@pytest.mark.parametrize(
    ("text", "escaping", "attributes"),
    [
        (
            "&lt;blockquote class=&quot;twitter-tweet&quot;&gt;&lt;p&gt;",
            "html",
            ' class="twitter-tweet"',
        ),
        (
            '\\u003cblockquote class=\\"twitter-tweet\\"\\u003e\\u003cp\\u003e',
            "json",
            ' class="twitter-tweet"',
        ),
        (
            "\\u003cblockquote class=\\&quot;twitter-tweet\\&quot;\\u003e",
            JSON_IN_HTML,
            ' class="twitter-tweet"',
        ),
        (
            "%3Cblockquote%20class%3D%22twitter-tweet%22%3E%3Cp%3E",
            "percent",
            ' class="twitter-tweet"',
        ),
    ],
)
def test_an_escaped_opening_tag_is_read_unescaped(
    text: str, escaping: str, attributes: str
) -> None:
    found = read(text)
    assert found is not None
    start, end, name, raw, how = found
    assert (start, name, raw, how) == (0, "blockquote", attributes, escaping)
    # The tag ends at its escaped ">", which the unescaped text's match ends in.
    closer = {"html": "&gt;", "json": "\\u003e", JSON_IN_HTML: "\\u003e", "percent": "%3E"}
    assert text[:end].endswith(closer[escaping])
    assert text.find(closer[escaping]) + len(closer[escaping]) == end


def test_a_tag_longer_than_the_limit_is_not_read() -> None:
    short = '<blockquote class="twitter-tweet" title="' + "a" * 100 + '">'
    assert read(short) is not None
    long = '<blockquote class="twitter-tweet" title="' + "a" * MAX_TAG + '">'
    assert read(long) is None
    # The needle beyond the limit from its "<": no opener is searched for that far.
    far = '<blockquote title="' + "a" * MAX_TAG + '" class="twitter-tweet">'
    assert read(far) is None


def test_in_tag_tells_an_attribute_value_from_text() -> None:
    text = '<a href="https://twitter.com/a/status/1">twitter.com/b/status/2</a>'
    page = Page.of_text(text)
    openers = Openers(page.data)
    first, second = (page.data.find(b"twitter.com", n) for n in (0, 20))
    assert (in_tag(page.data, first, openers), in_tag(page.data, second, openers)) == (True, False)
    # Escaped markup is not live: a needle in an escaped tag is in no plain tag.
    escaped = Page.of_text('&lt;a href="https://twitter.com/a/status/1"&gt;')
    hit = escaped.data.find(b"twitter.com")
    assert in_tag(escaped.data, hit, Openers(escaped.data)) is False


def test_openers_give_the_same_answer_in_any_order() -> None:
    # Openers remembers how far it searched; a question out of order (a look
    # ahead) must still find the nearest opener before its hit.
    text = (
        '<p>x</p><blockquote class="twitter-tweet">a</blockquote>'
        "&lt;blockquote class=&quot;twitter-tweet&quot;&gt;"
        '<div title="\\u003c" class="twitter-tweet">'
        "%3Cdiv%20class%3D%22twitter-tweet%22%3E<p>twitter-tweet</p>"
    )
    page = Page.of_text(text)
    hits = [i for i in range(len(page.data)) if page.data.startswith(b"twitter-tweet", i)]
    assert len(hits) == 5

    def answers(order: list[int]) -> dict[int, object]:
        openers = Openers(page.data)
        found = {}
        for hit in order:
            tag = tag_at(page, hit, openers)
            found[hit] = None if tag is None else (tag[0], tag[1], tag[4])
        return found

    fresh = {hit: answers([hit])[hit] for hit in hits}
    assert answers(hits) == fresh
    assert answers(hits[::-1]) == fresh
    assert answers([hits[2], hits[0], hits[4], hits[1], hits[3]]) == fresh
    # Each of the four tags, from its opener to its closer, as the text writes them
    # (the page is ASCII: byte and text positions agree); the needle in text is in none.
    tags = [
        ('<blockquote class="twitter-tweet">', None),
        ("&lt;blockquote class=&quot;twitter-tweet&quot;&gt;", "html"),
        ('<div title="\\u003c" class="twitter-tweet">', None),
        ("%3Cdiv%20class%3D%22twitter-tweet%22%3E", "percent"),
    ]
    expected = [(text.index(t), text.index(t) + len(t), how) for t, how in tags]
    assert [fresh[hit] for hit in hits] == [*expected, None]


def test_an_escaped_token_across_an_earlier_question_is_found_later() -> None:
    # "&lt;" at 10-14: asked about position 12 it does not end before it; asked about
    # 20, it does (the bytes already searched are searched again across their end).
    data = b"x" * 10 + b"&lt;p class=x" + b"y" * 20
    openers = Openers(data)
    assert openers.candidates(12) == []
    assert [start for start, _ in openers.candidates(20)] == [10]


def _candidates_by_rfind(data: bytes, hit: int) -> list[tuple[int, int]]:
    """Each kind's last whole token in the ``MAX_TAG`` bytes before ``hit``, nearest
    first: what :meth:`Openers.candidates` gives, by one rfind a kind."""
    floor = max(0, hit - MAX_TAG)
    found = [(data.rfind(token, floor, hit), index) for token, index in OPENER_TOKENS]
    return sorted(((at, index) for at, index in found if at >= 0), reverse=True)


# Pages of escaped and plain "<"s, filler of every length (a stretch of 16 KB ahead
# of a hit is searched at once) and questions in any order.
_PIECES = st.sampled_from(
    [b"<", b"&lt;", b"&#60;", b"\\u003c", b"\\u003C", b"%3C", b"%3c", b"\\x3c", b"&amp;lt;",
     b"x", b"&l", b"t;", b"x" * 3000, b"x" * 20000]
)  # fmt: skip


@settings(max_examples=60, deadline=None)
@given(
    st.lists(_PIECES, max_size=40).map(b"".join),
    st.lists(st.floats(0, 1), min_size=1, max_size=12),
)
def test_openers_candidates_are_each_kinds_last_token_in_reach(
    data: bytes, where: list[float]
) -> None:
    openers = Openers(data)
    for share in where:
        hit = int(share * len(data))
        assert openers.candidates(hit) == _candidates_by_rfind(data, hit)
