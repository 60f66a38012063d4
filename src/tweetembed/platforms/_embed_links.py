"""An embed's own link, kept by an extractor that writes Markdown (html2text).

An embed code marks its links (Instagram's ``?utm_source=ig_embed``). An extractor
that keeps links writes them as Markdown links, in a quoted block where the
blockquote stood::

    > [ View this post on Instagram
    > ](https://www.instagram.com/reel/ID/?utm_source=ig_embed&utm_campaign=loading)

A marked link to a post that opens its line (after the quote's markers) is what is
left of the embed; the region is the block it opens (its quoted lines, or its
paragraph), so that the block's other links to the post are not read again. A marked
link that closes a footer (Bluesky's ``— Name ([@handle](…)) [date](post?ref_src=embed)``)
ends the embed instead: the region is the block that ends with it. A marked link
inside a sentence ("In [his Instagram](…?utm_source=ig_embed) announcement") is a
link the article's author copied, not an embed. An unmarked link is an embed's when it
is all its quote holds (Threads' and Mastodon's codes hold only the post's link)::

    > [ Post by @zuckView on
    > Threads](https://www.threads.net/@zuck/post/ID)
"""

from __future__ import annotations

import re

from ..forms import Form
from ..markers import Marker, TextFinder
from ._markup import date_of
from ._stripped import MARKDOWN_ESCAPE

__all__ = ["block_end", "date_link_markers", "embed_link_markers", "quoted_link_markers"]

# How far a link's text, its URL and its block reach at most.
_MAX_TEXT = 2048
_MAX_URL = 2048
_MAX_BLOCK = 8192
_MAX_LEAD = 200  # quote markers and indentation before a link that opens its line
_MAX_FOOTER = 600  # how far before a footer's date link its dash and handle stand
_MAX_POST = 2048  # how far above its footer a post's text starts at most (300 characters
# and their links' URLs, in Markdown)
_MAX_DATE = 80  # a date link's text ("Thursday, August 27, 2015 at 10:14 AM")
_DASHES = ("—", "–", "--")
# A blank line (quoted or not), reversed: searched back from a link.
_BLANK_LINE = re.compile(r"\n[ \t>]*\n")


def _link_at(text: str, hit: int, pattern: re.Pattern[str]) -> tuple[int, int, int] | None:
    """The Markdown link whose URL holds ``hit`` and names a post: where its "[", its
    URL's "(" and its ")" are."""
    # The link's "](" and the URL's start: the needle is in the URL's host.
    low = max(0, hit - _MAX_TEXT)
    url_start = text.rfind("(", low, hit)
    if url_start < 1 or text[url_start - 1] != "]" or " " in text[url_start:hit].strip():
        return None
    url_end = text.find(")", hit, hit + _MAX_URL)
    if url_end < 0 or pattern.search(text, url_start + 1, url_end) is None:
        return None
    # The link's "[": no bracket between it and the "](".
    bracket = text.rfind("[", low, url_start - 1)
    if bracket < 0 or text.find("]", bracket + 1, url_start - 1) >= 0:
        return None
    return bracket, url_start, url_end


def _finder(pattern: re.Pattern[str]) -> TextFinder:
    def finds(text: str, hit: int) -> tuple[int, int, Form] | None:
        """The block that the marked Markdown link around ``hit`` opens (if it opens
        its line) or closes (if it closes a footer), if it names a post."""
        link = _link_at(text, hit, pattern)
        if link is None:
            return None
        bracket, _, url_end = link
        if _closes_footer(text, bracket, url_end + 1):
            return _block_start(text, bracket), url_end + 1, "text"
        # Only the quote's markers or indentation before it on its line (looked at
        # over a bounded stretch: a line of thousands of links costs each its own).
        line = bracket
        while line > 0 and bracket - line < _MAX_LEAD and text[line - 1] in " \t>":
            line -= 1
        if line > 0 and text[line - 1] != "\n":
            return None  # a link inside a sentence
        quoted = ">" in text[line:bracket]
        return line, block_end(text, url_end + 1, quoted), "text"

    return finds


def _date_link_finder(pattern: re.Pattern[str], author: re.Pattern[str]) -> TextFinder:
    def finds(text: str, hit: int) -> tuple[int, int, Form] | None:
        """The block that the post's date link around ``hit`` closes: the link ends
        its line, its text reads as a date, and a link that ``author`` finds (the
        author's page) stands before it in its paragraph."""
        link = _link_at(text, hit, pattern)
        if link is None:
            return None
        bracket, url_start, url_end = link
        if not _ends_line(text, url_end + 1):
            return None
        head = _paragraph_head(text, bracket)
        if author.search(head) is None:
            return None
        label = " ".join(text[bracket + 1 : url_start - 1].replace(">", " ").split())
        if len(label) > _MAX_DATE or date_of(MARKDOWN_ESCAPE.sub(r"\1", label), (None,)) is None:
            return None
        return _block_start(text, bracket), url_end + 1, "text"

    return finds


def _closes_footer(text: str, bracket: int, after: int) -> bool:
    """Whether the link from ``bracket`` to ``after`` ends its line and a footer: a
    dash, then an author's ``(@handle`` (perhaps a link, "([@"), before it in its
    paragraph."""
    if not _ends_line(text, after):
        return False
    head = _paragraph_head(text, bracket)
    handle = max(head.rfind("(@"), head.rfind("([@"))
    return handle > 0 and any(dash in head[:handle] for dash in _DASHES)


def _ends_line(text: str, position: int) -> bool:
    """Whether only white space follows ``position`` on its line."""
    end = text.find("\n", position, position + _MAX_LEAD)
    return not text[position : end if end >= 0 else position + _MAX_LEAD].strip(" \t\r")


def _paragraph_head(text: str, position: int) -> str:
    """The text of the paragraph before ``position`` (within ``_MAX_FOOTER``)."""
    low = max(0, position - _MAX_FOOTER)
    blank = _BLANK_LINE.search(text[low:position][::-1])  # (the nearest one: read backwards)
    return text[position - blank.start() if blank else low : position]


def _block_start(text: str, position: int) -> int:
    """The start of the quoted lines (or the paragraph) that end at ``position``."""
    limit = max(0, position - _MAX_POST)
    start = text.rfind("\n", limit, position) + 1 or limit
    quoted = text[start:position].lstrip(" \t").startswith(">")
    while start > limit:
        above = text.rfind("\n", limit, start - 1) + 1 or limit
        line = text[above : start - 1]
        if not (line.lstrip(" \t").startswith(">") if quoted else line.strip()):
            break
        start = above
    return start


def block_end(text: str, position: int, quoted: bool) -> int:
    """The end of the quoted lines (or the paragraph) that go on at ``position``."""
    limit = min(len(text), position + _MAX_BLOCK)
    end = text.find("\n", position, limit)
    while end >= 0:
        following = text.find("\n", end + 1, limit)
        line = text[end + 1 : following if following >= 0 else limit]
        if not (line.lstrip(" \t").startswith(">") if quoted else line.strip()):
            return end
        end = following
    return limit


def _quoted_link_finder(pattern: re.Pattern[str], credit: re.Pattern[str] | None) -> TextFinder:
    def finds(text: str, hit: int) -> tuple[int, int, Form] | None:
        """The quote around ``hit`` when it holds nothing but one link to a post that
        ``pattern`` finds (and the credit ``credit`` matches after it): what html2text
        keeps of an embed code whose blockquote holds only the post's link (Threads',
        Mastodon's: "Post by @user View on …"), or that and its credit (Reddit's "by
        [u/user](…) in [subreddit](…)")."""
        link = _link_at(text, hit, pattern)
        if link is None:
            return None
        bracket, _, url_end = link
        # The line above first (one line, not the quote): text there, in the quote,
        # and the link is not all the quote holds.
        line = text.rfind("\n", max(0, bracket - _MAX_LEAD), bracket) + 1
        above = text[text.rfind("\n", max(0, line - _MAX_LEAD), max(0, line - 1)) + 1 : line]
        if line and above.lstrip(" \t").startswith(">") and above.strip(_QUOTE_MARKS):
            return None
        start = _block_start(text, bracket)
        if text[start:bracket].strip(_QUOTE_MARKS) or ">" not in text[start:bracket]:
            return None  # not a quote, or text before the link in it
        end = block_end(text, url_end + 1, True)
        rest = text[url_end + 1 : end]
        if rest.strip(_QUOTE_MARKS) and (
            credit is None or credit.fullmatch(" ".join(rest.replace(">", " ").split())) is None
        ):
            return None
        return start, end, "text"

    return finds


_QUOTE_MARKS = " \t\r\n>"


def quoted_link_markers(
    platform: str, kind: str, needles: tuple[str, ...], path: bytes, pattern: re.Pattern[str],
    credit: re.Pattern[str] | None = None,
) -> tuple[Marker, ...]:  # fmt: skip
    """The markers of a Markdown quote that holds only a link to one of ``platform``'s
    posts (and the code's ``credit`` after it): ``needles``, ``path`` and ``pattern``
    as for :func:`embed_link_markers`."""
    # (A scan shape: the URL closes a Markdown link; with a credit, maybe mid-line.)
    tail = rb"" if credit is not None else rb"[ \t]*(?:\r?\n|$)"
    shape = re.compile(path + rb"[^\s)]{0,400}\)" + tail, re.IGNORECASE)
    finds = _quoted_link_finder(pattern, credit)
    return tuple(
        Marker(needle, platform, kind, "text", finds=finds, shape=shape) for needle in needles
    )


def date_link_markers(
    platform: str, kind: str, needles: tuple[str, ...], path: bytes, pattern: re.Pattern[str],
    author: re.Pattern[str],
) -> tuple[Marker, ...]:  # fmt: skip
    """The markers of ``platform``'s date links that close an embed's footer in
    Markdown, unmarked (Facebook's "Posted by [Name](page) on [Date](post)"):
    ``needles``, ``path`` and ``pattern`` as for :func:`embed_link_markers`,
    ``author`` what the author's link before it holds."""
    # (A scan shape: the URL ends its line, closing a Markdown link.)
    shape = re.compile(path + rb"[^\s)]{0,400}\)[ \t]*(?:\r?\n|$)", re.IGNORECASE)
    finds = _date_link_finder(pattern, author)
    return tuple(
        Marker(needle, platform, kind, "text", finds=finds, shape=shape) for needle in needles
    )


def embed_link_markers(
    platform: str, kind: str, needles: tuple[str, ...], path: bytes, mark: bytes,
    pattern: re.Pattern[str],
) -> tuple[Marker, ...]:  # fmt: skip
    """The markers of ``platform``'s marked links: ``needles`` the post's URL holds,
    ``path`` what the bytes from a needle on match (a post's URL, as
    :mod:`._bare_urls` reads it), ``mark`` what the embed code adds to the URL's
    query, ``pattern`` what the URL must hold."""
    # (A scan shape: pages that only link the platform's posts never decode.)
    shape = re.compile(path + rb"/?\?(?:[^\s)]{0,400}?&)?" + re.escape(mark), re.IGNORECASE)
    finds = _finder(pattern)
    return tuple(
        Marker(needle, platform, kind, "text", finds=finds, shape=shape) for needle in needles
    )
