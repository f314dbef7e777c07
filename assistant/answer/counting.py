"""What the numbers of a sentence count: « 302 maires » counts mayors, « 46 % des maires » is
a share of them, « les entreprises d'au moins 10 salariés » a threshold, « 2018 » a year; and
whether a sentence states an amount at all (`quantity`: not a year, a scale, a footnote call
or the number of a name)."""

from __future__ import annotations

import re

from ..text import COUNTED_BY_VERB, MONTHS, STOP_WORDS, YEAR, analyze, canonical_number, fold
from .contacts import contact_spans, in_contact
from .focus import after_bare_count, bound_sizes, count_measures, counts_nothing

# Numbers written in words: the cardinals (« trois volets »), then larger numbers, orders of
# magnitude and fractions (« quinze fondations », « des milliers », « la moitié »).
CARDINALS = "deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze"
NUMBER_WORDS = (
    f"{CARDINALS}|quinze|vingt|trente|quarante|"
    "cinquante|soixante|cent|cents|mille|millions?|milliards?|dizaines?|centaines?|milliers?|"
    "moitié|tiers|quart|majorité"
)
_SHARE_AFTER = re.compile(r"[\d\s\u00a0\u202f,.]*(?:%|pour cent\b)")
_SHARE_BEFORE = re.compile(r"\bpour cent$", re.I)  # the « cent » of « pour cent »


# A whole number (« 1 380 », « 2,5 ») or a number word, for counting: « 11 territoires »,
# « cinq profils », « quinze fondations ».
_COUNT = re.compile(rf"\d+(?:[ \u00a0\u202f.]\d{{3}})*(?:,\d+)?|\b(?:{NUMBER_WORDS})\b", re.I)
# A year closing its clause (« Enquête (2017) / Associations », « en 2019, 40 projets »), not
# a count (« plus de 2000 associations »).
_YEAR_CLOSED = re.compile(r"\s*[^\w\s]")
# The subject of a sentence that counts what a pronoun stands for (« On en dénombre … »,
# « Elles sont … »), not « en compte » inside a clause (« On prend en compte 12 critères »).
_PRONOUN_SUBJECT = re.compile(
    r"^(?:On|L[’']on|Ils|Elles|Il|Elle|Celui-ci|Celle-ci|Ceux-ci|Celles-ci|Ce dernier|"
    r"Cette dernière|Ces derniers|Ces dernières)\s",
    re.I,
)


def _share(sentence: str, end: int) -> bool:
    """« 92 % des maires » is a share of them, not how many."""
    return bool(_SHARE_AFTER.match(sentence, end) or _SHARE_BEFORE.search(sentence, 0, end))


# A number that bounds who another noun counts (« les entreprises d'au moins 10 salariés »,
# « les communes de moins de 2 000 habitants »): a threshold, not how many there are.
_BOUND_BEFORE = re.compile(
    r"([^\W\d_]+[sx])\s+(?:d[’']au (?:moins|plus)|de (?:plus|moins) de)\s*$", re.I
)


_NEXT_TOKEN = re.compile(r"\s*(\S+)")
# A size class written as an open or a closed range after a plural noun or « celles », « ceux »
# (« celles de 10 salariés et plus », « les communes de 2 000 habitants ou plus », « les
# entreprises de 10 à 49 salariés »): « de » before the number, then « et plus » after its size
# word (not « et plus de 40 bénévoles », another count), or « à » and the other end. Not a
# change (« elle est passée de 10 à 49 salariés », « les effectifs passés de 10 à 49 ») nor a
# rough count (« de 300 à 400 bénévoles se mobilisent »): no determiner and plural noun there.
_CLASS_OF = r"(?:\b(?:celles|ceux)|\b(?:les|des|aux|ces|leurs|nos|vos)\s+[^\W\d_]+[sx])\s+"
_DE_BEFORE = re.compile(rf"{_CLASS_OF}de\s*$", re.I)
_OPEN_END = re.compile(r"\s+(?:et|ou)\s+(?:plus|moins)\b(?!\s+(?:de\b|d[’']))", re.I)
_RANGE_START = re.compile(r"\s*à\s*\d+(?:[ \u00a0\u202f.]\d{3})*(?=\s)")
_RANGE_END = re.compile(rf"{_CLASS_OF}de\s*\d+(?:[ \u00a0\u202f.]\d{{3}})*\s*à\s*$", re.I)


def _size_word(sentence: str, at: int) -> re.Match[str] | None:
    """The word at `at` when it names a size (data file `bound_sizes`: « salariés »)."""
    size = _NEXT_TOKEN.match(sentence, at)
    if size is None or fold(size.group(1).lower().strip(".,;:)")) not in bound_sizes():
        return None
    return size


def _bounded(sentence: str, start: int, end: int) -> bool:
    """Whether the number at `start`:`end` bounds the size of what the plural noun before it
    names (« les entreprises d'au moins 10 salariés »), or is an end of a size class (« celles
    de 10 salariés et plus », « les entreprises de 10 à 49 salariés »), not an amount (« les
    réponses de plus de 1 380 responsables », « auprès de plus de 500 organisations », « un réseau de plus de 120
    membres », « un réseau de 350 salariés et plus de 1 000 bénévoles »)."""
    if _DE_BEFORE.search(sentence, 0, start):
        ranged = _RANGE_START.match(sentence, end)
        if ranged and _size_word(sentence, ranged.end()):
            return True  # « de 10 à 49 salariés »: the lower end
        size = _size_word(sentence, end)
        if size and _OPEN_END.match(sentence, size.end()):
            return True
    if _RANGE_END.search(sentence, 0, start) and _size_word(sentence, end):
        return True  # « de 10 à 49 salariés »: the upper end
    m = _BOUND_BEFORE.search(sentence, 0, start)
    if not m or fold(m.group(1).lower()) in STOP_WORDS:
        return False
    return _size_word(sentence, end) is not None


def counts(sentence: str, stem: str) -> bool:
    """Whether a number stands right before the counted noun in the sentence, or, in a
    pronoun-led pair (« … les associations qui emploient un salarié. » / « On en dénombre
    148 000 »), counts what the pronoun stands for, named by the first sentence."""
    head, _, tail = sentence.rpartition("\n")
    subject = _PRONOUN_SUBJECT.match(tail)
    if head and subject and stem in analyze(head):
        for m in _COUNT.finditer(tail):
            verb = COUNTED_BY_VERB.search(tail, 0, m.start())
            # right after the subject (« On en dénombre 148 000 ») or as it (« Elles sont 302 »)
            if verb and verb.start() in (0, subject.end()) and not _share(tail, m.end()):
                return True
    for m in _COUNT.finditer(sentence):
        if _share(sentence, m.end()):
            continue
        if YEAR.fullmatch(m.group()) and _YEAR_CLOSED.match(sentence, m.end()):
            continue  # « Enquête (2017) / Associations » dates the survey, it counts nothing
        after = analyze(sentence[m.end() : m.end() + 40])[:3]
        if stem in after:
            return True
    return False


_NEXT_WORD = re.compile(r"\s*[«“\"]?\s*([^\W\d_][\w’'-]{2,})")
# A measure or an order of magnitude between a number and what it counts (« 50 millions de
# repas », « 50 000 t de CO2 »): the noun after « de ».
_MEASURED = re.compile(r"\s*([^\W\d_][\w²³]*)\.?\s+(?:de\s+|d[’'])\s*([^\W_][\w’'-]*)")
# What a collective number word counts (« une dizaine de salariés », « des milliers de … »).
_COLLECTIVE = re.compile(r"\s+(?:de\s+|d[’'])\s*([^\W\d_][\w’'-]*)")
# A number whose noun is not printed after it: it ends its clause, or a word follows that is
# no noun (« On en compte plus de 500 depuis 2006 », « … sont 302 en tout »).
_ANY_WORD = re.compile(r"\s*([^\W\d_][\w’'-]*)")
_BARE = re.compile(r"\s*(?:[.,;:)\]!?]|$)")


def _counting(sentence: str) -> list[re.Match[str]]:
    """The numbers of the sentence that may count things: not a year, a share, a threshold or
    a number of an address or a telephone (« 2018 », « 46 % », « les entreprises d'au moins 10
    salariés », « Av. des Tilleuls 63 »)."""
    contacts = contact_spans(sentence)
    return [
        m
        for m in _COUNT.finditer(sentence)
        if not (
            sentence[max(0, m.start() - 1) : m.start()].isalnum()  # « CO2 », « n°3 »
            or YEAR.fullmatch(m.group())
            or _share(sentence, m.end())
            or _bounded(sentence, m.start(), m.end())
            or in_contact(contacts, m.start(), m.end())
        )
    ]


def counted_nouns(sentence: str) -> set[str]:
    """The stems of what the numbers of the sentence count (« 21 co-fondateurs », « plus de 500
    organisations », « 50 millions de repas »): not a span, a date, a sum, a share or a
    threshold (« 3 ans », « le 14 juin », « 1,5 M€ », « 46 % », « les entreprises d'au moins
    10 salariés »)."""
    out: set[str] = set()
    for m in _counting(sentence):
        collective = _COLLECTIVE.match(sentence, m.end())
        if collective and fold(m.group().lower()) in count_measures():
            out.update(analyze(collective.group(1)))  # « une dizaine de salariés »
            continue
        measured = _MEASURED.match(sentence, m.end())
        if measured and fold(measured.group(1).lower()) in count_measures():
            out.update(analyze(measured.group(2)))
            continue
        word = _NEXT_WORD.match(sentence, m.end())
        stems = set(analyze(word.group(1))) if word else set()
        if stems and not stems & counts_nothing():
            out |= stems
    return out


def bare_count(sentence: str) -> bool:
    """Whether a number of the sentence counts what it does not print after it: it ends its
    clause or a word that is no noun follows (data file `after_bare_count`)."""
    for m in _counting(sentence):
        if _BARE.match(sentence, m.end()):
            return True
        word = _ANY_WORD.match(sentence, m.end())
        if word and fold(word.group(1).lower()) in after_bare_count():
            return True
    return False


_NUMBER = re.compile(r"(?<![\w.,])\d+(?:[ \u00a0\u202f.,]\d+)*")
# A bracket right after an acronym (« le réseau ABCD (4) », « le XYZ (5) »): what follows, one or
# two digits then « ) », calls a note; after a common word it may be a count (« des
# fondations (8) »).
_CALL_BEFORE = re.compile(r"\b[A-Z][A-Z0-9&]+\s?\($")
_NOT_QUANTITY_AFTER = re.compile(rf"\s?(?:e|er|re|ère|ème|è|nd|nde|{MONTHS})\b")
_WORD_NUMBER = re.compile(rf"\b(?:{NUMBER_WORDS})\b", re.I)
# A number word after a definite or demonstrative determiner names the items, not their count
# (« les deux enquêtes », « ces trois volets »), unless a fraction follows (« les deux tiers »).
_REFERENCE = re.compile(r"\b(?:les|ces|des|aux|ses|leurs|nos|vos)\s$", re.I)
_CARDINAL = re.compile(CARDINALS, re.I)
_FRACTION = re.compile(r"\s(?:tiers|quarts?|cinquièmes?|dixièmes?)\b", re.I)


# What stands right before a number that belongs to a name: an acronym, « n° », « numéro ».
_NAMED_BEFORE = re.compile(r"(?:\b[A-Z]{2,}[A-Z0-9]*|\bn[°º]|\bN[°º]|\bnuméro)\s?$")


# The bounds of a scale, nothing counted after the upper one (« une échelle de 0 à 10. »,
# « (1 à 10) »), not a change (« passé de 0 à 10 % », « de 0 à 20 salariés »); « § » marks the
# number read.
_SCALE_BOUNDS = re.compile(
    r"(?:\bde|\()\s?(?:§\s?à\s?(?:5|10|20|100)|[01]\s?à\s?§)\s*(?:[.,;:)]|$)"
)


def quantity(sentence: str, known: frozenset[str] = frozenset()) -> bool:
    """Whether the sentence states an amount: a share, a sum, a count; not only a year, a date,
    an ordinal ("3e dîner"), a scale (« noter sur 10 »), an address or a telephone number, or a
    footnote call glued to a word ("méritent1"). `known`: amounts the question itself gives
    (canonical numbers, lowercase number words), which a sentence repeating them does not
    state."""
    for word in _WORD_NUMBER.finditer(sentence):
        if word.group(0).lower() in known:
            continue
        if (
            _CARDINAL.fullmatch(word.group(0))
            and _REFERENCE.search(sentence[: word.start()])
            and not _FRACTION.match(sentence[word.end() :])
        ):
            continue  # « les deux enquêtes », « ces trois volets »: which ones, not how many
        return True
    contacts = contact_spans(sentence)
    for m in _NUMBER.finditer(sentence):
        if in_contact(contacts, m.start(), m.end()):
            continue  # « Av. des Tilleuls 63 », « 01 23 45 67 89 »: an address, a telephone
        after = sentence[m.end() : m.end() + 12]
        if re.fullmatch(r"(?:19|20)\d{2}", m.group(0)) and not re.match(r"\s?%", after):
            continue  # a year
        if m.group(0) in ("10", "20", "100") and re.search(
            r"(?:\bsur|/)\s?$", sentence[: m.start()]
        ):
            continue  # a scale (« noter sur 10 »), not an amount
        if _SCALE_BOUNDS.search(sentence[: m.start()] + "§" + after):
            continue  # a scale's bound (« une échelle de 0 à 10. »), not « passé de 0 à 10 % »
        if canonical_number(m.group(0)) in known:
            continue
        if _NAMED_BEFORE.search(sentence, 0, m.start()):
            continue  # « l'ODD 17 », « le bulletin n° 7 »: a name that holds a number
        if (
            _CALL_BEFORE.search(sentence[max(0, m.start() - 12) : m.start()])
            and len(m.group(0)) <= 2
            and after[:1] == ")"
        ):
            continue  # « les travaux du réseau ABCD (4) »: a footnote call in brackets
        if not _NOT_QUANTITY_AFTER.match(after):
            return True
    return False


def given_amounts(question: str) -> frozenset[str]:
    """The amounts a question gives (« combien des 21 mesures … ») : canonical numbers and
    lowercase number words, years aside."""
    numbers = {
        canonical_number(m.group(0))
        for m in _NUMBER.finditer(question)
        if not re.fullmatch(r"(?:19|20)\d{2}", m.group(0))
    }
    return frozenset(numbers | {w.lower() for w in _WORD_NUMBER.findall(question)})
