"""What a corpus job costs: the command line against the cost of merely reading its input.

Run: python benchmarks/cli_throughput.py [PATH_TO_SHARED] [--pages N] [--repeat N]

Builds, in a temporary folder, the same N real pages (default 5,000, drawn with a
fixed seed from ../shared/corpus*/pages, 13% with embeds, and corpus/plain) as a
WARC.gz, a folder of .html files and a JSON Lines.gz. For each it prints the
read-only floor (FastWARC reading every response's payload; reading every file;
gzip + json.loads of every line), then the real command (a fresh ``python -m
tweetembed`` process writing JSON Lines to a file) with ``--jobs 1`` and
``--jobs 2``: the median seconds of ``--repeat`` runs (floor, one job and two taken
in turn), pages per second, the ratio
to the floor and the speed-up of two jobs; then what two processes of a pure
Python loop gain over one on the same machine (the ceiling for that speed-up).
Last, a fresh process's ``import tweetembed`` and first parse of a page with
embeds (medians of 5, after a run that writes the bytecode cache: every process
runs as an installed package does, even from a shell that sets
PYTHONDONTWRITEBYTECODE).
"""

from __future__ import annotations

import argparse
import gzip
import io
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _pages(shared: Path, count: int) -> list[bytes]:
    embeds = sorted((shared / "corpus" / "pages").glob("*.html"))
    embeds += sorted((shared / "corpus2" / "pages").glob("*.html"))
    plain = sorted((shared / "corpus" / "plain").glob("*.html"))
    rng = random.Random(13)
    return [
        (rng.choice(embeds) if rng.random() < 0.13 else rng.choice(plain)).read_bytes()
        for _ in range(count)
    ]


def _build(folder: Path, pages: list[bytes]) -> dict[str, Path]:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    warc = folder / "crawl.warc.gz"
    with warc.open("wb") as stream:
        writer = WARCWriter(stream, gzip=True)
        for n, page in enumerate(pages):
            headers = StatusAndHeaders(
                "200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1"
            )
            record = writer.create_warc_record(
                f"https://news.example/{n}", "response", payload=io.BytesIO(page),
                http_headers=headers,
            )  # fmt: skip
            writer.write_record(record)
    files = folder / "pages"
    files.mkdir()
    for n, page in enumerate(pages):
        (files / f"{n:05}.html").write_bytes(page)
    jsonl = folder / "pages.jsonl.gz"
    with gzip.open(jsonl, "wt", encoding="utf-8") as stream:
        for n, page in enumerate(pages):
            html = page.decode("utf-8", "replace")
            stream.write(json.dumps({"id": n, "html": html}, ensure_ascii=False) + "\n")
    return {"WARC.gz": warc, "folder": files, "JSON Lines.gz": jsonl}


def _read_warc(path: Path) -> int:
    from fastwarc.warc import ArchiveIterator, WarcRecordType

    count = 0
    records = ArchiveIterator(
        str(path), record_types=WarcRecordType.response, parse_http=True, fsspec_args=False
    )
    for record in records:
        record.reader.read()
        count += 1
    return count


def _read_folder(path: Path) -> int:
    return sum(1 for file in sorted(path.iterdir()) if file.read_bytes() is not None)


def _read_jsonl(path: Path) -> int:
    with gzip.open(path, "rb") as stream:
        return sum(1 for line in stream if json.loads(line))


FLOORS: dict[str, tuple[str, Callable[[Path], int]]] = {
    "WARC.gz": ("FastWARC", _read_warc),
    "folder": ("read files", _read_folder),
    "JSON Lines.gz": ("gzip+json", _read_jsonl),
}


def _interleaved(runs: list[Callable[[], object]], repeat: int) -> list[float]:
    """Each run's median time, the runs taken in turn ``repeat`` times: this machine's
    speed moves within minutes, and runs one after the other would each meet another
    phase of it (a ratio of two medians then says more about the phases)."""
    times: list[list[float]] = [[] for _ in runs]
    for _ in range(repeat):
        for run, taken in zip(runs, times, strict=True):
            start = time.perf_counter()
            run()
            taken.append(time.perf_counter() - start)
    return [statistics.median(taken) for taken in times]


# The processes run as an installed package runs: with its bytecode cached (a
# shell's PYTHONDONTWRITEBYTECODE would make every fresh process compile every
# module again, ~60 ms of each import).
_ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def _command(path: Path, jobs: int, out: Path) -> None:
    subprocess.run(
        [sys.executable, "-m", "tweetembed", str(path), "--jobs", str(jobs), "-q", "-o", str(out)],
        check=True,
        env=_ENV,
    )


_FIRST_PARSE = """
import time
start = time.perf_counter()
import tweetembed
imported = time.perf_counter()
tweetembed.parse(open({seed!r}, "rb").read())
print(imported - start, time.perf_counter() - imported)
"""


def _first_parse(repeat: int = 5) -> tuple[float, float]:
    seed = str(ROOT / "seeds" / "000_9ddad050d2f45958.txt")
    runs = []
    for _ in range(repeat + 1):  # the first (untimed) writes the bytecode cache
        done = subprocess.run(
            [sys.executable, "-c", _FIRST_PARSE.format(seed=seed)],
            check=True, capture_output=True, text=True, env=_ENV,
        )  # fmt: skip
        runs.append(tuple(map(float, done.stdout.split())))
    runs = runs[1:]
    return statistics.median(r[0] for r in runs), statistics.median(r[1] for r in runs)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("shared", nargs="?", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--pages", type=int, default=5000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    pages = _pages(args.shared, args.pages)
    print(f"{len(pages)} pages, {sum(map(len, pages)) / 1e6:.0f} MB")
    header = f"{'input':14} {'floor':>22} {'--jobs 1':>22} {'--jobs 2':>22} {'2 vs 1':>7}"
    print(header)
    with tempfile.TemporaryDirectory() as folder:
        inputs = _build(Path(folder), pages)
        # The inputs just written (about 1 GB) are flushed before anything is timed:
        # the kernel writing them back during a run made its times swing by 2x.
        os.sync()
        out = Path(folder) / "rows.jsonl"
        for name, path in inputs.items():
            floor_name, read = FLOORS[name]
            floor, one, two = _interleaved(
                [
                    lambda read=read, path=path: read(path),
                    lambda path=path: _command(path, 1, out),
                    lambda path=path: _command(path, 2, out),
                ],
                args.repeat,
            )
            cells = [
                f"{floor_name} {floor:.2f} s",
                f"{one:.2f} s {len(pages) / one:,.0f}/s {one / floor:.1f}x",
                f"{two:.2f} s {len(pages) / two:,.0f}/s {two / floor:.1f}x",
            ]
            print(f"{name:14} {cells[0]:>22} {cells[1]:>22} {cells[2]:>22} {one / two:6.2f}x")
    ceiling = _two_process_ceiling(args.repeat)
    print(f"this machine's ceiling for two jobs: two processes of pure Python do "
          f"{ceiling:.2f}x the work of one in the same time")  # fmt: skip
    imported, first = _first_parse()
    print(f"fresh process: import tweetembed {imported * 1000:.0f} ms, "
          f"first parse of the seed {first * 1000:.0f} ms")  # fmt: skip


_BURN = "x = 0\nfor i in range(20_000_000):\n    x += i\n"


def _two_process_ceiling(repeat: int) -> float:
    """What two processes gain over one on this machine, whatever the program: a CPU
    loop timed alone, then two at once (median of ``repeat`` of each). Two vCPUs
    that share a physical core, or a busy host, give much less than 2."""

    def alone() -> None:
        subprocess.run([sys.executable, "-c", _BURN], check=True)

    def pair() -> None:
        running = [subprocess.Popen([sys.executable, "-c", _BURN]) for _ in range(2)]
        for process in running:
            process.wait()

    one, two = _interleaved([alone, pair], repeat)
    return 2 * one / two


if __name__ == "__main__":
    main()
