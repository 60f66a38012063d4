"""Whether positions of a page lie inside elements the HTML parser reads as text.

The tokenizer reads the content of ``<script>``, ``<style>``, ``<title>``,
``<textarea>``, ``<noembed>``, ``<xmp>`` and ``<plaintext>`` as text, and comments
are text too; ``<noscript>`` is text where scripts run (every browser a reader
uses), and ``<template>`` content is never shown. Embed markup there is a copy, not
a live embed. Everything here reads ASCII-lower-cased bytes (HTML folds the case of
ASCII letters only) and reads each byte a bounded number of times, however the
page is built: thousands of ``</script `` without a ``>`` cost no more than one.
"""

from __future__ import annotations

from collections.abc import Callable

import stringzilla

from ._lazy import re_pattern

__all__ = ["TextState", "lower"]

# StringZilla's SIMD substring search and byte translation (it ships no type hints).
_find: Callable[..., int] = stringzilla.find
_rfind: Callable[..., int] = stringzilla.rfind
_translate: Callable[[bytes, bytes], bytes] = stringzilla.translate
_ASCII_LOWER = bytes.maketrans(b"ABCDEFGHIJKLMNOPQRSTUVWXYZ", b"abcdefghijklmnopqrstuvwxyz")

_NAMES = (
    b"script",
    b"style",
    b"title",
    b"textarea",
    b"noembed",
    b"noscript",
    b"template",
    b"xmp",
    b"plaintext",
)
# What ends a tag's name: white space, "/" or ">" (anything else continues the name).
_DELIMITERS = frozenset(b"\t\n\x0c\r />")
# Where such an element or a comment may open (its tag still to be checked).
_OPENING = re_pattern(globals(), "_OPENING", rb"<(?:(" + b"|".join(_NAMES) + rb")|!--)")
# The longest such opening less one byte; and how far apart two positions may be for
# the search between them to be cheaper than one search per kind of element.
_LONGEST = max(len(name) for name in _NAMES)
_NEAR = 4096


def lower(data: bytes) -> bytes:
    """``data`` with its ASCII letters lower-cased (as HTML folds names), one SIMD pass."""
    return _translate(data, _ASCII_LOWER)


class _Brackets:
    """The first ``>`` at or after any position of a page, each byte read about once.

    It remembers one stretch known to hold no ``>`` and the ``>`` that ends it;
    asked about positions in any order (the look back asks backwards), it only
    searches bytes it has not searched.
    """

    __slots__ = ("_data", "_high", "_low")

    def __init__(self, data: bytes) -> None:
        self._data = data
        self._low = self._high = -1  # no ">" in data[low:high]; data[high] is ">" or the end

    def after(self, position: int) -> int:
        """The first ``>`` at or after ``position``, or the page's length if none."""
        low, high = self._low, self._high
        if 0 <= low <= position <= high:
            return high
        if 0 <= position < low:
            at = _find(self._data, b">", position, low)
            if at < 0:
                self._low = position
                return high
        else:
            at = _find(self._data, b">", position)
            if at < 0:
                at = len(self._data)
        self._low, self._high = position, at
        return at


def _tag_end(lowered: bytes, name_end: int, brackets: _Brackets) -> int | None:
    """Where a tag whose name ends at ``name_end`` ends, or ``None`` if it is no tag
    (the name goes on, or the page ends before its ``>``)."""
    if name_end >= len(lowered) or lowered[name_end] not in _DELIMITERS:
        return None
    gt = brackets.after(name_end)
    return None if gt >= len(lowered) else gt + 1


def _end_tag(lowered: bytes, closer: bytes, start: int, brackets: _Brackets) -> tuple[int, int]:
    """The first end tag ``closer`` (``</script``) at or after ``start``: where it
    starts and ends. One cut off by the end of the page ends there; without one,
    both are past the page."""
    while (at := _find(lowered, closer, start)) >= 0:
        after = at + len(closer)
        if after < len(lowered) and lowered[after] in _DELIMITERS:
            return at, min(brackets.after(after) + 1, len(lowered))
        start = at + 1
    return len(lowered), len(lowered) + 1


class _Openings:
    """Where one kind of text element (or comment) last opens before byte positions
    that only grow, and whether an end tag closes it by then.

    Each byte is searched once however many positions are asked about: a page
    with thousands of embeds after one ``<title>`` costs no more than one.
    """

    __slots__ = ("_closer", "_comment", "_found", "_needle", "_opened", "_scanned")

    def __init__(self, name: bytes | None) -> None:
        self._comment = name is None
        self._needle = b"<!--" if name is None else b"<" + name
        self._closer = b"-->" if name is None else b"</" + name
        self._scanned = 0  # every opening that ends its needle before this is known
        self._opened = -1  # where the content of the last of them starts (-1: none)
        self._found = (-1, -1, -1)  # the last end-tag search: from, where it starts, ends

    def open_at(self, lowered: bytes, brackets: _Brackets, x: int) -> bool:
        """Whether the last opening before ``x`` has no end tag that ends by ``x``."""
        if x > self._scanned:
            # A needle cut by the last position asked about is searched again.
            low, end = max(0, self._scanned - len(self._needle) + 1), x
            while (start := _rfind(lowered, self._needle, low, end)) >= 0:
                name_end = start + len(self._needle)
                if self._comment:
                    self._opened = name_end
                    break
                tag_end = _tag_end(lowered, name_end, brackets)
                if tag_end is not None:
                    self._opened = tag_end
                    break
                end = name_end - 1  # <scripts, say: look further back
            self._scanned = x
        return self._opened >= 0 and self._end_tag_end(lowered, brackets, self._opened) > x

    def _end_tag_end(self, lowered: bytes, brackets: _Brackets, start: int) -> int:
        """Where the first end tag at or after ``start`` ends (past the page if none)."""
        searched_from, found_start, found_end = self._found
        if 0 <= searched_from <= start <= found_start:
            return found_end  # the same first end tag
        if self._comment:
            at = _find(lowered, self._closer, start)
            found = (at, at + 3) if at >= 0 else (len(lowered), len(lowered) + 1)
        else:
            found = _end_tag(lowered, self._closer, start, brackets)
        self._found = (start, *found)
        return found[1]


class TextState:
    """Whether byte positions lie inside elements the parser reads as text, or comments.

    Most positions are settled by looking back: a position is certainly outside
    every such element when, for each kind, the last opening tag before it is
    closed before it (an element that holds the position has no end tag between
    its opening tag, or any later one of its kind, and the position). Those are
    SIMD searches over ASCII-lower-cased bytes, each byte searched once however
    many positions are asked about. Otherwise the page is walked like the HTML
    tokenizer walks it, from the start (an embed's own ``<script>`` inside a
    ``<textarea>`` is text, not a script), but only as far as needed. Positions
    must come in increasing order.
    """

    __slots__ = (
        "_brackets", "_clear", "_cursor", "_done", "_end", "_first", "_kinds", "_lowered",
        "_start",
    )  # fmt: skip

    def __init__(
        self, data: bytes, *, look_back: bool = True, lowered: bytes | None = None
    ) -> None:
        # (look_back=False: always walk; the reference the look back is tested against.)
        self._lowered = lower(data) if lowered is None else lowered
        # Every such element and comment opens with "<": nothing before the first is in one.
        self._first = _find(self._lowered, b"<")
        self._brackets = _Brackets(self._lowered)
        self._kinds = [*map(_Openings, _NAMES), _Openings(None)] if look_back else []
        self._cursor = 0  # where the walk looks for the next such element
        self._start = self._end = -1  # content of the last one it read
        self._done = False
        self._clear = -1  # the last position the look back found outside every element

    def inside(self, position: int) -> bool:
        """Whether byte ``position`` lies in such an element's content."""
        if not 0 <= self._first < position:
            return False
        lowered, brackets = self._lowered, self._brackets
        if self._kinds:
            # Outside every element at the last position, and no element or comment
            # opens since (one may begin up to a name's length before it): still
            # outside. Positions close together (a page of thousands of embeds) cost
            # one search of the bytes between them instead of one for each kind.
            clear = self._clear
            if (
                clear >= 0
                and position - clear <= _NEAR
                and _OPENING.search(lowered, max(0, clear - _LONGEST), position) is None
            ):
                self._clear = position
                return False
            if not any(k.open_at(lowered, brackets, position) for k in self._kinds):
                self._clear = position
                return False
        while not self._done and self._end <= position:
            m = _OPENING.search(lowered, self._cursor)
            if m is None:
                self._done = True
                break
            name = m.group(1)
            if name is None:  # a comment
                start = m.end()
                close = _find(lowered, b"-->", start)
                end = len(lowered) if close < 0 else close + 3
            else:
                tag_end = _tag_end(lowered, m.end(), brackets)
                if tag_end is None:  # not an opening tag: text goes on
                    self._cursor = m.end()
                    continue
                start, end = tag_end, _end_tag(lowered, b"</" + name, tag_end, brackets)[1]
                end = min(end, len(lowered))
            self._start, self._end, self._cursor = start, end, end
            if self._start > position:
                break
        return self._start <= position < self._end
