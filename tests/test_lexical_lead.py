"""Rule `lexical_lead`: a passage BM25 puts first far ahead of the next, which the vectors miss,
still reaches the passages read for the answer (reciprocal ranks alone weigh it 1/61)."""

from __future__ import annotations

import pytest
from small_corpus import write_small_corpus

import assistant.search.retrieve as retrieve_module
from assistant.assistant import Assistant
from assistant.reading.query import Query
from assistant.search.retrieve import lexical_lead


@pytest.mark.parametrize(
    "lexical, lead",
    [
        ([("a", 11.6), ("b", 7.4), ("c", 5.5)], "a"),  # 1.57 times the next
        ([("a", 9.0), ("b", 7.4)], None),  # ahead, not far ahead
        ([("a", 3.0)], None),  # nothing to be ahead of
        ([], None),
        ([("a", 0.0), ("b", 0.0)], None),
    ],
)
def test_far_ahead(lexical, lead):
    assert lexical_lead(lexical) == lead


def _index(make_settings, tmp_path, **generation):
    settings = make_settings(
        write_small_corpus(tmp_path / "corpus"),
        retrieval={"k": 2, "max_per_document": 1},
        generation=generation,
    )
    return Assistant.from_settings(settings)._serving()[0]


@pytest.mark.parametrize("on", [True, False])
def test_the_lexical_leader_missed_by_the_vectors_is_kept(make_settings, tmp_path, monkeypatch, on):
    """BM25 puts one passage far ahead (12 against 7), the vectors miss it and rank the others:
    with the rule it is among the two hits, without it the passages both methods found come
    first."""
    index = _index(make_settings, tmp_path, lexical_lead=on)
    ids = sorted(index.chunks)
    leader, others = ids[0], ids[1:]
    lexical = [(leader, 12.0), *((cid, 7.0 - i) for i, cid in enumerate(others))]
    monkeypatch.setattr(index.lexical, "search", lambda *a, **k: lexical)
    dense = [(index.chunks[cid], 0.9 - 0.01 * i) for i, cid in enumerate(others)]
    monkeypatch.setattr(retrieve_module, "dense_within", lambda *a, **k: dense)
    hits = retrieve_module.retrieve(index, Query("une question")).hits
    assert (leader in [h.chunk.id for h in hits]) is on
