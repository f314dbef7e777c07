"""Rule `own_names`: the refusal reads a sentence as naming what the question names only when
the sentence, its heading or its publication does, not the sentence before it; never for list
items, table rows or key figures (their `before` is what they are about), nor for a sentence
pointing back at the body, nor when `absent_name` is what applies. Invented texts."""

from __future__ import annotations

import pytest

from assistant.answer.generators import ExtractiveGenerator
from assistant.reading.query import Query
from assistant.settings import GenerationSettings
from assistant.types import Chunk, DocInfo, Hit

DOC = DocInfo(source="note.pdf", title="Note de travail", kind="autre", date="2022")


def signals(question: str, text: str, **conf) -> dict:
    hits = [Hit(Chunk("c0", DOC, 2, "2", 0, len(text), text), 1.0)]
    return ExtractiveGenerator(GenerationSettings(**conf)).assess(Query(question), hits)


CREDIT = (
    "L'étude a été publiée en mars par la Fondation Alpha. "
    "Les associations interrogées sont implantées dans des villes moyennes."
)
QUESTION = "Dans quelles villes moyennes la Fondation Alpha est-elle implantée ?"


def test_a_name_only_in_the_credit_line_before_weakens_the_support():
    on, off = signals(QUESTION, CREDIT), signals(QUESTION, CREDIT, own_names=False)
    assert "own_names" in on["rules"] and "own_names" not in off["rules"]
    assert on["support"] < off["support"]


@pytest.mark.parametrize(
    "question, text",
    [
        # a list's items: the sentence announcing it says whose they are
        (
            "Combien de bénévoles compte la Fondation Alpha à Lyon ?",
            "Voici les effectifs de la Fondation Alpha par ville.\n"
            "• Lyon : 120 bénévoles ;\n• Grenoble : 45 bénévoles.",
        ),
        # the sentence points back at the body the one before names
        (
            "Combien de bénévoles compte la Fondation Alpha ?",
            "La Fondation Alpha a été créée à Lyon en 2006. La fondation compte 120 bénévoles.",
        ),
        (
            "Combien de bénévoles compte la Fondation Alpha ?",
            "La Fondation Alpha a ouvert une antenne à Lyon. Aujourd'hui, 120 bénévoles y sont "
            "engagés.",
        ),
        # the name in the heading
        (
            "Combien de bénévoles compte la Fondation Alpha ?",
            "La Fondation Alpha\n\nElle a été créée à Lyon. Le réseau compte 120 bénévoles.",
        ),
    ],
)
def test_not_for_items_or_sentences_pointing_back(question, text):
    assert "own_names" not in signals(question, text)["rules"]


def test_not_where_the_name_is_nowhere():
    """With `absent_name` off, a name missing from the sentence before too is no matter of
    this rule (it would otherwise redo `absent_name`)."""
    text = "Le rapport a été publié en mars. Les associations sont implantées dans des villes."
    assert "own_names" not in signals(QUESTION, text, absent_name=False)["rules"]


def test_not_for_the_sentence_spelling_out_the_acronym_asked():
    text = (
        "Ce guide a été publié par la Fondation Alpha. "
        "Un Plan de Gestion de Données décrit comment les données seront conservées."
    )
    question = "Pour la Fondation Alpha, c'est quoi un PGD ?"
    assert "own_names" not in signals(question, text)["rules"]


def test_never_on_top_of_absent_name():
    """A sentence `absent_name` already weakened (here: « IMPACT » asked in capitals, printed
    otherwise) is not weakened a second time."""
    text = (
        "L'enquête Impact a été publiée par la Fondation Alpha. "
        "Les associations interrogées sont implantées dans des villes moyennes."
    )
    question = (
        "Dans quelles villes moyennes l'enquête IMPACT de la Fondation Alpha a-t-elle eu lieu ?"
    )
    on = signals(question, text)
    assert "absent_name" in on["rules"] and "own_names" not in on["rules"]


@pytest.mark.parametrize(
    "opening, points_back",
    [
        ("L'association emploie 12 salariés.", True),  # a kind of body, one of them
        ("Les associations emploient 12 salariés.", False),  # others, many
        ("La fondation emploie 12 salariés.", True),  # a word of the name asked about
    ],
)
def test_a_sentence_opening_on_the_body_points_back(opening, points_back):
    text = f"Le rapport a été publié par la Fondation Alpha. {opening}"
    question = "Combien de salariés emploie la Fondation Alpha ?"
    assert ("own_names" not in signals(question, text)["rules"]) is points_back
