"""The patterns compiled at first use, and what ``import tweetembed`` leaves unloaded."""

from __future__ import annotations

import re
import subprocess
import sys

import regex

from tweetembed import _lazy, entities


def test_a_pending_pattern_compiles_at_first_use_and_takes_its_own_place() -> None:
    namespace: dict[str, object] = {}
    namespace["_P"] = _lazy.regex_pattern(namespace, "_P", r"\p{Lu}+", re.IGNORECASE)
    pending = namespace["_P"]
    assert type(pending).__name__ == "_Pending"
    assert pending.findall("abc DEF") == ["abc", "DEF"]  # type: ignore[attr-defined]
    compiled = namespace["_P"]
    assert isinstance(compiled, regex.Pattern)
    assert (compiled.pattern, compiled.flags & re.IGNORECASE) == (r"\p{Lu}+", re.IGNORECASE)
    # A reference kept to the stand-in goes on working, compiled once.
    assert pending.match("xY")[0] == "xY"  # type: ignore[attr-defined]
    assert namespace["_P"] is compiled


def test_the_flags_of_re_are_those_of_regex() -> None:
    assert (re.IGNORECASE, re.MULTILINE, re.DOTALL) == (
        regex.IGNORECASE, regex.MULTILINE, regex.DOTALL,
    )  # fmt: skip


def test_entities_read_the_same_through_the_stand_ins() -> None:
    found = entities.extract_entities("RT @a: #b $CD https://t.co/x")
    assert [m.handle for m in found.mentions] == ["a"]
    assert [h.tag for h in found.hashtags] == ["b"]
    assert [c.symbol for c in found.cashtags] == ["CD"]
    assert [u.url for u in found.urls] == ["https://t.co/x"]
    # The hashtag pattern names Unicode properties: the regex module's; the
    # mention pattern names none: the standard library's, which reads it faster.
    assert isinstance(entities._HASHTAG, regex.Pattern)
    assert isinstance(entities._MENTION, re.Pattern)


def test_import_loads_neither_lxml_nor_regex_until_a_page_needs_them() -> None:
    code = (
        "import sys, tweetembed\n"
        "print(sorted(m for m in ('lxml', 'regex', 'babel') if m in sys.modules))\n"
        "tweetembed.parse(b'<p>no embed here</p>')\n"
        "print(sorted(m for m in ('lxml', 'regex', 'babel') if m in sys.modules))\n"
        'e = tweetembed.parse(\'<blockquote class="twitter-tweet"><p>hi #a</p>&mdash; A (@a) '
        '<a href="https://twitter.com/a/status/20">March 21, 2006</a></blockquote>\')\n'
        "print(e[0].hashtags[0].tag, sorted(m for m in ('lxml', 'regex') if m in sys.modules))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True
    )
    assert done.stdout.splitlines() == ["[]", "[]", "a ['lxml', 'regex']"]
