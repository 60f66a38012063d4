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

import gzip
import io
import lzma
import os
import stat
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO

import attrs

from ._lazy import re_pattern
from .compression import (
    Unreadable,
    compression_of,
    decompressing,
    open_decompressed,
    read_decompressed,
)
from .inputs import Record, RecordError, display_name
from .jsonlines import JsonBlock, json_blocks, json_units, read_json_block, read_jsonl
from .warc import WarcPart, read_part, read_warc, warc_parts, warc_records

__all__ = [
    "KINDS",
    "Progress",
    "Unit",
    "file_size",
    "input_size",
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
KINDS = ("page", "jsonl", "warc")


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
    with open_decompressed(path) as stream:
        head = stream.read(64)
    return sniff(head, name)


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


@attrs.frozen
class Progress:
    """So many bytes of an input (as on disk) have been read; ``whole``: the input
    ends here. Comes in input order among the units, for a progress bar and a count."""

    name: str
    size: int
    whole: bool = False


# What read_units gives: a record or an error read here, or something to read.
Unit = Record | RecordError | Path | WarcPart | JsonBlock | Progress


def _one(
    path: Path, field: str, kind: str | None = None, id_field: str | None = None
) -> Iterator[Record | RecordError]:
    """The records of one file, read as ``kind`` (sniffed when ``None``)."""
    try:
        kind = kind or _kind_of(path)
        if kind == "jsonl":
            yield from read_jsonl(path, field, id_field)
        elif kind == "warc":
            yield from read_warc(path)
        elif kind == "json":
            yield RecordError(
                display_name(path),
                "a JSON document, not JSON Lines (one object a line): cannot be read",
            )
        else:
            yield Record(display_name(path), None, read_decompressed(path))
    except Unreadable as error:
        yield RecordError(display_name(path), str(error))
    except (OSError, EOFError, gzip.BadGzipFile, lzma.LZMAError, io.UnsupportedOperation) as error:
        yield RecordError(display_name(path), f"cannot be read: {error}")
    except Exception as error:  # a broken WARC, say: report it, keep going
        yield RecordError(display_name(path), f"cannot be read: {type(error).__name__}: {error}")


def _stdin(
    data: bytes, field: str, kind: str | None, id_field: str | None
) -> Iterator[Record | RecordError]:
    """Standard input, read like a file: decompressed and sniffed."""
    compression = compression_of(data[:6])
    if compression is not None:
        try:
            with decompressing(io.BytesIO(data), compression) as plain:
                data = plain.read()
        except Unreadable as error:
            yield RecordError("-", f"standard input is {error}")
            return
        except Exception as error:  # damaged compression (zlib, lzma, zstd errors)
            yield RecordError("-", f"standard input is not a whole {compression} stream: {error}")
            return
    kind = kind or sniff(data[:64])
    if kind == "jsonl":
        for block in json_blocks(io.BytesIO(data), field, id_field, "-"):
            yield from read_json_block(block)
    elif kind == "warc":
        try:
            yield from warc_records(io.BytesIO(data), Path("-"))
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
    try:
        found = kind or _kind_of(file)
    except Unreadable as error:
        yield RecordError(display_name(file), str(error))
        yield Progress(display_name(file), file_size(file), whole=True)
        return
    except Exception as error:  # damaged compression (zlib, lzma, zstd errors)
        yield RecordError(display_name(file), f"cannot be read: {error}")
        yield Progress(display_name(file), file_size(file), whole=True)
        return
    if found == "page":
        yield file  # (named by whoever reads it: a folder's thousands of pages, no name each)
        return
    name = display_name(file)
    cut = warc_parts(file, parts) if found == "warc" and parts > 1 else None
    if cut is not None:
        yield from cut
        return
    size = file_size(file)
    read = 0
    if found == "jsonl":
        for unit in json_units(file, field, id_field):
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
