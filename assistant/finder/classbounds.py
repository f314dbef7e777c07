"""Figures that bound a class of what another figure of their sentence counts, and so are no
figures of their own: an amount or a size after « moins de » / « plus de » in a share's clause
(« un quart des coalitions disposent de moins de 10 000 € », « une sur deux fonctionne avec
moins de trois salariés », rule `share_bound`), an age bounding a class of people a share or a
headcount counts (« Chez les moins de 35 ans, l'adhésion atteint 88 % », rule `age_classes`).
The bound stays in the counting figure's measure."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..text import fold_lower
from .thresholds import age_class, population_age
from .vocabulary import folded_words

if TYPE_CHECKING:
    from .detect import Found

SENTENCE_END_RE = re.compile(r"[.!?;:]\s")  # (detect.py reads clauses with it too)


def without_class_bounds(flat: str, found: Sequence[Found]) -> list[Found]:
    """The figures of a flattened page, less those that bound a class another one counts."""
    out = list(found)
    if "moins de" in flat or "plus de" in flat:
        out = [f for f in out if f.unit not in _BOUND_UNITS or not _share_bound(flat, f, out)]
    if " ans" in flat:  # « chez les moins de 35 ans », « les jeunes de 18 à 24 ans »
        out = [f for f in out if f.unit != "years" or not _counted_age(flat, f, out)]
    return out


_BOUND_BEFORE_RE = re.compile(r"\b(?:moins|plus)\s+de\s*$|\bau\s+moins\s*$", re.I)
SHARE_BOUND_REACH = 80  # characters from a share to the amount bounding what it counts


def _share_bound(flat: str, fig: Found, found: list[Found]) -> bool:
    """Rule `share_bound`: an amount or a count after « moins de » / « plus de » in the clause
    of a share printed before it bounds the class the share counts (« un quart des coalitions
    disposent de moins de 10 000 € », « une sur deux fonctionne avec moins de trois
    salariés »): part of what is measured, not a figure of its own."""
    bound = _BOUND_BEFORE_RE.search(flat, max(0, fig.start - 12), fig.start)
    if bound is None:
        return False
    return any(
        f.unit == "%"
        and 0 < fig.start - f.end <= SHARE_BOUND_REACH
        and _counts_class(flat[f.end : bound.start()])
        and (fig.unit == "€" or _sized(flat[f.end : bound.start()]))
        for f in found
    )


def _sized(between: str) -> bool:
    """Whether a count after a share's class is the size of its members (« une commune de
    moins de 2 000 habitants », « celles d'au moins 10 salariés », « fonctionne avec moins de
    trois salariés »), not a count of its own (« 45 % des licenciés avec plus de 3 000
    joueuses »)."""
    return bool(re.search(r"\b(?:de|d['’])\s*$", between)) or bool(
        _VERB_BETWEEN_RE.fullmatch(between)
    )


# between a share and the amount bounding what it counts: the class it counts (« des
# associations disposant de », « pour celles qui gèrent ») in one clause
_CLASS_BETWEEN_RE = re.compile(
    r"^\s*\)?\s*(?:(?:exactement|seulement|environ)\s+)?"
    r"(?:des|de\s+(?:celles|ceux)|(?:pour|parmi|chez)\s+(?:les|celles|ceux)|d['’]entre)\s+"
    r"(?P<noun>[^\W\d_]+)[^,;:.!?]*$",
    re.I,
)


def _counts_class(between: str) -> bool:
    """Whether the words between a share and an amount name the class of people the share
    counts, in one clause (no « et » starting another: « 45 % des ressources et atteignent
    plus de 200 000 € »), not a share of money (« des ressources »)."""
    verb = _VERB_BETWEEN_RE.fullmatch(between)
    if verb and fold_lower(verb.group("verb")) not in folded_words("provenance_verbs"):
        return True  # « une sur deux fonctionne avec », « un projet sur cinq vit avec »
    m = _CLASS_BETWEEN_RE.match(between)
    if m is None or re.search(r"\b(?:et|mais|ou)\s", between):
        return False
    return fold_lower(m.group("noun")) not in folded_words("money_nouns")


_BOUND_UNITS = ("€", "count", "people")
# a share, then the verb of the class it counts and its preposition, then the bound
_VERB_BETWEEN_RE = re.compile(r"\s+(?P<verb>[^\W\d_]+(?:ent|e|t))\s+(?:avec|de|d['’])\s+")


_COUNTING_UNITS = ("%", "/10", "pts", "people")


def _counted_age(flat: str, fig: Found, found: list[Found]) -> bool:
    """Rule `age_classes`: an age bounding a class of people that another figure of its
    sentence counts (« Chez les moins de 35 ans, l'adhésion atteint 88 % », « 2 014 personnes
    âgées de 18 ans et plus »); not an age a rule sets (« ouvert aux jeunes de 16 à 25 ans »)."""
    if population_age(flat, fig.start, fig.end):
        return True
    if not age_class(flat, fig.start, fig.end):
        return False
    ends = [m.end() for m in SENTENCE_END_RE.finditer(flat, 0, fig.start)]
    start = ends[-1] if ends else 0
    stop = SENTENCE_END_RE.search(flat, fig.end)
    end = stop.start() if stop else len(flat)
    # a share, mark or headcount (not an amount: « doté de 2 millions d'euros, ouvert aux
    # jeunes de 16 à 25 ans » sets an age)
    return any(start <= f.start < end and f.unit in _COUNTING_UNITS for f in found)
