"""Build tweetembed, with its parsing modules compiled by mypyc where it can be.

mypyc compiles the same typed source (``mypy --strict`` clean) into C extensions:
no second implementation. A page parses about a fifth faster
(``benchmarks/profile.md``, session 32). The package stays pure Python, and
complete, where compiling is not wanted or not possible:

- ``TWEETEMBED_PURE=1`` in the environment;
- an editable install (``pip install -e``), whose compiled modules would shadow
  the sources being edited;
- mypyc missing, or failing, or no C compiler: a warning, then the pure build.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_ext import build_ext

PACKAGE = Path("src") / "tweetembed"

# Left as Python: the entry points and the command line's modules (run once per
# input file, or waiting on I/O); the public records and the locate stage's
# vocabulary (attrs classes with field defaults, which mypyc cannot compile);
# `_lazy` (its stand-in for a pattern takes new attributes as it is read, which a
# compiled class cannot); `pipeline` and `entities` (parse's and extract_entities'
# own checks of their arguments give the documented TypeError messages, which a
# compiled signature's check would replace; tests/test_entities.py also checks the
# URL finder against twitter-text's full pattern by patching its helpers, which
# compiled callers would call past. Compiled, entities saves 2.5% of a page).
PURE = frozenset(
    {
        "__init__.py",
        "__main__.py",
        "_lazy.py",
        "_malloc.py",
        "cli.py",
        "compression.py",
        "entities.py",
        "inputs.py",
        "jsonlines.py",
        "markers.py",
        "models.py",
        "output.py",
        "pipeline.py",
        "reading.py",
        "tablecache.py",
        "warc.py",
        "workers.py",
    }
)


def compiled_modules() -> list[str]:
    """The source files mypyc compiles, as paths relative to this file."""
    found = sorted(PACKAGE.glob("*.py")) + sorted((PACKAGE / "platforms").glob("*.py"))
    return [path.as_posix() for path in found if not (path.parent == PACKAGE and path.name in PURE)]


def _short(error: BaseException) -> str:
    text = f"{type(error).__name__}: {error}"
    return text if len(text) <= 300 else text[:300] + "…"


def _warn(message: str) -> None:
    print(f"tweetembed setup: {message}; building the pure-Python package", file=sys.stderr)


def extensions() -> list[object]:
    if os.environ.get("TWEETEMBED_PURE", "") not in ("", "0"):
        return []
    if "editable_wheel" in sys.argv or "develop" in sys.argv:
        return []
    try:
        from mypyc.build import mypycify
    except ImportError:
        _warn("mypyc is not installed")
        return []
    try:
        # The modules left as Python are read for their types, their errors not
        # reported: they import optional extras (zstandard, fastwarc) that the build
        # environment does not hold. `mypy --strict src` checks them in CI.
        options = ["--follow-imports=silent"]
        return list(
            mypycify([*options, *compiled_modules()], opt_level="3", group_name="tweetembed")
        )
    except (Exception, SystemExit) as error:  # mypy's errors end in SystemExit
        _warn(f"mypyc failed ({_short(error)})")
        return []


class OptionalBuildExt(build_ext):
    """Builds the compiled modules, or none of them: a module compiled without the
    shared library it calls would not import, so a failure removes every output."""

    def run(self) -> None:
        try:
            super().run()
        except Exception as error:
            _warn(f"compiling failed ({_short(error)})")
            for extension in self.extensions:
                for folder in (self.build_lib, "src"):
                    path = Path(folder) / self.get_ext_filename(extension.name)
                    if path.exists():
                        path.unlink()
            self.extensions = []


if __name__ == "__main__":  # (setuptools runs this file as __main__; tests import it)
    setup(ext_modules=extensions(), cmdclass={"build_ext": OptionalBuildExt})
