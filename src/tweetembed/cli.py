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
import logging
import os
import sys
import threading
import time
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import IO, Any

from . import __version__
from ._malloc import keep_freed_memory
from .decode import transport_codec
from .inputs import display_name
from .output import write_csv, write_jsonl, write_parquet
from .platforms import PLATFORMS
from .reading import Outcome, ReadOptions, outcomes, read
from .records import KINDS, input_size

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


def rows_of(
    paths: Sequence[str],
    *,
    field: str = "html",
    platforms: Sequence[str] | None = None,
    jobs: int = 1,
    encoding: str | None = None,
    articles: bool = False,
) -> Iterator[dict[str, Any]]:
    """The rows of :func:`tweetembed.read`, without its failures (kept for scripts
    written before it: prefer ``tweetembed.read``)."""
    reading = read(
        paths, field=field, platforms=platforms, jobs=jobs, encoding=encoding, articles=articles
    )
    return iter(reading)


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
    parser.add_argument(
        "-v", "--verbose", action="store_true",
        help="also a line for each file read (its records and embeds), and the "
        "traceback of an embed that could not be read",
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
        self.files = self.records = self.embeds = self.failures = 0


def _rows(
    outcomes: Iterator[Outcome],
    counter: _Counter,
    progress: _Progress | None,
    verbose: bool = False,
) -> Iterator[dict[str, Any]]:
    """The rows of the outcomes, counted; failures told; progress in bytes of input."""
    records = embeds = 0  # of the file being read, for -v
    for status, where, rows, size in outcomes:
        if status == "error":
            counter.failures += 1
            print(f"tweetembed: {where}", file=sys.stderr)
        elif status == "ok":
            # (With --articles an article without embeds has a row of its own.)
            found = rows[0]["embeds"] if rows else 0
            counter.records += 1
            counter.embeds += found
            records += 1
            embeds += found
            yield from rows
            continue
        elif status == "file":
            counter.files += 1
            if verbose:
                print(f"tweetembed: read {where}: {records} records, {embeds} embeds",
                      file=sys.stderr)  # fmt: skip
            records = embeds = 0
        if progress is not None and size:
            progress.update(size, counter)


class _Progress:
    """A bar in bytes of input, with the rate, and the ETA once the inputs' size is
    known: a thread measures them, so that reading starts at once."""

    def __init__(self, paths: Sequence[str]) -> None:
        from tqdm import tqdm

        try:
            width = os.get_terminal_size(sys.stderr.fileno()).columns
        except (OSError, ValueError, AttributeError):
            width = 0
        # A terminal that says it is 0 by 0 (a bare pty) would get no bar at all.
        shape: dict[str, Any] = (
            {"dynamic_ncols": True} if width > 0 else {"ncols": 100, "nrows": 24}
        )
        self.bar = tqdm(unit="B", unit_scale=True, unit_divisor=1024, file=sys.stderr,
                        **shape)  # fmt: skip
        self._measuring = threading.Thread(target=self._measure, args=(paths,), daemon=True)
        self._measuring.start()

    def _measure(self, paths: Sequence[str]) -> None:
        with contextlib.suppress(Exception):  # only the ETA depends on it
            total = input_size(paths)
            if total is not None:
                self.bar.total = total
                self.bar.refresh()

    def update(self, size: int, counter: _Counter) -> None:
        self.bar.set_postfix_str(f"{counter.records} records, {counter.embeds} embeds",
                                 refresh=False)  # fmt: skip
        self.bar.update(size)

    def close(self) -> None:
        self._measuring.join(timeout=5)  # the last line shows the total when it can
        self.bar.close()


class _LogFormat(logging.Formatter):
    """A reader's failure on one embed as one line; with ``-v``, its traceback too."""

    def __init__(self, verbose: bool) -> None:
        super().__init__("%(message)s")
        self.verbose = verbose

    def format(self, record: logging.LogRecord) -> str:
        if self.verbose:
            return super().format(record)
        return record.getMessage() + " (a bug: -v shows where; please report it)"


@contextlib.contextmanager
def _logging(verbose: bool) -> Iterator[None]:
    logger = logging.getLogger("tweetembed")
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(_LogFormat(verbose))
    logger.addHandler(handler)
    propagate, logger.propagate = logger.propagate, False
    try:
        yield
    finally:
        logger.removeHandler(handler)
        logger.propagate = propagate


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
    with _logging(args.verbose):
        return _run(args)


def _run(args: argparse.Namespace) -> int:
    started = time.perf_counter()
    keep_freed_memory()  # (the workers, forked later, inherit it)
    counter = _Counter()
    progress = None
    if not (args.no_progress or args.quiet) and sys.stderr.isatty():
        progress = _Progress(args.paths)
    options = ReadOptions(
        args.field, args.platforms, args.encoding, args.input_format, args.id_field, args.articles
    )
    found = outcomes(args.paths, options, args.jobs)
    rows = _rows(found, counter, progress, args.verbose)
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
        f"tweetembed: {counter.files} files, {counter.records} records, "
        f"{counter.embeds} embeds, {counter.failures} failures, {seconds:.2f} s",
        file=sys.stderr,
    )
    return status or (1 if counter.failures else 0)
