"""Field-by-field agreement of ``parse`` with the hand-checked corpus of real pages.

Used by tests/test_corpus.py, and runnable to print the figures:

    python tests/corpus.py [PATH_TO_SHARED] [-v]

It reads ../shared/corpus (pages/, plain/, expected.json) and prints: embeds found
against expected, false embeds, the share of checked fields equal to the
hand-checked values (``uncertain`` alternatives count as equal), escaped copies
found with their escaping, embeds on the plain pages, and with -v every
differing field.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tweetembed import Tweet, parse
from tweetembed.decode import decode

ROOT = Path(__file__).resolve().parent.parent
SHARED_CORPUS = ROOT.parent / "shared" / "corpus"
# The corpus's names for how escaped markup is encoded, and DESIGN.md's.
ESCAPINGS = {
    "json-string": "json",
    "json-unicode-escaped": "json",
    "html-entity-escaped": "html",
    "percent-encoded": "percent",
    "textarea-rcdata": "text",
}
FORMS = {
    "blockquote": "blockquote",
    "blockquote-lazy(data-twitter)": "blockquote",
    "rendered-iframe": "rendered",
    "rendered-div": "rendered",
    "div[data-tweet-id]": "rendered",
    "amp-twitter": "amp",
}
FIELDS = (
    "form", "kind", "status_id", "handle", "author_name", "date", "date_raw", "text_prefix",
    "mentions", "hashtags", "canonical_url", "data_options", "lang",
)  # fmt: skip


def _unique(values: list[str]) -> list[str]:
    seen: dict[str, str] = {}
    for value in values:
        seen.setdefault(value.lower(), value)
    return list(seen.values())


def actual_fields(tweet: Tweet) -> dict[str, Any]:
    """The corpus's view of a tweet (see expected.json's ``_meta``), from its fields alone."""
    return {
        "form": tweet.form,
        "kind": tweet.kind,
        "status_id": tweet.status_id,
        "handle": tweet.author.handle if tweet.author else None,
        "author_name": tweet.author.name if tweet.author else None,
        "date": tweet.date.isoformat() if tweet.date else None,
        "date_raw": tweet.date_text,
        "text_prefix": tweet.text[:40] or None,
        "mentions": _unique([m.handle for m in tweet.mentions]),
        "hashtags": _unique([h.tag for h in tweet.hashtags]),
        "canonical_url": tweet.url,
        "data_options": {f"data-{k}": v for k, v in tweet.options.items()},
        "lang": tweet.lang,
    }


def equal(field: str, expected: Any, actual: Any, exp: dict[str, Any]) -> bool:
    """Whether a field agrees, by the corpus's conventions mapped onto the contract's.

    Two conventions differ, by design: a form without a body has ``null`` mentions
    and hashtags in the corpus and empty tuples in ``Tweet``; and where the handle
    is unknown the corpus's canonical URL is ``null`` while DESIGN.md's is
    ``https://twitter.com/i/web/status/{id}``.
    """
    uncertain = exp.get("uncertain") or {}
    if field == "form":
        expected = FORMS.get(expected, expected.removeprefix("escaped:"))
    if field in ("mentions", "hashtags") and expected is None and actual == []:
        return True
    if field == "canonical_url" and expected is None and exp.get("handle") is None:
        expected = (
            f"https://twitter.com/i/web/status/{exp['status_id']}" if exp.get("status_id") else None
        )
    if field in ("mentions", "hashtags") and expected is not None:
        expected = _unique(expected)
        if actual is not None and [a.lower() for a in actual] == [e.lower() for e in expected]:
            return True
    if expected == actual:
        return True
    alternatives = uncertain.get(field)
    if isinstance(alternatives, dict):
        alternatives = alternatives.get("alternatives", alternatives.get("values"))
    return isinstance(alternatives, list) and actual in alternatives


@dataclass
class Report:
    """What one run over the corpus found."""

    wanted: int = 0
    found: int = 0
    false_embeds: int = 0
    escaped_wanted: int = 0
    escaped_found: int = 0
    escaping_wrong: list[str] = field(default_factory=list)
    checked: int = 0
    agreed: int = 0
    differences: list[str] = field(default_factory=list)
    count_mismatches: list[str] = field(default_factory=list)
    plain_pages: int = 0
    plain_embeds: int = 0
    # The plain pages hold no tweet, but some hold YouTube players: (page, platform,
    # post id, escaped) of each embed of another platform.
    plain_others: list[tuple[str, str, str | None, str | None]] = field(default_factory=list)


def evaluate(corpus: Path) -> Report:
    """Parse every page of ``corpus`` and compare with ``expected.json``."""
    expected = json.loads((corpus / "expected.json").read_text("utf-8"))["files"]
    report = Report()
    for name, page in sorted(expected.items()):
        raw = (corpus / "pages" / name).read_bytes()
        text = decode(raw)
        embeds = [e for e in parse(raw) if isinstance(e, Tweet)]
        live = [e for e in embeds if not e.escaped]
        escaped = [e for e in embeds if e.escaped]
        want, escaped_want = page["twitter"], page.get("twitter_escaped", [])
        report.wanted += len(want)
        report.found += min(len(live), len(want))
        report.false_embeds += max(0, len(live) - len(want))
        report.escaped_wanted += len(escaped_want)
        report.escaped_found += min(len(escaped), len(escaped_want))
        pairs = []
        for kind, wanted, got in (("live", want, live), ("escaped", escaped_want, escaped)):
            if len(wanted) == len(got):
                pairs += list(zip(wanted, got, strict=True))
            else:
                report.count_mismatches.append(
                    f"{name}: {len(got)} {kind} found, {len(wanted)} expected"
                )
        for exp, tweet in pairs:
            if "encoding" in exp and ESCAPINGS.get(exp["encoding"]) != tweet.escaped:
                report.escaping_wrong.append(
                    f"{name}#{exp['index']}: {exp['encoding']} vs {tweet.escaped}"
                )
            actual = actual_fields(tweet)
            for key in FIELDS:
                report.checked += 1
                if equal(key, exp.get(key), actual[key], exp):
                    report.agreed += 1
                else:
                    report.differences.append(
                        f"{name}#{exp['index']} {key} (escaped={tweet.escaped}): expected "
                        f"{exp.get(key)!r} got {actual[key]!r}  "
                        f"[{text[tweet.span[0] : tweet.span[0] + 60]!r}]"
                    )
    plain = sorted((corpus / "plain").glob("*.html"))
    report.plain_pages = len(plain)
    for path in plain:
        for embed in parse(path.read_bytes()):
            if isinstance(embed, Tweet):
                report.plain_embeds += 1
            else:
                report.plain_others.append(
                    (path.name[:8], embed.platform, embed.post_id, embed.escaped)
                )
    return report


def main() -> int:
    args = [a for a in sys.argv[1:] if a != "-v"]
    corpus = Path(args[0]) / "corpus" if args else SHARED_CORPUS
    report = evaluate(corpus)
    if "-v" in sys.argv:
        print(*report.differences, sep="\n")
    for line in report.count_mismatches + report.escaping_wrong:
        print(line)
    print(f"live embeds found: {report.found} of {report.wanted}; false: {report.false_embeds}")
    print(
        f"fields equal (live and escaped embeds): {report.agreed} of {report.checked} "
        f"({100 * report.agreed / max(report.checked, 1):.2f}%)"
    )
    print(f"differing fields: {dict(Counter(d.split()[1] for d in report.differences))}")
    print(
        f"escaped embeds found: {report.escaped_found} of {report.escaped_wanted}, "
        f"escaping wrong on {len(report.escaping_wrong)}"
    )
    print(f"tweets on {report.plain_pages} plain pages: {report.plain_embeds}")
    print(f"embeds of other platforms on them: {len(report.plain_others)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
