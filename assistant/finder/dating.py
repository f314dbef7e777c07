"""When a figure was measured, read from its sentence: the years and periods it names
(« en 2008 », « 2018-2022 », « depuis 2006 » → « 2006-2020 »), the nearest to each figure;
years that name a law (« la loi … de 2007 ») do not date anything."""

from __future__ import annotations

import re

from ..checks.figures import figure_matches
from ..text import YEAR, fold_in_place
from .detect import Found

_NAME_BEFORE_RE = re.compile(
    r"\b(?:loi|lois|décret|directive|ordonnance|article|règlement|programme|plan)\b[^.;]{0,60}$"
)
_SINCE_RE = re.compile(r"\b(?:depuis|dès)\s*$")


def sentence_years(sentence: str, doc_year: str) -> list[tuple[int, str]]:
    """(position, year or period) of the years the sentence dates something with."""
    out: list[tuple[int, str]] = []
    for m, kind, key in figure_matches(sentence):
        if kind in ("date", "month"):
            out.append((m.start(), key[:4]))
        elif kind == "range":
            out.append((m.start(), key))
    taken = {p for p, _ in out}
    for m in YEAR.finditer(sentence):
        if any(p <= m.start() < p + 20 for p in taken):
            continue
        before = sentence[max(0, m.start() - 80) : m.start()]
        if _NAME_BEFORE_RE.search(fold_in_place(before)):
            continue  # « la loi … de 2007 » names a law, it does not date the figure
        year = m.group()
        if _SINCE_RE.search(before.lower()) and doc_year and doc_year > year:
            year = f"{year}-{doc_year}"
        out.append((m.start(), year))
    return sorted(out)


def figure_year(
    fig: Found, figs: list[Found], i: int, years: list[tuple[int, str]], doc_year: str
) -> tuple[str, str]:
    lo = figs[i - 1].end if i > 0 else 0
    hi = figs[i + 1].start if i + 1 < len(figs) else 10**9
    own = [(abs(p - fig.start), y) for p, y in years if lo <= p < hi]
    if own:
        return min(own)[1], "phrase"
    if years:
        return min((abs(p - fig.start), y) for p, y in years)[1], "phrase"
    return (doc_year, "document") if doc_year else ("", "")
