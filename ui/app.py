"""The Gradio chat: `build_app(assistant) -> gr.Blocks`. A thin layer over `Assistant.stream`;
all HTML comes from the pure functions of `ui.render`."""

from __future__ import annotations

import logging
import uuid
from typing import Any

import gradio as gr

from assistant.assistant import Assistant
from assistant.contract import Citation
from assistant.errors import AssistantError, InputError, StoreUnavailableError
from assistant.request import checked_question

from . import render
from .api_types import ANSWER_JSON
from .conversation import answer_tools, export_all, restored, saved, stopped_bubble
from .feedback import FeedbackLog, rate_handler
from .figures_tab import figures_tab
from .filters import kind_choices, make_filter
from .layout import ANY_YEAR, EXAMPLES, build_layout
from .pool import Answers, make_answers
from .script import DOWNLOAD_JS, PAGE_JS
from .streaming import live_citations, live_text
from .style import CSS, THEME

log = logging.getLogger(__name__)

TITLE = "Assistant des publications de l'Observatoire des partenariats"
UNEXPECTED = (
    "Une erreur inattendue s'est produite. Réessayez dans un instant ; si elle persiste, "
    "signalez-la à l'équipe de l'Observatoire."
)
PENDING = '<span class="pending" role="status">Recherche dans les publications…</span>'


def launch_options() -> dict[str, Any]:
    """What Gradio 6 takes at launch/mount time rather than in `gr.Blocks`. No footer links:
    Gradio's API panel is in English whatever the language (the README documents /api/ask)."""
    return {"theme": THEME, "css": CSS, "js": PAGE_JS, "footer_links": []}


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
            yield {p.status: "Écrivez une question, puis appuyez sur Entrée ou sur « Envoyer »."}
            return
        try:  # before the echo: a refused question stays in the box, to be shortened
            checked_question(question, assistant.settings.server)
        except InputError as err:
            yield {
                p.chatbot: [
                    *chat,
                    {"role": "user", "content": render.excerpt(question)},
                    {"role": "assistant", "content": render.esc_md(str(err))},
                ],
                p.status: "",
            }
            return
        chat = [
            *chat,
            {"role": "user", "content": render.esc_md(question)},
            {"role": "assistant", "content": PENDING},
        ]
        idle = {p.send: gr.update(visible=True), p.stop: gr.update(visible=False)}
        yield {
            p.chatbot: chat,
            p.question: "",
            p.status: "",
            p.sources: render.sources_html([]),
            p.feedback_box: gr.update(visible=False),
            p.last: None,
            p.send: gr.update(visible=False),
            p.stop: gr.update(visible=True),
        }
        try:
            filt = make_filter(kinds, year_min, year_max)
            note = render.filter_note(filt.kinds, filt.year_min, filt.year_max) if filt else ""
            passages: list[Citation] = []
            text, shown = "", None
            for kind, data in answers.stream(question, list(history), filt):
                if kind == "sources":
                    passages = list(data)
                    yield {p.sources: render.sources_html([], streaming=True)}
                elif kind == "text":
                    text += data
                    # Numbered as the finished answer will be: [n] never changes meaning.
                    live, order = live_text(text, len(passages))
                    chat[-1]["content"] = render.answer_html(live, range(1, len(order) + 1))
                    update: dict = {p.chatbot: chat}
                    if order != shown:  # a new source cited: its card arrives with its [n]
                        shown = order
                        cites = [c.to_dict() for c in live_citations(passages, order)]
                        update[p.sources] = render.sources_html(cites, streaming=True)
                    yield update
                elif kind == "answer":
                    view = data.to_dict()  # the contract, as `ask --json` writes it
                    turns = [*turns, view]
                    chat[-1]["content"] = render.chat_html(view) + answer_tools()
                    history = [*history, question]
                    # What a vote on this answer records (one vote per id: the last wins).
                    rated = {
                        "id": uuid.uuid4().hex,
                        "answer": view,
                        "history": list(history[:-1]),
                        "filters": {
                            "kinds": list(kinds or []),
                            "year_min": year_min,
                            "year_max": year_max,
                        },
                    }
                    yield {
                        **idle,
                        p.chatbot: chat,
                        p.sources: render.sources_html(view["citations"], view, note),
                        p.history: history,
                        p.turns: turns,
                        p.last: rated,
                        p.exports: export_all(turns),
                        p.kept: saved(chat, history, turns, rated, note),
                        p.feedback_box: gr.update(visible=True),
                        p.thanks: "",
                        p.comment: "",
                    }
        except AssistantError as err:
            if isinstance(err, StoreUnavailableError):  # one line in the log, no traceback
                log.warning("chat: %s", err)
            chat[-1]["content"] = render.esc_md(str(err))
            yield {**idle, p.chatbot: chat, p.sources: render.sources_html([])}
        except Exception:  # the user gets a sentence, the log gets the traceback
            log.exception("answer failed for %r", question)
            chat[-1]["content"] = UNEXPECTED
            yield {**idle, p.chatbot: chat, p.sources: render.sources_html([])}

    def stopped(chat: list, history: list[str], turns: list[dict]):
        """« Arrêter »: the answer ends where it was; the conversation goes on without it."""
        chat = list(chat or [])
        if chat and chat[-1].get("role") == "assistant":
            chat[-1] = {**chat[-1], "content": stopped_bubble(str(chat[-1].get("content", "")))}
        return {
            p.chatbot: chat,
            p.send: gr.update(visible=True),
            p.stop: gr.update(visible=False),
            p.sources: render.sources_html([]),
            p.kept: saved(chat, history, turns, None, ""),
        }

    def reset():
        return {
            p.chatbot: [],
            p.history: [],
            p.turns: [],
            p.last: None,
            p.exports: export_all([]),
            p.kept: {},
            p.sources: render.sources_html([]),
            p.feedback_box: gr.update(visible=False),
            p.status: "",
            p.thanks: "",
        }

    def restore(state: Any):
        """A reload: the conversation saved in the browser, its last answer's sources."""
        chat, history, turns, rated, note = restored(state)
        view = turns[-1] if turns and rated else None
        return {
            p.chatbot: chat,
            p.history: history,
            p.turns: turns,
            p.last: rated,
            p.exports: export_all(turns),
            p.sources: render.sources_html(view["citations"], view, note)
            if view
            else render.sources_html([]),
            p.feedback_box: gr.update(visible=view is not None),
        }

    with gr.Blocks(
        title="Assistant — Observatoire des partenariats", analytics_enabled=False
    ) as app:
        with gr.Tab("Discussion", id="discussion", elem_id="chat-tab"):
            p = build_layout(intro_html(docs), docs, years)
        figures_tab(app, assistant.settings.index_dir)
        ask_inputs = [p.question, p.chatbot, p.history, p.turns, p.kinds, p.year_min, p.year_max]
        ask_outputs = [
            *(p.chatbot, p.question, p.status, p.sources, p.feedback_box, p.last, p.history),
            *(p.turns, p.exports, p.kept, p.thanks, p.comment, p.send, p.stop),
        ]
        options: dict[str, Any] = {
            "api_visibility": "private",
            "show_progress": "hidden",
            "concurrency_limit": 8,
        }
        asked = [
            trigger(respond, ask_inputs, ask_outputs, **options)
            for trigger in (p.question.submit, p.send.click)
        ]
        for button, text in zip(p.examples, EXAMPLES, strict=True):
            # A click asks the question: the box shows it, then it is sent.
            filled = button.click(lambda q=text: q, None, p.question, api_visibility="private")
            asked.append(filled.then(respond, ask_inputs, ask_outputs, **options))
        # The answer is cancelled first, then its bubble closed (not the other way round, or a
        # last streamed piece could overwrite « Réponse arrêtée »).
        p.stop.click(None, None, None, cancels=asked, api_visibility="private").then(
            stopped,
            [p.chatbot, p.history, p.turns],
            [p.chatbot, p.send, p.stop, p.sources, p.kept],
            api_visibility="private",
        )
        # The chat's own 🗑 « Effacer la conversation » and « Nouvelle conversation » are one
        # thing: bubbles, sources, feedback box, the history follow-ups are read against and
        # the copy kept in the browser.
        reset_outputs = [
            *(p.chatbot, p.history, p.turns, p.last, p.exports, p.kept),
            *(p.sources, p.feedback_box, p.status, p.thanks),
        ]
        p.new.click(reset, None, reset_outputs, api_visibility="private")
        p.chatbot.clear(reset, None, reset_outputs, api_visibility="private")
        for button, rating in ((p.up, "up"), (p.down, "down")):
            button.click(
                rate_handler(feedback, rating),
                [p.last, p.comment, p.voted],
                [p.thanks, p.comment, p.voted],
                api_visibility="private",
            )
        p.export.click(None, p.exports, p.status, js=DOWNLOAD_JS, api_visibility="private")

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
            current_coverage,
            None,
            [p.intro, p.year_min, p.year_max, p.kinds],
            api_visibility="private",
        )
        restored_outputs = [p.chatbot, p.history, p.turns, p.last, p.exports, p.sources]
        app.load(restore, p.kept, [*restored_outputs, p.feedback_box], api_visibility="private")

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

        # Gradio reads the return hint as a string under `from __future__ import annotations`
        # (view_api showed « Any »): the typed shape, derived from the contract's schema.
        ask.__annotations__["return"] = ANSWER_JSON
        gr.api(ask, api_name="ask", concurrency_limit=8)
    return app
