"""Ingest: corpus folder → pages → passages → Chroma + lexical index, incrementally."""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
import time
from dataclasses import replace
from pathlib import Path
from typing import Protocol

from langchain_core.embeddings import Embeddings

from .catalogue import CATALOGUE_NAME, doc_info, load_catalogue
from .chunking import chunk_pages
from .embed import make_embedder
from .errors import IngestError, PdfReadError
from .generation import publish
from .index import TimedEmbeddings, sync_lexical
from .manifest import FileEntry, Manifest, load_manifest, save_manifest
from .pdf import NO_TEXT, PdfContent, ocr_pdf, read_pdf
from .settings import Settings
from .store import ChromaStore, Store
from .types import FileOutcome, IngestReport, Page

SKIPPED_NAMES = {CATALOGUE_NAME, "README.md", "LISEZMOI.md"}


class IngestProgress(Protocol):
    def start(self, total_files: int) -> None: ...
    def advance(self, outcome: FileOutcome) -> None: ...


def scan_corpus(corpus_dir: Path) -> tuple[list[Path], list[FileOutcome]]:
    """PDF files under the corpus (sorted), and outcomes for what was skipped and why."""
    if not corpus_dir.exists():
        raise IngestError(f"Le dossier du corpus {corpus_dir} n'existe pas.")
    if not corpus_dir.is_dir():
        raise IngestError(f"{corpus_dir} n'est pas un dossier.")
    if not os.access(corpus_dir, os.R_OK | os.X_OK):
        raise IngestError(f"Le dossier du corpus {corpus_dir} est illisible (droits d'accès).")
    pdfs: list[Path] = []
    skipped: list[FileOutcome] = []
    root = corpus_dir.resolve()

    def walk(folder: Path) -> None:
        try:
            entries = sorted(folder.iterdir())
        except OSError:
            rel = folder.relative_to(corpus_dir).as_posix()
            skipped.append(FileOutcome(rel, "failed", reason="dossier illisible (droits d'accès)"))
            return
        for entry in entries:
            if entry.name.startswith((".", "_")) or entry.name in SKIPPED_NAMES:
                continue
            if entry.is_symlink() and not entry.resolve().is_relative_to(root):
                rel = entry.relative_to(corpus_dir).as_posix()
                skipped.append(
                    FileOutcome(
                        rel, "ignored", reason="lien vers un fichier hors du corpus, ignoré"
                    )
                )
                continue
            if entry.is_dir():
                walk(entry)
            elif entry.suffix.lower() == ".pdf":
                pdfs.append(entry)
            elif entry.is_file():
                rel = entry.relative_to(corpus_dir).as_posix()
                skipped.append(FileOutcome(rel, "ignored", reason="pas un fichier PDF, ignoré"))

    walk(corpus_dir)
    return pdfs, skipped


def _content_key(path: Path, entry: dict | None) -> str:
    """Hash of the file bytes and its catalogue entry: either changing re-indexes the file."""
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    h.update(json.dumps(entry, sort_keys=True, default=str).encode())
    return h.hexdigest()


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def reconcile(store: Store, manifest: Manifest) -> None:
    """Make store and manifest agree after an interrupted run: drop orphans, forget holes."""
    stored = store.ids()
    orphans = stored - manifest.all_ids()
    if orphans:
        store.delete(sorted(orphans))
    for source, entry in list(manifest.files.items()):
        if not set(entry.chunk_ids) <= stored:
            store.delete([i for i in entry.chunk_ids if i in stored])
            del manifest.files[source]


class _Run:
    """One ingest run: the state shared by the per-file steps."""

    def __init__(self, settings: Settings, store: Store, embedder: TimedEmbeddings) -> None:
        self.settings = settings
        self.store = store
        self.embedder = embedder
        self.catalogue = load_catalogue(settings.corpus_dir)
        self.manifest = load_manifest(settings.index_dir, settings.fingerprint())
        self.timings = {"lecture": 0.0, "découpage": 0.0, "embedding": 0.0, "stockage": 0.0}

    def _read(self, path: Path) -> PdfContent:
        """Read a PDF; with `ocr` on, pages without a text layer go through OCRmyPDF first."""
        try:
            content = read_pdf(path)
        except PdfReadError as err:
            if not self.settings.ocr or str(err) != NO_TEXT:
                raise
            content = None
        if content is not None and (
            not self.settings.ocr or all(p.has_text_layer for p in content.pages)
        ):
            return content
        with tempfile.TemporaryDirectory() as tmp:
            ocred = Path(tmp) / path.name
            ocr_pdf(path, ocred)
            return replace(read_pdf(ocred), sha256=content.sha256 if content else _sha(path))

    def forget(self, source: str) -> None:
        entry = self.manifest.files.pop(source, None)
        if entry:
            self.store.delete(entry.chunk_ids)
            save_manifest(self.settings.index_dir, self.manifest)

    def file(self, path: Path, source: str) -> FileOutcome:
        entry = self.catalogue.get(source) or self.catalogue.get(path.name)
        try:
            key = _content_key(path, entry)
        except OSError:
            self.forget(source)
            return FileOutcome(source, "failed", reason="fichier illisible (droits d'accès)")
        old = self.manifest.files.get(source)
        if old and old.sha256 == key:
            return FileOutcome(source, "unchanged", pages=old.pages, chunks=len(old.chunk_ids))
        t = time.perf_counter()
        try:
            content = self._read(path)
        except PdfReadError as err:
            self.forget(source)
            return FileOutcome(source, "failed", reason=str(err))
        finally:
            self.timings["lecture"] += time.perf_counter() - t
        t = time.perf_counter()
        doc = doc_info(source, entry, content.title, content.date)
        chunks = chunk_pages(
            doc,
            content.sha256,
            content.pages,
            self.settings.chunking.size,
            self.settings.chunking.overlap,
        )
        self.timings["découpage"] += time.perf_counter() - t
        if not chunks:
            self.forget(source)
            return FileOutcome(
                source,
                "failed",
                pages=len(content.pages),
                reason="aucun texte exploitable dans ce PDF",
                warnings=content.warnings,
            )
        t, before = time.perf_counter(), self.embedder.seconds
        new_ids = [c.id for c in chunks]
        if old:
            self.store.delete([i for i in old.chunk_ids if i not in set(new_ids)])
        self.store.upsert(chunks)
        self.manifest.files[source] = FileEntry(key, new_ids, len(content.pages), doc.title)
        save_manifest(self.settings.index_dir, self.manifest)
        embed_s = self.embedder.seconds - before
        self.timings["embedding"] += embed_s
        self.timings["stockage"] += time.perf_counter() - t - embed_s
        return FileOutcome(
            source,
            "replaced" if old else "added",
            pages=len(content.pages),
            chunks=len(chunks),
            warnings=content.warnings + _empty_pages(content.pages),
        )


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
) -> IngestReport:
    """Bring the index in line with the corpus folder; returns what was done to each file."""
    t0 = time.perf_counter()
    pdfs, skipped = scan_corpus(settings.corpus_dir)
    timed = TimedEmbeddings(embedder or make_embedder(settings.embedding))
    if store is None:
        chroma = ChromaStore(settings, timed)
        chroma.drop_other_collections()
        store = chroma
    run = _Run(settings, store, timed)
    reconcile(store, run.manifest)
    save_manifest(settings.index_dir, run.manifest)
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
    for source in sorted(set(run.manifest.files) - seen):
        entry = run.manifest.files[source]
        run.forget(source)
        report.files.append(
            FileOutcome(source, "removed", pages=entry.pages, chunks=len(entry.chunk_ids))
        )
    t = time.perf_counter()
    lexical = sync_lexical(store, settings.index_dir)
    run.timings["index lexical"] = time.perf_counter() - t
    publish(settings, store, report, lexical.stamp)  # running servers then swap to it
    report.timings = run.timings
    report.total_s = time.perf_counter() - t0
    return report
