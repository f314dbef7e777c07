"""The interface tests share one index (built once per session on a small corpus with the
instant hashing embedder) and one real server started with uvicorn on a free loopback port."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from ui_corpus import build_test_corpus
from ui_live import running

from assistant.assistant import Assistant
from assistant.settings import Settings

REPO = Path(__file__).resolve().parents[2]
DEMO_CORPUS = REPO / "corpus"


@pytest.fixture(scope="session")
def ui_settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    root = tmp_path_factory.mktemp("ui")
    corpus = build_test_corpus(root / "corpus", DEMO_CORPUS)
    return Settings(
        corpus_dir=corpus,
        index_dir=root / "index",
        data_dir=root / "data",
        embedding={"model": "hashing"},
    )


@pytest.fixture(scope="session")
def ui_assistant(ui_settings: Settings) -> Assistant:
    return Assistant.from_settings(ui_settings)  # indexes the corpus: there is no index yet


@pytest.fixture(scope="session")
def live_url(ui_assistant: Assistant) -> Iterator[str]:
    from ui.server import create_app

    with running(create_app(ui_assistant)) as url:
        yield url


@pytest.fixture(scope="session")
def demo_assistant(tmp_path_factory: pytest.TempPathFactory, ui_assistant: Assistant) -> Assistant:
    """The shipped demo corpus as it is (for the README screenshot); the test corpus without it."""
    if not any(DEMO_CORPUS.glob("*.pdf")):
        return ui_assistant
    root = tmp_path_factory.mktemp("demo")
    return Assistant.from_settings(
        Settings(
            corpus_dir=DEMO_CORPUS,
            index_dir=root / "index",
            data_dir=root / "data",
            embedding={"model": "hashing"},
        )
    )


@pytest.fixture(scope="session")
def demo_url(demo_assistant: Assistant, ui_assistant: Assistant, live_url: str) -> Iterator[str]:
    if demo_assistant is ui_assistant:
        yield live_url
        return
    from ui.server import create_app

    with running(create_app(demo_assistant)) as url:
        yield url
