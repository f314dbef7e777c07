"""What a pronoun or an elided noun stands for: the population « elles », « celles qui … »,
« d'entre eux », « on en compte » point back to (by gender and number, in the sentence then in
the sentences before), and the populations a sentence names for the sentences after it."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from ..text import fold_in_place, fold_lower
from .detect import Found
from .parts import Actor
from .relations import counted_actors
from .vocabulary import ActorMatch, folded_words, vocabulary

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


def sentence_actors(sentence: str) -> list[Actor]:
    """The populations a sentence names, in order (the antecedents of the next sentences)."""
    folded = fold_in_place(sentence)
    return [
        Actor(sentence[a.start : a.end], a.category, -1, -1)
        for a in counted_actors(folded, vocabulary().actors(folded))
    ]


def subject_before(before_sentence: str) -> Actor | None:
    """What « elles » opening a sentence stands for: the first plural population the sentence
    before names (its subject, not « des salariés » in « les associations qui emploient des
    salariés »), None if it names none."""
    return next((a for a in sentence_actors(before_sentence) if is_plural(a.text)), None)


# « On en compte 148 000 », « on en dénombre », « il y en a »: a count of what « en » stands for
_EN_COUNT_RE = re.compile(r"\b(?:on|il\s+y)\s+en\s+(?:compte|dénombre|recense|a)\b", re.I)
_AMONG_ELLES_RE = re.compile(r"\s*d['’]\s*entre\s+elles\b")
# a count of a plural noun before « d'entre eux » (« les 15 projets », « 350 catalyseurs »)
_COUNTED_NOUN_RE = re.compile(r"\b\d[\d \u00a0\u202f]*\s+([^\W\d_][\w'’-]*[sx])\b")


def among_antecedent(
    sentence: str,
    folded: str,
    fig: Found,
    actors: list[ActorMatch],
    last: Actor | None,
    previous: list[Actor],
    before_sentence: str,
) -> Actor | None:
    """What « N d'entre eux / elles » counts (rule `among_count`): the population of the
    figure before when the pronoun's gender fits it (« 350 catalyseurs ; 120 d'entre eux »);
    else the nearest population of that gender named before in the sentence (« Les maires
    … soutiennent les associations et 120 d'entre eux »: not « associations »); no one when
    a count of things stands nearer (« Sur les 15 projets présentés, 6 d'entre eux »); else
    the subject of the sentence before, or the nearest population of that gender before."""
    feminine = _AMONG_ELLES_RE.match(folded, fig.end) is not None
    counted = list(_COUNTED_NOUN_RE.finditer(sentence, 0, fig.start))
    thing = counted[-1] if counted else None  # « 15 projets », « 350 catalyseurs »
    if (
        last is not None
        and thing is not None
        and fold_in_place(last.text).split()[0] == fold_in_place(thing.group(1))
    ):
        return last
    if last is not None and is_feminine(last) == feminine:
        return last
    fitting = [
        a
        for a in actors
        if a.end <= fig.start
        and is_plural(sentence[a.start : a.end].split()[0])
        and is_feminine(Actor(sentence[a.start : a.end], a.category, a.start, a.end)) == feminine
    ]
    if (
        thing is not None
        and not any(a.start >= thing.start() for a in fitting)
        and not any(a.start == thing.start(1) for a in actors)
    ):
        return None  # « Sur les 15 projets présentés (…), 6 d'entre eux »: things
    if fitting:
        a = fitting[-1]
        return Actor(sentence[a.start : a.end], a.category, a.start, a.end)
    subject = subject_before(before_sentence)
    if subject is not None and is_feminine(subject) == feminine:
        return subject
    return nearest_plural([p for p in previous if is_feminine(p) == feminine])


def generic_before(before_sentence: str, sentence: str) -> Actor | None:
    """Rule `generic_antecedent`: what « On en compte 148 000 » counts when the sentence before
    names no plural population but opens on a singular one, a kind defined
    (« Association qui rémunère au moins un salarié. »): that kind, in the plural."""
    if not _EN_COUNT_RE.search(sentence):
        return None
    found = sentence_actors(before_sentence)
    if not found or is_plural(found[0].text):
        return None
    opening = before_sentence.lstrip()
    if not opening.startswith(found[0].text):
        return None
    return replace(found[0], text=plural_form(found[0].text))


def nearest_plural(previous: list[Actor]) -> Actor | None:
    """The antecedent of « elles », « ceux », « d'entre eux »: the nearest plural population
    before (« l'association … une entreprise. Parmi celles … » points past « entreprise »)."""
    return next((p for p in reversed(previous) if is_plural(p.text)), None)


def is_plural(text: str) -> bool:
    return text.rstrip().endswith(("s", "x", "S", "X"))
