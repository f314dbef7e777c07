"""The index of a long-running process (web server, chat, workers), following the generations
that `assistant ingest` publishes, without a restart.

`current()` checks the stamp at most once a second (one stat of a small file; with a Chroma
server, a metadata read every two seconds, made off the request's thread). A new generation is
opened and warmed in the background, then swapped in with one assignment. An answer keeps the
Index it started with, so it ends on the generation it began on; the old Index is closed (its
Chroma segments freed) once nothing uses it any more."""

from __future__ import annotations

import logging
import os
import threading
import time
import weakref
from collections.abc import Callable, Iterable

from langchain_core.embeddings import Embeddings

from ..settings import Settings
from ..types import Chunk, SearchFilter
from .generation import ChromaStamp, FileStamp, stamp_for
from .index import Index, open_index
from .store import Store

log = logging.getLogger(__name__)

CHECK_S = 1.0  # between two looks at the stamp file
CHECK_REMOTE_S = 2.0  # between two reads of the stamp on the Chroma server
RETRY_S = 10.0  # after a generation failed to open


class PinnedStore:
    """A store seen through one generation: nearest neighbours that are not among its passages
    (written since by an ingest under way, visible at once on a Chroma server) are left out, so
    that an answer never mixes two generations, nor cites a PDF its generation does not serve."""

    def __init__(self, inner: Store, ids: Iterable[str]) -> None:
        self.inner = inner
        self._ids = frozenset(ids)

    def search(self, vector: list[float], k: int, filt: SearchFilter) -> list[tuple[Chunk, float]]:
        return [(c, s) for c, s in self.inner.search(vector, k, filt) if c.id in self._ids]

    def nearest_ids(self, vector: list[float], k: int) -> list[tuple[str, float]]:
        return [(i, s) for i, s in self.inner.nearest_ids(vector, k) if i in self._ids]  # type: ignore[attr-defined]

    def upsert(self, chunks: list[Chunk]) -> None:
        raise TypeError("a served generation is read-only")

    def delete(self, ids: Iterable[str]) -> None:
        raise TypeError("a served generation is read-only")

    def ids(self) -> set[str]:
        return set(self._ids)

    def get(self, ids: list[str]) -> list[Chunk]:
        return [c for c in self.inner.get(ids) if c.id in self._ids]

    def all_chunks(self) -> list[Chunk]:
        return [c for c in self.inner.all_chunks() if c.id in self._ids]

    def close(self) -> None:
        close = getattr(self.inner, "close", None)
        if close is not None:
            close()


def pinned(index: Index) -> Index:
    """The index with its store pinned to the passages it holds."""
    index.store = PinnedStore(index.store, index.chunks)
    return index


def warm(index: Index) -> None:
    """Compute what the first answer would otherwise wait for, Chroma's segments included."""
    index.documents()
    _ = index.sources, index.idf, index.spelling
    if index.chunks:
        index.store.search(index.embedder.embed_query("publication"), 1, SearchFilter())


class IndexHolder:
    """Holds the Index that new answers use and swaps it when a new generation is published."""

    def __init__(
        self,
        index: Index,
        *,
        reopen: Callable[[], Index] | None = None,
        stamp: FileStamp | ChromaStamp | None = None,
        generation: str | None = None,
        fingerprint: str = "",
        interval: float | None = None,
    ) -> None:
        self._index = index
        self._reopen = reopen
        self._stamp = stamp if reopen is not None else None
        self.generation = generation  # id of the generation served (None: none stamped yet)
        self.fingerprint = fingerprint or index.settings.fingerprint()
        remote = stamp is not None and stamp.remote
        self.interval = interval or (CHECK_REMOTE_S if remote else CHECK_S)
        self._due = time.monotonic() + self.interval
        self._retry_at: float | None = None
        self._lock = threading.Lock()
        self._watcher_pid: int | None = None
        self._ignored: str | None = None

    @classmethod
    def open(
        cls, settings: Settings, embedder: Embeddings | None = None, interval: float | None = None
    ) -> IndexHolder:
        """Open the index of `settings` and follow its generations (checked every `interval`
        seconds at most; by default 1, or 2 with a Chroma server)."""
        stamp = stamp_for(settings)
        known = stamp.read()  # before opening: a generation published meanwhile shows as new
        index = pinned(open_index(settings, embedder))
        embedder = index.embedder  # the model is loaded once, not per generation

        def reopen() -> Index:
            return pinned(open_index(settings, embedder, fresh=True))

        return cls(
            index,
            reopen=reopen,
            stamp=stamp,
            generation=known.id if known else None,
            fingerprint=settings.fingerprint(),
            interval=interval,
        )

    def current(self) -> Index:
        """The Index to answer from (a plain read, plus a cheap check once a second)."""
        if self._stamp is not None and self._watcher_pid != os.getpid():
            now = time.monotonic()
            if now >= self._due:
                self._due = now + self.interval
                if self._should_refresh(now) and not self._lock.locked():
                    threading.Thread(target=self.refresh, name="index-reload", daemon=True).start()
        return self._index

    def _should_refresh(self, now: float) -> bool:
        assert self._stamp is not None
        return self._stamp.moved() or (self._retry_at is not None and now >= self._retry_at)

    def refresh(self) -> bool:
        """Swap to the published generation if it is not the one served; True if swapped.
        Blocking: opens the new index on the caller's thread (one refresh at a time)."""
        if self._stamp is None or self._reopen is None:
            return False
        with self._lock:
            published = self._stamp.read()
            self._retry_at = None
            if published is None or published.id in (self.generation, self._ignored):
                return False
            if published.fingerprint != self.fingerprint:
                self._ignored = published.id
                log.warning(
                    "Index : la génération publiée %s vient d'autres réglages (empreinte %s, "
                    "attendue %s) ; l'index actuel reste servi.",
                    published.id,
                    published.fingerprint,
                    self.fingerprint,
                )
                return False
            t = time.perf_counter()
            try:
                index = self._reopen()
                warm(index)
            except Exception as err:  # an ingest under way, Chroma down: keep serving, retry
                self._retry_at = time.monotonic() + RETRY_S
                log.warning("Index : nouvelle génération non chargée (%s) ; nouvel essai.", err)
                return False
            self._swap(index, published.id)
            log.info(
                "Index : génération %s chargée (%d documents, %d passages) en %.2f s.",
                published.id,
                len(index.sources),
                len(index.chunks),
                time.perf_counter() - t,
            )
            return True

    def _swap(self, index: Index, generation: str) -> None:
        old, self._index = self._index, index
        self.generation = generation
        close = getattr(old.store, "close", None)
        if close is not None:  # once the answers still running on it are done
            weakref.finalize(old, close).atexit = False

    def watch(self) -> None:
        """Also check from a background thread, so that the first question after a quiet spell
        is already answered from the new generation. Idempotent (per process)."""
        if self._stamp is None or self._watcher_pid == os.getpid():
            return
        self._watcher_pid = os.getpid()
        ref = weakref.ref(self)
        interval, pid = self.interval, self._watcher_pid

        def loop() -> None:
            while True:
                time.sleep(interval)
                holder = ref()
                if holder is None or holder._watcher_pid != pid:
                    return
                try:
                    if holder._should_refresh(time.monotonic()):
                        holder.refresh()
                except Exception:  # never let the watcher die
                    log.exception("index watcher")
                del holder

        threading.Thread(target=loop, name="index-watch", daemon=True).start()

    def stop_watching(self) -> None:
        self._watcher_pid = None
