"""A question in several parts gets each part from the passages it quotes (rule `parts_first`),
and a date the question gives is no answer to its « quand »."""

from __future__ import annotations

from assistant.answer.asked import question_words
from assistant.answer.candidate import Candidate
from assistant.answer.kinds import answer_kind_fits
from assistant.answer.lacking import fill_parts, lacking
from assistant.reading.query import Query
from assistant.text import analyze

QUESTION = "Pour l'enquête de 2024 auprès des maires : combien de maires, à quelles dates et par quel moyen ?"


def unit(text: str, score: float, hit: int = 0, position: int = 0) -> Candidate:
    return Candidate(hit, text, score, frozenset(analyze(text)), position=position)


BEST = unit("Maires (2024) : 91 % voient leur territoire en mouvement ; 302 maires", 1.5, hit=1)
PHONE = unit("302 maires interrogés par téléphone.", 1.45, position=4)
DETAIL = unit(
    "Détail des 91 % : 35 % jugent leur territoire fortement en mouvement.", 1.35, position=2
)
DATES = unit("Terrain : du 30 septembre au 28 octobre 2024.", 1.3, position=6)
ELSEWHERE = unit("Terrain : du 2 au 20 mars 2021, auprès des maires ruraux.", 1.3, hit=3)


def test_a_date_the_question_gives_is_no_answer_to_when():
    known = question_words(QUESTION)
    assert not answer_kind_fits("when", "Maires (2024) : 91 % voient leur territoire", known)
    assert answer_kind_fits("when", "Terrain : du 30 septembre au 28 octobre 2024.", known)


def kinds_lacking(units: list[Candidate]) -> list[str]:
    return [part.kind for part in lacking(Query(QUESTION), units)]


def test_a_when_part_is_given_by_a_date_without_the_word_date():
    assert "when" not in kinds_lacking([BEST, PHONE, DATES])
    assert "when" in kinds_lacking([BEST, PHONE])  # « (2024) » is the question's own year


def test_the_part_still_lacking_takes_the_place_of_a_runner_up_that_gives_none():
    quoted = [BEST, PHONE, DETAIL]
    filled = fill_parts(quoted, 1, [BEST, PHONE, DETAIL, DATES], Query(QUESTION), 1.0)
    assert filled == [BEST, PHONE, DATES]


def test_a_part_is_taken_only_from_a_passage_already_quoted():
    quoted = [BEST, PHONE, DETAIL]
    assert fill_parts(quoted, 1, [BEST, PHONE, DETAIL, ELSEWHERE], Query(QUESTION), 1.0) is None


def test_a_unit_under_the_runners_up_floor_fills_nothing():
    quoted = [BEST, PHONE, DETAIL]
    assert fill_parts(quoted, 1, [BEST, PHONE, DETAIL, DATES], Query(QUESTION), 1.4) is None


def test_a_question_in_one_part_is_left_alone():
    one = Query("Combien de maires ont répondu à l'enquête de 2024 ?")
    assert fill_parts([BEST, PHONE, DETAIL], 1, [DATES], one, 0.0) is None
