"""FastAPI app: the Gradio chat at /, a JSON endpoint, the corpus PDFs and the page previews.

POST /api/ask                        {"question", "history"?, "kinds"?, "year_min"?, "year_max"?}
                                     → Answer.to_dict() (assistant/contract/);
                                     400 {"error": "…"} in French;
                                     413 over a bound; 503 while the Chroma server does not
                                     answer or when the server is saturated (header
                                     X-Assistant-Worker: the pid of the process that answered)
GET  /api/schema                      the JSON Schema of that answer (schema_version inside)
GET  /api/figures?q=…&actor=…         the figure finder (ui/figures_api.py): JSON, CSV or Markdown
GET  /pdf/{source}                   an indexed PDF (open it at #page=N)
GET  /preview/{source}/{page}.png    the page, the passage of ?chunk=<id> highlighted
                                     (&focus=1: only the band of the page around it);
                                     ?figure=<start>: the figure of the figures table printed
                                     there, boxed in its highlighted sentence
"""

from __future__ import annotations

import logging
import os
import signal
from pathlib import Path
from typing import Any

import gradio as gr
import uvicorn
from fastapi import FastAPI, Request
from fastapi.responses import FileResponse, JSONResponse, Response
from starlette.routing import Mount

from assistant.assistant import Assistant
from assistant.contract import answer_schema
from assistant.errors import AssistantError, InputTooLargeError, StoreUnavailableError
from assistant.finder.browse import row_at
from assistant.finder.table import FigureTable
from assistant.search.index import Index
from assistant.settings import Settings

from .access import (
    NoUploads,
    Refused,
    basic_credentials,
    check_password,
    load_users,
    safe_pdf_path,
)
from .app import UNEXPECTED, build_app, launch_options
from .figures_api import add_figures_route
from .filters import make_filter
from .lang import FrenchPage
from .limits import BodyLimit, parse_json
from .pool import Answers, Busy, PoolAnswers, WorkerLost, make_answers, serving_settings
from .preview import cached_preview
from .throttle import LoginFormGuard, LoginThrottle, Throttled, throttled_response

log = logging.getLogger(__name__)
PREVIEW_DIR = "previews"


# Every kind once, and their spellings with or without accent or plural, stay under this.
MAX_KINDS = 12


def _error(status: int, message: str, **headers: str) -> JSONResponse:
    return JSONResponse({"error": message}, status_code=status, headers=headers or None)


def _request_args(body: Any) -> tuple[str, list[str], dict[str, Any]]:
    """Validate the JSON body of /api/ask (French messages for every mistake)."""
    if not isinstance(body, dict):
        raise AssistantError("Le corps de la requête doit être un objet JSON.")
    question, history = body.get("question"), body.get("history") or []
    if not isinstance(question, str):
        raise AssistantError("Le champ « question » (texte) est obligatoire.")
    if not isinstance(history, list) or not all(isinstance(h, str) for h in history):
        raise AssistantError("Le champ « history » doit être une liste de questions (textes).")
    kinds = body.get("kinds") or []
    if isinstance(kinds, str):
        kinds = [kinds]
    if not isinstance(kinds, list) or not all(isinstance(k, str) for k in kinds):
        raise AssistantError("Le champ « kinds » doit être une liste (fiche, bulletin, étude).")
    if len(kinds) > MAX_KINDS:
        raise AssistantError(f"Le champ « kinds » accepte au plus {MAX_KINDS} types.")
    unknown = set(body) - {"question", "history", "kinds", "year_min", "year_max"}
    if unknown:
        raise AssistantError(f"Champ inconnu : {', '.join(sorted(unknown))}.")
    return (
        question,
        history,
        {"kinds": kinds, "year_min": body.get("year_min"), "year_max": body.get("year_max")},
    )


def _mounted_gradio(app: FastAPI) -> Any:
    return next((r.app for r in app.routes if isinstance(r, Mount)), None)


def create_app(
    assistant: Assistant, auth_file: Path | None = None, answers: Answers | None = None
) -> FastAPI:
    """The whole web application for one Assistant; `auth_file` turns on the login; `answers`
    is who answers (default: this process, one question at a time, first come first served)."""
    settings = assistant.settings
    answers = answers or make_answers(assistant, workers=1)
    assistant.holder.watch()  # follow the index generations that `assistant ingest` publishes
    users = load_users(auth_file) if auth_file else None
    throttle = LoginThrottle.from_settings(settings.server) if users else None
    app = FastAPI(
        title="Assistant — Observatoire des partenariats",
        docs_url=None,
        redoc_url=None,
        openapi_url=None,
    )
    app.add_middleware(NoUploads)
    app.add_middleware(FrenchPage)
    if throttle is not None:
        app.add_middleware(LoginFormGuard, throttle=throttle)

    @app.exception_handler(Throttled)
    def too_many(request: Request, err: Throttled) -> JSONResponse:
        return throttled_response(err.seconds)

    def allowed(request: Request) -> bool:
        """No login configured, a Gradio session cookie, or HTTP Basic credentials."""
        if users is None:
            return True
        gradio_app = _mounted_gradio(app)
        tokens = getattr(gradio_app, "tokens", {})
        cookie_id = getattr(gradio_app, "cookie_id", "")
        for name in (f"access-token-{cookie_id}", f"access-token-unsecure-{cookie_id}"):
            if request.cookies.get(name) in tokens:
                return True
        creds = basic_credentials(request.headers.get("authorization"))
        if creds is None or throttle is None:
            return False
        user, password = creds
        known = users
        address = request.client.host if request.client else ""
        return throttle.check(user, address, lambda: check_password(known, user, password))

    def denied() -> JSONResponse:
        return _error(
            401,
            "Identifiez-vous pour utiliser l'assistant.",
            **{"WWW-Authenticate": 'Basic realm="assistant", charset="UTF-8"'},
        )

    @app.post("/api/ask")
    async def api_ask(request: Request) -> JSONResponse:
        if not allowed(request):
            return denied()
        try:
            body = parse_json(await request.body())
        except ValueError as err:
            return _error(400, str(err))
        try:
            question, history, options = _request_args(body)
            filt = make_filter(**options)
            answer, worker = await answers.ask(question, history, filt)
        except (Busy, WorkerLost) as err:
            return _error(503, str(err), **{"Retry-After": "1"})
        except InputTooLargeError as err:
            return _error(413, str(err))
        except StoreUnavailableError as err:  # expected while Chroma restarts: no traceback
            log.warning("/api/ask: %s", err)
            return _error(503, str(err))
        except AssistantError as err:
            return _error(400, str(err))
        except Exception:
            log.exception("/api/ask failed")
            return _error(500, UNEXPECTED)
        return JSONResponse(answer.to_dict(), headers={"X-Assistant-Worker": str(worker)})

    schema = answer_schema()

    @app.get("/api/schema")
    def api_schema(request: Request) -> JSONResponse:
        if not allowed(request):
            return denied()
        return JSONResponse(schema, media_type="application/schema+json")

    add_figures_route(app, settings.index_dir, allowed, denied)

    def pdf_or_error(source: str, index: Index) -> Path | JSONResponse:
        try:
            return safe_pdf_path(settings.corpus_dir, index.sources, source)
        except Refused as err:
            return _error(err.status, err.message)

    @app.get("/pdf/{source:path}")
    def pdf(source: str, request: Request) -> Response:
        if not allowed(request):
            return denied()
        path = pdf_or_error(source, assistant.index)
        if isinstance(path, JSONResponse):
            return path
        return FileResponse(
            path,
            media_type="application/pdf",
            content_disposition_type="inline",
            filename=Path(source).name,
        )

    @app.get("/preview/{source:path}/{page:int}.png")
    def preview(
        source: str,
        page: int,
        request: Request,
        chunk: str = "",
        focus: bool = False,
        figure: int = -1,
    ) -> Response:
        if not allowed(request):
            return denied()
        index = assistant.index  # one generation for the whole request
        path = pdf_or_error(source, index)
        if isinstance(path, JSONResponse):
            return path
        found = index.chunk(chunk)
        quote = found.text if found and found.doc.source == source and found.page == page else ""
        mark = ""
        if figure >= 0:  # the text highlighted comes from the table, never from the address
            row = row_at(FigureTable(settings.index_dir), source, page, figure)
            quote, mark = (row.sentence, row.text) if row else (quote, "")
        try:
            png = cached_preview(
                path, page, quote, settings.data_dir / PREVIEW_DIR, focus=focus, mark=mark
            )
        except IndexError:
            return _error(404, f"Ce document n'a pas de page {page}.")
        except Exception:
            log.exception("preview failed for %s p. %s", source, page)
            return _error(500, "L'aperçu de cette page n'a pas pu être affiché.")
        return FileResponse(
            png, media_type="image/png", headers={"Cache-Control": "private, max-age=86400"}
        )

    blocks = build_app(assistant, answers)
    auth = list(users.items()) if users else None
    server = settings.server
    app.add_middleware(
        BodyLimit, default=server.max_body_bytes, limits={"/api/": server.max_api_body_bytes}
    )
    return gr.mount_gradio_app(
        app,
        blocks,
        path="/",
        auth=auth,
        show_error=True,
        auth_message="Accès réservé : identifiez-vous. Après plusieurs échecs, la connexion "
        "est suspendue quelques instants.",
        max_file_size=0,  # no upload feature (NoUploads refuses the routes outright)
        app_kwargs={"openapi_url": None},  # FastAPI's schema of Gradio's routes, open to all
        **launch_options(),
    )


def serve(
    settings: Settings,
    host: str | None = None,
    port: int | None = None,
    auth_file: Path | None = None,
    workers: int | None = None,
) -> None:
    """Build the Assistant (indexing the corpus first if needed) and serve it until stopped;
    `workers` > 1 answers in that many processes (stopped with the server)."""
    os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
    os.environ.setdefault("HF_HUB_DISABLE_TELEMETRY", "1")
    host = host or settings.server.host
    port = port or settings.server.port
    auth_file = auth_file or settings.server.auth_file
    assistant = Assistant.from_settings(serving_settings(settings))
    answers = make_answers(assistant, workers)
    # uvicorn stops gracefully on SIGTERM, then raises it again: without a handler of ours the
    # process would die there, before the `finally` that stops the answer processes.
    signal.signal(signal.SIGTERM, _exit_on_sigterm)
    try:
        if isinstance(answers, PoolAnswers):
            answers.warm_up()
            print(f"{answers.workers} processus de réponse démarrés.", flush=True)
        app = create_app(assistant, auth_file, answers)
        print(f"Assistant disponible sur http://{host}:{port}  (Ctrl+C pour arrêter)", flush=True)
        # Open Gradio event streams would hold a graceful stop (Ctrl+C, SIGTERM) for long.
        uvicorn.run(app, host=host, port=port, log_level="warning", timeout_graceful_shutdown=3)
    finally:
        answers.close()


def _exit_on_sigterm(signum: int, frame: object) -> None:
    raise SystemExit(0)
