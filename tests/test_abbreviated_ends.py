"""A quoted sentence that ends on an abbreviation keeps the abbreviation's dot: « 26 nov. »
cited as « 26 nov [1]. » reads as a cut word and no longer matches the page."""

from __future__ import annotations

from assistant.answer.compose import cite
from assistant.checks.citations import sentence_citations


def test_an_abbreviated_month_keeps_its_dot_before_the_citation():
    assert cite("Publication du bilan régional : 14 déc.", 3) == (
        "Publication du bilan régional : 14 déc. [3]"
    )
    assert cite("Les salariés, les bénévoles, etc.", 1) == "Les salariés, les bénévoles, etc. [1]"


def test_a_plain_sentence_still_ends_after_its_citation():
    assert cite("Le réseau compte 40 membres.", 2) == "Le réseau compte 40 membres [2]."
    assert cite("Le bilan paraît en décembre", 2) == "Le bilan paraît en décembre [2]."


def test_each_sentence_keeps_its_own_citation_after_an_abbreviation():
    answer = f"{cite('Publication du bilan : 14 déc.', 1)} {cite('Il couvre la région.', 2)}"
    assert sentence_citations(answer) == [
        ("Publication du bilan : 14 déc. [1]", [1]),
        ("Il couvre la région [2].", [2]),
    ]


def test_a_number_word_is_no_abbreviated_month():
    assert (
        cite("Les lauréats sont au nombre de sept.", 1)
        == "Les lauréats sont au nombre de sept [1]."
    )
