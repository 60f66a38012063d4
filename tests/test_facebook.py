"""Facebook embeds: the SDK element, the plugin iframes, AMP."""

from __future__ import annotations

import datetime as dt

from tweetembed import Embed, parse
from tweetembed.models import Author

# The embedded-posts code from Facebook's plugin documentation
# (developers.facebook.com/docs/plugins/embedded-posts), as a page carries it.
SDK = (
    '<div class="fb-post" data-href="https://www.facebook.com/20531316728/posts/10154009990506729/" data-width="500" data-show-text="true">'
    '<blockquote cite="https://developers.facebook.com/20531316728/posts/10154009990506729/" class="fb-xfbml-parse-ignore">'
    "<p>Hello #world from the team</p>"
    'Posted by <a href="https://www.facebook.com/facebook/">Facebook</a> on&nbsp;'
    '<a href="https://developers.facebook.com/20531316728/posts/10154009990506729/">Thursday, August 27, 2015</a>'
    "</blockquote></div>"
)


def test_the_sdk_element_and_its_fallback_blockquote() -> None:
    [post] = parse(SDK)
    assert post == Embed(
        platform="facebook",
        kind="post",
        form="element",
        span=(0, len(SDK)),
        post_id="https://www.facebook.com/20531316728/posts/10154009990506729/",
        url="https://www.facebook.com/20531316728/posts/10154009990506729/",
        author=Author("Facebook", None),
        text="Hello #world from the team",
        date=dt.date(2015, 8, 27),
        date_text="Thursday, August 27, 2015",
        hashtags=post.hashtags,
        options={
            "href": "https://www.facebook.com/20531316728/posts/10154009990506729/",
            "width": "500",
            "show-text": "true",
        },
    )
    assert [h.tag for h in post.hashtags] == ["world"]


def test_the_credit_date_in_the_copiers_language() -> None:
    french = SDK.replace("Posted by", "Publié par").replace(
        "Thursday, August 27, 2015", "jeudi 27 août 2015"
    )
    [post] = parse('<html lang="fr"><body>' + french)
    assert (post.date, post.date_text) == (dt.date(2015, 8, 27), "jeudi 27 août 2015")


def test_the_plugin_iframes() -> None:
    # corpus2 015 (post.php) and 013 (video.php, lazy, in iframe-src).
    post = '<iframe src="https://www.facebook.com/plugins/post.php?href=https%3A%2F%2Fwww.facebook.com%2Fegypt.mohp%2Fposts%2F139298604287427&amp;width=500" width="500"></iframe>'
    video = '<iframe iframe-src="https://www.facebook.com/plugins/video.php?height=314&amp;href=https%3A%2F%2Fwww.facebook.com%2F7NEWSBrisbane%2Fvideos%2F1031804283992728%2F&amp;show_text=false"></iframe>'
    [a] = parse(post)
    [b] = parse(video)
    assert (a.kind, a.form, a.post_id) == (
        "post",
        "iframe",
        "https://www.facebook.com/egypt.mohp/posts/139298604287427",
    )
    assert (b.kind, b.post_id) == (
        "video",
        "https://www.facebook.com/7NEWSBrisbane/videos/1031804283992728/",
    )


def test_the_plugin_iframe_the_sdk_renders_under_a_graph_api_version() -> None:
    # What the JavaScript SDK puts in div.fb-post (a page saved after it ran), alone.
    rendered = (
        '<iframe name="f2b6c5e1" width="500px" height="1000px" title="fb:post Facebook Social Plugin"'
        ' frameborder="0" allowtransparency="true" allowfullscreen="true" scrolling="no"'
        ' src="https://www.facebook.com/v2.5/plugins/post.php?app_id=&amp;channel=https%3A%2F%2F'
        "staticxx.facebook.com%2Fx%2Fconnect%2Fxd_arbiter%2F&amp;container_width=620&amp;href="
        "https%3A%2F%2Fwww.facebook.com%2F20531316728%2Fposts%2F10154009990506729%2F&amp;"
        'locale=en_US&amp;sdk=joey&amp;width=500"></iframe>'
    )
    [post] = parse(rendered)
    assert (post.kind, post.form, post.post_id) == (
        "post",
        "iframe",
        "https://www.facebook.com/20531316728/posts/10154009990506729/",
    )


def test_amp_facebook() -> None:
    markup = '<amp-facebook width="552" height="310" layout="responsive" data-href="https://www.facebook.com/ParksCanada/posts/1712989015384373"></amp-facebook>'
    [post] = parse(markup)
    assert (post.form, post.post_id) == (
        "amp",
        "https://www.facebook.com/ParksCanada/posts/1712989015384373",
    )


def test_the_sdk_root_div_is_not_an_embed() -> None:
    assert (
        parse(
            '<div id="fb-root"></div><div class="fb-like" data-href="https://example.com/"></div>'
        )
        == []
    )


def test_an_embedded_comment() -> None:
    # developers.facebook.com/docs/plugins/embedded-comments: the SDK element, as the
    # AMP plugin for WordPress (ampproject/amp-wp) takes it in and converts it to
    # <amp-facebook data-embed-as="comment">; and the plugin iframe the SDK renders.
    comment = "https://www.facebook.com/zuck/posts/10102735452532991?comment_id=1070233703036185"
    sdk = f'<div class="fb-comment-embed" data-href="{comment}" data-width="500"></div>'
    amp = f'<amp-facebook layout="responsive" width="500" height="400" data-embed-as="comment" data-href="{comment}"></amp-facebook>'
    iframe = (
        '<iframe src="https://www.facebook.com/plugins/comment_embed.php?href=https%3A%2F%2Fwww.facebook.com%2Fzuck%2Fposts'
        '%2F10102735452532991%3Fcomment_id%3D1070233703036185&include_parent=false" width="560" height="141"></iframe>'
    )
    for markup, form in ((sdk, "element"), (amp, "amp"), (iframe, "iframe")):
        [embed] = parse(f"<p>Before.</p>{markup}<p>After.</p>")
        assert (embed.platform, embed.kind, embed.form, embed.post_id, embed.url) == (
            "facebook", "comment", form, comment, comment,
        ), markup  # fmt: skip


def test_xfbml_tags_of_older_pages() -> None:
    # The SDK's XFBML tags, before its HTML5 classes: CONTENIDO's embedded-post module
    # (content_fb_embeddedpost_output.php) writes '<fb:post href="URL"></fb:post>'
    # as its "XHTML style"; fb:video and fb:comment-embed are the same tags' kin.
    post = "https://www.facebook.com/FacebookDevelopers/posts/10151471074398553"
    video = "https://www.facebook.com/facebook/videos/10153231379946729/"
    comment = "https://www.facebook.com/zuck/posts/10102735452532991?comment_id=1070233703036185"
    page = (
        f'<p>Before.</p><fb:post href="{post}" width="500"></fb:post>'
        f'<p>Between.</p><fb:video href="{video}" data-width="500"></fb:video>'
        f'<fb:comment-embed href="{comment}" width="560"></fb:comment-embed><p>After.</p>'
    )
    embeds = parse(page)
    assert [(e.kind, e.form, e.post_id, e.url, e.escaped) for e in embeds] == [
        ("post", "element", post, post, None),
        ("video", "element", video, video, None),
        ("comment", "element", comment, comment, None),
    ]
    assert [page[slice(*e.span)][:9] for e in embeds] == ["<fb:post ", "<fb:video", "<fb:comme"]
    assert embeds[1].options == {"width": "500"}
    # In a script: a copy, not a live embed.
    [copy] = parse(f"<script>var x = '<fb:post href=\"{post}\"></fb:post>';</script>")
    assert (copy.post_id, copy.escaped) == (post, "text")


def test_the_legacy_video_player() -> None:
    # Facebook's video player before plugins/video.php, as MyBB's video BBCode
    # (jscripts/bbcodes_sceditor.js) writes it: named by the video's id alone, so
    # the post is the video's watch page.
    iframe = (
        '<iframe src="https://www.facebook.com/video/embed?video_id=1566308450213846" '
        'width="625" height="350" frameborder="0"></iframe>'
    )
    [embed] = parse(f"<p>Watch:</p>{iframe}")
    assert (embed.platform, embed.kind, embed.form, embed.span) == (
        "facebook", "video", "iframe", (13, 13 + len(iframe)),
    )  # fmt: skip
    assert embed.post_id == embed.url == "https://www.facebook.com/watch/?v=1566308450213846"
    # A link to the player is no embed.
    assert parse('<a href="https://www.facebook.com/video/embed?video_id=1">x</a>') == []


def test_a_credit_an_editor_wrapped_in_a_paragraph_gives_author_and_date() -> None:
    # corpus/pages/037.html (spoe.at, WordPress): the credit in a <p> of its own.
    markup = (
        '<div class="fb-post" data-href="https://www.facebook.com/pamela.rendi.wagner/posts/488827215936105" data-width="600">'
        '<blockquote cite="https://graph.facebook.com/100044264924472/posts/488827215936105/" class="fb-xfbml-parse-ignore">'
        "<p>Preise für das tägliche Leben explodieren – alles wird teurer.</p>"
        '<p>Posted by <a href="https://www.facebook.com/pamela.rendi.wagner">Pamela Rendi-Wagner</a> on '
        '<a href="https://graph.facebook.com/100044264924472/posts/488827215936105/">Sunday, February 6, 2022</a></p>'
        "</blockquote></div>"
    )
    [post] = parse(markup)
    assert post.post_id == "https://www.facebook.com/pamela.rendi.wagner/posts/488827215936105"
    assert post.text == "Preise für das tägliche Leben explodieren – alles wird teurer."
    assert post.author == Author(name="Pamela Rendi-Wagner", handle=None)
    assert (post.date_text, post.date) == ("Sunday, February 6, 2022", dt.date(2022, 2, 6))


def test_heises_embetty_video_of_facebook() -> None:
    # heiseonline/embetty's video element of a Facebook video: its id alone.
    markup = '<embetty-video type="facebook" video-id="10156049485672318"></embetty-video>'
    [embed] = parse(f"<p>a</p>{markup}")
    assert (embed.platform, embed.kind, embed.form, embed.post_id, embed.url) == (
        "facebook",
        "video",
        "element",
        "https://www.facebook.com/watch/?v=10156049485672318",
        "https://www.facebook.com/watch/?v=10156049485672318",
    )


def test_a_templates_copy_of_the_code_is_no_post() -> None:
    # adbar/htmldate's test_set_1691780201 (soychile.cl): a Mustache template of the
    # SDK's code in <script type="text/template">, its URL a placeholder's.
    page = (
        '<script id="fb-note-template" type="text/template">{{#.}}'
        '<div class="post-fb post-fb-{{ post_id }}">'
        '<div class="fb-post" data-href="//www.facebook.com/soychilecl/posts/{{ post_id }}" '
        'data-width="{{ post_width }}"><div class="fb-xfbml-parse-ignore">'
        '<blockquote cite="//www.facebook.com/soychilecl/posts/{{ post_id }}">'
        "<p>{{ message }}</p>Publicado en "
        '<a href="//www.facebook.com/soychilecl/posts/{{ post_id }}">{{ fecha }}</a>'
        "</blockquote></div></div></div>{{/.}}</script>"
    )
    assert parse(page) == []
    # Filled in, the same code is a post's (a copy: it stands in a template).
    filled = page.replace("{{ post_id }}", "155510659249821")
    [post] = parse(filled)
    assert (post.platform, post.post_id, post.escaped) == (
        "facebook",
        "//www.facebook.com/soychilecl/posts/155510659249821",
        "text",
    )


def test_a_credit_without_a_date_link_names_the_author() -> None:
    # A recent post's credit gives its day as text, "Posted by <a>Name</a> on
    # Wednesday" (an fb-video code in an Urdu site's test fixture): the one link is
    # the author's, and no date is read.
    code = (
        '<div class="fb-video" data-href="https://www.facebook.com/zarqa.naseem.16/videos/1551503588358975/">\n'
        '<blockquote class="fb-xfbml-parse-ignore"><p>❤ ھے زندگی کا مقصد ❤\n'
        "12-02-2020 کو علی صدف صاحب کے گھر مشاعرے میں</p>\n"
        'Posted by <a href="https://www.facebook.com/zarqa.naseem.16">Zarqa Naseem</a> on Wednesday</blockquote></div>'
    )
    [video] = parse(code)
    assert (video.kind, video.post_id, video.author, video.date, video.date_text) == (
        "video",
        "https://www.facebook.com/zarqa.naseem.16/videos/1551503588358975/",
        Author("Zarqa Naseem", None),
        None,
        None,
    )
    assert video.text == "❤ ھے زندگی کا مقصد ❤ 12-02-2020 کو علی صدف صاحب کے گھر مشاعرے میں"
