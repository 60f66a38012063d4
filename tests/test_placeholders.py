"""Placeholders a site's script turns into the embed (platforms/_placeholders.py): an
empty element naming the post in a data attribute, directly or as an endpoint's
``url`` parameter. The real ones are from news pages of flairNLP/fundus's test data
(tests/resources/parser/test_data/), cut to the element and its neighbours."""

from __future__ import annotations

import html
import json
from urllib.parse import quote

import pytest

from tweetembed import Embed, parse
from tweetembed.locate import byte_hits
from tweetembed.platforms import PLATFORMS, gates, markers

from posts import posts_of

# it/CorriereDellaSera_2025_02_04: the CMS's div, a space before the URL in one.
CORRIERE = (
    '<p>dall\'aeroporto di Palm Beach.</p></div><div data-trklast="twitter">\n'
    '    <div class="rcs_social-embed" data-newspaper="corriere" data-social-embedded="twitter" '
    'data-href=" https://x.com/JenniferJJacobs/status/1875715427697139961" '
    'style="min-height:200px"></div>\n  </div><div class="content  ">'
)
# de/NTV_2023_04_28: the oEmbed endpoint the script will ask.
NTV = (
    '<div class="extcontent extcontent--instagram"> <div data-extcontent_type="instagram" '
    'data-extcontent_url="https://graph.facebook.com/v8.0/instagram_oembed?url='
    'https://www.instagram.com/p/Cjc7wvjIg0m/"></div> </div><p> Es ist einerlei</p>'
)
# de/DieWelt_2024_08_27: a skeleton of empty divs while the embed loads; the URL is
# also in a JSON script before it (a copy, not a second embed).
WELT = (
    '<div class="u-inline-element"><script type="application/json" data-internal-ref="O-1">'
    '{"url":"https://x.com/Freddy2805/status/1828173076682383463"}</script>'
    '<div data-component="OEmbed" data-internal-id="O-1"><div class="c-oembed is-fallback" '
    'data-oembed-url="https://x.com/Freddy2805/status/1828173076682383463">'
    '<div class="c-oembed__skeleton"><div class="c-skeleton"><div class="c-skeleton__header">'
    '<div class="c-skeleton__header-img"></div><h3><div class="is-fading"></div></h3></div>'
    "</div></div></div></div></div><p>Voigt sagte</p>"
)

# BBC Newsbeat's screenshot of a tweet, loaded by its script from an image proxy that
# holds the post's URL in its path (scrapinghub/article-extraction-benchmark,
# html/70cb2d5bca75ab5a8f6bb378a38a52f882f6bda5.html.gz).
BBC = (
    '<a class="embed-original-post-link" href="https://twitter.com/AOC/status/1195458854617862144?s=20">\n'
    '<span class="image-and-copyright-container">\n<div class="js-delayed-image-load" '
    'data-alt="Twitter post by @AOC: Private equity groups’ predatory practices actively hurt millions." '
    'data-src="https://ichef.bbci.co.uk/news/1024/socialembed/https://twitter.com/AOC/status/'
    '1195458854617862144?s=20~/news/newsbeat-50470672" data-width="465" data-height="628"></div>\n'
    '<span class="off-screen">Image Copyright @AOC</span></span></a>'
)


@pytest.mark.parametrize(
    ("page", "platform", "post_id", "url"),
    [
        (CORRIERE, "twitter", "1875715427697139961",
         "https://twitter.com/JenniferJJacobs/status/1875715427697139961"),
        (NTV, "instagram", "Cjc7wvjIg0m", "https://www.instagram.com/p/Cjc7wvjIg0m/"),
        (WELT, "twitter", "1828173076682383463",
         "https://twitter.com/Freddy2805/status/1828173076682383463"),
        (BBC, "twitter", "1195458854617862144",
         "https://twitter.com/AOC/status/1195458854617862144"),
    ],
)  # fmt: skip
def test_real_placeholders(page: str, platform: str, post_id: str, url: str) -> None:
    [embed] = parse(page)
    assert (embed.platform, embed.form, embed.escaped, embed.post_id, embed.url) == (
        platform, "url", None, post_id, url,
    )  # fmt: skip
    region = page[slice(*embed.span)]
    assert region.startswith("<div ") and region.endswith("</div>")
    # Nothing more than the post's URL alone on its line gives.
    assert _fields(embed) == _fields(parse(f"<p>{url}</p>")[0])


# (Facebook's placeholder is the SDK's own <div data-href>, read by its element marker:
# facebook.com/ is on nearly every page, and a scan shape at each would cost them.)
@pytest.mark.parametrize(("url", "platform", "post_id"), posts_of(but=("facebook",)))
def test_every_platforms_post_named_directly_or_by_an_endpoint(
    url: str, platform: str, post_id: str
) -> None:
    for attribute in (
        f'data-oembed-url="{url}"',
        f'data-source="https://example.com/api/oembed?format=json&amp;url={quote(url, safe="")}"',
    ):
        page = f"<p>Before.</p><figure {attribute}><span>Loading…</span></figure><p>After.</p>"
        [embed] = parse(page)
        assert (embed.platform, embed.form, embed.post_id) == (platform, "url", post_id), page
        assert page[slice(*embed.span)].startswith("<figure ")
        assert _fields(embed) == _fields(parse(f"<p>{url}</p>")[0])


def _fields(embed: Embed) -> dict[str, object]:
    return {k: v for k, v in embed.to_dict().items() if k != "span"}


_STATUS = "https://twitter.com/NASA/status/1370827335461826566"


@pytest.mark.parametrize(
    "page",
    [
        # A link's data attribute, and a link's target: links, not placeholders.
        f'<p>See <a data-url="{_STATUS}" href="{_STATUS}">this</a>.</p>',
        # An element that holds the article, not a note.
        f'<div data-url="{_STATUS}"><p>{"Words of the article. " * 20}</p></div>',
        # A copy in a script, and one in a template string's JSON.
        f"<script>var s = '<div data-href=\"{_STATUS}\"></div>';</script>",
        f'{{"html": "<div data-href=\\"{_STATUS}\\"></div>"}}',
        # No end tag within reach.
        f'<div data-href="{_STATUS}">' + "<span>x</span>" * 400,
        # A share button's data attribute names the article, not a post.
        '<div class="share" data-url="https://example.com/news/a"></div>',
    ],
)
def test_what_is_no_placeholder(page: str) -> None:
    assert [(e.form, e.escaped) for e in parse(page) if e.escaped is None] == []


def test_a_loaders_own_urls_before_the_posts_are_passed_over() -> None:
    page = (
        '<div data-script="https://platform.twitter.com/widgets.js" data-poster="https://e.com/a.jpg?w=1" '
        f'data-href="{_STATUS}"></div>'
    )
    [embed] = parse(page)
    assert (embed.form, embed.post_id) == ("url", "1370827335461826566")


def test_a_wrapper_around_the_live_code_gives_the_code_once() -> None:
    # The wrapper names the post too; the blockquote inside is the embed, read whole.
    page = (
        f'<div class="embed" data-embed-url="{_STATUS}"><blockquote class="twitter-tweet">'
        '<p lang="en" dir="ltr">Hello world</p>&mdash; NASA (@NASA) '
        f'<a href="{_STATUS}">March 13, 2021</a></blockquote></div>'
    )
    [embed] = parse(page)
    assert (embed.form, embed.post_id, embed.text) == (
        "blockquote", "1370827335461826566", "Hello world",
    )  # fmt: skip


def test_a_status_link_of_an_anchor_leaves_the_page_undecoded() -> None:
    # The scan shape turns away "/status" in an <a>'s data attribute or in an href.
    page = f'<p><a data-url="{_STATUS}" href="{_STATUS}">x</a></p>'.encode()
    assert not byte_hits(page, markers(PLATFORMS), gates(PLATFORMS))


# Condé Nast's consent banner in a tweet's place (www.wired.com, postlight/parser's
# fixtures): the post named only by the banner's one link; its CMS writes Markdown
# escapes into URLs (ESA\_Rosetta).
_BANNER = (
    '<div aria-label="social media post" class="TwitterEmbedContainer-kxqmQo iqfyew">'
    ' <div class="MessageBannerWrapper-fxHHQZ juwias ConsentBannerWrapper-fjhTDA dnUhDa"'
    ' data-testid="message-banner"> <div class="BaseWrap-sc-UABmB BaseText-fETRLB'
    ' MessageBannerContent-gbOyDT hkSZSE jvVExK gPHDfG"> <h4 class="ConsentBannerTitle-gQXSfz'
    ' dxOYDA">{title}</h4> <p>This content can also be viewed on the site it <a href="{url}"'
    ' target="_blank" rel="nofollow noreferrer" class="BaseWrap-sc-UABmB BaseText-fETRLB'
    ' BaseLink-hawaGs ConsentBannerLink-gnxXBr hkSZSE jvVExK dqeVDD">originates</a> from.</p>'
    " </div> </div> </div>"
)


@pytest.mark.parametrize(
    ("title", "href", "platform", "post_id", "url"),
    [
        (
            "Twitter content", "https://twitter.com/Philae2014/status/532451193537445888",
            "twitter", "532451193537445888", "https://twitter.com/Philae2014/status/532451193537445888",
        ),
        (
            "Twitter content", "https://twitter.com/ESA\\_Rosetta/status/532496644231942144",
            "twitter", "532496644231942144", "https://twitter.com/ESA_Rosetta/status/532496644231942144",
        ),
        (
            "Instagram content", "https://www.instagram.com/p/B8pT40EBjoK/",
            "instagram", "B8pT40EBjoK", "https://www.instagram.com/p/B8pT40EBjoK/",
        ),
        # An iframe's banner names the player (wired.jp's names Vimeo's).
        (
            "Content", "https://www.youtube.com/embed/x2Gf04W_ff8?dnt=1",
            "youtube", "x2Gf04W_ff8", "https://www.youtube.com/watch?v=x2Gf04W_ff8",
        ),
    ],
)  # fmt: skip
def test_conde_nasts_consent_banner(
    title: str, href: str, platform: str, post_id: str, url: str
) -> None:
    markup = _BANNER.format(title=title, url=href)
    page = f"<p>Before.</p>{markup}<p>After.</p>"
    [embed] = parse(page)
    assert (embed.platform, embed.form, embed.escaped, embed.post_id, embed.url) == (
        platform, "url", None, post_id, url,
    )  # fmt: skip
    banner = markup[markup.index('<div class="MessageBannerWrapper') : -len(" </div>")]
    assert page[slice(*embed.span)] == banner


@pytest.mark.parametrize(
    "page",
    [
        # A banner naming what no platform posts (wired.jp's Vimeo player).
        _BANNER.format(title="Content", url="https://player.vimeo.com/video/325917208?dnt=1"),
        # Two links: not a banner standing in for one post.
        _BANNER.format(title="Twitter content", url="https://twitter.com/a/status/1").replace(
            "from.</p>", 'from. <a href="https://twitter.com/b/status/2">b</a></p>'
        ),
        # The site's strings for its banners, in a script.
        '<script>{"BizzaboEmbed.ConsentBannerHeader":[{"value":"Bizzabo content"}],'
        '"x":"https://twitter.com/a/status/1"}</script>',
    ],
)
def test_what_is_no_consent_banner(page: str) -> None:
    assert parse(page) == []


def _embed_privacy(provider: str, title: str, url: str | None, code: str) -> str:
    """Embed Privacy's overlay as its template writes it (epiphyt/embed-privacy,
    inc/embed/class-template.php): a consent note, a footer linking the post where
    the embed's URL is known, and the embed code in a script, entity-escaped in a JSON
    string (``addslashes(wp_json_encode(['embed' => htmlentities($output)]))``)."""
    digest = "0123456789abcdef0123456789abcdef"
    name = provider.lower()
    payload = json.dumps({"embed": html.escape(code, quote=True)}, separators=(",", ":"))
    script = payload.replace("/", "\\/").replace("\\", "\\\\").replace('"', '\\"')
    footer = (
        f'<div class="embed-privacy-footer"><span class="embed-privacy-url"><a href="{url}">'
        f"Open &#8220;{title}&#8221; directly</a></span></div>\n"
        if url
        else ""
    )
    return (
        f'<div class="embed-privacy-container is-disabled embed-{name}" '
        f'data-embed-id="oembed_{digest}" data-embed-provider="{name}">\n'
        '<button type="button" class="embed-privacy-enable screen-reader-text">'
        f"Display &#8220;{title}&#8221; from {provider}</button>\n"
        '<div class="embed-privacy-overlay">\n<div class="embed-privacy-inner">\n'
        f"<p>\nClick here to display content from {provider}.\n<br>\nLearn more in "
        f'<a href="https://policies.google.com/privacy" target="_blank">{provider}’s privacy '
        "policy</a>.\n</p>\n"
        '<p class="embed-privacy-input-wrapper">\n<input type="checkbox" value="1" '
        f'class="embed-privacy-input" data-embed-provider="{name}">\n<label '
        f'class="embed-privacy-label">Always display content from {provider}</label>\n</p>\n'
        f"</div>\n{footer}</div>\n"
        f"<div class=\"embed-privacy-content\">\n<script>var _oembed_{digest} = '{script}';"
        "</script>\n</div>\n</div>"
    )


@pytest.mark.parametrize(
    ("provider", "url", "code", "platform", "post_id"),
    [
        (
            "YouTube",
            "https://www.youtube.com/watch?v=XNbc2HhL7J4",
            '<iframe title="Claude Cowork" width="500" height="281" src="https://www.youtube-'
            'nocookie.com/embed/XNbc2HhL7J4?feature=oembed" frameborder="0" allowfullscreen>'
            "</iframe>",
            "youtube",
            "XNbc2HhL7J4",
        ),
        (
            "X",
            "https://twitter.com/NASA/status/1370827335461826566",
            '<blockquote class="twitter-tweet"><p lang="en" dir="ltr">Hi</p>&mdash; NASA (@NASA) '
            '<a href="https://twitter.com/NASA/status/1370827335461826566">March 13, 2021</a>'
            "</blockquote>",
            "twitter",
            "1370827335461826566",
        ),
    ],
)
def test_embed_privacys_overlay_is_the_post_its_footer_links(
    provider: str, url: str, code: str, platform: str, post_id: str
) -> None:
    overlay = _embed_privacy(provider, "Its title", url, code)
    page = f"<p>Before.</p>{overlay}<p>After.</p>"
    start = page.index(overlay)
    assert [(e.platform, e.form, e.escaped, e.post_id, e.span) for e in parse(page)] == [
        (platform, "url", None, post_id, (start, start + len(overlay)))
    ]


def test_embed_privacys_overlay_without_a_link_and_its_style_sheet_are_no_embed() -> None:
    code = '<iframe src="https://www.youtube-nocookie.com/embed/XNbc2HhL7J4"></iframe>'
    overlay = _embed_privacy("YouTube", "Its title", None, code)
    style = "<style>.embed-privacy-container{position:relative}</style>"
    assert parse(style + overlay) == []


def test_settings_nested_past_the_decoders_depth_are_no_embed_and_no_error() -> None:
    settings = (
        '{"youtube_url":"https:\\/\\/www.youtube.com\\/watch?v=kexiKp1W2FY","a":'
        + "[" * 1100
        + "]" * 1100
        + "}"
    )
    assert parse(f'<div data-settings="{html.escape(settings)}"></div>') == []
