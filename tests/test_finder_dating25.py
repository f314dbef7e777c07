"""The finder's round of session 25, on dates: a heading that opens on its section's year or
period, a timeline's column dates, the source line under a key figure's caption, a source
named without its date. Every example is invented; each positive test fails without its
rule, each negative one guards a misreading the rule must not make."""

from __future__ import annotations

from finder_page import FinderPage

from assistant.finder.extract import extract_figures
from assistant.types import DocInfo, Page

DOC = DocInfo(source="bilan.pdf", title="Bilan d'activité", kind="autre", date="2025-03-01")

# --- rule `heading_year`: a heading that opens on its date ---------------------------------------

OPENING = (
    "Le réseau a publié ses séries année après année ; ce bilan les reprend.\n"
    "3. 2018-2022 : CAPRA, mesurer les effets\n"
    "Les commerçants sont engagés : 64 % jugent leur quartier actif. Pourtant, 41 % d'entre\n"
    "eux ne savent pas à qui s'adresser.\n"
    "4. 2020 : des données pour repartir\n"
    "Au sortir de la crise, la coopération apparaît utile à 72 % des habitants.\n"
)


def test_a_heading_opening_on_a_period_dates_its_section():
    page = FinderPage(DOC)
    assert page.one(OPENING, "64 %").year == "2018-2022"
    assert page.one(OPENING, "41 %").year == "2018-2022"


def test_a_numbered_heading_opening_on_a_year_dates_its_section_in_lower_case_too():
    assert FinderPage(DOC).one(OPENING, "72 %").year == "2020"


def test_a_sentence_opening_on_a_year_dates_nothing_beyond_itself():
    """« 2020 : la crise … » that goes on into the next line, or ends as a sentence, is no
    heading."""
    for line in ("2020 : la crise a tout changé.", "2020 : la crise a changé la donne pour"):
        text = (
            f"Le réseau publie ses séries.\n{line}\nles associations. Le réseau a tenu bon.\n"
            "La coopération est utile à 72 % des habitants.\n"
        )
        assert FinderPage(DOC).one(text, "72 %").year == "2025", line


# --- rule `column_year`: the dates heading a timeline's columns ----------------------------------

TIMELINE = (
    "Frise · Les étapes du réseau\n"
    "Des premiers pas aux programmes régionaux.\n"
    "2016\n"
    "12 antennes ouvertes ;\n"
    "premiers ateliers en juillet.\n"
    "8 mars :\n"
    "assemblée fondatrice ;\n"
    "58 % des adhérents\n"
    "votent la charte.\n"
    "2020\n"
    "7 avril : remise du\n"
    "rapport d'étape.\n"
    "Création du fonds\n"
    "commun : 2,4 M€ sur\n"
    "trois ans.\n"
)


def test_a_date_heading_a_timeline_column_dates_the_text_under_it_across_its_breaks():
    page = FinderPage(DOC)
    assert page.one(TIMELINE, "58 %").year == "2016"
    assert page.one(TIMELINE, "2,4 M€").year == "2020"


def test_a_date_over_a_lowercase_caption_is_a_key_figure_not_a_column():
    """« 2006 » / « création du réseau » is a key figure and its caption: the figures beside it
    keep the document's date."""
    text = (
        "Notre histoire tient en trois chiffres.\n"
        "2006\n"
        "création du réseau\n"
        "Des centaines de partenaires.\n"
        "Plus de 500 organisations engagées dans des expérimentations.\n"
    )
    assert FinderPage(DOC).one(text, "500").year == "2025"
    assert FinderPage(DOC).one(text.replace("création", "Création"), "500").year == "2006"


def test_a_year_under_a_line_that_goes_on_dates_nothing():
    """A year after a line with no final stop continues it (a cell, a wrapped date)."""
    text = TIMELINE.replace("Des premiers pas aux programmes régionaux.\n", "Les étapes de\n")
    assert FinderPage(DOC).one(text, "58 %").year == "2025"


# --- rule `source_line_year`: the source line under a key figure's caption ---------------------

BOX = (
    "Les chiffres clés · édition 2025\n"
    "31 %\n"
    "des commerçants développent des\n"
    "partenariats ; 44 % souhaitent en\n"
    "développer, 25 % ne le souhaitent pas.\n"
    "Source : enquête Commerces & Quartiers, mars\n"
    "2013.\n"
)


def test_a_source_line_dates_a_key_figure_and_its_captions_figures_past_a_full_stop():
    page = FinderPage(DOC)
    for figure in ("31 %", "44 %", "25 %"):
        assert page.one(BOX, figure).year == "2013", figure


def test_a_source_line_under_prose_does_not_date_a_figure_in_a_long_line_above_it():
    text = (
        "Repère plus récent : ils sont 81 % à juger que s'allier est un devoir collectif.\n"
        "Les deux chiffres ne viennent pas de la même enquête.\n"
        "Source : enquête Commerces & Quartiers, mars 2013.\n"
    )
    assert FinderPage(DOC).one(text, "81 %").year == "2025"


# --- rule `named_source`: a source line naming a source dated elsewhere in the document --------


def test_a_source_named_without_its_date_takes_the_date_another_source_line_gives_it():
    first = "67 %\ndes habitants font confiance au réseau.\nSource : CAPRA-Habitants, mai 2019.\n"
    second = "7,4/10\nnote moyenne donnée à la propreté.\nSource : CAPRA-Habitants.\n"
    rows = extract_figures(DOC, [Page(1, "1", first), Page(2, "2", second)])
    assert next(r for r in rows if r.text == "7,4/10").year == "2019"


def test_a_source_dated_twice_differently_dates_nothing():
    first = "67 %\ndes habitants font confiance au réseau.\nSource : CAPRA-Habitants, mai 2019.\n"
    other = "Source : CAPRA-Habitants, mai 2021.\n"
    second = "7,4/10\nnote moyenne donnée à la propreté.\nSource : CAPRA-Habitants.\n"
    rows = extract_figures(DOC, [Page(1, "1", first + other), Page(2, "2", second)])
    assert next(r for r in rows if r.text == "7,4/10").year == "2025"


# --- what the rules must not date (before-stop review) -------------------------------------


def test_a_timeline_column_ends_at_a_numbered_heading():
    text = (
        "Notre histoire.\n2016\nLancement du réseau national.\n"
        "2. Résultats de l'enquête\nLes habitants sont 64 % à connaître le réseau.\n"
    )
    assert FinderPage(DOC).one(text, "64 %").year == "2025"


def test_a_count_over_its_caption_is_no_timeline_date():
    text = (
        "Le sondage a été mené en ligne.\n2000\nPersonnes interrogées en ligne\n"
        "Parmi elles, 64 % connaissent le réseau.\n"
    )
    assert FinderPage(DOC).one(text, "64 %").year == "2025"


def test_a_timeline_row_or_a_count_label_opening_on_a_year_is_no_heading():
    page = FinderPage(DOC)
    row = "2019 : mission confiée · 7 mai 2020 : remise du rapport\nLe réseau compte 64 % d'adhérents actifs.\n"
    assert page.one(row, "64 %").year == "2025"
    label = "2000 : personnes interrogées en ligne\nLe réseau compte 64 % d'adhérents actifs.\n"
    assert page.one(label, "64 %").year == "2025"
    roman = "II. 2018-2022 : CAPRA, mesurer les effets\nLe réseau compte 64 % d'adhérents actifs.\n"
    assert page.one(roman, "64 %").year == "2018-2022"


def test_a_source_line_ending_its_sentence_does_not_read_the_next_one():
    first = "Source : CAPRA-Habitants.\nLe réseau a doublé de taille en 2019.\n"
    second = "7,4/10\nnote moyenne donnée à la propreté.\nSource : CAPRA-Habitants.\n"
    rows = extract_figures(DOC, [Page(1, "1", first), Page(2, "2", second)])
    assert next(r for r in rows if r.text == "7,4/10").year == "2025"


def test_a_figure_in_narrow_prose_is_not_dated_by_a_source_far_below():
    text = (
        "Le budget du réseau.\nIl atteint au total\n2,4 M€\net la part des salaires\n"
        "monte à 45 % du total.\nLes dons suivent.\nLes cotisations aussi.\n"
        "Le reste vient des subventions.\nLa part des collectivités.\nLes fondations.\n"
        "Source : Insee, recensement 2013.\n"
    )
    assert FinderPage(DOC).one(text, "2,4 M€").year == "2025"
