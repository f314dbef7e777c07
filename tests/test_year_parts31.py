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


def test_a_part_asked_of_another_thing_keeps_its_own_kind():
    """« Pour quelle raison ? », « En quoi … ? », « qu'en pensent … ? » ask something else."""
    kinds = [
        p.kind for p in lacking(Query("Quand le fonds a-t-il été créé ? Pour quelle raison ?"), [])
    ]
    assert kinds == ["when", "other"]  # the reason part asks no date
    assert len(question_parts("Qui finance le fonds, et qu'en pensent les élus ?")) == 1
    again = lacking(Query("Combien de bénévoles en 2019 ? Et en 2020 ?"), [])
    assert [p.kind for p in again] == ["figure", "figure"]


def test_a_year_in_brackets_dates_its_figure():
    query = Query("Quelle part des communes avait un partenaire en 2018, et en 2022 ?")
    assert lacking(query, [unit("Communes partenaires : 35 % (2018), 52 % (2022).")]) == []


def test_one_figure_does_not_answer_two_years():
    query = Query("Combien de bénévoles comptait le programme en 2019, et en 2022 ?")
    both = unit("Lancé en 2019 et renouvelé en 2022, le programme compte 45 bénévoles.")
    assert len(lacking(query, [both])) == 2  # whose year is the 45 ? neither part is given
    compared = unit("Il compte 52 bénévoles, soit 7 de plus par rapport à 2019.")
    assert [sorted(p.years) for p in lacking(query, [compared])] == [["2019"], ["2022"]]


def test_a_where_part_wants_a_place():
    query = Query("Quand et où la charte a-t-elle été présentée ?")
    dated = unit("La charte a été présentée le 30 novembre 2021.")
    assert [p.kind for p in lacking(query, [dated])] == ["where"]
    placed = unit("La soirée de présentation de la charte s'est tenue à Saint-Maurice.", 1)
    assert lacking(query, [dated, placed]) == []


def test_lines_that_only_look_like_figures_are_no_units():
    text = (
        "Le programme se déroule sur trois jours dans la ville de Lyon, avec des ateliers.\n"
        "12 rue des Lilas, 69003 Lyon\n"
        "Du 3 au 5 juin\n"
        "9 h 30 accueil\n"
        "2.1 Les 12 territoires pilotes\n"
        "Région\t1,5 M€\t3 ans\n"
        "Au total, 145 partenaires ont rejoint le programme depuis son lancement en 2019.\n"
        "45 partenaires\n"
    )
    texts = [u.text for u in units(text, True, "")]
    for line in ("12 rue", "Du 3 au 5", "9 h 30", "2.1 Les", "Région"):
        # (together they are a run of short lines, read as one: `short_runs`)
        assert not any(t.startswith(line) and t.endswith(".") for t in texts), line
    assert "45 partenaires." in texts  # not the end of « 145 partenaires »


def test_a_caption_whose_quotation_is_not_closed_is_read_one_line_each():
    from assistant.key_figures import key_figures

    text = (
        "Trois publics\n40 %\n55 %\n70 %\n"
        "des habitants parlent d'une « envie d'agir”\n"
        "des commerçants parlent d'un « besoin de lien »\n"
        "des bénévoles parlent d'un « devoir »\n"
        "Ces publics ont été interrogés au même moment.\n"
    )
    read = [words for _, _, words in key_figures(text)]
    assert read[0] == "40 % des habitants parlent d'une « envie d'agir”"
    assert read[1] == "55 % des commerçants parlent d'un « besoin de lien »"
    assert read[2] == "70 % des bénévoles parlent d'un « devoir »"


def test_a_place_is_a_name_after_a_preposition_not_any_capital():
    from assistant.answer.kinds import answer_kind_fits

    for sentence in (
        "La mise en place de la charte a pris trois mois.",
        "Le comité s'est réuni en Mai et en Assemblée générale.",
        "Le texte a été validé au Conseil d'administration.",
        "Il est disponible en PDF.",
        "La campagne a réuni 12500 participants.",
    ):
        assert not answer_kind_fits("where", sentence), sentence
    for sentence in (
        "La soirée s'est tenue à Saint-Maurice.",
        "À Nantes, le projet a réuni 40 associations.",
        "Le siège est au 12 rue des Lilas.",
    ):
        assert answer_kind_fits("where", sentence), sentence


def test_where_is_asked_by_où_not_by_or_nor_by_a_relative():
    from assistant.reading.question import asks_where

    assert asks_where("Quand et où la charte a-t-elle été signée ?")
    assert asks_where("elle est basée ou ?")
    for question in (
        "Ou bien le projet a-t-il été annulé ?",
        "Où en est le projet aujourd'hui ?",
        "Là où il y a des besoins ?",
        "Les chiffres viennent d'où ?",
        "La charte ou la loi ?",
    ):
        assert not asks_where(question), question


def test_a_bare_where_part_takes_the_words_of_the_part_before():
    query = Query("Quand la charte a-t-elle été signée, et où ?")
    signed = unit("La charte a été signée le 3 mars 2021.")
    elsewhere = unit("Le taux d'adhésion atteint 40 % en Bretagne.", 1)
    assert [p.kind for p in lacking(query, [signed, elsewhere])] == ["where"]
    placed = unit("La charte a été signée à Rennes.", 2)
    assert lacking(query, [signed, placed]) == []


def test_a_short_line_inside_a_longer_number_is_still_new():
    text = (
        "Au total, 1 500 bénévoles ont rejoint le programme depuis son lancement en 2019.\n"
        "500 bénévoles\n"
    )
    assert "500 bénévoles." in [u.text for u in units(text, True, "")]
