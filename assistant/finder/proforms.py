"""Pro-form predicates: a share whose clause stands for a verb phrase said by the share just
before it (« 21 % développent des partenariats, 33 % souhaitent s'y engager et 46 % ne le
souhaitent pas »; a table « Développe déjà des partenariats 21 % / Souhaite en développer 33 %
/ Ne le souhaite pas 46 % ») measures that verb phrase too: « ne le souhaitent pas —
développent des partenariats »."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from functools import cache

from ..text import fold_lower
from .measure import MAX_MEASURE_WORDS
from .rows import FigureRow
from .vocabulary import vocabulary

MAX_GAP = 200  # characters between two shares of one enumeration (a sentence, a table)


@cache
def _proform_re() -> re.Pattern[str]:
    """A clitic standing for a verb phrase (folded text): « ne le », « s'y », « le faire »,
    « en développer » (figure_words.toml proform_patterns)."""
    return re.compile("|".join(vocabulary().words("proform_patterns")))


def is_proform(measure: str) -> bool:
    return _proform_re().search(fold_lower(measure).replace("’", "'")) is not None


def _own_words(antecedent: str, measure: str) -> str:
    """The antecedent's words without those it shares with the measure at either end (a
    table's « Part : … (Situation de l'entreprise) »)."""
    a, m = antecedent.split(), measure.split()
    head = 0
    while head < min(len(a), len(m)) and a[head] == m[head]:
        head += 1
    tail = 0
    while tail < min(len(a), len(m)) - head and a[-1 - tail] == m[-1 - tail]:
        tail += 1
    return " ".join(a[head : len(a) - tail]).strip(" :;,")


def with_antecedents(rows: list[FigureRow]) -> Iterator[FigureRow]:
    """The rows of one page, each pro-form share's measure followed by the verb phrase of the
    share its enumeration starts with (shares at most MAX_GAP characters apart)."""
    antecedent: FigureRow | None = None
    previous: FigureRow | None = None
    for row in rows:
        near = previous is not None and 0 <= row.start - previous.end <= MAX_GAP
        if row.unit != "%":
            antecedent = None
        elif not is_proform(row.measure.split(" — ")[0]):  # not the table's title or lead
            antecedent = row
        elif antecedent is not None and near:
            said = _own_words(antecedent.measure, row.measure)
            measure = f"{row.measure} — {said}"
            if len(measure.split()) > MAX_MEASURE_WORDS:  # a table's title and lead give way
                measure = f"{row.measure.split(' — ')[0]} — {said}"
            if said and len(measure.split()) <= MAX_MEASURE_WORDS:
                row = replace(row, measure=measure)
        else:
            antecedent = None
        previous = row
        yield row
