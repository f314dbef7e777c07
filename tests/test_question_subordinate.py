"""Reading the kind of answer a question wants (session 27): « quand » opening a clause with its
subject, after the question's own interrogative, says when something took place; it does not ask
when. Invented questions."""

from __future__ import annotations

import pytest

from assistant.reading.question import question_type


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("Quelle fonction occupait la ministre quand elle a lancé le plan ?", "other"),
        ("Que veut dire ce sigle quand il figure sur une facture ?", "definition"),
        ("Combien de clubs existaient quand il a pris la présidence ?", "figure"),
        # still asking when:
        ("Quand la charte a-t-elle été signée ?", "when"),
        ("Qui a signé la charte, et quand elle a été publiée ?", "when"),
        ("Qui a signé la charte, quand elle a été publiée ?", "when"),  # a second part
        ("comment et quand ils ont été interrogés ?", "when"),
        ("la fondation elle a été créée quand ?", "when"),
    ],
)
def test_a_subordinate_when_does_not_make_a_when_question(question, kind):
    assert question_type(question) == kind
