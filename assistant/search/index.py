"""The built index: Chroma collection + French lexical index, opened together and kept in step."""

from __future__ import annotations

import logging
import shutil
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from filelock import FileLock
from langchain_core.embeddings import Embeddings

from ..reading.spelling import Spelling
from ..settings import Settings
from ..types import Chunk, IngestReport, SearchFilter
from .embed import make_embedder
from .generation import CHANGES, Generation, publish, read_stamp
from .lexical import LexicalIndex, Terms, index_stamp
from .store import COLLECTION_PREFIX, ChromaStore, Store
from .tables import TABLES_DIR, Tables, banner_key, lexical_text, saved_meta, shared_docs

__all__ = ["Index", "banner_key", "lexical_text", "open_index", "publish_index", "sync_lexical"]

log = logging.getLogger(__name__)

LEXICAL_DIR = "lexical"  # the lexical index alone, as `sync_lexical` keeps it
TABLES_LOCK = "tables.lock"


class TimedEmbeddings(Embeddings):
    """Wraps an embedder and adds up the seconds spent embedding passages; passages whose
    vectors were computed elsewhere (ingest's reader processes, same model) are not embedded
    again (`know`)."""

    def __init__(self, inner: Embeddings) -> None:
        self.inner = inner
        self.seconds = 0.0
        self.passages = 0
        self.known: dict[str, list[float]] = {}  # text → vector, until the next store

    def know(self, texts: list[str], vectors: list[list[float]]) -> None:
        self.known.update(zip(texts, vectors, strict=True))

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        todo = list(dict.fromkeys(t for t in texts if t not in self.known))
        here: dict[str, list[float]] = {}
        if todo:
            t = time.perf_counter()
            here = dict(zip(todo, self.inner.embed_documents(todo), strict=True))
            self.seconds += time.perf_counter() - t
            self.passages += len(todo)
        # The known vectors stay until the store is done (ingest clears `known` after each): a
        # store of more than one batch may send one text twice, in two batches (two passages
        # printing the same words), and the second must not be embedded again here.
        return [self.known[t] if t in self.known else here[t] for t in texts]

    def embed_query(self, text: str) -> list[float]:
        return self.inner.embed_query(text)


@dataclass
class Index:
    """What retrieval needs: the store, the lexical index, the query embedder, every passage,
    and the tables read from them (loaded from the index folder, or computed on first use)."""

    settings: Settings
    store: Store
    embedder: Embeddings
    lexical: LexicalIndex = field(repr=False)
    chunks: dict[str, Chunk] = field(repr=False)
    tables: Tables = field(default=None, repr=False)  # type: ignore[assignment]

    def __post_init__(self) -> None:
        if self.tables is None:
            self.tables = Tables(self.chunks, self.lexical)

    def chunk(self, chunk_id: str) -> Chunk | None:
        """One passage by id, or None."""
        return self.chunks.get(chunk_id)

    def neighbours(self, chunk: Chunk) -> tuple[Chunk | None, Chunk | None]:
        """The passages just before and just after `chunk` on its page (None at an edge)."""
        parts = self.tables.by_page.get((chunk.doc.source, chunk.page), [])
        at = next((i for i, c in enumerate(parts) if c.id == chunk.id), None)
        if at is None:
            return None, None
        return (parts[at - 1] if at > 0 else None), (parts[at + 1] if at + 1 < len(parts) else None)

    def page_passages(self, chunk: Chunk) -> list[Chunk]:
        """Every passage of the chunk's page, in reading order."""
        return self.tables.by_page.get((chunk.doc.source, chunk.page), [])

    def page_text(self, source: str, page: int) -> str:
        """The text of one PDF page, put back together from its passages."""
        text, end = "", 0
        for c in self.tables.by_page.get((source, page), []):
            if c.end <= end:
                continue
            text += ("\n" if text and c.start > end else "") + c.text[max(end - c.start, 0) :]
            end = c.end
        return text

    def surroundings(self, chunk: Chunk) -> str:
        """The text of the passage's page and of its publication's first page (its cover,
        where a publication names itself)."""
        page = self.page_text(chunk.doc.source, chunk.page)
        return page if chunk.page == 1 else f"{page}\n{self.page_text(chunk.doc.source, 1)}"

    def passages_within(self, filt: SearchFilter) -> set[str] | None:
        """Ids of the passages the filter keeps (None when it keeps everything)."""
        if filt.is_empty():
            return None
        return {
            cid
            for (source, kind, year), ids in self.tables.by_document.items()
            if filt.matches({"source": source, "kind": kind, "year": year})
            for cid in ids
        }

    def positions_within(self, filt: SearchFilter) -> np.ndarray | None:
        """Positions in the lexical index of the passages the filter keeps, in increasing
        order (None when it keeps everything)."""
        if filt.is_empty():
            return None
        parts = [
            positions
            for (source, kind, year), positions in self.tables.document_positions.items()
            if filt.matches({"source": source, "kind": kind, "year": year})
        ]
        return np.sort(np.concatenate(parts)) if parts else np.zeros(0, dtype=np.int64)

    @property
    def idf(self) -> dict[str, float]:
        """Inverse document frequency of analysed terms over the passages (unseen terms: max)."""
        return self.tables.idf

    @property
    def banners(self) -> frozenset[str]:
        """Lines printed in many documents: never an answer (see Tables.banners)."""
        return self.tables.banners

    @property
    def spelling(self) -> Spelling:
        """The corpus's words, to correct the questions' spelling against."""
        return self.tables.spelling

    @property
    def sources(self) -> frozenset[str]:
        """The indexed documents' paths in the corpus (what `/pdf/` may serve)."""
        return self.tables.sources

    def documents(self) -> list[dict[str, object]]:
        """One entry per indexed document: source, title, kind, date, url, pages."""
        return [dict(d) for d in self.tables.documents]


def sync_lexical(
    store: Store, index_dir: Path | None, chunks: list[Chunk] | None = None
) -> LexicalIndex:
    """The saved lexical index if it matches the store's passages, else rebuilt from their texts."""
    ids = {c.id for c in chunks} if chunks is not None else store.ids()
    wanted = index_stamp(ids)
    if index_dir is not None:
        saved = LexicalIndex.load(index_dir / LEXICAL_DIR)
        if saved is not None and saved.stamp == wanted:
            return saved
    chunks = chunks if chunks is not None else store.all_chunks()
    lexical = LexicalIndex.build([c.id for c in chunks], [lexical_text(c) for c in chunks])
    if index_dir is not None:
        lexical.save(index_dir / LEXICAL_DIR)
    return lexical


def tables_dir(settings: Settings) -> Path:
    """Where the read-side tables of these settings are saved (one folder per fingerprint:
    indexes of other settings in the same folder keep theirs)."""
    return settings.index_dir / f"{TABLES_DIR}-{settings.fingerprint()}"


def drop_tables(settings: Settings, collections: Iterable[str]) -> None:
    """Delete the read-side tables of other settings' collections (`ingest --prune`); never
    those of these settings."""
    for name in collections:
        folder = settings.index_dir / f"{TABLES_DIR}-{name.removeprefix(COLLECTION_PREFIX)}"
        if folder != tables_dir(settings):
            shutil.rmtree(folder, ignore_errors=True)


def _published(settings: Settings, store: Store) -> Generation | None:
    """The generation ingest last published: on the Chroma server when there is one (a worker
    may have a folder of its own), else in the index folder."""
    reader = getattr(store, "generation", None) if settings.chroma_host else None
    return reader() if reader is not None else read_stamp(settings.index_dir)


def _current(settings: Settings, store: Store) -> Tables | None:
    """The saved tables if they are those of the published generation, else None."""
    folder = tables_dir(settings)
    meta = saved_meta(folder)
    if meta.get("fingerprint") != settings.fingerprint():
        return None
    published = _published(settings, store)
    if published is not None and published.fingerprint == settings.fingerprint():
        fresh = (
            meta.get("stamp") == published.tables
            if published.tables
            else meta.get("lexical") == published.lexical
        )
    else:  # an index built before generations were stamped: compare with Chroma's ids
        fresh = meta.get("lexical") == index_stamp(store.ids())
    if not fresh:
        log.info("tables in %s are not those of the published generation", folder)
        return None
    return Tables.load(folder)


def _tables_lock(settings: Settings) -> FileLock | None:
    """One process at a time builds or saves the tables (None: the folder is read-only)."""
    lock = FileLock(settings.index_dir / TABLES_LOCK)
    try:
        lock.acquire()
    except OSError:
        return None
    return lock


def reader_tables(settings: Settings, store: Store) -> Tables:
    """The tables a reading process uses: the saved ones when they are the published
    generation's (the usual case: ingest saved them). Missing or stale (an index from an older
    version, a worker on a Chroma server with a folder of its own), the first process builds
    them from Chroma's passages, under a lock, and saves them: the next processes load them."""
    tables = _current(settings, store)
    if tables is not None:
        return tables
    lock = _tables_lock(settings)
    try:
        tables = _current(settings, store)  # another process may have built them meanwhile
        if tables is not None:
            return tables
        t = time.perf_counter()
        tables = Tables(shared_docs(store.all_chunks()))
        published = _published(settings, store)
        # Not saved while an ingest is changing Chroma: they would not be the generation's.
        saved = lock is not None and (published is None or published.tables in ("", tables.stamp))
        if saved:
            try:
                tables.save(tables_dir(settings), settings.fingerprint())
            except OSError as err:
                saved = False
                log.warning("tables not saved in %s: %s", settings.index_dir, err)
        log.warning(
            "Index : tables de lecture absentes ou périmées, reconstruites depuis Chroma "
            "(%d passages, %.1f s)%s.",
            len(tables.chunks),
            time.perf_counter() - t,
            " et enregistrées pour les prochains processus" if saved else "",
        )
        return tables
    finally:
        if lock is not None:
            lock.release()


def publish_index(settings: Settings, store: Store, report: IngestReport) -> Generation | None:
    """The end of an ingest: the tables of the passages now stored, built again where the
    ingest changed something (the passages of untouched files come from the saved tables, the
    others from Chroma) and saved; then the generation that serving processes swap to."""
    folder = tables_dir(settings)
    old = Tables.load(folder) if saved_meta(folder).get("fingerprint") else None
    changed = {f.source for f in report.files if f.status in CHANGES}
    ids = store.ids()
    if old is None:
        chunks = store.all_chunks()
    else:
        chunks = [c for i, c in old.chunks.items() if i in ids and c.doc.source not in changed]
        chunks += store.get(sorted(ids - {c.id for c in chunks}))
    saved = Tables.load_terms(folder) if old is not None else None
    kept = {c.id for c in chunks if c.doc.source not in changed}
    # Only the passages of untouched files keep their terms (a title edited in the catalogue
    # changes what BM25 reads of a passage whose id stays the same).
    previous = saved and Terms(saved.vocab, {i: t for i, t in saved.by_id.items() if i in kept})
    tables = Tables(shared_docs(chunks), previous=previous)
    if old is not None and old.stamp == tables.stamp:
        tables = old
    else:
        lock = _tables_lock(settings)
        try:
            tables.save(folder, settings.fingerprint())
        finally:
            if lock is not None:
                lock.release()
    return publish(settings, store, report, tables.lexical.stamp, tables.stamp)


def open_index(
    settings: Settings, embedder: Embeddings | None = None, *, fresh: bool = False
) -> Index:
    """Open an existing index for querying; raises IndexMissingError / IndexMismatchError.
    `fresh`: as it is now on disk, not as this process's Chroma cache last saw it."""
    embedder = embedder or make_embedder(settings.embedding)
    store = ChromaStore(settings, embedder, create=False, fresh=fresh)
    tables = reader_tables(settings, store)
    return Index(settings, store, embedder, tables.lexical, tables.chunks, tables)
