"""A question asking the same thing of two years (« … en 2009, et en 2013 ? ») or again of
another group (« …, et qu'en était-il pour … ? ») is in two parts, each answered by a unit
dated to its own year; and a short line that states a figure is a unit of its own."""

from __future__ import annotations

from assistant.answer.candidate import Candidate
from assistant.answer.lacking import lacking
from assistant.answer.units import units
from assistant.reading.parts import question_parts
from assistant.reading.query import Query
from assistant.text import analyze

# Invented examples throughout.
TWO_YEARS = "Quelle part des habitants jugeaient utile de coopérer en 2009, et en 2013 ?"


def unit(text: str, position: int = 0) -> Candidate:
    return Candidate(0, text, 1.0, frozenset(analyze(text)), position=position)


def test_a_question_asked_again_of_another_year_is_in_two_parts():
    assert question_parts(TWO_YEARS) == (
        "Quelle part des habitants jugeaient utile de coopérer en 2009",
        "en 2013 ?",
    )
    assert len(question_parts("Quelle part des habitants en 2009, puis en 2013 ?")) == 2
    again = "En 2013, quelle part des habitants jugeaient utile de coopérer, et qu'en était-il en 2009 ?"
    assert question_parts(again)[1] == "qu'en était-il en 2009 ?"
    group = "Quelle part des petites communes a un projet, et qu'en était-il pour les grandes ?"
    assert len(question_parts(group)) == 2


def test_years_that_open_the_question_leave_it_in_one_part():
    assert len(question_parts("en 2009 et en 2013 cb d'habitants jugeaient utile de coopérer")) == 1
    assert len(question_parts("Qu'en est-il du budget ?")) == 1


def test_each_year_part_wants_a_figure_dated_to_its_year():
    first = unit("En 2009, 71 % des habitants jugeaient utile de coopérer.", 0)
    second = unit("En 2013, ils étaient 68 % à le penser.", 1)
    query = Query(TWO_YEARS)
    assert [p.kind for p in lacking(query, [first])] == ["figure"]  # the 2013 part, asked again
    assert list(lacking(query, [first])[0].years) == ["2013"]
    assert lacking(query, [first, second]) == []
    # a figure of another year gives neither part
    other = unit("En 2011, 70 % des habitants jugeaient utile de coopérer.", 2)
    assert len(lacking(query, [other])) == 2


def test_the_year_of_a_part_may_stand_in_the_sentence_before_its_figure():
    query = Query(TWO_YEARS)
    said = unit("En 2013, la question a été posée de nouveau.", 1)
    figure = unit("Le niveau reste élevé, à 68 %.", 2)
    part = lacking(query, [unit("En 2009, 71 % des habitants jugeaient utile de coopérer.")])[0]
    assert part.filled_by(figure, said)
    assert not part.filled_by(figure)


def test_a_short_line_stating_a_figure_is_a_unit():
    text = (
        "Une conviction partagée\n"
        "Coopérer est utile\n"
        "2009 : 71 % des habitants\n"
        "2013 : 68 % des habitants\n"
        "Ce qu'en disent les élus :\n"
        "55 % des élus\n"
        "Les associations, premier partenaire des communes de notre enquête\n"
    )
    texts = [u.text for u in units(text, True, "")]
    assert any(t.startswith("2013 : 68 % des habitants") for t in texts)
    assert "55 % des élus." in texts
    # a label alone is still no unit, nor a numbered heading
    assert not any(t.rstrip(".") == "Une conviction partagée" for t in texts)
    headed = "4. Le Fonds du Littoral 2030\nCréé en 2020, ce fonds finance une expérimentation de trois ans.\n"
    assert not any(t.startswith("4. Le Fonds") for t in (u.text for u in units(headed, True, "")))
    footer = "Le fonds finance une expérimentation de trois ans.\nCahier n° 3 · Observatoire 41\nPage 3 sur 12\n"
    assert [u.text for u in units(footer, True, "")] == [
        "Le fonds finance une expérimentation de trois ans."
    ]
