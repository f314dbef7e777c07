"""A question's spelling brought back to the corpus's words before search: accents typed
without them ("collectivites" → "collectivités") and one-letter slips on long words
("parttenariats" → "partenariats", "aliance" → "alliance"). A word of the French dictionary is
never corrected, even when the corpus does not use it ("argent" is not "urgent")."""

from __future__ import annotations

import functools
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable

from .question import fold

_WORD = re.compile(r"[^\W\d_]+")
MIN_TYPO_LENGTH = 6  # shorter words have too many neighbours one letter away


@functools.cache
def french_words() -> frozenset[str]:
    """The words of pyspellchecker's French list (140,000 words, shipped in the package)."""
    from spellchecker import SpellChecker

    return frozenset(SpellChecker(language="fr", distance=1).word_frequency.dictionary)


def _deletes(word: str) -> set[str]:
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


class Spelling:
    """The corpus's words, to correct the questions' spelling against."""

    def __init__(self, texts: Iterable[str]) -> None:
        counts: Counter[str] = Counter()
        for text in texts:  # NFKC: a title's "ﬁ" ligature is "fi"
            counts.update(_WORD.findall(unicodedata.normalize("NFKC", text).lower()))
        by_plain: dict[str, Counter[str]] = {}
        for word, n in counts.items():
            by_plain.setdefault(fold(word), Counter())[word] += n
        self.known = set(counts)
        # Accents: the usual form of each word the corpus writes with accents and never without
        # ("a" / "à", "ou" / "où" both stand in the corpus: the bare word is left as typed).
        self.accented = {p: c.most_common(1)[0][0] for p, c in by_plain.items() if p not in counts}
        # Slips: the usual form of each folded word, and of each folded word minus one letter.
        self.usual = {p: c.most_common(1)[0][0] for p, c in by_plain.items()}
        self.frequency = {p: sum(c.values()) for p, c in by_plain.items()}
        self.near: dict[str, set[str]] = {}
        for plain in self.usual:
            if len(plain) >= MIN_TYPO_LENGTH - 1:
                for d in _deletes(plain):
                    self.near.setdefault(d, set()).add(plain)

    def correct(self, question: str) -> str:
        """The question with accents put back and one-letter slips on long words corrected."""
        return _WORD.sub(lambda m: _cased(m.group(0), self._word(m.group(0).lower())), question)

    def _word(self, word: str) -> str:
        if word in self.known:
            return word
        plain = fold(word)
        if plain == word and plain in self.accented:
            return self.accented[plain]
        if plain in self.usual or len(plain) < MIN_TYPO_LENGTH or word in french_words():
            return word  # "argent" is French even if the corpus never writes it
        # One letter missing, one too many, one wrong or two swapped.
        found = set(self.near.get(plain, ()))
        for d in _deletes(plain):
            if d in self.usual:
                found.add(d)
            found |= {p for p in self.near.get(d, ()) if _one_edit(plain, p)}
        if not found:
            return word
        best = max(sorted(found), key=lambda p: self.frequency[p])
        return self.usual[best]


def _one_edit(a: str, b: str) -> bool:
    """Same length, one letter different or two neighbours swapped."""
    if len(a) != len(b):
        return False
    diff = [i for i in range(len(a)) if a[i] != b[i]]
    if len(diff) == 1:
        return True
    return (
        len(diff) == 2
        and diff[1] == diff[0] + 1
        and a[diff[0]] == b[diff[1]]
        and a[diff[1]] == b[diff[0]]
    )


def _cased(typed: str, word: str) -> str:
    if word == typed.lower():
        return typed
    if typed.isupper() and len(typed) > 1:
        return word.upper()
    return word[0].upper() + word[1:] if typed[0].isupper() else word
