"""What the platforms declare to the locate stage.

A :class:`Marker` is a literal needle and the test of the tag (or the finder of the
text) it must stand in (what locate hands on, a region, is
:class:`~tweetembed.candidate.Candidate`). Kept apart from :mod:`tweetembed.locate`
because a marker is an attrs class with field defaults, which mypyc cannot compile:
this module stays Python in the compiled build, and the scan that uses it is
compiled.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

import attrs

from .forms import Escaped, Form
from .needles import Shape

__all__ = ["Marker", "TagTest", "TextFinder", "only"]

# A predicate over an opening tag: its lower-cased name and its attributes.
TagTest = Callable[[str, Mapping[str, str]], bool]

# The element names a tag test may accept, where it says (see `only`).
_ONLY: dict[TagTest, frozenset[str]] = {}


def only(*tags: str) -> Callable[[TagTest], TagTest]:
    """Declare that a tag test accepts elements named ``tags`` alone: locate then
    does not ask it about other elements (most tags a needle stands in are none)."""

    def declare(test: TagTest) -> TagTest:
        _ONLY[test] = frozenset(tags)
        return test

    return declare


# For forms written as text (shortcodes, bare URLs, stripped footers): given the
# text and where the needle starts, the embed's region and form, or None; a fourth
# item, what the finder read on the way, is handed to the platform's reader as
# ``Candidate.found`` (a stripped tweet's footer, read once, not again).
# A finder's region: start, end and form; what it read (see Candidate.found); and
# how the region is escaped where the finder read its escaping (a JSON string's).
TextFinder = Callable[
    [str, int],
    "tuple[int, int, Form] | tuple[int, int, Form, object] | "
    "tuple[int, int, Form, object, Escaped] | None",
]


# Compared and hashed by identity: a platform's markers are built once, and the
# scan tables cached per tuple of markers must not hash every field on each parse.
@attrs.frozen(eq=False)
class Marker:
    """A literal ``needle`` that may mark an embed: in a tag that ``accepts`` passes,
    or, for forms written as text, where ``finds`` finds a region around it."""

    needle: str
    platform: str
    kind: str
    form: Form
    accepts: TagTest | None = None
    finds: TextFinder | None = None
    # Where an element whose end tag is missing ends (after its footer, say), if known.
    ends: Callable[[str, int, int], int | None] | None = None
    # What the bytes at a text-form needle must match before the text around it is
    # read: a cheap test, so that a run of needles costs a byte search each.
    shape: Shape | None = None
    # The needle sits in a tag by design (a text form found by its element's class):
    # whether the text form is a copy is told where its region starts, not there.
    in_tag: bool = False
    # The needle as the page's bytes write it (in UTF-8: TikTok's "♬" is not ASCII).
    raw: bytes = attrs.field(init=False)

    @raw.default
    def _raw(self) -> bytes:
        return self.needle.encode("utf-8")
