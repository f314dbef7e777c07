"""Session 41: dates of the figure finder once documents are dated by their running header (a
2025 edition reporting a 2015 survey no longer lends its figures 2015 by chance). A dated
heading right under another heading dates its section; a table's caption and cells, and a key
figure's line, take the dates of the section they sit in (rule `block_dated_above`). Every
example is invented; the positive tests fail without the change, the negative ones guard what
it must not do."""

from __future__ import annotations

from finder_page import FinderPage

from assistant.finder.headings import heading_years
from assistant.layout import line_kinds
from assistant.types import DocInfo

DOC = DocInfo(source="resultats.pdf", title="Résultats", kind="autre", date="2025-02")


def test_a_dated_heading_under_a_heading_dates_its_list():
    page = (
        "Ce document rassemble les résultats de deux enquêtes du réseau.\n"
        "L'essentiel\n"
        "Les habitants · CAPRA-Habitants, septembre 2015\n"
        "• 58 % jugent leur quartier animé.\n"
        "• 41 % fréquentent une association.\n"
    )
    assert (page.index("Les habitants"), "2015") in heading_years(page, line_kinds(page))
    assert FinderPage(DOC).one(page, "41 %").year == "2015"


def test_a_title_going_on_below_its_first_line_is_no_dated_heading():
    page = (
        "Synthèse des résultats\n"
        "de l'enquête de mai 2016 auprès des habitants\n"
        "• 58 % jugent leur quartier animé.\n"
    )
    assert heading_years(page, line_kinds(page)) == []


TABLES = (
    "1. Les habitants en 2015 : enjeux et attentes\n"
    "Le volet Habitants a interrogé plus de 2 000 personnes.\n"
    "Tableau 1 – Les enjeux et leur rang\n"
    "Enjeu Note moyenne (sur 10) Rang\n"
    "Emploi 7,1 1\n"
    "Logement 6,6 2\n"
    "Santé 6,2 3\n"
    "Transport 5,9 4\n"
    "Culture 5,1 5\n"
    "Sport 4,8 6\n"
    "2. Les commerçants en 2016 : attentes\n"
    "Le volet Commerces a interrogé 400 commerçants.\n"
    "Tableau 2 – Les attentes et leur rang\n"
    "Attente Note moyenne (sur 10) Rang\n"
    "Clientèle 5,4 1\n"
)


def test_a_table_takes_the_date_of_its_section_heading():
    page = FinderPage(DOC)
    for cell in ("7,1", "6,6", "5,9", "4,8"):  # every row, not only the first ones
        assert page.one(TABLES, cell).year == "2015", cell


def test_a_heading_holding_a_number_starts_its_own_section():
    text = (
        "1. Le bilan de l'enquête de 2015\n"
        "Le réseau a interrogé ses membres sur leurs attentes.\n"
        "2. Les 12 chantiers pour demain\n"
        "Le réseau veut que 40 % des habitants participent à un chantier.\n"
    )
    assert FinderPage(DOC).one(text, "40 %").year == "2025"


def test_a_long_table_is_dated_in_one_walk():
    rows = "".join(f"Ligne {i} {i % 90 + 1} %\n" for i in range(1, 1500))
    text = "1. Les habitants en 2015\nTableau 1 – Les lignes (en %)\nLibellé Part\n" + rows
    found = FinderPage(DOC).rows(text)  # no RecursionError on a page of 1,500 rows
    assert len(found) > 100 and {r.year for r in found} == {"2015"}


def test_the_next_dated_section_dates_its_own_table():
    assert FinderPage(DOC).one(TABLES, "5,4").year == "2016"
