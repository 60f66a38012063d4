"""The seed article as a golden test: every field of its one embed, read off the markup."""

from __future__ import annotations

import datetime as dt

from tweetembed import (
    Author,
    EmojiCaption,
    Link,
    Mention,
    Tweet,
    UrlEntity,
    parse,
)

from conftest import SEED

TEXT = (
    "Caught in action! Check out @Astro_illini leaving or “egressing” the @Space_Station. "
    "Already outside the hatch, he is joining @AstroVicGlover for the duo’s second "
    "spacewalk together.\n"
    "\n"
    "🔴 – Glover's or “Ike's” suit has red stripes\n"
    "⚪️ – Hopkins' or” Hopper's” suit has no stripes pic.twitter.com/203mdc4KUi"
)
PUBLISHER_PAGE = (
    "https://news.abplive.com/technology/"
    "nasa-releases-first-audio-from-mars-perseverance-rover-landing-video-1445495"
)


def test_the_seed_has_exactly_one_tweet_with_every_field(seed_text: str) -> None:
    [tweet] = parse(seed_text)
    assert isinstance(tweet, Tweet)
    assert tweet.platform == "twitter"
    assert tweet.kind == "tweet"
    assert tweet.form == "blockquote"
    assert tweet.escaped is None
    # The footer's date link has no href: the markup gives no status id.
    assert tweet.status_id is None
    assert tweet.url is None
    assert tweet.post_id is None
    assert tweet.created_at is None
    assert tweet.author == Author(name="NASA", handle="NASA")
    assert tweet.text == TEXT
    assert tweet.lang == "en"
    assert tweet.direction == "ltr"
    assert tweet.date == dt.date(2021, 3, 13)
    assert tweet.date_text == "March 13, 2021"
    assert tweet.mentions == (
        Mention("Astro_illini", 28, 41),
        Mention("Space_Station", 69, 83),
        Mention("AstroVicGlover", 126, 141),
    )
    for mention in tweet.mentions:
        assert TEXT[mention.start : mention.end] == "@" + mention.handle
    assert tweet.hashtags == ()
    assert tweet.cashtags == ()
    assert tweet.urls == (UrlEntity("pic.twitter.com/203mdc4KUi", 277, 303),)
    assert TEXT[277:303] == "pic.twitter.com/203mdc4KUi"
    assert tweet.links == (
        # The only href points at the publisher's own page, not at a profile.
        Link("@Astro_illini", PUBLISHER_PAGE, PUBLISHER_PAGE, "mention"),
        Link("@Space_Station", None, None, "mention"),
        Link("@AstroVicGlover", None, None, "mention"),
        Link("pic.twitter.com/203mdc4KUi", None, None, "media"),
    )
    assert tweet.media == ("https://pic.twitter.com/203mdc4KUi",)
    assert tweet.emoji == ("🔴", "⚪\ufe0f")
    assert tweet.emoji_captions == (
        EmojiCaption("🔴", "Glover's or “Ike's” suit has red stripes"),
        EmojiCaption("⚪\ufe0f", "Hopkins' or” Hopper's” suit has no stripes"),
    )
    assert dict(tweet.options) == {}


def test_the_seed_span_covers_exactly_the_blockquote(seed_text: str) -> None:
    [tweet] = parse(seed_text)
    start = seed_text.index('<blockquote class="twitter-tweet">')
    end = seed_text.index("</blockquote>") + len("</blockquote>")
    assert tweet.span == (start, end) == (632, 1229)
    assert seed_text[tweet.span[0] : tweet.span[1]].startswith(
        '<blockquote class="twitter-tweet"><p lang="en" dir="ltr">Caught in action!'
    )
    assert seed_text[tweet.span[0] : tweet.span[1]].endswith(
        "&mdash; NASA (@NASA) <a >March 13, 2021</a></blockquote>"
    )


def test_the_seed_as_bytes_gives_the_same_tweet(seed_text: str) -> None:
    assert parse(SEED.read_bytes()) == parse(seed_text)


def test_the_seed_to_dict_is_plain_json(seed_text: str) -> None:
    [tweet] = parse(seed_text)
    row = tweet.to_dict()
    assert list(row)[:15] == [
        "platform",
        "kind",
        "form",
        "escaped",
        "post_id",
        "url",
        "author",
        "text",
        "date",
        "date_text",
        "created_at",
        "mentions",
        "hashtags",
        "options",
        "span",
    ]
    assert row["post_id"] is None  # the seed's date link lost its href
    assert row["date"] == "2021-03-13"
    assert row["author"] == {"name": "NASA", "handle": "NASA"}
    assert row["span"] == [632, 1229]
    assert row["emoji_captions"][0] == {
        "emoji": "🔴",
        "caption": "Glover's or “Ike's” suit has red stripes",
    }
    assert row["links"][3] == {
        "text": "pic.twitter.com/203mdc4KUi",
        "href": None,
        "url": None,
        "kind": "media",
    }
