"""Reading WARC files: each HTML response an article, with its target URI, record id
and offset. A ``.warc.gz`` is read by FastWARC where installed, then a gzip member
at a time from its last record on (FastWARC stops at damage and takes a cut-off
record for whole); each damaged stretch is reported once, with its offsets. A
``.warc.gz`` can be cut into parts at gzip members, each read by its own worker."""

from __future__ import annotations

import contextlib
import importlib.util
import io
import itertools
import mmap
import os
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

import attrs

from .compression import compression_at, decompressing
from .inputs import Record, RecordError, display_name

__all__ = ["WarcPart", "read_part", "read_warc", "warc_parts", "warc_records"]


def _response(record: Any, path: Path, offset: int | None = None) -> Record | None:
    """The article of a WARC record: an HTML response's body, else ``None``."""
    if record.rec_type != "response" or record.http_headers is None:
        return None
    content_type = record.http_headers.get_header("Content-Type") or ""
    if "html" not in content_type.lower():
        return None
    uri = record.rec_headers.get_header("WARC-Target-URI") or display_name(path)
    ident = record.rec_headers.get_header("WARC-Record-ID")
    body = record.content_stream().read()
    return Record(uri, ident, body, content_type or None, display_name(path), offset)


_MEMBER = b"\x1f\x8b\x08"  # how a gzip member starts
_CHUNK = 1 << 20
_FIRST_CHUNK = 1 << 16


def _members(
    data: Any, path: Path, start: int = 0, end: int | None = None
) -> Iterator[tuple[int, bytes] | RecordError]:
    """The decompressed gzip members of a ``.warc.gz`` (one WARC record each), and one
    error for each damaged stretch (with its offset), after which reading goes on at
    the next member that decompresses; a member cut off by the end of the file is an
    error too. Only members that start in ``[start, end)`` are read."""
    name, size = display_name(path), len(data)
    stop = size if end is None else end
    view = memoryview(data)  # slices without copies
    position, damaged = start, -1  # damaged: where the current damaged stretch began
    while position < stop:
        if data[position : position + 3] == _MEMBER:
            inflater = zlib.decompressobj(31)
            pieces: list[bytes] = []
            at, step = position, _FIRST_CHUNK
            try:
                while not inflater.eof and at < size:
                    chunk = view[at : at + step]
                    pieces.append(inflater.decompress(chunk))
                    at += len(chunk) - len(inflater.unused_data)
                    step = min(step * 4, _CHUNK)  # a record is ~30 KB; a few are MBs
            except zlib.error:
                pass
            if inflater.eof:
                if damaged >= 0:
                    yield RecordError(
                        name, f"damaged bytes {damaged}–{position} skipped (not a gzip member)"
                    )
                    damaged = -1
                yield position, b"".join(pieces)
                position = at
                continue
            if at >= size and damaged < 0:
                yield RecordError(
                    name, f"cut off: the record at byte {position} ends with the file"
                )
                return
        if damaged < 0:
            damaged = position
        found = data.find(_MEMBER, position + 1, stop)
        position = stop if found < 0 else found
    if damaged >= 0:
        at_end = " at the end of the file" if stop == size else ""
        yield RecordError(name, f"damaged bytes {damaged}–{stop}{at_end} skipped")


def warc_records(
    stream: IO[bytes], path: Path, at: int | None = None
) -> Iterator[Record | RecordError]:
    """The articles of a WARC stream; ``at``: the offset of the gzip member it is."""
    from warcio.archiveiterator import ArchiveIterator

    complaints = io.StringIO()
    # warcio writes its complaints to sys.stderr: it is redirected while warcio
    # works, never while this generator waits (the rows and messages written
    # meanwhile would be taken for warcio's).
    with contextlib.redirect_stderr(complaints):
        records = ArchiveIterator(stream)
        each = iter(records)
    while True:
        with contextlib.redirect_stderr(complaints):
            record = next(each, None)
            if record is None:
                break
            article = _response(record, path, at)
            if article is not None and at is None:
                # (asked once the record is read: warcio reads to its end)
                article = attrs.evolve(article, offset=records.get_record_offset())
        if article is not None:
            yield article
    if complaints.getvalue():
        yield RecordError(display_name(path), "a record is damaged")


def read_warc(path: Path) -> Iterator[Record | RecordError]:
    # (Looked for, not imported: warcio, ~60 ms to import with what it brings, reads
    # only what FastWARC cannot, a damaged or cut-off record.)
    try:
        found = importlib.util.find_spec("warcio") is not None
    except (ImportError, ValueError):  # (a module set to None, as tests do)
        found = False
    if not found:
        yield RecordError(
            display_name(path), "reading WARC needs warcio: pip install 'tweetembed[warc]'"
        )
        return
    with path.open("rb") as stream:
        compression = compression_at(stream)
        if compression != "gzip":
            # Plain, or one compressed stream (bzip2, xz, Zstandard): read straight through.
            with decompressing(stream, compression) as plain:
                yield from warc_records(plain, path)
            return
        if os.fstat(stream.fileno()).st_size == 0:
            return
        with mmap.mmap(stream.fileno(), 0, access=mmap.ACCESS_READ) as data:
            yield from _warc_gz(path, data)


def _warc_gz(
    path: Path, data: Any, start: int = 0, end: int | None = None
) -> Iterator[Record | RecordError]:
    """A .warc.gz: FastWARC reads it where installed (twice warcio's speed), and the
    last record it gives, and everything after, is read again a gzip member at a time:
    FastWARC gives a record cut off by the end of the file as if whole, and stops at
    damage. Without FastWARC the whole file is read a member at a time. Only the
    members that start in ``[start, end)`` are read (a part, for a worker)."""
    end = len(data) if end is None else end
    pending: Record | None = None  # FastWARC's last record, not yet known whole
    resume = start  # where reading a member at a time starts
    try:
        from fastwarc.warc import ArchiveIterator, WarcRecordType
    except ImportError:
        pass
    else:
        try:
            whole = start == 0 and end == len(data)
            # (A part is copied: a worker's share of the file, tens of MB at most.)
            source = str(path) if whole else io.BytesIO(data[start:end])
            for record in ArchiveIterator(
                source, record_types=WarcRecordType.response, parse_http=True,
                auto_decode="all", fsspec_args=False,  # (as warcio's content_stream)
            ):  # fmt: skip
                article = _fast_response(record, path, start)
                if article is not None:
                    if pending is not None:
                        yield pending
                    pending, resume = article, start + record.stream_pos
        except Exception:  # damage: the member reader below reports it and goes on
            pass
    for member in _members(data, path, resume, end):
        if isinstance(member, RecordError):
            pending = None  # (the damage or cut-off is reported instead)
            yield member
            continue
        position, body = member
        if pending is not None:
            if position == pending.offset:
                yield pending  # whole: its member decompressed to its end
                pending = None
                continue
            pending = None
        try:
            articles = list(warc_records(io.BytesIO(body), path, position))
        except Exception as error:  # a member that is no WARC record
            yield RecordError(display_name(path), f"a record cannot be read: {error}")
            continue
        yield from articles


@attrs.frozen
class WarcPart:
    """The gzip members of a .warc.gz that start in ``[start, end)``: what one worker reads."""

    path: Path
    start: int
    end: int
    # The file ends with this part.
    last: bool = False


# A part is worth its own task from this size on.
_MIN_PART = 4 << 20


def _member_at_or_after(data: Any, position: int) -> int:
    """The first gzip member at or after ``position`` that opens a WARC record (a
    member's magic bytes can also occur inside compressed data), else the end."""
    view = memoryview(data)
    while True:
        found: int = data.find(_MEMBER, position)
        if found < 0:
            return len(data)
        try:
            head = zlib.decompressobj(31).decompress(view[found : found + 4096], 8)
        except zlib.error:
            head = b""
        if head.startswith(b"WARC/"):
            return found
        position = found + 1


def warc_parts(path: Path, count: int) -> list[WarcPart] | None:
    """``path`` cut into about ``count`` parts at gzip member starts, for workers that
    each read their own; ``None`` when it is not a .warc.gz worth cutting."""
    try:
        with path.open("rb") as stream:
            if compression_at(stream) != "gzip":
                return None
            size = os.fstat(stream.fileno()).st_size
            if count < 2 or size < 2 * _MIN_PART:
                return None
            with mmap.mmap(stream.fileno(), 0, access=mmap.ACCESS_READ) as data:
                step = max(_MIN_PART, size // count)
                cuts = sorted({0, *(_member_at_or_after(data, b) for b in range(step, size, step))})
    except (OSError, ValueError):
        return None  # read whole, where its errors are reported
    bounds = [c for c in cuts if c < size] + [size]
    return [WarcPart(path, a, b, b == size) for a, b in itertools.pairwise(bounds) if a < b]


def read_part(part: WarcPart) -> Iterator[Record | RecordError]:
    """The records of one part of a .warc.gz (see :func:`warc_parts`)."""
    try:
        with (
            part.path.open("rb") as stream,
            mmap.mmap(stream.fileno(), 0, access=mmap.ACCESS_READ) as data,
        ):
            yield from _warc_gz(part.path, data, part.start, part.end)
    except Exception as error:  # a broken file: report it, keep going
        yield RecordError(
            display_name(part.path), f"cannot be read: {type(error).__name__}: {error}"
        )


def _fast_response(record: Any, path: Path, base: int = 0) -> Record | None:
    """The article of a FastWARC record, as :func:`_response` reads warcio's."""
    headers = record.http_headers
    if headers is None:
        return None
    content_type = headers.get("Content-Type") or ""
    if "html" not in content_type.lower():
        return None
    uri = record.headers.get("WARC-Target-URI") or display_name(path)
    body = record.reader.read()
    offset = base + record.stream_pos
    return Record(uri, record.record_id, body, content_type or None, display_name(path), offset)
