"""emoji: whole graphemes by Unicode's properties; captions of emoji-led lines."""

from __future__ import annotations

import pytest

from tweetembed.emoji import emoji_captions, find_emoji
from tweetembed.models import EmojiCaption


def values(text: str) -> list[str]:
    return [value for value, _, _ in find_emoji(text)]


@pytest.mark.parametrize(
    "emoji",
    [
        "🔴",
        "⚪\ufe0f",
        "👨\u200d👩\u200d👧\u200d👦",  # ZWJ family
        "🇩🇪",  # flag
        "🏴\U000e0067\U000e0062\U000e0073\U000e0063\U000e0074\U000e007f",  # Scotland
        "#\ufe0f\u20e3",  # keycap
        "👋🏽",  # skin tone
        "👩\u200d🦰",  # hair component
        "❤\ufe0f\u200d🔥",
        "©\ufe0f",
        "\U0001faea",  # an Emoji 17.0 code point
    ],
)
def test_each_is_one_emoji_as_written(emoji: str) -> None:
    assert values(f"a {emoji} b") == [emoji]


@pytest.mark.parametrize("text", ["© 2021", "®", "™", "#1", "*", "42", "↔ →", "❤\ufe0e", "plain"])
def test_text_presentation_characters_are_not_emoji(text: str) -> None:
    assert values(text) == []


def test_offsets_are_code_points() -> None:
    assert find_emoji("ab🔴c⚪\ufe0f") == [("🔴", 2, 3), ("⚪\ufe0f", 4, 6)]


def test_captions() -> None:
    text = (
        "Intro line 🔴 not at start\n"
        "🔴 – red stripes\n"
        "⚪\ufe0f — no stripes pic.twitter.com/203mdc4KUi\n"
        "🔵: blue https://t.co/abc\n"
        "🟢- green\n"
        "🟡 yellow, no separator\n"
        "🇩🇪 🇫🇷 two flags\n"
        "🔥🔥🔥\n"
        "⭐ – \n"
        "  🌙 — moon"
    )
    assert emoji_captions(text) == [
        EmojiCaption("🔴", "red stripes"),
        EmojiCaption("⚪\ufe0f", "no stripes"),
        EmojiCaption("🔵", "blue"),
        EmojiCaption("🟢", "green"),
        EmojiCaption("🟡", "yellow, no separator"),
        EmojiCaption("🇩🇪 🇫🇷", "two flags"),
        EmojiCaption("🌙", "moon"),
    ]


def test_the_quick_no_emoji_test_knows_every_character_an_emoji_may_start_with() -> None:
    """find_emoji skips a text without any of _MAY_HOLD_EMOJI's characters: every
    code point below U+2194 that may start or join an emoji must be among them,
    but the keycap bases, which need U+20E3 (itself among them)."""
    import regex

    from tweetembed.emoji import _KEYCAP_BASE, _may_hold_emoji

    may = regex.compile(r"[\p{Extended_Pictographic}\p{Emoji_Component}]")
    quick = _may_hold_emoji()
    below = [chr(c) for c in range(0x2194) if may.match(chr(c))]
    assert [c for c in below if not quick.match(c)] == list(_KEYCAP_BASE)
    assert quick.match("\u2194") and quick.match("\U0001f600")
    # Everything from U+2194 on (its class is written as what it leaves out).
    assert all(quick.match(chr(c)) for c in (*range(0x2194, 0x10000), 0x10FFFF, 0xE007F))
    assert not quick.search("“Curly” quotes — dashes… café 2021 #tag")
