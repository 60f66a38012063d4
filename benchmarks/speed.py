"""tweetembed.parse against what users would otherwise write, on real pages.

Run: python benchmarks/speed.py [PATH_TO_SHARED] [--rounds N]
Needs the bench extras (pip install -e '.[bench]'); tweetfinder and goose3 are
timed too when installed.

Inputs: ../shared/corpus/pages/ (60 pages with embeds) and ../shared/corpus/plain/
(157 pages without), each given as raw bytes. Every contender does what a user
would need to get the tweets' status ids out of the page (tweetembed extracts every
field). Rounds are interleaved (each round times every contender on every page,
one contender after another), each page's time is the median over rounds, and
the figure per set is the median over pages, in ms per page; ratios are
contender / tweetembed.
"""

from __future__ import annotations

import argparse
import logging
import re
import statistics
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from tweetembed import parse
from tweetembed import platforms as _platforms
from tweetembed.dates import _parse_clean
from tweetembed.pipeline import located
from tweetembed.urls import normalise_url, status_ref

ROOT = Path(__file__).resolve().parent.parent
OURS = "tweetembed.parse (all fields)"
FLOOR = "decode floor (bytes.decode)"
STATUS = re.compile(r"/status(?:es)?/(\d+)")


def decode_floor(raw: bytes) -> object:
    return raw.decode("utf-8", "replace")


def with_selectolax(raw: bytes) -> object:
    from selectolax.lexbor import LexborHTMLParser

    tree = LexborHTMLParser(raw)
    ids = []
    for node in tree.css("blockquote.twitter-tweet, blockquote.twitter-video"):
        links = [a.attributes.get("href") or "" for a in node.css("a")]
        ids += [m.group(1) for href in links[-1:] if (m := STATUS.search(href))]
    return ids


def with_lxml(raw: bytes) -> object:
    from lxml import html

    tree = html.fromstring(raw)
    xpath = (
        "//blockquote[contains(concat(' ', normalize-space(@class), ' '), ' twitter-tweet ')"
        " or contains(concat(' ', normalize-space(@class), ' '), ' twitter-video ')]"
    )
    ids = []
    for node in tree.xpath(xpath):
        hrefs = node.xpath(".//a/@href")
        ids += [m.group(1) for href in hrefs[-1:] if (m := STATUS.search(href))]
    return ids


def with_beautifulsoup(raw: bytes) -> object:
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(raw, "html.parser")
    ids = []
    for node in soup.find_all("blockquote", class_=["twitter-tweet", "twitter-video"]):
        links = node.find_all("a")
        href = str(links[-1].get("href", "")) if links else ""
        ids += [m.group(1) for m in [STATUS.search(href)] if m]
    return ids


def with_tweetembed(raw: bytes) -> object:
    return parse(raw)


_MARKERS = _platforms.markers(_platforms.PLATFORMS)
_GATES = _platforms.gates(_platforms.PLATFORMS)


def locate_only(raw: bytes) -> object:
    """tweetembed up to ``locate``: what a page costs before any embed is parsed or read
    (a floor for parse on pages with embeds, not a contender)."""
    return located(raw, _MARKERS, _GATES)


def forget_results() -> None:
    """Empty tweetembed's small caches of per-URL results before each page.

    They serve repeats within a page and across a corpus; here each page comes
    back once a round, and a warm cache would flatter every round after the first.
    The tables built once (CLDR patterns, TLDs, emoji) stay, as in a long run.
    """
    normalise_url.cache_clear()
    status_ref.cache_clear()
    _parse_clean.cache_clear()


def optional_contenders() -> dict[str, Callable[[bytes], object]]:
    found: dict[str, Callable[[bytes], object]] = {}
    try:
        import tweetfinder  # type: ignore[import-not-found]

        def with_tweetfinder(raw: bytes) -> object:
            try:
                return tweetfinder.Article("", html=raw.decode("utf-8", "replace")).tweets
            except Exception:  # it crashes on some pages; the time still counts
                return None

        found["tweetfinder"] = with_tweetfinder
    except ImportError:
        pass
    try:
        from goose3 import Goose  # type: ignore[import-not-found]

        goose = Goose()

        def with_goose3(raw: bytes) -> object:
            return goose.extract(raw_html=raw.decode("utf-8", "replace")).tweets

        found["goose3"] = with_goose3
    except ImportError:
        pass
    return found


def time_set(
    pages: list[bytes],
    contenders: dict[str, Callable[[bytes], Any]],
    rounds: int,
    before: dict[str, Callable[[], object]],
) -> dict[str, float]:
    """Median over pages of each page's median time over interleaved rounds, in ms.

    ``before`` names, for a contender, what runs untimed before each of its calls.
    """
    times: dict[str, list[list[float]]] = {name: [[] for _ in pages] for name in contenders}
    # Each round runs every contender over every page in turn, as a corpus job
    # would (one library, page after page); the contenders take turns round by
    # round, so a slow spell of the machine reaches all of them alike.
    for _ in range(rounds):
        for name, function in contenders.items():
            prepare = before.get(name, lambda: None)
            for index, page in enumerate(pages):
                prepare()
                start = time.perf_counter()
                function(page)
                times[name][index].append(time.perf_counter() - start)
    return {
        name: statistics.median(statistics.median(t) for t in per_page) * 1e3
        for name, per_page in times.items()
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("shared", nargs="?", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--rounds", type=int, default=11)
    args = parser.parse_args()
    # BeautifulSoup logs a warning for every page with a byte it cannot decode.
    logging.getLogger("bs4").setLevel(logging.ERROR)
    corpus = args.shared / "corpus"
    sets = {
        "pages with embeds": [p.read_bytes() for p in sorted((corpus / "pages").glob("*.html"))],
        "pages without": [p.read_bytes() for p in sorted((corpus / "plain").glob("*.html"))],
    }
    contenders: dict[str, Callable[[bytes], Any]] = {
        OURS: with_tweetembed,
        "tweetembed up to locate (floor)": locate_only,
        FLOOR: decode_floor,
        "selectolax/lexbor + css": with_selectolax,
        "lxml.html + xpath": with_lxml,
        "BeautifulSoup(html.parser)": with_beautifulsoup,
        **optional_contenders(),
    }
    for pages in sets.values():  # warm caches and lazily built tables once
        for page in pages:
            for function in contenders.values():
                function(page)
    for label, pages in sets.items():
        sizes = sorted(len(p) for p in pages)
        print(f"\n{label}: {len(pages)} pages, median {statistics.median(sizes) / 1024:.0f} KB")
        medians = time_set(pages, contenders, args.rounds, {OURS: forget_results})
        ours = medians[OURS]
        print(f"  {'contender':32} {'ms/page':>9} {'÷ tweetembed':>13}")
        for name, value in medians.items():
            print(f"  {name:32} {value:9.3f} {value / ours:13.2f}")
        selectolax = medians["selectolax/lexbor + css"]
        if label == "pages with embeds":
            print(f"  issue 7's target: ≤ {selectolax / 3:.3f} (selectolax ÷ 3)")
        else:
            print(
                f"  issue 7's targets: ≤ {selectolax / 5:.3f} (selectolax ÷ 5) "
                f"and ≤ {3 * medians[FLOOR]:.3f} (3x the decode floor)"
            )


if __name__ == "__main__":
    main()
