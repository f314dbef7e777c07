"""Typed values of the figure finder: one row per figure, a query, its results and series."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

UNITS = ("%", "pts", "€", "/10", "people", "years", "count")
# The units of a share of a population (a share, a mark out of 10, a difference in points):
# their figures look for whom they count the same way.
SHARE_UNITS = ("%", "/10", "pts")
# Where a row's year comes from: the sentence, a table column, a source line or the source a
# tile calls, or the document's date.
YEAR_SOURCES = ("phrase", "tableau", "source", "document", "")


@dataclass(frozen=True)
class FigureRow:
    """One figure of the corpus with who it counts, when, and where it is printed."""

    text: str  # as printed: « 69 % », « 1,5 M€ », « 2 000 »
    value: float  # in base units: 1,5 M€ → 1500000.0, 7,1/10 → 7.1
    unit: str  # one of UNITS ("pts": a difference or a margin in points, « −2 pts » → -2.0)
    measure: str  # the phrase it quantifies (« estiment qu'il existe un devoir d'alliance »)
    actor: str  # the population as printed (« dirigeants de TPE et de PME »), "" if none
    actor_category: str  # its category from assistant/data/actors.toml (« dirigeants »), ""
    year: str  # "2020", "2018-2020", or "" when unknown
    year_source: str  # one of YEAR_SOURCES
    sentence: str  # the sentence (or table row) that prints it
    noun: str  # the counted noun for unit "count"/"people" (« territoires pionniers »), ""
    source: str  # the document: file path relative to the corpus
    title: str
    kind: str
    date: str
    url: str
    page: int  # 1-based PDF page
    page_label: str  # printed page label
    start: int  # character offsets of `text` in the cleaned page text (for highlighting)
    end: int

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @property
    def year_start(self) -> int | None:
        """The first year of `year` ("2018-2020" → 2018), for filters and series order."""
        head = self.year[:4]
        return int(head) if head.isdigit() else None


@dataclass(frozen=True)
class FigureQuery:
    """What `assistant figures` and GET /api/figures ask for; empty words = most recent."""

    words: str = ""
    actor: str = ""
    kind: str = ""
    unit: str = ""
    since: int | None = None
    until: int | None = None
    limit: int = 50


@dataclass(frozen=True)
class Series:
    """The same measure for the same actor across documents or years, oldest first."""

    measure: str
    actor: str
    unit: str
    points: tuple[FigureRow, ...]

    def label(self) -> str:
        """« besoin de coopérer, élus : 62 % (2014) → 77 % (2020) »."""
        steps = " → ".join(f"{r.text} ({r.year or r.date[:4] or '?'})" for r in self.points)
        who = f", {self.actor}" if self.actor else ""
        return f"{self.measure}{who} : {steps}"

    def to_dict(self) -> dict[str, Any]:
        return {
            "measure": self.measure,
            "actor": self.actor,
            "unit": self.unit,
            "label": self.label(),
            "points": [
                {"text": r.text, "value": r.value, "year": r.year, "source": r.source}
                for r in self.points
            ],
        }


@dataclass(frozen=True)
class FigureResults:
    """One page of results: the rows, how many matched in all, and the series among them."""

    figures: list[FigureRow]
    total: int
    series: list[Series] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "figures": [r.to_dict() for r in self.figures],
            "total": self.total,
            "series": [s.to_dict() for s in self.series],
        }
