"""A page's dated title (« PHARE-Citoyens (septembre 2015) : les priorités des Français »,
« Baromètre Vélo — mai 2017 »): the survey date it sets off dates every figure of the page
that nothing nearer dates, and in an undated deck the slides after it."""

from __future__ import annotations

import itertools
import re
from collections import Counter
from functools import cache

from ..line_forms import TERMINAL, is_heading
from ..text import fold_in_place
from ..types import Page
from .calendar import DATE_PATTERN
from .vocabulary import folded_alternation

_DATE = DATE_PATTERN
# a date set off in a title: in parentheses (« (septembre 2015) », « (2015-2017) ») or after a
# dash, a middle dot or a comma at its end (« — mai 2017 »); not a year of the title's own
# words (« Les ambitions du réseau pour 2030 », « 2.1 La situation avant la crise de 2020 »)
_SET_OFF_RE = re.compile(rf"\({_DATE}(?:\s*[-–]\s*((?:19|20)\d\d))?\)|[—–·,]\s*{_DATE}\s*$", re.I)
_PAGE_NUMBER_RE = re.compile(r"(?:page\s+)?[—–-]?\s*\d{1,3}(?:\s*/\s*\d{1,3})?\s*[—–-]?", re.I)


MAX_HEADER_LINES = 3  # lines a running header may take at the top of a page


def top_lines(text: str) -> list[str]:
    """The page's first lines of words: not blank lines nor a page or slide number alone on
    its line (« 9 », « 2 / 12 », « — 4 — » above the title); as many as a running header
    and the title under it may take."""
    lines = (s.strip() for s in text.split("\n"))
    words = (s for s in lines if s and not _PAGE_NUMBER_RE.fullmatch(s))
    return list(itertools.islice(words, MAX_HEADER_LINES + 2))


def _header_key(line: str) -> str:
    return re.sub(r"\d", "", line)


def page_title(tops: list[str], recurring: Counter[str]) -> str:
    """The page's title: its first line of words past a running header (lines that recur,
    digits aside, at the top of other pages; rule `header_skipped`), with a date set off
    on the next line (« PHARE-Citoyens : les attentes des Français » / « (septembre 2015) »;
    rule `title_date_wrapped`)."""
    for i, line in enumerate(tops[: MAX_HEADER_LINES + 1]):
        if recurring[_header_key(line)] >= 2:
            continue
        after = tops[i + 1] if i + 1 < len(tops) else ""
        if after.startswith("(") and _SET_OFF_RE.fullmatch(after):
            return f"{line} {after}"
        return line
    return ""


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
    (the first page with text, whose first line dates the document), not a running header
    (`page_title`: lines that recur, digits aside, at the top of other pages), not a year
    after `latest` (the document's or its survey's year: a title looking ahead). `carry`, for
    an undated deck:
    a page without one goes on with the last one before it (rule `slide_title_carried`)."""
    tops = {page.number: top_lines(page.text) for page in pages}
    recurring = Counter(
        key for lines in tops.values() for key in {_header_key(line) for line in lines}
    )
    cover = next((page.number for page in pages if page.text.strip()), 0)
    out: dict[int, str] = {}
    last = ""
    for page in pages:
        year = ""
        line = page_title(tops[page.number], recurring)
        if page.number != cover and line:
            year = title_year(line)
            if latest and year[:4] > latest:
                year = ""
        last = year or last
        out[page.number] = last if carry else year
    return out


@cache
def _report_title_re() -> re.Pattern[str]:
    titles = folded_alternation("annual_report_titles").replace("'", "['’]")
    return re.compile(
        rf"\b(?:{titles})\s+(?:de\s+l['’]\s*(?:annee|exercice)\s+)?((?:19|20)\d\d)(?![\d\s]*[-–/]\s*\d)(?!\d)"
    )


def report_year(pages: list[Page], published: str) -> str:
    """Rule `report_year`: the year an annual report's title on its first page reports on
    (« Rapport d'activité 2024 », published in 2025): its figures that nothing else dates are
    that year's; "" when the first lines name no such report or a year after `published`
    (data `annual_report_titles`)."""
    first = next((page for page in pages if page.text.strip()), None)
    if first is None:
        return ""
    top = fold_in_place(" ".join(top_lines(first.text)).lower())
    m = _report_title_re().search(top)
    if m is None or (published and m.group(1) > published[:4]):
        return ""
    return m.group(1)
