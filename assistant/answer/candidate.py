"""A scored sentence (or table cell) of a retrieved passage, and the IDF-weighted cover that
scores it against the question."""

from __future__ import annotations

import math
from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from dataclasses import dataclass

MAX_WORDS = 90  # an answer's body, in words: the window and its lists stay within it


def word_count(text: str) -> int:
    return len(text.split())


@dataclass(frozen=True)
class Candidate:
    hit_index: int  # position of the passage among the hits (0-based)
    text: str  # the sentence, with the previous one when it starts with a pronoun
    score: float
    terms: frozenset[str]
    support: float = 0.0  # how much of the question the sentence itself holds (0–1)
    near_miss: bool = False  # its passage lacks a name or year the question pins down
    # How much of what the question pins down and asks the sentence holds: 0.0 in a passage
    # that lacks an asked name or year; for a question naming someone ("le budget annuel du
    # RAMEAU"), the share of what it asks about them ("budget annuel"); else 1.0.
    attribute: float = 1.0
    position: int = 0  # order of the unit in its passage (sentences, then table cells)
    focus_held: bool = True  # it holds what the question asks about its subject (`focus`)
    own: str = ""  # a list item without the sentence announcing it (`units.Unit.own`)
    rules: tuple[str, ...] = ()  # the named rules that moved its score (answer/rules.py)
    # The rules that lowered its score, and by how much in all: had it not been for them, it
    # would have outranked any sentence scoring below score + lost.
    demoted: tuple[str, ...] = ()
    lost: float = 0.0
    # `support` before rule `own_names` weakened it for the refusal (equal when it did not).
    named_support: float = 0.0


def weighted_cover(
    terms: AbstractSet[str], words: AbstractSet[str], idf: Mapping[str, float]
) -> float:
    """IDF-weighted share of `terms` found in `words` (terms unseen in the corpus weigh most).
    `fsum`: a float sum over a set depends on the set's order, which changes with each
    process's string hashing; two near-equal covers then swapped from run to run."""
    if not terms:
        return 0.0
    unseen = idf.get("", 1.0)
    total = math.fsum(idf.get(t, unseen) for t in terms)
    return math.fsum(idf.get(t, unseen) for t in terms & words) / total
