"""`assistant ask` and `assistant ingest` against a Chroma server that was stopped: one French
sentence naming the server, exit code 2, the traceback only with -v; fine again once it is back."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from chroma_process import ChromaProcess
from small_corpus import write_small_corpus

pytestmark = pytest.mark.server

QUESTION = "Combien de Français pensent qu'il existe un devoir d'alliance ?"


def cli(settings_dir, port: int, *args: str) -> subprocess.CompletedProcess:
    env = {
        **os.environ,
        "ASSISTANT_CHROMA_HOST": "127.0.0.1",
        "ASSISTANT_CHROMA_PORT": str(port),
        "ANONYMIZED_TELEMETRY": "False",
    }
    common = ["--corpus", str(settings_dir / "corpus"), "--index", str(settings_dir / "index")]
    return subprocess.run(
        [sys.executable, "-m", "assistant.cli", *args, *common, "--embedding", "hashing"],
        capture_output=True,
        text=True,
        env=env,
        cwd=settings_dir,
        timeout=300,
    )


def test_cli_says_the_chroma_server_is_down(tmp_path):
    write_small_corpus(tmp_path / "corpus")
    chroma = ChromaProcess(tmp_path / "chroma-data")
    with chroma:
        assert cli(tmp_path, chroma.port, "ingest").returncode == 0
    down = f"Le serveur Chroma (127.0.0.1:{chroma.port}) ne répond pas. Réessayez dans un instant."
    for command in (["ask", QUESTION], ["ingest"]):
        out = cli(tmp_path, chroma.port, *command)
        assert out.returncode == 2, (command, out.stderr)
        assert out.stderr.strip().splitlines()[-1] == f"Erreur : {down}", command
        assert "Traceback" not in out.stderr and "Traceback" not in out.stdout
    verbose = cli(tmp_path, chroma.port, "ask", QUESTION, "-v")
    assert verbose.returncode == 2 and "Traceback" in verbose.stderr and down in verbose.stderr
    with chroma:
        back = cli(tmp_path, chroma.port, "ask", QUESTION, "--json")
        assert back.returncode == 0, back.stderr
