"""urls: safe normalisation, status links, canonical URLs, media links."""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tweetembed import urls
from tweetembed.urls import StatusRef, canonical_status_url, media_url, normalise_url, status_ref


@pytest.mark.parametrize(
    ("href", "expected"),
    [
        ("https://example.com/a?b=1", "https://example.com/a?b=1"),
        ("HTTP://EXAMPLE.com:80", "http://example.com/"),
        ("  https://example.com/x\n", "https://example.com/x"),
        ("//cdn.example.com/p", "https://cdn.example.com/p"),
        ("https://example.com/p?utm_source=tw&utm_medium=x&id=3", "https://example.com/p?id=3"),
        ("https://twitter.com/h?ref_src=twsrc%5Etfw", "https://twitter.com/h"),
        (
            "https://twitter.com/hashtag/X?src=hash&ref_src=twsrc%5Etfw",
            "https://twitter.com/hashtag/X",
        ),
        ("https://example.com:8080/p", "https://example.com:8080/p"),
        ("javascript:alert(1)", None),
        ("JaVaScRiPt:alert(1)", None),
        ("data:text/html;base64,PHNjcmlwdD4=", None),
        ("vbscript:x", None),
        ("/relative", None),
        ("mailto:a@b.c", None),
        ("https://user:pw@example.com/", None),
        ("https://exa mple.com/", None),
        ("http://[::1", None),
        ("https://example.com:99999/", None),
        ("", None),
        (None, None),
    ],
)
def test_normalise_url(href: str | None, expected: str | None) -> None:
    assert normalise_url(href) == expected


@pytest.mark.parametrize(
    ("href", "expected"),
    [
        ("https://twitter.com/NASA/status/1370827335461826566?ref_src=twsrc%5Etfw", StatusRef("1370827335461826566", "NASA")),
        ("https://x.com/NASA/status/1370827335461826566", StatusRef("1370827335461826566", "NASA")),
        ("https://mobile.twitter.com/NASA/statuses/1370827335461826566", StatusRef("1370827335461826566", "NASA")),
        ("https://twitter.com/i/web/status/1370827335461826566", StatusRef("1370827335461826566", None)),
        ("https://twitter.com/i/status/1370827335461826566", StatusRef("1370827335461826566", None)),
        ("https://twitter.com/#!/NASA/status/20", StatusRef("20", "NASA")),
        ("https://twitter.com/NASA", None),
        ("https://twitter.com/NASA/status/", None),
        ("https://example.com/NASA/status/1", None),
        ("https://twitter.com.evil.example/NASA/status/1", None),
        ("javascript:https://twitter.com/a/status/1", None),
    ],
)  # fmt: skip
def test_status_ref(href: str, expected: StatusRef | None) -> None:
    assert status_ref(href) == expected


# Links at the edges of the shape status_ref reads at once (its _PLAIN_STATUS), with
# what the general way reads in them: each is read alike either way.
_STATUS_EDGES = [
    ("https://twitter.com/NASA/status/0020?s=20", StatusRef("20", "NASA")),
    ("https://twitter.com/NASA/status/0", StatusRef("0", "NASA")),
    ("https://twitter.com/Search/status/5", StatusRef("5", None)),
    ("https://m.x.com/a_b/statuses/5/photo/1", StatusRef("5", "a_b")),
    ("HTTPS://Twitter.COM/NASA/status/5", StatusRef("5", "NASA")),
    ("https://twitter.com/NASA/status/5#!/x", None),  # the hash-bang path wins
    ("https://twitter.com/nasa\\_jpl/status/5", StatusRef("5", "nasa_jpl")),
    ("https://twitter.com/NASA/status/5\x01", StatusRef("5", "NASA")),
    (" https://twitter.com/NASA/status/5", StatusRef("5", "NASA")),
    ("https://twitter.com/NASA/status/5x", None),
    ("https://twitter.com/NASA/status/123456789012345678901", None),
    ("https://www.twitter.com./NASA/status/5", StatusRef("5", "NASA")),
    ("https://twitter.com:443/NASA/status/5", StatusRef("5", "NASA")),
    ("https://u@twitter.com/NASA/status/5", None),
    ("https://api.twitter.com/NASA/status/5", None),
]


def _read_the_general_way(href: str) -> StatusRef | None:
    """What status_ref reads in ``href`` without its shape read at once."""
    plain = urls._PLAIN_STATUS
    urls._PLAIN_STATUS = re.compile("(?!)")
    try:
        status_ref.cache_clear()
        return status_ref(href)
    finally:
        urls._PLAIN_STATUS = plain
        status_ref.cache_clear()


@pytest.mark.parametrize(("href", "expected"), _STATUS_EDGES)
def test_status_ref_either_way(href: str, expected: StatusRef | None) -> None:
    status_ref.cache_clear()
    assert status_ref(href) == expected
    assert _read_the_general_way(href) == expected


@given(
    st.sampled_from([e[0] for e in _STATUS_EDGES]),
    st.integers(0, 80),
    st.text(alphabet="/?#:.\\ \x01aZ_09%s", max_size=3),
)
def test_status_ref_fast_shape_reads_as_the_general_way(href: str, at: int, inserted: str) -> None:
    href = href[:at] + inserted + href[at:]
    status_ref.cache_clear()
    assert status_ref(href) == _read_the_general_way(href)


def test_canonical_status_url() -> None:
    assert canonical_status_url("20", "jack") == "https://twitter.com/jack/status/20"
    assert canonical_status_url("20", None) == "https://twitter.com/i/web/status/20"
    assert canonical_status_url(None, "jack") is None


def test_media_url() -> None:
    assert media_url("pic.twitter.com/203mdc4KUi") == "https://pic.twitter.com/203mdc4KUi"
    assert media_url("https://pic.twitter.com/abc") == "https://pic.twitter.com/abc"
    assert media_url("https://t.co/abc") is None
    assert media_url(None) is None
    assert media_url("PIC.Twitter.COM/AbC1") == "https://pic.twitter.com/AbC1"
    # Host names fold ASCII case only: dotless ı and dotted İ are other hosts.
    assert media_url("https://p\u0131c.twitter.com/abc") is None
    assert media_url("https://P\u0130C.twitter.com/abc") is None


# twitter-text's media link, written out whole (scheme and "www." too): the reading
# searched from "pic." must give what it gives.
_WHOLE_MEDIA = re.compile(
    r"(?:https?://)?(?:www\.)?pic\.(?:twitter|x)\.com/([A-Za-z0-9]+)", re.IGNORECASE | re.ASCII
)


@given(
    st.lists(
        st.sampled_from(
            ["https://", "http://", "www.", "pic.", "PIC.", "twitter", "x", ".com/", "Ab1", " ",
             "t.co/", "/", ".", "\u0131"]
        ),
        max_size=12,
    ).map("".join)
)  # fmt: skip
def test_media_url_is_the_whole_patterns(value: str) -> None:
    m = _WHOLE_MEDIA.search(value)
    assert media_url(value) == (f"https://pic.twitter.com/{m.group(1)}" if m else None)


@given(
    st.from_regex(re.compile(urls._SIMPLE_URL.pattern), fullmatch=True),
)
def test_fast_split_agrees_with_urlsplit(url: str) -> None:
    # The fast path must split every URL it takes exactly as urllib.parse does.
    parts = urlsplit(url)
    assert urls._split(url) == (
        parts.scheme,
        parts.hostname or "",
        parts.port,
        parts.path,
        parts.query,
        parts.fragment,
    )


@given(
    st.sampled_from(["http", "https"]),
    st.from_regex(r"[a-z0-9.-]{1,20}(:[0-9]{1,5})?", fullmatch=True),
    st.text(alphabet="/ab%?#=&.:;@~", max_size=12),
    st.text(alphabet="ab=&%/?.", max_size=8),
    st.text(alphabet="ab=&%/?#.", max_size=8),
)
def test_join_agrees_with_urlunsplit(
    scheme: str, netloc: str, path: str, query: str, fragment: str
) -> None:
    # normalise_url joins what it keeps as urllib.parse.urlunsplit would (an empty
    # path written as "/", as normalise_url passes it).
    expected = urlunsplit((scheme, netloc, path or "/", query, fragment))
    assert urls._join(scheme, netloc, path, query, fragment) == expected


def _reference_without_tracking(query: str, drop: frozenset[str]) -> str:
    # What urllib alone gives: parse the pairs, drop, re-encode only if one went.
    pairs = parse_qsl(query, keep_blank_values=True)
    kept = [(k, v) for k, v in pairs if k not in drop and not k.startswith("utm_")]
    return query if len(kept) == len(pairs) else urlencode(kept)


_QUERY_PART = st.one_of(
    st.sampled_from(["ref_src=twsrc%5Etfw", "s=20", "t=x", "utm_source=a", "id=3", "a", ""]),
    st.text(alphabet="abs_tu=%+5E&", max_size=8),
)


@given(st.lists(_QUERY_PART, max_size=5).map("&".join))
def test_tracking_query_fast_path_agrees_with_urllib(query: str) -> None:
    for drop in (urls._TRACKING, urls._TRACKING_ANY_HOST):
        assert urls._without_tracking(query, drop) == _reference_without_tracking(query, drop)
