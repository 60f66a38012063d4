"""What one Hyperscan pass costs for each set of platforms' needles, padded or not.

Run: python benchmarks/needle_sets.py [PATH_TO_SHARED] [--rounds N]

``parse(platforms=[…])`` scans a page for the named platforms' needles alone.
Hyperscan picks its engines by the set of literals: this prints, for each platform
alone, a few mixes and all of them, the scan of the 157 plain pages of
../shared/corpus/plain in µs a page (the best of the rounds), without and with the
padding that ``tweetembed.needles`` adds to sets under 100 needles, and the matches
a page (the padding's own matches counted too: almost none).
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path
from typing import Any

import hyperscan  # type: ignore[import-untyped]

from tweetembed import platforms as _platforms
from tweetembed.needles import database

ROOT = Path(__file__).resolve().parent.parent


def scan_time(
    pages: list[bytes], raws: list[bytes], rounds: int, *, padded: bool
) -> tuple[float, float]:
    """Best µs a page over ``rounds``, and matches a page, for the database the library
    compiles (``tweetembed.needles.database``)."""
    db: Any = database(raws, padded=padded)
    scratch = hyperscan.Scratch(db)
    matches = [0]

    def on_match(*_: object) -> None:
        matches[0] += 1

    best = float("inf")
    for _ in range(rounds):
        start = time.perf_counter()
        for page in pages:
            db.scan(page, match_event_handler=on_match, scratch=scratch)
        best = min(best, time.perf_counter() - start)
    return best / len(pages) * 1e6, matches[0] / rounds / len(pages)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("shared", nargs="?", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    pages = [p.read_bytes() for p in sorted((args.shared / "corpus" / "plain").glob("*.html"))]
    names = tuple(_platforms.PLATFORMS)
    sets = [(name,) for name in names]
    sets += [("youtube", "facebook"), ("twitter", "instagram"), names[:6], names]
    print(f"{len(pages)} plain pages; µs a page, best of {args.rounds} rounds")
    print(f"  {'platforms':44} {'needles':>7} {'alone':>8} {'padded':>8} {'matches':>8}")
    for chosen in sets:
        raws = list(dict.fromkeys(m.raw for m in _platforms.markers(chosen)))
        alone, matches = scan_time(pages, raws, args.rounds, padded=False)
        padded, _ = scan_time(pages, raws, args.rounds, padded=True)
        label = ",".join(chosen) if len(chosen) < len(names) else "all"
        print(f"  {label:44} {len(raws):7} {alone:8.1f} {padded:8.1f} {matches:8.1f}")


if __name__ == "__main__":
    main()
