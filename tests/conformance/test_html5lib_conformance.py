"""html5lib's malformed-HTML corpus (tree-construction and tokenizer inputs), vendored
in tests/data/html5lib-tests: every input fed to ``parse`` alone and wrapped inside an
embed's body, as str and as UTF-8 bytes, must give no exception and valid spans.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from tweetembed import Tweet, parse
from tweetembed.decode import decode

from conftest import DATA

SUITE = DATA / "html5lib-tests"
TREE_FILES = sorted((SUITE / "tree-construction").rglob("*.dat"))
TOKENIZER_FILES = sorted((SUITE / "tokenizer").glob("*.test"))
WRAP = (
    '<blockquote class="twitter-tweet"><p lang="en" dir="ltr">{}</p>&mdash; A (@a) '
    '<a href="https://twitter.com/a/status/1370827335461826566">March 13, 2021</a></blockquote>'
)


def tree_inputs(path: Path) -> list[str]:
    """The ``#data`` sections of a tree-construction file, bytes kept as they are."""
    text = path.read_bytes().decode("utf-8", "surrogateescape")
    inputs = []
    for block in re.split(r"(?:^|\n)#data\n", text)[1:]:
        inputs.append(block.split("\n#errors", 1)[0])
    return inputs


def tokenizer_inputs(path: Path) -> list[str]:
    groups = json.loads(path.read_text("utf-8"))  # "tests", or "xmlViolationTests"
    inputs = []
    for test in (test for group in groups.values() for test in group):
        value = test["input"]
        if test.get("doubleEscaped"):
            value = value.encode("utf-8").decode("unicode_escape")
        inputs.append(value)
    return inputs


def check(source: str | bytes) -> list[object]:
    embeds = parse(source)
    text = decode(source)
    previous = 0
    for embed in embeds:
        start, end = embed.span
        assert previous <= start <= end <= len(text), (embed.span, len(text))
        previous = end
    return embeds


def run_all(inputs: list[str]) -> None:
    for value in inputs:
        raw = value.encode("utf-8", "surrogatepass")
        check(value)
        check(raw)
        wrapped = WRAP.format(value)
        embeds = check(wrapped)
        check(wrapped.encode("utf-8", "surrogatepass"))
        # The wrapper's opening tag is always read: an embed starts at 0.
        assert embeds, value
        assert isinstance(embeds[0], Tweet)
        assert embeds[0].span[0] == 0


def test_the_suite_is_all_here() -> None:
    assert len(TREE_FILES) == 60
    assert sum(len(tree_inputs(p)) for p in TREE_FILES) == 1796
    assert len(TOKENIZER_FILES) == 14
    assert sum(len(tokenizer_inputs(p)) for p in TOKENIZER_FILES) == 6810


@pytest.mark.parametrize("path", TREE_FILES, ids=lambda p: p.name)
def test_tree_construction_inputs(path: Path) -> None:
    run_all(tree_inputs(path))


@pytest.mark.parametrize("path", TOKENIZER_FILES, ids=lambda p: p.name)
def test_tokenizer_inputs(path: Path) -> None:
    run_all(tokenizer_inputs(path))
