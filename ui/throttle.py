"""Failed logins slowed down per account and per client address: a few free failures, then a
delay that doubles with each failure (capped), reset by a successful login. While a delay runs
the password is not even looked at (429 and Retry-After). The state is bounded in memory."""

from __future__ import annotations

import math
import re
import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass

from fastapi.responses import JSONResponse
from starlette.requests import Request
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from assistant.settings import ServerSettings

MAX_ENTRIES = 10_000  # accounts and addresses remembered at most (oldest forgotten first)
FORM_LIMIT = 64 * 1024  # a login form is a few hundred bytes


class Throttled(Exception):
    """Too many failed logins: retry in `seconds`."""

    def __init__(self, seconds: float) -> None:
        super().__init__(seconds)
        self.seconds = seconds


def throttled_response(seconds: float) -> JSONResponse:
    wait = max(1, math.ceil(seconds))
    return JSONResponse(
        {
            "error": "Trop de tentatives de connexion échouées pour ce compte ou depuis cette "
            f"adresse. Réessayez dans {wait} s."
        },
        status_code=429,
        headers={"Retry-After": str(wait)},
    )


@dataclass
class _Entry:
    failures: int = 0
    until: float = 0.0  # no attempt is evaluated before this time
    last: float = 0.0


class LoginThrottle:
    """Counts failures per account and per address; thread-safe (sync routes run in threads)."""

    def __init__(
        self,
        free_failures: int = 5,
        delay_s: float = 1.0,
        max_delay_s: float = 60.0,
        *,
        max_entries: int = MAX_ENTRIES,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.free_failures = free_failures
        self.delay_s = delay_s
        self.max_delay_s = max_delay_s
        self.max_entries = max_entries
        # An entry idle this long is forgotten: its delay has long run out.
        self.forget_after_s = max(15 * 60.0, 10 * max_delay_s)
        self.clock = clock
        self._entries: OrderedDict[str, _Entry] = OrderedDict()
        self._lock = threading.Lock()

    @classmethod
    def from_settings(cls, server: ServerSettings) -> LoginThrottle:
        return cls(server.login_free_failures, server.login_delay_s, server.login_max_delay_s)

    def attempt(self, user: str, address: str) -> float:
        """0 when this login may be evaluated (counted as failed until `succeeded`), else the
        seconds left to wait. Counting first means a burst of parallel attempts cannot all
        slip in before the first failure is recorded."""
        now = self.clock()
        keys = _keys(user, address)
        with self._lock:
            self._forget_old(now)
            entries = [self._touch(k, now) for k in keys]
            wait = max(e.until for e in entries) - now
            if wait > 0:
                return wait
            for e in entries:
                e.failures += 1
                if e.failures >= self.free_failures:
                    extra = e.failures - self.free_failures
                    e.until = now + min(self.max_delay_s, self.delay_s * 2 ** min(extra, 32))
            return 0.0

    def succeeded(self, user: str, address: str) -> None:
        with self._lock:
            for k in _keys(user, address):
                self._entries.pop(k, None)

    def check(self, user: str, address: str, verify: Callable[[], bool]) -> bool:
        """`verify()` (the password check) unless throttled, which raises Throttled."""
        wait = self.attempt(user, address)
        if wait > 0:
            raise Throttled(wait)
        ok = verify()
        if ok:
            self.succeeded(user, address)
        return ok

    def tracked(self) -> int:
        """How many accounts and addresses are remembered (bounded by max_entries)."""
        return len(self._entries)

    def _touch(self, key: str, now: float) -> _Entry:
        entry = self._entries.pop(key, None) or _Entry()
        entry.last = now
        self._entries[key] = entry  # most recent last
        while len(self._entries) > self.max_entries:
            self._entries.popitem(last=False)
        return entry

    def _forget_old(self, now: float) -> None:
        while self._entries:
            key, entry = next(iter(self._entries.items()))
            if now - entry.last < self.forget_after_s:
                break
            del self._entries[key]


def _keys(user: str, address: str) -> tuple[str, str]:
    return "compte:" + user.strip()[:256], "adresse:" + address


def client_address(scope: Scope) -> str:
    client = scope.get("client")
    return str(client[0]) if client else ""


class LoginFormGuard:
    """ASGI middleware putting Gradio's login form (POST /login) behind the throttle: the form
    is read here (bounded), then replayed to Gradio, whose answer (200 or 400) is the verdict."""

    def __init__(self, app: ASGIApp, throttle: LoginThrottle) -> None:
        self.app = app
        self.throttle = throttle

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        path = re.sub("/{2,}", "/", scope.get("path", "")).rstrip("/")
        if scope["type"] != "http" or scope["method"] != "POST" or path != "/login":
            await self.app(scope, receive, send)
            return
        body = await _read_body(receive)
        if body is None:
            response = JSONResponse({"error": "Formulaire de connexion trop long."}, 413)
            await response(scope, receive, send)
            return
        user = await _form_user(scope, body)
        address = client_address(scope)
        wait = self.throttle.attempt(user, address)
        if wait > 0:
            await throttled_response(wait)(scope, receive, send)
            return

        async def verdict(message: Message) -> None:
            if message["type"] == "http.response.start" and message["status"] == 200:
                self.throttle.succeeded(user, address)
            await send(message)

        await self.app(scope, _replay(body, receive), verdict)


async def _read_body(receive: Receive) -> bytes | None:
    """The whole request body, or None past FORM_LIMIT."""
    chunks, size = [], 0
    while True:
        message = await receive()
        if message["type"] != "http.request":
            break
        chunk = message.get("body", b"")
        size += len(chunk)
        if size > FORM_LIMIT:
            return None
        chunks.append(chunk)
        if not message.get("more_body", False):
            break
    return b"".join(chunks)


def _replay(body: bytes, then: Receive | None = None) -> Receive:
    """The body already read, then what the client sends next (its disconnection)."""
    sent = False

    async def receive() -> Message:
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}
        if then is None:
            return {"type": "http.disconnect"}
        return await then()

    return receive


async def _form_user(scope: Scope, body: bytes) -> str:
    """The `username` field of the login form ("" when unreadable: still throttled by address)."""
    try:
        async with Request(scope, _replay(body)).form(max_files=0, max_fields=10) as form:
            user = form.get("username")
    except Exception:  # a malformed form: Gradio answers it; the address still counts
        return ""
    return user if isinstance(user, str) else ""
