"""What a question asks for — a sum, a share, a mark out of 10, a survey's headcount, the person
who holds a role, a figure of the year it names — and whether the sentences the answer quotes
give it, for the body and the thing the question names, beyond what the question itself says:
when they do not, the answer is a near miss (rules `money`, `share`, `mark`, `marked_item`,
`how_many`, `sample`, `role`, `role_named`, `function`, `giver`, `restriction`,
`asked_year`, `owner`, `echo`;
assistant/answer/refusal.py)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from ..reading import constraints
from ..reading.query import Query
from ..reading.restrictions import asked_restrictions, names_restriction
from ..reading.sample import headcount
from ..settings import GenerationSettings
from ..text import analyze, fold_lower
from ..types import Hit
from . import owner
from .asked import same_meaning
from .candidate import Candidate
from .counting import bare_count, counted_nouns, given_amounts, quantity
from .dating import PageYears, refers_to_asked_year
from .focus import (
    asks_function,
    asks_money,
    asks_share,
    before_noun,
    counted_kin,
    counts_nothing,
    function_titles,
    money_words,
    share_quantifiers,
)
from .held_roles import role_signals
from .kinds import (
    MARK,
    MONEY,
    SHARE,
    asks_mark,
    counted_noun,
    marked_item,
)
from .owned import lead_texts, owned
from .wanted import gives, refusing, wanted

# What a figure question may ask for, the rule named after it, and how a sentence gives it.
ASKED_UNITS = (
    ("money", asks_money, MONEY),
    ("share", asks_share, SHARE),
    ("mark", asks_mark, MARK),
)
# Every rule that refuses an answer whose quoted sentences lack what it asks for (`<rule>_held`).
HELD_RULES = (
    *(rule for rule, _, _ in ASKED_UNITS),
    "marked_item",
    "how_many",
    "sample",
    "role",
    "person",
    "role_named",
    "function",
    "giver",
    "restriction",
    "asked_year",
    "owner",
    "echo",
    "given",
)


def held_signals(
    query: Query,
    chosen: Sequence[Candidate],
    conf: GenerationSettings,
    hits: Sequence[Hit],
    page_years: PageYears | None,
) -> dict[str, Any]:
    """`<rule>_held` for each thing the question asks for — a sum, a share, a mark, a
    survey's headcount, the person who holds a role — whether a quoted sentence gives it."""
    signals = _held(query, chosen, conf, hits, page_years)
    if conf.given and (forms := refusing(wanted(query.asked))):
        # « À quelle heure … ? », « leur numéro de téléphone ? »: a quoted sentence prints
        # one; the day of the event or a contact form answers nothing (rule `given`).
        signals["given_held"] = any(gives(forms, c.text) for c in chosen)
    if conf.function and asks_function(query.asked):
        # « Quelle fonction occupait X quand … ? »: a quoted sentence names a function (« le
        # ministre », « sa directrice »); the sentence telling what X did answers nothing
        # (rule `function`).
        said = _said(chosen)
        signals["function_held"] = bool(said & function_titles())
    return signals


def _said(chosen: Sequence[Candidate]) -> set[str]:
    """Every analysed word of the quoted sentences."""
    return set().union(*(analyze(c.text) for c in chosen))


def _held(
    query: Query,
    chosen: Sequence[Candidate],
    conf: GenerationSettings,
    hits: Sequence[Hit],
    page_years: PageYears | None,
) -> dict[str, Any]:
    if query.kind == "who":
        return role_signals(query, chosen, conf)
    if query.kind != "figure":
        return {}
    signals = {
        f"{rule}_held": any(given.search(c.text) for c in chosen)
        for rule, asks, given in ASKED_UNITS
        if getattr(conf, rule) and asks(query.asked)
    }
    if signals.get("mark_held") and conf.marked_item and (item := marked_item(query.asked)):
        # « quelle note au logement ? »: a mark of the thing asked, not of another enjeu
        signals["marked_item_held"] = any(
            MARK.search(c.text) and same_meaning(item) & set(analyze(c.text)) for c in chosen
        )
    noun = counted_noun(query.asked) if conf.how_many and not query.sample else ""
    if noun and not signals and noun not in counts_nothing():
        # « combien de salariés … ? »: a quoted sentence counts something (« plus de 1 000
        # exemples », or a number whose noun the sentence before names: « On en compte plus de
        # 500 depuis 2006 »), or gives a share while the quoted sentences name what is asked or
        # its kin (data/focus.toml `counted_kin`: « combien de maires … ? » / « Ils sont 92 % »
        # after « … la majorité des maires »); « 3 ans », « 1,5 M€ », « le 14 juin », « les
        # entreprises d'au moins 10 salariés » count nothing. Not « combien de fois », « combien
        # de mois », « combien d'euros »: they ask no count of things (`counts_nothing`).
        said = _said(chosen)
        kin = counted_kin(noun)
        signals["how_many_held"] = any(
            counted_nouns(c.text) or bare_count(c.text) for c in chosen
        ) or any(_share_of(c.text, kin, said) for c in chosen)
    if conf.giver and (giver := owner.money_giver(query.asked)):
        # « Quel montant X apporte-t-elle au projet ? »: a sentence giving a sum names X; the
        # project's total budget, or another partner's share, is not X's (rule `giver`).
        # The sentence names X, or its publication's title or section does (a company's own
        # report: « le Groupe a consacré 5 M€ … » in « Casino, déclaration 2018 »).
        giving = [
            f"{c.text} {hits[c.hit_index].chunk.doc.title} {hits[c.hit_index].chunk.section}"
            for c in chosen
            if MONEY.search(c.text)
        ]
        if giving:
            signals["giver_held"] = any(owner.gives_named(t, giver) for t in giving)
    if conf.restriction and (restrictions := asked_restrictions(query.pinned)):
        # « Quelle part des associations bretonnes … ? », « combien de tonnes en Argentine ? »,
        # « … des associations sans salarié ? »: each place or segment asked is named by a quoted
        # sentence giving a figure, the sentence before it when it points back at the place
        # (« La Bretagne … La région compte 5 400 clubs »), or its publication's title or
        # section (a regional report); a survey that never broke its figures out by region, the
        # figure of another country or of all associations answers nothing about it (rule
        # `restriction`).
        leads = [_with_lead(c, hits) for c in chosen if quantity(c.text)]
        read = [(t, fold_lower(t)) for t in leads]  # folded once, for every place asked
        if read:
            signals["restriction_held"] = all(
                any(names_restriction(t, r, folded) for t, folded in read) for r in restrictions
            )
    if conf.owner and conf.money and asks_money(query.asked):
        sums = [c for c in chosen if MONEY.search(c.text)]
        # The words of a sum the question uses, and those of the same meaning (« la dotation »
        # / « doté de 1,5 M€ »).
        money = frozenset(same_meaning(set(analyze(query.asked)) & money_words()))
        if sums and money:
            giving = [c.text for c in sums]
            signals["owner_held"] = owned(query, giving, money, lead_texts(sums, hits, money))
    if conf.echo and (known := given_amounts(query.asked)):
        # « Combien des 21 mesures … ? »: the passage the answer comes from must state an amount
        # other than those the question gives (« une feuille de route de 21 mesures » does not
        # say how many are in place).
        best = chosen[0].hit_index
        stating = [c for c in chosen if c.hit_index == best and quantity(c.text)]
        if stating:
            signals["echo_held"] = any(quantity(c.text, known) for c in stating)
    if conf.asked_year and query.years and not query.sample:
        held = year_held(chosen, query.years)
        if held is not None:
            signals["asked_year_held"] = held
    if conf.sample and (counted := query.sample):
        # The survey's year, even where the question names it with the survey (« pour l'étude
        # X de novembre 2020 »), a source clause whose year is otherwise the publication's.
        years = query.years or frozenset(constraints.years(query.text))
        signals["sample_held"] = sample_held(chosen, counted, years, hits, page_years)
    return signals


# What a share counts, printed after it: « 37 % des entreprises », « 40 pour cent de ses
# adhérents », « 53 % parmi les associations employeuses », « 40 % de l'ensemble des jeunes
# salariés »: the words up to a number or a bound (« d'au moins 10 salariés »).
_SHARE_OF = re.compile(
    r"(?:%|\bpour\s?cent)\s+(?:de|des|d['’]|parmi)\b\s*((?:(?!(?:au|moins|plus)\b)[^\W\d_]"
    r"[\w’'-]*\s*){1,5})",
    re.I,
)


def _share_of(sentence: str, kin: frozenset[str], said: set[str]) -> bool:
    """Whether a share of the sentence may count what « combien de … » asks (`kin`): the first
    nouns printed after it, or, for a share that prints none (« Ils sont 92 % », « 40 % d'entre
    eux »), a word of the quoted sentences (`said`). « 37 % des entreprises d'au moins 10
    salariés » counts no employees."""
    shares = len(SHARE.findall(sentence))
    if not shares:
        return False
    skipped = before_noun() | share_quantifiers()
    counted = [_head(m.group(1), skipped) for m in _SHARE_OF.finditer(sentence)]
    counted = [noun for noun in counted if noun]
    return any(noun & kin for noun in counted) or (shares > len(counted) and bool(kin & said))


def _head(phrase: str, skipped: frozenset[str]) -> set[str]:
    """The stems of the first word of a phrase that is not a small word, an adjective put
    before the noun or a quantifier (« l'ensemble des jeunes salariés » → salari)."""
    for word in re.findall(r"[^\W\d_][\w-]*", phrase):
        if fold_lower(word) not in skipped and (stems := analyze(word)):
            return set(stems[:1])
    return set()


def year_held(chosen: Sequence[Candidate], years: frozenset[str]) -> bool | None:
    """Whether a quoted sentence giving a figure may be of the asked year (rule `asked_year`):
    False when each one dates its facts to other years only (« 96 salariés formés en 2018 »
    for 2017); None when none gives a figure."""
    giving = [c for c in chosen if quantity(c.text)]
    if not giving:
        return None
    return any(
        not (stated := constraints.stated_years(c.text)) or bool(stated & years) for c in giving
    )


def sample_held(
    chosen: Sequence[Candidate],
    counted: str,
    years: frozenset[str],
    hits: Sequence[Hit],
    page_years: PageYears | None,
) -> bool:
    """Whether a quoted sentence gives the headcount asked (rule `sample`, reading/sample.py)
    and, when the question asks about a year, one of that year (the year the sentence states,
    else the one the figure finder read): the sample of another wave answers something else."""
    pages: dict = {}
    for c in chosen:
        if not headcount(c.text, counted):
            continue
        if not years:
            return True
        stated = constraints.stated_years(c.text)
        if stated and not stated & years:
            continue  # the sample of another wave
        if refers_to_asked_year(c, hits, years, page_years, pages) is not False:
            return True
    return False


# How far before a sentence the place it speaks of may be named (in the sentence before it), in
# characters of its passage, when the sentence opens by pointing back at a place (« La région
# compte … », « Ce territoire … », « On y compte … »).
LEAD = 160
_POINTS_BACK = re.compile(
    r"(?:(?:La|Cette) (?:région|collectivité)|(?:Le|Ce) (?:territoire|pays|département|continent)"
    r"|(?:On|Il|Elle|Ils|Elles) y\b|Y\b|Là\b|Sur place\b)",
)


def _with_lead(c: Candidate, hits: Sequence[Hit]) -> str:
    """A quoted sentence, with the sentence just before it when it points back at a place (« La
    Bretagne … La région compte … »), its section and its publication's title: what it may
    speak of without naming it."""
    chunk = hits[c.hit_index].chunk
    at = chunk.text.find(c.text[:40])
    previous = ""
    if at > 0 and _POINTS_BACK.match(c.text):
        # The sentence right before, not the ones above it (another country's paragraph).
        before = chunk.text[max(0, at - LEAD) : at].rstrip()
        previous = re.split(r"[.!?…]\s", before[:-1])[-1] if before else ""
    return f"{chunk.doc.title} {chunk.section} {previous} {c.text}"
