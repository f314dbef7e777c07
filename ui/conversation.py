"""What one conversation keeps: the per-answer « Copier » / « Exporter » buttons carried in
each chat bubble, and the state saved in the browser so that a reload keeps the conversation
(bubbles, the history follow-ups are read against, the answers and the last one's sources)."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import Any

from assistant.export import answer_markdown, conversation_markdown

from .render import plain_text

# Kept in the browser's localStorage (encrypted by Gradio's BrowserState): a fixed key, so a
# server restart finds it (a new secret then reads it as empty: a fresh conversation).
STORAGE_KEY = "observatoire-conversation"
# Oldest questions dropped from the saved state past this many: localStorage holds ~5 MB.
MAX_SAVED_TURNS = 40


TOOLS = 'class="answer-tools"'


def answer_tools() -> str:
    """The buttons under an answer. The chat's sanitizer keeps only their classes: the page
    script finds the texts of the k-th answer of the chat in the hidden `exports` field
    (`export_all`, one entry per answer in order), so they work after a reload too."""
    return (
        f"<span {TOOLS}>"
        '<button type="button" class="copier">Copier</button> '
        '<button type="button" class="exporter">Exporter</button>'
        "</span>"
    )


def export_all(turns: Sequence[Mapping[str, Any]]) -> str:
    """What the buttons copy and export, as JSON: each answer as plain text and as Markdown,
    and the whole conversation as Markdown (one numbering of footnotes)."""
    return json.dumps(
        {
            "answers": [{"text": plain_text(t), "md": answer_markdown(t)} for t in turns],
            "conversation": conversation_markdown(list(turns)) if turns else "",
        },
        ensure_ascii=False,
    )


def saved(
    chat: list, history: list[str], turns: list[dict], last: dict | None, note: str
) -> dict[str, Any]:
    """The browser-side copy of a conversation (JSON), trimmed to its last turns: the oldest
    answers go with every bubble up to theirs (questions refused or stopped on the way too),
    so that the k-th « Copier » of the chat is still the k-th answer."""
    if len(turns) > MAX_SAVED_TURNS:
        drop = len(turns) - MAX_SAVED_TURNS
        answered = [i for i, m in enumerate(chat) if TOOLS in str(m.get("content", ""))]
        chat = chat[answered[drop - 1] + 1 :] if len(answered) >= drop else chat
        turns = turns[drop:]
    return {"chat": chat, "history": history, "turns": turns, "last": last, "note": note}


def restored(state: Any) -> tuple[list, list[str], list[dict], dict | None, str]:
    """The saved conversation read back tolerantly (anything unexpected: a fresh one)."""
    if not isinstance(state, dict) or not isinstance(state.get("chat"), list):
        return [], [], [], None, ""
    chat = [
        m
        for m in state["chat"]
        if isinstance(m, dict) and m.get("role") in ("user", "assistant") and "content" in m
    ]
    history = [str(q) for q in state.get("history") or [] if isinstance(q, str)]
    turns = [t for t in state.get("turns") or [] if isinstance(t, dict)]
    last = state.get("last") if isinstance(state.get("last"), dict) else None
    return chat, history, turns, last, str(state.get("note") or "")


def stopped_bubble(content: str) -> str:
    """A bubble whose answer was stopped: what had arrived, and why it ends there."""
    mark = '<small class="stopped">Réponse arrêtée.</small>'
    if not content or 'class="pending"' in content:
        return mark
    return f"{content}<br>{mark}"


__all__ = [
    "STORAGE_KEY",
    "answer_tools",
    "export_all",
    "restored",
    "saved",
    "stopped_bubble",
]
