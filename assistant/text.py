"""French text helpers, one of each: accent folding, years, months, the lexical analyser
(stems, stop words, canonical numbers). How a page's lines make sentences, list items and
table rows is in `layout`."""

from __future__ import annotations

import functools
import re
import threading
import unicodedata

import Stemmer

from .datafiles import read_data

# A year of the twentieth or twenty-first century, as printed: the one pattern every stage reads.
YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
# « La France en compte 148 000 », « La note en recense 19 », « Elles sont 148 000 en France »,
# « Ils sont 302 à avoir répondu », « On en compte plus de 500 »: the words before a number that
# counts what a pronoun stands for (the figure finder's and the answerer's).
COUNTED_BY_VERB = re.compile(
    r"(?:\ben\s+(?:compte|recense|dénombre|totalise)(?:nt|ait|aient)?"
    r"|\b(?:ils|elles)\s+(?:sont|étaient))\s+(?:plus de\s+|près de\s+|environ\s+|au moins\s+)?$",
    re.I,
)


def _fold_lower(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.lower().replace("’", "'"))
    return "".join(c for c in text if not unicodedata.combining(c))


class _Folded(dict[int, str]):
    """`_fold_lower` of each character, computed once per character."""

    def __missing__(self, code: int) -> str:
        self[code] = out = _fold_lower(chr(code))
        return out


_FOLDED = _Folded()


def fold_lower(text: str) -> str:
    """Lowercase without accents, apostrophes unified: for matching patterns only."""
    if "Σ" in text:  # the one letter whose lowercase depends on the next one (final sigma)
        return _fold_lower(text)
    # Character by character, at `str.translate` speed: lowering, NFKD and dropping combining
    # marks act on each character alone (marks are reordered only among themselves).
    return text.translate(_FOLDED)


class _InPlace(dict[int, str]):
    """`fold_lower` of each character kept to one character, computed once per character: a
    whole page then folds at `str.translate` speed."""

    def __missing__(self, code: int) -> str:
        c = chr(code)
        f = _fold_lower(c)
        self[code] = out = f if len(f) == 1 else c.lower()[:1] or c
        return out


_IN_PLACE = _InPlace()


# An acronym written with a dot after each capital, three capitals at least (« R.E.S.O. »,
# « A.B.C »), not a person's initials (« J.P. Martin »).
_DOTTED_ACRONYM = re.compile(r"(?<![\w.])(?:[A-ZÀ-Ö]\.){2,}[A-ZÀ-Ö]\.?(?!\w)")


def undotted(text: str) -> str:
    """The text with its acronyms written with dots written without (« R.E.S.O. » →
    « RESO »): one word, as a page or a question writing it either way reads it."""
    return _DOTTED_ACRONYM.sub(lambda m: m.group(0).replace(".", ""), text)


def folded_words(text: str) -> list[str]:
    """Folded words and numbers of a text ("JURIS\nAssociations" → ["juris", "associations"]);
    an acronym written with dots is one word (« R.E.S.O. » → ["reso"])."""
    return re.findall(r"[a-z0-9]+", fold_lower(undotted(text)))


def fold_in_place(text: str) -> str:
    """`fold_lower`, character by character, so that offsets found in it cut the original text
    ("…" and "ﬁ" would otherwise grow into several characters)."""
    return text.translate(_IN_PLACE)


# Bump whenever analyze() changes: a saved index with another version is rebuilt.
ANALYZER_VERSION = (
    # fr-2: word families (data/families.toml); fr-3: stems of unaccented words; fr-4: the
    # family of « piloter »
    "fr-4"
)

_STOP_WORDS = """
a à ai as au aux avec avoir avons avez avait avaient ayant eu aura auront aurait ont
le la les l un une des de du d et ou où en dans pour par sur sous sans chez entre vers
depuis pendant avant après selon contre parmi lors dès jusqu jusque lorsqu lorsque
puisqu puisque quoiqu parce afin comme ainsi alors donc mais car or ni si aussi
ce cet cette ces ceci cela ça celui celle ceux celles c ci là
qui que qu quoi dont quel quelle quels quelles lequel laquelle lesquels lesquelles
combien comment pourquoi quand
est sont été être étaient était étant es suis sommes êtes sera seront serait seraient
soit soient fut fait faire peut peuvent
il elle ils elles on nous vous je j tu me m te t se s moi toi lui eux y
sa son ses mon ma mes ton ta tes notre nos votre vos leur leurs
ne n pas plus moins très trop peu tout tous toute toutes même mêmes autre autres
tel telle tels telles également encore déjà bien ici etc aujourd hui
peut-être c-à-d est-à-dire au-delà vis-à-vis
"""

# Pronouns and particles of inverted questions ("existe-t-il", "est-ce") are split, never joined.
_CLITICS = {"t", "il", "ils", "elle", "elles", "on", "je", "tu", "nous", "vous", "ce", "ci", "là"}
_CLITICS |= {"y", "en", "le", "la", "les", "moi", "toi", "lui", "leur"}

_APOS = "'’ʼ‘`´"
_HYPHENS = "-‐"  # NFKC maps the non-breaking hyphen U+2011 to U+2010
_ELISION = re.compile(rf"(?<!\w)(?:jusqu|lorsqu|puisqu|quoiqu|qu|[ldnsjmtc])[{_APOS}]")
_ACRONYM = re.compile(r"(?<!\w)(?:[^\W\d_]\.){2,}[^\W\d_]?(?!\w)")
_MONEY = re.compile(r"(\d)\s*(mds?|mrds?|m)\s*€")
_TOKEN = re.compile(
    r"(?P<ord>\d+)(?:ère|eme|ème|er|re|nde|nd|e)(?![\w])"
    r"|(?P<num>\d{1,3}(?:[ .]\d{3})+(?:,\d+)?(?!\d)|\d+(?:[.,]\d+)?)"
    r"(?P<pct>\s*(?:%|pour[\s-]?cents?(?!\w)|p\.\s?cent(?!\w)))?"
    rf"|(?P<word>[^\W\d_]+(?:[{_HYPHENS}][^\W\d_]+)*)"
    r"|(?P<euro>€)"
)
_FRENCH_THOUSANDS = re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?")


def _fold(text: str) -> str:
    text = text.replace("œ", "oe").replace("æ", "ae").replace("Œ", "OE").replace("Æ", "AE")
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


class _Unaccented(dict[int, str]):
    """`_fold` of each character, computed once per character."""

    def __missing__(self, code: int) -> str:
        self[code] = out = _fold(chr(code))
        return out


_UNACCENTED = _Unaccented()


def fold(text: str) -> str:
    """Remove accents and expand ligatures (é→e, œ→oe, æ→ae, ç→c)."""
    if text.isascii():
        return text
    # Character by character (NFD and dropping combining marks act on each one alone).
    return text.translate(_UNACCENTED)


STOP_WORDS = frozenset(fold(w) for w in _STOP_WORDS.split())

_local = threading.local()  # a PyStemmer object must not be shared between threads


def _stem(word: str) -> str:
    stem = _snowball(word)
    return _families().get(stem, stem)


@functools.cache
def _families() -> dict[str, str]:
    """Stem → the token of its word family (`data/families.toml`): the stems of one family's
    words all map to the first one's (the data file leaves out words whose stem is another
    word's too: « fondé » has the stem of « fonds »)."""
    data = read_data("families.toml")
    out: dict[str, str] = {}
    for family in data.get("family", []):
        stems = [_snowball(unicodedata.normalize("NFKC", w).lower()) for w in family["words"]]
        out.update((s, stems[0]) for s in stems[1:] if s != stems[0])
    return out


# Snowball strips some suffixes only when they carry their accent (« sécurité » → « secur »,
# « securite » → « securit »): a word typed without accents gets them back on these suffixes,
# so that a question written without accents meets the text.
_SUFFIX_ACCENTS = (
    (re.compile(r"ite(s?)$"), r"ité\1"),  # securite, collectivites, universite
    (re.compile(r"ee(s?)$"), r"ée\1"),  # creee, fondees, journee
    (re.compile(r"iere(s?)$"), r"ière\1"),  # premiere, filieres, maniere
)


def _snowball(word: str) -> str:
    stemmer = getattr(_local, "stemmer", None)
    if stemmer is None:
        stemmer = _local.stemmer = Stemmer.Stemmer("french")
    if word.isascii():
        for pattern, accented in _SUFFIX_ACCENTS:
            word = pattern.sub(accented, word)
    stem = stemmer.stemWord(word)
    # Snowball leaves some plurals untouched ("élus", "euros", "enjeux"): drop their mark.
    # It maps "heureuse(s)" to "heureux", so every stem in "-eux" loses its x alike.
    if stem.endswith("eux"):
        stem = stem[:-1]
    elif stem == word and len(word) >= 4 and word[-1] == "s" and not word.endswith("ss"):
        stem = word[:-1]
    return fold(stem)


def canonical_number(text: str) -> str:
    """One form per number: no thousands separator, decimal comma, no trailing zero."""
    text = text.replace(" ", "")
    if _FRENCH_THOUSANDS.fullmatch(text):  # "1.000" is a thousand in French
        text = text.replace(".", "")
    whole, _, frac = text.replace(".", ",").partition(",")
    frac = frac.rstrip("0")
    return f"{whole},{frac}" if frac else whole


@functools.lru_cache(maxsize=200_000)  # a corpus repeats its words: analyse each once
def _word_tokens(word: str) -> tuple[str, ...]:
    if len(word) < 2 or fold(word) in STOP_WORDS:
        return ()
    parts = re.split(f"[{_HYPHENS}]", word)
    if len(parts) == 1:
        return (_stem(word),)
    content = [p for p in parts if p not in _CLITICS]
    if len(content) < 2:
        return tuple(t for p in content for t in _word_tokens(p))
    # "co-construction" → "coconstruct" (matches "coconstruction") + "construct"
    joined = _stem("".join(content))
    return (joined, *(_stem(p) for p in content if len(p) > 2 and fold(p) not in STOP_WORDS))


def analyze(text: str) -> list[str]:
    """Tokens of a French text: stemmed, accent-folded words without stop words; canonical figures."""
    text = unicodedata.normalize("NFKC", text).lower()
    text = _ELISION.sub(" ", text)
    text = _ACRONYM.sub(lambda m: m.group(0).replace(".", ""), text)
    text = _MONEY.sub(
        lambda m: f"{m.group(1)} {'million' if m.group(2) == 'm' else 'milliard'} €", text
    )
    tokens: list[str] = []
    for m in _TOKEN.finditer(text):
        if m.group("ord"):
            tokens.append(m.group("ord") + "e")
        elif m.group("num"):
            tokens.append(canonical_number(m.group("num")) + ("%" if m.group("pct") else ""))
        elif m.group("word"):
            tokens.extend(_word_tokens(m.group("word")))
        else:
            tokens.append("euro")
    return tokens


# The spaces printed in and around figures: space, no-break space, narrow no-break space, thin
# space (« 1 500 », « 81 % »).
FIGURE_SPACES = " \u00a0\u202f\u2009"

MONTHS = "janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre"
SEASONS = "printemps|été|automne|hiver"  # « automne 2023 » dates as a month does

# « Édition 2018 », « Publiée en mars 2017 », « Parution : 2021 », « paru le 3 mai 2020 »: when
# a document says it came out.
EDITION = re.compile(
    r"\b(?:[ée]dition|publi[ée]e?s?|parue?s?|parution|mise à jour)\b\s*(?::|le|en|de)?\s*"
    r"(?:(?:1er|[0-3]?\d)\s+)?(?:(?:" + MONTHS + r")\s+)?(?P<year>(?:19|20)\d{2})\b",
    re.I,
)
