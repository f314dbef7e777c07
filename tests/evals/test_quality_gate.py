"""The quality gate: the demo evaluation with the offline default settings (packaged
multilingual USE embeddings, extractive answers) holds the floors of evals/floors.toml."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.settings import Settings
from evals.gate import check, load_floors
from evals.questions import load_questions
from evals.runner import run_eval

REPO = Path(__file__).resolve().parents[2]
DEMO = REPO / "evals" / "questions" / "demo.jsonl"
CORPUS = REPO / "corpus"


@pytest.mark.slow
@pytest.mark.timeout(300)
@pytest.mark.skipif(
    not DEMO.exists() or not any(CORPUS.glob("*.pdf")), reason="corpus ou questions absents"
)
def test_demo_set_holds_the_floors(tmp_path):
    settings = Settings(corpus_dir=CORPUS, index_dir=tmp_path / "index", data_dir=tmp_path / "data")
    summary = run_eval(load_questions(DEMO), settings, tmp_path / "out")
    failing = [
        f"{q['id']} {q['question']}" for q in summary["per_question"].values() if not q["passed"]
    ]
    assert check(summary, load_floors()) == [], "\n".join(failing)
