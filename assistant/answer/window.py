"""The answer window: the best unit, widened to the units beside it in its passage that hold
what the question still asks — the figure after its context sentence, the other half of a
two-part question, the items a sentence announces with a colon."""

from __future__ import annotations

from collections.abc import Mapping

from ..reading.query import Query
from ..search.retrieve import content_terms
from .extractive import Candidate, answer_kind_fits, same_meaning, weighted_cover

# A neighbour joins when it adds this much of the question's weighted words.
MIN_GAIN = 0.15
MAX_WORDS = 90


def _words(text: str) -> int:
    return len(text.split())


def widen(
    best: Candidate,
    cands: list[Candidate],
    query: Query,
    idf: Mapping[str, float],
    max_units: int = 3,
) -> list[Candidate]:
    """`best` first, then the adjacent units of its passage that add to it, in text order."""
    beside = {c.position: c for c in cands if c.hit_index == best.hit_index}
    terms = content_terms(query.asked)  # in a follow-up, what it adds
    qtype = query.kind
    window = [best]
    budget = MAX_WORDS - _words(best.text)

    def cover(units: list[Candidate]) -> float:
        return weighted_cover(terms, same_meaning(set().union(*(u.terms for u in units))), idf)

    def announced(position: int) -> bool:
        """The unit at `position` ends with a colon, or is an item of a list that does."""
        while position >= best.position:
            if beside[position].text.rstrip().endswith(":"):
                return True
            if position == best.position or _words(beside[position].text) > 25:
                return False
            position -= 1
        return False

    def worth(unit: Candidate, after: bool) -> float:
        """How much the unit adds to the window; 0 when it adds nothing worth its words."""
        if _words(unit.text) > budget:
            return 0.0
        if after and announced(high):
            return 1.0  # the items a sentence announces
        lacking = qtype in ("figure", "when") and not any(
            answer_kind_fits(qtype, u.text) for u in window
        )
        if lacking and answer_kind_fits(qtype, unit.text):
            return 1.0  # the amount or the date the context sentence leads to
        gain = cover([*window, unit]) - cover(window)
        return gain if gain >= MIN_GAIN else 0.0

    low = high = best.position
    while len(window) < max_units:
        after, before = beside.get(high + 1), beside.get(low - 1)
        gains = [
            (worth(after, True) if after else 0.0, 1, after),
            (worth(before, False) if before else 0.0, 0, before),
        ]
        gain, is_after, unit = max(gains, key=lambda g: (g[0], g[1]))
        if not gain or unit is None:
            break
        window.append(unit)
        high, low = (high + 1, low) if is_after else (high, low - 1)
        budget -= _words(unit.text)
    return [best, *sorted(window[1:], key=lambda u: u.position)]
