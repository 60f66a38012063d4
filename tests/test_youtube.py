"""YouTube players: every form, with exact values read off the markup."""

from __future__ import annotations

import pytest

from tweetembed import YouTubeVideo, parse

# YouTube's own "Share → Embed" code.
SHARE = (
    '<iframe width="560" height="315" src="https://www.youtube.com/embed/x2Gf04W_ff8?si=5HGwhH4UzXroMcMT" '
    'title="YouTube video player" frameborder="0" allow="accelerometer; autoplay; clipboard-write; '
    'encrypted-media; gyroscope; picture-in-picture; web-share" referrerpolicy="strict-origin-when-cross-origin" '
    "allowfullscreen></iframe>"
)


def test_the_share_code_gives_the_video() -> None:
    [video] = parse(SHARE)
    assert video == YouTubeVideo(
        kind="video",
        form="iframe",
        span=(0, len(SHARE)),
        post_id="x2Gf04W_ff8",
        url="https://www.youtube.com/watch?v=x2Gf04W_ff8",
    )


def test_wordpress_oembed_names_the_video_and_its_start() -> None:
    markup = '<iframe title="Grapevine in High Heels" width="500" height="281" src="https://www.youtube.com/embed/lvgtLoZqu2Q?start=19&amp;feature=oembed" frameborder="0" allowfullscreen></iframe>'
    [video] = parse(markup)
    assert (video.post_id, video.start, video.title) == (
        "lvgtLoZqu2Q",
        19,
        "Grapevine in High Heels",
    )


def test_a_playlist_has_no_video_id() -> None:
    # corpus2 005: embed/videoseries?list=…
    markup = '<iframe src="https://www.youtube.com/embed/videoseries?list=PLcIjjafjUKaHuu5PPN25yykFDvHVmCbfi" width="560"></iframe>'
    [video] = parse(markup)
    assert (video.kind, video.post_id, video.playlist_id, video.url) == (
        "playlist",
        None,
        "PLcIjjafjUKaHuu5PPN25yykFDvHVmCbfi",
        "https://www.youtube.com/playlist?list=PLcIjjafjUKaHuu5PPN25yykFDvHVmCbfi",
    )


@pytest.mark.parametrize(
    "markup",
    [
        # WP Rocket keeps the URL in data-lazy-src until the player scrolls in (corpus2 077).
        '<iframe src="about:blank" data-lazy-src="https://www.youtube.com/embed/AImBmNTNBoU?feature=oembed" width="500"></iframe>',
        '<iframe data-src="//www.youtube-nocookie.com/embed/AImBmNTNBoU?rel=0" class="lazyload"></iframe>',
        '<iframe iframe-src="https://www.youtube.com/embed/AImBmNTNBoU"></iframe>',
    ],
)
def test_lazy_players_keep_their_url_elsewhere(markup: str) -> None:
    [video] = parse(markup)
    assert (video.form, video.post_id, video.escaped) == ("iframe", "AImBmNTNBoU", None)


def test_the_noscript_copy_of_a_lazy_player_is_a_copy() -> None:
    markup = (
        '<iframe src="about:blank" data-lazy-src="https://www.youtube.com/embed/AImBmNTNBoU"></iframe>'
        '<noscript><iframe src="https://www.youtube.com/embed/AImBmNTNBoU"></iframe></noscript>'
    )
    assert [(v.post_id, v.escaped) for v in parse(markup)] == [
        ("AImBmNTNBoU", None),
        ("AImBmNTNBoU", "text"),
    ]


# WP Rocket's lazy player: the markup its LazyLoad code writes for a YouTube iframe
# (wp-media/rocket-lazyload, Iframe::replaceYoutubeThumbnail: a div named by its
# data attributes, then the iframe itself in <noscript>).
ROCKET = (
    '<div class="rll-youtube-player" data-src="https://www.youtube.com/embed/AqzMjzQ9pH4" '
    'data-id="AqzMjzQ9pH4" data-query="feature=oembed" data-alt="Cities: Skylines"></div>'
    '<noscript><iframe title="Cities: Skylines" width="1020" height="574" '
    'src="https://www.youtube.com/embed/AqzMjzQ9pH4?feature=oembed" frameborder="0" '
    "allowfullscreen></iframe></noscript>"
)


def test_wp_rockets_lazy_player_is_the_live_embed() -> None:
    div_end = ROCKET.index("<noscript>")
    assert [(v.form, v.escaped, v.post_id, v.url, v.span) for v in parse(ROCKET)] == [
        ("url", None, "AqzMjzQ9pH4", "https://www.youtube.com/watch?v=AqzMjzQ9pH4", (0, div_end)),
        (
            "iframe",
            "text",
            "AqzMjzQ9pH4",
            "https://www.youtube.com/watch?v=AqzMjzQ9pH4",
            (div_end + len("<noscript>"), len(ROCKET) - len("</noscript>")),
        ),
    ]


@pytest.mark.parametrize(
    ("markup", "video_id", "playlist_id"),
    [
        # FlyingPress's lazy player, as thequietus.com writes it (Murrough-Foley's
        # web-content-extraction-benchmark, dev/html/0402.html).
        (
            "<span class='flying-press-youtube' data-src='https://www.youtube.com/embed/MKeKujhIDfs"
            "?si=2xhdM1pJ077weBfH&autoplay=1' onclick='load_flying_press_youtube_video(this)'>"
            "<img src='https://i.ytimg.com/vi/MKeKujhIDfs/hqdefault.jpg' alt='Xiu Xiu'></span>",
            "MKeKujhIDfs",
            None,
        ),
        # A theme's player that a click loads (appleinsider.com, the same benchmark's
        # dev/html/1310.html; its play button's SVG left out).
        (
            '<div class="video-container" data-video="https://www.youtube.com/embed/8x4_YgoeTZk">'
            '<img loading="lazy" src="https://photos5.appleinsider.com/a.jpg" class="thumbnail"></div>',
            "8x4_YgoeTZk",
            None,
        ),
        (
            '<div class="rll-youtube-player" data-src="https://www.youtube.com/embed/videoseries'
            '?list=PLUXSZMIiUfFQUnjV3iqRpaoMzsRjZZfs7" data-id="videoseries" data-query=""></div>',
            None,
            "PLUXSZMIiUfFQUnjV3iqRpaoMzsRjZZfs7",
        ),
    ],
)
def test_lazy_players_that_a_script_makes_an_iframe(
    markup: str, video_id: str | None, playlist_id: str | None
) -> None:
    [video] = parse(markup)
    assert (video.form, video.escaped, video.post_id, video.playlist_id, video.span) == (
        "url",
        None,
        video_id,
        playlist_id,
        (0, len(markup)),
    )


def test_an_iframe_whose_lazy_attribute_names_the_player() -> None:
    # A lazy loader's "data-lazy" (fronius.com: the same benchmark's dev/html/2985.html).
    markup = (
        '<iframe class="video" width="560" height="315" data-lazy="https://www.youtube-nocookie.com'
        '/embed/AwgTQvZKzwg?enablejsapi=1" data-tracker-yt="https://www.youtube-nocookie.com/embed/'
        'AwgTQvZKzwg?enablejsapi=1" frameborder="0" allowfullscreen></iframe>'
    )
    [video] = parse(markup)
    assert (video.form, video.post_id, video.span) == ("iframe", "AwgTQvZKzwg", (0, len(markup)))


def test_a_wrapper_naming_the_player_it_holds_is_no_placeholder() -> None:
    # The player inside is the embed; the wrapper that repeats its URL is not another.
    player = '<iframe src="https://www.youtube.com/embed/x2Gf04W_ff8"></iframe>'
    markup = f'<div class="video-wrap" data-src="https://www.youtube.com/embed/x2Gf04W_ff8">{player}</div>'
    start = markup.index("<iframe")
    assert [(v.form, v.post_id, v.span) for v in parse(markup)] == [
        ("iframe", "x2Gf04W_ff8", (start, start + len(player)))
    ]


def test_lite_youtube_and_amp_youtube() -> None:
    # lite-youtube-embed's README form, and corpus2 076's single quotes.
    lite = "<lite-youtube videoid='K2oawPsUc8Y' playlabel='Play: Keynote'></lite-youtube>"
    amp = '<amp-youtube data-videoid="mGENRKrdoGY" layout="responsive" width="480" height="270"></amp-youtube>'
    [a] = parse(lite)
    [b] = parse(amp)
    assert (a.form, a.post_id, a.title) == ("element", "K2oawPsUc8Y", "Keynote")
    assert (b.form, b.post_id, dict(b.options)) == (
        "amp",
        "mGENRKrdoGY",
        {"videoid": "mGENRKrdoGY"},
    )


@pytest.mark.parametrize(
    "button",
    [
        # lite-youtube-embed's progressive-enhancement markup (its README), and the
        # <button> an Eleventy shortcode writes instead of the link.
        '<a href="https://youtube.com/watch?v=ogfYd705cRs" class="lty-playbtn" title="Play Video">'
        '<span class="lyt-visually-hidden">Play Video: Keynote (Google I/O \'18)</span></a>',
        '<button type="button" class="lty-playbtn">'
        '<span class="lyt-visually-hidden">Play Video: Keynote (Google I/O \'18)</span></button>',
    ],
)
def test_lite_youtubes_play_button_label_is_not_the_title(button: str) -> None:
    markup = f'<lite-youtube videoid="ogfYd705cRs">\n  {button}\n</lite-youtube>'
    [video] = parse(markup)
    assert (video.post_id, video.title) == ("ogfYd705cRs", "Keynote (Google I/O '18)")
    # The button alone, with no title after its label, gives none.
    [bare] = parse(
        '<lite-youtube videoid="ogfYd705cRs"><a class="lty-playbtn" title="Play Video">Play Video</a></lite-youtube>'
    )
    assert bare.title is None


def test_a_link_to_a_video_is_not_a_player() -> None:
    assert parse('<a href="https://www.youtube.com/embed/x2Gf04W_ff8">watch</a>') == []


def test_copies_whose_slashes_are_escaped() -> None:
    # PHP's json_encode writes "\/"; percent-encoding writes "%2F" (then the "<" as %3C).
    in_json = r'<script>x="<iframe src=\"https:\/\/www.youtube.com\/embed\/x2Gf04W_ff8\"><\/iframe>"</script>'
    percent = "a=%3Ciframe%20src%3D%22https%3A%2F%2Fwww.youtube.com%2Fembed%2Fx2Gf04W_ff8%22%3E%3C%2Fiframe%3E"
    assert [(v.post_id, v.escaped) for v in parse(in_json)] == [("x2Gf04W_ff8", "json")]
    assert [(v.post_id, v.escaped) for v in parse(percent)] == [("x2Gf04W_ff8", "percent")]


# YouTube's Flash-era embed code (2006–2012), as old articles and CMS templates in
# public repositories still carry it: an <object> with a "movie" <param> and an
# <embed> inside, the options after the id with "&"; or an <object data="…">.
_FLASH_CLASSIC = (
    '<object width="425" height="344"><param name="movie" value="http://www.youtube.com/v/04VLPDfWsXI&hl=en&fs=1"></param>'
    '<param name="allowFullScreen" value="true"></param><embed src="http://www.youtube.com/v/04VLPDfWsXI&hl=en&fs=1" '
    'type="application/x-shockwave-flash" allowfullscreen="true" width="425" height="344"></embed></object>'
)
_FLASH_DATA = (
    '<object type="application/x-shockwave-flash" data="http://www.youtube.com/v/sv4uf5Q0PO4&hd=1" style="width:600px;height:365px">'
    '<param name="wmode" value="opaque"><param name="movie" value="http://www.youtube.com/v/sv4uf5Q0PO4&hd=1" /></object>'
)
# An <embed> without its end tag (it is a void element) and a start time.
_FLASH_VOID = (
    '<object style="width:207px;height:144px;"><param name="movie" value="http://www.youtube.com/v/kBSOhODoch0&start=95">'
    '<embed src="http://www.youtube.com/v/kBSOhODoch0&start=95" type="application/x-shockwave-flash" width="207" height="144">'
)


@pytest.mark.parametrize(
    ("markup", "span", "video", "start"),
    [
        (
            _FLASH_CLASSIC,
            _FLASH_CLASSIC[_FLASH_CLASSIC.index("<embed") : -len("</object>")],
            "04VLPDfWsXI",
            None,
        ),
        (_FLASH_DATA, _FLASH_DATA, "sv4uf5Q0PO4", None),
        (_FLASH_VOID, _FLASH_VOID[_FLASH_VOID.index("<embed") :], "kBSOhODoch0", 95),
    ],
)
def test_the_flash_player_of_old_articles(
    markup: str, span: str, video: str, start: int | None
) -> None:
    page = f"<p>Before.</p>{markup}<p>After, a paragraph.</p><p>And more.</p>"
    [embed] = parse(page)
    assert (embed.platform, embed.form, embed.escaped, embed.post_id, embed.start) == (
        "youtube", "element", None, video, start,
    )  # fmt: skip
    assert embed.url == f"https://www.youtube.com/watch?v={video}"
    assert page[slice(*embed.span)] == span


def test_a_link_to_a_flash_player_is_not_a_player() -> None:
    assert parse('<a href="http://www.youtube.com/v/kBSOhODoch0">the video</a>') == []


# WordPress's [video] shortcode (and its Video widget) given a YouTube URL: MediaElement.js
# plays it from a <source type="video/youtube">, with a link as the fallback
# (abenteuer-astronomie.de, trafilatura's evaluation pages).
MEDIA_SOURCE = (
    '<div style="width: 640px;" class="wp-video"><video class="wp-video-shortcode" id="video-26044-1"'
    ' width="640" height="360" preload="metadata" controls="controls">{source}'
    '<a href="https://www.youtube.com/watch?v=DXk05ySH5x0">https://www.youtube.com/watch?v=DXk05ySH5x0</a>'
    "</video></div>"
)


@pytest.mark.parametrize(
    ("src", "video_id"),
    [
        ("https://www.youtube.com/watch?v=DXk05ySH5x0&#038;_=1", "DXk05ySH5x0"),
        # fifplay.com: a short link.
        ("https://youtu.be/jcBnqS4Fx2s?_=1", "jcBnqS4Fx2s"),
    ],
)
def test_wordpress_video_shortcode_of_a_youtube_url(src: str, video_id: str) -> None:
    source = f'<source type="video/youtube" src="{src}" />'
    page = "<p>Before.</p>" + MEDIA_SOURCE.format(source=source)
    [video] = parse(page)
    assert video == YouTubeVideo(
        kind="video",
        form="element",
        span=(page.index(source), page.index(source) + len(source)),
        post_id=video_id,
        url=f"https://www.youtube.com/watch?v={video_id}",
    )


def test_a_video_sources_other_files_are_no_youtube_embed() -> None:
    mp4 = '<source type="video/mp4" src="https://www.youtube.com/watch?v=DXk05ySH5x0&amp;_=1" />'
    page = MEDIA_SOURCE.format(source=mp4)
    # (The fallback link inside <video> is not a paragraph of its own either.)
    assert parse(page) == []


# WP YouTube Lyte (futtta/wp-youtube-lyte): a div its script turns into the player,
# the video's id in its own id. As kulturnews.de's page has it (minified, no title):
LYTE = (
    '<div\nclass=lyte-wrapper style="width:853px;max-width:100%;margin:5px auto;"><div\n'
    "class=lyMe id=WYL_vV7J0JFH5oQ><div\nid=lyte_vV7J0JFH5oQ"
    ' data-src="https://kulturnews.de/wp-content/plugins/wp-youtube-lyte/lyteCache.php?origThumbUrl='
    '%2F%2Fi.ytimg.com%2Fvi%2FvV7J0JFH5oQ%2Fhqdefault.jpg" class=pL><div\nclass=tC><div\n'
    "class=tT></div></div><div\nclass=play></div><div\nclass=ctrl><div\nclass=Lctrl></div><div\n"
    "class=Rctrl></div></div></div><noscript><a\nhref=https://youtu.be/vV7J0JFH5oQ rel=nofollow><img\n"
    'src="https://kulturnews.de/x.jpg" alt width=853 height=460><br>Dieses Video auf YouTube ansehen'
    "</a></noscript></div></div>"
)


def test_wp_youtube_lyte_player() -> None:
    page = f"<p>Before.</p>{LYTE}<p>After.</p>"
    [video] = parse(page)
    assert video == YouTubeVideo(
        kind="video",
        form="element",
        span=(page.index(LYTE), page.index(LYTE) + len(LYTE)),
        post_id="vV7J0JFH5oQ",
        url="https://www.youtube.com/watch?v=vV7J0JFH5oQ",
    )


def test_wp_youtube_lyte_title_and_playlist() -> None:
    # The plugin's template (wp-youtube-lyte.php): the title YouTube's API gave in
    # div.tT; a playlist's list id in the id, its class "playlist".
    titled = (
        '<div class="lyte-wrapper" style="width:640px;max-width: 100%;"><div class="lyMe" '
        'id="WYL_x2Gf04W_ff8"><div id="lyte_x2Gf04W_ff8" data-src="//i.ytimg.com/vi/'
        'x2Gf04W_ff8/hqdefault.jpg" class="pL"><div class="tC"><div class="tT">A title</div></div>'
        '<div class="play"></div></div></div></div>'
    )
    [video] = parse(titled)
    assert (video.post_id, video.title) == ("x2Gf04W_ff8", "A title")
    playlist = (
        '<div class="lyte-wrapper" style="width:640px;"><div class="lyMe playlist" '
        'id="WYL_PLcIjjafjUKaHuu5PPN25yykFDvHVmCbfi"><div '
        'id="lyte_PLcIjjafjUKaHuu5PPN25yykFDvHVmCbfi" class="pL"></div><noscript><a '
        'href="https://youtube.com/playlist?list=PLcIjjafjUKaHuu5PPN25yykFDvHVmCbfi"><br />'
        "Watch this playlist on YouTube</a></noscript></div></div>"
    )
    [video] = parse(playlist)
    assert (video.kind, video.post_id, video.playlist_id, video.url) == (
        "playlist",
        None,
        "PLcIjjafjUKaHuu5PPN25yykFDvHVmCbfi",
        "https://www.youtube.com/playlist?list=PLcIjjafjUKaHuu5PPN25yykFDvHVmCbfi",
    )


def test_a_lyte_wrapper_without_a_player_is_none() -> None:
    assert parse('<div class="lyte-wrapper"><div id="WYL_x2Gf04W_ff8">x</div></div>') == []
    assert parse('<div class="lyte-wrapper"><div class="lyMe" id="x">y</div></div>') == []


def test_a_channels_live_stream_has_no_video_id() -> None:
    # industriemagazin.at (trafilatura's evaluation pages): consentmanager.net keeps the
    # URL in data-cmp-src; /embed/live_stream plays the channel's current stream.
    markup = (
        '<iframe id="modal-livetv__player" data-cmp-vendor="s30" data-cmp-src="https://www.youtube.com/'
        'embed/live_stream?channel=UCO7kohVnA8VzILzsnagXDHw&enablejsapi=1" data-fallback-video-id='
        '"q-D0oJT8QpA" class="cmplazyload" src="about:blank" width="560"></iframe>'
    )
    [video] = parse(markup)
    assert (video.kind, video.form, video.post_id, video.playlist_id, video.url) == (
        "live",
        "iframe",
        None,
        None,
        "https://www.youtube.com/channel/UCO7kohVnA8VzILzsnagXDHw/live",
    )


def test_heises_embetty_video() -> None:
    # heiseonline/embetty's video element: its service, the id and where it starts
    # (as youtube-dl's EmbettyIE reads them); other services' are not YouTube's.
    markup = '<embetty-video type="youtube" video-id="m7ddJ1yXEX0" start-at="42"></embetty-video>'
    [video] = parse(markup)
    assert video == YouTubeVideo(
        kind="video",
        form="element",
        span=(0, len(markup)),
        post_id="m7ddJ1yXEX0",
        url="https://www.youtube.com/watch?v=m7ddJ1yXEX0",
        start=42,
    )
    assert parse('<embetty-video type="vimeo" video-id="123456"></embetty-video>') == []


# Elementor's video widget: its script makes the player from the widget's settings'
# youtube_url (elementor/elementor, assets/dev/js/frontend/handlers/video.js:
# getVideoIDFromURL(elementSettings.youtube_url), new YT.Player(.elementor-video)).
ELEMENTOR_SETTINGS = (
    "{&quot;youtube_url&quot;:&quot;https:\\/\\/www.youtube.com\\/watch?v=kexiKp1W2FY&quot;,"
    "&quot;video_type&quot;:&quot;youtube&quot;,&quot;controls&quot;:&quot;yes&quot;}"
)
ELEMENTOR = (
    '<div class="elementor-element elementor-element-69ca886 elementor-widget '
    f'elementor-widget-video" data-id="69ca886" data-element_type="widget" data-settings="'
    f'{ELEMENTOR_SETTINGS}" data-widget_type="video.default">\n'
    '<div class="elementor-widget-container">\n'
    "<style>/*! elementor - v3.21.0 - 08-05-2024 */\n"
    + ".elementor-widget-video .elementor-widget-container{overflow:hidden;transform:translateZ(0)}"
    * 6
    + '</style>\t\t<div class="elementor-wrapper elementor-open-inline">\n'
    '\t\t\t<div class="elementor-video"></div>\t\t</div>\n\t\t</div>\n</div>'
)


def test_elementors_video_widget_before_its_script_ran() -> None:
    page = f"<p>Before.</p>{ELEMENTOR}<p>After.</p>"
    [video] = parse(page)
    start = page.index(ELEMENTOR)
    assert (video.form, video.escaped, video.post_id, video.url, video.span) == (
        "url",
        None,
        "kexiKp1W2FY",
        "https://www.youtube.com/watch?v=kexiKp1W2FY",
        (start, start + len(ELEMENTOR)),
    )


def test_elementors_video_widget_holding_its_player_is_the_player() -> None:
    player = (
        '<iframe class="elementor-video" frameborder="0" allowfullscreen="1" title="Video" '
        'src="https://www.youtube.com/embed/kexiKp1W2FY?controls=1&amp;rel=0"></iframe>'
    )
    widget = (
        f'<div class="elementor-widget-video" data-settings="{ELEMENTOR_SETTINGS}">'
        f'<div class="elementor-wrapper elementor-open-inline">{player}</div></div>'
    )
    start = widget.index(player)
    assert [(v.form, v.post_id, v.span) for v in parse(widget)] == [
        ("iframe", "kexiKp1W2FY", (start, start + len(player)))
    ]


def test_a_playlists_player_without_a_path() -> None:
    # YouTube's IFrame Player API documents a list's player as /embed?listType=…&list=…
    # ("listType=playlist": list is a playlist's id; "user_uploads": a channel's name,
    # no playlist), on either host, and as a CMS stores it in JSON.
    page = '<iframe width="560" height="315" src="https://www.youtube.com/embed?listType=playlist&amp;list=PLC77007E23FF423C6"></iframe>'
    nocookie = '<iframe src="https://www.youtube-nocookie.com/embed?list=PLx0sYbCqOb8TBPRdmBHs5Iftvv9TPboYG"></iframe>'
    in_json = r'{"html":"<iframe src=\"https:\/\/www.youtube.com\/embed?listType=playlist&list=PLC77007E23FF423C6\"><\/iframe>"}'
    rows = [
        (v.kind, v.escaped, v.post_id, v.playlist_id, v.url)
        for markup in (page, nocookie, in_json)
        for v in parse(markup)
    ]
    assert rows == [
        ("playlist", None, None, "PLC77007E23FF423C6", "https://www.youtube.com/playlist?list=PLC77007E23FF423C6"),
        ("playlist", None, None, "PLx0sYbCqOb8TBPRdmBHs5Iftvv9TPboYG",
         "https://www.youtube.com/playlist?list=PLx0sYbCqOb8TBPRdmBHs5Iftvv9TPboYG"),
        ("playlist", "json", None, "PLC77007E23FF423C6", "https://www.youtube.com/playlist?list=PLC77007E23FF423C6"),
    ]  # fmt: skip
    uploads = '<iframe src="https://www.youtube.com/embed?listType=user_uploads&list=GoogleDevelopers"></iframe>'
    assert parse(uploads) == []
