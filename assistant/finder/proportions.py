"""Rule `proportions_in_words`: shares and approximate counts written in words, as speech and
infographics print them — « neuf Français sur dix », « un maire sur deux », « 8 Français sur
10 » (a share: 90 %, 50 %, 80 %), « la moitié des associations », « les deux tiers des
Français » (50 %, 66,7 %), « une quarantaine de fondations », « un millier d'exemples » (40,
1 000). The words and their values are in data/figure_words.toml (`share_fractions`,
`approximate_counts`, `not_shares`), each with its reason."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from ..text import STOP_WORDS, fold_lower
from .spelled import number_value
from .vocabulary import Vocabulary, vocabulary

_DENOMINATORS = (2, 3, 4, 4)  # of `share_fractions`, in its order
_APPROXIMATE = (10, 12, 15, 20, 30, 40, 50, 60, 100, 1000)  # of `approximate_counts`
_ONE = {"un": 1, "une": 1, "la": 1, "le": 1, "l'": 1, "l’": 1}

Share = tuple[int, int, float, str, str]  # start, end, value, unit, noun


def _alternation(words: list[str] | tuple[str, ...]) -> str:
    return "|".join(map(re.escape, sorted(words, key=len, reverse=True)))


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    vocab = vocabulary()
    numbers = _alternation(vocab.words("number_words"))
    fractions = _alternation(vocab.words("share_fractions"))
    approximate = _alternation(vocab.words("approximate_counts"))
    ratio = re.compile(
        rf"(?<![\w-])(?P<x>\d{{1,2}}|{numbers}|une?)"
        r"(?P<noun>(?:[ \t\n]+[^\W\d_][\w'’-]*){0,3}?)"
        rf"[ \t\n]+sur[ \t\n]+(?P<y>\d{{1,3}}|{numbers})(?![\w'’-])",
        re.I,
    )
    fraction = re.compile(
        # « d'un tiers des répondants »: the article may follow an elided « de »
        rf"(?:(?<![\w'’-])|(?<=\bd['’]))(?P<det>(?:les[ \t\n]+)?(?:{numbers}|une?)|la|le|l['’])"
        rf"[ \t\n]*(?<=[ \t\n'’])(?P<frac>{fractions})(?![\w'’-])",
        re.I,
    )
    approx = re.compile(
        rf"(?<![\w-])(?P<det>une?)[ \t\n]+(?P<word>{approximate})"
        # (no « de » after it: only after the pronoun « en », rule `approximate_en`)
        r"(?:(?P<de>[ \t\n]+de[ \t\n]+|[ \t\n]+d['’])|(?![\w'’-]))",
        re.I,
    )
    return ratio, fraction, approx


def _number(token: str) -> int:
    token = fold_lower(token)
    if token.isdigit():
        return int(token)
    return _ONE.get(token) or number_value(token)


_BEFORE_ADVERBIAL_RE = re.compile(r"(?<!\w)[àa]u?[ \t\n]+$", re.I)  # « à la moitié du chemin »
_ELIDED_RE = re.compile(r"^(?:[ldsnmtj]|qu)['’]")
_DE_RE = re.compile(r"[ \t\n]+(?:de[ \t\n]+|d['’]|du[ \t\n]+|des[ \t\n]+)(?P<w>[^\W\d_]+)")
_NEXT_WORD_RE = re.compile(r"[ \t\n]*(?P<w>[^\W\d_][\w]*)?(?P<hyphen>-)?")


def _people_verb(word: str, flat: str, end: int) -> bool:
    """Rule `people_out_of_ten`: « 8 sur 10 jugent que … », « 7 sur 10 d'entre eux »: people
    out of ten, a share, when a plural verb or « d'entre » follows (not a mark: « 7 sur 10
    pour l'emploi », nor an adverb: « 7 sur 10 seulement », « notamment », nor a singular verb:
    « 7 sur 10 devient la référence »)."""
    if _ENTRE_RE.match(flat, end):
        return True
    return word in ("ont", "sont") or (
        len(word) > 4 and word.endswith("ent") and not word.endswith(("ement", "mment", "ient"))
    )


_LATIN_RE = re.compile(r"\s+(?:priori|posteriori|fortiori)\b")
_ENTRE_RE = re.compile(r"[ \t\n]+d['’]\s*entre\b", re.I)


def proportions(
    flat: str, vocab: Vocabulary, noun_after: Callable[[str, int, Vocabulary], str]
) -> list[Share]:
    """The shares and approximate counts written in words on a page flattened to one line
    (offsets unchanged), in order."""
    ratio_re, fraction_re, approx_re = _patterns()
    not_shares = {fold_lower(w) for w in vocab.words("not_shares")}
    out: list[Share] = []
    for m in _near(ratio_re, flat, _sur_re(), 80, 12):
        x, y = _number(m.group("x")), _number(m.group("y"))
        noun = " ".join(m.group("noun").split())
        nouns = [fold_lower(w) for w in noun.split()]
        if not 0 < x < y <= 100 or any(w in not_shares or w in STOP_WORDS for w in nouns):
            continue  # « une expérimentation conduite sur trois ans », « un milliard de … sur 10 »
        if any(_ELIDED_RE.match(w) for w in nouns):
            continue  # « une politique s'appuyant sur 5 priorités »: a clause, not who is counted
        after = _NEXT_WORD_RE.match(flat, m.end())
        word = fold_lower(after.group("w") or "") if after else ""
        if word and word not in STOP_WORDS and (word[-1] in "sx" or word in not_shares):
            continue  # « sur 5 priorités », « sur 12 mois »: what the second number counts
        # « 1 sur 2 a déjà participé » (not « a priori »)
        raw = (after.group("w") or "") if after else ""  # not « à » (a mark: « 1 sur 5 à … »)
        one = (
            x == 1
            and raw in ("a", "est")
            and not _LATIN_RE.match(flat, after.end() if after else 0)
        )
        if m.group("x").isdigit() and not noun and not (one or _people_verb(word, flat, m.end())):
            continue  # « 7 sur 10 »: a mark (the digits' grammar reads it)
        if m.group("y").isdigit() != m.group("x").isdigit() and not noun:
            continue  # « deux sur 10 »: read only as printed alike
        out.append((m.start(), m.end(), round(100 * x / y, 1), "%", noun))
    for m in _near(fraction_re, flat, _FRACTION_WORD_RE, 30, 8):
        det = m.group("det").split()[-1]
        numerator = _number(det)
        denominator = _DENOMINATORS[_index(vocab, "share_fractions", m.group("frac"))]
        if not 0 < numerator < denominator or _BEFORE_ADVERBIAL_RE.search(
            flat[max(0, m.start() - 4) : m.start()]
        ):
            continue
        if fold_lower(det) in ("la", "le", "l'", "l’") and denominator != 2:
            continue  # « le tiers payant », « le quart nord-est »: not a share
        after = _DE_RE.match(flat, m.end())
        nxt = _NEXT_WORD_RE.match(flat, m.end())
        if after is not None and fold_lower(after.group("w")) in not_shares:
            continue  # « un quart d'heure »
        if after is None and nxt and nxt.group("w") and fold_lower(nxt.group("w")) in not_shares:
            continue  # « le tiers secteur », « un tiers lieu »
        out.append((m.start(), m.end(), round(100 * numerator / denominator, 1), "%", ""))
    for m in _near(approx_re, flat, _APPROX_WORD_RE, 16, 20):
        value = _APPROXIMATE[_index(vocab, "approximate_counts", m.group("word"))]
        if m.group("de") is None:
            before = flat[max(0, m.start() - 40) : m.start()]
            if _EN_BEFORE_RE.search(before) and not _TIME_BEFORE_RE.search(before):
                # rule `approximate_en`: « on en suit une soixantaine », « nous en avons
                # accompagné une trentaine »: the pronoun stands for what is counted
                out.append((m.start(), m.end("word"), float(value), "count", ""))
            continue
        noun = noun_after(flat, m.end(), vocab)
        if not noun or fold_lower(noun.split()[0]) in vocab.years:
            continue  # « une dizaine d'années »: a span of time, not a count
        unit = vocab.count_unit(noun)
        out.append((m.start(), m.end("word"), float(value), unit, noun))
    return sorted(out)


# Where each pattern may match: the patterns open on a word list and are slow to try at every
# position of every page (a first version cost 1.5× the whole extraction); they are tried only
# around the word they cannot do without.
@cache
def _sur_re() -> re.Pattern[str]:
    """« sur » before a number (the ratio's second term), in digits or words."""
    numbers = _alternation(vocabulary().words("number_words"))
    return re.compile(rf"[ \t\n]sur[ \t\n]+(?:\d|(?:{numbers})(?![\w'’-]))", re.I)


_FRACTION_WORD_RE = re.compile(r"moiti|tiers|quart", re.I)
_APPROX_WORD_RE = re.compile(r"aine|millier", re.I)
# a subject, the pronoun « en », then a verb of one to three words, right before « une trentaine »
_EN_BEFORE_RE = re.compile(
    r"(?<![\w'’])(?:on|nous|vous|ils|elles|il|elle|je|qui|j['’]|il\s+y|y)\s*(?:n['’]\s*)?"
    r"(?:y\s+)?en\s+(?:[^\W\d_]+\s+){1,3}$",
    re.I,
)
# a span of time, not a count (« nous en reparlerons dans une quinzaine »)
_TIME_BEFORE_RE = re.compile(r"(?:dans|pendant|depuis|sous|d['’]ici)\s+$", re.I)


def _near(
    pattern: re.Pattern[str], flat: str, cue: re.Pattern[str], before: int, after: int
) -> list[re.Match[str]]:
    """`pattern.finditer(flat)`, tried only within `before`/`after` characters of each `cue`
    (every match of the patterns here holds its cue that close): the same matches, in order."""
    starts: set[int] = set()
    for c in cue.finditer(flat):
        lo = max(0, c.start() - before)
        starts.update(
            m.start() for m in pattern.finditer(flat, lo, min(len(flat), c.end() + after))
        )
    out: list[re.Match[str]] = []
    for start in sorted(starts):
        m = pattern.match(flat, start)  # on the whole page: as a scan of it would read it
        if m is not None and (not out or m.start() >= out[-1].end()):
            out.append(m)
    return out


def _index(vocab: Vocabulary, key: str, word: str) -> int:
    folded = fold_lower(word)
    return [fold_lower(w) for w in vocab.words(key)].index(folded)
