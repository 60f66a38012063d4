"""escapes: undoing JSON, HTML-entity and percent escaping of embed markup."""

from __future__ import annotations

import html
import json
from urllib.parse import unquote

from hypothesis import given
from hypothesis import strategies as st

from tweetembed.escapes import (
    _json_unescape,
    html_unescape,
    percent_unquote,
    tag_pattern,
    unescape,
)

MARKUP = '<blockquote class="twitter-tweet"><p>Grüße 🔴 &amp; “x”</p></blockquote>'


def test_json_once_twice_and_unicode_escapes() -> None:
    once = MARKUP.replace('"', '\\"').replace("/", "\\/")
    assert unescape(once, "json") == MARKUP
    twice = once.replace("\\", "\\\\").replace('"', '\\"')
    assert unescape(twice, "json") == MARKUP
    coded = "\\u003cp\\u003eGr\\u00fc\\u00dfe \\ud83d\\udd34\\u003c/p\\u003e"
    assert unescape(coded, "json") == "<p>Grüße 🔴</p>"


def test_broken_json_never_raises() -> None:
    assert (
        unescape('\\u003cp\\u003e \\ud83d alone \\x and "quote', "json")
        == '<p> \ufffd alone \\x and "quote'
    )


def test_html_entities_once_and_twice() -> None:
    once = html.escape(MARKUP)
    assert unescape(once, "html") == MARKUP
    assert unescape(once.replace("&", "&amp;"), "html") == MARKUP


def test_percent() -> None:
    assert (
        unescape("%3Cp%20class%3D%22a%22%3Eh%C3%A9%3C%2Fp%3E", "percent") == '<p class="a">hé</p>'
    )


def test_text_and_live_are_left_alone() -> None:
    assert unescape(MARKUP, "text") == MARKUP
    assert unescape(MARKUP, None) == MARKUP


def test_escaped_end_tags() -> None:
    assert [
        m.group(0)
        for m in tag_pattern("json", "blockquote").finditer(
            "a<\\/blockquote>b\\u003c/BLOCKQUOTE\\u003e"
        )
    ] == [
        "<\\/blockquote>",
        "\\u003c/BLOCKQUOTE\\u003e",
    ]
    assert tag_pattern("html", "blockquote").search("&lt;/blockquote&gt;") is not None
    assert tag_pattern("percent", "blockquote").search("%3C%2Fblockquote%3E") is not None


def test_json_region_past_its_string() -> None:
    # A region cut from a page's JSON that runs on into the next strings (an embed
    # whose end tag is missing): every string is unescaped, the quotes and the
    # script between them kept as written, an escape JSON does not know left alone.
    region = '\\u003cp\\u003eA \\ud83d\\ude00\\u003c/p\\u003e",caption:b},{c:"\\/x \\q \\u003e'
    assert unescape(region, "json") == '<p>A 😀</p>",caption:b},{c:"/x \\q >'
    # A surrogate pair split by the cut stays whole; a lone half becomes U+FFFD.
    assert unescape('x",y:"\\ud83d\\ude00 \\ud83d', "json") == 'x",y:"😀 \ufffd'


# Pieces of entity-escaped text: the five common entities, others, broken ones and
# the pieces that make an entity of what "&amp;" leaves.
_PIECES = st.sampled_from(
    ["&lt;", "&gt;", "&quot;", "&#39;", "&amp;", "&nbsp;", "&#60;", "&#x3C;", "&lt", "&",
     "amp;", "lt;", "quot;", "#39;", ";", "a", " ", "é", "<", "\\"]
)  # fmt: skip


@given(st.lists(_PIECES, max_size=30).map("".join))
def test_html_unescape_is_the_standard_librarys(text: str) -> None:
    assert html_unescape(text) == html.unescape(text)


def test_html_unescape_undoes_once() -> None:
    assert html_unescape("&amp;lt;p&amp;gt; &lt;b&gt;&quot;x&#39;") == "&lt;p&gt; <b>\"x'"
    assert html_unescape("&amp;amp;") == "&amp;"
    assert html_unescape("no entity") == "no entity"


def _loads_or_none(text: str) -> str | None:
    try:
        value = json.loads(f'"{text}"', strict=False)
    except ValueError:
        return None
    return value if isinstance(value, str) else None


# Pieces of a JSON string's inside: escapes whole and broken, quotes, control
# characters, surrogate halves.
_JSON_PIECES = st.sampled_from(
    ['\\"', "\\\\", "\\/", "\\n", "\\u003c", "\\ud83d", "\\udd34", "\\u00", "\\x", "\\",
     '"', " ", "\n", "\t", "a", "é", "<", "}"]
)  # fmt: skip


@given(st.lists(_JSON_PIECES, max_size=20).map("".join))
def test_json_unescape_is_json_loads_where_that_reads_the_text(text: str) -> None:
    # Where json.loads reads the text as one string, the same string; elsewhere the
    # fallback's, which never raises.
    expected = _loads_or_none(text)
    got = _json_unescape(text)
    if expected is not None:
        assert got == expected
    else:
        assert isinstance(got, str)


def test_json_unescape_reads_past_an_unescaped_quote() -> None:
    # (A copy cut inside its string holds a bare quote: json.loads refuses it, the
    # escapes around it are still undone.)
    assert _json_unescape('a"b\\n\\u003c') == 'a"b\n<'


# Pieces of percent-encoded text: the common escapes in both cases, others, "%25"
# (whose "%" must not be read again), broken ones and UTF-8 sequences.
_PERCENT_PIECES = st.sampled_from(
    ["%3C", "%3c", "%3E", "%22", "%3D", "%20", "%2F", "%2f", "%27", "%25", "%253C", "%C3%A9",
     "%C3", "%", "%3", "%zz", "a", "<", "é", " "]
)  # fmt: skip


@given(st.lists(_PERCENT_PIECES, max_size=25).map("".join))
def test_percent_unquote_is_the_standard_librarys(text: str) -> None:
    assert percent_unquote(text) == unquote(text)
