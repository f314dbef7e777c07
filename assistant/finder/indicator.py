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

from ..text import analyze, fold_lower
from .measure import MAX_MEASURE_WORDS
from .vocabulary import folded_words

# The head nouns of a share's measure: the measure already says it is a share.
_HEAD_RE = re.compile(r"^\s*(?:parts?|proportions?|taux|pourcentages?|%)\b", re.I)
_WORD_RE = re.compile(r"[^\W\d_][\w'’-]*")


def _verb(word: str) -> bool:
    """Whether a measure's first word is a verb in the third person plural (« déclarent »,
    « jugeaient », « ont »), not a noun ending the same way (« engagement »): -ent but -ment
    (save the verbs of `plural_verbs_in_ment`: « estiment ») and the adjectives and nouns of
    `ent_words_not_verbs` (« urgent », « souvent »), a short verb of that list, or a future
    (« seront »)."""
    folded = fold_lower(word)
    if folded in folded_words("plural_verbs_in_ment") or (
        folded.endswith("ront") and len(folded) > 5
    ):
        return True  # « estiment », « ont », « seront »
    if folded in folded_words("ent_words_not_verbs"):
        return False
    return folded.endswith("ent") and not folded.endswith("ment") and len(folded) > 4


def _common(actor: str) -> str:
    """The actor as a common noun inside a phrase: « Associations » (a table's header) →
    « associations », but « Français » keeps its capital."""
    first = actor.split()[0] if actor.split() else ""
    if actor.isupper():  # a header in capitals (« HABITANTS »)
        actor = actor.lower()
        return (
            actor.capitalize() if fold_lower(first) in folded_words("proper_populations") else actor
        )
    if (
        not first
        or fold_lower(first) in folded_words("proper_populations")
        or not first[1:].islower()
    ):
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
    de bénévoles — l'association a mobilisé cette année »), unless it already does (« nombre
    de … », « effectif … »), already names the noun, or the count names no noun."""
    measure, noun = measure.strip(), _common(noun.strip())
    if unit not in ("count", "people") or not noun or _COUNT_HEAD_RE.match(measure):
        return measure
    said = re.search(rf"(?:^|\bnombre\s+d(?:e\s+|['’]))\s*{re.escape(noun)}", measure, re.I)
    if said is not None:
        return measure  # « Bénévoles recrutés », « … : nombre de salariés »: said already
    label = f"nombre de {noun} — {measure}" if measure else f"nombre de {noun}"
    return label if len(label.split()) <= MAX_MEASURE_WORDS else measure


# a headcount column's header opening a cell's measure (« (effectif) : Aucun salarié »)
_HEADCOUNT_RE = re.compile(r"^\s*\(?\s*(?:effectifs?|eff\.|n)\s*\)?\s*:\s*", re.I)


def headcount(measure: str, actor: str, unit: str) -> str:
    """Rule `headcount_label`: a headcount cell's measure as the indicator it is (« (effectif)
    : Aucun salarié — Nombre de salariés » → « effectif des associations : Aucun salarié — … »)
    once its row's population is known; any other measure unchanged."""
    m = _HEADCOUNT_RE.match(measure)
    if unit not in ("count", "people") or not actor.strip() or m is None:
        return measure
    return f"effectif des {_common(actor.strip())} : {measure[m.end() :]}"


_COUNT_HEAD_RE = re.compile(r"^\s*(?:nombres?|nb|effectifs?)\b", re.I)


def _indicator(measure: str, actor: str, unit: str, sentence: str) -> str:
    if unit != "%" or not actor.strip() or not measure or _HEAD_RE.match(measure):
        return measure
    first = _WORD_RE.match(measure)
    if first and fold_lower(first.group()) in folded_words("point_before"):
        return measure  # « augmentation du nombre de … »: a rate of change, no share
    actor = actor.strip()
    if not re.search(r"[sxz]$", actor.split()[0], re.I):
        return measure  # « un maire sur deux »: no population named in the plural
    folded, head = fold_lower(measure), fold_lower(actor)
    if folded.startswith(head):  # « Français jugeant urgent … »
        rest = measure[len(actor) :]
        after = _WORD_RE.match(rest.lstrip())
        qui = " qui" if after and _verb(after.group()) else ""  # « Les jeunes sont … »
        return f"part des {_common(measure[: len(actor)])}{qui}{rest}"
    if set(analyze(actor)) <= set(analyze(measure)) and not measure[:1].islower():
        return measure  # a table's label and headers that already name the population
    who = _common(actor)
    if measure[:1].islower() and first:
        word = first.group()
        if fold_lower(word) == "qui":
            return f"part des {who} {measure}"
        if re.match(r"n(?:e\s|['’])", measure, re.I):  # « ne savent pas », « n'ont pas »
            return f"part des {who} qui {measure}"
        if _verb(word):
            return f"part des {who} qui {measure}"
        # the sentence prints the actor right before the measure's first word, an adjective:
        # the actor goes on (« des habitants interrogés jugent … »)
        said = re.search(rf"{re.escape(actor)}\s+{re.escape(word)}", sentence, re.I)
        if said is not None:
            words = measure.split()
            verb = next((k for k, w in enumerate(words[:4]) if _verb(w)), None)
            if verb:  # « … interrogés qui jugent … »
                words.insert(verb, "qui")
            return f"part des {who} {' '.join(words)}"
        elided = re.match(r"[^\W\d_]+['’]", word)  # « d'alliance » opens on « d' »
        key = fold_lower(elided.group() if elided else word)
        complements = folded_words("measure_complements")
        if key.endswith("ant") or key in complements:  # « -ants » are nouns (« dirigeants »)
            return f"part des {who} {measure}"  # « jugeant … », « de moins de 500 … »
    if first and _verb(first.group()):  # a row label « Jugent les pistes sûres »
        return f"part des {who} qui {measure[:1].lower()}{measure[1:]}"
    return f"part des {who} — {measure}"  # a label read from a table or a box


_PREFIX_JOINS_RE = re.compile(r"^\s*(?:qui\s+|—\s*)?")


def unlabelled(measure: str, actor: str, noun: str, unit: str) -> str:
    """The measure without the head `indicator` or `counted` put before it (« part des maires
    qui jugent … » → « jugent … », « nombre de maires — l'enquête … » → « l'enquête … »): the
    words rows of one series compare; the measure itself when nothing was put before it."""
    if unit == "%" and actor.strip():
        head = rf"part des {re.escape(_common(actor.strip()))}"
    elif unit in ("count", "people") and noun.strip():  # « nombre d'associations — … » elided
        head = rf"nombre d(?:e |['’]){re.escape(_common(noun.strip()))} —"
    else:
        return measure
    m = re.match(head, measure, re.I)
    return measure if m is None else _PREFIX_JOINS_RE.sub("", measure[m.end() :], count=1)
