"""records: every input kind read into records, unreadable ones reported, never raising."""

from __future__ import annotations

import io
from pathlib import Path

from tweetembed.records import Record, RecordError, read_records

from corpus_files import build


def test_every_input_kind(tmp_path: Path) -> None:
    files = build(tmp_path)
    got = list(read_records([files["pages"], files["jsonl"], files["warc"], files["warc_gz"]]))
    described = [
        (type(r).__name__, r.source.replace(str(tmp_path), "T"), getattr(r, "record_id", None))
        for r in got
    ]
    assert described == [
        ("Record", "T/pages/deeper/two.html.gz", None),
        ("Record", "T/pages/one.html", None),
        ("Record", "T/pages/plain.txt", None),
        ("Record", "T/dump.jsonl:1", "r1"),
        ("RecordError", "T/dump.jsonl:2", None),
        ("Record", "T/dump.jsonl:3", "7"),
        ("RecordError", "T/dump.jsonl:4", None),
        ("Record", "T/dump.jsonl:5", "https://example.com/p"),
        ("Record", "https://news.example/a", got[8].record_id),
        ("Record", "https://news.example/b", got[9].record_id),
        ("Record", "https://news.example/c", got[10].record_id),
    ]
    assert all(r.record_id and r.record_id.startswith("<urn:uuid:") for r in got[8:])
    assert isinstance(got[0], Record) and got[0].content.startswith(b"<blockquote")  # gunzipped


def test_other_field_gzip_jsonl_and_stdin(tmp_path: Path) -> None:
    files = build(tmp_path)
    got = list(read_records([files["jsonl_gz"]], field="body"))
    assert [(type(r).__name__, getattr(r, "content", None)) for r in got][2] == ("Record", "x")
    [record] = read_records(["-"], stdin=io.BytesIO(b"<p>from stdin</p>"))
    assert record == Record("-", None, b"<p>from stdin</p>")


def test_missing_and_broken_inputs_are_errors_not_exceptions(tmp_path: Path) -> None:
    broken = tmp_path / "broken.html.gz"
    broken.write_bytes(b"\x1f\x8b\x08\x00 not really gzip")
    bad_warc = tmp_path / "bad.warc"
    bad_warc.write_bytes(b"garbage garbage")  # warcio rejects it: not WARC, not ARC
    got = list(read_records([tmp_path / "missing.html", broken, bad_warc]))
    assert [type(r) for r in got] == [RecordError, RecordError, RecordError]
    assert got[0].message == "no such file or folder"
    assert all(r.source.startswith(str(tmp_path)) for r in got)
