"""Figures on a page: whether a figure of an answer is printed on its cited page, and whether it
is a quantity or a date. The grammar that reads them is assistant/checks/grammar.py."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from ..text import FIGURE_SPACES, MONTHS, STOP_WORDS, fold_lower
from .grammar import Figure, canonical, figure_matches

_SP = f"[{FIGURE_SPACES}]"
_YEAR = r"(?:1[89]|20)\d\d"
_SPACES_RE = re.compile(_SP)
_GROUPED_RE = re.compile(rf"\d+(?:{_SP}\d+)+(?:,\d+)?")
_KIND_RES = (
    ("day", re.compile(r"--\d\d-\d\d")),
    ("date", re.compile(r"\d{4}-\d\d-\d\d")),
    ("month", re.compile(r"\d{4}-\d\d")),
    ("range", re.compile(r"\d{4}-\d{4}")),
)


def _kind(key: str) -> str:
    for kind, pattern in _KIND_RES:
        if pattern.fullmatch(key):
            return kind
    if key.endswith("pts"):
        return "points"
    return {"%": "percent", "€": "money"}.get(key[-1], "score" if "/" in key else "number")


_DATE_KINDS = frozenset({"date", "day", "month", "range"})
_YEAR_RE = re.compile(_YEAR)
# A plural noun right after a number: what a count counts (« 2000 associations »).
_PLURAL_NOUN_RE = re.compile(rf"{_SP}+([^\W\d_]{{2,}}[sx])(?![\w'’-])")
# Words after which a four-digit number is a year even before a plural noun
# (« en 2020 entreprises et associations … », « depuis 2015 », a month: « conduite en mai-juin
# 2016 auprès de … »).
_YEAR_BEFORE_RE = re.compile(
    r"(?i:\b(?:en|depuis|dès|année|années|an|fin|début|mi|avant|après|vers|jusqu['’]en"
    rf"|horizon|d['’]ici|l['’]an|été|automne|hiver|printemps|{MONTHS}|-))"
    rf"{_SP}*$"
)


def reads_as_count(text: str, start: int, end: int) -> bool:
    """Whether the solid four-digit number at ``text[start:end]`` counts the plural noun after it
    (« 2000 associations », « 1500 entreprises ») rather than naming a year: a lowercase noun
    that is not a function word, and no date preposition before the number."""
    m = _PLURAL_NOUN_RE.match(text, end)
    if m is None or not m.group(1).islower():
        return False
    word = m.group(1).lower()
    if word in STOP_WORDS or fold_lower(word) in STOP_WORDS:
        return False
    before = text[max(0, start - 20) : start]
    return _YEAR_BEFORE_RE.search(before) is None


def figure_category(fig: Figure, text: str = "") -> Literal["quantity", "date"]:
    """ "date" for dates, months, periods and years, "quantity" for everything else. A bare
    year is four digits written solid ("en 2021"): French prints a count of that size with a
    space ("2 021 communes"), so "2021" alone is read as the year — unless ``text`` (where
    ``fig``'s offsets point) shows it counting a plural noun (« 2000 associations »)."""
    kind = _kind(fig.key)
    if kind in _DATE_KINDS:
        return "date"
    if kind == "number" and _YEAR_RE.fullmatch(fig.text):
        return "quantity" if text and reads_as_count(text, fig.start, fig.end) else "date"
    return "quantity"


@dataclass(frozen=True)
class _PageIndex:
    keys: frozenset[str]
    amounts: frozenset[str]  # values of bare numbers and amounts in euros
    values: frozenset[str]  # values of every number (with %, €, /10 or none) and table cells
    years: frozenset[str]  # years named by dates, month-years and ranges
    months: frozenset[str]  # "2021-11" for each full date
    day_months: frozenset[str]  # "11-30" for each "30 novembre", with or without a year
    days: frozenset[str]  # "30" for each of them: the day a cut sentence may end on
    points: frozenset[str]  # figures in points as printed, signed ("-3pts", "±2.2pts")


@lru_cache(maxsize=256)
def _page_index(page_text: str) -> _PageIndex:
    keys, amounts, values, years, months, day_months, points = (set[str]() for _ in range(7))
    # A figure may be cut by a line end on the page ("novembre\n2020"): read lines joined.
    for m, kind, key in figure_matches(page_text.replace("\n", " ")):
        keys.add(key)
        if kind == "range":
            years.update(key.split("-"))
        elif kind == "day":
            day_months.add(key[2:])
        elif kind in ("date", "month"):
            years.add(key[:4])
            months.add(key[:7])
            if kind == "date":
                day_months.add(key[5:])
        elif kind == "points":
            # « 5 points » in an answer for « +5 pts » on the page: the sign left out, not
            # changed (« +5 pts » is then read only from a page printing it, or unsigned)
            keys.add(key.lstrip("+-±"))
            values.add(canonical(m.group("v")))
            points.add(key)
        else:
            value = key.rstrip("%€").partition("/")[0]
            # The number as written counts too: "1,2" in "de 1,2 à 1,5 M€", "2" in "1 sur 2".
            values.update((value, canonical(m.group("v")), key.partition("/")[2] or value))
            if kind in ("number", "money"):
                amounts.add(value)
            if kind == "number" and _GROUPED_RE.fullmatch(m.group()):
                # pypdf flattens table rows: "150 200 300" may be three cells, not one number.
                values.update(canonical(p) for p in _SPACES_RE.split(m.group()) if p[:1] != "0")
    # A bare number opening its line is not named by the last word of the line before, as the
    # joined reading makes it (« CHIFFRES CLÉS DE L'ENQUÊTE » / « 302 maires interrogés »).
    for line in page_text.split("\n"):
        first = next(figure_matches(line), None) if line[:1].isdigit() else None
        if first is not None and first[0].start() == 0 and first[1] == "number":
            keys.add(first[2])
            values.add(first[2])
            amounts.add(first[2])
    days = {day_month[3:] for day_month in day_months}
    return _PageIndex(
        *map(frozenset, (keys, amounts, values, years, months, day_months, days, points))
    )


def figure_on_page(fig: Figure, page_text: str) -> bool:
    """True when the page states the figure (same key, or its parts for dates and ranges)."""
    index = _page_index(page_text)
    if fig.key in index.keys:
        return True
    kind = _kind(fig.key)
    if kind == "number":  # a bare number may carry a unit on the page, or be a date's year
        # or its day: a sentence cut at a line end (« publiée le 23 » / « septembre »)
        day = fig.key.isdigit() and f"{int(fig.key):02d}" in index.days
        return fig.key in index.values or fig.key in index.years or day
    if kind == "money":  # pages often leave out the currency ("un budget de 2 millions")
        return fig.key[:-1] in index.amounts
    if kind == "date":
        year, month_day = fig.key[:4], fig.key[5:]
        return month_day in index.day_months and (year in index.years or year in index.values)
    if kind == "day":
        return fig.key[2:] in index.day_months
    if kind == "month":
        return fig.key in index.months
    if kind == "range":
        return all(y in index.years or y in index.values for y in fig.key.split("-"))
    if kind == "points":
        # « 5 points » or « +5 points » in an answer for « en hausse de 5 points », « (+5) »,
        # « 300 points d'accueil » on the page: the number is the page's, the word « points »
        # the answer's; a sign the answer adds against the page (« −5 ») must be printed.
        magnitude = fig.key.removesuffix("pts").lstrip("+-±")
        printed = {k for k in index.points if k.lstrip("+-±") == magnitude + "pts"}
        if printed:
            # The page prints it in points: the answer gives its sign, or none, or « + »
            # (« ± ») where the page gives none (« en hausse de 5 points »).
            unsigned = magnitude + "pts"
            return (
                fig.key in printed
                or fig.key == unsigned
                or (unsigned in printed and not fig.key.startswith("-"))
            )
        sign = fig.key[:1]
        return sign != "-" and (magnitude in index.values or magnitude in index.amounts)
    return False  # percent and score: the unit must be on the page too
