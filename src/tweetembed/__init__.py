"""tweetembed: find Twitter/X embeds in the raw text of news articles.

>>> from tweetembed import parse
>>> [tweet] = parse('<blockquote class="twitter-tweet"><p>Hi @nasa</p>&mdash; A (@a) '
...                 '<a href="https://twitter.com/a/status/20">March 21, 2006</a></blockquote>')
>>> tweet.author, tweet.status_id, tweet.date.isoformat()
(Author(name='A', handle='a'), '20', '2006-03-21')
"""

from __future__ import annotations

from .entities import extract_entities
from .models import (
    Author,
    Cashtag,
    Embed,
    Embeds,
    EmojiCaption,
    Entities,
    Hashtag,
    Link,
    Mention,
    Options,
    Tweet,
    UrlEntity,
)
from .pipeline import parse
from .platforms import PLATFORMS

__all__ = [
    "PLATFORMS",
    "Author",
    "Cashtag",
    "Embed",
    "Embeds",
    "EmojiCaption",
    "Entities",
    "Hashtag",
    "Link",
    "Mention",
    "Options",
    "Tweet",
    "UrlEntity",
    "__version__",
    "extract_entities",
    "parse",
]

__version__ = "0.1.0"
