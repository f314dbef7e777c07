"""The rows of a table read one cell per line (`stacks`): from a first label line, each row's
label (wrapped lines joined), its value lines and the text cell closing it (a note, a comment, a
« Note » reference, year and source cells), all rows with the first row's number of values."""

from __future__ import annotations

import re

from .stacklines import (
    bracketed_cell,
    comment,
    comment_end,
    first_wraps,
    is_label,
    is_note,
    is_value,
    label_end,
    note_ref,
    sheet_section,
    wraps,
    year_source_cells,
)
from .stackread import is_date_header

_SHORT_NOTE_RE = re.compile(r"\d{1,2}")  # a row's « Note » cell (« 5 », rule `note_refs`)
# a row of this many values under as many headers is a dashboard's row (rule `wide_rows`)
MIN_DASHBOARD_COLUMNS = 5
MAX_COLUMNS = 8  # value lines per row (a dashboard: target, three years, two changes, trend)
# A header line ending on one of these words goes on on the next line (« Part des » « Français »).
OPEN_END_RE = re.compile(
    r"(?:\b(?:des|de|du|d['’]|la|le|les|et|ou|sur|en|à|au|aux|par|pour)|&)$", re.I
)


def read_rows(
    lines: list[tuple[int, int, str]],
    i: int,
    may_pair: bool = False,
    dated: bool = False,
    commented: bool = False,
) -> tuple[int, list[tuple[int, str, list[int], str]]]:
    """From line i: the rows (label index, label, value indexes, text cell) of a table starting
    there, all with the first row's number of values, a label wrapped on two lines joined, and
    a text cell after the values in every row or none (rule `note_column`); (width, rows).
    Without text cells, rows of one other width may follow: two tables side by side, whose
    rows pypdf reads in turn (rule `paired_tables`; `stacked_cells` keeps them only when the
    headers say so; `may_pair`: the lines above may head two tables; `dated`: the rows are
    labelled by dates, rule `year_rows`)."""
    rows: list[tuple[int, str, list[int], str]] = []
    width = other = 0
    notes: bool | None = None  # whether the rows close on a text cell, from the first row
    commenting = False  # whether those cells are a dashboard's comments (rule `wide_rows`)
    ranked = i > 0 and ranks_row(lines, i - 1)  # « 1re / Bretagne / 94 » (rule `rank_column`)
    noted = False  # whether a row had a « Note » cell (rule `note_refs`)
    while i < len(lines):
        if rows and ranked and ranks_row(lines, i):
            i += 1  # the next row's rank
        if not (is_label(lines[i][2]) or (dated and is_date_header(lines[i][2]))):
            break
        if sheet_section(lines, i):
            break
        label, at = lines[i][2], i
        if i + 1 < len(lines) and (
            wraps(label, lines[i + 1][2]) if rows else first_wraps(lines, i)
        ):
            i += 1
            label = f"{label} {lines[i][2]}"
            for k in range(i + 1, label_end(lines, i) + 1):  # « … 3 500 » / « habitants … » /
                i, label = k, f"{label} {lines[k][2]}"  # « nombre » (rule `wide_rows`)
        if note_ref(lines, i + 1):
            i += 1  # the row's « Note » cell (« 3.1 »), no value (rule `note_refs`)
            noted = True
        j = i + 1
        while (
            j < len(lines)
            and j - i - 1 < MAX_COLUMNS
            and (is_value(lines[j][2]) or (j > i + 1 and bracketed_cell(lines, j)))
            and not (ranked and ranks_row(lines, j))  # « – / Ensemble » after a ranking
        ):
            j += 1
        count = j - i - 1
        if noted and width and count == width + 1 and _SHORT_NOTE_RE.fullmatch(lines[i + 1][2]):
            i, count = i + 1, count - 1  # « … dotation / 5 / 495 / 380 »: note 5 (`note_refs`)
        if count == 0 and rows and _group_header(lines, at, i, width):
            i = at + 1  # « Charges » over « Salaires et charges sociales / 301,7 » (rule
            continue  # `group_rows`): a group's heading between the rows, no row of its own
        if count == 0 or (width and count not in (width, other)):
            if not (may_pair and width and not other and not notes and count):
                break
            other = count
        width = width or count
        note, values_end = "", j
        cells = year_source_cells(lines, j) if count else 0
        if cells:  # « 2023 / Répertoire départemental »: the row's year and source cells
            note = " ".join(lines[k][2] for k in range(j, j + cells))
            rows.append((at, label, list(range(i + 1, values_end)), note))
            i = j + cells
            notes = True
            continue
        if notes is None:
            # a dashboard's comments (rule `wide_rows`), a single row's too (« Rythme conforme ;
            # solde à engager au T4. »)
            commenting = (count >= MIN_DASHBOARD_COLUMNS or commented) and (
                comment(lines, j, False) or comment(lines, j, True)
            )
            notes = is_note(lines, j, False, commenting) or commenting
        if notes and (
            is_note(lines, j, False, commenting)
            or is_note(lines, j, True)
            or (commenting and comment(lines, j, True))
        ):
            first = j
            note, j = lines[j][2], j + 1
            while _note_goes_on(note, lines, j):
                note, j = f"{note} {lines[j][2]}", j + 1
            while j <= comment_end(lines, first):  # « … ; formateur » / « recruté en … »
                note, j = f"{note} {lines[j][2]}", j + 1
        rows.append((at, label, list(range(i + 1, values_end)), note))
        i = j
        if notes and not note:
            break
    return width, rows


MAX_GROUP_WORDS = 2  # a group heading between a table's rows is short (« Charges », « Produits »)


def _group_header(lines: list[tuple[int, int, str]], at: int, i: int, width: int) -> bool:
    """Whether the label line `at` (with no values under it, i the label's last line) heads
    the rows under it: short, followed by a label line and then as many values as the rows
    above have."""
    heading = lines[at][2]
    if i != at or len(heading.split()) > MAX_GROUP_WORDS or at + 1 + width >= len(lines):
        return False  # (« Effectifs du club »: the next table's title; « Subventions de la
    if any(c.isdigit() for c in heading):  # Région » / « Auvergne-Rhône-Alpes »: a wrapped label)
        return False
    return is_label(lines[at + 1][2]) and all(is_value(lines[at + 2 + k][2]) for k in range(width))


def _note_goes_on(note: str, lines: list[tuple[int, int, str]], j: int) -> bool:
    """Whether a row's text cell goes on on line j (« Dîners « Élus & » / « Entreprises »): it
    leaves a quote open, or ends on an open word and line j is no next row's label (« prêt des
    terrains et » / « Écoles » / « 45 % »)."""
    if j >= len(lines) or not is_label(lines[j][2]):
        return False
    if note.count("«") > note.count("»"):
        return True
    next_row = j + 1 < len(lines) and is_value(lines[j + 1][2])
    return bool(OPEN_END_RE.search(note)) and not next_row


# A row's rank in a ranking (« 1re », « 2e », « 10e »), on its own line before the row's label
_RANK_RE = re.compile(r"\d{1,2}(?:re|ère|er|e|ème|ᵉ)|[–—-]")  # (a dash: an unranked row)


def ranks_row(lines: list[tuple[int, int, str]], k: int) -> bool:
    """Whether line k is a rank standing before a row label (rule `rank_column`: a ranking
    table « Rang / Région / Part des maires » read one cell per line)."""
    return (
        bool(_RANK_RE.fullmatch(lines[k][2].strip()))
        and k + 1 < len(lines)
        and is_label(lines[k + 1][2])
    )
