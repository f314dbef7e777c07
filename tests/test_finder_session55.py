"""Session 55, figures table: recall families shared by the tuning sets (figures the finder
did not report at all). Every example is invented."""

from __future__ import annotations

from assistant.finder.extract import extract_figures
from assistant.finder.rows import FigureRow
from assistant.types import DocInfo, Page


def _rows(*texts: str, date: str = "2025") -> list[FigureRow]:
    doc = DocInfo(source="clubs.pdf", title="Veille des clubs", kind="bulletin", date=date)
    pages = [Page(i + 1, str(i + 1), text) for i, text in enumerate(texts)]
    return extract_figures(doc, pages)


def _units(text: str) -> dict[str, tuple[float, str]]:
    return {r.text.strip(): (r.value, r.unit) for r in _rows(text)}


def test_points_written_in_words_are_a_difference() -> None:
    # rule `spelled_points`
    u = _units(
        "La part des clubs affiliés atteint 64 %, soit trois points de plus qu'en 2020. "
        "Celle des licenciés recule de deux points. La voile devance d'un demi-point le "
        "kayak.\n"
    )
    assert u["trois points"] == (3.0, "pts")
    assert u["deux points"] == (2.0, "pts")
    assert u["un demi-point"] == (0.5, "pts")


def test_points_in_words_without_a_change_are_no_figure() -> None:
    u = _units("Le règlement compte trois points essentiels. Un point de vigilance demeure.\n")
    assert not any(unit == "pts" for _, unit in u.values())


def test_a_past_participle_or_an_overtaking_says_a_difference_in_points() -> None:
    u = _units(
        "Entre 2018 et 2024, l'adhésion des rameurs a progressé de 17 points. La Bretagne "
        "dépasse la moyenne nationale de 4 points.\n"
    )
    assert u["17 points"] == (17.0, "pts")
    assert u["4 points"] == (4.0, "pts")


def test_abbreviated_points_stay_points_before_a_noun() -> None:
    # « +17 pts d'adhésion »: the abbreviation is a unit, not points counted (« points de vente »)
    u = _units("Bilan : +17 pts d'adhésion chez les rameurs en six ans.\n")
    assert u["+17 pts"] == (17.0, "pts")


def test_signed_numbers_listed_after_a_difference_in_points_are_points() -> None:
    # rule `listed_signed_points`
    rows = _rows(
        "L'adhésion a progressé de 17 points chez les bénévoles, de +9 chez les salariés, "
        "de +4 chez les adhérents, déjà très convaincus, et de −2 chez les donateurs.\n"
    )
    got = {r.text.strip(): (r.value, r.unit, r.actor) for r in rows}
    assert got["+9"] == (9.0, "pts", "salariés")
    assert got["+4"][:2] == (4.0, "pts")
    assert got["−2"][:2] == (-2.0, "pts")


def test_a_signed_number_after_a_count_is_not_points() -> None:
    u = _units("Les ventes : +5 pts en mars, 12 magasins et +3 en avril.\n")
    assert "+3" not in u or u["+3"][1] != "pts"


def test_en_counts_after_a_compound_past_an_infinitive_or_an_adverb() -> None:
    # rule `en_pronoun`, widened: « en a retenu 9 », « d'en réunir 350 », « en citent
    # spontanément 4 en moyenne », « en prévoyait treize »
    u = _units(
        "Le jury a reçu 210 dossiers de clubs. Il en a retenu 9, soit moins d'un sur vingt. "
        "La ligue vise de nouveaux clubs : l'objectif est d'en réunir 350. Les clubs "
        "interrogés en citent spontanément 4 en moyenne. Le plan initial en prévoyait treize.\n"
    )
    assert u["9"] == (9.0, "count")
    assert u["350"] == (350.0, "count")
    assert u["4"] == (4.0, "count")
    assert u["treize"] == (13.0, "count")


def test_a_number_naming_a_slide_after_en_is_no_figure() -> None:
    u = _units("Suite en diapositive 17 : les résultats des clubs. Voir en page 4.\n")
    assert "17" not in u and "4" not in u


def test_a_difference_in_points_measures_the_change_of_the_share_before_it() -> None:
    # rule `point_change`
    rows = {
        r.text.strip(): r
        for r in _rows(
            "En 2024, 64 % des bénévoles déclarent un engagement hebdomadaire, soit trois "
            "points de plus qu'en 2020. Le niveau de confiance recule de deux points.\n"
        )
    }
    up = rows["trois points"]
    assert up.measure.startswith("hausse — ")
    assert "engagement hebdomadaire" in up.measure and up.actor == "bénévoles"
    # a share in another sentence is not the one a difference changes
    assert "engagement" not in rows["deux points"].measure


def test_the_category_s_own_name_heading_table_rows_is_not_renamed() -> None:
    # rule `document_form`: « citoyens » printed most often does not rename rows headed
    # « FRANÇAIS » (the category's own name), only other names taken from outside the sentence
    from dataclasses import replace

    from assistant.finder.deck import _named_as

    row = _rows("En 2024, 86 % des Français jugent les alliances utiles.\n")[0]
    assert row.actor_category == "Français"
    headed = replace(row, actor="FRANÇAIS", sentence="Jugent les alliances utiles 86 %")
    assert not _named_as(headed, "citoyens", "Français")
    other = replace(row, actor="habitants", sentence="Jugent les alliances utiles 86 %")
    assert _named_as(other, "citoyens", "Français")


def test_a_value_after_a_name_word_and_a_colon_is_a_figure() -> None:
    # « Objectif : 350 … » states a value; « objectif 17 » names one
    u = _units("Objectif : 350 « clubs partenaires » d'ici 2027. Voir l'objectif 17.\n")
    assert u["350"] == (350.0, "count")
    assert "17" not in u


def test_a_number_stated_as_the_value_of_a_number_of_things_counts_them() -> None:
    # rule `number_is`
    rows = {
        r.text.strip(): r
        for r in _rows(
            "Le nombre moyen de bénévoles mobilisés par club recule à 9 cette saison. Le nombre "
            "de partenaires par club atteint 2,7.\n"
        )
    }
    assert (rows["9"].unit, rows["9"].actor) == ("people", "bénévoles")
    assert rows["2,7"].unit == "count" and "partenaires" in rows["2,7"].measure


def test_review_guards_points_of_things_and_idioms_are_no_difference() -> None:
    text = (
        "La hausse des adhésions porte sur trois points : le tarif et les locaux. La "
        "progression du budget appelle deux points de vigilance. La baisse des dons est un "
        "point noir. La baisse sera examinée lors d'un point presse. La hausse est, d'un point "
        "de vue statistique, modeste. L'écart ne s'est réduit d'aucun point. Le score du club "
        "dépasse 60 points au classement. Le réseau compte 1 200 pts de vente.\n"
    )
    assert not [r.text for r in _rows(text) if r.unit == "pts"]


def test_review_guards_halves_counts_and_own_subjects() -> None:
    u = _units(
        "Le taux a augmenté d'un point et demi. La confiance est en hausse de deux points et demi.\n"
    )
    assert u["un point et demi"] == (1.5, "pts") and u["deux points et demi"] == (2.5, "pts")
    u = _units(
        "L'adhésion a progressé de 5 points chez les jeunes, et +3 salariés ont rejoint le club.\n"
    )
    assert (3.0, "pts") not in u.values()
    rows = _rows(
        "La part des clubs affiliés atteint 64 %, tandis que le taux de confiance recule de "
        "deux points. Le projet entre en phase 2 : le déploiement. Le label « Clubs verts » "
        "correspond à douze critères.\n"
    )
    got = {r.text: r for r in rows}
    assert "clubs affiliés" not in got["deux points"].measure
    assert "2" not in got and got["douze"].unit == "count"


def test_a_lone_line_ending_on_a_number_or_a_table_of_shares_is_no_figure() -> None:
    assert _rows("Le rapport se poursuit ici.\nObservatoire des clubs 13\n") == []
    rows = _rows("Partenaires cités (en % des clubs)\nÉcoles de voile 73\nClubs de kayak 70\n")
    assert all(r.unit != "count" for r in rows)


def test_soit_before_points_in_words_after_a_share_in_words() -> None:
    u = _units("Un quart des clubs déclarent un mécène, soit trois points de plus qu'en 2020.\n")
    assert u["trois points"] == (3.0, "pts")
    u = _units("L'équipe a totalisé 45 points, soit trois points de plus que la saison passée.\n")
    assert (3.0, "pts") not in u.values()


def test_the_group_a_sentence_opens_on_is_whom_its_share_counts() -> None:
    # rule `opening_group`
    rows = _rows(
        "En 2020, 37 % des clubs déclaraient un mécène. Chez les bénévoles, elle montait à "
        "65 %. Parmi les freins cités, le manque de temps arrive en tête (41 %). Chez les plus "
        "petits, elle tombait à 20 %. Chez les autres, elle restait à 12 %.\n"
    )
    got = {r.text: r.actor for r in rows}
    assert got["65 %"] == "bénévoles"
    assert got["41 %"] != "freins cités"
    assert got["20 %"] != "plus petits" and got["12 %"] != "autres"


def test_rows_naming_their_population_under_a_covering_title_count_it() -> None:
    # rule `population_label`: rows under « Population » count their own population
    rows = _rows(
        "Tableau 2 — Part des organisations ayant un mécène (enquête 2024)\nPopulation\n"
        "Part ayant un mécène\nEntreprises de 10 salariés et plus\n37 %\n"
        "dont associations employeuses\n53 %\nTiers-lieux pionniers\n65 %\n"
    )
    got = {r.text: r.actor for r in rows}
    assert got["37 %"] == "Entreprises de 10 salariés et plus"
    assert got["53 %"] == "associations employeuses"
    assert got["65 %"] == "organisations"  # no population named: the title's


def test_a_number_alone_then_an_amount_alone_are_two_cells() -> None:
    # rule `lone_cells`: « 14 » / « 410 000 € » is not « 14 410 000 € »
    u = _units("Édition\nDossiers reçus\nLauréats\nMontant accordé\n2022\n64\n14\n410 000 €\n")
    assert "14 410 000 €" not in u
    assert u["410 000 €"] == (410000.0, "€")
    # a number cut by a line end stays one, even alone on its line (review)
    assert _units("Dotation\n25\n000 €\n")["25 000 €"][0] == 25000.0
    # a number cut by a line end inside a sentence stays one
    assert (
        _units("Le fonds a versé au total 1 150\n000 € aux clubs.\n")["1 150 000 €"][0] == 1150000.0
    )


def test_rows_naming_partners_keep_the_title_s_population() -> None:
    rows = _rows(
        "Tableau 4 — Part des organisations ayant un partenaire, selon le type de partenaire\n"
        "Type de partenaire\nPart\nEntreprises\n45 %\nAssociations\n30 %\n"
    )
    assert {r.actor for r in rows} == {"organisations"}
