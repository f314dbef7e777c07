"""Shared fixtures: settings pointing at temporary folders, paths to shipped data."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
os.environ.setdefault("HF_HUB_DISABLE_TELEMETRY", "1")
os.environ.setdefault("HF_HUB_OFFLINE", "1")

from assistant.settings import Settings

REPO = Path(__file__).resolve().parents[1]
DEMO_CORPUS = REPO / "corpus"
SHARED = REPO.parent / "shared"
REALWORLD = SHARED / "realworld-pdfs"


@pytest.fixture
def make_settings(tmp_path: Path):
    """Settings on temporary folders with the instant hashing embedder unless told otherwise."""

    def _make(corpus: Path | None = None, **kw) -> Settings:
        kw.setdefault("embedding", {"model": "hashing"})
        return Settings(
            corpus_dir=corpus or tmp_path / "corpus",
            index_dir=tmp_path / "index",
            data_dir=tmp_path / "data",
            **kw,
        )

    return _make


@pytest.fixture
def realworld() -> Path:
    if not REALWORLD.is_dir():
        pytest.skip("../shared/realworld-pdfs absent (clone utilisateur)")
    return REALWORLD


@pytest.fixture(scope="session")
def golden_assistant(tmp_path_factory: pytest.TempPathFactory):
    """The real assistant on the demo corpus with the default settings: what made the golden
    answers (tests/golden_answers.py). Built once per session (the real embedding model)."""
    from golden_answers import golden_settings

    from assistant.assistant import Assistant

    if not any(DEMO_CORPUS.glob("*.pdf")):
        pytest.skip("corpus de démonstration absent")
    return Assistant.from_settings(golden_settings(tmp_path_factory.mktemp("golden")))
