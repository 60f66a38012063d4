"""Embed codes a consent tool keeps base64-encoded until the reader consents.

Borlabs Cookie (a WordPress consent plugin, version 2) replaces each embed it blocks
with a preview and the code itself, base64-encoded (its ``ContentBlocker`` class)::

    <div class="BorlabsCookie _brlbs-cb-instagram">PREVIEW<div class="borlabs-hide"
      data-borlabs-cookie-type="content-blocker" data-borlabs-cookie-id="instagram">
      <script type="text/template">PGJsb2NrcXVvdGUg…</script></div></div>

(without the ``<script>`` where the site chose no JavaScript integration). No needle
of the code is in the page's bytes: locate decodes the code and looks for embeds in
it; what it finds is reported with the whole blocker as its span, escaped
``base64``.
"""

from __future__ import annotations

import binascii
import re

from ._lazy import re_pattern

__all__ = ["NEEDLE", "blocked_code"]

# What the hidden element's tag holds.
NEEDLE = "data-borlabs-cookie-type"
_REACH = 600  # from the needle back to its tag's "<", and on to the tag's end
_PREVIEW_REACH = 8192  # from the hidden element back to the blocker's start
_MAX_CODE = 262144  # the encoded code's length at most
_HIDDEN = re_pattern(
    globals(),
    "_HIDDEN",
    rb"""<div\b[^<>]{0,600}?\bdata-borlabs-cookie-type\s*=\s*["']?content-blocker["']?[^<>]{0,600}>"""
    rb"""\s*(?:<script\b[^<>]{0,200}>)?""",
    re.IGNORECASE,
)
_CODE = re_pattern(globals(), "_CODE", rb"[A-Za-z0-9+/=\s]{4,}")
_HIDDEN_END = re_pattern(globals(), "_HIDDEN_END", rb"(?:</script\s*>)?\s*</div\s*>", re.IGNORECASE)
_BLOCKER = re_pattern(
    globals(), "_BLOCKER", rb"<div\b[^<>]{0,200}?\bclass\s*=\s*[\"']?BorlabsCookie\b", re.IGNORECASE
)
_OUTER_END = re_pattern(globals(), "_OUTER_END", rb"\s*</div\s*>")


def blocked_code(data: bytes, hit: int) -> tuple[int, int, bytes] | None:
    """The blocker whose hidden element's tag holds the needle at ``hit``: its start
    and end in ``data``, and the embed code it keeps (UTF-8); None if it is none."""
    start = data.rfind(b"<", max(0, hit - _REACH), hit)
    m = _HIDDEN.match(data, start) if start >= 0 else None
    if m is None:
        return None
    # The code runs to the next "<" (searched, not matched: a run of white space
    # must not be tried at every split).
    lt = data.find(b"<", m.end(), m.end() + _MAX_CODE)
    closing = _HIDDEN_END.match(data, lt) if lt >= 0 else None
    if closing is None or _CODE.fullmatch(data, m.end(), lt) is None:
        return None
    try:
        code = binascii.a2b_base64(bytes(data[m.end() : lt]).translate(None, b" \t\n\r\f"))
    except (binascii.Error, ValueError):
        return None
    if b"<" not in code:
        return None
    end = closing.end()
    # The whole blocker (its preview, then the hidden code), where it wraps them.
    name = data.rfind(b"BorlabsCookie", max(0, start - _PREVIEW_REACH), start)
    opening = data.rfind(b"<", max(0, name - 200), name) if name >= 0 else -1
    if opening >= 0 and _BLOCKER.match(data, opening) is not None:
        outer = _OUTER_END.match(data, end)
        if outer is not None:
            start, end = opening, outer.end()
    # (The page's code is UTF-8 once it is decoded; the blocked code is re-encoded so.)
    return start, end, code.decode("utf-8", "replace").encode("utf-8")
