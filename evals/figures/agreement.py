"""Agreement between two people who labelled the same corpus blind, scored as the finder is
scored: `python -m evals.figures.agreement FIRST.jsonl SECOND.jsonl`.

The first file stands where the gold set stands in `score`: each of its figures is looked for
among the second's on the same page (same value and unit, the closest sentence when several),
each of the second's figures answers one of the first's at most, and the matched pairs are
graded with the finder's own tests (`actor_right`, `measure_usable`, the year). The same is
printed the other way round, since « recall » depends on who is taken as the reference. What
two labellers agree on bounds what the finder can be expected to agree with either of them."""

from __future__ import annotations

import json
import sys
from collections import defaultdict
from pathlib import Path

from .score import _stems, actor_right, measure_usable


def _unit_value(item: dict) -> tuple[str, float]:
    """A label's unit family and value in base units, as `score._same_value` compares them
    (« M€ » is euros; a labeller may write its value in millions or in euros)."""
    family = {"count": "n", "people": "n", "M€": "€"}
    value = float(item["value"])
    if item["unit"] == "M€" and abs(value) < 10_000:
        value *= 1_000_000
    return family.get(item["unit"], item["unit"]), value


def _same(a: dict, b: dict) -> bool:
    (unit_a, value_a), (unit_b, value_b) = _unit_value(a), _unit_value(b)
    return unit_a == unit_b and abs(value_a - value_b) <= max(abs(value_a) * 0.005, 1e-9)


def _same_year(gold: dict, other: dict) -> bool:
    def norm(year: object) -> str:
        return "" if year is None else str(year)

    return norm(other.get("year")) in {
        norm(gold.get("year")),
        *([norm(gold["year_alt"])] if "year_alt" in gold else []),
    }


def agreement(first: list[dict], second: list[dict]) -> dict[str, float | int]:
    """The second labelling scored against the first (see the module docstring)."""
    pool: dict[tuple[str, int], list[dict]] = defaultdict(list)
    for item in second:
        pool[item["file"], item["page"]].append(item)
    found = actor = measure = year = 0
    for gold in first:
        candidates = [c for c in pool[gold["file"], gold["page"]] if _same(gold, c)]
        if not candidates:
            continue
        words = set(_stems(gold["sentence"]))
        other = max(candidates, key=lambda c: len(words & set(_stems(c["sentence"]))))
        pool[gold["file"], gold["page"]].remove(other)
        found += 1
        actor += actor_right(gold["actor"], other["actor"] or "") or (
            "actor_alt" in gold and actor_right(gold["actor_alt"], other["actor"] or "")
        )
        measure += measure_usable(gold["measure"], other["measure"] or "")
        year += _same_year(gold, other)
    n, f = max(len(first), 1), max(found, 1)
    return {
        "figures": len(first),
        "recall": round(found / n, 3),
        "actor": round(actor / f, 3),
        "measure": round(measure / f, 3),
        "year": round(year / f, 3),
    }


def _load(path: str) -> list[dict]:
    with open(Path(path), encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if len(argv) != 2:
        print(
            "usage : python -m evals.figures.agreement PREMIER.jsonl SECOND.jsonl", file=sys.stderr
        )
        return 2
    first, second = _load(argv[0]), _load(argv[1])
    print(json.dumps({"second_vs_first": agreement(first, second)}, ensure_ascii=False))
    print(json.dumps({"first_vs_second": agreement(second, first)}, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
