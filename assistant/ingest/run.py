"""Ingest: corpus folder → pages → passages → Chroma + lexical index, incrementally; one writer
per index (a lock), resumable inside long files (checkpoints per batch of pages)."""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any, Protocol

from langchain_core.embeddings import Embeddings

from ..errors import PdfReadError
from ..finder.extract import extract_figures
from ..finder.table import FigureTable
from ..search.embed import make_embedder
from ..search.index import TimedEmbeddings, publish_index
from ..search.store import ChromaStore, Store
from ..settings import Settings
from ..types import Chunk, DocInfo, FileOutcome, IngestReport, Page
from .catalogue import doc_info, load_catalogue
from .checkpoint import PAGES_PER_CHECKPOINT, PageCheckpoint, clear_checkpoints, read_resuming
from .chunking import chunk_pages
from .lock import index_lock
from .manifest import FailedEntry, FileEntry, Manifest, load_manifest, save_manifest
from .pdf import READER_VERSION, read_pdf
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
    for table in (manifest.files, manifest.partial):
        for source, entry in list(table.items()):
            if not set(entry.chunk_ids) <= stored:
                del table[source]
    orphans = stored - manifest.all_ids()
    if orphans:
        store.delete(sorted(orphans))


def _page_batches(chunks: list[Chunk]) -> list[list[Chunk]]:
    """Passages grouped by batch of pages: what one storing checkpoint covers."""
    batches: dict[int, list[Chunk]] = {}
    for chunk in chunks:
        batches.setdefault((chunk.page - 1) // PAGES_PER_CHECKPOINT, []).append(chunk)
    return list(batches.values())


class _Run:
    """One ingest run: the state shared by the per-file steps."""

    def __init__(
        self,
        settings: Settings,
        store: Store,
        embedder: TimedEmbeddings,
        progress: IngestProgress | None,
        retry_failed: bool,
    ) -> None:
        self.settings = settings
        self.store = store
        self.embedder = embedder
        self.progress = progress
        self.retry_failed = retry_failed
        self.catalogue = load_catalogue(settings.corpus_dir)
        self.manifest = load_manifest(settings.index_dir, settings.fingerprint())
        self.timings = {"lecture": 0.0, "découpage": 0.0, "embedding": 0.0, "stockage": 0.0}
        self.timings["chiffres"] = 0.0
        self.figures = FigureTable(settings.index_dir)
        self.figure_keys = self.figures.sources()  # documents whose figures are up to date

    def _pages(self, source: str, stage: str, done: int, total: int = 0) -> None:
        if self.progress:
            self.progress.checkpoint(source, stage, done, total)

    def save(self) -> None:
        save_manifest(self.settings.index_dir, self.manifest)

    def forget(self, source: str) -> None:
        """Take a file out of the index: its passages (indexed or partial), its failure."""
        entries = [self.manifest.files.pop(source, None), self.manifest.partial.pop(source, None)]
        failed = self.manifest.failed.pop(source, None)
        if any(entries) or failed:
            self.save()  # the manifest first: a kill now leaves orphans, which reconcile drops
        if self.figure_keys.pop(source, None) is not None:
            self.figures.remove_document(source)
        keep = self.manifest.all_ids()
        self.store.delete([i for e in entries if e for i in e.chunk_ids if i not in keep])

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
            self.manifest.failed[source] = FailedEntry(
                key, reason, READER_VERSION, pages, list(warnings)
            )
            self.save()
        PageCheckpoint(self.settings.index_dir, key).clear()
        return FileOutcome(source, "failed", pages=pages, reason=reason, warnings=tuple(warnings))

    def file(self, path: Path, source: str) -> FileOutcome:
        entry = self.catalogue.get(source) or self.catalogue.get(path.name)
        try:
            key = content_key(path, entry)
        except OSError:
            self.forget(source)
            return FileOutcome(source, "failed", reason="fichier illisible (droits d'accès)")
        old = self.manifest.files.get(source)
        if old and old.sha256 == key:
            if self.figure_keys.get(source) != key:  # indexed before the figures table
                self._figures_only(path, source, key, entry)
            return FileOutcome(source, "unchanged", pages=old.pages, chunks=len(old.chunk_ids))
        known = self.manifest.failed.get(source)
        if (
            known
            and (known.sha256, known.reader) == (key, READER_VERSION)
            and not self.retry_failed
        ):
            return FileOutcome(
                source,
                "failed",
                pages=known.pages,
                reason=known.reason,
                warnings=tuple(known.warnings),
                remembered=True,
            )
        partial = self.manifest.partial.get(source)
        if partial and partial.sha256 != key:  # changed since the interrupted run: start over
            del self.manifest.partial[source]
            self.save()
            keep = self.manifest.all_ids()
            self.store.delete([i for i in partial.chunk_ids if i not in keep])
        t = time.perf_counter()
        try:
            content = read_resuming(
                path,
                PageCheckpoint(self.settings.index_dir, key),
                self.settings.ocr,
                lambda stage, done, total: self._pages(source, stage, done, total),
            )
        except PdfReadError as err:
            return self._fail(source, key, str(err), err.lasting)
        finally:
            self.timings["lecture"] += time.perf_counter() - t
        t = time.perf_counter()
        first = content.pages[0].text if content.pages else ""
        doc = doc_info(source, entry, content.title, first)
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
        self._figures(source, key, doc, content.pages)
        self.timings["embedding"] += embed_s
        self.timings["stockage"] += time.perf_counter() - t - embed_s
        return FileOutcome(
            source,
            "replaced" if old else "added",
            pages=len(content.pages),
            chunks=len(chunks),
            warnings=content.warnings + _empty_pages(content.pages),
        )

    def _figures(self, source: str, key: str, doc: DocInfo, pages: list[Page]) -> None:
        """The document's figures replace its old ones (one transaction)."""
        t = time.perf_counter()
        self.figures.replace_document(source, key, extract_figures(doc, pages))
        self.figure_keys[source] = key
        self.timings["chiffres"] += time.perf_counter() - t

    def _figures_only(
        self, path: Path, source: str, key: str, entry: dict[str, Any] | None
    ) -> None:
        """Figures of a file indexed before the table existed: read again, passages untouched."""
        try:
            content = read_pdf(path)
        except PdfReadError:
            return
        first = content.pages[0].text if content.pages else ""
        self._figures(source, key, doc_info(source, entry, content.title, first), content.pages)

    def _store(self, source: str, entry: FileEntry, chunks: list[Chunk]) -> None:
        """Store the passages batch of pages by batch, each batch then recorded in the manifest's
        partial entry (a kill loses one batch at most); then make the file's entry the new one."""
        partial = self.manifest.partial.get(source)
        stored = set(partial.chunk_ids) if partial else set()
        if stored:
            done = max((c.page for c in chunks if c.id in stored), default=0)
            self._pages(source, "resumed_store", done, entry.pages)
        batches = _page_batches(chunks)
        ids: list[str] = []
        for n, batch in enumerate(batches, start=1):
            todo = [c for c in batch if c.id not in stored]
            if todo:
                self.store.upsert(todo)
            ids += [c.id for c in batch]
            if todo and n < len(batches):
                self.manifest.partial[source] = replace(entry, chunk_ids=list(ids))
                self.save()
                self._pages(source, "stored", batch[-1].page, entry.pages)
        old = self.manifest.files.get(source)
        self.manifest.files[source] = entry
        self.manifest.partial.pop(source, None)
        self.manifest.failed.pop(source, None)
        self.save()  # then drop the old version's passages: a kill in between leaves orphans
        if old:
            self.store.delete([i for i in old.chunk_ids if i not in set(entry.chunk_ids)])
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
    run = _Run(settings, store, timed, progress, retry_failed)
    reconcile(store, run.manifest)
    run.save()
    report = IngestReport(files=list(skipped), fingerprint=settings.fingerprint())
    if progress:
        progress.start(len(pdfs))
    seen = set()
    for path in pdfs:
        source = path.relative_to(settings.corpus_dir).as_posix()
        seen.add(source)
        outcome = run.file(path, source)
        if (
            outcome.status != "failed"
            and source not in run.catalogue
            and path.name not in run.catalogue
        ):
            report.missing_catalogue.append(source)
        report.files.append(outcome)
        if progress:
            progress.advance(outcome)
    manifest = run.manifest
    for source in sorted({*manifest.files, *manifest.partial, *manifest.failed} - seen):
        entry = manifest.files.get(source)
        run.forget(source)
        if entry:
            report.files.append(
                FileOutcome(source, "removed", pages=entry.pages, chunks=len(entry.chunk_ids))
            )
    clear_checkpoints(settings.index_dir)  # every file went through: what is left is stale
    if chroma is not None:
        others = chroma.other_collections()
        if prune:
            chroma.drop_collections(name for name, _ in others)
            report.pruned = others
        else:
            report.other_indexes = others
    t = time.perf_counter()
    publish_index(settings, store, report)  # the read-side tables, then the generation
    run.timings["index lexical"] = time.perf_counter() - t
    report.timings = run.timings
    report.total_s = time.perf_counter() - t0
    return report
