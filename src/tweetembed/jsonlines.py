"""Reading JSON Lines: one article a line, in a field (dotted for a nested one), cut
into blocks of whole lines that a worker reads on its own."""

from __future__ import annotations

import contextlib
import io
import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO, Any

import attrs
import stringzilla

from .compression import Unreadable, compression_at, decompressing
from .inputs import Record, RecordError, display_name

__all__ = ["JsonBlock", "json_blocks", "json_units", "read_json_block", "read_jsonl"]

# StringZilla's SIMD count (it ships no type hints): newlines of 4 MB blocks.
_count: Callable[[bytes, bytes], int] = stringzilla.count
_ID_KEYS = ("id", "_id", "uuid", "url")


def read_jsonl(
    path: Path, field: str, id_field: str | None = None
) -> Iterator[Record | RecordError]:
    """The records of a JSON Lines file, one a line."""
    for block in json_blocks(path, field, id_field):
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


_JSON_BLOCK = 4 << 20


def json_blocks(
    source: Path | IO[bytes], field: str, id_field: str | None, name: str | None = None
) -> Iterator[JsonBlock]:
    """The blocks of a JSON Lines file (decompressed) or stream."""
    with contextlib.ExitStack() as stack:
        if isinstance(source, Path):
            raw: IO[bytes] = stack.enter_context(source.open("rb"))
            stream = stack.enter_context(decompressing(raw, compression_at(raw)))
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
        except (ValueError, RecursionError) as error:  # (nested past the decoder's depth)
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


def json_units(path: Path, field: str, id_field: str | None) -> Iterator[JsonBlock | RecordError]:
    """A JSON Lines file's blocks (their JSON parsed by whoever reads them), or its error."""
    try:
        yield from json_blocks(path, field, id_field)
    except Unreadable as error:
        yield RecordError(display_name(path), str(error))
    except Exception as error:  # damaged compression, a file gone
        yield RecordError(display_name(path), f"cannot be read: {error}")
