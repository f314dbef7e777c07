"""The parts of an answer: its citations, figure checks, conflicts and the documents proposed
with a refusal (assistant/contract/__init__.py puts them together)."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import ConfigDict, TypeAdapter
from pydantic.dataclasses import dataclass

from ..types import Hit

# Policy (README « API JSON »): the minor number grows when fields are added, the major one
# when a field is removed or changes meaning — which `ask --json` has never done.
SCHEMA_VERSION = "1.0"

CONFIG = ConfigDict(
    use_attribute_docstrings=True,
    # Every field is always written: the schema says so (defaults matter only to Python).
    json_schema_serialization_defaults_required=True,
    serialize_by_alias=True,
    validate_by_name=True,
    validate_by_alias=True,
)
Category = Literal["quantity", "date"]


@dataclass(frozen=True, config=CONFIG)
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
    """Score de la recherche (par défaut, score BM25 rapporté au meilleur plus cosinus, avec les bonus des règles ; rangs réciproques si `retrieval.fusion` vaut `rrf`), pour comparer les passages d'une réponse."""
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


@dataclass(frozen=True, config=CONFIG)
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


@dataclass(frozen=True, config=CONFIG)
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


@dataclass(frozen=True, config=CONFIG)
class Conflict:
    """Un sujet sur lequel les publications retrouvées ne donnent pas le même chiffre."""

    items: tuple[ConflictItem, ...]
    """Une entrée par publication, la plus récente d'abord."""


@dataclass(frozen=True, config=CONFIG)
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


_CITATION: TypeAdapter[Citation] = TypeAdapter(Citation)
