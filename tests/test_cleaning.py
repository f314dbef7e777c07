"""Table tests for the pure cleaning functions."""

from __future__ import annotations

import pytest

from assistant.ingest.cleaning import (
    clean_pages,
    collapse_dot_leaders,
    fix_glyph_names,
    infer_page_labels,
    join_hyphenation,
    normalize,
    remove_running_lines,
    tidy,
    words_of,
)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("ﬁnancement et ﬂux", "financement et flux"),
        ("eﬀet, eﬃcace, aﬄux", "effet, efficace, afflux"),
        ("parte\u00adnariat", "partenariat"),
        ("parte\u00ad\nnariat", "partenariat"),
        ("a\u200bb\u200dc\ufeffd\u2060e", "abcde"),
        ("12\u00a0500\u00a0€", "12 500 €"),
        ("50\u202f% des\u2009entreprises", "50 % des entreprises"),
        ("l’Observatoire d'Alsace", "l’Observatoire d'Alsace"),
        ("  a   b \t c  \n  d  ", "a b c\nd"),
        ("a\r\nb\rc", "a\nb\nc"),
        ("paragraphe 1\n\nparagraphe 2", "paragraphe 1\n\nparagraphe 2"),
        ("120 m² et 3 t de CO₂, 1º, 2ª", "120 m² et 3 t de CO₂, 1º, 2ª"),
        ("et ainsi de suite…", "et ainsi de suite…"),
        ("Saint\u2011Denis, Aix\u2010en-Provence", "Saint-Denis, Aix-en-Provence"),
        ("ＡＢＣ１２３", "ABC123"),
        ("ligne\x00 avec\x07 contrôles", "ligne avec contrôles"),
        ("", ""),
    ],
)
def test_normalize(raw: str, expected: str) -> None:
    assert normalize(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("/two.pnum/zero.pnum/two.pnum/one.pnum", "2021"),
        (
            "/two.pnum/zero.pnum//zero.pnum/one.pnum//two.pnum/zero.pnum/two.pnum/two.pnum",
            "20/01/2022",
        ),
        ("relevé au /one.pnumer janvier", "relevé au 1er janvier"),
        ("remboursée à /one.pnum/zero.pnum/zero.pnum%", "remboursée à 100%"),
        ("/six.pnum./five.pnum Renforcer", "6.5 Renforcer"),
        ("/four.pnumh et /seven.pnumjours", "4h et 7jours"),
        ("/one.osf/nine.osf/nine.tnum/eight.lf", "1998"),
        ("/three.oldstyle/zero.taboldstyle/percent.pnum", "30%"),
        ("/one.pnum/comma.osf/five.pnum", "1,5"),
        ("/two.pnum/period.tnum/five.pnum", "2.5"),
        ("/five.pnum.sc", "5"),
        ("note/two.sups", "note²"),
        ("CO/two.subs", "CO₂"),
        ("www.data.gouv.fr/fr/datasets/one", "www.data.gouv.fr/fr/datasets/one"),
        ("et/ou /one /period /zero.", "et/ou /one /period /zero."),
        ("sans glyphe 2021", "sans glyphe 2021"),
    ],
)
def test_fix_glyph_names(raw: str, expected: str) -> None:
    assert fix_glyph_names(raw) == expected


COMPOUNDS = {"femmes", "hommes", "extra-financière", "internationale", "questions", "réponses"}


@pytest.mark.parametrize(
    ("raw", "vocabulary", "expected"),
    [
        ("le parte-\nnariat", set(), "le partenariat"),
        ("de l’enseigne-\nment", set(), "de l’enseignement"),
        ("(équi-\npements, capteurs)", set(), "(équipements, capteurs)"),
        ("en Au-\ntriche", set(), "en Autriche"),
        ("Post-\ngreSQL", set(), "PostgreSQL"),
        ("à Saint-\nMaurice", set(), "à Saint-Maurice"),
        ("Jean-\nYves", set(), "Jean-Yves"),
        ("de 2016-\n2020", set(), "de 2016-2020"),
        ("peut-\nêtre", set(), "peut-être"),
        ("c’est-à-\ndire", set(), "c’est-à-dire"),
        ("c'est-\nà-dire", set(), "c'est-à-dire"),
        ("ceux-\nci", set(), "ceux-ci"),
        ("eux-\nmêmes", set(), "eux-mêmes"),
        ("sous-\ntraitance", set(), "sous-traitance"),
        ("sans-\nabri", set(), "sans-abri"),
        ("micro-\nordinateur", set(), "micro-ordinateur"),
        ("suivi-\névaluation", set(), "suivi-évaluation"),
        # the document's own words decide where the lists cannot
        ("femmes-\nhommes", set(), "femmeshommes"),
        ("femmes-\nhommes", COMPOUNDS, "femmes-hommes"),
        ("questions-\nréponses", COMPOUNDS, "questions-réponses"),
        ("extra-\nfinancière", COMPOUNDS, "extra-financière"),
        ("inter-\nnationale", COMPOUNDS, "internationale"),
        # not a line-end hyphenation
        ("fin -\nsuite", set(), "fin -\nsuite"),
        ("fin-\n\nSuite", set(), "fin-\n\nSuite"),
        ("pas de coupure\nici", set(), "pas de coupure\nici"),
        (
            "deux parte-\nnariats et trois coopé-\nrations",
            set(),
            "deux partenariats et trois coopérations",
        ),
    ],
)
def test_join_hyphenation(raw: str, vocabulary: set[str], expected: str) -> None:
    assert join_hyphenation(raw, vocabulary) == expected


def test_words_of_leaves_out_line_end_fragments() -> None:
    words = words_of("Les femmes-hommes et l’enseigne-\nment du parte-\nnariat")
    assert words == {"les", "femmes-hommes", "et", "du"}


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Introduction ........ 3", "Introduction … 3"),
        ("3.2. Déclaration - DPEF ........184", "3.2. Déclaration - DPEF … 184"),
        ("6.5 Renforcer la sécurité . . . . . . . . 42", "6.5 Renforcer la sécurité … 42"),
        (
            "7.2 Lutter contre la récidive des condamnés . 46",
            "7.2 Lutter contre la récidive des condamnés … 46",
        ),
        ("Annexes ……… 7", "Annexes … 7"),
        ("Sommaire ........", "Sommaire …"),
        ("Et ainsi de suite... 3 fois", "Et ainsi de suite... 3 fois"),
        ("Voir p. 12", "Voir p. 12"),
        ("version 1.2.3.4", "version 1.2.3.4"),
    ],
)
def test_collapse_dot_leaders(raw: str, expected: str) -> None:
    assert collapse_dot_leaders(raw) == expected


def _pages(header: str, footer: str, bodies: list[str]) -> list[str]:
    return [
        "\n".join([header.format(n=n), body, footer.format(n=n)])
        for n, body in enumerate(bodies, 1)
    ]


BODIES = [
    "Le mécénat des entreprises progresse.\nLes associations diversifient leurs ressources.",
    "Les collectivités soutiennent les alliances.\nLe territoire devient le lieu de la co-construction.",
    "Une fondation sur trois agit localement.\nLes partenariats stratégiques se multiplient.",
    "Les petites entreprises s’engagent aussi.\nLa confiance reste le premier levier.",
    "Le bénévolat de compétences attire les jeunes.\nLes réseaux facilitent la mise en relation.",
    "Les pouvoirs publics encouragent ces démarches.\nL’évaluation reste un défi partagé.",
]


@pytest.mark.parametrize(
    ("header", "footer"),
    [
        ("Observatoire des partenariats — Fiche Repère n°3", "Page {n} / 6"),
        ("OBSERVATOIRE DES PARTENARIATS", "{n}"),
        ("Baromètre 2023", "CPESR www.cpesr.fr Baromètre de l’ESR 2023 Novembre 2023 {n} / 28"),
        ("{n}GROUPE CASINO", "DOCUMENT DE RÉFÉRENCE 2018 3"),
    ],
)
def test_remove_running_lines(header: str, footer: str) -> None:
    cleaned = remove_running_lines(_pages(header, footer, BODIES))
    assert cleaned == BODIES


def test_running_lines_tolerate_spacing_and_case() -> None:
    pages = [
        f"{180 + n}GROUPE CASINO\n{BODIES[n]}" if n % 2 else f"{180 + n} Groupe casino\n{BODIES[n]}"
        for n in range(6)
    ]
    assert remove_running_lines(pages) == BODIES


def test_running_lines_peel_a_header_under_a_header() -> None:
    head = "RESPONSABILITÉ SOCIALE\nET DÉCLARATION DE PERFORMANCE\n{n} GROUPE CASINO\nDOCUMENT DE RÉFÉRENCE 2018"
    pages = _pages(head, "", BODIES)
    assert [page.strip() for page in remove_running_lines(pages)] == BODIES


def test_body_line_repeated_once_stays() -> None:
    bodies = list(BODIES)
    bodies[1] = "Le mécénat de compétences progresse.\n" + bodies[1]
    bodies[4] = "Le mécénat de compétences progresse.\n" + bodies[4]
    pages = _pages("Fiche Repère", "Page {n}", bodies)
    assert remove_running_lines(pages) == bodies


def test_body_line_in_the_middle_stays_even_if_everywhere() -> None:
    bodies = [f"{b}\n{b.upper()}\nRépété au milieu.\n{b.lower()}\n{b.title()}" for b in BODIES]
    assert remove_running_lines(bodies) == bodies


def test_lone_figure_at_the_bottom_stays() -> None:
    pages = _pages("Baromètre", "{n} / 6", BODIES)
    pages[2] = pages[2].replace("Baromètre\n", "Baromètre\n0\n")
    cleaned = remove_running_lines(pages)
    assert cleaned[2] == "0\n" + BODIES[2]


def test_running_lines_need_three_pages() -> None:
    pages = _pages("En-tête", "Page {n}", BODIES[:2])
    assert remove_running_lines(pages) == pages


LOG = [
    "\n".join(f"Page {p} du rapport, ligne {k} : {3 * p + k} dossiers traités" for k in range(12))
    for p in range(1, 7)
]
FORMS = [
    f"Dossier n° {40 + p}\nMontant : {120 * p} €\nDate : 2023-0{p}-1{p}\nBénéficiaires : {p * 7}\n"
    f"Durée : {p + 2} mois\nPartenaires : {p}\nBudget : {900 + p} k€\nSalariés : {p * 3}"
    for p in range(1, 7)
]
ROWS = [
    "\n".join(f"Région {10 * p + k} : {k + p} % des entreprises" for k in range(5))
    for p in range(1, 7)
]


@pytest.mark.parametrize(
    ("pages", "expected"),
    [
        # every line differs from the others only by its numbers (a log): all of it is content
        pytest.param(LOG, LOG, id="log-lines-differ-only-by-numbers"),
        # the same log under a real running header and footer: only those go
        pytest.param(_pages("Journal des opérations", "{n} / 6", LOG), LOG, id="log-with-header"),
        # a form printed on every page, figures changing: never the whole page
        pytest.param(FORMS, FORMS, id="form-on-every-page"),
        # table rows repeated within each page, even at the page edges, are no running lines
        pytest.param(
            _pages("Baromètre 2023", "Page {n}", ROWS), ROWS, id="table-rows-at-the-edges"
        ),
        # a page holding only the header and footer is emptied (reported as such by ingest)
        pytest.param(
            _pages("Fiche Repère", "Page {n}", [*BODIES[:3], "", *BODIES[4:]]),
            [*BODIES[:3], "", *BODIES[4:]],
            id="page-with-only-header-and-footer",
        ),
    ],
)
def test_running_line_removal_never_empties_a_page_of_content(
    pages: list[str], expected: list[str]
) -> None:
    assert [page.strip("\n") for page in remove_running_lines(pages)] == expected


def test_clean_pages_keeps_a_document_whose_lines_differ_only_by_numbers() -> None:
    cleaned = clean_pages(LOG)
    assert all(page.count("\n") == 11 for page in cleaned)
    assert "Page 4 du rapport, ligne 7 : 19 dossiers traités" in cleaned[3]


@pytest.mark.parametrize(
    ("pages", "expected"),
    [
        (
            [f"{180 + n}GROUPE CASINO\ntexte" for n in range(1, 6)],
            ["181", "182", "183", "184", "185"],
        ),
        ([f"texte\n{197 + n}" for n in range(1, 5)], ["198", "199", "200", "201"]),
        ([f"texte\nPage {n} / 5" for n in range(1, 6)], None),  # printed = physical
        (["Re-Co", "3 4\nRe-Co", "5 6\nRe-Co", "7 8\nRe-Co"], None),  # two-up spreads
        ([f"Rapport 2018\ntexte {n}" for n in range(1, 6)], None),  # a year is no page number
        (["181 texte", "182 texte"], None),  # too short to tell
        (["texte", "texte", "texte"], None),
    ],
)
def test_infer_page_labels(pages: list[str], expected: list[str] | None) -> None:
    assert infer_page_labels(pages) == expected


def test_tidy() -> None:
    assert tidy("  a  b \n\n\n\n c \n") == "a b\n\nc"


def test_clean_pages_whole_pipeline() -> None:
    raw = [
        "Observatoire des partenariats — Fiche Repère n°3\n"
        "Sommaire ........ /two.pnum\n"
        "Le parte-\nnariat associatif en /two.pnum/zero.pnum/two.pnum/three.pnum\n"
        "Page /one.pnum / 3",
        "Observatoire des partenariats — Fiche Repère n°3\n"
        "Les  ﬁnancements\u00a0croisés : 12\u00a0500 € pour  l’année.\n\n\n"
        "Nouveau paragraphe à Saint-\nMaurice.\n"
        "Page /two.pnum / 3",
        "Observatoire des partenariats — Fiche Repère n°3\nSans hyphéna\u00adtion.\nPage /three.pnum / 3",
    ]
    assert clean_pages(raw) == [
        "Sommaire … 2\nLe partenariat associatif en 2023",
        "Les financements croisés : 12 500 € pour l’année.\n\nNouveau paragraphe à Saint-Maurice.",
        "Sans hyphénation.",
    ]
