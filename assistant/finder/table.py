"""The figures table: SQLite (standard library) with FTS5, in the index folder, written by
ingest one document per transaction (a killed ingest leaves the previous version or the new one,
never half a document) and read by `assistant figures` and GET /api/figures."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import fields
from pathlib import Path

from ..errors import IndexMissingError
from ..text import ANALYZER_VERSION, analyze
from .rows import FigureRow

TABLE_NAME = "figures.sqlite"
# bump: an older table is rebuilt (21: timeline columns' dates; 22: the unit "pts", figures in
# points « +5 pts », « ± 2,2 points », which older tables hold as nothing or as bare numbers;
# 23: points read on positive evidence only, timeline columns ended by a numbered heading;
# 24: a survey's headcount names its study, `headcount_study`; 25: a heading over a bulleted
# list dates its section)
SCHEMA_VERSION = f"25/{ANALYZER_VERSION}"
ROW_FIELDS = tuple(f.name for f in fields(FigureRow))
NO_TABLE = (
    "Cet index n'a pas encore de table des chiffres : relancez « assistant ingest » "
    "(les documents déjà indexés ne sont pas relus pour leurs passages, seulement pour leurs chiffres)."
)
_TYPES = {"value": "REAL", "page": "INTEGER", "start": "INTEGER", "end": "INTEGER"}
_COLUMNS = ", ".join(f"{name} {_TYPES.get(name, 'TEXT')}" for name in ROW_FIELDS)
_SCHEMA = f"""
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS documents (source TEXT PRIMARY KEY, key TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS figures (id INTEGER PRIMARY KEY, {_COLUMNS}, year_num INTEGER);
CREATE INDEX IF NOT EXISTS figures_source ON figures(source);
CREATE INDEX IF NOT EXISTS figures_recent ON figures(date DESC, source, page, start);
CREATE VIRTUAL TABLE IF NOT EXISTS figures_fts USING fts5(focus, context, tokenize='unicode61');
"""


def terms(text: str) -> str:
    """What FTS5 indexes and matches: the French analyser's stems, accent-folded."""
    return " ".join(t.replace("%", "") for t in analyze(text))


def _year_num(row: FigureRow) -> int | None:
    year = row.year_start
    if year is None and row.date[:4].isdigit():
        year = int(row.date[:4])
    return year


class FigureTable:
    """The figures of one index folder. Light to build; the file is opened per call."""

    def __init__(self, index_dir: Path) -> None:
        self.path = Path(index_dir) / TABLE_NAME

    def exists(self) -> bool:
        if not self.path.is_file():
            return False
        with self._connect() as db:
            row = db.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone()
        return row is not None and row[0] == SCHEMA_VERSION

    @contextmanager
    def _connect(self) -> Iterator[sqlite3.Connection]:
        db = sqlite3.connect(self.path, timeout=30)
        try:
            db.execute("PRAGMA journal_mode=WAL")  # readers keep reading while ingest writes
            yield db
        finally:
            db.close()

    @contextmanager
    def reading(self) -> Iterator[sqlite3.Connection]:
        """A connection for searching; IndexMissingError (French) when there is no table."""
        if not self.exists():
            raise IndexMissingError(NO_TABLE)
        with self._connect() as db:
            yield db

    def _writable(self, db: sqlite3.Connection) -> None:
        db.executescript(_SCHEMA)
        row = db.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone()
        if row is None or row[0] != SCHEMA_VERSION:  # another version: start the table over
            db.executescript("DELETE FROM figures; DELETE FROM figures_fts; DELETE FROM documents;")
            db.execute("INSERT OR REPLACE INTO meta VALUES ('schema', ?)", (SCHEMA_VERSION,))
            db.commit()

    def has_document(self, source: str, key: str) -> bool:
        """Whether the table holds this version (content key) of the document."""
        if not self.path.is_file():
            return False
        with self._connect() as db:
            self._writable(db)
            row = db.execute("SELECT key FROM documents WHERE source = ?", (source,)).fetchone()
        return row is not None and row[0] == key

    def replace_document(self, source: str, key: str, rows: Sequence[FigureRow]) -> None:
        """Make `rows` the figures of `source` (version `key`), in one transaction."""
        self.replace_documents([(source, key, rows)])

    def replace_documents(self, docs: Sequence[tuple[str, str, Sequence[FigureRow]]]) -> None:
        """Each (source, key, rows): `rows` become the figures of `source` (version `key`); all
        in one transaction (ingest writes a group of files at once: one commit, not one each)."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        marks = ", ".join("?" * (len(ROW_FIELDS) + 1))
        with self._connect() as db:
            self._writable(db)
            with db:  # one transaction: commit at the end, roll back on any error
                for source, key, rows in docs:
                    _delete(db, source)
                    db.execute("INSERT INTO documents VALUES (?, ?)", (source, key))
                    for row in rows:
                        values = [getattr(row, name) for name in ROW_FIELDS]
                        cur = db.execute(
                            f"INSERT INTO figures ({', '.join(ROW_FIELDS)}, year_num) "
                            f"VALUES ({marks})",
                            (*values, _year_num(row)),
                        )
                        focus = f"{row.measure} {row.actor} {row.actor_category} {row.noun}"
                        db.execute(
                            "INSERT INTO figures_fts(rowid, focus, context) VALUES (?, ?, ?)",
                            (cur.lastrowid, terms(focus), terms(f"{row.sentence} {row.title}")),
                        )

    def remove_document(self, source: str) -> None:
        """Take a document's figures out (its PDF was removed or can no longer be read)."""
        if not self.path.is_file():
            return
        with self._connect() as db:
            self._writable(db)
            with db:
                _delete(db, source)

    def sources(self) -> dict[str, str]:
        """Documents in the table with their content key."""
        if not self.path.is_file():
            return {}
        with self._connect() as db:
            self._writable(db)
            return dict(db.execute("SELECT source, key FROM documents").fetchall())


def _delete(db: sqlite3.Connection, source: str) -> None:
    db.execute(
        "DELETE FROM figures_fts WHERE rowid IN (SELECT id FROM figures WHERE source = ?)",
        (source,),
    )
    db.execute("DELETE FROM figures WHERE source = ?", (source,))
    db.execute("DELETE FROM documents WHERE source = ?", (source,))


def row_from_db(values: Sequence[object]) -> FigureRow:
    """A FigureRow from the ROW_FIELDS columns of a SELECT."""
    data = dict(zip(ROW_FIELDS, values, strict=True))
    data["value"] = float(data["value"])  # type: ignore[arg-type]
    data["page"] = int(data["page"])  # type: ignore[call-overload]
    data["start"] = int(data["start"])  # type: ignore[call-overload]
    data["end"] = int(data["end"])  # type: ignore[call-overload]
    return FigureRow(**data)  # type: ignore[arg-type]
