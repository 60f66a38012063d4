"""Embeds a CMS could not render: the post's URL alone in its embed block.

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
"""

from __future__ import annotations

import re

from ..forms import Form
from ..locate import Marker, TextFinder

__all__ = ["URL_BLOCK_GATES", "url_block_markers"]

URL_BLOCK_GATES = ("embed",)
_NEEDLE = "wp-block-embed__wrapper"
# The rest of the wrapper's opening tag, then nothing but the URL (or one link
# whose text is a URL) before its end tag.
_CONTENT = re.compile(
    r"""[^<>]{0,400}>\s*(?:<a\s[^<>]{0,2000}>\s*)?(?P<url>https?://[^\s<>"']{1,2000})\s*"""
    r"(?:</a\s*>\s*)?</div\s*>",
    re.IGNORECASE,
)


def _finder(pattern: re.Pattern[str]) -> TextFinder:
    def finds(text: str, hit: int) -> tuple[int, int, Form] | None:
        """The wrapper at ``hit`` when it holds only a URL that ``pattern`` finds a post in."""
        m = _CONTENT.match(text, hit + len(_NEEDLE))
        if m is None or pattern.search(m["url"]) is None:
            return None
        return m.start("url"), m.end("url"), "url"

    return finds


def url_block_markers(platform: str, kind: str, pattern: re.Pattern[str]) -> tuple[Marker, ...]:
    """The marker of a platform's posts left as their URL in a WordPress embed block;
    the reader gets the URL as the embed's markup (no element)."""
    return (Marker(_NEEDLE, platform, kind, "url", finds=_finder(pattern), in_tag=True),)
