"""The retrieval record of an answer: how the question was read, what was searched for and
found, and the extractive answerer's signals."""

from __future__ import annotations

from dataclasses import field

from pydantic import Field
from pydantic.dataclasses import dataclass

from ..types import Retrieval, SearchFilter
from .parts import CONFIG


@dataclass(frozen=True, config=CONFIG)
class RetrievedPassage:
    """Un passage retrouvé par la recherche (cité ou non)."""

    source: str
    """Fichier PDF, relatif au dossier du corpus."""
    page: int
    """Page physique du PDF."""
    page_label: str
    """Numéro de page imprimé."""
    score: float
    """Score fusionné (par défaut, BM25 rapporté au meilleur plus cosinus, avec les bonus des règles ; rangs réciproques si `retrieval.fusion` vaut `rrf`)."""
    dense_rank: int | None
    """Rang dans la recherche sémantique (1 = premier) ; null si elle ne l'a pas trouvé."""
    lexical_rank: int | None
    """Rang dans la recherche par mots ; null si elle ne l'a pas trouvé."""
    chunk_id: str = ""
    """Identifiant du passage."""


def _unset(value: object) -> bool:
    return value in ((), None)


@dataclass(frozen=True, config=CONFIG)
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


@dataclass(frozen=True, config=CONFIG)
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
