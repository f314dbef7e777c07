"""A cell of a text table under its row's date (rule `row_period`): « ARPEA / 2008-2012 / 10
volets ; rapport quinquennal remis le 11 décembre 2012 » counts the volets of the period, not
of the day the report was handed in."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from .dating import row_date
from .detect import Found
from .measure import MAX_MEASURE_WORDS
from .parts import Context


def _within(year: str, period: str) -> bool:
    """Whether a year or period lies inside `period` (« 2012 » in « 2008-2012 »)."""
    lo, _, hi = period.partition("-")
    first, _, last = year.partition("-")
    return lo <= first and (last or first) <= (hi or lo)


def with_row_date(
    text: str, a: int, b: int, figs: Sequence[Found], contexts: list[Context]
) -> list[Context]:
    """Rule `row_period`: the figures of a text-table cell under its row's date (« ARPEA /
    2008-2012 / 10 volets ; rapport quinquennal remis le 11 décembre 2012 ») take the row's
    period, and its label in their measure, unless dated outside it (« IMPACT / 2018-2022 /
    Lancé en novembre 2017 »): a date inside the period is that of an event of the row. Only
    for a cell opening its line whose figures are on its first line."""
    newline = text.find("\n", a, b)
    if (newline >= 0 and figs[-1].end > newline) or text[text.rfind("\n", 0, a) + 1 : a].strip():
        return contexts
    if not any(c.year_source in ("document", "phrase") for c in contexts):
        return contexts
    dated, label = row_date(text, a)
    if not dated:
        return contexts
    out = []
    for c in contexts:
        if c.year_source == "document" or (c.year_source == "phrase" and _within(c.year, dated)):
            measure = c.measure
            if (
                label
                and label not in measure
                and len(f"{measure} {label}".split()) <= MAX_MEASURE_WORDS
            ):
                measure = f"{measure} ({label})"
            c = replace(c, year=dated, year_source="tableau", measure=measure)
        out.append(c)
    return out
