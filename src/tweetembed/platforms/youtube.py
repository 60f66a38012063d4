"""YouTube: the player iframe YouTube hands out, and what sites make of it.

YouTube's "Share → Embed" code is an iframe::

    <iframe width="560" height="315" src="https://www.youtube.com/embed/VIDEO_ID?si=…"
      title="YouTube video player" frameborder="0" allowfullscreen></iframe>

``youtube-nocookie.com`` is its privacy-enhanced host, ``/embed/videoseries?list=``
a playlist. WordPress's oEmbed writes the same iframe with the video's title in
``title``; lazy-loading plugins move ``src`` to ``data-src``/``data-lazy-src`` or
replace the iframe with an element their script turns into one, the player's URL in
its ``data-src`` (WP Rocket's ``div.rll-youtube-player``: a placeholder, read as a
``url``);
``<lite-youtube videoid>`` (Paul Irish's lite-youtube-embed) and
``<amp-youtube data-videoid>`` hold the id alone.

Before 2012 the code was Flash: ``<object><param name="movie"
value="http://www.youtube.com/v/VIDEO_ID&hl=en&fs=1"></param><embed
src="http://www.youtube.com/v/VIDEO_ID&hl=en&fs=1"
type="application/x-shockwave-flash"></embed></object>`` (or ``<object
data="…/v/VIDEO_ID">``), still in old articles: read as the element its URL is in,
``<embed>`` (void: it ends with its tag) or ``<object data>``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import TYPE_CHECKING

from .._lazy import re_pattern
from ..candidate import Candidate
from ..markers import Marker, only
from ..models import YouTubeVideo
from ..text import element_text
from ._markup import (
    IFRAMES,
    attributes_of,
    class_tokens,
    element_named,
    embetty_video,
    options,
    pointing_at,
    query,
    url_needles,
    url_of,
)
from ._proxies import proxied
from ._shared import PostLinks
from ._youtube_facades import (
    FACADE_GATES,
    FACADE_NEEDLES,
    PLAYER_NEEDLES,
    PLAYER_SHAPE,
    facade_video,
    find_facade,
    find_player,
)

if TYPE_CHECKING:
    from lxml import etree

__all__ = ["GATES", "LINKS", "MARKERS", "read"]

GATES = ("embed", "lite-", "amp-", "youtube", "youtu", "lyte-", "embetty-", *FACADE_GATES)

_Y = "youtube"
# (Also the player of a list without a path, "/embed?listType=playlist&list=…", as
# YouTube's IFrame API documents it.)
_PLAYER_SOURCE = (
    r"(?:^|//|\.)(?:youtube(?:-nocookie)?\.com)/embed(?:/([A-Za-z0-9_-]{1,64})?|(?=\?))"
)
_PLAYER = re_pattern(globals(), "_PLAYER", _PLAYER_SOURCE, re.IGNORECASE)
# A video's own page, as an embed service names what it shows.
_WATCH_SOURCE = (
    r"(?:^|//|\.)(?:youtube\.com/(?:watch\?(?:[^#]*?&)?v=|shorts/|live/)|youtu\.be/)"
    r"([A-Za-z0-9_-]{11})(?![A-Za-z0-9_-])"
)
_WATCH = re_pattern(globals(), "_WATCH", _WATCH_SOURCE, re.IGNORECASE)
# The Flash player; its options follow the id after "&" (or "?").
_FLASH = re_pattern(
    globals(),
    "_FLASH",
    r"(?:^|//|\.)youtube(?:-nocookie)?\.com/v/([A-Za-z0-9_-]{11})(?![A-Za-z0-9_-])",
    re.IGNORECASE,
)
_VIDEO_OR_PLAYER = re_pattern(
    globals(), "_VIDEO_OR_PLAYER", f"{_PLAYER_SOURCE}|{_WATCH_SOURCE}", re.IGNORECASE
)
_VIDEO_ID = re_pattern(globals(), "_VIDEO_ID", r"[A-Za-z0-9_-]{11}")
_PLAYLIST_ID = re_pattern(globals(), "_PLAYLIST_ID", r"[A-Za-z0-9_-]{2,64}")
_NOT_IDS = frozenset({"videoseries", "live_stream"})
_START = re_pattern(globals(), "_START", r"^(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s?)?$")
# Titles that name the player, not the video.
_GENERIC_TITLES = frozenset(
    {"youtube video player", "youtube video", "youtube", "video", "play", "play video", ""}
)


def _without_play_label(root: etree._Element, title: str) -> str:
    """``title`` without the play button's label before it: lite-youtube-embed's
    button says "Play Video: <title>" to screen readers (the label is the button's
    ``title``), its ``playlabel`` "Play: <title>"."""
    labels = {a.get("title", "").strip() for a in root.iter("a")} | {"Play", "Play Video"}
    for label in filter(None, labels):
        if title[: len(label) + 1].lower() == label.lower() + ":":
            return title[len(label) + 1 :].strip()
    return title


@only("embed", "object")
def _flash(tag: str, attributes: Mapping[str, str]) -> bool:
    """A tag test: a Flash player of a video, ``<embed src>`` or ``<object data>``
    (an ``<object>`` that names it only in a ``<param>`` is read by its ``<embed>``)."""
    value = attributes.get("data") if tag == "object" else attributes.get("src")
    return value is not None and _FLASH.search(value) is not None


def _void(text: str, open_end: int, limit: int) -> int | None:
    """Where a player without its end tag ends: ``<embed>`` and ``<source>`` are void
    elements (the tag is all of it); an ``<object>`` reaches as far as it can."""
    start = text.rfind("<", max(0, open_end - 4096), open_end)
    return open_end if text[start + 1 : start + 7].lower().startswith(("embed", "source")) else None


@only("source")
def _media_source(tag: str, attributes: Mapping[str, str]) -> bool:
    """A tag test: MediaElement.js's YouTube source, as WordPress's ``[video]`` shortcode
    and Video widget write a YouTube URL: ``<video class="wp-video-shortcode"><source
    type="video/youtube" src="https://www.youtube.com/watch?v=ID&_=1" />…</video>``."""
    return (
        tag == "source"
        and attributes.get("type", "").strip().lower() == "video/youtube"
        and _WATCH.search(attributes.get("src", "")) is not None
    )


@only("div")
def _lyte(tag: str, attributes: Mapping[str, str]) -> bool:
    """A tag test: WP YouTube Lyte's player, ``<div class="lyte-wrapper"><div
    class="lyMe" id="WYL_ID">…`` (its script makes the player; the inner id names the
    video, or a playlist where its class says "playlist"). The wrapper is the needle's:
    a four-byte one ("WYL_") made every page's scan 5% slower."""
    return tag == "div" and any(c.startswith("lyte-wrapper") for c in class_tokens(attributes))


# A post's URL (not a profile's or a share link's), where its needle is found.
_BARE_PATH = (
    rb"(?:youtube\.com/(?:watch\?(?:[^\s\"'<>#&]{0,200}&)*?v=|shorts/|live/)|youtu\.be/)"
    rb"[A-Za-z0-9_-]{11}"
)

# A thumbnail's URL, where its needle is found (a facade's: see _youtube_facades).
_FACADE_SHAPE = re.compile(
    rb"(?:ytimg|youtube)\.com/vi(?:_webp)?/[A-Za-z0-9_-]{11}/", re.IGNORECASE
)
# A video's page in a JSON string ("\/" for "/"), where its needle is found.
_JSON_WATCH_PATH = rb"youtube\.com\\/watch\?(?:[^\s\"'<>#&]{0,200}&(?:amp;)?)*?v=[A-Za-z0-9_-]{11}"
# A player's URL, where its needle is found.
_PLAYER_PATH = rb"youtube(?:-nocookie)?\.com/embed/[A-Za-z0-9_-]{11}"

MARKERS: tuple[Marker, ...] = (
    *(
        Marker(needle, _Y, "video", "iframe", pointing_at(_PLAYER, "iframe"))
        for host in ("youtube.com/embed/", "youtube-nocookie.com/embed/")
        for needle in url_needles(host)
    ),
    *(
        Marker(needle, _Y, "video", "iframe", pointing_at(_PLAYER, "iframe"))
        for host in ("youtube.com/embed?", "youtube-nocookie.com/embed?")
        for needle in url_needles(host)[:2]  # plain, and in a JSON string
    ),
    *(
        Marker(needle, _Y, "video", "element", _flash, ends=_void)
        for host in ("youtube.com/v/", "youtube-nocookie.com/v/")
        for needle in url_needles(host)[:2]  # plain, and in a JSON string
    ),
    Marker("video/youtube", _Y, "video", "element", _media_source, ends=_void),
    Marker("lyte-wrapper", _Y, "video", "element", _lyte),
    Marker("lite-youtube", _Y, "video", "element", element_named("lite-youtube")),
    Marker("embetty-video", _Y, "video", "element", embetty_video("youtube")),
    Marker("amp-youtube", _Y, "video", "amp", element_named("amp-youtube")),
    *(
        Marker(needle, _Y, "video", "element", finds=find_facade, shape=_FACADE_SHAPE, in_tag=True)
        for needle in FACADE_NEEDLES
    ),
    *(
        Marker(needle, _Y, "video", "element", finds=find_player, shape=PLAYER_SHAPE, in_tag=True)
        for needle in PLAYER_NEEDLES
    ),
)

LINKS = PostLinks(
    "video",
    _WATCH,
    proxied=_VIDEO_OR_PLAYER,
    shortcode_names=("youtube",),
    # (youtube.com/live/ID: a live stream's, or its recording's, share link.)
    bare_needles=("youtube.com/watch?", "youtu.be/", "youtube.com/shorts/", "youtube.com/live/"),
    bare_path=_BARE_PATH,
    # Lazy players that a script turns into the iframe, the player's URL (or the
    # video's page) in a data attribute: WP Rocket's ``<div class="rll-youtube-player"
    # data-src="…/embed/ID" data-id="ID">`` (its iframe kept in ``<noscript>`` after it),
    # FlyingPress's ``<span class="flying-press-youtube" data-src="…/embed/ID">``, a
    # theme's ``<div data-video="…/embed/ID">``, Elementor's video widget (its settings'
    # ``youtube_url``, a JSON string).
    placeholder_needles=(
        "youtube.com/watch?",
        "youtu.be/",
        "youtube.com/shorts/",
        "youtube.com/live/",
        "youtube.com/embed/",
        "youtube-nocookie.com/embed/",
        # Elementor's video widget names the video's page in its JSON settings.
        "youtube.com\\/watch?",
    ),
    placeholder_path=rb"(?:" + _BARE_PATH + rb"|" + _PLAYER_PATH + rb"|" + _JSON_WATCH_PATH + rb")",
)


def _seconds(value: str | None) -> int | None:
    """A start time as YouTube writes it (``start=90``, ``t=1m30s``), in seconds."""
    m = _START.match((value or "").strip())
    if not value or m is None or not any(m.groups()):
        return None
    hours, minutes, seconds = (int(g) if g else 0 for g in m.groups())
    return hours * 3600 + minutes * 60 + seconds


def _watch_url(video_id: str | None, playlist_id: str | None) -> str | None:
    if video_id is not None:
        suffix = f"&list={playlist_id}" if playlist_id else ""
        return f"https://www.youtube.com/watch?v={video_id}{suffix}"
    if playlist_id is not None:
        return f"https://www.youtube.com/playlist?list={playlist_id}"
    return None


def _page_fields(page: re.Match[str]) -> tuple[str | None, str | None, int | None]:
    """Video id, playlist id and start time of a video's page (``_WATCH``'s match)."""
    params = query(page.string)
    playlist = params.get("list")
    return (
        page.group(1),
        playlist if playlist and _PLAYLIST_ID.fullmatch(playlist) else None,
        _seconds(params.get("start") or params.get("t")),
    )


def _is_lyte_player(element: etree._Element) -> bool:
    """Whether ``element`` is Lyte's player, ``div.lyMe#WYL_ID``."""
    classes = (element.get("class") or "").split()
    return "lyMe" in classes and (element.get("id") or "").startswith("WYL_")


def _fields(root: etree._Element) -> tuple[str | None, str | None, int | None]:
    """Video id, playlist id and start time of a player element."""
    attributes = attributes_of(root)
    if root.tag in ("lite-youtube", "amp-youtube"):
        video = attributes.get("videoid") or attributes.get("data-videoid") or ""
        params = query("?" + attributes.get("params", ""))
        playlist = attributes.get("playlistid") or params.get("list")
        start = _seconds(params.get("start") or attributes.get("data-param-start"))
        return (
            video if _VIDEO_ID.fullmatch(video) else None,
            playlist if playlist and _PLAYLIST_ID.fullmatch(playlist) else None,
            start,
        )
    if root.tag == "embetty-video":  # heise's Embetty: the id, and where it starts
        video = attributes.get("video-id", "").strip()
        start = _seconds(attributes.get("start-at"))
        return video if _VIDEO_ID.fullmatch(video) else None, None, start
    if root.tag == "source":
        page = _WATCH.search(attributes.get("src", ""))
        return _page_fields(page) if page is not None else (None, None, None)
    if root.tag == "div" and _lyte("div", attributes):
        player = next((e for e in root.iter("div") if _is_lyte_player(e)), None)
        if player is None:
            return None, None, None
        code = (player.get("id") or "")[4:]
        if "playlist" in (player.get("class") or "").split():
            return None, code if _PLAYLIST_ID.fullmatch(code) else None, None
        return code if _VIDEO_ID.fullmatch(code) else None, None, None
    m = url_of(attributes, _PLAYER)
    if m is None and root.tag in ("object", "embed"):
        return _flash_fields(root, attributes)
    if m is None:
        # An embed service's element: the video's page, else the player it names.
        urls = proxied(attributes)
        page = next(filter(None, map(_WATCH.search, urls)), None)
        if page is not None:
            return _page_fields(page)
        m = next(filter(None, map(_PLAYER.search, urls)), None)
    if m is None and root.tag not in IFRAMES:
        # A facade (see _youtube_facades): the video its attributes or thumbnail name.
        images = (
            str(value)
            for element in root.iter()
            for name, value in element.attrib.items()
            if name == "style" or "src" in str(name)
        )
        return facade_video(attributes, images), None, None
    if m is None:
        return None, None, None
    return _player_fields(m)


def _player_fields(m: re.Match[str]) -> tuple[str | None, str | None, int | None]:
    """Video id, playlist id and start time of a player's URL (``_PLAYER``'s match)."""
    url = m.string
    params = query(url)
    path_id = m.group(1) or ""
    # /embed/videoseries?list=… plays a playlist, /embed/live_stream?channel=… a
    # channel's live stream (both eleven characters long, neither a video's id).
    video_id = path_id if _VIDEO_ID.fullmatch(path_id) and path_id not in _NOT_IDS else None
    # (listType=user_uploads or search: "list" names a user or a query, no playlist.)
    playlist = params.get("list") if params.get("listType", "playlist") == "playlist" else None
    return (
        video_id,
        playlist if playlist and _PLAYLIST_ID.fullmatch(playlist) else None,
        _seconds(params.get("start") or params.get("t")),
    )


def _live_channel(root: etree._Element | None) -> str | None:
    """The channel whose live stream a player plays (``/embed/live_stream?channel=ID``)."""
    m = url_of(attributes_of(root), _PLAYER) if root is not None else None
    if m is None or m.group(1) != "live_stream":
        return None
    channel = query(m.string).get("channel", "")
    return channel if _PLAYLIST_ID.fullmatch(channel) else None


def _flash_fields(
    root: etree._Element, attributes: dict[str, str]
) -> tuple[str | None, str | None, int | None]:
    """Video id, playlist id and start time of a Flash player: its own URL (``src``,
    ``data``), else its ``movie`` parameter's or its inner ``<embed>``'s."""
    urls = [attributes.get("src"), attributes.get("data")]
    urls += [p.get("value") for p in root.iter("param")]
    urls += [e.get("src") for e in root.iter("embed")]
    m = next(filter(None, (_FLASH.search(u) for u in urls if u)), None)
    if m is None:
        return None, None, None
    params = query("?" + m.string[m.end() :].lstrip("?&"))
    playlist = params.get("list") or params.get("playlist")
    return (
        m.group(1),
        playlist if playlist and _PLAYLIST_ID.fullmatch(playlist) else None,
        _seconds(params.get("start")),
    )


def read(
    root: etree._Element | None, markup: str, candidate: Candidate, page_lang: str | None
) -> YouTubeVideo | None:
    """The player at ``candidate``; without an element, the video whose page's URL is
    the embed's markup (an embed block left unrendered)."""
    title = ""
    if root is None:
        page = _WATCH.search(markup)
        player = _PLAYER.search(markup) if page is None else None
        if page is not None:
            video, playlist, start = _page_fields(page)
        elif player is not None:  # a consent banner's link to the player
            video, playlist, start = _player_fields(player)
        else:
            return None
    else:
        video, playlist, start = _fields(root)
        title = (root.get("title") or root.get("data-title") or "").strip()
        if not title and root.tag == "lite-youtube":
            title = _without_play_label(
                root, (root.get("playlabel") or element_text(root, inline=True)).strip()
            )
        if not title and root.tag == "div":  # Lyte's title, where YouTube's API gave one
            shown = next((e for e in root.iter("div") if e.get("class") == "tT"), None)
            title = element_text(shown, inline=True).strip() if shown is not None else ""
    channel = _live_channel(root) if video is None and playlist is None else None
    if video is None and playlist is None and channel is None:
        return None
    url = _watch_url(video, playlist) or f"https://www.youtube.com/channel/{channel}/live"
    return YouTubeVideo(
        kind="video" if video is not None else "playlist" if playlist is not None else "live",
        form=candidate.form,
        escaped=candidate.escaped,
        span=(candidate.start, candidate.end),
        post_id=video,
        url=url,
        start=start,
        playlist_id=playlist,
        title=None if title.lower() in _GENERIC_TITLES else title,
        options=options(root) if root is not None else {},
    )
