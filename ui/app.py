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

from . import render
from .api_types import ANSWER_JSON
from .feedback import FeedbackLog, feedback_record
from .filters import kind_choices, make_filter
from .pool import Answers, make_answers
from .style import COPY_JS, CSS, THEME

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
PENDING = '<span class="pending" role="status">Recherche dans les publications…</span>'


def launch_options() -> dict[str, Any]:
    """What Gradio 6 takes at launch/mount time rather than in `gr.Blocks`. No footer links:
    Gradio's API panel is in English whatever the language (the README documents /api/ask)."""
    return {"theme": THEME, "css": CSS, "footer_links": []}


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
        yield {
            chatbot: chat,
            question_box: "",
            status: "",
            sources: render.sources_html([]),
            feedback_box: gr.update(visible=False),
            last: None,
            copy_text: "",
        }
        try:
            filt = make_filter(kinds, year_min, year_max)
            note = render.filter_note(filt.kinds, filt.year_min, filt.year_max) if filt else ""
            cites: list[dict[str, Any]] = []
            text = ""
            for kind, data in answers.stream(question, list(history), filt):
                if kind == "sources":
                    cites = [c.to_dict() for c in data]
                    yield {sources: render.sources_html(cites)}
                elif kind == "text":
                    text += data
                    chat[-1]["content"] = render.answer_html(text, [c["n"] for c in cites])
                    yield {chatbot: chat}
                elif kind == "answer":
                    view = data.to_dict()  # the contract, as `ask --json` writes it
                    chat[-1]["content"] = render.chat_html(view)
                    yield {
                        chatbot: chat,
                        sources: render.sources_html(view["citations"], view, note),
                        history_state: [*history, question],
                        # What a vote on this answer records (one vote per id: the last wins).
                        last: {
                            "id": uuid.uuid4().hex,
                            "answer": view,
                            "history": list(history),
                            "filters": {
                                "kinds": list(kinds or []),
                                "year_min": year_min,
                                "year_max": year_max,
                            },
                        },
                        copy_text: render.plain_text(view),
                        feedback_box: gr.update(visible=True),
                        thanks: "",
                        comment: "",
                    }
        except AssistantError as err:
            if isinstance(err, StoreUnavailableError):  # one line in the log, no traceback
                log.warning("chat: %s", err)
            chat[-1]["content"] = render.esc_md(str(err))
            yield {chatbot: chat, sources: render.sources_html([])}
        except Exception:  # the user gets a sentence, the log gets the traceback
            log.exception("answer failed for %r", question)
            chat[-1]["content"] = UNEXPECTED
            yield {chatbot: chat, sources: render.sources_html([])}

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
        return [], [], None, "", render.sources_html([]), gr.update(visible=False), "", ""

    with gr.Blocks(
        title="Assistant — Observatoire des partenariats", analytics_enabled=False
    ) as app:
        history_state = gr.State([])
        last = gr.State(None)
        voted = gr.State([])  # answer ids already rated in this session
        # Refreshed at every page load (below): the note follows the index being served.
        intro = gr.HTML(intro_html(docs))
        with gr.Row(equal_height=False, elem_classes="layout"):
            with gr.Column(scale=3, min_width=300):
                chatbot = gr.Chatbot(
                    label="Conversation",
                    elem_id="chat",
                    height=480,
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
                with gr.Row():
                    send = gr.Button("Envoyer", variant="primary", elem_id="send")
                    new = gr.Button("Nouvelle conversation", elem_id="new")
                    copy = gr.Button("Copier la réponse et ses sources", elem_id="copy")
                status = gr.Markdown("", elem_id="status")
                copy_text = gr.Textbox(visible="hidden", elem_id="copy-text")
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
                gr.Examples(EXAMPLES, inputs=question_box, label="Exemples de questions")
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
            with gr.Column(scale=2, min_width=300):
                sources = gr.HTML(render.sources_html([]), elem_id="sources")

        ask_inputs = [question_box, chatbot, history_state, kinds, year_min, year_max]
        ask_outputs = [
            chatbot,
            question_box,
            status,
            sources,
            feedback_box,
            last,
            copy_text,
            history_state,
            thanks,
            comment,
        ]
        for trigger in (question_box.submit, send.click):
            trigger(
                respond,
                ask_inputs,
                ask_outputs,
                api_visibility="private",
                show_progress="hidden",
                concurrency_limit=8,
            )
        # The chat's own 🗑 « Effacer la conversation » and « Nouvelle conversation » are one
        # thing: bubbles, sources, feedback box and the history follow-ups are read against.
        reset_outputs = [
            chatbot,
            history_state,
            last,
            copy_text,
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
        copy.click(None, copy_text, status, js=COPY_JS, api_visibility="private")

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

        def ask(
            question: str,
            history: list[str] | None = None,
            kinds: list[str] | None = None,
            year_min: int | None = None,
            year_max: int | None = None,
        ) -> dict[str, Any]:
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
