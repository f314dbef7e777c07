"""Run a question set through the assistant and write answers, summary, reports and plots."""

from __future__ import annotations

import datetime as dt
import json
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from assistant.contract import Answer
from assistant.errors import AssistantError
from assistant.settings import Settings

from . import metrics
from .judge import annotate, judge_model
from .questions import Question, QuestionSet, histories
from .runs import load_run, write_jsonl

Log = Callable[[str], None]


def _quiet(_: str) -> None:
    pass


def open_assistant(settings: Settings, log: Log = _quiet) -> tuple[Any, dict[str, Any]]:
    """Bring the index in line with the corpus (incremental, same fingerprint reused), open it."""
    from assistant.assistant import Assistant
    from assistant.ingest.run import ingest

    t = time.perf_counter()
    report = ingest(settings)
    info = {
        "corpus": str(settings.corpus_dir),
        "files": len([f for f in report.files if f.status not in ("ignored", "removed")]),
        "indexed_now": report.count("added") + report.count("replaced"),
        "failed": [f"{f.source} : {f.reason}" for f in report.failed],
        "ingest_s": round(time.perf_counter() - t, 3),
    }
    if info["indexed_now"]:
        log(
            f"Index mis à jour : {info['indexed_now']} fichier(s) indexé(s) "
            f"en {info['ingest_s']:.1f} s."
        )
    return Assistant.from_settings(settings), info


def ask_all(assistant: Any, questions: list[Question], log: Log = _quiet) -> list[dict[str, Any]]:
    """One `ask --json` record plus "id" per question; follow-ups get their conversation."""
    history = histories(questions)
    records = []
    for i, q in enumerate(questions, 1):
        try:
            record = {"id": q.id, **assistant.ask(q.question, history=history[q.id]).to_dict()}
        except AssistantError as err:  # one bad question must not stop the run
            # The contract's empty answer, so every record has the same fields.
            empty = Answer(question=q.question, text="").to_dict()
            record = {"id": q.id, **empty, "error": str(err)}
        records.append(record)
        s = metrics.score(q, record)
        log(f"[{i}/{len(questions)}] {q.id} {'✓' if metrics.passed(s) else '✗'} {q.question[:70]}")
    return records


def summarize(
    qset: QuestionSet,
    records: list[dict[str, Any]],
    settings: Settings,
    extra: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """Metrics overall and per kind, latency, per-question scores, settings and counts."""
    by_id = qset.by_id()
    scores = [metrics.score(by_id[r["id"]], r) for r in records]
    overall = metrics.aggregate(scores)
    per_question = {}
    for s, r in zip(scores, records, strict=True):
        per_question[s["id"]] = {
            **s,
            "question": r.get("question", ""),
            "passed": metrics.passed(s),
            "checks": metrics.checks(s),
            "answer": r.get("answer", ""),
            "latency_s": r.get("latency_s"),
            "cited": [[c.get("source"), c.get("page")] for c in r.get("citations") or []],
        }
    return {
        "date": dt.datetime.now().astimezone().isoformat(timespec="seconds"),
        "questions_file": qset.path,
        "fingerprint": settings.fingerprint(),
        "settings": settings.describe(),
        "generator": next((r.get("generator") for r in records if r.get("generator")), ""),
        "counts": {
            **overall["n"],
            "malformed_lines": len(qset.errors),
            "errors": overall["errors"],
            "refused": sum(1 for s in scores if s["refused"]),
            "passed": sum(1 for q in per_question.values() if q["passed"]),
        },
        "malformed": list(qset.errors),
        "metrics": {k: v for k, v in overall.items() if k != "n"},
        "by_kind": {k: {**v, "n": v["n"]["questions"]} for k, v in metrics.by_kind(scores).items()},
        "latency": metrics.latency(records),
        **(extra or {}),
        "per_question": per_question,
    }


def run_eval(
    qset: QuestionSet,
    settings: Settings,
    out: Path,
    *,
    compare_to: Path | None = None,
    assistant: Any = None,
    log: Log = _quiet,
) -> dict[str, Any]:
    """Ask every question, score, and write answers.jsonl, summary.json, report.md/.html + PNGs."""
    from .compare import compare
    from .report import write_reports

    previous = load_run(compare_to) if compare_to else None  # fail before the long run
    if not qset.questions:
        raise AssistantError("Aucune question valide à évaluer.")
    t0 = time.perf_counter()
    index_info: dict[str, Any] = {}
    if assistant is None:
        assistant, index_info = open_assistant(settings, log)
    records = ask_all(assistant, qset.questions, log)
    judge = judge_model(settings)
    faithfulness = annotate(records, judge) if judge is not None else None
    summary = summarize(
        qset,
        records,
        settings,
        {
            "index": index_info,
            "duration_s": round(time.perf_counter() - t0, 2),
        },
    )
    if faithfulness is not None:  # optional LLM-judged score, only with an LLM backend
        summary["metrics"]["faithfulness"] = faithfulness
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    write_jsonl(out / "answers.jsonl", records)
    (out / "summary.json").write_text(
        json.dumps(summary, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    (out / "config.json").write_text(
        json.dumps(summary["settings"], ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    comparison = compare(summary, previous, str(compare_to)) if previous else None
    write_reports(summary, out, comparison)
    return summary
