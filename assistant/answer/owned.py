"""Whether the sentences the answer quotes leave what is asked — a sum, a role — to the body
the question names (rule `owner`): whose the question asks about (its words, or for a
follow-up that points back with a pronoun, the previous question's), and whose each sentence
gives (assistant/answer/owner.py)."""

from __future__ import annotations

from collections.abc import Sequence

from ..reading import constraints
from ..reading.query import Query
from ..types import Hit
from . import owner
from .asked import capitals
from .candidate import Candidate


def owned(
    query: Query, giving: Sequence[str], attribute: frozenset[str], leads: Sequence[str] = ()
) -> bool:
    """Whether a sentence giving what is asked does not tie it to another named body than
    the question's (rule `owner`, assistant/answer/owner.py). `leads`: what each sentence
    may point back at (`owner.lead`)."""
    asked = owner.asked_owner(query.pinned, attribute)
    said = query.pinned
    if not asked and query.pointed_back and not query.names:
        # « … la Fondation X … — qui la préside ? »: the pronoun stands for what the previous
        # question named.
        asked, said = owner.named_owner(constraints.names(query.context)), query.context
    if not asked:
        return True  # the question does not name whose it asks
    kinds = owner.asked_kinds(said, attribute)
    return owner.held(giving, attribute, asked, capitals(said), leads, kinds)


def lead_texts(
    chosen: Sequence[Candidate], hits: Sequence[Hit], attribute: frozenset[str]
) -> list[str]:
    """For each quoted sentence, what it may point back at (`owner.lead`)."""
    return [owner.lead(c.text, hits[c.hit_index].chunk.text, attribute) for c in chosen]
