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
    """Stands for a pattern until an attribute of it is first read; then compiles
    it and puts the compiled pattern in its place in its module's namespace, so
    that later reads of the module's global cost nothing more than before. A copy
    kept elsewhere (a platform's table) keeps each attribute it reads as its own:
    from the second read on, an instance attribute, as cheap as the pattern's."""

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
        if attribute.startswith("__"):  # (copy, pickle and the like ask for these)
            raise AttributeError(attribute)
        if self._compiled is None:
            self._compiled = self._compile(self._source, self._flags)
            if self._namespace.get(self._name) is self:
                self._namespace[self._name] = self._compiled
        value = getattr(self._compiled, attribute)
        setattr(self, attribute, value)
        return value


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
    :func:`regex_pattern`'s. Not for a pattern handed to a function that wants a
    compiled one (``re.sub(pattern, …)``): call its methods."""
    pending: Any = _Pending(re.compile, namespace, name, source, int(flags))
    return pending  # type: ignore[no-any-return]
