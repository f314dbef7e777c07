"""Query-time benchmark of the spelling step and of filtered retrieval on synthetic corpora.

    python -m evals.bench_query spelling [--names 40000] [--questions 300]
    python -m evals.bench_query filter [--passages 20000] [--questions 60] [--keep DIR]
    python -m evals.bench_query followup [--corpus corpus] [--repeat 5]

Prints medians (ms per question) as one JSON line per part. `spelling` and `filter` need no
model (the hashing embedder and an in-memory store stand in for the real ones); `followup`
answers the demo set's follow-ups with the default model, rule `followup_document` on and off
in turn."""

from __future__ import annotations

import argparse
import json
import random
import statistics
import time

_SYLLABLES = [c + v for c in "bcdfglmnprstv" for v in "aeiou"] + ["tra", "pro", "ker", "mon"]
_SENTENCES = [
    "Les collectivités territoriales sont le premier partenaire des associations.",
    "Les partenariats durent plus longtemps quand ils sont préparés ensemble.",
    "Une coopération réussie repose sur la confiance et sur des objectifs partagés.",
    "Le président de la fondation présente le rapport annuel aux adhérents.",
]
_LINKS = ["de", "des", "du", "de la"]


def _word(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(_SYLLABLES) for _ in range(n))


def synthetic_names(count: int, seed: int = 0) -> list[str]:
    """`count` distinct names: acronyms ("KERBALO") and phrases ("Fondation Mibo des Lanvi")."""
    rng, out, seen = random.Random(seed), [], set()
    heads = ["Fondation", "Association", "Réseau", "Fonds", "Collectif", "Institut", "Maison"]
    while len(out) < count:
        kind = rng.random()
        if kind < 0.3:
            name = _word(rng, rng.randint(2, 3)).upper()
        elif kind < 0.7:
            name = f"{rng.choice(heads)} {_word(rng, 2).capitalize()}"
        else:
            name = (
                f"{rng.choice(heads)} {rng.choice(_LINKS)} {_word(rng, 2).capitalize()} "
                f"{_word(rng, 2).capitalize()}"
            )
        if name.lower() not in seen:
            seen.add(name.lower())
            out.append(name)
    return out


def synthetic_texts(names: list[str], seed: int = 0, per_text: int = 4) -> list[str]:
    """Passages naming the names in sentences of ordinary French prose."""
    rng = random.Random(seed)
    texts = []
    for i in range(0, len(names), per_text):
        parts = [rng.choice(_SENTENCES)]
        parts += [f"Le rapport cite {n} parmi ses partenaires." for n in names[i : i + per_text]]
        texts.append(" ".join(parts))
    return texts


def synthetic_questions(names: list[str], count: int, seed: int = 1) -> list[str]:
    """Questions typed in lowercase, some without accents or with a slip, naming 0–2 names."""
    rng = random.Random(seed)
    starts = [
        "qui dirige {} ?",
        "quels sont les partenariats de {} et des collectivites ?",
        "depuis quand {} travaille avec {} ?",
        "quelle part des associations cooperent avec les parttenaires ?",
        "le presdent de {} a-t-il publié le rapport annuel ?",
    ]
    out = []
    for _ in range(count):
        pattern = rng.choice(starts)
        out.append(pattern.format(*(rng.choice(names).lower() for _ in range(pattern.count("{}")))))
    return out


def _median_ms(fn, items) -> tuple[float, float]:
    times = []
    for item in items:
        t = time.perf_counter()
        fn(item)
        times.append((time.perf_counter() - t) * 1000)
    times.sort()
    return statistics.median(times), times[int(0.95 * (len(times) - 1))]


def bench_spelling(n_names: int, n_questions: int) -> dict:
    from assistant.reading.spelling import Spelling, french_words

    french_words()  # loaded once per process, not part of a question's time
    names = synthetic_names(n_names)
    t = time.perf_counter()
    sp = Spelling(synthetic_texts(names))
    build_s = time.perf_counter() - t
    questions = synthetic_questions(names, n_questions)
    for q in questions[:20]:  # warm caches
        sp.correct(q)
    p50, p95 = _median_ms(sp.correct, questions)
    return {
        "part": "spelling",
        "names": len(sp.names),
        "build_s": round(build_s, 2),
        "p50_ms": round(p50, 3),
        "p95_ms": round(p95, 3),
    }


def synthetic_chunks(n_passages: int, per_document: int = 20, seed: int = 2) -> list:
    """Passages of documents of every kind, dated 2010–2024 or undated, naming names."""
    from assistant.types import KINDS, Chunk, DocInfo

    rng = random.Random(seed)
    names = synthetic_names(max(n_passages // 2, 10), seed)
    texts = synthetic_texts(names, seed, per_text=2)
    chunks = []
    for d in range(0, n_passages, per_document):
        year = rng.choice([*range(2010, 2025), None])
        doc = DocInfo(
            source=f"doc-{d // per_document:05d}.pdf",
            title=f"Publication {d // per_document}",
            kind=rng.choice(KINDS),
            date=f"{year}-0{rng.randint(1, 9)}" if year else "",
        )
        for p in range(min(per_document, n_passages - d)):
            text = texts[(d + p) % len(texts)]
            chunks.append(
                Chunk(f"c{d + p:07d}", doc, p + 1, str(p + 1), 0, len(text), text, position=p)
            )
    return chunks


def bench_filter(n_passages: int, n_questions: int, folder: str | None) -> dict:
    """Filtered questions on a real Chroma collection with the hashing embedder, the
    per-document table against the scan of every passage's metadata it replaced, alternated."""
    import tempfile
    from pathlib import Path

    import numpy as np

    from assistant.reading.query import Query
    from assistant.search.embed import make_embedder
    from assistant.search.index import Index, sync_lexical
    from assistant.search.retrieve import retrieve
    from assistant.search.store import ChromaStore
    from assistant.settings import Settings
    from assistant.types import SearchFilter

    def scan(index: Index, filt: SearchFilter):  # what the table replaced: every passage read
        if filt.is_empty():
            return None
        kept = [cid for cid, c in index.chunks.items() if filt.matches(c.metadata())]
        return np.array(sorted(index.lexical.position(cid) for cid in kept), dtype=np.int64)

    tmp = tempfile.TemporaryDirectory()
    root = Path(folder or tmp.name)
    settings = Settings(
        corpus_dir=root / "corpus", index_dir=root / "index", data_dir=root / "data",
        embedding={"model": "hashing"},
    )  # fmt: skip
    embedder = make_embedder(settings.embedding)
    chunks = synthetic_chunks(n_passages)
    t = time.perf_counter()
    store = ChromaStore(settings, embedder, create=True)
    store.upsert(chunks)
    lexical = sync_lexical(store, settings.index_dir, chunks)
    index = Index(settings, store, embedder, lexical, {c.id: c for c in chunks})
    build_s = time.perf_counter() - t
    rng = random.Random(3)
    filters = [SearchFilter(kinds=("fiche",)), SearchFilter(year_min=2018, year_max=2020)]
    filters += [SearchFilter(kinds=("bulletin",), year_min=2022)]
    questions = [
        (q, rng.choice(filters)) for q in synthetic_questions(synthetic_names(500), n_questions)
    ]
    t = time.perf_counter()
    index.positions_within(filters[0])  # the table is built once per index, not per question
    table_build_ms = (time.perf_counter() - t) * 1000
    ways = {"table": Index.positions_within, "scan": scan}
    times: dict[str, list[float]] = {w: [] for w in ways}
    step: dict[str, list[float]] = {w: [] for w in ways}
    for q, f in questions:
        for way, fn in ways.items():  # alternated, so load on the machine falls on both
            t = time.perf_counter()
            fn(index, f)
            step[way].append((time.perf_counter() - t) * 1000)
            Index.positions_within = fn  # type: ignore[method-assign]
            t = time.perf_counter()
            retrieve(index, Query(q), f)
            times[way].append((time.perf_counter() - t) * 1000)
            Index.positions_within = ways["table"]  # type: ignore[method-assign]
    tmp.cleanup()
    return {
        "part": "filter",
        "passages": len(chunks),
        "build_s": round(build_s, 1),
        "table_build_ms": round(table_build_ms, 1),
        **{f"{w}_filter_p50_ms": round(statistics.median(v), 2) for w, v in step.items()},
        **{f"{w}_retrieve_p50_ms": round(statistics.median(v), 1) for w, v in times.items()},
    }


def bench_followup(corpus: str, repeat: int) -> dict[str, object]:
    """Answer time of the follow-ups of evals/questions/demo.jsonl (with their conversation),
    rule `followup_document` on and off, alternated question by question in one process."""
    import tempfile
    from pathlib import Path

    from assistant.assistant import Assistant
    from assistant.settings import Settings

    from .questions import histories, load_questions

    qset = load_questions(Path(__file__).parent / "questions" / "demo.jsonl")
    history = histories(qset.questions)
    asked = [(q.question, history[q.id]) for q in qset.questions if q.follows]
    with tempfile.TemporaryDirectory() as tmp:
        base = Settings(corpus_dir=Path(corpus), index_dir=Path(tmp), data_dir=Path(tmp) / "d")
        off = base.generation.model_copy(update={"followup_document": False})
        bots = {
            "on": Assistant.from_settings(base),
            "off": Assistant.from_settings(base.model_copy(update={"generation": off})),
        }
        for bot in bots.values():  # warm: index, model, tables
            bot.ask(*asked[0])
        times: dict[str, list[float]] = {w: [] for w in bots}
        for _ in range(repeat):
            for question, past in asked:
                for way, bot in bots.items():  # alternated, so load falls on both
                    t = time.perf_counter()
                    bot.ask(question, history=past)
                    times[way].append((time.perf_counter() - t) * 1000)
    on, off_ms = statistics.median(times["on"]), statistics.median(times["off"])
    return {
        "part": "followup",
        "followups": len(asked),
        "repeat": repeat,
        "on_p50_ms": round(on, 1),
        "off_p50_ms": round(off_ms, 1),
        "ratio_on_off": round(on / off_ms, 2),
    }


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("part", choices=["spelling", "filter", "followup"])
    parser.add_argument("--corpus", default="corpus", help="PDF folder of the followup part")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--names", type=int, default=40000)
    parser.add_argument("--passages", type=int, default=20000)
    parser.add_argument("--questions", type=int, default=300)
    parser.add_argument("--keep", help="build the filter benchmark's index in this folder")
    args = parser.parse_args(argv)
    if args.part == "spelling":
        print(json.dumps(bench_spelling(args.names, args.questions)))
    elif args.part == "followup":
        print(json.dumps(bench_followup(args.corpus, args.repeat)))
    else:
        print(json.dumps(bench_filter(args.passages, args.questions, args.keep)))


if __name__ == "__main__":
    main()
