"""Hybrid retrieval: French BM25 + dense vectors, fused, diversified across documents."""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from functools import cache
from typing import Any, Protocol

import numpy as np

from ..acronyms import spells
from ..reading import constraints
from ..reading.query import Query
from ..reading.sample import headcount
from ..sentences import split_sentences
from ..text import analyze
from ..types import Chunk, Hit, Retrieval, SearchFilter
from .index import Index, lexical_text

# Words of the question that say what is asked, not what it is about.
_QUESTION_WORDS = set(
    analyze(
        "quel quelle quels quelles combien comment pourquoi quand qui quoi où est-ce "
        "part pourcentage proportion nombre chiffre dire savoir selon observatoire publication "
        "donner donne dit indique sais peux pouvez trouve signifie sigle veut appelle appelé "
        "désigne définition fiche fiches repère bulletin bulletins veille étude études document "
        "documents publication publications édition numéro janvier février mars avril mai juin juillet "
        "août septembre octobre novembre décembre "
        # Spoken French that asks without naming anything.
        "truc trucs machin chose vraiment concrètement franchement exactement juste bref "
        "parle parlent bonjour merci svp stp"
    )
)


class Reranker(Protocol):
    def rerank(self, query: str, hits: list[Hit]) -> list[Hit]: ...


class CrossEncoderReranker:
    """A sentence-transformers cross-encoder by hub name or local path (none ships offline)."""

    def __init__(self, name: str) -> None:
        self.name = name
        self._model: Any = None

    def rerank(self, query: str, hits: list[Hit]) -> list[Hit]:
        if self._model is None:
            from sentence_transformers import CrossEncoder

            self._model = CrossEncoder(self.name, device="cpu")
        scores = self._model.predict([(query, h.chunk.text) for h in hits])
        order = sorted(range(len(hits)), key=lambda i: -float(scores[i]))
        return [hits[i] for i in order]


@cache
def _reranker(name: str) -> CrossEncoderReranker:
    return CrossEncoderReranker(name)


def content_terms(text: str) -> set[str]:
    """Analysed words of a question that carry its subject."""
    return set(analyze(text)) - _QUESTION_WORDS


def coverage(query: str, chunk: Chunk) -> float:
    """Share of the question's content words present in the passage (title and section count)."""
    terms = content_terms(query)
    if not terms:
        return 0.0
    return len(terms & set(analyze(lexical_text(chunk)))) / len(terms)


def fuse(
    lexical: list[tuple[str, float]],
    dense: list[tuple[Chunk, float]],
    method: str,
    rrf_k: int,
    w_lex: float,
    w_dense: float,
) -> dict[str, float]:
    """Fused score per passage id: weighted reciprocal ranks, or weighted normalised scores."""
    fused: dict[str, float] = {}
    if method == "rrf":
        for rank, (cid, _) in enumerate(lexical, 1):
            fused[cid] = fused.get(cid, 0.0) + w_lex / (rrf_k + rank)
        for rank, (chunk, _) in enumerate(dense, 1):
            fused[chunk.id] = fused.get(chunk.id, 0.0) + w_dense / (rrf_k + rank)
        return fused
    top_lex = max((s for _, s in lexical), default=0.0) or 1.0
    for cid, s in lexical:
        fused[cid] = fused.get(cid, 0.0) + w_lex * s / top_lex
    for chunk, s in dense:
        fused[chunk.id] = fused.get(chunk.id, 0.0) + w_dense * max(s, 0.0)
    return fused


def diversify(hits: list[Hit], k: int, per_document: int, floor_share: float = 0.0) -> list[Hit]:
    """Best hits first, at most `per_document` from one document (filled up if too few), unless
    the other documents' passages score less than `floor_share` of the best (0: the cap holds,
    as for hits a reranker put in its own order)."""
    picked, rest, count = [], [], {}  # type: ignore[var-annotated]
    for h in hits:
        n = count.get(h.chunk.doc.source, 0)
        (picked if n < per_document else rest).append(h)
        count[h.chunk.doc.source] = n + 1
    floor = floor_share * max((h.score for h in hits), default=0.0)
    strong = [h for h in picked if h.score >= floor]
    over = [h for h in rest if h.score >= floor]
    weak = [h for h in picked if h.score < floor]
    return (strong + over + weak + [h for h in rest if h.score < floor])[:k]


OVERSAMPLE = 2.0  # unfiltered neighbours fetched per one the filter is expected to keep
WIDEST = 2000  # beyond that many, Chroma's own filtered search costs less


def dense_within(
    index: Index, vector: list[float], k: int, filt: SearchFilter, within: np.ndarray | None
) -> list[tuple[Chunk, float]]:
    """The k nearest passages the filter keeps. Chroma's `where` reads the metadata of every
    passage the filter keeps (0.3 s a question at 100,000 passages for a third of them); when
    the filter keeps a good share, the ids of the nearest passages of all, enough of them,
    filtered here on the passages the index holds, cost a few ms. If at least k of them pass,
    they are the k nearest within the filter."""
    share = len(within) / max(len(index.lexical), 1) if within is not None else 1.0
    wide = math.ceil(k * OVERSAMPLE / share) if share else WIDEST + 1
    nearest_ids = getattr(index.store, "nearest_ids", None)
    if within is not None and nearest_ids is not None and wide <= min(WIDEST, len(index.chunks)):
        near = [(index.chunks.get(i), s) for i, s in nearest_ids(vector, wide)]
        kept = [(c, s) for c, s in near if c is not None and filt.matches(c.metadata())]
        if len(kept) >= k:
            return kept[:k]
    return index.store.search(vector, k, filt)


NAME_BONUS = 0.5  # share of the best fused score added to passages holding the asked names
SAMPLE_BONUS = 0.3  # the same, for passages giving the headcount a question asks (rule `sample`)
# The same, for a follow-up's passages of the previous question's document (rule
# `followup_document`; 0.3, 0.7 and 1.0 measured worse on the tuning sets).
FOLLOWUP_BONUS = 0.5


# A passage BM25 scores at least LEAD_RATIO times the next one is far ahead (rule
# `lexical_lead`; 1.3 and a bonus of 1.0 measured no better on the tuning sets).
LEAD_RATIO = 1.5
LEAD_BONUS = 0.5


def lexical_lead(lexical: list[tuple[str, float]]) -> str | None:
    """The id of the passage BM25 puts first by a wide margin (LEAD_RATIO), or None."""
    if len(lexical) > 1 and lexical[0][1] > 0 and lexical[0][1] >= LEAD_RATIO * lexical[1][1]:
        return lexical[0][0]
    return None


def gives_headcount(text: str, counted: str) -> bool:
    """Whether a sentence of the passage gives a survey's headcount (reading/sample.py)."""
    return any(headcount(text[a:b], counted) for a, b in split_sentences(text))


def _lift(
    fused: dict[str, float],
    passage: Callable[[str], Chunk | None],
    holds: Callable[[Chunk], bool],
    share: float,
) -> None:
    """Add `share` of the best fused score to every passage that `holds`."""
    top = max(fused.values(), default=0.0)
    for cid in fused:
        chunk = passage(cid)
        if chunk is not None and holds(chunk):
            fused[cid] += share * top


def retrieve(
    index: Index, question: Query, filt: SearchFilter | None = None, k: int | None = None
) -> Retrieval:
    """The k best passages for the question, within the filter."""
    query = question.search
    conf = index.settings.retrieval
    filt = filt or SearchFilter()
    k = k or conf.k
    timings: dict[str, float] = {}
    # The lexical side reads the filter's passages from a per-document table; the dense side
    # filters in Chroma's `where`.
    within = index.positions_within(filt)
    sample = question.sample if index.settings.generation.sample else ""
    anything = within is None or len(within) > 0
    t = time.perf_counter()
    lexical = index.lexical.search(query, conf.candidates, positions=within) if anything else []
    timings["lexical"] = time.perf_counter() - t
    t = time.perf_counter()
    dense: list[tuple[Chunk, float]] = []
    if anything and conf.dense_weight > 0:
        vector = index.embedder.embed_query(query)
        dense = dense_within(index, vector, conf.candidates, filt, within)
    timings["dense"] = time.perf_counter() - t
    fused = fuse(lexical, dense, conf.fusion, conf.rrf_k, conf.lexical_weight, conf.dense_weight)
    in_dense = {c.id: c for c, _ in dense}

    def passage(cid: str) -> Chunk | None:
        return index.chunks.get(cid) or in_dense.get(cid)

    if index.settings.generation.lexical_lead and (lead := lexical_lead(lexical)):
        # Reciprocal ranks forget by how much BM25 put a passage first: one far ahead of the
        # next (its words, the question's rarest) that the vectors missed weighs 1/61 and falls
        # behind passages both methods rank midway. It gets LEAD_BONUS of the best fused score
        # (rule `lexical_lead`; nearly neutral with score fusion, which keeps that margin).
        _lift(fused, passage, lambda c: c.id == lead, LEAD_BONUS)
    if names := list(question.search_names):
        # A passage holding every name the user typed ("Fondation Alpha") goes up by half the
        # best fused score: ahead of passages that only share common words with the question
        # (with reciprocal ranks, not ahead of one both methods ranked first; with scores, it
        # may pass one when BM25 found it alone).
        _lift(
            fused,
            passage,
            lambda c: not constraints.missing(names, set(), constraints.context(c)),
            NAME_BONUS,
        )
    if question.acronym and index.settings.generation.acronym:
        # The passage spelling out the acronym asked about (« Plan de Gestion de Données
        # (PGD) ») is the answer, however many passages only use the acronym: it goes up by the
        # best fused score (rule `acronym`).
        _lift(fused, passage, lambda c: spells(question.acronym, c.text), 1.0)
    if sample:
        # « Combien de maires ont été interrogés ? »: the passages giving a survey's headcount
        # (« 302 maires interrogés ») go up by SAMPLE_BONUS of the best fused score (rule
        # `sample`).
        _lift(fused, passage, lambda c: gives_headcount(c.text, sample), SAMPLE_BONUS)
    if question.previous_sources and index.settings.generation.followup_document:
        # A follow-up (« et il dure combien de temps ? ») most often asks about the publication
        # the previous question was answered from: its passages get FOLLOWUP_BONUS of the best
        # fused score, after the bonuses above (rule `followup_document`).
        previous = set(question.previous_sources)
        _lift(fused, passage, lambda c: c.doc.source in previous, FOLLOWUP_BONUS)
    lex_rank = {cid: (r, s) for r, (cid, s) in enumerate(lexical, 1)}
    dense_rank = {c.id: (r, s) for r, (c, s) in enumerate(dense, 1)}
    hits = [
        Hit(
            chunk=index.chunks.get(cid) or in_dense[cid],
            score=score,
            dense_rank=dense_rank.get(cid, (None, 0.0))[0],
            lexical_rank=lex_rank.get(cid, (None, 0.0))[0],
            dense_score=dense_rank.get(cid, (None, 0.0))[1],
            lexical_score=lex_rank.get(cid, (None, 0.0))[1],
        )
        for cid, score in sorted(fused.items(), key=lambda kv: (-kv[1], kv[0]))
        if cid in index.chunks or cid in dense_rank
    ]
    if conf.reranker and hits:
        t = time.perf_counter()
        hits = _reranker(conf.reranker).rerank(query, hits[: conf.candidates])
        timings["rerank"] = time.perf_counter() - t
    hits = diversify(hits, k, conf.max_per_document, 0.0 if conf.reranker else conf.diverse_floor)
    cov = max((coverage(query, h.chunk) for h in hits[:3]), default=0.0)
    top_dense = max((h.dense_score for h in hits), default=0.0)
    return Retrieval(query, tuple(hits), filt, cov, top_dense, timings)
