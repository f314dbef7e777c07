"""Manifest benchmark: the cost of recording one file as the corpus grows, and a no-op re-ingest.

    python -m evals.bench_manifest [--sizes 56,3333,10000] [--noop-files 10000] [--dir /tmp/x]

1. Per-file cost: a manifest already holding N-1 files (30 passage ids each, about the
   real-world PDFs' average) records one more. "JSON (avant)" is what the manifest did until
   2026-11-30: the whole file serialised and written atomically (fsync, rename) at each change;
   "SQLite (après)" is `Manifest.put_file`, one transaction. Medians, both measured in this
   process, alternated.
2. No-op re-ingest: `--noop-files` tiny generated PDFs (one page each, reportlab) ingested once
   with the hashing embedder, then `assistant ingest` run again as a process (Python start-up
   included), which finds nothing to do. Prints one JSON line per measurement."""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict
from pathlib import Path

from assistant.ingest.manifest import FileEntry, open_manifest, write_atomic

IDS_PER_FILE = 30


def _entry(n: int) -> FileEntry:
    sha = f"{n:016x}" * 4
    ids = [f"{sha[:16]}-{i:04d}-{n * 31 + i:08x}" for i in range(IDS_PER_FILE)]
    return FileEntry(sha, ids, 12, f"Publication numéro {n}")


def _json_save(path: Path, files: dict[str, FileEntry]) -> None:
    """The manifest's save until 2026-11-30 (assistant/ingest/manifest.py, save_manifest)."""
    payload = {
        "fingerprint": "bench",
        "files": {k: asdict(v) for k, v in sorted(files.items())},
        "partial": {},
        "failed": {},
    }
    write_atomic(path, json.dumps(payload, ensure_ascii=False, indent=1))


def per_file_cost(n_files: int, folder: Path, repeat: int) -> dict:
    files = {f"dossier/publication-{i:05d}.pdf": _entry(i) for i in range(n_files - 1)}
    json_s, sqlite_s = [], []
    with open_manifest(folder, "bench") as manifest:
        # setup, not measured: all the files in one transaction
        manifest._change(puts=[(k, "file", v) for k, v in files.items()])
        for r in range(repeat):
            extra = f"dossier/nouvelle-{r}.pdf"
            t = time.perf_counter()
            _json_save(folder / "manifest.json.bench", {**files, extra: _entry(n_files + r)})
            json_s.append(time.perf_counter() - t)
            t = time.perf_counter()
            manifest.put_file(extra, _entry(n_files + r))
            sqlite_s.append(time.perf_counter() - t)
            manifest.drop(extra)
    (folder / "manifest.json.bench").unlink()
    (folder / "manifest.sqlite").unlink()
    return {
        "files": n_files,
        "json_before_ms": 1000 * statistics.median(json_s),
        "sqlite_after_ms": 1000 * statistics.median(sqlite_s),
        "ratio": statistics.median(json_s) / statistics.median(sqlite_s),
        "repeat": repeat,
    }


def make_pdfs(folder: Path, n: int) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    for i in range(n):
        path = folder / f"lot-{i // 1000:02d}" / f"note-{i:05d}.pdf"
        if path.exists():
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        pdf = canvas.Canvas(str(path), pagesize=A4, invariant=1)
        pdf.setFont("Helvetica", 11)
        pdf.drawString(60, 760, f"Note {i} de l'observatoire")
        pdf.drawString(60, 740, f"En {2000 + i % 25}, {i % 97} % des associations ont répondu.")
        pdf.showPage()
        pdf.save()


def noop_reingest(folder: Path, n: int) -> dict:
    corpus, index = folder / "corpus", folder / "index"
    t = time.perf_counter()
    make_pdfs(corpus, n)
    made = time.perf_counter() - t
    cmd = [
        sys.executable,
        "-m",
        "assistant.cli",
        "ingest",
        "--corpus",
        str(corpus),
        "--index",
        str(index),
        "--embedding",
        "hashing",
    ]
    env = {**os.environ, "COLUMNS": "160"}
    runs = []
    for _ in range(3):  # the first builds the index (or updates one kept from an earlier run)
        t = time.perf_counter()
        out = subprocess.run(cmd, capture_output=True, text=True, env=env)
        runs.append(time.perf_counter() - t)
        if out.returncode not in (0, 1):
            raise SystemExit(out.stderr[-2000:])
    return {
        "pdfs": n,
        "generate_s": made,
        "first_ingest_s": runs[0],
        "noop_reingest_s": statistics.median(runs[1:]),
        "noop_runs_s": runs[1:],
        "report": out.stdout.strip().splitlines()[:3],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="56,3333,10000")
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--noop-files", type=int, default=10000, help="0: skip this part")
    parser.add_argument("--dir", type=Path, help="keep the generated PDFs and index here")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = args.dir or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        for n in (int(x) for x in args.sizes.split(",") if x):
            print(json.dumps(per_file_cost(n, folder / f"m{n}", args.repeat)), flush=True)
        if args.noop_files:
            print(json.dumps(noop_reingest(folder, args.noop_files), ensure_ascii=False))


if __name__ == "__main__":
    main()
