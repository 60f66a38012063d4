"""Bluesky embeds: the embed code in its variants and the iframe embed.js leaves."""

from __future__ import annotations

import datetime as dt

from tweetembed import BlueskyPost, parse
from tweetembed.models import Author, Hashtag, Mention

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


# An article's paragraph, longer than a post: what stands around a stripped code.
ARTICLE = (
    "The council met on Tuesday to discuss the budget for the coming year, and after a "
    "long debate the members agreed to raise the funds for schools and roads while "
    "cutting the costs of the administration, a decision the mayor welcomed."
)
# CODE as inscriptis 2.6 writes it (get_text), the "[image or embed]" link's text
# a paragraph of its own.
CODE_INSCRIPTIS = (
    "We're at the Native American and Indigenous Studies Association Conference! Enjoy "
    "30% off select titles using code NAISA25 through June 26! "
    "https://yalebooks.yale.edu/NAISA25/\n\n[image or embed]\n\n"
    "— Yale University Press (@yalepress.bsky.social) June 27, 2025 at 2:02 PM"
)
# The code bsky.app writes since 2025 (name and handle one link, the date an ISO
# timestamp; a blog's post of 2026-03-31, bagrounds.org), as inscriptis and
# BeautifulSoup's get_text("\n") write it.
NEW_INSCRIPTIS = (
    "2026-03-31 | 🔗 Broken Links and Blind Posting 🚫 #AI Q: 🔗 Ever caught yourself "
    "sharing a broken link?\n\n— Bryan Grounds (@bagrounds.bsky.social) 2026-04-01T03:14:06.000Z"
)
NEW_GET_TEXT = (
    "2026-03-31 | 🔗 Broken Links and Blind Posting 🚫  \n  \n#AI Q: 🔗 Ever caught "
    "yourself sharing a broken link?\n— \nBryan Grounds (@bagrounds.bsky.social)\n \n"
    "2026-04-01T03:14:06.000Z"
)


def test_a_stripped_code_is_read_by_its_footer() -> None:
    text = f"{ARTICLE}\n\n{CODE_INSCRIPTIS}\n\n{ARTICLE}\n"
    [post] = parse(text)
    assert isinstance(post, BlueskyPost)
    assert (post.platform, post.kind, post.form, post.escaped) == ("bluesky", "post", "text", None)
    assert (post.post_id, post.url, post.did, post.cid, post.created_at) == (None,) * 5
    assert post.author == Author("Yale University Press", "yalepress.bsky.social")
    assert post.text == (
        "We're at the Native American and Indigenous Studies Association Conference! Enjoy "
        "30% off select titles using code NAISA25 through June 26! "
        "https://yalebooks.yale.edu/NAISA25/"
    )
    assert (post.date, post.date_text) == (dt.date(2025, 6, 27), "June 27, 2025 at 2:02 PM")
    assert text[slice(*post.span)] == CODE_INSCRIPTIS


def test_the_newer_codes_footer_with_an_iso_date() -> None:
    text_of_post = (
        "2026-03-31 | 🔗 Broken Links and Blind Posting 🚫 #AI Q: 🔗 Ever caught yourself "
        "sharing a broken link?"
    )
    for stripped in (NEW_INSCRIPTIS, NEW_GET_TEXT):
        [post] = parse(f"{ARTICLE}\n\n{stripped}\n\n{ARTICLE}\n")
        assert post.author == Author("Bryan Grounds", "bagrounds.bsky.social")
        assert post.text == text_of_post
        at = text_of_post.index("#AI")
        assert post.hashtags == (Hashtag("AI", at, at + 3),)
        assert (post.date, post.date_text) == (dt.date(2026, 4, 1), "2026-04-01T03:14:06.000Z")


# CODE as BeautifulSoup's get_text("\n") writes it (bs4 4.12): the code before 2025
# links the handle, and the link's text is a line of its own: "(\n@handle\n)".
CODE_GET_TEXT = (
    "We're at the Native American and Indigenous Studies Association Conference! Enjoy "
    "30% off select titles using code NAISA25 through June 26!\n"
    "https://yalebooks.yale.edu/NAISA25/\n[image or embed]\n"
    "— Yale University Press (\n@yalepress.bsky.social\n) \nJune 27, 2025 at 2:02 PM"
)


def test_a_stripped_code_whose_handle_was_a_link_on_a_line_of_its_own() -> None:
    text = f"{ARTICLE}\n\n{CODE_GET_TEXT}\n\n{ARTICLE}\n"
    [post] = parse(text)
    assert isinstance(post, BlueskyPost)
    assert (post.form, post.post_id, post.did) == ("text", None, None)
    assert post.author == Author("Yale University Press", "yalepress.bsky.social")
    # (get_text keeps the source's line break inside the paragraph: the text cannot
    # tell it from a <br>.)
    assert post.text == (
        "We're at the Native American and Indigenous Studies Association Conference! Enjoy "
        "30% off select titles using code NAISA25 through June 26!\n"
        "https://yalebooks.yale.edu/NAISA25/"
    )
    assert (post.date, post.date_text) == (dt.date(2025, 6, 27), "June 27, 2025 at 2:02 PM")
    assert text[slice(*post.span)] == CODE_GET_TEXT


def test_a_wrapped_handle_that_is_no_footer_is_nothing() -> None:
    # A parenthesis, a line break and a handle, without the dash and date around them.
    assert parse(f"{ARTICLE}\n\nSee the account (\n@yalepress.bsky.social\n) for more.\n") == []
    assert parse("— A (\n@a.b\n) no date here\n") == []


def test_a_tweets_footer_is_no_bluesky_post() -> None:
    # A Twitter handle holds no dot; a Bluesky handle always does.
    [tweet] = parse(f"{ARTICLE}\n\nHello world\n— NASA (@NASA) March 13, 2021\n\n{ARTICLE}\n")
    assert tweet.platform == "twitter"
