"""What the figures table holds, for browsing it: the values each filter accepts (with how many
figures each has) and one row found again by where it is printed (for its page preview)."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from .rows import UNITS, FigureRow
from .search import same_measure
from .table import ROW_FIELDS, FigureTable, row_from_db


@dataclass(frozen=True)
class Facets:
    """The filter values present in the table, each with its number of figures."""

    total: int
    actors: list[tuple[str, int]]  # actor categories, most figures first
    kinds: list[tuple[str, int]]
    units: list[tuple[str, int]]  # in the order of UNITS
    years: list[int]  # the years figures refer to (else their document's), oldest first


def _counts(db: sqlite3.Connection, column: str) -> list[tuple[str, int]]:
    return [
        (str(value), int(n))
        for value, n in db.execute(
            f"SELECT {column}, count(*) FROM figures WHERE {column} != '' "
            f"GROUP BY {column} ORDER BY 2 DESC, 1"
        )
    ]


def facets(table: FigureTable) -> Facets:
    """The accepted filter values; IndexMissingError (French) when there is no table."""
    with table.reading() as db:
        total = int(db.execute("SELECT count(*) FROM figures").fetchone()[0])
        units = dict(_counts(db, "unit"))
        years = [
            int(y)
            for (y,) in db.execute(
                "SELECT DISTINCT year_num FROM figures WHERE year_num IS NOT NULL ORDER BY 1"
            )
        ]
        return Facets(
            total=total,
            actors=_counts(db, "actor_category"),
            kinds=_counts(db, "kind"),
            units=[(u, units[u]) for u in UNITS if u in units],
            years=years,
        )


def row_at(table: FigureTable, source: str, page: int, start: int) -> FigureRow | None:
    """The figure printed at character `start` of page `page` of `source`, if any."""
    if not table.exists():
        return None
    with table.reading() as db:
        found = db.execute(
            f"SELECT {', '.join(ROW_FIELDS)} FROM figures "
            "WHERE source = ? AND page = ? AND start = ? LIMIT 1",
            (source, page, start),
        ).fetchone()
    return row_from_db(found) if found else None


def page_years(table: FigureTable, source: str, page: int) -> list[tuple[str, str]] | None:
    """Each figure printed on page `page` of `source`, as printed, with the year or period it
    refers to ("" when unknown); None when there is no table."""
    if not table.exists():
        return None
    with table.reading() as db:
        return [
            (str(text), str(year))
            for text, year in db.execute(
                "SELECT text, year FROM figures WHERE source = ? AND page = ?", (source, page)
            )
        ]


def same_series(
    table: FigureTable, source: str, page: int, value: float, unit: str
) -> list[FigureRow] | None:
    """The rows of other documents in the series of the figure `value` (`unit`) printed on
    page `page` of `source`: same measure, same actor, same unit. None when that figure is not
    in the table (the caller then falls back on comparing texts)."""
    if not table.exists():
        return None
    cols = ", ".join(ROW_FIELDS)
    with table.reading() as db:
        here = [
            row_from_db(v)
            for v in db.execute(
                f"SELECT {cols} FROM figures WHERE source = ? AND page = ? AND unit = ?",
                (source, page, unit),
            )
        ]
        mine = [r for r in here if abs(r.value - value) <= 1e-9 * max(1.0, abs(value))]
        if not mine:
            return None
        categories = {r.actor_category for r in mine}
        marks = ", ".join("?" * len(categories))
        others = [
            row_from_db(v)
            for v in db.execute(
                f"SELECT {cols} FROM figures WHERE unit = ? AND source != ? "
                f"AND actor_category IN ({marks})",
                (unit, source, *categories),
            )
        ]
    return [o for o in others if any(same_measure(m, o) for m in mine)]
