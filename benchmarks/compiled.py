"""The compiled package against the same source as pure Python, page by page.

Run: python benchmarks/compiled.py [--processes N] [--rounds N]

Run it with the Python of an environment where tweetembed was installed compiled
(``pip install .``: setup.py's mypyc build). Compiled modules cannot be imported
twice in one process under two names (as ``ab.py`` does with two revisions), so
each build parses every page in processes of its own: the installed package, and
``src/`` put first on the path (pure Python), alternated so that the machine's
drift falls on both. Printed per set: the median over pages of each page's median
time, compiled / pure (below 1: the compiled build is faster), and the summed ratio.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SETS = {
    "pages": SHARED / "corpus" / "pages",
    "plain": SHARED / "corpus" / "plain",
    "corpus2": SHARED / "corpus2" / "pages",
}

_CHILD = """
import json, statistics, sys, time
from pathlib import Path
import tweetembed.locate
from tweetembed import parse
rounds, folders = int(sys.argv[1]), sys.argv[2:]
out = {"locate": tweetembed.locate.__file__}
for folder in folders:
    pages = [p.read_bytes() for p in sorted(Path(folder).glob("*.html"))]
    for page in pages:
        parse(page)
    times = [[] for _ in pages]
    for _ in range(rounds):
        for i, page in enumerate(pages):
            t = time.perf_counter()
            parse(page)
            times[i].append(time.perf_counter() - t)
    out[folder] = [statistics.median(t) for t in times]
json.dump(out, sys.stdout)
"""


def _run(pure: bool, rounds: int) -> dict[str, object]:
    env = dict(os.environ)
    if pure:
        env["PYTHONPATH"] = str(ROOT / "src")
    else:
        env.pop("PYTHONPATH", None)
    folders = [str(f) for f in SETS.values()]
    done = subprocess.run(
        [sys.executable, "-c", _CHILD, str(rounds), *folders],
        env=env, cwd="/", capture_output=True, text=True, check=True,
    )  # fmt: skip
    result: dict[str, object] = json.loads(done.stdout)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--processes", type=int, default=6, help="per build (default 6)")
    parser.add_argument("--rounds", type=int, default=7, help="parses of a page a process")
    args = parser.parse_args()
    runs: dict[bool, list[dict[str, object]]] = {True: [], False: []}
    for i in range(args.processes * 2):
        pure = i % 4 in (0, 3)  # pure, compiled, compiled, pure, ...
        runs[pure].append(_run(pure, args.rounds))
    compiled_file = str(runs[False][0]["locate"])
    print(f"compiled: {compiled_file}\npure:     {runs[True][0]['locate']}")
    if not compiled_file.endswith((".so", ".pyd")):
        sys.exit("the installed tweetembed is not compiled: run this with a `pip install .` env")
    for name, folder in SETS.items():
        medians: dict[bool, list[float]] = {}
        for pure, results in runs.items():
            per_run: list[list[float]] = [r[str(folder)] for r in results]  # type: ignore[misc]
            medians[pure] = [statistics.median(t) for t in zip(*per_run, strict=True)]
        ratios = [c / p for c, p in zip(medians[False], medians[True], strict=True)]
        summed = sum(medians[False]) / sum(medians[True])
        before, after = statistics.median(medians[True]), statistics.median(medians[False])
        print(
            f"{name:8} {len(ratios):4} pages  compiled/pure per-page median "
            f"{statistics.median(ratios):.3f}  summed {summed:.3f}"
            f"  (median ms {before * 1e3:.3f} → {after * 1e3:.3f})"
        )


if __name__ == "__main__":
    main()
