"""Which of the scored sentences make the answer: the best one, ties broken for the one that
goes on to say what is asked, then the runners-up that add something."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from ..settings import GenerationSettings
from .asked import Asked
from .candidate import Candidate
from .kinds import answer_kind_fits


def says_more(cands: list[Candidate], ask: Asked) -> list[Candidate]:
    """Best first; of units scoring the same, a sentence with the pronoun-led one that goes on
    from it first when that one gives what the question asks for — an amount, a date, a name
    (rule `says_more`): « Le Fonds a vu le jour en 2020. » / « Il a été co-créé par l'Agence
    Alpha » for « qui l'a créé ? » comes before the sentence alone, or before another line
    that only shares its words. A continuation that gives nothing asked leaves the sentence
    alone first."""

    def more(c: Candidate) -> int:
        _, nl, rest = c.text.partition("\n")
        return -int(bool(nl) and answer_kind_fits(ask.kind, rest, ask.known))

    ranked = sorted(cands, key=lambda c: (-round(c.score, 6), more(c)))
    if len(ranked) > 1 and ranked[0] is not max(cands, key=lambda c: c.score):
        # The first unit would have been another of the same score: this rule chose it.
        ranked[0] = replace(ranked[0], rules=(*ranked[0].rules, "says_more"))
    return ranked


def select(
    cands: list[Candidate], max_sentences: int, rules: GenerationSettings | None = None
) -> list[Candidate]:
    """The best sentence, then the next good ones that add something."""
    return choose(cands, max_sentences, rules or GenerationSettings())[0]


def choose(
    cands: list[Candidate], max_sentences: int, rules: GenerationSettings
) -> tuple[list[Candidate], list[str]]:
    """`select`, and the rules that made the choice: `runners_up` (sentences scoring at least
    `runners_up_ratio` of the best one join it), `no_repeat` (one that repeats a chosen one was skipped)."""
    if not cands:
        return [], []
    best = cands[0]
    chosen, fired = [best], []
    for c in cands[1:] if rules.runners_up else []:
        if len(chosen) >= max_sentences or c.score < rules.runners_up_ratio * best.score:
            break
        parts = set(c.text.split("\n"))
        if rules.no_repeat and any(
            _jaccard(c.terms, o.terms) > 0.5 or parts & set(o.text.split("\n")) for o in chosen
        ):
            fired += ["no_repeat"] * ("no_repeat" not in fired)
            continue
        chosen.append(c)
    return chosen, fired


def _jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    return len(a & b) / len(a | b) if a | b else 0.0


_NUMBER = re.compile(r"\d+(?:[ ,.\u00a0\u202f]\d+)*")


def _numbers(text: str) -> set[str]:
    return {re.sub(r"[ \u00a0\u202f]", "", n) for n in _NUMBER.findall(text)}


def repeats(unit: Candidate, said: Sequence[Candidate]) -> bool:
    """Whether `unit` says nothing the units of `said` have not said: at most a quarter of its
    words are new and every number it gives is given already — one fact printed by several
    publications (« doté de 1,5 M€ pour une expérimentation sur 3 ans », thrice) (rule
    `no_repeat`)."""
    if not said or not unit.terms:
        return False
    words = frozenset().union(*(u.terms for u in said))
    known = set().union(*(_numbers(u.text) for u in said))
    return len(unit.terms - words) <= 0.25 * len(unit.terms) and _numbers(unit.text) <= known
