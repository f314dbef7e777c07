"""👍/👎 on an answer, appended to `data_dir/feedback.jsonl` (one JSON object per line).

One vote per answer: every line carries the answer's id and a later vote on the same answer
supersedes the earlier ones (readers keep the last line of each id: `evals.feedback.last_votes`).
Appending keeps each write one short line, safe while several users vote at once."""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

logger = logging.getLogger(__name__)

FEEDBACK_FILE = "feedback.jsonl"
RATINGS = ("up", "down")


def feedback_record(
    answer: Mapping[str, Any],
    rating: str,
    comment: str = "",
    answer_id: str = "",
    history: Sequence[str] = (),
    filters: Mapping[str, Any] | None = None,
) -> dict[str, Any]:
    """The stored line for one vote on an `Answer.to_dict()`, with what it was asked with."""
    if rating not in RATINGS:
        raise ValueError(f"rating must be one of {RATINGS}, not {rating!r}")
    return {
        "time": datetime.now(UTC).isoformat(timespec="seconds"),
        "answer_id": answer_id,
        "question": answer.get("question", ""),
        "history": list(history),
        "filters": dict(filters or {}),
        "answer": answer.get("answer", ""),
        "refused": bool(answer.get("refused", False)),
        "citations": list(answer.get("citations", [])),
        "rating": rating,
        "comment": (comment or "").strip(),
        "fingerprint": answer.get("fingerprint", ""),
    }


class FeedbackLog:
    """The feedback file of one data directory, made absolute when the server starts: a later
    change of working directory does not move it."""

    def __init__(self, data_dir: Path) -> None:
        self.path = Path(data_dir).expanduser().resolve() / FEEDBACK_FILE
        self._lock = threading.Lock()

    def append(self, record: Mapping[str, Any]) -> Path:
        """Append one record; the lock keeps lines whole when several users vote at once."""
        line = json.dumps(record, ensure_ascii=False) + "\n"
        with self._lock:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with self.path.open("a", encoding="utf-8") as out:
                out.write(line)
        return self.path


def rate_handler(log: FeedbackLog, rating: str):
    """The 👍 / 👎 button's handler: (last answer, comment, ids voted) → (thanks, comment, ids)."""

    def handler(rated: dict | None, text: str, voted: list[str]):
        if not rated:
            return "Aucune réponse à évaluer pour l'instant.", text, voted
        record = feedback_record(
            rated["answer"], rating, text, rated["id"], rated["history"], rated["filters"]
        )
        try:
            log.append(record)
        except OSError:
            logger.exception("feedback not saved in %s", log.path)
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
