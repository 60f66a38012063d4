"""needles: one pass finds every platform's needles; both scans agree."""

from __future__ import annotations

import sys
import threading
from pathlib import Path

import pytest

from tweetembed import platforms
from tweetembed.needles import GateScan, HyperscanScan, scanner

NAMES = tuple(platforms.PLATFORMS)
NEEDLES = tuple(dict.fromkeys((m.raw, m.shape) for m in platforms.markers(NAMES)))
GATES = platforms.gates(NAMES)
SHARED = Path(__file__).resolve().parents[2] / "shared"


def naive(data: bytes) -> list[int]:
    """Every start of every needle (whose shape holds), by one find loop a needle; a
    needle that begins with "/" right after "*" (a comment's end) is none."""
    found = set()
    for raw, shape in NEEDLES:
        at = data.find(raw)
        while at >= 0:
            after_comment = raw.startswith(b"/") and at > 0 and data[at - 1 : at] == b"*"
            if not after_comment and (shape is None or shape.match(data, at)):
                found.add(at)
            at = data.find(raw, at + 1)
    return sorted(found)


SCANS = {"gates": GateScan(NEEDLES, GATES), "hyperscan": HyperscanScan(NEEDLES)}


@pytest.mark.parametrize("kind", SCANS)
def test_overlapping_needles_come_sorted_once_each(kind: str) -> None:
    # Hyperscan reports matches by their ends: "twitter-tweet-rendered" and
    # "twitter-tweet" start at one place; "(@" without a handle and ")" is not a
    # needle; "linkedin.com/embed/" is one hit, though "embed" ends inside it.
    data = b"twitter.com/embed/ twitter-tweet-rendered x?embed=1 (@ab) (@ linkedin.com/embed/"
    assert list(SCANS[kind].hits(data)) == [
        0,
        data.index(b"twitter-tweet"),
        data.index(b"embed=1"),
        data.index(b"(@ab)"),
        data.index(b"linkedin.com"),
    ]
    assert list(SCANS[kind].hits(b"")) == []
    assert list(SCANS[kind].hits(b"nothing here at all")) == []


@pytest.mark.parametrize("kind", SCANS)
def test_a_needle_under_two_shapes_is_one_hit(kind: str) -> None:
    # "instagram.com/p/" is Instagram's iframe needle (any bytes after it) and its
    # bare-URL needle (a post's URL at a line's start): both hold here, one hit each.
    data = b"x\nhttps://www.instagram.com/p/CeVvHCUs0Zp/\n" * 3
    starts = [i for i in range(len(data)) if data.startswith(b"instagram.com/p/", i)]
    hits = SCANS[kind].hits(data)
    assert list(hits) == starts == naive(data)


@pytest.mark.parametrize("kind", SCANS)
def test_a_scan_finds_what_a_find_loop_finds_on_real_pages(kind: str) -> None:
    pages = (
        sorted(SHARED.glob("corpus*/pages/*.html"))[:40]
        + sorted((SHARED / "corpus" / "plain").glob("*"))[:40]
    )
    if not pages:
        pytest.skip(f"the shared corpus is not beside the repository ({SHARED})")
    for path in pages:
        data = path.read_bytes()
        assert list(SCANS[kind].hits(data)) == naive(data), path.name


def test_hyperscan_is_used_and_gates_where_it_cannot_be_imported(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert isinstance(scanner(NEEDLES, GATES), HyperscanScan)
    monkeypatch.setitem(sys.modules, "hyperscan", None)  # import fails
    scanner.cache_clear()
    try:
        assert type(scanner(NEEDLES, GATES)) is GateScan
    finally:
        scanner.cache_clear()


def test_a_needle_without_a_gate_is_refused_whichever_scan_runs() -> None:
    with pytest.raises(ValueError, match="holds none of the gates"):
        scanner(((b"no-gate-here", None),), ("tweet",))


def test_threads_scan_at_once_each_with_its_own_scratch() -> None:
    scan = SCANS["hyperscan"]
    data = b"x twitter-tweet " * 20_000
    want = naive(data)
    results: list[list[int]] = []

    def run() -> None:
        for _ in range(5):
            results.append(list(scan.hits(data)))

    threads = [threading.Thread(target=run) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(results) == 20 and all(r == want for r in results)


def test_a_page_hyperscan_refuses_or_fails_on_is_scanned_gate_by_gate(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Hyperscan's lengths are 32-bit, and a scan can fail: parse must not raise
    for any bytes, so such a page is scanned the other way, to the same hits."""
    import hyperscan

    from tweetembed import needles

    scan = scanner(NEEDLES, GATES)
    assert isinstance(scan, HyperscanScan)
    data = b"<p>x</p> twitter-tweet (@ab) youtube.com/embed/x"
    want = naive(data)
    monkeypatch.setattr(needles, "_HYPERSCAN_LIMIT", 10)  # "4 GB"
    assert list(scan.hits(data)) == want
    monkeypatch.undo()

    class Failing:
        def scan(self, *_: object, **__: object) -> None:
            raise hyperscan.error("scratch in use")

    monkeypatch.setattr(scan, "_db", Failing())
    assert list(scan.hits(data)) == want


def test_padding_literals_in_the_bytes_are_no_hits() -> None:
    # Hyperscan's database holds literals no needle has (see needles._PADDING):
    # a page that holds them (Latin-1 bytes can) gets the needles' hits alone.
    from tweetembed.needles import _PADDING

    twitter = tuple(dict.fromkeys((m.raw, m.shape) for m in platforms.markers(("twitter",))))
    scan = HyperscanScan(twitter)
    data = b"".join(_PADDING) + b' <blockquote class="twitter-tweet">' + _PADDING[0]
    assert list(scan.hits(data)) == [data.index(b"twitter-tweet")]
    assert list(scan.hits(b"".join(_PADDING))) == []


@pytest.mark.parametrize("kind", SCANS)
def test_a_needle_after_a_comments_end_is_no_hit(kind: str) -> None:
    # styled-components writes "/*!sc*/" before each rule: "*/@media" is no Mastodon
    # account; the same URL after anything else is one.
    url = b"https://a.social/@a/111222333444555666"
    data = b"<style>/*!sc*/@media x{}/*!sc*/@font-face{}</style>\n" + url + b"\n*/status/1"
    assert list(SCANS[kind].hits(data)) == [data.index(b"/@a/")] == naive(data)
    assert list(SCANS[kind].hits(b"/@a/111222333444555666\n")) == [0]
