"""`assistant serve --workers N`: a real server whose answers come from a pool of processes.
The JSON API and the Gradio endpoint answer, both processes serve, a killed worker does not
hang requests, the server stops its workers, and a full queue answers 503 in French."""

from __future__ import annotations

import asyncio
import json
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
from gradio_client import Client
from servers import free_port, wait_http
from ui_corpus import build_small_corpus
from ui_live import QUESTION, running

from assistant.assistant import Assistant
from assistant.settings import Settings
from ui.pool import BUSY, Busy, Gate, LocalAnswers, PoolAnswers

pytestmark = pytest.mark.server


def children(pid: int) -> set[int]:
    """Live answer processes whose parent is `pid` (spawned by multiprocessing)."""
    found = set()
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            cmdline = (entry / "cmdline").read_bytes()
        except OSError:
            continue
        if int(stat[1]) == pid and stat[0] != "Z" and b"spawn_main" in cmdline:
            found.add(int(entry.name))
    return found


def alive(pid: int) -> bool:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return False
    return stat[0] != "Z"


def post(url: str, question: str = QUESTION, timeout: float = 60) -> tuple[int, Any, dict]:
    """POST /api/ask: status, headers (case-insensitive), JSON body."""
    import urllib.error
    import urllib.request

    req = urllib.request.Request(
        url + "/api/ask",
        json.dumps({"question": question}).encode(),
        {"Content-Type": "application/json"},
    )
    try:
        with urllib.request.urlopen(req, timeout=timeout) as resp:
            return resp.status, resp.headers, json.loads(resp.read())
    except urllib.error.HTTPError as err:
        return err.code, err.headers, json.loads(err.read())


def start_server(root: Path, workers: int = 2, **popen) -> tuple[subprocess.Popen, str]:
    corpus = root / "corpus"
    if not corpus.exists():
        build_small_corpus(corpus)
    port = free_port()
    cmd = [sys.executable, "-m", "assistant.cli", "serve", "--port", str(port)]
    cmd += ["--workers", str(workers), "--corpus", str(corpus), "--index", str(root / "index")]
    cmd += ["--embedding", "hashing"]
    env = {**os.environ, "ASSISTANT_DATA_DIR": str(root / "data")}
    log = (root / f"serve-{port}.log").open("wb")
    proc = subprocess.Popen(cmd, stdout=log, stderr=subprocess.STDOUT, env=env, **popen)
    log.close()
    url = f"http://127.0.0.1:{port}"
    try:
        wait_http(url + "/", timeout=120)
    except RuntimeError:
        proc.kill()
        raise
    return proc, url


def stop(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(30)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


@pytest.fixture(scope="module")
def pool_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[subprocess.Popen, str]]:
    proc, url = start_server(tmp_path_factory.mktemp("workers"))
    yield proc, url
    stop(proc)


def test_two_worker_processes_answer_the_api(pool_server):
    proc, url = pool_server
    workers = children(proc.pid)
    assert len(workers) == 2
    with ThreadPoolExecutor(8) as ex:
        results = list(ex.map(lambda _: post(url), range(24)))
    assert all(status == 200 and body["citations"] for status, _, body in results)
    answered_by = {int(headers["X-Assistant-Worker"]) for _, headers, _ in results}
    assert answered_by == workers  # both processes answered, and only they did


def test_gradio_client_still_answers_with_workers(pool_server):
    _, url = pool_server
    result = Client(url, verbose=False).predict(QUESTION, api_name="/ask")
    assert not result["refused"] and "[1]" in result["answer"]


def test_a_killed_worker_does_not_hang_requests(pool_server):
    proc, url = pool_server
    before = children(proc.pid)
    with ThreadPoolExecutor(10) as ex:
        pending = [ex.submit(post, url) for _ in range(30)]
        while not any(f.done() for f in pending):  # answers are flowing through the pool
            time.sleep(0.01)
        os.kill(min(before), signal.SIGKILL)
        results = [f.result(timeout=120) for f in pending]  # none hangs
    for status, _, body in results:
        assert status == 200 or (status == 503 and "réessayez" in body["error"]), body
    status, headers, body = post(url)
    assert status == 200 and body["citations"]
    after = children(proc.pid)
    assert len(after) == 2 and min(before) not in after
    assert int(headers["X-Assistant-Worker"]) in after


@pytest.mark.parametrize("how", ["SIGTERM", "Ctrl+C", "SIGKILL"])
def test_workers_stop_with_the_server(tmp_path, how):
    proc, url = start_server(tmp_path, start_new_session=True)
    workers = children(proc.pid)
    assert len(workers) == 2
    if how == "SIGTERM":
        proc.terminate()
    elif how == "Ctrl+C":  # the terminal sends SIGINT to the whole foreground group
        os.killpg(proc.pid, signal.SIGINT)
    else:  # no chance to clean up: the workers must notice on their own
        proc.kill()
    try:
        proc.wait(60)
        if how != "SIGKILL":  # a server that could clean up stopped its workers before leaving
            assert not any(alive(p) for p in workers)
            assert "leaked" not in (tmp_path / f"serve-{urlsplit(url).port}.log").read_text()
        deadline = time.monotonic() + 60
        while any(alive(p) for p in workers) and time.monotonic() < deadline:
            time.sleep(0.2)
        assert not any(alive(p) for p in workers)
    finally:
        for p in workers:
            if alive(p):
                os.kill(p, signal.SIGKILL)
        stop(proc)


def test_full_queue_answers_503_in_french(ui_assistant):
    from ui.server import create_app

    gate = Gate(slots=1, max_waiting=0)
    with running(create_app(ui_assistant, answers=LocalAnswers(ui_assistant, gate))) as url:
        with gate.hold():  # the one worker is busy, and nobody may wait
            status, headers, body = post(url)
        assert status == 503 and body["error"] == BUSY
        assert headers["Retry-After"] == "1"
        status, _, body = post(url)
        assert status == 200 and body["citations"]


def test_pool_stream_replays_the_same_events(ui_settings: Settings, ui_assistant: Assistant):
    """The chat's hand-off: events computed in a worker process arrive whole and in order."""
    pool = PoolAnswers(ui_settings, 1, Gate(1, 4))
    try:
        remote = list(pool.stream(QUESTION, [], None))
    finally:
        pool.close()
    local = list(ui_assistant.stream(QUESTION, [], None))
    assert [k for k, _ in remote] == [k for k, _ in local]
    assert remote[-1][1].text == local[-1][1].text
    assert remote[-1][1].citations == local[-1][1].citations


def test_gate_serves_in_arrival_order_and_bounds_the_wait():
    gate = Gate(slots=1, max_waiting=2)
    order: list[str] = []

    def waiter(name: str) -> None:
        with gate.hold():
            order.append(name)

    with gate.hold():
        threads = []
        for name in ("first", "second"):
            t = threading.Thread(target=waiter, args=(name,))
            t.start()
            threads.append(t)
            while gate.waiting < len(threads):
                time.sleep(0.001)
        with pytest.raises(Busy, match="saturé"), gate.hold():
            pass
    for t in threads:
        t.join(10)
    assert order == ["first", "second"]


def test_gate_cancelled_waiter_gives_its_place_back():
    async def scenario() -> list[str]:
        gate = Gate(slots=1, max_waiting=2)
        order: list[str] = []
        await gate.acquire()
        leaver = asyncio.create_task(gate.acquire())

        async def stayer() -> None:
            await gate.acquire()
            order.append("stayer")
            gate.release()

        task = asyncio.create_task(stayer())
        while gate.waiting < 2:
            await asyncio.sleep(0)
        leaver.cancel()  # a client that disconnects while waiting
        with pytest.raises(asyncio.CancelledError):
            await leaver
        assert gate.waiting == 1
        gate.release()
        await asyncio.wait_for(task, 10)
        await asyncio.wait_for(gate.acquire(), 10)  # every slot came back
        return order

    assert asyncio.run(scenario()) == ["stayer"]


def test_answering_processes_embed_with_one_thread_each():
    from assistant.search.embed import make_embedder
    from ui.pool import serving_settings as worker_settings

    settings = Settings(embedding={"model": "use-multilingual"})
    assert worker_settings(settings).embedding.threads == 1
    assert settings.embedding.threads == 0  # ingest keeps every core
    chosen = Settings(embedding={"model": "use-multilingual", "threads": 3})
    assert worker_settings(chosen).embedding.threads == 3
    assert make_embedder(worker_settings(settings).embedding).threads == 1  # type: ignore[attr-defined]
    assert worker_settings(settings).fingerprint() == settings.fingerprint()
