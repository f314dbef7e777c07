"""Headings that date what follows them: a heading line ending on a year or a period
(« 4. Le temps d'IMPACT (2018-2022) »), a year over a timeline's column or in the margin of its
entries, a source line's year, a sheet's « Durée » field; the fieldwork dates a section's
figures take from them."""

from __future__ import annotations

import itertools
import re
from functools import cache

from ..checks.figures import reads_as_count
from ..layout import Kinds
from ..line_forms import (
    DATED_OPENING,
    GLYPH,
    TERMINAL,
    calls_for_more,
    is_heading,
)
from ..text import MONTHS, fold_lower
from .dating import sentence_years
from .detect import detect
from .vocabulary import folded_words, vocabulary

MONTHS_FOLDED = fold_lower(MONTHS)
MAX_HEADING_CHARS = 70  # a longer line is running text, not a heading
DATE_LINE_RE = re.compile(rf"(?:(?:1er|\d{{1,2}})\s+)?(?:{MONTHS_FOLDED})?\s*(?:19|20)\d\d")
# « 4. Le temps d'IMPACT (2018-2022) », « ARPEA Entreprises & Territoires (janvier 2011) »: a
# heading line that dates its section
# « 2.3 Ce que pensent les citoyens (PHARE-Citoyens, septembre » / « 2015) »: the study's name
# may come first in the brackets, and the heading may wrap before its year.
_HEADING_PERIOD_RE = re.compile(
    rf"^[^\n]{{0,{MAX_HEADING_CHARS}}}\((?:[^()\n\d]{{1,40}}?,[ \t]+)?(?:(?:1er|\d{{1,2}})\s+)?"
    rf"(?:(?:{MONTHS})[ \t]*\n?[ \t]*)?"
    rf"((?:19|20)\d\d)(?:\s*[-–]\s*((?:19|20)\d\d))?\)[ \t]*$",
    re.M | re.I,
)
# « Source : étude ARPEA Entreprises & Territoires, janvier 2011. » above a table: the survey
# it names dates what follows in its section (its last year, or its period).
_SOURCE_LINE_RE = re.compile(
    r"^[ \t]*Sources?\s*:[^\n]*?((?:19|20)\d\d)(?:\s*[-–]\s*((?:19|20)\d\d))?(?!.*(?:19|20)\d\d)[^\n]*$",
    re.M,
)


def heading_periods(text: str) -> list[tuple[int, str]]:
    """(position, year or period) of the heading lines that end with one in parentheses
    (« 4. Le temps d'IMPACT (2018-2022) »)."""
    if "(" not in text or not re.search(r"(?:19|20)\d\d\)", text):
        return []  # most pages: no regular expression
    return _dated_lines(_HEADING_PERIOD_RE, text)


# A year in a line, not part of a longer number, a date written with slashes or a share.
_YEAR_IN_LINE_RE = re.compile(r"(?<![\d,./])((?:19|20)\d\d)(?![\d,./%])")
_NUMBERING_RE = re.compile(r"^\d+(?:\.\d+)+\.?\s+")  # « 2.5 », « 3.1.2. » before a heading
_LONE_DATE_RE = re.compile(r"((?:19|20)\d\d)(?:\s*[-–]\s*((?:19|20)\d\d))?")


def column_years(text: str, kinds: Kinds) -> list[tuple[int, int, str]]:
    """(start, end, year or period) of the dates alone on their line that head the text under
    them, a timeline's columns (« 2016 » then « 12 antennes ouvertes ; … »; rule
    `column_year`): what is written under one happened then, up to the next one, a numbered
    heading or a line as long as running text (the column has ended)."""
    starts = []
    for i, (s, e, kind) in enumerate(kinds):
        m = _LONE_DATE_RE.fullmatch(text[s:e].strip())
        if m and kind == "short" and _heads_column(text, kinds, i):
            starts.append((i, s, m.group(1) + (f"-{m.group(2)}" if m.group(2) else "")))
    # rule `margin_years`: years printed in the margin of entries as wide as the page (a line
    # of running text between two of them): an entry ends at the next year or a heading only
    wide = any(
        len(text[a:b].strip()) > MAX_HEADING_CHARS
        for (i, _, _), (j, _, _) in itertools.pairwise(starts)
        for a, b, _ in kinds[i + 1 : j]
    )
    ends = _ends_entry if wide else _ends_column
    prefixed = [
        (i, s, m.group(1))
        for i, (s, e, _) in enumerate(kinds)
        if (m := _ENTRY_YEAR_RE.match(text, s, e))
    ]
    if len(prefixed) >= MIN_ENTRIES and not starts:
        # rule `entry_years`: a chronology whose entries open on their year (« 2016. Treize
        # rapports régionaux paraissent … », « 2018 : lancement … »), each up to the next
        starts, ends, wide = prefixed, _ends_entry, True
    out = []
    for n, (i, s, year) in enumerate(starts):
        stop = starts[n + 1][0] if n + 1 < len(starts) else len(kinds)
        if wide and n + 1 == len(starts):  # what follows the last entry on the page, now
            stop = next((k for k in range(i + 1, stop) if _now_line(text, kinds, k)), stop)
        end = next(
            (a for k, (a, b, _) in enumerate(kinds[i + 1 : stop], i + 1) if ends(text, kinds, k)),
            kinds[stop][0] if stop < len(kinds) else len(text),
        )
        out.append((s, end, year))
    return out


# an entry of a chronology that opens on its year (« 2016. Treize rapports … », « 2018 : … »)
_ENTRY_YEAR_RE = re.compile(r"[ \t]*((?:19|20)\d\d)(?:\.|[ \t]*[:–—])[ \t]+[A-ZÀ-ÖØ-Þ«]")
MIN_ENTRIES = 2  # entries on a page: a chronology, not a sentence opening on a year
_NUMBERED_RE = re.compile(r"^(?:\d{1,2}(?:\.\d+)*|[IVX]+)[.)]\s+[A-ZÀ-ÖØ-Þ]")


def _now_line(text: str, kinds: Kinds, k: int) -> bool:
    """Whether line k opens on the present (« Aujourd'hui, le club réunit … »; data list
    `present_words`), after a sentence's end: the timeline has come to an end."""
    line = fold_lower(_line(text, kinds, k))
    before = next(
        (_line(text, kinds, j) for j in range(k - 1, -1, -1) if kinds[j][2] != "blank"), ""
    )
    return bool(TERMINAL.search(before)) and any(
        line.startswith(w) for w in folded_words("present_words")
    )


def _ends_column(text: str, kinds: Kinds, k: int) -> bool:
    """A numbered heading (« 2. Résultats de l'enquête ») or a line of running text ends a
    timeline's column."""
    line = _line(text, kinds, k)
    return len(line) > MAX_HEADING_CHARS or bool(_NUMBERED_RE.match(line))


def _ends_entry(text: str, kinds: Kinds, k: int) -> bool:
    """A numbered heading or a heading line (no final stop, under a sentence's end, over a
    capitalised line: « Une même question, trois éditions ») ends an entry of a timeline
    whose years stand in the margin (rule `margin_years`)."""
    line = _line(text, kinds, k)
    if _NUMBERED_RE.match(line):
        return True
    if kinds[k][2] != "short" or not is_heading(line):
        return False
    before = next(
        (_line(text, kinds, j) for j in range(k - 1, -1, -1) if kinds[j][2] != "blank"), ""
    )
    after = next(
        (_line(text, kinds, j) for j in range(k + 1, len(kinds)) if kinds[j][2] != "blank"), ""
    )
    return bool(TERMINAL.search(before)) and after[:1].isupper()


def _line(text: str, kinds: Kinds, k: int) -> str:
    return text[kinds[k][0] : kinds[k][1]].strip()


def _heads_column(text: str, kinds: Kinds, i: int) -> bool:
    """Whether the year or period alone on line `i` heads the text under it (a timeline's
    column, « 2016 » then « 12 antennes ouvertes ; … »): a sentence ends above it (or the page
    opens on it: a dated entry, « 2020 » / « Un fonds pour expérimenter … »), and a line of
    words follows, not a cell nor a count's caption."""
    before = next((text[a:b].strip() for a, b, k in reversed(kinds[:i]) if k != "blank"), "")
    after = next((text[a:b].strip() for a, b, k in kinds[i + 1 :] if k != "blank"), "")
    if before and not TERMINAL.search(before):
        return False  # a line that goes on into it
    date = text[kinds[i][0] : kinds[i][1]].strip()
    if reads_as_count(f"{date} {after[:1].lower()}{after[1:]}", 0, len(date)):
        return False  # « 2000 » / « Personnes interrogées en ligne »: a key figure's count
    # words, not a cell: « 12 antennes ouvertes ; », « 7 avril : remise du »
    # (a key figure's caption goes on in lower case: « 2006 » / « création du réseau »)
    first = after[:1]
    return (first.isdigit() or first.isupper()) and len(re.findall(r"[^\W\d_]{2,}", after)) >= 2


# A heading that opens on the year or period of its section, then a colon or a dash and its
# title (« 3. 2018-2022 : CAPRA, mesurer les effets », « 2020 — Des données pour repartir »).
_OPENS_ON_DATE_RE = re.compile(rf"^{DATED_OPENING}[^\W\d_«][^\n]{{2,{MAX_HEADING_CHARS}}}$")


def heading_years(text: str, kinds: Kinds) -> list[tuple[int, str]]:
    """(position, year) of the section headings that hold one year (« 2.5 Après le choc de
    2020 »): like a period in parentheses, it dates its section's figures that state none
    (rule `heading_year`). Not a line of dates alone (a table's cell, a box's date) unless
    it ends the heading line above (`_wrapped_heading`), not a line that continues the
    sentence above or goes on into the line below, not a year the heading looks ahead to or
    away from (« à l'horizon 2030 », « depuis 2008 »: data file `horizon_words`)."""
    if not _YEAR_IN_LINE_RE.search(text):
        return []  # most pages: no year at all
    out = []
    for i, (s, e, kind) in enumerate(kinds):
        if kind != "short" and not _heads_list(text, kinds, i):
            continue
        line = text[s:e].strip()
        opens = _OPENS_ON_DATE_RE.match(line)
        if opens and not (TERMINAL.search(line) or calls_for_more(line)):
            # « 3. 2018-2022 : CAPRA, mesurer les effets », « 2020 — Des données pour repartir »
            out.append((s, opens.group(1) + (f"-{opens.group(2)}" if opens.group(2) else "")))
            continue
        years = list(_YEAR_IN_LINE_RE.finditer(line))
        heading = _NUMBERING_RE.sub("", line)
        if len(years) == 1 and DATE_LINE_RE.fullmatch(fold_lower(line)):
            # A heading wrapped before its date (« CAPRA Commerces & Quartiers, l'étude de
            # mars » / « 2013 »): the date ends the short heading line above.
            if i and _wrapped_heading(text, kinds, i):
                out.append((s, years[0].group(1)))  # where the section of its figures starts
            continue
        if len(years) != 1 or not is_heading(heading):
            continue
        if _horizon_re().search(fold_lower(line[: years[0].start()])):
            continue
        at = years[0].start()
        if any(f.start <= at < f.end for f in detect(line)):
            continue  # a count (« Les 2000 adhérents du réseau »), not a year
        before, above = next(((text[a:b].strip(), k) for a, b, k in reversed(kinds[:i])), ("", ""))
        if (
            before
            and not (TERMINAL.search(before) or before.endswith(":"))
            and not (above == "short" and heading.lstrip("0123456789.) ")[:1].isupper())
        ):
            # the end of a sentence wrapped onto this line, or a title's first line; not a
            # heading under a heading (« L'essentiel » / « Les Français · …, septembre 2015 »)
            continue
        after = next((text[a:b].strip() for a, b, _ in kinds[i + 1 :]), "")
        if after[:1].islower():
            continue  # a title or a sentence that goes on
        out.append((s, years[0].group(1)))
    return out


# A date set off at the end of a heading, after a comma, a middle dot or a dash, perhaps with
# its survey (« …, septembre 2015 », « …, enquête de mai-juin 2016 », « … · 2024 »): not a year
# the heading's own words lead to (« fondé en 1998 », « par rapport à 2019 », « jusqu'en
# 2030 », « horizon de 2030 ») nor one in brackets (« Nos objectifs (2030) »).
@cache
def _set_off_date_re() -> re.Pattern[str]:
    surveys = "|".join(
        re.escape(w) for w in sorted(vocabulary().survey_nouns, key=len, reverse=True)
    )
    return re.compile(
        rf"(?:[,·]|\s[-–—]\s)\s*(?:(?:{surveys})\s+(?:de|du|d['’])\s*)?"
        rf"(?:(?:{MONTHS})(?:\s*[-–]\s*(?:{MONTHS}))?\s+)?(?:19|20)\d\d$",
        re.I,
    )


def _heads_list(text: str, kinds: Kinds, i: int) -> bool:
    """Whether line `i`, read as running text, heads the bulleted list under it (rule
    `heading_over_list`): it reads as a heading ending on a date set off from its words, the
    next line opens on a bullet, the line above ends a sentence or is no running text, and
    the list ends on a heading (any) or the page's end (« • … animé. » / « Les commerçants ·
    VIGIE-Commerces, enquête de mai-juin 2016 » / « • Un commerce compte … » / « Les
    habitants · …, septembre 2015 »): its date is the list's, not the paragraphs' after it.
    The answers' units keep reading the line as text."""
    s, e, _ = kinds[i]
    line = text[s:e].strip()
    if not _set_off_date_re().search(line) or not is_heading(_NUMBERING_RE.sub("", line)):
        return False
    above = next(((text[a:b].strip(), k) for a, b, k in reversed(kinds[:i]) if k != "blank"), None)
    if above is not None and above[1] == "prose" and not TERMINAL.search(above[0]):
        return False
    rest = (text[a:b].strip() for a, b, k in kinds[i + 1 :] if k != "blank")
    if not GLYPH.match(next(rest, "")):
        return False
    for nxt in rest:
        if GLYPH.match(nxt) or nxt[:1].islower():
            continue  # an item, or an item's line wrapped
        return is_heading(_NUMBERING_RE.sub("", nxt)) and not TERMINAL.search(nxt)
    return True


# The end of a heading line that a date on the next line completes: a month (« l'étude de
# janvier » / « 2011 »), or « de », « du », « en » before a date line that names its month.
_ENDS_ON_MONTH_RE = re.compile(rf"\b(?:{MONTHS_FOLDED})$")
_ENDS_ON_LINK_RE = re.compile(r"\b(?:de|du|en|d['’])$")
_MONTH_RE = re.compile(rf"\b(?:{MONTHS_FOLDED})\b")
_TAIL_RE = re.compile(rf"(?:\s*\b(?:de|du|en|d['’]|{MONTHS_FOLDED})\b)+\s*$")


def _wrapped_heading(text: str, kinds: Kinds, i: int) -> bool:
    """Whether line `i` (a date alone) ends the short heading line right above it: that line
    reads as a heading with no year and no final stop, ends where the date goes on (a month,
    or a link word before a date naming its month), looks neither ahead nor away (« à
    l'horizon », « depuis »), a sentence, a heading or nothing ends above it, and no lowercase
    goes on below the date."""
    a, b, kind = kinds[i - 1]
    above = text[a:b].strip()
    if kind != "short" or not is_heading(above) or _YEAR_IN_LINE_RE.search(above):
        return False
    folded, date = fold_lower(above), fold_lower(text[kinds[i][0] : kinds[i][1]])
    if not (
        _ENDS_ON_MONTH_RE.search(folded)
        or (_ENDS_ON_LINK_RE.search(folded) and _MONTH_RE.search(date))
    ):
        return False
    if _horizon_re().search(_TAIL_RE.sub("", folded)):
        return False  # « Objectifs à l'horizon de décembre » / « 2030 »
    before, over = next(((text[c:d].strip(), k) for c, d, k in reversed(kinds[: i - 1])), ("", ""))
    if before and not (
        TERMINAL.search(before) or before.endswith(":") or (over == "short" and is_heading(before))
    ):
        return False  # a sentence wrapped onto it; a label above it (« PRESSEPLUS ») is fine
    after = next((text[c:d].strip() for c, d, _ in kinds[i + 1 :]), "")
    return not after[:1].islower()


@cache
def _horizon_re() -> re.Pattern[str]:
    """The words right before a year that make it no date of the section (folded)."""
    words = "|".join(re.escape(fold_lower(w)) for w in vocabulary().words("horizon_words"))
    return re.compile(rf"(?<![\w])(?:{words})\s*$")


def source_years(text: str) -> list[tuple[int, str]]:
    """(position, year or period) of the lines « Source : …, janvier 2011. » (rule
    `source_line`): the survey a source line names dates the figures after it in its section."""
    if "ource" not in text:
        return []
    return _dated_lines(_SOURCE_LINE_RE, text)


@cache
def _according_re() -> re.Pattern[str]:
    nouns = "|".join(sorted(map(re.escape, vocabulary().survey_nouns), key=len, reverse=True))
    return re.compile(
        rf"(?:^|(?<=[.!?])\s+|\n)(?:Selon|D['’]après)\s+(?:l['’]\s*|la\s+|le\s+|les\s+)?"
        rf"(?:{nouns})(?![\w])[^.;:!?\n]{{0,120}}?(?<![\d,])((?:19|20)\d\d)"
        rf"(?:\s*[-–]\s*((?:19|20)\d\d))?(?![\d,])[^.;:!?\d]{{0,40}},",
        re.I,
    )


def according_years(text: str) -> list[tuple[int, str]]:
    """(position, year or period) of the sentences that open by naming the dated study they
    report (« Selon l'étude IMPACT – Associations & Territoires (programme IMPACT 2018-2022),
    98 % … »; rule `according_study`): like a source line, it dates the figures after it in
    its section."""
    if "elon" not in text and "près" not in text:
        return []
    return [
        (m.start(1), f"{m.group(1)}-{m.group(2)}" if m.group(2) else m.group(1))
        for m in _according_re().finditer(text)
    ]


def _dated_lines(pattern: re.Pattern[str], text: str) -> list[tuple[int, str]]:
    """(position, "2011" or "2018-2022") of each line the pattern finds: its year, or the two
    years of its period. The position is the start of the line holding the year: a heading
    wrapped before its year may start a section of its own there."""
    return [
        (
            text.rfind("\n", 0, m.start(1)) + 1,
            f"{m.group(1)}-{m.group(2)}" if m.group(2) else m.group(1),
        )
        for m in pattern.finditer(text)
    ]


MAX_FIELD_LINES = 20  # a sheet's fields stand at the top of its page


@cache
def _period_field_re() -> re.Pattern[str]:
    words = "|".join(re.escape(fold_lower(w)) for w in vocabulary().words("period_fields"))
    return re.compile(rf"(?:{words})\s*(?::|$)", re.I)


def field_period(text: str) -> str:
    """Rule `period_fields`: the period a sheet's field gives at the top of its page (« Durée »
    / « 3 ans d'expérimentation (2020-2023) », « 5 ans, de 2011 à 2016 », « Période :
    2018-2019 »), which dates the page's figures that give no year of their own; "" if none
    (« Durée moyenne des projets … » is a sentence, not a field)."""
    lines = [line.strip() for line in text.split("\n")[:MAX_FIELD_LINES]]
    for k, line in enumerate(lines):
        if _period_field_re().match(fold_lower(line)) is None:
            continue
        _, colon, rest = line.partition(":")
        value = (
            rest.strip() if colon and rest.strip() else lines[k + 1] if k + 1 < len(lines) else ""
        )
        if len(value) > MAX_HEADING_CHARS:
            continue
        period = next((y for _, y in sentence_years(value, "") if "-" in y), "")
        if period:  # « (2020-2023) », « de 2011 à 2016 »
            return period
    return ""
