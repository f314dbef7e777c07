"""Load benchmark: closed-loop clients asking the demo questions on POST /api/ask.

    python -m evals.load --clients 20 --questions 25 [--url URL] [--workers N] [--no-compare]

Each client sends its next question as soon as the previous answer arrives: the first
`--questions` questions of the set, each client starting at another one (so every configuration
answers the same questions). Without --url a real server (`assistant serve`) is started on a free loopback port, on
the demo corpus (index built in a temporary folder unless --index is given), and stopped after;
by default it is run with one answer process and with N, each against one client and against
--clients clients, and the throughput ratio N/1 is printed. Traffic goes to 127.0.0.1 only."""

from __future__ import annotations

import argparse
import http.client
import json
import math
import statistics
import sys
import tempfile
import threading
import time
import urllib.request
from contextlib import ExitStack
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from .load_server import Server, cpu_seconds

REPO = Path(__file__).resolve().parents[1]
QUESTIONS = REPO / "evals" / "questions" / "demo.jsonl"
LOOPBACK = {"127.0.0.1", "localhost", "::1"}


@dataclass
class Run:
    """One measurement: `clients` closed-loop clients against one server."""

    workers: int | None
    clients: int
    latencies: list[float] = field(default_factory=list)
    errors: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0
    pids: set[str] = field(default_factory=set)
    cpu_s: float | None = None  # CPU seconds of the server's processes (when we started it)

    @property
    def answers(self) -> int:
        return len(self.latencies)

    @property
    def throughput(self) -> float:
        return self.answers / self.seconds if self.seconds else 0.0

    def pct(self, p: float) -> float:
        """Nearest-rank percentile of the latencies (seconds)."""
        if not self.latencies:
            return math.nan
        ordered = sorted(self.latencies)
        return ordered[max(math.ceil(p / 100 * len(ordered)) - 1, 0)]

    def record(self) -> dict:
        return {
            "workers": self.workers,
            "clients": self.clients,
            "answers": self.answers,
            "errors": sum(self.errors.values()),
            "error_kinds": self.errors,
            "seconds": round(self.seconds, 3),
            "throughput": round(self.throughput, 3),
            "p50": round(self.pct(50), 4),
            "p95": round(self.pct(95), 4),
            "max": round(max(self.latencies, default=math.nan), 4),
            "answering_processes": len(self.pids),
            "cpu_ms_per_answer": (
                round(1000 * self.cpu_s / self.answers, 1)
                if self.cpu_s is not None and self.answers
                else None
            ),
        }


def load_questions(path: Path) -> list[str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return [json.loads(line)["question"] for line in lines if line.strip()]


def measure(
    url: str,
    clients: int,
    per_client: int,
    questions: list[str],
    timeout: float,
    max_seconds: float,
    workers: int | None = None,
) -> Run:
    """`clients` threads, each asking `per_client` questions one after the other."""
    run = Run(workers, clients)
    asked = questions[:per_client]
    lock = threading.Lock()
    parts = urlsplit(url)
    host = parts.hostname or "127.0.0.1"
    deadline = time.monotonic() + max_seconds

    def client(i: int) -> None:
        conn = http.client.HTTPConnection(host, parts.port, timeout=timeout)
        for j in range(per_client):
            if time.monotonic() > deadline:
                return
            body = json.dumps({"question": asked[(i + j) % len(asked)]})
            t = time.perf_counter()
            try:
                conn.request(
                    "POST", "/api/ask", body.encode(), {"Content-Type": "application/json"}
                )
                resp = conn.getresponse()
                resp.read()
                kind = "" if resp.status == 200 else f"HTTP {resp.status}"
                pid = resp.getheader("X-Assistant-Worker", "")
            except (OSError, http.client.HTTPException) as err:
                kind, pid = err.__class__.__name__, ""
                conn.close()
                conn = http.client.HTTPConnection(host, parts.port, timeout=timeout)
            elapsed = time.perf_counter() - t
            with lock:
                if kind:
                    run.errors[kind] = run.errors.get(kind, 0) + 1
                else:
                    run.latencies.append(elapsed)
                    run.pids.add(pid)
        conn.close()

    threads = [threading.Thread(target=client, args=(i,), daemon=True) for i in range(clients)]
    t0 = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    run.seconds = time.perf_counter() - t0
    return run


def warm(url: str, questions: list[str], timeout: float) -> None:
    """Two answers first, so a lazily loaded model does not count in the measure."""
    measure(url, 1, 2, questions, timeout, timeout)


def rows(runs: list[Run]) -> list[dict]:
    """One row per (workers, clients): medians over the rounds, the worst max, all errors."""
    groups: dict[tuple, list[Run]] = {}
    for r in runs:
        groups.setdefault((r.workers, r.clients), []).append(r)
    out = []
    for (workers, clients), group in groups.items():
        recs = [r.record() for r in group]
        out.append(
            {
                "workers": workers,
                "clients": clients,
                "rounds": len(group),
                "answers": sum(r["answers"] for r in recs),
                "errors": sum(r["errors"] for r in recs),
                **{k: statistics.median(r[k] for r in recs) for k in ("throughput", "p50", "p95")},
                "max": max(r["max"] for r in recs),
                "cpu_ms_per_answer": _median_or_none([r["cpu_ms_per_answer"] for r in recs]),
            }
        )
    return out


def _median_or_none(values: list) -> float | None:
    known = [v for v in values if v is not None]
    return statistics.median(known) if known else None


def table(runs: list[Run]) -> str:
    head = "| processus | clients | réponses | erreurs | réponses/s | p50 (s) | p95 (s) | max (s) |"
    lines = [head + " CPU/réponse (ms) |", "|---|---|---|---|---|---|---|---|---|"]
    for d in rows(runs):
        cpu = d["cpu_ms_per_answer"]
        lines.append(
            f"| {d['workers'] or '?'} | {d['clients']} | {d['answers']} | {d['errors']} | "
            f"{d['throughput']:.2f} | {d['p50']:.2f} | {d['p95']:.2f} | {d['max']:.2f} | "
            f"{'—' if cpu is None else f'{cpu:.0f}'} |"
        )
    return "\n".join(lines)


def summary(runs: list[Run], clients: int) -> list[str]:
    """The ratios the targets are about: p95/p50 under load, throughput N workers / 1 (per
    round, both measured one after the other, then the median over the rounds)."""
    out = []
    for d in rows(runs):
        if d["clients"] == clients:
            who = f"{d['workers']} processus" if d["workers"] else "serveur"
            out.append(f"{who}, {clients} clients : p95/p50 = {d['p95'] / d['p50']:.2f}")
    loaded = [r for r in runs if r.clients == clients and r.workers]
    counts = sorted({r.workers for r in loaded if r.workers})
    if len(counts) > 1 and counts[0] == 1:
        n = counts[-1]
        one = [r.throughput for r in loaded if r.workers == 1]
        many = [r.throughput for r in loaded if r.workers == n]
        ratios = [b / a for a, b in zip(one, many, strict=False) if a]
        listed = ", ".join(f"{x:.2f}" for x in ratios)
        out.append(
            f"débit {n} processus / 1 processus ({clients} clients) : "
            f"{statistics.median(ratios):.2f} (mesuré dans la même exécution ; par tour : {listed})"
        )
    errors = sum(sum(r.errors.values()) for r in runs)
    out.append(f"erreurs : {errors}")
    return out


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="python -m evals.load", description=__doc__.split("\n")[0])
    p.add_argument("--clients", type=int, default=20, help="clients simultanés (défaut : 20)")
    p.add_argument("--questions", type=int, default=25, help="questions par client (défaut : 25)")
    p.add_argument("--url", help="serveur déjà lancé (127.0.0.1 seulement)")
    p.add_argument("--workers", type=int, default=2, help="processus à comparer à 1 (défaut : 2)")
    p.add_argument(
        "--compare",
        action=argparse.BooleanOptionalAction,
        default=True,
        help="1 client contre --clients, 1 processus contre --workers (défaut : oui)",
    )
    p.add_argument(
        "--rounds",
        type=int,
        default=1,
        help="mesures alternées de chaque configuration, médianes (machine partagée)",
    )
    p.add_argument("--corpus", type=Path, default=REPO / "corpus")
    p.add_argument("--index", type=Path, help="index existant ou à créer (défaut : temporaire)")
    p.add_argument("--embedding", help="modèle d'embedding (défaut : celui des réglages)")
    p.add_argument("--question-file", type=Path, default=QUESTIONS)
    p.add_argument("--timeout", type=float, default=120.0, help="par requête (s)")
    p.add_argument("--max-seconds", type=float, default=600.0, help="par mesure (s)")
    p.add_argument("--start-timeout", type=float, default=600.0)
    p.add_argument("--out", type=Path, help="écrire les mesures en JSON")
    args = p.parse_args(argv)
    if args.url and urlsplit(args.url).hostname not in LOOPBACK:
        p.error("--url : seulement un serveur local (127.0.0.1)")
    if min(args.clients, args.questions, args.workers, args.rounds) < 1:
        p.error("--clients, --questions, --workers et --rounds valent au moins 1")
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    questions = load_questions(args.question_file)
    client_counts = sorted({1, args.clients}) if args.compare else [args.clients]
    runs: list[Run] = []

    def bench(url: str, workers: int | None, n: int, pid: int | None = None) -> None:
        before = cpu_seconds(pid) if pid else 0.0
        run = measure(url, n, args.questions, questions, args.timeout, args.max_seconds, workers)
        if pid:
            run.cpu_s = cpu_seconds(pid) - before
        print(
            f"  {workers or '?'} processus, {n} clients : {run.throughput:.2f} réponses/s, "
            f"p50 {run.pct(50):.2f} s, p95 {run.pct(95):.2f} s, "
            f"erreurs {sum(run.errors.values())}",
            flush=True,
        )
        runs.append(run)

    if args.url:
        url = args.url.rstrip("/")
        try:
            with urllib.request.urlopen(url + "/", timeout=10):
                pass
        except OSError as err:
            print(f"Erreur : le serveur {url} ne répond pas ({err}).", file=sys.stderr)
            return 2
        warm(url, questions, args.timeout)
        for _ in range(args.rounds):
            for n in client_counts:
                bench(url, None, n)
    else:
        counts = sorted({1, args.workers}) if args.compare else [args.workers]
        with tempfile.TemporaryDirectory(prefix="evals-load-") as tmp, ExitStack() as stack:
            # Both servers stay up and are measured in turn, so that a change in the load of
            # a shared machine weighs on both alike.
            servers = {}
            for workers in counts:
                print(f"Serveur avec {workers} processus de réponse…", flush=True)
                servers[workers] = Server(args, workers, Path(tmp))
                stack.callback(servers[workers].stop)
                warm(servers[workers].url, questions, args.timeout)
            for r in range(args.rounds):
                if args.rounds > 1:
                    print(f"Tour {r + 1}/{args.rounds}", flush=True)
                for workers, server in servers.items():
                    for n in client_counts:
                        bench(server.url, workers, n, server.proc.pid)
    print()
    print(table(runs))
    print()
    for line in summary(runs, args.clients):
        print(line)
    if args.out:
        record = {"rows": rows(runs), "runs": [r.record() for r in runs]}
        args.out.write_text(json.dumps(record, indent=2), encoding="utf-8")
    return 0 if not any(r.errors for r in runs) else 1


if __name__ == "__main__":
    sys.exit(main())
