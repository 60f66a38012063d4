"""One post of each platform as its own URL gives it, with the ``post_id`` that
``expected.json``'s conventions give it (README, "The fields every embed has"):
(URL, platform, post id). Shared by the tests of forms that hold a post's URL."""

from __future__ import annotations

POSTS: list[tuple[str, str, str]] = [
    ("https://twitter.com/NASA/status/1370827335461826566", "twitter", "1370827335461826566"),
    ("https://www.instagram.com/p/CeVvHCUs0Zp/", "instagram", "CeVvHCUs0Zp"),
    ("https://www.youtube.com/watch?v=x2Gf04W_ff8", "youtube", "x2Gf04W_ff8"),
    (
        "https://www.facebook.com/20531316728/posts/10154009990506729/", "facebook",
        "https://www.facebook.com/20531316728/posts/10154009990506729/",
    ),
    ("https://www.tiktok.com/@scout2015/video/6718335390845095173", "tiktok", "6718335390845095173"),
    (
        "https://bsky.app/profile/bsky.app/post/3lbq7mxsiek2v",
        "bluesky", "at://bsky.app/app.bsky.feed.post/3lbq7mxsiek2v",
    ),
    ("https://www.threads.net/@zuck/post/CuP48CiS5sx", "threads", "CuP48CiS5sx"),
    ("https://mastodon.social/@Gargron/114505776215440277", "mastodon", "114505776215440277"),
    ("https://www.reddit.com/r/aww/comments/90bu6w/heat_index/", "reddit", "90bu6w"),
    ("https://t.me/durov/43", "telegram", "durov/43"),
    (
        "https://www.linkedin.com/posts/satyanadella_ai-activity-7024395364539248640-AbCd",
        "linkedin", "urn:li:activity:7024395364539248640",
    ),
]  # fmt: skip


def posts_of(*platforms: str, but: tuple[str, ...] = ()) -> list[tuple[str, str, str]]:
    """The posts of ``platforms`` (every platform when none), less those of ``but``."""
    return [p for p in POSTS if (not platforms or p[1] in platforms) and p[1] not in but]
