"""Embeds left unrendered: the post's URL alone in an element a CMS or a script
would have turned into the embed.

WordPress saves an embed block as::

    <figure class="wp-block-embed is-type-rich is-provider-instagram wp-block-embed-instagram">
    <div class="wp-block-embed__wrapper">
    https://www.instagram.com/p/CODE/
    </div></figure>

and puts the provider's embed code in place of the URL when it shows the post.
Where it cannot (Instagram's and Facebook's oEmbed need a token since WordPress
5.5.1 dropped them), the page keeps the URL, as text or as a link to itself: a
reader sees the link where the post was embedded. (Twitter's is read by its URL
alone on its line.)

Embedly's cards are written as ``<blockquote class="embedly-card"><h4><a
href="POST">title</a></h4><p>description</p></blockquote>`` or ``<a
class="embedly-card" href="POST">title</a>``, with Embedly's ``platform.js``, which
replaces them with the card; the region is the whole element, and the post is its
first link (:func:`card_url`).
"""

from __future__ import annotations

import re

from .._lazy import re_pattern
from ..escapes import html_unescape
from ..forms import Escaped, Form
from ..markers import Marker, TextFinder

__all__ = ["URL_BLOCK_GATES", "card_url", "url_block_markers"]

URL_BLOCK_GATES = ("embed",)
_NEEDLE = "wp-block-embed__wrapper"
# The rest of the wrapper's opening tag, then nothing but the URL (or one link
# whose text is a URL) before its end tag.
_BEFORE_URL = r"[^<>]{0,400}>\s*(?:<a\s[^<>]{0,2000}>\s*)?"
_CONTENT = re_pattern(
    globals(),
    "_CONTENT",
    _BEFORE_URL + r"""(?P<url>https?://[^\s<>"']{1,2000})\s*(?:</a\s*>\s*)?</div\s*>""",
    re.IGNORECASE,
)


# The same block inside a JSON string (a headless CMS's page: Next.js keeps the
# article's blocks in its data, the page's own HTML renders them in the browser):
# quotes and line breaks escaped (\\" \\n), "<" and ">" perhaps too (\\u003c), as
# many times over as the string is nested in others.
_JSON_BREAKS = r"(?:\s|\\+[nrt])*+"
# The rest of the wrapper's tag to its ">" (escaped or not), then line breaks.
# (Atomic and possessive: a wrapper whose URL never meets its end tag costs one try,
# not one for each later ">" within reach and each shorter URL.)
_JSON_BEFORE_URL = r"(?P<tag>(?>[^<>]{0,400}?(?=>|\\+u003[eE])))(?:>|\\+u003[eE])" + _JSON_BREAKS
_JSON_CONTENT = re_pattern(
    globals(),
    "_JSON_CONTENT",
    _JSON_BEFORE_URL
    + r"""(?P<url>https?:(?:\\*/){2}(?:[^\s<>"'\\]|\\+/){1,2000}+)"""
    + _JSON_BREAKS
    + r"(?:<|\\+u003[cC])\\*/div",
    re.IGNORECASE,
)


def _json_finder(pattern: re.Pattern[str]) -> TextFinder:
    def finds(text: str, hit: int) -> tuple[int, int, Form, object, Escaped] | None:
        """The wrapper at ``hit`` in a JSON string, when it holds only a post's URL."""
        m = _JSON_CONTENT.match(text, hit + len(_NEEDLE))
        # (A live tag holds no backslash: its quotes are not escaped.)
        if m is None or "\\" not in m["tag"] or pattern.search(m["url"].replace("\\", "")) is None:
            return None
        return m.start("url"), m.end("url"), "url", None, "json"

    return finds


def _finder(pattern: re.Pattern[str]) -> TextFinder:
    def finds(text: str, hit: int) -> tuple[int, int, Form] | None:
        """The wrapper at ``hit`` when it holds only a URL that ``pattern`` finds a post in."""
        m = _CONTENT.match(text, hit + len(_NEEDLE))
        if m is None or pattern.search(m["url"]) is None:
            return None
        return m.start("url"), m.end("url"), "url"

    return finds


_CARD = "embedly-card"
# A card's opening tag (from its "<"), and how far its content may reach.
_CARD_TAG = re_pattern(globals(), "_CARD_TAG", r"<(a|blockquote)\s([^<>]{0,2000})>", re.IGNORECASE)
_CLASS = re_pattern(
    globals(), "_CLASS", r"""\bclass\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))""", re.IGNORECASE
)
_HREF = re_pattern(
    globals(), "_HREF", r"""\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))""", re.IGNORECASE
)
_CARD_END = {"a": re.compile(r"</a\s*>", re.I), "blockquote": re.compile(r"</blockquote\s*>", re.I)}
_CARD_REACH = 4000
_LINK_TAG = re_pattern(globals(), "_LINK_TAG", r"<a\s[^<>]{0,2000}>", re.IGNORECASE)


def _value(m: re.Match[str] | None) -> str | None:
    return None if m is None else next(v for v in m.groups() if v is not None)


def card_url(markup: str) -> str | None:
    """The post of an Embedly card's markup: its first link, entities undone."""
    tag = _CARD_TAG.match(markup)
    if tag is None:
        return None
    url = _value(_HREF.search(tag.group(2))) or _value(_HREF.search(markup, tag.end()))
    return html_unescape(url).strip() if url else None


def _card_finder(pattern: re.Pattern[str]) -> TextFinder:
    def finds(text: str, hit: int) -> tuple[int, int, Form] | None:
        """The Embedly card whose class holds the needle at ``hit``, when its link
        is a post that ``pattern`` finds."""
        start = text.rfind("<", max(0, hit - 2000), hit)
        tag = _CARD_TAG.match(text, start) if start >= 0 else None
        if tag is None or tag.end() <= hit:
            return None
        classes = _value(_CLASS.search(tag.group(2)))
        if classes is None or _CARD not in classes.split():
            return None
        # Bounded: a run of cards without end tags costs each its own reach.
        reach = tag.end() + _CARD_REACH
        close = _CARD_END[tag.group(1).lower()].search(text, tag.end(), reach)
        if close is not None:
            end = close.end()
        else:  # unclosed: up to its link's tag, never into the next card
            following = text.find(_CARD, tag.end(), reach)
            link = _LINK_TAG.search(text, tag.end(), reach if following < 0 else following)
            end = link.end() if link is not None else tag.end()
        url = card_url(text[start:end])
        if url is None or pattern.search(url) is None:
            return None
        return start, end, "url"

    return finds


# The wrapper as the scan sees its bytes: a URL (perhaps in a link) right after its
# tag, so that a rendered block (its embed's element inside) costs no decoding.
_SHAPE = re_pattern(
    globals(), "_SHAPE", (_NEEDLE + _BEFORE_URL + "https?://").encode("ascii"), re.IGNORECASE
)
_JSON_SHAPE = re_pattern(
    globals(),
    "_JSON_SHAPE",
    # (Not _JSON_BEFORE_URL: as a bare test, its atomic group cost escaped wrappers
    # without a URL 10% more than this lazy run, and a shape is tried once a hit.)
    (_NEEDLE + r"[^<>]{0,400}?(?:>|\\+u003[eE])" + _JSON_BREAKS + "https?:").encode("ascii"),
    re.IGNORECASE,
)


def url_block_markers(platform: str, kind: str, pattern: re.Pattern[str]) -> tuple[Marker, ...]:
    """The markers of a platform's posts left as their URL in a WordPress embed block
    or an Embedly card; the reader gets the URL (or the card) as the embed's markup
    (no element)."""
    return (
        Marker(_NEEDLE, platform, kind, "url", finds=_finder(pattern), shape=_SHAPE, in_tag=True),
        Marker(
            _NEEDLE,
            platform,
            kind,
            "url",
            finds=_json_finder(pattern),
            shape=_JSON_SHAPE,
            in_tag=True,
        ),
        Marker(_CARD, platform, kind, "url", finds=_card_finder(pattern), in_tag=True),
    )
