"""Whether a sentence names what the question names: in itself, in its context, only in the
sentence before it (rule `own_names`), or only elsewhere in its passage (rule `passage_name`);
the shares of support `absent_name` and `own_names` keep (assistant/answer/extractive.py)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..acronyms import spells
from ..text import analyze, fold
from .asked import Asked
from .focus import generic_bodies
from .units import Unit

if TYPE_CHECKING:
    from .extractive import Conf, Passage


def spelled(ask: Asked, text: str) -> set[str]:
    """The names the question writes in capitals that `text` spells out in full (« AFD »,
    « l'Agence Française de Développement »), folded as the question's names are."""
    return {fold(c.lower()) for c in ask.capitals if spells(c, text)}


# What `absent_name` keeps of a sentence's support, and what the choice of sentences keeps when
# its passage names what the question names (rule `passage_name`).
ABSENT_NAME = 0.4
PASSAGE_NAME = 0.8
# What the refusal keeps of the support of a sentence that names what the question names only
# in the sentence before it (rule `own_names`): as much as `absent_name` keeps.
OWN_NAMES = ABSENT_NAME


def names_held(ask: Asked, seen: set[str] | frozenset[str], passage: Passage) -> bool:
    """Whether `seen` (analysed words) holds every name the question asks about, its
    publication every name it attributes something to, and its page and cover the question's
    capitals; else rule `absent_name` weakens the sentence."""
    return ask.names <= seen and ask.attributed <= passage.doc_words and passage.capitals_held


def named_in_passage(
    ask: Asked, unit: Unit, words: set[str], context: set[str], passage: Passage, spelt: set[str]
) -> bool:
    """Whether the sentence's own passage names every name the question asks about, where the
    sentence and its context do not (rule `passage_name`): « La direction générale, elle, est
    assurée par … » two sentences after the body's name, a table row under a caption naming the
    survey. Not when the sentence holds only part of the name (« la Fondation Beta » for « la
    Fondation Alpha » names another body), unless it opens on that word after a singular
    determiner and so points back at the body (« La fondation emploie … »)."""
    if not names_held(ask, passage.words | context | spelt, passage):
        return False
    part = words & ask.names
    if not part:
        return True
    noun, singular = _opening(unit.text)
    return singular and part <= noun


def _opening(text: str) -> tuple[set[str], bool]:
    """The stems of the noun a sentence opens on after a determiner (« La fondation compte … »
    → fondat), and whether that determiner is singular; nothing when it opens otherwise."""
    opening = _OPENING_NOUN.match(text)
    if not opening:
        return set(), False
    noun = set(analyze(opening.group("noun")))
    return noun, bool(opening.group("one") or opening.group("one2"))


# A sentence opening on a determiner and a noun (« La fondation compte … »): when the noun is
# a word of the name asked about, or a kind of body after a singular determiner (« L'association
# emploie … », not « Les associations interrogées … »), it speaks of the body the sentence
# before names.
_OPENING_NOUN = re.compile(
    r"(?:(?P<one>Le|La|Ce|Cet|Cette|Son|Sa)\s+|(?P<one2>L['’])\s*|(?:Les|Ces|Ses|Leurs?)\s+)"
    r"(?P<noun>[^\W\d_][\w-]*)"
)
# « … y sont engagés »: « y » points back at a place or a body (not the « il y a » that
# points at nothing).
_Y = re.compile(r"(?<![Ii]l )\b[yY]\b(?!['’])")


def names_only_before(
    ask: Asked,
    unit: Unit,
    words: set[str],
    context: set[str],
    passage: Passage,
    spelt: set[str],
    conf: Conf,
) -> bool:
    """Whether the sentence names what the question names only through the sentence before it
    (rule `own_names`): the refusal then reads its support weakened. The sentence before may
    say whose figure the score weighs, not that this sentence speaks of it (« L'enquête a été
    publiée par la Fondation Alpha. Les associations … leur budget annuel. »). Only running
    text: a list item's, a table row's or a key figure's `before` is what they are about. Not
    a sentence that points back at the body (« La fondation compte … », « … y sont
    engagés »); a pronoun-led one already holds the sentence before it."""
    if not (conf.rules.own_names and unit.prose and ask.names):
        return False
    if not ask.names <= words | context | spelt:
        return False  # not named before either (rule `absent_name` reads that)
    if ask.names <= words | passage.context | set(analyze(unit.heading)) | spelt:
        return False
    noun, singular = _opening(unit.text)
    if noun & ask.names or (singular and noun & generic_bodies()):
        return False
    return not _Y.search(unit.text)
