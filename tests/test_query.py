"""The question is read once into a frozen Query: follow-up, spelling, filters, publication."""

from __future__ import annotations

import dataclasses

import pytest

from assistant.errors import GeneratorError
from assistant.reading.query import Query, read

DOCS = [
    {"source": "etude-a.pdf", "title": "Associations et partenariats", "kind": "étude", "date": "2017-03"},
    {"source": "fiche-2.pdf", "title": "Les entreprises et l'intérêt général", "kind": "fiche", "date": "2016-12"},
]  # fmt: skip
PREVIOUS = "En 2008, combien de Français trouvaient urgent de créer des partenariats ?"


def test_a_standalone_question_has_no_context():
    query = read("Combien d'assos ont un partenariat ?")
    assert query.context == ""
    assert query.asked == query.text == "Combien d'associations ont un partenariat ?"
    assert query.kind == "figure" and query.publication == ()


def test_a_followup_keeps_its_context_apart_from_what_it_asks():
    query = read("Et en 2012 ?", [PREVIOUS])
    assert query.context == PREVIOUS and query.asked == "en 2012 ?"
    assert query.text == PREVIOUS.rstrip(" ?") + " — en 2012 ?"
    # What the follow-up pins down is its own year, not the previous question's.
    assert query.years == {"2012"}
    # Its type is read on the whole question.
    assert query.kind == "figure"


def test_names_are_read_in_what_is_asked_only():
    query = read("et la Fondation des Territoires ?", ["Qui dirige Le RAMEAU ?"])
    assert query.names == ("fondation des territoires",)


def test_spelling_is_corrected_in_both_parts():
    def correct(text: str, start: bool) -> str:
        return text.replace("francais", "Français") + ("" if start else " (suite)")

    query = read("et en 2012 ?", ["Combien de francais ?"], correct=correct)
    assert query.context == "Combien de Français ?" and query.asked == "en 2012 ? (suite)"


def test_a_named_publication_becomes_the_filter_and_leaves_the_search():
    query = read("Dans l'étude Associations et partenariats, combien de répondants ?", (), DOCS)
    assert query.publication == ("etude-a.pdf",)
    assert query.stated.sources == ("etude-a.pdf",)
    assert "Associations et partenariats" in query.text
    assert "partenariats" not in query.search and "répondants" in query.search
    # Searching the whole text, the publication's name included, when the filter is not it.
    assert "partenariats" in query.full_search().search


def test_the_documentation_of_a_publication_names_it():
    """« selon la documentation du … » (data/publications.toml)."""
    docs = [{"source": "doc-barometre.pdf", "title": "Documentation du baromètre des résultats", "kind": "autre", "date": "2022"}]  # fmt: skip
    typed = "Selon la documentation du baromètre des résultats, qu'est-ce qu'une voie verte ?"
    assert read(typed, (), docs).publication == ("doc-barometre.pdf",)


def test_a_publication_named_in_the_context_still_restricts_a_followup():
    previous = "Dans l'étude Associations et partenariats, combien de répondants ?"
    query = read("et en 2012 ?", [previous], DOCS)
    assert query.publication == ("etude-a.pdf",)
    assert query.asked == "en 2012 ?" and "répondants" in query.search


def test_a_failing_rewrite_leaves_the_rules_reading():
    def failing(question: str, history: list[str]) -> str:
        raise GeneratorError("le modèle ne répond pas")

    query = read("Et en 2012 ?", [PREVIOUS], rewrite=failing)
    assert query.context == PREVIOUS and query.asked == "en 2012 ?"


def test_an_llm_rewrite_is_a_standalone_question():
    query = read("Et en 2012 ?", [PREVIOUS], rewrite=lambda q, h: "Combien en 2012 ?")
    assert query.context == "" and query.asked == "Combien en 2012 ?"


def test_a_query_is_frozen():
    query = Query("Qui dirige Le RAMEAU ?")
    with pytest.raises(dataclasses.FrozenInstanceError):
        query.asked = "autre chose"  # type: ignore[misc]
    assert hash(query) == hash(Query("Qui dirige Le RAMEAU ?"))


@pytest.mark.parametrize(
    "question, parts",
    [
        ("Combien de communes adhèrent, et qui préside le réseau ?", 2),
        ("En quelle année est-il né, et quels organismes l'ont fondé ?", 2),
        ("Quel est son budget ? Et qui le finance ?", 2),
        # « et » between two nouns joins what is asked about, not two questions
        ("Quelle part des associations et des entreprises coopèrent ?", 1),
        ("Combien de Français et de maires le pensent ?", 1),
        # « et » opening a clause whose question word comes later asks one more thing
        ("Quand est-il sorti, et en combien de profils rangeait-il les maires ?", 2),
        ("qui a cree le fonds et c'etait en quelle annee ?", 2),
        ("c quel type de societe et elle est basee ou ?", 2),
        # … not « et » inside a name, nor one opening a noun phrase
        ("Dans l'étude Associations et Territoires, combien d'associations coopèrent ?", 1),
        ("Combien de Français et de maires le pensaient en quelle année ?", 1),
    ],
)
def test_a_question_is_read_as_the_parts_it_asks(question, parts):
    assert len(read(question).parts) == parts


@pytest.mark.parametrize(
    "question, kind",
    [
        ("Autour de quelles grandes orientations le programme organise-t-il ses travaux ?", "list"),
        ("Quels territoires ont servi de terrains d'essai ?", "list"),
        ("Quelles sont les étapes de la démarche ?", "list"),
        ("Quel est le budget du programme ?", "figure"),
        ("Quelle proportion des maires le pense ?", "figure"),
    ],
)
def test_a_plural_interrogative_asks_for_a_list(question, kind):
    assert read(question).kind == kind


def test_a_publication_named_by_its_type_and_title_restricts_the_search():
    """« le baromètre ESR 2023 » names « Baromètre de l'ESR 2023 » (data/publications.toml)."""
    docs = [
        *DOCS,
        {"source": "cpesr.pdf", "title": "Baromètre de l'ESR 2023", "kind": "autre", "date": "2023-11"},
        {"source": "etalab.pdf", "title": "Baromètre des résultats de l'action publique", "kind": "autre", "date": "2022"},
    ]  # fmt: skip
    query = read(
        "Dans le baromètre ESR 2023, quelle institution suscite le plus de défiance ?", (), docs
    )
    assert query.publication == ("cpesr.pdf",)
    assert "défiance" in query.search and "ESR" not in query.search
    # A type alone, or words that fit no title, name nothing.
    assert read("Dans le rapport, quel budget ?", (), docs).publication == ()
    assert read("Selon le guide des bonnes pratiques, que faire ?", (), docs).publication == ()
