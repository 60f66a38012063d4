"""Tweets in the text that extractors write for real pages: fixtures and figures.

The fixtures in tests/data/extracted/ are the text that seven extractors write for
every page of ../shared/corpus and ../shared/corpus2 (pages with embeds) and of
../shared/corpus/plain (pages without): trafilatura's ``extract`` as plain text
and as Markdown, inscriptis's ``get_text``, html2text, BeautifulSoup's
``get_text("\\n")``, html-text's ``extract_text`` and Resiliparse's
``extract_plain_text``. Written once by

    python tests/extracted.py --write [NAME …]   (needs the ``extract`` extra and ../shared)

and read by tests/test_extracted.py. Run without ``--write`` it prints, per
extractor: the live tweets whose footer survives in the text (``(@handle)`` is
there), those found, those with the right date, handle and name, those with the
right text, false embeds, and embeds found on the plain pages' texts; with
``--full`` also how many whole texts agree with the page's own HTML reading (a
diagnostic for work on the text shapes, not a check).

Expected values are the hand-checked ones of each corpus's expected.json: handle,
author name, date and the first 40 characters of the text. A text is right when,
white space collapsed, it starts with the expected prefix's first 30 characters
(an extractor may cut the 40th character's word or drop an emoji image) and holds
no markup (an HTML element's tag: the tweet's own "<noun>" is text).
"""

from __future__ import annotations

import json
import lzma
import re
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

from tweetembed import Tweet, parse

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
FIXTURES = ROOT / "tests" / "data" / "extracted"
EXTRACTORS = (
    "trafilatura", "trafilatura-md", "inscriptis", "html2text", "bs4", "html-text", "resiliparse",
)  # fmt: skip
PREFIX = 30


def _extractors() -> dict[str, Callable[[str], str]]:
    import html2text
    import html_text
    import inscriptis
    import trafilatura
    from bs4 import BeautifulSoup
    from resiliparse.extract.html2text import extract_plain_text
    from resiliparse.parse.html import HTMLTree

    def markdown(page: str) -> str:
        return trafilatura.extract(page, output_format="markdown") or ""

    def h2t(page: str) -> str:
        return html2text.HTML2Text().handle(page)

    return {
        "trafilatura": lambda page: trafilatura.extract(page) or "",
        "trafilatura-md": markdown,
        "inscriptis": inscriptis.get_text,
        "html2text": h2t,
        "bs4": lambda page: BeautifulSoup(page, "lxml").get_text("\n"),
        # Two that crawl pipelines run: scrapinghub's html-text, and Resiliparse's (Common
        # Crawl's ChatNoir) plain text of the whole page.
        "html-text": html_text.extract_text,
        "resiliparse": lambda page: extract_plain_text(HTMLTree.parse(page)),
    }


def _pages() -> list[tuple[str, Path]]:
    pages = []
    for folder in ("corpus/pages", "corpus2/pages", "corpus/plain"):
        pages += [(f"{folder}/{p.name}", p) for p in sorted((SHARED / folder).glob("*.html"))]
    return pages


def write(names: tuple[str, ...] = EXTRACTORS) -> None:
    """Run the extractors ``names`` on every page and store the texts, one file each."""
    import warnings
    from importlib.metadata import version

    from tweetembed.decode import decode

    warnings.filterwarnings("ignore")
    FIXTURES.mkdir(parents=True, exist_ok=True)
    extractors = {name: f for name, f in _extractors().items() if name in names}
    texts: dict[str, dict[str, str]] = {name: {} for name in extractors}
    for key, path in _pages():
        page = decode(path.read_bytes())
        for name, extract in extractors.items():
            texts[name][key] = extract(page)
    for name, by_page in texts.items():
        with lzma.open(
            FIXTURES / f"{name}.json.xz", "wt", encoding="utf-8", preset=9 | lzma.PRESET_EXTREME
        ) as out:
            json.dump(by_page, out, ensure_ascii=False, sort_keys=True, indent=0)
    # The versions that wrote the fixtures (those written before kept when only some are).
    stored = FIXTURES / "versions.json"
    versions = json.loads(stored.read_text()) if stored.exists() else {}
    packages = {
        "trafilatura": ("trafilatura", "lxml"), "trafilatura-md": ("trafilatura", "lxml"),
        "inscriptis": ("inscriptis", "lxml"), "html2text": ("html2text",),
        "bs4": ("beautifulsoup4", "lxml"), "html-text": ("html-text", "lxml"),
        "resiliparse": ("resiliparse",),
    }  # fmt: skip
    versions |= {p: version(p) for name in extractors for p in packages[name]}
    stored.write_text(json.dumps(versions, indent=1) + "\n")


def texts(extractor: str) -> dict[str, str]:
    with lzma.open(FIXTURES / f"{extractor}.json.xz", "rt", encoding="utf-8") as stream:
        return json.load(stream)  # type: ignore[no-any-return]


def expected(shared: Path = SHARED) -> dict[str, tuple[list[dict[str, Any]], set[str]]]:
    """Per page with embeds: its live tweets in source order, and the status ids of
    its escaped copies (a copy of embed markup that an extractor writes out as text,
    like a code sample, is markup again in the text)."""
    found: dict[str, tuple[list[dict[str, Any]], set[str]]] = {}
    files = json.loads((shared / "corpus" / "expected.json").read_text())["files"]
    for name, entry in files.items():
        copies = {e["status_id"] for e in entry["twitter_escaped"] if e.get("status_id")}
        found[f"corpus/pages/{name}"] = (entry["twitter"], copies)
    files = json.loads((shared / "corpus2" / "expected.json").read_text())["files"]
    for name, embeds in files.items():
        tweets = [e for e in embeds if e["platform"] == "twitter"]
        live = [e for e in tweets if e["escaped"] is None]
        copies = {e["post_id"] for e in tweets if e["escaped"] is not None and e.get("post_id")}
        found[f"corpus2/pages/{name}"] = (live, copies)
    return found


def _holds_markup(text: str) -> bool:
    """Whether ``text`` holds a tag of an HTML element (lxml's table of their names) or
    a comment: a tweet's own ``<noun>`` (written ``&lt;noun&gt;`` in the page) is text."""
    from lxml.html import defs

    names = (m.group(1).lower() for m in re.finditer(r"</?([A-Za-z][\w:-]*)", text))
    return "<!--" in text or any(name in defs.tags or "-" in name for name in names)


def _collapse(text: str | None) -> str:
    return " ".join((text or "").split())


def _handle(tweet: Tweet) -> str:
    return (tweet.author.handle if tweet.author and tweet.author.handle else "").lower()


def evaluate(extractor: str, shared: Path = SHARED, out: list[str] | None = None) -> Counter[str]:
    """The figures for one extractor's texts (see the module's docstring)."""
    counts: Counter[str] = Counter()
    wanted = expected(shared)
    for key, text in texts(extractor).items():
        tweets = [t for t in parse(text) if t.platform == "twitter"]
        if key.startswith("corpus/plain/"):
            counts["plain pages"] += 1
            counts["on plain pages"] += len(tweets)
            continue
        used: set[int] = set()
        # (Markdown escapes a handle's underscore, "(@C\\_Holler)": the footer survives.)
        lowered = text.lower().replace("\\_", "_")
        live, copies = wanted.get(key, ([], set()))
        for tweet in live:
            # A bare status URL on its own line: the embed, found without a footer.
            ids = [i for i, t in enumerate(tweets) if i not in used and t.form == "url"]
            by_id = next((i for i in ids if tweets[i].status_id == tweet.get("status_id")), None)
            if by_id is not None:
                used.add(by_id)
                counts["found by URL"] += 1
        for tweet in live:
            handle = (tweet.get("handle") or "").lower()
            if not handle or not tweet["date"] or f"(@{handle})" not in lowered:
                continue
            counts["footer survives"] += 1
            match = next(
                (i for i, t in enumerate(tweets) if i not in used and _handle(t) == handle), None
            )
            if match is None:
                if out is not None:
                    out.append(f"missed {extractor} {key} @{handle}")
                continue
            used.add(match)
            found = tweets[match]
            counts["found"] += 1
            date = found.date.isoformat() if found.date else None
            author = found.author.name if found.author else None
            if (date, author) == (tweet["date"], tweet["author_name"]):
                counts["date, handle, name"] += 1
            elif out is not None:
                out.append(f"footer {extractor} {key} @{handle}: {date} {author!r}")
            prefix = _collapse(tweet["text_prefix"])[:PREFIX]
            if _collapse(found.text).startswith(prefix) and not _holds_markup(found.text):
                counts["text"] += 1
            elif out is not None:
                out.append(f"text {extractor} {key} @{handle}: {found.text[:70]!r} | {prefix!r}")
        for i, t in enumerate(tweets):
            if i not in used and t.status_id in copies:
                used.add(i)
                counts["copies"] += 1
        counts["false"] += len(tweets) - len(used)
        if out is not None:
            out += [
                f"false {extractor} {key} {t.author}" for i, t in enumerate(tweets) if i not in used
            ]
    return counts


def posts_expected(platform: str, shared: Path = SHARED) -> dict[str, list[dict[str, Any]]]:
    """Per page of corpus2: its live embeds of ``platform`` (corpus's expected.json has
    tweets alone)."""
    files = json.loads((shared / "corpus2" / "expected.json").read_text())["files"]
    return {
        f"corpus2/pages/{name}": [
            e for e in embeds if e["platform"] == platform and e["escaped"] is None
        ]
        for name, embeds in files.items()
    }


# What of each platform's code must survive in a text for its embed to be found
# there: Instagram's credit line ("(@user)"), TikTok's creator line ("@user").
_SURVIVES = {"instagram": "(@{})", "tiktok": "@{}"}


def evaluate_posts(
    extractor: str, platform: str, shared: Path = SHARED, out: list[str] | None = None
) -> Counter[str]:
    """The figures for Instagram (or TikTok) embeds in one extractor's texts: those
    whose credit line survives (``(@user)`` is there; TikTok's ``@user``), found by
    the credit's handle, with the right date, handle and name and the right caption,
    false embeds, and embeds on the plain pages' texts."""
    counts: Counter[str] = Counter()
    wanted = posts_expected(platform, shared)
    for key, text in texts(extractor).items():
        posts = [e for e in parse(text) if e.platform == platform]
        if key.startswith("corpus/plain/"):
            counts["on plain pages"] += len(posts)
            continue
        if not key.startswith("corpus2/"):
            continue  # (corpus's expected values name no Instagram post)
        used: set[int] = set()
        lowered = text.lower()
        for post in wanted.get(key, []):
            handle = (post.get("handle") or "").lower()
            if not handle or _SURVIVES[platform].format(handle) not in lowered:
                continue
            counts["credit survives"] += 1
            match = next(
                (i for i, p in enumerate(posts) if i not in used and _handle(p) == handle), None
            )
            if match is None:
                if out is not None:
                    out.append(f"missed {extractor} {key} @{handle}")
                continue
            used.add(match)
            found = posts[match]
            counts["found"] += 1
            date = found.date.isoformat() if found.date else None
            author = found.author.name if found.author else None
            if (date, author) == (post["date"], post["author_name"]):
                counts["date, handle, name"] += 1
            elif out is not None:
                out.append(f"credit {extractor} {key} @{handle}: {date} {author!r}")
            prefix = _collapse(post["text_prefix"])[:PREFIX]
            if _collapse(found.text).startswith(prefix) and not _holds_markup(found.text):
                counts["text"] += 1
            elif out is not None:
                out.append(f"text {extractor} {key} @{handle}: {found.text[:70]!r} | {prefix!r}")
        # Embeds read by their link (html2text) are no credit's: only credits count here.
        counts["false"] += sum(
            1 for i, p in enumerate(posts) if i not in used and p.post_id is None
        )
    return counts


POST_COLUMNS = (
    "credit survives", "found", "date, handle, name", "text", "false", "on plain pages",
)  # fmt: skip


COLUMNS = (
    "footer survives", "found", "date, handle, name", "text", "found by URL", "copies", "false",
    "on plain pages",
)  # fmt: skip


def main() -> int:
    if "--write" in sys.argv:
        # ("--write NAME …" writes those extractors' texts alone.)
        chosen = tuple(a for a in sys.argv[sys.argv.index("--write") + 1 :] if a in EXTRACTORS)
        write(chosen or EXTRACTORS)
        return 0
    verbose = "-v" in sys.argv
    print(f"{'extractor':<16}" + "".join(f"{c:>{_width(c)}}" for c in COLUMNS))
    total: Counter[str] = Counter()
    for extractor in EXTRACTORS:
        lines: list[str] = []
        counts = evaluate(extractor, out=lines if verbose else None)
        total += counts
        print(f"{extractor:<16}" + "".join(_cell(counts, c) for c in COLUMNS))
        for line in lines:
            print("   ", line)
    print(f"{'all':<16}" + "".join(_cell(total, c) for c in COLUMNS))
    print(
        f"\nInstagram credits\n{'extractor':<16}"
        + "".join(f"{c:>{_width(c)}}" for c in POST_COLUMNS)
    )
    total = Counter()
    for extractor in EXTRACTORS:
        lines = []
        counts = evaluate_posts(extractor, "instagram", out=lines if verbose else None)
        total += counts
        print(f"{extractor:<16}" + "".join(_cell(counts, c) for c in POST_COLUMNS))
        for line in lines:
            print("   ", line)
    print(f"{'all':<16}" + "".join(_cell(total, c) for c in POST_COLUMNS))
    print(f"\nTikTok\n{'extractor':<16}" + "".join(f"{c:>{_width(c)}}" for c in POST_COLUMNS))
    total = Counter()
    for extractor in EXTRACTORS:
        lines = []
        counts = evaluate_posts(extractor, "tiktok", out=lines if verbose else None)
        total += counts
        print(f"{extractor:<16}" + "".join(_cell(counts, c) for c in POST_COLUMNS))
        for line in lines:
            print("   ", line)
    print(f"{'all':<16}" + "".join(_cell(total, c) for c in POST_COLUMNS))
    if "--full" in sys.argv:
        agreement()
    return 0


def agreement(shared: Path = SHARED) -> None:
    """A diagnostic, not a check (its reference is tweetembed's own reading of each
    page's HTML, not a hand-checked value): of the tweets found in each extractor's
    text, those whose whole text is the text read from the page's markup, and those
    that differ only in white space (line and paragraph breaks)."""
    print("\nwhole text as read from the page's HTML (a diagnostic):")
    for extractor in EXTRACTORS:
        counts: Counter[str] = Counter()
        for key, text in texts(extractor).items():
            if key.startswith("corpus/plain/"):
                continue
            # (An author's tweets of one day are told apart by their text.)
            read: dict[tuple[str, object], list[str]] = {}
            for embed in parse((shared / key).read_bytes()):
                if isinstance(embed, Tweet) and embed.escaped is None:
                    read.setdefault((_handle(embed), embed.date), []).append(embed.text)
            for tweet in parse(text):
                if not isinstance(tweet, Tweet):
                    continue
                pages = read.get((_handle(tweet), tweet.date))
                if not pages:
                    continue
                counts["compared"] += 1
                if tweet.text in pages:
                    counts["equal"] += 1
                elif _collapse(tweet.text) in map(_collapse, pages):
                    counts["white space only"] += 1
        print(
            f"  {extractor:<16} {counts['compared']:4} compared, {counts['equal']:4} equal, "
            f"{counts['white space only']:4} differ in white space only"
        )


def _width(column: str) -> int:
    return max(len(column), 11) + 2


def _cell(counts: Counter[str], column: str) -> str:
    value = counts[column]
    base = {"found": "footer survives", "date, handle, name": "found", "text": "found"}.get(column)
    if column == "found" and "credit survives" in counts:
        base = "credit survives"
    if base and counts[base]:
        return f"{f'{value} ({100 * value / counts[base]:.1f}%)':>{_width(column)}}"
    return f"{value:>{_width(column)}}"


if __name__ == "__main__":
    sys.exit(main())
