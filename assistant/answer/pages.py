"""The other passages of the best hit's page (rule `page_siblings`): the answer may sit beside
the passage that matched the question (« 50 millions de repas » after the paragraph on the
partnership). They are scored with the retrieved passages and cited as the hit of their page."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from ..types import Chunk, Hit
from .candidate import Candidate


def page_siblings(
    hits: Sequence[Hit], page_passages: Callable[[Chunk], list[Chunk]], weight: float
) -> list[Hit]:
    """The passages of the best hit's page that retrieval did not return; their score is that
    hit's times `weight`."""
    if not hits:
        return []
    best, seen = hits[0], {h.chunk.id for h in hits}
    return [
        Hit(chunk, best.score * weight)
        for chunk in page_passages(best.chunk)
        if chunk.id not in seen
    ]


def as_their_page(cands: list[Candidate], retrieved: int) -> list[Candidate]:
    """Candidates of the page siblings (hit positions from `retrieved` on) cited as the best
    hit, whose page they share; their positions moved apart so that no window joins them to
    that hit's units."""
    return [
        replace(
            c,
            hit_index=0,
            position=1000 * (c.hit_index - retrieved + 1) + c.position,
            rules=(*c.rules, "page_siblings"),
        )
        if c.hit_index >= retrieved
        else c
        for c in cands
    ]
