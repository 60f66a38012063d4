"""compression: told by the bytes, read through whatever the file is called."""

from __future__ import annotations

import bz2
import gzip
import io
import lzma
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from tweetembed.compression import (
    Unreadable,
    compression_at,
    compression_of,
    decompressing,
    open_decompressed,
    read_decompressed,
)

DATA = b"<p>An article</p>\n" * 500


def _zstd(data: bytes) -> bytes:
    zstandard = pytest.importorskip("zstandard", reason="zstandard is in the test extra")
    return bytes(zstandard.ZstdCompressor().compress(data))


PACKS: dict[str, Callable[[bytes], bytes]] = {
    "gzip": gzip.compress,
    "bzip2": bz2.compress,
    "xz": lzma.compress,
    "zstd": _zstd,
}


@pytest.mark.parametrize("name", sorted(PACKS))
def test_each_compression_is_told_by_its_bytes_and_read_through(tmp_path: Path, name: str) -> None:
    packed = PACKS[name](DATA)
    assert compression_of(packed[:6]) == name
    raw = io.BytesIO(packed)
    assert (compression_at(raw), raw.tell()) == (name, 0)
    with decompressing(io.BytesIO(packed), name) as stream:
        assert stream.read() == DATA
    # A name that says nothing, or the wrong thing: the bytes decide.
    path = tmp_path / "page.html"
    path.write_bytes(packed)
    with open_decompressed(path) as stream:
        assert stream.read() == DATA
    assert read_decompressed(path) == DATA


def test_plain_bytes_are_read_as_they_are(tmp_path: Path) -> None:
    assert compression_of(DATA[:6]) is None
    assert compression_at(io.BytesIO(DATA)) is None
    assert compression_of(b"") is None
    path = tmp_path / "page.html.gz"  # not gzip, whatever it is called
    path.write_bytes(DATA)
    with open_decompressed(path) as stream:
        assert stream.read() == DATA
    assert read_decompressed(path) == DATA
    (tmp_path / "empty.html").write_bytes(b"")
    assert read_decompressed(tmp_path / "empty.html") == b""


def test_zstandard_without_its_package_says_what_to_install(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    packed = _zstd(DATA)
    monkeypatch.setitem(sys.modules, "zstandard", None)  # as if not installed
    raw = io.BytesIO(packed)
    with pytest.raises(Unreadable) as error:
        decompressing(raw, "zstd")
    assert str(error.value) == (
        "Zstandard-compressed: reading it needs zstandard: pip install 'tweetembed[zstd]'"
    )
    assert raw.closed
