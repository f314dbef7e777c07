"""The offline answerer's choice: which sentences (or table cells) of the passages best answer
the question, and how much of the question they hold. The wording is in `compose`."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from ..reading import constraints
from ..reading.query import Query
from ..search.index import banner_key, lexical_text
from ..search.retrieve import content_terms
from ..text import MONTHS, analyze
from ..types import Hit
from .focus import answer_kind_nouns, holds, not_focus
from .units import units

_NUMBER = re.compile(r"(?<![\w.,])\d+(?:[ \u00a0\u202f.,]\d+)*")
_NOT_QUANTITY_AFTER = re.compile(rf"\s?(?:e|er|re|ère|ème|è|nd|nde|{MONTHS})\b")
_NUMBER_WORDS = (
    "deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|quinze|vingt|trente|quarante|"
    "cinquante|soixante|cent|cents|mille|millions?|milliards?|dizaines?|centaines?|milliers?|"
    "moitié|tiers|quart|majorité"
)
_WORD_NUMBER = re.compile(rf"\b(?:{_NUMBER_WORDS})\b", re.I)
# Any figure, for counting: "11 territoires", "cinq profils", "quinze fondations".
_FIGURE = re.compile(rf"\d|\b(?:{_NUMBER_WORDS})\b", re.I)
_PERCENT = re.compile(r"\d\s?%|\bpour cent\b")
_DATE = re.compile(rf"\b(1[89]\d{{2}}|20\d{{2}})\b|\b\d{{1,2}}(?:er)? (?:{MONTHS})\b")
_NAME = re.compile(r"(?<!^)(?<![.!?] )\b[A-ZÀ-Ö][a-zà-ÿ]+(?:[- ][A-ZÀ-Ö][a-zà-ÿ]+)+\b")
_DEFINITION = re.compile(
    r"\b(?:est|sont|désigne|désignent|signifie|correspond|consiste|regroupe|réunit|"
    r"c[’']est-à-dire|on (?:parle|appelle|entend))\b|\bpour «|:"
)


def quantity(sentence: str) -> bool:
    """Whether the sentence states an amount: a share, a sum, a count; not only a year, a date,
    an ordinal ("3e dîner") or a footnote call glued to a word ("méritent1")."""
    if _WORD_NUMBER.search(sentence):
        return True
    for m in _NUMBER.finditer(sentence):
        after = sentence[m.end() : m.end() + 12]
        if re.fullmatch(r"(?:19|20)\d{2}", m.group(0)) and not re.match(r"\s?%", after):
            continue  # a year
        if not _NOT_QUANTITY_AFTER.match(after):
            return True
    return False


def answer_kind_fits(qtype: str, sentence: str) -> bool:
    """A figure question wants an amount, a "when" question a date; the others anything."""
    if qtype == "figure":
        return quantity(sentence)
    if qtype == "when":
        return bool(_DATE.search(sentence))
    return True


@dataclass(frozen=True)
class Candidate:
    hit_index: int  # position of the passage among the hits (0-based)
    text: str  # the sentence, with the previous one when it starts with a pronoun
    score: float
    terms: frozenset[str]
    support: float = 0.0  # how much of the question the sentence itself holds (0–1)
    near_miss: bool = False  # its passage lacks a name or year the question pins down
    # How much of what the question pins down and asks the sentence holds: 0.0 in a passage
    # that lacks an asked name or year; for a question naming someone ("le budget annuel du
    # RAMEAU"), the share of what it asks about them ("budget annuel"); else 1.0.
    attribute: float = 1.0
    position: int = 0  # order of the unit in its passage (sentences, then table cells)
    focus_held: bool = True  # it holds what the question asks about its subject (`focus`)
    own: str = ""  # a list item without the sentence announcing it (`units.Unit.own`)


_GENERIC_NAMES = {
    "Français",
    "Française",
    "Françaises",
    "France",
    "Quel",
    "Quelle",
    "Quels",
    "Quelles",
    "Qui",
    "Que",
    "Combien",
    "Quand",
    "Comment",
    "Et",
    "Selon",
    "Dans",
}


# Words that ask for a figure rather than name what is counted.
_FIGURE_WORDS = set(analyze("montant total chiffre taux combien nombre somme"))


def attribution_terms(question: str) -> set[str]:
    """Names in source clauses (« selon l’étude X », « dans la fiche … »): who published, not
    what is asked."""
    return set().union(
        *(name_terms(clause, skip_first=False) for clause in constraints.sources(question))
    )


def name_terms(question: str, skip_first: bool = True) -> set[str]:
    """Analysed terms of the names in the question (capitalised words past the first). A
    hyphenated name counts by its parts: « PHARE-Citoyens » is there when « PHARE Citoyens »
    is (the joined form is a search term, not something a passage must spell the same way)."""
    words = re.findall(r"[\w’'-]+", question)[1 if skip_first else 0 :]
    names = [w.split("’")[-1].split("'")[-1] for w in words]
    kept = (n.replace("-", " ") for n in names if n[:1].isupper() and n not in _GENERIC_NAMES)
    return set(analyze(" ".join(kept)))


# Words a question uses for what the publications say otherwise ("qui dirige" / "présidé par",
# "combien d'argent" / "une dotation de"): a sentence holding one holds them all.
_SAME_MEANING = [
    set(analyze(words))
    for words in (
        "dirige dirigeant direction directeur directrice président présidé préside",
        "argent dotation financement finance financé paye payé million euros",
    )
]


def same_meaning(stems: set[str]) -> set[str]:
    """The stems, with the words of the same meaning as any of them."""
    return stems.union(*(group for group in _SAME_MEANING if group & stems))


def counted_noun(question: str) -> str:
    """The stem of what a "combien de …" question counts ("profils", "volets"), or ""."""
    m = re.search(r"\bcombien (?:de |d['’])\s*(\w+)", question, re.I)
    stems = analyze(m.group(1)) if m else []
    return stems[0] if stems else ""


def counts(sentence: str, stem: str) -> bool:
    """Whether a number stands right before the counted noun in the sentence."""
    for m in _FIGURE.finditer(sentence):
        after = analyze(sentence[m.end() : m.end() + 40])[:3]
        if stem in after:
            return True
    return False


def weighted_cover(terms: set[str], words: set[str], idf: Mapping[str, float]) -> float:
    """IDF-weighted share of `terms` found in `words` (terms unseen in the corpus weigh most)."""
    if not terms:
        return 0.0
    unseen = idf.get("", 1.0)
    total = sum(idf.get(t, unseen) for t in terms)
    return sum(idf.get(t, unseen) for t in terms & words) / total


def asked_terms(query: Query) -> set[str]:
    """What the question asks about what it names: its words in what it adds (in a
    follow-up), without its names, its source clause, the words that ask for a figure and
    those that ask without saying what (« combien de personnes », « les trois missions ») or
    name the kind of answer wanted (« quelle date », « quels organismes »)."""
    named = set(analyze(" ".join(query.names)))
    kind = answer_kind_nouns(query.pinned)
    return content_terms(query.pinned) - named - _FIGURE_WORDS - not_focus() - kind


def candidates(
    query: Query,
    hits: list[Hit],
    idf: Mapping[str, float] | None = None,
    top: int = 8,
    asked_focus: str = "",
    banners: frozenset[str] = frozenset(),
    skip_boilerplate: bool = True,
) -> list[Candidate]:
    """Sentences and table cells of the top passages, scored for this question, best first."""
    idf = idf or {}
    question = query.text
    terms = content_terms(question)
    # A follow-up asked with the previous question as context: what is new is what is asked.
    focus = content_terms(query.asked) if query.context else set()
    attributed = attribution_terms(question)
    asked_years = query.years
    names = name_terms(question) - attributed
    doc_words: dict[str, set[str]] = {}
    for h in hits[:top]:
        doc_words.setdefault(h.chunk.doc.source, set()).update(analyze(lexical_text(h.chunk)))
    qtype = query.kind
    best_score = max((h.score for h in hits[:top]), default=0.0) or 1.0
    counted = counted_noun(question)
    # What the question pins down: in a follow-up, in what it adds; never in its source
    # ("selon l'étude X de 2011", checked on the whole publication above).
    pinned = list(query.names), set(query.years)
    asked_about = asked_terms(query)
    out: list[Candidate] = []
    for i, hit in enumerate(hits[:top]):
        # The passage misses a name or year the question pins down: a near miss.
        near_miss = bool(constraints.missing(*pinned, constraints.context(hit.chunk)))
        # A question's year may be the publication's, which the sentence need not repeat.
        base_context = set(
            analyze(f"{hit.chunk.doc.title} {hit.chunk.section} {hit.chunk.doc.year or ''}")
        )
        title = hit.chunk.doc.title
        for position, unit in enumerate(units(hit.chunk.text, skip_boilerplate, title)):
            sentence, prior, heading = unit.text, unit.prior, unit.heading
            if banner_key(sentence) in banners:
                continue  # printed in many documents: a banner, not a statement
            context = base_context | set(analyze(f"{heading} {unit.before}"))
            words = set(analyze(sentence))
            support = (
                weighted_cover(terms, words | context, idf) * 0.3
                + weighted_cover(terms, words, idf) * 0.7
            )
            if not names <= words | context or not attributed <= doc_words[hit.chunk.doc.source]:
                support *= 0.4  # a name the question asks about is absent
            years = constraints.years(sentence)
            if asked_years and years and not asked_years & years:
                support *= 0.4  # the sentence dates its fact to another year
            if near_miss:
                support *= 0.4
            asked = (
                weighted_cover(terms, set(analyze(heading)), idf) if unit.answers_heading else 0.0
            )
            if asked >= 0.7:  # the publication asks the user's question and answers it here
                support = max(support, asked)
                prior += 0.4
            score = support + 0.5 * hit.score / best_score + prior - (0.3 if near_miss else 0.0)
            if focus:
                score += 0.4 * weighted_cover(focus, words | context, idf)
            fits = answer_kind_fits(qtype, sentence)

            if qtype == "figure":
                if fits:
                    score += 0.2 + (0.1 if _PERCENT.search(sentence) else 0.0)
                    if counted and counts(sentence, counted):
                        score += 0.3
                else:
                    score -= 0.25
            elif qtype == "when":
                score += 0.25 if fits else -0.25
            elif qtype == "who" and _NAME.search(sentence):
                score += 0.25
            elif qtype == "definition":
                score += 0.2 if _DEFINITION.search(sentence[:160]) else -0.1
            if len(sentence) > 400:
                score -= 0.2
            held = holds(asked_focus, words | context)  # speaks of what the question asks
            if near_miss:
                attribute = 0.0  # the passage is about someone else, or another year
            elif not pinned[0]:
                attribute = 1.0  # the question names no one
            elif asked_about and not (counted and counts(sentence, counted)):
                attribute = weighted_cover(asked_about, same_meaning(words | context), idf)
            else:
                attribute = 1.0  # "combien de fondations" and "1 500 fondations"
            out.append(
                Candidate(
                    i,
                    sentence,
                    score,
                    frozenset(words),
                    support,
                    near_miss,
                    attribute,
                    position,
                    held,
                    unit.own,
                )
            )
    out.sort(key=lambda c: -c.score)
    return out


def select(cands: list[Candidate], max_sentences: int) -> list[Candidate]:
    """The best sentence, then the next good ones that add something."""
    if not cands:
        return []
    best = cands[0]
    chosen = [best]
    for c in cands[1:]:
        if len(chosen) >= max_sentences or c.score < 0.85 * best.score:
            break
        parts = set(c.text.split("\n"))
        if any(_jaccard(c.terms, o.terms) > 0.5 or parts & set(o.text.split("\n")) for o in chosen):
            continue
        chosen.append(c)
    return chosen


def _jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    return len(a & b) / len(a | b) if a | b else 0.0
