"""What the figures table holds, for browsing it: the values each filter accepts (with how many
figures each has) and one row found again by where it is printed (for its page preview)."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from .rows import UNITS, FigureRow
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
