"""Rule `source_calls`: an infographic numbers its sources (« Sources : 1. PHARE-Citoyens,
septembre 2015. 2. … 5. IMPACTS & TRAJECTOIRES … ») and prints each tile's call alone on the
line under its caption (« 302 / maires interrogés / à l'automne 2024 / 5 »): the call is no
figure, and read as one it would take the next tile's caption. The calls are blanked (same
length, so positions hold) before the page's figures are read; a tile's figure that only its
document dates takes the year of the source it calls (rule `call_years`)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from ..text import YEAR
from .rows import FigureRow

_SOURCES_RE = re.compile(r"\bSources?\s*:\s*(?=\d{1,2}\.\s)", re.I)
_ITEM_RE = re.compile(r"(?<![\d,])(\d{1,2})\.\s+[A-ZÀ-Ý«]")
_CALL_LINE_RE = re.compile(r"[ \t]*(\d{1,2})[ \t]*")
LIST_REACH = 1500  # characters after « Sources : » where its numbered items are read
MIN_SOURCES = 2  # a list, not one note


def source_calls(text: str) -> tuple[str, list[tuple[int, str]]]:
    """`text` with the source calls of its tiles replaced by spaces (see the module), and
    where each call stood with the year its source prints ("" if none)."""
    if "ource" not in text:
        return text, []  # most pages list no sources (one scan in C)
    listed = _SOURCES_RE.search(text)
    if listed is None:
        return text, []
    items = list(_ITEM_RE.finditer(text, listed.start(), listed.end() + LIST_REACH))
    years: dict[int, str] = {}
    for item, nxt in zip(items, [*items[1:], None], strict=True):
        year = YEAR.search(text, item.end(), nxt.start() if nxt else item.end() + LIST_REACH)
        years[int(item.group(1))] = year.group() if year else ""
    if len(years) < MIN_SOURCES:
        return text, []
    lines = text.split("\n")
    out: list[str] = []
    calls: list[tuple[int, str]] = []
    at = 0
    for i, line in enumerate(lines):
        call = _CALL_LINE_RE.fullmatch(line)
        above = lines[i - 1].strip() if i else ""
        below = next((x.strip() for x in lines[i + 1 :] if x.strip()), "")
        if (
            call is not None
            and int(call.group(1)) in years
            and above[:1].isalpha()  # under a caption's words, not under a value
            and not above.endswith(":")
            # the next tile's value or the sources follow, not a caption (« 3 / fondations
            # partenaires » is a figure) nor nothing (a page number at the foot)
            and (below[:1].isdigit() or below[:1] in "+<>≈~" or _SOURCES_RE.match(below))
        ):
            calls.append((at, years[int(call.group(1))]))
            line = " " * len(line)
        out.append(line)
        at += len(line) + 1
    return "\n".join(out), calls


def with_call_years(rows: Sequence[FigureRow], calls: list[tuple[int, str]]) -> list[FigureRow]:
    """Rule `call_years`: a tile's figure dated by its document only, or by a source line (the
    page's whole list), takes the year of the source its tile calls: the first call after it,
    with no other figure between them."""
    if not calls:
        return list(rows)
    starts = sorted(r.start for r in rows)
    out = []
    for row in rows:
        call = next(((p, y) for p, y in calls if p > row.start), None)
        later = next((s for s in starts if s > row.start), None)
        if (
            call is not None
            and call[1]
            and (later is None or later > call[0])
            and row.year_source in ("document", "source")
        ):
            row = replace(row, year=call[1], year_source="source")
        out.append(row)
    return out
