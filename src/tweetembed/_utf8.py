"""Byte offsets in UTF-8 counted as code points, by SIMD (StringZilla)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import stringzilla

__all__ = ["code_point_offsets", "count_code_points"]

# StringZilla ships no type hints. It counts the bytes that start a code point,
# so a lone surrogate written with "surrogatepass" counts as one, as in the str.
_count: Callable[[memoryview], int] = stringzilla.utf8_count


def code_point_offsets(data: bytes, positions: Sequence[int], start: int = 0) -> list[int]:
    """The code-point offsets, counted from byte ``start``, of sorted byte ``positions``
    of ASCII bytes in well-formed UTF-8 ``data``."""
    view = memoryview(data)
    offsets: list[int] = []
    chars, previous = 0, start
    for position in positions:
        chars += _count(view[previous:position])
        offsets.append(chars)
        previous = position
    return offsets


def count_code_points(data: bytes, start: int, end: int) -> int:
    """The code points of well-formed UTF-8 ``data[start:end]`` (cut at boundaries)."""
    return _count(memoryview(data)[start:end])
