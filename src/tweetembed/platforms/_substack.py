"""Substack's embed components: a newsletter's copy of a tweet or an Instagram post.

Substack keeps the tweet it embeds as JSON in the component's ``data-attrs`` and
draws a static card from it (no script of Twitter's runs)::

    <div class="tweet" data-attrs="{&quot;url&quot;:&quot;https://twitter.com/h/status/
      ID&quot;,&quot;full_text&quot;:&quot;text, its links as &lt;a&gt;&quot;,
      &quot;username&quot;:&quot;h&quot;,&quot;name&quot;:&quot;Name&quot;,
      &quot;date&quot;:&quot;Thu Feb 08 12:00:45 +0000 2018&quot;,…}"
      data-component-name="Twitter2ToDOM"> the card </div>

Newer pages make the component a link to the status (``<a href="…/status/ID"
data-component-name="Twitter2ToDOM">``), the JSON on an element inside it where a
page keeps it; feeds keep the empty ``<div class="twitter-embed" data-attrs=…>``. The
date is the API's ``created_at`` in older posts, ISO 8601 in newer ones.

Its Instagram component is drawn the same way, from JSON that names the post, its
credit and its author (Ghost's Substack importer's test, TryGhost/migrate,
packages/mg-substack/test/process.test.js)::

    <div class="instagram" data-attrs="{&quot;instagram_id&quot;:&quot;CODE&quot;,
      &quot;title&quot;:&quot;A post shared by Name (@user)&quot;,&quot;author_name&quot;:
      &quot;user&quot;,&quot;timestamp&quot;:null,…}"> the card: a link to the post </div>
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import TYPE_CHECKING, NamedTuple

from .._lazy import re_pattern
from ..escapes import html_unescape
from ..fragment import parse_fragment
from ..markers import only
from ..text import element_text
from ._markup import json_value, options

if TYPE_CHECKING:
    from lxml import etree

__all__ = [
    "INSTAGRAM_NEEDLE", "SUBSTACK_NEEDLE", "SubstackInstagram", "SubstackTweet",
    "component_options", "is_component",
    "is_substack_instagram", "is_substack_tweet", "substack_instagram", "substack_tweet",
]  # fmt: skip

SUBSTACK_NEEDLE = "Twitter2ToDOM"
_ELEMENTS = ("div", "a")
# The Instagram component's JSON key; the post's shortcode its value.
INSTAGRAM_NEEDLE = "instagram_id"
_INSTAGRAM_ID = re_pattern(
    globals(), "_INSTAGRAM_ID", r'"instagram_id"\s*:\s*"([A-Za-z0-9_-]{5,60})"'
)
_SHORTCODE = re_pattern(globals(), "_SHORTCODE", r"[A-Za-z0-9_-]{5,60}")


@only("div")
def is_substack_instagram(tag: str, attributes: Mapping[str, str]) -> bool:
    """A tag test: Substack's Instagram component (its class and its JSON's shortcode)."""
    return (
        tag == "div"
        and "instagram" in attributes.get("class", "").split()
        and _INSTAGRAM_ID.search(html_unescape(attributes.get("data-attrs", ""))) is not None
    )


class SubstackInstagram(NamedTuple):
    """What the Instagram component's JSON says of its post."""

    code: str
    credit: str | None  # "A post shared by Name (@user)"
    handle: str | None
    date: str | None


def substack_instagram(root: etree._Element) -> SubstackInstagram | None:
    """The post the Instagram component at ``root`` shows, or None if it is no such
    component."""
    if root.tag != "div" or "instagram" not in (root.get("class") or "").split():
        return None
    fields = _attrs(root)
    code = fields.get("instagram_id")
    if not isinstance(code, str) or _SHORTCODE.fullmatch(code) is None:
        return None
    value = functools.partial(_text_field, fields)
    return SubstackInstagram(
        code, value("title"), (value("author_name") or "").lstrip("@") or None, value("timestamp")
    )


@only(*_ELEMENTS)
def is_substack_tweet(tag: str, attributes: Mapping[str, str]) -> bool:
    """A tag test: Substack's tweet component."""
    return tag in _ELEMENTS and attributes.get("data-component-name") == SUBSTACK_NEEDLE


def is_component(element: etree._Element) -> bool:
    """Whether a parsed element is the component (what the tag test passed)."""
    return element.get("data-component-name") == SUBSTACK_NEEDLE


class SubstackTweet(NamedTuple):
    """What the component says of its tweet (each ``None`` where it is silent)."""

    url: str | None
    body: etree._Element | None  # the tweet's text, its links as <a> elements
    name: str | None
    handle: str | None
    date: str | None


def substack_tweet(root: etree._Element) -> SubstackTweet:
    """The tweet the component at ``root`` holds: its JSON's fields, else its card's
    (the classes Substack's card gives them, as Ghost's Substack importer reads them:
    TryGhost/migrate, packages/mg-substack/lib/process.js)."""
    fields = _attrs(root)
    value = functools.partial(_text_field, fields)

    # The first of each (a quoted tweet's card may follow, inside).
    card: dict[str, etree._Element] = {}
    for element in root.iter():
        if isinstance(element.tag, str):
            for token in (element.get("class") or "").split():
                if token in _CARD_CLASSES:
                    card.setdefault(token, element)

    def shown(token: str) -> str | None:
        element = card.get(token)
        return element_text(element, inline=True) or None if element is not None else None

    full_text = value("full_text")
    # The API's text: its line breaks are newlines, its links <a> elements.
    body = (
        parse_fragment("<p>" + full_text.replace("\n", "<br>") + "</p>")
        if full_text
        else card.get("tweet-text")
    )
    top = card.get("tweet-link-top")
    return SubstackTweet(
        url=value("url") or root.get("href") or (top.get("href") if top is not None else None),
        body=body,
        name=value("name") or shown("tweet-author-name"),
        handle=(value("username") or shown("tweet-author-handle") or "").lstrip("@") or None,
        date=value("date") or shown("tweet-date"),
    )


_CARD_CLASSES = frozenset(
    ("tweet-link-top", "tweet-text", "tweet-author-name", "tweet-author-handle", "tweet-date")
)


def component_options(root: etree._Element) -> dict[str, str]:
    """A component's ``data-*`` options but its JSON (the record's fields already)."""
    return {k: v for k, v in options(root).items() if k != "attrs"}


def _text_field(fields: Mapping[str, object], key: str) -> str | None:
    """A component's JSON field that holds text, stripped (None: missing, empty or no text)."""
    found = fields.get(key)
    return found.strip() or None if isinstance(found, str) else None


def _attrs(root: etree._Element) -> dict[str, object]:
    """The first ``data-attrs`` JSON object on the component or inside it."""
    for element in root.iter():
        value = element.get("data-attrs") if isinstance(element.tag, str) else None
        if value:
            fields = json_value(value)
            return fields if isinstance(fields, dict) else {}
    return {}
