"""The finder's second accuracy round, one behaviour per test (each fails without its rule):
counts written like years, years a figure is only compared with, periods of months, tables
without a caption line, named studies, money and duration measures."""

from __future__ import annotations

from finder_page import FinderPage

from assistant.checks.figures import figure_category
from assistant.checks.grammar import find_figures
from assistant.types import DocInfo, Page

DOC = DocInfo(source="d.pdf", title="Titre", kind="étude", date="2021-09-16")


PAGE = FinderPage(DOC)
rows, one = PAGE.rows, PAGE.one


# --- counts written with four digits are not years --------------------------------------------


def test_four_digit_count_is_a_count_not_a_year():
    row = one("Au total, plus de 2000 associations ont répondu à l'enquête.", "2000")
    assert (row.unit, row.value, row.noun.split()[0]) == ("count", 2000.0, "associations")
    assert row.year == "2021"  # the count is not read as the figure's year


def test_year_before_a_plural_noun_stays_a_year():
    assert not [
        r for r in rows("En 2020 associations et entreprises ont coopéré.") if r.text == "2020"
    ]


def test_elliptic_count_takes_the_noun_of_the_count_before():
    text = "Nombre de réponses : 2460 répondants ont rempli la première partie, et 2026 ont finalisé leur réponse."
    row = one(text, "2026")
    assert (row.unit, row.value) == ("people", 2026.0)
    first = one(text, "2460")
    assert first.year == "2021"  # « 2026 » counts people, it dates nothing


def test_answer_figure_line_counts_a_four_digit_count_as_a_figure():
    for text, category in (
        ("plus de 2000 associations", "quantity"),
        ("1 500 entreprises", "quantity"),
        ("en 2000 associations et", "date"),
        ("depuis 2015", "date"),
    ):
        (fig,) = find_figures(text)
        assert figure_category(fig, text) == category, text


# --- years -----------------------------------------------------------------------------------


def test_compared_year_does_not_date_the_figure():
    text = "Le programme a permis la collecte de 950 000 €, dépassant le montant collecté en 2017."
    assert one(text, "950 000 €").year == "2021"


def test_two_months_make_a_period():
    row = one("Projet pluriannuel : 3 ans (juin 2023-juin 2026)", "3 ans")
    assert row.year == "2023-2026"


# --- tables without a caption line -------------------------------------------------------------

UNCAPTIONED = (
    "Au final, l'objectif de valoriser plus de la moitié des déchets est atteint :\n"
    "Filières de traitement des déchets 2018 2017 2016\n"
    "Recyclage et valorisation 57% 59% 58%\n"
    "Enfouissement 18% 13% 18%\n"
)


def test_uncaptioned_table_row_takes_its_column_year_and_labels():
    page = rows(UNCAPTIONED)
    by_text = {(r.text, r.measure.split(" — ")[0]): r for r in page}
    row = by_text["59%", "Recyclage et valorisation"]
    assert (row.year, row.year_source) == ("2017", "tableau")
    assert row.measure == "Recyclage et valorisation — Filières de traitement des déchets"
    assert by_text["13%", "Enfouissement"].year == "2017"
    assert by_text["57%", "Recyclage et valorisation"].year == "2018"


def test_uncaptioned_table_row_label_names_its_population():
    text = "Part des répondants 2015 2020\nMaires 62 % 77 %\nDirigeants 40 % 52 %\n"
    assert [(r.actor, r.year) for r in rows(text) if r.text == "77 %"] == [("Maires", "2020")]


def test_cell_dated_by_the_next_cell_of_its_row():
    text = (
        "Tableau 2 – Les volets du programme\nVolet\nPublication\n"
        "Volet citoyens\nseptembre 2015\n13 rapports régionaux\n2016\nVolet institutions\nautomne 2016\n"
    )
    row = one(text, "13")
    assert (row.year, row.year_source) == ("2016", "tableau")


def test_fieldwork_of_another_named_study_does_not_date_the_document():
    from assistant.finder.extract import extract_figures

    doc = DocInfo(
        source="d.pdf", title="IMPACT – Associations & Territoires", kind="étude", date="2021-09-16"
    )
    pages = [
        Page(
            1, "1", "Selon les résultats, 89 % des associations employeuses ont des partenariats."
        ),
        Page(
            2,
            "2",
            "L'étude IMPACT-Elus locaux, réalisée par un institut en novembre 2020, confirme l'ouverture des élus.",
        ),
    ]
    (row,) = [r for r in extract_figures(doc, pages) if r.text == "89 %"]
    assert (row.year, row.year_source) == ("2021", "document")
    own = DocInfo(source="d.pdf", title="IMPACT – Elus locaux", kind="étude", date="2021-09-16")
    (row,) = [r for r in extract_figures(own, pages) if r.text == "89 %"]
    assert row.year == "2020"  # the document's own study: its fieldwork dates its figures


# --- what money, durations and marks measure ---------------------------------------------------


def test_allocated_amount_measures_its_destination():
    text = "En France, EDF consacre 100,2 millions d'euros, soit 20 % de son budget R&D à la protection de l'environnement."
    measure = one(text, "100,2 millions d'euros").measure
    assert "consacre" in measure and "protection de l'environnement" in measure, measure


def test_amount_with_a_vague_clause_takes_the_main_clause():
    text = (
        "En 2018, le Groupe a finalisé l'acquisition de Direct Énergie, un fournisseur "
        "d'électricité français, pour un montant proche de 2 milliards d'euros."
    )
    measure = one(text, "2 milliards d'euros").measure
    assert "acquisition de Direct Énergie" in measure and "fournisseur" not in measure, measure


def test_amount_duration_and_mark_say_what_they_are():
    assert one("Les participants ont reçu 300 € chacun.", "300 €").measure.startswith("montant")
    mark = one(
        "Vient ensuite la sécurité, notée 7/10, devant le pouvoir d'achat (6,6/10).", "6,6/10"
    )
    assert mark.measure.startswith("note") and "pouvoir d'achat" in mark.measure
    duration = one("Projet pluriannuel : 3 ans (juin 2023-juin 2026)", "3 ans")
    assert duration.measure == "durée : Projet pluriannuel"
    # a measure that already names the money keeps its words
    assert one("Il dispose d'une dotation de 1,5 M€.", "1,5 M€").measure.startswith("dispose")


def test_count_measure_reads_past_a_line_break():
    text = "Elle s'intéresse aux fondations : 42\nfondations, présentes sur tout le territoire, ont été interrogées."
    assert one(text, "42").measure.startswith("nombre de fondations présentes"), one(
        text, "42"
    ).measure


# --- the named thing a sentence points at ------------------------------------------------------

FUND = (
    "Co-créé en 2020 par Le RAMEAU et la Fondation TotalEnergies, le Fonds ODD 17 soutient "
    "l'ingénierie d'alliance. Il dispose d'une dotation de 1,5 M€ pour une expérimentation sur 3 ans."
)


def test_pronoun_subject_brings_the_name_of_the_subject_before():
    assert one(FUND, "1,5 M€").measure.endswith("(Fonds ODD 17)")
    assert one(FUND, "3 ans").measure.endswith("(Fonds ODD 17)")


def test_kind_noun_points_at_the_name_of_that_kind():
    text = (
        "TOTAL a contribué à lancer l'Oil & Gas Climate Initiative (OGCI), un partenariat global. "
        "Cette initiative regroupe 13 grands acteurs de l'énergie."
    )
    assert "Oil & Gas Climate Initiative" in one(text, "13").measure


def test_possessive_points_at_the_subject_of_the_paragraph():
    text = (
        "Mise en place depuis octobre 2020, l'allocation journalière du proche aidant (AJPA) "
        "s'adresse aux aidants. Elle est versée par les caisses d'allocations familiales (CAF). "
        "Son montant est de 44 euros par jour."
    )
    assert "allocation journalière du proche aidant (AJPA)" in one(text, "44 euros").measure


def test_count_of_respondents_names_its_study():
    text = (
        "Premier volet du programme, l'étude PHARE-Citoyens a été publiée en septembre 2015.\n"
        "Une enquête nationale\nPlus de 2 000 personnes ont été interrogées."
    )
    assert one(text, "2 000").measure == "nombre de personnes interrogées (PHARE-Citoyens)"


def test_sentence_naming_its_own_subject_gets_no_name():
    text = (
        "Le Fonds ODD 17 est né. En 2018, 5 millions d'euros ont été investis dans des programmes."
    )
    assert "ODD" not in one(text, "5 millions d'euros").measure


def test_undated_document_takes_the_first_date_printed_at_its_start():
    from assistant.finder.extract import extract_figures

    pages = [
        Page(1, "1", "REACH, EN BREF"),
        Page(2, "2", "Projet pluriannuel : 3 ans (juin 2023-juin 2026)\nBudget total : 1,638M€\n"),
    ]
    undated = DocInfo(source="p.pdf", title="Présentation", kind="autre", date="")
    (row,) = [r for r in extract_figures(undated, pages) if r.unit == "€"]
    assert (row.year, row.year_source) == ("2023-2026", "document")
    dated = DocInfo(source="p.pdf", title="Présentation", kind="autre", date="2024-01-10")
    (row,) = [r for r in extract_figures(dated, pages) if r.unit == "€"]
    assert row.year == "2024"  # a publication date wins over a period printed inside


def test_answer_figure_line_reads_a_four_digit_count_as_a_figure():
    from assistant.checks.citations import check_figures
    from assistant.checks.summary import verified_summary

    page = "Plus de 2000 associations ont répondu en 2021."
    checks = check_figures("Plus de 2000 associations ont répondu en 2021 [1].", {1: page})
    assert [(c.text, c.category) for c in checks] == [("2000", "quantity"), ("2021", "date")]
    assert verified_summary((c.category, c.verified) for c in checks) == "1 chiffre vérifié, 1 date"


def test_a_cette_date_takes_the_date_of_the_sentence_before():
    text = (
        "Une note de réflexion, datée du 29 février 2016, faisait le point. "
        "À cette date, 37 % des entreprises réalisaient des partenariats."
    )
    row = one(text, "37 %")
    assert (row.year, row.year_source) == ("2016", "phrase")
    plain = one(
        "Une réunion tenue le 29 février 2016 a fait le point. 37 % des entreprises agissent.",
        "37 %",
    )
    # without « À cette date », the document's date (a note « datée du … » is a publication:
    # it dates its section, see test_finder_accuracy5)
    assert plain.year == "2021"
