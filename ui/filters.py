"""Filters chosen in the interface or sent to the API → `SearchFilter` (French errors)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence

from assistant.errors import AssistantError
from assistant.types import KINDS, SearchFilter

_ALIASES = {
    "etude": "étude",
    "études": "étude",
    "etudes": "étude",
    "fiches": "fiche",
    "bulletins": "bulletin",
    "autres": "autre",
}


def kind_choices(documents: Sequence[Mapping[str, object]]) -> list[tuple[str, str]]:
    """The kinds of the indexed documents with their counts, as (label, value) choices:
    « fiche (6) », « autre (53) ». Only kinds present, so no box hides the whole corpus."""
    counts = Counter(str(d.get("kind") or "autre") for d in documents)
    order = {k: i for i, k in enumerate(KINDS)}
    kinds = sorted(counts, key=lambda k: (order.get(k, len(KINDS)), k))
    return [(f"{k} ({counts[k]})", k) for k in kinds]


def _year(value: object, label: str) -> int | None:
    if value is None or str(value).strip().lower() in ("", "indifférente", "none"):
        return None
    try:
        year = int(str(value).strip())
    except ValueError:
        raise AssistantError(f"L'année « {value} » ({label}) n'est pas une année.") from None
    if not 1900 <= year <= 2100:
        raise AssistantError(f"L'année {year} ({label}) est hors des années possibles.")
    return year


def make_filter(
    kinds: Iterable[str] | None, year_min: object = None, year_max: object = None
) -> SearchFilter | None:
    """None when nothing is restricted (the question's own words may then set a filter)."""
    chosen = []
    for kind in kinds or ():
        k = _ALIASES.get(str(kind).strip().lower(), str(kind).strip().lower())
        if k not in KINDS:
            raise AssistantError(
                f"Type de publication « {kind} » inconnu (attendu : {', '.join(KINDS)})."
            )
        chosen.append(k)
    low, high = _year(year_min, "début"), _year(year_max, "fin")
    if low is not None and high is not None and low > high:
        raise AssistantError(f"La période est vide : de {low} à {high}. Inversez les deux années.")
    filt = SearchFilter(kinds=tuple(chosen), year_min=low, year_max=high)
    return None if filt.is_empty() else filt
