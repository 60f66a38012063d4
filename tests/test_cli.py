"""The command line: JSON lines per embed, failures reported and counted."""

from __future__ import annotations

import csv
import datetime as dt
import gzip
import io
import json
import subprocess
import sys
import zlib
from pathlib import Path
from typing import Any

import pytest

from tweetembed.cli import main, rows_of
from tweetembed.output import COLUMNS, arrow_schema

from conftest import SEED
from corpus_files import build


def rows(out: str) -> list[dict[str, object]]:
    return [json.loads(line) for line in out.splitlines()]


def test_seed_prints_one_json_line(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(SEED)]) == 0
    [row] = rows(capsys.readouterr().out)
    assert row["source"] == str(SEED)
    assert row["platform"] == "twitter"
    assert row["author"] == {"name": "NASA", "handle": "NASA"}
    assert row["date"] == "2021-03-13"
    assert row["span"] == [632, 1229]


def test_gzip_and_missing_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    packed = tmp_path / "seed.html.gz"
    packed.write_bytes(gzip.compress(SEED.read_bytes()))
    missing = tmp_path / "missing.html"
    status = main([str(missing), str(packed)])
    captured = capsys.readouterr()
    assert status == 1
    assert [row["source"] for row in rows(captured.out)] == [str(packed)]
    assert str(missing) in captured.err


def test_stdin(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(SEED.read_bytes())))
    assert main(["-"]) == 0
    assert [row["source"] for row in rows(capsys.readouterr().out)] == ["-"]


def test_unknown_platform_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--platforms", "myspace", str(SEED)])
    assert exit_info.value.code == 2
    assert "known: twitter" in capsys.readouterr().err


def test_python_dash_m_and_help() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "tweetembed", str(SEED)], capture_output=True, text=True, check=True
    )
    assert rows(done.stdout)[0]["text"].startswith("Caught in action!")  # type: ignore[union-attr]
    helped = subprocess.run(
        [sys.executable, "-m", "tweetembed", "--help"], capture_output=True, text=True, check=True
    )
    assert "examples:" in helped.stdout


# --- corpus-scale use ------------------------------------------------------

EXPECTED_SOURCES = [
    "T/pages/deeper/two.html.gz", "T/pages/deeper/two.html.gz", "T/pages/one.html",
    "T/dump.jsonl:1", "T/dump.jsonl:3", "T/dump.jsonl:3",
    "https://news.example/a", "https://news.example/c",
]  # fmt: skip
EXPECTED_IDS = [str(1370827335461826566 + n) for n in (2, 3, 1, 4, 5, 6, 8, 9)]


def run(tmp_path: Path, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    status = main([*args, "--no-progress"])
    captured = capsys.readouterr()
    return status, captured.out, captured.err.replace(str(tmp_path), "T")


def test_a_corpus_of_every_kind_as_jsonl(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    files = build(tmp_path)
    paths = [str(files[k]) for k in ("pages", "jsonl", "warc", "warc_gz")]
    status, out, err = run(tmp_path, capsys, *paths, "--jobs", "1")
    got = rows(out)
    assert [str(r["source"]).replace(str(tmp_path), "T") for r in got] == EXPECTED_SOURCES
    assert [r["status_id"] for r in got] == EXPECTED_IDS
    assert [r["record"] for r in got][3:6] == ["r1", "7", "7"]
    # The broken JSON line and the line without the field are reported, counted, skipped.
    assert status == 1
    assert "T/dump.jsonl:2: not a JSON line" in err
    assert "T/dump.jsonl:4: no field 'html' (this line's fields: id, title); give --field" in err
    assert (
        err.strip()
        .splitlines()[-1]
        .startswith("tweetembed: 6 files, 9 records, 8 embeds, 2 failures,")
    )


def test_jobs_give_the_same_rows_in_the_same_order(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    files = build(tmp_path)
    paths = [str(files[k]) for k in ("pages", "jsonl_gz", "warc", "warc_gz", "seed")]
    one = run(tmp_path, capsys, *paths, "--jobs", "1")
    default = run(tmp_path, capsys, *paths)
    two = run(tmp_path, capsys, *paths, "--jobs", "2")
    assert rows(one[1]) == rows(default[1]) == rows(two[1])
    assert len(rows(one[1])) == 9


def test_missing_file_exit_1_and_the_rest_processed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    files = build(tmp_path)
    status, out, err = run(tmp_path, capsys, str(tmp_path / "nope.html"), str(files["seed"]))
    assert status == 1
    assert [r["source"] for r in rows(out)] == [str(files["seed"])]
    assert "T/nope.html: no such file or folder" in err


def write_table(tmp_path: Path, capsys: pytest.CaptureFixture[str], fmt: str, *paths: Path) -> Path:
    """Run the command line on ``paths`` writing ``fmt`` to a file; it must succeed."""
    out_file = tmp_path / f"embeds.{fmt}"
    status, _, _ = run(tmp_path, capsys, *map(str, paths), "--format", fmt, "-o", str(out_file))
    assert status == 0
    return out_file


def test_csv_output(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    files = build(tmp_path)
    out_file = write_table(tmp_path, capsys, "csv", files["seed"], files["pages"])
    with out_file.open(newline="", encoding="utf-8") as stream:
        table = list(csv.DictReader(stream))
    assert list(table[0]) == list(COLUMNS)
    assert [r["status_id"] for r in table] == ["", *EXPECTED_IDS[:3]]
    assert json.loads(table[0]["author"]) == {"name": "NASA", "handle": "NASA"}
    assert json.loads(table[0]["span"]) == [632, 1229]
    assert table[0]["date"] == "2021-03-13"


def test_parquet_output_with_the_stated_schema(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pq = pytest.importorskip("pyarrow.parquet", reason="pyarrow is in the test extra")
    files = build(tmp_path)
    out_file = write_table(tmp_path, capsys, "parquet", files["seed"], files["warc"])
    table = pq.read_table(out_file)
    assert table.schema.equals(arrow_schema())
    first = table.to_pylist()[0]
    assert first["author"] == {"name": "NASA", "handle": "NASA"}
    assert first["date"] == dt.date(2021, 3, 13)
    assert first["span"] == [632, 1229]
    assert first["emoji_captions"][0] == {
        "emoji": "🔴",
        "caption": "Glover's or “Ike's” suit has red stripes",
    }
    second = table.to_pylist()[1]
    # (1370827335461826574 >> 22) + 1288834974657 = 1615665680171 ms after 1970
    assert second["created_at"] == dt.datetime(
        2021, 3, 13, 20, 1, 20, 171000, tzinfo=dt.timezone.utc
    )
    assert second["options"] == []


def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    for args in (["--format", "parquet", str(SEED)], ["--jobs", "0", str(SEED)], []):
        with pytest.raises(SystemExit) as exit_info:
            main(args)
        assert exit_info.value.code == 2
    capsys.readouterr()


def test_rows_for_pandas(tmp_path: Path) -> None:
    pandas = pytest.importorskip("pandas", reason="pandas is in the test extra")
    files = build(tmp_path)
    frame = pandas.DataFrame(rows_of([str(files["pages"])]))
    assert list(frame.columns) == list(COLUMNS)
    assert frame["status_id"].tolist() == EXPECTED_IDS[:3]


def test_arrow_batch_for_spark(tmp_path: Path) -> None:
    pytest.importorskip("pyarrow", reason="pyarrow is in the test extra")
    from tweetembed.output import arrow_batch

    files = build(tmp_path)
    batch = arrow_batch(rows_of([str(files["seed"]), str(files["pages"])]))
    assert batch.schema.equals(arrow_schema())
    assert batch.num_rows == 4
    assert batch.column("status_id").to_pylist() == [None, *EXPECTED_IDS[:3]]


# One page with an embed of five platforms, from the embed codes in the platform tests.
MIXED = (
    '<p>Intro</p><iframe src="https://www.youtube.com/embed/x2Gf04W_ff8?start=90"></iframe>'
    '<blockquote class="instagram-media" data-instgrm-captioned data-instgrm-permalink="https://www.instagram.com/p/B8pT40EBjoK/" data-instgrm-version="12">'
    '<p><a href="https://www.instagram.com/p/B8pT40EBjoK/">Gracias</a></p><p>A post shared by <a href="https://www.instagram.com/laguzmanmx/">Alejandra Guzmán</a> (@laguzmanmx)</p></blockquote>'
    '<blockquote class="twitter-tweet"><p>Hi</p>&mdash; A (@a) <a href="https://twitter.com/a/status/1370827335461826566">March 13, 2021</a></blockquote>'
    '<iframe src="https://t.me/durov/43?embed=1"></iframe>'
    '<blockquote class="reddit-embed-bq"><a href="https://www.reddit.com/r/aww/comments/tq93vt/x/">A cat</a></blockquote>'
)


def test_every_platform_in_one_table(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pq = pytest.importorskip("pyarrow.parquet", reason="pyarrow is in the test extra")
    page = tmp_path / "mixed.html"
    page.write_text(MIXED, encoding="utf-8")
    table = pq.read_table(write_table(tmp_path, capsys, "parquet", page)).to_pylist()
    assert [(r["platform"], r["post_id"]) for r in table] == [
        ("youtube", "x2Gf04W_ff8"),
        ("instagram", "B8pT40EBjoK"),
        ("twitter", "1370827335461826566"),
        ("telegram", "durov/43"),
        ("reddit", "tq93vt"),
    ]
    assert [r["start"] for r in table] == [90, None, None, None, None]
    assert [r["captioned"] for r in table] == [None, True, None, None, None]
    assert [r["title"] for r in table] == [None, None, None, None, "A cat"]
    assert table[2]["status_id"] == "1370827335461826566"
    csv_rows = list(
        csv.DictReader(write_table(tmp_path, capsys, "csv", page).open(encoding="utf-8"))
    )
    assert [r["platform"] for r in csv_rows] == [
        "youtube",
        "instagram",
        "twitter",
        "telegram",
        "reddit",
    ]
    assert json.loads(csv_rows[1]["author"]) == {"name": "Alejandra Guzmán", "handle": "laguzmanmx"}


def test_platforms_option_keeps_the_named_ones(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = tmp_path / "mixed.html"
    page.write_text(MIXED, encoding="utf-8")
    assert main(["--platforms", "reddit,youtube", str(page)]) == 0
    assert [r["platform"] for r in rows(capsys.readouterr().out)] == ["youtube", "reddit"]


_LATIN = (
    '<p>Crónica</p><blockquote class="twitter-tweet"><p lang="es" dir="ltr">'
    "Gol de José Pérez #Fútbol</p>&mdash; José Pérez (@jperez) "
    '<a href="https://twitter.com/jperez/status/1370827335461826566">13 de marzo de 2021</a>'
    "</blockquote>"
)


def test_encoding_for_files_without_a_declared_charset(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = tmp_path / "latin.html"
    page.write_bytes(_LATIN.encode("latin-1"))
    assert main(["--no-progress", "--jobs", "1", "--encoding", "latin-1", str(page)]) == 0
    [row] = rows(capsys.readouterr().out)
    assert (row["text"], row["hashtags"], row["author"]) == (
        "Gol de José Pérez #Fútbol",
        [{"tag": "Fútbol", "start": 18, "end": 25}],
        {"name": "José Pérez", "handle": "jperez"},
    )
    # Without it, UTF-8: what is not UTF-8 is lost (and said so by U+FFFD).
    assert main(["--no-progress", "--jobs", "1", str(page)]) == 0
    [row] = rows(capsys.readouterr().out)
    assert row["text"] == "Gol de Jos\ufffd P\ufffdrez #F\ufffdtbol"


def test_unknown_encoding_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--encoding", "klingon", str(SEED)])
    assert exit_info.value.code == 2
    assert "unknown charset 'klingon'" in capsys.readouterr().err


def test_a_warc_response_charset_in_its_header(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pytest.importorskip("warcio", reason="warcio is in the test extra")
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    warc = tmp_path / "latin.warc.gz"
    with warc.open("wb") as stream:
        writer = WARCWriter(stream, gzip=True)
        for uri, content_type in [
            ("https://news.example/latin", "text/html; charset=ISO-8859-1"),
            ("https://news.example/undeclared", "text/html"),
        ]:
            headers = StatusAndHeaders("200 OK", [("Content-Type", content_type)], "HTTP/1.1")
            payload = io.BytesIO(_LATIN.encode("latin-1"))
            writer.write_record(
                writer.create_warc_record(uri, "response", payload=payload, http_headers=headers)
            )
    # --encoding covers the record whose header has no charset; the header wins elsewhere.
    assert main(["--no-progress", "--jobs", "1", "--encoding", "cp1252", str(warc)]) == 0
    got = [(r["source"], r["text"]) for r in rows(capsys.readouterr().out)]
    assert got == [
        ("https://news.example/latin", "Gol de José Pérez #Fútbol"),
        ("https://news.example/undeclared", "Gol de José Pérez #Fútbol"),
    ]
    assert main(["--no-progress", "--jobs", "1", str(warc)]) == 0
    got = [(r["source"], r["text"]) for r in rows(capsys.readouterr().out)]
    assert got == [
        ("https://news.example/latin", "Gol de José Pérez #Fútbol"),
        ("https://news.example/undeclared", "Gol de Jos\ufffd P\ufffdrez #F\ufffdtbol"),
    ]


@pytest.mark.parametrize(
    ("name", "first_bytes"),
    [("e.jsonl", b'{"source"'), ("e.NDJSON", b'{"source"'), ("e.csv", b"source,record,")],
)
def test_the_output_format_follows_the_suffix(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, first_bytes: bytes
) -> None:
    out = tmp_path / name
    assert main(["--no-progress", "--jobs", "1", "-o", str(out), str(SEED)]) == 0
    assert out.read_bytes().startswith(first_bytes)


def test_a_parquet_suffix_writes_parquet(tmp_path: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet", reason="pyarrow is in the test extra")
    out = tmp_path / "e.parquet"
    assert main(["--no-progress", "--jobs", "1", "-o", str(out), str(SEED)]) == 0
    assert out.read_bytes()[:4] == b"PAR1"
    table = pq.read_table(out)
    assert table.column("author").to_pylist() == [{"name": "NASA", "handle": "NASA"}]
    assert table.column("span").to_pylist() == [[632, 1229]]


def test_an_unknown_suffix_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["-o", str(tmp_path / "e.txt"), str(SEED)])
    assert exit_info.value.code == 2
    assert "cannot tell the format of" in capsys.readouterr().err
    assert not (tmp_path / "e.txt").exists()
    # --format says it outright.
    assert main(["--no-progress", "--format", "csv", "-o", str(tmp_path / "e.txt"), str(SEED)]) == 0
    assert (tmp_path / "e.txt").read_text("utf-8").startswith("source,record,")


def test_version_and_quiet(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--version"])
    assert exit_info.value.code == 0
    assert capsys.readouterr().out == "tweetembed 0.1.0\n"
    assert main(["-q", "--jobs", "1", str(SEED), "missing.html"]) == 1
    captured = capsys.readouterr()
    assert len(rows(captured.out)) == 1
    # The failure is still reported; the summary is not.
    assert captured.err == "tweetembed: missing.html: no such file or folder\n"


def test_json_lines_on_standard_input_and_input_format(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    lines = "".join(
        json.dumps({"id": f"r{n}", "body": f"<p>{n}</p>{SEED.read_text('utf-8')}"}) + "\n"
        for n in (1, 2)
    )
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(gzip.compress(lines.encode()))))
    assert main(["--no-progress", "--jobs", "1", "--field", "body", "-"]) == 0
    got = [(r["source"], r["record"]) for r in rows(capsys.readouterr().out)]
    assert got == [("-:1", "r1"), ("-:2", "r2")]
    # A name that says "page" read as JSON Lines because the user says so.
    dump = tmp_path / "dump.txt"
    dump.write_text(lines, "utf-8")
    assert main(["--no-progress", "--jobs", "1", "--field", "body", str(dump)]) == 0
    # (Read as one page, it holds the embeds as JSON-escaped copies.)
    got = [(r["source"], r["escaped"]) for r in rows(capsys.readouterr().out)]
    assert got == [(str(dump), "json"), (str(dump), "json")]
    args = ["--no-progress", "--jobs", "1", "--field", "body", "--input-format", "jsonl"]
    assert main([*args, str(dump)]) == 0
    got = [r["source"] for r in rows(capsys.readouterr().out)]
    assert got == [f"{dump}:1", f"{dump}:2"]


def test_articles_give_a_row_to_every_article_and_rows_find_their_record(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    files = build(tmp_path)
    status, out, _ = run(tmp_path, capsys, str(files["warc"]), "--jobs", "1", "--articles")
    got = rows(out)
    warc_bytes = files["warc"].read_bytes()
    assert status == 0
    assert [(r["source"], r["embeds"], r["status_id"]) for r in got] == [
        ("https://news.example/a", 1, str(1370827335461826566 + 8)),
        ("https://news.example/b", 0, None),  # no embed: one row, its embed columns empty
    ]
    assert all(r["file"] == str(files["warc"]) for r in got)
    # The offset finds each record again: its WARC header starts there and names its URI.
    for r in got:
        header = warc_bytes[r["offset"] : r["offset"] + 400]
        assert header.startswith(b"WARC/1.0\r\n")
        assert f"WARC-Target-URI: {r['source']}".encode() in header
    assert {k for k, v in got[1].items() if v is not None} == {
        "source", "record", "file", "offset", "embeds",
    }  # fmt: skip
    # Without --articles, only rows of embeds.
    _, out, _ = run(tmp_path, capsys, str(files["warc"]), "--jobs", "1")
    assert [r["source"] for r in rows(out)] == ["https://news.example/a"]


def test_a_warc_gz_row_gives_its_gzip_member_offset(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    files = build(tmp_path)
    _, out, _ = run(tmp_path, capsys, str(files["warc_gz"]), "--jobs", "1")
    [got] = rows(out)
    data = files["warc_gz"].read_bytes()
    offset = got["offset"]
    assert isinstance(offset, int) and data[offset : offset + 3] == b"\x1f\x8b\x08"
    member = zlib.decompressobj(31).decompress(data[offset:])
    assert b"WARC-Target-URI: https://news.example/c" in member


def test_jobs_give_the_same_rows_on_a_warc_cut_into_parts(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pytest.importorskip("warcio", reason="warcio is in the test extra")
    from test_cli_faults import _warc_gz
    from tweetembed import warc as warc_module

    monkeypatch.setattr(warc_module, "_MIN_PART", 2000)  # (the parent cuts the file)
    warc = tmp_path / "crawl.warc.gz"
    _warc_gz(warc, 101)
    one = list(rows_of([str(warc)], jobs=1))
    two = list(rows_of([str(warc)], jobs=2))
    assert len(one) == 101 and one == two


def test_jobs_give_the_same_rows_and_messages_on_json_lines_cut_into_blocks(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from tweetembed import jsonlines

    from corpus_files import embed

    monkeypatch.setattr(jsonlines, "_JSON_BLOCK", 3000)  # blocks of a small file
    lines = []
    for n in range(60):
        if n % 7 == 3:
            lines.append(json.dumps({"id": n, "body": "no html here"}))
        elif n % 11 == 5:
            lines.append("{broken")
        else:
            lines.append(json.dumps({"id": n, "html": f"<p>{n}</p>{embed(n)}"}))
    dump = tmp_path / "dump.jsonl.gz"
    dump.write_bytes(gzip.compress(("\n".join(lines) + "\n").encode()))
    outputs = []
    for jobs in ("1", "2"):
        status = main(["--no-progress", "--jobs", jobs, str(dump)])
        captured = capsys.readouterr()
        outputs.append((status, captured.out, captured.err.splitlines()[:-1]))
    assert outputs[0] == outputs[1]
    status, out, errors = outputs[0]
    assert status == 1
    assert [r["record"] for r in rows(out)] == [
        str(n) for n in range(60) if n % 7 != 3 and n % 11 != 5
    ]
    assert [e.split(": ", 2)[1] for e in errors if "not a JSON line" in e] == [
        f"{dump}:{n + 1}" for n in range(60) if n % 11 == 5 and n % 7 != 3
    ]


def test_the_progress_bar_counts_bytes_of_input_with_a_total(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    files = build(tmp_path)
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    status = main([str(files["pages"]), str(files["warc_gz"]), "--jobs", "1"])
    err = capsys.readouterr().err
    assert status == 0
    size = sum(p.stat().st_size for p in files["pages"].rglob("*") if p.is_file())
    size += files["warc_gz"].stat().st_size
    last = err.rsplit("\r", 1)[-1].splitlines()[0]
    # "100%|██████████| 1.23k/1.23k [00:00<00:00, 4.56kB/s, 4 records, 4 embeds]"
    assert last.startswith("100%|")
    from tqdm import tqdm

    shown = tqdm.format_sizeof(size, divisor=1024)  # as tqdm writes a size: 7.53k
    assert f" {shown}/{shown} [" in last
    assert "B/s, 4 records, 4 embeds]" in last
    assert err.splitlines()[-1].startswith("tweetembed: 4 files, 4 records, 4 embeds, 0 failures,")


def test_verbose_tells_each_file_read(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    files = build(tmp_path)
    status, _, err = run(tmp_path, capsys, str(files["pages"]), str(files["jsonl"]), "-v")
    assert status == 1
    assert err.splitlines()[:4] == [
        "tweetembed: read T/pages/deeper/two.html.gz: 1 records, 2 embeds",
        "tweetembed: read T/pages/one.html: 1 records, 1 embeds",
        "tweetembed: read T/pages/plain.txt: 1 records, 0 embeds",
        f"tweetembed: T/dump.jsonl:2: {err.split('dump.jsonl:2: ')[1].splitlines()[0]}",
    ]
    assert "tweetembed: read T/dump.jsonl: 3 records, 3 embeds" in err.splitlines()


@pytest.mark.reader_errors
@pytest.mark.parametrize("verbose", [False, True])
def test_a_reader_bug_is_one_line_and_its_traceback_only_with_verbose(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    verbose: bool,
) -> None:
    import attrs

    from tweetembed import platforms

    def broken(*args: object) -> None:
        raise ZeroDivisionError("a bug in a reader")

    monkeypatch.setitem(
        platforms._TABLE, "twitter", attrs.evolve(platforms._TABLE["twitter"], read=broken)
    )
    files = build(tmp_path)
    flags = ["-v"] if verbose else []
    status, out, err = run(
        tmp_path, capsys, str(files["pages"] / "one.html"), "--jobs", "1", *flags
    )
    assert (status, out) == (0, "")
    lines = err.splitlines()
    message = "tweetembed: could not read the embed at 8"
    if verbose:
        assert lines[0] == message
        assert lines[1] == "Traceback (most recent call last):"
        assert "ZeroDivisionError: a bug in a reader" in lines
    else:
        assert lines == [
            message + " (a bug: -v shows where; please report it)",
            lines[-1],
        ]
        assert "Traceback" not in err


@pytest.mark.parametrize("window", [1, 2])
def test_jobs_give_the_same_rows_and_messages_when_this_process_reads_chunks_too(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    window: int,
) -> None:
    """With --jobs 2 one worker reads chunks and this process reads a unit itself (a
    file, a WARC part, a block of JSON Lines) whenever the worker has a window of
    them in hand, and at the end takes back whole chunks the worker has not begun:
    with two files a chunk and a window of one or two, both read, this process a unit
    at a time or a chunk, and rows, messages and counts are --jobs 1's."""
    from tweetembed import reading

    files = build(tmp_path)
    paths = [str(files[k]) for k in ("pages", "jsonl_gz", "warc", "warc_gz", "seed")]
    one = run(tmp_path, capsys, *paths, "--jobs", "1")
    monkeypatch.setattr(reading, "_CHUNK", 2)
    monkeypatch.setattr(reading, "_WINDOW", window)
    local: list[int] = []
    here = reading._parse_here

    def counted(units: list[Any], options: Any) -> list[Any]:
        local.append(len(units))
        return here(units, options)

    monkeypatch.setattr(reading, "_parse_here", counted)
    two = run(tmp_path, capsys, *paths, "--jobs", "2")
    assert rows(one[1]) == rows(two[1]) and len(rows(two[1])) == 9
    # The messages and the summary, but its seconds.
    assert one[0] == two[0] and one[2].rsplit(",", 1)[0] == two[2].rsplit(",", 1)[0]
    # This process read units itself, one at a time, and perhaps a chunk taken back.
    assert 1 in local and set(local) <= {1, 2}
