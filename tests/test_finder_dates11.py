"""The finder's eleventh round. Dates read on set K's kind of pages (written blind, measured
once, then used to tune): the date of a survey given in a heading's brackets, in a « Source : »
line above a table, or opening the sentence that names it, dates the figures after it in its
section, before the document's own year. And a key figure's caption goes on while a quotation
is open. Each test fails without its rule; guards pin what a rule must not do."""

from __future__ import annotations

from finder_page import FinderPage

from assistant.types import DocInfo

DOC = DocInfo(source="d.pdf", title="Note", kind="note", date="2016-11-01")
PAGE = FinderPage(DOC)
rows = PAGE.rows


def _years(text: str) -> dict[str, str]:
    return {r.text: r.year for r in rows(text)}


def test_a_heading_dated_by_month_and_year_dates_its_section():
    page = (
        "Des résultats anciens\n"
        "ARPEA Entreprises & Territoires (janvier 2011)\n"
        "Le premier groupe développe déjà des partenariats : il pèse 21 % des entreprises.\n"
    )
    assert _years(page)["21 %"] == "2011"


def test_a_source_line_above_a_table_dates_its_cells():
    page = (
        "Tableau A1 — Les entreprises et les partenariats\n"
        "Source : étude ARPEA Entreprises & Territoires, janvier 2011.\n"
        "Situation de l'entreprise\n"
        "Part\n"
        "Développe déjà des partenariats\n"
        "21 %\n"
        "N'en a pas, mais le souhaite\n"
        "33 %\n"
        "Ne le souhaite pas\n"
        "46 %\n"
    )
    assert set(_years(page).values()) == {"2011"}


def test_a_sentence_opening_on_a_survey_date_dates_its_section():
    page = (
        "Ce que disait la vague précédente\n"
        "En novembre 2020, l'étude IMPACT-Elus locaux avait déjà exploré ces questions. "
        "Les trois quarts des maires, 76 % précisément, décrivaient un territoire engagé.\n"
    )
    assert _years(page)["76 %"] == "2020"


def test_an_opening_date_that_names_no_survey_dates_nothing_more():
    page = (
        "Le contexte\n"
        "En 2012, le contexte avait changé. "
        "Les trois quarts des maires, 76 % précisément, décrivaient un territoire engagé.\n"
    )
    assert _years(page)["76 %"] == "2016"


# --- a key figure's caption goes on while a quotation is open (rule `open_quote`) -------------


def test_a_caption_goes_on_while_its_quotation_is_open():
    page = (
        "Trois publics, trois mots :\n"
        "81 %\n"
        "des Français évoquent un « devoir\n"
        "d'alliance »\n"
        "Dernières mesures disponibles.\n"
    )
    (row,) = [r for r in rows(page) if r.text == "81 %"]
    assert "d'alliance" in row.measure


def test_a_closed_quotation_ends_the_caption():
    page = "81 %\ndes Français évoquent un « devoir »\nd'autres mots ensuite\n"
    (row,) = [r for r in rows(page) if r.text == "81 %"]
    assert "autres" not in row.measure
