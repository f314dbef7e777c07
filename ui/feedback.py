"""👍/👎 on an answer, appended to `data_dir/feedback.jsonl` (one JSON object per line)."""

from __future__ import annotations

import json
import threading
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

FEEDBACK_FILE = "feedback.jsonl"
RATINGS = ("up", "down")
_LOCK = threading.Lock()


def feedback_record(answer: dict[str, Any], rating: str, comment: str = "") -> dict[str, Any]:
    """The stored line for one rating of an `Answer.to_dict()`."""
    if rating not in RATINGS:
        raise ValueError(f"rating must be one of {RATINGS}, not {rating!r}")
    return {
        "time": datetime.now(UTC).isoformat(timespec="seconds"),
        "question": answer.get("question", ""),
        "answer": answer.get("answer", ""),
        "citations": list(answer.get("citations", [])),
        "rating": rating,
        "comment": (comment or "").strip(),
        "fingerprint": answer.get("fingerprint", ""),
    }


def append_feedback(data_dir: Path, record: dict[str, Any]) -> Path:
    """Append one record; a lock keeps lines whole when several users rate at once."""
    path = Path(data_dir) / FEEDBACK_FILE
    line = json.dumps(record, ensure_ascii=False) + "\n"
    with _LOCK:
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("a", encoding="utf-8") as out:
            out.write(line)
    return path
