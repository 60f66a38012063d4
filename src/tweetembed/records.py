"""Reading a corpus: the articles held by files, folders, JSON Lines and WARC files.

:func:`read_records` turns paths into :class:`Record` objects (one per article)
and :class:`RecordError` objects (one per thing that could not be read), in a
stable order, never raising for unreadable input. The command line and Python
users (pandas, Dask) share it.

- a file: one record, the whole file;
- a folder: its files, recursively, in sorted order;
- ``-``: standard input, read like a file;
- JSON Lines (``.jsonl``, ``.ndjson``, a ``.json`` file of JSON Lines, or any file
  whose bytes start with ``{"``): one record per line, the article in ``field``
  (default ``html``), the record's ``id`` (or ``url``) kept;
- WARC (``.warc``, or any file whose bytes start with ``WARC/``): one record per
  HTML ``response`` record, with its target URI (needs the ``warc`` extra).

Compression is told by the bytes, not the name: gzip, bzip2, xz, and Zstandard
(the ``zstd`` extra) are read whatever the file is called (``.gz.part``, a
``.gz`` that is not gzip). ``kind`` forces the reading (``page``, ``jsonl``,
``warc``) where the bytes leave it ambiguous.
"""

from __future__ import annotations

import bz2
import contextlib
import gzip
import importlib.util
import io
import itertools
import json
import lzma
import mmap
import os
import stat
import sys
import zlib
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import IO, Any

import attrs
import stringzilla

from ._lazy import re_pattern

# StringZilla's SIMD count (it ships no type hints): newlines of 4 MB blocks.
_count: Callable[[bytes, bytes], int] = stringzilla.count

__all__ = [
    "KINDS",
    "JsonBlock",
    "Progress",
    "Record",
    "RecordError",
    "Unit",
    "WarcPart",
    "display_name",
    "file_size",
    "input_size",
    "read_json_block",
    "read_part",
    "read_path",
    "read_records",
    "read_units",
    "sniff",
]

_JSONL = (".jsonl", ".ndjson")
_WARC = (".warc", ".arc")
# Names that are one page: never opened to look at their first bytes.
_PAGE = (".html", ".htm", ".xhtml", ".shtml", ".txt", ".md", ".xml", ".php", ".asp", ".aspx")
# Compression suffixes, and ".part" of a download in progress, looked through.
_WRAPPERS = (".gz", ".bz2", ".xz", ".zst", ".zstd", ".part", ".tmp")
# How each compression's stream starts.
_MAGIC = (
    (b"\x1f\x8b", "gzip"),
    (b"BZh", "bzip2"),
    (b"\xfd7zXZ\x00", "xz"),
    (b"\x28\xb5\x2f\xfd", "zstd"),
)
KINDS = ("page", "jsonl", "warc")
_ID_KEYS = ("id", "_id", "uuid", "url")


@attrs.frozen
class Record:
    """One article: where it came from, its id if the input gives one, and its content."""

    source: str
    record_id: str | None
    content: bytes | str = attrs.field(repr=lambda c: f"<{len(c)} {type(c).__name__}>")
    # What the transport said of the bytes' charset (a WARC response's
    # Content-Type), for ``parse(content, encoding=…)``.
    encoding: str | None = None
    # Where to find the record again: the WARC file, and the byte offset of the
    # record in it (of its gzip member in a .warc.gz, as Common Crawl's index gives).
    file: str | None = None
    offset: int | None = None


@attrs.frozen
class RecordError:
    """Something that could not be read: where, and why."""

    source: str
    message: str


class _Unreadable(Exception):
    """A file this installation cannot read: the message says what to install."""


def _compression(head: bytes) -> str | None:
    return next((name for magic, name in _MAGIC if head.startswith(magic)), None)


def _decompressing(raw: IO[bytes], compression: str | None) -> IO[bytes]:
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
            raise _Unreadable(
                "Zstandard-compressed: reading it needs zstandard: pip install 'tweetembed[zstd]'"
            ) from None
        # (Buffered: zstandard's reader reads, but cannot iterate over lines.)
        reader = zstandard.ZstdDecompressor().stream_reader(raw, closefd=True)
        return io.BufferedReader(reader)
    return raw


def _open(path: Path) -> IO[bytes]:
    """The file's bytes, decompressed whatever its name says."""
    raw = path.open("rb")
    head = raw.read(6)
    raw.seek(0)
    return _decompressing(raw, _compression(head))


def _bare_name(path: Path) -> str:
    """The name, lower-cased, without compression suffixes (``a.warc.gz.part`` → ``a.warc``)."""
    name = path.name.lower()
    while name.endswith(_WRAPPERS):
        name = name[: name.rindex(".")]
    return name


_JSON_LINE_START = re_pattern(globals(), "_JSON_LINE_START", rb'\{[ \t]*"')


def sniff(head: bytes, name: str = "") -> str:
    """What a file is (``page``, ``jsonl``, ``warc``, or ``json``: a JSON document that is
    not JSON Lines), from its first decompressed bytes and its bare name."""
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if start.startswith(b"WARC/") or name.endswith(_WARC):
        return "warc"
    if _JSON_LINE_START.match(start) or name.endswith(_JSONL):
        return "jsonl"
    if name.endswith(".json"):  # a pretty-printed document, or an array
        return "json"
    return "page"


def _kind_of(path: Path) -> str:
    """What ``path`` holds (see :func:`sniff`); a page by its name alone when it says so."""
    name = _bare_name(path)
    if path.name.lower().endswith(_PAGE):
        return "page"
    with _open(path) as stream:
        head = stream.read(64)
    return sniff(head, name)


def display_name(path: str | os.PathLike[str]) -> str:
    """A path as text that any output can write: bytes that the file system's
    encoding cannot decode are written as ``\\xNN`` (``b'caf\\xe9'`` → ``caf\\xe9``)."""
    name = os.fsdecode(path)
    return name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def _kind(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a FIFO"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    return "not a regular file"


def _files(path: Path, seen: set[tuple[int, int]]) -> Iterator[Path | RecordError]:
    """The regular files under ``path`` (itself, or a folder's, recursively, sorted),
    and an error for everything else: FIFOs, sockets and devices (reading one could
    wait for ever), broken or looping links, folders that cannot be listed. A link
    to a folder is followed once."""
    try:
        info = path.stat()
    except OSError as error:
        reason = "a broken link" if path.is_symlink() else (error.strerror or str(error))
        yield RecordError(display_name(path), f"cannot be read: {reason}")
        return
    if stat.S_ISREG(info.st_mode):
        yield path
        return
    if not stat.S_ISDIR(info.st_mode):
        yield RecordError(display_name(path), f"skipped: {_kind(info.st_mode)}")
        return
    key = (info.st_dev, info.st_ino)
    if key in seen:
        yield RecordError(display_name(path), "skipped: a link back to a folder already read")
        return
    seen.add(key)
    try:
        entries = sorted(os.scandir(path), key=lambda e: os.fsencode(e.name))
    except OSError as error:
        yield RecordError(display_name(path), f"cannot be listed: {error.strerror or error}")
        return
    for entry in entries:
        try:
            # A regular file that is no link, told by the listing's own file type
            # (no stat a file: a folder of thousands of pages is listed in one pass).
            regular = entry.is_file(follow_symlinks=False)
        except OSError:
            regular = False
        if regular:
            yield Path(entry.path)
        else:
            yield from _files(Path(entry.path), seen)


def _jsonl(path: Path, field: str, id_field: str | None = None) -> Iterator[Record | RecordError]:
    for block in _json_blocks(path, field, id_field):
        yield from read_json_block(block)


@attrs.frozen
class JsonBlock:
    """Whole lines of a JSON Lines input, about ``_JSON_BLOCK`` bytes: what one task
    reads, in a worker or here (the same blocks either way, so the same messages)."""

    name: str
    first_line: int
    data: bytes = attrs.field(repr=lambda d: f"<{len(d)} bytes>")
    field: str = "html"
    id_field: str | None = None
    # The bytes of the file (compressed, as on disk) read for this block.
    consumed: int = 0


@attrs.frozen
class Progress:
    """So many bytes of an input (as on disk) have been read; ``whole``: the input
    ends here. Comes in input order among the units, for a progress bar and a count."""

    name: str
    size: int
    whole: bool = False


_JSON_BLOCK = 4 << 20


def _json_blocks(
    source: Path | IO[bytes], field: str, id_field: str | None, name: str | None = None
) -> Iterator[JsonBlock]:
    """The blocks of a JSON Lines file (decompressed) or stream."""
    with contextlib.ExitStack() as stack:
        if isinstance(source, Path):
            raw: IO[bytes] = stack.enter_context(source.open("rb"))
            head = raw.read(6)
            raw.seek(0)
            stream = stack.enter_context(_decompressing(raw, _compression(head)))
        else:
            raw = stream = source
        name = name or display_name(source if isinstance(source, Path) else "-")
        line = 1
        rest = b""
        read = 0  # of the raw file, for progress
        while True:
            chunk = stream.read(_JSON_BLOCK)
            if not chunk:
                break
            data = rest + chunk
            cut = data.rfind(b"\n") + 1
            if cut == 0:  # one long line so far
                rest = data
                continue
            block, rest = data[:cut], data[cut:]
            position = _tell(raw)
            yield JsonBlock(name, line, block, field, id_field, position - read)
            read = position
            line += _count(block, b"\n")
        if rest:
            yield JsonBlock(name, line, rest, field, id_field, _tell(raw) - read)


def _tell(stream: IO[bytes]) -> int:
    """How far ``stream`` has been read (0 where it cannot tell: a pipe)."""
    try:
        return stream.tell()
    except (OSError, ValueError):
        return 0


def read_json_block(block: JsonBlock) -> Iterator[Record | RecordError]:
    """The records of one block of JSON Lines."""
    yield from _json_lines(
        io.BytesIO(block.data), block.name, block.field, block.id_field, block.first_line
    )


_MISSING = object()


def _lookup(value: dict[str, Any], path: str) -> Any:
    """``value[path]``, or along a dotted path (``page.html``); ``_MISSING`` if absent."""
    if path in value:
        return value[path]
    for key in path.split("."):
        if not isinstance(value, dict) or key not in value:
            return _MISSING
        value = value[key]
    return value


def _fields(value: dict[str, Any], prefix: str = "") -> list[str]:
    """The record's fields, nested ones dotted (``page.html``), for a message."""
    names = []
    for key, item in value.items():
        names.append(prefix + key)
        if isinstance(item, dict) and len(names) < 40:
            names += _fields(item, prefix + key + ".")
    return names


def _json_lines(
    stream: IO[bytes], name: str, field: str, id_field: str | None = None, first_line: int = 1
) -> Iterator[Record | RecordError]:
    """One record per JSON line. A field that the lines do not have is reported once
    a block (with the fields they do have) and the lines without it counted, not
    each told."""
    missing: list[str] = []  # where the field was missing
    for number, line in enumerate(stream, start=first_line):
        where = f"{name}:{number}"
        if not line.strip():
            continue
        try:
            value: Any = json.loads(line)
        except ValueError as error:
            yield RecordError(where, f"not a JSON line: {error}")
            continue
        if not isinstance(value, dict):
            yield RecordError(where, "the line is not a JSON object")
            continue
        content = _lookup(value, field)
        if content is _MISSING:
            if not missing:
                fields = ", ".join(_fields(value)) or "none"
                yield RecordError(
                    where, f"no field {field!r} (this line's fields: {fields}); give --field"
                )
            missing.append(where)
            continue
        if not isinstance(content, str):
            yield RecordError(where, f"no text in the field {field!r}")
            continue
        if id_field is not None:
            found = _lookup(value, id_field)
            ident = found if isinstance(found, (str, int)) else None
        else:
            ident = next((value[k] for k in _ID_KEYS if isinstance(value.get(k), (str, int))), None)
        yield Record(where, None if ident is None else str(ident), content)
    if len(missing) > 1:
        yield RecordError(
            name,
            f"{len(missing) - 1} more lines without the field {field!r} (the last: {missing[-1]})",
        )


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


def _warc_records(
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


def _warc(path: Path) -> Iterator[Record | RecordError]:
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
        compression = _compression(stream.read(6))
        stream.seek(0)
        if compression != "gzip":
            # Plain, or one compressed stream (bzip2, xz, Zstandard): read straight through.
            with _decompressing(stream, compression) as plain:
                yield from _warc_records(plain, path)
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
            articles = list(_warc_records(io.BytesIO(body), path, position))
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


# What read_units gives: a record or an error read here, or something to read.
Unit = Record | RecordError | Path | WarcPart | JsonBlock | Progress

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
            if _compression(stream.read(6)) != "gzip":
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


def _one(
    path: Path, field: str, kind: str | None = None, id_field: str | None = None
) -> Iterator[Record | RecordError]:
    """The records of one file, read as ``kind`` (sniffed when ``None``)."""
    try:
        kind = kind or _kind_of(path)
        if kind == "jsonl":
            yield from _jsonl(path, field, id_field)
        elif kind == "warc":
            yield from _warc(path)
        elif kind == "json":
            yield RecordError(
                display_name(path),
                "a JSON document, not JSON Lines (one object a line): cannot be read",
            )
        else:
            with _open(path) as stream:
                yield Record(display_name(path), None, stream.read())
    except _Unreadable as error:
        yield RecordError(display_name(path), str(error))
    except (OSError, EOFError, gzip.BadGzipFile, lzma.LZMAError, io.UnsupportedOperation) as error:
        yield RecordError(display_name(path), f"cannot be read: {error}")
    except Exception as error:  # a broken WARC, say: report it, keep going
        yield RecordError(display_name(path), f"cannot be read: {type(error).__name__}: {error}")


def _stdin(
    data: bytes, field: str, kind: str | None, id_field: str | None
) -> Iterator[Record | RecordError]:
    """Standard input, read like a file: decompressed and sniffed."""
    compression = _compression(data[:6])
    if compression is not None:
        try:
            with _decompressing(io.BytesIO(data), compression) as plain:
                data = plain.read()
        except _Unreadable as error:
            yield RecordError("-", f"standard input is {error}")
            return
        except Exception as error:  # damaged compression (zlib, lzma, zstd errors)
            yield RecordError("-", f"standard input is not a whole {compression} stream: {error}")
            return
    kind = kind or sniff(data[:64])
    if kind == "jsonl":
        for block in _json_blocks(io.BytesIO(data), field, id_field, "-"):
            yield from read_json_block(block)
    elif kind == "warc":
        try:
            yield from _warc_records(io.BytesIO(data), Path("-"))
        except ImportError:
            yield RecordError("-", "reading WARC needs warcio: pip install 'tweetembed[warc]'")
        except Exception as error:
            yield RecordError("-", f"cannot be read: {type(error).__name__}: {error}")
    else:
        yield Record("-", None, data)


def read_units(
    paths: Iterable[str | Path],
    *,
    field: str = "html",
    stdin: IO[bytes] | None = None,
    kind: str | None = None,
    id_field: str | None = None,
    parts: int = 0,
) -> Iterator[Unit]:
    """Like :func:`read_records`, but a file that is one article comes as its Path,
    a JSON Lines file as :class:`JsonBlock` objects, and with ``parts`` a .warc.gz as
    about that many :class:`WarcPart` objects; :class:`Progress` says how much of an
    input the units before it have read (a Path, a part and a block say it themselves).

    Whoever processes the unit reads it (:func:`read_path`, :func:`read_part`): worker
    processes then read their own files instead of receiving their bytes.
    """
    if kind is not None and kind not in KINDS:
        raise ValueError(f"kind must be one of {', '.join(KINDS)}, not {kind!r}")
    if isinstance(paths, (str, bytes, os.PathLike)):
        raise TypeError(
            "paths is a list of paths (read_records(['pages/'])), not one " + type(paths).__name__
        )
    seen: set[tuple[int, int]] = set()
    for given in paths:
        if isinstance(given, (str, bytes)) and os.fsdecode(given) == "-":
            data = (stdin if stdin is not None else sys.stdin.buffer).read()
            yield from _stdin(data, field, kind, id_field)
            yield Progress("-", len(data), whole=True)
            continue
        path = Path(os.fsdecode(given))
        if not os.path.lexists(path):
            yield RecordError(display_name(path), "no such file or folder")
            continue
        for file in _files(path, seen):
            if isinstance(file, RecordError):
                yield file
                continue
            yield from _file_units(file, field, kind, id_field, parts)


def _file_units(
    file: Path, field: str, kind: str | None, id_field: str | None, parts: int
) -> Iterator[Unit]:
    """The units of one regular file, the last of them saying that it was read."""
    name = display_name(file)
    try:
        found = kind or _kind_of(file)
    except _Unreadable as error:
        yield RecordError(name, str(error))
        yield Progress(name, file_size(file), whole=True)
        return
    except Exception as error:  # damaged compression (zlib, lzma, zstd errors)
        yield RecordError(name, f"cannot be read: {error}")
        yield Progress(name, file_size(file), whole=True)
        return
    if found == "page":
        yield file
        return
    cut = warc_parts(file, parts) if found == "warc" and parts > 1 else None
    if cut is not None:
        yield from cut
        return
    size = file_size(file)
    read = 0
    if found == "jsonl":
        for unit in _json_units(file, field, id_field):
            yield unit
            read += unit.consumed if isinstance(unit, JsonBlock) else 0
    else:
        for record in _one(file, field, found, id_field):
            yield record
            # A WARC record's offset is how far its file has been read.
            if isinstance(record, Record) and record.offset is not None and record.offset > read:
                yield Progress(name, record.offset - read)
                read = record.offset
    yield Progress(name, max(size - read, 0), whole=True)


def file_size(path: Path) -> int:
    """The size of ``path`` on disk, 0 when it cannot be told."""
    try:
        return path.stat().st_size
    except OSError:
        return 0


def input_size(paths: Iterable[str | Path]) -> int | None:
    """The bytes (as on disk) of every regular file under ``paths``, for a progress
    bar's total; ``None`` when standard input is one of them and is not a file."""
    total = 0
    seen: set[tuple[int, int]] = set()
    for given in paths:
        if isinstance(given, (str, bytes)) and os.fsdecode(given) == "-":
            try:
                info = os.fstat(sys.stdin.fileno())
            except (OSError, ValueError, AttributeError):
                return None
            if not stat.S_ISREG(info.st_mode):
                return None
            total += info.st_size
            continue
        path = Path(os.fsdecode(given))
        if os.path.lexists(path):
            total += sum(file_size(f) for f in _files(path, seen) if isinstance(f, Path))
    return total


def _json_units(path: Path, field: str, id_field: str | None) -> Iterator[JsonBlock | RecordError]:
    """A JSON Lines file's blocks (their JSON parsed by whoever reads them), or its error."""
    try:
        yield from _json_blocks(path, field, id_field)
    except _Unreadable as error:
        yield RecordError(display_name(path), str(error))
    except Exception as error:  # damaged compression, a file gone
        yield RecordError(display_name(path), f"cannot be read: {error}")


def read_path(path: Path, field: str = "html") -> Iterator[Record | RecordError]:
    """The records of one file that :func:`read_units` found to be one page."""
    yield from _one(path, field, "page")


def read_records(
    paths: Iterable[str | Path],
    *,
    field: str = "html",
    stdin: IO[bytes] | None = None,
    kind: str | None = None,
    id_field: str | None = None,
) -> Iterator[Record | RecordError]:
    """Every record of ``paths`` in order; what cannot be read comes as a RecordError.

    ``kind`` (``page``, ``jsonl``, ``warc``) reads every input so, where the bytes
    leave it ambiguous; by default each file's kind is told by its bytes and name.
    ``field`` and ``id_field`` name a JSON line's article and id (dotted for nested
    ones: ``page.html``); the id is by default ``id``, ``_id``, ``uuid`` or ``url``.
    """
    for unit in read_units(paths, field=field, stdin=stdin, kind=kind, id_field=id_field):
        if isinstance(unit, Path):
            yield from read_path(unit, field)
        elif isinstance(unit, WarcPart):
            yield from read_part(unit)
        elif isinstance(unit, JsonBlock):
            yield from read_json_block(unit)
        elif not isinstance(unit, Progress):
            yield unit
