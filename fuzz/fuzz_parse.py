"""An atheris fuzz target for ``parse`` and ``extract_entities``.

Run (see README, "Fuzzing"):

    pip install atheris
    python fuzz/fuzz_parse.py -max_total_time=600 fuzz/corpus

Each input is read as raw bytes, as text, and as text inside an embed's body; any
exception, a span out of range or out of order, bytes that give other embeds than
their decoded text, or entity offsets that do not point at their text is a crash
that atheris reports with the input.
"""

from __future__ import annotations

import sys

import atheris

with atheris.instrument_imports():
    from tweetembed import extract_entities, parse
    from tweetembed.decode import decode

HEAD = '<blockquote class="twitter-tweet"><p lang="en" dir="ltr">'
TAIL = (
    '</p>&mdash; A (@a) <a href="https://twitter.com/a/status/1370827335461826566">'
    "March 13, 2021</a></blockquote>"
)


def check(source: str | bytes) -> None:
    text = decode(source)
    previous = 0
    embeds = parse(source)
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
    if mode == 0:
        check(provider.ConsumeBytes(len(data)))
        return
    text = provider.ConsumeUnicode(len(data))
    if mode == 1:
        check(text)
    elif mode == 2:
        check(HEAD + text + TAIL)
        check((HEAD + text + TAIL).encode("utf-8", "surrogatepass"))
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
