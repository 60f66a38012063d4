"""An atheris fuzz target for ``parse`` and ``extract_entities``.

Run (see README, "Fuzzing"):

    pip install atheris
    python fuzz/fuzz_parse.py -max_total_time=600 fuzz/corpus

Each input is read as raw bytes, as text, and as text inside an embed's body (of
any platform); any exception, an embed a reader failed on (``parse`` logs those and
goes on: here the log is a crash), a span out of range or out of order, bytes that
give other embeds than their decoded text, or entity offsets that do not point at
their text is a crash that atheris reports with the input.
"""

from __future__ import annotations

import logging
import sys

import atheris

with atheris.instrument_imports():
    from tweetembed import extract_entities, parse
    from tweetembed.decode import decode

# An embed of each platform with the fuzzed text where its post text (or title) goes.
WRAPPERS = (
    (
        '<blockquote class="twitter-tweet"><p lang="en" dir="ltr">',
        '</p>&mdash; A (@a) <a href="https://twitter.com/a/status/1370827335461826566">'
        "March 13, 2021</a></blockquote>",
    ),
    (
        '<blockquote class="instagram-media" data-instgrm-captioned data-instgrm-permalink='
        '"https://www.instagram.com/p/B8pT40EBjoK/"><p><a href="https://www.instagram.com/p/B8pT40EBjoK/">',
        '</a></p><p>A post shared by <a href="https://www.instagram.com/a/">A</a> (@a) on '
        '<time datetime="2020-02-16T23:02:32+00:00">Feb 16, 2020</time></p></blockquote>',
    ),
    (
        '<blockquote class="tiktok-embed" cite="https://www.tiktok.com/@a/video/7380087564788714795"'
        ' data-video-id="7380087564788714795"><section><a title="@a">@a</a><p>',
        '</p><a title="♬ s">♬ s</a></section></blockquote>',
    ),
    (
        '<blockquote class="bluesky-embed" data-bluesky-uri="at://did:plc:abc/app.bsky.feed.post/'
        '3lbq7mxsiek2v"><p lang="en">',
        '</p>&mdash; A (<a href="https://bsky.app/profile/did:plc:abc">@a.bsky.social</a>) '
        '<a href="https://bsky.app/profile/did:plc:abc/post/3lbq7mxsiek2v">June 27, 2025</a>'
        "</blockquote>",
    ),
    (
        '<div class="fb-post" data-href="https://www.facebook.com/a/posts/1"><blockquote><p>',
        '</p>Posted by <a href="https://www.facebook.com/a/">A</a> on <a>August 27, 2015</a>'
        "</blockquote></div>",
    ),
    ('<iframe src="https://www.youtube.com/embed/x2Gf04W_ff8" title="', '"></iframe>'),
    (
        '<iframe class="embedly-embed" src="https://cdn.embedly.com/widgets/media.html?url='
        'https%3A%2F%2Fwww.youtube.com%2Fwatch%3Fv%3Dx2Gf04W_ff8&schema=youtube" title="',
        '"></iframe>',
    ),
    (
        '<blockquote class="reddit-embed-bq"><a href="https://www.reddit.com/r/a/comments/abc/x/">',
        "</a></blockquote>",
    ),
)


class _Failures(logging.Handler):
    """Keeps what parse logs: a reader that raised, which parse survives by design."""

    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


FAILURES = _Failures()
logging.getLogger("tweetembed").addHandler(FAILURES)
logging.getLogger("tweetembed").propagate = False


def check(source: str | bytes) -> None:
    text = decode(source)
    previous = 0
    FAILURES.records.clear()
    embeds = parse(source)
    if FAILURES.records:
        record = FAILURES.records[0]
        raise AssertionError(f"a reader failed: {record.getMessage()}") from (
            record.exc_info[1] if record.exc_info else None
        )
    if isinstance(source, bytes) and embeds != parse(text):
        # Bytes are read as bytes and decoded only in places: the result must be
        # that of the text they decode to.
        raise AssertionError("bytes and their decoded text give different embeds")
    for embed in embeds:
        start, end = embed.span
        if not previous <= start <= end <= len(text):
            raise AssertionError(f"bad span {embed.span} after {previous} in {len(text)}")
        previous = end
        for mention in getattr(embed, "mentions", ()):
            if embed.text[mention.start + 1 : mention.end].lower() != mention.handle.lower():
                raise AssertionError(f"mention offsets {mention} in {embed.text!r}")
        embed.to_dict()
        embed._repr_html_()


def test_one_input(data: bytes) -> None:
    provider = atheris.FuzzedDataProvider(data)
    mode = provider.ConsumeIntInRange(0, 3)
    head, tail = WRAPPERS[provider.ConsumeIntInRange(0, len(WRAPPERS) - 1)]
    if mode == 0:
        check(provider.ConsumeBytes(len(data)))
        return
    text = provider.ConsumeUnicode(len(data))
    if mode == 1:
        check(text)
    elif mode == 2:
        check(head + text + tail)
        check((head + text + tail).encode("utf-8", "surrogatepass"))
    else:
        entities = extract_entities(text)
        for url in entities.urls:
            if text[url.start : url.end] != url.url and not url.url.startswith("https://t.co"):
                raise AssertionError(f"url offsets {url} in {text!r}")


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
