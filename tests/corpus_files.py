"""A small corpus in every input form the command line reads, built in a temporary folder."""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

from conftest import SEED
from render import render_tweet


def embed(n: int) -> str:
    return render_tweet(
        paragraphs=[f"Tweet number {n} #t{n}"], name=f"Author {n}", handle=f"a{n}",
        status_id=str(1370827335461826566 + n), date_text="March 13, 2021",
    )  # fmt: skip


def write_warc(path: Path, pages: list[tuple[str, str]], compress: bool) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as stream:
        writer = WARCWriter(stream, gzip=compress)
        for uri, html in pages:
            headers = StatusAndHeaders(
                "200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1"
            )
            writer.write_record(
                writer.create_warc_record(
                    uri, "response", payload=io.BytesIO(html.encode()), http_headers=headers
                )
            )
        image = StatusAndHeaders("200 OK", [("Content-Type", "image/png")], protocol="HTTP/1.1")
        writer.write_record(
            writer.create_warc_record(
                "https://example.com/x.png",
                "response",
                payload=io.BytesIO(b"\x89PNG twitter-tweet"),
                http_headers=image,
            )
        )
        writer.write_record(
            writer.create_warc_record(
                "https://example.com/a", "request", payload=io.BytesIO(b"GET / HTTP/1.1\r\n\r\n")
            )
        )


def build(folder: Path) -> dict[str, Path]:
    """Files of every kind; each page holds known embeds (see the tests)."""
    folder.mkdir(parents=True, exist_ok=True)
    pages = folder / "pages"
    (pages / "deeper").mkdir(parents=True)
    (pages / "one.html").write_text(f"<p>x</p>{embed(1)}", "utf-8")
    (pages / "deeper" / "two.html.gz").write_bytes(gzip.compress(f"{embed(2)}{embed(3)}".encode()))
    (pages / "plain.txt").write_text("no embed here", "utf-8")
    lines = [
        json.dumps({"id": "r1", "html": embed(4)}),
        "{not json",
        json.dumps({"id": 7, "body": "x", "html": f"{embed(5)} and {embed(6)}"}),
        json.dumps({"id": "r3", "title": "no html field"}),
        json.dumps({"url": "https://example.com/p", "html": "plain"}),
    ]
    jsonl = folder / "dump.jsonl"
    jsonl.write_text("\n".join(lines) + "\n", "utf-8")
    jsonl_gz = folder / "dump.jsonl.gz"
    jsonl_gz.write_bytes(gzip.compress(jsonl.read_bytes()))
    warc = folder / "crawl.warc"
    write_warc(
        warc,
        [("https://news.example/a", embed(8)), ("https://news.example/b", "<p>none</p>")],
        compress=False,
    )
    warc_gz = folder / "crawl.warc.gz"
    write_warc(warc_gz, [("https://news.example/c", embed(9))], compress=True)
    seed = folder / "seed.txt"
    seed.write_bytes(SEED.read_bytes())
    return {
        "pages": pages,
        "jsonl": jsonl,
        "jsonl_gz": jsonl_gz,
        "warc": warc,
        "warc_gz": warc_gz,
        "seed": seed,
    }
