"""Twitter embeds written as text: shortcodes, bare status URLs, Markdown, stripped footers."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tweetembed import Author, Hashtag, Link, Mention, parse

ID = "1370827335461826566"
NASA_URL = f"https://twitter.com/NASA/status/{ID}"
WEB_URL = f"https://twitter.com/i/web/status/{ID}"


@pytest.mark.parametrize(
    ("markup", "url"),
    [
        (f"[tweet https://twitter.com/NASA/status/{ID}]", NASA_URL),
        (f"[tweet {ID}]", WEB_URL),
        (f'[tweet id="{ID}"]', WEB_URL),
        (f"[tweet url='https://mobile.twitter.com/NASA/status/{ID}' align='center']", NASA_URL),
        (f"[embed]https://x.com/NASA/status/{ID}[/embed]", NASA_URL),
        (f'{{{{< tweet user="NASA" id="{ID}" >}}}}', NASA_URL),
        (f'{{{{< x user="NASA" id="{ID}" >}}}}', NASA_URL),
        # Named parameters in either order; Hugo's static version before v0.141
        # (gohugoio/hugoBasicExample's rich-content.md, issue 81).
        (f'{{{{< tweet id="{ID}" user="NASA" >}}}}', NASA_URL),
        (f'{{{{< twitter_simple user="NASA" id="{ID}" >}}}}', NASA_URL),
        (f"{{{{< twitter_simple {ID} >}}}}", WEB_URL),
        (f"{{{{< twitter {ID} >}}}}", WEB_URL),
        (f"{{{{% tweet {ID} %}}}}", WEB_URL),
    ],
)
def test_shortcodes(markup: str, url: str) -> None:
    page = f"<p>Before.</p>\n{markup}\n<p>After.</p>"
    [tweet] = parse(page)
    assert (tweet.form, tweet.status_id, tweet.url) == ("shortcode", ID, url)
    assert page[slice(*tweet.span)] == markup
    assert tweet.text == ""
    # Hugo's user="…" names the author; a WordPress shortcode's URL is only a link.
    hugo_user = markup.startswith("{{") and "user=" in markup
    assert tweet.author == (Author(None, "NASA") if hugo_user else None)


@pytest.mark.parametrize(
    "line",
    [
        f"https://twitter.com/NASA/status/{ID}",
        f"  https://x.com/NASA/status/{ID}?s=20&t=abc  ",
        f"<p>https://mobile.twitter.com/NASA/statuses/{ID}</p>",
    ],
)
def test_a_status_url_alone_on_its_line(line: str) -> None:
    page = f"First paragraph.\n\n{line}\n\nLast paragraph."
    [tweet] = parse(page)
    assert (tweet.form, tweet.status_id, tweet.url) == ("url", ID, NASA_URL)
    assert page[slice(*tweet.span)] == line.strip().removeprefix("<p>").removesuffix("</p>")


@pytest.mark.parametrize(
    "page",
    [
        f"As NASA wrote in https://twitter.com/NASA/status/{ID} on Saturday.",
        f'<p>See <a href="https://twitter.com/NASA/status/{ID}">this tweet</a>.</p>',
        "“We did it,” she said. — Jane Doe (@jane)\n",
        "He told reporters (@cnn) on March 13, 2021 that all was well.",
        "The account (@NASA) — March 13, 2021",
        "[tweet not-a-status]",
    ],
)
def test_sentences_links_and_quotations_are_not_embeds(page: str) -> None:
    assert parse(page) == []


def test_markdown_converted_embed() -> None:
    markdown = (
        "> Caught in action! Check out @Astro_illini leaving the [#ISS](https://twitter.com/hashtag/ISS)\n"
        ">\n"
        "> Second paragraph.\n"
        ">\n"
        f"> — NASA (@NASA) [March 13, 2021](https://twitter.com/NASA/status/{ID}?ref_src=twsrc%5Etfw)"
    )
    page = f"Intro.\n\n{markdown}\n\nAfter."
    [tweet] = parse(page)
    assert tweet.form == "markdown"
    assert page[slice(*tweet.span)] == markdown
    assert (
        tweet.text
        == "Caught in action! Check out @Astro_illini leaving the #ISS\n\nSecond paragraph."
    )
    assert tweet.author == Author("NASA", "NASA")
    assert (tweet.status_id, tweet.url) == (ID, NASA_URL)
    assert (tweet.date, tweet.date_text) == (dt.date(2021, 3, 13), "March 13, 2021")
    assert tweet.mentions == (Mention("Astro_illini", 28, 41),)
    assert tweet.hashtags == (Hashtag("ISS", 54, 58),)
    assert tweet.links == (
        Link(
            "#ISS", "https://twitter.com/hashtag/ISS", "https://twitter.com/hashtag/ISS", "hashtag"
        ),
    )


def test_a_remnant_whose_tags_were_stripped() -> None:
    remnant = (
        "Caught in action! Check out @Astro_illini 🔴 pic.twitter.com/203mdc4KUi"
        "— NASA (@NASA) March 13, 2021"
    )
    page = f"NASA on Saturday shared a video.\n\n{remnant}\n\nThe spacewalk was the fifth."
    [tweet] = parse(page)
    assert tweet.form == "text"
    assert page[slice(*tweet.span)] == remnant
    assert tweet.text == "Caught in action! Check out @Astro_illini 🔴 pic.twitter.com/203mdc4KUi"
    assert tweet.author == Author("NASA", "NASA")
    assert (tweet.status_id, tweet.url) == (None, None)
    assert tweet.date == dt.date(2021, 3, 13)
    assert tweet.media == ("https://pic.twitter.com/203mdc4KUi",)
    assert tweet.emoji == ("🔴",)


def test_a_remnant_whose_footer_is_on_its_own_line() -> None:
    page = "Before.\n\nDas ist ein Test #Köln\n— Stadt Köln (@Stadt_Koeln) 13. März 2021\n\nAfter."
    [tweet] = parse(page)
    assert tweet.form == "text"
    assert tweet.text == "Das ist ein Test #Köln"
    assert tweet.author == Author("Stadt Köln", "Stadt_Koeln")
    assert tweet.date == dt.date(2021, 3, 13)
    assert tweet.hashtags == (Hashtag("Köln", 17, 22),)


def test_a_footer_line_as_long_as_a_date_link_allows_and_no_longer() -> None:
    # The line of "(@handle)" must end near it (a megabyte of "(@a)" on one line is
    # tested once, not read up to 400 characters a handle): as far as the longest
    # date link, with 400 characters after it, still makes a footer.
    link = f"https://twitter.com/a/status/{ID}?{'x' * 700}"
    footer = f"— A (@a) {' ' * 199}[March 13, 2021]({link}){' ' * 399}"
    [tweet] = parse(f"Some text\n{footer}\nMore text. " + "y " * 1000)
    assert (tweet.author, tweet.status_id) == (Author("A", "a"), ID)
    assert parse(f"Some text\n{footer} \nMore text. " + "y " * 1000) == []


def test_remnants_in_one_paragraph_do_not_overlap() -> None:
    # Found by the fuzzer: the second remnant's text reached back over the first.
    first = "Caught @a in action\n— A (@a) March 13, 2021"
    second = "Second tweet\n— B (@b) March 14, 2021"
    page = f"{first}\n{second}"
    tweets = parse(page)
    assert [t.span for t in tweets] == [(0, len(first)), (len(first) + 1, len(page))]
    assert [t.text for t in tweets] == ["Caught @a in action", "Second tweet"]
    assert [t.author for t in tweets] == [Author("A", "a"), Author("B", "b")]


def test_fuzzer_crash_inputs_give_ordered_spans() -> None:
    from tweetembed.decode import decode

    from conftest import DATA

    for path in sorted((DATA / "fuzz").iterdir()):
        data = path.read_bytes()
        text = decode(data)
        previous = 0
        for embed in parse(data):
            assert previous <= embed.span[0] <= embed.span[1] <= len(text), path.name
            previous = embed.span[1]


_FOOTER_TEXT = "Big news today\n\n— NASA (@NASA) March 13, 2021"


@pytest.mark.parametrize(
    "page",
    [
        # An article's description or a form's value: text in an attribute
        f'<html><head><meta name="description" content="{_FOOTER_TEXT}"></head><p>x</p></html>',
        f"<p>a</p><input value='{_FOOTER_TEXT}'>",
        f'<p>a</p><div data-share-text="{_FOOTER_TEXT}"></div>',
        # JSON-LD's articleBody, a script's string, a <noscript>, a <template>, a comment
        '<script type="application/ld+json">{"articleBody": "Big news today\\n\\n'
        '— NASA (@NASA) March 13, 2021"}</script><p>x</p>',
        f"<noscript>{_FOOTER_TEXT}</noscript>",
        f"<template>{_FOOTER_TEXT}</template>",
        f"<!-- {_FOOTER_TEXT} -->",
    ],
)
def test_a_footer_copied_where_no_reader_sees_it_is_not_an_embed(page: str) -> None:
    assert parse(page) == []


def test_a_footer_in_the_page_text_is_one() -> None:
    page = "<p>Big news today</p>\n<p>— NASA (@NASA) March 13, 2021</p>"
    [tweet] = parse(page)
    assert (tweet.form, tweet.escaped, tweet.text) == ("text", None, "Big news today")
    assert tweet.author == Author("NASA", "NASA")


def test_a_shortcode_in_an_attribute_is_a_copy() -> None:
    page = f'<div data-x="[tweet https://twitter.com/NASA/status/{ID}]"></div>'
    [tweet] = parse(page)
    assert (tweet.form, tweet.escaped, tweet.status_id) == ("shortcode", "html", ID)


def test_an_indented_line_with_more_than_a_status_url_is_no_embed() -> None:
    # Indented markup puts thousands of spaces before a URL on its line; the URL with
    # words after it is a link in prose, and reading the line must cost it once (the
    # pattern once tried every split of the spaces: benchmarks/pathological.py).
    line = " " * 3000 + "https://twitter.com/a/status/1370827335461826566 says\n"
    assert parse(line * 20) == []
    alone = " " * 3000 + "https://twitter.com/a/status/1370827335461826566\n"
    [tweet] = parse("<p>Text.</p>\n" + alone + "<p>More.</p>")
    assert (tweet.form, tweet.status_id) == ("url", "1370827335461826566")


def test_a_status_link_in_an_attribute_leaves_the_page_undecoded() -> None:
    # A link's target is no URL alone on its line: the scan turns its "/status" away,
    # so a page that only cites tweets is never decoded (pages beside embeds too).
    from tweetembed import PLATFORMS
    from tweetembed.locate import byte_hits
    from tweetembed.platforms import gates, markers

    page = b'<p>As <a href="https://twitter.com/NASA/status/1370827335461826566">NASA said</a>.</p>'
    assert parse(page) == []
    assert not byte_hits(page, markers(PLATFORMS), gates(PLATFORMS))
    # Alone on its line, after a tag or in [embed], it still is one.
    for alone in (
        b"<p>https://twitter.com/NASA/status/1370827335461826566</p>",
        b"\ntwitter.com/NASA/status/1370827335461826566\n",
        b"[embed]https://twitter.com/NASA/status/1370827335461826566[/embed]",
    ):
        [tweet] = parse(alone)
        assert tweet.status_id == "1370827335461826566"


def test_the_footer_found_is_read_once(monkeypatch: pytest.MonkeyPatch) -> None:
    # locate hands the footer it found to the reader (Candidate.found): a page of
    # thousands of stripped tweets must not read each footer twice.
    from tweetembed.platforms import _footers as footers

    # Each reading of a footer starts by matching its "(@handle)": count those. (The
    # pattern is a module global, looked up at each use in the compiled build too;
    # a function would be called directly there, past a patch.)
    calls: list[int] = []
    handle_at = footers._HANDLE_AT

    class Counted:
        def match(self, text: str, hit: int) -> object:
            calls.append(hit)
            return handle_at.match(text, hit)

    monkeypatch.setattr(footers, "_HANDLE_AT", Counted())
    page = "Before.\n\nDas ist ein Test #Köln\n— Stadt Köln (@Stadt_Koeln) 13. März 2021\n\nAfter."
    [tweet] = parse(page)
    assert (tweet.text, tweet.author) == (
        "Das ist ein Test #Köln",
        Author("Stadt Köln", "Stadt_Koeln"),
    )
    assert len(calls) == 1


def test_a_footer_handed_over_for_a_region_cut_above_its_dash_is_read_again() -> None:
    from tweetembed.platforms._footers import find_footer, read_footer_form

    text = "Some text #a\n— A (@a) March 13, 2021"
    found = find_footer(text, text.index("(@"))
    assert found is not None and found[:3] == (0, len(text), "text")
    fields = {
        "paragraphs": ("Some text #a",), "links": (), "footer": "— A (@a)",
        "author": ("A", "a"), "date_text": "March 13, 2021", "status": None,
    }  # fmt: skip
    assert read_footer_form(text, found[3]) == fields
    assert read_footer_form(text) == fields
    # A region that starts after the dash (the embed before ends there): the footer
    # found in the page indexes nothing in it, and the region is read on its own.
    cut = text[text.index("A (@a)") :]
    assert read_footer_form(cut, found[3]) == read_footer_form(cut) == {}


def _script_by_pattern(line: str) -> int:
    """The script of a line's first 240 characters by counting each one's group."""
    from tweetembed.platforms import _footers as footers

    counts = [0] * 11
    for match in footers._SCRIPTS.finditer(line, 0, 240):
        counts[match.lastindex or 0] += 1
    best = max(range(1, 11), key=counts.__getitem__)
    return best if counts[best] else 0


@pytest.mark.parametrize(
    ("line", "script"),
    [
        ("13. März 2018", 1),  # more ASCII letters than the rest: Latin, counted fast
        ("Mä ä", 1),  # fewer ASCII letters than the rest: counted one by one
        ("日本語のテキスト abc", 2),
        ("한국어 텍스트 ab", 3),
        ("Привет мир, hi", 4),
        ("… 12 ✈️", 0),
        ("x" * 240 + "日本語" * 100, 1),  # only the first 240 characters count
        ("日" * 239 + "abc", 2),
    ],
)
def test_a_lines_script(line: str, script: int) -> None:
    from tweetembed.platforms._footers import _script

    assert _script(line) == script == _script_by_pattern(line)


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="abZ 1.äé€日本한Жא😀\u0301", max_size=300))
def test_a_lines_script_as_its_letters_are_counted(line: str) -> None:
    from tweetembed.platforms._footers import _script

    assert _script(line) == _script_by_pattern(line)
