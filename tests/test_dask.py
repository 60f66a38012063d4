"""Scale-out on Dask: a dask.bag job on a local distributed cluster of two worker
processes gives the same rows as the command line, in the same order."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest

import tweetembed
from tweetembed import parse
from tweetembed.cli import rows_of
from tweetembed.inputs import Record
from tweetembed.records import read_records

from corpus_files import build

dask_bag = pytest.importorskip("dask.bag", reason="dask is in the test extra")
distributed = pytest.importorskip("distributed", reason="distributed is in the test extra")


def file_rows(path: str) -> list[dict[str, object]]:
    """What a worker does for one file: the same function the command line uses."""
    return list(tweetembed.read([path]))


def test_embeds_and_records_pickle(tmp_path: Path) -> None:
    files = build(tmp_path)
    records = [r for r in read_records([files["pages"]]) if isinstance(r, Record)]
    assert pickle.loads(pickle.dumps(records)) == records
    embeds = parse(files["seed"].read_bytes())
    assert pickle.loads(pickle.dumps(embeds)) == embeds


def test_a_dask_bag_job_on_a_local_cluster(tmp_path: Path) -> None:
    files = build(tmp_path)
    paths = sorted(str(p) for p in files["pages"].rglob("*") if p.is_file())
    paths += [str(files[k]) for k in ("jsonl", "warc", "warc_gz", "seed")]
    with (
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        assert len(client.scheduler_info()["workers"]) == 2
        bag = dask_bag.from_sequence(paths, npartitions=4).map(file_rows).flatten()
        got = bag.compute()
    assert got == list(rows_of(paths, jobs=1))
    assert len(got) == 9


def write_part(part: list[str], index: int, folder: str) -> int:
    """The guide's Parquet recipe: a task writes its part with the stated schema."""
    from tweetembed.output import write_parquet

    return write_parquet(tweetembed.read(part), f"{folder}/part-{index:05}.parquet")


def test_the_guides_parquet_recipe_on_a_local_cluster(tmp_path: Path) -> None:
    pytest.importorskip("pyarrow", reason="pyarrow is in the test extra")
    pandas = pytest.importorskip("pandas", reason="pandas is in the test extra")
    dask = pytest.importorskip("dask", reason="dask is in the test extra")
    files = build(tmp_path / "corpus")
    paths = sorted(str(p) for p in files["pages"].rglob("*") if p.is_file())
    paths += [str(files[k]) for k in ("jsonl", "warc", "warc_gz", "seed")]
    folder = tmp_path / "embeds"
    folder.mkdir()
    parts = [paths[i::3] for i in range(3)]  # one part holds no embed at all
    with (
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        distributed.Client(cluster),
    ):
        tasks = (dask.delayed(write_part)(part, i, str(folder)) for i, part in enumerate(parts))
        written = dask.compute(*tasks)
    assert sum(written) == 9
    table = pandas.read_parquet(folder)
    expected = [row for part in parts for row in rows_of(part, jobs=1)]
    assert table["source"].tolist() == [r["source"] for r in expected]
    post_ids = [None if pandas.isna(v) else v for v in table["post_id"]]
    assert post_ids == [r["post_id"] for r in expected]
