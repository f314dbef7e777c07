"""The focus of a question — what it asks about its subject (« le trésorier », « la
dotation », « le logement ») — and whether an answer holds it. Word lists: data/focus.toml."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Mapping
from functools import cache

from ..datafiles import read_data
from ..text import analyze, fold_lower


@cache
def _data() -> dict[str, list[dict]]:
    """The data file's tables, as written (read once)."""
    data = read_data("focus.toml")
    return {name: entries for name, entries in data.items() if isinstance(entries, list)}


def _written(table: str) -> list[str]:
    """Every word or phrase of a table, folded but not analysed."""
    return [fold_lower(w) for e in _data().get(table, ()) for w in e["words"]]


@cache
def _tables() -> dict[str, tuple[frozenset[str], ...]]:
    """Each table of the data file, its entries' words analysed, one set per entry."""
    return {
        name: tuple(frozenset(analyze(" ".join(e["words"]))) for e in entries)
        for name, entries in _data().items()
    }


def asks_money(question: str) -> bool:
    """Whether the question asks for a sum of money (data/focus.toml, `asks_money`): its
    words as written, not their stems (« montant » and « monté » share one), in a clause that
    asks for no share: a share of money is a share (« dans quelle proportion sont-elles
    financées par de l'argent public ? », « quelle part du budget »), but « quel est le budget
    du fonds, et quelle part va aux associations ? » asks a sum too."""
    return any(
        set(re.findall(r"[a-z]+", fold_lower(clause))) & _money_words() and not asks_share(clause)
        for clause in re.split(r",|;|\bet\b", question)
    )


@cache
def _money_words() -> frozenset[str]:
    return frozenset(_written("asks_money"))


def money_words() -> frozenset[str]:
    """Analysed words that ask for a sum (data/focus.toml, `asks_money`)."""
    return _all("asks_money")


def asks_role(question: str) -> bool:
    """Whether a « qui » question asks who holds a role (data/focus.toml, `asks_role`)."""
    return bool(set(analyze(question)) & _all("asks_role"))


def asks_function(question: str) -> bool:
    """Whether the question asks the function someone held: a phrase of `asks_function`
    (« quelle fonction », « quel poste ») with a verb of holding one (`holds_function`:
    « occupait », « exerçait »), or « ministre de quoi » (data/focus.toml). Not « quel poste
    de dépenses pèse le plus », « quelle fonction a le comité »."""
    folded = fold_lower(question)
    return bool(_phrases("asks_function_alone").search(folded)) or bool(
        _phrases("asks_function").search(folded) and _phrases("holds_function").search(folded)
    )


@cache
def _phrases(table: str) -> re.Pattern[str]:
    """The folded phrases of a table as whole words, one pattern compiled once."""
    phrases = "|".join(re.escape(p) for p in _written(table))
    return re.compile(rf"\b(?:{phrases})\b" if phrases else r"(?!)")  # an empty table: none


def function_titles() -> frozenset[str]:
    """Analysed words that name a function (data/focus.toml, `function_titles`, and the role
    families)."""
    return _all("function_titles") | _all("role_family")


def role_words() -> frozenset[str]:
    """Analysed words that name a role (data/focus.toml, `asks_role`)."""
    return _all("asks_role")


def asked_role_families(question: str) -> list[frozenset[str]]:
    """The role families (data/focus.toml, `role_family`) whose words the question uses, each
    as its analysed words."""
    words = set(analyze(question))
    return [family for family in _tables().get("role_family", ()) if family & words]


@cache
def giving_verbs() -> tuple[str, ...]:
    """Folded forms of the verbs by which a body gives a sum (data/focus.toml,
    `giving_verbs`: « apporte », « versé », « met »)."""
    return tuple(_written("giving_verbs"))


def generic_bodies() -> frozenset[str]:
    """Analysed words that name a kind of body, not which one (data/focus.toml,
    `generic_body`): two foundations are not the same for sharing « Fondation »."""
    return _all("generic_body")


def asks_share(question: str) -> bool:
    """Whether the question asks for a share (data/focus.toml, `asks_share`, phrases)."""
    return bool(_share_phrases().search(fold_lower(question)))


@cache
def _share_phrases() -> re.Pattern[str]:
    phrases = "|".join(map(re.escape, _written("asks_share")))
    return re.compile(rf"(?<!\w)(?:{phrases})(?!\w)")


@cache
def _all(table: str) -> frozenset[str]:
    """Every analysed word of a table."""
    return frozenset().union(*_tables().get(table, ()))


# A noun follows a determiner; a verb does not (« les Français estiment » → Français).
# Numerals are determiners too (« les trois missions » → missions). The noun after an
# interrogative (« quels organismes », « quelle instance », « à quelle date ») names the kind
# of answer wanted, which the answer gives without the word (« la Caisse des Dépôts »): it
# is no focus, so « quel » is left out here.
_DETERMINERS = {
    "le", "la", "les", "l", "un", "une", "des", "du", "de", "d", "au", "aux",
    "leur", "leurs", "son", "sa", "ses", "ce", "cet", "cette", "ces",
    "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "dix", "onze", "douze", "vingt",
}  # fmt: skip


def _words(text: str) -> list[str]:
    """Lowercase words, elided articles apart (« l'objet » → l, objet)."""
    return re.findall(r"[\w-]+", text.lower().replace("’", "'").replace("'", " "))


# « le », « la », « les », « l' » after a subject pronoun or « ne » are an object pronoun and
# the word after them a verb (« on les compte », « ils ne la voient pas »); after « qui », only
# before a verb ending like « conduisait », « conduit » (« qui la conduisait ? »): « qui les
# nomme » cannot be told from a noun by its ending, and stays read as one.
_BEFORE_CLITIC = {"ne", "n", "il", "ils", "elle", "elles", "on", "je", "j", "tu", "nous", "vous"}
_CLITIC_OBJECTS = {"le", "la", "les", "l"}
_VERB_AFTER_QUI = re.compile(r"\w+(?:ait|aient|it)")


def _object_pronoun(before: str, word: str, after: str) -> bool:
    """Whether `word`, a determiner in form, is an object pronoun before the verb `after`."""
    if word not in _CLITIC_OBJECTS:
        return False
    return before in _BEFORE_CLITIC or (before == "qui" and bool(_VERB_AFTER_QUI.fullmatch(after)))


def nouns(text: str) -> set[str]:
    """Analysed words that follow a determiner: the things a question speaks of. Read clause
    by clause: a pronoun before a comma stands alone (« Selon vous, la charte … »)."""
    adjectives = _before_noun()
    follow: list[str] = []
    for clause in re.split(r"[,;:?!.()«»]", text):
        words = _words(clause)
        follow += [
            w
            for before, prev, w in zip(["", *words], words, words[1:], strict=False)
            if prev in _DETERMINERS and not _object_pronoun(before, prev, w)
        ]
        # « les différents volets »: the noun after an adjective French puts first, after a
        # determiner (not « en même temps »)
        follow += [
            w
            for det, adj, w in zip(words, words[1:], words[2:], strict=False)
            if det in _DETERMINERS and fold_lower(adj) in adjectives
        ]
    follow = [w for w in follow if fold_lower(w) not in adjectives]
    return set(analyze(" ".join(w for w in follow if w not in _DETERMINERS)))


_INTERROGATIVES = {"quel", "quelle", "quels", "quelles"}


@cache
def _before_noun() -> frozenset[str]:
    """Folded adjectives French puts before the noun (data file `before_noun`)."""
    return frozenset(fold_lower(w) for e in _data().get("before_noun", ()) for w in e["words"])


def answer_kind_nouns(text: str) -> set[str]:
    """Analysed nouns right after an interrogative (« quelle date », « quels organismes »):
    the kind of answer wanted, which the answer gives without the word."""
    words = _words(text)
    return set(
        analyze(" ".join(w for prev, w in itertools.pairwise(words) if prev in _INTERROGATIVES))
    )


def not_counted() -> frozenset[str]:
    """Analysed words that « combien de » asks an amount of without counting them (data file
    `not_counted`: « combien de temps »)."""
    return _all("not_counted")


def counts_nothing() -> frozenset[str]:
    """Analysed words a number before them does not count things with (data file
    `counts_nothing`: « 3 ans », « le 14 juin », « 2 millions », « deux fois »)."""
    return _all("counts_nothing")


@cache
def count_measures() -> frozenset[str]:
    """Folded words between a number and « de » + what it counts (data file `count_measures`:
    « 50 millions de repas », « 50 000 t de CO2 »)."""
    return frozenset(_written("count_measures"))


@cache
def after_bare_count() -> frozenset[str]:
    """Folded words that may follow a number whose noun is not printed after it (data file
    `after_bare_count`: « On en compte plus de 500 depuis 2006 »)."""
    return frozenset(_written("after_bare_count"))


@cache
def bound_sizes() -> frozenset[str]:
    """Folded words after « NOM de plus de N » that make N a bound on the size of what NOM
    names (data file `bound_sizes`: « les entreprises d'au moins 10 salariés »)."""
    return frozenset(_written("bound_sizes"))


def counted_kin(stem: str) -> frozenset[str]:
    """The analysed nouns that count the same things as `stem` (data file `counted_kin`),
    with it."""
    return frozenset({stem}).union(*(g for g in _tables().get("counted_kin", ()) if stem in g))


def same_attribute() -> tuple[frozenset[str], ...]:
    """Analysed words of the same meaning for what a question asks about the subject it
    names, group by group (data file `same_attribute`, tighter than `same`)."""
    return _tables().get("same_attribute", ())


def before_noun() -> frozenset[str]:
    """Folded adjectives French puts before the noun (data file `before_noun`)."""
    return _before_noun()


@cache
def share_quantifiers() -> frozenset[str]:
    """Folded words between a share and the noun it counts (data file `share_quantifiers`)."""
    return frozenset(_written("share_quantifiers"))


@cache
def gives_mark() -> frozenset[str]:
    """Lowercase verbs by which a question gives a mark to something (data file
    `gives_mark`)."""
    return frozenset(w.lower() for e in _data().get("gives_mark", ()) for w in e["words"])


@cache
def not_names() -> frozenset[str]:
    """Capitalised words of a question that name nothing (data file `not_names`), as
    written."""
    return frozenset(w for e in _data().get("not_names", ()) for w in e["words"])


def asks_figure() -> frozenset[str]:
    """Analysed words that ask for a figure without saying what it counts (data file
    `asks_figure`)."""
    return _all("asks_figure")


def not_focus() -> frozenset[str]:
    """Analysed words that ask without saying what is asked (data file `not_focus`)."""
    return _all("not_focus")


def focus(asked: str, terms: Iterable[str], idf: Mapping[str, float]) -> str:
    """The rarest of the asked terms that is a noun of `asked` and may be a focus, or ""."""
    never = _all("not_focus")
    unseen = idf.get("", 1.0)
    # « le pré-audit » is also printed « pré audit »: its parts, not the joined word, are looked for.
    joined = {
        parts[0] for word in re.findall(r"\w+(?:-\w+)+", asked) if len(parts := analyze(word)) > 1
    }
    # « au ministère (MERC) »: the name in brackets says which one; a page may write that name
    # alone (« le MERC (91 % de défiance) »), and it is pinned down as a name already.
    glossed = set(analyze(" ".join(re.findall(r"([\w-]+)\s*\([^)]*[A-Z][^)]*\)", asked))))
    left = sorted(set(terms) & nouns(asked) - never - joined - glossed)
    return max((t for t in left if not t.isdigit()), key=lambda t: idf.get(t, unseen), default="")


def holds(term: str, words: Iterable[str]) -> bool:
    """Whether `words` (analysed) hold the focus term, or a word the data file gives it."""
    words = set(words)
    if not term or term in words:
        return True
    return any(term in group and group & words for group in _tables().get("same", ()))
