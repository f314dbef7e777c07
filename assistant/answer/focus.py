"""The focus of a question — what it asks about its subject (« le trésorier », « la
dotation », « le logement ») — and whether an answer holds it. Word lists: data/focus.toml."""

from __future__ import annotations

import itertools
import re
import tomllib
from collections.abc import Iterable, Mapping
from functools import cache
from pathlib import Path

from ..text import analyze

DATA = Path(__file__).parent.parent / "data" / "focus.toml"


@cache
def _table() -> tuple[frozenset[str], tuple[frozenset[str], ...]]:
    data = tomllib.loads(DATA.read_text(encoding="utf-8"))
    never = frozenset(t for e in data.get("not_focus", []) for t in analyze(" ".join(e["words"])))
    same = tuple(frozenset(analyze(" ".join(e["words"]))) for e in data.get("same", []))
    return never, same


# A noun follows a determiner; a verb does not (« les Français estiment » → Français).
_DETERMINERS = {
    "le", "la", "les", "l", "un", "une", "des", "du", "de", "d", "au", "aux", "quel", "quelle",
    "quels", "quelles", "leur", "leurs", "son", "sa", "ses", "ce", "cet", "cette", "ces",
}  # fmt: skip


def nouns(text: str) -> set[str]:
    """Analysed words that follow a determiner: the things a question speaks of."""
    words = re.findall(r"[\w-]+", text.lower().replace("’", "'").replace("'", " "))
    follow = [w for prev, w in itertools.pairwise(words) if prev in _DETERMINERS]
    return set(analyze(" ".join(w for w in follow if w not in _DETERMINERS)))


def focus(asked: str, terms: Iterable[str], idf: Mapping[str, float]) -> str:
    """The rarest of the asked terms that is a noun of `asked` and may be a focus, or ""."""
    never, _ = _table()
    unseen = idf.get("", 1.0)
    left = sorted(set(terms) & nouns(asked) - never)
    return max((t for t in left if not t.isdigit()), key=lambda t: idf.get(t, unseen), default="")


def holds(term: str, words: Iterable[str]) -> bool:
    """Whether `words` (analysed) hold the focus term, or a word the data file gives it."""
    words = set(words)
    if not term or term in words:
        return True
    return any(term in group and group & words for group in _table()[1])
