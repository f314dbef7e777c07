"""Shares whose clause only restates the sentence before (« Tous les publics voient dans les
partenariats un levier pour innover. C'est le cas de 74 % des Français », « Elle chiffre la part
des organisations engagées dans des partenariats. … la proportion est de 37 % », « L'échelon
régional vient ensuite. Il en concerne 47 % »): they measure what that sentence says."""

from __future__ import annotations

from functools import cache

from ..text import fold_lower
from .levels import level_reading
from .measure import clean, content_words
from .vocabulary import vocabulary


@cache
def _restating() -> frozenset[str]:
    return frozenset(fold_lower(w) for w in vocabulary().words("restating_words"))


def restates(measure: str, actor: str, unit: str) -> bool:
    """Whether a share's or mark's measure is empty, or points back (« le cas », « à le
    penser », « la proportion », « ce taux montait ») and says nothing once those words, its
    population and its subgroup (`levels.level_reading`) are left out."""
    if unit not in ("%", "/10"):
        return False
    words, pointing, subgroup = level_reading(fold_lower(measure), _restating())
    if words and not pointing and not subgroup:
        return False  # « les collectifs d'associations : 56 % » says what it measures
    drop = set(fold_lower(actor).split())
    kept = [w for i, w in enumerate(words) if i not in pointing and w not in drop]
    return content_words(" ".join(kept)) < 2


def sentence_before(text: str, sentences: list[tuple[int, int]], k: int) -> str:
    """The sentence before the k-th, as a measure (« Tous les publics interrogés voient dans
    les partenariats un levier pour innover »), "" when there is none."""
    if k <= 0:
        return ""
    a, b = sentences[k - 1]
    return clean(text[a:b].replace("\n", " ").rstrip(". "))
