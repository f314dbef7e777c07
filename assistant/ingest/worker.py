"""Inside a reader process: read and prepare one file (`work`), or embed a slice of passages
(`embed`) with the process's own copy of the model, on one BLAS thread: each process keeps
one core full, with no thread waiting for another (see `Readers`)."""

from __future__ import annotations

import multiprocessing.queues
import os
import signal
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from ..settings import ChunkingSettings, EmbeddingSettings
from .prepare import ReadJob, ReadResult, read_job


@dataclass
class _Process:
    events: multiprocessing.queues.Queue | None = None  # reading progress, to the ingest
    index_dir: Path = Path()
    ocr: bool = False
    chunking: ChunkingSettings | None = None
    embedding: EmbeddingSettings | None = None
    embedder: Any = None  # loaded by the first slice to embed
    broken: bool = False  # the model could not be loaded here: the ingest embeds
    load_s: float = 0.0  # loading it, until an embedding task reports it


_here = _Process()


def init(
    events: multiprocessing.queues.Queue,
    parent: int,
    index_dir: Path,
    ocr: bool,
    chunking: ChunkingSettings | None,
    embedding: EmbeddingSettings | None,
) -> None:
    """Pool initializer: what every task of this process needs; exit with the ingest."""
    _here.events, _here.index_dir, _here.ocr = events, index_dir, ocr
    _here.chunking, _here.embedding = chunking, embedding
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the main process's to handle

    def watch_parent() -> None:
        while os.getppid() == parent:
            time.sleep(0.5)
        os._exit(1)  # the ingest is gone (killed): nothing to read for

    threading.Thread(target=watch_parent, daemon=True).start()


def _notify(source: str, stage: str, done: int, total: int) -> None:
    if _here.events is not None:
        _here.events.put((source, stage, done, total))


def work(job: ReadJob) -> ReadResult:
    """Read one file and prepare it (passages, figures)."""
    return read_job(job, _here.index_dir, _here.ocr, _notify, _here.chunking)


def ready() -> None:
    """Started early (new files to read): load the model while the ingest opens the index."""
    _load()


def _load() -> bool:
    """Load the model once; False when this process cannot embed."""
    if _here.embedding is None or _here.broken:
        return False
    if _here.embedder is None:
        from ..search.embed import make_embedder

        t = time.perf_counter()
        try:
            # One thread: the other cores are the other reader processes'.
            embedder = make_embedder(_here.embedding.model_copy(update={"threads": 1}))
            embedder.embed_query("chargement du modèle")
        except Exception:  # the ingest embeds, and reports why it cannot
            _here.broken = True
            return False
        _here.embedder, _here.load_s = embedder, time.perf_counter() - t
    return True


def embed(texts: list[str]) -> tuple[np.ndarray | None, float, float]:
    """Vectors of `texts` (None when this process cannot embed), seconds embedding, seconds
    loading the model (reported once). Float64 holds every embedder's floats exactly: the
    vectors stored are those the ingest would compute itself."""
    if not _load():
        return None, 0.0, 0.0
    load_s, _here.load_s = _here.load_s, 0.0
    t = time.perf_counter()
    vectors = np.asarray(_here.embedder.embed_documents(texts), dtype=np.float64)
    return vectors, time.perf_counter() - t, load_s
