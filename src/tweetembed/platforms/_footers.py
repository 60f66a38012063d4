"""Tweets whose markup was stripped, found by the footer a reader still sees (and
Bluesky posts: their code ends in the same footer, ``— Name (@handle.domain) Date``,
the date maybe an ISO timestamp; read by :func:`find_bluesky_footer`, as tweets are).

An embedded tweet that went through an extractor (trafilatura, inscriptis,
html2text, BeautifulSoup's ``get_text``) or a CMS that drops tags keeps its text
and its footer: a dash, the author's name, ``(@handle)`` and the date, at the end
of a line. Extractors write it in several shapes, all read here:

- ``— NASA (@NASA) March 13, 2021`` after the text on the same line, on the next
  line, or as a paragraph of its own after a blank line;
- the date on the line after ``— Name (@handle)`` (``get_text("\\n")``);
- the date as a Markdown link ``[March 13, 2021](status URL)``, its text wrapped
  over two lines and its dots escaped (``[13\\. März\\n> 2021](…)``, html2text);
- the whole embed quoted with ``>`` (html2text, Markdown);
- ``--`` for the dash (html2text without Unicode), indented lines (inscriptis).

The tweet's text is the paragraph (or quoted block) before the footer. Where the
text has blank lines between paragraphs, a paragraph is a run of non-blank lines
(lines wrapped by the extractor, or one per inline element). Where the layout
does not set the embed apart (trafilatura's plain text: one paragraph a line; its
Markdown: one blank line between any two), the lines above the footer that fit in
one tweet are taken, up to one that reads as the article's (see
:func:`_block_start`).

A sentence that quotes ``(@handle)`` is not a footer: the dash, the name, the
handle and a date that reads as one must hold, and the date must end its line.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from typing import TYPE_CHECKING, final

from .._lazy import re_pattern, regex_pattern
from ..dates import parse_date
from ..escapes import html_unescape
from ..forms import Form
from ..urls import StatusRef, status_ref
from ._stripped import MARKDOWN_ESCAPE, quote_line, stripped_text, without_tags
from ._stripped import indent as _indent

if TYPE_CHECKING:
    import regex

__all__ = [
    "BLUESKY_FOOTER_HANDLE",
    "FOOTER_HANDLE",
    "find_bluesky_footer",
    "find_footer",
    "read_footer_form",
]

_MAX_LINE = 4096
# How far above a footer its text may start, and how far back a blank line
# tells that the text has blank lines between paragraphs.
_MAX_BODY = 2 * _MAX_LINE
_BLANK_WINDOW = 2048
_MAX_BLANK_LINES = 8

# (Markdown escapes an underscore, "(@C\\_Holler)": trafilatura's and html2text's.)
# One class, not an alternation: a "(@" is tried at every hit of dense pages.
_HANDLE_AT = re_pattern(globals(), "_HANDLE_AT", r"\(\s*@(?P<handle>[A-Za-z0-9_\\]{1,30})\s*\)")
_ESCAPED_HANDLE = re_pattern(globals(), "_ESCAPED_HANDLE", r"(?:[A-Za-z0-9_]|\\_){1,15}")
# A Bluesky handle is a domain name ("bsky.app", "name.bsky.social"): a dot at least.
_BLUESKY_HANDLE_AT = re_pattern(
    globals(),
    "_BLUESKY_HANDLE_AT",
    r"\(\s*@(?P<handle>[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){1,8})\s*\)",
)
_DIGIT = re_pattern(globals(), "_DIGIT", r"\d")
# The same in a page's bytes, tested before the text around a "(@" is read.
FOOTER_HANDLE = re_pattern(globals(), "FOOTER_HANDLE", rb"\(@[A-Za-z0-9_\\]{1,30}\s*\)")
BLUESKY_FOOTER_HANDLE = re_pattern(
    globals(),
    "BLUESKY_FOOTER_HANDLE",
    rb"\(\n?@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){1,8}\s*\)",
)
# A dash before the name: a Unicode dash anywhere (extractors glue it to the
# text before: "…pic.twitter.com/abc— NASA"), an entity, or "-"/"--" standing
# apart as a word (not the hyphen inside "Jean-Luc").
_DASH_CHARACTERS = "—–―‒"
_UNICODE_DASH = re_pattern(
    globals(), "_UNICODE_DASH", r"[—–―‒]|&mdash;|&#8212;|&#x2014;", re.IGNORECASE
)
_ASCII_DASH = re_pattern(globals(), "_ASCII_DASH", r"(?<![^\s>])--?(?=[ \t])")
# A line break inside a wrapped line of a Markdown quote: the break, the indent
# and the ">" markers of the next line.
_QUOTE_BREAK = re_pattern(globals(), "_QUOTE_BREAK", r"[ \t]*\n[ \t]*(?:>[ \t]?)*")
_DATE_LINK = re_pattern(
    globals(),
    "_DATE_LINK",
    r"\[(?P<text>(?:[^\]\n\[]|\n[ \t]*(?:>[ \t]?)*){1,120}?)\]\((?P<url>[^()\s]{1,800})\)",
)
_REST_OF_LINE = re_pattern(globals(), "_REST_OF_LINE", r"[^\n]{0,120}")
_QUOTED = re_pattern(globals(), "_QUOTED", r"[ \t]*>")
_NEXT_LINE = re_pattern(globals(), "_NEXT_LINE", r"[ \t]*\n(?:[ \t]+\n){0,3}[ \t>]*")
_TRAILING_TAGS = re_pattern(globals(), "_TRAILING_TAGS", r"(?:\s*</?[A-Za-z][^<>\n]{0,200}>)+\s*$")
_BLANK_LINE = re_pattern(globals(), "_BLANK_LINE", r"\n(?:[ \t]*>[ \t>]*)?\r?\n")
# A line that is itself a footer (a tweet's, or a Bluesky post's: its handle a
# domain name): the text above a footer stops there. (Markdown escapes a handle's
# underscores: "(@port\\_noy)"; get_text("\\n") puts a linked handle on a line of
# its own, leaving "— Name (" at the end of the footer's first.)
_FOOTER_LINE = re_pattern(
    globals(),
    "_FOOTER_LINE",
    r"[ \t>]*(?:[—–―‒]|&mdash;|--?\s).{0,120}\(\s*(?:@(?:[A-Za-z0-9_.-]|\\_){1,100}\s*\)|$)",
    re.IGNORECASE,
)


@final
class _Footer:
    """One footer, in positions of the text it was read from. (A plain class: mypyc
    builds it natively, where an attrs class's is a Python call, one a footer.)"""

    __slots__ = ("dash", "date_text", "end", "handle", "name", "url")

    def __init__(
        self, dash: int, end: int, name: str, handle: str, date_text: str, url: str | None
    ) -> None:
        self.dash = dash  # where the dash starts
        self.end = end  # the end of the footer's last line
        self.name = name
        self.handle = handle
        self.date_text = date_text
        self.url = url


_ISO_STAMP = re_pattern(
    globals(),
    "_ISO_STAMP",
    r"\d{4}-\d\d-\d\dT\d\d:\d\d(?::\d\d(?:\.\d{1,9})?)?(?:Z|[+-]\d\d:?\d\d)?",
)


@functools.lru_cache(maxsize=4096)
def _date_shaped(value: str) -> bool:
    """Short, with a digit, and read by :func:`parse_date` or an ISO timestamp (Bluesky's
    newer code writes "2026-04-01T03:14:06.000Z"), cheap tests first."""
    return (
        0 < len(value) <= 60
        and any(c.isdigit() for c in value)
        and len(value.split()) <= 8
        and (parse_date(value) is not None or _ISO_STAMP.fullmatch(value) is not None)
    )


def _clean_date(raw: str) -> str:
    value = _QUOTE_BREAK.sub(" ", raw) if "\n" in raw else raw
    value = MARKDOWN_ESCAPE.sub(r"\1", value) if "\\" in value else value
    return html_unescape(value).strip() if "&" in value else value.strip()


def _date_after(text: str, position: int, *, may_wrap: bool) -> tuple[str, str | None, int] | None:
    """The date that ends the footer's line at ``position``: (text, link URL, line end)."""
    link = _DATE_LINK.match(text, position)
    if link is not None:
        end = text.find("\n", link.end(), link.end() + 400)
        end = len(text) if end < 0 and len(text) - link.end() < 400 else end
        if end < 0:
            return None
        after = text[link.end() : end]
        if after.strip(" \t\r") and not _TRAILING_TAGS.fullmatch(after):
            return None
        date = _clean_date(link.group("text"))
        return (date, link.group("url"), end) if _date_shaped(date) else None
    rest = _REST_OF_LINE.match(text, position)
    assert rest is not None
    end = rest.end()
    if end < len(text) and text[end] != "\n":
        return None  # too long to be a date ending its line
    value = rest.group()
    # (The pattern has no literal to skip to: tried only where its ">" stands.)
    tags = _TRAILING_TAGS.search(value) if ">" in value else None
    if tags is not None:
        value = value[: tags.start()]
    if not value.strip():
        if not may_wrap:
            return None
        # The date on the next line ("— Name (@handle)\n25. September 2018"),
        # maybe after lines of spaces (``get_text`` writes the white space
        # between inline elements as a line of its own).
        wrap = _NEXT_LINE.match(text, position)
        if wrap is None or wrap.end() == position:
            return None
        return _date_after(text, wrap.end(), may_wrap=False)
    date = _clean_date(value)
    if _date_shaped(date):
        return date, None, end
    # A date written over two lines ("January\n    7, 2019": the source's line
    # break inside the date link, kept by ``get_text``).
    if end < len(text):
        rest = _REST_OF_LINE.match(text, end + 1)
        assert rest is not None
        if (rest.end() < len(text) and text[rest.end()] != "\n") or not rest.group().strip():
            return None
        date = _clean_date(value + " " + rest.group())
        if _date_shaped(date):
            return date, None, rest.end()
    return None


def _last_dash(text: str, low: int, high: int) -> tuple[int, int] | None:
    """The last Unicode dash in ``text[low:high]``, else the last ASCII one."""
    find = text.rfind  # (the four dashes of _DASH_CHARACTERS, without a generator)
    best = max(
        find("—", low, high), find("–", low, high), find("―", low, high), find("‒", low, high)
    )
    if text.find("&", low, high) >= 0:
        for entity in _UNICODE_DASH.finditer(text, max(low, best + 1), high):
            best = entity.start()
            if text[best] == "&":
                return best, entity.end()
    if best >= 0:
        return best, best + 1
    last: re.Match[str] | None = None
    for last in _ASCII_DASH.finditer(text, low, high):  # noqa: B007 - keep the last
        pass
    return (last.start(), last.end()) if last is not None else None


def _dash_before(text: str, hit: int) -> tuple[int, int] | None:
    """The dash that starts the footer whose handle is at ``hit``: (start, end).

    The name runs from the dash to the handle on the handle's line, or wraps from
    the line above (html2text wraps long lines; ``get_text`` may write the dash
    alone on its line): then at most a short stretch follows the dash there."""
    low = max(0, hit - 160)
    line = text.rfind("\n", low, hit)
    dash = _last_dash(text, line + 1 if line >= 0 else low, hit)
    if dash is None and line >= 0:
        above = max(low, text.rfind("\n", low, line) + 1)
        dash = _last_dash(text, above, line)
        if dash is not None and len(text[dash[1] : line].strip()) > 60:
            return None
    if dash is None:
        return None
    name = text[dash[1] : hit]
    if "(@" in name or len(name.strip()) > 100:
        return None
    return dash


# How far after a handle the footer's line ends at most: blanks (200), then a date
# link ("[" 120 "](" 800 ")") and 400 more, or a plain date (120).
_LINE_END_REACH = 1600


def _date_may_follow(text: str, after: int) -> bool:
    """Two cheap tests that a date may follow a handle: a line end within reach (a
    megabyte of "(@a)" on one line is no footer), and a digit in the next 400
    characters (every date has one)."""
    if text.find("\n", after, after + _LINE_END_REACH) < 0 and len(text) > after + _LINE_END_REACH:
        return False
    return _DIGIT.search(text, after, after + 400) is not None


def _footer_at(text: str, hit: int, *, bluesky: bool = False) -> _Footer | None:
    """The footer whose ``(@handle)`` starts at ``hit``, if the whole shape holds (a
    Bluesky code's, its handle a domain name, with ``bluesky``)."""
    # (The patterns are named here, not given as arguments: a lazily compiled one is
    # a stand-in until its first use, and a copy of it is not the module's global.)
    handle = (_BLUESKY_HANDLE_AT if bluesky else _HANDLE_AT).match(text, hit)
    if handle is None or not _date_may_follow(text, handle.end()):
        return None
    handle_text = handle.group("handle")
    if not bluesky and (len(handle_text) > 15 or "\\" in handle_text):
        # (The pattern's one class admits more: a handle is 15 characters, its
        # underscores maybe escaped.)
        if _ESCAPED_HANDLE.fullmatch(handle_text) is None:
            return None
        handle_text = handle_text.replace("\\_", "_")
    dash = _dash_before(text, hit)
    if dash is None:
        return None
    date = _date_after(text, _skip_blanks(text, handle.end()), may_wrap=True)
    if date is None:
        return None
    date_text, url, end = date
    name = text[dash[1] : hit]
    name = _QUOTE_BREAK.sub(" ", name) if "\n" in name else name
    name = (MARKDOWN_ESCAPE.sub(r"\1", name) if "\\" in name else name).strip()
    if "<" in name or ">" in name:
        return None
    return _Footer(dash[0], end, name, handle_text, date_text, url)


def _skip_blanks(text: str, position: int) -> int:
    ahead = text[position : position + 200]
    return position + len(ahead) - len(ahead.lstrip(" \t"))


def _line_start(text: str, position: int, low: int = 0) -> int:
    """The start of the line holding ``position``, not before ``low`` (the search stops
    there: a walk up a window never reads above it). The loops that walk up line by
    line write this inline: a call a line cost the dense footer families ~10%."""
    return text.rfind("\n", low, position) + 1 or low


def _is_blank(line: str) -> bool:
    """An empty line, or a quoted one (``>``); a line of spaces is not: ``get_text``
    writes one for the white space between two inline elements."""
    return not line.strip("\r>") or (">" in line and not line.strip(" \t\r>"))


_LINKISH = re_pattern(
    globals(), "_LINKISH", r"(?:https?://|pic\.(?:twitter|x)\.com/)[^\s<>]*", re.IGNORECASE
)
# A tweet's 280, and room for a media link and for counting differences.
_MAX_WEIGHT = 320


# The code points that twitter-text counts 2 (CJK, emoji …): all but these ranges.
_WIDE = re_pattern(globals(), "_WIDE", "[^\u0000-\u10ff\u2000-\u200d\u2010-\u201f\u2032-\u2037]")


def _weight(text: str) -> int:
    """A tweet's length by twitter-text's rule: a link 23, most scripts 1 a code
    point, the rest (CJK, emoji) 2."""
    text, links = (
        _LINKISH.subn("", " ".join(text.split())) if "/" in text else (" ".join(text.split()), 0)
    )  # (every link holds a "/")
    wide = 0 if text.isascii() else len(_WIDE.findall(text))
    return 23 * links + len(text) + wide


def _indented_block_start(text: str, line_start: int, dash: int, low: int) -> int | None:
    """The block the footer closes, where the extractor indents by nesting (inscriptis):
    the lines above as indented as the footer's, up to one indented less, if they fit
    in a tweet."""
    indent = _indent(text[line_start:dash])
    if indent == 0:
        return None
    start = position = line_start
    for _ in range(40):
        if position <= low:
            return None
        above = text.rfind("\n", low, position - 1) + 1 or low
        line = text[above : position - 1]
        position = above
        if not line.strip():
            continue
        if _indent(line) < indent:
            # The block's parent: the block is found. Unless it is a list item's first
            # line whose text stands where the block does (Resiliparse writes a list
            # item "    • text", its next paragraphs under the text, "      more"): the
            # embed is the item, from its text on.
            bullet = _BULLET.match(line)
            if (
                bullet is not None
                and bullet.end() + _indent(line[bullet.end() :]) == indent
                and line[indent:].strip()
            ):
                start = above + indent
            break
        if _FOOTER_LINE.match(line):
            return None  # the embed above: indentation tells nothing here
        start = above
    else:
        return None
    if start == line_start or _weight(text[start:line_start]) > _MAX_WEIGHT:
        return None
    return start


def _blank_line(text: str, start: int, end: int) -> re.Match[str] | None:
    """The first blank line (quoted or not) between ``start`` and ``end``. (Text with
    none, get_text's one node a line, is told by three plain finds: the pattern tried
    at every line break of a window cost more than reading the tweet.)"""
    # (">" and "\r" are found at memchr's speed; a two-character needle over a
    # window of many line breaks is not, so "\n\r\n" is looked for only after a "\r".
    # CPython's reverse search of such a needle costs half its forward one: only
    # whether there is one is asked.)
    if (
        text.find(">", start, end) < 0
        and text.rfind("\n\n", start, end) < 0
        and (text.find("\r", start, end) < 0 or text.rfind("\n\r\n", start, end) < 0)
    ):
        return None
    return _BLANK_LINE.search(text, start, end)


def _body_start(text: str, footer: _Footer, floor: int) -> int | None:
    """Where the tweet's text starts: its paragraph (or quoted block) above the footer."""
    low = max(floor, footer.dash - _MAX_BODY)
    line_start = _line_start(text, footer.dash, low)
    before = text[line_start : footer.dash]
    if before.lstrip(" \t").startswith(">"):
        return _quote_start(text, line_start, low, footer.dash)
    if not before.strip():
        block = _indented_block_start(text, line_start, footer.dash, low)
        if block is not None:
            return block
    blank_mode = _blank_line(text, max(low, line_start - _BLANK_WINDOW), line_start)
    start = line_start
    skipped = 0  # blank lines between the text and its footer
    if without_tags(before).strip(" \t\r>"):
        # Text before the dash on the footer's own line.
        if blank_mode is None:
            return _block_start(text, start, low, footer.dash)
    else:
        while start > low:
            above = _line_start(text, start - 1)
            if not _is_blank(text[above : start - 1]):
                break
            start, skipped = above, skipped + 1
            if skipped > _MAX_BLANK_LINES:
                return None
        if start <= low:
            return None
        previous = _line_start(text, start - 1, low)
        if _FOOTER_LINE.match(text, previous, start):
            return None
        if blank_mode is None:
            return _block_start(text, previous, low, footer.dash)
        start = previous
    bottom = start
    start = _paragraph_start(text, start, low)
    if start < bottom and _weight(text[start : footer.dash]) > _MAX_WEIGHT:
        # More than a tweet holds: the lines are not all one paragraph.
        return _soft_start(text, bottom, low)
    if skipped:
        start = _paragraphs_above(text, start, low, skipped, footer.dash)
    return start


def _paragraph_start(text: str, start: int, low: int) -> int:
    """The first line of the run of non-blank lines that ends at the line at ``start``."""
    while start > low:
        above = text.rfind("\n", low, start - 1) + 1 or low
        line = text[above : start - 1]
        if _is_blank(line) or _FOOTER_LINE.match(line):
            break
        start = above
    return start


def _paragraphs_above(text: str, start: int, low: int, gap: int, dash: int) -> int:
    """The tweet's earlier paragraphs: those above ``start`` set apart by no more blank
    lines than the text is from its footer (``gap``), when more blank lines than that
    set the whole apart from what stands above it, and the whole fits in a tweet.

    An extractor that keeps the page's white space (``get_text``) separates an
    embed's paragraphs as it separates the text from the footer, and the embed
    from the article by more; where every paragraph is set apart alike (Markdown),
    the layout tells nothing, and :func:`_block_start` reads the paragraphs.
    """
    joined = start
    while joined > low:
        position, blanks = joined, 0
        while position > low and blanks < gap + 2:
            above = text.rfind("\n", low, position - 1) + 1 or low
            if not _is_blank(text[above : position - 1]):
                break
            position, blanks = above, blanks + 1
        if blanks >= gap + 2:
            return joined  # the embed's edge: clearly more white space
        if not 0 < blanks <= gap or position <= low:
            return start
        top = _paragraph_start(text, _line_start(text, position - 1, low), low)
        if _FOOTER_LINE.match(text, top, position) or _weight(text[top:dash]) > _MAX_WEIGHT:
            break
        joined = top
    # Set apart alike up to the embed above, beyond a tweet or to the text's start:
    # the layout tells nothing.
    return _block_start(text, start, low, dash, gap)


_ENTITY_LINE = re_pattern(
    globals(), "_ENTITY_LINE", r"[ \t]*(?:[#@$＃＠]\w|https?://|pic\.(?:twitter|x)\.com/)\S*[ \t]*$"
)


def _tweet_head(line: str) -> bool:
    """A short line that opens the way tweets open and article paragraphs do not:
    a hashtag or a mention first ("#FRAITA 29è 2-0"), or an emoji or symbol."""
    head = line.lstrip(" \t")[:2]
    # (A letter after "#": "#1 choice" is prose, not a hashtag.)
    if not head or not (
        (head[0] in "#@＃＠" and head[1:].isalpha()) or unicodedata.category(head[0]) == "So"
    ):
        return False
    return _weight(line) <= 140


# What ends a sentence; and how long a line is at least to be an article's paragraph
# (a link's text is shorter: "the report.").
_SENTENCE_ENDS = frozenset(".!?…。！？")
_PARAGRAPH_LINE = 60


def _ends_paragraph(line: str) -> bool:
    """Whether ``line`` reads as an article's paragraph: long, its last sentence ended,
    nothing after it."""
    return len(line) > _PARAGRAPH_LINE and line[-1:] in _SENTENCE_ENDS


# Lines that are a sentence's end alone.
_SENTENCE_END_LINES = frozenset({".", "!", "?", "…", ".)", ".”", '."', "!”", "?”", "。"})


def _is_label(line: str) -> bool:
    """A label's line: one to four words of letters parted by single spaces, nothing
    else (no entity, number or emoji), and not shouted ("GOAL")."""
    return (
        line.replace(" ", "").isalpha()
        and line.count(" ") <= 3
        and "  " not in line
        and line == line.strip(" ")
        and not line.isupper()
    )


# How far under a footer a page's label is looked for again.
_LABEL_REACH = 400


def _recurs_below(text: str, line: str, dash: int) -> bool:
    """Whether ``line`` stands as a line of its own shortly under the footer at
    ``dash`` (a bounded look: each footer reads at most ``_LABEL_REACH`` characters)."""
    below = text.find("\n", dash, dash + _LABEL_REACH)
    if below < 0:
        return False
    window = text[below : dash + _LABEL_REACH + len(line) + 2]
    return f"\n{line}\n" in window or window.endswith(f"\n{line}")


def _soft_start(text: str, start: int, low: int) -> int:
    """The line at ``start`` and the lines above it that it continues: where the line
    below starts with a space, or around a lone link, hashtag or mention
    (``get_text("\\n")`` breaks the line at each inline element), while it fits
    in a tweet."""
    below = text[start : text.find("\n", start) % (len(text) + 1)]
    weight = _weight(below)
    below_entity = _ENTITY_LINE.match(below) is not None
    while start > low:
        above = text.rfind("\n", low, start - 1) + 1 or low
        line = text[above : start - 1]
        line_entity = _ENTITY_LINE.match(line) is not None
        soft = (
            # A space, not an indentation: the white space a text node began with,
            # after an inline element's text (get_text); not below an article's
            # paragraph (see _block_start).
            (below[:1] in (" ", "\u00a0") and not below[:3].isspace() and not _ends_paragraph(line))
            or line_entity
            or below_entity
            or _tweet_head(line)
        )
        if not soft or _is_blank(line) or _FOOTER_LINE.match(line):
            break
        weight += _weight(line)
        if weight > _MAX_WEIGHT:
            break
        start, below, below_entity = above, line, line_entity
    return start


# A tweet's limit by twitter-text's weights, its media link (pic.twitter.com) not
# counted: the lines above a tweet's last join it only while they all fit.
_TWEET_WEIGHT = 280
_CUT_POST = re_pattern(globals(), "_CUT_POST", r"…\s*(?:https?://)?t\.co/\w+")
_MEDIA_LINK = re_pattern(globals(), "_MEDIA_LINK", r"pic\.(?:twitter|x)\.com/\S*", re.IGNORECASE)
# (Markdown escapes the dot after a number: "1\\.".)
_ENUMERATOR = re_pattern(
    globals(), "_ENUMERATOR", r"[ \t]*(?:\(?\d{1,3}\\?[.)]|#\d{1,3}|[-•*·–])[ \t]*$"
)
_HEADING = re_pattern(globals(), "_HEADING", r"[ \t]*#{1,6}[ \t]")
_BULLET = re_pattern(globals(), "_BULLET", r"[ \t]*[-•*·–][ \t]")
_MARK_HEADS = frozenset("(#-•*·–")
# One group per script: a line's script is the group most of its letters fall in.
_SCRIPTS: regex.Pattern[str] = regex_pattern(
    globals(),
    "_SCRIPTS",
    r"(\p{Latin})|([\p{Han}\p{Hiragana}\p{Katakana}])|(\p{Hangul})|(\p{Cyrillic})"
    r"|(\p{Arabic})|(\p{Hebrew})|(\p{Greek})|(\p{Thai})|(\p{Devanagari})|(\p{Bengali})",
)


def _without_media(text: str) -> str:
    return _MEDIA_LINK.sub("", text) if "/" in text else text


_ASCII_LETTERS = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"


def _script(line: str) -> int:
    """The script most of the line's first letters are written in (a group of
    ``_SCRIPTS``), 0 for a line without letters."""
    head = line[:240]
    if head.isascii():  # (an ASCII letter is what changes case)
        return 1 if head.lower() != head.upper() else 0
    # More ASCII letters (Latin) than characters outside ASCII: Latin has the most,
    # whatever those are (a German date's "ä" in a line of English).
    ascii_part = head.encode("ascii", "ignore")
    letters = len(ascii_part) - len(ascii_part.translate(None, _ASCII_LETTERS))
    if letters > len(head) - len(ascii_part):
        return 1
    counts = [0] * 11
    for match in _SCRIPTS.finditer(line, 0, 240):
        counts[match.lastindex or 0] += 1
    best = max(range(1, 11), key=counts.__getitem__)
    return best if counts[best] else 0


def _unit_above(text: str, position: int, low: int, gap: int) -> tuple[int, str] | None:
    """The unit of text above the one at ``position``, with where it starts. In line
    mode (``gap`` 0) the nearest line that holds more than white space (a page's
    indentation between two elements), or a blank line; where paragraphs are set
    apart by ``gap`` blank lines, the paragraph above when exactly that many lines
    set it apart, else None."""
    blanks = 0
    for _ in range(8 + gap):
        if position <= low:
            return None
        above = text.rfind("\n", low, position - 1) + 1 or low
        line = text[above : position - 1]
        if not gap:
            if line.strip(" \t\r\u00a0") or _is_blank(line):
                return above, line
        elif _is_blank(line):
            blanks += 1
        elif blanks != gap:
            return None
        else:
            top = _paragraph_start(text, above, low)
            return top, line if top == above else text[top : position - 1]
        position = above
    return None


def _block_start(text: str, start: int, low: int, dash: int, gap: int = 0) -> int:
    """Where the tweet starts when nothing in the text's layout marks it: one
    paragraph a line (trafilatura's plain text, ``gap`` 0), or every paragraph set
    apart alike (Markdown: ``gap`` blank lines between any two). The units above
    the tweet's last are taken while they fit in one tweet with it and none of
    these marks one as the article's own:

    - a footer (the embed above) or a blank line;
    - another script than the tweet's (a Japanese tweet in an English article);
    - in line mode, less indentation than an indented line below it (the white
      space a text node began with in the page's source, which an extractor keeps:
      the embed's first line is indented, the article's are not);
    - an end in a colon or an ellipsis: the article's "She wrote:" or "Just in
      case you missed it …" (a tweet's own first line may end so too, and is then
      lost: nothing tells the two apart);
    - a list's number alone ("3."), a Markdown heading, or a bullet point above a
      line that is not one.
    """
    line = text[start : text.find("\n", start) % (len(text) + 1)]
    if not gap and not line.strip(" \t\r\u00a0"):
        found = _unit_above(text, start, low, gap)
        if found is None or _is_blank(found[1]) or _FOOTER_LINE.match(found[1]):
            return start
        start = found[0]
    if not gap:
        start = _soft_start(text, start, low)
    weight = _weight(_without_media(text[start:dash]))
    script = _script(text[start:dash])
    top = text[start : text.find("\n", start) % (len(text) + 1)]
    top_indent = _indent(top)
    # A long post the embed cut ("… https://t.co/…", its link to the whole) holds up to
    # a tweet's length before the cut, as X counts it: room for counting differences.
    limit = _MAX_WEIGHT if _CUT_POST.search(text, start, dash) else _TWEET_WEIGHT
    found = _unit_above(text, start, low, gap)
    while found is not None:
        above, unit = found
        if _is_blank(unit):
            break
        # A line of a sentence's end alone, nothing after it: the paragraph above ends
        # there, after an inline element (get_text: "in northeastern \nColorado\n.\n").
        # Not with a space after it (". ": a <br> follows, inside the tweet), and not
        # before a mention or a hashtag (a tweet may open ".@user").
        if not gap and unit in _SENTENCE_END_LINES and top.lstrip()[:1] not in "@#＠＃":
            break
        weight += _weight(_without_media(unit))
        # (A unit is one line in line mode: matched without a split, which cost the
        # dense footer families ~10%.)
        if weight > limit or (
            _FOOTER_LINE.match(unit) is not None
            if "\n" not in unit
            else any(map(_FOOTER_LINE.match, unit.split("\n")))
        ):
            break
        higher = _unit_above(text, above, low, gap)
        indent = _indent(unit)
        if not gap:
            if top_indent >= 2 and indent < top_indent:
                break
            # The same words twice in a row, and again under the embed: a page's label
            # between its blocks, as Postmedia's sites write "Article content" around
            # each (National Post). A tweet may repeat its own line ("So proud\nSo
            # proud"), but the article below does not. (Shouted twice, "GOAL\nGOAL",
            # they are a tweet's; shorter words, "Share", seldom come twice, and a run
            # of short lines is not asked.)
            if (
                len(unit) > 5
                and higher is not None
                and higher[1] == unit
                and _is_label(unit)
                and _recurs_below(text, unit, dash)
            ):
                break
            # One space: the white space the embed's paragraph began with (trafilatura
            # writes a paragraph a line, stripped on the right), below an article's
            # paragraph that ends its sentence. (A line of get_text's that begins with
            # a space continues an inline element's text, shorter: _soft_start joined it.)
            if top_indent == 1 and not indent and _ends_paragraph(unit):
                break
            # Lines of white space alone between (get_text's white space between two
            # elements): one stands between two inline elements (a tweet's links),
            # more than one between blocks (the page's indentation); one below an
            # article's paragraph that ends its sentence ends it too.
            between = text.count("\n", above, start) - 1
            if between > 1 or (between == 1 and _ends_paragraph(unit)):
                break
            if indent >= 2 and (higher is None or _indent(higher[1]) < indent):
                return above  # the embed's first line, indented: nothing above belongs
        # (Markdown's emphasis may close after the colon: "*She wrote:*".)
        if unit.rstrip().rstrip("*_").endswith((":", "：", "…", "...")):
            break
        head = unit[indent : indent + 1]
        # (A list's number, a heading or a bullet opens with one of these.)
        if (head.isdigit() or head in _MARK_HEADS) and (
            _ENUMERATOR.match(unit)
            or _HEADING.match(unit)
            or (_BULLET.match(unit) and not _BULLET.match(top))
        ):
            break
        other = _script(unit)
        if script and other and other != script:
            break
        script = script or other
        start, top, top_indent, found = above, unit, indent, higher
    return start


def _quote_start(text: str, line_start: int, low: int, dash: int) -> int | None:
    """The first line of the Markdown quote that ends in this footer."""
    start = line_start
    while start > low:
        above = text.rfind("\n", low, start - 1) + 1 or low
        line = text[above : start - 1]
        quoted = quote_line(line)
        if not quoted or _FOOTER_LINE.match(line):
            break
        start = above
        if quoted == 2:
            break  # the quote's first line, in a list item
    if not text[start:dash].strip(" \t\r\n>") and start == line_start:
        return None
    return start


def find_footer(text: str, hit: int) -> tuple[int, int, Form, object] | None:
    """A stripped tweet ending in a footer whose ``(@`` is at ``hit``, and that footer
    (for :func:`read_footer_form`)."""
    footer = _footer_at(text, hit)
    if footer is None:
        return None
    return _embed_above(text, footer)


def find_bluesky_footer(text: str, hit: int) -> tuple[int, int, Form, object] | None:
    """A stripped Bluesky post ending in its code's footer, ``— Name (@handle.domain)
    Date``, whose ``(@`` is at ``hit``, and that footer. (Its date link in Markdown
    is read by the post's link, see :mod:`._embed_links`.)"""
    footer = _footer_at(text, hit, bluesky=True)
    if footer is None or footer.url is not None:
        return None
    found = _embed_above(text, footer)
    return None if found is None else (found[0], found[1], "text", footer)


def _embed_above(text: str, footer: _Footer) -> tuple[int, int, Form, object] | None:
    """The stripped embed that ``footer`` ends: its region, its form, the footer."""
    start = _body_start(text, footer, 0)
    last = _line_start(text, footer.dash)
    if start is None:
        # No text above: a footer alone is an embed when its date links the status.
        if footer.url is None or status_ref(footer.url) is None:
            return None
        start = last
    start = _skip_bare_lines(text, start, last)
    # (Matched, not sliced: a footer's line may be the whole page, a megabyte of text
    # without a line break, and a copy of it cost 2 MB.)
    quoted = _QUOTED.match(text, last, footer.dash) is not None
    return start, footer.end, "markdown" if quoted or footer.url else "text", footer


def _skip_bare_lines(text: str, start: int, last: int) -> int:
    """``start`` moved past the lines that hold no text, only tags or white space (a
    ``<blockquote>`` left alone on its line): they add nothing to the embed, and
    whether a paragraph reaches them must not change where it starts."""
    while start < last:
        end = text.find("\n", start, last)
        if end < 0 or without_tags(text[start:end]).strip(" \t\r>"):
            break
        start = end + 1
    return start


def _last_footer(markup: str, *, bluesky: bool) -> _Footer | None:
    """The footer that ends ``markup`` (the region :func:`find_footer` gave)."""
    position = len(markup)
    while True:
        position = markup.rfind("(@", 0, position)
        if position < 0:
            return None
        footer = _footer_at(markup, position, bluesky=bluesky)
        if footer is not None and not markup[footer.end :].strip():
            return footer


def read_footer_form(
    markup: str, found: object = None, *, bluesky: bool = False
) -> dict[str, object]:
    """The raw fields of a stripped embed: its text, links, footer, date and status.

    ``found`` is the footer :func:`find_footer` read (in the page's positions: the
    region ends where it ends), else the footer is read again from ``markup``."""
    dash = -1
    if isinstance(found, _Footer):
        footer: _Footer | None = found
        dash = len(markup) - (found.end - found.dash)
    if dash < 0:  # (not handed over, or the region was cut above its dash)
        footer = _last_footer(markup, bluesky=bluesky)
        if footer is None:
            return {}
        dash = footer.dash
    assert footer is not None
    text, links = stripped_text(markup[:dash])
    status: StatusRef | None = status_ref(footer.url) if footer.url else None
    return {
        "paragraphs": tuple(p for p in text.split("\n\n") if p),
        "links": links,
        "footer": f"— {footer.name} (@{footer.handle})",
        "author": (footer.name or None, footer.handle),
        "date_text": footer.date_text,
        "status": status,
    }
