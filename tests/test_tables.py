"""The read-side tables (passages, BM25, IDF, banners, spelling vocabulary, documents, page and
document maps): built once by ingest and saved under the index's stamp; a process that opens
the index loads them and builds nothing; stale or missing, they are rebuilt once and saved;
what a reader loads is what an in-memory build computes. Real PDFs, real Chroma, real ingest."""

from __future__ import annotations

import json
import logging
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from small_corpus import DOCS, write_edition

from assistant.ingest.run import ingest
from assistant.reading.query import Query
from assistant.search import lexical
from assistant.search.generation import read_stamp
from assistant.search.index import Index, open_index, tables_dir
from assistant.search.live import warm
from assistant.search.retrieve import retrieve
from assistant.search.tables import BUILDS, Tables
from assistant.settings import Settings
from assistant.text import analyze
from assistant.types import SearchFilter

ROOT = Path(__file__).resolve().parent.parent
QUESTIONS = [
    "Que désigne le M.E.D.O.C. ?",
    "Quand la fondation des territoires a-t-elle été créée ?",
    "quelle part des francais estiment qu'il existe un devoir d'aliance ?",
    "Combien de maires expriment un besoin d'alliance ?",
]
FILTERS = [
    SearchFilter(),
    SearchFilter(kinds=("fiche",)),
    SearchFilter(year_min=2020, year_max=2022),
    SearchFilter(kinds=("bulletin",), year_min=2022),
]


def settings_in(folder: Path) -> Settings:
    return Settings(
        corpus_dir=folder / "corpus",
        index_dir=folder / "index",
        data_dir=folder / "data",
        embedding={"model": "hashing"},
    )


@pytest.fixture
def built(tmp_path: Path) -> Settings:
    s = settings_in(tmp_path)
    write_edition(s.corpus_dir, list(DOCS))
    ingest(s)
    return s


def mtimes(folder: Path) -> dict[str, int]:
    return {str(p.relative_to(folder)): p.stat().st_mtime_ns for p in folder.rglob("*")}


def fingerprint_of(index: Index) -> dict:
    """Everything a reader gets from the tables, in comparable form."""
    pages = sorted({(c.doc.source, c.page) for c in index.chunks.values()})
    return {
        "idf": index.idf,
        "banners": index.banners,
        "documents": index.documents(),
        "sources": index.sources,
        "spelling": [index.spelling.correct(q) for q in QUESTIONS],
        "pages": [index.page_text(s, p) for s, p in pages],
        "within": [index.passages_within(f) for f in FILTERS],
        "positions": [
            None if (p := index.positions_within(f)) is None else [index.lexical.ids[i] for i in p]
            for f in FILTERS
        ],
        "hits": [
            [
                (h.chunk.id, round(h.score, 9), h.lexical_score)
                for h in retrieve(index, Query(q), f).hits
            ]
            for q in QUESTIONS
            for f in FILTERS
        ],
    }


def test_a_reader_builds_nothing_and_gets_what_an_in_memory_build_computes(built):
    BUILDS.clear()
    index = open_index(built)
    warm(index)  # what the first answer needs
    loaded = fingerprint_of(index)
    assert not BUILDS, BUILDS
    assert index.lexical._bm25 is not None
    assert isinstance(index.lexical._bm25.scores["data"], __import__("numpy").memmap)

    fresh = Tables({c.id: c for c in index.store.all_chunks()})
    memory = Index(built, index.store, index.embedder, fresh.lexical, fresh.chunks, fresh)
    assert fingerprint_of(memory) == loaded
    for f, ids, positions in zip(FILTERS, loaded["within"], loaded["positions"], strict=True):
        assert (ids is None) == (positions is None) == f.is_empty()
        assert f.is_empty() or sorted(ids) == positions  # the lexical index's order is sorted ids
    assert {"lexical", "idf", "spelling", "banners", "by_page"} <= set(BUILDS)


def test_a_new_process_answers_without_building_or_writing(built):
    before = mtimes(built.index_dir)
    code = (
        "import json, sys\n"
        "from assistant.assistant import Assistant\n"
        "from assistant.settings import Settings\n"
        "from assistant.search.tables import BUILDS\n"
        "a = Assistant.from_settings(Settings.model_validate_json(sys.argv[1]), build=False)\n"
        "print(json.dumps({'answer': a.ask(sys.argv[2]).text, 'builds': BUILDS}))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code, built.model_dump_json(), QUESTIONS[1]],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    result = json.loads(out.stdout)
    assert result["builds"] == {} and "14 juin 2022" in result["answer"]
    tables = str(tables_dir(built).relative_to(built.index_dir))
    after = mtimes(built.index_dir)
    assert {k: v for k, v in after.items() if k.startswith(tables)} == {
        k: v for k, v in before.items() if k.startswith(tables)
    }


@pytest.mark.parametrize("damage", ["stale", "missing"])
def test_stale_or_missing_tables_are_rebuilt_once_then_loaded(built, damage, caplog):
    reference = fingerprint_of(open_index(built))
    folder = tables_dir(built)
    if damage == "stale":  # tables of an earlier generation
        meta = json.loads((folder / "meta.json").read_text())
        (folder / "meta.json").write_text(json.dumps(meta | {"stamp": "0" * 64}))
    else:  # an index built before the tables existed
        shutil.rmtree(folder)
    BUILDS.clear()
    with caplog.at_level(logging.WARNING, logger="assistant.search.index"):
        first = open_index(built)
    assert BUILDS["lexical"] == 1 and BUILDS["spelling"] == 1
    assert "reconstruites depuis Chroma" in caplog.text
    generation = read_stamp(built.index_dir)
    assert generation is not None
    assert json.loads((folder / "meta.json").read_text())["stamp"] == generation.tables
    BUILDS.clear()
    second = open_index(built)
    assert fingerprint_of(second) == fingerprint_of(first) == reference
    assert not BUILDS


def test_ingest_repairs_stale_tables_without_a_new_generation(built):
    folder = tables_dir(built)
    meta = json.loads((folder / "meta.json").read_text())
    (folder / "meta.json").write_text(json.dumps(meta | {"stamp": "0" * 64}))
    generation = read_stamp(built.index_dir)
    report = ingest(built)
    assert report.count("unchanged") == len(DOCS)
    assert json.loads((folder / "meta.json").read_text())["stamp"] == meta["stamp"]
    assert read_stamp(built.index_dir) == generation  # same passages: nothing to swap to
    BUILDS.clear()
    open_index(built)
    assert not BUILDS


def test_ingest_rebuilds_the_tables_of_what_changed(built, monkeypatch):
    before = open_index(built)
    names = [n for n in DOCS if n != "bulletin-2022.pdf"]
    write_edition(built.corpus_dir, names)
    analysed = []

    def counting(text: str) -> list[str]:
        analysed.append(text)
        return analyze(text)

    monkeypatch.setattr(lexical, "analyze", counting)
    ingest(built)
    assert analysed == []  # a file removed: nothing new to analyse, BM25 rebuilt from terms
    catalogue = built.corpus_dir / "catalogue.toml"
    retitled = catalogue.read_text(encoding="utf-8").replace(
        DOCS["etude-2019.pdf"][2], "Le M.E.D.O.C. et les synergies"
    )
    catalogue.write_text(retitled, encoding="utf-8")
    ingest(built)
    etude = [c for c in open_index(built).chunks.values() if c.doc.source == "etude-2019.pdf"]
    assert len(analysed) == len(etude)  # the retitled document's passages, and only them
    assert all(a.startswith("Le M.E.D.O.C. et les synergies\n") for a in analysed)
    monkeypatch.undo()
    BUILDS.clear()
    after = open_index(built)
    assert not BUILDS
    assert "bulletin-2022.pdf" in before.sources and "bulletin-2022.pdf" not in after.sources
    assert not after.passages_within(SearchFilter(kinds=("bulletin",)))
    fresh = Tables({c.id: c for c in after.store.all_chunks()})
    assert after.tables.stamp == fresh.stamp
    assert after.idf == fresh.idf and after.documents() == fresh.documents
    assert after.lexical.ids == fresh.lexical.ids
    for q in [*QUESTIONS, "synergies"]:
        assert after.lexical.search(q, 20) == fresh.lexical.search(q, 20)
    assert after.lexical.search("synergies", 3)


def test_dense_search_within_a_filter_matches_chromas_filtered_search(built):
    """The nearest passages of all, filtered here, are those Chroma's `where` finds."""
    from assistant.search.retrieve import dense_within

    index = open_index(built)
    chroma_calls = []
    search = index.store.search

    def spy(vector, k, filt):
        chroma_calls.append(filt)
        return search(vector, k, filt)

    index.store.search = spy  # type: ignore[method-assign]
    nearest = index.store.nearest_ids

    def spy_nearest(vector, k):
        chroma_calls.append(k)
        return nearest(vector, k)

    index.store.nearest_ids = spy_nearest  # type: ignore[attr-defined]
    for q in QUESTIONS:
        vector = index.embedder.embed_query(q)
        for f in FILTERS[1:]:
            within = index.positions_within(f)
            chroma_calls.clear()
            got = dense_within(index, vector, 2, f, within)
            # (equal scores may come in another order: the demo PDFs share a cover page)
            assert [s for _, s in got] == [s for _, s in search(vector, 2, f)]
            assert all(f.matches(c.metadata()) for c, _ in got)
    # "fiche" keeps half the passages: the nearest ids of all, without Chroma's `where`
    chroma_calls.clear()
    dense_within(
        index,
        index.embedder.embed_query(QUESTIONS[2]),
        1,
        FILTERS[1],
        index.positions_within(FILTERS[1]),
    )
    assert len(chroma_calls) == 1 and isinstance(chroma_calls[0], int)
