"""Instagram embeds: every form, with exact values read off the markup."""

from __future__ import annotations

import datetime as dt
import html
import json

from tweetembed import InstagramPost, parse
from tweetembed.models import Author, Hashtag

UTC = dt.timezone.utc
# Instagram's v12 embed code as copied from a post (corpus2 019, El Universal, style
# attributes and the placeholder's drawing left out).
V12 = (
    '<blockquote class="instagram-media" data-instgrm-captioned '
    'data-instgrm-permalink="https://www.instagram.com/p/B8pT40EBjoK/?utm_source=ig_embed&amp;utm_campaign=loading" '
    'data-instgrm-version="12"><div> <a href="https://www.instagram.com/p/B8pT40EBjoK/?utm_source=ig_embed&amp;utm_campaign=loading" target="_blank">'
    "<div> View this post on Instagram</div></a>"
    '<p><a href="https://www.instagram.com/p/B8pT40EBjoK/?utm_source=ig_embed&amp;utm_campaign=loading" target="_blank">'
    "Gracias por preocuparse por mi mamá, la más diva y más hermosa. Se encuentra estable y fuera de peligro 🙏🏻 #familia</a></p>"
    '<p>A post shared by <a href="https://www.instagram.com/laguzmanmx/?utm_source=ig_embed&amp;utm_campaign=loading" target="_blank"> Alejandra Guzmán</a> '
    '(@laguzmanmx) on <time datetime="2020-02-16T23:02:32+00:00">Feb 16, 2020 at 3:02pm PST</time></p></div></blockquote>'
)
TEXT = (
    "Gracias por preocuparse por mi mamá, la más diva y más hermosa. Se encuentra estable "
    "y fuera de peligro 🙏🏻 #familia"
)
# The v8 code's credit is one link, in the copier's language (corpus2 033, a
# Wayback Machine capture: its links point into the archive).
V8 = (
    '<blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.com/p/Bc6xjxyAYM8/" data-instgrm-version="8">'
    '<div><p><a href="https://web.archive.org/web/20220721144334/https://www.instagram.com/p/Bc6xjxyAYM8/" target="_blank">'
    "Публикация от Nyusha (@nyusha_nyusha)</a> "
    '<time datetime="2017-12-20T09:04:17+00:00">Дек 20, 2017 at 1:04 PST</time></p></div></blockquote>'
)


def test_the_v12_captioned_embed_gives_every_field() -> None:
    [post] = parse(V12)
    assert post == InstagramPost(
        kind="post",
        form="blockquote",
        span=(0, len(V12)),
        post_id="B8pT40EBjoK",
        url="https://www.instagram.com/p/B8pT40EBjoK/",
        author=Author("Alejandra Guzmán", "laguzmanmx"),
        text=TEXT,
        date=dt.date(2020, 2, 16),
        date_text="Feb 16, 2020 at 3:02pm PST",
        created_at=post.created_at,
        hashtags=[Hashtag("familia", TEXT.index("#familia"), len(TEXT))],
        captioned=True,
        version="12",
        options={
            "instgrm-captioned": "",
            "instgrm-permalink": "https://www.instagram.com/p/B8pT40EBjoK/?utm_source=ig_embed&utm_campaign=loading",
            "instgrm-version": "12",
        },
    )
    assert post.created_at is not None
    assert post.created_at.replace(second=0, microsecond=0) == dt.datetime(
        2020, 2, 16, 23, 2, tzinfo=UTC
    )


def test_an_old_credit_in_another_language_gives_name_and_handle() -> None:
    [post] = parse(V8)
    assert (post.post_id, post.author, post.text, post.captioned) == (
        "Bc6xjxyAYM8", Author("Nyusha", "nyusha_nyusha"), "", False
    )  # fmt: skip
    assert (post.date, post.date_text) == (dt.date(2017, 12, 20), "Дек 20, 2017 at 1:04 PST")


def test_a_credit_whose_time_element_was_lost_keeps_its_date_text() -> None:
    # corpus/pages/043.html (The Local, 2020): the page's copy of the v12 code kept
    # the credit's text "on Apr 27, 2020 at 9:24am PDT" but not its <time>.
    markup = (
        '<blockquote class="instagram-media" data-instgrm-captioned '
        'data-instgrm-permalink="https://www.instagram.com/p/B_fawQoFahE/?utm_source=ig_embed" '
        'data-instgrm-version="12"><div><p><a href="https://www.instagram.com/p/B_fawQoFahE/">'
        "Ni kan inte ana vad jag gjorde idag</a></p>"
        '<p>A post shared by <a href="https://www.instagram.com/zashay.tastas/"> zashay tastas -'
        " myndigheten</a> (@zashay.tastas) on Apr 27, 2020 at 9:24am PDT</p></div></blockquote>"
    )
    [post] = parse(markup)
    assert post.author == Author("zashay tastas - myndigheten", "zashay.tastas")
    assert (post.date_text, post.date) == ("Apr 27, 2020 at 9:24am PDT", dt.date(2020, 4, 27))
    assert post.text == "Ni kan inte ana vad jag gjorde idag"


def test_a_site_placeholder_in_the_credit_gives_no_author_or_text() -> None:
    # corpus2 017: the site replaced the v14 credit with "Instagram Beitrag".
    markup = (
        '<blockquote class="instagram-media" data-instgrm-captioned data-instgrm-permalink="https://www.instagram.com/p/BpWxLP7HzN3/?utm_source=ig_embed" data-instgrm-version="14">'
        '<div><a href="https://www.instagram.com/p/BpWxLP7HzN3/?utm_source=ig_embed"><div>Sieh dir diesen Beitrag auf Instagram an</div></a>'
        '<p><a href="https://www.instagram.com/p/BpWxLP7HzN3/?utm_source=ig_embed">Instagram Beitrag</a></p></div></blockquote>'
    )
    [post] = parse(markup)
    assert (post.post_id, post.author, post.text, post.version) == ("BpWxLP7HzN3", None, "", "14")


def test_the_iframe_embed_js_leaves() -> None:
    # corpus2 011: what embed.js leaves in place of the blockquote.
    markup = '<iframe class="instagram-media instagram-media-rendered" src="https://www.instagram.com/p/CqLCptfO7Nc/embed/" height="819" data-instgrm-payload-id="instagram-media-payload-0"></iframe>'
    [post] = parse(markup)
    assert (post.form, post.post_id, post.url, post.kind) == (
        "rendered", "CqLCptfO7Nc", "https://www.instagram.com/p/CqLCptfO7Nc/", "post"
    )  # fmt: skip


def test_a_reel_and_a_bare_iframe() -> None:
    markup = '<iframe src="https://www.instagram.com/reel/DQ4lkcqDvJc/embed/captioned/" width="400"></iframe>'
    [post] = parse(markup)
    assert (post.form, post.kind, post.post_id, post.url) == (
        "iframe", "reel", "DQ4lkcqDvJc", "https://www.instagram.com/reel/DQ4lkcqDvJc/"
    )  # fmt: skip


def test_amp_instagram() -> None:
    # The AMP project's documented example (amp.dev, amp-instagram).
    markup = '<amp-instagram data-shortcode="CKXYAunEYWa" data-captioned width="400" height="400" layout="responsive"></amp-instagram>'
    [post] = parse(markup)
    assert (post.form, post.post_id, post.captioned) == ("amp", "CKXYAunEYWa", True)


def test_a_profile_embed_names_the_account() -> None:
    markup = '<blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.com/natgeo/?utm_source=ig_embed" data-instgrm-version="14"></blockquote>'
    [post] = parse(markup)
    assert (post.kind, post.post_id, post.author, post.url) == (
        "profile", None, Author(None, "natgeo"), "https://www.instagram.com/natgeo/"
    )  # fmt: skip


def test_json_and_entity_escaped_copies_are_read_and_say_so() -> None:
    in_json = "<script>var a = " + json.dumps({"html": V12}) + ";</script>"
    in_attribute = f'<div data-embed="{html.escape(V12)}"></div>'
    [from_json] = parse(in_json)
    [from_attribute] = parse(in_attribute)
    assert (from_json.escaped, from_attribute.escaped) == ("json", "html")
    assert from_json.text == from_attribute.text == TEXT
    assert from_json.author == from_attribute.author == Author("Alejandra Guzmán", "laguzmanmx")


def test_a_header_link_that_wordpress_wrapped_in_a_paragraph_is_no_caption() -> None:
    # adbar/htmldate's test page test_set_1526526251 (a v12 code in a WordPress post,
    # its styles and icon cut): wpautop wrapped the header link, with its placeholder
    # <div>s and "View this post on Instagram", in a <p> of its own.
    page = (
        '<div class="instagram-card"><div><blockquote class="instagram-media" '
        'data-instgrm-captioned="" data-instgrm-permalink="https://www.instagram.com/p/'
        'Bw-eOMwAiNU/" data-instgrm-version="12"><div>\n'
        '<p><a href="https://www.instagram.com/p/Bw-eOMwAiNU/" target="_blank"> <div> '
        "<div></div> <div> <div></div> <div></div>\n</div>\n</div>\n<div></div> "
        "<div> <div> View this post on Instagram</div>\n</div>\n<div></div></a> </p>\n"
        '<p><a href="https://www.instagram.com/p/Bw-eOMwAiNU/" target="_blank">Our favorite '
        "wall in our hometown. (📸 @AustinTourCo)</a></p>\n"
        '<p>A post shared by <a href="https://www.instagram.com/bumblebff/" target="_blank"> '
        'Bumble, For Friendship</a> (@bumblebff) on <time datetime="2019-05-02T22:00:10+00:00">'
        "May 2, 2019 at 3:00pm PDT</time></p>\n</div></blockquote></div></div>"
    )
    (post,) = parse(page)
    assert isinstance(post, InstagramPost)
    assert post.text == "Our favorite wall in our hometown. (📸 @AustinTourCo)"
    assert post.author == Author("Bumble, For Friendship", "bumblebff")
    assert (post.post_id, post.date) == ("Bw-eOMwAiNU", dt.date(2019, 5, 2))
    assert [m.handle for m in post.mentions] == ["AustinTourCo"]


def test_codes_before_2017_say_posted_by() -> None:
    # Instagram's codes of 2014–2016 credit "A photo posted by Name (@user)" (a video's:
    # "A video posted by"), the name as text: version 4 as a Laravel view holds it (the
    # credit the post's link), version 6 as a JavaScript test fixture does.
    v4 = (
        '<blockquote class="instagram-media" data-instgrm-version="4" style=" background:#FFF;"><div style="padding:8px;">'
        ' <div style=" padding:50% 0;"> <div style=" display:block;"></div></div><p style=" color:#c9c8cd;">'
        '<a href="https://instagram.com/p/40KN4cyMI8/" target="_top">A photo posted by Trixies👙👯 (@trixiesokc)</a>'
        ' on <time datetime="2015-07-07T00:34:53+00:00">Jul 6, 2015 at 5:34pm PDT</time></p></div></blockquote>'
    )
    v6 = (
        '<blockquote class="instagram-media" data-instgrm-captioned data-instgrm-version="6"><div style="padding:8px;">\n'
        '  <p style=" margin:8px 0 0 0;">\n    <a href="https://www.instagram.com/p/-7PIhyA6J3/" target="_blank">\n'
        '      Reinsta @karinn In Berlin. Feeling awesome.\n    </a>\n  </p>\n  <p style=" color:#c9c8cd;">\n'
        "    A photo posted by David Björklund (@david_bjorklund) on "
        '<time datetime="2015-12-05T21:40:53+00:00">Dec 5, 2015 at 1:40pm PST</time>\n  </p>\n</div></blockquote>'
    )
    rows = [
        (p.post_id, p.author, p.text, p.date, p.date_text)
        for markup in (v4, v6)
        for p in parse(markup)
    ]
    assert rows == [
        ("40KN4cyMI8", Author("Trixies👙👯", "trixiesokc"), "", dt.date(2015, 7, 7), "Jul 6, 2015 at 5:34pm PDT"),
        ("-7PIhyA6J3", Author("David Björklund", "david_bjorklund"),
         "Reinsta @karinn In Berlin. Feeling awesome.", dt.date(2015, 12, 5), "Dec 5, 2015 at 1:40pm PST"),
    ]  # fmt: skip


def test_german_codes_before_2017_name_the_author_inside() -> None:
    # "Ein von Name (@user) gepostetes Foto am <time>" (BBC Travel's code as a Python
    # project's test holds it, its caption shortened), as HTML and as inscriptis's text.
    code = (
        '<blockquote class="instagram-media" data-instgrm-captioned data-instgrm-version="7"><div><p>'
        '<a href="https://www.instagram.com/p/BE7bqgJhZsd/">This little beach. Reported by @travelogged</a></p>'
        ' <p style="white-space:nowrap;">Ein von BBC Travel (@bbc_travel) gepostetes Foto am '
        '<time datetime="2016-05-02T04:50:18+00:00">1. Mai 2016 um 21:50 Uhr</time></p></div></blockquote>'
    )
    [post] = parse(code)
    assert (post.post_id, post.author, post.text, post.date, post.date_text) == (
        "BE7bqgJhZsd", Author("BBC Travel", "bbc_travel"), "This little beach. Reported by @travelogged",
        dt.date(2016, 5, 2), "1. Mai 2016 um 21:50 Uhr",
    )  # fmt: skip
    text = (
        "Vorher.\n\n  This little beach. Reported by @travelogged\n\n"
        "  Ein von BBC Travel (@bbc_travel) gepostetes Foto am 1. Mai 2016 um 21:50 Uhr\n\nNachher.\n"
    )
    [stripped] = parse(text)
    assert (stripped.form, stripped.author, stripped.text, stripped.date, stripped.date_text) == (
        "text", Author("BBC Travel", "bbc_travel"), "This little beach. Reported by @travelogged",
        dt.date(2016, 5, 1), "1. Mai 2016 um 21:50 Uhr",
    )  # fmt: skip
