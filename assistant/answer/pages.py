"""The other passages of the best hit's page (rule `page_siblings`): the answer may sit beside
the passage that matched the question (« 50 millions de repas » after the paragraph on the
partnership). They are scored with the retrieved passages and cited as the hit of their page."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from ..types import Chunk, Hit
from .extractive import Candidate


def page_siblings(
    hits: Sequence[Hit], page_passages: Callable[[Chunk], list[Chunk]], weight: float
) -> list[tuple[Hit, int]]:
    """The passages of the best hit's page that retrieval did not return, each with the hit of
    its page; their score is that hit's times `weight`."""
    seen = {h.chunk.id for h in hits}
    out = []
    for i, hit in enumerate(hits[:1]):
        for chunk in page_passages(hit.chunk):
            if chunk.id not in seen:
                seen.add(chunk.id)
                out.append((Hit(chunk, hit.score * weight), i))
    return out


def as_their_page(cands: list[Candidate], retrieved: int, pages: list[int]) -> list[Candidate]:
    """Candidates of the page siblings (hit positions from `retrieved` on) cited as the hit of
    their page; their positions moved apart so that no window joins them to that hit's units."""
    if not pages:
        return cands
    out = []
    for c in cands:
        if c.hit_index >= retrieved:
            sibling = c.hit_index - retrieved
            c = replace(
                c,
                hit_index=pages[sibling],
                position=1000 * (sibling + 1) + c.position,
                rules=(*c.rules, "page_siblings"),
            )
        out.append(c)
    return out
