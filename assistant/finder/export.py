"""Figures as text: a terminal table, CSV (safe to open in a spreadsheet), JSON, and Markdown
with footnotes for the sources. Pure functions of a FigureResults."""

from __future__ import annotations

import csv
import io
import json

from ..errors import InputError
from .rows import FigureResults, FigureRow

FORMATS = ("table", "csv", "json", "md")
CSV_COLUMNS = (
    "text",
    "value",
    "unit",
    "measure",
    "actor",
    "actor_category",
    "year",
    "source",
    "title",
    "kind",
    "date",
    "url",
    "page",
    "page_label",
    "sentence",
)
_UNIT_LABELS = {"pts": "points", "people": "personnes", "years": "ans", "count": "nombre"}
BOM = "\ufeff"  # encoded in UTF-8: EF BB BF
NO_FIGURES = "Aucun chiffre ne correspond à cette recherche."


def safe_cell(value: object) -> str:
    """A CSV cell a spreadsheet shows as text: a leading =, +, -, @ (or tab, CR) would start
    a formula, so it gets a leading apostrophe. A number stays a number (« −2 pts » is -2.0)."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    text = "" if value is None else str(value)
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def to_csv(results: FigureResults, bom: bool = False) -> str:
    """The rows as CSV with a header row; `bom`: start with a UTF-8 byte-order mark, which
    Excel needs to read the accents of a downloaded file (not for text sent down a pipe)."""
    out = io.StringIO()
    if bom:
        out.write(BOM)
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for row in results.figures:
        data = row.to_dict()
        writer.writerow([safe_cell(data[c]) for c in CSV_COLUMNS])
    return out.getvalue()


def to_json(results: FigureResults) -> str:
    return json.dumps(results.to_dict(), ensure_ascii=False, indent=2)


def _md_cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def _source_note(row: FigureRow) -> str:
    parts = [f"*{row.title}*", row.kind, row.date]
    page = f"p. {row.page_label}" + (
        f" (page PDF {row.page})" if row.page_label != str(row.page) else ""
    )
    parts.append(page)
    if row.url:
        parts.append(row.url)
    return ", ".join(p for p in parts if p)


def to_markdown(results: FigureResults) -> str:
    """A Markdown table, each row with a footnote `[^n]` for its source (one per page cited)."""
    if not results.figures:
        return NO_FIGURES + "\n"
    notes: dict[tuple[str, int], int] = {}
    lines = ["| Chiffre | Mesure | Population | Année | Source |", "|---|---|---|---|---|"]
    for row in results.figures:
        n = notes.setdefault((row.source, row.page), len(notes) + 1)
        cells = [row.text, row.measure, row.actor, row.year, f"{row.title}[^{n}]"]
        lines.append("| " + " | ".join(_md_cell(c) for c in cells) + " |")
    by_number = {n: key for key, n in notes.items()}
    first = {(r.source, r.page): r for r in reversed(results.figures)}
    lines.append("")
    lines += [f"[^{n}]: {_source_note(first[by_number[n]])}" for n in sorted(by_number)]
    if results.series:
        lines += ["", "**Séries**", ""] + [f"- {s.label()}" for s in results.series]
    return "\n".join(lines) + "\n"


def _clip(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def to_table(results: FigureResults) -> str:
    """A plain-text table for the terminal, then the count and the series."""
    if not results.figures:
        return NO_FIGURES + "\n"
    lines = []
    for row in results.figures:
        who = _clip(row.actor or "—", 22)
        lines.append(
            f"{_clip(row.text, 14):<14} {who:<22} {_clip(row.year or '—', 9):<9} "
            f"{_clip(row.measure, 48):<48} {_clip(row.title, 34)}, p. {row.page_label}"
        )
    shown = len(results.figures)
    lines.append(f"\n{shown} chiffre(s) affiché(s) sur {results.total}.")
    if results.series:
        lines.append("Séries :")
        lines += [f"  {s.label()}" for s in results.series]
    return "\n".join(lines) + "\n"


def render(results: FigureResults, fmt: str, bom: bool = False) -> str:
    """The results in one of FORMATS; `bom` marks CSV meant to be saved as a file."""
    if fmt not in FORMATS:
        raise InputError(f"Format inconnu : « {fmt} ». Formats acceptés : {', '.join(FORMATS)}.")
    if fmt == "csv":
        return to_csv(results, bom=bom)
    return {"table": to_table, "json": to_json, "md": to_markdown}[fmt](results)
