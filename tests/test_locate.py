"""locate: a fast scan for embed regions; nothing parsed."""

from __future__ import annotations

import html

import pytest

from tweetembed import parse
from tweetembed.candidate import Candidate
from tweetembed.decode import Page
from tweetembed.locate import (
    byte_hits,
    locate,
    page_language,
    text_hits,
)
from tweetembed.platforms import PLATFORMS, gates, markers
from tweetembed.textstate import TextState

MARKERS = markers(PLATFORMS)
GATES = gates(PLATFORMS)
FOOTER = "&mdash; A (@a) <a href='https://twitter.com/a/status/1'>x</a>"


def spans(text: str) -> list[tuple[int, int]]:
    return [(c.start, c.end) for c in locate(text, MARKERS, GATES)]


def test_nothing_to_find() -> None:
    assert locate("", MARKERS, GATES) == []
    assert locate("<p>plain article about twitter and tweets</p>", MARKERS, GATES) == []
    assert locate("<blockquote>a quotation</blockquote>", MARKERS, GATES) == []


def test_class_order_case_and_quoting_variants() -> None:
    for opener in (
        '<blockquote class="tw-align-center twitter-tweet">',
        "<BLOCKQUOTE CLASS='twitter-tweet'>",
        "<blockquote class=twitter-tweet data-lang=en>",
        '<blockquote data-twitter="twitter-tweet">',
        '<blockquote\n  class="twitter-tweet"\n  data-dnt="true">',
    ):
        markup = f"{opener}<p>t</p>{FOOTER}</BlockQuote>"
        page = f"<p>before</p>{markup}<p>after</p>"
        assert spans(page) == [(len("<p>before</p>"), len("<p>before</p>") + len(markup))], opener


def test_kind_form_and_platform() -> None:
    video = f'<blockquote class="twitter-video">{FOOTER}</blockquote>'
    assert locate(video, MARKERS, GATES) == [
        Candidate("twitter", "video", "blockquote", None, 0, len(video))
    ]


def test_not_embeds() -> None:
    for markup in (
        '<a class="twitter-tweet-button" href="https://twitter.com/share">Tweet</a>',
        '<a class="twitter-share-button">Tweet</a><a class="twitter-timeline">t</a>',
        "<p>Add class twitter-tweet to a blockquote</p>",
        '<meta name="twitter:card" content="summary">',
        '<div class="twitter-tweet">a div is not the blockquote form</div>',
        '<blockquote title="twitter-tweet">an attribute value elsewhere</blockquote>',
    ):
        assert spans(markup) == [], markup


def test_a_tweet_nested_in_a_plain_blockquote_and_nested_blockquotes_inside() -> None:
    inner = f'<blockquote class="twitter-tweet"><p>a<blockquote>q</blockquote>b</p>{FOOTER}</blockquote>'
    page = f"<blockquote>{inner}</blockquote>"
    assert spans(page) == [(len("<blockquote>"), len("<blockquote>") + len(inner))]


def test_an_unclosed_embed_ends_at_its_footer() -> None:
    first = f'<blockquote class="twitter-tweet"><p>one</p>{FOOTER}'
    second = f'<blockquote class="twitter-tweet"><p>two</p>{FOOTER}</blockquote>'
    page = first + "\n<p>More of the article.</p>\n" + second + "<p>The end.</p>"
    assert spans(page) == [(0, len(first)), (page.index(second), page.index(second) + len(second))]


def test_an_unclosed_embed_without_footer_ends_before_the_next_one() -> None:
    first = '<blockquote class="twitter-tweet"><p>one, cut</p>'
    second = f'<blockquote class="twitter-tweet"><p>two</p>{FOOTER}</blockquote>'
    page = first + "\n" + second
    assert spans(page) == [(0, len(first) + 1), (len(first) + 1, len(page))]


def test_a_page_cut_off_inside_an_embed() -> None:
    page = '<p>x</p><blockquote class="twitter-tweet"><p>cut off he'
    assert spans(page) == [(8, len(page))]


def test_page_language() -> None:
    assert page_language(b'<!doctype html><html class="x" lang="de-DE"><body>') == "de-DE"
    assert page_language(b"<html><body>") is None
    assert page_language(b"<!-- x --><HTML Lang=fr>") == "fr"
    assert page_language(b"<html data-lang='x' xml:lang=en>") is None  # not the lang attribute
    assert page_language(b"<html><body><script>'<html lang=en>'</script>") is None
    assert page_language(b"<htmlx lang=en><html lang='pt-BR'>") == "pt-BR"


EMBED = f'<blockquote class="twitter-tweet"><p>t</p>{FOOTER}</blockquote>'
WIDGETS = '<script async src="https://platform.twitter.com/widgets.js"></script>'


def escapes(text: str) -> list[str | None]:
    return [c.escaped for c in locate(text, MARKERS, GATES)]


def test_markup_that_sits_as_text_is_escaped_text() -> None:
    page = (
        f"<html><head><title>x</title><script>var a = '<p>';</script></head><body>"
        f"<!-- {EMBED} -->"  # commented out
        f"{EMBED}{WIDGETS}"  # live
        f"<textarea hidden><form></form>{EMBED}{WIDGETS}</textarea>"  # text, its script too
        f'<script type="text/template">{EMBED}</script>'  # text
        f"<TEXTAREA>{EMBED}</TEXTAREA>"  # text, any case
        f"{EMBED}"  # live again
        "</body></html>"
    )
    assert escapes(page) == ["text", None, "text", "text", "text", None]


def test_text_elements_end_at_their_own_end_tag_in_any_ascii_case() -> None:
    page = (
        f"<script>var s = '</scripts>'; var t = '</div>';</ScRiPt >{EMBED}"  # live
        f"<style>p {{}}</STYLE\n>{EMBED}"  # live
        f"<script>{EMBED}"  # never closed: text to the end
    )
    assert escapes(page) == [None, None, "text"]


def test_a_live_embed_after_closed_scripts_is_settled_on_the_bytes() -> None:
    # The usual page: every script, style, title and comment before the embed is
    # closed, so the bytes say it is live and the page is never walked.
    page = (
        "<html><head><title>é</title><SCRIPT>var a = '<p>';</SCRIPT><style>p {}</style>"
        f"</head><body><!-- c --><p>中</p>{EMBED}"
    )
    data = page.encode()
    state = TextState(data)
    assert state.inside(data.index(EMBED.encode())) is False
    assert state._cursor == 0  # the walk never started


def test_only_ascii_letters_fold_in_tag_names() -> None:
    # U+017F LATIN SMALL LETTER LONG S folds to "s" in Unicode, not in HTML:
    # <\u017fcript> opens an unknown element (the embed in it is live markup), and
    # </\u017fcript> does not end a script (the embed after it is still text).
    page = f"<\u017fcript>{EMBED}</\u017fcript><script>x</\u017fcript>{EMBED}"
    assert escapes(page) == [None, "text"]


def test_json_html_and_percent_escaped_markup() -> None:
    json_string = EMBED.replace('"', '\\"').replace("/", "\\/")
    unicode_json = EMBED.replace("<", "\\u003c").replace(">", "\\u003e").replace('"', '\\"')
    entities = html.escape(EMBED)
    percent = EMBED.replace("<", "%3C").replace(">", "%3E").replace('"', "%22").replace(" ", "%20")
    page = (
        f'<script>window.__DATA__ = {{"body": "{json_string}", "amp": "{unicode_json}"}}</script>'
        f'<div data-embed="{entities}"></div><a href="/x?html={percent}">x</a>'
    )
    found = locate(page, MARKERS, GATES)
    assert [c.escaped for c in found] == ["json", "json", "html", "percent"]
    assert [page[c.start : c.end] for c in found] == [json_string, unicode_json, entities, percent]


def test_hits_in_text_count_code_points_not_bytes() -> None:
    # Wide characters and a lone surrogate (3 bytes as UTF-8) before each needle.
    text = "é🌍\ud800 twitter-tweet 中 /status ¡(@a)"
    assert text_hits(text, MARKERS, GATES) == [
        text.index("twitter-tweet"),
        text.index("/status"),
        text.index("(@"),
    ]
    ascii_page = "<p>x</p> twitter-tweet"
    assert text_hits(ascii_page, MARKERS, GATES) == [ascii_page.index("twitter-tweet")]
    data = text.encode("utf-8", "surrogatepass")
    assert list(byte_hits(data, MARKERS, GATES)) == [
        data.index(b"twitter-tweet"),
        data.index(b"/status"),
        data.index(b"(@"),
    ]


@pytest.mark.parametrize("token", ["\\u003C", "&lt;", "%3C", "&amp;lt;"])
def test_an_escaped_lt_inside_a_live_tags_attribute_does_not_hide_it(token: str) -> None:
    # Found by Hypothesis: the nearest "<" before the needle is an escaped one in
    # the live tag's own title; the tag still opens at the plain "<".
    page = (
        f'<iframe title="a {token} b" width="500" '
        'src="https://www.youtube.com/embed/AAAAAAAAAAA"></iframe>'
    )
    [embed] = parse(page)
    assert (embed.post_id, embed.escaped, embed.span) == ("AAAAAAAAAAA", None, (0, len(page)))


def test_every_escaped_opener_starts_with_a_byte_the_plain_fast_path_looks_for() -> None:
    # _Openers.plain takes the last plain "<" as the nearest opener when no such
    # byte stands between it and the hit: an escaping whose "<" began otherwise
    # would be skipped there.
    from tweetembed.regions import OPENER_TOKENS
    from tweetembed.tags import _ESCAPE_START

    for token, index in OPENER_TOKENS[1:]:
        assert index >= 0 and _ESCAPE_START.match(token), token
    assert OPENER_TOKENS[0] == (b"<", -1)


def test_a_tag_test_that_names_its_elements_accepts_no_other() -> None:
    """locate asks a test declared with ``only`` about the elements it names alone:
    each such test, given the attributes of every embed's opening tag in the real
    pages and the rendered embeds, refuses every other element name."""
    from pathlib import Path

    from tweetembed import platforms
    from tweetembed.markers import _ONLY
    from tweetembed.pipeline import located
    from tweetembed.tags import TAG_OPEN, tag_attributes

    shared = Path(__file__).resolve().parents[2] / "shared"
    pages = sorted(shared.glob("corpus*/pages/*.html"))
    if not pages:
        pytest.skip(f"the shared corpus is not beside the repository ({shared})")
    names = tuple(platforms.PLATFORMS)
    markers, gates = platforms.markers(names), platforms.gates(names)
    samples = []
    for path in pages:
        _, found = located(path.read_bytes(), markers, gates)
        for candidate in found:
            m = TAG_OPEN.match(candidate.markup)
            if m is not None:
                samples.append(tag_attributes(m.group(2)))
    assert len(samples) > 150
    declared = dict(_ONLY)
    assert len(declared) >= 15
    elements = {"div", "span", "iframe", "blockquote", "p", "a", "figure", "script"}
    elements |= {name for allowed in declared.values() for name in allowed}
    for test, allowed in declared.items():
        for attributes in samples:
            for name in elements - allowed:
                assert not test(name, attributes), (name, attributes)


def test_an_end_tag_after_an_escaped_opener_of_its_name_does_not_end_an_unclosed_embed() -> None:
    # An unclosed tweet, then an entity-escaped copy of another in the text, then a
    # live </blockquote> of something else: the live tweet ends at its footer, before
    # the copy, and the copy is read on its own (the end tag that comes first is not
    # the tweet's when another opener of its name, plain or escaped, stands before it).
    first = (
        '<blockquote class="twitter-tweet"><p>First</p>&mdash; A (@a) '
        '<a href="https://twitter.com/a/status/1370827335461826566">March 13, 2021</a>'
    )
    copy = (
        "&lt;blockquote class=&quot;twitter-tweet&quot;&gt;&lt;p&gt;Second&lt;/p&gt;&amp;mdash; B (@b) "
        "&lt;a href=&quot;https://twitter.com/b/status/1370827335461826567&quot;&gt;March 14, 2021&lt;/a&gt;&lt;/blockquote&gt;"
    )
    page = f"{first}<p>{copy}</p><p>text</p></blockquote>"
    live, escaped = parse(page)
    assert (live.status_id, live.escaped, live.text, live.span) == (
        "1370827335461826566", None, "First", (0, len(first)),
    )  # fmt: skip
    assert (escaped.status_id, escaped.escaped, escaped.text) == (
        "1370827335461826567", "html", "Second",
    )  # fmt: skip
    assert page[slice(*escaped.span)] == copy


def test_a_candidates_text_is_its_region_from_text_and_from_bytes() -> None:
    # The region's text is decoded when read (from the bytes), or sliced from the
    # text a page was given as, also once the page has let go of its bytes.
    page = 'é😀<p>x</p><blockquote class="twitter-tweet"><p>ü 😀</p></blockquote>tail'
    for source in (page, page.encode("utf-8")):
        [c] = locate(source if isinstance(source, str) else Page(source), MARKERS, GATES)
        assert c.markup == '<blockquote class="twitter-tweet"><p>ü 😀</p></blockquote>'
        assert page[c.start : c.end] == c.markup
    text_page = Page.of_text(page)
    [c] = locate(text_page, MARKERS, GATES)
    text_page.keep_text_only()
    assert text_page.data == b"" and page[c.start : c.end] == c.markup


def test_a_json_copy_cut_off_in_its_string_ends_with_the_string() -> None:
    # A caption that stops mid-embed: the copy's region is its string, not everything
    # up to an end tag in a later string of the JSON.
    cut = '\\u003cblockquote class=\\"twitter-tweet\\"\\u003e\\u003cp\\u003eHi \\\\\\"there'
    later = "\\u003c\\/blockquote\\u003e"
    page = f'<script>{{"a": "{cut}", "b": "x {later}"}}</script>'
    [c] = locate(page, MARKERS, GATES)
    assert (c.escaped, page[c.start : c.end]) == ("json", cut)
    # Whole in its string: the end tag ends it, as before.
    whole = f'<script>{{"a": "{cut}{later}", "b": "x"}}</script>'
    [c] = locate(whole, MARKERS, GATES)
    assert whole[c.start : c.end] == cut + later
    # In a string quoted with ', where the tag's quotes are bare, a " ends nothing.
    single = "<script>x = '\\u003cblockquote class=\"twitter-tweet\"\\u003ea\", b' + '" + later
    [c] = locate(single, MARKERS, GATES)
    assert single[c.start : c.end].endswith(later)


def test_an_autolink_is_no_tag() -> None:
    # html2text writes a link whose text is its target as "<URL>" (Markdown's
    # autolink): the URL is text, not an attribute of a tag named "https:".
    page = "Intro.\n\n<https://twitter.com/NASA/status/1370827335461826566>\n\nAfter."
    [embed] = parse(page)
    assert (embed.form, embed.escaped, embed.post_id) == ("url", None, "1370827335461826566")
    # A tag whose name has a namespace ("fb:post") stays a tag.
    [post] = parse(
        '<fb:post href="https://www.facebook.com/20531316728/posts/10154009990506729/"></fb:post>'
    )
    assert (post.platform, post.escaped) == ("facebook", None)
