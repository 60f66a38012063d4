"""_repr_html_ of a hostile embed, loaded in headless Chromium: no script of the input runs.

Every payload, if it ran, would set ``data-xss`` on the document's body; the test
dumps the DOM after load (with time for image errors and timers to fire) and
checks that nothing did. Needs Debian's ``chromium`` (.ci/run installs it).
"""

from __future__ import annotations

import html
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from tweetembed import Tweet, parse

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = pytest.mark.skipif(
    CHROMIUM is None, reason="Chromium is not installed (apt-get install chromium)"
)

MARK = "document.body.setAttribute('data-xss','1')"
PAYLOADS = [
    f"<script>{MARK}</script>",
    f'"><img src=x onerror="{MARK}">',
    f'\'><svg onload="{MARK}">',
    f'</p><iframe srcdoc="<script>parent.{MARK}</script>"></iframe>',
    f"javascript:{MARK}",
    f"&lt;script&gt;{MARK}&lt;/script&gt;",
    f'<a href="javascript:{MARK}" id=x autofocus onfocus="{MARK}">x</a>',
]
HOSTILE = " ".join(PAYLOADS)


def hostile_page() -> str:
    escaped = html.escape(HOSTILE)
    return (
        f'<blockquote class="twitter-tweet" data-theme="{escaped}" data-lang="en">'
        f'<p lang="en" dir="ltr">{escaped} <a href="javascript:{MARK}">{escaped}</a> '
        f'<a href="data:text/html,&lt;script&gt;{MARK}&lt;/script&gt;">data</a></p>'
        f"&mdash; {escaped} (@evil) "
        f'<a href="javascript:{MARK}">March 13, 2021</a></blockquote>'
    )


def render(tmp_path: Path, html_text: str) -> str:
    page = tmp_path / "card.html"
    page.write_text(f"<!doctype html><html><body>{html_text}</body></html>", "utf-8")
    done = subprocess.run(
        [
            str(CHROMIUM), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
            "--no-first-run", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", f"--user-data-dir={tmp_path / 'profile'}",
            "--virtual-time-budget=3000", "--dump-dom", page.as_uri(),
        ],
        capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


def test_the_hostile_embed_is_read_with_its_text_intact() -> None:
    [tweet] = parse(hostile_page())
    assert isinstance(tweet, Tweet)
    assert "<script>" in tweet.text  # the text keeps what the reader saw, as text
    assert tweet.links[0].url is None  # javascript: is not a safe URL
    assert tweet.links[1].url is None  # nor data:


def test_no_payload_runs_in_a_browser(tmp_path: Path) -> None:
    [tweet] = parse(hostile_page())
    markup = tweet._repr_html_() + tweet.author._repr_html_() + tweet.links[0]._repr_html_()  # type: ignore[union-attr]
    dom = render(tmp_path, markup)
    assert re.search(r"<body[^>]*>", dom) is not None
    assert re.search(r"<body[^>]*data-xss", dom) is None  # no payload ran
    assert "&lt;script&gt;" in dom  # the payload is shown as text


def test_the_check_itself_sees_a_payload_that_runs(tmp_path: Path) -> None:
    # Guards against a test that cannot fail: unescaped, the same payload runs.
    dom = render(tmp_path, PAYLOADS[0])
    assert re.search(r"<body[^>]*data-xss=\"1\"", dom) is not None
