"""Rule `function` (issue 9, near misses): « Quelle fonction occupait X quand … ? » refuses
unless a quoted sentence names a function (data/focus.toml `function_titles`, `role_family`):
the sentence telling what X did does not say what X was (assistant/answer/held.py)."""

from __future__ import annotations

import pytest
from one_passage import answer as _answer

from assistant.answer.focus import asks_function


@pytest.mark.parametrize(
    ("question", "asks"),
    [
        ("Quelle fonction occupait Paul Martin quand il a lancé le plan ?", True),
        ("Paul Martin était ministre de quoi en 2019 ?", True),
        ("Quel poste occupe Anne Robin ?", True),
        ("Quelle était la fonction de Paul Martin en 2019 ?", True),
        ("Quel rôle joue la fondation dans le plan ?", False),  # what a body does
        ("Quel poste de dépenses pèse le plus dans le budget ?", False),
        ("Quel titre porte le rapport Delta ?", False),
        ("Quelle fonction a le comité de pilotage ?", False),
        ("Qui a lancé le plan Delta ?", False),
    ],
)
def test_questions_asking_a_function(question, asks):
    assert asks_function(question) is asks


def test_a_sentence_naming_no_function_is_refused():
    text = "En 2019, Paul Martin a confié une mission ministérielle à deux députées du Nord."
    question = "Quelle fonction occupait Paul Martin quand il a confié la mission ?"
    # « députées » names the function of others: still a function word, so this holds…
    assert not _answer(question, text).startswith("Je n'ai pas trouvé")
    alone = "En 2019, Paul Martin a confié une mission ministérielle sur le plan Delta."
    # … but « ministérielle » names none
    assert _answer(question, alone).startswith("Je n'ai pas trouvé")
    assert not _answer(question, alone, function=False, focus=False, attribute=False).startswith(
        "Je n'ai pas trouvé"
    )


def test_a_sentence_naming_the_function_answers():
    text = (
        "En 2019, Paul Martin, alors ministre des Sports, a confié une mission sur le plan Delta."
    )
    question = "Quelle fonction occupait Paul Martin quand il a confié la mission ?"
    assert "ministre des Sports" in _answer(question, text)
