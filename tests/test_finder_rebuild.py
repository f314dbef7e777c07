"""A figures table of an older schema (an upgrade changed what the finder reads) is rebuilt beside
the published one: searches keep reading the old, complete table until every document is in, a
killed rebuild leaves it untouched and resumes, and the CLI says the table is stale meanwhile.
Real PDFs, real SQLite, a real ingest; the kill is a real SIGKILL of an ingest process."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from small_corpus import write_small_corpus

from assistant.cli import EXIT_OK, run
from assistant.finder.rows import FigureQuery
from assistant.finder.search import search
from assistant.finder.table import POINTER, SCHEMA_VERSION, TABLE_NAME, FigureTable
from assistant.ingest.run import ingest


def _age(path: Path) -> None:
    """Mark a table as written by an older version of the finder."""
    with sqlite3.connect(path) as db:
        db.execute("UPDATE meta SET value = 'older/0' WHERE key = 'schema'")


def _texts(table: FigureTable) -> list[tuple[str, str, int]]:
    return sorted(
        (r.source, r.text, r.start) for r in search(table, FigureQuery(limit=500)).figures
    )


@pytest.fixture
def aged(make_settings, tmp_path):
    """An index whose figures table holds every document, under an older schema mark."""
    settings = make_settings(write_small_corpus(tmp_path / "corpus"))
    ingest(settings)
    table = FigureTable(settings.index_dir)
    full = _texts(table)
    assert len(full) >= 5 and len({s for s, _, _ in full}) >= 3
    _age(settings.index_dir / TABLE_NAME)
    return settings, full


def test_readers_see_the_old_complete_table_until_the_rebuild_is_published(aged, monkeypatch):
    settings, full = aged
    table = FigureTable(settings.index_dir)
    assert table.stale() and _texts(table) == full  # an older table is still searched
    seen: list[list[tuple[str, str, int]]] = []
    write = FigureTable.replace_documents

    def write_then_look(self, docs):
        write(self, docs)
        seen.append(_texts(FigureTable(settings.index_dir)))  # a reader, mid-rebuild

    monkeypatch.setattr(FigureTable, "replace_documents", write_then_look)
    report = ingest(settings)
    assert all(f.status == "unchanged" for f in report.files)  # only the figures read again
    assert len(seen) >= 3  # one write per document: the reader looked between them
    assert all(s == full for s in seen)  # never a half-filled table
    assert not table.stale() and _texts(table) == full
    assert table.path != settings.index_dir / TABLE_NAME  # the rebuild, published by pointer
    assert (settings.index_dir / POINTER).read_text(encoding="utf-8") == table.path.name
    assert (settings.index_dir / TABLE_NAME).is_file()  # the previous one: a reader may be on it


def test_without_the_swap_a_reader_would_see_a_partial_table(aged, monkeypatch):
    """The test above can fail: writing in place (the published file as the target) shows a
    reader the table half-filled."""
    settings, full = aged
    seen: list[int] = []
    write = FigureTable.replace_documents

    def write_then_look(self, docs):
        write(self, docs)
        seen.append(len(_texts(FigureTable(settings.index_dir))))

    monkeypatch.setattr(FigureTable, "replace_documents", write_then_look)
    monkeypatch.setattr(FigureTable, "_target", lambda self: self.path)
    ingest(settings)
    assert min(seen) < len(full)


def test_a_killed_rebuild_leaves_the_old_table_and_resumes(aged):
    settings, full = aged
    script = textwrap.dedent(
        f"""
        import os, signal
        from pathlib import Path
        from assistant.finder.table import FigureTable
        from assistant.ingest.run import ingest
        from assistant.settings import Settings

        calls = []
        write = FigureTable.replace_documents

        def write_then_die(self, docs):
            write(self, docs)
            calls.append(1)
            if len(calls) == 2:
                os.kill(os.getpid(), signal.SIGKILL)

        FigureTable.replace_documents = write_then_die
        ingest(Settings(corpus_dir=Path({str(settings.corpus_dir)!r}),
                        index_dir=Path({str(settings.index_dir)!r}),
                        data_dir=Path({str(settings.data_dir)!r}),
                        embedding={{"model": "hashing"}}))
        """
    )
    done = subprocess.run([sys.executable, "-c", script], cwd=Path(__file__).parent.parent)
    assert done.returncode == -signal.SIGKILL
    table = FigureTable(settings.index_dir)
    assert table.stale() and _texts(table) == full  # the kill left the published table alone
    assert not (settings.index_dir / POINTER).exists()
    building = table._target()
    assert building != table.path and len(_rows_by_source(building)) == 2  # two documents in
    ingest(settings)  # resumes: the two documents written are not read again
    assert table.path == building and not table.stale() and _texts(table) == full


def _rows_by_source(path: Path) -> dict[str, str]:
    with sqlite3.connect(path) as db:
        return dict(db.execute("SELECT source, key FROM documents").fetchall())


def test_cli_says_the_table_is_stale_and_a_rebuild_removes_tables_older_than_the_previous(
    aged, capsys
):
    settings, full = aged
    args = ["figures", "--corpus", str(settings.corpus_dir), "--index", str(settings.index_dir)]
    assert run(args) == EXIT_OK
    out, err = capsys.readouterr()
    assert "version antérieure" in err and "assistant ingest" in err and "%" in out
    ingest(settings)
    assert run(args) == EXIT_OK
    assert "version antérieure" not in capsys.readouterr().err
    table = FigureTable(settings.index_dir)
    first = table.path
    _age(first)  # a second upgrade
    ingest(settings)
    assert table.path not in (first, settings.index_dir / TABLE_NAME)
    assert first.is_file()  # previous: kept
    assert not (settings.index_dir / TABLE_NAME).exists()  # older: removed
    assert not any(p.name.startswith(TABLE_NAME) for p in settings.index_dir.iterdir())
    assert _texts(table) == full and not table.stale()


def test_a_table_a_search_cannot_read_is_missing(make_settings, tmp_path):
    index = tmp_path / "index"
    index.mkdir()
    with sqlite3.connect(index / TABLE_NAME) as db:  # another version, other columns
        db.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
        db.execute("INSERT INTO meta VALUES ('schema', '1/0')")
        db.execute("CREATE TABLE figures (id INTEGER PRIMARY KEY, text TEXT)")
    assert not FigureTable(index).exists()
    assert SCHEMA_VERSION != "1/0"


def test_a_corpus_emptied_during_an_upgrade_publishes_an_empty_table(aged):
    settings, _ = aged
    for pdf in settings.corpus_dir.glob("*.pdf"):
        os.unlink(pdf)
    ingest(settings)
    table = FigureTable(settings.index_dir)
    assert not table.stale() and _texts(table) == []
