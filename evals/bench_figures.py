"""Benchmark of the figure finder (prints numbers, asserts nothing).

1. Extraction's share of ingest reading: for each real-world PDF, pypdf reading + cleaning time
   vs figure extraction time (extract_figures), and the table write (one transaction).
2. `assistant figures` query latency (p50/p95 over a fixed set of searches) on the demo corpus's
   table and on a synthetic table of 10,000 figures.

    PYTHONPATH=. python -m evals.bench_figures [--realworld DIR] [--demo-index DIR]"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from dataclasses import replace
from pathlib import Path

from assistant.finder.extract import extract_figures
from assistant.finder.rows import FigureQuery
from assistant.finder.search import search
from assistant.finder.table import FigureTable
from assistant.ingest.catalogue import doc_info
from assistant.ingest.pdf import read_pdf

REPO = Path(__file__).resolve().parents[1]
QUERIES = [
    FigureQuery(),
    FigureQuery(words="devoir d'alliance"),
    FigureQuery(words="partenariats"),
    FigureQuery(words="innovation", actor="maires"),
    FigureQuery(unit="€"),
    FigureQuery(words="entreprises", since=2015),
    FigureQuery(kind="fiche", limit=200),
    FigureQuery(words="co-construction territoire"),
    FigureQuery(actor="Français", until=2020),
    FigureQuery(words="emploi", unit="%"),
]


def _pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def bench_extraction(folder: Path, table: FigureTable) -> list:
    read_s = extract_s = write_s = 0.0
    all_rows = []
    for pdf in sorted(folder.glob("*.pdf")):
        t = time.perf_counter()
        content = read_pdf(pdf)
        read_s += time.perf_counter() - t
        doc = doc_info(pdf.name, None, content.title, content.pages[0].text)
        t = time.perf_counter()
        rows = extract_figures(doc, content.pages)
        extract_s += time.perf_counter() - t
        t = time.perf_counter()
        table.replace_document(pdf.name, "bench", rows)
        write_s += time.perf_counter() - t
        all_rows += rows
        print(f"  {pdf.name:<55} {len(content.pages):>4} p. {len(rows):>5} chiffres")
    print(
        f"lecture+nettoyage {read_s:.2f} s · extraction {extract_s:.2f} s "
        f"({extract_s / read_s:.0%} de la lecture) · écriture SQLite {write_s:.2f} s "
        f"({write_s / read_s:.0%}) · {len(all_rows)} chiffres"
    )
    return all_rows


def bench_queries(table: FigureTable, label: str, rounds: int = 20) -> None:
    times = []
    for _ in range(rounds):
        for query in QUERIES:
            t = time.perf_counter()
            search(table, query)
            times.append((time.perf_counter() - t) * 1000)
    print(
        f"{label}: p50 {statistics.median(times):.1f} ms · p95 {_pct(times, 0.95):.1f} ms "
        f"({len(times)} recherches)"
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--realworld", type=Path, default=REPO.parent / "shared" / "realworld-pdfs")
    parser.add_argument("--demo", type=Path, default=REPO / "corpus")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        print("Corpus réel :")
        real = FigureTable(Path(tmp) / "real")
        rows = bench_extraction(args.realworld, real)
        print("Corpus de démonstration :")
        demo = FigureTable(Path(tmp) / "demo")
        demo_rows = bench_extraction(args.demo, demo)
        bench_queries(demo, f"requêtes, corpus de démonstration ({len(demo_rows)} chiffres)")
        big = FigureTable(Path(tmp) / "big")
        pool = rows + demo_rows
        synthetic = [
            replace(
                pool[i % len(pool)],
                source=f"synthetique-{i // 100}.pdf",
                date=f"{2000 + i % 25}-01-01",
                start=i,
            )
            for i in range(10_000)
        ]
        for n in range(0, len(synthetic), 100):
            big.replace_document(f"synthetique-{n // 100}.pdf", "bench", synthetic[n : n + 100])
        bench_queries(big, "requêtes, 10 000 chiffres synthétiques")


if __name__ == "__main__":
    main()
