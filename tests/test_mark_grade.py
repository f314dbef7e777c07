"""Rule `mark`: « quelle note … ? » asks for a mark, out of 10 or a rater's letter grade
(« le Groupe a obtenu la note A- »); an answer quoting none is refused."""

from __future__ import annotations

import pytest

from assistant.answer.generators import ExtractiveGenerator
from assistant.answer.kinds import MARK
from assistant.reading.query import read
from assistant.settings import GenerationSettings
from assistant.types import Chunk, DocInfo, Hit

DOC = DocInfo(source="dpef.pdf", title="Déclaration de performance", kind="etude", date="2018")


def _answer(question: str, text: str) -> tuple[str, list[str]]:
    gen = ExtractiveGenerator(GenerationSettings())
    hits = [Hit(Chunk("c0", DOC, 6, "6", 0, len(text), text), 1.0)]
    query = read(question)
    return "".join(gen.generate(query, hits)), gen.assess(query, hits)["rules"]


@pytest.mark.parametrize(
    ("sentence", "mark"),
    [
        ("Pour son reporting 2018, le Groupe a obtenu la note A- .", True),
        ("Note : B+", True),
        ("L'emploi obtient une note de 7,1 sur 10.", True),
        # A note that is a document, or a note with no grade.
        ("Les facteurs proviennent d'une note technique du CDP.", False),
        ("La note globale est publiée chaque année.", False),
    ],
)
def test_a_letter_grade_is_a_mark(sentence, mark):
    assert bool(MARK.search(sentence)) is mark


def test_a_question_asking_a_grade_is_answered_by_a_letter_grade():
    """« quelle note … ? » asks for a mark (rule `mark`): a rater's letter grade is one."""
    text = (
        "Le Groupe répond chaque année au questionnaire climat du CDP, publié sur son site. "
        "Pour son reporting 2018, le Groupe a obtenu la note A- ."
    )
    answer, rules = _answer("Quelle note le CDP a-t-il donnée au Groupe ?", text)
    assert "A-" in answer
    assert "mark" not in rules  # not refused for want of a mark


@pytest.mark.parametrize(
    ("question", "asks"),
    [
        ("c koi la note que les francais mettent a l'emploi ?", True),
        ("la note que les Français donnent à la sécurité, c'est combien ?", True),
        ("il a eu quoi comme note au CDP ?", True),
        ("Quel enjeu obtient la meilleure note ?", True),
        # a note that is a document
        ("D'après la note du 29 février 2016, quelle part des associations … ?", False),
        ("Et cette note, elle a été publiée quand ?", False),
        ("Quel organisme a publié la note qui les décrypte ?", False),
        ("Combien d'associations cite la note que le ministère a envoyée ?", False),
        ("Combien de mesures compte la note donnée aux préfets ?", False),
    ],
)
def test_everyday_ways_of_asking_a_mark(question, asks):
    from assistant.answer.kinds import asks_mark

    assert asks_mark(question) is asks
