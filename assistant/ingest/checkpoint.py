"""Checkpoints inside one file, so a run killed in a long PDF resumes near where it stopped.

Reading: the raw text of every batch of pages is saved as soon as it is extracted, one small
file per batch (never rewritten), under index/checkpoints/<content key>/. It is pypdf's raw
output, before cleaning (cleaning needs every page), so it does not depend on the settings.
Storing: the passages of each batch of pages go to the store, then to the manifest's `partial`
entry (see `ingest`)."""

from __future__ import annotations

import hashlib
import json
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import asdict, replace
from pathlib import Path

from ..errors import PdfReadError
from .manifest import write_atomic
from .pdf import NO_TEXT, READER_VERSION, Extraction, PdfContent, ocr_pdf, read_pdf

PAGES_PER_CHECKPOINT = 25
CHECKPOINT_DIR = "checkpoints"


class PageCheckpoint:
    """The pages of one file (by content key) read so far, saved batch by batch."""

    def __init__(self, index_dir: Path, key: str) -> None:
        self.folder = index_dir / CHECKPOINT_DIR / key[:32]
        self.saved = 0  # pages already on disk

    def load(self) -> Extraction | None:
        """What earlier runs read of this file (pages 1..n, contiguous), or None."""
        done = Extraction()
        for path in sorted(self.folder.glob("pages-*.json")):
            try:
                part = json.loads(path.read_text(encoding="utf-8"))
                if part["reader"] != READER_VERSION or part["first"] != len(done.texts) + 1:
                    break
                done.texts += [str(t) for t in part["texts"]]
                done.failed += [int(n) for n in part["failed"]]
                done.imaged += [int(n) for n in part["imaged"]]
                done.anomalies = int(part["anomalies"])
            except (OSError, ValueError, KeyError, TypeError):
                break
        self.saved = len(done.texts)
        return done if done.texts else None

    def save(self, done: Extraction, total: int) -> None:
        """Write the pages read since the last save (an `OnBatch` for `read_pdf`)."""
        first = self.saved + 1
        if len(done.texts) < first or len(done.texts) == total:
            return  # nothing new, or the file is read: it is about to be indexed
        part = asdict(done) | {"first": first, "reader": READER_VERSION}
        part["texts"] = done.texts[first - 1 :]
        part["failed"] = [n for n in done.failed if n >= first]
        part["imaged"] = [n for n in done.imaged if n >= first]
        text = json.dumps(part, ensure_ascii=False)
        # No fsync: a torn file (power loss) fails to parse and those pages are read again.
        write_atomic(self.folder / f"pages-{first:06d}.json", text, sync=False)
        self.saved = len(done.texts)

    def clear(self) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)


def clear_checkpoints(index_dir: Path) -> None:
    """Drop every reading checkpoint (after a run that went through every file)."""
    shutil.rmtree(index_dir / CHECKPOINT_DIR, ignore_errors=True)


def read_resuming(
    path: Path, checkpoint: PageCheckpoint, ocr: bool, notify: Callable[[str, int, int], None]
) -> PdfContent:
    """Read a PDF from where its checkpoint stopped, saving one every batch of pages (`notify`
    gets "resumed_read" / "read", pages done, total); with `ocr`, pages without a text layer go
    through OCRmyPDF first (not checkpointed)."""
    resume = checkpoint.load()
    if resume:
        notify("resumed_read", len(resume.texts), 0)

    def on_batch(done: Extraction, total: int) -> None:
        checkpoint.save(done, total)
        if len(done.texts) < total:
            notify("read", len(done.texts), total)

    try:
        content = read_pdf(path, resume=resume, on_batch=on_batch, batch=PAGES_PER_CHECKPOINT)
    except PdfReadError as err:
        if not ocr or str(err) != NO_TEXT:
            raise
        content = None
    if content is not None and (not ocr or all(p.has_text_layer for p in content.pages)):
        return content
    with tempfile.TemporaryDirectory() as tmp:
        ocred = Path(tmp) / path.name
        ocr_pdf(path, ocred)
        sha = content.sha256 if content else hashlib.sha256(path.read_bytes()).hexdigest()
        return replace(read_pdf(ocred), sha256=sha)
