"""Posts left as their URL in a WordPress embed block (platforms/_url_blocks.py).

The block is WordPress's own serialisation of core/embed (wp-includes/blocks/embed:
``<figure class="wp-block-embed is-type-rich is-provider-instagram wp-block-embed-instagram">
<div class="wp-block-embed__wrapper">URL</div></figure>``); where the provider's
oEmbed fails (Instagram and Facebook without a token, since WordPress 5.5.1) the page
keeps the URL, as text or linked by the embed handler.
"""

from __future__ import annotations

import pytest

from tweetembed import parse

from posts import posts_of


def _block(provider: str, content: str) -> str:
    return (
        f'<figure class="wp-block-embed is-type-rich is-provider-{provider} '
        f'wp-block-embed-{provider}"><div class="wp-block-embed__wrapper">\n'
        f"{content}\n</div></figure>"
    )


@pytest.mark.parametrize(
    ("provider", "content", "platform", "kind", "post_id", "url"),
    [
        (
            "instagram", "https://www.instagram.com/p/CeVvHCUs0Zp/",
            "instagram", "post", "CeVvHCUs0Zp", "https://www.instagram.com/p/CeVvHCUs0Zp/",
        ),
        (
            "instagram",
            '<a href="https://www.instagram.com/reel/CeVvHCUs0Zp/">'
            "https://www.instagram.com/reel/CeVvHCUs0Zp/</a>",
            "instagram", "reel", "CeVvHCUs0Zp", "https://www.instagram.com/reel/CeVvHCUs0Zp/",
        ),
        (
            "facebook", "https://www.facebook.com/20531316728/posts/10154009990506729/",
            "facebook", "post", "https://www.facebook.com/20531316728/posts/10154009990506729/",
            "https://www.facebook.com/20531316728/posts/10154009990506729/",
        ),
        (
            "facebook", "https://www.facebook.com/watch/?v=10153231379946729",
            "facebook", "video", "https://www.facebook.com/watch/?v=10153231379946729",
            "https://www.facebook.com/watch/?v=10153231379946729",
        ),
        (
            "twitter",
            '<a href="https://twitter.com/NASA/status/1370827335461826566">'
            "https://twitter.com/NASA/status/1370827335461826566</a>",
            "twitter", "tweet", "1370827335461826566",
            "https://twitter.com/NASA/status/1370827335461826566",
        ),
        (
            "youtube", "https://www.youtube.com/watch?v=x2Gf04W_ff8",
            "youtube", "video", "x2Gf04W_ff8", "https://www.youtube.com/watch?v=x2Gf04W_ff8",
        ),
        (
            "tiktok", "https://www.tiktok.com/@scout2015/video/6718335390845095173",
            "tiktok", "video", "6718335390845095173",
            "https://www.tiktok.com/@scout2015/video/6718335390845095173",
        ),
    ],
)  # fmt: skip
def test_a_post_left_as_its_url(
    provider: str, content: str, platform: str, kind: str, post_id: str, url: str
) -> None:
    page = f"<p>Before.</p>{_block(provider, content)}<p>After.</p>"
    [embed] = parse(page)
    assert (embed.platform, embed.kind, embed.form, embed.escaped) == (platform, kind, "url", None)
    assert (embed.post_id, embed.url) == (post_id, url)
    bare = content.split(">")[1].split("<")[0] if "<a" in content else content
    assert page[slice(*embed.span)] == bare


def test_a_rendered_block_is_read_by_what_it_holds() -> None:
    # The provider's embed code in place of the URL: read as that, once.
    page = _block(
        "youtube",
        '<iframe title="A" src="https://www.youtube.com/embed/x2Gf04W_ff8?feature=oembed"></iframe>',
    )
    assert [(e.platform, e.form, e.post_id) for e in parse(page)] == [
        ("youtube", "iframe", "x2Gf04W_ff8")
    ]


@pytest.mark.parametrize(
    ("url", "platform", "post_id"),
    posts_of("threads", "bluesky", "reddit", "mastodon", "telegram", "linkedin"),
)
def test_the_other_platforms_left_as_their_url(url: str, platform: str, post_id: str) -> None:
    # A generic embed block (no provider class): the URL alone still names the post.
    page = f'<figure class="wp-block-embed"><div class="wp-block-embed__wrapper">\n{url}\n</div></figure>'
    [embed] = parse(page)
    assert (embed.platform, embed.form, embed.post_id, embed.escaped) == (
        platform,
        "url",
        post_id,
        None,
    )


def test_a_minified_block_on_one_line() -> None:
    # Minified pages put the wrapper, the URL and the end tags on one line: no URL alone
    # on its line is left for Twitter's bare-URL form, the block still tells.
    page = (
        '<p>a</p><figure class="wp-block-embed is-provider-twitter"><div class="wp-block-embed__wrapper">'
        "https://twitter.com/NASA/status/1370827335461826566</div></figure><p>b</p>"
    )
    [tweet] = parse(page)
    assert (tweet.form, tweet.status_id) == ("url", "1370827335461826566")
    assert page[slice(*tweet.span)] == "https://twitter.com/NASA/status/1370827335461826566"


@pytest.mark.parametrize(
    "page",
    [
        # More than the URL in the wrapper: prose with a link in it, not an embed.
        _block("instagram", "See https://www.instagram.com/p/CeVvHCUs0Zp/ for more"),
        # A link to a profile, not a post; a site whose links look like a Mastodon
        # server's, with no status id.
        _block("instagram", "https://www.instagram.com/nasa/"),
        _block("medium", "https://medium.com/@user/12345-a-title"),
        # The block as text inside a <textarea> (an editor's form): a copy of no embed.
        "<textarea>"
        + _block("instagram", "https://www.instagram.com/p/CeVvHCUs0Zp/")
        + "</textarea>",
    ],
)
def test_what_is_not_a_post_left_as_its_url(page: str) -> None:
    assert parse(page) == []


# Embedly's card code, as its card generator writes it (public pages and blogs in many
# repositories keep it: `<blockquote class="embedly-card" data-card-key="…"
# data-card-controls="0"><h4><a href="URL">Title</a></h4><p>Description</p></blockquote>`
# or `<a class="embedly-card" href="URL">Title</a>`, with
# `<script async src="//cdn.embedly.com/widgets/platform.js"></script>`).
_SCRIPT = '<script async src="//cdn.embedly.com/widgets/platform.js" charset="UTF-8"></script>'


def _card(url: str) -> str:
    return (
        '<blockquote class="embedly-card" data-card-key="39deea93f79745829254c0652225a544" '
        f'data-card-controls="0" data-card-branding="0"><h4><a href="{url}">A title</a></h4>'
        "<p>A description of the post.</p></blockquote>"
    )


@pytest.mark.parametrize(
    ("url", "platform", "post_id"),
    [
        *posts_of(but=("youtube",)),
        # (A link's entities are undone.)
        ("https://www.youtube.com/watch?v=x2Gf04W_ff8&amp;t=30s", "youtube", "x2Gf04W_ff8"),
    ],
)
def test_an_embedly_card_is_the_post_it_links(url: str, platform: str, post_id: str) -> None:
    block = _card(url)
    link = f'<a class="embedly-card" href="{url}">A title</a>'
    # (The class may come after the link, as some generators write it.)
    link_after = f'<a href="{url}" class="embedly-card" data-card-image="0"></a>'
    for card in (block, link, link_after):
        page = f"<p>Before.</p>{card}{_SCRIPT}<p>After.</p>"
        [embed] = parse(page)
        assert (embed.platform, embed.form, embed.escaped, embed.post_id) == (
            platform, "url", None, post_id,
        ), card  # fmt: skip
        assert page[slice(*embed.span)] == card


@pytest.mark.parametrize(
    "page",
    [
        # A card of a page that is no post.
        _card("https://github.com/crystal-lang/crystal/pull/3778"),
        '<a class="embedly-card" href="https://www.instagram.com/nasa/">NASA</a>',
        # "embedly-card" elsewhere than in an element's class.
        '<a href="https://twitter.com/NASA/status/1370827335461826566" data-x="embedly-card">x</a>',
        '<p class="embedly-card">a paragraph, not a card</p>',
        "<p>embedly-card: https://twitter.com/NASA/status/1370827335461826566 in prose</p>",
        # A card in a script's string or a comment: a copy of no embed.
        "<script>var card = '"
        + '<a class="embedly-card" href="https://twitter.com/NASA/status/1370827335461826566">x</a>'
        + "';</script>",
        "<!-- " + _card("https://twitter.com/NASA/status/1370827335461826566") + " -->",
    ],
)
def test_what_is_not_an_embedly_card_of_a_post(page: str) -> None:
    assert parse(page) == []


def test_a_card_without_its_end_tag_is_its_opening_tag_and_link() -> None:
    # Cut off (or never closed): the card's own tag and the link after it, no further
    # than a card reaches; each of a run of such cards is its own embed.
    card = '<blockquote class="embedly-card"><h4><a href="https://twitter.com/NASA/status/1370827335461826566">t</a></h4>'
    opening = card[: card.index(">t</a>") + 1]
    embeds = parse(card * 3)
    assert [(e.platform, e.post_id, e.span) for e in embeds] == [
        ("twitter", "1370827335461826566", (i * len(card), i * len(card) + len(opening)))
        for i in range(3)
    ]


def test_a_rendered_block_costs_no_decoding_for_its_wrapper() -> None:
    # The wrapper's needle is a hit only when a URL follows its tag: a rendered block
    # is found by its embed's own needle alone.
    from tweetembed import PLATFORMS
    from tweetembed.locate import byte_hits
    from tweetembed.platforms import gates, markers

    page = _block(
        "youtube",
        '<iframe src="https://www.youtube.com/embed/x2Gf04W_ff8?feature=oembed"></iframe>',
    ).encode()
    assert list(byte_hits(page, markers(PLATFORMS), gates(PLATFORMS))) == [
        page.index(b"youtube.com/embed/")
    ]


# A headless WordPress page whose article is rendered by Next.js in the browser: its
# blocks only in the payload Next.js writes (a JSON string inside a JavaScript
# string), the block's markup escaped twice. Cut from Murrough-Foley's
# web-content-extraction-benchmark, dev/html/0401.html.
NEXT_PAYLOAD = (
    r'<script>self.__next_f.push([1,"62:[\"$\",{\"name\":\"core/embed\",'
    r"\"innerHTML\":\"\u003cdiv class=\\\"wp-block-embed__wrapper\\\"\u003e\\n"
    r"https://twitter.com/RepMTG/status/2002193414943645730\\n\u003c/div\u003e\","
    r'\"tagName\":\"figure\"}]"])</script>'
)


def test_a_block_in_a_json_string_is_a_json_copy() -> None:
    url = "https://twitter.com/RepMTG/status/2002193414943645730"
    [tweet] = parse(NEXT_PAYLOAD)
    assert (tweet.platform, tweet.form, tweet.escaped, tweet.status_id, tweet.url) == (
        "twitter",
        "url",
        "json",
        "2002193414943645730",
        url,
    )
    assert NEXT_PAYLOAD[slice(*tweet.span)] == url


def test_a_block_in_a_json_string_with_escaped_slashes() -> None:
    # json_encode's "\/" (PHP writes it so by default).
    block = (
        '<div class=\\"wp-block-embed__wrapper\\">\\nhttps:\\/\\/www.instagram.com\\/p\\/'
        "CxYzAbC1234\\/\\n<\\/div>"
    )
    page = f'<script>var post = {{"content": "{block}"}};</script>'
    [post] = parse(page)
    assert (post.platform, post.form, post.escaped, post.post_id, post.url) == (
        "instagram",
        "url",
        "json",
        "CxYzAbC1234",
        "https://www.instagram.com/p/CxYzAbC1234/",
    )


@pytest.mark.parametrize(
    "page",
    [
        # A live block whose tag holds no backslash is the live finder's, or no block.
        '<div class="wp-block-embed__wrapper">\\nhttps://twitter.com/a/status/1\\n</div>',
        # Words beside the URL, escaped: no block of a URL alone.
        '<script>var a = "<div class=\\"wp-block-embed__wrapper\\">\\nsee https://twitter.com/'
        'a/status/1\\n</div>";</script>',
    ],
)
def test_what_is_no_json_block(page: str) -> None:
    assert [(e.form, e.escaped) for e in parse(page)] == []
