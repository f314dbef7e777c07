import itertools

import pytest

from assistant.checks.figures import figure_category, figure_on_page
from assistant.checks.grammar import Figure, find_figures

NBSP, NNBSP = "\u00a0", "\u202f"


@pytest.mark.parametrize(
    "text, figure, key",
    [
        # percentages, whatever the space
        ("81 % des Français", "81 %", "81%"),
        ("81% des Français", "81%", "81%"),
        (f"81{NBSP}% des Français", f"81{NBSP}%", "81%"),
        (f"81{NNBSP}% des Français", f"81{NNBSP}%", "81%"),
        ("81 pour cent des Français", "81 pour cent", "81%"),
        ("81,5 %", "81,5 %", "81.5%"),
        # thousands and decimals
        ("1 234,5", "1 234,5", "1234.5"),
        (f"1{NBSP}234,5", f"1{NBSP}234,5", "1234.5"),
        ("1234,5", "1234,5", "1234.5"),
        ("plus de 1.000 exemples", "1.000", "1000"),
        ("1.234,5", "1.234,5", "1234.5"),
        ("1 000 exemples", "1 000", "1000"),
        ("148 000 associations employeuses", "148 000", "148000"),
        ("2,5 partenaires", "2,5", "2.5"),
        ("2.5 partenaires", "2.5", "2.5"),
        ("2,50", "2,50", "2.5"),
        # money
        ("une dotation de 1,5 M€", "1,5 M€", "1500000€"),
        ("1,5 million d'euros", "1,5 million d'euros", "1500000€"),
        ("1,5 million d’euros", "1,5 million d’euros", "1500000€"),
        ("dotation de 1.5M €", "1.5M €", "1500000€"),
        ("1 500 000 €", "1 500 000 €", "1500000€"),
        ("150 000 €", "150 000 €", "150000€"),
        ("150 000 euros", "150 000 euros", "150000€"),
        ("2 Md€", "2 Md€", "2000000000€"),
        ("3 k€", "3 k€", "3000€"),
        ("2 millions de bénévoles", "2 millions", "2000000"),
        ("1,5 milliard", "1,5 milliard", "1500000000"),
        # scores
        ("emploi 7,1/10", "7,1/10", "7.1/10"),
        ("7,1 / 10", "7,1 / 10", "7.1/10"),
        ("6,6 sur 10", "6,6 sur 10", "6.6/10"),
        ("1 sur 2", "1 sur 2", "1/2"),
        # dates, months, years, ranges
        ("lancée le 30 novembre 2021", "30 novembre 2021", "2021-11-30"),
        ("remis le 1er mai 2020", "1er mai 2020", "2020-05-01"),
        ("créée le 14 juin 2022", "14 juin 2022", "2022-06-14"),
        ("le 30/11/2021", "30/11/2021", "2021-11-30"),
        ("le 12 avril, à Lille", "12 avril", "--04-12"),
        ("publiée en novembre 2024", "novembre 2024", "2024-11"),
        ("Novembre 2024", "Novembre 2024", "2024-11"),
        ("enquête de nov. 2020", "nov. 2020", "2020-11"),
        ("le 28 oct. 2024", "28 oct. 2024", "2024-10-28"),
        ("créé en 2006", "2006", "2006"),
        ("ARPEA 2008-2012", "2008-2012", "2008-2012"),
        ("ARPEA 2008–2012", "2008–2012", "2008-2012"),
        ("de 2008 à 2012", "2008 à 2012", "2008-2012"),
        ("entre 2019 et 2021", "2019 et 2021", "2019-2021"),
        # counts, small integers included
        ("42 fondations interrogées", "42", "42"),
        ("302 maires", "302", "302"),
        ("21 mesures", "21", "21"),
        ("350", "350", "350"),
        ("3 missions", "3", "3"),
        ("19 cibles", "19", "19"),
        ("« 15 ans » de recherche", "15", "15"),
        ("+12 % en un an", "12 %", "12%"),
        ("Agenda 2030", "2030", "2030"),
        ("le [2021] est une année", "2021", "2021"),  # not a citation: more than two digits
        ("chacun 6,3/10, au même niveau", "6,3/10", "6.3/10"),  # punctuation after the score
        ("la sécurité, notée 7/10.", "7/10", "7/10"),
    ],
)
def test_find_figures(text, figure, key):
    found = find_figures(text)
    assert [(f.text, f.key) for f in found] == [(figure, key)]
    assert text[found[0].start : found[0].end] == figure


@pytest.mark.parametrize(
    "text",
    [
        "selon le rapport [3].",  # citation markers
        "selon [1, 2] et [1,2] puis [1][2] ou [1–3]",
        "l'ODD 17 et la COP 21",  # names
        "le dossier n°3, le n° 628, la fiche 4",
        "voir page 12, p. 7 et l'article 5",
        "le 11e rapport, la 1re session, le 3e dîner",  # ordinals
        "la Covid-19, le CO2, la 5G",
        "https://www.lerameau.fr/2021/rapport-12 et contact@odd17.org",
        "www.odd17.org, lerameau.fr/2021 ou jean.1990@exemple.fr",
        "version 1.2.3",
    ],
)
def test_not_figures(text):
    assert find_figures(text) == []


def test_figures_in_order_without_overlap():
    text = "En 2021, 81 % des Français [1] et 1,5 M€ versés le 30 novembre 2021 à 42 fondations."
    found = find_figures(text)
    assert [f.key for f in found] == ["2021", "81%", "1500000€", "2021-11-30", "42"]
    assert all(a.end <= b.start for a, b in itertools.pairwise(found))


@pytest.mark.parametrize(
    "text, category",
    [
        # dates, months, day numbers, periods and bare years: « dates », apart from quantities
        ("en 2015", "date"),
        ("le 30 novembre 2021", "date"),
        ("le 30/11/2021", "date"),
        ("le 5 mars", "date"),
        ("en novembre 2021", "date"),
        ("de 2008 à 2012", "date"),
        ("2008-2012", "date"),
        # quantities, including counts the size of a year (written with a space in French)
        ("81 %", "quantity"),
        ("5 associations", "quantity"),
        ("2 021 communes", "quantity"),
        ("2021 €", "quantity"),
        ("2015,5", "quantity"),
        ("1,5 M€", "quantity"),
        ("7,1/10", "quantity"),
        ("1500 emplois", "quantity"),
    ],
)
def test_figure_category(text, category):
    (fig,) = find_figures(text)
    assert figure_category(fig) == category


@pytest.mark.parametrize(
    "a, b",
    [
        ("81 %", "81%"),
        ("81 %", "81 pour cent"),
        ("1 234,5", "1234,5"),
        ("1.000", "1 000"),
        ("2,5", "2.5"),
        ("1,5 M€", "1,5 million d'euros"),
        ("1,5 M€", "1 500 000 €"),
        ("1.5M €", "1,5 M€"),
        ("7,1/10", "7,1 sur 10"),
        ("30 novembre 2021", "30/11/2021"),
        ("2008-2012", "de 2008 à 2012"),
        ("2 millions", "2 000 000"),
    ],
)
def test_same_key(a, b):
    assert [f.key for f in find_figures(a)] == [f.key for f in find_figures(b)]


def fig(text: str) -> Figure:
    (found,) = find_figures(text)
    return found


@pytest.mark.parametrize(
    "figure, page, expected",
    [
        ("81 %", "Selon l'étude, 81 % des Français estiment…", True),
        ("81%", f"81{NNBSP}% des Français", True),
        ("81 %", "81 pour cent des Français", True),
        ("81 %", "seuls 18 % des Français", False),
        ("81 %", "810 répondants", False),
        ("81 %", "81,5 % des Français", False),
        ("81 %", "81 répondants", False),  # the unit must be on the page
        ("81 %", "les 1 810 % de hausse", False),
        ("2012", "référence 2012345", False),
        ("2012", "le rapport de 2012", True),
        ("2021", "lancée le 30 novembre 2021", True),
        ("2021", "le programme 2018-2021", True),
        ("2010", "le programme 2008-2012", False),  # inside the range, not on the page
        ("2021", "en novembre 2021", True),
        ("81", "81 % des Français", True),  # a bare number may carry a unit on the page
        ("1.000", "plus de 1 000 exemples", True),
        ("148 000", "148 000 associations", True),
        ("2 millions", "un budget de 2 M€", True),
        ("1,5 M€", "une dotation de 1.5M € sur 3 ans", True),
        ("1,5 M€", "une dotation de 1,5 million d’euros", True),
        ("1,5 M€", "une dotation de 1,5 million", True),  # currency left out on the page
        ("1,5 M€", "une dotation de 2,5 M€", False),
        ("1,5 M€", "1,5 % des dons", False),
        ("7,1/10", "emploi : 7,1 sur 10", True),
        ("7,1/10", "emploi : 7,1", False),
        ("1,2", "passé de 1,2 M€ à 1,5 M€", True),  # the number as written on the page
        ("2", "1 sur 2 Français", True),
        ("6,6 sur 10", "une note de 6,6/10", True),
        ("30 novembre 2021", "lancée le 30/11/2021 à Saint-Maurice", True),
        ("30 novembre 2021", "lancée le 30 novembre, au Giving Tuesday 2021", True),
        ("30 novembre 2021", "lancée le 30 septembre 2021", False),
        ("30 novembre 2021", "lancée le 30 novembre 2020", False),
        ("novembre 2024", "du 30 septembre au 28 novembre 2024", True),
        ("12 avril", "le 12 avril 2021", True),
        ("12 avril", "le 12 mai", False),
        ("novembre 2024", "en novembre 2023", False),
        ("2008-2012", "le plan ARPEA (de 2008 à 2012)", True),
        ("2008-2012", "lancé en 2008, clos en 2012", True),
        ("2008-2012", "lancé en 2008", False),
        ("200", "2019 2020 2021\n150 200 300", True),  # cells of a flattened table
        ("3", "l'ODD 17 et ses 3 missions", True),
        ("17", "l'ODD 17", False),  # a name on the page is not a figure
        ("novembre 2020", "l'étude de novembre\n2020 montre", True),  # cut by a line end
        ("6,3/10", "obtiennent chacun 6,3/10, loin", True),
        ("302", "CHIFFRES CLÉS DE L'ENQUÊTE\n302 maires interrogés", True),  # its own line
        ("302", "CHIFFRES CLÉS DE L'ENQUÊTE 302", False),  # a name, on one line
        ("23", "publiée le 23\nseptembre", True),  # a sentence cut before the month
        ("24", "publiée le 23\nseptembre", False),
    ],
)
def test_figure_on_page(figure, page, expected):
    assert figure_on_page(fig(figure), page) is expected


def test_a_footnote_call_glued_to_a_bracket_or_a_quote_is_no_figure():
    text = (
        "Plus de 2 000 personnes ont répondu (PHARE-Citoyens)1. Un « devoir d'alliance »2 existe."
    )
    assert [f.text for f in find_figures(text)] == ["2 000"]
    # a figure with its unit glued there stays one, and so does a count after a space
    assert [f.text for f in find_figures("Enquête (2019)35 % des maires")] == ["2019", "35 %"]
    assert [f.text for f in find_figures("le réseau (Alpha) 12 membres")] == ["12"]
    # an opening straight quote, the first cell of a row of numbers
    assert [f.text for f in find_figures('Le rapport indique "12 salariés" en moyenne.')] == ["12"]
    assert [f.text for f in find_figures("Les réponses (en %)45 52 60")] == ["45", "52", "60"]
