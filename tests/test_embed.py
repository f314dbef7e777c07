"""Embedders: the hashing fake, and the real packaged models loaded offline."""

import math

import pytest

from assistant.errors import ConfigError
from assistant.search.embed import HashingEmbedder, make_embedder, minilm_path
from assistant.settings import EmbeddingSettings


def cos(a, b):
    return sum(x * y for x, y in zip(a, b, strict=True)) / (
        math.sqrt(sum(x * x for x in a)) * math.sqrt(sum(y * y for y in b))
    )


def test_hashing_is_deterministic_normalised_and_word_based():
    e = HashingEmbedder()
    a = e.embed_query("Le devoir d'alliance des Français")
    assert a == e.embed_documents(["Le devoir d'alliance des Français"])[0]
    assert abs(sum(x * x for x in a) - 1) < 1e-9
    assert cos(a, e.embed_query("devoir d'alliance")) > cos(a, e.embed_query("fonds ODD 17"))


@pytest.mark.slow
def test_use_multilingual_reads_french():
    e = make_embedder(EmbeddingSettings(model="use-multilingual"))
    q = e.embed_query("Combien de maires ressentent un besoin d'alliance ?")
    good, bad = e.embed_documents(
        [
            "92 % des maires expriment un besoin d'alliance sur leur territoire.",
            "La charte a été signée lors d'une soirée à Saint-Maurice.",
        ]
    )
    assert len(q) == 512
    assert cos(q, good) > cos(q, bad)


@pytest.mark.slow
def test_sentence_transformers_path_loads_a_local_model_folder():
    """The path users take for a stronger model: SentenceTransformer(name_or_path), offline."""
    e = make_embedder(EmbeddingSettings(model=str(minilm_path())))
    v = e.embed_documents(["partnership between companies and non-profits"])[0]
    assert len(v) == 384
    assert e.embed_query("partnership between companies and non-profits") == pytest.approx(
        v, abs=1e-5
    )
    alias = make_embedder(EmbeddingSettings(model="minilm"))
    assert alias.embed_query("x") == pytest.approx(e.embed_query("x"), abs=1e-6)


def test_unloadable_model_is_a_clear_error(tmp_path):
    e = make_embedder(EmbeddingSettings(model=str(tmp_path / "pas-de-modele")))
    with pytest.raises(ConfigError, match="Impossible de charger le modèle"):
        e.embed_query("x")
