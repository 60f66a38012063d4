"""Where the markers' literal needles occur in a page's bytes: one pass for all of them.

Every platform adds needles (``twitter-tweet``, ``instagram.com/p/``,
``youtube.com/embed/`` … about seventy), and a page without an embed must cost
about what decoding it costs. Hyperscan (Intel's multi-literal matcher, the
``hyperscan`` package) finds all of them in one SIMD pass of the bytes, faster
than UTF-8 decoding; where it is not installed or does not run (a CPU without
SSSE3), a StringZilla search per *gate* — a short string every needle of a
group holds — finds the places where a needle may start, and the needles are
tested only there. Both give the same positions, and neither reports a needle that
begins with "/" right after "*" (a comment's end: see ``_after_comment_end``).
"""

from __future__ import annotations

import functools
import heapq
import importlib
import re
import threading
from array import array
from collections.abc import Callable, Mapping, Sequence
from typing import Any, Protocol

import attrs
import stringzilla

__all__ = ["GateScan", "HyperscanScan", "Needle", "Scan", "Shape", "database", "scanner"]


class Shape(Protocol):
    """What the bytes at a needle must be: a compiled pattern, or anything with its
    ``match(data, pos)`` (None: no)."""

    def match(self, data: bytes, pos: int, /) -> object | None: ...


# A needle's bytes, and the shape its bytes (and those around it) must have
# (None: any): a cheap test that keeps a run of short needles (``(@``) from
# costing more than a byte search each.
Needle = tuple[bytes, "Shape | None"]

# StringZilla's SIMD substring search (it ships no type hints).
_find: Callable[..., int] = stringzilla.find


class Scan:
    """Sorted start positions of every needle in a page's bytes."""

    def hits(self, data: bytes) -> Sequence[int]:
        raise NotImplementedError


# A gate's needles, split around the gate: those that start with it (and the shape
# their bytes must have), and the others by the text before the gate. ``before``
# lists those texts for one ``bytes.endswith`` call, which turns away most
# occurrences of a gate that are not a needle (``oembed``, ``wp-content/plugins``).
_Heads = tuple[tuple[tuple[bytes, ...], "Shape | None"], ...]


@attrs.frozen
class _Gate:
    gate: bytes
    # ((0, needles that start with the gate),), or () when none do.
    heads: tuple[tuple[int, _Heads], ...]
    before: tuple[bytes, ...]
    # Text before the gate → (whole needles, shape) that have it there.
    by_before: Mapping[bytes, _Heads]


class GateScan(Scan):
    """One StringZilla search of the page per gate; needles tested where a gate is.

    Each gate is one SIMD search (~12 GB/s: a 100 KB page costs ~8 µs a gate,
    CPython's own ``find`` ~90 µs); Python runs only where a gate occurs, and
    turns most such places away in two calls.
    """

    def __init__(self, needles: Sequence[Needle], gates: Sequence[str]) -> None:
        table: dict[bytes, dict[tuple[bytes, Shape | None], set[bytes]]]
        table = {gate.encode("utf-8"): {} for gate in gates}
        for raw, shape in needles:
            gate = next((g for g in table if g in raw), None)
            if gate is None:
                raise ValueError(f"needle {raw!r} holds none of the gates {tuple(gates)!r}")
            head = raw[: raw.index(gate)]
            table[gate].setdefault((head, shape), set()).add(raw)
        self._gates: list[_Gate] = []
        for gate, groups in table.items():
            by_before: dict[bytes, list[tuple[tuple[bytes, ...], Shape | None]]] = {}
            for (head, shape), raws in groups.items():
                by_before.setdefault(head, []).append((tuple(sorted(raws)), shape))
            heads = tuple(by_before.pop(b"", ()))
            if heads or by_before:
                self._gates.append(
                    _Gate(
                        gate,
                        ((0, heads),) if heads else (),
                        tuple(sorted(by_before)),
                        {k: tuple(v) for k, v in by_before.items()},
                    )
                )

    def hits(self, data: bytes) -> Sequence[int]:
        parts: list[array[int]] = []
        for scan in self._gates:
            gate, heads, before = scan.gate, scan.heads, scan.before
            found: array[int] = array("q")
            ordered, last = True, -1
            position = _find(data, gate, 0)
            while position >= 0:
                tries = heads
                if before and data.endswith(before, 0, position):
                    tries += tuple(
                        (len(head), scan.by_before[head])
                        for head in before
                        if data.endswith(head, 0, position)
                    )
                for back, groups in tries:
                    at = position - back
                    for raws, shape in groups:
                        if (
                            at != last
                            and data.startswith(raws, at)
                            and not _after_comment_end(data, at)
                            and (shape is None or shape.match(data, at) is not None)
                        ):
                            ordered = ordered and at > last
                            found.append(at)
                            last = at
                position = _find(data, gate, position + 1)
            if found:
                parts.append(found if ordered else array("q", sorted(set(found))))
        return _merged(parts)


class HyperscanScan(Scan):
    """Every needle found in one Hyperscan pass; a Python call per match only.

    Hyperscan reports where each match ends; a literal's start is its end less
    its length. Matches come in order of their ends, so a longer needle that
    starts earlier may come after a shorter one: the positions are sorted then.
    """

    def __init__(self, needles: Sequence[Needle], fallback: Scan | None = None) -> None:
        hyperscan = _hyperscan()

        # What scans a page Hyperscan refuses (4 GB and more: its lengths are 32-bit)
        # or fails on: parse must not raise for any bytes.
        self._fallback = fallback
        self._error: type[Exception] = hyperscan.error

        # One pattern a needle, with every shape markers give it (two forms may read
        # the same needle: a post's URL alone on its line, an embed's marked link):
        # a match is one call however many forms share the needle.
        shapes_of: dict[bytes, list[Shape | None]] = {}
        for raw, shape in dict.fromkeys(needles):
            shapes_of.setdefault(raw, []).append(shape)
        raws = list(shapes_of)
        self._needles = len(raws)
        self._lengths = [len(raw) for raw in raws]
        # None: a match is a hit whatever follows it.
        self._shapes: list[tuple[Shape, ...] | None] = [
            None if None in shapes else tuple(s for s in shapes if s is not None)
            for shapes in shapes_of.values()
        ]
        self._db: Any = database(raws, padded=len(raws) < _PADDED_BELOW)
        # (The data's start, where the comment-end rule's "[^*]" cannot match.)
        self._at_start = [(k, raw) for k, raw in enumerate(raws) if raw.startswith(b"/")]
        db = self._db
        self._new_scratch: Callable[[], Any] = lambda: hyperscan.Scratch(db)
        # A scratch space is scanned with by one thread at a time.
        self._local = threading.local()

    def hits(self, data: bytes) -> Sequence[int]:
        if len(data) >= _HYPERSCAN_LIMIT and self._fallback is not None:
            return self._fallback.hits(data)
        found: array[int] = array("q")
        lengths, shapes, needles = self._lengths, self._shapes, self._needles
        order = [True, -1]  # still in order; the last start

        def on_match(index: int, _start: int, end: int, _flags: int, _context: object) -> None:
            if index >= needles:
                return  # padding
            at = end - lengths[index]
            if at == order[1]:
                return  # another needle that starts here too
            shaped = shapes[index]
            if shaped is not None:
                for shape in shaped:
                    if shape.match(data, at) is not None:
                        break
                else:
                    return
            if at < order[1]:
                order[0] = False
            found.append(at)
            order[1] = at

        if data[:1] == b"/":
            for index, raw in self._at_start:
                if data.startswith(raw):
                    on_match(index, 0, len(raw), 0, None)
        try:
            scratch = getattr(self._local, "scratch", None)
            if scratch is None:
                scratch = self._local.scratch = self._new_scratch()
            self._db.scan(data, match_event_handler=on_match, scratch=scratch)
        except self._error:
            if self._fallback is None:
                raise
            return self._fallback.hits(data)
        if order[0]:
            return found
        return array("q", sorted(set(found)))


_HYPERSCAN_LIMIT = 1 << 31


def database(raws: Sequence[bytes], *, padded: bool) -> Any:
    """Hyperscan's database of the needles ``raws`` (pattern ``k`` is ``raws[k]``; the
    padding, when asked for, comes after them).

    Written as patterns, not literals, for the rule of :func:`_after_comment_end`: the
    needle stays at each pattern's end, so its start is still the end less its length
    (as fast: 36.7 against 37.3 µs a page over both corpora), and a needle at the data's
    start is left to the caller. (An anchor, "(?:^|[^*])", made the compile 18 ms
    against 3: a fresh process's first parse.) Padded, see ``_PADDING``.
    """
    hyperscan = _hyperscan()
    patterns = [_pattern(raw) for raw in raws]
    patterns += [re.escape(raw) for raw in (_PADDING if padded else ())]
    db = hyperscan.Database(mode=hyperscan.HS_MODE_BLOCK)
    db.compile(
        expressions=patterns, ids=list(range(len(patterns))), elements=len(patterns), flags=0
    )
    return db


def _after_comment_end(data: bytes, at: int) -> bool:
    """Whether a needle at ``at`` begins with "/" right after "*": a comment's end in a
    style sheet or a script (``/*!sc*/@media``, a hundred times in each page that
    styled-components writes), which no embed's URL follows. Such places are no hits:
    each cost the scan a call into Python and its shapes' tests (~3 µs)."""
    return at > 0 and data[at] == 0x2F and data[at - 1] == 0x2A  # "/" after "*"


def _pattern(raw: bytes) -> bytes:
    """Hyperscan's pattern for the needle ``raw``, with the rule of _after_comment_end
    (but at the data's start, which it cannot match)."""
    escaped = re.escape(raw)
    return b"[^*]" + escaped if raw.startswith(b"/") else escaped


# Hyperscan compiles a set of literals into engines it chooses by the set's
# size and shape: one platform's needles alone, or YouTube's and Facebook's (65),
# scanned the plain pages in 98-141 µs a page, every platform's (150) in 40-47;
# with these 64 literals added, every set tried (each platform, 16 mixes) took
# 34-41 µs (``python benchmarks/needle_sets.py``). They begin with 0xFF, a byte
# UTF-8 never writes, so they match almost nothing; a match of one is ignored.
# (Sets of 115 needles and more scanned as fast alone; padded, every platform's 150
# were 1-3% slower.)
_PADDED_BELOW = 100
_PADDING = tuple(
    bytes((0xFF, 0xC0 + k % 32, 0x80 + k, 0xFF, 0xC1, 0x80 + k * 7 % 64, 0xFF, 0xFE))
    for k in range(64)
)


def _merged(parts: list[array[int]]) -> Sequence[int]:
    """One sorted array of the distinct positions of sorted ``parts``."""
    if len(parts) == 1:
        return parts[0]
    merged: array[int] = array("q")
    last = -1
    for at in heapq.merge(*parts):
        if at != last:
            merged.append(at)
            last = at
    return merged


def _hyperscan() -> Any:
    """The hyperscan module, imported where a scan is first built. Asked of
    ``sys.modules`` each time (a compiled ``import`` statement remembers its first
    answer), so that a missing or broken install is met as it is now."""
    return importlib.import_module("hyperscan")


@functools.lru_cache(maxsize=32)
def scanner(needles: tuple[Needle, ...], gates: tuple[str, ...]) -> Scan:
    """The scan for these needles: Hyperscan where it runs, else one search per gate.

    Every needle must hold one of ``gates`` (checked whichever scan is used, so
    that a needle added without its gate fails everywhere, not on some machines).
    """
    gated = GateScan(needles, gates)
    try:
        return HyperscanScan(needles, gated)
    except Exception:  # not installed, or it cannot run on this CPU
        return gated
