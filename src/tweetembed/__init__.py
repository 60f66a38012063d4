"""tweetembed: find social-media embeds (Twitter/X, Instagram, YouTube, Facebook, TikTok,
Bluesky, Threads, Mastodon, Reddit, Telegram, LinkedIn) in the raw text of news articles.

>>> from tweetembed import parse
>>> [tweet] = parse('<blockquote class="twitter-tweet"><p>Hi @nasa</p>&mdash; A (@a) '
...                 '<a href="https://twitter.com/a/status/20">March 21, 2006</a></blockquote>')
>>> tweet.author, tweet.status_id, tweet.date.isoformat()
(Author(name='A', handle='a'), '20', '2006-03-21')
"""

from __future__ import annotations

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
