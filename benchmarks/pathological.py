"""Adversarial inputs at 100 KB, 1 MB and 10 MB: parse's time must grow linearly.

Run: python benchmarks/pathological.py [--sizes 100000 1000000 10000000] [--only TEXT]
For each input, prints the time at each size (at 100 KB and 1 MB the median of
three runs), the ratio between the 1 MB and 100 KB times (about 10 is linear) and
the peak memory parse allocates at 1 MB (tracemalloc, as a multiple of the input's
size), with the share the returned records hold (and their bytes each: a page of
one tiny embed every 30 bytes holds more in its records than 4x its size); flags
any ratio over 15 (when the 1 MB time is over 10 ms: below that, a page that is
scanned and never decoded, the timer and the CPU caches decide the ratio), any
1 MB time over 1 s and any peak over 4x the input. The largest size is skipped for
an input whose 1 MB time is over 2 s.
Inputs are built outside and inside an embed's body, where the entity, emoji,
URL and date passes run on the text.
"""

from __future__ import annotations

import argparse
import base64
import signal
import statistics
import time
import tracemalloc
from collections.abc import Callable

from tweetembed import parse

EMBED_HEAD = '<blockquote class="twitter-tweet"><p lang="en" dir="ltr">'
EMBED_TAIL = (
    '</p>&mdash; A (@a) <a href="https://twitter.com/a/status/1370827335461826566">'
    "March 13, 2021</a></blockquote>"
)


def repeat(unit: str) -> Callable[[int], str]:
    return lambda size: (unit * (size // len(unit) + 1))[:size]


def inside(make: Callable[[int], str]) -> Callable[[int], str]:
    return lambda size: EMBED_HEAD + make(size) + EMBED_TAIL


EMBED = EMBED_HEAD + "hi @a #b $C https://t.co/x 🔴" + EMBED_TAIL


def real_embeds(size: int) -> str:
    """Embeds of a real embed's size (~1 KB: the official code, with its script, and
    a paragraph of the article around it), each a different status: issue 15's
    "10,000 embeds in a page" at 10 MB."""
    parts: list[str] = []
    total = n = 0
    while total < size:
        status = 1370827335461826566 + n * 7919
        unit = (
            "<p>The minister answered the question at length on Tuesday, and the "
            "opposition replied within the hour; the exchange was shared widely.</p>\n"
            '<blockquote class="twitter-tweet" data-lang="en"><p lang="en" dir="ltr">'
            f"Statement number {n} on the budget vote: we will not back a plan that cuts "
            f"#healthcare for millions. Read more from @senator_{n % 97} "
            f'<a href="https://t.co/Ab{n:06d}">https://t.co/Ab{n:06d}</a> '
            f'<a href="https://t.co/Pic{n:05d}">pic.twitter.com/Pic{n:05d}</a></p>'
            f"&mdash; Senator Example {n % 97} (@senator_{n % 97}) "
            f'<a href="https://twitter.com/senator_{n % 97}/status/{status}'
            f'?ref_src=twsrc%5Etfw">March {1 + n % 28}, 2021</a></blockquote> '
            '<script async src="https://platform.twitter.com/widgets.js" '
            'charset="utf-8"></script>\n'
        )
        parts.append(unit)
        total += len(unit)
        n += 1
    return "".join(parts)[:size]


INPUTS: dict[str, Callable[[int], str]] = {
    "runs of <": repeat("<"),
    "runs of @": repeat("@"),
    "runs of #": repeat("#"),
    "runs of $": repeat("$"),
    "runs of &#": repeat("&#"),
    "http://a.a.a…": lambda n: "http://" + repeat("a.")(n),
    "a.a.a… no scheme": repeat("a."),
    "runs of (@": repeat("(@"),
    "— N (@h) runs": repeat("— N (@h) "),
    "/status/ runs": repeat("/status/1 "),
    "twitter.com/x/status/1 runs": repeat("twitter.com/x/status/1"),
    "[tweet runs": repeat("[tweet "),
    "{{< runs": repeat("{{< "),
    "twitter-tweet runs": repeat("twitter-tweet "),
    "<blockquote class=twitter-tweet> unclosed runs": repeat('<blockquote class="twitter-tweet">'),
    "thousands of embeds": repeat(EMBED),
    "embeds of a real embed's size, each its own": real_embeds,
    "unclosed rendered div + amp runs": repeat(
        '<div class="twitter-tweet-rendered"><amp-twitter data-tweetid="1">'
    ),
    "deeply nested <blockquote>": lambda n: EMBED_HEAD + "<blockquote>" * (n // 12),
    "deeply nested <div>": lambda n: EMBED_HEAD + "<div>" * (n // 5) + EMBED_TAIL,
    "huge attribute": lambda n: (
        f'<blockquote class="twitter-tweet" data-x="{"x" * n}">' + EMBED_TAIL
    ),
    "huge unclosed attribute": lambda n: '<blockquote class="twitter-tweet" data-x="' + "x" * n,
    "escaped openers &lt;": repeat("&lt;blockquote class=&quot;twitter-tweet&quot;&gt;"),
    "json openers \\u003c": repeat('\\u003cblockquote class=\\"twitter-tweet\\"\\u003e'),
    "percent openers %3C": repeat("%3Cblockquote%20class%3D%22twitter-tweet%22%3E"),
    "<script> runs": repeat("<script>"),
    "<!-- runs": repeat("<!--"),
    # Each embed asks whether it sits inside a text element: the searches behind
    # that answer must not start again from the page's top for every embed.
    "one <title>, then embeds": lambda n: "<title>x</title>" + repeat(EMBED)(n),
    "<scripts> runs between embeds": repeat("<scripts>" * 20 + EMBED),
    "unclosed <!-- before each embed": repeat("<!-- " + EMBED),
    "closed <script> before each embed": repeat("<script>x</script>" + EMBED),
    "body: a.a.a…": inside(repeat("a.")),
    "body: @a@a@a…": inside(repeat("@a")),
    "body: #a#a#a…": inside(repeat("#a")),
    "body: emoji ZWJ runs": inside(repeat("👨\u200d")),
    "body: http://a.a…": inside(lambda n: "http://" + repeat("a.")(n)),
    "body: (((((": inside(lambda n: "http://a.com/" + "(" * n),
    "body: <br> runs": inside(repeat("<br>")),
    "body: — N (@h) March 13, 2021 runs": inside(repeat("— N (@h) March 13, 2021 ")),
    # Issue 15's audit: end tags and opening tags without their ">".
    "<script>, embed, '</script ' runs": lambda n: "<script>" + EMBED + repeat("</script ")(n),
    "<title><script></title>, embed, '<script ' runs": lambda n: (
        "<title><script></title>" + EMBED + repeat("<script ")(n)
    ),
    "— a (@a) runs": repeat("— a (@a) "),
    "— a (@a) lines": repeat("— a (@a)\n"),
    "— a (@a) March 13, 2021 lines": repeat("text\n— a (@a) March 13, 2021\n"),
    # Footers as extractors write them (issue 14): dates on the next line, over
    # two lines, after lines of spaces; indented blocks; date links wrapped.
    "— a (@a) + space lines (@": repeat("— a (@a) \n \n \n"),
    "— a (@a) + 'January' lines": repeat("x \n— a (@a) \nJanuary\n"),
    "indented footer blocks (@": repeat("    text #a\n\n    — a (@a) March 13, 2021\n\n"),
    "indented lines, one footer (@": lambda n: (
        repeat("      x @a https://t.co/a\n")(n) + "\n      — a (@a) March 13, 2021\n"
    ),
    "> -- a (@a) [wrapped links (@": repeat("> -- a (@a) [March\n> 13, 2021\n"),
    "get_text lines, footers (@": repeat(" x\n#a\n @b\n— a (@a) \n13. März 2018\n"),
    "short lines, a footer each 40 (@": repeat("x #a\n" * 40 + "— a (@a) March 13, 2021\n"),
    "one-blank paragraphs, footers (@": repeat("x #a\n\n" * 20 + "— a (@a) March 13, 2021\n\n"),
    "indented lines + colons, footers (@": repeat("  x:\n    y\n \n— a (@a) March 13, 2021\n"),
    # Stripped codes of other platforms (session 19): Instagram's credit lines,
    # TikTok's sound lines, Bluesky's footers; dense, and as runs that are none.
    "Instagram credit lines (@": repeat(
        "View this post on Instagram\n\nA post shared by A (@a.b) on Jun 16, 2019 at 7:30am PDT\n\n"
    ),
    "Instagram credits without a view line (@": repeat("A post shared by A (@a.b)\n"),
    "credit openings, no handle": repeat("A post shared by A\n"),
    # (Session 28) get_text's "on" set apart from the date, names with pronouns, and
    # html2text's name linked to the profile, each dense; and "on" lines without a date.
    "Instagram credits, 'on' apart (@": repeat(
        "A post shared by A (he/him) (@a.b)\n on \nApr 21, 2019 at 4:40am PDT\n"
    ),
    "Instagram credits, 'on' and no date (@": repeat("A post shared by A (@a.b)\n on \n on \n"),
    "indented credits, a caption each (@": repeat(
        "x\n\n        caption #a\n\n        A post shared by A (@a.b) on Dec 5, 2016\n\n"
    ),
    "indented lines, one credit at the end (@": lambda n: (
        repeat("        a line of text\n")(n) + "        A post shared by A (@a.b)\n"
    ),
    "nested link brackets, footers (@": repeat(
        "> [[a]\n> [b](x) [[c] [[d]](y)\n> -- a (@a) [March 13, 2021](https://twitter.com/a/status/1)\n\n"
    ),
    "html2text linked names (@": repeat(
        "> Ein Beitrag geteilt von [ A\n> B](https://www.instagram.com/ab/) (@ab) am Jun\n"
        "> 17, 2019 um 12:17 PDT\n\n"
    ),
    # (Session 29) Resiliparse's list items, each a tweet hanging under its bullet; and
    # bullets with nothing under them.
    "list items, hanging footers (@": repeat(
        "    • x #a\n\n      y\n\n      — a (@a) March 13, 2021\n"
    ),
    "bullets over indented lines, one footer (@": lambda n: (
        repeat("    • x\n      y\n")(n) + "      — a (@a) March 13, 2021\n"
    ),
    "TikTok sound lines": repeat("@a.b\n\ncaption #x\n\n♬ original sound - A\n\n"),
    "♬ lines, no creator": repeat("♬ original sound - A\n"),
    "Bluesky footers (@": repeat(
        "Post text here\n\n— A (@a.bsky.social) October 10, 2024 at 7:11 PM\n\n"
    ),
    # get_text("\n") of the code before 2025: the handle a line of its own.
    "Bluesky footers, wrapped handles (@": repeat(
        "Post text\n[image or embed]\n— A (\n@a.bsky.social\n) \nOctober 10, 2024\n"
    ),
    "(\\n@a.b\\n) runs, no footer": repeat("(\n@a.b\n)"),
    # YouTube facades (session 23): a thumbnail in an element that says it is
    # YouTube's, closed, unclosed, and in elements that do not say so.
    "YouTube facades": repeat(
        '<div class="youtube"><img src="https://i.ytimg.com/vi/AAAAAAAAAAA/0.jpg"></div>\n'
    ),
    "unclosed YouTube facades": repeat(
        '<div class="youtube"><img src="https://i.ytimg.com/vi/AAAAAAAAAAA/0.jpg">\n'
    ),
    # WordPress's URL blocks inside JSON strings (session 24): read, and wrappers whose
    # escaped tag never ends before the next.
    "URL blocks in JSON strings": repeat(
        '<div class=\\"wp-block-embed__wrapper\\">\\nhttps://twitter.com/a/status/1\\n<\\/div>'
    ),
    "escaped wrappers, no URL": repeat('wp-block-embed__wrapper\\" \\'),
    "escaped wrappers, URL never closed": repeat(
        'wp-block-embed__wrapper\\">\\nhttps://twitter.com/a/status/1' + "1" * 200 + " "
    ),
    # html2text's linked Instagram credits (session 24): read, and brackets that open
    # no link of the credit's.
    "html2text linked credits (@": repeat(
        "> [A post shared by A\n> (@a.b)](https://www.instagram.com/p/AAAAAAAAAAA/) on Jun 16,"
        " 2019 at\n> 7:30am PDT\n\n"
    ),
    "unlinked credit brackets (@": repeat("> [A post shared by A\n> (@a.b) on\n"),
    # Substack's tweet component (session 24): unclosed, and closed with a JSON each.
    "unclosed Substack components": repeat('<div data-component-name="Twitter2ToDOM">'),
    "Substack Instagram classes, no JSON": repeat(
        '<div class="instagram" data-attrs="{&quot;instagram_id&quot;:&quot;x'
    ),
    "Substack components": repeat(
        '<div data-attrs="{&quot;url&quot;:&quot;https://twitter.com/a/status/1&quot;,'
        '&quot;full_text&quot;:&quot;x #a @b&quot;,&quot;username&quot;:&quot;a&quot;}" '
        'data-component-name="Twitter2ToDOM"></div>\n'
    ),
    # react-tweet's container (session 31): unclosed, empty boxes, and tweets.
    "unclosed react-tweet containers": repeat('<div class="react-tweet-theme"><article>'),
    "empty react-tweet boxes": repeat('<div class="react-tweet-theme"><p>x</p></div>\n'),
    "react-tweet tweets": repeat(
        '<div class="react-tweet-theme"><article><span title="A">A</span><span title="@a">@a'
        '</span><p>x #a @b</p><a href="https://x.com/intent/like?tweet_id=1">1</a></article></div>\n'
    ),
    # Facades without a thumbnail (session 24): the recipe's class, closed and
    # unclosed, and an attribute of YouTube's in an element that does not say so.
    "youtube-player recipes": repeat('<div class="youtube-player" data-id="AAAAAAAAAAA"></div>\n'),
    "unclosed youtube-player recipes": repeat('<div class="youtube-player" data-id="AAAAAAAAAAA">'),
    "data-youtube-id in plain elements": repeat('<div data-youtube-id="AAAAAAAAAAA"></div>'),
    # Consent overlays and lazy players read by their settings (session 23): Embed
    # Privacy's overlay unclosed (its end was looked for 32 KB ahead: 5.9 s for 100 KB
    # before its search was bounded), Elementor's video settings, s9e's lazy spans.
    "Embed Privacy overlays, unclosed": repeat('<div class="embed-privacy-container">'),
    "Elementor video settings, unclosed": repeat(
        '<div data-settings="{&quot;youtube_url&quot;:&quot;https:\\/\\/www.youtube.com'
        '\\/watch?v=kexiKp1W2FY&quot;}">'
    ),
    "s9e lazy spans": repeat(
        '<span data-s9e-mediaembed-iframe=\'["src","https:\\/\\/s9e.github.io\\/iframe'
        "\\/2\\/twitter.min.html#1\"]'></span>"
    ),
    "thumbnails in plain elements": repeat(
        '<div><span><img src="https://i.ytimg.com/vi/AAAAAAAAAAA/0.jpg"></span></div>'
    ),
    # Tweets' blockquotes without their class (Readability.js), told by the footer.
    "classless tweet blockquotes (@": repeat(
        '<blockquote><p>x</p>— a (@a) <a href="https://twitter.com/a/status/1">d</a></blockquote>'
    ),
    "classless footers, no end tag (@": repeat(
        '<blockquote>— a (@a) <a href="https://twitter.com/a/status/1">d</a></p></div>'
    ),
    "one <blockquote>, then footers (@": lambda n: (
        "<blockquote>"
        + repeat('— a (@a) <a href="https://twitter.com/a/status/1">d</a></blockquote>')(n)
    ),
    # (Session 30) trafilatura's XML/HTML footers, the date as text: dense, a run of
    # them under one opener, and one opener under a run of dated footers' ends.
    "trafilatura <quote> footers (@": repeat("<quote><p>x #a</p>— a (@a) May 4, 2022</quote>"),
    "one <quote>, then text footers (@": lambda n: (
        "<quote>" + repeat("— a (@a) May 4, 2022</quote>")(n)
    ),
    "text footers, no opener (@": repeat("— a (@a) 1</blockquote>"),
    "empty status links closing blockquotes": repeat(
        '<blockquote><a href="https://twitter.com/a/status/1"></a></blockquote>'
    ),
    # (A shape whose two character classes shared characters tried every split
    # between them at each status URL: 144 µs a link on a real page.)
    "status links in long tags": repeat(
        '<a href="https://twitter.com/a/status/1?x='
        + "y" * 150
        + '" data-x="'
        + "z" * 1500
        + '">t</a> '
    ),
    "one <blockquote>, then empty status links": lambda n: (
        "<blockquote>" + repeat('<a href="https://twitter.com/a/status/1"></a></blockquote>')(n)
    ),
    # Other platforms' markup.
    "unclosed YouTube iframes": repeat('<iframe src="https://www.youtube.com/embed/x2Gf04W_ff8">'),
    "YouTube iframes": repeat('<iframe src="https://www.youtube.com/embed/x2Gf04W_ff8"></iframe>'),
    "unclosed Instagram blockquotes": repeat(
        '<blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.com/p/B8pT40EBjoK/">'
        "<p>A post shared by X (@x)</p>"
    ),
    "fb-post divs, nested": repeat(
        '<div class="fb-post" data-href="https://www.facebook.com/a/posts/1">'
    ),
    "escaped iframes without &gt;": repeat(
        "&lt;iframe src=&quot;https://www.youtube.com/embed/x2Gf04W_ff8"
    ),
    "bluesky-embed runs": repeat(
        '<blockquote class="bluesky-embed" data-bluesky-uri="at://did:plc:a/app.bsky.feed.post/3lbq7mxsiek2v">'
    ),
    "tiktok-embed runs": repeat(
        '<blockquote class="tiktok-embed" cite="https://www.tiktok.com/@a/video/7380087564788714795">'
    ),
    "embed runs": repeat("embed "),
    # Embed services (session 9): unclosed iframes naming a tweet, bare needles.
    "unclosed Embedly iframes": repeat(
        '<iframe src="https://cdn.embedly.com/widgets/media.html?url=https%3A%2F%2Ftwitter.com'
        '%2Fa%2Fstatus%2F1370827335461826566">'
    ),
    "oembed url= runs": repeat('<oembed url="https://www.youtube.com/watch?v=x2Gf04W_ff8">'),
    "wp-block-embed__wrapper runs": repeat('<div class="wp-block-embed__wrapper">'),
    "instagram.com/p/ runs": repeat("instagram.com/p/B8pT40EBjoK/ "),
    # Session 10: Embedly cards (unclosed, and the class alone), rendered Threads and
    # Reddit iframes, Threads profile links (needles the scan's shape turns away).
    "unclosed Embedly cards": repeat(
        '<blockquote class="embedly-card"><h4><a href="https://twitter.com/a/status/1370827335461826566">'
    ),
    "embedly-card runs": repeat('class="embedly-card" '),
    "Threads iframes": repeat(
        '<iframe src="https://www.threads.net/@zuck/post/CuP48CiS5sx/embed/"></iframe>'
    ),
    "threads.net/@ runs": repeat("threads.net/@a "),
    "/@ runs": repeat("/@"),
    # styled-components writes a comment before every rule of its style sheets.
    "styled-components rules (*/@media)": repeat("/*!sc*/@media (min-width:1px){a{b:c}}"),
    "Mastodon status URL lines": repeat("https://a.social/@a/114505776215440277\n"),
    "classless Mastodon iframes": repeat('<iframe src="https://a.social/@a/1/embed"></iframe>'),
    # A status URL after thousands of spaces on its line (indented markup): the
    # "alone on its line" pattern tried every split of the spaces (over 2 minutes).
    "indented status URL lines": repeat(" " * 3000 + "https://twitter.com/a/status/1 x\n"),
    "[embed] shortcode runs": repeat(
        "[embed]https://www.youtube.com/watch?v=x2Gf04W_ff8[/embed]\n"
    ),
    "bare [embed runs": repeat("[embed "),
    "Hugo youtube runs": repeat("{{< youtube x2Gf04W_ff8 >}}"),
    "bare post URL lines": repeat("https://www.instagram.com/p/CeVvHCUs0Zp/\n"),
    "YouTube Flash <embed> runs": repeat(
        '<embed src="http://www.youtube.com/v/x2Gf04W_ff8&hl=en">'
    ),
    "unclosed YouTube Flash <object>s": repeat(
        '<object data="http://www.youtube.com/v/x2Gf04W_ff8"><param name="movie" value="x">'
    ),
    # An embed's own marked link, kept by an extractor (html2text's Markdown).
    "marked Instagram links in sentences": repeat(
        "x [a](https://www.instagram.com/p/ABCDEF/?utm_source=ig_embed) "
    ),
    "marked Instagram link blocks": repeat(
        "> [a](https://www.instagram.com/p/ABCDEF/?utm_source=ig_embed)\n\n"
    ),
    "marked Bluesky footers, quoted lines": repeat(
        "> -- a ([@a](https://bsky.app/profile/a)) "
        "[d](https://bsky.app/profile/a/post/3abcdefg?ref_src=embed)\n"
    ),
    # Session 15's forms: placeholders, a URL that is a link's whole text, quotes of
    # one link (Threads, Mastodon, Reddit) and TikTok's quote in Markdown.
    "placeholders, each its own": repeat(
        '<div class="e" data-href="https://x.com/a/status/1370827335461826566"></div>\n'
    ),
    "placeholder openers, never closed": repeat(
        '<div data-href="https://x.com/a/status/1370827335461826566">x '
    ),
    "placeholder endpoints, percent-encoded": repeat(
        '<span data-src="/oembed?url=https%3A%2F%2Fwww.instagram.com%2Fp%2FCeVvHCUs0Zp%2F"></span>'
    ),
    "status URLs as links alone": repeat(
        '<p><a href="https://x.com/a/status/1">https://x.com/a/status/1</a></p>\n'
    ),
    "autolinks of status URLs": repeat("<https://x.com/a/status/1>\n\n"),
    "Threads links in one quote": repeat("> [x](https://www.threads.net/@a/post/ABCDEFGHIJK)\n"),
    "Threads links, each its quote": repeat(
        "> [x](https://www.threads.net/@a/post/ABCDEFGHIJK)\n\n"
    ),
    "TikTok creator links in one quote": repeat("> [@a](https://www.tiktok.com/@a?refer=embed)\n"),
    "TikTok quotes, each its own": repeat(
        "> [@a](https://www.tiktok.com/@a?refer=embed)\n> hi #a\n"
        "> [♬ s](https://www.tiktok.com/music/s-1?refer=embed)\n\n"
    ),
    "marked Bluesky footers in one quote": lambda n: (
        "> x\n" * (n // 8)
        + repeat(
            "> -- a ([@a](https://bsky.app/profile/a)) "
            "[d](https://bsky.app/profile/a/post/3abcdefg?ref_src=embed)\n"
        )(n // 2)
    ),
    "Facebook credits, quoted lines": repeat(
        "> Posted by [a](https://www.facebook.com/a) on "
        "[March 1, 2021](https://www.facebook.com/a/posts/1)\n"
    ),
    "Facebook date links without a date": repeat(
        "> by [a](https://www.facebook.com/a) [x](https://www.facebook.com/a/posts/1)\n"
    ),
    "Facebook date links with long texts": repeat(
        "> by [a](https://www.facebook.com/a) ["
        + "May 5 " * 300
        + "](https://www.facebook.com/a/posts/1)\n"
    ),
    "brackets before marked links": repeat(
        "[[[[[[[[[[](https://www.instagram.com/p/ABCDEF/?utm_source=ig_embed)"
    ),
    "consent blockers, each its own": repeat(
        '<div class="BorlabsCookie"><div data-borlabs-cookie-type="content-blocker">'
        "PGlmcmFtZSBzcmM9Imh0dHBzOi8vd3d3LnlvdXR1YmUuY29tL2VtYmVkL3gyR2YwNFdfZmY4Ij48L2lmcmFtZT4="
        "</div></div>"
    ),
    "consent blocker needle runs": repeat("data-borlabs-cookie-type "),
    "version 3 consent blockers, each its own": repeat(
        '<div data-borlabs-cookie-content-blocker-id="x" data-borlabs-cookie-content="'
        "PGlmcmFtZSBzcmM9Imh0dHBzOi8vd3d3LnlvdXR1YmUuY29tL2VtYmVkL3gyR2YwNFdfZmY4Ij48L2lmcmFtZT4="
        '"><div><p>Load?</p></div></div>'
    ),
    "version 3 consent blockers, unclosed": repeat(
        '<div data-borlabs-cookie-content-blocker-id="x" '
        'data-borlabs-cookie-content="PGlmcmFtZT4="><div><div>'
    ),
    "version 3 consent codes, unquoted": repeat(
        '<div data-borlabs-cookie-content-blocker-id="x" data-borlabs-cookie-content="AAAA'
    ),
    "consent blockers, white space, unclosed": repeat(
        '<div data-borlabs-cookie-type="content-blocker">' + " " * 400
    ),
    "one consent blocker of a page of code": lambda n: (
        '<div data-borlabs-cookie-type="content-blocker">'
        + base64.b64encode(
            repeat("<iframe src=https://youtu.be/x2Gf04W_ff8>x</iframe>")(n * 3 // 4).encode()
        ).decode()
        + "</div>"
    ),
    "ConsentBannerWrapper runs": repeat("ConsentBannerWrapper "),
    "consent banners, each its own": repeat(
        '<div class="ConsentBannerWrapper-x"><p>From <a href="https://x.com/a/status/1">x</a>'
        "</p></div>"
    ),
    "unclosed consent banners": repeat('<div class="ConsentBannerWrapper-x"><a href="x">'),
    "Embetty tweets, each its own": repeat('<embetty-tweet status="1"></embetty-tweet>'),
    "embetty-video runs": repeat("embetty-video "),
    "Lyte players": repeat(
        '<div class="lyte-wrapper"><div class="lyMe" id="WYL_x2Gf04W_ff8"></div></div>'
    ),
    "lyte-wrapper runs": repeat("lyte-wrapper "),
    "data-tweetid placeholders": repeat('<div data-tweetid="1"></div>'),
    "YouTube media sources": repeat(
        '<source type="video/youtube" src="https://youtu.be/x2Gf04W_ff8">'
    ),
    "video/youtube runs": repeat("video/youtube "),
    "iframes with a named src": repeat(
        '<iframe data-x-src="https://www.youtube.com/embed/x2Gf04W_ff8" data-a="1" data-b="2">'
        "</iframe>"
    ),
    "Reddit iframes": repeat(
        '<iframe src="https://embed.reddit.com/r/aww/comments/90bu6w/x/?embed=true"></iframe>'
    ),
}


class TimeLimit(BaseException):
    """Raised by the alarm; a BaseException, so parse's own guards cannot swallow it."""


def _alarm(signum: int, frame: object) -> None:
    raise TimeLimit


def timed(source: str, limit: int = 60) -> float:
    signal.signal(signal.SIGALRM, _alarm)
    signal.alarm(limit)
    start = time.perf_counter()
    try:
        parse(source)
    except TimeLimit:
        return float("inf")
    finally:
        signal.alarm(0)
    return time.perf_counter() - start


def peak_memory(source: str) -> tuple[float, float, int]:
    """Peak memory parse allocates on ``source`` and what its result still holds once
    it returns (the records), each as a multiple of the input's UTF-8 size, and how
    many records there are."""
    tracemalloc.start()
    try:
        embeds = parse(source)
        held, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    size = max(len(source.encode("utf-8", "surrogatepass")), 1)
    return peak / size, held / size, len(embeds)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs=3, default=[100_000, 1_000_000, 10_000_000])
    parser.add_argument("--only", default="", help="only the inputs whose name holds this")
    args = parser.parse_args()
    small, large, huge = args.sizes
    parse(EMBED)
    worst = worst_memory = 0.0
    print(
        f"{'input':52} {'100 KB s':>9} {'1 MB s':>9} {'10 MB s':>9} {'ratio':>6} {'memory':>7}"
        f" {'records':>8} {'B/record':>8}"
    )
    for name, make in INPUTS.items():
        if args.only not in name:
            continue
        a = statistics.median(timed(make(small)) for _ in range(3))
        b = timed(make(large))
        if b <= 2:  # (a slower one is flagged at once, whatever its median)
            b = statistics.median([b, timed(make(large)), timed(make(large))])
        c = timed(make(huge), limit=120) if b <= 2 else float("nan")
        nan = float("nan")
        memory, held, count = peak_memory(make(large)) if b <= 2 else (nan, nan, 0)
        size = len(make(large).encode("utf-8", "surrogatepass"))
        per_record = held * size / count if count else nan
        ratio = b / max(a, 1e-6)
        worst, worst_memory = max(worst, b), max(worst_memory, memory)
        flags = []
        if ratio > 15 and b > 0.01:
            flags.append("not linear")
        if b > 1:
            flags.append("over 1 s")
        if memory > 4:
            # The records alone over 4x: each costs ~300-500 bytes (an Embed's slots,
            # its span), more than an input of one embed every 30-100 bytes.
            work = memory - held
            flags.append("memory over 4x" + (": the records" if work <= 4 else ""))
        if b == float("inf"):
            flags.append("over 60 s, stopped")
        flag = "  <-- " + ", ".join(flags) if flags else ""
        print(
            f"{name:52} {a:9.4f} {b:9.4f} {c:9.3f} {ratio:6.1f} {memory:6.2f}x {held:7.2f}x"
            f" {per_record:8.0f}{flag}"
        )
    print(f"slowest at 1 MB: {worst:.3f} s; largest peak at 1 MB: {worst_memory:.2f}x the input")


if __name__ == "__main__":
    main()
