"""Session 47, figures table (rule `partner_runs`): a run of shares labelled with kinds of
partners (a bar chart under « Avec qui les … sont-elles partenaires ? », « Partenaires cités :
communes 81 % ; entreprises 35 % … ») counts the organisations that cite those partners, not
the partner each label names. Every example is invented."""

from __future__ import annotations

from assistant.finder.extract import extract_figures
from assistant.types import DocInfo, Page

NOTE = DocInfo(source="note.pdf", title="Les clubs de vélo", kind="note", date="2021")


def _rows(text: str) -> list[tuple[str, str, str]]:
    rows = extract_figures(NOTE, [Page(1, "1", text)])
    return [(r.text, r.actor, r.measure) for r in rows]


def _actors(text: str) -> dict[str, str]:
    return {t: a for t, a, _ in _rows(text)}


CHART = (
    "Les clubs de vélo et leurs soutiens\n"
    "Graphique 2 — Avec qui les associations sportives sont-elles partenaires ? (%)\n"
    "Communes\nEntreprises\nFondations\nÉcoles\n"
    "61 %\n44 %\n12 %\n7 %\n"
    "n = 410 clubs interrogés\n"
)


def test_a_chart_of_partner_kinds_counts_the_organisations_its_title_names():
    actors = _actors(CHART)
    for share in ("61 %", "44 %", "12 %", "7 %"):
        assert actors[share] == "associations", actors


INLINE = (
    "Ce que disent les clubs\n"
    "Dans notre enquête, 97 % des associations sportives ont au moins un soutien.\n"
    "Repère 2 — Partenaires cités : communes 81 % ; entreprises 35 % ; fondations 9 % ;\n"
    "écoles 6 %.\n"
)


def test_an_inline_list_of_partner_kinds_counts_the_population_named_before():
    actors = _actors(INLINE)
    for share in ("81 %", "35 %", "9 %", "6 %"):
        assert actors[share] == "associations", actors


PROSE = (
    "Un regard plus ancien\n"
    "Les associations sportives déclarent 3 partenaires en moyenne. Les communes sont citées "
    "par 81 % d'entre elles, les entreprises par 35 %, les fondations par 9 %.\n"
)


def test_partners_cited_by_a_share_of_them_count_the_organisations_citing_them():
    actors = _actors(PROSE)
    for share in ("81 %", "35 %", "9 %"):
        assert actors[share] == "associations", actors


def test_shares_counting_the_kinds_they_name_keep_them():  # guards what must stay
    text = (
        "Nos partenaires, sondés à leur tour\n"
        "Parmi nos partenaires, 61 % des entreprises, 44 % des fondations et 12 % des communes "
        "se disent satisfaites du club.\n"
    )
    actors = _actors(text)
    assert actors["61 %"] == "entreprises", actors
    assert actors["44 %"] == "fondations", actors
    assert actors["12 %"] == "communes", actors


def test_groups_of_the_holders_are_no_partner_labels():  # guards what must stay
    text = (
        "Le budget compte\n"
        "Les entreprises sont des partenaires recherchés. Parmi les associations dont le "
        "budget dépasse 50 000 €, 40 % en ont une ; chez les associations plus modestes, 15 % ; "
        "chez les associations sans salarié, 8 %.\n"
    )
    actors = _actors(text)
    for share in ("40 %", "15 %", "8 %"):
        assert actors[share].startswith("associations"), actors


def test_without_words_announcing_partners_labels_stay_the_population():  # guards
    text = (
        "Qui roule le plus ?\n"
        "Les associations sportives ont compté les trajets de leurs adhérents salariés.\n"
        "Graphique 3 — Part des trajets faits à vélo, par type d'employeur (%)\n"
        "Communes\nEntreprises\nFondations\n"
        "21 %\n14 %\n9 %\n"
    )
    actors = _actors(text)
    assert "associations" not in " ".join(actors.values()), actors


def test_a_questionnaire_counts_the_organisation_it_asks():
    text = (
        "Questionnaire annoté\n"
        "Base : responsables associatifs. Plusieurs réponses possibles.\n"
        "Q5. Avec quels partenaires votre association travaille-t-elle ?\n"
        "☐ Communes 81 %\n☐ Entreprises 35 %\n☐ Fondations 9 %\n"
    )
    actors = _actors(text)
    for share in ("81 %", "35 %", "9 %"):
        assert actors[share].startswith("association"), actors


def test_prose_after_a_partner_list_keeps_its_own_populations():  # review guard
    text = (
        "Avec qui les associations sportives travaillent-elles ?\n"
        "Communes 74 %\nEntreprises 28 %\nFondations 12 %\n"
        "Les entreprises, elles, sont 45 % à financer un club local. Les communes consacrent 3 % "
        "de leur budget au sport, et les fondations 9 %.\n"
    )
    actors = _actors(text)
    assert actors["74 %"] == "associations", actors
    assert actors["45 %"] == "entreprises", actors
    assert actors["3 %"] != "associations", actors
    assert actors["9 %"] == "fondations", actors


def test_shares_broken_down_by_the_partners_who_answer_count_them():  # review guard
    text = (
        "Le club fédère 40 associations sportives. En 2021, il a sondé ses partenaires.\n"
        "Taux de satisfaction selon le type de partenaire :\n"
        "Communes 82 %\nEntreprises 64 %\nFondations 71 %\n"
    )
    actors = _actors(text)
    assert [actors[s] for s in ("82 %", "64 %", "71 %")] == [
        "Communes",
        "Entreprises",
        "Fondations",
    ]


def test_a_budget_split_between_funding_partners_counts_no_holder():  # review guard
    text = (
        "Le festival est porté par des associations locales.\n"
        "Partenaires financiers du festival en 2021 : communes 55 %, entreprises 30 %, "
        "fondations 15 %.\n"
    )
    actors = _actors(text)
    assert "associations" not in actors.values(), actors


POSTER = (
    "LE VÉLO EN CHIFFRES\n"
    "Une aide régionale\nde\n1,2 M€\npour un programme sur\n4 ans\n"
    "35\nclubs fondateurs du réseau,\ncréé le 3 mai\n2019\n"
    "12 000\nlicenciés dans la région\n"
)


def test_a_figure_line_ending_the_phrase_above_opens_no_row_of_boxes():
    rows = {t: (a, m) for t, a, m in _rows(POSTER)}
    assert "35" in rows and "12 000" in rows, rows
    assert rows["35"][1] == "nombre de clubs fondateurs du réseau", rows
    assert "clubs" not in rows["4 ans"][1], rows
    assert "licenciés" in rows["12 000"][1], rows


def test_a_row_of_boxes_after_a_heading_is_still_read_as_boxes():  # guards what must stay
    text = (
        "Chiffres clés du vélo\n62 %\n7,1\ndes cyclistes roulent chaque semaine\n"
        "note donnée aux pistes\n"
    )
    rows = {t: m for t, _, m in _rows(text)}
    assert "roulent chaque semaine" in rows["62 %"], rows


def test_fieldwork_before_a_reported_publication_is_no_plan():
    old = DocInfo(source="cahier.pdf", title="Cahier de résultats", kind="note", date="2015-09")
    text = (
        "2. Les clubs et leurs soutiens\n"
        "L'étude « Clubs & Soutiens », publiée en mars 2017, s'appuie sur une enquête conduite "
        "en mai-juin 2016.\n"
        "Au total, 74 % des associations sportives ont un soutien local.\n"
    )
    rows = extract_figures(old, [Page(1, "1", text)])
    assert [(r.text, r.year) for r in rows] == [("74 %", "2016")], rows


def test_fieldwork_after_the_document_with_nothing_published_is_a_plan():  # guard
    old = DocInfo(source="cahier.pdf", title="Cahier de résultats", kind="note", date="2015-09")
    text = (
        "2. Les clubs et leurs soutiens\n"
        "Une nouvelle enquête sera conduite en mai-juin 2016.\n"
        "Au total, 74 % des associations sportives ont un soutien local.\n"
    )
    rows = extract_figures(old, [Page(1, "1", text)])
    assert [(r.text, r.year) for r in rows] == [("74 %", "2015")], rows


YEAR_CELLS = (
    "Tableau 1 — Indicateurs publiés, par année\n"
    "Indicateur (part des répondants)\n"
    "2017\n2019\n2021\n"
    "HABITANTS\n"
    "Roulent à vélo chaque semaine\n"
    "31 %\n—\n38 %\n"
    "Jugent les pistes sûres\n"
    "—\n44 %\n52 %\n"
    "Commerçants favorables aux pistes\n"
    "61 %\n—\n—\n"
)


def test_a_year_column_table_read_one_cell_per_line_dates_each_cell_by_its_column():
    rows = extract_figures(NOTE, [Page(1, "1", YEAR_CELLS)])
    got = [(r.text, r.year, r.actor.lower(), r.measure) for r in rows]
    assert got == [
        ("31 %", "2017", "habitants", "part des habitants qui roulent à vélo chaque semaine"),
        ("38 %", "2021", "habitants", "part des habitants qui roulent à vélo chaque semaine"),
        ("44 %", "2019", "habitants", "part des habitants qui jugent les pistes sûres"),
        ("52 %", "2021", "habitants", "part des habitants qui jugent les pistes sûres"),
        ("61 %", "2017", "commerçants", "part des commerçants favorables aux pistes"),
    ], got


def test_years_over_prose_are_no_year_cells():  # guards what must stay
    text = (
        "Nos dates clés\n2017\n2019\n2021\n"
        "En 2021, 38 % des habitants roulaient à vélo chaque semaine, selon le baromètre.\n"
    )
    rows = extract_figures(NOTE, [Page(1, "1", text)])
    assert [(r.text, r.measure) for r in rows] == [
        ("38 %", "part des habitants qui roulaient à vélo chaque semaine")
    ]


def test_an_announced_publication_does_not_age_the_document():  # review guard
    old = DocInfo(source="cahier.pdf", title="Cahier de résultats", kind="note", date="2015-09")
    text = (
        "1. Calendrier\n"
        "Les résultats seront publiés en mars 2017.\n"
        "2. Les clubs et leurs soutiens\n"
        "Une enquête sera conduite en mai-juin 2016.\n"
        "Au total, 74 % des associations sportives ont un soutien local.\n"
    )
    rows = extract_figures(old, [Page(1, "1", text)])
    assert [(r.text, r.year) for r in rows] == [("74 %", "2015")], rows


def test_the_holder_is_the_one_named_nearest_before_the_announcing_words():
    text = (
        "L'enquête des clubs\n"
        "Elle a interrogé plus de 400 responsables associatifs. Une association sportive compte "
        "en moyenne 3 partenaires.\n"
        "Type de partenaire\nAssociations concernées\n"
        "Communes\n74 %\nEntreprises\n28 %\nFondations\n9 %\n"
    )
    actors = _actors(text)
    for share in ("74 %", "28 %", "9 %"):
        assert actors[share].lower().startswith("association"), actors
