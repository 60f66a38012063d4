"""An embed's own marked link, kept by an extractor that writes Markdown (html2text).

Inputs are html2text's text of real pages (tests/data/extracted/html2text.json.xz):
the pages' blockquotes name these posts in ``data-instgrm-permalink``.
"""

from __future__ import annotations

from tweetembed import parse


def _instagram(text: str):  # type: ignore[no-untyped-def]
    return [e for e in parse(text) if e.platform == "instagram"]


def test_a_quoted_marked_link_is_the_embed() -> None:
    # corpus2/pages/006.html: a reel's blockquote, captionless.
    block = (
        "> [ View this post on Instagram\n"
        "> ](https://www.instagram.com/reel/DQ4lkcqDvJc/?utm_source=ig_embed&utm_campaign=loading)"
    )
    text = "branded campaigns.\n\n" + block + "\n\nHowever, the shift does raise questions.\n"
    [post] = _instagram(text)
    assert (post.kind, post.form, post.escaped) == ("reel", "text", None)
    assert post.post_id == "DQ4lkcqDvJc"
    assert post.url == "https://www.instagram.com/reel/DQ4lkcqDvJc/"
    assert text[slice(*post.span)] == block


def test_the_blocks_other_links_are_the_same_embed() -> None:
    # corpus2/pages/017.html: the block links the post twice (German embed code).
    block = (
        "> [ Sieh dir diesen Beitrag auf Instagram an\n"
        "> ](https://www.instagram.com/p/BpWxLP7HzN3/?utm_source=ig_embed&utm_campaign=loading)\n"
        ">\n"
        "> [Instagram\n"
        "> Beitrag](https://www.instagram.com/p/BpWxLP7HzN3/?utm_source=ig_embed&utm_campaign=loading)"
    )
    text = "# Tipp 1: Kleidung zerschneiden\n\n" + block + "\n\nBeginnen wir direkt.\n"
    [post] = _instagram(text)
    assert (post.kind, post.post_id) == ("post", "BpWxLP7HzN3")
    assert post.url == "https://www.instagram.com/p/BpWxLP7HzN3/"
    assert text[slice(*post.span)] == block


def test_a_marked_link_inside_a_sentence_is_a_link() -> None:
    # html2text's text of a page of corpus/plain (no embed): the author linked the post.
    text = (
        "In [his initial\nInstagram](https://www.instagram.com/p/B3VkzglJ4ae/?utm_source=ig_embed)\n"
        "announcement of the pregnancy, Van Der Beek even touched upon the idea.\n"
    )
    assert _instagram(text) == []


def test_an_unmarked_link_is_not_an_embed() -> None:
    text = "> [A post](https://www.instagram.com/p/BpWxLP7HzN3/)\n\nText.\n"
    assert _instagram(text) == []
