"""A post's URL alone on its line (platforms/_bare_urls.py): what WordPress's classic
editor turns into the embed by oEmbed ("paste the URL on its own line"), left as the
URL where that failed (Instagram and Facebook need a token since WordPress 5.5.1)
or where the text was never rendered."""

from __future__ import annotations

import pytest

from tweetembed import PLATFORMS, parse
from tweetembed.locate import byte_hits
from tweetembed.platforms import gates, markers

from posts import posts_of

# Every platform's, and more URL shapes (Truth Social: a Mastodon server).
_POSTS = [
    *posts_of(),
    (
        "https://truthsocial.com/@realDonaldTrump/116431297579272777",
        "mastodon",
        "116431297579272777",
    ),
    ("https://www.instagram.com/reel/CeVvHCUs0Zp/", "instagram", "CeVvHCUs0Zp"),
    ("https://www.youtube.com/watch?feature=share&v=x2Gf04W_ff8", "youtube", "x2Gf04W_ff8"),
    ("https://youtu.be/x2Gf04W_ff8", "youtube", "x2Gf04W_ff8"),
    ("https://www.youtube.com/shorts/x2Gf04W_ff8", "youtube", "x2Gf04W_ff8"),
    # A live stream's (or its recording's) share link, and the Reels tab's links.
    ("https://www.youtube.com/live/x2Gf04W_ff8?si=abc", "youtube", "x2Gf04W_ff8"),
    ("https://www.instagram.com/reels/CeVvHCUs0Zp/", "instagram", "CeVvHCUs0Zp"),
    # Truth Social's own link to a post (/posts/ before the id), and a LinkedIn post's
    # share page whose slug is the author's alone ("user_activity-ID", no text before).
    (
        "https://truthsocial.com/@realDonaldTrump/posts/116431297579272777",
        "mastodon",
        "116431297579272777",
    ),
    # Threads' short permalink, which names no user (older codes and oEmbed answers).
    ("https://www.threads.net/t/CuWPE6iNEx_", "threads", "CuWPE6iNEx_"),
    (
        "https://www.linkedin.com/posts/sathiyamoorthi-k-336a79307_activity-7341150125328605185",
        "linkedin",
        "urn:li:activity:7341150125328605185",
    ),
]


@pytest.mark.parametrize(("url", "platform", "post_id"), _POSTS)
def test_a_post_url_alone_on_its_line(url: str, platform: str, post_id: str) -> None:
    # As wpautop leaves it in a paragraph of its own, and as raw post content or an
    # extractor's text holds it, on a line between paragraphs.
    for page in (
        f"<p>The post:</p>\n<p>{url}</p>\n<p>After it.</p>",
        f"Text of the article.\n\n{url}\n\nMore of it.",
        # trafilatura's text: a paragraph a line, stripped on the right.
        f"Text of the article.\n{url}\nMore of it.",
    ):
        [embed] = parse(page)
        assert (embed.platform, embed.form, embed.escaped, embed.post_id) == (
            platform, "url", None, post_id,
        ), page  # fmt: skip
        assert page[slice(*embed.span)] == url


@pytest.mark.parametrize(("url", "platform", "post_id"), _POSTS)
def test_a_post_url_that_is_a_links_whole_text(url: str, platform: str, post_id: str) -> None:
    # A CMS that links the URL it was given, in a paragraph of its own (Krautreporter's
    # "<p data-controller=lazy-partial …>\n  <a href=URL>URL</a>\n</p>", fundus's
    # test page de/Krautreporter_2024_08_22), and html2text's two ways of writing that
    # link: "<URL>" when the target is the text, "[URL](target)" when it differs.
    for page, text in (
        (
            f'<p>The post:</p>\n<p class="embed">\n  <a href="{url}">{url}</a>\n</p>\n<p>After.</p>',
            url,
        ),
        (f"The post:\n\n<{url}>\n\nAfter it.", url),
        (f"The post:\n\n[{url}]({url}?utm_source=x)\n\nAfter it.", url),
    ):
        [embed] = parse(page)
        assert (embed.platform, embed.form, embed.escaped, embed.post_id) == (
            platform, "url", None, post_id,
        ), page  # fmt: skip
        assert page[slice(*embed.span)] == text


@pytest.mark.parametrize(
    "page",
    [
        # A link whose text is the URL inside a sentence, and links with other text.
        'He <a href="https://www.instagram.com/p/CeVvHCUs0Zp/">https://www.instagram.com/p/CeVvHCUs0Zp/</a> wrote.',
        '<p><a href="https://www.instagram.com/p/CeVvHCUs0Zp/">the post</a></p>',
        "See [the post](https://www.instagram.com/p/CeVvHCUs0Zp/)\n\nAfter.",
        # Unpaired wrappers: an "<a>" without its end tag, a "<" without its ">".
        '<p><a href="https://www.instagram.com/p/CeVvHCUs0Zp/">https://www.instagram.com/p/CeVvHCUs0Zp/</p>',
        "Text.\n\n<https://www.instagram.com/p/CeVvHCUs0Zp/\n\nAfter.",
    ],
)
def test_links_that_are_not_a_url_alone(page: str) -> None:
    assert [e.form for e in parse(page)] == []


@pytest.mark.parametrize(
    "page",
    [
        # A link inside a sentence, and one an extractor split onto its own line.
        "<p>See https://www.instagram.com/p/CeVvHCUs0Zp/ for the post.</p>",
        "He wrote\nhttps://www.instagram.com/p/CeVvHCUs0Zp/\nabout it, and left.",
        # get_text("\\n") of a comment whose last sentence a link follows (postlight/
        # parser's thepoliticalinsider.com): the space before the link ends the line.
        "Philippe\n \nsays:\n \n \n December 20, 2016 at 10:51 am\n \n \nI have proposed a "
        "song for the Obama farewell, although in truth it should have been played a long "
        "time ago. \nhttps://www.youtube.com/watch?v=rW9-FOLG-iA\n \n \n \nMichael\n",
        # Profiles and share links are no posts.
        "<p>https://www.facebook.com/nytimes</p>",
        "<p>https://www.instagram.com/nasa/</p>",
        "<p>https://www.facebook.com/sharer/sharer.php?u=https://example.com/a</p>",
        "<p>https://t.me/durov</p>",
        # Other sites' /@user/ paths: a word after the user, or no status id of today's length.
        "<p>https://medium.com/@user/a-title-8a7f0c1d2e3f</p>",
        "<p>https://www.youtube.com/@NASA/videos</p>",
        "<p>https://mastodon.social/@Gargron</p>",
        "<p>https://mastodon.social/@Gargron/42</p>",
        # The URL as a link's target, or in a script: no embed.
        '<p><a href="https://www.instagram.com/p/CeVvHCUs0Zp/">a post</a></p>',
        "<script>\nhttps://www.instagram.com/p/CeVvHCUs0Zp/\n</script>",
    ],
)
def test_what_is_not_a_post_url_alone(page: str) -> None:
    assert parse(page) == []


def test_links_to_a_platforms_pages_keep_a_page_on_the_fast_path() -> None:
    # A page's footer links its accounts and share buttons, and articles link posts:
    # the needles' shapes turn them away in the scan, so such a page is never decoded.
    footer = (
        b'<a href="https://www.facebook.com/nytimes">f</a><a href="https://t.me/nytimes">t</a>'
        b'<a href="https://www.facebook.com/sharer/sharer.php?u=x">s</a>'
        b'<a href="https://www.linkedin.com/company/nyt/">l</a><a href="https://bsky.app/profile/nyt">b</a>'
        # Links to posts, as a link's target: a URL in an attribute is no line of its own.
        b'<a href="https://www.youtube.com/watch?v=x2Gf04W_ff8">a video</a>'
        b'<a data-url="https://youtu.be/x2Gf04W_ff8" href=https://t.me/durov/43>t</a>'
    )
    assert not byte_hits(footer, markers(PLATFORMS), gates(PLATFORMS))
