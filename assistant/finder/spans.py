"""How the figures of a page are grouped for reading: by the prose sentence that holds them, or
by their line when it is a table row (« Recyclage et/ou valorisation 57% 59% 58% », a cell of a
stacked table, a row of a year-column table); and the reading of a plain table row."""

from __future__ import annotations

import bisect
import itertools
import re

from ..line_forms import TERMINAL
from ..sentences import split_sentences
from ..text import fold_in_place
from .captions import note_line
from .cells import cell_figures, labelled_row, table_head
from .columns import ColumnRow
from .detect import Found, detect
from .keyboxes import MAX_CAPTION_LINES, goes_on
from .parts import Context
from .stacks import StackCell
from .vocabulary import vocabulary

MAX_FIGURES_PER_PAGE = 5000  # pages of accounts: past this, the rest of the page is left out
# A "sentence" longer than this is lines run together (a table read as prose): read its lines.
MAX_READ_CHARS = 1500
# A table's header line: years only (« 2018 2017 2016 »), or a label then the years
# (« Filières de traitement des déchets 2018 2017 2016 »).
_YEARS_LINE_RE = re.compile(r"(?P<label>(?:.*?\D)??)\s*(?P<years>(?:(?:19|20)\d\d\s*){2,})")


def _row_lines(text: str, figures: list[Found]) -> set[tuple[int, int]]:
    """Lines that end in two or more figures with only spaces between them (« Recyclage et/ou
    valorisation 57% 59% 58% »): table rows, even when pypdf runs them into a sentence."""
    by_line: dict[tuple[int, int], list[Found]] = {}
    for fig in figures:
        span = (text.rfind("\n", 0, fig.start) + 1, _line_end(text, fig.end))
        by_line.setdefault(span, []).append(fig)
    out = set()
    for (a, b), figs in by_line.items():
        gaps = [text[x.end : y.start] for x, y in itertools.pairwise(figs)]
        if (
            len(figs) >= 2
            and not text[figs[-1].end : b].strip()
            and all(not g.strip() for g in gaps)
            and text[a : figs[0].start].strip()
        ):
            out.add((a, b))
    return out


def spans(
    text: str,
    figures: list[Found],
    columns: dict[int, ColumnRow],
    stacks: dict[int, StackCell] | None = None,
    sentences: list[tuple[int, int]] | None = None,
) -> list[tuple[int, int, list[Found]]]:
    """Figures grouped by the prose sentence (`sentences`, else the page's, split here), or
    else the line (a table row), that holds them."""
    sentences = split_sentences(text) if sentences is None else sentences
    starts = [s for s, _ in sentences]
    rows = _row_lines(text, figures) | {(r.start, r.end) for r in columns.values()}
    rows |= {(c.start, c.end) for c in (stacks or {}).values()}
    groups: dict[tuple[int, int], list[Found]] = {}
    for fig in figures:
        k = bisect.bisect_right(starts, fig.start) - 1
        line = (text.rfind("\n", 0, fig.start) + 1, _line_end(text, fig.end))
        if line in rows:
            span = line
        elif (
            k >= 0
            and sentences[k][0] <= fig.start
            and fig.end <= sentences[k][1]
            and sentences[k][1] - sentences[k][0] <= MAX_READ_CHARS
        ):
            span = sentences[k]
        else:
            span = _key_figure(text, line, fig)
        groups.setdefault(span, []).append(fig)
    return sorted((a, b, figs) for (a, b), figs in groups.items())


# A key figure said as a floor or an estimate (« + de 1 380 », « Plus de 250 », « près de
# 2 000 »): the figure without its qualifier (rule `qualified_key_figure`)
_QUALIFIED_RE = re.compile(r"^(?:\+\s*de|plus\s+de|près\s+de|moins\s+de|environ|[≈~])\s*", re.I)


def _key_figure(text: str, line: tuple[int, int], fig: Found) -> tuple[int, int]:
    """A figure alone on its line, the words it counts on the next one (« 81 % » / « des
    Français : » / « un devoir d'alliance »), and on the lines after it while a line goes on
    (« des Français voient dans » / « l'alliance entre acteurs un devoir »): the lines read as
    one sentence; else its line."""
    a, b = line
    alone = text[a:b].strip()
    if b >= len(text) or (
        alone != fig.text and _QUALIFIED_RE.sub("", alone) != fig.text  # « + de 1 380 »
    ):
        return line
    end = _line_end(text, b + 1)
    nxt = text[b + 1 : end].strip()
    if not nxt.lstrip("«“ …")[:1].islower() or (
        any(c.isdigit() for c in nxt) and _other_figures(nxt)
    ):
        return line  # (« cibles rattachées à l'ODD 17 » holds a number, no figure)
    if nxt.endswith(":") and end < len(text):  # « des Français : » then what they say
        after = _line_end(text, end + 1)
        if text[end + 1 : after].strip()[:1].isalpha() and not re.search(r"\d", text[end:after]):
            end = after
    for _ in range(MAX_CAPTION_LINES - 1):  # rule `caption_lines`
        after = _line_end(text, end + 1)
        last = text[text.rfind("\n", 0, end) + 1 : end].rstrip()
        following = text[end + 1 : after]
        if end >= len(text) or not (
            goes_on(last, text[b + 1 : end]) or _lower_goes_on(last, following)
        ):
            break
        if detect(following):  # the next line holds a figure: another box (the costly check last)
            break
        end = after
    return a, end


# « 91 % » / « des 302 maires interrogés voient leur … »: the caption opens on the headcount of
# the population the key figure is a share of (rule `base_headcount`)
_BASE_OPENING_RE = re.compile(r"(?:des|de)\s+(?P<n>\d{1,3}(?:[ \u00a0\u202f]\d{3})*)\s+[^\W\d_]")


def _other_figures(caption: str) -> bool:
    """Whether a caption line holds a figure of its own (another box), other than the
    headcount it opens on."""
    figs = detect(caption)
    base = _BASE_OPENING_RE.match(caption)
    return bool(figs) and not (base and len(figs) == 1 and figs[0].start == base.start("n"))


def _lower_goes_on(last: str, nxt: str) -> bool:
    """Rule `lower_caption_line`: a caption line that ends no sentence goes on in a next line
    opening in lower case (« des maires voient dans les » / « partenariats une source » /
    « d'innovation. »); a line opening in upper case is the box's source or the next box, and a
    closed quotation ends a caption (« des Français évoquent un « devoir » »)."""
    if TERMINAL.search(last) or last.endswith(("»", "”")) or note_line(nxt):
        return False  # « source : … », « www.… »: a note about the figure, no caption
    return nxt.strip().lstrip("«“ ")[:1].islower()


def _line_end(text: str, pos: int) -> int:
    end = text.find("\n", pos)
    return len(text) if end < 0 else end


def _column_years(text: str, line_start: int, count: int) -> tuple[list[str], str]:
    """Years of a table's header line above a row of `count` figures (« 2018 2017 2016 »), and
    the header's label before them (« Filières de traitement des déchets »)."""
    pos = line_start
    for _ in range(6):
        if pos <= 0:
            break
        prev = text.rfind("\n", 0, pos - 1) + 1
        m = _YEARS_LINE_RE.fullmatch(text[prev : pos - 1])
        if m:
            years = m.group("years").split()
            return (years, m.group("label").strip(" :–-")) if len(years) == count else ([], "")
        pos = prev
    return [], ""


def table_row(text: str, a: int, b: int, figs: list[Found], doc_year: str) -> list[Context]:
    """A table row: its label before the first figure and the header's label are the measure,
    the population either names is the actor; years from the header."""
    label = re.sub(r"\s+", " ", text[a : figs[0].start]).strip(" :–-")
    years, header = _column_years(text, a, len(figs))
    measure = f"{label} — {header}" if label and header else label
    actor, category = "", ""
    for source in (label, header):
        found = vocabulary().actors(fold_in_place(source))
        if found:
            actor, category = source[found[0].start : found[0].end], found[0].category
            break
    out = []
    for i, _fig in enumerate(figs):
        year, source = (
            (years[i], "tableau") if years else ((doc_year, "document") if doc_year else ("", ""))
        )
        out.append(Context(actor, category, measure, year, source))
    return out


def bare_cells(text: str, figures: list[Found]) -> list[Found]:
    """Bare numbers in table cells whose header gives their unit (« Note sur 10 », « (K€) »),
    alone on their line or after their row's label."""
    taken = {f.start for f in figures}
    out: list[Found] = []
    pos = 0
    for line in text.split("\n"):
        start, pos = pos, pos + len(line) + 1
        # a cell line, or a row's label then its cells (« Jugent urgent … 86 84 »)
        if not (line.strip()[:1].isdigit() or labelled_row(line)):
            continue
        if len(out) > MAX_FIGURES_PER_PAGE:
            continue
        head = table_head(text, start)
        if head is not None:
            out += [
                f
                for f in cell_figures(text, start, start + len(line), head)
                if f.start not in taken
            ]
    return out
