"""Key figures written value first, their words on the lines below (« 148 000 » /
« associations employeuses … »), one by one or side by side; and the test, shared with the
readers of tables, of a figure alone on its line that the next line goes on from."""

from __future__ import annotations

import re

from .layout import Kinds, line_kinds
from .line_forms import NO_VALUE, NUMERIC, TERMINAL, calls_for_more

# The line after a key figure that goes on from it (« 148 000 » / « associations employeuses
# … »): it opens in lowercase or with an elided article (« d’entre elles … »).
_GOES_ON = re.compile(r"[a-zà-ÿ]|[dlDL][’']")
# Or the quoted words of an answer (« 22 % » / « « depuis peu » »): the quotation is the whole
# line, or goes on to the next; not a testimony (« « Nous manquons de moyens », dit-elle »).
_QUOTED_WORDS = re.compile(r"«[^»]*(?:»\s*)?$")


def numeric_line(text: str, start: int, end: int) -> bool:
    """Whether the line text[start:end] is a figure alone (a value, a date of a table)."""
    return bool(NUMERIC.match(text[start:end].strip()))


def goes_on(text: str, kinds: Kinds, i: int) -> bool:
    """Whether line `i` is a figure alone on its line that the next line goes on from."""
    s, e, _ = kinds[i]
    if not numeric_line(text, s, e) or i + 1 >= len(kinds):
        return False
    nxt = _line(text, kinds, i + 1)
    return (
        bool(nxt)
        and bool(
            _GOES_ON.match(nxt) or (_QUOTED_WORDS.match(nxt) and not _labelled(text, kinds, i))
        )
        and not NUMERIC.match(nxt)
        and not NO_VALUE.fullmatch(nxt)  # « 6,6 » / « n.c. »: the next cell of its row
    )


def _labelled(text: str, kinds: Kinds, i: int) -> bool:
    """Whether the figure on line `i` follows a quoted label of its own (« « Oui » » / « 35 % »
    / « « Non » » / « 65 % »: a table of answers, label first) rather than the quoted words of
    the figure above it (« 22 % » / « « depuis peu » » / « 39 % »)."""
    if i < 1:
        return False
    above = _line(text, kinds, i - 1)
    if not above.startswith("«"):
        return False
    return i < 2 or not numeric_line(text, kinds[i - 2][0], kinds[i - 2][1])


# A key figure's words run over three lines at most, or one more when the third stops
# on a word that calls for more (« … 58 % ni plus ni » / « moins »).
_MAX_MORE = 3


def key_figures(text: str, kinds: Kinds | None = None) -> list[tuple[int, int, str]]:
    """Key figures written value first, their words on the lines below (« 148 000 » /
    « associations employeuses dans le champ de l’étude » / « IMPACT – Associations &
    Territoires »): (start, end, text) of each, from the figure to the last of its lines
    (three at most, and a fourth the third calls for; up to the next figure, a blank line, a
    sentence of its own or the end of the figure's sentence). Figures printed side by side come
    out of the page values first, then their words in the same order (« 148 000 » / « 98 % » /
    « associations employeuses » / « ont un partenaire »): each value takes the caption of its
    rank (`_side_by_side`)."""
    kinds = line_kinds(text) if kinds is None else kinds
    out = []
    paired: set[int] = set()
    for i in range(len(kinds)):
        if i in paired:
            continue
        side = _side_by_side(text, kinds, i)
        if side:
            for value, first, last in side:
                lines = [text[s:e].strip() for s, e, _ in kinds[first : last + 1]]
                words = f"{_line(text, kinds, value)} {' '.join(lines)}"
                out.append((kinds[value][0], kinds[last][1], words))
                paired.update((value, *range(first, last + 1)))
            continue
        if not goes_on(text, kinds, i):
            continue
        end, label_kind = kinds[i + 1][1], kinds[i + 1][2]
        for j, (s, e, kind) in enumerate(kinds[i + 2 : i + 2 + _MAX_MORE], i + 2):
            line = text[s:e].strip()
            if j >= i + 4 and not _called_for(_line(text, kinds, j - 1), line):
                break  # past three lines, only the few words the caption still calls for
            if not line or NUMERIC.match(line) or (line[:1].isupper() and TERMINAL.search(line)):
                break
            if TERMINAL.search(text[kinds[i][0] : end].rstrip()):
                break  # the figure's words end with a sentence: what follows is the text
            if kind == "prose" and label_kind != "prose":
                break  # the box's words are short lines: a line of prose is the text after it
            end = e
        out.append((kinds[i][0], end, text[kinds[i][0] : end]))
    return out


def _called_for(third: str, fourth: str) -> bool:
    """Whether a key figure's fourth line ends the words of its third (« … ni plus ni » /
    « moins »): the third calls for more, the fourth is a few words in lowercase, so no heading
    (« … soit 5 points » / « de plus » / « Méthodologie de l'enquête »)."""
    return open_ended(third) and fourth[:1].islower() and len(fourth.split()) <= _FEW_WORDS


_FEW_WORDS = 3


def open_ended(line: str, nxt: str = "") -> bool:
    """A caption or cell line that goes on in the next: it calls for more or leaves a bracket
    open; or it leaves a quotation open that the next line `nxt` closes (« ont une « envie » /
    « d'agir » »: not a caption whose closing mark is missing or another kind of quote)."""
    return (
        calls_for_more(line)
        or line.count("(") > line.count(")")
        or (line.count("«") > line.count("»") and "»" in nxt.split("«", 1)[0])
    )


def _side_by_side(text: str, kinds: Kinds, i: int) -> list[tuple[int, int, int]]:
    """(value line, first and last words line) of figures printed side by side from line
    `i`: two to four figures alone on their lines, then as many captions that go on from a
    figure, each on one line or wrapped (a line that calls for more or leaves a bracket open
    goes on in the next: « associations employeuses composent le » / « champ de l'étude »)."""

    def figure(j: int) -> bool:
        return numeric_line(text, kinds[j][0], kinds[j][1])

    if i > 0 and figure(i - 1):
        return []
    n = 0
    while i + n < len(kinds) and figure(i + n):
        n += 1
    if not 2 <= n <= 4:
        return []

    def caption(j: int) -> bool:
        line = _line(text, kinds, j)
        return bool(line) and not figure(j) and bool(_GOES_ON.match(line) or line[:1] == "«")

    captions: list[tuple[int, int]] = []
    j = i + n
    while len(captions) < n and j < len(kinds) and caption(j):
        first = j
        line = _line(text, kinds, j)
        while j + 1 < len(kinds) and open_ended(line, _line(text, kinds, j + 1)):
            j += 1
            line = _line(text, kinds, j)
        captions.append((first, j))
        j += 1
    if len(captions) < n or any(not caption(a) or figure(b) for a, b in captions):
        # Captions that cannot be told apart: one line each, in the figures' order.
        lines = range(i + n, i + 2 * n)
        if i + 2 * n > len(kinds) or not all(caption(j) for j in lines):
            return []
        if any(open_ended(_line(text, kinds, j), _line(text, kinds, j + 1)) for j in lines[:-1]):
            return []  # one caption wrapped onto the next line: not one line each
        captions = [(j, j) for j in range(i + n, i + 2 * n)]
    return [(v, a, b) for v, (a, b) in zip(range(i, i + n), captions, strict=True)]


def _line(text: str, kinds: Kinds, j: int) -> str:
    """Line `j`, stripped."""
    return text[kinds[j][0] : kinds[j][1]].strip()
