"""Whether a sentence names a person (data/people.toml): a first name before a capitalised
name (« Anne Robin », « Charles-Benoît Heidsieck »), a title before one (« le Professeur
Aurengo », « Mme Durand »), a name right after « par » (« présidé par Volker Beckman »), or
people named together (« les membres fondateurs »). A body, a place, an event or a role's title (« EDF Energy »,
« Grande-Bretagne », « Giving Tuesday », « le Directeur Général ») names no one who holds a
role (rule `role`, assistant/answer/held_roles.py)."""

from __future__ import annotations

import re
from functools import cache

from ..datafiles import read_data
from ..text import fold

# A capitalised word (or a title ending in a full stop) and the capitalised word after it; the
# first may follow an elision (« d’Anne Robin »).
_PAIR = re.compile(r"(?<![\w-])([A-ZÀ-Ö][\w’'-]*\.?)\s+(?=([A-ZÀ-Ö][\w’'-]+))")


@cache
def _words(table: str) -> frozenset[str]:
    return frozenset(
        fold(w.lower()) for e in read_data("people.toml").get(table, ()) for w in e["words"]
    )


def names_person(sentence: str, known: frozenset[str] = frozenset()) -> bool:
    """Whether the sentence names a person the question does not itself name (`known`: its
    folded words)."""
    for m in _GROUP.finditer(sentence):
        if fold(m.group(1).lower()) in _words("groups"):
            return True  # « les membres fondateurs constituent la direction »
    for m in _PAIR.finditer(sentence):
        first, name = fold(m.group(1).lower()), fold(m.group(2).lower())
        if name.rstrip(".") in known:
            continue
        if first in _words("titles") or first.split("-")[0] in _words("first_names"):
            return True
        if _AGENT.search(sentence, 0, m.start()) and not m.group(1).isupper():
            return True  # « présidé par Volker Beckman »: no article, so no body
    return False


# People named together by a plural noun after a determiner (data/people.toml `groups`).
_GROUP = re.compile(r"\b(?:[Ll]es|[Ss]es|[Ll]eurs|[Cc]es)\s+([\w-]+)")
# « … par » right before a name: the agent of a passive, a person when no article comes
# between (« par la Fondation X », « par le RAMEAU » name bodies).
_AGENT = re.compile(r"\bpar\s+$")


def asks_person(question: str) -> bool:
    """Whether the role a question asks about is one only a person holds (data/people.toml
    `person_roles`: « qui préside … ? », « c ki la dg ? », not « qui pilote le projet ? »)."""
    return bool(set(re.findall(r"[\w-]+", fold(question.lower()))) & _words("person_roles"))
