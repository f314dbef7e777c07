"""One writer per index: every ingest holds a file lock inside the index folder.

The lock is an OS lock (filelock, flock on Unix): a killed ingest releases it with its process.
Who holds it (pid, host, start time) is written next to it, for the message a second ingest shows.
"""

from __future__ import annotations

import json
import os
import socket
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

from filelock import FileLock, Timeout

from ..errors import IndexLockedError

LOCK_NAME = "ingest.lock"
HOLDER_NAME = "ingest.lock.json"


def holder(index_dir: Path) -> str:
    """The running ingest, in French ("processus 1234 sur hôte, depuis 14:02"), or ""."""
    try:
        data = json.loads((index_dir / HOLDER_NAME).read_text(encoding="utf-8"))
        since = time.strftime("%H:%M:%S", time.localtime(float(data["started"])))
        return f"processus {int(data['pid'])} sur {data['host']}, depuis {since}"
    except (OSError, ValueError, KeyError, TypeError):
        return ""


@contextmanager
def index_lock(
    index_dir: Path, *, wait: bool = False, on_wait: Callable[[str], None] | None = None
) -> Iterator[None]:
    """Hold the index's ingest lock; if another ingest has it, raise IndexLockedError, or with
    `wait` tell `on_wait` (once) and block until it is free."""
    index_dir.mkdir(parents=True, exist_ok=True)
    lock = FileLock(index_dir / LOCK_NAME)
    try:
        lock.acquire(timeout=0)
    except Timeout:
        who = holder(index_dir)
        who = f" ({who})" if who else ""
        if not wait:
            raise IndexLockedError(
                f"Une indexation est déjà en cours sur l'index {index_dir}{who}. Attendez "
                "qu'elle se termine, ou lancez « assistant ingest --wait » qui l'attendra."
            ) from None
        if on_wait:
            on_wait(f"Une indexation est déjà en cours… j'attends{who}.")
        lock.acquire()
    try:
        _write_holder(index_dir)
        yield
    finally:
        with suppress(OSError):
            (index_dir / HOLDER_NAME).unlink()
        lock.release()


def _write_holder(index_dir: Path) -> None:
    info = {"pid": os.getpid(), "host": socket.gethostname(), "started": time.time()}
    tmp = index_dir / f".{HOLDER_NAME}.{os.getpid()}.tmp"
    tmp.write_text(json.dumps(info), encoding="utf-8")
    os.replace(tmp, index_dir / HOLDER_NAME)
