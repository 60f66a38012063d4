"""The command line: a corpus in, a table of embeds out.

``tweetembed PATH...`` reads files, folders, ``-``, ``.gz``, JSON Lines and WARC
(see :mod:`tweetembed.records`) and writes one row per embed (see
:mod:`tweetembed.output`). What cannot be read is reported on standard error,
counted and skipped; the exit status is 0 when everything was read, 1 when
something failed, 2 for a usage error.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import itertools
import multiprocessing
import os
import signal
import sys
import time
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import IO, Any

import attrs

from . import __version__
from .decode import transport_codec
from .output import row, write_csv, write_jsonl, write_parquet
from .pipeline import parse
from .platforms import PLATFORMS
from .records import KINDS, Record, RecordError, display_name, read_path, read_units

__all__ = ["main", "rows_of"]

_EXAMPLES = """\
examples:
  tweetembed seeds/000_9ddad050d2f45958.txt
  tweetembed saved-pages/ -o embeds.jsonl
  tweetembed dump.jsonl.gz --field body -o embeds.csv
  tweetembed CC-NEWS-*.warc.gz -o embeds.parquet --jobs 8
  tweetembed old-latin1-site/ --encoding latin-1 -o embeds.jsonl
  curl -s https://example.com/article | tweetembed -

exit status: 0 everything was read, 1 something could not be read, 2 usage error,
3 the output could not be written (or was closed), 130 interrupted (Ctrl-C)
"""
_NO_PYARROW = "tweetembed: Parquet needs pyarrow: pip install 'tweetembed[parquet]'"
_WRITERS = {"jsonl": write_jsonl, "csv": write_csv}
_BATCH = 256  # records handed to the workers at a time: bounded memory, order kept

_Outcome = tuple[str, str, list[dict[str, Any]]]


@attrs.frozen
class _Options:
    """How each record is read and turned into rows (sent to the workers once a task)."""

    field: str = "html"
    platforms: tuple[str, ...] | None = None
    # The charset for records whose transport declared none.
    encoding: str | None = None
    kind: str | None = None
    id_field: str | None = None
    # A row for every article, one without embeds too.
    articles: bool = False


_Task = tuple["Record | RecordError | Path", _Options]


def _parse_unit(task: _Task) -> list[_Outcome]:
    """The outcomes of one unit: a record, an error, or a file read here (in a worker)."""
    unit, options = task
    records = read_path(unit, options.field) if isinstance(unit, Path) else [unit]
    return [_parse_record(record, options) for record in records]


def _parse_record(record: Record | RecordError, options: _Options) -> _Outcome:
    """Rows of one record, or its error."""
    if isinstance(record, RecordError):
        return ("error", f"{record.source}: {record.message}", [])
    try:
        declared = record.encoding if transport_codec(record.encoding) else options.encoding
        embeds = parse(record.content, platforms=options.platforms, encoding=declared)
    except Exception as error:  # parse does not raise for text; this is a bug report
        return ("error", f"{record.source}: {type(error).__name__}: {error}", [])
    rows = [
        row(record.source, record.record_id, e, file=record.file, offset=record.offset,
            embeds=len(embeds))
        for e in embeds
    ]  # fmt: skip
    if options.articles and not rows:
        rows = [
            row(record.source, record.record_id, None, file=record.file, offset=record.offset,
                embeds=0)
        ]  # fmt: skip
    return ("ok", record.source, rows)


def _outcomes(paths: Sequence[str], options: _Options, jobs: int) -> Iterator[_Outcome]:
    units = read_units(paths, field=options.field, kind=options.kind, id_field=options.id_field)
    tasks: Iterator[_Task] = ((unit, options) for unit in units)
    if jobs <= 1:
        for task in tasks:
            yield from _parse_unit(task)
        return
    with multiprocessing.get_context().Pool(jobs, initializer=_ignore_interrupts) as pool:
        while batch := list(itertools.islice(tasks, _BATCH)):
            chunk = max(1, len(batch) // (4 * jobs))
            for outcomes in pool.map(_parse_unit, batch, chunksize=chunk):
                yield from outcomes


def _ignore_interrupts() -> None:
    """In a worker: Ctrl-C is the parent's to handle (it ends the pool at once)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def rows_of(
    paths: Sequence[str],
    *,
    field: str = "html",
    platforms: Sequence[str] | None = None,
    jobs: int = 1,
    encoding: str | None = None,
    articles: bool = False,
) -> Iterator[dict[str, Any]]:
    """The rows the command line writes, for Python: ``pandas.DataFrame(rows_of([...]))``.

    Records that cannot be read are skipped here; the command line reports them.
    """
    selected = tuple(platforms) if platforms is not None else None
    options = _Options(field, selected, encoding, articles=articles)
    for status, _, rows in _outcomes(paths, options, jobs):
        if status == "ok":
            yield from rows


def _arguments(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="tweetembed",
        description="Find every social-media embed in a corpus and write one row per embed.",
        epilog=_EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "paths", nargs="+", metavar="PATH",
        help="HTML or text file (.gz too), folder, .jsonl[.gz], .warc[.gz], or - for stdin",
    )  # fmt: skip
    parser.add_argument("-o", "--output", help="write here instead of standard output")
    parser.add_argument(
        "--format", choices=("jsonl", "csv", "parquet"),
        help="the output's format (default: from -o's suffix, .jsonl .ndjson .csv .parquet; "
        "jsonl without one)",
    )  # fmt: skip
    parser.add_argument(
        "--field", default="html",
        help="JSON Lines: the field holding the article (dotted when nested: page.html)",
    )  # fmt: skip
    parser.add_argument(
        "--id-field", metavar="FIELD",
        help="JSON Lines: the field holding the record's id (default: id, _id, uuid or url)",
    )  # fmt: skip
    parser.add_argument(
        "--input-format", choices=KINDS,
        help="read every input as this (default: each file's bytes and name tell: gzip, "
        "bzip2, xz and zstd are read whatever the name; WARC/ starts a WARC, {\" JSON Lines)",
    )  # fmt: skip
    parser.add_argument(
        "--jobs", type=int, default=os.cpu_count() or 1,
        help="worker processes (default: every core); rows keep their order",
    )  # fmt: skip
    parser.add_argument(
        "--platforms", help=f"comma-separated platforms to keep (known: {', '.join(PLATFORMS)})"
    )
    parser.add_argument(
        "--encoding", metavar="CHARSET",
        help="the charset of files whose transport declared none (a WARC response's "
        "Content-Type wins; a byte-order mark wins over both; <meta charset> comes after)",
    )  # fmt: skip
    parser.add_argument(
        "--articles", action="store_true",
        help="a row for every article, one without embeds too (its embed columns empty, "
        "embeds 0): the share of articles that embed something",
    )  # fmt: skip
    parser.add_argument("--no-progress", action="store_true", help="no progress bar")
    parser.add_argument(
        "-q", "--quiet", action="store_true",
        help="no progress bar and no summary; failures are still reported",
    )  # fmt: skip
    parser.add_argument("--version", action="version", version=f"tweetembed {__version__}")
    args = parser.parse_args(argv)
    if args.format is None:
        args.format = _format_of(args.output) if args.output else "jsonl"
        if args.format is None:
            parser.error(
                f"cannot tell the format of {args.output!r} from its suffix "
                "(.jsonl, .ndjson, .csv, .parquet): give --format"
            )
    if args.platforms:
        args.platforms = tuple(p.strip() for p in args.platforms.split(",") if p.strip())
        unknown = [p for p in args.platforms if p not in PLATFORMS]
        if unknown:
            parser.error(f"unknown platform(s) {', '.join(unknown)}; known: {', '.join(PLATFORMS)}")
    if args.format == "parquet" and not args.output:
        parser.error("--format parquet needs -o FILE")
    if args.jobs < 1:
        parser.error("--jobs must be at least 1")
    if args.encoding is not None and transport_codec(args.encoding) is None:
        parser.error(f"unknown charset {args.encoding!r} for --encoding (try utf-8, latin-1)")
    return args


_SUFFIXES = {
    ".jsonl": "jsonl", ".ndjson": "jsonl", ".csv": "csv",
    ".parquet": "parquet", ".pq": "parquet",
}  # fmt: skip


def _format_of(path: str) -> str | None:
    """The output format a file name asks for: JSON Lines without a suffix
    (``/dev/stdout``), ``None`` for a suffix that names no format written here."""
    suffix = Path(path).suffix.lower()
    return _SUFFIXES.get(suffix) if suffix else "jsonl"


class _Counter:
    def __init__(self) -> None:
        self.records = self.embeds = self.failures = 0


def _rows(
    outcomes: Iterator[_Outcome], counter: _Counter, progress: Any
) -> Iterator[dict[str, Any]]:
    for status, where, rows in outcomes:
        if status == "error":
            counter.failures += 1
            print(f"tweetembed: {where}", file=sys.stderr)
        else:
            counter.records += 1
            counter.embeds += len(rows)
            yield from rows
        if progress is not None:
            progress.update(1)


class _OutputError(Exception):
    """The output cannot be written: a message for the user."""


@contextlib.contextmanager
def _text_output(path: str | None) -> Iterator[IO[str]]:
    """The output as UTF-8 text (whatever the locale), a file or standard output."""
    if path is None and not hasattr(sys.stdout, "buffer"):  # a StringIO, say
        yield sys.stdout
        return
    if path is None:
        stream = io.TextIOWrapper(sys.stdout.buffer, encoding="utf-8", newline="")
        try:
            yield stream
            stream.flush()
        finally:
            with contextlib.suppress(ValueError, OSError):
                stream.detach()
        return
    try:
        file = open(path, "w", encoding="utf-8", newline="")  # noqa: SIM115
    except OSError as error:
        raise _OutputError(
            f"cannot write {display_name(path)}: {error.strerror or error}"
        ) from None
    with file:
        yield file


def _write(args: argparse.Namespace, rows: Iterator[dict[str, Any]]) -> None:
    """Write the rows as the arguments say; an output that fails raises _OutputError."""
    where = display_name(args.output) if args.output else "standard output"
    try:
        if args.format == "parquet":
            write_parquet(rows, args.output)
        else:
            with _text_output(args.output) as stream:
                _WRITERS[args.format](rows, stream)
    except BrokenPipeError:
        # The reader went away (`tweetembed … | head`): nothing more can be written.
        with contextlib.suppress(OSError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        raise _OutputError(f"{where} was closed before every row was written") from None
    except OSError as error:
        raise _OutputError(f"cannot write {where}: {error.strerror or error}") from None


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    args = _arguments(argv)
    if args.format == "parquet":
        try:
            import pyarrow  # noqa: F401
        except ImportError:
            print(_NO_PYARROW, file=sys.stderr)
            return 2
    started = time.perf_counter()
    counter = _Counter()
    progress = None
    if not (args.no_progress or args.quiet) and sys.stderr.isatty():
        from tqdm import tqdm

        progress = tqdm(unit=" records", file=sys.stderr, dynamic_ncols=True)
    options = _Options(
        args.field, args.platforms, args.encoding, args.input_format, args.id_field, args.articles
    )
    outcomes = _outcomes(args.paths, options, args.jobs)
    rows = _rows(outcomes, counter, progress)
    status = 0
    try:
        _write(args, rows)
    except KeyboardInterrupt:
        print(
            f"tweetembed: interrupted after {counter.records} records; "
            "the rows written so far are complete",
            file=sys.stderr,
        )
        return 130
    except _OutputError as error:
        print(f"tweetembed: {error}", file=sys.stderr)
        status = 3
    finally:
        if progress is not None:
            progress.close()
    seconds = time.perf_counter() - started
    if args.quiet:
        return status or (1 if counter.failures else 0)
    print(
        f"tweetembed: {len(args.paths)} inputs, {counter.records} records, "
        f"{counter.embeds} embeds, {counter.failures} failures, {seconds:.2f} s",
        file=sys.stderr,
    )
    return status or (1 if counter.failures else 0)
