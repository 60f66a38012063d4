"""What every platform's reader shares (platforms/_markup.py): here, AMP's iframe.

AMP pages write an iframe that has no component of its own as ``<amp-iframe src=…
sandbox=… layout=…>`` (amp.dev, "amp-iframe"; the WordPress AMP plugin's iframe
sanitizer turns every ``<iframe>`` of a post into one), with an ``amp-img`` placeholder
inside at times. Each platform's iframe is read the same in it.
"""

from __future__ import annotations

import pytest

from tweetembed import parse

_AMP = (
    '<amp-iframe width="500" height="600" layout="responsive" frameborder="0"'
    ' sandbox="allow-scripts allow-same-origin allow-popups" src="{}">'
    '<amp-img layout="fill" src="https://news.example/placeholder.jpg" placeholder></amp-img>'
    "</amp-iframe>"
)


@pytest.mark.parametrize(
    ("src", "platform", "form", "post_id"),
    [
        ("https://www.youtube.com/embed/x2Gf04W_ff8", "youtube", "iframe", "x2Gf04W_ff8"),
        (
            "https://www.facebook.com/plugins/post.php?href=https%3A%2F%2Fwww.facebook.com"
            "%2F20531316728%2Fposts%2F10154009990506729%2F&width=500",
            "facebook", "iframe", "https://www.facebook.com/20531316728/posts/10154009990506729/",
        ),
        (
            "https://platform.twitter.com/embed/Tweet.html?id=1370827335461826566",
            "twitter", "rendered", "1370827335461826566",
        ),
        ("https://www.instagram.com/p/B8pT40EBjoK/embed/", "instagram", "iframe", "B8pT40EBjoK"),
        ("https://www.tiktok.com/embed/v2/6718335390845095173", "tiktok", "iframe", "6718335390845095173"),
        (
            "https://embed.bsky.app/embed/did:plc:z72i7hdynmk6r22z27h6tvur/app.bsky.feed.post/3lbq7mxsiek2v",
            "bluesky", "rendered",
            "at://did:plc:z72i7hdynmk6r22z27h6tvur/app.bsky.feed.post/3lbq7mxsiek2v",
        ),
        (
            "https://www.linkedin.com/embed/feed/update/urn:li:share:7024395364539248640",
            "linkedin", "iframe", "urn:li:share:7024395364539248640",
        ),
        (
            "https://cdn.embedly.com/widgets/media.html?url=https%3A%2F%2Ftwitter.com%2FNASA"
            "%2Fstatus%2F1370827335461826566",
            "twitter", "iframe", "1370827335461826566",
        ),
    ],
)  # fmt: skip
def test_every_platforms_iframe_as_amp_writes_it(
    src: str, platform: str, form: str, post_id: str
) -> None:
    markup = _AMP.format(src.replace("&", "&amp;"))
    page = f"<p>Before.</p>{markup}<p>After.</p>"
    [embed] = parse(page)
    assert (embed.platform, embed.form, embed.escaped, embed.post_id) == (
        platform, form, None, post_id,
    )  # fmt: skip
    assert page[slice(*embed.span)] == markup


def test_an_amp_iframe_of_something_else_is_no_embed() -> None:
    assert parse(_AMP.format("https://www.google.com/maps/embed?pb=!1m18")) == []
