"""Reading a corpus into rows: records in, one row per embed out, failures kept.

:func:`read` is the Python side of the command line: the same rows, in input
order, on as many processes as asked; every input that cannot be read is handed
to the caller (:attr:`Reading.failures`, or an ``on_error`` callback), never
dropped.
"""

from __future__ import annotations

import collections
import gc
import os
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

import attrs

from .decode import transport_codec
from .inputs import Record, RecordError, display_name
from .jsonlines import JsonBlock, read_json_block
from .models import Embed
from .output import row
from .pipeline import parse
from .records import KINDS, Progress, Unit, file_size, read_path, read_units
from .warc import WarcPart, read_part
from .workers import Result, WorkerDied

__all__ = ["Failure", "Reading", "read"]

# Units a task (files, records or WARC parts), and tasks in flight a worker. (A folder
# of 5,000 pages with --jobs 2, alternated fresh runs: 16 files a task 0.93 s, 32 0.87,
# 64 0.83, 128 0.82; WARC parts and blocks of JSON Lines end their task anyway.)
_CHUNK = 64
_WINDOW = 3

# ("ok", source, rows, 0) or ("error", message, [], 0) for a record; ("read", name,
# [], size) when so many bytes of an input (as on disk) were read, ("file", …) when
# they end it: for a progress bar and the count of files.
Outcome = tuple[str, str, list[dict[str, Any]], int]


@attrs.frozen
class Failure:
    """An input, or part of one, that could not be read: where, and why."""

    source: str
    message: str


@attrs.frozen
class ReadOptions:
    """How each record is read and turned into rows (sent to the workers once a task)."""

    field: str = "html"
    platforms: tuple[str, ...] | None = None
    # The charset for records whose transport declared none.
    encoding: str | None = None
    kind: str | None = None
    id_field: str | None = None
    # A row for every article, one without embeds too.
    articles: bool = False


_Task = tuple[Unit, ReadOptions]


def _parse_unit(task: _Task) -> list[Outcome]:
    """The outcomes of one unit: a record, an error, or a file read here (in a worker),
    then how much of its input the unit read."""
    unit, options = task
    records: Iterable[Record | RecordError]
    if isinstance(unit, Progress):
        return [_read(unit)]
    if isinstance(unit, Path):
        records = read_path(unit, options.field)
        done = Progress(display_name(unit), file_size(unit), whole=True)
    elif isinstance(unit, WarcPart):
        records = read_part(unit)
        done = Progress(display_name(unit.path), unit.end - unit.start, whole=unit.last)
    elif isinstance(unit, JsonBlock):
        records = read_json_block(unit)
        done = Progress(unit.name, unit.consumed)
    else:
        return [_parse_record(unit, options)]
    return [*(_parse_record(record, options) for record in records), _read(done)]


def _read(progress: Progress) -> Outcome:
    """The outcome that says how much of an input was read."""
    return ("file" if progress.whole else "read", progress.name, [], progress.size)


def _parse_record(record: Record | RecordError, options: ReadOptions) -> Outcome:
    """Rows of one record, or its error."""
    if isinstance(record, RecordError):
        return ("error", f"{record.source}: {record.message}", [], 0)
    try:
        declared = record.encoding if transport_codec(record.encoding) else options.encoding
        embeds = parse(record.content, platforms=options.platforms, encoding=declared)
    except Exception as error:  # parse does not raise for text; this is a bug report
        return ("error", f"{record.source}: {type(error).__name__}: {error}", [], 0)
    # An article without embeds gets a row of its own only when every article is asked for.
    shown: list[Embed | None] = list(embeds) or ([None] if options.articles else [])
    rows = [
        row(record.source, record.record_id, e, file=record.file, offset=record.offset,
            embeds=len(embeds))
        for e in shown
    ]  # fmt: skip
    return ("ok", record.source, rows, 0)


def outcomes(paths: Iterable[str | Path], options: ReadOptions, jobs: int) -> Iterator[Outcome]:
    """Each record's outcome in input order: its rows, or its error."""
    # With workers, a .warc.gz is cut into parts at gzip members, each read by a
    # worker: no page crosses a process boundary, and one big file uses every core.
    units = read_units(
        paths, field=options.field, kind=options.kind, id_field=options.id_field,
        parts=16 * jobs if jobs > 1 else 0,
    )  # fmt: skip
    if jobs <= 1:
        for unit in units:
            yield from _parse_unit((unit, options))
        return
    # This process builds the tables a first parse needs (lxml, the entity and URL
    # patterns, English dates: ~50 ms) before the workers are forked: they inherit
    # them instead of building them again each.
    parse(_WARM_UP)

    # jobs - 1 workers, and this process is the last: it hands out the chunks,
    # writes the rows, and reads units itself whenever every worker has a window
    # of chunks in hand. Two jobs are then two busy processes on two cores, not three.
    # It reads a unit at a time (a file, a WARC part, a block of JSON Lines) and looks
    # again: its share is the time its other work leaves it, not every other chunk.
    helpers = jobs - 1
    window = _WINDOW * helpers
    # What exists now is left out of the collector's passes while the workers run: a
    # pass writes to every object's header, and each page so written is copied
    # between parent and worker (a folder's run with two jobs ~3% faster).
    gc.freeze()
    try:
        yield from _with_workers(units, options, helpers, window)
    finally:
        gc.unfreeze()


def _with_workers(
    units: Iterable[Unit], options: ReadOptions, helpers: int, window: int
) -> Iterator[Outcome]:
    """The outcomes of the units, read by ``helpers`` workers and this process."""
    from .workers import Workers

    with Workers(helpers, _parse_chunk) as pool:
        # Units in input order: outcomes read here, or a worker's chunk in flight (its
        # result and units). Memory stays bounded however long the input.
        pending: collections.deque[Any] = collections.deque()
        in_flight = 0  # the workers' chunks in pending
        chunk: list[Unit] = []
        for unit in units:
            # (Asked between chunks only: a unit added to a chunk decides nothing, and
            # asking polls every worker's pipe, a system call each.)
            while not chunk and pending and (isinstance(pending[0], list) or pending[0][0].ready()):
                done = pending.popleft()
                in_flight -= not isinstance(done, list)
                yield from _outcomes_of(done)
            # With every worker gone (killed, out of memory), this process reads on alone.
            if not chunk and (in_flight >= window or not pool.alive()):
                pending.append(_parse_here([unit], options))
                continue
            # A chunk is begun only with room in the window, and nothing else takes
            # room before it is handed out. A WARC part or a block of JSON Lines is
            # a worker's share of a file: it ends its chunk.
            chunk.append(unit)
            if len(chunk) >= _CHUNK or isinstance(unit, (WarcPart, JsonBlock)):
                pending.append((pool.submit((chunk, options)), chunk))
                in_flight += 1
                chunk = []
        if chunk:
            pending.append((pool.submit((chunk, options)), chunk))
        # The last chunks: while the oldest is not done, this process takes back the
        # newest one a worker has not begun and reads it, instead of waiting while the
        # worker works through its window alone (a WARC's run with two jobs: ~0.2 s
        # of 1.4 with one process idle).
        while pending:
            head = pending[0]
            if not isinstance(head, list) and not head[0].ready():
                taken = _take_back_last(pending, options)
                if taken:
                    continue
            yield from _outcomes_of(pending.popleft())


def _take_back_last(pending: collections.deque[Any], options: ReadOptions) -> bool:
    """Whether a chunk in ``pending`` that no worker has begun, the newest such, was
    taken back and read here (its outcomes put in its place)."""
    for k in range(len(pending) - 1, -1, -1):
        entry = pending[k]
        if not isinstance(entry, list) and entry[0].take_back():
            pending[k] = _parse_here(entry[1], options)
            return True
    return False


# A tweet that has what most pages' embeds need read: text, a mention, a hashtag, a
# link, an emoji and an English date.
_WARM_UP = (
    '<blockquote class="twitter-tweet"><p lang="en">Hi @a #b https://t.co/c 🔴</p>'
    '&mdash; A (@a) <a href="https://twitter.com/a/status/1370827335461826566">'
    "March 13, 2021</a></blockquote>"
)


def _outcomes_of(done: list[Outcome] | tuple[Result[list[Outcome]], list[Unit]]) -> list[Outcome]:
    """A chunk's outcomes: read here already, or a worker's (waited for). A worker that
    ended before it answered (killed, out of memory) fails each unit of its chunk: a
    unit may be what killed it, so none is read again here."""
    if isinstance(done, list):
        return done
    result, chunk = done
    try:
        return result.get()
    except WorkerDied as error:
        return [("error", f"{_unit_name(unit)}: not read: {error}", [], 0) for unit in chunk]


def _unit_name(unit: Unit) -> str:
    """Where a unit stands, for a message."""
    if isinstance(unit, Path):
        return display_name(unit)
    if isinstance(unit, WarcPart):
        return f"{display_name(unit.path)} at offset {unit.start}"
    if isinstance(unit, JsonBlock):
        return f"{unit.name} from line {unit.first_line}"
    if isinstance(unit, Progress):
        return unit.name
    return unit.source


def _parse_here(units: list[Unit], options: ReadOptions) -> list[Outcome]:
    """The outcomes of units read in this process, beside the workers."""
    return _parse_chunk((units, options))


def _parse_chunk(
    task: tuple[list[Unit], ReadOptions],
) -> list[Outcome]:
    """The outcomes of a chunk of units, in a worker."""
    units, options = task
    return [outcome for unit in units for outcome in _parse_unit((unit, options))]


class Reading:
    """The rows of a corpus, read as they are iterated (once), and what failed.

    ``pandas.DataFrame(reading)`` takes it; after the rows, :attr:`records` counts
    the records read and :attr:`failures` lists what could not be read.
    """

    def __init__(
        self,
        paths: list[str | Path],
        options: ReadOptions,
        jobs: int,
        on_error: Callable[[Failure], object] | None,
    ) -> None:
        self._paths, self._options, self._jobs, self._on_error = paths, options, jobs, on_error
        self._started = False
        self.records = 0
        self.failures: list[Failure] = []

    def __iter__(self) -> Iterator[dict[str, Any]]:
        if self._started:
            raise RuntimeError("a Reading is iterated once: call read() again to read again")
        self._started = True
        for status, where, rows, _ in outcomes(self._paths, self._options, self._jobs):
            if status in ("read", "file"):
                continue
            if status == "error":
                source, _, message = where.partition(": ")
                failure = Failure(source, message)
                self.failures.append(failure)
                if self._on_error is not None:
                    self._on_error(failure)
                continue
            self.records += 1
            yield from rows

    def __repr__(self) -> str:
        state = f"{self.records} records, {len(self.failures)} failures" if self._started else ""
        return f"<Reading of {len(self._paths)} paths{': ' + state if state else ''}>"


def read(
    paths: Iterable[str | os.PathLike[str]],
    *,
    field: str = "html",
    id_field: str | None = None,
    kind: str | None = None,
    platforms: Iterable[str] | None = None,
    encoding: str | None = None,
    articles: bool = False,
    jobs: int = 1,
    on_error: Callable[[Failure], object] | None = None,
) -> Reading:
    """The rows of every embed in ``paths`` (files, folders, JSON Lines, WARC, ``-``),
    as the command line writes them: ``pandas.DataFrame(tweetembed.read(["pages/"]))``.

    ``field``/``id_field`` name a JSON line's article and id (dotted when nested),
    ``kind`` (``page``, ``jsonl``, ``warc``) forces how inputs are read, ``encoding``
    is the charset of records whose transport declared none, ``articles`` adds a row
    for each article without embeds, ``jobs`` is the number of processes. What cannot
    be read is kept in the result's ``failures`` and passed to ``on_error``.
    """
    if isinstance(paths, (str, bytes, os.PathLike)):
        raise TypeError(
            "read() takes a list of paths (read(['pages/'])), not one " + type(paths).__name__
        )
    if kind is not None and kind not in KINDS:
        raise ValueError(f"kind must be one of {', '.join(KINDS)}, not {kind!r}")
    if encoding is not None and transport_codec(encoding) is None:
        raise ValueError(f"unknown charset {encoding!r} (try 'utf-8', 'latin-1')")
    if not isinstance(jobs, int) or jobs < 1:
        raise ValueError(f"jobs must be a positive int, not {jobs!r}")
    selected = tuple(platforms) if platforms is not None else None
    options = ReadOptions(field, selected, encoding, kind, id_field, articles)
    return Reading([os.fspath(p) for p in paths], options, jobs, on_error)
