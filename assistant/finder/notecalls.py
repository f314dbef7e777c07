"""Rule `note_years`: a figure that only its document dates takes the year of the footnote its
sentence calls. An advocacy note or a synthesis quotes many studies and dates each in a
numbered note at the foot of the page (« … estimaient déjà que faire alliance relevait d'un
devoir1. » / « 1. Observatoire des partenariats, PHARE-Citoyens, enquête réalisée en 2015 … »):
the note's fieldwork year, else the period it names (« programme IMPACT 2018-2022 »), else its
only year (« Synthèse du 3e dîner « Élus & Entreprises », 2019. »).

The notes are the numbered lines that close the page, numbered in turn (« 5. … 6. … 7. »),
each a line and the lines it wraps onto; a call is a number glued to a word in lower case
(« devoir1 », « coopérations5 »), or after a closing quote, before a space or a punctuation
mark — not a code (« CO2 », « U17 », « m2 ») nor a count after a quote (« » 12 clubs »)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from ..text import MONTHS, YEAR
from .fieldwork import survey_years
from .rows import FigureRow

# « 1. Observatoire des partenariats, … », « 7 Agence Cantor, … »: a note, at a line start
_NOTE_RE = re.compile(r"^[ \t]*(\d{1,2})\.?[ \t]+(?=[A-ZÀ-ÝŒ«])", re.M)
# a call glued to a word of three letters or more in lower case (« devoir1 », « associatifs3, »,
# « Pays-Bas5 »),
# or after a closing quote (« « jouer collectif »8. »), before a space, a punctuation mark or the
# line's end (not « CO2 », « U17 », « m2 », « » 12 clubs »)
_CALL_RE = re.compile(
    r"(?:(?<=[a-zà-ÿ]{3})|(?<=[A-ZÀ-Ý][a-zà-ÿ]{2})|(?<=»))(\d{1,2})(?=[\s.,;:!?)]|$)"
    r"|(?<=» )(\d{1,2})(?=[.,;:!?)]|$)",
    re.M,
)
# a law, decree or directive cited by its number or its date (« loi n° 2014-856 du 31 juillet
# 2014 »; not « association loi 1901 », a kind of association)
_LAW_RE = re.compile(
    r"\b(?:loi|décret|ordonnance|directive|délibération|arrêté|circulaire)\s+(?:n°\s*[\d-]+\s*)?"
    r"(?:du\s+(?:1er|\d{1,2})\s+[^\W\d_]+\s+(?:19|20)\d\d|n°\s*[\d-]+)",
    re.I,
)
_PERIOD_RE = re.compile(r"(?<!\d)((?:19|20)\d\d)\s*[-–]\s*((?:19|20)\d\d)(?!\d)")
_WRAPPED_RE = re.compile(r"\n[ \t]*[a-zà-ÿ0-9(][^\n]*")  # a note's next line, in lower case
MAX_NOTE_LINES = 3
MAX_FOOTER_CHARS = (
    40  # a line after the notes this short is the page's footer (« Infographie · 1/2 »)
)


def _note_year(note: str) -> str:
    """The year a note dates its study with: its fieldwork (or data) year, else the period it
    names, else its only year; "" when it prints several and says none is the fieldwork. A
    law the note cites (« voir aussi la loi n° 2014-856 du 31 juillet 2014 ») dates no study."""
    note = _LAW_RE.sub(" ", note)
    fieldwork = survey_years(note)
    if fieldwork:
        return fieldwork[0][1]
    period = _PERIOD_RE.search(note)
    if period and period.group(1) < period.group(2):
        return period.group()
    years = {m.group() for m in YEAR.finditer(note)}
    return years.pop() if len(years) == 1 else ""


def _note_block(text: str) -> list[re.Match[str]]:
    """The numbered lines that close the page, in turn (each a line and its wrapped lines,
    nothing else after them but the next note), last ones first read back from the end."""
    found = list(_NOTE_RE.finditer(text))
    block: list[re.Match[str]] = []
    end = len(text.rstrip())
    for m in reversed(found):
        line_end = text.find("\n", m.start())
        line_end = len(text) if line_end < 0 else line_end
        stop = line_end
        for _ in range(MAX_NOTE_LINES - 1):
            wrapped = _WRAPPED_RE.match(text, stop)
            if wrapped is None or wrapped.end() > end:
                break
            stop = wrapped.end()
        if any(len(line.strip()) > MAX_FOOTER_CHARS for line in text[stop:end].split("\n")):
            break  # other words stand after it, more than a footer: no note of the page's foot
        if block and int(block[-1].group(1)) != int(m.group(1)) + 1:
            break  # notes are numbered in turn
        block.append(m)
        end = m.start()
    return block[::-1]


MIN_RUN_NOTES = 2  # notes under a table, numbered in turn, read as a block


def _note_run(text: str) -> list[re.Match[str]]:
    """Rule `table_notes`: numbered notes printed under a table rather than at the page's
    foot (« 1. France : note … 2016 » … « 6. Moyenne simple … », then « Enseignements »): at
    least MIN_RUN_NOTES lines numbered in turn, each right after the one before (and the lines
    it wraps onto); the last such run of the page."""
    runs: list[list[re.Match[str]]] = []
    for m in _NOTE_RE.finditer(text):
        run = runs[-1] if runs else None
        if (
            run
            and int(m.group(1)) == int(run[-1].group(1)) + 1
            and _next_line(text, run[-1]) == m.start()
        ):
            run.append(m)
        else:  # (a page's notes may go on from the page before: « 7. … 8. … 9. »)
            runs.append([m])
    runs = [r for r in runs if len(r) >= MIN_RUN_NOTES and not _introduced(text, r[0])]
    return runs[-1] if runs else []


def _introduced(text: str, first: re.Match[str]) -> bool:
    """Whether a numbered run follows a line ending on a colon: a list the text introduces
    (« Les grandes étapes : » / « 1. Lancement … »), not notes."""
    return text[: first.start()].rstrip().endswith(":")


def _next_line(text: str, note: re.Match[str]) -> int:
    """Where the line after a note (and the lines it wraps onto) starts."""
    stop = text.find("\n", note.start())
    stop = len(text) if stop < 0 else stop
    for _ in range(MAX_NOTE_LINES - 1):
        wrapped = _WRAPPED_RE.match(text, stop)
        if wrapped is None or _NOTE_RE.match(text, stop + 1):
            break  # (the next note is no wrapped line)
        stop = wrapped.end()
    return stop + 1


def page_notes(text: str) -> dict[int, tuple[int, str]]:
    """The numbered notes that close a page and that its text calls: number → (where the note
    starts, the year it dates its study with). A note counts only when a call to it is printed
    above the notes (a numbered list nobody calls is no note)."""
    calls = {_number(c): c.start() for c in reversed(list(_CALL_RE.finditer(text)))}
    if not calls:
        return {}
    at_foot = _note_block(text)
    block = at_foot or _note_run(text)
    if not block or _introduced(text, block[0]):
        return {}
    first = block[0].start()
    notes: dict[int, tuple[int, str]] = {}
    for m, nxt in zip(block, [*block[1:], None], strict=False):
        number = int(m.group(1))
        if calls.get(number, len(text)) < first:
            end = nxt.start() if nxt else len(text)
            if not at_foot:  # notes under a table: a note ends with its own lines
                end = min(end, _next_line(text, m))
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
    calls = [c for c in _CALL_RE.finditer(row.sentence) if _number(c) in notes]
    after = [c for c in calls if c.start() >= at + len(row.text)]
    before = [c for c in calls if c.end() <= at]
    call = after[0] if after else before[-1] if before else None
    return notes[_number(call)][1] if call else ""


def _number(call: re.Match[str]) -> int:
    return int(call.group(1) or call.group(2))


# A year with a footnote call glued to it (« puis 81 % en 20212. », « PHARE 2013-20182 »): five
# digits, the first four a year, not part of a longer number or a decimal (French prints
# « 20 212 », so « 19503 adhérents » is rare, and then no date stands there)
_FIVE_DIGITS_RE = re.compile(r"(?<![\d\w,.])((?:19|20)\d\d)([1-9])(?![\d\w,]|\.\d)")
# where a date stands before them: « en », « depuis », « de », « dès », a month, a bracket, the
# first year of a period (« 2013-20182 »)
_DATE_BEFORE_RE = re.compile(rf"(?:\b(?:en|depuis|de|dès|{MONTHS})\s|\(|\d[-–]|\d - )$", re.I)
_PUNCT_AFTER_RE = re.compile(r"[.;:!?)]|,\s|$", re.M)  # … or a punctuation mark after them


def unglued_year_calls(text: str) -> str:
    """Rule `glued_year_call`: a year with a footnote call glued to it, printed where a date
    stands, when a note of that number opens a line below it, read as the year and a call
    mark (« 20212 » → « 2021* »: the same length, offsets on the page do not move; a
    superscript digit would read as a letter glued to the year)."""
    found = list(_FIVE_DIGITS_RE.finditer(text))
    if not found:
        return text  # most pages
    notes = {int(m.group(1)): m.start() for m in _NOTE_RE.finditer(text)}
    out = text
    for m in found:
        dated = _DATE_BEFORE_RE.search(text, max(0, m.start() - 12), m.start())
        if (dated or _PUNCT_AFTER_RE.match(text, m.end())) and notes.get(
            int(m.group(2)), -1
        ) > m.end():
            out = f"{out[: m.start()]}{m.group(1)}*{out[m.end() :]}"
    return out
