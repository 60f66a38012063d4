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


def test_lite_youtube_and_amp_youtube() -> None:
    # lite-youtube-embed's README form, and corpus2 076's single quotes.
    lite = "<lite-youtube videoid='K2oawPsUc8Y' playlabel='Play: Keynote'></lite-youtube>"
    amp = '<amp-youtube data-videoid="mGENRKrdoGY" layout="responsive" width="480" height="270"></amp-youtube>'
    [a] = parse(lite)
    [b] = parse(amp)
    assert (a.form, a.post_id, a.title) == ("element", "K2oawPsUc8Y", "Play: Keynote")
    assert (b.form, b.post_id, dict(b.options)) == (
        "amp",
        "mGENRKrdoGY",
        {"videoid": "mGENRKrdoGY"},
    )


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
