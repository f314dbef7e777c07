"""The figures table: SQLite (standard library) with FTS5, in the index folder, written by
ingest one document per transaction (a killed ingest leaves the previous version or the new one,
never half a document) and read by `assistant figures` and GET /api/figures.

When the published table is of another schema (an upgrade changed what the finder reads), ingest
builds the new table beside it, in a file of its own, and publishes it only once every document is
in (`publish`, a one-line pointer file replaced atomically): meanwhile readers keep searching the
previous, complete table, never a half-filled one. A killed rebuild resumes where it stopped."""

from __future__ import annotations

import os
import secrets
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import fields
from pathlib import Path

from ..errors import IndexMissingError
from ..text import ANALYZER_VERSION, analyze
from .rows import FigureRow

TABLE_NAME = "figures.sqlite"  # the table of a new index (and of every index before pointers)
POINTER = "figures.current"  # the name of the published table, when it is not TABLE_NAME
BUILDING = "figures.building"  # the table being rebuilt beside it, and its schema
# bump: an older table is rebuilt (21: timeline columns' dates; 22: the unit "pts", figures in
# points « +5 pts », « ± 2,2 points », which older tables hold as nothing or as bare numbers;
# 23: points read on positive evidence only, timeline columns ended by a numbered heading;
# 24: a survey's headcount names its study, `headcount_study`; 25: a heading over a bulleted
# list dates its section; 26: shares and approximate counts in words, `proportions_in_words`;
# 27: a bare margin « ± 3,4 » is in points, `bare_margin`; the cells of table rows under a
# heading giving their unit, `heading_row`; 28: the last word of a wrapped sentence alone on its
# line ends its sentence, a key figure's words take the fourth line the third calls for; 29: a
# line of names after a sentence cut on a comma or a linking word goes on that sentence; 30: a
# question heading wrapped over two lines is one heading, not a line of prose; 31: it is read
# as a line of prose again, in the section of the heading above it; 32: a footnote call glued
# to a closing bracket or quote, « (PHARE-Citoyens)1 », is no figure; 33: but a number after an
# opening straight quote or opening a row of numbers is one, « "12 salariés" », « (en %)45 52 »;
# 34: a dated heading under a heading dates its section, a table's caption and cells and a key
# figure's line take the dates of the section they sit in, `block_dated_above`; documents
# dated by their running header; 35: a source clause « selon le volet … » is no measure,
# `source_clause`, an item of a bracketed list goes on the first one's words, `listed_label`;
# 36: an abbreviation's stops cut no measure, a count keeps its relative clause,
# `count_relative`, « avec lesquelles » names its antecedent, `relative_antecedent`; 37: « Pour
# 80 % des foyers, la taxe … » measures the clause after the comma, `share_frame`; 38: after
# the before-stop review: every row of a table dated by its section, a source clause is its
# noun and name, bracketed lists hang on « de », not « des »; 39: a questionnaire's answers
# measured with their question, a tick box's answer code and a class opening a row no figure;
# 40: a measure naming only whom it counts takes the one before or its table's caption, a
# header of years counts no one; 41: after the before-stop review: an answer code only after a
# tick box, a class label only on a line ending with its shares, a question lead only over
# tick-box answers, a header of years only at the end of its line; 43: a population line
# above a cell, partner lists, counts per member, share rows and leads, footnote calls after a
# population, chevron items, dated part names, answer headings, thresholds « et plus »; 44: a
# page's dated title, the publication of the study a document is named after, an undated
# deck's slides carrying the last dated title; 45: a year right after a month is a date, a
# one-line caption too long for a header titles its stacked table, a key figure's caption goes
# on in lines opening in lower case or on an ellipsis, a stacked table's last value is no box
# beside a key figure, a measure keeps its leading negation, an empty answer before a pointing
# share is not its measure, a footnote call before a new sentence ends a clause, « Près de »
# opening a sentence is a qualifier, a singular pointer skips a pair of names; 46: partner
# kinds under a partner heading, a box pointing back to the box before, ranking leads, a
# figure in words then in brackets as one figure, « premières années » as a duration, a
# verdict after a question; 47: a run of shares labelled with partner kinds counts the
# organisations citing them, a figure line ending the phrase above opens no row of boxes,
# fieldwork up to the latest publication a document reports is no plan, a year-column table
# read one cell per line; 48: a duration of one year in words, the values of a form after
# their label and a colon; 49: date column headers and two tables side by side read one cell per
# line, counts opened by « autres », a cell with a bracketed sub-value, a row label
# opening on « Nombre », a row label counting bare values under a generic header, a wrapped row
# label above a figure line, a wrapped heading dated in brackets after a study's name; 50:
# sample sizes « n = 131 », gaps in points and a title's « en % » in tables read one cell per
# line, headers ending on an abbreviation, a first row label wrapped in brackets, a caption
# below, whole-line size classes, ranges and listed bounds as thresholds, a survey method's
# reference shares; 51 to 53: footnotes, chronologies, year-labelled and numbered tables; 54: a
# figure after « label : » measures its label, a survey's base line names its population, an
# amount's endowment and a count's own name, marks given by people, listed points, glued years;
# 55: points written in words or listed signed, « en » counting after a compound past, values
# after « label : », « le nombre de X … atteint N », an opening group, rows
# naming their population under a population header, a lone number above a lone amount; 56:
# a table's caption across a blank line, earlier values in brackets under a cell, a label's
# values listed with their years, a row label's bracketed unit, a caption counting its rows,
# size classes heading columns, rows naming populations under a generic title, an average
# after a subject pronoun, a difference in points between two dated shares, a cell's own points,
# numbers in a count's frame or after a listed population, amounts and ages bounding a class,
# amounts as cells of tables read one cell per line, a one-row table under a numbered caption,
# « alors » dating with the time just told, a key figure said as a floor reading its caption;
# 57: a page's title under a running header, one reader of a row label's unit; 58: dashboards,
# numbered rows, accounts' notes; 59: headcount columns beside shares, one column's unit,
# « N d'entre eux », a kind defined in the singular, kinds of a title's population, seniors;
# 60: answer options, tally columns, ranked partners, averages after their count, clubs, donors)
SCHEMA_VERSION = f"60/{ANALYZER_VERSION}"
ROW_FIELDS = tuple(f.name for f in fields(FigureRow))
NO_TABLE = (
    "Cet index n'a pas encore de table des chiffres : relancez « assistant ingest » "
    "(les documents déjà indexés ne sont pas relus pour leurs passages, seulement pour leurs chiffres)."
)
STALE = (
    "Note : cette table des chiffres a été lue par une version antérieure de l'assistant ; "
    "relancez « assistant ingest » pour la mettre à jour (elle reste consultable d'ici là)."
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
_READ_COLUMNS = {*ROW_FIELDS, "id", "year_num"}  # what a search needs of an older table


def terms(text: str) -> str:
    """What FTS5 indexes and matches: the French analyser's stems, accent-folded."""
    return " ".join(t.replace("%", "") for t in analyze(text))


def _year_num(row: FigureRow) -> int | None:
    year = row.year_start
    if year is None and row.date[:4].isdigit():
        year = int(row.date[:4])
    return year


class FigureTable:
    """The figures of one index folder. Light to build; the files are found and opened per call
    (a long-running reader sees a table published since)."""

    def __init__(self, index_dir: Path) -> None:
        self.index_dir = Path(index_dir)

    @property
    def path(self) -> Path:
        """The published table, the one searches read."""
        try:
            name = (self.index_dir / POINTER).read_text(encoding="utf-8").strip()
        except FileNotFoundError:
            name = ""
        return self.index_dir / (Path(name).name or TABLE_NAME)

    def _target(self) -> Path:
        """The table ingest writes: the published one, unless it holds another schema; then a
        file of its own beside it (named in BUILDING, so that a killed rebuild resumes in it),
        published when complete."""
        published = self.path
        if not published.is_file() or _schema(published) == SCHEMA_VERSION:
            return published
        try:
            name, schema = (self.index_dir / BUILDING).read_text(encoding="utf-8").split("\n")[:2]
        except (FileNotFoundError, ValueError):
            name = schema = ""
        if schema != SCHEMA_VERSION or not Path(name).name:
            name = f"figures-{secrets.token_hex(6)}.sqlite"  # never a name used before
            _replace_text(self.index_dir / BUILDING, f"{name}\n{SCHEMA_VERSION}")
        return self.index_dir / Path(name).name

    def exists(self) -> bool:
        """Whether there is a table to search: of this schema, or complete and of an older one
        with the same columns (served until ingest publishes its rebuild; see `stale`)."""
        path = self.path
        if not path.is_file():
            return False
        schema, readable = _describe(path)
        return schema is not None and readable

    def stale(self) -> bool:
        """Whether the table searched was written by an older version of the finder."""
        path = self.path
        return path.is_file() and _schema(path) != SCHEMA_VERSION

    @contextmanager
    def _connect(self, path: Path | None = None) -> Iterator[sqlite3.Connection]:
        db = sqlite3.connect(path or self.path, timeout=30)
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
        """Whether the table being written holds this version (content key) of the document."""
        target = self._target()
        if not target.is_file():
            return False
        with self._connect(target) as db:
            self._writable(db)
            row = db.execute("SELECT key FROM documents WHERE source = ?", (source,)).fetchone()
        return row is not None and row[0] == key

    def replace_document(self, source: str, key: str, rows: Sequence[FigureRow]) -> None:
        """Make `rows` the figures of `source` (version `key`), in one transaction."""
        self.replace_documents([(source, key, rows)])

    def replace_documents(self, docs: Sequence[tuple[str, str, Sequence[FigureRow]]]) -> None:
        """Each (source, key, rows): `rows` become the figures of `source` (version `key`); all
        in one transaction (ingest writes a group of files at once: one commit, not one each)."""
        self.index_dir.mkdir(parents=True, exist_ok=True)
        marks = ", ".join("?" * (len(ROW_FIELDS) + 1))
        with self._connect(self._target()) as db:
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
        target = self._target()
        if not target.is_file():
            return
        with self._connect(target) as db:
            self._writable(db)
            with db:
                _delete(db, source)

    def sources(self) -> dict[str, str]:
        """Documents in the table being written, with their content key."""
        target = self._target()
        if not target.is_file():
            return {}
        with self._connect(target) as db:
            self._writable(db)
            return dict(db.execute("SELECT source, key FROM documents").fetchall())

    def publish(self) -> None:
        """Once ingest has been through every document: make a table built beside the
        published one the one searches read (the pointer file replaced in one step). The
        previous table stays, a reader may still be on it; older ones are removed."""
        target, published = self._target(), self.path
        if target == published:
            return
        with self._connect(target) as db:  # a corpus left with no document: an empty table
            self._writable(db)
        _replace_text(self.index_dir / POINTER, target.name)
        (self.index_dir / BUILDING).unlink(missing_ok=True)
        for old in self.index_dir.glob("figures*.sqlite"):
            if old not in (target, published):
                for part in (
                    old,
                    old.with_name(old.name + "-wal"),
                    old.with_name(old.name + "-shm"),
                ):
                    part.unlink(missing_ok=True)


def _replace_text(path: Path, text: str) -> None:
    """Write a small file in one step: readers see the old text or the new, never part."""
    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    with open(tmp, "w", encoding="utf-8") as fh:
        fh.write(text)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)


def _describe(path: Path) -> tuple[str | None, bool]:
    """A table file's schema mark (None: none, or not a table) and whether it has what a search
    reads (its columns and the full-text table), opened read-only."""
    try:
        db = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=30)
        try:
            mark = db.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone()
            columns = {r[1] for r in db.execute("PRAGMA table_info(figures)")}
            fts = db.execute("SELECT 1 FROM sqlite_master WHERE name = 'figures_fts'").fetchone()
        finally:
            db.close()
    except sqlite3.Error:
        return None, False
    return (None if mark is None else str(mark[0])), fts is not None and columns >= _READ_COLUMNS


def _schema(path: Path) -> str | None:
    return _describe(path)[0]


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
