"""Lists in the answer window: the sentence announcing a list (or a captioned table) quoted
with its items, the caption or lead said once."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Mapping
from functools import cache

from ..datafiles import read_data
from ..text import analyze, fold_lower
from .candidate import MAX_WORDS, Candidate, word_count


def list_window(
    best: Candidate,
    beside: Mapping[int, Candidate],
    whole: bool,
    terms: frozenset[str] | set[str] = frozenset(),
) -> Candidate | None:
    """The sentence announcing a list with its items, as one unit (« … sont les suivants :
    les collectivités : 89 % ; les écoles : 70 % »), within the word budget: when `best`
    announces the list, or is an item of it and the question asks for a list (`whole`). An
    item asked for alone stays alone (None: no list here, the usual window applies), with
    the other items that hold words of the question (`terms`) it lacks: « et chez les
    dirigeants, les responsables associatifs et les maires ? » names three rows."""
    lead = best.text[: len(best.text) - len(best.own)].rstrip() if best.own else best.text
    # The items of the list, in text order; a table's rows are read after the passage's
    # sentences, so they need not follow the sentence announcing them.
    members = [beside[p] for p in sorted(beside) if _same_list(beside[p], lead)]
    if best.own and not whole and terms and not set(analyze(best.own)) & terms:
        # The item holds none of the question's words: its lead does (« Comment se répartit
        # le budget ? » / « le budget se répartit en deux postes : » / « 2,5 M€ … »), so the
        # question asks what the lead announces: the whole list.
        whole = True
    if best.own and not whole:
        members = [
            u for u in members if u.position == best.position or (u.terms - best.terms) & terms
        ]
        if len(members) < 2:
            return best
    if not best.own:
        members = [u for u in members if u.position > best.position]
    items, words = [], word_count(lead)
    for unit in members:
        if words + word_count(unit.own) > MAX_WORDS:
            break
        items.append(unit)
        words += word_count(unit.own)
    if not items:
        return None
    text = f"{lead.rstrip()} {' ; '.join(i.own for i in items)}."
    terms = best.terms.union(*(i.terms for i in items))
    return dataclasses.replace(best, text=text, terms=terms, own="")


def _same_list(unit: Candidate, lead: str) -> bool:
    """An item of the list that `lead` announces (its text is the lead and the item); a lead
    joined to the sentence before it (a pronoun-led one) announces with its last line."""
    announce = lead.rsplit("\n", 1)[-1].rstrip()
    return bool(unit.own) and unit.text[: len(unit.text) - len(unit.own)].rstrip() == announce


def reached_list(
    unit: Candidate, beside: Mapping[int, Candidate], lists: bool, budget: int
) -> Candidate | None:
    """The list `unit` announces or opens, as one unit (`list_window`), when the window
    reaches it going down the passage and it fits the words left; else None."""
    if not lists or not (unit.own or unit.text.rstrip().endswith(":")):
        return None
    listed = list_window(unit, beside, True)
    if listed is None or word_count(listed.text) > budget:
        return None
    return listed


def _lead(unit: Candidate) -> str:
    """The sentence announcing the list `unit` opens (a lead) or belongs to (an item)."""
    return (unit.text[: len(unit.text) - len(unit.own)] if unit.own else unit.text).rstrip()


def whole_lists(
    units: list[Candidate],
    cands: list[Candidate],
    whole: bool,
    terms: frozenset[str] | set[str],
    used: int,
) -> list[Candidate]:
    """The runners-up, each that announces a list, or is an item of a list when the question
    asks for one (`whole`), quoted with the list (`list_window`) when it fits the words left
    after `used`: a lead is not quoted bare, ending on its colon, when its list fits, nor one
    item of a list question's list; a list is quoted once, its items not said again. An item
    of another question stays alone: joined to its neighbours it would pair a figure with
    another item's year."""
    out: list[Candidate] = []
    listed_leads: set[tuple[int, str]] = set()  # the lists quoted whole, by passage and lead
    for unit in units:
        key = (unit.hit_index, _lead(unit))
        if key in listed_leads:
            continue  # its list is quoted already
        if (unit.own and whole) or (not unit.own and unit.text.rstrip().endswith(":")):
            beside = {c.position: c for c in cands if c.hit_index == unit.hit_index}
            listed = list_window(unit, beside, whole, terms)
            if listed is not None and word_count(listed.text) <= MAX_WORDS - used:
                # the items of this list quoted before it give their place to the whole list
                dropped = [o for o in out if o.own and (o.hit_index, _lead(o)) == key]
                out = [o for o in out if o not in dropped]
                used -= sum(word_count(o.text) for o in dropped)
                listed_leads.add(key)
                unit = listed
        out.append(unit)
        used += word_count(unit.text)
    return out


# The count a lead ends on (« … s'articule autour de 4 axes : », « … en trois temps forts : »).
_COUNT_END = re.compile(
    r"\b(?:\d+|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|plusieurs)(?:\s+[\w’'-]+){1,2}\s*:$"
)


def _bare(text: str) -> bool:
    """A sentence announcing a list, its items not with it: it ends on its colon, and says
    nothing of its own besides the count it announces; one giving a number of its own (« Le
    vote a été acquis par 42 voix contre 40, après un débat portant sur trois points : »)
    says something."""
    last = text.rstrip().rsplit("\n", 1)[-1]
    return last.endswith(":") and not re.search(r"\d", _COUNT_END.sub("", last))


def without_bare_leads(
    quoted: list[Candidate], terms: frozenset[str] | set[str] = frozenset()
) -> list[Candidate]:
    """`quoted` without the sentences after the first that announce a list whose items are
    not quoted (« Elle s'est tenue en trois temps forts : »): alone, such a sentence says
    nothing the reader can use. One joined to the sentence before it (a pronoun-led pair,
    « Sa rédaction a commencé en 2018.\nElle s'est tenue en trois temps forts : ») keeps
    that sentence. The first quoted sentence stays: it may answer by itself (« … autour de
    deux priorités : » for « combien de priorités ? »), and so does one holding words of the
    question (`terms`) no sentence before it holds (« … trois entrées, qui forment le sigle
    MED : » after the entries, for « MED c'est quoi ? »)."""
    out = quoted[:1]
    for unit in quoted[1:]:
        said = set().union(*(c.terms for c in out))
        if unit.own or not _bare(unit.text) or (unit.terms & terms) - said:
            out.append(unit)
        elif "\n" in unit.text:
            out.append(dataclasses.replace(unit, text=unit.text.rsplit("\n", 1)[0]))
    return out


@cache
def _continuing() -> re.Pattern[str]:
    """The patterns of a sentence that continues an enumeration (data/enumeration.toml)."""
    patterns = [p for e in read_data("enumeration.toml")["continues"] for p in e["patterns"]]
    return re.compile("|".join(f"(?:{p})" for p in patterns))


# A figure as an enumeration gives it: a share, a mark, an amount; its unit in group 1.
_ITEM_FIGURE = re.compile(r"\d(?:[\d\u00a0\u202f ]*\d)?(?:,\d+)?\s?(%|/\s?10\b|[kM]d?€|€)")


def continues_enumeration(unit: Candidate, before: Candidate | None) -> bool:
    """Whether `unit` goes on with the enumeration of figures `before` gives (« … l'emploi
    (49 %), devant le développement (46 %). » / « La précarité et l'éducation suivent, à
    36 % chacune. »): `before` gives two figures or more, `unit` one in the same unit (a share
    after shares) and the words by which a sentence ranks what it adds after them
    (data/enumeration.toml)."""
    if before is None:
        return False
    listed = _ITEM_FIGURE.findall(before.text)
    text = unit.text.split("\n")[-1]
    own = _ITEM_FIGURE.findall(text)
    if len(listed) < 2 or not own or not set(own) & set(listed):
        return False
    return bool(_continuing().search(fold_lower(text)))
