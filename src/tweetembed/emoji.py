"""Emoji as Unicode defines them, and the emoji captions of a text.

An emoji is a whole extended grapheme cluster (UAX #29) judged by the Unicode
emoji properties that the ``regex`` module carries (Emoji 17.0 with its current
data): ZWJ sequences, flags, tag sequences, keycaps and skin tones stay one
emoji, written exactly as in the text. A character whose default presentation
is text (``©``, ``™``, ``↔``, ``#``, a digit) counts only when U+FE0F, a keycap
mark, a skin tone or a ZWJ sequence makes it an emoji.
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from ._lazy import regex_pattern
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
# Every character an emoji can hold below U+2194 but "#*0123456789" (which make
# one only with the keycap mark, U+20E3), then everything from U+2194: a text
# without any (Latin text with curly quotes and dashes, say) holds no emoji, and
# the standard engine says so faster than the cluster scan. Written as what it is
# not: the engine compiles a class reaching U+10FFFF in ~5 ms, this one in ~1.5.
_EMOJI_BELOW_2194 = "\u00a9\u00ae\u200d\u203c\u2049\u20e3\u2122\u2139"


def _may_hold_emoji_class() -> str:
    """``[^…]``: the ranges below U+2194 between the characters that may make emoji."""
    ranges, low = [], 0
    for character in _EMOJI_BELOW_2194:
        ranges.append(f"\\u{low:04x}-\\u{ord(character) - 1:04x}")
        low = ord(character) + 1
    ranges.append(f"\\u{low:04x}-\\u2193")
    return f"[^{''.join(ranges)}]"


@functools.cache
def _may_hold_emoji() -> re.Pattern[str]:
    return re.compile(_may_hold_emoji_class())


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
    if text.isascii() or _may_hold_emoji().search(text) is None:
        return []
    return [
        (m.group(), m.start(), m.end()) for m in _CANDIDATE.finditer(text) if is_emoji(m.group())
    ]


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
