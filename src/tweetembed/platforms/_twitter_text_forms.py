"""Twitter embeds written as text: shortcodes and bare status URLs (stripped
footers are read by ``_footers``).

- WordPress ``[tweet URL]``, ``[tweet ID]``, ``[tweet id="ID"]``, ``[embed]URL[/embed]``;
  Hugo ``{{< tweet user="…" id="…" >}}``, ``{{< x … >}}``, ``{{< twitter … >}}``,
  ``{{< twitter_simple … >}}`` (Hugo's static version, before v0.141).
- A status URL alone on its line (WordPress turns it into an embed by oEmbed); one
  inside a sentence is a link, not an embed.

Each finder returns the region of the source the embed takes; each reader turns
that region's text into raw fields.
"""

from __future__ import annotations

import re

import attrs

from .._lazy import re_pattern
from ..forms import Form
from ..needles import Shape
from ..urls import StatusRef, status_ref
from ._footers import find_footer, read_footer_form

__all__ = [
    "LINK_CLOSE",
    "LINK_OPEN",
    "STATUS_URL_SHAPE",
    "find_footer",
    "find_shortcode",
    "find_status_url",
    "in_sentence",
    "line_around",
    "read_text_form",
]

_MAX_LINE = 4096
_STATUS_URL = (
    r"(?:https?://)?(?:www\.|mobile\.|m\.)?(?:twitter|x)\.com/(?:#!/)?"
    r"(?:[A-Za-z0-9_]{1,20}|i/web|i)/status(?:es)?/\d{1,20}(?:[/?#][^\s<>\"'\[\]()]*)?"
)
_SHORTCODE = re_pattern(
    globals(),
    "_SHORTCODE",
    r"""\[tweet\s+(?:(?:id|url|tweet)\s*=\s*)?["']?(?P<wp>[^\]"'\s]+)["']?[^\]]{0,200}\]"""
    r"""|\[embed[^\]]{0,200}\]\s*(?P<embed>[^\[\s]{1,500})\s*\[/embed\]"""
    r"""|\{\{[<%]\s*(?:tweet|x|twitter|twitter_simple)\s+(?P<hugo>[^{}]{1,300}?)\s*[>%]\}\}""",
    re.IGNORECASE,
)
_HUGO_ID = re_pattern(
    globals(), "_HUGO_ID", r"""\bid\s*=\s*["']?(\d{1,20})|(?<![\w=])["']?(\d{6,20})\b"""
)
_HUGO_USER = re_pattern(
    globals(),
    "_HUGO_USER",
    # (A name first and alone, not a parameter's: "id" of id="…" user="…" is none.)
    r"""\buser\s*=\s*["']?([A-Za-z0-9_]{1,20})|^\s*["']?([A-Za-z_][A-Za-z0-9_]{0,19})\b(?!\s*=)""",
)
# The URL alone, or the whole text of a link alone on its line: a CMS that links the
# URL it was given (``<a href="…">URL</a>``), html2text's ``<URL>`` for such a link,
# Markdown's ``[URL](target)`` where the target differs. (One run of spaces before
# the URL, not two: the engine would try every split of an indented line's spaces.)
LINK_OPEN = r"(?:(?P<tag><a\b[^<>]{0,2000}>)\s*|(?P<angle><)|(?P<md>\[))?"
LINK_CLOSE = r"(?(angle)>)(?(md)\]\([^()\s]{1,2000}\))\s*(?(tag)</a>\s*)"
_ALONE = re_pattern(
    globals(),
    "_ALONE",
    rf"\s*(?:<p\b[^<>]*>\s*)?{LINK_OPEN}(?P<url>{_STATUS_URL}){LINK_CLOSE}(?:</p>\s*)?",
    re.IGNORECASE,
)


# What ends a URL's run of bytes, looking back from a needle in it; and what may stand
# before a URL that is alone on its line, a link's text, or in an [embed] shortcode.
_NOT_URL = frozenset(b" \t\n\r\f\v\"'<>()[]{}=`")
_BEFORE_ALONE = frozenset(b" \t\n\r\f\v>]<[")


@attrs.frozen(eq=False)
class _UrlAtLineStart:
    """A scan shape for a needle inside a URL: the bytes from the needle on match
    ``rest`` (any when None), and the URL starts the data or follows white space, a
    tag's ``>`` or a shortcode's ``]``. A URL in an attribute's value (a link's target,
    on nearly every page, beside embeds too) is turned away before the page is decoded."""

    rest: re.Pattern[bytes] | None = None

    def match(self, data: bytes, pos: int, /) -> object | None:
        if self.rest is not None and self.rest.match(data, pos) is None:
            return None
        start, floor = pos, max(0, pos - 120)
        while start > floor and data[start - 1] not in _NOT_URL:
            start -= 1
        return True if start == 0 or data[start - 1] in _BEFORE_ALONE else None


def url_at_line_start(rest: bytes | None = None) -> Shape:
    """The shape of a URL that may stand alone on its line, its bytes from the needle
    on matching the pattern ``rest`` (see :class:`_UrlAtLineStart`)."""
    return _UrlAtLineStart(re.compile(rest, re.IGNORECASE) if rest is not None else None)


STATUS_URL_SHAPE = url_at_line_start()


def line_around(text: str, position: int) -> tuple[int, int] | None:
    """The line around ``position``, unless it is too long to be one line of prose."""
    start = text.rfind("\n", max(0, position - _MAX_LINE), position) + 1
    if start == 0 and position > _MAX_LINE:
        return None
    end = text.find("\n", position, position + _MAX_LINE)
    if end < 0:
        end = len(text)
        if end - position > _MAX_LINE:
            return None
    return start, end


def find_shortcode(text: str, hit: int) -> tuple[int, int, Form] | None:
    """A shortcode starting at ``hit`` that names a status."""
    m = _SHORTCODE.match(text, hit, hit + 1024)
    if m is None or _shortcode_status(m.group(0)) is None:
        return None
    return m.start(), m.end(), "shortcode"


def _shortcode_status(markup: str) -> StatusRef | None:
    m = _SHORTCODE.match(markup)
    if m is None:  # the URL of an ``[embed]`` (see _shortcodes.post_url)
        return status_ref(markup) if "//" in markup else None
    value = m.group("wp") or m.group("embed")
    if value is not None:
        if value.isdigit():
            return StatusRef(value.lstrip("0") or "0", None)
        return status_ref(value if "//" in value else "https://" + value)
    params = m.group("hugo")
    id_match = _HUGO_ID.search(params)
    if id_match is None:
        return None
    user_match = _HUGO_USER.search(params)
    user = (user_match.group(1) or user_match.group(2)) if user_match else None
    return StatusRef((id_match.group(1) or id_match.group(2)).lstrip("0") or "0", user)


def find_status_url(text: str, hit: int) -> tuple[int, int, Form] | None:
    """Around the ``/status`` at ``hit``: a status URL alone on its line, or in ``[embed]``."""
    line = line_around(text, hit)
    if line is None:
        return None
    embed = text.rfind("[embed", line[0], hit)
    if embed >= 0:
        m = _SHORTCODE.match(text, embed, line[1])
        if m is not None and m.start("embed") <= hit < m.end("embed"):
            return (m.start(), m.end(), "shortcode") if _shortcode_status(m.group(0)) else None
    m = _ALONE.fullmatch(text, line[0], line[1])
    if m is None or not m.start("url") <= hit < m.end("url") or in_sentence(text, *line):
        return None
    return m.start("url"), m.end("url"), "url"


# What ends a sentence before a line, and what continues one after it.
_SENTENCE_END = frozenset(".!?:;…\"'”’»)]>|*")
_CONTINUES = frozenset(".,;:!?)]-–—")
_SPACE = " \t\r\n\u00a0"


def in_sentence(text: str, start: int, end: int) -> bool:
    """Whether the line ``text[start:end]`` is a link inside a sentence that an
    extractor split at each inline element (``get_text("\\n")``): no empty line
    between it and the words around it, and no sentence end before or after."""
    before = text[max(0, start - 200) : start]
    words = before.rstrip(_SPACE)
    gap = before[len(words) :].replace("\r", "")
    if words and "\n\n" not in gap and words[-1] not in _SENTENCE_END:
        return True
    # One space, then the break: the text node before the link ended with the space
    # that parts them in the sentence (a paragraph's last link after its last
    # sentence, "... long time ago. <a>URL</a>"). (Markdown's line break is two.)
    if words and gap in (" \n", "\u00a0\n"):
        return True
    after = text[end : end + 200]
    words = after.lstrip(_SPACE)
    if not words or "\n\n" in after[: len(after) - len(words)].replace("\r", ""):
        return False
    return words[0].islower() or words[0] in _CONTINUES


def read_text_form(markup: str, form: str, found: object = None) -> dict[str, object]:
    """The raw fields a text form gives: paragraphs, links, footer, date and status
    (``found``: what its finder read, see :func:`read_footer_form`)."""
    fields: dict[str, object] = {
        "paragraphs": (), "links": (), "footer": "", "date_text": None, "status": None,
    }  # fmt: skip
    if form == "shortcode":
        status = fields["status"] = _shortcode_status(markup)
        if status is not None and status.handle and markup.startswith("{{"):
            # Hugo's user="…" names the author; a WordPress URL's handle is only a path.
            fields["author"] = (None, status.handle)
        return fields
    if form == "url":
        fields["status"] = status_ref(markup if "//" in markup else "https://" + markup)
        return fields
    fields.update(read_footer_form(markup, found))
    return fields
