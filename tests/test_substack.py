"""Substack's tweet component (tweetembed.platforms._substack).

The component's JSON is built here from known fields, as Substack writes it (a
``data-attrs`` attribute, its quotes entity-escaped); the card without it is the
markup of Ghost's Substack importer's test (TryGhost/migrate,
packages/mg-substack/test/process.test.js), with the component's name that live
pages give it.
"""

from __future__ import annotations

import datetime
import html
import json

import pytest

from tweetembed import parse
from tweetembed.models import Author, Hashtag, Link, Mention

FIELDS = {
    "url": "https://twitter.com/notdetails/status/961570492162494464",
    "full_text": (
        'Open-sourcing my framework.\nI hope this helps someone 🤗 <a class="tweet-url" '
        'href="https://docs.google.com/spreadsheets/d/1huE/edit">docs.google.com/spreadsheets/d…'
        "</a> #jobs @bob"
    ),
    "username": "notdetails",
    "name": "Joel Califa",
    "profile_image_url": "",
    "date": "Thu Feb 08 12:00:45 +0000 2018",
    "photos": [],
    "quoted_tweet": {},
    "reply_count": 0,
    "retweet_count": 0,
    "like_count": 0,
}
TEXT = "Open-sourcing my framework.\nI hope this helps someone 🤗 docs.google.com/spreadsheets/d… #jobs @bob"


def _attrs(fields: dict[str, object]) -> str:
    return html.escape(json.dumps(fields, ensure_ascii=False), quote=True)


# As feeds keep it: the component empty, its JSON the whole tweet.
FEED = (
    f'<div class="twitter-embed" data-attrs="{_attrs(FIELDS)}" '
    'data-component-name="Twitter2ToDOM"></div>'
)
# Newer pages: the component a link to the status, its JSON on an element inside.
LINKED = (
    '<a href="https://x.com/notdetails/status/961570492162494464" '
    'data-component-name="Twitter2ToDOM" class="pencraft twitter-embed">'
    f'<div data-attrs="{_attrs(FIELDS)}" class="twitter-embed"><span>Joel Califa</span>'
    "<span>@notdetails</span><div>Open-sourcing my framework.</div></div></a>"
)


@pytest.mark.parametrize("markup", [FEED, LINKED])
def test_the_components_json_is_the_tweet(markup: str) -> None:
    page = f"<p>Before.</p>{markup}<p>After.</p>"
    [tweet] = parse(page)
    start = page.index(markup)
    assert (tweet.platform, tweet.kind, tweet.form, tweet.escaped) == (
        "twitter",
        "tweet",
        "element",
        None,
    )
    assert tweet.span == (start, start + len(markup))
    assert (tweet.status_id, tweet.post_id, tweet.url) == (
        "961570492162494464",
        "961570492162494464",
        "https://twitter.com/notdetails/status/961570492162494464",
    )
    assert tweet.author == Author(name="Joel Califa", handle="notdetails")
    assert tweet.text == TEXT
    assert (tweet.date, tweet.date_text) == (
        datetime.date(2018, 2, 8),
        "Thu Feb 08 12:00:45 +0000 2018",
    )
    assert tweet.created_at == datetime.datetime(
        2018, 2, 8, 12, 0, 45, 104000, tzinfo=datetime.timezone.utc
    )
    assert tweet.mentions == (Mention("bob", TEXT.index("@bob"), TEXT.index("@bob") + 4),)
    assert tweet.hashtags == (Hashtag("jobs", TEXT.index("#jobs"), TEXT.index("#jobs") + 5),)
    assert tweet.links == (
        Link(
            "docs.google.com/spreadsheets/d…",
            "https://docs.google.com/spreadsheets/d/1huE/edit",
            "https://docs.google.com/spreadsheets/d/1huE/edit",
            "url",
        ),
    )
    assert tweet.emoji == ("🤗",)
    assert dict(tweet.options) == {"component-name": "Twitter2ToDOM"}


def test_an_iso_date_and_no_text() -> None:
    fields = {
        "url": "https://x.com/RampLabs/status/2036152005616304371",
        "username": "RampLabs",
        "name": "Ramp Labs",
        "date": "2026-03-23T19:36:25.000Z",
    }
    markup = (
        f'<div class="twitter-embed" data-attrs="{_attrs(fields)}" '
        'data-component-name="Twitter2ToDOM"></div>'
    )
    [tweet] = parse(markup)
    assert (tweet.status_id, tweet.url, tweet.author, tweet.text, tweet.date) == (
        "2036152005616304371",
        "https://twitter.com/RampLabs/status/2036152005616304371",
        Author(name="Ramp Labs", handle="RampLabs"),
        "",
        datetime.date(2026, 3, 23),
    )


# Ghost's importer's test markup of Substack's card, the component's name added.
CARD = (
    '<div class="tweet" data-component-name="Twitter2ToDOM">\n'
    '<a class="tweet-link-top" href="https://twitter.com/example/status/123456?s=21&amp;'
    't=abcd7890" target="_blank">\n<div class="tweet-header">\n<img class="tweet-header-avatar" '
    'src="https://example.com/image/twitter_name/w_96/example.jpg" alt="Twitter avatar for '
    '@example" loading="lazy">\n<div class="tweet-header-text">\n<span class="tweet-author-name">'
    'example </span><span class="tweet-author-handle">@example</span>\n</div>\n</div>\n'
    '<div class="tweet-text">This is the tweet text</div>\n</a>\n<a class="tweet-link-bottom" '
    'href="https://twitter.com/example/status/123456?s=21&amp;t=abcd7890" target="_blank">\n'
    '<div class="tweet-footer">\n<span class="tweet-date">1:26 AM ∙ Apr 28, 2022</span>\n<hr>\n'
    '<div class="tweet-ufi">\n<span class="likes"><span class="like-count">50</span> Likes</span>'
    "\n</div>\n</div>\n</a>\n</div>"
)


def test_a_card_without_its_json_is_read_by_its_classes() -> None:
    [tweet] = parse(f"<p>Hello</p>{CARD}<p>World</p>")
    assert (tweet.form, tweet.status_id, tweet.url, tweet.author, tweet.text) == (
        "element",
        "123456",
        "https://twitter.com/example/status/123456",
        Author(name="example", handle="example"),
        "This is the tweet text",
    )
    assert (tweet.date, tweet.date_text) == (datetime.date(2022, 4, 28), "1:26 AM ∙ Apr 28, 2022")


def test_a_copy_in_the_pages_json_is_escaped() -> None:
    page = "<script>window._preloads = " + json.dumps({"body_html": FEED}) + "</script>"
    [tweet] = parse(page)
    assert (tweet.form, tweet.escaped, tweet.status_id, tweet.text) == (
        "element",
        "json",
        "961570492162494464",
        TEXT,
    )


@pytest.mark.parametrize(
    "markup",
    [
        # Another component of Substack's, and the name on an element that is no
        # component's (a span).
        '<div data-component-name="Youtube2ToDOM" data-attrs="{}"></div>',
        '<span data-component-name="Twitter2ToDOM"></span>',
    ],
)
def test_what_is_no_substack_tweet(markup: str) -> None:
    assert parse(markup) == []


@pytest.mark.parametrize("attrs", ["[1, 2]", "{&quot;url&quot;: ", "[" * 3000])
def test_a_component_whose_json_is_broken_is_kept_without_its_fields(attrs: str) -> None:
    # (A JSON nested past the decoder's depth raises RecursionError, not ValueError.)
    markup = f'<div data-component-name="Twitter2ToDOM" data-attrs="{attrs}"></div>'
    assert [(t.form, t.status_id, t.author, t.text) for t in parse(markup)] == [
        ("element", None, None, "")
    ]


# Substack's Instagram component, Ghost's importer's test markup (the thumbnail's URL cut).
INSTAGRAM = (
    '<div class="instagram" data-attrs="{&quot;instagram_id&quot;:&quot;QWERTYNgZO8&quot;,'
    "&quot;title&quot;:&quot;A post shared by Example User (@exampleuser)&quot;,"
    "&quot;author_name&quot;:&quot;exampleuser&quot;,&quot;thumbnail_url&quot;:&quot;"
    "https://scontent.cdninstagram.com/v/t01.2345-67/e01/p480x480/x.jpg&quot;,"
    '&quot;timestamp&quot;:null,&quot;belowTheFold&quot;:false}"><div class="instagram-top-bar">'
    '<a class="instagram-author-name" href="https://instagram.com/exampleuser" target="_blank">'
    'exampleuser</a></div><a class="instagram-image" href="https://instagram.com/p/QWERTYNgZO8" '
    'target="_blank"><img src="https://scontent.cdninstagram.com/v/t01.2345-67/e01/p480x480/'
    'x.jpg"></a><div class="instagram-bottom-bar"><div class="instagram-title">A post shared by '
    'Example User (<a href="https://instagram.com/exampleuser" target="_blank">@exampleuser</a>)'
    "</div></div></div>"
)


def test_the_instagram_components_json_names_the_post() -> None:
    page = f"<p>Hello</p>{INSTAGRAM}<p>World</p>"
    [post] = parse(page)
    assert (post.platform, post.kind, post.form, post.escaped) == (
        "instagram",
        "post",
        "element",
        None,
    )
    assert (post.post_id, post.url, post.author) == (
        "QWERTYNgZO8",
        "https://www.instagram.com/p/QWERTYNgZO8/",
        Author(name="Example User", handle="exampleuser"),
    )
    assert (post.text, post.date, dict(post.options)) == ("", None, {})
    assert page[slice(*post.span)] == INSTAGRAM


def test_an_instagram_class_without_the_components_json_is_no_component() -> None:
    assert parse('<div class="instagram" data-attrs="{}"></div>') == []
    assert (
        parse(
            '<div class="gallery" data-attrs="{&quot;instagram_id&quot;:&quot;QWERTYNgZO8&quot;}"></div>'
        )
        == []
    )
