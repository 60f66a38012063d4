"""An embed's own marked link, kept by an extractor that writes Markdown (html2text).

Inputs are html2text's text of real pages (tests/data/extracted/html2text.json.xz):
the pages' blockquotes name these posts in ``data-instgrm-permalink``.
"""

from __future__ import annotations

import datetime

import pytest

from tweetembed import Author, parse


def _instagram(text: str):  # type: ignore[no-untyped-def]
    return [e for e in parse(text) if e.platform == "instagram"]


@pytest.mark.parametrize(
    ("before", "block", "after", "kind", "post_id"),
    [
        # corpus2/pages/006.html: a reel's blockquote, captionless.
        (
            "branded campaigns.",
            "> [ View this post on Instagram\n"
            "> ](https://www.instagram.com/reel/DQ4lkcqDvJc/?utm_source=ig_embed&utm_campaign=loading)",
            "However, the shift does raise questions.",
            "reel",
            "DQ4lkcqDvJc",
        ),
        # corpus2/pages/017.html: the block links the post twice (German embed code):
        # one embed.
        (
            "# Tipp 1: Kleidung zerschneiden",
            "> [ Sieh dir diesen Beitrag auf Instagram an\n"
            "> ](https://www.instagram.com/p/BpWxLP7HzN3/?utm_source=ig_embed&utm_campaign=loading)\n"
            ">\n"
            "> [Instagram\n"
            "> Beitrag](https://www.instagram.com/p/BpWxLP7HzN3/?utm_source=ig_embed&utm_campaign=loading)",
            "Beginnen wir direkt.",
            "post",
            "BpWxLP7HzN3",
        ),
    ],
)
def test_a_quoted_marked_link_is_the_embed_and_its_block(
    before: str, block: str, after: str, kind: str, post_id: str
) -> None:
    text = f"{before}\n\n{block}\n\n{after}\n"
    [post] = _instagram(text)
    assert (post.kind, post.form, post.escaped, post.post_id) == (kind, "text", None, post_id)
    path = "p" if kind == "post" else kind
    assert post.url == f"https://www.instagram.com/{path}/{post_id}/"
    assert text[slice(*post.span)] == block


def test_a_marked_link_inside_a_sentence_is_a_link() -> None:
    # html2text's text of a page of corpus/plain (no embed): the author linked the post.
    text = (
        "In [his initial\nInstagram](https://www.instagram.com/p/B3VkzglJ4ae/?utm_source=ig_embed)\n"
        "announcement of the pregnancy, Van Der Beek even touched upon the idea.\n"
    )
    assert _instagram(text) == []


def test_an_unmarked_link_is_not_an_embed() -> None:
    text = "> [A post](https://www.instagram.com/p/BpWxLP7HzN3/)\n\nText.\n"
    assert _instagram(text) == []


# html2text's text of corpus/pages/043.html: an older captioned code, its credit
# line "A post shared by <a>name</a> (@handle) on <date>" (the page kept no <time>).
_CAPTIONED = (
    "> [\n"
    "> ](https://www.instagram.com/p/B_fawQoFahE/?utm_source=ig_embed&utm_campaign=loading)\n"
    ">\n"
    ">\n"
    "> [](https://www.instagram.com/p/B_fawQoFahE/?utm_source=ig_embed&utm_campaign=loading)\n"
    ">\n"
    "> [View this post on\n"
    "> Instagram](https://www.instagram.com/p/B_fawQoFahE/?utm_source=ig_embed&utm_campaign=loading)\n"
    ">\n"
    "> [Ni kan inte ana vad jag gjorde idag ➡️➡️ Swipe 4 madness . . . #daddyissues\n"
    "> #tegnell\n"
    "> #pandemys](https://www.instagram.com/p/B_fawQoFahE/?utm_source=ig_embed&utm_campaign=loading)\n"
    ">\n"
    "> A post shared by [ zashay tastas -\n"
    "> myndigheten](https://www.instagram.com/zashay.tastas/?utm_source=ig_embed&utm_campaign=loading)\n"
    "> (@zashay.tastas) on Apr 27, 2020 at 9:24am PDT\n"
)
# html2text's text of corpus/pages/032.html: a German code, an image's empty link
# written across a quoted blank line, the name inside the credit's link.
_GERMAN = (
    ">  \n>\n>  \n>\n"
    "> [  \n>\n"
    "> ](https://www.instagram.com/p/BwiVvR9lD0m/?utm_source=ig_embed&utm_campaign=loading)\n"
    ">\n"
    "> [Sieh dir diesen Beitrag auf Instagram\n"
    "> an](https://www.instagram.com/p/BwiVvR9lD0m/?utm_source=ig_embed&utm_campaign=loading)\n"
    ">\n>  \n>\n"
    "> [Ein Beitrag geteilt von Esmeralda Merlot\n"
    "> (@esmeralda_merlot)](https://www.instagram.com/p/BwiVvR9lD0m/?utm_source=ig_embed&utm_campaign=loading)\n"
    "> am Apr 21, 2019 um 4:47 PDT\n"
)
# html2text's text of corpus/pages/026.html: a newer code, the credit one link.
_NEWER = (
    "> [ View this post on Instagram\n"
    "> ](https://www.instagram.com/p/CZIALixI8FH/?utm_source=ig_embed&utm_campaign=loading)\n"
    ">\n"
    "> [A post shared by Adam Ondra\n"
    "> (@adam.ondra)](https://www.instagram.com/p/CZIALixI8FH/?utm_source=ig_embed&utm_campaign=loading)\n"
)


@pytest.mark.parametrize(
    ("block", "post_id", "name", "handle", "date_text", "date", "text", "hashtags"),
    [
        (
            _CAPTIONED, "B_fawQoFahE", "zashay tastas - myndigheten", "zashay.tastas",
            "Apr 27, 2020 at 9:24am PDT", datetime.date(2020, 4, 27),
            "Ni kan inte ana vad jag gjorde idag ➡️➡️ Swipe 4 madness . . . "
            "#daddyissues #tegnell #pandemys",
            ["daddyissues", "tegnell", "pandemys"],
        ),
        (
            _GERMAN, "BwiVvR9lD0m", "Esmeralda Merlot", "esmeralda_merlot",
            "Apr 21, 2019 um 4:47 PDT", datetime.date(2019, 4, 21), "", [],
        ),
        (_NEWER, "CZIALixI8FH", "Adam Ondra", "adam.ondra", None, None, "", []),
    ],
)  # fmt: skip
def test_the_block_gives_author_date_and_caption(
    block: str, post_id: str, name: str, handle: str, date_text: str | None,
    date: datetime.date | None, text: str, hashtags: list[str],
) -> None:  # fmt: skip
    [post] = _instagram(f"Before.\n\n{block}\nAfter.\n")
    assert post.post_id == post_id
    assert post.author == Author(name=name, handle=handle)
    assert (post.date_text, post.date, post.text) == (date_text, date, text)
    assert [h.tag for h in post.hashtags] == hashtags
    assert post.mentions == ()


def test_a_block_without_a_credit_gives_no_author() -> None:
    # corpus2/pages/017.html: the German code's two links, no credit line.
    block = (
        "> [ Sieh dir diesen Beitrag auf Instagram an\n"
        "> ](https://www.instagram.com/p/BpWxLP7HzN3/?utm_source=ig_embed&utm_campaign=loading)\n"
        ">\n"
        "> [Instagram\n"
        "> Beitrag](https://www.instagram.com/p/BpWxLP7HzN3/?utm_source=ig_embed&utm_campaign=loading)\n"
    )
    [post] = _instagram(f"Before.\n\n{block}\nAfter.\n")
    assert (post.author, post.date_text, post.date, post.text) == (None, None, None, "")


# Bluesky's embed code marks its links "?ref_src=embed"; html2text keeps its footer,
# "— Name ([@handle](profile)) [date](post)", as the block's last line. These are
# html2text's text (line width 78, then 0) of the code bsky.app wrote for a post of
# Haoqun Jiang's, as committed by mnfst/website (src/app/components/BlueSkyEmbed.tsx,
# its JSX written as HTML): the French date is the copier's language.
_BSKY_POST = (
    "https://bsky.app/profile/did:plc:oiawuf6mbqiigagveorctrsj/post/3lbf3etdjxc24?ref_src=embed"
)
_BSKY_PROFILE = "https://bsky.app/profile/did:plc:oiawuf6mbqiigagveorctrsj?ref_src=embed"
_BLUESKY_WRAPPED = (
    "> manifest.build  \n"
    "> Interesting project. Lots of handy features behind a minimalistic interface.  \n"
    "> I think it's worth trying out for many small-to-medium-sized personal\n"
    "> projects. Maybe even alongside bolt.new?  \n"
    f"> [[image or\n> embed]]({_BSKY_POST})\n"
    ">\n"
    "> -- Haoqun Jiang\n"
    f"> ([@haoqun.dev]({_BSKY_PROFILE}))\n"
    f"> [20 novembre 2024 à\n> 14:43]({_BSKY_POST})"
)
_BLUESKY_LONG_LINES = (
    "> manifest.build  \n"
    "> Interesting project. Lots of handy features behind a minimalistic interface.  \n"
    "> I think it's worth trying out for many small-to-medium-sized personal projects. "
    "Maybe even alongside bolt.new?  \n"
    f"> [[image or embed]]({_BSKY_POST})\n"
    "> \n"
    f"> -- Haoqun Jiang ([@haoqun.dev]({_BSKY_PROFILE})) [20 novembre 2024 à 14:43]({_BSKY_POST})"
)


@pytest.mark.parametrize("block", [_BLUESKY_WRAPPED, _BLUESKY_LONG_LINES])
def test_a_bluesky_footer_ending_in_its_marked_date_link_closes_the_embed(block: str) -> None:
    text = f"Before it, a paragraph of the article.\n\n{block}\n\nAfter.\n"
    [post] = parse(text)
    assert (post.platform, post.form, post.escaped) == ("bluesky", "text", None)
    assert post.post_id == "at://did:plc:oiawuf6mbqiigagveorctrsj/app.bsky.feed.post/3lbf3etdjxc24"
    assert (
        post.url == "https://bsky.app/profile/did:plc:oiawuf6mbqiigagveorctrsj/post/3lbf3etdjxc24"
    )
    assert post.did == "did:plc:oiawuf6mbqiigagveorctrsj"
    assert post.author == Author(name="Haoqun Jiang", handle="haoqun.dev")
    assert post.text == (
        "manifest.build\n"
        "Interesting project. Lots of handy features behind a minimalistic interface.\n"
        "I think it's worth trying out for many small-to-medium-sized personal projects. "
        "Maybe even alongside bolt.new?"
    )
    assert (post.date_text, post.date) == ("20 novembre 2024 à 14:43", datetime.date(2024, 11, 20))
    assert text[slice(*post.span)] == block


def test_a_marked_bluesky_link_in_a_sentence_is_a_link() -> None:
    text = f"As [she wrote on Bluesky]({_BSKY_POST}), the project is worth a try.\n"
    assert parse(text) == []


# Facebook's code keeps a fallback blockquote, "<p>text</p>Posted by <a>Name</a> on
# <a>Date</a>", which html2text writes as a quoted block whose last line links the
# post by its date, unmarked. These are html2text's text (line width 78, then 0) of
# the SDK code of tests/test_facebook.py.
_FB_POST = "https://developers.facebook.com/20531316728/posts/10154009990506729/"
_FACEBOOK_WRAPPED = (
    "> Hello #world from the team\n"
    ">\n"
    "> Posted by [Facebook](https://www.facebook.com/facebook/) on [Thursday,\n"
    "> August 27,\n"
    f"> 2015]({_FB_POST})"
)
_FACEBOOK_LONG_LINES = (
    "> Hello #world from the team\n"
    "> \n"
    f"> Posted by [Facebook](https://www.facebook.com/facebook/) on [Thursday, August 27, 2015]({_FB_POST})"
)


@pytest.mark.parametrize("block", [_FACEBOOK_WRAPPED, _FACEBOOK_LONG_LINES])
def test_a_facebook_credit_ending_in_the_posts_date_link_closes_the_embed(block: str) -> None:
    text = f"Before.\n\n{block}\n\nAfter.\n"
    [post] = parse(text)
    assert (post.platform, post.kind, post.form, post.escaped) == ("facebook", "post", "text", None)
    assert post.post_id == post.url == _FB_POST
    assert post.author == Author(name="Facebook", handle=None)
    assert post.text == "Hello #world from the team"
    assert [h.tag for h in post.hashtags] == ["world"]
    assert (post.date_text, post.date) == ("Thursday, August 27, 2015", datetime.date(2015, 8, 27))
    assert text[slice(*post.span)] == block


@pytest.mark.parametrize(
    "text",
    [
        # No author's link before it: an article's link to a post.
        f"> A post of the company, on [Thursday, August 27, 2015]({_FB_POST})\n",
        # Its text is no date.
        f"> Posted by [Facebook](https://www.facebook.com/facebook/) as [its post]({_FB_POST})\n",
        # It does not end its line.
        f"> Posted by [Facebook](https://www.facebook.com/facebook/) on "
        f"[Thursday, August 27, 2015]({_FB_POST}), the company wrote.\n",
    ],
)
def test_other_links_to_a_facebook_post_are_links(text: str) -> None:
    assert parse(text) == []


# html2text's text (line widths 78 and 0) of Threads' and Mastodon's embed codes as
# tests/test_fediverse.py holds them, with the codes' own "Post by @user" and "View on
# …" lines: the blockquote holds only the post's link, unmarked.
_THREADS_78 = (
    "> [Post by @zuckView on\n> Threads](https://www.threads.net/@zuck/post/CuP48CiS5sx)\n"
)
_THREADS_0 = "> [Post by @zuckView on Threads](https://www.threads.net/@zuck/post/CuP48CiS5sx)\n"
_MASTODON_78 = (
    "> [ Post by @rustnl@fosstodon.org View on Mastodon\n"
    "> ](https://fosstodon.org/@rustnl/114505776215440277)\n"
)
_MASTODON_0 = (
    "> [ Post by @rustnl@fosstodon.org View on Mastodon ]"
    "(https://fosstodon.org/@rustnl/114505776215440277)\n"
)


@pytest.mark.parametrize(
    ("block", "platform", "post_id", "handle"),
    [
        (_THREADS_78, "threads", "CuP48CiS5sx", "zuck"),
        (_THREADS_0, "threads", "CuP48CiS5sx", "zuck"),
        (_MASTODON_78, "mastodon", "114505776215440277", "rustnl@fosstodon.org"),
        (_MASTODON_0, "mastodon", "114505776215440277", "rustnl@fosstodon.org"),
    ],
)
def test_a_quote_holding_only_a_threads_or_mastodon_link_is_the_embed(
    block: str, platform: str, post_id: str, handle: str
) -> None:
    text = "He posted on Monday.\n\n" + block + "\nHe added more later.\n"
    [embed] = parse(text)
    assert (embed.platform, embed.form, embed.escaped, embed.post_id, embed.author) == (
        platform, "text", None, post_id, Author(None, handle),
    )  # fmt: skip
    assert text[slice(*embed.span)] == block.rstrip("\n")


@pytest.mark.parametrize(
    "text",
    [
        # Text beside the link in its quote, a link in a paragraph, and a quote of
        # lines that go on after the link.
        "> He said [this](https://fosstodon.org/@rustnl/114505776215440277)\n\nMore.\n",
        "See [the post](https://www.threads.net/@zuck/post/CuP48CiS5sx)\n\nMore.\n",
        "> [the post](https://www.threads.net/@zuck/post/CuP48CiS5sx)\n> and more words\n",
    ],
)
def test_other_links_to_threads_and_mastodon_posts_are_links(text: str) -> None:
    assert parse(text) == []


# html2text's text (widths 78 and 0) of Reddit's embed code as
# tests/test_classless_embeds.py holds it: the post's link, then the credit.
_REDDIT_78 = (
    "> [Data without context is noise! (With\n"
    "> Zoom)](https://www.reddit.com/r/datascience/comments/tq93vt/data_without_context_is_noise_with_zoom/)  \n"
    ">  by[u/Anxious_City_7864](https://www.reddit.com/user/Anxious_City_7864/)\n"
    "> in[datascience](https://www.reddit.com/r/datascience/)\n"
)
_REDDIT_0 = (
    "> [Data without context is noise! (With Zoom)](https://www.reddit.com/r/datascience/comments/tq93vt/data_without_context_is_noise_with_zoom/)  \n"
    ">  by[u/Anxious_City_7864](https://www.reddit.com/user/Anxious_City_7864/) in[datascience](https://www.reddit.com/r/datascience/)\n"
)


@pytest.mark.parametrize("block", [_REDDIT_78, _REDDIT_0])
def test_a_quote_of_a_reddit_post_and_its_credit_is_the_embed(block: str) -> None:
    text = "Users said:\n\n" + block + "\nMore.\n"
    [post] = parse(text)
    assert (post.platform, post.form, post.post_id, post.url, post.author) == (
        "reddit", "text", "tq93vt", "https://www.reddit.com/r/datascience/comments/tq93vt/",
        Author(None, "Anxious_City_7864"),
    )  # fmt: skip
    assert (post.subreddit, post.title) == (
        "datascience",
        "Data without context is noise! (With Zoom)",
    )
    assert text[slice(*post.span)] == block.rstrip("\n")


# html2text's text (width 78) of Reddit's code for a comment (tests/test_fediverse.py's):
# "Comment", the credit with "from discussion" and the post's title, wrapped.
_REDDIT_COMMENT = (
    "> [Comment](https://www.reddit.com/r/godot/comments/1e9iyof/comment/leevgp2/)  \n"
    ">  by[u/Salt-Trash-269](https://www.reddit.com/user/Salt-Trash-269/) from\n"
    "> discussion[What's the most outrageous bit of code you\n"
    "> wrote?](https://www.reddit.com/r/godot/comments/1e9iyof/whats_the_most_outrageous_bit_of_code_you_wrote/)  \n"
    ">  in[godot](https://www.reddit.com/r/godot/)\n"
)


def test_a_quote_of_a_reddit_comment_and_its_credit_is_the_embed() -> None:
    text = "Users said:\n\n" + _REDDIT_COMMENT + "\nMore.\n"
    [post] = parse(text)
    assert (post.platform, post.kind, post.form, post.post_id, post.url, post.author) == (
        "reddit", "comment", "text", "1e9iyof",
        "https://www.reddit.com/r/godot/comments/1e9iyof/comment/leevgp2/",
        Author(None, "Salt-Trash-269"),
    )  # fmt: skip
    assert (post.subreddit, post.title) == (
        "godot",
        "What's the most outrageous bit of code you wrote?",
    )
    assert text[slice(*post.span)] == _REDDIT_COMMENT.rstrip("\n")


def test_a_quote_of_a_reddit_link_and_prose_is_a_quote() -> None:
    text = (
        "> [A thread](https://www.reddit.com/r/datascience/comments/tq93vt/x/) that many\n"
        "> readers shared with [u/someone](https://www.reddit.com/user/someone/)\n\nMore.\n"
    )
    assert parse(text) == []
