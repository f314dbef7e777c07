"""Ingest benchmark: our pipeline vs the LangChain tutorial pipeline on the same files and model.

    python -m evals.bench_ingest [--corpus DIR ...] [--model use-multilingual] [--repeat 3]

Times are medians over --repeat runs, both pipelines alternating in this process; peak memory
is the max RSS of one child process per pipeline. Prints a Markdown table."""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from assistant.ingest.run import ingest
from assistant.search.embed import make_embedder
from assistant.settings import Settings


def run_ours(corpus: Path, model: str) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        s = Settings(corpus_dir=corpus, index_dir=Path(tmp), embedding={"model": model})
        t = time.perf_counter()
        report = ingest(s)
        total = time.perf_counter() - t
    return {"s": total, "pages": report.pages, "chunks": report.chunks, "stages": report.timings}


def run_tutorial(corpus: Path, model: str) -> dict:
    """PyPDFLoader-style pages, RecursiveCharacterTextSplitter(1000, 200), Chroma.from_documents."""
    from langchain_chroma import Chroma
    from langchain_core.documents import Document
    from langchain_text_splitters import RecursiveCharacterTextSplitter
    from pypdf import PdfReader

    embedder = make_embedder(Settings(embedding={"model": model}).embedding)
    with tempfile.TemporaryDirectory() as tmp:
        t = time.perf_counter()
        pages = []
        for pdf in sorted(corpus.glob("*.pdf")):
            try:
                reader = PdfReader(pdf)
                pages += [
                    Document(
                        page_content=p.extract_text(), metadata={"source": str(pdf), "page": i}
                    )
                    for i, p in enumerate(reader.pages)
                ]
            except Exception:  # the tutorial has no error handling; skip what does not open
                continue
        t_read = time.perf_counter() - t
        chunks = RecursiveCharacterTextSplitter(chunk_size=1000, chunk_overlap=200).split_documents(
            pages
        )
        t_split = time.perf_counter() - t - t_read
        Chroma.from_documents(chunks, embedder, persist_directory=tmp)
        total = time.perf_counter() - t
    return {
        "s": total,
        "pages": len(pages),
        "chunks": len(chunks),
        "stages": {
            "lecture": t_read,
            "découpage": t_split,
            "embedding+stockage": total - t_read - t_split,
        },
    }


PIPELINES = {"ours": run_ours, "tutorial": run_tutorial}


def peak_rss_mb(pipeline: str, corpus: Path, model: str) -> float:
    """Max RSS of a fresh process running one pipeline once."""
    code = (
        f"import resource, sys; from evals.bench_ingest import PIPELINES; from pathlib import Path; "
        f"PIPELINES[{pipeline!r}](Path({str(corpus)!r}), {model!r}); "
        f"print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return int(out.stdout.strip().splitlines()[-1]) / 1024


def bench(corpus: Path, model: str, repeat: int) -> dict:
    runs: dict[str, list[dict]] = {"ours": [], "tutorial": []}
    make_embedder(Settings(embedding={"model": model}).embedding).embed_query("échauffement")
    for _ in range(repeat):
        for name, fn in PIPELINES.items():
            runs[name].append(fn(corpus, model))
    result = {}
    for name, rs in runs.items():
        med = statistics.median(r["s"] for r in rs)
        stages = {k: statistics.median(r["stages"][k] for r in rs) for k in rs[0]["stages"]}
        result[name] = {
            "median_s": med,
            "pages": rs[0]["pages"],
            "chunks": rs[0]["chunks"],
            "pages_per_s": rs[0]["pages"] / med,
            "chunks_per_s": rs[0]["chunks"] / med,
            "stages_share": {k: v / med for k, v in stages.items()},
            "peak_rss_mb": peak_rss_mb(name, corpus, model),
        }
    result["ratio_time_ours_over_tutorial"] = (
        result["ours"]["median_s"] / result["tutorial"]["median_s"]
    )
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, action="append")
    parser.add_argument("--model", default="use-multilingual")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--json", type=Path, help="also write the raw numbers here")
    args = parser.parse_args()
    corpora = args.corpus or [Path("corpus")]
    print(
        f"Modèle : {args.model} · répétitions : {args.repeat} · "
        f"rusage self avant : {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024} Mo\n"
    )
    print(
        "| corpus | pipeline | pages | passages | médiane (s) | pages/s | passages/s | "
        "part du temps par étape | pic mémoire (Mo) |"
    )
    print("|---|---|---|---|---|---|---|---|---|")
    raw = {}
    for corpus in corpora:
        r = bench(corpus, args.model, args.repeat)
        raw[str(corpus)] = r
        for name in ("ours", "tutorial"):
            x = r[name]
            shares = ", ".join(f"{k} {v:.0%}" for k, v in x["stages_share"].items())
            label = "le nôtre" if name == "ours" else "tutoriel LangChain"
            print(
                f"| {corpus.name} | {label} | {x['pages']} | {x['chunks']} | {x['median_s']:.2f} | "
                f"{x['pages_per_s']:.1f} | {x['chunks_per_s']:.1f} | {shares} | {x['peak_rss_mb']:.0f} |"
            )
        print(
            f"| {corpus.name} | ratio temps nôtre / tutoriel | | | "
            f"{r['ratio_time_ours_over_tutorial']:.2f} | | | | |"
        )
    if args.json:
        args.json.write_text(json.dumps(raw, indent=1, ensure_ascii=False))


if __name__ == "__main__":
    main()
