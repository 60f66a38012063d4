"""Embed codes a consent tool keeps base64-encoded (blockers.py): Borlabs Cookie.

The blocker is written as Borlabs Cookie writes it: version 2's ContentBlocker class
(a preview, then a hidden element holding the code, in a ``<script
type="text/template">`` with its JavaScript integration, bare without), version 3's
content blocker (the code in the ``data-borlabs-cookie-content`` attribute of the
element that holds the preview). The codes inside are other tests' embed
codes and the real ones of trafilatura's evaluation pages (wildundhund.de's YouTube
players); each record must equal what the code alone gives, but for its span (the
whole blocker) and ``escaped``.
"""

from __future__ import annotations

import base64

import pytest

from tweetembed import parse

from test_twitter import FULL
from test_youtube import SHARE

WILD_UND_HUND = (
    '<iframe title="WILD UND HUND-DVD: Effektive Krähenjagd mit Alexander Busch" width="696" '
    'height="392" src="https://www.youtube-nocookie.com/embed/XXL9V0JzxcM?feature=oembed" '
    'frameborder="0" allow="accelerometer; autoplay; clipboard-write; encrypted-media; '
    'gyroscope; picture-in-picture" allowfullscreen></iframe>'
)
INSTAGRAM = (
    '<div class="wp-block wp-block-instagram-embed">\n<blockquote class="instagram-media" '
    'data-instgrm-permalink="https://www.instagram.com/p/Cl0Y-E5qoo9/?img_index=1" '
    'data-instgrm-version="14"><div><a href="https://www.instagram.com/p/Cl0Y-E5qoo9/'
    '?img_index=1">View this post on Instagram</a></div></blockquote></div>'
)


def blocker(code: str, blocker_id: str, *, template: bool = True) -> str:
    encoded = base64.b64encode(code.encode("utf-8")).decode("ascii")
    hidden = f'<script type="text/template">{encoded}</script>' if template else encoded
    return (
        f'<div class="BorlabsCookie _brlbs-cb-{blocker_id}"><div class="_brlbs-content-blocker">'
        ' <div class="_brlbs-embed"> <div class="_brlbs-caption"> <p>Mit dem Laden des Inhalts'
        ' akzeptieren Sie die Datenschutzerklärung.</p> <p><a class="_brlbs-btn" href="#"'
        ' data-borlabs-cookie-unblock role="button">Inhalt laden</a></p> </div> </div> </div>'
        f'<div class="borlabs-hide" data-borlabs-cookie-type="content-blocker"'
        f' data-borlabs-cookie-id="{blocker_id}">{hidden}</div></div>'
    )


def blocker_v3(code: str, key: str) -> str:
    encoded = base64.b64encode(code.encode("utf-8")).decode("ascii")
    return (
        '<div class="brlbs-cmpnt-container brlbs-cmpnt-content-blocker" '
        f'data-borlabs-cookie-content-blocker-id="{key}" data-borlabs-cookie-content="{encoded}">'
        '<div class="brlbs-cmpnt-cb-preset-a"><div class="brlbs-cmpnt-cb-thumbnail"></div>'
        '<div class="brlbs-cmpnt-cb-main"><p class="brlbs-cmpnt-cb-description">Sie sehen gerade'
        ' einen Platzhalterinhalt.</p><div class="brlbs-cmpnt-cb-buttons"><a class="brlbs-cmpnt-cb-btn"'
        ' role="button" data-borlabs-cookie-unblock>Inhalt entsperren</a></div></div></div></div>'
    )


def _assert_read_as_its_code(markup: str, code: str) -> None:
    """The blocker ``markup`` in a page gives the record ``code`` alone gives, but for
    its span (the whole blocker) and its escaping."""
    page = f"<p>Vorher.</p>{markup}<p>Nachher.</p>"
    [embed] = parse(page)
    [alone] = parse(code)
    assert embed.escaped == "base64"
    assert page[slice(*embed.span)] == markup
    same = {"span": None, "escaped": None}
    assert embed.to_dict() | same == alone.to_dict() | same


@pytest.mark.parametrize(
    ("code", "key"),
    [(FULL, "x"), (WILD_UND_HUND, "youtube-content-blocker"), (INSTAGRAM, "instagram")],
)
def test_a_version_3_blocked_embed_is_read_from_its_code(code: str, key: str) -> None:
    _assert_read_as_its_code(blocker_v3(code, key), code)


@pytest.mark.parametrize("template", [True, False])
@pytest.mark.parametrize(
    ("code", "blocker_id"),
    [(FULL, "twitter"), (SHARE, "youtube"), (WILD_UND_HUND, "youtube"), (INSTAGRAM, "instagram")],
)
def test_a_blocked_embed_is_read_from_its_code(code: str, blocker_id: str, template: bool) -> None:
    _assert_read_as_its_code(blocker(code, blocker_id, template=template), code)


def test_two_blockers_and_a_live_embed_between() -> None:
    first, second = blocker(FULL, "twitter"), blocker(WILD_UND_HUND, "youtube")
    page = f"{first}<p>a</p>{SHARE}<p>b</p>{second}"
    embeds = parse(page)
    assert [(e.platform, e.escaped, e.post_id) for e in embeds] == [
        ("twitter", "base64", "1362871133744787456"),
        ("youtube", None, "x2Gf04W_ff8"),
        ("youtube", "base64", "XXL9V0JzxcM"),
    ]
    assert [page[slice(*e.span)] for e in embeds] == [first, SHARE, second]


@pytest.mark.parametrize(
    "page",
    [
        # A blocked map or comment form: no embed in the code.
        blocker('<iframe src="https://maps.google.com/maps?q=Leipzig"></iframe>', "googlemaps"),
        # Not base64, or nothing but text once decoded.
        blocker("x", "default").replace(base64.b64encode(b"x").decode(), "!!!!"),
        blocker("just text", "default"),
        # A blocker inside a blocker's code is not decoded again.
        blocker(blocker(FULL, "twitter"), "default"),
        # The needle as text.
        "<p>data-borlabs-cookie-type=content-blocker</p>",
        "<p>data-borlabs-cookie-content=PGlmcmFtZT4=</p>",
        # Version 3's blocker of a map, and one whose code is no base64.
        blocker_v3('<iframe src="https://maps.google.com/maps?q=Leipzig"></iframe>', "googlemaps"),
        blocker_v3(FULL, "x").replace('content="', 'content="<'),
    ],
)
def test_what_no_blocker_gives(page: str) -> None:
    assert parse(page) == []


def test_the_platforms_asked_for_are_read_in_the_code() -> None:
    page = blocker(INSTAGRAM, "instagram")
    assert parse(page, platforms=["twitter"]) == []
    assert [e.platform for e in parse(page, platforms=["instagram"])] == ["instagram"]
