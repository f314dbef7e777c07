"""Index generations: an ingest that changed the index publishes a new one; serving processes
read which one is current and reopen the index when it moves (see `live.IndexHolder`).

The generation is stamped twice: a small file in the index folder, replaced atomically (what
processes of the same machine check: one stat a second), and the Chroma collection's metadata
(what app processes that share only a Chroma server with the ingest read)."""

from __future__ import annotations

import json
import logging
import os
import tempfile
import time
import uuid
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from ..settings import Settings
from ..types import IngestReport

log = logging.getLogger(__name__)

STAMP_NAME = "generation.json"
META_PREFIX = "generation_"  # keys of the collection metadata that hold the generation
CHANGES = {"added", "replaced", "removed"}


@dataclass(frozen=True)
class Generation:
    """One published state of the index."""

    id: str
    fingerprint: str  # the settings that built it (names the collection)
    lexical: str  # stamp of the passage ids (the lexical index saved with it)
    time: float  # when it was published (seconds since the epoch)
    tables: str = ""  # stamp of the read-side tables saved with it ("" before they existed)

    def to_metadata(self) -> dict[str, str | float]:
        return {META_PREFIX + k: v for k, v in asdict(self).items()}

    @classmethod
    def from_metadata(cls, meta: dict[str, Any] | None) -> Generation | None:
        """The generation held in a collection's metadata, or None."""
        values = {k.removeprefix(META_PREFIX): v for k, v in (meta or {}).items()}
        return cls.from_dict(values)

    @classmethod
    def from_dict(cls, data: Any) -> Generation | None:
        try:
            return cls(
                id=str(data["id"]),
                fingerprint=str(data["fingerprint"]),
                lexical=str(data["lexical"]),
                time=float(data["time"]),
                tables=str(data.get("tables", "")),
            )
        except (KeyError, TypeError, ValueError):
            return None


def read_stamp(index_dir: Path) -> Generation | None:
    """The generation stamped in the index folder, or None (none yet, or unreadable)."""
    try:
        data = json.loads((index_dir / STAMP_NAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return Generation.from_dict(data)


def write_stamp(index_dir: Path, generation: Generation) -> None:
    """Temporary file then rename: a reader sees the old stamp or the new one, never half."""
    index_dir.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=index_dir, prefix=".generation-", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(asdict(generation), fh)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, index_dir / STAMP_NAME)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def publish(
    settings: Settings, store: object, report: IngestReport, lexical: str, tables: str = ""
) -> Generation | None:
    """At the end of an ingest: stamp a new generation when the index changed (or when none was
    stamped for these settings yet). Chroma first, the file last: the file is what says done."""
    chroma = getattr(store, "set_generation", None)
    reader = getattr(store, "generation", None)
    stamped = read_stamp(settings.index_dir)
    previous = reader() if reader else stamped
    fingerprint = settings.fingerprint()
    if (
        previous is not None
        and stamped is not None
        and stamped.id == previous.id
        and previous.fingerprint == fingerprint
        and previous.lexical == lexical
        and previous.tables == tables
        and not any(f.status in CHANGES for f in report.files)
    ):
        return None
    generation = Generation(uuid.uuid4().hex, fingerprint, lexical, time.time(), tables)
    if chroma:
        chroma(generation)
    write_stamp(settings.index_dir, generation)
    return generation


class FileStamp:
    """Reads the stamp file, re-reading it only when its stat changes (a few µs otherwise)."""

    remote = False

    def __init__(self, index_dir: Path) -> None:
        self.path = index_dir / STAMP_NAME
        self._seen: tuple[int, int, int] | None = None
        self._last: Generation | None = None

    def moved(self) -> bool:
        """Cheap (one stat): has the file changed since it was last read?"""
        try:
            st = os.stat(self.path)
        except OSError:
            return False
        return (st.st_ino, st.st_mtime_ns, st.st_size) != self._seen

    def read(self) -> Generation | None:
        try:
            st = os.stat(self.path)
        except OSError:
            return None
        seen = (st.st_ino, st.st_mtime_ns, st.st_size)
        if seen != self._seen:
            self._last, self._seen = read_stamp(self.path.parent), seen
        return self._last


class ChromaStamp:
    """Reads the generation from the collection's metadata on the Chroma server (one request)."""

    remote = True

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._client: Any = None

    def moved(self) -> bool:
        return True  # only a request to the server can tell (made off the request's thread)

    def read(self) -> Generation | None:
        from .chroma import chroma_client

        try:
            if self._client is None:
                self._client = chroma_client(self.settings)
            meta = self._client.get_collection(self.settings.collection_name).metadata
        except Exception as err:  # server down or collection gone: keep serving what we have
            log.debug("generation not read from Chroma: %s", err)
            return None
        return Generation.from_metadata(meta)


def stamp_for(settings: Settings) -> FileStamp | ChromaStamp:
    """Where the serving processes of these settings read the current generation."""
    return ChromaStamp(settings) if settings.chroma_host else FileStamp(settings.index_dir)
