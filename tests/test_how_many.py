"""Rule `how_many` (issue 9, near misses): « combien de salariés … ? » refuses unless a quoted
sentence counts something (a number with its noun after it, or whose noun a sentence before
names) or gives a share of what is asked or its kin (data/focus.toml `counted_kin`):
« 3 ans », « 1,5 M€ », « le 14 juin » count nothing (assistant/answer/held.py, kinds.py)."""

from __future__ import annotations

from one_passage import answer as _answer

from assistant.answer.counting import bare_count, counted_nouns
from assistant.answer.focus import counted_kin
from assistant.text import analyze


def test_what_numbers_count():
    assert counted_nouns("Elle réunit 21 co-fondateurs, issus de mondes différents.") >= {
        "fondateur"
    }
    assert counted_nouns("Il a mené des expérimentations auprès de plus de 500 organisations.")
    assert counted_nouns("un réseau de 350 « catalyseurs territoriaux »") == {"catalyseur"}
    # spans, dates, sums, shares and thresholds count nothing
    assert not counted_nouns("Une dotation de 1,5 M€ pour une expérimentation sur 3 ans.")
    assert not counted_nouns("Elle a été créée le 14 juin 2022 sous l'égide de la Fondation.")
    assert not counted_nouns(
        "37 % des entreprises d'au moins 10 salariés réalisent des partenariats."
    )
    assert not counted_nouns("Le comité se réunit deux fois par an.")
    # a body's own size is a count; a threshold after a plural noun is not
    assert "membr" in counted_nouns("Le réseau Delta, un réseau de plus de 120 membres, agit.")
    assert "salari" in counted_nouns("L'association emploie une dizaine de salariés.")
    # a measure or an order of magnitude before « de »: what comes after is counted
    assert "rep" in counted_nouns("soit 50 millions de repas")
    assert counted_nouns("Le projet évite 50 000 t de CO2 par an.") >= set(analyze("CO2"))


def test_a_number_whose_noun_is_named_before():
    assert bare_count("On en compte plus de 500 depuis 2006.")
    assert bare_count("Au total, elles sont 302.")
    assert bare_count("Ces derniers devraient être 350 à terme.")
    assert not bare_count("Le projet évite 50 000 t de CO2 par an.")  # « CO2 » counts nothing
    assert not bare_count("Budget total : 1,638M€")


def test_kin_from_the_data_file():
    assert set(analyze("organisations")) <= counted_kin(analyze("structures")[0])
    assert counted_kin("zzz") == {"zzz"}


def test_refuses_a_count_of_something_else():
    text = (
        "Le réseau Delta a été fondé le 14 juin 2015 par des entreprises de la région. "
        "Il dispose d'un budget de 2 M€ sur 3 ans pour ses salariés."
    )
    question = "Combien de salariés emploie le réseau Delta ?"
    assert _answer(question, text).startswith("Je n'ai pas trouvé")
    assert not _answer(question, text, how_many=False, focus=False).startswith("Je n'ai pas trouvé")


def test_answers_a_count_of_a_kin_noun_or_a_share():
    text = "Le réseau Delta a mené des expérimentations auprès de plus de 500 organisations."
    assert "500" in _answer("Le réseau Delta a travaillé avec combien de structures ?", text)
    share = "Dans l'enquête Delta, les maires sont 92 % à exprimer un besoin d'alliance."
    assert "92 %" in _answer("Combien de maires expriment un besoin d'alliance ?", share)
    # a share whose noun the sentence before gives
    pair = "L'enquête Delta a interrogé les maires. Près de la moitié, 46 %, ne savent pas piloter les alliances."
    assert "46 %" in _answer("Combien de maires ne savent pas piloter les alliances ?", pair)


def test_a_share_of_another_population_counts_nothing_asked():
    """Session 37: a share counts the noun printed after it (« 37 % des entreprises d'au moins
    10 salariés » counts companies, « 53 % parmi les associations » associations), not the
    employees a question asks for, even when a quoted sentence says « salariés »."""
    text = (
        "Le réseau Delta a publié une note en 2016. À cette date, 37 % des entreprises d'au "
        "moins 10 salariés avaient un partenariat, et 53 % parmi les associations employeuses."
    )
    question = "Combien de salariés travaillent au réseau Delta ?"
    assert _answer(question, text, focus=False).startswith("Je n'ai pas trouvé")
    assert "37 %" in _answer(question, text, how_many=False, focus=False)
    share = "Enfin, 40 % des salariés du réseau Delta travaillent à temps partiel."
    assert "40 %" in _answer("Combien de salariés du réseau Delta sont à temps partiel ?", share)


def test_a_countrys_people_and_its_citizens_are_kin():
    """Session 37: « combien de Français … ? » is answered by a share of « Citoyens » (a table
    row) or of « habitants » (data/focus.toml `counted_kin`)."""
    assert set(analyze("citoyens habitants")) <= counted_kin(analyze("Français")[0])
    row = (
        "Tableau 2 — Citoyens : Indicateur 2008 2012 ; Jugent urgent de créer des partenariats "
        "86 % 84 %"
    )
    question = "Combien de Français jugeaient urgent de créer des partenariats en 2008 ?"
    assert "86 %" in _answer(question, row, focus=False)


def test_a_size_class_counts_nothing():
    # an open or a closed size class bounds who is counted: it is no count of employees
    assert not counted_nouns("Côté entreprises, la mesure porte sur celles de 10 salariés et plus.")
    assert not counted_nouns("Elle vise les entreprises de 10 à 49 salariés.")
    assert not counted_nouns("Les communes de 2 000 habitants ou plus ont répondu.")
    # two counts joined by « et plus de » stay counts
    assert {"salari", "benevol"} <= counted_nouns(
        "Un réseau de 350 salariés et plus de 1 000 bénévoles."
    )
    assert {"salari", "benevol"} <= counted_nouns("Une association de 12 salariés et 40 bénévoles.")
    # a change of size or a rough count is a count
    assert "salari" in counted_nouns("L'association est passée de 10 à 49 salariés en cinq ans.")
    assert "benevol" in counted_nouns("Chaque année, de 300 à 400 bénévoles se mobilisent.")
