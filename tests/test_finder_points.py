"""Figures in points (unit `pts`, rules points_unit, quoted_notation, point_gap, point_margin):
differences and margins are figures, signed; points that are things counted are not; the CLI,
the search and the exports take the unit. Invented examples."""

from __future__ import annotations

import csv
import io
import json

import pytest
from finder_page import FinderPage
from pdf_factory import make_text_pdf

from assistant.checks.figures import figure_on_page
from assistant.checks.grammar import Figure, find_figures
from assistant.cli import EXIT_OK, run
from assistant.finder.browse import Facets
from assistant.finder.detect import detect
from assistant.finder.rows import UNITS, FigureQuery
from assistant.finder.search import search
from assistant.finder.table import FigureTable
from assistant.ingest.run import ingest
from assistant.types import DocInfo
from ui import figures_view as view

PAGE = FinderPage(DocInfo("barometre-2023.pdf", "Baromètre des mobilités", "étude", date="2023-06"))


def points(text: str) -> list[tuple[str, float]]:
    return [(f.text, f.value) for f in detect(text) if f.unit == "pts"]


@pytest.mark.parametrize(
    "text, found",
    [
        ("Le covoiturage gagne 6 pts sur un an.", [("6 pts", 6.0)]),
        ("La note du vélo progresse de 0,4 pt.", [("0,4 pt", 0.4)]),
        ("La part des trajets à pied est en hausse de 4 points.", [("4 points", 4.0)]),
        ("Les cyclistes sont 3 points de plus qu'en 2019.", [("3 points", 3.0)]),
        ("Un écart de 12 points sépare les villes et les campagnes.", [("12 points", 12.0)]),
        ("Elle recule de 1 point de pourcentage.", [("1 point", 1.0)]),
        ("Les jeunes devancent les retraités de 9 points d'écart.", [("9 points", 9.0)]),
        ("Le bus reste à 2 points de la voiture.", [("2 points", 2.0)]),
        ("Les villes moyennes : 15 points les séparent des métropoles.", [("15 points", 15.0)]),
    ],
)
def test_a_number_of_points_is_a_figure_of_unit_pts(text, found):
    assert points(text) == found


@pytest.mark.parametrize(
    "text, found",
    [
        ("Télétravail 41 % ▲ +7 pts sur 2020", [("+7 pts", 7.0)]),
        ("Marche 18 % ▼ −2 pts sur 2020", [("−2 pts", -2.0)]),
        ("Bus (-3 pts)", [("-3 pts", -3.0)]),
        ("Train –0,5 pt", [("–0,5 pt", -0.5)]),
        ("Marge d'erreur : ± 3,1 points au plus.", [("± 3,1 points", 3.1)]),
        ("Une baisse de − 4 points.", [("− 4 points", -4.0)]),
        # a spaced hyphen is punctuation, not a sign; a hyphen after a digit is a range
        ("Voiture - 5 points par rapport à la moyenne", [("5 points", 5.0)]),
        ("entre 10-12 pts", [("12 pts", 12.0)]),
    ],
)
def test_the_sign_is_kept(text, found):
    assert points(text) == found


@pytest.mark.parametrize(
    "text",
    [
        "La réunion a relevé 3 points d'attention sur la sécurité.",
        "Le plan de mobilité tient en 10 points.",
        "Les 5 points du plan sont détaillés plus loin.",
        "Chaque gare a 4 points de vente et 2 points clés à surveiller.",
        "Une grille notée sur 20 points.",
        "Du point de vue des usagers, le service progresse.",
        "Un point presse est prévu.",
        "Les 3 points-clés du rapport.",
        # no sign, no « pts », no change or gap word, no margin: points counted
        "Le plan compte 12 points.",
        "Il y a 3 points à retenir.",
        "Je vous propose 3 points : a, b, c.",
        "Il a marqué 25 points au match.",
        "Indice de confiance : 104 points",
        # a sign before points of something else
        "Le réseau ouvre +3 points de vente.",
    ],
)
def test_points_that_are_things_counted_are_no_figures_in_points(text):
    assert points(text) == []


def test_a_quoted_notation_explained_is_no_figure():
    text = "Mode d'emploi : « +4 pts » signifie quatre points de plus. Vélo 12 % ▲ +4 pts"
    assert points(text) == [("+4 pts", 4.0)]
    assert detect(text)[-1].start > text.index("Vélo")


def test_a_gap_measures_what_it_is_taken_against_and_a_margin_counts_no_one():
    text = (
        "Utilisent le vélo chaque semaine Étudiants 31 % ▲ +9 pts sur les salariés\n"
        "Sondage réalisé auprès de 1 200 étudiants, marge d'erreur ± 2,8 points."
    )
    gap = PAGE.one(text, "+9 pts")
    assert gap.unit == "pts" and gap.value == 9.0
    assert gap.measure.startswith("écart sur les salariés (") and "vélo" in gap.measure
    margin = PAGE.one(text, "± 2,8 points")
    assert (margin.actor, margin.measure, margin.value) == ("", "marge d'erreur", 2.8)


def test_the_answer_checks_read_points_with_their_sign():
    page = "Fréquentation du tram : 54 % ▲ +6 pts sur 2021 ; bus ▼ −3 pts."
    (plus,) = find_figures("Le tram gagne +6 pts [1].")
    assert (plus.text, plus.key) == ("+6 pts", "+6pts") and figure_on_page(plus, page)
    (unsigned,) = find_figures("Le tram gagne 6 points [1].")
    assert figure_on_page(unsigned, page)  # the sign left out, not changed
    assert figure_on_page(Figure("−3 pts", 0, 6, "-3pts"), page)
    assert not figure_on_page(Figure("+3 pts", 0, 6, "+3pts"), page)  # the sign changed
    assert not figure_on_page(Figure("6 %", 0, 3, "6%"), page)
    # points counted stay numbers, looked up as before
    assert [f.key for f in find_figures("3 points d'attention")] == ["3"]


def test_pts_is_a_unit_everywhere_units_are_listed():
    assert UNITS.index("pts") == UNITS.index("%") + 1
    facets = Facets(total=3, actors=[], kinds=[], units=[("%", 2), ("pts", 1)], years=[])
    assert ("écarts en points (pts) (1)", "pts") in view.filter_choices(facets)["unit"]


@pytest.fixture
def indexed(make_settings, tmp_path):
    corpus = tmp_path / "corpus"
    make_text_pdf(
        corpus / "tableau-2024.pdf",
        [
            "Tableau de bord des mobilités 2024",
            "Indicateurs de l'année\n\nEn 2024, 62 % des habitants prennent les transports en "
            "commun, en hausse de 5 points.\nLa part de la voiture recule : 48 % ▼ −4 pts.\n"
            "Le comité a retenu 3 points d'attention.",
        ],
    )
    (corpus / "catalogue.toml").write_text(
        '["tableau-2024.pdf"]\ntitle = "Tableau de bord des mobilités"\nkind = "étude"\n'
        'date = "2024-09"\n',
        encoding="utf-8",
    )
    settings = make_settings(corpus)
    ingest(settings)
    return settings


def _figures(settings, *args: str, capsys) -> tuple[int, str]:
    code = run(
        ["figures", "--corpus", str(settings.corpus_dir), "--index", str(settings.index_dir), *args]
    )
    return code, capsys.readouterr().out


def test_cli_unit_filter_and_exports(indexed, capsys):
    code, out = _figures(indexed, "--unit", "pts", "--format", "json", capsys=capsys)
    assert code == EXIT_OK
    rows = json.loads(out)["figures"]
    assert sorted((r["text"], r["value"], r["unit"]) for r in rows) == [
        ("5 points", 5.0, "pts"),
        ("−4 pts", -4.0, "pts"),
    ]
    code, out = _figures(indexed, "--unit", "points", "--format", "csv", capsys=capsys)
    table = list(csv.reader(io.StringIO(out)))
    by_text = {r[0]: r for r in table[1:]}
    assert code == EXIT_OK and set(by_text) == {"5 points", "−4 pts"}
    assert by_text["−4 pts"][1:3] == ["-4.0", "pts"]  # a negative value stays a number
    code, out = _figures(indexed, "--unit", "pts", "--format", "md", capsys=capsys)
    assert "| −4 pts |" in out
    table = FigureTable(indexed.index_dir)
    assert {r.unit for r in search(table, FigureQuery(unit="pts")).figures} == {"pts"}


@pytest.mark.parametrize(
    "text, found",
    [
        # a complement or a change word wins over a determiner before the number
        ("Ces 4 points de pourcentage comptent.", [("4 points", 4.0)]),
        ("Les 5 points d'écart entre les deux vagues.", [("5 points", 5.0)]),
        ("Une hausse de 3 points de PIB.", [("3 points", 3.0)]),
        ("L'écart entre les deux publics atteint 30 points.", [("30 points", 30.0)]),
        ("Vélo : 13 points plus bas.", [("13 points", 13.0)]),
        # a spaced hyphen after a bracket or a share is a sign; « +/- » is a margin
        ("Voiture : 48 % (- 4 pts)", [("- 4 pts", -4.0)]),
        ("Voiture : 48 % - 4 pts", [("- 4 pts", -4.0)]),
        ("Marge d'erreur +/-3 points.", [("+/-3 points", 3.0)]),
    ],
)
def test_points_are_read_on_positive_evidence(text, found):
    assert points(text) == found


def test_a_margin_said_in_words_counts_no_one():
    text = "Sondage auprès de 1 000 Français, marge d'erreur de 3,1 points.\n"
    margin = PAGE.one(text, "3,1 points")
    assert (margin.actor, margin.measure) == ("", "marge d'erreur")


def test_a_gap_phrase_is_short_and_not_a_scale():
    long = "Étudiants 31 % ▲ +9 pts sur les salariés, contre une hausse plus faible ailleurs\n"
    assert PAGE.one(long, "+9 pts").measure.startswith("écart sur les salariés")
    scale = PAGE.one("Un écart de 12 points sur 20 points possibles.\n", "12 points")
    assert not scale.measure.startswith("écart sur")  # « sur 20 »: a scale, not a gap


def test_an_answer_quoting_points_is_checked_on_the_number_the_page_prints():
    """The page's number is enough when it prints no points figure of that size (« 300 points
    d'accueil », « en hausse de 5 points », « (+5) »); a sign the answer adds against the page
    (« −5 » for « en hausse de 5 points ») is not."""
    for answer, page in (
        ("Le réseau compte 300 points [1].", "Le réseau compte 300 points d'accueil."),
        ("La part gagne +5 points [1].", "La part est en hausse de 5 points."),
        ("Le vélo gagne 5 points [1].", "Vélo : 12 % (+5)."),
    ):
        (fig,) = find_figures(answer)
        assert figure_on_page(fig, page), answer
    (minus,) = find_figures("La voiture recule de -4 points [1].")
    assert not figure_on_page(minus, "La voiture recule de 4 points.")


def test_a_bare_margin_in_a_table_is_in_points():
    # rule `bare_margin`: « ± 3,4 » under a caption « (en points) » is a margin of error
    page = (
        "Tableau 3 – Marge d'erreur selon le résultat (en points)\n"
        "Résultat Ensemble Petites communes\n"
        "10 % ou 90 % ± 3,4 ± 8,5\n"
        "Le terrain a duré ± 5 ans selon les équipes.\n"
    )
    assert points(page) == [("± 3,4", 3.4), ("± 8,5", 8.5)]
    years = [(f.text, f.unit) for f in detect(page) if "5 ans" in f.text]
    assert years and years[0][1] == "years"  # a counted noun keeps its own unit


@pytest.mark.parametrize(
    "text",
    [
        "Durée du chantier : ± 2 jours, marge comprise.",  # a duration
        "Budget 12 000 € ± 500, marge de sécurité comprise.",  # a tolerance of a sum
        "Température 20 °C ± 2 (marge de l'appareil).",
        "Le rapport ± 2023 présente une marge.",  # a year
        "Tolérance ± 2 sur la pièce.",  # no margin on the page
    ],
)
def test_a_plus_minus_that_is_no_margin_is_not_in_points(text):
    assert points(text) == []
