"""The answer window: the best unit, widened to the units beside it in its passage that hold
what the question still asks — the figure after its context sentence, the other half of a
two-part question, the items a sentence announces with a colon."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping

from ..reading.query import Query
from ..search.retrieve import content_terms
from ..types import Chunk
from .asked import same_meaning
from .candidate import MAX_WORDS, Candidate, weighted_cover, word_count
from .lacking import Part, lacking
from .lists import continues_enumeration, list_window, reached_list

# A neighbour joins when it adds this much of the question's weighted words.
MIN_GAIN = 0.15


def widen(
    best: Candidate,
    cands: list[Candidate],
    query: Query,
    idf: Mapping[str, float],
    max_units: int = 3,
    lists: bool = True,
    wants: bool = True,
) -> list[Candidate]:
    """`best` first, then the adjacent units of its passage that add to it, in text order;
    a unit further on joins when it gives a part of the question still asked for."""
    beside = {c.position: c for c in cands if c.hit_index == best.hit_index}
    terms = content_terms(query.asked)  # in a follow-up, what it adds
    if lists and (best.own or best.text.rstrip().endswith(":")):
        whole = query.several
        listed = list_window(best, beside, whole, terms)
        # An item asked for alone stays alone, or with the items the question names, unless
        # the question still asks for more (the date of a slide whose item gives the count):
        # then the usual window applies.
        named = best.own and not whole
        if listed is not None and (
            (listed is not best and not named) or not lacking(query, [listed], wants)
        ):
            return [listed]
    window = [best]
    budget = MAX_WORDS - word_count(best.text)
    enumerates = lists and query.kind in ("list", "definition", "other")

    def cover(units: list[Candidate]) -> float:
        return weighted_cover(terms, same_meaning(set().union(*(u.terms for u in units))), idf)

    def announced(position: int) -> bool:
        """The unit at `position` ends with a colon, or is an item of a list that does."""
        while position >= best.position:
            unit = beside.get(position)
            if unit is None:  # a gap (a banner skipped, another passage of the page): no list
                return False
            if unit.text.rstrip().endswith(":"):
                return True
            if position == best.position or word_count(unit.text) > 25:
                return False
            position -= 1
        return False

    def worth(unit: Candidate, after: bool) -> float:
        """How much the unit adds to the window; 0 when it adds nothing worth its words."""
        if word_count(unit.text) > budget:
            return 0.0
        if after and announced(high):
            return 1.0  # the items a sentence announces
        if after and enumerates and not missing and continues_enumeration(unit, beside.get(high)):
            # not a question for one figure, date or name: the rest of the figures the window
            # enumerates (« … suivent, à 36 % »), once no part of the question is lacking
            return 1.0
        gain = cover([*window, unit]) - cover(window)
        if any(part.filled_by(unit, beside.get(unit.position - 1)) for part in missing):
            # the amount or the date the context sentence leads to; of two neighbours that
            # give a part, the one holding more of the question's words
            return 1.0 + max(gain, 0.0)
        return gain if gain >= MIN_GAIN else 0.0

    low = high = best.position
    while len(window) < max_units:
        missing = lacking(query, window, wants)  # what the window still lacks, read once per step
        after, before = beside.get(high + 1), beside.get(low - 1)
        gains = [
            (worth(after, True) if after else 0.0, 1, after),
            (worth(before, False) if before else 0.0, 0, before),
        ]
        gain, is_after, unit = max(gains, key=lambda g: (g[0], g[1]))
        step = 1
        if gain < 1.0 or unit is None:
            # The part still asked for may sit one sentence further (« Le travail a abouti
            # au printemps suivant. Le rapport a été remis le 7 mai 2020 »): it goes before a
            # neighbour that only adds words of the question.
            further, far_after, far = _one_further(beside, low, high, missing)
            if further is not None and word_count(further.text) <= budget:
                unit, is_after, step = further, far_after, far
            elif not gain or unit is None:
                break
        listed = reached_list(unit, beside, lists, budget) if is_after else None
        if listed is not None:  # a list it reaches is quoted whole, its lead said once
            window.append(listed)
            break
        window.append(unit)
        high, low = (high + step, low) if is_after else (high, low - step)
        budget -= word_count(unit.text)
    return [best, *sorted(window[1:], key=lambda u: u.position)]


def _one_further(
    beside: Mapping[int, Candidate],
    low: int,
    high: int,
    missing: list[Part],
) -> tuple[Candidate | None, bool, int]:
    """The nearest unit beyond the window that gives a part still asked for, with whether it
    comes after the window and how far: two places for any amount or date; anywhere in the
    passage for the part of a two-part question that it names by its words (« Budget total :
    1,638M€ » a few rows above « principal cofinanceur : … »). (None, …) when there is none."""
    reach = max(beside, default=0) - min(beside, default=0)
    for step in range(2, max(reach, 2) + 1):
        for position, after in ((high + step, True), (low - step, False)):
            unit = beside.get(position)
            if unit is None:
                continue
            before = beside.get(position - 1)
            if any(part.filled_by(unit, before) for part in missing if part.words or step == 2):
                return unit, after, step
    return None, False, 1


def complete(
    window: list[Candidate],
    extra: list[tuple[Candidate, bool]],
    query: Query,
    idf: Mapping[str, float],
    wants: bool = True,
) -> Candidate | None:
    """The one unit of `extra` that adds most of what the window still lacks: the other half of
    a two-part question (by the question's weighted words), or the figure or date a figure or
    "when" question asks for when no unit of the window has one. `extra` pairs each unit
    with whether it stands right beside the window in the page (the first sentence of the next
    passage): only such a unit may join for its figure alone."""
    terms = content_terms(query.asked)  # in a follow-up, what it adds
    budget = MAX_WORDS - sum(word_count(u.text) for u in window)
    quoted = " ".join(u.text for u in window)
    missing = lacking(query, window, wants)

    def cover(units: list[Candidate]) -> float:
        return weighted_cover(terms, same_meaning(set().union(*(u.terms for u in units))), idf)

    base = cover(window)
    best, best_gain = None, 0.0
    for unit, beside in extra:
        if word_count(unit.text) > budget or (unit.own or unit.text) in quoted:
            continue
        gain = cover([*window, unit]) - base
        fits = any(part.filled_by(unit) for part in missing)
        if fits and (beside or gain > 0):
            gain += 1.0  # the amount or the date the window's sentences lead to
        elif gain < MIN_GAIN:
            continue
        if gain > best_gain:
            best, best_gain = unit, gain
    return best


def beside(
    window: list[Candidate],
    cands: list[Candidate],
    chunks: tuple[Chunk | None, Chunk | None],
    scored: Callable[[Chunk], list[Candidate]],
    lists: bool = True,
) -> list[tuple[Candidate, bool]]:
    """The units at the edges of the passages just before and after the best one on its page
    (`chunks`, scored by `scored`), cited like it; each with whether it continues the window
    (the first unit of the next passage after a window that reaches the end of its own). A
    sentence announcing a list comes with its items (`lists`): quoted alone, ending on its
    colon, it would say nothing."""
    best = window[0]
    ours = [c.position for c in cands if c.hit_index == best.hit_index]
    reaches_end = max(u.position for u in window) >= max(ours, default=0)
    out: list[tuple[Candidate, bool]] = []
    for chunk, after in zip(chunks, (False, True), strict=True):
        units = scored(chunk) if chunk is not None else []
        if not units:
            continue
        edge = min(u.position for u in units) if after else max(u.position for u in units)
        found = {u.position: u for u in units}
        for u in units:
            if abs(u.position - edge) <= 1:
                listed = None if u.own else reached_list(u, found, lists, MAX_WORDS)
                u = listed or u
                moved = dataclasses.replace(u, hit_index=best.hit_index)
                out.append((moved, after and reaches_end and u.position == edge))
    return out
