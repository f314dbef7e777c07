"""Benchmark of the figure finder (prints numbers, asserts nothing).

1. Extraction's share of ingest reading: for each real-world PDF, pypdf reading + cleaning time
   vs figure extraction time (extract_figures), and the table write (one transaction).
2. `assistant figures` query latency (p50/p95 over a fixed set of searches) on the demo corpus's
   table and on a synthetic table of 10,000 figures.
3. With `--vs DIR` (another checkout of the repository, e.g. `git worktree add /tmp/main main`):
   instead of 1 and 2, this code's extraction and DIR's, alternated in one process for
   `--rounds` rounds (the order swapped each round, one more round first to warm up), each
   round reading the PDFs again; medians, shares of reading and their ratio.

    PYTHONPATH=. python -m evals.bench_figures [--realworld DIR] [--demo DIR] [--vs DIR]"""

from __future__ import annotations

import argparse
import importlib
import importlib.util
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from assistant.finder.extract import extract_figures
from assistant.finder.rows import FigureQuery, FigureRow
from assistant.finder.search import search
from assistant.finder.table import FigureTable
from assistant.ingest.catalogue import doc_info
from assistant.ingest.pdf import read_pdf
from assistant.types import DocInfo, Page

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
        doc = doc_info(pdf.name, None, content.title, content.front_page())
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


def _extractor(tree: Path) -> Callable[[DocInfo, list[Page]], list[FigureRow]]:
    """`extract_figures` of another checkout, imported under a package name of its own so that
    both codes run in this process."""
    name = "_versus_assistant"
    spec = importlib.util.spec_from_file_location(
        name,
        tree / "assistant" / "__init__.py",
        submodule_search_locations=[str(tree / "assistant")],
    )
    if spec is None or spec.loader is None:
        raise SystemExit(f"Pas de paquet assistant dans {tree}")
    sys.modules[name] = module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return importlib.import_module(f"{name}.finder.extract").extract_figures


def bench_versus(folder: Path, other: Path, rounds: int) -> None:
    codes = {"ce code": extract_figures, str(other): _extractor(other)}
    times: dict[str, list[float]] = {"lecture": [], **{name: [] for name in codes}}
    counts = {}
    pdfs = sorted(folder.glob("*.pdf"))
    for r in range(rounds + 1):  # round 0 warms up (word lists, compiled patterns)
        t = time.perf_counter()
        contents = [read_pdf(pdf) for pdf in pdfs]
        read_s = time.perf_counter() - t
        docs = [
            (doc_info(pdf.name, None, c.title, c.front_page()), c.pages)
            for pdf, c in zip(pdfs, contents, strict=True)
        ]
        for name in list(codes) if r % 2 else list(codes)[::-1]:
            t = time.perf_counter()
            counts[name] = sum(len(codes[name](doc, pages)) for doc, pages in docs)
            if r:
                times[name].append(time.perf_counter() - t)
        if r:
            times["lecture"].append(read_s)
    med = {name: statistics.median(values) for name, values in times.items()}
    print(f"{folder} : médianes de {rounds} passages, lecture+nettoyage {med['lecture']:.2f} s")
    for name in codes:
        share = med[name] / med["lecture"]
        print(
            f"  {name} : extraction {med[name]:.3f} s ({share:.1%} de la lecture), {counts[name]} chiffres"
        )
    mine, theirs = (med[name] for name in codes)
    print(f"  rapport ce code / {other} : {mine / theirs:.2f}")


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
    parser.add_argument("--vs", type=Path, help="une autre copie du dépôt, à comparer")
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    if args.vs is not None:
        bench_versus(args.realworld, args.vs, args.rounds)
        bench_versus(args.demo, args.vs, args.rounds)
        return
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
