"""A publication calendar printed as a table (« Volet / Parution / PHARE-Citoyens / septembre
2015 / PHARE-Entreprises / octobre 2015 … »): each named part's date. A later section whose
heading names one of these parts (« Zoom sur PHARE-Citoyens ») is about it: its figures take
that part's year when nothing in the section dates them."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable

from ..text import MONTHS

MIN_ENTRIES = 3  # fewer name/date rows than this are no calendar
MAX_NAME_CHARS = 40
MAX_HEADING_CHARS = 70
_DATE_LINE_RE = re.compile(
    rf"(?:(?:\d{{1,2}}|1er)\s+)?(?:(?:{MONTHS}|printemps|été|automne|hiver)\s+)?((?:19|20)\d\d)",
    re.I,
)
# a part's name: one capitalised word joined to another by a hyphen (« PHARE-Citoyens »)
_NAME_RE = re.compile(r"[A-ZÀ-Ý][\w'’]*-[A-ZÀ-Ý][\w'’]*(?:\s[\w'’-]+){0,2}")


def calendar(pages: Iterable[str]) -> dict[str, str]:
    """Name → year of the parts a document's calendar tables date (three rows at least)."""
    out: dict[str, str] = {}
    for text in pages:
        lines = [line.strip() for line in text.split("\n")]
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
    return out


def named_headings(text: str, parts: dict[str, str]) -> list[tuple[int, str]]:
    """(position, year) of the heading lines of a page that name a dated part (« Zoom sur
    PHARE-Citoyens »), not the calendar's own rows."""
    out = []
    for name, year in parts.items():
        for m in re.finditer(re.escape(name), text):
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
