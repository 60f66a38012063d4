"""Stage 2: a fast scan of the text for the regions that may hold an embed.

Nothing is parsed here. The scan looks only for the class names that mark an
embed (``twitter-tweet``, ``twitter-video`` …), found with a plain substring
search, so a page without one costs a single pass over its text. Each hit is
checked to sit inside the opening tag of an element the platform embeds with,
and the region runs to that element's matching end tag.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping

import attrs

__all__ = ["MAX_FRAGMENT", "Candidate", "Marker", "locate", "page_language"]

# An embed is a few KB; a region larger than this is cut (and parsed as far as
# it goes), so one broken page cannot cost more than a bounded parse.
MAX_FRAGMENT = 256 * 1024
_MAX_TAG = 4096


def _frozenset(items: Iterable[str]) -> frozenset[str]:
    return frozenset(items)


@attrs.frozen
class Marker:
    """A class token that marks an embed element of one platform."""

    platform: str
    kind: str
    form: str
    tags: frozenset[str] = attrs.field(converter=_frozenset)


@attrs.frozen
class Candidate:
    """A region of the source that holds one embed."""

    platform: str
    kind: str
    form: str
    escaped: str | None
    start: int
    end: int


_TAG_OPEN = re.compile(rf"<([a-zA-Z][a-zA-Z0-9-]{{0,40}})(?=[\s/>])([^<>]{{0,{_MAX_TAG}}})>")
_ATTR = re.compile(r"""([^\s"'<>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?""")
_HTML_LANG = re.compile(r"""<html\b[^>]{0,2048}?\blang\s*=\s*["']?([A-Za-z0-9_-]{1,20})""", re.I)


def _attributes(raw: str) -> dict[str, str]:
    attributes: dict[str, str] = {}
    for m in _ATTR.finditer(raw):
        value = (
            m.group(2)
            if m.group(2) is not None
            else m.group(3)
            if m.group(3) is not None
            else m.group(4)
        )
        attributes.setdefault(m.group(1).lower(), value or "")
    return attributes


@functools.lru_cache(maxsize=32)
def _tag_pattern(tag: str) -> re.Pattern[str]:
    return re.compile(rf"<(/?){re.escape(tag)}(?=[\s/>])[^<>]{{0,{_MAX_TAG}}}>", re.IGNORECASE)


def _element_end(text: str, tag: str, open_end: int, limit: int) -> int | None:
    """End of the element whose opening tag ends at ``open_end``, counting nested ones."""
    depth = 1
    for m in _tag_pattern(tag).finditer(text, open_end, limit):
        depth += -1 if m.group(1) else 1
        if depth == 0:
            return m.end()
    return None


@functools.lru_cache(maxsize=32)
def _needles(names: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile("|".join(re.escape(name) for name in sorted(names, key=len, reverse=True)))


def locate(text: str, markers: Mapping[str, Marker]) -> list[Candidate]:
    """Every embed region of ``text`` marked by one of ``markers`` (class token → marker)."""
    if not markers or not any(name in text for name in markers):
        return []
    needle = _needles(tuple(sorted(markers)))
    found: list[Candidate] = []
    position = 0
    while True:
        hit = needle.search(text, position)
        if hit is None:
            break
        position = hit.end()
        lt = text.rfind("<", max(0, hit.start() - _MAX_TAG), hit.start())
        if lt < 0 or text.find(">", lt, hit.start()) >= 0:
            continue
        tag_match = _TAG_OPEN.match(text, lt)
        if tag_match is None or tag_match.end() < hit.end():
            continue
        tag = tag_match.group(1).lower()
        attributes = _attributes(tag_match.group(2))
        tokens = attributes.get("class", "").split() + attributes.get("data-twitter", "").split()
        marker = next((markers[t] for t in tokens if t in markers and tag in markers[t].tags), None)
        if marker is None:
            position = tag_match.end()
            continue
        limit = min(len(text), lt + MAX_FRAGMENT)
        end = _element_end(text, tag, tag_match.end(), limit)
        if end is None:
            # Unclosed (or cut off): it ends before the next embed, else at the limit.
            following = needle.search(text, tag_match.end(), limit)
            end = (
                limit
                if following is None
                else max(tag_match.end(), text.rfind("<", tag_match.end(), following.start()))
            )
        found.append(Candidate(marker.platform, marker.kind, marker.form, None, lt, end))
        # An embed inside this one is part of it (a quoted tweet), not a new embed.
        position = end
    return found


def page_language(text: str) -> str | None:
    """The ``lang`` of the page's ``<html>`` element, if the text has one."""
    m = _HTML_LANG.search(text, 0, 65536)
    return m.group(1) if m else None
