"""A real `assistant serve` process and real `assistant ingest` processes on one small corpus:
the corpus goes from edition A (with the étude on the M.E.D.O.C.) to edition B (the étude
removed, the bulletin on the Fondation des Territoires added) while the server runs.

Used by tests/ui/test_live_index.py; run as a script it measures the delay between the end of
an ingest and the first answer from the new index (median of several runs):

    PYTHONPATH=$PWD python tests/ui/live_scenario.py --runs 6 [--chroma-server]
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
sys.path[:0] = [str(HERE.parent), str(HERE)]

from servers import chroma_server, free_port  # noqa: E402
from small_corpus import write_edition  # noqa: E402

EDITION_A = ["fiche-2016.pdf", "fiche-2021.pdf", "etude-2019.pdf"]
EDITION_B = ["fiche-2016.pdf", "fiche-2021.pdf", "bulletin-2022.pdf"]
QUESTIONS = {
    "etude-2019.pdf": "Que désigne le M.E.D.O.C. ?",
    "bulletin-2022.pdf": "Quand la Fondation des Territoires a-t-elle été créée ?",
}


def make_env(root: Path, index_dir: Path, chroma_port: int | None = None) -> dict[str, str]:
    """The environment of the child processes: settings through ASSISTANT_* variables."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("ASSISTANT_")}
    env.update(
        ASSISTANT_CORPUS_DIR=str(root / "corpus"),
        ASSISTANT_INDEX_DIR=str(index_dir),
        ASSISTANT_DATA_DIR=str(root / "data"),
        ASSISTANT_EMBEDDING__MODEL="hashing",
        GRADIO_ANALYTICS_ENABLED="False",
        HF_HUB_DISABLE_TELEMETRY="1",
        HF_HUB_OFFLINE="1",
        ANONYMIZED_TELEMETRY="False",
        PYTHONPATH=os.pathsep.join(p for p in (str(REPO), env.get("PYTHONPATH")) if p),
    )
    if chroma_port is not None:
        env.update(ASSISTANT_CHROMA_HOST="127.0.0.1", ASSISTANT_CHROMA_PORT=str(chroma_port))
    return env


def run_ingest(env: dict[str, str], cwd: Path) -> float:
    """`assistant ingest` in its own process; returns the monotonic time it finished."""
    proc = subprocess.run(
        [sys.executable, "-m", "assistant.cli", "ingest"],
        env=env,
        cwd=cwd,
        capture_output=True,
        text=True,
    )
    done = time.monotonic()
    if proc.returncode != 0:
        raise RuntimeError(f"ingest failed ({proc.returncode}):\n{proc.stdout}\n{proc.stderr}")
    return done


@contextlib.contextmanager
def serving(env: dict[str, str], cwd: Path) -> Iterator[str]:
    """`assistant serve` in its own process on a free loopback port; yields its base URL."""
    port = free_port()
    log_path = cwd / f"serve-{port}.log"
    with log_path.open("wb") as log:
        proc = subprocess.Popen(
            [sys.executable, "-m", "assistant.cli", "serve", "--port", str(port)],
            env=env,
            cwd=cwd,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        url = f"http://127.0.0.1:{port}"
        try:
            deadline = time.monotonic() + 120
            while status(url, "/") != 200:
                text = log_path.read_text("utf-8", "replace")
                if proc.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(f"assistant serve did not start:\n{text}")
                time.sleep(0.3)
            yield url
        finally:
            proc.terminate()
            try:
                proc.wait(15)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
    text = log_path.read_text("utf-8", "replace")
    if "Traceback" in text:
        raise RuntimeError(f"the server logged an error:\n{text}")


def status(url: str, path: str) -> int:
    try:
        with urllib.request.urlopen(url + path, timeout=10) as resp:
            resp.read()  # the whole file: the next step may delete it
            return int(resp.status)
    except urllib.error.HTTPError as err:
        return err.code
    except OSError:
        return 0


def ask(url: str, question: str) -> dict:
    req = urllib.request.Request(
        url + "/api/ask",
        data=json.dumps({"question": question}).encode(),
        headers={"Content-Type": "application/json"},
    )
    with urllib.request.urlopen(req, timeout=30) as resp:
        return json.loads(resp.read())


def cited(answer: dict) -> set[str]:
    return {c["source"] for c in answer["citations"]}


def view(url: str) -> dict[str, object]:
    """What the server shows of each of the two documents that come and go."""
    out: dict[str, object] = {}
    for source, question in QUESTIONS.items():
        answer = ask(url, question)
        out[source] = {
            "cited": source in cited(answer),
            "nearest": source in {d["source"] for d in answer["nearest"]},
            "pdf": status(url, f"/pdf/{source}"),
            "preview": status(url, f"/preview/{source}/2.png"),
        }
    return out


def shows(url: str, names: list[str]) -> bool:
    """Does the server answer from the edition made of `names`, and only from it?"""
    for source, seen in view(url).items():
        present = source in names
        expected = {"cited": present, "pdf": 200 if present else 404}
        if {k: seen[k] for k in expected} != expected:  # type: ignore[index]
            return False
        if not present and seen["nearest"]:  # type: ignore[index]
            return False
    return True


def wait_until_shown(url: str, names: list[str], timeout: float) -> float:
    """Seconds until the server answers from `names` (polling); raises past `timeout`."""
    t0 = time.monotonic()
    while not shows(url, names):
        if time.monotonic() - t0 > timeout:
            raise AssertionError(f"after {timeout} s the server still shows {view(url)}")
        time.sleep(0.05)
    return time.monotonic() - t0


@contextlib.contextmanager
def scenario(root: Path, chroma_server_mode: bool) -> Iterator[tuple[str, dict[str, str]]]:
    """Edition A ingested, a server started on it; yields (server URL, ingest environment).
    In Chroma-server mode the server has its own empty index folder: it shares only Chroma
    (and the PDFs) with the ingest, as an app process on another machine would."""
    write_edition(root / "corpus", EDITION_A)
    with contextlib.ExitStack() as stack:
        port = (
            stack.enter_context(chroma_server(root / "chroma-data")) if chroma_server_mode else None
        )
        ingest_env = make_env(root, root / "index", port)
        serve_env = make_env(root, root / ("server-index" if port else "index"), port)
        run_ingest(ingest_env, root)
        url = stack.enter_context(serving(serve_env, root))
        yield url, ingest_env


def measure(runs: int, chroma_server_mode: bool) -> tuple[list[float], list[float]]:
    """Delays (s) until the server's first full answer from an ingest's result: from the end of
    the ingest process, and from the publication of the generation (its stamp)."""
    after_end, after_stamp = [], []
    with (
        tempfile.TemporaryDirectory() as tmp,
        scenario(Path(tmp), chroma_server_mode) as (url, env),
    ):
        root = Path(tmp)
        for i in range(runs):
            names = EDITION_B if i % 2 == 0 else EDITION_A
            write_edition(root / "corpus", names)
            done = run_ingest(env, root)
            wait_until_shown(url, names, timeout=60)
            after_end.append(time.monotonic() - done)
            stamp = json.loads((root / "index" / "generation.json").read_text("utf-8"))
            after_stamp.append(time.time() - stamp["time"])
            print(
                f"run {i + 1}: {after_end[-1]:.2f} s after the ingest ended, "
                f"{after_stamp[-1]:.2f} s after the generation was published",
                flush=True,
            )
    return after_end, after_stamp


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=6)
    parser.add_argument("--chroma-server", action="store_true")
    args = parser.parse_args()
    after_end, after_stamp = measure(args.runs, args.chroma_server)
    mode = "Chroma server" if args.chroma_server else "embedded"
    for label, delays in (("ingest end", after_end), ("publication", after_stamp)):
        print(
            f"{label} → answers from the new index ({mode}): median "
            f"{statistics.median(delays):.2f} s, max {max(delays):.2f} s, {len(delays)} runs"
        )


if __name__ == "__main__":
    main()
