"""Rule `giver` (issue 9, near misses): « Quel montant X apporte-t-elle au projet ? » refuses
unless a quoted sentence giving a sum names X: the project's total budget, or another
partner's share, is not what X gives (assistant/answer/held.py, owner.py)."""

from __future__ import annotations

import pytest
from one_passage import REFUSAL
from one_passage import answer as _answer

from assistant.answer.owner import gives_named, money_giver


@pytest.mark.parametrize(
    ("question", "giver"),
    [
        ("Quel montant la Fondation Alpha apporte-t-elle au projet Delta ?", "la fondation alpha"),
        ("et la fondation alpha elle met combien dedans ?", "la fondation alpha"),
        ("Combien Alpha a-t-il versé au projet Delta ?", "alpha"),
        ("Quel est le budget du projet Delta ?", ""),  # no giver: rule `owner`'s
        ("Combien de salariés emploie Alpha ?", ""),
        ("Combien de projets la Fondation Alpha a-t-elle financés ?", ""),  # counts projects
        ("Et lui, il apporte combien ?", ""),  # a pronoun names no one
        ("Combien coûte le métro de Rennes ?", ""),  # « métro » is no verb of giving
        ("Quel montant a été consacré à la solidarité ?", ""),
    ],
)
def test_the_giver_a_question_names(question, giver):
    assert money_giver(question) == giver


def test_a_sentence_names_the_giver():
    assert gives_named("En 2018, le Groupe a consacré 5 M€ à la solidarité.", "le groupe alpha")
    assert gives_named(
        "Principal cofinanceur : l'Agence Française de Développement (800 000 €)", "l'afd"
    )
    assert not gives_named("Budget total : 1,6 M€", "la fondation alpha")
    # another body of the same kind is not the giver
    assert not gives_named("La Fondation Beta apporte 300 000 € au projet.", "la fondation alpha")


def test_a_total_budget_does_not_say_what_a_partner_gives():
    text = (
        "Le projet Delta réunit la Fondation Alpha et trois réseaux d'entreprises. "
        "Budget total du projet Delta : 1,6 M€ sur trois ans."
    )
    question = "Quel montant la Fondation Alpha apporte-t-elle au projet Delta ?"
    assert _answer(question, text).startswith(REFUSAL)
    assert not _answer(question, text, giver=False, focus=False, attribute=False).startswith(
        REFUSAL
    )


def test_the_sum_the_giver_gives_answers():
    text = "La Fondation Alpha apporte 400 000 € au projet Delta, sur un budget de 1,6 M€."
    question = "Quel montant la Fondation Alpha apporte-t-elle au projet Delta ?"
    assert "400 000 €" in _answer(question, text)
