"""fragment: one region parsed alone, safely."""

from __future__ import annotations

from tweetembed.fragment import parse_fragment


def test_first_element_of_the_region() -> None:
    root = parse_fragment('<blockquote class="twitter-tweet"><p>hi &amp; bye</p></blockquote>')
    assert root is not None
    assert root.tag == "blockquote"
    assert root.findtext("p") == "hi & bye"


def test_nothing_to_parse() -> None:
    assert parse_fragment("") is None
    assert parse_fragment("   ") is None
    assert parse_fragment("just text") is None


def test_lone_surrogates_and_nul_do_not_break_the_parser() -> None:
    root = parse_fragment("<blockquote><p>a\ud83d b\x00c</p></blockquote>")
    assert root is not None
    assert root.findtext("p") is not None
    assert "\ufffd" in root.findtext("p")  # type: ignore[operator]


def test_no_entity_or_dtd_is_resolved_and_nothing_fetched() -> None:
    markup = (
        '<!DOCTYPE html [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
        '<blockquote><p>&xxe;<img src="http://127.0.0.1:9/x"></p></blockquote>'
    )
    root = parse_fragment(markup)
    assert root is not None
    text = "".join(root.itertext())
    assert "root:" not in text


def test_uppercase_and_unquoted_markup() -> None:
    root = parse_fragment("<BLOCKQUOTE CLASS=twitter-tweet DATA-LANG=en><P>x</P></BLOCKQUOTE>")
    assert root is not None
    assert root.tag == "blockquote"
    assert dict(root.attrib) == {"class": "twitter-tweet", "data-lang": "en"}


def test_icons_are_not_parsed_and_the_text_around_them_stays() -> None:
    # Instagram's code draws its logo as an <svg> in its "View this post" link.
    root = parse_fragment(
        '<blockquote><a href="p"><div><svg width="50px" viewBox="0 0 60 60"><g><path d="M1"/>'
        "</g></svg></div><div>View this post</div></a><p>caption</p></blockquote>"
    )
    assert root is not None
    assert [e.tag for e in root.iter()] == ["blockquote", "a", "div", "div", "p"]
    assert "".join(root.itertext()) == "View this postcaption"


def test_an_unclosed_svg_and_other_names_are_left_to_the_parser() -> None:
    root = parse_fragment("<div><svgx>kept</svgx><svg><text>open</text></div>")
    assert root is not None
    assert [e.tag for e in root.iter()][:2] == ["div", "svgx"]
    assert "".join(root.itertext()) == "keptopen"
