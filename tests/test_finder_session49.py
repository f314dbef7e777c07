"""Session 49, figures table: tables read one cell per line whose column headers are dates
(rule `date_headers`), two such tables side by side (rule `paired_tables`), counts opened by
« autres » (list `count_openers`) and the date of a document's revised version. Every example
is invented."""

from __future__ import annotations

from assistant.finder.extract import extract_figures
from assistant.finder.stackread import is_date_header
from assistant.finder.stacks import cell_unit, stacked_cells
from assistant.ingest.catalogue import edition_date
from assistant.types import DocInfo, Page

NOTE = DocInfo(source="note.pdf", title="Les clubs de vélo", kind="note", date="2021")


def _rows(text: str) -> list[tuple[str, str, str, str, str]]:
    rows = extract_figures(NOTE, [Page(1, "1", text)])
    return [(r.text, r.unit, r.actor, r.measure, r.year) for r in rows]


YEARS = (
    "Tableau 2 — Habitants\n"
    "Indicateur\n"
    "2012\n"
    "2016\n"
    "2019 (a)\n"
    "Roulent chaque semaine\n"
    " 41 %\n"
    " 44 %\n"
    " —\n"
    "Roulent en club\n"
    " —\n"
    " 12 %\n"
    " 15 %\n"
    "Jugent les pistes sûres\n"
    " —\n"
    " —\n"
    " 38 %\n"
    "(a) Enquête de mai 2019.\n"
    "Tableau 3 — Associations\n"
    "Indicateur\n"
    "janvier 2014 (b)\n"
    "mars 2018 (c)\n"
    "Ont une école de vélo\n"
    " 21 %\n"
    " 37 %\n"
    "Veulent en ouvrir une\n"
    " 33 %\n"
    " —\n"
    "N'en veulent pas\n"
    " 46 %\n"
    " —\n"
)


def test_a_stacked_table_with_date_headers_dates_each_column_and_names_its_population():
    rows = {(t, y): (a, m) for t, _, a, m, y in _rows(YEARS)}
    assert rows[("41 %", "2012")][0] == "Habitants", rows
    assert rows[("44 %", "2016")][0] == "Habitants", rows
    assert ("38 %", "2019") in rows and ("15 %", "2019") in rows, rows
    # a lower-case month opens no wrapped header line: each date heads its own column
    assert ("21 %", "2014") in rows and ("37 %", "2018") in rows, rows
    assert rows[("33 %", "2014")][0] == "Associations", rows
    # the date dates the cell; it is not what the cell measures
    assert not rows[("41 %", "2012")][1].startswith("2012"), rows
    assert is_date_header("2019 (a)") and is_date_header("janvier 2014 (b)")
    assert is_date_header("2013 – 2017") and not is_date_header("2 019")


BUDGET = (
    "Fiche à retourner avant le 30 juin 2023.\n"
    "Budget prévisionnel du club (en euros)\n"
    "Dépenses\n"
    "2024\n"
    "2025\n"
    "Total\n"
    "Ressources\n"
    "Montant\n"
    "Entretien des vélos\n"
    " 4 000\n"
    " 5 000\n"
    " 9 000\n"
    "Subvention de la ville\n"
    " 6 000\n"
    "Assurance\n"
    " 1 200\n"
    " 1 300\n"
    " 2 500\n"
    "Cotisations\n"
    " 3 500\n"
    "Mécénat du magasin\n"
    " 2 000\n"
    "TOTAL\n"
    " 5 200\n"
    " 6 300\n"
    " 11 500\n"
    "TOTAL\n"
    " 11 500\n"
)


def test_two_stacked_tables_side_by_side_read_each_row_with_its_own_headers():
    cells = {
        BUDGET[c.start : c.end].strip() + "|" + c.label: c for c in stacked_cells(BUDGET).values()
    }
    assert cells["4 000|Entretien des vélos"].header == "2024", cells
    assert cells["9 000|Entretien des vélos"].header == "Total", cells
    assert cells["6 000|Subvention de la ville"].header == "Montant", cells
    assert cells["6 000|Subvention de la ville"].label_header == "Ressources", cells
    assert cells["2 000|Mécénat du magasin"].label_header == "Ressources", cells
    assert cells["1 200|Assurance"].label_header == "Dépenses", cells
    rows = {(t, y): (u, m) for t, u, _, m, y in _rows(BUDGET)}
    assert rows[("4 000", "2024")][0] == "€", rows  # the title's unit
    assert rows[("1 300", "2025")][0] == "€", rows
    assert "Subvention de la ville" in rows[("6 000", "2021")][1], rows
    assert ("3 500", "2021") in rows and ("11 500", "2021") in rows, rows


RAGGED = (
    "Dépenses du club\n"
    "Poste\n"
    "Montant\n"
    "Vélos\n"
    " 4 000\n"
    "Casques\n"
    " 900\n"
    "Atelier\n"
    " 1 200\n"
    "Sorties\n"
    " 300\n"
    " 12\n"
    " 8\n"
)


def test_rows_of_another_width_without_paired_headers_end_the_table():
    cells = {RAGGED[c.start : c.end].strip(): c for c in stacked_cells(RAGGED).values()}
    assert set(cells) == {"4 000", "900", "1 200"}, cells


def test_a_count_opened_by_autres_counts_the_noun_after_it():
    rows = {
        t: (u, m)
        for t, u, _, m, _ in _rows(
            "Deux autres sorties ont suivi. Le club ouvre 3 autres ateliers cette année. "
            "Les deux autres sont restés.\n"
        )
    }
    assert rows["Deux"][0] == "count" and "sorties" in rows["Deux"][1], rows
    assert rows["3"][0] == "count" and "ateliers" in rows["3"][1], rows
    assert "deux" not in rows, rows


def test_a_revised_document_is_dated_by_its_revision():
    line = "Version 2 — adoptée le 17 mars 2019, modifiée le 12 janvier 2021 · club.fr"
    assert edition_date(line) == "2021-01-12"
    assert edition_date("Charte révisée le 2 mars 2020") == "2020-03-02"
    assert edition_date("La charte, révisée en 2019, prévoit 12 engagements") == ""
    assert edition_date("La réforme modifie le 3 mai 2024 les règles") == ""
    assert edition_date("adoptée le 17 mars 2019") == ""


NOTED = (
    "Tableau 4 — Associations\n"
    "Indicateur\n"
    "2016\n"
    "2019\n"
    "Ont un club de vélo partenaire\n"
    " 38 % (53 % des employeuses)\n"
    " —\n"
    "Ont un magasin partenaire\n"
    " —\n"
    " 28 %\n"
    "Nombre moyen de types de partenaires\n"
    " —\n"
    " 2,5\n"
    "Partenaire : piste cyclable\n"
    " —\n"
    " 9 %\n"
)


def test_a_cell_with_a_bracketed_sub_value_and_a_row_counting_its_label():
    rows = {(t, y): (u, a) for t, u, a, _, y in _rows(NOTED)}
    # the bracket keeps the first row in the table: its title names the population
    assert rows[("38 %", "2016")][1] == "Associations", rows
    assert rows[("28 %", "2019")][1] == "Associations", rows
    # « Nombre moyen de … »: the row label says its cells are counts
    assert rows[("2,5", "2019")][0] == "count", rows
    assert cell_unit("2019", "Nombre moyen de types de partenaires", "") == ("count", 1.0)
    assert cell_unit("2019", "Part des clubs", "") == ("%", 1.0)
    assert cell_unit("2019", "Clubs en nombre croissant", "") == ("", 1.0)


def test_a_year_after_a_conjunction_que_dates_its_clause_and_is_no_comparison():
    rows = {
        t: y
        for t, _, _, _, y in _rows(
            "Le club a fini l'exercice avec 1 200 € en caisse, alors que l'année 2019 s'était "
            "terminée sur un déficit de 3 180 €.\n"
            "Les adhérents sont 12 % plus nombreux que l'année 2019.\n"
        )
    }
    assert rows["3 180 €"] == "2019", rows
    assert rows["12 %"] == "2021", rows  # compared with 2019: the document's year


ACTIONS = (
    "Budget prévisionnel par action\n"
    " Action\n"
    " Budget (€)\n"
    "A1 Atelier de réparation\n"
    " 4 000\n"
    "A2 Plateforme V.E.L.O.\n"
    " 12 000\n"
    "A3 Sorties scolaires\n"
    " 9 000\n"
    "A4 Fête du vélo\n"
    " 3 000\n"
)


def test_a_row_label_ending_on_a_dotted_acronym_stays_in_its_table():
    rows = {t: u for t, u, *_ in _rows(ACTIONS)}
    assert rows == {"4 000": "€", "12 000": "€", "9 000": "€", "3 000": "€"}, rows


LANDMARKS = (
    "Tableau 3 — Le club en quelques repères\n"
    " Repère\n"
    "Valeur\n"
    "Vélos prêtés chaque année\n"
    "plus de 500\n"
    "Ateliers organisés\n"
    "42\n"
    "Années d'existence\n"
    "15\n"
    "Bénévoles formés à la mécanique\n"
    "environ 30\n"
    "Tableau 4 — Les clubs de la région\n"
    " Club\n"
    "Rang\n"
    "Roues libres de Caen\n"
    "1\n"
    "Vélos solidaires de Lisieux\n"
    "2\n"
    "Pédales douces de Bayeux\n"
    "3\n"
)


def test_a_row_label_says_what_its_bare_numbers_count_under_a_generic_header():
    rows = {
        t: (u, n)
        for t, u, n in (
            (r.text, r.unit, r.noun) for r in extract_figures(NOTE, [Page(1, "1", LANDMARKS)])
        )
    }
    assert rows["500"][0] == "count" and rows["500"][1].startswith("vélos prêtés"), rows
    assert rows["42"] == ("count", "ateliers organisés"), rows
    assert rows["15"][0] == "years", rows
    assert rows["30"] == ("people", "bénévoles formés"), rows
    # « Rang »: the column says its numbers are ranks, not counts of clubs
    assert not {"1", "2", "3"} & set(rows), rows


CONJUNCTURE = (
    "1. L'opinion des habitants\n"
    " Indicateur\n"
    "Dernière\n"
    "valeur\n"
    "Tend.\n"
    "Var.\n"
    "Habitants jugeant utile de créer des\n"
    "pistes cyclables sécurisées\n"
    "84 % (2019)\n"
    " ▼\n"
    "−2 pts\n"
    "86 % (2015)\n"
    "Enquête régionale\n"
    "Bénévoles estimant avoir un « devoir\n"
    "d'entretien »\n"
    "61 %\n"
    " ▲\n"
    "+5 pts\n"
    "56 % (2015)\n"
    "Le club compte 300 communes partenaires.\n"
)


def test_a_figure_under_a_wrapped_row_label_measures_it_and_counts_its_population():
    rows = {t: (a, m) for t, _, a, m, _ in _rows(CONJUNCTURE)}
    actor, measure = rows["84 %"]
    assert actor == "Habitants", rows
    assert "pistes cyclables sécurisées" in measure, rows
    assert rows["61 %"][0] == "Bénévoles", rows
    assert "devoir d'entretien" in rows["61 %"][1], rows


def test_a_heading_dated_in_brackets_after_a_study_name_dates_its_section_even_wrapped():
    text = (
        "— 15 —\n"
        "2.3 Ce que pensent les cyclistes (Baromètre des clubs, septembre\n"
        "2015)\n"
        "L'enquête a interrogé plus de 2 000 personnes. 69 % des cyclistes y jugent les\n"
        "pistes trop étroites.\n"
        "2.4 Ce que pensent les clubs (Enquête clubs, 2018)\n"
        "Ils sont 45 % à vouloir des pistes plus larges.\n"
    )
    rows = {t: y for t, _, _, _, y in _rows(text)}
    assert rows["2 000"] == "2015" and rows["69 %"] == "2015", rows
    assert rows["45 %"] == "2018", rows


def test_a_bracketed_sub_value_takes_its_own_year_and_words():
    text = (
        "Tableau 4 — Clubs\n"
        "Indicateur\n"
        "2019\n"
        "2023\n"
        "Ont une école de vélo\n"
        " —\n"
        "45 % (38 % en 2017)\n"
        "Ont un atelier\n"
        " —\n"
        "38 % (53 % des clubs de plus de 100 membres)\n"
        "Ont une piste\n"
        "12 %\n"
        "28 %\n"
    )
    rows = {(t, y): m for t, _, _, m, y in _rows(text)}
    assert ("45 %", "2023") in rows and ("38 %", "2017") in rows, rows
    assert "de plus de 100 membres" in rows[("53 %", "2023")], rows
    assert "de plus de 100 membres" not in rows[("38 %", "2023")], rows


def test_review_guards_for_stacked_tables():
    # one table whose last row lost a cell is no pair of tables side by side
    regions = (
        "Bénévoles par région\nChamp : clubs\nRégion\nHommes\nFemmes\nBretagne\n21 %\n25 %\n"
        "Normandie\n48 %\n46 %\nOccitanie\n31 %\n29 %\nCorse\n2 %\n"
    )
    cells = {regions[c.start : c.end].strip(): c for c in stacked_cells(regions).values()}
    assert cells["21 %"].header == "Hommes" and cells["25 %"].header == "Femmes", cells
    # a date alone ends the header line above it
    wrapped = "Vélo\nRégion\nPart des cyclistes en\n2022\nBretagne\n21 %\nNormandie\n48 %\nOccitanie\n31 %\n"
    cells = {wrapped[c.start : c.end].strip(): c for c in stacked_cells(wrapped).values()}
    assert cells["21 %"].header == "Part des cyclistes en 2022", cells
    # a period heading a column dates its cells with the period; a signed share is a value
    period = (
        "Clubs\nRégion\nAdhérents\nÉvolution\n2019-2022\nBretagne\n45 000\n+3 %\n"
        "Normandie\n12 000\n+5 %\nOccitanie\n31 000\n-2 %\n"
    )
    cells = {period[c.start : c.end].strip(): c for c in stacked_cells(period).values()}
    assert cells["-2 %"].year == "2019-2022", cells


def test_a_column_of_shares_of_things_counts_no_population_named_before():
    text = (
        "Les cyclistes du département ont déposé leurs avis.\n"
        "Les thèmes qui reviennent le plus\n"
        "Thème\n"
        "Part des contributions\n"
        "Pistes cyclables\n"
        "41 %\n"
        "Stationnement\n"
        "33 %\n"
        "Sécurité\n"
        "26 %\n"
        "Ce que disent les clubs\n"
        "Club\n"
        "Part des bénévoles\n"
        "Caen\n"
        "41 %\n"
        "Lisieux\n"
        "33 %\n"
        "Bayeux\n"
        "26 %\n"
    )
    rows = [(t, a) for t, _, a, _, _ in _rows(text)]
    assert rows[:3] == [("41 %", ""), ("33 %", ""), ("26 %", "")], rows
    assert rows[3][1] == "bénévoles", rows


def test_second_review_guards():
    # a year after « alors que » dates its own clause only; « plus … qu'en 2019 » compares
    rows = {
        t: y
        for t, _, _, _, y in _rows(
            "Le club a fini l'exercice avec 1 200 € en caisse, alors que l'année 2019 s'était "
            "terminée sur un déficit de 3 180 €. Le déficit atteint 4 100 €, plus élevé encore "
            "qu'en 2019.\n"
        )
    }
    assert rows["1 200 €"] == "2021" and rows["3 180 €"] == "2019", rows
    assert rows["4 100 €"] == "2021", rows
    # a row label naming what a share is about is not who answers
    rows = {
        t: a
        for t, _, a, _, _ in _rows(
            "Les cyclistes interrogés jugent prioritaires :\nJeunes en recherche d'emploi\n72 %\n"
        )
    }
    assert rows["72 %"] != "Jeunes", rows
    # running text above a labelled figure is not its label
    rows = {
        t: m
        for t, _, _, m, _ in _rows(
            "Cette année encore, nos équipes se sont\nmobilisées pour accompagner les jeunes\n"
            "du quartier vers le vélo\nTaux de réparation : 62 %\n"
        )
    }
    assert "équipes" not in rows["62 %"], rows
    # a contents page and phone numbers are no counts
    contents = (
        "Au sommaire de ce numéro :\nPartenariats locaux\n4\nClubs à l'honneur\n6\n"
        "Actions menées dans les quartiers\n9\nAnnées de coopération avec la ville\n11\n"
    )
    phones = (
        "Pour nous joindre :\nBénévoles référents du quartier\n06 12 34 56 78\n"
        "Salariés permanents de l'antenne\n01 23 45 67 89\nMécaniciens bénévoles du club\n"
        "02 31 00 00 00\n"
    )
    assert not [r for r in _rows(contents) if r[1] in ("count", "people", "years")]
    assert not [r for r in _rows(phones) if r[0].count(" ") >= 2], _rows(phones)
    # an edition date outranks the revision of a text the document cites
    assert edition_date("Guide — Édition 2024. La loi de 1901, modifiée le 2 août 2021") == "2024"
