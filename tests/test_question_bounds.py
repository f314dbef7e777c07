"""The question reader under any input: bounded history, bounded follow-up resolution, French
errors for what cannot be read, and an answer or a refusal for everything else."""

from __future__ import annotations

from collections.abc import Sequence

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from small_corpus import write_small_corpus

from assistant.assistant import Assistant
from assistant.errors import AssistantError, InputError, InputTooLargeError
from assistant.reading.question import (
    is_followup,
    parse_filters,
    plain_words,
    question_type,
    resolve,
    rewrite_followup,
)
from assistant.request import bounded_history, checked_question
from assistant.settings import ServerSettings, Settings

LIMITS = ServerSettings()
# Words that make follow-ups, actors, years and everyday words likely in generated questions.
WORDS = [
    "et", "pour", "les", "maires", "entreprises", "boîtes", "patrons", "en", "2016", "2021",
    "combien", "de", "Français", "qui", "?", "assos", "chez", "alliance", "quand", "RAMEAU",
]  # fmt: skip
_turn = st.lists(st.sampled_from(WORDS), min_size=1, max_size=8).map(" ".join) | st.text(
    max_size=60
)


def _resolve_every_turn(question: str, history: Sequence[str]) -> str:
    """The former, quadratic resolution: every turn rewritten from the first."""
    query = ""
    for previous in [*history, question]:
        query = rewrite_followup(plain_words(previous), [query] if query else []).text
    return query


@settings(max_examples=300, deadline=None)
@given(history=st.lists(_turn, max_size=12), question=_turn)
def test_resolution_from_the_last_standalone_question_is_unchanged(history, question):
    assert resolve(question, history).text == _resolve_every_turn(question, history)


@settings(max_examples=200, deadline=None)
@given(history=st.lists(_turn, max_size=400), question=_turn)
def test_resolution_is_bounded_by_the_turns_kept(history, question):
    kept = bounded_history(history, LIMITS)
    assert len(kept) <= LIMITS.max_history_turns
    query = resolve(question, kept).text
    assert len(query) <= (LIMITS.max_history_turns + 1) * (LIMITS.max_question_chars + 3)


def test_history_keeps_the_latest_turns():
    history = [f"Question {i} ?" for i in range(25)]
    assert bounded_history(history, LIMITS) == history[-LIMITS.max_history_turns :]
    assert bounded_history(history, ServerSettings(max_history_turns=0)) == []
    assert bounded_history(["  ", "Et en 2016 ?"], LIMITS) == ["Et en 2016 ?"]


@pytest.mark.parametrize(
    "call, error, message",
    [
        (lambda: bounded_history(["x" * 1001], LIMITS), InputTooLargeError, "historique"),
        (lambda: bounded_history(["\ud800"], LIMITS), InputError, "caractères invalides"),
        (lambda: checked_question("\udfff ?", LIMITS), InputError, "caractères invalides"),
        (lambda: checked_question(" \n ", LIMITS), InputError, "vide"),
        (lambda: checked_question("Pourquoi ? " * 200, LIMITS), InputError, "trop longue"),
    ],
)
def test_unreadable_input_gets_a_french_error(call, error, message):
    with pytest.raises(error, match=message):
        call()


@settings(max_examples=300, deadline=None)
@given(text=st.text(max_size=300))
def test_the_readers_take_any_text(text):
    assert question_type(text) in {"figure", "when", "who", "definition", "list", "other"}
    assert isinstance(is_followup(text), bool)
    parse_filters(text)
    resolve(text, [text, text])


@pytest.fixture(scope="module")
def bot(tmp_path_factory):
    root = tmp_path_factory.mktemp("bounds")
    corpus = write_small_corpus(root / "corpus")
    s = Settings(
        corpus_dir=corpus, index_dir=root / "index", data_dir=root / "data",
        embedding={"model": "hashing"},
    )  # fmt: skip
    return Assistant.from_settings(s)


@settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(question=_turn | st.text(max_size=1200), history=st.lists(_turn, max_size=30))
def test_any_question_gets_an_answer_or_a_french_error(bot, question, history):
    try:
        answer = bot.ask(question, history)
    except AssistantError as err:
        assert isinstance(err, InputError) and str(err)
        return
    assert answer.text and (answer.refused or answer.citations)
    assert len(answer.retrieval.understood) <= (LIMITS.max_history_turns + 1) * (
        LIMITS.max_question_chars + 3
    )
