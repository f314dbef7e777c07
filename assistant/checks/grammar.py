"""The one figure grammar of French text, shared by the answer's checks and the figure finder:
numbers, %, €, scores, points, dates and ranges, each with its kind and canonical key."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal

from ..text import FIGURE_SPACES
from .points import point_sign, point_unit


@dataclass(frozen=True)
class Figure:
    """One figure as written (``text`` at ``start:end``) and its canonical ``key``."""

    text: str
    start: int
    end: int
    key: str  # "81%", "1234.5", "1500000€", "7.1/10", "-2pts", "2021-11-30", "2024-11", "2008-2012"


_SP = f"[{FIGURE_SPACES}]"
# Month names and abbreviations with an optional dot ("nov. 2020"), written as a small trie:
# a flat alternation of thirty names is tried at every word start and costs most of the scan.
_MONTH = (
    r"(?i:janv(?:ier)?|f[ée]v(?:r(?:ier)?)?|ma(?:rs|i)|avr(?:il)?|jui(?:n|l(?:let)?)"
    r"|ao[uû]t|sept(?:embre)?|oct(?:obre)?|nov(?:embre)?|d[ée]c(?:embre)?)\.?"
)
_MONTH_NUMBERS = {
    **{"jan": 1, "fév": 2, "fev": 2, "mar": 3, "avr": 4, "mai": 5, "juin": 6, "juil": 7},
    **{"aoû": 8, "aou": 8, "sep": 9, "oct": 10, "nov": 11, "déc": 12, "dec": 12},
}
_YEAR = r"(?:1[89]|20)\d\d"
_CUR = r"(?:€|euros?\b|EUR\b)"
# French thousands (space or dot groups) first, then plain integers/decimals ("2,5" = "2.5").
_NUM = (
    rf"(?:[1-9]\d{{0,2}}(?:{_SP}\d{{3}})+(?!\d)(?:,\d+)?"
    rf"|[1-9]\d{{0,2}}(?:\.\d{{3}})+(?!\.?\d)(?:,\d+)?"
    rf"|\d+(?:[.,]\d+)?)(?![.,]?\d)"
)
_MULT = {"million": 10**6, "milliard": 10**9, "M": 10**6, "Md": 10**9, "Mrd": 10**9, "k": 1000}

# One alternation, most specific first: at a given position the longest reading wins.
# No figure starts inside a word ("11e", "CO2"), after "°" ("n°3"), "@" or "/" (addresses),
# inside a number, or after a letter and "-" or "." ("COVID-19", "jean.1990@…").
# The leading lookahead (digit or a month's first letter) is there for speed.
_POINTS = rf"|{_SP}?(?P<pt>pts?|points?)(?![\w'’-])"
_FIGURE_PATTERN = (
    rf"(?=[\dJjFfMmAaSsOoNnDd])(?<![\w°º@/])(?<!\d[.,])(?<![^\W\d_][-.])(?:"
    rf"(?P<date>(?P<dd>1er|1ᵉʳ|[12]\d|3[01]|0?[1-9]){_SP}+(?P<dm>{_MONTH}){_SP}+(?P<dy>\d{{4}}))"
    rf"|(?P<day>(?P<xd>1er|1ᵉʳ|[12]\d|3[01]|0?[1-9]){_SP}+(?P<xm>{_MONTH})(?!\w))"
    rf"|(?P<ndate>(?P<nd>[12]\d|3[01]|0?[1-9])[/.](?P<nm>1[0-2]|0?[1-9])[/.](?P<ny>\d{{4}}))"
    rf"|(?P<month>(?P<mm>{_MONTH}){_SP}+(?P<my>\d{{4}}))"
    rf"|(?P<range>(?P<r1>{_YEAR}){_SP}?[-–—/]{_SP}?(?P<r2>{_YEAR}))"
    rf"|(?P<range2>(?:(?<=[dD]e{_SP})|(?<=[eE]ntre{_SP}))"
    rf"(?P<s1>{_YEAR}){_SP}+(?:à|a|et){_SP}+(?P<s2>{_YEAR}))"
    # A number is read once, then its unit: %, millions, M€, €, "/10" or "sur 10", points
    # (« 5 pts », « 0,5 point »: points.point_unit decides whether the word is a unit), or none.
    rf"|(?P<quantity>(?P<v>{_NUM})(?:{_SP}?(?P<pc>%|pour{_SP}?cent\b)"
    "{points}"
    rf"|{_SP}?(?P<mw>million|milliard)s?\b(?:{_SP}+(?:d['’]{_SP}?|de{_SP}+)?(?P<mc>{_CUR}))?"
    rf"|{_SP}?(?P<ml>Mrd|Md|M|k|K)s?{_SP}?{_CUR}|{_SP}?(?P<cur>{_CUR})"
    rf"|(?:{_SP}?/{_SP}?|{_SP}+sur{_SP}+)(?P<sd>\d{{1,3}})(?!\d|[.,]\d|{_SP}\d{{3}}(?!\d))"
    rf"|(?!\w)))"
    # « 53 %3. »: a footnote call glued to the sign, not a number going on
    rf")(?:(?<=%)(?=\d{{1,2}}(?![\d,]))|(?!\d))"
)
_FIGURE_RE = re.compile(_FIGURE_PATTERN.replace("{points}", _POINTS))
# The same grammar without points: « 3 points d'attention » reads « 3 » (a count of points,
# which the finder does not report), not a figure of unit points.
_NO_POINTS_RE = re.compile(_FIGURE_PATTERN.replace("{points}", "|(?P<pt>(?!x)x)"))
# A bare number after these words is a name or a reference, not a figure ("n° 3", "page 12"),
# and so is one of at most three digits after an acronym ("ODD 17", "COP 21", "CAC 40").
_NAME_WORDS = frozenset(
    "n° nº no. numéro numero article articles art. page pages p. pp. chapitre chap. annexe"  # noqa: SIM905
    " fiche tome vol. volume partie section figure fig. tableau graphique question".split()
)
# Citation markers "[1]", "[1, 3]", "[1–3]" (numbers of at most two digits: "[2021]" is a year).
_CITE_NUM = r"\d{1,2}(?:\s*[-–]\s*\d{1,2})?"
CITATION_RE = re.compile(rf"\[\s*{_CITE_NUM}(?:\s*[,;]\s*{_CITE_NUM})*\s*\]")
_URL_RE = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)
_NO_SPACES = str.maketrans("", "", FIGURE_SPACES)
_DOT_THOUSANDS_RE = re.compile(r"[1-9]\d{0,2}(?:\.\d{3})+")


def canonical(num: str, mult: int = 1) -> str:
    """Canonical value of French number text: "1 234,5" / "1.234,5" / "1234.5" → "1234.5"."""
    s = num.translate(_NO_SPACES)
    if s.isdigit():
        return str(int(s) * mult)
    if "," in s:
        value = Decimal(s.replace(".", "").replace(",", "."))
    elif _DOT_THOUSANDS_RE.fullmatch(s):
        value = Decimal(s.replace(".", ""))
    else:
        value = Decimal(s)
    return format((value * mult).normalize(), "f")


def _day(text: str) -> int:
    return 1 if text.startswith(("1e", "1ᵉ")) else int(text)


def _month(text: str) -> int:
    name = text.lower()
    return _MONTH_NUMBERS[name[:4] if name.startswith("jui") else name[:3]]


def _is_name(text: str, start: int, num: str) -> bool:
    """Whether the bare number at ``start`` names something ("ODD 17", "n° 3", "page 12")."""
    before = text[max(0, start - 24) : start].rsplit(None, 1)
    word = before[-1] if before else ""
    word = word.rpartition("'")[2].rpartition("’")[2].lstrip('([«"')
    if word.lower() in _NAME_WORDS or word[-1:] in ("#", "§"):
        return True
    if len(num) > 3 or len(word) < 2 or not word.isalpha() or not word.isupper():
        return False
    # « Programme IMPACT » / « 302 » / « maires interrogés »: a key figure under its source
    return "\n" not in text[max(0, start - 24) : start].rsplit(word, 1)[-1]


def _is_call(text: str, start: int, num: str) -> bool:
    """Whether the bare number at ``start`` is a footnote call glued to a closing bracket or
    quote (« (PHARE-Citoyens)1. », « « devoir d'alliance »2 »): one or two digits, then no
    more word. A figure with a unit glued there stays one (« (2019)35 % »)."""
    if start == 0 or text[start - 1] not in ')»”"' or len(num) > 2 or not num.isdigit():
        return False
    if text[start - 1] == '"' and (start < 2 or text[start - 2].isspace()):
        return False  # a straight quote that opens: « "12 salariés" »
    after = text[start + len(num) : start + len(num) + 3]
    # not the first cell of a row of numbers (« (en %)45 52 60 »)
    return not re.match(r"\w|\s\d", after)


def _key(m: re.Match[str]) -> tuple[str, str] | None:
    """Kind and canonical key of one match (None for a name such as "ODD 17")."""
    kind, g = m.lastgroup, m.group
    if kind == "date":
        return "date", f"{int(g('dy')):04d}-{_month(g('dm')):02d}-{_day(g('dd')):02d}"
    if kind == "day":
        return "day", f"--{_month(g('xm')):02d}-{_day(g('xd')):02d}"
    if kind == "ndate":
        return "date", f"{int(g('ny')):04d}-{int(g('nm')):02d}-{int(g('nd')):02d}"
    if kind == "month":
        return "month", f"{int(g('my')):04d}-{_month(g('mm')):02d}"
    if kind == "range":
        return "range", f"{g('r1')}-{g('r2')}"
    if kind == "range2":
        return "range", f"{g('s1')}-{g('s2')}"
    if g("pc"):
        return "percent", canonical(g("v")) + "%"
    if g("pt"):
        return "points", point_sign(m.string, m.start())[1] + canonical(g("v")) + "pts"
    if g("sd"):
        return "score", f"{canonical(g('v'))}/{int(g('sd'))}"
    word = g("mw") or (g("ml") or "").replace("K", "k")
    if word or g("cur"):
        value = canonical(g("v"), _MULT[word] if word else 1)
        return ("number", value) if g("mw") and not g("mc") else ("money", value + "€")
    if _is_name(m.string, m.start(), g("v")) or _is_call(m.string, m.start(), g("v")):
        return None
    return "number", canonical(g("v"))


def _scan(text: str) -> Iterator[tuple[re.Match[str], str, str]]:
    """Matches of ``text`` with their kind and key, skipping names, citation markers and URLs."""
    spans = [m.span() for m in CITATION_RE.finditer(text)] if "[" in text else []
    if "http" in text or "www" in text:
        spans += [m.span() for m in _URL_RE.finditer(text)]
    for m in _FIGURE_RE.finditer(text):
        if spans and any(a <= m.start() < b for a, b in spans):
            continue
        if m.group("pt") and not point_unit(text, m.start(), m.end()):
            m = _NO_POINTS_RE.match(text, m.start()) or m  # the number alone, not in points
        kind_key = _key(m)
        if kind_key is not None:
            yield m, *kind_key


def figure_matches(text: str) -> Iterator[tuple[re.Match[str], str, str]]:
    """Every figure match of ``text`` with its kind ("percent", "money", "score", "points",
    "number", "date", "day", "month", "range") and canonical key: the one figure grammar, shared
    with the figure finder (assistant.finder)."""
    return _scan(text)


def find_figures(text: str) -> list[Figure]:
    """All figures of ``text`` in order, longest reading first, without citation markers or URLs."""
    out = []
    for m, kind, key in _scan(text):
        start = point_sign(text, m.start())[0] if kind == "points" else m.start()
        out.append(Figure(text[start : m.end()], start, m.end(), key))  # « +5 pts » signed
    return out
