"""Years a sentence gives its figures once each has its own: a value moved from and to takes
the first and the last year of its period (« Entre 2022 et 2024, … passant de 58 à 126 », rule
`from_to_period`); a difference in points measured from a year spans it to the document's
(« en recul de 4 points par rapport à 2021 », rule `gap_since`); a figure said of « aujourd'hui »
is the document's (rule `today_clause`)."""

from __future__ import annotations

import re
from dataclasses import replace

from ..text import fold_in_place
from .detect import Found
from .measure import paired
from .parts import Context

# « 4 points par rapport à 2021 », « trois points de plus qu'en 2020 »: the year a difference
# is measured from
_GAP_FROM_RE = re.compile(
    r"[^.;:!?\d]{0,25}?\b(?:par rapport a|qu['’]en|que en|comparee? a)\s+((?:19|20)\d\d)(?!\d)"
)


# « aujourd'hui » after a verb in the present (not « déclaraient … à ce jour », an answer told)
_TODAY_RE = re.compile(r"\b[^\W\d_]+(?<!ait)(?<!aient)\s+aujourd['’]\s*hui\b")
# a survey the sentence reports on (« Selon le baromètre 2021, … ont aujourd'hui … »): its
# year dates its answers
_REPORTED_RE = re.compile(r"\b(?:selon|d['’]apres|interroge|enquete|barometre|sondage)")


def said_today(folded: str, fig: Found, seg: tuple[int, int], years: list[tuple[int, str]]) -> bool:
    """Rule `today_clause`: a figure whose own clause (its segment, between semicolons,
    colons or a dash) says « aujourd'hui » and prints no year is the document's (« Lancée le
    30 novembre 2021, la charte compte aujourd'hui 1 240 signataires »), not dated by a year
    of another clause."""
    starts = [m.end() for m in _CLAUSE_MARK_RE.finditer(folded, 0, fig.start)]
    a = max(seg[0], starts[-1] if starts else 0)
    stop = _CLAUSE_MARK_RE.search(folded, fig.end)
    b = min(seg[1], stop.start() if stop else len(folded))
    return (
        _TODAY_RE.search(folded, a, b) is not None
        and not any(a <= p < b for p, _ in years)
        and _REPORTED_RE.search(folded) is None
    )


_CLAUSE_MARK_RE = re.compile(r"[;:]|\s[—–]\s")


def gap_since(folded: str, fig: Found, year: str) -> str:
    """Rule `gap_since`: a difference in points dated only by its document, measured from a
    year printed right after it, spans that year to the document's (« en recul de 4 points
    par rapport à 2021 » in a 2024 survey: 2021-2024)."""
    m = _GAP_FROM_RE.match(folded, fig.end)
    if m is None or not year[:4].isdigit() or m.group(1) >= year[:4]:
        return year
    return f"{m.group(1)}-{year[:4]}"


# « passant de 58 à 126 », « est passée de 62 % à 77 % »: a value moving from one to the other
_MOVED_FROM_RE = re.compile(r"\bpass(?:ant|ee?s?|e|ait|aient)\s+de\s+(?:pres de |plus de )?$")
_PERIOD_YEARS_RE = re.compile(r"^((?:19|20)\d\d)-((?:19|20)\d\d)$")


def from_to_years(sentence: str, figs: list[Found], contexts: list[Context]) -> list[Context]:
    """The contexts, each pair of figures a value moved from and to (« passant de 58 à 126 »)
    dated by the first and the last year of their period (rule `from_to_period`)."""
    out = list(contexts)
    folded = fold_in_place(sentence)
    for i in range(len(figs) - 1):
        if paired(sentence, figs[i], figs[i + 1]):
            _from_to_years(folded, figs[i], out, i)
    return out


def _from_to_years(folded: str, fig: Found, out: list[Context], i: int) -> None:
    """Rule `from_to_period`: « Entre 2022 et 2024, le nombre … est passé de 58 à 126 »: the
    value moved from is the period's first year, the one moved to its last (the pair at i,
    i + 1 of `out`, both dated by the sentence's period)."""
    first, second = out[i], out[i + 1]
    period = _PERIOD_YEARS_RE.match(first.year)
    if (
        period is None
        or second.year != first.year
        or first.year_source == "document"
        or not _MOVED_FROM_RE.search(folded, max(0, fig.start - 30), fig.start)
    ):
        return
    out[i] = replace(first, year=period.group(1))
    out[i + 1] = replace(second, year=period.group(2))
