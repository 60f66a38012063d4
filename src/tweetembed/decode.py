"""Stage 1: turn the caller's ``str`` or ``bytes`` into text, never raising.

Bytes are decoded by their byte-order mark, else by the ``<meta charset>`` or
``http-equiv`` declaration near the top of the page, else as UTF-8; bytes that do
not decode become U+FFFD, so nothing else in the page is lost.
"""

from __future__ import annotations

import codecs
import functools
import re
from collections.abc import Sequence

from ._utf8 import code_point_offsets

__all__ = ["decode", "decode_at", "is_wide"]

# The HTML standard's prescan reads the first 1024 bytes; real pages often put
# their <meta> after long <script> or <link> blocks, so look a little further.
_PRESCAN = 4096

_META_CHARSET = re.compile(
    rb"""<meta\b[^>]{0,512}?\bcharset\s*=\s*["']?\s*([a-zA-Z0-9_:.+-]{1,40})""",
    re.IGNORECASE,
)

# WHATWG's Encoding Standard folds these labels into supersets; browsers decode
# a page labelled ISO-8859-1 as windows-1252, and so must we to match a reader.
_WHATWG_ALIASES = {
    "iso-8859-1": "cp1252",
    "iso8859-1": "cp1252",
    "latin1": "cp1252",
    "latin-1": "cp1252",
    "l1": "cp1252",
    "ascii": "cp1252",
    "us-ascii": "cp1252",
    "iso-8859-9": "cp1254",
    "iso-8859-11": "cp874",
    "tis-620": "cp874",
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "x-gbk": "gb18030",
    "shift_jis": "cp932",
    "shift-jis": "cp932",
    "sjis": "cp932",
    "x-sjis": "cp932",
    "windows-31j": "cp932",
    "euc-kr": "cp949",
    "ks_c_5601-1987": "cp949",
    "big5": "big5hkscs",
    "utf-16": "utf-8",  # a <meta> cannot truthfully declare UTF-16 in an ASCII-readable page
    "utf-16le": "utf-8",
    "utf-16be": "utf-8",
    "x-user-defined": "cp1252",
}

_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


def _declared_encoding(head: bytes) -> str | None:
    """Return the Python codec named by the page's ``<meta>``, if Python knows it."""
    match = _META_CHARSET.search(head)
    if match is None:
        return None
    label = match.group(1).decode("ascii").strip().lower()
    label = _WHATWG_ALIASES.get(label, label)
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def is_wide(data: bytes) -> bool:
    """Whether ``data`` starts with a UTF-16 byte-order mark (not ASCII-compatible)."""
    return data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))


def _encoding(data: bytes) -> tuple[str, int]:
    """The codec to read ``data`` with, and the length of its byte-order mark."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return encoding, len(bom)
    return _declared_encoding(data[:_PRESCAN]) or "utf-8", 0


@functools.lru_cache(maxsize=64)
def _segmentable(encoding: str) -> bool:
    """Whether text decoded piecewise at ASCII bytes equals the whole decoded.

    True for UTF-8 (an ASCII byte is never inside a multi-byte sequence) and for
    single-byte code pages; not for UTF-16 or the multi-byte legacy codecs, where
    an ASCII byte value can be the second byte of a character.
    """
    if encoding.replace("_", "-") in ("utf-8", "utf8"):
        return True
    try:
        return len(bytes(range(256)).decode(encoding, "replace")) == 256
    except (LookupError, ValueError):
        return False


def decode(source: str | bytes) -> str:
    """Return the text of ``source``; bytes are decoded without ever raising."""
    if isinstance(source, str):
        return source
    encoding, bom = _encoding(source)
    try:
        return source[bom:].decode(encoding, "replace")
    except (LookupError, ValueError):  # a codec that refuses "replace" or the input
        return source[bom:].decode("utf-8", "replace")


def decode_at(data: bytes, positions: Sequence[int]) -> tuple[str, list[int]] | None:
    """Decode ``data`` and map byte ``positions`` (of ASCII bytes) to text positions.

    ``None`` when the encoding cannot be cut at ASCII bytes (see above).
    """
    encoding, bom = _encoding(data)
    if (bom and encoding != "utf-8") or not _segmentable(encoding):
        return None
    if encoding == "utf-8":
        try:
            text = data[bom:].decode("utf-8")
        except UnicodeDecodeError:  # replacement characters: count them as decoded
            return _decode_pieces(data, positions, bom)
        # Valid UTF-8: a position's characters are the code points before it,
        # counted by SIMD with no second decoding.
        return text, code_point_offsets(data, positions, bom)
    try:  # a single-byte code page: one character a byte
        return data.decode(encoding, "replace"), list(positions)
    except (LookupError, ValueError):
        return None


def _decode_pieces(data: bytes, positions: Sequence[int], bom: int) -> tuple[str, list[int]]:
    """UTF-8 with errors, decoded in pieces cut at ``positions``: one decoding in all."""
    pieces: list[str] = []
    offsets: list[int] = []
    length, previous = 0, bom
    for position in positions:
        piece = data[previous:position].decode("utf-8", "replace")
        pieces.append(piece)
        length += len(piece)
        offsets.append(length)
        previous = position
    pieces.append(data[previous:].decode("utf-8", "replace"))
    return "".join(pieces), offsets
