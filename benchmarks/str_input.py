"""What ``parse(str)`` costs against ``parse(bytes)`` on pages without embeds, and why.

Run: python benchmarks/str_input.py [PATH_TO_SHARED] [--rounds N]

Issue 16 asks ``parse(str)`` to be as fast as ``parse(bytes)`` on pages without
embeds. The needle scan reads UTF-8 bytes, so a ``str`` is encoded first; this
prints, per plain page (../shared/corpus/plain, decoded as a user's ``requests``
``r.text`` would be), the median ms of each way a ``str`` could reach a scan:

- ``parse(bytes)`` and ``parse(str)`` themselves;
- CPython's encoders (UTF-8, UTF-16, Latin-1 with replacement): no str method gives
  the text's bytes without a copy, and most pages' text is stored as UCS-2 (one
  curly quote suffices), which each encoder converts code point by code point;
- Hyperscan scanning every needle in UTF-8 against the same needles written in
  UTF-16 over the UTF-16 text (the one encoding CPython nearly copies): the
  interleaved NUL bytes slow its literal matcher down several times.

It also counts the pages by their text's storage width (PEP 393: ASCII, Latin-1,
UCS-2, UCS-4).
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

from tweetembed import parse
from tweetembed import platforms as _platforms

ROOT = Path(__file__).resolve().parent.parent


def _width(text: str) -> str:
    top = max(map(ord, text), default=0)
    names = ((0x80, "ASCII"), (0x100, "Latin-1"), (0x10000, "UCS-2"))
    return next((name for bound, name in names if top < bound), "UCS-4")


def _median_ms(function: Callable[[Any], object], inputs: list[Any], rounds: int) -> float:
    """The median over inputs of each input's fastest of ``rounds`` calls, in ms."""
    best = []
    for value in inputs:
        times = []
        for _ in range(rounds):
            start = time.perf_counter()
            function(value)
            times.append(time.perf_counter() - start)
        best.append(min(times))
    return statistics.median(best) * 1e3


def _database(patterns: list[bytes]) -> Any:
    import hyperscan

    db = hyperscan.Database(mode=hyperscan.HS_MODE_BLOCK)
    db.compile(expressions=patterns, ids=list(range(len(patterns))), elements=len(patterns))
    return db


def _hex(raw: bytes) -> bytes:
    # (Hyperscan's patterns are C strings: a NUL byte must be written as an escape.)
    return b"".join(b"\\x%02x" % byte for byte in raw)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("shared", nargs="?", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--rounds", type=int, default=7)
    args = parser.parse_args()
    pages = [p.read_bytes() for p in sorted((args.shared / "corpus" / "plain").glob("*.html"))]
    texts = [page.decode("utf-8", "replace") for page in pages]
    widths = Counter(map(_width, texts))
    print(f"{len(pages)} plain pages; their text stored as: {dict(widths)}")
    for page, text in zip(pages, texts, strict=True):  # warm the tables
        parse(page)
        parse(text)
    rows: list[tuple[str, Callable[[Any], object], list[Any]]] = [
        ("parse(bytes)", parse, pages),
        ("parse(str)", parse, texts),
        ("str.encode('utf-8')", lambda t: t.encode("utf-8"), texts),
        ("str.encode('utf-16-le')", lambda t: t.encode("utf-16-le"), texts),
        ("str.encode('latin-1', 'replace')", lambda t: t.encode("latin-1", "replace"), texts),
    ]
    try:
        import hyperscan
    except ImportError:
        print("(hyperscan not installed: its rows are left out)")
    else:
        needles = list(dict.fromkeys(m.raw for m in _platforms.markers(_platforms.PLATFORMS)))
        utf8 = _database([_hex(n) for n in needles])
        utf16 = _database([_hex(n.decode("utf-8").encode("utf-16-le")) for n in needles])
        scratch8, scratch16 = hyperscan.Scratch(utf8), hyperscan.Scratch(utf16)
        wide = [text.encode("utf-16-le") for text in texts]

        def count(*_: object) -> None:
            return None

        rows += [
            (
                "Hyperscan, needles in UTF-8 bytes",
                lambda d: utf8.scan(d, match_event_handler=count, scratch=scratch8),
                pages,
            ),
            (
                "Hyperscan, needles in UTF-16 text",
                lambda d: utf16.scan(d, match_event_handler=count, scratch=scratch16),
                wide,
            ),
        ]
    print(f"  {'median ms a page':36} {'ms':>7}")
    for name, function, inputs in rows:
        print(f"  {name:36} {_median_ms(function, inputs, args.rounds):7.3f}")


if __name__ == "__main__":
    main()
