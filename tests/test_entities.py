"""entities: twitter-text rules on texts beyond the conformance suite."""

from __future__ import annotations

import pytest

from tweetembed import Cashtag, Entities, Hashtag, Mention, UrlEntity, extract_entities
from tweetembed.entities import find_urls


def test_arabic_tweet_with_hashtag_and_mention() -> None:
    text = "مرحبا @user_1 #السعودية اليوم"
    assert extract_entities(text) == Entities(
        mentions=[Mention("user_1", 6, 13)], hashtags=[Hashtag("السعودية", 14, 23)]
    )


def test_hebrew_and_persian_with_directional_marks() -> None:
    hebrew = "\u200fשלום #ישראל @dan"
    assert extract_entities(hebrew) == Entities(
        mentions=[Mention("dan", 13, 17)], hashtags=[Hashtag("ישראל", 6, 12)]
    )
    persian = "سلام #ایران\u200c ها @ali"
    assert extract_entities(persian).hashtags == (Hashtag("ایران\u200c", 5, 12),)
    assert extract_entities(persian).mentions == (Mention("ali", 16, 20),)


def test_cashtags_next_to_display_urls() -> None:
    text = "$TSLA nytimes.com/2021/tesla $AAPL."
    assert extract_entities(text) == Entities(
        cashtags=[Cashtag("TSLA", 0, 5), Cashtag("AAPL", 29, 34)],
        urls=[UrlEntity("nytimes.com/2021/tesla", 6, 28)],
    )


def test_hashtag_inside_url_is_dropped_for_the_url() -> None:
    text = "see https://example.com/page#section now"
    assert extract_entities(text) == Entities(
        urls=[UrlEntity("https://example.com/page#section", 4, 36)]
    )


def test_list_is_not_a_mention_and_fullwidth_signs_are() -> None:
    assert extract_entities("@user/list and ＠other ＃タグ").mentions == (Mention("other", 15, 21),)
    assert extract_entities("＃タグ").hashtags == (Hashtag("タグ", 0, 3),)


def test_type_error_for_non_text() -> None:
    with pytest.raises(TypeError, match="takes a str"):
        extract_entities(b"@x")  # type: ignore[arg-type]


def test_url_offsets_always_cover_the_url_as_written() -> None:
    # Found by the fuzzer: twitter-text's rule would report "pict3er.com/t" over
    # offsets that also cover the NULs and ".co" between the domain and the path.
    text = '"\x01\x00: a >pict3er.com\x00\x00\x00\x00\x00\x00.co/t t'
    assert extract_entities(text).urls == (UrlEntity("pict3er.com", 8, 19),)
    # Where the path follows the domain, it stays part of the URL.
    assert extract_entities("日本語example.com/path ok").urls == (
        UrlEntity("example.com/path", 3, 19),
    )


def test_a_plain_ascii_domain_is_its_own_ascii_domain() -> None:
    """find_urls skips compiling the ASCII-domain pattern for a domain of ASCII
    letters, digits, hyphens and dots: the pattern gives that whole domain back."""
    from tweetembed.entities import _ascii_domain_pattern, _tlds

    generic, country = _tlds()
    tlds = [t for t in (*generic, *country) if t.isascii()]
    assert len(tlds) > 1400
    for tld in tlds:
        for domain in (f"a-b.c1.{tld}", f"x.{tld.upper()}", f"pic.twitter.{tld}"):
            found = [m.group(0) for m in _ascii_domain_pattern().finditer(domain)]
            assert found == [domain], domain


def test_only_a_dot_before_a_tld_sends_a_run_to_the_url_pattern() -> None:
    """The URL pattern backtracks at every position of a run it searches; a run of
    dots without a TLD must never reach it (benchmarks/pathological.py's "a.a.a…"
    took 15 s for 100 KB with a looser test)."""
    from tweetembed.entities import _dot_before_tld, _url_patterns

    dot_word = _url_patterns()[2]

    def dots(text: str) -> list[int]:
        found, at = [], _dot_before_tld(text, dot_word, 0, len(text))
        while at >= 0:
            found.append(at)
            at = _dot_before_tld(text, dot_word, at + 1, len(text))
        return found

    assert dots("a." * 10_000) == []
    assert dots("é.é.é.xyzzy.notatld.a1.com-x.co+") == []
    assert dots("a.b.com/x.рф y.COM") == [3, 9, 14]
    # A TLD followed by a letter outside ASCII ends there; by an ASCII one, it
    # is no TLD; xn-- starts an IDN TLD whatever follows.
    assert dots("a.comé a.coma a.xn--p1ai a.com1 a.com@") == [1, 15]


def urls_by_the_full_pattern(text: str) -> list[UrlEntity]:
    """find_urls as twitter-text's patterns of every TLD alone give them: the URL
    pattern, and the dots a TLD follows found by one regex of them all."""
    import re
    from unittest import mock

    from tweetembed import entities

    _, tco, dot_word = entities._url_patterns()
    full = (entities._full_url_pattern(), tco, dot_word)
    dot_tld = re.compile(rf"\.{entities._tld_pattern()}", re.IGNORECASE)

    def dot_before_tld(text: str, _: object, start: int, end: int) -> int:
        m = dot_tld.search(text, start, end)
        return -1 if m is None else m.start()

    with (
        mock.patch.object(entities, "_url_patterns", return_value=full),
        mock.patch.object(entities, "_is_tld", return_value=True),
        mock.patch.object(entities, "_dot_before_tld", dot_before_tld),
    ):
        return entities.find_urls(text)


@pytest.mark.parametrize(
    "text",
    [
        "see file.txt/a.com and x.notatld.com/path",
        "go to www.google.co.uk/maps?q=1 now",
        "mixed a.comé/x b.XN--P1AI/y c.рф/z",
        "dots U.S.A.gov, e.g.com and a.b.c.d.e.f.org",
        "Mr.Smith went.to example.museum.notatld/x then http://t.co/abc?x=1",
    ],
)
def test_the_tld_shaped_pattern_finds_what_twitter_texts_full_pattern_finds(text: str) -> None:
    """The URL pattern that takes any TLD-shaped word, checked against the set of
    TLDs (the full pattern deciding where the word is none), gives what
    twitter-text's pattern of every TLD gives."""
    assert find_urls(text) == urls_by_the_full_pattern(text)
    assert find_urls(text)  # each text holds URLs: the comparison is not of nothing


def test_a_text_dense_with_signs_costs_no_list_of_them() -> None:
    # "@a@a@a…" holds no mention (each "@a" is followed by "@"); a sign every two
    # characters is scanned by the engine, and what decides that must not list
    # every sign's position first (36 bytes each: 18x the text).
    from traced import traced

    text = "@a" * 50_000
    extract_entities(text[:100])
    found, _, peak = traced(lambda: extract_entities(text))
    assert found.mentions == ()
    assert peak <= 4 * len(text)
