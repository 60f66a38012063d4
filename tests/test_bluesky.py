"""Bluesky embeds: the embed code in its variants and the iframe embed.js leaves."""

from __future__ import annotations

import datetime as dt

from tweetembed import BlueskyPost, parse
from tweetembed.models import Author, Mention

# The code bsky.app's "Embed post" dialog writes, as committed by a Drupal site's
# embed plugin for its example (yalesites-org/yalesites-project,
# ys_embed/src/Plugin/EmbedSource/Bluesky.php).
CODE = (
    '<blockquote class="bluesky-embed" data-bluesky-uri="at://did:plc:hptrw4dge4l5q4h5pl7wpw74/app.bsky.feed.post/3lsm7x74hls2n" '
    'data-bluesky-cid="bafyreib7xh4ogycvsofbgowkqtmt3dj5yokxcew5utknrfnvfinuihwgwm" data-bluesky-embed-color-mode="system">'
    '<p lang="">We&#x27;re at the Native American and Indigenous Studies Association Conference! Enjoy 30% off select titles using code NAISA25 through June 26!\n'
    "https://yalebooks.yale.edu/NAISA25/<br><br>"
    '<a href="https://bsky.app/profile/did:plc:hptrw4dge4l5q4h5pl7wpw74/post/3lsm7x74hls2n?ref_src=embed">[image or embed]</a></p>'
    '&mdash; Yale University Press (<a href="https://bsky.app/profile/did:plc:hptrw4dge4l5q4h5pl7wpw74?ref_src=embed">@yalepress.bsky.social</a>) '
    '<a href="https://bsky.app/profile/did:plc:hptrw4dge4l5q4h5pl7wpw74/post/3lsm7x74hls2n?ref_src=embed">June 27, 2025 at 2:02 PM</a>'
    "</blockquote>"
)
DID = "did:plc:hptrw4dge4l5q4h5pl7wpw74"


def test_the_embed_code_gives_every_field() -> None:
    [post] = parse(
        CODE
        + '<script async src="https://embed.bsky.app/static/embed.js" charset="utf-8"></script>'
    )
    assert post == BlueskyPost(
        form="blockquote",
        span=(0, len(CODE)),
        post_id=f"at://{DID}/app.bsky.feed.post/3lsm7x74hls2n",
        url=f"https://bsky.app/profile/{DID}/post/3lsm7x74hls2n",
        author=Author("Yale University Press", "yalepress.bsky.social"),
        text=(
            "We're at the Native American and Indigenous Studies Association Conference! Enjoy "
            "30% off select titles using code NAISA25 through June 26! https://yalebooks.yale.edu/NAISA25/"
        ),
        date=dt.date(2025, 6, 27),
        date_text="June 27, 2025 at 2:02 PM",
        created_at=post.created_at,
        did=DID,
        cid="bafyreib7xh4ogycvsofbgowkqtmt3dj5yokxcew5utknrfnvfinuihwgwm",
        options={
            "bluesky-uri": f"at://{DID}/app.bsky.feed.post/3lsm7x74hls2n",
            "bluesky-cid": "bafyreib7xh4ogycvsofbgowkqtmt3dj5yokxcew5utknrfnvfinuihwgwm",
            "bluesky-embed-color-mode": "system",
        },
    )
    assert post.created_at is not None and post.created_at.date() == dt.date(2025, 6, 27)


def test_a_date_in_the_copiers_language_and_domain_handles() -> None:
    # mnfst/website src/app/components/BlueSkyEmbed.tsx: a French copy of the code.
    markup = (
        '<html lang="fr"><blockquote class="bluesky-embed" data-bluesky-uri="at://did:plc:oiawuf6mbqiigagveorctrsj/app.bsky.feed.post/3lbf3etdjxc24">'
        '<p lang="en">Maybe even alongside bolt.new? cc @haoqun.dev</p>'
        '&mdash; Haoqun Jiang (<a href="https://bsky.app/profile/did:plc:oiawuf6mbqiigagveorctrsj?ref_src=embed">@haoqun.dev</a>) '
        '<a href="https://bsky.app/profile/did:plc:oiawuf6mbqiigagveorctrsj/post/3lbf3etdjxc24?ref_src=embed">20 novembre 2024 à 14:43</a></blockquote>'
    )
    [post] = parse(markup)
    assert (post.date, post.author) == (dt.date(2024, 11, 20), Author("Haoqun Jiang", "haoqun.dev"))
    assert post.mentions == (Mention("haoqun.dev", 34, 45),)


def test_name_and_handle_in_one_link_and_an_iso_date() -> None:
    markup = (
        '<blockquote class="bluesky-embed" data-bluesky-uri="at://did:plc:i4yli6h7x2uoj7acxunww2fc/app.bsky.feed.post/3mkvzxm4aoa2o">'
        "<p>Tree Traversal</p>&mdash; "
        '<a href="https://bsky.app/profile/did:plc:i4yli6h7x2uoj7acxunww2fc?ref_src=embed">Bryan Grounds (@bagrounds.bsky.social)</a> '
        '<a href="https://bsky.app/profile/did:plc:i4yli6h7x2uoj7acxunww2fc/post/3mkvzxm4aoa2o?ref_src=embed">2026-05-03T01:46:20.000Z</a></blockquote>'
    )
    [post] = parse(markup)
    assert (post.author, post.date) == (
        Author("Bryan Grounds", "bagrounds.bsky.social"),
        dt.date(2026, 5, 3),
    )


def test_the_iframe_embed_js_leaves() -> None:
    markup = f'<iframe src="https://embed.bsky.app/embed/{DID}/app.bsky.feed.post/3lsm7x74hls2n?id=123" data-bluesky-id="123"></iframe>'
    [post] = parse(markup)
    assert (post.form, post.post_id, post.did) == (
        "rendered",
        f"at://{DID}/app.bsky.feed.post/3lsm7x74hls2n",
        DID,
    )
