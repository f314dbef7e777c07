"""Index generations: ingest publishes one when the index changed (a stamp file replaced
atomically, and the Chroma collection's metadata); a long-running process's IndexHolder sees
another process's ingest, swaps to it, and answers already under way end on the generation they
began on. Real Chroma (embedded and server), real PDFs, real ingest processes."""

from __future__ import annotations

import gc
import subprocess
import sys
import threading
import weakref

import pytest
from servers import chroma_server
from small_corpus import COVER, write_edition

from assistant.answer.generators import ExtractiveGenerator
from assistant.assistant import Assistant
from assistant.ingest.run import ingest
from assistant.reading.query import Query
from assistant.search.embed import HashingEmbedder
from assistant.search.generation import (
    STAMP_NAME,
    FileStamp,
    Generation,
    publish,
    read_stamp,
    write_stamp,
)
from assistant.search.index import open_index
from assistant.search.live import IndexHolder
from assistant.search.retrieve import retrieve
from assistant.search.store import ChromaStore
from assistant.settings import REFUSAL
from assistant.types import IngestReport, SearchFilter

EDITION_A = ["fiche-2016.pdf", "fiche-2021.pdf", "etude-2019.pdf"]
EDITION_B = ["fiche-2016.pdf", "fiche-2021.pdf", "bulletin-2022.pdf"]
ON_ETUDE = "Que désigne le M.E.D.O.C. ?"
ON_BULLETIN = "Quand la Fondation des Territoires a-t-elle été créée ?"
MANUAL = 3600.0  # a holder's own checks wait that long: the test calls refresh() itself


def ingest_elsewhere(settings) -> None:
    """`assistant ingest` in another process, as an operator runs it next to a live server."""
    cmd = [sys.executable, "-m", "assistant.cli", "ingest", "--corpus", str(settings.corpus_dir)]
    cmd += ["--index", str(settings.index_dir), "--embedding", settings.embedding.model]
    subprocess.run(cmd, check=True, capture_output=True)


def dense_sources(index, text: str, inner: bool = False) -> list[str]:
    """Documents of the nearest passages to `text` by the vectors alone (Chroma's HNSW)."""
    store = index.store.inner if inner else index.store
    hits = store.search(index.embedder.embed_query(text), 5, SearchFilter())
    return [c.doc.source for c, _ in hits]


def passage_of(index, source: str) -> str:
    """A passage only that document holds (not the cover page they share)."""
    return next(
        c.text for c in index.chunks.values() if c.doc.source == source and COVER not in c.text
    )


def test_ingest_publishes_a_generation_when_the_index_changes(make_settings, tmp_path):
    s = make_settings(tmp_path / "corpus")
    write_edition(s.corpus_dir, EDITION_A)
    ingest(s)
    first = read_stamp(s.index_dir)
    assert first is not None and first.fingerprint == s.fingerprint()
    assert first.lexical == open_index(s).lexical.stamp
    store = ChromaStore(s, HashingEmbedder(), create=False)
    assert store.generation() == first  # in Chroma too, for processes sharing only Chroma
    ingest(s)  # nothing changed: nothing to swap to
    assert read_stamp(s.index_dir) == first
    write_edition(s.corpus_dir, EDITION_B)
    ingest(s)
    second = read_stamp(s.index_dir)
    assert second is not None and second.id != first.id and second.lexical != first.lexical
    assert store.generation() == second
    # Stamping rewrote the collection's metadata: what else it held is kept, vectors still
    # compared by cosine (a passage's own text scores 1).
    meta = store.client.get_collection(store.name).metadata
    assert meta["fingerprint"] == s.fingerprint() and meta["embedding"] == "hashing"
    index = open_index(s)
    text = passage_of(index, "bulletin-2022.pdf")
    assert index.store.search(index.embedder.embed_query(text), 1, SearchFilter())[0][
        1
    ] == pytest.approx(1.0, abs=1e-5)


def test_an_unchanged_index_gets_a_stamp_if_it_had_none(make_settings, tmp_path):
    """An index built before generations existed: its first ingest stamps one."""
    s = make_settings(tmp_path / "corpus")
    write_edition(s.corpus_dir, EDITION_A)
    ingest(s)
    (s.index_dir / STAMP_NAME).unlink()
    ingest(s)
    assert read_stamp(s.index_dir) is not None


def test_publish_without_chroma_writes_the_file(tmp_path, make_settings):
    s = make_settings(tmp_path / "corpus")
    report = IngestReport(files=[], fingerprint=s.fingerprint())
    made = publish(s, object(), report, "lexical-stamp")
    assert made is not None and read_stamp(s.index_dir) == made
    assert publish(s, object(), report, "lexical-stamp") is None
    assert publish(s, object(), report, "another") is not None


def test_a_reader_never_sees_half_a_stamp(tmp_path):
    write_stamp(tmp_path, Generation("g0", "f", "l", 0.0))
    done = threading.Event()
    seen: list[Generation | None] = []

    def read() -> None:
        while not done.is_set():
            seen.append(read_stamp(tmp_path))

    reader = threading.Thread(target=read)
    reader.start()
    try:
        for i in range(300):
            write_stamp(tmp_path, Generation(f"g{i}", "f", "l" * (i % 7), float(i)))
    finally:
        done.set()
        reader.join()
    assert seen and None not in seen
    assert read_stamp(tmp_path) == Generation("g299", "f", "l" * (299 % 7), 299.0)
    assert not list(tmp_path.glob(".generation-*"))  # no temporary file left behind


def test_file_stamp_reads_the_file_again_only_when_it_changed(tmp_path):
    stamp = FileStamp(tmp_path)
    assert stamp.read() is None and not stamp.moved()
    write_stamp(tmp_path, Generation("g1", "f", "l", 1.0))
    assert stamp.moved()
    assert stamp.read() == Generation("g1", "f", "l", 1.0)
    assert not stamp.moved()
    write_stamp(tmp_path, Generation("g2", "f", "l", 2.0))
    assert stamp.moved() and stamp.read().id == "g2"  # type: ignore[union-attr]


def test_holder_swaps_to_what_another_process_ingested(make_settings, tmp_path):
    s = make_settings(tmp_path / "corpus")
    write_edition(s.corpus_dir, EDITION_A)
    ingest_elsewhere(s)
    holder = IndexHolder.open(s, interval=MANUAL)
    old = holder.current()
    etude = passage_of(old, "etude-2019.pdf")
    assert "etude-2019.pdf" in old.sources and dense_sources(old, etude)[0] == "etude-2019.pdf"
    assert holder.refresh() is False  # nothing new yet
    write_edition(s.corpus_dir, EDITION_B)
    ingest_elsewhere(s)
    assert holder.refresh() is True
    new = holder.current()
    assert new is not old and holder.generation == read_stamp(s.index_dir).id  # type: ignore[union-attr]
    assert new.sources == frozenset(EDITION_B)
    # Chroma's vectors as the other process left them: the new passages are found by their
    # vectors, the deleted ones are gone (an embedded client reopened in the same process
    # would still hold the HNSW segments it loaded first).
    bulletin = passage_of(new, "bulletin-2022.pdf")
    assert dense_sources(new, bulletin, inner=True)[0] == "bulletin-2022.pdf"
    assert "etude-2019.pdf" not in dense_sources(new, etude, inner=True)
    # The old generation still serves whoever holds it (its vectors of a deleted document are
    # gone from Chroma, which keeps no snapshots; its passages and lexical index remain)...
    assert retrieve(old, Query(ON_ETUDE)).hits[0].chunk.doc.source == "etude-2019.pdf"
    assert holder.refresh() is False
    # ...and is closed (its Chroma System stopped) once nobody does.
    chroma = old.store.inner  # type: ignore[attr-defined]
    system = chroma.client._server._system
    gone = weakref.ref(old)
    del old
    gc.collect()
    assert gone() is None and chroma.closed and not system._running
    # The new generation's System is untouched.
    assert new.store.inner.client._server._system._running  # type: ignore[attr-defined]
    assert dense_sources(new, bulletin)[0] == "bulletin-2022.pdf"


def test_two_holders_on_one_index_do_not_close_each_other(make_settings, tmp_path):
    """Both open the same embedded Chroma System; the first to swap must not stop it under
    the other, which still answers from it until it swaps in turn."""
    s = make_settings(tmp_path / "corpus")
    write_edition(s.corpus_dir, EDITION_A)
    ingest_elsewhere(s)
    first, second = (IndexHolder.open(s, interval=MANUAL) for _ in range(2))
    write_edition(s.corpus_dir, EDITION_B)
    ingest_elsewhere(s)
    assert first.refresh() is True
    gc.collect()  # the first holder's old generation is gone
    still = second.current()
    fiche = passage_of(still, "fiche-2021.pdf")
    assert dense_sources(still, fiche)[0] == "fiche-2021.pdf"
    assert second.refresh() is True
    assert dense_sources(second.current(), fiche)[0] == "fiche-2021.pdf"


class PausedAnswerer(ExtractiveGenerator):
    """The extractive answerer; its first answer waits, once its sources are out, until told."""

    def __init__(self) -> None:
        super().__init__()
        self.waiting = threading.Event()
        self.resume = threading.Event()
        self.calls: list[int] = []

    def generate(self, question, hits):
        self.calls.append(1)
        if len(self.calls) == 1:
            self.waiting.set()
            assert self.resume.wait(60)
        yield from super().generate(question, hits)


def test_an_answer_under_way_ends_on_the_generation_it_began_on(make_settings, tmp_path):
    s = make_settings(tmp_path / "corpus")
    write_edition(s.corpus_dir, EDITION_A)
    ingest_elsewhere(s)
    paused = PausedAnswerer()
    bot = Assistant(s, IndexHolder.open(s, interval=MANUAL), paused)
    began_on = bot.index
    results = []
    thread = threading.Thread(target=lambda: results.append(bot.ask(ON_ETUDE)))
    thread.start()
    try:
        assert paused.waiting.wait(60)
        write_edition(s.corpus_dir, EDITION_B)
        ingest_elsewhere(s)
        assert bot.holder.refresh() is True
        # New answers come from the new generation while the first one is still open.
        gone = bot.ask(ON_ETUDE)
        assert gone.refused and gone.text.startswith(REFUSAL)
        assert "etude-2019.pdf" not in {d.source for d in gone.nearest}
        assert {c.source for c in bot.ask(ON_BULLETIN).citations} == {"bulletin-2022.pdf"}
    finally:
        paused.resume.set()
        thread.join(60)
    (first,) = results
    assert not first.refused and {c.source for c in first.citations} == {"etude-2019.pdf"}
    # The paused answer kept its own generation's statistics: the new one got its own copy.
    assert paused.idf is began_on.idf and bot._serving()[1] is not paused
    assert bot._serving()[0].idf is not began_on.idf


def test_holder_checks_in_the_background_at_most_once_per_interval(make_settings, tmp_path):
    s = make_settings(tmp_path / "corpus")
    write_edition(s.corpus_dir, EDITION_A)
    ingest_elsewhere(s)
    holder = IndexHolder.open(s, interval=MANUAL)
    first = holder.generation
    write_edition(s.corpus_dir, EDITION_B)
    ingest_elsewhere(s)
    for _ in range(100):  # within the interval: no look at the stamp
        holder.current()
    assert holder.generation == first
    holder.interval, holder._due = 0.01, 0.0
    deadline = 600
    while holder.generation == first and deadline:  # swapped by a background thread
        holder.current()
        threading.Event().wait(0.1)
        deadline -= 1
    assert holder.generation == read_stamp(s.index_dir).id  # type: ignore[union-attr]
    assert holder.current().sources == frozenset(EDITION_B)


def test_watching_holder_swaps_without_any_request(make_settings, tmp_path):
    s = make_settings(tmp_path / "corpus")
    write_edition(s.corpus_dir, EDITION_A)
    ingest_elsewhere(s)
    holder = IndexHolder.open(s)
    holder.interval = 0.05
    holder.watch()
    write_edition(s.corpus_dir, EDITION_B)
    ingest_elsewhere(s)
    published = read_stamp(s.index_dir).id  # type: ignore[union-attr]
    swapped = threading.Event()
    for _ in range(600):
        if holder.generation == published:
            swapped.set()
            break
        threading.Event().wait(0.1)
    assert swapped.is_set()
    holder.stop_watching()


def test_an_ingest_with_other_settings_is_not_swapped_in(make_settings, tmp_path):
    s = make_settings(tmp_path / "corpus")
    write_edition(s.corpus_dir, EDITION_A)
    ingest(s)
    holder = IndexHolder.open(s, interval=MANUAL)
    served = holder.current()
    write_stamp(s.index_dir, Generation("other", "0123456789ab", "l", 0.0))
    assert holder.refresh() is False and holder.current() is served


@pytest.mark.server
def test_processes_sharing_only_a_chroma_server_follow_its_generations(make_settings, tmp_path):
    corpus = tmp_path / "corpus"
    write_edition(corpus, EDITION_A)
    with chroma_server(tmp_path / "chroma-data") as port:
        s = make_settings(corpus, chroma_host="127.0.0.1", chroma_port=port)
        ingest(s)
        # An app process elsewhere: its own (empty) index folder, only Chroma in common.
        app = s.model_copy(update={"index_dir": tmp_path / "app-index"})
        holder = IndexHolder.open(app, interval=MANUAL)
        old = holder.current()
        assert holder.generation == read_stamp(s.index_dir).id  # type: ignore[union-attr]
        write_edition(corpus, EDITION_B)
        ingest(s)
        # The server already holds the new vectors; the generation being served does not
        # show them (one answer, one generation) until it is swapped.
        bulletin = passage_of(open_index(s), "bulletin-2022.pdf")
        assert dense_sources(old, bulletin, inner=True)[0] == "bulletin-2022.pdf"
        assert "bulletin-2022.pdf" not in dense_sources(old, bulletin)
        assert not (app.index_dir / STAMP_NAME).exists()
        assert holder.refresh() is True
        new = holder.current()
        assert new.sources == frozenset(EDITION_B)
        assert dense_sources(new, bulletin)[0] == "bulletin-2022.pdf"
        assert holder.generation == read_stamp(s.index_dir).id  # type: ignore[union-attr]
