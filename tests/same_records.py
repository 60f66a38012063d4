"""Every record the working tree gives against a git revision's: a refactor changes none.

Run: python tests/same_records.py REV [PATH ...]

Parses, with the package as it is at ``REV`` and as it is in the working tree
(imported side by side under other names), every page of ../shared/corpus and
../shared/corpus2 (with embeds and plain), the seed, the fuzz seeds, the extracted
texts of tests/data/extracted, and every file under each PATH (real pages nobody
checked: see tests/survey.py); compares each record's ``to_dict()``. Prints the
count of inputs and records and each input whose records differ; exits 1 if any do.
"""

from __future__ import annotations

import importlib
import json
import lzma
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(ROOT / "benchmarks"))

from ab import package_at  # noqa: E402  (benchmarks/ab.py: a revision as a package of its own)


def inputs(extra: list[str]) -> Iterator[tuple[str, bytes | str]]:
    """Every input, named."""
    files = sorted(SHARED.glob("corpus*/pages/*")) + sorted(SHARED.glob("corpus*/plain/*"))
    files += sorted(SHARED.glob("seeds/*")) + sorted((ROOT / "fuzz" / "corpus").glob("*"))
    for path in files:
        yield str(path), path.read_bytes()
    for archive in sorted((ROOT / "tests" / "data" / "extracted").glob("*.json.xz")):
        for key, text in json.loads(lzma.decompress(archive.read_bytes())).items():
            yield f"{archive.name}:{key}", text
    for given in extra:
        for path in sorted(Path(given).rglob("*")):
            if path.is_file():
                yield str(path), path.read_bytes()


def records(module: ModuleType, source: bytes | str) -> list[str]:
    return [json.dumps(e.to_dict(), sort_keys=True) for e in module.parse(source)]


def main() -> int:
    if len(sys.argv) < 2:
        print(__doc__)
        return 2
    rev, extra = sys.argv[1], sys.argv[2:]
    with tempfile.TemporaryDirectory() as folder:
        package_at(rev, Path(folder), "te_base")
        package_at("WORKTREE", Path(folder), "te_new")
        sys.path.insert(0, folder)
        base, new = importlib.import_module("te_base"), importlib.import_module("te_new")
        count = total = differ = 0
        for name, source in inputs(extra):
            was, now = records(base, source), records(new, source)
            count, total = count + 1, total + len(now)
            if was != now:
                differ += 1
                print(f"differs: {name} ({len(was)} records at {rev}, {len(now)} now)")
    print(f"{count} inputs, {total} records; {differ} inputs differ from {rev}")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
