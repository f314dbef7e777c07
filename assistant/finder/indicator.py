"""A share's measure written as the indicator a reader cites on its own (rule
`indicator_label`): « part des maires qui jugent leur territoire engagé » rather than « jugent
leur territoire engagé » beside the actor « maires », as statistical tables name their rows
(« Part des ménages ayant … »). The sentence says how the two join: the actor followed by the
measure's verb (« 76 % des maires jugent … », or a verb in the third person plural) takes
« qui »; a participle or a complement follows the actor directly (« jugeant … », « de moins de
500 habitants … »); any other phrase (a label read from a table or a box) follows a dash. A
measure that already names its head noun (« Part des … », « taux de … ») or opens on its
population (« Français jugeant … ») keeps its words; so does a rate of change (« augmentation
du nombre … ») and a share of a population named in the singular. Word lists:
assistant/data/figure_words.toml `proper_populations`, `measure_complements`,
`plural_verbs_in_ment`, `ent_words_not_verbs`, `point_before`."""

from __future__ import annotations

import re
from functools import cache

from ..text import analyze, fold_lower
from .measure import MAX_MEASURE_WORDS
from .vocabulary import vocabulary

# The head nouns of a share's measure: the measure already says it is a share.
_HEAD_RE = re.compile(r"^\s*(?:parts?|proportions?|taux|pourcentages?|%)\b", re.I)
_WORD_RE = re.compile(r"[^\W\d_][\w'’-]*")


@cache
def _changes() -> frozenset[str]:
    return frozenset(fold_lower(w) for w in vocabulary().words("point_before"))


@cache
def _complements() -> frozenset[str]:
    return frozenset(fold_lower(w) for w in vocabulary().words("measure_complements"))


@cache
def _proper() -> frozenset[str]:
    return frozenset(fold_lower(w) for w in vocabulary().words("proper_populations"))


def _verb(word: str) -> bool:
    """Whether a measure's first word is a verb in the third person plural (« déclarent »,
    « jugeaient », « ont »), not a noun ending the same way (« engagement »): -ent but -ment
    (save the verbs of `plural_verbs_in_ment`: « estiment ») and the adjectives and nouns of
    `ent_words_not_verbs` (« urgent », « président »), or a short verb of that list."""
    folded = fold_lower(word)
    if folded in _ment_verbs():
        return True
    if folded in _not_verbs():
        return False
    return folded.endswith("ent") and not folded.endswith("ment") and len(folded) > 4


@cache
def _not_verbs() -> frozenset[str]:
    return frozenset(fold_lower(w) for w in vocabulary().words("ent_words_not_verbs"))


@cache
def _ment_verbs() -> frozenset[str]:
    return frozenset(fold_lower(w) for w in vocabulary().words("plural_verbs_in_ment"))


def _common(actor: str) -> str:
    """The actor as a common noun inside a phrase: « Associations » (a table's header) →
    « associations », but « Français » keeps its capital."""
    first = actor.split()[0] if actor.split() else ""
    if actor.isupper():  # a header in capitals (« HABITANTS »)
        actor = actor.lower()
        return actor.capitalize() if fold_lower(first) in _proper() else actor
    if not first or fold_lower(first) in _proper() or not first[1:].islower():
        return actor
    return actor[:1].lower() + actor[1:]


def indicator(measure: str, actor: str, unit: str, sentence: str) -> str:
    """The measure of a share of `actor` as an indicator (see the module's docstring) when it
    fits in MAX_MEASURE_WORDS (a longer one would lose its last words); other units, shares
    without an actor and measures that already say they are shares unchanged."""
    label = _indicator(measure.strip(), actor, unit, sentence)
    return label if len(label.split()) <= MAX_MEASURE_WORDS else measure.strip()


def counted(measure: str, noun: str, unit: str) -> str:
    """Rule `indicator_label` for counts: a count's measure opens on what it counts (« nombre
    de maires — l'enquête donne la parole à maires »), unless it already does (« nombre de
    … », « effectif … ») or the count names no noun."""
    measure = measure.strip()
    if unit not in ("count", "people") or not noun.strip() or _COUNT_HEAD_RE.match(measure):
        return measure
    label = f"nombre de {noun.strip()} — {measure}" if measure else f"nombre de {noun.strip()}"
    return label if len(label.split()) <= MAX_MEASURE_WORDS else measure


_COUNT_HEAD_RE = re.compile(r"^\s*(?:nombres?|nb|effectifs?)\b", re.I)


def _indicator(measure: str, actor: str, unit: str, sentence: str) -> str:
    if unit != "%" or not actor.strip() or not measure or _HEAD_RE.match(measure):
        return measure
    first = _WORD_RE.match(measure)
    if first and fold_lower(first.group()) in _changes():
        return measure  # « augmentation du nombre de … »: a rate of change, no share
    actor = actor.strip()
    if not re.search(r"[sxz]$", actor.split()[0], re.I):
        return measure  # « un maire sur deux »: no population named in the plural
    folded, head = fold_lower(measure), fold_lower(actor)
    if folded.startswith(head):  # « Français jugeant urgent … »
        return f"part des {_common(measure[: len(actor)])}{measure[len(actor) :]}"
    if set(analyze(actor)) <= set(analyze(measure)) and not measure[:1].islower():
        return measure  # a table's label and headers that already name the population
    who = _common(actor)
    first = _WORD_RE.match(measure)
    if measure[:1].islower() and first:
        word = first.group()
        if fold_lower(word) == "qui":
            return f"part des {who} {measure}"
        # the sentence prints the actor right before the measure's first word: its verb
        said = re.search(
            rf"{re.escape(actor)}\s+(?:qui\s+|ne\s+|n['’]\s*)?{re.escape(word)}", sentence, re.I
        )
        if (said is not None and not fold_lower(word).endswith("ant")) or _verb(word):
            return f"part des {who} qui {measure}"
        elided = re.match(r"[^\W\d_]+['’]", word)  # « d'alliance » opens on « d' »
        key = fold_lower(elided.group() if elided else word)
        if key.endswith("ant") or key in _complements():  # « -ants » are nouns (« dirigeants »)
            return f"part des {who} {measure}"  # « jugeant … », « de moins de 500 … »
    if first and _verb(first.group()):  # a row label « Jugent les pistes sûres »
        return f"part des {who} qui {measure[:1].lower()}{measure[1:]}"
    return f"part des {who} — {measure}"  # a label read from a table or a box
