"""Tweets' blockquotes that lost their class (Readability.js, sanitizers), told by
their footer: exact values read off the markup."""

from __future__ import annotations

import datetime as dt

import pytest

from tweetembed import Author, parse

# Readability.js's output for a page with an embedded tweet: mozilla/readability,
# test/test-pages/001/expected.html (Apache-2.0), the class and script gone.
READABILITY = (
    "        <blockquote>\n"
    '            <p>Drinking game for web devs: <br />(1) Think of a noun <br />(2) Google "&lt;noun&gt;.js" '
    "<br />(3) If a library with that name exists - drink</p>— Shay Friedman (@ironshay) "
    '<a href="https://twitter.com/ironshay/statuses/370525864523743232">August 22, 2013</a>\n'
    "        </blockquote>\n"
)
# corpus/pages/001.html (t3n.de) with its classes removed: WordPress's editor wrapped
# the footer in a paragraph of its own.
WRAPPED_FOOTER = (
    '<blockquote data-lang="de">\n'
    '<p dir="ltr" lang="de">Nach der Mitgliedervereinigung „Juden in der AfD“ freue ich mich '
    "schon sehr auf „Kommunisten in der FDP“.</p>\n"
    '<p>— Peter Wittkamp🐬 (@diktator) <a href="https://twitter.com/diktator/status/'
    '1044502590266978309?ref_src=twsrc%5Etfw">25. September 2018</a></p></blockquote>'
)


def test_readabilitys_blockquote_gives_every_field() -> None:
    page = f"<div><p>Actually I've only found one.</p>\n{READABILITY}<p>Blanket.js</p></div>"
    [tweet] = parse(page)
    assert (tweet.platform, tweet.kind, tweet.form, tweet.escaped) == (
        "twitter", "tweet", "blockquote", None
    )  # fmt: skip
    assert tweet.status_id == tweet.post_id == "370525864523743232"
    assert tweet.url == "https://twitter.com/ironshay/status/370525864523743232"
    assert tweet.author == Author("Shay Friedman", "ironshay")
    assert tweet.text == (
        "Drinking game for web devs:\n(1) Think of a noun\n"
        '(2) Google "<noun>.js"\n(3) If a library with that name exists - drink'
    )
    assert (tweet.date, tweet.date_text) == (dt.date(2013, 8, 22), "August 22, 2013")
    assert page[slice(*tweet.span)] == READABILITY.strip()


def test_a_footer_in_its_own_paragraph_closes_the_blockquote_too() -> None:
    [tweet] = parse(WRAPPED_FOOTER)
    assert tweet.status_id == "1044502590266978309"
    assert tweet.author == Author("Peter Wittkamp🐬", "diktator")
    assert (tweet.date, tweet.date_text) == (dt.date(2018, 9, 25), "25. September 2018")
    assert tweet.lang == "de"
    assert dict(tweet.options) == {"lang": "de"}
    assert tweet.span == (0, len(WRAPPED_FOOTER))


@pytest.mark.parametrize(
    "markup",
    [
        # A quotation that credits a handle and links a status, with no footer's dash.
        "<blockquote><p>We are hiring.</p> said Jane (@jane) "
        '<a href="https://twitter.com/jane/status/1">here</a></blockquote>',
        # The footer does not end the blockquote: the article's text goes on in it.
        '<blockquote><p>x</p>— Jane (@jane) <a href="https://twitter.com/jane/status/1">May 5, '
        "2014</a> and more of the article's words.</blockquote>",
        # The link is not to a status.
        '<blockquote><p>x</p>— Jane (@jane) <a href="https://example.com/status/1">May 5, '
        "2014</a></blockquote>",
        # The footer stands after the blockquote's end.
        "<blockquote><p>x</p></blockquote>— Jane (@jane) "
        '<a href="https://twitter.com/jane/status/1">May 5, 2014</a></blockquote>',
    ],
)
def test_what_is_not_a_tweets_blockquote(markup: str) -> None:
    assert [e for e in parse(markup) if e.form == "blockquote"] == []


def test_a_copy_in_a_script_is_not_reported() -> None:
    page = f"<script>var s = '{READABILITY.strip()}';</script>"
    assert [e for e in parse(page) if e.form == "blockquote"] == []


@pytest.mark.parametrize(
    ("markup", "status_id", "text"),
    [
        # Lazy-loading CMSs' placeholders, their class removed: corpus/pages/039 (dosb),
        # corpus/pages/015 (a no-break space in the link), corpus2/pages/071 (the
        # tweet's text before the link).
        (
            '<blockquote lang="de"><a href="https://twitter.com/DOSB/status/1489540934710743047"></a></blockquote>',
            "1489540934710743047", "",
        ),
        (
            '<blockquote lang="de">\n<a href="https://twitter.com/BreakingItalyNe/status/1185544789728616448">&nbsp;</a>\n</blockquote>',
            "1185544789728616448", "",
        ),
        (
            "<blockquote lang=\"en\"> <p>Justin Bieber threw a fan's gift out the window... pic.twitter.com/xBYYWgX5zj</p> "
            '<a href="https://twitter.com/musicnews_shade/status/734841608667992064"></a> </blockquote>',
            "734841608667992064", "Justin Bieber threw a fan's gift out the window... pic.twitter.com/xBYYWgX5zj",
        ),
    ],
)  # fmt: skip
def test_a_blockquote_ending_in_an_empty_link_to_a_status_is_a_placeholder(
    markup: str, status_id: str, text: str
) -> None:
    page = f"<p>Before.</p>{markup}<p>After.</p>"
    [tweet] = parse(page)
    assert (tweet.form, tweet.escaped, tweet.status_id, tweet.text) == (
        "blockquote", None, status_id, text
    )  # fmt: skip
    assert page[slice(*tweet.span)] == markup


@pytest.mark.parametrize(
    "markup",
    [
        # The link has text: a quotation that links its source.
        '<blockquote><p>We are hiring.</p> <a href="https://twitter.com/jane/status/1">Jane</a></blockquote>',
        # An empty link to a status that ends no blockquote.
        '<p>x <a href="https://twitter.com/jane/status/1"></a></p>',
    ],
)  # fmt: skip
def test_other_links_to_a_status_make_no_placeholder(markup: str) -> None:
    assert [e for e in parse(markup) if e.form == "blockquote"] == []


# trafilatura 2.3's XML and HTML output (extract(…, output_format="xml"/"html")) of
# corpus/pages/027.html and 021.html: the footer kept without its link, the date as
# text, in a <quote> (XML, its <br> an <lb/>) or a <blockquote> (HTML).
TRAFILATURA_XML = (
    "<p>Negri, jefe del bloque de la UCR.</p><quote><p>El kirchnerismo llamó a una sesión para el jueves "
    "a las 11, UNA HORA ANTES de la sesión pedida por la oposición para tratar #BoletaUnica. <lb/>Es una "
    "maniobra burda para evitar que haya más transparencia electoral y para seguir teniendo paralizado al "
    "Congreso. JxC no les dará quórum!</p>— Mario Raúl Negri (@marioraulnegri) May 4, 2022</quote>"
    "<p>Negri, junto a los jefes de bloque</p>"
)
TRAFILATURA_HTML = (
    "<p>nur noch nachvollziehe.</p><blockquote><p>Die epidemische Notlage hat zeitweise zu einer nahezu "
    "absoluten Dominanz der Exekutive innerhalb der Gewaltenteilung geführt. pic.twitter.com/tXFYOG4YdN</p>"
    "— Marco Buschmann (@MarcoBuschmann) October 27, 2021</blockquote><p>„Schulschließungen"
)


def test_trafilaturas_footer_without_its_link() -> None:
    rows = []
    for page, tag in ((TRAFILATURA_XML, "quote"), (TRAFILATURA_HTML, "blockquote")):
        [tweet] = parse(page)
        start = page.index(f"<{tag}>")
        end = page.index(f"</{tag}>") + len(tag) + 3
        assert tweet.span == (start, end)
        rows.append(
            (tweet.form, tweet.status_id, tweet.author, tweet.text, tweet.date, tweet.date_text)
        )
    assert rows == [
        ("blockquote", None, Author("Mario Raúl Negri", "marioraulnegri"),
         "El kirchnerismo llamó a una sesión para el jueves a las 11, UNA HORA ANTES de la sesión pedida por "
         "la oposición para tratar #BoletaUnica.\nEs una maniobra burda para evitar que haya más transparencia "
         "electoral y para seguir teniendo paralizado al Congreso. JxC no les dará quórum!",
         dt.date(2022, 5, 4), "May 4, 2022"),
        ("blockquote", None, Author("Marco Buschmann", "MarcoBuschmann"),
         "Die epidemische Notlage hat zeitweise zu einer nahezu absoluten Dominanz der Exekutive innerhalb der "
         "Gewaltenteilung geführt. pic.twitter.com/tXFYOG4YdN",
         dt.date(2021, 10, 27), "October 27, 2021"),
    ]  # fmt: skip
    # A quote whose attribution names a handle but no date is no tweet's footer.
    assert parse("<blockquote><p>Words.</p>— Jane Doe (@jane)</blockquote>") == []


def test_trafilaturas_xml_with_its_links() -> None:
    # extract(…, output_format="xml", include_links=True) of corpus/pages/027.html: the
    # links are <ref target="…">, the date's among them.
    quote = (
        "<quote><p>El kirchnerismo llamó a una sesión para el jueves a las 11, UNA HORA ANTES de la sesión "
        'pedida por la oposición para tratar <ref target="https://twitter.com/hashtag/BoletaUnica?src=hash&amp;'
        'ref_src=twsrc%5Etfw">#BoletaUnica</ref>. <lb/>Es una maniobra burda para evitar que haya más '
        "transparencia electoral y para seguir teniendo paralizado al Congreso. JxC no les dará quórum!</p>"
        '— Mario Raúl Negri (@marioraulnegri) <ref target="https://twitter.com/marioraulnegri/status/'
        '1521648511401431040?ref_src=twsrc%5Etfw">May 4, 2022</ref></quote>'
    )
    page = "<p>Negri, jefe del bloque de la UCR.</p>" + quote + "<p>Negri, junto a</p>"
    [tweet] = parse(page)
    start = page.index("<quote>")
    assert (tweet.span, tweet.status_id, tweet.url, tweet.author, tweet.date, tweet.date_text) == (
        (start, start + len(quote)), "1521648511401431040",
        "https://twitter.com/marioraulnegri/status/1521648511401431040",
        Author("Mario Raúl Negri", "marioraulnegri"), dt.date(2022, 5, 4), "May 4, 2022",
    )  # fmt: skip
    assert tweet.text == (
        "El kirchnerismo llamó a una sesión para el jueves a las 11, UNA HORA ANTES de la sesión "
        "pedida por la oposición para tratar #BoletaUnica.\nEs una maniobra burda para evitar que "
        "haya más transparencia electoral y para seguir teniendo paralizado al Congreso. JxC no "
        "les dará quórum!"
    )
    assert [h.tag for h in tweet.hashtags] == ["BoletaUnica"]
