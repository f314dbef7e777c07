"""Which numbers of a page are figures, and of which unit: the checks' figure grammar
(assistant.checks.grammar) read with the finder's rules. Years, dates, page numbers, footnote
calls, ordinals and names (« programme 1 000 … », « article 3 ») are not figures; a bare number
is one only when a counted noun follows it (« 11 territoires », « 3 ans »)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..checks.figures import reads_as_count
from ..checks.grammar import figure_matches
from ..checks.points import point_sign
from ..text import STOP_WORDS, YEAR, fold_in_place, fold_lower
from .classbounds import SENTENCE_END_RE, without_class_bounds
from .elided import LINK_RE, counted_elsewhere, shared_units
from .fields import field_label, label_noun
from .notation import explaining, quoted_notation
from .proportions import proportions
from .scales import scale_mark
from .signs import listed_change, share_sign
from .spelled import number_value, one_year, spelled_numbers
from .thresholds import (
    beside_amount_class,
    bounds_a_class,
    bounds_an_amount,
    bracketed_class,
    class_line,
    in_population,
    labels_a_class,
    reference_value,
    strata_bound,
)
from .vocabulary import Vocabulary, folded_words, vocabulary

_NOT_FIGURES = frozenset({"date", "day", "month", "range"})
# « 350 « catalyseurs territoriaux » »: a counted noun may be quoted
_WORD_RE = re.compile(r"\s*(?:[«“]\s*)?([^\W\d_][\w'’²-]*)")
# The next words of a counted noun, on its line or after one line break (« 1 380 responsables
# / associatifs »: a wrapped line does not cut the noun, and so who is counted).
_NEXT_WORDS_RE = re.compile(r"(?:[ \t]|[ \t]*\n[ \t]*)?([^\W\d_][\w'’-]*)")
_CALLS = "¹²³⁴⁵⁶⁷⁸⁹⁰"  # rule `glued_call`
_ORDINAL_RE = re.compile(r"[ \t]?([eèE]|[èe]me|[èe]re|er|re|nde?)(?![\w])")
_PAGE_LINE_RE = re.compile(r"\s*\d{1,4}\s*(?:/\s*\d{1,4})?\s*")
_QUALIFIER_RE = re.compile(  # « près de », also opening a sentence (« Près de 40 % … »)
    r"\b(?:plus|près|moins|environ|quelque|au moins|pas moins)\s*(?:de|d['’])?\s*$", re.I
)
# Amounts written in words (« près d'un million d'euros »): the grammar reads digits only.
_WORDS_MONEY_RE = re.compile(
    r"(?<![\w])(?P<n>un|une|deux|trois)\s+(?P<m>million|milliard)s?(?P<half>\s+et\s+demie?)?"
    r"\s+d['’]\s?euros\b",
    re.I,
)
# « 2460 répondants ont rempli …, et 2026 ont finalisé »: a bare number whose verb follows
# counts the noun of the count before it in the sentence.
_VERB_AFTER_RE = re.compile(r"[ \t]+(?:ont|sont|avaient|étaient|auront|seront)\b")
# « et 12 », « et encore 11 », « dont 18 qui … », « (dont 150 000 en 2020 ; 400 000 en 2021 … »:
# the links of a count's parts (rule elliptic_parts for the last three).
_LINKED_RE = re.compile(
    r"(?:\s(?:et|contre)(?:\s+(?:encore|aussi|même|enfin))?\s+|\bdont\s+|;\s+"
    r"|\(\s*(?:[^\W\d_][^():,]{0,30}:\s*)?|\([^()]*,\s*[^\W\d_][^():,]{0,30}:\s*)$"
)
ELLIPTIC_REACH = 80  # characters from a count to a number standing for its noun
_LABEL_PERCENT_RE = re.compile(r"\n[ \t]*%$")
_WORD_AFTER_RE = re.compile(r"[ \t]*[^\W\d_]")  # « % d'usines »: a label, not « 20\n%. »
# … when the number ends a row of numbers (« Bangladesh 31 36 »), not a sentence cut before its
# « % » (« À l'époque, 21 / % d'entre elles déclaraient … »).
_ROW_BEFORE_RE = re.compile(r"\d[ \t]+$")
_WORD_NUMBERS = {"un": 1, "une": 1, "deux": 2, "trois": 3}
_MULT = {"million": 10**6, "milliard": 10**9}


@dataclass(frozen=True)
class Found:
    """A figure on a page: its span, value in base units, unit and counted noun."""

    start: int
    end: int
    text: str
    value: float
    unit: str
    noun: str = ""


_PARTICIPLE_ENDS = ("é", "és", "ée", "ées")
_PLAIN_CALL_RE = re.compile(r"(?<=[^\W\d_]{3})\d{1,2}$")


def _previous_word(text: str, start: int) -> str:
    """The word before `start`, folded (« Édition » → « edition »); "" for a past participle
    whose folding is a name word (« notés 6,6/10 » is a mark, « notes 6 » a footnote), and
    across a colon (« Objectif : 350 … » gives a value, « objectif 17 » names one) or a comma
    (« lors de la 1re édition, 1 008 personnes »)."""
    before = text[max(0, start - 30) : start].rstrip(" (\t")
    word = re.search(r"([^\W\d_][\w°.]*)[^\w:,;]*$", before)
    if word is None:
        return ""
    raw = word.group(1).lower().rstrip(".")
    if raw.endswith(_PARTICIPLE_ENDS) and raw not in vocabulary().words("name_words"):
        return ""  # (« encadré 3 » names a box: the list's own words keep their accent)
    return fold_lower(raw)


def _noun_after(text: str, end: int, vocab: Vocabulary, start: int = -1) -> str:
    """The counted noun phrase after a bare number (« territoires pionniers »), or "". A
    capitalised word counts only after a plural determiner before the number at `start`
    (« les 17 Objectifs … », rule `determined_count`)."""
    m = _WORD_RE.match(text, end)
    if not m or text.count("\n", end, m.start(1)) > 1:
        return ""
    word = m.group(1).rstrip(_CALLS)  # « 19 cibles¹ »: a footnote call glued to the noun
    if word[:1].islower():  # « 2,5 partenaires1, » (the call in plain digits), not « CO2 »
        word = _PLAIN_CALL_RE.sub("", word)
    folded = fold_lower(word)
    if folded in folded_words("count_openers") and word[:1].islower():
        # « 2 autres antennes »: the noun comes next (not « 301,7 » / « Autres charges », the
        # next row's label)
        return _noun_after(text, m.end(), vocab)  # with its own checks (« deux autres fois »)
    if folded in STOP_WORDS or folded in vocab.not_counted or len(folded) < 2:
        return ""
    if number_value(folded):  # « ils étaient 1 120 deux ans plus tôt »: another number
        return ""
    if any(c.isdigit() for c in word):  # « CH-1004 », « CO2 »: a code, not a noun
        return ""
    if folded.startswith(("l'", "l’")):  # « noter sur 10 l'importance »: an article, no count
        return ""
    if word[0].isupper() and not word.isupper():
        titled = folded in folded_words("capitalised_counts")
        if folded not in vocab.people and not (titled and start >= 0 and _determined(text, start)):
            return ""  # a name (« 2024 Rapport », « 3 Allée … »), not a counted noun
        if titled:
            word = word[0].lower() + word[1:]  # « les 17 Objectifs … » counts « objectifs »
    words, pos = [word], m.end()
    while len(words) < 3:
        nxt = _NEXT_WORDS_RE.match(text, pos)
        if not nxt or fold_lower(nxt.group(1)) in STOP_WORDS or not nxt.group(1).islower():
            break
        words.append(nxt.group(1))
        pos = nxt.end()
    return " ".join(words)


@lru_cache(maxsize=1)
def _determiner_re() -> re.Pattern[str]:
    words = "|".join(re.escape(w) for w in vocabulary().words("count_determiners"))
    return re.compile(rf"(?<![\w'’-])(?:{words})[ \t\n\u00a0\u202f]+$")


def _determined(text: str, start: int) -> bool:
    """Whether a plural determiner stands right before the number at `start` (« les 17 »)."""
    return _determiner_re().search(text, max(0, start - 8), start) is not None


def _line(text: str, start: int, end: int) -> str:
    line_end = text.find("\n", end)
    return text[text.rfind("\n", 0, start) + 1 : line_end if line_end >= 0 else len(text)]


def _captioned(text: str, end: int) -> bool:
    """Rule `box_count`: a number alone on its line is a box's key figure, not a page number,
    when the next line opens with what it counts (« 19 » / « cibles rattachées à l'ODD 17 »,
    « 350 » / « « catalyseurs territoriaux » dans le ») and text follows: a page number sits
    at an edge of the page."""
    line_end = text.find("\n", end)
    if line_end < 0 or not text[:end].strip(" \t0123456789").strip():
        return False  # the first or the last line of the page
    nxt_end = text.find("\n", line_end + 1)
    nxt = text[line_end + 1 : nxt_end if nxt_end >= 0 else len(text)].strip()
    return nxt_end >= 0 and nxt.lstrip("«“ ")[:1].islower()


# A line ending on two years or more: a table's header of year columns (« 2015 2016 »,
# « Question posée 2016 2020 2024 »).
_YEARS_END_RE = re.compile(r"(?:(?:19|20)\d\d[ \t]+)+(?:19|20)\d\d[ \t]*$")


def _in_year_header(text: str, start: int, end: int) -> bool:
    """Whether the number at `start` is one of the years a line of column headers ends on."""
    line_start = text.rfind("\n", 0, start) + 1
    line = _line(text, start, end)
    years = _YEARS_END_RE.search(line)
    return years is not None and years.start() <= start - line_start


def _next_line_is_field(text: str, end: int) -> bool:
    """Whether the value ending at `end` closes its line and the next line holds a colon (the
    next field of a form)."""
    line_end = text.find("\n", end)
    if line_end < 0 or text[end:line_end].strip(" \t.)"):
        return False
    nxt_end = text.find("\n", line_end + 1)
    return ":" in text[line_end + 1 : nxt_end if nxt_end >= 0 else len(text)]


def _may_count(text: str, num: str, end: int) -> bool:
    """Whether a form's value may count its label: a whole number, no code printed without its
    thousands space (« Communes concernées : 75011 »), and a number like a year only when the
    next field or the end follows it (« Adhérents : 1998 » / « Salariés : 12 », not
    « Adhérents : » / « 2021 » / « 120 », a table's year column)."""
    digits = num.replace(" ", "").replace("\u00a0", "").replace("\u202f", "")
    if "," in num or (digits == num and len(digits) >= 5):
        return False
    return not YEAR.fullmatch(num) or _next_line_is_field(text, end) or not text[end:].strip()


_AMONG_PRONOUN_RE = re.compile(r"d['’]\s*entre\b", re.I)


def _bare_unit(text: str, m: re.Match[str], vocab: Vocabulary) -> tuple[str, str] | None:
    """Unit and noun of a number without a unit sign, or None when it is not a figure."""
    start, end, num = m.start(), m.end(), m.group("v")
    if _PAGE_LINE_RE.fullmatch(_line(text, start, end)) and not _captioned(text, end):
        return None  # a page number or a lone cell
    if _ORDINAL_RE.match(text, end) and "," not in num:
        return None
    if text[start - 1 : start] == "(" and text[end : end + 1] == ")" and len(num) <= 2:
        return None  # a footnote call « (2) »
    if _previous_word(text, start) in vocab.name_words:
        return None
    noun = _noun_after(text, end, vocab, start)
    label = field_label(text, start, end)  # « Bénévoles actifs : 38 » (rule `field_values`)
    if label and noun and _next_line_is_field(text, end):
        noun = ""  # « … : 38 » / « Salariés : 2 »: the next line is the next field
    if label and not noun and _may_count(text, num, end):  # « Transports : 6,2 »: a mark
        noun = label_noun(label, vocab)
    if not noun:
        return None
    if _AMONG_PRONOUN_RE.match(noun):
        # « 120 d'entre eux » counts whom the pronoun stands for, read with the sentence
        return "count", ""
    folded = fold_lower(noun.split()[0])
    span = vocab.duration_words(noun)  # « 3 ans », « 5 dernières années »
    if span:
        return "years", " ".join(noun.split()[:span])
    if YEAR.fullmatch(num) and folded not in vocab.people and not reads_as_count(text, start, end):
        return None  # « en 2020 plus de … »: a year followed by a word (not « 2000 associations »)
    if YEAR.fullmatch(num) and _in_year_header(text, start, end):
        return None  # a table's header of years (« 2021 2023 » / « Habitants » / « 58 »)
    return ("people" if folded in vocab.people else "count"), noun


# After a number, a unit sign: « ± 2 °C », « ± 500 € » are no margins in points.
_SIGN_AFTER_RE = re.compile(r"[ \t]*[°€$£%/]")
# … and before its sign, a unit: « 12 000 € ± 500 », « 12 cm ± 0,5 » are tolerances.
_UNIT_BEFORE_RE = re.compile(r"(?:[°€$£]|°C|\b(?:[mck]?m|kg|g|h|min|[KkM]€))[ \t]*$")


def _bare_margin(text: str, flat: str, m: re.Match[str], sign_start: int) -> bool:
    """Whether « ± N » printed without a unit is a margin of error in points: no unit or counted
    noun follows it nor stands before its sign, it is no year, and its page speaks of margins
    (`point_margin`: « marge d'erreur », « intervalle de confiance ») — not a tolerance
    (« 12 000 € ± 500 », « 20 °C ± 2 »), a duration (« ± 2 jours ») or a page number."""
    if _PAGE_LINE_RE.fullmatch(_line(text, m.start(), m.end())) or YEAR.fullmatch(m.group("v")):
        return False
    if _SIGN_AFTER_RE.match(flat, m.end()) or _noun_after(flat, m.end(), vocabulary()):
        return False  # « ± 5 ans », « ± 10 personnes »
    word = _WORD_RE.match(flat, m.end())
    if word and fold_lower(word.group(1)) in vocabulary().not_counted:
        return False  # « ± 2 jours », « ± 15 minutes »: a duration
    if _UNIT_BEFORE_RE.search(flat, max(0, sign_start - 12), sign_start - 1):
        return False
    return _speaks_of_margins(text)


@lru_cache(maxsize=4)
def _speaks_of_margins(text: str) -> bool:
    """Whether a page prints a word of margins (`point_margin`), read once per page however
    many « ± » it holds."""
    words = fold_lower(text)
    return any(fold_lower(w) in words for w in vocabulary().words("point_margin"))


def _may_share(text: str, m: re.Match[str], vocab: Vocabulary) -> bool:
    """Whether a bare number may take the unit of the figure after it: not a page number, an
    ordinal, a footnote call or a name (« programme 1 000 … »)."""
    start, end, num = m.start(), m.end(), m.group("v")
    return not (
        _PAGE_LINE_RE.fullmatch(_line(text, start, end))
        or (_ORDINAL_RE.match(text, end) and "," not in num)
        or (text[start - 1 : start] == "(" and text[end : end + 1] == ")")
        or _previous_word(text, start) in vocab.name_words
    )


_NEXT_WORD_RE = re.compile(r"[ \t]*([^\W\d_]+)")
_LIST_BEFORE_RE = re.compile(
    r"(?:,|\b(?:et|ou|puis|contre|dont|mais|tandis que|alors que))"
    r"(?:\s+(?:seulement|encore|aussi|déjà|environ|quelque|à peine|près de|plus de|moins de))?\s+$"
)
_TIMES_RE = re.compile(r"\s+fois\b")  # « 2 fois moins »: a ratio
PARALLEL_REACH = 200  # characters from a count to a number in the same frame as it
# « …, les dirigeants d'entreprise 3,1 et les maires 4,2 »: a population listed with its number
LIST_LINK = r"(?:,|\bet)\s+(?:les|des)\s+"
_LISTED_WHO_RE = re.compile(rf"{LIST_LINK}(?P<who>[^\d,;()]{{3,60}}?)\s*$")


def _parallel(flat: str, last: Found, m: re.Match[str]) -> bool:
    """Rule `parallel_counts`: a bare number followed by the word that follows the count's noun
    before it (« 1 004 personnes pour l'édition 2016 (…), 1 012 pour l'édition 2019 »)."""
    if m.start() - last.end > PARALLEL_REACH:
        return False
    noun_at = flat.find(last.noun, last.end, last.end + len(last.noun) + 4)
    if noun_at < 0:
        return False
    if not _LIST_BEFORE_RE.search(flat, max(0, m.start() - 30), m.start()):
        return False  # « a rénové le terrain 2 en août »: a name's number (review)
    first = _NEXT_WORD_RE.match(flat, noun_at + len(last.noun))
    mine = _NEXT_WORD_RE.match(flat, m.end())
    return bool(first and mine and first.group(1).lower() == mine.group(1).lower())


def _listed_population(before: str) -> bool:
    """Rule `listed_counts`: the number a population listed after a count holds (« les
    responsables citent 2,8 partenaires, les dirigeants 3,1 et les maires 4,2 »)."""
    listed = _LISTED_WHO_RE.search(before)
    if listed is None:
        return False
    who = fold_in_place(listed.group("who"))
    found = vocabulary().actors(who)
    return bool(found) and found[0].start == 0 and found[0].end == len(who)


ELIDED_AMOUNT_REACH = 100  # characters from an amount to millions listed after it


def _amount_listed_before(flat: str, found: list[Found], start: int) -> bool:
    """Whether an amount in euros stands shortly before `start` in its sentence (`found`: the
    figures read so far)."""
    last = found[-1] if found else None
    return (
        last is not None
        and last.unit == "€"
        and 0 < start - last.end <= ELIDED_AMOUNT_REACH
        and not re.search(r"[.!?;]\s", flat[last.end : start])
        and _LIST_ITEM_BEFORE_RE.search(flat, max(0, start - 60), start) is not None
    )


# an item of a list of amounts: « , 1,1 million », « , les collectivités 1,2 million », « et
# les entreprises 0,6 million » (not « …, compte 5,8 millions »: a verb, no item)
_LIST_ITEM_BEFORE_RE = re.compile(
    r"(?:,|\bet)\s+(?:(?:les|des|la|le|l['’])\s*[^\W\d_]+(?:\s+[^\W\d_]+){0,2}\s+)?$"
)


def _elliptic(flat: str, m: re.Match[str], found: list[Found]) -> tuple[str, str] | None:
    """Unit and noun of a bare number standing for the count before it in its sentence
    (« 2460 répondants …, et 2026 ont finalisé leur réponse »), or None."""
    last = found[-1] if found else None
    if last is None or last.unit not in ("count", "people") or not last.noun:
        return None
    before = flat[last.end : m.start()]
    # « 36 mesures sont effectives et 12 en voie de l'être »: « et N » or « contre N » then
    # no noun; « 50 OSC (Jógjëf : 30, Oribi : 20) »: the parts of a count (a colon inside)
    linked = (
        len(before) <= ELLIPTIC_REACH
        and _LINKED_RE.search(before) is not None
        and not YEAR.fullmatch(m.group("v"))
        and not re.search(r"[.!?]\s|;\s.", before)
    )
    if not linked and not YEAR.fullmatch(m.group("v")) and not _TIMES_RE.match(flat, m.end()):
        linked = not SENTENCE_END_RE.search(flat, last.end, m.start()) and (
            _parallel(flat, last, m) or _listed_population(before)
        )
    if not linked and (
        SENTENCE_END_RE.search(flat, last.end, m.start()) or not _VERB_AFTER_RE.match(flat, m.end())
    ):
        return None
    if (
        _ORDINAL_RE.match(flat, m.end())
        or _previous_word(flat, m.start()) in vocabulary().name_words
    ):
        return None
    return last.unit, last.noun


# Every line end but one between a line ending on a digit and a line holding only a number
# (« Fonds ODD 17 » / « 350 », a row of key-figure boxes): two numbers, never one in thousands
# groups; nor one between a line ending on an acronym and a line holding only a number
# (« Programme IMPACT » / « 302 »: a key figure under its box's source, not « IMPACT 302 »;
# « du CAC » / « 40 versent … » stays a name).
_CAPS = "A-ZÀ-ÖØ-Þ"
_NUMBER = r"\d[\d \u00a0\u202f]*(?:,\d+)?[ \t]*"  # « 1 380 », « 2,5 », spaces after it
_JOINED_LINE_END_RE = re.compile(
    rf"(?<!\d)(?<![{_CAPS}]{{2}})\n"
    rf"|(?<=[{_CAPS}]{{2}})\n(?![ \t]*{_NUMBER}(?:%|€|ans)?[ \t]*(?:\n|$))"
    rf"|(?<=\d)\n(?!{_NUMBER}(?:\n|$))"
)


# Under a line holding only a number (a cell, a year), a line holding only a number and a line
# holding only a number with its unit: cells of a table read one per line (« 2022 » / « 14 » /
# « 410 000 € »), not one number cut by a line end (« 1 150 » / « 000 € »)
_LONE_NUMBER_LINE_RE = re.compile(
    rf"(?m)^[ \t]*\d[\d \u00a0\u202f,]*[ \t]*\n[ \t]*{_NUMBER}\n"
    rf"(?=[ \t]*[1-9][\d \u00a0\u202f]*(?:,\d+)?[ \t]*(?:%|€|[kK]€|M€)[ \t]*(?:\n|$))"
)


def _flat(text: str) -> str:
    """The page on one line: a figure may be cut by a line end (offsets unchanged), but a
    number alone on its line is not the end of the number above it, nor, in a table read one
    cell per line, a number with its unit alone on its line (rule `lone_cells`)."""
    if "\n" not in text:
        return text
    kept = {m.end() - 1 for m in _LONE_NUMBER_LINE_RE.finditer(text)}
    if not kept:
        return _JOINED_LINE_END_RE.sub(" ", text)
    return _JOINED_LINE_END_RE.sub(lambda m: m.group() if m.start() in kept else " ", text)


_CELL_LINE_RE = re.compile(r"\n[ \t]*[+−–-]?\d[\d \u00a0\u202f,]*[ \t]*%?[ \t]*(?:\n|$)")


def _cells_follow(text: str, end: int) -> bool:
    """Whether a class of amounts heads a table's row or column: the next line is a cell
    (« 20 % ») or the line before or after is another class of amounts (« moins de 10 000 € » /
    « plus de 150 000 € »), not a key figure (« Plus de 120 000 € » / « Mécénat en nature »)."""
    eol = text.find("\n", end)
    if eol >= 0 and _CELL_LINE_RE.match(text, eol) is not None:
        return True
    return beside_amount_class(text, end)


# « (n = 188) », « (N = 1 006) », « Effectifs n = 131 »: a sample size printed before its
# number (`sample_size` leaves out « l'exercice n = 2024 », « un coefficient retenu est n = 3 »)
_SAMPLE_SIZE_RE = re.compile(r"(?<![\w'’])[nN]\s?=\s?$")
# what a value, not a sample, follows (« le coefficient retenu est n = 3 »)
_VALUE_VERB_RE = re.compile(r"\b(?:est|vaut|valait|retenu|retenue|égal|égale|soit)\s*$", re.I)


def sample_size(flat: str, start: int) -> bool:
    """Rule `sample_sizes`: whether the number at `start` is printed as a sample size (« Maires
    de communes de moins de 3 500 habitants (n = 188) », « Effectifs n = 131 »), not a
    numbered name (« section n=4 »)."""
    m = _SAMPLE_SIZE_RE.search(flat, max(0, start - 8), start)
    return (
        m is not None
        # (« (n = 2015) » in brackets is a sample; « l'exercice n = 2024 » a year)
        and (
            flat[max(0, m.start() - 2) : m.start()].strip() == "("
            or not YEAR.fullmatch(flat[start : start + 4])
        )
        and _previous_word(flat, m.start()) not in vocabulary().name_words  # « section n=4 »
        and _VALUE_VERB_RE.search(flat, max(0, m.start() - 12), m.start()) is None
    )


# « 2.1 Bénévoles formés », « 1.2.3 Les … »: a numbered heading or row label opening its line
_SECTION_NUMBER_RE = re.compile(r"[ \t]*\d{1,2}(?:\.\d{1,2})+\.?[ \t]+[A-ZÀ-Ý]")


# A class of a map's or chart's legend: a line opening on « classe B : », « de 30 à moins de
# 35 % » anywhere (rule `legend_classes`)
_LEGEND_LINE_RE = re.compile(r"[ \t]*classe\s+[\w+]{1,3}\s*:", re.I)
# « de 30 à moins de 35 % »: the bound of a class (not « passée de 18 % à moins de 12 % »)
_BELOW_BEFORE_RE = re.compile(r"\bde\s+\d+(?:,\d+)?\s*à\s+moins\s+de\s*$", re.I)


def _legend_class(text: str, flat: str, start: int, end: int) -> bool:
    """Rule `legend_classes`: whether a share bounds a class of a legend (« classe A : moins
    de 30 % », « de 30 à moins de 35 % »), no figure of its own."""
    if _BELOW_BEFORE_RE.search(flat, max(0, start - 30), start):
        return True
    return _LEGEND_LINE_RE.match(text, text.rfind("\n", 0, start) + 1) is not None


# « 24,1 associations pour 1 000 habitants », « pour 100 000 habitants »: a rate's base
_RATE_BASE_RE = re.compile(r"\bpour\s+$", re.I)
_RATE_BASES = frozenset({"10", "100", "1000", "10000", "100000"})
# the base's noun ending its line, a row label (« Associations pour 1 000 habitants »), or
# « habitants » (« 24,1 associations pour 1 000 habitants, contre … »); not « 200 000 € pour
# 1 000 jeunes accompagnés »
_LINE_END_NOUN_RE = re.compile(r"[ \t]+(?:habitants\b|[^\W\d_][\w'’-]*[ \t]*(?:\n|$))")


def detect(text: str) -> list[Found]:
    """The figures of one page, in order. `text` is the cleaned page (line breaks kept)."""
    vocab = vocabulary()
    flat = _flat(text)
    found: list[Found] = []
    loose: list[tuple[int, int, float]] = []  # bare numbers no rule made a figure
    for m, kind, key in figure_matches(flat):
        if kind in _NOT_FIGURES:
            continue
        noun, start = "", m.start()
        if quoted_notation(flat, point_sign(flat, start)[0], m.end()):
            continue  # « « +5 pts » signifie cinq points … »: how to read, not a result
        if kind == "percent":
            if (
                _LABEL_PERCENT_RE.search(text, m.start(), m.end())
                and _WORD_AFTER_RE.match(text, m.end())
                and _ROW_BEFORE_RE.search(text, max(0, m.start() - 20), m.start())
            ):
                continue  # « 31 36 » then a line « % d'usines … »: the % opens the next label
            unit, value = "%", key[:-1]
            signed = share_sign(text, flat, m.start(), m.end())
            if signed:  # « −1,6 % » in an « Évolution (%) » column, « (−40 %) »: a change
                start = signed.start()
                value = f"-{value}" if signed.group() != "+" else value
            if reference_value(flat, m.start()):
                continue  # « au seuil de confiance de 95 % »: how the survey is read
            if _legend_class(text, flat, start, m.end()):
                continue  # « classe B : de 30 à moins de 35 % »: a map's legend (`legend_classes`)
            if float(value) == 100 and _sums_up(flat, m.start()):
                continue  # « les totaux dépassent 100 % »: a reading note
        elif kind == "score":
            value, _, denominator = key.partition("/")
            if (
                denominator != "10"
                or _PAGE_LINE_RE.fullmatch(_line(text, m.start(), m.end()))
                or _previous_word(text, m.start()) in vocab.name_words  # « page 3 / 10 »
            ):
                continue  # « 1 / 28 » is a page number; only marks out of 10 are figures
            unit = "/10"
        elif kind == "points":  # « ▼ −2 pts », « ± 2,2 points » (rule `points_unit`)
            unit, value = "pts", key.removesuffix("pts").lstrip("+±")
            start = point_sign(flat, m.start())[0]
            if bounds_a_class(flat, start):
                continue  # « les écarts inférieurs à 6 points »: a threshold of reading
        elif kind == "money":
            if bounds_an_amount(flat, m.start()) or (
                class_line(text, m.start()) and _cells_follow(text, m.end())
            ):
                # « Supérieur à 150 000 € », a row « Moins de 10 000 € » of a table of budget
                # classes: who is counted, not an amount
                continue
            unit, value = "€", key[:-1]
        elif m.group("mw"):  # « 5 millions de personnes »
            noun = _noun_after(flat, m.end(), vocab) or _noun_after(
                flat, m.end() + 3 if flat[m.end() : m.end() + 3] == " de" else m.end(), vocab
            )
            if not noun:
                if not _amount_listed_before(flat, found, m.start()):
                    continue
                # « … ont apporté 2,98 millions d'euros, les collectivités 1,2 million et … »:
                # millions of the euros listed before (rule `elided_millions`)
                unit, value = "€", key
            else:
                unit, value = vocab.count_unit(noun), key
        elif (
            (sign := point_sign(flat, m.start()))[1] in ("+", "-")
            and listed_change(flat, _points_end(found), sign[0])
            and not _noun_after(flat, m.end(), vocab)  # « +3 salariés »: a count
        ):
            # « a progressé de 17 points chez les Français, de +9 chez les dirigeants »: a signed
            # number listed after a difference in points is one (rule `listed_signed_points`)
            unit, start = "pts", sign[0]
            value = f"-{key}" if sign[1] == "-" else key
        elif sign[1] == "±" and _bare_margin(text, flat, m, sign[0]):
            # « ± 3,4 » in a table of margins (« en points » in its caption): a margin of error
            # is in points whether or not the unit is printed (rule `bare_margin`)
            unit, value, start = "pts", key, sign[0]
        else:
            at = text.rfind("\n", 0, m.start()) + 1
            if not text[at : m.start()].strip() and _SECTION_NUMBER_RE.match(text, at):
                continue  # « 2.1 Bénévoles formés »: a numbered heading or row label
            bare = (
                _bare_unit(text, m, vocab)
                or _elliptic(flat, m, found)
                or counted_elsewhere(flat, m.start(), m.group("v"))
                or (("/10", "") if scale_mark(flat, m.start(), m.group("v")) else None)
                # « Maires de communes de moins de 3 500 habitants (n = 188) »: how many
                # answered (rule `sample_sizes`)
                or (("people", "") if sample_size(flat, m.start()) else None)
            )
            if bare is None:
                # « 70 à 80 % », « 10, 20 ou 50 ans » (a comma only before another number)
                listed = (
                    flat.startswith(", ", m.end()) and flat[m.end() + 2 : m.end() + 3].isdigit()
                )
                if (LINK_RE.match(flat, m.end()) or listed) and _may_share(text, m, vocab):
                    loose.append((m.start(), m.end(), float(key)))  # « 70 à 80 % »
                continue
            (unit, noun), value = bare, key
            if unit == "years" and bracketed_class(flat, m.start(), after_population=True):
                continue  # « Français (18 ans et plus) »: an age class (rule `age_class`)
            if unit == "years" and class_line(text, m.start()) and _cells_follow(text, m.end()):
                continue  # « Moins de 10 ans » / « 23 % » / « 10 à 29 ans »: a table's class
            if (
                unit in ("count", "people")
                and _RATE_BASE_RE.search(flat, max(0, m.start() - 6), m.start())
                and key in _RATE_BASES
                and _LINE_END_NOUN_RE.match(text, m.end())
            ):
                continue  # « Associations pour 1 000 habitants »: a rate's base (`rate_base`)
            if unit in ("count", "people") and (
                in_population(flat, m.start(), m.end())
                or bracketed_class(flat, m.start())
                or labels_a_class(text, m.start(), m.end())
                or class_line(text, m.start())
                or strata_bound(flat, m.start())
            ):
                continue  # « entreprises d'au moins 10 salariés »: part of who is counted
        end = m.end()
        if unit == "years":  # « 3 ans », « 5 dernières années » as printed
            for _ in range(max(1, len(noun.split()))):
                word = _WORD_RE.match(flat, end)
                end = word.end() if word else end
            noun = ""
        found.append(Found(start, end, flat[start:end], float(value), unit, noun))
    shared = shared_units(flat, loose, [(f.start, f.end, f.value, f.unit, f.noun) for f in found])
    found += [Found(a, b, flat[a:b], value, unit, noun) for a, b, value, unit, noun in shared]
    # « euros » is printed (in any case: its letters have no other case form): the pattern,
    # tried at every position, is not tried on the many pages without it
    for w in _WORDS_MONEY_RE.finditer(flat) if "euro" in flat.lower() else ():
        amount = _WORD_NUMBERS[w.group("n").lower()] * _MULT[w.group("m").lower()]
        amount = amount * 3 // 2 if w.group("half") else amount  # « un million et demi »
        found.append(Found(w.start(), w.end(), w.group(), float(amount), "€"))
    taken = [(f.start, f.end) for f in found]
    for y_start, y_end, y_value in one_year(flat) if " an" in flat else ():  # « pendant un an »
        if not any(s < y_end and y_start < e for s, e in taken):
            found.append(Found(y_start, y_end, flat[y_start:y_end], y_value, "years"))
    for w_start, w_end, w_value, w_unit, w_noun in spelled_numbers(flat, vocab, _noun_after):
        if w_unit in ("count", "people") and in_population(flat, w_start):
            continue  # « de moins de deux mille habitants », as with digits
        if explaining(flat, w_start):
            continue  # « « +4 pts » signifie quatre points de plus »: how to read
        if not any(s < w_end and w_start < e for s, e in taken):
            found.append(Found(w_start, w_end, flat[w_start:w_end], w_value, w_unit, w_noun))
    # « neuf Français sur dix », « les deux tiers », « une quarantaine de … » (rule
    # `proportions_in_words`): the share replaces the numbers read inside it (« neuf Français »)
    shares = [
        s
        for s in proportions(flat, vocab, _noun_after)
        if s[3] == "%" or not in_population(flat, s[0])
    ]
    if shares:
        found = [f for f in found if not any(a < f.end and f.start < b for a, b, *_ in shares)]
        found += [Found(a, b, flat[a:b], value, unit, noun) for a, b, value, unit, noun in shares]
    return sorted(without_class_bounds(flat, found), key=lambda f: f.start)


def _points_end(found: list[Found]) -> int | None:
    """Where the last figure found ends when it is a difference in points."""
    return found[-1].end if found and found[-1].unit == "pts" else None


def _sums_up(flat: str, start: int) -> bool:
    """Whether the clause before a 100 % names a sum (« les totaux dépassent 100 % »)."""
    clause = re.split(r"[.;:,!?]", flat[max(0, start - 60) : start])[-1]
    sums = {fold_lower(w) for w in vocabulary().words("sum_words")}
    return any(w in sums for w in fold_lower(clause).split())


def qualifier_before(text: str, start: int) -> int:
    """Where « plus de », « près de »… before a figure start (to leave them out of a measure)."""
    m = _QUALIFIER_RE.search(text[max(0, start - 20) : start])
    return start - (len(text[max(0, start - 20) : start]) - m.start()) if m else start
