"""A region of the page that holds one embed: what locate hands to the readers.

A plain class, not an attrs one (attrs field defaults do not compile): mypyc makes
it a native class, built and read by the compiled scan and readers without a
Python call (a page of thousands of stripped tweets builds two or three a tweet).
"""

from __future__ import annotations

from typing import final

from .decode import Page
from .forms import Escaped, Form

__all__ = ["Candidate"]

# The region's bytes when it has no page of its own: one tuple for all.
_NO_BYTES: tuple[int, ...] = (0, 0)


@final
class Candidate:
    """A region of the source that holds one embed: text positions, and its text.

    Equal, and hashed alike, by what it says of the embed (platform, kind, form,
    escaping, span); not changed once built (locate builds a new one instead).
    """

    __slots__ = ("at", "end", "escaped", "form", "found", "kind", "page", "platform", "start")

    def __init__(
        self,
        platform: str,
        kind: str,
        form: Form,
        escaped: Escaped | None,
        start: int,
        end: int,
        page: Page | None = None,
        at: tuple[int, ...] = _NO_BYTES,
        found: object = None,
    ) -> None:
        self.platform = platform
        self.kind = kind
        self.form: Form = form
        self.escaped: Escaped | None = escaped
        self.start = start
        self.end = end
        # The page and the bytes the region stands on: its text is decoded when it
        # is read, one region at a time (a page of thousands of embeds would
        # otherwise hold all their text at once, four bytes a character where the
        # page has an emoji). (Two items, typed as a tuple of any length so that
        # compiled code hands the tuple on as it is: a pair is unboxed where it is
        # read and built anew where it is stored, a tuple for each candidate.)
        self.page = page
        self.at = at
        # What a text form's finder read while it found the region (see
        # markers.TextFinder), in positions of the page's text; None for the rest.
        self.found = found

    def _key(self) -> tuple[str, str, str, str | None, int, int]:
        return (self.platform, self.kind, self.form, self.escaped, self.start, self.end)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Candidate):
            return NotImplemented
        return self._key() == other._key()

    def __hash__(self) -> int:
        return hash(self._key())

    def __repr__(self) -> str:
        return (
            f"Candidate(platform={self.platform!r}, kind={self.kind!r}, form={self.form!r}, "
            f"escaped={self.escaped!r}, start={self.start!r}, end={self.end!r})"
        )

    @property
    def markup(self) -> str:
        """The region's text (decoded anew on each call)."""
        if self.page is None:
            return ""
        first, last = self.at
        return self.page.region(first, last, self.start, self.end)
