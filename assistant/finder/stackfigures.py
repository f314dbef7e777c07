"""The bare numbers of tables read one cell per line that are figures (`stacks.stacked_cells`):
in the unit their column or row gives (« 6,6 » under « Note /10 », « –2 » under « Écart
(points) »), or counts of the plural noun their row label opens on (rule `label_counts`), but
not the page numbers of a contents page nor a table's « Total 100 »."""

from __future__ import annotations

import itertools
import re
from functools import cache

from ..text import YEAR, fold_lower
from .cells import COUNT_HEADERS, sums_shares
from .detect import Found
from .fields import label_noun
from .stackread import is_date_header
from .stacks import StackCell, header_unit
from .vocabulary import folded_words, vocabulary

_NUMBER_RE = re.compile(r"\d[\d\s]*(?:,\d+)?")
# a whole number as printed (« 42 », « 1 000 », « 1500 »), not a phone number nor a code
_WHOLE_RE = re.compile(r"[1-9]\d{0,2}(?:[ \u00a0\u202f]\d{3})+|[1-9]\d{0,3}")
_SIGN_RE = re.compile(r"\s*([−–+-])\s*\d")  # a signed value, printed with its sign

_OWN_POINTS_RE = re.compile(r"\d\s*(?:pts?|points?)\b", re.I)  # from the number's last digit

_OF_RE = re.compile(r"d(?:e|u|es)?\b|d['’]", re.I)


def _label_count(label: str) -> tuple[str, str]:
    """Rule `label_counts`: the unit and noun a row label gives its bare whole numbers when no
    header gives one (« Exemples inspirants recensés / plus de 1 000 », « Années de recherche /
    15 »): a count of the plural noun it opens on, qualified (two words at least: a lone
    « Français » may head shares), or a duration; ("", "") otherwise."""
    vocab = vocabulary()
    span = vocab.duration_words(label)
    if span and _OF_RE.match(" ".join(label.split()[span:])):  # « Années de recherche »
        return "years", " ".join(label.split()[:span]).lower()
    noun = label_noun(label, vocab)
    if not noun:
        return "", ""
    if len(noun.split()) < 2 and header_unit(label, COUNT_HEADERS)[0] != "count":
        return "", ""
    return vocab.count_unit(noun), noun


def _page_numbers(text: str, cells: dict[int, StackCell]) -> set[int]:
    """The tops of the headerless one-column tables whose values are bare whole numbers rising
    row after row: the page numbers of a table of contents, not counts."""
    values: dict[int, list[str]] = {}
    for cell in cells.values():
        if not cell.header:
            values.setdefault(cell.top, []).append(text[cell.start : cell.end].strip())
    out = set()
    for top, cells_text in values.items():
        if all(v.isdigit() for v in cells_text):
            numbers = [int(v) for v in cells_text]
            if all(a < b for a, b in itertools.pairwise(numbers)):
                out.add(top)
    return out


def _other_unit(found: str, column: str) -> bool:
    """Whether a cell's column or row reads a figure in points where the page's words read a
    mark (« −0,1 » under « Évol. N/N-1 (pts) » in the row « Note de confiance (sur 10) »): a
    change of the mark, in the column's unit (rule `stack_units`)."""
    return column == "pts" and found == "/10"


def stack_figures(
    text: str, cells: dict[int, StackCell], taken: list[Found], weak: frozenset[int] = frozenset()
) -> list[Found]:
    """The bare numbers of stacked cells whose column gives a unit (« 6,6 » under « Note
    /10 »), or whose row label says what they count (rule `label_counts`), not already
    figures; a figure at `weak` (read in the caption's unit, `spans.bare_cells`) is read again
    when the cell's own column or row gives a unit (« 37 » under « Effectif (n) » in a table
    whose other columns are « (%) »; rule `stack_units`)."""
    seen = {f.start: f.unit for f in taken}
    paging = _page_numbers(text, cells)
    owned = _owned_units(cells)
    out = []
    for cell in cells.values():
        line = text[cell.start : cell.end]
        m = _NUMBER_RE.search(line)
        at = cell.start + m.start() if m else -1
        if m is None or "%" in line:
            continue
        if at in seen and not (cell.unit and (at in weak or _other_unit(seen[at], cell.unit))):
            continue
        if not cell.unit:
            if (
                cell.header
                and fold_lower(cell.header) not in folded_words("value_headers")
                and not is_date_header(cell.header)  # « 2021 / 2022 »: when, not what
            ):
                # (one word: « Acteurs académiques » heads no count, rule `counted_header`)
                counted = _column_noun(cell.header) if owned.get(cell.top) else ""
                whole = _WHOLE_RE.fullmatch(m.group().strip())
                if counted and whole and at not in seen:
                    # rule `column_units`: « Salariés » beside « Masse salariale (M€) » in a
                    # table whose columns give their own units counts its noun
                    digits = m.group().replace(" ", "")
                    unit = vocabulary().count_unit(counted)
                    out.append(
                        Found(at, at + len(m.group()), m.group(), float(digits), unit, counted)
                    )
                continue  # « Rang », « Évolution »: the column says what its numbers are
            if cell.top in paging:
                continue  # « Partenariats locaux / 12 / Bénévoles engagés / 15 »: a contents page
            unit, noun = _label_count(cell.label)
            digits = m.group().replace(" ", "")
            whole = _WHOLE_RE.fullmatch(m.group().strip())  # not « 06 12 34 56 78 »
            if unit and whole and not YEAR.fullmatch(digits):
                start = cell.start + m.start()
                out.append(
                    Found(start, start + len(m.group()), m.group(), float(digits), unit, noun)
                )
            continue
        unit, mult = cell.unit, cell.multiplier
        digits_end = m.start() + len(m.group().rstrip())
        own = _OWN_POINTS_RE.match(line, digits_end - 1)
        if own:  # « +11 pts » under a title « (en % des …) »: the cell's own unit (`own_points`)
            unit, mult = "pts", 1.0
        value = float(m.group().replace(" ", "").replace(",", ".")) * mult
        start = cell.start + m.start()
        signed = _SIGN_RE.match(line)
        if signed:  # « –2 » under « Écart (points) » or « Évolution (%) », « +2 »
            start = cell.start + line.index(line.strip()[0])
            value = value if signed.group(1) == "+" else -value
        if (unit == "/10" and value > 10) or (unit == "%" and value > 100):
            continue
        if sums_shares(cell.label, unit, value):
            continue  # « Total 100 »: the table's sum (« Ensemble 86 » is all rows' share)
        end = cell.start + (own.end() if own else m.end())
        out.append(Found(start, end, text[start:end], value, unit))
    return out


def _column_noun(header: str) -> str:
    """What a one-word column header counts (rule `column_units`, in a table whose other
    columns give their own units): a people noun (« Salariés »), a plural noun
    (« Établissements », « Projets », « Lauréats ») that is no amount, unit, date or change, or
    a unit counted by its abbreviation (data `counted_abbreviations`: « ETP »); "" otherwise
    (« Acteurs académiques »: two words, rule `counted_header`)."""
    word = header.strip()
    if len(word.split()) != 1:
        return ""
    if word in vocabulary().words("counted_abbreviations"):
        return word
    noun = label_noun(word, vocabulary())
    if noun:
        return noun
    folded = fold_lower(word)
    plural = word[:1].isupper() and word[1:].islower() and word.endswith(("s", "x"))
    if not plural or folded in _not_column_nouns():
        return ""
    return word.lower()  # « Établissements », « Projets », « Lauréats »


@cache
def _not_column_nouns() -> frozenset[str]:
    """One-word plural headers that do not say what their numbers count: amounts
    (`money_nouns`, `uncounted_nouns`), units and dates (`not_counted`, `field_not_counted`),
    changes and ranks (`value_headers`, `uncounted_headers`)."""
    words = set(folded_words("money_nouns")) | set(folded_words("uncounted_nouns"))
    words |= set(folded_words("not_counted")) | set(folded_words("field_not_counted"))
    words |= set(folded_words("value_headers")) | set(folded_words("uncounted_headers"))
    return frozenset(words)


def _owned_units(cells: dict[int, StackCell]) -> dict[int, set[str]]:
    """The units the tables' column headers give their own cells, by table top."""
    owned: dict[int, set[str]] = {}
    for cell in cells.values():
        if cell.unit and cell.header and header_unit(cell.header)[0]:
            owned.setdefault(cell.top, set()).add(cell.unit)
    return owned


def misread_weak(text: str, cells: dict[int, StackCell], weak: frozenset[int]) -> set[int]:
    """Rule `column_units`: the starts of the figures read in a table's header unit
    (`spans.bare_cells`: « Masse salariale » / « (M€) » under « Établissements / Salariés /
    ETP ») whose stacked cell has no unit while another column of its table has that unit in
    its own header and the cell's column header names what it counts: the unit is that
    column's, not the table's."""
    owned = _owned_units(cells)
    out = set()
    for cell in cells.values():
        m = _NUMBER_RE.search(text, cell.start, cell.end)
        # only a column that says it counts (« Salariés », « ETP »): « Produits » beside
        # « Résultat » / « (k€) », « Budget 2023 » beside « Budget 2024 » / « (M€) » share the
        # unit line
        if (
            m
            and m.start() in weak
            and not cell.unit
            and owned.get(cell.top)
            and _column_noun(cell.header)
        ):
            out.add(m.start())
    return out
