"""The server a load run measures: `assistant serve` in a subprocess on a free loopback port,
and the CPU time of that process tree (evals/load.py)."""

from __future__ import annotations

import argparse
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait_up(url: str, proc: subprocess.Popen, log: Path, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"le serveur s'est arrêté :\n{log.read_text('utf-8', 'replace')}")
        try:
            with urllib.request.urlopen(url + "/", timeout=2):
                return
        except OSError:
            time.sleep(0.3)
    raise RuntimeError(f"le serveur n'a pas démarré en {timeout:.0f} s ({log})")


class Server:
    """`assistant serve` in a subprocess on a free loopback port, stopped with SIGTERM."""

    def __init__(self, args: argparse.Namespace, workers: int, work: Path) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log = work / f"serve-{workers}.log"
        cmd = [sys.executable, "-m", "assistant.cli", "serve", "--host", "127.0.0.1"]
        cmd += ["--port", str(self.port), "--workers", str(workers)]
        cmd += ["--corpus", str(args.corpus), "--index", str(args.index or work / "index")]
        if args.embedding:
            cmd += ["--embedding", args.embedding]
        env = {**os.environ, "ASSISTANT_DATA_DIR": str(work / "data")}
        with self.log.open("wb") as out:
            self.proc = subprocess.Popen(cmd, stdout=out, stderr=subprocess.STDOUT, env=env)
        try:
            wait_up(self.url, self.proc, self.log, args.start_timeout)
        except BaseException:
            self.stop()
            raise

    def stop(self) -> None:
        self.proc.send_signal(signal.SIGTERM)
        try:
            self.proc.wait(30)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()


def cpu_seconds(root: int) -> float:
    """CPU time (user + system) of a process and its children, from /proc (Linux)."""
    tick = os.sysconf("SC_CLK_TCK")
    total = 0.0
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(entry.name) == root or int(fields[1]) == root:
            total += (int(fields[11]) + int(fields[12])) / tick
    return total
