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


@pytest.mark.parametrize("jobs", [1, 2])
def test_the_outcomes_account_for_every_byte_and_file_of_the_input(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, jobs: int
) -> None:
    """The progress bar's bytes add up to the inputs' size on disk, and the summary's
    files are the regular files read, whatever the kind and the jobs."""
    from test_cli_faults import _warc_gz
    from tweetembed import jsonlines
    from tweetembed import warc as warc_module
    from tweetembed.reading import ReadOptions, outcomes
    from tweetembed.records import input_size

    monkeypatch.setattr(warc_module, "_MIN_PART", 2000)  # a WARC.gz cut into parts
    monkeypatch.setattr(jsonlines, "_JSON_BLOCK", 100)  # JSON Lines in several blocks
    files = build(tmp_path)
    big = tmp_path / "big.warc.gz"
    _warc_gz(big, 60)
    paths = [files[k] for k in ("pages", "jsonl", "jsonl_gz", "warc", "warc_gz", "seed")]
    paths.append(big)
    on_disk = [p for path in paths for p in ([path] if path.is_file() else path.rglob("*"))]
    sizes = sum(p.stat().st_size for p in on_disk if p.is_file())
    found = list(outcomes(paths, ReadOptions(), jobs))
    assert input_size(paths) == sizes
    assert sum(size for status, _, _, size in found if status in ("read", "file")) == sizes
    read_files = [where for status, where, _, _ in found if status == "file"]
    assert len(read_files) == 9 == len([p for p in on_disk if p.is_file()])
    assert read_files[-1] == str(big)
    # Parts and blocks report their share as they are read, before their file ends.
    assert [s for s, w, _, _ in found if w == str(big)].count("read") >= 2
    assert [s for s, w, _, n in found if w == str(files["jsonl"]) and n].count("read") >= 2
