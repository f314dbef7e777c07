"""Figure extraction, a pure function of a page: a table of French sentences with the figure,
unit, actor and year expected, and the numbers that must not be figures."""

from __future__ import annotations

import pytest
from finder_page import FinderPage

from assistant.finder.extract import MAX_FIGURES_PER_PAGE
from assistant.types import DocInfo, Page

DOC = DocInfo(source="d.pdf", title="Titre", kind="étude", date="2021-09-16")


PAGE = FinderPage(DOC)
rows, one = PAGE.rows, PAGE.one


LIST = "Selon l'enquête, 40 % des habitants, 58 % des commerçants et 63 % des bénévoles estiment que la rue a changé."


@pytest.mark.parametrize(
    ("text", "printed", "unit", "value", "actor"),
    [
        (LIST, "40 %", "%", 40.0, "habitants"),
        (LIST, "58 %", "%", 58.0, "commerçants"),
        (LIST, "63 %", "%", 63.0, "bénévoles"),
        (
            "Un besoin réclamé par 58 % des habitants et reconnu par 77 % des élus.",
            "77 %",
            "%",
            77.0,
            "élus",
        ),
        ("Parmi les élus, 77 % jugent la coopération utile.", "77 %", "%", 77.0, "élus"),
        (
            "Les maires voient des atouts : c'est le cas de 87 % d'entre eux.",
            "87 %",
            "%",
            87.0,
            "maires",
        ),
        (
            "Le groupe compte 220 060 collaborateurs dont 53 % de femmes.",
            "53 %",
            "%",
            53.0,
            "collaborateurs",
        ),
        (
            "Le groupe compte 220 060 collaborateurs dont 53 % de femmes.",
            "220 060",
            "people",
            220060.0,
            "collaborateurs",
        ),
        ("Il dispose d'une dotation de 1,5 M€ pour trois projets.", "1,5 M€", "€", 1_500_000.0, ""),
        (
            "La collecte a atteint près d'un million d'euros cette année.",
            "un million d'euros",
            "€",
            1e6,
            "",
        ),
        ("La sécurité obtient une note de 6,6/10 cette année.", "6,6/10", "/10", 6.6, ""),
        (
            "Il réunit 11 territoires pionniers autour du projet.",
            "11",
            "count",
            11.0,
            "territoires pionniers",
        ),
        ("Une expérimentation sur 3 ans est prévue.", "3 ans", "years", 3.0, ""),
    ],
)
def test_figure_unit_value_actor(text, printed, unit, value, actor):
    row = one(text, printed)
    assert (row.unit, row.value, row.actor) == (unit, value, actor)
    assert text[row.start : row.end] == printed  # offsets on the page, for highlighting


def test_each_figure_takes_the_year_of_its_clause_else_the_document():
    text = "Les Français : 86 % d'entre eux jugeaient urgent d'agir en 2008, et 84 % en 2012."
    assert [(r.text, r.year, r.year_source) for r in rows(text)] == [
        ("86 %", "2008", "phrase"),
        ("84 %", "2012", "phrase"),
    ]
    assert one("Ils sont 49 % des Français à le dire.", "49 %").year == "2021"
    assert one("Ils sont 49 % des Français à le dire.", "49 %").year_source == "document"
    law = "La loi de 2007 recueille 85% d'opinions négatives."
    assert one(law, "85%").year == "2021"  # « loi de 2007 » names the law, it does not date


def test_measure_is_the_phrase_the_figure_quantifies():
    row = one("Le résultat : 69 % des Français estiment qu'il existe un devoir d'alliance.", "69 %")
    assert row.measure == "estiment qu'il existe un devoir d'alliance"
    assert row.actor == "Français" and row.actor_category == "Français"
    ellipsis = rows(
        "En 2008, 86 % des Français jugeaient urgent de créer des partenariats ; en 2012, ils étaient encore 84 % à le penser."
    )
    assert ellipsis[1].actor == "Français" and "urgent" in ellipsis[1].measure


@pytest.mark.parametrize(
    "text",
    [
        "Le 103e Congrès des maires se tiendra en novembre.",
        "Cette 4 e édition a eu lieu.",
        "L'ODD 17 est consacré aux partenariats.",
        "Ces données suivent les indicateurs : l'innovation et la confiance1.",
        "Le site compte des sites seuil bas (2).",
        "Dossier publié dans le n°628 de la revue.",
        "Voir l'article 3 de la loi n° 2014-856 du 31 juillet 2014.",
        "Depuis 2006, le programme avance.",
        "Le 15 novembre 2020, la rencontre a eu lieu.",
        "Section 5.6.4 du guide.",
        "Appelez le 0 800 360 360.",
        "Av. de Morges 63\nCH-1004 Lausanne",
        "Rapport annuel\n12\n",
        "page 3 / 10",
    ],
)
def test_not_figures(text):
    assert rows(text) == []


def test_table_row_takes_its_label_and_the_header_years():
    text = "Indicateur\n2018 2017 2016\nRecyclage et valorisation 57% 59% 58%\n"
    found = rows(text)
    assert [(r.text, r.year, r.year_source) for r in found] == [
        ("57%", "2018", "tableau"),
        ("59%", "2017", "tableau"),
        ("58%", "2016", "tableau"),
    ]
    assert found[0].measure == "Recyclage et valorisation"


def test_a_page_of_thousands_of_numbers_is_bounded():
    lines = [f"Compte {i} : {i * 7} € {i % 97} % {i} personnes" for i in range(3000)]
    found = rows("\n".join(lines))
    assert len(found) == MAX_FIGURES_PER_PAGE
    assert all(len(r.sentence) <= 602 for r in found)


def test_one_line_of_thousands_of_numbers_is_read_in_linear_time():
    found = rows(" ".join(f"{i} % ;" for i in range(4000)))
    assert len(found) == 4000


def test_a_mark_without_population_takes_the_one_named_before_in_its_section():
    text = (
        "Les enjeux prioritaires\n"
        "Les personnes interrogées ont noté plusieurs enjeux de leur territoire. L'emploi est "
        "l'enjeu jugé le plus important, avec une note de 7,1/10.\n"
    )
    assert one(text, "7,1/10").actor == "personnes interrogées"


def test_the_population_is_not_carried_across_a_heading_nor_onto_a_named_base():
    text = (
        "Les maires ont été interrogés sur leurs priorités.\n"
        "Indicateurs du groupe\n"
        "L'objectif du groupe est atteint avec 57 % de déchets valorisés.\n"
        "La loi est mal perçue : 85 % d'opinions négatives.\n"
    )
    assert one(text, "57 %").actor == ""
    assert one(text, "85 %").actor == ""


def test_a_pronoun_finds_its_antecedent_in_a_sentence_without_figures():
    text = (
        "Le sondage a porté sur 2 000 personnes. Les Français voient dans les partenariats un "
        "levier d'action concret. Ils sont 49 % à leur prêter un impact fort sur l'emploi.\n"
    )
    assert one(text, "49 %").actor == "Français"


def test_a_figure_without_a_year_takes_the_survey_year_of_its_section():
    text = (
        "Méthode\n"
        "L'enquête a été conduite en mai et juin 2016 auprès de 1 380 responsables associatifs. "
        "Au total, 74 % des associations déclarent un partenariat avec une collectivité.\n"
    )
    row = one(text, "74 %")
    assert (row.year, row.year_source) == ("2016", "document")


def test_the_document_survey_year_comes_before_its_publication_date():
    from assistant.finder.extract import extract_figures

    pages = [
        Page(1, "1", "Méthodologie\nL'enquête a été menée en novembre 2020 auprès des maires.\n"),
        Page(
            2, "2", "Résultats\nAu total, 92 % des maires reconnaissent l'utilité de la démarche.\n"
        ),
    ]
    (row,) = extract_figures(DOC, pages)
    assert (row.year, row.year_source) == ("2020", "document")


@pytest.mark.parametrize(
    ("pages", "expected"),
    [
        (["ÉTUDE Mars 2017"], ""),  # a cover's publication date, not fieldwork
        (["Des enquêtes menées depuis 2009 par des instituts."], ""),  # recurring, no one year
        (["Les données 2018, 2019 et 2020 sont définitives."], ""),  # several years
        (["Enquête mai-juin 2020 auprès de 1 380 responsables."], "2020"),
        # five years before the 2021 document: another, older survey it quotes
        (["Enquête mai-juin 2016 auprès de 1 380 responsables."], ""),
        (["Indicateur (données septembre 2021)."], "2021"),
        (["L'enquête a été réalisée en 2016.", "Un sondage réalisé en 2018."], ""),  # two surveys
        (["Un sondage sera réalisé en 2030."], ""),  # after the document's date: a plan
    ],
)
def test_document_survey_year(pages, expected):
    from assistant.finder.fieldwork import document_survey_year

    assert document_survey_year(pages, "2021") == expected


def test_a_figure_of_a_list_leaves_the_other_figures_populations_out_of_its_measure():
    text = (
        "Tous voient dans les partenariats une source d'innovation : c'est l'avis de 81 % des "
        "dirigeants, de 86 % des responsables associatifs et de 87 % des maires."
    )
    row = one(text, "87 %")
    assert row.actor == "maires"
    assert "responsables" not in row.measure and "source d'innovation" in row.measure


def test_a_breakdown_and_a_count_are_phrased_to_be_cited():
    text = "Le groupe compte 220 060 collaborateurs dont 53 % de femmes."
    assert one(text, "53 %").measure == "part de femmes parmi les collaborateurs"
    text = "Plus de 2 000 personnes ont été interrogées."
    assert one(text, "2 000").measure == "nombre de personnes interrogées"


TABLE = (
    "Tableau 2 – Les enjeux du territoire notés par les\nFrançais\nEnjeu\nNote sur 10\n"
    "Emploi\n7,1\nPouvoir d'achat\n6,6\n"
    "Source : Observatoire des partenariats,\nseptembre 2015.\n"
)


def test_a_bare_cell_takes_its_unit_label_population_and_year_from_the_table():
    row = one(TABLE, "6,6")
    assert (row.unit, row.value) == ("/10", 6.6)
    assert row.actor == "Français"
    assert row.measure == "Pouvoir d'achat — Les enjeux du territoire notés par les"
    assert (row.year, row.year_source) == ("2015", "tableau")


def test_a_thousands_header_multiplies_the_cells():
    text = "Tableau 3 – Dons du groupe\nPoste\n(K€)\nSolidarité\n86 455\n"
    row = one(text, "86 455")
    assert (row.unit, row.value) == ("€", 86455000.0)


def test_a_cell_with_its_own_unit_takes_the_header_population():
    text = (
        "Tableau 1 – Les partenaires\nType de partenaire\nPart des associations\n"
        "Collectivités territoriales\n74 %\nStructures d'insertion\n22 %\n"
    )
    row = one(text, "22 %")
    assert row.actor == "associations" and row.measure.startswith("Structures d'insertion")


def test_bare_numbers_without_a_unit_header_stay_out():
    text = "Tableau 4 – Calendrier\nÉtape\nAnnée\nLancement\n2016\nBilan\n12\n"
    assert rows(text) == []
