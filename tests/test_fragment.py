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
