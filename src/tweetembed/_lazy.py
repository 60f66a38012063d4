"""Patterns of the ``regex`` module compiled at their first use, not at import.

Importing ``regex`` costs ~14 ms and compiling twitter-text's patterns a few more:
a program that imports tweetembed and parses no tweet should pay neither.
"""

from __future__ import annotations

from typing import Any

__all__ = ["regex_pattern"]


class _Pending:
    """Stands for a pattern in its module's namespace until an attribute of it is
    first read; then compiles it and puts the compiled pattern in its place, so
    that later reads of the module's global cost nothing more than before."""

    __slots__ = ("_compiled", "_flags", "_name", "_namespace", "_source")

    def __init__(self, namespace: dict[str, Any], name: str, source: str, flags: int) -> None:
        self._namespace, self._name, self._source, self._flags = namespace, name, source, flags
        self._compiled: Any = None

    def __getattr__(self, attribute: str) -> Any:
        if self._compiled is None:
            import regex

            self._compiled = regex.compile(self._source, self._flags)
            self._namespace[self._name] = self._compiled
        return getattr(self._compiled, attribute)


def regex_pattern(namespace: dict[str, Any], name: str, source: str, flags: int = 0) -> Any:
    """A stand-in for ``regex.compile(source, flags)``, to be bound to ``name`` in
    ``namespace`` (the calling module's ``globals()``), which it replaces with the
    compiled pattern at its first use. ``flags`` are ``re``'s (``regex`` shares
    their values)."""
    return _Pending(namespace, name, source, flags)
