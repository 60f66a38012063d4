"""The real pages of both corpora with every class attribute removed, as Readability.js
(Firefox's reader view) and many HTML sanitizers leave them: which of each page's
live embed codes (blockquotes and elements, the forms a class names) are still
found, and with the fields the page itself gives.

    python tests/classless.py [PATH_TO_SHARED]

A diagnostic, not a check: its reference is tweetembed's reading of the page with its
classes (the corpora's hand-checked values are asserted by tests/corpus.py and
tests/corpus2.py). Scripts go too (Readability.js removes them). Plain pages stripped
alike must give no embed they did not give before.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

from tweetembed import parse

ROOT = Path(__file__).resolve().parent.parent
_CLASS = re.compile(r"""\sclass\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)""", re.IGNORECASE)
_SCRIPT = re.compile(r"<script\b.*?</script\s*>", re.IGNORECASE | re.DOTALL)


def stripped(page: str) -> str:
    return _SCRIPT.sub("", _CLASS.sub("", page))


def main() -> None:
    shared = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared"
    pages = sorted((shared / "corpus" / "pages").glob("*.html"))
    pages += sorted((shared / "corpus2" / "pages").glob("*.html"))
    live, found, equal = Counter[str](), Counter[str](), Counter[str]()
    missing = []
    for path in pages:
        page = path.read_bytes().decode("utf-8", "replace")
        codes = [
            e for e in parse(page) if e.escaped is None and e.form in ("blockquote", "element")
        ]
        if not codes:
            continue
        after = {(e.platform, e.post_id): e for e in parse(stripped(page)) if e.escaped is None}
        for embed in codes:
            live[embed.platform] += 1
            other = after.get((embed.platform, embed.post_id))
            if other is None:
                missing.append(
                    f"{path.parent.parent.name}/{path.name} {embed.platform} {embed.post_id}"
                )
                continue
            found[embed.platform] += 1
            fields = ("author", "text", "date", "date_text", "mentions", "hashtags", "url")
            if all(getattr(embed, f) == getattr(other, f) for f in fields):
                equal[embed.platform] += 1
    print(f"{'platform':10} {'codes':>6} {'found':>6} {'fields equal':>13}")
    for platform in sorted(live):
        print(f"{platform:10} {live[platform]:6} {found[platform]:6} {equal[platform]:13}")
    total = sum(live.values()), sum(found.values()), sum(equal.values())
    print(f"{'all':10} {total[0]:6} {total[1]:6} {total[2]:13}")
    print("not found:", *missing, sep="\n  ")
    new = 0
    for path in sorted((shared / "corpus" / "plain").glob("*.html")):
        page = path.read_bytes().decode("utf-8", "replace")
        before = {(e.platform, e.post_id) for e in parse(page)}
        new += len({(e.platform, e.post_id) for e in parse(stripped(page))} - before)
    print(f"embeds on the plain pages stripped alike that they did not give before: {new}")


if __name__ == "__main__":
    main()
