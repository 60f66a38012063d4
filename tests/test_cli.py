"""The command line: JSON lines per embed, failures reported and counted."""

from __future__ import annotations

import gzip
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from tweetembed.cli import main

from conftest import SEED


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
