"""Tables built from a library's data, kept on disk between processes.

Babel imports in ~40 ms and reads a locale's CLDR data in ~80 more: a fresh process
that reads one date pays more for that than for the rest of its first parse. The
month names and date patterns built from that data are small, so they are kept as
JSON in the user's cache folder (``$TWEETEMBED_CACHE``, else
``$XDG_CACHE_HOME/tweetembed``, else ``~/.cache/tweetembed``; ``TWEETEMBED_CACHE=``
empty turns it off), keyed by this package's version and the library's installed
files, and built again whenever either changes. A folder that cannot be written
costs only time: the tables are then built in each process, as without a cache.
"""

from __future__ import annotations

import functools
import json
import os
from typing import Any

__all__ = ["load", "store"]

_FORMAT = 1


# Paths as strings: pathlib costs a fresh process ~4 ms to import.
def _folder() -> str | None:
    setting = os.environ.get("TWEETEMBED_CACHE")
    if setting is not None:
        return setting or None
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return os.path.join(base, "tweetembed")


@functools.lru_cache(maxsize=8)
def _stamp(library: str) -> str | None:
    """The installed library's files as a key (found without importing it)."""
    from importlib.util import find_spec

    try:
        spec = find_spec(library)
        if spec is None or spec.origin is None:
            return None
        info = os.stat(spec.origin)
    except (ImportError, ValueError, OSError):
        return None
    return f"{library}:{spec.origin}:{info.st_mtime_ns}:{info.st_size}"


def _path(name: str, library: str) -> str | None:
    folder, stamp = _folder(), _stamp(library)
    if folder is None or stamp is None:
        return None
    import zlib  # not hashlib: its OpenSSL binding costs a fresh process ~4 ms

    from . import __version__

    # Two 32-bit checksums: a key, not a defence (the folder is the user's own).
    key = f"{_FORMAT}\0{__version__}\0{stamp}\0{name}".encode()
    return os.path.join(folder, f"{name}-{zlib.crc32(key):08x}{zlib.adler32(key):08x}.json")


def load(name: str, library: str) -> Any:
    """The table stored as ``name`` for the installed ``library``, or ``None``."""
    path = _path(name, library)
    if path is None:
        return None
    try:
        with open(path, encoding="utf-8") as stream:
            return json.load(stream)
    except (OSError, ValueError, RecursionError):  # absent, unreadable or damaged: built again
        return None


def store(name: str, library: str, table: Any) -> None:
    """Keep ``table`` (JSON-able) as ``name`` for the installed ``library``; never raises."""
    path = _path(name, library)
    if path is None:
        return
    try:
        import tempfile

        os.makedirs(os.path.dirname(path), exist_ok=True)
        # Written whole, then renamed: a process reading it never sees half a file.
        handle, temporary = tempfile.mkstemp(dir=os.path.dirname(path), suffix=".tmp")
        try:
            with os.fdopen(handle, "w", encoding="utf-8") as stream:
                json.dump(table, stream, ensure_ascii=False)
            os.replace(temporary, path)
        except BaseException:
            os.unlink(temporary)
            raise
    except (OSError, ValueError, TypeError):
        return
