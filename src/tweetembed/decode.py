"""Stage 1: turn the caller's ``str`` or ``bytes`` into text, never raising.

Bytes are decoded by their byte-order mark, else by the charset the transport
declared (HTTP's ``Content-Type``, when the caller has it), else by the
``<meta charset>`` or ``http-equiv`` declaration near the top of the page, else
as UTF-8; bytes that do
not decode become U+FFFD, so nothing else in the page is lost.

Locating embeds needs no decoded text: a :class:`Page` holds bytes in which every
ASCII byte is an ASCII character (well-formed UTF-8, or a code page of one byte a
character), decodes only the stretches asked for, and counts byte positions into
text positions. Pages that are neither (UTF-16, Shift_JIS, broken UTF-8) are
decoded whole and read as the UTF-8 of that text.
"""

from __future__ import annotations

import codecs
import functools
import re
from collections.abc import Sequence

from ._lazy import re_pattern
from ._utf8 import code_point_offsets, count_code_points

__all__ = ["InvalidText", "Page", "decode", "is_wide", "page_of", "transport_codec"]

# The HTML standard's prescan reads the first 1024 bytes; real pages often put
# their <meta> after long <script> or <link> blocks, so look a little further.
_PRESCAN = 4096

# Searched in lower-cased bytes, where "<meta" is a literal the regex engine
# skips to; case-insensitive, it would try the pattern at every byte.
_META_CHARSET = re_pattern(
    globals(),
    "_META_CHARSET",
    rb"""<meta\b[^>]{0,512}?\bcharset\s*=\s*["']?\s*([a-z0-9_:.+-]{1,40})""",
)

# The Python codec that decodes each of the Encoding Standard's encodings as browsers
# do, where its name is not one Python knows for that decoder: the Standard's GBK
# decoder is gb18030's, its Big5 holds HKSCS, its Shift_JIS and EUC-KR are
# Microsoft's supersets. A <meta> cannot truthfully declare UTF-16 in a page whose
# head reads as ASCII (the HTML standard reads it as UTF-8), and x-user-defined is
# read as windows-1252 for the same reason.
_DECODERS = {
    "windows-874": "cp874",
    "iso-8859-8-i": "iso8859-8",
    "x-mac-cyrillic": "mac-cyrillic",
    "gbk": "gb18030",
    "big5": "big5hkscs",
    "shift_jis": "cp932",
    "euc-kr": "cp949",
    "utf-16le": "utf-8",
    "utf-16be": "utf-8",
    "x-user-defined": "cp1252",
}

_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


@functools.lru_cache(maxsize=256)
def _codec(label: str) -> str | None:
    """The Python codec for an encoding label, as browsers read the label: the
    Encoding Standard's table of labels (webencodings: ISO-8859-1 is windows-1252,
    ``windows-874`` and ``x-cp1251`` are labels, ``iso-2022-kr`` decodes to nothing);
    else, for a label no browser knows (``latin_1`` given on the command line),
    Python's own name."""
    import webencodings  # type: ignore[import-untyped]  # (read for a declared charset only)

    label = label.strip().strip("\"'").strip()
    encoding = webencodings.lookup(label)
    if encoding is not None:
        if encoding.name == "replacement":
            return None  # (a label the Standard refuses to decode: read as UTF-8)
        name = _DECODERS.get(encoding.name, encoding.name)
    else:
        name = label.lower()
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def _declared_encoding(head: bytes) -> str | None:
    """Return the Python codec named by the page's ``<meta>``, if Python knows it."""
    match = _META_CHARSET.search(head.lower())
    if match is None:
        return None
    return _codec(match.group(1).decode("ascii"))


_CHARSET_PARAMETER = re_pattern(
    globals(), "_CHARSET_PARAMETER", r"""(?:^|;)\s*charset\s*=\s*["']?([^"';\s]+)""", re.IGNORECASE
)


def transport_codec(hint: str | None) -> str | None:
    """The codec a transport declares: ``hint`` is an encoding label (``latin-1``) or a
    ``Content-Type`` value (``text/html; charset=ISO-8859-1``); ``None`` when it names
    none Python knows (a Content-Type without charset, an unknown label)."""
    if not hint:
        return None
    if "/" in hint or "=" in hint or ";" in hint:
        match = _CHARSET_PARAMETER.search(hint)
        return _codec(match.group(1)) if match else None
    return _codec(hint)


def is_wide(data: bytes) -> bool:
    """Whether ``data`` starts with a UTF-16 byte-order mark (not ASCII-compatible)."""
    return data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))


def _encoding(data: bytes, transport: str | None = None) -> tuple[str, int]:
    """The codec to read ``data`` with, and the length of its byte-order mark.

    The HTML standard's order: a byte-order mark, then the transport's charset
    (HTTP's ``Content-Type``), then the page's ``<meta>``, then UTF-8.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return encoding, len(bom)
    return transport or _declared_encoding(data[:_PRESCAN]) or "utf-8", 0


@functools.lru_cache(maxsize=64)
def _segmentable(encoding: str) -> bool:
    """Whether text decoded piecewise at ASCII bytes equals the whole decoded.

    True for UTF-8 (an ASCII byte is never inside a multi-byte sequence) and for
    single-byte code pages; not for UTF-16 or the multi-byte legacy codecs, where
    an ASCII byte value can be the second byte of a character.
    """
    if encoding.replace("_", "-") in ("utf-8", "utf8"):
        return True
    try:
        return len(bytes(range(256)).decode(encoding, "replace")) == 256
    except (LookupError, ValueError):
        return False


def decode(source: str | bytes, transport: str | None = None) -> str:
    """Return the text of ``source``; bytes are decoded without ever raising.

    ``transport`` is the codec the transport declared (see :func:`transport_codec`).
    """
    if isinstance(source, str):
        return source
    encoding, bom = _encoding(source, transport)
    try:
        return source[bom:].decode(encoding, "replace")
    except (LookupError, ValueError):  # a codec that refuses "replace" or the input
        return source[bom:].decode("utf-8", "replace")


class InvalidText(ValueError):
    """Bytes a :class:`Page` took for UTF-8 are not: read the decoded text instead."""


# Stretches checked at a time: their text stays small enough to be allocated and
# freed in place, where one page-sized string costs page faults.
_CHUNK = 16384


class Page:
    """A page's bytes, read as text only where asked (see the module's docstring).

    ``data[start:]`` is the text's encoding (``start`` skips a byte-order mark).
    Positions given to and returned by the methods are byte positions in ``data``
    unless named otherwise.
    """

    __slots__ = ("_checked", "_counted", "_text", "codec", "data", "errors", "start")

    def __init__(
        self, data: bytes, start: int = 0, codec: str = "utf-8", errors: str = "strict"
    ) -> None:
        self.data, self.start, self.codec, self.errors = data, start, codec, errors
        self._text: str | None = None
        self._checked = start  # data[start:_checked] is known to decode
        self._counted = (start, 0)  # a byte position and its text position

    @classmethod
    def of_text(cls, text: str) -> Page:
        """The page whose text is ``text`` (lone surrogates kept as their three bytes)."""
        page = cls(_utf8(text), errors="surrogatepass")
        page._text, page._checked = text, len(page.data)
        return page

    @property
    def single_byte(self) -> bool:
        return self.codec != "utf-8"

    def decode(self, start: int, end: int) -> str:
        """The text of ``data[start:end]`` (both at character boundaries)."""
        try:
            return self.data[start:end].decode(self.codec, self.errors)
        except UnicodeDecodeError as error:
            raise InvalidText(str(error)) from None

    def region(self, start: int, end: int, char_start: int, char_end: int) -> str:
        """The text of ``data[start:end]``, characters ``char_start:char_end`` of the
        text: sliced from the text where it is decoded already, else decoded."""
        if self._text is not None:
            return self._text[char_start:char_end]
        return self.decode(start, end)

    def keep_text_only(self) -> None:
        """Let go of the bytes of a page that has its text (one built from text holds
        both): what is read of it afterwards is sliced from the text."""
        if self._text is not None:
            self.data = b""

    def text(self) -> str:
        """The whole text, decoded once."""
        if self._text is None:
            self._text = self.decode(self.start, len(self.data))
            self._checked = len(self.data)
        return self._text

    def check(self, end: int) -> None:
        """Raise :class:`InvalidText` unless ``data[start:end]`` decodes."""
        if self.single_byte or end <= self._checked:
            return
        decoder = codecs.getincrementaldecoder("utf-8")(self.errors)
        view = memoryview(self.data)
        try:
            for at in range(self._checked, end, _CHUNK):
                decoder.decode(view[at : min(at + _CHUNK, end)])
            decoder.decode(b"", True)
        except UnicodeDecodeError as error:
            raise InvalidText(str(error)) from None
        self._checked = end

    def char_at(self, position: int) -> int:
        """The text position of byte ``position`` (in what :meth:`check` has read)."""
        if self.single_byte:
            return position - self.start
        counted, chars = self._counted
        if position == counted:  # (asked again: a region's ends are counted from its hit)
            return chars
        if position > counted:
            chars += count_code_points(self.data, counted, position)
        else:
            chars -= count_code_points(self.data, position, counted)
        self._counted = (position, chars)
        return chars

    def chars(self, positions: Sequence[int]) -> list[int]:
        """The text positions of sorted byte ``positions``."""
        if self.single_byte:
            return [p - self.start for p in positions]
        return code_point_offsets(self.data, positions, self.start)

    def byte_at(self, char: int, near: int) -> int:
        """The byte position of text position ``char``, counted from byte ``near``."""
        if self.single_byte:
            return char + self.start
        text, near_char = self.text(), self.char_at(near)
        if char >= near_char:
            return near + len(text[near_char:char].encode("utf-8", "surrogatepass"))
        return near - len(text[char:near_char].encode("utf-8", "surrogatepass"))


# How many characters a long text is encoded at a time.
_ENCODE_SLICE = 1 << 16


def _utf8(text: str) -> bytes:
    """``text`` in UTF-8, lone surrogates kept (``surrogatepass``). A long text outside
    ASCII is encoded a slice at a time: CPython's encoder first takes room for the
    longest UTF-8 a character may need (four bytes each in a text with an emoji) and
    then shrinks it, a peak of four times a megabyte page's UTF-8 where the slices
    and their join hold twice."""
    if len(text) <= _ENCODE_SLICE or text.isascii():
        return text.encode("utf-8", "surrogatepass")
    return b"".join(
        [
            text[at : at + _ENCODE_SLICE].encode("utf-8", "surrogatepass")
            for at in range(0, len(text), _ENCODE_SLICE)
        ]
    )


def page_of(data: bytes, transport: str | None = None) -> Page | None:
    """``data`` as a :class:`Page`, or ``None`` when its encoding cannot be read
    byte by byte (UTF-16, the multi-byte legacy codecs): decode it whole instead."""
    encoding, bom = _encoding(data, transport)
    if encoding == "utf-8":
        return Page(data, bom)
    if bom or not _segmentable(encoding):
        return None
    return Page(data, 0, encoding, "replace")
