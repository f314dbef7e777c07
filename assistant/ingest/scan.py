"""The corpus folder: which PDF files to index (and what was skipped, why), and their keys."""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

from ..errors import IngestError
from ..types import FileOutcome
from .catalogue import CATALOGUE_NAME

SKIPPED_NAMES = {CATALOGUE_NAME, "README.md", "LISEZMOI.md"}


def check_corpus(corpus_dir: Path) -> None:
    """Raise IngestError when the corpus folder is missing, not a folder or unreadable."""
    if not corpus_dir.exists():
        raise IngestError(f"Le dossier du corpus {corpus_dir} n'existe pas.")
    if not corpus_dir.is_dir():
        raise IngestError(f"{corpus_dir} n'est pas un dossier.")
    if not os.access(corpus_dir, os.R_OK | os.X_OK):
        raise IngestError(f"Le dossier du corpus {corpus_dir} est illisible (droits d'accès).")


def scan_corpus(corpus_dir: Path) -> tuple[list[Path], list[FileOutcome]]:
    """PDF files under the corpus (sorted), and outcomes for what was skipped and why."""
    check_corpus(corpus_dir)
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


def content_key(path: Path, entry: dict | None) -> str:
    """Hash of the file bytes and its catalogue entry: either changing re-indexes the file."""
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    h.update(json.dumps(entry, sort_keys=True, default=str).encode())
    return h.hexdigest()
