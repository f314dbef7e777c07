"""Session 52, figures table: which date a document and its undated figures take (an event's
synthesis or an opinion column is not dated by a survey it quotes; a first page's head date
outranks an older publication the body reports). Every example is invented."""

from __future__ import annotations

from assistant.finder.extract import extract_figures
from assistant.ingest.catalogue import publication_date
from assistant.types import DocInfo, Page

QUOTED_SURVEY = (
    "Les clubs de la vallée ont réuni 180 cyclistes samedi.\n",
    "Parmi eux, 64 % des licenciés interrogés lors de l'enquête conduite à l'automne 2023 "
    "disaient rouler chaque semaine.\n",
)


def _years(title: str) -> dict[str, str]:
    doc = DocInfo(source="vallee.pdf", title=title, kind="note", date="2024")
    pages = [Page(i + 1, str(i + 1), text) for i, text in enumerate(QUOTED_SURVEY)]
    return {r.text.strip(): r.year for r in extract_figures(doc, pages)}


def test_an_events_synthesis_is_not_dated_by_the_survey_it_quotes() -> None:
    # rule `reporting_title`: the day's own count is the document's year, the survey's share
    # keeps its own year
    years = _years("Synthèse des Rencontres des clubs de la vallée")
    assert years["180"] == "2024"
    assert years["64 %"] == "2023"


def test_a_survey_report_is_still_dated_by_its_fieldwork() -> None:
    # the same pages in a document that is not an event's or an opinion's: the fieldwork
    # statement dates the whole document (as before)
    years = _years("Les cyclistes de la vallée")
    assert years["180"] == "2023"


def test_a_head_date_outranks_an_older_publication_the_body_reports() -> None:
    page = (
        "Cahier des clubs n° 3 · novembre 2025\n"
        "Chapitre 2 – Les clubs selon leur taille\n"
        "Ce chapitre reprend l'enquête « Clubs & Territoires », conduite en mai 2016 et "
        "publiée en mars 2017.\n"
    )
    assert publication_date(page, "", "cahier.pdf") == "2025-11"


def test_a_head_edition_statement_still_wins() -> None:
    page = (
        "Synthèse de la journée du 4 décembre 2025 · publiée en janvier 2026\n"
        "La journée a réuni 180 cyclistes.\n"
    )
    assert publication_date(page, "", "journee.pdf") == "2026-01"


def test_a_print_stamp_is_not_the_publication_date() -> None:
    # a saved web page starts with when it was printed; the publication stated below wins
    page = (
        "14/03/2025 09:38\n"
        "Les clubs de la vallée – Le site des clubs\n"
        "Étude publiée en mai 2019 auprès de 300 clubs.\n"
    )
    assert publication_date(page, "", "page-web.pdf") == "2019-05"


BUDGET_CLASSES = (
    "Tableau 2 – Associations sportives ayant au moins un partenariat, selon le budget\n"
    "annuel (en %)\n"
    "Budget annuel de l'association\n"
    " Avec une\n"
    "entreprise\n"
    " Avec une\n"
    "commune\n"
    "Moins de 10 000 €\n"
    " 22 %\n"
    " 61 %\n"
    "De 10 000 à 50 000 €\n"
    " 31 %\n"
    " 70 %\n"
    "Ensemble\n"
    " 27 %\n"
    " 66 %\n"
)


def _table_rows() -> list[tuple[str, str, str]]:
    doc = DocInfo(
        source="budgets.pdf", title="Les associations sportives", kind="note", date="2025"
    )
    rows = extract_figures(doc, [Page(1, "1", BUDGET_CLASSES)])
    return [(r.text.strip(), r.unit, r.actor) for r in rows]


def test_a_column_of_partners_counts_the_population_of_the_title() -> None:
    # rule `partner_columns`: « Avec une entreprise » says with whom, the cells count the
    # associations the title names
    actors = {text: actor for text, unit, actor in _table_rows() if unit == "%"}
    assert set(actors) == {"22 %", "61 %", "31 %", "70 %", "27 %", "66 %"}
    assert all(actor.startswith("association") for actor in actors.values())


def test_budget_classes_heading_rows_are_no_amounts() -> None:
    # rule `class_lines` for amounts: « Moins de 10 000 € » / « De 10 000 à 50 000 € » are
    # the rows' classes, not amounts
    assert [t for t, unit, _ in _table_rows() if unit == "€"] == []


def test_an_amount_alone_is_still_an_amount() -> None:
    doc = DocInfo(
        source="budgets.pdf", title="Les associations sportives", kind="note", date="2025"
    )
    page = "Le club a reçu 10 000 € de la commune.\nPlus de 50 000 €\nde dons collectés\n"
    amounts = [r.value for r in extract_figures(doc, [Page(1, "1", page)]) if r.unit == "€"]
    assert amounts == [10000, 50000]


VOTE = (
    "Résultats du vote (en % des votants)\n"
    "Réponse\n"
    " Ensemble\n"
    " Associations\n"
    " Entreprises\n"
    " Collectivités\n"
    "Pour\n"
    " 71 %\n"
    " 78 %\n"
    " 62 %\n"
    " 69 %\n"
    "Contre\n"
    " 18 %\n"
    " 12 %\n"
    " 27 %\n"
    " 20 %\n"
    "Les clubs ont ensuite rejoint la salle.\n"
)


def test_a_table_of_two_wide_rows_reads_its_columns() -> None:
    # rule `two_row_tables`: two rows of four values under four column headers are a table,
    # each cell counts its column's population
    doc = DocInfo(source="vote.pdf", title="Les clubs de la vallée", kind="note", date="2025")
    rows = {(r.text.strip(), r.actor) for r in extract_figures(doc, [Page(1, "1", VOTE)])}
    assert ("62 %", "Entreprises") in rows
    assert ("20 %", "Collectivités") in rows


ANNUAL = (
    "Indicateurs annuels des clubs\n"
    " 2021\n"
    " 2022\n"
    " 2023\n"
    "Clubs accompagnés\n"
    " 58\n"
    " 121\n"
    " 186\n"
    "Bénévoles mobilisés\n"
    " 1 350\n"
    " 2 480\n"
    " 3 900\n"
    "Sorties organisées\n"
    " 40\n"
    " 52\n"
    " 75\n"
    "Le nombre de clubs est cumulé depuis le lancement.\n"
)


def test_bare_counts_under_year_columns_count_their_row() -> None:
    # rule `label_counts` under date headers: « 2021 / 2022 / 2023 » say when, the row label
    # says what is counted
    doc = DocInfo(source="annuel.pdf", title="Les clubs de la vallée", kind="note", date="2024")
    rows = {(r.text.strip(), r.unit, r.year) for r in extract_figures(doc, [Page(1, "1", ANNUAL)])}
    assert ("121", "count", "2022") in rows
    assert ("3 900", "people", "2023") in rows


def _found(page: str) -> set[tuple[str, float, str]]:
    doc = DocInfo(source="entretien.pdf", title="Entretien avec un club", kind="note", date="2025")
    return {(r.text.strip(), r.value, r.unit) for r in extract_figures(doc, [Page(1, "1", page)])}


def test_an_approximate_count_after_the_pronoun_en() -> None:
    # rule `approximate_en`: the pronoun stands for what is counted; « En effet une dizaine »
    # has no subject before « en »
    found = _found(
        "Au début, le club suivait une quinzaine de sorties par an. Aujourd'hui on en suit "
        "une soixantaine. Nous en avons accompagné une trentaine dans la vallée.\n"
    )
    assert ("une soixantaine", 60, "count") in found
    assert ("une trentaine", 30, "count") in found
    assert not any(t == "une dizaine" for t, _, _ in _found("En effet une dizaine.\n"))


def test_a_range_of_number_words_is_one_figure_from_its_lower_bound() -> None:
    # rule `word_ranges`
    found = _found(
        "Le reste part sur cinq ou six gros programmes. Le club travaille avec deux ou trois "
        "entreprises. Il faut deux à trois ans pour voir les effets.\n"
    )
    assert ("cinq ou six", 5, "count") in found
    assert ("deux ou trois", 2, "count") in found
    assert ("deux à trois ans", 2, "years") in found


INFOGRAPHIC = (
    "Les clubs en chiffres\n"
    "98 %\n"
    "des clubs ont\n"
    "au moins un partenaire\n"
    "1\n"
    "2,5\n"
    "partenaires en moyenne\n"
    " par club\n"
    "2\n"
    "42\n"
    "communes interrogées\n"
    " par l'enquête\n"
    "2\n"
    "350\n"
    "bénévoles formés\n"
    " depuis le début\n"
    "3\n"
    "Sources : 1. Enquête des clubs, mai 2019. 2. Enquête des communes, juin 2021.\n"
    "3. Rapport d'activité 2024.\n"
)


def test_an_infographics_source_calls_are_no_figures() -> None:
    # rule `source_calls`: « 1 », « 2 », « 3 » under the captions call the numbered sources
    found = _found(INFOGRAPHIC)
    assert {t for t, _, _ in found} == {"98 %", "2,5", "42", "350"}
    assert ("350", 350, "people") in found


RANKING = (
    "Classement des vallées\n"
    "Rang\n"
    "Vallée\n"
    "Part des clubs\n"
    "(en %)\n"
    "1re\n"
    "Haute vallée\n"
    " 94\n"
    "2e\n"
    "Basse vallée\n"
    " 88\n"
    "3e\n"
    "Plateau\n"
    " 81\n"
    "–\n"
    "Ensemble du département\n"
    " 86\n"
    "Les écarts restent faibles.\n"
)


def test_a_ranking_read_one_cell_per_line_skips_its_ranks() -> None:
    # rule `rank_column`: « 1re », « 2e », « – » stand before each row's label
    found = _found(RANKING)
    assert {(t, v, u) for t, v, u in found if u == "%"} == {
        ("94", 94, "%"),
        ("88", 88, "%"),
        ("81", 81, "%"),
        ("86", 86, "%"),
    }


def test_a_tile_takes_the_year_of_the_source_it_calls() -> None:
    # rule `call_years`
    doc = DocInfo(source="infographie.pdf", title="Les clubs en chiffres", kind="note", date="2025")
    years = {r.text.strip(): r.year for r in extract_figures(doc, [Page(1, "1", INFOGRAPHIC)])}
    assert years["98 %"] == "2019"
    assert years["2,5"] == "2021"
    assert years["350"] == "2024"


# --- review (a helper read the code and the diff, with its own invented inputs) -------------


def test_review_a_survey_column_auprès_des_counts_its_population() -> None:
    page = (
        "Tableau 4 – Accord avec la proposition (en %)\n"
        "Réponse\n"
        " Enquête auprès\n"
        "des associations\n"
        " Enquête auprès\n"
        "des maires\n"
        "Tout à fait d'accord\n"
        " 22 %\n"
        " 11 %\n"
        "Plutôt d'accord\n"
        " 41 %\n"
        " 38 %\n"
        "Pas d'accord\n"
        " 37 %\n"
        " 51 %\n"
    )
    doc = DocInfo(source="accord.pdf", title="Les clubs", kind="note", date="2025")
    actors = {r.text.strip(): r.actor for r in extract_figures(doc, [Page(1, "1", page)])}
    assert actors["22 %"] == "associations" and actors["11 %"] == "maires"


def test_review_a_change_or_a_range_of_hundreds_in_words_is_no_word_range() -> None:
    found = _found(
        "Le club est passé de trois à sept entreprises partenaires. Deux ou trois cents "
        "bénévoles sont venus.\n"
    )
    assert ("sept", 7, "count") in found
    assert not any(t == "trois à sept" or t.startswith("Deux ou trois") for t, _, _ in found)


def test_review_key_figures_of_amounts_stay_amounts() -> None:
    found = _found("Mécénat financier\nPlus de 120 000 €\nMécénat en nature\nPlus de 45 000 €\n")
    assert {v for _, v, u in found if u == "€"} == {120000, 45000}


def test_review_a_tile_value_under_a_caption_is_no_source_call() -> None:
    page = (
        "Les clubs en chiffres\n"
        "48\n"
        "associations accompagnées\n"
        "3\n"
        "fondations partenaires\n"
        "12\n"
        "communes engagées\n"
        "Sources : 1. Enquête des clubs, 2019. 2. Enquête des communes, 2021. 3. Rapport 2024.\n"
    )
    assert {t for t, _, _ in _found(page)} == {"48", "3", "12"}


def test_review_a_dated_line_of_the_head_is_no_issue_date() -> None:
    page = (
        "Appel à candidatures\n"
        "Candidatures jusqu'au 31 janvier 2026\n"
        "Publié le 15 octobre 2025\n"
        "Le fonds soutient 12 clubs.\n"
    )
    assert publication_date(page, "", "appel.pdf") == "2025-10-15"


def test_review_the_eve_of_an_election_is_no_event_title() -> None:
    # « à la veille des municipales » is no news watch: the fieldwork dates the document
    doc = DocInfo(
        source="barometre.pdf",
        title="Baromètre des clubs à la veille des municipales",
        kind="note",
        date="2025",
    )
    pages = [Page(i + 1, str(i + 1), text) for i, text in enumerate(QUOTED_SURVEY)]
    assert {r.text.strip(): r.year for r in extract_figures(doc, pages)}["180"] == "2023"


def test_review_more_forms_of_en_and_no_span_of_time() -> None:
    found = _found("Il y en a une trentaine. J'en ai rencontré une vingtaine.\n")
    assert ("une trentaine", 30, "count") in found and ("une vingtaine", 20, "count") in found
    assert not _found("Nous en reparlerons dans une quinzaine.\n")


def test_review_ranks_written_1ère_2ème() -> None:
    page = RANKING.replace("1re\n", "1ère\n").replace("2e\n", "2ème\n").replace("3e\n", "3ème\n")
    assert {t for t, _, u in _found(page) if u == "%"} == {"94", "88", "81", "86"}


def test_a_total_row_of_shares_is_dropped_only_when_it_sums_the_column() -> None:
    page = (
        "Tableau 5 – Clubs selon leur partenaire (en %)\n"
        "Type de club Avec une entreprise Avec une commune\n"
        "Clubs ruraux 22 61\n"
        "Clubs urbains 31 70\n"
        "Ensemble 27 66\n"
        "Total 100 100\n"
    )
    values = [v for _, v, u in _found(page) if u == "%"]
    assert 27 in values and 66 in values and 100 not in values
