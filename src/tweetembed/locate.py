"""Stage 2: a fast scan of the text for the regions that may hold an embed.

Nothing is parsed here. Each platform names the literal strings that mark its
embeds (``twitter-tweet``, ``amp-twitter`` …); a page that holds none of them
costs one substring search per needle and stops. Each hit is checked to sit
inside an opening tag that the platform's predicate accepts, and the region runs
to that element's matching end tag. Markup that sits as text (inside
``<textarea>``, ``<script>``, ``<title>``, a comment …) is reported with
``escaped="text"``: it is not live page markup.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Callable, Mapping, Sequence

import attrs

from .escapes import ESCAPINGS, Escaping, unescape
from .escapes import tag_pattern as escaped_tag_pattern

__all__ = ["MAX_FRAGMENT", "Candidate", "Marker", "locate", "page_language"]

# An embed is a few KB; a region larger than this is cut (and parsed as far as
# it goes), so one broken page cannot cost more than a bounded parse.
MAX_FRAGMENT = 256 * 1024
_MAX_TAG = 4096

# A predicate over an opening tag: its lower-cased name and its attributes.
TagTest = Callable[[str, Mapping[str, str]], bool]


@attrs.frozen
class Marker:
    """A literal ``needle`` that may mark an embed, and the test its tag must pass."""

    needle: str
    platform: str
    kind: str
    form: str
    accepts: TagTest


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
# Elements whose content the HTML parser reads as text, and comments.
_TEXT_ELEMENT = re.compile(r"<(textarea|title|script|style|xmp|noembed|plaintext)\b|<!--", re.I)


def _attributes(raw: str) -> dict[str, str]:
    attributes: dict[str, str] = {}
    for m in _ATTR.finditer(raw):
        value = next((g for g in m.group(2, 3, 4) if g is not None), "")
        attributes.setdefault(m.group(1).lower(), value)
    return attributes


@functools.lru_cache(maxsize=32)
def _tag_pattern(tag: str) -> re.Pattern[str]:
    return re.compile(rf"<(/?){re.escape(tag)}(?=[\s/>])[^<>]{{0,{_MAX_TAG}}}>", re.IGNORECASE)


@functools.lru_cache(maxsize=32)
def _needles(needles: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile("|".join(re.escape(n) for n in sorted(needles, key=len, reverse=True)))


def _text_regions(text: str) -> tuple[list[int], list[int]]:
    """Starts and ends of the stretches the parser reads as text, in order."""
    starts: list[int] = []
    ends: list[int] = []
    position = 0
    closes: dict[str, re.Pattern[str]] = {}
    while True:
        m = _TEXT_ELEMENT.search(text, position)
        if m is None:
            break
        name = m.group(1)
        if name is None:  # a comment
            start = m.start()
            close = text.find("-->", m.end())
            end = len(text) if close < 0 else close + 3
        else:
            opener_end = text.find(">", m.end())
            if opener_end < 0:
                break
            start = opener_end + 1
            pattern = closes.setdefault(name.lower(), re.compile(rf"</{name}\s*>", re.IGNORECASE))
            close_match = pattern.search(text, start)
            end = len(text) if close_match is None else close_match.end()
        starts.append(start)
        ends.append(end)
        position = end
    return starts, ends


def _inside(regions: tuple[list[int], list[int]], position: int) -> bool:
    starts, ends = regions
    index = bisect.bisect_right(starts, position) - 1
    return index >= 0 and position < ends[index]


def _opener(text: str, hit: int) -> tuple[int, Escaping | None]:
    """Where the tag around ``hit`` opens, and in which escaping its ``<`` is written."""
    floor = max(0, hit - _MAX_TAG)
    best, escaping = text.rfind("<", floor, hit), None
    for candidate in ESCAPINGS:
        for token in candidate.openers:
            position = text.rfind(token, best + 1 if best >= floor else floor, hit)
            if position > best:
                best, escaping = position, candidate
    return best, escaping


def _tag_at(text: str, hit: int) -> tuple[int, int, str, str | None] | None:
    """The opening tag around ``hit``: its start, end, unescaped text, and escaping."""
    start, escaping = _opener(text, hit)
    if start < 0:
        return None
    if escaping is None:
        if text.find(">", start, hit) >= 0:
            return None
        m = _TAG_OPEN.match(text, start)
        if m is None or m.end() < hit:
            return None
        raw = m.group(0)
        if '\\"' in raw or "\\/" in raw:  # markup inside a JSON string, quotes escaped
            return start, m.end(), unescape(raw, "json"), "json"
        return start, m.end(), raw, None
    opener = next(token for token in escaping.openers if text.startswith(token, start))
    closes = [p for p in (text.find(c, hit, hit + _MAX_TAG) for c in escaping.closers) if p >= 0]
    if not closes:
        return None
    close = min(closes)
    if any(text.find(c, start + len(opener), hit) >= 0 for c in escaping.closers):
        return None
    end = close + next(len(c) for c in escaping.closers if text.startswith(c, close))
    return start, end, unescape(text[start:end], escaping.name), escaping.name


def _region_end(text: str, tag: str, escaping: str | None, open_end: int, limit: int) -> int | None:
    """End of the element whose opening tag ends at ``open_end``, counting nested ones."""
    pattern = _tag_pattern(tag) if escaping is None else escaped_tag_pattern(escaping, tag)
    depth = 1
    for m in pattern.finditer(text, open_end, limit):
        depth += -1 if m.group(1) else 1
        if depth == 0:
            return m.end()
    return None


def locate(text: str, markers: Sequence[Marker]) -> list[Candidate]:
    """Every embed region of ``text`` that one of ``markers`` marks, in source order."""
    needles = tuple(dict.fromkeys(m.needle for m in markers if m.needle in text))
    if not needles:
        return []
    pattern = _needles(needles)
    found: list[Candidate] = []
    regions: tuple[list[int], list[int]] | None = None
    position = 0
    while True:
        hit = pattern.search(text, position)
        if hit is None:
            break
        position = hit.end()
        tag_at = _tag_at(text, hit.start())
        if tag_at is None:
            continue
        start, open_end, raw_tag, escaping = tag_at
        position = max(position, open_end)
        tag_match = _TAG_OPEN.match(raw_tag)
        if tag_match is None:
            continue
        tag = tag_match.group(1).lower()
        attributes = _attributes(tag_match.group(2))
        marker = next((m for m in markers if m.accepts(tag, attributes)), None)
        if marker is None:
            continue
        limit = min(len(text), start + MAX_FRAGMENT)
        end = _region_end(text, tag, escaping, open_end, limit)
        if end is None:
            # Unclosed (or cut off): it ends before the next embed, else at the limit.
            following = pattern.search(text, open_end, limit)
            end = limit if following is None else max(open_end, _opener(text, following.start())[0])
        if escaping is None:
            if regions is None:
                regions = _text_regions(text)
            escaping = "text" if _inside(regions, start) else None
        found.append(Candidate(marker.platform, marker.kind, marker.form, escaping, start, end))
        # An embed inside this one is part of it (a quoted tweet, an AMP
        # placeholder, a rendered iframe), not a new embed.
        position = end
    return found


def page_language(text: str) -> str | None:
    """The ``lang`` of the page's ``<html>`` element, if the text has one."""
    m = _HTML_LANG.search(text, 0, 65536)
    return m.group(1) if m else None
