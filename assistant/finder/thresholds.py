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
    if any(a.end == len(before) for a in vocabulary().actors(before)):
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
_W = r"[^\W\d_]+\.?"  # the class's noun, maybe shortened (« hab. »)
# A line that is a whole size class (rule `class_lines`): a range (« De 500 à 1 999 habitants »,
# « 500 à 1 999 hab. »), a class open upwards (« 10 000 habitants et plus »), or one bounded on
# one side (« Moins de 500 habitants »).
_RANGE_RE = re.compile(
    rf"(?:de\s+)?{_N}\s*(?:à|-|–)\s*{_N}\s+{_W}|{_N}\s+{_W}\s+(?:et|ou)\s+(?:plus|moins)", re.I
)
_BOUNDED_RE = re.compile(rf"(?:moins|plus)\s+de\s+{_N}\s+{_W}", re.I)
_ABBREVIATION_RE = re.compile(r"[^\W\d_]{1,5}\.")  # « Moins de 500 » / « hab. »
_VALUE_LINE_RE = re.compile(r"\s*(?:n\s*=\s*)?[+−–-]?\d[\d\s,]*%?\s*")
# a neighbour header cell of a class, wrapped before its noun (« 500 à 1 999 » / « hab. »)
_CLASS_PART_RE = re.compile(
    rf"(?:(?:de|moins de|plus de)\s+)?{_N}(?:\s*(?:à|-|–)\s*{_N})?(?:\s+{_W})?"
    r"(?:\s+(?:et|ou)(?:\s+plus)?)?",
    re.I,
)


def size_class(line: str) -> bool:
    """Whether a line is a size class bounded on both sides or open upwards (« 500 à 1 999
    hab. », « 10 000 habitants et plus »): a row label, though it opens on a number."""
    return _RANGE_RE.fullmatch(line.strip()) is not None


def _line_at(text: str, pos: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return start, len(text) if end < 0 else end


def class_line(text: str, start: int) -> bool:
    """Rule `class_lines`: whether the number at `start` bounds the size class its line is
    wholly made of, a table's row label or column header (a header wrapped before its noun or
    its « plus » read on: « Moins de 500 » / « hab. », « 2 000 hab. et » / « plus »). A class
    bounded on one side only (« Plus de 2 000 bénévoles ») is a class only beside another class
    line or above a value line: alone it may be a key figure."""
    a, b = _line_at(text, start)
    line = text[a:b].strip()
    nxt_start = b + 1
    if nxt_start < len(text):
        c, d = _line_at(text, nxt_start)
        nxt = text[c:d].strip()
        if re.search(r"\s(?:et|ou)$", line) or (
            _ABBREVIATION_RE.fullmatch(nxt) and not re.search(r"[^\W\d_]\.?$", line)
        ):
            line, b = f"{line} {nxt}", d
    if _RANGE_RE.fullmatch(line):
        return True
    if not _BOUNDED_RE.fullmatch(line):
        return False
    around = [text[slice(*_line_at(text, b + 1))].strip() if b + 1 < len(text) else ""]
    if a > 0:
        around.append(text[slice(*_line_at(text, a - 1))].strip())
    return any(_VALUE_LINE_RE.fullmatch(x) or _CLASS_PART_RE.fullmatch(x) for x in around if x)


@cache
def _bound_re() -> re.Pattern[str]:
    words = sorted(vocabulary().words("bound_words"), key=len, reverse=True)
    listed = r"\d[\d\s]*(?:,\d+)?\s*(?:€|%)?\s*(?:,|ou|et)\s*"  # « seuils de 500, 2 000 et »
    return re.compile(rf"(?:{by_first_letter(words, ignore_case=True)})\s*(?:{listed})*$", re.I)


def bounds_a_class(flat: str, start: int) -> bool:
    """Rule `class_bound`: whether an amount bounds a class of what is counted (« dont le
    budget dépasse 150 000 € », « Inférieur à 10 000 € »; figure_words.toml `bound_words`)."""
    return _bound_re().search(flat, max(0, start - 60), start) is not None


def class_bounds(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """(start, end) of the amounts between `lo` and `hi` that bound a class (`bounds_a_class`):
    no figures, but they end the relative clause that narrows a population (« des associations
    dont le budget dépasse 150 000 € ont un partenariat »)."""
    return [
        (m.start(), m.end())
        for m, kind, _ in figure_matches(text[:hi])
        if kind == "money" and m.start() >= lo and bounds_a_class(text, m.start())
    ]


@cache
def _reference_re() -> re.Pattern[str]:
    words = sorted(vocabulary().words("reference_leads"), key=len, reverse=True)
    share = r"\d[\d\s]*(?:,\d+)?\s*%"
    return re.compile(
        rf"(?:{by_first_letter(words, ignore_case=True)})\s+"
        rf"(?:{share}\s*(?:,|ou|et)\s*(?:de\s+)?)*$",
        re.I,
    )


def reference_value(flat: str, start: int) -> bool:
    """Rule `reference_values`: whether a share is the reference value of a survey method
    (« au seuil de confiance de 95 % », « pour un résultat de 10 % ou 90 % »;
    figure_words.toml `reference_leads`), no finding."""
    return _reference_re().search(flat, max(0, start - 80), start) is not None
