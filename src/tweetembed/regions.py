"""Where an embed element whose opening tag locate found ends: its matching end tag,
plain or as an escaping writes it (nested elements of its name counted), and the end
of the JSON string an escaped copy sits in.

Every search here looks for the element's name in the page's lower-cased bytes (a
SIMD search) and tries a pattern only there: an escaped copy's region runs over tens
of KB of JSON, where a regex would be tried at every byte.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterator

import stringzilla

from .escapes import ESCAPINGS, Escaping
from .escapes import tag_pattern as escaped_tag_pattern

__all__ = [
    "ESCAPED",
    "JSON_IN_HTML",
    "MAX_TAG",
    "OPENER_TOKENS",
    "JsonStrings",
    "any_opener",
    "closed_alone",
    "heads",
    "region_end",
    "self_closed",
    "tag_matches",
    "tag_pattern",
]

# StringZilla's SIMD search (it ships no type hints).
_find: Callable[..., int] = stringzilla.find

# The longest opening tag read.
MAX_TAG = 4096

# Escaped markup: "<" and its closers as each escaping writes them, in bytes.
ESCAPED = tuple(
    (
        e.name,
        tuple(t.encode("ascii") for t in e.openers),
        tuple(t.encode("ascii") for t in e.closers),
    )
    for e in ESCAPINGS
)

# Every opener token, with the index of its escaping in ESCAPED (-1: none).
OPENER_TOKENS = (
    (b"<", -1),
    *((token, index) for index, (_, openers, _) in enumerate(ESCAPED) for token in openers),
)


# The escaping of JSON markup whose string sits in an attribute value: JSON tokens
# for its tags, reported as "html".
JSON_IN_HTML = "json+html"


@functools.lru_cache(maxsize=32)
def tag_pattern(tag: str, escaping: str | None) -> re.Pattern[bytes]:
    """Opening and end tags named ``tag`` (group 1: the slash), plain or escaped."""
    if escaping is not None:
        pattern = escaped_tag_pattern("json" if escaping == JSON_IN_HTML else escaping, tag)
        return re.compile(pattern.pattern.encode("ascii"), pattern.flags & re.IGNORECASE)
    name = re.escape(tag).encode("ascii")
    return re.compile(rb"<(/?)" + name + rb"(?=[\s/>])[^<>]{0,%d}>" % MAX_TAG, re.I)


# The most text that stands before a tag's name: its "<" and "/" as an escaping
# writes them ("&amp;#x3c;&amp;#47;").
_HEAD = 24
_ESCAPING = {e.name: e for e in ESCAPINGS}


@functools.lru_cache(maxsize=32)
def tag_head(tag: str, escaping: str | None) -> re.Pattern[bytes]:
    """What :func:`tag_pattern` matches up to the end of the tag's name."""
    name = re.escape(tag).encode("ascii")
    if escaping is None:
        return re.compile(rb"<(/?)" + name, re.I)
    e: Escaping = _ESCAPING["json" if escaping == JSON_IN_HTML else escaping]
    return re.compile(f"{e.lt}({e.slash})?".encode("ascii") + name, re.I)


def heads(
    data: bytes, lowered: bytes, tag: str, head: re.Pattern[bytes], start: int, end: int
) -> Iterator[re.Match[bytes]]:
    """Matches of ``head`` (a pattern that ends with ``tag``'s name) that lie in
    ``data[start:end]``, in order, each tried only where a SIMD search of the
    lower-cased bytes finds the name. A regex search would try the pattern at every
    byte: the escaped forms have no literal for the engine to skip to, and an
    escaped copy's region runs over tens of KB of JSON."""
    name = tag.encode("ascii")
    after = start  # no head starts before this: its name would be an earlier one
    while (at := _find(lowered, name, after, end)) >= 0:
        # (One byte more for a closing look-ahead.)
        found = head.search(data, max(after, at - _HEAD), min(at + len(name) + 1, end))
        if found is not None:
            yield found
        after = at + 1


def tag_matches(
    data: bytes, lowered: bytes, tag: str, escaping: str | None, start: int, limit: int
) -> Iterator[re.Match[bytes]]:
    """What ``tag_pattern(tag, escaping).finditer(data, start, limit)`` gives."""
    pattern, head, name = tag_pattern(tag, escaping), tag_head(tag, escaping), tag.encode()
    after = start  # where the next match may start; its name is not before either
    while (at := _find(lowered, name, after, limit)) >= 0:
        found = head.search(data, max(after, at - _HEAD), at + len(name))
        m = None if found is None else pattern.match(data, found.start(), limit)
        if m is not None:
            yield m
        after = max(at + 1, m.end() if m is not None else 0)


def region_end(
    data: bytes, lowered: bytes, tag: str, escaping: str | None, open_end: int, limit: int
) -> int | None:
    """End of the element whose opening tag ends at ``open_end``, counting nested ones."""
    depth = 1
    for m in tag_matches(data, lowered, tag, escaping, open_end, limit):
        depth += -1 if m.group(1) else 1
        if depth == 0:
            return m.end()
    return None


@functools.lru_cache(maxsize=64)
def any_opener(tag: str) -> re.Pattern[bytes]:
    """An opening tag named ``tag``, plain or in any escaping (its ``<`` alone)."""
    tokens = b"|".join(re.escape(token) for token, _ in OPENER_TOKENS)
    name = re.escape(tag).encode("ascii")
    return re.compile(rb"(?:" + tokens + rb")" + name + rb"(?![A-Za-z0-9-])", re.I)


# An end tag right after an element's opening tag (as lower-cased bytes).
_END_TAG_AFTER = re.compile(rb"[ \t\r\n]*</([a-z][a-z0-9-]*)[ \t\r\n]*>")


def self_closed(lowered: bytes, tag: str, open_end: int) -> int | None:
    """The end of an element closed in its own opening tag, ``<iframe … />`` or
    ``<lite-youtube … />`` (and past its end tag if one follows at once), else None.

    HTML ignores that slash on elements that are not void: a browser keeps them open.
    Pages write it where a JSX, MDX or XHTML toolchain meant an empty element, and
    the embeds after it are embeds of their own: read as its content, they were lost.
    A blockquote is the exception: its content is the embed (a code's own
    ``<blockquote class="twitter-tweet" … />`` before its text is a slip of the pen).
    """
    if tag == "blockquote" or lowered[open_end - 2 : open_end] != b"/>":
        return None
    after = _END_TAG_AFTER.match(lowered, open_end)
    if after is not None and after.group(1) == tag.encode("ascii", "replace"):
        return after.end()
    return open_end


def closed_alone(
    data: bytes, lowered: bytes, tag: str, escaping: str | None, open_end: int, limit: int
) -> int | None:
    """The end of the element whose opening tag ends at ``open_end`` when its end tag
    comes before any other opening tag of its name, plain or escaped: then no embed
    element can open inside it, and the hits it holds need not be read (a tweet's
    links). ``None`` otherwise."""
    first = next(tag_matches(data, lowered, tag, escaping, open_end, limit), None)
    if first is None or not first.group(1):
        return None
    opener = any_opener(tag)
    if next(heads(data, lowered, tag, opener, open_end, first.start()), None) is not None:
        return None
    return first.end()


class JsonStrings:
    """Where the JSON string that holds an escaped opening tag ends (its closing quote):
    a copy cut off inside its string (a caption that stops mid-embed) ends there, not
    at an end tag in a later string of the JSON. Known only where the tag's own quotes
    are escaped (``class=\\"…\\"``): in a string quoted with ``'`` a ``"`` ends
    nothing. Each byte is searched about once however many tags a string holds."""

    __slots__ = ("_data", "_from", "_to")

    def __init__(self, data: bytes) -> None:
        self._data = data
        self._from = self._to = -1  # no unescaped quote in data[_from:_to]; one at _to

    def end(self, start: int, open_end: int, limit: int) -> int:
        """``limit``, or the string's end before it, for the tag at ``start:open_end``."""
        data = self._data
        if b'\\"' not in data[start:open_end] or _bare_quote(data, start, open_end) >= 0:
            return limit
        if not 0 <= self._from <= open_end <= self._to:
            found = _bare_quote(data, open_end, len(data))
            self._from, self._to = open_end, len(data) if found < 0 else found
        return min(limit, self._to)


def _bare_quote(data: bytes, start: int, end: int) -> int:
    """The first ``"`` in ``data[start:end]`` that no backslash escapes, or -1."""
    while (at := _find(data, b'"', start, end)) >= 0:
        slashes = 0
        while at - slashes > 0 and data[at - slashes - 1] == 0x5C:  # "\\"
            slashes += 1
        if slashes % 2 == 0:
            return at
        start = at + 1
    return -1
