"""Session 50, figures table: statistical annexes read one cell per line (sample sizes
« n = 131 », a title's « en % », gaps in points, headers wrapped before an abbreviation, size
classes as row labels and column headers), thresholds (whole-line size classes, ranges, listed
bounds, a survey method's reference shares, « écarts inférieurs à 6 points ») and points
(a glued footnote call, bracketed shares between the gap's word and its figure). Every example
is invented."""

from __future__ import annotations

from assistant.finder.detect import detect
from assistant.finder.extract import extract_figures
from assistant.types import DocInfo, Page

NOTE = DocInfo(source="annexe.pdf", title="Les clubs de vélo", kind="note", date="2025")


def _rows(text: str) -> list[tuple[str, float, str, str, str, str]]:
    rows = extract_figures(NOTE, [Page(1, "1", text)])
    return [(r.text.strip(), r.value, r.unit, r.actor, r.measure, r.year) for r in rows]


def _values(text: str) -> list[tuple[float, str]]:
    return [(f.value, f.unit) for f in detect(text)]


ANNEX = (
    "Enquête réalisée en mai 2024 auprès de 210 cyclistes.\n"
    "Tableau B2 – Usage du vélo selon la taille de la commune (en % des\n"
    "habitants)\n"
    "Réponse\n"
    " Moins de 500\n"
    " hab.\n"
    " 500 à 1 999\n"
    " hab.\n"
    " 2 000 hab. et\n"
    " plus\n"
    " Ensemble\n"
    "Effectifs\n"
    "n = 71\n"
    "n = 83\n"
    "n = 56\n"
    "n = 210\n"
    "Chaque jour\n"
    "22\n"
    "31\n"
    "40\n"
    "30\n"
    "Chaque semaine\n"
    "48\n"
    "44\n"
    "41\n"
    "45\n"
    "Plus rarement\n"
    "30\n"
    "25\n"
    "19\n"
    "25\n"
    "Total\n"
    "100\n"
    "100\n"
    "100\n"
    "100\n"
)


def test_a_statistical_annex_reads_sample_sizes_shares_by_class_and_no_threshold():
    rows = _rows(ANNEX)
    counts = {v for _, v, u, *_ in rows if u in ("count", "people")}
    assert {71, 83, 56} <= counts, rows  # rule `sample_sizes`
    shares = {(v, a, m.split(" : ")[0]) for _, v, u, a, m, _ in rows if u == "%"}
    # rule `title_shares`: the title's « en % » and population; `abbreviated_ends`: the
    # wrapped headers « Moins de 500 » / « hab. » head their own columns
    assert (22, "habitants", "Moins de 500 hab.") in shares, shares
    assert (40, "habitants", "2 000 hab. et plus") in shares, shares
    assert (30, "habitants", "Ensemble") in shares, shares
    values = [v for _, v, *_ in rows]
    assert 500 not in values and 1999 not in values and 2000 not in values, rows  # class_lines
    assert 100 not in values, rows  # the « Total » row is the table's sum


EDITIONS = (
    "Tableau B4 – Évolution d'une édition à l'autre\n"
    "Indicateur (en % des cyclistes)\n"
    " 2016\n"
    " 2020\n"
    " 2024\n"
    " Écart 2020-2024\n"
    " (points)\n"
    "Effectif interrogé (n)\n"
    "400\n"
    "612\n"
    "302\n"
    "–\n"
    "Roulent l'hiver\n"
    "n.d.\n"
    "28\n"
    "35\n"
    "+7\n"
    "Portent un casque\n"
    "n.d.\n"
    "92\n"
    "90\n"
    "–2\n"
)


def test_an_editions_table_reads_counts_shares_by_year_and_signed_gaps_in_points():
    rows = {(v, u, y) for _, v, u, _, _, y in _rows(EDITIONS)}
    assert (612, "count", "2020") in rows, rows  # « Effectif interrogé (n) »
    assert (28, "%", "2020") in rows and (35, "%", "2024") in rows, rows  # title_shares
    assert (7, "pts", "2020-2024") in rows, rows
    assert (-2, "pts", "2020-2024") in rows, rows  # an en dash signs the gap


def test_points_of_a_grading_grid_are_no_gap():
    grid = (
        "Tableau 2 – Grille de notation (en points)\n"
        "Critère\n"
        "Points\n"
        "Qualité du projet\n"
        "40\n"
        "Ancrage local\n"
        "30\n"
        "Budget\n"
        "30\n"
    )
    assert not [r for r in _rows(grid) if r[2] == "pts"], _rows(grid)


WRAPPED = (
    "Tableau 3 – Regards croisés, par population (en %)\n"
    "Indicateur\n"
    " Habitants\n"
    " Maires\n"
    "Envie de pistes (BARO,\n"
    "2015-2016)\n"
    "69\n"
    "81\n"
    "Pistes jugées sûres\n"
    "(SONDAGE)\n"
    "74\n"
    "87\n"
    "Pistes entretenues\n"
    "51\n"
    "62\n"
)


def test_a_first_row_label_wrapped_in_brackets_is_read_and_dates_its_row():
    rows = {(v, a, y) for _, v, u, a, _, y in _rows(WRAPPED) if u == "%"}
    # rules `wrapped_first_label` and `label_years`
    assert (69, "Habitants", "2015-2016") in rows, rows
    assert (81, "Maires", "2015-2016") in rows, rows
    assert (87, "Maires", "2025") in rows, rows  # « (SONDAGE) » goes on the label above


def test_a_size_class_row_label_opening_on_a_number_is_a_row_and_no_figure():
    table = (
        "Tableau A1 – Les clubs selon la taille de la commune\n"
        "Taille de la commune\n"
        " Effectif (n)\n"
        " Part (%)\n"
        "Moins de 500 habitants\n"
        "131\n"
        "43\n"
        "De 500 à 1 999 habitants\n"
        "123\n"
        "41\n"
        "10 000 habitants et plus\n"
        "37\n"
        "12\n"
        "Ensemble\n"
        "302\n"
        "100\n"
    )
    rows = _rows(table)
    got = {(v, u) for _, v, u, *_ in rows}
    # rule `stack_units`: « 37 » under « Effectif (n) » is a count, not a share of the « (%) »
    assert (37, "count") in got and (12, "%") in got, rows
    assert not {500, 1999, 10000} & {v for _, v, *_ in rows}, rows


def test_size_classes_ranges_and_listed_bounds_are_thresholds():
    assert _values("Classée parmi les communes de 3 500 à 9 999 habitants, la ville roule.") == []
    assert _values("Les seuils de 500, 2 000 et 10 000 habitants sont ceux de l'INSEE.") == []
    assert _values("Par prudence, les écarts inférieurs à 6 points ne sont pas commentés.") == []
    # a class alone with a caption under it is a key figure
    assert (2000, "people") in _values("Plus de 2 000 cyclistes\nmobilisés chaque année") or (
        2000,
        "count",
    ) in _values("Plus de 2 000 cyclistes\nmobilisés chaque année")


def test_a_survey_methods_reference_shares_are_no_figures():
    text = (
        "La marge d'erreur atteint ±5,6 points pour un résultat proche de 50 % ; elle se "
        "réduit à ±3,4 points pour un résultat de 10 % ou de 90 %. Ces marges s'entendent au "
        "seuil de confiance de 95 %. Enfin, 95 % des clubs roulent le dimanche."
    )
    shares = [v for v, u in _values(text) if u == "%"]
    assert shares == [95], _values(text)  # rule `reference_values`: only the finding


def test_points_after_a_glued_footnote_call_or_bracketed_shares():
    assert (2, "pts") in _values("ils étaient encore 84 % en 2012, soit 2 points de moins6.")
    text = "L'écart entre l'envie (92 %) et la pratique (46 %) atteint\n46 points : un chantier."
    assert (46, "pts") in _values(text), _values(text)


def test_a_caption_under_a_table_without_title_gives_its_measure():
    table = (
        "Écoles de vélo\n"
        "89 %\n"
        "Ateliers de réparation\n"
        "73 %\n"
        "Sorties du dimanche\n"
        "70 %\n"
        "Figure 4 – Part des clubs ayant noué un partenariat, par type de partenaire.\n"
    )
    rows = {v: m for _, v, u, _, m, _ in _rows(table) if u == "%"}
    assert "partenariat" in rows[89], rows  # rule `caption_below`


def test_a_shares_measure_reads_as_an_indicator_with_its_population():
    rows = {
        t: m
        for t, _, u, _, m, _ in _rows(
            "En 2024, 76 % des maires jugeaient leur territoire engagé, et 58 % des habitants "
            "ne savent pas qui pilote les pistes.\n"
        )
    }
    # rule `indicator_label`: the verb printed after the population takes « qui »
    assert rows["76 %"].startswith("part des maires qui jugeaient"), rows
    assert rows["58 %"].startswith("part des habitants qui ne savent pas"), rows


def test_an_indicator_keeps_a_demonym_capital_and_a_measure_that_names_its_share():
    from assistant.finder.indicator import indicator

    assert indicator("Français jugeant urgent de rouler", "Français", "%", "") == (
        "part des Français jugeant urgent de rouler"
    )
    assert indicator("Écoles de vélo", "Associations", "%", "") == (
        "part des associations — Écoles de vélo"
    )
    assert indicator("Part des clubs affiliés", "clubs", "%", "") == "Part des clubs affiliés"
    assert indicator("nombre de clubs", "clubs", "count", "") == "nombre de clubs"


def test_two_shares_of_one_population_on_different_questions_are_no_series():
    from assistant.finder.search import find_series

    text = (
        "En 2019, 40 % des maires veulent des pistes.\n"
        "En 2023, 62 % des maires jugent les pistes sûres.\n"
    )
    old = DocInfo(source="a.pdf", title="A", kind="note", date="2019")
    new = DocInfo(source="b.pdf", title="B", kind="note", date="2023")
    rows = extract_figures(old, [Page(1, "1", text.split("\n")[0])]) + extract_figures(
        new, [Page(1, "1", text.split("\n")[1])]
    )
    assert len(rows) == 2, rows
    assert find_series(rows) == [], [r.measure for r in rows]
    same = extract_figures(new, [Page(1, "1", "En 2023, 55 % des maires veulent des pistes.")])
    assert len(find_series(rows + same)) == 1


def test_a_counts_measure_opens_on_what_it_counts():
    rows = {t: m for t, _, u, _, m, _ in _rows("L'enquête donne la parole à 302 maires.\n")}
    assert rows["302"].startswith("nombre de maires"), rows  # rule `indicator_label`
    from assistant.finder.indicator import counted

    assert counted("nombre de clubs affiliés", "clubs", "count") == "nombre de clubs affiliés"
    assert counted("Effectif (n) : Ensemble", "", "count") == "Effectif (n) : Ensemble"


def test_a_number_in_words_answering_combien_de_counts_what_the_question_asks():
    text = "Combien de sorties le club a-t-il menées ?\nTrois, toutes en forêt."
    assert (3, "count") in _values(text), _values(text)  # rule `counted_answer`
    assert _values("Combien de vélos ? Deux fois plus qu'avant.") == []


def _series(*texts: tuple[str, str]) -> list:
    from assistant.finder.search import find_series

    rows = []
    for k, (date, text) in enumerate(texts):
        doc = DocInfo(source=f"e{k}.pdf", title="Édition", kind="note", date=date)
        rows += extract_figures(doc, [Page(1, "1", text)])
    return find_series(rows)


def test_the_same_share_in_two_editions_is_still_a_series():
    # review: a measure that is only the indicator's head keeps its stems as a series key
    assert (
        len(
            _series(
                ("2019", "En 2019, la part des associations employeuses est de 12 %."),
                ("2023", "En 2023, la part des associations employeuses est de 14 %."),
            )
        )
        == 1
    )


def test_two_counts_of_one_population_on_different_things_are_no_series():
    assert _series(("2019", "Répondants : 302 maires"), ("2023", "Démissions : 40 maires")) == []


def test_review_method_leads_drop_only_their_own_reference_shares():
    shares = _values("Avec un intervalle de confiance à 95 %, 62 % des maires sont satisfaits.")
    assert shares == [(62, "%")], shares
    assert _values("Au seuil de confiance de 95 %, 40 % et 60 % des clubs diffèrent.") == [
        (40, "%"),
        (60, "%"),
    ]


def test_review_key_figures_are_no_size_classes():
    assert len(_values("Chiffres clés 2024\nPlus de 2 000 bénévoles\n150 salariés\n35 clubs")) == 3
    assert len(_values("Aujourd'hui :\n1 200 à 1 500 bénévoles\nmobilisés chaque week-end")) == 2
    assert len(_values("Plus de 500 adhérents\nMoins de 10 salariés")) == 2
    assert (3000, "€") in _values(
        "Le budget reste inférieur à 5 000 € et 3 000 € vont aux salaires"
    )


def test_review_no_points_from_other_brackets():
    for text in (
        "Malgré la hausse des prix (2023), la grille compte 40 points au total.",
        "La hausse (+4 %) se traduit par 15 points de vente.",
        "La différence (tableau 3) tient en 3 points clés.",
    ):
        assert not [u for _, u in _values(text) if u == "pts"], (text, _values(text))


def test_review_an_en_dash_signs_a_share_of_change_too():
    table = (
        "Tableau 7 – Évolution des adhésions\n"
        "Fédération\n"
        "Adhérents 2024\n"
        "Évolution (%)\n"
        "Football\n"
        "1 200\n"
        "–2\n"
        "Rugby\n"
        "400\n"
        "–7\n"
        "Tennis\n"
        "300\n"
        "+4\n"
    )
    got = {(v, u) for _, v, u, *_ in _rows(table) if u == "%"}
    assert {(-2, "%"), (-7, "%"), (4, "%")} <= got, got


def test_review_a_caption_heading_the_next_table_stays_its_title():
    text = (
        "Salariés\n2022\n2024\nBretagne\n45\n48\nNormandie\n30\n33\nOccitanie\n52\n50\n"
        "Tableau 2 – Part des clubs labellisés (en %)\n"
        "Région\n2022\n2024\nBretagne\n12\n15\nNormandie\n10\n11\nOccitanie\n20\n22\n"
    )
    rows = _rows(text)
    assert not [r for r in rows if r[1] in (45, 48, 30, 33) and r[2] == "%"], rows


def test_review_the_actor_going_on_before_the_verb_takes_qui_before_the_verb():
    rows = {
        t: m for t, _, u, _, m, _ in _rows("45 % des habitants interrogés jugent la ville propre.")
    }
    assert rows["45 %"].startswith("part des habitants interrogés qui jugent"), rows
    from assistant.finder.indicator import counted

    assert counted("Bénévoles recrutés", "Bénévoles recrutés", "count") == "Bénévoles recrutés"


def test_a_series_key_drops_the_head_of_an_elided_count():
    from assistant.finder.indicator import unlabelled

    measure = "nombre d'associations — l'enquête en recense"
    assert unlabelled(measure, "", "associations", "count") == "l'enquête en recense"
    assert unlabelled("part des maires qui jugent", "maires", "", "%") == "jugent"
