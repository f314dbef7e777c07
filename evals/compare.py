"""Compare two evaluation runs: metric deltas and the questions that got better or worse.

python -m evals.compare NEW_RUN_DIR OLD_RUN_DIR      # Markdown on stdout
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from . import doc
from .doc import Block
from .metrics import COUNT_METRICS, RATE_METRICS

LOWER_IS_BETTER = {"wrongly_refused", "figures_unsupported", "errors"}
METRIC_LABELS = {
    "faithfulness": "fidélité jugée par le LLM (0 à 1)",
    "recall@1": "rappel@1 (page attendue)",
    "recall@3": "rappel@3 (page attendue)",
    "recall@5": "rappel@5 (page attendue)",
    "mrr": "MRR (page attendue)",
    "page_cited_any": "page attendue citée (une des citations)",
    "page_cited_first": "page attendue citée en premier",
    "doc_cited": "document attendu cité",
    "must_contain": "réponse contenant tous les must_contain",
    "unanswerable_refused": "questions sans réponse refusées",
    "wrongly_refused": "questions avec réponse refusées à tort",
    "figures_unsupported": "chiffres non trouvés sur la page citée (⚠)",
    "figures_verified": "chiffres vérifiés sur la page citée (✓)",
    "errors": "questions en erreur",
    "passed": "questions réussies (tous les contrôles)",
}


def _direction(name: str, delta: float) -> str:
    if abs(delta) < 1e-9:
        return "="
    better = delta < 0 if name in LOWER_IS_BETTER else delta > 0
    return "mieux" if better else "moins bien"


def _key(q: dict[str, Any]) -> tuple[bool, int]:
    return bool(q.get("passed")), sum(bool(v) for v in (q.get("checks") or {}).values())


def _settings_changes(a: dict[str, Any], b: dict[str, Any], prefix: str = "") -> list[str]:
    out = []
    for k in sorted(set(a) | set(b)):
        va, vb = a.get(k), b.get(k)
        if isinstance(va, dict) and isinstance(vb, dict):
            out += _settings_changes(va, vb, f"{prefix}{k}.")
        elif va != vb:
            out.append(f"{prefix}{k} : {vb!r} → {va!r}")
    return out


def compare(current: dict[str, Any], previous: dict[str, Any], label: str = "") -> dict[str, Any]:
    """Deltas of every metric (after − before) and per-question changes between two summaries."""
    rows = []
    for name in (*RATE_METRICS, *COUNT_METRICS, "passed"):
        before = previous.get("metrics", {}).get(name)
        after = current.get("metrics", {}).get(name)
        delta = None if before is None or after is None else round(after - before, 4)
        rows.append(
            {
                "metric": name,
                "before": before,
                "after": after,
                "delta": delta,
                "direction": "" if delta is None else _direction(name, delta),
            }
        )
    lat_b = previous.get("latency", {}).get("total", {})
    lat_a = current.get("latency", {}).get("total", {})
    latency = {p: {"before": lat_b.get(p), "after": lat_a.get(p)} for p in ("p50", "p95")}
    old_q, new_q = previous.get("per_question", {}), current.get("per_question", {})
    better: list[dict] = []
    worse: list[dict] = []
    for qid in [q for q in new_q if q in old_q]:
        a, b = new_q[qid], old_q[qid]
        if _key(a) == _key(b):
            continue
        ca, cb = a.get("checks") or {}, b.get("checks") or {}
        change = {
            "id": qid,
            "question": a.get("question", ""),
            "kind": a.get("kind", ""),
            "gained": sorted(k for k, v in ca.items() if v and not cb.get(k)),
            "lost": sorted(k for k, v in ca.items() if not v and cb.get(k)),
            "passed_before": bool(b.get("passed")),
            "passed_after": bool(a.get("passed")),
        }
        (better if _key(a) > _key(b) else worse).append(change)
    return {
        "previous": label,
        "previous_date": previous.get("date", ""),
        "fingerprint": {"before": previous.get("fingerprint"), "after": current.get("fingerprint")},
        "settings_changes": _settings_changes(
            current.get("settings", {}), previous.get("settings", {})
        ),
        "metrics": rows,
        "latency": latency,
        "better": better,
        "worse": worse,
        "added": sorted(set(new_q) - set(old_q)),
        "removed": sorted(set(old_q) - set(new_q)),
    }


def fmt(value: Any) -> str:
    if value is None:
        return "—"
    if isinstance(value, float):
        return f"{value:.3f}"
    return str(value)


def _signed(value: Any) -> str:
    return "—" if value is None else f"{value:+.3f}" if isinstance(value, float) else f"{value:+d}"


def to_blocks(c: dict[str, Any], level: int = 2) -> list[Block]:
    """The comparison as French document blocks (Markdown or HTML)."""
    blocks: list[Block] = [
        (
            "h",
            level,
            f"Comparaison avec {c['previous'] or 'le run précédent'} ({c['previous_date']})",
        )
    ]
    if c["fingerprint"]["before"] != c["fingerprint"]["after"]:
        blocks.append(
            (
                "p",
                f"Empreinte des réglages : {c['fingerprint']['before']} → "
                f"{c['fingerprint']['after']} (index différent).",
            )
        )
    if c["settings_changes"]:
        blocks += [("p", "Réglages modifiés :"), ("ul", c["settings_changes"])]
    rows = [
        [
            METRIC_LABELS.get(r["metric"], r["metric"]),
            fmt(r["before"]),
            fmt(r["after"]),
            _signed(r["delta"]),
            r["direction"],
        ]
        for r in c["metrics"]
    ]
    blocks.append(("table", ["indicateur", "avant", "après", "écart", "sens"], rows))
    lat = c["latency"]
    blocks.append(
        (
            "p",
            f"Latence totale p50 : {fmt(lat['p50']['before'])} s → "
            f"{fmt(lat['p50']['after'])} s ; p95 : {fmt(lat['p95']['before'])} s → "
            f"{fmt(lat['p95']['after'])} s.",
        )
    )
    for title, items in (("Questions en progrès", c["better"]), ("Questions en recul", c["worse"])):
        blocks.append(("h", level + 1, f"{title} ({len(items)})"))
        lines = []
        for q in items:
            detail = ", ".join([*(f"+{g}" for g in q["gained"]), *(f"−{x}" for x in q["lost"])])
            lines.append(f"{q['id']} ({q['kind']}) {q['question']} — {detail or 'contrôles'}")
        blocks.append(("ul", lines) if lines else ("p", "Aucune."))
    if c["added"] or c["removed"]:
        blocks.append(
            (
                "p",
                f"Questions nouvelles : {', '.join(c['added']) or 'aucune'} ; "
                f"disparues : {', '.join(c['removed']) or 'aucune'}.",
            )
        )
    return blocks


def to_markdown(c: dict[str, Any]) -> str:
    return doc.to_markdown(to_blocks(c))


def main(argv: list[str] | None = None) -> int:
    from .runs import load_run

    parser = argparse.ArgumentParser(description="Comparer deux runs d'évaluation.")
    parser.add_argument("new", help="dossier (ou summary.json) du nouveau run")
    parser.add_argument("old", help="dossier (ou summary.json) du run de référence")
    args = parser.parse_args(argv)
    sys.stdout.write(to_markdown(compare(load_run(args.new), load_run(args.old), args.old)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
