"""Who answers: the server's own process (one worker) or a pool of answer processes (several),
behind one first-come-first-served gate with a bounded wait.

One front process keeps HTTP and Gradio (whose queue lives in one process: `uvicorn --workers`
would split a chat's join and its event stream across processes); it hands `Assistant.ask` /
`stream` to N spawned processes, each with its own `Assistant` over the same index, so the
answering work runs on N cores instead of one GIL.
"""

from __future__ import annotations

import asyncio
import logging
import os
import signal
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager, suppress
from multiprocessing import get_context
from typing import Any

from fastapi.concurrency import run_in_threadpool

from assistant.assistant import Assistant, Event
from assistant.contract import Answer
from assistant.errors import AssistantError
from assistant.settings import Settings
from assistant.types import SearchFilter

log = logging.getLogger(__name__)

BUSY = "Le serveur est saturé, réessayez dans un instant."
LOST = (
    "Le processus qui préparait la réponse s'est arrêté ; il a été remplacé. "
    "Réessayez dans un instant."
)
WARM_QUESTION = "Qu'est-ce que l'Observatoire des partenariats ?"
# One answer at a time in the server's own process: answers share its GIL, so running two
# at once only interleaves them, and the first-come-first-served order keeps the tail short.
LOCAL_SLOTS = 1
# Questions handed to the process pool per worker: one being answered, one next in the pool's
# own (first-in first-out) queue, so that a worker never idles while the front process hands
# it the next question (measured: 1.18 → 1.37 × the throughput of one process, 20 clients).
QUEUED_PER_WORKER = 2


class Busy(AssistantError):
    """Every worker is answering and the wait queue is full (HTTP 503)."""


class WorkerLost(AssistantError):
    """An answer process died during the answer, and again on the retry (HTTP 503)."""


class Gate:
    """First come, first served: `slots` answers at once, at most `max_waiting` waiting; one
    more is refused with `Busy` instead of a queue that grows without limit. Thread-safe, for
    both threads (Gradio handlers) and asyncio tasks (the JSON API) in the same queue."""

    def __init__(self, slots: int, max_waiting: int) -> None:
        self.slots, self.max_waiting = slots, max_waiting
        self._free = slots
        self._waiters: deque[Callable[[], None]] = deque()
        self._lock = threading.Lock()

    @property
    def waiting(self) -> int:
        return len(self._waiters)

    def _enter(self, wake: Callable[[], None]) -> bool:
        """True: a slot is ours now; False: queued, `wake()` is called when it is handed over."""
        with self._lock:
            if self._free > 0 and not self._waiters:
                self._free -= 1
                return True
            if len(self._waiters) >= self.max_waiting:
                raise Busy(BUSY)
            self._waiters.append(wake)
            return False

    def release(self) -> None:
        with self._lock:
            if not self._waiters:
                self._free += 1
                return
            wake = self._waiters.popleft()  # the slot passes straight to the oldest waiter
        wake()

    @contextmanager
    def hold(self) -> Iterator[None]:
        """Wait for a slot in this thread; raises Busy when the queue is full."""
        handed = threading.Event()
        if not self._enter(handed.set):
            handed.wait()
        try:
            yield
        finally:
            self.release()

    async def acquire(self) -> None:
        """Wait for a slot in this task; raises Busy when the queue is full."""
        loop = asyncio.get_running_loop()
        handed: asyncio.Future[None] = loop.create_future()

        def settle() -> None:
            if not handed.done():  # a cancelled waiter's future stays cancelled
                handed.set_result(None)

        def wake() -> None:
            loop.call_soon_threadsafe(settle)

        if self._enter(wake):
            return
        try:
            await handed
        except asyncio.CancelledError:  # the client left while waiting
            with self._lock:
                if wake in self._waiters:
                    self._waiters.remove(wake)
                    raise
            self.release()  # the slot was already ours: hand it on
            raise


class LocalAnswers:
    """Answers in the server's own process (one worker)."""

    workers = 1

    def __init__(self, assistant: Assistant, gate: Gate) -> None:
        self.assistant, self.gate = assistant, gate

    def ask_sync(
        self, question: str, history: Sequence[str], filt: SearchFilter | None
    ) -> tuple[Answer, int]:
        with self.gate.hold():
            return self.assistant.ask(question, history, filt), os.getpid()

    async def ask(
        self, question: str, history: Sequence[str], filt: SearchFilter | None
    ) -> tuple[Answer, int]:
        await self.gate.acquire()
        try:
            answer = await run_in_threadpool(self.assistant.ask, question, history, filt)
        finally:
            self.gate.release()
        return answer, os.getpid()

    def stream(
        self, question: str, history: Sequence[str], filt: SearchFilter | None
    ) -> Iterator[Event]:
        with self.gate.hold():
            yield from self.assistant.stream(question, history, filt)

    def close(self) -> None:
        pass


class PoolAnswers:
    """Answers in `workers` spawned processes, each with its own `Assistant` over the index.
    A process that dies is replaced (the pool is rebuilt) and the answer tried once more."""

    def __init__(self, settings: Settings, workers: int, gate: Gate) -> None:
        self.settings, self.workers, self.gate = settings, workers, gate
        self._lock = threading.Lock()
        self._executor = self._start()

    def _start(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(
            self.workers,
            mp_context=get_context("spawn"),  # no fork of a process holding threads and sockets
            initializer=_init_worker,
            initargs=(serving_settings(self.settings), os.getpid()),
        )

    def warm_up(self) -> set[int]:
        """Start every process and build its Assistant now; returns their pids."""
        futures = [self._executor.submit(_pid, 0.5) for _ in range(self.workers)]
        return {f.result() for f in futures}

    def pids(self) -> list[int]:
        return [p.pid for p in list(getattr(self._executor, "_processes", {}).values())]

    def _replace(self, broken: ProcessPoolExecutor) -> None:
        with self._lock:
            if self._executor is broken:  # first caller to notice rebuilds the pool
                log.warning("an answer process died: restarting the pool")
                broken.shutdown(wait=False, cancel_futures=True)
                self._executor = self._start()

    def _call(self, fn: Callable[..., Any], *args: Any) -> Any:
        for _ in range(2):
            executor = self._executor
            try:
                return executor.submit(fn, *args).result()
            except BrokenProcessPool:
                self._replace(executor)
        raise WorkerLost(LOST)

    async def _call_async(self, fn: Callable[..., Any], *args: Any) -> Any:
        for _ in range(2):
            executor = self._executor
            try:
                future: Future[Any] = executor.submit(fn, *args)
                return await asyncio.wrap_future(future)
            except BrokenProcessPool:
                self._replace(executor)
        raise WorkerLost(LOST)

    def ask_sync(
        self, question: str, history: Sequence[str], filt: SearchFilter | None
    ) -> tuple[Answer, int]:
        with self.gate.hold():
            return self._call(_ask, question, list(history), filt)

    async def ask(
        self, question: str, history: Sequence[str], filt: SearchFilter | None
    ) -> tuple[Answer, int]:
        await self.gate.acquire()
        try:
            return await self._call_async(_ask, question, list(history), filt)
        finally:
            self.gate.release()

    def stream(
        self, question: str, history: Sequence[str], filt: SearchFilter | None
    ) -> Iterator[Event]:
        """The events of `Assistant.stream`, sent back together once the answer is done."""
        with self.gate.hold():
            events, _ = self._call(_events, question, list(history), filt)
        yield from events

    def close(self) -> None:
        """Stop the processes (pending answers are cancelled)."""
        self._executor.shutdown(wait=True, cancel_futures=True)


Answers = LocalAnswers | PoolAnswers


def make_answers(assistant: Assistant, workers: int | None = None) -> Answers:
    """The server's own process for one worker, a pool of processes for more."""
    conf = assistant.settings.server
    workers = workers or conf.workers
    if workers <= 1:
        return LocalAnswers(assistant, Gate(LOCAL_SLOTS, conf.max_waiting))
    slots = workers * QUEUED_PER_WORKER
    return PoolAnswers(assistant.settings, workers, Gate(slots, conf.max_waiting))


def serving_settings(settings: Settings) -> Settings:
    """One embedding thread per answering process unless set: a question is one sentence, and
    BLAS threads only wait on each other and on the other processes. Measured on the demo
    corpus, 2 shared cores: 71–89 → 16 ms of CPU per answer, 11 → 61 answers/s in one process."""
    if settings.embedding.threads:
        return settings
    embedding = settings.embedding.model_copy(update={"threads": 1})
    return settings.model_copy(update={"embedding": embedding})


# --- in the answer processes -------------------------------------------------------------

_assistant: Assistant | None = None


def _init_worker(settings: Settings, parent: int) -> None:
    global _assistant
    # Ctrl+C reaches the whole process group: the server stops its workers itself.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    threading.Thread(target=_exit_with_parent, args=(parent,), daemon=True).start()
    _assistant = Assistant.from_settings(settings, build=False)
    with suppress(AssistantError):  # load the model and lazy tables now, not on a question
        _assistant.ask(WARM_QUESTION)


def _exit_with_parent(parent: int) -> None:
    """A server killed outright (SIGKILL) cannot stop its workers: they notice and leave."""
    while os.getppid() == parent:
        time.sleep(1.0)
    os._exit(0)


def _pid(pause: float = 0.0) -> int:
    time.sleep(pause)  # long enough for each warm-up call to land on its own process
    return os.getpid()


def _ask(question: str, history: list[str], filt: SearchFilter | None) -> tuple[Answer, int]:
    assert _assistant is not None
    return _assistant.ask(question, history, filt), os.getpid()


def _events(
    question: str, history: list[str], filt: SearchFilter | None
) -> tuple[list[Event], int]:
    assert _assistant is not None
    return list(_assistant.stream(question, history, filt)), os.getpid()
