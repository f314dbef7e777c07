"""Rule `marks_count_people`: a mark out of 10 is given by people (respondents: « Emploi 7,1 »
under a slide of « 2 000 personnes interrogées »), never by organisations. A mark whose
population was carried from elsewhere (its sentence does not print it) and names organisations
(« associations », « entreprises »: a first word outside the data list `people`) takes the last
population of people named on its page before its sentence, not in the label of a value (« jeunes »
in « Emploi des jeunes » / « 7,1 » is what is marked); it keeps its own when there is none."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import replace

from ..text import fold_in_place, fold_lower
from .rows import FigureRow
from .vocabulary import ActorMatch, names_people, vocabulary

_VALUE_LINE_RE = re.compile(r"[\d\s,.%/+−–-]+")


def _labels_a_value(text: str, at: int) -> bool:
    """Whether the line holding `at` is a label with its value alone on the next line
    (« Emploi des jeunes » / « 7,1 »): what is marked, not who marks."""
    end = text.find("\n", at)
    if end < 0:
        return False
    nxt = text.find("\n", end + 1)
    line = text[end + 1 : nxt if nxt >= 0 else len(text)].strip()
    return bool(line) and _VALUE_LINE_RE.fullmatch(line) is not None


def _completes(text: str, before: ActorMatch | None, at: int) -> bool:
    """Whether the people at `at` only complete a population named before them on their line
    (« Les associations qui emploient des jeunes de moins de 26 ans »: the associations)."""
    return before is not None and "\n" not in text[before.end : at]


def with_people_marks(rows: list[FigureRow], texts: Mapping[int, str]) -> list[FigureRow]:
    """`rows` with each mark carried an organisation given the page's last people before it."""
    found: dict[int, list[tuple[int, str, str]]] = {}
    out = []
    for r in rows:
        if (
            r.unit != "/10"
            or not r.actor
            or names_people(r.actor)
            or fold_lower(r.actor) in fold_lower(r.sentence)
        ):
            out.append(r)
            continue
        if r.page not in found:
            text = texts.get(r.page, "")
            named = vocabulary().actors(fold_in_place(text))
            found[r.page] = [
                (a.start, text[a.start : a.end], a.category)
                for k, a in enumerate(named)
                if names_people(text[a.start : a.end])
                and not _labels_a_value(text, a.end)
                and not _completes(text, named[k - 1] if k else None, a.start)
            ]
        at = r.sentence.find(r.text)
        opens = r.start - at if at >= 0 else r.start  # not its own label (« Emploi des jeunes »)
        before = [p for p in found[r.page] if p[0] < opens]
        if before:
            _, actor, category = before[-1]
            r = replace(r, actor=actor, actor_category=category)
        out.append(r)
    return out
