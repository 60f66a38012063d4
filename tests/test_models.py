"""The records: frozen, slotted, hashable by value, picklable, JSON-able, safe in notebooks."""

from __future__ import annotations

import datetime as dt
import json
import pickle

import attrs
import pytest
from lxml import html as lxml_html

from tweetembed import (
    Author,
    Embeds,
    EmojiCaption,
    Entities,
    Link,
    Mention,
    Options,
    Tweet,
    parse,
)  # fmt: skip

from conftest import SEED

HOSTILE = '<script>alert("x")</script><img src=x onerror=alert(1)>'


def _tweet(**changes: object) -> Tweet:
    fields: dict[str, object] = {
        "form": "blockquote",
        "span": (3, 10),
        "status_id": "1362871133744787456",
        "url": "https://twitter.com/NASA/status/1362871133744787456",
        "author": Author("NASA", "NASA"),
        "text": "Hello @a",
        "date": dt.date(2021, 2, 19),
        "created_at": dt.datetime(2021, 2, 19, 21, 6, 13, 862000, tzinfo=dt.timezone.utc),
        "mentions": [Mention("a", 6, 8)],
        "links": [Link("@a", None, None, "mention")],
        "emoji_captions": [EmojiCaption("🔴", "red")],
        "options": {"lang": "en"},
    }
    fields.update(changes)
    return Tweet(**fields)  # type: ignore[arg-type]


def test_frozen_and_slotted() -> None:
    tweet = _tweet()
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        tweet.text = "changed"  # type: ignore[misc]
    assert not hasattr(tweet, "__dict__")
    with pytest.raises(AttributeError):
        tweet.options._items = {}  # type: ignore[attr-defined]


def test_equality_and_hash_by_value_and_lists_frozen_to_tuples() -> None:
    one, two = _tweet(), _tweet()
    assert one == two and hash(one) == hash(two)
    assert one.mentions == (Mention("a", 6, 8),)
    assert {one, two} == {one}
    assert _tweet(text="other") != one


def test_pickle_round_trip() -> None:
    tweet = _tweet()
    assert pickle.loads(pickle.dumps(tweet)) == tweet
    assert pickle.loads(pickle.dumps(Entities())) == Entities()


def test_repr_is_readable() -> None:
    text = repr(_tweet())
    assert text.startswith("Tweet(platform='twitter', kind='tweet', form='blockquote'")
    assert "author=Author(name='NASA', handle='NASA')" in text
    assert "options=Options({'lang': 'en'})" in text


def test_to_dict_is_plain_json() -> None:
    row = _tweet().to_dict()
    assert json.loads(json.dumps(row)) == row
    assert row["date"] == "2021-02-19"
    assert row["created_at"] == "2021-02-19T21:06:13.862000+00:00"
    assert row["options"] == {"lang": "en"}
    assert row["mentions"] == [{"handle": "a", "start": 6, "end": 8}]
    assert row["span"] == [3, 10]
    assert row["author"] == {"name": "NASA", "handle": "NASA"}
    assert row["links"] == [{"text": "@a", "href": None, "url": None, "kind": "mention"}]
    assert row["emoji_captions"] == [{"emoji": "🔴", "caption": "red"}]
    assert (row["hashtags"], row["text"], row["escaped"]) == ([], "Hello @a", None)


def test_validators_at_the_boundary() -> None:
    with pytest.raises(ValueError, match="span"):
        _tweet(span=(5, 2))
    with pytest.raises(ValueError, match="'form' must be in"):
        _tweet(form="carrier-pigeon")
    with pytest.raises(ValueError, match="'kind' must be in"):
        Link("x", None, None, "bogus")


def test_options_is_a_read_only_mapping() -> None:
    options = Options({"a": "1"})
    assert options == {"a": "1"} and dict(options) == {"a": "1"} and len(options) == 1
    assert hash(options) == hash(Options([("a", "1")]))
    with pytest.raises(TypeError):
        options["b"] = "2"  # type: ignore[index]


def _scripts_and_handlers(markup: str) -> tuple[list[str], list[str], list[str]]:
    tree = lxml_html.fragment_fromstring(markup, create_parent="div")
    scripts = [el.tag for el in tree.iter("script", "iframe", "object", "embed")]
    handlers = [name for el in tree.iter() for name in el.attrib if name.lower().startswith("on")]
    hrefs = [el.get("href") or "" for el in tree.iter() if el.get("href") is not None]
    hrefs += [el.get("src") or "" for el in tree.iter() if el.get("src") is not None]
    return scripts, handlers, hrefs


def test_repr_html_escapes_every_string_and_links_only_http() -> None:
    tweet = _tweet(
        text=HOSTILE,
        author=Author(HOSTILE, "x"),
        url="javascript:alert(1)",
        links=[Link(HOSTILE, "javascript:alert(1)", None, "url")],
        options={"theme": HOSTILE, HOSTILE: "x"},
        emoji_captions=[EmojiCaption("🔴", HOSTILE)],
    )
    for markup in (tweet._repr_html_(), attrs.evolve(tweet)._repr_html_()):
        scripts, handlers, hrefs = _scripts_and_handlers(markup)
        assert scripts == [] and handlers == []
        assert all(h.startswith(("http://", "https://")) for h in hrefs), hrefs
        assert "<script>" not in markup and "&lt;script&gt;" in markup
    scripts, handlers, hrefs = _scripts_and_handlers(Author(HOSTILE, "x")._repr_html_())
    assert scripts == handlers == hrefs == []


def test_repr_html_card_links_the_status() -> None:
    markup = _tweet()._repr_html_()
    _, _, hrefs = _scripts_and_handlers(markup)
    assert hrefs == ["https://twitter.com/NASA/status/1362871133744787456"]
    assert "Hello @a" in markup and "2021-02-19" in markup


def test_a_list_of_embeds_is_a_list_and_a_safe_table() -> None:
    from tweetembed import Embeds, parse

    hostile = _tweet(text=HOSTILE, author=Author(HOSTILE, "x"), url="javascript:alert(1)")
    embeds = Embeds([_tweet(), hostile])
    assert embeds == [_tweet(), hostile]
    assert isinstance(parse(""), Embeds)
    assert parse("") == []
    markup = embeds._repr_html_()
    scripts, handlers, hrefs = _scripts_and_handlers(markup)
    assert scripts == [] and handlers == []
    assert hrefs == ["https://twitter.com/NASA/status/1362871133744787456"]
    assert markup.count("<tr>") == 3  # the head and one row per embed
    assert "NASA @NASA" in markup and "2021-02-19" in markup


def test_an_embed_is_a_mapping_of_its_fields_and_a_frame_has_a_column_each() -> None:
    pd = pytest.importorskip("pandas", reason="pandas is in the test extra")
    page = SEED.read_bytes()
    embeds = parse(page)
    [tweet] = embeds
    assert list(tweet) == list(tweet.to_dict())  # the fields, shared ones first
    assert len(tweet) == len(attrs.fields(Tweet))
    assert (tweet["platform"], tweet["author"], tweet["span"]) == (
        "twitter", Author("NASA", "NASA"), (632, 1229),
    )  # fmt: skip
    with pytest.raises(KeyError):
        tweet["no_such_field"]
    frame = pd.DataFrame(embeds)
    assert list(frame.columns) == list(tweet)
    assert frame.loc[0, "date"] == dt.date(2021, 3, 13)
    assert frame.loc[0, "author"] == Author("NASA", "NASA")


def test_slices_and_sums_of_embeds_are_embeds() -> None:
    embeds = parse(SEED.read_bytes())
    assert type(embeds[0:1]) is Embeds and embeds[0:1] == embeds
    assert type(embeds[1:]) is Embeds and embeds[1:] == []
    assert type(embeds + embeds) is Embeds and len(embeds + embeds) == 2
    assert type(embeds[0]) is Tweet
    assert "<table>" in Embeds(e for e in embeds if not e.escaped)._repr_html_()


def test_form_and_escaped_are_literal_types() -> None:
    import typing

    from tweetembed import Embed, Escaped, Form

    hints = typing.get_type_hints(Embed)
    assert hints["form"] == Form and hints["escaped"] == typing.Optional[Escaped]  # noqa: UP045
    assert typing.get_args(Form) == (
        "blockquote", "rendered", "iframe", "element", "amp", "shortcode", "url", "markdown", "text",
    )  # fmt: skip
    assert typing.get_args(Escaped) == ("html", "json", "percent", "text", "base64")


def test_records_without_options_share_one_empty_mapping() -> None:
    # Immutable, so shared: a million records without data-* options keep one.
    [a, b] = parse(
        '<iframe src="https://www.youtube.com/embed/x2Gf04W_ff8"></iframe>'
        '<iframe src="https://www.youtube.com/embed/K2oawPsUc8Y"></iframe>'
    )
    assert a.options is b.options
    assert a.options == {} and len(a.options) == 0 and hash(a.options) == hash(Options())
    assert pickle.loads(pickle.dumps(a)) == a


def _page_tweet(status: str, options: str = 'data-lang="en"') -> str:
    return (
        f'<blockquote class="twitter-tweet" {options}><p>Read <a href="https://t.co/AbC">'
        'https://t.co/AbC</a></p>&mdash; A (@a) <a href="https://twitter.com/a/status/'
        f'{status}">March 13, 2021</a></blockquote>'
    )


def test_records_with_the_same_few_options_share_one_mapping() -> None:
    a, b, c = parse(_page_tweet("1") + _page_tweet("2") + _page_tweet("3", 'data-lang="fr"'))
    assert a.options == b.options == {"lang": "en"} and c.options == {"lang": "fr"}
    assert a.options is b.options and c.options is not a.options
    # A long value is the record's own: the shared mappings keep short strings only.
    long = "x" * 100
    [d] = parse(_page_tweet("4", f'data-x="{long}"'))
    assert d.options == {"x": long}


def test_a_links_equal_text_href_and_url_are_kept_once() -> None:
    [tweet] = parse(_page_tweet("1"))
    [link] = tweet.links
    assert link.text == link.href == link.url == "https://t.co/AbC"
    assert link.text is link.href and link.url is link.href
