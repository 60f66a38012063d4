"""What a platform's post id says about when the post was made.

Several platforms mint ids whose high bits are a timestamp (Twitter's Snowflake
ids are read in :mod:`tweetembed.dates`):

- TikTok video ids: seconds since 1970 in the bits above bit 32;
- Instagram and Threads shortcodes: the media id in base 64, whose bits above
  bit 23 are milliseconds since Instagram's epoch (2011-08-24 21:07:01.721 UTC);
- Mastodon status ids: milliseconds since 1970 in the bits above bit 16;
- Bluesky record keys (TIDs): 13 base-32 characters of one 64-bit number whose
  bits above bit 10 are microseconds since 1970;
- LinkedIn activity, share and ugcPost ids: milliseconds since 1970 in the bits
  above bit 22.

Each function returns ``None`` for an id that does not decode to a time between
the platform's launch and a day from now: ids minted otherwise (old Mastodon
ids, a Bluesky post whose key is not a TID) must not give a wrong time.
"""

from __future__ import annotations

import datetime as _dt

__all__ = [
    "bluesky_time",
    "instagram_time",
    "linkedin_time",
    "mastodon_time",
    "tiktok_time",
]

_UTC = _dt.timezone.utc
_EPOCH = _dt.datetime(1970, 1, 1, tzinfo=_UTC)
_INSTAGRAM_EPOCH_MS = 1_314_220_021_721
_SHORTCODE_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
_SHORTCODE_VALUE = {c: i for i, c in enumerate(_SHORTCODE_ALPHABET)}
_TID_ALPHABET = "234567abcdefghijklmnopqrstuvwxyz"
_TID_VALUE = {c: i for i, c in enumerate(_TID_ALPHABET)}
# Ids before these dates cannot carry a time of their kind.
_LAUNCH = {
    "tiktok": _dt.datetime(2016, 9, 1, tzinfo=_UTC),
    "instagram": _dt.datetime(2012, 1, 1, tzinfo=_UTC),
    "mastodon": _dt.datetime(2016, 3, 1, tzinfo=_UTC),
    "bluesky": _dt.datetime(2022, 1, 1, tzinfo=_UTC),
    "linkedin": _dt.datetime(2013, 1, 1, tzinfo=_UTC),
}


def _checked(platform: str, moment: _dt.datetime, now: _dt.datetime | None) -> _dt.datetime | None:
    latest = (now or _dt.datetime.now(_UTC)) + _dt.timedelta(days=1)
    return moment if _LAUNCH[platform] <= moment <= latest else None


def _decimal(value: str | None, limit: int = 1 << 64) -> int | None:
    if not value or not value.isascii() or not value.isdigit() or len(value) > 20:
        return None
    number = int(value)
    return number if number < limit else None


def tiktok_time(video_id: str | None, *, now: _dt.datetime | None = None) -> _dt.datetime | None:
    """When a TikTok video with this id was posted."""
    number = _decimal(video_id)
    if number is None:
        return None
    return _checked("tiktok", _EPOCH + _dt.timedelta(seconds=number >> 32), now)


def instagram_time(
    shortcode: str | None, *, now: _dt.datetime | None = None
) -> _dt.datetime | None:
    """When an Instagram (or Threads) post with this shortcode was made.

    A shortcode is the media id written in base 64; private posts add characters
    after the first eleven, which are left out. Shortcodes shorter than ten
    characters name media from before ids carried a time.
    """
    if not shortcode or len(shortcode) < 10 or not all(c in _SHORTCODE_VALUE for c in shortcode):
        return None
    number = 0
    for char in shortcode[:11]:
        number = number * 64 + _SHORTCODE_VALUE[char]
    millis = (number >> 23) + _INSTAGRAM_EPOCH_MS
    return _checked("instagram", _EPOCH + _dt.timedelta(milliseconds=millis), now)


def mastodon_time(status_id: str | None, *, now: _dt.datetime | None = None) -> _dt.datetime | None:
    """When a Mastodon status with this id was posted (ids minted since Mastodon 2.0)."""
    number = _decimal(status_id)
    if number is None:
        return None
    return _checked("mastodon", _EPOCH + _dt.timedelta(milliseconds=number >> 16), now)


def bluesky_time(record_key: str | None, *, now: _dt.datetime | None = None) -> _dt.datetime | None:
    """When a Bluesky record whose key is this TID was created."""
    if not record_key or len(record_key) != 13 or not all(c in _TID_VALUE for c in record_key):
        return None
    number = 0
    for char in record_key:
        number = number * 32 + _TID_VALUE[char]
    if number >> 63:  # the top bit of a TID is always 0
        return None
    return _checked("bluesky", _EPOCH + _dt.timedelta(microseconds=number >> 10), now)


def linkedin_time(
    activity_id: str | None, *, now: _dt.datetime | None = None
) -> _dt.datetime | None:
    """When a LinkedIn activity, share or ugcPost with this id was posted."""
    number = _decimal(activity_id)
    if number is None:
        return None
    return _checked("linkedin", _EPOCH + _dt.timedelta(milliseconds=number >> 22), now)
