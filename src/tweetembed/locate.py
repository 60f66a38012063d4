"""Stage 2: a fast scan of the page's bytes for the regions that may hold an embed.

Nothing is parsed here, and nothing is decoded but the regions found. Each marker
names a literal needle (``twitter-tweet``, ``amp-twitter`` …); one pass over the
raw bytes finds them all (:mod:`tweetembed.needles`), so a page without an embed
costs about what decoding it would (:func:`byte_hits`). Each hit is checked to
sit inside an opening tag (read by :mod:`tweetembed.tags`) that the platform's
predicate accepts, and the region runs to that element's matching end tag
(:mod:`tweetembed.regions`). Markup that sits as text (inside ``<textarea>``,
``<script>``, ``<title>``, a comment …) is reported with ``escaped="text"``: it
is not live page markup.

All of that reads the bytes of a :class:`~tweetembed.decode.Page`, where every
ASCII byte is an ASCII character; only forms written as text (shortcodes, bare
URLs, stripped footers) are read from decoded text, and only on pages that have
one. Limits (``MAX_FRAGMENT``, the longest tag) count bytes.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping, Sequence
from typing import cast

from ._lazy import re_pattern
from ._memo import same_arguments
from .blockers import PREFIX as BLOCKER_PREFIX
from .blockers import blocked_code
from .candidate import Candidate
from .decode import InvalidText, Page
from .forms import Escaped
from .markers import _ONLY, Marker
from .needles import Scan, scanner
from .regions import JSON_IN_HTML, JsonStrings, closed_alone, region_end, self_closed
from .tags import Openers, in_tag, tag_at, tag_attributes
from .textstate import TextState, lower

__all__ = [
    "MAX_FRAGMENT",
    "byte_hits",
    "locate",
    "page_language",
    "text_hits",
]

# An embed is a few KB; a region larger than this is cut (and parsed as far as
# it goes), so one broken page cannot cost more than a bounded parse.
MAX_FRAGMENT = 256 * 1024

# The page's <html> start tag, and a lang attribute in it.
_HTML_TAG = re_pattern(globals(), "_HTML_TAG", rb"<(?i:html)(?![a-zA-Z0-9-])([^<>]{0,2048})>")
_LANG_ATTRIBUTE = re_pattern(
    globals(), "_LANG_ATTRIBUTE", rb"""(?:^|[\s"'])lang\s*=\s*["']?([A-Za-z0-9_-]{1,20})""", re.I
)
# What each escaping is reported as.
_REPORTED: dict[str, Escaped] = {
    "json": "json", "html": "html", "percent": "percent", JSON_IN_HTML: "html",
}  # fmt: skip


@same_arguments
@functools.lru_cache(maxsize=32)
def _scanner(markers: tuple[Marker, ...], gates: tuple[str, ...]) -> Scan:
    return scanner(tuple((m.raw, m.shape) for m in markers), gates)


def byte_hits(data: bytes, markers: Sequence[Marker], gates: Sequence[str]) -> Sequence[int]:
    """Sorted byte positions of every marker's needle in the raw bytes of a page.

    The needles are ASCII, and every ASCII-compatible encoding (UTF-8, the
    ISO-8859 and Windows code pages, Shift_JIS, EUC-JP, GB18030 …) writes an
    ASCII character as that byte: a page whose bytes hold no needle holds none
    once decoded, and need not be decoded at all.
    """
    return _scanner(tuple(markers), tuple(gates)).hits(data)


def text_hits(text: str, markers: Sequence[Marker], gates: Sequence[str]) -> list[int]:
    """Sorted positions of every marker's needle in ``text``.

    The text is scanned as UTF-8 and the byte positions are counted back into
    code points.
    """
    page = Page.of_text(text)
    return page.chars(byte_hits(page.data, markers, gates))


# An opening tag at a hit: its start, end, escaping, lower-cased name, and the
# marker that accepts it (None: none does).
_Opening = tuple[int, int, "str | None", str, "Marker | None"]


class _Openings:
    """The opening tag at each hit: an embed's tag that the search for the next
    opener read ahead is kept until the scan reaches it (only those: a run of
    needles that open nothing must not cost a dict entry each)."""

    __slots__ = ("_known", "_lowered", "_markers", "_openers", "_page")

    def __init__(self, page: Page, markers: _Markers) -> None:
        self._page = page
        self._markers = markers
        self._openers = Openers(page.data)
        self._known: dict[int, _Opening] = {}
        self._lowered: bytes | None = None

    @property
    def lowered(self) -> bytes:
        """The page's bytes, ASCII letters lower-cased (made once, when first asked)."""
        if self._lowered is None:
            self._lowered = lower(self._page.data)
        return self._lowered

    @property
    def openers(self) -> Openers:
        return self._openers

    def passed(self, hit: int) -> None:
        """The scan went past ``hit`` (inside an embed): an opening read ahead there is
        let go of. (A run of unclosed rendered divs, each holding an AMP tweet that the
        search for the next div reads, must not keep every one to the page's end.)"""
        if self._known:
            self._known.pop(hit, None)

    def take(self, hit: int) -> _Opening | None:
        """:meth:`at`, for the scan: each hit once, in order."""
        found = self._known.pop(hit, None)
        return found if found is not None else self._read(hit)

    def at(self, hit: int) -> _Opening | None:
        """The opening tag around the tag needle at ``hit``, or None."""
        found = self._known.get(hit)
        if found is None:
            found = self._read(hit)
            if found is not None and found[4] is not None:
                self._known[hit] = found
        return found

    def _read(self, hit: int) -> _Opening | None:
        found: _Opening | None = None
        opening = tag_at(self._page, hit, self._openers)
        if opening is not None:
            start, open_end, name, attributes_text, escaping = opening
            tag, attributes = name.lower(), tag_attributes(attributes_text)
            tags = self._markers.for_name(tag)
            marker = next((k for k in tags if k.accepts and k.accepts(tag, attributes)), None)
            found = start, open_end, escaping, tag, marker
        return found


def _next_opener(
    page: Page,
    hits: Sequence[int],
    first: int,
    start: int,
    limit: int,
    same_tag: str,
    openings: _Openings,
    needles_at: Mapping[int, tuple[bytes, ...]],
) -> int | None:
    """Where the next embed element named ``same_tag`` opens between ``start`` and ``limit``.

    ``hits[first:]`` are the needle positions still ahead, in order; ``needles_at``
    are the tag markers' needles by their first byte.
    """
    data = page.data
    for index in range(first, len(hits)):
        hit = hits[index]
        if hit >= limit:
            return None
        if hit < start or not data.startswith(needles_at.get(data[hit], ()), hit):
            continue
        opening = openings.at(hit)
        if opening is not None and opening[3] == same_tag and opening[4] is not None:
            return opening[0]
    return None


def _text_form(
    page: Page, hit: int, groups: Sequence[tuple[bytes, tuple[Marker, ...]]], floor: int
) -> tuple[Candidate, Marker] | None:
    """The embed (in byte positions) of the first text-form marker whose needle
    starts at ``hit``, if any, and that marker; such forms are read from the decoded text.
    A stripped embed's text reaches back to its paragraph's start, but never into
    the embed before it, which ends at ``floor``."""
    data = page.data
    at = -1  # the hit in characters, once a marker asks (eleven platforms share needles)
    # Each needle is compared and each shape asked once a hit: platforms share a
    # form's needle and shape (every platform's Hugo shortcodes: "{{<", one shape),
    # and a run of the needle must not cost each hit a test per platform.
    shaped: dict[int, bool] = {}
    for raw, markers in groups:
        if not data.startswith(raw, hit):
            continue
        for marker in markers:
            shape = marker.shape
            if shape is not None:
                fits = shaped.get(id(shape))
                if fits is None:
                    fits = shaped[id(shape)] = shape.match(data, hit) is not None
                if not fits:
                    continue
            if at < 0:
                text, at = page.text(), page.char_at(hit)
            region = marker.finds(text, at)  # type: ignore[misc]
            if region is not None:
                start, end, form, *handed = region
                found = handed[0] if handed else None
                escaped = cast("Escaped | None", handed[1]) if len(handed) > 1 else None
                start, end = max(page.byte_at(start, hit), floor), page.byte_at(end, hit)
                # (`at` left to its default: one tuple for all; a compiled (0, 0) here
                # would be a new tuple for each of a page's thousands of footers.)
                candidate = Candidate(
                    marker.platform, marker.kind, form, escaped, start, end, found=found
                )
                return candidate, marker
    return None


def _ends(page: Page, marker: Marker, open_end: int, limit: int) -> int | None:
    """Where the platform says an element whose end tag is missing ends, in bytes."""
    if marker.ends is None:
        return None
    end = marker.ends(page.text(), page.char_at(open_end), page.char_at(limit))
    return None if end is None else page.byte_at(end, open_end)


def _boundary(page: Page, position: int) -> int:
    """``position``, or the start of the character it falls inside."""
    data = page.data
    if not page.single_byte:
        while position < len(data) and 0x80 <= data[position] < 0xC0:
            position -= 1
    return position


class _Markers:
    """Markers split by how they are read: text forms, and tags (with their needles).
    Built once per tuple of markers (``_split`` caches it); a plain class, so that
    mypyc compiles it (``attrs.field`` defaults do not compile)."""

    def __init__(
        self,
        tags: tuple[Marker, ...],
        texts_at: Mapping[int, tuple[tuple[bytes, tuple[Marker, ...]], ...]],
        needles_at: Mapping[int, tuple[bytes, ...]],
    ) -> None:
        self.tags = tags
        # The text markers and the tag needles by their needle's first byte: a hit is
        # tested against those that may start there, not against all seventy.
        self.texts_at, self.needles_at = texts_at, needles_at
        # The text markers' needles by their first byte: one ``startswith`` tells
        # whether a hit (most are tag needles) is one of theirs at all.
        self.text_needles_at = {k: tuple(raw for raw, _ in v) for k, v in texts_at.items()}
        # The tag markers whose test may accept an element, by its name (filled as met).
        self.by_name: dict[str, tuple[Marker, ...]] = {}

    def for_name(self, name: str) -> tuple[Marker, ...]:
        found = self.by_name.get(name)
        if found is None:
            found = tuple(
                m
                for m in self.tags
                if m.accepts is not None and name in _ONLY.get(m.accepts, (name,))
            )
            if len(self.by_name) < 256:  # names come from pages: keep a bounded few
                self.by_name[name] = found
        return found


@same_arguments
@functools.lru_cache(maxsize=32)
def _split(markers: tuple[Marker, ...]) -> _Markers:
    tags = tuple(m for m in markers if m.accepts is not None)
    # The first marker whose test accepts a tag is the tag's: a later marker with
    # the same test (the same URL as JSON or percent writes it) can never be, so
    # each test is asked once. Every needle is still searched for.
    first: dict[int, Marker] = {}
    for m in tags:
        first.setdefault(id(m.accepts), m)
    tests = tuple(first.values())
    texts = tuple(m for m in markers if m.finds is not None)
    # Text markers by their needle's first byte, then by the needle (eleven
    # platforms share a needle: "{{<", "/@"): a hit compares each needle once.
    by_raw: dict[bytes, tuple[Marker, ...]] = {}
    for m in texts:
        by_raw[m.raw] = (*by_raw.get(m.raw, ()), m)
    texts_at: dict[int, tuple[tuple[bytes, tuple[Marker, ...]], ...]] = {}
    for raw, group in by_raw.items():
        texts_at[raw[0]] = (*texts_at.get(raw[0], ()), (raw, group))
    needles_at: dict[int, tuple[bytes, ...]] = {}
    for raw in dict.fromkeys(m.raw for m in tags):
        needles_at[raw[0]] = (*needles_at.get(raw[0], ()), raw)
    return _Markers(tests, texts_at, needles_at)


# Forms written as text that are worth reporting as a copy when they sit in text
# the parser does not render.
_COPYABLE_TEXT_FORMS = frozenset({"shortcode"})


def locate(
    page: Page | str,
    markers: Sequence[Marker],
    gates: Sequence[str],
    hits: Sequence[int] | None = None,
    *,
    nested: bool = False,
) -> list[Candidate]:
    """Every embed region of ``page`` that one of ``markers`` marks, in source order.

    Every marker's needle must contain one of ``gates``; ``hits``, when given, are
    their byte positions in the page. Candidates hold text positions and their text.
    Raises :class:`~tweetembed.decode.InvalidText` when the bytes it reads are not
    the UTF-8 the page took them for. ``nested``: the page is a consent tool's blocked
    code (see :mod:`~tweetembed.blockers`), whose own blockers are not decoded.
    """
    if isinstance(page, str):
        page = Page.of_text(page)
    data = page.data
    if hits is None:
        hits = byte_hits(data, markers, gates)
    found: list[Candidate] = []
    state: TextState | None = None
    split = _split(tuple(markers))
    openings = _Openings(page, split)
    openers = openings.openers
    strings = JsonStrings(data)
    position = 0  # where the next hit may start
    floor = 0  # where the last embed ended
    blocker = _BLOCKER_PREFIX[0] if not nested else -1
    for index, hit in enumerate(hits):
        if hit < position:
            openings.passed(hit)
            continue
        if data[hit] == blocker and data.startswith(_BLOCKER_PREFIX, hit):
            blocked = _blocked(data, hit, markers, gates)
            if blocked:
                found += blocked
                position = floor = blocked[0].end
            continue
        text_needles = split.text_needles_at.get(data[hit])
        text_form = (
            _text_form(page, hit, split.texts_at[data[hit]], floor)
            if text_needles is not None and data.startswith(text_needles, hit)
            else None
        )
        if text_form is not None:
            written, finder = text_form
            where = written.start if finder.in_tag else hit
            position = floor = written.end
            state = state or TextState(data, lowered=openings.lowered)
            # Text in a script, a comment, a <noscript>, or an attribute's value (a
            # <meta content>): a shortcode there is a copy; a footer or a bare URL
            # is a stripped copy (JSON-LD's articleBody, a description) that holds
            # nothing the live embed does not.
            if written.escaped is not None:
                copy: Escaped | None = None  # (escaped as its finder read it)
            elif in_tag(data, where, openers):
                copy = "html"  # an attribute value: entities to undo
            else:
                copy = "text" if state.inside(where) else None
            if copy is not None:
                if written.form not in _COPYABLE_TEXT_FORMS:
                    continue
                written = _escaped(written, copy)
            found.append(written)
            continue
        if not data.startswith(split.needles_at.get(data[hit], ()), hit):
            continue  # a needle only text forms use, and they found nothing
        opening = openings.take(hit)
        if opening is None:
            continue
        start, open_end, escaping, tag, marker = opening
        if start < floor:
            continue  # the tag began inside the embed before this one
        if marker is None:
            # No embed's tag: a later needle inside it may still mark one (an
            # Embedly card's class after its link's href).
            continue
        position = open_end
        # An embed ends before the next one of its element opens: a missing end
        # tag must not make every later embed part of this one (nor the search
        # quadratic). Other elements inside it (a rendered div's iframe, an AMP
        # placeholder blockquote) are its content.
        # (The next opener bounds the search for the end tag: a run of unclosed
        # openers must cost each one its own stretch, not MAX_FRAGMENT.)
        limit = _boundary(page, min(len(data), start + MAX_FRAGMENT))
        if escaping == "json":
            limit = strings.end(start, open_end, limit)
        end = self_closed(openings.lowered, tag, open_end) if escaping is None else None
        if end is None:
            end = closed_alone(data, openings.lowered, tag, escaping, open_end, limit)
        if end is None:  # unclosed, or another element of its name opens first
            following = _next_opener(
                page, hits, index + 1, open_end, limit, tag, openings, split.needles_at
            )
            if following is not None:
                limit = following
            end = region_end(data, openings.lowered, tag, escaping, open_end, limit)
        if end is None:
            # Unclosed (or cut off): it ends where the platform says (after its
            # footer), else before the next embed, else at the limit. An iframe's
            # content is never its embed's (the player is its URL): it ends at its
            # opening tag, and what follows is read for embeds of its own.
            end = open_end if tag == "iframe" else _ends(page, marker, open_end, limit) or limit
        escaped: Escaped | None
        if escaping is None:
            state = state or TextState(data, lowered=openings.lowered)
            escaped = "text" if state.inside(start) else None
        else:
            escaped = _REPORTED[escaping]
        found.append(Candidate(marker.platform, marker.kind, marker.form, escaped, start, end))
        # An embed inside this one is part of it (a quoted tweet, an AMP
        # placeholder, a rendered iframe), not a new embed.
        position = floor = end
    return _in_text(page, found)


_BLOCKER_PREFIX = BLOCKER_PREFIX.encode("ascii")


def _blocked(
    data: bytes, hit: int, markers: Sequence[Marker], gates: Sequence[str]
) -> list[Candidate]:
    """The embeds in the code a consent tool keeps base64-encoded (its blocker's
    hidden element holds the needle at ``hit``), each with the blocker as its region
    (in bytes) and its own code as its text."""
    blocked = blocked_code(data, hit)
    if blocked is None:
        return []
    start, end, code = blocked
    inner = Page(code)
    try:
        found = locate(inner, markers, gates, nested=True)
    except InvalidText:  # (the code is re-encoded UTF-8: never, but never a crash)
        return []
    # Each region's text is read from a page of its own bytes: the nested page may
    # hold its decoded text, which the outer page's positions do not index.
    return [
        Candidate(
            c.platform, c.kind, c.form, "base64", start, end, Page(code[c.at[0] : c.at[1]]),
            (0, c.at[1] - c.at[0]),
        )
        for c in found
        if c.escaped is None  # (a copy inside the code is a copy of it)
    ]  # fmt: skip


def _escaped(c: Candidate, escaped: Escaped) -> Candidate:
    """``c`` as a copy, escaped as ``escaped`` says."""
    return Candidate(c.platform, c.kind, c.form, escaped, c.start, c.end, c.page, c.at, c.found)


def _in_text(page: Page, found: list[Candidate]) -> list[Candidate]:
    """The candidates with text positions, and the bytes of their text, once those
    bytes are known to decode."""
    if not found:
        return found
    page.check(found[-1].end)
    # (In place: a page of thousands of embeds holds one list of them, not two. Each
    # position is counted on from the one before, not gathered in lists: compiled,
    # an int read from a list is a new object where the candidate stores it, so the
    # lists would hold a copy of every position until the last candidate is made.)
    for k, c in enumerate(found):
        start, end = page.char_at(c.start), page.char_at(c.end)
        # (A blocked embed's text is its own code's, not the page's: see _blocked.)
        text_of = (page, (c.start, c.end)) if c.page is None else (c.page, c.at)
        found[k] = Candidate(c.platform, c.kind, c.form, c.escaped, start, end, *text_of, c.found)
    return found


def page_language(data: bytes) -> str | None:
    """The ``lang`` of the page's ``<html>`` element, if its bytes have one."""
    # The first <html> tag only: a later one sits in a script or a srcdoc, and a
    # page whose tag has no lang is not searched on to its 64th KB.
    tag = _HTML_TAG.search(data, 0, 65536)
    lang = _LANG_ATTRIBUTE.search(tag.group(1)) if tag else None
    return lang.group(1).decode("ascii") if lang else None
