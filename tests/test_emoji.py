"""emoji: whole graphemes by Unicode's properties; captions of emoji-led lines."""

from __future__ import annotations

import os

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

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


def test_the_start_finder_knows_every_character_an_emoji_may_start_with() -> None:
    """find_emoji tries the cluster pattern only where _STARTS finds a character:
    every code point that is Extended_Pictographic or an Emoji_Component must be
    found, but the keycap bases, found only before a character that is not ASCII."""
    import regex

    from tweetembed.emoji import _KEYCAP_BASE, _STARTS

    may = regex.compile(r"[\p{Extended_Pictographic}\p{Emoji_Component}]")
    every = [chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000]
    missed = [c for c in every if may.match(c) and not _STARTS.match(c + "\u20e3")]
    assert missed == []
    assert [c for c in _KEYCAP_BASE if _STARTS.match(c + "x")] == []
    assert _STARTS.search("“Curly” quotes — dashes… café 2021 #tag") is None


@settings(max_examples=int(os.environ.get("PROPERTY_EXAMPLES", "300")), deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "a",
                " ",
                "1",
                "#",
                "*",
                "é",
                "\u0301",
                "\u200d",
                "\ufe0f",
                "\ufe0e",
                "\u20e3",
                "🏽",
                "👍",
                "❤",
                "©",
                "™",
                "🇩",
                "🇪",
                "\U000e0067",
                "\U000e007f",
                "🏴",
                "漢",
                "\u3030",
                "↔",
                "\n",
            ]
        ),
        max_size=30,
    ).map("".join)
)
def test_find_emoji_matches_where_the_cluster_scan_does(text: str) -> None:
    # The scan find_emoji replaced: the cluster pattern tried at every position.
    from tweetembed.emoji import _CANDIDATE, is_emoji

    scanned = [
        (m.group(), m.start(), m.end()) for m in _CANDIDATE.finditer(text) if is_emoji(m.group())
    ]
    assert find_emoji(text) == scanned
