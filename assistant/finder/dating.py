"""When a figure was measured, read from its sentence: the years and periods it names
(« en 2008 », « 2018-2022 », « depuis 2006 » → « 2006-2020 »), the nearest to each figure;
years that name a law (« la loi … de 2007 ») do not date anything."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from ..checks.grammar import figure_matches
from ..text import MONTHS, SEASONS, YEAR, fold_in_place, fold_lower
from ..types import Page
from .detect import Found, detect
from .spelled import number_value, sequence_re, sequence_value
from .vocabulary import folded_words, vocabulary

# (matched on folded text: « décret », « règlement » without their accents)
_NAME_BEFORE_RE = re.compile(
    r"\b(?:loi|lois|decret|directive|ordonnance|article|reglement|programme|plan)\b[^.;]{0,60}$"
)
# … and a full date after a legal text's name and number (« loi n° 2014-856 du 31 juillet
# 2014 »), not after a programme's (« l'entrée dans le programme (janvier 2022) »)
_LAW_BEFORE_RE = re.compile(
    r"\b(?:loi|lois|decret|directive|ordonnance|arrete|circulaire)\s+n\s*[°o]\s*[\d-]+[^.;]{0,12}$"
)
_SINCE_RE = re.compile(r"\bdepuis\s*$")
_DATING_BEFORE_RE = re.compile(r"\b(?:depuis|dès|en|d['’]ici|jusqu['’]en)\s*$")
_FOUR_DIGITS_RE = re.compile(r"\d{4}")
_RANGE_LINK_RE = re.compile(r"\s*[-–—]\s*|\s+(?:à|au|jusqu['’]en|jusqu['’]à)\s+")


def _names_a_text(sentence: str, start: int, names: re.Pattern[str] = _NAME_BEFORE_RE) -> bool:
    """Whether a year or date at `start` is part of a name (`names`: « la loi … de 2007 », « la
    loi n° 2014-856 du 31 juillet 2014 »), not a date of what the sentence says."""
    before = sentence[max(0, start - 80) : start]
    return bool(names.search(fold_in_place(before))) and not _DATING_BEFORE_RE.search(
        before.lower()
    )


def sentence_years(
    sentence: str, doc_year: str, figs: Sequence[Found] = ()
) -> list[tuple[int, str]]:
    """(position, year or period) of the years the sentence dates something with: not a count
    that looks like a year (one of `figs`, « et 2026 ont finalisé »), not the year a figure is
    compared with (« dépassant le montant collecté en 2017 »)."""
    spelled = _spelled_years(sentence, doc_year) if "mille" in sentence else []
    if not _FOUR_DIGITS_RE.search(sentence):
        return spelled  # every date, period and year prints four digits, but for words
    spans: list[tuple[int, int, str]] = []
    # the dates of laws printed after the sentence's figures (« 81 % … ; la loi n° 2014-856
    # du 31 juillet 2014 … »), not before them (« La loi n° 2003-709 du 1er août 2003 a porté
    # la réduction à 60 % »: what the law set)
    named: list[tuple[int, int]] = []
    for m, kind, key in figure_matches(sentence):
        if kind in ("date", "month"):
            if (
                figs
                and all(f.end <= m.start() for f in figs)
                and _names_a_text(sentence, m.start(), _LAW_BEFORE_RE)
            ):
                named.append((m.start(), m.end()))
                continue
            spans.append((m.start(), m.end(), key[:4]))
        elif kind == "range":
            spans.append((m.start(), m.end(), key))
    spans = _month_ranges(sentence, spans)
    out = [(a, y) for a, _, y in spans]
    taken = [(a, max(b, a + 20)) for a, b, _ in spans] + [(f.start, f.end) for f in figs] + named
    for m in YEAR.finditer(sentence):
        if any(a <= m.start() < b for a, b in taken):
            continue
        before = sentence[max(0, m.start() - 80) : m.start()]
        if _names_a_text(sentence, m.start()):
            continue  # « la loi … de 2007 » names a law (« 4 lois … depuis 2017 » dates them)
        year = m.group()
        if _SINCE_RE.search(before.lower()) and doc_year and doc_year > year:
            year = f"{year}-{doc_year}"
        out.append((m.start(), year))
    out = [(p, y) for p, y in out if not _compared(sentence, p, figs)]
    out += spelled
    return _joined(sentence, sorted(out + _years_later(sentence, out)))


def _spelled_years(sentence: str, doc_year: str) -> list[tuple[int, str]]:
    """(position, year) of the years written in words after a word that dates (« Dès deux
    mille dix », « depuis deux mille vingt »: a transcript writes what is said; rule
    `spelled_year`). Without that word, « deux mille vingt personnes » is a count."""
    out = []
    for m in sequence_re().finditer(sentence):
        year = sequence_value(m.group())
        before = sentence[max(0, m.start() - 20) : m.start()].lower()
        if not 1900 <= year <= 2099 or not _DATING_BEFORE_RE.search(before):
            continue
        text = str(year)
        if _SINCE_RE.search(before) and doc_year and doc_year > text:
            text = f"{text}-{doc_year}"
        out.append((m.start(), text))
    return out


# « En 2008, 86 % … ; quatre ans plus tard, ils étaient encore 84 % »
_LATER_IN_RE = re.compile(r"\b(?P<n>\d{1,2}|[^\W\d_]+) ans (?:plus tard|après)\b", re.I)


def _years_later(sentence: str, years: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The year a « N ans plus tard » inside the sentence stands for: the year printed before
    it in the sentence, plus N (rule `years_later`, inside a sentence)."""
    out = []
    for m in _LATER_IN_RE.finditer(sentence):
        n = m.group("n")
        step = int(n) if n.isdigit() else number_value(n)
        before = [y for p, y in years if p < m.start() and len(y) == 4]
        if step and before:
            out.append((m.end(), str(int(before[-1]) + step)))  # after « quatre ans »: a figure
    return out


_AND_RE = re.compile(r"\s+et\s+")


def _joined(sentence: str, years: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """« créées en 2020 et 2021 »: two years joined by « et », nothing else between them, are
    one period (« 2020-2021 »); « 86 % en 2008, et 84 % en 2012 » keeps two years."""
    out: list[tuple[int, str]] = []
    for p, y in years:
        if out and len(y) == 4 and len(out[-1][1]) == 4 and out[-1][1] < y:
            q, x = out[-1]
            if _AND_RE.fullmatch(sentence, q + 4, p):
                out[-1] = (q, f"{x}-{y}")
                continue
        out.append((p, y))
    return out


def _month_ranges(sentence: str, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """« juin 2023-juin 2026 », « de mars 2019 à mai 2021 »: two dated months as one period."""
    out: list[tuple[int, int, str]] = []
    for a, b, y in spans:
        if out and len(y) == 4 and len(out[-1][2]) == 4 and out[-1][2] < y:
            between = sentence[out[-1][1] : a]
            if _RANGE_LINK_RE.fullmatch(between):
                out[-1] = (out[-1][0], b, f"{out[-1][2]}-{y}")
                continue
        out.append((a, b, y))
    return out


def _compared(sentence: str, pos: int, figs: Sequence[Found]) -> bool:
    """Whether the year at `pos` is what a figure is compared with: a comparison word shortly
    before it and no figure in between (assistant/data/figure_words.toml `comparison_words`)."""
    lo = max([0] + [f.end for f in figs if f.end <= pos])
    before = fold_in_place(sentence[max(lo, pos - 60) : pos])
    m = _comparison_re().search(before)
    if m is None:
        return False
    if m.group().startswith("qu"):  # « alors que l'année 2021 … »: a conjunction, no comparison
        words = re.findall(r"[^\W\d_]+", before[: m.start()])[-2:]
        if not words or not re.search(r"[^\W\d_]\W*$", before[: m.start()]):
            return True
        if fold_lower(words[-1]) not in folded_words("que_conjunctions"):
            return True
        # « aussi bien qu'en 2019 », « pas tant que l'année 2019 »: a comparison still
        return len(words) == 2 and fold_lower(words[0]) in folded_words("comparative_adverbs")
    return True


@cache
def _conjunction_re() -> re.Pattern[str]:
    words = "|".join(re.escape(w) for w in vocabulary().words("que_conjunctions"))
    return re.compile(rf"(?<![\w])(?:{words})\s+qu(?:e\b|['’])", re.I)


def before_conjunction(
    sentence: str, fig: Found, years: list[tuple[int, str]], figs: Sequence[Found] = ()
) -> list[tuple[int, str]]:
    """The years that may date a figure: not one after a conjunction « que » that follows it
    (« 1 200 € en caisse, alors que l'année 2019 … »: 2019 dates the clause it opens), nor one
    after a later figure it is compared with (« 58 % …, contre 44 % lors de la 3e vague, en
    2021 »: 2021 is 44 %'s; rule `compared_figure_year`, data `compared_figure_words`)."""
    cut = min(
        (
            f.start
            for f in figs
            if f.start > fig.end
            and _compared_figure_re().search(sentence, max(fig.end, f.start - 30), f.start)
        ),
        default=len(sentence) + 1,
    )
    return [
        (p, y)
        for p, y in years
        if p < fig.end
        or (
            (p < cut or _SOURCED_RE.search(sentence, max(0, p - 60), p))
            and not _conjunction_re().search(sentence, fig.end, p)
        )
    ]


# « …, contre 42 % de filles, selon le recensement fédéral de 2022 »: the source's year dates
# the whole sentence, the compared figure's included
_SOURCED_RE = re.compile(r"(?<![\w])(?:selon|d['’]après|source\s*:)[^,;]*$", re.I)


@cache
def _compared_figure_re() -> re.Pattern[str]:
    """« contre 44 % », « contre seulement 11 % »: the word right before a compared figure."""
    words = sorted(folded_words("compared_figure_words"), key=len, reverse=True)
    return re.compile(
        r"(?<![\w])(?:" + "|".join(map(re.escape, words)) + r")(?:\s+[^\W\d_]+)?\s+$", re.I
    )


@cache
def _comparison_re() -> re.Pattern[str]:
    words = sorted(vocabulary().comparison_words, key=len, reverse=True)
    return re.compile(r"(?<![\w])(?:" + "|".join(re.escape(w) for w in words) + r")(?![\w])")


_GLUED_YEAR_RE = re.compile(r"\s*(?:en|\(|,)\s*")


def without_previous_years(
    sentence: str, figs: Sequence[Found], i: int, years: list[tuple[int, str]]
) -> list[tuple[int, str]]:
    """Rule `glued_year`: the years that may date the i-th figure, less one printed right
    after the figure before it (« passée de 86 % en 2008 à 84 % en 2012 »: 2008 is 86 %'s),
    when another year remains."""
    if i == 0:
        return years
    lo = figs[i - 1].end
    kept = [
        (p, y)
        for p, y in years
        if not (lo <= p < figs[i].start and _GLUED_YEAR_RE.fullmatch(sentence, lo, p))
    ]
    return kept or years


def figure_year(
    fig: Found,
    figs: list[Found],
    i: int,
    years: list[tuple[int, str]],
    doc_year: str,
    clauses: list[tuple[int, int]] | None = None,
    fieldwork: frozenset[int] = frozenset(),
) -> tuple[str, str]:
    """The year of the i-th figure of a sentence and where it comes from. `fieldwork`: where
    the years said of the survey itself stand (« parmi les 302 maires interrogés à l'automne
    2024 »): they date every figure of the sentence, in whichever clause (rule
    `fieldwork_clause`)."""
    lo = figs[i - 1].end if i > 0 else 0
    hi = figs[i + 1].start if i + 1 < len(figs) else 10**9

    # a count ends with its noun (« puis 13 rapports régionaux en 2016 »: 2016 is next to it)
    end = fig.end + len(fig.noun) + 1 if fig.noun else fig.end

    def gap(p: int, y: str) -> tuple[int, int]:
        # characters between the figure and the year; on a tie the year after the figure
        # (« 86 % en 2008 et 84 % en 2012 »: 2012 is 84 %'s, 2008 is 86 %'s)
        if p >= fig.end:
            return max(0, p - end), 0
        return max(0, fig.start - p - len(y)), 1

    if clauses:
        # rule clause_year: a year of the figure's own clause first (« 35 référents déployés en
        # 2019, 26 supplémentaires en septembre 2020 »: 2019 is the first count's); rule
        # other_clause_years: a year of another figure's clause does not date it (« Le réseau
        # des 61 référents (72 à compter de septembre 2021) », « 8134 personnes, soit une
        # augmentation de 11 % par rapport à 2017 et de 21 % depuis 2015 »)
        a, b = clauses[i]
        mine = [(gap(p, y), y) for p, y in years if lo <= p < hi and a <= p < b]
        if mine:
            return min(mine)[1], "phrase"
    own = [(gap(p, y), y) for p, y in years if lo <= p < hi]
    if own:
        return min(own)[1], "phrase"
    if clauses:
        years = [(p, y) for p, y in years if p in fieldwork or not in_other_clause(p, i, clauses)]
    if years:
        return min((gap(p, y), y) for p, y in years)[1], "phrase"
    return (doc_year, "document") if doc_year else ("", "")


def fieldwork_years(sentence: str, years: list[tuple[int, str]]) -> frozenset[int]:
    """Where the years right after a fieldwork verb stand (« interrogés à l'automne 2024 »,
    « réalisée en mai 2016 »; data `survey_verbs`), for `figure_year`."""
    return frozenset(
        p for p, _ in years if _fieldwork_before_re().search(sentence, max(0, p - 30), p)
    )


@cache
def _fieldwork_before_re() -> re.Pattern[str]:
    verbs = "|".join(sorted(map(re.escape, vocabulary().survey_verbs), key=len, reverse=True))
    return re.compile(
        rf"(?<![\w])(?:{verbs})\s+(?:en|à|au|d[eu]|entre|l['’]|le|la|les|\s)*"
        rf"(?:(?:{MONTHS}|{SEASONS})\s+)?$",
        re.I,
    )


def in_other_clause(pos: int, i: int, clauses: list[tuple[int, int]]) -> bool:
    """Whether a year at `pos` lies in the clause of another figure than the i-th."""
    return any(a <= pos < b for j, (a, b) in enumerate(clauses) if j != i)


# « À cette date, 37 % … », « Cette année-là, … »: the sentence dates itself by the one before.
_BETWEEN_THOSE_RE = re.compile(
    r"^\s*(?:entre|depuis|d['’]une\s+à\s+l['’]autre\s+de)\s+ces\s+deux\s+"
    r"(?:éditions|vagues|enquêtes|mesures|dates|années|baromètres|études)\b",
    re.I,
)
_THEN_RE = re.compile(
    r"^\s*(?:(?:à|a|en) cette (?:date|époque|période|année)|cette année-là|à l['’]époque)\b", re.I
)
# « alors » telling a time: a past tense right before (« attribuaient alors », « a alors
# inventorié », « étaient alors »); not « alors que » (a contrast) nor « il perd alors », « il
# faut alors » (a consequence)
_ALORS_RE = re.compile(
    r"\b(?:[^\W\d_]+(?:ait|aient)|a|ont|avait|avaient|fut|furent)\s+alors\b"
    r"(?!\s*(?:que\b|qu['’]|même\b|,))",
    re.I,
)
_LATER_RE = re.compile(r"^\s*(?P<n>\d{1,2}|[^\W\d_]+) ans (?:plus tard|après)\b", re.I)
THEN_LOOK_BACK = 400  # characters before such a sentence where its date is looked for


# « Il dispose d'une dotation … », « Elle réunit 21 co-fondateurs », « Sa dotation … », « Ce
# fonds … »: a sentence whose subject points at what the sentence before spoke of.
# (A demonstrative, « Ce dispositif », « Celle-ci », often points at something else the
# sentence before named: « l'expérimentation », not the fund.)
_CONTINUED_RE = re.compile(r"^\s*(?:il|elle|ils|elles|sa|son|ses|leurs?)\s", re.I)


def then_year(sentence: str, before: str, said_before: str = "") -> str:
    """The last year or period printed in `before` (the text just before the sentence) when the
    sentence opens with « À cette date », « Cette année-là »…; else the first year of
    `said_before` (the sentence just before, in the same section) when the sentence tells its
    time by « alors » after a past tense (rule `alors_year`: « En 2015, … Les sondés
    attribuaient alors 7,1/10 ») or when its subject points back at what that one spoke of
    (rule `continued_year`: « En 2020, Le RAMEAU a co-créé … le Fonds ODD 17. Il dispose d'une
    dotation de 1,5 M€ »); else ""."""
    if _THEN_RE.match(sentence):
        years = sentence_years(before, "")
        return years[-1][1] if years else ""
    if _BETWEEN_THOSE_RE.match(sentence):
        # rule `between_those_two`: « En 2018, … ; en 2021, … Entre ces deux éditions, la part
        # était passée de 64 % à 70 % »: the period of the last two years told before
        told = [y for _, y in sentence_years(before, "") if len(y) == 4]
        return f"{told[-2]}-{told[-1]}" if len(told) >= 2 and told[-2] < told[-1] else ""
    if said_before and _ALORS_RE.search(sentence):
        # « En 2015, … Les sondés attribuaient alors 7,1/10 … » (rule `alors_year`): the first
        # year of the sentence before, in the same section
        years = sentence_years(said_before.replace("\n", " "), "")
        if years:
            return years[0][1]
    later = _LATER_RE.match(sentence)
    if later:  # rule `years_later`: « Quatre ans plus tard, la même mesure donnait 84 % »
        n = later.group("n")
        step = int(n) if n.isdigit() else number_value(n)
        dated = [y for _, y in sentence_years(before, "") if len(y) == 4]
        if dated and step:
            return str(int(dated[-1]) + step)
    if said_before and _CONTINUED_RE.match(sentence):
        flat = said_before.replace("\n", " ")
        years = sentence_years(flat, "")
        if years and not any(f.unit == "years" for f in detect(flat)):
            # (« a débuté en octobre 2021 pour 6 ans »: the start of a period does not date
            # what holds over it)
            return years[0][1]
    return ""


# A date cell alone on its line: « 2008-2012 », « novembre 2020 », « 29 novembre 2016 », what may
# follow it in parentheses (« 2013-2018 (2013-2017 dans », a footnote call « 2013-2018 (2) »,
# « 2013-2018 ² », « 2013-2018³ », « 2013-2018* »: rule `row_period_call`).
_DATE_CELL_RE = re.compile(
    rf"(?:(?:1er|\d{{1,2}})\s+)?(?:(?:{MONTHS})\s+)?(?P<a>(?:19|20)\d\d)"
    rf"(?:\s*[-–]\s*(?P<b>(?:19|20)\d\d))?\s*(?:\([^%()]{{0,40}}\)?|[¹²³⁴⁵⁶⁷⁸⁹*]+)?",
    re.I,
)
MAX_ROW_LINES_UP = 3  # lines above a cell where its row's date cell is looked for


def row_date(text: str, line_start: int) -> tuple[str, str]:
    """The date cell printed above a cell of a text table (« ARPEA / 2008-2012 / 10 volets
    ; rapport … », « PHARE-Institutions / 29 novembre 2016 / 5 profils de maires »): its year
    or period and the row label above it; ("", "") when the line above is no date cell. A line
    opening in lower case continues the one above it, and one ending on « ; » or « , » goes on
    in the line below (« Analyse des Relations … ; » / « 10 volets d'études »): both are lines
    of the same cell, passed over."""
    end = line_start - 1
    for _ in range(MAX_ROW_LINES_UP):
        if end < 0:
            return "", ""
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end].strip()
        if line[:1].islower():
            end = start - 1
            continue
        m = _DATE_CELL_RE.fullmatch(line)
        if m is None:
            if line.endswith((";", ",")):
                end = start - 1
                continue
            return "", ""
        above = text[text.rfind("\n", 0, max(0, start - 1)) + 1 : max(0, start - 1)].strip()
        label = above if above and not _DATE_CELL_RE.fullmatch(above) else ""
        period = f"{m.group('a')}-{m.group('b')}" if m.group("b") else m.group("a")
        return period, label
    return "", ""


UNDATED_PAGES = 2  # an undated document's first pages, where its date or period is looked for


def printed_date(pages: list[Page]) -> str:
    """The first year or period printed at the start of an undated document (« Projet
    pluriannuel : 3 ans (juin 2023-juin 2026) » → « 2023-2026 »), else "". Only when neither
    the catalogue, the title, the file name nor the first page gave a publication date (never
    the PDF's creation date)."""
    for page in pages:
        years = sentence_years(page.text, "")
        if years:
            return years[0][1]
    return ""


def slide_year(years: list[tuple[int, str]], at: int) -> str:
    """Rule `undated_slides`: in a document with no date of its own, not even on its first
    pages, the last of the page's `years` (`sentence_years` of the page) printed before `at`:
    a slide deck whose slides each say when (« Cocréé en 2020 … 1,5 M€ de dotation »); else ""."""
    before = [y for p, y in years if p < at]
    return before[-1] if before else ""
