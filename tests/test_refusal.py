"""The extractive answerer's refusal rule, as a table; and the retrieval-level rule."""

import pytest

from assistant.answer.refusal import weak_answer
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


def test_the_passage_level_refusal_is_for_answerers_that_do_not_judge_sentences(tmp_path):
    """With the passage-level thresholds set so that every question fails them, an LLM
    (scripted) is refused before it writes, while the extractive answerer, which judges the
    sentences it would quote, still answers a question its passages answer."""
    from small_corpus import write_small_corpus

    from assistant.answer.backends import ScriptedGenerator
    from assistant.assistant import Assistant, with_generator
    from assistant.settings import Settings

    settings = Settings(
        corpus_dir=write_small_corpus(tmp_path / "corpus"),
        index_dir=tmp_path / "index",
        data_dir=tmp_path / "data",
        embedding={"model": "hashing"},
        retrieval={"min_coverage": 1.0, "dense_rescue": 1.0},
    )
    bot = Assistant.from_settings(settings)
    question = "Combien de maires expriment un besoin d'alliance pour leur territoire ?"
    extractive = bot.ask(question)
    assert not extractive.refused and "[1]" in extractive.text
    llm = with_generator(bot, ScriptedGenerator("Les maires les jugent utiles [1]."))
    assert llm.ask(question).refused


def test_a_two_part_question_is_supported_by_its_window_not_one_sentence():
    """Each half of « combien …, et qui … ? » is in its own sentence: the window holds both."""
    from assistant.answer.extractive import candidates
    from assistant.answer.generators import ExtractiveGenerator
    from assistant.reading.query import Query
    from assistant.types import Chunk, DocInfo, Hit

    text = (
        "Le réseau des villes cyclables rassemble 412 communes adhérentes en 2023. "
        "Jeanne Martin, maire de Lunel, le préside depuis sa création en 2019."
    )
    doc = DocInfo(source="n.pdf", title="Note", kind="autre", date="2023")
    hits = [Hit(Chunk("c0", doc, 1, "1", 0, len(text), text), 1.0)]
    two = Query("Combien de communes adhèrent au réseau des villes cyclables, et qui le préside ?")
    one_sentence = max(c.support for c in candidates(two, hits))
    gen = ExtractiveGenerator(GenerationSettings())
    assert gen.assess(two, hits)["support"] > one_sentence + 0.1
    # One part: the best sentence's support, as before.
    one = Query("Combien de communes adhèrent au réseau des villes cyclables ?")
    assert gen.assess(one, hits)["support"] == round(
        max(c.support for c in candidates(one, hits)), 4
    )
