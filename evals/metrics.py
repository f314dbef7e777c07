"""Deterministic metrics (no LLM judge): one score record per question, then aggregates.

Matching is French-normalised: apostrophes ’/', no-break and narrow no-break spaces, spaces
before % and € and inside thousands, case and accents are ignored — for matching only."""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Iterable, Sequence
from typing import Any

from .questions import Question

RECALL_KS = (1, 3, 5)
RATE_METRICS = (
    "recall@1",
    "recall@3",
    "recall@5",
    "mrr",
    "page_cited_any",
    "page_cited_first",
    "doc_cited",
    "must_contain",
    "unanswerable_refused",
    "wrongly_refused",
)
COUNT_METRICS = ("figures_unsupported", "figures_verified", "errors")
# Per-question checks that make a question "passed" (used by reports and comparisons).
CHECKS = ("page_cited_any", "must_contain", "not_refused", "figures_ok", "refused_ok")

_APOSTROPHES = str.maketrans(
    {"’": "'", "‘": "'", "ʼ": "'", "`": "'", "´": "'", "′": "'", "œ": "oe", "æ": "ae"}
)
_SPACE_BEFORE_UNIT = re.compile(r" (?=[%€])")
_THOUSANDS = re.compile(r"(?<=\d) (?=\d{3}(?!\d))")


def normalize(text: str) -> str:
    """Text folded for matching: NFKC, one apostrophe, lowercase, no accents, one space."""
    text = unicodedata.normalize("NFKC", text or "").lower().translate(_APOSTROPHES)
    text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    text = re.sub(r"\s+", " ", text).strip()
    text = _SPACE_BEFORE_UNIT.sub("", text)
    return _THOUSANDS.sub("", text)


def contains(haystack: str, needle: str) -> bool:
    """`needle` appears in `haystack` once both are normalised; a figure is never matched
    inside a longer number ("81 %" is not in "181 %", "6,6" is not in "6,65")."""
    h, n = normalize(haystack), normalize(needle)
    if not n:
        return True
    before = r"(?<!\d)(?<!\d[,.])" if n[0].isdigit() else ""
    after = r"(?!\d)(?![,.]\d)" if n[-1].isdigit() else ""
    return re.search(before + re.escape(n) + after, h) is not None


def same_source(found: str | None, expected: str | None) -> bool:
    """A corpus-relative path names the expected file (question sets give the file name)."""
    if not found or not expected:
        return False
    return found == expected or found.endswith("/" + expected) or expected.endswith("/" + found)


def _at(item: dict[str, Any], q: Question) -> bool:
    """The hit or citation is one of the pages where the answer stands."""
    return any(
        same_source(item.get("source"), source) and (page is None or item.get("page") == page)
        for source, page in q.locations
    )


def score(q: Question, record: dict[str, Any]) -> dict[str, Any]:
    """Every metric of one question from its `ask --json` record (None where not applicable)."""
    refused = bool(record.get("refused"))
    figures = record.get("figures") or []
    unsupported = sum(1 for f in figures if not f.get("verified"))
    s: dict[str, Any] = {
        "id": q.id,
        "kind": q.kind,
        "refused": refused,
        "error": record.get("error", ""),
        "figures_verified": len(figures) - unsupported,
        "figures_unsupported": unsupported,
        "rank": None,
        "missing": [],
    }
    for name in RATE_METRICS:
        s[name] = None
    if not q.answerable:
        s["unanswerable_refused"] = refused
        return s
    s["wrongly_refused"] = refused and not s["error"]
    if q.source:
        hits = (record.get("retrieval") or {}).get("hits") or []
        rank = next((i for i, h in enumerate(hits, 1) if _at(h, q)), None)
        s["rank"] = rank
        for k in RECALL_KS:
            s[f"recall@{k}"] = rank is not None and rank <= k
        s["mrr"] = 1.0 / rank if rank else 0.0
        cites = sorted(record.get("citations") or [], key=lambda c: c.get("n", 0))
        s["doc_cited"] = any(
            same_source(c.get("source"), src) for c in cites for src, _ in q.locations
        )
        if q.page is not None:
            s["page_cited_any"] = any(_at(c, q) for c in cites)
            s["page_cited_first"] = bool(cites) and _at(cites[0], q)
    if q.must_contain:
        text = record.get("answer") or ""
        s["missing"] = [m for m in q.must_contain if not contains(text, m)]
        s["must_contain"] = not s["missing"]
    return s


def checks(s: dict[str, Any]) -> dict[str, bool]:
    """The pass/fail checks that apply to one scored question."""
    if s["kind"] == "unanswerable":
        return {"refused_ok": bool(s["refused"])}
    out = {"not_refused": not s["refused"], "figures_ok": s["figures_unsupported"] == 0}
    for name in ("page_cited_any", "must_contain"):
        if s[name] is not None:
            out[name] = bool(s[name])
    return out


def passed(s: dict[str, Any]) -> bool:
    return not s.get("error") and all(checks(s).values())


def _mean(values: Iterable[Any]) -> float | None:
    vals = [float(v) for v in values if v is not None]
    return round(sum(vals) / len(vals), 4) if vals else None


def aggregate(scores: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """Rates (mean over the questions where they apply), counts, and the denominators."""
    out: dict[str, Any] = {name: _mean(s[name] for s in scores) for name in RATE_METRICS}
    out["figures_unsupported"] = sum(s["figures_unsupported"] for s in scores)
    out["figures_verified"] = sum(s["figures_verified"] for s in scores)
    out["errors"] = sum(1 for s in scores if s.get("error"))
    out["passed"] = _mean(passed(s) for s in scores)
    out["n"] = {
        "questions": len(scores),
        "answerable": sum(1 for s in scores if s["kind"] != "unanswerable"),
        "unanswerable": sum(1 for s in scores if s["kind"] == "unanswerable"),
        "with_page": sum(1 for s in scores if s["page_cited_any"] is not None),
        "with_must_contain": sum(1 for s in scores if s["must_contain"] is not None),
    }
    return out


def by_kind(scores: Sequence[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    kinds = sorted({s["kind"] for s in scores})
    return {k: aggregate([s for s in scores if s["kind"] == k]) for k in kinds}


def percentile(values: Sequence[float], p: float) -> float | None:
    """Linear-interpolated percentile (p in 0..100), None for no values."""
    vals = sorted(values)
    if not vals:
        return None
    pos = (len(vals) - 1) * p / 100.0
    lo, hi = math.floor(pos), math.ceil(pos)
    return vals[lo] + (vals[hi] - vals[lo]) * (pos - lo)


def latency(records: Iterable[dict[str, Any]]) -> dict[str, dict[str, float | int | None]]:
    """p50/p95 in seconds per stage of `timings`, plus "total" from `latency_s`."""
    series: dict[str, list[float]] = {}
    for r in records:
        if r.get("error"):
            continue
        for stage, value in (r.get("timings") or {}).items():
            series.setdefault(stage, []).append(float(value))
        if r.get("latency_s") is not None:
            series.setdefault("total", []).append(float(r["latency_s"]))
    out: dict[str, dict[str, float | int | None]] = {}
    for stage in sorted(series, key=lambda k: (k == "total", k)):
        vals = series[stage]
        p50, p95 = percentile(vals, 50), percentile(vals, 95)
        out[stage] = {"p50": round(p50 or 0.0, 4), "p95": round(p95 or 0.0, 4), "n": len(vals)}
    return out
