"""Rows joined to their value by dot leaders (rule `leader_rows`), as slides print a ranking:
« Part des Français qui attendent un impact fort, par domaine : / Emploi … 49 % /
Développement économique … 46 % / … » (the cleaning turns the dots into « … »). Each row is a
cell of a small table whose title is the line above the rows: the share takes the population
the title names and measures its row label with the title (« Emploi — Part des Français qui
attendent un impact fort, par domaine »). Only shares and marks: a bare number after a leader
is a page of a table of contents."""

from __future__ import annotations

import re

from ..text import YEAR
from .stacks import MAX_HEADER_CHARS, StackCell

MIN_ROWS = 2  # consecutive leader rows that make a table
_ROW_RE = re.compile(
    r"(?P<label>[^\W\d_][^…]{0,70}?)\s+…\s+"
    r"(?P<value>[+<>≈~]?\d[\d  ]*(?:,\d+)?\s*(?:%|/\s*10))\s*(?:\*+|\([\da-h]\))?"
)


def leader_cells(text: str) -> dict[int, StackCell]:
    """The rows of the page's leader tables, by line start."""
    if " … " not in text:
        return {}  # most pages: no leader at all
    lines, pos = [], 0
    for line in text.split("\n"):
        lines.append((pos, pos + len(line), line.strip()))
        pos += len(line) + 1
    out: dict[int, StackCell] = {}
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and _ROW_RE.fullmatch(lines[j][2]):
            j += 1
        if j - i < MIN_ROWS:
            i = j + 1
            continue
        above = lines[i - 1][2] if i > 0 else ""
        title = ""
        if above and len(above) <= MAX_HEADER_CHARS and not above.endswith((".", "!", ";")):
            title = above.rstrip(" :")
        top = lines[i - 1][0] if title else lines[i][0]
        year = YEAR.search(title)
        for start, end, line in lines[i:j]:
            m = _ROW_RE.fullmatch(line)
            assert m is not None
            out[start] = StackCell(
                start, end, m.group("label").strip(), "", "", title, "", 1.0,
                year.group() if year else "", top, line,
            )  # fmt: skip
        i = j
    return out
