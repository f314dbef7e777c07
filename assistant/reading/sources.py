"""The source clause of a question (« selon l'étude X de 2011 », « dans la doc du rapport
X »): where the answer is to be read, whose words pin nothing down."""

from __future__ import annotations

import functools
import re

from ..datafiles import read_data
from ..text import fold_lower

# Where the answer is to be read: « selon l'étude X de 2011 », « dans la fiche de 2021 », « d'après
# le lexique du rapport X »: a kind of the corpus, or (after « selon », « d'après », « dans ») a
# noun of data/publications.toml that names a document by its type and opens a source clause.
_KINDS = r"fiche|bulletin|[ée]tude|enqu[êe]te|note|publication|rapport|document|volet|programme|[ée]dition"
_ARTICLE = r"\s+(?:la|le|l[’']|les|une|un|cette|ce)\s?"


@functools.cache
def _source() -> re.Pattern[str]:
    nouns = {
        w
        for e in read_data("publications.toml")["noun"]
        if e.get("clause", True)
        for w in e["words"]
    }
    other = "|".join(sorted(_unaccented(fold_lower(n)) for n in nouns))
    return re.compile(
        rf"\b(?:selon|d[’']apr[èe]s|dans|pour){_ARTICLE}(?:{_KINDS})s?\b[^,?]*"
        rf"|\b(?:selon|d[’']apr[èe]s|dans){_ARTICLE}(?:{other})s?\b[^,?]*"
        r"|\bselon\s+[A-ZÀ-Ö][^,?]*",
        re.I,
    )


def _unaccented(word: str) -> str:
    """A pattern for a folded word, typed with or without its accents (« barometre »)."""
    letters = {"e": "[eéèêë]", "a": "[aàâ]", "i": "[iîï]", "o": "[oô]", "u": "[uùû]", "c": "[cç]"}
    return "".join(letters.get(c, re.escape(c)) for c in word)


def asked_part(asked: str) -> str:
    """What pins things down in the words a question asks (`Query.asked`): never its source
    clause (« selon l'étude X de 2011 », « dans la fiche Repère n°2 »), which names the
    publication."""
    return _source().sub(" ", asked)


def sources(question: str) -> list[str]:
    """The question's source clauses: « selon l'étude X de 2011 », « dans la fiche Repère »."""
    return [m.group(0) for m in _source().finditer(question)]
