"""Time ``extract_entities`` and the emoji pass on tweet-sized texts.

Run: python benchmarks/entities.py
Prints, for each text, the median microseconds of one call over interleaved rounds.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable

from tweetembed import extract_entities
from tweetembed.emoji import emoji_captions, find_emoji

TEXTS = {
    "seed (English, mentions, media link, emoji captions)": (
        "Caught in action! Check out @Astro_illini leaving or “egressing” the @Space_Station. "
        "Already outside the hatch, he is joining @AstroVicGlover for the duo’s second "
        "spacewalk together.\n\n🔴 – Glover's or “Ike's” suit has red stripes\n"
        "⚪️ – Hopkins' or” Hopper's” suit has no stripes pic.twitter.com/203mdc4KUi"
    ),
    "German, hashtags, t.co URL": (
        "Die Aufregung über #Flugtaxi von @DoroBaer zeigt, wie weit wir von der Zukunft "
        "entfernt sind. @Lilium baut sie trotzdem. #Startup #Mobilität https://t.co/AbCdEf1234"
    ),
    "Japanese, hashtag, URL without scheme": (
        "本日の打ち上げは延期となりました。詳細は jaxa.jp/press をご覧ください #H3ロケット @JAXA_jp"
    ),
    "Arabic, RTL marks, cashtag": (
        "\u200fأعلنت الشركة نتائجها اليوم $AAPL #الاقتصاد @user_1 https://example.com/ar/news?id=5"
    ),
    "emoji-heavy, ZWJ and flags": (
        "🎉🎉 Congrats team! 👨‍👩‍👧‍👦 🇺🇸🇬🇧🇩🇪 ❤️‍🔥 #WorldCup\n🔴 – red\n🔵 – blue\n👍🏽 – yes"
    ),
    "no entities, plain sentence": (
        "The committee will meet again next week to discuss the remaining items on its agenda."
    ),
}


def median_us(
    function: Callable[[str], object], text: str, rounds: int = 31, inner: int = 200
) -> float:
    samples = []
    for _ in range(rounds):
        start = time.perf_counter()
        for _ in range(inner):
            function(text)
        samples.append((time.perf_counter() - start) / inner * 1e6)
    return statistics.median(samples)


def emoji_pass(text: str) -> object:
    found = find_emoji(text)
    return emoji_captions(text, found)


def main() -> None:
    for text in TEXTS.values():  # warm the lazily built tables
        extract_entities(text)
        emoji_pass(text)
    print(f"{'text':55} {'chars':>5} {'entities µs':>12} {'emoji µs':>9}")
    entity_times, emoji_times = [], []
    for label, text in TEXTS.items():
        entities = median_us(extract_entities, text)
        emoji = median_us(emoji_pass, text)
        entity_times.append(entities)
        emoji_times.append(emoji)
        print(f"{label:55} {len(text):5d} {entities:12.1f} {emoji:9.1f}")
    print(
        f"{'median over texts':55} {'':5} {statistics.median(entity_times):12.1f} "
        f"{statistics.median(emoji_times):9.1f}"
    )


if __name__ == "__main__":
    main()
