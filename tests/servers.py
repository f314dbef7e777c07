"""Real servers started by tests on loopback: a Chroma server (`chroma run`)."""

from __future__ import annotations

import contextlib
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_http(url: str, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    last: Exception | None = None
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=2):
                return
        except Exception as err:  # not up yet
            last = err
            time.sleep(0.2)
    raise RuntimeError(f"server at {url} did not start: {last}")


@contextlib.contextmanager
def chroma_server(data: Path) -> Iterator[int]:
    """Start `chroma run` on a free loopback port; yield the port; stop it."""
    exe = shutil.which("chroma") or str(Path(sys.executable).with_name("chroma"))
    port = free_port()
    log = (data.parent / "chroma-server.log").open("wb")
    proc = subprocess.Popen(
        [exe, "run", "--path", str(data), "--host", "127.0.0.1", "--port", str(port)],
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    try:
        wait_http(f"http://127.0.0.1:{port}/api/v2/heartbeat")
        yield port
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
        log.close()


@contextlib.contextmanager
def scripted_llm_server(
    script: str | Callable[[dict], str], delay_s: float = 0.0
) -> Iterator[tuple[str, list[dict]]]:
    """A tiny HTTP server speaking the OpenAI chat-completions (SSE streaming) and Ollama
    /api/chat (NDJSON streaming) protocols, answering word by word `script` (or what
    `script(request body)` returns), `delay_s` between words (a slow LLM). Yields (base URL,
    list of received request bodies; a stream the client hung up on gets "hung_up": True)."""
    import json
    import threading
    import time
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    received: list[dict] = []

    def reply_for(body: dict) -> str:
        return script(body) if callable(script) else script

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: object) -> None:
            pass

        def do_POST(self) -> None:
            body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
            received.append({"path": self.path, **body})
            reply = reply_for(body)
            words = [w + " " for w in reply.split(" ")]
            if self.path.endswith("/chat/completions"):
                self._openai(body, reply, words)
            elif self.path == "/api/chat":
                self._ollama(body, words)
            else:
                self.send_error(404)

        def _openai(self, body: dict, reply: str, words: list[str]) -> None:
            if not body.get("stream"):
                payload = {
                    "id": "x",
                    "object": "chat.completion",
                    "created": 0,
                    "model": body["model"],
                    "choices": [
                        {
                            "index": 0,
                            "finish_reason": "stop",
                            "message": {"role": "assistant", "content": reply},
                        }
                    ],
                }
                data = json.dumps(payload).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)
                return
            self.send_response(200)
            self.send_header("Content-Type", "text/event-stream")
            self.end_headers()
            for i, w in enumerate([*words, None]):
                if delay_s and i:
                    time.sleep(delay_s)
                delta = {"content": w} if w is not None else {}
                chunk = {
                    "id": "x",
                    "object": "chat.completion.chunk",
                    "created": 0,
                    "model": body["model"],
                    "choices": [
                        {
                            "index": 0,
                            "delta": delta,
                            "finish_reason": None if w is not None else "stop",
                        }
                    ],
                }
                if i == 0:
                    chunk["choices"][0]["delta"]["role"] = "assistant"
                try:
                    self.wfile.write(f"data: {json.dumps(chunk)}\n\n".encode())
                    self.wfile.flush()
                except OSError:  # the client stopped reading (a stopped answer)
                    received[-1]["hung_up"] = True
                    return
            self.wfile.write(b"data: [DONE]\n\n")

        def _ollama(self, body: dict, words: list[str]) -> None:
            self.send_response(200)
            self.send_header("Content-Type", "application/x-ndjson")
            self.end_headers()
            for w in words:
                line = {
                    "model": body["model"],
                    "created_at": "2026-01-01T00:00:00Z",
                    "message": {"role": "assistant", "content": w},
                    "done": False,
                }
                self.wfile.write((json.dumps(line) + "\n").encode())
                self.wfile.flush()
            end = {
                "model": body["model"],
                "created_at": "2026-01-01T00:00:00Z",
                "message": {"role": "assistant", "content": ""},
                "done": True,
                "done_reason": "stop",
                "total_duration": 1,
                "load_duration": 1,
                "prompt_eval_count": 1,
                "prompt_eval_duration": 1,
                "eval_count": 1,
                "eval_duration": 1,
            }
            self.wfile.write((json.dumps(end) + "\n").encode())

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", received
    finally:
        server.shutdown()
        server.server_close()
