"""The ingest's embedder wrapper: vectors computed by the reader processes are used, never
computed again in the main process, even when one text comes back in two batches of a store."""

from __future__ import annotations

from assistant.search.index import TimedEmbeddings


class Counting:
    """An embedder that counts the texts it is asked to embed."""

    def __init__(self) -> None:
        self.asked: list[str] = []

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        self.asked += texts
        return [[float(len(t)), 1.0] for t in texts]

    def embed_query(self, text: str) -> list[float]:
        return [float(len(text)), 1.0]


def test_known_vectors_serve_every_batch_of_a_store() -> None:
    inner = Counting()
    timed = TimedEmbeddings(inner)
    timed.know(["Même bandeau", "Autre passage"], [[9.0, 9.0], [8.0, 8.0]])
    # a store in two batches, the same words printed by two passages, one in each batch
    assert timed.embed_documents(["Même bandeau", "Autre passage"]) == [[9.0, 9.0], [8.0, 8.0]]
    assert timed.embed_documents(["Même bandeau"]) == [[9.0, 9.0]]
    assert inner.asked == [] and timed.seconds == 0.0 and timed.passages == 0


def test_unknown_texts_are_embedded_once_and_timed() -> None:
    inner = Counting()
    timed = TimedEmbeddings(inner)
    timed.know(["connu"], [[7.0, 7.0]])
    out = timed.embed_documents(["neuf", "connu", "neuf"])
    assert out == [[4.0, 1.0], [7.0, 7.0], [4.0, 1.0]]
    assert inner.asked == ["neuf"] and timed.passages == 1 and timed.seconds > 0
    assert "neuf" not in timed.known  # only the reader processes' vectors are kept


def test_an_ingest_leaves_no_known_vector_behind(make_settings, tmp_path, monkeypatch) -> None:
    """The reader processes' vectors are dropped once stored (`FileSteps._timed` clears them
    after each store): a long ingest does not keep every vector of the corpus in memory."""
    from test_ingest import write_corpus

    import assistant.ingest.run as run

    made: list[TimedEmbeddings] = []

    class Spy(TimedEmbeddings):
        def __init__(self, inner) -> None:
            super().__init__(inner)
            made.append(self)

    monkeypatch.setattr(run, "TimedEmbeddings", Spy)
    corpus = tmp_path / "corpus"
    write_corpus(corpus, 4, pages=2)
    report = run.ingest(make_settings(corpus, pdf_readers=2))
    assert report.timings["embedding (en parallèle)"] > 0  # vectors came from the readers
    assert made and made[0].known == {}
