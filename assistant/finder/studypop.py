"""Rule `study_population`: a study named after the population it surveys (« PHARE-Citoyens »,
« IMPACT-Élus locaux », « ARPEA-Entreprises ») tells whom the shares and marks quoted from it
count when their sentence prints no population of its own: the study's population, written as
its category is named (« Citoyens » in a study's name is the Français its category names)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from ..text import fold_in_place, fold_lower
from .rows import FigureRow
from .vocabulary import vocabulary

# a study's name: a word in capitals, a dash, then the words naming what it surveys
_STUDY_RE = re.compile(r"\b[A-ZÉÈ]{3,}(?:\s*&\s*[A-ZÉÈ]{2,})?\s?[-–]\s?([A-ZÉÈ][\w'’ ]{2,30})")
_UNITS = ("%", "/10")


def programme_heads(texts: Iterable[str]) -> frozenset[str]:
    """The first words of the compound names a document gives a programme or an institute
    (« le dispositif PASS-Jeunes »; data list `programme_nouns`): no study, whatever
    population their second part names."""
    nouns = "|".join(
        re.escape(w) for w in sorted(vocabulary().words("programme_nouns"), key=len, reverse=True)
    )
    named = re.compile(rf"(?<!\w)(?:{nouns})\s+(?:«\s*)?([A-ZÉÈ]{{3,}})\s?[-–]", re.I)
    return frozenset(m.group(1) for text in texts for m in named.finditer(text))


def _study_category(
    sentence: str, others: frozenset[str], at: int
) -> tuple[str, set[tuple[int, int]]]:
    """The one population category the study names of a sentence give a figure at `at` (the
    names before it, or in the brackets after it: « 69 % des sondés (PHARE-Citoyens) »; not a
    heading the sentence runs into), and where those names stand; ("", spans) when they give
    none or several."""
    vocab = vocabulary()
    found: set[str] = set()
    spans = set()
    for m in _STUDY_RE.finditer(sentence):
        between = sentence[at : m.start()]
        if m.start() > at and not ("(" in between and ")" not in between):
            continue
        if re.split(r"[\s&–-]", m.group(), maxsplit=1)[0] in others:
            continue  # « le dispositif PASS-Jeunes »
        spans.add((m.start(), m.end()))
        words = m.group(1)
        match = vocab.actors(fold_in_place(words))
        if match and match[0].start == 0 and match[0].category not in vocab.generic:
            found.add(match[0].category)
    return (found.pop() if len(found) == 1 else ""), spans


def _printed_outside(actor: str, sentence: str, spans: set[tuple[int, int]]) -> bool:
    """Whether the sentence prints the actor outside the study names."""
    folded, word = fold_lower(sentence), fold_lower(actor)
    for m in re.finditer(rf"(?<!\w){re.escape(word)}(?!\w)", folded):
        if not any(a <= m.start() < b for a, b in spans):
            return True
    return False


def with_study_population(rows: list[FigureRow], others: frozenset[str]) -> list[FigureRow]:
    """The rows, a share or mark whose sentence names a study of one population and prints no
    population outside the study's name counting that population (see the module)."""
    out = []
    for r in rows:
        if r.unit in _UNITS and ("-" in r.sentence or "–" in r.sentence):
            at = max(0, r.sentence.find(r.text))
            category, spans = _study_category(r.sentence, others, at)
            if category and not (r.actor and _printed_outside(r.actor, r.sentence, spans)):
                r = replace(r, actor=category, actor_category=category)
        out.append(r)
    return out
