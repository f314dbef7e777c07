"""A « quand » question wants a date the question does not itself give (rule `when`)."""

from assistant.answer.kinds import answer_kind_fits, kind_bonus
from assistant.settings import GenerationSettings

CONF = GenerationSettings()


def bonus(sentence: str, known: frozenset[str] = frozenset()) -> float:
    return sum(step for step, _ in kind_bonus("when", sentence, "", CONF, known=known))


def test_dates_written_as_numbers_or_as_a_span_of_months():
    # more than the year the question gives (« la fondation de 2022, créée quel jour ? »)
    assert answer_kind_fits("when", "Création : 14/06/2022.", frozenset({"2022"}))
    assert answer_kind_fits("when", "Création : 14.06.2022.", frozenset({"2022"}))
    opened = "Le questionnaire a été ouvert de mars à octobre 2023."
    assert answer_kind_fits("when", opened, frozenset({"2023"}))
    assert not answer_kind_fits("when", "Le rapport 2023 est paru.", frozenset({"2023"}))
    assert not answer_kind_fits("when", "Il réunit 11 territoires pour 18 mois.")


def test_a_year_the_question_gives_is_no_answer():
    known = frozenset({"enquete", "2023"})
    # « l'enquête de 2023, elle a été ouverte quand ? »: the year alone answers nothing
    assert bonus("Les résultats de l'enquête 2023 sont en ligne.", known) < 0
    assert bonus("L'enquête a été ouverte de mars à octobre 2023.", known) > 0
    assert bonus("Les résultats de l'enquête 2023 sont en ligne.") > 0
