"""What every platform's reader needs from embed markup: tag tests for ``locate``,
the URL an element points at (lazy-loading attributes included), its ``data-*``
options, its text, and the entities and date of that text."""

from __future__ import annotations

import datetime as _dt
import functools
import json
import re
from collections.abc import Callable, Iterable, Mapping
from typing import TYPE_CHECKING, TypeVar
from urllib.parse import parse_qsl, unquote

from .._lazy import re_pattern
from ..dates import parse_date
from ..entities import extract_entities
from ..markers import TagTest, only
from ..models import Hashtag, Mention

if TYPE_CHECKING:
    from lxml import etree

__all__ = [
    "IFRAMES",
    "ISO_DATE",
    "URL_ATTRIBUTES",
    "AttributeShape",
    "class_tokens",
    "date_of",
    "element_named",
    "element_urls",
    "embetty_video",
    "end_tag",
    "has_class",
    "json_value",
    "lazy_urls",
    "naming",
    "options",
    "per_tag",
    "pointing_at",
    "query",
    "tags_of",
    "unwrap",
    "url_needles",
    "url_of",
]

# Attributes where lazy-loading plugins and consent tools keep an iframe's URL
# until it is shown (WP Rocket: data-lazy-src; others: data-src, iframe-src …).
URL_ATTRIBUTES = (
    "src",
    "data-src",
    "data-lazy-src",
    "iframe-src",
    "data-litespeed-src",
    "data-rocket-src",
    "data-orig-src",
    "data-original",
    "data-url",
    "data-href",
)
# An iframe, and AMP's: AMP pages (and CMS plugins that make them) write every
# iframe without a component of its own as <amp-iframe src=…>.
IFRAMES = ("iframe", "amp-iframe")
# A timestamp written as such (Bluesky's embeds write some dates this way).
ISO_DATE = re_pattern(
    globals(),
    "ISO_DATE",
    r"^\s*(\d{4})-(\d{2})-(\d{2})(?:[T ][0-9:.]+(?:Z|[+-]\d{2}:?\d{2})?)?\s*$",
)
# Wayback Machine captures prefix every link with the archive's own address.
_WAYBACK = re_pattern(
    globals(), "_WAYBACK", r"^(?:https?:)?//web\.archive\.org/web/[0-9a-z_]*/", re.IGNORECASE
)


@functools.cache
def _tags_named(tag: str) -> re.Pattern[str]:
    return re.compile(rf"<(/?){tag}\b[^<>]*>", re.IGNORECASE)


def end_tag(
    text: str, tag: str, start: int, limit: int, max_depth: int | None = None
) -> re.Match[str] | None:
    """The end tag of the element ``tag`` whose content starts at ``start``, elements of
    its name nested in it counted, before ``limit``; ``None`` past ``max_depth`` of them
    (a page's layout, or a run of unclosed ones: each costs a bounded stretch)."""
    depth = 1
    for m in _tags_named(tag.lower()).finditer(text, start, min(len(text), limit)):
        depth += -1 if m[1] else 1
        if depth == 0:
            return m
        if max_depth is not None and depth > max_depth:
            return None
    return None


def json_value(text: str) -> object:
    """The JSON value an attribute holds (settings, a component's fields), or ``None``
    where it holds none: broken JSON, or JSON nested past the decoder's depth (which
    raises RecursionError, not ValueError)."""
    try:
        return json.loads(text)
    except (ValueError, RecursionError):
        return None


def url_needles(path: str) -> tuple[str, ...]:
    """``path`` as markup writes it plain, inside a JSON string (``\\/``) and
    percent-encoded (``%2F``): the needles of a URL form."""
    return tuple(
        dict.fromkeys(
            (path, path.replace("/", "\\/"), path.replace("/", "%2F"), path.replace("/", "%2f"))
        )
    )


def class_tokens(attributes: Mapping[str, str]) -> list[str]:
    """The tokens of an element's ``class`` attribute."""
    return attributes.get("class", "").split()


# Tag tests are cached by their arguments: markers of one URL written several ways
# (plain, JSON, percent) share one test, which locate then runs once a tag.
@functools.cache
def has_class(token: str, *tags: str) -> TagTest:
    """A tag test: one of ``tags`` (any tag when none) whose class holds ``token``."""

    tags = _with_amp_iframe(tags)

    def test(tag: str, attributes: Mapping[str, str]) -> bool:
        return (not tags or tag in tags) and token in class_tokens(attributes)

    return only(*tags)(test) if tags else test


def _with_amp_iframe(tags: tuple[str, ...]) -> tuple[str, ...]:
    """``tags``, with ``amp-iframe`` where they name ``iframe``."""
    return (*tags, "amp-iframe") if "iframe" in tags and "amp-iframe" not in tags else tags


def _named_src(items: Iterable[tuple[str, str]]) -> list[str]:
    # Lazy loaders and consent tools name their own: data-artsrc, data-src-cmplz,
    # data-cookieblock-src, data-ezsrc, Real Cookie Banner's consent-original-src-_,
    # Borlabs' src-consent, data-lazy … (an attribute whose name says "src" or
    # "lazy"; not a srcset's or a srcdoc's).
    return [
        value
        for name, value in items
        if value
        and ("src" in name or "lazy" in name)
        and name not in URL_ATTRIBUTES
        and not name.endswith(("srcset", "srcdoc"))
    ]


def _urls(get: Callable[[str], object], items: Iterable[tuple[str, str]]) -> list[str]:
    found = [str(value) for name in URL_ATTRIBUTES if (value := get(name))]
    return found + _named_src(items)


_T = TypeVar("_T")


def per_tag(read: Callable[[Mapping[str, str]], _T]) -> Callable[[Mapping[str, str]], _T]:
    """``read``, remembering what it gave for the last mapping of attributes: locate
    asks every platform's test about a tag in turn (an iframe: sixteen tests, nine
    of them of its URL), and what they share is read once a tag, not once a test.
    (Told by identity: each tag's attributes are a new mapping, never changed once
    made; holding the last one keeps its id from being reused.)"""
    last: tuple[object, object] = (None, None)

    def cached(attributes: Mapping[str, str]) -> _T:
        nonlocal last
        seen = last
        if seen[0] is attributes:
            return seen[1]  # type: ignore[return-value]
        found = read(attributes)
        last = (attributes, found)
        return found

    return functools.wraps(read)(cached)


@per_tag
def lazy_urls(attributes: Mapping[str, str]) -> tuple[str, ...]:
    """The values of an element's URL attributes: ``src`` and the known lazy-loading
    ones first, then any other attribute whose name says "src". ``attributes``
    have lower-cased names (see :func:`attributes_of`)."""
    return tuple(_urls(attributes.get, attributes.items()))


def element_urls(element: etree._Element) -> list[str]:
    """:func:`lazy_urls` of a parsed element (the HTML parser lower-cases attribute
    names), without copying its attributes first: most elements read have none of
    these."""
    attributes = element.attrib
    return _urls(attributes.get, ((str(k), str(v)) for k, v in attributes.items()))


def url_of(attributes: Mapping[str, str], pattern: re.Pattern[str]) -> re.Match[str] | None:
    """The first URL attribute (see :func:`lazy_urls`) that ``pattern`` finds something
    in, as that match."""
    return next(filter(None, map(pattern.search, lazy_urls(attributes))), None)


class AttributeShape:
    """A scan shape for a needle inside a URL that an attribute holds: the bytes from
    the needle on match ``rest``, and the attribute ``name`` (``data-href=``) starts
    within a few bytes before it. A page's links to the same URLs (share buttons, an
    article's links) are turned away before the page is decoded."""

    __slots__ = ("_name", "_rest")

    def __init__(self, name: bytes, rest: bytes) -> None:
        self._name, self._rest = name + b"=", re.compile(rest, re.IGNORECASE)

    def match(self, data: bytes, pos: int, /) -> object | None:
        if self._rest.match(data, pos) is None:
            return None
        # (The name, "=", a quote and up to "https://www." before the host.)
        return True if data.rfind(self._name, max(0, pos - 40), pos) >= 0 else None


@functools.cache
def naming(attribute: str, pattern: re.Pattern[str], *tags: str) -> TagTest:
    """A tag test: one of ``tags`` whose ``attribute`` holds ``pattern``: an embed code's
    own data attribute, which stays where Readability.js or a sanitizer removed the
    class that names the embed."""

    def test(tag: str, attributes: Mapping[str, str]) -> bool:
        return tag in tags and pattern.search(attributes.get(attribute, "")) is not None

    return only(*tags)(test)


@functools.cache
def element_named(name: str) -> TagTest:
    """A tag test: the element ``name`` (``amp-twitter``, ``lite-youtube`` …), whatever
    its attributes."""

    def test(tag: str, attributes: Mapping[str, str]) -> bool:
        return tag == name

    return only(name)(test)


@functools.cache
def embetty_video(service: str) -> TagTest:
    """A tag test: heise's Embetty video, ``<embetty-video type="youtube" video-id="ID">``
    (its script asks the site's own server for the player), of ``service``."""

    def test(tag: str, attributes: Mapping[str, str]) -> bool:
        return (
            tag == "embetty-video"
            and attributes.get("type", "").strip().lower() == service
            and attributes.get("video-id", "").strip() != ""
        )

    return only("embetty-video")(test)


@functools.cache
def pointing_at(pattern: re.Pattern[str], *tags: str) -> TagTest:
    """A tag test: one of ``tags`` whose URL attributes hold ``pattern``."""
    tags = _with_amp_iframe(tags)

    def test(tag: str, attributes: Mapping[str, str]) -> bool:
        return tag in tags and url_of(attributes, pattern) is not None

    return only(*tags)(test)


def attributes_of(element: etree._Element) -> dict[str, str]:
    """An element's attributes with lower-cased names, as ``locate``'s tag tests see them."""
    found: dict[str, str] = {}
    for key, value in element.attrib.items():
        found.setdefault(str(key).lower(), str(value))
    return found


def options(element: etree._Element) -> dict[str, str]:
    """The ``data-*`` attributes of ``element`` without the prefix."""
    return {
        str(k)[5:]: str(v)
        for k, v in element.attrib.items()
        if str(k).startswith("data-") and len(k) > 5
    }


def query(url: str) -> dict[str, str]:
    """The query parameters of ``url`` (the first value of each), percent-decoded."""
    _, _, rest = url.partition("?")
    rest = rest.partition("#")[0]
    found: dict[str, str] = {}
    for key, value in parse_qsl(rest.replace("&amp;", "&"), keep_blank_values=True):
        found.setdefault(key, value)
    return found


def unwrap(href: str) -> str:
    """A link as its platform wrote it: the archived URL inside a Wayback Machine
    link, percent-decoded once when the whole URL was encoded."""
    href = _WAYBACK.sub("", href.strip())
    if href[:10].lower().startswith(("https%3a", "http%3a")):
        href = unquote(href)
    return href


def tags_of(text: str) -> tuple[tuple[Mention, ...], tuple[Hashtag, ...]]:
    """The mentions and hashtags of a post's text, by twitter-text's rules."""
    entities = (
        extract_entities(text)
        if ("@" in text or "＠" in text or "#" in text or "＃" in text)
        else None
    )
    if entities is None:
        return (), ()
    return entities.mentions, entities.hashtags


def date_of(text: str | None, languages: Iterable[str | None]) -> _dt.date | None:
    """The date written in ``text``: an ISO timestamp, or a date in any language."""
    if not text:
        return None
    m = ISO_DATE.match(text)
    if m is not None:
        try:
            return _dt.date(int(m[1]), int(m[2]), int(m[3]))
        except ValueError:
            return None
    return parse_date(text, languages)
