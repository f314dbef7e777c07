"""Optional LLM-judged faithfulness, in French: does every statement of the answer follow from
the passages it cites? Only when an LLM backend is configured; the deterministic metrics do not
depend on it."""

from __future__ import annotations

import re
from typing import Any

from assistant.errors import AssistantError
from assistant.settings import Settings

JUDGE_PROMPT = """Tu vérifies la fidélité d'une réponse à ses sources.
On te donne une question, une réponse avec des citations [n] et les extraits cités.
Note de 0 à 1 la part des affirmations de la réponse (chiffres, dates, noms compris) qui sont
justifiées par les extraits : 1 si tout est justifié, 0 si rien ne l'est.
Réponds uniquement par ce nombre, par exemple 0,75."""

_NUMBER = re.compile(r"(?<![\d,.])(0(?:[.,]\d+)?|1(?:[.,]0+)?)(?!\d|[.,]\d)")


def judge_model(settings: Settings) -> Any | None:
    """The configured LLM as a langchain chat model, or None with the extractive default."""
    if settings.generation.backend not in ("openai", "ollama"):
        return None
    from assistant.answer.backends import make_generator

    return getattr(make_generator(settings.generation), "model", None)


def parse_score(text: str) -> float | None:
    """The first number between 0 and 1 in the judge's reply ("0,75" or "0.75")."""
    m = _NUMBER.search(text)
    return float(m.group(1).replace(",", ".")) if m else None


def judge(model: Any, record: dict[str, Any]) -> float | None:
    """Faithfulness of one answered record (None for refusals, errors, unreadable replies)."""
    from langchain_core.messages import HumanMessage, SystemMessage

    if record.get("refused") or record.get("error") or not record.get("citations"):
        return None
    quotes = "\n\n".join(f"[{c['n']}] {c['quote']}" for c in record["citations"])
    prompt = (
        f"Question : {record['question']}\n\nRéponse : {record['answer']}\n\n"
        f"Extraits cités :\n{quotes}"
    )
    try:
        reply = model.invoke([SystemMessage(JUDGE_PROMPT), HumanMessage(prompt)])
    except Exception as err:  # network or HTTP errors from the endpoint
        raise AssistantError(f"Le modèle juge n'a pas répondu : {err}") from err
    return parse_score(str(reply.content))


def annotate(records: list[dict[str, Any]], model: Any) -> float | None:
    """Add "faithfulness" to each judged record; return the mean over judged records."""
    scores = []
    for record in records:
        value = judge(model, record)
        if value is not None:
            record["faithfulness"] = value
            scores.append(value)
    return round(sum(scores) / len(scores), 4) if scores else None
