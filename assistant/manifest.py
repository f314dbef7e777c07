"""The ingest manifest: which files are in the index, with their hash and chunk ids.

Written atomically after every file, so a killed run leaves a manifest that is true of the
store up to that file; the next run repairs the rest (see `ingest.reconcile`)."""

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
class Manifest:
    fingerprint: str
    files: dict[str, FileEntry] = field(default_factory=dict)

    def all_ids(self) -> set[str]:
        return {i for entry in self.files.values() for i in entry.chunk_ids}


def load_manifest(index_dir: Path, fingerprint: str) -> Manifest:
    """The manifest for this fingerprint; an empty one if absent, unreadable or for other settings."""
    path = index_dir / MANIFEST_NAME
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if data.get("fingerprint") != fingerprint:
            return Manifest(fingerprint)
        files = {k: FileEntry(**v) for k, v in data.get("files", {}).items()}
        return Manifest(fingerprint, files)
    except (OSError, ValueError, TypeError):
        return Manifest(fingerprint)


def save_manifest(index_dir: Path, manifest: Manifest) -> None:
    """Write to a temporary file then rename: readers never see half a manifest."""
    index_dir.mkdir(parents=True, exist_ok=True)
    payload = {
        "fingerprint": manifest.fingerprint,
        "files": {k: asdict(v) for k, v in sorted(manifest.files.items())},
    }
    fd, tmp = tempfile.mkstemp(dir=index_dir, prefix=".manifest-", suffix=".tmp")
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        json.dump(payload, fh, ensure_ascii=False, indent=1)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, index_dir / MANIFEST_NAME)
