"""Pure pieces of the « Chiffres » tab: filter choices from the table's facets, the form's values
→ a FigureQuery, the rows of the results table, the detail card of one figure (its sentence,
page preview and PDF link), the series chart's data and the texts of the two exports."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any, Literal
from urllib.parse import quote

import pandas as pd

from assistant.finder.browse import Facets
from assistant.finder.export import to_csv, to_markdown
from assistant.finder.rows import FigureQuery, FigureResults, FigureRow, Series

from .cards import highlight
from .fmt import esc, esc_md, format_date, kind_label, page_text, pdf_url

LIMIT = 200  # rows shown (and exported) per search; the count says how many matched in all
ANY = ""  # the « all » choice of every filter
HEADERS = ["N°", "Chiffre", "Mesure", "Population", "Année", "Document", "Page"]
DATATYPES: list[Literal["number", "str"]] = ["number", "str", "str", "str", "str", "str", "str"]
UNIT_LABELS = {
    "%": "pourcentages (%)",
    "pts": "écarts en points (pts)",
    "€": "montants (€)",
    "/10": "notes sur 10",
    "people": "personnes",
    "years": "durées (années)",
    "count": "effectifs (nombres)",
}
AXIS_UNITS = {
    "pts": "points",
    "people": "personnes",
    "years": "années",
    "count": "nombre",
    "/10": "note sur 10",
}
CHART_SERIES = 5  # lines on the chart at most (the most relevant, or the most recent)
NO_TABLE = (
    "Ce corpus n'a pas encore de table des chiffres : relancez « assistant ingest » pour relever "
    "les chiffres des publications."
)
NO_FIGURES = "Ce corpus ne contient aucun chiffre : aucune publication indexée n'en imprime."
NOTHING = "Aucun chiffre ne correspond à cette recherche : retirez un filtre ou changez les mots."
DETAIL_HINT = (
    '<p class="figure-hint">Choisissez une ligne du tableau (clic, ou Entrée sur une cellule) '
    "pour voir la phrase, l'aperçu de la page et le lien vers le PDF.</p>"
)


def _counted(values: Sequence[tuple[str, int]], labels: dict[str, str] | None = None) -> list:
    return [((labels or {}).get(v, v) + f" ({n})", v) for v, n in values]


def filter_choices(f: Facets) -> dict[str, list[tuple[str, str]]]:
    """Dropdown choices (label, value) for each filter: only values the table holds, with their
    number of figures, after an « all » choice."""
    years = [(str(y), str(y)) for y in f.years]
    return {
        "actor": [("toutes", ANY), *_counted(f.actors)],
        "kind": [("tous", ANY), *_counted(f.kinds)],
        "unit": [("toutes", ANY), *_counted(f.units, UNIT_LABELS)],
        "since": [("indifférent", ANY), *years],
        "until": [("indifférent", ANY), *years],
    }


def _year(value: Any) -> int | None:
    text = str(value or "").strip()
    return int(text) if text.isdigit() else None


def make_query(words: str, actor: str, kind: str, unit: str, since: Any, until: Any) -> FigureQuery:
    """The form's values as a query (the « all » choices as no filter)."""
    return FigureQuery(
        words=(words or "").strip(),
        actor=actor or "",
        kind=kind or "",
        unit=unit or "",
        since=_year(since),
        until=_year(until),
        limit=LIMIT,
    )


def table_rows(results: FigureResults) -> list[list[Any]]:
    """One line per figure: N° (its place in the results), figure, measure, population, year,
    document, printed page."""
    return [
        [n, r.text, r.measure, r.actor or "—", r.year or r.date[:4] or "—", r.title, r.page_label]
        for n, r in enumerate(results.figures, start=1)
    ]


def status_text(results: FigureResults, query: FigureQuery) -> str:
    if not results.figures:
        return NOTHING
    order = (
        "les plus pertinents d'abord, puis les plus récents"
        if query.words
        else "les plus récents d'abord"
    )
    shown, total = len(results.figures), results.total
    count = f"{shown} chiffre{'s' if shown > 1 else ''}"
    more = f" sur {total}" if total > shown else ""
    return f"{count}{more} ({order}). Le menu ⋮ d'un en-tête de colonne trie le tableau."


def figure_preview_url(row: FigureRow) -> str:
    """The page image with the figure boxed inside its highlighted sentence."""
    return f"preview/{quote(row.source)}/{int(row.page)}.png?figure={int(row.start)}&focus=1"


def detail_html(row: FigureRow, n: int) -> str:
    """One figure: what it measures, who, when, its sentence (the figure marked), the page
    preview and the link that opens the PDF at its page."""
    cite = {"page": row.page, "page_label": row.page_label}
    link = esc(pdf_url(row.source, row.page))
    title = esc(row.title or row.source)
    who = esc(row.actor) if row.actor else "non précisée"
    when = f" · {esc(row.year)}" if row.year else ""
    return (
        f'<article class="source-card figure-card" id="figure-detail" tabindex="-1" '
        f'aria-label="Chiffre n° {n}">'
        f'<h3><span class="num">{esc(row.text)}</span> {esc(row.measure)}</h3>'
        f'<p class="meta">Population : {who}{when}</p>'
        f'<p class="meta">{title} — {esc(kind_label(row.kind))} · '
        f"{esc(format_date(row.date))} · {esc(page_text(cite))}</p>"
        f"<blockquote>{highlight(row.sentence, [row.text])}</blockquote>"
        f'<a href="{link}" target="_blank" rel="noopener" class="preview-link">'
        f'<img class="preview" src="{esc(figure_preview_url(row))}" '
        f'alt="Aperçu de la page {row.page} de « {title} », chiffre {esc(row.text)} encadré"></a>'
        f'<p><a class="open-pdf" href="{link}" target="_blank" rel="noopener">'
        f"Ouvrir le PDF à la page {row.page}</a></p></article>"
    )


def chart_unit(series: Sequence[Series]) -> str:
    """The unit most series share: the chart's one y axis (it cannot mix % and €)."""
    units = [s.unit for s in series]
    return max(dict.fromkeys(units), key=units.count) if units else ""


def series_frame(series: Sequence[Series]) -> pd.DataFrame:
    """The chart's points (year, value, series label): the first CHART_SERIES series in the
    chart's unit, so that the lines stay readable; the text below lists them all."""
    unit = chart_unit(series)
    drawn = [s for s in series if s.unit == unit][:CHART_SERIES]
    points = [
        (r.year_start or int(r.date[:4]), r.value, _label(s))
        for s in drawn
        for r in s.points
        if r.year_start or r.date[:4].isdigit()
    ]
    return pd.DataFrame(points, columns=["Année", "Valeur", "Série"])


def axis_title(series: Sequence[Series]) -> str:
    unit = chart_unit(series)
    return f"Valeur ({AXIS_UNITS.get(unit, unit)})" if unit else "Valeur"


def _label(s: Series, width: int = 60) -> str:
    text = f"{s.measure} ({s.actor})" if s.actor else s.measure
    return text if len(text) <= width else text[: width - 1] + "…"


def series_markdown(series: Sequence[Series]) -> str:
    """The series in words (also what the chart says, for who does not see it)."""
    if not series:
        return ""
    lines = [f"- {esc_md(s.label())}" for s in series]
    return "**Séries (même mesure, plusieurs éditions)**\n\n" + "\n".join(lines)


def exports(results: FigureResults) -> str:
    """What « Exporter CSV » and « Exporter Markdown » download: the rows shown."""
    if not results.figures:
        return json.dumps({"count": 0})
    return json.dumps(
        {
            "count": len(results.figures),
            "csv": to_csv(results, bom=True),  # a download: Excel reads its accents
            "md": to_markdown(results),
        },
        ensure_ascii=False,
    )
