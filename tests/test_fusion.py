"""How BM25 and the vectors are fused (search/retrieve.py, `fuse`): with scores, the default,
a passage BM25 puts far ahead stays ahead of passages both methods rank midway; reciprocal
ranks forget by how much it led."""

from __future__ import annotations

from assistant.search.retrieve import fuse
from assistant.settings import Settings
from assistant.types import Chunk, DocInfo

DOC = DocInfo(source="note.pdf", title="Note", kind="autre", date="2024")


def chunk(cid: str) -> Chunk:
    return Chunk(cid, DOC, 1, "1", 0, 1, cid)


# BM25 scores « lead » 2.5 times the next passage; the vectors missed it and rank the two
# others, which BM25 also found, close together.
LEXICAL = [("lead", 10.0), ("mid1", 4.0), ("mid2", 3.9)]
DENSE = [(chunk("mid2"), 0.45), (chunk("mid1"), 0.44)]


def ranking(method: str) -> list[str]:
    fused = fuse(LEXICAL, DENSE, method, rrf_k=60, w_lex=1.0, w_dense=1.0)
    return sorted(fused, key=lambda cid: -fused[cid])


def test_scores_keep_bm25s_clear_leader_first():
    assert ranking("score")[0] == "lead"


def test_reciprocal_ranks_put_it_behind_passages_both_methods_found():
    assert ranking("rrf")[-1] == "lead"


def test_scores_are_the_default():
    assert Settings().retrieval.fusion == "score"


def test_a_passage_only_the_vectors_found_weighs_its_cosine():
    fused = fuse([], [(chunk("a"), 0.5), (chunk("b"), -0.1)], "score", 60, 1.0, 1.0)
    assert fused == {"a": 0.5, "b": 0.0}  # a negative cosine adds nothing
