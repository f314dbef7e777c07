"""matplotlib charts saved as PNG next to the reports (no pyplot: no global backend state)."""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

from matplotlib.figure import Figure

from .metrics import RATE_METRICS

KIND_SERIES = (
    ("recall@5", "rappel@5"),
    ("page_cited_any", "page citée"),
    ("must_contain", "must_contain"),
    ("unanswerable_refused", "refus justes"),
    ("passed", "réussies"),
)
# Rates shown in the before/after chart: all but recall@1 and @3, plus the share passed.
COMPARED = (*RATE_METRICS[2:], "passed")
_META = {"Software": None}  # keep the files stable between runs


def _save(fig: Figure, path: Path) -> Path:
    fig.tight_layout()
    fig.savefig(path, dpi=110, metadata=_META)
    return path


def scores_by_kind(summary: dict[str, Any], path: Path) -> Path:
    """Grouped bars: for each kind of question, the rates that apply to it."""
    kinds = list(summary["by_kind"])
    fig = Figure(figsize=(9, 4.2))
    ax = fig.add_subplot()
    width = 0.8 / len(KIND_SERIES)
    for j, (key, label) in enumerate(KIND_SERIES):
        values = [summary["by_kind"][k].get(key) for k in kinds]
        xs = [i + (j - (len(KIND_SERIES) - 1) / 2) * width for i in range(len(kinds))]
        ax.bar(xs, [math.nan if v is None else v for v in values], width, label=label)
    ax.set_xticks(range(len(kinds)))
    ax.set_xticklabels([f"{k}\n({summary['by_kind'][k]['n']})" for k in kinds])
    ax.set_ylim(0, 1.05)
    ax.set_ylabel("part des questions")
    ax.set_title("Scores par type de question")
    ax.grid(axis="y", alpha=0.3)
    ax.legend(fontsize=8, ncols=len(KIND_SERIES), loc="lower center", bbox_to_anchor=(0.5, -0.32))
    return _save(fig, path)


def latency_histogram(summary: dict[str, Any], path: Path) -> Path:
    """Histogram of the total answer time, with p50 and p95 marked."""
    values = [q["latency_s"] for q in summary["per_question"].values() if q.get("latency_s")]
    fig = Figure(figsize=(7, 3.6))
    ax = fig.add_subplot()
    ax.hist(values or [0.0], bins=min(30, max(5, len(values) // 3)), color="#1f3a68", alpha=0.85)
    total = summary.get("latency", {}).get("total", {})
    for p, style in (("p50", "--"), ("p95", ":")):
        if total.get(p) is not None:
            ax.axvline(total[p], color="#8a1c2b", linestyle=style, label=f"{p} = {total[p]:.3f} s")
    ax.set_xlabel("temps de réponse (s)")
    ax.set_ylabel("questions")
    ax.set_title("Latence par question")
    if total:
        ax.legend(fontsize=8)
    return _save(fig, path)


def comparison_chart(comparison: dict[str, Any], path: Path) -> Path:
    """Horizontal bars: each rate before and after."""
    rows = [r for r in comparison["metrics"] if r["metric"] in COMPARED]
    fig = Figure(figsize=(8, 0.45 * len(rows) + 1.4))
    ax = fig.add_subplot()
    ys = range(len(rows))
    for offset, key, label, color in (
        (0.2, "before", "avant", "#9aa5b8"),
        (-0.2, "after", "après", "#1f3a68"),
    ):
        vals = [math.nan if r[key] is None else r[key] for r in rows]
        ax.barh([y + offset for y in ys], vals, 0.4, label=label, color=color)
    ax.set_yticks(list(ys))
    ax.set_yticklabels([r["metric"] for r in rows], fontsize=8)
    ax.invert_yaxis()
    ax.set_xlim(0, 1.05)
    ax.set_title("Comparaison des indicateurs")
    ax.grid(axis="x", alpha=0.3)
    ax.legend(fontsize=8, loc="lower right")
    return _save(fig, path)
