"""Embeds a CMS's script loads later: an empty element that names the post in a data
attribute.

Sites that load embeds on consent or on scroll write a placeholder instead of the
platform's code, and their script builds the embed from it::

    <div class="rcs_social-embed" data-social-embedded="twitter"
         data-href="https://x.com/USER/status/ID"></div>                    (Corriere)
    <div data-extcontent_type="instagram" data-extcontent_url=
         "https://graph.facebook.com/v8.0/instagram_oembed?url=POST_URL"></div>  (n-tv)

The post is the URL a ``data-*`` attribute holds, or the ``url`` parameter of the
oEmbed (or other) endpoint it holds. Condé Nast's sites (Wired, The New Yorker, Vogue,
GQ, Vanity Fair, AD …) serve a consent banner in the embed's place, the post named
only by its one link::

    <div class="MessageBannerWrapper-… ConsentBannerWrapper-…" data-testid="message-banner">
      <div …><h4 class="ConsentBannerTitle-…">Twitter content</h4><p>This content can
      also be viewed on the site it <a href="https://twitter.com/USER/status/ID">originates</a>
      from.</p></div></div>

WordPress's Embed Privacy plugin (epiphyt/embed-privacy's template, on many German
sites) writes a consent overlay whose footer links the post, the embed code kept
entity-escaped in a script until the reader consents::

    <div class="embed-privacy-container is-disabled embed-youtube" data-embed-id=
      "oembed_…" data-embed-provider="youtube"> … <div class="embed-privacy-footer"><span
      class="embed-privacy-url"><a href="POST_URL">Open "…" directly</a></span></div> …
      <div class="embed-privacy-content"><script>var _oembed_… = '…';</script></div></div>

The element must be nearly empty (a consent note at most) and hold no embed code: a
wrapper around a live embed that repeats the post's URL in its attributes is not a
placeholder (the embed inside is read).
The region is the element; the readers get the post's URL (:func:`placeholder_url`).
"""

from __future__ import annotations

import re
from urllib.parse import quote, unquote_to_bytes

from .._lazy import re_pattern
from ..escapes import html_unescape
from ..forms import Form
from ..markers import Marker, TextFinder
from ..tags import tag_attributes
from ..urls import without_markdown_escapes
from ._markup import end_tag, json_value, query, unwrap
from ._stripped import without_tags

__all__ = ["placeholder_gates", "placeholder_markers", "placeholder_url"]

_TAGS = ("div", "span", "figure", "section", "p", "aside", "article")
_REACH = 2400  # from a needle back to its element's "<"
_CONTENT_REACH = 4000  # from the opening tag to its end tag
_MAX_DEPTH = 12  # elements of its name nested in a placeholder (a loading skeleton's)
_MAX_NOTE = 300  # the text a placeholder may hold (a consent or loading note)
_OPENING = re_pattern(
    globals(), "_OPENING", rf"<({'|'.join(_TAGS)})\s([^<>]{{0,{_REACH}}})>", re.IGNORECASE
)
# Embed code inside: the element is a wrapper, not a placeholder.
_EMBED_CODE = re_pattern(
    globals(), "_EMBED_CODE", r"<(?:blockquote|iframe|amp-|object|embed)\b", re.I
)
# What ends an attribute value's run of bytes, looking back from a needle in it.
_NOT_VALUE = tuple(bytes([c]) for c in b"\"' \t\n\r\f<>")
_VALUE_REACH = 600  # from a data attribute's value's start to the needle in it
_DATA_NAME = re.compile(rb"\bdata-[a-z0-9_.:-]{1,60}\s*=\s*$", re.IGNORECASE)
_STYLE = re_pattern(globals(), "_STYLE", r"<style\b.*?</style\s*>", re.IGNORECASE | re.DOTALL)
_OPENING_NAME = re.compile(rf"<(?:{'|'.join(_TAGS)})\s".encode(), re.IGNORECASE)


class _InDataAttribute:
    """A scan shape: the bytes from the needle on match ``path`` (a post's URL), and
    the needle is in the value of a ``data-*`` attribute. The page's links to posts
    (``href``) are turned away before the page is decoded."""

    __slots__ = ("_path",)

    def __init__(self, path: bytes) -> None:
        self._path = re.compile(path, re.IGNORECASE)

    def match(self, data: bytes, pos: int, /) -> object | None:
        if self._path.match(data, pos) is None:
            # The needle percent-encoded, as an endpoint's url= holds it.
            window = data[pos : pos + 300]
            if b"%" not in window:
                return None
            window = unquote_to_bytes(window)
            if self._path.match(window) is None:
                return None
        floor = max(0, pos - _VALUE_REACH - 80)
        if data.rfind(b"ata-", floor, pos) < 0 and data.rfind(b"ATA-", floor, pos) < 0:
            return None  # no data attribute within reach (the cheap test first)
        # The value's start: after the last byte that cannot be in it (searched by
        # rfind, within the reach of an endpoint's URL and the post's: a run of
        # needles must not cost each a byte-by-byte walk).
        floor = max(0, pos - _VALUE_REACH)
        start = max(data.rfind(byte, floor, pos) for byte in _NOT_VALUE) + 1 or floor
        # (A CMS may write a space before the URL: data-href=" https://…".)
        while start > floor and data[start - 1] in b" \t\n\r":
            start -= 1
        if start > floor and data[start - 1] in b"\"'":
            start -= 1
        if _DATA_NAME.search(data, max(0, start - 80), start) is None:
            return None
        opening = data.rfind(b"<", max(0, pos - _REACH), start)
        return True if opening >= 0 and _OPENING_NAME.match(data, opening) else None


def _named_url(attributes: dict[str, str]) -> str | None:
    """The post a placeholder's ``data-*`` attributes name: the first URL one holds,
    or the ``url`` parameter of the endpoint it holds (a script's, a style sheet's or
    an image's URL passed over: the loader's, not the post)."""
    for name, raw in attributes.items():
        if not name.startswith("data-"):
            continue
        value = html_unescape(raw).strip() if "&" in raw else raw.strip()
        if value.startswith("{"):
            value = _settings_url(value) or ""
        inner = query(value).get("url") if "url=" in value else None
        if inner and inner.lower().startswith(("http://", "https://", "//")):
            return unwrap(inner)
        if value.lower().startswith(("http://", "https://", "//", "http%3a", "https%3a")):
            # A URL inside another's path (an image proxy's screenshot of the post,
            # BBC's ".../socialembed/https://twitter.com/…"): the post is the inner one.
            inner_at = max(value.rfind("https://", 1), value.rfind("http://", 1))
            url = unwrap(value[inner_at:] if inner_at > 0 else value)
            if not url.split("?")[0].split("#")[0].lower().endswith(_NOT_POSTS):
                return url
    return None


def _settings_url(value: str) -> str | None:
    """The first URL among the values of a JSON object of settings (Elementor's video
    widget: ``data-settings="{&quot;youtube_url&quot;:&quot;https:\\/\\/www.youtube.com\\/
    watch?v=ID&quot;, &quot;video_type&quot;:&quot;youtube&quot;, …}"``, which its script
    makes the player)."""
    settings = json_value(value)
    if not isinstance(settings, dict):
        return None
    return next(
        (
            v
            for v in settings.values()
            if isinstance(v, str) and v.lower().startswith(("http://", "https://", "//"))
        ),
        None,
    )


# What a loader's own files end in.
_NOT_POSTS = (".js", ".css", ".png", ".jpg", ".jpeg", ".gif", ".svg", ".webp", ".mp4", ".json")


def placeholder_url(markup: str) -> str | None:
    """The post that the placeholder element ``markup`` names."""
    m = _OPENING.match(markup)
    if m is None:
        return None
    if _BANNER in m[2]:
        return _banner_link(markup[m.end() :])
    if _PRIVACY in m[2]:
        return _privacy_link(markup[m.end() :])
    return _named_url(tag_attributes(m[2]))


def _end(text: str, tag: str, start: int, limit: int = 1 << 62) -> int | None:
    """The end of the element whose content starts at ``start``: its own end tag
    (elements of its name nested in it counted) before ``limit``, if its content is a
    placeholder's."""
    m = end_tag(text, tag, start, min(start + _CONTENT_REACH, limit), _MAX_DEPTH)
    if m is None:
        return None
    content = text[start : m.start()]
    if _EMBED_CODE.search(content):
        return None
    # (A widget's style sheet, which Elementor writes into its first video's
    # placeholder, is not a note a reader sees.)
    if "<style" in content or "<STYLE" in content:
        content = _STYLE.sub("", content)
    if len(" ".join(without_tags(content).split())) > _MAX_NOTE:
        return None
    return m.end()


# Condé Nast's consent banner (its wrapper's class, as its styled components name it).
_BANNER = "ConsentBannerWrapper"
_LINK = re_pattern(
    globals(), "_LINK", r"<a\s[^<>]{0,2000}?\bhref\s*=\s*[\"']?([^\"'\s<>]{1,2000})", re.I
)


def _banner_link(markup: str) -> str | None:
    """The post a consent banner names: its one link (its CMS's Markdown escapes
    dropped: ``ESA\\_Rosetta``)."""
    links = _LINK.findall(markup)
    return without_markdown_escapes(html_unescape(links[0])) if len(links) == 1 else None


def _banner_finder(pattern: re.Pattern[str]) -> TextFinder:
    def finds(text: str, hit: int) -> tuple[int, int, Form] | None:
        """The consent banner whose wrapper's class is at ``hit``, when its one link
        is a post that ``pattern`` finds."""
        start = text.rfind("<", max(0, hit - _REACH), hit)
        m = _OPENING.match(text, start) if start >= 0 else None
        if m is None or m.end() <= hit or m[1].lower() != "div":
            return None
        # A banner holds no other (a run of unclosed ones costs each its own stretch).
        following = text.find(_BANNER, hit + len(_BANNER), m.end() + _CONTENT_REACH)
        end = _end(text, m[1], m.end(), following if following >= 0 else len(text))
        if end is None:
            return None
        url = _banner_link(text[m.end() : end])
        return None if url is None or pattern.search(url) is None else (start, end, "url")

    return finds


# Embed Privacy's overlay: its class, how far its end may be (its script holds the
# embed code, an Instagram post's 7 KB escaped), and its footer's link.
_PRIVACY = "embed-privacy-container"
_PRIVACY_REACH = 32768
_PRIVACY_LINK = re_pattern(
    globals(),
    "_PRIVACY_LINK",
    r"""\bembed-privacy-url\b[^<>]{0,200}>\s*<a\s[^<>]{0,2000}?\bhref\s*=\s*["']?([^"'\s<>]{1,2000})""",
    re.IGNORECASE,
)


def _privacy_link(markup: str) -> str | None:
    """The post an Embed Privacy overlay's footer links, entities undone."""
    m = _PRIVACY_LINK.search(markup)
    return html_unescape(m[1]) if m is not None else None


def _privacy_finder(pattern: re.Pattern[str]) -> TextFinder:
    def finds(text: str, hit: int) -> tuple[int, int, Form] | None:
        """Embed Privacy's overlay whose class is at ``hit``, when its footer links a
        post that ``pattern`` finds."""
        start = text.rfind("<", max(0, hit - _REACH), hit)
        m = _OPENING.match(text, start) if start >= 0 else None
        if m is None or m.end() <= hit or m[1].lower() != "div":
            return None
        # Bounded by the next overlay (none holds another) and by its few levels of
        # elements: a run of unclosed overlays costs each a short stretch.
        limit = min(len(text), m.end() + _PRIVACY_REACH)
        following = text.find(_PRIVACY, hit + len(_PRIVACY), limit)
        close = end_tag(text, "div", m.end(), limit if following < 0 else following, _MAX_DEPTH)
        if close is None:
            return None
        url = _privacy_link(text[m.end() : close.start()])
        return None if url is None or pattern.search(url) is None else (start, close.end(), "url")

    return finds


def _finder(pattern: re.Pattern[str]) -> TextFinder:
    def finds(text: str, hit: int) -> tuple[int, int, Form] | None:
        """The placeholder element whose data attribute at ``hit`` names a post that
        ``pattern`` finds."""
        start = text.rfind("<", max(0, hit - _REACH), hit)
        m = _OPENING.match(text, start) if start >= 0 else None
        if m is None or m.end() <= hit:
            return None
        url = _named_url(tag_attributes(m[2]))
        if url is None or pattern.search(url) is None:
            return None
        end = _end(text, m[1], m.end())
        return None if end is None else (start, end, "url")

    return finds


def placeholder_markers(
    platform: str,
    kind: str,
    needles: tuple[str, ...],
    path: bytes,
    pattern: re.Pattern[str],
    banner: re.Pattern[str] | None = None,
) -> tuple[Marker, ...]:
    """The markers of placeholders naming ``platform``'s posts: ``needles`` the URLs
    hold, ``path`` what the bytes from each must match, ``pattern`` what the URL must
    hold (``banner`` what a consent banner's link must: its player's URL may stand
    for the post); the reader gets the post's URL."""
    finds, shape = _finder(pattern), _InDataAttribute(path)
    return (
        *(
            Marker(needle, platform, kind, "url", finds=finds, shape=shape, in_tag=True)
            for needle in (*needles, *_encoded(needles))
        ),
        Marker(
            _BANNER, platform, kind, "url", finds=_banner_finder(banner or pattern), in_tag=True
        ),
        Marker(_PRIVACY, platform, kind, "url", finds=_privacy_finder(pattern), in_tag=True),
    )


def placeholder_gates(needles: tuple[str, ...]) -> tuple[str, ...]:
    """The needles percent-encoded, as an endpoint's ``url`` parameter holds them:
    needles and gates of their own (the platforms' gates hold "/"); and the consent
    banner's."""
    return (*_encoded(needles), _BANNER, _PRIVACY)


def _encoded(needles: tuple[str, ...]) -> tuple[str, ...]:
    """``needles`` percent-encoded, where that changes them."""
    return tuple(dict.fromkeys(quote(n, safe="") for n in needles if quote(n, safe="") != n))
