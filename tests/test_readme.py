"""The README's Python examples run, and each ``expression  # value`` line shows
what the expression gives."""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
BLOCKS = re.findall(r"```python\n(.*?)```", (ROOT / "README.md").read_text("utf-8"), re.S)
# The examples of one page (the Dask and Spark recipes are run by their own tests).
EXAMPLES = [b for b in BLOCKS if "parse(" in b and "dask" not in b and "spark" not in b.lower()]
# "expression  # value": a comment that starts like a Python value (not prose).
SHOWN = re.compile(
    r"""^(?P<expr>[^#\s][^#]*?)\s+#\s(?P<shown>(?:['"(\[{\d-]|None|True|False|[\w.]+\().*)$"""
)


def _agrees(value: Any, shown: str) -> bool:
    text = repr(value)
    if shown.rstrip("'").endswith("…"):  # a long value, cut: 'abc…'
        return text.startswith(shown.rstrip("'")[:-1])
    # "None: why it is None", "'mention' (why)"
    return text == shown or shown.startswith((text + ":", text + " ("))


def test_the_readme_examples_run_and_show_true_values(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    namespace: dict[str, Any] = {}  # one session: later examples use earlier names
    checked = 0
    for block in EXAMPLES:
        exec(compile(block, "README.md", "exec"), namespace)
        for line in block.splitlines():
            m = SHOWN.match(line)
            if m is None or "=" in m["expr"].replace("==", ""):
                continue
            value = eval(m["expr"], namespace)
            assert _agrees(value, m["shown"]), (m["expr"], value)
            checked += 1
    assert checked >= 8, "the examples show fewer values than they did"


def test_there_are_examples() -> None:
    assert len(EXAMPLES) >= 2
    assert os.path.isfile(ROOT / "seeds" / "000_9ddad050d2f45958.txt")
