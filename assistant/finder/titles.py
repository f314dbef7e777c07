"""A page's dated title (« PHARE-Citoyens (septembre 2015) : les priorités des Français »):
the year it gives dates every figure of the page that nothing nearer dates, and in an undated
deck the slides after it."""

from __future__ import annotations

from ..layout import Kinds, line_kinds
from ..types import Page
from .calendar import named_headings
from .headings import heading_years, title_line
from .keyboxes import unstack_boxes


def page_title_year(text: str, kinds: Kinds, named: list[tuple[int, str]]) -> str:
    """Rule `page_title_year`: the year the page's first line gives when it is a heading (a
    slide's title, « Baromètre des mobilités (octobre 2017) : ce que disent les cyclistes »;
    or a part of the publication calendar it names, `named`): it dates every figure of the
    page that nothing nearer dates, in every section of the page, before the document's
    survey or date."""
    i = title_line(text, kinds)
    if i >= len(kinds):
        return ""
    first = kinds[i][0]
    return next((y for p, y in named + heading_years(text, kinds, title=True) if p == first), "")


def carried_titles(pages: list[Page], parts: dict[str, str]) -> dict[int, str]:
    """Rule `slide_title_carried`: in an undated document (a deck), page number → the year of
    the last dated page title before it (« PHARE-Citoyens — septembre 2015 », then « Ce qui
    compte pour les Français »: the next slides go on with the same survey)."""
    out: dict[int, str] = {}
    last = ""
    for page in pages:
        out[page.number] = last
        if page.number > 1:
            text, _ = unstack_boxes(page.text)
            kinds = line_kinds(text, ticks=True)
            headed = named_headings(text, parts) + heading_years(text, kinds)
            last = page_title_year(text, kinds, headed) or last
    return out
