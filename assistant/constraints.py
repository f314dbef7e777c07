"""What a question pins down and an answer must share: the names it asks about ("la Fondation
des Territoires", "Fonds ODD 17", "les Allemands") and the years it states ("en 2020"). A
passage that holds the right subject but not these answers another question: the near miss."""

from __future__ import annotations

import re

from .question import fold
from .types import Chunk

_CAP = r"[A-ZÀ-Ö][\wÀ-ÿ’'.-]*"
_LINK = r"\s+(?:de|des|du|d[’']|la|le|les|&|–|-)\s*"
# A number ends a name ("Fonds ODD 17"), a year does not ("IMPACT 2021" is IMPACT in 2021).
_PHRASE = re.compile(rf"{_CAP}(?:(?:{_LINK}|\s+){_CAP}|\s+(?!(?:19|20)\d\d\b)\d+\b)*")
_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")

# Capitalised words that name nothing here: question words, sentence openers, and the country
# every publication is about.
_GENERIC = {
    "quel", "quelle", "quels", "quelles", "qui", "que", "quoi", "combien", "quand", "comment",
    "pourquoi", "ou", "est", "et", "en", "dans", "selon", "d'apres", "pour", "sur", "parmi",
    "chez", "le", "la", "les", "l", "un", "une", "des", "du", "de", "d", "c", "je", "j", "il",
    "elle", "ils", "elles", "on", "y", "ca", "alors", "concretement", "bonjour", "merci",
    "francais", "francaise", "francaises", "france", "oui", "non", "vrai", "est-ce",
}  # fmt: skip


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", fold(text))


def names(question: str) -> list[str]:
    """The names the question asks about, as folded word sequences ("fondation des territoires")."""
    first = re.match(r"\s*([\wÀ-ÿ]+)", question)
    if first and not _acronym(first.group(1)):  # a capital that only starts the sentence
        question = question[: first.start(1)] + first.group(1).lower() + question[first.end(1) :]
    out: list[str] = []
    for m in _PHRASE.finditer(question):
        for part in re.split(r"\s+et\s+", m.group(0)):  # "TPE et PME": two names
            words = part.split()
            while words and fold(re.split(r"[’']", words[0])[0]) in _GENERIC:
                rest = re.split(r"[’']", words[0], maxsplit=1)  # "L'ODD 17" → "ODD 17"
                if len(rest) == 2 and rest[1][:1].isupper():
                    words[0] = rest[1]
                    break
                words = words[1:]
            while words and fold(words[-1]) in _GENERIC:
                words = words[:-1]
            seq = " ".join(_words(" ".join(words)))
            if len(seq) > 1 and not seq.isdigit() and seq not in out:
                out.append(seq)
    return out


def _acronym(word: str) -> bool:
    return sum(c.isupper() for c in word) >= 2


def years(question: str) -> set[str]:
    return set(_YEAR.findall(question))


def context(chunk: Chunk) -> str:
    """The words a passage is read with: its text, its publication's title, section and dates."""
    d = chunk.doc
    return (
        " "
        + " ".join(_words(f"{d.title} {chunk.section} {d.year or ''} {d.date or ''} {chunk.text}"))
        + " "
    )


def missing(asked_names: list[str], asked_years: set[str], ctx: str) -> list[str]:
    """The asked names and years the passage context (see `context`) does not hold."""
    return [n for n in [*asked_names, *sorted(asked_years)] if f" {n} " not in ctx]
