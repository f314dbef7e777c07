"""Tables with one column per year, as pypdf reads them (« Indicateurs 2016 2017 2018 Var. vs.
N-1 » then one row per line, « Nombre d'alternants / apprentis au 31/12 6 964 7 313 8 532 + 17 % »):
the reports' key-indicator tables. Each cell takes its column's year; a bare number is a figure
when its row label says what it counts (« Nombre d'usines … », a « Dont … » row under it) or its
money unit (« (K€) »); a row label may run over the lines above the cells, and a line ending in
« : » heads the rows under it (« Répartition par pays des usines auditées … : »). Linear in the
page: each line is read once, its cells split by a small search bounded by the header's width."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..text import fold_in_place, fold_lower
from .cells import CAPTION_RE, SAMPLE_SIZE_RE
from .detect import Found
from .measure import MAX_MEASURE_WORDS
from .parts import Context
from .rows import SHARE_UNITS
from .vocabulary import vocabulary

MAX_COLUMNS = 8
MAX_GAP_LINES = 8  # lines without cells after which a table has ended
MAX_ROW_TOKENS = 30  # a line's trailing tokens read as cells at most
MAX_SPLITS = 64  # ways of splitting a row's tokens into cells that are compared
MAX_SPLIT_STEPS = 2000  # steps of that search, per line
# A header: an optional label, two or more years (or one year alone on its line), an optional
# short trailing column name without digits but « N-1 » (« Var. vs. N-1 »).
_HEADER_RE = re.compile(
    r"(?P<label>(?:.*?[^\d\s])??)\s*(?P<years>(?:(?:19|20)\d\d\s+)+(?:19|20)\d\d)"
    r"(?P<tail>\s+(?:[^\d\n]|N\s*-\s*1){1,30})?"
)
_LONE_YEAR_RE = re.compile(r"(?P<years>(?:19|20)\d\d)")
_PAGE_HINT_RE = re.compile(r"(?:19|20)\d\d\s+(?:19|20)\d\d|^\s*(?:19|20)\d\d\s*$", re.M)
_NUMBER_RE = re.compile(r"(\d+)(?:,(\d+))?(%?)(\**)")
_MISSING = frozenset({"-", "–", "nc", "nd", "n.d.", "n/a", "na"})
_VARIATION_RE = re.compile(
    r"\s+(?:[+\-−–]\s*\d+(?:,\d+)?\s*(?:%|points?|pts?)?|[+\-−–]\s*\d+(?:,\d+)?\s*$|[-–])\s*$"
)
_COUNT_RE = re.compile(r"\b(?:nombre|nb)\s+(?:total\s+|moyen\s+)?(?:de\s+|d')\s*([^\W\d_]+)")
_FOOTNOTE_RE = re.compile(r"\*|\(\d+\)")
_PARENS_RE = re.compile(r"\(([^)]*)\)")
_MONEY_RES = (
    (re.compile(r"\(\s*k\s*€\s*\)|en milliers d['’]euros", re.I), 1e3),
    (re.compile(r"\(\s*m\s*€\s*\)|en millions d['’]euros", re.I), 1e6),
    (re.compile(r"\(\s*€\s*\)|\ben euros\b", re.I), 1.0),
)


@dataclass(frozen=True)
class Cell:
    start: int  # on the page
    end: int
    text: str
    value: float
    percent: bool


@dataclass(frozen=True)
class ColumnRow:
    """One row of a year-column table: its cells (one per year) and what it measures."""

    start: int  # the row's line, on the page
    end: int
    label: str  # the row label, with its lines above and its heading (« … — Répartition … »)
    years: tuple[str, ...]
    cells: tuple[Cell | None, ...]  # None: a missing cell (« NC », « - »)
    unit: str  # of its bare cells: "€", "count", "people" or "" (bare cells are not figures)
    multiplier: float
    noun: str


def has_year_columns(text: str) -> bool:
    """Whether a page may hold a year-column table (else nothing here is read)."""
    return _PAGE_HINT_RE.search(text) is not None


def _header(line: str) -> tuple[tuple[str, ...], bool, str] | None:
    """The years of a header line, whether it has a trailing column (a variation) and its
    label (« Filières de traitement des déchets 2018 2017 2016 »)."""
    m = _HEADER_RE.fullmatch(line) or _LONE_YEAR_RE.fullmatch(line)
    if m is None:
        return None
    years = tuple(m.group("years").split())
    if len(years) > MAX_COLUMNS or len(set(years)) != len(years):
        return None
    label = (m.groupdict().get("label") or "").strip(" :–-")
    return years, bool(m.groupdict().get("tail")), label


def _tokens(line: str) -> list[re.Match[str]]:
    return list(re.finditer(r"\S+", line))


def _cells(line: str, count: int, variation: bool) -> tuple[int, list[tuple[int, int] | None]]:
    """Where the label ends and the spans of `count` cells at the end of `line` (None for a
    missing cell), or (-1, []) when the line does not end in that many cells."""
    end = len(line.rstrip())
    if variation:
        v = _VARIATION_RE.search(line[:end])
        if v and (v.group().strip() not in _MISSING or count > 1):
            end = v.start()
    toks = [t for t in _tokens(line[:end])][-MAX_ROW_TOKENS:]
    # atoms from the right: a missing marker, a number token (« 578 », « 54,8 », « 46 % »)
    atoms: list[tuple[int, int, str]] = []
    i = len(toks) - 1
    while i >= 0:
        t = toks[i].group()
        if t == "%" and i > 0 and _NUMBER_RE.fullmatch(toks[i - 1].group()):
            atoms.append((toks[i - 1].start(), toks[i].end(), toks[i - 1].group() + "%"))
            i -= 2
            continue
        if fold_lower(t) in _MISSING or _NUMBER_RE.fullmatch(t.rstrip("*")):
            atoms.append((toks[i].start(), toks[i].end(), t))
            i -= 1
            continue
        break
    atoms.reverse()
    best: tuple[tuple[int, int], list[tuple[int, int] | None]] | None = None
    for spans in _splits(atoms, count):
        numbers = [s for s in spans if s is not None]
        if not numbers:
            continue
        digits = [sum(c.isdigit() for c in line[a:b].split(",")[0]) for a, b in numbers]
        # every number token at the line's end is a cell where possible (a label ends in a
        # word), then cells of one row have about as many digits (« 90 500 107 500 106 700 »)
        key = (numbers[0][0] if spans[0] is not None else 0, max(digits) - min(digits))
        if best is None or key < best[0]:
            best = (key, spans)
    if best is None:
        return -1, []
    return next(s[0] for s in best[1] if s is not None), best[1]


_LAST_GROUP_RE = re.compile(r"\d{3}(?:,\d+)?%?\**")
_ALONE_RE = re.compile(r"(?:0|[1-9]\d*)(?:,\d+)?%?\**")


def _splits(atoms: list[tuple[int, int, str]], count: int) -> list[list[tuple[int, int] | None]]:
    """Every way the last atoms make `count` cells: a missing marker is one cell; a number is a
    head token then groups of three digits (« 1 578 »), a decimal or « % » only at its end."""
    out: list[list[tuple[int, int] | None]] = []
    calls = [0]  # the search is bounded: a line of many groups cannot make it blow up

    def walk(j: int, left: int, acc: list[tuple[int, int] | None]) -> None:
        calls[0] += 1
        if left == 0:
            out.append(list(reversed(acc)))
            return
        if j < 0 or len(out) > MAX_SPLITS or calls[0] > MAX_SPLIT_STEPS:
            return
        if fold_lower(atoms[j][2]) in _MISSING:
            walk(j - 1, left - 1, [*acc, None])
            return
        end = atoms[j][1]
        if _ALONE_RE.fullmatch(atoms[j][2]):  # a number of one token
            walk(j - 1, left - 1, [*acc, (atoms[j][0], end)])
        if not _LAST_GROUP_RE.fullmatch(atoms[j][2]):
            return
        k = j - 1  # a head (1-3 digits), then three-digit groups, then atom j
        while k >= 0:
            t = atoms[k][2]
            if re.fullmatch(r"[1-9]\d{0,2}", t):
                walk(k - 1, left - 1, [*acc, (atoms[k][0], end)])
            if not re.fullmatch(r"\d{3}", t):
                break
            k -= 1

    walk(len(atoms) - 1, count, [])
    return out


def _value(text: str) -> float:
    return float(re.sub(r"[^\d,]", "", text).replace(",", "."))


def _bare_unit(label: str, parent_noun: str) -> tuple[str, float, str]:
    """The unit of a row's bare cells from its label: money (« (K€) »), a count (« Nombre
    d'usines », a « Dont … » row under one), else "" (« Taux de fréquence », « (tonnes) »)."""
    for rx, mult in _MONEY_RES:
        if rx.search(label):
            return "€", mult, ""
    folded = fold_lower(label)
    vocab = vocabulary()
    for inside in _PARENS_RE.findall(folded):  # « (tonnes) », « (MWh) », « (kWh/m2) »
        words = set(re.findall(r"[^\W\d_]+", inside))
        if "/" in inside or words & vocab.not_counted or "milliers" in words:
            return "", 1.0, ""
    m = _COUNT_RE.search(folded)
    noun = m.group(1) if m else parent_noun if folded.startswith("dont ") else ""
    if not noun or noun in vocab.not_counted or noun in vocab.years:
        return "", 1.0, ""
    return ("people" if noun in vocab.people else "count"), 1.0, noun


# « Effectif moyen par commune »: an average, no headcount
_MEAN_RE = re.compile(r"\beffectifs?\s+(?:moyens?|moyennes?|médians?|médianes?)\b", re.I)


def _headcount(label: str) -> tuple[str, str]:
    """(unit, noun) of the headcounts of a row naming a population (« Dirigeants
    d'entreprise »), ("", "") for any other row."""
    found = vocabulary().actors(fold_in_place(label))
    if not found or found[0].start != 0:
        return "", ""
    noun = label[: found[0].end]
    return vocabulary().count_unit(noun), noun


def column_rows(text: str) -> dict[int, ColumnRow]:
    """The rows of the page's year-column tables, by the start of their line."""
    out: dict[int, ColumnRow] = {}
    years: tuple[str, ...] = ()
    variation = False
    title = ""
    pending: list[str] = []
    heading = parent = parent_noun = ""
    previous = ""  # the line above, a table's caption when a header follows it
    headcounts = ""  # the caption or header saying the cells are headcounts
    gap = 0
    pos = 0
    for line in text.split("\n"):
        start, pos = pos, pos + len(line) + 1
        stripped = line.strip()
        head = _header(stripped)
        if head is not None:
            years, variation, title = head
            # rule `headcount_rows`: a caption or header saying the cells are headcounts
            # (« Tableau 2 – Effectifs interrogés à chaque vague ») makes each row naming a
            # population a count of it
            # (the line above only when it is the table's caption, « Tableau 2 – … »)
            caption = CAPTION_RE.sub("", previous).strip() if CAPTION_RE.match(previous) else ""
            headcounts = next(
                (
                    x
                    for x in (caption, title)
                    if SAMPLE_SIZE_RE.search(x) and not _MEAN_RE.search(x)
                ),
                "",
            )
            pending, heading, parent, parent_noun, gap = [], "", "", "", 0
            continue
        previous = stripped or previous
        if not years:
            continue
        cut, spans = _cells(line, len(years), variation)
        if cut < 0 or (len(years) == 1 and not line[:cut].strip() and not pending):
            gap += 1
            if gap > MAX_GAP_LINES or _FOOTNOTE_RE.match(stripped):
                years, pending = (), []
            else:
                pending.append(stripped)
            continue
        gap = 0
        own = line[:cut].strip().rstrip(" -–")  # « … du travail - 0,79 »: a missing cell
        lead = pending
        if pending and pending[-1].endswith(":"):  # a heading for the rows under it
            heading = " ".join(pending).rstrip(" :")
            lead = []
        if own[:1].isupper() and lead:
            lead = []
        else:
            up = max((i for i, p in enumerate(lead) if p[:1].isupper()), default=0)
            lead = lead[up:]
        label = " ".join([*lead, own]).strip()
        pending = []
        is_part = fold_lower(label).startswith("dont ")
        if not is_part:
            parent = label
        unit, mult, noun = _bare_unit(label, parent_noun)
        counted = ""  # the caption saying the row's cells count its population
        if not unit and headcounts:
            unit, noun = _headcount(label)
            counted = headcounts if unit else ""
        if not is_part:
            parent_noun = noun if unit in ("count", "people") else ""
        measure = label
        if is_part and parent:
            measure = f"{label} — {parent}"
        elif heading:
            measure = f"{label} — {heading}"
        if title:  # « Recyclage et/ou valorisation — Filières de traitement des déchets »
            measure = f"{measure} — {title}"
        if counted:
            measure = f"{counted} : {measure}"  # « Effectifs interrogés à chaque vague : … »
        cells = tuple(
            None
            if s is None
            else Cell(
                start + s[0],
                start + s[1],
                line[s[0] : s[1]].rstrip("*"),
                _value(line[s[0] : s[1]]),
                "%" in line[s[0] : s[1]],
            )
            for s in spans
        )
        if len(years) == 1 and not unit:
            continue  # under a lone year, only rows that say what they count (not prose)
        out[start] = ColumnRow(start, start + len(line), measure, years, cells, unit, mult, noun)
    return out


def column_figures(rows: dict[int, ColumnRow], taken: list[Found]) -> list[Found]:
    """The bare cells of the rows whose label gives their unit, left out where a figure was
    already read."""
    spans = [(f.start, f.end) for f in taken]
    out = []
    for row in rows.values():
        if not row.unit:
            continue
        for cell in row.cells:
            if cell is None or cell.percent:
                continue
            if any(a < cell.end and cell.start < b for a, b in spans):
                continue
            if re.fullmatch(r"(?:19|20)\d\d", cell.text):
                continue  # a year in a row (a date cell), not a count
            value = cell.value * row.multiplier
            out.append(Found(cell.start, cell.end, cell.text, value, row.unit, row.noun))
    return out


def column_context(row: ColumnRow, fig: Found, doc_year: str) -> Context:
    """A cell's year (its column's; the trailing variation column: the last year's), measure
    (the row label) and population (one the label names)."""
    numbers = [c for c in row.cells if c is not None]
    year, measure = row.years[-1], row.label
    if numbers and fig.start < numbers[0].start:  # a number inside the label
        year = doc_year
    elif numbers and fig.start >= numbers[-1].end:
        measure = f"variation : {row.label}"
    for cell, y in zip(row.cells, row.years, strict=True):
        if cell is not None and cell.start <= fig.start < cell.end:
            year = y
    found = vocabulary().actors(fold_in_place(row.label))
    actor, category = "", ""
    if found and fig.unit in (*SHARE_UNITS, "count", "people"):
        a = found[0]
        actor, category = row.label[a.start : a.end], a.category
    measure = " ".join(measure.split()[:MAX_MEASURE_WORDS])
    return Context(actor, category, measure, year, "tableau" if year else "")
