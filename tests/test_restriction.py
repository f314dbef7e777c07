"""Rule `restriction` (issue 9, near misses): a figure question restricted to a place (« les
associations bretonnes », « en Argentine ») or a segment (« sans salarié », « en milieu rural »)
refuses unless a quoted sentence giving a figure names it, or its publication's title or section
does: a survey that never broke its figures out by region answers nothing about Brittany
(assistant/reading/restrictions.py, answer/held.py, data/restrictions.toml)."""

from __future__ import annotations

import pytest
from one_passage import REFUSAL
from one_passage import answer as _answer

from assistant.reading.restrictions import asked_restrictions, names_restriction


@pytest.mark.parametrize(
    ("question", "count"),
    [
        ("Quelle part des associations bretonnes a un partenaire ?", 1),
        ("ds la region normandie cb d assos ont un partenariat ?", 1),
        ("Combien de tonnes en Argentine en 2018 ?", 1),
        ("Quelle part des partenariats se noue à l'échelle européenne ?", 1),
        ("Combien de clubs dans les Hauts de France ?", 1),  # a space for the hyphen
        ("Combien de clubs en Bretagne et en Normandie ?", 2),
        ("Combien de salariés en Grande-Bretagne ?", 1),  # not the Bretagne
        ("Quel budget pour la région PACA ?", 1),
        ("Quel est l'impact du pacte ?", 0),  # « PACA » is read as written
        ("Combien d'associations en France ?", 0),  # the whole scope, not a restriction
        ("Combien d'enfants au centre de loisirs ?", 0),  # « centre » alone is no region
        ("Quelle part des associations sans aucun salarié a un partenaire ?", 1),
        ("Combien de fondations agissent surtout en milieu rural ?", 1),
        ("Quelle part des dirigeants de grandes entreprises juge utile de coopérer ?", 1),
        ("Quelle part des dirigeants de PME juge utile de coopérer ?", 1),
        ("les patrons de pme ils pensent quoi ?", 0),  # an acronym typed in lowercase
        ("Quelle part des associations employeuses a un partenaire ?", 0),
    ],
)
def test_the_places_a_question_names(question, count):
    assert len(asked_restrictions(question)) == count


def test_a_text_names_a_place_by_its_name_or_adjective():
    (brittany,) = asked_restrictions("en Bretagne")
    assert names_restriction("62 % des clubs bretons ont un partenaire.", brittany)
    assert names_restriction("En Bretagne, 62 % des clubs ont un partenaire.", brittany)
    assert names_restriction("Les associations bretonnes : 62 %", brittany)
    assert not names_restriction("En Grande-Bretagne, 62 % des clubs ont un partenaire.", brittany)
    assert not names_restriction("62 % des clubs ont un partenaire.", brittany)


NATIONAL = (
    "Dans l'enquête nationale Delta, 62 % des clubs ont un partenaire local. "
    "Les clubs interrogés viennent de toutes les régions."
)


def test_a_national_figure_does_not_answer_for_a_region():
    question = "Quelle part des clubs bretons a un partenaire local ?"
    assert _answer(question, NATIONAL).startswith(REFUSAL)
    assert "62 %" in _answer(question, NATIONAL, restriction=False)


def test_the_figure_of_the_place_answers():
    text = "En Bretagne, 48 % des clubs ont un partenaire local, contre 62 % dans le pays."
    assert "48 %" in _answer("Quelle part des clubs bretons a un partenaire local ?", text)


def test_a_regional_publication_names_its_place_in_its_title():
    question = "Quelle part des clubs bretons a un partenaire local ?"
    answer = _answer(question, NATIONAL, title="Les clubs sportifs en Bretagne")
    assert "62 %" in answer


def test_another_country_is_not_the_one_asked():
    text = "En Colombie, le groupe a donné environ 1 900 tonnes de marchandises en 2018."
    question = "Combien de tonnes de marchandises le groupe a-t-il données en Argentine en 2018 ?"
    # « Argentine » is a name the passage lacks: without the name rules, only `restriction` refuses
    names = {"near_miss": False, "absent_name": False}
    assert _answer(question, text, **names).startswith(REFUSAL)
    assert "1 900 tonnes" in _answer(question, text, restriction=False, **names)


def test_a_question_without_a_figure_is_not_checked():
    text = "Le rapport consacré à la vie associative a été publié le 26 novembre 2020."
    question = "Quand est sorti le rapport sur la vie associative en Normandie ?"
    assert "26 novembre 2020" in _answer(question, text, near_miss=False, absent_name=False)


def test_the_share_of_all_associations_says_nothing_of_those_without_staff():
    text = "Parmi les associations qui emploient au moins un salarié, 98 % ont un partenaire."
    question = "Quelle proportion des associations sans salarié ont au moins un partenaire ?"
    assert _answer(question, text).startswith(REFUSAL)
    assert "98 %" in _answer(question, text, restriction=False)
    said = "Parmi les associations sans salarié, 31 % ont un partenaire."
    assert "31 %" in _answer(question, said)


def test_a_sentence_pointing_back_at_the_place_answers():
    text = "La Bretagne est une terre de sport. La région compte 5 400 clubs."
    assert "5 400" in _answer("Combien de clubs en Bretagne ?", text)


def test_an_everyday_word_is_no_place():
    text = "Lors de l'assemblée générale annuelle, 85 bénévoles étaient présents."
    question = "Combien de bénévoles étaient présents à la réunion annuelle ?"
    assert asked_restrictions(question) == ()
    assert asked_restrictions("Combien de clubs à La Réunion ?")
    assert asked_restrictions("un café corsé") == ()
    assert "85" in _answer(question, text, near_miss=False, absent_name=False, focus=False)


def test_an_old_region_is_not_its_neighbour():
    # « alsaciennes » asks the Alsace (and the Grand Est it belongs to): Lorraine is not it
    text = "En Lorraine, 15 % des associations ont un partenaire."
    question = "Quelle part des associations alsaciennes a un partenaire ?"
    assert _answer(question, text).startswith(REFUSAL)
    # « Grand Est » is also a name the passage lacks: without the name rules, `restriction` holds
    names = {"near_miss": False, "absent_name": False}
    grand_est = "Quelle part des associations du Grand Est a un partenaire ?"
    assert "15 %" in _answer(grand_est, text, **names)
