"""The ways embed markup is escaped inside a page, and how to read it back.

CMSs store an article's HTML inside JSON strings (``\\"``, ``\\/``, ``\\u003c``),
entity-escape it into attributes or ``<textarea>`` (``&lt;blockquote …&gt;``) or
percent-encode it into attribute values (``%3Cblockquote``). Each escaping here
knows what its ``<`` and ``>`` look like, how to find an end tag written in it,
and how to undo it. ``"text"`` is markup that sits unescaped where the parser
reads text (``<textarea>``, ``<script>``, comments): nothing to undo.
"""

from __future__ import annotations

import functools
import html
import json.decoder
import re
from collections.abc import Callable
from urllib.parse import unquote

import attrs

from ._lazy import re_pattern

__all__ = ["ESCAPINGS", "Escaping", "html_unescape", "json_quoted", "percent_unquote", "unescape"]


@attrs.frozen
class Escaping:
    """One way of escaping markup: its name and how ``<`` and ``>`` are written in it."""

    name: str
    openers: tuple[str, ...]
    closers: tuple[str, ...]
    # A regex fragment for "<" and for an optional "/" before the tag name.
    lt: str
    slash: str
    gt: str


ESCAPINGS: tuple[Escaping, ...] = (
    Escaping(
        name="json",
        openers=("\\u003c", "\\u003C"),
        closers=(">", "\\u003e", "\\u003E"),
        lt=r"(?:<|\\u003[cC])",
        slash=r"\\?/",
        gt=r"(?:>|\\u003[eE])",
    ),
    Escaping(
        name="html",
        # (&amp;lt;: escaped twice, an attribute's value escaped again.)
        openers=("&lt;", "&LT;", "&#60;", "&#x3c;", "&#x3C;", "&amp;lt;"),
        closers=("&gt;", "&GT;", "&#62;", "&#x3e;", "&#x3E;", "&amp;gt;"),
        lt=r"&(?:amp;)?(?:lt|LT|\#60|\#x3[cC]);",
        slash=r"(?:\\?/|&(?:amp;)?\#47;|&(?:amp;)?sol;)",
        gt=r"&(?:amp;)?(?:gt|GT|\#62|\#x3[eE]);",
    ),
    Escaping(
        name="percent",
        openers=("%3C", "%3c"),
        closers=("%3E", "%3e"),
        lt=r"%3[cC]",
        slash=r"(?:/|%2[fF])",
        gt=r"%3[eE]",
    ),
)

_JSON_ESCAPE = re_pattern(globals(), "_JSON_ESCAPE", r"""\\(u[0-9a-fA-F]{4}|["\\/bfnrt])""")
_JSON_SIMPLE = {
    '"': '"',
    "\\": "\\",
    "/": "/",
    "b": "\b",
    "f": "\f",
    "n": "\n",
    "r": "\r",
    "t": "\t",
}


# json's C string scanner (typeshed does not list it; json.decoder exports it).
_scanstring: Callable[[str, int, bool], tuple[str, int]] = json.decoder.scanstring  # type: ignore[attr-defined]


def _json_unescape(text: str) -> str:
    """Undo one level of JSON string escapes, never raising."""
    # json's own string scanner, as json.loads(f'"{text}"', strict=False) would call
    # it, without the decoder around it (0.27 against 2.1 µs for an escaped tag); a
    # string that ends before the text does (an unescaped quote) is what json.loads
    # refuses as extra data.
    quoted = f'"{text}"'
    try:
        value, end = _scanstring(quoted, 1, False)
        if end == len(quoted):
            return value
    except ValueError:
        pass

    def replace(m: re.Match[str]) -> str:
        code = m.group(1)
        return chr(int(code[1:], 16)) if code[0] == "u" else _JSON_SIMPLE[code]

    return (
        _JSON_ESCAPE.sub(replace, text)
        .encode("utf-16", "surrogatepass")
        .decode("utf-16", "replace")
    )


# An attribute value opened by an escaped quote, escaped once or more (=\\" or =\\\\\\").
_ESCAPED_QUOTE = re_pattern(globals(), "_ESCAPED_QUOTE", r'=\s*\\+"')
# An attribute value that is a URL with escaped slashes (src=\\"https:\\/\\/…).
_ESCAPED_URL = re_pattern(globals(), "_ESCAPED_URL", r"""=\s*\\*["']?(?:https?:)?\\/\\/""")
# A URL alone with escaped slashes (a URL block's region read out of a JSON string).
_ESCAPED_BARE_URL = re_pattern(globals(), "_ESCAPED_BARE_URL", r"\s*https?:\\+/\\+/")


def json_quoted(markup: str) -> bool:
    """Whether ``markup`` sits in a JSON string: its attribute quotes are all escaped
    (``class=\\"…\\"``), its URL attributes' slashes are (``src="https:\\/\\/``, or a URL's
    alone), or its first ``<`` is (``\\u003c``). A live tag may hold a backslash before a quote in a
    value (``title="\\"``), never only those."""
    if _ESCAPED_URL.search(markup) is not None or markup[:6].lower() == "\\u003c":
        return True
    if _ESCAPED_BARE_URL.match(markup) is not None:
        return True
    return '="' not in markup and "='" not in markup and _ESCAPED_QUOTE.search(markup) is not None


def html_unescape(text: str) -> str:
    """``html.unescape(text)``; text whose every ``&`` opens one of the five common
    entities is undone by a few replacements instead of a Python call per entity
    (an escaped tweet holds dozens)."""
    if "&" not in text:
        return text
    done = (
        text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"').replace("&#39;", "'")
    )
    if "&" not in done:
        return done
    # "&amp;" last, once: what it leaves ("&amp;lt;" gives "&lt;") is not undone again.
    if done.count("&") == done.count("&amp;"):
        return done.replace("&amp;", "&")
    return html.unescape(text)


# The characters percent-encoded markup is mostly made of, with upper- and lower-case
# hex digits. (What none of them undoes leaves a "%", and the text goes to unquote.)
_COMMON_PERCENT = tuple(
    dict.fromkeys((f"%{ord(char):02{case}}", char) for char in "<>\"= /'" for case in ("X", "x"))
)


def percent_unquote(text: str) -> str:
    """``urllib.parse.unquote(text)``; text whose every ``%`` starts one of the common
    escapes is undone by replacements instead of unquote's pass in Python (~10% of
    reading a percent-encoded embed)."""
    if "%" not in text:
        return text
    done = text
    for escape, char in _COMMON_PERCENT:
        if escape in done:
            done = done.replace(escape, char)
    return done if "%" not in done else unquote(text)


def unescape(text: str, escaping: str | None) -> str:
    """Undo ``escaping`` on ``text``; text escaped twice is unescaped twice."""
    if escaping == "json":
        for _ in range(4):  # a JSON string inside a JSON string inside …
            text = _json_unescape(text)
            if not json_quoted(text):
                break
        return text
    if escaping == "html":
        for _ in range(4):  # &amp;lt;blockquote: escaped twice
            text = html_unescape(text)
            if "&lt;" not in text.lower() and "&#60;" not in text:
                break
    elif escaping == "percent":
        text = percent_unquote(text)
    else:
        return text
    # A JSON string stored in an entity-escaped attribute (class=\&quot;…\&quot;), or
    # percent-encoded inside one: the inner escaping is undone too.
    return unescape(text, "json") if json_quoted(text) else text


@functools.lru_cache(maxsize=64)
def tag_pattern(name: str, tag: str) -> re.Pattern[str]:
    """Opening or end tags ``tag`` as written in the escaping ``name`` (group 1: the slash)."""
    escaping = next(e for e in ESCAPINGS if e.name == name)
    return re.compile(
        rf"{escaping.lt}({escaping.slash})?{re.escape(tag)}(?![a-zA-Z0-9-])[^<>]{{0,4096}}?{escaping.gt}",
        re.IGNORECASE | re.ASCII,  # HTML folds the case of ASCII letters only
    )
