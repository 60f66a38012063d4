"""setup.py's list of the modules mypyc compiles (the build itself runs in CI)."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def setup_py() -> ModuleType:
    # (Importing it only defines; setuptools runs it as __main__.)
    spec = importlib.util.spec_from_file_location("tweetembed_setup", ROOT / "setup.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_module_left_as_python_exists(setup_py: ModuleType) -> None:
    # A renamed module would otherwise be compiled without anyone deciding it.
    package = ROOT / "src" / "tweetembed"
    assert {p.name for p in package.glob("*.py")} >= set(setup_py.PURE)


def test_the_compiled_modules_are_the_rest(
    setup_py: ModuleType, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(ROOT)  # (its paths are relative to the file, as setuptools runs it)
    compiled = set(setup_py.compiled_modules())
    assert "src/tweetembed/locate.py" in compiled
    assert "src/tweetembed/platforms/twitter.py" in compiled
    # Public functions with their own argument checks, attrs classes with defaults.
    for name in ("pipeline.py", "entities.py", "models.py", "markers.py", "__init__.py"):
        assert f"src/tweetembed/{name}" not in compiled
    every = {p.relative_to(ROOT).as_posix() for p in (ROOT / "src" / "tweetembed").rglob("*.py")}
    assert compiled == every - {f"src/tweetembed/{name}" for name in setup_py.PURE}
