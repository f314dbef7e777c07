"""The years and the bounds a question pins down (« en 2020 », « moins de 10 000 habitants »),
and the years a sentence dates its facts to: a number like a year that counts is neither."""

from __future__ import annotations

import re

from ..text import STOP_WORDS, YEAR, fold, fold_lower
from ..text import folded_words as words

# A number like a year that a plural verb or a plural noun follows counts something (« 2150
# répondants …, et 2031 ont fini leur réponse »): a year is singular (« 2018 a été »).
_PLURAL_VERB = re.compile(r"\s+(?:ont|sont|[ée]taient|avaient)\b")
_PLURAL_WORD = re.compile(r"\s+[a-zà-ÿ]{2,}[sx]\b")


# Before a number, words that make it a count when a plural follows (« moins de 2000
# habitants », « les 2000 adhérents »); after « en », « depuis », … it stays a year (« en 2020
# ont signé »).
_COUNT_BEFORE = re.compile(
    r"\b(?:plus de|moins de|au moins|pr[èe]s de|environ|les|des|ces|parmi les|sur les)\s*$", re.I
)


# « au début des années 2010 »: a decade, not the year that names it.
_DECADE_BEFORE = re.compile(r"\bann[ée]es\s*$", re.I)
# … unless another year bounds it (« entre les années 2020 et 2021 », « les années 2000-2010 »)
_YEAR_AFTER = re.compile(r"\s*(?:et|-|–|à)\s*(?:19|20)\d\d\b")


def years(question: str) -> set[str]:
    """The years a question asks about: not a number like a year that a bound or a
    determiner opens and a plural follows, which counts (« moins de 2000 habitants », « les
    2000 adhérents ont-ils voté ? »), nor a decade (« les années 2010 » is no year a page must
    print: the page says « en 2011 »)."""
    return {
        m.group(0)
        for m in YEAR.finditer(question)
        if not (_COUNT_BEFORE.search(question[: m.start()]) and _counts(question, m.end()))
        and not (
            m.group(0).endswith("0")
            and _DECADE_BEFORE.search(question[: m.start()])
            and not _YEAR_AFTER.match(question, m.end())
        )
    }


def _counts(text: str, end: int) -> bool:
    """Whether the number like a year ending at `end` counts what follows it: a plural verb or
    a plural noun (not a link word) comes next (a year is singular: « 2018 a été »)."""
    if _PLURAL_VERB.match(text, end):
        return True
    noun = _PLURAL_WORD.match(text, end)
    return bool(noun and fold(noun.group(0).strip()) not in STOP_WORDS)


# A bound the question puts on who is counted (« les communes de plus de 10 000 habitants »,
# « les moins de 25 ans », « entre 10 000 et 150 000 € »): its number, and the noun right after
# it when there is one; a year is pinned as a year.
_NUM = r"\d{1,3}(?:[ \u00a0\u202f.]\d{3})+|\d+"
_BOUND = re.compile(
    rf"\b(?:plus|moins) de ({_NUM})|\bau moins ({_NUM})|\bentre ({_NUM}) et ({_NUM})"
    rf"|\b(?:de )?({_NUM}) ?(?:-|–|a|à) ?({_NUM})(?= ans\b)"
)
_UNIT_NOUN = re.compile(r"\s?([a-z]{3,})\b")
# No unit: a link word, or a currency, which pages print as a symbol (« 10 000 € »).
_NOT_UNIT = STOP_WORDS | {"euro", "euros", "eur", "dollars", "francs"}


def quantities(question: str) -> list[str]:
    """The bounds the question puts on who or what it counts, as folded words (« plus de
    10 000 habitants » → "10 000 habitants", « les 18-25 ans » → "18 25 ans"). A passage whose
    page lacks them speaks of another population: the near miss (« quelle part des maires de
    villes de plus de 100 000 habitants … » of a survey that never broke its results out)."""
    text = fold_lower(question)
    out: list[str] = []
    for m in _BOUND.finditer(text):
        digits = ["".join(words(g)) for g in m.groups() if g]
        if any(YEAR.fullmatch(n) for n in digits) and not _counts(text, m.end()):
            continue
        numbers = [f"{int(n):,}".replace(",", " ") for n in digits]  # « 10000 » as « 10 000 »
        noun = _UNIT_NOUN.match(text, m.end())
        unit = noun.group(1) if noun and noun.group(1) not in _NOT_UNIT else ""
        bound = " ".join([*numbers, unit]).strip()
        if bound not in out:
            out.append(bound)
    return out


# The year a change is measured from (« en hausse de 85 % par rapport à 2017 »): no fact of
# that year is given.
_BASE_YEAR = re.compile(
    r"(?:\bpar rapport|\bcompar[ée]e?s?|\ben comparaison)\s+(?:à|a|au|avec|de)?\s*"
    r"(?:l['’]année\s+)?$|\b(?:vs\.?|versus)\s*$",
    re.I,
)
# An aside that compares (« (contre 2 711 tonnes en 2017) », « (+ 5 % par rapport à 2017) »).
_COMPARING = re.compile(r"\b(?:contre|par rapport|compar|vs\.?|versus|qu['’]en)\b", re.I)


def _figure_outside_asides(sentence: str) -> bool:
    """Whether the sentence gives a figure (a number other than a year) outside its brackets."""
    outside = re.sub(r"\([^()]*\)?", " ", sentence)
    return bool(re.search(r"\d", YEAR.sub("", outside)))


def stated_years(sentence: str) -> set[str]:
    """The years a sentence dates its facts to: not a number like a year that counts, nor the
    base year of a change (« par rapport à 2017 »), nor one in an aside between brackets where
    reports put the figure compared with (« 3 208 tonnes (contre 2 711 tonnes en 2017 à
    périmètre équivalent) »). An aside is the fact itself when the sentence gives no figure
    outside its brackets and the aside compares nothing (« … dans les projets (96 salariés
    formés en 2018) »)."""
    own_figure: bool | None = None  # read only when a year stands in an aside
    out = set()
    for m in YEAR.finditer(sentence):
        before = sentence[: m.start()]
        if _BASE_YEAR.search(before[-40:]):
            continue
        if before.count("(") > before.count(")"):
            aside = before[before.rfind("(") + 1 :]
            if own_figure is None:
                own_figure = _figure_outside_asides(sentence)
            if own_figure or _COMPARING.search(aside) or not re.search(r"\d", aside):
                continue
        if _counts(sentence, m.end()):
            continue
        out.add(m.group(0))
    return out
