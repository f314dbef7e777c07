"""Whether a sentence names a person (data/people.toml): a first name before a name (« Anne
Durand », « Jean-Marc Lefort », « Hugo de Vries »), a title before one (« le Professeur
Lindqvist », « Mme Durand »), a name right after « par » (« présidé par Ingmar Solberg »), or
people named together (« les membres fondateurs »). A body, a place, an event or a role's title
(« Alpha Energy », « Grande-Bretagne », « le Directeur Général ») names no one who holds a
role (rule `person`, assistant/answer/held_roles.py)."""

from __future__ import annotations

import re
from functools import cache

from ..datafiles import read_data
from ..text import STOP_WORDS, analyze, fold
from .focus import generic_bodies

# A capitalised word (or a title ending in a full stop, or an initial) and the capitalised word
# after it, a particle between them (« Hugo de Vries »); the first may follow an elision
# (« d’Anne Durand »).
_PAIR = re.compile(
    r"(?<![\w-])([A-ZÀ-Ö][\w’'-]*\.?)\s+(?:(?:de|du|des|d['’]|von|van|le|la)\s*)?"
    r"(?=([A-ZÀ-Ö][\w’'-]+))"
)
# « … par » right before a name: the agent of a passive, a person when no article comes
# between (« par la Fondation X », « par Le Réseau Alpha » name bodies).
_AGENT = re.compile(r"\bpar\s+$")


@cache
def _words(table: str) -> frozenset[str]:
    return frozenset(
        fold(w.lower()) for e in read_data("people.toml").get(table, ()) for w in e["words"]
    )


def _first_name(word: str) -> bool:
    """A first name of the list, whole or by its first part (« Jean-Marc », « Marie-Ange »)."""
    return word in _words("first_names") or word.split("-")[0] in _words("first_names")


def names_person(sentence: str, known: frozenset[str] = frozenset()) -> bool:
    """Whether the sentence names a person the question does not itself name (`known`: its
    folded words)."""
    folded = fold(sentence.lower())
    if any(f" {group} " in f" {folded} " for group in _words("groups")):
        return True  # « les membres fondateurs constituent la direction »
    for m in _PAIR.finditer(sentence):
        first, name = fold(m.group(1).lower()).rstrip("."), fold(m.group(2).lower())
        if name in known or name in STOP_WORDS or set(analyze(name)) & generic_bodies():
            continue  # « Marine Nationale », « Lycée Louis … »: no surname
        if first in _words("titles") or (len(first) == 1 and m.group(1).endswith(".")):
            return True  # « Mme Durand », « le Dr. Lindqvist », « J. Durand »
        if _first_name(first) or _role_after(sentence, m.end(2)):
            return True  # « Anne Durand », « Lenoir Durand, trésorière de … »
        agent = _AGENT.search(sentence, 0, m.start()) and first not in STOP_WORDS
        if agent and not m.group(1).isupper() and not set(analyze(first)) & generic_bodies():
            return True  # « présidé par Ingmar Solberg »: no article, so no body
    return False


def _role_after(sentence: str, end: int) -> bool:
    """Whether a role only a person holds follows the name, after a comma (« Lenoir Durand,
    trésorière de l'association »)."""
    after = re.match(r"\s*,\s*(?:(?:le|la|son|sa|notre)\s+)?([\w-]+)", sentence[end:])
    return after is not None and (
        fold(after.group(1).lower()).split("-")[0] in _words("person_roles")
    )


def asks_person(question: str) -> bool:
    """Whether the role a question asks about is one only a person holds (data/people.toml
    `person_roles`: « qui préside … ? », « c ki la dg ? », « la vice-présidente », not « qui
    pilote le projet ? »)."""
    return bool(set(re.findall(r"\w+", fold(question.lower()))) & _words("person_roles"))
