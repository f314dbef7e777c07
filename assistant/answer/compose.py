"""Wording of an answer in French: the publication that opens it, the [n] that closes each
sentence, no sentence said twice, the sentence that shows two publications' conflicting
figures."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from ..contract import Conflict
from ..types import Hit

if TYPE_CHECKING:
    from .candidate import Candidate

_LOWER_OPENERS = {
    "le",
    "la",
    "les",
    "l'",
    "l’",
    "un",
    "une",
    "des",
    "du",
    "de",
    "d'",
    "d’",
    "au",
    "aux",
    "en",
    "dans",
    "pour",
    "parmi",
    "près",
    "plus",
    "sur",
    "avec",
    "ce",
    "cette",
    "ces",
    "il",
    "elle",
    "ils",
    "elles",
    "on",
    "à",
    "depuis",
    "lors",
    "trois",
    "deux",
    "quatre",
    "cinq",
}
KIND_LABEL = {
    "fiche": "la fiche Repère",
    "bulletin": "le bulletin de veille",
    "étude": "l'étude",
    "autre": "le document",
}


def publication(hit: Hit) -> str:
    """« la fiche Repère « Titre » (2021) »; « le document hors catalogue « Titre » (2023) »
    for a PDF without an entry in the catalogue: its kind is only guessed from its file name,
    and nothing says the Observatoire published it."""
    doc = hit.chunk.doc
    year = f" ({doc.year})" if doc.year else ""
    if not doc.from_catalogue:
        return f"le document hors catalogue « {doc.title} »{year}"
    return f"{KIND_LABEL.get(doc.kind, 'le document')} « {doc.title} »{year}"


# Names whose elided article is part of the name.
_ELIDED_NAMES = {"oréal", "oréal,"}


def with_opener(sentence: str, hit: Hit) -> str:
    """Open the answer with the publication it comes from."""
    pub = publication(hit)
    words = sentence.split(" ", 2)
    first = words[0]
    if fold_first(first) in ("selon", "d'après", "d’après"):
        return f"{pub[0].upper()}{pub[1:]} indique : {sentence}"
    second = words[1] if len(words) > 1 else ""
    elided = re.match(r"[ldLD][’']", first)
    if elided:  # "L’étude", "L’Observatoire", "L’ODD 17": the article only opens the sentence
        proper = fold_first(first[elided.end() :]) in _ELIDED_NAMES
    else:
        proper = (
            (first.isupper() and len(first) > 1)
            or any(p[:1].isupper() for p in first.split("-")[1:])
            or (second[:1].isupper() and fold_first(first) not in _LOWER_OPENERS)
        )
    if not proper:
        sentence = sentence[0].lower() + sentence[1:]
    return f"D'après {pub}, {sentence}"


def fold_first(word: str) -> str:
    return word.lower().strip(",;:")


# A sentence ending on an abbreviation (« … le 26 nov. », « … les salariés, etc. »): its dot
# is the abbreviation's, kept before [n] (« 26 nov [1]. » would read as a cut word).
_ABBREVIATED_END = re.compile(
    r"(?:\d\s+(?:janv|févr|avr|juil|sept|oct|nov|déc)|\betc|\d\s+hab)\.$", re.IGNORECASE
)


def cite(sentence: str, n: int) -> str:
    """Put [n] before the sentence's final punctuation (after an abbreviation's dot)."""
    sentence = sentence.rstrip()
    if _ABBREVIATED_END.search(sentence):
        return f"{sentence} [{n}]"
    if sentence.endswith(("»", ")")) and len(sentence) > 1 and sentence[-2] in ".!?":
        return f"{sentence[:-2]}{sentence[-1]} [{n}]{sentence[-2]}"
    if sentence[-1:] in ".!?…":
        return f"{sentence[:-1]} [{n}]{sentence[-1]}"
    return f"{sentence} [{n}]."


def conflict_sentence(conflict: Conflict, hits: list[Hit]) -> str:
    """A French sentence that shows both figures with their dates and sources."""
    parts = []
    for item in conflict.items:
        n = item.citation or 0  # found among the hits: always numbered at this stage
        figs = " / ".join(display_figure(f) for f in item.figures)
        parts.append(f"{figs} selon {publication(hits[n - 1])} [{n}]")
    return "Attention, les publications ne donnent pas le même chiffre : " + " ; ".join(parts) + "."


def display_figure(key: str) -> str:
    """A figure key as French prints it ("81%" → "81 %", "6.6/10" → "6,6/10")."""
    return key.replace("%", " %").replace(".", ",")


def quote(chosen: list[Candidate], hits: Sequence[Hit]) -> Iterator[str]:
    """The answer's text: the chosen units in order, each sentence cited, the first opened
    with its publication; no sentence said twice."""
    said: list[tuple[int, str]] = []
    for c in _shared_leads(chosen):
        # A sentence that needed the previous one for its subject: cite both, unless a unit
        # before already quoted that one (two pronoun-led sentences in a row, or the sentence
        # the answer opens with), alone or inside a longer one; a list item quoted already
        # with its list. Compared before the opening is added.
        if c.own and any(h == c.hit_index and c.own in text for h, text in said):
            continue
        for part in c.text.split("\n"):
            part = part.strip()  # a unit read from a slide may open with a space
            if not part or any(h == c.hit_index and part in text for h, text in said):
                continue
            first = not said
            said.append((c.hit_index, part))
            if first:
                part = with_opener(part, hits[c.hit_index])
            yield ("" if first else " ") + cite(part, c.hit_index + 1)


def _shared_leads(chosen: list[Candidate]) -> list[Candidate]:
    """Units of one passage in a row that share their lead (a table's caption, the sentence
    announcing a list: « Les partenaires sont les suivants : les collectivités : 89 % » and
    « … : les écoles : 70 % ») are quoted as one, the lead said once."""
    out: list[Candidate] = []
    for c in chosen:
        prev = out[-1] if out else None
        if prev is not None and prev.hit_index == c.hit_index and c.own and c.own in prev.text:
            continue  # an item of the list quoted just before
        if prev is not None and prev.hit_index == c.hit_index and "\n" not in c.text:
            # The longest lead ending at a colon that the unit before opens with.
            ends = [
                m.end()
                for m in re.finditer(" : ", c.text)
                if prev.text.startswith(c.text[: m.end()])
            ]
            if ends and ends[-1] >= 20:
                joined = f"{prev.text.rstrip(' .')} ; {c.text[ends[-1] :]}"
                out[-1] = dataclasses.replace(prev, text=joined, terms=prev.terms | c.terms)
                continue
        out.append(c)
    return out
