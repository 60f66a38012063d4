"""tests/mutants.py: every mutant still names code that exists (run the script to kill them)."""

from __future__ import annotations

import pytest

from mutants import MUTANTS, ROOT


@pytest.mark.parametrize("name", sorted(MUTANTS))
def test_each_mutant_changes_code_that_is_there(name: str) -> None:
    # A refactor that moves the code a mutant changes leaves the mutant a no-op that
    # the script reports as survived; this says so at once, in the suite.
    path, old, new = MUTANTS[name]
    text = (ROOT / path).read_text("utf-8")
    assert text.count(old) == 1, f"{name}: {path} no longer holds the code it changes"
    assert old != new
