"""Posts embedded through an embed service, whose element names the post in a URL's query.

CMSs that embed through a service write its element, not the platform's code:

- Embedly (Medium and many newsrooms): ``<iframe class="embedly-embed"
  src="https://cdn.embedly.com/widgets/media.html?src=<the platform's player>&url=<the
  post>&key=…&type=text%2Fhtml&schema=twitter">``;
- Iframely (CKEditor's default provider): ``<iframe
  src="https://cdn.iframe.ly/api/iframe?url=<the post>&key=…">``, or its placeholder
  ``<a href="<the post>" data-iframely-url="//cdn.iframe.ly/…">`` that its script
  turns into that iframe;
- Drupal's core oEmbed formatter: ``<iframe src="/media/oembed?url=<the
  post>&max_width=0&max_height=0&hash=…" class="media-oembed-content">``
  (``data-src`` when loaded lazily);
- CKEditor 5's media embed, saved as ``<figure class="media"><oembed url="<the
  post>"></oembed></figure>`` and turned into the embed by the site's script.

Each platform that reads such an element adds :func:`proxy_markers` to its markers
with a pattern for its posts' URLs, and reads the post from :func:`proxied`.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping

from .._lazy import re_pattern
from ..forms import Form
from ..locate import Marker, TagTest, only
from ._markup import lazy_urls, per_tag, query, unwrap, url_needles

__all__ = ["PROXY_GATES", "proxied", "proxy_markers"]

# What every needle below holds (see locate's gates).
PROXY_GATES = ("embed", "iframe.ly")
_HOSTS = ("embedly.com/widgets/media.html", "iframe.ly/", "/media/oembed?")
_SERVICE = re_pattern(
    globals(),
    "_SERVICE",
    r"(?:^|//|\.)(?:embedly\.com/widgets/media\.html|iframe\.ly/)|/media/oembed\?",
    re.IGNORECASE,
)


@per_tag
def proxied(attributes: Mapping[str, str]) -> tuple[str, ...]:
    """The URLs an embed service's element names, most telling first: the post
    (its query's ``url``; a placeholder link's ``href``), then the player (``src``);
    or the post in the ``url`` attribute of an element that holds nothing else
    (CKEditor's ``<oembed url>``)."""
    for value in (*lazy_urls(attributes), attributes.get("data-iframely-url")):
        if value and _SERVICE.search(value):
            params = query(unwrap(value))
            found = (params.get("url"), attributes.get("href"), params.get("src"))
            return tuple(dict.fromkeys(unwrap(url) for url in found if url))
    url = attributes.get("url")
    return (unwrap(url),) if url else ()


@functools.cache
def _proxying(pattern: re.Pattern[str], tag: str) -> TagTest:
    """A tag test: the element ``tag`` of an embed service that names a URL ``pattern`` finds."""

    def test(name: str, attributes: Mapping[str, str]) -> bool:
        return name == tag and any(pattern.search(url) for url in proxied(attributes))

    return only(tag)(test)


def proxy_markers(platform: str, kind: str, pattern: re.Pattern[str]) -> tuple[Marker, ...]:
    """The markers of a platform's posts embedded through a service: its iframe,
    Iframely's placeholder link and CKEditor's ``<oembed>`` (elements until a script
    runs)."""
    forms: tuple[tuple[str, Form], ...] = (
        ("iframe", "iframe"), ("amp-iframe", "iframe"), ("a", "element"),
    )  # fmt: skip
    return (
        *(
            Marker(needle, platform, kind, form, _proxying(pattern, tag))
            for tag, form in forms
            for host in _HOSTS
            # Plain, and inside a JSON string (a CMS's copy); a service's element is
            # not itself written percent-encoded.
            for needle in url_needles(host)[:2]
        ),
        # ("oembed" alone is in every WordPress page's oEmbed discovery link.)
        Marker("oembed url=", platform, kind, "element", _proxying(pattern, "oembed")),
    )
