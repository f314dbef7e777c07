"""Numbers that share the unit or counted noun printed after the next one: a range or a pair
(« environ 70 à 80 % », « en passant de 3 à 9 % », « atteindre respectivement 1 000 et 350
structures », « entre 15 et 30 ans ») gives its first number the second one's unit."""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..text import YEAR

_LINK_RE = re.compile(r"[ \t]*(?:et|à|ou)[ \t]+")
SHARED_UNITS = ("%", "count", "people", "years")


Figure = tuple[int, int, float, str, str]  # start, end, value, unit, counted noun


def shared_units(
    flat: str, candidates: Iterable[tuple[int, int, float]], found: Iterable[Figure]
) -> list[Figure]:
    """Rule `shared_unit`: the bare numbers among `candidates` (start, end, value: numbers no
    rule made a figure, names and codes left out) linked by « et », « à », « ou » to a figure
    of one of SHARED_UNITS printed right after them, as figures of that unit and noun; right
    to left, so « 1, 2 et 3 ans » would chain."""
    after = {f[0]: f for f in found}
    out: list[Figure] = []
    for start, end, value in sorted(candidates, reverse=True):
        link = _LINK_RE.match(flat, end)
        nxt = after.get(link.end()) if link else None
        if nxt is None or nxt[3] not in SHARED_UNITS or YEAR.fullmatch(flat[start:end]):
            continue
        fig = (start, end, value, nxt[3], nxt[4])
        out.append(fig)
        after[start] = fig
    return out
