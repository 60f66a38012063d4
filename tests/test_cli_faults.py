"""The command line under faults: every one reported with where it was, counted, never
a traceback or a hang, every valid row kept (issue 15)."""

from __future__ import annotations

import gzip
import io
import json
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tweetembed.cli import main

from conftest import SEED

PAGE = SEED.read_bytes()


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, list[dict[str, object]], str]:
    status = main([*args, "--no-progress", "--jobs", "1"])
    captured = capsys.readouterr()
    return status, [json.loads(line) for line in captured.out.splitlines()], captured.err


def test_special_files_and_broken_links_in_a_folder_are_reported_and_counted(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "pages"
    folder.mkdir()
    (folder / "a.html").write_bytes(PAGE)
    os.mkfifo(folder / "b.fifo")
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(folder / "c.sock"))
    (folder / "d.link").symlink_to(folder / "missing.html")
    (folder / "e.loop").symlink_to(folder)  # a link back to the folder being read
    (folder / "z.html").write_bytes(PAGE)
    try:
        status, rows, err = run(capsys, str(folder))
    finally:
        server.close()
    assert status == 1
    assert [r["source"] for r in rows] == [str(folder / "a.html"), str(folder / "z.html")]
    lines = err.splitlines()
    assert f"tweetembed: {folder / 'b.fifo'}: skipped: a FIFO" in lines
    assert f"tweetembed: {folder / 'c.sock'}: skipped: a socket" in lines
    assert f"tweetembed: {folder / 'd.link'}: cannot be read: a broken link" in lines
    assert (
        f"tweetembed: {folder / 'e.loop'}: skipped: a link back to a folder already read" in lines
    )
    assert "2 records, 2 embeds, 4 failures" in lines[-1]


def test_a_fifo_given_as_a_path_does_not_wait(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fifo = tmp_path / "in.fifo"
    os.mkfifo(fifo)
    status, rows, err = run(capsys, str(fifo), str(SEED))
    assert (status, len(rows)) == (1, 1)
    assert f"tweetembed: {fifo}: skipped: a FIFO" in err.splitlines()


def test_a_folder_that_cannot_be_listed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # (Root reads every folder: the refusal is made by os.scandir itself here.)
    locked = tmp_path / "locked"
    locked.mkdir()
    (tmp_path / "ok.html").write_bytes(PAGE)
    real = os.scandir

    def scandir(path: object) -> object:
        if Path(str(path)) == locked:
            raise PermissionError(13, "Permission denied", str(path))
        return real(path)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "scandir", scandir)
    status, rows, err = run(capsys, str(tmp_path))
    assert (status, len(rows)) == (1, 1)
    assert f"tweetembed: {locked}: cannot be listed: Permission denied" in err.splitlines()


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "parquet"])
def test_a_file_name_that_is_not_utf8_is_written_losslessly(tmp_path: Path, fmt: str) -> None:
    pytest.importorskip("pyarrow", reason="pyarrow is in the test extra")
    name = os.fsencode(tmp_path) + b"/caf\xe9.html"
    with open(name, "wb") as stream:
        stream.write(PAGE)
    (tmp_path / "z.html").write_bytes(PAGE)
    out = tmp_path / f"rows.{fmt}"
    done = subprocess.run(
        [sys.executable, "-m", "tweetembed", str(tmp_path), "-o", str(out), "--format", fmt],
        capture_output=True, timeout=120, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    if fmt == "parquet":
        import pyarrow.parquet as pq

        sources = pq.read_table(out).column("source").to_pylist()
    elif fmt == "csv":
        import csv

        sources = [r["source"] for r in csv.DictReader(out.open(encoding="utf-8"))]
    else:
        sources = [json.loads(line)["source"] for line in out.read_text("utf-8").splitlines()]
    # The byte that is not UTF-8 is written as \xe9: the name can be found again.
    assert sources == [f"{tmp_path}/caf\\xe9.html", f"{tmp_path}/z.html"]


def test_corrupt_gzip_on_standard_input(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    cut = gzip.compress(PAGE)[:-30]
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(cut)))
    status, rows, err = run(capsys, "-")
    assert (status, rows) == (1, [])
    assert err.splitlines()[0].startswith(
        "tweetembed: -: standard input is not a whole gzip stream"
    )
    assert "Traceback" not in err


@pytest.mark.parametrize(
    ("target", "reason"),
    [
        ("missing/rows.jsonl", "No such file or directory"),
        (".", "Is a directory"),
        ("/dev/full", "No space left on device"),
    ],
)
def test_an_output_that_cannot_be_written_is_one_line_and_status_3(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], target: str, reason: str
) -> None:
    output = target if target.startswith("/") else str(tmp_path / target)
    status = main([str(SEED), "-o", output, "--no-progress", "--jobs", "1"])
    err = capsys.readouterr().err
    assert status == 3
    assert err.splitlines()[0] == f"tweetembed: cannot write {output}: {reason}"
    assert "Traceback" not in err


def test_a_closed_pipe_ends_the_run_with_one_line(tmp_path: Path) -> None:
    for n in range(40):
        (tmp_path / f"{n:02}.html").write_bytes(PAGE * 50)
    done = subprocess.run(
        f"{sys.executable} -m tweetembed {tmp_path} --jobs 1 | head -c 10",
        shell=True, capture_output=True, timeout=120, check=False,
        executable="/bin/bash",
    )  # fmt: skip
    assert len(done.stdout) == 10
    err = done.stderr.decode()
    assert "Traceback" not in err and "Exception ignored" not in err
    assert (
        err.splitlines()[0] == "tweetembed: standard output was closed before every row was written"
    )


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_ctrl_c_ends_the_run_at_once_with_the_rows_so_far_whole(tmp_path: Path, jobs: str) -> None:
    # Input for much longer than the wait below: the run must still be going.
    for n in range(1000):
        (tmp_path / f"{n:04}.html").write_bytes(PAGE * 40)
    out = tmp_path.parent / f"rows-{jobs}.jsonl"
    process = subprocess.Popen(
        [sys.executable, "-m", "tweetembed", str(tmp_path), "--jobs", jobs, "-o", str(out)],
        stderr=subprocess.PIPE, start_new_session=True,
    )  # fmt: skip
    deadline = time.monotonic() + 60
    while (not out.exists() or out.stat().st_size < 1000) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert process.poll() is None, "the run ended before it could be interrupted"
    os.killpg(process.pid, signal.SIGINT)  # as a terminal's Ctrl-C: the whole group
    _, err = process.communicate(timeout=30)
    assert process.returncode == 130
    lines = err.decode().splitlines()
    assert len(lines) == 1 and lines[0].startswith("tweetembed: interrupted after "), lines
    rows = [json.loads(line) for line in out.read_text("utf-8").splitlines()]  # whole lines
    assert rows and all(r["platform"] == "twitter" for r in rows)
    with pytest.raises(ProcessLookupError):  # no process of the run is left
        os.killpg(process.pid, 0)


def test_an_interrupted_parquet_run_leaves_a_valid_file(tmp_path: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet", reason="pyarrow is in the test extra")
    pages = tmp_path / "pages"
    pages.mkdir()
    for n in range(2000):
        (pages / f"{n:04}.html").write_bytes(PAGE * 20)  # 40,000 rows: 8 row groups
    out = tmp_path / "rows.parquet"
    process = subprocess.Popen(
        [sys.executable, "-m", "tweetembed", str(pages), "--jobs", "1", "--format", "parquet", "-o", str(out)],
        stderr=subprocess.PIPE, start_new_session=True,
    )  # fmt: skip
    deadline = time.monotonic() + 60
    while (not out.exists() or out.stat().st_size < 20_000) and time.monotonic() < deadline:
        time.sleep(0.05)  # the first row group is written
    os.killpg(process.pid, signal.SIGINT)
    process.communicate(timeout=30)
    assert process.returncode == 130
    table = pq.read_table(out)
    assert 0 < table.num_rows < 40_000
    assert set(table.column("platform").to_pylist()) == {"twitter"}


def _warc_gz(path: Path, count: int) -> list[int]:
    """A WARC.gz of ``count`` HTML responses with one embed each; the byte offsets at
    which its records (gzip members) start, and the file's size last."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    from corpus_files import embed

    offsets = []
    with path.open("wb") as stream:
        writer = WARCWriter(stream, gzip=True)
        for n in range(count):
            offsets.append(stream.tell())
            headers = StatusAndHeaders(
                "200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1"
            )
            writer.write_record(
                writer.create_warc_record(
                    f"https://news.example/{n}",
                    "response",
                    payload=io.BytesIO(embed(n).encode()),
                    http_headers=headers,
                )
            )
        offsets.append(stream.tell())
    return offsets


def test_a_truncated_warc_gz_is_reported_and_counted(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pytest.importorskip("warcio", reason="warcio is in the test extra")
    warc = tmp_path / "crawl.warc.gz"
    offsets = _warc_gz(warc, 101)
    cut = offsets[-2] + (offsets[-1] - offsets[-2]) // 2  # inside the last record
    warc.write_bytes(warc.read_bytes()[:cut])
    status, rows, err = run(capsys, str(warc))
    assert status == 1
    assert [r["source"] for r in rows] == [f"https://news.example/{n}" for n in range(100)]
    lines = err.splitlines()
    assert lines[:-1] == [
        f"tweetembed: {warc}: cut off: the record at byte {offsets[-2]} ends with the file"
    ]
    assert "100 records, 100 embeds, 1 failures" in lines[-1]


def test_zeroed_bytes_in_a_warc_gz_cost_only_their_records(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pytest.importorskip("warcio", reason="warcio is in the test extra")
    warc = tmp_path / "crawl.warc.gz"
    offsets = _warc_gz(warc, 101)
    start = offsets[40] + 20  # 50 zero bytes from inside record 40
    data = bytearray(warc.read_bytes())
    data[start : start + 50] = bytes(50)
    warc.write_bytes(bytes(data))
    hit = [n for n in range(101) if offsets[n] < start + 50 and start < offsets[n + 1]]
    status, rows, err = run(capsys, str(warc))
    assert status == 1
    assert [r["source"] for r in rows] == [
        f"https://news.example/{n}" for n in range(101) if n not in hit
    ]
    lines = err.splitlines()
    # One line for the damaged stretch, from the start of the first record hit to
    # the next record that reads; none of the WARC reader's own messages.
    assert lines[:-1] == [
        f"tweetembed: {warc}: damaged bytes {offsets[hit[0]]}–{offsets[hit[-1] + 1]} skipped (not a gzip member)"
    ]
    assert f"{101 - len(hit)} records" in lines[-1] and "1 failures" in lines[-1]


def test_a_killed_worker_fails_the_inputs_it_held_and_the_run_goes_on(tmp_path: Path) -> None:
    # A worker killed from outside (the kernel's out-of-memory killer, a user's kill):
    # each input of the chunk it held is reported and counted; every other input's row
    # is written, by the parent alone once no worker is left.
    folder = tmp_path / "pages"
    folder.mkdir()
    count = 1000
    for n in range(count):
        (folder / f"{n:04}.html").write_bytes(PAGE * 40)
    out = tmp_path / "rows.jsonl"
    process = subprocess.Popen(
        [sys.executable, "-m", "tweetembed", str(folder), "--jobs", "2", "-o", str(out)],
        stderr=subprocess.PIPE,
    )  # fmt: skip
    children = Path(f"/proc/{process.pid}/task/{process.pid}/children")
    deadline = time.monotonic() + 60
    while (not out.exists() or out.stat().st_size < 1000) and time.monotonic() < deadline:
        time.sleep(0.05)
    workers = children.read_text().split()
    assert process.poll() is None and len(workers) == 1, "the run ended before the kill"
    os.kill(int(workers[0]), signal.SIGKILL)
    _, err = process.communicate(timeout=60)
    lines = err.decode().splitlines()
    lost = [line for line in lines if "not read: worker process ended (-9)" in line]
    assert process.returncode == 1
    kept = count - len(lost)
    assert lost and lines[-1].startswith(f"tweetembed: {kept} files, {kept} records")
    assert f"{len(lost)} failures" in lines[-1]
    assert len(lines) == len(lost) + 1, lines[:3]
    read = {json.loads(line)["source"] for line in out.read_text("utf-8").splitlines()}
    named = {line.split(": ")[1] for line in lost}
    assert read | named == {str(folder / f"{n:04}.html") for n in range(count)}
    assert not read & named


def test_a_json_line_nested_past_the_decoders_depth_is_reported_and_the_rest_kept(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # (json.loads raises RecursionError, not ValueError, past ~1,000 levels: it was a
    # traceback that lost the lines after it.)
    lines = tmp_path / "pages.jsonl"
    page = json.dumps({"html": PAGE.decode("utf-8")})
    lines.write_text(f"{page}\n{'[' * 100_000}{']' * 100_000}\n{page}\n", encoding="utf-8")
    status, rows, err = run(capsys, str(lines), "--field", "html")
    assert status == 1
    assert [r["source"] for r in rows] == [f"{lines}:1", f"{lines}:3"]
    messages = err.splitlines()
    assert messages[0].startswith(f"tweetembed: {lines}:2: not a JSON line: maximum recursion")
    assert "2 records, 2 embeds, 1 failures" in messages[-1]
