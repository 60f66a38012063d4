"""URL normalisation and safety, and reading Twitter status and media links.

Only absolute http(s) URLs (or protocol-relative ones, read as https) are ever
returned as a link target: ``javascript:``, ``data:`` and the like become
``None``. Parsing uses the standard library's ``urllib.parse``.
"""

from __future__ import annotations

import functools
import re
from typing import final
from urllib.parse import parse_qsl, urlencode, urlsplit

from ._lazy import re_pattern

__all__ = [
    "StatusRef",
    "canonical_status_url",
    "media_url",
    "normalise_url",
    "status_ref",
    "without_markdown_escapes",
]

# Control characters and white space that browsers strip from an href.
_STRIP = "".join(map(chr, range(0x21))) + "\x7f"
_TWITTER_HOSTS = frozenset(
    {"twitter.com", "www.twitter.com", "mobile.twitter.com", "m.twitter.com",
     "x.com", "www.x.com", "mobile.x.com", "m.x.com"}
)  # fmt: skip
# Query parameters that only say where a click came from.
_TRACKING = frozenset({"ref_src", "ref_url", "s", "t", "src", "fbclid", "gclid"})
_TRACKING_ANY_HOST = frozenset({"ref_src", "ref_url", "fbclid", "gclid"})
_TRACKING_HINTS = ("ref_", "utm_", "clid")  # a query without these keeps as it is

_STATUS_PATH = re_pattern(
    globals(),
    "_STATUS_PATH",
    r"^/(?:#!/)?(?:(?P<handle>[A-Za-z0-9_]{1,50})|i/web|i)/status(?:es)?/(?P<id>[0-9]{1,20})(?:[/?#]|$)",
)
# (Searched from "pic.": a scheme or "www." before it changes nothing read, and a
# pattern that begins with them is tried at every character, 5-10x the time.)
_MEDIA = re_pattern(
    globals(), "_MEDIA", r"pic\.(?:twitter|x)\.com/([A-Za-z0-9]+)", re.IGNORECASE | re.ASCII
)
_RESERVED_HANDLES = frozenset({"i", "intent", "search", "hashtag", "home", "share"})


# The common shape of an href (ASCII host, no port, no user, no white space),
# split as urllib.parse.urlsplit would split it, without its general machinery.
_SIMPLE_URL = re_pattern(
    globals(),
    "_SIMPLE_URL",
    r"(?i:(https?))://([A-Za-z0-9.-]+)(/[^?#\s]*)?(?:\?([^#\s]*))?(?:#(\S*))?",
)


def _split(value: str) -> tuple[str, str, int | None, str, str, str] | None:
    """Scheme, host, port, path, query and fragment of an absolute URL, else ``None``."""
    m = _SIMPLE_URL.fullmatch(value)
    if m is not None:
        scheme, host, path, query, fragment = m.groups()
        return scheme.lower(), host.lower(), None, path or "", query or "", fragment or ""
    try:
        parts = urlsplit(value)
        port = parts.port
    except ValueError:
        return None
    if parts.username is not None or parts.password is not None:
        return None  # user:pass@host is a classic way to disguise a link's target
    host = parts.hostname or ""
    return parts.scheme.lower(), host, port, parts.path, parts.query, parts.fragment


def _without_tracking(query: str, drop: frozenset[str]) -> str:
    """``query`` without the parameters named in ``drop`` or starting ``utm_``."""
    keys = [part.partition("=")[0] for part in query.split("&") if part]
    if not any("%" in key or "+" in key for key in keys):
        dropped = [key in drop or key.startswith("utm_") for key in keys]
        if not any(dropped):
            return query
        if all(dropped):
            return ""
    # Some kept, some dropped (or escaped names): re-encode what stays, as urllib does.
    pairs = parse_qsl(query, keep_blank_values=True)
    kept = [(k, v) for k, v in pairs if k not in drop and not k.startswith("utm_")]
    return query if len(kept) == len(pairs) else urlencode(kept)


def _join(scheme: str, netloc: str, path: str, query: str, fragment: str) -> str:
    """``urlunsplit`` for a URL with a scheme and a host (an empty path becomes ``/``),
    without its general machinery."""
    url = f"{scheme}://{netloc}{path if path.startswith('/') else '/' + path}"
    if query:
        url += "?" + query
    return url + "#" + fragment if fragment else url


# Pure functions of a string, cached for the repeats within a page (the status link
# read for the id and again for the link kind). Kept small on purpose: a corpus
# parses each page once; benchmarks/speed.py empties them before every page.
@functools.lru_cache(maxsize=256)
def normalise_url(href: str | None) -> str | None:
    """The absolute http(s) form of ``href`` with tracking parameters removed, else ``None``.

    Scheme and host are lower-cased, a default port dropped; path and the rest of
    the query are kept as written.
    """
    if not href:
        return None
    value = href.strip(_STRIP)
    if value.startswith("//"):
        value = "https:" + value
    split = _split(value)
    if split is None:
        return None
    scheme, host, port, path, query, fragment = split
    host = host.rstrip(".")
    if scheme not in ("http", "https") or not host or any(c in host for c in "\\ <>\"'`"):
        return None
    netloc = (
        host
        if port is None or (scheme, port) in (("http", 80), ("https", 443))
        else f"{host}:{port}"
    )
    if query and (host in _TWITTER_HOSTS or any(k in query for k in _TRACKING_HINTS)):
        query = _without_tracking(
            query, _TRACKING if host in _TWITTER_HOSTS else _TRACKING_ANY_HOST
        )
    return _join(scheme, netloc, path, query, fragment)


@final
class StatusRef:
    """A status link's id and the handle written in it (``None`` for ``/i/web/``).

    Equal by both; not changed once built. (A plain class: mypyc builds it natively,
    where an attrs class's is a Python call, one a status link.)"""

    __slots__ = ("handle", "status_id")

    def __init__(self, status_id: str, handle: str | None) -> None:
        self.status_id = status_id
        self.handle = handle

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, StatusRef):
            return NotImplemented
        return (self.status_id, self.handle) == (other.status_id, other.handle)

    def __hash__(self) -> int:
        return hash((self.status_id, self.handle))

    def __repr__(self) -> str:
        return f"StatusRef(status_id={self.status_id!r}, handle={self.handle!r})"


_MARKDOWN_ESCAPE = re_pattern(globals(), "_MARKDOWN_ESCAPE", r"\\([_*.\-~#!+()\[\]])")


def without_markdown_escapes(href: str) -> str:
    """``href`` without Markdown's escapes, which a CMS that stored a link as Markdown
    keeps (``https://twitter.com/nasa\\_jpl/status/…``): never part of a URL."""
    return _MARKDOWN_ESCAPE.sub(r"\1", href) if "\\" in href else href


# The status link every embed code ends with (``https://twitter.com/user/status/ID
# ?ref_src=…``), read at once: the general way (strip, normalise, split again,
# match the path) cost each tweet ~5 µs. Anything else (a fragment, a backslash,
# white space, another case or host) goes the general way, which reads this
# shape the same.
_PLAIN_STATUS = re_pattern(
    globals(),
    "_PLAIN_STATUS",
    r"https?://(?:(?:www|mobile|m)\.)?(?:twitter|x)\.com"
    r"/([A-Za-z0-9_]{1,50})/status(?:es)?/([0-9]{1,20})(?:[/?][^#\s\\]*)?",
)


@functools.lru_cache(maxsize=256)
def status_ref(href: str | None) -> StatusRef | None:
    """Read a twitter.com / x.com status link (mobile., www., /statuses/, /i/web/)."""
    if not href or "/status" not in href:
        return None
    plain = _PLAIN_STATUS.fullmatch(href)
    if plain is not None:
        handle, status_id = plain.groups()
        if handle.lower() in _RESERVED_HANDLES:
            handle = None
        return StatusRef(status_id.lstrip("0") or "0", handle)
    href = without_markdown_escapes(href)
    url = normalise_url(href)
    if url is None:
        return None
    split = _split(url)
    if split is None or split[1] not in _TWITTER_HOSTS:
        return None
    path, fragment = split[3], split[5]
    if fragment.startswith("!/"):  # old hash-bang links: twitter.com/#!/user/status/1
        path = "/" + fragment[2:]
    m = _STATUS_PATH.match(path)
    if m is None:
        return None
    handle = m["handle"]
    if handle is not None and handle.lower() in _RESERVED_HANDLES:
        handle = None
    return StatusRef(m["id"].lstrip("0") or "0", handle)


def canonical_status_url(status_id: str | None, handle: str | None) -> str | None:
    """``https://twitter.com/{handle}/status/{id}``, or ``/i/web/status/{id}`` without a handle."""
    if not status_id:
        return None
    if handle:
        return f"https://twitter.com/{handle}/status/{status_id}"
    return f"https://twitter.com/i/web/status/{status_id}"


def media_url(value: str | None) -> str | None:
    """``https://pic.twitter.com/{code}`` for a pic.twitter.com link, else ``None``."""
    if not value:
        return None
    m = _MEDIA.search(value)
    return f"https://pic.twitter.com/{m.group(1)}" if m else None
