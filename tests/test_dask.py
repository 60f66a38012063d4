"""Scale-out on Dask: a dask.bag job on a local distributed cluster of two worker
processes gives the same rows as the command line, in the same order."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest

import tweetembed
from tweetembed import parse
from tweetembed.cli import rows_of
from tweetembed.records import Record, read_records

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
