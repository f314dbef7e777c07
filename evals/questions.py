"""Question sets: one JSON object per line, validated line by line (a bad line never stops a run)."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from assistant.errors import AssistantError

KINDS = ("figure", "definition", "list", "who", "when", "unanswerable")
KNOWN_FIELDS = (
    "id",
    "question",
    "answer",
    "must_contain",
    "source",
    "page",
    "kind",
    "follows",
    "also",
)


@dataclass(frozen=True)
class Question:
    """One evaluation case; `source`/`page` say where the answer stands (None if unanswerable)."""

    id: str
    question: str
    kind: str
    answer: str = ""
    must_contain: tuple[str, ...] = ()
    source: str | None = None
    page: int | None = None  # 1-based physical PDF page
    follows: str | None = None  # id of the previous question of the same conversation
    # Other pages that state the same answer (a fact repeated across publications): accepted too.
    also: tuple[tuple[str, int], ...] = ()
    extra: dict[str, Any] = field(default_factory=dict)  # unknown fields, kept and ignored

    @property
    def answerable(self) -> bool:
        return self.kind != "unanswerable"

    @property
    def locations(self) -> list[tuple[str, int | None]]:
        """Every (source, page) where the answer stands, the stated one first."""
        return [(self.source, self.page), *self.also] if self.source else []

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "id": self.id,
            "question": self.question,
            "answer": self.answer,
            "must_contain": list(self.must_contain),
            "source": self.source,
            "page": self.page,
            "kind": self.kind,
        }
        if self.follows:
            out["follows"] = self.follows
        if self.also:
            out["also"] = [{"source": s, "page": p} for s, p in self.also]
        return {**out, **self.extra}


@dataclass
class QuestionSet:
    """The valid questions of a file, in file order, and one French message per bad line."""

    questions: list[Question] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    path: str = ""

    def by_id(self) -> dict[str, Question]:
        return {q.id: q for q in self.questions}


def _text(obj: dict[str, Any], key: str, required: bool = True) -> str:
    value = obj.get(key)
    if value is None and not required:
        return ""
    if not isinstance(value, str) or (required and not value.strip()):
        raise ValueError(f"« {key} » doit être un texte non vide")
    return value.strip()


def _also(value: Any) -> tuple[tuple[str, int], ...]:
    """[{"source": "x.pdf", "page": 3}, ...] → ((source, page), ...)."""
    ok = isinstance(value, list) and all(
        isinstance(v, dict)
        and isinstance(v.get("source"), str)
        and v["source"].strip()
        and isinstance(v.get("page"), int)
        and not isinstance(v.get("page"), bool)
        and v["page"] >= 1
        for v in value
    )
    if not ok:
        raise ValueError('« also » doit être une liste de {"source": fichier, "page": numéro ≥ 1}')
    return tuple((v["source"], v["page"]) for v in value)


def parse_question(obj: Any) -> Question:
    """A Question from one decoded line; ValueError with a French reason when it is malformed."""
    if not isinstance(obj, dict):
        raise ValueError("la ligne doit être un objet JSON {...}")
    qid, question = _text(obj, "id"), _text(obj, "question")
    kind = _text(obj, "kind")
    if kind not in KINDS:
        raise ValueError(f"« kind » vaut {kind!r} ; attendu : {', '.join(KINDS)}")
    must = obj.get("must_contain", [])
    if not isinstance(must, list) or not all(isinstance(m, str) and m.strip() for m in must):
        raise ValueError("« must_contain » doit être une liste de textes non vides")
    source, page = obj.get("source"), obj.get("page")
    if source is not None and (not isinstance(source, str) or not source.strip()):
        raise ValueError("« source » doit être un nom de fichier ou null")
    if page is not None and (isinstance(page, bool) or not isinstance(page, int) or page < 1):
        raise ValueError(f"« page » doit être un numéro de page ≥ 1 ou null (reçu {page!r})")
    if page is not None and source is None:
        raise ValueError("« page » est donnée sans « source »")
    if kind == "unanswerable" and (source is not None or must):
        raise ValueError("une question sans réponse (unanswerable) n'a ni source ni must_contain")
    follows = obj.get("follows")
    if follows is not None and (not isinstance(follows, str) or not follows.strip()):
        raise ValueError("« follows » doit être l'id d'une question précédente")
    also = _also(obj.get("also", []))
    if also and (source is None or page is None):
        raise ValueError("« also » demande une « source » et une « page »")
    return Question(
        id=qid,
        question=question,
        kind=kind,
        answer=_text(obj, "answer", required=False),
        must_contain=tuple(m.strip() for m in must),
        source=source,
        page=page,
        follows=follows or None,
        also=also,
        extra={k: v for k, v in obj.items() if k not in KNOWN_FIELDS},
    )


def parse_lines(lines: Iterable[str], name: str = "") -> QuestionSet:
    """Every valid line becomes a Question; every bad one an error naming its line number."""
    qset = QuestionSet(path=name)
    seen: set[str] = set()
    prefix = f"{name} : " if name else ""
    for number, line in enumerate(lines, 1):
        if not line.strip() or line.lstrip().startswith("//"):
            continue
        try:
            question = parse_question(json.loads(line))
            if question.id in seen:
                raise ValueError(f"l'id {question.id!r} est déjà utilisé plus haut")
            if question.follows and question.follows not in seen:
                raise ValueError(
                    f"« follows » renvoie à {question.follows!r}, absent des lignes précédentes"
                )
        except json.JSONDecodeError as err:
            qset.errors.append(
                f"{prefix}ligne {number} ignorée : JSON invalide (colonne {err.colno})"
            )
            continue
        except ValueError as err:
            qset.errors.append(f"{prefix}ligne {number} ignorée : {err}")
            continue
        seen.add(question.id)
        qset.questions.append(question)
    return qset


def load_questions(path: Path) -> QuestionSet:
    """Read a JSONL question set; AssistantError when the file cannot be read at all."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise AssistantError(f"Fichier de questions introuvable : {path}") from None
    except (OSError, UnicodeDecodeError) as err:
        raise AssistantError(f"Fichier de questions illisible : {path} ({err})") from None
    return parse_lines(text.splitlines(), path.name)


def histories(questions: list[Question]) -> dict[str, list[str]]:
    """For each question, the earlier questions of its conversation (oldest first)."""
    by_id = {q.id: q for q in questions}
    out: dict[str, list[str]] = {}
    for q in questions:  # file order: a parent is always seen before its follow-ups
        parent = by_id.get(q.follows) if q.follows else None
        out[q.id] = [*out[parent.id], parent.question] if parent else []
    return out
