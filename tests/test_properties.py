"""Properties of parse over malformed HTML, arbitrary text and bytes, and rendered embeds."""

from __future__ import annotations

import base64
import datetime as dt
import html
import itertools
import json
import os
import re
from typing import Any

from babel.dates import format_date
from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st

from tweetembed import Author, parse
from tweetembed.dates import parse_date
from tweetembed.decode import Page, decode
from tweetembed.textstate import TextState

from render import render_tweet
from strategies import (
    cldr_locales,
    embedly_cards,
    extracted_instagram_credits,
    extracted_tiktoks,
    extracted_tweets,
    hashy_text,
    linked_instagram_credits,
    linked_urls,
    needle_soup,
    placeholders,
    platform_embeds,
    post_urls,
    proxied_posts,
    signed_text,
    soup,
    tag_soup,
    text_element_soup,
    tweet_fields,
    unrelated_text,
    urlish_text,
)

# Byte sequences that are not UTF-8: a lone continuation byte, a cut sequence, an
# overlong form, a surrogate, bytes never used.
_BROKEN = [b"\x80", b"\xe2\x82", b"\xc0\xaf", b"\xed\xa0\x80", b"\xff", b"\xf0\x9f\x98"]

# PROPERTY_EXAMPLES=5000 for a deeper run than the suite's.
SETTINGS = settings(
    max_examples=int(os.environ.get("PROPERTY_EXAMPLES", "300")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)


def check_spans(source_length: int, embeds: list[Any]) -> None:
    previous_end = 0
    for embed in embeds:
        start, end = embed.span
        assert previous_end <= start <= end <= source_length
        previous_end = end


@SETTINGS
@given(st.text())
def test_never_raises_on_any_text(text: str) -> None:
    check_spans(len(text), parse(text))


@SETTINGS
@given(st.binary())
def test_never_raises_on_any_bytes(data: bytes) -> None:
    # (A reader that raises fails here too: conftest turns parse's guard off.)
    embeds = parse(data)
    text = decode(data)
    check_spans(len(text), embeds)
    assert [(e.platform, e.span) for e in embeds] == [(e.platform, e.span) for e in parse(text)]


@SETTINGS
@given(soup)
def test_never_raises_on_html_soup_and_spans_are_in_order(text: str) -> None:
    embeds = parse(text)
    check_spans(len(text), embeds)
    assert parse(text.encode("utf-8", "surrogatepass")) is not None


def _without_spans(embeds: list[Any]) -> list[dict[str, Any]]:
    return [e.to_dict() | {"span": None} for e in embeds]


# A footer with nothing but white space or tags above it in the text.
_BARE_FOOTER = re.compile(
    r"(?:\s|<[^<>]*>)*(?:[—–―‒]|&mdash;|&#8212;|&#x2014;|--?\s).{0,160}?\(\s*@", re.I | re.S
)


@SETTINGS
@given(soup, unrelated_text, unrelated_text)
# Found in CI: a line of bare markup above a footer joined the text only where a
# blank line above made the text one of paragraphs.
@example(text="<blockquote>\n0&mdash; Name (@handle) March 13, 2021", before="", after="")
def test_unrelated_text_before_or_after_changes_only_the_spans(
    text: str, before: str, after: str
) -> None:
    # Unrelated text is a paragraph of its own: on the same line as a stripped
    # embed's footer, text before it is that embed's text. And a footer that opens
    # the text, with no text of its own above, takes the paragraph before it as its
    # text (the footer as a paragraph of its own, as extractors write it).
    assume(_BARE_FOOTER.match(text) is None)
    before, after = before + "\n\n", "\n\n" + after
    alone = parse(text)
    shift = len(before)
    prefixed = parse(before + text)
    assert [e.span for e in prefixed] == [
        (s + shift, t + shift) for s, t in (e.span for e in alone)
    ]
    assert _without_spans(prefixed) == _without_spans(alone)
    # Text after an embed that was never closed legitimately joins it (a page cut
    # off inside an embed); an embed is closed when a neutral comment after the
    # text changes nothing.
    assume(parse(text + "<!-- -->") == alone)
    suffixed = parse(before + text + after)
    assert [e.span for e in suffixed] == [e.span for e in prefixed]
    assert _without_spans(suffixed) == _without_spans(alone)


def _rendered(fields: dict[str, Any]) -> tuple[str, str]:
    """The embed code of a tweet of ``fields``, and its date's text."""
    date_text = format_date(fields["date"], format="long", locale="en")
    markup = render_tweet(
        paragraphs=fields["paragraphs"],
        name=fields["name"],
        handle=fields["handle"],
        status_id=fields["status_id"],
        date_text=date_text,
        lang=fields["lang"],
        kind=fields["kind"],
        options=fields["options"],
    )
    return markup, date_text


@SETTINGS
@given(tweet_fields())
def test_a_rendered_embed_parses_back_to_its_fields(fields: dict[str, Any]) -> None:
    markup, date_text = _rendered(fields)
    [tweet] = parse(f"<p>Before.</p>\n{markup}\n<p>After.</p>")
    assert tweet.kind == fields["kind"]
    assert tweet.text == "\n\n".join(fields["paragraphs"])
    assert tweet.author == Author(fields["name"], fields["handle"])
    assert tweet.status_id == fields["status_id"]
    assert tweet.url == f"https://twitter.com/{fields['handle']}/status/{fields['status_id']}"
    assert tweet.date == fields["date"]
    assert tweet.date_text == date_text
    assert tweet.lang == fields["lang"]
    assert dict(tweet.options) == fields["options"]
    assert tweet.span == (len("<p>Before.</p>\n"), len("<p>Before.</p>\n") + len(markup))


@SETTINGS
@given(tweet_fields())
def test_a_substack_tweet_parses_back_to_its_fields(fields: dict[str, Any]) -> None:
    from render import render_substack_tweet

    markup = render_substack_tweet(
        paragraphs=fields["paragraphs"], name=fields["name"], handle=fields["handle"],
        status_id=fields["status_id"], date=fields["date"],
    )  # fmt: skip
    [tweet] = parse(f"<p>Before.</p>\n{markup}\n<p>After.</p>")
    assert (tweet.form, tweet.escaped, tweet.status_id) == ("element", None, fields["status_id"])
    assert tweet.text == "\n\n".join(fields["paragraphs"])
    assert tweet.author == Author(fields["name"], fields["handle"])
    assert tweet.url == f"https://twitter.com/{fields['handle']}/status/{fields['status_id']}"
    assert tweet.date == fields["date"]
    assert tweet.span == (len("<p>Before.</p>\n"), len("<p>Before.</p>\n") + len(markup))


@SETTINGS
@given(tweet_fields())
def test_a_react_tweet_parses_back_to_its_fields(fields: dict[str, Any]) -> None:
    from render import render_react_tweet

    # react-tweet writes the text escaped in spans, its line breaks as newlines.
    text = "\n\n".join(fields["paragraphs"])
    body = f"<span>{html.escape(text)}</span>"
    markup = render_react_tweet(
        body, name=fields["name"], handle=fields["handle"], status_id=fields["status_id"]
    )
    [tweet] = parse(f"<p>Before.</p>\n{markup}\n<p>After.</p>")
    assert (tweet.form, tweet.escaped, tweet.status_id) == ("rendered", None, fields["status_id"])
    assert tweet.text == text
    assert tweet.author == Author(fields["name"], fields["handle"])
    assert tweet.url == f"https://twitter.com/{fields['handle']}/status/{fields['status_id']}"
    assert tweet.span == (len("<p>Before.</p>\n"), len("<p>Before.</p>\n") + len(markup))


@SETTINGS
@given(tweet_fields())
def test_a_rendered_embed_without_its_class_parses_back_to_its_fields(
    fields: dict[str, Any],
) -> None:
    # Readability.js and HTML sanitizers remove every class attribute.
    markup, date_text = _rendered(fields)
    markup = re.sub(r' class="[^"]*"', "", markup.partition("<script")[0])
    [tweet] = parse(f"<p>Before.</p>\n{markup}\n<p>After.</p>")
    assert (tweet.kind, tweet.form) == ("tweet", "blockquote")
    assert tweet.text == "\n\n".join(fields["paragraphs"])
    assert tweet.author == Author(fields["name"], fields["handle"])
    assert tweet.status_id == fields["status_id"]
    assert (tweet.date, tweet.date_text, tweet.lang) == (fields["date"], date_text, fields["lang"])
    assert dict(tweet.options) == fields["options"]


@SETTINGS
@given(tweet_fields(), st.booleans())
def test_a_tweet_as_trafilaturas_xml_writes_it_parses_back_to_its_fields(
    fields: dict[str, Any], links: bool
) -> None:
    # trafilatura's XML (extract(…, output_format="xml")): the blockquote a <quote>,
    # attributes gone, <br> an <lb/>, links <ref target> (include_links) or their text.
    markup, date_text = _rendered(fields)
    markup = markup.partition("<script")[0]
    markup = re.sub(r"<blockquote[^>]*>", "<quote>", markup).replace("</blockquote>", "</quote>")
    markup = re.sub(r"<p [^>]*>", "<p>", markup).replace("<br>", "<lb/>").replace("&mdash;", "—")
    if links:
        markup = re.sub(r'<a href="([^"]*)">', r'<ref target="\1">', markup).replace(
            "</a>", "</ref>"
        )
    else:
        markup = re.sub(r"</?a\b[^>]*>", "", markup)
    page = f"<p>Before.</p>{markup}<p>After.</p>"
    [tweet] = parse(page)
    assert (tweet.kind, tweet.form) == ("tweet", "blockquote")
    assert tweet.text == "\n\n".join(fields["paragraphs"])
    assert tweet.author == Author(fields["name"], fields["handle"])
    assert tweet.status_id == (fields["status_id"] if links else None)
    assert (tweet.date, tweet.date_text) == (fields["date"], date_text)
    assert tweet.span == (len("<p>Before.</p>"), len("<p>Before.</p>") + len(markup))


# How a page may carry an embed: live, in a JSON string in a script, entity-escaped
# in an attribute, inside <noscript>; and the escaping parse must report.
_CARRIERS = {
    "live": (lambda m: m, None),
    "json": (
        lambda m: "<script>window.__DATA__ = " + json.dumps({"html": m}) + ";</script>",
        "json",
    ),
    "html": (lambda m: f'<div data-embed="{html.escape(m, quote=True)}"></div>', "html"),
    "noscript": (lambda m: f"<noscript>{m}</noscript>", "text"),
    # A consent tool's blocker (Borlabs Cookie 2): the code base64-encoded.
    "base64": (
        lambda m: (
            '<div class="BorlabsCookie"><p>Load the content?</p><div class="borlabs-hide" '
            'data-borlabs-cookie-type="content-blocker"><script type="text/template">'
            + base64.b64encode(m.encode("utf-8", "surrogatepass")).decode("ascii")
            + "</script></div></div>"
        ),
        "base64",
    ),
}


@SETTINGS
@given(platform_embeds(), st.sampled_from(sorted(_CARRIERS)), soup)
def test_a_rendered_embed_of_any_platform_parses_back_to_its_fields(
    embed: tuple[str, str, dict[str, Any]], carrier: str, noise: str
) -> None:
    platform, markup, expected = embed
    wrap, escaped = _CARRIERS[carrier]
    # The embed after a soup of other markup (whose own embeds, if any, come first),
    # where the soup leaves nothing open: a known player put there is read, and live.
    closers = "".join(
        f"</{t}>" for t in ("iframe", "blockquote", "div", "a", "p", "noscript", "template")
    )
    prefix = f"<div>{noise}</div><!-- -->{closers}\n<p>Before.</p>\n"
    before = parse(prefix)
    probe = parse(prefix + '<iframe src="https://www.youtube.com/embed/AAAAAAAAAAA"></iframe>')
    assume(
        len(probe) == len(before) + 1
        and (probe[-1].post_id, probe[-1].escaped) == ("AAAAAAAAAAA", None)
    )
    found = parse(prefix + wrap(markup) + "\n<p>After.</p>")
    assert len(found) == len(before) + 1
    got = found[-1]
    assert (got.platform, got.escaped) == (platform, escaped)
    for field, value in expected.items():
        actual = getattr(got, field)
        if field == "author":
            actual = (actual.name, actual.handle) if actual else None
        assert actual == value, field


@SETTINGS
@given(proxied_posts(), st.sampled_from(sorted(_CARRIERS)))
def test_a_post_through_an_embed_service_parses_back_to_it(
    post: tuple[str, str, str], carrier: str
) -> None:
    markup, platform, post_id = post
    wrap, escaped = _CARRIERS[carrier]
    [got] = parse(f"<p>Before.</p>{wrap(markup)}<p>After.</p>")
    assert (got.platform, got.post_id, got.escaped) == (platform, post_id, escaped)


def _assert_one_url_embed(
    got: list[Any], page: str, written: str, platform: str, post_id: str
) -> None:
    """``got`` is one live ``url`` embed of ``post_id``, its span the ``written`` text."""
    [embed] = got
    assert (embed.platform, embed.form, embed.post_id, embed.escaped) == (
        platform, "url", post_id, None,
    )  # fmt: skip
    assert page[slice(*embed.span)] == written


@SETTINGS
@given(
    post_urls().filter(lambda post: post[1] != "mastodon"),
    st.sampled_from(["paragraph", "line", "sentence"]),
)
def test_a_post_url_alone_on_its_line_parses_back_to_it(
    post: tuple[str, str, str], where: str
) -> None:
    url, platform, post_id = post
    page = {
        "paragraph": f"<p>Before.</p>\n<p>{url}</p>\n<p>After.</p>",
        "line": f"Before.\n\n{url}\n\nAfter.",
        "sentence": f"<p>Before {url} and after.</p>",
    }[where]
    got = parse(page)
    if where == "sentence":  # a link in prose is no embed
        assert got == []
        return
    _assert_one_url_embed(got, page, url, platform, post_id)


@SETTINGS
@given(
    post_urls().filter(lambda post: post[1] != "mastodon"),
    st.integers(min_value=1, max_value=3),
    st.booleans(),
    st.booleans(),
)
def test_a_url_block_in_a_json_string_parses_back_to_it(
    post: tuple[str, str, str], depth: int, escape_lt: bool, escape_slash: bool
) -> None:
    # WordPress's block, in a JSON string nested ``depth`` deep (a Next.js payload holds
    # it twice over), "<" and ">" escaped as Next.js writes them, "/" as PHP does.
    url, platform, post_id = post
    block = f'<div class="wp-block-embed__wrapper">\n{url}\n</div>'
    payload = block
    for _ in range(depth):
        payload = json.dumps({"innerHTML": payload})
        if escape_lt:
            payload = payload.replace("<", "\\u003c").replace(">", "\\u003e")
        if escape_slash:
            payload = payload.replace("/", "\\/")
    page = f"<p>Before.</p><script>var data = {payload};</script><p>After.</p>"
    [embed] = parse(page)
    assert (embed.platform, embed.form, embed.post_id, embed.escaped) == (
        platform, "url", post_id, "json",
    )  # fmt: skip


@SETTINGS
@given(
    st.from_regex(r"[A-Za-z0-9_-]{11}", fullmatch=True),
    st.sampled_from(
        [
            ('<div class="youtube-player" data-id="{id}">', "div"),
            ('<span class="video youtube" data-youtube-id="{id}">', "span"),
            ('<figure data-type="youtube" data-ytid="{id}">', "figure"),
        ]
    ),
    st.sampled_from(["", '<div class="play"></div>', '<img src="/poster.jpg" alt="">', "3:12"]),
    st.booleans(),
)
def test_a_facade_without_a_thumbnail_parses_back_to_its_video(
    video_id: str, opening: tuple[str, str], inside: str, linked: bool
) -> None:
    # labnol's recipe and elements that say they are YouTube's and name the video: the
    # player until a script draws it; a link inside makes it a card (no player).
    tag, name = opening
    markup = tag.format(id=video_id) + inside + ('<a href="/v/1">T</a>' if linked else "")
    markup += f"</{name}>"
    page = f"<p>Before.</p>{markup}<p>After.</p>"
    got = parse(page)
    if linked:
        assert got == []
        return
    [video] = got
    assert (video.platform, video.form, video.post_id, video.url) == (
        "youtube", "element", video_id, f"https://www.youtube.com/watch?v={video_id}",
    )  # fmt: skip
    assert page[slice(*video.span)] == markup


# Where a form written as text stands: live, or as text no browser renders.
_TEXT_CARRIERS = {
    "live": "{}",
    "script": "<script>var t = '{}';</script>",
    "comment": "<!-- {} -->",
    "textarea": "<textarea>{}</textarea>",
}


def _assert_read_where_live(markup: str, carrier: str, platform: str, post_id: str) -> None:
    """``markup`` in a page is its post where live, and nothing in a copy no reader sees."""
    page = "<p>Before.</p>" + _TEXT_CARRIERS[carrier].format(markup) + "<p>After.</p>"
    got = parse(page)
    if carrier != "live":
        assert got == []
        return
    _assert_one_url_embed(got, page, markup, platform, post_id)


@SETTINGS
@given(placeholders(), st.sampled_from(["live", "script", "comment"]))
def test_a_placeholder_of_any_post_parses_back_to_it(
    placeholder: tuple[str, str, str], carrier: str
) -> None:
    markup, platform, post_id = placeholder
    _assert_read_where_live(markup, carrier, platform, post_id)


@SETTINGS
@given(linked_urls())
def test_a_post_url_that_is_a_links_whole_text_parses_back_to_it(
    linked: tuple[str, str, str, str],
) -> None:
    page, url, platform, post_id = linked
    _assert_one_url_embed(parse(page), page, url, platform, post_id)


@SETTINGS
@given(embedly_cards(), st.sampled_from(["live", "script", "comment", "textarea"]))
def test_an_embedly_card_of_any_post_parses_back_to_it(
    card: tuple[str, str, str], carrier: str
) -> None:
    markup, platform, post_id = card
    _assert_read_where_live(markup, carrier, platform, post_id)


@SETTINGS
@given(
    st.dates(min_value=dt.date(2006, 3, 21), max_value=dt.date(2035, 12, 31)),
    cldr_locales(),
    st.sampled_from(["long", "medium"]),
)
def test_any_cldr_locale_long_or_medium_date_reads_back(
    date: dt.date, locale: str, length: str
) -> None:
    assert parse_date(format_date(date, format=length, locale=locale), [locale]) == date


@SETTINGS
@given(
    soup, st.sampled_from(["utf-8", "windows-1252", "iso-8859-2", "shift_jis", "euc-jp", "utf-16"])
)
def test_bytes_give_the_embeds_of_their_decoded_text(text: str, codec: str) -> None:
    # Bytes are scanned before decoding and decoded in pieces cut at the hits;
    # the result must be the same as parsing the decoded text.
    page = f'<meta charset="{codec}">{text}'
    data = page.encode(codec, "surrogatepass" if codec.startswith("utf") else "replace")
    assert parse(data) == parse(decode(data))


@SETTINGS
@given(text_element_soup)
def test_the_look_back_of_the_text_state_agrees_with_the_walk(text: str) -> None:
    # Most positions are settled by looking back from them over the page's bytes;
    # wherever that settles one, it must say what the walk from the top says.
    data = text.encode("utf-8", "surrogatepass")
    walk, look_back = TextState(data, look_back=False), TextState(data)
    for position in range(len(data) + 1):
        assert look_back.inside(position) == walk.inside(position), position


@SETTINGS
@given(st.text(alphabet="a<é中😀\ud800\ufffd"), st.data())
def test_page_positions_are_those_of_the_utf8_bytes(text: str, data: Any) -> None:
    page = Page.of_text(text)
    ends = sorted(data.draw(st.lists(st.integers(0, len(text)), max_size=5)))
    in_bytes = [len(text[:end].encode("utf-8", "surrogatepass")) for end in ends]
    assert page.chars(in_bytes) == ends
    assert [page.char_at(b) for b in reversed(in_bytes)] == ends[::-1]
    near = in_bytes[0] if in_bytes else 0
    assert [page.byte_at(end, near) for end in ends] == in_bytes


@SETTINGS
@given(soup, st.lists(st.tuples(st.integers(0, 10_000), st.sampled_from(_BROKEN)), max_size=3))
def test_broken_utf8_gives_the_embeds_of_its_decoded_text(text: str, breaks: list[Any]) -> None:
    # Bytes are read as UTF-8 where they are; broken ones anywhere (before, inside
    # or after an embed) must give what the text they decode to gives.
    data = text.encode("utf-8", "replace")
    for at, broken in breaks:
        at %= len(data) + 1
        data = data[:at] + broken + data[at:]
    assert parse(data) == parse(decode(data))


@SETTINGS
@given(
    tweet_fields(),
    unrelated_text,
    unrelated_text,
    st.lists(
        st.tuples(st.booleans(), st.integers(0, 10_000), st.sampled_from(_BROKEN)), max_size=3
    ),
)
def test_broken_utf8_around_an_embed_leaves_its_span_in_the_decoded_text(
    fields: dict[str, Any], before: str, after: str, breaks: list[Any]
) -> None:
    # Only the embed's own bytes are decoded; broken bytes before it must still
    # count as the replacement characters they decode to.
    head, tail = before.encode(), after.encode()
    for in_head, at, broken in breaks:
        part = head if in_head else tail
        at %= len(part) + 1
        part = part[:at] + broken + part[at:]
        head, tail = (part, tail) if in_head else (head, part)
    markup = render_tweet(
        paragraphs=fields["paragraphs"],
        name=fields["name"],
        handle=fields["handle"],
        status_id=fields["status_id"],
        date_text=format_date(fields["date"], format="long", locale="en"),
    )
    data = head + b"<p>" + markup.encode() + b"</p>" + tail
    [embed] = parse(data)
    text = decode(data)
    assert text[embed.span[0] : embed.span[1]] == markup
    assert parse(data) == parse(text)


def _encode(text: str, codec: str) -> bytes:
    """``text`` in ``codec``, a character it cannot write back unchanged (cp932 writes
    "¢" as the bytes of "￠") as a character reference."""
    out = []
    for char in text:
        try:
            data = char.encode(codec)
            out.append(data if data.decode(codec) == char else f"&#{ord(char)};".encode())
        except UnicodeError:
            out.append(f"&#{ord(char)};".encode())
    return b"".join(out)


@SETTINGS
@given(
    tweet_fields(),
    # (label, the codec that writes what browsers read under it: WHATWG reads
    # Shift_JIS as Windows-31J, where 0x81CA is "￢", not Python's "¬")
    st.sampled_from(
        [("windows-1252", "cp1252"), ("iso-8859-2", "iso-8859-2"), ("koi8-r", "koi8-r"),
         ("shift_jis", "cp932"), ("euc-jp", "euc-jp"), ("gb18030", "gb18030")]
    ),
)  # fmt: skip
def test_a_page_in_the_charset_its_meta_declares_reads_as_its_text(
    fields: dict[str, Any], charset: tuple[str, str]
) -> None:
    label, codec = charset
    # The page as a server sends it: in the charset its <meta> names (characters the
    # charset lacks as character references, as browsers submit them).
    markup = render_tweet(
        paragraphs=[*fields["paragraphs"], "Grüße, déjà vu — Жизнь, 日本語"],
        name=fields["name"], handle=fields["handle"], status_id=fields["status_id"],
        date_text="March 13, 2021",
    )  # fmt: skip
    page = f'<html><head><meta charset="{label}"></head><body>{markup}</body></html>'
    [from_text] = parse(page)
    [from_bytes] = parse(_encode(page, codec))
    assert (from_bytes.text, from_bytes.author) == (from_text.text, from_text.author)


@SETTINGS
@given(platform_embeds())
def test_an_unclosed_embed_ends_where_the_next_one_opens(
    embed: tuple[str, str, dict[str, Any]],
) -> None:
    # The same embed twice, the first without its end tag: it must end where the
    # second opens, not take the second (and the rest of the page) in.
    platform, markup, expected = embed
    tag = re.match(r"<([a-z:-]+)", markup)
    assert tag is not None
    end_tag = f"</{tag.group(1)}>"
    cut = markup.rfind(end_tag)
    assume(cut > 0)
    unclosed = markup[:cut] + markup[cut + len(end_tag) :]
    page = f"<p>Before.</p>\n{unclosed}\n{markup}\n<p>After.</p>"
    found = parse(page)
    assert [e.platform for e in found] == [platform, platform]
    assert [e.post_id for e in found] == [expected.get("post_id")] * 2
    second = found[1]
    assert second.span == (
        page.index(markup, len(unclosed)),
        page.index(markup, len(unclosed)) + len(markup),
    )


@SETTINGS
@given(tweet_fields())
def test_a_tweet_without_its_end_tag_ends_at_its_footer(fields: dict[str, Any]) -> None:
    markup = render_tweet(
        paragraphs=fields["paragraphs"], name=fields["name"], handle=fields["handle"],
        status_id=fields["status_id"], date_text="March 13, 2021",
    )  # fmt: skip
    unclosed = markup.removesuffix("</blockquote>")
    before = "<p>Before.</p>\n"
    [tweet] = parse(f"{before}{unclosed}\n<p>The article goes on.</p>\n<p>And on.</p>")
    assert tweet.span == (len(before), len(before) + len(unclosed))
    assert tweet.text == "\n\n".join(fields["paragraphs"])


@SETTINGS
@given(needle_soup)
def test_both_needle_scans_find_every_needle_once_in_order(data: bytes) -> None:
    from test_needles import SCANS, naive

    want = naive(data)
    for scan in SCANS.values():
        assert list(scan.hits(data)) == want


@SETTINGS
@given(urlish_text)
def test_urls_are_twitter_texts_whatever_the_tld_shaped_words(text: str) -> None:
    from test_entities import urls_by_the_full_pattern
    from tweetembed.entities import find_urls

    assert find_urls(text) == urls_by_the_full_pattern(text)


@SETTINGS
@given(soup, soup, st.sampled_from(["html", "json", "percent"]))
def test_pages_with_escaped_copies_read_the_same_whatever_the_needle_scan(
    live: str, copied: str, escaping: str
) -> None:
    """Hyperscan's one pass and the gate-by-gate scan (where Hyperscan cannot run)
    give the same embeds, escaped copies of them included: the same hits."""
    from tweetembed.decode import Page
    from tweetembed.locate import byte_hits, locate
    from tweetembed.needles import GateScan, HyperscanScan, scanner
    from tweetembed.platforms import PLATFORMS
    from tweetembed.platforms import gates as platform_gates
    from tweetembed.platforms import markers as platform_markers

    escaped = {
        "html": html.escape(copied),
        "json": json.dumps(copied)[1:-1].replace("<", "\\u003c"),
        "percent": copied.replace("<", "%3C").replace('"', "%22").replace(" ", "%20"),
    }[escaping]
    page = live + f'<div data-x="{escaped}">' + escaped + live
    data = Page.of_text(page).data  # (the bytes parse(page) reads)
    names = tuple(PLATFORMS)
    markers, gates = platform_markers(names), platform_gates(names)
    needles = tuple((m.raw, m.shape) for m in markers)
    assert isinstance(scanner(needles, tuple(gates)), HyperscanScan)
    gated = GateScan(needles, gates).hits(data)
    assert list(byte_hits(data, markers, gates)) == list(gated)
    # And so the same regions: locate handed the gate scan's hits finds what it finds.
    assert locate(page, markers, gates, gated) == locate(page, markers, gates)


@SETTINGS
@given(hashy_text)
def test_hashtags_are_tried_at_hash_signs_as_finditer_finds_them(text: str) -> None:
    from tweetembed.entities import _HASHTAG, _hashtag_matches

    assert [m.span() for m in _hashtag_matches(text)] == [m.span() for m in _HASHTAG.finditer(text)]


@SETTINGS
@given(
    tag_soup,
    st.sampled_from(["blockquote", "iframe"]),
    st.sampled_from([None, "json", "html", "percent", "json+html"]),
    st.integers(0, 8),
)
def test_tags_found_where_their_name_is_are_those_a_regex_search_finds(
    text: str, tag: str, escaping: str | None, start: int
) -> None:
    from tweetembed.regions import any_opener, heads, tag_matches, tag_pattern
    from tweetembed.textstate import lower

    data = text.encode("utf-8")
    start, limit = min(start, len(data)), len(data)
    lowered = lower(data)

    def found(matches: Any) -> list[tuple[int, int, bytes | None]]:
        return [(m.start(), m.end(), m.group(1) if m.re.groups else None) for m in matches]

    assert found(tag_matches(data, lowered, tag, escaping, start, limit)) == found(
        tag_pattern(tag, escaping).finditer(data, start, limit)
    )
    opener = any_opener(tag)
    first = next(heads(data, lowered, tag, opener, start, limit), None)
    expected = opener.search(data, start, limit)
    assert (first and first.span()) == (expected and expected.span())


@SETTINGS
@given(signed_text)
# The farthest a match starts before its sign: a character, "RT" and a colon.
@example(" RT:@a RT@b")
# Signs every few characters: the engine's own scan.
@example("@a" * 20)
# "RT" in any case, and signs of both widths in one text (the pattern's scan of them).
@example("xrT:@a ＠b Rt@c")
def test_mentions_are_tried_near_their_signs_as_finditer_finds_them(text: str) -> None:
    from tweetembed.entities import _MENTION, _mention_matches

    near = _mention_matches(text)
    assert [m.span() for m in near] == [m.span() for m in _MENTION.finditer(text)]


@SETTINGS
@given(st.lists(st.one_of(hashy_text, signed_text), max_size=4).map(" ".join))
@example("#a@b$C #d＠e$f@g#h")
def test_mentions_hashtags_and_cashtags_never_overlap(text: str) -> None:
    """find_entities drops overlaps only where a URL is found: without one, the
    other kinds' spans are apart (and so kept whole)."""
    from tweetembed.entities import find_cashtags, find_hashtags, find_mentions

    spans = sorted(
        (e.start, e.end)
        for kind in (find_mentions(text), find_hashtags(text), find_cashtags(text))
        for e in kind
    )
    assert all(end <= start for (_, end), (start, _) in itertools.pairwise(spans))


@SETTINGS
@given(st.text("\n\r> \tx", max_size=40), st.integers(0, 40), st.integers(0, 40))
def test_blank_lines_are_those_the_pattern_finds(text: str, start: int, end: int) -> None:
    from tweetembed.platforms._footers import _BLANK_LINE, _blank_line

    found, expected = _blank_line(text, start, end), _BLANK_LINE.search(text, start, end)
    assert (found and found.span()) == (expected and expected.span())


@SETTINGS
@given(extracted_tweets())
def test_a_tweet_in_an_extractors_text_parses_back_to_its_lines(
    tweet: tuple[str, list[str], str, str],
) -> None:
    # Nothing in the layout sets the tweet apart from the article (trafilatura): its
    # lines are those above the footer that fit in a tweet, up to the article's.
    text, lines, name, handle = tweet
    [found] = parse(text)
    assert (found.form, found.escaped) == ("text", None)
    assert " ".join(found.text.split()) == " ".join(" ".join(lines).split())
    assert found.author == Author(name, handle)
    assert found.date == dt.date(2021, 3, 13)


@SETTINGS
@given(extracted_instagram_credits())
def test_an_instagram_credit_in_an_extractors_text_parses_back_to_its_fields(
    post: tuple[str, str, str, str, dt.date | None],
) -> None:
    # What an extractor that keeps text alone leaves of Instagram's code: the credit
    # line names the author (and the date, in older codes), the lines between it and
    # the "View this post on Instagram" line are the caption.
    text, caption, name, handle, date = post
    [found] = parse(text)
    assert (found.platform, found.form, found.escaped, found.post_id) == (
        "instagram", "text", None, None,
    )  # fmt: skip
    assert found.author == Author(name, handle)
    assert found.text == caption
    assert found.date == date


@SETTINGS
@given(linked_instagram_credits())
def test_a_linked_instagram_credit_in_html2texts_text_parses_back_to_its_fields(
    post: tuple[str, str, str, str, str, dt.date],
) -> None:
    text, embed, code, name, handle, date = post
    [found] = parse(text)
    assert (found.platform, found.form, found.escaped, found.post_id) == (
        "instagram", "text", None, code,
    )  # fmt: skip
    assert (found.author, found.date, found.text) == (Author(name, handle), date, "")
    assert text[slice(*found.span)] == embed


@SETTINGS
@given(extracted_tiktoks())
def test_a_tiktok_in_an_extractors_text_parses_back_to_its_fields(
    video: tuple[str, str, str, str],
) -> None:
    # What an extractor that keeps text alone leaves of TikTok's code: the creator's
    # line, the caption and the sound's line, opened by its note.
    text, handle, caption, sound = video
    [found] = parse(text)
    assert (found.platform, found.form, found.escaped, found.post_id) == (
        "tiktok", "text", None, None,
    )  # fmt: skip
    assert found.author == Author(None, handle)
    assert found.text == caption
    assert found.sound == sound  # type: ignore[attr-defined]
