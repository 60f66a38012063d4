"""Times that post ids encode (ids.py). Expected times come from the embeds' own
markup: the ``<time datetime>`` or date link written beside each id."""

from __future__ import annotations

import datetime as dt

import pytest

from tweetembed.ids import bluesky_time, instagram_time, linkedin_time, mastodon_time, tiktok_time

UTC = dt.timezone.utc


def test_instagram_shortcode_gives_the_time_its_embed_shows() -> None:
    # corpus2 033: data-instgrm-permalink …/p/Bc6xjxyAYM8/ with
    # <time datetime="2017-12-20T09:04:17+00:00">
    moment = instagram_time("Bc6xjxyAYM8")
    assert moment is not None
    assert moment.replace(microsecond=0) == dt.datetime(2017, 12, 20, 9, 4, 17, tzinfo=UTC)


def test_bluesky_tid_gives_the_time_its_embed_shows() -> None:
    # The embed of at://…/3lbq7mxsiek2v reads "November 25, 2024 at 12:58 AM" (UTC+1).
    moment = bluesky_time("3lbq7mxsiek2v")
    assert moment is not None
    assert moment.replace(second=0, microsecond=0) == dt.datetime(2024, 11, 24, 23, 58, tzinfo=UTC)


def test_tiktok_id_is_seconds_above_bit_32() -> None:
    assert tiktok_time(str((1_700_000_000 << 32) + 12345)) == dt.datetime.fromtimestamp(
        1_700_000_000, UTC
    )


def test_mastodon_id_is_milliseconds_above_bit_16() -> None:
    assert mastodon_time(str((1_700_000_000_123 << 16) + 7)) == dt.datetime.fromtimestamp(
        1_700_000_000.123, UTC
    )


def test_linkedin_id_is_milliseconds_above_bit_22() -> None:
    assert linkedin_time(str((1_700_000_000_000 << 22) + 99)) == dt.datetime.fromtimestamp(
        1_700_000_000, UTC
    )


@pytest.mark.parametrize(
    ("decode", "value"),
    [
        (instagram_time, "fBwFP"),  # before media ids carried a time
        (instagram_time, "not/a/code"),
        (instagram_time, None),
        (bluesky_time, "self"),  # a record key that is not a TID
        (bluesky_time, "zzzzzzzzzzzzz"),  # top bit set
        (mastodon_time, "12345"),  # an id from before Snowflake-like ids
        (tiktok_time, "12"),
        (tiktok_time, "７"),  # a digit, but not ASCII
        (linkedin_time, ""),
        (linkedin_time, "9" * 30),
    ],
)
def test_ids_that_carry_no_time_give_none(decode: object, value: str | None) -> None:
    assert decode(value) is None  # type: ignore[operator]


def test_a_time_in_the_future_is_refused() -> None:
    now = dt.datetime(2020, 1, 1, tzinfo=UTC)
    assert tiktok_time(str(1_700_000_000 << 32), now=now) is None
