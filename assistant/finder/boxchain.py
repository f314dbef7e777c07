"""Key figures in boxes that point back to the box before (rule `box_restates`): « 81 % / des
dirigeants d'entreprise voient dans les partenariats une source d'innovation. / Programme
IMPACT / 86 % / des responsables associatifs partagent ce constat. »: the second box measures
what the first one says. A box has no sentence of its own section to point at, so
`pointing.reread` does not see it."""

from __future__ import annotations

import re
from dataclasses import replace

from ..text import fold_lower
from .anaphora import restates, restating_words
from .levels import level_reading
from .rows import SHARE_UNITS, FigureRow

MAX_BOX_GAP = 200  # characters between a key figure and the one before it on the page
# « ce constat », « cet avis », « cette vision de l'innovation »: what points back is a
# demonstrative, not any restating word (« citent Facebook », « répondent oui à … »)
_DEMONSTRATIVE_RE = re.compile(r"\b(?:ce|cet|cette|ces)\s+[^\W\d_]")
# « ne partagent pas ce constat »: a box that contradicts the one before measures it not
_NEGATION_RE = re.compile(r"\b(?:ne|n['’]|pas|aucun|aucune|jamais|inverse|contraire)\b")


def _points_back(measure: str) -> bool:
    """Whether a box's measure only points back to the box before: a demonstrative and a
    restating word (« partagent ce constat »), no negation or opposite."""
    folded = fold_lower(measure).replace("’", "'")
    if not _DEMONSTRATIVE_RE.search(folded) or _NEGATION_RE.search(folded):
        return False
    return bool(level_reading(folded, restating_words())[1])


def _opens(row: FigureRow) -> bool:
    """Whether a row's figure opens its sentence, as in a key figure's box."""
    return row.sentence.lstrip().startswith(row.text)


def with_box_antecedents(rows: list[FigureRow]) -> list[FigureRow]:
    """The rows of one page, a box's share whose measure only points back (`_points_back`)
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
                and _points_back(row.measure)
                and restates(row.measure, row.actor, row.unit)
            ):
                row = replace(row, measure=last.measure)
            elif not restates(row.measure, row.actor, row.unit):
                last = row
        out.append(row)
    return out
