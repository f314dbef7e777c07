"""Key figures and chart values dated by the source line under them (rule `source_line_year`):
« 49 % / Emploi / 46 % / Développement économique / … / Source : PHARE-Citoyens, septembre
2015, plus de 2 000 personnes interrogées. » The figures of a dashboard or a slide come from
the survey its source line names, not from the year the dashboard came out. Or by the heading
over them that opens on a year (rule `heading_opens_year`: « En 2015, les autres publics »)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from ..text import YEAR
from .detect import Found, detect
from .parts import Context

_SOURCE_RE = re.compile(r"^\s*Sources?\s*:", re.I)
# A year bounding the sources (« publications antérieures à 2024 ») dates none of them.
_BOUND_RE = re.compile(
    r"\b(?:antérieure?s?|postérieure?s?|avant|après|depuis|jusqu['’]en)\s+(?:à\s+|en\s+)?"
    r"(?:19|20)\d\d\b",
    re.I,
)
# A heading opening on the year its block is of: « En 2015, les autres publics ».
_OPENS_YEAR_RE = re.compile(r"^(?:En|Depuis|Dès)\s+((?:19|20)\d\d)\b")
MAX_LINES_UP = 12  # lines above a key figure where its heading is looked for
MAX_CAPTION_LINES = 4  # lines of a box's caption
MAX_LINES_DOWN = 12  # lines under a figure where its source line is looked for
MAX_BOX_LINE = 60  # a longer line between them is prose: the source is another block's


def source_year(text: str, end: int) -> str:
    """The single year of the first « Source : » line under `end` (and the line it runs onto),
    when only short lines — the other figures and labels of the block — stand between; else
    ""."""
    lines = text[end:].split("\n")[1 : MAX_LINES_DOWN + 1]
    for i, line in enumerate(lines):
        if _SOURCE_RE.match(line):
            said = _BOUND_RE.sub("", " ".join(lines[i : i + 2]))
            years = set(YEAR.findall(said))
            return years.pop() if len(years) == 1 else ""
        if len(line.strip()) > MAX_BOX_LINE or line.rstrip().endswith("."):
            return ""
    return ""


def with_source_year(
    text: str, b: int, figs: Sequence[Found], contexts: list[Context]
) -> list[Context]:
    """Rule `source_line_year`: the figures of a key figure or chart line dated only by their
    document take the year of the source line under their block."""
    if not any(c.year_source == "document" for c in contexts):
        return contexts
    year = source_year(text, b)
    if not year:
        return contexts
    return _dated(contexts, year, "source")


def heading_year(text: str, start: int) -> str:
    """The year a short heading over the block at `start` opens on (« En 2015, les autres /
    publics »: a heading may run onto a second line), the block's other figures and their
    captions skipped; ""."""
    lines = text[:start].rsplit("\n", MAX_LINES_UP + 1)[:-1][::-1][:MAX_LINES_UP]
    words: list[str] = []
    for line in (x.strip() for x in lines):
        if not line:
            continue
        if detect(line):
            words = []  # another figure of the block: the lines read were its caption
            continue
        if line.endswith((".", ";", ":")) or len(line) > 2 * MAX_BOX_LINE:
            return ""  # prose
        words.insert(0, line)
        if line[:1].isupper():
            m = _OPENS_YEAR_RE.match(" ".join(words))
            return m.group(1) if m and len(line) <= MAX_BOX_LINE else ""
        if len(words) > MAX_CAPTION_LINES:
            return ""
    return ""


def with_heading_year(text: str, a: int, contexts: list[Context]) -> list[Context]:
    """Rule `heading_opens_year`: the figures of a key figure line dated only by their
    document take the year their heading opens on."""
    if not any(c.year_source == "document" for c in contexts):
        return contexts
    year = heading_year(text, a)
    if not year:
        return contexts
    return _dated(contexts, year, "phrase")


def _dated(contexts: list[Context], year: str, source: str) -> list[Context]:
    """The contexts dated only by their document, given `year` from `source` instead."""
    return [
        replace(c, year=year, year_source=source) if c.year_source == "document" else c
        for c in contexts
    ]
