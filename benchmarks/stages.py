"""Where parse's time goes on pages with embeds, stage by stage.

Run: python benchmarks/stages.py [PATH_TO_SHARED] [--rounds N]

Each stage of the pipeline (see tweetembed/pipeline.py) runs alone over the 60
pages of ../shared/corpus/pages/, fed with what the stage before it produced, warm;
the figure is the median over rounds of the mean ms per page. The per-URL result
caches are emptied before each page, as in benchmarks/speed.py.

It counts calls by replacing a method of ``TextState``, which a compiled class does
not allow: run it on an editable (pure-Python) install.
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable, Iterable
from pathlib import Path

from speed import forget_results, locate_only  # benchmarks/ is on the path when run as a script
from tweetembed import parse
from tweetembed import platforms as _platforms
from tweetembed.decode import InvalidText, Page, page_of
from tweetembed.escapes import unescape
from tweetembed.fragment import parse_fragment
from tweetembed.locate import byte_hits, locate, page_language
from tweetembed.pipeline import MARKUP_FORMS
from tweetembed.textstate import TextState

ROOT = Path(__file__).resolve().parent.parent


def each(function: Callable[..., object], calls: Iterable[tuple[object, ...]]) -> None:
    for arguments in calls:
        function(*arguments)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("shared", nargs="?", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--rounds", type=int, default=9)
    args = parser.parse_args()
    pages = [p.read_bytes() for p in sorted((args.shared / "corpus" / "pages").glob("*.html"))]
    names = _platforms.PLATFORMS
    markers, gates = _platforms.markers(names), _platforms.gates(names)

    hits = [byte_hits(page, markers, gates) for page in pages]
    # Each page as locate reads it, with its hits: the pages whose bytes it reads
    # as they are (one, with broken UTF-8, is read from its decoded text by parse).
    readable: list[tuple[Page, list[int]]] = []
    for page, found in zip(pages, hits, strict=True):
        as_page = page_of(page)
        if found and as_page is not None:
            try:
                locate(as_page, markers, gates, found)
            except InvalidText:
                continue
            readable.append((as_page, found))
    # The text-element questions locate asks of each page, recorded as it asks them.
    questions: list[list[int]] = []
    inside = TextState.inside

    def record(state: TextState, position: int) -> bool:
        questions[-1].append(position)
        return inside(state, position)

    candidates = []
    TextState.inside = record  # type: ignore[method-assign]
    try:
        for as_page, found in readable:
            questions.append([])
            candidates.append(locate(as_page, markers, gates, found))
    finally:
        TextState.inside = inside  # type: ignore[method-assign]
    langs = [page_language(as_page.data) for as_page, _ in readable]
    markups = [[(c, unescape(c.markup, c.escaped)) for c in found] for found in candidates]
    roots = [
        [(c, m, parse_fragment(m) if c.form in MARKUP_FORMS else None) for c, m in page]
        for page in markups
    ]

    def text_state() -> None:
        for (as_page, _), asked in zip(readable, questions, strict=True):
            state = TextState(as_page.data)
            for position in asked:
                state.inside(position)

    def read() -> None:
        for page, lang in zip(roots, langs, strict=True):
            forget_results()
            for c, m, r in page:
                _platforms.get(c.platform).read(r, m, c, lang)

    def whole() -> None:
        for page in pages:
            forget_results()
            parse(page)

    stages: dict[str, Callable[[], object]] = {
        "parse (all of it)": whole,
        "scan + locate (before reading)": lambda: each(locate_only, ((p,) for p in pages)),
        # (Results are dropped at once, as parse drops them: a list holding every
        # decoded page would time the allocator instead.)
        "needle scan of the bytes": lambda: each(byte_hits, ((p, markers, gates) for p in pages)),
        "decode alone (floor)": lambda: each(
            bytes.decode, ((p, "utf-8", "replace") for p in pages)
        ),
        "locate (and decode the embeds' text)": lambda: each(
            locate,
            ((Page(p.data, p.start, p.codec, p.errors), markers, gates, h) for p, h in readable),
        ),
        "  of which text-element state": text_state,
        "fragment parsing": lambda: [
            [parse_fragment(m) for c, m in page if c.form in MARKUP_FORMS] for page in markups
        ],
        "reading the embeds": read,
    }
    whole()
    read()
    embeds = sum(map(len, candidates))
    print(f"{len(pages)} pages, {embeds} embeds ({embeds / len(pages):.2f} a page)")
    for name, stage in stages.items():
        rounds = []
        for _ in range(args.rounds):
            start = time.perf_counter()
            stage()
            rounds.append((time.perf_counter() - start) / len(pages) * 1e3)
        print(f"  {name:32} {statistics.median(rounds):7.3f} ms/page")


if __name__ == "__main__":
    main()
