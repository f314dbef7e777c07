"""The finder's word lists (assistant/data/actors.toml, figure_words.toml), read once."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from ..datafiles import read_data
from ..text import fold_in_place, fold_lower


@dataclass(frozen=True)
class ActorMatch:
    """An actor variant found in a text: its span and its category."""

    start: int
    end: int
    category: str


@dataclass(frozen=True)
class Vocabulary:
    categories: tuple[str, ...]  # actor categories, as `--actor` accepts them
    generic: frozenset[str]  # categories that name a role, not a population (« répondants »)
    variants: dict[str, str]  # folded variant → category
    actor_re: re.Pattern[str]  # any variant, longest first, over fold_in_place'd text
    people: frozenset[str]  # folded nouns that count people
    years: frozenset[str]
    not_counted: frozenset[str]
    name_words: frozenset[str]
    ordinal_suffixes: frozenset[str]
    survey_nouns: frozenset[str]  # as printed (matched case-insensitively, accents kept)
    survey_verbs: frozenset[str]
    data_words: frozenset[str]
    fieldwork_nouns: frozenset[str]
    comparison_words: frozenset[str]  # folded (fold_in_place)
    lists: dict[str, tuple[str, ...]]  # every list of figure_words.toml, as printed

    def actors(self, folded: str) -> list[ActorMatch]:
        """Every actor variant of a text folded with `text.fold_in_place`, left to right."""
        named = "&" in folded  # most texts: no name to test (rule `ampersand_name`)
        return [
            ActorMatch(m.start(), m.end(), self.variants[m.group()])
            for m in self.actor_re.finditer(folded)
            if not named or not in_name(folded, m.start())
        ]

    def words(self, key: str) -> tuple[str, ...]:
        """One word list of figure_words.toml, as printed."""
        return self.lists[key]

    def duration_words(self, noun: str) -> int:
        """How many words of a counted noun say a duration in years: 1 for « ans » or
        « années », 2 for « premières années », « dernières années » (`duration_adjectives`),
        else 0."""
        words = fold_lower(noun).split()[:2]
        if words and words[0] in self.years:
            return 1
        adjectives = folded_words("duration_adjectives")
        return 2 if len(words) == 2 and words[0] in adjectives and words[1] in self.years else 0

    def count_unit(self, noun: str) -> str:
        """The unit of a count of `noun`: « people » when its first word counts people
        (« 1 380 responsables associatifs »), else « count »."""
        words = noun.split()
        return "people" if words and fold_lower(words[0]) in self.people else "count"

    def category(self, name: str) -> str | None:
        """The category a user's `--actor` value names (a category or one of its variants)."""
        return self.variants.get(fold_lower(name).strip())


_AMPERSAND_BEFORE_RE = re.compile(r"&\s*$")


@cache
def folded_words(key: str) -> frozenset[str]:
    """One word list of figure_words.toml, folded with `text.fold_lower`, read once."""
    return frozenset(fold_lower(w) for w in vocabulary().words(key))


def names_people(text: str) -> bool:
    """Whether a population's first word names people (data list `people`: « maires »,
    « responsables associatifs »), not organisations (« associations »)."""
    words = fold_lower(text).split()
    return bool(words) and words[0] in folded_words("people")


def in_name(folded: str, start: int) -> bool:
    """Rule `ampersand_name`: a population word after « & » closes a name (« IMPACT –
    Associations & Territoires »), not whom a figure counts: prose joins two populations with
    « et ». The word before « & » may still count (« dirigeants de TPE & PME »)."""
    return _AMPERSAND_BEFORE_RE.search(folded, max(0, start - 3), start) is not None


def by_first_letter(words: Sequence[str], ignore_case: bool = False) -> str:
    """`"|".join(map(re.escape, words))`, the words of each first letter grouped behind it in
    their order: the same matches, found faster (at each position of a page the engine tries
    a few first letters instead of every word). For a pattern that ignores case, first letters
    that may match one character (« e » and « E ») would have to keep their order: the words
    are then left ungrouped."""
    firsts = {w[:1] for w in words}
    if "" in firsts or (
        ignore_case
        and (not all(f.isascii() for f in firsts) or len({f.lower() for f in firsts}) < len(firsts))
    ):
        return "|".join(map(re.escape, words))
    groups: dict[str, list[str]] = {}
    for w in words:
        groups.setdefault(w[0], []).append(re.escape(w[1:]))
    return "|".join(f"{re.escape(c)}(?:{'|'.join(rest)})" for c, rest in groups.items())


def folded_alternation(key: str) -> str:
    """The words of one figure_words.toml list as a regular-expression alternation over text
    folded with `text.fold_in_place`: folded, escaped, longest first."""
    words = sorted(vocabulary().words(key), key=len, reverse=True)
    return "|".join(re.escape(fold_in_place(w)) for w in words)


def _words(data: dict[str, dict[str, list[str]]], key: str) -> frozenset[str]:
    return frozenset(fold_lower(w) for w in data[key]["words"])


@cache
def vocabulary() -> Vocabulary:
    actors = read_data("actors.toml")["actor"]
    words = read_data("figure_words.toml")
    variants: dict[str, str] = {}
    for entry in actors:
        for variant in [entry["name"], *entry["variants"]]:
            variants.setdefault(fold_lower(variant), entry["name"])
    alternation = by_first_letter(sorted(variants, key=len, reverse=True))
    return Vocabulary(
        categories=tuple(entry["name"] for entry in actors),
        generic=frozenset(entry["name"] for entry in actors if entry.get("generic")),
        variants=variants,
        # a footnote call may follow a population (« Français1 jugent », rule `called_actor`), not
        # a year (« Français2024 »)
        actor_re=re.compile(rf"(?<![\w-])(?:{alternation})(?![^\W\d]|-|\d{{3}})"),
        people=_words(words, "people"),
        years=_words(words, "years"),
        not_counted=_words(words, "not_counted") | _words(words, "distributive_words"),
        name_words=_words(words, "name_words"),
        ordinal_suffixes=_words(words, "ordinal_suffixes"),
        survey_nouns=frozenset(words["survey_nouns"]["words"]),
        survey_verbs=frozenset(words["survey_verbs"]["words"]),
        data_words=frozenset(words["data_words"]["words"]),
        fieldwork_nouns=frozenset(words["fieldwork_nouns"]["words"]),
        comparison_words=frozenset(fold_in_place(w) for w in words["comparison_words"]["words"]),
        lists={key: tuple(entry["words"]) for key, entry in words.items()},
    )
