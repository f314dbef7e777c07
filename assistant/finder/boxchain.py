"""Key figures in boxes that point back to the box before (rule `box_restates`): « 81 % / des
dirigeants d'entreprise voient dans les partenariats une source d'innovation. / Programme
IMPACT / 86 % / des responsables associatifs partagent ce constat. »: the second box measures
what the first one says. A box has no sentence of its own section to point at, so
`pointing.reread` does not see it."""

from __future__ import annotations

import itertools
import re
from dataclasses import replace
from functools import cache

from ..text import fold_lower
from .anaphora import restates, restating_words
from .rows import SHARE_UNITS, FigureRow
from .vocabulary import folded_words

MAX_BOX_GAP = 200  # characters between a key figure and the one before it on the page
# « ne partagent pas ce constat », « pensent l'inverse »: a box that contradicts the one before
_NEGATION_RE = re.compile(r"\b(?:ne|n['’]|pas|aucun|aucune|jamais|inverse|contraire)\b")
_WORD_RE = re.compile(r"[^\W\d_]+")


@cache
def _pointing_nouns() -> frozenset[str]:
    return folded_words("pointing_nouns") | restating_words()


def _points_back(row: FigureRow) -> bool:
    """Whether a box's own words (its sentence after the figure) only point back to the box
    before: a demonstrative or « même » before a noun of `pointing_nouns` (« partagent ce
    constat », « sont dans ce cas », « sont du même avis »), no negation or opposite, and
    nothing else said once those words and its population are left out (`restates`)."""
    at = row.sentence.find(row.text)
    own = fold_lower(row.sentence[at + len(row.text) :] if at >= 0 else row.sentence)
    own = own.replace("’", "'")
    if _NEGATION_RE.search(own):
        return False
    words = _WORD_RE.findall(own)
    pointing = any(
        w in ("ce", "cet", "cette", "ces", "meme") and nxt in _pointing_nouns()
        for w, nxt in itertools.pairwise(words)
    )
    return pointing and restates(own, row.actor, row.unit)


def _opens(row: FigureRow) -> bool:
    """Whether a row's figure opens its sentence, as in a key figure's box."""
    return row.sentence.lstrip().startswith(row.text)


def with_box_antecedents(rows: list[FigureRow]) -> list[FigureRow]:
    """The rows of one page, a box's share whose words only point back (`_points_back`)
    measuring what the box just before it measures, when both open their sentence and stand at
    most MAX_BOX_GAP characters apart."""
    out: list[FigureRow] = []
    last: FigureRow | None = None
    for row in rows:
        if row.unit in SHARE_UNITS:
            if (
                last is not None
                and 0 <= row.start - last.end <= MAX_BOX_GAP
                and row.sentence != last.sentence
                and _opens(row)
                and _opens(last)
                and _points_back(row)
            ):
                row = replace(row, measure=last.measure)
            elif not restates(row.measure, row.actor, row.unit):
                last = row
        out.append(row)
    return out
