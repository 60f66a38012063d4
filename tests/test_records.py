"""records: every input kind read into records, unreadable ones reported, never raising."""

from __future__ import annotations

import io
import json
import re
from pathlib import Path

import pytest

from tweetembed import Tweet, parse
from tweetembed.records import Record, RecordError, read_records

from corpus import FIELDS, SHARED_CORPUS, actual_fields, equal
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


_META = re.compile(
    rb"""<meta\b[^>]{0,300}?charset\s*=\s*["']?[a-zA-Z0-9_-]+["']?[^>]{0,300}>""", re.IGNORECASE
)


def _latin_warc(path: Path, pages: list[tuple[str, bytes]], content_type: str) -> None:
    """A WARC.gz of windows-1252 pages whose charset only the HTTP header declares."""
    pytest.importorskip("warcio", reason="warcio is in the test extra")
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as stream:
        writer = WARCWriter(stream, gzip=True)
        for uri, body in pages:
            headers = StatusAndHeaders(
                "200 OK", [("Content-Type", content_type)], protocol="HTTP/1.1"
            )
            writer.write_record(
                writer.create_warc_record(
                    uri, "response", payload=io.BytesIO(body), http_headers=headers
                )
            )


@pytest.mark.skipif(
    not (SHARED_CORPUS / "expected.json").is_file(), reason=f"{SHARED_CORPUS} is absent here"
)
@pytest.mark.parametrize(
    "content_type", ["text/html; charset=ISO-8859-1", "text/html;charset=windows-1252"]
)
def test_real_pages_declared_only_in_the_http_header(tmp_path: Path, content_type: str) -> None:
    # Every real page of the corpus, its <meta charset> removed and its text written
    # in windows-1252 (characters it lacks as character references, as a Latin-1
    # site writes them): every hand-checked field must read as from the original.
    expected = json.loads((SHARED_CORPUS / "expected.json").read_text("utf-8"))["files"]
    names = sorted(name for name, page in expected.items() if page["twitter"])
    pages = []
    for name in names:
        raw = _META.sub(b"", (SHARED_CORPUS / "pages" / name).read_bytes())
        text = raw.decode("utf-8", "replace")
        pages.append((f"https://news.example/{name}", text.encode("cp1252", "xmlcharrefreplace")))
    warc = tmp_path / "latin.warc.gz"
    _latin_warc(warc, pages, content_type)
    records = list(read_records([warc]))
    assert [r.source for r in records] == [uri for uri, _ in pages]
    checked = agreed = wrong_without_header = accented = 0
    for name, record in zip(names, records, strict=True):
        assert isinstance(record, Record) and record.encoding == content_type
        tweets = [
            e
            for e in parse(record.content, encoding=record.encoding)
            if isinstance(e, Tweet) and not e.escaped
        ]
        blind = [e for e in parse(record.content) if isinstance(e, Tweet) and not e.escaped]
        want = expected[name]["twitter"]
        assert len(tweets) == len(want), name
        for exp, tweet, guess in zip(want, tweets, blind, strict=False):
            for key in FIELDS:
                checked += 1
                accented += not str(exp.get(key)).isascii()
                agreed += equal(key, exp.get(key), actual_fields(tweet)[key], exp)
                blind_field = actual_fields(guess)[key]
                wrong_without_header += not equal(key, exp.get(key), blind_field, exp)
    assert (agreed, checked) == (75 * 13, 75 * 13)  # every live tweet, every field
    # Read as UTF-8 (no header), the same bytes lose their accents: at least every
    # field whose expected value has a non-ASCII character goes wrong.
    assert accented > 0 and wrong_without_header >= accented
