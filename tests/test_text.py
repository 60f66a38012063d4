"""text: reader text of an element by the contract's rules."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st
from lxml import etree

from tweetembed import text
from tweetembed.text import element_text, normalise_lines


def el(markup: str) -> etree._Element:
    return etree.fromstring(markup, etree.HTMLParser()).find("body")[0]  # type: ignore[index]


def test_br_is_a_line_break_and_source_newlines_are_spaces() -> None:
    assert element_text(el("<p>one<br>two\nthree<br/><br>four</p>")) == "one\ntwo three\n\nfour"


def test_space_runs_collapse_nbsp_included_ideographic_space_kept() -> None:
    assert element_text(el("<p>a \t\u00a0 b\u3000\u3000c\u200bd</p>")) == "a b\u3000\u3000c\u200bd"


def test_lines_stripped_and_whole_stripped() -> None:
    assert element_text(el("<p>  <br> a  <br>  b  <br>  </p>")) == "a\nb"


def test_entities_decoded_once() -> None:
    assert element_text(el("<p>&amp;lt; &lt;b&gt; &#128308;</p>")) == "&lt; <b> 🔴"


def test_scripts_skipped_emoji_images_read_by_alt() -> None:
    markup = (
        '<p>a<script>var x=1</script> <img class="emoji" alt="🔥" src="x.png"> b<img alt="no"></p>'
    )
    assert element_text(el(markup)) == "a 🔥 b"


def test_skip_and_inline() -> None:
    root = el("<div>x<p>skip me</p>y<br>z</div>")
    assert element_text(root, skip=[root[0]], inline=True) == "xy z"


def test_normalise_lines() -> None:
    assert normalise_lines("\n a  b \n\n c\u00a0\n") == "a b\n\nc"
    assert normalise_lines(" \n \n\t\r\n x\u3000 ") == "x\u3000"


def _lines_one_by_one(raw: str) -> str:
    # The rule as DESIGN.md words it, line by line.
    lines = [re.sub(r"[\t\n\x0b\x0c\r \u00a0]+", " ", line).strip(" ") for line in raw.split("\n")]
    return "\n".join(lines).strip("\n")


@given(st.text(alphabet=" \t\n\r\x0b\x0c\u00a0\u3000\u200bab", max_size=30))
def test_normalise_lines_is_the_line_by_line_rule(raw: str) -> None:
    assert normalise_lines(raw) == _lines_one_by_one(raw)


@given(st.text(alphabet=" \t\n\r\x0b\x0c\u00a0\u3000ab", max_size=30))
def test_space_runs_leave_lone_spaces_but_collapse_every_run(raw: str) -> None:
    # The patterns skip a lone " " (nothing to change) and must otherwise write
    # every run of white space as one space, as the plain rule does.
    assert text._SPACE_RUN.sub(" ", raw) == re.sub(r"[\t\n\x0b\x0c\r \u00a0]+", " ", raw)
    in_line = re.sub(r"[\t\x0b\x0c\r \u00a0]+", " ", raw)
    assert text._SPACE_RUN_IN_LINE.sub(" ", raw) == in_line
