"""tweetembed: find social-media embeds (Twitter/X, Instagram, YouTube, Facebook, TikTok,
Bluesky, Threads, Mastodon, Reddit, Telegram, LinkedIn) in the raw text of news articles.

>>> from tweetembed import parse
>>> [tweet] = parse('<blockquote class="twitter-tweet"><p>Hi @nasa</p>&mdash; A (@a) '
...                 '<a href="https://twitter.com/a/status/20">March 21, 2006</a></blockquote>')
>>> tweet.author, tweet.status_id, tweet.date.isoformat()
(Author(name='A', handle='a'), '20', '2006-03-21')
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .entities import extract_entities
from .forms import Escaped, Form
from .models import (
    Author,
    BlueskyPost,
    Cashtag,
    Embed,
    Embeds,
    EmojiCaption,
    Entities,
    Hashtag,
    InstagramPost,
    Link,
    Mention,
    Options,
    RedditPost,
    TikTokVideo,
    Tweet,
    UrlEntity,
    YouTubeVideo,
)
from .pipeline import parse
from .platforms import PLATFORMS

if TYPE_CHECKING:
    from .reading import Failure, Reading, read

__all__ = [
    "PLATFORMS",
    "Author",
    "BlueskyPost",
    "Cashtag",
    "Embed",
    "Embeds",
    "EmojiCaption",
    "Entities",
    "Escaped",
    "Failure",
    "Form",
    "Hashtag",
    "InstagramPost",
    "Link",
    "Mention",
    "Options",
    "Reading",
    "RedditPost",
    "TikTokVideo",
    "Tweet",
    "UrlEntity",
    "YouTubeVideo",
    "__version__",
    "extract_entities",
    "parse",
    "read",
]

__version__ = "0.1.0"


def __getattr__(name: str) -> Any:
    # Reading a corpus (files, WARC, JSON Lines) is imported when first asked for:
    # a script that only parses pages does not pay for it at import.
    if name in ("Failure", "Reading", "read"):
        from . import reading

        return getattr(reading, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
