"""Rule `note_years`: a figure that only its document dates takes the year of the footnote its
sentence calls. An advocacy note or a synthesis quotes many studies and dates each in a
numbered note at the foot of the page (« … estimaient déjà que faire alliance relevait d'un
devoir1. » / « 1. Observatoire des partenariats, PHARE-Citoyens, enquête réalisée en 2015 … »):
the note's fieldwork year, else the period it names (« programme IMPACT 2018-2022 »), else its
only year (« Synthèse du 3e dîner « Élus & Entreprises », 2019. »)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from ..text import YEAR
from .fieldwork import survey_years
from .rows import FigureRow

# « 1. Observatoire des partenariats, … », « 7 Agence Cantor, … »: a note, at a line start
_NOTE_RE = re.compile(r"^[ \t]*(\d{1,2})\.?[ \t]+(?=[A-ZÀ-ÝŒ«])", re.M)
# a call glued to a word (« devoir1 », « coopérations5. ») or after a closing quote (« » 8 »),
# before a space, a punctuation mark or the line's end
_CALL_RE = re.compile(r"(?:(?<=[^\W\d_])|(?<=»)|(?<=» ))(\d{1,2})(?=[\s.,;:!?)]|$)")
_PERIOD_RE = re.compile(r"(?<!\d)((?:19|20)\d\d)\s*[-–]\s*((?:19|20)\d\d)(?!\d)")


def _note_year(note: str) -> str:
    """The year a note dates its study with: its fieldwork (or data) year, else the period it
    names, else its only year; "" when it prints several and says none is the fieldwork."""
    fieldwork = survey_years(note)
    if fieldwork:
        return fieldwork[0][1]
    period = _PERIOD_RE.search(note)
    if period and period.group(1) < period.group(2):
        return period.group()
    years = {m.group() for m in YEAR.finditer(note)}
    return years.pop() if len(years) == 1 else ""


def page_notes(text: str) -> dict[int, tuple[int, str]]:
    """The numbered notes of a page that its text calls: number → (where the note starts, the
    year it dates its study with). A note counts only when a call to it is printed above it
    (a numbered heading « 1. Des élus prêts » is no note: nothing calls it)."""
    if not _CALL_RE.search(text):
        return {}
    found = list(_NOTE_RE.finditer(text))
    notes: dict[int, tuple[int, str]] = {}
    for m, nxt in zip(found, [*found[1:], None], strict=False):
        number = int(m.group(1))
        end = nxt.start() if nxt else len(text)
        called = any(int(c.group(1)) == number for c in _CALL_RE.finditer(text, 0, m.start()))
        if called and number not in notes:
            notes[number] = (m.start(), _note_year(" ".join(text[m.end() : end].split())))
    return notes


def with_note_years(rows: Sequence[FigureRow], text: str) -> list[FigureRow]:
    """Rule `note_years` (see the module): a figure dated by its document only takes the year
    of the note its sentence calls, the first call after it in the sentence, else the last
    before it."""
    notes = page_notes(text) if any(r.year_source == "document" for r in rows) else {}
    if not notes:
        return list(rows)
    first_note = min(start for start, _ in notes.values())
    out = []
    for row in rows:
        if row.year_source == "document" and row.end <= first_note:
            year = _called_year(row, notes)
            if year:
                row = replace(row, year=year, year_source="source")
        out.append(row)
    return out


def _called_year(row: FigureRow, notes: dict[int, tuple[int, str]]) -> str:
    """The year of the note the row's own sentence calls (a table row: its own line), ""."""
    at = max(0, row.sentence.find(row.text))
    calls = [c for c in _CALL_RE.finditer(row.sentence) if int(c.group(1)) in notes]
    after = [c for c in calls if c.start() >= at + len(row.text)]
    before = [c for c in calls if c.end() <= at]
    call = after[0] if after else before[-1] if before else None
    return notes[int(call.group(1))][1] if call else ""
