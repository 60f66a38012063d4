"""Unicode's emoji-test.txt (Emoji 17.0), vendored in tests/data/unicode-emoji.

Every fully-qualified, minimally-qualified and component sequence, alone in a
tweet's text, is one emoji written exactly as listed, and leads a caption.
"""

from __future__ import annotations

from collections import Counter

import pytest

from tweetembed import EmojiCaption, Tweet, parse

from conftest import DATA

CHECKED = ("fully-qualified", "minimally-qualified", "component")


def _sequences() -> list[tuple[str, str]]:
    rows = []
    for line in (DATA / "unicode-emoji" / "emoji-test.txt").read_text("utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        points, rest = line.split(";", 1)
        status = rest.split("#", 1)[0].strip()
        rows.append((status, "".join(chr(int(p, 16)) for p in points.split())))
    return rows


SEQUENCES = _sequences()


def test_counts_match_the_file_header() -> None:
    assert Counter(status for status, _ in SEQUENCES) == {
        "fully-qualified": 3944,
        "minimally-qualified": 1029,
        "unqualified": 243,
        "component": 9,
    }


def _embed(text: str) -> str:
    return (
        f'<blockquote class="twitter-tweet"><p lang="en" dir="ltr">{text}</p>&mdash; A (@a) '
        '<a href="https://twitter.com/a/status/1370827335461826566">March 13, 2021</a></blockquote>'
    )


@pytest.mark.parametrize("status", CHECKED)
def test_every_sequence_is_one_emoji_and_leads_a_caption(status: str) -> None:
    # One page per status with one embed per sequence: the whole pipeline, fast.
    sequences = [emoji for s, emoji in SEQUENCES if s == status]
    page = "\n".join(_embed(f"{emoji} – a caption") for emoji in sequences)
    tweets = parse(page)
    assert len(tweets) == len(sequences)
    failures = []
    for emoji, tweet in zip(sequences, tweets, strict=True):
        assert isinstance(tweet, Tweet)
        if tweet.emoji != (emoji,) or tweet.emoji_captions != (EmojiCaption(emoji, "a caption"),):
            failures.append((emoji.encode("unicode_escape"), tweet.emoji, tweet.emoji_captions))
    assert failures == []


@pytest.mark.parametrize(
    "text",
    ["© 2021 NASA", "®", "Rank #1 today", "5 * 3 = 15", "↔ → ← ↕", "™ 42", "❤\ufe0e", "☺ ☹"],
)
def test_text_presentation_is_not_emoji(text: str) -> None:
    [tweet] = parse(_embed(text))
    assert tweet.emoji == ()
    assert tweet.emoji_captions == ()
