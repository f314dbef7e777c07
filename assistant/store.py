"""Vector stores: Chroma (embedded or server, through langchain-chroma) and an in-memory twin."""

from __future__ import annotations

import math
from collections.abc import Iterable
from typing import Protocol

from langchain_core.embeddings import Embeddings

from .errors import IndexMismatchError, IndexMissingError, StoreError
from .settings import Settings
from .types import Chunk, SearchFilter

COLLECTION_PREFIX = "observatoire-"
BATCH = 256


class Store(Protocol):
    """Where chunks and their vectors live."""

    def upsert(self, chunks: list[Chunk]) -> None: ...
    def delete(self, ids: Iterable[str]) -> None: ...
    def ids(self) -> set[str]: ...
    def get(self, ids: list[str]) -> list[Chunk]: ...
    def all_chunks(self) -> list[Chunk]: ...
    def search(
        self, vector: list[float], k: int, filt: SearchFilter
    ) -> list[tuple[Chunk, float]]: ...


class MemoryStore:
    """In-memory reference implementation (tests, demos): exact cosine search."""

    def __init__(self, embedder: Embeddings) -> None:
        self.embedder = embedder
        self._rows: dict[str, tuple[Chunk, list[float]]] = {}

    def upsert(self, chunks: list[Chunk]) -> None:
        vectors = self.embedder.embed_documents([c.text for c in chunks]) if chunks else []
        for chunk, vec in zip(chunks, vectors, strict=True):
            self._rows[chunk.id] = (chunk, vec)

    def delete(self, ids: Iterable[str]) -> None:
        for i in ids:
            self._rows.pop(i, None)

    def ids(self) -> set[str]:
        return set(self._rows)

    def get(self, ids: list[str]) -> list[Chunk]:
        return [self._rows[i][0] for i in ids if i in self._rows]

    def all_chunks(self) -> list[Chunk]:
        return [c for c, _ in self._rows.values()]

    def search(self, vector: list[float], k: int, filt: SearchFilter) -> list[tuple[Chunk, float]]:
        def cosine(v: list[float]) -> float:
            dot = sum(a * b for a, b in zip(vector, v, strict=True))
            norm = math.sqrt(sum(a * a for a in vector)) * math.sqrt(sum(b * b for b in v))
            return dot / norm if norm else 0.0

        scored = [
            (chunk, cosine(vec))
            for chunk, vec in self._rows.values()
            if filt.matches(chunk.metadata())
        ]
        scored.sort(key=lambda cs: (-cs[1], cs[0].id))
        return scored[:k]


def chroma_client(settings: Settings):
    """Embedded PersistentClient under index_dir, or HttpClient when a server host is set."""
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    conf = ChromaSettings(anonymized_telemetry=False)
    try:
        if settings.chroma_host:
            return chromadb.HttpClient(
                host=settings.chroma_host, port=settings.chroma_port, settings=conf
            )
        settings.index_dir.mkdir(parents=True, exist_ok=True)
        return chromadb.PersistentClient(path=str(settings.index_dir / "chroma"), settings=conf)
    except Exception as err:
        where = (
            f"le serveur Chroma {settings.chroma_host}:{settings.chroma_port}"
            if settings.chroma_host
            else f"l'index local {settings.index_dir}"
        )
        raise StoreError(f"Impossible d'ouvrir {where} : {err}") from err


class ChromaStore:
    """Chroma collection named after the settings fingerprint; we always pass our embeddings."""

    def __init__(self, settings: Settings, embedder: Embeddings, *, create: bool = True) -> None:
        from langchain_chroma import Chroma

        self.client = chroma_client(settings)
        self.name = settings.collection_name
        if not create:
            check_collection(self.client, settings)
        self.vs = Chroma(
            collection_name=self.name,
            embedding_function=embedder,
            client=self.client,
            collection_metadata={
                "hnsw:space": "cosine",
                "fingerprint": settings.fingerprint(),
                "embedding": settings.embedding.model,
            },
        )
        self.embedder = embedder

    def upsert(self, chunks: list[Chunk]) -> None:
        for i in range(0, len(chunks), BATCH):
            part = chunks[i : i + BATCH]
            self.vs.add_texts(
                [c.text for c in part],
                metadatas=[c.metadata() for c in part],
                ids=[c.id for c in part],
            )

    def delete(self, ids: Iterable[str]) -> None:
        ids = list(ids)
        for i in range(0, len(ids), BATCH):
            self.vs.delete(ids=ids[i : i + BATCH])

    def ids(self) -> set[str]:
        return set(self.vs.get(include=[])["ids"])

    def get(self, ids: list[str]) -> list[Chunk]:
        if not ids:
            return []
        res = self.vs.get(ids=ids, include=["documents", "metadatas"])
        by_id = {
            i: Chunk.from_stored(i, d, m or {})
            for i, d, m in zip(res["ids"], res["documents"], res["metadatas"], strict=True)
        }
        return [by_id[i] for i in ids if i in by_id]

    def all_chunks(self) -> list[Chunk]:
        res = self.vs.get(include=["documents", "metadatas"])
        return [
            Chunk.from_stored(i, d, m or {})
            for i, d, m in zip(res["ids"], res["documents"], res["metadatas"], strict=True)
        ]

    def search(self, vector: list[float], k: int, filt: SearchFilter) -> list[tuple[Chunk, float]]:
        docs = self.vs.similarity_search_by_vector_with_relevance_scores(
            vector, k=k, filter=filt.to_chroma_where()
        )
        # Chroma returns cosine distances; 1 - distance is the cosine similarity.
        return [
            (Chunk.from_stored(str(d.id), d.page_content, d.metadata), 1.0 - float(dist))
            for d, dist in docs
        ]

    def other_collections(self) -> list[tuple[str, str]]:
        """(name, embedding model) of the collections built with other settings. Ingest leaves
        them alone (a server started with those settings may be using one) until asked to drop
        them."""
        return sorted(
            (c.name, str((c.metadata or {}).get("embedding", "")))
            for c in self.client.list_collections()
            if c.name.startswith(COLLECTION_PREFIX) and c.name != self.name
        )

    def drop_collections(self, names: Iterable[str]) -> None:
        """Delete other settings' collections (`assistant ingest --prune`); never this one."""
        for name in names:
            if name != self.name:
                self.client.delete_collection(name)


def list_collections(client) -> list[str]:
    return [c if isinstance(c, str) else c.name for c in client.list_collections()]


def check_collection(client, settings: Settings) -> None:
    """Raise a clear error when no collection matches the settings' fingerprint."""
    names = [n for n in list_collections(client) if n.startswith(COLLECTION_PREFIX)]
    if settings.collection_name in names:
        return
    if names:
        others = ", ".join(n.removeprefix(COLLECTION_PREFIX) for n in names)
        raise IndexMismatchError(
            f"L'index a été construit avec d'autres réglages (empreinte {others}, "
            f"attendue {settings.fingerprint()} pour le modèle « {settings.embedding.model} »). "
            "Relancez « assistant ingest » pour le reconstruire."
        )
    raise IndexMissingError(
        "Aucun index n'existe encore pour ces réglages. Lancez « assistant ingest »."
    )
