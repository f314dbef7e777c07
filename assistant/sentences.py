"""Prose units of a page: the sentences and list items `layout` leaves once its lines are read
(headings, cells and captions are not units). A row that ends short of the width, a list item
and a line that opens a new sentence end their unit whatever the punctuation."""

from __future__ import annotations

import re

from .layout import Kinds, line_kinds, line_spans, typical_width
from .line_forms import (
    _CONTINUES,
    _CREDIT,
    _GLYPH,
    _LABELLED,
    TERMINAL,
    calls_for_more,
    item_marker,
)

# Where a sentence ends inside a line, unless an abbreviation ends there (« M. », « p. »).
_SENTENCE_END = re.compile(r"(?<=[.!?…])[»”)]?\s+(?=[«A-ZÀ-ÖØ-Þ0-9•¹²³⁴-⁹])")
_ABBREV = re.compile(r"(?:\b(?:M|Mme|MM|p|pp|n°|cf|etc|env|art|éd|vol|dir|Dr|St)|\b[A-Z])\.$")

# A line opening with a figure: a key figure of a box or a slide.
_KEY_FIGURE = re.compile(
    r"^(?:(?:Plus|Près|Moins) de )?[+<>≈~]?(?!(?:19|20)\d\d\b)\d[\d ,.]*\s?(?:%|M€|k€|€)?\s"
)  # not a year: « 2011 ou le rapport … » / « 2012, présentent … » is wrapped prose


# A line opening with a function word in capitals then a word in lowercase (« En septembre »,
# « Les sondés »): a sentence begins; a wrapped line opens in lowercase or with a name
# (« La Poste », « Le RAMEAU »).
_OPENS_SENTENCE = re.compile(
    r"(?:En|Le|La|Les|L[’']|Il|Elle|Ils|Elles|Ce|Cet|Cette|Ces|Dans|Pour|Depuis|Selon|Après|"
    r"Avant|Un|Une|Des|Du|Au|Aux|À|Sur|Par|Avec|Mais|Ainsi|On|Nous|Son|Sa|Ses|Leur|Leurs)"
    r"(?: |(?<=[’']))[a-zà-ÿ]"
)


# A line opening on a qualified number (« Plus de 250 données inventoriées », « Plus de la
# moitié des usagers … »): a key figure or a new sentence
_OPENS_COUNT = re.compile(
    r"(?:Plus|Près|Moins) d(?:e |['’])\s*(?:\d|la moitié|un tiers|un quart|deux tiers|trois quarts)"
)


# A row's label is a short noun phrase (« Budget total », « Leur nombre en France »); a longer
# clause before a colon goes on from the line above (« Lors du FNAF 2019, Gabriel » / « Attal a
# confié une mission à deux personnalités : Cathy … »).
MAX_LABEL_WORDS = 5


# « Collectivités territoriales 89 % »: a table's row, its label then its share (rule
# `share_rows`, the figures table's reading only)
_SHARE_ROW = re.compile(
    r"(?:[A-ZÀ-ÖØ-Þ][^\d\n,;.]{2,50}?\s|[^\W\d_][^\d\n,;.]{2,50}?\s:\s)\d{1,3}(?:,\d+)?\s?%"
)  # « Écoles 40 % », « sur l'emploi : 49 % »; no comma: « Au total, la part … atteint 55 % »
MAX_ROW_LABEL_WORDS = 5  # « Structures d'intérêt général 73 % », not a sentence


def share_row(line: str) -> bool:
    """Whether a line is a table's row of one share: its label (in upper case, a few words),
    then the share."""
    line = line.strip()
    return (
        _SHARE_ROW.fullmatch(line) is not None
        and len(line.split()) <= MAX_ROW_LABEL_WORDS + 3  # the label, « : », the number, « % »
    )


def _row_ends(prev: str, line: str, width: int, rows: bool = False) -> bool:
    """Whether a prose line without a final stop ends its unit: the next line is a labelled
    row ("Durée : 3 ans"), or the line stops well short of the column's width and the next
    opens with a capital or a figure — the rows of a slide or a form, not the wrapped lines of
    a paragraph. A line ending on a word that calls for more never ends its unit."""
    if not prev or TERMINAL.search(prev) or prev.endswith(_CONTINUES):
        return False
    if calls_for_more(prev):
        return False
    if (_LABELLED.match(line) and len(line.split(":", 1)[0].split()) <= MAX_LABEL_WORDS) or (
        _CREDIT.match(line)
    ):
        return True
    if _KEY_FIGURE.match(prev) and _KEY_FIGURE.match(line):
        return True  # key figures, one per line (« 81% des Français : … » / « 92% des maires … »)
    if rows and share_row(prev) and share_row(line):
        return True  # rows of a table, one per line (« Écoles 70 % » / « Fédérations 37 % »)
    if _OPENS_SENTENCE.match(line) or _OPENS_COUNT.match(line):
        # « … du programme PHARE » / « En septembre 2015, le volet … », « Plus de 250 données
        # … »: a new sentence
        return True
    return len(prev) < 0.7 * width and (line[:1].isupper() or line[:1].isdigit())


def segments(
    text: str, kinds: Kinds | None = None, ticks: bool = False
) -> list[tuple[int, int, str]]:
    """(start, end, kind) of each prose unit: "sentence", or "item" for the first sentence of
    a list item (its bullet, dash or number left out); headings, cells and captions are not
    units. A list item, and a row that ends short of the width, end their unit whatever the
    punctuation. `ticks`: a tick box opens an item (`item_marker`; the figures table's
    reading)."""
    out: list[tuple[int, int, str]] = []
    run: list[tuple[int, int]] = []
    item = False

    def flush() -> None:
        nonlocal item
        if not run:
            return
        a, b = run[0][0], run[-1][1]
        start, kind = a, "item" if item else "sentence"
        for m in _SENTENCE_END.finditer(text, a, b):
            if _ABBREV.search(text[start : m.start()].rstrip("»”) ")):
                continue
            out.append((start, m.start(), kind))
            start, kind = m.end(), "sentence"
        out.append((start, b, kind))
        run.clear()
        item = False

    spans = line_spans(text)
    width = typical_width(text, spans)
    prev = ""
    glyph = False  # the line before was a bullet glyph alone
    for s, e, kind in line_kinds(text, ticks) if kinds is None else kinds:
        raw = text[s:e]
        line = raw.strip()
        if kind != "prose":
            flush()
            prev, glyph = "", False
            continue
        if _GLYPH.fullmatch(line):
            flush()
            prev, glyph = line, True
            continue
        marker = item_marker(line, prev, ticks)
        if marker or glyph:
            flush()
            item = True
            s += len(raw) - len(raw.lstrip()) + marker
        elif _row_ends(prev, line, width, ticks):
            flush()
        run.append((s, e))
        prev, glyph = line, False
    flush()
    cleaned = []
    for s, e, kind in out:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e - s >= 3:
            cleaned.append((s, e, kind))
    return cleaned


def split_sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of each prose sentence and list item; headings, cells and captions are
    left out."""
    return [(s, e) for s, e, _ in segments(text)]
