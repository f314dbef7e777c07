"""How a page's lines make answerable units: prose sentences across wrapped lines, list items
(a bullet, a dash or a number opens the line, or a bullet glyph stands alone on the line before
the item), rows of a slide or a form ("Budget total : 1,6 M€", ended by a line that stops short
of the column's width), label + value pairs of tables and key-figure boxes, the rows of a table
of words that ingest wrote one per line; and short lines (headings, cells, captions: the
section headings are read by headings.py). Punctuation alone cuts prose only: the layout says
where a list item or a row ends."""

from __future__ import annotations

import itertools
import re

from .line_forms import (
    _CONTINUES,
    _CREDIT,
    _DAY_END,
    _ENDS,
    _GLYPH,
    _LABELLED,
    _MONTH_END,
    _MONTH_START,
    _WRAPPED_END,
    _YEAR_START,
    _YEAR_STOP,
    AMOUNT,
    CAPTION,
    HEADING_TAIL,
    NO_VALUE,
    NUMERIC,
    TERMINAL,
    VALUE_AFTER_COLON,
    calls_for_more,
    in_capitals,
    is_heading,
    item_marker,
    without_aside,
    wraps_after,
)


def line_spans(text: str) -> list[tuple[int, int]]:
    out, offset = [], 0
    for line in text.split("\n"):
        out.append((offset, offset + len(line)))
        offset += len(line) + 1
    return out


def fills_column(line: str, width: int) -> bool:
    """Whether a line is long enough for the column of typical `width` (see `typical_width`):
    running text wraps a full line; headings, cells and captions stop short of it."""
    return len(line) >= 0.6 * width


def typical_width(text: str, spans: list[tuple[int, int]]) -> int:
    """The column's width: the median width of the lines a sentence wraps from (the next line
    goes on in lowercase), which are full; with fewer than three of them, the widest of them or
    the third quartile of all widths (a page of slide rows or key figures has few wrapped
    lines, and many short ones)."""
    lines = [text[s:e].strip() for s, e in spans]
    wrapped = sorted(
        len(line) for line, nxt in itertools.pairwise(lines) if line and nxt[:1].islower()
    )
    if len(wrapped) >= 3:
        return max(wrapped[len(wrapped) // 2], 40)
    widths = sorted(len(line) for line in lines if line)
    # One or two wrapped lines: the widest of them, if wider than most lines.
    return max(widths[int(len(widths) * 0.75)] if widths else 0, *wrapped[-1:], 40)


# Each line of a text: (start, end, kind), as `line_kinds` reads them.
Kinds = list[tuple[int, int, str]]
MAX_TITLES = 4  # columns of a table of words written a row per line


def column_titles(header: str) -> frozenset[str]:
    """The column titles a table's header or caption joins with « / » (« Enjeu / Note
    moyenne »)."""
    return frozenset(part.strip() for part in header.split(" / "))


def written_tables(lines: list[str]) -> dict[int, int]:
    """The rows of the tables of words that ingest writes a row per line (ingest/
    text_tables.py): the column titles joined by « / » on one line, then each row, its first
    cell, then the others after their title (« Groupe La Poste — Nature : entreprise »).
    Line index of each row (and header) → line index of its header; two rows at least."""
    out: dict[int, int] = {}
    for i, line in enumerate(lines):
        titles = line.strip().split(" / ")
        if not 2 <= len(titles) <= MAX_TITLES or i in out:
            continue
        said = " ; ".join(f"{re.escape(t)} : [^\n]+?" for t in titles[1:])
        row = re.compile(rf"[^\n—]+? — {said}")
        j = i + 1
        while j < len(lines) and row.fullmatch(lines[j].strip()):
            j += 1
        if j - i > 2:
            out.update(dict.fromkeys(range(i, j), i))
    return out


def line_kinds(text: str, ticks: bool = False) -> Kinds:
    """Each line with its kind: "prose" (part of running text, a list item, a labelled row),
    "short" (heading, table cell, caption, key figure), "row" (a row of a table of words
    written on one line, `written_tables`) or "blank". `ticks`: a tick box opens an item
    (`item_marker`; the figures table's reading)."""
    spans = line_spans(text)
    width = typical_width(text, spans)
    widest = max((e - s for s, e in spans), default=0)
    # What each line is on its own, read once: each is also the line before or after another.
    lines = [text[s:e].strip() for s, e in spans] + [""]
    numeric = [bool(NUMERIC.match(line)) for line in lines]
    written = written_tables(lines) if " / " in text else {}
    out: list[tuple[int, int, str]] = []
    prev, prev_line = "blank", ""
    opened = False  # the line before opened after a break (a heading may stand there)
    for i, (s, e) in enumerate(spans):
        line = lines[i]
        if i in written:
            # A table's header or row written on one line: read as a row of its table
            # (headed_tables.written_rows), neither prose nor cells.
            out.append((s, e, "row"))
            prev, prev_line = "short", line
            continue
        if not line:
            out.append((s, e, "blank"))
            prev, prev_line = "blank", ""
            continue
        nxt = lines[i + 1]
        long_line = fills_column(line, width)
        # « le 7 mai » / « 2020. », « l'année » / « 2014. »: in running text, a date cut before
        # its year, not a label above its figure (« Date de création » / « 2014. » on a slide)
        year_next = (long_line or (prev == "prose" and len(line.split()) > 3)) and (
            bool(_MONTH_END.search(line) and _YEAR_START.match(nxt))
            or bool(_YEAR_STOP.fullmatch(nxt))
        )
        numeric_next = bool(nxt) and numeric[i + 1] and not numeric[i] and not year_next
        open_end = calls_for_more(line)
        continues = (
            line.endswith(_CONTINUES)
            or open_end
            or (bool(nxt) and nxt[:1].islower() and not numeric[i] and not NO_VALUE.fullmatch(nxt))
            or bool(_DAY_END.search(line) and _MONTH_START.match(nxt))  # « le 23 » / « septembre »
            or year_next
        )
        date_tail = bool(_MONTH_START.match(line) and _DAY_END.search(prev_line))
        ends_sentence = bool(TERMINAL.search(line)) and (len(line.split()) > 3 or prev == "prose")
        after_break = prev != "prose" or prev_line.endswith(_ENDS)
        # « La direction scientifique est confiée à Anne » / « Robin. Fondatrice … »: a
        # sentence ending with the next line's first word, not a heading above it.
        heads = (
            after_break
            and nxt[:1].isupper()
            and not open_end
            and not _WRAPPED_END.match(nxt)
            and is_heading(line)
        )
        marker = item_marker(line, prev_line, ticks)
        listed = (marker and marker < len(line)) or bool(_GLYPH.fullmatch(prev_line))
        # « 9. Des territoires pilotes » between two paragraphs is a numbered heading, not a
        # list of one item: no item stands before or after it.
        lone_number = (
            bool(marker)
            and line[:1].isdigit()
            and not item_marker(prev_line, ticks=ticks)
            and not item_marker(nxt, ticks=ticks)
        )
        # « 62 % des répondants sont élus d'une commune de moins de 3 500 » / « habitants » /
        # « 88 % »: a line opening in lowercase after a line of prose that has not ended its
        # sentence ends that sentence; it is no heading and no cell. Right above a figure, only
        # when the line above states an amount itself: otherwise it is the wrapped label of the
        # figure (« … des collectivités et de » / « l'État » / « 44 % »). Not after a colon,
        # not a row of values (« sur le sport : 31 % » / « sur la culture : 28 % »), nor
        # a cell ending on its value (« non daté 57 »).
        # So does a capitalised line after a comma or a linking word (« Ses partenaires
        # sont la Ville, » / « Le Réseau Nord et La Banque Sud »): names go on the sentence.
        tail = (
            prev == "prose"
            and (line[:1].islower() or names_go_on(prev_line, line, nxt))
            and not prev_line.endswith((*_ENDS, ":"))
            and not marker
            and not VALUE_AFTER_COLON.search(prev_line)
            and not VALUE_AFTER_COLON.search(line)
            and not line[-1:].isdigit()
            and (not numeric_next or bool(AMOUNT.search(prev_line)))
        )
        if heads and lone_number:
            kind = "short"
        elif tail:
            kind = "prose"
        elif _GLYPH.fullmatch(line) or (listed and not NUMERIC.match(line[marker:])):
            kind = "prose"  # a list item, or the glyph standing alone before one
        elif CAPTION.match(line) or (
            numeric_next and not without_aside(line).endswith(_CONTINUES + _ENDS)
        ):
            kind = "short"
        elif (
            _LABELLED.match(line)
            or _CREDIT.match(line)
            or (
                (
                    ((long_line or continues) and not _cell_wrap(line, prev, nxt, width, widest))
                    or ends_sentence
                    or date_tail
                )
                and not heads
            )
        ):
            kind = "prose"
        else:
            kind = "short"
        # « Les associations en » / « première ligne » (or « Ce que disent les » /
        # « Habitants ») then a new sentence: a heading wrapped after a linking word, both
        # lines short (`find_headings` reads them as one heading), not the opening of the
        # sentence after them.
        if (
            kind == "prose"
            and prev == "prose"
            and opened
            and wraps_after(prev_line)
            and is_heading(prev_line)
            and len(prev_line.split()) <= 6  # a heading, not a full line of prose
            and ":" not in prev_line
            and (HEADING_TAIL.fullmatch(line) or is_heading(line))
            and len(line.split()) <= 4  # a heading's tail is short and ends its phrase
            and not calls_for_more(line)
            and not nxt[:1].islower()
        ):
            out[-1] = (out[-1][0], out[-1][1], "short")
            kind = "short"
        out.append((s, e, kind))
        prev, prev_line, opened = kind, line, after_break
    return out


# An article or a determiner opening a line: after « … avec les », a line opening on « Les »
# starts something else (a heading), it does not go on the phrase.
DETERMINER_START = re.compile(
    r"(?i:le|la|les|l['’]|un|une|des|du|de|ce|cet|cette|ces|son|sa|ses|leur|leurs|nos|notre)\b"
)


def names_go_on(prev_line: str, line: str, nxt: str) -> bool:
    """Whether a capitalised `line` goes on the sentence `prev_line` left open after a comma or
    a linking word (« … la Ville de Brévannes, » / « Réseau Alpha, Fondation Beta »): not a
    line in capitals (a heading, « NOS ACTIONS »), not the text's last line (a footer), not a
    line opening on an article after a linking word (« … avec les » / « Les chiffres clés »)."""
    if not (prev_line.endswith(",") or wraps_after(prev_line)):
        return False
    if not nxt or in_capitals(line):
        return False
    return prev_line.endswith(",") or not DETERMINER_START.match(line)


def _cell_wrap(line: str, prev: str, nxt: str, width: int, widest: int) -> bool:
    """A short line that goes on to the next one inside a narrow cell (a table's header
    « Part estimant que les partenariats ont un » / « impact fort »), between short lines:
    running text only wraps when its line is full."""
    return (
        prev == "short"
        and len(line) <= 0.5 * widest  # a cell, not a line of the page's running text
        and bool(nxt)
        and not fills_column(nxt, width)
        and not TERMINAL.search(nxt)
        and not line.endswith(_ENDS + _CONTINUES)  # « … autour du RAMEAU : » announces a list
        and not _SENTENCE_INSIDE.search(line)
    )


_SENTENCE_INSIDE = re.compile(r"[.!?…] +[A-ZÀ-Ý]")
