"""Real pages: every embed of ../shared/corpus found, every checked field right.

The pages are publishers' content, kept in ../shared/corpus (CI has it beside the
repository); this test reads them there. Field conventions: tests/corpus.py.
"""

from __future__ import annotations

import pytest

from corpus import SHARED_CORPUS, Report, evaluate

pytestmark = pytest.mark.skipif(
    not (SHARED_CORPUS / "expected.json").is_file(),
    reason=f"the corpus of real pages is not vendored; it is read from {SHARED_CORPUS}, absent here",
)


@pytest.fixture(scope="module")
def report() -> Report:
    return evaluate(SHARED_CORPUS)


def test_every_live_embed_found_and_no_false_one(report: Report) -> None:
    assert report.count_mismatches == []
    assert (report.found, report.wanted, report.false_embeds) == (75, 75, 0)


def test_every_checked_field_equals_the_hand_checked_value(report: Report) -> None:
    assert report.differences == []
    assert report.checked == 84 * 13


def test_escaped_copies_found_with_their_escaping(report: Report) -> None:
    assert (report.escaped_found, report.escaped_wanted) == (9, 9)
    assert report.escaping_wrong == []


def test_no_tweet_on_plain_pages(report: Report) -> None:
    assert (report.plain_pages, report.plain_embeds) == (157, 0)


def test_the_youtube_players_of_the_plain_pages(report: Report) -> None:
    # The plain pages hold no tweet, but ten of them hold YouTube iframes
    # (src="https://www.youtube.com/embed/ID", read off the pages with grep), and
    # 65bf3048 an entity- and JSON-escaped copy of its player in a JSON-LD script.
    # 1ee91d1f's players are URLs passed to a script function, not markup.
    # e100c961 (wccftech.com) shows its channel's latest video in its sidebar as a
    # facade: <div class="sidebar-youtube-player" data-video="2GP6_x6m-vQ"
    # style="background-image:url(//img.youtube.com/vi/2GP6_x6m-vQ/hqdefault.jpg)">
    # holding only a play button (the list below it, each card titled by an <h4>,
    # is not one).
    assert report.plain_others == [
        ("14cc2a0c", "youtube", "AEyOoZ7JpyY", None),
        ("23aaecd1", "youtube", "s2UlgG31C4g", None),
        ("3252222e", "youtube", "Mi8e6nwrpeU", None),
        ("3d8f3404", "youtube", "mR3SM29DzCc", None),
        ("3d8f3404", "youtube", "yhMZ6ADitjM", None),
        ("3d8f3404", "youtube", "kYFychRzTww", None),
        ("3d8f3404", "youtube", "E-l-Ly0ly4M", None),
        ("63db31a1", "youtube", "xoBXQi73hcM", None),
        ("63db31a1", "youtube", "BZNMWOp3n3A", None),
        ("65bf3048", "youtube", "NgbF86kNLgs", "html"),
        ("65bf3048", "youtube", "NgbF86kNLgs", None),
        ("8cad00dc", "youtube", "73dQFCaL3RM", None),
        ("cc4aa22b", "youtube", "nEAw2Ei7djY", None),
        ("e100c961", "youtube", "2GP6_x6m-vQ", None),
        ("f344ca5f", "youtube", "AEyOoZ7JpyY", None),
    ]
