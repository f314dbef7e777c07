"""Reading one PDF and what follows it without the index: its passages and its figures. Run by
the reader processes (or by the ingest itself when nothing reads ahead); the same functions
both ways, so the index is the one a sequential run builds."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import PdfReadError
from ..finder.extract import extract_figures
from ..finder.rows import FigureRow
from ..settings import ChunkingSettings
from ..types import Chunk, DocInfo
from .catalogue import doc_info
from .checkpoint import PageCheckpoint, read_resuming
from .chunking import chunk_pages
from .pdf import PdfContent

# source, stage ("read", "resumed_read"), pages done, total pages
Notify = Callable[[str, str, int, int], None]


@dataclass(frozen=True)
class ReadJob:
    path: Path
    source: str
    key: str  # content key: names the file's reading checkpoint
    catalogue: dict[str, Any] | None = None  # the file's catalogue entry


@dataclass(frozen=True)
class Prepared:
    """A read file's passages and figures, ready to embed and store."""

    doc: DocInfo
    chunks: list[Chunk]
    figures: list[FigureRow]
    chunk_s: float = 0.0
    figures_s: float = 0.0


@dataclass(frozen=True)
class ReadResult:
    content: PdfContent | None = None
    error: str = ""  # the French reason when the file could not be read
    lasting: bool = True  # see PdfReadError
    seconds: float = 0.0  # spent reading, in whichever process read it
    prepared: Prepared | None = None  # None: to chunk where it is indexed
    vectors: list[list[float]] | None = None  # the passages' vectors, from a reader process
    embed_s: float = 0.0  # spent embedding them, summed over the processes that did
    model_s: float = 0.0  # spent loading the model there (the first slice of each process)


def chunk_file(
    source: str, catalogue: dict[str, Any] | None, content: PdfContent, chunking: ChunkingSettings
) -> tuple[DocInfo, list[Chunk]]:
    """The document's description and its passages."""
    doc = doc_info(source, catalogue, content.title, content.front_page())
    return doc, chunk_pages(doc, content.sha256, content.pages, chunking.size, chunking.overlap)


def prepare(job: ReadJob, content: PdfContent, chunking: ChunkingSettings) -> Prepared | None:
    """Passages and figures of a read file; None when that fails (an invalid catalogue date):
    the ingest then does it again itself and raises what a sequential run raises."""
    try:
        t = time.perf_counter()
        doc, chunks = chunk_file(job.source, job.catalogue, content, chunking)
        chunk_s, t = time.perf_counter() - t, time.perf_counter()
        figures = extract_figures(doc, content.pages) if chunks else []
        return Prepared(doc, chunks, figures, chunk_s, time.perf_counter() - t)
    except Exception:  # redone (and raised) by the ingest, see above
        return None


def read_job(
    job: ReadJob,
    index_dir: Path,
    ocr: bool,
    notify: Notify,
    chunking: ChunkingSettings | None = None,
) -> ReadResult:
    """Read one PDF from its checkpoint on, then (given `chunking`) prepare it; a file that
    cannot be read is a result, not an error."""
    t = time.perf_counter()
    try:
        content = read_resuming(
            job.path,
            PageCheckpoint(index_dir, job.key),
            ocr,
            lambda stage, done, total: notify(job.source, stage, done, total),
        )
    except PdfReadError as err:
        return ReadResult(None, str(err), err.lasting, time.perf_counter() - t)
    seconds = time.perf_counter() - t
    prepared = prepare(job, content, chunking) if chunking is not None else None
    return ReadResult(content, seconds=seconds, prepared=prepared)
