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


def test_no_embed_on_plain_pages(report: Report) -> None:
    assert (report.plain_pages, report.plain_embeds) == (157, 0)
