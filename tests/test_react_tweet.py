"""Vercel's react-tweet (platforms/_react_tweet.py): the markup its server-rendered
components write (vercel/react-tweet, packages/react-tweet/src/twitter-theme:
tweet-container, tweet-header, tweet-in-reply-to, tweet-body, tweet-info,
tweet-info-created-at, tweet-actions, tweet-replies; the URLs of src/utils.ts), built
here from known fields; React's server writes ``<!-- -->`` between adjacent texts."""

from __future__ import annotations

import datetime as dt

from tweetembed import Author, Hashtag, Link, Mention, parse

from render import react_tweet_header as header
from render import render_react_tweet as react_tweet

ID = "1453110110599868418"
OTHER = "1453000000000000000"


def test_every_field_the_rendered_tweet_shows() -> None:
    body = (
        "<span>Owl bet you&#x27;ll lose this staring contest 🦉\nAsk </span>"
        '<a href="https://x.com/nasa" class="tweet-link_root__4PsT2">@nasa</a><span> </span>'
        '<a href="https://x.com/hashtag/owls" class="tweet-link_root__4PsT2">#owls</a>'
    )
    page = f"<p>Before.</p>\n{react_tweet(body)}\n<p>After.</p>"
    [tweet] = parse(page)
    text = "Owl bet you'll lose this staring contest 🦉\nAsk @nasa #owls"
    assert (tweet.platform, tweet.kind, tweet.form, tweet.escaped) == (
        "twitter", "tweet", "rendered", None,
    )  # fmt: skip
    assert (tweet.status_id, tweet.post_id, tweet.url) == (
        ID, ID, f"https://twitter.com/sandiegozoo/status/{ID}",
    )  # fmt: skip
    assert tweet.author == Author("San Diego Zoo Wildlife Alliance", "sandiegozoo")
    assert tweet.text == text
    assert (tweet.date, tweet.date_text) == (None, None)  # written in the browser only
    assert tweet.created_at == dt.datetime(2021, 10, 26, 21, 23, 42, 504000, tzinfo=dt.timezone.utc)
    assert tweet.mentions == (Mention("nasa", 47, 52),)
    assert tweet.hashtags == (Hashtag("owls", 53, 58),)
    assert tweet.links == (
        Link("@nasa", "https://x.com/nasa", "https://x.com/nasa", "mention"),
        Link("#owls", "https://x.com/hashtag/owls", "https://x.com/hashtag/owls", "hashtag"),
    )
    assert tweet.emoji == ("🦉",)
    assert page[slice(*tweet.span)] == react_tweet(body)


def test_a_reply_and_a_quote_name_other_statuses_first() -> None:
    quoted = (
        '<div class="quoted-tweet-container_root__92393"><article>'
        f"{header('Other One', 'other')}<p>The quoted text</p></article></div>"
    )
    markup = react_tweet("<span>The reply</span>", reply_to=OTHER, quoted=quoted)
    [tweet] = parse(markup)
    assert (tweet.status_id, tweet.author, tweet.text) == (
        ID, Author("San Diego Zoo Wildlife Alliance", "sandiegozoo"), "The reply",
    )  # fmt: skip


def test_a_page_saved_from_the_browser_has_the_date() -> None:
    [tweet] = parse(react_tweet("<span>Hi</span>", created="9:23 PM · Oct 26, 2021"))
    assert (tweet.date, tweet.date_text) == (dt.date(2021, 10, 26), "9:23 PM · Oct 26, 2021")


def test_the_skeleton_and_the_not_found_box_name_no_tweet() -> None:
    # A deleted tweet's embed, or one still loading: an embed stands there, its tweet
    # unknown; the box's own words are not its text.
    not_found = (
        '<div class="react-tweet-theme tweet-container_root__0rJLq"><article>'
        "<h3>Tweet not found</h3><p>The embedded tweet could not be found…</p></article></div>"
    )
    skeleton = (
        '<div class="react-tweet-theme tweet-skeleton_root__1sn43"><article>'
        '<span class="skeleton_skeleton__gUMqh" style="height:3rem"></span></article></div>'
    )
    embeds = parse(not_found + skeleton)
    assert [(e.form, e.status_id, e.url, e.author, e.text) for e in embeds] == [
        ("rendered", None, None, None, ""),
    ] * 2
    assert [e.span for e in embeds] == [
        (0, len(not_found)),
        (len(not_found), len(not_found + skeleton)),
    ]


def test_the_class_in_a_style_sheet_is_no_tweet() -> None:
    assert parse("<style>.react-tweet-theme { --tweet-container-margin: 1.5rem 0; }</style>") == []
