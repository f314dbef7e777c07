"""Chroma clients: embedded or server, a lost server told in French, and the Chroma Systems
a process shares between its stores (freed by the last store using one)."""

from __future__ import annotations

import threading
from typing import Any

from ..errors import StoreError, StoreUnavailableError
from ..settings import Settings


def unreachable(err: BaseException) -> bool:
    """True when `err`, or an error that led to it, is a failed exchange with the Chroma server
    (refused, reset, timed out): the server is down or restarting, not our request wrong."""
    import httpx

    seen: BaseException | None = err
    for _ in range(8):  # chromadb wraps httpx's error once or twice
        if seen is None:
            return False
        if isinstance(seen, httpx.TransportError):
            return True
        seen = seen.__cause__ or seen.__context__
    return False


def unavailable(settings: Settings) -> StoreUnavailableError:
    return StoreUnavailableError(
        f"Le serveur Chroma ({settings.chroma_host}:{settings.chroma_port}) ne répond pas. "
        "Réessayez dans un instant."
    )


def chroma_client(settings: Settings, *, fresh: bool = False):
    """Embedded PersistentClient under index_dir, or HttpClient when a server host is set.
    `fresh`: see what other processes wrote since this process first opened the index."""
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    conf = ChromaSettings(anonymized_telemetry=False)
    try:
        if settings.chroma_host:
            return chromadb.HttpClient(
                host=settings.chroma_host, port=settings.chroma_port, settings=conf
            )
        settings.index_dir.mkdir(parents=True, exist_ok=True)
        path = str(settings.index_dir / "chroma")
        if fresh:
            _detach_cached_system(path)
        return chromadb.PersistentClient(path=path, settings=conf)
    except Exception as err:
        if settings.chroma_host and unreachable(err):
            raise unavailable(settings) from err
        where = (
            f"le serveur Chroma {settings.chroma_host}:{settings.chroma_port}"
            if settings.chroma_host
            else f"l'index local {settings.index_dir}"
        )
        raise StoreError(f"Impossible d'ouvrir {where} : {err}") from err


# How many ChromaStores of this process use each Chroma System (the last one frees it).
_STORES_ON: dict[Any, int] = {}
_SYSTEMS_LOCK = threading.Lock()


def use_system(system: Any) -> None:
    """One store more on `system` (see `release_system`)."""
    with _SYSTEMS_LOCK:
        _STORES_ON[system] = _STORES_ON.get(system, 0) + 1


def release_system(system: Any, client: Any, remote: bool) -> None:
    """One store fewer on `system`. The last one stops it when nothing else will reach it: a
    server client's own System, or an embedded one detached by a fresh open. The System
    Chroma still caches for the path is kept for the next stores to share."""
    from chromadb.api.shared_system_client import SharedSystemClient as Shared

    with _SYSTEMS_LOCK:
        left = _STORES_ON.get(system, 1) - 1
        if left > 0:
            _STORES_ON[system] = left
            return
        _STORES_ON.pop(system, None)
    if remote:
        client.close()
    elif system is not None and Shared._identifier_to_system.get(client._identifier) is not system:
        system.stop()


def _detach_cached_system(path: str) -> None:
    """Make the next client on `path` start its own Chroma System. Chroma keeps one System per
    path and process, whose HNSW segments, loaded once, stay blind to vectors that another
    process added or deleted since (measured with chromadb 1.5: `get` sees them, queries do
    not). Clients already open keep the old System; the last store on it stops it."""
    from chromadb.api.shared_system_client import SharedSystemClient as Shared

    with Shared._refcount_lock:
        Shared._identifier_to_system.pop(path, None)
        Shared._identifier_to_refcount.pop(path, None)
