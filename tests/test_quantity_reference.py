"""A number word after a definite or demonstrative determiner names the items, not their
count: « les deux enquêtes » is no amount for a question asking « combien »."""

from __future__ import annotations

import pytest

from assistant.answer.counting import quantity


@pytest.mark.parametrize(
    "sentence",
    [
        "Les deux enquêtes ne portent pas sur le même champ : toutes associations en 2016.",
        "Ces trois volets ont été publiés ensemble.",
        "L'écart entre les deux éditions tient à la question posée.",
    ],
)
def test_a_number_word_naming_the_items_is_no_amount(sentence):
    assert not quantity(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Les deux tiers des maires jugent leur territoire engagé.",
        "Deux associations sur trois ont un partenaire.",
        "Le programme distingue cinq profils de maires.",
        "Des dizaines de projets ont été soutenus.",
        "Les 148 000 associations employeuses forment le champ.",
    ],
)
def test_counts_stay_amounts(sentence):
    assert quantity(sentence)
