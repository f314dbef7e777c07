"""Answers end to end on a small purpose-built corpus (real PDFs, real Chroma, hashing vectors):
citations to the right page, refusals, conflicts, follow-ups, checks on any backend."""

from __future__ import annotations

import json

import pytest
from golden_answers import load
from servers import scripted_llm_server
from small_corpus import write_small_corpus

from assistant.answer.backends import ScriptedGenerator, make_generator
from assistant.assistant import Assistant, with_generator
from assistant.cli import run
from assistant.reading.query import Query
from assistant.settings import REFUSAL, GenerationSettings
from assistant.types import SearchFilter


@pytest.fixture(scope="module")
def bot(tmp_path_factory):
    from assistant.settings import Settings

    root = tmp_path_factory.mktemp("answers")
    corpus = write_small_corpus(root / "corpus")
    s = Settings(
        corpus_dir=corpus,
        index_dir=root / "index",
        data_dir=root / "data",
        embedding={"model": "hashing"},
    )
    return Assistant.from_settings(s)  # builds the index on first use


def cited(answer):
    return [(c.source, c.page) for c in answer.citations]


@pytest.mark.parametrize(
    "question, source, page, must",
    [
        ("Combien de maires ressentent un besoin d'alliance ?", "fiche-2021.pdf", 2, "92 %"),
        (
            "Quand la Fondation des Territoires a-t-elle été créée ?",
            "bulletin-2022.pdf",
            2,
            "14 juin 2022",
        ),
        (
            "Qui est le président-fondateur du RAMEAU ?",
            "bulletin-2022.pdf",
            3,
            "Charles-Benoît Heidsieck",
        ),
        ("Qu'est-ce que le M.E.D.O.C. ?", "etude-2019.pdf", 2, "Méthodes, Exemples"),
        ("les patrons ont-ils envie d'alliance ?", "fiche-2021.pdf", 2, "84 %"),
    ],
)
def test_answers_cite_the_right_page(bot, question, source, page, must):
    a = bot.ask(question)
    assert not a.refused, a.text
    assert must in a.text
    assert (source, page) == cited(a)[0]
    assert a.text.startswith("D'après") and "[1]" in a.text
    assert all(f.verified for f in a.figures), a.figures


def test_pronoun_sentence_keeps_its_subject(bot):
    a = bot.ask("Combien de co-fondateurs réunit la Fondation des Territoires ?")
    assert "21 co-fondateurs" in a.text and "Fondation des Territoires" in a.text


def test_unanswerable_is_refused_with_nearest_documents(bot):
    a = bot.ask("Quel est le budget annuel de la Croix-Rouge en Bretagne ?")
    assert a.refused and a.text.startswith(REFUSAL)
    assert 1 <= len(a.nearest) <= 3 and not a.citations


def test_conflicting_editions_are_both_shown(bot):
    a = bot.ask("Quelle part des Français pense qu'il existe un devoir d'alliance ?")
    assert "81 %" in a.text and "69 %" in a.text, a.text
    assert a.conflicts
    sources = {i.source for i in a.conflicts[0].items}
    assert sources == {"fiche-2016.pdf", "fiche-2021.pdf"}
    dates = {i.date for i in a.conflicts[0].items}
    assert dates == {"2016-05", "2021-03"}


def test_followup_uses_the_conversation(bot):
    first = "Quelle part des Français pense qu'il existe un devoir d'alliance ?"
    a = bot.ask("et pour les maires ?", history=[first])
    assert "92 %" in a.text and not a.refused
    assert a.retrieval.query.startswith("Quelle part des maires")


def test_filters_from_options_and_from_the_question(bot):
    a = bot.ask(
        "Quelle part des Français pense qu'il existe un devoir d'alliance ?",
        filt=SearchFilter(year_max=2018),
    )
    assert {c.source for c in a.citations} == {"fiche-2016.pdf"}
    b = bot.ask("Que disent les bulletins de veille sur la création de la fondation ?")
    assert b.to_dict()["retrieval"]["filter"] == {"kinds": ["bulletin"]}
    assert all(c.kind == "bulletin" for c in b.citations)


def test_a_publication_named_in_the_question_is_searched_alone(bot):
    """Staff quote their source: « selon la fiche … de 2021 » answers from that fiche only."""
    a = bot.ask(
        "Selon la fiche Le devoir d'alliance en 2021, quelle part des Français pense "
        "qu'il existe un devoir d'alliance ?"
    )
    assert a.retrieval.filter.sources == ("fiche-2021.pdf",)
    assert {c.source for c in a.citations} == {"fiche-2021.pdf"}
    assert "81 %" in a.text and "69 %" not in a.text
    # Inside the fiche, its name is no longer searched for: only the question is.
    assert a.retrieval.query.startswith("quelle part des Français")


def test_a_question_typed_in_lowercase_without_accents_or_with_a_slip_gets_the_same_answer(bot):
    accented = bot.ask("Quand la Fondation des Territoires a-t-elle été créée ?")
    bare = bot.ask("quand la fondation des terirtoires a-t-elle ete creee ?")
    assert "14 juin 2022" in bare.text and cited(bare) == cited(accented)
    # Accents, the slip and the name's capitals are put back; the interface shows it.
    understood = "Quand la Fondation des Territoires a-t-elle été créée ?"
    assert bare.retrieval.query == bare.retrieval.understood == understood


def test_invented_figure_and_wrong_page_are_flagged(bot):
    liar = with_generator(
        bot,
        ScriptedGenerator(
            "Selon la fiche, 83 % des Français estiment qu'il existe un devoir d'alliance [1]. "
            "La Fondation des Territoires réunit 21 co-fondateurs [1]. Voir aussi [9]."
        ),
    )
    a = liar.ask("Quelle part des Français pense qu'il existe un devoir d'alliance ?")
    assert "[9]" not in a.text  # citations outside the retrieved set are removed
    checks = {f.text: f.verified for f in a.figures}
    assert checks["83 %"] is False  # invented
    assert checks["21"] is False or checks.get("21 co-fondateurs") is False  # wrong page cited


def test_llm_refusal_phrase_is_a_refusal(bot):
    a = with_generator(bot, ScriptedGenerator(REFUSAL)).ask(
        "Combien de maires ont besoin d'alliance ?"
    )
    assert a.refused and a.nearest


def test_stream_sends_sources_then_text_then_answer(bot):
    events = list(bot.stream("Combien de maires ressentent un besoin d'alliance ?"))
    kinds = [k for k, _ in events]
    assert kinds[0] == "sources" and kinds[-1] == "answer" and set(kinds[1:-1]) == {"text"}
    assert "".join(d for k, d in events if k == "text").strip().startswith("D'après")


def test_json_contract(bot):
    answer = bot.ask("Combien de maires ressentent un besoin d'alliance ?")
    d = answer.to_dict()
    golden = load("answer")  # the contract's fields, as the real assistant writes them
    assert list(d) == list(golden)
    c = d["citations"][0]
    assert list(c) == list(golden["citations"][0])
    assert c["chunk_id"] == answer.citations[0].chunk_id
    assert c["catalogued"] is True
    assert c["source"] == "fiche-2021.pdf" and c["page"] == 2 and c["url"].startswith("https://")
    assert list(d["figures"][0]) == list(golden["figures"][0])
    assert d["generator"] == "extractive" and d["fingerprint"] == bot.settings.fingerprint()
    assert {"lexical", "dense", "generation", "checks"} <= set(d["timings"])
    json.dumps(d)


def test_cli_ask_json_and_exit_codes(bot, capsys):
    s = bot.settings
    base = ["--corpus", str(s.corpus_dir), "--index", str(s.index_dir), "--embedding", "hashing"]
    assert run(["ask", *base, "--json", "Combien de maires ressentent un besoin d'alliance ?"]) == 0
    d = json.loads(capsys.readouterr().out)
    assert d["citations"][0]["page"] == 2 and not d["refused"]
    assert run(["ask", *base, "Quel est le budget annuel de la Croix-Rouge en Bretagne ?"]) == 1
    assert REFUSAL in capsys.readouterr().out
    assert run(["ask", *base, "x" * 5000]) == 2
    err = capsys.readouterr().err
    assert "trop longue" in err and "Traceback" not in err
    assert run(
        ["ask", *base, "--kind", "bulletin", "Combien de maires ressentent un besoin d'alliance ?"]
    ) in (0, 1)
    assert "fiche-2021.pdf" not in capsys.readouterr().out


@pytest.mark.server
@pytest.mark.parametrize("backend", ["openai", "ollama"])
def test_llm_backends_over_real_http_get_the_same_checks(bot, backend):
    script = (
        "D'après la fiche, 92 % des maires expriment un besoin d'alliance [1]. "
        "Ils sont aussi 95 % à vouloir agir [1]. Voir [7]."
    )
    with scripted_llm_server(script) as (url, received):
        conf = GenerationSettings(
            backend=backend,
            model="petit-modele",
            base_url=url + ("/v1" if backend == "openai" else ""),
        )
        llm = with_generator(bot, make_generator(conf))
        events = list(llm.stream("Combien de maires ressentent un besoin d'alliance ?"))
    a = events[-1][1]
    assert len([e for e in events if e[0] == "text"]) > 3  # streamed token by token
    assert a.generator == f"{backend}:petit-modele"
    assert "[7]" not in a.text
    checks = {f.text: f.verified for f in a.figures}
    assert checks == {"92 %": True, "95 %": False}
    prompt = json.dumps(received[0]["messages"], ensure_ascii=False)
    assert "92 % à exprimer un besoin" in prompt and "[1]" in prompt and REFUSAL in prompt


@pytest.mark.server
def test_llm_rewrites_followups_when_configured(bot):
    def script(body):
        text = json.dumps(body["messages"], ensure_ascii=False)
        if "Nouvelle question" in text:
            return "Quelle part des maires expriment un besoin d'alliance ?"
        return "92 % des maires expriment un besoin d'alliance [1]."

    with scripted_llm_server(script) as (url, received):
        conf = GenerationSettings(backend="openai", model="m", base_url=url + "/v1")
        llm = with_generator(bot, make_generator(conf))
        a = llm.ask(
            "et les élus ?",
            history=["Quelle part des Français pense qu'il existe un devoir d'alliance ?"],
        )
    assert a.retrieval.query == "Quelle part des maires expriment un besoin d'alliance ?"
    assert "Nouvelle question : et les élus ?" in json.dumps(
        received[0]["messages"], ensure_ascii=False
    )
    assert a.citations[0].source == "fiche-2021.pdf"


def test_reranker_is_applied(bot, monkeypatch):
    import assistant.search.retrieve as retrieve_module

    class Reverse:
        def rerank(self, query, hits):
            return list(reversed(hits))

    base = retrieve_module.retrieve(bot.index, Query("besoin d'alliance des maires"))
    monkeypatch.setattr(retrieve_module, "_reranker", lambda name: Reverse())
    settings = bot.settings.model_copy(
        update={"retrieval": bot.settings.retrieval.model_copy(update={"reranker": "x", "k": 50})}
    )
    index = bot.index
    monkeypatch.setattr(index, "settings", settings)
    reranked = retrieve_module.retrieve(index, Query("besoin d'alliance des maires"))
    assert "rerank" in reranked.timings
    assert reranked.hits[-1].chunk.id == base.hits[0].chunk.id


def test_refusal_streams_the_text_once(bot):
    events = list(bot.stream("Quel est le budget annuel de la Croix-Rouge en Bretagne ?"))
    assert [k for k, _ in events] == ["sources", "text", "answer"]
    assert events[0][1] == [] and events[1][1] == events[2][1].text
    llm = with_generator(bot, ScriptedGenerator(REFUSAL))
    events = list(llm.stream("Combien de maires ont besoin d'alliance ?"))
    streamed = "".join(d for k, d in events if k == "text")
    assert streamed.count("Je n'ai pas trouvé") == 1
    assert events[-1][1].text.startswith(REFUSAL)


def test_concurrent_questions_get_their_own_answers(bot):
    """The UI and the API answer several users at once with one Assistant."""
    from concurrent.futures import ThreadPoolExecutor

    questions = {
        "Combien de maires ressentent un besoin d'alliance ?": "92 %",
        "Quand la Fondation des Territoires a-t-elle été créée ?": "14 juin 2022",
        "Qu'est-ce que le M.E.D.O.C. ?": "Méthodes, Exemples",
    }
    with ThreadPoolExecutor(4) as pool:
        answers = list(pool.map(bot.ask, list(questions) * 4))
    for a in answers:
        assert questions[a.question] in a.text, (a.question, a.text)
