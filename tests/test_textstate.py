"""textstate: which bytes the HTML tokenizer reads as text, read in bounded time."""

from __future__ import annotations

import pytest

from tweetembed import parse
from tweetembed.textstate import TextState

EMBED = (
    '<blockquote class="twitter-tweet"><p>Hi</p>&mdash; A (@a) '
    '<a href="https://twitter.com/a/status/20">March 21, 2006</a></blockquote>'
)


def inside(page: str, marker: str = "EMBED") -> tuple[bool, bool]:
    """Whether ``marker`` is in such an element, by the look back and by the walk."""
    data = page.encode()
    at = data.index(marker.encode())
    return TextState(data).inside(at), TextState(data, look_back=False).inside(at)


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        ("<script>x</script>EMBED", False),
        ("<script>EMBED", True),
        ("<script>x EMBED </script ", True),  # an end tag cut off by the page's end
        ("<script>x</scripts> EMBED", True),  # not an end tag: the name goes on
        ("<script>x</script\t>EMBED", False),
        ("<script>x</script/>EMBED", False),
        ("<script EMBED", False),  # no ">": not a tag, the rest is text
        ('<script type="a">EMBED', True),
        ("<noscript>EMBED</noscript>", True),
        ("<template><p>EMBED</p></template>", True),
        ("<title><script></title>EMBED", False),  # a <script> inside <title> is text
        ("<!-- EMBED -->", True),
        ("<!-- x --> EMBED", False),
    ],
)
def test_text_elements(page: str, expected: bool) -> None:
    assert inside(page) == (expected, expected)


def test_end_tags_without_a_bracket_do_not_make_the_state_quadratic() -> None:
    # Every "</script " might be the end tag; none ends, so the script runs to the
    # end of the page and the embed in it is a copy. (Linear time: pathological.py.)
    page = "<script>" + EMBED + "</script " * 20_000
    [tweet] = parse(page)
    assert tweet.escaped == "text"


def test_opening_tags_without_a_bracket_open_nothing() -> None:
    page = "<title><script></title>" + EMBED + "<script " * 20_000
    [tweet] = parse(page)
    assert tweet.escaped is None
