"""Rows of a table of embeds, and writers for JSON Lines, CSV and Parquet.

A row is ``{"source": …, "record": …, "file": …, "offset": …, "embeds": …}`` followed
by the embed's ``to_dict()``: plain JSON-able values that ``pandas.DataFrame`` takes
directly. ``file`` and ``offset`` find a WARC record again; ``embeds`` is how many
embeds the article holds, and an article without any has one row of its own (its
embed columns empty) when the caller asks for every article. CSV writes nested
fields (author, mentions, options …) as JSON text. Parquet (``pip install
'tweetembed[parquet]'``) uses :func:`arrow_schema`.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
from collections.abc import Iterable, Mapping
from typing import IO, Any

import attrs

from .models import BlueskyPost, Embed, InstagramPost, RedditPost, TikTokVideo, Tweet, YouTubeVideo

__all__ = [
    "COLUMNS",
    "arrow_batch",
    "arrow_schema",
    "row",
    "write_csv",
    "write_jsonl",
    "write_parquet",
]

_BASE = tuple(a.name for a in attrs.fields(Embed))
# One table for every platform: the shared fields, then each platform's own.
_PLATFORM_MODELS = (Tweet, InstagramPost, YouTubeVideo, TikTokVideo, BlueskyPost, RedditPost)
COLUMNS: tuple[str, ...] = (
    "source",
    "record",
    "file",
    "offset",
    "embeds",
    *_BASE,
    *dict.fromkeys(
        a.name for model in _PLATFORM_MODELS for a in attrs.fields(model) if a.name not in _BASE
    ),
)


_EMPTY_ROW = dict.fromkeys(COLUMNS)


def row(
    source: str,
    record: str | None,
    embed: Embed | None,
    *,
    file: str | None = None,
    offset: int | None = None,
    embeds: int | None = None,
) -> dict[str, Any]:
    """One table row: where the embed came from, then its fields; every column of
    :data:`COLUMNS` is there (``None`` where the embed's platform has no such field).
    ``embed`` is ``None`` for the row of an article without embeds (``embeds=0``)."""
    where = {"source": source, "record": record, "file": file, "offset": offset, "embeds": embeds}
    return {**_EMPTY_ROW, **where, **(embed.to_dict() if embed is not None else {})}


def write_jsonl(rows: Iterable[Mapping[str, Any]], stream: IO[str]) -> int:
    count = 0
    for item in rows:
        stream.write(json.dumps(item, ensure_ascii=False) + "\n")
        count += 1
    return count


def write_csv(rows: Iterable[Mapping[str, Any]], stream: IO[str]) -> int:
    writer = csv.DictWriter(stream, fieldnames=COLUMNS, extrasaction="ignore")
    writer.writeheader()
    count = 0
    for item in rows:
        writer.writerow(
            {
                key: json.dumps(value, ensure_ascii=False)
                if isinstance(value, (dict, list))
                else value
                for key, value in item.items()
            }
        )
        count += 1
    return count


def arrow_schema() -> Any:
    """The Arrow schema of a table of embeds of every platform (rows of :func:`row`).

    Times are microseconds in UTC, which Spark, pandas, Polars and DuckDB all read.
    """
    import pyarrow as pa

    position = [("start", pa.int64()), ("end", pa.int64())]
    types: dict[str, Any] = {
        "source": pa.string(),
        "record": pa.string(),
        "file": pa.string(),
        "offset": pa.int64(),
        "embeds": pa.int64(),
        "platform": pa.string(),
        "kind": pa.string(),
        "form": pa.string(),
        "escaped": pa.string(),
        "post_id": pa.string(),
        "url": pa.string(),
        "author": pa.struct([("name", pa.string()), ("handle", pa.string())]),
        "text": pa.string(),
        "date": pa.date32(),
        "date_text": pa.string(),
        "created_at": pa.timestamp("us", tz="UTC"),
        "mentions": pa.list_(pa.struct([("handle", pa.string()), *position])),
        "hashtags": pa.list_(pa.struct([("tag", pa.string()), *position])),
        "options": pa.map_(pa.string(), pa.string()),
        "span": pa.list_(pa.int64()),  # [start, end]
        # Twitter
        "status_id": pa.string(),
        "lang": pa.string(),
        "direction": pa.string(),
        "cashtags": pa.list_(pa.struct([("symbol", pa.string()), *position])),
        "urls": pa.list_(pa.struct([("url", pa.string()), *position])),
        "links": pa.list_(
            pa.struct(
                [
                    ("text", pa.string()),
                    ("href", pa.string()),
                    ("url", pa.string()),
                    ("kind", pa.string()),
                ]
            )
        ),
        "media": pa.list_(pa.string()),
        "emoji": pa.list_(pa.string()),
        "emoji_captions": pa.list_(pa.struct([("emoji", pa.string()), ("caption", pa.string())])),
        # Instagram
        "captioned": pa.bool_(),
        "version": pa.string(),
        # YouTube
        "start": pa.int64(),
        "playlist_id": pa.string(),
        "title": pa.string(),  # YouTube's video title, Reddit's post title
        # TikTok
        "sound": pa.string(),
        # Bluesky
        "did": pa.string(),
        "cid": pa.string(),
        # Reddit
        "subreddit": pa.string(),
    }
    return pa.schema([(name, types[name]) for name in COLUMNS])


def _arrow_value(name: str, value: Any) -> Any:
    if value is None:
        return None
    if name == "date":
        return dt.date.fromisoformat(value)
    if name == "created_at":
        return dt.datetime.fromisoformat(value)
    if name == "options":
        return list(value.items())
    return value


def arrow_batch(rows: Iterable[Mapping[str, Any]]) -> Any:
    """Rows as a ``pyarrow.RecordBatch`` of :func:`arrow_schema` (for Spark's mapInArrow)."""
    import pyarrow as pa

    schema = arrow_schema()
    columns: dict[str, list[Any]] = {name: [] for name in schema.names}
    for item in rows:
        for name in schema.names:
            columns[name].append(_arrow_value(name, item.get(name)))
    return pa.RecordBatch.from_pydict(columns, schema=schema)


# Rows a Parquet row group holds: memory stays flat however long the run, and an
# interrupted run leaves a valid file of the groups written so far.
PARQUET_GROUP = 5000


def write_parquet(rows: Iterable[Mapping[str, Any]], path: str) -> int:
    """Write rows to a Parquet file at ``path`` with :func:`arrow_schema`, a row group
    at a time; the file is valid and holds every row read when the rows stop, even
    by an interrupt."""
    import pyarrow.parquet as pq

    count = 0
    pending: list[Mapping[str, Any]] = []
    with pq.ParquetWriter(path, arrow_schema()) as writer:
        try:
            for item in rows:
                pending.append(item)
                if len(pending) >= PARQUET_GROUP:
                    writer.write_batch(arrow_batch(pending))
                    count += len(pending)
                    pending = []
        finally:
            if pending:
                writer.write_batch(arrow_batch(pending))
                count += len(pending)
    return count
