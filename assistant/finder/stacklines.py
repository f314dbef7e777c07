"""What each line of a table read one cell per line is (`stacks.stacked_cells`): a value
(« 7,1 », « 49 % », « n = 131 », « –2 », « n.c. »), a row label (no sentence: it may end on a
dotted acronym or a short abbreviation, « Plateforme M.E.D.O.C. », « 500 à 1 999 hab. »), a
label going on on the next line, the start of a row, a text cell closing a row."""

from __future__ import annotations

import re

from .stackread import is_date_header
from .thresholds import size_class

MAX_LABEL_CHARS = 70
# A value line: a bare number, a share, a mark or an amount (« 7,1 », « 49 % », « 36% »,
# « 18 000 € », rule `amount_cells`), or a missing one.
# A footnote call may follow (« 6,6 * », « 36 % (1) », « 6,6 (a) », « 42 % ² »).
_VALUE_RE = re.compile(
    r"(?:(?:plus|près|moins)[ \t]++d(?:e[ \t]++|['’])|environ[ \t]++)?"  # « plus de 500 »
    r"(?:n[ \t]*+=[ \t]*+)?"  # « n = 131 »: a sample size (rule `sample_sizes`)
    r"[+−–<>≈~-]?\s*\d[\d\s]*(?:,\d+)?\s*(?:%|/\s*10|(?<=\d)\s?pts?\b|[kKM]?€)?"
    r"(?:\s*(?:\*+|\([\da-h]\)|[¹²³⁴⁵⁶⁷⁸⁹]))?"
    r"(?:\s*\(\d[\d\s]*(?:,\d+)?\s*%?[^()\n]{0,40}\))?"  # « 38 % (53 % des employeuses) »
)
# A cell with no figure: missing (« n.c. », « — ») or a trend mark (« ▲ », « ↗ », « = »: a
# dashboard's « Tendance » column; rule `trend_marks`).
MISSING_RE = re.compile(r"n\.?\s?[cd]\.?|n/a|ns|[-–—]|[▲▼△▽▶◀►◄↑↓↗↘→=]", re.I)
VALUE_LINE_RE = re.compile(
    rf"^[ \t]*(?:{_VALUE_RE.pattern}|{MISSING_RE.pattern})[ \t]*$", re.M | re.I
)


def cell_lines(text: str) -> list[tuple[int, int, str]]:
    out, pos = [], 0
    for line in text.split("\n"):
        out.append((pos, pos + len(line), line.strip()))
        pos += len(line) + 1
    return out


def is_value(line: str) -> bool:
    if MISSING_RE.fullmatch(line):
        return True
    return bool(_VALUE_RE.fullmatch(line)) and not is_date_header(line)


# A label may end on an acronym written with dots (« Plateforme M.E.D.O.C. ») or a short
# abbreviation (« 500 à 1 999 hab. », « Budget moy. »), not a sentence (rule `abbreviated_ends`).
_DOTTED_ACRONYM_END_RE = re.compile(r"(?:\b[A-Z]\.){2,}$")
_ABBREVIATION_END_RE = re.compile(r"(?:^|\s)[^\W\d_]{1,3}\.$")
MAX_ABBREVIATED_WORDS = 5  # a longer line ending so is a sentence (« Il y en a. »)
_THOUSANDS_RE = re.compile(r"(?<=\d)[ \u00a0\u202f](?=\d{3}\b)")


def _abbreviated(line: str) -> bool:
    """Whether a line ends on a dotted acronym or an abbreviation, not a sentence's full stop."""
    words = len(_THOUSANDS_RE.sub("", line).split())  # « 1 000 à 10 000 hab. »: four words
    return bool(_DOTTED_ACRONYM_END_RE.search(line)) or (
        words <= MAX_ABBREVIATED_WORDS and bool(_ABBREVIATION_END_RE.search(line))
    )


def wrapped_abbreviation(line: str) -> bool:
    """Whether a header line ends on an abbreviation as a size class's header does (« 500 à
    1 999 hab. », « Moins de 500 » / « hab. »); a capitalised one (« Var. », « Tend. ») may be
    the header of a table whose rows read apart, where the header block stops as before."""
    return _abbreviated(line) and (line[:1].islower() or any(c.isdigit() for c in line))


# A row label numbered as its rank or item (« 1. Petites alliances locales », « 2) Emploi »,
# « 1.1 Structures accompagnées »), or an ordinal (« 3e édition (2022) »)
_NUMBERED_LABEL_RE = re.compile(
    r"\d{1,2}(?:[.)]|\.\d{1,2}\.?|(?:re|er|e|ème|è)(?=\s))\s+[^\W\d_]{2}"
)
_SHEET_ROW_RE = re.compile(r"\d{1,3}")  # a spreadsheet's row number alone on its line


def is_label(line: str) -> bool:
    return (
        bool(line)
        and len(line) <= MAX_LABEL_CHARS
        # « 10 000 habitants et plus »; « 2. Alliances pour l'emploi » (rule `numbered_labels`)
        and (
            not line[:1].isdigit() or size_class(line) or _NUMBERED_LABEL_RE.match(line) is not None
        )
        and not is_value(line)
        # « 3 500 à 49 999 hab. »: a size class ends on its abbreviation, whatever its digits
        and (not line.endswith((".", ":", ";")) or _abbreviated(line) or size_class(line))
    )


def wraps(label: str, nxt: str) -> bool:
    """Whether a row label goes on on the next line (« Structures d'intérêt général
    (associations, » then « fondations) »)."""
    if label.count("(") > label.count(")") and _CLOSING_RE.fullmatch(nxt):
        return True  # « Devoir d'alliance (PHARE, » then « 2015-2016) »
    if _SCALE_OPEN_RE.search(label) and nxt.strip() == "10":
        return True  # a unit cell « note sur » / « 10 » (rule `wide_rows`)
    return (
        is_label(nxt)
        and (
            label.count("(") > label.count(")")
            or label.endswith(",")
            or _OPEN_LABEL_END_RE.search(label) is not None  # « … comptant au moins une » / « PME »
            or nxt[:1].islower()
            or _BRACKET_RE.fullmatch(nxt)
            is not None  # « Partenariats source d'innovation » / « (IMPACT) »
        )
    )


_BRACKET_RE = re.compile(r"\([^()\n]{1,40}\)")
_SCALE_OPEN_RE = re.compile(r"\bsur$")
# a note about a table, never one of its cells (« Lecture : … », « Source : … », « * Seuil … »)
_NOTE_OPENING_RE = re.compile(r"(?:[*†]|(?:Lecture|Source|Sources|Note|Champ|Base)\s*:)", re.I)
# a word no label ends on: the label goes on on the next line (rule `open_label_end`)
_OPEN_LABEL_END_RE = re.compile(
    r"(?<![\w'’-])(?:des|de|du|la|le|les|une|un|et|ou|au|aux|à|en|pour|par|sur|avec|dans)$"
)
# the end of a bracket opened on the line above, a year or a few words (« 2015-2016) »)
_CLOSING_RE = re.compile(r"[^()\n]{1,30}\)")


# an accounts table's « Note » cell: the number of the annex note detailing the row (« 3.1 »)
_NOTE_REF_RE = re.compile(r"\d{1,2}\.\d{1,2}")


def note_ref(lines: list[tuple[int, int, str]], j: int) -> bool:
    """Rule `note_refs`: whether line j is the « Note » cell of an accounts table's row,
    followed by the row's first value (« Missions sociales / 3.1 / 4 812 / 4 305 »): a note's
    number, no value."""
    return (
        j + 1 < len(lines)
        and _NOTE_REF_RE.fullmatch(lines[j][2]) is not None
        and is_value(lines[j + 1][2])
    )


_YEAR_CELL_RE = re.compile(r"(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?(?:\s*\([a-z]{1,3}\))?")
MAX_SOURCE_CHARS = 60  # a source cell (« Répertoire départemental », « Enquête emploi ORVA »)


def year_source_cells(lines: list[tuple[int, int, str]], j: int) -> int:
    """Rule `year_source_cells`: how many lines after a row's values are its year and source
    cells (« … / 23,3 / 2023 / Répertoire départemental »: a territory sheet whose rows come
    from sources of different years), 0 if none."""
    if j + 1 >= len(lines) or not _YEAR_CELL_RE.fullmatch(lines[j][2]):
        return 0
    source = lines[j + 1][2]
    if not source or len(source) > MAX_SOURCE_CHARS or is_value(source):
        return 0
    if starts_row(lines, j + 1):
        return 1  # no source cell: the next row's label (« Part des clubs … » / « 31 % »)
    return 2


def sheet_section(lines: list[tuple[int, int, str]], i: int) -> bool:
    """Whether line i is a spreadsheet's numbered section followed by its row number (« 1.
    Envie, besoin et devoir d'alliance » / « 3 »), not a numbered row label and its value."""
    return (
        _NUMBERED_LABEL_RE.match(lines[i][2]) is not None
        and i + 2 < len(lines)  # the sheet's next row (« ALL-01 ») under the number
        and _SHEET_ROW_RE.fullmatch(lines[i + 1][2]) is not None
        and not is_value(lines[i + 2][2])  # « 168 / 8 / 100 000 € »
        # « 1. Éducation / 45 / 2. Environnement / 30 »: the next row, a numbered table
        and not _NUMBERED_LABEL_RE.match(lines[i + 2][2])
    )


def starts_row(lines: list[tuple[int, int, str]], i: int) -> bool:
    """Whether line i is a row label followed by its first value, the label maybe wrapped on
    the next line (`first_wraps`; rule `wrapped_first_label`)."""
    if not is_label(lines[i][2]) or i + 1 >= len(lines):
        return False
    if sheet_section(lines, i):
        return False
    if is_value(lines[i + 1][2]):
        return True
    if note_ref(lines, i + 1):
        return True  # « Missions sociales / 3.1 / 4 812 / 4 305 » (rule `note_refs`)
    if not first_wraps(lines, i):
        return False
    end = label_end(lines, i + 1)
    return end + 1 < len(lines) and is_value(lines[end + 1][2])


MAX_LABEL_LINES = 3  # a row label wrapped with its unit cell (« 2.2 Communes de moins de 3 500 »
# / « habitants couvertes* » / « nombre »)


def label_end(lines: list[tuple[int, int, str]], i: int) -> int:
    """The last line of the row label whose line i is already one (the first or a wrapped
    one): the lines after it while it goes on (`wraps`), at most MAX_LABEL_LINES in all."""
    first = i
    while (
        i + 1 < len(lines)
        and i - first < MAX_LABEL_LINES - 2
        and (not is_value(lines[i + 1][2]) or _SCALE_OPEN_RE.search(lines[i][2]))
        and wraps(lines[i][2], lines[i + 1][2])
    ):
        i += 1
    return i


def year_rows(lines: list[tuple[int, int, str]], i: int) -> bool:
    """Rule `year_rows`: whether line i opens a table whose rows are labelled by dates (« Année /
    Normandie / Bretagne / France / 2016 / 49 / 56 / 53 / 2024 / 55 / 61 / 57 »): a date
    followed by values, then another date followed by as many, two values a row at least."""
    widths: list[int] = []
    k = i
    while k < len(lines) and len(widths) < 2 and is_date_header(lines[k][2]):
        j = k + 1
        while j < len(lines) and is_value(lines[j][2]):
            j += 1
        widths.append(j - k - 1)
        k = j
    return len(widths) == 2 and widths[0] == widths[1] >= 2


def first_wraps(lines: list[tuple[int, int, str]], i: int) -> bool:
    """Whether a table's first row label, line i, goes on on the next line: it leaves a bracket
    open, or the next line goes on in lower case where the next row's label opens with a
    capital (« Dirigeants pour qui l'alliance est source » / « d'innovation » / 85 % / … /
    « Français attachés … »; under « Part », « développent déjà … » / 21 % / « souhaitent
    … » is a first label of its own)."""
    if i + 1 >= len(lines):
        return False
    label, nxt = lines[i][2], lines[i + 1][2]
    if not wraps(label, nxt):
        return False
    if label.count("(") > label.count(")"):
        return True
    start = label_end(lines, i + 1) + 1
    k = start
    while k < len(lines) and is_value(lines[k][2]):
        k += 1
    return nxt[:1].islower() and start < k < len(lines) and lines[k][2][:1].isupper()


def is_note(lines: list[tuple[int, int, str]], j: int, last: bool, comments: bool = False) -> bool:
    """Whether line j, after a row's values, is a text cell closing the row (an « Observation »
    column: « Collectivités territoriales / 74 % / premier partenaire, tous secteurs confondus »):
    a label-like line followed by the next row (a label, then a value); for the last row
    (`last`: the rows before had one), a label-like line opening in lower case."""
    if j >= len(lines):
        return False
    line = lines[j][2]
    if not is_label(line):
        # a short sentence (« Creux estival ; rattrapage attendu au T4. »): a dashboard's
        # comment (rule `wide_rows`), not a note about the table (« Lecture : … »)
        return comments and not last and comment(lines, j, False)
    if last:
        return line[:1].islower()
    return (
        j + 2 < len(lines)
        and is_label(lines[j + 1][2])
        and not wraps(line, lines[j + 1][2])
        and is_value(lines[j + 2][2])
    ) or (comments and comment(lines, j, last))


MAX_COMMENT_CHARS = 90  # a comment cell's line; a paragraph's line under a table is longer
MAX_COMMENT_LINES = 2


def comment_end(lines: list[tuple[int, int, str]], j: int) -> int:
    """The last line of the comment cell opening on line j: its lines going on in lower case."""
    k = j
    while (
        k + 1 < len(lines)
        and k - j < MAX_COMMENT_LINES - 1
        and not lines[k][2].endswith(".")
        and lines[k + 1][2][:1].islower()
        and not is_value(lines[k + 1][2])
    ):
        k += 1
    return k


def comment(lines: list[tuple[int, int, str]], j: int, last: bool) -> bool:
    """Whether line j opens a short comment cell closing a row (a sentence, maybe wrapped in
    lower case), followed by the next row unless the row is the last (`last`)."""
    if j >= len(lines):
        return False
    line = lines[j][2]
    if len(line) > MAX_COMMENT_CHARS or not line[:1].isupper() or _NOTE_OPENING_RE.match(line):
        return False
    end = comment_end(lines, j)
    if not lines[end][2].endswith("."):
        return False  # a label wrapped on the next line (« Associations ayant … » / « (%) »)
    nxt = end + 1 < len(lines) and starts_row(lines, end + 1)
    if last:  # the last row's comment is followed by no row (« A2 Plateforme V.E.L.O. » / « 12
        return not nxt and not (end + 1 < len(lines) and is_value(lines[end + 1][2]))  # 000 »)
    return nxt


# « 86 » / « (83) »: a cell's earlier value in brackets, under it, the next column's (rule
# `bracketed_cells`); only after a value of its row, and not a footnote call whose note opens
# a line below (`bracketed_cell`)
_BRACKETED_RE = re.compile(r"\(\s*\d[\d\s]*(?:,\d+)?\s*%?\s*\)")
_NUMBERED_TABLE_RE = re.compile(r"(?:Tableau|Figure|Graphique)\s+\d", re.I)  # no « Chiffres clés »
FOOTNOTE_REACH = 4  # lines under a bracketed call where its footnote may open


def bracketed_cell(lines: list[tuple[int, int, str]], j: int) -> bool:
    """Rule `bracketed_cells`: line j is an earlier value in brackets (« (83) », « (8 %) »), not
    a footnote call whose note opens a line below (« (1) » … « (1) Moins de 10 clubs »)."""
    line = lines[j][2]
    if not _BRACKETED_RE.fullmatch(line):
        return False
    below = range(j + 1, min(len(lines), j + 1 + FOOTNOTE_REACH))
    return not any(lines[k][2].startswith(line) and len(lines[k][2]) > len(line) for k in below)


def captioned_row(
    lines: list[tuple[int, int, str]],
    heads: list[str],
    width: int,
    rows: list[tuple[int, str, list[int], str]],
) -> bool:
    """Rule `one_row_table`: a single row under a numbered caption and one header per value
    (« Tableau 2 – Note de confiance (sur 10) » / « 2016 / 2019 / 2023 » / « Ensemble des
    Français » / « 5,9 / 6,3 / 6,1 ») is a table, though it has one row; not the first row of
    a longer table whose next row has another width (« Emploi / 7,1 / 1 » then « Pouvoir
    d'achat / 6,6 / 2 ex aequo »)."""
    after = rows[0][2][-1] + 1 if rows else 0
    if after < len(lines) and (starts_row(lines, after) or is_value(lines[after][2])):
        return False
    return (
        len(rows) == 1
        and width >= 2
        and not rows[0][3]
        and len(heads) in (width + 1, width + 2)  # the caption, maybe the labels' header
        and _NUMBERED_TABLE_RE.match(heads[0]) is not None
    )
