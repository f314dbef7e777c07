"""Reading the question: the filters it states."""

import pytest

from assistant.reading.attribution import named_publication
from assistant.reading.question import parse_filters

DOCS = [
    {"source": "etude-2017.pdf", "kind": "étude", "date": "2017-03", "title": "Associations & Partenariats : avec qui ?"},
    {"source": "etude-2021.pdf", "kind": "étude", "date": "2021-09", "title": "IMPACT – Associations & Territoires"},
    {"source": "fiche-2011.pdf", "kind": "fiche", "date": "2011-03", "title": "Les entreprises et les partenariats"},
    {"source": "bulletin-2018.pdf", "kind": "bulletin", "date": "2018-05", "title": "Un parcours"},
]  # fmt: skip


@pytest.mark.parametrize(
    "question, kinds, year",
    [
        ("D'après la fiche repère de 2011, l'Observatoire a été créé en quelle année ?", ("fiche",), 2011),
        ("D'après le bulletin de mai 2018, combien de territoires ?", ("bulletin",), 2018),
        ("Dans l'étude de 2017, quelle part des Français ?", ("étude",), 2017),
        # "l'étude X" that names one of the études: search the études.
        ("Selon l'étude IMPACT de 2021, combien de Français ?", ("étude",), None),
        ("Dans l'étude Associations & Partenariats, quelle proportion ?", ("étude",), None),
        # A survey named by its programme is reported by fiches and bulletins too.
        ("Selon l'étude ARPEA Entreprises & Territoires de janvier 2011, quelle part ?", (), None),
        ("Selon l'Étude ARPEA Entreprises & Territoires, quelle part ?", (), None),
        ("Quelle part des entreprises ont des partenariats ?", (), None),
    ],
)  # fmt: skip
def test_stated_filters(question, kinds, year):
    f = parse_filters(question, DOCS)
    assert f.kinds == kinds and f.year_min == year and f.year_max == year


def test_latest_publication_of_a_kind():
    assert parse_filters("Que dit la dernière étude ?", DOCS).sources == ("etude-2021.pdf",)
    assert parse_filters("Que dit la première étude ?", DOCS).sources == ("etude-2017.pdf",)


@pytest.mark.parametrize(
    "question, sources, rest",
    [
        (
            "Dans l'étude Associations & Partenariats de 2017, quelle proportion travaille avec une collectivité ?",
            ("etude-2017.pdf",),
            "quelle proportion travaille avec une collectivité ?",
        ),
        # "l'étude IMPACT" is the étude of that name, not every title mentioning IMPACT.
        ("Selon l'étude IMPACT de 2021, combien de Français ?", ("etude-2021.pdf",), "combien de Français ?"),
        ("D'après la fiche sur les entreprises et les partenariats, quelle part ?", ("fiche-2011.pdf",), "quelle part ?"),
        # Without a comma, the name is the longest run of words that fits a title.
        ("dans l'étude IMPACT quel est le budget ?", ("etude-2021.pdf",), "quel est le budget ?"),
        # Words that fit no title, or a year that does not match: nothing is named.
        ("Selon l'étude ARPEA Entreprises & Territoires, quelle part ?", (), None),
        ("Dans l'étude IMPACT de 2019, combien ?", (), None),
        ("Dans l'étude de 2017, quelle part ?", (), None),
        # "IMPACT Fondations & Territoires" is another survey than the étude IMPACT – Associations.
        ("Combien de fondations pour l'étude IMPACT Fondations & Territoires de septembre 2021 ?", (), None),
        ("Quelle part des entreprises ?", (), None),
    ],
)  # fmt: skip
def test_named_publication(question, sources, rest):
    assert named_publication(question, DOCS) == (sources, rest or question)


def test_a_document_without_title_is_never_named():
    docs = [*DOCS, {"source": "sans-titre.pdf", "kind": "étude", "date": "2020", "title": None}]
    assert named_publication("Dans l'étude None, combien ?", docs) == (
        (),
        "Dans l'étude None, combien ?",
    )


def test_spoken_fillers_are_not_what_is_asked():
    from assistant.search.retrieve import content_terms

    assert content_terms("c'est quoi ce truc M.E.D.O.C. dont parle le rameau, concrètement ?") == {
        "medoc",
        "rameau",
    }
