"""Embed codes a consent tool keeps base64-encoded until the reader consents.

Borlabs Cookie (a WordPress consent plugin) replaces each embed it blocks with a
preview and the code itself, base64-encoded. Version 2 (its ``ContentBlocker``
class) writes the code in a hidden element after the preview::

    <div class="BorlabsCookie _brlbs-cb-instagram">PREVIEW<div class="borlabs-hide"
      data-borlabs-cookie-type="content-blocker" data-borlabs-cookie-id="instagram">
      <script type="text/template">PGJsb2NrcXVvdGUg…</script></div></div>

(without the ``<script>`` where the site chose no JavaScript integration); version 3
in an attribute of the element that holds the preview::

    <div class="brlbs-cmpnt-container brlbs-cmpnt-content-blocker"
      data-borlabs-cookie-content-blocker-id="instagram"
      data-borlabs-cookie-content="PGJsb2NrcXVvdGUg…">PREVIEW</div>

No needle of the code is in the page's bytes: locate decodes the code and looks for
embeds in it; what it finds is reported with the whole blocker as its span, escaped
``base64``.
"""

from __future__ import annotations

import binascii
import re

from ._lazy import re_pattern
from .regions import region_end
from .textstate import lower

__all__ = ["NEEDLES", "PREFIX", "blocked_code"]

# What the element that holds the code has in its tag (version 2's
# data-borlabs-cookie-type, version 3's data-borlabs-cookie-content-blocker-id), and
# what both begin with. (A needle that ends in "-content" made the needle scan of every
# page 4% slower, "content" being in every page's meta tags: version 3's shortcode,
# a <span> with no other attribute of its own, is not read.)
NEEDLES = ("borlabs-cookie-type", "borlabs-cookie-content-blocker")
PREFIX = "borlabs-cookie-"
_HIDDEN_NEEDLE, _CONTENT_NEEDLE = (n.encode("ascii") for n in NEEDLES)
_REACH = 600  # from the needle back to its tag's "<"
_PREVIEW_REACH = 8192  # from the hidden element back to the blocker's start (version 2)
_CONTENT_REACH = 65536  # from version 3's tag to its end tag (the preview between)
_MAX_CODE = 262144  # the encoded code's length at most
_HIDDEN = re_pattern(
    globals(),
    "_HIDDEN",
    rb"""<div\b[^<>]{0,600}?\bdata-borlabs-cookie-type\s*=\s*["']?content-blocker["']?[^<>]{0,600}>"""
    rb"""\s*(?:<script\b[^<>]{0,200}>)?""",
    re.IGNORECASE,
)
_HIDDEN_END = re_pattern(globals(), "_HIDDEN_END", rb"(?:</script\s*>)?\s*</div\s*>", re.IGNORECASE)
_BLOCKER = re_pattern(
    globals(), "_BLOCKER", rb"<div\b[^<>]{0,200}?\bclass\s*=\s*[\"']?BorlabsCookie\b", re.IGNORECASE
)
_OUTER_END = re_pattern(globals(), "_OUTER_END", rb"\s*</div\s*>")
# A run of base64 (white space allowed), searched one class at a time: a pattern that
# ended in white space would try every split of a run of it.
_CODE_RUN = re_pattern(globals(), "_CODE_RUN", rb"[A-Za-z0-9+/=\s]{0,%d}" % _MAX_CODE)
_DIV = re_pattern(globals(), "_DIV", rb"<div[\s/>]", re.IGNORECASE)
_VALUE = re_pattern(
    globals(), "_VALUE", rb"""\bdata-borlabs-cookie-content\s*=\s*(["'])""", re.IGNORECASE
)


def blocked_code(data: bytes, hit: int) -> tuple[int, int, bytes] | None:
    """The blocker whose element's tag holds a needle at ``hit``: its start and end in
    ``data``, and the embed code it keeps (UTF-8); None if it is none."""
    start = data.rfind(b"<", max(0, hit - _REACH), hit)
    if start < 0 or data.find(b">", start, hit) >= 0:
        return None  # the needle is in no tag
    return (
        _hidden(data, start) if data.startswith(_HIDDEN_NEEDLE, hit) else _in_attribute(data, start)
    )


def _code_end(data: bytes, start: int, closer: bytes) -> int:
    """Where the base64 code that starts at ``start`` ends, if ``closer`` (the byte
    after it) ends it there and it holds a few characters; else -1."""
    run = _CODE_RUN.match(data, start)
    end = run.end() if run is not None else -1
    return end if end - start >= 4 and data.startswith(closer, end) else -1


def _decoded(encoded: bytes) -> bytes | None:
    """The code, re-encoded as UTF-8, when ``encoded`` is base64 of markup."""
    try:
        code = binascii.a2b_base64(encoded.translate(None, b" \t\n\r\f"))
    except (binascii.Error, ValueError):
        return None
    # (The page's code is UTF-8 once it is decoded; the blocked code is re-encoded so.)
    return code.decode("utf-8", "replace").encode("utf-8") if b"<" in code else None


def _hidden(data: bytes, start: int) -> tuple[int, int, bytes] | None:
    """Version 2: the hidden element at ``start``, and the blocker around it."""
    m = _HIDDEN.match(data, start)
    if m is None:
        return None
    lt = _code_end(data, m.end(), b"<")
    closing = _HIDDEN_END.match(data, lt) if lt >= 0 else None
    if closing is None:
        return None
    code = _decoded(data[m.end() : lt])
    if code is None:
        return None
    end = closing.end()
    # The whole blocker (its preview, then the hidden code), where it wraps them.
    name = data.rfind(b"BorlabsCookie", max(0, start - _PREVIEW_REACH), start)
    opening = data.rfind(b"<", max(0, name - 200), name) if name >= 0 else -1
    if opening >= 0 and _BLOCKER.match(data, opening) is not None:
        outer = _OUTER_END.match(data, end)
        if outer is not None:
            start, end = opening, outer.end()
    return start, end, code


def _in_attribute(data: bytes, start: int) -> tuple[int, int, bytes] | None:
    """Version 3: the div at ``start`` whose attribute holds the code, to its end tag."""
    value = _VALUE.search(data, start, start + _REACH) if _DIV.match(data, start) else None
    if value is None or data.find(b">", start, value.start()) >= 0:
        return None
    close = _code_end(data, value.end(), value[1])
    open_end = data.find(b">", close) + 1 if close >= 0 else 0
    if open_end <= 0 or data.find(b"<", close, open_end) >= 0:
        return None
    code = _decoded(data[value.end() : close])
    # Its preview holds no other blocker: a run of unclosed ones costs each its stretch.
    following = data.find(_CONTENT_NEEDLE, open_end, open_end + _CONTENT_REACH)
    preview = data[open_end : following if following >= 0 else open_end + _CONTENT_REACH]
    end = region_end(preview, lower(preview), "div", None, 0, len(preview))
    return None if code is None or end is None else (start, open_end + end, code)
