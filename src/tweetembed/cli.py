"""The command line: ``tweetembed FILE...`` prints each embed as a JSON line.

Each line is the embed's ``to_dict()`` with ``source`` (the path) first. A file
that cannot be read is reported on standard error, and the exit status is 1.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from .pipeline import parse
from .platforms import PLATFORMS

__all__ = ["main"]

_EXAMPLES = """\
examples:
  tweetembed seeds/000_9ddad050d2f45958.txt
  tweetembed page.html.gz other.html > embeds.jsonl
  curl -s URL | tweetembed -
"""


def _read(path: str) -> bytes:
    if path == "-":
        return sys.stdin.buffer.read()
    data = Path(path).read_bytes()
    if data[:2] == b"\x1f\x8b":
        return gzip.decompress(data)
    return data


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status (0 all read, 1 some failed, 2 usage)."""
    parser = argparse.ArgumentParser(
        prog="tweetembed",
        description="Print every social-media embed in the given files as JSON lines.",
        epilog=_EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "paths", nargs="+", metavar="PATH", help="HTML or text file, .gz, or - for stdin"
    )
    parser.add_argument(
        "--platforms", help=f"comma-separated platforms to keep (known: {', '.join(PLATFORMS)})"
    )
    args = parser.parse_args(argv)
    selected = None
    if args.platforms:
        selected = [p.strip() for p in args.platforms.split(",") if p.strip()]
        unknown = [p for p in selected if p not in PLATFORMS]
        if unknown:
            parser.error(f"unknown platform(s) {', '.join(unknown)}; known: {', '.join(PLATFORMS)}")
    failed = 0
    out = sys.stdout
    for path in args.paths:
        try:
            data = _read(path)
        except (OSError, EOFError, gzip.BadGzipFile) as error:
            print(f"tweetembed: {path}: {error}", file=sys.stderr)
            failed += 1
            continue
        for embed in parse(data, platforms=selected):
            row = {"source": path, **embed.to_dict()}
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    out.flush()
    return 1 if failed else 0
