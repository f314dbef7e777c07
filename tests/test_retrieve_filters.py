"""A kind, year or document filter restricts the passages through the per-document table,
with the same passages, and so the same hits, as a scan of every passage's metadata."""

import itertools

import pytest
from small_corpus import write_small_corpus

from assistant.ingest.run import ingest
from assistant.reading.query import Query
from assistant.search import retrieve as retrieve_module
from assistant.search.embed import HashingEmbedder
from assistant.search.index import Index, lexical_text, open_index
from assistant.search.lexical import LexicalIndex
from assistant.search.store import MemoryStore
from assistant.settings import Settings
from assistant.types import Chunk, DocInfo, SearchFilter


def scanned(index: Index, filt: SearchFilter) -> set[str] | None:
    """The scan the table replaced: every passage's metadata against the filter."""
    if filt.is_empty():
        return None
    return {cid for cid, c in index.chunks.items() if filt.matches(c.metadata())}


def filters(kinds, years, sources):
    yield SearchFilter()
    for kind in kinds:
        yield SearchFilter(kinds=(kind,))
    yield SearchFilter(kinds=tuple(kinds[:2]))
    for lo, hi in itertools.product([None, *years], [None, *years]):
        yield SearchFilter(year_min=lo, year_max=hi)
        yield SearchFilter(kinds=(kinds[0],), year_min=lo, year_max=hi)
    for source in sources:
        yield SearchFilter(sources=(source,))
        yield SearchFilter(sources=(source,), year_max=max(years))
    yield SearchFilter(kinds=("absent",))


def same_as_the_scan(index: Index, questions: list[str], monkeypatch) -> int:
    kinds = sorted({c.doc.kind for c in index.chunks.values()})
    years = sorted({c.doc.year for c in index.chunks.values() if c.doc.year})
    sources = sorted(index.sources)
    cases = list(filters(kinds, years, sources))
    for filt in cases:
        assert index.passages_within(filt) == scanned(index, filt), filt
    table = [
        [h.chunk.id for h in retrieve_module.retrieve(index, Query(q), f).hits]
        for q in questions
        for f in cases
    ]
    monkeypatch.setattr(Index, "passages_within", scanned)
    scan = [
        [h.chunk.id for h in retrieve_module.retrieve(index, Query(q), f).hits]
        for q in questions
        for f in cases
    ]
    assert table == scan
    return sum(map(bool, table))


def test_filters_on_the_small_corpus_keep_what_the_scan_kept(make_settings, tmp_path, monkeypatch):
    settings = make_settings(write_small_corpus(tmp_path / "corpus"))
    ingest(settings)
    index = open_index(settings)
    questions = [
        "Quelle part des Français pense qu'il existe un devoir d'alliance ?",
        "Qui préside le RAMEAU ?",
        "Que désigne le M.E.D.O.C. ?",
    ]
    assert same_as_the_scan(index, questions, monkeypatch) > 20


@pytest.fixture
def mixed_index() -> Index:
    """Documents of every kind, some without a date, one source indexed under two kinds."""
    docs = [
        DocInfo(source="a.pdf", title="Alliances", kind="fiche", date="2016-05"),
        DocInfo(source="b.pdf", title="Bulletin", kind="bulletin", date="2022"),
        DocInfo(source="c.pdf", title="Sans date", kind="étude", date=""),
        DocInfo(source="d.pdf", title="Territoires", kind="fiche", date="2021-03-02"),
        DocInfo(source="d.pdf", title="Territoires", kind="autre", date="2021-03-02"),
    ]
    texts = [
        "Les alliances entre associations et entreprises progressent sur les territoires.",
        "Les collectivités financent les associations et les alliances locales.",
    ]
    chunks = [
        Chunk(f"{n}-{m}", doc, 1, "1", 0, len(t), t, position=m)
        for n, doc in enumerate(docs)
        for m, t in enumerate(texts)
    ]
    store = MemoryStore(HashingEmbedder())
    store.upsert(chunks)
    lexical = LexicalIndex.build([c.id for c in chunks], [lexical_text(c) for c in chunks])
    return Index(Settings(), store, store.embedder, lexical, {c.id: c for c in chunks})


def test_filters_on_documents_without_a_date_or_with_two_kinds(mixed_index, monkeypatch):
    assert mixed_index.passages_within(SearchFilter(year_max=2030)) == {
        f"{n}-{m}" for n in (0, 1, 3, 4) for m in (0, 1)
    }  # a passage without a year is kept by a lower bound only
    assert mixed_index.passages_within(SearchFilter(kinds=("autre",))) == {"4-0", "4-1"}
    assert same_as_the_scan(mixed_index, ["alliances des associations"], monkeypatch) > 10
