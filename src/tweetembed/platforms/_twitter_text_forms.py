"""Twitter embeds written as text: shortcodes, bare status URLs, stripped footers.

- WordPress ``[tweet URL]``, ``[tweet ID]``, ``[tweet id="ID"]``, ``[embed]URL[/embed]``;
  Hugo ``{{< tweet user="…" id="…" >}}``, ``{{< x … >}}``, ``{{< twitter … >}}``.
- A status URL alone on its line (WordPress turns it into an embed by oEmbed); one
  inside a sentence is a link, not an embed.
- An embed whose tags were stripped, found by its footer signature: a dash, the
  author's name, ``(@handle)`` and a date that reads as one (``— NASA (@NASA) March
  13, 2021``), with the tweet's text before it; written as Markdown, the lines start
  with ``>`` and the date is a link ``[March 13, 2021](status URL)``.

Each finder returns the region of the source the embed takes; each reader turns
that region's text into raw fields.
"""

from __future__ import annotations

import re

from ..dates import parse_date
from ..urls import StatusRef, status_ref

__all__ = ["find_shortcode", "find_signature", "find_status_url", "read_text_form"]

_MAX_LINE = 4096
_STATUS_URL = (
    r"(?:https?://)?(?:www\.|mobile\.|m\.)?(?:twitter|x)\.com/(?:#!/)?"
    r"(?:[A-Za-z0-9_]{1,20}|i/web|i)/status(?:es)?/\d{1,20}(?:[/?#][^\s<>\"'\[\]()]*)?"
)
_SHORTCODE = re.compile(
    r"""\[tweet\s+(?:(?:id|url|tweet)\s*=\s*)?["']?(?P<wp>[^\]"'\s]+)["']?[^\]]{0,200}\]"""
    r"""|\[embed[^\]]{0,200}\]\s*(?P<embed>[^\[\s]{1,500})\s*\[/embed\]"""
    r"""|\{\{[<%]\s*(?:tweet|x|twitter)\s+(?P<hugo>[^{}]{1,300}?)\s*[>%]\}\}""",
    re.IGNORECASE,
)
_HUGO_ID = re.compile(r"""\bid\s*=\s*["']?(\d{1,20})|(?<![\w=])["']?(\d{6,20})\b""")
_HUGO_USER = re.compile(
    r"""\buser\s*=\s*["']?([A-Za-z0-9_]{1,20})|^\s*["']?([A-Za-z_][A-Za-z0-9_]{0,19})\b"""
)
_ALONE = re.compile(rf"\s*(?:<p\b[^<>]*>)?\s*(?P<url>{_STATUS_URL})\s*(?:</p>)?\s*", re.IGNORECASE)
_SIGNATURE = re.compile(
    r"(?P<dash>[—–―]|&mdash;|&#8212;|--?)\s*"
    r"(?P<name>[^\n<>\[\]]{0,80}?)\s*"
    r"\(\s*@(?P<handle>[A-Za-z0-9_]{1,15})\s*\)\s*"
    r"(?:\[(?P<mdate>[^\]\n]{1,80})\]\((?P<murl>[^)\s]{1,500})\)|(?P<date>[^\n<\[]{4,80}))"
)
_HANDLE_AT = re.compile(r"\(\s*@[A-Za-z0-9_]{1,15}\s*\)")
_MD_LINK = re.compile(r"\[([^\]\n]*)\]\(([^)\s]*)\)")


def _line(text: str, position: int) -> tuple[int, int] | None:
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


def find_shortcode(text: str, hit: int) -> tuple[int, int, str] | None:
    """A shortcode starting at ``hit`` that names a status."""
    m = _SHORTCODE.match(text, hit, hit + 1024)
    if m is None or _shortcode_status(m.group(0)) is None:
        return None
    return m.start(), m.end(), "shortcode"


def _shortcode_status(markup: str) -> StatusRef | None:
    m = _SHORTCODE.match(markup)
    if m is None:
        return None
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


def find_status_url(text: str, hit: int) -> tuple[int, int, str] | None:
    """Around the ``/status`` at ``hit``: a status URL alone on its line, or in ``[embed]``."""
    line = _line(text, hit)
    if line is None:
        return None
    embed = text.rfind("[embed", line[0], hit)
    if embed >= 0:
        m = _SHORTCODE.match(text, embed, line[1])
        if m is not None and m.start("embed") <= hit < m.end("embed"):
            return (m.start(), m.end(), "shortcode") if _shortcode_status(m.group(0)) else None
    m = _ALONE.fullmatch(text, line[0], line[1])
    if m is None or not m.start("url") <= hit < m.end("url"):
        return None
    return m.start("url"), m.end("url"), "url"


def find_signature(text: str, hit: int) -> tuple[int, int, str] | None:
    """A stripped embed ending in a footer signature whose ``(@`` is at ``hit``."""
    if _HANDLE_AT.match(text, hit) is None:
        return None
    line = _line(text, hit)
    if line is None:
        return None
    m = _signature_in(text, line[0], line[1], hit)
    if m is None:
        return None
    body_start = _body_start(text, line[0], m.start())
    if body_start is None:
        return None
    quoted = text[line[0] : m.start()].lstrip().startswith(">")
    return body_start, line[1], "markdown" if quoted else "text"


def _signature_in(text: str, start: int, end: int, hit: int) -> re.Match[str] | None:
    """The signature on this line whose ``(@`` is at ``hit``, if its date reads as a date."""
    for dash in re.finditer(r"[—–―]|&mdash;|&#8212;|--?", text[max(start, hit - 200) : hit]):
        m = _SIGNATURE.match(text, max(start, hit - 200) + dash.start(), end)
        if m is None or m.start("handle") - 2 > hit or m.end("handle") < hit:
            continue
        if parse_date(m.group("mdate") or m.group("date")) is not None:
            return m
    return None


def _body_start(text: str, line_start: int, signature: int) -> int | None:
    """Where the tweet's text starts: this line, else the paragraph (or quote) above."""
    quoted = text[line_start:signature].lstrip().startswith(">")
    if text[line_start:signature].strip(" \t>") and not quoted:
        return line_start
    start = line_start
    while start > 0 and signature - start < 2 * _MAX_LINE:
        previous = text.rfind("\n", 0, start - 1) + 1
        line = text[previous : start - 1]
        if quoted and not line.lstrip().startswith(">"):
            break
        if not quoted and not line.strip():
            break
        start = previous
    return start if start < line_start else None


def read_text_form(markup: str, form: str) -> dict[str, object]:
    """The raw fields a text form gives: paragraphs, links, footer, date and status."""
    fields: dict[str, object] = {
        "paragraphs": (), "links": (), "footer": "", "date_text": None, "status": None,
    }  # fmt: skip
    if form == "shortcode":
        fields["status"] = _shortcode_status(markup)
        return fields
    if form == "url":
        fields["status"] = status_ref(markup if "//" in markup else "https://" + markup)
        return fields
    signatures = list(_SIGNATURE.finditer(markup))
    valid = [m for m in signatures if parse_date(m.group("mdate") or m.group("date"))]
    if not valid:
        return fields
    m = valid[-1]
    body = markup[: m.start()]
    if form == "markdown":
        lines = [re.sub(r"^\s*>\s?", "", line) for line in body.split("\n")]
        body = "\n".join(lines)
    links = tuple((text, href) for text, href in _MD_LINK.findall(body))
    body = _MD_LINK.sub(lambda link: link.group(1), body)
    paragraphs = tuple(p.strip() for p in re.split(r"\n\s*\n", body) if p.strip())
    fields.update(
        paragraphs=paragraphs,
        links=links,
        footer=markup[m.start() : m.end("handle") + 1],
        date_text=(m.group("mdate") or m.group("date")).strip(),
        status=status_ref(m.group("murl")) if m.group("murl") else None,
    )
    return fields
