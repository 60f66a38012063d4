"""TikTok's embed code in html2text's Markdown: what a reader of the text still sees.

html2text writes the code's blockquote as a quote of its links, each with its
``title`` attribute, and wraps long lines inside a link's URL too::

    > [@user](https://www.tiktok.com/@user?refer=embed "@user")
    >
    > caption [#tag](https://www.tiktok.com/tag/tag?refer=embed
    > "tag")
    >
    > [♬ original sound - Name](https://www.tiktok.com/music/original-
    > sound-ID?refer=embed "♬ original sound - Name")

The video's URL (the blockquote's ``cite``) is gone: the record has the author, the
caption and the sound, and no id. The quote is the embed when it opens with the
creator's link, marked ``?refer=embed``, and holds the sound's link.
"""

from __future__ import annotations

import re

from .._lazy import re_pattern
from ..forms import Form
from ._embed_links import block_end

__all__ = ["MARKDOWN_SHAPE", "find_markdown", "read_markdown"]

# The scan shape at "tiktok.com/@": the creator's link, marked by the code.
MARKDOWN_SHAPE = re.compile(rb"tiktok\.com/@[A-Za-z0-9_.]{1,40}\?refer=embed", re.IGNORECASE)
_MAX_BLOCK = 8192
_MAX_LEAD = 200
# A Markdown link with html2text's title, its URL maybe broken over quoted lines.
_LINK = re_pattern(
    globals(), "_LINK", r"\[([^\[\]]{0,400})\]\(([^()\"]{1,2400}?)(?:\s+\"[^\"]{0,400}\")?\s*\)"
)
_QUOTE = re_pattern(globals(), "_QUOTE", r"(?m)^[ \t]*>[ \t]?")
_CREATOR = re_pattern(
    globals(), "_CREATOR", r"tiktok\.com/@([A-Za-z0-9_.]{1,40})\?refer=embed", re.I
)
_NOTE = "♬"


def find_markdown(text: str, hit: int) -> tuple[int, int, Form] | None:
    """The quote that the creator's marked link at ``hit`` opens, if it holds the
    sound's link too."""
    url_start = text.rfind("(", max(0, hit - 20), hit)
    if url_start < 1 or text[url_start - 1] != "]":
        return None
    bracket = text.rfind("[", max(0, url_start - 60), url_start - 1)
    if bracket < 0 or text[bracket + 1 : bracket + 2] != "@":
        return None
    line = text.rfind("\n", max(0, bracket - _MAX_LEAD), bracket) + 1
    lead = text[line:bracket]
    if ">" not in lead or lead.strip(" \t>"):
        return None  # not a quote's first content, or a link inside a sentence
    # (The sound's link within reach first, by one find: a quote of creator links
    # without it must not cost each link a walk over the quote's lines.)
    music = text.find("tiktok.com/music/", bracket, bracket + _MAX_BLOCK)
    if music < 0:
        return None
    end = block_end(text, bracket, True)
    if music >= end or _NOTE not in text[line:end]:
        return None
    return line, end, "text"


def read_markdown(markup: str) -> tuple[str | None, str, str | None]:
    """The creator's handle, the caption (links as their text) and the sound of the
    quote ``markup``."""
    body = _QUOTE.sub("", markup)
    handle: str | None = None
    sound: str | None = None
    parts: list[str] = []
    position = 0
    for link in _LINK.finditer(body):
        label, url = " ".join(link[1].split()), "".join(link[2].split())
        parts.append(body[position : link.start()])
        position = link.end()
        creator = _CREATOR.search(url)
        if handle is None and creator is not None and label.startswith("@"):
            handle = creator.group(1)
        elif label.startswith(_NOTE) and "/music/" in url.lower():
            sound = label.lstrip(_NOTE).strip() or None
        else:
            parts.append(label)
    parts.append(body[position:])
    caption = " ".join("".join(parts).split())
    return handle, caption, sound
