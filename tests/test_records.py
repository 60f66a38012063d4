"""records: every input kind read into records, unreadable ones reported, never raising."""

from __future__ import annotations

import bz2
import gzip
import io
import json
import lzma
import re
from pathlib import Path
from typing import Any

import pytest

from tweetembed import Tweet, parse
from tweetembed.inputs import Record, RecordError
from tweetembed.records import read_records

from corpus import FIELDS, SHARED_CORPUS, actual_fields, equal
from corpus_files import build, embed, write_warc


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


def _jsonl_bytes() -> bytes:
    lines = [json.dumps({"id": f"r{n}", "html": embed(n)}) for n in (1, 2)]
    return ("\n".join(lines) + "\n").encode()


def _zstd(data: bytes) -> bytes:
    zstandard = pytest.importorskip("zstandard", reason="zstandard is in the test extra")
    return bytes(zstandard.ZstdCompressor().compress(data))


@pytest.mark.parametrize(
    ("name", "pack"),
    [
        ("dump.jsonl.bz2", bz2.compress),
        ("dump.jsonl.xz", lzma.compress),
        ("dump.jsonl.zst", _zstd),
        ("dump.json", lambda data: data),  # JSON Lines in a .json file
        ("dump.jsonl.gz.part", gzip.compress),
        ("dump.gz", gzip.compress),  # the name says nothing; the bytes start with {"
        ("dump", lambda data: data),
    ],
)
def test_json_lines_in_any_container(tmp_path: Path, name: str, pack: Any) -> None:
    path = tmp_path / name
    path.write_bytes(pack(_jsonl_bytes()))
    got = list(read_records([path]))
    assert [(r.source, r.record_id) for r in got] == [(f"{path}:1", "r1"), (f"{path}:2", "r2")]
    assert [r.content for r in got] == [embed(1), embed(2)]


@pytest.mark.parametrize(
    ("name", "pack"),
    [
        ("crawl.gz", None),  # a gzip WARC whose name says only .gz
        ("crawl.warc.gz.part", None),
        ("crawl.warc.bz2", bz2.compress),
        ("crawl.warc.xz", lzma.compress),
        ("crawl.warc.zst", _zstd),
        ("crawl.bin", lambda data: data),  # a plain WARC, told by its bytes
    ],
)
def test_warc_in_any_container(tmp_path: Path, name: str, pack: Any) -> None:
    pytest.importorskip("warcio", reason="warcio is in the test extra")
    built = tmp_path / "built.warc"
    write_warc(built, [("https://news.example/a", embed(8))], compress=pack is None)
    path = tmp_path / name
    path.write_bytes(built.read_bytes() if pack is None else pack(built.read_bytes()))
    [record] = read_records([path])
    assert isinstance(record, Record)
    assert (record.source, record.content) == ("https://news.example/a", embed(8).encode())


def test_a_page_named_gz_that_is_not_gzip_is_a_page(tmp_path: Path) -> None:
    path = tmp_path / "page.html.gz"
    path.write_bytes(b"<p>x</p>" + embed(1).encode())
    [record] = read_records([path])
    assert isinstance(record, Record) and record.content == b"<p>x</p>" + embed(1).encode()


def test_a_json_document_is_refused_with_the_reason(tmp_path: Path) -> None:
    path = tmp_path / "export.json"
    path.write_text(json.dumps([{"html": embed(1)}], indent=2), "utf-8")
    [error] = read_records([path])
    assert error == RecordError(
        str(path), "a JSON document, not JSON Lines (one object a line): cannot be read"
    )


@pytest.mark.parametrize("pack", [lambda data: data, gzip.compress, bz2.compress, lzma.compress])
def test_json_lines_and_warc_on_standard_input(tmp_path: Path, pack: Any) -> None:
    got = list(read_records(["-"], stdin=io.BytesIO(pack(_jsonl_bytes()))))
    assert [(r.source, r.record_id) for r in got] == [("-:1", "r1"), ("-:2", "r2")]
    pytest.importorskip("warcio", reason="warcio is in the test extra")
    built = tmp_path / "built.warc"
    write_warc(built, [("https://news.example/a", embed(8))], compress=False)
    [record] = read_records(["-"], stdin=io.BytesIO(pack(built.read_bytes())))
    assert isinstance(record, Record) and record.source == "https://news.example/a"


def test_kind_forces_the_reading(tmp_path: Path) -> None:
    path = tmp_path / "dump.txt"  # a page by its name; JSON Lines by the caller's word
    path.write_bytes(_jsonl_bytes())
    assert [r.source for r in read_records([path])] == [str(path)]
    assert [r.source for r in read_records([path], kind="jsonl")] == [f"{path}:1", f"{path}:2"]
    with pytest.raises(ValueError, match="kind must be one of page, jsonl, warc"):
        list(read_records([path], kind="csv"))


def test_a_bare_string_is_not_a_list_of_paths(tmp_path: Path) -> None:
    with pytest.raises(
        TypeError, match=r"paths is a list of paths \(read_records\(\['pages/'\]\)\)"
    ):
        list(read_records(str(tmp_path)))
