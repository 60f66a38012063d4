"""Bluesky: the embed code's blockquote and the iframe embed.js leaves.

embed.bsky.app writes (bluesky-social/social-app, bskyembed)::

    <blockquote class="bluesky-embed" data-bluesky-uri="at://DID/app.bsky.feed.post/RKEY"
      data-bluesky-cid="CID"><p lang="en">text<br><br>
      <a href="https://bsky.app/profile/DID/post/RKEY?ref_src=embed">[image or embed]</a></p>
      &mdash; Name (<a href="https://bsky.app/profile/DID?ref_src=embed">@handle</a>)
      <a href="https://bsky.app/profile/DID/post/RKEY?ref_src=embed">November 25, 2024 at
      12:58 AM</a>
    </blockquote>

in the copier's language (some write ``<a>Name (@handle)</a>`` and an ISO date);
embed.js replaces it with ``<iframe src="https://embed.bsky.app/embed/DID/app.bsky.feed.post/RKEY">``.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .._lazy import re_pattern
from ..candidate import Candidate
from ..ids import bluesky_time
from ..markers import Marker
from ..models import Author, BlueskyPost, Mention
from ..text import element_text, normalise_lines, raw_text
from ._footers import BLUESKY_FOOTER_HANDLE, find_bluesky_footer, read_footer_form
from ._markup import (
    attributes_of,
    date_of,
    element_urls,
    has_class,
    naming,
    options,
    pointing_at,
    tags_of,
    unwrap,
    url_needles,
)
from ._proxies import proxied
from ._shared import PostLinks
from ._stripped import stripped_paragraphs

if TYPE_CHECKING:
    from lxml import etree

__all__ = ["GATES", "LINKS", "MARKERS", "read"]

GATES = ("embed", "bsky.app/", "bluesky-", "(@", "(\n@")

_B = "bluesky"
_AT_URI = re_pattern(
    globals(),
    "_AT_URI",
    r"at://(did:[a-z0-9]+:[A-Za-z0-9._:%-]{1,200}|[A-Za-z0-9.-]{1,253})/app\.bsky\.feed\.post/([A-Za-z0-9._~:-]{1,512})",
)
_WEB_POST = re_pattern(
    globals(),
    "_WEB_POST",
    r"bsky\.app/profile/([A-Za-z0-9._:%-]{1,253})/post/([A-Za-z0-9._~:-]{1,512})",
)
_IFRAME = re_pattern(
    globals(),
    "_IFRAME",
    r"embed\.bsky\.app/embed/(did:[a-z0-9]+:[A-Za-z0-9._:%-]+)/app\.bsky\.feed\.post/([A-Za-z0-9._~:-]+)",
)
_HANDLE = re_pattern(globals(), "_HANDLE", r"@([A-Za-z0-9.-]{1,253})")
# A mention in a post's text: a handle is a domain name (the app's rich-text
# rule: an @ not after a word character, labels of letters, digits and hyphens).
_MENTION = re_pattern(
    globals(),
    "_MENTION",
    r"(?<![\w@])@((?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+"
    r"[A-Za-z](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)",
    re.ASCII,
)
_PLACEHOLDER = "[image or embed]"
# The same as html2text writes it: a link whose text is in brackets.
_PLACEHOLDER_LINK = re_pattern(
    globals(), "_PLACEHOLDER_LINK", r"\[\[image or[\s>]{1,20}embed\]\]\([^()\s]{0,2000}\)"
)
_DASHES = "—–"

# A post's URL (not a profile's or a share link's), where its needle is found.
_BARE_PATH = rb"bsky\.app/profile/[^/\s\"'<>]{1,253}/post/[A-Za-z0-9]{5,20}"

MARKERS: tuple[Marker, ...] = (
    Marker("bluesky-embed", _B, "post", "blockquote", has_class("bluesky-embed", "blockquote")),
    # The blockquote without its class (Readability.js, sanitizers): its post's URI.
    Marker(
        "bluesky-uri",
        _B,
        "post",
        "blockquote",
        naming("data-bluesky-uri", _AT_URI, "blockquote"),
    ),
    *(
        Marker(needle, _B, "post", "rendered", pointing_at(_IFRAME, "iframe"))
        for needle in url_needles("embed.bsky.app/embed/")
    ),
    # What an extractor that keeps text alone leaves: the text, then the footer.
    Marker("(@", _B, "post", "text", finds=find_bluesky_footer, shape=BLUESKY_FOOTER_HANDLE),
    # The same where the code links the handle (before 2025: "(<a>@handle</a>)") and
    # BeautifulSoup's get_text("\n") puts the link on a line of its own: "(\n@h\n)".
    Marker("(\n@", _B, "post", "text", finds=find_bluesky_footer, shape=BLUESKY_FOOTER_HANDLE),
)

LINKS = PostLinks(
    "post",
    _WEB_POST,
    bare_needles=("bsky.app/profile/",),
    bare_path=_BARE_PATH,
    embed_mark=b"ref_src=embed",
)


def _target(root: etree._Element) -> tuple[str | None, str | None]:
    """The author (DID or handle) and record key the element names."""
    values = [root.get("data-bluesky-uri"), *element_urls(root)]
    values += [a.get("href") for a in root.iter("a")]
    values += proxied(attributes_of(root))
    for value in filter(None, values):
        value = unwrap(value)
        m = _AT_URI.search(value) or _IFRAME.search(value) or _WEB_POST.search(value)
        if m is not None:
            return m.group(1), m.group(2)
    return None, None


def _footer(root: etree._Element, body: list[etree._Element]) -> tuple[Author | None, str | None]:
    """Author and date text of the ``— Name (@handle) Date`` footer."""
    links = [a for a in root.iter("a") if not any(a in p.iter("a") for p in body)]
    if not links:
        return None, None
    date_text = element_text(links[-1], inline=True) or None
    footer = element_text(root, skip=[*body, links[-1]], inline=True)
    handle = _HANDLE.search(footer)
    if handle is None:
        return None, date_text
    before = footer[: handle.start()].rstrip(" (")
    dash = max(before.rfind(d) for d in _DASHES)
    name = before[dash + 1 :] if dash >= 0 else before
    return Author(name=name.strip() or None, handle=handle.group(1)), date_text


def _from_text(markup: str) -> tuple[str, Author | None, str | None, str | None]:
    """Text, author, date text and post URL of an embed an extractor kept as Markdown
    (html2text): its last paragraph is the footer, its last link the date's, to the
    post; the paragraphs before it are the post's text."""
    paragraphs = stripped_paragraphs(_PLACEHOLDER_LINK.sub("", markup))
    if not paragraphs or not paragraphs[-1][1]:
        return "", None, None, None
    footer, links = paragraphs[-1]
    date_text, url = " ".join(links[-1][0].split()) or None, links[-1][1]
    author = None
    handle = _HANDLE.search(footer)
    if handle is not None:
        before = footer[: handle.start()].rstrip(" (")
        dash = max(before.rfind(d) for d in (*_DASHES, "--"))
        name = before[dash + 2 if before[dash : dash + 2] == "--" else dash + 1 :]
        author = Author(name=name.strip() or None, handle=handle.group(1))
    return "\n\n".join(text for text, _ in paragraphs[:-1]), author, date_text, url


def read(
    root: etree._Element | None, markup: str, candidate: Candidate, page_lang: str | None
) -> BlueskyPost | None:
    """The Bluesky post at ``candidate`` (without an element: its URL alone)."""
    text, author, date_text = "", None, None
    if root is None:
        url = markup
        if candidate.form == "text":
            text, author, date_text, footer_url = _from_text(markup)
            url = footer_url or markup
        m = _WEB_POST.search(url)
        author_id, rkey = m.groups() if m else (None, None)
        if m is None and candidate.form == "text":
            return _stripped(markup, candidate, page_lang)
    else:
        author_id, rkey = _target(root)
    if rkey is None or author_id is None:
        return None
    did = author_id if author_id.startswith("did:") else None
    if root is not None and root.tag == "blockquote":
        body = list(root.iter("p"))
        placeholders = [
            a for p in body for a in p.iter("a") if element_text(a, inline=True) == _PLACEHOLDER
        ]
        text = "\n\n".join(
            t for t in (normalise_lines(raw_text(p, skip=placeholders)) for p in body) if t
        )
        author, date_text = _footer(root, body)
    if author is None and did is None:
        author = Author(name=None, handle=author_id)
    _, hashtags = tags_of(text)
    mentions = tuple(Mention(m.group(1), m.start(), m.end()) for m in _MENTION.finditer(text))
    return BlueskyPost(
        form=candidate.form,
        escaped=candidate.escaped,
        span=(candidate.start, candidate.end),
        post_id=f"at://{author_id}/app.bsky.feed.post/{rkey}",
        url=f"https://bsky.app/profile/{author_id}/post/{rkey}",
        author=author,
        text=text,
        date=date_of(date_text, (page_lang,)),
        date_text=date_text,
        created_at=bluesky_time(rkey),
        mentions=mentions,
        hashtags=hashtags,
        did=did,
        cid=root.get("data-bluesky-cid") if root is not None else None,
        options=options(root) if root is not None else {},
    )


def _stripped(markup: str, candidate: Candidate, page_lang: str | None) -> BlueskyPost | None:
    """The post a stripped code's footer ends (text that keeps no links): its text,
    author and date; no post's URI, which went with the links."""
    fields = read_footer_form(markup, candidate.found, bluesky=True)
    if not fields:
        return None
    paragraphs = fields["paragraphs"]
    assert isinstance(paragraphs, tuple)
    text = "\n\n".join(p for p in (p.replace(_PLACEHOLDER, "").strip() for p in paragraphs) if p)
    author, date_text = fields["author"], fields["date_text"]
    assert isinstance(author, tuple) and isinstance(date_text, str)
    _, hashtags = tags_of(text)
    mentions = tuple(Mention(m.group(1), m.start(), m.end()) for m in _MENTION.finditer(text))
    return BlueskyPost(
        form=candidate.form,
        escaped=candidate.escaped,
        span=(candidate.start, candidate.end),
        author=Author(*author),
        text=text,
        date=date_of(date_text, (page_lang,)),
        date_text=date_text,
        mentions=mentions,
        hashtags=hashtags,
    )
