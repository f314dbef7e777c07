"""The golden answers: what the real assistant answers on the demo corpus (default embedding
model, extractive answerer), kept in tests/golden/*.json. The CLI, API and UI tests compare
their output with these files instead of writing the contract out by hand; a change in what
the assistant answers shows up as a diff of these files.

Regenerate them (after a deliberate change of the answers or of the contract):

    PYTHONPATH=. .venv/bin/python tests/golden_answers.py
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
GOLDEN_DIR = REPO / "tests" / "golden"
DEMO_CORPUS = REPO / "corpus"
# One answer with figures, dates and publications that disagree; one refusal.
QUESTIONS = {
    "answer": "En 2015, quelle proportion des Français estimait qu'il existe un devoir d'alliance ?",
    "refusal": "Quelle est la recette de la tarte tatin ?",
}


def golden_settings(root: Path) -> Any:
    """The product's defaults on the demo corpus, with the index and data under `root`."""
    from assistant.settings import Settings

    return Settings(corpus_dir=DEMO_CORPUS, index_dir=root / "index", data_dir=root / "data")


def stable(answer: dict[str, Any]) -> dict[str, Any]:
    """The answer without what changes from one run to the next (durations)."""
    return {
        **answer,
        "latency_s": 0.0,
        "timings": dict.fromkeys(sorted(answer.get("timings", {})), 0.0),
    }


def load(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((GOLDEN_DIR / f"{name}.json").read_text(encoding="utf-8"))
    return data


def dump(answer: dict[str, Any]) -> str:
    return json.dumps(stable(answer), ensure_ascii=False, indent=2) + "\n"


def regenerate() -> None:
    from assistant.assistant import Assistant

    with tempfile.TemporaryDirectory() as tmp:
        assistant = Assistant.from_settings(golden_settings(Path(tmp)))
        for name, question in QUESTIONS.items():
            text = dump(assistant.ask(question).to_dict())
            (GOLDEN_DIR / f"{name}.json").write_text(text, encoding="utf-8")
            print(f"{GOLDEN_DIR / name}.json")


if __name__ == "__main__":
    os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    sys.path.insert(0, str(REPO))
    regenerate()
