"""Bare numbers of a list whose unit is said once, by the line above it (rule `heading_unit`;
and the cells of a table's rows under such a line, rule `heading_row`):
« Les attentes, notées sur 10 » / « Emploi : 7,1 » / « Pouvoir d'achat : 6,6 » … are marks out
of 10, as « 6,6 » under a table caption's « Note sur 10 » is (cells.bare_cells, which needs a
« Tableau … » caption). A slide or a short list prints its unit in its heading, not in a caption."""

from __future__ import annotations

import re

from ..checks.grammar import figure_matches
from ..text import fold_lower
from .cells import UNIT_HEADERS, labelled_row, sums_shares
from .detect import Found
from .vocabulary import vocabulary

# A list line: a short label, then a bare number closing the line (« Emploi : 7,1 »,
# « • Sécurité : 6,6 * », « Pouvoir d'achat 6,6 »); a footnote call may follow the number.
_ITEM_RE = re.compile(
    r"^[ \t]*(?:[•▸▪◦·*–-][ \t]*)?(?P<label>[^\W\d_][^\d\n:]{1,60}?)[ \t]*:?[ \t]+"
    r"(?P<num>\d{1,3}(?:,\d{1,2})?)[ \t]*(?:\*+|[¹²³⁴⁵⁶⁷⁸⁹⁰]+|\([a-z]\))?[ \t]*$",
)
_CLOSERS = "*¹²³⁴⁵⁶⁷⁸⁹⁰)"  # what may follow an item's number
# A table row of several columns under a heading that gives their unit (rule `heading_row`):
# a label, then cells that are bare numbers or dashes for « not given » (« Collectivités
# territoriales 74 89 », « Entreprises 28 – », « Collectifs d'associations – 56 »).
_CELL = r"(?:\d{1,3}(?:,\d{1,2})?|[–—-])"
_ROW_RE = re.compile(
    rf"^[ \t]*(?P<label>[^\W\d_][^\d\n:]{{1,60}}?)[ \t]+(?P<cells>{_CELL}(?:[ \t]+{_CELL})+)[ \t]*$"
)
_ROW_CLOSERS = "–—-"
MIN_ITEMS = 2  # one line under a heading is a sentence's end, not a list
_RANGE = {"/10": 10.0, "%": 100.0}


def is_item(line: str) -> bool:
    """Whether a line is a labelled list item closing on a bare number (« Emploi : 7,1 »; not
    « Fonds ODD 17 », a name)."""
    return ":" in line and _ITEM_RE.fullmatch(line) is not None


def _items(text: str) -> list[list[tuple[int, re.Match[str]]]]:
    """Runs of consecutive item lines: (line start, match), the unit headings left out. Only
    lines whose last character may close an item are matched (most lines end on a word)."""
    runs: list[list[tuple[int, re.Match[str]]]] = []
    pos, last = 0, -2
    for i, line in enumerate(text.split("\n")):
        start, pos = pos, pos + len(line) + 1
        tail = line.rstrip()[-1:]
        if not tail or not (tail.isdigit() or tail in _CLOSERS or tail in _ROW_CLOSERS):
            continue
        m = _ITEM_RE.fullmatch(line) or _row(line)
        if m is None or any(rx.search(line) for rx, _, _ in UNIT_HEADERS):
            continue  # « Les attentes, notées sur 10 » is the heading, not an item
        if i == last + 1:
            runs[-1].append((start, m))
        else:
            runs.append([(start, m)])
        last = i
    return runs


def _row(line: str) -> re.Match[str] | None:
    """A row of several cells, at least one a number (not a row of dashes alone)."""
    m = _ROW_RE.fullmatch(line)
    return m if m is not None and re.search(r"\d", m.group("cells")) else None


def _numbers(m: re.Match[str]) -> list[tuple[int, int]]:
    """The spans of an item's or a row's numbers, in its line."""
    if "cells" not in m.groupdict():
        return [m.span("num")]
    at = m.start("cells")
    return [(at + n.start(), at + n.end()) for n in re.finditer(r"\d+(?:,\d+)?", m["cells"])]


def _bounded_row(text: str, line_start: int, spans: list[tuple[int, int]], unit: str) -> bool:
    """Whether a row of several cells reads as shares or marks (rule `heading_row`): its unit
    is bounded (a row of sums, « 1 200 1 350 », may be one number in thousands groups), every
    cell is within the range (« 312 280 150 99 » counts respondents), and the label does not
    end on a number's name (« Axe 1 45 52 »: the 1 names the axis)."""
    bound = _RANGE.get(unit)
    if bound is None:
        return False
    cells = [float(text[line_start + a : line_start + b].replace(",", ".")) for a, b in spans]
    if any(c > bound for c in cells):
        return False
    label = text[line_start : line_start + spans[0][0]].split()
    return not label or fold_lower(label[-1]) not in vocabulary().name_words


def heading_units(text: str, figures: list[Found]) -> list[Found]:
    """The bare numbers of runs of at least MIN_ITEMS list lines, in the unit the line right
    above the run gives (UNIT_HEADERS: « sur 10 », « en % », « (K€) » …); marks and shares
    outside their range are left out."""
    taken = {f.start for f in figures}
    out: list[Found] = []
    for run in _items(text):
        if len(run) < MIN_ITEMS:
            continue
        top = run[0][0]
        heading = text[text.rfind("\n", 0, max(0, top - 1)) + 1 : top].strip()
        unit, mult = next(((u, k) for rx, u, k in UNIT_HEADERS if rx.search(heading)), ("", 1.0))
        if not unit or labelled_row(heading):
            # (« Part des clubs labellisés 41 48 » is the table's first row, not its heading)
            continue
        for line_start, m in run:
            spans = _numbers(m)
            if len(spans) > 1 and not _bounded_row(text, line_start, spans, unit):
                continue
            for a, b in spans:
                start, end = line_start + a, line_start + b
                number = text[start:end]
                kind = next((k for _, k, _ in figure_matches(number)), "")
                value = float(number.replace(",", ".")) * mult
                if start in taken or kind != "number" or value > _RANGE.get(unit, float("inf")):
                    continue
                if sums_shares(text[line_start:start], unit, value):
                    continue  # « Total 100 »: the table's sum (« Ensemble 28 » is a share)
                out.append(Found(start, end, number, value, unit))
    return out
