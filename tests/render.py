"""Build embed markup out of known fields, the way Twitter's embed generator writes it.

Tests use it to get expected values that do not come from the code under test:
the fields go in, markup comes out, ``parse`` must read the same fields back.
"""

from __future__ import annotations

import html
from collections.abc import Mapping, Sequence

BUTTONS = (
    '<a href="https://twitter.com/share?ref_src=twsrc%5Etfw" class="twitter-share-button" '
    'data-show-count="false">Tweet</a>'
    '<a href="https://twitter.com/NASA?ref_src=twsrc%5Etfw" class="twitter-follow-button" '
    'data-show-count="false">Follow @NASA</a>'
    '<a href="https://twitter.com/intent/tweet?button_hashtag=space&amp;ref_src=twsrc%5Etfw" '
    'class="twitter-hashtag-button">Tweet #space</a>'
    '<a class="twitter-timeline" href="https://twitter.com/NASA?ref_src=twsrc%5Etfw">'
    "Tweets by NASA</a>"
    '<a class="twitter-mention-button" href="https://twitter.com/intent/tweet?screen_name=NASA">'
    "Tweet to @NASA</a>"
    '<a class="twitter-moment" href="https://twitter.com/i/moments/1">A moment</a>'
)
WIDGETS = '<script async src="https://platform.twitter.com/widgets.js" charset="utf-8"></script>'


def render_tweet(
    *,
    paragraphs: Sequence[str],
    name: str,
    handle: str,
    status_id: str,
    date_text: str,
    lang: str = "en",
    direction: str = "ltr",
    kind: str = "tweet",
    options: Mapping[str, str] | None = None,
    host: str = "twitter.com",
) -> str:
    """Markup of one embed; ``paragraphs`` are plain text (lines split on ``\\n``)."""
    attrs = "".join(
        f' data-{html.escape(k)}="{html.escape(v, quote=True)}"' for k, v in (options or {}).items()
    )
    body = "".join(
        f'<p lang="{lang}" dir="{direction}">'
        + "<br>".join(html.escape(line, quote=False) for line in paragraph.split("\n"))
        + "</p>"
        for paragraph in paragraphs
    )
    status = f"https://{host}/{handle}/status/{status_id}?ref_src=twsrc%5Etfw"
    footer = (
        f"&mdash; {html.escape(name)} (@{handle}) "
        f'<a href="{html.escape(status, quote=True)}">{html.escape(date_text)}</a>'
    )
    return f'<blockquote class="twitter-{kind}"{attrs}>{body}{footer}</blockquote>'
