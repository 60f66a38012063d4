"""A first timing of ``parse``: the seed, and every page of the shared corpus without embeds.

Run: python benchmarks/first_timing.py [PATH_TO_SHARED]
Prints the median milliseconds per page (each page timed over interleaved rounds).
The full side-by-side benchmark against other tools is benchmarks/speed.py's job.
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

from tweetembed import parse

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared"


def median_ms(pages: list[bytes], rounds: int = 15) -> tuple[float, list[float]]:
    per_page: list[list[float]] = [[] for _ in pages]
    for _ in range(rounds):
        for index, page in enumerate(pages):
            start = time.perf_counter()
            parse(page)
            per_page[index].append(time.perf_counter() - start)
    medians = [statistics.median(times) * 1000 for times in per_page]
    return statistics.median(medians), medians


def main() -> None:
    seed = (ROOT / "seeds" / "000_9ddad050d2f45958.txt").read_bytes()
    parse(seed)  # warm the lazily built tables (TLDs, CLDR months)
    seed_ms, _ = median_ms([seed], rounds=201)
    print(f"seed ({len(seed)} bytes, 1 embed): median {seed_ms:.3f} ms")
    plain_dir = SHARED / "corpus" / "plain"
    plain = [p.read_bytes() for p in sorted(plain_dir.glob("*.html"))]
    if not plain:
        print(f"no pages in {plain_dir}: skipped the corpus timing")
        return
    plain_ms, medians = median_ms(plain)
    sizes = sorted(len(p) for p in plain)
    print(
        f"corpus/plain ({len(plain)} pages, median size {statistics.median(sizes) / 1024:.0f} KB): "
        f"median {plain_ms:.3f} ms per page (max of page medians {max(medians):.3f} ms); "
        f"embeds found: {sum(len(parse(p)) for p in plain)}"
    )


if __name__ == "__main__":
    main()
