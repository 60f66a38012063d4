"""The working tree against a git revision, in one process: what the code changed, not the machine.

Run: python benchmarks/ab.py REV [SET ...] [--rounds N]

This machine's speed moves by up to 2x within minutes, so two runs of
``speed.py`` minutes apart tell the phase more than the code. Here the package as
it is at ``REV`` (``git archive``) and as it is in the working tree are imported
side by side under other names (the package imports itself relatively), and each
page is parsed by one and then the other, the order swapped every round and the
rounds made even (the first of two parses of a page is the slower). Printed
per set: the median over pages of each page's median time ratio, working tree /
``REV`` (below 1: faster now), and the summed medians. An A/A run (``REV`` =
``HEAD`` with a clean tree) shows the noise: 0.99-1.01.

SET is ``pages`` (../shared/corpus/pages), ``plain`` (../shared/corpus/plain),
``corpus2`` (../shared/corpus2/pages), or the name of one of
``pathological.py``'s inputs (a 200 KB page of it); default ``pages plain``.
"""

from __future__ import annotations

import argparse
import importlib
import io
import shutil
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


def package_at(rev: str, folder: Path, name: str) -> None:
    """``src/tweetembed`` as it is at ``rev`` (or in the working tree) as package ``name``."""
    target = folder / name
    if rev == "WORKTREE":
        shutil.copytree(ROOT / "src" / "tweetembed", target)
        return
    archive = subprocess.run(
        ["git", "archive", rev, "src/tweetembed"], cwd=ROOT, capture_output=True, check=True
    ).stdout
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        tar.extractall(folder / "_x", filter="data")
    (folder / "_x" / "src" / "tweetembed").rename(target)


def _pages(name: str) -> list[bytes]:
    folders = {
        "pages": SHARED / "corpus" / "pages",
        "plain": SHARED / "corpus" / "plain",
        "corpus2": SHARED / "corpus2" / "pages",
    }
    if name in folders:
        return [path.read_bytes() for path in sorted(folders[name].glob("*.html"))]
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import pathological

    return [pathological.INPUTS[name](200_000).encode("utf-8", "surrogatepass")]


def _compare(base: ModuleType, new: ModuleType, pages: list[bytes], rounds: int) -> str:
    for page in pages:
        base.parse(page)
        new.parse(page)
    times: dict[str, list[list[float]]] = {"base": [[] for _ in pages], "new": [[] for _ in pages]}
    # The first of two parses of a page runs ~15-25% slower than the second, whichever
    # tree it is (the page's bytes, the allocator's memory: measured with the same
    # tree twice). So each tree goes first in half the rounds: the order alternates
    # and the rounds are made even. (With 5 rounds and the order swapped each round,
    # an A/A run gave 0.965 on pages and 0.83 on plain pages; A B B A, 0.96 / 0.87.)
    for number in range(rounds + rounds % 2):
        order = [("base", base), ("new", new)]
        if number % 2:
            order.reverse()
        for k, page in enumerate(pages):
            for label, module in order:
                start = time.perf_counter()
                module.parse(page)
                times[label][k].append(time.perf_counter() - start)
    was = [statistics.median(t) for t in times["base"]]
    now = [statistics.median(t) for t in times["new"]]
    ratio = statistics.median(n / b for n, b in zip(now, was, strict=True))
    return f"{ratio:.3f}   {sum(was) * 1e3:9.2f} ms -> {sum(now) * 1e3:9.2f} ms"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("rev", help="a git revision (HEAD, a commit, a tag)")
    parser.add_argument("sets", nargs="*", default=["pages", "plain"])
    parser.add_argument("--rounds", type=int, default=11)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        package_at(args.rev, Path(folder), "te_base")
        package_at("WORKTREE", Path(folder), "te_new")
        sys.path.insert(0, folder)
        base, new = importlib.import_module("te_base"), importlib.import_module("te_new")
        print(f"{'set':52} {'now/was':>7}   summed medians ({args.rev} -> working tree)")
        for name in args.sets:
            print(f"{name:52} {_compare(base, new, _pages(name), args.rounds)}")


if __name__ == "__main__":
    main()
