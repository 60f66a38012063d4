"""Emoji as Unicode defines them, and the emoji captions of a text.

An emoji is a whole extended grapheme cluster (UAX #29) judged by the Unicode
emoji properties that the ``regex`` module carries (Emoji 17.0 with its current
data): ZWJ sequences, flags, tag sequences, keycaps and skin tones stay one
emoji, written exactly as in the text. A character whose default presentation
is text (``©``, ``™``, ``↔``, ``#``, a digit) counts only when U+FE0F, a keycap
mark, a skin tone or a ZWJ sequence makes it an emoji.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ._lazy import re_pattern, regex_pattern
from .models import EmojiCaption

if TYPE_CHECKING:
    import regex

__all__ = ["emoji_captions", "find_emoji"]

# A cluster can only be an emoji when it starts with one of these; the \X that
# follows takes the whole grapheme, so sequences stay together.
_CANDIDATE: regex.Pattern[str] = regex_pattern(
    globals(), "_CANDIDATE", r"(?=[\p{Extended_Pictographic}\p{Emoji_Component}])\X"
)
_PRESENTATION: regex.Pattern[str] = regex_pattern(
    globals(), "_PRESENTATION", r"\p{Emoji_Presentation}"
)
_PICTOGRAPHIC: regex.Pattern[str] = regex_pattern(
    globals(), "_PICTOGRAPHIC", r"\p{Extended_Pictographic}"
)
_REGIONAL: regex.Pattern[str] = regex_pattern(globals(), "_REGIONAL", r"\p{Regional_Indicator}{2}")
_MODIFIER: regex.Pattern[str] = regex_pattern(globals(), "_MODIFIER", r"\p{Emoji_Modifier}")
_KEYCAP_BASE = "#*0123456789"
# Where an emoji's cluster may start: every character that is Extended_Pictographic
# or an Emoji_Component (UTS #51, emoji-data.txt: the pictographs below U+2194, the
# block U+2194–U+2B55, three CJK symbols, U+1F000–U+1FFFF where Unicode keeps room
# for pictographs to come, the tag characters), and a keycap base before a character
# that is not ASCII (only U+20E3 makes one an emoji, and a base before ASCII is a
# cluster alone). The standard engine finds these at C speed; the cluster pattern
# is then tried at each in order, which is exactly where its own scan would match.
_STARTS = re_pattern(
    globals(),
    "_STARTS",
    "[#*0-9](?=[^\\x00-\\x7f])"
    "|[\u00a9\u00ae\u200d\u203c\u2049\u20e3\u2122\u2139\u2194-\u2b55"
    "\u3030\u303d\u3297\u3299\ufe0f\U0001f000-\U0001ffff\U000e0020-\U000e007f]",
)

_VS15, _VS16, _KEYCAP, _ZWJ, _CANCEL_TAG = "\ufe0e", "\ufe0f", "\u20e3", "\u200d", "\U000e007f"


def is_emoji(cluster: str) -> bool:
    """Whether one grapheme cluster is an emoji (see the module's rules)."""
    first = cluster[0]
    if _KEYCAP in cluster:
        return first in _KEYCAP_BASE
    if _REGIONAL.match(cluster):
        return True
    if not _PICTOGRAPHIC.match(first):
        # Skin tones and hair components alone (emoji-test's "component" lines).
        return len(cluster) == 1 and bool(_PRESENTATION.match(first))
    if _VS16 in cluster or _CANCEL_TAG in cluster:
        return True
    if _VS15 in cluster:
        return False  # explicitly asked for text presentation
    if _PRESENTATION.match(first):
        return True
    # A text-default pictograph becomes emoji with a skin tone or inside a ZWJ
    # sequence of pictographs.
    return bool(_MODIFIER.search(cluster, 1)) or (
        _ZWJ in cluster and bool(_PICTOGRAPHIC.search(cluster, 1))
    )


def find_emoji(text: str) -> list[tuple[str, int, int]]:
    """Every emoji of ``text`` in order, as ``(emoji, start, end)`` code-point offsets."""
    if text.isascii():
        return []
    found: list[tuple[str, int, int]] = []
    last_end = 0
    match = _CANDIDATE.match
    for start in _STARTS.finditer(text):
        at = start.start()
        if at < last_end:
            continue  # inside the cluster before, as the pattern's own scan skips it
        m = match(text, at)
        if m is not None:
            last_end = m.end()
            cluster = m.group()
            if is_emoji(cluster):
                found.append((cluster, at, last_end))
    return found


# The separators a caption may start with, after the leading emoji.
_SEPARATORS = "–—-:"
# A media or t.co link that trails a caption is not part of its words.
_TRAILING_LINKS: regex.Pattern[str] = regex_pattern(
    globals(),
    "_TRAILING_LINKS",
    r"(?:\s+(?:https?://)?(?:pic\.twitter\.com|pic\.x\.com|t\.co)/\S*)+\s*$",
    re.IGNORECASE,
)
_WORD: regex.Pattern[str] = regex_pattern(globals(), "_WORD", r"[\p{L}\p{N}]")


def emoji_captions(
    text: str, emoji: list[tuple[str, int, int]] | None = None
) -> list[EmojiCaption]:
    """Each line of ``text`` that starts with emoji followed by words.

    ``emoji`` may pass the result of :func:`find_emoji` on the same text, so the
    text is scanned only once.
    """
    found = find_emoji(text) if emoji is None else emoji
    if not found:
        return []
    starts = {start: (value, end) for value, start, end in found}
    captions: list[EmojiCaption] = []
    position = 0
    for line in text.split("\n"):
        line_start, line_end = position, position + len(line)
        position = line_end + 1
        cursor = line_start + (len(line) - len(line.lstrip()))
        run_end = None
        while cursor in starts:  # a run of emoji, possibly spaced apart
            run_end = cursor = starts[cursor][1]
            while cursor < line_end and text[cursor] in " \t\u00a0":
                cursor += 1
        if run_end is None:
            continue
        leading = text[line_start:run_end].strip()
        rest = text[run_end:line_end].strip()
        if rest[:1] and rest[0] in _SEPARATORS:
            rest = rest[1:].strip()
        rest = _TRAILING_LINKS.sub("", rest).strip()
        if _WORD.search(rest):
            captions.append(EmojiCaption(leading, rest))
    return captions
