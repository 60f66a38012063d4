"""The text a reader sees in a block of extracted text (an embed an extractor
stripped): its tags, Markdown links and quote markers gone, its line breaks those
of the page, and its links kept.

Extractors write a page's text in their own ways: html2text quotes a blockquote
with ``>`` and wraps its lines, writing links as Markdown; trafilatura,
inscriptis and BeautifulSoup's ``get_text`` write a line as long as it is, a
``<br>`` as a line break; some CMSs leave tags in. A line break means what the
writer of the text made it mean, and that is read here once for every platform.
"""

from __future__ import annotations

import functools
import re

from .._lazy import re_pattern
from ..escapes import html_unescape
from ..text import collapse_spaces

__all__ = [
    "MARKDOWN_ESCAPE",
    "indent",
    "quote_line",
    "stripped_paragraphs",
    "stripped_text",
    "tag_pattern",
    "without_tags",
]

MARKDOWN_ESCAPE = re_pattern(globals(), "MARKDOWN_ESCAPE", r"\\([!-/:-@\[-`{-~])")
# HTML's elements that lxml's table (``lxml.html.defs.tags``) lacks: it predates them.
_LATER_ELEMENTS = frozenset(
    {"bdi", "data", "dialog", "main", "nobr", "noembed", "picture", "search", "slot",
     "template", "xmp", "plaintext", "frame", "image"}
)  # fmt: skip


@functools.lru_cache(maxsize=1)
def tag_pattern() -> re.Pattern[str]:
    """A tag left in stripped text, or a comment. Only an HTML element's name, a
    custom element's (with a hyphen) or a namespaced one's (Word's ``<o:p>``) makes a
    tag: extracted text writes the page's ``&lt;noun&gt;`` as ``<noun>``, which is
    text (built at first use: lxml's table imports ``lxml.html``)."""
    from lxml.html import defs

    names = "|".join(sorted(defs.tags | _LATER_ELEMENTS, key=len, reverse=True))
    return re.compile(
        rf"</?(?:(?:{names})(?![\w:.-])|[A-Za-z][\w.]*[-:][\w.:-]*)"
        r"(?:[\s/][^<>]{0,4096})?>|<!--.*?-->",
        re.DOTALL | re.IGNORECASE,
    )


def without_tags(text: str) -> str:
    """``text`` without its tags (most extracted text has none to look for)."""
    return tag_pattern().sub("", text) if "<" in text else text


_SPACE_LINE = re_pattern(globals(), "_SPACE_LINE", r"(?<=\S)[ \t]*\n[ \u00a0]{1,2}\n(?=[ \t]*\S)")
_MARKDOWN_BREAK = re_pattern(globals(), "_MARKDOWN_BREAK", r"  \n|\\\n")
_LINE_BREAK = re_pattern(globals(), "_LINE_BREAK", r"  \n|\\\n|(?<![ \t\u00a0])\n(?![ \t\u00a0])")
# Where get_text("\n") broke a word at an inline link's edge: a mention's possessive
# ("@POTUS\n's") and the period a reply made public opens with (".\n@user"). No <br>
# stands there.
_GLUED = re_pattern(
    globals(),
    "_GLUED",
    r"^([@#\uff20\uff03]\w{1,50})\n(?=['\u2019]s\b)|^\.\n(?=[@\uff20]\w)",
    re.MULTILINE,
)
# (A link's text may hold brackets of its own, one level deep: html2text writes a
# caption "[Werbung]" as "[[Werbung]](…)"; the two alternatives start apart, so the
# pattern cannot backtrack between them.)
_MD_LINK = re_pattern(
    globals(),
    "_MD_LINK",
    r"\[((?:[^\[\]]|\[[^\[\]]{0,400}\]){0,400})\]\(([^()\s]{0,2000})\)",
)
_AUTOLINK = re_pattern(
    globals(), "_AUTOLINK", r"<((?:https?://|www\.)[^<>\s]{1,2000})>", re.IGNORECASE
)
# A list item's marker before a quote's: html2text writes a blockquote in a list item
# (an embed in an <li>) as "  * > text", its other lines as "> text".
_LIST_ITEM = r"(?:[*+-]|\d{1,9}[.)])[ \t]+(?=>)"
_QUOTE_PREFIX = re_pattern(
    globals(), "_QUOTE_PREFIX", rf"^[ \t]*(?:{_LIST_ITEM})?(?:>[ \t]?)+", re.MULTILINE
)
_LIST_QUOTE = re_pattern(globals(), "_LIST_QUOTE", rf"[ \t]*{_LIST_ITEM}")
# A line break after a hyphen between two letters (the quote's markers gone).
_WRAPPED_HYPHEN = re_pattern(
    globals(), "_WRAPPED_HYPHEN", r"(?<=[^\W\d_]-)[ \t]*\n[ \t]*(?=[^\W\d_])"
)
# A blank line, quoted (">") or not; a link with no text (an image's), which
# html2text may write across one: "[  \n>\n> ](url)".
_EMPTY_LINK = re_pattern(
    globals(), "_EMPTY_LINK", r"\[[ \t\r\n>\u00a0]{0,400}\]\([^()\s]{0,2000}\)"
)
# (A line of no-break spaces alone, get_text's &nbsp; spacer between two blocks, parts them too.)
_BLANK_LINE = re_pattern(globals(), "_BLANK_LINE", r"\n[ \t\u00a0]*(?:>[ \t>]*)?\r?\n")


def indent(line: str) -> int:
    """How many spaces and tabs ``line`` opens with."""
    return len(line) - len(line.lstrip(" \t"))


def quote_line(line: str) -> int:
    """Whether ``line`` is a line of a Markdown quote: 0 no, 1 yes, 2 the first line of a
    quote in a list item ("* > text": the lines above it are no part of the quote)."""
    head = line.lstrip(" \t")
    if head.startswith(">"):
        return 1
    return 2 if ">" in head[:14] and _LIST_QUOTE.match(line) else 0


# What ``str.split`` parts at that a reader's text keeps.
_KEPT_SPACE = re_pattern(
    globals(), "_KEPT_SPACE", "[\x1c-\x1f\x85\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]"
)


def _words(line: str) -> str:
    """``line`` with its runs of white space one space, stripped."""
    if line.isascii() or _KEPT_SPACE.search(line) is None:
        return " ".join(line.split())
    return collapse_spaces(line)  # (the page's own rule, which keeps those spaces)


def stripped_text(body: str) -> tuple[str, tuple[tuple[str, str], ...]]:
    """The text a reader sees in the body of a stripped embed, and its links."""
    # A line of a space or two between two lines is the white space between two
    # inline elements (``get_text("\\n")`` writes each text node on a line): not a
    # break. (A longer one is the source's indentation around a <br>, which
    # trafilatura keeps; a quoted one, "> ", Markdown's blank line: the quote markers
    # go after this.)
    # (Each pattern is tried only where the character it needs is: a stripped tweet
    # of a line or two is read many thousand times in a page of them.)
    if "\n" in body:
        body = _SPACE_LINE.sub(" \n", body)
    # Quoted Markdown (html2text) wraps long lines; so does a page's source.
    wrapped = ">" in body and _QUOTE_PREFIX.search(body) is not None
    if wrapped:
        body = _QUOTE_PREFIX.sub("", body)
        # html2text breaks a long line after a word's hyphen too: "Rendi-\nWagner"
        body = _WRAPPED_HYPHEN.sub("", body)
    links: list[tuple[str, str]] = []
    if "<" in body:
        body = _AUTOLINK.sub(lambda m: _keep(links, m.group(1), m.group(1)), body)
        tag = tag_pattern()
        if tag.search(body):
            wrapped = True
            body = html_unescape(tag.sub(" ", body.replace("<br", "\n<br")))
    if "](" in body:
        body = _MD_LINK.sub(lambda m: _keep(links, m.group(1), m.group(2)), body)
    if "\\" in body:
        body = MARKDOWN_ESCAPE.sub(r"\1", body)
    # Where lines are wrapped, only Markdown's two trailing spaces (or a backslash)
    # break one; elsewhere (trafilatura, inscriptis, get_text write a line as long
    # as it is) a line break is the page's <br>, but where white space meets it:
    # get_text's end of a text node before an inline element ("see \n#tag").
    breaks = _MARKDOWN_BREAK if wrapped else _LINE_BREAK
    if not wrapped and "\n" in body and ("'" in body or "\u2019" in body or ".\n" in body):
        body = _GLUED.sub(lambda m: m.group(1) or ".", body)
    paragraphs = []
    for paragraph in re.split(r"\n[ \t\r]*\n", body) if "\n" in body else (body,):
        if "\n" not in paragraph:  # one line: what it reads as is its words
            text = _words(paragraph)
        else:
            if not wrapped:
                paragraph = _dedent(paragraph)
            lines = [_words(part) for part in breaks.split(paragraph)]
            text = "\n".join(line for line in lines if line)
        if text:
            paragraphs.append(text)
    return "\n\n".join(paragraphs), tuple(links)


def stripped_paragraphs(block: str) -> list[tuple[str, tuple[tuple[str, str], ...]]]:
    """Each paragraph of ``block`` (blank lines, quoted or not, part them) that holds
    text, as :func:`stripped_text` reads it: its text and its links."""
    found = []
    if "[" in block:
        block = _EMPTY_LINK.sub("", block)
    for chunk in _BLANK_LINE.split(block):
        text, links = stripped_text(chunk)
        if text:
            found.append((text, links))
    return found


def _dedent(paragraph: str) -> str:
    """``paragraph`` without the indentation its lines share, when that is two
    characters or more: inscriptis indents a block's lines alike, and a line break
    followed by it is the page's <br>, not white space meeting the break."""
    first = paragraph.partition("\n")[0]
    if not first or (len(first) - len(first.lstrip(" \t")) < 2 and first.strip()):
        return paragraph  # (the first line loses at most its own indentation)
    import textwrap  # (~1 ms to import: only where a paragraph is indented)

    dedented = textwrap.dedent(paragraph)
    # (What the first line lost: the shared indentation.)
    removed = len(paragraph.partition("\n")[0]) - len(dedented.partition("\n")[0])
    return dedented if removed >= 2 else paragraph


def _keep(links: list[tuple[str, str]], text: str, href: str) -> str:
    links.append((MARKDOWN_ESCAPE.sub(r"\1", text), href))
    return text
