"""Instagram: the embed code's blockquote, the iframe embed.js leaves, AMP.

The embed code (versions 7 to 14 in the wild) is::

    <blockquote class="instagram-media" data-instgrm-captioned
      data-instgrm-permalink="https://www.instagram.com/p/SHORTCODE/?utm_source=ig_embed"
      data-instgrm-version="12"> … View this post on Instagram …
      <p><a href="…/p/SHORTCODE/">the caption</a></p>
      <p>A post shared by <a href="…/user/">Name</a> (@user) on
         <time datetime="2020-02-16T23:02:32+00:00">Feb 16, 2020 at 3:02pm PST</time></p>
    </blockquote>

Older versions write the credit as one link (``A post shared by Name (@user)``),
in the copier's language; version 14 writes no caption even when captioned.
embed.js replaces the blockquote with ``<iframe class="instagram-media
instagram-media-rendered" src="…/p/SHORTCODE/embed/">``; AMP writes
``<amp-instagram data-shortcode>``.
"""

from __future__ import annotations

import itertools
import re
from typing import TYPE_CHECKING

from .._lazy import re_pattern
from ..candidate import Candidate
from ..ids import instagram_time
from ..markers import Marker
from ..models import Author, InstagramPost
from ..text import element_text, normalise_lines, raw_text
from ._instagram_credits import (
    CREDIT_HANDLE,
    CREDIT_OPENING,
    CREDIT_OPENING_IN,
    credit_date,
    find_credit,
)
from ._markup import (
    ISO_DATE,
    attributes_of,
    date_of,
    element_named,
    element_urls,
    has_class,
    naming,
    options,
    pointing_at,
    tags_of,
    unwrap,
    url_needles,
)
from ._proxies import proxied
from ._shared import PostLinks
from ._stripped import stripped_paragraphs
from ._substack import (
    INSTAGRAM_NEEDLE,
    component_options,
    is_substack_instagram,
    substack_instagram,
)

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Iterator

    from lxml import etree

__all__ = ["GATES", "LINKS", "MARKERS", "read"]

GATES = ("instagr", "instgrm", "amp-", "(@")

_I = "instagram"
# A post's link: /p/, /reel/ or /tv/ and the shortcode, a user name before them
# in some links; a profile's link: the user name alone.
_POST_SOURCE = r"instagram\.com/(?:[A-Za-z0-9_.]{1,30}/)?(p|reel|reels|tv)/([A-Za-z0-9_-]{5,60})"
_POST = re_pattern(globals(), "_POST", _POST_SOURCE, re.IGNORECASE)
_PROFILE = re_pattern(
    globals(), "_PROFILE", r"instagram\.com/([A-Za-z0-9_.]{1,30})/?(?:[?#]|$)", re.IGNORECASE
)
_NOT_USERS = frozenset({"p", "reel", "reels", "tv", "explore", "accounts", "stories", "embed.js"})
_EMBED_IFRAME = re_pattern(globals(), "_EMBED_IFRAME", _POST_SOURCE + r"/embed", re.IGNORECASE)
_HANDLE = re_pattern(globals(), "_HANDLE", r"\(\s*@([A-Za-z0-9_.]{1,30})\s*\)")
_ANY_INSTAGRAM = re_pattern(globals(), "_ANY_INSTAGRAM", r"instagram\.com/", re.IGNORECASE)
_DIGIT = re_pattern(globals(), "_DIGIT", r"\d")
_KINDS = {"p": "post", "reel": "reel", "reels": "reel", "tv": "tv"}


# A post's URL (not a profile's or a share link's), where its needle is found.
_BARE_PATH = rb"instagram\.com/(?:p|reels?|tv)/[A-Za-z0-9_-]{5,60}"

MARKERS: tuple[Marker, ...] = (
    Marker("instagram-media", _I, "post", "blockquote", has_class("instagram-media", "blockquote")),
    Marker("instagram-media", _I, "post", "rendered", has_class("instagram-media", "iframe")),
    # The blockquote without its class (Readability.js, sanitizers): its permalink.
    Marker(
        "instgrm-permalink",
        _I,
        "post",
        "blockquote",
        naming("data-instgrm-permalink", _ANY_INSTAGRAM, "blockquote"),
    ),
    # Older codes (v7 and before) hold no permalink, but their version; the post is
    # then the code's own link inside.
    Marker(
        "instgrm-version",
        _I,
        "post",
        "blockquote",
        naming("data-instgrm-version", _DIGIT, "blockquote"),
    ),
    *(
        Marker(needle, _I, "post", "iframe", pointing_at(_EMBED_IFRAME, "iframe"))
        for path in ("p", "reel", "tv")
        for needle in url_needles(f"instagram.com/{path}/")
    ),
    Marker("amp-instagram", _I, "post", "amp", element_named("amp-instagram")),
    # Substack's component: its JSON names the post (see _substack).
    Marker(INSTAGRAM_NEEDLE, _I, "post", "element", is_substack_instagram),
    # What an extractor that keeps text alone leaves: the credit line.
    Marker("(@", _I, "post", "text", finds=find_credit, shape=CREDIT_HANDLE),
)

LINKS = PostLinks(
    "post",
    _POST,
    shortcode_names=("instagram",),
    # ("instagram.com/reel": the Reels tab's links write /reels/CODE/.)
    bare_needles=("instagram.com/p/", "instagram.com/reel", "instagram.com/tv/"),
    bare_path=_BARE_PATH,
    embed_mark=b"utm_source=ig_embed",
)


def _target(root: etree._Element | None, markup: str) -> tuple[str, str | None, str | None]:
    """Kind, shortcode and user name (a profile embed's) of what the embed shows; without
    an element, of the post's URL that is the embed's markup."""
    if root is None:
        m = _POST.search(markup)
        return (_KINDS[m.group(1).lower()], m.group(2), None) if m else ("post", None, None)
    if root.tag == "amp-instagram":
        code = (root.get("data-shortcode") or "").strip()
        return "post", code or None, None
    # In the order of trust, each asked only when those before it name no post (the
    # permalink almost always does: the rest costs more than reading the post).
    candidates = itertools.chain(
        (root.get("data-instgrm-permalink"),),
        _lazily(element_urls, root),
        (a.get("href") for a in root.iter("a")),
        _lazily(lambda element: proxied(attributes_of(element)), root),
    )
    for value in filter(None, candidates):
        m = _POST.search(unwrap(value))
        if m is not None:
            return _KINDS[m.group(1).lower()], m.group(2), None
    permalink = unwrap(root.get("data-instgrm-permalink") or "")
    profile = _PROFILE.search(permalink)
    if profile is not None and profile.group(1).lower() not in _NOT_USERS:
        return "profile", None, profile.group(1)
    return "post", None, None


def _lazily(
    function: Callable[[etree._Element], Iterable[str | None]], root: etree._Element
) -> Iterator[str | None]:
    """What ``function(root)`` gives, computed when first asked for."""
    yield from function(root)


def _paragraphs(root: etree._Element) -> list[etree._Element]:
    """The ``<p>`` elements of the embed that hold text, outermost only, but one that
    holds the code's header: WordPress wraps its link (the placeholder's ``<div>``s and
    "View this post on Instagram") in a ``<p>`` of its own, which no caption or credit
    holds a ``<div>`` in."""
    found = []
    for p in root.iter("p"):
        if any(parent in found for parent in p.iterancestors("p")):
            continue
        if next(p.iter("div"), None) is not None:
            continue
        if raw_text(p).strip():
            found.append(p)
    return found


def _credit(p: etree._Element) -> tuple[Author | None, str | None, str | None]:
    """Author, date text and ``datetime`` of a credit line."""
    time = next(p.iter("time"), None)
    date_text = element_text(time, inline=True) if time is not None else None
    stamp = time.get("datetime") if time is not None else None
    whole = element_text(p, skip=[time] if time is not None else [], inline=True)
    links = (element_text(a, inline=True) for a in p.iter("a"))
    if time is None:  # (a page's copy may lose the <time>, keeping its text)
        date_text = _date_after_handle(whole, None)
    return _author_in(whole, links), date_text, stamp


def _author_in(whole: str, link_texts: Iterable[str]) -> Author | None:
    """The author a credit line's text names, given the texts of its links."""
    handle = _HANDLE.search(whole)
    if handle is None:
        return None
    # Newer codes link the name alone; older ones write "… shared by Name (@user)".
    name: str | None = None
    for text in link_texts:
        if text and "(@" not in text and whole.find(text) < handle.start():
            name = text.strip()
    if name is None:
        before = whole[: handle.start()]
        opening = CREDIT_OPENING.match(before)
        name = before[opening.end() :].strip() if opening else None
    return Author(name=name or None, handle=handle.group(1))


def _date_after_handle(credit: str, page_lang: str | None) -> str | None:
    """The date older codes write after the handle, "(@user) on Apr 27, 2020 at 9:24am
    PDT" (the text of their ``<time>``), without its preposition."""
    handles = list(_HANDLE.finditer(credit))
    return credit_date(credit[handles[-1].end() :], (page_lang,)) if handles else None


def _from_text(markup: str, page_lang: str | None) -> tuple[Author | None, str | None, str]:
    """Author, date text and caption of an embed an extractor kept as text (html2text's
    quoted Markdown): the last paragraph naming a ``(@handle)`` is the credit line,
    the paragraphs before it the caption, but for the "View this post on Instagram"
    line (in the copier's language) that newer codes open with."""
    read = stripped_paragraphs(markup)
    paragraphs = [text for text, _ in read]
    credit = next(
        (k for k in range(len(paragraphs) - 1, -1, -1) if _HANDLE.search(paragraphs[k])), None
    )
    if credit is None:
        return None, None, ""
    whole = paragraphs[credit]
    caption = paragraphs[:credit]
    # A caption that no blank line sets apart from its credit (get_text, with the
    # code's spacers written as no-break spaces) runs on into the credit's paragraph.
    handle = _HANDLE.search(whole)
    opening = CREDIT_OPENING_IN.search(whole, 0, handle.start()) if handle else None
    if opening is not None and opening.start() > 0:
        head = whole[: opening.start()].strip()
        whole = whole[opening.start() :]
        caption = [*caption, head] if head else caption
    author = _author_in(whole, (" ".join(text.split()) for text, _ in read[credit][1]))
    date_text = _date_after_handle(whole, page_lang)
    if date_text is None and credit + 1 < len(paragraphs):
        # (``get_text`` may set the date apart: "(@user)\n \nDec 20, 2017 at 1:04 PST".)
        date_text = credit_date(paragraphs[credit + 1], (page_lang,))
    if caption and len(caption[0]) <= 60 and "instagram" in caption[0].lower():
        caption = caption[1:]
    return author, date_text, "\n\n".join(caption)


def read(
    root: etree._Element | None, markup: str, candidate: Candidate, page_lang: str | None
) -> InstagramPost | None:
    """The Instagram post at ``candidate``."""
    substack = substack_instagram(root) if root is not None else None
    kind, code, user = ("post", substack.code, None) if substack else _target(root, markup)
    # A credit line an extractor left names no post: the record is the credit's
    # author, date and caption (as a stripped tweet's footer is).
    credit_only = root is None and candidate.form == "text" and code is None and user is None
    if code is None and user is None and not credit_only:
        return None
    author, date_text, stamp, text = None, None, None, ""
    if root is not None and root.tag == "blockquote":
        paragraphs = _paragraphs(root)
        if paragraphs:
            author, date_text, stamp = _credit(paragraphs[-1])
            text = "\n\n".join(
                t for t in (normalise_lines(raw_text(p)) for p in paragraphs[:-1]) if t
            )
    elif root is None and candidate.form == "text":
        author, date_text, text = _from_text(markup, page_lang)
    elif substack is not None:
        author = _author_in(substack.credit, ()) if substack.credit else None
        if author is None and substack.handle is not None:
            author = Author(name=None, handle=substack.handle)
        date_text = substack.date
    if author is None and user is not None:
        author = Author(name=None, handle=user)
    if credit_only and author is None:
        return None
    date = None
    iso = ISO_DATE.match(stamp or "")
    if stamp and iso is not None:
        date = date_of(stamp, ())
    elif date_text:
        date = date_of(date_text, (page_lang,))
    mentions, hashtags = tags_of(text)
    url: str | None = None
    if code is not None:
        url = f"https://www.instagram.com/{'p' if kind == 'post' else kind}/{code}/"
    elif user is not None:
        url = f"https://www.instagram.com/{user}/"
    return InstagramPost(
        kind=kind,
        form=candidate.form,
        escaped=candidate.escaped,
        span=(candidate.start, candidate.end),
        post_id=code,
        url=url,
        author=author,
        text=text,
        date=date,
        date_text=date_text,
        created_at=instagram_time(code),
        mentions=mentions,
        hashtags=hashtags,
        captioned=root is not None
        and (
            root.get("data-instgrm-captioned") is not None
            or (root.tag == "amp-instagram" and root.get("data-captioned") is not None)
        ),
        version=root.get("data-instgrm-version") if root is not None else None,
        options=({} if root is None else component_options(root) if substack else options(root)),
    )
