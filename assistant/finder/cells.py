"""Figures printed in table cells and key-figure boxes (one cell per line, as pypdf reads
them): the cell says only « 22 % » or « 6,6 »; its row label is the line above, and its unit,
population and year are in the table's caption and column headers (« Tableau 2 – Les enjeux
notés par les Français », « Note sur 10 », « (K€) », « Part des associations ») or in the source
line below (« Source : … enquête mai-juin 2016 »)."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache

from ..checks.grammar import figure_matches
from ..datafiles import read_data
from ..text import MONTHS, SEASONS, YEAR, fold_in_place, fold_lower
from .clauses import only_whom
from .detect import Found
from .measure import clean
from .parts import Actor, Context
from .rows import SHARE_UNITS
from .vocabulary import folded_words, vocabulary

MAX_TABLE_LINES = 40  # how far above a cell its caption and headers are looked for
# The caption's number and its separator (« Tableau 1 — », « Figure 2 : », « Tableau 3 - »).
_NUMBERED_WORDS = r"(?:Tableau|Figure|Graphique|Encadré)"  # captions that number their block
_CAPTION_WORDS = rf"(?:{_NUMBERED_WORDS}|Chiffres clés)"
CAPTION_RE = re.compile(rf"^{_CAPTION_WORDS}\b[^—–:-]*[—–:-]?\s*", re.I)
_CAPTION_LINE_RE = re.compile(rf"^\s*{_CAPTION_WORDS}\b", re.I | re.M)
# A caption that numbers its block (« Tableau 3 », « Figure IV »), or a key-figures box.
NUMBERED_CAPTION_RE = re.compile(
    rf"^(?:{_NUMBERED_WORDS}\s+(?:\d+|[IVX]+)\b|Chiffres clés\b)", re.I
)
# « Source : … », also after a base note on the same line (« Base : 2 000 personnes. Source : … »)
_SOURCE_RE = re.compile(r"(?:^|[.;]\s+)Sources?\s*:", re.I)
# Header words that give the cells their unit (and multiplier): the most specific first.
MONEY_HEADERS = (
    (re.compile(r"\(\s*k\s*€\s*\)|en milliers d['’]euros", re.I), "€", 1e3),
    (re.compile(r"\(\s*m\s*€\s*\)|en millions d['’]euros", re.I), "€", 1e6),
    (re.compile(r"\(\s*€\s*\)|\ben euros\b", re.I), "€", 1.0),
)
# « Note sur 10 », « /10 »; « Écart 2020-2024 (points) », « Évolution en points »: gaps between
# two shares, not the points of a grading grid (« Grille de notation (en points) »)
_MARK_AND_POINTS_HEADERS = (
    (re.compile(r"\bsur\s*10\b|/\s*10\b", re.I), "/10", 1.0),
    (
        re.compile(
            r"\A(?=[\s\S]*\b(?:écarts?|évolutions?|variations?|var\.|différences?|progressions?))"
            r"[\s\S]*\bpoints?\b|\bpoints? de pourcentage\b|\(\s*pts\s*\)",
            re.I,
        ),
        "pts",
        1.0,
    ),
)
UNIT_HEADERS = (
    *MONEY_HEADERS,
    # « en % », « (%) », « Part des … », and a header opening on the sign (« % des associations »)
    (
        re.compile(
            r"\ben\s*%|\(\s*%\s*\)|\bpart\b|\bpourcentage\b|(?<!\S)%\s*d(?:es|e|u|['’])", re.I
        ),
        "%",
        1.0,
    ),
    *_MARK_AND_POINTS_HEADERS,
)
# A title giving the amounts' unit (« Engagements (montants en k€) »).
TITLE_MONEY = (
    (re.compile(r"\ben\s+k\s*€", re.I), "€", 1e3),
    (re.compile(r"\ben\s+m\s*€", re.I), "€", 1e6),
)
# A title giving its cells' unit, shares, in brackets (« Tableau A2 – … (en % des maires) »),
# when neither their column nor their row says otherwise (rule `title_shares`).
# (« (plusieurs réponses possibles, en %) »: the unit after the bracket's other words)
TITLE_SHARES = (
    (re.compile(r"\(\s*en\s*%|\(\s*%\s*\)|\([^()]*[,;]\s*en\s*%\s*\)", re.I), "%", 1.0),
)
# « Effectifs / n = 131 », « Effectif interrogé (n) »: how many answered (rule `sample_sizes`)
SAMPLE_SIZE_RE = re.compile(r"\(\s*(?:n|effectifs?)\s*\)|^\s*effectifs?\b", re.I)
_EFF_RE = re.compile(r"\(\s*eff\.\s*\)", re.I)  # « Part » / « (eff.) »
# a sample size in brackets after a population or a header (« Fondations (n = 208) »)
SAMPLE_BRACKET_RE = re.compile(r"\s*\(\s*n\s?=\s?\d[\d \u00a0\u202f]*\)", re.I)


_PREPOSITION_TALLIES = frozenset({"pour", "contre"})


def tally_header(header: str) -> bool:
    """Whether a column header opens on a word of a headcount or a vote (« Inscrits »,
    « Présents le 12 mars », « Pour », « Abstention », « Sièges »; data `tally_columns`)."""
    words = header.split()
    if not words or fold_lower(words[0]) not in folded_words("tally_columns"):
        return False
    # « Pour » / « Contre » alone head a vote's columns; « Pour mémoire 2023 », « Pour 1 000
    # habitants » head amounts and rates
    return len(words) == 1 or fold_lower(words[0]) not in _PREPOSITION_TALLIES


def headcount_header(header: str) -> bool:
    """Whether a column header says its cells are headcounts (« Effectif », « (n) », « (eff.) »):
    how many of the row's population answered, whom the row's share counts too."""
    return bool(SAMPLE_SIZE_RE.search(header) or _EFF_RE.search(header))


# A row label or header saying what its numbers count (« Catalyseurs mobilisés (nombre) »,
# « Durée de l'expérimentation (années) »): a count, a duration.
COUNT_HEADERS = (
    # « Volets (nombre) », « Nombre moyen de partenaires »
    # « Partenaires par association (moyenne) »: an average count
    (re.compile(r"\(\s*(?:nombre|nb|moyenne)\s*\)|^\s*(?:nombre|nb)\b", re.I), "count", 1.0),
    (SAMPLE_SIZE_RE, "count", 1.0),
    (_EFF_RE, "count", 1.0),
    (re.compile(r"\(\s*(?:années|ans)\s*\)", re.I), "years", 1.0),
)


# « Projets soutenus en 2023 », « Dossiers reçus », « Bénéficiaires prévus »: a plural noun and
# a past participle name what the cells count, when nothing else gives them a unit (rule
# `counted_header`; not « Acteurs académiques », « Subventions publiques »: adjectives)
@cache
def counted_headers() -> tuple[tuple[re.Pattern[str], str, float], ...]:
    """The header kinds of rule `counted_header` (data `uncounted_nouns`), built once."""
    uncounted = "|".join(sorted(vocabulary().words("uncounted_nouns"), key=len, reverse=True))
    return (
        (
            re.compile(
                rf"^\s*(?!(?:{uncounted})\b)[A-ZÀ-Ý][a-zà-ÿ'’-]+[sx]\s+"
                # a past participle (« soutenus », « reçus », « accompagnées », « inscrits »)
                r"[a-zà-ÿ]+(?:(?:é|i|(?<![qg])u)e?s|(?:it|ert|uit)e?s)\b"
                r"(?!\s*\()",
                re.I,
            ),
            "count",
            1.0,
        ),
    )


# What may stand before a year in a date cell or a date column header (« juillet 2016 »,
# « automne 2016 », « début 2014 »).
DATE_OPENERS = rf"(?:{MONTHS}|{SEASONS}|début|fin)"
# A date cell: a year, alone or after a month or season.
_DATE_CELL_RE = re.compile(rf"(?:{DATE_OPENERS}\s+)?(?P<year>(?:19|20)\d\d)", re.I)
_BARE_CELL_RE = re.compile(r"\s*[+<>≈~]?\s*\d[\d\s.,]*\s*")


@dataclass(frozen=True)
class TableHead:
    title: str  # the caption without « Tableau 2 – »
    header: str  # the caption and the header lines, joined
    unit: str  # from the header, "" if none
    multiplier: float
    year: str  # the year of the caption, header or source line, "" if none
    start: int  # where the caption line starts in the page text
    columns: str = ""  # the header lines under the caption, one per line (« Population Part »)


def _lines_up(text: str, pos: int) -> list[tuple[int, str]]:
    """(start, line) of up to MAX_TABLE_LINES lines above `pos`, nearest first."""
    out: list[tuple[int, str]] = []
    end = text.rfind("\n", 0, pos)
    while end >= 0 and len(out) < MAX_TABLE_LINES:
        start = text.rfind("\n", 0, end) + 1
        out.append((start, text[start:end].strip()))
        end = start - 1
    return out


def _cell_line(line: str) -> bool:
    """A line of cells: a number first (not a date going on from the caption)."""
    return (line[:1].isdigit() and not _DATE_LINE_RE.match(line)) or line[:1] in "+<>≈~"


def labelled_row(line: str) -> bool:
    """A row's label then its cells on one line, not a header of years (« Enquête 2008 2012 »)."""
    row = _LABELLED_ROW_RE.match(line)
    return row is not None and not all(YEAR.fullmatch(c) for c in row.group("cells").split())


@cache
def _population_words() -> frozenset[str]:
    entries = read_data("actors.toml").get("population_column", [])
    return frozenset(fold_lower(w) for e in entries for w in e["words"])


def _population_rows(columns: str) -> bool:
    """Whether a header line of a table opens on a word saying its rows are populations (data
    file actors.toml, `population_column`)."""
    firsts = (line.split()[:1] for line in columns.split("\n"))
    return any(first and fold_lower(first[0]) in _population_words() for first in firsts)


def has_captions(text: str) -> bool:
    """Whether a page has any table caption (else no cell needs its headers read)."""
    return _CAPTION_LINE_RE.search(text) is not None


def table_head(text: str, line_start: int) -> TableHead | None:
    """The caption and headers of the table holding the line at `line_start`, or None when no
    caption is found above it within MAX_TABLE_LINES lines."""
    above = _lines_up(text, line_start)
    k = next((i for i, (_, line) in enumerate(above) if CAPTION_RE.match(line)), None)
    if k is None:
        return None
    caption = above[k][1]
    # Headers: the lines under the caption down to the first cell holding a number.
    headers = []
    current = text[line_start : _line_end(text, line_start)].strip()
    first = current  # the table's first line of cells
    for _, line in reversed(above[:k]):
        if _cell_line(line) or labelled_row(line):
            first = line
            break  # a cell (« Note sur 10 » is a header), or a row and its cells
        headers.append(line)
    if not labelled_row(first):
        headers = headers[:-1]  # the last line above the first number is that row's label
    header = " ".join([caption, *headers])
    unit, mult = next(((u, m) for rx, u, m in UNIT_HEADERS if rx.search(header)), ("", 1.0))
    if not unit and label_unit(caption)[0] == "count":
        unit = "count"  # « Graphique 3 – Partenariats recensés par département (nombre) »
    year = YEAR.search(header)
    if year is None:  # the source line below the table
        below = text[line_start:].split("\n")[:MAX_TABLE_LINES]
        for i, line in enumerate(below):
            source = _SOURCE_RE.search(line.strip())
            if source:  # a source may run onto the next line, unless it ends there
                ran = below[i : i + 1 if line.rstrip().endswith(".") else i + 2]
                year = YEAR.search(" ".join(ran).strip()[source.end() :])
                break
    title = CAPTION_RE.sub("", caption).strip()
    year_text = year.group() if year else ""
    return TableHead(title, header, unit, mult, year_text, above[k][0], "\n".join(headers))


# A row printed on one line: its label, then its bare cells (« Jugent urgent … 86 84 »); a
# footnote call may stick to the label (« Collectivités territoriales1 89 »).
_LABELLED_ROW_RE = re.compile(
    r"^(?=.*[^\W\d_]{3})(?P<label>.*?(?:[^\W\d_»)]\d?|\))\s*)(?P<cells>(?:\s\d[\d,]*(?:\s?%)?)+)\s*$"
)
# The row that sums a table of shares (« Total 100 »): no figure of its own.
_TOTAL_ROW_RE = re.compile(r"^\s*(?:total|ensemble)\b", re.I)


SUM_OF_SHARES = 99  # a total row's share from this up sums its column (rounded to 99 or 100)


def sums_shares(label: str, unit: str, value: float) -> bool:
    """Whether `value` in a row labelled `label` is the total of a table of shares (« Total
    100 »), not the share of all its rows (« Ensemble 28 »)."""
    return unit == "%" and value >= SUM_OF_SHARES and _TOTAL_ROW_RE.match(label) is not None


# A date opening a line under a caption is the caption going on (« … note d'analyse du
# 29 février 2016 »), not a cell.
_DATE_LINE_RE = re.compile(rf"^\d{{1,2}}(?:er)?\s+(?:{MONTHS})\b", re.I)


def cell_figures(text: str, line_start: int, line_end: int, head: TableHead) -> list[Found]:
    """The figures of a cell line that the grammar leaves bare (« 6,6 » under « Note sur 10 »,
    « 86 455 » under « (K€) »), in the header's unit; years are not figures. A line holding
    its row's label before its cells (« Jugent urgent de créer des partenariats 86 84 ») has
    its cells read the same way."""
    line = text[line_start:line_end]
    if not _BARE_CELL_RE.fullmatch(line):
        row = _LABELLED_ROW_RE.match(line)
        if row is None:
            return []
        if not head.unit:  # « Durée de l'expérimentation (en années) 3 » (rule `row_label_unit`)
            unit, mult = label_unit(row.group("label"))
            if not unit:
                return []
            head = replace(head, unit=unit, multiplier=mult)
        offset = line_start + row.start("cells")
        cells = _bare(text[offset:line_end], offset, head)
        return [f for f in cells if not sums_shares(row.group("label"), head.unit, f.value)]
    if not head.unit:
        return []
    found = _bare(line, line_start, head)
    # a cell alone on its line under its row label: « Total » / « 100 » is the table's sum
    if any(f.value == 100 for f in found):
        label = next(
            (x for _, x in _lines_up(text, line_start) if not _BARE_CELL_RE.fullmatch(x)), ""
        )
        if sums_shares(label, head.unit, 100):
            return [f for f in found if f.value != 100]
    return found


# A row label's unit in brackets at its end (« Dotation (en M€) », « Durée (en années) »,
# « Catalyseurs visés (nombre) »)
_LABEL_UNITS = (
    *MONEY_HEADERS,
    *TITLE_MONEY,
    # (not in a table's header line, where « Seuil (en €) » may head one column of several)
    (re.compile(r"\(\s*en\s+€\s*\)", re.I), "€", 1.0),
    (re.compile(r"\ben\s*%|\(\s*%\s*\)", re.I), "%", 1.0),  # not « (hors part fédérale) »
    (re.compile(r"(?:\bsur\s*|/\s*)10\b(?!\s*(?:ans|années))", re.I), "/10", 1.0),
    (re.compile(r"\(\s*(?:en\s+)?(?:pts|points?)\s*\)", re.I), "pts", 1.0),
    *COUNT_HEADERS,  # « (nombre) », « (moyenne) », « (n) », « (années) »
    (re.compile(r"\(\s*en\s+(?:années|ans)\s*\)", re.I), "years", 1.0),  # « (en années) »
)


# A row label's unit said by its words (« Nombre moyen de partenaires », « Part des clubs … »,
# « Effectifs »): a count first (« Nombre de clubs prenant part au dispositif »), a share only
# for a label opening on « Part » or printing « % » (not « Cotisation hors part fédérale »)
_LABEL_WORD_UNITS = (
    # a dashboard's unit column read with the label it follows (« 1.1 Structures accompagnées »
    # / « nombre », « 3.1 Dépenses engagées » / « euros »: rule `wide_rows`)
    # (a word before it: « Moins de 10 000 € » is a class of budgets, no unit)
    (re.compile(r"(?<=[^\W\d_*)]|[*)])\s(?:nombre|nb)$", re.I), "count", 1.0),
    (re.compile(r"(?<=[^\W\d_*)]|[*)])\s(?:euros|€)$", re.I), "€", 1.0),
    (re.compile(r"(?<=[^\W\d_*)]|[*)])\s(?:k€|milliers d['’]euros)$", re.I), "€", 1e3),
    *COUNT_HEADERS,
    *MONEY_HEADERS,
    # a rate per so many ending the label (« Associations pour 1 000 habitants »: 24,1; not
    # « Subventions pour 1 000 habitants k€ », in euros)
    (
        re.compile(r"\bpour\s+(?:10|100|1\s?000|10\s?000|100\s?000)\s+[^\W\d_]+$", re.I),
        "count",
        1.0,
    ),
    (re.compile(r"^\s*(?:part|pourcentage|proportion)\b|\ben\s*%|(?<!\S)%\s*d", re.I), "%", 1.0),
    *_MARK_AND_POINTS_HEADERS,
)


def label_unit(label: str) -> tuple[str, float]:
    """The unit a row label gives its cells: in brackets at its end (« Dotation (en M€) »,
    « Volets (nombre) »), else by its words outside them (« Part des bénévoles », « Nombre
    moyen de partenaires », « Effectifs »; not « Budget (hors part fédérale) »); ("", 1.0)."""
    tail = re.search(r"\([^()]*\)\s*$", label)
    if tail is not None:
        unit = next(((u, m) for rx, u, m in _LABEL_UNITS if rx.search(tail.group())), None)
        if unit is not None:
            return unit
        label = label[: tail.start()]
    return next(((u, m) for rx, u, m in _LABEL_WORD_UNITS if rx.search(label)), ("", 1.0))


def _bare(line: str, line_start: int, head: TableHead) -> list[Found]:
    """The bare numbers of cells, in the header's unit and within its range."""
    out = []
    for m, kind, key in figure_matches(line):
        if kind != "number" or YEAR.fullmatch(m.group().strip()):
            continue
        value = float(key) * head.multiplier
        if head.unit == "/10" and not 0 <= value <= 10:
            continue
        if head.unit == "%" and not 0 <= value <= 100:
            continue
        out.append(Found(line_start + m.start(), line_start + m.end(), m.group(), value, head.unit))
    return out


def cell_context(
    text: str,
    line_start: int,
    fig: Found,
    head: TableHead,
    default_year: str,
    nearby: Actor | None = None,
) -> Context:
    """A cell's actor (the header's population, « Part des associations », else its row
    label's, « Maires », else for shares and marks `nearby`, the population named last in the
    section above the table: « Les enjeux prioritaires des Français … Tableau 1 — … »), measure
    (row label and table title) and year (the table's, else the default)."""
    # The row's label: before the cell on its own line (« Emploi 7,1 »), else the line above.
    same = re.sub(r"[\d\s,.%]+$", "", text[line_start : fig.start]).strip(" :–-")
    above = _lines_up(text, line_start)
    label = same if re.search(r"[^\W\d_]{3}", same) else ""
    label = label or next((line for _, line in above if line and not line[:1].isdigit()), "")
    if CAPTION_RE.match(label):
        label = ""
    if fig.noun:  # « 13 rapports régionaux »: the cell holds its own label
        label = f"nombre de {fig.noun}"
    vocab = vocabulary()
    actor, category = "", ""
    # rows that are populations (« Population | Part (en %) »): the row's label names the actor
    first = (label, head.header) if _population_rows(head.columns) else (head.header, label)
    for source in first:
        found = vocab.actors(fold_in_place(source))
        if found:
            a = found[-1] if source == head.header else found[0]
            actor, category = source[a.start : a.end], a.category
            if source == head.header:  # rule `population_columns`
                actor, category = _column_population(text, line_start, fig, head) or (
                    actor,
                    category,
                )
                actor, category = _row_of_generic(label, actor, category, head.header)
            break
    if not actor and nearby and fig.unit in SHARE_UNITS:
        actor, category = nearby.text, nearby.category
    measure = f"{label} — {head.title}" if label and head.title else label or head.title
    year, year_source = (
        (head.year, "tableau") if head.year else (default_year, "document" if default_year else "")
    )
    own = _own_year(text, line_start, fig)
    if own:  # « 13 rapports régionaux 2016 »: the cell dates itself
        year, year_source = own, "tableau"
    return Context(actor, category, measure, year, year_source)


def _row_of_generic(label: str, actor: str, category: str, header: str) -> tuple[str, str]:
    """Rule `generic_header`: a header naming populations of several kinds (« Acteurs normands
    engagés … ») leaves each row naming a population (« Associations 71 ») its own, unless the
    header says its rows are partners (data `partner_header_words`)."""
    words = fold_lower(actor).split()
    if not words or words[0] not in folded_words("generic_populations"):
        return actor, category
    if set(re.findall(r"[^\W\d_]+", fold_lower(header))) & folded_words("partner_header_words"):
        return actor, category
    row = vocabulary().actors(fold_in_place(label))
    if not row or row[0].start != 0:
        return actor, category
    return label[row[0].start : row[0].end], row[0].category


_SHARE_CELL_RE = re.compile(r"(?<![\d,])[+−–-]?\d{1,3}(?:,\d+)?\s*%")  # with its sign
_SHARE_OF_HEAD_RE = re.compile(r"\b(?:part|proportion|pourcentage)\s+d(?:es|e|u|['’])\s*$", re.I)


def _column_population(
    text: str, line_start: int, fig: Found, head: TableHead
) -> tuple[str, str] | None:
    """(actor, category) of the header population heading a share's own column: the column
    header line names one population per share of the row, in order (« Français Dirigeants
    Associations Maires » over « Faire alliance est un devoir 69 % 81 % 86 % 87 % »); else the
    population the header gives its shares (« Taille de la commune Part des maires
    Répondants »), one per share column when there are several; ("", "") when populations head
    the columns but do not line up with the row's shares; None otherwise."""
    if fig.unit != "%":
        return None
    end = text.find("\n", fig.end)
    line = text[line_start : len(text) if end < 0 else end]
    shares = [m.start() + line_start for m in _SHARE_CELL_RE.finditer(line)]
    columns = fold_in_place(head.columns)
    named = vocabulary().actors(columns)
    if fig.start in shares and len(shares) == len(named) > 1:
        rest = columns
        for n in reversed(named):
            rest = rest[: n.start] + rest[n.end :]
        if not re.search(r"[^\W\d_]{3,}", rest):  # the header is the populations alone
            own = named[shares.index(fig.start)]
            return head.columns[own.start : own.end], own.category
    given = [a for a in named if _SHARE_OF_HEAD_RE.search(columns, 0, a.start)]
    if fig.start in shares and len(given) == len(shares) > 1:  # « Part des maires Part des …
        own = given[shares.index(fig.start)]  # … habitants »: one per share column
        return head.columns[own.start : own.end], own.category
    if len(given) == 1:
        return head.columns[given[0].start : given[0].end], given[0].category
    if len(shares) > 1 and len(named) > 1:
        return "", ""  # populations over the columns that do not line up with its shares
    return None


def _own_year(text: str, line_start: int, fig: Found) -> str:
    """A year printed in the figure's own cell line, outside the figure, or alone (« 2016 »,
    « juillet 2016 ») on the next line, the date cell of the same row; else ""."""
    end = text.find("\n", fig.end)
    line = text[line_start : len(text) if end < 0 else end]
    for m in YEAR.finditer(line):
        if not fig.start <= line_start + m.start() < fig.end:
            return m.group()
    if end >= 0:
        following = text[end + 1 : _line_end(text, end + 1)].strip()
        cell = _DATE_CELL_RE.fullmatch(following)
        if cell:
            return cell.group("year")
    return ""


def _line_end(text: str, pos: int) -> int:
    end = text.find("\n", pos)
    return len(text) if end < 0 else end


def with_caption(text: str, at: int, contexts: list[Context]) -> list[Context]:
    """Rule `whom_only` under a caption: a figure whose measure only names whom it counts (a
    table's row « Français 69 » under « Graphique 3 – « S'allier est un devoir » : part de
    chaque public … ») is read with the caption above it. For pages with captions only
    (`has_captions`, read once per page)."""
    bare = [only_whom(c.measure, c.actor) for c in contexts]
    if not any(bare):
        return contexts
    head = table_head(text, text.rfind("\n", 0, at) + 1)
    if head is None or not head.title:
        return contexts
    return [
        replace(c, measure=clean(f"{c.measure} — {head.title}")) if whom else c
        for c, whom in zip(contexts, bare, strict=True)
    ]
