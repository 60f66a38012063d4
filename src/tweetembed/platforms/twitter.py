"""Twitter/X: read a parsed embed fragment into a :class:`~tweetembed.models.Tweet`.

The embed generator writes::

    <blockquote class="twitter-tweet" data-lang="en">
      <p lang="en" dir="ltr">body … <a href="…">@user</a> …</p>
      &mdash; Name (@handle) <a href="https://twitter.com/handle/status/ID">March 13, 2021</a>
    </blockquote>

Everything inside the body ``<p>`` elements is the tweet; everything else is the
footer: author, handle, date link and status link. WordPress's ``wpautop`` often
wraps the footer in a ``<p>`` of its own, which is recognised by its leading dash.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, NamedTuple

from .._lazy import re_pattern
from ..candidate import Candidate
from ..dates import created_at, parse_date
from ..emoji import emoji_captions, find_emoji
from ..entities import find_entities, with_link_entities
from ..markers import Marker, TagTest, only
from ..models import Author, Entities, Link, Tweet
from ..text import element_text, normalise_lines, raw_text
from ..urls import StatusRef, canonical_status_url, media_url, normalise_url, status_ref
from ._footers import FOOTER_HANDLE
from ._markup import IFRAMES, attributes_of, element_named, has_class, url_of
from ._proxies import proxied
from ._react_tweet import REACT_TWEET_NEEDLE, is_react_tweet_element, react_tweet
from ._shared import PostLinks
from ._substack import (
    SUBSTACK_NEEDLE,
    component_options,
    is_component,
    is_substack_tweet,
    substack_tweet,
)
from ._twitter_bare_blockquotes import (
    EMPTY_LINK_SHAPE,
    find_bare_blockquote,
    find_empty_link_blockquote,
)
from ._twitter_text_forms import (
    STATUS_URL_SHAPE,
    find_footer,
    find_shortcode,
    find_status_url,
    read_text_form,
)

if TYPE_CHECKING:
    from lxml import etree

__all__ = ["GATES", "LINKS", "MARKERS", "read"]

# Every marker's needle holds one of these; locate scans the page for them alone.
# Gates are shared with other platforms (each gate is one pass over the page).
GATES = ("tweet", "-video", "amp-", "embed", "{{", "/status", "(@", SUBSTACK_NEEDLE)


# (widgets.js rendered a tweet into <twitterwidget>, a custom element of Shadow DOM v0,
# until 2018: pages saved from a browser then hold it, its id in data-tweet-id.)
RENDERED = ("div", *IFRAMES, "twitter-widget", "twitterwidget", "span", "figure")
# The elements an embed service writes (see _proxies).
_SERVICE_ELEMENTS = frozenset((*IFRAMES, "a", "oembed", "span"))


@only("blockquote")
def _lazy_blockquote(tag: str, attributes: Mapping[str, str]) -> bool:
    # Lazy-loading plugins move the class to data-twitter until the page scrolls.
    return tag == "blockquote" and "twitter-tweet" in attributes.get("data-twitter", "").split()


@only(*RENDERED)
def _has_tweet_id(tag: str, attributes: Mapping[str, str]) -> bool:
    # A site's script turns the element into the tweet (twttr.widgets.createTweet):
    # data-tweet-id, or data-tweetid as AMP spells it (Polish news sites' div.js-tweet).
    return tag in RENDERED and any(
        attributes.get(name, "").strip().isdigit() for name in _ID_ATTRIBUTES
    )


@only("embetty-tweet")
def _embetty_tweet(tag: str, attributes: Mapping[str, str]) -> bool:
    """heise's Embetty tweet, ``<embetty-tweet status="ID">`` (its script asks the site's
    own server for the tweet)."""
    return tag == "embetty-tweet" and attributes.get("status", "").strip().isdigit()


@only(*IFRAMES)
def _embed_iframe(tag: str, attributes: Mapping[str, str]) -> bool:
    return tag in IFRAMES and url_of(attributes, _IFRAME_ID) is not None


_IFRAME_ID = re_pattern(
    globals(),
    "_IFRAME_ID",
    r"platform\.(?:twitter|x)\.com/embed/(?:Tweet|index)\.html\?(?:[^\"'>]*?[?&;])?id=(\d{1,20})",
)

_T = "twitter"
# A status link, as an embed service names the post it shows.
_STATUS_LINK = re_pattern(
    globals(),
    "_STATUS_LINK",
    r"(?:^|//|\.)(?:twitter|x)\.com/(?:#!/)?[A-Za-z0-9_]{1,50}(?:/web)?/status(?:es)?/\d",
    re.I,
)
# The generator's footer: a dash, the name, (@handle), then the date link.
_FOOTER_END = re_pattern(
    globals(),
    "_FOOTER_END",
    r"(?:&mdash;|&#8212;|&#x2014;|—|–)[^<>]{0,200}\(\s*@\w{1,15}\s*\)\s*<a\b[^<>]*>[^<]{0,200}</a\s*>",
    re.IGNORECASE,
)


def _footer_end(text: str, start: int, limit: int) -> int | None:
    """Where a blockquote whose end tag is missing ends: after its footer's date link."""
    m = _FOOTER_END.search(text, start, limit)
    return m.end() if m else None


def _quote(token: str) -> TagTest:
    return has_class(token, "blockquote")


def _rendered(token: str) -> TagTest:
    return has_class(token, *RENDERED)


# In priority order: the first marker whose test a tag passes decides. The last
# ones find forms written as text around their needle.
MARKERS: tuple[Marker, ...] = (
    Marker("twitter-tweet", _T, "tweet", "blockquote", _quote("twitter-tweet"), ends=_footer_end),
    Marker("twitter-video", _T, "video", "blockquote", _quote("twitter-video"), ends=_footer_end),
    Marker("twitter-tweet", _T, "tweet", "blockquote", _lazy_blockquote, ends=_footer_end),
    Marker("amp-twitter", _T, "tweet", "amp", element_named("amp-twitter")),
    Marker("twitter-tweet-rendered", _T, "tweet", "rendered", _rendered("twitter-tweet-rendered")),
    Marker("twitter-video-rendered", _T, "video", "rendered", _rendered("twitter-video-rendered")),
    Marker("data-tweet-id", _T, "tweet", "rendered", _has_tweet_id),
    Marker("data-tweetid", _T, "tweet", "rendered", _has_tweet_id),
    Marker("embetty-tweet", _T, "tweet", "element", _embetty_tweet),
    Marker(SUBSTACK_NEEDLE, _T, "tweet", "element", is_substack_tweet),
    Marker(REACT_TWEET_NEEDLE, _T, "tweet", "rendered", has_class(REACT_TWEET_NEEDLE, "div")),
    Marker("twitter.com/embed/", _T, "tweet", "rendered", _embed_iframe),
    # The iframe at X's own host (WebKit's quirks name it beside Twitter's).
    Marker("platform.x.com/embed/", _T, "tweet", "rendered", _embed_iframe),
    Marker("[tweet", _T, "tweet", "shortcode", finds=find_shortcode),
    Marker("{{<", _T, "tweet", "shortcode", finds=find_shortcode),
    Marker("{{%", _T, "tweet", "shortcode", finds=find_shortcode),
    Marker("/status", _T, "tweet", "url", finds=find_status_url, shape=STATUS_URL_SHAPE),
    Marker("(@", _T, "tweet", "blockquote", finds=find_bare_blockquote, shape=FOOTER_HANDLE),
    Marker(
        "/status", _T, "tweet", "blockquote", finds=find_empty_link_blockquote,
        shape=EMPTY_LINK_SHAPE, in_tag=True,
    ),
    Marker("(@", _T, "tweet", "text", finds=find_footer, shape=FOOTER_HANDLE),
)  # fmt: skip

# (Its shortcodes and its status URLs alone on their line are its own markers.)
LINKS = PostLinks(
    "tweet",
    _STATUS_LINK,
    shortcodes=False,
    bare_path=rb"/status(?:es)?/\d",
    placeholder_needles=("/status",),
)

_DASHES = "—–―‒"
_FOOTER_START = re_pattern(globals(), "_FOOTER_START", rf"^\s*(?:[{_DASHES}]|-{{1,2}}\s)")
_HANDLE = re_pattern(globals(), "_HANDLE", r"\(\s*[@＠]([A-Za-z0-9_]{1,50})\s*\)")
# (No scheme: media_url writes every match as https://pic.twitter.com/….)
_MEDIA_IN_TEXT = re_pattern(
    globals(), "_MEDIA_IN_TEXT", r"pic\.(?:twitter|x)\.com/[A-Za-z0-9]+", re.IGNORECASE | re.ASCII
)
_ID_ATTRIBUTES = ("data-tweet-id", "data-tweetid")


class _Raw(NamedTuple):
    """What the markup of one embed says, before any enrichment. (A named tuple: an
    attrs class's frozen ``__init__`` cost ~1 µs a tweet, 3% of a placeholder's read.)"""

    paragraphs: tuple[str, ...]
    links: tuple[tuple[str, str | None], ...]
    footer: str
    date_text: str | None
    status: StatusRef | None
    lang: str | None
    direction: str | None
    options: dict[str, str]
    # (name, handle) where the form says them apart, not in a footer's text.
    author: tuple[str | None, str] | None = None


def _options(element: etree._Element) -> dict[str, str]:
    return {
        str(k)[5:]: str(v)
        for k, v in element.attrib.items()
        if str(k).startswith("data-") and len(k) > 5
    }


def _split_footer(whole: str) -> tuple[str, str]:
    """Split a body written without ``<p>`` from its ``— Name (@handle)`` footer."""
    handles = list(_HANDLE.finditer(whole))
    if not handles:
        return normalise_lines(whole), ""
    dash = max(whole.rfind(d, 0, handles[-1].start()) for d in _DASHES)
    cut = dash if dash >= 0 else handles[-1].start()
    return normalise_lines(whole[:cut]), whole[cut:].replace("\n", " ")


_EMPTY = _Raw(
    paragraphs=(),
    links=(),
    footer="",
    date_text=None,
    status=None,
    lang=None,
    direction=None,
    options={},
)
_EMPTY_FIELDS: dict[str, object] = _EMPTY._asdict()


def _body(root: etree._Element) -> tuple[list[etree._Element], tuple[str, ...]]:
    """The body's paragraphs (every ``<p>`` but a footer one) and their non-empty texts.

    A footer paragraph starts with a dash and holds a link.
    """
    paragraphs: list[etree._Element] = []
    texts: list[str] = []
    for p in root.iter("p"):
        raw = raw_text(p)
        if _FOOTER_START.match(raw) and next(p.iter("a"), None) is not None:
            continue
        paragraphs.append(p)
        text = normalise_lines(raw)
        if text:
            texts.append(text)
    return paragraphs, tuple(texts)


def _extract(root: etree._Element) -> _Raw:
    """Pull the raw fields out of the embed element ``root``."""
    options = {
        str(k)[5:]: str(v)
        for k, v in root.attrib.items()
        if str(k).startswith("data-") and len(k) > 5
    }
    paragraphs, texts = _body(root)
    body_links = [a for p in paragraphs for a in p.iter("a")]
    in_body = {id(a) for a in body_links}
    footer_links = [a for a in root.iter("a") if id(a) not in in_body]

    if paragraphs:
        footer = element_text(root, skip=paragraphs, inline=True)
    else:
        # No <p>: the body is the text before the footer's dash, every link but
        # the last (the date link) is the body's.
        body_links, footer_links = footer_links[:-1], footer_links[-1:]
        body, footer = _split_footer(element_text(root, skip=footer_links))
        texts = (body,) if body else ()
        footer += " " + "".join(element_text(a, inline=True) for a in footer_links)

    # The date link's text as written: "" for an empty link, None for no link; where
    # the footer lost its links (trafilatura's output), the text after the handle.
    date_text = element_text(footer_links[-1], inline=True) if footer_links else _date_after(footer)
    hrefs = (a.get("href") for a in reversed(footer_links))
    status = next((ref for ref in map(status_ref, hrefs) if ref), None) or _status_of(root)

    first = paragraphs[0] if paragraphs else root
    return _Raw(
        paragraphs=texts,
        links=_link_pairs(body_links),
        footer=footer,
        date_text=date_text,
        status=status,
        lang=_shared_code(first.get("lang") or root.get("lang")),
        direction=_shared_code(first.get("dir") or root.get("dir")),
        options=options,
    )


def _link_pairs(anchors: Iterable[etree._Element]) -> tuple[tuple[str, str | None], ...]:
    """Each link's text and ``href`` as written (a tweet body's links)."""
    return tuple((element_text(a, inline=True), a.get("href")) for a in anchors)


def _shared_code(value: str | None) -> str | None:
    """A language or direction code, one object for every tweet that has it (lxml
    gives each attribute value a string of its own: ~100 bytes a record)."""
    return sys.intern(value) if value is not None and len(value) <= 16 else value


def _status_of(element: etree._Element) -> StatusRef | None:
    """A status named by the attributes of ``element`` (rendered and AMP forms)."""
    # (heise's Embetty names the status in its element's "status".)
    keys = (*_ID_ATTRIBUTES, "status") if element.tag == "embetty-tweet" else _ID_ATTRIBUTES
    for key in keys:
        value = (element.get(key) or "").strip()
        if value.isascii() and value.isdigit():
            return StatusRef(value.lstrip("0") or "0", None)
        # CMSs put the whole status URL where the id belongs (amp-twitter).
        ref = status_ref(value)
        if ref is not None:
            return ref
    ref = status_ref(element.get("data-url"))
    if ref is None and element.tag in IFRAMES:
        m = url_of(attributes_of(element), _IFRAME_ID)
        ref = StatusRef(m.group(1), None) if m else None
    # An embed service's element names the status in its URL's query (asked of those
    # elements only: this runs for every element of a rendered embed).
    service = ref is None and element.tag in _SERVICE_ELEMENTS
    for url in proxied(attributes_of(element)) if service else ():
        ref = status_ref(url)
        if ref is not None:
            break
    return ref


def _extract_any(root: etree._Element) -> _Raw:
    """Raw fields of a blockquote, or of a rendered or AMP element and what it holds."""
    if root.tag == "blockquote":
        return _extract(root)
    if root.tag == "quote":
        # trafilatura's XML: a <quote>, its links <ref target="…">, read as the code's.
        for ref in root.iter("ref"):
            ref.tag = "a"
            ref.set("href", ref.get("target") or "")
        return _extract(root)
    if is_component(root):
        return _extract_substack(root)
    if is_react_tweet_element(root):
        return _extract_react_tweet(root)
    # An AMP placeholder or a blockquote left inside a rendered element: its
    # fields win where present; the outer element gives the options and the id.
    placeholder = next(root.iter("blockquote"), None)
    raw = _extract(placeholder) if placeholder is not None else _EMPTY
    status = raw.status or next(filter(None, map(_status_of, root.iter())), None)
    if status is not None and status.handle is None:
        # An element named by its id alone: a link inside to the same status (a
        # placeholder's fallback) says whose it is.
        links = (status_ref(a.get("href")) for a in root.iter("a"))
        status = next((r for r in links if r and r.status_id == status.status_id), status)
    return raw._replace(status=status, options=_options(root))


def _extract_substack(root: etree._Element) -> _Raw:
    """Raw fields of Substack's tweet component (see _substack): its JSON's."""
    tweet = substack_tweet(root)
    paragraphs: tuple[str, ...] = ()
    links: tuple[tuple[str, str | None], ...] = ()
    body = tweet.body
    if body is not None:
        text = normalise_lines(raw_text(body))
        paragraphs = (text,) if text else ()
        links = _link_pairs(body.iter("a"))
    return _Raw(
        paragraphs=paragraphs,
        links=links,
        footer="",
        date_text=tweet.date,
        status=status_ref(tweet.url),
        lang=None,
        direction=None,
        options=component_options(root),
        author=(tweet.name, tweet.handle) if tweet.handle else None,
    )


def _extract_react_tweet(root: etree._Element) -> _Raw:
    """Raw fields of react-tweet's rendered tweet (see _react_tweet). Its skeleton and
    its "not found" box are a tweet's embed that shows none: nothing but the form (the
    box's own words are no tweet's text)."""
    tweet = react_tweet(root)
    if tweet is None:
        return _EMPTY
    body = tweet.body
    return _Raw(
        paragraphs=(tweet.text,) if tweet.text else (),
        links=() if body is None else _link_pairs(body.iter("a")),
        footer="",
        date_text=tweet.date_text,
        status=tweet.status,
        lang=None,
        direction=None,
        options={},
        author=(tweet.name, tweet.status.handle) if tweet.status.handle else None,
    )


def _date_after(footer: str) -> str | None:
    """The text after a footer's last ``(@handle)``, if any: a date written as text."""
    matches = list(_HANDLE.finditer(footer))
    rest = footer[matches[-1].end() :].strip() if matches else ""
    return rest or None


def _author(footer: str) -> Author | None:
    """``Name (@handle)`` from the footer text; the name runs from the dash to the handle."""
    matches = list(_HANDLE.finditer(footer))
    if not matches:
        return None
    last = matches[-1]
    before = footer[: last.start()]
    dash = max(before.rfind(d) for d in _DASHES)
    name = before[dash + 1 :] if dash >= 0 else before.lstrip("- ")
    name = name.strip()
    return Author(name=name or None, handle=last.group(1))


def _link_kind(text: str, href: str | None, url: str | None) -> str:
    head = text.lstrip()[:2]
    if head[:1] in "@＠" and head:
        return "mention"
    if head[:1] in "#＃" and head:
        return "hashtag"
    if head[:1] == "$" and head[1:2].isalpha():
        return "cashtag"
    if media_url(text) or media_url(href):
        return "media"
    if url is not None:
        lowered = url.lower()
        if "/hashtag/" in lowered:
            return "hashtag"
        if status_ref(url) is not None:
            return "status"
    return "url"


def _media(text: str, links: tuple[tuple[str, str | None], ...]) -> tuple[str, ...]:
    found: list[str] = []
    # The pattern has no literal prefix for the regex engine to skip to: most texts
    # hold no "pic." at all, and a find says so at once. (A non-ASCII text's ASCII
    # bytes, not text.lower(): CPython lowers one through twelve bytes a character.)
    if text.isascii():
        has_pic = "pic." in text.lower()
    else:
        has_pic = b"pic." in text.encode("ascii", "ignore").lower()
    in_text = _MEDIA_IN_TEXT.finditer(text) if has_pic else ()
    candidates = [m.group() for m in in_text]
    candidates += [href for _, href in links if href]
    for value in candidates:
        url = media_url(value)
        if url is not None and url not in found:
            found.append(url)
    return tuple(found)


def _extract_text_form(markup: str, form: str, found: object) -> _Raw:
    # (Built, not _EMPTY._replace'd: that cost the dense footer families ~3%.)
    return _Raw(**(_EMPTY_FIELDS | read_text_form(markup, form, found)))  # type: ignore[arg-type]


def read(
    root: etree._Element | None, markup: str, candidate: Candidate, page_lang: str | None
) -> Tweet:
    """The :class:`Tweet` at ``candidate``: from its parsed element, or its text."""
    raw = (
        _extract_any(root)
        if root is not None
        else _extract_text_form(markup, candidate.form, candidate.found)
    )
    text = "\n\n".join(raw.paragraphs)
    emoji = find_emoji(text)
    author = Author(*raw.author) if raw.author else _author(raw.footer)
    status_id = raw.status.status_id if raw.status else None
    handle = (author.handle if author else None) or (raw.status.handle if raw.status else None)
    links = []
    for link_text, href in raw.links:
        url = normalise_url(href)
        # Equal strings kept once: a link's text, href and URL are often the same URL.
        if url is not None and url == href:
            url = href
        if link_text == href and href is not None:
            link_text = href
        links.append(Link(link_text, href, url, _link_kind(link_text, href, url)))
    found = find_entities(text)
    if links:
        entities = with_link_entities(
            text, Entities(*found), ((link.text, link.kind) for link in links)
        )
        found = entities.mentions, entities.hashtags, entities.cashtags, entities.urls
    mentions, hashtags, cashtags, urls = found
    return Tweet(
        kind=candidate.kind,
        form=candidate.form,
        escaped=candidate.escaped,
        span=(candidate.start, candidate.end),
        status_id=status_id,
        url=canonical_status_url(status_id, handle),
        author=author,
        text=text,
        lang=raw.lang,
        direction=raw.direction,
        date=parse_date(raw.date_text, (raw.options.get("lang"), page_lang)),
        date_text=raw.date_text,
        created_at=created_at(status_id),
        mentions=mentions,
        hashtags=hashtags,
        cashtags=cashtags,
        urls=urls,
        links=links,
        media=_media(text, raw.links),
        emoji=[value for value, _, _ in emoji],
        emoji_captions=emoji_captions(text, emoji),
        options=raw.options,
    )
