"""Scale benchmark: an index of N synthetic passages built by the real ingest, then opened and
questioned by fresh processes.

    python -m evals.bench_scale --passages N [--embedding hashing|use-multilingual] [--keep DIR]

Passages are made of real French sentences (the demo corpus and, when present,
../shared/realworld-pdfs), their figures and years redrawn and names of organisations mixed in,
so that the lexical statistics (vocabulary, names, rare terms) grow as a real corpus's do.
The ingest runs on synthetic documents from the PDF reader down: each file is a stub holding
its pages' text, which a stand-in for `pypdf.PdfReader` returns page by page; cleaning, page
labels, chunking, the catalogue, the manifest, embedding, Chroma and the read-side tables are
the production code. Prints one JSON line. With --keep DIR the index is built in DIR (its stub
corpus in DIR/corpus) and stays there: `assistant ask --index DIR --embedding hashing "…"`."""

from __future__ import annotations

import argparse
import json
import math
import os
import random
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from unittest import mock

from evals.bench_query import synthetic_names

ROOT = Path(__file__).resolve().parent.parent
DEMO = ROOT / "corpus"
REALWORLD = ROOT.parent / "shared" / "realworld-pdfs"
STUB = b"%PDF-1.4 synthetic\n"  # what the ingest's header check looks for
PAGE_CHARS = 2600
PASSAGES_PER_PAGE = 4  # measured: a page of 2,600 characters, passages of the default size
KINDS = ["fiche", "bulletin", "étude"]
_NUMBER = re.compile(r"\b\d+(?:[,.]\d+)?\b")


def real_sentences() -> list[str]:
    """Sentences of the demo corpus and of the real-world PDFs (when the folder is there);
    kept in a temporary file while the PDFs stay the same (reading them takes tens of seconds)."""
    folders = [DEMO] + ([REALWORLD] if REALWORLD.is_dir() else [])
    pdfs = [p for folder in folders for p in sorted(folder.glob("*.pdf"))]
    key = json.dumps([(str(p), p.stat().st_mtime_ns, p.stat().st_size) for p in pdfs])
    cache = Path(tempfile.gettempdir()) / "assistant-bench-scale-sentences.json"
    try:
        saved = json.loads(cache.read_text(encoding="utf-8"))
        if saved["key"] == key:
            return list(saved["sentences"])
    except (OSError, ValueError, KeyError):
        pass
    out = _read_sentences(pdfs)
    cache.write_text(json.dumps({"key": key, "sentences": out}, ensure_ascii=False), "utf-8")
    return out


def _read_sentences(pdfs: list[Path]) -> list[str]:
    from assistant.ingest.pdf import read_pdf
    from assistant.sentences import split_sentences

    out: list[str] = []
    for pdf in pdfs:
        try:
            pages = read_pdf(pdf).pages
        except Exception:  # a file the reader refuses brings no sentences
            continue
        for page in pages:
            spans = split_sentences(page.text)
            found = (" ".join(page.text[a:b].split()) for a, b in spans)
            out += [s for s in found if 40 <= len(s) <= 400]
    return out


def _redraw(sentence: str, rng: random.Random) -> str:
    """The sentence with its figures redrawn (years stay years)."""

    def number(m: re.Match[str]) -> str:
        text = m.group(0)
        if len(text) == 4 and text.isdigit() and text[:2] in ("19", "20"):
            return str(rng.randint(1990, 2025))
        if "," in text or "." in text:
            return f"{rng.uniform(0, 100):.1f}".replace(".", ",")
        return str(rng.randint(1, 10 ** len(text)))

    return _NUMBER.sub(number, sentence)


def synthetic_pages(sentences: list[str], names: list[str], n_pages: int, rng: random.Random):
    """`n_pages` page texts of redrawn sentences, one name in about one sentence of four."""
    for _ in range(n_pages):
        parts, size = [], 0
        while size < PAGE_CHARS:
            s = _redraw(rng.choice(sentences), rng)
            if rng.random() < 0.25:
                s += f" Selon {rng.choice(names)}, ce constat se confirme."
            parts.append(s)
            size += len(s) + 1
        yield " ".join(parts)


def write_corpus(folder: Path, n_passages: int, seed: int = 0) -> int:
    """Stub files and their catalogue for about `n_passages` passages; returns the file count."""
    rng = random.Random(seed)
    sentences = real_sentences()
    names = synthetic_names(max(200, n_passages // 8), seed)
    n_pages = math.ceil(n_passages / PASSAGES_PER_PAGE)
    per_doc = max(12, math.ceil(n_pages / 1000))  # ≤ ~1000 files: reports of 12–100 pages
    folder.mkdir(parents=True, exist_ok=True)
    catalogue = []
    pages = synthetic_pages(sentences, names, n_pages, rng)
    for d in range(math.ceil(n_pages / per_doc)):
        kind, year = rng.choice(KINDS), rng.randint(2010, 2025)
        name = f"{kind}-{year}-{d:05d}.pdf"
        texts = [p for _, p in zip(range(per_doc), pages, strict=False)]
        title = f"{kind.capitalize()} {d} : {rng.choice(names)}"
        (folder / name).write_bytes(STUB + json.dumps(texts, ensure_ascii=False).encode())
        catalogue.append(
            f'["{name}"]\ntitle = {json.dumps(title, ensure_ascii=False)}\nkind = "{kind}"\n'
            f'number = "{d}"\ndate = "{year}-0{rng.randint(1, 9)}"\nurl = ""\n'
        )
    (folder / "catalogue.toml").write_text("\n".join(catalogue), encoding="utf-8")
    return len(catalogue)


class _Page:
    def __init__(self, text: str) -> None:
        self.text = text

    def extract_text(self, **_: object) -> str:  # pypdf's keywords (visitor_text, …) unused
        return self.text


class SyntheticReader:
    """Stands in for `pypdf.PdfReader` on the stub files: their pages, no labels, no metadata."""

    is_encrypted = False
    metadata = None

    def __init__(self, stream) -> None:
        self.root_object: dict[str, object] = {}  # no /PageLabels
        data = stream.read()
        self.pages = [_Page(t) for t in json.loads(data[len(STUB) :].decode("utf-8"))]


def build(settings) -> tuple[float, float]:
    """The production ingest over the stub files; seconds in all, and for the tables."""
    from assistant.ingest.run import ingest

    t = time.perf_counter()
    with mock.patch("assistant.ingest.pdf.PdfReader", SyntheticReader):
        report = ingest(settings)
    if report.failed:
        raise SystemExit(f"{len(report.failed)} files failed: {report.failed[0].reason}")
    return time.perf_counter() - t, report.timings.get("index lexical", 0.0)


def questions(n: int, seed: int = 1) -> list[tuple[str, dict]]:
    """Questions of the repository's sets, half of them with a kind or year filter."""
    rng = random.Random(seed)
    texts = []
    for path in sorted((ROOT / "evals" / "questions").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                texts.append(json.loads(line)["question"])
    rng.shuffle(texts)
    filters = [{"kinds": ["fiche"]}, {"year_min": 2018, "year_max": 2020}]
    filters.append({"kinds": ["bulletin"], "year_min": 2022})
    return [(q, rng.choice(filters) if i % 2 else {}) for i, q in enumerate(texts[:n])]


def serve(settings_json: str, n_questions: int) -> dict:
    """In a fresh process: open the index, answer the questions; times and peak memory. Per
    question, the search alone (spelling, filter, lexical and dense retrieval: what grows with
    the index) and the whole answer (which adds the answerer's own embedding of sentences)."""
    from assistant.assistant import Assistant
    from assistant.reading.query import Query
    from assistant.search.retrieve import retrieve
    from assistant.settings import Settings
    from assistant.types import SearchFilter

    settings = Settings.model_validate_json(settings_json)
    t = time.perf_counter()
    assistant = Assistant.from_settings(settings, build=False)
    open_s = time.perf_counter() - t
    times: dict[str, list[float]] = {
        k: [] for k in ("", "filtered_", "answer_", "answer_filtered_")
    }
    first = None
    for q, f in questions(n_questions):
        filt = SearchFilter(**f)
        t = time.perf_counter()
        assistant.ask(q, filt=filt)
        spent = time.perf_counter() - t
        first = spent if first is None else first
        index = assistant.index
        t = time.perf_counter()
        retrieve(index, Query(index.spelling.correct(q)), filt)
        searched = time.perf_counter() - t
        times["filtered_" if f else ""].append(searched * 1000)
        times["answer_filtered_" if f else "answer_"].append(spent * 1000)
    out = {"open_s": open_s, "first_answer_s": first}
    for prefix, values in times.items():
        values.sort()
        out[prefix + "p50_ms"] = statistics.median(values)
        out[prefix + "p95_ms"] = values[int(0.95 * (len(values) - 1))]
    out["rss_mb"] = peak_rss_mb()
    return out


def peak_rss_mb() -> float:
    """This process's peak resident memory (VmHWM), in MB. Not `ru_maxrss`: Linux keeps it
    across fork and exec, so the serving process started by this benchmark reported the peak of
    the process that had just built the index (2,965 MB at 300,000 passages; its own: 1,500)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource  # elsewhere than Linux: the best there is

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _run(cmd: list[str], ok: tuple[int, ...] = (0,)) -> str:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run(cmd, capture_output=True, text=True, env=env, cwd=ROOT)
    if done.returncode not in ok:
        raise SystemExit(f"{cmd[:4]} failed ({done.returncode}):\n{done.stderr[-3000:]}")
    return done.stdout


def run(n_passages: int, embedding: str, keep: Path | None, n_questions: int) -> dict:
    from assistant.settings import Settings

    tmp = tempfile.TemporaryDirectory()
    root = keep or Path(tmp.name) / "index"
    # The synthetic pages are patched into pypdf's reader in this process: read them here, not
    # in reader processes (spawned, they would not see the patch).
    settings = Settings(
        corpus_dir=root / "corpus", index_dir=root, data_dir=root / "data",
        embedding={"model": embedding}, pdf_readers=0,
    )  # fmt: skip
    again = settings.corpus_dir.is_dir()  # --keep DIR of an earlier run: measure it again
    files = len(list(settings.corpus_dir.glob("*.pdf"))) if again else 0
    files = files or write_corpus(settings.corpus_dir, n_passages)
    build_s, tables_s = build(settings)
    # Cold: a new process that opens the index and answers one question, as `assistant ask`.
    t = time.perf_counter()
    cmd = [sys.executable, "-m", "assistant.cli", "ask", questions(1)[0][0]]
    cmd += ["--index", str(settings.index_dir), "--embedding", embedding]
    _run(cmd, ok=(0, 1))  # 1: a refusal, still an answer
    cold_s = time.perf_counter() - t
    code = "import json, sys; from evals.bench_scale import serve; "
    code += "print(json.dumps(serve(sys.argv[1], int(sys.argv[2]))))"
    served = json.loads(
        _run([sys.executable, "-c", code, settings.model_dump_json(), str(n_questions)])
    )
    from assistant.search.index import open_index

    passages = len(open_index(settings).chunks)
    tmp.cleanup()
    return {
        "passages": passages,
        "files": files,
        "embedding": embedding,
        ("reingest_s" if again else "build_s"): round(build_s, 1),
        "tables_s": round(tables_s, 1),  # of which: the read-side tables (BM25, IDF, spelling…)
        "open_s": round(served["open_s"], 2),
        "cold_first_answer_s": round(cold_s, 2),
        "first_answer_in_server_s": round(served["first_answer_s"], 2),
        **{k: round(v, 1) for k, v in served.items() if k.endswith("_ms")},
        "rss_mb": round(served["rss_mb"]),
        "cores": os.cpu_count(),
        "load_avg": round(os.getloadavg()[0], 1),  # other processes sharing the cores
    }


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--passages", type=int, required=True)
    parser.add_argument("--embedding", default="hashing", help="hashing | use-multilingual | …")
    parser.add_argument(
        "--keep",
        type=Path,
        help="build in this folder and leave it there (if it holds an earlier run's corpus: "
        "re-ingest it, a no-op, and measure the questions again)",
    )
    parser.add_argument("--questions", type=int, default=120)
    args = parser.parse_args(argv)
    print(json.dumps(run(args.passages, args.embedding, args.keep, args.questions)))


if __name__ == "__main__":
    main()
