"""What a « qui … ? » question asks of a role — someone named in the answering passage (rule
`role`), a person for a role only a person holds (`person`), the role itself and not another
(`role_named`), for the body asked and not another (`owner`) — and whether the sentences the
answer quotes give it (assistant/answer/held.py gathers these signals;
assistant/answer/refusal.py reads them)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from ..reading.query import Query
from ..settings import GenerationSettings
from ..text import analyze, fold_lower
from .candidate import Candidate
from .focus import asked_role_families, asks_role, role_words
from .kinds import names_someone
from .owned import owned
from .people import asks_person, names_person


def role_signals(
    query: Query, chosen: Sequence[Candidate], conf: GenerationSettings
) -> dict[str, Any]:
    """`role_held`, `person_held`, `role_named_held`, `owner_held` for a « qui … ? » question
    (none for a question asking no role)."""
    # « Qui préside … ? » asks for someone: a quoted sentence names one (rule `role`).
    if conf.role and asks_role(query.asked):
        # In the best sentence's passage: the president another passage names is another
        # body's (« le Conseil scientifique, présidé par … » for « le Conseil des jeunes »).
        best = chosen[0].hit_index if chosen else -1
        ours = [c for c in chosen if c.hit_index == best]
        giving = [c.text for c in ours if names_someone(c.text)]
        signals = {"role_held": bool(giving)}
        if conf.person and asks_person(query.asked):
            # A role only a person holds: a quoted sentence names a person (data/people.toml),
            # not only a body, a place or a role's title (rule `person`); the best passage may
            # name no one at all, another that holds every name asked may name the person.
            known = frozenset(
                fold_lower(w) for w in re.findall(r"[A-ZÀ-Ö][\w-]*", query.pinned)
            )  # the question's own names (« la Fondation Marie Blanc ») are no answer
            signals["person_held"] = any(
                names_person(c.text, known) for c in chosen if not c.near_miss
            )
        if conf.role_named and giving and (families := asked_role_families(query.asked)):
            # « qui est le trésorier de X ? »: a quoted sentence says the role asked, not
            # only the name of X's president (rule `role_named`)
            signals["role_named_held"] = any(
                _role_said(c.text, families, query.names) for c in chosen
            )
        if conf.owner:
            # The role the question names, not its near kin (« sa directrice » is not
            # who presides).
            role = frozenset(analyze(query.asked)) & role_words()
            if role and giving:
                signals["owner_held"] = owned(query, giving, role)
        return signals
    return {}


def _role_said(sentence: str, families: Sequence[frozenset[str]], subjects: Sequence[str]) -> bool:
    """Whether the sentence says a role of the families asked: not one the question's subject
    itself holds over something else, a participle opening its clause (« Pilotée par la
    Fondation X, la Charte … » does not say who presides the Fondation X; « désigné trésorier
    par l'association X » does say who is its treasurer)."""
    text = fold_lower(sentence).replace("’", "'")
    for name in subjects:
        named = re.escape(fold_lower(name))
        # « … par l'association Les Jardins » for the name « jardins »: a few words between
        held_by = rf"(?:^|[,;:\n(]\s*)[\w-]+\s+par\s+(?:[\w']+\s+|l'){{0,3}}{named}"
        text = _subject_roles(re.sub(held_by, " ", text), named, families)
    words = set(analyze(text))
    return any(family & words for family in families)


# What may stand between a body's name and the verb of a role it holds over something else:
# the rest of its name (up to two words that are not small words: « les jardins » +
# « partagés »), then « , qui » and an auxiliary (« La Fondation X a piloté ce travail »,
# « X, qui anime le réseau »).
_REST = r"(?:\s+(?!(?:a|avait|aura|qui|est|sont|et|sa|son|ses|sous|pour|comme)\b)[\w'-]+)"
_SUBJECTS = [
    re.compile(
        rf"{_REST}{{{n}}}\s*(?:,\s*)?(?:qui\s+)?(?:(?:a|avait|aura|ont|avaient)\s+)?"
        r"(?P<role>[\w'-]+)"
    )
    for n in range(3)
]


def _subject_roles(text: str, named: str, families: Sequence[frozenset[str]]) -> str:
    """The folded sentence without the roles the subject named holds over something else:
    « La Fondation X a piloté ce travail », « les Jardins partagés, qui animent le réseau »;
    not « X est présidée (depuis 2019) par … » (a « par » follows), « X et sa présidente … »,
    « X, sous la présidence de … », « X a pour présidente … », « X a élu Luc Pot président »
    (the role is not the verb right after the name)."""
    for m in re.finditer(rf"\b{named}\b", text):
        for pattern in _SUBJECTS:
            subject = pattern.match(text, m.end())
            if not subject or not any(
                set(analyze(subject.group("role"))) & family for family in families
            ):
                continue
            rest = text[subject.end() :]
            if re.search(r"\bpar\b", re.split(r"[.;]", rest)[0]):
                break  # « … présidée depuis 2019 par … »
            return text[: m.end()] + " " + _subject_roles(rest, named, families)
    return text
