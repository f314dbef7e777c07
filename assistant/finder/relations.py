"""Populations named inside a relation (« des partenariats entre associations et entreprises »,
« la coopération entre acteurs », « la coopération économique entre structures »): they say
between whom something happens, not whom a figure counts, and are not candidates for it."""

from __future__ import annotations

import re

from .vocabulary import ActorMatch

# « entre acteurs », « entre les associations et les », « entre associations, entreprises et »:
# « entre », then at most one other population or noun and its link, just before a population.
_BETWEEN_RE = re.compile(
    r"\bentre\s+(?:(?:les|des|ces|leurs)\s+)?"
    r"(?:[^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*)?\s*(?:,|et|ou)\s+(?:(?:les|des|ces|leurs)\s+)?)?$"
)
REACH = 60  # characters before a population where « entre » is looked for


def in_relation(folded: str, match: ActorMatch) -> bool:
    """Whether a population of a folded text is named inside a relation (« entre … »)."""
    before = folded[max(0, match.start - REACH) : match.start]
    return "entre" in before and _BETWEEN_RE.search(before) is not None


def counted_actors(folded: str, actors: list[ActorMatch]) -> list[ActorMatch]:
    """Rule `between`: the populations of a folded text, less those inside a relation."""
    return [a for a in actors if not in_relation(folded, a)]
