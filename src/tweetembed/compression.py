"""Reading through compression told by the bytes, not the name: gzip (ISA-L's
where installed), bzip2, xz and Zstandard (the ``zstd`` extra)."""

from __future__ import annotations

import bz2
import gzip
import io
import lzma
from pathlib import Path
from typing import IO

__all__ = [
    "Unreadable",
    "compression_at",
    "compression_of",
    "decompressing",
    "open_decompressed",
    "read_decompressed",
]

# How each compression's stream starts.
_MAGIC = (
    (b"\x1f\x8b", "gzip"),
    (b"BZh", "bzip2"),
    (b"\xfd7zXZ\x00", "xz"),
    (b"\x28\xb5\x2f\xfd", "zstd"),
)


class Unreadable(Exception):
    """A file this installation cannot read: the message says what to install."""


def compression_of(head: bytes) -> str | None:
    """The compression whose magic bytes ``head`` starts with (``gzip``, ``bzip2``,
    ``xz``, ``zstd``), else ``None``."""
    return next((name for magic, name in _MAGIC if head.startswith(magic)), None)


def decompressing(raw: IO[bytes], compression: str | None) -> IO[bytes]:
    """``raw`` read through its compression."""
    if compression == "gzip":
        try:  # ISA-L's gzip reads 2.5x as fast as the standard library's
            from isal import igzip
        except ImportError:
            return gzip.GzipFile(fileobj=raw)  # type: ignore[return-value]
        return igzip.IGzipFile(fileobj=raw)  # type: ignore[return-value,no-untyped-call]
    if compression == "bzip2":
        return bz2.BZ2File(raw)
    if compression == "xz":
        return lzma.LZMAFile(raw)
    if compression == "zstd":
        try:
            import zstandard
        except ImportError:
            raw.close()
            raise Unreadable(
                "Zstandard-compressed: reading it needs zstandard: pip install 'tweetembed[zstd]'"
            ) from None
        # (Buffered: zstandard's reader reads, but cannot iterate over lines.)
        reader = zstandard.ZstdDecompressor().stream_reader(raw, closefd=True)
        return io.BufferedReader(reader)
    return raw


def compression_at(raw: IO[bytes]) -> str | None:
    """The compression of a file just opened (:func:`compression_of` its first bytes),
    left at its start again for reading."""
    head = raw.read(6)
    raw.seek(0)
    return compression_of(head)


def open_decompressed(path: Path) -> IO[bytes]:
    """The file's bytes, decompressed whatever its name says."""
    raw = path.open("rb")
    return decompressing(raw, compression_at(raw))


def read_decompressed(path: Path) -> bytes:
    """The file's bytes, decompressed whatever its name says: read whole in one call
    (a page: most are not compressed), where a stream read through its first bytes
    cost a folder of 5,000 pages ~60 ms more than reading them."""
    with open(path, "rb", buffering=0) as raw:
        data = raw.readall()
    compression = compression_of(data[:6])
    if compression is None:
        return data
    with decompressing(io.BytesIO(data), compression) as stream:
        return stream.read()
