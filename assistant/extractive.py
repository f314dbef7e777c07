"""The offline answerer: picks the passages' sentences that best answer the question and
composes a short French answer with [n] citations; figures are copied verbatim."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .chunking import find_headings
from .lexical import analyze
from .question import question_type
from .retrieve import content_terms
from .types import Hit

_SENTENCE_END = re.compile(r"(?<=[.!?…»])\s+(?=[«A-ZÀ-ÖØ-Þ0-9])|\n{2,}|\n(?=[•\-–·▪] )")
_ABBREV = re.compile(r"(?:\b(?:M|Mme|MM|p|pp|n°|cf|etc|env|art|éd|vol|dir|Dr|St)|\b[A-Z])\.$")
_PRONOUN_START = re.compile(
    r"^(?:Il|Elle|Ils|Elles|Ce|Cet|Cette|Ces|Cela|Ceci|Celui-ci|Celle-ci|Ceux-ci|Celles-ci|"
    r"Leur|Leurs|Son|Sa|Ses|Lui|Eux|Ce dernier|Cette dernière|Celui|Celle|Ceux|Y|En outre|"
    r"De plus|Par ailleurs|Parmi eux|Parmi elles|Parmi celles-ci)\b"
)
_FIGURE = re.compile(r"\d")
_PERCENT = re.compile(r"\d\s?%|\bpour cent\b")
_DATE = re.compile(r"\b(1[89]\d{2}|20\d{2})\b|\b\d{1,2}(?:er)? (?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)\b")
_NAME = re.compile(r"(?<!^)(?<![.!?] )\b[A-ZÀ-Ö][a-zà-ÿ]+(?:[- ][A-ZÀ-Ö][a-zà-ÿ]+)+\b")
_DEFINITION = re.compile(r"\b(est|sont|désigne|signifie|correspond|consiste|vise)\b|:|=|«")
_LOWER_OPENERS = {
    "le", "la", "les", "l'", "l’", "un", "une", "des", "du", "de", "d'", "d’", "au", "aux", "en",
    "dans", "pour", "parmi", "près", "plus", "sur", "avec", "ce", "cette", "ces", "il", "elle",
    "ils", "elles", "on", "à", "depuis", "lors", "trois", "deux", "quatre", "cinq",
}
KIND_LABEL = {"fiche": "la fiche Repère", "bulletin": "le bulletin de veille", "étude": "l'étude",
              "autre": "le document"}


def heading_lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of lines that are section headings: heading-shaped, after a paragraph end."""
    out, offset, prev = [], 0, ""
    for line in text.split("\n"):
        stripped = line.strip()
        after_break = not prev.strip() or prev.rstrip().endswith((".", "!", "?", ":", "»", ")"))
        if stripped and after_break and find_headings(stripped):
            out.append((offset, offset + len(line)))
        offset += len(line) + 1
        prev = line
    return out


def split_sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence of a passage, headings left out; keeps abbreviations and
    decimals together."""
    heads = heading_lines(text)
    cuts = sorted({0, len(text), *(p for span in heads for p in span)})
    spans = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        if (a, b) in heads:
            continue
        start = a
        for m in _SENTENCE_END.finditer(text, a, b):
            if _ABBREV.search(text[start : m.start()]):
                continue
            spans.append((start, m.start()))
            start = m.end()
        spans.append((start, b))
    out = []
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e - s >= 3:
            out.append((s, e))
    return out


@dataclass(frozen=True)
class Candidate:
    hit_index: int  # position of the passage among the hits (0-based)
    text: str  # the sentence, with the previous one when it starts with a pronoun
    score: float
    terms: frozenset[str]


def _one_line(text: str) -> str:
    return re.sub(r"\s*\n\s*", " ", text).strip()


def candidates(question: str, hits: list[Hit], top: int = 5) -> list[Candidate]:
    """Sentences of the top passages, scored for this question, best first."""
    terms = content_terms(question)
    qtype = question_type(question)
    out: list[Candidate] = []
    for i, hit in enumerate(hits[:top]):
        text = hit.chunk.text
        context = set(analyze(f"{hit.chunk.doc.title} {hit.chunk.section}"))
        spans = split_sentences(text)
        for j, (s, e) in enumerate(spans):
            sentence = _one_line(text[s:e])
            if len(sentence) < 25 or not re.search(r"[a-zà-ÿ]{3}", sentence):
                continue
            if _PRONOUN_START.match(sentence) and j > 0:
                sentence = _one_line(text[spans[j - 1][0] : e])
            words = set(analyze(sentence))
            overlap = len(terms & words) / len(terms) if terms else 0.0
            from_context = len(terms & (context - words)) / len(terms) if terms else 0.0
            score = overlap + 0.3 * from_context + 0.15 / (i + 1)
            if qtype == "figure" and _FIGURE.search(sentence):
                score += 0.25 + (0.1 if _PERCENT.search(sentence) else 0.0)
            elif (qtype == "when" and _DATE.search(sentence)) or (qtype == "who" and _NAME.search(sentence)):
                score += 0.3
            elif qtype == "definition" and _DEFINITION.search(sentence):
                score += 0.15
            if len(sentence) > 400:
                score -= 0.2
            out.append(Candidate(i, sentence, score, frozenset(words)))
    out.sort(key=lambda c: -c.score)
    return out


def select(cands: list[Candidate], max_sentences: int) -> list[Candidate]:
    """The best sentence, then the next good ones that add something."""
    if not cands:
        return []
    best = cands[0]
    chosen = [best]
    for c in cands[1:]:
        if len(chosen) >= max_sentences or c.score < 0.75 * best.score:
            break
        if any(_jaccard(c.terms, o.terms) > 0.5 or c.text in o.text or o.text in c.text
               for o in chosen):
            continue
        chosen.append(c)
    return chosen


def _jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    return len(a & b) / len(a | b) if a | b else 0.0


def publication(hit: Hit) -> str:
    """« la fiche Repère « Titre » (2021) »."""
    doc = hit.chunk.doc
    year = f" ({doc.year})" if doc.year else ""
    return f"{KIND_LABEL.get(doc.kind, 'le document')} « {doc.title} »{year}"


def with_opener(sentence: str, hit: Hit) -> str:
    """Open the answer with the publication it comes from."""
    pub = publication(hit)
    first = sentence.split(" ", 1)[0]
    if fold_first(first) in ("selon", "d'après", "d’après"):
        return f"{pub[0].upper()}{pub[1:]} indique : {sentence}"
    if fold_first(first) in _LOWER_OPENERS or first.lower().startswith(("l'", "l’", "d'", "d’")):
        sentence = sentence[0].lower() + sentence[1:]
    return f"D'après {pub.replace('le ', 'le ', 1)}, {sentence}".replace("D'après le ", "D'après le ")


def fold_first(word: str) -> str:
    return word.lower().strip(",;:")


def cite(sentence: str, n: int) -> str:
    """Put [n] before the sentence's final punctuation."""
    sentence = sentence.rstrip()
    if sentence.endswith(("»", ")")) and len(sentence) > 1 and sentence[-2] in ".!?":
        return f"{sentence[:-2]}{sentence[-1]} [{n}]{sentence[-2]}"
    if sentence[-1:] in ".!?…":
        return f"{sentence[:-1]} [{n}]{sentence[-1]}"
    return f"{sentence} [{n}]."
