"""The load benchmark run tiny: it starts real servers itself (1 and 2 answer processes) on a
small corpus with the hashing embedder, or measures a server it is given; it prints the table,
the ratios and no error. No timing is asserted: the numbers are for people to read."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading

import pytest
import uvicorn
from servers import free_port, wait_http
from small_corpus import write_small_corpus

from assistant.assistant import Assistant
from evals import load

pytestmark = pytest.mark.server

FIELDS = ["processus", "clients", "réponses/s", "p50 (s)", "p95 (s)", "max (s)", "erreurs"]


def test_load_starts_its_servers_and_compares_workers(tmp_path):
    corpus = write_small_corpus(tmp_path / "corpus")
    cmd = [sys.executable, "-m", "evals.load", "--clients", "2", "--questions", "3"]
    cmd += ["--workers", "2", "--corpus", str(corpus), "--index", str(tmp_path / "index")]
    cmd += ["--embedding", "hashing", "--rounds", "1", "--out", str(tmp_path / "load.json")]
    out = subprocess.run(
        cmd, capture_output=True, text=True, timeout=600, env=os.environ.copy(), cwd=tmp_path
    )
    assert out.returncode == 0, out.stdout + out.stderr
    for field in FIELDS:
        assert field in out.stdout
    assert "débit 2 processus / 1 processus (2 clients)" in out.stdout
    assert "erreurs : 0" in out.stdout
    runs = json.loads((tmp_path / "load.json").read_text())["runs"]
    assert [(r["workers"], r["clients"]) for r in runs] == [(1, 1), (1, 2), (2, 1), (2, 2)]
    assert all(r["errors"] == 0 and r["answers"] == 3 * r["clients"] for r in runs)
    assert max(r["answering_processes"] for r in runs if r["workers"] == 2) <= 2


def test_load_against_a_given_url(make_settings, tmp_path, capsys):
    from ui.server import create_app

    settings = make_settings(write_small_corpus(tmp_path / "corpus"))
    port = free_port()
    server = uvicorn.Server(
        uvicorn.Config(
            create_app(Assistant.from_settings(settings)),
            host="127.0.0.1",
            port=port,
            log_level="warning",
            timeout_graceful_shutdown=1,
        )
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    try:
        wait_http(f"http://127.0.0.1:{port}/")
        code = load.main(
            ["--url", f"http://127.0.0.1:{port}", "--clients", "2", "--questions", "3"]
        )
    finally:
        server.should_exit = True
        thread.join(10)
    assert code == 0
    printed = capsys.readouterr().out
    assert "| ? | 2 | 6 | 0 |" in printed and "erreurs : 0" in printed


def test_load_says_when_the_given_server_does_not_answer(capsys):
    assert load.main(["--url", f"http://127.0.0.1:{free_port()}", "--clients", "1"]) == 2
    assert "ne répond pas" in capsys.readouterr().err


def test_load_refuses_a_remote_url():
    with pytest.raises(SystemExit):
        load.parse_args(["--url", "http://example.org:8000"])
