"""Tweets' blockquotes that lost their class, found by their footer.

Readability.js (Firefox's reader view, and the libraries built on it) removes every
``class`` attribute, and so do many HTML sanitizers (feeds, newsletters, CMS
imports); what stays of the embed code is a plain ``<blockquote>`` that still ends
the way Twitter's code ends it (mozilla/readability's test page 001)::

    <blockquote><p>text</p>— Shay Friedman (@ironshay)
    <a href="https://twitter.com/ironshay/statuses/370525864523743232">August 22, 2013</a>
    </blockquote>

A ``(@handle)`` after a dash, then a link to a status, then the blockquote's end tag:
the blockquote is the embed, read as the live one is. trafilatura's XML and HTML
output keeps the footer without its link, the date as text, in a ``<quote>`` (XML) or
a ``<blockquote>``: ``<quote><p>text</p>— Name (@handle) May 4, 2022</quote>``; a
footer that ends so, a date with a digit and nothing else before the end tag, is read
the same way (the post's id went with the link). So is a blockquote that ends in
an empty link to a status: the placeholder that lazy-loading CMSs write
(``<blockquote class="twitter-tweet"><a href="…/status/ID"></a></blockquote>``),
which no one writes by hand.
"""

from __future__ import annotations

import re

from .._lazy import re_pattern
from ..forms import Form

__all__ = ["EMPTY_LINK_SHAPE", "find_bare_blockquote", "find_empty_link_blockquote"]

# How far before its footer a blockquote may open (a tweet's text, its links'
# URLs and its markup), and how far before the handle its name starts.
_MAX_BLOCKQUOTE = 16384
_MAX_NAME = 300
_MAX_LINK_TAG = 2400  # a link's opening tag up to its URL's "/status"
_DASHES = ("—", "&mdash;", "&#8212;", "&#x2014;", "–")
# The handle, the date link to a status, and the blockquote's end tag (after the end
# tags of what an editor wrapped the footer in: "<p>— Name (@h) <a>…</a></p>").
# (trafilatura's XML writes the link as <ref target="…"> in a <quote>.)
_FOOTER_END = re_pattern(
    globals(),
    "_FOOTER_END",
    r"\(@[A-Za-z0-9_]{1,15}\s*\)\s{0,400}"
    r"<(a|ref)\s[^<>]{0,2000}?\b(?:href|target)\s*=\s*[\"']?[^\"'<>\s]{0,200}(?:twitter|x)\.com/"
    r"[^\"'<>\s]{0,100}/status(?:es)?/\d[^<>]{0,2000}>[^<>]{0,100}</(?:a|ref)\s*>"
    r"(?:\s{0,400}(?:<br\s*/?>|</[A-Za-z][A-Za-z0-9]{0,20}\s*>)){0,20}?\s{0,400}"
    r"</(blockquote|quote)\s*>",
    re.IGNORECASE,
)
# trafilatura's footer: the handle, a date as text (a digit in it, no tag), the end tag
# of its <quote> or <blockquote>.
_TEXT_FOOTER_END = re_pattern(
    globals(),
    "_TEXT_FOOTER_END",
    r"\(@[A-Za-z0-9_]{1,15}\s*\)[^<>\d\n]{0,40}\d[^<>\n]{0,60}</(blockquote|quote)\s*>",
    re.IGNORECASE,
)
# A blockquote's opening tag, or trafilatura's <quote>'s.
_QUOTE_OPEN = re_pattern(
    globals(), "_QUOTE_OPEN", r"<(blockquote|quote)(?=[\s/>])[^<>]{0,4096}>", re.IGNORECASE
)


def find_bare_blockquote(text: str, hit: int) -> tuple[int, int, Form] | None:
    """The blockquote that the footer whose ``(@`` is at ``hit`` closes, if any."""
    end = _FOOTER_END.match(text, hit)
    if end is not None:
        tag = end.group(2).lower()
    else:
        end = _TEXT_FOOTER_END.match(text, hit)
        if end is None:
            return None
        tag = end.group(1).lower()
    # The dash and the name: text after the body's last tag ("</p>— Name (@handle)").
    low = max(0, hit - _MAX_NAME)
    name = text[text.rfind(">", low, hit) + 1 or low : hit]
    if not any(dash in name for dash in _DASHES):
        return None
    start = _open_blockquote(text, hit, tag)
    return None if start is None else (start, end.end(), "blockquote")


def _open_blockquote(text: str, position: int, tag: str = "blockquote") -> int | None:
    """Where the ``tag`` element (a blockquote, or trafilatura's ``<quote>``) that is
    still open at ``position`` starts, if one is (its end tag not yet written: a footer
    or link after the end tag is not this one's)."""
    low = max(0, position - _MAX_BLOCKQUOTE)
    opening, upper = "<" + tag, "<" + tag.upper()
    start = max(text.rfind(opening, low, position), text.rfind(upper, low, position))
    opened = _QUOTE_OPEN.match(text, start) if start >= 0 else None
    if opened is None or opened.group(1).lower() != tag:
        return None
    between = text[start:position]
    return None if "</" + tag in between or "</" + tag.upper() in between else start


# From a status URL's "/status" on: the rest of the URL and of its link's tag, no
# text (or a no-break space), the link's and the blockquote's end tags.
# (One class for all that follows the id up to the tag's end: two classes that share
# characters would be tried at every split between them, on every status URL.)
_URL_REST = r"/status(?:es)?/\d[^<>]{0,2000}>"
_ENDS = r"</a\s*>\s{0,400}</blockquote\s*>"
_EMPTY_LINK = re_pattern(
    globals(), "_EMPTY_LINK", _URL_REST + r"(?:\s|&nbsp;|&#160;|\u00a0){0,20}" + _ENDS, re.I
)
# The same in the page's bytes (UTF-8) before they are decoded.
_EMPTY_LINK_BYTES = re.compile(
    (_URL_REST + r"(?:\s|&nbsp;|&#160;|\xc2\xa0){0,20}" + _ENDS).encode("ascii"), re.I
)
_STATUS_ID = re.compile(rb"/status(?:es)?/\d", re.I)


class _EmptyLinkShape:
    """The scan shape of an empty link to a status: the pattern tried only where the
    link's tag ends within reach, told by two byte finds (a run of status URLs outside
    any tag must not cost each hit a scan of the reach by the pattern)."""

    __slots__ = ()

    def match(self, data: bytes, pos: int, /) -> object | None:
        if _STATUS_ID.match(data, pos) is None:
            return None
        close = data.find(b">", pos, pos + 2010)
        if close < 0 or data.find(b"<", pos, close) >= 0:
            return None
        return _EMPTY_LINK_BYTES.match(data, pos)


EMPTY_LINK_SHAPE = _EmptyLinkShape()
_LINK_OPEN = re_pattern(
    globals(), "_LINK_OPEN", r"<a\s[^<>]{0,2000}?\bhref\s*=\s*[\"']?[^\"'<>\s]{0,200}$", re.I
)


def find_empty_link_blockquote(text: str, hit: int) -> tuple[int, int, Form] | None:
    """The blockquote that the empty link to a status around ``hit`` ends, if any."""
    end = _EMPTY_LINK.match(text, hit)
    if end is None:
        return None
    low = max(0, hit - _MAX_LINK_TAG)
    link = text.rfind("<a", low, hit)
    if link < 0 or _LINK_OPEN.match(text, link, hit) is None:
        return None
    start = _open_blockquote(text, link)
    return None if start is None else (start, end.end(), "blockquote")
