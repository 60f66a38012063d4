"""The text of a parsed element as a reader sees it.

The rules: entities decoded once (the parser did that), ``<br>`` is a
line break, runs of white space inside a line become one space (ASCII white
space and U+00A0; U+3000 and zero-width characters are kept), each line is
stripped, the whole is stripped. Newlines in the markup are white space, not
line breaks.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from ._lazy import re_pattern

if TYPE_CHECKING:
    from lxml import etree


__all__ = ["collapse_spaces", "element_text", "normalise_lines", "raw_text"]

# Runs of white space to write as one space. A lone " " is left alone: matching
# every space between words made each sub rebuild the whole string.
_SPACE_RUN = re_pattern(
    globals(),
    "_SPACE_RUN",
    r"[\t\n\x0b\x0c\r\u00a0][\t\n\x0b\x0c\r \u00a0]*| [\t\n\x0b\x0c\r \u00a0]+",
)
_SPACE_RUN_IN_LINE = re_pattern(
    globals(),
    "_SPACE_RUN_IN_LINE",
    r"[\t\x0b\x0c\r\u00a0][\t\x0b\x0c\r \u00a0]*| [\t\x0b\x0c\r \u00a0]+",
)
_SKIP = frozenset({"script", "style", "template", "noscript", "head", "title"})
_NO_SKIP: frozenset[etree._Element] = frozenset()


# Inside a text node a newline is white space, not a line break: it becomes a
# space here, and the runs of white space are collapsed once, line by line, when
# the pieces are joined (one regex pass a text rather than one a node).


def _walk(element: etree._Element, skip: frozenset[etree._Element], out: list[str]) -> None:
    tag = element.tag
    if isinstance(tag, str):
        if tag == "br" or tag == "lb":  # (trafilatura's XML writes a <br> as <lb/>)
            out.append("\n")
        elif tag == "img":
            # Rendered embeds write emoji as <img class="emoji" alt="🔥">.
            alt = element.get("alt")
            if alt and "emoji" in (element.get("class") or ""):
                out.append(alt)
        elif tag not in _SKIP and element not in skip:
            _content(element, skip, out)
    # comments and processing instructions carry no visible text


def _content(element: etree._Element, skip: frozenset[etree._Element], out: list[str]) -> None:
    """The text inside ``element``: its text, then each child and the text after it."""
    if element.text:
        out.append(element.text.replace("\n", " "))
    for child in element:
        _walk(child, skip, out)
        if child.tail:
            out.append(child.tail.replace("\n", " "))


def normalise_lines(raw: str) -> str:
    """Collapse white space inside each line, strip each line and the whole."""
    # One pass for the whole text: once runs are collapsed, a line's edges hold at
    # most one space each, and the replaces strip them.
    collapsed = _SPACE_RUN_IN_LINE.sub(" ", raw).replace(" \n", "\n").replace("\n ", "\n")
    return collapsed.strip(" ").strip("\n")


def raw_text(element: etree._Element, skip: Iterable[etree._Element] = ()) -> str:
    """The text of ``element`` with ``<br>`` as ``\n`` and every other newline a space,
    white space not yet collapsed: what :func:`element_text` and
    :func:`normalise_lines` finish."""
    if not skip and not len(element):
        # A leaf (most links): its text alone, without a walk.
        text = element.text
        return text.replace("\n", " ") if text else ""
    out: list[str] = []
    _content(element, frozenset(skip) if skip else _NO_SKIP, out)
    return "".join(out)


def element_text(
    element: etree._Element, *, skip: Iterable[etree._Element] = (), inline: bool = False
) -> str:
    """Reader text of ``element`` without the subtrees in ``skip``.

    With ``inline``, line breaks become spaces (for a link's or a footer's text).
    """
    raw = raw_text(element, skip)
    return collapse_spaces(raw) if inline else normalise_lines(raw)


def collapse_spaces(text: str) -> str:
    """``text`` on one line: each run of white space (ASCII's and U+00A0) one space,
    the ends stripped; U+3000 and the other Unicode spaces stay."""
    return _SPACE_RUN.sub(" ", text).strip(" ")
