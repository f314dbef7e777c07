"""The figure finder: every figure of the corpus with who it counts, when and where.

Public API (what the CLI, the HTTP API and the « Chiffres » tab use):
- `extract_figures(doc, pages) -> list[FigureRow]` (at ingest, pure);
- `FigureTable(index_dir)`: the SQLite table next to the index — `replace_document`,
  `remove_document`, `publish` (a table rebuilt beside an older one replaces it), `stale`;
  `search(table, FigureQuery) -> FigureResults` (assistant.finder.search);
- `facets(table)` (the filter values it holds, with counts) and `row_at(table, source, page,
  start)` (one figure found again, for its page preview) in assistant.finder.browse;
- `FigureRow`, `FigureQuery`, `FigureResults`, `Series` (assistant.finder.rows);
- `render(results, format)` (assistant.finder.export): table, csv, json, md."""

from .extract import extract_figures
from .rows import FigureQuery, FigureResults, FigureRow, Series

__all__ = ["FigureQuery", "FigureResults", "FigureRow", "Series", "extract_figures"]
