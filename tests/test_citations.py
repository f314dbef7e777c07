import pytest

from assistant.checks.citations import (
    CITATION_RE,
    FigureCheck,
    check_figures,
    cited_numbers,
    marker_numbers,
    sentence_citations,
    strip_unknown,
)


@pytest.mark.parametrize(
    "text, markers",
    [
        ("texte [1].", ["[1]"]),
        ("texte [12].", ["[12]"]),
        ("texte [1, 3].", ["[1, 3]"]),
        ("texte [1,3].", ["[1,3]"]),
        ("texte [1; 3].", ["[1; 3]"]),
        ("texte [1][2].", ["[1]", "[2]"]),
        ("texte [1–3] et [4-5].", ["[1–3]", "[4-5]"]),
        ("texte [ 2 ].", ["[ 2 ]"]),
        ("[sic] et [2021] et [100] et [a] et [] et [1.5]", []),
    ],
)
def test_citation_re(text, markers):
    assert [m.group() for m in CITATION_RE.finditer(text)] == markers


@pytest.mark.parametrize(
    "marker, numbers",
    [
        ("[1]", [1]),
        ("[1, 3]", [1, 3]),
        ("[1–3]", [1, 2, 3]),
        ("[2-4, 7]", [2, 3, 4, 7]),
        ("[3–1]", [3, 1]),  # a reversed span is read as its two ends
        ("[1–40]", [1, 40]),  # so is one too wide to be meant
    ],
)
def test_marker_numbers(marker, numbers):
    assert marker_numbers(marker) == numbers


@pytest.mark.parametrize(
    "answer, numbers",
    [
        ("Rien à citer.", []),
        ("A [2]. B [1]. C [2].", [2, 1]),
        ("A [1, 3][2]. B [1–2].", [1, 3, 2]),
        ("En [2021], 81 % [sic] [4].", [4]),
    ],
)
def test_cited_numbers(answer, numbers):
    assert cited_numbers(answer) == numbers


@pytest.mark.parametrize(
    "answer, valid, expected",
    [
        ("texte [1].", {1}, "texte [1]."),
        ("texte [7].", {1}, "texte."),
        ("texte [7], suite [1].", {1}, "texte, suite [1]."),
        ("texte [7] suite.", {1}, "texte suite."),
        ("texte [7] : suite.", {1}, "texte : suite."),
        ("texte [1, 7].", {1}, "texte [1]."),
        ("texte [1,3].", {1, 3}, "texte [1,3]."),  # untouched when all are valid
        ("texte [7, 1, 1].", {1}, "texte [1]."),
        ("texte [1–4].", {1, 2}, "texte [1, 2]."),
        ("texte [7][1].", {1}, "texte [1]."),
        ("texte [1][7].", {1}, "texte [1]."),
        ("texte [7] [8].", {1}, "texte."),
        ("« texte [7] » puis.", {1}, "« texte » puis."),
        ("(voir [7])", {1}, "(voir)"),
        ("A [7].\n[7] B [1].", {1}, "A.\nB [1]."),
        ("[sic] en [2021] [7].", {1}, "[sic] en [2021]."),
        ("texte [7]", set(), "texte"),
    ],
)
def test_strip_unknown(answer, valid, expected):
    assert strip_unknown(answer, valid) == expected


@pytest.mark.parametrize(
    "answer, expected",
    [
        (
            "81 % des Français [1]. 92 % des maires [2].",
            [("81 % des Français [1].", [1]), ("92 % des maires [2].", [2])],
        ),
        # a marker after the final period belongs to the sentence before it
        (
            "81 % des Français. [1] 92 % des maires. [2]",
            [("81 % des Français. [1]", [1]), ("92 % des maires. [2]", [2])],
        ),
        ("Selon M. Dupont, 81 % [1]. Fin.", [("Selon M. Dupont, 81 % [1].", [1]), ("Fin.", [])]),
        ("Il cite p. 12 le rapport [2].", [("Il cite p. 12 le rapport [2].", [2])]),
        (
            "En moyenne 2,5 partenaires et 1.000 exemples [1].",
            [("En moyenne 2,5 partenaires et 1.000 exemples [1].", [1])],
        ),
        ("Version 2.5 ici [1].", [("Version 2.5 ici [1].", [1])]),
        ("Le dossier n°628 [3].", [("Le dossier n°628 [3].", [3])]),
        (
            "Il dit « c'est fini. Vraiment » puis part [3]. Ensuite [4].",
            [("Il dit « c'est fini. Vraiment » puis part [3].", [3]), ("Ensuite [4].", [4])],
        ),
        (
            "Il dit « c'est fini. » Ensuite [4].",
            [("Il dit « c'est fini. »", []), ("Ensuite [4].", [4])],
        ),
        ("Pourquoi ? Parce que [1] !", [("Pourquoi ?", []), ("Parce que [1] !", [1])]),
        ("Des chiffres… et encore [1].", [("Des chiffres… et encore [1].", [1])]),
        ("Deux sources [1, 2][3].", [("Deux sources [1, 2][3].", [1, 2, 3])]),
        (
            "- 81 % des Français [1]\n- 92 % des maires [2]",
            [("- 81 % des Français [1]", [1]), ("- 92 % des maires [2]", [2])],
        ),
        ("81 % des Français.\n[1]", [("81 % des Français. [1]", [1])]),  # marker alone on a line
        ("", []),
    ],
)
def test_sentence_citations(answer, expected):
    assert sentence_citations(answer) == expected


PAGE_1 = (
    "Selon l'étude PHARE-Citoyens, 81 % des Français estiment qu'il existe un devoir "
    "d'alliance. La charte a été lancée le 30 novembre 2021 à Saint-Maurice."
)
PAGE_2 = (
    "Les maires sont 92 % à exprimer un besoin d'alliance ; 302 maires ont été interrogés. "
    "Le fonds est doté de 1,5 million d'euros."
)
PAGES = {1: PAGE_1, 2: PAGE_2}


@pytest.mark.parametrize(
    "answer, expected",
    [
        # correct figures → verified on the cited page
        (
            "81 % des Français ressentent un devoir d'alliance [1].",
            [FigureCheck("81 %", 1, True)],
        ),
        # invented figure: the page says 81 %
        ("83 % des Français ressentent un devoir d'alliance [1].", [FigureCheck("83 %", 1, False)]),
        # the right figure with the wrong citation: 92 % is on the page of [2], not [1]
        ("92 % des maires expriment un besoin d'alliance [1].", [FigureCheck("92 %", 1, False)]),
        # several citations: the first page that has the figure is kept
        ("92 % des maires [1, 2].", [FigureCheck("92 %", 2, True)]),
        # French formats differ between answer and page
        ("81% des Français [1].", [FigureCheck("81%", 1, True)]),
        ("81\u202f% des Français [1].", [FigureCheck("81\u202f%", 1, True)]),
        ("La dotation est de 1,5 M€ [2].", [FigureCheck("1,5 M€", 2, True)]),
        (
            "La dotation est de 1,5 million d’euros [2].",
            [FigureCheck("1,5 million d’euros", 2, True)],
        ),
        ("Lancée le 30/11/2021 [1].", [FigureCheck("30/11/2021", 1, True, "date")]),
        ("Lancée en 2021 [1].", [FigureCheck("2021", 1, True, "date")]),
        ("Lancée en novembre 2021 [1].", [FigureCheck("novembre 2021", 1, True, "date")]),
        # no citation → nothing to check against
        ("81 % des Français le pensent.", [FigureCheck("81 %", None, False)]),
        # a citation whose page is unknown
        ("81 % des Français [5].", [FigureCheck("81 %", 5, False)]),
        # citation markers, names and ordinals are not figures
        ("Le 11e rapport cite l'ODD 17 [1].", []),
        (
            "81 % des Français [1]. Les 302 maires interrogés [2], dont 92 % [2].",
            [
                FigureCheck("81 %", 1, True),
                FigureCheck("302", 2, True),
                FigureCheck("92 %", 2, True),
            ],
        ),
        # a sentence without its own [n] (a list cut where the answer's [n] does not stand):
        # its figures are looked up on the answer's other cited pages
        (
            "Parmi eux : 92 % des maires. 81 % des Français [1].",
            [FigureCheck("92 %", None, False), FigureCheck("81 %", 1, True)],
        ),
        (
            "Les maires : 92 % expriment un besoin. 81 % des Français [1]. Voir [2].",
            [FigureCheck("92 %", 2, True), FigureCheck("81 %", 1, True)],
        ),
        # a figure cited [1] but copied from the page of [2], also cited
        ("92 % des maires [1]. Selon une autre note [2].", [FigureCheck("92 %", 2, True)]),
        # a marker after the period still covers its sentence
        (
            "81 % des Français. [1] 92 % des maires. [2]",
            [FigureCheck("81 %", 1, True), FigureCheck("92 %", 2, True)],
        ),
    ],
)
def test_check_figures(answer, expected):
    assert check_figures(answer, PAGES) == expected


def test_check_figures_apostrophes():
    page = "Le fonds est doté d’une enveloppe de 2 millions d’euros."
    assert check_figures("Une enveloppe de 2 millions d'euros [1].", {1: page}) == [
        FigureCheck("2 millions d'euros", 1, True)
    ]
