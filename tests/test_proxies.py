"""Posts embedded through an embed service: Embedly, Iframely, Drupal's oEmbed iframe.

The markup follows each service's documented embed code: Embedly's
``cdn.embedly.com/widgets/media.html?src=…&url=…&schema=…`` iframe (the URL of the
playlist case is yt-dlp's own test URL for Embedly, extractor/embedly.py), Iframely's
``cdn.iframe.ly/api/iframe?url=`` iframe and ``<a data-iframely-url>`` placeholder
(iframely.com/docs/iframely-api and its embed.js), and the iframe Drupal core's
oEmbed formatter renders (core/modules/media, OEmbedFormatter: ``/media/oembed?url=…
&max_width=0&max_height=0&hash=…``, class ``media-oembed-content``).
"""

from __future__ import annotations

import pytest

from tweetembed import parse

TWEET = "https://twitter.com/NASA/status/1370827335461826566"
EMBEDLY_TWEET = (
    '<iframe class="embedly-embed" src="https://cdn.embedly.com/widgets/media.html?type=text%2Fhtml'
    "&key=a19fcc184b9711e1b4764040d3dc5c07&schema=twitter"
    '&url=https%3A//twitter.com/NASA/status/1370827335461826566&image=https%3A//i.embed.ly/1/x"'
    ' width="500" height="281" scrolling="no" title="Twitter embed" frameborder="0"'
    ' allow="autoplay; fullscreen" allowfullscreen="true"></iframe>'
)
IFRAMELY_TWEET = (
    '<a href="https://x.com/NASA/status/1370827335461826566"'
    ' data-iframely-url="//cdn.iframe.ly/api/iframe?url=https%3A%2F%2Fx.com%2FNASA%2Fstatus'
    '%2F1370827335461826566&key=abc"></a>'
)
DRUPAL_TWEET = (
    '<iframe src="/media/oembed?url=https%3A//twitter.com/NASA/status/1370827335461826566'
    '&amp;max_width=0&amp;max_height=0&amp;hash=Fp1bN" frameborder="0" scrolling="no"'
    ' allowtransparency width="550" height="600" class="media-oembed-content"'
    ' title="NASA on Twitter"></iframe>'
)


@pytest.mark.parametrize(
    ("markup", "form"),
    [(EMBEDLY_TWEET, "iframe"), (IFRAMELY_TWEET, "element"), (DRUPAL_TWEET, "iframe")],
)
def test_a_tweet_through_an_embed_service(markup: str, form: str) -> None:
    page = f"<p>Before.</p><figure>{markup}</figure><p>After.</p>"
    [tweet] = parse(page)
    assert (tweet.platform, tweet.kind, tweet.form, tweet.escaped) == (
        "twitter",
        "tweet",
        form,
        None,
    )
    assert (tweet.status_id, tweet.url) == ("1370827335461826566", TWEET)
    assert page[slice(*tweet.span)] == markup
    assert (tweet.author, tweet.text, tweet.date) == (None, "", None)


def test_iframelys_placeholder_with_a_short_id_names_the_post_in_its_link() -> None:
    markup = '<a href="https://x.com/NASA/status/1370827335461826566" data-iframely-url="//cdn.iframe.ly/3Dsr9Oc"></a>'
    [tweet] = parse(
        f'<div class="iframely-embed"><div class="iframely-responsive">{markup}</div></div>'
    )
    assert (tweet.form, tweet.status_id, tweet.url) == ("element", "1370827335461826566", TWEET)


def test_youtube_through_embedly_drupal_and_iframely() -> None:
    embedly = (
        '<iframe class="embedly-embed" src="https://cdn.embedly.com/widgets/media.html?src='
        "http%3A%2F%2Fwww.youtube.com%2Fembed%2Fvideoseries%3Flist%3DUUGLim4T2loE5rwCMdpCIPVg"
        "&url=https%3A%2F%2Fwww.youtube.com%2Fwatch%3Fv%3DSU4fj_aEMVw%26list%3DUUGLim4T2loE5rwCMdpCIPVg"
        "&image=http%3A%2F%2Fi.ytimg.com%2Fvi%2FSU4fj_aEMVw%2Fhqdefault.jpg"
        '&key=8ee8a2e6a8cc47aab1a5ee67f9a178e0&type=text%2Fhtml&schema=youtube&autoplay=1"'
        ' title="Rock climbing"></iframe>'
    )
    drupal = (
        '<iframe data-src="https://example.org/media/oembed?url=https%3A//youtu.be/1-g73ty9v04'
        '%3Ft%3D90&amp;max_width=0&amp;max_height=0&amp;hash=abc" width="459" height="344"'
        ' class="media-oembed-content" loading="eager" title="Energy, let\'s save it!"></iframe>'
    )
    iframely = (
        '<iframe src="https://cdn.iframe.ly/api/iframe?url=https%3A%2F%2Fwww.youtube.com%2Fshorts'
        '%2Fx2Gf04W_ff8&key=abc" allowfullscreen></iframe>'
    )
    videos = parse(f"<p>a</p>{embedly}<p>b</p>{drupal}<p>c</p>{iframely}")
    assert [(v.platform, v.form, v.post_id, v.playlist_id, v.start, v.title) for v in videos] == [
        ("youtube", "iframe", "SU4fj_aEMVw", "UUGLim4T2loE5rwCMdpCIPVg", None, "Rock climbing"),
        ("youtube", "iframe", "1-g73ty9v04", None, 90, "Energy, let's save it!"),
        ("youtube", "iframe", "x2Gf04W_ff8", None, None, None),
    ]
    assert [v.url for v in videos] == [
        "https://www.youtube.com/watch?v=SU4fj_aEMVw&list=UUGLim4T2loE5rwCMdpCIPVg",
        "https://www.youtube.com/watch?v=1-g73ty9v04",
        "https://www.youtube.com/watch?v=x2Gf04W_ff8",
    ]


def test_instagram_through_a_service() -> None:
    page = (
        '<iframe class="embedly-embed" src="//cdn.embedly.com/widgets/media.html?url='
        'https%3A%2F%2Fwww.instagram.com%2Freel%2FC1a2B3c4D5e%2F&type=text%2Fhtml&schema=instagram">'
        '</iframe><div class="iframely-embed"><a href="https://www.instagram.com/p/B8pT40EBjoK/"'
        ' data-iframely-url="//cdn.iframe.ly/api/iframe?url=https%3A%2F%2Fwww.instagram.com%2Fp%2F'
        'B8pT40EBjoK%2F&key=abc"></a></div>'
    )
    posts = parse(page)
    assert [(p.platform, p.kind, p.form, p.post_id, p.url) for p in posts] == [
        (
            "instagram",
            "reel",
            "iframe",
            "C1a2B3c4D5e",
            "https://www.instagram.com/reel/C1a2B3c4D5e/",
        ),
        ("instagram", "post", "element", "B8pT40EBjoK", "https://www.instagram.com/p/B8pT40EBjoK/"),
    ]


def test_a_service_embed_copied_into_json_is_an_escaped_copy() -> None:
    copy = DRUPAL_TWEET.replace("/", "\\/").replace('"', '\\"')
    [tweet] = parse(f'<script>window.__DATA__ = {{"body": "{copy}"}};</script>')
    assert (tweet.escaped, tweet.form, tweet.status_id) == ("json", "iframe", "1370827335461826566")


@pytest.mark.parametrize(
    "markup",
    [
        # A provider no platform here reads.
        '<iframe src="https://cdn.embedly.com/widgets/media.html?url=https%3A%2F%2Fvimeo.com'
        '%2F76979871&schema=vimeo"></iframe>',
        # A service's script, and a link to its site: no post named.
        '<script async src="//cdn.iframe.ly/embed.js" charset="utf-8"></script>',
        '<a href="https://iframe.ly/">Iframely</a> and <a href="https://embed.ly/">Embedly</a>',
        # A site whose links look like a Mastodon server's, with no status id.
        '<iframe src="https://cdn.embedly.com/widgets/media.html?url=https%3A%2F%2Fmedium.com'
        '%2F%40user%2F12345-a-title"></iframe>',
        # A Twitter profile, not a post.
        '<iframe src="/media/oembed?url=https%3A//twitter.com/NASA&amp;hash=a"></iframe>',
    ],
)
def test_what_names_no_post_is_no_embed(markup: str) -> None:
    assert parse(markup) == []


_EMBEDLY = '<iframe class="embedly-embed" src="https://cdn.embedly.com/widgets/media.html?url={}&type=text%2Fhtml"></iframe>'
_DRUPAL = '<iframe src="/media/oembed?url={}&amp;max_width=0&amp;hash=x" class="media-oembed-content"></iframe>'


@pytest.mark.parametrize(
    ("encoded", "platform", "kind", "post_id", "url"),
    [
        (
            "https%3A%2F%2Fwww.tiktok.com%2F%40scout2015%2Fvideo%2F6718335390845095173",
            "tiktok", "video", "6718335390845095173",
            "https://www.tiktok.com/@scout2015/video/6718335390845095173",
        ),
        (
            "https%3A%2F%2Fwww.facebook.com%2F20531316728%2Fposts%2F10154009990506729%2F",
            "facebook", "post", "https://www.facebook.com/20531316728/posts/10154009990506729/",
            "https://www.facebook.com/20531316728/posts/10154009990506729/",
        ),
        (
            "https%3A%2F%2Fwww.facebook.com%2Ffacebook%2Fvideos%2F10153231379946729%2F",
            "facebook", "video", "https://www.facebook.com/facebook/videos/10153231379946729/",
            "https://www.facebook.com/facebook/videos/10153231379946729/",
        ),
        (
            "https%3A%2F%2Fbsky.app%2Fprofile%2Fbsky.app%2Fpost%2F3lbq7mxsiek2v",
            "bluesky", "post", "at://bsky.app/app.bsky.feed.post/3lbq7mxsiek2v",
            "https://bsky.app/profile/bsky.app/post/3lbq7mxsiek2v",
        ),
        (
            "https%3A%2F%2Fwww.threads.net%2F%40zuck%2Fpost%2FCuP48CiS5sx",
            "threads", "post", "CuP48CiS5sx", "https://www.threads.net/@zuck/post/CuP48CiS5sx",
        ),
        (
            "https%3A%2F%2Fwww.reddit.com%2Fr%2Faww%2Fcomments%2F90bu6w%2Fheat_index%2F",
            "reddit", "post", "90bu6w", "https://www.reddit.com/r/aww/comments/90bu6w/",
        ),
        (
            "https%3A%2F%2Fmastodon.social%2F%40Gargron%2F114505776215440277",
            "mastodon", "post", "114505776215440277",
            "https://mastodon.social/@Gargron/114505776215440277",
        ),
        ("https%3A%2F%2Ft.me%2Fdurov%2F43", "telegram", "post", "durov/43", "https://t.me/durov/43"),
        (
            "https%3A%2F%2Fwww.linkedin.com%2Fposts%2Fsatyanadella_ai-activity-7024395364539248640-AbCd",
            "linkedin", "post", "urn:li:activity:7024395364539248640",
            "https://www.linkedin.com/feed/update/urn:li:activity:7024395364539248640/",
        ),
    ],
)  # fmt: skip
def test_the_other_platforms_through_a_service(
    encoded: str, platform: str, kind: str, post_id: str, url: str
) -> None:
    page = _EMBEDLY.format(encoded) + "<p>and</p>" + _DRUPAL.format(encoded)
    found = parse(page)
    assert [(e.platform, e.kind, e.form, e.post_id, e.url) for e in found] == [
        (platform, kind, "iframe", post_id, url),
    ] * 2


def test_ckeditors_oembed_element() -> None:
    # CKEditor 5's media embed as saved (ckeditor5-media-embed, "semantic" output), with
    # the example URLs of its documentation.
    page = "".join(
        f'<figure class="media"><oembed url="{url}"></oembed></figure>'
        for url in (
            "https://twitter.com/NASA/status/1370827335461826566",
            "https://www.youtube.com/watch?v=H08tGjXNHO4",
            "https://www.instagram.com/p/BmMZgokAGGQ/?taken-by=nasa",
            "https://open.spotify.com/album/2IXlgvecaDqOeF3viUZnPI?si=ogVw7KlcQAGZKK4Jz9QzvA",
        )
    )
    assert [(e.platform, e.form, e.post_id, e.url) for e in parse(page)] == [
        ("twitter", "element", "1370827335461826566", TWEET),
        ("youtube", "element", "H08tGjXNHO4", "https://www.youtube.com/watch?v=H08tGjXNHO4"),
        ("instagram", "element", "BmMZgokAGGQ", "https://www.instagram.com/p/BmMZgokAGGQ/"),
    ]


def test_a_pages_oembed_discovery_link_is_no_embed() -> None:
    assert (
        parse(
            '<link rel="alternate" type="application/json+oembed" href="https://news.example/'
            'wp-json/oembed/1.0/embed?url=https%3A%2F%2Fnews.example%2Fa%2F">'
        )
        == []
    )


def test_the_discovery_link_of_every_wordpress_page_holds_no_needle() -> None:
    # A page without embeds must not be decoded and located for its oEmbed discovery
    # link (most WordPress pages carry one): no needle of any platform is in it.
    from tweetembed import platforms
    from tweetembed.locate import byte_hits

    names = tuple(platforms.PLATFORMS)
    head = (
        b'<link rel="alternate" type="application/json+oembed" href="https://news.example/'
        b'wp-json/oembed/1.0/embed?url=https%3A%2F%2Fnews.example%2Fa%2F">'
        b'<link rel="alternate" type="text/xml+oembed" href="https://news.example/wp-json/'
        b'oembed/1.0/embed?url=https%3A%2F%2Fnews.example%2Fa%2F&#038;format=xml">'
    )
    assert list(byte_hits(head, platforms.markers(names), platforms.gates(names))) == []


# s9e's MediaEmbed: its sites' iframe templates (s9e/TextFormatter,
# src/Plugins/MediaEmbed/Configurator/sites/*.xml), and the lazy span a XenForo forum
# wrote for a tweet (Murrough-Foley's web-content-extraction-benchmark, dev/html/0523.html).
S9E_LAZY_TWEET = (
    '<span data-s9e-mediaembed="twitter" style="height:350px;width:550px" '
    'data-s9e-mediaembed-iframe=\'["data-s9e-mediaembed","twitter","allow","autoplay *",'
    '"allowfullscreen","","scrolling","no","style","height:350px;width:550px",'
    '"data-s9e-mediaembed-api","2","src","https:\\/\\/s9e.github.io\\/iframe\\/2\\/'
    "twitter.min.html#1807756970734113149#theme=auto\"]'></span>"
)


@pytest.mark.parametrize(
    ("markup", "platform", "form", "post_id", "url"),
    [
        (
            '<iframe data-s9e-mediaembed="twitter" allow="autoplay *" width="550" height="350" '
            'src="https://s9e.github.io/iframe/2/twitter.min.html#1807756970734113149#theme=auto">'
            "</iframe>",
            "twitter",
            "iframe",
            "1807756970734113149",
            "https://twitter.com/i/web/status/1807756970734113149",
        ),
        (
            S9E_LAZY_TWEET,
            "twitter",
            "element",
            "1807756970734113149",
            "https://twitter.com/i/web/status/1807756970734113149",
        ),
        (
            '<iframe data-s9e-mediaembed="instagram" width="542" height="542" '
            'src="https://s9e.github.io/iframe/2/instagram.min.html#Ci22crtrcRL"></iframe>',
            "instagram",
            "iframe",
            "Ci22crtrcRL",
            "https://www.instagram.com/p/Ci22crtrcRL/",
        ),
        (
            '<iframe data-s9e-mediaembed="tiktok" width="325" height="740" '
            'src="https://s9e.github.io/iframe/2/tiktok.min.html#7326981559003778347"></iframe>',
            "tiktok",
            "iframe",
            "7326981559003778347",
            "https://www.tiktok.com/embed/v2/7326981559003778347",
        ),
        (
            '<iframe data-s9e-mediaembed="telegram" width="500" height="96" '
            'src="https://s9e.github.io/iframe/2/telegram.min.html#durov/43"></iframe>',
            "telegram",
            "iframe",
            "durov/43",
            "https://t.me/durov/43",
        ),
    ],
)
def test_s9e_media_embed_names_the_post_in_its_fragment(
    markup: str, platform: str, form: str, post_id: str, url: str
) -> None:
    [post] = parse(markup)
    assert (post.platform, post.form, post.escaped, post.post_id, post.url, post.span) == (
        platform,
        form,
        None,
        post_id,
        url,
        (0, len(markup)),
    )


def test_s9e_sites_this_library_does_not_read_give_nothing() -> None:
    # (A podcast's iframe, and a fragment that is no post.)
    assert (
        parse('<iframe src="https://s9e.github.io/iframe/2/audioboom.min.html#123"></iframe>') == []
    )
    assert parse('<iframe src="https://s9e.github.io/iframe/2/twitter.min.html#"></iframe>') == []


def test_an_s9e_array_nested_past_the_decoders_depth_is_no_embed_and_no_error() -> None:
    nested = "[" * 1100 + '"src","https:\\/\\/s9e.github.io\\/iframe\\/2\\/twitter.min.html#1"'
    assert parse(f"<span data-s9e-mediaembed-iframe='{nested}{']' * 1100}'></span>") == []
