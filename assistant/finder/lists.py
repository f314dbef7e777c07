"""Lists on a page: each item with the sentence that announces its list (« Les partenaires les
plus fréquents sont les suivants (part des associations employeuses concernées) : ») and the
list's first item. An item's figure counts the population its lead names (« les collectivités
territoriales : 89 % » is a share of associations, the collectivités are what it measures),
else the one its first item names (« une association compte … ; 74 % travaillent avec … »);
an item too short to say what it measures (« le mécénat : 75 % ») is read with its lead."""

from __future__ import annotations

from dataclasses import dataclass

from ..line_forms import TICK_BOXES, item_marker
from ..sentences import segments
from ..text import fold_in_place, fold_lower
from .measure import content_words
from .parts import Actor
from .vocabulary import vocabulary

THIN_LEAD_WORDS = 4  # a lead with fewer content words is read with the sentence before it
QUESTION_LEAD_WORDS = 3  # a question with fewer content words is a title's, no list's lead


@dataclass(frozen=True)
class ListItem:
    lead: str  # the sentence announcing the list, without its colon ("" when there is none)
    lead_actor: Actor | None  # the first population the lead names
    first_actor: Actor | None  # the population the list's first item names before its figure
    # what a short item measures: the lead, after the sentence before it when the lead alone
    # says nothing (« … dans quels domaines … un impact fort — Quatre domaines se détachent »)
    wide_lead: str = ""


def lead_words(lead: str) -> int:
    """Content words of a list lead, not counting those that only announce a list
    (« Voici les réponses, annoncées par ordre décroissant »: none)."""
    empty = {fold_lower(w) for w in vocabulary().words("empty_lead_words")}
    return content_words(
        " ".join(w for w in lead.split() if fold_lower(w.strip(",;.")) not in empty)
    )


def _ticked(text: str, start: int) -> bool:
    """Whether the item starting at `start` opens its line on a tick box (« ☐ 1 Oui … »)."""
    return text[text.rfind("\n", 0, start) + 1 : start].lstrip()[:1] in TICK_BOXES


def _first_actor(text: str) -> Actor | None:
    found = vocabulary().actors(fold_in_place(text))
    if not found:
        return None
    a = found[0]
    return Actor(text[a.start : a.end], a.category, -1, -1)


def _first_item_actor(text: str) -> Actor | None:
    """The population the first item names before its first digit (its subject)."""
    head = next((text[:i] for i, c in enumerate(text) if c.isdigit()), text)
    return _first_actor(head)


def page_lists(text: str, segs: list[tuple[int, int, str]] | None = None) -> dict[int, ListItem]:
    """List items of a page by the start of their text (as `sentences.split_sentences` gives
    it). One pass over the page's units: linear."""
    if not any(item_marker(line.lstrip(), ticks=True) for line in text.split("\n")):
        return {}  # no bullet, dash or number opens a line: no list (the page is not segmented)
    segs = segments(text, ticks=True) if segs is None else segs
    out: dict[int, ListItem] = {}
    current: ListItem | None = None
    for i, (s, e, kind) in enumerate(segs):
        if kind != "item":
            # A second sentence inside an item keeps its list when another item follows,
            # unless it announces a list of its own.
            if (
                current is not None
                and i + 1 < len(segs)
                and segs[i + 1][2] == "item"
                and not text[s:e].rstrip().endswith(":")
            ):
                continue
            current = None
            continue
        if current is None:
            lead = wide = ""
            if i > 0 and segs[i - 1][2] != "item":
                before = text[segs[i - 1][0] : segs[i - 1][1]].rstrip()
                if before.endswith(":"):
                    lead = wide = " ".join(before[:-1].split())
                elif (
                    before.endswith("?")
                    and _ticked(text, s)
                    and lead_words(before) >= QUESTION_LEAD_WORDS
                ):
                    # a survey's question over its tick-box answers (« Q1 Diriez-vous que
                    # votre territoire est en mouvement ? » / « ☐ 1 Oui, fortement 35 % »),
                    # not a title's rhetorical question (« Un territoire qui bouge ? ») nor a
                    # heading over a list of findings (« • 45 % recourent aux subventions »)
                    lead = wide = " ".join(before.split())
                # « Quatre domaines se détachent : » says nothing of what the items measure:
                # the sentence before it does (« … dans quels domaines les partenariats
                # auraient un impact fort »)
                if lead and lead_words(lead) < THIN_LEAD_WORDS and i > 1 and lead[-1] != "?":
                    s2, e2, kind2 = segs[i - 2]
                    if kind2 == "sentence":
                        wide = " ".join(f"{text[s2:e2].rstrip(' .')} — {lead}".split())
            current = ListItem(lead, _first_actor(lead), _first_item_actor(text[s:e]), wide)
        out[s] = current
    return out
