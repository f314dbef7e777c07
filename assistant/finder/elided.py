"""Bare numbers that count a noun printed elsewhere: before them (« les associations
employeuses, au nombre de 148 000 »), in a pronoun (« On en compte 350 », « Elles sont 148 000 »),
in the question they answer (« Combien de cibles cet objectif comporte-t-il ? La note en recense
19. »), or after the next number: a range or a pair (« environ 70 à 80 % », « en passant de 3 à
9 % », « atteindre respectivement 1 000 et 350 structures », « entre 15 et 30 ans ») gives its
first number the second one's unit."""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..text import COUNTED_BY_VERB, YEAR, fold_lower
from .vocabulary import folded_words, vocabulary

LINK_RE = re.compile(r"[ \t]*(?:et|à|ou)[ \t]+")  # « 70 à 80 % », « 1 000 et 350 »
_COMMA_RE = re.compile(r",[ \t]+")
SHARED_UNITS = ("%", "count", "people", "years")
_CELL_AFTER_RE = re.compile(r"[ \t]+(?:[-+−–]?\d|n\.\s?[pcd]\.|[—–-](?:\s|$))", re.I)
# « 80 000 € », « 80 000 euros », not « 5 M€ »
_PLAIN_EUROS_RE = re.compile(r"\d[\d \u00a0\u202f]*(?:,\d+)?\s*(?:€|euros)", re.I)
_GROUPS_RE = re.compile(r"\d+")  # an amount's digit groups
_RANGE_OPEN_RE = re.compile(r"\b(?:de|entre)\s+$", re.I)  # « de 30 000 à », « entre 30 000 et »


Figure = tuple[int, int, float, str, str]  # start, end, value, unit, counted noun


def shared_units(
    flat: str, candidates: Iterable[tuple[int, int, float]], found: Iterable[Figure]
) -> list[Figure]:
    """Rule `shared_unit`: the bare numbers among `candidates` (start, end, value: numbers no
    rule made a figure, names and codes left out) linked by « et », « à », « ou » to a figure
    of one of SHARED_UNITS printed right after them, as figures of that unit and noun; right
    to left, so « 1, 2 et 3 ans » would chain."""
    after = {f[0]: f for f in found}
    out: list[Figure] = []
    listed: set[int] = set()  # starts of the numbers given a unit by a link
    for start, end, value in sorted(candidates, reverse=True):
        link = LINK_RE.match(flat, end)
        nxt = after.get(link.end()) if link else None
        if nxt is None:  # rule `comma_list`: « dans 10, 20 ou 50 ans », a list's first items
            comma = _COMMA_RE.match(flat, end)
            nxt = after.get(comma.end()) if comma else None
            nxt = nxt if nxt is not None and nxt[0] in listed else None
        if nxt is None or YEAR.fullmatch(flat[start:end]):
            continue
        if (
            nxt[3] not in SHARED_UNITS
            and not (
                # « de 30 000 à 80 000 € »: euros, not a scale the bare number would miss
                # (« de 2 à 5 M€ »)
                nxt[3] == "€"
                and _PLAIN_EUROS_RE.fullmatch(flat, nxt[0], nxt[1])
                # as many digit groups (« de 30 000 à 80 000 € »; not « de 45 à 60 000 € »)
                and len(flat[start:end].split()) == len(_GROUPS_RE.findall(flat, nxt[0], nxt[1]))
                and _RANGE_OPEN_RE.search(flat, max(0, start - 8), start) is not None
                and not _CELL_AFTER_RE.match(flat, nxt[1])  # « … 150 000 € n.p. »: a class label
            )
        ):
            continue
        fig = (start, end, value, nxt[3], nxt[4])
        out.append(fig)
        after[start] = fig
        listed.add(start)
    return out


_NUMBER_OF_RE = re.compile(
    r"(?P<noun>[^\W\d_]{3,}[sx](?:\s+[^\W\d_]{3,}[sx])?)\s*,?\s+(?:sont\s+|étaient\s+)?"
    r"au nombre de\s+(?:plus de\s+|près de\s+)?$"
)
# Rule `number_is`: « Le nombre moyen de partenaires par association atteint 2,7 », « le nombre
# de bénévoles mobilisés recule à 9 »: a bare number stated as the value of « le nombre de X »
# earlier in its clause counts X.
_NUMBER_IS_RE = re.compile(
    r"\b(?:le|du|au)\s+nombre\s+(?:moyen\s+|total\s+|médian\s+)?d(?:e\s+|['’]\s*)"
    r"(?P<noun>[^\W\d_]{3,}[sx](?:\s+[^\W\d_]{3,}[sx])?)\b[^.;:!?\d]{0,100}?"
    r"\b(?:atteint|atteignait|est\s+de|était\s+de|s['’](?:élève|élevait|établit|établissait)\s+à"
    r"|(?:recule|reculait|passe|passait|tombe|tombait|monte|montait|reste|restait|grimpe)\s+à"
    r"|(?:est|a)\s+(?:passé|tombé|monté|grimpé)\s+à"
    # « le nombre de coalitions … a doublé, passant de 58 à 126 »: either bound
    r"|(?:passant|passé|passée|est\s+passée?|a\s+été\s+porté)\s+de"
    r"(?:\s+(?:plus\s+de\s+|près\s+de\s+|environ\s+)?\d[\d\s]*(?:,\d+)?"
    r"(?:\s+en\s+(?:19|20)\d\d)?\s+à)?)"
    r"\s+(?:plus\s+de\s+|près\s+de\s+|environ\s+|au\s+moins\s+)?$",
    re.I,
)
# Rule `subject_count`: « Les bénévoles mobilisés sont désormais près de 1 900 : … »: a bare
# number that a plural subject « is », closing its clause, counts the subject.
_SUBJECT_IS_RE = re.compile(
    # after a sentence's or a clause's start, or a capitalised determiner (a line break, in
    # the flattened page: « Bilan de la saison » / « Les bénévoles … »)
    r"(?:(?:^|[.;:!?]\s+|,\s+)(?i:les|ses|leurs|ces|nos|vos)|\b(?:Les|Ses|Leurs|Ces|Nos|Vos))\s+"
    r"(?P<noun>[^\W\d_]{3,}[sx](?:\s+[^\W\d_]{3,}[sx])?)"
    r"(?:\s+(?:du|des|de\s+la|de\s+l['’]|de|d['’])\s*[^\W\d_]{2,}){0,2}\s+"  # « du club »
    r"(?:sont|étaient|seront|restent|demeurent)\s+"
    r"(?:(?:aujourd['’]hui|désormais|maintenant|déjà|encore|donc|ainsi)\s+)?"
    r"(?:plus\s+de\s+|près\s+de\s+|environ\s+|au\s+moins\s+|quelque\s+)?$",
)
_SUBJECT_VERBS = ("sont ", "étaient ", "seront ", "restent ", "demeurent ")
_COUNT_ENDS_RE = re.compile(
    r"\s*(?:(?:en|fin|au)\s+[^\s.;:!?]+(?:\s+\d{4})?\s*)?(?:[.;:!?]|,\s(?!\d)|$)"
)
# Rule `number_estimated`: « Une note chiffrait à 120 000 le nombre de bénévoles … »: the number
# an estimate puts on « le nombre de X » printed right after it counts X.
_ESTIMATE_RE = re.compile(
    r"\b(?:chiffr|estim|évalu)[^\W\d_]*\s+à\s+(?:plus\s+de\s+|près\s+de\s+|environ\s+)?$", re.I
)
_NUMBER_AFTER_RE = re.compile(
    r"\s+le\s+nombre\s+(?:moyen\s+|total\s+)?d(?:e\s+|['’]\s*)"
    r"(?P<noun>[^\W\d_]{3,}[sx](?:\s+[^\W\d_]{3,}[sx])?)\b",
    re.I,
)
# Rule `en_pronoun`: « Le fonds en vise 350. », « Une association en compte, en moyenne, 2,5. »:
# the pronoun « en » before any verb, then the number closing the clause: it counts what « en »
# stands for. A verb in the present or imperfect (« en vise », « en comptait »), a compound past
# (« en a retenu 9 », « en a publié 6 : … »), « en a » (« il en a deux ») or an infinitive
# (« d'en réunir 350 »), an aside between commas or one adverb allowed (« en citent spontanément 4 », « on en compte aujourd'hui plus de
# 500 », « n'en compte plus que six »); « en 2020 », « en moyenne 2,5 % » are no pronoun.
_EN_VERB_RE = re.compile(
    r"\ben\s+(?:(?:a|ont|avait|avaient|aura|auront)(?:\s+[^\W\d_]{3,}(?:é|i|u|is|it))?"
    r"|[^\W\d_]{3,}(?:e|es|ent|ait|aient|er|ir|re))"
    r"(?:\s*,[^,.;:!?]{1,25},|\s+(?:aujourd['’]hui|déjà|encore|désormais|[^\W\d_]{3,}ment))?"
    r"\s+(?:plus de\s+|près de\s+|environ\s+|au moins\s+|plus que\s+|que\s+)?$",
    re.I,
)
_CLAUSE_END_RE = re.compile(r"\s*(?:[.;!?]|,\s|$)")
# after the number « en » counts: the clause ends, maybe after how it is counted (« en mobilise
# 2,5 en moyenne. », « d'en réunir 350 à terme »)
_EN_END_RE = re.compile(
    r"\s*(?:(?:en moyenne|au total|à terme|aujourd['’]hui|en \d{4})\s*)?(?:[.;:!?]|,\s|$)", re.I
)
# What « en » stands for: the last plural noun phrase after a determiner in the sentence before
# (« Ces relais ont un nom : les « catalyseurs territoriaux ». Le fonds en vise 350. »).
_PLURAL_NP_RE = re.compile(
    r"\b(?:les|des|de|d['’]|ses|leurs|ces)\s*(?:«\s*)?"
    r"(?P<np>[^\W\d_]{3,}[sx](?:\s+[^\W\d_]{3,}[sx])?)\b"
)
_SENTENCE_RE = re.compile(r"[.!?]\s")
ANTECEDENT_REACH = 300  # characters before the number where « en »'s noun is looked for
# « Combien de cibles cet objectif comporte-t-il ? La note en recense 19. », « Combien en
# mobilise-t-elle en moyenne ? L'enquête répond : 2,5. »: the question just before the number's
# sentence, and the noun it asks about.
_QUESTION_RE = re.compile(r"\bcombien\b[^.?!]*\?[^.?!]*$", re.I)
_ASKED_NOUN_RE = re.compile(r"\bcombien\s+d(?:e\s+|['’])(?P<noun>[^\W\d_]+)", re.I)
QUESTION_REACH = 160  # characters before a number where the question it answers is looked for
NOUN_REACH = 400  # … and where « Combien de X » says what « Combien en … » counts


def counted_elsewhere(flat: str, start: int, number: str) -> tuple[str, str] | None:
    """Unit and noun of a bare number (not a year) that counts a noun printed elsewhere, or
    None."""
    if YEAR.fullmatch(number):
        return None
    stated = _NUMBER_IS_RE.search(flat, max(0, start - 160), start) if "nombre" in flat else None
    if stated is not None:  # rule `number_is`
        noun = stated.group("noun")
        return vocabulary().count_unit(noun), noun
    if "nombre" in flat[start : start + len(number) + 20] and _ESTIMATE_RE.search(
        flat, max(0, start - 40), start
    ):
        after = _NUMBER_AFTER_RE.match(flat, start + len(number))
        if after is not None:  # rule `number_estimated`
            noun = after.group("noun")
            return vocabulary().count_unit(noun), noun
    window = flat[max(0, start - 40) : start]
    subject = (
        _SUBJECT_IS_RE.search(flat, max(0, start - 90), start)
        if any(v in window for v in _SUBJECT_VERBS)  # (most numbers: no regular expression)
        else None
    )
    if (
        subject is not None
        and _COUNT_ENDS_RE.match(flat, start + len(number))
        and fold_lower(subject.group("noun").split()[0]) not in folded_words("uncounted_nouns")
    ):
        noun = subject.group("noun")  # rule `subject_count`
        return vocabulary().count_unit(noun), noun
    if "au nombre de" in flat[max(0, start - 30) : start]:
        before = _NUMBER_OF_RE.search(flat, max(0, start - 80), start)
        if before is not None:
            noun = before.group("noun")
            return vocabulary().count_unit(noun), noun
    asked = (
        _QUESTION_RE.search(flat, max(0, start - QUESTION_REACH), start)
        if "?" in flat[max(0, start - QUESTION_REACH) : start]
        else None
    )
    if (
        asked is None
        and not COUNTED_BY_VERB.search(flat, max(0, start - 40), start)
        and not en_pronoun(flat, start, number)
    ):
        return None
    if asked is None and not COUNTED_BY_VERB.search(flat, max(0, start - 40), start):
        return "count", en_antecedent(flat, start)  # rule `en_pronoun`
    # rule counted_answer: the noun of the question the number answers
    nouns = list(_ASKED_NOUN_RE.finditer(flat, max(0, start - NOUN_REACH), start)) if asked else []
    return "count", nouns[-1].group("noun") if nouns else ""


_ANSWER_OPENS_RE = re.compile(r"\?\s*$")


def answered_count(flat: str, start: int, end: int) -> str:
    """Rule `counted_answer` for a number that is the whole answer to a « Combien de … ? »
    question (« Combien de programmes a-t-il menés ? Trois, tous quinquennaux. »; not « Deux
    fois plus qu'avant »): the noun asked about, "" if none."""
    if _ANSWER_OPENS_RE.search(flat, max(0, start - 5), start) is None:
        return ""
    if _CLAUSE_END_RE.match(flat, end) is None:
        return ""
    if _QUESTION_RE.search(flat, max(0, start - QUESTION_REACH), start) is None:
        return ""
    nouns = list(_ASKED_NOUN_RE.finditer(flat, max(0, start - QUESTION_REACH), start))
    return nouns[-1].group("noun") if nouns else ""


def en_pronoun(flat: str, start: int, number: str) -> bool:
    """Rule `en_pronoun`: « … en vise 350. », « … en compte, en moyenne, 2,5. », « … en a
    retenu 9, soit … »."""
    named = _LAST_WORD_RE.search(flat, max(0, start - 30), start)
    return (
        "en " in flat[max(0, start - 60) : start]
        and _EN_VERB_RE.search(flat, max(0, start - 60), start) is not None
        and _EN_END_RE.match(flat, start + len(number)) is not None
        # « Suite en diapositive 17 : … »: the number names a slide
        and (named is None or fold_lower(named.group(1)) not in vocabulary().name_words)
    )


_LAST_WORD_RE = re.compile(r"([^\W\d_]+)[ \t\n]*$")


def en_antecedent(flat: str, start: int) -> str:
    """The plural noun phrase « en » stands for: the last one of the sentence before, ""."""
    lo = max(0, start - ANTECEDENT_REACH)
    ends = [m.end() for m in _SENTENCE_RE.finditer(flat, lo, start)]
    if not ends:
        return ""
    prior = ends[-2] if len(ends) > 1 else lo
    nouns = list(_PLURAL_NP_RE.finditer(flat, prior, ends[-1]))
    return nouns[-1].group("np") if nouns else ""
