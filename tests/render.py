"""Build embed markup out of known fields, the way Twitter's embed generator writes it.

Tests use it to get expected values that do not come from the code under test:
the fields go in, markup comes out, ``parse`` must read the same fields back.
"""

from __future__ import annotations

import datetime as dt
import html
import json
from collections.abc import Mapping, Sequence

BUTTONS = (
    '<a href="https://twitter.com/share?ref_src=twsrc%5Etfw" class="twitter-share-button" '
    'data-show-count="false">Tweet</a>'
    '<a href="https://twitter.com/NASA?ref_src=twsrc%5Etfw" class="twitter-follow-button" '
    'data-show-count="false">Follow @NASA</a>'
    '<a href="https://twitter.com/intent/tweet?button_hashtag=space&amp;ref_src=twsrc%5Etfw" '
    'class="twitter-hashtag-button">Tweet #space</a>'
    '<a class="twitter-timeline" href="https://twitter.com/NASA?ref_src=twsrc%5Etfw">'
    "Tweets by NASA</a>"
    '<a class="twitter-mention-button" href="https://twitter.com/intent/tweet?screen_name=NASA">'
    "Tweet to @NASA</a>"
    '<a class="twitter-moment" href="https://twitter.com/i/moments/1">A moment</a>'
)
WIDGETS = '<script async src="https://platform.twitter.com/widgets.js" charset="utf-8"></script>'


_API_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_API_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


def render_substack_tweet(
    *, paragraphs: Sequence[str], name: str, handle: str, status_id: str, date: dt.date
) -> str:
    """Substack's tweet component as its feeds keep it: its JSON the whole tweet, the
    text as the API writes it (entities escaped, paragraphs apart by a blank line), the
    date as the API's ``created_at``."""
    created = (
        f"{_API_DAYS[date.weekday()]} {_API_MONTHS[date.month - 1]} {date.day:02} "
        f"12:00:00 +0000 {date.year}"
    )
    fields = {
        "url": f"https://twitter.com/{handle}/status/{status_id}",
        "full_text": html.escape("\n\n".join(paragraphs), quote=False),
        "username": handle,
        "name": name,
        "date": created,
    }
    attrs = html.escape(json.dumps(fields, ensure_ascii=False), quote=True)
    return f'<div class="twitter-embed" data-attrs="{attrs}" data-component-name="Twitter2ToDOM"></div>'


def render_tweet(
    *,
    paragraphs: Sequence[str],
    name: str,
    handle: str,
    status_id: str,
    date_text: str,
    lang: str = "en",
    direction: str = "ltr",
    kind: str = "tweet",
    options: Mapping[str, str] | None = None,
    host: str = "twitter.com",
) -> str:
    """Markup of one embed; ``paragraphs`` are plain text (lines split on ``\\n``)."""
    attrs = "".join(
        f' data-{html.escape(k)}="{html.escape(v, quote=True)}"' for k, v in (options or {}).items()
    )
    body = "".join(
        f'<p lang="{lang}" dir="{direction}">'
        + "<br>".join(html.escape(line, quote=False) for line in paragraph.split("\n"))
        + "</p>"
        for paragraph in paragraphs
    )
    status = f"https://{host}/{handle}/status/{status_id}?ref_src=twsrc%5Etfw"
    footer = (
        f"&mdash; {html.escape(name)} (@{handle}) "
        f'<a href="{html.escape(status, quote=True)}">{html.escape(date_text)}</a>'
    )
    return f'<blockquote class="twitter-{kind}"{attrs}>{body}{footer}</blockquote>'


# The other platforms' embed codes, in the shape each platform's generator writes
# (see the platform tests for the real snippets they follow).


def _text_html(text: str) -> str:
    return "<br>".join(html.escape(line, quote=False) for line in text.split("\n"))


def render_instagram(
    *, shortcode: str, caption: str, name: str, handle: str, timestamp: str, date_text: str
) -> str:
    """Instagram's v12 captioned embed code."""
    link = f"https://www.instagram.com/p/{shortcode}/?utm_source=ig_embed&amp;utm_campaign=loading"
    return (
        f'<blockquote class="instagram-media" data-instgrm-captioned data-instgrm-permalink="{link}" '
        f'data-instgrm-version="12"><div><a href="{link}" target="_blank"><div>View this post on Instagram</div></a>'
        f'<p><a href="{link}" target="_blank">{_text_html(caption)}</a></p>'
        f'<p>A post shared by <a href="https://www.instagram.com/{handle}/" target="_blank">{html.escape(name)}</a> '
        f'(@{handle}) on <time datetime="{timestamp}">{html.escape(date_text)}</time></p></div></blockquote>'
    )


def render_tiktok(*, video_id: str, handle: str, caption: str, sound: str) -> str:
    """TikTok's embed code."""
    return (
        f'<blockquote class="tiktok-embed" cite="https://www.tiktok.com/@{handle}/video/{video_id}" '
        f'data-video-id="{video_id}"> <section> <a target="_blank" title="@{handle}" '
        f'href="https://www.tiktok.com/@{handle}?refer=embed">@{handle}</a> <p>{_text_html(caption)}</p> '
        f'<a target="_blank" title="♬ {html.escape(sound, quote=True)}" href="https://www.tiktok.com/music/x-1?refer=embed">'
        f"♬ {html.escape(sound)}</a> </section> </blockquote>"
    )


def render_bluesky(
    *, did: str, rkey: str, text: str, name: str, handle: str, date_text: str
) -> str:
    """The embed code of bsky.app's "Embed post" dialog."""
    post = f"https://bsky.app/profile/{did}/post/{rkey}?ref_src=embed"
    return (
        f'<blockquote class="bluesky-embed" data-bluesky-uri="at://{did}/app.bsky.feed.post/{rkey}" '
        f'data-bluesky-cid="bafyreib7xh4" data-bluesky-embed-color-mode="system"><p lang="en">'
        f'{_text_html(text)}<br><br><a href="{post}">[image or embed]</a></p>&mdash; {html.escape(name)} '
        f'(<a href="https://bsky.app/profile/{did}?ref_src=embed">@{handle}</a>) '
        f'<a href="{post}">{html.escape(date_text)}</a></blockquote>'
    )


def render_youtube(*, video_id: str, start: int | None, title: str, lazy: bool) -> str:
    """YouTube's iframe as WordPress's oEmbed writes it (lazy: as WP Rocket leaves it)."""
    url = f"https://www.youtube.com/embed/{video_id}?feature=oembed" + (
        f"&amp;start={start}" if start is not None else ""
    )
    where = f'src="about:blank" data-lazy-src="{url}"' if lazy else f'src="{url}"'
    return f'<iframe title="{html.escape(title, quote=True)}" width="500" height="281" {where} allowfullscreen></iframe>'


def render_facebook(*, url: str, text: str, name: str, date_text: str) -> str:
    """Facebook's embedded-post code with its fallback blockquote."""
    return (
        f'<div class="fb-post" data-href="{html.escape(url, quote=True)}" data-width="500">'
        f'<blockquote cite="{html.escape(url, quote=True)}" class="fb-xfbml-parse-ignore"><p>{_text_html(text)}</p>'
        f'Posted by <a href="https://www.facebook.com/page/">{html.escape(name)}</a> on&nbsp;'
        f'<a href="{html.escape(url, quote=True)}">{html.escape(date_text)}</a></blockquote></div>'
    )


def render_facebook_xfbml(*, url: str, tag: str) -> str:
    """The SDK's XFBML tag of older pages (``fb:post``, ``fb:video``)."""
    return f'<fb:{tag} href="{html.escape(url, quote=True)}" width="500"></fb:{tag}>'


def render_reddit(*, subreddit: str, post_id: str, title: str, user: str) -> str:
    """Reddit's embed code."""
    return (
        f'<blockquote class="reddit-embed-bq" data-embed-height="740">'
        f'<a href="https://www.reddit.com/r/{subreddit}/comments/{post_id}/slug/">{html.escape(title)}</a>'
        f'<br> by<a href="https://www.reddit.com/user/{user}/">u/{user}</a> in'
        f'<a href="https://www.reddit.com/r/{subreddit}/">{subreddit}</a></blockquote>'
    )


def render_mastodon(*, host: str, user: str, status_id: str) -> str:
    """Mastodon 4.3's embed code."""
    return (
        f'<blockquote class="mastodon-embed" data-embed-url="https://{host}/@{user}/{status_id}/embed">'
        f' <a href="https://{host}/@{user}/{status_id}" target="_blank"><div>Post by @{user}@{host}</div>'
        " <div>View on Mastodon</div></a></blockquote>"
    )


def render_mastodon_iframe(*, host: str, user: str, status_id: str, classed: bool) -> str:
    """The iframe earlier Mastodon versions handed out, with its class or as a CMS's
    sanitizer leaves it, without."""
    css = ' class="mastodon-embed"' if classed else ""
    return (
        f'<iframe src="https://{host}/@{user}/{status_id}/embed"{css}'
        ' style="max-width: 100%; border: 0" width="400" allowfullscreen="allowfullscreen"></iframe>'
    )


def react_tweet_header(name: str, handle: str) -> str:
    user = f"https://x.com/{handle}"
    return (
        f'<div class="tweet-header_header__CXzdi"><a href="{user}" class="tweet-header_avatar__0Wi9G"'
        f' target="_blank" rel="noopener noreferrer"><div><img src="https://pbs.twimg.com/a.jpg"'
        f' alt="{html.escape(name)}" width="48" height="48"/></div></a>'
        f'<div class="tweet-header_author__k_ufm"><a href="{user}" class="tweet-header_authorLink__qj5Sm">'
        f'<div><span title="{html.escape(name)}">{html.escape(name)}</span></div></a>'
        f'<div class="tweet-header_authorMeta__gIC3U"><a href="{user}" class="tweet-header_username__UebZb">'
        f'<span title="@{handle}">@<!-- -->{handle}</span></a><div><span>·</span>'
        f'<a href="https://x.com/intent/follow?screen_name={handle}">Follow</a></div></div></div>'
        f'<a href="{user}" aria-label="View on Twitter"><svg viewBox="0 0 24 24"><g><path d="M23"></path></g></svg></a></div>'
    )


def render_react_tweet(
    body: str,
    *,
    name: str = "San Diego Zoo Wildlife Alliance",
    handle: str = "sandiegozoo",
    status_id: str = "1453110110599868418",
    reply_to: str | None = None,
    quoted: str = "",
    created: str | None = None,
) -> str:
    """The HTML that Vercel's react-tweet writes for ``<Tweet id=…/>`` on the server (its
    twitter-theme components; React writes ``<!-- -->`` between adjacent texts):
    ``body`` the tweet-body paragraph's content."""
    replying = (
        f'<a href="https://x.com/other/status/{reply_to}" class="tweet-in-reply-to_root__o784R">'
        f"Replying to @<!-- -->other</a>"
        if reply_to
        else ""
    )
    time = (
        f'<a class="tweet-info-created-at_root__KaxZi" href="https://x.com/{handle}/status/{status_id}"'
        f' aria-label="{created}"><time dateTime="2021-10-26T21:23:42.000Z">{created}</time></a>'
        if created
        else ""
    )
    return (
        '<div class="react-tweet-theme tweet-container_root__0rJLq">'
        '<article class="tweet-container_article__0ERPK">'
        f'{react_tweet_header(name, handle)}{replying}<p class="tweet-body_root__ChzUj">{body}</p>{quoted}'
        f'<div class="tweet-info_info__ll_kH">{time}<a href="https://help.twitter.com/en/'
        'twitter-for-websites-ads-info-and-privacy"><svg><g><path d="M13"></path></g></svg></a></div>'
        '<div class="tweet-actions_actions__UDw7H">'
        f'<a href="https://x.com/intent/like?tweet_id={status_id}" aria-label="Like. This Tweet has'
        ' 3.4K likes"><svg><g><path d="M20"></path></g></svg><span>3.4K</span></a>'
        f'<a href="https://x.com/intent/tweet?in_reply_to={status_id}"><span>Reply</span></a>'
        '<button type="button" aria-label="Copy link"><span>Copy link</span></button></div>'
        f'<div class="tweet-replies_replies__PUxl8"><a href="https://x.com/{handle}/status/{status_id}">'
        "<span>Read <!-- -->89<!-- --> replies</span></a></div></article></div>"
    )
