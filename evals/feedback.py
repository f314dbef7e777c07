"""Turn 👎 feedback from the interface into draft question lines for a person to review."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

from assistant.errors import AssistantError

# question_type() of assistant.reading.question → the kinds of a question set.
_KIND_OF_TYPE = {
    "figure": "figure",
    "when": "when",
    "who": "who",
    "definition": "definition",
    "list": "list",
}
REVIEW_NOTE = (
    "À relire : compléter answer et must_contain, vérifier source et page "
    "(ou passer kind à unanswerable et source/page à null)."
)


def _kind(question: str) -> str:
    from assistant.reading.question import question_type

    return _KIND_OF_TYPE.get(question_type(question), "definition")


def draft(record: dict[str, Any]) -> dict[str, Any]:
    """A draft question line from one 👎 record: the first citation as a guess for the page."""
    question = str(record["question"]).strip()
    cites = [c for c in record.get("citations") or [] if isinstance(c, dict)]
    first = min(cites, key=lambda c: c.get("n", 0)) if cites else {}
    digest = hashlib.sha1(question.encode("utf-8")).hexdigest()[:8]
    return {
        "id": f"fb-{digest}",
        "question": question,
        "answer": "",
        "must_contain": [],
        "source": first.get("source") or None,
        "page": first.get("page") or None,
        "kind": _kind(question),
        "review": REVIEW_NOTE,
        "feedback": {
            k: record.get(k, "")
            for k in ("time", "answer_id", "comment", "answer", "history", "filters", "fingerprint")
        },
    }


def last_votes(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One vote per answer: the last record of each `answer_id` (a voter who changed their
    mind), in the order of those last votes; records without an id (older files) all count."""
    last: dict[Any, int] = {}
    for i, record in enumerate(records):
        last[str(record.get("answer_id") or "") or ("line", i)] = i
    return [records[i] for i in sorted(last.values())]


def drafts_from_lines(lines: list[str], name: str = "") -> tuple[list[dict[str, Any]], list[str]]:
    """Drafts for every answer whose last vote is 👎 (one per distinct question) and French
    messages for bad lines."""
    out: list[dict[str, Any]] = []
    errors: list[str] = []
    seen: set[str] = set()
    records: list[dict[str, Any]] = []
    prefix = f"{name} : " if name else ""
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
            if not isinstance(record, dict) or not str(record.get("question") or "").strip():
                raise ValueError("pas de « question »")
            if record.get("rating") not in ("up", "down"):
                raise ValueError(f"« rating » vaut {record.get('rating')!r} (attendu : up ou down)")
        except (json.JSONDecodeError, ValueError) as err:
            reason = "JSON invalide" if isinstance(err, json.JSONDecodeError) else str(err)
            errors.append(f"{prefix}ligne {number} ignorée : {reason}")
            continue
        records.append(record)
    for record in last_votes(records):
        if record["rating"] != "down":
            continue
        d = draft(record)
        if d["id"] not in seen:
            seen.add(d["id"])
            out.append(d)
    return out, errors


def drafts_from_file(path: Path) -> tuple[list[dict[str, Any]], list[str]]:
    try:
        text = Path(path).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise AssistantError(f"Fichier d'avis introuvable : {path}") from None
    except (OSError, UnicodeDecodeError) as err:
        raise AssistantError(f"Fichier d'avis illisible : {path} ({err})") from None
    return drafts_from_lines(text.splitlines(), Path(path).name)


def to_jsonl(drafts: list[dict[str, Any]]) -> str:
    return "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in drafts)
