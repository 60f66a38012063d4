"""An embed's own marked link, kept by an extractor that writes Markdown (html2text).

Inputs are html2text's text of real pages (tests/data/extracted/html2text.json.xz):
the pages' blockquotes name these posts in ``data-instgrm-permalink``.
"""

from __future__ import annotations

import pytest

from tweetembed import parse


def _instagram(text: str):  # type: ignore[no-untyped-def]
    return [e for e in parse(text) if e.platform == "instagram"]


@pytest.mark.parametrize(
    ("before", "block", "after", "kind", "post_id"),
    [
        # corpus2/pages/006.html: a reel's blockquote, captionless.
        (
            "branded campaigns.",
            "> [ View this post on Instagram\n"
            "> ](https://www.instagram.com/reel/DQ4lkcqDvJc/?utm_source=ig_embed&utm_campaign=loading)",
            "However, the shift does raise questions.",
            "reel",
            "DQ4lkcqDvJc",
        ),
        # corpus2/pages/017.html: the block links the post twice (German embed code):
        # one embed.
        (
            "# Tipp 1: Kleidung zerschneiden",
            "> [ Sieh dir diesen Beitrag auf Instagram an\n"
            "> ](https://www.instagram.com/p/BpWxLP7HzN3/?utm_source=ig_embed&utm_campaign=loading)\n"
            ">\n"
            "> [Instagram\n"
            "> Beitrag](https://www.instagram.com/p/BpWxLP7HzN3/?utm_source=ig_embed&utm_campaign=loading)",
            "Beginnen wir direkt.",
            "post",
            "BpWxLP7HzN3",
        ),
    ],
)
def test_a_quoted_marked_link_is_the_embed_and_its_block(
    before: str, block: str, after: str, kind: str, post_id: str
) -> None:
    text = f"{before}\n\n{block}\n\n{after}\n"
    [post] = _instagram(text)
    assert (post.kind, post.form, post.escaped, post.post_id) == (kind, "text", None, post_id)
    path = "p" if kind == "post" else kind
    assert post.url == f"https://www.instagram.com/{path}/{post_id}/"
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
