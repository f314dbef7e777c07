"""Ingest benchmark: our pipeline (reader processes, and sequential) vs the LangChain tutorial
pipeline on the same files and model.

    python -m evals.bench_ingest [--corpus DIR ...] [--model use-multilingual] [--repeat 3]

Times are medians over --repeat runs, the pipelines alternating in this process; peak memory
is the own peak (VmHWM) of one fresh process per pipeline, and of its largest reader process. Prints a Markdown table."""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

# The ingest is imported where it runs: its reader processes start by importing this module
# (`spawn` imports the main module), as they import the CLI's (≈ 0.1 s) when `assistant ingest`
# runs; importing the ingest here cost each ≈ 0.3 s more before its first file.


def run_ours(corpus: Path, model: str, readers: int | None = None) -> dict:
    """Our ingest, PDFs read by the default number of reader processes (or `readers`)."""
    from assistant.ingest.run import ingest
    from assistant.settings import Settings

    extra = {} if readers is None else {"pdf_readers": readers}
    with tempfile.TemporaryDirectory() as tmp:
        s = Settings(corpus_dir=corpus, index_dir=Path(tmp), embedding={"model": model}, **extra)
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

    from assistant.search.embed import make_embedder
    from assistant.settings import Settings

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


def run_sequential(corpus: Path, model: str) -> dict:
    """Our ingest reading each PDF in turn in the main process (as before the reader processes)."""
    return run_ours(corpus, model, readers=0)


PIPELINES = {"ours": run_ours, "sequential": run_sequential, "tutorial": run_tutorial}
LABELS = {
    "ours": "le nôtre",
    "sequential": "le nôtre, lecture séquentielle",
    "tutorial": "tutoriel LangChain",
}


def peak_rss_mb(pipeline: str, corpus: Path, model: str) -> tuple[float, float]:
    """Peak resident memory of a fresh process running one pipeline once, and the largest peak
    of its children (the PDF reader processes), each process's own (see `own_peak_mb`)."""
    code = (
        "import sys; from pathlib import Path; from evals.bench_ingest import measure_peaks; "
        f"measure_peaks({pipeline!r}, Path({str(corpus)!r}), {model!r})"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    own, children = out.stdout.strip().splitlines()[-1].split()
    return float(own), float(children)


def own_peak_mb(pid: int | str = "self") -> float:
    """A process's own peak resident memory (VmHWM), in MB; 0 when unknown. Not `ru_maxrss`:
    Linux carries it over fork and exec, so a process started by a large one reports at least
    the large one's peak (this benchmark's process once it held the model, ≈ 600 MB)."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except (OSError, ValueError):
        pass
    return 0.0


def _children() -> set[int]:
    """This process's children, started by any of its threads."""
    found: set[int] = set()
    for task in Path("/proc/self/task").glob("*"):
        try:
            found.update(int(pid) for pid in (task / "children").read_text().split())
        except (OSError, ValueError):
            continue
    return found


def measure_peaks(pipeline: str, corpus: Path, model: str) -> None:
    """Run one pipeline; print this process's peak and its largest child's, in MB. Children's
    peaks are sampled every 50 ms while they live (a peak reached in a child's last 50 ms is
    missed)."""
    if not Path("/proc/self/status").exists():  # not Linux: the best there is
        PIPELINES[pipeline](corpus, model)
        print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 0.0)
        return
    peaks: dict[int, float] = {}
    done = threading.Event()

    def sample() -> None:
        while not done.wait(0.05):
            for pid in _children():
                peaks[pid] = max(peaks.get(pid, 0.0), own_peak_mb(pid))

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    try:
        PIPELINES[pipeline](corpus, model)
    finally:
        done.set()
        sampler.join()
    print(own_peak_mb(), max(peaks.values(), default=0.0))


def _work_shares(shares: dict[str, float]) -> tuple[float, float, float]:
    """Computing time of every process (this one's, less its waiting for the reader
    processes, plus theirs), its embedding and its model loading, as shares of the run's
    time. The embedding happens in the reader processes or here, depending on the run."""
    own = 1 - shares.get("attente des processus de lecture", 0.0)
    work = own + sum(v for k, v in shares.items() if k.endswith("(en parallèle)"))
    embedding = shares.get("embedding", 0.0) + shares.get("embedding (en parallèle)", 0.0)
    model = shares.get("chargement du modèle", 0.0)
    model += shares.get("chargement du modèle (en parallèle)", 0.0)
    return work, embedding, model


def bench(corpus: Path, model: str, repeat: int) -> dict:
    from assistant.search.embed import make_embedder
    from assistant.settings import Settings

    runs: dict[str, list[dict]] = {name: [] for name in PIPELINES}
    make_embedder(Settings(embedding={"model": model}).embedding).embed_query("échauffement")
    for _ in range(repeat):
        for name, fn in PIPELINES.items():
            runs[name].append(fn(corpus, model))
    result = {}
    for name, rs in runs.items():
        med = statistics.median(r["s"] for r in rs)
        keys = dict.fromkeys(k for r in rs for k in r["stages"])
        stages = {k: statistics.median(r["stages"].get(k, 0.0) for r in rs) for k in keys}
        result[name] = {
            "median_s": med,
            "pages": rs[0]["pages"],
            "chunks": rs[0]["chunks"],
            "pages_per_s": rs[0]["pages"] / med,
            "chunks_per_s": rs[0]["chunks"] / med,
            "stages_share": {k: v / med for k, v in stages.items()},
            "peak_rss_mb": (rss := peak_rss_mb(name, corpus, model))[0],
            "peak_rss_reader_mb": rss[1],
        }
    result["ratio_time_ours_over_tutorial"] = (
        result["ours"]["median_s"] / result["tutorial"]["median_s"]
    )
    result["speedup_over_tutorial"] = result["tutorial"]["median_s"] / result["ours"]["median_s"]
    result["speedup_over_sequential"] = (
        result["sequential"]["median_s"] / result["ours"]["median_s"]
    )
    work, embedding, model = _work_shares(result["ours"]["stages_share"])
    result["ours_not_embedding_share"] = 1 - embedding / work
    result["ours_not_embedding_nor_model_load_share"] = 1 - (embedding + model) / work
    result["medians_of"] = repeat
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
        for name in PIPELINES:
            x = r[name]
            shares = ", ".join(f"{k} {v:.0%}" for k, v in x["stages_share"].items())
            label = LABELS[name]
            reader = f" (+ {x['peak_rss_reader_mb']:.0f} par lecteur)" if name == "ours" else ""
            print(
                f"| {corpus.name} | {label} | {x['pages']} | {x['chunks']} | {x['median_s']:.2f} | "
                f"{x['pages_per_s']:.1f} | {x['chunks_per_s']:.1f} | {shares} | {x['peak_rss_mb']:.0f}{reader} |"
            )
        print(
            f"| {corpus.name} | ratio temps nôtre / tutoriel | | | "
            f"{r['ratio_time_ours_over_tutorial']:.2f} | | | | |"
        )
        print(
            f"| {corpus.name} | accélération (tutoriel / nôtre ; séquentiel / nôtre) | | | "
            f"{r['speedup_over_tutorial']:.2f} ; {r['speedup_over_sequential']:.2f} | | | | |"
        )
        print(
            f"| {corpus.name} | part du temps de calcul (tous processus) hors embedding (hors "
            f"embedding et chargement du modèle) | | | {r['ours_not_embedding_share']:.0%} "
            f"({r['ours_not_embedding_nor_model_load_share']:.0%}) | | | | |"
        )
    if args.json:
        args.json.write_text(json.dumps(raw, indent=1, ensure_ascii=False))


if __name__ == "__main__":
    main()
