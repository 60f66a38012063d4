"""Vercel's react-tweet: a tweet rendered by the site's own server, without Twitter's
script (Next.js and other React sites: ``<Tweet id="…" />``).

Its markup, from vercel/react-tweet's ``twitter-theme`` components (class names
other than ``react-tweet-theme`` are CSS modules' and differ from build to build)::

    <div class="react-tweet-theme …"><article …>
      <div …>                                  header: avatar, name, handle, Follow
        <a href="https://x.com/USER"><span title="NAME">NAME</span></a>
        <a href="https://x.com/USER"><span title="@USER">@USER</span></a> …
      </div>
      <a href="https://x.com/OTHER/status/ID2">Replying to @OTHER</a>   (a reply)
      <p …><span>text</span><a href="https://x.com/hashtag/tag">#tag</a> …</p>
      …media, a quoted tweet…
      <div …><a href="…" aria-label="…"><time dateTime="…">3:45 PM · Jan 1, 2024</time></a>
        (written in the browser only: a page saved from it)</div>
      <div …><a href="https://x.com/intent/like?tweet_id=ID">…</a>
             <a href="https://x.com/intent/tweet?in_reply_to=ID">…</a></div>
      <div …><a href="https://x.com/USER/status/ID">Read 12 replies</a></div>
    </article></div>

The status is the like and reply links' (the other status links may be the tweet it
replies to or quotes); the text keeps its line breaks as newlines in the text (the
theme shows them with ``white-space: pre-wrap``), not as ``<br>``. The same container
holding no such link is the loading skeleton or "Tweet not found" (a deleted tweet's
embed): an embed whose tweet is not named.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from .._lazy import re_pattern
from ..text import element_text, normalise_lines
from ..urls import StatusRef, status_ref

if TYPE_CHECKING:
    from lxml import etree

__all__ = [
    "REACT_TWEET_NEEDLE",
    "ReactTweet",
    "is_react_tweet_element",
    "react_tweet",
]

REACT_TWEET_NEEDLE = "react-tweet-theme"
# The like and reply intents name the tweet by its id.
_INTENT_ID = re_pattern(
    globals(),
    "_INTENT_ID",
    r"^https?://(?:www\.)?(?:twitter|x)\.com/intent/(?:like\?tweet_id|tweet\?in_reply_to)=(\d{1,20})\b",
)


def is_react_tweet_element(element: etree._Element) -> bool:
    """Whether a parsed element is react-tweet's container (what its marker's tag test,
    ``has_class(REACT_TWEET_NEEDLE, "div")``, passed)."""
    return element.tag == "div" and REACT_TWEET_NEEDLE in (element.get("class") or "").split()


class ReactTweet(NamedTuple):
    """What the rendered tweet shows (each ``None`` where it does not)."""

    status: StatusRef
    name: str | None
    body: etree._Element | None  # the tweet's text, its links as <a> elements
    text: str
    date_text: str | None


def react_tweet(root: etree._Element) -> ReactTweet | None:
    """The tweet that react-tweet's container ``root`` shows, or None where it shows
    none (its skeleton, its "not found" box)."""
    handle = name = None
    for span in root.iter("span"):
        title = (span.get("title") or "").strip()
        if not title:
            continue
        if title.startswith("@"):
            handle = title[1:] or None
            break
        if name is None:
            name = title
    status_id = None
    for a in root.iter("a"):
        m = _INTENT_ID.match((a.get("href") or "").strip())
        if m is not None:
            status_id = m.group(1).lstrip("0") or "0"
            break
    if status_id is None:
        return None
    # The replies link names the handle too, where the header's span was changed.
    if handle is None:
        refs = (status_ref(a.get("href")) for a in root.iter("a"))
        handle = next((r.handle for r in refs if r and r.status_id == status_id), None)
    body = next(root.iter("p"), None)
    text = normalise_lines("".join(map(str, body.itertext()))) if body is not None else ""
    time = next(root.iter("time"), None)
    date_text = element_text(time, inline=True) or None if time is not None else None
    return ReactTweet(StatusRef(status_id, handle), name, body, text, date_text)
