"""Small files are stored as a group, several per store call, against real Chroma: a file is
recorded in the manifest only once its passages are stored, and a run killed between groups
leaves an index the next run completes to a clean build's."""

from __future__ import annotations

import shutil

import pytest
from pdf_factory import make_text_pdf
from test_ingest import PARA, state, write_corpus

from assistant.finder.table import FigureTable
from assistant.ingest import files
from assistant.ingest.manifest import load_manifest
from assistant.ingest.run import ingest
from assistant.search.embed import HashingEmbedder
from assistant.search.store import ChromaStore
from assistant.types import Chunk


class Crash(BaseException):
    """What a kill looks like from inside: nothing catches it."""


class WatchedStore(ChromaStore):
    """A real Chroma store that checks, at each call, that every file the manifest on disk
    records has all its passages stored; and dies at its `crash_at`-th upsert."""

    def __init__(self, settings, crash_at: int = 0) -> None:
        super().__init__(settings, HashingEmbedder())
        self.settings_, self.crash_at, self.upserts = settings, crash_at, 0

    def recorded_are_stored(self) -> bool:
        manifest = load_manifest(self.settings_.index_dir, self.settings_.fingerprint())
        return {i for e in manifest.files.values() for i in e.chunk_ids} <= self.ids()

    def upsert(self, chunks: list[Chunk]) -> None:
        assert self.recorded_are_stored()
        self.upserts += 1
        if self.upserts == self.crash_at:
            raise Crash
        super().upsert(chunks)

    def delete(self, ids) -> None:
        ids = list(ids)
        super().delete(ids)
        assert self.recorded_are_stored()


@pytest.fixture
def corpus(tmp_path):
    """Twelve one-page files, two of them identical (they share their passages)."""
    folder = tmp_path / "corpus"
    write_corpus(folder, 12, pages=1)
    shutil.copy(folder / "fiche-03.pdf", folder / "fiche-03-copie.pdf")
    return folder


def test_small_files_share_store_calls_and_are_recorded_after_them(make_settings, corpus):
    s = make_settings(corpus)
    store = WatchedStore(s)
    report = ingest(s, store=store)
    assert report.count("added") == 13
    assert [f.source for f in report.files] == sorted(f.source for f in report.files)
    assert store.upserts == 1  # 13 files, one call (it was one call per file)
    assert store.recorded_are_stored()
    make_text_pdf(corpus / "fiche-05.pdf", [PARA.format(n=555)])  # changed: replaced
    (corpus / "fiche-07.pdf").unlink()
    again = WatchedStore(s)
    report = ingest(s, store=again)
    assert (report.count("replaced"), report.count("removed"), again.upserts) == (1, 1, 1)
    clean = make_settings(corpus).model_copy(update={"index_dir": corpus.parent / "clean"})
    ingest(clean)
    assert state(s) == state(clean)
    assert figures(s) == figures(clean)
    assert figures(s) == figures(clean) and len(figures(s)) == 12


def figures(settings) -> dict[str, tuple[str, int]]:
    """Each document of the figures table: its content key and how many figures it holds."""
    with FigureTable(settings.index_dir).reading() as db:
        rows = db.execute(
            "SELECT d.source, d.key, COUNT(f.id) FROM documents d "
            "LEFT JOIN figures f ON f.source = d.source GROUP BY d.source"
        ).fetchall()
    return {source: (key, n) for source, key, n in rows}


def test_a_run_killed_between_groups_is_completed_by_the_next(make_settings, corpus, monkeypatch):
    monkeypatch.setattr(files, "GROUP_FILES", 4)
    s = make_settings(corpus)
    with pytest.raises(Crash):
        ingest(s, store=WatchedStore(s, crash_at=2))
    manifest = load_manifest(s.index_dir, s.fingerprint())
    # the first group is recorded whole, the second (killed while storing) not at all
    assert sorted(manifest.files) == [
        "fiche-00.pdf",
        "fiche-01.pdf",
        "fiche-02.pdf",
        "fiche-03-copie.pdf",
    ]
    store = WatchedStore(s)
    report = ingest(s, store=store)
    assert report.count("unchanged") == 4 and report.count("added") == 9
    assert store.upserts == 3  # 9 files by groups of 4
    clean = make_settings(corpus).model_copy(update={"index_dir": corpus.parent / "clean"})
    ingest(clean)
    assert state(s) == state(clean)
    assert figures(s) == figures(clean)
