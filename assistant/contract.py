"""The answer contract: one typed value per part of an answer, serialised the same way by
`ask --json`, `POST /api/ask`, the Gradio endpoint and the chat, with its JSON Schema.

Pydantic dataclasses rather than plain ones: the same classes give the JSON (aliases, rounding)
and the schema, so the published schema cannot drift from what is sent. The attribute
docstrings are the schema's descriptions (French: they are what API users read)."""

from __future__ import annotations

from dataclasses import field
from typing import Any, Literal

from pydantic import (
    ConfigDict,
    Field,
    TypeAdapter,
    field_serializer,
)
from pydantic.dataclasses import dataclass

from .types import Hit, Retrieval, SearchFilter

# Policy (README « API JSON »): the minor number grows when fields are added, the major one
# when a field is removed or changes meaning — which `ask --json` has never done.
SCHEMA_VERSION = "1.0"

_CONFIG = ConfigDict(
    use_attribute_docstrings=True,
    # Every field is always written: the schema says so (defaults matter only to Python).
    json_schema_serialization_defaults_required=True,
    serialize_by_alias=True,
    validate_by_name=True,
    validate_by_alias=True,
)
Category = Literal["quantity", "date"]


@dataclass(frozen=True, config=_CONFIG)
class Citation:
    """Ce que désigne un `[n]` de la réponse : un passage d'une page d'un PDF."""

    n: int
    """Numéro de la citation dans la réponse (`[n]`), à partir de 1."""
    source: str
    """Fichier PDF, relatif au dossier du corpus (séparateurs « / »)."""
    title: str
    """Titre de la publication (catalogue, ou métadonnées du PDF hors catalogue)."""
    kind: str
    """Type de publication : fiche, bulletin, étude ou autre."""
    date: str
    """Date de publication ISO (« 2021-03-15 », « 2021-03 » ou « 2021 ») ; vide si inconnue."""
    page: int
    """Page physique du PDF (1 = première page) : `#page=` de la visionneuse."""
    page_label: str
    """Numéro de page imprimé sur la page (« iii », « 12 »)."""
    quote: str
    """Le passage cité, tel que l'index le lit."""
    url: str
    """Adresse publique de la publication (catalogue) ; vide si aucune."""
    chunk_id: str = ""
    """Identifiant du passage (aperçu de page : `/preview/<source>/<page>.png?chunk=<id>`)."""
    score: float = 0.0
    """Score de la recherche (fusion des rangs), pour comparer les passages d'une réponse."""
    catalogued: bool = True
    """Faux pour un PDF sans entrée dans `catalogue.toml` : titre, type et date viennent du
    fichier lui-même (« hors catalogue »)."""

    @classmethod
    def from_hit(cls, n: int, hit: Hit) -> Citation:
        c = hit.chunk
        return cls(
            n=n,
            source=c.doc.source,
            title=c.doc.title,
            kind=c.doc.kind,
            date=c.doc.date,
            page=c.page,
            page_label=c.page_label,
            quote=c.text,
            url=c.doc.url,
            chunk_id=c.id,
            score=round(hit.score, 6),
            catalogued=c.doc.from_catalogue,
        )

    def to_dict(self) -> dict[str, Any]:
        return dict(_CITATION.dump_python(self, mode="json"))


@dataclass(frozen=True, config=_CONFIG)
class FigureCheck:
    """Un chiffre de la réponse et sa vérification sur les pages citées."""

    text: str
    """Le chiffre tel qu'écrit dans la réponse (« 81 % », « 1,5 M€ », « novembre 2021 »)."""
    citation: int | None
    """La citation dont la page le porte ; à défaut celle de sa phrase ; null sans citation."""
    verified: bool
    """Vrai si une page citée porte ce chiffre (✓), faux sinon (⚠)."""
    category: Category = "quantity"
    """« quantity » (pourcentage, montant, nombre, note) ou « date » (année, date, mois,
    période) : l'interface compte les dates à part des chiffres."""


@dataclass(frozen=True, config=_CONFIG)
class ConflictItem:
    """Ce qu'une publication donne pour un sujet où les publications divergent."""

    figures: tuple[str, ...]
    """Les chiffres de cette publication, sous forme canonique (« 81% », « 6.6/10 »)."""
    citation: int | None
    """Numéro de la citation de ce passage dans la réponse ; null s'il n'y est plus cité."""
    source: str
    """Fichier PDF, relatif au dossier du corpus."""
    title: str
    """Titre de la publication."""
    date: str
    """Date de publication ISO ; vide si inconnue."""
    page: int
    """Page physique du PDF."""
    page_label: str
    """Numéro de page imprimé."""


@dataclass(frozen=True, config=_CONFIG)
class Conflict:
    """Un sujet sur lequel les publications retrouvées ne donnent pas le même chiffre."""

    items: tuple[ConflictItem, ...]
    """Une entrée par publication, la plus récente d'abord."""


@dataclass(frozen=True, config=_CONFIG)
class NearestDocument:
    """Un document proche de la question, proposé quand l'assistant refuse de répondre."""

    source: str
    """Fichier PDF, relatif au dossier du corpus."""
    title: str
    """Titre de la publication."""
    kind: str
    """Type de publication."""
    date: str
    """Date de publication ISO ; vide si inconnue."""
    page: int
    """Page physique du PDF du passage le plus proche."""
    page_label: str
    """Numéro de page imprimé."""
    url: str
    """Adresse publique de la publication ; vide si aucune."""
    catalogued: bool
    """Faux pour un PDF sans entrée dans `catalogue.toml`."""

    @classmethod
    def from_hit(cls, hit: Hit) -> NearestDocument:
        c = hit.chunk
        return cls(
            source=c.doc.source,
            title=c.doc.title,
            kind=c.doc.kind,
            date=c.doc.date,
            page=c.page,
            page_label=c.page_label,
            url=c.doc.url,
            catalogued=c.doc.from_catalogue,
        )


@dataclass(frozen=True, config=_CONFIG)
class RetrievedPassage:
    """Un passage retrouvé par la recherche (cité ou non)."""

    source: str
    """Fichier PDF, relatif au dossier du corpus."""
    page: int
    """Page physique du PDF."""
    page_label: str
    """Numéro de page imprimé."""
    score: float
    """Score fusionné (rangs des recherches sémantique et par mots)."""
    dense_rank: int | None
    """Rang dans la recherche sémantique (1 = premier) ; null si elle ne l'a pas trouvé."""
    lexical_rank: int | None
    """Rang dans la recherche par mots ; null si elle ne l'a pas trouvé."""
    chunk_id: str = ""
    """Identifiant du passage."""


def _unset(value: object) -> bool:
    return value in ((), None)


@dataclass(frozen=True, config=_CONFIG)
class FilterRecord:
    """Les restrictions appliquées à la recherche ; seules celles posées sont écrites."""

    # `ask --json` has always written only the restrictions in force ({} for none).
    kinds: tuple[str, ...] = Field(default=(), exclude_if=_unset)
    """Types de publication retenus."""
    year_min: int | None = Field(default=None, exclude_if=_unset)
    """Année de publication minimale."""
    year_max: int | None = Field(default=None, exclude_if=_unset)
    """Année de publication maximale."""
    sources: tuple[str, ...] = Field(default=(), exclude_if=_unset)
    """Documents retenus (une publication nommée dans la question)."""

    @classmethod
    def of(cls, filt: SearchFilter) -> FilterRecord:
        return cls(filt.kinds, filt.year_min, filt.year_max, filt.sources)


@dataclass(frozen=True, config=_CONFIG)
class RetrievalRecord:
    """Comment la question a été lue et ce que la recherche a trouvé."""

    query: str
    """Ce qui a été cherché."""
    understood: str = ""
    """La question comprise : suite de conversation complétée, orthographe corrigée."""
    filter: FilterRecord = field(default_factory=FilterRecord)
    """Les restrictions appliquées (posées par l'appel, ou lues dans la question)."""
    coverage: float = 0.0
    """Part des mots de la question présents dans le meilleur passage."""
    top_dense: float = 0.0
    """Meilleure similarité sémantique (cosinus) parmi les passages."""
    hits: tuple[RetrievedPassage, ...] = ()
    """Les passages retrouvés, dans l'ordre de la recherche."""
    support: float | None = None
    """Moteur extractif : appui des mots de la question dans la meilleure phrase."""
    similarity: float | None = None
    """Moteur extractif : proximité de sens de la meilleure phrase (calculée si besoin)."""
    attribute: float | None = None
    """Moteur extractif : part de ce que la question précise (lieu, année…) retrouvée."""
    focus: str | None = None
    """Moteur extractif : ce que la question demande (son objet)."""
    focus_held: bool | None = None
    """Moteur extractif : une phrase des meilleurs passages parle de cet objet."""
    rules: tuple[str, ...] | None = None
    """Moteur extractif : les règles nommées qui ont façonné la réponse."""

    @classmethod
    def of(cls, r: Retrieval, understood: str) -> RetrievalRecord:
        return cls(
            query=r.query,
            understood=understood,
            filter=FilterRecord.of(r.filter),
            coverage=round(r.coverage, 4),
            top_dense=round(r.top_dense, 4),
            hits=tuple(
                RetrievedPassage(
                    source=h.chunk.doc.source,
                    page=h.chunk.page,
                    page_label=h.chunk.page_label,
                    score=round(h.score, 6),
                    dense_rank=h.dense_rank,
                    lexical_rank=h.lexical_rank,
                    chunk_id=h.chunk.id,
                )
                for h in r.hits
            ),
        )


@dataclass(frozen=True, config=_CONFIG)
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


_CITATION: TypeAdapter[Citation] = TypeAdapter(Citation)
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
