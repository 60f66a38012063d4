"""Facebook: the SDK's ``fb-post``/``fb-video`` elements, the plugin iframes, AMP.

Facebook's embedded-post code (developers.facebook.com/docs/plugins/embedded-posts)
is a ``<div class="fb-post" data-href="POST_URL">`` holding a fallback blockquote::

    <blockquote cite="POST_URL" class="fb-xfbml-parse-ignore"><p>the post's text</p>
      Posted by <a href="https://www.facebook.com/page/">Page</a> on
      <a href="POST_URL">Thursday, August 27, 2015</a></blockquote>

in the copier's language. Its iframe form is
``facebook.com/plugins/post.php?href=POST_URL`` (``video.php`` for videos);
AMP writes ``<amp-facebook data-href>``. An embedded comment is ``<div
class="fb-comment-embed" data-href="POST_URL?comment_id=ID">`` (its iframe
``plugins/comment_embed.php``; AMP's ``data-embed-as="comment"``), kind ``comment``.
Older pages hold the SDK's XFBML tags, ``<fb:post href="POST_URL">`` (also
``fb:video``, ``fb:comment-embed``), and the legacy video player
``<iframe src="https://www.facebook.com/video/embed?video_id=ID">``.
``post_id`` is the post's URL, as the markup gives it: Facebook has no one id for
pages, photos and videos (a legacy player's video: its ``watch/?v=ID`` page).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import TYPE_CHECKING

from .._lazy import re_pattern
from ..candidate import Candidate
from ..markers import Marker
from ..models import Author, Embed
from ..text import element_text, normalise_lines, raw_text
from ..urls import normalise_url
from ._markup import (
    IFRAMES,
    attributes_of,
    class_tokens,
    date_of,
    element_named,
    element_urls,
    embetty_video,
    naming,
    options,
    pointing_at,
    query,
    tags_of,
    unwrap,
    url_needles,
)
from ._proxies import proxied
from ._shared import PostLinks
from ._stripped import stripped_paragraphs

if TYPE_CHECKING:
    from lxml import etree

__all__ = ["GATES", "LINKS", "MARKERS", "read"]

GATES = ("-post", "-video", "plugins", "amp-", "facebook.com/", "fb:", "data-href")

_F = "facebook"
# The plugin iframes, as handed out and as the JavaScript SDK renders them (under a
# Graph API version: facebook.com/v2.5/plugins/post.php).
_PLUGIN = re_pattern(
    globals(),
    "_PLUGIN",
    r"facebook\.com/(?:v\d{1,2}\.\d{1,2}/)?plugins/(post|video|comment_embed)\.php",
    re.I,
)
_KIND_OF = {"fb-post": "post", "fb-video": "video", "fb-comment-embed": "comment"}
# XFBML, the SDK's tags before its HTML5 classes: the URL in href.
_XFBML = {"fb:post": "post", "fb:video": "video", "fb:comment-embed": "comment"}
# The legacy video player (before plugins/video.php), named by the video's id.
_LEGACY_VIDEO = re_pattern(
    globals(),
    "_LEGACY_VIDEO",
    r"facebook\.com/video/embed\?(?:[^#\s]*?&)?video_id=(\d{1,25})",
    re.I,
)
# A post's or video's own link, as an embed service names what it shows.
_POST_LINK = re_pattern(
    globals(),
    "_POST_LINK",
    r"facebook\.com/(?:[^/?#\s]+/(posts|videos|photos)/|(permalink|story)\.php\?|(watch)/?\?v=|(reel)/)",
    re.IGNORECASE,
)


def _sdk(tag: str, attributes: Mapping[str, str]) -> bool:
    return not _KIND_OF.keys().isdisjoint(class_tokens(attributes))


# A post's URL (not a profile's or a share link's), where its needle is found.
_BARE_PATH = (
    rb"facebook\.com/(?:[^/?#\s\"'<>]{1,100}/(?:posts|videos|photos)/"
    rb"|(?:permalink|story)\.php\?|watch/?\?v=|reel/)"
)

# The attribute up to a URL's host: "data-href="https://www.".
_IN_DATA_HREF = rb"""data-href=["']?(?:https?:)?//(?:[a-z0-9-]{1,20}\.)?"""

MARKERS: tuple[Marker, ...] = (
    Marker("fb-post", _F, "post", "element", _sdk),
    Marker("fb-video", _F, "video", "element", _sdk),
    Marker("embetty-video", _F, "video", "element", embetty_video("facebook")),
    Marker("fb-comment-embed", _F, "comment", "element", _sdk),
    *(
        Marker(needle, _F, "post", "iframe", pointing_at(_PLUGIN, "iframe"))
        for path in ("facebook.com/plugins/", "/plugins/post.php", "/plugins/video.php")
        for needle in url_needles(path)
    ),
    Marker("amp-facebook", _F, "post", "amp", element_named("amp-facebook")),
    # The SDK's element without its class (Readability.js, sanitizers): a post's URL
    # in its data-href (the needle the attribute: a page's links to posts never hit).
    Marker(
        "data-href=",
        _F,
        "post",
        "element",
        naming("data-href", _POST_LINK, "div"),
        shape=re.compile(
            rb"""data-href=["']?(?:https?:)?//(?:[a-z0-9-]{1,20}\.)?""" + _BARE_PATH, re.I
        ),
    ),
    *(Marker(tag, _F, kind, "element", element_named(tag)) for tag, kind in _XFBML.items()),
    *(
        Marker(needle, _F, "video", "iframe", pointing_at(_LEGACY_VIDEO, "iframe"))
        for needle in url_needles("facebook.com/video/embed")
    ),
)

# The author's link before the date link, where html2text keeps the code's "Posted
# by [Name](page) on [Date](post)".
_AUTHOR_LINK = re_pattern(
    globals(), "_AUTHOR_LINK", r"\]\((?:https?:)?//(?:[a-z0-9-]{1,20}\.)?facebook\.com/", re.I
)

LINKS = PostLinks(
    "post",
    _POST_LINK,
    shortcode_names=("facebook",),
    bare_needles=("facebook.com/",),
    bare_path=_BARE_PATH,
    date_link_author=_AUTHOR_LINK,
    # facebook.com/ is in nearly every page's share links (a placeholder's scan shape
    # at each cost plain pages 6%); sites write the SDK's <div data-href> (MARKERS).
    placeholders=False,
)


def _post_link(url: str) -> tuple[str, str] | None:
    """Kind and URL of a post's or video's own link."""
    m = _POST_LINK.search(url)
    if m is None:
        return None
    video = (m.group(1) or "").lower() == "videos" or m.group(3) or m.group(4)
    return "video" if video else "post", url.strip()


def _target(root: etree._Element) -> tuple[str, str | None]:
    """Kind and URL of the post the element shows."""
    classes = set((root.get("class") or "").split())
    if root.tag == "embetty-video":  # heise's Embetty: the video's id alone
        video = (root.get("video-id") or "").strip()
        return "video", f"https://www.facebook.com/watch/?v={video}" if video.isdigit() else None
    if root.tag in IFRAMES:
        for value in element_urls(root):
            m = _PLUGIN.search(value)
            if m is not None:
                href = query(value).get("href")
                kind = m.group(1).lower().replace("comment_embed", "comment")
                return kind, unwrap(href).strip() if href else None
            legacy = _LEGACY_VIDEO.search(value)
            if legacy is not None:
                return "video", f"https://www.facebook.com/watch/?v={legacy.group(1)}"
    if root.tag in _XFBML:
        href = root.get("href")
        return _XFBML[root.tag], unwrap(href).strip() if href else None
    if root.tag in IFRAMES or root.tag == "a":  # an embed service's element
        for url in proxied(attributes_of(root)):
            found = _post_link(url)
            if found is not None:
                return found
    if root.tag in IFRAMES:
        return "post", None
    kind = next((_KIND_OF[c] for c in _KIND_OF if c in classes), None)
    if root.get("data-embed-as") in ("video", "comment"):  # AMP's
        kind = root.get("data-embed-as") or kind
    href = root.get("data-href")
    if not href:
        quote = next(root.iter("blockquote"), None)
        href = quote.get("cite") if quote is not None else None
    href = unwrap(href).strip() if href else None
    if kind is None:  # no class to say it (a sanitizer removed it): the URL does
        kind = (_post_link(href) or ("post", ""))[0] if href else "post"
    return kind, href


# What no post's URL holds but a template's does: its placeholders ("{{ post_id }}",
# "${id}", "<%= id %>") and the white space inside them.
_TEMPLATED = re_pattern(globals(), "_TEMPLATED", r"[{}<>]|\S\s+\S")


def _templated(url: str) -> bool:
    """Whether ``url`` is a template's (a page's client-side template of the code, in a
    ``<script type="text/template">``), not a post's."""
    return _TEMPLATED.search(url.strip()) is not None


def _from_text(markup: str) -> tuple[str, Author | None, str | None, str | None]:
    """Text, author, date text and post URL of the fallback blockquote an extractor kept
    as Markdown (html2text): its last paragraph "Posted by [Name](page) on [Date](post)",
    the paragraph before it the post's text (the first, as in the live code)."""
    paragraphs = stripped_paragraphs(markup)
    if not paragraphs or not paragraphs[-1][1]:
        return "", None, None, None
    links = paragraphs[-1][1]
    date_text = " ".join(links[-1][0].split()) or None
    name = " ".join(links[-2][0].split()) if len(links) >= 2 else ""
    author = Author(name=name, handle=None) if name else None
    text = paragraphs[0][0] if len(paragraphs) > 1 else ""
    return text, author, date_text, links[-1][1]


def read(
    root: etree._Element | None, markup: str, candidate: Candidate, page_lang: str | None
) -> Embed | None:
    """The Facebook post or video at ``candidate``."""
    text, author, date_text = "", None, None
    if root is None and candidate.form == "text":
        text, author, date_text, href = _from_text(markup)
        kind, href = (_post_link(href) if href else None) or ("post", None)
    elif root is None:  # the post's URL alone: an embed block left unrendered
        kind, href = _post_link(markup) or ("post", None)
    else:
        kind, href = _target(root)
    if not href or _templated(href):
        return None
    quote = next(root.iter("blockquote"), None) if root is not None else None
    if quote is not None:
        paragraphs = [p for p in quote.iter("p") if raw_text(p).strip()]
        if paragraphs:
            text = normalise_lines(raw_text(paragraphs[0]))
        # The credit, "Posted by <a>Name</a> on <a>Date</a>", follows the post's
        # paragraph (in a paragraph of its own where an editor wrapped it).
        body = paragraphs[:1]
        outside = [a for a in quote.iter("a") if not any(a in p.iter("a") for p in body)]
        if len(outside) == 1 and (outside[0].tail or "").strip():
            # "Posted by <a>Name</a> on Wednesday": a recent post's day is no link,
            # and the one link, text after it, is the author's.
            author = Author(name=element_text(outside[0], inline=True) or None, handle=None)
        elif outside:
            date_text = element_text(outside[-1], inline=True) or None
        if len(outside) >= 2:
            author = Author(name=element_text(outside[-2], inline=True) or None, handle=None)
    mentions, hashtags = tags_of(text)
    return Embed(
        platform=_F,
        kind=kind,
        form=candidate.form,
        escaped=candidate.escaped,
        span=(candidate.start, candidate.end),
        post_id=href,
        url=normalise_url(href),
        author=author,
        text=text,
        date=date_of(date_text, (root.get("data-lang") if root is not None else None, page_lang)),
        date_text=date_text,
        mentions=mentions,
        hashtags=hashtags,
        options=options(root) if root is not None else {},
    )
