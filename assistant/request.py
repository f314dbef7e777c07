"""Bounds on what a caller sends with a question: the question itself and the history."""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence

from .errors import InputError, InputTooLargeError
from .settings import ServerSettings


def _text(value: str, what: str) -> str:
    """NFC text; a lone surrogate (valid JSON, not valid Unicode) is refused."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise InputError(f"{what} contient des caractères invalides.") from None
    # Composed accents: "É" typed as "E" + combining accent is the same letter.
    return unicodedata.normalize("NFC", value).strip()


def checked_question(question: str, limits: ServerSettings) -> str:
    """The question, normalised, or a French error saying what is wrong with it."""
    question = _text(question, "La question")
    if not question:
        raise InputError("La question est vide.")
    if len(question) > limits.max_question_chars:
        raise InputError(
            f"La question est trop longue ({len(question)} caractères, "
            f"{limits.max_question_chars} au plus). Pouvez-vous la raccourcir ?"
        )
    return question


def bounded_history(history: Sequence[str], limits: ServerSettings) -> list[str]:
    """The last `max_history_turns` previous questions (older ones are dropped: a follow-up
    reads only the turns just before it); a turn longer than a question is refused."""
    kept = list(history[-limits.max_history_turns :]) if limits.max_history_turns else []
    out = []
    for turn in kept:
        turn = _text(turn, "L'historique")
        if len(turn) > limits.max_question_chars:
            raise InputTooLargeError(
                f"Une question de l'historique est trop longue ({len(turn)} caractères, "
                f"{limits.max_question_chars} au plus)."
            )
        if turn:
            out.append(turn)
    return out
