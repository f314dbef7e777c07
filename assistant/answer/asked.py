"""What the question asks, as the extractive answerer reads it for every sentence: its words,
the names and years it pins down, what it asks about them, what a follow-up adds."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..reading import constraints
from ..reading.query import Query
from ..search.retrieve import content_terms
from ..settings import GenerationSettings
from ..text import analyze, fold
from .focus import (
    answer_kind_nouns,
    asks_figure,
    asks_money,
    not_focus,
    not_names,
    same_attribute,
)
from .kinds import asks_duration, asks_mark, counted_noun
from .wanted import replaces_kind, wanted


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
    kept = (n.replace("-", " ") for n in names if n[:1].isupper() and n not in not_names())
    return set(analyze(" ".join(kept)))


def same_meaning(stems: set[str]) -> set[str]:
    """The stems, with the words of the same meaning as any of them (data/focus.toml,
    `same_attribute`: « qui dirige » / « présidé par », « combien d'argent » / « une dotation
    de »)."""
    return stems.union(*(group for group in same_attribute() if group & stems))


def asked_terms(query: Query) -> set[str]:
    """What the question asks about what it names: its words in what it adds (in a
    follow-up), without its names, its source clause, the words that ask for a figure and
    those that ask without saying what (« combien de personnes », « les trois missions ») or
    name the kind of answer wanted (« quelle date », « quels organismes »)."""
    named = set(analyze(" ".join(query.names)))
    kind = answer_kind_nouns(query.pinned)
    # « le projet ALTO coordonné par NEXA »: the participle before « par » and a name says
    # which one the question means, not what it asks of it.
    naming = set(analyze(" ".join(_NAMING_PARTICIPLE.findall(query.pinned))))
    return content_terms(query.pinned) - named - asks_figure() - not_focus() - kind - naming


# A past participle, then « par » and a name (« coordonné par NEXA », « portée par la Ville »,
# « financés par l'État »); not a noun (« le budget par Région », « le financement par X »).
_NAMING_PARTICIPLE = re.compile(
    r"\b(\w+(?:é|ée|és|ées|i|ie|is|ies|u|ue|us|ues))\s+par\s+"
    r"(?:(?:la|le|les)\s+|l['’])?(?=[A-ZÀ-Ö])"
)


@dataclass(frozen=True)
class Asked:
    """What the question brings to the scoring of every sentence, read once."""

    terms: set[str]
    focus: set[str]  # in a follow-up, what it adds (rule `follow_up`)
    attributed: set[str]  # names of the source it cites
    years: frozenset[str]
    names: set[str]
    kind: str
    counted: str  # what « combien de … » counts
    pinned: tuple[list[str], set[str]]  # names and years it pins down
    about: set[str]  # what it asks about what it names (`asked_terms`)
    subject: str  # what it asks about its subject (`focus`)
    known: frozenset[str] = frozenset()  # its folded words: a name it holds answers no « qui »
    acronym: str = ""  # the acronym a definition question asks about (« ARPEA »)
    mark: bool = False  # it asks for a mark out of 10 (« quelle note », « sur 10 »)
    duration: bool = False  # it asks how long (« combien de temps », « quelle durée »)
    money: bool = False  # it asks for a sum of money (« quel budget », « combien d'argent »)
    # Names the question writes in capitals (« IMPACT », « REACH »): a passage that only has the
    # common word (« l'impact de la démarche ») does not name them.
    capitals: frozenset[str] = frozenset()
    # Bounds it puts on who it counts (« plus de 10 000 habitants », rule `bounds`).
    bounds: tuple[str, ...] = ()
    # What it wants that its question word does not say (rule `wanted`: « tous les combien »),
    # and whether that, not the question word, says what answers a one-part question.
    wanted: frozenset[str] = frozenset()
    replaces_kind: bool = False
    sample: str = ""  # what it counts of those who took part in a survey (rule `sample`)
    negative: bool = False  # it asks about a « ne … pas » (rule `negation`)


def read_question(query: Query, asked_focus: str, conf: GenerationSettings) -> Asked:
    question = query.text
    attributed = attribution_terms(question)
    wants = wanted(query.asked) if conf.wanted else frozenset()
    return Asked(
        terms=content_terms(question),
        # A follow-up asked with the previous question as context: what is new is what is
        # asked.
        focus=content_terms(query.asked) if query.context and conf.follow_up else set(),
        attributed=attributed,
        years=query.years,
        names=name_terms(question) - attributed,
        kind=query.kind,
        counted=counted_noun(question),
        # What the question pins down: in a follow-up, in what it adds; never in its source
        # ("selon l'étude X de 2011", checked on the whole publication).
        pinned=(list(query.names), set(query.years)),
        about=asked_terms(query),
        subject=asked_focus,
        known=question_words(question),
        acronym=query.acronym if conf.acronym else "",
        mark=asks_mark(question),
        duration=asks_duration(query.asked),
        money=conf.money and query.kind == "figure" and asks_money(query.asked),
        sample=query.sample if conf.sample else "",
        capitals=capitals(query.pinned),
        bounds=query.bounds if conf.bounds else (),
        wanted=wants,
        replaces_kind=len(query.parts) == 1 and replaces_kind(wants),
        negative=conf.negation and negative(query.asked, spoken=True),
    )


# A clause in the negative: « ne le souhaitent pas », « n'en voulait pas », « ne savent plus »,
# « n'ont jamais », « pas du tout »; not « ne … que » nor « ne … plus que », which restrict,
# nor « net », « Neuilly », « n'importe ».
_NEGATIVE = re.compile(
    r"\b(?:ne\b|n[’'](?!importe))\s*(?:[^\W\d_]+[’']?\s*){0,4}?"
    r"(?:pas|plus|jamais|aucune?|guère)\b(?!\s+que\b)"
    r"|\bpas du tout\b",
    re.I,
)
# Spoken French drops the « ne » (« cb de maires savent pas piloter ? »): a verb then « pas »,
# read in questions only; not « le pas », « un premier pas », « pas à pas », « ou pas »,
# « mais pas », « pas mal ».
_SPOKEN_NEGATIVE = re.compile(
    r"\b(?!(?:le|les|des|un|ce|au|mon|son|nouveau|cent|premiers?|grands?|petits?|faux|ou|"
    r"mais)\b)[^\W\d_]{2,}\s+pas\b(?!\s+(?:à\s+pas|mal)\b)",
    re.I,
)


def negative(text: str, spoken: bool = False) -> bool:
    """Whether the text says something in the negative (rule `negation`); `spoken`: also
    without the « ne » (a question typed as it is said)."""
    return bool(_NEGATIVE.search(text) or (spoken and _SPOKEN_NEGATIVE.search(text)))


_CAPITALS = re.compile(r"(?<![\w-])[A-Z]{3,}(?![\w-])")


def capitals(question: str) -> frozenset[str]:
    """The words of three capitals or more the question writes (« IMPACT », « REACH »), unless
    it is typed in capitals."""
    words = re.findall(r"[^\W\d_]+", question)
    found = frozenset(_CAPITALS.findall(question))
    return found if len(found) <= max(1, len(words) // 3) else frozenset()


def question_words(question: str) -> frozenset[str]:
    """The question's folded lowercase words, and its numbers (« 2024 »)."""
    return frozenset(fold(w) for w in re.findall(r"[^\W_]+", question.lower()))
