"""TikTok embeds: the embed code, the player iframe, AMP."""

from __future__ import annotations

import datetime as dt

import pytest

from tweetembed import TikTokVideo, parse
from tweetembed.models import Author, Hashtag, Mention

# TikTok's embed code as WordPress's oEmbed wrote it (corpus2 004, shortened).
CODE = (
    '<blockquote class="tiktok-embed" cite="https://www.tiktok.com/@nogood.io/video/7380087564788714795" '
    'data-video-id="7380087564788714795" data-embed-from="oembed"> <section> '
    '<a target="_blank" title="@nogood.io" href="https://www.tiktok.com/@nogood.io?refer=embed">@nogood.io</a> '
    '<p>just why &#128555; <a title="socialmedia" target="_blank" href="https://www.tiktok.com/tag/socialmedia?refer=embed">#socialmedia</a> </p> '
    '<a target="_blank" title="&#9836; original sound - NoGood" href="https://www.tiktok.com/music/original-sound-7380087584116067115?refer=embed">'
    "&#9836; original sound &ndash; NoGood</a> </section> </blockquote>"
)


def test_the_embed_code_gives_every_field() -> None:
    [video] = parse(CODE)
    assert video == TikTokVideo(
        form="blockquote",
        span=(0, len(CODE)),
        post_id="7380087564788714795",
        url="https://www.tiktok.com/@nogood.io/video/7380087564788714795",
        author=Author(None, "nogood.io"),
        text="just why 😫 #socialmedia",
        created_at=dt.datetime(2024, 6, 13, 20, 28, 57, tzinfo=dt.timezone.utc),
        hashtags=[Hashtag("socialmedia", 11, 23)],
        sound="original sound – NoGood",
        options={"video-id": "7380087564788714795", "embed-from": "oembed"},
    )


def test_hashtags_are_the_codes_tag_links() -> None:
    # A WordPress page's TikTok code (oEmbed, a French caption, shortened): TikTok
    # links each hashtag, and writes some back to back or run on into a word, which
    # twitter-text would read as one tag ("#MisterIMAPE") or none ("…mails#PortierVIP").
    code = (
        '<blockquote class="tiktok-embed" cite="https://www.tiktok.com/@formip/video/7295627671319383328" '
        'data-video-id="7295627671319383328" data-embed-from="oembed"> <section> '
        '<a target="_blank" title="@formip" href="https://www.tiktok.com/@formip?refer=embed">@formip</a> '
        "<p>Mister IMAP : Le DJ des E-mails PART 2 "
        '<a title="misterimap" href="https://www.tiktok.com/tag/misterimap?refer=embed">#MisterIMAP</a>E-mails'
        '<a title="portiervip" href="https://www.tiktok.com/tag/portiervip?refer=embed">#PortierVIP</a>'
        '<a title="sécuritéimap" href="https://www.tiktok.com/tag/s%C3%A9curit%C3%A9imap?refer=embed">#SécuritéIMAP</a>'
        ' merci <a href="https://www.tiktok.com/@formip?refer=embed">@formip</a></p> '
        '<a target="_blank" title="♬ son original - Formip" href="https://www.tiktok.com/music/son-original-Formip-7295627771307395873?refer=embed">'
        "♬ son original &#8211; Formip</a> </section> </blockquote>"
    )
    [video] = parse(code)
    text = "Mister IMAP : Le DJ des E-mails PART 2 #MisterIMAPE-mails#PortierVIP#SécuritéIMAP merci @formip"
    assert video.text == text
    assert video.hashtags == (
        Hashtag("MisterIMAP", 39, 50),
        Hashtag("PortierVIP", 57, 68),
        Hashtag("SécuritéIMAP", 68, 81),
    )
    assert video.mentions == (Mention("formip", 88, 95),)
    assert (video.author, video.sound) == (Author(None, "formip"), "son original – Formip")


def test_the_player_iframe_and_amp() -> None:
    iframe = (
        '<iframe src="https://www.tiktok.com/embed/v2/6718335390845095173" width="325"></iframe>'
    )
    amp = '<amp-tiktok width="325" height="575" data-src="https://www.tiktok.com/@scout2015/video/6718335390845095173"></amp-tiktok>'
    [a] = parse(iframe)
    [b] = parse(amp)
    assert (a.form, a.post_id, a.author) == ("iframe", "6718335390845095173", None)
    assert (b.form, b.post_id, b.author) == (
        "amp",
        "6718335390845095173",
        Author(None, "scout2015"),
    )


def test_the_embed_player() -> None:
    # TikTok for Developers' Embed Player: https://www.tiktok.com/player/v1/{video_id}
    # with its options in the query (as sites write it; also lazily, in data-src).
    player = '<iframe height="300" width="400" src="https://www.tiktok.com/player/v1/6718335390845095173?music_info=1&description=1" allow="fullscreen" title="test"></iframe>'
    lazy = '<iframe class="lazyload" data-src="https://www.tiktok.com/player/v1/7589283597429869857?autoplay=1&loop=1"></iframe>'
    [a] = parse(player)
    [b] = parse(lazy)
    assert (a.platform, a.form, a.post_id, a.url, a.author) == (
        "tiktok", "iframe", "6718335390845095173",
        "https://www.tiktok.com/embed/v2/6718335390845095173", None,
    )  # fmt: skip
    # A video id's upper 32 bits are its upload time in seconds.
    assert a.created_at == dt.datetime(2019, 7, 27, 13, 32, 33, tzinfo=dt.timezone.utc)
    assert a.created_at.timestamp() == 6718335390845095173 >> 32
    assert (b.form, b.post_id) == ("iframe", "7589283597429869857")


def test_a_creator_embed_names_the_account() -> None:
    markup = '<blockquote class="tiktok-embed" cite="https://www.tiktok.com/@melonnt" data-unique-id="melonnt" data-embed-type="creator"> <section> <a target="_blank" href="https://www.tiktok.com/@melonnt?refer=creator_embed">@melonnt</a> </section> </blockquote>'
    [video] = parse(markup)
    assert (video.kind, video.post_id, video.author, video.url) == (
        "profile", None, Author(None, "melonnt"), "https://www.tiktok.com/@melonnt"
    )  # fmt: skip


# html2text's text of CODE (widths 78 and 0): the quote of its links, with their
# titles, a URL wrapped over two quoted lines; the video's URL (cite) is gone.
MARKDOWN_78 = (
    '> [@nogood.io](https://www.tiktok.com/@nogood.io?refer=embed "@nogood.io")\n>\n'
    "> just why 😫 [#socialmedia](https://www.tiktok.com/tag/socialmedia?refer=embed\n"
    '> "socialmedia")\n>\n'
    "> [♬ original sound - NoGood](https://www.tiktok.com/music/original-\n"
    '> sound-7380087584116067115?refer=embed "♬ original sound - NoGood")'
)
MARKDOWN_0 = (
    '> [@nogood.io](https://www.tiktok.com/@nogood.io?refer=embed "@nogood.io")\n> \n'
    '> just why 😫 [#socialmedia](https://www.tiktok.com/tag/socialmedia?refer=embed "socialmedia")\n> \n'
    "> [♬ original sound - NoGood](https://www.tiktok.com/music/original-sound-7380087584116067115"
    '?refer=embed "♬ original sound - NoGood")'
)


@pytest.mark.parametrize("block", [MARKDOWN_78, MARKDOWN_0])
def test_the_code_in_html2text_gives_author_caption_and_sound(block: str) -> None:
    text = "She posted:\n\n" + block + "\n\nMore.\n"
    [video] = parse(text)
    assert video == TikTokVideo(
        form="text",
        span=(13, 13 + len(block)),
        post_id=None,
        url=None,
        author=Author(None, "nogood.io"),
        text="just why 😫 #socialmedia",
        hashtags=[Hashtag("socialmedia", 11, 23)],
        sound="original sound - NoGood",  # (html2text writes the code's en dash as "-")
    )


@pytest.mark.parametrize(
    "text",
    [
        # The creator's marked link without the sound's, and inside a sentence.
        '> [@nogood.io](https://www.tiktok.com/@nogood.io?refer=embed "@nogood.io")\n>\n> just why\n',
        "See [@nogood.io](https://www.tiktok.com/@nogood.io?refer=embed) and [♬ a](https://www.tiktok.com/music/a?refer=embed)\n",
    ],
)
def test_other_marked_creator_links_are_links(text: str) -> None:
    assert parse(text) == []


def test_a_photo_post() -> None:
    # TikTok's code for a photo post (photo mode, 2022–) names it /@user/photo/ID in
    # its cite; the id is a video's (its time in its top bits), the page a photo's.
    code = (
        '<blockquote class="tiktok-embed" cite="https://www.tiktok.com/@scout2015/photo/7283927375735319830" '
        'data-video-id="7283927375735319830" style="max-width: 605px;min-width: 325px;" > <section> '
        '<a target="_blank" title="@scout2015" href="https://www.tiktok.com/@scout2015?refer=embed">@scout2015</a> '
        "Scramble up ur name &#38; I’ll try to guess it😍❤️ "
        '<a title="foryoupage" target="_blank" href="https://www.tiktok.com/tag/foryoupage?refer=embed">#foryoupage</a> '
        '<a target="_blank" title="♬ original sound - tiff" href="https://www.tiktok.com/music/original-sound-6689804660171082501?refer=embed">'
        "♬ original sound - tiff</a> </section> </blockquote>"
    )
    url = "https://www.tiktok.com/@scout2015/photo/7283927375735319830"
    [post] = parse(code)
    assert (post.kind, post.post_id, post.url, post.author, post.sound) == (
        "photo", "7283927375735319830", url, Author(None, "scout2015"), "original sound - tiff"
    )  # fmt: skip
    # (7283927375735319830 >> 32 = 1695921499 s.)
    assert post.created_at == dt.datetime(2023, 9, 28, 17, 18, 19, tzinfo=dt.timezone.utc)
    assert post.text == "Scramble up ur name & I’ll try to guess it😍❤️ #foryoupage"
    # Its URL alone on its line.
    [bare] = parse(f"<p>See:</p>\n<p>{url}</p>")
    assert (bare.kind, bare.form, bare.post_id, bare.url) == (
        "photo",
        "url",
        "7283927375735319830",
        url,
    )
