"""Rule `numbered_rows`: a table whose rows are numbered and whose text cells wrap over several
lines, read one cell per line (a call for projects' winners: « N° / Lauréat (commune,
département) / Projet / Montant accordé (€) / Durée / Bénéficiaires prévus » then « 1 / Les
Jardins du Causse / (Millau, 12) / Potagers partagés / intergénérationnels / 85 000 / 3 ans /
420 / 2 / … »). A row runs from its number to the next one: its text lines, then as many value
lines as every other row; the last headers name the value columns, which give their cells a
unit (`stacks.cell_unit`) and a measure (the column and the row's text)."""

from __future__ import annotations

import re

from ..text import YEAR
from .stacklines import cell_lines, is_value
from .stacks import StackCell, cell_unit, headers_above

MIN_ROWS = 2
MIN_VALUES = 2  # value columns: with one, a numbered list (read as prose and lists)
MAX_TEXT_LINES = 8  # text lines of one row (a name, its place, a project on two lines)
MAX_VALUES = 6
_NUMBER_RE = re.compile(r"[1-9]\d?")
# the header of the rows' numbers (« N° », « No », « # », « Rang », « Numéro »)
_NUMBER_HEADER_RE = re.compile(r"N[°o]|n°|#|Rang|Numéro|Num\.?", re.I)
_BARE_NUMBER_RE = re.compile(r"^[ \t]*[1-9]\d?[ \t]*$", re.M)
# a value line: a figure, or a duration (« 3 ans », « 18 mois ») a column holds
_DURATION_RE = re.compile(r"\d+(?:,\d+)?\s*(?:ans?|mois)")


def _value(line: str) -> bool:
    return is_value(line) or bool(_DURATION_RE.fullmatch(line))


def _row(
    lines: list[tuple[int, int, str]], i: int, number: int
) -> tuple[list[str], list[int], int]:
    """From line i, the row numbered `number`: its text lines, its value lines' indexes and the
    index after it; ([], [], i) if line i opens no such row."""
    if i >= len(lines) or lines[i][2] != str(number):
        return [], [], i
    j, texts = i + 1, list[str]()
    while (
        j < len(lines) and len(texts) <= MAX_TEXT_LINES and lines[j][2] and not _value(lines[j][2])
    ):
        texts.append(lines[j][2])
        j += 1
    values: list[int] = []
    while j < len(lines) and len(values) <= MAX_VALUES and _value(lines[j][2]):
        if lines[j][2] == str(number + 1) and j + 1 < len(lines) and not _value(lines[j + 1][2]):
            break  # the next row's number, not a value of this one
        values.append(j)
        j += 1
    if not texts or not values or len(texts) > MAX_TEXT_LINES or len(values) > MAX_VALUES:
        return [], [], i
    return texts, values, j


def numbered_cells(text: str) -> dict[int, StackCell]:
    """The value lines of the page's numbered tables (see the module), by line start."""
    if not _BARE_NUMBER_RE.search(text):
        return {}  # most pages print no row number on a line of its own
    lines = cell_lines(text)
    out: dict[int, StackCell] = {}
    i = 0
    while i < len(lines):
        first = lines[i][2]
        if not (
            _NUMBER_RE.fullmatch(first) and i and lines[i - 1][2] and not _value(lines[i - 1][2])
        ):
            i += 1
            continue  # a table's first row number, under a header (or a row of the page before)
        rows: list[tuple[list[str], list[int]]] = []
        j, number = i, int(first)
        while True:
            texts, values, after = _row(lines, j, number)
            if not values or (rows and len(values) != len(rows[0][1])):
                break
            rows.append((texts, values))
            j, number = after, number + 1
        if len(rows) < MIN_ROWS or len(rows[0][1]) < MIN_VALUES:
            i += 1
            continue
        width = len(rows[0][1])
        heads, top = headers_above(lines, i)
        if len(heads) < width + 1 or not any(_NUMBER_HEADER_RE.fullmatch(h) for h in heads):
            i += 1
            continue  # no header for each value column, or for the numbers: a numbered list
        columns, title = heads[-width:], " ".join(heads[: -width - 1])
        for texts, values in rows:
            label = " ".join(texts)
            row = " ".join([label, *(lines[k][2] for k in values)])
            for column, k in zip(columns, values, strict=True):
                unit, mult = cell_unit(column, label, title)
                year = YEAR.search(column)
                start, end, _ = lines[k]
                out[start] = StackCell(
                    start,
                    end,
                    label,
                    column,
                    heads[-width - 1],
                    title,
                    unit,
                    mult,
                    year.group() if year else "",
                    lines[top][0],
                    row,
                )
        i = j
    return out
