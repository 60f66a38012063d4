"""LinkedIn: the embedded post's iframe.

LinkedIn's "Embed this post" code is::

    <iframe src="https://www.linkedin.com/embed/feed/update/urn:li:share:ID"
      height="…" width="504" frameborder="0" allowfullscreen title="Embedded post"></iframe>

(``urn:li:activity:ID`` and ``urn:li:ugcPost:ID`` too). ``post_id`` is the URN.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .._lazy import re_pattern
from ..candidate import Candidate
from ..ids import linkedin_time
from ..markers import Marker
from ..models import Embed
from ._markup import attributes_of, options, pointing_at, url_needles, url_of
from ._proxies import proxied
from ._shared import PostLinks

if TYPE_CHECKING:
    from lxml import etree

__all__ = ["GATES", "LINKS", "MARKERS", "read"]

GATES = ("embed", "linkedin.com/")

_URN = re_pattern(
    globals(),
    "_URN",
    r"linkedin\.com/embed/feed/update/(urn(?::|%3A)li(?::|%3A)(activity|share|ugcPost)(?::|%3A)(\d{1,25}))",
    re.I,
)

# A post's own link, as an embed service names what it shows: its feed URL, or the
# share page whose slug ends in the URN's kind and number.
_POST_LINK = re_pattern(
    globals(),
    "_POST_LINK",
    r"linkedin\.com/(?:feed/update/urn(?::|%3A)li(?::|%3A)(activity|share|ugcPost)(?::|%3A)"
    # (The slug's last word is joined by "_" where the post has no text to name it by:
    # posts/user_activity-ID.)
    r"|posts/[^/?#\s]{0,300}?[-_](activity|share|ugcPost)-)(\d{1,25})",
    re.I,
)

# A post's URL (not a profile's or a share link's), where its needle is found.
_BARE_PATH = (
    rb"linkedin\.com/(?:posts/[^\s\"'<>]{1,300}?[-_](?:activity|share|ugcPost)-\d{10,25}"
    rb"|feed/update/urn:li:(?:activity|share|ugcPost):\d{10,25})"
)

MARKERS: tuple[Marker, ...] = (
    *(
        Marker(needle, "linkedin", "post", "iframe", pointing_at(_URN, "iframe"))
        for needle in url_needles("linkedin.com/embed/")
    ),
)

LINKS = PostLinks(
    "post",
    _POST_LINK,
    bare_needles=("linkedin.com/posts/", "linkedin.com/feed/update/"),
    bare_path=_BARE_PATH,
)


def read(
    root: etree._Element | None, markup: str, candidate: Candidate, page_lang: str | None
) -> Embed | None:
    """The LinkedIn post at ``candidate`` (without an element: its URL alone)."""
    attributes = attributes_of(root) if root is not None else {}
    m = url_of(attributes, _URN)
    if m is not None:
        kind, number = m.group(2), m.group(3)
    else:  # an embed service's element, or the post's URL alone
        urls = proxied(attributes) if root is not None else (markup,)
        link = next(filter(None, map(_POST_LINK.search, urls)), None)
        if link is None:
            return None
        kind, number = link.group(1) or link.group(2), link.group(3)
    urn = f"urn:li:{kind}:{number}"
    return Embed(
        platform="linkedin",
        kind="post",
        form=candidate.form,
        escaped=candidate.escaped,
        span=(candidate.start, candidate.end),
        post_id=urn,
        url=f"https://www.linkedin.com/feed/update/{urn}/",
        created_at=linkedin_time(number),
        options=options(root) if root is not None else {},
    )
