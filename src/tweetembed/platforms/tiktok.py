"""TikTok: the embed code's blockquote, the player iframe, AMP.

TikTok's embed code (its oEmbed ``html``) is::

    <blockquote class="tiktok-embed" cite="https://www.tiktok.com/@user/video/ID"
      data-video-id="ID"> <section>
      <a title="@user" href="https://www.tiktok.com/@user?refer=embed">@user</a>
      <p>caption <a title="tag" href="…/tag/tag">#tag</a></p>
      <a title="♬ original sound - Name" href="…/music/…">♬ original sound - Name</a>
    </section> </blockquote>

A creator embed has ``data-embed-type="creator"`` and ``data-unique-id``; the
player iframe is ``tiktok.com/embed/v2/ID`` (or ``/player/v1/ID``); AMP writes
``<amp-tiktok data-src>`` with the video URL or id.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .._lazy import re_pattern
from ..candidate import Candidate
from ..ids import tiktok_time
from ..markers import Marker
from ..models import Author, Hashtag, Mention, TikTokVideo
from ..text import element_text
from ._markup import (
    AttributeShape,
    attributes_of,
    element_named,
    element_urls,
    has_class,
    naming,
    options,
    pointing_at,
    tags_of,
    unwrap,
    url_needles,
)
from ._proxies import proxied
from ._shared import PostLinks
from ._tiktok_markdown import MARKDOWN_SHAPE, find_markdown, read_markdown
from ._tiktok_text import NOTE_SHAPE, find_text, read_text

if TYPE_CHECKING:
    from lxml import etree

__all__ = ["GATES", "LINKS", "MARKERS", "read"]

GATES = ("embed", "tiktok.com", "amp-", "♬")

_T = "tiktok"
_VIDEO = re_pattern(
    globals(),
    "_VIDEO",
    # (A photo post's page is /@user/photo/ID: its id is a video's, its player the same.)
    r"tiktok\.com/(?:@([A-Za-z0-9_.]{1,40})/(?:video|photo)/|embed/(?:v2/)?|player/v1/)(\d{6,25})",
)
_PROFILE = re_pattern(globals(), "_PROFILE", r"tiktok\.com/@([A-Za-z0-9_.]{1,40})")
_TAG = re_pattern(globals(), "_TAG", r"tiktok\.com/tag/")
_NOTE = "♬"


# A post's URL (not a profile's or a share link's), where its needle is found.
_BARE_PATH = rb"tiktok\.com/@[A-Za-z0-9_.]{1,40}/(?:video|photo)/\d{6,25}"

MARKERS: tuple[Marker, ...] = (
    Marker("tiktok-embed", _T, "video", "blockquote", has_class("tiktok-embed", "blockquote")),
    # The blockquote without its class (Readability.js, sanitizers): the video's URL in
    # its ``cite`` (the needle a video's URL there: a page's links never hit).
    Marker(
        "tiktok.com/@",
        _T,
        "video",
        "blockquote",
        naming("cite", _VIDEO, "blockquote"),
        shape=AttributeShape(b"cite", _BARE_PATH),
    ),
    *(
        Marker(needle, _T, "video", "iframe", pointing_at(_VIDEO, "iframe"))
        # The embed code's player, and TikTok's Embed Player (player/v1/ID).
        for path in ("tiktok.com/embed", "tiktok.com/player/v1/")
        for needle in url_needles(path)
    ),
    Marker("amp-tiktok", _T, "video", "amp", element_named("amp-tiktok")),
    # The code as html2text's Markdown: a quote opened by the creator's marked link.
    Marker("tiktok.com/@", _T, "video", "text", finds=find_markdown, shape=MARKDOWN_SHAPE),
    # The code as text that keeps no links: the creator's line, the caption, the sound's.
    Marker("♬", _T, "video", "text", finds=find_text, shape=NOTE_SHAPE),
)

LINKS = PostLinks("video", _VIDEO, bare_needles=("tiktok.com/@",), bare_path=_BARE_PATH)


def _caption(section: etree._Element, skip: list[etree._Element]) -> str:
    return element_text(section, skip=skip)


_Entities = tuple[tuple[Mention, ...], tuple[Hashtag, ...]]


def _linked_entities(text: str, links: list[etree._Element]) -> _Entities:
    """The caption's mentions and hashtags as the code links them (``/@user``,
    ``/tag/…``), found in order in ``text``. TikTok's rules made them, not
    twitter-text's: tags written back to back ("#a#b", "#a" then "word") are each
    one, up to the link's end."""
    mentions: list[Mention] = []
    hashtags: list[Hashtag] = []
    position = 0
    for a in links:
        label = element_text(a, inline=True)
        if len(label) < 2 or label[0] not in "#＃@＠":
            continue
        href = a.get("href") or ""
        hashtag = label[0] in "#＃"
        if (_TAG.search(href) if hashtag else _PROFILE.search(href)) is None:
            continue
        start = text.find(label, position)
        if start < 0:
            continue
        position = start + len(label)
        if hashtag:
            hashtags.append(Hashtag(label[1:], start, position))
        else:
            mentions.append(Mention(label[1:], start, position))
    return tuple(mentions), tuple(hashtags)


def read(
    root: etree._Element | None, markup: str, candidate: Candidate, page_lang: str | None
) -> TikTokVideo | None:
    """The TikTok video (or creator) at ``candidate``; without an element, the video
    whose URL is the embed's markup (an embed block left unrendered)."""
    if root is None:
        m = _VIDEO.search(markup)
        if m is None and candidate.form == "text":  # html2text's quote: no video URL
            handle, caption, sound = read_markdown(markup)
            if handle is None:
                handle, caption, sound = read_text(markup)
            if handle is None:
                return None
            return _video(candidate, None, handle, caption, sound, {}, kind="video")
        return (
            _video(candidate, m.group(2), m.group(1), "", None, {}, photo=_photo(m)) if m else None
        )
    urls = [unwrap(u) for u in (root.get("cite"), root.get("data-src")) if u]
    urls += map(unwrap, element_urls(root))
    video = next(filter(None, map(_VIDEO.search, urls)), None)
    cite = video.string if video is not None else (urls[0] if urls else "")
    if video is None:  # an embed service's element: the video named in its query
        video = next(filter(None, map(_VIDEO.search, proxied(attributes_of(root)))), None)
        cite = video.string if video is not None else cite
    video_id = (root.get("data-video-id") or "").strip() or (video.group(2) if video else None)
    if video_id is None and (root.get("data-src") or "").strip().isdigit():
        video_id = (root.get("data-src") or "").strip()
    if video_id is not None and not (video_id.isascii() and video_id.isdigit()):
        video_id = None
    handle = video.group(1) if video else None
    links = list(root.iter("a"))
    handle_link = next((a for a in links if element_text(a, inline=True).startswith("@")), None)
    if handle is None and handle_link is not None:
        handle = element_text(handle_link, inline=True)[1:] or None
    if handle is None:
        profile = _PROFILE.search(cite) or _PROFILE.search(root.get("data-unique-id") or "")
        handle = profile.group(1) if profile else (root.get("data-unique-id") or None)
    if video_id is None and handle is None:
        return None
    sound_link = next((a for a in links if element_text(a, inline=True).startswith(_NOTE)), None)
    sound = (
        element_text(sound_link, inline=True).lstrip(_NOTE).strip()
        if sound_link is not None
        else None
    )
    text = ""
    linked: _Entities | None = None
    section = next(root.iter("section"), None)
    if section is not None:
        skip = [a for a in (handle_link, sound_link) if a is not None]
        text = _caption(section, skip)
        linked = _linked_entities(text, [a for a in section.iter("a") if a not in skip])
    return _video(
        candidate, video_id, handle, text, sound or None, options(root), linked=linked,
        photo=video is not None and _photo(video),
    )  # fmt: skip


def _photo(match: re.Match[str]) -> bool:
    """Whether ``_VIDEO``'s match names a photo post (``/@user/photo/ID``)."""
    return "/photo/" in match.group(0)


def _video(
    candidate: Candidate,
    video_id: str | None,
    handle: str | None,
    text: str,
    sound: str | None,
    options: dict[str, str],
    kind: str | None = None,
    linked: _Entities | None = None,
    photo: bool = False,
) -> TikTokVideo:
    """The record; ``kind`` where the markup tells it though the id is lost; ``linked``
    the entities the code links (each kind read from the text where it links none)."""
    mentions, hashtags = linked if linked is not None else ((), ())
    if not (mentions and hashtags):  # what the code links none of is read from the text
        read = tags_of(text)
        mentions, hashtags = mentions or read[0], hashtags or read[1]
    if kind is not None and video_id is None:
        url = None
    elif video_id is not None:
        url = (
            f"https://www.tiktok.com/@{handle}/{'photo' if photo else 'video'}/{video_id}"
            if handle
            else f"https://www.tiktok.com/embed/v2/{video_id}"
        )
    else:
        url = f"https://www.tiktok.com/@{handle}"
    return TikTokVideo(
        kind=kind or ("profile" if video_id is None else "photo" if photo else "video"),
        form=candidate.form,
        escaped=candidate.escaped,
        span=(candidate.start, candidate.end),
        post_id=video_id,
        url=url,
        author=Author(name=None, handle=handle) if handle else None,
        text=text,
        created_at=tiktok_time(video_id),
        mentions=mentions,
        hashtags=hashtags,
        sound=sound,
        options=options,
    )
