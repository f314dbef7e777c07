"""Reading PDFs ahead of indexing: worker processes read and clean the next files while the main
process embeds and stores the current one; results come back in corpus order, so the index is
the one a sequential run builds.

pypdf is pure Python: in a thread it would hold the interpreter lock the embedder's Python side
needs, hence processes. They are started with `spawn`: a forked child would inherit the ingest
lock's descriptor and keep the index locked after the main process is killed. A worker exits on
its own when its parent dies (SIGKILL leaves no orphans) and ignores Ctrl-C, which the main
process handles by stopping them. At most `2 × processes` files are read ahead (memory stays
flat). Reading progress (checkpoints inside long files) reaches the main process through a
queue. A worker that dies (the pool breaks) is replaced by reading in the main process."""

from __future__ import annotations

import multiprocessing
import multiprocessing.queues
import os
import queue
import signal
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from ..errors import PdfReadError
from .checkpoint import PageCheckpoint, read_resuming
from .pdf import PdfContent

# source, stage ("read", "resumed_read"), pages done, total pages
Notify = Callable[[str, str, int, int], None]
P = TypeVar("P")
_WINDOW = 32  # files planned ahead at most (reads or not): keeps progress moving in order
# Reader processes start once the files waiting to be read are 2 × processes or this many
# bytes: a few small files are read sooner than processes start.
_START_BYTES = 1 << 20


@dataclass(frozen=True)
class ReadJob:
    path: Path
    source: str
    key: str  # content key: names the file's reading checkpoint


@dataclass(frozen=True)
class ReadResult:
    content: PdfContent | None = None
    error: str = ""  # the French reason when the file could not be read
    lasting: bool = True  # see PdfReadError
    seconds: float = 0.0  # spent reading, in whichever process read it


def _size(job: ReadJob | None) -> int:
    try:
        return job.path.stat().st_size if job else 0
    except OSError:
        return 0


def read_job(job: ReadJob, index_dir: Path, ocr: bool, notify: Notify) -> ReadResult:
    """Read one PDF from its checkpoint on; a file that cannot be read is a result, not an error."""
    t = time.perf_counter()
    try:
        content = read_resuming(
            job.path,
            PageCheckpoint(index_dir, job.key),
            ocr,
            lambda stage, done, total: notify(job.source, stage, done, total),
        )
    except PdfReadError as err:
        return ReadResult(None, str(err), err.lasting, time.perf_counter() - t)
    return ReadResult(content, seconds=time.perf_counter() - t)


class Readers:
    """Read the files of a stream of plans, `processes` of them in worker processes (0: each in
    turn in this process, only when its turn comes: the sequential path)."""

    def __init__(
        self,
        processes: int,
        index_dir: Path,
        ocr: bool,
        notify: Notify,
        warm_up: Callable[[], object] | None = None,
    ) -> None:
        self.processes = processes
        self.index_dir, self.ocr, self.notify = index_dir, ocr, notify
        self.warm_up = warm_up  # run once, while the workers read the first files
        self.warm_up_s = 0.0
        self.waited = 0.0  # main process: reading, or waiting for a worker's read
        self.worked = 0.0  # reading, summed over the processes that did it
        self.in_workers = 0  # files read by a worker process
        self._pool: ProcessPoolExecutor | None = None
        self._events: multiprocessing.queues.Queue | None = None
        self._submitted: set[Future[ReadResult]] = set()  # reads not yet taken by the caller

    def busy(self) -> int:
        """Worker processes reading now (at most `processes`): cores the caller leaves them."""
        if self._pool is None:
            return 0
        return min(self.processes, sum(not fut.done() for fut in self._submitted))

    def results(
        self, plans: Iterable[P], job_of: Callable[[P], ReadJob | None]
    ) -> Iterator[tuple[P, ReadResult | None]]:
        """Each plan with the result of reading its file (None for plans without a job), in the
        plans' order; plans are drawn ahead of their turn only when worker processes read."""
        if self.processes <= 0:
            for plan in plans:
                job = job_of(plan)
                yield plan, None if job is None else self._read_here(job)
            return
        yield from self._pipelined(iter(plans), job_of)

    def __enter__(self) -> Readers:
        return self

    def __exit__(self, exc_type: object, *exc: object) -> None:
        self._stop(kill=exc_type is not None)  # interrupted: stop the reads in flight now

    def _pipelined(
        self, plans: Iterator[P], job_of: Callable[[P], ReadJob | None]
    ) -> Iterator[tuple[P, ReadResult | None]]:
        window: deque[tuple[P, ReadJob | None, Future[ReadResult] | None]] = deque()
        reads, ahead, more, size = 0, 2 * self.processes, True, 0
        while True:
            while more and reads < ahead and len(window) < _WINDOW:
                plan = next(plans, None)
                if plan is None:
                    more = False
                    break
                job = job_of(plan)
                reads += job is not None
                size += _size(job)
                window.append((plan, job, None))
            worth = reads >= 2 and (reads >= ahead or size >= _START_BYTES)
            if self._pool is None and self.processes > 0 and worth:
                self._start()  # enough to read to pay for starting processes (~0.3 s)
            if self._pool is not None:  # submit what the window holds and is not yet submitted
                window = deque(
                    (plan, job, fut or (self._submit(job) if job else None))
                    for plan, job, fut in window
                )
                if self.warm_up is not None:
                    warm_up, self.warm_up, t = self.warm_up, None, time.perf_counter()
                    warm_up()
                    self.warm_up_s = time.perf_counter() - t
            if not window:
                return
            plan, job, fut = window.popleft()
            if job is None:
                yield plan, None
                continue
            reads, size = reads - 1, size - _size(job)
            yield plan, self._wait(job, fut) if fut else self._read_here(job)

    def _read_here(self, job: ReadJob) -> ReadResult:
        result = read_job(job, self.index_dir, self.ocr, self.notify)
        self.waited += result.seconds
        self.worked += result.seconds
        return result

    def _start(self) -> None:
        ctx = multiprocessing.get_context("spawn")
        self._events = ctx.Queue()
        self._pool = ProcessPoolExecutor(
            self.processes,
            mp_context=ctx,
            initializer=_worker_init,
            initargs=(self._events, os.getpid()),
        )

    def _submit(self, job: ReadJob) -> Future[ReadResult] | None:
        assert self._pool is not None
        try:
            fut = self._pool.submit(_work, job, self.index_dir, self.ocr)
        except BrokenProcessPool:  # read in this process instead
            return None
        self._submitted.add(fut)
        return fut

    def _wait(self, job: ReadJob, fut: Future[ReadResult]) -> ReadResult:
        self._submitted.discard(fut)
        t = time.perf_counter()
        try:
            while True:
                self._drain()
                try:
                    result = fut.result(timeout=0.1)
                    break
                except TimeoutError:
                    continue
        except BrokenProcessPool:  # a worker died (killed, out of memory): go on without them
            self._stop(kill=True)
            self.processes = 0
            return self._read_here(job)
        finally:
            self._drain()
        self.waited += time.perf_counter() - t
        self.worked += result.seconds
        self.in_workers += 1
        return result

    def _drain(self) -> None:
        while self._events is not None:
            try:
                event = self._events.get_nowait()
            except (queue.Empty, OSError, ValueError):
                return
            self.notify(*event)

    def _stop(self, *, kill: bool) -> None:
        pool, self._pool = self._pool, None
        self._submitted.clear()
        if pool is None:
            return
        if kill:  # interrupted: a worker may be in the middle of a long file
            processes = list(getattr(pool, "_processes", {}).values())  # no public handle
            pool.shutdown(wait=False, cancel_futures=True)
            for process in processes:
                process.terminate()
            for process in processes:
                process.join(timeout=5)
        else:
            pool.shutdown(wait=True)
        self._drain()
        if self._events is not None:
            self._events.close()
            self._events = None


_events: multiprocessing.queues.Queue | None = None


def _worker_init(events: multiprocessing.queues.Queue, parent: int) -> None:
    global _events
    _events = events
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the main process's to handle

    def watch_parent() -> None:
        while os.getppid() == parent:
            time.sleep(0.5)
        os._exit(1)  # the ingest is gone (killed): nothing to read for

    threading.Thread(target=watch_parent, daemon=True).start()


def _work(job: ReadJob, index_dir: Path, ocr: bool) -> ReadResult:
    def notify(source: str, stage: str, done: int, total: int) -> None:
        if _events is not None:
            _events.put((source, stage, done, total))

    return read_job(job, index_dir, ocr, notify)
