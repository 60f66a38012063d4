"""Shortcodes that a CMS or a site generator turns into a post's embed.

- WordPress core: ``[embed]URL[/embed]`` (any oEmbed provider);
- Jetpack: ``[youtube URL]`` (also ``[youtube=URL]``), ``[instagram url=URL]``,
  ``[facebook url=URL]``;
- Hugo's built-in shortcodes: ``{{< youtube ID >}}`` (or ``id="ID"``, with
  ``start="SECONDS"``), ``{{< instagram ID >}}`` (and ``instagram_simple``, its static version
  before Hugo v0.123); and any Hugo shortcode that names a post by its URL
  (``{{< mastodon url="…" >}}``, ``{{< toot link="…" >}}``).

They stand in a post's raw content (a CMS export, an API's ``content.raw``, a
site's Markdown) and on pages whose template printed the content unrendered.
Twitter's are read by ``_twitter_text_forms``. The reader gets the shortcode as the
embed's markup, and :func:`post_url` turns it into the post's URL.
"""

from __future__ import annotations

import re

from .._lazy import re_pattern
from ..escapes import html_unescape
from ..forms import Form
from ..markers import Marker, TextFinder
from ._placeholders import placeholder_url
from ._url_blocks import card_url

__all__ = ["SHORTCODE_GATES", "post_url", "shortcode_markers"]

# What every needle below holds (see locate's gates).
SHORTCODE_GATES = ("embed", "youtube", "instagr", "[facebook", "{{")
_WORDPRESS_SOURCE = (
    r"""\[embed\b[^\]]{0,200}\]\s*(?P<embedded>https?://[^\s"'\[\]<>]{1,2000})\s*\[/embed\]"""
    r"""|\[(?P<name>youtube|instagram|facebook)\b\s*(?:=\s*|url\s*=\s*)?["']?"""
    r"""(?P<url>https?://[^\s"'\[\]<>]{1,2000})["']?[^\]]{0,200}\]"""
)
_HUGO_SOURCE = (
    r"""\{\{[<%]\s*(?:(?P<name>youtube|instagram)(?:(?<=instagram)_simple)?\s+(?:id\s*=\s*)?["']?(?P<id>[A-Za-z0-9_-]{5,64})["']?"""
    # Any shortcode that names the post by its URL: {{< mastodon url="…" >}},
    # {{< toot link="…" >}}, a site's own {{< embed src="…" >}}.
    r"""|[A-Za-z][\w-]{0,30}\s+(?:[^{}]{0,300}?\s)?(?:url|link|src|href)\s*=\s*["']?"""
    r"""(?P<link>https?://[^\s"'{}]{1,2000})["']?)[^{}]{0,300}?[>%]\}\}"""
)
_WORDPRESS = re_pattern(globals(), "_WORDPRESS", _WORDPRESS_SOURCE, re.IGNORECASE)
_HUGO = re_pattern(globals(), "_HUGO", _HUGO_SOURCE, re.IGNORECASE)
# Hugo's youtube shortcode's start="30", in seconds (gohugo.io's shortcode docs).
_HUGO_START = re_pattern(globals(), "_HUGO_START", r"""\sstart\s*=\s*["']?(\d{1,6})\b""")


class _ShortcodeShape:
    """The scan shape of the needles: the shortcode itself, as its pattern reads it in
    bytes, so that a run of bare "[embed]" or "{{<" costs a byte search each, not a
    reading of the text."""

    def __init__(self) -> None:
        self._patterns: dict[int, re.Pattern[bytes]] = {}

    def match(self, data: bytes, pos: int, /) -> object | None:
        if not self._patterns:  # compiled at the first needle, not at import
            self._patterns = {
                ord(opener): re.compile(source.encode("ascii"), re.IGNORECASE)
                for opener, source in (("[", _WORDPRESS_SOURCE), ("{", _HUGO_SOURCE))
            }
        pattern = self._patterns.get(data[pos]) if pos < len(data) else None
        return pattern.match(data, pos, pos + 2400) if pattern is not None else None


_SHAPE = _ShortcodeShape()
# The page of a post that Hugo's shortcode names by its id alone.
_HUGO_URLS = {
    "youtube": "https://www.youtube.com/watch?v={}",
    "instagram": "https://www.instagram.com/p/{}/",
}


def post_url(markup: str) -> str:
    """The post's URL that an unrendered embed's markup names: an Embedly card's link
    (``""`` for a card without one); a shortcode's URL, or the page of the id it names;
    else the markup as it is (a URL)."""
    if markup.startswith("<"):
        return card_url(markup) or placeholder_url(markup) or ""
    if markup.startswith("["):
        m = _WORDPRESS.match(markup)
        if m is not None:
            return html_unescape(m["embedded"] or m["url"])
    elif markup.startswith("{{"):
        m = _HUGO.match(markup)
        if m is not None and m["id"] is not None:
            url = _HUGO_URLS[m["name"].lower()].format(m["id"])
            start = (
                _HUGO_START.search(markup, m.end("id")) if m["name"].lower() == "youtube" else None
            )
            return url if start is None else f"{url}&start={start[1]}"
        if m is not None and m["link"] is not None:
            return html_unescape(m["link"])
    return markup  # a URL, or a shortcode read by its platform (Twitter's)


def _finder(names: frozenset[str], pattern: re.Pattern[str]) -> TextFinder:
    def finds(text: str, hit: int) -> tuple[int, int, Form] | None:
        """The shortcode at ``hit`` when it is one of ``names`` and names a post that
        ``pattern`` finds."""
        shortcode = _WORDPRESS if text.startswith("[", hit) else _HUGO
        m = shortcode.match(text, hit, hit + 2400)
        if m is None or (m["name"] or "embed").lower() not in names:
            return None
        if pattern.search(post_url(m.group())) is None:
            return None
        return m.start(), m.end(), "shortcode"

    return finds


def shortcode_markers(
    platform: str, kind: str, pattern: re.Pattern[str], names: tuple[str, ...] = ()
) -> tuple[Marker, ...]:
    """The markers of a platform's posts in ``[embed]`` and in the shortcodes
    ``names`` (Jetpack's and Hugo's, named after the platform)."""
    finds = _finder(frozenset({"embed", *names}), pattern)
    # (Hugo's shortcodes of every platform: the ones named after it, by id, and any
    # that names a post by its URL.)
    needles = ["[embed", *(f"[{name}" for name in names), "{{<", "{{%"]
    return tuple(
        Marker(needle, platform, kind, "shortcode", finds=finds, shape=_SHAPE) for needle in needles
    )
