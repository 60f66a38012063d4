"""Reddit: the embed code's blockquote (and the older card), the iframe it becomes, AMP.

Reddit's embed code (embed.reddit.com/widgets.js) is::

    <blockquote class="reddit-embed-bq" data-embed-height="740">
      <a href="https://www.reddit.com/r/SUB/comments/ID/slug/">Title</a><br> by
      <a href="https://www.reddit.com/user/NAME/">u/NAME</a> in
      <a href="https://www.reddit.com/r/SUB/">SUB</a></blockquote>

A comment's embed links ``/r/SUB/comments/ID/comment/COMMENT/``. The older
``<blockquote class="reddit-card">`` links the post and ``r/SUB``; AMP writes
``<amp-reddit data-src="POST_URL">``. The script turns the blockquote into
``<iframe src="https://embed.reddit.com/r/SUB/comments/ID/slug/?embed=true&…">``;
Reddit's older embed dialog gave that iframe on ``www.redditmedia.com`` itself.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

from .._lazy import re_pattern
from ..candidate import Candidate
from ..markers import Marker
from ..models import Author, RedditPost
from ..text import element_text
from ._markup import (
    attributes_of,
    element_named,
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
from ._stripped import stripped_text

if TYPE_CHECKING:
    from lxml import etree

__all__ = ["GATES", "LINKS", "MARKERS", "read"]

GATES = ("embed", "reddit", "amp-")

_R = "reddit"
_POST = re_pattern(
    globals(),
    "_POST",
    r"reddit(?:media)?\.com/r/([A-Za-z0-9_]{1,64})/comments/([a-z0-9]{1,16})"
    r"(?:/([^/?#\s]*)(?:/(?:comment/)?([a-z0-9]{1,16}))?)?",
    re.I,
)
_USER = re_pattern(globals(), "_USER", r"reddit\.com/(?:user|u)/([A-Za-z0-9_-]{1,64})", re.I)


# A post's URL (not a profile's or a share link's), where its needle is found.
_BARE_PATH = rb"reddit\.com/r/[A-Za-z0-9_]{1,64}/comments/[a-z0-9]{1,16}"

_DIGIT = re_pattern(globals(), "_DIGIT", r"\d")

MARKERS: tuple[Marker, ...] = (
    Marker("reddit-embed-bq", _R, "post", "blockquote", has_class("reddit-embed-bq", "blockquote")),
    Marker("reddit-card", _R, "post", "blockquote", has_class("reddit-card", "blockquote")),
    # The blockquote without its class (Readability.js, sanitizers): the height its
    # code writes (a blockquote without a post's link inside reads as nothing).
    Marker(
        "embed-height", _R, "post", "blockquote", naming("data-embed-height", _DIGIT, "blockquote")
    ),
    Marker("amp-reddit", _R, "post", "amp", element_named("amp-reddit")),
    *(
        Marker(needle, _R, "post", "iframe", pointing_at(_POST, "iframe"))
        for host in ("embed.reddit.com/r/", "redditmedia.com/r/")
        for needle in url_needles(host)[:2]  # plain, and in a JSON string
    ),
)

# The credit after the post's link in the code's blockquote, as html2text keeps it:
# "by [u/user](…/user/…) in [subreddit](…/r/…)" (the older card's "from [r/sub](…)"; a
# comment's "by [u/user](…) from discussion [title](…/comments/…) in [subreddit](…)").
_CREDIT_LINK = r"\[[^\[\]]{1,300}\]\([^()\s]{0,300}reddit\.com/(?:user|u|r)/[^()\s]{0,300}\)"
_CREDIT = re_pattern(
    globals(),
    "_CREDIT",
    rf"(?:[^\W\d]{{1,10}} ?){{0,2}}{_CREDIT_LINK}"
    rf"(?: ?(?:[^\W\d]{{1,10}} ?){{0,2}}{_CREDIT_LINK}){{0,2}}",
    re.IGNORECASE,
)
LINKS = PostLinks(
    "post",
    _POST,
    bare_needles=("reddit.com/r/",),
    bare_path=_BARE_PATH,
    quoted_link=True,
    quote_credit=_CREDIT,
)


def read(
    root: etree._Element | None, markup: str, candidate: Candidate, page_lang: str | None
) -> RedditPost | None:
    """The Reddit post or comment at ``candidate`` (without an element: its URL alone)."""
    links = list(root.iter("a")) if root is not None else []
    title: str | None = None
    match = None
    values: list[tuple[str | None, etree._Element | None]] = [(markup, None)]
    if root is None and "](" in markup:  # the code as Markdown: its links' text and URLs
        return _from_markdown(markup, candidate)
    if root is not None:
        values = [
            *((url, None) for url in element_urls(root)),
            *((a.get("href"), a) for a in links),
        ]
        values += [(url, None) for url in proxied(attributes_of(root))]
    for value, text in values:
        m = _POST.search(unwrap(value or ""))
        if m is not None:
            match = m
            title = element_text(text, inline=True) if text is not None else None
            break
    if match is None:
        return None
    if match.group(4):
        pairs = ((element_text(a, inline=True), a.get("href") or "") for a in links)
        title = _discussion_title(pairs, match.group(2))
    user = next((u.group(1) for a in links if (u := _USER.search(a.get("href") or ""))), None)
    return _post(candidate, match, title, user, options(root) if root is not None else {})


def _discussion_title(links: Iterable[tuple[str, str]], post_id: str) -> str | None:
    """A comment's title: the text of the link (of ``links``' text and target pairs)
    to its discussion ("Comment from discussion <a>title</a>"). The comment's own link
    says only "Comment"."""
    for text, href in links:
        m = _POST.search(unwrap(href))
        if m is not None and not m.group(4) and m.group(2).lower() == post_id.lower():
            return text or None
    return None


def _from_markdown(markup: str, candidate: Candidate) -> RedditPost | None:
    """The post of the code's blockquote as html2text writes it: the post's link (its
    text the title), the user's link after it."""
    links = [(" ".join(text.split()), href) for text, href in stripped_text(markup)[1]]
    post = next(((text, m) for text, href in links if (m := _POST.search(unwrap(href)))), None)
    if post is None:
        return None
    title, match = post
    if match.group(4):  # a comment: the title is its discussion link's text
        title = _discussion_title(links, match.group(2)) or ""
    user = next((u.group(1) for _, href in links if (u := _USER.search(href))), None)
    return _post(candidate, match, title, user, {})


def _post(
    candidate: Candidate,
    match: re.Match[str],
    title: str | None,
    user: str | None,
    options: dict[str, str],
) -> RedditPost:
    """The record of the post or comment that ``match`` (of ``_POST``) names."""
    subreddit, post_id, _, comment = match.groups()  # (a slug "comment": /comment/ID/)
    return RedditPost(
        kind="comment" if comment else "post",
        form=candidate.form,
        escaped=candidate.escaped,
        span=(candidate.start, candidate.end),
        post_id=post_id.lower(),
        url=f"https://www.reddit.com/r/{subreddit}/comments/{post_id.lower()}/"
        + (f"comment/{comment.lower()}/" if comment else ""),
        author=Author(name=None, handle=user) if user else None,
        subreddit=subreddit,
        title=title or None,
        options=options,
    )
