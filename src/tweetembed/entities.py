"""Mentions, hashtags, cashtags and URLs in plain text, by twitter-text's rules.

The patterns follow twitter/twitter-text 3.1 (the rules its conformance suite
checks): which characters may precede ``@``, ``#`` and ``$``, Unicode letters and
marks in hashtags, URLs with and without a scheme judged by its TLD list, t.co
slugs, and the removal of entities that overlap an earlier one. Offsets are in
code points. The TLD list is upstream's ``tld_lib.yml``, shipped as package data.
"""

from __future__ import annotations

import functools
import itertools
import os
import re
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

from ._lazy import re_pattern, regex_pattern
from .models import Cashtag, Entities, Hashtag, Mention, UrlEntity

if TYPE_CHECKING:
    import regex

__all__ = [
    "extract_entities",
    "find_cashtags",
    "find_entities",
    "find_hashtags",
    "find_mentions",
    "find_urls",
    "with_link_entities",
]

_LATIN_ACCENTS = (
    "\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u00ff\u0100-\u024f\u0253\u0254\u0256\u0257\u0259"
    "\u025b\u0263\u0268\u026f\u0272\u0289\u028b\u02bb\u0300-\u036f\u1e00-\u1eff"
)
_SPACES = "\x09-\x0d\x20\x85\xa0\u1680\u180e\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"
_INVALID = "\ufffe\ufeff\uffff"
_DIRECTIONAL = "\u202a-\u202e\u061c\u200e\u200f\u2066\u2067\u2068\u2069"
_PUNCT = r"!'#%&'()*+,\\\-./:;<=>?@\[\]^_{|}~$"
_AT = "@\uff20"

# -- mentions ---------------------------------------------------------------
# (The standard library's engine where no Unicode property is named: a match, and a
# group read, cost it a third of what they cost the regex module.)
_MENTION = re_pattern(
    globals(),
    "_MENTION",
    rf"(?P<before>^|[^a-zA-Z0-9_!#$%&*{_AT}]|(?:^|[^a-zA-Z0-9_+~.-])(?:rt|RT|rT|Rt):?)"
    rf"[{_AT}](?P<name>[a-zA-Z0-9_]{{1,20}})(?P<list>/[a-zA-Z][a-zA-Z0-9_-]{{0,24}})?",
)
# The sign every mention holds, and how far after a match's start it may stand (a
# character, "RT" and ":" before it).
_AT_SIGN = re_pattern(globals(), "_AT_SIGN", f"[{_AT}]")
_MENTION_LEAD = 4
_MENTION_END = re_pattern(globals(), "_MENTION_END", rf"[{_AT}{_LATIN_ACCENTS}]|://")

# -- hashtags -----------------------------------------------------------------
_HASHTAG_ALNUM = (
    r"\p{L}\p{M}\p{Nd}_\u200c\u200d\ua67e\u05be\u05f3\u05f4\uff5e\u301c"
    r"\u309b\u309c\u30a0\u30fb\u3003\u0f0b\u0f0c\u00b7"
)
_HASHTAG: regex.Pattern[str] = regex_pattern(
    globals(),
    "_HASHTAG",
    rf"(?P<before>^|\ufe0e|\ufe0f|[^&{_HASHTAG_ALNUM}])"
    rf"[#\uff03](?![\ufe0f\u20e3])"
    rf"(?P<tag>[{_HASHTAG_ALNUM}]*[\p{{L}}\p{{M}}][{_HASHTAG_ALNUM}]*)",
)
_HASHTAG_END = re_pattern(globals(), "_HASHTAG_END", r"[#\uff03]|://")
_HASH_SIGNS = "#\uff03"
_HASH_SIGN = re_pattern(globals(), "_HASH_SIGN", f"[{_HASH_SIGNS}]")

# -- cashtags -----------------------------------------------------------------
_CASHTAG: regex.Pattern[str] = regex_pattern(
    globals(),
    "_CASHTAG",
    rf"(?P<before>^|[{_SPACES}])\$(?P<symbol>[a-z]{{1,6}}(?:[._][a-z]{{1,2}})?)"
    rf"(?=$|\s|[{_PUNCT}])",
    re.IGNORECASE,
)

# -- urls ---------------------------------------------------------------------
_MAX_URL_LENGTH = 4096
_MAX_TCO_SLUG_LENGTH = 40
_CYRILLIC = "\u0400-\u04ff"
_PATH_CHARS = rf"[a-z{_CYRILLIC}0-9!*';:=+,.$/%#\[\]\-\u2013_~&|@{_LATIN_ACCENTS}]"
_BALANCED_PARENS = rf"\((?:{_PATH_CHARS}+|(?:{_PATH_CHARS}*\({_PATH_CHARS}+\){_PATH_CHARS}*))\)"
_PATH_END = rf"(?:[+\-a-z{_CYRILLIC}0-9=_#/{_LATIN_ACCENTS}]|{_BALANCED_PARENS})"
_PATH = (
    rf"(?:(?:{_PATH_CHARS}*(?:{_BALANCED_PARENS}{_PATH_CHARS}*)*{_PATH_END})"
    rf"|(?:@{_PATH_CHARS}+/))"
)
_QUERY_CHARS = r"[a-z0-9!?*'@();:&=+$/%#\[\]\-_.,~|]"
_QUERY_END = r"[a-z0-9\-_&=#/]"
_DOMAIN_CHAR = rf"[^{_PUNCT}{_SPACES}{_INVALID}{_DIRECTIONAL}]"
# Labels are bounded as DNS bounds them (63 characters; a longer one is refused
# by the IDNA check anyway), and so is their number, so that no search can
# backtrack over more than a domain's length: linear time on "a.a.a.a…".
_SUBDOMAIN = rf"(?:(?:{_DOMAIN_CHAR}(?:[_-]|{_DOMAIN_CHAR}){{0,61}})?{_DOMAIN_CHAR}\.)"
_DOMAIN_NAME = rf"(?:(?:{_DOMAIN_CHAR}(?:-|{_DOMAIN_CHAR}){{0,61}})?{_DOMAIN_CHAR}\.)"
_MAX_LABELS = 126
# How far before its TLD a URL may start: scheme, the longest domain DNS allows.
_MAX_DOMAIN_SPAN = len("https://") + 253
_TLD_END = r"(?=[^a-z0-9@+-]|$)"
_URL_PRECEDING = rf"(?:[^a-z0-9@\uff20$#\uff03{_INVALID}\u202a-\u202e]|[{_DIRECTIONAL}]|^)"


def _package_data(name: str) -> str:
    """A file of ``data/``: read beside this module, where pip installs it (importing
    importlib.resources costs a fresh process ~10 ms), else through it (a zip)."""
    try:
        with open(os.path.join(os.path.dirname(__file__), "data", name), encoding="utf-8") as f:
            return f.read()
    except OSError:
        from importlib import resources

        return resources.files(__package__).joinpath(f"data/{name}").read_text("utf-8")


@functools.lru_cache(maxsize=1)
def _tlds() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Read upstream's ``tld_lib.yml`` (two flat lists) without a YAML parser."""
    text = _package_data("tld_lib.yml")
    lists: dict[str, list[str]] = {"country": [], "generic": []}
    current: list[str] | None = None
    for line in text.splitlines():
        if line.endswith(":") and not line.startswith(("-", " ")):
            current = lists.get(line[:-1])
        elif line.startswith("- ") and current is not None:
            current.append(line[2:].strip().strip("'\""))
    return tuple(lists["generic"]), tuple(lists["country"])


def _trie_pattern(words: tuple[str, ...]) -> str:
    """One regex alternation matching exactly ``words``, factored by common prefix.

    A flat alternation of ~1,500 TLDs (or the regex module's named lists) is tried
    word by word at each position; the factored form decides a character at a
    time. Longer words are tried first, as in twitter-text's own alternation.
    """
    trie: dict[str, Any] = {}
    for word in words:
        node = trie
        for char in word.lower():
            node = node.setdefault(char, {})
        node[""] = {}

    def build(node: dict[str, Any]) -> str:
        branches = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(trie)


@functools.lru_cache(maxsize=1)
def _tld_pattern() -> str:
    generic, country = _tlds()
    return (
        rf"(?:{_trie_pattern(generic)}{_TLD_END}"
        rf"|{_trie_pattern(country)}{_TLD_END}|xn--[\-0-9a-z]+)"
    )


@functools.lru_cache(maxsize=1)
def _tld_set() -> frozenset[str]:
    generic, country = _tlds()
    return frozenset(tld.lower() for tld in (*generic, *country))


def _url_pattern(tld: str) -> re.Pattern[str]:
    # The standard library's compiler, not regex's: these patterns use no regex
    # extension and compile in a third of the time.
    return re.compile(
        rf"(?P<before>{_URL_PRECEDING})"
        rf"(?P<url>(?P<protocol>https?://)?"
        rf"(?P<domain>{_SUBDOMAIN}{{0,{_MAX_LABELS}}}{_DOMAIN_NAME}{tld})"
        rf"(?::[0-9]+)?"
        rf"(?P<path>/{_PATH}*)?"
        rf"(?:\?{_QUERY_CHARS}*{_QUERY_END})?)",
        re.IGNORECASE,
    )


@functools.lru_cache(maxsize=1)
def _url_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The URL pattern with any word of the TLDs' letters where a TLD goes, the
    t.co pattern, and what finds a dot and the word after it.

    twitter-text's pattern spells out ~1,500 TLDs, and compiling that takes a fresh
    process ~20 ms a pattern. This one compiles at once and matches a superset of
    what it matches: where its TLD is one (almost always), the match is the same
    (see :func:`_url_matches`); where not, the full pattern decides.
    """
    letters = "".join(re.escape(c) for c in sorted(set("".join(_tld_set()))))
    word = rf"(?P<tld>[{letters}]{{2,}}{_TLD_END}|xn--[\-0-9a-z]+)"
    tco = re.compile(rf"^https?://t\.co/([a-z0-9]+)(?:\?{_QUERY_CHARS}*{_QUERY_END})?", re.I)
    dot_word = re.compile(rf"\.(?:(?P<xn>xn--[\-0-9a-z])|(?P<word>[{letters}]{{2,}}))", re.I)
    return _url_pattern(word), tco, dot_word


@functools.lru_cache(maxsize=1)
def _full_url_pattern() -> re.Pattern[str]:
    """twitter-text's URL pattern, every TLD spelled out: for the rare match whose
    TLD-shaped word is none (``file.txt/a.com``)."""
    return _url_pattern(_tld_pattern())


_AT_TLD_END = re_pattern(globals(), "_AT_TLD_END", _TLD_END, re.IGNORECASE)


def _is_tld(match: re.Match[str]) -> bool:
    """Whether the URL ``match`` (of the TLD-shaped pattern) ends its domain with a TLD."""
    tld = match["tld"].lower()
    return tld.startswith("xn--") or tld in _tld_set()


def _dot_before_tld(text: str, dot_word: re.Pattern[str], start: int, end: int) -> int:
    """The first dot in ``text[start:end]`` that a TLD follows, as twitter-text
    reads one (a TLD that ``_TLD_END`` may follow), or -1.

    Exactly those dots: a looser test (any word after the dot) would send every
    long run of "a.a.a…" to the URL pattern, which backtracks over it at every
    position (15 s for 100 KB, measured by benchmarks/pathological.py).
    """
    tlds = _tld_set()
    for m in dot_word.finditer(text, start, end):
        if m["xn"] is not None:
            return m.start()
        word, at = m["word"], m.start("word")
        # The TLD is the whole word, or a part of it that a letter outside ASCII
        # follows (the end test refuses an ASCII letter after it).
        cuts = [len(word)]
        if not word.isascii():
            cuts += [k for k in range(2, len(word)) if not word[k].isascii()]
        for cut in cuts:
            if word[:cut].lower() in tlds and _AT_TLD_END.match(text, at + cut, end):
                return m.start()
    return -1


_PLAIN_DOMAIN = re_pattern(globals(), "_PLAIN_DOMAIN", r"[a-z0-9.\-]+", re.IGNORECASE)


@functools.lru_cache(maxsize=1)
def _ascii_domain_pattern() -> re.Pattern[str]:
    """The ASCII domains inside a domain that is not: needed only for such domains."""
    return re.compile(rf"(?:(?:[\-a-z0-9{_LATIN_ACCENTS}]+)\.)+{_tld_pattern()}", re.IGNORECASE)


def _idna_length(domain: str) -> int | None:
    """Length of ``domain`` in its ASCII (punycode) form, or ``None`` if it has none.

    Each label must encode to at most 63 characters, and a label that claims to
    be punycode (``xn--``) must already be ASCII.
    """
    total = len(domain.split(".")) - 1
    for label in domain.split("."):
        if label.isascii():
            size = len(label)
        elif label[:4].lower() == "xn--":
            return None
        else:
            try:
                size = 4 + len(label.lower().encode("punycode"))
            except UnicodeError:
                return None
        if size > 63:
            return None
        total += size
    return total


_SPACE_SET = frozenset(
    "\t\n\x0b\x0c\r \x85\xa0\u1680\u180e\u2028\u2029\u202f\u205f\u3000"
    + "".join(map(chr, range(0x2000, 0x200B)))
)
# A plain class: the standard re finds it with less overhead a call than regex.
_NEXT_SPACE = re_pattern(globals(), "_NEXT_SPACE", f"[{_SPACES}]")


def _url_matches(
    text: str, url_re: re.Pattern[str], dot_word: re.Pattern[str]
) -> Iterator[re.Match[str]]:
    """The matches ``url_re.finditer(text)`` gives, without trying every position.

    A URL holds no white space and ends its domain with a dot and a TLD, so each
    search is confined to the run of non-space characters around the next dot
    that is followed by a TLD, starting no further back than a domain can be
    long (plus the character before, which the pattern reads as preceding it).
    """
    position, length = 0, len(text)
    while True:
        dot = text.find(".", position)
        if dot < 0:
            return
        space = _NEXT_SPACE.search(text, dot)
        end = space.start() if space else length
        tld = _dot_before_tld(text, dot_word, dot, end)
        if tld < 0:
            position = end
            continue
        start = tld
        floor = max(position, tld - _MAX_DOMAIN_SPAN)
        while start > floor and text[start - 1] not in _SPACE_SET:
            start -= 1
        begin = start - 1 if start > position else start
        m = url_re.search(text, begin, end)
        if m is not None and not _is_tld(m):
            m = _full_url_pattern().search(text, begin, end)
        if m is None:
            position = end
            continue
        yield m
        position = m.end()


def find_urls(text: str) -> list[UrlEntity]:
    """URLs in ``text`` by twitter-text's rules, with and without a scheme."""
    if "." not in text:
        return []
    url_re, tco_re, dot_word = _url_patterns()
    found: list[UrlEntity] = []
    for m in _url_matches(text, url_re, dot_word):
        url, protocol, domain, path = m["url"], m["protocol"], m["domain"], m["path"]
        start, end = m.start("url"), m.end("url")
        ascii_len = _idna_length(domain)
        if not ascii_len:
            continue
        if len(protocol or "https://") + len(url) + ascii_len - len(domain) > _MAX_URL_LENGTH:
            continue
        if protocol:
            tco = tco_re.match(url)
            if tco is not None:
                if len(tco.group(1)) > _MAX_TCO_SLUG_LENGTH:
                    continue
                url = tco.group(0)
                end = start + len(url)
            found.append(UrlEntity(url, start, end))
            continue
        if m["before"] and m["before"][-1] in "-_./":
            continue
        last: UrlEntity | None = None
        position = 0
        # A domain of ASCII letters, digits, hyphens and dots is its own one ASCII
        # domain (the URL pattern matched its TLD): the pattern that finds the ASCII
        # domains inside another domain is needed, and compiled, only for the rest.
        parts = (
            [domain]
            if _PLAIN_DOMAIN.fullmatch(domain)
            else [dm.group(0) for dm in _ascii_domain_pattern().finditer(domain)]
        )
        for ascii_domain in parts:
            a_start = domain.find(ascii_domain, position)
            position = a_start + len(ascii_domain)
            last = UrlEntity(ascii_domain, start + a_start, start + position)
            found.append(last)
        if last is not None and path:
            # With a path the last ASCII domain was appended above; extend it. When
            # something other than that domain stands between it and the path
            # (twitter-text would then report a URL that is not the text its
            # offsets cover), the domain alone is kept: offsets must match the text.
            extended = url.replace(domain, last.url, 1)
            if text[last.start : end] == extended:
                found[-1] = UrlEntity(extended, last.start, end)
    return found


def find_mentions(text: str) -> list[Mention]:
    """``@handle`` mentions; ``@user/list`` references are not mentions."""
    if "@" not in text and "\uff20" not in text:
        return []
    found: list[Mention] = []
    for m in _mention_matches(text):
        if _MENTION_END.match(text, m.end()):
            continue
        if m["list"]:
            continue
        start = m.start("name") - 1
        found.append(Mention(m["name"], start, m.end("name")))
    return found


def find_hashtags(text: str) -> list[Hashtag]:
    """``#tag`` hashtags (Unicode letters and marks, not digits alone)."""
    if "#" not in text and "\uff03" not in text:
        return []
    found: list[Hashtag] = []
    for m in _hashtag_matches(text):
        if _HASHTAG_END.match(text, m.end()):
            continue
        start, end = m.span("tag")
        found.append(Hashtag(text[start:end], start - 1, end))
    return found


# A sign in every so many characters, or more: the engine's own scan is cheaper.
_DENSE = 16


def _sign_positions(text: str, signs: str, pattern: re.Pattern[str]) -> Iterator[int]:
    """Where either of ``signs`` (a sign and its full-width form, what ``pattern``
    matches) stands in ``text``, in order: by plain finds where one of them is
    present (the full-width one seldom is), cheaper than the pattern's scan."""
    sign, wide = signs[0], signs[1]
    if wide in text:
        if sign in text:
            for found in pattern.finditer(text):
                yield found.start()
            return
        sign = wide
    at = text.find(sign)
    while at >= 0:
        yield at
        at = text.find(sign, at + 1)


def _mention_matches(text: str) -> Iterator[re.Match[str]]:
    """What ``_MENTION.finditer(text)`` gives, tried only near its signs.

    Every match holds a sign at most ``_MENTION_LEAD`` characters after its start
    (a character, "RT" and a colon before it), one character after it unless "RT"
    stands before the sign: so a match can start only at the few positions up to a
    sign, tried in order as finditer would reach them, and never inside the match
    before. The engine's own scan tries the pattern at every position of the text
    (its leading class has no literal to skip to).
    """
    # (Counted, not listed: a list of every sign's position held 36 bytes a sign,
    # 4.7 MB for a text of "@a@a@a…" that the engine then scans anyway.)
    if sum(map(text.count, _AT)) * _DENSE > len(text):
        # Signs every few characters ("@a@a@a…"): one scan by the engine costs less
        # than the tries before each.
        yield from _MENTION.finditer(text)
        return
    last_end = 0
    for at in _sign_positions(text, _AT, _AT_SIGN):
        lead = _MENTION_LEAD if "rt" in text[max(at - 3, 0) : at].lower() else 1
        for start in range(max(at - lead, last_end), at + 1):
            m = _MENTION.match(text, start)
            if m is not None:
                last_end = m.end()
                yield m
                break


def _hashtag_matches(text: str) -> Iterator[regex.Match[str]]:
    """What ``_HASHTAG.finditer(text)`` gives, tried only where a hash sign stands.

    Every match is one character (or the text's start) and then the hash sign, so
    the pattern is tried one character before each; a match may not begin inside
    the one before it, as finditer's may not. Trying the pattern at every position
    of a text (its leading class has no literal for the engine to skip to) cost
    ~10 µs a tweet.
    """
    last_end = 0
    for sign in _sign_positions(text, _HASH_SIGNS, _HASH_SIGN):
        start = sign - 1 if sign > 0 else 0
        if start < last_end:
            continue
        m = _HASHTAG.match(text, start)
        if m is not None:
            last_end = m.end()
            yield m


def find_cashtags(text: str) -> list[Cashtag]:
    """``$SYMBOL`` cashtags: one to six letters, with an optional ``.xx`` or ``_xx`` suffix."""
    if "$" not in text:
        return []
    return [
        Cashtag(m["symbol"], m.start("symbol") - 1, m.end("symbol"))
        for m in _CASHTAG.finditer(text)
    ]


def _drop_overlaps(
    spans: list[tuple[int, int, int, object]],
) -> list[tuple[int, int, int, object]]:
    """Keep entities in start order, dropping any that overlaps an earlier kept one."""
    kept: list[tuple[int, int, int, object]] = []
    last_end = -1
    for item in sorted(spans, key=lambda s: (s[0], s[2])):
        if item[0] >= last_end:
            kept.append(item)
            last_end = item[1]
    return kept


def extract_entities(text: str) -> Entities:
    """Mentions, hashtags, cashtags and URLs of ``text`` by twitter-text's rules.

    Offsets are code points into ``text``. As in twitter-text's
    ``extractEntitiesWithIndices``, an entity that overlaps an earlier one (a
    ``#fragment`` inside a URL, say) is dropped, the URL kept.
    """
    if not isinstance(text, str):
        raise TypeError(f"extract_entities() takes a str, not {type(text).__name__}")
    if not text:  # (a rendered embed or a placeholder: no text, four finders spared)
        return _NO_ENTITIES
    return Entities(*find_entities(text))


EntityGroups = tuple[
    tuple[Mention, ...], tuple[Hashtag, ...], tuple[Cashtag, ...], tuple[UrlEntity, ...]
]


def find_entities(text: str) -> EntityGroups:
    """What :func:`extract_entities` finds, as its four groups (mentions, hashtags,
    cashtags, URLs): for a reader that puts them in its own record, without the
    :class:`Entities` record between (one a tweet, and its garbage collection)."""
    urls, hashtags = find_urls(text), find_hashtags(text)
    mentions, cashtags = find_mentions(text), find_cashtags(text)
    if not urls or sum(map(bool, (urls, hashtags, mentions, cashtags))) <= 1:
        # One kind alone: each finder's matches do not overlap one another. Nor do
        # mentions, hashtags and cashtags: each runs from its sign over characters
        # that are no other's sign (a hashtag's letters, a handle's ASCII word
        # characters, a symbol's letters). Only a URL overlaps the others ("…/#tag").
        return tuple(mentions), tuple(hashtags), tuple(cashtags), tuple(urls)
    kinds = (urls, hashtags, mentions, cashtags)
    bounds = sorted([(e.start, e.end) for kind in kinds for e in kind])
    if all(end <= start for (_, end), (start, _) in itertools.pairwise(bounds)):
        # Nothing overlaps (most texts): each finder's list is already in order.
        return tuple(mentions), tuple(hashtags), tuple(cashtags), tuple(urls)
    # Order of kinds breaks ties at the same start: URLs first, as upstream.
    spans: list[tuple[int, int, int, object]] = [(e.start, e.end, 0, e) for e in urls]
    spans += [(e.start, e.end, 1, e) for e in hashtags]
    spans += [(e.start, e.end, 2, e) for e in mentions]
    spans += [(e.start, e.end, 3, e) for e in cashtags]
    kept = [item[3] for item in _drop_overlaps(spans)]
    return (
        tuple(e for e in kept if isinstance(e, Mention)),
        tuple(e for e in kept if isinstance(e, Hashtag)),
        tuple(e for e in kept if isinstance(e, Cashtag)),
        tuple(e for e in kept if isinstance(e, UrlEntity)),
    )


_NO_ENTITIES = Entities()

_LINK_TAG: regex.Pattern[str] = regex_pattern(
    globals(),
    "_LINK_TAG",
    rf"[#\uff03](?P<body>[{_HASHTAG_ALNUM}]*[\p{{L}}\p{{M}}][{_HASHTAG_ALNUM}]*)",
)
_LINK_MENTION = re_pattern(globals(), "_LINK_MENTION", rf"[{_AT}](?P<body>[a-zA-Z0-9_]{{1,20}})")
_LINK_CASHTAG: regex.Pattern[str] = regex_pattern(
    globals(), "_LINK_CASHTAG", r"\$(?P<body>[a-zA-Z]{1,6}(?:[._][a-zA-Z]{1,2})?)"
)


def _link_entity(link_text: str, kind: str, start: int) -> object | None:
    """The entity a link's whole text is, judged by twitter-text's rules on that text."""
    end = start + len(link_text)
    if kind == "hashtag" and (m := _LINK_TAG.fullmatch(link_text)):
        return Hashtag(m["body"], start, end)
    if kind == "mention" and (mention := _LINK_MENTION.fullmatch(link_text)):
        return Mention(mention["body"], start, end)
    if kind == "cashtag" and (m := _LINK_CASHTAG.fullmatch(link_text)):
        return Cashtag(m["body"], start, end)
    if kind in ("url", "media", "status"):
        found = find_urls(link_text)
        if len(found) == 1 and found[0].start == 0 and found[0].end == len(link_text):
            return UrlEntity(link_text, start, end)
    return None


def with_link_entities(text: str, entities: Entities, links: Iterable[tuple[str, str]]) -> Entities:
    """Add the entities that the markup's links mark but the text alone hides.

    Pages often drop the space between two links, gluing ``#one#two`` or
    ``…/abc#tag`` together, and twitter-text then finds neither. Each link whose
    whole text is a hashtag, mention, cashtag or URL, and that overlaps no entity
    already found, adds that entity at its place in ``text``. ``links`` are the
    body's links in order, as ``(text, kind)``.
    """
    taken = sorted(
        (e.start, e.end)
        for group in (entities.mentions, entities.hashtags, entities.cashtags, entities.urls)
        for e in group
    )
    added: list[object] = []
    position = 0
    for link_text, kind in links:
        start = text.find(link_text, position) if link_text else -1
        if start < 0:
            continue
        end = position = start + len(link_text)
        if any(s < end and start < e for s, e in taken):
            continue
        entity = _link_entity(link_text, kind, start)
        if entity is not None:
            added.append(entity)
            taken.append((start, end))
    if not added:
        return entities

    def merged(current: tuple[Any, ...], kind: type) -> list[Any]:
        return sorted([*current, *(e for e in added if isinstance(e, kind))], key=lambda e: e.start)

    return Entities(
        mentions=merged(entities.mentions, Mention),
        hashtags=merged(entities.hashtags, Hashtag),
        cashtags=merged(entities.cashtags, Cashtag),
        urls=merged(entities.urls, UrlEntity),
    )
