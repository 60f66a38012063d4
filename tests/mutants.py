"""The mutants issue 15 named (and later ones), each applied in turn: the tests must kill them.

Run: python tests/mutants.py
Each mutant is a one-place change to the source (restored afterwards, also on
Ctrl-C); the line printed says which test failed on it first (the property tests run
first, then tests/test_locate.py), or SURVIVED.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

MUTANTS = {
    "ignore <meta charset>": (
        "src/tweetembed/decode.py",
        "    match = _META_CHARSET.search(head.lower())\n",
        "    match = None\n",
    ),
    "drop the last embed": (
        "src/tweetembed/pipeline.py",
        "            embeds.append(embed)\n    return embeds",
        "            embeds.append(embed)\n    return Embeds(embeds[:-1])",
    ),
    "skip the text-element check": (
        "src/tweetembed/locate.py",
        'escaped = "text" if state.inside(start) else None',
        "escaped = None",
    ),
    "skip HTML unescaping": (
        "src/tweetembed/pipeline.py",
        "markup = unescape(candidate.markup, candidate.escaped)",
        "markup = candidate.markup",
    ),
    "drop the next-opener bound": (
        "src/tweetembed/locate.py",
        "            if following is not None:\n                limit = following\n",
        "",
    ),
    "ignore other openers before an end tag": (
        "src/tweetembed/regions.py",
        "    if next(heads(data, lowered, tag, opener, open_end, first.start()), None) is not None:\n"
        "        return None\n",
        "",
    ),
    "disable the footer end": (
        "src/tweetembed/locate.py",
        "    if marker.ends is None:\n        return None\n",
        "    return None\n",
    ),
}


def main() -> int:
    survived = 0
    for name, (path, old, new) in MUTANTS.items():
        file = ROOT / path
        text = file.read_text("utf-8")
        if old not in text:
            print(f"{name}: the code it changes is gone; update tests/mutants.py")
            survived += 1
            continue
        file.write_text(text.replace(old, new, 1), "utf-8")
        try:
            done = subprocess.run(
                [sys.executable, "-m", "pytest", "-q", "-x", "-p", "no:cacheprovider",
                 "tests/test_properties.py", "tests/test_locate.py"],
                cwd=ROOT, capture_output=True, text=True, check=False,
            )  # fmt: skip
        finally:
            file.write_text(text, "utf-8")
        failed = [line for line in done.stdout.splitlines() if line.startswith("FAILED")]
        if failed:
            print(f"{name}: killed by {failed[0].split('::')[1].split(' ')[0]}")
        else:
            survived += 1
            print(f"{name}: SURVIVED")
    return 1 if survived else 0


if __name__ == "__main__":
    sys.exit(main())
