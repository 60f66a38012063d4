"""The table of platforms: how each marks its embeds and how each is read.

Adding a platform means one new module here and one entry in ``_TABLE``. A module
gives its own markers and gates, what its posts' URLs look like (``LINKS``: the
table adds the forms every platform shares, see :mod:`._shared`) and its reader.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import attrs

from ..candidate import Candidate
from ..markers import Marker
from ..models import Embed
from . import (
    bluesky,
    facebook,
    instagram,
    linkedin,
    mastodon,
    reddit,
    telegram,
    threads,
    tiktok,
    twitter,
    youtube,
)
from ._shared import shared_gates, shared_markers

if TYPE_CHECKING:
    from lxml import etree

__all__ = ["PLATFORMS", "Platform", "gates", "get", "markers"]


@attrs.frozen
class Platform:
    """One platform: the markers ``locate`` looks for and the function that reads a fragment."""

    name: str
    markers: tuple[Marker, ...]
    gates: tuple[str, ...]
    # Reads an embed from its parsed element, or from its text (root None) for
    # forms written as text.
    read: Callable[[etree._Element | None, str, Candidate, str | None], Embed | None]


def _platform(module: Any) -> Platform:
    """A platform module's entry: its own markers and gates, and the shared forms'."""
    name = module.__name__.rpartition(".")[2]
    return Platform(
        name=name,
        markers=module.MARKERS + shared_markers(name, module.LINKS),
        gates=module.GATES + shared_gates(module.LINKS),
        read=module.read,
    )


_TABLE: dict[str, Platform] = {
    platform.name: platform
    for platform in map(
        _platform,
        (
            twitter,
            instagram,
            youtube,
            facebook,
            tiktok,
            bluesky,
            threads,
            mastodon,
            reddit,
            telegram,
            linkedin,
        ),
    )
}

PLATFORMS: tuple[str, ...] = tuple(_TABLE)


def get(name: str) -> Platform:
    """The platform called ``name``."""
    return _TABLE[name]


@functools.lru_cache(maxsize=64)
def markers(names: tuple[str, ...]) -> tuple[Marker, ...]:
    """The markers of the named platforms, in priority order."""
    return tuple(marker for name in names for marker in _TABLE[name].markers)


@functools.lru_cache(maxsize=64)
def gates(names: tuple[str, ...]) -> tuple[str, ...]:
    """The gates of the named platforms (see :mod:`tweetembed.locate`)."""
    return tuple(dict.fromkeys(gate for name in names for gate in _TABLE[name].gates))
