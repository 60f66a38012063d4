"""A post's URL alone on its line: the embed a CMS would make of it.

WordPress (and other CMSs with oEmbed) turn a post's URL pasted on a line of its own
into the post's embed; where the provider's oEmbed fails (Instagram's and
Facebook's without a token since WordPress 5.5.1) or the text was never rendered
(a post's raw content, an extractor's text), the URL stays, alone on its line or in
its own paragraph: a reader sees it where the post was embedded. A URL inside a
sentence is a link, not an embed. (Twitter's is ``_twitter_text_forms``.)

Each platform gives the needles its post URLs hold and a *shape* the bytes at each
must have (:func:`url_at_line_start`: a post's URL, not a profile or a share link, and
not a link's target), so that pages which only link a platform's pages never leave
the scan's fast path.
"""

from __future__ import annotations

import re

from .._lazy import re_pattern
from ..forms import Form
from ..markers import Marker, TextFinder
from ..needles import Shape
from ._twitter_text_forms import (
    LINK_CLOSE,
    LINK_OPEN,
    in_sentence,
    line_around,
    url_at_line_start,
)

__all__ = ["bare_url_markers", "url_at_line_start"]

# The line: the URL (or a link's text, as for Twitter), perhaps in its own paragraph,
# and nothing else.
_ALONE = re_pattern(
    globals(),
    "_ALONE",
    rf"\s*(?:<p\b[^<>]*>\s*)?{LINK_OPEN}(?P<url>https?://[^\s<>\"']{{1,2000}}){LINK_CLOSE}"
    r"(?:</p>\s*)?",
)


def _finder(pattern: re.Pattern[str]) -> TextFinder:
    def finds(text: str, hit: int) -> tuple[int, int, Form] | None:
        """The URL around ``hit`` when it names a post and stands alone on its line."""
        line = line_around(text, hit)
        if line is None:
            return None
        m = _ALONE.fullmatch(text, *line)
        if (
            m is None
            or not m.start("url") <= hit < m.end("url")
            or pattern.search(m["url"]) is None
            or in_sentence(text, *line)
        ):
            return None
        return m.start("url"), m.end("url"), "url"

    return finds


def bare_url_markers(
    platform: str,
    kind: str,
    needles: tuple[str, ...],
    shape: Shape,
    pattern: re.Pattern[str],
) -> tuple[Marker, ...]:
    """The markers of a platform's post URLs alone on their line: ``needles`` the URLs
    hold, ``shape`` what the bytes at a needle must match (a post's URL), ``pattern``
    what the URL must hold; the reader gets the URL as the embed's markup."""
    finds = _finder(pattern)
    return tuple(
        Marker(needle, platform, kind, "url", finds=finds, shape=shape) for needle in needles
    )
