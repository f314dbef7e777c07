"""Shares whose clause only restates the sentence before (« Tous les publics voient dans les
partenariats un levier pour innover. C'est le cas de 74 % des Français », « Elle chiffre la part
des organisations engagées dans des partenariats. … la proportion est de 37 % », « L'échelon
régional vient ensuite. Il en concerne 47 % »): they measure what that sentence says."""

from __future__ import annotations

from functools import cache

from ..text import fold_lower
from .levels import level_reading
from .measure import clean, content_words
from .rows import SHARE_UNITS
from .vocabulary import folded_words, vocabulary


@cache
def restating_words() -> frozenset[str]:
    return folded_words("restating_words")


@cache
def _sources() -> frozenset[str]:
    """Nouns of where a level comes from (« Les autres volets aboutissaient à des niveaux
    proches »): they do not say what it measures."""
    return frozenset(fold_lower(w) for w in {*vocabulary().survey_nouns, "volet", "volets"})


def restates(measure: str, actor: str, unit: str) -> bool:
    """Whether a share's or mark's measure is empty, or points back (« le cas », « à le
    penser », « la proportion », « ce taux montait ») and says nothing once those words, its
    population and its subgroup (`levels.level_reading`) are left out."""
    if unit not in SHARE_UNITS:
        return False
    words, pointing, subgroup = level_reading(fold_lower(measure), restating_words())
    drop = set(fold_lower(actor).split()) | _sources()
    if words and not pointing and not subgroup and not set(words) <= drop:
        # « les collectifs d'associations : 56 % » says what it measures; « chez les
        # responsables associatifs (86 %) » only whom it counts
        return False
    kept = [w for i, w in enumerate(words) if i not in pointing and w not in drop]
    return content_words(" ".join(kept)) < 2


def sentence_before(text: str, sentences: list[tuple[int, int]], k: int) -> str:
    """The sentence before the k-th, as a measure (« Tous les publics interrogés voient dans
    les partenariats un levier pour innover »), "" when there is none."""
    if k <= 0:
        return ""
    a, b = sentences[k - 1]
    return clean(text[a:b].replace("\n", " ").rstrip(". "))
