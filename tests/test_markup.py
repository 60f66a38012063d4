"""What every platform's reader shares (platforms/_markup.py): here, AMP's iframe.

AMP pages write an iframe that has no component of its own as ``<amp-iframe src=…
sandbox=… layout=…>`` (amp.dev, "amp-iframe"; the WordPress AMP plugin's iframe
sanitizer turns every ``<iframe>`` of a post into one), with an ``amp-img`` placeholder
inside at times. Each platform's iframe is read the same in it.
"""

from __future__ import annotations

from collections.abc import Mapping

import pytest

from tweetembed import parse

_AMP = (
    '<amp-iframe width="500" height="600" layout="responsive" frameborder="0"'
    ' sandbox="allow-scripts allow-same-origin allow-popups" src="{}">'
    '<amp-img layout="fill" src="https://news.example/placeholder.jpg" placeholder></amp-img>'
    "</amp-iframe>"
)


_IFRAMES = [
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
]  # fmt: skip
# Iframes only the plain <iframe> of whose platform is read (AMP writes its own elements).
_MORE_IFRAMES = [
        ("https://www.threads.net/@zuck/post/CuP48CiS5sx/embed", "threads", "iframe", "CuP48CiS5sx"),
        ("https://fosstodon.org/@Wivik/107645377769254953/embed", "mastodon", "iframe", "107645377769254953"),
        ("https://t.me/durov/43?embed=1", "telegram", "rendered", "durov/43"),
        (
            "https://embed.reddit.com/r/gaming/comments/1tki2q5/valorants_new_vanguard_update/",
            "reddit", "iframe", "1tki2q5",
        ),
]  # fmt: skip


@pytest.mark.parametrize(("src", "platform", "form", "post_id"), _IFRAMES)
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


@pytest.mark.parametrize(
    "attribute",
    [
        "data-lazy-src", "data-artsrc", "data-src-cmplz", "data-ezsrc", "consent-original-src-_",
        "consent-click-original-src-_", "src-consent",
    ],
)  # fmt: skip
@pytest.mark.parametrize(("src", "platform", "form", "post_id"), _IFRAMES + _MORE_IFRAMES)
def test_every_platforms_iframe_whose_url_a_lazy_loader_keeps(
    attribute: str, src: str, platform: str, form: str, post_id: str
) -> None:
    # WP Rocket's data-lazy-src, and attributes that loaders and consent tools name
    # themselves: Panamá América's data-artsrc (trafilatura's evaluation page
    # panamaamerica.com.pa), Complianz's data-src-cmplz, Ezoic's data-ezsrc, Real
    # Cookie Banner's consent-original-src-_ and consent-click-original-src-_, Borlabs
    # Cookie's src-consent.
    markup = f'<iframe src="about:blank" {attribute}="{src.replace("&", "&amp;")}"></iframe>'
    [embed] = parse(f"<p>Before.</p>{markup}<p>After.</p>")
    assert (embed.platform, embed.form, embed.post_id) == (platform, form, post_id)
    [plain] = parse(f'<p>Before.</p><iframe src="{src.replace("&", "&amp;")}"></iframe>')
    # (The attribute is one of its data-* options; the rest is as read from src.)
    same = {"span": None, "options": None}
    assert embed.to_dict() | same == plain.to_dict() | same


@pytest.mark.parametrize("attribute", ["data-share", "srcdoc", "data-srcset"])
def test_an_attribute_that_names_no_source_is_not_read(attribute: str) -> None:
    # Only attributes whose name says "src": a tracking URL in data-share is none, and
    # a srcdoc's markup or a srcset's images are not the frame's URL.
    url = "https://www.youtube.com/embed/x2Gf04W_ff8"
    assert parse(f'<iframe src="about:blank" {attribute}="{url}"></iframe>') == []


def test_per_tag_reads_a_mapping_once_and_each_new_one_anew() -> None:
    from tweetembed.platforms._markup import per_tag

    calls: list[dict[str, str]] = []

    @per_tag
    def src(attributes: Mapping[str, str]) -> str:
        calls.append(dict(attributes))
        return attributes.get("src", "")

    first = {"src": "https://a.example/1"}
    assert [src(first), src(first), src(first)] == ["https://a.example/1"] * 3
    assert len(calls) == 1
    # Another mapping, even an equal one, is read anew (each tag's is new).
    second = {"src": "https://a.example/2"}
    again = {"src": "https://a.example/1"}
    assert (src(second), src(again), src(first)) == (
        "https://a.example/2",
        "https://a.example/1",
        "https://a.example/1",
    )
    assert len(calls) == 4
