"""A follow-up searches first in the document of the previous question's best passage (rule
`followup_document`): « et ça dure combien de temps ? » after a question on a project is
answered from that project's publication, not from another one that says « dure » more often."""

from __future__ import annotations

import pytest
from pdf_factory import make_text_pdf

from assistant.assistant import Assistant
from assistant.errors import AssistantError
from assistant.settings import Settings
from assistant.types import SearchFilter

# Invented publications: a project whose calendar page never names it, and a training
# leaflet whose sentences say « dure » twice.
PROJECT = [
    "Le projet Lien Rural\n\nLe projet Lien Rural accompagne 40 associations de villages.\n"
    "Il est conduit avec trois communautés de communes.",
    "Calendrier\n\nLes travaux durent trois ans, de janvier 2024 à décembre 2026.\n"
    "Un bilan d'étape est prévu à mi-parcours.",
    "Budget\n\nLe budget total s'élève à 180 000 euros, apportés par la région.",
]
LEAFLET = [
    "La formation des bénévoles\n\nLa formation dure six semaines, à raison d'une soirée "
    "par semaine.\nChaque session dure deux heures.",
]
FIRST = "Que fait le projet Lien Rural ?"
FOLLOW = "et ça dure combien de temps ?"


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    root = tmp_path_factory.mktemp("followup-document")
    make_text_pdf(root / "corpus" / "projet-lien-rural.pdf", PROJECT)
    make_text_pdf(root / "corpus" / "formation-benevoles.pdf", LEAFLET)
    return root


def _bot(root, name: str, retrieval=None, **generation) -> Assistant:
    s = Settings(
        corpus_dir=root / "corpus",
        index_dir=root / name,
        data_dir=root / "data",
        embedding={"model": "hashing"},
        generation=generation,
        retrieval=retrieval or {},
    )
    return Assistant.from_settings(s)


# A leaflet that repeats the follow-up's words word for word. With reciprocal ranks the rule
# brings the follow-up back to the project; with scores (the default) BM25's lead on that
# leaflet outweighs the bonus (half the best fused score): a known limit, measured on the
# tuning sets (a bonus of 1.0 or 2.0 did worse there; README, séance 36).
ECHO = [
    "La formation des bénévoles\n\nLa formation dure six semaines, à raison d'une soirée "
    "par semaine.\nChaque session dure deux heures : combien de temps au total ? Douze heures.",
]


def test_with_reciprocal_ranks_even_a_word_for_word_echo_is_passed(tmp_path):
    make_text_pdf(tmp_path / "corpus" / "projet-lien-rural.pdf", PROJECT)
    make_text_pdf(tmp_path / "corpus" / "formation-benevoles.pdf", ECHO)
    for on in (True, False):
        bot = _bot(tmp_path, f"index-{on}", {"fusion": "rrf"}, followup_document=on)
        a = bot.ask(FOLLOW, history=[FIRST])
        home = not a.refused and a.citations[0].source == "projet-lien-rural.pdf"
        assert home is on, a.text


def test_followup_answers_from_the_previous_document(corpus):
    bot = _bot(corpus, "index")
    first = bot.ask(FIRST)
    assert first.citations[0].source == "projet-lien-rural.pdf", first.text
    a = bot.ask(FOLLOW, history=[FIRST])
    assert not a.refused, a.text
    assert (a.citations[0].source, a.citations[0].page) == ("projet-lien-rural.pdf", 2), a.text
    assert "trois ans" in a.text
    assert "followup_document" in a.retrieval.rules  # the answer says what shaped it


def test_without_the_rule_the_followup_strays(corpus):
    """The same follow-up with the rule off: the leaflet's « dure » wins (what the rule fixes)."""
    bot = _bot(corpus, "index-off", followup_document=False)
    a = bot.ask(FOLLOW, history=[FIRST])
    assert a.refused or a.citations[0].source == "formation-benevoles.pdf", a.text
    assert "followup_document" not in (a.retrieval.rules or ())


def test_a_question_that_stands_alone_is_not_pulled_back(corpus):
    """A new question after the project's is no follow-up: the leaflet answers it."""
    bot = _bot(corpus, "index")
    a = bot.ask("Combien de temps dure la formation des bénévoles ?", history=[FIRST])
    assert a.citations[0].source == "formation-benevoles.pdf", a.text
    assert "six semaines" in a.text
    assert "followup_document" not in (a.retrieval.rules or ())


def test_a_chain_of_followups_keeps_the_document(corpus, monkeypatch):
    """A third turn: the previous question is itself a follow-up, so it is retrieved with its
    own previous document (the first question's), as it was when it was answered."""
    bot = _bot(corpus, "index")
    index, _ = bot._serving()
    searched = []
    retrieve = bot._retrieve

    def spy(index, query, filt):
        searched.append(query)
        return retrieve(index, query, filt)

    monkeypatch.setattr(bot, "_retrieve", spy)
    history = [FIRST, FOLLOW]
    query = bot._read(index, "et ça coûte combien ?", history)
    lifted = bot._with_previous_document(index, query, history, None)
    assert [q.asked for q in searched] == [FIRST, "ça dure combien de temps ?"]
    assert searched[1].previous_sources == ("projet-lien-rural.pdf",)
    assert lifted.previous_sources == ("projet-lien-rural.pdf",)


def test_no_second_search_when_the_documents_are_given(corpus):
    """The caller's filter (or a publication the question names) already holds the search to
    some documents: no retrieval of the previous question, no rule recorded."""
    bot = _bot(corpus, "index")
    only = SearchFilter(sources=("formation-benevoles.pdf",))
    a = bot.ask(FOLLOW, history=[FIRST], filt=only)
    assert "followup_document" not in (a.retrieval.rules or ())
    assert all(c.source == "formation-benevoles.pdf" for c in a.citations)
    assert "previous" not in a.timings


def test_the_previous_question_is_read_without_the_llm(corpus, monkeypatch):
    """With an LLM rewriting follow-ups, the previous question is read by the rules: one call
    per question, even when the model fails."""
    bot = _bot(corpus, "index")
    calls = []

    def failing(question, history):
        calls.append(question)
        raise AssistantError("modèle injoignable")

    monkeypatch.setattr(bot, "_llm_rewrite", lambda: failing)
    a = bot.ask("et ça coûte combien ?", history=[FIRST, FOLLOW])
    assert calls == ["et ça coûte combien ?"]
    assert "180 000" in a.text and "previous" in a.timings
