"""The per-document cap of the retrieval (at most `max_per_document` passages of one
document among the k kept) gives way when the other documents' passages score less than
`retrieval.diverse_floor` of the best: they are no alternative."""

from __future__ import annotations

from assistant.search.retrieve import diversify
from assistant.types import Chunk, DocInfo, Hit


def test_passages_over_the_per_document_cap_come_before_weak_ones_of_other_documents():
    """A question on one long report: its fifth passage (0.04) comes before another document's
    passage that scores a third of the best (0.015); a passage of another document that scores
    more than half the best still takes its place under the cap."""
    report = DocInfo(source="rapport.pdf", title="Rapport", kind="autre", date="2023")
    other = DocInfo(source="autre.pdf", title="Autre", kind="autre", date="2020")

    def h(doc: DocInfo, n: int, score: float) -> Hit:
        return Hit(Chunk(f"{doc.source}-{n}", doc, n, str(n), 0, 1, "x"), score)

    hits = [h(report, i, 0.048 - 0.001 * i) for i in range(6)] + [h(other, 0, 0.015)]
    kept = diversify(hits, 6, 4, 0.5)
    assert [x.chunk.doc.source for x in kept] == ["rapport.pdf"] * 6
    # With no floor (`retrieval.diverse_floor = 0`, or a reranker's order), the cap holds.
    assert [x.chunk.doc.source for x in diversify(hits, 6, 4, 0.0)].count("autre.pdf") == 1
    close = [*hits[:6], h(other, 1, 0.030)]
    kept = diversify(sorted(close, key=lambda x: -x.score), 6, 4, 0.5)
    assert "autre.pdf" in [x.chunk.doc.source for x in kept]
    assert [x.chunk.doc.source for x in kept].count("rapport.pdf") == 5
