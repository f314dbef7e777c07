"""Rule `figure_year`: for a figure question asking about a year, the sentences whose every
figure refers to another year score less. The year of each figure is the one the figure finder
read at ingest (from the sentence, its table row, the section or the survey's date), which a
sentence need not print: « 302 maires interrogés » on a slide of the 2024 survey."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from ..types import Hit
from .candidate import Candidate

PageYears = Callable[[str, int], list[tuple[str, str]] | None]
# How much less a sentence of another year scores.
DEMOTION = 0.15


def refers_to_asked_year(
    c: Candidate,
    hits: Sequence[Hit],
    years: frozenset[str],
    page_years: PageYears | None,
    pages: dict[tuple[str, int], list[tuple[str, str]] | None],
) -> bool | None:
    """Whether the sentence's figures refer to an asked year (or one to no year the finder
    read, or the sentence names an asked year); None when no figure of it is in the table."""
    if any(y in c.text for y in years):
        return True
    chunk = hits[c.hit_index].chunk
    key = (chunk.doc.source, chunk.page)
    if key not in pages:
        pages[key] = page_years(*key) if page_years else None
    dated = [year for text, year in pages[key] or () if _prints(c.text, text)]
    if not dated:
        return None
    return any(not year or _covers(year, years) for year in dated)


def demote_other_years(
    cands: list[Candidate],
    hits: Sequence[Hit],
    years: frozenset[str],
    page_years: PageYears | None,
) -> list[Candidate]:
    """Sentences whose every figure refers to another year than the one asked score
    `DEMOTION` less (rule `figure_year`), best first again."""
    pages: dict[tuple[str, int], list[tuple[str, str]] | None] = {}
    out = [
        replace(
            c,
            score=c.score - DEMOTION,
            lost=c.lost + DEMOTION,
            demoted=(*c.demoted, "figure_year"),
            rules=(*c.rules, "figure_year"),
        )
        if refers_to_asked_year(c, hits, years, page_years, pages) is False
        else c
        for c in cands
    ]
    return sorted(out, key=lambda c: -c.score)


def _prints(sentence: str, figure: str) -> bool:
    """Whether the sentence prints the figure as a whole number (« 1 200 » is not in
    « 11 200 »)."""
    return re.search(rf"(?<![\d,.]){re.escape(figure)}(?!\d)", sentence) is not None


def _covers(year: str, asked: frozenset[str]) -> bool:
    """Whether "2020" or a period "2018-2020" holds one of the asked years."""
    first, _, last = year.partition("-")
    return any(first <= y <= (last or first) for y in asked)
