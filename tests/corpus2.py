"""Agreement of ``parse`` with the hand-checked pages of every platform (../shared/corpus2).

Used by tests/test_corpus2.py, and runnable to print the figures per platform:

    python tests/corpus2.py [PATH_TO_SHARED] [-v]

Embeds are paired with the expected ones in source order, platform by platform
(difflib over the sequence of (platform, live or copy)); a live embed counts as
found when its ``post_id`` is the expected one. Fields compared: form, escaped,
post_id, url, handle, author_name, text_prefix and date, each mapped from the
corpus's conventions (its README) onto the library's where they differ:

- ``url``: the corpus keeps the URL as the markup writes it, the library a
  canonical one; both are brought to the post's canonical address by the rules
  below, written from the platforms' URL schemes, not from the library's code.
- ``form``: the corpus names the root element (``iframe[data-lazy-src]``,
  ``div.fb-post``), the library how the embed is written (``iframe``, ``element``).
- ``uncertain`` alternatives count as equal.
"""

from __future__ import annotations

import difflib
import json
import re
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tweetembed import Embed, parse
from tweetembed.decode import decode

ROOT = Path(__file__).resolve().parent.parent
SHARED_CORPUS2 = ROOT.parent / "shared" / "corpus2"
FIELDS = ("form", "escaped", "post_id", "url", "handle", "author_name", "text_prefix", "date")


def expected_form(platform: str, form: str) -> str:
    """The library's ``form`` for the corpus's name of the root element."""
    if form.startswith("blockquote"):
        return "blockquote"
    if form.startswith("div.twitter-") and form.endswith("-rendered"):
        return "rendered"
    if form in ("lite-youtube", "div.fb-post", "div.fb-video"):
        return "element"
    if form.startswith("amp-"):
        return "amp"
    if form.startswith("iframe"):
        # Instagram's iframe is what embed.js leaves; the others are handed out as iframes.
        return "rendered" if platform in ("instagram", "bluesky") else "iframe"
    return form


def canonical_url(exp: dict[str, Any]) -> str | None:
    """The post's canonical address, from the expected post id and URL."""
    platform, post_id, url = exp["platform"], exp.get("post_id"), exp.get("url")
    if platform == "twitter":
        if not post_id:
            return None
        handle = exp.get("handle") or _twitter_handle(url)
        return f"https://twitter.com/{handle or 'i/web'}/status/{post_id}"
    if platform == "youtube":
        if post_id:
            return f"https://www.youtube.com/watch?v={post_id}"
        playlist = re.search(r"[?&]list=([A-Za-z0-9_-]+)", url or "")
        return f"https://www.youtube.com/playlist?list={playlist.group(1)}" if playlist else None
    if platform == "instagram":
        kind = re.search(r"instagram\.com/(?:[\w.]+/)?(p|reel|tv)/", url or "")
        return f"https://www.instagram.com/{kind.group(1) if kind else 'p'}/{post_id}/"
    if platform == "bluesky":
        did, _, rkey = (post_id or "").removeprefix("at://").partition("/app.bsky.feed.post/")
        return f"https://bsky.app/profile/{did}/post/{rkey}" if rkey else None
    if platform in ("tiktok",):
        return (url or "").split("?")[0] or None
    return url


def _twitter_handle(url: str | None) -> str | None:
    m = re.search(r"twitter\.com/([A-Za-z0-9_]{1,15})/status", url or "")
    return m.group(1) if m else None


def actual_fields(embed: Embed) -> dict[str, Any]:
    author = embed.author
    return {
        "form": embed.form,
        "escaped": embed.escaped,
        "post_id": embed.post_id,
        "url": embed.url,
        "handle": author.handle if author else None,
        "author_name": author.name if author else None,
        "text_prefix": embed.text[:40] or None,
        "date": embed.date.isoformat() if embed.date else None,
    }


def expected_fields(exp: dict[str, Any]) -> dict[str, Any]:
    return {
        "form": expected_form(exp["platform"], exp["form"]),
        "escaped": exp.get("escaped"),
        "post_id": exp.get("post_id"),
        "url": canonical_url(exp),
        "handle": exp.get("handle"),
        "author_name": exp.get("author_name"),
        "text_prefix": exp.get("text_prefix"),
        "date": exp.get("date"),
    }


def _equal(key: str, expected: Any, actual: Any, exp: dict[str, Any]) -> bool:
    if expected == actual:
        return True
    alternatives = (exp.get("uncertain") or {}).get(key)
    if isinstance(alternatives, dict):
        alternatives = alternatives.get("alternatives", alternatives.get("values"))
    if isinstance(alternatives, str):  # "null; …" names null as the other reading
        return alternatives.startswith("null") and actual is None
    return isinstance(alternatives, list) and actual in alternatives


@dataclass
class Tally:
    """One platform's figures."""

    live_wanted: int = 0
    live_found: int = 0
    false_embeds: int = 0
    escaped_wanted: int = 0
    escaped_found: int = 0
    checked: int = 0
    agreed: int = 0


@dataclass
class Report:
    """What one run over the corpus found, per platform."""

    platforms: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    differences: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)
    extra: list[str] = field(default_factory=list)

    def total(self) -> Tally:
        whole = Tally()
        for tally in self.platforms.values():
            for name in vars(whole):
                setattr(whole, name, getattr(whole, name) + getattr(tally, name))
        return whole


def evaluate(corpus: Path) -> Report:
    """Parse every page of ``corpus`` and compare with ``expected.json``."""
    expected = json.loads((corpus / "expected.json").read_text("utf-8"))["files"]
    report = Report()
    for name, wanted in sorted(expected.items()):
        raw = (corpus / "pages" / name).read_bytes()
        text = decode(raw)
        got = list(parse(raw))
        keys_want = [(e["platform"], e["escaped"] is None) for e in wanted]
        keys_got = [(e.platform, e.escaped is None) for e in got]
        matcher = difflib.SequenceMatcher(a=keys_want, b=keys_got, autojunk=False)
        paired: set[int] = set()
        paired_got: set[int] = set()
        for block in matcher.get_matching_blocks():
            for k in range(block.size):
                paired.add(block.a + k)
                paired_got.add(block.b + k)
                exp, embed = wanted[block.a + k], got[block.b + k]
                tally = report.platforms[exp["platform"]]
                live = exp["escaped"] is None
                if exp.get("post_id") == embed.post_id:
                    if live:
                        tally.live_found += 1
                    else:
                        tally.escaped_found += 1
                want, have = expected_fields(exp), actual_fields(embed)
                for key in FIELDS:
                    tally.checked += 1
                    if _equal(key, want[key], have[key], exp):
                        tally.agreed += 1
                    else:
                        report.differences.append(
                            f"{name}#{exp['index']} {exp['platform']} {key}: expected "
                            f"{want[key]!r} got {have[key]!r}  "
                            f"[{text[embed.span[0] : embed.span[0] + 70]!r}]"
                        )
        for index, exp in enumerate(wanted):
            tally = report.platforms[exp["platform"]]
            if exp["escaped"] is None:
                tally.live_wanted += 1
            else:
                tally.escaped_wanted += 1
            if index not in paired:
                report.missing.append(
                    f"{name}#{exp['index']} {exp['platform']} {exp['form']} escaped={exp['escaped']}"
                )
        for index, embed in enumerate(got):
            if index not in paired_got:
                if embed.escaped is None:
                    report.platforms[embed.platform].false_embeds += 1
                report.extra.append(
                    f"{name} {embed.platform} {embed.form} escaped={embed.escaped} "
                    f"{embed.post_id}  [{text[embed.span[0] : embed.span[0] + 70]!r}]"
                )
    return report


def _line(platform: str, t: Tally) -> str:
    share = 100 * t.agreed / max(t.checked, 1)
    return (
        f"{platform:10} live {t.live_found:3}/{t.live_wanted:<3} false {t.false_embeds:2}  "
        f"escaped {t.escaped_found:3}/{t.escaped_wanted:<3} "
        f"fields {t.agreed:4}/{t.checked:<4} ({share:.1f}%)"
    )


def main() -> int:
    args = [a for a in sys.argv[1:] if a != "-v"]
    corpus = Path(args[0]) / "corpus2" if args else SHARED_CORPUS2
    report = evaluate(corpus)
    if "-v" in sys.argv:
        print(*report.differences, sep="\n")
    for line in report.missing:
        print("missing:", line)
    for line in report.extra:
        print("extra:", line)
    for platform, tally in sorted(report.platforms.items()):
        print(_line(platform, tally))
    print(_line("all", report.total()))
    print(
        f"differing fields: {dict(Counter(d.split()[2].rstrip(':') for d in report.differences))}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
