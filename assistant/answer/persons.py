"""Whether a sentence names a person (rule `person`): a given name followed by a family name
(« Laurence Weber », « ELLIOT VAUCHER », « Charles-Benoît Heidsieck »), or a civility title
before a name (« Mme Weber »). The lists are in data/persons.toml. A capitalised pair alone
(« Giving Tuesday », « Saint-Maurice », « Fondation des Territoires ») names no one."""

from __future__ import annotations

import re
from functools import cache

from ..datafiles import read_data
from ..text import fold

# Two words in a row, the first optionally closed by a period (« M. Martin »); overlapping,
# so that « à Anne Robin » is read from every word.
_PAIR = re.compile(r"(?=\b([^\W\d_][\w’'-]*?)(\.?)[ \u00a0]+([^\W\d_][\w’'-]*))")


@cache
def _lists() -> tuple[frozenset[str], frozenset[str]]:
    data = read_data("persons.toml")
    names = frozenset(w for table in data["given_names"] for w in table["words"])
    titles = frozenset(w for table in data["titles"] for w in table["words"])
    return names, titles


def names_person(sentence: str) -> bool:
    """Whether `sentence` holds a given name then a capitalised word, or a title then one."""
    names, titles = _lists()
    for m in _PAIR.finditer(sentence):
        first, dot, second = m.groups()
        if not (first[:1].isupper() and second[:1].isupper()):
            continue
        key = fold(first.lower()).split("-")[0]
        if (key in names and not dot) or key in titles:
            return True
    return False
