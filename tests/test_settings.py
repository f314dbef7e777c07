from pathlib import Path

import pytest
from pydantic import ValidationError

from assistant.settings import Settings


def test_env_prefix_and_nested(monkeypatch, tmp_path):
    monkeypatch.setenv("ASSISTANT_CORPUS_DIR", str(tmp_path / "pdfs"))
    monkeypatch.setenv("ASSISTANT_INDEX_DIR", str(tmp_path / "idx"))
    monkeypatch.setenv("ASSISTANT_CHUNKING__SIZE", "500")
    monkeypatch.setenv("ASSISTANT_CHROMA_HOST", "127.0.0.1")
    s = Settings()
    assert s.corpus_dir == tmp_path / "pdfs"
    assert s.index_dir == tmp_path / "idx"
    assert s.chunking.size == 500
    assert s.chroma_host == "127.0.0.1"


def test_toml_file(monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)
    Path("assistant.toml").write_text('corpus_dir = "mes-pdf"\n[retrieval]\nk = 9\n')
    s = Settings()
    assert s.corpus_dir == Path("mes-pdf")
    assert s.retrieval.k == 9


def test_init_beats_env(monkeypatch):
    monkeypatch.setenv("ASSISTANT_CORPUS_DIR", "/ailleurs")
    assert Settings(corpus_dir=Path("ici")).corpus_dir == Path("ici")


@pytest.mark.parametrize(
    "change, differs",
    [
        ({"embedding": {"model": "minilm"}}, True),
        ({"chunking": {"size": 700, "overlap": 100}}, True),
        ({"retrieval": {"k": 12}}, False),
        ({"generation": {"backend": "ollama"}}, False),
        ({"index_dir": Path("/tmp/autre")}, False),
    ],
)
def test_fingerprint_tracks_what_changes_vectors(change, differs):
    base = Settings()
    assert (Settings(**change).fingerprint() != base.fingerprint()) is differs
    assert base.collection_name.endswith(base.fingerprint())


def test_bad_value_named_in_message():
    with pytest.raises(ValidationError, match="overlap"):
        Settings(chunking={"size": 200, "overlap": 300})
    with pytest.raises(ValidationError, match=r"inconnu|extra"):
        Settings(inconnu=1)
