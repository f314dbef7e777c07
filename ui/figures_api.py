"""GET /api/figures: the figure finder over HTTP (same rows and French errors as the CLI).

?q=…&actor=…&kind=…&since=…&until=…&unit=…&format=json|csv|md&limit=… → 200 with the rows
(JSON {"figures", "total", "series"}; CSV as a download; Markdown with footnotes); 400
{"error": "…"} in French for a bad value (an unknown one lists the accepted ones); 413 for a
search over MAX_QUERY_CHARS; 503 while the index has no figures table."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, Response

from assistant.errors import AssistantError, IndexMissingError, InputError
from assistant.finder.export import render
from assistant.finder.rows import FigureQuery
from assistant.finder.search import search
from assistant.finder.table import FigureTable

log = logging.getLogger(__name__)
MAX_QUERY_CHARS = 500
PARAMS = ("q", "actor", "kind", "since", "until", "unit", "format", "limit")
_MEDIA = {"csv": "text/csv; charset=utf-8", "md": "text/markdown; charset=utf-8"}


def _error(status: int, message: str) -> JSONResponse:
    return JSONResponse({"error": message}, status_code=status)


def _int(params: dict[str, str], name: str, default: int | None = None) -> int | None:
    raw = params.get(name, "").strip()
    if not raw:
        return default
    try:
        return int(raw)
    except ValueError:
        raise InputError(f"« {name} » doit être un nombre entier (reçu : « {raw} »).") from None


def query_from_params(params: dict[str, str]) -> tuple[FigureQuery, str]:
    """The query and the format asked for; InputError (French) for anything wrong."""
    unknown = sorted(set(params) - set(PARAMS))
    if unknown:
        raise InputError(
            f"Paramètre inconnu : {', '.join(unknown)}. Paramètres acceptés : {', '.join(PARAMS)}."
        )
    if any(len(v) > MAX_QUERY_CHARS for v in params.values()):
        raise InputError(f"Recherche trop longue ({MAX_QUERY_CHARS} caractères au plus).")
    query = FigureQuery(
        words=params.get("q", ""),
        actor=params.get("actor", ""),
        kind=params.get("kind", ""),
        unit=params.get("unit", ""),
        since=_int(params, "since"),
        until=_int(params, "until"),
        limit=_int(params, "limit", 50) or 0,
    )
    return query, params.get("format", "json") or "json"


def add_figures_route(
    app: FastAPI,
    index_dir: Path,
    allowed: Callable[[Request], bool],
    denied: Callable[[], JSONResponse],
) -> None:
    """Mount GET /api/figures on `app`, behind the same login check as the other routes."""
    table = FigureTable(index_dir)

    @app.get("/api/figures")
    def api_figures(request: Request) -> Response:  # sync: SQLite runs in the thread pool
        if not allowed(request):
            return denied()
        try:
            query, fmt = query_from_params(dict(request.query_params))
            body = render(search(table, query), fmt, bom=fmt == "csv")  # csv: a download
        except IndexMissingError as err:
            return _error(503, str(err))
        except AssistantError as err:
            return _error(400, str(err))
        except Exception:
            log.exception("/api/figures failed")
            return _error(500, "Erreur inattendue pendant la recherche de chiffres.")
        if fmt == "json":
            return Response(body, media_type="application/json")
        headers = (
            {"Content-Disposition": 'attachment; filename="chiffres.csv"'} if fmt == "csv" else {}
        )
        return Response(body, media_type=_MEDIA[fmt], headers=headers)
