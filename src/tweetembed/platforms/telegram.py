"""Telegram: the post widget's script tag and the iframe it leaves.

Telegram's post widget (core.telegram.org/widgets/post) is::

    <script async src="https://telegram.org/js/telegram-widget.js?22"
      data-telegram-post="channel/123" data-width="100%"></script>

and the script writes ``<iframe id="telegram-post-channel-123"
src="https://t.me/channel/123?embed=1">``. ``post_id`` is ``channel/123``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import TYPE_CHECKING

from .._lazy import re_pattern
from ..candidate import Candidate
from ..markers import Marker
from ..models import Author, Embed
from ._markup import attributes_of, options, pointing_at, url_of
from ._proxies import proxied
from ._shared import PostLinks

if TYPE_CHECKING:
    from lxml import etree

__all__ = ["GATES", "LINKS", "MARKERS", "read"]

GATES = ("-post", "embed", "t.me/")

_T = "telegram"
_POST = re_pattern(globals(), "_POST", r"^\s*([A-Za-z][A-Za-z0-9_]{3,63})/(\d{1,12})\s*$")
_IFRAME = re_pattern(
    globals(),
    "_IFRAME",
    r"(?:^|//)(?:www\.)?(?:t\.me|telegram\.me)/(?:s/)?([A-Za-z][A-Za-z0-9_]{3,63})/(\d{1,12})\?(?:[^#]*&)?embed=1",
    re.I,
)


def _widget(tag: str, attributes: Mapping[str, str]) -> bool:
    return _POST.match(attributes.get("data-telegram-post", "")) is not None


# A post's own link, as an embed service names what it shows.
_LINK = re_pattern(
    globals(),
    "_LINK",
    r"(?:^|//)(?:www\.)?(?:t\.me|telegram\.me)/(?:s/)?([A-Za-z][A-Za-z0-9_]{3,63})/(\d{1,12})(?:[/?#]|$)",
    re.I,
)

# A post's URL (not a profile's or a share link's), where its needle is found.
_BARE_PATH = rb"t\.me/(?:s/)?[A-Za-z][A-Za-z0-9_]{3,63}/\d{1,12}"

MARKERS: tuple[Marker, ...] = (
    Marker("data-telegram-post", _T, "post", "element", _widget),
    Marker("embed=1", _T, "post", "rendered", pointing_at(_IFRAME, "iframe")),
)

LINKS = PostLinks("post", _LINK, bare_needles=("t.me/",), bare_path=_BARE_PATH)


def read(
    root: etree._Element | None, markup: str, candidate: Candidate, page_lang: str | None
) -> Embed | None:
    """The Telegram post at ``candidate`` (without an element: its URL alone)."""
    if root is None:
        link = _LINK.search(markup)
        return _post(candidate, link.group(1), link.group(2), {}) if link else None
    m = _POST.match(root.get("data-telegram-post") or "")
    if m is None:
        m = url_of(attributes_of(root), _IFRAME)
    if m is None:
        m = next(filter(None, map(_LINK.search, proxied(attributes_of(root)))), None)
    if m is None:
        return None
    channel, number = m.groups()
    return _post(candidate, channel, number, options(root))


def _post(candidate: Candidate, channel: str, number: str, options: dict[str, str]) -> Embed:
    return Embed(
        platform=_T,
        kind="post",
        form=candidate.form,
        escaped=candidate.escaped,
        span=(candidate.start, candidate.end),
        post_id=f"{channel}/{number}",
        url=f"https://t.me/{channel}/{number}",
        author=Author(name=None, handle=channel),
        options=options,
    )
