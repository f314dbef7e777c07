"""What a question wants that its question word does not say (rule `wanted`): where data comes
from (« qui collecte les données … ? »), how often it is updated (« tous les combien ? »), how a
survey reached its respondents (« de quelle façon ont-ils été interrogés ? »), where something
took place (« où et quand … ? »), an organisation's address (« c'est où leur siège ? »); and the
sentences that give it (« Les données sont produites par l'autorité de régulation »,
« Fréquence de mise à jour : trimestrielle », « par téléphone », « à Lyon », « Av. des Tilleuls
8 »). Patterns: data/wanted.toml, each with its reason."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ..datafiles import read_data
from ..text import fold_lower


@dataclass(frozen=True)
class Wanted:
    name: str
    asks: tuple[re.Pattern[str], ...]
    answers: tuple[re.Pattern[str], ...]
    replaces_kind: bool  # the question word misleads: « combien » of « tous les combien »
    cues: tuple[re.Pattern[str], ...] = ()  # a part holding one wants what the question wants
    # Read on the text as written (« où » is not « ou », a place has a capital), questions in
    # lowercase; else both folded (accents off, lowercase).
    folded: bool = True
    # A sentence prints it or not (an hour, a phone number): none quoted, the answer refuses
    # (rule `given`).
    refuses: bool = False

    def read(self, text: str, question: bool) -> str:
        if self.folded:
            return fold_lower(text)
        return text.lower() if question else text


@cache
def _table() -> tuple[Wanted, ...]:
    return tuple(
        Wanted(
            entry["name"],
            tuple(re.compile(p) for p in entry["asks"]),
            tuple(re.compile(p, re.M) for p in entry["answers"]),
            bool(entry["replaces_kind"]),
            tuple(re.compile(p) for p in entry.get("cues", ())),
            bool(entry.get("folded", True)),
            bool(entry.get("refuses", False)),
        )
        for entry in read_data("wanted.toml")["wanted"]
    )


def wanted(question: str) -> frozenset[str]:
    """The names of what the question wants beyond its question word (data/wanted.toml)."""
    return frozenset(
        w.name for w in _table() if any(p.search(w.read(question, True)) for p in w.asks)
    )


def wanted_by_part(part: str, question: str) -> frozenset[str]:
    """What one part of a two-part question wants: what it asks itself, or what the whole
    question asks when the part holds its cue (« Combien de maires ont été interrogés, et de
    quelle façon ? »: the second part wants the survey's mode)."""
    out = set()
    for w in _table():
        p, q = w.read(part, True), w.read(question, True)
        if any(a.search(p) for a in w.asks) or (
            any(c.search(p) for c in w.cues) and any(a.search(q) for a in w.asks)
        ):
            out.add(w.name)
    return frozenset(out)


def refusing(names: frozenset[str]) -> frozenset[str]:
    """Those of `names` whose absence from the quoted sentences refuses the answer (rule
    `given`: an hour, a telephone number, an e-mail address)."""
    return frozenset(w.name for w in _table() if w.name in names and w.refuses)


def replaces_kind(names: frozenset[str]) -> bool:
    """Whether one of them says better than the question word what answers (« tous les
    combien » asks how often, not an amount)."""
    return any(w.replaces_kind for w in _table() if w.name in names)


def gives(names: frozenset[str], sentence: str) -> bool:
    """Whether the sentence gives one of the things wanted."""
    if not names:
        return False
    return any(
        p.search(w.read(sentence, False)) for w in _table() if w.name in names for p in w.answers
    )
