"""Shared paths and fixtures for the tests."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_9ddad050d2f45958.txt"
DATA = Path(__file__).resolve().parent / "data"
SHARED = ROOT.parent / "shared"

# The tables tweetembed keeps between processes (tablecache) go to a folder of the
# test run's own, never the user's cache; test processes started by tests inherit it.
# The process that makes the folder removes it when it ends (it was left in the temporary
# folder before: one a run).
if "TWEETEMBED_CACHE" not in os.environ:
    os.environ["TWEETEMBED_CACHE"] = _CACHE = tempfile.mkdtemp(prefix="tweetembed-cache-")
    atexit.register(shutil.rmtree, _CACHE, True)


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED.read_text("utf-8")


@pytest.fixture(autouse=True)
def reader_errors_fail_the_test(
    request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A platform reader that raises inside ``parse`` costs one embed and a log line
    there (a bug never costs the page); in the tests (the Hypothesis properties too)
    it raises, so that no test passes over it, unless the test is marked
    ``reader_errors`` (it makes one raise on purpose)."""
    if request.node.get_closest_marker("reader_errors") is None:
        monkeypatch.setattr("tweetembed.pipeline._RAISE_READER_ERRORS", True)


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "reader_errors: the test makes a platform reader raise on purpose"
    )
