"""Patterns compiled at their first use, not at import.

Importing ``regex`` costs ~14 ms, and compiling the ~130 ``re`` patterns of the
platforms ~25 ms more: a program that imports tweetembed and parses no page should
pay neither, and a page pays only for the patterns its embeds need.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any, AnyStr

__all__ = ["re_pattern", "regex_pattern"]


class _Pending:
    """Stands for a pattern in its module's namespace until an attribute of it is
    first read; then compiles it and puts the compiled pattern in its place, so
    that later reads of the module's global cost nothing more than before."""

    __slots__ = ("_compile", "_compiled", "_flags", "_name", "_namespace", "_source")

    def __init__(
        self,
        compile_: Callable[[Any, int], Any],
        namespace: dict[str, Any],
        name: str,
        source: str | bytes,
        flags: int,
    ) -> None:
        self._compile, self._namespace, self._name = compile_, namespace, name
        self._source, self._flags = source, flags
        self._compiled: Any = None

    def __getattr__(self, attribute: str) -> Any:
        if self._compiled is None:
            self._compiled = self._compile(self._source, self._flags)
            if self._namespace.get(self._name) is self:
                self._namespace[self._name] = self._compiled
        return getattr(self._compiled, attribute)


def _regex_compile(source: str, flags: int) -> Any:
    import regex

    return regex.compile(source, flags)


def regex_pattern(namespace: dict[str, Any], name: str, source: str, flags: int = 0) -> Any:
    """A stand-in for ``regex.compile(source, flags)``, to be bound to ``name`` in
    ``namespace`` (the calling module's ``globals()``), which it replaces with the
    compiled pattern at its first use. ``flags`` are ``re``'s (``regex`` shares
    their values)."""
    return _Pending(_regex_compile, namespace, name, source, flags)


def re_pattern(
    namespace: dict[str, Any], name: str, source: AnyStr, flags: int | re.RegexFlag = 0
) -> re.Pattern[AnyStr]:
    """A stand-in for ``re.compile(source, flags)``, bound and replaced as
    :func:`regex_pattern`'s. Only for a module's global read where it is used: a
    copy kept in a table would stay the stand-in, one more call at every use."""
    pending: Any = _Pending(re.compile, namespace, name, source, int(flags))
    return pending  # type: ignore[no-any-return]
