"""Stage 3: parse one candidate region alone with lxml, safely.

The parser never touches the network, resolves no entity or DTD, drops comments
and processing instructions, and recovers from broken markup. Only the region
is parsed, never the page.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

from ._lazy import re_pattern

if TYPE_CHECKING:
    from lxml import etree

__all__ = ["parse_fragment"]

_LONE_SURROGATE = re_pattern(globals(), "_LONE_SURROGATE", r"[\ud800-\udfff]")
_local = threading.local()
# Elements libxml2 wraps a fragment in.
_WRAPPERS = frozenset({"html", "head", "body"})
# What may follow a tag's name ("" where the markup ends).
_TAG_NAME_ENDS = frozenset(("", " ", "\t", "\n", "\r", "\x0c", "/", ">"))


def _parser() -> etree.HTMLParser:
    """One parser per thread: lxml parsers are not safe to share between threads."""
    parser: etree.HTMLParser | None = getattr(_local, "parser", None)
    if parser is None:
        from lxml import etree  # imported at the first region (~8 ms): not at import

        parser = etree.HTMLParser(  # type: ignore[call-arg]  # stubs lack default_doctype
            encoding="utf-8",
            recover=True,
            no_network=True,
            remove_comments=True,
            remove_pis=True,
            remove_blank_text=False,
            compact=True,
            default_doctype=False,
            collect_ids=False,
            huge_tree=False,
        )
        _local.parser = parser
    return parser


def _without_svg(markup: str) -> str:
    """``markup`` without its ``<svg>…</svg>`` elements: icons, which no reader reads
    (Instagram's code draws its logo in 3 of its 7 KB, and lxml built a node for each
    of its paths: ~30% of parsing it)."""
    pieces: list[str] = []
    position = 0
    while (start := markup.find("<svg", position)) >= 0:
        if markup[start + 4 : start + 5] not in _TAG_NAME_ENDS:
            pieces.append(markup[position : start + 4])  # "<svgx": another name
            position = start + 4
            continue
        end = markup.find("</svg>", start)
        if end < 0:
            break  # unclosed: left as it is
        pieces.append(markup[position:start])
        position = end + 6
    if not pieces:
        return markup
    pieces.append(markup[position:])
    return "".join(pieces)


def parse_fragment(markup: str) -> etree._Element | None:
    """The first element of ``markup`` parsed as HTML, or ``None`` if there is none."""
    if "<svg" in markup:
        markup = _without_svg(markup)
    try:
        data = markup.encode("utf-8")
    except UnicodeEncodeError:  # lone surrogates, e.g. from a broken JSON escape
        data = _LONE_SURROGATE.sub("\ufffd", markup).encode("utf-8")
    if not data.strip():
        return None
    parser = _parser()
    from lxml import etree  # a dictionary lookup once the parser is built

    try:
        root = etree.fromstring(data, parser)
    except (etree.ParserError, etree.XMLSyntaxError, ValueError):
        return None
    if root is None:
        return None
    for element in root.iter():
        if isinstance(element.tag, str) and element.tag not in _WRAPPERS:
            return element
    return None
