"""Threads: the embed code's blockquote, and the iframe it becomes.

Threads' embed code (threads.net/embed.js) is::

    <blockquote class="text-post-media"
      data-text-post-permalink="https://www.threads.net/@user/post/SHORTCODE"
      data-text-post-version="0" id="ig-tp-SHORTCODE"> <a href="…/@user/post/SHORTCODE">
      … View on Threads</a></blockquote>

Threads' script puts ``<iframe src="https://www.threads.net/@user/post/SHORTCODE/embed/">``
in its place (threads.com since 2025). It carries no text of the post. Threads posts
are Instagram media: the shortcode encodes the time as an Instagram one does. A
record's URL is the post's canonical one on the host the markup names.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .._lazy import re_pattern
from ..candidate import Candidate
from ..ids import instagram_time
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
    url_needles,
)
from ._proxies import proxied
from ._shared import PostLinks

if TYPE_CHECKING:
    from lxml import etree

__all__ = ["GATES", "LINKS", "MARKERS", "read"]

GATES = ("-post", "threads.")

_POST = re_pattern(
    globals(),
    "_POST",
    # (The short permalink /t/ID names no user: older codes and oEmbed answers.)
    r"threads\.(net|com)/(?:@([A-Za-z0-9_.]{1,30})/post|t)/([A-Za-z0-9_-]{5,60})",
    re.I,
)
# A rendered embed's URL, checked where its needle is found: a profile link
# (threads.net/@paper, in many pages' footers) must not cost a page its fast path.
_EMBED_SHAPE = re_pattern(
    globals(),
    "_EMBED_SHAPE",
    rb"threads\.(?:net|com)\\?/@[A-Za-z0-9_.]{1,30}\\?/post\\?/[A-Za-z0-9_-]{5,60}\\?/embed",
    re.I,
)

# A post's URL (not a profile's or a share link's), where its needle is found.
# (Also the short permalink, /t/ID, which names no user.)
_BARE_PATH = rb"threads\.(?:net|com)/(?:@[A-Za-z0-9_.]{1,30}/post|t)/[A-Za-z0-9_-]{5,60}"

MARKERS: tuple[Marker, ...] = (
    Marker(
        "text-post-media",
        "threads",
        "post",
        "blockquote",
        has_class("text-post-media", "blockquote"),
    ),
    # The blockquote without its class (Readability.js, sanitizers): its permalink.
    Marker(
        "text-post-permalink",
        "threads",
        "post",
        "blockquote",
        naming("data-text-post-permalink", _POST, "blockquote"),
    ),
    *(
        Marker(
            needle, "threads", "post", "iframe", pointing_at(_POST, "iframe"), shape=_EMBED_SHAPE
        )
        for host in ("threads.net/@", "threads.com/@")
        for needle in url_needles(host)[:2]  # plain, and in a JSON string
    ),
)

LINKS = PostLinks(
    "post",
    _POST,
    bare_needles=("threads.net/@", "threads.com/@", "threads.net/t/", "threads.com/t/"),
    bare_path=_BARE_PATH,
    quoted_link=True,
)


def read(
    root: etree._Element | None, markup: str, candidate: Candidate, page_lang: str | None
) -> Embed | None:
    """The Threads post at ``candidate`` (without an element: the post's URL alone)."""
    values: list[str | None] = [markup]
    if root is not None:
        values = [
            root.get("data-text-post-permalink"),
            *element_urls(root),
            *(a.get("href") for a in root.iter("a")),
        ]
        values += proxied(attributes_of(root))
    match = next((m for v in filter(None, values) if (m := _POST.search(unwrap(v)))), None)
    if match is None:
        return None
    # The host stays the one the markup names: threads.net until 2025, threads.com
    # since (Threads' own code and permalinks moved; the old host redirects).
    host, user, code = match.groups()
    host = host.lower()
    return Embed(
        platform="threads",
        kind="post",
        form=candidate.form,
        escaped=candidate.escaped,
        span=(candidate.start, candidate.end),
        post_id=code,
        url=f"https://www.threads.{host}/@{user}/post/{code}"
        if user
        else f"https://www.threads.{host}/t/{code}",
        author=Author(name=None, handle=user) if user else None,
        created_at=instagram_time(code),
        options=options(root) if root is not None else {},
    )
