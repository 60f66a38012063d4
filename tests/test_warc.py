"""warc: WARC responses read by FastWARC or warcio, damage reported once, parts for workers."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from tweetembed.inputs import Record, RecordError
from tweetembed.records import read_records


def _without_fastwarc(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "fastwarc.warc", None)  # import raises ImportError


@pytest.mark.parametrize("damage", ["none", "cut off", "zeroed"])
def test_the_same_records_with_and_without_fastwarc(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, damage: str
) -> None:
    pytest.importorskip("fastwarc", reason="fastwarc is in the warc extra")
    from test_cli_faults import _warc_gz

    warc = tmp_path / "crawl.warc.gz"
    offsets = _warc_gz(warc, 60)
    data = bytearray(warc.read_bytes())
    if damage == "cut off":  # inside the last record: FastWARC alone would give it whole
        data = data[: offsets[-2] + (offsets[-1] - offsets[-2]) // 2]
    elif damage == "zeroed":  # inside record 20: FastWARC alone would stop there
        data[offsets[20] + 20 : offsets[20] + 70] = bytes(50)
    warc.write_bytes(bytes(data))
    fast = list(read_records([warc]))
    with monkeypatch.context() as patch:
        _without_fastwarc(patch)
        slow = list(read_records([warc]))
    assert fast == slow
    records = [r for r in fast if isinstance(r, Record)]
    errors = [r for r in fast if isinstance(r, RecordError)]
    assert len(records) == {"none": 60, "cut off": 59, "zeroed": 59}[damage]
    assert len(errors) == {"none": 0, "cut off": 1, "zeroed": 1}[damage]
    lost = {"none": set(), "cut off": {59}, "zeroed": {20}}[damage]
    assert [r.offset for r in records] == [o for n, o in enumerate(offsets[:-1]) if n not in lost]


@pytest.mark.parametrize("damage", ["none", "zeroed"])
def test_a_warc_gz_cut_into_parts_gives_the_same_records(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, damage: str
) -> None:
    pytest.importorskip("warcio", reason="warcio is in the test extra")
    from test_cli_faults import _warc_gz
    from tweetembed import warc as warc_module
    from tweetembed.records import read_units
    from tweetembed.warc import WarcPart, read_part

    monkeypatch.setattr(warc_module, "_MIN_PART", 2000)  # parts of a small file
    warc = tmp_path / "crawl.warc.gz"
    offsets = _warc_gz(warc, 101)
    if damage == "zeroed":
        data = bytearray(warc.read_bytes())
        data[offsets[50] + 20 : offsets[50] + 70] = bytes(50)
        warc.write_bytes(bytes(data))
    whole = list(read_records([warc]))
    parts = list(read_units([warc], parts=8))
    assert len(parts) == 8 and all(isinstance(p, WarcPart) for p in parts)
    # Each part starts where a record (a gzip member) starts.
    assert all(p.start in offsets for p in parts if isinstance(p, WarcPart))
    pieces = [r for p in parts if isinstance(p, WarcPart) for r in read_part(p)]
    assert [r for r in pieces if isinstance(r, Record)] == [
        r for r in whole if isinstance(r, Record)
    ]
    errors = [r for r in pieces if isinstance(r, RecordError)]
    assert len(errors) == (damage == "zeroed")


def test_a_warc_without_warcio_says_what_to_install(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from test_cli_faults import _warc_gz

    warc = tmp_path / "crawl.warc.gz"
    _warc_gz(warc, 2)
    monkeypatch.setitem(sys.modules, "warcio", None)  # as if not installed
    assert list(read_records([warc])) == [
        RecordError(str(warc), "reading WARC needs warcio: pip install 'tweetembed[warc]'")
    ]


def test_a_healthy_warc_gz_is_read_without_importing_warcio(tmp_path: Path) -> None:
    # FastWARC reads it; warcio (~60 ms to import) only reads what FastWARC cannot.
    pytest.importorskip("fastwarc", reason="fastwarc is in the warc extra")
    import subprocess

    from test_cli_faults import _warc_gz

    warc = tmp_path / "crawl.warc.gz"
    _warc_gz(warc, 3)
    script = (
        "import sys\nfrom pathlib import Path\nfrom tweetembed.records import read_records\n"
        f"n = sum(1 for _ in read_records([Path({str(warc)!r})]))\n"
        "print(n, 'warcio' in sys.modules)\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert done.stdout.split() == ["3", "False"], done.stderr
