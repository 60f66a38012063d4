"""Threads, Mastodon (Truth Social), Reddit, Telegram and LinkedIn embeds.

Each input is the platform's own embed code as pages carry it; where a public
page or repository was the source, it is named beside the input.
"""

from __future__ import annotations

import datetime as dt

from tweetembed import PLATFORMS, RedditPost, parse
from tweetembed.locate import byte_hits
from tweetembed.models import Author, Embed
from tweetembed.platforms import gates, markers

UTC = dt.timezone.utc


def test_threads_embed_code() -> None:
    # threads.net's "Copy embed code" (as templated in goodmodule and other repositories).
    markup = (
        '<blockquote class="text-post-media" data-text-post-permalink="https://www.threads.net/@zuck/post/CuP48CiS5sx" '
        'data-text-post-version="0" id="ig-tp-CuP48CiS5sx"> <a href="https://www.threads.net/@zuck/post/CuP48CiS5sx" target="_blank">'
        "<div>View on Threads</div></a></blockquote>"
    )
    [post] = parse(markup + '<script async src="https://www.threads.net/embed.js"></script>')
    assert post == Embed(
        platform="threads",
        kind="post",
        form="blockquote",
        span=(0, len(markup)),
        post_id="CuP48CiS5sx",
        url="https://www.threads.net/@zuck/post/CuP48CiS5sx",
        author=Author(None, "zuck"),
        created_at=dt.datetime(2023, 7, 3, 20, 15, 44, 925000, tzinfo=UTC),
        options={
            "text-post-permalink": "https://www.threads.net/@zuck/post/CuP48CiS5sx",
            "text-post-version": "0",
        },
    )


def test_threads_embed_code_on_threads_com() -> None:
    # The code as Threads gives it since its move to threads.com (2025), as a 2026 blog
    # post carries it (styles and the logo's SVG path cut short): the URL keeps that host.
    markup = (
        '<blockquote class="text-post-media" data-text-post-permalink="https://www.threads.com/@robot.taylor/post/Db99uRjGwe1" '
        'data-text-post-version="0" id="ig-tp-Db99uRjGwe1" style=" background:#FFF; border-radius: 16px;"> '
        '<a href="https://www.threads.com/@robot.taylor/post/Db99uRjGwe1" style=" line-height:0;" target="_blank"> '
        '<div style=" padding: 40px;"><div style=" height:32px;"> <svg aria-label="Threads" height="32px" role="img" '
        'viewBox="0 0 192 192" width="32px" xmlns="http://www.w3.org/2000/svg"> <path d="M141.537 88.9883Z" /></svg></div>'
        '<div style=" font-size: 15px;"> View on Threads</div></div></a></blockquote>'
    )
    page = '<p style="text-align: center;">\n  ' + markup + "\n"
    page += '<script async src="https://www.threads.com/embed.js"></script>\n</p>'
    [post] = parse(page)
    start = page.index("<blockquote")
    assert post == Embed(
        platform="threads",
        kind="post",
        form="blockquote",
        span=(start, start + len(markup)),
        post_id="Db99uRjGwe1",
        url="https://www.threads.com/@robot.taylor/post/Db99uRjGwe1",
        author=Author(None, "robot.taylor"),
        # (The shortcode's media id 3962594707931596725, >> 23, + Instagram's epoch.)
        created_at=dt.datetime(2026, 8, 13, 5, 15, 21, 631000, tzinfo=UTC),
        options={
            "text-post-permalink": "https://www.threads.com/@robot.taylor/post/Db99uRjGwe1",
            "text-post-version": "0",
        },
    )


def test_threads_rendered_iframe() -> None:
    # What Threads' script leaves in the blockquote's place: the post's /embed/ page in
    # an iframe (tldraw's Threads embed definition builds the same URL from a post's),
    # on threads.com too; in a JSON string as a CMS stores it.
    iframe = '<iframe class="text-post-media" src="https://www.threads.net/@zuck/post/CuP48CiS5sx/embed/" height="600" frameborder="0"></iframe>'
    dotcom = (
        '<iframe src="https://www.threads.com/@zuck/post/CuP48CiS5sx/embed" width="540"></iframe>'
    )
    json = '{"html":"<iframe src=\\"https:\\/\\/www.threads.net\\/@zuck\\/post\\/CuP48CiS5sx\\/embed\\/\\"><\\/iframe>"}'
    # The URL keeps the host the markup names (threads.com since 2025), in its
    # canonical form: www, no /embed.
    net, com = (f"https://www.threads.{h}/@zuck/post/CuP48CiS5sx" for h in ("net", "com"))
    for markup, escaped, url in ((iframe, None, net), (dotcom, None, com), (json, "json", net)):
        [post] = parse(markup)
        assert (post.platform, post.form, post.escaped, post.post_id, post.url, post.author) == (
            "threads", "iframe", escaped, "CuP48CiS5sx", url, Author(None, "zuck"),
        ), markup  # fmt: skip
    # A profile link (the "follow us" links of a page's footer) is no embed, and its
    # needle is turned away by the scan: such a page is never decoded.
    footer = b'<a href="https://www.threads.net/@verge">Threads</a>'
    assert parse(footer) == []
    assert not byte_hits(footer, markers(PLATFORMS), gates(PLATFORMS))


def test_mastodon_embed_code_and_legacy_iframe() -> None:
    # Mastodon 4.3's embed code (fosstodon.org), and the iframe earlier versions gave.
    code = (
        '<blockquote class="mastodon-embed" data-embed-url="https://fosstodon.org/@rustnl/114505776215440277/embed">'
        ' <a href="https://fosstodon.org/@rustnl/114505776215440277" target="_blank"> <div>Post by @rustnl@fosstodon.org</div>'
        " <div>View on Mastodon</div> </a> </blockquote>"
    )
    legacy = '<iframe src="https://fosstodon.org/@Wivik/107645377769254953/embed" class="mastodon-embed" style="max-width: 100%; border: 0" width="400" allowfullscreen="allowfullscreen"></iframe>'
    [a] = parse(code)
    [b] = parse(legacy)
    assert (a.form, a.post_id, a.url, a.author) == (
        "blockquote", "114505776215440277", "https://fosstodon.org/@rustnl/114505776215440277",
        Author(None, "rustnl@fosstodon.org"),
    )  # fmt: skip
    assert a.created_at == dt.datetime(2025, 5, 14, 10, 44, 45, 709000, tzinfo=UTC)
    assert (b.form, b.post_id, b.author) == (
        "iframe",
        "107645377769254953",
        Author(None, "Wivik@fosstodon.org"),
    )


def test_mastodon_iframe_without_its_class() -> None:
    # The legacy iframe above as a CMS's sanitizer leaves it, its class dropped: any
    # server hosts Mastodon, and the path /@user/ID/embed tells it.
    iframe = '<iframe src="https://fosstodon.org/@Wivik/107645377769254953/embed" style="max-width: 100%; border: 0" width="400" allowfullscreen="allowfullscreen"></iframe>'
    page = f"<p>Before.</p>{iframe}<p>After.</p>"
    [post] = parse(page)
    assert (post.platform, post.form, post.post_id, post.url, post.author, post.span) == (
        "mastodon", "iframe", "107645377769254953",
        "https://fosstodon.org/@Wivik/107645377769254953", Author(None, "Wivik@fosstodon.org"),
        (14, 14 + len(iframe)),
    )  # fmt: skip
    # Other sites' /@user/ iframes and links are no status.
    for other in (
        '<iframe src="https://www.tiktok.com/@scout2015/video/6718335390845095173"></iframe>',
        '<a href="https://fosstodon.org/@Wivik/107645377769254953/embed">embed</a>',
        '<iframe src="https://medium.com/@user/a-title-8a7f0c1d2e3f"></iframe>',
    ):
        assert parse(other) == [], other


def test_truth_social_lazy_iframe() -> None:
    # corpus2 001 (Polish news site).
    markup = '<iframe class="truthsocial-embed lazyLoad" width="600" allowfullscreen="allowfullscreen" data-src="https://truthsocial.com/@realDonaldTrump/116431297579272777/embed"></iframe>'
    [post] = parse(markup)
    assert (post.platform, post.post_id, post.url, post.author) == (
        "mastodon", "116431297579272777", "https://truthsocial.com/@realDonaldTrump/116431297579272777",
        Author(None, "realDonaldTrump@truthsocial.com"),
    )  # fmt: skip


def test_reddit_embed_code() -> None:
    markup = (
        '<blockquote class="reddit-embed-bq" style="height:500px" data-embed-height="740">'
        '<a href="https://www.reddit.com/r/datascience/comments/tq93vt/data_without_context_is_noise_with_zoom/">Data without context is noise! (With Zoom)</a>'
        '<br> by<a href="https://www.reddit.com/user/Anxious_City_7864/">u/Anxious_City_7864</a> in'
        '<a href="https://www.reddit.com/r/datascience/">datascience</a></blockquote>'
    )
    [post] = parse(markup)
    assert post == RedditPost(
        form="blockquote",
        span=(0, len(markup)),
        post_id="tq93vt",
        url="https://www.reddit.com/r/datascience/comments/tq93vt/",
        author=Author(None, "Anxious_City_7864"),
        subreddit="datascience",
        title="Data without context is noise! (With Zoom)",
        options={"embed-height": "740"},
    )


def test_reddit_comment_card_and_amp() -> None:
    comment = (
        '<blockquote class="reddit-embed-bq" data-embed-height="220"><a href="https://www.reddit.com/r/godot/comments/1e9iyof/comment/leevgp2/">Comment</a>'
        '<br> by<a href="https://www.reddit.com/user/Salt-Trash-269/">u/Salt-Trash-269</a></blockquote>'
    )
    card = '<blockquote class="reddit-card" data-card-created="1473800460"><a href="https://www.reddit.com/r/me_irl/comments/52rmir/me_irl/?ref=share&ref_source=embed">me_irl</a> from <a href="http://www.reddit.com/r/me_irl">r/me_irl</a></blockquote>'
    amp = '<amp-reddit layout="responsive" width="300" height="400" data-embedtype="post" data-src="https://www.reddit.com/r/me_irl/comments/52rmir/me_irl/?ref=share&amp;ref_source=embed"></amp-reddit>'
    [a] = parse(comment)
    [b] = parse(card)
    [c] = parse(amp)
    assert (a.kind, a.post_id, a.url) == (
        "comment",
        "1e9iyof",
        "https://www.reddit.com/r/godot/comments/1e9iyof/comment/leevgp2/",
    )
    assert (b.post_id, b.subreddit, b.title) == ("52rmir", "me_irl", "me_irl")
    assert (c.form, c.post_id, c.subreddit) == ("amp", "52rmir", "me_irl")
    # The comment's link says "Comment"; the post's title is the discussion link's text,
    # None where that link is empty (the code in full, as a blog page carries it).
    for title in ("What's the most outrageous bit of code you wrote?", ""):
        whole = (
            '<blockquote class="reddit-embed-bq" data-embed-theme="dark" data-embed-height="220"><a href="https://www.reddit.com/r/godot/comments/1e9iyof/comment/leevgp2/">Comment</a>'
            '<br> by<a href="https://www.reddit.com/user/Salt-Trash-269/">u/Salt-Trash-269</a> from discussion'
            f'<a href="https://www.reddit.com/r/godot/comments/1e9iyof/whats_the_most_outrageous_bit_of_code_you_wrote/">{title}</a>'
            '<br> in<a href="https://www.reddit.com/r/godot/">godot</a></blockquote>'
        )
        [d] = parse(whole)
        assert (d.kind, d.post_id, d.subreddit, d.title, d.author) == (
            "comment", "1e9iyof", "godot", title or None, Author(None, "Salt-Trash-269")
        )  # fmt: skip
    assert a.title is None


def test_reddit_rendered_iframes() -> None:
    # Reddit's script turns the blockquote into this iframe (a news page's, from
    # digitaltrends.com; Discourse's Reddit onebox writes the same URL); Reddit's
    # older embed dialog gave the iframe on redditmedia.com.
    new = (
        '<iframe src="https://embed.reddit.com/r/gaming/comments/1tki2q5/valorants_new_vanguard_update_seems_to_be/'
        "?embed=true&amp;ref_source=embed&amp;ref=share&amp;utm_medium=widgets&amp;utm_source=embedv2&amp;utm_term=23"
        '&amp;utm_name=post_embed&amp;embed_host_url=https%3A%2F%2Fwww.digitaltrends.com%2Fgaming%2F" width="640px" '
        'allowfullscreen="true" allow="clipboard-read; clipboard-write" height="240"></iframe>'
    )
    old = (
        '<iframe id="reddit-embed" src="https://www.redditmedia.com/r/titanfall/comments/108426e/servers_just_got_knocked_offline_but_not_before/'
        '?ref_source=embed&amp;ref=share&amp;embed=true&amp;theme=dark" sandbox="allow-scripts allow-same-origin allow-popups" '
        'style="border: none;" height="410" width="640" scrolling="no"></iframe>'
    )
    comment = '<iframe id="reddit-embed" src="https://www.redditmedia.com/r/learnpython/comments/vrqt0a/can_you_make_websites_with_python/iey5cv9/?depth=1&amp;showmore=false&amp;embed=true&amp;showmedia=false" height="300"></iframe>'
    [a] = parse(new)
    [b] = parse(old)
    [c] = parse(comment)
    assert (a.platform, a.form, a.kind, a.post_id, a.subreddit, a.url) == (
        "reddit", "iframe", "post", "1tki2q5", "gaming",
        "https://www.reddit.com/r/gaming/comments/1tki2q5/",
    )  # fmt: skip
    assert (b.form, b.post_id, b.subreddit, b.title) == ("iframe", "108426e", "titanfall", None)
    assert (c.kind, c.post_id, c.url) == (
        "comment", "vrqt0a",
        "https://www.reddit.com/r/learnpython/comments/vrqt0a/comment/iey5cv9/",
    )  # fmt: skip


def test_telegram_widget_and_its_iframe() -> None:
    # core.telegram.org/widgets/post.
    script = '<script async src="https://telegram.org/js/telegram-widget.js?22" data-telegram-post="durov/43" data-width="100%"></script>'
    iframe = '<iframe id="telegram-post-durov-43" src="https://t.me/durov/43?embed=1" width="100%" frameborder="0" scrolling="no"></iframe>'
    [a] = parse(script)
    [b] = parse(iframe)
    assert (a.platform, a.form, a.post_id, a.url, a.author) == (
        "telegram", "element", "durov/43", "https://t.me/durov/43", Author(None, "durov")
    )  # fmt: skip
    assert (b.form, b.post_id) == ("rendered", "durov/43")


def test_linkedin_iframe() -> None:
    number = (1_700_000_000_000 << 22) + 1
    markup = f'<iframe src="https://www.linkedin.com/embed/feed/update/urn:li:share:{number}" height="670" width="504" frameborder="0" allowfullscreen="" title="Embedded post"></iframe>'
    [post] = parse(markup)
    assert (post.platform, post.form, post.post_id, post.url) == (
        "linkedin", "iframe", f"urn:li:share:{number}", f"https://www.linkedin.com/feed/update/urn:li:share:{number}/"
    )  # fmt: skip
    assert post.created_at == dt.datetime.fromtimestamp(1_700_000_000, UTC)


def test_platforms_selects() -> None:
    page = (
        '<iframe src="https://www.youtube.com/embed/x2Gf04W_ff8"></iframe>'
        '<iframe src="https://t.me/durov/43?embed=1"></iframe>'
    )
    assert [e.platform for e in parse(page)] == ["youtube", "telegram"]
    assert [e.platform for e in parse(page, platforms=["telegram"])] == ["telegram"]


def test_threads_short_permalink_names_no_user() -> None:
    # The code as a WordPress plugin writes it from the post's id ("the code currently
    # provided by Threads"), with the short permalink /t/ID; an oEmbed answer's too.
    code = (
        '<blockquote class="text-post-media" data-text-post-permalink="https://www.threads.net/t/CuWPE6iNEx_" '
        'data-text-post-version="0" id="ig-tp-CuWPE6iNEx_" style=" background:#FFF;"> </blockquote>'
        '<script async src="https://www.threads.net/embed.js"></script>'
    )
    [post] = parse(code)
    assert (post.form, post.post_id, post.url, post.author) == (
        "blockquote", "CuWPE6iNEx_", "https://www.threads.net/t/CuWPE6iNEx_", None,
    )  # fmt: skip
    # The id's time is the id's, whichever URL names it.
    [named] = parse(code.replace("/t/CuWPE6iNEx_", "/@corentin_da_/post/CuWPE6iNEx_"))
    assert named.author == Author(None, "corentin_da_")
    assert post.created_at == named.created_at is not None
