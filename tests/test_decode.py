"""decode: BOM, <meta charset>, then UTF-8 with replacement; never raises."""

from __future__ import annotations

import codecs

import pytest

from tweetembed.decode import decode, decode_at


def test_str_is_returned_unchanged() -> None:
    assert decode("<p>é</p>") == "<p>é</p>"


@pytest.mark.parametrize(
    ("bom", "codec"),
    [
        (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
    ],
)
def test_byte_order_marks(bom: bytes, codec: str) -> None:
    assert decode(bom + "<p>Grüße 🌍</p>".encode(codec)) == "<p>Grüße 🌍</p>"


def test_meta_charset_windows_1252() -> None:
    page = '<meta charset="windows-1252"><p>“Café” – 13. März</p>'.encode("cp1252")
    assert decode(page) == '<meta charset="windows-1252"><p>“Café” – 13. März</p>'


def test_iso_8859_1_label_is_read_as_windows_1252_like_browsers() -> None:
    page = b"<meta charset=ISO-8859-1><p>\x93quoted\x94 caf\xe9</p>"
    assert decode(page) == "<meta charset=ISO-8859-1><p>“quoted” café</p>"


def test_http_equiv_shift_jis() -> None:
    head = '<meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS">'
    page = (head + "<p>2021年3月13日</p>").encode("shift_jis")
    assert decode(page) == head + "<p>2021年3月13日</p>"


def test_euc_jp_and_iso_8859_2() -> None:
    page = ("<meta charset='euc-jp'>" + "日本語").encode("euc_jp")
    assert decode(page).endswith("日本語")
    polish = '<meta charset="iso-8859-2"><p>Łódź, 13 marca 2021</p>'
    assert decode(polish.encode("iso-8859-2")) == polish


def test_undecodable_bytes_become_replacement_characters() -> None:
    assert decode(b"<p>ok \xff\xfe\xc3 end</p>") == "<p>ok \ufffd\ufffd\ufffd end</p>"


def test_unknown_charset_falls_back_to_utf8() -> None:
    assert (
        decode('<meta charset="klingon-8"><p>é</p>'.encode())
        == '<meta charset="klingon-8"><p>é</p>'
    )


def test_decode_at_maps_byte_positions_to_text_positions() -> None:
    page = "<p>Grüße 🌍</p><b>x</b>“q” <i>"
    data = page.encode("utf-8")
    positions = [data.index(b"<b>"), data.index(b"<i>")]
    decoded = decode_at(data, positions)
    assert decoded == (page, [page.index("<b>"), page.index("<i>")])
    legacy = ('<meta charset="windows-1252">“q” <b>').encode("cp1252")
    assert decode_at(legacy, [legacy.index(b"<b>")]) == (
        '<meta charset="windows-1252">“q” <b>',
        [33],  # 29 characters of <meta …> and 4 of “q”
    )
    # A UTF-8 byte-order mark is not part of the text.
    assert decode_at(codecs.BOM_UTF8 + "é<b>".encode(), [5]) == ("é<b>", [1])
    assert decode_at(codecs.BOM_UTF8 + b"\xe9<b>", [4]) == ("\ufffd<b>", [1])


def test_decode_at_declines_what_cannot_be_cut() -> None:
    assert decode_at(b'<meta charset="shift_jis"><b>', [26]) is None
    assert decode_at(b"\xff\xfe<\x00", [2]) is None


def test_decode_at_invalid_bytes_match_whole_decoding() -> None:
    data = b"ab\xe2\x82<b>\xf0\x9f<i>\xc3"
    positions = [data.index(b"<b>"), data.index(b"<i>")]
    text, offsets = decode_at(data, positions)  # type: ignore[misc]
    assert text == data.decode("utf-8", "replace")
    assert [text[o : o + 3] for o in offsets] == ["<b>", "<i>"]
