"""Request bodies bounded before they are read: one client must not take the server down."""

from __future__ import annotations

import json
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

TOO_LARGE = "La requête est trop volumineuse ({size} octets au plus)."


class _TooLarge(Exception):
    pass


class BodyLimit:
    """ASGI middleware: a body over its route's limit gets 413 with a French JSON message.
    The announced Content-Length is checked first; a chunked body is counted as it arrives."""

    def __init__(self, app: ASGIApp, default: int, limits: dict[str, int] | None = None) -> None:
        self.app = app
        self.default = default
        self.limits = limits or {}

    def limit(self, path: str) -> int:
        return next(
            (n for prefix, n in self.limits.items() if path.startswith(prefix)), self.default
        )

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        limit = self.limit(scope.get("path", ""))
        length = dict(scope.get("headers") or []).get(b"content-length", b"0")
        if not length.isdigit() or int(length) > limit:
            await _refuse(send, limit)
            return
        received = 0
        started = False

        async def counted() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit:
                    raise _TooLarge
            return message

        async def watched(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, counted, watched)
        except _TooLarge:
            if not started:
                await _refuse(send, limit)


async def _refuse(send: Send, limit: int) -> None:
    body = json.dumps({"error": TOO_LARGE.format(size=f"{limit:_}".replace("_", " "))}).encode()
    await send(
        {
            "type": "http.response.start",
            "status": 413,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(body)).encode()),
                (b"connection", b"close"),
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})


def parse_json(body: bytes) -> Any:
    """The JSON value of a (bounded) body; ValueError with a French message otherwise."""
    try:
        return json.loads(body)
    except RecursionError:
        raise ValueError("Le JSON envoyé est trop imbriqué.") from None
    except ValueError:  # also UnicodeDecodeError
        raise ValueError("Le corps de la requête doit être du JSON valide.") from None
