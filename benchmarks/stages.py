"""Where parse's time goes on pages with embeds, stage by stage.

Run: python benchmarks/stages.py [PATH_TO_SHARED] [--rounds N]

Each stage of the pipeline (see tweetembed/pipeline.py) runs alone over the 60
pages of ../shared/corpus/pages/, fed with what the stage before it produced, warm;
the figure is the median over rounds of the mean ms per page. The per-URL result
caches are emptied before each page, as in benchmarks/speed.py.
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
from tweetembed.decode import decode_at
from tweetembed.escapes import unescape
from tweetembed.fragment import parse_fragment
from tweetembed.locate import _TextState, byte_hits, locate, page_language
from tweetembed.pipeline import MARKUP_FORMS

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
    twitter = _platforms.get("twitter")

    hits = [byte_hits(page, markers, gates) for page in pages]
    decoded = [decode_at(page, found) for page, found in zip(pages, hits, strict=True)]
    # (text, its hits, the page's bytes, the hits in them) for the pages decode_at takes
    texts = [
        (d[0], d[1], page, found)
        for d, page, found in zip(decoded, pages, hits, strict=True)
        if d is not None
    ]
    # The text-element questions locate asks of each page, recorded as it asks them.
    questions: list[list[tuple[int, int | None]]] = []
    inside = _TextState.inside

    def record(state: _TextState, position: int, byte_position: int | None = None) -> bool:
        questions[-1].append((position, byte_position))
        return inside(state, position, byte_position)

    candidates = []
    _TextState.inside = record  # type: ignore[method-assign]
    try:
        for text, found, page, raw_found in texts:
            questions.append([])
            candidates.append(locate(text, markers, gates, found, (page, raw_found)))
    finally:
        _TextState.inside = inside  # type: ignore[method-assign]
    langs = [page_language(text) for text, *_ in texts]
    markups = [
        [(c, unescape(text[c.start : c.end], c.escaped)) for c in found]
        for (text, *_), found in zip(texts, candidates, strict=True)
    ]
    roots = [
        [(c, m, parse_fragment(m) if c.form in MARKUP_FORMS else None) for c, m in page]
        for page in markups
    ]

    def text_state() -> None:
        for (text, _, page, _), asked in zip(texts, questions, strict=True):
            state = _TextState(text, page)
            for position, byte_position in asked:
                state.inside(position, byte_position)

    def read() -> None:
        for page, lang in zip(roots, langs, strict=True):
            forget_results()
            for c, m, r in page:
                twitter.read(r, m, c, lang)

    def whole() -> None:
        for page in pages:
            forget_results()
            parse(page)

    stages: dict[str, Callable[[], object]] = {
        "parse (all of it)": whole,
        "scan + decode + locate": lambda: each(locate_only, ((p,) for p in pages)),
        # (Results are dropped at once, as parse drops them: a list holding every
        # decoded page would time the allocator instead.)
        "gate scan of the bytes": lambda: each(byte_hits, ((p, markers, gates) for p in pages)),
        "decode alone (floor)": lambda: each(
            bytes.decode, ((p, "utf-8", "replace") for p in pages)
        ),
        "decode with offsets": lambda: each(decode_at, zip(pages, hits, strict=True)),
        "locate": lambda: each(locate, ((t, markers, gates, h, (p, b)) for t, h, p, b in texts)),
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
