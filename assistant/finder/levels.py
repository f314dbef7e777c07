"""Level clauses: a share that only gives the level of a measure already said (« Ce taux
montait à 53 % parmi celles qui emploient des salariés », « Les associations se situaient à
un niveau voisin, avec 38 % », « Chez les plus petites, …, elles ne sont plus que 20 % »).
Their level words and the subgroup they name are left out when deciding whether a clause
restates the sentence before (`anaphora.restates`)."""

from __future__ import annotations

import re
from functools import cache

from ..text import fold_lower
from .vocabulary import folded_words, vocabulary

_WORD_RE = re.compile(r"[^\W\d_]+")
_OF = (["de"], ["d"], ["des"], ["du"])
_OF_YEAR_RE = re.compile(r"\b(?:de|d'|en)\s*(?:19|20)\d\d\b")


@cache
def _level_words() -> frozenset[str]:
    return folded_words("level_words")


@cache
def _level_nouns() -> frozenset[str]:
    return folded_words("level_nouns")


@cache
def _subgroup_re() -> re.Pattern[str]:
    """« parmi celles qui emploient des salariés », « côté associations », « , celles dont le
    budget … »: the subgroup a level is given for, up to the punctuation (folded text)."""
    words = "|".join(re.escape(fold_lower(w)) for w in vocabulary().words("subgroup_words"))
    return re.compile(rf"(?:\b(?:{words})|,\s*(?:celles|ceux) (?:qui|dont))\b[^,;:.()]*")


def level_reading(folded: str, restating: frozenset[str]) -> tuple[list[str], set[int], bool]:
    """A folded measure's words without its subgroup, the positions of the words that point
    back (`restating`, level words, a level noun standing alone: « ce taux », not « taux de
    participation »), and whether it named a subgroup."""
    subgroup = _subgroup_re()
    # « Le résultat de 2012 »: a year after a level noun does not say what it measures
    words = _WORD_RE.findall(subgroup.sub(" ", _OF_YEAR_RE.sub(" ", folded)))
    levels, nouns = restating | _level_words(), _level_nouns()
    pointing = {
        i
        for i, w in enumerate(words)
        if w in levels or (w in nouns and words[i + 1 : i + 2] not in _OF)
    }
    return words, pointing, subgroup.search(folded) is not None


def is_level(folded: str) -> bool:
    """Whether a folded clause gives a level (« s'établissait à », « il atteignait », « ce
    taux »), not only restates (« c'est le cas »)."""
    return bool(level_reading(folded, frozenset())[1])
