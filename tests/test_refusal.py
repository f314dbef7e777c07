"""The extractive answerer's refusal rule, as a table; and the retrieval-level rule."""

import pytest

from assistant.answer.generators import weak_answer
from assistant.settings import GenerationSettings

CONF = GenerationSettings(
    min_support=0.25,
    weak_support=0.42,
    min_similarity=0.48,
    rescue_similarity=0.6,
    min_attribute=0.2,
)


@pytest.mark.parametrize(
    "support, similarity, refuse",
    [
        (0.9, None, False),  # the question's words are all there
        (0.5, None, False),
        (0.1, None, True),  # nothing measured, few words: refuse
        (0.1, 0.3, True),  # few words, not close in meaning
        (0.1, 0.65, False),  # few words but a very close paraphrase: answer
        (0.35, 0.3, True),  # some words, not close enough
        (0.35, 0.5, False),  # some words and close enough
        (0.42, 0.1, False),  # enough words: similarity not needed
    ],
)
def test_weak_answer(support, similarity, refuse):
    assert weak_answer(support, similarity, CONF) is refuse


@pytest.mark.parametrize(
    "support, similarity, attribute, refuse",
    [
        (0.9, None, 1.0, False),  # names nothing, or all it asks about them is there
        (0.9, None, 0.0, True),  # "le budget annuel du RAMEAU": nothing on its budget
        (0.9, 0.3, 0.1, True),
        (0.9, 0.65, 0.0, False),  # … unless a sentence is very close in meaning
        (0.9, None, 0.5, False),
    ],
)
def test_what_the_question_asks_about_its_subject(support, similarity, attribute, refuse):
    assert weak_answer(support, similarity, CONF, attribute) is refuse
