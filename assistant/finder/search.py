"""Searching the figures table: French words (stems, accents folded) ranked by relevance then
date, newest first; filters checked first, each unknown value answered with the accepted ones."""

from __future__ import annotations

import re
import sqlite3

from ..errors import InputError
from ..text import analyze, fold_lower
from ..types import KINDS
from .indicator import unlabelled
from .rows import UNITS, FigureQuery, FigureResults, FigureRow, Series
from .table import ROW_FIELDS, FigureTable, row_from_db, terms
from .vocabulary import vocabulary

MAX_LIMIT = 1000
MAX_WORDS = 30  # a search is a few words; past this the rest is ignored
_UNIT_ALIASES = {
    "pourcent": "%",
    "pourcentage": "%",
    "pct": "%",
    "pt": "pts",
    "point": "pts",
    "points": "pts",
    "euro": "€",
    "euros": "€",
    "eur": "€",
    "m€": "€",
    "personnes": "people",
    "personne": "people",
    "ans": "years",
    "annees": "years",
    "annee": "years",
    "note": "/10",
    "notes": "/10",
    "sur10": "/10",
    "nombre": "count",
    "compte": "count",
}
_KIND_ALIASES = {"etude": "étude", "etudes": "étude", "fiches": "fiche", "bulletins": "bulletin"}


def _unit(value: str) -> str:
    v = fold_lower(value).strip().replace(" ", "")
    unit = v if v in UNITS else _UNIT_ALIASES.get(v)
    if unit is None:
        accepted = ", ".join(UNITS)
        raise InputError(f"Unité inconnue : « {value} ». Unités acceptées : {accepted}.")
    return unit


def _kind(value: str) -> str:
    v = value.strip().lower()
    kind = v if v in KINDS else _KIND_ALIASES.get(fold_lower(v))
    if kind is None:
        raise InputError(f"Type inconnu : « {value} ». Types acceptés : {', '.join(KINDS)}.")
    return kind


def _actor(db: sqlite3.Connection, value: str) -> str:
    present = [
        r[0]
        for r in db.execute(
            "SELECT DISTINCT actor_category FROM figures WHERE actor_category != '' ORDER BY 1"
        )
    ]
    category = vocabulary().category(value)
    if category is None:
        folded = fold_lower(value).strip()
        category = next((c for c in present if fold_lower(c) == folded), None)
    if category is None:
        accepted = ", ".join(present) or "aucune (pas de population reconnue dans le corpus)"
        raise InputError(f"Population inconnue : « {value} ». Populations acceptées : {accepted}.")
    return category


def check_query(query: FigureQuery) -> None:
    """Reject bad bounds early (French messages with the bad value)."""
    if not 1 <= query.limit <= MAX_LIMIT:
        raise InputError(f"« limit » doit être entre 1 et {MAX_LIMIT} (reçu : {query.limit}).")
    for name, year in (("since", query.since), ("until", query.until)):
        if year is not None and not 1800 <= year <= 2200:
            raise InputError(f"« {name} » doit être une année (reçu : {year}).")
    if query.since and query.until and query.since > query.until:
        raise InputError(f"Période vide : depuis {query.since} jusqu'à {query.until}.")


def _match(words: str) -> str:
    """An FTS5 query: every stem of the words, each quoted (no operator reaches SQLite)."""
    tokens = [t for t in terms(words).split() if t][:MAX_WORDS]
    return " ".join(f'"{t}"' for t in dict.fromkeys(tokens))


def search(table: FigureTable, query: FigureQuery) -> FigureResults:
    """The rows matching `query`: relevance then newest first; empty words → most recent."""
    check_query(query)
    unit = _unit(query.unit) if query.unit else ""
    kind = _kind(query.kind) if query.kind else ""
    with table.reading() as db:
        where: list[str] = []
        args: list[str | int] = []
        if query.actor:
            where.append("f.actor_category = ?")
            args.append(_actor(db, query.actor))
        if kind:
            where.append("f.kind = ?")
            args.append(kind)
        if unit:
            where.append("f.unit = ?")
            args.append(unit)
        if query.since is not None:
            where.append("f.year_num >= ?")
            args.append(query.since)
        if query.until is not None:
            where.append("f.year_num <= ?")
            args.append(query.until)
        cols = ", ".join(f"f.{name}" for name in ROW_FIELDS)
        match = _match(query.words) if query.words.strip() else ""
        if query.words.strip() and not match:
            return FigureResults([], 0)  # only stop words: nothing to look for
        if match:
            source = "figures_fts s JOIN figures f ON f.id = s.rowid"
            where.insert(0, "figures_fts MATCH ?")
            args.insert(0, match)
            order = "bm25(figures_fts, 3.0, 1.0), f.date DESC, f.source, f.page, f.start"
        else:
            source = "figures f"
            order = "f.date DESC, f.source, f.page, f.start"
        cond = f"WHERE {' AND '.join(where)}" if where else ""
        total = db.execute(f"SELECT count(*) FROM {source} {cond}", args).fetchone()[0]
        found = db.execute(
            f"SELECT {cols} FROM {source} {cond} ORDER BY {order} LIMIT ?", [*args, query.limit]
        ).fetchall()
    rows = [row_from_db(values) for values in found]
    return FigureResults(rows, int(total), find_series(rows))


def _stems(text: str) -> frozenset[str]:
    return frozenset(t for t in analyze(text) if not t[:1].isdigit())


def _key(row: FigureRow) -> frozenset[str]:
    """The stems of the row's measure, without the head `indicator_label` put before it (it
    says whose share or what count it is, which `same_measure` compares apart), unless nothing
    is left (« la part des associations employeuses est de 12 % »)."""
    own = _stems(unlabelled(row.measure, row.actor, row.noun, row.unit))
    return own or _stems(row.measure)


SAME_MEASURE = 0.5  # share of measure stems two rows of one series have in common


def same_measure(a: FigureRow, b: FigureRow) -> bool:
    """Whether two rows quantify the same measure for the same actor, in the same unit (the
    test that groups a series)."""
    if (a.actor_category, a.unit) != (b.actor_category, b.unit):
        return False
    ka, kb = _key(a), _key(b)
    return len(ka) >= 2 and len(kb) >= 2 and len(ka & kb) / len(ka | kb) >= SAME_MEASURE


def find_series(rows: list[FigureRow], max_rows: int = 300) -> list[Series]:
    """Rows with the same measure (stems mostly shared) and actor, in several documents or
    years: one series each, oldest first."""
    groups: list[tuple[frozenset[str], list[FigureRow]]] = []
    for row in rows[:max_rows]:
        key = _key(row)
        if len(key) < 2:
            continue
        for gkey, members in groups:
            head = members[0]
            if (head.actor_category, head.unit) != (row.actor_category, row.unit):
                continue
            if len(key & gkey) / len(key | gkey) >= SAME_MEASURE:
                members.append(row)
                break
        else:
            groups.append((key, [row]))
    out = []
    for _, members in groups:
        editions = {(m.source, m.year) for m in members}
        years = {m.year for m in members}
        if len(editions) < 2 or len(years) < 2:
            continue
        once = {(m.source, m.year): m for m in reversed(members)}  # a call-out repeats a figure
        points = sorted(once.values(), key=lambda r: (r.year_start or 0, r.date))
        head = points[-1]
        out.append(
            Series(
                _short(head.measure), head.actor_category or head.actor, head.unit, tuple(points)
            )
        )
    return out


def _short(measure: str, words: int = 8) -> str:
    return " ".join(re.sub(r"\s+", " ", measure).split()[:words])
