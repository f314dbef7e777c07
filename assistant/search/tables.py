"""The read-side tables of an index: what every process answering from it needs besides
Chroma's vectors — the passages, the lexical index, IDF, banners, the spelling vocabulary, the
documents, the per-document and per-page maps. Built once (by ingest), saved in the index folder
under a stamp, loaded by each process (the BM25 arrays memory-mapped) instead of being rebuilt
from Chroma's texts by every process on its first question.

A `Tables` built from passages computes each table on first use; one loaded from disk holds
them all already. `BUILDS` counts what this process computed (a reader should compute nothing)."""

from __future__ import annotations

import hashlib
import json
import logging
import math
import pickle
import shutil
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import replace
from functools import cached_property
from pathlib import Path
from typing import Any, TypeVar

import numpy as np

from ..reading.spelling import Spelling
from ..text import ANALYZER_VERSION
from ..types import Chunk, DocInfo
from .lexical import LexicalIndex, Terms, index_stamp, swap_in

log = logging.getLogger(__name__)

TABLES_DIR = "tables"
# Bump when what is saved changes shape: older folders are then rebuilt, never misread.
TABLES_VERSION = "3"
BUILDS: Counter[str] = Counter()
T = TypeVar("T")


def _built(fn: Callable[[Tables], T]) -> cached_property[T]:
    """A table computed on first use, counted and logged (what a loaded Tables never does)."""

    def compute(self: Tables) -> T:
        t = time.perf_counter()
        value = fn(self)
        BUILDS[fn.__name__] += 1
        log.info("table %s built in %.2f s", fn.__name__, time.perf_counter() - t)
        return value

    compute.__name__ = fn.__name__
    compute.__doc__ = fn.__doc__
    return cached_property(compute)


def lexical_text(chunk: Chunk) -> str:
    """What BM25 sees of a passage: its text plus the document title and section heading."""
    return f"{chunk.doc.title}\n{chunk.section}\n{chunk.text}"


def banner_key(text: str) -> str:
    """A line or sentence as banners are compared: lowercase, spaces folded."""
    return " ".join(text.lower().split())


def _doc_line(doc: DocInfo) -> str:
    return json.dumps([doc.source, doc.title, doc.kind, doc.number, doc.date, doc.url])


def tables_stamp(chunks: Mapping[str, Chunk]) -> str:
    """What the tables depend on: the passage ids (their texts are in them) and each document's
    catalogue entry (a title or kind edited in the catalogue keeps the passage ids)."""
    docs = sorted({_doc_line(c.doc) for c in chunks.values()})
    payload = "\n".join([TABLES_VERSION, ANALYZER_VERSION, index_stamp(chunks), *docs])
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def shared_docs(chunks: Iterable[Chunk]) -> dict[str, Chunk]:
    """Passages by id, the passages of one document sharing one DocInfo (Chroma gives one per
    passage: 100,000 copies of a few thousand values, in memory and in the saved file)."""
    docs: dict[DocInfo, DocInfo] = {}
    out = {}
    for c in chunks:
        doc = docs.setdefault(c.doc, c.doc)
        out[c.id] = c if c.doc is doc else replace(c, doc=doc)
    return out


class Tables:
    """The tables of one set of passages."""

    def __init__(
        self,
        chunks: Mapping[str, Chunk],
        lexical: LexicalIndex | None = None,
        *,
        previous: Terms | None = None,
    ) -> None:
        self.chunks = chunks if isinstance(chunks, dict) else dict(chunks)
        self._previous = previous  # an earlier build's terms: its passages are not analysed again
        if lexical is not None:
            self.__dict__["lexical"] = lexical

    @cached_property
    def stamp(self) -> str:
        return tables_stamp(self.chunks)

    @_built
    def terms(self) -> Terms:
        """Each passage's analysed text, title and section, as term numbers."""
        ids = sorted(self.chunks)
        return Terms.update(self._previous, ids, lambda i: lexical_text(self.chunks[i]))

    @_built
    def lexical(self) -> LexicalIndex:
        """BM25 over the passages' terms."""
        ids = sorted(self.chunks)
        terms = self.terms
        return LexicalIndex.from_terms(ids, [terms.by_id[i].tolist() for i in ids], terms.vocab)

    @_built
    def idf(self) -> dict[str, float]:
        """Inverse document frequency of analysed terms over the passages (unseen terms: max)."""
        df = self.terms.document_frequency()
        n = len(self.chunks) or 1
        return {t: math.log((n + 1) / (d + 0.5)) for t, d in df.items()} | {
            "": math.log(2 * (n + 1))
        }

    @_built
    def banners(self) -> frozenset[str]:
        """Lines printed in many documents (a site banner, a disclaimer, a cover line): never
        an answer. Folded text of lines found in at least 3 documents and a quarter of them."""
        docs: dict[str, set[str]] = {}
        for c in self.chunks.values():
            for line in c.text.split("\n"):
                key = banner_key(line)
                if len(key) >= 20:
                    docs.setdefault(key, set()).add(c.doc.source)
        least = max(3, math.ceil(len(self.sources) / 4))
        return frozenset(k for k, sources in docs.items() if len(sources) >= least)

    @_built
    def spelling(self) -> Spelling:
        """The corpus's words, to correct the questions' spelling against."""
        return Spelling(f"{c.doc.title}\n{c.text}" for c in self.chunks.values())

    @_built
    def sources(self) -> frozenset[str]:
        """The indexed documents' paths in the corpus."""
        return frozenset(c.doc.source for c in self.chunks.values())

    @_built
    def documents(self) -> list[dict[str, object]]:
        """One entry per document: source, title, kind, date, url, pages; sorted by source."""
        docs: dict[str, dict[str, Any]] = {}
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
            d["pages"] = max(d["pages"], c.page)
        return sorted(docs.values(), key=lambda d: str(d["source"]))

    @_built
    def by_page(self) -> dict[tuple[str, int], list[Chunk]]:
        """Passages of each (source, PDF page), in reading order."""
        pages: dict[tuple[str, int], list[Chunk]] = {}
        for c in self.chunks.values():
            pages.setdefault((c.doc.source, c.page), []).append(c)
        for parts in pages.values():
            parts.sort(key=lambda c: c.start)
        return pages

    @_built
    def by_document(self) -> dict[tuple[str, str, int], list[str]]:
        """Passage ids per (source, kind, year): a filter reads one line per document, not
        every passage's metadata."""
        docs: dict[tuple[str, str, int], list[str]] = {}
        for cid, c in self.chunks.items():
            docs.setdefault((c.doc.source, c.doc.kind, c.doc.year or 0), []).append(cid)
        return docs

    @_built
    def document_positions(self) -> dict[tuple[str, str, int], np.ndarray]:
        """The same per document, as positions in the lexical index (sorted): a filter then
        costs one line per document and no lookup per passage."""
        position = self.lexical.position
        return {
            key: np.sort(np.array([position(i) for i in ids], dtype=np.int64))
            for key, ids in self.by_document.items()
        }

    _SAVED = (
        *("idf", "banners", "spelling", "sources", "documents"),
        *("by_page", "by_document", "document_positions"),
    )

    def save(self, directory: Path, fingerprint: str) -> None:
        """Compute every table and write them into `directory`, replacing it whole."""
        directory = Path(directory)
        directory.parent.mkdir(parents=True, exist_ok=True)
        tmp = Path(tempfile.mkdtemp(prefix=f".{directory.name}.tmp-", dir=directory.parent))
        try:
            self.lexical.save(tmp / "lexical")
            self.terms.save(tmp / "terms")
            payload = {"chunks": self.chunks, **{name: getattr(self, name) for name in self._SAVED}}
            with open(tmp / "tables.pkl", "wb") as fh:
                pickle.dump(payload, fh, protocol=pickle.HIGHEST_PROTOCOL)
            meta = {
                "version": TABLES_VERSION,
                "fingerprint": fingerprint,
                "stamp": self.stamp,
                "lexical": self.lexical.stamp,
                "passages": len(self.chunks),
                "built": time.time(),
            }
            (tmp / "meta.json").write_text(json.dumps(meta), encoding="utf-8")
            swap_in(tmp, directory)
        except BaseException:
            shutil.rmtree(tmp, ignore_errors=True)
            raise

    @classmethod
    def load_terms(cls, directory: Path) -> Terms | None:
        """The saved tables' terms (what an ingest reuses; readers never need them)."""
        return Terms.load(Path(directory) / "terms")

    @classmethod
    def load(cls, directory: Path) -> Tables | None:
        """The saved tables (BM25 arrays memory-mapped), or None when unreadable."""
        directory = Path(directory)
        try:
            with open(directory / "tables.pkl", "rb") as fh:
                # The index folder is as trusted as the code (Chroma pickles there too).
                payload = pickle.load(fh)
            lexical = LexicalIndex.load(directory / "lexical", mmap=True)
            if lexical is None or set(lexical.ids) != payload["chunks"].keys():
                raise ValueError("lexical index and passages disagree")
            tables = cls(payload.pop("chunks"), lexical)
            for name in cls._SAVED:
                tables.__dict__[name] = payload[name]
            tables.__dict__["stamp"] = saved_meta(directory).get("stamp", "")
            return tables
        except (OSError, ValueError, KeyError, TypeError, EOFError, pickle.UnpicklingError) as err:
            log.warning("tables %s unreadable (%s): they will be rebuilt", directory, err)
            return None


def saved_meta(directory: Path) -> dict[str, Any]:
    """What the saved tables say of themselves ({} when there are none of this version)."""
    try:
        meta = json.loads((Path(directory) / "meta.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return meta if isinstance(meta, dict) and meta.get("version") == TABLES_VERSION else {}
