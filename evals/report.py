"""report.md and report.html (same content) with their PNG charts, from a run's summary."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from . import compare as cmp
from . import doc, plots
from .doc import Block
from .metrics import COUNT_METRICS, RATE_METRICS

KIND_COLUMNS = (
    "recall@5",
    "mrr",
    "page_cited_any",
    "page_cited_first",
    "must_contain",
    "unanswerable_refused",
    "wrongly_refused",
    "figures_unsupported",
    "passed",
)
N_KEYS = {
    "recall@1": "with_page",
    "recall@3": "with_page",
    "recall@5": "with_page",
    "mrr": "with_page",
    "page_cited_any": "with_page",
    "page_cited_first": "with_page",
    "doc_cited": "answerable",
    "must_contain": "with_must_contain",
    "unanswerable_refused": "unanswerable",
    "wrongly_refused": "answerable",
    "passed": "questions",
}


def diagnose(q: dict[str, Any]) -> str:
    """Why a question failed, in French: retrieval miss, wrong sentence, wrong refusal…"""
    if q.get("error"):
        return f"erreur : {q['error']}"
    if q["kind"] == "unanswerable":
        return "réponse donnée au lieu d'un refus"
    reasons = []
    if q["refused"]:
        reasons.append(
            "refus à tort"
            + (
                f" (page au rang {q['rank']} de la recherche)"
                if q.get("rank")
                else " (page absente de la recherche)"
            )
        )
    elif q.get("page_cited_any") is False:
        if q.get("rank") is None:
            reasons.append("page attendue absente des passages retrouvés (recherche)")
        else:
            reasons.append(f"page retrouvée au rang {q['rank']} mais non citée (choix des phrases)")
    if q.get("missing") and not q["refused"]:
        where = "bonne page, " if q.get("page_cited_any") else ""
        reasons.append(where + "manque " + ", ".join(f"« {m} »" for m in q["missing"]))
    if q.get("figures_unsupported"):
        reasons.append(f"{q['figures_unsupported']} chiffre(s) ⚠ non trouvé(s) sur la page citée")
    return " ; ".join(reasons) or "contrôles en échec"


def _summary_blocks(s: dict[str, Any]) -> list[Block]:
    m, n = s["metrics"], s["counts"]
    conf = s["settings"]
    blocks: list[Block] = [
        ("h", 1, f"Évaluation — {s.get('questions_file') or 'questions'}"),
        (
            "p",
            f"Date : {s['date']} · empreinte {s['fingerprint']} · embedding "
            f"{conf.get('embedding')} · générateur {s.get('generator') or '—'} · "
            f"durée {s.get('duration_s', '—')} s.",
        ),
        (
            "p",
            f"{n['questions']} questions ({n['answerable']} avec réponse, {n['unanswerable']} "
            f"sans réponse dans le corpus) ; {n['passed']} réussies ; {n['refused']} refus ; "
            f"{n['errors']} en erreur ; {n['malformed_lines']} ligne(s) ignorée(s).",
        ),
        ("h", 2, "Indicateurs"),
    ]
    rows = []
    for name in (*RATE_METRICS, "passed", *COUNT_METRICS):
        on = str(n[N_KEYS[name]]) if name in N_KEYS else "—"
        rows.append([cmp.METRIC_LABELS.get(name, name), name, cmp.fmt(m.get(name)), on])
    blocks.append(("table", ["indicateur", "clé", "valeur", "questions concernées"], rows))
    blocks.append(("h", 2, "Par type de question"))
    rows = [
        [kind, str(k["n"]), *(cmp.fmt(k.get(c)) for c in KIND_COLUMNS)]
        for kind, k in s["by_kind"].items()
    ]
    blocks += [
        ("table", ["type", "n", *KIND_COLUMNS], rows),
        ("img", "scores_par_type.png", "Scores par type de question"),
    ]
    blocks.append(("h", 2, "Latence (secondes)"))
    rows = [
        [stage, cmp.fmt(v["p50"]), cmp.fmt(v["p95"]), str(v["n"])]
        for stage, v in s["latency"].items()
    ]
    blocks += [
        ("table", ["étape", "p50", "p95", "n"], rows),
        ("img", "latence.png", "Histogramme des temps de réponse"),
    ]
    return blocks


def _failures_blocks(s: dict[str, Any]) -> list[Block]:
    failed = [q for q in s["per_question"].values() if not q["passed"]]
    blocks: list[Block] = [("h", 2, f"Questions en échec ({len(failed)})")]
    if not failed:
        return [*blocks, ("p", "Aucune.")]
    rows = []
    for q in failed:
        cited = ", ".join(f"{src} p. {page}" for src, page in q.get("cited", [])[:3]) or "—"
        rows.append([q["id"], q["kind"], q["question"], diagnose(q), cited])
    return [*blocks, ("table", ["id", "type", "question", "diagnostic", "citées"], rows)]


def build_blocks(summary: dict[str, Any], comparison: dict[str, Any] | None = None) -> list[Block]:
    blocks = _summary_blocks(summary) + _failures_blocks(summary)
    if summary.get("malformed"):
        blocks += [
            ("h", 2, "Lignes ignorées du fichier de questions"),
            ("ul", summary["malformed"]),
        ]
    if comparison is not None:
        blocks += cmp.to_blocks(comparison)
        blocks.append(("img", "comparaison.png", "Comparaison des indicateurs"))
    return blocks


def write_reports(
    summary: dict[str, Any], out: Path, comparison: dict[str, Any] | None = None
) -> None:
    """report.md, report.html and the PNG charts they show, all in `out`."""
    out = Path(out)
    plots.scores_by_kind(summary, out / "scores_par_type.png")
    plots.latency_histogram(summary, out / "latence.png")
    if comparison is not None:
        plots.comparison_chart(comparison, out / "comparaison.png")
    blocks = build_blocks(summary, comparison)
    (out / "report.md").write_text(doc.to_markdown(blocks), encoding="utf-8")
    title = f"Évaluation — {summary.get('questions_file') or 'questions'}"
    (out / "report.html").write_text(doc.to_html(blocks, title), encoding="utf-8")
