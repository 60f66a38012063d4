"""What each platform adds to the pages that hold none of its embeds.

Run: python benchmarks/platform_overhead.py [PATH_TO_SHARED] [--top N] [--over US]

For every page of ../shared/corpus/pages, ../shared/corpus2/pages and
../shared/corpus/plain, and every platform of which ``parse`` finds no embed there,
the time ``parse(page, platforms=[base, platform])`` takes beyond
``parse(page, platforms=[base])`` (best of 5, µs; the base is LinkedIn, whose needles
occur least). A platform that costs a page much without finding anything points at
needles that occur in other markup (a style sheet's ``*/@media`` for Mastodon's
``/@``) or at a search that reads the whole page for one hit: session 18 found both
this way (``benchmarks/profile.md``). Prints the ``--top`` costs over ``--over`` µs.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from pathlib import Path

from speed import forget_results  # benchmarks/ is on the path when run as a script
from tweetembed import parse
from tweetembed import platforms as _platforms

ROOT = Path(__file__).resolve().parent.parent
BASE = "linkedin"


def best_time(function: Callable[[], object], rounds: int = 5, calls: int = 5) -> float:
    """The best over ``rounds`` of the mean µs of ``calls`` calls, caches emptied each."""
    function()
    best = float("inf")
    for _ in range(rounds):
        start = time.perf_counter()
        for _ in range(calls):
            forget_results()
            function()
        best = min(best, (time.perf_counter() - start) / calls)
    return best * 1e6


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("shared", nargs="?", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--top", type=int, default=20)
    parser.add_argument("--over", type=float, default=40.0)
    args = parser.parse_args()
    paths = [
        *sorted((args.shared / "corpus" / "pages").glob("*.html")),
        *sorted((args.shared / "corpus2" / "pages").glob("*.html")),
        *sorted((args.shared / "corpus" / "plain").glob("*.html")),
    ]
    costs: list[tuple[float, str, str, int]] = []
    for path in paths:
        page = path.read_bytes()
        found = {embed.platform for embed in parse(page)}
        base = best_time(lambda page=page: parse(page, platforms=[BASE]))
        for name in _platforms.PLATFORMS:
            if name == BASE or name in found:
                continue
            both = best_time(lambda page=page, name=name: parse(page, platforms=[BASE, name]))
            if both - base > args.over:
                where = f"{path.parent.parent.name}/{path.parent.name}/{path.name}"
                costs.append((both - base, name, where, len(page) // 1024))
    print(f"{len(paths)} pages; a platform's cost on a page without its embeds, µs")
    for cost, name, where, size in sorted(costs, reverse=True)[: args.top]:
        print(f"  {cost:7.0f}  {name:10} {where} ({size} KB)")


if __name__ == "__main__":
    main()
