"""The immutable records that :func:`tweetembed.parse` returns.

Every class is an ``attrs`` frozen, slotted class: equal and hashable by value,
picklable, with a readable ``repr``, ``to_dict()`` giving plain JSON-able values
and ``_repr_html_`` for notebooks.
"""

from __future__ import annotations

import datetime as _dt
import html
from collections.abc import Iterable, Iterator, Mapping
from typing import Any, SupportsIndex, overload

import attrs

from .forms import ESCAPES, FORMS, Escaped, Form

__all__ = [
    "Author",
    "BlueskyPost",
    "Cashtag",
    "Embed",
    "Embeds",
    "EmojiCaption",
    "Entities",
    "Hashtag",
    "InstagramPost",
    "Link",
    "Mention",
    "Options",
    "RedditPost",
    "TikTokVideo",
    "Tweet",
    "UrlEntity",
    "YouTubeVideo",
]

LINK_KINDS = ("mention", "hashtag", "cashtag", "media", "status", "url")


class Options(Mapping[str, str]):
    """A read-only, hashable, picklable mapping of an embed's ``data-*`` options.

    ``types.MappingProxyType`` is neither hashable nor picklable, and a plain
    ``dict`` would make the frozen records mutable and unhashable.
    """

    __slots__ = ("_items",)
    _items: dict[str, str]

    def __init__(self, items: Mapping[str, str] | Iterable[tuple[str, str]] = ()) -> None:
        object.__setattr__(self, "_items", dict(items))

    def __getitem__(self, key: str) -> str:
        return self._items[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._items)

    def __len__(self) -> int:
        return len(self._items)

    def __hash__(self) -> int:
        return hash(frozenset(self._items.items()))

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Mapping):
            return dict(self._items) == dict(other)
        return NotImplemented

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError("Options is read-only")

    def __reduce__(self) -> tuple[type[Options], tuple[dict[str, str]]]:
        return (Options, (dict(self._items),))

    def __repr__(self) -> str:
        return f"Options({self._items!r})"


def _tuple(items: Iterable[Any]) -> tuple[Any, ...]:
    """Freeze any iterable (a list from a caller, a generator) into a tuple."""
    return tuple(items)


def _to_options(value: Mapping[str, str] | Iterable[tuple[str, str]]) -> Options:
    if isinstance(value, Options):
        return value
    items = dict(value)
    # Most embeds have none, and most others the same few (data-lang="en"): records
    # share one immutable mapping for those, where each would keep ~220 bytes of its own.
    if not items:
        return _NO_OPTIONS
    if len(items) > _SHARED_ITEMS or any(len(v) > _SHARED_VALUE for v in items.values()):
        return Options(items)
    key = tuple(items.items())
    options = _SHARED_OPTIONS.get(key)
    if options is None:
        if len(_SHARED_OPTIONS) >= _SHARED_MAX:
            _SHARED_OPTIONS.clear()  # (a page of distinct options must not grow it forever)
        options = _SHARED_OPTIONS[key] = Options(items)
    return options


_NO_OPTIONS = Options()
_SHARED_OPTIONS: dict[tuple[tuple[str, str], ...], Options] = {}
_SHARED_ITEMS, _SHARED_VALUE, _SHARED_MAX = 4, 40, 512


def _to_span(value: Iterable[int]) -> tuple[int, int]:
    start, end = value
    return (int(start), int(end))


def _check_span(
    _inst: object, _attr: attrs.Attribute[tuple[int, int]], value: tuple[int, int]
) -> None:
    if not 0 <= value[0] <= value[1]:
        raise ValueError(f"span must satisfy 0 <= start <= end, got {value!r}")


# Values that are JSON already: told by their type at once (most fields are strings,
# numbers or None; each isinstance test of Mapping, an ABC, costs more than the rest
# of a row's conversion: a corpus job's rows ~2x faster).
_PLAIN = frozenset({str, int, float, bool, type(None)})


def _json_value(value: Any) -> Any:
    """Turn a field value into plain JSON-able data (dates as ISO strings)."""
    if type(value) in _PLAIN:
        return value
    if isinstance(value, _dt.date):  # datetime is a date too
        return value.isoformat()
    if isinstance(value, _Model):
        return value.to_dict()
    if isinstance(value, (tuple, list)):
        return [_json_value(v) for v in value]
    if isinstance(value, Mapping):
        return {str(k): _json_value(v) for k, v in value.items()}
    return value


_FIELD_ORDER: dict[type[Any], tuple[str, ...]] = {}


def _field_order(cls: type[Any]) -> tuple[str, ...]:
    """Field names with those of ``Embed`` first, so every platform's rows start alike."""
    order = _FIELD_ORDER.get(cls)
    if order is None:
        names = [a.name for a in attrs.fields(cls)]
        if issubclass(cls, Embed) and cls is not Embed:
            base = [a.name for a in attrs.fields(Embed)]
            names = base + [n for n in names if n not in base]
        order = _FIELD_ORDER[cls] = tuple(names)
    return order


class _Model:
    """Shared behaviour of every record: ``to_dict`` and a safe ``_repr_html_``."""

    __slots__ = ()

    def to_dict(self) -> dict[str, Any]:
        """Return the record as plain JSON-able values (dates as ISO strings)."""
        return {name: _json_value(getattr(self, name)) for name in _field_order(type(self))}

    def _repr_html_(self) -> str:
        rows = "".join(
            f"<tr><th>{html.escape(k)}</th><td>{_html_value(v)}</td></tr>"
            for k, v in self.to_dict().items()
        )
        return f"<table><caption>{html.escape(type(self).__name__)}</caption>{rows}</table>"


_LINK_ATTRS = 'rel="noopener noreferrer nofollow" target="_blank"'


def _safe_href(url: object) -> str | None:
    """Return ``url`` when it may be shown as a link: http(s) only, escaped later."""
    if isinstance(url, str) and url[:8].lower().startswith(("http://", "https://")):
        return url
    return None


def _html_value(value: Any) -> str:
    """Render one JSON-able value as escaped HTML; only http(s) strings become links."""
    if isinstance(value, dict):
        inner = "".join(
            f"<li>{html.escape(str(k))}: {_html_value(v)}</li>" for k, v in value.items()
        )
        return f"<ul>{inner}</ul>" if inner else ""
    if isinstance(value, list):
        inner = "".join(f"<li>{_html_value(v)}</li>" for v in value)
        return f"<ol>{inner}</ol>" if inner else ""
    if value is None:
        return "<i>None</i>"
    text = str(value)
    href = _safe_href(text)
    if href is not None:
        quoted = html.escape(href, quote=True)
        return f'<a href="{quoted}" {_LINK_ATTRS}>{quoted}</a>'
    return html.escape(text).replace("\n", "<br>")


def _card(embed: Embed) -> str:
    """An embed as a small HTML card; every string escaped, only http(s) links."""
    who = ""
    if embed.author is not None:
        name = html.escape(embed.author.name or "")
        handle = html.escape(f"@{embed.author.handle}") if embed.author.handle else ""
        who = f"<b>{name}</b> {handle}".strip()
    body = html.escape(embed.text).replace("\n", "<br>")
    when = html.escape(embed.date.isoformat()) if embed.date else ""
    link = ""
    href = _safe_href(embed.url)
    if href is not None:
        quoted = html.escape(href, quote=True)
        link = f' · <a href="{quoted}" {_LINK_ATTRS}>{quoted}</a>'
    meta = html.escape(
        f"{embed.platform} · {embed.kind} · {embed.form}"
        + (f" · escaped={embed.escaped}" if embed.escaped else "")
    )
    return (
        '<div class="tweetembed-card" style="border:1px solid #ccc;padding:8px;max-width:36em">'
        f"<div>{who}</div><p>{body}</p>"
        f"<div><small>{when}{link}</small></div><div><small>{meta}</small></div></div>"
    )


@attrs.frozen
class Author(_Model):
    """Who posted the embedded status: display name and handle (without ``@``)."""

    name: str | None = None
    handle: str | None = None


@attrs.frozen
class Mention(_Model):
    """An ``@handle`` in a text; ``start``/``end`` are code-point offsets of ``@handle``."""

    handle: str
    start: int
    end: int


@attrs.frozen
class Hashtag(_Model):
    """A ``#tag`` in a text; ``tag`` is without the ``#``."""

    tag: str
    start: int
    end: int


@attrs.frozen
class Cashtag(_Model):
    """A ``$SYMBOL`` in a text; ``symbol`` is without the ``$``."""

    symbol: str
    start: int
    end: int


@attrs.frozen
class UrlEntity(_Model):
    """A URL in a text by twitter-text's rules, exactly as written there."""

    url: str
    start: int
    end: int


@attrs.frozen
class Entities(_Model):
    """The entities of a plain text, as :func:`tweetembed.extract_entities` returns them."""

    mentions: tuple[Mention, ...] = attrs.field(default=(), converter=_tuple)
    hashtags: tuple[Hashtag, ...] = attrs.field(default=(), converter=_tuple)
    cashtags: tuple[Cashtag, ...] = attrs.field(default=(), converter=_tuple)
    urls: tuple[UrlEntity, ...] = attrs.field(default=(), converter=_tuple)


@attrs.frozen
class Link(_Model):
    """An ``<a>`` of an embed's body.

    ``href`` is exactly as written (entities decoded; ``None`` when absent); ``url``
    is the normalised absolute http(s) URL, or ``None`` when there is no safe one.
    """

    text: str
    href: str | None
    url: str | None
    kind: str = attrs.field(validator=attrs.validators.in_(LINK_KINDS))


@attrs.frozen
class EmojiCaption(_Model):
    """A line of text that starts with emoji: the emoji as written and the words after it."""

    emoji: str
    caption: str


def _optional_in(choices: tuple[str, ...]) -> Any:
    return attrs.validators.optional(attrs.validators.in_(choices))


@attrs.frozen(kw_only=True)
class Embed(_Model, Mapping[str, Any]):
    """What every platform's embed has: where it is, how it is written, who and what.

    ``post_id`` is the platform's own id of the post (a tweet's status id, an
    Instagram shortcode, a video id, a Bluesky ``at://`` URI, a Facebook post URL);
    ``created_at`` the time that id encodes, where it encodes one.

    An embed is also a read-only mapping of its field names to their values, so
    that ``pandas.DataFrame(parse(page))`` has one column per field.
    """

    platform: str
    kind: str
    form: Form = attrs.field(validator=attrs.validators.in_(FORMS))
    escaped: Escaped | None = attrs.field(default=None, validator=_optional_in(ESCAPES))
    post_id: str | None = None
    url: str | None = None
    author: Author | None = None
    text: str = ""
    date: _dt.date | None = None
    date_text: str | None = None
    created_at: _dt.datetime | None = None
    mentions: tuple[Mention, ...] = attrs.field(default=(), converter=_tuple)
    hashtags: tuple[Hashtag, ...] = attrs.field(default=(), converter=_tuple)
    options: Options = attrs.field(factory=Options, converter=_to_options)
    span: tuple[int, int] = attrs.field(converter=_to_span, validator=_check_span)

    def __getitem__(self, name: str) -> Any:
        if name not in _field_order(type(self)):
            raise KeyError(name)
        return getattr(self, name)

    def __iter__(self) -> Iterator[str]:
        return iter(_field_order(type(self)))

    def __len__(self) -> int:
        return len(_field_order(type(self)))

    def __repr__(self) -> str:
        # attrs would put a subclass's redefined platform/kind last; keep them first.
        fields = ", ".join(f"{name}={getattr(self, name)!r}" for name in _field_order(type(self)))
        return f"{type(self).__name__}({fields})"

    def _repr_html_(self) -> str:
        """A card: author, text, date and the post link (http(s) only), all escaped."""
        return _card(self)


@attrs.frozen(kw_only=True, repr=False)
class Tweet(Embed):
    """A Twitter/X embed with every field its markup gives; ``post_id`` is ``status_id``."""

    platform: str = attrs.field(default="twitter", validator=attrs.validators.in_(("twitter",)))
    kind: str = attrs.field(default="tweet", validator=attrs.validators.in_(("tweet", "video")))
    status_id: str | None = None
    # The status id is the post id: given one, the other follows.
    post_id: str | None = attrs.field(
        default=attrs.Factory(lambda self: self.status_id, takes_self=True)
    )
    lang: str | None = None
    direction: str | None = None
    cashtags: tuple[Cashtag, ...] = attrs.field(default=(), converter=_tuple)
    urls: tuple[UrlEntity, ...] = attrs.field(default=(), converter=_tuple)
    links: tuple[Link, ...] = attrs.field(default=(), converter=_tuple)
    media: tuple[str, ...] = attrs.field(default=(), converter=_tuple)
    emoji: tuple[str, ...] = attrs.field(default=(), converter=_tuple)
    emoji_captions: tuple[EmojiCaption, ...] = attrs.field(default=(), converter=_tuple)


def _platform(name: str) -> Any:
    return attrs.field(default=name, validator=attrs.validators.in_((name,)))


def _kind(*kinds: str) -> Any:
    return attrs.field(default=kinds[0], validator=attrs.validators.in_(kinds))


@attrs.frozen(kw_only=True, repr=False)
class InstagramPost(Embed):
    """An Instagram embed: ``post_id`` is the shortcode, ``kind`` what the permalink names.

    ``captioned`` says whether the embed code asked for the caption
    (``data-instgrm-captioned``); ``version`` is the embed code's ``data-instgrm-version``.
    """

    platform: str = _platform("instagram")
    kind: str = _kind("post", "reel", "tv", "profile")
    captioned: bool = False
    version: str | None = None


@attrs.frozen(kw_only=True, repr=False)
class YouTubeVideo(Embed):
    """A YouTube player: ``post_id`` is the video id (``None`` for a playlist alone,
    and for a channel's live stream, kind ``live``, whose ``url`` names the channel).

    ``start`` is where the player starts, in seconds; ``playlist_id`` the playlist
    it plays (``list=``); ``title`` the video's title where the markup names it.
    """

    platform: str = _platform("youtube")
    kind: str = _kind("video", "playlist", "live")
    start: int | None = None
    playlist_id: str | None = None
    title: str | None = None


@attrs.frozen(kw_only=True, repr=False)
class TikTokVideo(Embed):
    """A TikTok embed: ``post_id`` is the video id; ``sound`` the music link's text."""

    platform: str = _platform("tiktok")
    kind: str = _kind("video", "photo", "profile")
    sound: str | None = None


@attrs.frozen(kw_only=True, repr=False)
class BlueskyPost(Embed):
    """A Bluesky embed: ``post_id`` is the ``at://`` URI; ``did`` its author's DID and
    ``cid`` the content id of the embedded record version."""

    platform: str = _platform("bluesky")
    kind: str = _kind("post")
    did: str | None = None
    cid: str | None = None


@attrs.frozen(kw_only=True, repr=False)
class RedditPost(Embed):
    """A Reddit embed: ``post_id`` is the post's base-36 id; ``subreddit`` without ``r/``,
    ``title`` the post's title as the embed links it."""

    platform: str = _platform("reddit")
    kind: str = _kind("post", "comment")
    subreddit: str | None = None
    title: str | None = None


class Embeds(list[Embed]):
    """The list ``parse`` returns: a plain ``list``, shown in notebooks as a compact table.

    A slice is an ``Embeds`` too, and so is ``Embeds(e for e in embeds if …)``: a
    filtered table shows as a table.
    """

    __slots__ = ()

    @overload
    def __getitem__(self, index: SupportsIndex) -> Embed: ...

    @overload
    def __getitem__(self, index: slice) -> Embeds: ...

    def __getitem__(self, index: SupportsIndex | slice) -> Embed | Embeds:
        if isinstance(index, slice):
            return Embeds(super().__getitem__(index))
        return super().__getitem__(index)

    def __add__(self, other: list[Embed]) -> Embeds:  # type: ignore[override]
        return Embeds([*self, *other])

    def _repr_html_(self) -> str:
        head = "".join(
            f"<th>{name}</th>"
            for name in ("#", "platform", "form", "author", "date", "text", "url")
        )
        rows = []
        for index, embed in enumerate(self):
            author = embed.author
            who = ""
            if author is not None:
                who = html.escape(
                    " ".join(
                        filter(None, [author.name, f"@{author.handle}" if author.handle else None])
                    )
                )
            text = embed.text if len(embed.text) <= 80 else embed.text[:79] + "…"
            href = _safe_href(embed.url)
            link = (
                f'<a href="{html.escape(href, quote=True)}" {_LINK_ATTRS}>{html.escape(href)}</a>'
                if href
                else ""
            )
            escaped = f" ({html.escape(embed.escaped)})" if embed.escaped else ""
            rows.append(
                f"<tr><td>{index}</td><td>{html.escape(embed.platform)}</td>"
                f"<td>{html.escape(embed.form)}{escaped}</td><td>{who}</td>"
                f"<td>{html.escape(embed.date.isoformat()) if embed.date else ''}</td>"
                f"<td>{html.escape(text)}</td><td>{link}</td></tr>"
            )
        return f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"
