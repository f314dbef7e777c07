"""A question asking how many took part in a survey (« combien de maires ont été interrogés
? ») and the sentences that give such a headcount (« 302 maires interrogés », « plus de 2 000
personnes ont répondu », « Échantillon : 302 maires »): read by retrieval, which lifts the
passages holding one, and by the answerer's rule `sample`. Word lists: data/sample.toml."""

from __future__ import annotations

import re
from functools import cache

from ..datafiles import read_data
from ..text import MONTHS, STOP_WORDS, analyze, fold, fold_lower

# A number as pages print a headcount: « 302 », « 2 000 », « 1 380 », or in words.
_NUMBER = re.compile(
    r"(?<![\w,.])(?:\d{1,3}(?:[ \u00a0\u202f.]\d{3})+|\d+)(?![,.]\d)"
    r"|\b(?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|quinze|vingt|trente|"
    r"quarante|cinquante|soixante|cent|cents|mille|milliers|centaines|dizaines)\b",
    re.I,
)
# What makes a number something else than a headcount: a share, a sum, a mark, a rank, a day.
_NOT_HEADCOUNT = re.compile(
    rf"\s?(?:%|pour ?cent|[€$£]|k€|M€|euros?\b|/\s?\d|sur \d|sur dix\b|e\b|er\b|ème\b|"
    rf"quarts?\b|tiers\b|(?:{MONTHS})\b)",
    re.I,
)
# « trois maires (interrogés) sur quatre » is a share, like « 75 % des maires ».
_OUT_OF = re.compile(
    r"(?:\s+[^\W\d_]+){0,2}\s+sur\s+(?:\d|deux|trois|quatre|cinq|six|sept|huit|neuf|dix)\b", re.I
)
_DENOMINATOR = re.compile(r"\bsur\s+$", re.I)  # the « quatre » of « trois sur quatre »
# The word after a number, past a « de » (« des milliers de répondants »).
_WORD = re.compile(r"\s*(?:de |d['’])?\s*([^\W\d_][\w’'-]*)")
_COUNTED = re.compile(r"\bcombien (?:de |d['’])\s*(\w+(?:-\w+)*)", re.I)


@cache
def _words(table: str) -> frozenset[str]:
    """The folded words of a table of data/sample.toml."""
    data = read_data("sample.toml")
    return frozenset(fold_lower(w) for entry in data[table] for w in entry["words"])


@cache
def _took_part() -> frozenset[str]:
    return frozenset(analyze(" ".join(_words("sample_words"))))


def counted(question: str) -> str:
    """The stem of what « combien de … » counts (« maires » → « mair »), or ""."""
    m = _COUNTED.search(question)
    stems = analyze(m.group(1)) if m else []
    return stems[0] if stems else ""


def asks_sample(question: str) -> str:
    """What « combien de … » counts (a stem) when the question asks how many took part in a
    survey (a word of `asks_sample`, a phrase of `asks_sample_phrases`), else ""."""
    words = {fold(w) for w in re.findall(r"[^\W\d_]+", question.lower())}
    folded = " ".join(fold_lower(question).split())
    phrases = any(p in folded for p in _words("asks_sample_phrases"))
    return counted(question) if words & _words("asks_sample") or phrases else ""


def headcount(sentence: str, counted: str) -> bool:
    """Whether the sentence gives how many took part: a number right before what is counted
    (`counted`, a stem) or before a word of taking part (« 302 à répondre », « 2460
    répondants »), or before any noun in a sentence that says they took part (« plus de 2 000
    personnes ont été interrogées »); not a share, a sum, a mark, a rank or a day."""
    took_part = bool(set(analyze(sentence)) & _took_part())
    for m in _NUMBER.finditer(sentence):
        if _NOT_HEADCOUNT.match(sentence, m.end()) or _DENOMINATOR.search(sentence, 0, m.start()):
            continue
        after = _WORD.match(sentence, m.end())
        if after is None:
            continue
        word = after.group(1)
        if fold(word.lower()) == "a":  # « ils ont été 302 à répondre », « 42 à être interrogées »
            if set(analyze(sentence[after.end() : after.end() + 30])[:2]) & _took_part():
                return True
            continue
        stems = analyze(word)
        if not stems or _OUT_OF.match(sentence, after.end()):
            continue
        if stems[0] == counted or stems[0] in _took_part():
            return True
        if took_part and fold(word.lower()) not in STOP_WORDS:
            return True
    return False
