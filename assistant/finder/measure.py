"""The words of a figure's clause: where it starts and ends (punctuation, the neighbouring
figures, a range's other end), without the source it cites, cleaned of function words at its
edges. `clauses` reads what a figure measures from them, `phrasing` words it as one cites it."""

from __future__ import annotations

import re
from functools import cache

from ..text import MONTHS, STOP_WORDS, fold
from .detect import Found
from .vocabulary import vocabulary

MAX_MEASURE_WORDS = 25
SHORT_ITEM_WORDS = 4  # a list item with fewer content words is read with its list's lead
_MONTH_RE = re.compile(MONTHS)
_NEGATION_RE = re.compile(r"ne$", re.I)
# A footnote call glued to a word that ends a sentence, the next opening on a capitalised
# pronoun or qualifier (« … leur territoire engagé2 Près de la moitié … », « … l'envie.1 Il … »),
# ends it too; not before a name or a column's label (« … de la sécurité1 Français 6,6/10 »,
# « … quotidiens1 Les jeunes 42 % »).
_CALL = (
    r"(?<=[a-zà-ÿ]{3})\.?\d{1,2}(?=\s+(?:Il|Elle|Ils|Elles|Près|Plus|Moins|Mais|Ainsi|On|Nous)\b)"
)
# A stop after a lone capital is an abbreviation's (« M.E.D.O.C. », « M. Dupont »), no boundary.
_STOPS = rf"[;:!?()]|(?<!\b[A-ZÀ-Ý])\.(?!\d)|\s[–—-]\s|{_CALL}"
CLAUSE_END_RE = re.compile(_STOPS)  # a clause's end; a list's commas go on the clause
BOUNDARY_RE = re.compile(rf"{_STOPS}|,(?!\d)")  # a figure's clause: commas end it too
DONT_RE = re.compile(r"\bdont\s*(?:\(?\s*)$")
# Words around a figure that say nothing of what it measures.
FILLER_RE = re.compile(
    r"\b(?:d['’]entre (?:eux|elles)|c['’]est (?:aussi |également )?(?:le cas|l['’]avis) (?:de|d['’])"
    r"|(?:ils|elles) (?:sont|étaient|seraient) (?:encore |aussi |même )?)",
    re.I,
)


@cache
def _source_clause_re() -> re.Pattern[str]:
    """« selon le volet PHARE-Institutions », « d'après l'enquête de 2016 »: where a figure
    comes from, the source's noun (data file `source_clause_nouns`) and its name or date
    (capitalised words, « de 2016 »); not a breakdown (« varie selon la source »)."""
    nouns = "|".join(re.escape(w) for w in vocabulary().words("source_clause_nouns"))
    return re.compile(
        r"(?<!\bvarie )(?<!\bvarient )(?<!\bdiffère )(?<!\bdiffèrent )"
        r"\b(?:[Ss]elon|[Dd]['’]apr[èe]s)\s+(?:les?\s+|la\s+|l['’]\s*|ces?\s+|cette\s+|son\s+|sa\s+"
        rf"|ses\s+|leurs?\s+|une?\s+)?(?:(?:derni[èe]re?s?|même|nouvel(?:le)?s?)\s+)?(?:{nouns})\b"
        r"(?:\s+(?:(?:de|du|des|d['’])\s*)?(?:[A-ZÀ-Ý][\w&'’.-]*|(?:19|20)\d\d\b))*",
    )


def without_source(words: str) -> str:
    """`words` without the clauses citing a figure's source (rule `source_clause`)."""
    if "elon" not in words and "apr" not in words:
        return words
    return _source_clause_re().sub(" ", words)


def segment(sentence: str, fig: Found, others: list[Found]) -> tuple[int, int]:
    """The clause of a figure: between punctuation and the neighbouring figures."""
    start, end = 0, len(sentence)
    for m in BOUNDARY_RE.finditer(sentence):
        if m.end() <= fig.start:
            start = m.end()
        elif m.start() >= fig.end:
            end = min(end, m.start())
            break
    for o in others:
        if o.text[:1].isalpha() and not fig.text[:1].isalpha():
            continue  # « un accord de trois ans … avec 37 fournisseurs »: words, not a boundary
        if paired(sentence, o, fig) or paired(sentence, fig, o):
            continue  # « environ 70 à 80 % des accidents »: one clause for both
        if o.end <= fig.start:
            start = max(start, o.end)
        elif o.start >= fig.end:
            end = min(end, o.start)
    return start, end


_PAIR_RE = re.compile(r"[ \t]*(?:et|à|ou|puis)[ \t]+")


def paired(sentence: str, first: Found, second: Found) -> bool:
    """Whether two figures of one unit are a range or a pair (« 70 à 80 % », « 1 000 et 350
    structures », « 86 % puis 84 % des Français »): « et », « à », « ou » or « puis » between
    them and nothing else."""
    return (
        first.unit == second.unit
        and first.end <= second.start
        and _PAIR_RE.fullmatch(sentence, first.end, second.start) is not None
    )


def clean(words: str) -> str:
    words = re.sub(r"\s+", " ", words).strip(" ,;:-–—«»…\"'")
    tokens = words.split()
    while tokens and fold(tokens[-1].lower().strip("«»")) in STOP_WORDS | {"et", "ou"}:
        tokens.pop()
    while tokens and fold(tokens[0].lower()) in STOP_WORDS | {"et", "ou", "soit", "puis"}:
        if _NEGATION_RE.match(tokens[0]):
            break  # « ne savent pas … »: the negation is what the figure counts
        tokens.pop(0)
    return " ".join(tokens[:MAX_MEASURE_WORDS])


def content_words(words: str) -> int:
    """Content words (not function words, not month names: « (juin 2023-juin 2026) » dates
    a figure, it does not say what it measures)."""
    return sum(
        1
        for w in re.findall(r"[^\W\d_]{3,}", words)
        if fold(w.lower()) not in STOP_WORDS and not _MONTH_RE.fullmatch(w.lower())
    )
