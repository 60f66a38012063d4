"""Canonical Twitter embeds, each written as the embed generator writes it."""

from __future__ import annotations

import datetime as dt
import html
import json
import urllib.parse

import attrs
import pytest

from tweetembed import Author, Hashtag, Link, Mention, Tweet, UrlEntity, parse

from render import BUTTONS, WIDGETS, render_tweet

FULL = (
    '<blockquote class="twitter-tweet" data-lang="en" data-theme="dark" data-dnt="true">'
    '<p lang="en" dir="ltr">Perseverance has landed! <a href="https://twitter.com/hashtag/'
    'CountdownToMars?src=hash&amp;ref_src=twsrc%5Etfw">#CountdownToMars</a> with '
    '<a href="https://twitter.com/NASAPersevere?ref_src=twsrc%5Etfw">@NASAPersevere</a> '
    '<a href="https://t.co/QbA1Klv0Ly">https://t.co/QbA1Klv0Ly</a> '
    '<a href="https://t.co/8x5Tbq9VtR">pic.twitter.com/8x5Tbq9VtR</a></p>'
    "&mdash; NASA (@NASA) "
    '<a href="https://twitter.com/NASA/status/1362871133744787456?ref_src=twsrc%5Etfw">'
    "February 19, 2021</a></blockquote>"
)


def test_a_canonical_embed_with_full_hrefs() -> None:
    [tweet] = parse(FULL)
    text = (
        "Perseverance has landed! #CountdownToMars with @NASAPersevere "
        "https://t.co/QbA1Klv0Ly pic.twitter.com/8x5Tbq9VtR"
    )
    assert tweet == Tweet(
        kind="tweet",
        form="blockquote",
        span=(0, len(FULL)),
        status_id="1362871133744787456",
        url="https://twitter.com/NASA/status/1362871133744787456",
        author=Author("NASA", "NASA"),
        text=text,
        lang="en",
        direction="ltr",
        date=dt.date(2021, 2, 19),
        date_text="February 19, 2021",
        # (1362871133744787456 >> 22) + 1288834974657 = 1613768773862 ms since 1970
        created_at=dt.datetime(2021, 2, 19, 21, 6, 13, 862000, tzinfo=dt.timezone.utc),
        mentions=[Mention("NASAPersevere", 47, 61)],
        hashtags=[Hashtag("CountdownToMars", 25, 41)],
        urls=[
            UrlEntity("https://t.co/QbA1Klv0Ly", 62, 85),
            UrlEntity("pic.twitter.com/8x5Tbq9VtR", 86, 112),
        ],
        links=[
            Link(
                "#CountdownToMars",
                "https://twitter.com/hashtag/CountdownToMars?src=hash&ref_src=twsrc%5Etfw",
                "https://twitter.com/hashtag/CountdownToMars",
                "hashtag",
            ),
            Link(
                "@NASAPersevere",
                "https://twitter.com/NASAPersevere?ref_src=twsrc%5Etfw",
                "https://twitter.com/NASAPersevere",
                "mention",
            ),
            Link(
                "https://t.co/QbA1Klv0Ly",
                "https://t.co/QbA1Klv0Ly",
                "https://t.co/QbA1Klv0Ly",
                "url",
            ),
            Link(
                "pic.twitter.com/8x5Tbq9VtR",
                "https://t.co/8x5Tbq9VtR",
                "https://t.co/8x5Tbq9VtR",
                "media",
            ),
        ],
        media=["https://pic.twitter.com/8x5Tbq9VtR"],
        options={"lang": "en", "theme": "dark", "dnt": "true"},
    )


def test_a_video_embed() -> None:
    markup = (
        '<blockquote class="twitter-video" data-status="hidden" data-lang="en">'
        '<p lang="en" dir="ltr">Liftoff! <a href="https://t.co/abc">pic.twitter.com/abc</a></p>'
        "&mdash; SpaceX (@SpaceX) "
        '<a href="https://twitter.com/SpaceX/status/1266491837546598400?ref_src=twsrc%5Etfw">'
        "May 30, 2020</a></blockquote>"
    )
    [tweet] = parse(markup)
    assert tweet.kind == "video"
    assert tweet.status_id == "1266491837546598400"
    assert tweet.url == "https://twitter.com/SpaceX/status/1266491837546598400"
    assert tweet.author == Author("SpaceX", "SpaceX")
    assert tweet.text == "Liftoff! pic.twitter.com/abc"
    assert tweet.date == dt.date(2020, 5, 30)
    assert dict(tweet.options) == {"status": "hidden", "lang": "en"}
    assert tweet.media == ("https://pic.twitter.com/abc",)


def _status_link(href: str) -> str:
    return (
        f'<blockquote class="twitter-tweet"><p lang="en" dir="ltr">hi</p>&mdash; A B (@ab) '
        f'<a href="{href}">March 1, 2022</a></blockquote>'
    )


def test_x_com_mobile_and_statuses_links_fold_into_one_canonical_url() -> None:
    hrefs = [
        "https://x.com/ab/status/1498723580491522048?s=20&t=abc",
        "https://mobile.twitter.com/ab/status/1498723580491522048",
        "http://twitter.com/ab/statuses/1498723580491522048",
        "https://www.x.com/AB/status/1498723580491522048/photo/1",
        "//twitter.com/ab/status/1498723580491522048",
        "https://twitter.com/#!/ab/status/1498723580491522048",
    ]
    for href in hrefs:
        [tweet] = parse(_status_link(href))
        assert tweet.status_id == "1498723580491522048", href
        assert tweet.url == "https://twitter.com/ab/status/1498723580491522048", href


def test_without_a_footer_handle_the_url_uses_the_link_handle_or_i_web() -> None:
    named = '<blockquote class="twitter-tweet"><a href="https://x.com/Someone/status/42"></a></blockquote>'
    [tweet] = parse(named)
    assert tweet.author is None
    assert tweet.status_id == "42"
    assert tweet.url == "https://twitter.com/Someone/status/42"
    assert tweet.created_at is None  # 42 is far older than Snowflake
    unnamed = '<blockquote class="twitter-tweet"><a href="https://twitter.com/i/web/status/42"></a></blockquote>'
    [tweet] = parse(unnamed)
    assert tweet.url == "https://twitter.com/i/web/status/42"


def test_the_footer_handle_names_the_author_even_when_the_link_differs() -> None:
    [tweet] = parse(_status_link("https://twitter.com/OldName/status/1498723580491522048"))
    assert tweet.author == Author("A B", "ab")
    assert tweet.url == "https://twitter.com/ab/status/1498723580491522048"


EVERY_OPTION = {
    "theme": "dark",
    "lang": "de",
    "dnt": "true",
    "conversation": "none",
    "cards": "hidden",
    "width": "550",
    "align": "center",
}


def test_data_options_are_kept_without_their_prefix() -> None:
    markup = render_tweet(
        paragraphs=["x"],
        name="N",
        handle="n",
        status_id="1498723580491522048",
        date_text="March 1, 2022",
        options=EVERY_OPTION,
    )
    [tweet] = parse(markup)
    assert markup.startswith(
        '<blockquote class="twitter-tweet" data-theme="dark" data-lang="de" data-dnt="true" '
        'data-conversation="none" data-cards="hidden" data-width="550" data-align="center">'
    )
    assert dict(tweet.options) == EVERY_OPTION


def test_the_same_tweet_embedded_twice_is_reported_twice_in_order() -> None:
    one = render_tweet(
        paragraphs=["first"], name="A", handle="a", status_id="1498723580491522048",
        date_text="March 1, 2022",
    )  # fmt: skip
    two = render_tweet(
        paragraphs=["second"], name="B", handle="b", status_id="1498723580491522049",
        date_text="March 2, 2022",
    )  # fmt: skip
    page = f"<p>intro</p>{one}<p>middle</p>{two}<p>again</p>{one}"
    tweets = parse(page)
    assert [t.text for t in tweets] == ["first", "second", "first"]
    assert [t.span for t in tweets] == [
        (len("<p>intro</p>"), len("<p>intro</p>") + len(one)),
        (len(f"<p>intro</p>{one}<p>middle</p>"), len(f"<p>intro</p>{one}<p>middle</p>{two}")),
        (len(page) - len(one), len(page)),
    ]
    assert attrs.evolve(tweets[2], span=tweets[0].span) == tweets[0]


def test_tweets_among_share_follow_hashtag_buttons_and_timelines() -> None:
    tweet = render_tweet(
        paragraphs=["Only this"], name="N", handle="n", status_id="1498723580491522048",
        date_text="March 1, 2022",
    )  # fmt: skip
    page = f"<div>{BUTTONS}</div>{tweet}{WIDGETS}<div>{BUTTONS}</div>"
    [found] = parse(page)
    assert found.text == "Only this"
    assert found.span == (len(f"<div>{BUTTONS}</div>"), len(f"<div>{BUTTONS}</div>{tweet}"))
    assert parse(f"<div>{BUTTONS}</div>{WIDGETS}") == []


def test_the_old_tweet_button_class_is_not_an_embed() -> None:
    assert parse('<a class="twitter-tweet-button" href="https://twitter.com/share">Tweet</a>') == []
    assert parse('<blockquote class="twitter-tweet-rendered-not">x</blockquote>') == []


def test_body_over_several_paragraphs_and_line_breaks() -> None:
    markup = (
        '<blockquote class="twitter-tweet"><p lang="de" dir="ltr">Erste Zeile<br>zweite  '
        "Zeile\n  mit Umbruch&nbsp;&nbsp;im Quelltext</p><p>Zweiter Absatz</p>"
        '&mdash; Jemand (@jemand) <a href="https://twitter.com/jemand/status/1044502590266978309">'
        "25. September 2018</a></blockquote>"
    )
    [tweet] = parse(markup, platforms=["twitter"])
    assert tweet.text == "Erste Zeile\nzweite Zeile mit Umbruch im Quelltext\n\nZweiter Absatz"
    assert tweet.lang == "de"
    assert tweet.date == dt.date(2018, 9, 25)


def test_a_footer_in_its_own_paragraph_wpautop() -> None:
    markup = (
        '<blockquote class="twitter-tweet" data-lang="fr"><p lang="fr" dir="ltr">Bonjour</p>\n'
        '<p>&mdash; Le Monde (@lemondefr) <a href="https://twitter.com/lemondefr/status/'
        '1044502590266978309?ref_src=twsrc%5Etfw">25 septembre 2018</a></p></blockquote>'
    )
    [tweet] = parse(markup)
    assert tweet.text == "Bonjour"
    assert tweet.author == Author("Le Monde", "lemondefr")
    assert tweet.date == dt.date(2018, 9, 25)
    assert tweet.links == ()


def test_author_names_with_parentheses_and_emoji() -> None:
    markup = render_tweet(
        paragraphs=["x"], name="Peter (der Echte) 🐬", handle="peter",
        status_id="1498723580491522048", date_text="March 1, 2022",
    )  # fmt: skip
    [tweet] = parse(markup)
    assert tweet.author == Author("Peter (der Echte) 🐬", "peter")


def test_links_with_unsafe_schemes_have_no_url() -> None:
    markup = (
        '<blockquote class="twitter-tweet"><p><a href="javascript:alert(1)">click</a> '
        '<a href=" data:text/html,x">data</a> <a href="/relative/path">rel</a> '
        '<a href="https://user:pw@evil.example/">cred</a> '
        '<a href="HTTPS://Example.COM:443/a?utm_source=x&amp;b=2">ok</a></p>'
        "&mdash; A (@a) <a>March 1, 2022</a></blockquote>"
    )
    [tweet] = parse(markup)
    assert tweet.links == (
        Link("click", "javascript:alert(1)", None, "url"),
        Link("data", " data:text/html,x", None, "url"),
        Link("rel", "/relative/path", None, "url"),
        Link("cred", "https://user:pw@evil.example/", None, "url"),
        Link(
            "ok", "HTTPS://Example.COM:443/a?utm_source=x&b=2", "https://example.com/a?b=2", "url"
        ),
    )


def test_status_and_cashtag_links_are_classified() -> None:
    markup = (
        '<blockquote class="twitter-tweet"><p>Buy <a href="https://twitter.com/search?q=%24TSLA">'
        '$TSLA</a> see <a href="https://twitter.com/x/status/1498723580491522048">this</a></p>'
        "&mdash; A (@a) <a>March 1, 2022</a></blockquote>"
    )
    [tweet] = parse(markup)
    assert [link.kind for link in tweet.links] == ["cashtag", "status"]
    assert [c.symbol for c in tweet.cashtags] == ["TSLA"]


def test_entities_glued_together_are_found_through_their_links() -> None:
    # Pages that drop the space between links glue entities: twitter-text alone
    # finds neither "#eins" nor "#zwei" in "#eins#zwei", the links mark both.
    markup = (
        '<blockquote class="twitter-tweet"><p lang="de" dir="ltr">Mehr: '
        '<a href="https://t.co/iONyQpdFwy">https://t.co/iONyQpdFwy</a>'
        '<a href="https://twitter.com/hashtag/COP26?src=hash">#COP26</a>'
        '<a href="https://t.co/4G9ZbFbBZn">pic.twitter.com/4G9ZbFbBZn</a> '
        '<a href="https://twitter.com/hashtag/eins?src=hash">#eins</a>'
        '<a href="https://twitter.com/hashtag/zwei?src=hash">#zwei</a>'
        '<a href="https://twitter.com/jemand">@jemand</a></p>'
        "&mdash; A (@a) <a>2. November 2021</a></blockquote>"
    )
    [tweet] = parse(markup)
    assert tweet.text == (
        "Mehr: https://t.co/iONyQpdFwy#COP26pic.twitter.com/4G9ZbFbBZn #eins#zwei@jemand"
    )
    assert tweet.hashtags == (
        Hashtag("COP26", 29, 35),
        Hashtag("eins", 62, 67),
        Hashtag("zwei", 67, 72),
    )
    assert tweet.mentions == (Mention("jemand", 72, 79),)
    assert tweet.urls == (
        UrlEntity("https://t.co/iONyQpdFwy", 6, 29),
        UrlEntity("pic.twitter.com/4G9ZbFbBZn", 35, 61),
    )
    assert tweet.media == ("https://pic.twitter.com/4G9ZbFbBZn",)


def test_twitterwidget_of_widgets_js_before_2018() -> None:
    # widgets.js rendered each tweet into <twitterwidget> (Shadow DOM v0) until 2018;
    # a page saved from a browser holds the element, the tweet inside its shadow root
    # lost: a css-tricks.com article of 2018 as saved, two tweets in a row.
    page = (
        "<p>Are environment variables something to get excited about? Heck yeah!</p>\n"
        '<twitterwidget class="twitter-tweet twitter-tweet-rendered" id="twitter-widget-1" '
        'style="position: static; visibility: visible; display: block; transform: '
        "rotate(0deg); max-width: 100%; width: 500px; min-width: 220px; margin-top: 10px; "
        'margin-bottom: 10px;" data-tweet-id="990569495432450048"></twitterwidget>\n'
        '<twitterwidget class="twitter-tweet twitter-tweet-rendered" id="twitter-widget-2" '
        'style="position: static; visibility: visible; display: block;" '
        'data-tweet-id="991088767522951168"></twitterwidget>\n'
        "<p>Eric also points out some very awesome early thinking:</p>"
    )
    tweets = parse(page)
    assert [(t.form, t.status_id, t.url, t.escaped) for t in tweets] == [
        ("rendered", i, f"https://twitter.com/i/web/status/{i}", None)
        for i in ("990569495432450048", "991088767522951168")
    ]
    assert [page[slice(*t.span)][:15] for t in tweets] == ["<twitterwidget "] * 2
    assert tweets[0].options == {"tweet-id": "990569495432450048"}


def test_rendered_forms() -> None:
    div = (
        '<div class="twitter-tweet twitter-tweet-rendered" style="display: flex;">'
        '<iframe id="twitter-widget-0" src="./Tweet.html" data-tweet-id="1521523341391282176">'
        "</iframe></div>"
    )
    iframe = (
        '<iframe class="twitter-tweet twitter-tweet-rendered" '
        'src="https://platform.twitter.com/embed/Tweet.html?dnt=false&amp;id=800384752746254337'
        '&amp;lang=en" data-tweet-id="800384752746254337"></iframe>'
    )
    src_only = '<iframe src="https://platform.twitter.com/embed/Tweet.html?id=769239021021036544&theme=dark"></iframe>'
    widget = '<twitter-widget class="twitter-tweet twitter-tweet-rendered" data-tweet-id="807998073116835840"></twitter-widget>'
    page = f"<p>a</p>{div}<p>b</p>{iframe}{src_only}{widget}"
    tweets = parse(page)
    assert [(t.form, t.kind, t.status_id, t.url) for t in tweets] == [
        (
            "rendered",
            "tweet",
            "1521523341391282176",
            "https://twitter.com/i/web/status/1521523341391282176",
        ),
        (
            "rendered",
            "tweet",
            "800384752746254337",
            "https://twitter.com/i/web/status/800384752746254337",
        ),
        (
            "rendered",
            "tweet",
            "769239021021036544",
            "https://twitter.com/i/web/status/769239021021036544",
        ),
        (
            "rendered",
            "tweet",
            "807998073116835840",
            "https://twitter.com/i/web/status/807998073116835840",
        ),
    ]
    assert [page[slice(*t.span)] for t in tweets] == [div, iframe, src_only, widget]
    assert dict(tweets[1].options) == {"tweet-id": "800384752746254337"}
    assert all(t.text == "" and t.author is None for t in tweets)


def test_amp_with_and_without_a_placeholder() -> None:
    bare = '<amp-twitter width="375" height="472" layout="responsive" data-tweetid="1311697819384844290"></amp-twitter>'
    placeholder = (
        '<amp-twitter width="375" height="472" layout="responsive" data-tweetid="1311697819384844290">'
        '<blockquote placeholder class="twitter-tweet" data-lang="en"><p lang="en" dir="ltr">From AMP</p>'
        '&mdash; Sky News (@SkyNews) <a href="https://twitter.com/SkyNews/status/1311697819384844290">'
        "October 1, 2020</a></blockquote></amp-twitter>"
    )
    [one, two] = parse(bare + placeholder)
    assert (one.form, one.status_id, one.url, one.author, one.text) == (
        "amp",
        "1311697819384844290",
        "https://twitter.com/i/web/status/1311697819384844290",
        None,
        "",
    )
    assert dict(one.options) == {"tweetid": "1311697819384844290"}
    # The placeholder's fields win where present; the options are the amp-twitter's.
    assert (two.form, two.status_id, two.url) == (
        "amp",
        "1311697819384844290",
        "https://twitter.com/SkyNews/status/1311697819384844290",
    )
    assert (two.author, two.text, two.date) == (
        Author("Sky News", "SkyNews"),
        "From AMP",
        dt.date(2020, 10, 1),
    )
    assert dict(two.options) == {"tweetid": "1311697819384844290"}


def test_a_page_cut_off_inside_an_embed_gives_what_is_there() -> None:
    page = '<p>Story</p><blockquote class="twitter-tweet" data-lang="en"><p lang="en" dir="ltr">Half a tweet with @someone and #tag'
    [tweet] = parse(page)
    assert tweet.span == (len("<p>Story</p>"), len(page))
    assert tweet.text == "Half a tweet with @someone and #tag"
    assert tweet.mentions == (Mention("someone", 18, 26),)
    assert tweet.hashtags == (Hashtag("tag", 31, 35),)
    assert (tweet.author, tweet.status_id, tweet.date) == (None, None, None)
    assert dict(tweet.options) == {"lang": "en"}


def test_media_in_text_in_any_ascii_case_and_only_ascii() -> None:
    markup = render_tweet(
        paragraphs=["Look PIC.Twitter.COM/AbC1 and p\u0131c.twitter.com/zz1"],
        name="N",
        handle="n",
        status_id="20",
        date_text="March 21, 2006",
    )
    [tweet] = parse(markup)
    # The dotless ı makes another host: not a media link.
    assert tweet.media == ("https://pic.twitter.com/AbC1",)


# Copies of one embed as CMSs and front-end frameworks store them: the outer
# escaping is the one reported; every field reads as in the live embed.
_COPIED = render_tweet(
    paragraphs=["Hello world #a @b"], name="NASA", handle="NASA",
    status_id="1370827335461826566", date_text="March 13, 2021", options={"lang": "fr"},
)  # fmt: skip
_JSON = json.dumps({"html": _COPIED})
_JSON_LT = _JSON.replace("<", "\\u003c").replace(">", "\\u003e")


@pytest.mark.parametrize(
    ("page", "escaped"),
    [
        # JSON (quotes escaped) in an entity-escaped attribute: class=\&quot;twitter-tweet\&quot;
        (f'<div data-props="{html.escape(_JSON)}"></div>', "html"),
        # The same with \u003c for "<" (Rails' and React's props)
        (f'<div data-props="{html.escape(_JSON_LT)}"></div>', "html"),
        # Entities escaped twice: &amp;lt;blockquote
        (f'<div data-x="{html.escape(html.escape(_COPIED))}"></div>', "html"),
        # Percent-encoding inside a JSON string
        (
            f"<script>var x = {json.dumps({'html': urllib.parse.quote(_COPIED)})};</script>",
            "percent",
        ),
        # A JSON string inside a JSON string
        (f"<script>var x = {json.dumps({'a': _JSON})};</script>", "json"),
    ],
)
def test_markup_escaped_twice_reads_every_field(page: str, escaped: str) -> None:
    [live] = parse(_COPIED)
    [copy] = parse(page)
    assert copy.escaped == escaped
    assert attrs.evolve(copy, escaped=None, span=live.span) == live
    assert (copy.status_id, copy.text, copy.author) == (
        "1370827335461826566", "Hello world #a @b", Author("NASA", "NASA"),
    )  # fmt: skip


def test_amp_tweetid_holding_a_whole_status_url() -> None:
    markup = (
        '<amp-twitter width="375" height="472" layout="responsive" '
        'data-tweetid="https://twitter.com/NASA/status/1370827335461826566?s=20"></amp-twitter>'
    )
    [tweet] = parse(markup)
    assert (tweet.form, tweet.status_id, tweet.url) == (
        "amp", "1370827335461826566", "https://twitter.com/NASA/status/1370827335461826566",
    )  # fmt: skip


def test_data_url_with_markdown_escapes() -> None:
    # A CMS that stored the link as Markdown keeps "\_" in the attribute.
    markup = (
        '<div class="twitter-tweet twitter-tweet-rendered" '
        'data-url="https://twitter.com/nasa\\_jpl/status/1370827335461826566"></div>'
    )
    [tweet] = parse(markup)
    assert (tweet.status_id, tweet.url) == (
        "1370827335461826566", "https://twitter.com/nasa_jpl/status/1370827335461826566",
    )  # fmt: skip


def test_tweets_share_their_language_and_direction_codes() -> None:
    # One string object for every tweet's "en" and "ltr": ~100 bytes less a record.
    quote = (
        '<blockquote class="twitter-tweet"><p lang="{lang}" dir="ltr">Hi {n}</p>&mdash; A (@a) '
        '<a href="https://twitter.com/a/status/137082733546182656{n}">March 13, 2021</a></blockquote>'
    )
    tweets = parse("".join(quote.format(lang="en", n=n) for n in range(3)))
    assert [t.lang for t in tweets] == ["en"] * 3
    assert tweets[0].lang is tweets[1].lang is tweets[2].lang
    assert tweets[0].direction is tweets[2].direction


def test_a_placeholder_named_by_its_tweets_id() -> None:
    # wPolityce.pl (trafilatura's evaluation pages): its script turns div.js-tweet into
    # the tweet; the id is in data-tweetid (AMP's spelling), the handle in its fallback link.
    div = (
        "<div class=js-tweet data-tweetid=1387304686957498370> <a class=js-alt"
        " href=https://twitter.com/eucopresident/status/1387304686957498370 target=_blank></a> </div>"
    )
    page = f"<p>&#8212;&nbsp;zaznaczył.</p> <p>{div} <div class=intext-links></p>"
    [tweet] = parse(page)
    assert (tweet.form, tweet.status_id, tweet.url, tweet.author, tweet.text) == (
        "rendered",
        "1387304686957498370",
        "https://twitter.com/eucopresident/status/1387304686957498370",
        None,
        "",
    )
    assert page[slice(*tweet.span)] == div
    assert tweet.options == {"tweetid": "1387304686957498370"}


def test_an_element_with_a_tweetid_that_is_no_number_is_no_tweet() -> None:
    assert parse('<div class="tweet" data-tweetid="{{ tweet.id }}">x</div>') == []


def test_heises_embetty_tweet() -> None:
    # heiseonline/embetty's element (as youtube-dl's EmbettyIE reads it): the status
    # id alone, the tweet fetched through the site's own server.
    markup = '<embetty-tweet status="1015587853245968384"></embetty-tweet>'
    page = f"<p>Davor.</p>{markup}<p>Danach.</p>"
    [tweet] = parse(page)
    assert (tweet.form, tweet.status_id, tweet.url, tweet.text) == (
        "element",
        "1015587853245968384",
        "https://twitter.com/i/web/status/1015587853245968384",
        "",
    )
    assert page[slice(*tweet.span)] == markup
    assert parse('<embetty-tweet status="{{ id }}"></embetty-tweet>') == []


def test_the_iframe_at_xs_own_host() -> None:
    # The tweet's iframe at platform.x.com: WebKit's site-quirk tests (TestWebKitAPI's
    # QuirksTest) resolve an embedded document at "https://platform.x.com/embed/
    # Tweet.html" as they do Twitter's (the id and theme here are the query widgets.js writes).
    iframe = (
        '<iframe src="https://platform.x.com/embed/Tweet.html?id=875083037872181254&theme=light">'
        "</iframe>"
    )
    page = f"<p>a</p>{iframe}<p>b</p>"
    [tweet] = parse(page)
    assert (tweet.form, tweet.status_id, tweet.url, page[slice(*tweet.span)]) == (
        "rendered",
        "875083037872181254",
        "https://twitter.com/i/web/status/875083037872181254",
        iframe,
    )
