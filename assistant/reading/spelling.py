"""A question's spelling brought back to the corpus's words before search: accents typed
without them ("collectivites" → "collectivités"), one-letter slips on long words
("parttenariats" → "partenariats", "aliance" → "alliance") and the capitals of the corpus's
names typed in lowercase ("le rameau" → "le RAMEAU", "la fondation des territoires" → "la
Fondation des Territoires"). A word of the French dictionary is never corrected, even when the
corpus does not use it ("argent" is not "urgent")."""

from __future__ import annotations

import functools
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Iterator

from ..text import fold_in_place, fold_lower
from . import constraints

_WORD = re.compile(r"[^\W\d_]+")
_ATOM = re.compile(r"[a-z0-9]+")  # a name's words as `constraints.words` cuts them
_WORD_CHAR = re.compile(r"\w")
_END = ""  # the trie's mark of a name's last word (never a word itself)
_URL = re.compile(r"\S+://\S+|www\.\S+")
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
        names: dict[str, Counter[str]] = {}
        counts_lower: set[str] = set()
        # Each distinct word folded once: a corpus repeats its words (at 20,000 passages, 1.8
        # million folds took 40 % of building this table).
        folded = functools.lru_cache(maxsize=1 << 18)(fold_lower)
        for text in texts:
            text = unicodedata.normalize("NFKC", text)  # a title's "ﬁ" ligature is "fi"
            found = _WORD.findall(text)
            counts.update(w.lower() for w in found)
            # (web addresses are written in lowercase whatever they name: "/le-rameau/")
            prose = _URL.sub(" ", text)
            counts_lower.update(folded(w) for w in _WORD.findall(prose) if w.islower())
            for form in constraints.name_forms(text):
                names.setdefault(" ".join(constraints.words(form)), Counter())[form] += 1
        # Names: the usual written form of each name of the corpus, found whatever its case.
        # A one-word name the corpus also writes in lowercase is a common word too: "IMPACT"
        # the programme, "l'impact" of a partnership.
        self.names = {
            key: c.most_common(1)[0][0]
            for key, c in names.items()
            if " " in key or key not in counts_lower
        }
        # A trie of the names' words: finding them costs the same with 40,000 names as with 40.
        self._trie: dict[str, dict] = {}
        for key in self.names:
            node = self._trie
            for w in key.split():
                node = node.setdefault(w, {})
            if node is not self._trie:  # (a name folding to no word names nothing)
                node[_END] = {}
        by_plain: dict[str, Counter[str]] = {}
        for word, n in counts.items():
            by_plain.setdefault(fold_lower(word), Counter())[word] += n
        self.known = set(counts)
        # Accents: the usual form of each word the corpus writes with accents and never without
        # ("a" / "à", "ou" / "où" both stand in the corpus: the bare word is left as typed).
        self.accented = {p: c.most_common(1)[0][0] for p, c in by_plain.items() if p not in counts}
        # Slips: the usual form of each folded word, and of each folded word minus one letter.
        self.usual = {p: c.most_common(1)[0][0] for p, c in by_plain.items()}
        self.frequency = {p: sum(c.values()) for p, c in by_plain.items()}
        near: dict[str, set[str]] = {}
        for plain in self.usual:
            if len(plain) >= MIN_TYPO_LENGTH - 1:
                for d in _deletes(plain):
                    near.setdefault(d, set()).add(plain)
        # Tuples, not sets: the index's saved tables load 4 times faster (pickled sets are
        # rebuilt item by item).
        self.near: dict[str, tuple[str, ...]] = {d: tuple(sorted(p)) for d, p in near.items()}

    def correct(self, question: str, start: bool = True) -> str:
        """The question with accents put back, one-letter slips on long words corrected, the
        corpus's names given their capitals when typed all in lowercase, and a capital first
        when it `start`s the question (not when it follows a follow-up's context)."""
        question = _WORD.sub(lambda m: _cased(m.group(0), self._word(m.group(0).lower())), question)
        question = self._capitalise(question)
        if not start:
            return question
        # A sentence starts with a capital: the embedding model reads "qui dirige …" otherwise.
        return question[:1].upper() + question[1:]

    def _capitalise(self, question: str) -> str:
        out, pos = [], 0
        for start, end in self._name_spans(fold_in_place(question)):
            typed = question[start:end]
            if typed == typed.lower():  # typed in lowercase: the user did not mean otherwise
                key = " ".join(constraints.words(typed))
                if key in self.names:
                    out += [question[pos:start], self.names[key]]
                    pos = end
        return "".join(out) + question[pos:]

    def _name_spans(self, folded: str) -> Iterator[tuple[int, int]]:
        """Where the corpus's names stand in a folded question, left to right, the longest
        name at each place, whole words only (not "rameau" in "rameaux" or "é_rameau")."""
        atoms = [(m.start(), m.end(), m.group()) for m in _ATOM.finditer(folded)]
        i = 0
        while i < len(atoms):
            start = atoms[i][0]
            if start > 0 and _WORD_CHAR.match(folded, start - 1):
                i += 1  # inside a word: "é" or "_" glued to its left
                continue
            node, j, last = self._trie, i, -1
            while j < len(atoms) and (child := node.get(atoms[j][2])) is not None:
                end = atoms[j][1]
                if _END in child and not _WORD_CHAR.match(folded, end):
                    last = j
                node, j = child, j + 1
            if last < 0:
                i += 1
                continue
            yield start, atoms[last][1]
            i = last + 1

    def _word(self, word: str) -> str:
        if word in self.known:
            return word
        plain = fold_lower(word)
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
