"""Counts and durations written in words (« Onze territoires pionniers », « quinze ans
d'observation »): a number word is a figure when a counted noun follows it, as a digit is."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from ..checks.points import point_unit, points_of_things, thing_after
from ..text import fold_in_place, fold_lower
from .elided import answered_count, en_antecedent, en_pronoun
from .vocabulary import Vocabulary, by_first_letter, folded_alternation, vocabulary

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


@cache
def _compound_re() -> re.Pattern[str]:
    """« quarante-deux », « soixante-quatre », « vingt-et-un », « soixante-dix-sept », « quatre-
    vingt-douze »: words joined by hyphens, read by compound_value (rule `compound_numbers`).
    Only runs that open on a number word are tried (any other reads as 0): a pattern opening
    on any word, tried at every word of every page, cost 5 % of the extraction."""
    alternation = by_first_letter(
        sorted(vocabulary().words("number_words"), key=len, reverse=True), ignore_case=True
    )
    return re.compile(rf"(?<![\w'’-])(?:{alternation})(?:-[^\W\d_]+)+(?![\w'’-])", re.I)


_UNITS = {"un": 1, "une": 1}
_PER_CENT_RE = re.compile(r"[ \t\n]+pour[ \t\n]+cent\b", re.I)  # « soixante-quatre pour cent »
# « trois points de plus », « deux points et demi » (rule `spelled_points`)
_POINTS_RE = re.compile(
    r"[ \t\n\u00a0]+(?P<word>points?)(?![\w'’-])(?P<half>[ \t\n]+et[ \t\n]+demie?\b)?", re.I
)
# « d'un point », « d'un demi-point », « un point et demi » (not « aucun point », « vingt et un
# points »)
_ONE_POINT_RE = re.compile(
    r"(?<![\w-])un[ \t\n\u00a0]+(?P<demi>demi-)?(?P<word>point)(?![\w'’-])"
    r"(?P<half>[ \t\n]+et[ \t\n]+demi\b)?",
    re.I,
)
# « recule de deux points », « d'un demi-point »: the « de » of a change right before; « passé
# de trois à sept »: the lower bound of a change, not of a range (`word_ranges`)
_FROM_RE = re.compile(r"(?:\bde|\bd['’])\s*$", re.I)
# « 64 %, soit trois points de plus »: more or less than the share stated before in its sentence
_MORE_LESS_RE = re.compile(r"[ \t\n]+(?:de|en)[ \t\n]+(?:plus|moins)\b", re.I)
_SHARE_BEFORE_RE = re.compile(r"%[^.!?]{0,200}$")
# « un quart des …, soit trois points de plus »: a share in words before « soit »
_SOIT_RE = re.compile(
    r"\b(?:quarts?|moitié|tiers|cinquième|dixième|sur (?:deux|trois|quatre|cinq|dix))\b"
    r"[^.!?]{0,200}\bsoit[ \t\n]+$",
    re.I,
)


def _spelled_points(flat: str, start: int, m: re.Match[str]) -> bool:
    """Rule `spelled_points`: whether the number in words at `start` with its « point(s) » `m`
    is a difference in points: after the « de » of a change (« recule de deux points », « devance
    d'un demi-point »), or followed by « de plus / de moins » after a share of its sentence or
    « soit » (« 64 %, soit trois points de plus »); never points of something (« deux points de
    vigilance », « un point presse »)."""
    if points_of_things(flat, m.end("word")):
        return False
    if m.group("word").lower() == "point" and thing_after(flat, m.start("word")):
        return False  # « un point presse », « un point noir »
    if _FROM_RE.search(flat, max(0, start - 4), start):
        return point_unit(flat, start, m.end("word"))
    return bool(
        _MORE_LESS_RE.match(flat, m.end("word"))
        and (
            _SHARE_BEFORE_RE.search(flat, max(0, start - 200), start)
            or _SOIT_RE.search(flat, max(0, start - 260), start)
        )
    )


def compound_value(word: str) -> int:
    """The value of a number written as hyphenated words (« quarante-deux » → 42, « quatre-
    vingt-dix » → 90), 0 when a part is no number word or the parts do not add up to one."""
    parts = [p for p in fold_lower(word).split("-") if p != "et"]
    values = _number_words()[1]
    total, i = 0, 0
    while i < len(parts):
        part = parts[i]
        if part == "quatre" and i + 1 < len(parts) and parts[i + 1] in ("vingt", "vingts"):
            total, i = total + 80, i + 2
            continue
        value = _UNITS.get(part) or values.get(part, 0)
        if not value or value == 100:
            return 0
        total, i = total + value, i + 1
    return total if total > 16 and len(parts) > 1 else 0


_SEQUENCE_EXTRA = ("un", "une", "et", "cents", "mille", "vingts")


@cache
def sequence_re() -> re.Pattern[str]:
    """Number words written apart (« vingt et une », « trois cent cinquante », « cent quarante-
    huit mille »): two words or more, joined by spaces or hyphens (matched where a number word
    of figure_words.toml opens them)."""
    words = sorted({*vocabulary().words("number_words"), *_SEQUENCE_EXTRA}, key=len, reverse=True)
    word = "(?:" + "|".join(map(re.escape, words)) + ")"
    return re.compile(rf"(?<![\w'’-]){word}(?:[ \t\n-]+{word})+(?![\w'’-])", re.I)


def sequence_value(text: str) -> int:
    """The value of number words written apart (« trois cent cinquante » → 350, « cent
    quarante-huit mille » → 148 000, « vingt et une » → 21); 0 when they do not read as one
    number (« deux ou trois », « trois quatre »), or hold no space (`compound_value`'s)."""
    tokens = fold_lower(text).replace("-", " ").split()
    if not re.search(r"\s", text) or tokens[0] == "et" or tokens[-1] == "et":
        return 0
    values = _number_words()[1]
    total, current, last = 0, 0, 0  # last: the value the previous word added
    for i, token in enumerate(tokens):
        if token == "et":
            continue
        if token in ("cent", "cents"):
            current, last = (current or 1) * 100, 0
        elif token == "mille":
            total, current, last = total + (current or 1) * 1000, 0, 0
        elif token in ("vingt", "vingts") and i and tokens[i - 1] == "quatre":
            current, last = current + 76, 80
        else:
            value = _UNITS.get(token) or values.get(token, 0)
            # A word adds to the one before only below it: « soixante dix », not « trois quatre ».
            if not value or value == 100 or (last and (last < 20 or value >= 20)):
                return 0
            current, last = current + value, value
    return total + current


@cache
def _one_year_re() -> re.Pattern[str]:
    """« pendant un an », « plus d'un an », « en un an et demi » (rule `one_year`)."""
    phrases = folded_alternation("one_year")
    leads = folded_alternation("one_year_leads")
    after = folded_alternation("one_year_after")
    return re.compile(
        rf"(?<![\w'’-])(?:{leads})[ \t\n]*(?P<year>{phrases})(?P<half>[ \t\n]+et[ \t\n]+demie?)?"
        rf"(?![\w'’-])(?![ \t\n]+(?:{after})(?![\w'’-]))"
    )


@cache
def _one_year_before_re() -> re.Pattern[str]:
    # « il y a un an », « il y a plus d'un an », « de moins d'un an »
    before = folded_alternation("one_year_before")
    return re.compile(rf"(?<![\w'’-])(?:{before})(?:[ \t\n]+\w+)?[ \t\n]*(?:d['’])?[ \t\n]*$")


def one_year(flat: str) -> list[tuple[int, int, float]]:
    """(start, end, value) of each duration of one year written in words (rule `one_year`):
    « un an » or « une année » after a word announcing a duration (`one_year_leads`:
    « pendant », « d' »), « et demi » included (1.5); never when a word dating it against
    another follows (`one_year_after`: « un an plus tôt », « d'un an sur l'autre ») or a past
    moment or an age threshold precedes it (`one_year_before`: « il y a », « moins d' »)."""
    folded = fold_in_place(flat)
    out = []
    for m in _one_year_re().finditer(folded):
        if _one_year_before_re().search(folded, max(0, m.start() - 15), m.start("year")):
            continue
        end = m.end("half") if m.group("half") else m.end("year")
        out.append((m.start("year"), end, 1.5 if m.group("half") else 1.0))
    return out


_MULTIPLIER_RE = re.compile(r"\s+(?:cents?|mille|millions?|milliards?|pour\s+cent)\b", re.I)


@cache
def _word_range_re() -> re.Pattern[str]:
    """« ou six », « à trois »: the upper bound of a range of number words."""
    return re.compile(rf"[ \t\n]+(?:ou|à)[ \t\n]+(?P<hi>{_number_words()[0].pattern})", re.I)


def spelled_numbers(
    flat: str, vocab: Vocabulary, noun_after: Callable[[str, int, Vocabulary, int], str]
) -> list[tuple[int, int, float, str, str]]:
    """(start, end, value, unit, noun) of each number word followed by a counted noun, by
    « pour cent », or by « points » that make a difference (rule `spelled_points`: « trois points
    de plus », « un demi-point », read as digits are by checks.points.point_unit)."""
    pattern, values = _number_words()
    fractions = {fold_lower(w) for w in vocab.words("fraction_nouns")}
    out = []
    words = [(m, float(values[fold_lower(m.group())])) for m in pattern.finditer(flat)]
    compounds = [(m, float(compound_value(m.group()))) for m in _compound_re().finditer(flat)]
    # A number written apart opens on a number word: tried only where one stands (a pattern
    # tried at every position of every page cost 8 % of the extraction).
    apart = [sequence_re().match(flat, m.start()) for m, _ in words]
    sequences = [(m, float(sequence_value(m.group()))) for m in apart if m is not None]
    read_to = 0  # the « cent » of « quinze pour cent » is read with its number
    found = [*words, *[c for c in [*compounds, *sequences] if c[1]]]
    for m, value in sorted(found, key=lambda x: (x[0].start(), -x[0].end())):
        if m.start() < read_to:
            continue
        if re.search(r"\s", m.group()):
            read_to = m.end()  # « trois cent cinquante »: not also « cinquante » alone
        upper = _word_range_re().match(flat, m.end())
        if (
            upper is not None
            and values.get(fold_lower(upper.group("hi")), 0) > value
            # not a change « passé de trois à sept », nor a range of hundreds or of thousands
            # (« deux ou trois cents », « de deux à trois mille », « cinq à dix pour cent »)
            and not _FROM_RE.search(flat, max(0, m.start() - 4), m.start())
            and not _MULTIPLIER_RE.match(flat, upper.end())
        ):
            # rule `word_ranges`: « cinq ou six gros programmes », « deux à trois ans »: one
            # figure, read from its lower bound, as the digits « 2 à 5 joueurs » are
            read_to = upper.end()
            noun = noun_after(flat, upper.end(), vocab, m.start())
            figure = _counted(flat, m.start(), upper.end(), value, noun, vocab, fractions)
            if figure is not None:
                out.append(figure)
            continue
        share = _PER_CENT_RE.match(flat, m.end())
        if share is not None and value <= 100:
            out.append((m.start(), share.end(), value, "%", ""))
            read_to = share.end()
            continue
        points = _POINTS_RE.match(flat, m.end())
        if points is not None and _spelled_points(flat, m.start(), points):
            value += 0.5 if points.group("half") else 0
            out.append((m.start(), points.end(), value, "pts", ""))  # rule `spelled_points`
            read_to = points.end()
            continue
        noun = noun_after(flat, m.end(), vocab, m.start()) or answered_count(
            flat, m.start(), m.end()
        )
        if not noun and en_pronoun(flat, m.start(), m.group()):
            # « Le programme en prévoyait treize. »: as digits (rule `en_pronoun`)
            out.append((m.start(), m.end(), value, "count", en_antecedent(flat, m.start())))
            continue
        figure = _counted(flat, m.start(), m.end(), value, noun, vocab, fractions)
        if figure is not None:
            out.append(figure)
    if "point" in flat.lower():
        for p in _ONE_POINT_RE.finditer(flat):
            if _spelled_points(flat, p.start(), p):
                value = (0.5 if p.group("demi") else 1.0) + (0.5 if p.group("half") else 0)
                out.append((p.start(), p.end(), value, "pts", ""))
    return out


def _counted(
    flat: str,
    start: int,
    end: int,
    value: float,
    noun: str,
    vocab: Vocabulary,
    fractions: set[str],
) -> tuple[int, int, float, str, str] | None:
    """The figure the number words from `start` to `end` make with the counted `noun` after
    them: a duration (« cinq ans », « cinq premières années », its words kept), else a count of
    people or of things; None without a noun or before a fraction's noun."""
    if not noun:
        return None
    first = fold_lower(noun.split()[0])
    if first in fractions:
        return None
    span = vocab.duration_words(noun)
    if span:
        word = re.match(rf"(?:\s*[^\W\d_]+){{{span}}}", flat[end:])
        return start, end + (word.end() if word else 0), value, "years", ""
    return start, end, value, ("people" if first in vocab.people else "count"), noun
