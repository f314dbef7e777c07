"""Calibrate the refusal thresholds on a question set with unanswerable questions.

    python -m evals.calibrate evals/questions/demo.jsonl [--corpus DIR --index DIR --embedding M]

Each question is asked once with refusal by thresholds switched off, which records the signals
the decision reads (coverage, top_dense) and whether the answerer refused by itself; the grid of
(retrieval.min_coverage, retrieval.dense_rescue) is then replayed through
`assistant.assistant.should_refuse`, so the semantics stay those of the assistant."""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from assistant.answer.refusal import weak_answer
from assistant.errors import AssistantError
from assistant.settings import Settings
from assistant.types import Retrieval, SearchFilter

from .questions import histories, load_questions

COVERAGES = tuple(round(0.05 * i, 2) for i in range(21))
RESCUES = tuple(round(0.30 + 0.05 * i, 2) for i in range(15))
MAX_WRONGLY_REFUSED = 0.05


@dataclass(frozen=True)
class Signal:
    id: str
    answerable: bool
    coverage: float
    top_dense: float
    hits: int
    answerer_refused: bool  # the answerer gave up although retrieval was let through
    support: float | None = (
        None  # extractive answerer: share of the question its best sentence holds
    )
    similarity: float | None = None  # how close in meaning its closest sentence is
    attribute: float = 1.0  # how much of what it asks about the named subject a sentence holds


def with_thresholds(
    settings: Settings, min_coverage: float, dense_rescue: float, min_support: float | None = None
) -> Settings:
    r = settings.retrieval.model_copy(
        update={"min_coverage": min_coverage, "dense_rescue": dense_rescue}
    )
    g = settings.generation
    if min_support is not None:
        g = g.model_copy(update={"min_support": min_support})
    if min_support == 0.0:  # collecting: measure closeness for every question, refuse nothing
        g = g.model_copy(
            update={
                "weak_support": 1.0,
                "min_similarity": -1.0,
                "rescue_similarity": -1.0,
                "min_attribute": 1.0,  # measured whenever the attribute signal is below 1
            }
        )
    return settings.model_copy(update={"retrieval": r, "generation": g})


def collect(settings: Settings, path: Path, assistant: Any = None) -> list[Signal]:
    """Ask every question once (thresholds off) and keep the refusal signals."""
    from assistant.assistant import Assistant

    from .runner import open_assistant

    qset = load_questions(path)
    for e in qset.errors:
        print(f"Attention : {e}", file=sys.stderr)
    open_settings = with_thresholds(settings, 0.0, -1.0, 0.0)
    if assistant is None:  # the index brought up to date with the corpus, as for an evaluation
        assistant, _ = open_assistant(settings)
    # The same index and answerer, with the thresholds off.
    from assistant.answer.backends import make_generator

    assistant = Assistant(open_settings, assistant.index, make_generator(open_settings.generation))
    history = histories(qset.questions)
    out = []
    for q in qset.questions:
        a = assistant.ask(q.question, history=history[q.id])
        r = a.retrieval
        hits = len(r.hits)
        out.append(
            Signal(
                q.id,
                q.answerable,
                r.coverage,
                r.top_dense,
                hits,
                a.refused and hits > 0,
                r.support,
                r.similarity,
                1.0 if r.attribute is None else r.attribute,
            )
        )
    return out


def rates(signals: list[Signal], settings: Settings) -> tuple[float, float]:
    """(unanswerable refused, answerable wrongly refused) with these settings' thresholds."""
    from assistant.assistant import should_refuse

    refused_u = refused_a = n_u = n_a = 0
    for s in signals:
        # should_refuse reads how many hits there are, the coverage and the best cosine.
        hits: tuple = (None,) * s.hits
        retrieval = Retrieval("", hits, SearchFilter(), s.coverage, s.top_dense)
        g = settings.generation
        measured = s.support is not None and (
            s.support < g.weak_support or s.attribute < g.min_attribute
        )
        weak = s.support is not None and weak_answer(
            s.support, s.similarity if measured else None, g, s.attribute
        )
        judged = s.support is not None  # the extractive answerer's own signals were recorded
        refused = should_refuse(retrieval, settings, judged) or s.answerer_refused or weak
        if s.answerable:
            n_a += 1
            refused_a += refused
        else:
            n_u += 1
            refused_u += refused
    return (refused_u / n_u if n_u else 0.0), (refused_a / n_a if n_a else 0.0)


def sweep(
    signals: list[Signal], settings: Settings
) -> dict[tuple[float, float], tuple[float, float]]:
    return {
        (c, d): rates(signals, with_thresholds(settings, c, d)) for c in COVERAGES for d in RESCUES
    }


def best(
    grid: dict[tuple[float, float], tuple[float, float]], current: tuple[float, float]
) -> tuple[float, float] | None:
    """Most unanswerables refused with wrongly refused ≤ 5 %; ties: fewer wrong refusals, then
    the pair nearest the current one."""
    ok = [(pair, v) for pair, v in grid.items() if v[1] <= MAX_WRONGLY_REFUSED + 1e-9]
    if not ok:
        return None

    def key(item: tuple[tuple[float, float], tuple[float, float]]) -> tuple[float, float, float]:
        (c, d), (refused_u, wrongly) = item
        return -refused_u, wrongly, abs(c - current[0]) + abs(d - current[1])

    return min(ok, key=key)[0]


SUPPORTS = tuple(round(0.05 * i, 2) for i in range(13))


def support_sweep(signals: list[Signal], settings: Settings) -> dict[float, tuple[float, float]]:
    """Rates for each `generation.min_support`, the retrieval thresholds as configured."""
    return {
        t: rates(
            signals,
            with_thresholds(
                settings, settings.retrieval.min_coverage, settings.retrieval.dense_rescue, t
            ),
        )
        for t in SUPPORTS
    }


ATTRIBUTES = tuple(round(0.05 * i, 2) for i in range(9))


def attribute_sweep(signals: list[Signal], settings: Settings) -> dict[float, tuple[float, float]]:
    """Rates for each `generation.min_attribute`, the other thresholds as configured."""
    out = {}
    for t in ATTRIBUTES:
        g = settings.generation.model_copy(update={"min_attribute": t})
        out[t] = rates(signals, settings.model_copy(update={"generation": g}))
    return out


def print_grid(grid: dict[tuple[float, float], tuple[float, float]]) -> None:
    print(
        "Cellules : % de questions sans réponse refusées / % de questions avec réponse refusées à tort"
    )
    print("min_coverage \\ dense_rescue  " + " ".join(f"{d:>7.2f}" for d in RESCUES))
    for c in COVERAGES:
        cells = " ".join(
            f"{round(100 * grid[c, d][0]):>3}/{round(100 * grid[c, d][1]):<3}" for d in RESCUES
        )
        print(f"{c:>27.2f}  {cells}")


def main(argv: list[str] | None = None) -> int:
    try:
        return _main(argv)
    except AssistantError as err:
        print(f"Erreur : {err}", file=sys.stderr)
        return 2


def _main(argv: list[str] | None) -> int:
    parser = argparse.ArgumentParser(
        description="Calibrer les seuils de refus sur un jeu de questions."
    )
    parser.add_argument(
        "questions", type=Path, nargs="+", help="un ou plusieurs jeux de questions (JSONL)"
    )
    parser.add_argument("--corpus", type=Path)
    parser.add_argument("--index", type=Path)
    parser.add_argument("--embedding")
    parser.add_argument(
        "--json", type=Path, metavar="FILE", help="écrire signaux et grille en JSON"
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="signaux par question")
    args = parser.parse_args(argv)
    overrides: dict[str, Any] = {}
    if args.corpus:
        overrides["corpus_dir"] = args.corpus
    if args.index:
        overrides["index_dir"] = args.index
    if args.embedding:
        overrides["embedding"] = {"model": args.embedding}
    settings = Settings(**overrides)
    with tempfile.TemporaryDirectory() as tmp:  # several sets are calibrated as one
        joined = Path(tmp) / "questions.jsonl"
        joined.write_text(
            "".join(p.read_text(encoding="utf-8").rstrip("\n") + "\n" for p in args.questions),
            encoding="utf-8",
        )
        signals = collect(settings, joined)
    if args.verbose:
        for s in signals:
            print(
                f"{s.id:<6} {'avec' if s.answerable else 'sans'} réponse  couverture {s.coverage:.2f}  "
                f"dense {s.top_dense:.3f}  passages {s.hits}  refus du rédacteur {s.answerer_refused}"
            )
    grid = sweep(signals, settings)
    print_grid(grid)
    current = (settings.retrieval.min_coverage, settings.retrieval.dense_rescue)
    u, w = rates(signals, settings)
    print(
        f"\nRéglage actuel min_coverage={current[0]} dense_rescue={current[1]} : "
        f"{u:.0%} des sans-réponse refusées, {w:.0%} de refus à tort."
    )
    pick = best(grid, current)
    if pick is None:
        print(f"Aucun réglage ne garde les refus à tort ≤ {MAX_WRONGLY_REFUSED:.0%}.")
    else:
        u, w = grid[pick]
        print(
            f"Meilleur réglage : min_coverage={pick[0]} dense_rescue={pick[1]} : "
            f"{u:.0%} des sans-réponse refusées, {w:.0%} de refus à tort."
        )
    print(
        "\nSeuil de la réponse extractive (generation.min_support), seuils de recherche actuels :"
    )
    for t, (u, w) in support_sweep(signals, settings).items():
        mark = " ← actuel" if abs(t - settings.generation.min_support) < 1e-9 else ""
        print(
            f"  min_support={t:.2f} : {u:.0%} des sans-réponse refusées, {w:.0%} de refus à tort{mark}"
        )
    print("\nSeuil des questions qui nomment un sujet (generation.min_attribute) :")
    for t, (u, w) in attribute_sweep(signals, settings).items():
        mark = " ← actuel" if abs(t - settings.generation.min_attribute) < 1e-9 else ""
        print(
            f"  min_attribute={t:.2f} : {u:.0%} des sans-réponse refusées, "
            f"{w:.0%} de refus à tort{mark}"
        )
    if args.json:
        args.json.write_text(
            json.dumps(
                {
                    "signals": [vars(s) for s in signals],
                    "best": pick,
                    "grid": [
                        {
                            "min_coverage": c,
                            "dense_rescue": d,
                            "unanswerable_refused": v[0],
                            "wrongly_refused": v[1],
                        }
                        for (c, d), v in grid.items()
                    ],
                },
                ensure_ascii=False,
                indent=1,
            ),
            encoding="utf-8",
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
