"""The answer contract: one typed value per part of an answer, serialised the same way by
`ask --json`, `POST /api/ask`, the Gradio endpoint and the chat, with its JSON Schema.

Pydantic dataclasses rather than plain ones: the same classes give the JSON (aliases, rounding)
and the schema, so the published schema cannot drift from what is sent. The attribute
docstrings are the schema's descriptions (French: they are what API users read)."""

from __future__ import annotations

from dataclasses import field
from typing import Any

from pydantic import Field, TypeAdapter, field_serializer
from pydantic.dataclasses import dataclass

from .parts import (
    CONFIG,
    SCHEMA_VERSION,
    Citation,
    Conflict,
    ConflictItem,
    FigureCheck,
    NearestDocument,
)
from .retrieval import FilterRecord, RetrievalRecord, RetrievedPassage


@dataclass(frozen=True, config=CONFIG)
class Answer:
    """Une réponse de l'assistant avec ses vérifications : le JSON de `assistant ask --json`,
    de `POST /api/ask` et du point d'accès `/ask` de gradio_client."""

    question: str
    """La question telle que posée."""
    text: str = Field(serialization_alias="answer", validation_alias="answer")
    """La réponse, avec ses citations `[n]` ; la phrase de refus quand `refused` est vrai."""
    refused: bool = False
    """Vrai quand l'assistant n'a pas trouvé de quoi répondre (voir `nearest`)."""
    citations: tuple[Citation, ...] = ()
    """Les sources citées, dans l'ordre de leurs numéros."""
    figures: tuple[FigureCheck, ...] = ()
    """Chaque chiffre et chaque date de la réponse, vérifié sur les pages citées."""
    conflicts: tuple[Conflict, ...] = ()
    """Les chiffres que d'autres publications retrouvées donnent autrement."""
    nearest: tuple[NearestDocument, ...] = ()
    """Refus : les documents les plus proches de la question (au plus 3)."""
    generator: str = ""
    """Le moteur de réponse (« extractive », ou le moteur LLM configuré)."""
    fingerprint: str = ""
    """Empreinte des réglages qui ont construit l'index (modèle, découpage)."""
    latency_s: float = 0.0
    """Durée de la réponse, en secondes."""
    timings: dict[str, float] = field(default_factory=dict)
    """Durée de chaque étape, en secondes (lexical, dense, generation, checks…)."""
    retrieval: RetrievalRecord = field(default_factory=lambda: RetrievalRecord(query=""))
    """Comment la question a été lue et ce que la recherche a trouvé."""
    schema_version: str = SCHEMA_VERSION
    """Version de ce contrat : mineure pour un champ ajouté, majeure pour un champ retiré ou
    dont le sens change."""

    # Rounded on the way out only: Python callers keep the exact measures.
    @field_serializer("latency_s")
    def _latency(self, value: float) -> float:
        return round(value, 4)

    @field_serializer("timings")
    def _timings(self, value: dict[str, float]) -> dict[str, float]:
        return {k: round(v, 4) for k, v in value.items()}

    def to_dict(self) -> dict[str, Any]:
        """The JSON contract, as Python values."""
        return dict(_ANSWER.dump_python(self, mode="json"))

    @classmethod
    def from_dict(cls, data: Any) -> Answer:
        """An answer back from its JSON (validated: a wrong field names itself)."""
        return _ANSWER.validate_python(data)


_ANSWER: TypeAdapter[Answer] = TypeAdapter(Answer)


def answer_schema() -> dict[str, Any]:
    """The JSON Schema of the answer (what is sent, with every field present)."""
    schema = _ANSWER.json_schema(mode="serialization")
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"observatoire-assistant/answer/{SCHEMA_VERSION}",
        **schema,
    }


__all__ = [
    "SCHEMA_VERSION",
    "Answer",
    "Citation",
    "Conflict",
    "ConflictItem",
    "FigureCheck",
    "FilterRecord",
    "NearestDocument",
    "RetrievalRecord",
    "RetrievedPassage",
    "answer_schema",
]
