"""Optional LLM-judged faithfulness, against a scripted OpenAI-compatible server on loopback."""

import json

import pytest
from servers import scripted_llm_server
from small_corpus import write_small_corpus

from assistant.settings import Settings
from evals.judge import JUDGE_PROMPT, judge_model, parse_score
from evals.questions import parse_lines
from evals.runner import run_eval


@pytest.mark.parametrize(
    "reply, score",
    [
        ("0,75", 0.75),
        ("Note : 1", 1.0),
        ("0.5.", 0.5),
        ("0", 0.0),
        ("je ne sais pas", None),
        ("12", None),
    ],
)
def test_parse_score(reply, score):
    assert parse_score(reply) == score


def test_no_judge_with_the_extractive_default():
    assert judge_model(Settings()) is None


@pytest.mark.server
def test_eval_with_an_llm_backend_adds_faithfulness(tmp_path):
    def script(body):
        system = body["messages"][0]["content"]
        if system == JUDGE_PROMPT:
            return "0,5"
        return "92 % des maires expriment un besoin d'alliance [1]."

    corpus = write_small_corpus(tmp_path / "corpus")
    line = json.dumps(
        {
            "id": "q1",
            "question": "Combien de maires ont besoin d'alliance ?",
            "answer": "92 %",
            "must_contain": ["92 %"],
            "source": "fiche-2021.pdf",
            "page": 2,
            "kind": "figure",
        },
        ensure_ascii=False,
    )
    with scripted_llm_server(script) as (url, received):
        s = Settings(
            corpus_dir=corpus,
            index_dir=tmp_path / "index",
            data_dir=tmp_path / "data",
            embedding={"model": "hashing"},
            generation={"backend": "openai", "model": "m", "base_url": url + "/v1"},
        )
        summary = run_eval(parse_lines([line], "q.jsonl"), s, tmp_path / "out")
    assert summary["metrics"]["faithfulness"] == 0.5
    answers = [json.loads(x) for x in (tmp_path / "out" / "answers.jsonl").read_text().splitlines()]
    assert answers[0]["faithfulness"] == 0.5
    assert any(m["messages"][0]["content"] == JUDGE_PROMPT for m in received)
