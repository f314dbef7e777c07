"""Pure parts of the conversation flow: the streamed text numbered like the finished answer,
the state kept in the browser (trimmed without losing the answer ↔ button order, read back
tolerantly), the texts the per-answer buttons copy and export, a stopped bubble."""

from __future__ import annotations

import json

import pytest

from assistant.contract import Citation
from ui.conversation import (
    MAX_SAVED_TURNS,
    answer_tools,
    export_all,
    restored,
    saved,
    stopped_bubble,
)
from ui.streaming import live_citations, live_text


@pytest.mark.parametrize(
    "streamed, shown, order",
    [
        ("A [3] b", "A [1] b", [3]),
        ("A [3] b [1", "A [1] b ", [3]),  # a marker still being written waits
        ("A [3] b [1]. C [3, 2]", "A [1] b [2]. C [1, 3]", [3, 1, 2]),
        ("A [9] b [2]", "A b [1]", [2]),  # no such passage: dropped as the final answer does
        ("Sans citation", "Sans citation", []),
    ],
)
def test_streamed_text_is_numbered_like_the_finished_answer(streamed, shown, order):
    assert live_text(streamed, passages=3) == (shown, order)


def test_every_prefix_keeps_its_numbers():
    """What a reader sees at each moment: a number once shown keeps its meaning."""
    final = "Selon la fiche [3]. Le bulletin [1]. Les maires [2, 3]. Encore [1]."
    seen: dict[str, int] = {}
    for end in range(len(final) + 1):
        _, order = live_text(final[:end], passages=3)
        for new, old in enumerate(order, 1):
            assert seen.setdefault(f"[{new}]", old) == old


def test_live_citations_renumber_the_cited_passages():
    passages = [
        Citation(n, f"{n}.pdf", f"T{n}", "fiche", "2020", 1, "1", "q", "") for n in (1, 2, 3)
    ]
    cited = live_citations(passages, [3, 1])
    assert [(c.n, c.source) for c in cited] == [(1, "3.pdf"), (2, "1.pdf")]


def turn(i: int) -> dict:
    return {"question": f"Q{i}", "answer": f"R{i} [1]", "citations": [], "figures": []}


def test_saved_trims_whole_turns_and_keeps_buttons_aligned():
    chat, turns, i = [], [], 0
    while len(turns) < MAX_SAVED_TURNS + 3:
        i += 1
        chat += [{"role": "user", "content": f"Q{i}"}]
        if i % 5 == 1:  # refused input or stopped answer: bubbles without a turn
            chat += [{"role": "assistant", "content": "Réponse arrêtée."}]
            continue
        chat += [{"role": "assistant", "content": f"R{i}" + answer_tools()}]
        turns.append(turn(i))
    state = json.loads(json.dumps(saved(chat, ["Q"], turns, None, "")))
    kept_chat, history, kept_turns, last, note = restored(state)
    assert len(kept_turns) == MAX_SAVED_TURNS and kept_turns[-1] == turns[-1]
    with_tools = [m["content"].split("<")[0] for m in kept_chat if "answer-tools" in m["content"]]
    assert with_tools == [t["answer"].split(" ")[0] for t in kept_turns]
    assert history == ["Q"] and last is None and note == ""


@pytest.mark.parametrize(
    "state", [None, {}, [], "x", {"chat": "x"}, {"chat": [{"role": "system", "content": "x"}]}]
)
def test_anything_unexpected_restores_a_fresh_conversation(state):
    chat, history, turns, last, _ = restored(state)
    assert chat == [] and history == [] and turns == [] and last is None


def test_exports_hold_each_answer_and_the_conversation():
    data = json.loads(export_all([turn(1), turn(2)]))
    assert [a["md"].splitlines()[0] for a in data["answers"]] == ["# Q1", "# Q2"]
    assert data["answers"][0]["text"].startswith("R1")
    assert data["conversation"].startswith("# Conversation\n\n## Q1")
    assert json.loads(export_all([])) == {"answers": [], "conversation": ""}


def test_a_stopped_bubble_keeps_what_arrived():
    assert stopped_bubble("Début de réponse").startswith("Début de réponse<br>")
    assert "Réponse arrêtée." in stopped_bubble("Début")
    assert stopped_bubble('<span class="pending">…</span>') == (
        '<small class="stopped">Réponse arrêtée.</small>'
    )
