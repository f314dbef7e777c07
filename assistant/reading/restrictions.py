"""What a question restricts its figure to — a place (« les associations bretonnes », « en
Argentine ») or a segment of the population (« les associations sans salarié », « en milieu
rural ») — and whether a text names it (data/restrictions.toml; rule `restriction`,
assistant/answer/held.py)."""

from __future__ import annotations

import re
from functools import cache

from ..datafiles import read_data
from ..text import fold_lower

# The feminine and plural endings of a place's adjective: breton → bretonne(s), bretons.
_ENDINGS = r"(?:e|s|es|ne|nes)?"


def _words(name: str) -> str:
    """A folded name as a pattern, hyphens and spaces alike (« Hauts de France »)."""
    return r"[\s-]+".join(re.escape(w) for w in re.split(r"[\s-]+", fold_lower(name)))


@cache
def _restrictions() -> tuple[tuple[re.Pattern[str] | None, re.Pattern[str] | None], ...]:
    """Each place and segment of the data file: a pattern over folded text (its names and
    adjectives), and one over the text as written (its names in capitals, « UE », « PACA », and
    those of `written`, « La Réunion »). A name glued after a hyphen is another place's
    (« Grande-Bretagne » is not the Bretagne)."""
    data = read_data("restrictions.toml")
    restrictions = []
    for entry in [*data["places"], *data["segments"]]:
        acronyms = [n for n in entry["names"] if n.isupper()] + entry.get("written", [])
        folded = [_words(n) for n in entry["names"] if not n.isupper()]
        folded += [_words(a) + _ENDINGS for a in entry["adjectives"]]
        restrictions.append(
            (
                re.compile(rf"(?<![\w-])(?:{'|'.join(folded)})\b") if folded else None,
                re.compile(rf"\b(?:{'|'.join(map(re.escape, acronyms))})\b") if acronyms else None,
            )
        )
    return tuple(restrictions)


def _names(text: str, folded: str, restriction: int) -> bool:
    """Whether `text` (`folded`: the same, folded) names restriction number `restriction`."""
    in_folded, as_written = _restrictions()[restriction]
    return bool(
        (in_folded and in_folded.search(folded)) or (as_written and as_written.search(text))
    )


def asked_restrictions(question: str) -> tuple[int, ...]:
    """The places and segments (indices into data/restrictions.toml) the question names."""
    folded = fold_lower(question)
    return tuple(i for i in range(len(_restrictions())) if _names(question, folded, i))


def names_restriction(text: str, restriction: int, folded: str | None = None) -> bool:
    """Whether the text names the place or segment (a name or an adjective of it); `folded`:
    the text already folded, when it is read for several."""
    return _names(text, fold_lower(text) if folded is None else folded, restriction)
