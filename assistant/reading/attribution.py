"""Which publication a question names: « dans l'étude Associations & Partenariats de 2017, … »,
« selon la fiche sur Le RAMEAU, … ». A named publication narrows the search to it, and its name
is no longer searched for inside it."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from ..datafiles import read_data
from ..text import YEAR, fold_in_place
from .constraints import words

_KIND = {"fiche": "fiche", "bulletin": "bulletin", "etude": "étude"}


@cache
def _named() -> re.Pattern[str]:
    """« dans l'étude … », « selon le baromètre … »: a kind of the corpus, or a noun of
    data/publications.toml that names a document by its type, then its name."""
    nouns = read_data("publications.toml")["noun"]
    other = sorted({fold_in_place(w.lower()) for e in nouns for w in e["words"]})
    return re.compile(
        r"\b(?:dans|selon|d'apres|pour)\s+(?:la|le|l')\s?"
        rf"(fiche|bulletin|etude|{'|'.join(other)})"
        r"(?:s? repere|s? de veille)?\b([^,?;:…(]*)"
    )


_FILLER = {
    "de", "des", "du", "d", "la", "le", "les", "l", "sur", "en", "et", "a", "au", "aux", "publiee",
    "publie", "parue", "paru", "n", "no", "numero", "janvier", "fevrier", "mars", "avril", "mai",
    "juin", "juillet", "aout", "septembre", "octobre", "novembre", "decembre",
}  # fmt: skip


def named_publication(
    question: str, documents: Sequence[dict[str, object]]
) -> tuple[tuple[str, ...], str]:
    """(sources of the publications the question names, the question without their naming);
    ((), question) when it names none or its words fit no title. The name is the longest run
    of words after « dans l'étude » that fits a title: « dans l'étude IMPACT quel est … »."""
    folded = fold_in_place(question)
    m = _named().search(folded)
    if not m:
        return (), question
    kind = _KIND.get(m.group(1), "")
    # A noun that is no kind of the corpus is part of the name (« le baromètre … »).
    typed = [] if kind else [m.group(1)]
    run = list(re.finditer(r"[a-z0-9]+", folded[m.start(2) : m.end(2)]))
    titles = {str(d.get("source")): set(words(str(d.get("title") or ""))) for d in documents}
    year = next((w.group(0) for w in run if YEAR.fullmatch(w.group(0))), None)
    for n in range(len(run), 0, -1):
        if n < len(run) and question[m.start(2) + run[n].start()].isupper():
            continue  # the name goes on: "l'étude IMPACT Fondations & Territoires" is not IMPACT
        said = [w.group(0) for w in run[:n]]
        name = [w for w in said if w not in _FILLER and not YEAR.fullmatch(w)]
        if not name:
            break  # « dans l'étude de 2017 »: a kind and a year, left to the filters
        name += typed
        fits = [
            d
            for d in documents
            if set(name) <= titles[str(d.get("source"))]
            and (not year or str(d.get("date", "")).startswith(year))
        ]
        # "l'étude IMPACT": the étude named IMPACT, if there is one, rather than every title
        # mentioning IMPACT.
        fits = [d for d in fits if kind and d.get("kind") == kind] or fits
        if fits and len(fits) <= 2:
            end = m.start(2) + run[n - 1].end()
            rest = (question[: m.start()] + question[end:]).strip(" ,")
            return tuple(str(d["source"]) for d in fits), rest or question
    return (), question
