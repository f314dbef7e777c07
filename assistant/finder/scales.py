"""Marks out of 10 printed bare once the text has given the scale (rule `scale_marks`): « Sur
une échelle de 0 à 10, ils attendaient un effet sur l'emploi (7,1 sur 10), puis sur la sécurité
(6,6 chacun), devant le développement économique (6,5). », « Les notes vont de 0 à 10 : 6,5
pour le développement économique, 6,3 pour l'environnement. » Only a decimal number of one
digit before the comma is read so: a whole « 7 » or « 10 » may be anything, and the scale's own
bounds are whole numbers."""

from __future__ import annotations

import re

# The scale, printed before the marks: « sur 10 », « /10 », « de 0 à 10 ».
_SCALE_RE = re.compile(r"\bsur\s+(?:10|dix)\b|/\s?10\b|\bde\s+0\s+à\s+10\b", re.I)
_MARK_RE = re.compile(r"\d,\d{1,2}")
SCALE_REACH = 400  # characters before a mark where its scale is looked for


def scale_mark(flat: str, start: int, number: str) -> bool:
    """Whether the bare number at `start` is a mark out of 10 whose scale the text printed
    just before (rule `scale_marks`)."""
    if not _MARK_RE.fullmatch(number):
        return False
    return _SCALE_RE.search(flat, max(0, start - SCALE_REACH), start) is not None
