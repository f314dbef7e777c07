"""Reading PDFs ahead of indexing: worker processes read, clean and chunk the next files and
embed their passages while the main process stores the current one; results come back in
corpus order, so the index is the one a sequential run builds.

pypdf is pure Python: in a thread it would hold the interpreter lock the embedder's Python side
needs, hence processes. They are started with `spawn`: a forked child would inherit the ingest
lock's descriptor and keep the index locked after the main process is killed. A worker exits on
its own when its parent dies (SIGKILL leaves no orphans) and ignores Ctrl-C, which the main
process handles by stopping them. Reading progress (checkpoints inside long files) reaches the
main process through a queue.

Each file is one task (read, chunk, extract its figures: `worker.work`); its passages then go
back to the pool in slices of `EMBED_SLICE`, embedded by whichever process is free, each on one
BLAS thread with its own copy of the model (`worker.embed`): the cores stay full with no thread
waiting for another, and a long file's embedding is shared instead of keeping one process busy
at the end while the other has nothing left. Reads go on ahead of the file the main process
waits for (at most `2 × processes` unfinished, `WINDOW` files held: memory stays flat), so a
long file at the head does not stall the others. A worker that dies (the pool breaks) is
replaced by work in the main process."""

from __future__ import annotations

import multiprocessing
import multiprocessing.queues
import os
import queue
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, CancelledError, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import replace
from pathlib import Path
from typing import Any, TypeVar

import numpy as np

from ..settings import ChunkingSettings, EmbeddingSettings
from . import worker
from .ahead import Slot, Window
from .prepare import Notify, ReadJob, ReadResult, read_job

__all__ = ["EMBED_SLICE", "ReadJob", "ReadResult", "Readers", "read_job"]

P = TypeVar("P")
# Passages per embedding task: small enough that the last file's are shared by every process
# (64 USE passages ≈ 0.45 s on one thread), large enough that sending them costs nothing.
EMBED_SLICE = 64


class Readers:
    """Read the files of a stream of plans, `processes` of them in worker processes (0: each in
    turn in this process, only when its turn comes: the sequential path). Given `chunking`,
    files are also chunked where they are read; given `embedding`, the worker processes embed
    the passages too (the settings of the embedder the caller would use)."""

    def __init__(
        self,
        processes: int,
        index_dir: Path,
        ocr: bool,
        notify: Notify,
        warm_up: Callable[[], object] | None = None,
        *,
        chunking: ChunkingSettings | None = None,
        embedding: EmbeddingSettings | None = None,
    ) -> None:
        self.processes = processes
        self.index_dir, self.ocr, self.notify = index_dir, ocr, notify
        self.chunking, self.embedding = chunking, embedding
        self.warm_up = warm_up  # run once, while the workers read the first files
        self.warm_up_s = 0.0
        self.read_here = 0.0  # reading in this process
        self.waited = 0.0  # this process waiting for the worker processes' tasks
        self.worked = 0.0  # reading in the worker processes, summed
        self.prepared = 0.0  # chunking and figures in the worker processes, summed
        self.embedded = 0.0  # embedding in the worker processes, summed
        self.model_s = 0.0  # loading the model in the worker processes, summed
        self.here: dict[str, float] = {"découpage": 0.0, "chiffres": 0.0}  # in this process
        self.in_workers = 0  # files read by a worker process
        self._pool: ProcessPoolExecutor | None = None
        self._events: multiprocessing.queues.Queue | None = None
        self._submitted: set[Future[Any]] = set()  # tasks whose result is not yet taken
        self._closing: threading.Thread | None = None  # the processes exiting (`release`)

    def busy(self) -> int:
        """Worker processes at work now (at most `processes`): cores the caller leaves them."""
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
        window = Window(plans, job_of, 2 * self.processes)
        while True:
            self._advance(window)
            if not window.slots:
                return
            slot = window.pop()
            if slot.job is None:
                yield slot.plan, None
            elif slot.read is None and slot.result is None:
                yield slot.plan, self._read_here(slot.job)
            else:
                yield slot.plan, self._finish(slot, window)

    def _advance(self, window: Window[P]) -> None:
        """Send the passages of the reads that ended to be embedded, draw plans, start the
        processes once worth it and submit the window's reads."""
        self._take(window.slots)
        window.fill()
        if self._pool is None and self.processes > 0 and window.worth_starting():
            self._start()  # enough to read to pay for starting processes (~0.3 s)
        if self._pool is None:
            return
        for slot in window.slots:
            if slot.job and slot.read is None and slot.result is None:
                slot.read = self._submit(worker.work, slot.job)
        if self.warm_up is not None:
            warm_up, self.warm_up, t = self.warm_up, None, time.perf_counter()
            warm_up()
            self.warm_up_s = time.perf_counter() - t

    def _read_here(self, job: ReadJob) -> ReadResult:
        result = read_job(job, self.index_dir, self.ocr, self.notify, self.chunking)
        self.read_here += result.seconds
        if result.prepared:
            self.here["découpage"] += result.prepared.chunk_s
            self.here["chiffres"] += result.prepared.figures_s
        return result

    def _finish(self, slot: Slot[P], window: Window[P]) -> ReadResult:
        """The head slot's result with its vectors, once its tasks are done; meanwhile the
        window moves on (see `_advance`)."""
        t = time.perf_counter()
        try:
            while True:
                self._drain()
                self._take([slot])
                self._advance(window)
                if slot.result is None and (slot.read is None or slot.read.done()):
                    break  # its read was lost with the pool: read here
                if slot.result is not None and not slot.pending():
                    break
                pending = [f for s in (slot, *window.slots) for f in s.pending()]
                wait(pending, timeout=0.1, return_when=FIRST_COMPLETED)
        finally:
            self._drain()
        self.waited += time.perf_counter() - t
        if slot.result is None:
            assert slot.job is not None
            return self._read_here(slot.job)
        return replace(slot.result, **self._vectors(slot))

    def _take(self, slots: Iterable[Slot[P]]) -> None:
        """Take the results of the reads that ended; send their passages to be embedded."""
        for slot in slots:
            if slot.read is None or slot.result is not None or not slot.read.done():
                continue
            result = self._result(slot.read)
            if result is None:
                continue
            slot.result = result
            self.worked += result.seconds
            self.in_workers += 1
            if result.prepared:
                self.prepared += result.prepared.chunk_s + result.prepared.figures_s
            slot.embeds = self._embed_tasks(result)

    def _embed_tasks(self, result: ReadResult) -> list[Future[Any]]:
        if self.embedding is None or result.prepared is None:
            return []
        texts = [c.text for c in result.prepared.chunks]
        tasks = []
        for i in range(0, len(texts), EMBED_SLICE):
            fut = self._submit(worker.embed, texts[i : i + EMBED_SLICE])
            if fut is None:  # the pool broke: this process embeds them
                return []
            tasks.append(fut)
        return tasks

    def _vectors(self, slot: Slot[P]) -> dict[str, Any]:
        """The slot's vectors in passage order, {} when this process must compute them."""
        parts = []
        for fut in slot.embeds or []:
            done = self._result(fut)
            if done is None or done[0] is None:
                return {}
            vectors, embed_s, model_s = done
            self.embedded += embed_s
            self.model_s += model_s
            parts.append(vectors)
        if not parts:
            return {}
        return {"vectors": np.concatenate(parts).tolist()}

    def _result(self, fut: Future[Any]) -> Any:
        """A task's result; None when its process died (the pool is then stopped: the rest
        is done in this process)."""
        self._submitted.discard(fut)
        try:
            return fut.result()
        except (BrokenProcessPool, CancelledError):  # a worker died (killed, out of memory)
            self._stop(kill=True)
            self.processes = 0
            return None

    def start(self) -> None:
        """Start the worker processes now, each loading the model (if they embed): there are
        new files to read. Otherwise they start once enough files wait to be read."""
        if self._pool is not None or self.processes <= 0:
            return
        self._start()
        for _ in range(self.processes):
            self._submit(worker.ready)

    def _start(self) -> None:
        ctx = multiprocessing.get_context("spawn")
        self._events = ctx.Queue()
        self._pool = ProcessPoolExecutor(
            self.processes,
            mp_context=ctx,
            initializer=worker.init,
            initargs=(
                self._events,
                os.getpid(),
                self.index_dir,
                self.ocr,
                self.chunking,
                self.embedding,
            ),
        )

    def _submit(self, fn: Callable[..., Any], *args: object) -> Future[Any] | None:
        if self._pool is None:
            return None
        try:
            fut = self._pool.submit(fn, *args)
        except (BrokenProcessPool, RuntimeError):  # broken, or shut down: done here instead
            return None
        self._submitted.add(fut)
        return fut

    def _drain(self) -> None:
        while self._events is not None:
            try:
                event = self._events.get_nowait()
            except (queue.Empty, OSError, ValueError):
                return
            self.notify(*event)

    def release(self) -> None:
        """Every file is done: the worker processes exit while this one goes on (building
        the lexical index); leaving the `with` block waits for them."""
        pool, self._pool = self._pool, None
        self._submitted.clear()
        if pool is not None:
            self._closing = threading.Thread(target=pool.shutdown, daemon=True)
            self._closing.start()

    def _stop(self, *, kill: bool) -> None:
        pool, self._pool = self._pool, None
        self._submitted.clear()
        if pool is not None and kill:  # interrupted: a worker may be in a long file
            # No public handles: the processes, and the pool's thread that also reaps them.
            processes = list(getattr(pool, "_processes", {}).values())
            manager = getattr(pool, "_executor_manager_thread", None)
            pool.shutdown(wait=False, cancel_futures=True)
            for process in processes:
                process.terminate()
            for process in processes:
                process.join(timeout=5)
                if process.is_alive():  # SIGTERM not acted on in time (a loaded machine)
                    process.kill()
                    process.join(timeout=5)
            if manager is not None:  # a process it reaped first looks alive until it is done
                manager.join(timeout=10)
        elif pool is not None:
            pool.shutdown(wait=True)
        if self._closing is not None:
            self._closing.join()
            self._closing = None
        self._drain()
        if self._events is not None:
            self._events.close()
            self._events = None
