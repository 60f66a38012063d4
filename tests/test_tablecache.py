"""tablecache: the tables built from Babel's data are kept between processes, and a
cache that is missing, damaged or cannot be written changes nothing but the time."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tweetembed import dates, tablecache

from conftest import SEED

FRESH = (
    "import sys, tweetembed; "
    "[e] = tweetembed.parse(open(sys.argv[1], 'rb').read()); "
    "print(e.date, 'babel' in sys.modules)"
)


def fresh_process(folder: str) -> str:
    env = dict(os.environ, TWEETEMBED_CACHE=folder)
    done = subprocess.run(
        [sys.executable, "-c", FRESH, str(SEED)], env=env, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


def test_a_second_process_reads_the_dates_without_babel(tmp_path: Path) -> None:
    folder = tmp_path / "cache"
    assert fresh_process(str(folder)) == "2021-03-13 True"  # built with Babel, kept
    assert [p.name.split("-")[:2] for p in folder.iterdir()] == [["dates", "en"]]
    assert fresh_process(str(folder)) == "2021-03-13 False"  # read back: no Babel


@pytest.mark.parametrize("lang", ["en", "de", "ja", "ar", "zh-tw", "msa", "xx-nonesuch"])
def test_a_kept_table_is_the_table_babel_gives(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str
) -> None:
    monkeypatch.setenv("TWEETEMBED_CACHE", str(tmp_path))
    dates._locale_dates.cache_clear()
    dates._locale_months.cache_clear()
    dates._read_date.cache_clear()
    built = dates._locale_dates(lang)
    dates._locale_dates.cache_clear()
    dates._locale_months.cache_clear()
    dates._read_date.cache_clear()
    [path] = tmp_path.iterdir()
    kept = dates._locale_dates(lang)  # from the file
    # regex's compiled patterns compare by identity (equal only while its compile cache
    # holds them), so compare what they were compiled from.
    assert kept.months == built.months
    assert [(p.pattern, p.flags) for p in kept.patterns] == [
        (p.pattern, p.flags) for p in built.patterns
    ]
    assert json.loads(path.read_text("utf-8")) == dates._locale_table(dates._cldr_code(lang))
    dates._locale_dates.cache_clear()
    dates._locale_months.cache_clear()
    dates._read_date.cache_clear()


def test_a_damaged_missing_or_unwritable_cache_changes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    want = dates._locale_table("de")
    monkeypatch.setenv("TWEETEMBED_CACHE", str(tmp_path))
    tablecache.store("dates-de", "babel", want)
    [path] = tmp_path.iterdir()
    path.write_text('[{"januar": 1', "utf-8")  # cut short
    dates._locale_dates.cache_clear()
    dates._locale_months.cache_clear()
    dates._read_date.cache_clear()
    assert dates.parse_date("13. März 2021", ["de"]) is not None
    assert json.loads(path.read_text("utf-8")) == want  # built again and kept
    a_file = tmp_path / "not-a-folder"
    a_file.write_text("x", "utf-8")
    monkeypatch.setenv("TWEETEMBED_CACHE", str(a_file))  # cannot hold files
    dates._locale_dates.cache_clear()
    dates._locale_months.cache_clear()
    dates._read_date.cache_clear()
    assert dates.parse_date("13. März 2021", ["de"]) is not None
    assert tablecache.load("dates-de", "babel") is None
    monkeypatch.setenv("TWEETEMBED_CACHE", "")  # turned off
    tablecache.store("dates-de", "babel", want)
    assert tablecache.load("dates-de", "babel") is None
    dates._locale_dates.cache_clear()
    dates._locale_months.cache_clear()
    dates._read_date.cache_clear()
