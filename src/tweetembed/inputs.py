"""What reading a corpus gives: each article as a :class:`Record`, each thing that
could not be read as a :class:`RecordError`, and paths named so that any output
can write them."""

from __future__ import annotations

import os

import attrs

__all__ = ["Record", "RecordError", "display_name"]


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


def display_name(path: str | os.PathLike[str]) -> str:
    """A path as text that any output can write: bytes that the file system's
    encoding cannot decode are written as ``\\xNN`` (``b'caf\\xe9'`` → ``caf\\xe9``)."""
    name = os.fsdecode(path)
    return name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
