"""Mastodon (and its forks, Truth Social among them): the embed code and its iframe.

Mastodon 4.3+ hands out (mastodon/mastodon, app/views/statuses/embed)::

    <blockquote class="mastodon-embed"
      data-embed-url="https://mastodon.social/@user/ID/embed"> <a href="…/@user/ID">
      … Post by @user@mastodon.social … View on Mastodon</a></blockquote>
    <script data-allowed-prefixes="https://mastodon.social/" src="…/embed.js"></script>

Earlier versions handed out ``<iframe src="https://HOST/@user/ID/embed"
class="mastodon-embed">``; Truth Social writes the same iframe with class
``truthsocial-embed`` (often lazy, in ``data-src``). The server is the URL's host.
Any server may host Mastodon, so where a CMS dropped the class, and for a status's
URL alone on its line, the path tells it: ``/@user/ID/embed`` in an iframe, and
``/@user/ID`` with an id of today's length (15 to 20 digits) on a line of its own
(the scan shapes of the needle ``/@``: TikTok's, Threads' and Medium's ``/@user/``
paths go on with a word, not a number).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .._lazy import re_pattern
from ..candidate import Candidate
from ..ids import mastodon_time
from ..markers import Marker
from ..models import Author, Embed
from ._markup import (
    attributes_of,
    element_urls,
    has_class,
    naming,
    options,
    pointing_at,
    unwrap,
)
from ._proxies import proxied
from ._shared import PostLinks

if TYPE_CHECKING:
    from lxml import etree

__all__ = ["GATES", "LINKS", "MARKERS", "read"]

GATES = ("embed", "/@")

_M = "mastodon"
# https://HOST/@user/ID/embed and https://HOST/users/user/statuses/ID/embed (Truth
# Social's own links to a post: https://truthsocial.com/@user/posts/ID)
_STATUS = re_pattern(
    globals(),
    "_STATUS",
    r"https?://([A-Za-z0-9.-]{1,253}\.[A-Za-z]{2,63})/(?:@|users/)([A-Za-z0-9_.-]{1,64})"
    r"(?:@[A-Za-z0-9.-]+)?/(?:statuses/|posts/)?(\d{1,20})(?:/embed)?",
    re.I,
)
# A status as an embed service names it: any server hosts one, so only a status id
# of today's length, ending the path, tells it from other sites' /@user/ links.
_STATUS_LINK = re_pattern(
    globals(),
    "_STATUS_LINK",
    r"https?://[A-Za-z0-9.-]{1,253}\.[A-Za-z]{2,63}/(?:@|users/)[A-Za-z0-9_.-]{1,64}"
    r"(?:@[A-Za-z0-9.-]+)?/(?:statuses/|posts/)?\d{15,20}(?:[/?#]|$)",
    re.I,
)

# An account's path on any server (the needle "/@" starts it), before a status id.
_ACCOUNT = rb"/@[A-Za-z0-9_.-]{1,64}(?:@[A-Za-z0-9.-]{1,253})?/"
# A status's embed page: its path.
_EMBED_PATH = _ACCOUNT + rb"\d{1,20}/embed(?![A-Za-z0-9_-])"
_EMBED_URL = re_pattern(
    globals(),
    "_EMBED_URL",
    r"https?://[A-Za-z0-9.-]{1,253}\.[A-Za-z]{2,63}" + _EMBED_PATH.decode("ascii"),
    re.I,
)
# A status's URL alone on its line: its path, an id of today's length ending it.
_BARE_PATH = _ACCOUNT + rb"(?:posts/)?\d{15,20}(?![A-Za-z0-9_.-])"

MARKERS: tuple[Marker, ...] = (
    Marker("mastodon-embed", _M, "post", "blockquote", has_class("mastodon-embed", "blockquote")),
    Marker("mastodon-embed", _M, "post", "iframe", has_class("mastodon-embed", "iframe")),
    # The blockquote without its class (Readability.js, sanitizers): its embed URL.
    Marker(
        "data-embed-url", _M, "post", "blockquote",
        naming("data-embed-url", _EMBED_URL, "blockquote"),
    ),
    Marker("truthsocial-embed", _M, "post", "iframe", has_class("truthsocial-embed", "iframe")),
    # Its iframe without a class (a CMS's sanitizer dropped it).
    Marker(
        "/@", _M, "post", "iframe", pointing_at(_EMBED_URL, "iframe"),
        shape=re.compile(_EMBED_PATH, re.I),
    ),
)  # fmt: skip

LINKS = PostLinks(
    "post", _STATUS_LINK, bare_needles=("/@",), bare_path=_BARE_PATH, quoted_link=True
)


def read(
    root: etree._Element | None, markup: str, candidate: Candidate, page_lang: str | None
) -> Embed | None:
    """The Mastodon status at ``candidate`` (without an element: its URL alone)."""
    values: list[str | None] = [markup]
    if root is not None:
        values = [root.get("data-embed-url"), *element_urls(root)]
        values += [a.get("href") for a in root.iter("a")]
        values += [url for url in proxied(attributes_of(root)) if _STATUS_LINK.search(url)]
    match = next((m for v in filter(None, values) if (m := _STATUS.search(unwrap(v)))), None)
    if match is None:
        return None
    host, user, status_id = match.groups()
    host = host.lower()
    return Embed(
        platform=_M,
        kind="post",
        form=candidate.form,
        escaped=candidate.escaped,
        span=(candidate.start, candidate.end),
        post_id=status_id,
        url=f"https://{host}/@{user}/{status_id}",
        author=Author(name=None, handle=f"{user}@{host}"),
        created_at=mastodon_time(status_id),
        options=options(root) if root is not None else {},
    )
