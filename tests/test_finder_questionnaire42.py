"""Session 42: a questionnaire's answers. A tick box (« ☐ ») and its answer code open a list
item, no figure; the survey question above the answers says what their shares measure (a
title's short rhetorical question does not); a class opening a table's row or an answer
(« Moins de 5 000 habitants 62 % ») bounds who is counted and is no figure of its own (rule
`class_label`), while « Plus de 3 000 personnes ont répondu » counts. Every example is
invented; the positive tests fail without the change."""

from __future__ import annotations

from finder_page import FinderPage

from assistant.finder.detect import detect
from assistant.line_forms import item_marker
from assistant.types import DocInfo

DOC = DocInfo(source="questionnaire.pdf", title="Questionnaire annoté", kind="autre", date="2023")

QUESTIONNAIRE = (
    "Base : ensemble des habitants interrogés.\n"
    "Q4 Fréquentez-vous les jardins partagés de votre quartier ?\n"
    "☐ 1 Oui, chaque semaine 27 %\n"
    "☐ 2 Oui, de temps en temps 41 %\n"
    "☐ 9 Jamais 32 %\n"
)


def test_a_tick_box_and_its_code_open_an_answer():
    assert item_marker("☐ 2 Oui, de temps en temps 41 %") == len("☐ 2 ")
    assert item_marker("☐ Oui") == len("☐ ")
    assert item_marker("• 3 associations sur 4") == len("• ")  # a count, no answer code


def test_an_answer_code_is_no_figure():
    assert [r.text for r in FinderPage(DOC).rows(QUESTIONNAIRE)] == ["27 %", "41 %", "32 %"]


def test_the_survey_question_says_what_its_answers_measure():
    page = FinderPage(DOC)
    for printed, answer in (("27 %", "chaque semaine"), ("41 %", "de temps en temps")):
        measure = page.one(QUESTIONNAIRE, printed).measure
        assert answer in measure and "jardins partagés" in measure, measure
        assert measure.count(answer) == 1, measure  # the answer is not read twice


def test_a_titles_rhetorical_question_is_no_lead():
    text = "Des jardins pour qui ?\n☐ 1 Oui, chaque semaine 27 %\n☐ 2 Jamais 73 %\n"
    assert "jardins pour qui" not in FinderPage(DOC).one(text, "27 %").measure


def test_a_class_opening_a_row_is_no_figure():
    for line, shares in (
        ("Moins de 5 000 habitants 62 %", ["62 %"]),
        ("De 5 000 habitants ou plus 38 %", ["38 %"]),
        ("☐ 2 Plus de 50 salariés 12 %", ["12 %"]),
    ):
        assert [f.text for f in detect(line)] == shares, line


def test_a_count_opening_a_sentence_still_counts():
    assert [f.text for f in detect("Plus de 3 000 personnes ont répondu au questionnaire.")] == [
        "3 000"
    ]
