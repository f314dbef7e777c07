"""The « Chiffres » tab: the figure finder in the interface. A search box and filters whose
choices are the values the figures table holds, a sortable table of the figures, their series as
a chart, one figure's sentence and highlighted page preview, and CSV / Markdown exports of what
is shown (files made in the browser, as for the conversation: nothing is written on the server).
Thin: the search is `assistant.finder`, the HTML and texts are `ui.figures_view`."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

import gradio as gr
import pandas as pd

from assistant.errors import AssistantError, IndexMissingError
from assistant.finder.browse import facets
from assistant.finder.rows import FigureResults, FigureRow
from assistant.finder.search import search
from assistant.finder.table import FigureTable

from . import figures_view as view

log = logging.getLogger(__name__)

INTRO = (
    "Chaque chiffre des publications, avec la population qu'il compte, son année et sa page. "
    "Cherchez par mots (sans mots : les chiffres les plus récents), filtrez, puis choisissez "
    "une ligne pour voir la page où il est imprimé."
)
UNEXPECTED = "Erreur inattendue pendant la recherche de chiffres. Réessayez dans un instant."


def export_js(key: str, name: str, mime: str, label: str) -> str:
    """A click that downloads one export of the rows shown, made in the page (a Blob, by the
    page script's `obsDownload`, as the conversation's exports)."""
    return f"""(data) => {{
  const d = data ? JSON.parse(data) : {{count: 0}};
  if (!d.count) return "Aucun chiffre à exporter : la recherche n'a rien trouvé.";
  window.obsDownload("{name}", d.{key}, "{mime}");
  return `${{d.count}} chiffre(s) exporté(s) : {name} ({label}).`;
}}"""


CSV_JS = export_js("csv", "chiffres-observatoire.csv", "text/csv;charset=utf-8", "CSV")
MD_JS = export_js("md", "chiffres-observatoire.md", "text/markdown;charset=utf-8", "Markdown")


def _frame(rows: list[list[Any]]) -> pd.DataFrame:
    return pd.DataFrame(rows, columns=view.HEADERS)


def run_search(
    table: FigureTable, words: str, actor: str, kind: str, unit: str, since: Any, until: Any
) -> tuple[FigureResults, str]:
    """The results for the form's values and the sentence that goes above them (an error in
    French instead of rows when a value is refused)."""
    query = view.make_query(words, actor, kind, unit, since, until)
    empty = FigureResults([], 0)
    try:
        results = search(table, query)
    except IndexMissingError:
        return empty, view.NO_TABLE
    except AssistantError as err:
        return empty, str(err)
    except Exception:
        log.exception("figures tab: search failed for %r", query)
        return empty, UNEXPECTED
    unfiltered = query == view.make_query("", "", "", "", None, None)
    if not results.figures and unfiltered:
        return results, view.NO_FIGURES
    return results, view.status_text(results, query)


def figures_tab(app: gr.Blocks, index_dir: Path) -> None:
    """Build the tab (inside `app`'s `gr.Blocks` context) over the figures of `index_dir`."""
    table = FigureTable(index_dir)
    with gr.Tab("Chiffres", id="chiffres", elem_id="figures-tab"):
        gr.Markdown(INTRO, elem_classes="figures-intro")
        with gr.Row(equal_height=False):
            words = gr.Textbox(
                label="Rechercher des chiffres",
                elem_id="figures-words",
                lines=1,
                max_lines=1,
                scale=4,
                info="Entrée pour chercher ; sans mots, les chiffres les plus récents.",
                placeholder="Par exemple : devoir d'alliance",
            )
            go = gr.Button(
                "Rechercher", variant="primary", elem_id="figures-search", scale=1, min_width=120
            )
        with gr.Row(elem_id="figures-filters"):
            any_choice = [("toutes", view.ANY)]
            filters = [
                gr.Dropdown(any_choice, value=view.ANY, label=label, elem_id=f"figures-{name}")
                for name, label in (
                    ("actor", "Population"),
                    ("kind", "Type de publication"),
                    ("unit", "Unité"),
                    ("since", "Depuis (année)"),
                    ("until", "Jusqu'en (année)"),
                )
            ]
        status = gr.Markdown("", elem_id="figures-status")
        grid = gr.Dataframe(
            _frame([]),
            headers=view.HEADERS,
            datatype=view.DATATYPES,
            interactive=False,
            wrap=True,
            max_height=520,
            label="Chiffres trouvés",
            elem_id="figures-table",
            buttons=[],  # Gradio's copy / full-screen buttons speak English
            column_widths=["6%", "9%", "35%", "14%", "9%", "20%", "7%"],
        )
        with gr.Row():
            csv_button = gr.Button("Exporter CSV", elem_id="figures-csv", size="sm")
            md_button = gr.Button("Exporter Markdown", elem_id="figures-md", size="sm")
        exported = gr.Markdown("", elem_id="figures-exported")
        with gr.Row(equal_height=False, elem_classes="layout"):
            with gr.Column(scale=3, min_width=300):
                detail = gr.HTML(view.DETAIL_HINT, elem_id="figure-detail-box")
            with gr.Column(scale=2, min_width=300):
                chart = gr.LinePlot(
                    view.series_frame([]),
                    x="Année",
                    y="Valeur",
                    color="Série",
                    label="Séries : la même mesure d'une édition à l'autre",
                    x_title="Année",
                    y_title="Valeur",
                    x_axis_format="d",  # 2019, not « 2,019 »
                    visible=False,
                    elem_id="figures-chart",
                    buttons=[],
                )
                series_text = gr.Markdown("", elem_id="figures-series")
        shown = gr.State([])  # the rows of the table, as dicts, in their search order
        exports = gr.Textbox(visible="hidden", elem_id="figures-exports")

    outputs = [grid, status, chart, series_text, exports, shown, detail, exported]

    def searched(words: str, *values: Any) -> tuple:
        results, sentence = run_search(table, words, *values)
        frame = view.series_frame(results.series)
        return (
            _frame(view.table_rows(results)),
            sentence,
            gr.update(
                value=frame, visible=not frame.empty, y_title=view.axis_title(results.series)
            ),
            view.series_markdown(results.series),
            view.exports(results),
            [r.to_dict() for r in results.figures],
            view.DETAIL_HINT,
            "",
        )

    def opened(rows: list[dict], evt: gr.SelectData) -> str:
        """A row chosen (even after sorting: its N° says which figure it is)."""
        try:
            n = int((evt.row_value or [0])[0])
        except (TypeError, ValueError):
            return view.DETAIL_HINT
        if not 1 <= n <= len(rows):
            return view.DETAIL_HINT
        return view.detail_html(FigureRow(**rows[n - 1]), n)

    def loaded() -> tuple:
        """At page load: the filters offer what the table served now holds; the most recent."""
        try:
            choices = view.filter_choices(facets(table))
        except IndexMissingError:  # the search below says so
            choices = {}
        except Exception:  # a damaged table: the filters offer « all », the search says why
            log.exception("figures tab: facets failed")
            choices = {}
        updates = [
            gr.update(choices=choices.get(name, [("toutes", view.ANY)]), value=view.ANY)
            for name in ("actor", "kind", "unit", "since", "until")
        ]
        return (*updates, *searched("", *[view.ANY] * 5))

    options: dict[str, Any] = {"api_visibility": "private", "show_progress": "minimal"}
    inputs = [words, *filters]
    words.submit(searched, inputs, outputs, **options)
    go.click(searched, inputs, outputs, **options)
    for dropdown in filters:
        dropdown.input(searched, inputs, outputs, **options)
    grid.select(opened, shown, detail, api_visibility="private")
    csv_button.click(None, exports, exported, js=CSV_JS, api_visibility="private")
    md_button.click(None, exports, exported, js=MD_JS, api_visibility="private")
    app.load(loaded, None, [*filters, *outputs], api_visibility="private")
