"""Reading a corpus: the articles held by files, folders, JSON Lines and WARC files.

:func:`read_records` turns paths into :class:`Record` objects (one per article)
and :class:`RecordError` objects (one per thing that could not be read), in a
stable order, never raising for unreadable input. The command line and Python
users (pandas, Dask) share it.

- a file (``.gz`` read transparently): one record, the whole file;
- a folder: its files, recursively, in sorted order;
- ``-``: standard input, one record;
- ``.jsonl`` / ``.jsonl.gz`` / ``.ndjson``: one record per line, the article in
  ``field`` (default ``html``), the record's ``id`` (or ``url``) kept;
- ``.warc`` / ``.warc.gz``: one record per HTML ``response`` record, with its
  target URI (needs the ``warc`` extra: ``pip install 'tweetembed[warc]'``).
"""

from __future__ import annotations

import contextlib
import gzip
import io
import json
import mmap
import os
import stat
import sys
import zlib
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any

import attrs

__all__ = ["Record", "RecordError", "display_name", "read_path", "read_records", "read_units"]

_JSONL = (".jsonl", ".jsonl.gz", ".ndjson", ".ndjson.gz")
_WARC = (".warc", ".warc.gz")
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


@attrs.frozen
class RecordError:
    """Something that could not be read: where, and why."""

    source: str
    message: str


def _open(path: Path) -> IO[bytes]:
    raw = path.open("rb")
    if raw.read(2) == b"\x1f\x8b":
        raw.seek(0)
        return gzip.GzipFile(fileobj=raw)  # type: ignore[return-value]
    raw.seek(0)
    return raw


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
        yield from _files(Path(entry.path), seen)


def _jsonl(path: Path, field: str) -> Iterator[Record | RecordError]:
    with _open(path) as stream:
        for number, line in enumerate(stream, start=1):
            where = f"{display_name(path)}:{number}"
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
            content = value.get(field)
            if not isinstance(content, str):
                yield RecordError(where, f"no text in the field {field!r}")
                continue
            ident = next((value[k] for k in _ID_KEYS if isinstance(value.get(k), (str, int))), None)
            yield Record(where, None if ident is None else str(ident), content)


def _response(record: Any, path: Path) -> Record | None:
    """The article of a WARC record: an HTML response's body, else ``None``."""
    if record.rec_type != "response" or record.http_headers is None:
        return None
    content_type = record.http_headers.get_header("Content-Type") or ""
    if "html" not in content_type.lower():
        return None
    uri = record.rec_headers.get_header("WARC-Target-URI") or display_name(path)
    ident = record.rec_headers.get_header("WARC-Record-ID")
    return Record(uri, ident, record.content_stream().read(), content_type or None)


_MEMBER = b"\x1f\x8b\x08"  # how a gzip member starts
_CHUNK = 1 << 20


def _members(data: Any, path: Path) -> Iterator[bytes | RecordError]:
    """The decompressed gzip members of a ``.warc.gz`` (one WARC record each), and one
    error for each damaged stretch (with its offset), after which reading goes on at
    the next member that decompresses; a member cut off by the end of the file is an
    error too."""
    name, size = display_name(path), len(data)
    position, damaged = 0, -1  # damaged: where the current damaged stretch began
    while position < size:
        if data[position : position + 3] == _MEMBER:
            inflater = zlib.decompressobj(31)
            pieces: list[bytes] = []
            at = position
            try:
                while not inflater.eof and at < size:
                    chunk = data[at : at + _CHUNK]
                    pieces.append(inflater.decompress(chunk))
                    at += len(chunk) - len(inflater.unused_data)
            except zlib.error:
                pass
            if inflater.eof:
                if damaged >= 0:
                    yield RecordError(
                        name, f"damaged bytes {damaged}–{position} skipped (not a gzip member)"
                    )
                    damaged = -1
                yield b"".join(pieces)
                position = at
                continue
            if at >= size and damaged < 0:
                yield RecordError(
                    name, f"cut off: the record at byte {position} ends with the file"
                )
                return
        if damaged < 0:
            damaged = position
        found = data.find(_MEMBER, position + 1)
        position = size if found < 0 else found
    if damaged >= 0:
        yield RecordError(name, f"damaged bytes {damaged}–{size} at the end of the file skipped")


def _warc(path: Path) -> Iterator[Record | RecordError]:
    try:
        from warcio.archiveiterator import ArchiveIterator
    except ImportError:
        yield RecordError(
            display_name(path), "reading WARC needs warcio: pip install 'tweetembed[warc]'"
        )
        return
    if not path.name.lower().endswith(".gz"):
        with path.open("rb") as stream:
            for record in ArchiveIterator(stream):
                article = _response(record, path)
                if article is not None:
                    yield article
        return
    with path.open("rb") as stream:
        if os.fstat(stream.fileno()).st_size == 0:
            return
        with mmap.mmap(stream.fileno(), 0, access=mmap.ACCESS_READ) as data:
            for member in _members(data, path):
                if isinstance(member, RecordError):
                    yield member
                    continue
                # warcio writes what it cannot read to stderr: say it our way instead.
                complaints = io.StringIO()
                try:
                    with contextlib.redirect_stderr(complaints):
                        articles = [
                            article
                            for record in ArchiveIterator(io.BytesIO(member))
                            if (article := _response(record, path)) is not None
                        ]
                except Exception as error:  # a member that is no WARC record
                    yield RecordError(display_name(path), f"a record cannot be read: {error}")
                    continue
                yield from articles
                if complaints.getvalue():
                    yield RecordError(display_name(path), "a record is damaged")


def _is_container(path: Path) -> bool:
    return path.name.lower().endswith(_JSONL + _WARC)


def _one(path: Path, field: str) -> Iterator[Record | RecordError]:
    name = path.name.lower()
    try:
        if name.endswith(_JSONL):
            yield from _jsonl(path, field)
        elif name.endswith(_WARC):
            yield from _warc(path)
        else:
            with _open(path) as stream:
                yield Record(display_name(path), None, stream.read())
    except (OSError, EOFError, gzip.BadGzipFile, io.UnsupportedOperation) as error:
        yield RecordError(display_name(path), f"cannot be read: {error}")
    except Exception as error:  # a broken WARC, say: report it, keep going
        yield RecordError(display_name(path), f"cannot be read: {type(error).__name__}: {error}")


def read_units(
    paths: Iterable[str | Path], *, field: str = "html", stdin: IO[bytes] | None = None
) -> Iterator[Record | RecordError | Path]:
    """Like :func:`read_records`, but a file that is one article comes as its Path.

    Whoever processes the unit reads it (:func:`read_path`): worker processes then
    read their own files instead of receiving their bytes.
    """
    seen: set[tuple[int, int]] = set()
    for given in paths:
        if isinstance(given, (str, bytes)) and os.fsdecode(given) == "-":
            stream = stdin if stdin is not None else sys.stdin.buffer
            data = stream.read()
            if data[:2] == b"\x1f\x8b":
                try:
                    data = gzip.decompress(data)
                except (OSError, EOFError) as error:
                    yield RecordError("-", f"standard input is not a whole gzip stream: {error}")
                    continue
            yield Record("-", None, data)
            continue
        path = Path(os.fsdecode(given))
        if not os.path.lexists(path):
            yield RecordError(display_name(path), "no such file or folder")
            continue
        for file in _files(path, seen):
            if isinstance(file, RecordError) or not _is_container(file):
                yield file
            else:
                yield from _one(file, field)


def read_path(path: Path, field: str = "html") -> Iterator[Record | RecordError]:
    """The records of one file."""
    yield from _one(path, field)


def read_records(
    paths: Iterable[str | Path], *, field: str = "html", stdin: IO[bytes] | None = None
) -> Iterator[Record | RecordError]:
    """Every record of ``paths`` in order; what cannot be read comes as a RecordError."""
    for unit in read_units(paths, field=field, stdin=stdin):
        if isinstance(unit, Path):
            yield from read_path(unit, field)
        else:
            yield unit
