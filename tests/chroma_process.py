"""A real `chroma run` that a test can stop and start again on the same port and data folder,
as an operator restarting the Chroma server would."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from servers import free_port, wait_http


class ChromaProcess:
    """`start()`, `stop()`, `start()` again: same loopback port, same data path."""

    def __init__(self, data: Path, port: int | None = None) -> None:
        self.data = data
        self.port = port or free_port()
        self.proc: subprocess.Popen | None = None
        self.log_path = data.parent / f"chroma-{self.port}.log"

    def start(self) -> ChromaProcess:
        exe = shutil.which("chroma") or str(Path(sys.executable).with_name("chroma"))
        where = ["--path", str(self.data), "--host", "127.0.0.1", "--port", str(self.port)]
        with self.log_path.open("ab") as log:
            self.proc = subprocess.Popen(
                [exe, "run", *where],
                stdout=log,
                stderr=subprocess.STDOUT,
            )
        wait_http(f"http://127.0.0.1:{self.port}/api/v2/heartbeat")
        return self

    def stop(self) -> None:
        if self.proc is None:
            return
        self.proc.terminate()
        try:
            self.proc.wait(10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait(10)
        self.proc = None

    def __enter__(self) -> ChromaProcess:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()
