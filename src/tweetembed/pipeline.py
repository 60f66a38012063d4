"""The whole pipeline: decode → locate → fragment → extract and enrich → model.

Each stage is its own module and sees only what the stage before it produced.
``parse`` is the one entry point; it never raises for ``str`` or ``bytes``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from . import platforms as _platforms
from .candidate import Candidate
from .decode import InvalidText, Page, decode, is_wide, page_of, transport_codec
from .escapes import unescape
from .fragment import parse_fragment
from .locate import byte_hits, locate, page_language
from .markers import Marker
from .models import Embeds
from .platforms._shortcodes import post_url

__all__ = ["parse"]

_LOGGER = "tweetembed"
# The test suite sets this: a reader that raises fails the test (and Hypothesis
# shrinks the input) instead of costing one embed and a log line.
_RAISE_READER_ERRORS = False
# Forms read from a parsed fragment; the others (shortcodes, URLs, stripped
# footers) are read from their text.
MARKUP_FORMS = frozenset({"blockquote", "rendered", "iframe", "element", "amp"})
# Forms whose text names a post by its URL or id, which the readers are given.
_UNRENDERED_FORMS = frozenset({"url", "shortcode"})


def _platform_names(selected: Iterable[str] | None) -> tuple[str, ...]:
    if selected is None:
        return _platforms.PLATFORMS
    if isinstance(selected, (str, bytes)):
        raise TypeError(
            "platforms= takes an iterable of platform names such as ['twitter'], "
            f"not a single {type(selected).__name__}"
        )
    names = tuple(dict.fromkeys(selected))
    unknown = [name for name in names if name not in _platforms.PLATFORMS]
    if unknown:
        raise ValueError(
            f"unknown platform(s) {', '.join(map(repr, unknown))}; "
            f"known platforms: {', '.join(_platforms.PLATFORMS)}"
        )
    return names


def located(
    source: str | bytes,
    markers: Sequence[Marker],
    gates: Sequence[str],
    transport: str | None = None,
) -> tuple[Page, list[Candidate]]:
    """The page and its embeds' regions: decode and locate, the fast path first."""
    if isinstance(source, bytes) and not is_wide(source):
        found = byte_hits(source, markers, gates)
        if not found:  # the fast path: no needle in the bytes, nothing decoded
            return Page(b""), []
        page = page_of(source, transport)
        if page is not None:
            try:
                return page, locate(page, markers, gates, found)
            except InvalidText:  # broken UTF-8: read the text it decodes to instead
                pass
    page = Page.of_text(decode(source, transport))
    found = byte_hits(page.data, markers, gates)
    if not found:  # the text's UTF-8 holds no needle: nothing to locate
        return page, []
    return page, locate(page, markers, gates, found)


def parse(
    source: str | bytes,
    *,
    platforms: Iterable[str] | None = None,
    encoding: str | None = None,
) -> Embeds:
    """Every social-media embed in ``source``, in source order.

    ``source`` is the raw text of an article (``str``) or its bytes, decoded by
    BOM, then ``encoding``, then ``<meta charset>``, then UTF-8 (the HTML
    standard's order). ``encoding`` is what the transport declared: a label
    (``"iso-8859-1"``) or an HTTP ``Content-Type`` value (``"text/html;
    charset=ISO-8859-1"``); one that names no known charset is ignored.
    ``platforms`` keeps only the named ones (see ``PLATFORMS``). Malformed input
    never raises: what can be recovered is returned. Spans index the decoded text.
    """
    if isinstance(source, (bytearray, memoryview)):
        source = bytes(source)
    if not isinstance(source, (str, bytes)):
        raise TypeError(
            "parse() takes the article as str or bytes (for a file: "
            "parse(open(path, 'rb').read())), not " + type(source).__name__
        )
    if encoding is not None and not isinstance(encoding, str):
        raise TypeError(
            "parse(encoding=…) takes a charset label or a Content-Type value as str "
            "(encoding='iso-8859-1'), not " + type(encoding).__name__
        )
    names = _platform_names(platforms)
    markers, gates = _platforms.markers(names), _platforms.gates(names)
    page, candidates = located(source, markers, gates, transport_codec(encoding))
    if not candidates:
        return Embeds()
    page_lang = page_language(page.data)
    if isinstance(source, str):
        # The text's UTF-8 was made to locate in; the regions are the caller's text.
        page.keep_text_only()
    embeds = Embeds()
    # Each region is let go of once read: a page of thousands of embeds holds their
    # records or their regions, not both.
    candidates.reverse()
    while candidates:
        candidate = candidates.pop()
        try:
            markup = unescape(candidate.markup, candidate.escaped)
            root = None
            if candidate.form in _UNRENDERED_FORMS:
                # An Embedly card or a shortcode: what the readers get is the post's URL.
                markup = post_url(markup)
            elif candidate.form in MARKUP_FORMS:
                root = parse_fragment(markup)
                if root is None:
                    continue
            embed = _platforms.get(candidate.platform).read(root, markup, candidate, page_lang)
        except Exception:  # a bug must cost one embed, never the page
            if _RAISE_READER_ERRORS:
                raise
            import logging

            logging.getLogger(_LOGGER).exception(
                "tweetembed: could not read the embed at %d", candidate.start
            )
            continue
        if embed is not None:
            embeds.append(embed)
    return embeds
