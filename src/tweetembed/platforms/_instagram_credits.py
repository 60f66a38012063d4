"""Instagram embeds whose markup was stripped, found by the credit line a reader
still sees.

An extractor that keeps text alone (inscriptis, BeautifulSoup's ``get_text``)
leaves of Instagram's embed code its lines of text, in the copier's language::

    View this post on Instagram

    The caption, when the code was copied with it #tag

    A post shared by Spice Girls (@spicegirls) on Jun 16, 2019 at 7:30am PDT

The credit line (``A post shared by`` or its translation, the name, ``(@user)``
and, in older codes, the date) ends the embed; the short line that names
Instagram above it (``View this post on Instagram``, ``Sieh dir diesen Beitrag auf
Instagram an``) opens it, and what stands between is the caption. Without that
line (codes before 2017 write none) the embed is the credit line alone: the
paragraph above it may as well be the article's. The post's link is lost with the
markup, so such a record has no ``post_id``, as a stripped tweet's footer has none.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .._lazy import re_pattern
from ..forms import Form
from ._markup import date_of
from ._stripped import indent, quote_line

__all__ = ["CREDIT_HANDLE", "CREDIT_OPENING", "CREDIT_OPENING_IN", "credit_date", "find_credit"]

# "(@user)" in a page's bytes (user names hold dots and run to 30 characters),
# tested before the text around a "(@" is read.
CREDIT_HANDLE = re_pattern(globals(), "CREDIT_HANDLE", rb"\(@[A-Za-z0-9_.]{1,30}\s*\)")
_HANDLE_AT = re_pattern(globals(), "_HANDLE_AT", r"\(\s*@([A-Za-z0-9_.]{1,30})\s*\)")
# How a credit line opens, in the copier's language (codes before 2017: "A photo
# posted by", "A video posted by", "Una foto publicada por", "Une photo publiée par").
_OPENING = (
    r"(?:(?:A|Un|Una|Uma|Een|Ein|Une)\s+\w+\s+(?:\w+\s+)?"
    r"(?:shared\s+by|posted\s+by|geteilt\s+von|partagée?\s+par|publiée?\s+par|"
    r"compartid[oa]\s+(?:de|por)|publicad[oa]\s+por|condivis[oa]\s+da|"
    r"pubblicat[oa]\s+da|compartilhad[oa]\s+por|gedeeld\s+door)|"
    r"Публикация\s+от|Post\s+udostępniony\s+przez|Bir\s+gönderi\s+paylaşan|"
    # (German codes before 2017 name the author inside: "Ein von Name (@user)
    # gepostetes Foto am 1. Mai 2016 um 21:50 Uhr".)
    r"Ein\s+von)\s*"
)
CREDIT_OPENING = re_pattern(globals(), "CREDIT_OPENING", r"^\s*" + _OPENING, re.IGNORECASE)
# The same anywhere in a paragraph (a caption that get_text ran on into its credit).
CREDIT_OPENING_IN = re_pattern(globals(), "CREDIT_OPENING_IN", r"\b" + _OPENING, re.IGNORECASE)
# The same at a line's start, in a Markdown quote or not (``get_text`` breaks the
# credit at the name's link, so the name may stand on the lines below). A credit
# run on from a paragraph is not read: a page's hidden copy of its article text
# holds the embed's credit so, and trafilatura's text alone writes it so.
# html2text writes an older code's credit, a link to the post, as Markdown's link
# ("[A post shared by Name\n> (@user)](…/p/CODE/)"), wrapped within the quote.
_OPENING_AT_LINE = re_pattern(
    globals(), "_OPENING_AT_LINE", r"[ \t>]*(\[)?" + _OPENING, re.IGNORECASE
)
_QUOTE_BREAK_SOURCE = r"\n[ \t]*>[ \t]?"
_QUOTE_BREAK = re_pattern(globals(), "_QUOTE_BREAK", _QUOTE_BREAK_SOURCE)
# A quote's next line, short, that may end a wrapped date.
_QUOTED_LINE = re_pattern(
    globals(), "_QUOTED_LINE", _QUOTE_BREAK_SOURCE + r"([^\n>()@]{1,40})(?=\n|$)"
)
# A name that is a Markdown link of its own, and a name's pronouns in parentheses.
_LINKED_NAME = re_pattern(
    globals(), "_LINKED_NAME", r"\s*\[([^\[\]()<>\n]{1,100})\]\([^()\s]{1,2000}\)\s*"
)
_PRONOUNS = re_pattern(
    globals(), "_PRONOUNS", r"\([a-zA-Z]{1,8}/[a-zA-Z]{1,8}(?:/[a-zA-Z]{1,8})?\)"
)
# The target of that link, right after the handle.
_LINK_TARGET = re_pattern(globals(), "_LINK_TARGET", r"\]\([^()\s]{1,2000}\)")
# The lines a credit's opening may stand on, the handle's and those above it.
_CREDIT_LINES = 3
# The rest of the handle's line, and the next line that holds more than spaces.
_REST_OF_LINE = re_pattern(globals(), "_REST_OF_LINE", r"[^\n]*")
_NEXT_LINE = re_pattern(globals(), "_NEXT_LINE", r"\n(?:[ \t\r]*\n){0,3}([^\n]*)")
# How far a credit runs before and after its handle, how far above it the line
# naming Instagram may stand (a caption holds 2,200 characters at most, and an
# extractor indents and breaks its lines), and how long that line is at most.
_MAX_BEFORE = 300
_MAX_NAME = 100
_MAX_AFTER = 120
_MAX_CAPTION = 4000
_MAX_CAPTION_LINES = 80
_MAX_OPENING_LINE = 60


def credit_date(after: str, languages: Iterable[str | None] = ()) -> str | None:
    """The date a credit line writes after the handle ("on Apr 27, 2020 at 9:24am PDT",
    "am 23. Okt 2017 um 0:31 Uhr"), without its preposition, if it reads as one in
    ``languages`` or any other."""
    after = _without_preposition(after.strip())
    return after if after and date_of(after, languages) is not None else None


def _without_preposition(after: str) -> str:
    """``after`` from the word after its preposition, one of its first three words
    ("on …"; German codes before 2017: "gepostetes Foto am …")."""
    words = after.split(" ", 3)
    for k, word in enumerate(words[:3]):
        if _is_preposition(word) and k + 1 < len(words):
            return " ".join(words[k + 1 :]).strip()
        if not word.isalpha():  # a date's own word ("Jun 5 at 3pm"): no words before it
            break
    return after


def _is_preposition(word: str) -> bool:
    return len(word) <= 3 and word.isalpha() and word.islower()


def find_credit(text: str, hit: int) -> tuple[int, int, Form] | None:
    """The stripped embed whose credit holds the ``(@`` at ``hit``: from the line naming
    Instagram above it (if any) to the credit's end."""
    handle = _HANDLE_AT.match(text, hit)
    if handle is None:
        return None
    opening = _opening_before(text, hit)
    if opening is None:
        return None
    name = text[opening.end() : hit]
    if opening.group(1) is not None or ">" in name:
        name = _QUOTE_BREAK.sub(" ", name)  # (a quote's line wrapped inside the link)
    # html2text links a newer code's name to the profile: "von [ Name](…/name/) (@name)".
    linked = _LINKED_NAME.fullmatch(name) if opening.group(1) is None else None
    if linked is not None:
        name = linked.group(1)
    # (A name may say its pronouns: "Benjamin Näßler (he/him)".)
    bare = _PRONOUNS.sub("", name)
    if len(name) > _MAX_NAME or "\n\n" in name or any(c in bare for c in "[]<>()"):
        return None  # markup, a link, a sentence or a paragraph: not a credit's name
    after = handle.end()
    if opening.group(1) is not None:
        link = _LINK_TARGET.match(text, after)
        if link is None:
            return None  # "[" opens no link of the credit's
        after = link.end()
    end = _credit_end(text, after)
    if end is None:
        return None
    line_start = opening.start()
    if opening.group().lstrip(" \t").startswith(">"):
        start = _quote_start(text, line_start)
    else:
        start = _opening_line(text, line_start)
    return start, end, "text"


def _opening_before(text: str, hit: int) -> re.Match[str] | None:
    """The credit's opening at the start of the handle's line or of one of the two
    lines above it, the nearest, within reach."""
    low = max(0, hit - _MAX_BEFORE)
    position = hit
    for _ in range(_CREDIT_LINES):
        line_start = text.rfind("\n", low, position) + 1
        if line_start == 0 and low > 0:
            return None  # a line too long to be a credit's
        opening = _OPENING_AT_LINE.match(text, line_start, hit)
        if opening is not None:
            return opening
        if line_start == 0:
            return None
        position = line_start - 1
    return None


def _credit_end(text: str, after: int) -> int | None:
    """Where the credit whose handle ends at ``after`` ends: after the date that ends
    its line, or stands on the next line (``get_text``: "(@user) on \\nFeb 16, 2020 at
    3:02pm PST"); None when words that are no date follow the handle."""
    rest = _REST_OF_LINE.match(text, after, after + _MAX_AFTER + 1)
    assert rest is not None
    if rest.end() < len(text) and text[rest.end()] != "\n":
        return None  # a long line goes on: a sentence that quotes a credit
    words = rest.group().strip()
    end = rest.end()
    if words and not _is_preposition(words):
        # html2text wraps a quote's long line anywhere in the date: "… on Jun 16, 2019
        # at\n> 7:30am PDT", "… on Jun\n> 16, 2019 at 7:30am PDT".
        wrapped = _QUOTED_LINE.match(text, end)
        if wrapped is not None and credit_date(f"{words} {wrapped.group(1).strip()}"):
            return _trimmed(text, after, wrapped.end())
        return _trimmed(text, after, end) if credit_date(words) is not None else None
    following = _NEXT_LINE.match(text, end)
    if following is not None:
        date = following.group(1).strip(" \t\r>")
        if _is_preposition(date):
            # get_text sets an older code's "on" apart from its <time>: "(@user)\n on
            # \nApr 21, 2019 at 4:40am PDT".
            following = _NEXT_LINE.match(text, following.end())
            date = following.group(1).strip(" \t\r>") if following is not None else ""
        if following is not None and len(date) <= _MAX_AFTER and credit_date(date) is not None:
            return _trimmed(text, after, following.end())
    return _trimmed(text, after, end)


def _trimmed(text: str, low: int, end: int) -> int:
    """``end`` moved back over the white space before it, not below ``low``."""
    while end > low and text[end - 1] in " \t\r":
        end -= 1
    return end


def _quote_start(text: str, credit: int) -> int:
    """The first line of the Markdown quote the credit line at ``credit`` ends (html2text
    quotes the embed, its caption a link to the post)."""
    start = credit
    while start > 0 and credit - start <= _MAX_CAPTION:
        above = text.rfind("\n", 0, start - 1) + 1
        line = text[above : start - 1]
        quoted = quote_line(line)
        if not quoted or "(@" in line:
            break
        start = above
        if quoted == 2:
            break  # the quote's first line, in a list item
    return start


def _opening_line(text: str, credit: int) -> int:
    """Where the embed starts: the short line naming Instagram above the credit line
    at ``credit``, else the caption its indentation sets apart (see
    :func:`_indented_caption`), else the credit line itself."""
    position = credit
    for _ in range(_MAX_CAPTION_LINES):
        if position <= 0 or credit - position > _MAX_CAPTION:
            break
        above = text.rfind("\n", 0, position - 1) + 1
        line = text[above : position - 1].strip(" \t\r>")
        position = above
        if not line:
            continue
        if "(@" in line:
            break  # the embed above: its credit, or a tweet's footer
        if _names_instagram(line):
            return above
    return _indented_caption(text, credit)


def _indented_caption(text: str, credit: int) -> int:
    """Where the caption above an indented credit line starts: the lines above it as
    indented (blank ones between), up to one indented less. inscriptis indents the
    embed's block deeper than the article's (an older code writes no line naming
    Instagram to open it); without that edge the credit line is the embed."""
    depth = indent(text[credit : text.find("\n", credit) % (len(text) + 1)])
    if depth < 2:
        return credit
    start = position = credit
    for _ in range(_MAX_CAPTION_LINES):
        if position <= 0 or credit - position > _MAX_CAPTION:
            return credit
        above = text.rfind("\n", 0, position - 1) + 1
        line = text[above : position - 1]
        position = above
        if not line.strip():
            continue
        if indent(line) < depth:
            return start  # the block's edge
        if "(@" in line or _OPENING_AT_LINE.match(line):
            return credit  # the embed above
        start = above
    return credit


def _names_instagram(line: str) -> bool:
    """A line that reads as the code's "View this post on Instagram" in some language:
    short, naming Instagram, no sentence ("we took to Instagram to find …") and no
    link (Markdown's ``[caption](…instagram.com/p/…)``)."""
    return (
        len(line) <= _MAX_OPENING_LINE
        and "instagram" in line.lower()
        and len(line.split()) <= 8
        and not any(c in line for c in "/()[]")
        and not line.endswith((".", "!", "?", ":"))
    )
