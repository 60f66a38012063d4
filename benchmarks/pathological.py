"""Adversarial inputs at 100 KB and 1 MB: parse's time must grow linearly.

Run: python benchmarks/pathological.py [--sizes 100000 1000000]
For each input, prints the time at each size and the ratio between the two
(about 10 is linear); flags any ratio over 15 (when the 1 MB time is over 10 ms:
below that, a page that is scanned and never decoded, the timer and the CPU caches
decide the ratio) or any 1 MB time over 2 s.
Inputs are built outside and inside an embed's body, where the entity, emoji,
URL and date passes run on the text.
"""

from __future__ import annotations

import argparse
import signal
import time
from collections.abc import Callable

from tweetembed import parse

EMBED_HEAD = '<blockquote class="twitter-tweet"><p lang="en" dir="ltr">'
EMBED_TAIL = (
    '</p>&mdash; A (@a) <a href="https://twitter.com/a/status/1370827335461826566">'
    "March 13, 2021</a></blockquote>"
)


def repeat(unit: str) -> Callable[[int], str]:
    return lambda size: (unit * (size // len(unit) + 1))[:size]


def inside(make: Callable[[int], str]) -> Callable[[int], str]:
    return lambda size: EMBED_HEAD + make(size) + EMBED_TAIL


EMBED = EMBED_HEAD + "hi @a #b $C https://t.co/x 🔴" + EMBED_TAIL
INPUTS: dict[str, Callable[[int], str]] = {
    "runs of <": repeat("<"),
    "runs of @": repeat("@"),
    "runs of #": repeat("#"),
    "runs of $": repeat("$"),
    "runs of &#": repeat("&#"),
    "http://a.a.a…": lambda n: "http://" + repeat("a.")(n),
    "a.a.a… no scheme": repeat("a."),
    "runs of (@": repeat("(@"),
    "— N (@h) runs": repeat("— N (@h) "),
    "/status/ runs": repeat("/status/1 "),
    "twitter.com/x/status/1 runs": repeat("twitter.com/x/status/1"),
    "[tweet runs": repeat("[tweet "),
    "{{< runs": repeat("{{< "),
    "twitter-tweet runs": repeat("twitter-tweet "),
    "<blockquote class=twitter-tweet> unclosed runs": repeat('<blockquote class="twitter-tweet">'),
    "thousands of embeds": repeat(EMBED),
    "unclosed rendered div + amp runs": repeat(
        '<div class="twitter-tweet-rendered"><amp-twitter data-tweetid="1">'
    ),
    "deeply nested <blockquote>": lambda n: EMBED_HEAD + "<blockquote>" * (n // 12),
    "deeply nested <div>": lambda n: EMBED_HEAD + "<div>" * (n // 5) + EMBED_TAIL,
    "huge attribute": lambda n: (
        f'<blockquote class="twitter-tweet" data-x="{"x" * n}">' + EMBED_TAIL
    ),
    "huge unclosed attribute": lambda n: '<blockquote class="twitter-tweet" data-x="' + "x" * n,
    "escaped openers &lt;": repeat("&lt;blockquote class=&quot;twitter-tweet&quot;&gt;"),
    "json openers \\u003c": repeat('\\u003cblockquote class=\\"twitter-tweet\\"\\u003e'),
    "percent openers %3C": repeat("%3Cblockquote%20class%3D%22twitter-tweet%22%3E"),
    "<script> runs": repeat("<script>"),
    "<!-- runs": repeat("<!--"),
    # Each embed asks whether it sits inside a text element: the searches behind
    # that answer must not start again from the page's top for every embed.
    "one <title>, then embeds": lambda n: "<title>x</title>" + repeat(EMBED)(n),
    "<scripts> runs between embeds": repeat("<scripts>" * 20 + EMBED),
    "unclosed <!-- before each embed": repeat("<!-- " + EMBED),
    "closed <script> before each embed": repeat("<script>x</script>" + EMBED),
    "body: a.a.a…": inside(repeat("a.")),
    "body: @a@a@a…": inside(repeat("@a")),
    "body: #a#a#a…": inside(repeat("#a")),
    "body: emoji ZWJ runs": inside(repeat("👨\u200d")),
    "body: http://a.a…": inside(lambda n: "http://" + repeat("a.")(n)),
    "body: (((((": inside(lambda n: "http://a.com/" + "(" * n),
    "body: <br> runs": inside(repeat("<br>")),
    "body: — N (@h) March 13, 2021 runs": inside(repeat("— N (@h) March 13, 2021 ")),
}


class TimeLimit(BaseException):
    """Raised by the alarm; a BaseException, so parse's own guards cannot swallow it."""


def _alarm(signum: int, frame: object) -> None:
    raise TimeLimit


def timed(source: str, limit: int = 60) -> float:
    signal.signal(signal.SIGALRM, _alarm)
    signal.alarm(limit)
    start = time.perf_counter()
    try:
        parse(source)
    except TimeLimit:
        return float("inf")
    finally:
        signal.alarm(0)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs=2, default=[100_000, 1_000_000])
    args = parser.parse_args()
    small, large = args.sizes
    parse(EMBED)
    worst = 0.0
    print(f"{'input':48} {'100 KB s':>9} {'1 MB s':>9} {'ratio':>6}")
    for name, make in INPUTS.items():
        a = min(timed(make(small)) for _ in range(3))
        b = timed(make(large))
        ratio = b / max(a, 1e-6)
        worst = max(worst, b)
        flag = "  <-- not linear" if ratio > 15 and b > 0.01 else "  <-- over 2 s" if b > 2 else ""
        if b == float("inf"):
            flag = "  <-- over 60 s, stopped"
        print(f"{name:48} {a:9.4f} {b:9.4f} {ratio:6.1f}{flag}")
    print(f"slowest at 1 MB: {worst:.3f} s")


if __name__ == "__main__":
    main()
