"""The command line's allocator keeps freed memory (tweetembed._malloc)."""

from __future__ import annotations

import subprocess
import sys

import pytest

# A fresh process writes a block of 4 MB, frees it and writes the next, a little
# longer (as pages and blocks of JSON Lines come), 40 times, and prints the page
# faults that cost it. (Blocks of one size glibc learns to keep by itself.)
_CHURN = """
import resource, sys
from tweetembed._malloc import keep_freed_memory
told = keep_freed_memory() if sys.argv[1] == "tell" else False
before = resource.getrusage(resource.RUSAGE_SELF).ru_minflt
for k in range(40):
    block = bytes([k]) * ((4 << 20) + k * 65536)
    del block
print(told, resource.getrusage(resource.RUSAGE_SELF).ru_minflt - before)
"""


def _faults(mode: str) -> tuple[str, int]:
    done = subprocess.run(
        [sys.executable, "-c", _CHURN, mode], check=True, capture_output=True, text=True
    )
    told, faults = done.stdout.split()
    return told, int(faults)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc's mallopt: Linux only")
def test_freed_blocks_are_reused_without_new_pages() -> None:
    import platform

    if platform.libc_ver()[0] != "glibc":
        pytest.skip("the allocator is not glibc's")
    told, faults = _faults("tell")
    _, untold = _faults("leave")
    assert told == "True"
    # 40 blocks of 1,024 pages and more: each a fresh mapping untold; told, the heap's
    # pages are written once and reused, and only each block's longer end is new.
    assert untold > 30 * 1024
    assert faults < 3 * 1024
