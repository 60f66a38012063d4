"""Reusable Hypothesis strategies: malformed HTML around embeds, and tweet fields."""

from __future__ import annotations

import datetime as dt
from typing import Any

from hypothesis import strategies as st

# Pieces real pages are made of, embed markup included, to be shuffled into soup.
_TOKENS = [
    '<blockquote class="twitter-tweet">',
    '<blockquote class="twitter-video" data-lang="de">',
    "<BLOCKQUOTE CLASS=twitter-tweet>",
    '<blockquote data-twitter="twitter-tweet">',
    "<blockquote>",
    "</blockquote>",
    '<p lang="en" dir="ltr">',
    "<p>",
    "</p>",
    "<br>",
    '<a href="https://twitter.com/a/status/1370827335461826566?ref_src=twsrc%5Etfw">',
    '<a href="javascript:alert(1)">',
    "<a>",
    "</a>",
    "&mdash; Name (@handle) ",
    "March 13, 2021",
    "&amp;",
    "&#128308;",
    "&#x;",
    "&",
    "<",
    ">",
    '"',
    "<script>",
    "</script>",
    "<!--",
    "-->",
    "<![CDATA[",
    "<textarea>",
    "<!DOCTYPE html>",
    "<html lang='fr'>",
    "@user #tag $CASH https://t.co/x pic.twitter.com/x",
    "🔴 – caption\n",
    "\x00",
    "\ud83d",
]

soup = st.lists(st.one_of(st.sampled_from(_TOKENS), st.text(max_size=12)), max_size=40).map("".join)

# Text that cannot interact with markup: no tag, entity or embed marker in it.
unrelated_text = st.text(
    alphabet=st.characters(blacklist_characters="<>&\x00", blacklist_categories=("Cs",)),
    max_size=60,
).filter(lambda s: "twitter" not in s)

_WORD_CHARS = st.characters(categories=("L", "N", "P", "S"), exclude_characters="<>&@＠#＃$\u00a0")
_word = st.text(alphabet=_WORD_CHARS, min_size=1, max_size=10)
# A line as a reader sees it: words separated by single spaces.
_line = st.lists(_word, min_size=1, max_size=8).map(" ".join)
_paragraph = st.lists(_line, min_size=1, max_size=3).map("\n".join)

_name_word = st.text(alphabet=st.characters(categories=("L", "N")), min_size=1, max_size=10)


@st.composite
def tweet_fields(draw: st.DrawFn) -> dict[str, Any]:
    """Fields to render an embed from, as the embed generator would write them."""
    date = draw(st.dates(min_value=dt.date(2011, 1, 1), max_value=dt.date(2030, 12, 31)))
    return {
        "paragraphs": draw(st.lists(_paragraph, min_size=1, max_size=3)),
        "name": draw(st.lists(_name_word, min_size=1, max_size=3).map(" ".join)),
        "handle": draw(st.from_regex(r"[A-Za-z0-9_]{1,15}", fullmatch=True)),
        "status_id": str(draw(st.integers(min_value=29_700_859_247, max_value=(1 << 62)))),
        "date": date,
        "lang": draw(st.sampled_from(["en", "de", "es", "fr", "ja", "ru"])),
        "kind": draw(st.sampled_from(["tweet", "video"])),
        "options": draw(
            st.dictionaries(
                st.sampled_from(["theme", "dnt", "conversation", "cards", "width", "align"]),
                st.from_regex(r"[a-z0-9]{1,8}", fullmatch=True),
                max_size=4,
            )
        ),
    }


def cldr_locales() -> st.SearchStrategy[str]:
    """Every locale CLDR (through Babel) knows."""
    from babel import localedata

    return st.sampled_from(sorted(localedata.locale_identifiers()))


# Markup that opens and closes the elements the tokenizer reads as text (and
# comments) in every way that matters to where they end, with wide characters.
_TEXT_ELEMENT_TOKENS = [
    "<script>",
    "<SCRIPT type=x>",
    "<script",
    "<scripts>",
    "</script>",
    "</ScRiPt >",
    "</scripts>",
    "<style>",
    "</style>",
    "<title>",
    "</TITLE>",
    "<textarea>",
    "</textarea>",
    "<xmp>",
    "</xmp>",
    "<noembed>",
    "</noembed>",
    "<plaintext>",
    "</plaintext>",
    "<\u017fcript>",
    "<!--",
    "-->",
    "<!-->",
    "<",
    ">",
    "</",
    "<p>",
    "x",
    " ",
    "\n",
    "é",
    "中",
    "😀",
    "\ud800",
]
text_element_soup = st.lists(st.sampled_from(_TEXT_ELEMENT_TOKENS), max_size=30).map("".join)
