"""Whose is the attribute a sentence gives: « le RAMEAU est présidé par … » gives RAMEAU's
president, « le Fonds ODD 17 avait été doté de 1,5 M€ » the fund's endowment. A question that
names its subject (« qui préside la Fondation X ? ») is not answered by a sentence that ties
the attribute to another named body (rule `owner`, assistant/answer/owned.py)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import cache

from ..acronyms import spells
from ..text import STOP_WORDS, analyze, fold, fold_lower
from .focus import generic_bodies, giving_verbs

_WORD = re.compile(r"[^\W\d_][\w’'-]*")
# A name: capitalised words, with the small words and numbers names hold between them
# (« Fondation des Territoires », « Fonds ODD 17 », « Caisse des Dépôts et Consignations »).
_NAME = r"[A-ZÀ-Ö][\w’'-]*(?:\s+(?:(?:de|des|du|d['’]|et|&)\s*)?(?:[A-ZÀ-Ö][\w’'-]*|\d+\b))*"
# « la présidence de la Fondation X », « la dotation du Fonds ODD 17 »
_AFTER = re.compile(rf"\s+(?:de\s+la|de\s+l['’]|du|des|de|d['’])\s*(?:(?:le|la|les)\s+)?({_NAME})")
# « le RAMEAU est présidé par », « le Fonds ODD 17 avait été doté », « la Fondation X, présidée »
_BEFORE = re.compile(
    rf"({_NAME})\s*,?\s*(?:(?:est|était|sera|a|avait|aura|ont|sont|avaient|étaient)\s+"
    r"(?:été\s+)?)?$"
)
_PARTICIPLE = re.compile(r"(?:é|ée|és|ées)$")


def _initials(name: str) -> str:
    """The capitals opening a name's words, articles aside (« le Fonds Alpha » → FA)."""
    words = _WORD.findall(name)
    return "".join(w[0] for w in words if w[0].isupper() and fold(w.lower()) not in STOP_WORDS)


def _after_word(text: str, end: int) -> str:
    """The name an attribute word ending at `end` is tied to in a sentence, or ""."""
    after = _AFTER.match(text, end)
    return after.group(1) if after else ""


def _named_before(text: str, start: int) -> str:
    """The name right before a participle (« le RAMEAU est présidé »), or "": not a capitalised
    word that only opens the sentence (« Enquête dirigée par … », « Elle est présidée … »)."""
    before = _BEFORE.search(text, 0, start)
    if not before:
        return ""
    name = before.group(1)
    opens = _OPENS.search(text[: before.start(1)])
    return "" if opens and " " not in name.strip() else name


_OPENS = re.compile(r"(?:^|[.!?…:;]\s*|\n)$")


_UNDER = re.compile(r"\bsous\s+(?:la|le|l['’])\s*$", re.I)


def owners(sentence: str, attribute: frozenset[str]) -> list[str]:
    """The names each occurrence of an attribute word is tied to in the sentence ("" when
    none: « son président », « sa dotation », « présidée par X » with no name before, « sous la
    présidence de X », where X holds the role)."""
    found = []
    for m in _WORD.finditer(sentence):
        word = m.group(0)
        if not set(analyze(word)) & attribute:
            continue
        # « sous la présidence de Marie Blanc »: the name after is who holds the role
        name = "" if _UNDER.search(sentence, 0, m.start()) else _after_word(sentence, m.end())
        if not name and _PARTICIPLE.search(word):
            name = _named_before(sentence, m.start())
        found.append(name)
    return found


# Where the phrase a question ties its attribute to ends: punctuation or a word that opens
# another clause (« la fondation avec laquelle … », « le budget du fonds en 2021 »). It opens
# on « de », an article or a capital: « combien d'argent dedans », « le budget dépasse
# 150 000 € », « le budget destiné aux jeunes » tie the attribute to no one.
_PHRASE = re.compile(
    r"\s*(?:(?i:de\s+la|de\s+l['’]|du|des|de|d['’]|le|la|les|l['’])(?:\s+|(?<=['’]))"
    r"|(?=[A-ZÀ-Ö]))"  # or a name with no article (« qui préside France Alpha ? »)
    r"((?:(?!(?i:avec|qui|que|quand|pour|dans|en|depuis|selon|et|ou|au|aux|à|sur|lors|entre|"
    r"par|il|elle|ils|elles|t)\b)[\w’'-]+\s*)+)"
)


def _asked_phrases(question: str, attribute: frozenset[str]) -> tuple[set[str], set[str]]:
    """Analysed words of the phrases after the question's attribute words (« la dotation de la
    Fondation des Dunes » → fondat, dun), and of the names right before its participles (« le
    Fonds Alpha a-t-il été doté »)."""
    after: set[str] = set()
    before: set[str] = set()
    for m in _WORD.finditer(question):
        if not set(analyze(m.group(0))) & attribute:
            continue
        if phrase := _PHRASE.match(question, m.end()):
            after.update(analyze(phrase.group(1)))
        if _PARTICIPLE.search(m.group(0)):
            before.update(analyze(_named_before(question, m.start())))
    return after, before


def asked_kinds(question: str, attribute: frozenset[str]) -> frozenset[str]:
    """The kinds of body (data/focus.toml `generic_body`) of the phrase the question ties its
    attribute to (« la dotation de la Fondation des Dunes » → fondation)."""
    return frozenset(_asked_phrases(question, attribute)[0] & generic_bodies())


def asked_owner(question: str, attribute: frozenset[str]) -> frozenset[str]:
    """Analysed words of the body the question ties its attribute to (« qui préside la
    Fondation des Territoires » → territoir ; « le montant de la dotation du Fonds ODD 17 »),
    without the attribute's words and those that name a kind of body: empty when the question
    describes the body without naming it (« la fondation avec laquelle … »)."""
    after, before = _asked_phrases(question, attribute)
    return frozenset((after | before) - attribute - generic_bodies())


def named_owner(names: Iterable[str]) -> frozenset[str]:
    """Analysed words of the bodies a previous question named (the `asked_owner` of a
    follow-up that points back at them: « qui la préside ? »), not those naming a kind of
    body."""
    return frozenset(w for name in names for w in analyze(name)) - generic_bodies()


def is_other(
    name: str, asked: frozenset[str], capitals: Iterable[str], kinds: frozenset[str] = frozenset()
) -> bool:
    """Whether a name is another body than the one the question ties its attribute to
    (`asked`: `asked_owner`; `capitals`: the question's words in capitals, which a name's
    initials may spell; `kinds`: `asked_kinds`, which tell « ce fonds » from a fondation)."""
    stems = set(analyze(name))
    words = stems - generic_bodies()
    if not words:
        # « la Fondation »: which one, the sentence does not say; « ce fonds » is none of the
        # fondations asked about
        return bool(kinds and stems and not stems & kinds)
    if words & asked:
        return False
    return _initials(name) not in set(capitals)


def lead(sentence: str, passage: str, attribute: frozenset[str]) -> str:
    """What a sentence of the passage may point back at for the attribute it gives: the
    sentence before it (in the passage, or inside the quoted text when it was read with the
    one before it), not its own words (« Claire Lenoir, trésorière de … »)."""
    first = next(
        (m.start() for m in _WORD.finditer(sentence) if set(analyze(m.group())) & attribute),
        len(sentence),
    )
    ends = [m.end() for m in _SENTENCE_END.finditer(sentence, 0, first)]
    if ends:
        return _SENTENCE_END.split(sentence[: ends[-1]].rstrip())[-1]
    at = passage.find(sentence[:40])
    before = passage[:at].rstrip() if at > 0 else ""
    return _SENTENCE_END.split(before)[-1] if before else ""


_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+")


def pointed_bodies(text: str) -> list[str]:
    """The kinds of body a text points at with a demonstrative (« le réseau Bêta et la Fondation
    Alpha ont créé ce fonds » → fonds; data/focus.toml `generic_body`): what a sentence after it
    that ties a sum to no name (« Sa dotation … ») speaks of. Not the bodies the text names,
    which may be its partners (« Ses partenaires sont A et B. Son budget … »), nor « ce
    travail »."""
    return [
        m.group(1)
        for m in _DEMONSTRATIVE.finditer(text)
        if set(analyze(m.group(1))) & generic_bodies()
    ]


# « ce fonds », « cette fondation »: a body of that kind named before.
_DEMONSTRATIVE = re.compile(r"\b(?:[Cc]e|[Cc]et|[Cc]ette)\s+([^\W\d_][\w-]*)")


def held(
    sentences: Sequence[str],
    attribute: frozenset[str],
    asked: frozenset[str],
    capitals: Iterable[str],
    leads: Sequence[str] = (),
    kinds: frozenset[str] = frozenset(),
) -> bool:
    """Whether the sentences leave the attribute to the body asked about: False only when
    they mention it and tie every mention to another named body. `leads`: for each sentence,
    the text just before it; a sentence that ties no mention to a name (« Sa dotation
    s'élève à … », « Il dispose d'une dotation … ») speaks of the body that text points at
    (« … ont créé ce fonds »), when it points at one (`pointed_bodies`)."""
    tied: list[tuple[str, frozenset[str]]] = []  # each name, and the kinds it is read against
    for sentence, lead in zip(sentences, leads or [""] * len(sentences), strict=True):
        found = owners(sentence, attribute)
        pointed = pointed_bodies(lead) if found and not any(found) else []
        if pointed and not set(analyze(lead)) & asked:
            # « ce fonds » is none of the fondations asked about; a lead that names the body
            # asked (« La Fondation X mène ce projet. Elle dispose … ») speaks of it
            tied += [(name, kinds) for name in pointed]
        else:
            tied += [(name, frozenset()) for name in found]
    return not tied or not all(
        name and is_other(name, asked, capitals, kind) for name, kind in tied
    )


@cache
def _giver_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """« Quel montant X apporte-t-elle … », « combien X a-t-il versé … », and « et X elle met
    combien ? », with the verbs of giving of data/focus.toml, compiled once."""
    verbs = "|".join(re.escape(v) for v in giving_verbs())
    return re.compile(
        rf"\b(?:quel montant|quelle somme|combien(?: d['’]argent)?)\s+(?!de\s|d['’])(.+?)\s+"
        rf"(?:a-t-(?:il|elle)\s+|avait-(?:il|elle)\s+|a\s+|avait\s+)?(?:{verbs})(?![\w])"
    ), re.compile(rf"^(?:et\s+)?(.+?)\s+(?:il|elle|ils|elles)\s+(?:{verbs})(?![\w]).*\bcombien\b")


# A word right before a name (« la Fondation Beta », « le groupe de La Poste »).
_BEFORE_NAME = re.compile(r"\b([^\W\d_]+)(?=\s+(?:(?:de|des|du|d['’])\s*)?[A-ZÀ-Ö])")


def money_giver(question: str) -> str:
    """The phrase naming the body a question asks how much it gives (« Quel montant la
    Fondation X apporte-t-elle au projet ? » → « la fondation x », « et la fondation x elle met
    combien ? »), or "" when the question asks no giver's sum (rule `giver`): not « combien de
    projets X a-t-elle financés », which counts projects."""
    text = fold_lower(question)
    asking, dislocated = _giver_patterns()
    asked = asking.search(text) or dislocated.search(text)
    # A pronoun or an auxiliary names no one (« Et lui, il apporte combien ? », « quel montant
    # a été consacré … »), nor a kind of body alone (« la Métropole »): no giver to look for.
    if not asked or not set(analyze(asked.group(1))) - generic_bodies():
        return ""
    return asked.group(1)


def gives_named(sentence: str, giver: str) -> bool:
    """Whether the sentence names the giver: a word of its name (« Casino »), the kind of body
    it is when the sentence names no body of that kind (« le Groupe a consacré … », not « la
    Fondation Beta apporte … » for the Fondation Alpha), or its acronym spelled out or written
    (« l'AFD » / « l'Agence Française de Développement »)."""
    words = set(analyze(sentence))
    named = set(analyze(giver))
    if (named - generic_bodies()) & words:
        return True
    for kind in named & generic_bodies() & words:
        if not any(kind in analyze(m.group(1)) for m in _BEFORE_NAME.finditer(sentence)):
            return True  # « le Groupe », « la Fondation »: the one the publication is about
    letters = [w for w in re.findall(r"[a-z]+", giver) if len(w) >= 2 and w not in STOP_WORDS]
    return any(len(w) <= 5 and spells(w.upper(), sentence) for w in letters)
