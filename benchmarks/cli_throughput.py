"""Pages per second of the command line on ../shared/corpus (pages/ and plain/), 1 and 2 jobs.

Run: python benchmarks/cli_throughput.py [PATH_TO_SHARED] [--repeat N] [--copies N]
Each run is the real command (a fresh ``python -m tweetembed`` process writing JSON
Lines to /dev/null) over the two folders given ``--copies`` times (default 20, so
4,340 pages: start-up and imports, ~0.3 s, then weigh little); the median of the
runs is printed.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("shared", nargs="?", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--copies", type=int, default=20)
    args = parser.parse_args()
    folders = [args.shared / "corpus" / "pages", args.shared / "corpus" / "plain"] * args.copies
    pages = sum(1 for f in folders for _ in f.glob("*.html"))
    for jobs in (1, 2):
        times = []
        for _ in range(args.repeat):
            start = time.perf_counter()
            subprocess.run(
                [sys.executable, "-m", "tweetembed", *map(str, folders), "--jobs", str(jobs),
                 "--no-progress", "-o", "/dev/null"],
                check=False, stderr=subprocess.DEVNULL,
            )  # fmt: skip
            times.append(time.perf_counter() - start)
        seconds = statistics.median(times)
        print(
            f"--jobs {jobs}: {pages} pages in {seconds:.2f} s median: {pages / seconds:.0f} pages/s"
        )


if __name__ == "__main__":
    main()
