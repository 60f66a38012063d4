"""A survey of pages nobody checked: every record, and every platform post URL left unread.

Run: python tests/survey.py PATH...   (files or folders; .gz read through)

For each page it prints the records ``parse`` gives (platform, form, escaping, post
id, author, date, the start of the text), then, for each platform whose post URLs
occur in the page's bytes but that gave no record, those URLs (``MISS?``): most are
links in prose, share buttons or feeds, which are no embeds; the others are forms
still to read. A diagnostic for real pages without expected values (session 15 read
flairNLP/fundus's 258 test pages, adbar/trafilatura's and newspaper4k's with it),
not a check.
"""

from __future__ import annotations

import collections
import gzip
import re
import sys
from pathlib import Path

from tweetembed import parse

_POST_URLS = {
    "twitter": rb"(?:twitter|x)\.com/\w+/status(?:es)?/\d+",
    "instagram": rb"instagram\.com/(?:[\w.]+/)?(?:p|reel|tv)/[\w-]+",
    "youtube": rb"(?:youtube(?:-nocookie)?\.com/(?:embed/|watch\?v=|shorts/|v/)|youtu\.be/)[\w-]{11}",
    "tiktok": rb"tiktok\.com/@[\w.]+/video/\d+",
    "facebook": rb"facebook\.com/(?:plugins/(?:post|video)\.php|[\w.]+/(?:posts|videos)/)",
    "bluesky": rb"bsky\.app/profile/[^/\"]+/post/\w+",
    "threads": rb"threads\.(?:net|com)/@[\w.]+/post/",
    "mastodon": rb"/@\w+/\d{15,20}\b",
    "telegram": rb"data-telegram-post|t\.me/\w+/\d+",
    "reddit": rb"reddit\.com/r/\w+/comments/",
    "linkedin": rb"linkedin\.com/embed/feed",
}


def _pages(paths: list[str]) -> list[Path]:
    found: list[Path] = []
    for name in paths:
        path = Path(name)
        found += sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
    return found


def main() -> None:
    totals: collections.Counter[tuple[str, str, str | None]] = collections.Counter()
    for path in _pages(sys.argv[1:]):
        data = path.read_bytes()
        if data[:2] == b"\x1f\x8b":
            data = gzip.decompress(data)
        embeds = parse(data)
        read = collections.Counter(e.platform for e in embeds)
        for e in embeds:
            totals[(e.platform, e.form, e.escaped)] += 1
            author = (e.author.name, e.author.handle) if e.author else None
            text = (e.text or "")[:40]
            print(
                "REC", path.name[:40], e.platform, e.form, e.escaped, e.post_id, author, e.date,
                repr(text),
            )  # fmt: skip
        for platform, pattern in _POST_URLS.items():
            urls = sorted(set(re.findall(pattern, data)))
            if urls and not read[platform]:
                shown = [u.decode("ascii", "replace") for u in urls[:3]]
                print("MISS?", path.name[:40], platform, len(urls), shown)
    for (platform, form, escaped), count in sorted(totals.items(), key=str):
        print(f"{platform:10} {form:10} {escaped or 'live':8} {count}")


if __name__ == "__main__":
    main()
