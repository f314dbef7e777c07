"""A publication calendar printed as a table (« Volet / Parution / PHARE-Citoyens / septembre
2015 / PHARE-Entreprises / octobre 2015 … »): each named part's date. A later section whose
heading names one of these parts (« Zoom sur PHARE-Citoyens ») is about it: its figures take
that part's year when nothing in the section dates them. A calendar may also be a list of
one-line entries (« ▸ Citoyens — septembre 2015 »), whose parts a heading names as the end of a
compound (« PHARE-Citoyens : les priorités du quotidien »)."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable

from ..text import MONTHS, SEASONS

MIN_ENTRIES = 3  # fewer name/date rows than this are no calendar
MAX_NAME_CHARS = 40
MAX_HEADING_CHARS = 70
# a date, perhaps with its day and its month or season (« septembre 2015 », « automne 2016 »):
# its year in the one group
DATE_PATTERN = rf"(?:(?:\d{{1,2}}|1er)\s+)?(?:(?:{MONTHS}|{SEASONS})\s+)?((?:19|20)\d\d)"
_DATE_LINE_RE = re.compile(DATE_PATTERN, re.I)
# a part's name: one capitalised word joined to another by a hyphen (« PHARE-Citoyens »)
_NAME_RE = re.compile(r"[A-ZÀ-Ý][\w'’]*-[A-ZÀ-Ý][\w'’]*(?:\s[\w'’-]+){0,2}")
# « ▸ Citoyens — septembre 2015 »: a list item naming a part, a dash, its date (rule
# `calendar_lines`)
_ENTRY_RE = re.compile(
    rf"(?:[•·▪‣○●■▸►▶➤*-]\s*)?(?P<name>[A-ZÀ-Ý][\w'’]*(?:[ -][\w'’]+){{0,2}})\s+[—–]\s+"
    rf"(?P<date>{_DATE_LINE_RE.pattern})"
)


# « PHARE-Citoyens (septembre 2015) : les priorités des Français »: a heading that opens on a
# part's name and its date in parentheses dates that part wherever the document names it
# (rule `dated_name`)
_DATED_NAME_RE = re.compile(
    rf"(?P<name>{_NAME_RE.pattern})\s*\((?i:(?:(?:\d{{1,2}}|1er)\s+)?"
    rf"(?:(?:{MONTHS}|{SEASONS})\s+)?)(?P<year>(?:19|20)\d\d)\)(?:\s*[:–—-].*)?"
)


def calendar(pages: Iterable[str]) -> dict[str, str]:
    """Name → year of the parts a document's calendar tables date (three rows at least), and
    of those a heading dates in parentheses (`dated_name`)."""
    out: dict[str, str] = {}
    for text in pages:
        lines = [line.strip() for line in text.split("\n")]
        for line in lines:
            dated = _DATED_NAME_RE.fullmatch(line) if "(" in line else None
            if dated is not None and len(line) <= MAX_HEADING_CHARS:
                out.setdefault(dated.group("name"), dated.group("year"))
        run: list[tuple[str, str]] = []
        for name, date in itertools.pairwise(lines):
            m = _DATE_LINE_RE.fullmatch(date)
            if m and len(name) <= MAX_NAME_CHARS and _NAME_RE.fullmatch(name):
                run.append((name, m.group(1)))
            elif not _DATE_LINE_RE.fullmatch(name):  # a date line between two rows goes on
                if len(run) >= MIN_ENTRIES:
                    out.update(run)
                run = []
        if len(run) >= MIN_ENTRIES:
            out.update(run)
        out.update(_entries(lines))
    return out


def _entries(lines: list[str]) -> dict[str, str]:
    """Name → year of the runs of one-line calendar entries (three at least)."""
    out: dict[str, str] = {}
    run: list[tuple[str, str]] = []
    for line in [*lines, ""]:
        m = _ENTRY_RE.fullmatch(line)
        if m is not None:
            run.append((m.group("name"), m.groups()[-1]))  # the year
            continue
        if len(run) >= MIN_ENTRIES:
            out.update(run)
        run = []
    return out


def named_headings(text: str, parts: dict[str, str]) -> list[tuple[int, str]]:
    """(position, year) of the heading lines of a page that name a dated part (« Zoom sur
    PHARE-Citoyens »), not the calendar's own rows."""
    out = []
    for name, year in parts.items():
        # a bare part name (« Citoyens ») is named as the end of a compound (« PHARE-Citoyens »)
        pattern = re.escape(name) if "-" in name else rf"(?<=[-–]){re.escape(name)}(?![\w-])"
        for m in re.finditer(pattern, text):
            start = text.rfind("\n", 0, m.start()) + 1
            end = text.find("\n", m.end())
            line = text[start : end if end >= 0 else len(text)].strip()
            after = text[end + 1 : text.find("\n", end + 1)].strip() if end >= 0 else ""
            if (
                line != name
                and len(line) <= MAX_HEADING_CHARS
                and not _DATE_LINE_RE.fullmatch(after)
            ):
                out.append((start, year))
    return sorted(out)
