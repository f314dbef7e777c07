"""The extractive answerer's refusal rule, as a table; and the retrieval-level rule."""

import pytest

from assistant.generators import weak_answer
from assistant.settings import GenerationSettings

CONF = GenerationSettings(
    min_support=0.25, weak_support=0.42, min_similarity=0.48, rescue_similarity=0.6
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
