"""Which publication a question names: « dans l'étude Associations & Partenariats de 2017, … »,
« selon la fiche sur Le RAMEAU, … ». A named publication narrows the search to it, and its name
is no longer searched for inside it."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .question import fold

_KIND = {"fiche": "fiche", "bulletin": "bulletin", "etude": "étude"}
_NAMED = re.compile(
    r"\b(?:dans|selon|d'apres|pour)\s+(?:la|le|l')\s?(fiche|bulletin|etude)"
    r"(?:s? repere|s? de veille)?\b([^,?;]*)"
)
_FILLER = {
    "de", "des", "du", "d", "la", "le", "les", "l", "sur", "en", "et", "a", "au", "aux", "publiee",
    "publie", "parue", "paru", "n", "no", "numero", "janvier", "fevrier", "mars", "avril", "mai",
    "juin", "juillet", "aout", "septembre", "octobre", "novembre", "decembre",
}  # fmt: skip


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", fold(text))


def named_publication(
    question: str, documents: Sequence[dict[str, object]]
) -> tuple[tuple[str, ...], str]:
    """(sources of the publications the question names, the question without their naming);
    ((), question) when it names none or its words fit no title."""
    m = _NAMED.search(fold(question))
    if not m:
        return (), question
    name = [w for w in _words(m.group(2)) if w not in _FILLER and not re.fullmatch(r"\d{4}", w)]
    if not name:
        return (), question
    year = re.search(r"\b((?:19|20)\d{2})\b", m.group(2))
    kind = _KIND[m.group(1)]
    fits = [
        d
        for d in documents
        if set(name) <= set(_words(str(d.get("title", ""))))
        and (not year or str(d.get("date", "")).startswith(year.group(1)))
    ]
    # "l'étude IMPACT": the étude named IMPACT, if there is one, rather than every title
    # mentioning IMPACT.
    fits = [d for d in fits if d.get("kind") == kind] or fits
    if not fits or len(fits) > 2:
        return (), question
    sources = tuple(str(d["source"]) for d in fits)
    if len(fold(question)) != len(question):  # the span found in the folded text would not fit
        return sources, question
    return sources, (question[: m.start()] + question[m.end() :]).strip(" ,") or question
