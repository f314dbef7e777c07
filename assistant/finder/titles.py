"""A page's dated title (« PHARE-Citoyens (septembre 2015) : les priorités des Français »,
« Baromètre Vélo — mai 2017 »): the survey date it sets off dates every figure of the page
that nothing nearer dates, and in an undated deck the slides after it."""

from __future__ import annotations

import re
from collections import Counter

from ..line_forms import TERMINAL, is_heading
from ..types import Page
from .calendar import DATE_PATTERN

_DATE = DATE_PATTERN
# a date set off in a title: in parentheses (« (septembre 2015) », « (2015-2017) ») or after a
# dash, a middle dot or a comma at its end (« — mai 2017 »); not a year of the title's own
# words (« Les ambitions du réseau pour 2030 », « 2.1 La situation avant la crise de 2020 »)
_SET_OFF_RE = re.compile(rf"\({_DATE}(?:\s*[-–]\s*((?:19|20)\d\d))?\)|[—–·,]\s*{_DATE}\s*$", re.I)
_PAGE_NUMBER_RE = re.compile(r"(?:page\s+)?[—–-]?\s*\d{1,3}(?:\s*/\s*\d{1,3})?\s*[—–-]?", re.I)


def first_line(text: str) -> str:
    """The page's first line of words: not a blank line nor a page or slide number alone on
    its line (« 9 », « 2 / 12 », « — 4 — » above the title)."""
    return next(
        (
            s
            for s in (line.strip() for line in text.split("\n"))
            if s and not _PAGE_NUMBER_RE.fullmatch(s)
        ),
        "",
    )


def title_year(line: str) -> str:
    """The year a title line sets off (rule `page_title_year`), "" for a line that is no
    heading or sets off no date."""
    if not line or TERMINAL.search(line) or not is_heading(line.split(" : ")[0]):
        return ""
    m = _SET_OFF_RE.search(line)
    if m is None:
        return ""
    start, end, alone = m.groups()
    return alone or (f"{start}-{end}" if end else start)


def page_titles(pages: list[Page], latest: str, carry: bool) -> dict[int, str]:
    """Page number → the year its title sets off (rule `page_title_year`): not on the cover
    (the first page with text, whose first line dates the document), not a running header (a
    first line that recurs, digits aside, on other pages), not a year after `latest` (the
    document's or its survey's year: a title looking ahead). `carry`, for an undated deck:
    a page without one goes on with the last one before it (rule `slide_title_carried`)."""
    firsts = {page.number: first_line(page.text) for page in pages}
    recurring = Counter(re.sub(r"\d", "", line) for line in firsts.values() if line)
    cover = next((page.number for page in pages if page.text.strip()), 0)
    out: dict[int, str] = {}
    last = ""
    for page in pages:
        line = firsts[page.number]
        year = ""
        if page.number != cover and recurring[re.sub(r"\d", "", line)] < 2:
            year = title_year(line)
            if latest and year[:4] > latest:
                year = ""
        last = year or last
        out[page.number] = last if carry else year
    return out
