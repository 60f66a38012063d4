"""Every code block of the README and the guide runs, in a folder that holds the
files they name, and does what the text around it says.

Shell blocks run through bash as written, with two stand-ins on ``PATH`` (tests make
no network access and install nothing): ``curl`` prints a saved article, and ``pip``
checks that what it is asked to install exists (the extras in pyproject.toml, a
package already installed) instead of installing it. The README's test command is
the one line not run here: CI runs it (``.ci/run``, checked below). The fuzzing
block runs with its time limit cut from 600 s to a few seconds. Python blocks are
run by ``test_readme.py`` (the README's), ``test_spark.py`` (Spark) and here.
"""

from __future__ import annotations

import gzip
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import tomllib

from conftest import ROOT, SEED
from corpus_files import build, embed

DOCS = {name: (ROOT / name).read_text("utf-8") for name in ("README.md", "docs/guide.md")}
FENCE = re.compile(r"```(\w+)\n(.*?)```", re.S)
INSTALL = "pip install -q '.[test]' && python -m pytest -q"
# The seed's tweet (NASA's) links no status.
SEED_AUTHOR = {"name": "NASA", "handle": "NASA"}


def blocks(language: str) -> list[tuple[str, str]]:
    return [
        (name, code)
        for name, text in DOCS.items()
        for lang, code in FENCE.findall(text)
        if lang == language
    ]


_PIP = """\
#!{python}
# A stand-in for pip: checks what it is asked to install, installs nothing.
import importlib.util, re, sys, tomllib
extras = tomllib.load(open({pyproject!r}, "rb"))["project"]["optional-dependencies"]
args = [a for a in sys.argv[1:] if not a.startswith("-")]
assert args[0] == "install", args
for spec in args[1:]:
    m = re.fullmatch(r"\\.(?:\\[([\\w,]+)\\])?", spec)
    if m:
        unknown = set(m[1].split(",") if m[1] else ()) - set(extras)
        assert not unknown, f"no extra {{unknown}} in pyproject.toml"
    else:
        assert importlib.util.find_spec(spec) is not None, f"{{spec}} is not installable here"
"""

_LATIN = (
    '<p>Crónica</p><blockquote class="twitter-tweet"><p lang="es" dir="ltr">'
    "Gol de José Pérez #Fútbol</p>&mdash; José Pérez (@jperez) "
    '<a href="https://twitter.com/jperez/status/1370827335461826566">13 de marzo de 2021</a>'
    "</blockquote>"
)


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Every file the blocks name, with known embeds."""
    from corpus_files import write_warc

    here = tmp_path_factory.mktemp("docs")
    files = build(here / "built")
    (here / "seeds").symlink_to(ROOT / "seeds")
    (here / "fuzz").symlink_to(ROOT / "fuzz")
    shutil.copytree(files["pages"], here / "saved-pages")  # 3 embeds in 3 files
    shutil.copy(SEED, here / "saved-pages" / "seed.txt")  # and 1
    shutil.copy(SEED, here / "page.html")
    lines = [json.dumps({"id": n, "body": embed(n)}) for n in (1, 2)]
    (here / "dump.jsonl.gz").write_bytes(gzip.compress("\n".join(lines).encode()))
    for n in (1, 2):
        write_warc(here / f"CC-NEWS-{n}.warc.gz", [(f"https://n.example/{n}", embed(n))], True)
    write_warc(
        here / "crawl.warc.gz",
        [("https://n.example/a", embed(3)), ("https://n.example/b", "<p>none</p>")],
        compress=True,
    )
    (here / "old-latin1-site").mkdir()
    (here / "old-latin1-site" / "a.html").write_bytes(_LATIN.encode("latin-1"))
    stand_ins = here / "bin"
    stand_ins.mkdir()
    (stand_ins / "curl").write_text(f"#!/bin/sh\ncat {SEED}\n")
    (stand_ins / "pip").write_text(
        _PIP.format(python=sys.executable, pyproject=str(ROOT / "pyproject.toml"))
    )
    for tool in stand_ins.iterdir():
        tool.chmod(0o755)
    return here


def run_shell(folder: Path, code: str, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PATH=f"{folder / 'bin'}{os.pathsep}{Path(sys.executable).parent}"
               f"{os.pathsep}{os.environ.get('PATH', '')}")  # fmt: skip
    return subprocess.run(
        ["bash", "-e", "-o", "pipefail", "-c", code],
        cwd=folder, env=env, capture_output=True, text=True, timeout=timeout,
    )  # fmt: skip


def jsonl(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text("utf-8").splitlines()]


# What picks each shell block for the test that runs it (the tests below).
SELECTORS = ("seeds/000_", "pytest", "pip install '.[parquet]'", "saved-pages/", "fuzz_parse.py")


def test_every_shell_block_is_accounted_for() -> None:
    """Each shell block is picked by exactly one of the tests below (none is left out)."""
    picked = [[s for s in SELECTORS if s in code] for _, code in blocks("sh")]
    assert all(len(p) == 1 for p in picked), picked
    assert len(picked) == 6


def test_the_readme_install_and_use_command(folder: Path) -> None:
    [(_, code)] = [b for b in blocks("sh") if "seeds/000_" in b[1]]
    done = run_shell(folder, code)
    assert done.returncode == 0, done.stderr
    [row] = [json.loads(line) for line in done.stdout.splitlines()]
    assert (row["form"], row["author"], row["status_id"]) == ("blockquote", SEED_AUTHOR, None)
    assert row["text"].startswith("Caught in action! Check out @Astro_illini")


def test_the_readme_test_command_is_what_ci_runs() -> None:
    [(_, code)] = [b for b in blocks("sh") if "pytest" in b[1]]
    assert code.strip() == INSTALL
    assert "{ " + INSTALL + "; }" in (ROOT / ".ci" / "run").read_text("utf-8")


def test_the_install_commands_name_extras_that_exist(folder: Path) -> None:
    [(_, code)] = [b for b in blocks("sh") if "pip install '.[parquet]'" in b[1]]
    done = run_shell(folder, code)
    assert done.returncode == 0, done.stderr
    extras = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]
    assert {"parquet", "warc", "zstd", "dask", "test"} <= set(extras["optional-dependencies"])
    # The stand-in refuses what does not exist.
    assert run_shell(folder, "pip install '.[nonesuch]'").returncode != 0


@pytest.mark.parametrize("document", ["README.md", "docs/guide.md"])
def test_the_command_line_examples(folder: Path, document: str) -> None:
    [code] = [c for name, c in blocks("sh") if name == document and "saved-pages/" in c]
    for out in ("embeds.jsonl", "embeds.csv", "embeds.parquet", "articles.csv"):
        (folder / out).unlink(missing_ok=True)
    done = run_shell(folder, code)
    assert done.returncode == 0, done.stderr
    if "curl" in code:  # the saved article from standard input
        [row] = [json.loads(line) for line in done.stdout.splitlines()]
        assert (row["source"], row["author"]) == ("-", SEED_AUTHOR)
    else:
        assert done.stdout == ""
    # The latin-1 site's rows replaced the folder's: the last command writes embeds.jsonl.
    [latin] = jsonl(folder / "embeds.jsonl")
    assert latin["hashtags"][0]["tag"] == "Fútbol"
    assert latin["author"] == {"name": "José Pérez", "handle": "jperez"}
    with (folder / "embeds.csv").open(encoding="utf-8") as stream:
        import csv

        assert [r["record"] for r in csv.DictReader(stream)] == ["1", "2"]
    import pyarrow.parquet as pq

    table = pq.read_table(folder / "embeds.parquet")
    assert table.column("source").to_pylist() == ["https://n.example/1", "https://n.example/2"]
    with (folder / "articles.csv").open(encoding="utf-8") as stream:
        import csv

        articles = list(csv.DictReader(stream))
    assert [(a["source"], a["embeds"]) for a in articles] == [
        ("https://n.example/a", "1"),
        ("https://n.example/b", "0"),
    ]
    assert "tweetembed: read crawl.warc.gz: 2 records, 1 embeds" in done.stderr


def test_the_fuzzing_block(folder: Path) -> None:
    pytest.importorskip(
        "atheris", reason="atheris (in the test extra on x86-64 Linux) runs the fuzzer"
    )
    [(_, code)] = [b for b in blocks("sh") if "fuzz_parse.py" in b[1]]
    assert "-max_total_time=600" in code
    done = run_shell(folder, code.replace("-max_total_time=600", "-max_total_time=5"), 120)
    assert done.returncode == 0, done.stderr[-2000:]
    assert re.search(r"^Done \d+ runs in \d+ second", done.stderr, re.M)
    assert "Uncaught Python exception" not in done.stderr


def python_block(marker: str, document: str = "docs/guide.md") -> str:
    [code] = [c for name, c in blocks("python") if name == document and marker in c]
    return code


def test_the_guides_one_page_example(
    folder: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(folder)
    exec(compile(python_block('open("page.html"'), "guide.md", "exec"), {})
    [line] = capsys.readouterr().out.splitlines()
    assert line == (
        "twitter blockquote None Author(name='NASA', handle='NASA') 2021-03-13 "
        "Caught in action! Check out @Astro_illini leaving or “egress"
    )


def test_the_guides_pandas_example(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(folder)
    namespace: dict[str, Any] = {}
    code = python_block("pd.DataFrame(reading)")
    exec(compile(code, "guide.md", "exec"), namespace)
    frame = namespace["frame"]
    assert len(frame) == 4 and namespace["reading"].failures == []
    counts = frame[frame.escaped.isna()].groupby(frame.author.str["handle"]).size()
    assert counts.to_dict() == {"NASA": 1, "a1": 1, "a2": 1, "a3": 1}


@pytest.mark.parametrize("document", ["README.md", "docs/guide.md"])
def test_the_dask_recipes(folder: Path, monkeypatch: pytest.MonkeyPatch, document: str) -> None:
    pytest.importorskip("distributed", reason="dask is in the test extra")
    pandas = pytest.importorskip("pandas", reason="pandas is in the test extra")
    monkeypatch.chdir(folder)
    paths = sorted(str(p) for p in (folder / "saved-pages").rglob("*") if p.is_file())
    # As a script runs them (functions of __main__ travel to the workers by value).
    namespace: dict[str, Any] = {"paths": paths, "__name__": "__main__"}
    exec(compile(python_block("db.from_sequence", document), document, "exec"), namespace)
    assert [r["post_id"] for r in namespace["rows"]] == [
        "1370827335461826568", "1370827335461826569", "1370827335461826567", None,
    ]  # fmt: skip
    if document == "README.md":
        return
    shutil.rmtree(folder / "embeds", ignore_errors=True)
    exec(compile(python_block("write_part"), document, "exec"), namespace)
    assert sum(namespace["written"]) == 4
    table = pandas.read_parquet(folder / "embeds")
    post_ids = [None if pandas.isna(v) else v for v in table["post_id"]]
    assert post_ids == [r["post_id"] for r in namespace["rows"]]
