"""The short lines of a page that make units of their own: label + value cells of tables and
key-figure boxes (« Emploi » / « 7,1 »), the rows of a slide or a box written without
bullets, under the line that titles them, and runs of short lines read together. Prose, list
items and headings are `layout`'s; figures written before their words, `key_figures`'."""

from __future__ import annotations

import re

from .key_figures import goes_on, numeric_line, open_ended
from .layout import Kinds, line_kinds
from .line_forms import (
    _CONTINUES,
    CAPTION,
    NO_VALUE,
    NUMERIC,
    TERMINAL,
    calls_for_more,
    in_capitals,
    without_aside,
)


def _wraps(line: str, nxt: str) -> bool:
    """Whether `nxt` goes on from `line` inside one cell (« Part estimant que les partenariats
    ont un » / « impact fort », « Note de priorité (sur » / « 10) »)."""
    return open_ended(line) or nxt[:1].islower() or nxt[:1] == ")"


def _joined(lines: list[str]) -> str:
    """The lines of a table's header, a cell wrapped on two lines read as one."""
    out = lines[:1]
    for line in lines[1:]:
        if _wraps(out[-1], line):
            out[-1] = f"{out[-1]} {line}"
        else:
            out.append(line)
    return " / ".join(out)


def cells(text: str, kinds: Kinds | None = None) -> list[tuple[int, int, str]]:
    """Label + value pairs from runs of short lines (tables, key-figure boxes):
    (start, end, caption). A run that starts with a figure pairs each value with the line
    after it (key-figure boxes), unless it also ends with one: then the figures it starts with
    stand apart (a slide's number) and the rest are table rows, each value paired with the
    line before it."""
    out: list[tuple[int, int, str]] = []
    caption = ""
    run: list[tuple[int, int]] = []

    def numeric(span: tuple[int, int]) -> bool:
        return numeric_line(text, *span)

    def value(span: tuple[int, int]) -> bool:
        """A cell: a figure, or the mark of a missing one (« n.c. », « — »)."""
        return numeric(span) or bool(NO_VALUE.fullmatch(text[span[0] : span[1]].strip()))

    def flush() -> None:
        nonlocal caption
        lines = []
        for span in run:
            if CAPTION.match(text[span[0] : span[1]].strip()):
                caption = text[span[0] : span[1]].strip()
            else:
                lines.append(span)
        run.clear()
        if not lines:
            return
        value_first = numeric(lines[0])
        if value_first and value(lines[-1]):
            # A run that opens and ends on a figure: label / value rows under a number of
            # their own (a page or slide number, « 10 » / « Ce qui compte … » / « Emploi » /
            # « 7,1 »), not figures written before their words.
            while lines and numeric(lines[0]):
                lines = lines[1:]
            value_first = False
            if not lines:
                return
        named = caption
        first = next((j for j, span in enumerate(lines) if numeric(span)), 0)
        if first >= 3:
            # A header row above label / value rows (« Enjeu » / « Note moyenne » / « (sur
            # 10) » / « Emploi » / « 7,1 »): it says what the values are, as a caption does.
            said = [text[a:b].strip() for a, b in lines[:first]]
            top = first - 1  # the first row's label, wrapped on two lines or not
            if top >= 3 and _wraps(said[top - 1], said[top]):
                top -= 1
            header = _joined(said[:top])
            named = f"{caption} — {header}" if caption else header
            lines = lines[top:]
        for j, span in enumerate(lines):
            if not (numeric(span) if value_first else value(span)):
                continue
            if not value_first and j > 0 and value(lines[j - 1]):
                continue  # a row's next value: read with its first (below)
            other = j + 1 if value_first else j - 1
            label = lines[other] if 0 <= other < len(lines) else None
            if label and not value_first and other > 0 and not value(lines[other - 1]):
                above = lines[other - 1]  # a row label wrapped on two lines
                if _wraps(text[above[0] : above[1]].strip(), text[label[0] : label[1]].strip()):
                    label = (above[0], label[1])
            if (
                label
                and not value(label)
                and label[1] - label[0] <= 70
                and not TERMINAL.search(without_aside(text[label[0] : label[1]].strip()))
            ):
                a, b = sorted((span, label))
                figures = [span]
                if not value_first:
                    # A row with one value per column (« Emploi » / « 7,1 » / « 49 % »).
                    while j + 1 < len(lines) and value(lines[j + 1]):
                        j += 1
                        b = lines[j]
                        figures.append(b)
                if any(numeric(f) for f in figures):
                    out.append((a[0], b[1], named))

    kinds = line_kinds(text) if kinds is None else kinds
    value_first = {i for i in range(len(kinds)) if goes_on(text, kinds, i)}
    for i, (s, e, kind) in enumerate(kinds):
        if i in value_first:
            flush()  # a key figure written value first (`key_figures`), not a table's cell
            caption = ""
        elif kind == "short":
            run.append((s, e))
        elif kind in ("prose", "row"):  # a table's row (layout.written_tables) ends it too
            flush()
            caption = ""
    flush()
    return out


def rows(text: str, kinds: Kinds | None = None) -> list[tuple[int, int, str]]:
    """The rows of a slide or a box written without bullets, under the line that titles them
    (« Les trois territoires pilotes » / « Alsace, avec Alsace Active » / « Paris-Est Marne &
    Bois »): (start, end, title) of each. A run of two short lines or more, each opening with
    a capital, none a figure or a label over one (a table's, read by `cells`), none in
    capitals (a heading) nor ending with a page number (a table of contents). Under a title
    that ends with a colon, any short line of two words or more is a row (« Ce total se
    décompose ainsi : » / « 35 % fortement » / « 56 % ni plus ni moins »)."""
    kinds = line_kinds(text) if kinds is None else kinds
    out: list[tuple[int, int, str]] = []
    run: list[tuple[int, int]] = []
    title = ""

    def row(i: int) -> bool:
        s, e, kind = kinds[i]
        line = text[s:e].strip()
        if kind != "short" or len(line.split()) < 2 or NUMERIC.match(line) or CAPTION.match(line):
            return False
        if not announced and calls_for_more(line):
            return False  # a title wrapped after « en », « des » …: no row ends there
        if announced:
            return bool(_LETTER.search(line))  # « … ainsi : » / « 35 % fortement »
        nxt = text[kinds[i + 1][0] : kinds[i + 1][1]].strip() if i + 1 < len(kinds) else ""
        return (
            line[:1].isupper()
            and not NUMERIC.match(nxt)
            and not line[-1:].isdigit()
            and not in_capitals(line, 0.7)
        )

    def flush() -> None:
        if len(run) >= 2 and title:
            out.extend((s, e, title) for s, e in run)
        run.clear()

    announced = False  # the title ends with a colon: the short lines under it are its items
    for i, (s, e, _) in enumerate(kinds):
        if not run:
            announced = title.rstrip().endswith(":")
        if row(i):
            if not run and _title_wraps(title):
                title = f"{title} {text[s:e].strip()}"  # the title wraps onto this line
                continue
            run.append((s, e))
            continue
        flush()
        line = text[s:e].strip()
        if line:
            # a table's row (layout.written_tables) titles no rows under it; a short title
            # wrapped after a word that calls for more goes on in this line (« Les deux
            # quartiers pilotes du « Plan Vélo en » / « Ville » »)
            wraps = _title_wraps(title) and len(title.split()) <= 12
            # the tail of a sentence of running text (« un point d'appui pour penser la
            # suite : comment ») titles nothing either, unless it announces them with a colon
            # (« … trois axes de travail pour » / « la suite du programme : »)
            tail = kinds[i][2] == "prose" and line[:1].islower() and not line.endswith(":")
            if kinds[i][2] == "row" or (tail and not wraps):
                title = ""
            else:
                title = f"{title} {line}" if wraps else line
    flush()
    return out


def _title_wraps(title: str) -> bool:
    """Whether a title goes on in the next line: it ends on a word that calls for more or on
    an opening quote."""
    return bool(title) and (calls_for_more(title) or title.rsplit(" ", 1)[-1] == "«")


RUN_LINES = 5  # the lines of a run read together: a box or a caption, not a whole page


def short_runs(text: str, kinds: Kinds | None = None) -> list[tuple[int, list[str]]]:
    """Runs of three short lines or more read together, in groups of at most `RUN_LINES`:
    the lines of a portfolio caption (« Transformation Tour Bois le Prêtre » / « Paris, 2011 » /
    « Druot, Lacaton & Vassal »), a credits block or a key-figure box written without
    sentences, whose facts no sentence states. (start, lines) of each group. A run with a
    figure or a date alone on its line, or a line without a letter (a chart's axis), is a
    table or a chart: `cells` reads it, or nothing does. A caption (« CHIFFRES CLÉS ») is
    left out."""
    kinds = line_kinds(text) if kinds is None else kinds
    out: list[tuple[int, list[str]]] = []
    run: list[tuple[int, int]] = []
    named: list[tuple[int, int]] = []  # the prose lines right before the run

    def flush() -> None:
        lines = [(s, text[s:e].strip()) for s, e in run]
        lines = [(s, line) for s, line in lines if not CAPTION.match(line)]
        run.clear()
        least = 3
        if len(lines) == 2 and named:
            # « Réhabilitation d'une ancienne » / « école communale » (one phrase) / « Nantes,
            # 2020 » / « Atelier Dupré Architectes »: the phrase names what the two lines credit;
            # under a sentence cut short, the two lines are read together all the same
            start, title = _caption_title(text, named)
            if title:
                lines.insert(0, (start, title))
            elif not TERMINAL.search(text[named[-1][0] : named[-1][1]].strip()):
                least = 2
        if len(lines) < least or any(
            NUMERIC.match(line) or not _LETTER.search(line) for _, line in lines
        ):
            return
        for i in range(0, len(lines), RUN_LINES):
            group = lines[i : i + RUN_LINES]
            if len(group) >= 2:
                out.append((group[0][0], [line for _, line in group]))

    value_first = {i for i in range(len(kinds)) if goes_on(text, kinds, i)}
    for i, (s, e, kind) in enumerate(kinds):
        if kind == "short" and i not in value_first:
            run.append((s, e))
            continue
        # a key figure written value first ends the run: `key_figures` reads it
        after_run = bool(run)
        flush()
        if kind != "prose":
            named = []
        elif after_run or not named:
            named = [(s, e)]  # the first prose line after anything else
        else:
            named = [named[-1], (s, e)]  # the last two lines of prose
    flush()
    return out


# The most characters of a phrase that titles a caption of two short lines.
CAPTION_TITLE = 70


def _caption_title(text: str, lines: list[tuple[int, int]]) -> tuple[int, str]:
    """The last one or two prose lines before a run of two short lines when they make one
    short phrase opening with a capital (no stop, no colon, at most `CAPTION_TITLE`
    characters): the title of a portfolio caption, below the text of the caption before; where
    it starts, and "" for none."""
    spans = lines[-2:]
    last = [text[s:e].strip() for s, e in spans]
    if len(last) == 2 and not (last[0][:1].isupper() and last[1][:1].islower()):
        spans, last = spans[1:], last[1:]  # two lines make one title when the second wraps
    title = " ".join(last)
    if (
        not title[:1].isupper()
        or len(title) > CAPTION_TITLE
        or TERMINAL.search(title)
        or ":" in title
        or calls_for_more(title)
        or title.endswith(_CONTINUES)
    ):
        return 0, ""
    return spans[0][0], title


_LETTER = re.compile(r"[^\W\d_]")
