"""Session 58, figures table. Every example is invented."""

from __future__ import annotations

from assistant.finder.extract import extract_figures
from assistant.finder.rows import FigureRow
from assistant.types import DocInfo, Page


def _rows(*texts: str, date: str = "2025") -> list[FigureRow]:
    doc = DocInfo(source="clubs.pdf", title="Rapport des clubs", kind="rapport", date=date)
    pages = [Page(i + 1, str(i + 1), text) for i, text in enumerate(texts)]
    return extract_figures(doc, pages)


def test_a_value_scaled_by_its_header_unit_is_the_printed_number() -> None:
    # « 4,1 » under « (en millions d'euros) » is 4 100 000, not the float product
    # 4099999.9999999995 a spreadsheet would show after an export
    rows = _rows(
        "Tableau 3 — Ressources du club (en millions d'euros)\n2023\n2024\n"
        "Subventions\n4,1\n4,3\nMécénat\n1,7\n2,2\nDons\n0,4\n0,5\nSource : club, 2025.\n"
    )
    values = {r.text: r.value for r in rows}
    assert values["4,1"] == 4_100_000
    assert repr(values["4,1"]) == "4100000.0"


def test_a_figure_said_of_today_keeps_the_document_date_after_two_editions() -> None:
    # rule `between_those_two` dates the sentence with the period of the two editions told
    # before; its clause « elle atteint aujourd'hui 75 % » is said of now (`today_clause`)
    rows = _rows(
        "Le baromètre a paru en 2019 puis en 2023. Entre ces deux éditions, la part des clubs "
        "qui coopèrent est passée de 52 % à 61 % ; elle atteint aujourd'hui 75 %.\n"
    )
    years = {r.text: r.year for r in rows}
    assert years["52 %"] == "2019" and years["61 %"] == "2023"
    assert years["75 %"] != "2019-2023"


def test_a_share_of_a_headcount_counts_that_population() -> None:
    # rule `base_headcount`: « des 302 maires » is the base of the share, not a break
    rows = _rows("Selon l'enquête, 91 % des 302 maires interrogés voient leur club en mouvement.\n")
    share, base = (next(r for r in rows if r.text == t) for t in ("91 %", "302"))
    assert share.actor == "maires"
    assert "mouvement" in share.measure
    assert base.measure == "nombre de maires"


def test_the_headcount_inside_a_share_does_not_cut_its_clause() -> None:
    # the year and the verb after « des 1 150 salariés » are the share's too
    rows = _rows(
        "Chez Lerond, 18 % des 1 150 salariés ont participé à un projet associatif en 2023.\n"
    )
    share = next(r for r in rows if r.text == "18 %")
    assert share.actor == "salariés"
    assert share.year == "2023"
    assert "projet associatif" in share.measure


def test_a_group_after_a_share_wins_over_a_pronoun_before_it() -> None:
    # « ils sont 81 % …, et la proportion atteint 92 % chez les maires »
    rows = _rows(
        # (« jardins », not « clubs »: since session 60 clubs are a population, and « ils »
        # after « les clubs sont utiles » is another case, noted in the README)
        "En 2015, 75 % des Français pensaient que les jardins sont utiles. Six ans plus tard, "
        "ils sont 81 % à le penser, et la proportion atteint 92 % chez les maires.\n"
    )
    actors = {r.text: r.actor for r in rows}
    assert actors["81 %"] == "Français"
    assert actors["92 %"] == "maires"


def test_a_key_figure_captioned_by_a_share_of_a_headcount() -> None:
    # « 91 % » alone on its line, its caption opening on the population's headcount
    rows = _rows(
        "Les chiffres\n69 %\ndes Français jugent que s'allier est utile\n91 %\n"
        "des 302 maires interrogés voient leur\nclub en mouvement\n"
    )
    share = next(r for r in rows if r.text == "91 %")
    assert share.actor == "maires"
    assert "mouvement" in share.measure


def test_a_card_field_dated_above_a_value_is_no_heading() -> None:
    # rule `card_fields`: « Année de création : 2011 » is the card's field before, not the
    # heading of « Dotation 2024 : 2,4 M€ »; the card's name is
    rows = _rows("Fondation Lumen\nAnnée de création : 2011\nDotation 2024 : 2,4 M€\n")
    assert rows[0].measure == "Fondation Lumen : Dotation 2024"


def test_a_slide_title_with_a_colon_still_heads_its_figures() -> None:
    rows = _rows(
        "Programme CLUBS : le club, source d'innovation\n74 %\ndes Français\n87 %\ndes maires\n"
    )
    assert [r.measure for r in rows] == [
        "part des Français — Programme CLUBS : le club, source d'innovation",
        "part des maires — Programme CLUBS : le club, source d'innovation",
    ]


def test_numbered_row_labels_of_a_stacked_table() -> None:
    # rule `numbered_labels`: « 2. Tournois régionaux » labels its row, its number no value
    rows = _rows(
        "Article 2 - Dotations par catégorie\nCatégorie\nLauréat\nPrix du jury\n"
        "1. Petits clubs\n15 000 €\n5 000 €\n2. Tournois régionaux\n30 000 €\n10 000 €\n"
        "3. Grand prix\n60 000 €\n20 000 €\n"
    )
    measures = {(r.text, r.measure.split(" : ")[0]): r.measure for r in rows}
    assert "Tournois régionaux" in measures[("10 000 €", "Prix du jury")]
    assert "Grand prix" in measures[("60 000 €", "Lauréat")]


def test_a_sheet_section_over_its_row_number_is_no_row() -> None:
    # « 1. Envie d'alliance » / « 3 »: a spreadsheet's section and the next row's number
    rows = _rows(
        "Réf.\nIndicateur\nPopulation\nValeur\n2\n1. Envie d'alliance\n3\nALL-01\n"
        "Ressentent un devoir\nLicenciés\n81 %\n% des répondants\n4\nALL-02\n"
        "Expriment un besoin\nMaires\n92 %\n% des répondants\n5\n2. Innovation\n6\nINN-01\n"
        "Voient une source d'innovation\nMaires\n87 %\n% des répondants\n"
    )
    assert {r.text for r in rows} == {"81 %", "92 %", "87 %"}


_POLL = (
    "Q2. Mon club dispose des moyens nécessaires pour accueillir une équipe.\n"
    "Licenciés de moins de\n18 ans (n = 188)\nLicenciés de 18 ans\net plus (n = 63)\n"
    "Tout à fait d'accord\n6 %\n19 %\nPlutôt d'accord\n28 %\n44 %\n"
    "Plutôt pas d'accord\n41 %\n27 %\nPas du tout d'accord\n25 %\n10 %\n"
)


def test_a_sample_size_counts_the_people_asked() -> None:
    # rule `sample_sizes`: « (n = 188) » after a column's population
    rows = {r.text: r for r in _rows(_POLL)}
    assert rows["188"].unit == "people" and rows["63"].value == 63
    assert rows["188"].measure.startswith("effectif interrogé")


def test_a_numbered_name_is_no_sample_size() -> None:
    assert not _rows("Voir la section n=4 du règlement des clubs.\n")


def test_the_question_over_a_table_of_answers_is_what_its_shares_measure() -> None:
    # rule `question_title`; the sample size is left out of the measure
    rows = [r for r in _rows(_POLL) if r.unit == "%"]
    assert len(rows) == 8
    assert all("moyens nécessaires" in r.measure and "n =" not in r.measure for r in rows)


def test_size_classes_head_the_columns_of_a_question_table() -> None:
    # « 1 000 à 10 000 hab. » is an abbreviated header of four words, not six; the base line
    # « En % des … » between the question and the headers
    rows = _rows(
        "Q2. Votre club dispose-t-il d'un référent pour les partenariats ?\n"
        "En % des clubs répondants de chaque strate.\nRéponse\nMoins de 1 000 hab.\n"
        "1 000 à 10 000 hab.\nPlus de 10 000 hab.\nOui\n21 %\n38 %\n71 %\n"
        "Non\n76 %\n60 %\n27 %\nNon-réponse\n3 %\n2 %\n2 %\n"
    )
    measures = {r.text: r.measure for r in rows}
    assert measures["38 %"].startswith("1 000 à 10 000 hab. : Oui")
    assert "référent" in measures["71 %"]


def test_an_online_questionnaire_open_over_days_dates_the_document() -> None:
    # data `survey_verbs`: « ouvert du 18 novembre au 20 décembre 2024 » is the fieldwork
    page = (
        "Méthode\nQuestionnaire en ligne ouvert du 18 novembre au 20 décembre 2024 aux clubs "
        "adhérents. 1 034 clubs l'ont rempli en entier.\nProfil des répondants\n"
        "Les clubs ruraux représentent 39 % des répondants.\n"
    )
    rows = _rows(page)
    assert {r.year for r in rows if r.text == "39 %"} == {"2024"}


def test_a_breakdown_adding_up_to_100_takes_no_population_from_before() -> None:
    # rule `breakdown_shares`: the weights of a mark are parts of a thing
    rows = _rows(
        "Le jury réunit 11 personnalités, dont 4 chefs d'entreprise et 2 élus locaux. Chaque "
        "dossier reçoit une note pondérée ainsi : ancrage 40 %, coopération 30 %, résultats "
        "20 %, sobriété 10 %.\n"
    )
    assert {r.actor for r in rows if r.unit == "%"} == {""}


def test_ordinal_row_labels_date_their_rows() -> None:
    rows = _rows(
        "Bilan des éditions\nÉdition\nDossiers reçus\nLauréats\nMontants versés\n"
        "1re édition (2020)\n168\n8\n100 000 €\n3e édition (2022)\n254\n10\n140 000 €\n"
        "5e édition (2024)\n331\n12\n165 000 €\n"
    )
    years = {r.text: r.year for r in rows}
    assert years["168"] == "2020" and years["254"] == "2022" and years["165 000 €"] == "2024"


def test_a_share_among_agents_named_after_parmi() -> None:
    rows = _rows("Parmi les candidats de 2024, 58 % étaient des clubs de moins de 10 salariés.\n")
    assert next(r for r in rows if r.text == "58 %").actor == "candidats"


def test_a_proportion_in_words_restated_in_brackets_is_one_figure() -> None:
    # « Neuf sur dix (91 %) »: the words round the digits; what follows says what it measures
    rows = _rows("Parmi eux, neuf sur dix (91 %) voient leur club « en mouvement ».\n")
    assert [r.text for r in rows] == ["neuf sur dix (91 %)"]
    assert "mouvement" in rows[0].measure


def test_the_unit_of_a_size_class_is_no_population_of_the_section() -> None:
    # rule `class_unit`: « habitants » bounds the communes, the maires are spoken of
    rows = _rows(
        "L'enquête a interrogé 302 maires. Parmi eux, 84 % administrent une commune de moins "
        "de 2 000 habitants. Neuf sur dix (91 %) voient leur territoire en mouvement.\n"
    )
    assert next(r for r in rows if r.value == 91).actor == "maires"


def test_shares_in_brackets_after_populations_listed_in_a_comparison() -> None:
    # rule `bracketed_share`, listed: « plus que les X (86 %) et les Y (81 %) »
    rows = _rows(
        "En 2016, 87 % des maires voyaient dans les clubs une source d'innovation, plus que "
        "les responsables associatifs (86 %) et les dirigeants d'entreprise (81 %).\n"
    )
    actors = {r.text: r.actor for r in rows}
    assert actors["86 %"] == "responsables associatifs"
    assert actors["81 %"] == "dirigeants d'entreprise"


_DASHBOARD = (
    "Axe 2 — Mobiliser les clubs\nT1\nT2\nT3\nT4\nCible\nannuelle\nRéalisé au\n30/09\nTaux\n"
    "d'atteinte\nÉcart à la\ncible\nCommentaire\n2.1 Bénévoles formés\nnombre\n22\n40\n—\n—\n"
    "110\n62\n56 %\n−48\nAucune session en juillet-août ; formateur\nrecruté en septembre.\n"
    "2.2 Clubs de moins de 50\nlicenciés couverts*\nnombre\n—\n5\n2\n—\n12\n7\n58 %\n−5\n"
    "Retard : petits clubs sans référent.\n* Seuil retenu par le comité du 7 mars 2025.\n"
)


def test_a_dashboard_row_of_many_values_with_its_unit_and_comment() -> None:
    # rule `wide_rows`: a label wrapped over three lines with its unit cell, eight values
    # under eight headers, a comment wrapped in lower case closing the row
    rows = _rows(_DASHBOARD)
    cells = {(r.text, r.measure.split(" : ")[0]): r for r in rows if " : " in r.measure}
    assert cells[("40", "T2")].unit == "count"
    assert "2.1 Bénévoles formés" in cells[("110", "Cible annuelle")].measure
    assert "licenciés couverts" in cells[("12", "Cible annuelle")].measure
    assert cells[("−5", "Écart à la cible")].value == -5
    assert not any("septembre" in r.measure for r in rows)


def test_a_single_dashboard_row_in_euros_with_its_comment() -> None:
    rows = _rows(
        "Axe 3 — Budget\nT1\nT2\nT3\nT4\nCible\nannuelle\nRéalisé au\n30/09\nTaux\n"
        "d'atteinte\nÉcart à la\ncible\nCommentaire\n3.1 Dépenses engagées\neuros\n118 200\n"
        "151 300\n143 000\n—\n600 000\n412 500\n69 %\n−187 500\n"
        "Rythme conforme ; solde à engager au T4.\nLecture : au T2, 151 300 € ont été engagés.\n"
    )
    cells = {r.measure.split(" : ")[0]: r for r in rows if " : " in r.measure}
    assert cells["T1"].value == 118_200 and cells["T1"].unit == "€"
    assert cells["Cible annuelle"].value == 600_000


def test_a_budget_class_ending_on_a_euro_sign_is_no_unit_cell() -> None:
    # « Moins de 10 000 € » labels a class of budgets; its cells are shares
    rows = _rows(
        "Tableau A1 - Clubs ayant un partenariat, selon le budget\nPart avec partenariat (%)\n"
        "Budget annuel\nÉdition 2022\nÉdition 2024\nMoins de 10 000 €\n18\n21\n"
        "Plus de 150 000 €\n49\n52\nEnsemble des clubs\n29\n31\n"
    )
    assert {r.unit for r in rows if r.text in ("18", "52", "31")} == {"%"}


def test_a_wrapped_label_is_no_comment_cell() -> None:
    # « Associations ayant un partenariat » / « (%) »: a label whose unit wraps, not a comment
    rows = _rows(
        "Tableau A3 - Rappel des éditions\nIndicateur\n1re édition\n2e édition\n3e édition\n"
        "Partenaires par club (moyenne)\n2,5\n2,7\n2,9\nClubs ayant un partenariat entreprise\n"
        "(%)\n28\n29\n31\nNotes méthodologiques\n"
    )
    assert {r.text for r in rows} >= {"2,5", "2,9", "28", "31"}


def test_a_dashboard_counts_its_labels_population_and_rates_count_no_one() -> None:
    rows = [r for r in _rows(_DASHBOARD) if r.page == 1]
    by = {(r.text, r.measure.split(" : ")[0]): r for r in rows if " : " in r.measure}
    assert by[("40", "T2")].actor == "Bénévoles"  # rule `counted_rows`
    assert by[("56 %", "Taux d'atteinte")].actor == ""  # rule `share_of_things`
    assert not any(r.text == "2.1" for r in rows)  # a numbered row label, no figure


def test_shares_of_a_budget_named_by_the_title_count_no_one() -> None:
    rows = _rows(
        "Nos bénévoles et nos structures accompagnées sont au cœur du programme.\n"
        "Financeurs 2025 (part du budget voté)\nFinanceur\nPart\nMétropole\n40 %\n"
        "Fondation Solen\n25 %\nEntreprises mécènes\n20 %\nFonds propres\n15 %\n"
    )
    assert {r.actor for r in rows if r.unit == "%"} == {""}


def test_a_population_named_by_its_adjective_after_a_share() -> None:
    # rule `elided_population`: « 71 % des employeuses » are the associations employeuses
    rows = _rows(
        "Les associations de moins de 10 salariés représentent 71 % des employeuses ; elles "
        "n'emploient que 16 % des salariés.\n"
    )
    assert next(r for r in rows if r.text == "71 %").actor == "employeuses"


def test_each_part_of_a_listed_breakdown_measures_its_own_label() -> None:
    # rule `listed_parts`: not the first label for all three
    rows = _rows("Fondation Lumen\nDomaines : insertion 45 % - éducation 30 % -\nsport 25 %\n")
    assert [r.measure for r in rows] == [
        "Domaines : insertion",
        "Domaines : éducation",
        "Domaines : sport",
    ]
    assert {r.actor for r in rows} == {""}


def test_a_cited_laws_date_is_not_the_documents() -> None:
    from assistant.ingest.catalogue import publication_date

    page = (
        "Avis sur le sport dans les territoires\n"
        "Vu la loi n° 2023-1742 du 18 décembre 2023 relative aux clubs ;\n"
        "Vu la saisine du conseil régional du 4 février 2025 ;\nLe Comité rend l'avis suivant.\n"
    )
    assert publication_date(page, "", "avis.pdf") == "2025-02-04"


def test_a_table_of_totals_over_a_period_is_dated_with_the_period() -> None:
    # rule `cumulated_period`; a bare « 2015-2019 » in a title still dates with its first year
    rows = _rows(
        "Bénéficiaires par public (cumul 2021-2024)\nPublic\nPart du total\nJeunes\n43 %\n"
        "Seniors\n20 %\nParents isolés\n10 %\n"
    )
    assert {r.year for r in rows} == {"2021-2024"}


def test_a_card_field_ending_each_page_with_its_own_value_is_kept() -> None:
    from assistant.ingest.cleaning import remove_running_lines

    bodies = ["Club des Roches\nCréation : 1987", "Club des Pins\nCréation : 2004", "Club Azur"]
    values = [126, 41, 57]
    pages = [
        f"Portraits de clubs\n{body}\nDomaines : sport\nProjets soutenus en 2023 : {n}\nPage {p}"
        for p, (body, n) in enumerate(zip(bodies, values, strict=True), start=1)
    ]
    kept = remove_running_lines(pages)
    assert all(
        f"Projets soutenus en 2023 : {n}" in page for page, n in zip(kept, values, strict=True)
    )
    assert not any("Portraits de clubs" in page or "Page " in page for page in kept)


def test_slide_numbers_running_with_the_pages_are_running_lines() -> None:
    from assistant.ingest.cleaning import remove_running_lines

    slides = [2, 3, 5, 6]  # slide 4 is not printed
    pages = [
        f"Notes de l'orateur\nTitre {k}\nContenu {k} de la diapositive.\nDiapositive {s} / 7"
        for k, s in enumerate(slides)
    ]
    assert not any("Diapositive" in page for page in remove_running_lines(pages))


def test_a_signed_share_is_a_change_not_a_share_of_a_population() -> None:
    # rule `signed_shares`: « +0,8 % sur un an » after a headcount
    rows = _rows(
        "L'essentiel\n- 1 812 400 salariés dans les clubs employeurs à la fin du T2 2024.\n"
        "- +0,8 % sur un an, après +1,1 % au T2 2023.\n"
    )
    changes = [r for r in rows if r.text.startswith("+")]
    assert changes and all(r.measure.startswith("évolution") for r in changes)


def test_a_range_of_euros_gives_both_bounds() -> None:
    # rule `shared_unit` for plain euros; « de 2 à 5 M€ » keeps its scaled bound alone
    rows = _rows("Les clubs mobilisent de 30 000 à 80 000 € par an.\n")
    assert sorted(r.value for r in rows if r.unit == "€") == [30_000, 80_000]
    assert [r.value for r in _rows("Le fonds réunit de 2 à 5 M€ par an.\n")] == [5_000_000]


def test_a_class_of_budgets_labelling_a_row_shares_no_unit() -> None:
    rows = _rows(
        "Budget annuel de 10 000 à 150 000 € n.p.\nBudget annuel inférieur à 10 000 € 20 %\n"
    )
    assert 10_000 not in [r.value for r in rows if r.text == "10 000"]


def test_a_jury_of_personalities_counts_people() -> None:
    rows = _rows("Le jury réunit 11 personnalités, dont 4 chefs d'entreprise.\n")
    eleven = next(r for r in rows if r.text == "11")
    assert (eleven.unit, eleven.actor) == ("people", "personnalités")


# Review guards (a helper's review of the session's diff, each confirmed by running)


def test_review_a_documents_own_legal_head_keeps_its_date() -> None:
    from assistant.ingest.catalogue import publication_date

    for head, date in (
        (
            "Délibération n° 2025-14 du conseil municipal du 12 mars 2025\nObjet : convention",
            "2025-03-12",
        ),
        ("Arrêté du 3 février 2025 portant attribution de subventions", "2025-02-03"),
        ("Comptes annuels arrêtés par le conseil du 14 mars 2025", "2025-03-14"),
    ):
        assert publication_date(head, "", "x.pdf") == date


def test_review_answers_adding_up_to_100_keep_their_population() -> None:
    rows = _rows(
        "Les associations employeuses ont été interrogées sur le mécénat. Sur ce point, 71 % se "
        "déclarent favorables et 29 % défavorables.\n"
    )
    assert {r.actor for r in rows} == {"associations employeuses"}


def test_review_a_group_opening_the_sentence_wins_over_one_after_the_share() -> None:
    rows = _rows("Chez les maires, la confiance atteint 72 % pour les associations.\n")
    assert rows[0].actor == "maires"


def test_review_an_amount_after_a_share_is_no_headcount() -> None:
    rows = _rows("La fondation a reversé 30 % des 5 000 € versés aux associations en 2023.\n")
    assert next(r for r in rows if r.text == "30 %").actor != "associations"


def test_review_a_dashboard_under_a_population_title_counts_its_rows() -> None:
    page = _DASHBOARD.replace("Axe 2 — Mobiliser les clubs", "Axe 2 — Mobiliser les associations")
    by = {(r.text, r.measure.split(" : ")[0]): r for r in _rows(page) if " : " in r.measure}
    assert by[("40", "T2")].actor == "Bénévoles"
    assert by[("56 %", "Taux d'atteinte")].actor == ""


def test_review_sample_sizes_in_capitals_and_not_years_or_coefficients() -> None:
    rows = _rows("Maires de communes rurales (N = 188) : 74 % jugent le club utile.\n")
    assert any(r.value == 188 and r.unit == "people" for r in rows)
    assert not _rows("Le coefficient de pondération retenu est n = 3 pour l'exercice n = 2024.\n")


def test_review_a_platform_opened_in_a_year_dates_no_survey() -> None:
    rows = _rows(
        "Les données de la plateforme Bénévolat+, ouverte en septembre 2019 aux clubs, sont "
        "publiées. Les résultats portent sur 1 034 clubs.\n"
    )
    assert {r.year for r in rows} == {"2025"}


def test_review_spreads_and_part_numbers_are_running_lines() -> None:
    from assistant.ingest.cleaning import remove_running_lines

    spreads = [
        f"{2 * p + 10} Rapport annuel 2024 — Fondation Horizon {2 * p + 11}\n"
        f"Texte {p} du rapport, page de contenu.\nAutre ligne {p}."
        for p in range(1, 9)
    ]
    assert not any("Rapport annuel" in page for page in remove_running_lines(spreads))
    parts = [
        f"Rapport annuel 2024 | Partie {1 if p <= 3 else 2}\nContenu {p}.\nSuite {p}."
        for p in range(1, 7)
    ]
    assert not any("Partie" in page for page in remove_running_lines(parts))


def test_review_a_numbered_table_of_one_count_column_is_read() -> None:
    rows = _rows(
        "Projets soutenus par thématique en 2024\nThématique\nNombre de projets\n1. Éducation\n"
        "45\n2. Environnement\n30\n3. Santé\n25\n4. Culture\n12\n"
    )
    assert {45, 30, 25} <= {r.value for r in rows}


def test_an_accounts_table_with_a_note_column_and_an_unnumbered_caption() -> None:
    # rule `note_refs`: « 3.1 » is the row's annex note; « Tableau des emplois (en k€) » is
    # the title (no number, no separator) and gives the unit
    rows = _rows(
        "Tableau des emplois (en k€)\nEmplois\nNote\nN (2024)\nN-1 (2023)\nMissions sociales\n3.1\n"
        "4 812\n4 305\nFrais de recherche de fonds\n3.2\n286\n301\nDotations aux provisions\n75\n"
        "40\nTotal des emplois\n5 713\n5 158\n"
    )
    values = {r.text: (r.value, r.year) for r in rows}
    assert values["4 812"] == (4_812_000, "2024") and values["301"] == (301_000, "2023")
    assert values["5 158"] == (5_158_000, "2023")
    assert "3.1" not in values


def test_a_legends_classes_are_no_figures() -> None:
    # rule `legend_classes`; a target « à moins de 0,20 % d'ici 2025 » stays a figure
    rows = _rows(
        "Légende (classes)\nclasse A : moins de 30 %\nclasse B : de 30 à moins de 35 %\n"
        "classe D : 40 % et plus\nBretagne\n42 %\nNormandie\n38 %\nIle-de-France\n29 %\n"
    )
    assert {r.text for r in rows} == {"42 %", "38 %", "29 %"}
    target = _rows("Réduire les émissions à moins de 0,20 % du gaz produit d'ici 2025.\n")
    assert [r.text for r in target] == ["0,20 %"]


_TERRITORY = (
    "Tissu associatif\nIndicateur\nVal-d'Ormeau\nRégion\nFrance\nAnnée\nSource\n"
    "Clubs pour 1 000 habitants\n24,1\n22,6\n23,3\n2023\nRépertoire départemental\n"
    "Part des clubs employeurs\n11,8 %\n12,4 %\n12,1 %\n2022\nEnquête emploi ORVA\n"
    "Part des clubs ayant un partenaire\n31 %\n29 %\n28 %\n2024\nBaromètre ORVA\n"
)


def test_a_territory_sheet_with_year_and_source_cells() -> None:
    # rules `year_source_cells`, `share_label`, `rate_base`
    rows = _rows(_TERRITORY)
    by = {(r.text, r.measure.split(" : ")[0]): r for r in rows if " : " in r.measure}
    assert by[("22,6", "Région")].year == "2023" and by[("22,6", "Région")].unit == "count"
    assert by[("12,1 %", "France")].year == "2022"
    assert by[("31 %", "Val-d'Ormeau")].year == "2024"
    assert not any(r.text == "1 000" for r in rows)


def test_a_whole_note_number_in_an_accounts_table() -> None:
    rows = _rows(
        "Tableau des ressources (en k€)\nRessources\nNote\nN (2024)\nN-1 (2023)\n"
        "Produits de la générosité du public\n4.1\n1 920\n1 744\nSubventions publiques\n610\n655\n"
        "Produits financiers de la dotation\n5\n495\n380\nTotal des ressources\n5 485\n4 929\n"
    )
    values = {r.text: r.value for r in rows}
    assert values["495"] == 495_000 and values["4 929"] == 4_929_000 and "5" not in values


# Second review's guards


def test_review2_prose_shares_and_counts_are_kept() -> None:
    rows = _rows(
        "La part est passée de 18 % à moins de 12 %. Tranche 1 : 70 % à la signature. Le club a "
        "mobilisé 200 000 € pour 1 000 jeunes accompagnés.\n"
    )
    assert {"18 %", "12 %", "70 %", "1 000"} <= {r.text for r in rows}


def test_review2_sample_sizes_in_prose_and_brackets() -> None:
    texts = {
        r.text for r in _rows("Ensemble des répondants, n = 412 : 48 % déclarent un partenaire.\n")
    }
    assert "412" in texts
    assert any(
        r.value == 2015 for r in _rows("Clubs interrogés (n = 2015) : 48 % ont un partenaire.\n")
    )


def test_review2_a_small_table_with_a_comment_column() -> None:
    rows = _rows(
        "Action\nPrévu\nRéalisé\nCommentaire\nAteliers d'insertion\n40 000 €\n38 500 €\nConforme.\n"
        "Chantiers jeunes\n25 000 €\n12 000 €\nReport de deux chantiers en 2025.\n"
        "Fête du club\n8 000 €\n8 200 €\nDépassement léger.\n"
    )
    measures = {r.text: r.measure for r in rows}
    assert measures["12 000 €"].startswith("Réalisé : Chantiers jeunes")
    assert not any("Conforme" in m or "Commentaire" in m for m in measures.values())


def test_review2_euros_after_a_rate_label_and_informal_ranges() -> None:
    from assistant.finder.cells import label_unit

    assert label_unit("Subventions communales pour 1 000 habitants k€") == ("€", 1000.0)
    assert [r.value for r in _rows("Le budget passe de 45 à 60 000 € par an.\n")] == [60_000]


def test_review2_a_cited_arrete_and_the_own_head_of_an_extract() -> None:
    from assistant.ingest.catalogue import publication_date

    page = "Avis\nVu l'arrêté préfectoral du 3 février 2024 ;\nVu la saisine du 4 février 2025 ;"
    assert publication_date(page, "", "x.pdf") == "2025-02-04"
    head = "Extrait de la délibération du conseil municipal du 12 mars 2025\nObjet : convention"
    assert publication_date(head, "", "x.pdf") == "2025-03-12"


def test_review2_a_card_field_rising_slowly_is_kept() -> None:
    from assistant.ingest.cleaning import remove_running_lines

    pages = [
        f"Portrait {p}\nFondation {p} du réseau, fiche.\nSuite {p}.\nPartenaires actifs : {v}"
        for p, v in enumerate([12, 12, 13, 14], start=1)
    ]
    assert all("Partenaires actifs" in page for page in remove_running_lines(pages))


def test_review2_a_share_of_resources_labelling_a_row_counts_no_funder() -> None:
    rows = _rows(
        "Structure des ressources de la fondation\nPoste\n2023\n2024\n"
        "Part des collectivités dans les ressources\n42 %\n39 %\n"
        "Part des entreprises dans les ressources\n31 %\n35 %\nPart des dons\n27 %\n26 %\n"
    )
    assert not any(r.actor in ("collectivités", "entreprises") for r in rows)


def test_a_constant_field_in_every_footer_is_still_a_running_line() -> None:
    from assistant.ingest.cleaning import remove_running_lines

    pages = [f"Rapport\nContenu {p} du rapport.\nSuite {p}.\nStandard : 3615" for p in range(1, 5)]
    assert not any("Standard" in page for page in remove_running_lines(pages))
