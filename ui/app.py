"""The Gradio chat: `build_app(assistant) -> gr.Blocks`. A thin layer over `Assistant.stream`;
all HTML comes from the pure functions of `ui.render`."""

from __future__ import annotations

import logging
import uuid
from typing import Any

import gradio as gr

from assistant.assistant import Assistant
from assistant.errors import AssistantError, InputError, StoreUnavailableError
from assistant.request import checked_question
from assistant.types import Answer, Citation

from . import render
from .conversation import (
    STORAGE_KEY,
    answer_tools,
    export_all,
    restored,
    saved,
    stopped_bubble,
)
from .feedback import FeedbackLog, feedback_record
from .filters import kind_choices, make_filter
from .pool import Answers, make_answers
from .script import DOWNLOAD_JS, PAGE_JS
from .streaming import live_citations, live_text
from .style import CSS, THEME

log = logging.getLogger(__name__)

TITLE = "Assistant des publications de l'Observatoire des partenariats"
EXAMPLES = [
    "Quelle part des Français pense qu'il existe un devoir d'alliance ?",
    "Quels sont les bénéfices des partenariats pour les entreprises ?",
    "Comment les associations et les collectivités coopèrent-elles dans les territoires ?",
]
KIND_INFO = (
    "Aucune case cochée : tous les types. « autre » : documents sans type dans le catalogue "
    "(PDF déposés sans fiche de catalogue, par exemple)."
)
ANY_YEAR = "indifférente"
UNEXPECTED = (
    "Une erreur inattendue s'est produite. Réessayez dans un instant ; si elle persiste, "
    "signalez-la à l'équipe de l'Observatoire."
)
# Low enough that « Envoyer », the examples and the filters are on a laptop's first screen
# (1366×768), high enough for an answer and its follow-up.
CHAT_HEIGHT = 400
PENDING = '<span class="pending" role="status">Recherche dans les publications…</span>'


def launch_options() -> dict[str, Any]:
    """What Gradio 6 takes at launch/mount time rather than in `gr.Blocks`. No footer links:
    Gradio's API panel is in English whatever the language (the README documents /api/ask)."""
    return {"theme": THEME, "css": CSS, "js": PAGE_JS, "footer_links": []}


def citation_dict(c: Citation) -> dict[str, Any]:
    """The JSON contract's citation plus the passage id the page preview highlights."""
    return {**c.to_dict(), "chunk_id": c.chunk_id}


def answer_view(answer: Answer) -> dict[str, Any]:
    d = answer.to_dict()
    d["citations"] = [citation_dict(c) for c in answer.citations]
    return d


def publication_years(docs: list[dict[str, Any]]) -> list[str]:
    return sorted(
        {str(d.get("date", ""))[:4] for d in docs if str(d.get("date", ""))[:4].isdigit()}
    )


def intro_html(docs: list[dict[str, Any]]) -> str:
    return (
        f'<header class="intro"><h1>{render.esc(TITLE)}</h1>'
        f"<p>{render.coverage_note(docs)}</p></header>"
    )


def build_app(assistant: Assistant, answers: Answers | None = None) -> gr.Blocks:
    """The chat interface over one Assistant (French throughout); `answers` is who answers
    (default: this process, one question at a time)."""
    answers = answers or make_answers(assistant, workers=1)
    docs = assistant.documents()
    years = publication_years(docs)
    feedback = FeedbackLog(assistant.settings.data_dir)  # fixed now, whatever the cwd later

    def respond(
        question: str,
        chat: list,
        history: list[str],
        turns: list[dict],
        kinds: list[str],
        year_min: str,
        year_max: str,
    ):
        question = (question or "").strip()
        if not question:
            yield {status: "Écrivez une question, puis appuyez sur Entrée ou sur « Envoyer »."}
            return
        try:  # before the echo: a refused question stays in the box, to be shortened
            checked_question(question, assistant.settings.server)
        except InputError as err:
            yield {
                chatbot: [
                    *chat,
                    {"role": "user", "content": render.excerpt(question)},
                    {"role": "assistant", "content": render.esc_md(str(err))},
                ],
                status: "",
            }
            return
        chat = [
            *chat,
            {"role": "user", "content": render.esc_md(question)},
            {"role": "assistant", "content": PENDING},
        ]
        idle = {send: gr.update(visible=True), stop: gr.update(visible=False)}
        yield {
            chatbot: chat,
            question_box: "",
            status: "",
            sources: render.sources_html([]),
            feedback_box: gr.update(visible=False),
            last: None,
            send: gr.update(visible=False),
            stop: gr.update(visible=True),
        }
        try:
            filt = make_filter(kinds, year_min, year_max)
            note = render.filter_note(filt.kinds, filt.year_min, filt.year_max) if filt else ""
            passages: list[Citation] = []
            text, shown = "", None
            for kind, data in answers.stream(question, list(history), filt):
                if kind == "sources":
                    passages = list(data)
                    yield {sources: render.sources_html([], streaming=True)}
                elif kind == "text":
                    text += data
                    # Numbered as the finished answer will be: [n] never changes meaning.
                    live, order = live_text(text, len(passages))
                    chat[-1]["content"] = render.answer_html(live, range(1, len(order) + 1))
                    update: dict = {chatbot: chat}
                    if order != shown:  # a new source cited: its card arrives with its [n]
                        shown = order
                        cites = [citation_dict(c) for c in live_citations(passages, order)]
                        update[sources] = render.sources_html(cites, streaming=True)
                    yield update
                elif kind == "answer":
                    view = answer_view(data)
                    turns = [*turns, view]
                    chat[-1]["content"] = render.chat_html(view) + answer_tools(len(turns))
                    history = [*history, question]
                    # What a vote on this answer records (one vote per id: the last wins).
                    rated = {
                        "id": uuid.uuid4().hex,
                        "answer": data.to_dict(),
                        "history": list(history[:-1]),
                        "filters": {
                            "kinds": list(kinds or []),
                            "year_min": year_min,
                            "year_max": year_max,
                        },
                    }
                    yield {
                        **idle,
                        chatbot: chat,
                        sources: render.sources_html(view["citations"], view, note),
                        history_state: history,
                        turns_state: turns,
                        last: rated,
                        exports: export_all(turns),
                        kept: saved(chat, history, turns, rated, note),
                        feedback_box: gr.update(visible=True),
                        thanks: "",
                        comment: "",
                    }
        except AssistantError as err:
            if isinstance(err, StoreUnavailableError):  # one line in the log, no traceback
                log.warning("chat: %s", err)
            chat[-1]["content"] = render.esc_md(str(err))
            yield {**idle, chatbot: chat, sources: render.sources_html([])}
        except Exception:  # the user gets a sentence, the log gets the traceback
            log.exception("answer failed for %r", question)
            chat[-1]["content"] = UNEXPECTED
            yield {**idle, chatbot: chat, sources: render.sources_html([])}

    def stopped(chat: list, history: list[str], turns: list[dict]):
        """« Arrêter »: the answer ends where it was; the conversation goes on without it."""
        chat = list(chat or [])
        if chat and chat[-1].get("role") == "assistant":
            chat[-1] = {**chat[-1], "content": stopped_bubble(str(chat[-1].get("content", "")))}
        return {
            chatbot: chat,
            send: gr.update(visible=True),
            stop: gr.update(visible=False),
            sources: render.sources_html([]),
            kept: saved(chat, history, turns, None, ""),
        }

    def rate(rating: str):
        def handler(rated: dict | None, text: str, voted: list[str]):
            if not rated:
                return "Aucune réponse à évaluer pour l'instant.", text, voted
            record = feedback_record(
                rated["answer"], rating, text, rated["id"], rated["history"], rated["filters"]
            )
            try:
                feedback.append(record)
            except OSError:
                log.exception("feedback not saved in %s", feedback.path)
                return "Votre avis n'a pas pu être enregistré ; réessayez plus tard.", text, voted
            done = (
                "Votre nouvel avis remplace le précédent"
                if rated["id"] in voted
                else "Merci ! Votre avis a été enregistré"
            )
            return (
                done + (" avec votre commentaire." if text.strip() else "."),
                "",
                [*voted, rated["id"]],
            )

        return handler

    def reset():
        return {
            chatbot: [],
            history_state: [],
            turns_state: [],
            last: None,
            exports: export_all([]),
            kept: {},
            sources: render.sources_html([]),
            feedback_box: gr.update(visible=False),
            status: "",
            thanks: "",
        }

    def restore(state: Any):
        """A reload: the conversation saved in the browser, its last answer's sources."""
        chat, history, turns, rated, note = restored(state)
        view = turns[-1] if turns and rated else None
        return {
            chatbot: chat,
            history_state: history,
            turns_state: turns,
            last: rated,
            exports: export_all(turns),
            sources: render.sources_html(view["citations"], view, note)
            if view
            else render.sources_html([]),
            feedback_box: gr.update(visible=view is not None),
        }

    with gr.Blocks(
        title="Assistant — Observatoire des partenariats", analytics_enabled=False
    ) as app:
        history_state = gr.State([])
        turns_state = gr.State([])  # the answers of the conversation (for its export)
        last = gr.State(None)
        voted = gr.State([])  # answer ids already rated in this session
        kept = gr.BrowserState({}, storage_key=STORAGE_KEY)
        # Refreshed at every page load (below): the note follows the index being served.
        intro = gr.HTML(intro_html(docs))
        with gr.Row(equal_height=False, elem_classes="layout"):
            with gr.Column(scale=3, min_width=300):
                chatbot = gr.Chatbot(
                    label="Conversation",
                    elem_id="chat",
                    height=CHAT_HEIGHT,
                    autoscroll=False,  # the page script shows each answer from its opening
                    feedback_options=None,
                    buttons=[],
                    sanitize_html=True,
                    group_consecutive_messages=False,
                    placeholder="Posez une question : la réponse cite les publications, "
                    "avec un lien vers chaque page citée.",
                )
                question_box = gr.Textbox(
                    label="Votre question",
                    elem_id="question",
                    lines=1,
                    max_lines=6,
                    info="Entrée pour envoyer, Maj+Entrée pour aller à la ligne.",
                    placeholder="Par exemple : quelle part des Français pense qu'il existe un "
                    "devoir d'alliance ?",
                )
                with gr.Row(elem_id="actions"):
                    send = gr.Button("Envoyer", variant="primary", elem_id="send")
                    stop = gr.Button("Arrêter", variant="stop", elem_id="stop", visible=False)
                    new = gr.Button("Nouvelle conversation", elem_id="new")
                    export = gr.Button("Exporter la conversation", elem_id="export-all")
                status = gr.Markdown("", elem_id="status")
                exports = gr.Textbox(visible="hidden", elem_id="answer-exports")
                with gr.Group(visible=False, elem_id="feedback") as feedback_box:
                    comment = gr.Textbox(
                        label="Cette réponse vous a-t-elle aidé ? Commentaire (facultatif)",
                        lines=1,
                        elem_id="comment",
                    )
                    with gr.Row():
                        up = gr.Button("👍 Réponse utile", size="sm", elem_id="up")
                        down = gr.Button("👎 Réponse à revoir", size="sm", elem_id="down")
                    thanks = gr.Markdown("", elem_id="thanks")
            with gr.Column(scale=2, min_width=300):
                # Above the sources, so they are on the first screen of a laptop.
                with gr.Group(elem_id="examples"):
                    gr.Markdown("Exemples de questions", elem_classes="examples-label")
                    example_buttons = [
                        gr.Button(q, size="sm", elem_classes="example") for q in EXAMPLES
                    ]
                with gr.Accordion("Filtrer les publications", open=False, elem_id="filters"):
                    kinds = gr.CheckboxGroup(
                        kind_choices(docs),
                        label="Type de publication",
                        info=KIND_INFO,
                        elem_id="kinds",
                    )
                    with gr.Row():
                        year_min = gr.Dropdown(
                            [ANY_YEAR, *years], value=ANY_YEAR, label="Publiées à partir de"
                        )
                        year_max = gr.Dropdown(
                            [ANY_YEAR, *years], value=ANY_YEAR, label="Publiées jusqu'en"
                        )
                sources = gr.HTML(render.sources_html([]), elem_id="sources")

        ask_inputs = [question_box, chatbot, history_state, turns_state, kinds, year_min, year_max]
        ask_outputs = [
            chatbot,
            question_box,
            status,
            sources,
            feedback_box,
            last,
            history_state,
            turns_state,
            exports,
            kept,
            thanks,
            comment,
            send,
            stop,
        ]
        options: dict[str, Any] = {
            "api_visibility": "private",
            "show_progress": "hidden",
            "concurrency_limit": 8,
        }
        asked = [
            trigger(respond, ask_inputs, ask_outputs, **options)
            for trigger in (
                question_box.submit,
                send.click,
            )
        ]
        for button, text in zip(example_buttons, EXAMPLES, strict=True):
            # A click asks the question: the box shows it, then it is sent.
            filled = button.click(lambda q=text: q, None, question_box, api_visibility="private")
            asked.append(filled.then(respond, ask_inputs, ask_outputs, **options))
        # The answer is cancelled first, then its bubble closed (not the other way round, or a
        # last streamed piece could overwrite « Réponse arrêtée »).
        stop.click(None, None, None, cancels=asked, api_visibility="private").then(
            stopped,
            [chatbot, history_state, turns_state],
            [chatbot, send, stop, sources, kept],
            api_visibility="private",
        )
        # The chat's own 🗑 « Effacer la conversation » and « Nouvelle conversation » are one
        # thing: bubbles, sources, feedback box, the history follow-ups are read against and
        # the copy kept in the browser.
        reset_outputs = [
            chatbot,
            history_state,
            turns_state,
            last,
            exports,
            kept,
            sources,
            feedback_box,
            status,
            thanks,
        ]
        new.click(reset, None, reset_outputs, api_visibility="private")
        chatbot.clear(reset, None, reset_outputs, api_visibility="private")
        for button, rating in ((up, "up"), (down, "down")):
            button.click(
                rate(rating),
                [last, comment, voted],
                [thanks, comment, voted],
                api_visibility="private",
            )
        export.click(None, exports, status, js=DOWNLOAD_JS, api_visibility="private")

        def current_coverage():  # the note, years and kinds of the index served at page load
            docs = assistant.documents()
            choices = [ANY_YEAR, *publication_years(docs)]
            return (
                intro_html(docs),
                gr.update(choices=choices),
                gr.update(choices=choices),
                gr.update(choices=kind_choices(docs)),
            )

        app.load(
            current_coverage, None, [intro, year_min, year_max, kinds], api_visibility="private"
        )
        app.load(
            restore,
            kept,
            [
                chatbot,
                history_state,
                turns_state,
                last,
                exports,
                sources,
                feedback_box,
            ],
            api_visibility="private",
        )

        def ask(
            question: str,
            history: list[str] | None = None,
            kinds: list[str] | None = None,
            year_min: int | None = None,
            year_max: int | None = None,
        ) -> dict:
            """Ask one question; returns the JSON contract of `assistant ask --json`."""
            try:
                filt = make_filter(kinds or [], year_min, year_max)
                return answers.ask_sync(question, list(history or []), filt)[0].to_dict()
            except AssistantError as err:
                if isinstance(err, StoreUnavailableError):
                    log.warning("api ask: %s", err)
                raise gr.Error(str(err), print_exception=False) from None
            except Exception:
                log.exception("api ask failed for %r", question)
                raise gr.Error(UNEXPECTED, print_exception=False) from None

        gr.api(ask, api_name="ask", concurrency_limit=8)
    return app
