"""Shares whose clause only restates the sentence before (« Tous les publics voient dans les
partenariats un levier pour innover. C'est le cas de 74 % des Français », « Elle chiffre la part
des organisations engagées dans des partenariats. … la proportion est de 37 % », « L'échelon
régional vient ensuite. Il en concerne 47 % »): they measure what that sentence says."""

from __future__ import annotations

import re
from functools import cache

from ..text import fold_lower
from .detect import Found
from .levels import level_reading
from .measure import clean, content_words
from .parts import Actor
from .rows import SHARE_UNITS
from .vocabulary import ActorMatch, folded_words, vocabulary


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


# A plural pronoun standing for a population, and its gender: « celles qui … », « parmi
# elles », « Quasiment toutes déclarent » (not « toutes les associations »), « ils étaient »,
# « Chez ces derniers ».
_PRONOUN_RE = re.compile(
    r"\b(?:(?P<f>celles|elles|toutes(?!\s+(?:les|des|ces|leurs|nos|vos)\b))"
    r"|(?P<m>ceux|eux|ils|ces derniers))\b"
)
_PRONOUN_AFTER_RE = re.compile(
    r"\s*(?:(?:[^\W\d_]+\s+){0,2}?(?:parmi|chez)\s+(?:celles|ceux)|d['’]\s*entre\s+(?:eux|elles))\b"
)


@cache
def _feminine() -> frozenset[str]:
    return folded_words("feminine_populations")


def is_feminine(actor: Actor) -> bool:
    words = fold_lower(actor.text).split()
    return bool(words) and words[0] in _feminine()


def pronoun_antecedent(
    sentence: str, folded: str, fig: Found, actors: list[ActorMatch], previous: list[Actor]
) -> Actor | None:
    """Rule `pronoun_gender`: the population a plural pronoun of the figure's clause stands
    for (« Chez celles qui disposent de moins de 10 000 €, la proportion tombe à 20 % », « 53 %
    parmi celles qui emploient des salariés »): the nearest plural population of its gender
    named before the pronoun, in the sentence then in the sentences before; a population
    named after the pronoun is inside its clause (« des salariés »), not what it stands for.
    None when the clause has no such pronoun or no population fits."""
    after = _PRONOUN_AFTER_RE.match(folded, fig.end)
    clause = max(folded.rfind(c, 0, fig.start) for c in ".;!?") + 1
    found = list(_PRONOUN_RE.finditer(folded, clause, fig.start))
    if after:
        at, feminine = after.start(), after.group().rstrip().endswith("elles")
    elif found:
        at, feminine = found[-1].start(), found[-1].group("f") is not None
    else:
        return None
    inside = [
        Actor(sentence[a.start : a.end], a.category, a.start, a.end)
        for a in actors
        if a.end <= min(at, fig.start)
    ]
    return next(
        (
            a
            for a in reversed([*previous, *inside])
            # the head noun is plural (« dirigeants d'entreprise »)
            if _plural_head(a) and is_feminine(a) == feminine
        ),
        None,
    )


def _plural_head(actor: Actor) -> bool:
    return actor.text.split()[0].endswith(("s", "x", "S", "X"))


# the words of a noun phrase that agree with its head, up to its first preposition
_PLURAL_STOP_RE = re.compile(r"^(?:de|d['’].*|du|des|à|au|aux|en|pour|sur|et|ou)$", re.I)


def plural_form(text: str) -> str:
    """A population named in the singular, in the plural (« Association employeuse » →
    « associations employeuses », « Travailleur social » → « travailleurs sociaux »): each
    word up to the first preposition or number takes its plural (« et » goes on between two
    adjectives), an acronym (« TPE ») and a word ending in s, x or z are invariable; the
    capital of a sentence's first word dropped."""
    words = text.split()
    if words and words[0][1:].islower():  # « Association » opening its sentence
        words[0] = words[0].lower()
    out = []
    for i, w in enumerate(words):
        nxt = words[i + 1] if i + 1 < len(words) else ""
        stop = _PLURAL_STOP_RE.match(w) and fold_lower(w) != "et"
        if stop or any(c.isdigit() for c in nxt):
            out.extend(words[i:])
            break
        if w.isupper() or fold_lower(w) == "et" or w.endswith(("s", "x", "z", "S", "X", "Z")):
            out.append(w)
        elif w.endswith("al"):
            out.append(f"{w[:-2]}aux")
        else:
            out.append(f"{w}s")
    return " ".join(out)
