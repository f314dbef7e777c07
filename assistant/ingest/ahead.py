"""The files the reader processes work on ahead of the main process: each planned file's slot
(its read, then its embedding tasks) in a window drawn from the corpus in order, at most
`WINDOW` files and `ahead` unfinished reads at a time, so memory stays flat and a long file at
the head does not stall the others."""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import Future
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from .prepare import ReadJob, ReadResult

P = TypeVar("P")
WINDOW = 32  # files planned ahead at most (reads or not): keeps progress moving in order
# Reader processes start once the files waiting to be read are 2 × processes or this many
# bytes: a few small files are read sooner than processes start.
START_BYTES = 1 << 20


def _size(job: ReadJob | None) -> int:
    try:
        return job.path.stat().st_size if job else 0
    except OSError:
        return 0


@dataclass
class Slot(Generic[P]):
    """One plan in the window: its read (a task), then its embedding (tasks)."""

    plan: P
    job: ReadJob | None
    read: Future[ReadResult] | None = None
    result: ReadResult | None = None  # the read, once taken from its task
    embeds: list[Future[Any]] | None = None  # None: not submitted yet

    def pending(self) -> list[Future[Any]]:
        futures = [self.read] if self.read and self.result is None else []
        return [f for f in futures + (self.embeds or []) if not f.done()]


class Window(Generic[P]):
    """The plans drawn ahead of their turn, and the stream they are drawn from."""

    def __init__(self, plans: Iterator[P], job_of: Callable[[P], ReadJob | None], ahead: int):
        self.plans, self.job_of, self.ahead = plans, job_of, ahead
        self.slots: deque[Slot[P]] = deque()
        self.more, self.size = True, 0  # plans left to draw; bytes of the files to read

    def fill(self) -> None:
        """Draw plans while fewer than `ahead` reads are unfinished (and the window has room)."""
        while self.more and len(self.slots) < WINDOW and self._unread() < self.ahead:
            plan = next(self.plans, None)
            if plan is None:
                self.more = False
                return
            job = self.job_of(plan)
            self.size += _size(job)
            self.slots.append(Slot(plan, job))

    def _unread(self) -> int:
        return sum(
            s.job is not None and s.result is None and (s.read is None or not s.read.done())
            for s in self.slots
        )

    def worth_starting(self) -> bool:
        reads = sum(s.job is not None for s in self.slots)
        return reads >= 2 and (reads >= self.ahead or self.size >= START_BYTES)

    def pop(self) -> Slot[P]:
        slot = self.slots.popleft()
        self.size -= _size(slot.job)
        return slot
