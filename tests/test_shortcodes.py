"""Shortcodes of every platform (platforms/_shortcodes.py): WordPress core's
``[embed]`` (wp-includes/class-wp-embed.php), Jetpack's ``[youtube]``,
``[instagram]`` and ``[facebook]`` (as its shortcode documentation writes them), and
Hugo's built-in ``youtube`` and ``instagram`` shortcodes (gohugo.io's shortcode
documentation). Twitter's: tests/test_twitter_text_forms.py."""

from __future__ import annotations

import pytest

from tweetembed import parse

from posts import POSTS, posts_of


@pytest.mark.parametrize(
    ("shortcode", "platform", "post_id"),
    [
        *((f"[embed]{url}[/embed]", platform, post_id) for url, platform, post_id in POSTS),
        ('[embed width="500" height="300"]https://www.instagram.com/p/CeVvHCUs0Zp/[/embed]', "instagram", "CeVvHCUs0Zp"),
        ("[youtube https://www.youtube.com/watch?v=x2Gf04W_ff8]", "youtube", "x2Gf04W_ff8"),
        ("[youtube=http://www.youtube.com/watch?v=x2Gf04W_ff8&w=640&h=385]", "youtube", "x2Gf04W_ff8"),
        ('[instagram url="https://www.instagram.com/p/CeVvHCUs0Zp/"]', "instagram", "CeVvHCUs0Zp"),
        ("[instagram url=https://www.instagram.com/p/CeVvHCUs0Zp/ width=400]", "instagram", "CeVvHCUs0Zp"),
        (
            '[facebook url="https://www.facebook.com/20531316728/posts/10154009990506729/"]', "facebook",
            "https://www.facebook.com/20531316728/posts/10154009990506729/",
        ),
        ("{{< youtube x2Gf04W_ff8 >}}", "youtube", "x2Gf04W_ff8"),
        ('{{< youtube id="w7Ft2ymGmfc" autoplay="true" >}}', "youtube", "w7Ft2ymGmfc"),
        ("{{% youtube x2Gf04W_ff8 %}}", "youtube", "x2Gf04W_ff8"),
        ("{{< instagram CeVvHCUs0Zp >}}", "instagram", "CeVvHCUs0Zp"),
        ("{{< instagram CeVvHCUs0Zp hidecaption >}}", "instagram", "CeVvHCUs0Zp"),
        # Hugo's static version, before v0.123 (gohugoio/hugoBasicExample).
        ("{{< instagram_simple BGvuInzyFAe hidecaption >}}", "instagram", "BGvuInzyFAe"),
    ],
)  # fmt: skip
def test_a_shortcode_is_the_post_it_names(shortcode: str, platform: str, post_id: str) -> None:
    page = f"Intro paragraph.\n\n{shortcode}\n\nMore of the article."
    [embed] = parse(page)
    assert (embed.platform, embed.form, embed.escaped, embed.post_id) == (
        platform, "shortcode", None, post_id,
    )  # fmt: skip
    assert page[slice(*embed.span)] == shortcode


def test_jetpack_keeps_the_start_time() -> None:
    [video] = parse("[youtube https://www.youtube.com/watch?v=x2Gf04W_ff8&t=90]")
    assert (video.post_id, video.start) == ("x2Gf04W_ff8", 90)


@pytest.mark.parametrize(
    "shortcode",
    # gohugo.io's youtube shortcode: start, in seconds, among its named parameters.
    [
        '{{< youtube id="w7Ft2ymGmfc" start="30" >}}',
        "{{< youtube id=w7Ft2ymGmfc start=30 end=60 >}}",
    ],
)
def test_hugo_keeps_the_start_time(shortcode: str) -> None:
    [video] = parse(shortcode)
    assert (video.post_id, video.start, video.url) == (
        "w7Ft2ymGmfc", 30, "https://www.youtube.com/watch?v=w7Ft2ymGmfc",
    )  # fmt: skip


@pytest.mark.parametrize(
    "page",
    [
        "[embed]https://example.com/an-article[/embed]",
        "[youtube]",
        "[instagram url=https://www.instagram.com/nasa/]",
        "{{< youtube >}}",
        "{{< vimeo 146022717 >}}",
        "Text about [embed] codes with no URL.",
    ],
)
def test_what_is_not_a_shortcode_of_a_post(page: str) -> None:
    assert parse(page) == []


def test_a_shortcode_in_a_script_is_a_copy() -> None:
    # As Twitter's: a shortcode in text no browser shows is reported, escaped "text".
    [copy] = parse(
        "<script>var s = '[embed]https://www.youtube.com/watch?v=x2Gf04W_ff8[/embed]';</script>"
    )
    assert (copy.platform, copy.form, copy.escaped, copy.post_id) == (
        "youtube", "shortcode", "text", "x2Gf04W_ff8",
    )  # fmt: skip


@pytest.mark.parametrize(("url", "platform", "post_id"), posts_of(but=("twitter",)))
def test_any_hugo_shortcode_that_names_a_post_by_its_url(
    url: str, platform: str, post_id: str
) -> None:
    # A site's own shortcodes and Hugo's mastodon one: the post's URL in url=, link=,
    # src= or href= (Wivik/hugo-shortcodes' {{<toot link="…">}}; Hugo's docs'
    # {{< mastodon url="…" >}}).
    for code in (
        f'{{{{< {platform} url="{url}" >}}}}',
        f"{{{{<toot link={url}>}}}}",
        f'{{{{% embed width="400" src="{url}" %}}}}',
    ):
        text = f"Before.\n\n{code}\n\nAfter."
        [embed] = parse(text)
        assert (embed.platform, embed.form, embed.post_id) == (platform, "shortcode", post_id), code
        assert text[slice(*embed.span)] == code


def test_a_hugo_shortcode_of_other_urls_is_nothing() -> None:
    assert parse('{{< figure src="https://example.com/a.jpg" title="A" >}}') == []
    assert parse('{{< ref url="https://www.instagram.com/nasa/" >}}') == []
