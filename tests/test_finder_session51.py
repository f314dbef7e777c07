"""Session 51, figures table: dashboards read one cell per line (more value columns, trend
marks, years named from N, « Évol. N/N-1 » dated with the two years it compares, a first row
label wrapped in lower case, rows whose label qualifies a population). Every example is
invented."""

from __future__ import annotations

from assistant.finder.extract import extract_figures
from assistant.types import DocInfo, Page

NOTE = DocInfo(source="tableau.pdf", title="Les clubs de vélo", kind="note", date="2025")


def _rows(text: str) -> list[tuple[str, float, str, str, str, str]]:
    rows = extract_figures(NOTE, [Page(1, "1", text)])
    return [(r.text.strip(), r.value, r.unit, r.actor, r.measure, r.year) for r in rows]


DASHBOARD = (
    "B. Les clubs et leurs partenaires\n"
    "Base : clubs affiliés, environ 9 000 structures.\n"
    "Indicateur\n"
    "Cible 2027\n"
    "N-2 (2021)\n"
    "N-1 (2022)\n"
    "N (2023)\n"
    "Évol. N/N-1\n"
    "(pts)\n"
    "Évol. N/N-1 (%)\n"
    "Tendance\n"
    "Habitants pour qui le club est un lieu\n"
    "d'apprentissage\n"
    "70 %\n"
    "61 %\n"
    "62 %\n"
    "64 %\n"
    "+2\n"
    "+3,2 %\n"
    "▲\n"
    "Note de confiance dans les élus (sur 10)\n"
    "6,5\n"
    "6,1\n"
    "6,3\n"
    "6,2\n"
    "−0,1\n"
    "−1,6 %\n"
    "▼\n"
    "Bénévoles engagés dans un second club\n"
    "30 %\n"
    "21 %\n"
    "24 %\n"
    "23 %\n"
    "−1\n"
    "−4,2 %\n"
    "▼\n"
    "Ce qui progresse. Les cyclistes apprennent davantage au club.\n"
)


def test_a_dashboard_reads_every_column_with_its_year() -> None:
    rows = _rows(DASHBOARD)
    by_text = {}
    for text, value, unit, actor, measure, year in rows:
        by_text.setdefault(text, []).append((value, unit, actor, measure, year))
    # the target column is dated with its target year, each year column with its own
    assert by_text["70 %"][0][4] == "2027"
    assert by_text["61 %"][0][4] == "2021"
    assert by_text["64 %"][0][4] == "2023"
    # seven value lines per row: the change columns are read, dated with the years compared
    assert by_text["+2"][0][:2] == (2.0, "pts") and by_text["+2"][0][4] == "2022-2023"
    assert by_text["+3,2 %"][0][4] == "2022-2023"
    assert by_text["−1"][0][:2] == (-1.0, "pts")
    # a mark's change under a points column is in points, with its sign
    assert by_text["−0,1"][0][:2] == (-0.1, "pts")
    assert by_text["−1,6 %"][0][0] == -1.6


def test_a_first_label_wrapped_in_lower_case_is_one_row() -> None:
    rows = _rows(DASHBOARD)
    first = next(r for r in rows if r[0] == "61 %")
    assert "pour qui le club est un lieu d'apprentissage" in first[4]
    assert "Tendance" not in first[4]


def test_a_label_qualifying_a_population_gives_its_row_that_population() -> None:
    rows = _rows(DASHBOARD)
    # « Habitants pour qui … » counts residents and « Bénévoles engagés … » volunteers, though
    # the « Note de confiance » row names no population
    assert next(r for r in rows if r[0] == "61 %")[3].lower() == "habitants"
    assert next(r for r in rows if r[0] == "21 %")[3].lower() == "bénévoles"
    assert next(r for r in rows if r[0] == "61 %")[4].startswith("part des habitants pour qui")


def test_a_sign_glued_to_a_share_is_read() -> None:
    from assistant.finder.detect import detect

    assert next((f.text, f.value) for f in detect("Dons : −40 % sur un an.")) == ("−40 %", -40.0)
    assert [(f.text, f.value) for f in detect("une hausse (+5 %) des dons")] == [("+5 %", 5.0)]
    # a range's dash is no sign
    assert [f.value for f in detect("entre 20-40 % des dons")] == [40.0]


TIMELINE = (
    "Dix ans de vélo\n"
    "Avant de parcourir la décennie, un rappel : les enquêtes citées sont souvent rééditées.\n"
    "2012\n"
    "Rapport quinquennal des clubs : 84 % des habitants jugent urgent de développer les\n"
    "pistes, contre 80 % lors de la première édition en 2008.\n"
    "Près de 46 % des associations déclarent un partenariat avec un club.\n"
    "2015\n"
    "Enquête nationale (septembre) : 69 % des habitants reconnaissent un « droit au vélo ».\n"
    "Plus de 2 000 personnes interrogées.\n"
    "2017\n"
    "Étude des clubs (mars) : 2,5 partenaires en moyenne par association ; les communes sont\n"
    "citées par 74 % des responsables.\n"
    "Une même question, deux éditions\n"
    "Les habitants répondent oui à 80 % puis à 84 % : l'écart est de 4 points seulement.\n"
)


def test_years_in_the_margin_date_their_whole_entry() -> None:
    rows: dict[str, tuple[str, float, str, str, str, str]] = {}
    for r in _rows(TIMELINE):
        rows.setdefault(r[0], r)  # the first of each
    # a line of running text inside an entry does not end it
    assert rows["46 %"][5] == "2012"
    assert rows["2 000"][5] == "2015"
    assert rows["74 %"][5] == "2017"
    # an entry's own date wins, and a heading ends the last entry
    assert rows["80 %"][5] == "2008"
    assert rows["4 points"][5] != "2017"


def test_a_sheet_field_s_period_dates_the_page_s_figures() -> None:
    sheet = (
        "Fiche 2 — Le vélo-école du quartier\n"
        "Partenaires\n"
        "Le club et la commune\n"
        "Durée\n"
        "2 ans d'expérimentation (2021-2023)\n"
        "Résultats\n"
        "Le club a formé 180 enfants ; 64 % des parents jugent la démarche utile.\n"
    )
    rows = {r[0]: r for r in _rows(sheet)}
    assert rows["180"][5] == "2021-2023"
    assert rows["64 %"][5] == "2021-2023"
    # a sentence about a duration is no field
    prose = sheet.replace("Durée\n2 ans", "Durée moyenne des projets : 2 ans")
    assert {r[0]: r for r in _rows(prose)}["180"][5] == "2025"


def test_the_publication_date_is_not_a_cited_work_s() -> None:
    from assistant.ingest.catalogue import publication_date

    page = (
        "1 Étude des clubs, publiée en janvier 2011.\n"
        "Les clubs vus des territoires\n"
        "Note de synthèse n° 7 — décembre 2024\n"
    )
    # a footnote pypdf reads first cites another work
    assert publication_date(page, "", "note.pdf") == "2024-12"
    timeline = (
        "Chronologie établie en janvier 2025\n"
        "84 % des habitants, contre 86 % lors de la première édition en 2008.\n"
    )
    # the first edition of a survey it reports is not the document's edition
    assert publication_date(timeline, "", "frise.pdf") == "2025-01"
    assert publication_date("Édition 2018 — les clubs\n", "", "x.pdf") == "2018"


def test_a_study_named_after_its_population_gives_its_shares_that_population() -> None:
    text = (
        "Les clubs de vélo\n"
        "Les associations sportives comptent sur les communes.\n"
        "Selon l'enquête CYCLO-Maires, 72 % jugent les pistes sûres.\n"
        "Dans CYCLO-Citoyens, la note de la sécurité atteint 6,4 sur 10.\n"
        "Selon CYCLO-Maires, 40 % des associations sportives ont un local.\n"
    )
    rows = {r[0]: r for r in _rows(text)}
    assert rows["72 %"][3] == "maires"
    # « Citoyens » in a study's name are the Français its category names
    assert rows["6,4 sur 10"][3] == "Français"
    # a population printed in the sentence stays
    assert rows["40 %"][3] == "associations"


SIZE_TABLE = (
    "Les résultats sont présentés selon trois classes : les TPE (moins de 10 salariés), les PME\n"
    "(de 10 à 249 salariés) et les grandes entreprises (250 salariés et plus).\n"
    "Tableau 3 – Part des entreprises ayant un club de vélo, selon la taille\n"
    "(en %)\n"
    "Classe de taille\n"
    "2015\n"
    "2019\n"
    "2023\n"
    "TPE (moins de 10 salariés)\n"
    "24\n"
    "27\n"
    "31\n"
    "PME (10 à 249 salariés)\n"
    "35\n"
    "39\n"
    "43\n"
    "Grandes entreprises (250 et plus)\n"
    "52\n"
    "57\n"
    "61\n"
)


def test_a_size_class_in_brackets_is_no_figure() -> None:
    texts = [r[0] for r in _rows(SIZE_TABLE)]
    # « (moins de 10 salariés) », « (de 10 à 249 salariés) », « (250 et plus) » bound classes
    assert "10" not in texts and "249" not in texts and "250" not in texts
    from assistant.finder.detect import detect

    # a count in brackets that is no class still counts
    assert [f.value for f in detect("une enquête (plus de 2 000 personnes) menée en mai")] == [
        2000.0
    ]


def test_a_year_column_table_keeps_its_title_in_the_measure() -> None:
    row = next(r for r in _rows(SIZE_TABLE) if r[0] == "27")
    assert row[5] == "2019"
    assert "ayant un club de vélo" in row[4]


def test_a_column_headed_by_a_population_counts_it_and_a_title_span_dates_the_cells() -> None:
    text = (
        "Tableau 1 – Les clubs par région, évolution entre 2018 et 2020\n"
        "Région\n"
        "Associations répondantes\n"
        "Budget médian (k€)\n"
        "Bretagne\n"
        "97\n"
        "410\n"
        "Normandie\n"
        "41\n"
        "185\n"
        "Occitanie\n"
        "29\n"
        "120\n"
    )
    rows = {r[0]: r for r in _rows(text)}
    assert rows["97"][1:3] == (97.0, "count")
    assert rows["410"][1:3] == (410000.0, "€")
    assert rows["97"][5] == "2018-2020"


def test_a_threshold_s_noun_is_not_the_population_counted() -> None:
    rows = _rows(
        "Les entreprises normandes de 10 salariés et plus sont 43 % à soutenir un club.\n"
        "Plus de 2 000 habitants ont répondu : 41 % roulent chaque semaine.\n"
    )
    got = {r[0]: r for r in rows}
    assert "10" not in got  # the threshold of « entreprises normandes »
    assert got["43 %"][3] == "entreprises"
    assert got["2 000"][3] == "habitants"


def test_a_speaker_s_dated_study_does_not_date_the_next_turns() -> None:
    text = (
        "Marc Olivier. — L'enquête a été publiée en mars 2017. Les chiffres sont de 50 %, oui.\n"
        "Claire Dumont. — Dernière question : dans dix ans, on en est où ?\n"
        "Karim Benali. — J'espère qu'une dizaine de clubs par commune travailleront ensemble.\n"
        "Sophie Lefèvre. — Dans la même enquête, 20 % des associations sportives avaient un club.\n"
    )
    rows = {r[0]: r for r in _rows(text)}
    assert rows["50 %"][5] == "2017"
    assert rows["une dizaine"][5] == "2025"  # the document's year, not the study's
    assert rows["20 %"][5] == "2017"  # « la même enquête » goes back to it


# --- review fixes: each guards a reading the first version of a rule got wrong ---------------


def test_review_a_plain_de_n_is_a_count_not_a_threshold() -> None:
    rows = _rows(
        "L'enquête a interrogé les maires de 1 200 communes rurales. Parmi elles, 45 % "
        "disposent d'un club de vélo.\n"
    )
    assert {r[0]: r[3] for r in rows}["45 %"] == "communes"


def test_review_a_bracketed_range_without_population_counts() -> None:
    texts = [r[0] for r in _rows("Les licenciés ont progressé (de 1 200 à 1 500 licenciés).\n")]
    assert "1 200" in texts and "1 500" in texts


def test_review_a_list_dash_before_a_share_is_no_minus() -> None:
    from assistant.finder.detect import detect

    found = detect("Chiffres clés du club\n-35 % des adhérents sont des femmes ;\nÉvol.\n-4 %\n")
    assert [(f.text, f.value) for f in found] == [("35 %", 35.0), ("-4 %", -4.0)]


def test_review_cover_dates_and_other_editions() -> None:
    from assistant.ingest.catalogue import publication_date

    assert publication_date("Rapport annuel du club\n12 DÉCEMBRE 2023\n", "", "x.pdf") == (
        "2023-12-12"
    )
    page = "Baromètre des clubs — janvier 2025\n80 % lors de la seconde édition en 2012.\n"
    assert publication_date(page, "", "x.pdf") == "2025-01"
    page = "Baromètre des clubs — janvier 2025\n80 % lors de la 4e édition en 2016.\n"
    assert publication_date(page, "", "x.pdf") == "2025-01"


def _table(title: str, column: str) -> str:
    return f"{title}\nRégion\n{column}\nBretagne\n6\nNormandie\n4\nOccitanie\n5\n"


def test_review_a_title_s_period_counts_only_as_its_first_date() -> None:
    compared = _table(
        "Tableau 4 – Adhérents des clubs en 2023, comparés à la moyenne 2015-2019",
        "Adhérents (nombre)",
    )
    assert {r[5] for r in _rows(compared)} == {"2023"}
    spanned = _table("Tableau 1 – Entre 2018 et 2020, les clubs par région", "Adhérents (nombre)")
    assert {r[5] for r in _rows(spanned)} == {"2018-2020"}


def test_review_a_population_column_alone_is_no_count() -> None:
    seniority = _table("Tableau 2 – Ancienneté moyenne dans le club, selon la région", "Bénévoles")
    assert not [r for r in _rows(seniority) if r[2] == "count"]


def test_review_a_programme_s_name_is_no_study() -> None:
    rows = _rows("Grâce au dispositif PASS-Jeunes, 30 % des licences sont gratuites.\n")
    assert rows[0][3] == ""


def test_review_the_last_margin_entry_ends_where_the_entries_did() -> None:
    text = (
        "Dix ans de vélo\n"
        "Un rappel : les enquêtes citées sont souvent rééditées.\n"
        "2015\n"
        "Création du club : 40 adhérents la première année, et une subvention communale de 2 000 €.\n"
        "2018\n"
        "Le club ouvre une école : 25 enfants inscrits dès la rentrée et un second local.\n"
        "2021\n"
        "Le club reçoit le label régional : 90 adhérents et 12 bénévoles réguliers.\n"
        "Aujourd'hui, le club réunit 320 adhérents, dont 40 % de femmes, et 60 sorties par an.\n"
    )
    years = {r[0]: r[5] for r in _rows(text)}
    assert years["90"] == "2021"
    assert years["320"] == "2025"


def test_a_year_column_table_of_headcounts_counts_each_population() -> None:
    text = (
        "Le baromètre interroge les habitants et les maires à chaque vague.\n"
        "Tableau 2 – Effectifs interrogés à chaque vague\n"
        "Population 2014 2017 2020\n"
        "Habitants 1 006 2 003 2 012\n"
        "Maires 401 455 502\n"
        "Les échantillons sont représentatifs de chaque population.\n"
    )
    rows = {r[0]: r for r in _rows(text)}
    assert rows["2 003"][1:4] == (2003.0, "people", "Habitants")
    assert rows["455"][5] == "2017"
    assert "Effectifs interrogés" in rows["455"][4]


def test_an_age_class_after_a_population_is_no_duration() -> None:
    texts = [r[0] for r in _rows("Les habitants (18 ans et plus) roulent : 41 % chaque semaine.\n")]
    assert "18 ans" not in texts
    kept = [r[0] for r in _rows("Les données se gardent sur le moyen terme (10 ans et plus).\n")]
    assert "10 ans" in kept


def test_a_header_of_populations_gives_each_column_its_own() -> None:
    text = (
        "Les clubs ne sont pas seuls à croire au vélo.\n"
        "Tableau 1 – Opinions sur le vélo, par type d'acteur (en %)\n"
        "Habitants Dirigeants Associations Maires\n"
        "Le vélo est un devoir 69 % 81 % 86 % 87 %\n"
        "Connaissent une piste cyclable près de chez eux 45 % 52 % 71 % 83 %\n"
        "Lecture : 87 % des maires considèrent que le vélo est un devoir.\n"
    )
    actors = {r[0]: r[3].lower() for r in _rows(text)}
    assert actors["69 %"] == "habitants" and actors["81 %"] == "dirigeants"
    assert actors["45 %"] == "habitants" and actors["83 %"] == "maires"


def test_a_share_column_s_header_gives_the_population() -> None:
    text = (
        "Les petites communes manquent de temps.\n"
        "Tableau 8 – Maires déclarant une piste cyclable, selon la taille de la commune\n"
        "Taille de la commune Part des maires Répondants\n"
        "Petites villes 52 % 376\n"
        "Villes moyennes 69 % 98\n"
        "Ensemble 58 % 535\n"
    )
    assert {r[0]: r[3].lower() for r in _rows(text)}["69 %"] == "maires"


def test_a_line_ending_on_an_ampersand_goes_on_and_a_dashed_heading_is_no_turn() -> None:
    from assistant.finder.turns import speaker_turns
    from assistant.line_forms import is_heading

    assert not is_heading("En janvier 2011, l'étude VÉLO Entreprises &")
    text = "L'étude VÉLO –\nClubs & Territoires\nMarc Olivier. — Oui.\nClaire Dumont. — Non.\n"
    assert [text[t : t + 5] for t in speaker_turns(text)] == ["Marc ", "Clair"]


# --- second review: each guards a reading the previous version got wrong ---------------------


def test_review2_a_glued_minus_in_a_list_of_changes_stays_a_minus() -> None:
    from assistant.finder.detect import detect

    text = (
        "Chiffres clés 2023 du club\n-12 % de licenciés en un an\n+8 % de clubs affiliés\n"
        "-3 % des bénévoles par rapport à 2022\n"
    )
    assert [f.value for f in detect(text) if f.unit == "%"] == [-12.0, 8.0, -3.0]


def test_review2_ranges_and_upward_classes() -> None:
    texts = [r[0] for r in _rows("Les clubs de taille moyenne (50 à 199 licenciés) font 41 %.\n")]
    assert texts == ["41 %"]
    rows = _rows(
        "L'enquête a interrogé les maires de 1 200 communes et plus de 300 présidents de club. "
        "Parmi elles, 45 % disposent d'un club de vélo.\n"
    )
    assert {r[0]: r[3] for r in rows}["45 %"] == "communes"


def test_review2_headcounts_need_their_caption_and_no_mean() -> None:
    after_row = (
        "En 2020, 45 % des habitants jugent le vélo utile.\n"
        "Population 2014 2017 2020\n"
        "Habitants 1 006 2 003 2 012\n"
        "Effectif total 1 407 2 458 2 514\n"
        "Confiance dans le club (note moyenne) 2014 2017 2020\n"
        "Habitants 6 7 8\n"
        "Maires 5 6 7\n"
    )
    assert not [r for r in _rows(after_row) if r[0] in ("6", "7", "5") and r[2] == "people"]
    mean = (
        "En 2023, 12 % des communes ont un club.\n"
        "Tableau 3 – Effectif moyen par commune\n"
        "Taille 2019 2021 2023\n"
        "Communes rurales 14 15 16\n"
        "Communes urbaines 240 242 245\n"
    )
    assert not [r for r in _rows(mean) if r[2] in ("count", "people")]


def test_review2_two_share_columns_and_unaligned_headers() -> None:
    two = (
        "Les petites communes manquent de temps.\n"
        "Tableau 8 – Pistes jugées suffisantes, selon la taille de la commune\n"
        "Taille de la commune Part des maires Part des habitants\n"
        "Petites villes 52 % 31 %\n"
        "Villes moyennes 69 % 44 %\n"
    )
    actors = {r[0]: r[3].lower() for r in _rows(two)}
    assert actors["52 %"] == "maires" and actors["31 %"] == "habitants"
    unaligned = (
        "Les clubs ne sont pas seuls.\n"
        "Tableau 1 – Opinions sur le vélo, par type d'acteur (en %)\n"
        "Habitants Élus locaux Dirigeants d'associations\n"
        "Le vélo est un devoir 69 % 81 % 86 %\n"
    )
    assert {r[0]: r[3] for r in _rows(unaligned)}["69 %"] != "associations"


def test_review2_a_long_last_entry_and_a_numbered_edition() -> None:
    text = (
        "Dix ans de vélo\n"
        "Un rappel : les enquêtes citées sont souvent rééditées.\n"
        "2015\n"
        "Création du club : 40 adhérents la première année, et une subvention communale de 2 000 €.\n"
        "2018\n"
        "Le club ouvre une école : 25 enfants inscrits dès la rentrée et un second local ouvert.\n"
        "2021\n"
        "Le club reçoit le label régional et accueille désormais des classes de tout le canton.\n"
        "L'école de vélo reçoit 45 enfants chaque mercredi, encadrés par des moniteurs formés.\n"
        "Les 12 bénévoles réguliers assurent aussi les sorties du dimanche pour les familles.\n"
        "Aujourd'hui, le club réunit 320 adhérents, dont 40 % de femmes, et 60 sorties par an.\n"
    )
    years = {r[0]: r[5] for r in _rows(text)}
    assert years["45"] == "2021" and years["12"] == "2021"
    assert years["320"] == "2025"
    from assistant.ingest.catalogue import publication_date

    cover = "Baromètre des clubs\nEnquête réalisée en novembre 2023\n10e édition 2024\n"
    assert publication_date(cover, "", "x.pdf") == "2024"
