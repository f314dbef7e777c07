"""Who a figure counts, what it measures and when, read from its sentence.

Rules, in order, for the actor: « dont N % de … » keeps the population already named; a
population right after the figure (« 58 % des commerçants », « 40 % des opinions des
répondants »); « d'entre eux », « ils sont N % » → the nearest population before (in the
sentence, else in the sentences before); « Parmi les X, N % »; else the nearest population
before the figure in the sentence. Counts whose noun is a population are their own actor."""

from __future__ import annotations

import itertools
import re
from dataclasses import replace

from ..text import YEAR, fold_in_place
from .amounts import amount_measure
from .antecedents import (
    among_antecedent,
    generic_before,
    is_plural,
    nearest_plural,
    pronoun_antecedent,
    subject_before,
)
from .bases import amount_share, changed_by, own_base
from .clauses import listed_label, measure_of
from .counted import beneficiary, counted_agents, listed_agent
from .dating import (
    before_conjunction,
    fieldwork_years,
    figure_year,
    sentence_years,
    without_previous_years,
)
from .detect import LIST_LINK, Found, sample_size
from .lists import ListItem
from .measure import DONT_RE, clean, paired, segment
from .nearactors import (
    after_actor,
    agent_word,
    agents_after,
    before_actor,
    bracketed_after,
    group_after,
    mark_givers,
)
from .parallel import parallel_measure
from .parts import Actor, Context
from .phrasedates import from_to_years, gap_since, said_today
from .phrasing import phrased
from .relations import (
    PARTICIPLE,
    after_share_noun,
    counted_actors,
    is_umbrella,
    per_population,
    ranked_partner,
    specific,
)
from .rows import SHARE_UNITS
from .variation import variation_measure
from .vocabulary import ActorMatch, vocabulary

_AMONG_RE = re.compile(r"\s*(?:chez|parmi)\b")
_FAMILY = {"people": "count"}  # counts of people and of things carry one measure to the next
_BASE_AFTER_RE = re.compile(r"\s*(?:des|de|du|d')\s*[^\W\d_]")
_SAME_RE = re.compile(r"\b(?:le|la|les) mêmes? [^\W\d_]{4,}", re.I)
_CLAUSE_BREAK_RE = re.compile(r"[,;:.]")
_AVERAGE_RE = re.compile(r"\ben moyenne\b[^.;:]*$|\bmoyenne\s+(?:de\s+|d')$")
# « 2,5 partenaires en moyenne », « … partenaires déclarés en moyenne »: an average said right
# after its count's noun, or a participle of it (not « 4 812 donateurs ont donné en moyenne
# 706 € », the average of the amount)
_AVERAGE_AFTER_RE = re.compile(rf"\s+(?:{PARTICIPLE}\s+)?en moyenne\b")
# what says whose view a count is (« Les maires estiment que … »; « Selon les dirigeants, »
# is cut by its comma)
_SPEAKER_RE = re.compile(r"\b(?:que|qu')")
# a line holding only the count, its noun and « en moyenne » (« ▪ 2,5 partenaires en moyenne »)
_AVERAGE_LINE_RE = re.compile(r"[\s▪•·–-]*\s*en moyenne\b[\s.;:,]*(?:\([^()]*\))?[\s.]*")
# « Le nombre moyen de partenaires … atteint 2,7 »: an average named before its count
_MEAN_NOUN_RE = re.compile(r"\bnombre moyen\b[^.;:]*$")
# An object pronoun then a verb right after a share and its population (« la jugeaient »).
_OBJECT_RE = re.compile(r"\s+(?:la|le|les|l['’])\s*[^\W\d_]{3,}(?:ai|aie|ent|e)nt\b", re.I)
_PRONOUN_AFTER_RE = re.compile(r"\s*d'entre (?:eux|elles)\b")
_PRONOUN_BEFORE_RE = re.compile(r"\b(?:ils|elles)\b[^.;:]{0,30}$")
# A sentence opening on a plural subject pronoun (« Elles mobilisent … »; not « Ces derniers »,
# as often a determiner: « Ces derniers mois »)
_SUBJECT_PRONOUN_RE = re.compile(r"\s*(?:ils|elles|celles-ci|ceux-ci)\b", re.I)


# the article before a share's money (folded), as « part … » writes it
_OF_ARTICLE = {
    "le": "du ",
    "la": "de la ",
    "l'": "de l'",
    "l’": "de l’",
    "ses": "de ses ",
    "leurs": "de leurs ",
    "son": "de son ",
    "sa": "de sa ",
}


def read_sentence(
    sentence: str,
    figs: list[Found],
    doc_year: str,
    previous: list[Actor],
    carried: str = "",
    nearby: Actor | None = None,
    item: ListItem | None = None,
    before: str = "",
) -> list[Context]:
    """Actor, measure and year of each figure of one sentence (figure spans relative to it).
    `previous`: populations of the sentences before, nearest last (for « ils », « d'entre eux »);
    `carried`: the last measure before (« C'est aussi l'avis de 81 % des … »);
    `nearby`: the population named last in the section before the sentence, the actor of its
    shares and marks when the sentence names none (« L'emploi … avec une note de 7,1/10 »);
    `item`: the list the sentence is an item of (its lead and first item's populations);
    `before`: the sentence just before (the antecedent of « Elles sont 148 000 »)."""
    vocab = vocabulary()
    folded = fold_in_place(sentence)
    matches = vocab.actors(folded)
    actors = counted_actors(folded, matches)
    years = sentence_years(sentence, doc_year, figs)
    fieldwork = fieldwork_years(sentence, years) if years else frozenset()
    out: list[Context] = []
    last: Actor | None = None
    actor_ends: list[int] = []
    earlier: dict[str, str] = {}  # the last measure of each unit (« 86 % … et 84 % en 2012 »)
    # Each figure's own « N % des X »: left out of the other figures' measures.
    owned = []
    for fig in figs:
        after = after_actor(sentence, folded, fig, actors)
        owned.append((fig.start, after.end) if after else None)
    # the figures that cut each figure's clause: not the headcount inside its own « N % des
    # 302 maires » (rule `base_headcount`)
    cutting = [
        [g for g in figs if g is not f and not (span and span[0] < g.start < span[1])]
        for f, span in zip(figs, owned, strict=True)
    ]
    clauses = (  # each figure's clause, where its own year is looked for first
        [segment(sentence, f, cut) for f, cut in zip(figs, cutting, strict=True)] if years else None
    )
    breakdown = _breakdown(sentence, figs)  # the whole sentence's (rule `breakdown_shares`)
    ranked = {a.category for a in matches if ranked_partner(folded, a)}
    for i, fig in enumerate(figs):
        others = cutting[i]
        base = next(  # rule `base_headcount`: 302 in « 91 % des 302 maires »
            (
                span
                for j, span in enumerate(owned)
                if span and j != i and span[0] < fig.start < span[1]
            ),
            None,
        )
        foreign = [span for j, span in enumerate(owned) if span and j != i and span != base]
        seg = segment(sentence, fig, others)
        actor = _actor(sentence, folded, fig, actors, last, previous, item, before)
        if actor is None and ranked and fig.unit in SHARE_UNITS:
            # « Les collectivités arrivent en tête (89 %), devant … »: those who cite them,
            # the population of the sentences before (rule `ranked_partner`)
            actor = next(
                (p for p in reversed(previous) if is_plural(p.text) and p.category not in ranked),
                None,
            )
        if (
            actor is None
            and not actors
            and nearby
            and _may_carry(folded, fig, nearby)
            and not breakdown
            and not _PRONOUN_AFTER_RE.match(folded, fig.end)  # « 6 d'entre eux »: read above
        ):
            actor = nearby
        if actor and actor.start >= fig.end:
            actor_ends.append(actor.end)
        if fig.unit not in ("€", "years"):
            last = actor or last
        # « 49 % à espérer un impact fort sur l'emploi, 46 % sur le développement … »
        measure = parallel_measure(sentence, fig, figs, seg) or measure_of(
            sentence,
            fig,
            seg,
            actor,
            figs,
            actor_ends,
            earlier.get(_FAMILY.get(fig.unit, fig.unit), ""),
            carried,
            foreign,
            item.wide_lead if item else "",
        )
        measure = amount_measure(sentence, fig, phrased(sentence, folded, fig, actor, measure))
        measure = variation_measure(sentence, folded, fig, figs) or measure
        if fig.unit == "people" and not fig.noun and sample_size(sentence, fig.start):
            # « Maires de communes de moins de 3 500 habitants (n = 188) » (`sample_sizes`)
            measure = f"effectif interrogé ({_before_sample(sentence, fig.start)})".replace(
                " ()", ""
            )
        elif base and fig.unit in ("people", "count"):
            # the headcount of the population a share is taken of: it counts that population,
            # not what the share's verb says of part of it
            measure = f"nombre de {sentence[fig.end : base[1]].strip()}"
        of_amount = amount_share(folded, fig) if actor is None else None
        if of_amount and not fold_in_place(measure).startswith("part"):
            # « part des financements privés », « part du montant — apportés par des … »
            money = sentence[of_amount[0] : of_amount[1]]
            if not money:
                whole = "du montant"
            elif of_amount[2] in _OF_ARTICLE:  # « sur le mécénat »: « part du mécénat »
                whole = f"{_OF_ARTICLE[of_amount[2]]}{money}"
            else:
                whole = f"des {money}" if is_plural(money.split()[0]) else f"de {money}"
            same = fold_in_place(measure.strip()) == fold_in_place(money.strip())
            measure = (
                clean(f"part {whole} — {measure}") if measure and not same else f"part {whole}"
            )
        if carried and "même" in measure and _SAME_RE.search(measure):
            # « … ont mesuré le même sentiment chez les responsables : 81 % … »: what the
            # sentence before measured
            measure = carried
        if before and fig.unit in SHARE_UNITS and measure != carried:
            at = actor.end if actor and actor.start >= fig.end else fig.end
            if _OBJECT_RE.match(sentence, at):
                # « 86 % des Français la jugeaient urgente »: « la » is what the sentence
                # before asked about (« l'urgence de développer des partenariats »)
                measure = clean(f"{measure} — {clean(before.replace(chr(10), ' ').rstrip('. '))}")
        if not base:  # « …, soit environ 200 personnes »: what the share said, not its base
            earlier[_FAMILY.get(fig.unit, fig.unit)] = measure
        # dated without the headcount inside its own « des 1 150 salariés » (`base_headcount`)
        kept = [j for j, g in enumerate(figs) if g is fig or g in others]
        near = [figs[j] for j in kept]
        k = kept.index(i)
        mine = without_previous_years(
            sentence, near, k, before_conjunction(sentence, fig, years, near)
        )
        year, source = figure_year(
            fig, near, k, mine, doc_year, clauses and [clauses[j] for j in kept], fieldwork
        )
        if fig.unit == "pts" and source == "document":
            year = gap_since(folded, fig, year)  # « en recul de 4 points par rapport à 2021 »
        if source == "phrase" and doc_year and said_today(folded, fig, seg, years):
            # « Lancée en 2021, la charte compte aujourd'hui 1 240 signataires »: said of now
            year = doc_year
        out.append(
            Context(
                actor.text if actor else "", actor.category if actor else "", measure, year, source
            )
        )
    _date_gaps(figs, out, years)
    for i in range(len(figs) - 2, -1, -1):
        if paired(sentence, figs[i], figs[i + 1]):  # « environ 70 à 80 % des accidents »
            nxt = out[i + 1]
            out[i] = replace(out[i], actor=nxt.actor, category=nxt.category)
    out = from_to_years(sentence, figs, out)
    for i, (fig, c) in enumerate(zip(figs, out, strict=True)):
        if is_umbrella(c.actor):  # « ces structures »: the population they stand for
            named = [(p.text, p.category) for p in previous]
            named += [(sentence[a.start : a.end], a.category) for a in actors if a.end <= fig.end]
            who, category = specific(c.actor, c.category, named)
            measure = c.measure  # « nombre de structures » → « nombre d'associations … »
            if fig.noun == c.actor and who != c.actor:
                measure = measure.replace(f"de {fig.noun}", f"de {who}", 1)
            out[i] = replace(c, actor=who, category=category, measure=measure)
    return out


_LIST_LINK_RE = re.compile(rf"{LIST_LINK}$")


def _before_sample(sentence: str, start: int) -> str:
    """The words a sample size follows in its clause (« Maires de communes de moins de 3 500
    habitants » before « (n = 188) »)."""
    head = sentence[: sentence.rfind("n", 0, start)]
    cut = max(head.rfind(c) for c in ",;:.)\n")
    return head[cut + 1 :].strip(" (")


def _listed_just_before(
    sentence: str, folded: str, fig: Found, actors: list[ActorMatch]
) -> Actor | None:
    """Rule `listed_counts`: « …, les dirigeants d'entreprise 3,1 et les maires 4,2 »: a count
    right after a listed population is that population's."""
    a = next(
        (a for a in actors if a.end <= fig.start and not folded[a.end : fig.start].strip()), None
    )
    if a is None or not _LIST_LINK_RE.search(folded, max(0, a.start - 12), a.start):
        return None
    return Actor(sentence[a.start : a.end], a.category, a.start, a.end)


GAP_ROUNDING = 1.0  # points a difference may differ from its two rounded shares' gap


def _date_gaps(figs: list[Found], out: list[Context], years: list[tuple[int, str]]) -> None:
    """Rule `gap_period`: a difference in points after two shares of different years in its
    sentence (« passée de 15,8 % en 2022 à 13,5 % en 2024, soit un recul de 2,3 points »,
    « 46 % en 2020, 39 % en 2024 (−7 pts) ») spans their years, unless a year of its own
    stands near it: when it is their gap (within rounding) and both shares are dated by the
    sentence; `out` is changed in place."""
    for i, fig in enumerate(figs):
        if fig.unit != "pts":
            continue
        shares = [j for j in range(i) if figs[j].unit == "%"]
        if len(shares) < 2:
            continue
        a, b = shares[-2], shares[-1]
        pair = {out[a].year, out[b].year}
        if (
            len(pair) != 2
            or not all(YEAR.fullmatch(y) for y in pair)
            or any(out[j].year_source != "phrase" for j in (a, b))
            or abs(abs(figs[a].value - figs[b].value) - abs(fig.value)) > GAP_ROUNDING
        ):
            continue  # « …, mais l'écart entre villes et campagnes reste de 12 points » (review)
        lo = figs[i - 1].end
        hi = figs[i + 1].start if i + 1 < len(figs) else 10**9
        if any(lo <= p < hi and y not in pair for p, y in years):
            continue  # « (−7 pts depuis 2015) »: its own year
        first, last = sorted(pair)
        out[i] = replace(out[i], year=f"{first}-{last}", year_source="phrase")


SUM_SLACK = 1.0  # points a breakdown's rounded shares may miss 100 by
# « … ainsi : ancrage territorial 40 % », « Domaines : insertion 45 % »: the first part's label
# after a colon; the others after a separator (`listed_label`), words without digits (not the
# age classes « 30 à 59 ans 45 % »)
_FIRST_PART_RE = re.compile(r":\s*([^\W\d_][^,;:()\d]{0,50}?)\s*$")


def _breakdown(sentence: str, figs: list[Found]) -> bool:
    """Rule `breakdown_shares`: whether a sentence naming no population splits a whole into
    labelled parts that add up to 100 (« pondérée ainsi : ancrage territorial 40 %, qualité de
    la coopération 30 %, … », « Domaines : insertion 45 % - éducation 30 % - environnement
    25 % »): the parts of a thing, not of the population the section spoke of; not answers
    (« 71 % se déclarent favorables et 29 % défavorables ») nor classes of people."""
    shares = [f for f in figs if f.unit == "%"]
    if len(shares) < 2 or abs(sum(f.value for f in shares) - 100) > SUM_SLACK:
        return False
    if _FIRST_PART_RE.search(sentence, 0, shares[0].start) is None:
        return False
    return all(
        listed_label(sentence, a.end, b.start) is not None for a, b in itertools.pairwise(shares)
    )


def _noun_category(noun: str) -> str:
    """The category of the population a count's noun names (« partenaires »), "" if none."""
    found = vocabulary().actors(fold_in_place(noun))
    return found[0].category if found and found[0].start == 0 else ""


def _may_carry(folded: str, fig: Found, nearby: Actor) -> bool:
    """Whether a share or mark takes the population of the section: not when the figure names
    its own base (« 60 % d'opinions positives », « 91 % de défiance ») and not a singular
    mention (« l'entreprise », the company itself rather than a population)."""
    if fig.unit not in SHARE_UNITS or _BASE_AFTER_RE.match(folded, fig.end):
        return False
    return is_plural(nearby.text) and not (changed_by(folded, fig) or amount_share(folded, fig))


def _actor(
    sentence: str,
    folded: str,
    fig: Found,
    actors: list[ActorMatch],
    last: Actor | None,
    previous: list[Actor],
    item: ListItem | None,
    before_sentence: str = "",
) -> Actor | None:
    if fig.unit == "%" and fig.noun:  # « neuf maires sur dix »: who is counted is inside
        noun = fold_in_place(fig.noun)  # the figure (rule `proportions_in_words`)
        at = fig.start + max(0, fig.text.find(fig.noun.split()[0]))
        for a in vocabulary().actors(noun):
            if a.start == 0:
                text = fig.noun[: a.end] if a.end < len(noun) else fig.noun
                return Actor(text, a.category, at, at + len(text))
    if fig.unit in ("count", "people"):
        per = per_population(sentence, folded, fig, actors)
        if per is not None:
            return per
        listed = _listed_just_before(sentence, folded, fig, actors)
        if listed is not None:
            return listed
        averaged = "moyen" in folded[max(0, fig.start - 80) : fig.start] and (
            _AVERAGE_RE.search(folded, max(0, fig.start - 80), fig.start)
            or _MEAN_NOUN_RE.search(folded, max(0, fig.start - 80), fig.start)
        )
        noun_end = len(sentence) - len(sentence[fig.end :].lstrip()) + len(fig.noun)
        # right after the count's noun, or a participle of it (« déclarés en moyenne »)
        said_after = not averaged and _AVERAGE_AFTER_RE.match(folded, noun_end) is not None
        if averaged and fig.noun:
            # « une association compte en moyenne 2,5 partenaires »: an average per member of
            # the population named before « en moyenne » in its clause, even when the count is
            # of a population too (not « Selon les maires, la commune compte en moyenne … »)
            at = averaged.start()
            own = [
                a for a in actors if a.end <= at and not _CLAUSE_BREAK_RE.search(folded, a.end, at)
            ]
            if own:
                a = own[-1]
                return Actor(sentence[a.start : a.end], a.category, a.start, a.end)
        if said_after and fig.noun:
            # « Les associations y déclarent 2,5 partenaires en moyenne », « 2,5 partenaires en
            # moyenne » under a section on associations: an average per member of the
            # population its clause opens on (not a speaker: « Les maires estiment que 40
            # bénévoles en moyenne », « Selon les dirigeants, 3 salariés … »), or the one the
            # text spoke of (rule `average_after`)
            own = [
                a
                for a in actors
                if a.end <= fig.start
                and not _CLAUSE_BREAK_RE.search(folded, a.end, fig.start)
                and not _SPEAKER_RE.search(folded, a.end, fig.start)
            ]
            if own:
                a = own[-1]
                return Actor(sentence[a.start : a.end], a.category, a.start, a.end)
            counted = _noun_category(fig.noun)
            if last is not None and last.category != counted:
                # « une association compte 2,3 partenaires, contre 2,5 partenaires en moyenne
                # au niveau national »: the population of the figure it is set against
                return last
            holder = nearest_plural(previous)
            if (
                holder is not None
                and holder.category != counted
                and _AVERAGE_LINE_RE.fullmatch(folded[: fig.start] + folded[noun_end:])
            ):  # « 2,5 partenaires en moyenne » alone: a key figure of the section's population
                return holder
        noun = fold_in_place(fig.noun)
        at = len(sentence) - len(sentence[fig.end :].lstrip())  # the noun after the spaces
        for a in vocabulary().actors(noun):
            if a.start == 0:
                return Actor(
                    fig.noun[: a.end] if a.end < len(noun) else fig.noun,
                    a.category,
                    at,
                    at + len(fig.noun),
                )
        if averaged:  # an average per member of the population named before it, or no one
            found = before_actor(sentence, fig.start, actors)
            if found is None and _SUBJECT_PRONOUN_RE.match(folded):
                # « Elles mobilisent en moyenne 3,1 partenaires »: per member of the population
                # the pronoun stands for (rule `averaged_pronoun`)
                return subject_before(before_sentence) or nearest_plural(previous)
            return found
        agents = counted_agents(fig, at)
        if agents is not None:
            return agents
        if not fig.noun and _PRONOUN_AFTER_RE.match(folded, fig.end):
            # « 120 d'entre eux » (rule `among_count`)
            return among_antecedent(sentence, folded, fig, actors, last, previous, before_sentence)
        if not fig.noun:  # « Elles sont 148 000 en France »: what the pronoun stands for
            return (
                last
                or before_actor(sentence, fig.start, actors)
                or subject_before(before_sentence)
                or generic_before(before_sentence, sentence)
                or nearest_plural(previous)
            )
        if fig.unit == "people" and fig.noun:  # rule `people_noun`: « 1 380 responsables », « 46
            # participants »: people the vocabulary has no category for are still whom it counts
            return Actor(fig.noun, "", at, at + len(fig.noun))
        return None
    if fig.unit == "€":
        return beneficiary(sentence, folded, fig, actors)
    if fig.unit == "years":
        return None
    if changed_by(folded, fig) or amount_share(folded, fig):
        return None
    named_after = after_actor(sentence, folded, fig, actors)  # « N % des X »
    if own_base(folded, fig, actors) and named_after is None:
        return agents_after(sentence, fig)  # « 65 % des pionniers », not « des dépenses »
    bracketed = bracketed_after(sentence, folded, fig, actors)
    if bracketed is not None:
        return bracketed
    if named_after is None:
        after = group_after(sentence, folded, fig, actors)
        group = (
            # a group right after the share « chez / parmi les X » (« …, mais seulement 21 %
            # chez les jeunes »), else the group opening the sentence (« Chez les maires, la
            # confiance atteint 72 % pour les associations »), else one « pour les X » after
            # the share, before any pronoun's antecedent
            (after if after and _AMONG_RE.match(folded, fig.end) else None)
            or _opening_group(sentence, folded, fig, actors)
            or after
        )
        if group is not None:
            return group
        antecedent = pronoun_antecedent(sentence, folded, fig, actors, previous)
        if antecedent is not None:
            return antecedent
    before = folded[max(0, fig.start - 40) : fig.start]
    if DONT_RE.search(before):
        return (
            last
            or before_actor(sentence, fig.start, actors)
            or (previous[-1] if previous else None)
        )
    if _PRONOUN_AFTER_RE.match(folded, fig.end) or (
        # « Elles montrent que 81 % des Français … »: the share names its own population
        _PRONOUN_BEFORE_RE.search(before) and named_after is None
    ):
        found = last or before_actor(sentence, fig.start, actors)
        return found or nearest_plural(previous)
    # (a group right after the share was read above, when no population follows it)
    after = named_after or mark_givers(sentence, folded, fig, actors)
    if after:
        return after
    if item and item.lead_actor:  # « (part des associations employeuses) : • … : 89 % »
        return item.lead_actor
    share = _share_actor(sentence, folded, fig, actors)
    if share:
        return share
    parmi = re.search(r"\bparmi (?:les |des )?", folded[: fig.start])
    if parmi:
        inside = [a for a in actors if a.start >= parmi.end() and a.end <= fig.start]
        if inside:
            a = inside[0]
            return Actor(sentence[a.start : a.end], a.category, a.start, a.end)
        agent = agent_word(sentence, parmi.end())
        if agent and agent.end <= fig.start:
            # « Parmi les candidats de 2024, 58 % … »: agents, though unlisted as populations
            return agent
        if previous and re.search(r"\bparmi (?:celles|ceux|elles|eux)\b", folded[: fig.start]):
            return nearest_plural(previous)
    nearer = before_actor(sentence, fig.start, actors)
    if (
        last
        and nearer
        and nearer.start > last.end
        and _GROUP_BEFORE_RE.search(folded, max(0, nearer.start - 20), nearer.start)
    ):
        # rule group_between: « … chez les dirigeants d'entreprise (81 %) et chez les
        # responsables associatifs (86 %) », « … sont 81 % … ; chez les responsables
        # associatifs, on monte à 86 % »: the group named since the figure before
        return nearer
    return last or nearer or (item.first_actor if item else None)


# « Chez les pionniers, elle montait à 65 %. », « Parmi les maires, 87 % … »: the group opening
# the sentence or a clause after « ; » (rule `opening_group`)
_OPENING_GROUP_RE = re.compile(
    r"(?:^|;)\s*(?P<prep>chez|parmi)\s+les\s+(?:«\s*)?(?!(?:plus|moins|mieux)\b)"
    r"(?P<np>[^\W\d_]{3,}[sx]"
    r"(?:\s+(?!(?:qui|que|dont|de|des|du|en|a|ont|sont)\b)[^\W\d_]{3,})?)\s*(?:»\s*)?,"
)


def _opening_group(
    sentence: str, folded: str, fig: Found, actors: list[ActorMatch]
) -> Actor | None:
    """Rule `opening_group`: the group a sentence opens on (« Chez les pionniers, elle montait
    à 65 % ») is whom its shares, marks and amounts count, when no population, clause or
    comparison stands between it and the figure; only a population or listed agents (« Parmi
    les freins, 41 % … » counts no freins, « Chez les autres » no one), never a comparative
    (« Chez les plus petites, … »: the population before)."""
    if fig.unit not in (*SHARE_UNITS, "€"):
        return None  # « Chez les pionniers, … 2 mécènes »: a count counts its own noun
    groups = list(_OPENING_GROUP_RE.finditer(folded, 0, fig.start))
    if not groups:
        return None
    m = groups[-1]
    if any(m.end() <= a.start < fig.start for a in actors):
        return None
    if _GROUP_ENDS_RE.search(folded, m.end(), fig.start):
        return None  # « …, elle montait à 65 %, contre 37 % en moyenne », « … ; la moyenne … »
    inside = [a for a in actors if m.start("np") <= a.start < m.end("np")]
    if inside:
        a = inside[0]
        return Actor(sentence[a.start : a.end], a.category, a.start, a.end)
    if not listed_agent(m.group("np").split()[0]):
        return None  # « Chez les autres », « Parmi les freins »: no population
    return Actor(sentence[m.start("np") : m.end("np")], "", m.start("np"), m.end("np"))


# what ends the reach of an opening group: a clause of its own, a comparison
_GROUP_ENDS_RE = re.compile(r";|\b(?:contre|comparé|comparée|en moyenne|alors que|tandis que)\b")


_GROUP_BEFORE_RE = re.compile(r"\b(?:chez|parmi|côté|cote)\s+(?:les\s+|des\s+|ces\s+)?$")


def _share_actor(sentence: str, folded: str, fig: Found, actors: list[ActorMatch]) -> Actor | None:
    """« La part des Français qui jugent … atteignait 86 % »: the population after a share
    noun, in the figure's sentence (only when it is a share: « 86 % »)."""
    if fig.unit != "%":
        return None
    found = [a for a in actors if after_share_noun(folded, a.start)]
    if not found:
        return None
    a = min(found, key=lambda a: abs(a.start - fig.start))
    return Actor(sentence[a.start : a.end], a.category, a.start, a.end)
