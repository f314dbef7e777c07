"""The section headings of a page: short capitalised lines with no final stop that head what
follows them; not the first line of a paragraph whose sentence goes on below, nor the column
titles of a table, nor names that go on a sentence cut after a comma or a linking word."""

from __future__ import annotations

from .layout import (
    DETERMINER_START,
    fills_column,
    line_spans,
    names_go_on,
    typical_width,
    written_tables,
)
from .line_forms import (
    CONTENTS_TAIL,
    HEADING_TAIL,
    NUMERIC,
    QUESTION_TAIL,
    is_heading,
    item_marker,
    wraps_after,
)


def find_headings(text: str) -> list[tuple[int, str]]:
    """(offset, line) of lines that look like section headings: short, capitalised, no final
    stop, no sentence ending inside them."""
    found = []
    offset = 0
    lines = text.split("\n")
    # the first line of a paragraph fills the column; a title above a subtitle seldom does
    width = typical_width(text, line_spans(text))
    # the column titles of a table of words written a row per line are no heading
    tabled = written_tables(lines) if " / " in text else {}
    for i, line in enumerate(lines):
        stripped = line.strip()
        # a line going on from a sentence cut after a comma or a linking word is no heading
        # (« Ses partenaires sont la Ville, » / « Le Réseau Nord, La Banque Sud »)
        above = lines[i - 1].strip() if i > 0 else ""
        nxt = lines[i + 1].strip() if i + 1 < len(lines) else ""
        cut = not item_marker(above) and names_go_on(above, stripped, nxt)
        if i not in tabled and not cut and is_heading(stripped):
            short_tail = (
                is_heading(nxt)
                and len(nxt.split()) <= 3
                and len(stripped.split()) <= 6
                and not DETERMINER_START.match(nxt)
            )
            after = lines[i + 2].strip() if i + 2 < len(lines) else ""
            ends = HEADING_TAIL.fullmatch(nxt) or QUESTION_TAIL.fullmatch(nxt)
            tail = bool(ends) and not after[:1].islower()
            if wraps_after(stripped) and (tail or short_tail):
                # « Les clubs sportifs, moteurs des » / « solidarités locales », « Ce que
                # disent les » / « Habitants »: one heading
                stripped = f"{stripped} {nxt}"
            elif (
                nxt[:1].islower()
                and fills_column(stripped, width)
                and not NUMERIC.match(nxt)  # « novembre 2020 »: a date under a title
                and not CONTENTS_TAIL.fullmatch(nxt)  # « collectivités 12 »: contents
                and not (tail and is_heading(f"{stripped} {nxt}"))
            ):
                # « Ce premier volet a interrogé plus de 2 000 » / « personnes. Il … »: the
                # first line of a paragraph, whose sentence goes on below, is no heading
                offset += len(line) + 1
                continue
            found.append((offset, stripped))
        offset += len(line) + 1
    return found
