"""Numbers that narrow who is counted rather than count: the threshold of a population
(« entreprises d'au moins 10 salariés ») and the amount that bounds a class (« dont le budget
dépasse 150 000 € », rule `class_bound`). They are no figures, but a measure's clause ends at
them. Word list: assistant/data/figure_words.toml `bound_words`."""

from __future__ import annotations

import re
from functools import cache

from ..checks.grammar import figure_matches
from ..line_forms import GLYPH, TICK_BOXES
from ..text import fold_in_place
from .vocabulary import by_first_letter, vocabulary

# « entreprises d'au moins 10 salariés », « communes de moins de 2 000 habitants »: a threshold
# inside a population, after its noun.
_THRESHOLD_RE = re.compile(
    r"(?:d['’]\s*au moins|de moins de|de plus de|de\s+\d[\d\s]*\s(?:à|-|–))\s+$", re.I
)  # … and the upper bound of a range (« communes de 3 500 à 9 999 habitants »)


# « Entreprises de 10 salariés et plus »: a threshold after « de », the class open upwards.
_OF_RE = re.compile(r"\bde\s+$", re.I)
_ONE_RE = re.compile(r"(?<![,(])\s(?:une?)\s+[^\W\d_]+$")
_AND_MORE_RE = re.compile(
    r"\s*[^\W\d_][\w'’-]*\s+(?:et|ou)\s+plus(?![^\W\d_])(?!\s+d(?:e\b|['’]))"
    r"|\s*(?:à|-|–)\s*\d[\d\s]*\s[^\W\d_]",  # the lower bound of a range
    re.I,
)  # not « 12 pays et plus de 300 bénévoles »; « plus4 » is « plus » and a footnote call


# Adjectives that may stand between a population and its threshold (« entreprises normandes de
# 10 salariés », « associations interrogées de moins de 5 salariés »): a demonym or a plural
# participle.
_ADJECTIVE_RE = re.compile(
    r"\s+(?!(?:les|des|ces|ses|mes|tes|nos|vos|leurs)$)"
    r"[^\W\d_]{3,}(?:aises?|ais|ands|andes|iens|iennes|ains|aines|ois|oises|ees|es|antes|ants)$"
)


def _names_population(before: str) -> bool:
    """Whether a folded text ends on a population's name, perhaps followed by one or two of
    its adjectives."""
    ends = {a.end for a in vocabulary().actors(before)}
    cut = len(before)
    for _ in range(3):
        if cut in ends:
            return True
        m = _ADJECTIVE_RE.search(before, 0, cut)
        if m is None:
            return False
        cut = m.start()
    return False


# the number of a threshold right before a noun: a bound (« de moins de 2 000 », « d'au moins
# 10 »), a range (« de 10 à 249 »), or « de 10 » when the class goes on upwards (« … salariés et
# plus »); a plain « de 1 200 » counts (« les maires de 1 200 communes »)
_THRESHOLD_NUMBER_RE = re.compile(
    r"\s(?:(?P<bound>d['’]\s*au moins|d['’]\s*au plus|de moins de|de plus de)|de)\s+\d[\d\s]*"
    r"(?P<range>\s*(?:a|à|-|–)\s*\d[\d\s]*)?$"
)
_UPWARDS_RE = re.compile(r"\s+(?:et|ou)\s+(?:plus|moins)\b(?!\s+d(?:e\b|['’]))")


def threshold_noun(folded: str, start: int, end: int) -> bool:
    """Whether the population named from `start` to `end` of a folded text is the noun of a
    threshold of the population before it (« entreprises normandes de 10 salariés et plus »:
    « salariés » counts no one there; « plus de 2 000 habitants ont répondu » does)."""
    before = folded[max(0, start - 80) : start]
    m = _THRESHOLD_NUMBER_RE.search(before)
    if m is None:
        return False
    if not (m.group("bound") or m.group("range") or _UPWARDS_RE.match(folded, end)):
        return False
    return _names_population(before[: m.start()].rstrip())


def in_population(flat: str, start: int, end: int = -1) -> bool:
    """Whether a count is the threshold of a population named just before it (« communes de
    moins de 2 000 habitants », « une commune de moins de 2 000 habitants », « Entreprises de
    10 salariés et plus »)."""
    m = _THRESHOLD_RE.search(flat, max(0, start - 20), start)
    if m is None and end >= 0 and _AND_MORE_RE.match(flat, end):
        m = _OF_RE.search(flat, max(0, start - 5), start)
    if m is None:
        return False
    before = fold_in_place(flat[max(0, m.start() - 40) : m.start()]).rstrip()
    if _names_population(before):
        return True
    # « administrent une commune de moins de 2 000 habitants »: the class of one member, after
    # « un(e) » (not in an apposition: « Le village, une commune de plus de 3 000 habitants »)
    one = _ONE_RE.search(before)
    plural = f"{before}s"
    return one is not None and any(a.end == len(plural) for a in vocabulary().actors(plural))


# « Moins de 2 000 habitants 84 % », « De 2 000 habitants ou plus 16 % », « ☐ 2 Plus de 10
# salariés 21 % »: a class opening its line (a table's row label, an answer of a questionnaire),
# the line ending on its shares.
_LABEL_OPENS_RE = re.compile(
    rf"(?:^|\n)[^\S\n]*(?:(?:[{TICK_BOXES}]|{GLYPH.pattern}|[-–—])\s*(?:\d{{1,2}}\s+)?)?"
    r"(?:moins de|plus de|de|d['’]\s*au moins)\s+$",
    re.I,
)
_LABEL_GOES_ON_RE = re.compile(
    r"[^\S\n]+[^\W\d_]{3,}(?:[^\S\n]+(?:ou|et)[^\S\n]+plus)?"
    r"(?:[^\S\n]+(?:[±+−-]?\d[\d,]*[^\S\n]*%?|n\.[dp]\.))+[^\S\n]*(?:\n|$)"
)


def labels_a_class(text: str, start: int, end: int) -> bool:
    """Rule `class_label`: whether a count bounds the class a line of `text` (line breaks
    kept) opens on, the line ending on that class's shares (« Moins de 2 000 habitants 84 % »):
    a row's label, no figure; « Plus de 2 000 personnes ont été interrogées », « Plus de 3 000
    personnes 45 % de femmes » count."""
    return bool(
        _LABEL_OPENS_RE.search(text, max(0, start - 20), start)
        and _LABEL_GOES_ON_RE.match(text, end)
    )


_N = r"\d{1,3}(?:[ \u00a0\u202f]\d{3})*"
# the class's noun, maybe shortened (« hab. »), or its currency (« Moins de 10 000 € »)
_W = r"(?P<noun>[^\W\d_]+\.?|[kM]?€)"
# A line that is a whole size class (rule `class_lines`): a range (« De 500 à 1 999 habitants »,
# « 500 à 1 999 hab. »), a class open upwards (« 10 000 habitants et plus »), or one bounded on
# one side (« Moins de 500 habitants »).
_RANGE_RE = re.compile(rf"(?:de\s+)?{_N}\s*(?:à|-|–)\s*{_N}\s+{_W}", re.I)
_AND_UP_RE = re.compile(rf"{_N}\s+{_W}\s+(?:et|ou)\s+(?:plus|moins)", re.I)
_BOUNDED_RE = re.compile(rf"(?:moins|plus)\s+de\s+{_N}\s+{_W}", re.I)
_ABBREVIATION_RE = re.compile(r"[^\W\d_]{1,5}\.")  # « Moins de 500 » / « hab. »
CLASS_REACH = 6  # lines around a class line where the other classes of its table are looked for


# rule `bracketed_class`: a size class in brackets after what it qualifies (« TPE (moins de 10
# salariés) », « PME (de 10 à 249 salariés) », « Grandes entreprises (5 000 et plus) »,
# « Ensemble (10 salariés et plus) »)
_BRACKETED_RANGE_RE = re.compile(
    rf"\((?:de\s+)?{_N}\s*(?:à|-|–)\s*{_N}(?:\s+[^\W\d_]+\.?)?\)", re.I
)
_BRACKETED_UPWARDS_RE = re.compile(
    rf"\({_N}(?:\s+[^\W\d_]+\.?)?\s+(?:et|ou)\s+(?:plus|moins)\)", re.I
)
_BRACKETED_BOUND_RE = re.compile(
    rf"\((?:moins\s+de|au\s+moins|d['’]au\s+moins)\s+{_N}\s+[^\W\d_]+\.?\)", re.I
)


def bracketed_class(flat: str, start: int, after_population: bool = False) -> bool:
    """Rule `bracketed_class`: whether a number bounds a size class printed in brackets after
    what it qualifies: a range or a class open upwards, or a bound (« moins de », « au
    moins ») right after a population's name; « (plus de 2 000 personnes) » counts.
    `after_population`: every class only after a population's name (an age class, « Français
    (18 ans et plus) », not a duration class, « sur le moyen terme (10 ans et plus) »)."""
    open_at = flat.rfind("(", max(0, start - 20), start)
    if open_at < 0:
        return False
    close = flat.find(")", start, open_at + 50)
    if close < 0:
        return False
    bracket = flat[open_at : close + 1]
    if _BRACKETED_UPWARDS_RE.fullmatch(bracket) and not after_population:
        return True  # « (5 000 et plus) », « (10 salariés et plus) »: a class, whatever before
    if not any(
        rx.fullmatch(bracket)
        for rx in (_BRACKETED_RANGE_RE, _BRACKETED_BOUND_RE, _BRACKETED_UPWARDS_RE)
    ):
        return False
    # « TPE (moins de 10 salariés) », « PME (10 à 249 salariés) »; « a progressé (de 1 200 à
    # 1 500 licenciés) » counts
    before = fold_in_place(flat[max(0, open_at - 40) : open_at]).rstrip()
    if _names_population(before):
        return True
    # a range after a noun phrase is its class (« les clubs de taille moyenne (50 à 199
    # licenciés) »), not after a verb (« a progressé (de 1 200 à 1 500 … »)
    word = re.search(r"([^\W\d_]+)\s*$", flat[max(0, open_at - 40) : open_at])
    return (
        not after_population
        and _BRACKETED_RANGE_RE.fullmatch(bracket) is not None
        and word is not None
        and not re.search(r"(?:é|ée|és|ées|ent)$", word.group(1))  # « réunissent (10 à 15 … »
    )


def size_class(line: str) -> bool:
    """Whether a line is a size class bounded on both sides or open upwards (« 500 à 1 999
    hab. », « 10 000 habitants et plus »): a row label, though it opens on a number."""
    return any(rx.fullmatch(line.strip()) for rx in (_RANGE_RE, _AND_UP_RE))


def whole_class(line: str) -> bool:
    """Whether a header is wholly a size class, open downwards too (« Moins de 500 habitants »,
    « 10 à 49 salariés »): what it bounds is a size, not the population counted (rule
    `class_headers`)."""
    return any(rx.fullmatch(line.strip()) for rx in (_RANGE_RE, _AND_UP_RE, _BOUNDED_RE))


def _line_at(text: str, pos: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return start, len(text) if end < 0 else end


def _class_at(text: str, a: int, b: int) -> tuple[str, int] | None:
    """(its noun's first letters, where it ends) when the line from a to b is wholly a size
    class, read on over the next line when a header wraps before its noun or its « plus »
    (« Moins de 500 » / « hab. », « 2 000 hab. et » / « plus »); None otherwise."""
    line = text[a:b].strip()
    if b + 1 < len(text):
        c, d = _line_at(text, b + 1)
        nxt = text[c:d].strip()
        if re.search(r"\s(?:et|ou)$", line) or (
            _ABBREVIATION_RE.fullmatch(nxt) and not re.search(r"[^\W\d_]\.?$", line)
        ):
            line, b = f"{line} {nxt}", d
    m = _RANGE_RE.fullmatch(line) or _AND_UP_RE.fullmatch(line) or _BOUNDED_RE.fullmatch(line)
    return (fold_in_place(m.group("noun"))[:3].lower(), b) if m else None


def beside_amount_class(text: str, pos: int) -> bool:
    """Whether the line before or after the one holding `pos` is wholly a class of amounts
    (« Moins de 10 000 € », « De 10 000 à 50 000 € »)."""
    a, b = _line_at(text, pos)
    near = [_line_at(text, a - 1)] if a > 0 else []
    if b < len(text):
        near.append(_line_at(text, b + 1))
    lines = [text[c:d] for c, d in near]  # each line alone, as a label is read
    return any((cls := _class_at(x, 0, len(x))) is not None and "€" in cls[0] for x in lines)


def class_line(text: str, start: int) -> bool:
    """Rule `class_lines`: whether the number at `start` bounds the size class its line is
    wholly made of, a row label or a column header of a table of classes: another line within
    CLASS_REACH lines is a class of the same noun (« Moins de 500 habitants » … « De 500 à 1 999
    habitants »). A class alone, or above a caption in lower case (« 1 200 à 1 500 bénévoles » /
    « mobilisés chaque week-end »), or beside classes of other nouns (« Plus de 500 adhérents »
    / « Moins de 10 salariés »), may be a key figure."""
    a, b = _line_at(text, start)
    found = _class_at(text, a, b)
    if found is None:
        return False
    noun, end = found
    if end + 1 < len(text) and text[end + 1 : end + 2].islower():
        return False  # a caption under it: a key figure
    lo, hi = a, end
    for _ in range(CLASS_REACH):  # the lines above, nearest first
        if lo <= 0:
            break
        lo = _line_at(text, lo - 1)[0]
        other = _class_at(text, lo, _line_at(text, lo)[1])
        if other is not None and other[0] == noun:
            return True
    for _ in range(CLASS_REACH):  # … and below
        if hi + 1 >= len(text):
            break
        c, hi = _line_at(text, hi + 1)
        other = _class_at(text, c, hi)
        if other is not None and other[0] == noun:
            return True
    return False


@cache
def _bound_re() -> re.Pattern[str]:
    words = sorted(vocabulary().words("bound_words"), key=len, reverse=True)
    return re.compile(rf"(?:{by_first_letter(words, ignore_case=True)})\s*$", re.I)


def bounds_a_class(flat: str, start: int) -> bool:
    """Rule `class_bound`: whether an amount bounds a class of what is counted (« dont le
    budget dépasse 150 000 € », « Inférieur à 10 000 € »; figure_words.toml `bound_words`)."""
    return _bound_re().search(flat, max(0, start - 40), start) is not None


# « celles de moins de 10 000 € », « aux budgets de plus de 150 000 € »: a class named by a
# pronoun or by what it is measured on; not budgets a verb gives (« ont voté des budgets de »)
_CLASS_HEAD_RE = re.compile(r"\b(?:celles|ceux|budgets)\s*$", re.I)
_GIVEN_BUDGETS_RE = re.compile(
    r"\b(?:vot|adopt|allou|accord|prévu|prevu)\w*\s+des\s+budgets\s*$", re.I
)


def amount_class(flat: str, start: int) -> bool:
    """Rule `amount_class`: whether an amount is the bound of a class of a population (« des
    associations de plus de 150 000 € de budget », « 20 % de celles de moins de 10 000 € »),
    not an amount measured (« un budget de plus de 150 000 € a été voté » is one)."""
    if in_population(flat, start):
        return True
    m = _THRESHOLD_RE.search(flat, max(0, start - 20), start)
    if m is None or not _CLASS_HEAD_RE.search(flat, max(0, m.start() - 12), m.start()):
        return False
    return not _GIVEN_BUDGETS_RE.search(flat, max(0, m.start() - 40), m.start())


def bounds_an_amount(flat: str, start: int) -> bool:
    """Whether the amount at `start` bounds a class (rules `class_bound`, `amount_class`)."""
    return bounds_a_class(flat, start) or amount_class(flat, start)


# « le seuil de 10 salariés », « les seuils de 500, 2 000 et 10 000 habitants »: bounds
_STRATA_RE = re.compile(
    r"\bseuils?\s+de\s++(?:\d[\d \u00a0\u202f]*+(?:,\d++)?+\s*+(?:,|et|ou)\s*+)*+$", re.I
)


def strata_bound(flat: str, start: int) -> bool:
    """Rule `class_bound` for counts: whether a number is the bound named after « seuil de »
    (« le seuil de 10 salariés »), or one of those listed after « seuils de » (« les seuils de
    500, 2 000 et 10 000 habitants »)."""
    return _STRATA_RE.search(flat, max(0, start - 80), start) is not None


def class_bounds(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """(start, end) of the amounts between `lo` and `hi` that bound a class (`bounds_a_class`):
    no figures, but they end the relative clause that narrows a population (« des associations
    dont le budget dépasse 150 000 € ont un partenariat »)."""
    return [
        (m.start(), m.end())
        for m, kind, _ in figure_matches(text[:hi])
        if kind == "money" and m.start() >= lo and bounds_an_amount(text, m.start())
    ]


@cache
def _reference_re() -> re.Pattern[str]:
    words = sorted(vocabulary().words("reference_leads"), key=len, reverse=True)
    share = r"\d[\d\s]*(?:,\d+)?\s*%"
    return re.compile(
        rf"(?:{by_first_letter(words, ignore_case=True)})\s+"
        rf"(?:{share}\s*+(?:ou|et)\s++(?:de\s+)?)*+$",
        re.I,
    )


def reference_value(flat: str, start: int) -> bool:
    """Rule `reference_values`: whether a share is the reference value of a survey method
    (« au seuil de confiance de 95 % », « pour un résultat de 10 % ou de 90 % »: the share
    right after the lead, and those « ou » / « et » join to it; figure_words.toml
    `reference_leads`), no finding (« Au seuil de 95 %, 62 % des maires … » is one)."""
    return _reference_re().search(flat, max(0, start - 80), start) is not None


# Words before an age that say it bounds a class of people (rule `age_classes`): « chez les
# moins de 35 ans », « des plus de 65 ans », « ont moins de 35 ans », « jeunes de moins de
# 25 ans », « âgée de 18 ans et plus », « les 18-24 ans », « habitants de 18 à 34 ans »; not
# a duration (« depuis plus de 20 ans », « une association qui a plus de 20 ans »).
_AGE_BOUND_RE = re.compile(
    r"(?:\b(?:les|des|aux|ont|avaient|sont|jeunes|personnes|habitants|âgée?s?|agée?s?)\s+"
    r"(?:de\s+|d['’]\s*)?(?:moins|plus)\s+de|\b(?:âgée?s?|agée?s?)\s+de|\b(?:les|des|aux))\s*$",
    re.I,
)
_AGE_UP_RE = re.compile(r"\s+(?:et|ou)\s+plus\b")
_TIME_AHEAD_RE = re.compile(
    r"\s+(?:à\s+venir|qui\s+viennent|prochaine?s?|suivante?s?|passée?s?|dernière?s?|écoulée?s?)\b",
    re.I,
)
_RANGE_LOWER_RE = re.compile(r"\d{1,3}\s*(?:à|-|–)\s*$")  # « 18 à » before « 24 ans »
_RANGE_UPPER_RE = re.compile(
    r"\s*(?:ans\s*)?(?:à|-|–)\s*\d{1,3}\s*ans\b"
)  # « 18 » of « 18 à 24 ans »
_AGE_RANGE_RE = re.compile(
    r"\b(?:les|des|aux|jeunes|personnes|habitants|âgée?s?)\s+(?:de\s+)?$", re.I
)


def population_age(flat: str, start: int, end: int) -> bool:
    """Rule `age_class`: an age open upwards after a population (« Français de 18 ans et
    plus »): part of who is counted."""
    number = re.match(r"\d+", flat[start:end])
    return bool(
        number and _AGE_UP_RE.match(flat, end) and in_population(flat, start, start + number.end())
    )


def age_class(flat: str, start: int, end: int) -> bool:
    """Whether an age in years bounds a class of people rather than saying a duration: after
    « les moins de », « ont plus de », « âgés de »…, or a range (« 18 à 24 ans », either
    bound) or an age open upwards (« 65 ans et plus ») after « les », « jeunes (de) »."""
    upper = _RANGE_UPPER_RE.match(flat, end)
    if _TIME_AHEAD_RE.match(flat, upper.end() if upper else end):
        return False  # « sur les 3 à 5 ans à venir »: a span of time
    before = flat[max(0, start - 40) : start]
    lower = _RANGE_LOWER_RE.search(before)
    if lower:  # « 24 ans » of « de 18 à 24 ans »: what stands before the range
        before = before[: lower.start()]
    if (
        lower
        or upper
        or re.search(r"\d\s*(?:à|-|–)\s*\d", flat[start:end])
        or _AGE_UP_RE.match(flat, end)
    ):
        return _AGE_RANGE_RE.search(before) is not None or _AGE_BOUND_RE.search(before) is not None
    m = _AGE_BOUND_RE.search(before)
    return m is not None and re.search(r"(?:moins|plus)\s+de\s*$", before, re.I) is not None
