"""Rule `year_cells`: a table with one column per year that pypdf reads one cell per line
(« 2008 / 2011 / 2012 / 2015 » then, for each row, its label and one line per year: « Jugent
urgent de créer des partenariats / 86 % / — / 84 % / — »), row groups under a heading in
capitals (« FRANÇAIS », « ENTREPRISES ET DIRIGEANTS »). Each value takes its column's year,
its row label as measure, and as actor the population its label opens on, else its group's."""

from __future__ import annotations

import bisect
import re
from dataclasses import replace

from ..layout import line_spans
from ..text import fold_in_place
from .measure import MAX_MEASURE_WORDS
from .rows import FigureRow
from .vocabulary import vocabulary

MIN_YEARS = 3  # year lines in a row: a header, not two dates
MAX_LABEL_LINES = 3  # lines of a row label (and its group heading); more: the table has ended
_YEAR_RE = re.compile(r"(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?")
# a cell: a value (« 86 % », « 7,1 », « 6,6 (c) », « 81 % (a) ») or a missing one (« — »)
_CELL_RE = re.compile(
    r"(?:[<>≈~+]?\s*\d[\d\s]*(?:,\d+)?\s*(?:%|€|k€|M€|/\s*10)?|[—–-]|n\.?\s?[cdp]\.?)"
    r"(?:\s*\(\w\))?\s*\**",
    re.I,
)
_LEADING_ACTOR_REACH = 3  # characters before a label's population (« Dirigeants : … »)


def _group(line: str) -> bool:
    """A group heading: a short line in capitals (« FRANÇAIS », « MAIRES ET ÉLUS »)."""
    letters = [c for c in line if c.isalpha()]
    return len(letters) >= 3 and all(c.isupper() for c in letters)


def _tables(text: str) -> list[tuple[int, int, str, str, str]]:
    """(start, end, year, label, group) of each value line of the page's year-cell tables."""
    lines = [(start, text[start:end].strip()) for start, end in line_spans(text)]
    out: list[tuple[int, int, str, str, str]] = []
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and _YEAR_RE.fullmatch(lines[j][1]):
            j += 1
        if j - i < MIN_YEARS:
            i = max(j, i + 1)
            continue
        years = [line for _, line in lines[i:j]]
        i = j
        group, label = "", []  # type: str, list[str]
        while i < len(lines):
            line = lines[i][1]
            if not _CELL_RE.fullmatch(line):
                if _group(line):
                    group, label = line, []
                else:
                    label.append(line)
                if len(label) > MAX_LABEL_LINES or not line:
                    break
                i += 1
                continue
            cells = lines[i : i + len(years)]
            if len(cells) < len(years) or not all(_CELL_RE.fullmatch(c) for _, c in cells):
                break
            name = " ".join(label)
            for (start, cell), year in zip(cells, years, strict=True):
                out.append((start, start + len(cell), year, name, group))
            label = []
            i += len(years)
    return out


def _actor(label: str, group: str) -> tuple[str, str] | None:
    """The population a row label opens on (« Dirigeants : … », « Entreprises développant … »),
    else its group heading's (« FRANÇAIS »)."""
    for words, reach in ((label, _LEADING_ACTOR_REACH), (group, len(group))):
        found = vocabulary().actors(fold_in_place(words))
        if found and found[0].start <= reach:
            return words[found[0].start : found[0].end], found[0].category
    return None


def with_year_cells(rows: list[FigureRow], text: str) -> list[FigureRow]:
    """The rows of one page (offsets in `text`), each value of a year-cell table read with
    its column's year, its row label and its population (rule `year_cells`)."""
    if "\n" not in text or not _YEAR_RE.search(text):
        return rows
    cells = _tables(text)
    if not cells:
        return rows
    starts = [c[0] for c in cells]
    out = []
    for row in rows:
        k = bisect.bisect_right(starts, row.start) - 1  # cells are in page order
        cell = cells[k] if k >= 0 and row.start < cells[k][1] else None
        if cell is None or not cell[3]:
            out.append(row)
            continue
        _, _, year, label, group = cell
        actor = _actor(label, group)
        measure = " ".join(label.split()[:MAX_MEASURE_WORDS])
        year = year.replace(" ", "")
        if (
            label
            and row.year_source == "tableau"
            and row.year == year
            and " ".join(label.split()) in row.measure
        ):
            measure = row.measure  # read as a stacked table already: with its headers and title
        row = replace(row, year=year, year_source="tableau", measure=measure)
        if actor is not None:
            row = replace(row, actor=actor[0], actor_category=actor[1])
        out.append(row)
    return out
