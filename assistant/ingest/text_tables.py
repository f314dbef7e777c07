"""Tables of words only (« Fonction | Personne », « Partenaire | Nature »): pypdf's plain mode
gives one cell per line, so nothing tells a row from the next (« Directrice générale du
RAMEAU » / « Laurence Weber » / « Direction scientifique … »), and a table of figures is the
only kind the cells' digits let `headed_tables` and `grids` rebuild. Its layout mode prints
each row on one line, its cells apart; it costs more, so it is read only for the pages with a
run of short lines without a digit opened by two column titles printed side by side, and only
to cut that run into rows. Each row then reads as one line, its cells after their column's
title (« Directrice générale du RAMEAU — Personne : Laurence Weber »), a row of its table
(layout.written_tables, headed_tables.written_rows)."""

from __future__ import annotations

import itertools
import re

from pypdf import PageObject

from ..headed_tables import DIGIT, MAX_HEADER_WORDS, column_titles
from ..line_forms import NUMERIC, TERMINAL

# Off only to measure what reading tables of words costs (evals/bench_reading.py).
ENABLED = True

MIN_RUN = 6  # a header of two cells and two rows at least
MAX_COLUMNS = 4
MAX_CELL_WORDS = 14  # a longer cell is a sentence: not a table of this kind
BASELINE = 2.0  # points between the baselines of two cells of one row
CELL_SHARE = 0.6  # of a run's lines a few words long, as cells are (wrapped prose has more)
MAX_CELL_CHARS = 60  # a line of running text is longer (a cell may wrap: it is no trigger then)
# A cell of a layout-mode line: words one or two spaces apart (three or more part cells).
_CELL = re.compile(r"\S+(?: {1,2}\S+)*")
ALIGN = 3  # characters a cell's start may move from its column's (layout mode's rounding)
Cell = tuple[int, str]  # where a cell starts in its layout-mode line, and its text
_VALUE = re.compile(r"\d\s*(?:%|€|M€|k€|/\s?10)")


def has_word_run(text: str, side_by_side: frozenset[tuple[str, str]] | None = None) -> bool:
    """Whether the page has `MIN_RUN` lines in a row that may be cells of a table of words
    (shorter than running text, no digit, no final stop), two of them in a row column titles
    (capitalised, a few words; with `side_by_side`, printed on one baseline, the second to
    the right of the first), most of them a few words: narrow columns of prose wrap in lower
    case, with more words a line."""
    run: list[str] = []
    for line in [*text.split("\n"), ""]:
        line = line.strip()
        if (
            line
            and len(line) <= MAX_CELL_CHARS
            and not DIGIT.search(line)
            and not TERMINAL.search(line)
        ):
            run.append(line)
            continue
        if len(run) >= MIN_RUN and _cells(run, side_by_side):
            return True
        run = []
    return False


def _cells(run: list[str], side_by_side: frozenset[tuple[str, str]] | None) -> bool:
    """Whether a run of short lines reads as cells: two column titles in a row (side by side
    on the page, when known), and most lines of a few words."""
    titles = any(
        column_titles([a, b]) and (side_by_side is None or (a, b) in side_by_side)
        for a, b in itertools.pairwise(run)
    )
    few = sum(len(line.split()) <= MAX_HEADER_WORDS for line in run)
    return titles and few >= CELL_SHARE * len(run)


def _layout_lines(layout: str) -> list[list[Cell]]:
    """Lines of layout-mode text as their cells, each with the column it starts at; a run of
    blank lines as one empty line."""
    out: list[list[Cell]] = []
    for line in layout.split("\n"):
        cells = [(m.start(), m.group()) for m in _CELL.finditer(line)]
        if cells or (out and out[-1]):
            out.append(cells)
    return out


def _column(start: int, starts: list[int]) -> int | None:
    """The table's column a cell starting at `start` sits in, or None."""
    return next((j for j, s in enumerate(starts) if abs(s - start) <= ALIGN), None)


def _layout_rows(lines: list[list[Cell]], r: int, starts: list[int]) -> list[list[list[str]]]:
    """The rows under the header at layout line `r`: each row's cells as their lines, a cell
    wrapped in its column (a line with fewer cells, each under a column, right under the
    row) kept with its row."""
    rows: list[list[list[str]]] = []
    gap = False  # a blank line since the last row: what follows is no wrapped cell of it
    for cells in lines[r + 1 :]:
        if not cells:
            gap = True
            continue
        columns = [j for start, _ in cells if (j := _column(start, starts)) is not None]
        if columns == list(range(len(starts))) and len(cells) == len(starts):
            rows.append([[cell] for _, cell in cells])
            gap = False
        elif (
            rows
            and not gap
            and len(columns) == len(cells)
            and columns == sorted(set(columns))
            and all(len(cell) <= MAX_CELL_CHARS for _, cell in cells)
        ):
            for (_, cell), j in zip(cells, columns, strict=True):
                rows[-1][j].append(cell)
        else:
            break
    return rows


def _cell_like(cell: str, titles: list[str]) -> bool:
    """A cell of words: not a sentence, not a column title again, no value (« 89 % »,
    « 1,6 M€ »: a table of figures is for the readers of tables of figures)."""
    return (
        len(cell.split()) <= MAX_CELL_WORDS
        and cell not in titles
        and not NUMERIC.match(cell)
        and not _VALUE.search(cell)
    )


def _table_at(lines: list[str], i: int, layout: list[list[Cell]]) -> tuple[int, list[list[str]]]:
    """The rows of a table whose cells, one line each (or a few when a cell wraps), start at
    plain-mode line `i`: (lines used, rows, header first), or (0, []) when no layout line of
    column titles starts there."""
    for r, cells in enumerate(layout):
        titles = [cell for _, cell in cells]
        k = len(titles)
        if not 2 <= k <= MAX_COLUMNS or lines[i : i + k] != titles or not column_titles(titles):
            continue
        table, j = [titles], i + k
        below = _layout_rows(layout, r, [start for start, _ in cells])
        for n, row in enumerate(below):
            parts = _in_plain_order(row, lines[j:])
            if parts is None and n == len(below) - 1:
                # what wrapped under the last row may be the text after the table
                row = [cell[:1] for cell in row]
                parts = _in_plain_order(row, lines[j:])
            if parts is None:
                break
            whole = [" ".join(cell) for cell in row]
            # A row opens on its label, capitalised: two columns of prose wrap in lower case;
            # its label holds no « — » nor « : », which set its cells apart once written.
            if (
                not whole[0][:1].isupper()
                or "—" in whole[0]
                or ":" in whole[0]
                or not all(_cell_like(c, titles) for c in whole)
            ):
                break
            table.append(whole)
            j += len(parts)
        if len(table) >= 3:
            return j - i, table
    return 0, []


def _in_plain_order(row: list[list[str]], lines: list[str]) -> list[str] | None:
    """The lines of a row's cells as plain mode gives them (cell after cell, or line after
    line of the row when a cell wraps), if `lines` opens with them; else None."""
    by_cell = [part for cell in row for part in cell]
    depth = max(len(cell) for cell in row)
    by_line = [cell[k] for k in range(depth) for cell in row if k < len(cell)]
    return next((parts for parts in (by_cell, by_line) if lines[: len(parts)] == parts), None)


def tables(text: str, layout: str) -> list[tuple[list[str], list[list[str]]]]:
    """(lines, rows) of each table of words of the page: the plain-mode lines it spans and
    its rows, header first, as layout mode prints them."""
    rows = _layout_lines(layout)
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    out = []
    i = 0
    while i < len(lines):
        used, table = _table_at(lines, i, rows)
        if used and all(any(DIGIT.search(cell) for cell in row) for row in table[1:]):
            # a figure or a date in every row: a table `headed_tables` reads, cell per line
            used = 0
        if used:
            out.append((lines[i : i + used], table))
            i += used
        else:
            i += 1
    return out


def as_rows(text: str, layout: str) -> str:
    """`text` with each table of words written a row per line: the column titles joined by
    « / », then each row's first cell with the others after their title, then a blank line."""
    for lines, table in tables(text, layout):
        # « / » joins the titles: one inside a title (« Région / territoire ») loses its spaces
        header = [title.replace(" / ", "/") for title in table[0]]
        body = table[1:]
        written = [" / ".join(header)] + [
            f"{row[0]} — "
            + " ; ".join(
                f"{title} : {cell}" for title, cell in zip(header[1:], row[1:], strict=True)
            )
            for row in body
        ]
        found = re.search(r"[ \t]*\r?\n\s*".join(re.escape(line) for line in lines), text)
        if found:
            # A blank line closes the table: its last row does not run into the next sentence.
            block = "\n".join(written) + "\n"
            text = text[: found.start()] + block + text[found.end() :]
    return text


def page_text(page: PageObject) -> str:
    """The page's plain-mode text, its tables of words a row per line; layout mode runs only
    when two column titles stand side by side (`plain_text`)."""
    if not ENABLED:
        return page.extract_text() or ""
    text, side_by_side = plain_text(page)
    if not has_word_run(text, side_by_side):
        return text
    try:
        layout = page.extract_text(extraction_mode="layout")
    except Exception:  # layout mode is a help: the plain text stands without it
        return text
    return as_rows(text, layout)


def plain_text(page: PageObject) -> tuple[str, frozenset[tuple[str, str]]]:
    """The page's plain-mode text, and the pairs of pieces of text pypdf read one after the
    other on one baseline, the second to the right of the first (two cells of a row): where
    each piece is printed is noted while pypdf reads the page."""
    pieces: list[tuple[str, float, float]] = []

    def visit(text: str, cm: list[float], tm: list[float], *_: object) -> None:
        if text.strip():
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            pieces.append((text.strip(), x, y))

    text = page.extract_text(visitor_text=visit) or ""
    side_by_side = frozenset(
        (a, b)
        for (a, xa, ya), (b, xb, yb) in itertools.pairwise(pieces)
        if abs(ya - yb) < BASELINE and xb > xa
    )
    return text, side_by_side
