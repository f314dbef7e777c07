"""Which publications give another figure for what an answer states, found through the figure
finder's series when its table is there: the answer's figure is looked up among the rows of its
cited page, and the other documents' rows of the same series (same measure, same actor) that
the retrieval also brought are the conflicting items. Two figures that share words but count
different populations (« 81 % des Français » and « 92 % des maires » for the same question)
are then not shown as a conflict. Sentences whose figure the table does not hold, and every
sentence when there is no table, are compared by their words (checks.verify.find_conflicts)."""

from __future__ import annotations

import re

from ..checks.citations import cited_numbers
from ..checks.grammar import find_figures
from ..checks.instructions import is_instruction
from ..checks.verify import as_conflicts, conflict_item, find_conflicts, merge_group
from ..contract import Conflict, ConflictItem
from ..finder.browse import same_series
from ..finder.table import FigureTable
from ..types import Hit

_UNITS = (("%", "%"), ("/10", "/10"))  # the figures conflicts are about: shares and marks


def _value_unit(key: str) -> tuple[float, str] | None:
    for suffix, unit in _UNITS:
        if key.endswith(suffix):
            return float(key[: -len(suffix)]), unit
    return None


def _series_items(
    sentence: str, hits: list[Hit], table: FigureTable
) -> dict[str, ConflictItem] | None:
    """Items of the other publications for one answer sentence, or None when the table does
    not hold its figures."""
    nums = [n for n in cited_numbers(sentence) if 1 <= n <= len(hits)]
    figures = [(f.key, vu) for f in find_figures(sentence) if (vu := _value_unit(f.key))]
    if not nums or not figures:
        return None
    cited = hits[nums[0] - 1]
    keys = {k for k, _ in figures}
    found: dict[str, ConflictItem] = {}
    known = False
    for _key, (value, unit) in figures:
        rows = same_series(table, cited.chunk.doc.source, cited.chunk.page, value, unit)
        if rows is None:
            continue
        known = True
        for row in rows:
            other = find_figures(row.text)
            if not other or other[0].key in keys or row.source in found:
                continue
            if is_instruction(row.sentence):  # an order to an AI is not a figure given
                continue
            m = next(
                (
                    m
                    for m, h in enumerate(hits, 1)
                    if h.chunk.doc.source == row.source and h.chunk.page == row.page
                ),
                None,
            )
            if m is not None:
                found[row.source] = conflict_item((other[0].key,), hits[m - 1], m)
    if not known:
        return None
    if found:
        found[cited.chunk.doc.source] = conflict_item(tuple(sorted(keys)), cited, nums[0])
    return found


def conflicts(text: str, hits: list[Hit], table: FigureTable | None) -> list[Conflict]:
    """The answer's conflicting figures: through the series of the figures table when it is
    there, else (and for sentences it does not know) by comparing the passages' words."""
    if table is None or not table.exists():
        return find_conflicts(text, hits)
    groups: list[dict[str, ConflictItem]] = []
    unknown: list[str] = []
    for sentence in re.split(r"(?<=[.!?])\s+", text):
        found = _series_items(sentence, hits, table)
        if found is None:
            unknown.append(sentence)
            continue
        if not found:
            continue
        merge_group(groups, found)
    return as_conflicts(groups) + (find_conflicts(" ".join(unknown), hits) if unknown else [])
