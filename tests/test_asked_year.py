"""Rule `asked_year`: a figure question naming a year is refused when every quoted sentence
giving a figure dates it to other years only; the base year of a change (« par rapport à
2017 ») and an aside that is the fact itself are read as such (reading/constraints.py)."""

from __future__ import annotations

import pytest

from assistant.answer.generators import ExtractiveGenerator
from assistant.reading import constraints
from assistant.reading.query import read
from assistant.settings import REFUSAL, GenerationSettings
from assistant.types import Chunk, DocInfo, Hit

DOC = DocInfo(source="rapport.pdf", title="Rapport RSE du Groupe", kind="etude", date="2018")
TRAINED = (
    "Des formations transverses sont déployées, d'une part pour mieux prendre en compte la "
    "biodiversité dans les projets (96 salariés formés en 2018), et d'autre part pour le "
    "dialogue avec les parties prenantes (269 salariés formés en 2018, en hausse de 85 % par "
    "rapport à 2017)."
)


def _ask(question: str, text: str, asked_year: bool = True) -> tuple[str, list[str]]:
    gen = ExtractiveGenerator(GenerationSettings(asked_year=asked_year))
    hit = Hit(Chunk("c0", DOC, 3, "3", 0, len(text), text, position=0), 1.0)
    query = read(question)
    return "".join(gen.generate(query, [hit])), gen.assess(query, [hit])["rules"]


QUESTION = "Combien de salariés du Groupe ont été formés à la biodiversité dans les projets en {}"


def test_a_figure_of_another_year_is_no_answer():
    text, rules = _ask(QUESTION.format("2017 ?"), TRAINED)
    assert text == REFUSAL
    assert "asked_year" in rules
    text, _ = _ask(QUESTION.format("2017 ?"), TRAINED, asked_year=False)
    assert "96 salariés" in text


def test_the_figure_of_the_asked_year_answers():
    text, rules = _ask(QUESTION.format("2018 ?"), TRAINED)
    assert "96 salariés" in text
    assert "asked_year" not in rules


def test_a_sentence_that_dates_nothing_is_not_refused_for_its_year():
    undated = (
        "Bilan social 2017. Les formations à la biodiversité dans les projets ont réuni 96 "
        "salariés du Groupe."
    )
    text, rules = _ask(QUESTION.format("2017 ?"), undated)
    assert "96 salariés" in text
    assert "asked_year" not in rules


@pytest.mark.parametrize(
    "sentence, stated",
    [
        (TRAINED, {"2018"}),
        ("Le chiffre est en hausse de 12 % par rapport à 2016.", set()),
        ("Les dons progressent (+ 4 % comparé à 2019) et atteignent 3 M€ en 2020.", {"2020"}),
        # an aside citing a source, not a fact, dates nothing
        ("87 % des maires y voient une source d'innovation (PHARE-Institutions, 2016).", set()),
    ],
)
def test_the_years_a_sentence_dates_its_facts_to(sentence, stated):
    assert constraints.stated_years(sentence) == stated
