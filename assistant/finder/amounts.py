"""What an amount, a duration or a mark measures, when its clause alone does not say it:
« EDF consacre 100,2 millions d'euros, soit 20 % de son budget, à la protection de
l'environnement » → « montant consacré … à la protection de l'environnement »; « pour un montant
proche de 2 milliards d'euros » → the main clause (« le Groupe a finalisé l'acquisition de … »);
a measure that names no money noun, duration or mark says which it is (« montant : … »,
« durée : … », « note : … »). Words in assistant/data/figure_words.toml."""

from __future__ import annotations

import re
from functools import cache

from ..text import STOP_WORDS, fold, fold_lower
from .detect import Found
from .measure import BOUNDARY_RE, MAX_MEASURE_WORDS, clean
from .names import owns, page_names
from .vocabulary import folded_words, vocabulary

# The object of an allocation verb: « … à la protection de l'environnement », « dans des programmes ».
_OBJECT_RE = re.compile(r"(?<![\w'’])(?:à|aux|au|dans|pour)\s+[^.;:!?()]{3,120}")
# « En 2018, … », « À fin 2018, … »: a dating phrase before the main clause.
_INTRO_RE = re.compile(r"^\s*(?:(?:en|à|a|fin|début|depuis|dès|au)\s+)+[^,]{0,30},\s*", re.I)
_APPOSITION_RE = re.compile(r",\s*(?:un|une)\s[^,]{0,80},")  # « X, un fournisseur …, »
_UNIT_NOUNS = {"€": "money_nouns", "years": "duration_nouns", "/10": "mark_nouns"}
_UNIT_LABEL = {"€": "montant", "years": "durée", "/10": "note"}


def _words(text: str) -> list[str]:
    return [fold_lower(w) for w in re.findall(r"[^\W\d_][\w'’-]*", text)]


def _names(measure: str, key: str) -> bool:
    nouns = folded_words(key)
    return any(w in nouns or w.split("’")[-1].split("'")[-1] in nouns for w in _words(measure))


def amount_measure(sentence: str, fig: Found, measure: str) -> str:
    """The measure of an amount, a duration or a mark, completed when its clause is not enough."""
    if fig.unit == "€":
        measure = _endowed(sentence, fig) or _allocated(sentence, fig) or measure
        if _weak(measure):
            main = _main_clause(sentence, fig)
            if main and fold_lower(main) not in fold_lower(measure):
                measure = clean(f"{measure} — {main}" if measure else main)
    key = _UNIT_NOUNS.get(fig.unit)
    if key and measure and not _names(measure, key):
        measure = f"{_UNIT_LABEL[fig.unit]} : {measure}"
    return " ".join(measure.split()[:MAX_MEASURE_WORDS])


# « doté de », « financé à hauteur de », « doté d'un budget de »: the participle, its link
_ENDOWED_RE = re.compile(
    r"(?P<verb>[^\W\d_]+)\s+(?:à\s+hauteur\s+)?(?:de|d['’])\s*(?:(?:plus|près|moins)\s+de\s+|"
    r"environ\s+)?$",
    re.I,
)
# « co-créé par Le RAMEAU et la Fondation TotalEnergies, le Fonds … est doté »: agents, no owner
_AGENT_RE = re.compile(r"\b(?:par|avec|et)\s+(?:(?:le|la|les)\s+|l['’])?$", re.I)


@cache
def _participles() -> dict[str, str]:
    pairs = (w.split("=", 1) for w in vocabulary().words("endowment_participles"))
    return {fold_lower(p): noun for p, noun in pairs}


def _endowed(sentence: str, fig: Found) -> str:
    """Rule `endowed_amount`: « Le Fonds ODD 17, doté de 1,5 M€ pour … » → « dotation (Fonds
    ODD 17) pour … »: the noun of the participle before the amount (data list
    `endowment_participles`), with the last name printed before the participle and the words
    after the amount up to the clause's end; ""."""
    m = _ENDOWED_RE.search(sentence, max(0, fig.start - 40), fig.start)
    noun = _participles().get(fold_lower(m.group("verb"))) if m else None
    if m is None or noun is None:
        return ""
    names = [  # the subject before the participle, or a name after its kind noun
        n.text
        for n in page_names(sentence)
        if n.start < m.start()
        and owns(n)
        and not _AGENT_RE.search(sentence, max(0, n.start - 12), n.start)
    ]
    stop = BOUNDARY_RE.search(sentence, fig.end)
    after = clean(sentence[fig.end : stop.start() if stop else len(sentence)])
    owner = f" ({names[-1]})" if names else ""
    return clean(f"{noun}{owner} {after}")


def _allocated(sentence: str, fig: Found) -> str:
    """« X consacre N € … à Y » → « consacre à Y » (the verb before the amount and its object
    after it, past any apposition « soit 20 % de son budget »), or ""."""
    before = sentence[max(0, fig.start - 60) : fig.start]
    verbs = folded_words("allocation_verbs")
    words = _words(before)
    verb = next((w for w in reversed(words[-4:]) if w in verbs), "")
    if not verb:
        after = _words(sentence[fig.end : fig.end + 40])
        verb = next((w for w in after[:4] if w in verbs), "")
    if not verb:
        return ""
    found = _OBJECT_RE.search(sentence, fig.end)
    if not found:
        return ""
    obj = BOUNDARY_RE.split(found.group())[0].strip()
    return clean(f"montant {verb} {obj}") if clean(obj) else ""


def _weak(measure: str) -> bool:
    """Whether a measure says nothing beyond « montant » and its qualifiers (« montant proche »)."""
    content = [w for w in _words(measure) if len(w) > 2 and fold(w) not in STOP_WORDS]
    generic = folded_words("money_nouns") | folded_words("vague_words")
    return all(w in generic for w in content)


def _main_clause(sentence: str, fig: Found) -> str:
    """The sentence's first clause before the amount, without its dating intro and appositions
    (« En 2018, le Groupe a finalisé l'acquisition de X, un fournisseur …, pour un montant … »)."""
    head = _APPOSITION_RE.sub(",", sentence[: fig.start])
    head = _INTRO_RE.sub("", head)
    first = re.split(r"[,;:()]|\s[–—-]\s", head, maxsplit=1)[0]
    return clean(first)
