"""The finder's fourth accuracy round, one behaviour per test (each fails without its rule):
tables with one column per year, numbers standing for a count printed before them, a « % »
opening the next line, populations of company reports, shares that are changes."""

from __future__ import annotations

import pytest
from finder_page import FinderPage

from assistant.finder.columns import column_rows
from assistant.types import DocInfo

DOC = DocInfo(source="d.pdf", title="Rapport", kind="rapport", date="2019-04-01")


PAGE = FinderPage(DOC)
rows, one = PAGE.rows, PAGE.one


# --- tables with one column per year ----------------------------------------------------------

INDICATORS = (
    "Indicateurs de performance Groupe\n"
    "Engagements Indicateurs 2016 2017 2018 Var. vs. N-1\n"
    "Promouvoir la diversité Effectif inscrit au 31/12 223 211 221 956 220 060 - 0,9 %\n"
    "% des femmes dans l'effectif 53 % 53 % 54 % -\n"
    "Nombre d'alternants / apprentis au 31/12 6 964 7 313 8 532 + 17 %\n"
    "Taux de gravité des accidents du travail - 0,79 0,67 - 0,12\n"
    "point\n"
    "Électricité renouvelable produite (MWh) 90 500 107 500 106 700 - 0,7 %\n"
    "Montant versé au titre de la solidarité (dons et fondations) (K€) 74 191 77 959 86 455 + 11 %\n"
    "Nombre de personnes bénéficiaires des actions des fondations\n"
    "ou partenariats de solidarité\n"
    "95 911 102 413 101 221 - 1 %\n"
)


def test_a_bare_cell_under_year_columns_is_a_count_when_its_label_says_nombre():
    row = one(INDICATORS, "8 532")
    assert (row.unit, row.value, row.year, row.actor) == (
        "count",
        8532,
        "2018",
        "alternants / apprentis",
    )
    assert one(INDICATORS, "6 964").year == "2016"


def test_a_row_label_runs_over_the_lines_above_its_cells():
    row = one(INDICATORS, "102 413")
    assert (row.unit, row.year) == ("people", "2017")
    assert row.measure.startswith("Nombre de personnes bénéficiaires des actions des fondations ou")


def test_a_money_label_gives_its_cells_unit_and_multiplier():
    row = one(INDICATORS, "86 455")
    assert (row.unit, row.value, row.year) == ("€", 86_455_000, "2018")


def test_cells_without_a_unit_in_their_label_are_not_figures():
    texts = {r.text for r in rows(INDICATORS)}
    assert not texts & {"0,79", "106 700", "223 211", "500"}


def test_shares_take_their_column_year_and_the_variation_the_last():
    assert [r.year for r in rows(INDICATORS) if r.text in ("53 %", "54 %")] == [
        "2016",
        "2017",
        "2018",
    ]
    assert one(INDICATORS, "17 %").measure.startswith("variation : Nombre d'alternants")


@pytest.mark.parametrize(
    ("line", "cells"),
    [
        ("Effectif inscrit au 31/12 223 211 221 956 220 060 - 0,9 %", [223211, 221956, 220060]),
        ("Électricité (MWh) 90 500 107 500 106 700 - 0,7 %", [90500, 107500, 106700]),
        ("Consommation d'eau (l/m2) (3) 1341 1 258 1 487 + 18 %", [1341, 1258, 1487]),
        ("Taux de gravité - 0,79 0,67 - 0,12", [None, 0.79, 0.67]),
        ("Nombre d'employés suivis NC 12 63 828 + 2 %", [None, 12, 63828]),
    ],
)
def test_cells_are_split_by_thousands_groups(line: str, cells: list[float | None]) -> None:
    text = f"Indicateurs 2016 2017 2018 Var.\n{line}\n"
    (row,) = column_rows(text).values()
    assert [c and c.value for c in row.cells] == cells


def test_dont_rows_count_what_the_row_above_counts_and_a_heading_names_the_rows_under_it():
    text = (
        "État des lieux des usines\n2017 2018\n"
        "Nombre d'usines actives situées dans des pays à risque fabriquant des produits\n"
        "à marques propres pour le Groupe 1 578 1 510\n"
        "Dont situées en Inde 150 174\n"
        "Répartition par pays des usines auditées par le Groupe :\n"
        "En Chine 61 % 59 %\n"
    )
    inde = one(text, "174")
    assert (inde.unit, inde.noun, inde.year) == ("count", "usines", "2018")
    assert inde.measure.startswith("Dont situées en Inde — Nombre d'usines actives")
    assert one(text, "1 578").year == "2017"
    china = one(text, "61 %")
    assert (china.year, china.measure) == (
        "2017",
        "En Chine — Répartition par pays des usines auditées par le Groupe",
    )


def test_under_a_lone_year_only_rows_that_say_what_they_count_are_read():
    text = (
        "2018\nNombre d'audits ICS mandatés par le Groupe dans des usines\n"
        "et ayant généré au moins une alerte**** 207\n"
        "Les usines sont localisées sur une carte depuis 2019 et suivies à 45 %\n"
    )
    assert (one(text, "207").unit, one(text, "207").year) == ("count", "2018")
    assert one(text, "45 %").year_source != "tableau"


def test_a_percent_sign_opening_the_next_line_is_not_the_numbers():
    text = (
        "Indicateurs de suivi\n2017 2018\n"
        "Nombre d'usines de confection textile situées au Bangladesh 31 36\n"
        "% d'usines de confection textile suivies par l'Accord 100 % 100 %\n"
    )
    row = one(text, "36")
    assert (row.unit, row.year) == ("count", "2018")
    assert "36 %" not in {r.text for r in rows(text)}


# --- counts ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "printed", "noun"),
    [
        (
            "Il s'appuie sur un réseau de 350 « catalyseurs territoriaux », qui animent.",
            "350",
            "catalyseurs territoriaux",
        ),
        (
            "L'Observatoire a étudié les associations employeuses, au nombre de 148 000 en France.",
            "148 000",
            "associations employeuses",
        ),
        ("Dont 36 mesures sont effectives et 12 en voie de l'être.", "12", "mesures"),
        (
            "Formation de 50 OSC intermédiaires (Jógjëf : 30,\nOribi : 20) œuvrant auprès des jeunes.",
            "30",
            "OSC intermédiaires",
        ),
    ],
)
def test_a_number_standing_for_a_count_counts_its_noun(text: str, printed: str, noun: str) -> None:
    row = one(text, printed)
    assert (row.unit, row.noun) == ("count", noun)


def test_a_year_after_et_is_not_a_count():
    text = "Le Groupe a ouvert 12 magasins en 2017 et 2018 dans la région."
    assert {r.text for r in rows(text)} == {"12"}


# --- populations -----------------------------------------------------------------------------


def test_a_change_after_de_has_no_population():
    text = (
        "Le Groupe se fixe comme ambition de réduire l'intensité carbone des produits "
        "utilisés par ses clients de 15 % entre 2015 et 2030."
    )
    assert one(text, "15 %").actor == ""


def test_company_report_populations():
    text = "Plus de 53 000 clients ont été sondés ; 91 % des clients se disent satisfaits."
    assert one(text, "91 %").actor == "clients"
    assert one("Un accord avec 37 fournisseurs partenaires est en place.", "37").actor == (
        "fournisseurs partenaires"
    )


def test_a_rate_paid_to_a_population_counts_it():
    text = (
        "Son montant est de 44 euros par jour pour les personnes en couple et de 52 euros par "
        "jour pour une personne isolée."
    )
    assert one(text, "44 euros").actor == "personnes en couple"
    assert one(text, "52 euros").actor == "personne isolée"
    # an amount given to someone is not a share of them
    assert (
        one("Elle a permis de récolter 116 000 € pour les associations.", "116 000 €").actor == ""
    )


def test_an_average_count_counts_the_population_named_before_it():
    text = "En moyenne, une association compte 2,5 partenaires de natures différentes."
    assert one(text, "2,5").actor == "association"


def test_years_joined_by_et_are_one_period_and_depuis_dates_near_a_law_noun():
    text = (
        "4 lois ont été votées depuis 2017 pour protéger les victimes, et 2000 places "
        "supplémentaires ont été créées en 2020 et 2021."
    )
    assert one(text, "4").year == "2017-2019"
    assert one(text, "2000").year == "2020-2021"
    two = "86 % des Français le jugeaient urgent en 2008, et 84 % en 2012."
    assert [one(two, "86 %").year, one(two, "84 %").year] == ["2008", "2012"]


@pytest.mark.parametrize(
    ("text", "printed", "measure"),
    [
        (
            "L'objectif de développement durable n°17, consacré aux partenariats, compte 19 cibles.",
            "19",
            "nombre de cibles (L'objectif de développement durable n°17)",
        ),
        (
            "Selon les supports : trois noms pour un même programme, qui a compté 10 volets.",
            "10",
            "nombre de volets (trois noms pour un même programme)",
        ),
    ],
)
def test_a_count_after_a_possession_verb_names_its_owner(text, printed, measure):
    assert one(text, printed).measure == measure


def test_the_same_thing_as_the_sentence_before_takes_its_measure():
    text = (
        "81 % des Français partagent le sentiment d'un « devoir d'alliance ». Les autres volets "
        "ont mesuré le même sentiment chez les responsables : 86 % des responsables associatifs "
        "le partagent."
    )
    assert one(text, "86 %").measure == one(text, "81 %").measure


def test_a_partitive_share_measures_the_part_after_it():
    text = (
        "Le Groupe emploie 39 % de collaborateurs de moins de 30 ans et 14 % de collaborateurs "
        "de 50 ans et plus."
    )
    assert one(text, "39 %").measure == "part de collaborateurs de moins de 30 ans (Groupe emploie)"
    # a population's share keeps its predicate
    text = "Tous y voient une source d'innovation : c'est l'avis de 81 % des dirigeants."
    assert one(text, "81 %").measure == "voient une source d'innovation"
