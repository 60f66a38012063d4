"""Tweets in extracted article text: the real extractors' output, and each shape.

The figures come from tests/data/extracted (five extractors run on the real pages
of ../shared/corpus and ../shared/corpus2, see tests/extracted.py) against the
hand-checked expected.json. The shapes below are written the way each extractor
writes an embed (checked against the fixtures), with values read off them.
"""

from __future__ import annotations

import datetime as dt

import pytest

import extracted
from tweetembed import Author, parse

ID = "1370827335461826566"

# Per extractor: tweets whose footer (with a date) survives in the text, found,
# right date + handle + name, right text; bare status URLs found; copies of
# escaped embed markup; false embeds; embeds on the 157 plain pages' texts.
FIGURES = {
    "trafilatura": (76, 76, 76, 68, 0, 0, 0, 0),
    # (Its Markdown escapes a handle's underscore, "(@C\\_Holler)": read since session 30.)
    "trafilatura-md": (76, 76, 76, 67, 0, 0, 0, 0),
    "inscriptis": (106, 106, 106, 100, 1, 2, 0, 0),
    "html2text": (106, 106, 105, 102, 1, 2, 0, 0),
    "bs4": (106, 106, 106, 101, 1, 2, 0, 0),
    # Every block a paragraph set apart by one blank line: where a tweet stands under
    # the article's paragraphs nothing tells its first paragraph from theirs, and a short
    # one above it is joined (most of the texts not right).
    "html-text": (106, 106, 106, 87, 1, 2, 0, 0),
    "resiliparse": (106, 106, 106, 89, 1, 0, 0, 0),
}


@pytest.mark.parametrize("extractor", extracted.EXTRACTORS)
def test_figures_on_real_pages_texts(extractor: str) -> None:
    counts = extracted.evaluate(extractor)
    assert tuple(counts[c] for c in extracted.COLUMNS) == FIGURES[extractor]
    assert counts["plain pages"] == 157


# Per extractor, for corpus2's live Instagram embeds: credit lines that survive in the
# text, found, right date + handle + name, right caption; false embeds; embeds on
# the plain pages' texts. (Trafilatura runs the one credit it keeps on from the
# article's paragraph, which is not read: a page's hidden copy of its text does so
# too.)
INSTAGRAM_FIGURES = {
    "trafilatura": (1, 0, 0, 0, 0, 0),
    "trafilatura-md": (0, 0, 0, 0, 0, 0),
    "inscriptis": (5, 5, 5, 5, 0, 0),
    "html2text": (5, 5, 5, 5, 0, 0),
    "bs4": (5, 5, 5, 5, 0, 0),
    "html-text": (5, 5, 5, 5, 0, 0),
    "resiliparse": (5, 5, 5, 5, 0, 0),
}


# The same for corpus2's live TikTok videos whose creator line ("@user") survives:
# trafilatura keeps none.
TIKTOK_FIGURES = {
    "trafilatura": (0, 0, 0, 0, 0, 0),
    "trafilatura-md": (0, 0, 0, 0, 0, 0),
    "inscriptis": (2, 2, 2, 2, 0, 0),
    "html2text": (2, 2, 2, 2, 0, 0),
    "bs4": (2, 2, 2, 2, 0, 0),
    "html-text": (2, 2, 2, 2, 0, 0),
    "resiliparse": (2, 2, 2, 2, 0, 0),
}


@pytest.mark.parametrize("extractor", extracted.EXTRACTORS)
@pytest.mark.parametrize(
    ("platform", "figures"), [("instagram", INSTAGRAM_FIGURES), ("tiktok", TIKTOK_FIGURES)]
)
def test_other_platforms_figures_on_real_pages_texts(
    extractor: str, platform: str, figures: dict[str, tuple[int, ...]]
) -> None:
    counts = extracted.evaluate_posts(extractor, platform)
    assert tuple(counts[c] for c in extracted.POST_COLUMNS) == figures[extractor]


def _one(text: str):  # type: ignore[no-untyped-def]
    [tweet] = parse(text)
    assert tweet.platform == "twitter"
    return tweet


# An article's paragraph, longer than any tweet: where the layout does not set an
# embed apart, the tweet's lines above its last are those that fit in one tweet.
LONG = (
    "Die Ergebnisse orientieren sich dabei durchaus am Bundestrend, wie die Zahlen des "
    "Wahlleiters zeigen. Klarer Gewinner sind die Grünen, die in allen Altersgruppen "
    "zulegen konnten, während die beiden großen Parteien deutlich verloren haben und "
    "die kleineren Parteien ihre Ergebnisse von vor fünf Jahren ungefähr halten konnten."
)


def test_footer_as_a_paragraph_of_its_own() -> None:
    # trafilatura's Markdown: one blank line between paragraphs, the footer's own.
    text = (
        f"## Heading\n\n{LONG}\n\n"
        "Caught in action! Check out @Astro_illini pic.twitter.com/203mdc4KUi\n\n"
        "— NASA (@NASA) March 13, 2021\n\nThe next paragraph."
    )
    tweet = _one(text)
    assert tweet.form == "text"
    assert tweet.text == "Caught in action! Check out @Astro_illini pic.twitter.com/203mdc4KUi"
    assert tweet.author == Author("NASA", "NASA")
    assert tweet.date == dt.date(2021, 3, 13)
    assert tweet.media == ("https://pic.twitter.com/203mdc4KUi",)
    assert [m.handle for m in tweet.mentions] == ["Astro_illini"]
    assert text[slice(*tweet.span)].endswith("March 13, 2021")


@pytest.mark.parametrize(
    "above",
    [
        "1\\.",  # a list's number, its dot escaped
        "*Podívejte se na důležité momenty zápasu:*",  # an intro, emphasised
        "— Sebastin Rothe (@port\\_noy)",  # the embed above, its date lost
    ],
)
def test_markdown_marks_of_the_article_above(above: str) -> None:
    # trafilatura's Markdown escapes what Markdown would read ("1\.", "\_") and
    # keeps emphasis; what stops the tweet's paragraphs stops them escaped too.
    text = (
        f"{LONG}\n\n{above}\n\n"
        "I released a first basic version of VSTouchbarTools for @VisualStudio.\n\n"
        "— Studio de la Torre (@studiodelatorre) 16 мая 2018 г.\n\nNext."
    )
    tweet = _one(text)
    assert tweet.text == "I released a first basic version of VSTouchbarTools for @VisualStudio."


def test_footer_on_the_next_line_one_paragraph_a_line() -> None:
    # trafilatura's plain text: no blank lines; the article's paragraph above the
    # tweet's line would not fit in a tweet with it.
    text = (
        f"{LONG}\n"
        "Nach der Mitgliedervereinigung „Juden in der AfD“ freue ich mich schon sehr.\n"
        "— Peter Wittkamp🐬 (@diktator) 25. September 2018\n"
        "2. Carline Mohr, Redakteurin: Klar Stellung beziehen\n"
    )
    tweet = _one(text)
    assert (
        tweet.text == "Nach der Mitgliedervereinigung „Juden in der AfD“ freue ich mich schon sehr."
    )
    assert tweet.author == Author("Peter Wittkamp🐬", "diktator")
    assert (tweet.date, tweet.date_text) == (dt.date(2018, 9, 25), "25. September 2018")


@pytest.mark.parametrize(
    ("above", "joined"),
    [
        # Lines of a tweet, as the corpus's trafilatura texts hold them:
        ("#FRAITA 29è 2-0", True),
        ("#Antártida | Nuevo récord de temperaturas 🌡️", True),
        ('CNN: "Kim Jong Un is gravely ill"\nNBC: "Kim Jong Un is brain dead"', True),
        ("Wie lustig #Palmer meets Deutschlandhut wäre.\n„STROFDOHD!“", True),
        # What marks a line as the article's:
        ("Les Bleus ont marqué, regardez :", False),  # a colon: "She wrote:"
        ("Just in case you haven’t seen it yet (it’s a cracker!) …", False),  # ellipsis
        ("3.", False),  # a list's number alone
        ("- Thema des öffentlichen Interesses", False),  # a bullet point
        ("フランスが先制しました。", False),  # another script than the tweet's
        (LONG, False),  # more than a tweet holds with the tweet's line
    ],
)
def test_one_paragraph_a_line_tweet_lines_above(above: str, joined: bool) -> None:
    # trafilatura's plain text writes each of a tweet's lines as a line of its own,
    # as it writes the article's paragraphs: the lines above the tweet's last join
    # it while they fit in one tweet with it and none reads as the article's own.
    text = (
        f"{LONG}\n{above}\n"
        "Penalty pour les Bleus ! @AntoGriezmann se charge de transformer le penalty.\n"
        "— Téléfoot (@telefoot_TF1) June 1, 2018\n"
        "Omniprésent en première mi-temps, Mbappé aurait mérité de marquer.\n"
    )
    tweet = _one(text)
    last = "Penalty pour les Bleus ! @AntoGriezmann se charge de transformer le penalty."
    # (trafilatura writes a line as long as it is: each line break is the page's
    # <br>, as between "#FRAITA 29è 2-0" and "Penalty" in corpus2/pages/035.html.)
    assert tweet.text == (f"{above}\n{last}" if joined else last)


def test_one_paragraph_a_line_indented_first_line() -> None:
    # trafilatura keeps the white space a text node began with in the page's
    # source: the embed's first line is indented, the article's are not, and the
    # indented line starts the tweet even when it ends in a colon.
    text = (
        "Actually I've only found one which provides an adapter for Mocha…\n"
        "                            Drinking game for web devs:\n"
        "                                \n"
        "(1) Think of a noun\n"
        "                                \n"
        "(2) If a library with that name exists - drink\n"
        "— Shay Friedman (@ironshay)\n"
        "                            August 22, 2013\n"
        "Blanket.js is an easy to install code coverage library.\n"
    )
    tweet = _one(text)
    # (A line of white space between two is a break in the tweet's text.)
    assert tweet.text == (
        "Drinking game for web devs:\n\n(1) Think of a noun\n\n"
        "(2) If a library with that name exists - drink"
    )
    assert tweet.author == Author("Shay Friedman", "ironshay")
    assert tweet.date == dt.date(2013, 8, 22)


def test_markdown_paragraphs_set_apart_alike() -> None:
    # trafilatura's Markdown sets every paragraph apart by one blank line, a tweet's
    # lines too: read as in line mode, paragraph by paragraph; a heading is the
    # article's.
    text = (
        "## All GitHub users can keep their code private\n\n"
        "Senate resolves to:\n\n"
        "Observe a minute silence in honour of the departed souls.\n\n"
        "— The Nigerian Senate (@NGRSenate) October 9, 2018\n\n"
        "Senate Leader, Ahmad Lawan raises a motion.\n"
    )
    tweet = _one(text)
    # A tweet's own first line that ends in a colon is taken for the article's
    # ("See tweets:"): nothing in the text tells the two apart.
    assert tweet.text == "Observe a minute silence in honour of the departed souls."
    text = text.replace("Senate resolves to:", "Senate resolves to")
    assert _one(text).text == (
        "Senate resolves to\n\nObserve a minute silence in honour of the departed souls."
    )


def test_date_on_the_line_after_the_handle() -> None:
    # BeautifulSoup's get_text("\n"): each inline element on a line of its own, the
    # date link's text on the line after the handle, blank lines between blocks.
    text = (
        "Der Absatz davor.\n\n\n\n\n"
        "Die Aufregung über \n#Flugtaxi\n von \n@DoroBaer\n zeigt unser Problem.\n\n\n"
        "— Frank Thelen (@frank_thelen) \n6. März 2018\n\n\n\n\nDer Absatz danach."
    )
    tweet = _one(text)
    assert tweet.text == "Die Aufregung über #Flugtaxi von @DoroBaer zeigt unser Problem."
    assert tweet.author == Author("Frank Thelen", "frank_thelen")
    assert (tweet.date, tweet.date_text) == (dt.date(2018, 3, 6), "6. März 2018")
    assert [h.tag for h in tweet.hashtags] == ["Flugtaxi"]
    assert [m.handle for m in tweet.mentions] == ["DoroBaer"]


def test_date_link_without_a_quote() -> None:
    text = (
        f"{LONG}\n\nThe tweet's text #ISS\n\n"
        f"— NASA (@NASA) [March 13, 2021](https://twitter.com/NASA/status/{ID}?ref_src=twsrc%5Etfw)"
        "\n\nAfter."
    )
    tweet = _one(text)
    assert tweet.form == "markdown"
    assert tweet.text == "The tweet's text #ISS"
    assert (tweet.status_id, tweet.url) == (ID, f"https://twitter.com/NASA/status/{ID}")
    assert tweet.date == dt.date(2021, 3, 13)


def test_html2text_wrapped_lines_and_escapes_in_the_date_link() -> None:
    # html2text: lines wrapped at 78 columns inside the quote, "\." escapes, the
    # date link's text wrapped, "--" for the dash, t.co links as <autolinks>.
    text = (
        "Merken.\n\n"
        "> Nach der Mitgliedervereinigung „Juden in der AfD“ freue ich mich schon sehr\n"
        "> auf „Kommunisten in der FDP“. <https://t.co/PHvLHCOZgz>\n"
        ">\n"
        "> -- Peter Wittkamp (@diktator) [25\\. September\n"
        "> 2018](https://twitter.com/diktator/status/1044502590266978309?ref_src=twsrc%5Etfw)\n\n"
        "## 2\\. Carline Mohr\n"
    )
    tweet = _one(text)
    assert tweet.form == "markdown"
    assert tweet.text == (
        "Nach der Mitgliedervereinigung „Juden in der AfD“ freue ich mich schon sehr "
        "auf „Kommunisten in der FDP“. https://t.co/PHvLHCOZgz"
    )
    assert tweet.author == Author("Peter Wittkamp", "diktator")
    assert (tweet.date, tweet.date_text) == (dt.date(2018, 9, 25), "25. September 2018")
    assert tweet.status_id == "1044502590266978309"
    assert [u.url for u in tweet.urls] == ["https://t.co/PHvLHCOZgz"]


@pytest.mark.parametrize("marker", ["*", "2."])
def test_html2text_quote_in_a_list_item(marker: str) -> None:
    # html2text (2024.2.26) writes an embed in a list item (<ul> or <ol>) as a quote
    # whose first line carries the item's marker, "  * > text", its other lines "> …"
    # (postlight/parser's fixture takagi-hiromitsu.jp, a list of tweets: every text
    # was read as empty). Its output for <li>the embed code</li>:
    text = (
        f"Before.\n\n  1. First item\n  {marker} > Hello #world see <https://t.co/abc>\n"
        ">\n> -- NASA (@NASA) [March 13,\n"
        f"> 2021](https://twitter.com/NASA/status/{ID}?ref_src=twsrc%5Etfw)\n\nAfter.\n\n"
    )
    tweet = _one(text)
    assert tweet.text == "Hello #world see https://t.co/abc"
    assert text[slice(*tweet.span)].startswith(f"  {marker} > Hello")
    assert (tweet.author, tweet.date, tweet.status_id) == (
        Author("NASA", "NASA"),
        dt.date(2021, 3, 13),
        ID,
    )
    assert [h.tag for h in tweet.hashtags] == ["world"]


def test_trafilatura_a_paragraph_line_above_a_text_that_began_with_a_space() -> None:
    # trafilatura (2.0) writes a paragraph a line, stripped on the right: the embed's
    # paragraph keeps the space its text began with in the page. The line above, an
    # article's paragraph that ends its sentence, is not the tweet's (postlight/
    # parser's fixture www.theatlantic.com, as trafilatura wrote it).
    text = (
        "But the city never has sent an alert like this. Typically used only to keep "
        "people safe, the Monday alert asked New Yorkers to join the police’s search for "
        "a wanted man.\n"
        " Well that's a new emergency alert experience pic.twitter.com/EWgDSVvrHO\n"
        "— Hayes Brown (@HayesBrown) September 19, 2016\n"
        "Emergency alerts in New York City come from the Office of Emergency Management.\n"
    )
    tweet = _one(text)
    assert tweet.text == "Well that's a new emergency alert experience pic.twitter.com/EWgDSVvrHO"
    assert (tweet.author, tweet.date) == (
        Author("Hayes Brown", "HayesBrown"),
        dt.date(2016, 9, 19),
    )


def test_get_text_a_line_after_a_link_that_ends_a_sentence_continues_it() -> None:
    # BeautifulSoup's get_text("\n") breaks the line at each inline element: the text
    # after a link begins with a space and continues the link's line, even where the
    # link's text ends a sentence (a short line, no article's paragraph).
    text = (
        "The paper's editor announced the results on Monday:\n"
        "We published the findings of this year's survey of our readers, \n"
        "read the report.\n"
        " Thanks to all who took part\n"
        "— A (@a) \n"
        "March 13, 2021\n"
        "More."
    )
    tweet = _one(text)
    assert tweet.text == (
        "We published the findings of this year's survey of our readers, read the report. "
        "Thanks to all who took part"
    )


def test_get_text_lines_of_white_space_between_blocks() -> None:
    # BeautifulSoup's get_text("\n") of two pages of postlight/parser's fixtures: a line
    # of white space alone stands between two inline elements (inside the tweet, its
    # links), a run of them between blocks (westernjournalism.com: a list of trending
    # stories above the embed) ...
    text = (
        "Trending Stories\n \n"
        "Obama’s Supreme Court Nominee Admits Defeat, Returns To Appeals Court\n \n \n \n \n"
        "Anis Amri, suspect in Berlin truck attack, killed by Italian police. And how did he "
        "get to Milan? Open borders. \nhttps://t.co/8lhIr9qZem\n \npic.twitter.com/OZXI2TEj7D\n"
        " \n— David Wordsmith (@WordSmithGuy) \nDecember 23, 2016\n \n \n"
        "Initial reports said Amri had arrived in Italy.\n"
    )
    tweet = _one(text)
    assert tweet.text == (
        "Anis Amri, suspect in Berlin truck attack, killed by Italian police. And how did he "
        "get to Milan? Open borders. https://t.co/8lhIr9qZem pic.twitter.com/OZXI2TEj7D"
    )
    assert (tweet.author, tweet.date) == (
        Author("David Wordsmith", "WordSmithGuy"),
        dt.date(2016, 12, 23),
    )
    # ... and one below an article's paragraph that ends its sentence (theatlantic.com).
    text = (
        "But the city never has sent an alert like this. Typically used only to keep "
        "people safe, the Monday alert asked New Yorkers to join the police’s search for "
        "a wanted man.\n \nWell that's a new emergency alert experience \n"
        "pic.twitter.com/EWgDSVvrHO\n — Hayes Brown (@HayesBrown) \nSeptember 19, 2016\n"
        "Emergency alerts in New York City come from the Office of Emergency Management.\n"
    )
    tweet = _one(text)
    assert tweet.text == "Well that's a new emergency alert experience pic.twitter.com/EWgDSVvrHO"


def test_get_text_a_lone_period_ends_the_paragraph_above() -> None:
    # BeautifulSoup's get_text("\n") of flairNLP/fundus's Washington Post page: the
    # article's paragraph ends "… in northeastern <a>Colorado</a>." above the tweet,
    # its period a line of its own; the tweet's lines follow.
    text = (
        "For the most part, only a few weak “landspout” tornadoes were observed in "
        "northeastern \nColorado\n.\nLandspout tornado! Northeast Colorado! Southwest of "
        "Akron 🌪️ \n#cowx\n \n@NWSBoulder\n \npic.twitter.com/T8oQImgFp6\n"
        "— Ryan Matoush (@RyanMatoushWX) \nApril 25, 2024\n\n\n\n\nThe active pattern"
    )
    tweet = _one(text)
    assert tweet.text == (
        "Landspout tornado! Northeast Colorado! Southwest of Akron 🌪️ #cowx @NWSBoulder "
        "pic.twitter.com/T8oQImgFp6"
    )
    # A period with a space after it is the tweet's own, before its <br> (corpus/pages/
    # 027.html), and one before a mention opens the tweet (".@user").
    text = (
        "Intro line of the article:\n"
        "la oposición para tratar \n#BoletaUnica\n. \nEs una maniobra burda.\n"
        "— Mario Raúl Negri (@marioraulnegri) \nMay 4, 2022\n"
    )
    # (Where the <br> stood, the lines cannot tell: only the tweet's start is asserted.)
    tweet = _one(text)
    assert tweet.text.startswith("la oposición para tratar #BoletaUnica")
    assert tweet.text.endswith("Es una maniobra burda.")
    # (".@user" as get_text breaks it at the link: corpus2/pages/070.html.)
    text = "Article.\n\n\n.\n@ScHoolBoyQ\n GET TOP DAWG ON THE PHONE !\n— ye (@kanyewest) \nMarch 8, 2018\n"
    assert _one(text).text == ".@ScHoolBoyQ GET TOP DAWG ON THE PHONE !"


def test_get_text_a_label_twice_in_a_row_is_no_tweets_line() -> None:
    # BeautifulSoup's get_text("\n") of flairNLP/fundus's National Post page: Postmedia's
    # sites write an "Article content" label between the article's blocks.
    text = (
        "The U.S. secretary of state says in a post on X that “I am monitoring the "
        "situation between India and Pakistan closely.”\nArticle content\nArticle content\n"
        "I am monitoring the situation between India and Pakistan closely. I echo \n@POTUS\n"
        "'s comments earlier today that this hopefully ends quickly.\n"
        "— Secretary Marco Rubio (@SecRubio) \nMay 6, 2025\nArticle content\nRubio continued"
    )
    # (No <br> parts a mention from its possessive: "@POTUS\n's" is one word.)
    assert _one(text).text == (
        "I am monitoring the situation between India and Pakistan closely. I echo @POTUS's "
        "comments earlier today that this hopefully ends quickly."
    )
    # Shouted twice, the words are the tweet's own.
    text = "Article.\n\nGOAL\nGOAL\nMessi scores!\n— Fan (@fan) \nMay 6, 2025\n"
    assert _one(text).text == "GOAL\nGOAL\nMessi scores!"
    # Twice in a row but not again under the embed: the tweet's own line (found by
    # test_properties' extracted tweets).
    text = (
        LONG + "\nSo proud\nSo proud\nof our team\n— Fan (@fan) March 13, 2021\nThe mayor said.\n"
    )
    assert _one(text).text == "So proud\nSo proud\nof our team"


def test_a_long_post_the_embed_cut_may_weigh_more_than_a_tweet() -> None:
    # inscriptis (corpus/pages/035.html): X's embed of a long post cuts it with "…" and
    # a link to the whole, its text ~300 by twitter-text's weights (emoji count 2).
    text = (
        "                      Inzwischen befindet sich das Schiff im Roten Meer.\n\n"
        "                        📍 Red Sea – USS Dwight D Eisenhower.\n\n"
        "                        US Navy :\n"
        '                        ✈️ C-2A Greyhound (162157) took off as "RG01" from the '
        "carrier´s deck => Souda Bay, Chania 🇬🇷\n\n"
        '                        ✈️ KC-130J as "OTIS61" from Souda Bay for refueling ⛽️ '
        "(over CSG 2)\n\n"
        "                        ✈️ The C-2 is designed to carry supplies, mail, and "
        "passengers to… https://t.co/xeFsWv4QRo pic.twitter.com/VWcRSl7qyK\n\n"
        "                        — Mencho (@MilitaryEye) November 5, 2023\n\n"
    )
    tweet = _one(text)
    assert tweet.text.startswith("📍 Red Sea – USS Dwight D Eisenhower.\n\nUS Navy :")
    assert tweet.text.endswith("passengers to… https://t.co/xeFsWv4QRo pic.twitter.com/VWcRSl7qyK")


def test_indented_block_of_several_paragraphs() -> None:
    # inscriptis: a blockquote's paragraphs indented deeper than the article's.
    text = (
        "  The article's paragraph.\n\n"
        "    El kirchnerismo llamó a una sesión para el jueves a las 11.\n"
        "    Es una maniobra burda. JxC no les dará quórum!\n\n"
        "    — Mario Raúl Negri (@marioraulnegri) May 4, 2022\n\n"
        "  Negri, junto a los jefes de bloque."
    )
    tweet = _one(text)
    # (The block's lines alike indented: a line break is the page's <br>, as in
    # corpus/pages/027.html's "#BoletaUnica</a>. <br>Es una maniobra burda".)
    assert tweet.text == (
        "El kirchnerismo llamó a una sesión para el jueves a las 11.\n"
        "Es una maniobra burda. JxC no les dará quórum!"
    )
    assert tweet.author == Author("Mario Raúl Negri", "marioraulnegri")
    assert tweet.date == dt.date(2022, 5, 4)


def test_links_at_the_end_of_the_text() -> None:
    text = (
        "So wählten die unter 30-Jährigen bei der #Europawahl: https://t.co/abcDEF123 "
        "pic.twitter.com/Q1pMVhJid8\n\n— ZDF heute (@ZDFheute) 26. Mai 2019\n"
    )
    tweet = _one(text)
    assert tweet.media == ("https://pic.twitter.com/Q1pMVhJid8",)
    # twitter-text finds a URL without a scheme too.
    assert [u.url for u in tweet.urls] == ["https://t.co/abcDEF123", "pic.twitter.com/Q1pMVhJid8"]
    assert tweet.date == dt.date(2019, 5, 26)


def test_the_text_is_never_markup() -> None:
    text = (
        f"<p>{LONG}</p>\n<p>The tweet's <b>text</b> &amp; more.</p>\n"
        "<p>— NASA (@NASA) March 13, 2021</p>\n"
    )
    tweet = _one(text)
    assert tweet.text == "The tweet's text & more."


def test_a_second_footer_does_not_take_the_first_as_its_text() -> None:
    text = (
        "Tweet one.\n\n— A (@a) March 13, 2021\n\n— B (@b) March 14, 2021\n\nTweet three.\n\n"
        "— C (@c) March 15, 2021\n"
    )
    tweets = parse(text)
    assert [(t.author.handle if t.author else None, t.text) for t in tweets] == [
        ("a", "Tweet one."),
        ("c", "Tweet three."),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # A date that does not end its line.
        "He wrote — Jane Doe (@jane) March 13, 2021 and went on to say more.\n",
        # No dash before the name.
        "As NASA (@NASA) said on March 13, 2021\n",
        # A hyphen inside a word is not a dash.
        "The well-known (@jane) March 13, 2021\n",
        # No date after the handle.
        "Some text.\n\n— Jane Doe (@jane)\n\nMore text on March 13, 2021.\n",
        # A number that is not a date.
        "Some text.\n\n— Jane Doe (@jane) 42\n",
        # A status link inside a sentence that get_text split at each inline element.
        "Some people have since claimed it - see\n \n"
        f"https://twitter.com/NASA/status/{ID}\n \nand more.\n",
    ],
)
def test_prose_is_not_an_embed(text: str) -> None:
    assert parse(text) == []


def test_a_status_url_between_sentences_split_by_get_text_is_an_embed() -> None:
    text = (
        "informó Raúl Ramírez, periodista de Última Hora.\n \n \n"
        f"https://twitter.com/NASA/status/{ID}\n \n \n El Tribunal de Apelación rechazó"
    )
    assert [t.status_id for t in parse(text)] == [ID]


def test_paragraphs_set_apart_like_the_footer_are_one_tweet() -> None:
    # get_text("\n") of a tweet of two paragraphs (the shape of a real page's): one
    # blank line between them and before the footer, four around the embed.
    text = (
        'propulsée par le ministre de la Santé \nOlivier Véran\n".\n\n\n\n\n'
        "⚠️ \n#COVIDー19\n | La prise d'anti-inflammatoires pourrait être un facteur "
        "d'aggravation de l’infection.\n\n"
        "Si vous êtes déjà sous anti-inflammatoires, demandez conseil à votre médecin.\n\n"
        "— Olivier Véran (@olivierveran) \nMarch 14, 2020\n\n\n\n\nSelon leur étude, …"
    )
    tweet = _one(text)
    assert tweet.text == (
        "⚠️ #COVIDー19 | La prise d'anti-inflammatoires pourrait être un facteur "
        "d'aggravation de l’infection.\n\nSi vous êtes déjà sous anti-inflammatoires, "
        "demandez conseil à votre médecin."
    )  # (the paragraphs stay apart, as a blockquote's <br><br> keeps them)
    assert [h.tag for h in tweet.hashtags] == ["COVIDー19"]


def test_paragraphs_set_apart_like_everything_else_are_not_joined() -> None:
    # Markdown sets every paragraph apart by one blank line: the "2." of a list of
    # tweets is the article's, and only the paragraph above the footer is the text.
    text = (
        "— A (@a) [December 1, 2023](https://twitter.com/a/status/1730000000000000000)\n\n\n"
        "2.\n\n"
        "Wondering who will be first to stitch all the ads together\n\n"
        "— Dave (@davelomax) [December 1, 2023](https://twitter.com/davelomax/status/"
        "1730000000000000001)\n"
    )
    # (The first footer has no text above it: an embed by its status link alone.)
    assert [(e.text, e.author.handle) for e in parse(text)] == [
        ("", "a"),
        ("Wondering who will be first to stitch all the ads together", "davelomax"),
    ]


def test_a_tweets_own_angle_brackets_are_text_tags_are_not() -> None:
    # html2text's text of corpus/pages/088.html: the page writes the tweet's
    # "&lt;noun&gt;", which the extractor gives as "<noun>": text, not a tag.
    text = (
        "Actually works…\n\n> Drinking game for web devs:  \n> (1) Think of a noun  \n"
        '> (2) Google "<noun>.js"  \n> (3) If a library with that name exists - drink\n>\n'
        "> — Shay Friedman (@ironshay) [August 22,\n"
        "> 2013](https://twitter.com/ironshay/statuses/370525864523743232)\n\nNext.\n"
    )
    tweet = _one(text)
    assert tweet.text == (
        'Drinking game for web devs:\n(1) Think of a noun\n(2) Google "<noun>.js"\n'
        "(3) If a library with that name exists - drink"
    )
    assert tweet.status_id == "370525864523743232"
    # Tags a CMS left in the text: an element's, Word's namespaced one, a custom one.
    text = (
        "Intro.\n\n<p>Big news<o:p></o:p> today, see "
        '<amp-img src="x.jpg"></amp-img>#a</p>\n— A (@a) March 13, 2021\n'
    )
    assert _one(text).text == "Big news today, see #a"


def test_a_line_of_spaces_between_inline_elements_joins_them() -> None:
    # BeautifulSoup's get_text("\n") of corpus/pages/001.html: each text node on a
    # line of its own, the space between the hashtag's and the URL's links too. The
    # page: 'Mutproben! ☝🏼⛔️ <a …>#wegvomgleis</a> <a …>https://t.co/IV9TPpXpka</a>'.
    text = (
        "kam der Tweet auf eine stattliche Reichweite: Ziel erreicht!\n\n\n\n\n"
        "Der Gleisbereich ist kein Fotostudio, Abenteuerspielplatz und Ort für "
        "Mutproben! ☝🏼⛔️ \n#wegvomgleis\n \nhttps://t.co/IV9TPpXpka\n\n\n"
        "— Der bloggende Bahner (@bloggendebahner) \n11. Juli 2018\n\n\n\n\n11. Claudius"
    )
    tweet = _one(text)
    assert tweet.text == (
        "Der Gleisbereich ist kein Fotostudio, Abenteuerspielplatz und Ort für "
        "Mutproben! ☝🏼⛔️ #wegvomgleis https://t.co/IV9TPpXpka"
    )
    assert [h.tag for h in tweet.hashtags] == ["wegvomgleis"]
    assert tweet.date == dt.date(2018, 7, 11)
    # A quoted line of spaces is Markdown's blank line: the paragraphs stay apart.
    text = "> One.\n>  \n> Two.\n>\n> — A (@a) [March 13, 2021](https://twitter.com/a/status/1)\n"
    assert _one(text).text == "One.\n\nTwo."


def test_a_line_break_in_an_indented_block_is_the_pages() -> None:
    # inscriptis's text of corpus2/pages/035.html, whose markup reads
    # '#FRAITA</a> 29è 2-0<br>Penalty pour les Bleus ! …'.
    text = (
        "un penalty parfait, (29e, 2-0).\n\n      #FRAITA 29è 2-0\n"
        "      Penalty pour les Bleus ! Faute italienne dans la surface sur @LucasHernandez ! "
        "@AntoGriezmann se charge de transformer le penalty. L' @equipedefrance mène 2 à 0 ! "
        "⤵️https://t.co/MSGxXqHZ3M\n\n      — Téléfoot (@telefoot_TF1) June 1, 2018\n\n"
        "      Omniprésent en première mi-temps, Mbappé aurait aussi"
    )
    assert _one(text).text == (
        "#FRAITA 29è 2-0\nPenalty pour les Bleus ! Faute italienne dans la surface sur "
        "@LucasHernandez ! @AntoGriezmann se charge de transformer le penalty. "
        "L' @equipedefrance mène 2 à 0 ! ⤵️https://t.co/MSGxXqHZ3M"
    )


def test_resiliparse_list_items_whose_text_the_block_hangs_under() -> None:
    # Resiliparse's plain text of postlight/parser's takagi-hiromitsu.jp fixture: tweets
    # as list items, "    • " before the first paragraph, the others and the footer
    # under its text. The item is the embed from its text on; the outer item above
    # ("  • 【特報】…", its text where the inner bullet is) is not.
    text = (
        "\n\n    • どうやって調査するのか、その方法次第じゃないの？\n\n"
        "      【国がIoT機器を“無差別調査”へ、改正法で容認も三上洋氏「国がやるべきことではない」"
        " | AbemaTIMES】 https://t.co/ONsrLJr4u1\n\n"
        "      — Justy (@i_justy) January 28, 2019\n"
        "  • 【特報】総務省がＩｏＴ機器を無差別調査\u3000「国による不正アクセス」の指摘, 東京新聞\n\n"
        "    • 総務省がＩｏＴ機器を無差別調査\u3000「国による不正アクセス」の指摘(東京新聞特報面)"
        "#総務省によるIOT機器無差別調査\n      https://t.co/425CHR4v18\n\n"
        "      — 透析テツ(脱被曝) (@tohsekitetsu) February 2, 2019\n"
    )
    first, second = parse(text)
    assert first.text == (
        "どうやって調査するのか、その方法次第じゃないの？\n\n"
        "【国がIoT機器を“無差別調査”へ、改正法で容認も三上洋氏「国がやるべきことではない」"
        " | AbemaTIMES】 https://t.co/ONsrLJr4u1"
    )
    # (Its U+3000 and its line break before the link, which the page's HTML has, the
    # text read gives as spaces: only where it starts and ends is asserted.)
    assert second.text.startswith("総務省がＩｏＴ機器を無差別調査")
    assert " ".join(second.text.split()).endswith("IOT機器無差別調査 https://t.co/425CHR4v18")
    # A tweet's own bullet, at the indentation of its other lines, stays its text.
    text = "Article.\n\n      • one\n      • two\n\n      — Fan (@fan) May 6, 2025\n"
    assert _one(text).text == "• one\n• two"


def test_a_markdown_escaped_underscore_in_the_handle() -> None:
    # trafilatura's Markdown (output_format="markdown", include_links=True) of
    # corpus/pages/001.html: the handle's underscore escaped, "(@C\_Holler)".
    text = (
        "„ORTSPOLIZEIBEHÖRDENLEITER!“\n\n"
        "— Feine Helene Fischerfilet (@C\\_Holler) [26. November 2018]"
        "(https://twitter.com/C_Holler/status/1067112604739534850?ref_src=twsrc%5Etfw)\n\n\n"
        "## Meine Lektion für erfolgreiche Tweets: Loben und ermutigen!\n"
    )
    [tweet] = parse(text)
    assert (tweet.status_id, tweet.author, tweet.text, tweet.date_text) == (
        "1067112604739534850",
        Author("Feine Helene Fischerfilet", "C_Holler"),
        "„ORTSPOLIZEIBEHÖRDENLEITER!“",
        "26. November 2018",
    )
    # A handle is 15 characters at most (escapes not counted): a longer one is no
    # footer's, escaped or not.
    for handle in ("abcdefghijklmnopq", "abcdefghij\\_klmnopq"):
        assert parse(f"Some text of a tweet.\n— Name (@{handle}) May 4, 2022\n") == []
    [fifteen] = parse("Some text of a tweet.\n— Name (@abcdefghij\\_klmn) May 4, 2022\n")
    assert fifteen.author == Author("Name", "abcdefghij_klmn")
