"""Embed codes whose class was removed (Readability.js removes every class, and so do
many sanitizers): each platform's own data attribute, or its URL, still names the
embed, and the record is the one the code with its class gives (whose fields the
platform's own tests check against the markup)."""

from __future__ import annotations

import re

import pytest

from test_bluesky import CODE as BLUESKY
from test_facebook import SDK as FACEBOOK
from test_instagram import V12 as INSTAGRAM
from test_tiktok import CODE as TIKTOK
from tweetembed import Author, parse

# threads.net's "Copy embed code", Mastodon 4.3's (fosstodon.org) and Reddit's, as
# in tests/test_fediverse.py.
THREADS = (
    '<blockquote class="text-post-media" data-text-post-permalink="https://www.threads.net/@zuck/post/CuP48CiS5sx" '
    'data-text-post-version="0" id="ig-tp-CuP48CiS5sx"> <a href="https://www.threads.net/@zuck/post/CuP48CiS5sx" target="_blank">'
    "<div>View on Threads</div></a></blockquote>"
)
MASTODON = (
    '<blockquote class="mastodon-embed" data-embed-url="https://fosstodon.org/@rustnl/114505776215440277/embed">'
    ' <a href="https://fosstodon.org/@rustnl/114505776215440277" target="_blank"> <div>Post by @rustnl@fosstodon.org</div>'
    " <div>View on Mastodon</div> </a> </blockquote>"
)
REDDIT = (
    '<blockquote class="reddit-embed-bq" style="height:500px" data-embed-height="740">'
    '<a href="https://www.reddit.com/r/datascience/comments/tq93vt/data_without_context_is_noise_with_zoom/">Data without context is noise! (With Zoom)</a>'
    '<br> by<a href="https://www.reddit.com/user/Anxious_City_7864/">u/Anxious_City_7864</a> in'
    '<a href="https://www.reddit.com/r/datascience/">datascience</a></blockquote>'
)
# Instagram's v7 code, which names no permalink (../shared/corpus/pages/002.html,
# brigitte.de; style attributes and the placeholder's drawing left out).
INSTAGRAM_V7 = (
    '<blockquote class="instagram-media" data-instgrm-captioned data-instgrm-version="7">'
    '<div> <div></div> <p> <a href="https://www.instagram.com/p/BalQ2SWFty8/" target="_blank">'
    "What working at SKEP feels like... #skep #ikigai #diversity #inclusion</a></p> "
    "<p>Ein Beitrag geteilt von SKEP (@skep.association) am "
    '<time datetime="2017-10-23T07:31:37+00:00">23. Okt 2017 um 0:31 Uhr</time></p></div></blockquote>'
)
_CLASS = re.compile(r"""\sclass\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+)""")


@pytest.mark.parametrize(
    ("code", "platform", "post_id"),
    [
        (INSTAGRAM, "instagram", "B8pT40EBjoK"),
        (INSTAGRAM_V7, "instagram", "BalQ2SWFty8"),
        (
            BLUESKY,
            "bluesky",
            "at://did:plc:hptrw4dge4l5q4h5pl7wpw74/app.bsky.feed.post/3lsm7x74hls2n",
        ),
        (TIKTOK, "tiktok", "7380087564788714795"),
        (THREADS, "threads", "CuP48CiS5sx"),
        (MASTODON, "mastodon", "114505776215440277"),
        (REDDIT, "reddit", "tq93vt"),
        (FACEBOOK, "facebook", "https://www.facebook.com/20531316728/posts/10154009990506729/"),
    ],
)
def test_the_code_without_its_class_gives_the_same_record(
    code: str, platform: str, post_id: str
) -> None:
    classless = _CLASS.sub("", code)
    assert "class" not in classless
    [with_class] = parse(code)
    [without] = parse(classless)
    assert (without.platform, without.post_id) == (platform, post_id)
    fields = with_class.to_dict()
    del fields["span"], fields["options"]
    assert {k: v for k, v in without.to_dict().items() if k in fields} == fields
    assert without.span == (0, len(classless))


def test_a_blockquote_of_that_height_without_a_reddit_post_is_nothing() -> None:
    assert parse('<blockquote data-embed-height="740"><p>A quotation.</p></blockquote>') == []


def test_a_like_buttons_data_href_is_not_a_post() -> None:
    # The Like button's element, its class removed: a page's URL, not a post's.
    markup = '<div data-href="https://www.facebook.com/nytimes/" data-layout="button"></div>'
    assert parse(markup) == []


def test_an_old_instagram_code_without_class_or_permalink_gives_its_fields() -> None:
    classless = _CLASS.sub("", INSTAGRAM_V7)
    [post] = parse(classless)
    assert (post.post_id, post.author, post.date_text, post.text, post.version) == (
        "BalQ2SWFty8",
        Author("SKEP", "skep.association"),
        "23. Okt 2017 um 0:31 Uhr",
        "What working at SKEP feels like... #skep #ikigai #diversity #inclusion",
        "7",
    )
    assert parse('<blockquote data-instgrm-version="7"><p>No post link.</p></blockquote>') == []
