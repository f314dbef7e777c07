"""The offline answerer's choice: which sentences (or table cells) of the passages best answer
the question, and how much of the question they hold. The wording is in `compose`."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

from ..acronyms import acronyms, spells
from ..reading import constraints
from ..reading.query import Query
from ..reading.sample import headcount
from ..search.index import banner_key, lexical_text
from ..settings import GenerationSettings
from ..text import analyze, fold, undotted
from ..types import Chunk, Hit
from .asked import Asked, negative, read_question, same_meaning
from .candidate import Candidate, weighted_cover
from .choice import says_more
from .counting import counts, quantity
from .focus import holds
from .kinds import kind_bonus
from .naming import (
    ABSENT_NAME,
    OWN_NAMES,
    PASSAGE_NAME,
    named_in_passage,
    names_held,
    names_only_before,
    spelled,
)
from .units import Unit, units
from .wanted import gives


@dataclass(frozen=True)
class Conf:
    """What scores every sentence besides the question: the corpus's term weights, the
    switches of the named rules, the banners printed in many documents."""

    idf: Mapping[str, float]
    rules: GenerationSettings  # the switches of the named rules
    banners: frozenset[str]


@dataclass(frozen=True)
class Passage:
    """One retrieved passage, as every one of its sentences is read."""

    index: int  # among the hits
    chunk: Chunk
    weight: float  # its retrieval score against the best one's, halved
    near_miss: bool  # it lacks a name or year the question pins down (rule `near_miss`)
    context: set[str]  # its publication's title, its section, the publication's year
    doc_words: set[str]  # every word of its publication among the passages
    capitals_held: bool = True  # its page and cover print or spell out the question's capitals
    unbounded: bool = False  # it lacks a bound the question puts on who it counts (`bounds`)
    acronyms: frozenset[str] = frozenset()  # analysed acronyms of its page and cover (`focus`)
    words: frozenset[str] = frozenset()  # the analysed words of its text, title and section


def _support(
    ask: Asked,
    unit: Unit,
    words: set[str],
    context: set[str],
    passage: Passage,
    conf: Conf,
    spelt: set[str],
) -> tuple[float, list[str], float, float]:
    """How much of the question the sentence holds, read partly with its context
    (`context_weight`: its publication's title, section, heading and the sentence before it),
    weakened by the rules `absent_name`, `other_year` and `near_miss` (which of them did, and
    how much they took); and what rule `passage_name` gives back to its score (not to the
    support the refusal reads)."""
    idf, fired, share = conf.idf, [], conf.rules.context_weight
    in_context = weighted_cover(ask.terms, words | context, idf)
    alone = weighted_cover(ask.terms, words, idf)
    support = full = in_context * share + alone * (1 - share)
    in_passage = False
    if conf.rules.absent_name and not names_held(ask, words | context | spelt, passage):
        in_passage = conf.rules.passage_name and named_in_passage(
            ask, unit, words, context, passage, spelt
        )
        support *= ABSENT_NAME  # a name the question asks about is absent
        fired.append("absent_name")
    years = constraints.stated_years(unit.text)
    if conf.rules.other_year and ask.years and years and not ask.years & years:
        support *= 0.4  # the sentence dates its fact to another year
        fired.append("other_year")
    if passage.near_miss:
        support *= 0.4
        fired += ["near_miss", *["bounds"] * passage.unbounded]
    # Rule `passage_name` gives back part of what `absent_name` took, after every other cut
    # (another year's fact, a near-miss passage stay as weak as they were).
    lift = support * (PASSAGE_NAME / ABSENT_NAME - 1) if in_passage else 0.0
    return support, fired, full - support, lift


def _heading(ask: Asked, unit: Unit, conf: Conf) -> float:
    """How much of the question the heading the sentence first answers asks (rule
    `heading_answer`): « Qu'est-ce qu'une alliance ? » then « On parle d'alliance … »."""
    if not (conf.rules.heading_answer and unit.answers_heading):
        return 0.0
    return weighted_cover(ask.terms, set(analyze(unit.heading)), conf.idf)


def _attribute(ask: Asked, passage: Passage, sentence: str, words: set[str], conf: Conf) -> float:
    """How much of what the question pins down and asks the sentence holds (rule
    `attribute`, read by the refusal)."""
    if passage.near_miss:
        return 0.0  # the passage is about someone else, or another year
    if not ask.pinned[0]:
        return 1.0  # the question names no one
    if (ask.acronym and spells(ask.acronym, sentence)) or gives(ask.wanted, sentence):
        # It spells out the acronym asked about, or says what the question wants beyond its
        # question word (« à quel rythme » / « Actualisation : mensuelle »).
        return 1.0
    counted = conf.rules.kind_counted and ask.counted and counts(sentence, ask.counted)
    if ask.about and not counted:
        # The name itself says nothing of what is asked (« le budget du Fonds ODD 17 »).
        return weighted_cover(ask.about, same_meaning(words - ask.names), conf.idf)
    return 1.0  # "combien de fondations" and "1 500 fondations"


def _scored(ask: Asked, passage: Passage, position: int, unit: Unit, conf: Conf) -> Candidate:
    """One unit of a passage, scored for the question."""
    sentence, prior = unit.text, unit.prior
    context = passage.context | set(analyze(f"{unit.heading} {unit.before}"))
    # A sentence spelling out an acronym the question writes (« l'Agence Française de
    # Développement » for « AFD ») holds it.
    spelt = spelled(ask, sentence)
    words = set(analyze(" ".join([sentence, *spelt])))
    support, fired, lost, lift = _support(ask, unit, words, context, passage, conf, spelt)
    # (not twice: a sentence `absent_name` weakened is weakened enough)
    named_before = "absent_name" not in fired and names_only_before(
        ask, unit, words, context, passage, spelt, conf
    )
    demoted = list(fired)
    defined = bool(ask.acronym) and spells(ask.acronym, sentence)
    if defined:  # the words the acronym asked about stands for
        support, lift = 1.0, 0.0
        prior += 0.6
        fired.append("acronym")
        named_before = False
    asked = _heading(ask, unit, conf)
    if asked >= 0.7:  # the publication asks the user's question and answers it here
        support, lift = max(support, asked), 0.0
        prior += 0.4
        fired.append("heading_answer")
        named_before = False
    fired += ["passage_name"] * (lift > 0)  # only when it reaches the score
    score = support + lift + passage.weight + prior - (0.3 if passage.near_miss else 0.0)
    lost += (0.3 if passage.near_miss else 0.0) - lift
    if ask.focus:
        gain = 0.4 * weighted_cover(ask.focus, words | context, conf.idf)
        score += gain
        fired += ["follow_up"] * (gain > 0)
    # « tous les combien » asks how often, not an amount: what is wanted replaces the kind.
    kinds = (
        []
        if ask.replaces_kind
        else kind_bonus(
            ask.kind,
            sentence,
            ask.counted,
            conf.rules,
            ask.mark,
            ask.duration,
            ask.money and not passage.near_miss,  # another subject's sum is no answer
            ask.known,
        )
    )
    if gives(ask.wanted, sentence):
        kinds.append((0.5, ["wanted"]))
    if (
        ask.sample
        and not passage.near_miss
        and quantity(sentence)  # a count, not only a year (« le baromètre 2023 »)
        and headcount(sentence, ask.sample)
    ):
        # « combien de personnes ont participé ? » / « 1840 répondants ont rempli … »
        kinds.append((0.3, ["sample"]))
    if ask.negative and negative(sentence):
        # « … n'en voulait pas ? » / « 46 % ne le souhaitaient pas »
        kinds.append((0.3, ["negation"]))
    for delta, rules in kinds:
        score += delta
        fired += rules
        if delta < 0:
            demoted, lost = demoted + rules, lost - delta
    if ask.kind == "list" and conf.rules.kind_list and (unit.own or sentence.endswith(":")):
        score += 0.2  # a list question: an item of a list, or the sentence announcing one
        fired.append("kind_list")
    fired += ["short_runs"] * unit.run
    if conf.rules.long_sentence and len(sentence) > 400:
        score -= 0.2
        fired.append("long_sentence")
        demoted, lost = [*demoted, "long_sentence"], lost + 0.2
    return Candidate(
        passage.index,
        sentence,
        score,
        frozenset(words),
        support * OWN_NAMES if named_before else support,
        passage.near_miss,
        _attribute(ask, passage, sentence, words | context, conf),
        position,
        # speaks of what the question asks; an acronym its page or cover prints is a name
        # (« le baromètre de la cnpq » of a report signed CNPQ), not what is asked of it
        defined or holds(ask.subject, words | context | passage.acronyms),
        unit.own,
        tuple(fired),
        tuple(demoted),
        lost,
        named_support=support,
    )


def _passages(
    ask: Asked,
    hits: list[Hit],
    conf: GenerationSettings,
    around: Callable[[Chunk], str] | None = None,
) -> list[Passage]:
    # Each passage analysed once (with its title and section, as the lexical index reads it):
    # its own words, and with the other passages of its publication, the publication's.
    hit_words = [frozenset(analyze(lexical_text(h.chunk))) for h in hits]
    doc_words: dict[str, set[str]] = {}
    for h, words in zip(hits, hit_words, strict=True):
        doc_words.setdefault(h.chunk.doc.source, set()).update(words)
    best_score = max((h.score for h in hits), default=0.0) or 1.0
    out = []
    for i, hit in enumerate(hits):
        chunk = hit.chunk
        # A passage is read on its page and its publication's first page: the name a
        # question pins down may head the page or the cover (« Guide de la MITI ») only.
        page = around(chunk) if around is not None else ""
        ctx = constraints.context(chunk) + constraints.surrounding_context(page)
        capitals = frozenset(fold(c.lower()) for c in ask.capitals)
        missing = constraints.missing(*ask.pinned, ctx, ask.bounds, capitals)
        # « MEDOC » is printed « M.E.D.O.C. »: acronyms are read without their dots
        raw = undotted(f"{chunk.doc.title} {chunk.section} {chunk.text} {page}")
        spelt = spelled(ask, raw)  # « l'AFD » for « l'Agence Française de Développement »
        missing = [n for n in missing if n not in spelt]
        held = all(c in raw or fold(c.lower()) in spelt for c in ask.capitals)
        # A question's year may be the publication's, which the sentence need not repeat.
        context = set(analyze(f"{chunk.doc.title} {chunk.section} {chunk.doc.year or ''}"))
        weight = 0.5 * hit.score / best_score
        near_miss = conf.near_miss and bool(missing)
        unbounded = near_miss and bool(set(missing) & set(ask.bounds))
        out.append(
            Passage(
                i,
                chunk,
                weight,
                near_miss,
                context,
                doc_words=doc_words[chunk.doc.source],
                capitals_held=held,
                unbounded=unbounded,
                acronyms=frozenset(analyze(" ".join(acronyms(raw)))),
                words=hit_words[i],
            )
        )
    return out


def candidates(
    query: Query,
    hits: list[Hit],
    idf: Mapping[str, float] | None = None,
    top: int = 8,
    asked_focus: str = "",
    banners: frozenset[str] = frozenset(),
    rules: GenerationSettings | None = None,
    around: Callable[[Chunk], str] | None = None,
) -> list[Candidate]:
    """Sentences and table cells of the top passages, scored for this question, best first.
    `rules` holds the switches of the named rules (all on by default)."""
    switches = rules or GenerationSettings()
    conf = Conf(idf or {}, switches, banners if switches.banners else frozenset())
    ask = read_question(query, asked_focus, switches)
    out: list[Candidate] = []
    for passage in _passages(ask, hits[:top], switches, around):
        title = passage.chunk.doc.title
        found = units(passage.chunk.text, switches.boilerplate, title, switches.short_runs)
        for position, unit in enumerate(found):
            if banner_key(unit.text) in conf.banners:
                continue  # printed in many documents: a banner, not a statement
            out.append(_scored(ask, passage, position, unit, conf))
    if not switches.says_more:
        out.sort(key=lambda c: -c.score)
        return out
    return says_more(out, ask)
