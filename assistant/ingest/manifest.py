"""The ingest manifest: which files are in the index, with their hash and chunk ids.

Written atomically after every file and, inside a long file, after every batch of pages (the
`partial` entries: the passages stored so far), so a killed run leaves a manifest that is true
of the store; the next run repairs the rest (see `ingest.reconcile`). Files that failed are
remembered with their content hash and reason, so they are not read again until they change."""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import asdict, dataclass, field
from pathlib import Path

MANIFEST_NAME = "manifest.json"


@dataclass
class FileEntry:
    sha256: str
    chunk_ids: list[str]
    pages: int
    title: str = ""


@dataclass
class FailedEntry:
    """A file that could not be indexed: same content, same reader → same failure."""

    sha256: str
    reason: str
    reader: str  # the PDF reader's version: a newer one may read the file
    pages: int = 0
    warnings: list[str] = field(default_factory=list)


@dataclass
class Manifest:
    fingerprint: str
    files: dict[str, FileEntry] = field(default_factory=dict)
    partial: dict[str, FileEntry] = field(
        default_factory=dict
    )  # being indexed, page batch by batch
    failed: dict[str, FailedEntry] = field(default_factory=dict)

    def all_ids(self) -> set[str]:
        entries = [*self.files.values(), *self.partial.values()]
        return {i for entry in entries for i in entry.chunk_ids}


def load_manifest(index_dir: Path, fingerprint: str) -> Manifest:
    """The manifest for this fingerprint; an empty one if absent, unreadable or for other settings."""
    path = index_dir / MANIFEST_NAME
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if data.get("fingerprint") != fingerprint:
            return Manifest(fingerprint)
        return Manifest(
            fingerprint,
            {k: FileEntry(**v) for k, v in data.get("files", {}).items()},
            {k: FileEntry(**v) for k, v in data.get("partial", {}).items()},
            {k: FailedEntry(**v) for k, v in data.get("failed", {}).items()},
        )
    except (OSError, ValueError, TypeError):
        return Manifest(fingerprint)


def save_manifest(index_dir: Path, manifest: Manifest) -> None:
    """Write to a temporary file then rename: readers never see half a manifest."""
    payload = {
        "fingerprint": manifest.fingerprint,
        "files": {k: asdict(v) for k, v in sorted(manifest.files.items())},
        "partial": {k: asdict(v) for k, v in sorted(manifest.partial.items())},
        "failed": {k: asdict(v) for k, v in sorted(manifest.failed.items())},
    }
    write_atomic(index_dir / MANIFEST_NAME, json.dumps(payload, ensure_ascii=False, indent=1))


def write_atomic(path: Path, text: str, *, sync: bool = True) -> None:
    """Write `text` to `path` through a temporary file and a rename (kill-safe); with `sync`,
    flushed to disk first (safe from power loss too)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}-", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
            if sync:
                fh.flush()
                os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
