"""Tables of two to four columns under a header row, read from a page's short lines: pypdf
gives one cell per line (« Programme » / « Période » / « Repère » / « ARPEA » / « 2008-2012 » /
« 10 volets d'étude » / « PHARE » / …). Each row comes out with its header's words
(« ARPEA — Période : 2008-2012 ; Repère : 10 volets d'étude »), so a question on one row, or
on the whole table, finds its cells together."""

from __future__ import annotations

import itertools
import re

from .layout import Kinds, line_kinds, written_tables
from .line_forms import NUMERIC, TERMINAL

DIGIT = re.compile(r"\d")
MAX_HEADER_WORDS = 5  # a column's title is a few words (« Période couverte »)
MAX_CELL_WORDS = 12  # a cell longer than this is a sentence, not a cell
MAX_SKIP = 2  # lines of a run before its header row


def column_titles(cells: list[str]) -> bool:
    """Column titles: short, capitalised, no sentence end (a table of words may have a
    figure in a title: « Région / territoire » has none, « Part 2016 » has one)."""
    return all(
        cell[:1].isupper() and len(cell.split()) <= MAX_HEADER_WORDS and not TERMINAL.search(cell)
        for cell in cells
    )


def _header(cells: list[str]) -> bool:
    """Column titles of a table of figures: `column_titles`, none holding a figure."""
    return column_titles(cells) and not any(DIGIT.search(cell) for cell in cells)


def _fits(header: list[str], body: list[str]) -> bool:
    """Whether `body` reads as rows of len(header) cells: at least two rows, each with a
    figure or a date somewhere and no cell repeating a column title; past the first column,
    each column has a figure in every row or in none, and one has them in every row (the
    dates, the amounts). Values alone (« 89 % ») fit only three columns wide, with a column
    of text beside them (two columns, label and value, are `grids.cells`'s)."""
    k = len(header)
    if len(body) < 2 * k or len(body) % k:
        return False
    rows = [body[i : i + k] for i in range(0, len(body), k)]
    if any(
        cell in header or len(cell.split()) > MAX_CELL_WORDS or cell.endswith("?") for cell in body
    ):
        return False
    if not all(any(DIGIT.search(cell) for cell in row) for row in rows):
        return False
    # Past the labels, a column holds figures in every row or in none (a wrong width mixes
    # « 2008-2012 » and « IMPACT » in one column).
    kinds = [{bool(DIGIT.search(row[j])) for row in rows} for j in range(1, k)]
    if not all(len(kind) == 1 for kind in kinds) or {True} not in kinds:
        return False
    # A table whose figures are values alone (« 89 % ») is `grids.cells`'s: label and value;
    # unless a column of text goes with them (« Mécénat » / « 75 % » / « forme la plus
    # répandue »), which `cells` would pair with the next row's label. Four columns of that
    # kind are as often two tables side by side, read as one.
    return not _values_alone(header, body) or (k == 3 and {False} in kinds)


def _values_alone(header: list[str], body: list[str]) -> bool:
    """Whether every column of figures holds values alone (« 89 % »), no words."""
    k = len(header)
    rows = [body[i : i + k] for i in range(0, len(body), k)]
    digits = [j for j in range(1, k) if all(DIGIT.search(row[j]) for row in rows)]
    return all(all(NUMERIC.match(row[j]) for row in rows) for j in digits)


def headed_rows(text: str, kinds: Kinds | None = None) -> list[tuple[int, int, str, str]]:
    """(start, end, lead, row) of each row of each table: `lead` is the title or the sentence
    just before the table when it announces it (a title, or a sentence ending with a colon),
    else the column titles; `row` is the first cell with the others after their column's
    title. A run of short lines is a table when two to four of its lines are column titles
    and the rest splits evenly into rows (`_fits`); the narrowest table that fits wins, its
    header on the run's first line or up to `MAX_SKIP` lines below. A last line of prose
    without a final stop may close the last row (a wide text cell)."""
    kinds = line_kinds(text) if kinds is None else kinds
    out: list[tuple[int, int, str, str]] = []
    i = 0
    while i < len(kinds):
        if kinds[i][2] != "short":
            i += 1
            continue
        j = i
        while j < len(kinds) and kinds[j][2] == "short":
            j += 1
        # A last cell of text wide enough to read as prose (« la moins fréquente des
        # quatre »), without a final stop, may close the run's last row.
        if j < len(kinds) and kinds[j][2] == "prose":
            tail = text[kinds[j][0] : kinds[j][1]].strip()
            if len(tail.split()) <= MAX_CELL_WORDS and not TERMINAL.search(tail):
                j += 1
        spans = [(s, e) for s, e, _ in kinds[i:j]]
        cells = [text[s:e].strip() for s, e in spans]
        for k, skip in itertools.product((2, 3, 4), range(MAX_SKIP + 1)):
            # The run may open on a line or two of the title wrapped (« Territoires) »).
            start = skip
            if len(cells) < start + 3 * k:
                continue  # a header and two rows at least
            # Lines after the last whole row are the text after the table (« Et IMPACT ? »).
            end = len(cells) - (len(cells) - start - k) % k
            header, body = cells[start : start + k], cells[start + k : end]
            if not _header(header) or not _fits(header, body):
                continue
            if skip and _values_alone(header, body):
                continue  # its header must open the run: a wrong one would shift every row
            before = _sentence_before(text, kinds, i + start)
            # A title (« Tableau 1 – Les trois étapes ») or a sentence ending with a colon
            # announces the table; a sentence ending with a stop says something else.
            announces = before.endswith(":") or not TERMINAL.search(before)
            lead = before if before and announces and len(before.split()) <= 25 else ""
            lead = lead or " / ".join(header)
            for r in range(start + k, end, k):
                row = cells[r : r + k]
                said = " ; ".join(f"{h} : {c}" for h, c in zip(header[1:], row[1:], strict=True))
                out.append((spans[r][0], spans[r + k - 1][1], lead, f"{row[0]} — {said}"))
            break
        i = j
    return out


def written_rows(text: str, kinds: Kinds | None = None) -> list[tuple[int, int, str, str]]:
    """(start, end, lead, row) of each row of the tables of words written a row per line
    (layout.written_tables), as `headed_rows` gives them: `lead` is the title or the sentence
    announcing the table, else its column titles; the first row's span opens on the column
    titles, which are no heading of the rows."""
    if " / " not in text:
        return []
    kinds = line_kinds(text) if kinds is None else kinds
    lines = [text[s:e].strip() for s, e, _ in kinds]
    out = []
    for i, head in sorted(written_tables(lines).items()):
        if i == head:
            continue
        before = _sentence_before(text, kinds, head)
        announces = before.endswith(":") or not TERMINAL.search(before)
        lead = before if before and announces and len(before.split()) <= 25 else lines[head]
        start = kinds[head if i == head + 1 else i][0]
        out.append((start, kinds[i][1], lead, lines[i]))
    return out


def _sentence_before(text: str, kinds: Kinds, i: int) -> str:
    """The last sentence or title before line `i`, on one line, wrapped lines joined (« Le
    tableau en donne les bornes et un repère pour » / « chacun. »); "" when a blank line
    stands between."""
    lines: list[str] = []
    for s, e, _ in reversed(kinds[max(0, i - 3) : i]):
        line = text[s:e].strip()
        if not line or (lines and TERMINAL.search(line)):
            break
        lines.insert(0, line)
    joined = " ".join(lines)
    return _LAST_SENTENCE.split(joined)[-1] if joined else ""


_LAST_SENTENCE = re.compile(r"(?<=[.!?…])\s+(?=[A-ZÀ-ÖØ-Þ«])")
