"""The steps of an ingest run for one file: decide without reading (`plan`), then chunk, embed
and store what was read (`index`, `flush`), or take a file out of the index (`forget`, a
failure)."""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Protocol

from ..errors import PdfReadError
from ..finder.extract import extract_figures
from ..finder.rows import FigureRow
from ..finder.table import FigureTable
from ..search.index import TimedEmbeddings
from ..search.store import Store
from ..settings import Settings
from ..types import Chunk, DocInfo, FileOutcome, Page
from .catalogue import doc_info, load_catalogue
from .checkpoint import PAGES_PER_CHECKPOINT, PageCheckpoint
from .manifest import FailedEntry, FileEntry, Manifest
from .pdf import READER_VERSION, read_pdf
from .prepare import ReadJob, ReadResult, chunk_file
from .scan import content_key


class IngestProgress(Protocol):
    def start(self, total_files: int) -> None: ...
    def advance(self, outcome: FileOutcome) -> None: ...
    def checkpoint(self, source: str, stage: str, done: int, total: int) -> None:
        """Inside a long file: `stage` "read" / "stored" at each checkpoint (pages done of
        total), "resumed_read" / "resumed_store" when a run picks up an interrupted file."""


# Files whose passages fit in one batch of pages are stored as a group, several files per store
# call: a Chroma call costs ~50 ms whatever its size (a synced commit), which made 74 ms per file
# of a first ingest of small PDFs. A group is flushed at this many passages or files, and before
# a longer file, so a kill loses one group at most and the output keeps moving.
GROUP_PASSAGES = 256
GROUP_FILES = 64


@dataclass
class _Grouped:
    """A file chunked and waiting in the group: stored, recorded, then its figures written."""

    source: str
    entry: FileEntry
    chunks: list[Chunk]
    figures: list[FigureRow]
    outcome: FileOutcome


def _page_batches(chunks: list[Chunk]) -> list[list[Chunk]]:
    """Passages grouped by batch of pages: what one storing checkpoint covers."""
    batches: dict[int, list[Chunk]] = {}
    for chunk in chunks:
        batches.setdefault((chunk.page - 1) // PAGES_PER_CHECKPOINT, []).append(chunk)
    return list(batches.values())


@dataclass
class Plan:
    """One file of the corpus, before reading: its key, and its outcome when there is nothing
    to read (unchanged, failure remembered, unreadable)."""

    path: Path
    source: str
    key: str = ""
    catalogue: dict | None = None
    old: FileEntry | None = None
    outcome: FileOutcome | None = None

    def job(self) -> ReadJob | None:
        return None if self.outcome else ReadJob(self.path, self.source, self.key, self.catalogue)


class FileSteps:
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
        self.timings["chiffres"] = 0.0
        self.figures = FigureTable(settings.index_dir)
        self.figure_keys = self.figures.sources()  # documents whose figures are up to date
        self.group: list[_Grouped] = []
        self.stored: dict[str, FileOutcome] = {}  # outcomes of the flushed groups, by source
        self.on_flush: Callable[[], None] = lambda: None  # the run reports them

    def pages(self, source: str, stage: str, done: int, total: int = 0) -> None:
        if self.progress:
            self.progress.checkpoint(source, stage, done, total)

    def forget(self, source: str) -> None:
        """Take a file out of the index: its passages (indexed or partial), its failure."""
        entries = [self.manifest.files.get(source), self.manifest.partial.get(source)]
        if any(entries) or source in self.manifest.failed:
            self.manifest.drop(source)  # first: a kill now leaves orphans, which reconcile drops
        if self.figure_keys.pop(source, None) is not None:
            self.figures.remove_document(source)
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

    def plan(self, path: Path, source: str) -> Plan:
        """What to do with one file, decided without reading it."""
        plan = Plan(
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
            if self.figure_keys.get(source) != plan.key:  # indexed before the figures table
                self._figures_only(plan)
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

    def index(self, plan: Plan, read: ReadResult) -> FileOutcome | None:
        """Chunk, embed and store one file once read (or record why it could not be); None
        when the file waits in the group (see `flush`)."""
        source, key = plan.source, plan.key
        partial = self.manifest.partial.get(source)
        if partial and partial.sha256 != key:  # changed since the interrupted run: start over
            self.manifest.drop(source, ["partial"])
            self.store.delete(self.manifest.unreferenced(partial.chunk_ids))
        if read.content is None:
            return self._fail(source, key, read.error, read.lasting)
        content, prepared = read.content, read.prepared
        if prepared:  # chunked where it was read
            doc, chunks, figures = prepared.doc, prepared.chunks, prepared.figures
        else:
            t = time.perf_counter()
            doc, chunks = chunk_file(source, plan.catalogue, content, self.settings.chunking)
            self.timings["découpage"] += time.perf_counter() - t
            figures = None
        if not chunks:
            reason = "aucun texte exploitable dans ce PDF"
            return self._fail(source, key, reason, True, len(content.pages), content.warnings)
        entry = FileEntry(key, [c.id for c in chunks], len(content.pages), doc.title)
        outcome = FileOutcome(
            source,
            "replaced" if plan.old else "added",
            pages=len(content.pages),
            chunks=len(chunks),
            warnings=content.warnings + _empty_pages(content.pages),
        )
        if len(_page_batches(chunks)) == 1 and source not in self.manifest.partial:
            if figures is None:
                t = time.perf_counter()
                figures = extract_figures(doc, content.pages)
                self.timings["chiffres"] += time.perf_counter() - t
            self._know(chunks, read.vectors)
            self.group.append(_Grouped(source, entry, chunks, figures, outcome))
            passages = sum(len(g.chunks) for g in self.group)
            if passages >= GROUP_PASSAGES or len(self.group) >= GROUP_FILES:
                self.flush()
            return None  # its outcome comes with its group's flush, in `stored`
        self.flush()  # a long file: the group before it goes first
        self._know(chunks, read.vectors)
        self._timed(lambda: self._store(source, entry, chunks))
        self._figures(source, key, doc, content.pages, figures)
        return outcome

    def _know(self, chunks: list[Chunk], vectors: list[list[float]] | None) -> None:
        """Vectors a reader process computed: storing the passages takes them instead of
        embedding again (until the store that uses them; see `TimedEmbeddings.known`)."""
        if vectors is not None:
            self.embedder.know([c.text for c in chunks], vectors)

    def flush(self) -> None:
        """Store the group's passages (one store call per batch), then record its files in the
        manifest (one transaction), then drop their old versions and write their figures: a kill
        before the record leaves orphans, which the next run drops (`reconcile`)."""
        group, self.group = self.group, []
        if not group:
            return
        unique = {c.id: c for g in group for c in g.chunks}  # identical files share passages
        self._timed(lambda: self.store.upsert(list(unique.values())))
        olds = [old for g in group if (old := self.manifest.files.get(g.source))]
        self.manifest.put_files([(g.source, g.entry) for g in group])
        gone = self.manifest.unreferenced(sorted({i for old in olds for i in old.chunk_ids}))
        if gone:
            self.store.delete(gone)
        for g in group:
            PageCheckpoint(self.settings.index_dir, g.entry.sha256).clear()
        t = time.perf_counter()
        self.figures.replace_documents([(g.source, g.entry.sha256, g.figures) for g in group])
        self.figure_keys.update((g.source, g.entry.sha256) for g in group)
        self.timings["chiffres"] += time.perf_counter() - t
        self.stored.update((g.source, g.outcome) for g in group)
        self.on_flush()

    def _timed(self, store: Callable[[], None]) -> None:
        """Run a storing step, its time split between embedding and storing."""
        t, before = time.perf_counter(), self.embedder.seconds
        try:
            store()
        finally:
            self.embedder.known.clear()  # what is left was stored before (a resumed file)
        embed_s = self.embedder.seconds - before
        self.timings["embedding"] += embed_s
        self.timings["stockage"] += time.perf_counter() - t - embed_s

    def _figures(
        self,
        source: str,
        key: str,
        doc: DocInfo,
        pages: list[Page],
        rows: list[FigureRow] | None = None,
    ) -> None:
        """The document's figures (extracted here unless given) replace its old ones (one
        transaction)."""
        t = time.perf_counter()
        if rows is None:
            rows = extract_figures(doc, pages)
        self.figures.replace_document(source, key, rows)
        self.figure_keys[source] = key
        self.timings["chiffres"] += time.perf_counter() - t

    def _figures_only(self, plan: Plan) -> None:
        """Figures of a file indexed before the table existed: read again, passages untouched."""
        try:
            content = read_pdf(plan.path)
        except PdfReadError:
            return
        doc = doc_info(plan.source, plan.catalogue, content.title, content.front_page())
        self._figures(plan.source, plan.key, doc, content.pages)

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
