"""What a share is of when it is not a population: a thing (« 94,3 % de la viande ») or a
change (« réduire … de 15 % »). Such a share counts no one. Word lists in
assistant/data/figure_words.toml."""

from __future__ import annotations

import re
from functools import cache

from .detect import Found
from .vocabulary import ActorMatch, folded_alternation

_LINK_RE = re.compile(r"\s*(?:des|de|du|d')\s*", re.I)


# « 94,3 % de la viande », « 30 % de ses ressources », « 14 % de plus »: what a share is of, when
# it is not a population nor a pronoun standing for one (« d'entre eux », « de celles qui »).
_OWN_BASE_RE = re.compile(
    r"\s*(?:(?:des|de|du)\b|d')\s*(?!entre\b|ceux\b|celles?\b|celui\b|eux\b|elles?\b)[^\W\d_]"
)


def own_base(folded: str, fig: Found, actors: list[ActorMatch]) -> bool:
    """Rule `own_base`: a share followed by what it is a share of, which no population of
    actors.toml names (« 94,3 % de la viande commercialisée », « dont 27 % de papiers »),
    counts no one: not the population of the clause before (« … aux associations, soit 14 %
    de plus ») nor that of the figures before it."""
    if fig.unit != "%" or not _OWN_BASE_RE.match(folded, fig.end):
        return False
    link = _LINK_RE.match(folded, fig.end)
    return link is None or not any(a.start == link.end() for a in actors)


@cache
def _change_re() -> re.Pattern[str]:
    alternation = folded_alternation("variation_verbs")
    return re.compile(rf"(?<![\w-])(?:{alternation})(?![\w-])[^.;:!?%]*\bde\s*$")


def changed_by(folded: str, fig: Found) -> bool:
    """« réduire l'intensité carbone … utilisés par ses clients de 15 % »: a share after « de »
    whose clause opens on a change verb is that change, not a share of a population."""
    if fig.unit != "%" or not folded[max(0, fig.start - 6) : fig.start].rstrip().endswith("de"):
        return False
    return _change_re().search(folded[max(0, fig.start - 120) : fig.start]) is not None


@cache
def _amount_share_res() -> tuple[re.Pattern[str], re.Pattern[str]]:
    money = folded_alternation("money_nouns")
    return (
        # « Doté de 4,8 millions d'euros sur la période, dont 62 % apportés par … »: a part of
        # the amount printed before it in its clause
        re.compile(
            r"(?:€|(?<![\w-])euros)(?![\w-])"
            r"[^%.;:!?\d]{0,60},?\s*dont\s+(?:plus de |pres de |environ |pres d['’])?$"
        ),
        # « reposaient à 44 % sur des financements publics », « ramener sous 20 % la part des
        # financements publics »: a share of money, right after it
        re.compile(
            rf"\s*(?:sur\s+(?P<art>les|des|ses|leurs|son|sa|le|la|l['’]|de|d['’])?|la\s+part\s+(?:des|du|de\s+la|"
            rf"de\s+l['’]|de|d['’]))\s*(?P<money>(?:{money})(?![\w-])(?:\s+[^\W\d_]{{4,}}(?<!ment))?)"
        ),
    )


def amount_share(folded: str, fig: Found) -> tuple[int, int, str] | None:
    """Rule `amount_share`: a share of an amount (« … 4,8 millions d'euros, dont 62 % … »,
    « à 44 % sur des financements publics », « 20 % la part des financements publics »)
    counts no one: not the population of the sentence or of the section (data
    `money_nouns`). The span of the money it is a share of when printed after it (empty
    when the amount is printed before) and the article printed before it (« le », ""), None
    for any other figure."""
    if fig.unit != "%":
        return None
    before, after = _amount_share_res()
    if before.search(folded, max(0, fig.start - 120), fig.start):
        return fig.start, fig.start, ""
    m = after.match(folded, fig.end)
    return (m.start("money"), m.end("money"), m.group("art") or "") if m else None
