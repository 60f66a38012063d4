"""reading: tweetembed.read gives the command line's rows and hands every failure over."""

from __future__ import annotations

from pathlib import Path

import pytest

import tweetembed
from tweetembed import Failure, read
from tweetembed.cli import rows_of

from corpus_files import build


def test_read_gives_the_rows_and_every_failure(tmp_path: Path) -> None:
    files = build(tmp_path)
    seen: list[Failure] = []
    reading = read([files["pages"], files["jsonl"], tmp_path / "missing"], on_error=seen.append)
    rows = list(reading)
    assert [r["record"] for r in rows] == [None, None, None, "r1", "7", "7"]
    assert (
        reading.failures
        == seen
        == [
            Failure(f"{files['jsonl']}:2", seen[0].message),
            Failure(
                f"{files['jsonl']}:4",
                "no field 'html' (this line's fields: id, title); give --field",
            ),
            Failure(str(tmp_path / "missing"), "no such file or folder"),
        ]
    )
    assert seen[0].message.startswith("not a JSON line: ")
    # pages/ holds three files, the JSON Lines file three records with text
    assert reading.records == 6
    assert "6 records, 3 failures" in repr(reading)
    with pytest.raises(RuntimeError, match="iterated once"):
        list(reading)


def test_read_is_the_public_name_and_rows_of_agrees(tmp_path: Path) -> None:
    files = build(tmp_path)
    assert tweetembed.read is read
    assert list(read([files["warc"]])) == list(rows_of([str(files["warc"])]))


@pytest.mark.parametrize(
    ("arguments", "error", "message"),
    [
        (
            {"paths": "pages/"},
            TypeError,
            r"read\(\) takes a list of paths \(read\(\['pages/'\]\)\)",
        ),
        ({"paths": Path("pages")}, TypeError, "not one PosixPath"),
        ({"paths": [], "kind": "csv"}, ValueError, "kind must be one of page, jsonl, warc"),
        ({"paths": [], "encoding": "klingon"}, ValueError, "unknown charset 'klingon'"),
        ({"paths": [], "jobs": 0}, ValueError, "jobs must be a positive int"),
    ],
)
def test_wrong_arguments_say_what_to_pass(
    arguments: dict[str, object], error: type[Exception], message: str
) -> None:
    with pytest.raises(error, match=message):
        read(**arguments)  # type: ignore[arg-type]
