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
_THRESHOLD_RE = re.compile(r"(?:d['’]\s*au moins|de moins de|de plus de)\s+$", re.I)


# « Entreprises de 10 salariés et plus »: a threshold after « de », the class open upwards.
_OF_RE = re.compile(r"\bde\s+$", re.I)
_ONE_RE = re.compile(r"(?<![,(])\s(?:une?)\s+[^\W\d_]+$")
_AND_MORE_RE = re.compile(
    r"\s*[^\W\d_][\w'’-]*\s+(?:et|ou)\s+plus\b(?!\s+d(?:e\b|['’]))", re.I
)  # not « 12 pays et plus de 300 bénévoles »


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


@cache
def _bound_re() -> re.Pattern[str]:
    words = sorted(vocabulary().words("bound_words"), key=len, reverse=True)
    return re.compile(rf"(?:{by_first_letter(words, ignore_case=True)})\s*$", re.I)


def bounds_a_class(flat: str, start: int) -> bool:
    """Rule `class_bound`: whether an amount bounds a class of what is counted (« dont le
    budget dépasse 150 000 € », « Inférieur à 10 000 € »; figure_words.toml `bound_words`)."""
    return _bound_re().search(flat, max(0, start - 40), start) is not None


def class_bounds(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """(start, end) of the amounts between `lo` and `hi` that bound a class (`bounds_a_class`):
    no figures, but they end the relative clause that narrows a population (« des associations
    dont le budget dépasse 150 000 € ont un partenariat »)."""
    return [
        (m.start(), m.end())
        for m, kind, _ in figure_matches(text[:hi])
        if kind == "money" and m.start() >= lo and bounds_a_class(text, m.start())
    ]
