"""Who a count or an amount counts when no population of actors.toml names it: a count of
agents (« 22 investisseurs », « 350 « catalyseurs territoriaux » ») is its own population; a
rate paid per head names whom it is paid to (« 52 euros par jour pour une personne isolée »).
Word lists in assistant/data/figure_words.toml."""

from __future__ import annotations

import re
from functools import cache

from ..text import fold_lower
from .detect import Found
from .parts import Actor
from .vocabulary import ActorMatch, folded_words, vocabulary


@cache
def _agents() -> tuple[frozenset[str], frozenset[str], tuple[str, ...], tuple[str, ...]]:
    vocab = vocabulary()
    return (
        frozenset(fold_lower(w) for w in vocab.words("prenominal_adjectives")),
        frozenset(fold_lower(w) for w in vocab.words("agent_nouns")),
        tuple(fold_lower(w) for w in vocab.words("agent_endings")),
        tuple(fold_lower(w) for w in vocab.words("instrument_nouns")),
    )


def is_agent(word: str) -> bool:
    """Whether a plural noun names people or organisations that act (« investisseurs »,
    « partenaires »), not things (« indicateurs », « biodigesteurs »)."""
    _, nouns, endings, instruments = _agents()
    folded = fold_lower(word)
    if folded in nouns:
        return True
    return folded.endswith(endings) and not folded.endswith(instruments)


def listed_agent(word: str) -> bool:
    """Whether a plural noun is listed as agents or people (data lists `agent_nouns`,
    `people`): a share's population needs it (« 65 % des pionniers »), where the endings of
    agents also end things (« 35 % des extincteurs », « 30 % des tondeuses »)."""
    folded = fold_lower(word)
    return folded in _agents()[1] or folded in folded_words("people")


def counted_agents(fig: Found, at: int) -> Actor | None:
    """Rule `counted_agents`: a count whose noun names agents counts them (« 122 nouveaux
    leaders » → « nouveaux leaders »): the head noun, after an adjective that stands before
    nouns (« nouveaux », « premiers »); `at` is where the noun starts in the sentence. A word
    after the head is an adjective, not who is counted (« 1 000 exemples inspirants »)."""
    if fig.unit not in ("count", "people"):
        return None
    words = fig.noun.split()
    head = 1 if len(words) > 1 and fold_lower(words[0]) in _agents()[0] else 0
    if not words or not is_agent(words[head]):
        return None
    text = " ".join(words[: head + 1])
    return Actor(text, "", at, at + len(text))


# « 44 euros par jour pour les personnes en couple »: an amount per unit of time or per head,
# then the population it is paid to.
_RATE_FOR_RE = re.compile(
    r"\s*par\s+(?:jour|mois|an|semaine|heure|personne|bénéficiaire|tête)\s+pour\s+"
    r"(?:les|une|un|chaque|des)\s+"
)
_WORD_RE = re.compile(r"[^\W\d_]{3,}")
_QUALIFIED_RE = re.compile(  # over folded text: « isolée » reads « isolee »
    r"(?:\s+en\s+[^\W\d_]+|\s+[^\W\d_]{3,}(?:ee|ees|es))(?![\w'])"
)


def beneficiary(sentence: str, folded: str, fig: Found, actors: list[ActorMatch]) -> Actor | None:
    """The population a rate is paid to (« 52 euros par jour pour une personne isolée »);
    an amount otherwise counts no one (« 116 000 € pour les associations partenaires »)."""
    m = _RATE_FOR_RE.match(folded, fig.end)
    if m is None:
        return None
    a = next((a for a in actors if a.start == m.end()), None)
    # a noun the vocabulary lacks (« une personne isolée ») is still who is paid
    word = _WORD_RE.match(folded, m.end())
    if a is not None:
        start, end, category = a.start, a.end, a.category
    elif word is not None:
        start, end, category = word.start(), word.end(), ""
    else:
        return None
    more = _QUALIFIED_RE.match(folded, end)  # « personnes en couple », « personne isolée »
    stop = more.end() if more else end
    return Actor(sentence[start:stop], category, start, stop)
