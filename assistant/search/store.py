"""Vector stores: Chroma (embedded or server, through langchain-chroma) and an in-memory twin."""

from __future__ import annotations

import functools
import math
import weakref
from collections.abc import Callable, Iterable, Iterator
from typing import Any, Concatenate, ParamSpec, Protocol, TypeVar

from langchain_core.embeddings import Embeddings

from ..errors import IndexMismatchError, IndexMissingError, StoreUnavailableError
from ..settings import Settings
from ..types import Chunk, SearchFilter
from .chroma import (
    chroma_client,
    release_system,
    unavailable,
    unreachable,
    use_system,
)
from .generation import Generation

COLLECTION_PREFIX = "observatoire-"
# Rows per store call: a call costs ~50 ms whatever its size; ingest stores groups of files.
BATCH = 512
# Rows per read of a whole collection: well under SQLite's 32,766 variables per statement.
PAGE = 5000
# Neighbours HNSW examines per search. Chroma rebuilds the graph of the passages added since
# its last save (under 1,000) at each process start, on several threads, so the graph differs
# from run to run; with Chroma's 100 the 30 nearest then differed too, and 5-8 answers of
# 1,104 changed between two runs of the same code. At 400 the search is exhaustive up to
# several hundred passages and near-exact beyond: the same question gets the same passages.
EF_SEARCH = 400
P = ParamSpec("P")
R = TypeVar("R")


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


def _reaching(
    method: Callable[Concatenate[ChromaStore, P], R],
) -> Callable[Concatenate[ChromaStore, P], R]:
    """A ChromaStore method whose lost connection to a Chroma server becomes
    StoreUnavailableError; the client reconnects by itself once the server is back."""

    @functools.wraps(method)
    def call(self: ChromaStore, *args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return method(self, *args, **kwargs)
        except StoreUnavailableError:
            raise
        except Exception as err:
            settings = getattr(self, "settings", None)  # unset when __init__ fails early
            if settings is not None and settings.chroma_host and unreachable(err):
                raise unavailable(settings) from err
            raise

    return call


class ChromaStore:
    """Chroma collection named after the settings fingerprint; we always pass our embeddings."""

    @_reaching
    def __init__(
        self,
        settings: Settings,
        embedder: Embeddings,
        *,
        create: bool = True,
        fresh: bool = False,
    ) -> None:
        from chromadb.api.shared_system_client import SharedSystemClient as Shared
        from langchain_chroma import Chroma

        self.settings = settings
        self.client = chroma_client(settings, fresh=fresh)
        system = Shared._identifier_to_system.get(self.client._identifier)
        use_system(system)
        # Runs at close() or when the store is garbage, whichever comes first.
        self._release = weakref.finalize(
            self, release_system, system, self.client, bool(settings.chroma_host)
        )
        self._release.atexit = False
        self.name = settings.collection_name
        if not create:
            check_collection(self.client, settings)
        self.vs = Chroma(
            collection_name=self.name,
            embedding_function=embedder,
            client=self.client,
            collection_metadata={
                "fingerprint": settings.fingerprint(),
                "embedding": settings.embedding.model,
            },
            collection_configuration={"hnsw": {"space": "cosine", "ef_search": EF_SEARCH}},
        )
        self.embedder = embedder
        self._search_wide()

    def _search_wide(self) -> None:
        """Give a collection made by earlier code (Chroma's default, 100) `EF_SEARCH`."""
        collection = self.vs._collection
        hnsw = (collection.configuration_json or {}).get("hnsw") or {}
        if hnsw.get("ef_search", 0) < EF_SEARCH:
            collection.modify(configuration={"hnsw": {"ef_search": EF_SEARCH}})

    @_reaching
    def upsert(self, chunks: list[Chunk]) -> None:
        for i in range(0, len(chunks), BATCH):
            part = chunks[i : i + BATCH]
            self.vs.add_texts(
                [c.text for c in part],
                metadatas=[c.metadata() for c in part],
                ids=[c.id for c in part],
            )

    @_reaching
    def delete(self, ids: Iterable[str]) -> None:
        ids = list(ids)
        for i in range(0, len(ids), BATCH):
            self.vs.delete(ids=ids[i : i + BATCH])

    def _pages(self, include: list[str]) -> Iterator[dict[str, Any]]:
        """The whole collection, PAGE rows at a time: one unpaged `get()` fails past 32,766
        rows (« too many SQL variables »)."""
        offset = 0
        while True:
            res = self.vs.get(include=include, limit=PAGE, offset=offset)
            yield res
            if len(res["ids"]) < PAGE:
                return
            offset += PAGE

    @_reaching
    def ids(self) -> set[str]:
        return {i for res in self._pages([]) for i in res["ids"]}

    @_reaching
    def get(self, ids: list[str]) -> list[Chunk]:
        if not ids:
            return []
        by_id = {}
        for start in range(0, len(ids), PAGE):
            res = self.vs.get(ids=ids[start : start + PAGE], include=["documents", "metadatas"])
            by_id.update(_chunks(res))
        return [by_id[i] for i in ids if i in by_id]

    @_reaching
    def all_chunks(self) -> list[Chunk]:
        return [c for res in self._pages(["documents", "metadatas"]) for c in _chunks(res).values()]

    @_reaching
    def search(self, vector: list[float], k: int, filt: SearchFilter) -> list[tuple[Chunk, float]]:
        docs = self.vs.similarity_search_by_vector_with_relevance_scores(
            vector, k=k, filter=filt.to_chroma_where()
        )
        # Chroma returns cosine distances; 1 - distance is the cosine similarity.
        return [
            (Chunk.from_stored(str(d.id), d.page_content, d.metadata), 1.0 - float(dist))
            for d, dist in docs
        ]

    @_reaching
    def nearest_ids(self, vector: list[float], k: int) -> list[tuple[str, float]]:
        """Ids and cosine similarities of the k nearest passages, without reading their texts
        and metadata (what a caller that holds the passages needs; 10× cheaper for k in the
        hundreds)."""
        res: Any = self.vs._collection.query(
            query_embeddings=[vector],  # type: ignore[arg-type]
            n_results=k,
            include=["distances"],
        )
        return [
            (str(i), 1.0 - float(d))
            for i, d in zip(res["ids"][0], res["distances"][0], strict=True)
        ]

    @_reaching
    def generation(self) -> Generation | None:
        """The index generation stamped on the collection by the last ingest that changed it."""
        return Generation.from_metadata(self.client.get_collection(self.name).metadata)

    @_reaching
    def set_generation(self, generation: Generation) -> None:
        """Stamp a generation on the collection, for app processes that share only the Chroma
        server. `modify` replaces the whole metadata (kept but for the hnsw keys, which Chroma
        refuses there and keeps in the collection's configuration)."""
        collection = self.client.get_collection(self.name)
        kept = {k: v for k, v in (collection.metadata or {}).items() if not k.startswith("hnsw:")}
        collection.modify(metadata={**kept, **generation.to_metadata()})

    def close(self) -> None:
        """Free what Chroma holds for this store (HNSW segments in memory) if no other store of
        this process uses it. Also done when the store is garbage-collected."""
        self._release()

    @property
    def closed(self) -> bool:
        return not self._release.alive

    @_reaching
    def other_collections(self) -> list[tuple[str, str]]:
        """(name, embedding model) of the collections built with other settings. Ingest leaves
        them alone (a server started with those settings may be using one) until asked to drop
        them."""
        return sorted(
            (c.name, str((c.metadata or {}).get("embedding", "")))
            for c in self.client.list_collections()
            if c.name.startswith(COLLECTION_PREFIX) and c.name != self.name
        )

    @_reaching
    def drop_collections(self, names: Iterable[str]) -> None:
        """Delete other settings' collections (`assistant ingest --prune`); never this one."""
        for name in names:
            if name != self.name:
                self.client.delete_collection(name)


def _chunks(res: dict[str, Any]) -> dict[str, Chunk]:
    """The passages of one `get()` answer, by id."""
    return {
        i: Chunk.from_stored(i, d, m or {})
        for i, d, m in zip(res["ids"], res["documents"], res["metadatas"], strict=True)
    }


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
