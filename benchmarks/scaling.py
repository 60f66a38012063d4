"""How parse's cost grows with page size and number of embeds, and its peak memory.

Run: python benchmarks/scaling.py
Pages are built from the seed article: its text repeated to the target size
(no embed but the seed's own, for "1 embed"), or with an embed every ~10 KB
("many embeds"), and a page of plain text with no embed at all. Each size is
timed as the median of several runs; the last columns are the time per MB and
tracemalloc's peak of Python allocations during one parse of the 10 MB pages.
"""

from __future__ import annotations

import statistics
import time
import tracemalloc
from pathlib import Path

from tweetembed import parse

ROOT = Path(__file__).resolve().parent.parent
SEED = (ROOT / "seeds" / "000_9ddad050d2f45958.txt").read_bytes()
start, end = SEED.index(b"<blockquote"), SEED.index(b"</blockquote>") + len(b"</blockquote>")
EMBED = SEED[start:end]
PROSE = SEED[:start] + SEED[end:]
SIZES = [10_000, 100_000, 1_000_000, 10_000_000]


def page(size: int, kind: str) -> bytes:
    if kind == "no embed":
        unit = PROSE
    elif kind == "1 embed":
        body = (PROSE * (size // len(PROSE) + 1))[: max(0, size - len(EMBED))]
        return body[: len(body) // 2] + EMBED + body[len(body) // 2 :]
    else:  # an embed in every ~10 KB
        unit = PROSE * max(1, 10_000 // len(PROSE)) + EMBED
    return (unit * (size // len(unit) + 1))[:size]


def median_ms(data: bytes) -> float:
    runs = 7 if len(data) < 5_000_000 else 3
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        parse(data)
        times.append(time.perf_counter() - t)
    return statistics.median(times) * 1e3


def main() -> None:
    parse(SEED)
    print(f"{'page':12} {'size':>10} {'embeds':>7} {'ms':>10} {'ms/MB':>8}")
    for kind in ("no embed", "1 embed", "many embeds"):
        for size in SIZES:
            data = page(size, kind)
            found = len(parse(data))
            ms = median_ms(data)
            print(f"{kind:12} {len(data):10d} {found:7d} {ms:10.3f} {ms / (len(data) / 1e6):8.2f}")
    for kind in ("no embed", "1 embed", "many embeds"):
        data = page(10_000_000, kind)
        tracemalloc.start()
        parse(data)
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        print(
            f"peak Python memory, {kind}, 10 MB page: {peak / 1e6:.1f} MB ({peak / len(data):.2f}x)"
        )


if __name__ == "__main__":
    main()
