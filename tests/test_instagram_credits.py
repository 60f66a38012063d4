"""Instagram embeds an extractor stripped to text, found by their credit line.

Each input is written as an extractor wrote a real page's embed (the text in
tests/data/extracted, page named in each test); the values are read off it.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tweetembed import InstagramPost, parse
from tweetembed.models import Author, Hashtag
from tweetembed.platforms._instagram_credits import credit_date, find_credit

ARTICLE = "Die Spice Girls freuten sich über den berühmten Besuch und posteten ein Foto."
AFTER = "Auf dem gemeinsamen Foto ist klar zu erkennen, dass Adele einige Kilos abgenommen hat."


def _one(text: str) -> InstagramPost:
    [post] = parse(text)
    assert isinstance(post, InstagramPost)
    return post


def test_inscriptis_view_line_and_credit_with_its_date() -> None:
    # inscriptis, corpus/pages/003.html (a v12 code copied without its caption).
    embed = (
        "                                  View this post on Instagram\n\n"
        "                              A post shared by Spice Girls (@spicegirls) "
        "on Jun 16, 2019 at 7:30am PDT"
    )
    text = f"{ARTICLE}\n\n{embed}\n\n                        {AFTER}\n"
    post = _one(text)
    assert (post.platform, post.kind, post.form, post.escaped) == (
        "instagram",
        "post",
        "text",
        None,
    )
    assert (post.post_id, post.url, post.created_at) == (None, None, None)
    assert post.author == Author("Spice Girls", "spicegirls")
    assert (post.date, post.date_text) == (dt.date(2019, 6, 16), "Jun 16, 2019 at 7:30am PDT")
    assert post.text == ""
    assert text[slice(*post.span)] == embed
    assert (post.captioned, post.version) == (False, None)


def test_the_caption_between_the_view_line_and_the_credit() -> None:
    # inscriptis, corpus2/pages/019.html (El Universal: a captioned v12 code).
    caption = (
        "Gracias por preocuparse por mi mamá, la más diva y más hermosa. Se encuentra "
        "estable y fuera de peligro 🙏🏻 #familia"
    )
    text = (
        "“Gracias a Dios no encontramos nada malo”, explicó ante los medios.\n\n"
        "                  View this post on Instagram\n\n"
        f"              {caption}\n\n"
        "              A post shared by Alejandra Guzmán (@laguzmanmx) on Feb 16, 2020 at 3:02pm PST\n\n"
        "            “Ella está muy contenta porque ya se está recuperando.”\n"
    )
    post = _one(text)
    assert post.author == Author("Alejandra Guzmán", "laguzmanmx")
    assert post.text == caption
    at = caption.index("#familia")
    assert post.hashtags == (Hashtag("familia", at, at + 8),)
    assert post.date == dt.date(2020, 2, 16)


def test_a_view_line_and_credit_in_the_copiers_language_without_a_date() -> None:
    # inscriptis, corpus/pages/008.html (a v14 code copied in German: no date).
    text = (
        f"{ARTICLE}\n\n"
        "                        Sieh dir diesen Beitrag auf Instagram an\n\n"
        "                    Ein Beitrag geteilt von Verbündete*r sein (@verbuendete_r_sein)\n\n"
        f"                  {AFTER}\n"
    )
    post = _one(text)
    assert post.author == Author("Verbündete*r sein", "verbuendete_r_sein")
    assert (post.date, post.date_text, post.text) == (None, None, "")


def test_get_text_breaks_the_credit_at_the_name_and_the_date() -> None:
    # BeautifulSoup's get_text("\n"), corpus2/pages/019.html: a line at each element.
    text = (
        "medios de comunicación que se dieron cita en el lugar.\n\n\n \n\n\n"
        " View this post on Instagram\n\n\n\n \nGracias por preocuparse por mi mamá 🙏🏻\n\n\n"
        "A post shared by \n Alejandra Guzmán\n (@laguzmanmx) on \nFeb 16, 2020 at 3:02pm PST"
        "\n\n\n\n“\nElla está muy contenta porque ya se está recuperando.\n"
    )
    post = _one(text)
    assert post.author == Author("Alejandra Guzmán", "laguzmanmx")
    assert (post.date, post.date_text) == (dt.date(2020, 2, 16), "Feb 16, 2020 at 3:02pm PST")
    assert post.text == "Gracias por preocuparse por mi mamá 🙏🏻"
    assert text[post.span[1] - 26 : post.span[1]] == "Feb 16, 2020 at 3:02pm PST"


def test_a_date_set_apart_by_a_line_of_spaces_and_a_credit_without_a_preposition() -> None:
    # get_text("\n"), corpus2/pages/033.html (a v8 code copied in Russian).
    text = (
        "рассказывают об искренних поступках и добрых делах, которые совершили.\n\n\n \n \n"
        "Публикация от Nyusha (@nyusha_nyusha)\n \nДек 20, 2017 at 1:04 PST\n \n\n\n"
        "Певица Нюша и ее супруг Игорь Сивов поддержали общественную инициативу.\n"
    )
    post = _one(text)
    assert post.author == Author("Nyusha", "nyusha_nyusha")
    assert (post.date, post.date_text) == (dt.date(2017, 12, 20), "Дек 20, 2017 at 1:04 PST")
    assert post.text == ""


def test_a_markdown_quote_gives_the_post_its_caption_links() -> None:
    # html2text, corpus/pages/002.html (a v8 code: the caption links the post, no
    # ?utm_source=ig_embed mark on it).
    text = (
        "  4. Wofür kannst du bezahlt werden?\n\n"
        "> [What working at SKEP feels like... #skep #ikigai #diversity\n"
        "> #inclusion](https://www.instagram.com/p/BalQ2SWFty8/)\n>\n"
        "> Ein Beitrag geteilt von SKEP (@skep.association) am 23\\. Okt 2017 um 0:31\n"
        "> Uhr\n\nDie Schnittmenge all dieser Fragen ist dein Ikigai.\n"
    )
    post = _one(text)
    assert (post.post_id, post.url) == ("BalQ2SWFty8", "https://www.instagram.com/p/BalQ2SWFty8/")
    assert post.author == Author("SKEP", "skep.association")
    assert post.text == "What working at SKEP feels like... #skep #ikigai #diversity #inclusion"
    assert post.date == dt.date(2017, 10, 23)
    # The shortcode's time, to the minute, is the credit's: 0:31 on the copier's clock
    # (Pacific daylight time, UTC-7).
    assert post.created_at is not None
    minute = post.created_at.replace(second=0, microsecond=0)
    assert minute == dt.datetime(2017, 10, 23, 7, 31, tzinfo=dt.timezone.utc)


@pytest.mark.parametrize(
    ("embed", "post_id", "author", "date", "date_text"),
    [
        # html2text, corpus2/pages/033.html (a v8 code whose credit is the post's link;
        # the date on the quote's next line).
        (
            "> [Публикация от Nyusha\n> (@nyusha_nyusha)](https://web.archive.org/web/"
            "20220721144334/https://www.instagram.com/p/Bc6xjxyAYM8/)\n"
            "> Дек 20, 2017 at 1:04 PST",
            "Bc6xjxyAYM8",
            Author("Nyusha", "nyusha_nyusha"),
            dt.date(2017, 12, 20),
            "Дек 20, 2017 at 1:04 PST",
        ),
        # html2text, corpus/pages/047.html: the date after the link, wrapped onto the
        # quote's next line.
        (
            "> [Ein Beitrag geteilt von vreni frost\n> (@vrenifrost)](https://www.instagram"
            ".com/p/Bg0VdVfHTeF/) am Mär 27, 2018 um\n> 12:08 PDT",
            "Bg0VdVfHTeF",
            Author("vreni frost", "vrenifrost"),
            dt.date(2018, 3, 27),
            "Mär 27, 2018 um 12:08 PDT",
        ),
    ],
)
def test_html2text_links_the_credit_to_the_post(
    embed: str, post_id: str, author: Author, date: dt.date, date_text: str
) -> None:
    text = f"{ARTICLE}\n\n{embed}\n\n{AFTER}\n"
    post = _one(text)
    assert (post.form, post.post_id, post.url) == (
        "text",
        post_id,
        f"https://www.instagram.com/p/{post_id}/",
    )
    assert (post.author, post.date, post.date_text, post.text) == (author, date, date_text, "")
    assert text[slice(*post.span)] == embed


def test_a_bracket_that_opens_no_link_to_the_post_is_no_credit() -> None:
    text = "> [Ein Beitrag geteilt von vreni frost\n> (@vrenifrost) am Mär 27, 2018\n"
    assert [e for e in parse(text) if e.platform == "instagram"] == []


def test_without_the_view_line_the_embed_is_the_credit_line_alone() -> None:
    # Codes before 2017 write no "View this post" line: the paragraph above may be
    # the article's, and is not taken for a caption.
    credit = "A post shared by NASA (@nasa) on Mar 13, 2021 at 10:00am PST"
    text = f"Don’t worry, we took to Instagram to find you all the answers.\n\n{credit}\n\n{AFTER}"
    post = _one(text)
    assert text[slice(*post.span)] == credit
    assert (post.text, post.author) == ("", Author("NASA", "nasa"))


@pytest.mark.parametrize(
    "text",
    [
        # A sentence that quotes a credit goes on after it.
        "A post shared by NASA (@nasa) shows the launch from the pad.",
        # A credit run on from a paragraph (a page's hidden copy of its article text).
        f"{ARTICLE} A post shared by NASA (@nasa) on Mar 13, 2021 at 10:00am PST",
        # Markup or a link in the name.
        'A post shared by <a href="https://www.instagram.com/nasa/">NASA</a> (@nasa)',
        # No credit's opening: an article's "(@handle)".
        "Photographer Jane Doe (@janedoe) on Mar 13, 2021",
        # The handle's line goes on with words that are no date.
        "A post shared by NASA (@nasa) and by many others",
    ],
)
def test_sentences_and_markup_are_not_credits(text: str) -> None:
    assert [e for e in parse(text) if e.platform == "instagram"] == []


def test_the_live_blockquotes_credit_is_not_read_again() -> None:
    # The credit inside a live embed code is that embed's: one record, the blockquote.
    code = (
        '<blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.com/p/Bc6xjxyAYM8/" '
        'data-instgrm-version="8"><div><p><a href="https://www.instagram.com/p/Bc6xjxyAYM8/">'
        "Публикация от Nyusha (@nyusha_nyusha)</a> "
        '<time datetime="2017-12-20T09:04:17+00:00">Дек 20, 2017 at 1:04 PST</time></p></div></blockquote>'
    )
    [post] = parse(f"<p>{ARTICLE}</p>{code}<p>{AFTER}</p>")
    assert (post.form, post.post_id) == ("blockquote", "Bc6xjxyAYM8")


def test_find_credit_regions() -> None:
    text = "View this post on Instagram\n\nA post shared by A (@a.b)\n"
    assert find_credit(text, text.index("(@")) == (0, len(text) - 1, "text")
    # A line too long before the handle to be a credit's.
    long = "A post shared by " + "x" * 400 + " (@a)"
    assert find_credit(long, long.index("(@")) is None


def test_credit_dates() -> None:
    assert credit_date(" on Apr 27, 2020 at 9:24am PDT") == "Apr 27, 2020 at 9:24am PDT"
    assert credit_date("am 23. Okt 2017 um 0:31 Uhr") == "23. Okt 2017 um 0:31 Uhr"
    assert credit_date("Дек 20, 2017 at 1:04 PST") == "Дек 20, 2017 at 1:04 PST"
    assert credit_date("and by many others") is None
    assert credit_date("") is None


def test_html2text_credit_in_a_list_item() -> None:
    # html2text (2024.2.26) of <ul><li>First item</li><li>Instagram's code (v7, a
    # caption)</li></ul>: the quote's first line carries the item's marker.
    text = (
        "Before.\n\n  * First item\n"
        "  * > [What working at SKEP feels like... #skep](https://www.instagram.com/p/BalQ2SWFty8/)\n"
        ">\n> A post shared by SKEP (@skep.association) on Oct 23, 2017 at 12:31am PDT\n\n"
        "After.\n\n"
    )
    (post,) = parse(text)
    assert isinstance(post, InstagramPost)
    assert text[slice(*post.span)].startswith("  * > [What working")
    assert post.text == "What working at SKEP feels like... #skep"
    assert (post.post_id, post.author) == ("BalQ2SWFty8", Author("SKEP", "skep.association"))
    assert post.date == dt.date(2017, 10, 23)


# Three credits as extractors wrote them for adbar/htmldate's test pages (real pages):


def test_inscriptis_credit_whose_name_says_its_pronouns() -> None:
    # mannschaft.com: a display name with its pronouns in parentheses.
    text = (
        "verstosse.)\n\n\n\n                      Sieh dir diesen Beitrag auf Instagram an\n\n"
        "                  Ein Beitrag geteilt von Benjamin Näßler (he/him) (@3ensta)\n\n"
        "                Als Freizeitkicker fordere Näßler deshalb ein Ende."
    )
    (post,) = parse(text)
    assert isinstance(post, InstagramPost)
    assert post.author == Author("Benjamin Näßler (he/him)", "3ensta")
    assert text[slice(*post.span)].lstrip().startswith("Sieh dir diesen Beitrag")
    assert (post.text, post.date) == ("", None)


def test_get_text_sets_the_preposition_apart_from_the_date() -> None:
    # elle.de: an older code's "on <time>…</time>", each on a line of its own.
    text = (
        "Zum Shop\n \n \n View this post on Instagram\n \n \n \n"
        "A post shared by Kira Bejaoui (@kirabejaoui)\n on \nApr 21, 2019 at 4:40am PDT\n\n\n\n"
        "Affiliatelink\n"
    )
    (post,) = parse(text)
    assert post.author == Author("Kira Bejaoui", "kirabejaoui")
    assert (post.date, post.date_text) == (dt.date(2019, 4, 21), "Apr 21, 2019 at 4:40am PDT")
    assert text[slice(*post.span)].endswith("4:40am PDT")


def test_html2text_links_the_name_to_the_profile() -> None:
    # wunderweib.de: "von [ Name](profile) (@user) am …", wrapped within the quote.
    text = (
        "deutet:**  \n\n> [Sieh dir diesen Beitrag auf Instagram\n"
        "> an](https://www.instagram.com/p/ByzVwmRB0gM/)\n>\n"
        "> [#hochzeitsgaste #wedding #bayern](https://www.instagram.com/p/ByzVwmRB0gM/)\n>\n"
        "> Ein Beitrag geteilt von [ Manuela\n"
        "> Reimann](https://www.instagram.com/manuelareimann/) (@manuelareimann) am Jun\n"
        "> 17, 2019 um 12:17 PDT\n\nStatt aber selbst noch einmal"
    )
    (post,) = parse(text)
    assert (post.post_id, post.author) == (
        "ByzVwmRB0gM",
        Author("Manuela Reimann", "manuelareimann"),
    )
    assert post.date == dt.date(2019, 6, 17)
    assert post.text == "#hochzeitsgaste #wedding #bayern"
    assert [h.tag for h in post.hashtags] == ["hochzeitsgaste", "wedding", "bayern"]


def test_html2text_caption_whose_text_holds_brackets() -> None:
    # horizont.net (adbar/htmldate's cache): the caption "[Werbung]" as html2text links
    # it, "[[Werbung]\n> ](…)": the link's text holds brackets of its own.
    text = (
        "Text.  \n  \n\n> [ Sieh dir diesen Beitrag auf Instagram an\n"
        "> ](https://www.instagram.com/p/BgPCX03nnZW/?utm_source=ig_embed&utm_medium=loading)\n"
        ">\n> [[Werbung]\n"
        "> ](https://www.instagram.com/p/BgPCX03nnZW/?utm_source=ig_embed&utm_medium=loading)\n"
        ">\n> Ein Beitrag geteilt von [ Vreni\n"
        "> Frost](https://www.instagram.com/vrenifrost/?utm_source=ig_embed&utm_medium=loading)\n"
        "> (@vrenifrost) am Mär 12, 2018 um 12:30 PDT\n\nIn dem Fall"
    )
    (post,) = parse(text)
    assert (post.post_id, post.text) == ("BgPCX03nnZW", "[Werbung]")
    assert (post.author, post.date) == (Author("Vreni Frost", "vrenifrost"), dt.date(2018, 3, 12))


def test_get_text_spacers_of_no_break_spaces_and_a_caption_run_into_its_credit() -> None:
    # wunderweib.de (adbar/htmldate's cache) through get_text("\n"): the code's spacers
    # are lines of no-break spaces, and no blank line parts the caption from its credit.
    text = (
        "wenn man den Hashtag #wedding falsch deutet:\n\xa0\n\xa0\n\xa0\n"
        "Sieh dir diesen Beitrag auf Instagram an\n\xa0\n\xa0\n\xa0\n"
        "#hochzeitsgäste #wedding #bayern\nEin Beitrag geteilt von \n Manuela Reimann\n"
        " (@manuelareimann) am \nJun 17, 2019 um 12:17 PDT\nStatt aber selbst noch einmal Ja"
    )
    (post,) = parse(text)
    assert post.text == "#hochzeitsgäste #wedding #bayern"
    assert (post.author, post.date) == (
        Author("Manuela Reimann", "manuelareimann"),
        dt.date(2019, 6, 17),
    )
    assert text[slice(*post.span)].startswith("Sieh dir diesen Beitrag")


def test_inscriptis_indents_an_older_codes_caption_deeper_than_the_article() -> None:
    # postlight/parser's www.usmagazine.com (2016): an older code writes no line naming
    # Instagram; inscriptis indents the embed's block deeper than the article's text.
    article = "support the pop superstar’s charity, to stop bullying and spread kindness.\n\n\n\n"
    embed = (
        "        At 30 Rockefeller center my charity the @btwfoundation also offers a place to "
        "send kind letters to people. #ShareKindness\n\n"
        "        A post shared by xoxo, Gaga (@ladygaga) on Dec 5, 2016 at 9:10am PST\n\n"
    )
    (post,) = parse(article + embed + "      “At 30 Rockefeller center my charity")
    assert post.text == (
        "At 30 Rockefeller center my charity the @btwfoundation also offers a place to "
        "send kind letters to people. #ShareKindness"
    )
    assert (post.author, post.date) == (Author("xoxo, Gaga", "ladygaga"), dt.date(2016, 12, 5))
    assert [m.handle for m in post.mentions] == ["btwfoundation"]
    # Nothing less indented above it: no edge, and the credit line alone is the embed.
    (post,) = parse(embed)
    assert (post.text, post.author) == ("", Author("xoxo, Gaga", "ladygaga"))
    # Indented alike, the article's paragraph is no caption either.
    (post,) = parse("        " + article + embed)
    assert post.text == ""
