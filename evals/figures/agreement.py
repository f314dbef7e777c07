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

from .score import _stems, actor_right, measure_usable, same_value


def _number(value: object) -> float:
    return float(str(value).replace("\u202f", "").replace(" ", "").replace(",", "."))


def _unit_value(item: dict) -> tuple[str, float]:
    """A label's unit and value in base units (« k€ » is euros; a labeller may write an M€
    value in millions or in euros)."""
    unit, value = item.get("unit", ""), _number(item.get("value"))
    if unit == "k€":
        return "€", value * 1_000
    if unit == "M€" and abs(value) < 10_000:
        value *= 1_000_000
    return unit, value


def _same(a: dict, b: dict) -> bool:
    return same_value(*_unit_value(a), *_unit_value(b))


def _year(item: dict, key: str = "year") -> str:
    year = item.get(key)
    if isinstance(year, float) and year.is_integer():
        year = int(year)
    return "" if year is None else str(year).strip()


def _same_year(gold: dict, other: dict) -> bool:
    accepted = {_year(gold)} | ({_year(gold, "year_alt")} if "year_alt" in gold else set())
    return _year(other) in accepted


def _same_measure(gold: dict, other: dict) -> bool:
    said, got = gold.get("measure") or "", other.get("measure") or ""
    if not _stems(said):  # neither says anything: they agree
        return not _stems(got)
    return measure_usable(said, got)


def _words(item: dict) -> set[str]:
    return set(_stems(item.get("sentence_decoded") or item.get("sentence") or ""))


def _page(item: dict) -> tuple[str, int]:
    return item["file"], int(item["page"])


def agreement(first: list[dict], second: list[dict]) -> dict[str, float | int | None]:
    """The second labelling scored against the first (see the module docstring): pairs of one
    page and one value, those whose sentences share most words first, each figure in one
    pair at most; the shares are None when nothing could be compared."""
    pool: dict[tuple[str, int], list[int]] = defaultdict(list)
    for j, item in enumerate(second):
        pool[_page(item)].append(j)
    pairs = [
        (len(_words(gold) & _words(second[j])), i, j)
        for i, gold in enumerate(first)
        for j in pool[_page(gold)]
        if _same(gold, second[j])
    ]
    taken_i: set[int] = set()
    taken_j: set[int] = set()
    matched = []
    for _, i, j in sorted(pairs, key=lambda p: (-p[0], p[1], p[2])):
        if i not in taken_i and j not in taken_j:
            taken_i.add(i)
            taken_j.add(j)
            matched.append((first[i], second[j]))
    actor = sum(
        actor_right(g.get("actor"), o.get("actor") or "")
        or ("actor_alt" in g and actor_right(g["actor_alt"], o.get("actor") or ""))
        for g, o in matched
    )
    measure = sum(_same_measure(g, o) for g, o in matched)
    year = sum(_same_year(g, o) for g, o in matched)

    def share(n: int, of: int) -> float | None:
        return round(n / of, 3) if of else None

    return {
        "figures": len(first),
        "recall": share(len(matched), len(first)),
        "actor": share(actor, len(matched)),
        "measure": share(measure, len(matched)),
        "year": share(year, len(matched)),
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
