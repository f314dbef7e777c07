"""Serve an ASGI app for real (uvicorn in a thread, free loopback port) during a test."""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Iterator

import uvicorn
from servers import free_port, wait_http

QUESTION = "Quelle part des Français pense qu'il existe un devoir d'alliance ?"


@contextlib.contextmanager
def running(app, port: int | None = None) -> Iterator[str]:
    """Serve `app` with uvicorn in a thread on loopback; yield its base URL."""
    port = port or free_port()
    # Open streams (Gradio heartbeats) would hold a graceful shutdown for long: cut it short.
    config = uvicorn.Config(
        app, host="127.0.0.1", port=port, log_level="warning", timeout_graceful_shutdown=1
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while not server.started and time.monotonic() < deadline:
            time.sleep(0.05)
        wait_http(url + "/", timeout=30)
        yield url
    finally:
        server.should_exit = True
        thread.join(10)
