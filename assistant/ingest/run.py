"""Ingest: corpus folder → pages → passages → Chroma + lexical index, incrementally; one writer
per index (a lock), resumable inside long files (checkpoints per batch of pages), PDFs read
ahead by reader processes while this one embeds and stores."""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable
from functools import partial
from pathlib import Path

from langchain_core.embeddings import Embeddings

from ..search.embed import leaving_cores, make_embedder
from ..search.index import TimedEmbeddings, drop_tables, publish_index
from ..search.store import ChromaStore, Store
from ..settings import EmbeddingSettings, Settings
from ..types import FileOutcome, IngestReport
from .checkpoint import clear_checkpoints
from .files import FileSteps, IngestProgress, Plan
from .lock import index_lock
from .manifest import FileEntry, Kind, Manifest, open_manifest
from .readers import Readers, ReadResult
from .scan import check_corpus, scan_corpus

__all__ = ["IngestProgress", "ingest", "reconcile", "scan_corpus"]


def reconcile(store: Store, manifest: Manifest) -> None:
    """Make store and manifest agree after an interrupted run: forget entries with holes, then
    drop the passages no entry references."""
    stored = store.ids()
    tables: list[tuple[Kind, dict[str, FileEntry]]] = [
        ("file", manifest.files),
        ("partial", manifest.partial),
    ]
    holes = [
        (source, kind)
        for kind, table in tables
        for source, entry in table.items()
        if not set(entry.chunk_ids) <= stored
    ]
    if holes:
        manifest.drop_many(holes)
    orphans = stored - manifest.all_ids()
    if orphans:
        store.delete(sorted(orphans))


def ingest(
    settings: Settings,
    *,
    embedder: Embeddings | None = None,
    store: Store | None = None,
    progress: IngestProgress | None = None,
    wait: bool = False,
    on_wait: Callable[[str], None] | None = None,
    prune: bool = False,
    retry_failed: bool = False,
) -> IngestReport:
    """Bring the index in line with the corpus folder; returns what was done to each file.

    Holds the index's lock throughout: raises IndexLockedError while another ingest runs, or
    with `wait` tells `on_wait` and waits for it. Collections of other settings are reported,
    and deleted only with `prune`. Files that failed with the same content are not read again
    unless `retry_failed`."""
    check_corpus(settings.corpus_dir)
    with index_lock(settings.index_dir, wait=wait, on_wait=on_wait):
        return _ingest(settings, embedder, store, progress, prune, retry_failed)


def _ingest(
    settings: Settings,
    embedder: Embeddings | None,
    store: Store | None,
    progress: IngestProgress | None,
    prune: bool,
    retry_failed: bool,
) -> IngestReport:
    t0 = time.perf_counter()
    pdfs, skipped = scan_corpus(settings.corpus_dir)
    # Reader processes embed too when they can build the same embedder and the vectors reach
    # the store through ours: the embedder and the store are the run's own.
    embedding = settings.embedding if embedder is None and store is None else None
    timed = TimedEmbeddings(embedder or make_embedder(settings.embedding))
    readers = _readers(settings, timed, embedding)
    # The processes exit while the lexical index is built (`Readers.release`).
    with readers:
        with open_manifest(settings.index_dir, settings.fingerprint()) as manifest:
            known = {*manifest.files, *manifest.failed}
            new = sum(p.relative_to(settings.corpus_dir).as_posix() not in known for p in pdfs)
            if new >= 2 * settings.pdf_readers:  # (a first ingest) they start while Chroma opens
                readers.start()
            chroma = None
            if store is None:
                store = chroma = ChromaStore(settings, timed)
            run = FileSteps(settings, store, timed, manifest, progress, retry_failed)
            readers.notify = run.pages
            reconcile(store, manifest)
            report = IngestReport(files=list(skipped), fingerprint=settings.fingerprint())
            _files(run, pdfs, report, readers)
            run.figures.publish()  # a figures table rebuilt beside the old one replaces it now
            clear_checkpoints(settings.index_dir)  # every file went through: what is left is stale
            if chroma is not None:
                others = chroma.other_collections()
                if prune:
                    chroma.drop_collections(name for name, _ in others)
                    drop_tables(settings, (name for name, _ in others))
                    manifest.drop_other_fingerprints()
                    report.pruned = others
                else:
                    report.other_indexes = others
        t = time.perf_counter()
        publish_index(settings, store, report)  # the read-side tables, then the generation
        run.timings["index lexical"] = time.perf_counter() - t
    report.timings = run.timings
    report.total_s = time.perf_counter() - t0
    return report


def _report(
    run: FileSteps, waiting: deque[tuple[Plan, FileOutcome | None]], report: IngestReport
) -> None:
    """Report the files at the head of `waiting` whose outcome is known, in order."""
    while waiting:
        plan, outcome = waiting[0]
        outcome = outcome or run.stored.pop(plan.source, None)
        if outcome is None:
            return
        waiting.popleft()
        named = plan.source in run.catalogue or plan.path.name in run.catalogue
        if outcome.status != "failed" and not named:
            report.missing_catalogue.append(plan.source)
        report.files.append(outcome)
        if run.progress:
            run.progress.advance(outcome)


def _readers(
    settings: Settings, embedder: TimedEmbeddings, embedding: EmbeddingSettings | None
) -> Readers:
    """The run's reader processes (not started yet), embedding given `embedding`."""
    # When this process embeds, its model loads (seconds for USE) while they read the first
    # files; when they embed, it loads only if a file is read here.
    warm_up = None if embedding else partial(embedder.inner.embed_query, "chargement du modèle")
    return Readers(
        settings.pdf_readers,
        settings.index_dir,
        settings.ocr,
        lambda *event: None,  # the run's progress, once it exists
        warm_up,
        chunking=settings.chunking,
        embedding=embedding,
    )


def _files(run: FileSteps, pdfs: list[Path], report: IngestReport, readers: Readers) -> None:
    """Every PDF in corpus order, read ahead (and embedded) by the reader processes; then
    forget the files that are gone."""
    settings, manifest, progress = run.settings, run.manifest, run.progress
    if progress:
        progress.start(len(pdfs))
    sources = [(path, path.relative_to(settings.corpus_dir).as_posix()) for path in pdfs]
    plans = (run.plan(path, source) for path, source in sources)
    # Files in corpus order, each reported once its outcome is known: some wait in the group
    # of files stored together (see `FileSteps.flush`).
    waiting: deque[tuple[Plan, FileOutcome | None]] = deque()
    run.on_flush = partial(_report, run, waiting, report)
    # Batches are embedded on the cores the readers leave free (see `leaving_cores`).
    with leaving_cores(run.embedder.inner, readers.busy):
        for plan, read in readers.results(plans, Plan.job):
            waiting.append((plan, plan.outcome or run.index(plan, read or ReadResult())))
            _report(run, waiting, report)
        run.flush()
    readers.release()
    run.timings["lecture"] = readers.read_here
    for step, seconds in readers.here.items():  # files read, chunked and so on here
        run.timings[step] += seconds
    if readers.in_workers:  # done by other processes while this one stored
        run.timings["attente des processus de lecture"] = readers.waited
        run.timings["lecture (en parallèle)"] = readers.worked
        run.timings["découpage et chiffres (en parallèle)"] = readers.prepared
        if readers.embedding:
            run.timings["embedding (en parallèle)"] = readers.embedded
            run.timings["chargement du modèle (en parallèle)"] = readers.model_s
        else:
            run.timings["chargement du modèle"] = readers.warm_up_s
    seen = {source for _, source in sources}
    for source in sorted({*manifest.files, *manifest.partial, *manifest.failed} - seen):
        entry = manifest.files.get(source)
        run.forget(source)
        if entry:
            report.files.append(
                FileOutcome(source, "removed", pages=entry.pages, chunks=len(entry.chunk_ids))
            )
