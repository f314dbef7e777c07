"""Counts and durations written in words (« Onze territoires pionniers », « quinze ans
d'observation »): a number word is a figure when a counted noun follows it, as a digit is."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from ..text import fold_lower
from .vocabulary import Vocabulary, by_first_letter, vocabulary

# « deux » … « seize » are 2 … 16, then « vingt » … « soixante » are 20 … 60, then « cent »
_VALUES = (*range(2, 17), 20, 30, 40, 50, 60, 100)


@cache
def _number_words() -> tuple[re.Pattern[str], dict[str, int]]:
    words = vocabulary().words("number_words")
    values = {fold_lower(w): v for w, v in zip(words, _VALUES, strict=True)}
    alternation = by_first_letter(sorted(words, key=len, reverse=True), ignore_case=True)
    # « vingt-deux », « dix-huit »: compounds are left to the digits' grammar (not read)
    return re.compile(rf"(?<![\w'’-])(?:{alternation})(?![\w'’-])", re.I), values


def number_value(word: str) -> int:
    """The value of a number word of figure_words.toml (« quatre » → 4), 0 for any other."""
    return int(_number_words()[1].get(fold_lower(word), 0))


def spelled_numbers(
    flat: str, vocab: Vocabulary, noun_after: Callable[[str, int, Vocabulary], str]
) -> list[tuple[int, int, float, str, str]]:
    """(start, end, value, unit, noun) of each number word followed by a counted noun."""
    pattern, values = _number_words()
    fractions = {fold_lower(w) for w in vocab.words("fraction_nouns")}
    out = []
    for m in pattern.finditer(flat):
        noun = noun_after(flat, m.end(), vocab)
        if not noun:
            continue
        first = fold_lower(noun.split()[0])
        if first in fractions:
            continue
        value = float(values[fold_lower(m.group())])
        if first in vocab.years:
            word = re.match(r"\s*[^\W\d_]+", flat[m.end() :])
            out.append((m.start(), m.end() + (word.end() if word else 0), value, "years", ""))
        else:
            unit = "people" if first in vocab.people else "count"
            out.append((m.start(), m.end(), value, unit, noun))
    return out
