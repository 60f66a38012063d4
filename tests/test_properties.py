"""Properties of parse over malformed HTML, arbitrary text and bytes, and rendered embeds."""

from __future__ import annotations

import datetime as dt
from typing import Any

from babel.dates import format_date
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from tweetembed import Author, parse
from tweetembed.dates import parse_date
from tweetembed.decode import decode
from tweetembed.locate import _byte_position, _TextState

from render import render_tweet
from strategies import cldr_locales, soup, text_element_soup, tweet_fields, unrelated_text

SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def check_spans(source_length: int, embeds: list[Any]) -> None:
    previous_end = 0
    for embed in embeds:
        start, end = embed.span
        assert previous_end <= start <= end <= source_length
        previous_end = end


@SETTINGS
@given(st.text())
def test_never_raises_on_any_text(text: str) -> None:
    check_spans(len(text), parse(text))


@SETTINGS
@given(st.binary())
def test_never_raises_on_any_bytes(data: bytes) -> None:
    parse(data)


@SETTINGS
@given(soup)
def test_never_raises_on_html_soup_and_spans_are_in_order(text: str) -> None:
    embeds = parse(text)
    check_spans(len(text), embeds)
    assert parse(text.encode("utf-8", "surrogatepass")) is not None


def _without_spans(embeds: list[Any]) -> list[dict[str, Any]]:
    return [e.to_dict() | {"span": None} for e in embeds]


@SETTINGS
@given(soup, unrelated_text, unrelated_text)
def test_unrelated_text_before_or_after_changes_only_the_spans(
    text: str, before: str, after: str
) -> None:
    # Unrelated text is a paragraph of its own: on the same line as a stripped
    # embed's footer, text before it is that embed's text.
    before, after = before + "\n\n", "\n\n" + after
    alone = parse(text)
    shift = len(before)
    prefixed = parse(before + text)
    assert [e.span for e in prefixed] == [
        (s + shift, t + shift) for s, t in (e.span for e in alone)
    ]
    assert _without_spans(prefixed) == _without_spans(alone)
    # Text after an embed that was never closed legitimately joins it (a page cut
    # off inside an embed); an embed is closed when a neutral comment after the
    # text changes nothing.
    assume(parse(text + "<!-- -->") == alone)
    suffixed = parse(before + text + after)
    assert [e.span for e in suffixed] == [e.span for e in prefixed]
    assert _without_spans(suffixed) == _without_spans(alone)


@SETTINGS
@given(tweet_fields())
def test_a_rendered_embed_parses_back_to_its_fields(fields: dict[str, Any]) -> None:
    date_text = format_date(fields["date"], format="long", locale="en")
    markup = render_tweet(
        paragraphs=fields["paragraphs"],
        name=fields["name"],
        handle=fields["handle"],
        status_id=fields["status_id"],
        date_text=date_text,
        lang=fields["lang"],
        kind=fields["kind"],
        options=fields["options"],
    )
    [tweet] = parse(f"<p>Before.</p>\n{markup}\n<p>After.</p>")
    assert tweet.kind == fields["kind"]
    assert tweet.text == "\n\n".join(fields["paragraphs"])
    assert tweet.author == Author(fields["name"], fields["handle"])
    assert tweet.status_id == fields["status_id"]
    assert tweet.url == f"https://twitter.com/{fields['handle']}/status/{fields['status_id']}"
    assert tweet.date == fields["date"]
    assert tweet.date_text == date_text
    assert tweet.lang == fields["lang"]
    assert dict(tweet.options) == fields["options"]
    assert tweet.span == (len("<p>Before.</p>\n"), len("<p>Before.</p>\n") + len(markup))


@SETTINGS
@given(
    st.dates(min_value=dt.date(2006, 3, 21), max_value=dt.date(2035, 12, 31)),
    cldr_locales(),
    st.sampled_from(["long", "medium"]),
)
def test_any_cldr_locale_long_or_medium_date_reads_back(
    date: dt.date, locale: str, length: str
) -> None:
    assert parse_date(format_date(date, format=length, locale=locale), [locale]) == date


@SETTINGS
@given(
    soup, st.sampled_from(["utf-8", "windows-1252", "iso-8859-2", "shift_jis", "euc-jp", "utf-16"])
)
def test_bytes_give_the_embeds_of_their_decoded_text(text: str, codec: str) -> None:
    # Bytes are scanned before decoding and decoded in pieces cut at the hits;
    # the result must be the same as parsing the decoded text.
    page = f'<meta charset="{codec}">{text}'
    data = page.encode(codec, "surrogatepass" if codec.startswith("utf") else "replace")
    assert parse(data) == parse(decode(data))


@SETTINGS
@given(text_element_soup)
def test_the_bytes_shortcut_of_the_text_state_agrees_with_the_walk(text: str) -> None:
    # Given the page's bytes, _TextState settles most positions without walking
    # the page from its start; wherever it does, it must say what the walk says.
    data = text.encode("utf-8", "surrogatepass")
    walk, shortcut = _TextState(text), _TextState(text, data)
    for position in range(len(text) + 1):
        at = len(text[:position].encode("utf-8", "surrogatepass"))
        assert shortcut.inside(position, at) == walk.inside(position), position


@SETTINGS
@given(st.text(alphabet="a<é中😀\ud800\ufffd"), st.data())
def test_byte_positions_of_candidates_are_those_of_the_utf8_bytes(text: str, data: Any) -> None:
    hit = data.draw(st.integers(0, len(text)))
    start = data.draw(st.integers(0, hit))
    utf8 = len(text[:hit].encode("utf-8", "surrogatepass"))
    expected = len(text[:start].encode("utf-8", "surrogatepass"))
    found = _byte_position(text, start, hit, utf8)
    if "\ufffd" in text[start:hit] and utf8 != hit:
        assert found is None  # a replaced byte sequence: its length is unknown
    else:
        assert found == expected
