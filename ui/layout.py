"""The page's components, laid out for a laptop's first screen (1366×768): the chat, the
question and « Envoyer » / « Arrêter » on the left; the example questions, the filters and the
sources on the right (one column on a phone). `build_app` wires their events."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import gradio as gr

from . import render
from .conversation import STORAGE_KEY
from .filters import kind_choices

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
# Low enough that « Envoyer », the examples and the filters are on a laptop's first screen
# (1366×768), high enough for an answer and its follow-up.
CHAT_HEIGHT = 400


@dataclass
class Parts:
    """Every component the handlers read or write."""

    history: Any  # gr.State: the questions follow-ups are read against
    turns: Any  # gr.State: the answers of the conversation (for its export)
    last: Any  # gr.State: what a vote on the last answer records
    voted: Any  # gr.State: answer ids already rated in this session
    kept: Any  # gr.BrowserState: the conversation kept across reloads
    intro: Any
    chatbot: Any
    question: Any
    send: Any
    stop: Any
    new: Any
    export: Any
    status: Any
    exports: Any  # hidden: the texts the per-answer buttons copy and export
    feedback_box: Any
    comment: Any
    up: Any
    down: Any
    thanks: Any
    examples: list[Any]
    kinds: Any
    year_min: Any
    year_max: Any
    sources: Any


def build_layout(intro_html: str, docs: list[dict[str, Any]], years: list[str]) -> Parts:
    """Create the components (inside a `gr.Blocks`)."""
    states = {
        "history": gr.State([]),
        "turns": gr.State([]),
        "last": gr.State(None),
        "voted": gr.State([]),
        "kept": gr.BrowserState({}, storage_key=STORAGE_KEY),
    }
    # Refreshed at every page load: the note follows the index being served.
    intro = gr.HTML(intro_html)
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
            question = gr.Textbox(
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
            # Above the sources, so that they are on the first screen of a laptop.
            with gr.Group(elem_id="examples"):
                gr.Markdown("Exemples de questions", elem_classes="examples-label")
                examples = [gr.Button(q, size="sm", elem_classes="example") for q in EXAMPLES]
            with gr.Accordion("Filtrer les publications", open=False, elem_id="filters"):
                kinds = gr.CheckboxGroup(
                    kind_choices(docs), label="Type de publication", info=KIND_INFO, elem_id="kinds"
                )
                with gr.Row():
                    year_min = gr.Dropdown(
                        [ANY_YEAR, *years], value=ANY_YEAR, label="Publiées à partir de"
                    )
                    year_max = gr.Dropdown(
                        [ANY_YEAR, *years], value=ANY_YEAR, label="Publiées jusqu'en"
                    )
            sources = gr.HTML(render.sources_html([]), elem_id="sources")
    return Parts(
        **states,
        intro=intro,
        chatbot=chatbot,
        question=question,
        send=send,
        stop=stop,
        new=new,
        export=export,
        status=status,
        exports=exports,
        feedback_box=feedback_box,
        comment=comment,
        up=up,
        down=down,
        thanks=thanks,
        examples=examples,
        kinds=kinds,
        year_min=year_min,
        year_max=year_max,
        sources=sources,
    )
