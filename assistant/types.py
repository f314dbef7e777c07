"""Typed values passed between the stages: pages, chunks, hits, retrievals, reports (the
answer and its parts are the contract: assistant/contract/)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

KINDS = ("fiche", "bulletin", "étude", "autre")


@dataclass(frozen=True)
class DocInfo:
    """What the catalogue (or the PDF metadata) says of one file."""

    source: str  # file path relative to the corpus folder, with "/" separators
    title: str
    kind: str = "autre"  # one of KINDS
    number: str = ""
    date: str = ""  # ISO "YYYY-MM-DD", "YYYY-MM" or "YYYY"; "" when unknown
    url: str = ""
    from_catalogue: bool = True

    @property
    def year(self) -> int | None:
        return int(self.date[:4]) if self.date[:4].isdigit() else None


@dataclass(frozen=True)
class Page:
    """One physical PDF page after cleaning."""

    number: int  # 1-based physical page
    label: str  # printed page label ("iii", "12"); str(number) when the PDF has none
    text: str
    has_text_layer: bool = True


@dataclass(frozen=True)
class Chunk:
    """A passage of one page, with its provenance."""

    id: str
    doc: DocInfo
    page: int  # 1-based physical PDF page
    page_label: str
    start: int  # character offsets in the cleaned page text
    end: int
    text: str
    section: str = ""  # nearest heading above the passage, "" if none
    position: int = 0  # index of the chunk in its document

    def metadata(self) -> dict[str, Any]:
        """Flat metadata as stored in Chroma (scalars only)."""
        return {
            "source": self.doc.source,
            "title": self.doc.title,
            "kind": self.doc.kind,
            "number": self.doc.number,
            "date": self.doc.date,
            "year": self.doc.year or 0,
            "url": self.doc.url,
            "from_catalogue": self.doc.from_catalogue,
            "page": self.page,
            "page_label": self.page_label,
            "start": self.start,
            "end": self.end,
            "section": self.section,
            "position": self.position,
        }

    @classmethod
    def from_stored(cls, chunk_id: str, text: str, meta: dict[str, Any]) -> Chunk:
        doc = DocInfo(
            source=str(meta.get("source", "")),
            title=str(meta.get("title", "")),
            kind=str(meta.get("kind", "autre")),
            number=str(meta.get("number", "")),
            date=str(meta.get("date", "")),
            url=str(meta.get("url", "")),
            from_catalogue=bool(meta.get("from_catalogue", True)),
        )
        return cls(
            id=chunk_id,
            doc=doc,
            page=int(meta.get("page", 0)),
            page_label=str(meta.get("page_label", "")),
            start=int(meta.get("start", 0)),
            end=int(meta.get("end", 0)),
            text=text,
            section=str(meta.get("section", "")),
            position=int(meta.get("position", 0)),
        )


@dataclass(frozen=True)
class FileOutcome:
    """What ingest did with one file."""

    source: str
    status: str  # "added" | "unchanged" | "replaced" | "removed" | "failed" | "ignored"
    pages: int = 0
    chunks: int = 0
    reason: str = ""  # French one-liner for failed / ignored files and warnings
    warnings: tuple[str, ...] = ()
    remembered: bool = False  # failed before with the same content: not read again


@dataclass
class IngestReport:
    """Summary of one ingest run."""

    files: list[FileOutcome] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=dict)  # reading, chunking, embedding, storing
    missing_catalogue: list[str] = field(default_factory=list)
    fingerprint: str = ""
    total_s: float = 0.0
    # (collection, embedding model) built with other settings: left alone, or dropped (--prune)
    other_indexes: list[tuple[str, str]] = field(default_factory=list)
    pruned: list[tuple[str, str]] = field(default_factory=list)

    def count(self, status: str) -> int:
        return sum(1 for f in self.files if f.status == status)

    @property
    def pages(self) -> int:
        return sum(f.pages for f in self.files if f.status in ("added", "replaced"))

    @property
    def chunks(self) -> int:
        return sum(f.chunks for f in self.files if f.status in ("added", "replaced"))

    @property
    def failed(self) -> list[FileOutcome]:
        return [f for f in self.files if f.status == "failed"]


@dataclass(frozen=True)
class SearchFilter:
    """Metadata restrictions applied to retrieval (kinds, year range, documents)."""

    kinds: tuple[str, ...] = ()
    year_min: int | None = None
    year_max: int | None = None
    sources: tuple[str, ...] = ()

    def is_empty(self) -> bool:
        return not (self.kinds or self.sources) and self.year_min is None and self.year_max is None

    def matches(self, meta: dict[str, Any]) -> bool:
        year = int(meta.get("year") or 0)
        return (
            (not self.kinds or meta.get("kind") in self.kinds)
            and (not self.sources or meta.get("source") in self.sources)
            and (self.year_min is None or year >= self.year_min)
            and (self.year_max is None or (0 < year <= self.year_max))
        )

    def to_chroma_where(self) -> dict[str, Any] | None:
        clauses: list[dict[str, Any]] = []
        if self.kinds:
            clauses.append({"kind": {"$in": list(self.kinds)}})
        if self.sources:
            clauses.append({"source": {"$in": list(self.sources)}})
        if self.year_min is not None:
            clauses.append({"year": {"$gte": self.year_min}})
        if self.year_max is not None:
            clauses.append({"year": {"$lte": self.year_max}})
            clauses.append({"year": {"$gt": 0}})
        if not clauses:
            return None
        return clauses[0] if len(clauses) == 1 else {"$and": clauses}


@dataclass(frozen=True)
class Hit:
    """A retrieved passage with its fused score and the ranks that made it."""

    chunk: Chunk
    score: float
    dense_rank: int | None = None  # 1-based; None when the dense side did not return it
    lexical_rank: int | None = None
    dense_score: float = 0.0  # cosine similarity
    lexical_score: float = 0.0  # BM25


@dataclass(frozen=True)
class Retrieval:
    """What retrieval found for one question, with the signals the refusal decision reads."""

    query: str
    hits: tuple[Hit, ...]
    filter: SearchFilter
    coverage: float  # share of the question's content words found in the best passage
    top_dense: float  # best cosine similarity among the hits
    timings: dict[str, float] = field(default_factory=dict)
