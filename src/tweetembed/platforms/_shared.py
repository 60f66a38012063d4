"""The forms every platform's posts take beside its own embed code.

An embed service's element (:mod:`._proxies`), a CMS's URL block or an Embedly card
(:mod:`._url_blocks`), a placeholder that a site's script turns into the embed
(:mod:`._placeholders`), a CMS's shortcode (:mod:`._shortcodes`), a post's URL
alone on its line (:mod:`._bare_urls`) and an embed's own marked link that an
extractor kept (:mod:`._embed_links`) name a post by its URL, whatever the
platform. A platform declares what its posts' URLs look like (:class:`PostLinks`),
and the table of platforms adds the markers of these forms and their gates.
"""

from __future__ import annotations

import re

import attrs

from ..blockers import NEEDLES as BLOCKER_NEEDLES
from ..blockers import PREFIX as BLOCKER_PREFIX
from ..markers import Marker
from ._bare_urls import bare_url_markers, url_at_line_start
from ._embed_links import date_link_markers, embed_link_markers, quoted_link_markers
from ._placeholders import placeholder_gates, placeholder_markers
from ._proxies import PROXY_GATES, proxy_markers
from ._shortcodes import SHORTCODE_GATES, shortcode_markers
from ._url_blocks import URL_BLOCK_GATES, url_block_markers

__all__ = ["PostLinks", "shared_gates", "shared_markers"]


@attrs.frozen
class PostLinks:
    """What a platform's posts' URLs look like, for the forms that name a post by URL."""

    kind: str  # the embeds' kind ("post", "video", "tweet")
    link: re.Pattern[str]  # finds a post in a URL (a post's page, not a profile's)
    # What an embed service's element may name instead (YouTube's player URLs).
    proxied: re.Pattern[str] | None = None
    # Jetpack's shortcodes named after the platform: "[instagram url=…]".
    shortcode_names: tuple[str, ...] = ()
    # False where the platform reads shortcodes of its own (Twitter's).
    shortcodes: bool = True
    # The needles a post's URL alone on its line holds, and the pattern the bytes
    # from each on must match (a post's URL, not a profile's: the scan shape of
    # :func:`._bare_urls.url_at_line_start`); none: such a URL is not read.
    bare_needles: tuple[str, ...] = ()
    bare_path: bytes | None = None
    # The needles of a post's URL in a placeholder's data attribute, where they are
    # not ``bare_needles`` (Twitter reads its bare URLs itself); ``bare_path`` the
    # pattern from each on.
    placeholder_needles: tuple[str, ...] = ()
    # The pattern from each of ``placeholder_needles`` on, where not ``bare_path``
    # (YouTube's lazy players name the player's URL, which no bare URL is).
    placeholder_path: bytes | None = None

    @property
    def placeholders_path(self) -> bytes | None:
        """The pattern from a placeholder's needle on; ``None`` where the platform's
        placeholders are not read."""
        return (self.placeholder_path or self.bare_path) if self.placeholders else None

    # Whose embed code's blockquote holds only the post's link (unmarked): a Markdown
    # quote holding only such a link is the embed (Threads, Mastodon).
    quoted_link: bool = False
    # What may follow the post's link in such a quote: the code's credit, as text
    # with its links collapsed onto one line (Reddit's "by [u/user](…) in [sub](…)").
    quote_credit: re.Pattern[str] | None = None
    # False where the URL's needle is on most pages (facebook.com/ in every share
    # link) and the platform's own element is the placeholder sites write.
    placeholders: bool = True
    # What the embed code adds to its links' query (Instagram's "utm_source=ig_embed"):
    # such a link, kept by an extractor, is what is left of an embed.
    embed_mark: bytes | None = None
    # What the author's link holds where an extractor's Markdown keeps the embed
    # code's footer, "[Name](page) … [Date](post)", its date link unmarked (Facebook).
    date_link_author: re.Pattern[str] | None = None


def shared_markers(platform: str, links: PostLinks) -> tuple[Marker, ...]:
    """The markers of the shared forms for ``platform``'s posts."""
    kind, link = links.kind, links.link
    found = [
        # A consent tool's blocked code: locate decodes it and reads what it holds.
        *(Marker(needle, platform, kind, "element") for needle in BLOCKER_NEEDLES),
        *proxy_markers(platform, kind, links.proxied or link),
        *url_block_markers(platform, kind, link),
    ]
    if links.shortcodes:
        found += shortcode_markers(platform, kind, link, links.shortcode_names)
    needles = links.placeholder_needles or links.bare_needles
    path = links.placeholders_path
    if needles and path is not None:
        # (What an embed service's element may name, a placeholder may: a player.)
        named = links.proxied or link
        found += placeholder_markers(platform, kind, needles, path, named, named)
    if links.bare_needles and links.bare_path is not None:
        shape = url_at_line_start(links.bare_path)
        found += bare_url_markers(platform, kind, links.bare_needles, shape, link)
        if links.quoted_link:
            found += quoted_link_markers(
                platform, kind, links.bare_needles, links.bare_path, link, links.quote_credit
            )
        if links.embed_mark is not None:
            found += embed_link_markers(
                platform, kind, links.bare_needles, links.bare_path, links.embed_mark, link
            )
        if links.date_link_author is not None:
            found += date_link_markers(
                platform, kind, links.bare_needles, links.bare_path, link, links.date_link_author
            )
    return tuple(found)


def shared_gates(links: PostLinks) -> tuple[str, ...]:
    """What every needle of the shared forms holds (see :mod:`tweetembed.locate`);
    a post's bare URL's needles are the platform's own gates."""
    placeholders = placeholder_gates(links.placeholder_needles or links.bare_needles)
    return (
        BLOCKER_PREFIX,
        *PROXY_GATES,
        *URL_BLOCK_GATES,
        *(SHORTCODE_GATES if links.shortcodes else ()),
        *(placeholders if links.placeholders_path is not None else ()),
    )
