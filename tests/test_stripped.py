"""_stripped: the text a reader sees in a block of extracted text."""

from __future__ import annotations

import pytest

from tweetembed.platforms._stripped import stripped_paragraphs, stripped_text


@pytest.mark.parametrize(
    ("block", "text"),
    [
        # html2text breaks a long line after a word's hyphen too (corpus/pages/037).
        ("> Posted by [Pamela Rendi-\n> Wagner](https://www.facebook.com/x) on", "Posted by Pamela Rendi-Wagner on"),
        # A dash between spaces is no word's hyphen (corpus/pages/043).
        ("> shared by [ zashay tastas -\n> myndigheten](https://www.instagram.com/x/)", "shared by zashay tastas - myndigheten"),
        # Not wrapped (trafilatura writes a line as long as it is): a line break stays.
        ("Rendi-\nWagner", "Rendi-\nWagner"),
    ],
)  # fmt: skip
def test_wrapped_lines_are_joined_as_the_page_wrote_them(block: str, text: str) -> None:
    assert stripped_text(block)[0] == text


def test_paragraphs_keep_their_links_and_lose_empty_ones() -> None:
    # (A link's text as the block writes it, its line break kept: readers join it.)
    block = (
        "> [  \n>\n> ](https://www.instagram.com/p/BwiVvR9lD0m/)\n>\n"
        "> [Sieh dir diesen Beitrag auf Instagram\n> an](https://www.instagram.com/p/BwiVvR9lD0m/)\n>\n>  \n>\n"
        "> Ein Beitrag geteilt von [Esmeralda](https://www.instagram.com/e/) (@e)\n"
    )
    assert stripped_paragraphs(block) == [
        (
            "Sieh dir diesen Beitrag auf Instagram an",
            (
                (
                    "Sieh dir diesen Beitrag auf Instagram\nan",
                    "https://www.instagram.com/p/BwiVvR9lD0m/",
                ),
            ),
        ),
        (
            "Ein Beitrag geteilt von Esmeralda (@e)",
            (("Esmeralda", "https://www.instagram.com/e/"),),
        ),
    ]


def test_a_cjk_space_stays_as_in_the_pages_own_text() -> None:
    # tweetembed.text collapses ASCII white space and U+00A0 alone; a stripped text
    # keeps U+3000 too (postlight/parser's takagi-hiromitsu.jp: "無差別調査\u3000「国による").
    text, _ = stripped_text("総務省が無差別調査\u3000「国による」 \u00a0 指摘\n\u3000次の行")
    assert text == "総務省が無差別調査\u3000「国による」 指摘\n\u3000次の行"
