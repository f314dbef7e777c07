"""How a page's lines make answerable units: prose sentences across wrapped lines, list items
(a bullet, a dash or a number opens the line, or a bullet glyph stands alone on the line before
the item), rows of a slide or a form ("Budget total : 1,6 M€", ended by a line that stops short
of the column's width), label + value pairs of tables and key-figure boxes; and headings.
Punctuation alone cuts prose only: the layout says where a list item or a row ends."""

from __future__ import annotations

import re

from .text import MONTHS, STOP_WORDS, fold

_HEADING = re.compile(r"^(?:[0-9IVX]+[.)]\s+)?[A-ZÀ-ÖØ-Þ«][^\n]{2,90}$")


def find_headings(text: str) -> list[tuple[int, str]]:
    """(offset, line) of lines that look like section headings: short, capitalised, no final stop."""
    found = []
    offset = 0
    for line in text.split("\n"):
        stripped = line.strip()
        if (
            _HEADING.match(stripped)
            and len(stripped.split()) <= 12
            and not stripped.endswith((".", ",", ";", ":", "…"))
            and not re.search(r"\d\s*%|\bp\.\s*\d", stripped)
        ):
            found.append((offset, stripped))
        offset += len(line) + 1
    return found


_SENTENCE_END = re.compile(r"(?<=[.!?…])[»”)]?\s+(?=[«A-ZÀ-ÖØ-Þ0-9•])")
_ABBREV = re.compile(r"(?:\b(?:M|Mme|MM|p|pp|n°|cf|etc|env|art|éd|vol|dir|Dr|St)|\b[A-Z])\.$")
_CONTINUES = (",", ";", ":", "-", "–", "(", "«", "’", "'")
_ENDS = (".", "!", "?", "…", "»", ")", "”")
_TERMINAL = re.compile(r"[.!?…][»”)]*$")
_NUMERIC = re.compile(
    r"^[+<>≈~]?\s*(?:de\s)?[\d\s.,]+\s*(?:%|€|M€|k€|/\s?10|ans?|millions?)?$"
    rf"|^(?:(?:\d{{1,2}}|1er)\s)?(?:{MONTHS})\.?\s\d{{4}}$",  # dates in tables
    re.I,
)
_CAPTION = re.compile(r"^(?:Tableau|Figure|Graphique|Encadré|Chiffres clés)\b", re.I)


def _lines(text: str) -> list[tuple[int, int]]:
    out, offset = [], 0
    for line in text.split("\n"):
        out.append((offset, offset + len(line)))
        offset += len(line) + 1
    return out


def _typical_width(text: str, spans: list[tuple[int, int]]) -> int:
    widths = sorted(e - s for s, e in spans if text[s:e].strip())
    return max(widths[int(len(widths) * 0.75)] if widths else 0, 40)


def line_kinds(text: str) -> list[tuple[int, int, str]]:
    """Each line with its kind: "prose" (part of running text), "short" (heading, table cell,
    caption, key figure) or "blank"."""
    spans = _lines(text)
    width = _typical_width(text, spans)
    out: list[tuple[int, int, str]] = []
    prev, prev_line = "blank", ""
    for i, (s, e) in enumerate(spans):
        line = text[s:e].strip()
        if not line:
            out.append((s, e, "blank"))
            prev, prev_line = "blank", ""
            continue
        nxt = text[spans[i + 1][0] : spans[i + 1][1]].strip() if i + 1 < len(spans) else ""
        long_line = len(line) >= 0.6 * width
        numeric_next = bool(nxt) and bool(_NUMERIC.match(nxt)) and not _NUMERIC.match(line)
        last_word = fold(line.rsplit(" ", 1)[-1].lower())
        continues = (
            line.endswith(_CONTINUES)
            or last_word in STOP_WORDS
            or (bool(nxt) and nxt[:1].islower() and not _NUMERIC.match(line))
        )
        ends_sentence = bool(_TERMINAL.search(line)) and (len(line.split()) > 3 or prev == "prose")
        after_break = prev != "prose" or prev_line.endswith(_ENDS)
        is_heading = (
            bool(find_headings(line))
            and after_break
            and nxt[:1].isupper()
            and last_word not in STOP_WORDS
        )
        if _CAPTION.match(line) or (numeric_next and not line.endswith(_CONTINUES + _ENDS)):
            kind = "short"
        elif (long_line or continues or ends_sentence) and not is_heading:
            kind = "prose"
        else:
            kind = "short"
        out.append((s, e, kind))
        prev, prev_line = kind, line
    return out


def split_sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of each prose sentence; headings, cells and captions are left out."""
    out: list[tuple[int, int]] = []
    run: list[tuple[int, int]] = []

    def flush() -> None:
        if not run:
            return
        a, b = run[0][0], run[-1][1]
        start = a
        for m in _SENTENCE_END.finditer(text, a, b):
            if _ABBREV.search(text[start : m.start()].rstrip("»”) ")):
                continue
            out.append((start, m.start()))
            start = m.end()
        out.append((start, b))
        run.clear()

    for s, e, kind in line_kinds(text):
        if kind == "prose":
            run.append((s, e))
        else:
            flush()
    flush()
    cleaned = []
    for s, e in out:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e - s >= 3:
            cleaned.append((s, e))
    return cleaned


def cells(text: str) -> list[tuple[int, int, str]]:
    """Label + value pairs from runs of short lines (tables, key-figure boxes):
    (start, end, caption). A run that starts with a figure pairs each value with the line
    after it (key-figure boxes); otherwise with the line before it (table rows)."""
    out: list[tuple[int, int, str]] = []
    caption = ""
    run: list[tuple[int, int]] = []

    def numeric(span: tuple[int, int]) -> bool:
        return bool(_NUMERIC.match(text[span[0] : span[1]].strip()))

    def flush() -> None:
        nonlocal caption
        lines = []
        for span in run:
            if _CAPTION.match(text[span[0] : span[1]].strip()):
                caption = text[span[0] : span[1]].strip()
            else:
                lines.append(span)
        run.clear()
        if not lines:
            return
        value_first = numeric(lines[0])
        for j, span in enumerate(lines):
            if not numeric(span):
                continue
            other = j + 1 if value_first else j - 1
            label = lines[other] if 0 <= other < len(lines) else None
            if (
                label
                and not numeric(label)
                and label[1] - label[0] <= 70
                and not _TERMINAL.search(text[label[0] : label[1]].strip())
            ):
                a, b = sorted((span, label))
                out.append((a[0], b[1], caption))

    for s, e, kind in line_kinds(text):
        if kind == "short":
            run.append((s, e))
        elif kind == "prose":
            flush()
            caption = ""
    flush()
    return out
