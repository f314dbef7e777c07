"""Rule `points_unit`: when « points » after a number make it a figure in points (a difference
or a margin, in points of percentage or of a mark: « ▲ +5 pts », « en hausse de 4 points »,
« 3 points de pourcentage », « ± 2,2 points », « 13 points les séparent »), read on positive
evidence only: « Le plan compte 12 points », « 3 points à retenir », « 25 points au match »
count points and are no figure in points. Word lists: data/figure_words.toml."""

from __future__ import annotations

import re
from functools import lru_cache

from ..datafiles import read_data
from ..text import FIGURE_SPACES

_SP = f"[{FIGURE_SPACES}]"
# The sign of a number in points: glued (« +5 », « −2 », « ±2,2 »), or spaced after « ( » or a
# share (« (- 4 pts) », « 48 % - 4 pts »), or « + », « − », « ± » and a space; « +/- » and
# « +/− » read as « ± ». A spaced hyphen elsewhere is punctuation or a list's bullet.
_SIGN_RE = re.compile(
    rf"(?:(?<![\w%])\+/[-−]{_SP}?|(?<![\w%])[+−\-–±]|(?<![\w%])[+−±]{_SP}"
    rf"|(?<=\(){_SP}?[-–]{_SP}|(?<=%){_SP}[-–]{_SP})$"
)
_SIGNS = {"+": "+", "±": "±", "−": "-", "-": "-", "–": "-"}
_ABBREVIATED_RE = re.compile(r"pts?$")
_ARTICLE_RE = re.compile(rf"{_SP}+(?:de{_SP}+(?:la|le|les){_SP}|d['’]{_SP}?l['’]|de{_SP}+l['’])")


def point_sign(text: str, start: int) -> tuple[int, str]:
    """Where a number in points starts with its printed sign, and the sign ("+", "-", "±" or
    ""): « ▼ −2 pts » is -2, « ± 2,2 points » and « +/- 3 points » margins."""
    m = _SIGN_RE.search(text, max(0, start - 4), start)
    if m is None:
        return start, ""
    sign = "±" if m.group().startswith("+/") else _SIGNS[m.group().strip(FIGURE_SPACES)[0]]
    return m.start() + len(m.group()) - len(m.group().lstrip(FIGURE_SPACES)), sign


@lru_cache(maxsize=1)
def _evidence() -> tuple[
    re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]
]:
    words = read_data("figure_words.toml")

    def alternation(key: str) -> str:
        found = sorted(words[key]["words"], key=len, reverse=True)
        return "|".join(re.escape(w).replace(r"\ ", f"{_SP}+") for w in found)

    # « point(s) de » / « d' » and a noun: a complement of the list keeps the unit (« de
    # pourcentage », « d'écart »), any other noun makes the points the thing counted.
    complement = re.compile(
        rf"{_SP}+(?:de{_SP}+|d['’]{_SP}?)(?:(?P<unit>(?:{alternation('point_complements')})"
        rf"\d{{0,2}}(?![\w'’]))|(?P<noun>[^\W\d_]))",
        re.I,
    )
    # no number between the word and the figure, but the bracketed shares it compares
    # (« l'écart entre le besoin (92 %) et la capacité (46 %) atteint 46 points »)
    before = re.compile(
        rf"(?<!\w)(?:{alternation('point_before')})"
        rf"(?:[^\d.;:!?(]|\(\s*[+−-]?\d[\d\s,]*%\s*\)){{0,90}}$",
        re.I,
    )
    # « a progressé de 17 points », « dépasse la moyenne de 4 points »: « de » right before
    changed_by = re.compile(
        rf"(?<!\w)(?:{alternation('point_changed_by')})[^\d.;:!?,]{{0,60}}"
        rf"(?<![\w'’])(?:de{_SP}+|d['’]{_SP}?)$",
        re.I,
    )
    # a footnote call may be glued to the last word (« 2 points de moins6. »)
    after = re.compile(rf"{_SP}+(?:{alternation('point_after')})\d{{0,2}}(?![\w'’])", re.I)
    margin = re.compile(rf"(?<!\w)(?:{alternation('point_margin')})[^\d.;]{{0,30}}$", re.I)
    return complement, before, after, margin, changed_by


def point_unit(text: str, start: int, end: int) -> bool:
    """Whether the « points » of the number at `start` (the unit word ending at `end`) make a
    figure in points: a printed sign, the abbreviation « pts », a complement of
    `point_complements` (« 3 points de pourcentage », « 5 points d'écart »), a word of
    `point_before` up to the number (« en hausse de 4 points », « cet écart de 2 points »), of
    `point_after` after it (« 13 points plus bas », « 13 points les séparent »), or a margin
    (`point_margin`: « marge d'erreur de 3,1 points », « plus ou moins 3 points »); a distance
    « à 0,8 point de la propreté » too. Never with « de » and another noun after it (« +3 points
    de vente », « 3 points d'attention ») but after a word of `point_before` (« une hausse de
    3 points de PIB ») or signed and abbreviated (« +17 pts d'adhésion »)."""
    complement, before, after, margin, changed_by = _evidence()
    lead = text[max(0, start - 120) : start]
    m = complement.match(text, end)
    # « +17 pts d'adhésion »: signed and abbreviated, a difference even before a noun (not
    # « 1 200 pts de vente »)
    abbreviated = _ABBREVIATED_RE.search(text[start:end]) is not None
    signed = point_sign(text, start)[1]
    if points_of_things(text, end) and not (abbreviated and signed):
        # « 3 points d'attention », « +3 points de vente »; but a change of so many points
        # of something is a difference (« une hausse de 3 points de PIB »)
        # (no bracketed share between them there: « La hausse (+4 %) … 15 points de vente »)
        found = before.search(lead)
        return found is not None and "(" not in found.group()
    if m is not None and m.group("unit"):
        return True
    return bool(
        signed
        or abbreviated
        or before.search(lead)
        or changed_by.search(lead)
        or after.match(text, end)
        or margin.search(lead)
        or (_ARTICLE_RE.match(text, end) and re.search(rf"(?<![\w'’])à{_SP}+$", lead))
        or _listed_after_points(text, start)
    )


# « … 26 points pour les associations et 25 points … »: the item before, a few words, the link
_LISTED_RE = re.compile(
    rf"(?<![\d,])\d+(?:,\d+)?(?P<unit>{_SP}+points?)\b[^\d.;:!?(]{{0,40}}?(?:,|\bet){_SP}*$"
)


def _listed_after_points(text: str, start: int) -> bool:
    """Rule `listed_points`: a number in a list right after a figure in points, linked by a
    comma or « et » and a few words (« l'écart atteint 26 points pour les associations et 25
    points pour les entreprises »), is in points when that one is; not a number after a new
    clause (« l'écart atteint 4 points, et le plan compte 12 points »)."""
    m = _LISTED_RE.search(text, max(0, start - 80), start)
    if m is None or _THING_AFTER_RE.match(text, text.find("point", start)):
        return False  # « et 40 points relais ont été ouverts »: points counted, things
    return point_unit(text, m.start(), m.end("unit"))


# « points » and a word other than a link: the points are things (« 40 points relais », « 5
# points forts »)
_LINKS = r"pour|de|des|du|d['’]|chez|parmi|sur|en|et|à|au|aux|contre|dans|par"
_THING_AFTER_RE = re.compile(rf"points?\s+(?!(?:{_LINKS})\b)[^\W\d_]", re.I)


def margin_before(lead: str) -> bool:
    """Whether the text before a number in points says a margin (`point_margin`: « marge
    d'erreur de », « plus ou moins »)."""
    return bool(_evidence()[3].search(lead))


def points_of_things(text: str, end: int) -> bool:
    """Whether « points » ending at `end` are things by what follows: « de » or « d' » and a
    noun other than a unit's complement (« deux points de vigilance », « d'un point de vue »),
    not an article (« un point de la moyenne »)."""
    m = _evidence()[0].match(text, end)
    return m is not None and bool(m.group("noun")) and not _ARTICLE_RE.match(text, end)


def thing_after(text: str, at: int) -> bool:
    """Whether the « point(s) » at `at` is followed by a word other than a link: a thing
    (« un point noir », « un point presse »)."""
    return _THING_OR_NOT_RE.match(text, at) is not None


# « point(s) » and a word that is neither a link nor an article nor an adverb of a difference
# (« devance d'un demi-point le kayak », « deux points seulement »): a thing (« point presse »)
_THING_OR_NOT_RE = re.compile(
    rf"points?\s+(?!(?:{_LINKS}|le|la|les|l['’]|seulement|environ|depuis|entre|sépare|séparent"
    r"|qu['’]|que)\b)[^\W\d_]",
    re.I,
)
