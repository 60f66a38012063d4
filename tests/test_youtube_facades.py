"""YouTube facades: a thumbnail in an element a site's script turns into the player.

Each input is a real page's markup, cut to the facade and what is around it (the
page named in each case); the expected values are read off that markup.
"""

from __future__ import annotations

import pytest

from tweetembed import parse
from tweetembed.decode import Page
from tweetembed.platforms._youtube_facades import PLAYER_SHAPE, find_facade, find_player

# Kinja (The A.V. Club), codelucas/newspaper's tests/data/html/avclub.com1.html.
KINJA = (
    '<div data-type="youtube" contenteditable="false" class="youtube inline size-big crop-16x9" '
    'data-youtube-id="E_oqg77D8K0" data-size="big" data-crop="16x9"><div>'
    '<img src="//img.youtube.com/vi/E_oqg77D8K0/hqdefault.jpg"></div>'
    '<span class="caption"></span></div>'
)
# Vox Media's Clay, opendatalab/magic-html's benchmark page 2d9cd036….
CLAY = (
    '<div id="fXwgOYJZ" data-video-id="xMI66kpo9Tw" class="youtube__content player">\n'
    '\t\t<span class="youtube__video-title">Maya Rudolph Mother’s Day Monologue - SNL</span>\n'
    '\t\t<img class="youtube__video-thumbnail" src="https://i.ytimg.com/vi/xMI66kpo9Tw/'
    'hqdefault.jpg" alt="Video Maya Rudolph Mother’s Day Monologue - SNL">\n\t</div>'
)
# react-lite-youtube-embed's facade, its thumbnail in its style (lttlabs.com,
# Murrough-Foley's web-content-extraction-benchmark, dev/html/4168.html).
LITE_ARTICLE = (
    '<article class="yt-lite " style="background-image:url(https://i.ytimg.com/vi/vkHAAXYckF8/'
    'hqdefault.jpg);--aspect-ratio:56.25%"><button type="button" class="lty-playbtn" '
    'aria-label="Watch YouTube video player"></button></article>'
)
# s9e's MediaEmbed in a XenForo forum post (the same benchmark, dev/html/0514.html).
S9E = (
    '<span data-s9e-mediaembed="youtube"><span><span style="background:url(https://i.ytimg.com/'
    'vi/I4B33bhdJEY/hqdefault.jpg) 50% 50% / cover" data-s9e-mediaembed-iframe="[&quot;src'
    '&quot;,&quot;https:\\/\\/www.youtube.com\\/embed\\/I4B33bhdJEY&quot;]"></span></span></span>'
)


# labnol.org's "lite YouTube embed" recipe, no thumbnail until its script runs (a Jekyll
# site: jamesjrnkhata/jamesjrnkhata.github.io, "_posts/embedded_projects/2020-07-17-Remote
# Allotment Irrigation System.md").
RECIPE = '<div class="youtube-player" data-id="lPfLFi2TlY0"></div>'


@pytest.mark.parametrize(
    ("markup", "video_id"),
    [
        (KINJA, "E_oqg77D8K0"),
        (CLAY, "xMI66kpo9Tw"),
        (LITE_ARTICLE, "vkHAAXYckF8"),
        (S9E, "I4B33bhdJEY"),
        (RECIPE, "lPfLFi2TlY0"),
    ],
)
def test_a_facade_is_the_video_it_shows(markup: str, video_id: str) -> None:
    page = f"<p>Before.</p>{markup}<p>After.</p>"
    [video] = parse(page)
    start = page.index(markup)
    assert (video.platform, video.kind, video.form, video.escaped) == (
        "youtube",
        "video",
        "element",
        None,
    )
    assert (video.post_id, video.url, video.span) == (
        video_id,
        f"https://www.youtube.com/watch?v={video_id}",
        (start, start + len(markup)),
    )


def test_an_attribute_naming_the_video_wins_over_the_thumbnail() -> None:
    markup = (
        '<div class="youtube" data-embed="PNihohJj8Tk"><div class="play-button"></div>'
        '<img src="https://img.youtube.com/vi/AAAAAAAAAAA/sddefault.jpg"></div>'
    )
    assert [v.post_id for v in parse(markup)] == ["PNihohJj8Tk"]


@pytest.mark.parametrize(
    "markup",
    [
        # A list of a channel's videos, each a link to its page (YouTube Channel's
        # widget: scrapinghub's article-extraction-benchmark, page 30b771a4…).
        '<div class="youtube_channel default responsive"><div class="ytc_video_container">'
        '<a href="//www.youtube.com/watch?v=EKfiNTtRBfo&amp;rel=0" class="ytc_thumb ytc-lightbox">'
        '<span style="background-image: url(//img.youtube.com/vi/EKfiNTtRBfo/hqdefault.jpg);">'
        "</span></a></div></div>",
        # A card titled by a heading, one of a list (wccftech.com's sidebar,
        # ../shared/corpus/plain/e100c961…).
        '<div class="sidebar-youtube-video active" data-video="2GP6_x6m-vQ"><div class="thumb" '
        "style=\"background-image: url('https://img.youtube.com/vi/2GP6_x6m-vQ/hqdefault.jpg')\">"
        '<span class="duration">01:52</span></div><h4>AMD To Introduce RDNA2</h4></div>',
        # A thumbnail in an element that does not say it is YouTube's, in metadata
        # and in a script.
        '<div class="post"><img src="https://i.ytimg.com/vi/GmiTh4UekHU/0.jpg"></div>',
        '<meta itemprop="thumbnailUrl" content="https://i.ytimg.com/vi/GmiTh4UekHU/0.jpg">',
        '<script>var v = {"thumb": "<div class=\\"youtube\\"><img src=\\"https://i.ytimg.com/vi/'
        'GmiTh4UekHU/0.jpg\\"></div>"}</script>',
    ],
)
def test_thumbnails_that_are_no_facade(markup: str) -> None:
    assert parse(markup) == []


def test_a_facade_holding_the_player_already_is_that_player() -> None:
    player = '<iframe src="https://www.youtube.com/embed/GmiTh4UekHU"></iframe>'
    markup = (
        '<div class="youtube-wrap"><img src="https://i.ytimg.com/vi/GmiTh4UekHU/0.jpg">'
        f"{player}</div>"
    )
    start = markup.index(player)
    assert [(v.form, v.escaped, v.post_id, v.span) for v in parse(markup)] == [
        ("iframe", None, "GmiTh4UekHU", (start, start + len(player)))
    ]


def test_the_finder_reads_only_a_thumbnails_url_in_a_tag() -> None:
    text = 'see https://i.ytimg.com/vi/GmiTh4UekHU/0.jpg <div class="youtube"></div>'
    assert find_facade(text, text.index("ytimg")) is None
    tag = '<div class="youtube"><img src="https://i.ytimg.com/vi/GmiTh4UekHU/0.jpg"></div>'
    assert find_facade(tag, tag.index("ytimg")) == (0, len(tag), "element")


def test_a_generic_id_yields_to_the_thumbnail() -> None:
    markup = (
        '<div class="yt-facade" data-id="abcdefghijk">'
        '<img src="https://i.ytimg.com/vi/xMI66kpo9Tw/hqdefault.jpg"></div>'
    )
    assert [v.post_id for v in parse(markup)] == ["xMI66kpo9Tw"]


def test_a_facade_without_a_thumbnail_is_found_by_its_attributes() -> None:
    # The class and an attribute of YouTube's; every needle of the facade is in one tag.
    markup = '<div class="youtube" data-youtube-id="E_oqg77D8K0"><div class="play"></div></div>'
    assert [(v.form, v.post_id, v.span) for v in parse(markup)] == [
        ("element", "E_oqg77D8K0", (0, len(markup)))
    ]
    assert find_player(markup, markup.index("data-youtube-id")) == (0, len(markup), "element")


@pytest.mark.parametrize(
    "markup",
    [
        # The Washington Post's own player names its video's copy on YouTube
        # (../shared/corpus2/pages/070.html): not YouTube's player.
        '<div class="posttv-video-embed wpv-player" data-aspect-ratio="0.5625" '
        'data-object-id="560d6132e4b01e7190724342" data-youtube-id="7Bo_NH-upJQ"><script '
        'src="//js.washingtonpost.com/video/resources/env/WapoVideo/dist/WapoVideoEmbed.min.js">'
        "</script></div>",
        # The recipe's class holding a card (a title, a link), and holding no id.
        '<div class="youtube-player" data-id="lPfLFi2TlY0"><a href="/v/1"><h3>T</h3></a></div>',
        '<div class="youtube-player" data-id="12"></div>',
        '<div id="youtube-player"></div>',
        # The recipe in a JSON string: a copy whose escaping no finder of this kind reads.
        '<script>var x = {"html":"<div class=\\"youtube-player\\" data-id=\\"lPfLFi2TlY0\\">'
        '</div>"}</script>',
    ],
)
def test_elements_that_are_no_facade_without_a_thumbnail(markup: str) -> None:
    assert parse(markup) == []


def test_wp_rockets_older_placeholder_is_left_to_its_noscript_copy() -> None:
    # WP Rocket before data-src: the placeholder names only the id, the iframe is in
    # <noscript> after it (../shared/corpus2/pages/072.html; its expected values list
    # the copy alone). Its class only holds the recipe's: no facade.
    markup = (
        '<div class="rll-youtube-player" data-id="CX11yw6YL1w"></div><noscript><iframe '
        'width="1140" height="641" src="https://www.youtube.com/embed/CX11yw6YL1w?feature=oembed">'
        "</iframe></noscript>"
    )
    assert [(v.form, v.escaped, v.post_id) for v in parse(markup)] == [
        ("iframe", "text", "CX11yw6YL1w")
    ]


# The player's tag as find_player reads it (each accepted), and where its needles also
# stand but no player is (each refused by the bytes' shape, before any text is decoded).
_PLAYER = '<div class="youtube-player" data-id="lPfLFi2TlY0"></div>'


@pytest.mark.parametrize(
    ("markup", "needle"),
    [
        (_PLAYER, "youtube-player"),
        # 1,960 characters from its "<" to the needle, 3,920 bytes: reach is counted in text.
        (
            '<div title="' + "é" * 1936 + '" class="youtube-player" data-id="lPfLFi2TlY0"></div>',
            "youtube-player",
        ),
        ('<span\u00a0class="youtube-player" data-id="lPfLFi2TlY0"></span>', "youtube-player"),
        ('<figure data-ytid="lPfLFi2TlY0" class="yt-embed"></figure>', "data-ytid"),
    ],
)
def test_the_players_byte_shape_lets_every_player_through(markup: str, needle: str) -> None:
    data = markup.encode("utf-8")
    assert find_player(markup, markup.index(needle)) is not None
    assert PLAYER_SHAPE.match(data, data.index(needle.encode())) is not None


@pytest.mark.parametrize(
    ("markup", "needle"),
    [
        ("<style>.youtube-player{width:100%}</style>", "youtube-player"),
        ('<script>document.querySelectorAll(".youtube-player")</script>', "youtube-player"),
        ('<iframe class="youtube-player" src="about:blank"></iframe>', "youtube-player"),
        ('<a class="youtube-player" data-id="lPfLFi2TlY0"></a>', "youtube-player"),
        ("<p>The .youtube-player class</p>", "youtube-player"),
        ('<div class="youtube-player" data-id="lPfLFi2TlY0"></div>'[4:], "youtube-player"),
    ],
)
def test_the_players_byte_shape_refuses_what_find_player_refuses(
    markup: str, needle: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = markup.encode("utf-8")
    assert find_player(markup, markup.index(needle)) is None
    assert PLAYER_SHAPE.match(data, data.index(needle.encode())) is None

    # And parse never decodes the page's text for it.
    def no_text(page: Page) -> str:
        raise AssertionError("the whole text was decoded")

    monkeypatch.setattr(Page, "text", no_text)
    assert parse(data) == []
