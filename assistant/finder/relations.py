"""Populations named inside a relation (« des partenariats entre associations et entreprises »,
« la coopération entre acteurs », « la coopération économique entre structures », « leurs
relations avec les associations »): they say between whom something happens, not whom a
figure counts, and are not candidates for it; nor is a population named as a partner
(« les collectivités sont le partenaire le plus cité »). Also which population a figure does
count by its relation to it: the one after a share noun (« la part des Français »), the one a
count is per (« 2,5 partenaires par association »)."""

from __future__ import annotations

import re
from functools import cache

from ..text import fold_in_place
from .detect import Found
from .parts import Actor
from .thresholds import threshold_noun
from .vocabulary import ActorMatch, folded_alternation, vocabulary

# « entre acteurs », « entre les associations et les », « entre associations, entreprises et »:
# « entre », then at most one other population or noun and its link, just before a population.
_BETWEEN_RE = re.compile(
    r"\bentre\s+(?:(?:les|des|ces|leurs)\s+)?"
    r"(?:[^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*)?\s*(?:,|et|ou)\s+(?:(?:les|des|ces|leurs)\s+)?)?$"
)
REACH = 60  # characters before a population where « entre » is looked for


@cache
def _with_re() -> re.Pattern[str]:
    """« leurs relations avec les associations », « des liens avec des entreprises »: a
    relation noun (figure_words.toml relation_nouns), « avec », a determiner (folded text)."""
    nouns = "|".join(re.escape(fold_in_place(w)) for w in vocabulary().words("relation_nouns"))
    return re.compile(rf"\b(?:{nouns})\s+avec\s+(?:(?:les|des|ces|leurs|d'|l')\s*)?$")


# « les collectivités sont le partenaire le plus fréquent », « … citées comme partenaires »: the
# population is the partner a share's population names, not that population.
_PARTNER_AFTER_RE = re.compile(
    r"\s+(?:(?:sont|est|restent|reste|demeurent|figurent|citees|cites|retenues|retenus)\s+)?"
    r"(?:(?:le|la|les|un|une|des|comme|pour|parmi\s+les|en\s+tant\s+que)\s+)"
    r"(?:[^\W\d_]+\s+)?partenaires?\b"
)


_SHARE_OF_RE = re.compile(r"\d\s*%\s*(?:des|de|d')\s*$")

# « les collectivités arrivent en tête (74 %) », « les entreprises ne sont citées que par 28 %
# d'entre elles »: a kind of partner ranked among partners or cited, not whom the shares count
# (folded text); not « arrivent en tête des créations d'emplois » (what is ranked is named,
# unless it is partners: « en tête des partenaires »)
_AHEAD = r"en\s+tete\b(?!\s+(?:(?:de|des|du)\s+|d')(?!partenaires))"
# cited by a share (« citées par 89 % »), not by a population (« par les donateurs »)
_CITED = (
    r"(?:citees|cites|citee|cite)\s+(?:que\s+)?par\s+"
    r"(?:(?:a\s+peine|pres\s+de|plus\s+de|moins\s+de|seulement)\s+)?\d"
)
_RANKED_AFTER_RE = re.compile(
    r"\s+(?:y\s+)?(?:(?:arrivent|arrive|arrivaient|arrivait|apparaissent|apparait|figurent"
    r"|figure|viennent|vient|se\s+placent|se\s+place)\s+(?:(?:deja|toujours|encore|largement"
    rf"|nettement|loin)\s+)?{_AHEAD}|(?:ne\s+)?(?:sont|est|etaient|etait|restent|reste)\s+"
    rf"(?:(?:deja|toujours|encore|aussi)\s+)?{_CITED})"
)
# « …, suivies des associations (61 %) », « devant les entreprises (41 %) » in such a ranking
_RANKED_BEFORE_RE = re.compile(
    r"\b(?:suivie?s?\s+(?:de|des|par)|(?:loin\s+)?devant|derriere)\s+(?:les\s+|l'|la\s+|le\s+)?$"
)
_BRACKETED_SHARE_RE = re.compile(r"(?:\s+[^\W\d_][\w'-]*){0,3}\s*\(\s*\d[\d ,]*\s*%\s*\)")
_CITED_RE = re.compile(rf"\b{_CITED}")
_AHEAD_RE = re.compile(rf"\b{_AHEAD}")
_OWN_BASE_RE = re.compile(r"\d\s*%\s*(?:des|du|de|d')\s")


def _ranks_partners(folded: str) -> bool:
    """Whether a sentence ranks kinds as partners: cited by a share (« citées par 89 % »), or
    ranked ahead (« en tête ») with bare shares (« (74 %) », « avec 74 % »), none a share of
    a thing named after it (« 35 % des projets », « 24 % du total »)."""
    return _CITED_RE.search(folded) is not None or (
        _AHEAD_RE.search(folded) is not None and _OWN_BASE_RE.search(folded) is None
    )


@cache
def partner_kinds() -> frozenset[str]:
    """The categories a partner's label names (data `partner_kinds`)."""
    return frozenset(vocabulary().words("partner_kinds"))


def ranked_partner(folded: str, match: ActorMatch) -> bool:
    """Rule `ranked_partner`: whether a kind of partner is named as ranked or cited (« les
    collectivités arrivent en tête (74 %), devant les entreprises (41 %) », « les entreprises
    ne sont citées que par 28 % d'entre elles », in a sentence about partners): the shares
    count those who cite it."""
    if match.category not in partner_kinds() or not _ranks_partners(folded):
        return False
    if _RANKED_AFTER_RE.match(folded, match.end):
        return True
    before = folded[max(0, match.start - 30) : match.start]
    # « devant les entreprises », or an item with its share in brackets (« et les
    # établissements scolaires (38 %) »)
    return _RANKED_BEFORE_RE.search(before) is not None or bool(
        _BRACKETED_SHARE_RE.match(folded, match.end)
    )


def in_relation(folded: str, match: ActorMatch) -> bool:
    """Whether a population of a folded text is named inside a relation (« entre … », « leurs
    relations avec … ») or as a partner (« les collectivités sont le partenaire … », rule
    `named_partner`)."""
    before = folded[max(0, match.start - REACH) : match.start]
    if "entre" in before and _BETWEEN_RE.search(before) is not None:
        return True
    if (
        "partenaire" in folded[match.end : match.end + 40]
        and _PARTNER_AFTER_RE.match(folded, match.end)
        and not _SHARE_OF_RE.search(before)  # « 58 % des maires sont des partenaires actifs »
    ):
        return True
    if ranked_partner(folded, match):
        return True
    return "avec" in before and _with_re().search(before) is not None


def counted_actors(folded: str, actors: list[ActorMatch]) -> list[ActorMatch]:
    """Rule `between`: the populations of a folded text, less those inside a relation and the
    nouns of a threshold (« entreprises de 10 salariés et plus », rule `threshold_noun`)."""
    return [
        a
        for a in actors
        if not in_relation(folded, a) and not threshold_noun(folded, a.start, a.end)
    ]


@cache
def _umbrella() -> tuple[frozenset[str], frozenset[str]]:
    vocab = vocabulary()
    nouns = frozenset(fold_in_place(w) for w in vocab.words("umbrella_nouns"))
    return nouns, frozenset(vocab.words("umbrella_of"))


def is_umbrella(actor: str) -> bool:
    """Whether a population is an umbrella noun (« ces structures »), not a population."""
    words = fold_in_place(actor).split()
    return len(words) == 1 and words[0] in _umbrella()[0]


def specific(actor: str, category: str, candidates: list[tuple[str, str]]) -> tuple[str, str]:
    """Rule `umbrella`: the population an umbrella noun stands for (« L'étude s'intéresse aux
    associations qui salarient au moins une personne. En France, ces structures sont au nombre
    de 148 000 », « … aux structures qui salarient …, celles que l'on nomme les associations
    employeuses. On en compte environ 148 000 »): the nearest of `candidates` (text, category,
    nearest last) whose category an umbrella may stand for; else the actor unchanged."""
    if not is_umbrella(actor):
        return actor, category
    targets = _umbrella()[1]
    return next(((t, c) for t, c in reversed(candidates) if c in targets), (actor, category))


# a past participle after a count's noun, in folded text (« partenaires déclarés »)
PARTICIPLE = r"[^\W\d_]+(?:e|ee|es|ees)"
# (« 2,5 partenaires déclarés en moyenne par association »: a participle may follow the noun)
_PER_RE = re.compile(
    rf"[ \t\n]+[^\W\d_][\w'’-]*(?:[ \t\n]+{PARTICIPLE})?(?:[ \t\n]+en moyenne)?"
    r"[ \t\n]+par[ \t\n]+$"
)


def per_population(
    sentence: str, folded: str, fig: Found, actors: list[ActorMatch]
) -> Actor | None:
    """Rule `per_population`: « 2,5 partenaires par association », « 12 salariés en moyenne
    par entreprise »: a count per member of a population counts that population."""
    if not fig.noun or "par" not in folded[fig.end : fig.end + 60]:
        return None
    for a in actors:
        if fig.end < a.start <= fig.end + 60 and _PER_RE.fullmatch(folded, fig.end, a.start):
            return Actor(sentence[a.start : a.end], a.category, a.start, a.end)
    return None


@cache
def _share_re() -> re.Pattern[str]:
    alternation = folded_alternation("share_nouns")
    return re.compile(rf"(?<![\w-])(?:{alternation})\s+(?:des|de|du|d')\s*$")


def after_share_noun(folded: str, start: int) -> bool:
    """Whether a population of a folded text follows a share noun (« la part des Français »,
    « Part des associations employeuses ayant des partenaires … »): the one a share counts."""
    return _share_re().search(folded[max(0, start - 30) : start]) is not None
