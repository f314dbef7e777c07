"""Session 56, figures table: layouts of a newly read set (tables titled across a blank line,
earlier values in brackets under a cell). Every example is invented."""

from __future__ import annotations

from assistant.finder.extract import extract_figures
from assistant.finder.rows import FigureRow
from assistant.types import DocInfo, Page


def _rows(*texts: str, date: str = "2025") -> list[FigureRow]:
    doc = DocInfo(source="clubs.pdf", title="Rapport des clubs", kind="rapport", date=date)
    pages = [Page(i + 1, str(i + 1), text) for i, text in enumerate(texts)]
    return extract_figures(doc, pages)


def _by_text(text: str) -> dict[str, FigureRow]:
    return {r.text.strip(): r for r in _rows(text)}


_ACCOUNTS = (
    "Les ressources du club reposent surtout sur les cotisations.\n"
    "Tableau 2 – Ressources du club (en k€)\n"
    "{gap}"
    "2021\n2022\n2023\n"
    "Cotisations des membres\n1 230\n1 410\n1 655\n"
    "Subventions municipales\n215\n240\n262\n"
    "Total des ressources\n1 445\n1 650\n1 917\n"
    "Les ressources ont progressé de 33 % en deux ans.\n"
)


def test_a_table_caption_above_a_blank_line_still_gives_its_unit() -> None:
    # rule `caption_gap`: pypdf leaves an empty line between the caption and the year headers
    got = _by_text(_ACCOUNTS.format(gap="\n"))
    assert (got["1 230"].value, got["1 230"].unit, got["1 230"].year) == (1230000.0, "€", "2021")
    assert (got["262"].value, got["262"].unit, got["262"].year) == (262000.0, "€", "2023")
    # the same table without the blank line reads the same
    assert {k: (r.value, r.unit) for k, r in got.items()} == {
        k: (r.value, r.unit) for k, r in _by_text(_ACCOUNTS.format(gap="")).items()
    }


def test_a_blank_line_under_an_unnumbered_line_still_ends_the_headers() -> None:
    # only a numbered caption (« Tableau 2 – … ») reaches across the blank line
    text = _ACCOUNTS.format(gap="\n").replace("Tableau 2 – Ressources du club", "Ressources")
    got = _by_text(text)
    assert all(r.unit != "€" for k, r in got.items() if k in ("1 230", "215"))


def test_an_earlier_value_in_brackets_under_a_cell_is_its_next_column() -> None:
    # rule `bracketed_cells`: « 71 » / « (64) » under « Saison 2024 » / « Saison 2022 »
    got = _by_text(
        "Tableau 3 – Clubs jugeant les tournois utiles, selon la taille (en %)\n"
        "Taille du club\nSaison 2024\nSaison 2022\n"
        "Moins de 50 licenciés\n71\n(64)\n"
        "De 50 à 199 licenciés\n78\n(75)\n"
        "200 licenciés et plus\n85\n(81)\n"
        "Lecture : 71 % des petits clubs jugent les tournois utiles.\n"
    )
    assert (got["64"].value, got["64"].unit, got["64"].year) == (64.0, "%", "2022")
    assert (got["81"].value, got["81"].unit, got["81"].year) == (81.0, "%", "2022")
    assert (got["78"].unit, got["78"].year) == ("%", "2024")
    assert "(64)" not in got["78"].sentence  # the bracket is not read as the next row's label


def test_a_bracketed_call_alone_before_any_value_is_no_cell() -> None:
    got = _by_text(
        "Tableau 4 – Clubs affiliés (en %)\n"
        "Région\nSaison 2024\n"
        "(1)\nBretagne\n71\nNormandie\n64\nOccitanie\n58\n"
    )
    assert "1" not in got


def test_a_labels_values_listed_with_their_years_count_the_label() -> None:
    # rule `dated_fields`
    got = _by_text(
        "Évolution 2019-2024\n"
        "Tournois organisés : 18 en 2019, 23 en 2021 et 31 en 2024.\n"
        "Bénévoles mobilisés : près de 1 200 en 2024, contre 950 en 2019.\n"
        "Tarif : 12 en 2019, 15 en 2024.\n"
    )
    assert (got["18"].value, got["18"].unit, got["18"].year) == (18.0, "count", "2019")
    assert (got["31"].unit, got["31"].year) == ("count", "2024")
    assert "tournois" in got["23"].measure
    assert (got["950"].unit, got["950"].year) == ("people", "2019")
    assert got["1 200"].unit == "people"
    assert "12" not in got and "15" not in got  # a singular label counts nothing
    assert not any(k in got for k in ("2019", "2021", "2024"))


def test_a_bar_chart_captioned_as_a_count_counts_its_rows() -> None:
    # rule `counted_caption`, and a row label ending on a bracket (« Morbihan (56) 41 »)
    got = _by_text(
        "Où jouent-ils ?\n"
        "Graphique 2 – Clubs affiliés par département (nombre)\n"
        "Finistère (29) 64\nMorbihan (56) 41\nCôtes-d'Armor (22) 38\n"
        "0\n20\n40\n60\n80\n"
        "Le Finistère rassemble le plus de clubs.\n"
    )
    assert (got["64"].value, got["64"].unit) == (64.0, "count")
    assert "Morbihan" in got["41"].measure and "Clubs affiliés" in got["41"].measure
    assert got["38"].unit == "count"
    assert not any(k in got for k in ("29", "56", "22", "20", "80"))  # codes and the axis


def test_a_row_label_gives_its_cell_a_unit_in_brackets() -> None:
    # rule `row_label_unit`: a table printed one row per line with no unit in its header
    got = _by_text(
        "Tableau 5 — Engagements du club pour la saison\n"
        "Poste Valeur\n"
        "Budget des tournois (en k€) 45\n"
        "Durée du programme (en années) 3\n"
        "Entraîneurs recrutés (nombre) 12\n"
        "Source : club, 2024.\n"
    )
    assert (got["45"].value, got["45"].unit) == (45000.0, "€")
    assert (got["3"].value, got["3"].unit) == (3.0, "years")
    assert (got["12"].value, got["12"].unit) == (12.0, "count")


def test_a_size_class_heading_a_column_bounds_the_population_the_title_names() -> None:
    # rule `class_headers`: « 10 à 49 salariés » is a size, the cells count the title's managers
    got = _by_text(
        "Tableau 6 – Dirigeants de salles ayant un partenariat avec un club, selon le secteur et la "
        "taille (en %, 2024)\n"
        "Secteur\n10 à 49 salariés\n50 salariés et plus\n"
        "Fitness\n24\n41\nEscalade\n18\n33\nNatation\n27\n38\n"
        "Lecture : 41 % des dirigeants de salles de fitness de 50 salariés et plus ont un partenariat.\n"
    )
    assert got["24"].actor == "Dirigeants" and got["33"].actor == "Dirigeants"
    assert got["24"].unit == "%" and "10 à 49 salariés" in got["24"].measure


def test_rows_naming_populations_under_a_generic_title_count_their_own() -> None:
    # rule `generic_header` (data `generic_populations`)
    got = _by_text(
        "Graphique 1 – Acteurs bretons engagés dans un club (en %)\n"
        "Associations 66\nEntreprises 35\nCommunes 59\n"
        "0\n25\n50\n75\n100\n"
        "Les associations bretonnes sont les plus engagées.\n"
    )
    assert (got["66"].actor, got["66"].unit) == ("Associations", "%")
    assert got["35"].actor == "Entreprises" and got["59"].actor == "Communes"


def test_rows_under_a_title_naming_one_population_keep_it() -> None:
    got = _by_text(
        "Graphique 2 – Maires engagés dans un club, par département (en %)\n"
        "Associations sportives 66\nClubs omnisports 35\nLigues 59\n"
        "0\n25\n50\n75\n100\n"
    )
    assert got["66"].actor == "Maires"


def test_an_average_after_a_subject_pronoun_is_per_member_of_its_antecedent() -> None:
    # rule `averaged_pronoun`
    got = _by_text(
        "Près de la moitié des associations sportives (46 %) accueillent des scolaires. Elles "
        "mobilisent en moyenne 3,4 partenaires, contre 2,8 en 2019.\n"
    )
    assert got["3,4"].actor == "associations"
    assert got["2,8"].actor == "associations"


def test_an_average_without_a_pronoun_names_no_one_it_cannot_read() -> None:
    got = _by_text(
        "Près de la moitié des associations sportives (46 %) accueillent des scolaires. Le "
        "programme mobilise en moyenne 3,4 partenaires par saison.\n"
    )
    assert got["3,4"].actor == ""


def test_a_difference_in_points_after_two_dated_shares_spans_their_years() -> None:
    # rule `gap_period`
    got = _by_text(
        "La part des clubs labellisés est passée de 31 % en 2019 à 38 % en 2024, soit une "
        "hausse de 7 points. Licenciées : 46 % en 2020, 39 % en 2024 (−7 pts depuis 2015).\n"
    )
    assert (got["7 points"].year, got["7 points"].unit) == ("2019-2024", "pts")
    assert got["−7 pts"].year.startswith("2015")  # its own year wins


def test_a_cell_printing_its_points_keeps_them_under_a_title_in_percent() -> None:
    # rule `own_points`: « +11 pts » in a table titled « (en % des …) » is a difference
    got = _by_text(
        "Tableau 1 – Évolution des indicateurs (en % des licenciés)\n"
        "Indicateur\n2016\n2023\nÉcart 2016-2023\n"
        "Adhésion au club\n62 %\n73 %\n+11 pts\n"
        "Pratique en famille\n31 %\n34 %\n+3 pts\n"
        "Engagement bénévole\n18 %\n29 %\n+11 pts\n"
    )
    assert (got["+3 pts"].value, got["+3 pts"].unit, got["+3 pts"].year) == (
        3.0,
        "pts",
        "2016-2023",
    )
    assert got["73 %"].unit == "%"


def test_a_number_in_the_same_frame_as_a_count_counts_the_same_noun() -> None:
    # rule `parallel_counts`
    got = _by_text(
        "Chaque saison a été suivie auprès d'un panel de 1 004 licenciés pour la saison 2016 "
        "(relevé de novembre 2015), 1 012 pour la saison 2019 et 1 508 pour la saison 2023.\n"
    )
    first = got["1 004"].unit
    assert first in ("people", "count")
    assert (got["1 012"].unit, got["1 012"].year) == (first, "2019")
    assert got["1 508"].unit == first
    assert "2019" not in got and "2023" not in got


def test_a_year_in_the_same_frame_as_a_count_is_no_count() -> None:
    got = _by_text(
        "Le club s'appuie sur 5 critères sportifs pour la sélection établis en 2009 pour les "
        "équipes régionales.\n"
    )
    assert "2009" not in got and got["5"].unit == "count"


def test_numbers_after_listed_populations_are_theirs() -> None:
    # rule `listed_counts`
    got = _by_text(
        "En moyenne, les responsables associatifs citent 2,8 partenaires actifs, les "
        "dirigeants d'entreprise 3,1 et les maires 4,2.\n"
    )
    assert (got["3,1"].unit, got["3,1"].actor) == ("count", "dirigeants d'entreprise")
    assert (got["4,2"].unit, got["4,2"].actor) == ("count", "maires")


def test_an_amount_bounding_a_class_of_the_population_is_no_figure() -> None:
    # rule `amount_class`
    sentence = (
        "La moitié (50 %) des associations sportives de plus de 150 000 € de budget ont un "
        "sponsor, contre 20 % de celles de moins de 10 000 €.\n"
    )
    got = _by_text(sentence)
    assert "150 000 €" not in got and "10 000 €" not in got
    assert got["La moitié (50 %)"].unit == "%" and got["20 %"].unit == "%"
    voted = _by_text("Le club a voté un budget de plus de 150 000 € pour la saison.\n")
    assert voted["150 000 €"].unit == "€"  # a budget voted is an amount


def test_an_age_class_is_no_duration() -> None:
    # rule `age_class`
    got = _by_text("Le panel représente les Français de 18 ans et plus. Le programme dure 3 ans.\n")
    assert "18 ans" not in got
    assert got["3 ans"].unit == "years"


def test_rows_under_a_respondent_type_header_count_their_population() -> None:
    # data `population_headers`: « Type de répondant »
    got = _by_text(
        "Q1. Votre club a-t-il un partenaire (association, entreprise ou collectivité) ?\n"
        "Type de répondant\nOui\nNon\n"
        "Responsables associatifs\n72 %\n26 %\n"
        "Dirigeants d'entreprise\n48 %\n49 %\n"
        "Maires\n81 %\n17 %\n"
    )
    assert got["72 %"].actor == "Responsables associatifs"
    assert got["49 %"].actor == "Dirigeants d'entreprise" and got["17 %"].actor == "Maires"


def test_a_table_read_one_cell_per_line_may_hold_amounts() -> None:
    # rule `amount_cells`: « 18 000 € » is a value line of a stacked table like « 40 % »
    got = _by_text(
        "Le budget type ci-dessous vaut pour un tournoi régional.\n"
        "Budget type d'un tournoi\nPoste\nMontant\nPart du budget\n"
        "Arbitrage\n18 000 €\n40 %\nLocation des salles\n15 750 €\n35 %\n"
        "Communication\n4 500 €\n10 %\nAssurance\n6 750 €\n15 %\n"
    )
    assert got["15 750 €"].unit == "€" and "Location des salles" in got["15 750 €"].measure
    assert "Budget type" in got["15 750 €"].measure
    assert "Part du budget" in got["10 %"].measure and got["10 %"].actor == ""


# Review guards (invented inputs of the session's review)


def test_a_footnote_call_after_a_row_is_no_cell() -> None:
    got = {
        r.text: r
        for r in _rows(
            "Tableau 3 – Clubs jugeant les tournois utiles, selon la taille (en %)\n"
            "Taille du club\nSaison 2024\nSaison 2022\n"
            "Petits clubs\n71\n64\nClubs moyens\n78\n75\nGrands clubs\n85\n81\n(1)\n"
            "(1) Moins de 10 clubs interrogés.\n"
        )
    }
    assert got["81"].year == "2022" and got["64"].year == "2022" and got["85"].year == "2024"


def test_a_gap_between_two_groups_is_not_dated_by_two_editions() -> None:
    got = _by_text(
        "En 2024, 45 % des clubs ont un partenaire contre 40 % en 2022, mais l'écart entre "
        "villes et campagnes reste de 12 points.\n"
    )
    assert got["12 points"].year != "2022-2024"


def test_a_bracket_mentioning_a_part_gives_no_share() -> None:
    got = _by_text(
        "Tableau 2 — Tarifs du club pour la saison\nCatégorie Valeur\n"
        "Cotisation adulte (hors part fédérale) 85\nSource : club, 2024.\n"
    )
    assert all(r.unit != "%" for r in got.values())


def test_rows_of_partners_cited_by_respondents_keep_the_respondents() -> None:
    got = _by_text(
        "Graphique 2 – Partenaires cités par les répondants (en %)\n"
        "Associations 45\nEntreprises 30\nCommunes 25\n0\n25\n50\n"
    )
    assert got["45"].actor != "Associations"
    stacked = _by_text(
        "Tableau 2 – Partenaires des clubs (en %)\nRépondants citant ce partenaire\n2022\n2024\n"
        "Associations\n45\n48\nEntreprises\n30\n34\nCommunes\n25\n27\n"
    )
    assert stacked["48"].actor != "Associations"


def test_time_phrases_and_ratios_take_no_count() -> None:
    got = _by_text(
        "Les associations sportives ont répondu. Ces derniers mois, la ville a financé en "
        "moyenne 3 tournois.\n"
    )
    assert got["3"].actor == ""
    assert "2" not in _by_text("Le club compte 120 licenciés, et les bénévoles 2 fois moins.\n")
    assert "2" not in _by_text(
        "Le club a accueilli 45 stagiaires en juillet, puis a rénové le terrain 2 en août.\n"
    )


def test_budgets_voted_stay_amounts() -> None:
    got = _by_text("Les trois clubs ont voté des budgets de plus de 150 000 € pour la saison.\n")
    assert got["150 000 €"].unit == "€"


def test_a_single_row_under_a_numbered_caption_is_a_table() -> None:
    # rule `one_row_table`
    got = _by_text(
        "Le sentiment de confiance reste stable.\n"
        "Tableau 2 – Note de confiance dans les clubs (sur 10)\n2016\n2019\n2023\n"
        "Ensemble des licenciés\n5,9\n6,3\n6,1\n"
        "Une édition pilote n'est pas reprise ici.\n"
    )
    assert (got["6,3"].unit, got["6,3"].year) == ("/10", "2019")
    assert "Note de confiance" in got["6,3"].measure


def test_alors_dates_a_sentence_with_the_time_just_told() -> None:
    # rule `alors_year`
    got = {
        r.text: r
        for r in _rows(
            "En 2015, le club a interrogé ses licenciés. Les sondés attribuaient alors 7,1/10 à "
            "l'accueil. Le club compte 40 % de femmes, alors que la moyenne est de 30 %.\n",
            date="2024",
        )
    }
    assert got["7,1/10"].year == "2015"
    assert got["40 %"].year == "2024"  # « alors que » is a contrast


def test_a_key_figure_said_as_a_floor_reads_its_caption() -> None:
    # rule `qualified_key_figure`: « + de 1 380 » / « bénévoles interrogés en mai-juin 2016 »
    got = {
        r.text: r
        for r in _rows(
            "2,5\npartenaires en moyenne par club (enquête de 2016)\n+ de 1 380\n"
            "bénévoles interrogés en mai-juin 2016\n50 %\ndes clubs ont un sponsor (2016)\n",
            date="2024",
        )
    }
    assert got["1 380"].year == "2016" and "bénévoles interrogés" in got["1 380"].sentence


# Second review's guards


def test_single_digit_earlier_values_in_brackets_are_cells() -> None:
    got = {
        r.text: r
        for r in _rows(
            "Tableau 3 – Clubs jugeant les tournois utiles, selon la taille (en %)\n"
            "Taille du club\nSaison 2024\nSaison 2022\n"
            "Moins de 50 licenciés\n12\n(8)\nDe 50 à 199 licenciés\n18\n(15)\n"
            "200 licenciés et plus\n25\n(21)\n"
        )
    }
    assert got["8"].year == "2022" and got["21"].year == "2022"
    assert "(15)" not in got["25"].measure


def test_row_labels_in_points_and_ten_year_spans() -> None:
    got = _by_text(
        "Tableau 5 — Indicateurs du club pour la saison\nIndicateur Valeur\n"
        "Évolution des licenciées depuis 2020 (pts) 4\n"
        "Renouvellement des équipements (sur 10 ans) 6\n"
    )
    assert got["4"].unit == "pts"
    assert "6" not in got or got["6"].unit != "/10"


def test_alors_as_a_consequence_dates_nothing() -> None:
    got = {
        r.text: r
        for r in _rows(
            "Le club a été fondé en 1998 par des parents. Si un licencié quitte le club en cours "
            "de saison, il perd alors sa cotisation de 85 €.\n",
            date="2025",
        )
    }
    assert got["85 €"].year == "2025"
    school = {
        r.text: r
        for r in _rows(
            "En 2020, le club a créé une école de foot pour les enfants nés après 2012. Elle "
            "accueillait alors 80 enfants.\n",
            date="2025",
        )
    }
    assert school["80"].year == "2020"


def test_budget_classes_and_counts_after_a_qualifier() -> None:
    got = _by_text(
        "Parmi les clubs aux budgets de plus de 150 000 €, 60 % ont un sponsor, contre 20 % "
        "pour les autres.\n"
    )
    assert "150 000 €" not in got
    kids = _by_text("Le club a accueilli 120 enfants en juillet et seulement 80 en août.\n")
    assert kids["80"].unit == kids["120"].unit


def test_a_key_figures_strip_is_no_one_row_table() -> None:
    got = _by_text(
        "Chiffres clés\nSaison 2024\nLicenciées\nJeunes licenciés\nBénévoles actifs\n"
        "Taux de fidélité\n38 %\n54 %\n21 %\n87 %\nLe club poursuit sa croissance.\n"
    )
    assert "Saison 2024 : Taux de fidélité" not in got["38 %"].measure
