"""Session 44, dating rules of the figures table: a slide's or a page's title that names a
year dates every figure of its page that nothing nearer dates (rule `page_title_year`), not
on a document's first page, whose first line dates the document; the publication of the
study a document is named after dates its figures when no fieldwork is stated (rule
`own_study_published`); in an undated deck, a slide goes on with the last dated title before
it (rule `slide_title_carried`). Every example is invented."""

from __future__ import annotations

from dataclasses import replace

from assistant.finder.extract import extract_figures
from assistant.types import DocInfo, Page

DECK = DocInfo(source="mobilites.pdf", title="Dix ans de baromètres", kind="diaporama", date="2019")
COVER = "Dix ans de baromètres\nRencontres de la mobilité\n"
SLIDE = (
    "Baromètre des mobilités (octobre 2017) : ce que disent les cyclistes\n"
    "Motif\nNote sur 10\n"
    "Sécurité\n7,4\n"
    "Confort\n6,2\n"
    "58 %\ndes cyclistes roulent tous les jours\n"
)


def _years(doc: DocInfo, *texts: str) -> dict[str, str]:
    pages = [Page(n, str(n), t) for n, t in enumerate(texts, 1)]
    return {r.text: r.year for r in extract_figures(doc, pages)}


def test_a_slide_title_dates_its_page_cells_and_key_figures():
    years = _years(DECK, COVER, SLIDE)
    assert years["7,4"] == years["6,2"] == years["58 %"] == "2017", years


def test_a_nearer_date_still_wins():  # guards what must stay
    text = SLIDE.replace("roulent tous les jours", "roulaient tous les jours en 2012")
    assert _years(DECK, COVER, text)["58 %"] == "2012"


def test_a_first_page_first_line_dates_the_document_not_its_figures():  # guards
    assert _years(DECK, SLIDE)["7,4"] == "2019"


def test_titles_that_set_off_no_survey_date_do_not_date_the_page():  # guards
    for title in (
        "Les ambitions du réseau pour 2030",  # a year of the title's own words
        "2.1 La situation avant la crise de 2020",
        "Baromètre des mobilités (octobre 2023) : ce que disent les cyclistes",  # after 2019
    ):
        text = SLIDE.replace(SLIDE.split("\n")[0], title)
        assert _years(DECK, COVER, text)["7,4"] == "2019", title


def test_a_running_header_is_no_title():  # guards
    header = "Les notes de l'Observatoire n°12 — octobre 2017\n"
    years = _years(DECK, header + COVER, header + SLIDE.split("\n", 1)[1])
    assert years["7,4"] == "2019", years


FICHE = DocInfo(source="velo.pdf", title="Mobilités-Vélo", kind="fiche", date="2019")
FICHE_PAGE = (
    "Ce que disent les cyclistes\n"
    "Version mise à jour en mars 2019. Premier volet du programme, l'étude Vélo a été publiée "
    "en mai 2017.\n"
    "Les motifs\n"
    "Les répondants ont noté chaque motif de 0 à 10.\n"
    "Motif\nNote sur 10\nSécurité\n7,4\nConfort\n6,2\n"
)


def _doc_years(doc: DocInfo, text: str) -> dict[str, str]:
    return {r.text: r.year for r in extract_figures(doc, [Page(1, "1", text)])}


def test_the_publication_of_the_study_a_document_is_named_after_dates_its_figures():
    assert _doc_years(FICHE, FICHE_PAGE)["7,4"] == "2017"


def test_another_study_published_does_not_date_the_document():  # guards
    other = FICHE_PAGE.replace("l'étude Vélo", "l'étude Piétons")
    assert _doc_years(FICHE, other)["7,4"] == "2019"


UNDATED = DocInfo(source="deck.pdf", title="Les cyclistes et la ville", kind="diaporama", date="")
DECK_PAGES = [
    "7\nLes cyclistes et la ville\nTrois sources : le programme VELO (2008-2012), le baromètre.\n",
    "8\nBaromètre Vélo — mai 2017\nUn échantillon large\n58 %\ndes cyclistes roulent tous les jours\n",
    "9\nCe qui compte pour les cyclistes\nMotif\nNote sur 10\nSécurité\n7,4\nConfort\n6,2\n",
]


def _deck_years(doc: DocInfo) -> dict[str, str]:
    pages = [Page(n, str(n), t) for n, t in enumerate(DECK_PAGES, 1)]
    return {r.text: r.year for r in extract_figures(doc, pages)}


def test_an_undated_deck_s_slides_go_on_with_the_last_dated_title():
    years = _deck_years(UNDATED)
    assert years["58 %"] == "2017"  # its own title, after the slide number (`page_title_year`)
    assert years["7,4"] == "2017"  # the slide after it (`slide_title_carried`)


def test_a_dated_document_s_pages_carry_no_title():  # guards
    assert _deck_years(replace(UNDATED, date="2021"))["7,4"] == "2021"


def test_own_study_published_guards():  # guards
    plan = FICHE_PAGE.replace("a été publiée en mai 2017", "sera publiée en 2020")
    assert _doc_years(FICHE, plan)["7,4"] == "2019"  # a plan, after the document
    other = FICHE_PAGE.replace(
        "Premier volet du programme, l'étude Vélo a été publiée en mai 2017.",
        "Cette fiche présente l'étude Vélo. Le guide des pistes a été publié en 2018.",
    )
    assert _doc_years(FICHE, other)["7,4"] == "2019"  # another sentence's publication
