"""Reusable Hypothesis strategies: malformed HTML around embeds, and tweet fields."""

from __future__ import annotations

import datetime as dt
from typing import Any

from hypothesis import strategies as st

# Pieces real pages are made of, embed markup included, to be shuffled into soup.
_TOKENS = [
    '<blockquote class="twitter-tweet">',
    '<blockquote class="twitter-video" data-lang="de">',
    "<BLOCKQUOTE CLASS=twitter-tweet>",
    '<blockquote data-twitter="twitter-tweet">',
    "<blockquote>",
    "</blockquote>",
    '<p lang="en" dir="ltr">',
    "<p>",
    "</p>",
    "<br>",
    '<a href="https://twitter.com/a/status/1370827335461826566?ref_src=twsrc%5Etfw">',
    '<a href="javascript:alert(1)">',
    "<a>",
    "</a>",
    "&mdash; Name (@handle) ",
    "March 13, 2021",
    "&amp;",
    "&#128308;",
    "&#x;",
    "&",
    "<",
    ">",
    '"',
    "<script>",
    "</script>",
    "<!--",
    "-->",
    "<![CDATA[",
    "<textarea>",
    "<!DOCTYPE html>",
    "<html lang='fr'>",
    "@user #tag $CASH https://t.co/x pic.twitter.com/x",
    "🔴 – caption\n",
    "\x00",
    "\ud83d",
    # Other platforms' markup, and the containers that make copies of it.
    '<blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.com/p/B8pT40EBjoK/">',
    '<iframe src="https://www.youtube.com/embed/x2Gf04W_ff8">',
    '<iframe data-lazy-src="https://www.youtube.com/embed/x2Gf04W_ff8">',
    '<iframe src="about:blank" data-cmp-src="https://www.youtube.com/embed/live_stream?channel=UC1">',
    '<source type="video/youtube" src="https://youtu.be/jcBnqS4Fx2s?_=1" />',
    '<div class="lyte-wrapper"><div class="lyMe" id="WYL_x2Gf04W_ff8">',
    "<div class=js-tweet data-tweetid=1387304686957498370>",
    '<embetty-tweet status="1015587853245968384">',
    '<embetty-video type="youtube" video-id="m7ddJ1yXEX0" start-at="42">',
    # Borlabs Cookie's blocker of a YouTube iframe (base64 of its code).
    '<div class="BorlabsCookie"><div class="borlabs-hide" data-borlabs-cookie-type="content-blocker">'
    '<script type="text/template">PGlmcmFtZSBzcmM9Imh0dHBzOi8vd3d3LnlvdXR1YmUuY29tL2VtYmVkL3gyR2YwNFdfZmY4Ij48L2lmcmFtZT4='
    "</script></div></div>",
    '<div class="ConsentBannerWrapper-f" data-testid="message-banner"><a href="https://x.com/a/status/9">',
    "</iframe>",
    "<lite-youtube videoid='K2oawPsUc8Y'>",
    # YouTube's lazy players and facades (WP Rocket's; a thumbnail in a YouTube element).
    '<div class="rll-youtube-player" data-src="https://www.youtube.com/embed/AqzMjzQ9pH4">',
    '<div class="youtube" data-youtube-id="E_oqg77D8K0"><img src="//img.youtube.com/vi/E_oqg77D8K0/0.jpg">',
    '<img src="https://i.ytimg.com/vi/xMI66kpo9Tw/hqdefault.jpg">',
    '<blockquote class="tiktok-embed" cite="https://www.tiktok.com/@a/video/7380087564788714795">',
    '<blockquote class="bluesky-embed" data-bluesky-uri="at://did:plc:abc/app.bsky.feed.post/3lbq7mxsiek2v">',
    '<div class="fb-post" data-href="https://www.facebook.com/a/posts/1">',
    "</div>",
    '<blockquote class="reddit-embed-bq"><a href="https://www.reddit.com/r/a/comments/abc123/x/">',
    '<blockquote class="mastodon-embed" data-embed-url="https://a.social/@u/114505776215440277/embed">',
    '<blockquote class="text-post-media" data-text-post-permalink="https://www.threads.net/@u/post/CuP48CiS5sx">',
    '<script data-telegram-post="durov/43">',
    '<iframe src="https://www.linkedin.com/embed/feed/update/urn:li:share:1">',
    # Embed services' elements (Embedly, Iframely, Drupal's oEmbed iframe).
    '<iframe src="https://cdn.embedly.com/widgets/media.html?url=https%3A//twitter.com/a/status/20">',
    '<a href="https://www.instagram.com/p/B8pT40EBjoK/" data-iframely-url="//cdn.iframe.ly/x">',
    "</a>",
    '<iframe data-src="/media/oembed?url=https%3A//youtu.be/x2Gf04W_ff8&amp;hash=a">',
    '<oembed url="https://www.youtube.com/watch?v=H08tGjXNHO4">',
    '<div class="wp-block-embed__wrapper">\nhttps://www.instagram.com/p/CeVvHCUs0Zp/\n',
    "<noscript>",
    "</noscript>",
    "<template>",
    "</template>",
]

soup = st.lists(st.one_of(st.sampled_from(_TOKENS), st.text(max_size=12)), max_size=40).map("".join)

# Text that cannot interact with markup: no tag, entity or embed marker in it.
unrelated_text = st.text(
    alphabet=st.characters(blacklist_characters="<>&\x00", blacklist_categories=("Cs",)),
    max_size=60,
).filter(lambda s: "twitter" not in s)

_WORD_CHARS = st.characters(categories=("L", "N", "P", "S"), exclude_characters="<>&@＠#＃$\u00a0")
_word = st.text(alphabet=_WORD_CHARS, min_size=1, max_size=10)
# A line as a reader sees it: words separated by single spaces.
_line = st.lists(_word, min_size=1, max_size=8).map(" ".join)
_paragraph = st.lists(_line, min_size=1, max_size=3).map("\n".join)

_name_word = st.text(alphabet=st.characters(categories=("L", "N")), min_size=1, max_size=10)


@st.composite
def tweet_fields(draw: st.DrawFn) -> dict[str, Any]:
    """Fields to render an embed from, as the embed generator would write them."""
    date = draw(st.dates(min_value=dt.date(2011, 1, 1), max_value=dt.date(2030, 12, 31)))
    return {
        "paragraphs": draw(st.lists(_paragraph, min_size=1, max_size=3)),
        "name": draw(st.lists(_name_word, min_size=1, max_size=3).map(" ".join)),
        "handle": draw(st.from_regex(r"[A-Za-z0-9_]{1,15}", fullmatch=True)),
        "status_id": str(draw(st.integers(min_value=29_700_859_247, max_value=(1 << 62)))),
        "date": date,
        "lang": draw(st.sampled_from(["en", "de", "es", "fr", "ja", "ru"])),
        "kind": draw(st.sampled_from(["tweet", "video"])),
        "options": draw(
            st.dictionaries(
                st.sampled_from(["theme", "dnt", "conversation", "cards", "width", "align"]),
                st.from_regex(r"[a-z0-9]{1,8}", fullmatch=True),
                max_size=4,
            )
        ),
    }


def cldr_locales() -> st.SearchStrategy[str]:
    """Every locale CLDR (through Babel) knows."""
    from babel import localedata

    return st.sampled_from(sorted(localedata.locale_identifiers()))


# Markup that opens and closes the elements the tokenizer reads as text (and
# comments) in every way that matters to where they end, with wide characters.
_TEXT_ELEMENT_TOKENS = [
    "<script>",
    "<SCRIPT type=x>",
    "<script",
    "<scripts>",
    "</script>",
    "</ScRiPt >",
    "</scripts>",
    "<style>",
    "</style>",
    "<title>",
    "</TITLE>",
    "<textarea>",
    "</textarea>",
    "<xmp>",
    "</xmp>",
    "<noembed>",
    "</noembed>",
    "<plaintext>",
    "</plaintext>",
    "<\u017fcript>",
    "<!--",
    "-->",
    "<!-->",
    "<",
    ">",
    "</",
    "<p>",
    "x",
    " ",
    "\n",
    "é",
    "中",
    "😀",
    "\ud800",
]
text_element_soup = st.lists(st.sampled_from(_TEXT_ELEMENT_TOKENS), max_size=30).map("".join)


_TID_CHARS = "234567abcdefghijklmnopqrstuvwxyz"


@st.composite
def platform_embeds(draw: st.DrawFn) -> tuple[str, str, dict[str, Any]]:
    """An embed of any platform but Twitter: its platform, the fields it is rendered
    from (as ``(name, value)`` of the record), and the rendering function's arguments."""
    from render import (
        render_bluesky,
        render_facebook,
        render_facebook_xfbml,
        render_instagram,
        render_mastodon,
        render_mastodon_iframe,
        render_reddit,
        render_tiktok,
        render_youtube,
    )

    platform = draw(
        st.sampled_from(
            ["instagram", "tiktok", "bluesky", "youtube", "facebook", "reddit", "mastodon"]
        )
    )
    date = draw(st.dates(min_value=dt.date(2013, 1, 1), max_value=dt.date(2030, 12, 31)))
    long_date = date.strftime("%B ") + str(date.day) + date.strftime(", %Y")
    name = draw(st.lists(_name_word, min_size=1, max_size=3).map(" ".join))
    text = draw(_paragraph)
    if platform == "instagram":
        code = draw(st.from_regex(r"[A-Za-z0-9_-]{11}", fullmatch=True))
        handle = draw(st.from_regex(r"[a-z0-9_][a-z0-9_.]{0,29}", fullmatch=True))
        markup = render_instagram(
            shortcode=code, caption=text, name=name, handle=handle,
            timestamp=f"{date.isoformat()}T12:00:00+00:00", date_text=long_date,
        )  # fmt: skip
        expected = {"post_id": code, "text": text, "author": (name, handle), "date": date}
    elif platform == "tiktok":
        video_id = str(
            draw(st.integers(min_value=6_500_000_000_000_000_000, max_value=(1 << 63) - 1))
        )
        handle = draw(st.from_regex(r"[a-z0-9_][a-z0-9_.]{1,23}", fullmatch=True))
        sound = draw(_line)
        markup = render_tiktok(video_id=video_id, handle=handle, caption=text, sound=sound)
        expected = {"post_id": video_id, "text": text, "author": (None, handle), "sound": sound}
    elif platform == "bluesky":
        did = "did:plc:" + draw(st.text(alphabet=_TID_CHARS, min_size=24, max_size=24))
        rkey = draw(st.sampled_from("234567abcdefghij")) + draw(
            st.text(alphabet=_TID_CHARS, min_size=12, max_size=12)
        )
        handle = draw(st.from_regex(r"[a-z0-9]{1,12}\.bsky\.social", fullmatch=True))
        markup = render_bluesky(
            did=did,
            rkey=rkey,
            text=text,
            name=name,
            handle=handle,
            date_text=long_date + " at 9:28 PM",
        )
        expected = {
            "post_id": f"at://{did}/app.bsky.feed.post/{rkey}", "text": text,
            "author": (name, handle), "date": date, "did": did,
        }  # fmt: skip
    elif platform == "youtube":
        video_id = draw(
            st.from_regex(r"[A-Za-z0-9_-]{11}", fullmatch=True).filter(lambda v: v != "videoseries")
        )
        start = draw(st.none() | st.integers(min_value=0, max_value=86_400))
        title = draw(_line.filter(lambda t: t.lower() not in ("youtube", "video")))
        markup = render_youtube(
            video_id=video_id, start=start, title=title, lazy=draw(st.booleans())
        )
        expected = {"post_id": video_id, "start": start, "title": title}
    elif platform == "facebook":
        url = f"https://www.facebook.com/{draw(st.from_regex(r'[A-Za-z0-9.]{5,20}', fullmatch=True))}/posts/{draw(st.integers(min_value=1, max_value=10**17))}"
        if draw(st.booleans()):
            markup = render_facebook(url=url, text=text, name=name, date_text=long_date)
            expected = {"post_id": url, "text": text, "author": (name, None), "date": date}
        else:  # XFBML: the URL alone
            tag = draw(st.sampled_from(["post", "video"]))
            markup = render_facebook_xfbml(url=url, tag=tag)
            expected = {"post_id": url, "text": "", "author": None, "date": None}
    elif platform == "reddit":
        subreddit = draw(st.from_regex(r"[A-Za-z0-9_]{3,21}", fullmatch=True))
        post_id = draw(st.from_regex(r"[a-z0-9]{6,7}", fullmatch=True))
        user = draw(st.from_regex(r"[A-Za-z0-9_-]{3,20}", fullmatch=True))
        title = draw(_line)
        markup = render_reddit(subreddit=subreddit, post_id=post_id, title=title, user=user)
        expected = {
            "post_id": post_id,
            "subreddit": subreddit,
            "title": title,
            "author": (None, user),
        }
    else:
        host = draw(st.from_regex(r"[a-z]{3,10}\.social", fullmatch=True))
        user = draw(st.from_regex(r"[A-Za-z0-9_]{1,20}", fullmatch=True))
        status_id = str(
            draw(st.integers(min_value=100_000_000_000_000_000, max_value=120_000_000_000_000_000))
        )
        form = draw(st.sampled_from(["code", "iframe", "classless iframe"]))
        if form == "code":
            markup = render_mastodon(host=host, user=user, status_id=status_id)
        else:
            markup = render_mastodon_iframe(
                host=host, user=user, status_id=status_id, classed=form == "iframe"
            )
        expected = {"post_id": status_id, "author": (None, f"{user}@{host}")}
    return platform, markup, expected


def _needle_pieces() -> list[bytes]:
    from tweetembed import platforms

    names = tuple(platforms.PLATFORMS)
    raws = sorted({m.raw for m in platforms.markers(names)})
    # Whole needles, their halves (a needle cut short is none), the gates, and the
    # bytes the shaped needles need after them.
    pieces = set(raws) | {r[: len(r) // 2] for r in raws} | {r[len(r) // 2 :] for r in raws}
    pieces |= {g.encode("utf-8") for g in platforms.gates(names)}
    return sorted(pieces | {b"a)", b"a) ", b"x", b"<", b"/", b"-", b"\xe2\x80\x94"})


# Bytes made of the platforms' needles, pieces of them and other bytes: for the scan.
needle_soup = st.lists(
    st.one_of(st.sampled_from(_needle_pieces()), st.binary(max_size=6)), max_size=40
).map(b"".join)


# Text made of domain labels (TLDs, near-TLDs, IDN ones), dots and what may follow
# a domain: for the URL pattern that takes any TLD-shaped word.
urlish_text = st.lists(
    st.sampled_from(
        [
            "a",
            "www",
            "google",
            "co",
            "uk",
            "com",
            "COM",
            "txt",
            "museum",
            "notatld",
            "рф",
            "xn--p1ai",
            "é",
            "comé",
            "ελ",
            "1",
            "t",
            "http://",
            "https://",
            ".",
            ".",
            ".",
            "/",
            " ",
            "?q=1",
            "@",
            "-",
            "_",
            ":80",
            "#",
            "(",
            ")",
            "$",
        ]
    ),
    max_size=30,
).map("".join)


# Text around hash signs (both widths), with the characters hashtags' rules name.
hashy_text = st.lists(
    st.sampled_from(
        [
            "#",
            "＃",
            "a",
            "é",
            "1",
            "_",
            "&",
            " ",
            "\ufe0e",
            "\ufe0f",
            "\u20e3",
            "://",
            "ー",
            "ก",
            "\u0301",
            "-",
        ]
    ),
    max_size=30,
).map("".join)


# Tags as each escaping writes them, cut, nested and in other cases: for the searches
# that find a tag where its name is.
tag_soup = st.lists(
    st.sampled_from(
        [
            "<",
            "</",
            "\\u003c",
            "\\u003C",
            "\\/",
            "/",
            "&lt;",
            "&amp;lt;",
            "&#60;",
            "&#x3c;",
            "&#47;",
            "&sol;",
            "&amp;#47;",
            "%3C",
            "%2F",
            "blockquote",
            "BlockQuote",
            "iframe",
            "blockquotes",
            " ",
            ">",
            "\\u003e",
            "&gt;",
            "%3E",
            "x",
            '="',
            '"',
            "é",
        ]
    ),
    max_size=40,
).map("".join)


# Text dense in what starts mentions and cashtags: signs, "RT" and its colon, the
# characters allowed and refused before them.
signed_text = st.lists(
    st.sampled_from(
        ["@", "＠", "$", "RT", "rt", ":", "a", "1", "_", "!", ".", " ", "é", "AAPL", "://"]
    ),
    max_size=12,
).map("".join)


@st.composite
def post_urls(draw: st.DrawFn) -> tuple[str, str, str]:
    """A post's own URL on one of nine platforms: (URL, platform, post id)."""
    platform = draw(
        st.sampled_from(
            ["twitter", "youtube", "instagram", "tiktok", "reddit", "threads", "mastodon",
             "telegram", "linkedin"]
        )
    )  # fmt: skip
    if platform == "twitter":
        post_id = str(draw(st.integers(min_value=20, max_value=(1 << 63) - 1)))
        handle = draw(st.from_regex(r"[A-Za-z0-9_]{1,15}", fullmatch=True))
        url = f"https://twitter.com/{handle}/status/{post_id}"
    elif platform == "youtube":
        post_id = draw(st.from_regex(r"[A-Za-z0-9_-]{11}", fullmatch=True))
        url = f"https://www.youtube.com/watch?v={post_id}"
    elif platform == "instagram":
        post_id = draw(st.from_regex(r"[A-Za-z0-9_-]{11}", fullmatch=True))
        url = f"https://www.instagram.com/p/{post_id}/"
    elif platform == "tiktok":
        post_id = str(draw(st.integers(min_value=10**18, max_value=(1 << 63) - 1)))
        handle = draw(st.from_regex(r"[a-z0-9_][a-z0-9_.]{1,23}", fullmatch=True))
        url = f"https://www.tiktok.com/@{handle}/video/{post_id}"
    elif platform == "reddit":
        post_id = draw(st.from_regex(r"[a-z0-9]{6,7}", fullmatch=True))
        subreddit = draw(st.from_regex(r"[A-Za-z0-9_]{3,21}", fullmatch=True))
        url = f"https://www.reddit.com/r/{subreddit}/comments/{post_id}/"
    elif platform == "threads":
        post_id = draw(st.from_regex(r"[A-Za-z0-9_-]{11}", fullmatch=True))
        user = draw(st.from_regex(r"[a-z0-9_][a-z0-9_.]{0,29}", fullmatch=True))
        url = f"https://www.threads.net/@{user}/post/{post_id}"
    elif platform == "mastodon":
        post_id = str(draw(st.integers(min_value=10**17, max_value=10**19)))
        host = draw(st.from_regex(r"[a-z]{3,10}\.social", fullmatch=True))
        user = draw(st.from_regex(r"[A-Za-z0-9_]{1,20}", fullmatch=True))
        url = f"https://{host}/@{user}/{post_id}"
    elif platform == "telegram":
        channel = draw(st.from_regex(r"[A-Za-z][A-Za-z0-9_]{3,31}", fullmatch=True))
        number = draw(st.integers(min_value=1, max_value=10**9))
        post_id, url = f"{channel}/{number}", f"https://t.me/{channel}/{number}"
    else:
        number = draw(st.integers(min_value=10**18, max_value=10**19))
        kind = draw(st.sampled_from(["activity", "share", "ugcPost"]))
        post_id = f"urn:li:{kind}:{number}"
        url = f"https://www.linkedin.com/feed/update/{post_id}/"
    return url, platform, post_id


@st.composite
def proxied_posts(draw: st.DrawFn) -> tuple[str, str, str]:
    """A post's own URL as an embed service names it: (markup, platform, post id).

    The services' markup: Embedly's and Iframely's iframes, Iframely's placeholder
    link, Drupal's oEmbed iframe, CKEditor's ``<oembed url>``, and Embedly's iframe as
    AMP writes it (see tests/test_proxies.py for their sources).
    """
    from urllib.parse import quote

    url, platform, post_id = draw(post_urls())
    encoded = quote(url, safe="")
    markup = draw(
        st.sampled_from(
            [
                f'<iframe class="embedly-embed" src="https://cdn.embedly.com/widgets/media.html?url={encoded}&amp;type=text%2Fhtml"></iframe>',
                f'<iframe src="https://cdn.iframe.ly/api/iframe?url={encoded}&amp;key=k"></iframe>',
                f'<a href="{url}" data-iframely-url="//cdn.iframe.ly/api/iframe?url={encoded}"></a>',
                f'<iframe src="/media/oembed?url={quote(url, safe="/:")}&amp;max_width=0&amp;hash=h" class="media-oembed-content"></iframe>',
                f'<oembed url="{url}"></oembed>',
                f'<amp-iframe src="https://cdn.embedly.com/widgets/media.html?url={encoded}" layout="responsive" sandbox="allow-scripts"></amp-iframe>',
            ]
        )
    )
    return markup, platform, post_id


@st.composite
def placeholders(draw: st.DrawFn) -> tuple[str, str, str]:
    """An empty element naming a post as a site's loading script does
    (tests/test_placeholders.py): the URL in a data attribute, or an endpoint's url=
    parameter; maybe a space before it, a note inside. (markup, platform, post id)."""
    from urllib.parse import quote

    url, platform, post_id = draw(post_urls())
    tag = draw(st.sampled_from(["div", "span", "figure", "section", "p"]))
    name = draw(st.from_regex(r"data-[a-z][a-z_-]{0,12}", fullmatch=True))
    value = draw(
        st.sampled_from(
            [
                url,
                " " + url,
                f"https://graph.example.com/v8.0/oembed?url={url}",
                f"/embed?url={quote(url, safe='')}&amp;lang=de",
            ]
        )
    )
    inner = draw(st.sampled_from(["", " ", '<div class="skeleton"></div>', "Loading…"]))
    return f'<{tag} class="x" {name}="{value}">{inner}</{tag}>', platform, post_id


@st.composite
def linked_urls(draw: st.DrawFn) -> tuple[str, str, str, str]:
    """A post's URL as a link's whole text alone on its line, as HTML, html2text's
    autolink and Markdown write it: (page, the URL as written, platform, post id)."""
    url, platform, post_id = draw(post_urls())
    line = draw(
        st.sampled_from([f'<p><a href="{url}">{url}</a></p>', f"<{url}>", f"[{url}]({url}?s=1)"])
    )
    return f"Before.\n\n{line}\n\nAfter.", url, platform, post_id


@st.composite
def embedly_cards(draw: st.DrawFn) -> tuple[str, str, str]:
    """An Embedly card of a post, as its generator writes it (tests/test_url_blocks.py):
    (markup, platform, post id)."""
    url, platform, post_id = draw(post_urls())
    title = draw(st.sampled_from(["A title", "", "Él & <b>Ça</b>"]))
    markup = draw(
        st.sampled_from(
            [
                f'<blockquote class="embedly-card" data-card-controls="0"><h4><a href="{url}">{title}</a></h4><p>{title}</p></blockquote>',
                f'<a class="embedly-card" href="{url}">{title}</a>',
                f'<a href="{url}" class="embedly-card" data-card-image="0"></a>',
            ]
        )
    )
    return markup, platform, post_id


# An article's paragraph, longer than any tweet, for the texts extractors write.
_ARTICLE = (
    "The council met on Tuesday to discuss the budget for the coming year, and after "
    "a long debate the members agreed to raise the funds for schools and roads while "
    "cutting the costs of the administration, a decision that the mayor welcomed in a "
    "statement that was read out at the end of the session by her spokesman."
)
# A tweet's line: words of letters and digits with plain punctuation, ending in a
# word or a full stop (no colon or ellipsis, no list mark, nothing a footer holds).
_WORD = st.from_regex(r"[A-Za-z][a-z0-9]{0,9}", fullmatch=True)
_TWEET_LINE = st.builds(
    lambda words, end: " ".join(words) + end,
    st.lists(_WORD, min_size=2, max_size=12),
    st.sampled_from(["", ".", "!", "?"]),
).filter(lambda line: line[0].isalpha())


@st.composite
def extracted_tweets(draw: st.DrawFn) -> tuple[str, list[str], str, str]:
    """A tweet as an extractor writes it where nothing sets it apart: its lines (one a
    line, trafilatura's plain text; or a paragraph each, its Markdown) between an
    article's paragraphs, then its footer. (text, the tweet's lines, name, handle)"""
    lines = draw(st.lists(_TWEET_LINE, min_size=1, max_size=4))
    if sum(len(line) + 1 for line in lines) > 270:  # more than a tweet holds
        lines = lines[:1]
    name = draw(st.from_regex(r"[A-Z][a-z]{2,12}( [A-Z][a-z]{2,12})?", fullmatch=True))
    handle = draw(st.from_regex(r"[A-Za-z_][A-Za-z0-9_]{2,14}", fullmatch=True))
    between = draw(st.sampled_from(["\n", "\n\n"]))
    footer = f"— {name} (@{handle}) March 13, 2021"
    text = between.join([_ARTICLE, *lines, footer, _ARTICLE]) + "\n"
    return text, lines, name, handle


# Instagram's credit openings and "View this post" lines as its embed code writes
# them in the copier's language (seen in the corpora's pages), with a date in that
# language when the code is old enough to write one.
_CREDITS = [
    ("View this post on Instagram", "A post shared by", "on Jun 16, 2019 at 7:30am PDT"),
    (
        "Sieh dir diesen Beitrag auf Instagram an",
        "Ein Beitrag geteilt von",
        "am 23. Okt 2017 um 0:31 Uhr",
    ),
    (None, "Публикация от", "Дек 20, 2017 at 1:04 PST"),
]


@st.composite
def extracted_instagram_credits(
    draw: st.DrawFn,
) -> tuple[str, str, str, str, dt.date | None]:
    """An Instagram embed as an extractor that keeps text alone writes it, between an
    article's paragraphs: its "View this post" line, caption and credit line, each a
    paragraph (indented as inscriptis writes them, or not). (text, caption, name,
    handle, date)"""
    view, opening, date_text = draw(st.sampled_from(_CREDITS))
    dated = draw(st.booleans())
    caption_lines = draw(st.lists(_TWEET_LINE, min_size=0, max_size=3)) if view else []
    name = draw(st.from_regex(r"[A-Z][a-z]{2,12}( [A-Z][a-z]{2,12})?", fullmatch=True))
    handle = draw(st.from_regex(r"[a-z_][a-z0-9_.]{0,28}[a-z0-9_]", fullmatch=True))
    indent = draw(st.sampled_from(["", "      "]))
    credit = f"{opening} {name} (@{handle})" + (f" {date_text}" if dated else "")
    paragraphs = [*([view] if view else []), *caption_lines, credit]
    embed = "\n\n".join(indent + p for p in paragraphs)
    text = f"{_ARTICLE}\n\n{embed}\n\n{_ARTICLE}\n"
    dates = {
        "on Jun 16, 2019 at 7:30am PDT": dt.date(2019, 6, 16),
        "am 23. Okt 2017 um 0:31 Uhr": dt.date(2017, 10, 23),
        "Дек 20, 2017 at 1:04 PST": dt.date(2017, 12, 20),
    }
    return text, "\n\n".join(caption_lines), name, handle, dates[date_text] if dated else None


@st.composite
def linked_instagram_credits(draw: st.DrawFn) -> tuple[str, str, str, str, str, dt.date]:
    """An older Instagram code as html2text writes it: the credit a Markdown link to
    the post inside a quote, wrapped in the name or before the handle, the
    date after the link or on the quote's next line. (text, embed, code, name, handle,
    date)"""
    _, opening, date_text = draw(st.sampled_from(_CREDITS))
    name = draw(st.from_regex(r"[A-Z][a-z]{2,12}( [A-Z][a-z]{2,12})?", fullmatch=True))
    handle = draw(st.from_regex(r"[a-z_][a-z0-9_.]{0,28}[a-z0-9_]", fullmatch=True))
    code = draw(st.from_regex(r"[A-Za-z0-9_-]{11}", fullmatch=True))
    link = f"https://www.instagram.com/p/{code}/"
    # (html2text wraps at 78 columns: the quote's first line holds the whole opening.)
    words = f"{opening} {name}".split(" ")
    cut = draw(st.integers(min_value=len(opening.split(" ")) + 1, max_value=len(words)))
    credit = " ".join(words[:cut]) + "\n> " + " ".join([*words[cut:], f"(@{handle})"]).strip()
    date_words = date_text.split(" ")
    wrap = draw(st.integers(min_value=0, max_value=len(date_words) - 1))
    date = " ".join(date_words[:wrap]) + "\n> " + " ".join(date_words[wrap:])
    embed = f"> [{credit}]({link}) {date}".replace(" \n", "\n")
    text = f"{_ARTICLE}\n\n{embed}\n\n{_ARTICLE}\n"
    dates = {
        "on Jun 16, 2019 at 7:30am PDT": dt.date(2019, 6, 16),
        "am 23. Okt 2017 um 0:31 Uhr": dt.date(2017, 10, 23),
        "Дек 20, 2017 at 1:04 PST": dt.date(2017, 12, 20),
    }
    return text, embed, code, name, handle, dates[date_text]


@st.composite
def extracted_tiktoks(draw: st.DrawFn) -> tuple[str, str, str, str]:
    """A TikTok embed as an extractor that keeps text alone writes it, between an
    article's paragraphs: the creator's handle, the caption (words and hashtags) and
    the sound, a paragraph each (inscriptis, indented or not) or a line at each
    link (``get_text``: lines of a space between). (text, handle, caption, sound)"""
    handle = draw(st.from_regex(r"[a-z_][a-z0-9_.]{0,22}[a-z0-9_]", fullmatch=True))
    words = draw(st.lists(_WORD, min_size=1, max_size=6))
    tags = draw(st.lists(_WORD.map(lambda w: "#" + w), min_size=0, max_size=4))
    sound = "original sound - " + draw(_WORD)
    caption = " ".join([*words, *tags])
    if draw(st.booleans()):
        indent = draw(st.sampled_from(["", "            "]))
        lines = [f"@{handle}", caption, f"♬ {sound}"]
        embed = "\n\n".join(indent + line for line in lines)
    else:
        lines = [f"@{handle}", " ".join(words) + " ", *tags, " ", f"♬ {sound}"]
        embed = " \n \n" + "\n \n".join(lines) + "\n \n"
    return f"{_ARTICLE}\n\n{embed}\n\n{_ARTICLE}\n", handle, caption, sound
