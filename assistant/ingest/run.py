"""Ingest: corpus folder → pages → passages → Chroma + lexical index, incrementally; one writer
per index (a lock), resumable inside long files (checkpoints per batch of pages)."""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Protocol

from langchain_core.embeddings import Embeddings

from ..search.embed import make_embedder
from ..search.generation import publish
from ..search.index import TimedEmbeddings, sync_lexical
from ..search.store import ChromaStore, Store
from ..settings import Settings
from ..types import Chunk, FileOutcome, IngestReport, Page
from .catalogue import doc_info, load_catalogue
from .checkpoint import PAGES_PER_CHECKPOINT, PageCheckpoint, clear_checkpoints
from .chunking import chunk_pages
from .lock import index_lock
from .manifest import FailedEntry, FileEntry, Kind, Manifest, open_manifest
from .pdf import READER_VERSION
from .readers import Readers, ReadJob, ReadResult
from .scan import check_corpus, content_key, scan_corpus

__all__ = ["IngestProgress", "ingest", "reconcile", "scan_corpus"]


class IngestProgress(Protocol):
    def start(self, total_files: int) -> None: ...
    def advance(self, outcome: FileOutcome) -> None: ...
    def checkpoint(self, source: str, stage: str, done: int, total: int) -> None:
        """Inside a long file: `stage` "read" / "stored" at each checkpoint (pages done of
        total), "resumed_read" / "resumed_store" when a run picks up an interrupted file."""


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


def _page_batches(chunks: list[Chunk]) -> list[list[Chunk]]:
    """Passages grouped by batch of pages: what one storing checkpoint covers."""
    batches: dict[int, list[Chunk]] = {}
    for chunk in chunks:
        batches.setdefault((chunk.page - 1) // PAGES_PER_CHECKPOINT, []).append(chunk)
    return list(batches.values())


@dataclass
class _Plan:
    """One file of the corpus, before reading: its key, and its outcome when there is nothing
    to read (unchanged, failure remembered, unreadable)."""

    path: Path
    source: str
    key: str = ""
    catalogue: dict | None = None
    old: FileEntry | None = None
    outcome: FileOutcome | None = None

    def job(self) -> ReadJob | None:
        return None if self.outcome else ReadJob(self.path, self.source, self.key)


class _Run:
    """One ingest run: the state shared by the per-file steps."""

    def __init__(
        self,
        settings: Settings,
        store: Store,
        embedder: TimedEmbeddings,
        manifest: Manifest,
        progress: IngestProgress | None,
        retry_failed: bool,
    ) -> None:
        self.settings = settings
        self.store = store
        self.embedder = embedder
        self.manifest = manifest
        self.progress = progress
        self.retry_failed = retry_failed
        self.catalogue = load_catalogue(settings.corpus_dir)
        self.timings = {"lecture": 0.0, "découpage": 0.0, "embedding": 0.0, "stockage": 0.0}

    def pages(self, source: str, stage: str, done: int, total: int = 0) -> None:
        if self.progress:
            self.progress.checkpoint(source, stage, done, total)

    def forget(self, source: str) -> None:
        """Take a file out of the index: its passages (indexed or partial), its failure."""
        entries = [self.manifest.files.get(source), self.manifest.partial.get(source)]
        if any(entries) or source in self.manifest.failed:
            self.manifest.drop(source)  # first: a kill now leaves orphans, which reconcile drops
        ids = {i for e in entries if e for i in e.chunk_ids}
        self.store.delete(self.manifest.unreferenced(sorted(ids)))

    def _fail(
        self,
        source: str,
        key: str,
        reason: str,
        lasting: bool,
        pages: int = 0,
        warnings: Sequence[str] = (),
    ) -> FileOutcome:
        """Drop the file from the index; remember a failure the file itself causes, by its key."""
        self.forget(source)
        if lasting:
            failure = FailedEntry(key, reason, READER_VERSION, pages, list(warnings))
            self.manifest.put_failed(source, failure)
        PageCheckpoint(self.settings.index_dir, key).clear()
        return FileOutcome(source, "failed", pages=pages, reason=reason, warnings=tuple(warnings))

    def plan(self, path: Path, source: str) -> _Plan:
        """What to do with one file, decided without reading it."""
        plan = _Plan(
            path, source, catalogue=self.catalogue.get(source) or self.catalogue.get(path.name)
        )
        try:
            plan.key = content_key(path, plan.catalogue)
        except OSError:
            self.forget(source)
            plan.outcome = FileOutcome(
                source, "failed", reason="fichier illisible (droits d'accès)"
            )
            return plan
        plan.old = old = self.manifest.files.get(source)
        known = self.manifest.failed.get(source)
        if old and old.sha256 == plan.key:
            plan.outcome = FileOutcome(
                source, "unchanged", pages=old.pages, chunks=len(old.chunk_ids)
            )
        elif (
            known
            and (known.sha256, known.reader) == (plan.key, READER_VERSION)
            and not self.retry_failed
        ):
            plan.outcome = FileOutcome(
                source,
                "failed",
                pages=known.pages,
                reason=known.reason,
                warnings=tuple(known.warnings),
                remembered=True,
            )
        return plan

    def index(self, plan: _Plan, read: ReadResult) -> FileOutcome:
        """Chunk, embed and store one file once read (or record why it could not be)."""
        source, key = plan.source, plan.key
        partial = self.manifest.partial.get(source)
        if partial and partial.sha256 != key:  # changed since the interrupted run: start over
            self.manifest.drop(source, ["partial"])
            self.store.delete(self.manifest.unreferenced(partial.chunk_ids))
        if read.content is None:
            return self._fail(source, key, read.error, read.lasting)
        content = read.content
        t = time.perf_counter()
        first = content.pages[0].text if content.pages else ""
        doc = doc_info(source, plan.catalogue, content.title, first)
        chunks = chunk_pages(
            doc,
            content.sha256,
            content.pages,
            self.settings.chunking.size,
            self.settings.chunking.overlap,
        )
        self.timings["découpage"] += time.perf_counter() - t
        if not chunks:
            reason = "aucun texte exploitable dans ce PDF"
            return self._fail(source, key, reason, True, len(content.pages), content.warnings)
        t, before = time.perf_counter(), self.embedder.seconds
        self._store(
            source, FileEntry(key, [c.id for c in chunks], len(content.pages), doc.title), chunks
        )
        embed_s = self.embedder.seconds - before
        self.timings["embedding"] += embed_s
        self.timings["stockage"] += time.perf_counter() - t - embed_s
        # Here one file is done: its pages (content.pages) and passages (chunks) are stored.
        return FileOutcome(
            source,
            "replaced" if plan.old else "added",
            pages=len(content.pages),
            chunks=len(chunks),
            warnings=content.warnings + _empty_pages(content.pages),
        )

    def _store(self, source: str, entry: FileEntry, chunks: list[Chunk]) -> None:
        """Store the passages batch of pages by batch, each batch then recorded in the manifest's
        partial entry (a kill loses one batch at most); then make the file's entry the new one."""
        partial = self.manifest.partial.get(source)
        stored = set(partial.chunk_ids) if partial else set()
        if stored:
            done = max((c.page for c in chunks if c.id in stored), default=0)
            self.pages(source, "resumed_store", done, entry.pages)
        batches = _page_batches(chunks)
        ids: list[str] = []
        for n, batch in enumerate(batches, start=1):
            todo = [c for c in batch if c.id not in stored]
            if todo:
                self.store.upsert(todo)
            ids += [c.id for c in batch]
            if todo and n < len(batches):
                self.manifest.put_partial(source, replace(entry, chunk_ids=list(ids)))
                self.pages(source, "stored", batch[-1].page, entry.pages)
        old = self.manifest.files.get(source)
        self.manifest.put_file(source, entry)
        # then drop the old version's passages: a kill in between leaves orphans
        if old:
            self.store.delete(self.manifest.unreferenced(old.chunk_ids))
        PageCheckpoint(self.settings.index_dir, entry.sha256).clear()


def _empty_pages(pages: list[Page]) -> tuple[str, ...]:
    """A warning for pages that hold only running headers/footers once cleaned."""
    empty = [p.label for p in pages if p.has_text_layer and not p.text.strip()]
    if not empty:
        return ()
    return (
        f"{len(empty)} page(s) sans contenu hors en-tête/pied de page (p. {', '.join(empty[:8])})",
    )


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
    timed = TimedEmbeddings(embedder or make_embedder(settings.embedding))
    chroma = None
    if store is None:
        store = chroma = ChromaStore(settings, timed)
    with open_manifest(settings.index_dir, settings.fingerprint()) as manifest:
        run = _Run(settings, store, timed, manifest, progress, retry_failed)
        reconcile(store, manifest)
        report = IngestReport(files=list(skipped), fingerprint=settings.fingerprint())
        _files(run, pdfs, report)
        clear_checkpoints(settings.index_dir)  # every file went through: what is left is stale
        if chroma is not None:
            others = chroma.other_collections()
            if prune:
                chroma.drop_collections(name for name, _ in others)
                manifest.drop_other_fingerprints()
                report.pruned = others
            else:
                report.other_indexes = others
    t = time.perf_counter()
    lexical = sync_lexical(store, settings.index_dir)
    run.timings["index lexical"] = time.perf_counter() - t
    publish(settings, store, report, lexical.stamp)  # running servers then swap to it
    report.timings = run.timings
    report.total_s = time.perf_counter() - t0
    return report


def _files(run: _Run, pdfs: list[Path], report: IngestReport) -> None:
    """Every PDF in corpus order, read ahead by the reader processes; then forget the files
    that are gone."""
    settings, manifest, progress = run.settings, run.manifest, run.progress
    if progress:
        progress.start(len(pdfs))
    sources = [(path, path.relative_to(settings.corpus_dir).as_posix()) for path in pdfs]
    plans = (run.plan(path, source) for path, source in sources)
    readers = Readers(settings.pdf_readers, settings.index_dir, settings.ocr, run.pages)
    with readers:
        for plan, read in readers.results(plans, _Plan.job):
            outcome = plan.outcome or run.index(plan, read or ReadResult())
            named = plan.source in run.catalogue or plan.path.name in run.catalogue
            if outcome.status != "failed" and not named:
                report.missing_catalogue.append(plan.source)
            report.files.append(outcome)
            if progress:
                progress.advance(outcome)
    run.timings["lecture"] = readers.waited
    if readers.in_workers:  # read by other processes, mostly while this one embedded
        run.timings["lecture (en parallèle)"] = readers.worked
    seen = {source for _, source in sources}
    for source in sorted({*manifest.files, *manifest.partial, *manifest.failed} - seen):
        entry = manifest.files.get(source)
        run.forget(source)
        if entry:
            report.files.append(
                FileOutcome(source, "removed", pages=entry.pages, chunks=len(entry.chunk_ids))
            )
