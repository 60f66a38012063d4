"""jsonlines: one article a line, a missing field told once, blocks of whole lines."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from tweetembed.inputs import RecordError
from tweetembed.records import read_records

from corpus_files import embed


def test_a_wrong_field_is_reported_once_with_the_fields_there_are(tmp_path: Path) -> None:
    path = tmp_path / "dump.jsonl"
    lines = [{"doc": {"id": f"d{n}", "page": {"html": embed(n)}}} for n in range(5)]
    path.write_text("".join(json.dumps(line) + "\n" for line in lines), "utf-8")
    got = list(read_records([path]))
    assert got == [
        RecordError(
            f"{path}:1",
            "no field 'html' (this line's fields: doc, doc.id, doc.page, doc.page.html); "
            "give --field",
        ),
        RecordError(str(path), f"4 more lines without the field 'html' (the last: {path}:5)"),
    ]
    # A dotted path reaches it; --id-field names the id.
    got = list(read_records([path], field="doc.page.html", id_field="doc.id"))
    assert [(r.source, r.record_id, r.content) for r in got] == [
        (f"{path}:{n + 1}", f"d{n}", embed(n)) for n in range(5)
    ]


def test_blocks_hold_whole_lines_and_number_them(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Blocks of about 64 bytes: every block ends at a line end (a line longer than
    # a block is carried whole into the next), and each knows its first line's
    # number, so records and messages say the same lines as with 4 MB blocks.
    from tweetembed import jsonlines

    lines = [json.dumps({"id": n, "html": "x" * (n * 13 % 150)}) for n in range(40)]
    lines[7] = "not json"
    path = tmp_path / "dump.jsonl.gz"
    path.write_bytes(gzip.compress(("\n".join(lines) + "\n").encode()))
    whole = list(read_records([path]))
    monkeypatch.setattr(jsonlines, "_JSON_BLOCK", 64)
    blocks = list(jsonlines.json_blocks(path, "html", None))
    assert len(blocks) > 10
    assert all(block.data.endswith(b"\n") for block in blocks)
    assert b"".join(block.data for block in blocks).decode() == "\n".join(lines) + "\n"
    numbers = [block.first_line for block in blocks]
    counts = [block.data.count(b"\n") for block in blocks]
    assert numbers == [1 + sum(counts[:n]) for n in range(len(blocks))]
    # What was read of the compressed file, block by block, adds up to its size.
    assert sum(block.consumed for block in blocks) == path.stat().st_size
    assert list(read_records([path])) == whole
    assert [r.record_id for r in whole if not isinstance(r, RecordError)] == [
        str(n) for n in range(40) if n != 7
    ]
    [error] = [r for r in whole if isinstance(r, RecordError)]
    assert error.source == f"{path}:8" and error.message.startswith("not a JSON line: ")
