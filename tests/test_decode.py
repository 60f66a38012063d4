"""decode: BOM, the transport's charset, <meta charset>, then UTF-8 with replacement;
never raises."""

from __future__ import annotations

import codecs
import datetime

import pytest

from tweetembed import parse
from tweetembed.decode import InvalidText, Page, decode, page_of, transport_codec
from tweetembed.models import Author


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


def test_a_page_maps_byte_positions_to_text_positions() -> None:
    text = "<p>Grüße 🌍</p><b>x</b>“q” <i>"
    page = page_of(text.encode("utf-8"))
    assert page is not None and not page.single_byte
    positions = [page.data.index(b"<b>"), page.data.index(b"<i>")]
    assert page.chars(positions) == [text.index("<b>"), text.index("<i>")]
    assert [page.char_at(p) for p in reversed(positions)] == [text.index("<i>"), text.index("<b>")]
    assert page.byte_at(text.index("🌍"), positions[1]) == page.data.index("🌍".encode())
    assert page.decode(positions[0], positions[1]) == text[text.index("<b>") : text.index("<i>")]
    assert page.text() == text


def test_a_single_byte_code_page_is_one_byte_a_character() -> None:
    text = '<meta charset="windows-1252">“q” <b>'
    page = page_of(text.encode("cp1252"))
    assert page is not None and page.single_byte
    at = page.data.index(b"<b>")
    assert page.chars([at]) == [33]  # 29 characters of <meta …> and 4 of “q”
    assert page.char_at(at) == 33 and page.byte_at(33, 0) == at
    assert page.text() == text


def test_a_utf8_byte_order_mark_is_not_part_of_the_text() -> None:
    page = page_of(codecs.BOM_UTF8 + "é<b>".encode())
    assert page is not None and page.start == 3
    assert page.chars([5]) == [1] and page.char_at(5) == 1
    assert page.text() == "é<b>"


def test_pages_that_cannot_be_read_byte_by_byte_are_declined() -> None:
    assert page_of(b'<meta charset="shift_jis"><b>') is None
    assert page_of(b"\xff\xfe<\x00") is None


def test_broken_utf8_is_found_where_it_is_read() -> None:
    page = page_of(b"<b>ok</b>\xe2\x82<i>")
    assert page is not None
    page.check(9)  # the stretch before the broken bytes decodes
    assert page.decode(0, 9) == "<b>ok</b>"
    with pytest.raises(InvalidText):
        page.check(12)
    with pytest.raises(InvalidText):
        page.text()
    # A page made from text is checked by construction, lone surrogates included.
    text = "a\ud800<b>"
    made = Page.of_text(text)
    made.check(len(made.data))
    assert made.chars([made.data.index(b"<b>")]) == [2]
    assert made.decode(0, len(made.data)) == text


def test_check_reads_sequences_cut_between_its_stretches() -> None:
    # A four-byte character across the 16 KB boundary where check cuts the bytes.
    data = b"a" * 16382 + "🌍".encode() + b"<b>"
    page = page_of(data)
    assert page is not None
    page.check(len(data))
    assert page.chars([len(data) - 3]) == [16383]
    broken = page_of(b"a" * 16382 + "🌍".encode()[:3] + b"<b>")
    assert broken is not None
    with pytest.raises(InvalidText):
        broken.check(len(broken.data))


@pytest.mark.parametrize(
    ("hint", "codec"),
    [
        ("text/html; charset=ISO-8859-1", "cp1252"),  # browsers read Latin-1 as 1252
        ('text/html;charset="windows-1252"', "cp1252"),
        ("text/html; Charset=Shift_JIS; foo=bar", "cp932"),
        ("koi8-r", "koi8-r"),
        ("UTF-8", "utf-8"),
        ("text/html", None),  # no charset: the page's <meta> decides
        ("text/html; charset=no-such-thing", None),
        ("", None),
    ],
)
def test_transport_charset_from_a_label_or_a_content_type(hint: str, codec: str | None) -> None:
    assert transport_codec(hint) == codec


def test_the_transport_charset_ranks_after_the_bom_and_before_meta() -> None:
    latin = "<p>Jos\u00e9 P\u00e9rez #F\u00fatbol</p>"
    assert decode(latin.encode("cp1252"), "cp1252") == latin
    # The header wins over a <meta> that says otherwise (the HTML standard's order) …
    meta = '<meta charset="utf-8">' + latin
    assert decode(meta.encode("cp1252"), "cp1252") == meta
    # … and a byte-order mark wins over the header.
    assert decode(codecs.BOM_UTF8 + latin.encode("utf-8"), "cp1252") == latin
    assert decode(latin.encode("cp1252")) == latin.replace("\u00e9", "\ufffd").replace(
        "\u00fa", "\ufffd"
    )


@pytest.mark.parametrize(
    ("label", "codec"),
    [
        # Labels of the Encoding Standard (encoding.spec.whatwg.org, "Names and
        # labels") that Python's own lookup does not know, or reads otherwise.
        ("windows-874", "cp874"),
        ("dos-874", "cp874"),
        ("x-cp1251", "cp1251"),
        ("cp819", "cp1252"),
        ("csisolatin1", "cp1252"),
        ("iso88591", "cp1252"),
        ("iso8859-9", "cp1254"),
        ("latin5", "cp1254"),
        ("iso-8859-8-i", "iso8859-8"),
        ("koi", "koi8-r"),
        ("x-mac-cyrillic", "mac-cyrillic"),
        ("korean", "cp949"),
        ("ks_c_5601-1989", "cp949"),
        ("csshiftjis", "cp932"),
        ("chinese", "gb18030"),
        ("cn-big5", "big5hkscs"),
        ("unicode-1-1-utf-8", "utf-8"),
        # The replacement encoding's labels: nothing to decode with.
        ("iso-2022-kr", None),
        ("hz-gb-2312", None),
        # No browser's label, but Python's name (a command line's --encoding).
        ("latin_1", "iso8859-1"),
        ("not-a-charset", None),
    ],
)
def test_charset_labels_as_the_encoding_standard_reads_them(label: str, codec: str | None) -> None:
    assert transport_codec(label) == codec


def test_a_thai_page_labelled_windows_874() -> None:
    tweet = (
        '<blockquote class="twitter-tweet"><p lang="th" dir="ltr">สวัสดี</p>&mdash; สมชาย '
        '(@h) <a href="https://twitter.com/h/status/1234567890123456789">13 มีนาคม 2021</a>'
        "</blockquote>"
    )
    page = f'<html><head><meta charset="windows-874"></head><body>{tweet}</body></html>'
    [embed] = parse(page.encode("cp874"))
    assert (embed.text, embed.author, embed.date) == (
        "สวัสดี",
        Author("สมชาย", "h"),
        datetime.date(2021, 3, 13),
    )


def test_a_long_text_is_its_utf8_and_encoded_within_twice_its_size() -> None:
    """Page.of_text encodes a long text a slice at a time: the same bytes (emoji and
    lone surrogates across the slices' edges too), at a peak of about twice the
    UTF-8 (CPython's encoder took four times, room for four bytes a character)."""
    from traced import traced

    # Mostly ASCII, as pages are (the old peak's worst case); an emoji and a lone
    # surrogate at the first slice's edge (65,536), and more on.
    text = "x" * ((1 << 16) - 1) + "🔴\ud800" + ("x" * 997 + "🔴é\ud800—") * 300
    expected = text.encode("utf-8", "surrogatepass")
    page, _, peak = traced(lambda: Page.of_text(text))
    assert page.data == expected
    assert page.text() is text
    assert peak <= 2.2 * len(expected)
