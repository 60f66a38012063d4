"""Real pages of every platform: every embed of ../shared/corpus2 found, every field right.

The pages are publishers' content, kept in ../shared/corpus2 (CI has it beside the
repository); this test reads them there. Field conventions: tests/corpus2.py.
"""

from __future__ import annotations

import pytest

from corpus2 import SHARED_CORPUS2, Report, evaluate

pytestmark = pytest.mark.skipif(
    not (SHARED_CORPUS2 / "expected.json").is_file(),
    reason=f"the corpus of real pages is not vendored; it is read from {SHARED_CORPUS2}, absent here",
)

# platform: (live embeds, escaped copies) that expected.json lists.
WANTED = {
    "facebook": (8, 2),
    "instagram": (32, 18),
    "mastodon": (1, 0),
    "tiktok": (2, 1),
    "twitter": (50, 8),
    "youtube": (27, 24),
}


@pytest.fixture(scope="module")
def report() -> Report:
    return evaluate(SHARED_CORPUS2)


def test_every_embed_found_in_order_and_nothing_else(report: Report) -> None:
    assert report.missing == []
    assert report.extra == []


@pytest.mark.parametrize("platform", sorted(WANTED))
def test_every_live_embed_and_copy_found_with_its_post_id(report: Report, platform: str) -> None:
    tally = report.platforms[platform]
    live, escaped = WANTED[platform]
    assert (tally.live_wanted, tally.escaped_wanted) == (live, escaped)
    assert (tally.live_found, tally.escaped_found, tally.false_embeds) == (live, escaped, 0)


def test_every_checked_field_equals_the_hand_checked_value(report: Report) -> None:
    assert report.differences == []
    assert report.total().checked == (120 + 53) * 8
