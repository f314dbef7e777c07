"""Acronyms and the words they stand for: « Que veut dire ARPEA ? » is answered by the sentence
whose capitalised words spell it (« Analyse des Relations Partenariales entre Entreprises et
Associations »), wherever the publication prints the acronym itself."""

from __future__ import annotations

import re

from .text import STOP_WORDS, fold

# « ARPEA », « PGD », « M.E.D.O.C. »: two to eight capitals, dotted or not.
_ACRONYM = re.compile(r"(?<![\w.])(?:(?:[A-Z]\.){2,8}|[A-Z]{2,8}(?![a-z]))(?![\w])")
_WORD = re.compile(r"[^\W\d_][\w’'-]*")
# Lowercase words a spelled-out name may hold between its capitalised ones (« Faciles à
# trouver, Accessibles »): a few, so that capitals far apart do not spell it by chance.
_GAP = 3


# « Dans le Fonds ODD 17, qu'est-ce qu'un catalyseur ? »: the clause that sets the scene names
# where to look, not what to define.
_SCENE = re.compile(r"^\s*(?:dans|selon|d['’]apr[eè]s|pour|chez|au sein d[eu'’])\b[^,?]*,", re.I)


def acronyms(text: str) -> list[str]:
    """The acronyms printed in `text` (« CNPQ », « A.B.C.D. » → "ABCD"): words in capitals
    that `text` never prints otherwise, outside a web or mail address (« EMPLOI » over a
    section that says « l'emploi » is a label in capitals, not an acronym)."""
    found = _printed(text)
    if not found:
        return []
    # each of them, in any case, as a word outside a web or mail address (« www.cnpq.fr »)
    words = "|".join(map(re.escape, found))
    seen = re.finditer(rf"(?<![\w.@/])(?:{words})(?![\w@/]|\.\w)", text, re.I)
    return sorted(found - {m.group(0).upper() for m in seen if not m.group(0).isupper()})


def _printed(text: str) -> set[str]:
    """The acronyms `text` prints, their letters only (« M.E.D.O.C. » → "MEDOC")."""
    return {m.group(0).replace(".", "") for m in _ACRONYM.finditer(text)}


def asked_acronym(question: str) -> str:
    """The acronym a definition question asks about, its letters only (« M.E.D.O.C. » →
    « MEDOC »), or "" when it names none or several (or only in the clause that sets the
    scene)."""
    found = _printed(_SCENE.sub("", question))
    return found.pop() if len(found) == 1 else ""


def spells(acronym: str, text: str) -> bool:
    """Whether `text` holds words whose capitals spell `acronym` in order, only stop words and
    at most a few lowercase words between them (« Plan de Gestion de Données » for PGD,
    « Méthodes · Exemples · Données · Outils · Compétences » for MEDOC). The acronym itself
    (« ARPEA-Collectivités ») spells nothing."""
    if len(acronym) < 2:
        return False
    if _expanded_beside(acronym, text):
        return True
    words = _words(text)
    letters = acronym.upper()
    for start, word in enumerate(words):
        if not _opens(word, letters[0]):
            continue
        matched, gap, i = 1, 0, start + 1
        while matched < len(letters) and i < len(words) and gap <= _GAP:
            word = words[i]
            if _opens(word, letters[matched]):
                matched, gap = matched + 1, 0
            elif word[:1].isupper() or fold(word.lower()) not in STOP_WORDS:
                gap += 1
            i += 1
        if matched == len(letters):
            return True
    return False


def _expanded_beside(acronym: str, text: str) -> bool:
    """Whether `text` writes the words `acronym` stands for beside it in brackets, in any case:
    before it (« le Conseil local des jardins partagés (CLJP) », « les Unités de soutien aux
    écoles rurales (USER) ») or after it (« le CLJP (Conseil local des jardins partagés) »). The initials of the words next to it that are
    not stop words spell it, one word a letter."""
    letters = acronym.upper()
    name = re.escape(letters)
    for m in re.finditer(rf"\(\s*{name}\s*\)", text):
        if _initials(_content(text[: m.start()])[-len(letters) :]) == letters:
            return True
    for m in re.finditer(rf"(?<![\w.]){name}\s*\(([^()]*)\)", text):
        if _initials(_content(m.group(1))[: len(letters)]) == letters:
            return True
    return False


def _content(text: str) -> list[str]:
    """The words of `text` that are not stop words, elided articles cut off (« l'égalité »)."""
    return [w for w in _words(text) if fold(w.lower()) not in STOP_WORDS]


def _words(text: str) -> list[str]:
    """The words of `text`, elided articles cut off (« l'Agence » → « Agence »)."""
    return [w.group(0).split("’")[-1].split("'")[-1] for w in _WORD.finditer(text)]


def _initials(words: list[str]) -> str:
    return "".join(fold(w[:1]).upper() for w in words)


def _opens(word: str, letter: str) -> bool:
    """A capitalised word (not all capitals: that is an acronym) starting with `letter`."""
    return (
        word[:1].isupper()
        and not word.isupper()
        and fold(word[:1]).upper() == letter
        and fold(word.lower()) not in STOP_WORDS
    )
