"""TikTok embeds an extractor stripped to lines of text, found by the sound's note.

The inputs are written as inscriptis and BeautifulSoup's ``get_text("\\n")`` wrote
real pages' TikTok codes (tests/data/extracted, corpus2 pages 004 and 005); the
values are read off them.
"""

from __future__ import annotations

import pytest

from tweetembed import TikTokVideo, parse
from tweetembed.models import Author, Hashtag
from tweetembed.platforms._tiktok_text import find_text, read_text

ABOVE = "At NoGood, we understand social media, and we’re ready to use that knowledge."
BELOW = "Office Location: New York, NY (Headquarters)"


def _one(text: str) -> TikTokVideo:
    [video] = parse(text)
    assert isinstance(video, TikTokVideo)
    return video


def test_inscriptis_lines() -> None:
    embed = (
        "            @nogood.io\n\n"
        "            just why 😫 #socialmedia #instagram #fail\n\n"
        "            ♬ original sound – NoGood"
    )
    text = f"{ABOVE}\n\n{embed}\n\n          {BELOW}\n"
    video = _one(text)
    assert (video.platform, video.kind, video.form, video.escaped) == (
        "tiktok",
        "video",
        "text",
        None,
    )
    assert (video.post_id, video.url, video.created_at) == (None, None, None)
    assert video.author == Author(None, "nogood.io")
    assert video.text == "just why 😫 #socialmedia #instagram #fail"
    assert video.hashtags == (
        Hashtag("socialmedia", 11, 23), Hashtag("instagram", 24, 34), Hashtag("fail", 35, 40),
    )  # fmt: skip
    assert video.sound == "original sound – NoGood"
    assert text[slice(*video.span)] == embed


def test_get_text_writes_each_link_on_a_line_of_its_own() -> None:
    text = (
        "Instagram\n\n\nTikTok\n\n\n\n\n\n\n \n \n@grapevineinhighheels\n \nBuffy cuddles her human \n"
        "#petsoftiktok\n \n#catsoftiktok\n \n#buffy\n \n \n♬ original sound - Sammi\n \n \n \n\n\n\n\n"
        "Archives\n"
    )
    video = _one(text)
    assert video.author == Author(None, "grapevineinhighheels")
    assert video.text == "Buffy cuddles her human #petsoftiktok #catsoftiktok #buffy"
    assert video.sound == "original sound - Sammi"


@pytest.mark.parametrize(
    "text",
    [
        # A menu's icon, inside a line (inscriptis, corpus/pages/022.html).
        "              + Verkehr\n        Menü ? ⛅ ♬\n      Sie sind hier:\n",
        # A note opening a line, but no creator's line above it.
        f"{ABOVE}\n\n♬ original sound - Sammi\n\n{BELOW}\n",
        # A handle in a sentence is no creator's line.
        "Follow @grapevineinhighheels for more.\n\n♬ original sound - Sammi\n",
        # The note alone, no sound's name after it.
        "@grapevineinhighheels\n\ncaption\n\n♬\n",
    ],
)
def test_notes_that_open_no_embed(text: str) -> None:
    assert [e for e in parse(text) if e.platform == "tiktok"] == []


def test_the_embed_above_bounds_the_search_for_the_creator() -> None:
    first = "@first.user\n\none\n\n♬ original sound - One"
    # A second sound line with no creator's line of its own between them.
    text = f"{first}\n\ntwo\n\n♬ original sound - Two\n"
    [video] = [e for e in parse(text) if e.platform == "tiktok"]
    assert (video.author, video.sound) == (Author(None, "first.user"), "original sound - One")
    assert find_text(text, text.rindex("♬")) is None


def test_read_text() -> None:
    assert read_text("@a.b\n\n#x y\n\n♬ s - A") == ("a.b", "#x y", "s - A")
    assert read_text("@a.b\n\n♬ s") == ("a.b", "", "s")
    assert read_text("caption\n\n♬ s") == (None, "", None)
