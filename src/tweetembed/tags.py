"""Reading the opening tag a needle stands in: plain, or escaped as text, JSON or a URL.

A needle (``twitter-tweet``) is a hit only inside an opening tag; this finds the
``<`` that opens that tag (the nearest before the hit, in whatever escaping it is
written: ``&lt;``, ``\\u003c``, ``%3C`` …), reads the tag to its ``>`` and its
attributes. Every search is bounded by ``MAX_TAG`` bytes, and :class:`Openers`
remembers what it searched, so a page of needles costs each byte a bounded number
of reads.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

import stringzilla

from ._lazy import re_pattern
from .decode import Page
from .escapes import json_quoted, unescape
from .regions import ESCAPED, JSON_IN_HTML, MAX_TAG, OPENER_TOKENS

__all__ = ["TAG_OPEN", "Openers", "TagAt", "in_tag", "tag_at", "tag_attributes"]

# StringZilla's SIMD searches (it ships no type hints).
_rfind: Callable[..., int] = stringzilla.rfind
_find: Callable[..., int] = stringzilla.find

# Opening tags in the bytes, and their text once decoded (with its attributes). (A
# name may hold a colon: XFBML's <fb:post>, read as that name by the HTML parser.)
# (A name never ends in ":": "<https://…>" is a URL, Markdown's autolink, not a tag.)
_TAG_SOURCE = rf"<([a-zA-Z][a-zA-Z0-9:-]{{0,40}})(?<!:)(?=[\s/>])([^<>]{{0,{MAX_TAG}}})>"
TAG_OPEN = re_pattern(globals(), "TAG_OPEN", _TAG_SOURCE, re.ASCII)
_TAG_OPEN_BYTES = re_pattern(globals(), "_TAG_OPEN_BYTES", _TAG_SOURCE.encode("ascii"))
_ATTR = re_pattern(
    globals(), "_ATTR", r"""([^\s"'<>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?"""
)
# How far ahead of a hit the absence of an escaped "<" is established at once.
_AHEAD = 16384
# Every escaped opener token starts with one of these bytes.
_ESCAPE_START = re_pattern(globals(), "_ESCAPE_START", rb"[&\\%]")


def tag_attributes(raw: str) -> dict[str, str]:
    """The attributes of an opening tag's text after its name: lower-cased names (the
    first of a name kept), values as written, in order."""
    attributes: dict[str, str] = {}
    for m in _ATTR.finditer(raw):
        value = next((g for g in m.group(2, 3, 4) if g is not None), "")
        attributes.setdefault(m.group(1).lower(), value)
    return attributes


# Quotes written as entities: JSON markup whose string sits in an attribute value.
_ENTITY_QUOTE = re_pattern(globals(), "_ENTITY_QUOTE", r"=\s*\\*&(?:quot|#34|#x22);", re.IGNORECASE)


class Openers:
    """Where the last ``<`` (plain or escaped) before a position is, for one page.

    Hits are mostly asked about in increasing order: each token's last position is
    remembered and only the bytes since the last question are searched, so a run of
    needles far from any ``<`` costs each byte one search, not ``MAX_TAG`` each.
    """

    __slots__ = ("_absent", "_data", "_last", "_tokens", "_upto")

    def __init__(self, data: bytes) -> None:
        self._data = data
        self._tokens = OPENER_TOKENS
        self._upto = [0] * len(self._tokens)  # searched up to here
        self._last = [-1] * len(self._tokens)  # the last occurrence found before that
        # A stretch of the bytes that holds no whole occurrence of each token.
        self._absent = [(0, 0)] * len(self._tokens)

    def candidates(self, hit: int) -> list[tuple[int, int]]:
        """Where a tag around ``hit`` may open (within ``MAX_TAG`` bytes before it):
        the last ``<`` of each kind, nearest first, each with the index into
        ``ESCAPED`` of its escaping (-1 for none)."""
        floor = max(0, hit - MAX_TAG)
        found: list[tuple[int, int]] = []
        absent, last = self._absent, self._last
        for k, (token, index) in enumerate(self._tokens):
            low, high = absent[k]
            if low <= floor and hit <= high:
                continue  # (most tokens of a run of escaped openers: no call)
            # (The token found for a hit before, still in reach: no search either.)
            near = floor <= last[k] and last[k] + len(token) <= hit
            if not near and not self._occurs_between(k, token, floor, hit):
                continue
            position = self._last_of(k, token, hit, floor)
            if position >= floor:
                found.append((position, index))
        found.sort(reverse=True)
        return found

    def _occurs_between(self, k: int, token: bytes, floor: int, hit: int) -> bool:
        """Whether the ``k``-th token stands whole in ``data[floor:hit]``, where the
        stretch known to hold none (asked first, in :meth:`candidates`) does not say. Most
        escapings never occur in a page: the bytes ahead are searched once a stretch
        (``_AHEAD``), so a run of escaped openers asks only about the tokens it holds,
        and a hit deep in a big page costs no search of all the bytes before it
        (eleven of a 900 KB page cost ~250 µs)."""
        end = min(len(self._data), hit + _AHEAD)
        at = _find(self._data, token, floor, end)
        if at < 0:
            self._absent[k] = (floor, end)
            return False
        self._absent[k] = (floor, at + len(token) - 1)
        return at + len(token) <= hit

    def _last_of(self, k: int, token: bytes, hit: int, floor: int) -> int:
        """The last ``token`` (the ``k``-th) before ``hit``: only the bytes since the
        last question are searched; a question out of order searches from ``floor``."""
        data, upto, last = self._data, self._upto, self._last
        if hit < upto[k]:  # asked out of order (a look ahead came first)
            return _rfind(data, token, floor, hit)
        position = _rfind(data, token, max(floor, upto[k] - len(token) + 1), hit)
        if position >= 0:
            last[k] = position
        upto[k] = hit
        return last[k]

    def plain(self, hit: int) -> int:
        """The last plain ``<`` before ``hit`` when it is the nearest candidate (no
        escaped one stands between), else -1; most tags are settled with this one
        search instead of one for each escaped token."""
        floor = max(0, hit - MAX_TAG)
        position = self._last_of(0, b"<", hit, floor)
        if position < floor or _ESCAPE_START.search(self._data, position + 1, hit) is not None:
            return -1
        return position

    def any_plain(self, hit: int) -> bool:
        """Whether a plain ``<`` stands within ``MAX_TAG`` bytes before ``hit``."""
        floor = max(0, hit - MAX_TAG)
        return self._last_of(0, b"<", hit, floor) >= floor

    def before(self, hit: int) -> tuple[int, int]:
        """The nearest of :meth:`candidates`, or ``(-1, -1)``."""
        plain = self.plain(hit)
        if plain >= 0:
            return plain, -1
        found = self.candidates(hit)
        return found[0] if found else (-1, -1)


# An opening tag: where it starts and ends, its name and the text of its attributes
# (unescaped), and its escaping.
TagAt = tuple[int, int, str, str, "str | None"]


def tag_at(page: Page, hit: int, openers: Openers) -> TagAt | None:
    """The opening tag around ``hit``: its start, end, name, attributes' text (both
    unescaped) and escaping.

    The nearest ``<`` may not open it: an escaped one can stand in an attribute's
    value of the live tag (``title="\\u003C"``); then the next nearest is tried.
    """
    tried = None
    plain = openers.plain(hit)
    if plain >= 0:  # the nearest, found with one search
        found = _tag_opening_at(page, hit, plain, -1)
        if found is not None:
            return found
        tried = (plain, -1)
    for start, index in openers.candidates(hit):
        if (start, index) != tried:
            found = _tag_opening_at(page, hit, start, index)
            if found is not None:
                return found
    return None


def _tag_opening_at(page: Page, hit: int, start: int, index: int) -> TagAt | None:
    """The opening tag around ``hit`` that starts at ``start`` in escaping ``index``
    (-1: none), if what stands there is one."""
    data = page.data
    if index < 0:
        if data.find(b">", start, hit) >= 0:
            return None
        m = _TAG_OPEN_BYTES.match(data, start)
        if m is None or m.end() < hit:
            return None
        raw = page.decode(start, m.end())
        if json_quoted(raw):  # markup inside a JSON string, quotes escaped
            return _read_tag(start, m.end(), unescape(raw, "json"), "json")
        # The text's pattern would read the decoded tag as the bytes' did: an ASCII
        # name, then the rest to the ">" (fewer characters than bytes, so in bounds).
        name_end = m.end(1) - start
        return start, m.end(), raw[1:name_end], raw[name_end:-1], None
    name, tokens, _ = ESCAPED[index]
    opener = next(token for token in tokens if data.startswith(token, start))
    closer = _closers(index)
    close = closer.search(data, hit, hit + MAX_TAG)
    if close is None or closer.search(data, start + len(opener), hit) is not None:
        return None
    end = close.end()
    raw = page.decode(start, end)
    if name == "json" and _ENTITY_QUOTE.search(raw):
        # A JSON string (\u003c) stored in an entity-escaped attribute (React and
        # Rails props: class=\&quot;twitter-tweet\&quot;): the attribute's escaping
        # is the outer one, undone first; the tags are still found as JSON writes them.
        return _read_tag(start, end, unescape(raw, "html"), JSON_IN_HTML)
    return _read_tag(start, end, unescape(raw, name), name)


def _read_tag(start: int, end: int, text: str, escaping: str) -> TagAt | None:
    """The tag whose unescaped text is ``text``, if that text is an opening tag."""
    m = TAG_OPEN.match(text)
    return None if m is None else (start, end, m.group(1), m.group(2), escaping)


@functools.cache
def _closers(index: int) -> re.Pattern[bytes]:
    """Every way escaping ``index`` writes ``>``, as one search: the first of them
    after a hit, found in one pass (a search for each of html's six read ~20 KB
    a tag on a page that uses one)."""
    return re.compile(b"|".join(map(re.escape, ESCAPED[index][2])))


def in_tag(data: bytes, hit: int, openers: Openers) -> bool:
    """Whether ``hit`` lies inside a (plain) opening tag: in an attribute's value."""
    if not openers.any_plain(hit):
        return False  # (text without tags: the escaped openers need not be searched)
    start, escaping = openers.before(hit)
    return (
        start >= 0
        and escaping < 0
        and data.find(b">", start, hit) < 0
        and _TAG_OPEN_BYTES.match(data, start) is not None
    )
