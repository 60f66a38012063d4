"""twitter-text's extraction conformance suite (3.1.0), vendored in tests/data/twitter-text.

Every case of the sections below runs through the public ``extract_entities``.
"""

from __future__ import annotations

from typing import Any

import pytest
import yaml

from tweetembed import extract_entities

from conftest import DATA

SUITE = DATA / "twitter-text"
SECTIONS = (
    "mentions",
    "mentions_with_indices",
    "hashtags",
    "hashtags_from_astral",
    "hashtags_with_indices",
    "cashtags",
    "cashtags_with_indices",
    "urls",
    "urls_with_indices",
    "urls_with_directional_markers",
    "tco_urls_with_params",
)


def _cases(name: str, sections: tuple[str, ...] | None = None) -> list[Any]:
    tests = yaml.safe_load((SUITE / name).read_text("utf-8"))["tests"]
    return [
        pytest.param(section, case, id=f"{section}: {case['description']}")
        for section, cases in tests.items()
        if sections is None or section in sections
        for case in cases
    ]


def _actual(section: str, text: str) -> list[Any]:
    entities = extract_entities(text)
    if section == "mentions":
        return [m.handle for m in entities.mentions]
    if section == "mentions_with_indices":
        return [{"screen_name": m.handle, "indices": [m.start, m.end]} for m in entities.mentions]
    if section in ("hashtags", "hashtags_from_astral"):
        return [h.tag for h in entities.hashtags]
    if section == "hashtags_with_indices":
        return [{"hashtag": h.tag, "indices": [h.start, h.end]} for h in entities.hashtags]
    if section == "cashtags":
        return [c.symbol for c in entities.cashtags]
    if section == "cashtags_with_indices":
        return [{"cashtag": c.symbol, "indices": [c.start, c.end]} for c in entities.cashtags]
    if section in ("urls", "tco_urls_with_params", "country", "generic"):
        return [u.url for u in entities.urls]
    return [{"url": u.url, "indices": [u.start, u.end]} for u in entities.urls]


EXTRACT = _cases("extract.yml", SECTIONS)
TLDS = _cases("tlds.yml")


def test_the_suite_is_all_here() -> None:
    assert len(EXTRACT) == 220
    assert len(TLDS) == 1574


@pytest.mark.parametrize(("section", "case"), EXTRACT)
def test_extract(section: str, case: dict[str, Any]) -> None:
    assert _actual(section, case["text"]) == case["expected"]


@pytest.mark.parametrize(("section", "case"), TLDS)
def test_every_tld(section: str, case: dict[str, Any]) -> None:
    assert _actual(section, case["text"]) == case["expected"]
