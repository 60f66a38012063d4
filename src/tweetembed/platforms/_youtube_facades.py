"""YouTube players that a site's script makes on a click: a facade with the video's
thumbnail, and no player's URL anywhere.

CMSs and themes show a video as its thumbnail (``i.ytimg.com/vi/ID/…`` or
``img.youtube.com/vi/ID/…``) in an element their script replaces with the player::

    <div data-type="youtube" class="youtube inline" data-youtube-id="ID">
      <div><img src="//img.youtube.com/vi/ID/hqdefault.jpg"></div></div>  (Kinja: The A.V. Club)
    <div data-video-id="ID" class="youtube__content player">…<img class=
      "youtube__video-thumbnail" src="https://i.ytimg.com/vi/ID/hqdefault.jpg">  (Vox's Clay)
    <div class="youtube" data-embed="ID"><div class="play-button"></div>
      <img src="https://img.youtube.com/vi/ID/sddefault.jpg"></div>        (a common recipe)

The facade is the nearest element around the thumbnail that says it is YouTube's (a
class token holding "youtube", or one opening with "yt-", or ``data-type``,
``data-provider`` … "youtube"), holds no embed code, no link and no heading, and little text. A
thumbnail inside a link (a list of videos, a card linking to the video's page) is a
link, not a player; one in a script or a ``<meta>`` is not shown.

Some facades hold no thumbnail: the script draws it. Such an element says it is
YouTube's and names the video in an attribute of YouTube's (``data-youtube-id``,
``data-ytid``), or has the class of the recipe many themes copied (labnol.org's
"lite YouTube embed") and names it in ``data-id``::

    <div class="youtube-player" data-id="ID"></div>
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .._lazy import re_pattern
from ..forms import Form
from ..tags import tag_attributes
from ._markup import end_tag
from ._stripped import without_tags

__all__ = [
    "FACADE_GATES", "FACADE_NEEDLES", "PLAYER_NEEDLES", "PLAYER_SHAPE", "facade_video",
    "find_facade", "find_player",
]  # fmt: skip

FACADE_NEEDLES = ("ytimg.com/vi", "youtube.com/vi/")
FACADE_GATES = ("ytimg", "data-yt")
# Facades without a thumbnail: found by the attribute that names the video, or by
# the recipe's class.
_NAMED_ID_ATTRIBUTES = ("data-youtube-id", "data-ytid", "data-yt-id")
_RECIPE_CLASS = "youtube-player"
PLAYER_NEEDLES = (*_NAMED_ID_ATTRIBUTES, _RECIPE_CLASS)

# The thumbnail's URL from its needle: the video's id.
_THUMBNAIL = re_pattern(
    globals(),
    "_THUMBNAIL",
    r"(?:ytimg\.com|youtube\.com)/vi(?:_webp)?/([A-Za-z0-9_-]{11})/",
    re.IGNORECASE,
)
_ID = re_pattern(globals(), "_ID", r"[A-Za-z0-9_-]{11}")
_YOUTUBE_URL = re_pattern(
    globals(), "_YOUTUBE_URL", r"youtube(?:-nocookie)?\.com/|youtu\.be/", re.IGNORECASE
)
# The elements a facade is; and how far back its opening tag may be from the
# thumbnail, how far its content reaches, and how many tags are looked at on the way.
_CONTAINERS = frozenset(
    {"div", "span", "p", "figure", "section", "aside", "article", "button", "a"}
)
_REACH = 2000
_CONTENT_REACH = 2000
_MAX_TAGS = 8
# Elements that say they are YouTube's whose end is looked for: a run of unclosed ones
# must cost each thumbnail a bounded stretch.
_MAX_MARKED = 2
_MAX_TEXT = 300  # a title, a caption, a duration
_TAG = re_pattern(globals(), "_TAG", r"<([A-Za-z][A-Za-z0-9-]*)(\s[^<>]*)?>")
# Embed code, a link or a heading inside: the element is no facade (a heading
# titles a card in a list of videos, which opens the video elsewhere).
_INSIDE = re_pattern(
    globals(), "_INSIDE", r"<(?:iframe|object|embed|blockquote|amp-|a\s|h[1-6][\s>])", re.I
)
# Attributes that name the platform.
_NAMING = (
    "data-type",
    "data-provider",
    "data-component-name",
    "data-s9e-mediaembed",
    "data-service",
)
# Attributes that name the video, where the facade has one.
_ID_ATTRIBUTES = (
    "data-youtube-id",
    "data-video-id",
    "data-videoid",
    "data-ytid",
    "data-yt-id",
    "data-embed",
    "data-video",
)
# An attribute too generic to trust over a thumbnail (an element's own id).
_LAST_ATTRIBUTE = "data-id"


def _is_youtubes(attributes: dict[str, str]) -> bool:
    """Whether an element's attributes say it is YouTube's."""
    for token in attributes.get("class", "").lower().split():
        if "youtube" in token or token == "yt" or token.startswith(("yt-", "yt_")):
            return True
    return any(attributes.get(name, "").strip().lower() == "youtube" for name in _NAMING)


def find_facade(text: str, hit: int) -> tuple[int, int, Form] | None:
    """The facade around the thumbnail whose URL's host is at ``hit``."""
    if _THUMBNAIL.match(text, hit) is None:
        return None
    # The thumbnail's URL is in an attribute of a tag (src, srcset, a style's url()).
    opening = text.rfind("<", max(0, hit - _REACH), hit)
    if opening < 0 or text.find(">", opening, hit) >= 0:
        return None
    position, marked = hit, 0
    for _ in range(_MAX_TAGS):
        start = text.rfind("<", max(0, hit - _REACH), position)
        if start < 0:
            return None
        position = start
        m = _TAG.match(text, start)
        if m is None:
            continue  # an end tag, a comment
        name = m[1].lower()
        if name not in _CONTAINERS:
            continue
        attributes = tag_attributes(m[2] or "")
        if name == "a" and "href" in attributes:
            return None  # a link to somewhere: a linked thumbnail
        if not _is_youtubes(attributes):
            continue
        marked += 1
        end = _end(text, name, m.end())
        if end is None or end <= hit:
            # Closed before the thumbnail (not around it), or not within reach.
            if marked >= _MAX_MARKED:
                return None
            continue
        return (start, end, "element") if _holds_only_a_player(text[m.end() : end]) else None
    return None


def find_player(text: str, hit: int) -> tuple[int, int, Form] | None:
    """The facade without a thumbnail whose opening tag holds ``hit`` (an attribute
    that names the video, or the class of the recipe)."""
    start = text.rfind("<", max(0, hit - _REACH), hit)
    if start < 0 or text.find(">", start, hit) >= 0:
        return None
    m = _TAG.match(text, start)
    if m is None or m.end() <= hit or (name := m[1].lower()) not in _CONTAINERS or name == "a":
        return None
    attributes = tag_attributes(m[2] or "")
    # The recipe's class, or an element that says it is YouTube's and names the video
    # in an attribute of YouTube's (the attribute alone is no player: the Washington
    # Post's own player names its video's copy on YouTube in ``data-youtube-id``).
    classes = attributes.get("class", "").lower().split()
    named = any(n in attributes for n in _NAMED_ID_ATTRIBUTES)
    youtubes = _RECIPE_CLASS in classes or (named and _is_youtubes(attributes))
    if not youtubes or facade_video(attributes, ()) is None:
        return None
    if any(_YOUTUBE_URL.search(value) for value in attributes.values()):
        return None  # a lazy player that names its URL: a placeholder (see PostLinks)
    end = _end(text, name, m.end())
    if end is None or not _holds_only_a_player(text[m.end() : end]):
        return None
    return start, end, "element"


class _InPlayerTag:
    """What the bytes around a player's needle must be before :func:`find_player` reads
    the decoded text: inside an opening tag of a container (not a link) whose ``<`` is
    within reach. The recipe's class is also a selector in style sheets and scripts
    (``.youtube-player{…}``), and each such needle made a page decode its whole text
    for nothing. Only what find_player refuses is refused: a character is at most four
    bytes, so its reach in characters is at most four times as many bytes."""

    def match(self, data: bytes, pos: int, /) -> object | None:
        start = data.rfind(b"<", max(0, pos - 4 * _REACH), pos)
        if start < 0 or data.find(b">", start, pos) >= 0:
            return None
        # (After the name, anything that ends it: the text's pattern reads a space
        # outside ASCII, a no-break space say, as white space.)
        m = _TAG_NAME.match(data, start)
        if m is None or m[1].lower() not in _PLAYER_CONTAINERS:
            return None
        return m


_TAG_NAME = re_pattern(globals(), "_TAG_NAME", rb"<([A-Za-z][A-Za-z0-9-]*)(?![A-Za-z0-9-])")
_PLAYER_CONTAINERS = frozenset(name.encode("ascii") for name in _CONTAINERS - {"a"})
PLAYER_SHAPE = _InPlayerTag()


def _end(text: str, name: str, content_start: int) -> int | None:
    """Where the element whose content starts at ``content_start`` ends, within reach."""
    close = end_tag(text, name, content_start, content_start + _CONTENT_REACH)
    return None if close is None else close.end()


def _holds_only_a_player(content: str) -> bool:
    """Whether a facade's content is only what stands for the player: no embed code,
    no link, no heading, little text."""
    if _INSIDE.search(content):
        return False
    return len(" ".join(without_tags(content).split())) <= _MAX_TEXT


def facade_video(attributes: dict[str, str], urls: Iterable[str]) -> str | None:
    """The video a facade shows: named by one of its attributes, else by the first
    thumbnail among ``urls`` (its elements' image and style attributes), else by its
    ``data-id``."""
    for name in _ID_ATTRIBUTES:
        value = attributes.get(name, "").strip()
        if _ID.fullmatch(value):
            return value
    for url in urls:
        m = _THUMBNAIL.search(url)
        if m is not None:
            return m.group(1)
    value = attributes.get(_LAST_ATTRIBUTE, "").strip()
    return value if _ID.fullmatch(value) else None
