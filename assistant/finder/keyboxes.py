"""Key-figure boxes printed side by side (rule `box_columns`): pypdf reads the figures of the
boxes first, one per line, then their captions (« 69 % / 7,1 / 10 / 49 % / des Français voient
dans / l'alliance entre acteurs un devoir / l'importance accordée à l'emploi, / enjeu n° 1 /
jugent fort l'impact des / partenariats sur l'emploi »). The page is read with each caption
moved under its figure, so that the figure is read with the words that say what it counts; the
rows keep the positions the figures have on the page as printed."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache
from typing import NamedTuple

from ..line_forms import calls_for_more
from ..text import fold_in_place
from .headings import MONTHS_FOLDED
from .rows import FigureRow
from .spelled import number_value
from .vocabulary import folded_alternation

MIN_BOXES, MAX_BOXES = 2, 6  # figures side by side in one row of boxes
MAX_CAPTION_LINES = 4  # lines of one caption
MAX_NUMBER_WORD = len("cinquante")  # the longest number word of figure_words.toml
# A figure alone on its line: a share, a mark, an amount, a duration or a bare count.
_FIGURE_LINE_RE = re.compile(
    r"(?:(?:plus|près|moins) de |\+ ?de )?[+<>≈~]?\d[\d  ]*(?:,\d+)?\s*"
    r"(?:%|/\s*10|M€|k€|€|millions? d['’]euros|ans?)?",
    re.I,
)
_CONTINUES = (",", "(", "«", "-", "–", "'", "’")
_SHAPE_RE = re.compile(r"\d+")  # a figure's shape: its digits collapsed (« 6,3 » → « 9,9 »)


def _figure_line(line: str) -> bool:
    """A figure alone on its line, in digits or in one word (« Onze » over « territoires
    pionniers »)."""
    if _FIGURE_LINE_RE.fullmatch(line) is not None:
        return True
    return 2 < len(line) <= MAX_NUMBER_WORD and " " not in line and number_value(line) > 0


def _caption_line(line: str) -> bool:
    """A caption line: words opening in lower case (quotes aside), no digit at its start."""
    head = line.lstrip("«“ \u00a0")
    return bool(head) and head[:1].islower() and not _FIGURE_LINE_RE.fullmatch(line)


def goes_on(line: str, caption: str = "") -> bool:
    """Whether a caption line goes on in the next one (« des Français voient dans »), or the
    caption so far opens a quotation it has not closed (« des Français évoquent un « devoir »
    / « d'alliance » », rule `open_quote`)."""
    return line.endswith(_CONTINUES) or calls_for_more(line) or _open_quote(caption or line)


def _open_quote(caption: str) -> bool:
    return caption.count("«") > caption.count("»") or caption.count("“") > caption.count("”")


class Captions(NamedTuple):
    """The caption lines under a row of boxes (indexes into the lines read): one group per
    box, the lines left over (read after the boxes), and whether each caption's lines are read
    as one line (read across the boxes, or told apart by their openings)."""

    groups: list[list[int]]
    rest: list[int]
    joined: bool


def _captions(lines: list[str], count: int) -> Captions | None:
    """The caption lines split into `count` captions: where a line does not go on, else in
    equal parts, else read across the boxes (`_across`); None when none of them gives `count`
    captions. (Equal parts and across cannot be told apart from the text alone: « le champ de /
    l'étude / d'entre elles … / partenariale » is two captions one after the other, « devoir
    d'alliance / territoire engagé / maires, 2016 / maires, IMPACT » two read across; the first
    reading was there first and is kept.)"""
    groups: list[list[int]] = []
    for i in range(len(lines)):
        if groups and goes_on(lines[groups[-1][-1]], " ".join(lines[j] for j in groups[-1])):
            groups[-1].append(i)
        else:
            groups.append([i])
    if len(groups) == count and all(len(g) <= MAX_CAPTION_LINES for g in groups):
        return Captions(groups, [], False)
    opened = _by_openings(lines, count)
    if opened is not None:
        return opened
    if len(lines) % count == 0 and len(lines) // count <= MAX_CAPTION_LINES:
        size = len(lines) // count
        return Captions([list(range(k, k + size)) for k in range(0, len(lines), size)], [], False)
    return _across(lines, count)


# What opens the caption of a share (« des Français … », « d'entre eux … », « du budget … »).
_OPENING_RE = re.compile(r"^(?:des|du|de|d['’])\b", re.I)


def _by_openings(lines: list[str], count: int) -> Captions | None:
    """Rule `box_caption_openings`: when exactly `count` lines open like the caption of a
    share (« des Français parlent d'un / « devoir d'alliance » / des dirigeants d'entreprise /
    voient dans … »), the first among them, each caption runs from one to the next."""
    starts = [i for i, line in enumerate(lines) if _OPENING_RE.match(line)]
    if len(starts) != count or starts[0] != 0:
        return None
    ends = [*starts[1:], len(lines)]
    groups = [list(range(a, b)) for a, b in zip(starts, ends, strict=True)]
    if any(len(g) > MAX_CAPTION_LINES for g in groups):
        return None
    return Captions(groups, [], True)


def _across(lines: list[str], count: int) -> Captions | None:
    """Rule `box_captions_across`: captions read line by line across the row of boxes, the
    first line of every caption, then the second of every caption… (« dotation du Fonds ODD 17
    / catalyseurs territoriaux / données inventoriées / des élus locaux veulent / pour une
    expérimentation / mobilisés par le Fonds / … »). The first `count` lines are the captions'
    first lines, in order; each further run of `count` lines adds a line to each caption; a
    shorter run left (a caption ended sooner, two captions read as one line) cannot be told
    apart and is read after the boxes (`rest`). None when there are fewer lines than boxes, or
    more than the captions can hold."""
    if len(lines) < count or len(lines) > count * MAX_CAPTION_LINES:
        return None
    rows = len(lines) // count
    groups = [[r * count + f for r in range(rows)] for f in range(count)]
    return Captions(groups, list(range(rows * count, len(lines))), True)


def _ends_stack(lines: list[str], i: int) -> bool:
    """Rule `stack_last_value`: whether the figure line `i` is the value of the label above it
    in a table read one cell per line (« Environnement / 6,3 / Exclusion / 6,3 / 69 % / des
    Français estiment … »): a figure, then a label opening in upper case, then this one, of the
    same shape as the first. The key figure after it is no box beside it."""
    if i < 2:
        return False
    label, value = lines[i - 1].strip(), lines[i - 2].strip()
    if not (_figure_line(value) and label[:1].isupper() and not _figure_line(label)):
        return False
    # the same shape as the value above its label (« 6,3 » / « 6,3 »), not a page number, a
    # year or a figure of another kind above a heading (« 12 » / « Les cyclistes » / « 58 % »)
    return _SHAPE_RE.sub("9", value) == _SHAPE_RE.sub("9", lines[i].strip())


@cache
def _open_end_re() -> re.Pattern[str]:
    return re.compile(rf"(?:^|\s)(?:{folded_alternation('open_line_endings')}|{MONTHS_FOLDED})$")


def _continues_above(lines: list[str], i: int) -> bool:
    """Rule `open_line_value`: whether the figure line `i` ends the phrase the line above
    leaves open (« … une expérimentation sur » / « 3 ans », « créée le 14 juin » / « 2022 »):
    it is no box of a row of boxes."""
    return i > 0 and _open_end_re().search(fold_in_place(lines[i - 1].strip())) is not None


def unstack_boxes(text: str) -> tuple[str, list[tuple[int, int, int]]]:
    """The page text with each caption of a row of boxes moved under its figure, and the lines
    of the boxes as (start in the new text, end, shift back to the page); the text itself and
    [] when the page has no such row."""
    lines = text.split("\n")
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line) + 1)
    order = list(range(len(lines)))
    boxed = [False] * len(lines)
    joined: set[int] = set()  # caption lines read as one with the line above them
    i, moved = 0, False
    while i < len(lines):
        j = i
        while j < len(lines) and j - i < MAX_BOXES and _figure_line(lines[j].strip()):
            j += 1
        count = j - i
        if count >= MIN_BOXES and (_ends_stack(lines, i) or _continues_above(lines, i)):
            # the first figure is the last value of a stacked table, or ends the phrase above
            i += 1
            continue
        k = j
        # the captions are read under two figures or more only (read under every line, a
        # paragraph's lines were read again from each of them: quadratic)
        while count >= MIN_BOXES and k < len(lines) and _caption_line(lines[k].strip()):
            k += 1
        captions = None
        if count >= MIN_BOXES and k - j >= count:
            captions = _captions([s.strip() for s in lines[j:k]], count)
        if captions is None:
            i = max(j, i + 1)
            continue
        groups = captions.groups
        block = [n for f in range(count) for n in [i + f, *(j + c for c in groups[f])]]
        block += [j + c for c in captions.rest]
        if captions.joined:  # a caption's lines, put back together, read as one
            joined.update(j + c for f in range(count) for c in groups[f][1:])
        order[i:k] = block
        boxed[i:k] = [True] * (k - i)
        moved, i = True, k
    if not moved:
        return text, []
    shifts, pos = [], 0
    for at, n in enumerate(order):
        end = pos + len(lines[n])
        if boxed[at]:  # every line of a box, moved or not
            shifts.append((pos, end, starts[n] - pos))
        pos = end + 1
    ends = ["" if at == 0 else " " if n in joined else "\n" for at, n in enumerate(order)]
    return "".join(end + lines[n] for end, n in zip(ends, order, strict=True)), shifts


def in_boxes(pos: int, shifts: list[tuple[int, int, int]]) -> bool:
    """Whether `pos` of the unstacked text is in a row of boxes (its captions are no table)."""
    return any(a <= pos <= b for a, b, _ in shifts)


def printed_at(pos: int, shifts: list[tuple[int, int, int]]) -> int:
    """Where the page prints what the unstacked text holds at `pos`."""
    return pos + next((d for a, b, d in shifts if a <= pos < b), 0)


def as_printed(rows: list[FigureRow], shifts: list[tuple[int, int, int]]) -> list[FigureRow]:
    """`rows` with their positions moved back to where the page prints them."""
    if not shifts:
        return rows
    out = []
    for row in rows:
        start = printed_at(row.start, shifts)
        out.append(replace(row, start=start, end=row.end + start - row.start))
    return out
