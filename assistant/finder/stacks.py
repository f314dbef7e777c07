"""Tables read one cell per line, with or without a caption (« Enjeu / Note /10 / Emploi / 7,1 /
Pouvoir d'achat / 6,6 … »): a row is a label line followed by the same number of value lines
(figures, or « n.c. »), three rows at least. The short lines above the first row are the headers:
the last ones head the value columns (one each, a wrapped header joined back: « Note de priorité
(sur » + « 10) »), the one before them heads the labels (« Type de partenaire »), the rest is the
title. Each column gives its cells their unit (« Note /10 », « Part »), the headers and title
their population and year; a cell measures its column header and row label."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..text import YEAR, fold_in_place, fold_lower
from .captions import long_caption
from .cells import CAPTION_RE as _CAPTION_RE
from .cells import (
    COUNT_HEADERS,
    DATE_OPENERS,
    MONEY_HEADERS,
    NUMBERED_CAPTION_RE,
    TITLE_MONEY,
    TITLE_SHARES,
    UNIT_HEADERS,
    counted_headers,
    label_unit,
    sums_shares,
    tally_header,
)
from .stacklines import (
    MISSING_RE,
    VALUE_LINE_RE,
    bracketed_cell,
    captioned_row,
    cell_lines,
    is_label,
    is_value,
    starts_row,
    wrapped_abbreviation,
    year_rows,
)
from .stackread import is_date_header, qualified_population, row_population
from .stackrows import MIN_DASHBOARD_COLUMNS, OPEN_END_RE, ranks_row, read_rows
from .tablelead import table_lead
from .vocabulary import folded_words, vocabulary

MIN_ROWS = 3  # fewer label/value rows than this are not read as a table
# a sentence giving the amounts' unit above a table (« Montants en milliers d'euros, arrêtés
# par … », « En k€ »)
_UNIT_STATEMENT_RE = re.compile(
    r"\s*(?:(?:montants?|chiffres|données|sommes)\s+(?:exprimée?s?\s+)?)?en\s+"
    r"(?:milliers|millions)\s+d['’]euros|\s*\(?\s*en\s+[km]\s*€\s*\)?",
    re.I,
)
# … unless each row has this many values: « Pour 71 % 78 % 62 % 69 % » / « Contre … » under
# « Ensemble / Associations / Entreprises / Collectivités » (rule `two_row_tables`)
MIN_WIDE_ROWS, MIN_WIDE_COLUMNS = 2, 3
# a text column's header: its cells may be sentences (« Conforme. », « Report de deux chantiers
# en 2025. »), read as the rows' comments whatever the table's width (rule `wide_rows`)
_COMMENT_HEADER_RE = re.compile(r"(?:commentaires?|observations?|remarques?|appréciation)\b", re.I)
_SOURCE_HEADER_RE = re.compile(r"(?:années?|sources?|date)", re.I)
_NOTE_YEAR_RE = re.compile(r"(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?(?=\s)")
_NOTE_HEADER_RE = re.compile(r"(?:notes?|réf\.?|renvoi)", re.I)
MAX_HEADER_LINES = 16  # header and title lines looked for above the first row (a dashboard
# of eight columns whose headers wrap: « Cible » / « annuelle », « Réalisé au » / « 30/09 »)
MAX_HEADER_CHARS = 90  # a longer line above the rows is prose, not a header
MAX_CAPTION_CHARS = 160  # … or, at the top of the block, the table's one-line caption
# a line opening on a share or points is a cell of the table above (« +12 pts », « 69 % (PHARE,
# 2015) »), not a header (« Moins de 25 % » is one)
_FIGURE_IN_LINE_RE = re.compile(r"\s*[+−–-]?\s*\d[\d\s]*(?:,\d+)?\s*(?:%|pts?\b|points?\b)")
# a year alone on its line, a number on the next: maybe a row of a table whose rows are years
# (rule `year_rows`; `VALUE_LINE_RE` reads such a run of lines as one number)
_YEAR_ROW_RE = re.compile(
    rf"^[ \t]*(?:{DATE_OPENERS}[ \t]+)?(?:19|20)\d\d(?:[ \t]*[-–][ \t]*(?:19|20)\d\d)?[ \t]*\n"
    r"[ \t]*[+−–-]?\d",
    re.M | re.I,
)
# a row label dated in brackets dates its row (rule `label_years`)
_LABEL_YEAR_RE = re.compile(r"(?<=[(,\s])(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?(?=\))")
_PERIOD_RE = re.compile(r"(?:19|20)\d\d\s*[-–]\s*(?:19|20)\d\d")  # « 2019-2022 » dates a column
# « Évolution du budget entre 2018 et 2020 » in a title: the period its cells compare, written in
# words from the title's first year (« … en 2023, comparés à la moyenne 2015-2019 » dates them
# 2023)
_SPAN_RE = re.compile(r"(?:19|20)\d\d(?P<link>\s+(?:et|à)\s+)(?:19|20)\d\d")
_SPAN_LEAD_RE = re.compile(r"\b(?:entre|de|du)\s+$", re.I)
# « (cumul 2021-2024) », « (part du total 2021-2024) », « sur la période 2021-2024 »: cells summed
# over the whole period
_CUMUL_LEAD_RE = re.compile(r"\b(?:cumul(?:é|ée|és|ées)?|total|période)\s+$", re.I)


def _title_span(above: str, first: re.Match[str]) -> re.Match[str] | None:
    """The period a table's title and headers open their dates on, written in words (« entre
    2018 et 2020 », « de 2018 à 2020 »), if any: a bare « 2015-2019 » in a title dates its
    cells with its first year, as before (measured: dating them with the period lost six
    years on an untouched set)."""
    whole = _PERIOD_RE.match(above, first.start())
    if whole and _CUMUL_LEAD_RE.search(above, max(0, first.start() - 25), first.start()):
        return whole  # « Bénéficiaires par public (cumul 2021-2024) » (rule `cumulated_period`)
    m = _SPAN_RE.match(above, first.start())
    if (
        m is None
        or m["link"].strip() not in ("et", "à")
        or not _SPAN_LEAD_RE.search(above, 0, first.start())
    ):
        return None
    return m


@dataclass(frozen=True)
class StackCell:
    """One value line of a stacked table and what its table says about it."""

    start: int  # the value line, on the page
    end: int
    label: str  # the row label (« Emploi »)
    header: str  # its column's header (« Note de priorité (sur 10) »), "" if none
    label_header: str  # the labels' column header (« Type de partenaire »), "" if none
    title: str  # the lines above the headers (« Tableau 1 — Priorités des … »), "" if none
    unit: str  # its column's unit from the header, "" if none
    multiplier: float
    year: str  # from the title or headers, "" if none
    top: int  # where the table starts (its first header line, else its first row)
    row: str  # the row as one line (« Sécurité 6,6 n.c. »): the figure's sentence
    lead: str = ""  # the sentence that introduces the table, "" if none (`table_lead`)
    text: str = ""  # the row's text cell before its values (`text_column`), "" if none
    population: str = ""  # the population its row label names, when every label names one
    parts: bool = False  # its column's shares add up to 100: a whole split among the rows


def _paired(
    heads: list[str], width: int, rows: list[tuple[int, str, list[int], str]]
) -> tuple[list[str], list[str], list[str]] | None:
    """Rule `paired_tables`: for rows of two widths, the headers of two tables side by side
    (« Dépenses / 2024 / 2025 / Total / Ressources / Montant »): the left table's labels'
    header and columns, then the right one's, each labels' header a word or a few, not a
    date; (rest, left columns with their labels' header first, right ones), None otherwise."""
    other = next((len(r[2]) for r in rows if len(r[2]) != width), 0)
    need = width + other + 2
    if not other or len(heads) < need or len(rows) < 2 or len(rows[1][2]) != other:
        return None  # pypdf reads the right table's first row right after the left one's
    block = heads[len(heads) - need :]
    left, right = block[: width + 1], block[width + 1 :]
    for labels_header in (left[0], right[0]):
        if is_date_header(labels_header) or len(labels_header.split()) > 4:
            return None
    return heads[: len(heads) - need], left, right


# A survey question over a table of its answers (« Q2. Ma commune dispose des moyens … »,
# « Question 3 : … ? »)
_BASE_LINE_RE = re.compile(r"(?:En\s+%\s+d|Base\s*:)", re.I)
_QUESTION_RE = re.compile(r"(?:Q|Question\s+)\d{1,2}\s*[.):–-]\s*[^\W\d_]")


def headers_above(lines: list[tuple[int, int, str]], first: int) -> tuple[list[str], int]:
    """The header and title lines above the first row label, top first, a wrapped line joined
    to the one above it (it opens in lower case or a digit, or the line above left a
    parenthesis open); and the index of the top line."""
    block: list[str] = []
    k = first - 1
    blank = 0  # a blank line skipped between the headers and their numbered caption
    if k >= 0 and ranks_row(lines, k):
        k -= 1  # the first row's rank, not a header (rule `rank_column`)
    while k >= 0 and len(block) < MAX_HEADER_LINES:
        line = lines[k][2]
        if not line and block and not blank and k and NUMBERED_CAPTION_RE.match(lines[k - 1][2]):
            # « Tableau 1 – Ressources (en k€) » / « » / « 2022 / 2023 »: the caption still
            # titles the table (rule `caption_gap`)
            blank, k = 1, k - 1
            continue
        unit = _UNIT_STATEMENT_RE.match(line)
        if unit and block:
            # « Montants en milliers d'euros, arrêtés par le conseil … » above the title: the
            # table's unit, however long the sentence (rule `unit_statement`)
            block.insert(0, unit.group())
            break
        if block and _BASE_LINE_RE.match(line) and k and _QUESTION_RE.match(lines[k - 1][2]):
            block.insert(0, line)  # « En % des répondantes de chaque strate », under the
            k -= 1  # question it reads (rule `question_title`)
            continue
        if block and _QUESTION_RE.match(line):
            block.insert(0, line)  # « Q2. Ma commune dispose … » over the answers' table: what
            break  # the shares measure (rule `question_title`)
        if (
            not line
            or (line.endswith((".", ":", ";", "!")) and not wrapped_abbreviation(line))
            or is_value(line)  # the last row of a table just above
            or _FIGURE_IN_LINE_RE.match(line)  # « 69 % (PHARE, 2015) », « +12 pts »: a cell
        ):
            break
        if len(line) > MAX_HEADER_CHARS:
            above = lines[k - 1][2] if k else ""  # none: the page's first line, a running header
            if (
                len(line) <= MAX_CAPTION_CHARS
                and above
                and not is_value(above)  # a caption or a note under the table above
                and long_caption(line, above, MAX_HEADER_CHARS)
            ):
                block.insert(0, line)  # rule `long_caption`: the table's title, the top line
            break
        block.insert(0, line)
        if re.match(r"(?:Tableau|Figure|Graphique)\b", line, re.I):
            break
        k -= 1
    joined: list[str] = []
    for k, line in enumerate(block):
        apart = (is_date_header(line) and _in_date_run(block, k)) or (
            is_date_header(joined[-1] if joined else "") and _in_date_run(block, k - 1)
        )  # rule `date_headers`: « 2024 / 2025 » head a column each
        if (joined and not apart) and (
            line[:1].islower()
            or line.startswith("(")  # « Note moyenne » / « (sur 10) »
            or joined[-1].count("(") > joined[-1].count(")")
            # « Part des » / « Français »; not a header that is its one word (« Pour » /
            # « Contre » over a vote's columns)
            or (OPEN_END_RE.search(joined[-1]) and len(joined[-1].split()) > 1)
        ):
            joined[-1] = f"{joined[-1]} {line}"
        else:
            joined.append(line)
    return joined, first - len(block) - blank


# a header ending on a headcount's bracket of its own line (« Part » / « (effectif) »), not a
# unit (« Note moyenne » / « (sur 10) », « Résultat » / « (k€) ») nor another header
_BRACKETED_HEAD_RE = re.compile(
    r"(?P<head>.*\S)\s+(?P<last>\(\s*(?:effectifs?|eff\.|n|nombre|nb|répondant(?:e?s)?)\s*\))", re.I
)


def _bracketed_column(
    heads: list[str],
    width: int,
    lines: list[tuple[int, int, str]],
    rows: list[tuple[int, str, list[int], str]],
) -> list[str]:
    """Rule `bracketed_column`: « Part » / « (effectif) » over rows « 38 % » / « (623) »: the
    bracketed header heads the last column, whose cells are bracketed too (the headcounts
    beside the shares), not the end of the header before it (« Note moyenne » / « (sur 10) »
    heads one column). The headers with that one split when it gives the last column its own."""
    if width < 2 or not heads or not rows:
        return heads
    split = _BRACKETED_HEAD_RE.fullmatch(heads[-1])
    if split is None or not all(bracketed_cell(lines, r[2][-1]) for r in rows if r[2]):
        return heads
    return [*heads[:-1], split.group("head"), split.group("last")]


_SHARE_CELL_RE = re.compile(r"\s*(\d{1,3}(?:,\d+)?)\s*%\s*")
PARTS_SLACK = 1.5  # points rounded shares may miss 100 by


def _parts_columns(
    lines: list[tuple[int, int, str]], rows: list[tuple[int, str, list[int], str]]
) -> set[int]:
    """The columns (by index) whose cells are shares adding up to 100, the row « Total » /
    « Ensemble » of 100 % left out: a distribution (« Répartition … par catégorie »: Communes
    64 %, …, Régions 6 %), not rates of each row (« Part des collectivités qui … »: 78 %,
    92 %, 100 %)."""
    out = set()
    width = min((len(r[2]) for r in rows), default=0)
    for c in range(width):
        total, shares = 0.0, 0
        for _, label, values, _ in rows:
            m = _SHARE_CELL_RE.fullmatch(lines[values[c]][2])
            if m is None:
                break
            value = float(m.group(1).replace(",", "."))
            if sums_shares(label, "%", value):
                continue
            total, shares = total + value, shares + 1
        else:
            if shares >= 2 and abs(total - 100) <= PARTS_SLACK:
                out.add(c)
    return out


def _uncaptioned(title: str) -> str:
    """A table's title without its caption word and number (« Tableau 3 — Ressources » →
    « Ressources »); a caption naming the table itself stays whole (« Tableau des emplois (en
    k€) »: no separator, its words are the title)."""
    m = _CAPTION_RE.match(title)
    if m is None or (
        m.end() >= len(title.rstrip()) and not m.group().rstrip().endswith(_SEPARATORS)
    ):
        # no separator: « Tableau des emplois (en k€) » names the table, « Graphique 2 » alone
        # does not (the caption under the table may: `_caption_below`)
        return "" if _BARE_CAPTION_RE.fullmatch(title.strip()) else title.strip()
    return title[m.end() :].strip()


_SEPARATORS = ("—", "–", ":", "-")
_BARE_CAPTION_RE = re.compile(r"[^\W\d_]+\s+(?:\d+|[IVX]+)\.?")


def _caption_below(
    lines: list[tuple[int, int, str]], rows: list[tuple[int, str, list[int], str]]
) -> str:
    """Rule `caption_below`: the numbered caption printed right under a table with no title above
    (« Figure 4 – Part des associations employeuses ayant noué un partenariat, par type … »),
    a line run on until it ends a sentence (two lines at most), unless a table starts under it
    (then it is that table's title); "" if none."""
    k = rows[-1][2][-1] + (2 if rows[-1][3] else 1)
    if k >= len(lines) or not NUMBERED_CAPTION_RE.match(lines[k][2]):
        return ""
    below = range(k + 1, min(len(lines), k + 1 + MAX_HEADER_LINES))
    if any(starts_row(lines, j) for j in below):
        return ""  # the title of the table under it
    words = lines[k][2]
    if not words.endswith(".") and k + 1 < len(lines):
        words = f"{words} {lines[k + 1][2]}"
    return _CAPTION_RE.sub("", words).strip()


def _in_date_run(block: list[str], k: int) -> bool:
    """Whether header line k is a date next to another one (« 2024 / 2025 », « janvier 2011 (e) /
    février 2016 (f) »): each heads its own column; a date alone may end the line above
    (« Part des bénévoles en » / « 2022 »)."""
    return any(0 <= j < len(block) and is_date_header(block[j]) for j in (k - 1, k + 1))


# rule `relative_years`: « N-1 (2023) » heads the column of 2023, « Évol. N/N-1 » compares two
# of the table's years
_RELATIVE_YEAR_RE = re.compile(r"^N(?:\s*[-–]\s*(\d))?\s*\(\s*((?:19|20)\d\d)\s*\)")
_RELATIVE_CHANGE_RE = re.compile(r"\bN(?:\s*[-–]\s*(\d))?\s*/\s*N(?:\s*[-–]\s*(\d))?\b")


def relative_period(column: str, columns: list[str]) -> str:
    """Rule `relative_years`: the period a change column compares (« Évol. N/N-1 (pts) » beside
    « N-1 (2023) » and « N (2024) » → « 2023-2024 »), from the years its table's columns give N
    and N-k; "" if the column compares none or the table does not date both."""
    change = _RELATIVE_CHANGE_RE.search(column)
    if change is None or YEAR.search(column):
        return ""
    years: dict[int, str] = {}
    for header in columns:
        m = _RELATIVE_YEAR_RE.match(header.strip())
        if m:
            years[int(m.group(1) or 0)] = m.group(2)
    ends = sorted({int(change.group(1) or 0), int(change.group(2) or 0)})
    if len(ends) != 2 or any(k not in years for k in ends):
        return ""
    return f"{years[ends[1]]}-{years[ends[0]]}"


def header_unit(
    header: str, kinds: tuple[tuple[re.Pattern[str], str, float], ...] = UNIT_HEADERS
) -> tuple[str, float]:
    return next(((u, m) for rx, u, m in kinds if rx.search(header)), ("", 1.0))


def cell_unit(column: str, label: str, title: str) -> tuple[str, float]:
    """A cell's unit: its column header's; else, rule `row_unit`, its row label's (« Durée
    (années) », « Dotation (k€) ») or a count its column or row says it holds (« Volets
    (nombre) »); else an amount or a share the title gives (« Engagements (montants en
    k€) », « … (en % des maires) », rule `title_shares`); else a count its column names with
    a noun and a past participle (« Projets soutenus », rule `counted_header`)."""
    unit = header_unit(column, UNIT_HEADERS)
    if not unit[0]:
        unit = label_unit(label)
    if unit[0]:
        return unit
    for source, kinds in (
        (column, COUNT_HEADERS),
        (title, MONEY_HEADERS + TITLE_MONEY + TITLE_SHARES),
        (column, counted_headers()),
    ):
        unit = header_unit(source, kinds)
        if unit[0]:
            return unit
    found = vocabulary().actors(fold_in_place(column))
    rest = re.findall(r"[^\W\d_]+", fold_lower(column[found[0].end :])) if found else []
    if found and found[0].start == 0 and set(rest[:4]) & folded_words("respondent_words"):
        return "count", 1.0  # « Fondations répondantes »: how many (rule `population_column`)
    return "", 1.0


# A column header opening on a plural noun (« Coalitions actives »), not an amount's
# (data `uncounted_nouns`)
_WHOLE_NUMBER_RE = re.compile(r"\d{1,3}(?:[ \u00a0\u202f]\d{3})*")
_PLURAL_HEAD_RE = re.compile(r"^\s*[A-ZÀ-Ý][a-zà-ÿ'’-]+[sx]\b")


def tally_counts(
    units: list[tuple[str, float]], columns: list[str], cells: list[str]
) -> list[tuple[str, float]]:
    """Rule `tally_columns`: a column with no unit whose header opens on a word of a headcount
    or a vote (« Inscrits », « Présents le 12 mars », « Pour », « Abstention », data
    `tally_columns`) counts, when its cell is a whole number."""
    return [
        ("count", 1.0)
        if not unit and tally_header(column) and _WHOLE_NUMBER_RE.fullmatch(cell.strip())
        else (unit, mult)
        for (unit, mult), column, cell in zip(units, columns, cells, strict=True)
    ]


def sibling_counts(
    units: list[tuple[str, float]], columns: list[str], cells: list[str]
) -> list[tuple[str, float]]:
    """Rule `sibling_counts`: a column with no unit whose header opens on a plural noun
    (« Coalitions actives ») counts it, like the column beside it that says it counts
    (« Associations engagées »: rule `counted_header`), when its cell is a whole number (not
    « Notes moyennes » 7,4, « Évolutions » +3,1)."""
    if not any(u == "count" for u, _ in units) or all(u for u, _ in units):
        return units
    uncounted = folded_words("uncounted_nouns")
    return [
        ("count", 1.0)
        if not unit
        and _PLURAL_HEAD_RE.match(column)
        and fold_lower(column.split()[0]) not in uncounted
        and _WHOLE_NUMBER_RE.fullmatch(cell.strip())
        else (unit, mult)
        for (unit, mult), column, cell in zip(units, columns, cells, strict=True)
    ]


def stacked_cells(text: str) -> dict[int, StackCell]:
    """The value lines of the page's stacked tables, by line start."""
    if len(VALUE_LINE_RE.findall(text)) < MIN_ROWS and not _YEAR_ROW_RE.search(text):
        return {}  # most pages: fewer value lines than a table has rows (one scan in C)
    lines = cell_lines(text)
    out: dict[int, StackCell] = {}
    i = 0
    while i < len(lines):
        year_table = year_rows(lines, i)  # « 2016 / 49 / 56 / 2024 / 55 / 61 » (`year_rows`)
        if not (year_table or starts_row(lines, i)):
            i += 1
            continue
        heads, top = headers_above(lines, i)  # read again below if the table starts a line higher
        commented = bool(heads) and _COMMENT_HEADER_RE.match(heads[-1]) is not None
        width, rows = read_rows(
            lines, i, may_pair=len(heads) >= 4, dated=year_table, commented=commented
        )
        pair = _paired(heads, width, rows)
        if pair is None:  # one table: its rows end where the width changes
            rows = rows[: next((k for k, r in enumerate(rows) if len(r[2]) != width), len(rows))]
        after = rows[-1][2][-1] + 1 if rows else 0
        few = (
            len(rows) < (MIN_WIDE_ROWS if year_table else MIN_ROWS)
            and not (
                len(rows) >= MIN_WIDE_ROWS
                and width >= MIN_WIDE_COLUMNS
                and all(r[1][:1].isupper() and not r[3] for r in rows)  # labels, values only
            )
            and not captioned_row(lines, heads, width, rows)
            # a dashboard's rows, each of many values under as many headers (rule `wide_rows`)
            and not (rows and width >= MIN_DASHBOARD_COLUMNS and len(heads) >= width)
        )
        if few or (
            not rows[0][3]
            and after < len(lines)
            and lines[after][2][:1].islower()
            and not MISSING_RE.match(lines[after][2])  # « n.c. : non communiqué »
        ):
            # the last value captioned by the words under it, as the others: key figures
            # (« 64 % / des élus locaux veulent … / 92 % / … / 46 % / des maires disent … »),
            # not a table whose labels stand above its values (rule `captions_below`)
            i += 1
            continue
        rows_before, texts = rows, ["" for _ in rows]
        if rows[0][3] and not rows[-1][3] and is_label(lines[i - 1][2]):
            # « Français / « devoir d'alliance » / 81 % / Maires / … »: the text column leads
            # the values, and the last row's label is no note (rule `text_column`)
            labels = [(i - 1, lines[i - 1][2])] + [(r[2][-1] + 1, r[3]) for r in rows[:-1]]
            rows = [(at, lab, r[2], "") for (at, lab), r in zip(labels, rows, strict=True)]
            texts = [r[1] for r in rows_before]
            i -= 1
            heads, top = headers_above(lines, i)
        sourced = len(heads)
        while rows[0][3] and len(heads) > width and _SOURCE_HEADER_RE.fullmatch(heads[-1]):
            heads = heads[:-1]  # « Année / Source » over the year and source cells
        if rows[0][3] and len(heads) > width and len(heads) == sourced:
            heads = heads[:-1]  # the text cells' header (« Observation »)
        heads = _bracketed_column(heads, width, lines, rows)
        columns = heads[-width:] if len(heads) >= width else [""] * width
        rest = heads[: len(heads) - width] if len(heads) >= width else heads
        if rest and _NOTE_HEADER_RE.fullmatch(rest[-1]):
            rest = rest[:-1]  # the « Note » column's header (rule `note_refs`)
        label_header = rest[-1] if rest and len(rest[-1].split()) <= 4 else ""
        if label_header:
            rest = rest[:-1]
        sides = {width: (columns, label_header)}  # row width: its columns, its labels' header
        if pair is not None:
            rest, left, right = pair
            sides = {width: (left[1:], left[0]), len(right) - 1: (right[1:], right[0])}
        title = _uncaptioned(" ".join(rest)) or _caption_below(lines, rows)
        # a column's own year dates only its cells
        above = " ".join([*rest, *(h for _, h in sides.values())])
        first = YEAR.search(above)  # a period only when it is the first date above the cells
        shared = (_title_span(above, first) if first else None) or first
        lead = table_lead(text, lines[top][0])
        named = [row_population(r[1]) for r in rows]
        if not all(named):  # only the rows whose label qualifies its population
            named = [qualified_population(r[1]) for r in rows]
        parts = _parts_columns(lines, rows)
        for (_, label, values, note), cell_text, who in zip(rows, texts, named, strict=True):
            row = " ".join(
                " ".join([label, cell_text, *(lines[j][2] for j in values), note]).split()
            )
            columns, label_header = sides[len(values)]
            cells = [lines[k][2] for k in values]
            units = sibling_counts(
                tally_counts(
                    [cell_unit(column, label, title) for column in columns], columns, cells
                ),
                columns,
                cells,
            )
            for c, (column, k, (unit, mult)) in enumerate(zip(columns, values, units, strict=True)):
                year = (
                    _PERIOD_RE.search(column)
                    or YEAR.search(column)
                    or _LABEL_YEAR_RE.search(label)  # « Devoir d'alliance (PHARE, 2015-2016) »
                    or _NOTE_YEAR_RE.match(note)  # a year cell (rule `year_source_cells`)
                    # rule `year_rows`: the row's date, a season whole (« 2021-2022 »)
                    or ((_PERIOD_RE.search(label) or YEAR.search(label)) if year_table else None)
                    or shared
                )
                dated = year.group() if year else ""
                dated = relative_period(column, columns) or dated  # « Évol. N/N-1 (pts) »
                start, end, _ = lines[k]
                out[start] = StackCell(
                    start,
                    end,
                    label,
                    column,
                    label_header,
                    title,
                    unit,
                    mult,
                    re.sub(r"\s*(?:[-–]|\set\s|\sà\s)\s*", "-", dated),
                    lines[top][0],
                    row,
                    lead,
                    cell_text,
                    who,
                    c in parts,
                )
        i = rows[-1][2][-1] + (2 if rows[-1][3] else 1)
    return out


def table_spans(cells: dict[int, StackCell]) -> list[tuple[int, int]]:
    """Where each stacked table of a page starts and ends."""
    ends: dict[int, int] = {}
    for cell in cells.values():
        ends[cell.top] = max(ends.get(cell.top, 0), cell.end)
    return sorted(ends.items())
