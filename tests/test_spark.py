"""The guide's and the README's Spark recipe, run on a local Spark session: the same
rows as the command line. It needs Java; where Java is missing it is skipped, and says so."""

from __future__ import annotations

import datetime as dt
import os
import re
import shutil
import sys
from pathlib import Path
from typing import Any

import pytest

from tweetembed.cli import rows_of

from conftest import ROOT
from corpus_files import build

pytestmark = pytest.mark.skipif(
    shutil.which("java") is None, reason="Spark needs Java, and this machine has none"
)


def _recipe(document: str) -> str:
    text = (ROOT / document).read_text("utf-8")
    [block] = [b for b in re.findall(r"```python\n(.*?)```", text, re.S) if "mapInArrow" in b]
    return block


@pytest.fixture(scope="module")
def spark() -> Any:
    pytest.importorskip("pyspark", reason="pyspark is in the test extra (the spark extra)")
    from pyspark.sql import SparkSession

    # Spark's Python workers run `python3` from PATH unless told: this interpreter
    # (perhaps a venv that is not activated) is the one that has tweetembed.
    saved = os.environ.get("PYSPARK_PYTHON")
    os.environ["PYSPARK_PYTHON"] = sys.executable
    session = (
        SparkSession.builder.master("local[2]")
        .appName("tweetembed-test")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.session.timeZone", "UTC")
        .getOrCreate()
    )
    yield session
    session.stop()
    if saved is None:
        del os.environ["PYSPARK_PYTHON"]
    else:
        os.environ["PYSPARK_PYTHON"] = saved


@pytest.mark.parametrize("document", ["README.md", "docs/guide.md"])
def test_the_spark_recipe_gives_the_command_lines_rows(
    tmp_path: Path, spark: Any, document: str
) -> None:
    files = build(tmp_path)
    pages = [*sorted(p for p in files["pages"].rglob("*.html") if p.is_file()), files["seed"]]
    spark_df = spark.createDataFrame(
        [(str(p), p.read_text("utf-8")) for p in pages], "source string, html string"
    )
    namespace: dict[str, Any] = {"spark_df": spark_df}
    exec(compile(_recipe(document), document, "exec"), namespace)
    got = [r.asDict(recursive=True) for r in namespace["embeds_df"].collect()]
    want = list(rows_of([str(p) for p in pages]))
    keys = ("source", "platform", "post_id", "text", "date", "created_at", "author", "span")
    assert len(got) == len(want) == 2
    for spark_row, row in zip(got, want, strict=True):
        spark_row["date"] = spark_row["date"] and spark_row["date"].isoformat()
        # (Spark gives a naive time in its session's zone, set to UTC above.)
        spark_row["created_at"] = spark_row["created_at"] and (
            spark_row["created_at"].replace(tzinfo=dt.timezone.utc).isoformat()
        )
        assert {k: spark_row[k] for k in keys} == {k: row[k] for k in keys}
