r"""Posts embedded through an embed service, whose element names the post in a URL's query.

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
  post>"></oembed></figure>`` and turned into the embed by the site's script;
- s9e's MediaEmbed (phpBB's text formatter, XenForo's add-on): an iframe on
  ``s9e.github.io`` whose fragment names the post (``/iframe/2/twitter.min.html#ID``,
  ``instagram.min.html#CODE``, ``tiktok.min.html#ID``, ``telegram.min.html#channel/ID``:
  its sites' templates, s9e/TextFormatter's ``MediaEmbed/Configurator/sites``), or, where
  it loads lazily, ``<span data-s9e-mediaembed="twitter" data-s9e-mediaembed-iframe=
  '["src","https:\/\/s9e.github.io\/iframe\/2\/twitter.min.html#ID", …]'>``, the
  iframe's attributes as a JSON array of names and values.

Each platform that reads such an element adds :func:`proxy_markers` to its markers
with a pattern for its posts' URLs, and reads the post from :func:`proxied`.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping

from .._lazy import re_pattern
from ..escapes import html_unescape
from ..forms import Form
from ..markers import Marker, TagTest, only
from ._markup import json_value, lazy_urls, per_tag, query, unwrap, url_needles

__all__ = ["PROXY_GATES", "proxied", "proxy_markers"]

# What every needle below holds (see locate's gates).
PROXY_GATES = ("embed", "iframe.ly", "s9e.")
_S9E_HOST = "s9e.github.io/iframe/"
_HOSTS = ("embedly.com/widgets/media.html", "iframe.ly/", "/media/oembed?", _S9E_HOST)
_S9E = re_pattern(
    globals(),
    "_S9E",
    r"(?:^|//)s9e\.github\.io/iframe/(?:\d+/)?([a-z]+)\.min\.html#([^#\s\"'<>]+)",
    re.IGNORECASE,
)
# The post's URL that s9e's iframe of a site names by its fragment.
_S9E_POSTS = {
    "twitter": "https://twitter.com/i/status/{}",
    "instagram": "https://www.instagram.com/p/{}/",
    "tiktok": "https://www.tiktok.com/embed/v2/{}",
    "telegram": "https://t.me/{}",
}
_S9E_LAZY = "data-s9e-mediaembed-iframe"
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
    s9e = _s9e_post(attributes)
    if s9e is not None:
        return (s9e,)
    for value in (*lazy_urls(attributes), attributes.get("data-iframely-url")):
        if value and _SERVICE.search(value):
            params = query(unwrap(value))
            found = (params.get("url"), attributes.get("href"), params.get("src"))
            return tuple(dict.fromkeys(unwrap(url) for url in found if url))
    url = attributes.get("url")
    return (unwrap(url),) if url else ()


def _s9e_post(attributes: Mapping[str, str]) -> str | None:
    """The post s9e's iframe (or its lazy span's attributes for it) names, if any."""
    # (Asked of every iframe a platform's tag test reads: most name no s9e URL.)
    urls = [url for url in lazy_urls(attributes) if "s9e." in url]
    lazy = attributes.get(_S9E_LAZY)
    if lazy:
        pairs = json_value(html_unescape(lazy))
        if isinstance(pairs, list):
            names, values = pairs[0::2], pairs[1::2]
            urls += [
                v for n, v in zip(names, values, strict=False) if n == "src" and isinstance(v, str)
            ]
    for url in urls:
        m = _S9E.search(url)
        template = _S9E_POSTS.get(m.group(1).lower()) if m is not None else None
        if m is not None and template is not None:
            return template.format(m.group(2))
    return None


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
        # s9e's lazy span, its iframe's URL in a JSON array.
        *(
            Marker(needle, platform, kind, "element", _proxying(pattern, "span"))
            for needle in url_needles(_S9E_HOST)[1:2]
        ),
        # ("oembed" alone is in every WordPress page's oEmbed discovery link.)
        Marker("oembed url=", platform, kind, "element", _proxying(pattern, "oembed")),
    )
