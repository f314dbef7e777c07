"""The built index: Chroma collection + French lexical index, opened together and kept in step."""

from __future__ import annotations

import math
import time
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from langchain_core.embeddings import Embeddings

from ..reading.spelling import Spelling
from ..settings import Settings
from ..text import analyze
from ..types import Chunk, SearchFilter
from .embed import make_embedder
from .lexical import LexicalIndex, index_stamp
from .store import ChromaStore, Store

LEXICAL_DIR = "lexical"


class TimedEmbeddings(Embeddings):
    """Wraps an embedder and adds up the seconds spent embedding passages."""

    def __init__(self, inner: Embeddings) -> None:
        self.inner = inner
        self.seconds = 0.0
        self.passages = 0

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        t = time.perf_counter()
        out = self.inner.embed_documents(texts)
        self.seconds += time.perf_counter() - t
        self.passages += len(texts)
        return out

    def embed_query(self, text: str) -> list[float]:
        return self.inner.embed_query(text)


@dataclass
class Index:
    """What retrieval needs: the store, the lexical index, the query embedder, every passage."""

    settings: Settings
    store: Store
    embedder: Embeddings
    lexical: LexicalIndex = field(repr=False)
    chunks: dict[str, Chunk] = field(repr=False)

    def chunk(self, chunk_id: str) -> Chunk | None:
        """One passage by id, or None."""
        return self.chunks.get(chunk_id)

    @cached_property
    def _by_page(self) -> dict[tuple[str, int], list[Chunk]]:
        pages: dict[tuple[str, int], list[Chunk]] = {}
        for c in self.chunks.values():
            pages.setdefault((c.doc.source, c.page), []).append(c)
        for parts in pages.values():
            parts.sort(key=lambda c: c.start)
        return pages

    def neighbours(self, chunk: Chunk) -> tuple[Chunk | None, Chunk | None]:
        """The passages just before and just after `chunk` on its page (None at an edge)."""
        parts = self._by_page.get((chunk.doc.source, chunk.page), [])
        at = next((i for i, c in enumerate(parts) if c.id == chunk.id), None)
        if at is None:
            return None, None
        return (parts[at - 1] if at > 0 else None), (parts[at + 1] if at + 1 < len(parts) else None)

    def page_text(self, source: str, page: int) -> str:
        """The text of one PDF page, put back together from its passages."""
        text, end = "", 0
        for c in self._by_page.get((source, page), []):
            if c.end <= end:
                continue
            text += ("\n" if text and c.start > end else "") + c.text[max(end - c.start, 0) :]
            end = c.end
        return text

    @cached_property
    def _by_document(self) -> dict[tuple[str, str, int], list[str]]:
        """Passage ids per (source, kind, year): a filter reads one line per document, not
        every passage's metadata."""
        docs: dict[tuple[str, str, int], list[str]] = {}
        for cid, c in self.chunks.items():
            docs.setdefault((c.doc.source, c.doc.kind, c.doc.year or 0), []).append(cid)
        return docs

    def passages_within(self, filt: SearchFilter) -> set[str] | None:
        """Ids of the passages the filter keeps (None when it keeps everything)."""
        if filt.is_empty():
            return None
        return {
            cid
            for (source, kind, year), ids in self._by_document.items()
            if filt.matches({"source": source, "kind": kind, "year": year})
            for cid in ids
        }

    @cached_property
    def idf(self) -> dict[str, float]:
        """Inverse document frequency of analysed terms over the passages (unseen terms: max)."""
        df: dict[str, int] = {}
        for c in self.chunks.values():
            for term in set(analyze(lexical_text(c))):
                df[term] = df.get(term, 0) + 1
        n = len(self.chunks) or 1
        return {t: math.log((n + 1) / (d + 0.5)) for t, d in df.items()} | {
            "": math.log(2 * (n + 1))
        }

    @cached_property
    def banners(self) -> frozenset[str]:
        """Lines printed in many documents (a site banner, a disclaimer, a cover line): never
        an answer. Folded text of lines found in at least 3 documents and a quarter of them."""
        docs: dict[str, set[str]] = {}
        for c in self.chunks.values():
            for line in c.text.split("\n"):
                key = banner_key(line)
                if len(key) >= 20:
                    docs.setdefault(key, set()).add(c.doc.source)
        n = len({c.doc.source for c in self.chunks.values()})
        least = max(3, math.ceil(n / 4))
        return frozenset(k for k, sources in docs.items() if len(sources) >= least)

    @cached_property
    def spelling(self) -> Spelling:
        """The corpus's words, to correct the questions' spelling against."""
        return Spelling(f"{c.doc.title}\n{c.text}" for c in self.chunks.values())

    @cached_property
    def sources(self) -> frozenset[str]:
        """The indexed documents' paths in the corpus (what `/pdf/` may serve)."""
        return frozenset(c.doc.source for c in self.chunks.values())

    def documents(self) -> list[dict[str, object]]:
        """One entry per indexed document: source, title, kind, date, url, pages."""
        return [dict(d) for d in self._documents]

    @cached_property
    def _documents(self) -> list[dict[str, object]]:
        docs: dict[str, dict[str, object]] = {}
        for c in self.chunks.values():
            d = docs.setdefault(
                c.doc.source,
                {
                    "source": c.doc.source,
                    "title": c.doc.title,
                    "kind": c.doc.kind,
                    "date": c.doc.date,
                    "url": c.doc.url,
                    "pages": 0,
                },
            )
            d["pages"] = max(int(d["pages"]), c.page)  # type: ignore[call-overload]
        return sorted(docs.values(), key=lambda d: str(d["source"]))


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


def banner_key(text: str) -> str:
    """A line or sentence as banners are compared: lowercase, spaces folded."""
    return " ".join(text.lower().split())


def lexical_text(chunk: Chunk) -> str:
    """What BM25 sees of a passage: its text plus the document title and section heading."""
    return f"{chunk.doc.title}\n{chunk.section}\n{chunk.text}"


def open_index(
    settings: Settings, embedder: Embeddings | None = None, *, fresh: bool = False
) -> Index:
    """Open an existing index for querying; raises IndexMissingError / IndexMismatchError.
    `fresh`: as it is now on disk, not as this process's Chroma cache last saw it."""
    embedder = embedder or make_embedder(settings.embedding)
    store = ChromaStore(settings, embedder, create=False, fresh=fresh)
    chunks = store.all_chunks()
    lexical = sync_lexical(store, settings.index_dir, chunks)
    return Index(settings, store, embedder, lexical, {c.id: c for c in chunks})
