"""Key figures and chart values dated by the source line under them (rule `source_line_year`):
« 49 % / Emploi / 46 % / Développement économique / … / Source : PHARE-Citoyens, septembre
2015, plus de 2 000 personnes interrogées. » The figures of a dashboard or a slide come from
the survey its source line names, not from the year the dashboard came out. Or by the heading
over them that opens on a year (rule `heading_opens_year`: « En 2015, les autres publics »)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace

from ..line_forms import TERMINAL
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
MAX_FIGURE_LINE = 12  # a key figure printed alone on its line (« 86 % », « 1,5 M€ »)
MAX_BOX_LINE = 60  # a longer line between them is prose: the source is another block's
MAX_BOXED_LINES = 6  # lines under a key figure where its source line may stand past a full stop
MAX_NAME_CHARS = 40  # a longer opening of a source line is a sentence, not a name


def boxed(text: str, end: int) -> bool:
    """Whether the figure ending at `end` is a key figure's, or in its caption: printed alone on
    its line (« 86 % »), or under such a line by a few short caption lines."""
    stop = text.find("\n", end)
    lines = text[: len(text) if stop < 0 else stop].split("\n")[::-1][: MAX_CAPTION_LINES + 1]
    for i, line in enumerate(x.strip() for x in lines):
        if len(line) > MAX_BOX_LINE or (i and line.endswith(".")):
            return False
        if len(line) <= MAX_FIGURE_LINE and detect(line):
            return True
    return False


def _years_said(lines: list[str], i: int) -> set[str]:
    """The years the source line `i` gives, with the line it runs onto (not another source
    line), but for the bounds of its sources (« publications antérieures à 2024 »)."""
    runs_on = not TERMINAL.search(lines[i].rstrip())  # « …, janvier » / « 2011. »
    said = lines[i : i + 1] + [
        x for x in lines[i + 1 : i + 2] if runs_on and not _SOURCE_RE.match(x)
    ]
    return set(YEAR.findall(_BOUND_RE.sub("", " ".join(said))))


def source_name(line: str) -> str:
    """The name a « Source : » line opens on, up to its first comma, semicolon, stop or
    bracket (« CAPRA-Habitants » in « Source : CAPRA-Habitants, mai 2019. »), ''."""
    name = _SOURCE_RE.sub("", line, count=1)
    name = re.split(r"[,;.(]", name, maxsplit=1)[0]
    return " ".join(name.split()) if len(name) <= MAX_NAME_CHARS else ""


def dated_sources(pages: Iterable[str]) -> dict[str, str]:
    """Name → year of the sources a document's « Source : » lines date (« Source :
    CAPRA-Habitants, mai 2019. »), for its source lines that name one of them with no
    date (« Source : CAPRA-Habitants ; plus de 2 000 personnes interrogées. »; rule
    `named_source`). A name dated twice differently dates nothing."""
    found: dict[str, set[str]] = {}
    for text in pages:
        lines = text.split("\n")
        for i, line in enumerate(lines):
            if not _SOURCE_RE.match(line):
                continue
            name = source_name(line)
            years = _years_said(lines, i)
            if name and len(years) == 1:
                found.setdefault(name, set()).update(years)
    return {name: years.pop() for name, years in found.items() if len(years) == 1}


def source_year(text: str, end: int, named: Mapping[str, str] | None = None) -> str:
    """The single year of the first « Source : » line under `end` (and the line it runs onto),
    when only short lines — the other figures and labels of the block — stand between; or,
    when it prints none, the year the document's other source lines give the source it names
    (`named`, `dated_sources`); else ""."""
    lines = text[end:].split("\n")[1 : MAX_LINES_DOWN + 1]
    in_box = boxed(text, end)
    for i, line in enumerate(lines):
        if in_box and i >= MAX_BOXED_LINES:
            return ""  # past a box's caption: prose in a narrow column, another block
        if _SOURCE_RE.match(line):
            years = _years_said(lines, i)
            if not years and named:
                return named.get(source_name(line), "")
            return years.pop() if len(years) == 1 else ""
        if len(line.strip()) > MAX_BOX_LINE or (line.rstrip().endswith(".") and not in_box):
            return ""
    return ""


def with_source_year(
    text: str,
    b: int,
    figs: Sequence[Found],
    contexts: list[Context],
    named: Mapping[str, str] | None = None,
) -> list[Context]:
    """Rule `source_line_year`: the figures of a key figure or chart line dated only by their
    document take the year of the source line under their block."""
    if not any(c.year_source == "document" for c in contexts):
        return contexts
    year = source_year(text, b, named)
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
