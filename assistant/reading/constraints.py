"""What a question pins down and an answer must share: the names it asks about ("la Fondation
des Territoires", "Fonds ODD 17", "les Allemands") and the years it states ("en 2020"). A
passage that holds the right subject but not these answers another question: the near miss."""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from ..datafiles import read_data
from ..text import fold_lower, undotted
from ..text import folded_words as words
from ..types import Chunk
from .numbers import quantities as quantities
from .numbers import stated_years as stated_years
from .numbers import years as years
from .sources import asked_part as asked_part
from .sources import sources as sources

_CAP = r"[A-ZÀ-Ö][\wÀ-ÿ’'.-]*"
_LINK = r"\s+(?:de|des|du|d[’']|la|le|les|&|–|-)\s*"
# A number ends a name ("Fonds ODD 17"), a year does not ("IMPACT 2021" is IMPACT in 2021).
_PHRASE = re.compile(rf"{_CAP}(?:(?:{_LINK}|\s+){_CAP}|\s+(?!(?:19|20)\d\d\b)\d+\b)*")

# Capitalised words that name nothing here: question words and sentence openers.
_OPENERS = {
    "quel", "quelle", "quels", "quelles", "qui", "que", "quoi", "combien", "quand", "comment",
    "pourquoi", "ou", "est", "et", "en", "dans", "selon", "d'apres", "pour", "sur", "parmi",
    "chez", "le", "la", "les", "l", "un", "une", "des", "du", "de", "d", "c", "je", "j", "il",
    "elle", "ils", "elles", "on", "y", "ca", "alors", "concretement", "bonjour", "merci",
    "oui", "non", "vrai", "est-ce",
    # The kind of a publication opens its name: "Étude ARPEA-Citoyens" is ARPEA-Citoyens.
    "fiche", "fiches", "etude", "etudes", "bulletin", "bulletins", "enquete", "enquetes",
}  # fmt: skip
_LINK_WORDS = {"de", "des", "du", "d", "la", "le", "les", "l", "&", "–", "-"}


@functools.cache
def _alone_generic() -> frozenset[str]:
    """Words that, alone, name nothing a passage must print (data/focus.toml `not_names`: the
    country every publication is about, the kind of a publication, « l'AG »); « Fondation de
    France » does."""
    return frozenset(
        " ".join(words(w)) for e in read_data("focus.toml").get("not_names", ()) for w in e["words"]
    )


# A capital at the start of a sentence (after an opening quote or dash too) only starts it.
_SENTENCE_START = re.compile(r"(?:^|[.!?…:;]\s+)\s*[«\"(–—-]?\s*([\wÀ-ÿ’']+)")


def names(question: str) -> list[str]:
    """The names the question asks about, as folded word sequences ("fondation des territoires");
    an acronym written with dots is one name (« M.E.S.O » → "meso", not « M. » and "eso")."""
    question = undotted(question)
    tokens = re.findall(r"[^\W\d_][\w’'.-]*", question)
    capitalised = [t for t in tokens if t[:1].isupper()]
    if len(tokens) >= 5 and len(capitalised) > 0.6 * len(tokens):
        return []  # typed in capitals or Title Case: capitals say nothing
    out: list[str] = []
    for m in _PHRASE.finditer(_lower_sentence_starts(question)):
        seq = " ".join(_untitled(words(" ".join(_trimmed(m.group(0).split())))))
        if len(seq) > 1 and not seq.isdigit() and seq not in _alone_generic() and seq not in out:
            out.append(seq)
    return out


def name_forms(text: str) -> list[str]:
    """The names written in a text, as written: phrases of capitalised words ("Fondation des
    Territoires", "Caisse des Dépôts", "Fonds ODD 17") and acronyms ("RAMEAU", "CGET"). A
    single capitalised word ("Premier") may only start a sentence: it is left out, as are
    headings in capitals ("OBSERVATOIRE DES PARTENARIATS")."""
    out = []
    for segment in re.split(r"\n|[.!?;:…»«]+(?:\s|$)", text):
        # The first word of a line or sentence is capitalised whatever it is.
        start = re.match(r"\s*([\wÀ-ÿ’']+)", segment)
        if start and not _acronym(start.group(1)):
            segment = segment[: start.start(1)] + start.group(1).lower() + segment[start.end(1) :]
        out += _forms(segment)
    return out


def _lower_sentence_starts(text: str) -> str:
    """The text with the first word of each sentence in lowercase, acronyms apart."""
    return _SENTENCE_START.sub(
        lambda m: (
            m.group(0)[: m.start(1) - m.start(0)]
            + (m.group(1) if _acronym(m.group(1)) else m.group(1).lower())
        ),
        text,
    )


@functools.cache
def _titles() -> frozenset[str]:
    """Folded words of a person's title a page may print with capitals (« Directeur Général du
    CNPQ »: data/focus.toml, `role_title`)."""
    return frozenset(
        fold_lower(w) for e in read_data("focus.toml").get("role_title", ()) for w in e["words"]
    )


def _untitled(folded: list[str]) -> list[str]:
    """A name without the title that opens it: « directeur general du cnpq » → « cnpq »
    (« qui est le Directeur Général du CNPQ ? » asks who holds the title, of the CNPQ)."""
    out = list(folded)
    while out and out[0] in _titles():
        out = out[1:]
        while out and out[0] in _LINK_WORDS:
            out = out[1:]
    return out


def _trimmed(parts: list[str], elided: bool = True) -> list[str]:
    """A capitalised phrase without the question words and articles that open it ("Dans la
    Fondation") or the link words that end it ("Fondation de"); with `elided`, an elided
    article opening the name is cut off it ("L'ODD 17" → "ODD 17") rather than dropped."""
    parts = list(parts)
    while parts and fold_lower(re.split(r"[’']", parts[0])[0]) in _OPENERS:
        rest = re.split(r"[’']", parts[0], maxsplit=1)
        if elided and len(rest) == 2 and rest[1][:1].isupper():
            parts[0] = rest[1]
            break
        parts = parts[1:]
    while parts and fold_lower(parts[-1]) in _LINK_WORDS:
        parts = parts[:-1]
    return parts


def _forms(segment: str) -> list[str]:
    out = []
    for m in _PHRASE.finditer(segment):
        parts = _trimmed(m.group(0).split(), elided=False)
        letters = [p for p in parts if re.search(r"[^\W\d_]", p)]
        if not letters or any(len(p.strip(".-’'")) < 2 for p in letters):
            continue
        if len(letters) == 1 and not (_acronym(letters[0]) and letters[0].isupper()):
            continue
        if len(letters) > 1 and all(p.isupper() for p in letters):
            continue
        form = " ".join(parts).strip(".,;:")
        if " ".join(words(form)) not in _alone_generic():
            out.append(form)
    return out


def _acronym(word: str) -> bool:
    return sum(c.isupper() for c in word) >= 2


@functools.lru_cache(maxsize=20_000)  # read for every question: fold each passage once
def context(chunk: Chunk) -> str:
    """The words a passage is read with: its text, its publication's title, section and dates."""
    d = chunk.doc
    return (
        " "
        + " ".join(words(f"{d.title} {chunk.section} {d.year or ''} {d.date or ''} {chunk.text}"))
        + " "
    )


@functools.lru_cache(maxsize=2_000)  # a page and its cover are read again for every question
def surrounding_context(text: str) -> str:
    """The folded words of a passage's page and cover (see `context`), for `missing`."""
    return " ".join(words(text)) + " "


_SMALL = (
    "zero un deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize"
)


def quantity_missing(bound: str, ctx: str) -> bool:
    """Whether the folded words `ctx` lack the bound (« 10 000 habitants »): its numbers
    printed with or without a thin space (« 10000 »), or in words up to sixteen (« un »), and
    its words close together."""
    forms = {bound, re.sub(r"(?<=\d) (?=\d{3}\b)", "", bound)}
    small = _SMALL.split()
    forms |= {
        re.sub(
            r"\b\d+\b", lambda m: small[int(m.group(0))] if int(m.group(0)) < 17 else m.group(0), f
        )
        for f in list(forms)
    }
    return all(f" {f} " not in ctx and not _near(f, ctx) for f in forms)


def missing(
    asked_names: list[str],
    asked_years: set[str],
    ctx: str,
    bounds: Sequence[str] = (),
    acronyms: frozenset[str] = frozenset(),
) -> list[str]:
    """The asked names, years and bounds (`quantities`) the passage context (see `context`)
    does not hold. A name of several words is held when its words stand close together,
    whatever links them (« le volet Institutions de PHARE » / « le volet Institutions du
    programme PHARE »)."""
    names = [
        n
        for n in [*asked_names, *sorted(asked_years)]
        if f" {n} " not in ctx and not _near(n, ctx) and not _both_held(n, ctx, acronyms)
    ]
    return names + [b for b in bounds if quantity_missing(b, ctx)]


def _both_held(name: str, ctx: str, acronyms: frozenset[str] = frozenset()) -> bool:
    """A name read as one across « de » that is two names of two words or more, each held
    apart (« l'enquête Villes & Quartiers de Terrain & Études » / « l'enquête « Villes &
    Quartiers » (mars 2019), menée par Terrain & Études »). A part of one word names nothing
    alone (« Fondation des Quartiers »), except before an acronym the question writes: the
    name is then that acronym and what it has (« le volet Habitants de CAPRA » / « CAPRA » on
    the cover, « Le volet Habitants » on the page; « l'Assemblée générale NOVA »), unless
    that one word is the common noun of a body (data/focus.toml, `generic_body`: « la
    Fondation de NOVA » is no « fondation » of any page that prints NOVA) or the name is
    two words side by side (« CDP NOVA »)."""
    words = name.split()
    if len(words) > 1 and words[-1] in acronyms:
        rest = words[:-1]
        while rest and rest[-1] in _LINK_WORDS:
            rest.pop()
        if len(rest) == 1 and (len(words) == 2 or rest[0] in _bodies()):
            return False
        halves = [" ".join(rest), words[-1]]
    else:
        halves = re.split(r" (?:de|du|des) ", name)
        if not all(len(h.split()) > 1 for h in halves):
            return False
    return len(halves) > 1 and all(f" {h} " in ctx or _near(h, ctx) for h in halves if h)


@functools.cache
def _bodies() -> frozenset[str]:
    """Folded common nouns of a body (data/focus.toml, `generic_body`)."""
    return frozenset(
        fold_lower(w) for e in read_data("focus.toml")["generic_body"] for w in e["words"]
    )


def _near(name: str, ctx: str) -> bool:
    """The words of a name of several words, each within a few words of the one before, in
    either order (« le volet Citoyens de PHARE » / « PHARE-Citoyens », « l'enquête PHARE, volet
    Citoyens »)."""
    parts = [w for w in name.split() if w not in _LINK_WORDS]
    if len(parts) < 2:
        return False
    words = ctx.split()
    places = [[i for i, w in enumerate(words) if w == p] for p in parts]
    ends = places[0]
    for here in places[1:]:
        ends = [j for j in here if any(0 < abs(j - i) <= 3 for i in ends)]
        if not ends:
            return False
    return True
