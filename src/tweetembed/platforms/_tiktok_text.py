"""TikTok's embed code in text that keeps no links (inscriptis, ``get_text``).

The code's blockquote holds a section of the creator's link, the caption and the
sound's link; an extractor that keeps text alone writes it as lines::

    @scout2015

    Scramble up ur name & I'll try to guess it #foryoupage

    ♬ original sound - Scout

(``get_text`` writes each of the caption's links on a line of its own). The embed
is a line that opens with the sound's note and a line above it that is the
creator's handle alone; what stands between is the caption. The video's URL (the
blockquote's ``cite``) is gone: the record has the author, the caption and the
sound, and no id, as the Markdown form's.
"""

from __future__ import annotations

from .._lazy import re_pattern
from ..forms import Form

__all__ = ["NOTE_SHAPE", "find_text", "read_text"]

_NOTE = "♬"
# The scan shape at the note: a sound's name after it, on its line.
NOTE_SHAPE = re_pattern(globals(), "NOTE_SHAPE", _NOTE.encode() + rb"[ \t]*\S")
_CREATOR = re_pattern(globals(), "_CREATOR", r"[ \t>]*@([A-Za-z0-9_.]{2,24})[ \t\r]*")
# How far the sound's name runs, and how far above it the creator's line stands at
# most (a caption holds 4,000 characters; get_text writes a line for each link).
_MAX_SOUND = 200
_MAX_CAPTION = 6000
_MAX_LINES = 200


def find_text(text: str, hit: int) -> tuple[int, int, Form] | None:
    """The embed whose sound line opens with the note at ``hit``: from the creator's
    handle alone on a line above it to the sound line's end."""
    line_start = text.rfind("\n", max(0, hit - _MAX_SOUND), hit) + 1
    if text[line_start:hit].strip(" \t>"):
        return None  # the note inside a line: a menu's icon, a sentence
    end = text.find("\n", hit, hit + _MAX_SOUND + 1)
    if end < 0:
        if len(text) - hit > _MAX_SOUND:
            return None
        end = len(text)
    while end > hit and text[end - 1] in " \t\r":
        end -= 1
    position = line_start
    for _ in range(_MAX_LINES):
        if position <= 0 or line_start - position > _MAX_CAPTION:
            return None
        above = text.rfind("\n", 0, position - 1) + 1
        if _CREATOR.fullmatch(text, above, position - 1) is not None:
            return above, end, "text"
        if _NOTE in text[above : position - 1]:
            return None  # the embed above: this note opens no embed of its own
        position = above
    return None


def read_text(markup: str) -> tuple[str | None, str, str | None]:
    """The creator's handle, the caption (its lines joined) and the sound of the
    lines ``markup``."""
    lines = [line.strip(" \t\r>") for line in markup.split("\n")]
    lines = [line for line in lines if line]
    if len(lines) < 2 or not lines[-1].startswith(_NOTE):
        return None, "", None
    creator = _CREATOR.fullmatch(lines[0])
    if creator is None:
        return None, "", None
    caption = " ".join(" ".join(lines[1:-1]).split())
    sound = lines[-1][len(_NOTE) :].strip() or None
    return creator.group(1), caption, sound
