"""The figure finder's shortcuts find what the plain scans they replace find: each runs a
pattern only where it can match, which holds only while the pattern and its word lists keep
the shape the shortcut relies on."""

from __future__ import annotations

import re
import unicodedata

import pytest

from assistant.checks.grammar import figure_matches
from assistant.finder import fieldwork, names
from assistant.finder.dating import sentence_years
from assistant.finder.detect import detect
from assistant.finder.vocabulary import by_first_letter, vocabulary
from assistant.text import fold, fold_lower

STATEMENTS = [
    "L'enquête a été conduite en mai et juin 2016 auprès de 302 maires. Elle a été publiée le "
    "29 novembre 2016 ; 2018 : étude IMPACT.",
    "Enquête mai-juin 2016 (données septembre 2021, 2022). Terrain : du 30 septembre au 28 "
    "octobre 2024. Publié en 2017? Oui! L'étude IMPACT-Elus locaux de novembre 2020 avait été "
    "réalisée par …",
    "Le baromètre, réalisé à la fin de l'année 2017. Menées en 2015 et 2016, depuis 2012.",
    "Aucune année ici. Ni là ; ni là 2019",
    "",
]


@pytest.mark.parametrize("text", STATEMENTS)
def test_dated_clauses_find_what_the_whole_page_finds(text: str) -> None:
    for pattern in (fieldwork._statement_re(), fieldwork._publication_re()):
        plain = [(m.span(), m.groups()) for m in pattern.finditer(text)]
        short = [(m.span(), m.groups()) for m in fieldwork._in_dated_clauses(pattern, text)]
        assert short == plain


def test_statement_words_end_no_clause() -> None:
    """`_in_dated_clauses` assumes no match holds « . ! ? ; »: nor may their words."""
    vocab = vocabulary()
    words = {*vocab.survey_nouns, *vocab.survey_verbs, *vocab.fieldwork_nouns, *vocab.data_words}
    words |= set(vocab.words("publication_verbs"))
    assert not [w for w in words if re.search(r"[.!?;]", w)]


ACRONYMS = [
    "l'allocation journalière du proche aidant (AJPA) et le Fonds (FDVA)(AB) ; (CD)",
    "a b (c (AB) d e f g h i j (GH) (IJ) un deux trois quatre cinq six sept (KL)",
    "mot (AB » fin (A1) & - ’ é (ZZ)\n(AB)",
]


@pytest.mark.parametrize("text", ACRONYMS)
def test_acronym_phrases_find_what_the_whole_page_finds(text: str) -> None:
    plain = [(m.span(), m.groupdict()) for m in names._NAME_RES[0].finditer(text)]
    assert [(m.span(), m.groupdict()) for m in names._acronym_phrases(text)] == plain


def _fold_lower(text: str) -> str:  # the definition, on the whole string at once
    text = unicodedata.normalize("NFKD", text.lower().replace("’", "'"))
    return "".join(c for c in text if not unicodedata.combining(c))


@pytest.mark.parametrize(
    "text", ["Élus d’Île-de-France", "ŒUVRES ﬁnancées", "ΟΔΟΣ ΣΑΣ", "e\u0301te\u0301", "İ ß ǅ"]
)
def test_fold_lower_character_by_character(text: str) -> None:
    assert fold_lower(text) == _fold_lower(text)


def _fold(text: str) -> str:  # the definition, on the whole string at once
    text = text.replace("œ", "oe").replace("æ", "ae").replace("Œ", "OE").replace("Æ", "AE")
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@pytest.mark.parametrize("text", ["Élus d’Île-de-France", "ŒUVRES ﬁnancées", "e\u0301te\u0301 가"])
def test_fold_character_by_character(text: str) -> None:
    assert fold(text) == _fold(text)


WORDS = ["élus locaux", "élus", "entreprises", "ent", "e", "maires", "Maires", "x-y"]


@pytest.mark.parametrize("ignore_case", [False, True])
def test_words_grouped_by_first_letter_match_as_the_plain_alternation(ignore_case: bool) -> None:
    text = "Les élus locaux, les élusx, entreprises, MAIRES, Maires et maires ; x-y, ent e."
    flags = re.I if ignore_case else 0
    plain = re.compile(rf"(?<!\w)(?:{'|'.join(map(re.escape, WORDS))})(?!\w)", flags)
    grouped = re.compile(rf"(?<!\w)(?:{by_first_letter(WORDS, ignore_case)})(?!\w)", flags)
    assert [m.span() for m in grouped.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_amounts_in_words_need_euro_printed() -> None:
    """detect tries « trois millions d'euros » only where `text.lower()` holds « euro »: every
    character the pattern's case folding takes for one of these letters lowercases to it."""
    letters = re.compile("[euro]", re.I)
    assert all(chr(c).lower() in "euro" for c in range(0x30000) if letters.fullmatch(chr(c)))
    found = detect("Un fonds de TROIS MILLIONS D'EUROS, deux milliards d’euros.")
    assert [f.value for f in found] == [3e6, 2e9]


@pytest.mark.parametrize(
    "text", ["le 3 mars 21, 03/04/21", "mars 202, 19-20, de 98 à 99", "1er janv. 123 ; 2 000"]
)
def test_dates_print_four_digits(text: str) -> None:
    """`sentence_years` reads no sentence without four digits in a row: the grammar finds no
    date, month or period there."""
    assert not [k for _, k, _ in figure_matches(text) if k in ("date", "month", "range")]
    assert sentence_years(text + " le 3 mars 2021", "") == [(len(text) + 4, "2021")]
