"""The heading a sentence or a table row stands under is its section's: the first line of a
paragraph whose sentence goes on below is no heading, a question heading wrapped over two lines
is one heading, a table's column titles head none of its rows, and a sentence opening on a
pronoun right under a heading is not joined to the sentence above the heading."""

from __future__ import annotations

import pytest

from assistant.answer.units import units
from assistant.headings import find_headings

# A two-column bulletin page: a section heading, a paragraph whose lines are short, a table
# written a cell per line under its column titles, then a question heading wrapped after « la ».
PAGE = (
    "Zoom sur le baromètre Delta\n"
    "Ce premier volet a interrogé plus de 2 000\n"
    "personnes. Il montre un large accord sur\n"
    "l'utilité des alliances locales.\n"
    "Les sondés ont aussi noté l'importance de\n"
    "plusieurs enjeux. Le tableau suivant donne\n"
    "les notes moyennes, sur une échelle de 0 à 10.\n"
    "Enjeu\n"
    "Note moyenne\n"
    "/10\n"
    "Emploi\n"
    "7,1\n"
    "Logement\n"
    "6,6\n"
    "Lecture : l'emploi est l'enjeu jugé le plus important.\n"
    "Où les alliances changeraient-elles la\n"
    "donne ?\n"
    "On a ensuite demandé aux personnes interrogées\n"
    "dans quels domaines les partenariats auraient\n"
    "un impact fort.\n"
)


def _headings(text: str) -> list[str]:
    return [h for _, h in find_headings(text)]


def test_first_line_of_a_paragraph_is_no_heading():
    heads = _headings(PAGE)
    assert "Zoom sur le baromètre Delta" in heads
    assert not any(h.startswith(("Ce premier volet", "Les sondés")) for h in heads)


def test_question_heading_wrapped_after_an_article_is_one_heading():
    assert "Où les alliances changeraient-elles la donne ?" in _headings(PAGE)


def test_a_heading_over_a_short_lowercase_line_stays_a_heading():
    # (it joins that line only after a linking word: tests/test_wrapped_tails32.py)
    text = "Les associations\nemployeuses\nElles sont 148 000 en France.\n"
    assert _headings(text) == ["Les associations"]


def test_a_table_row_stands_under_the_section_heading_not_a_column_title():
    row = next(u for u in units(PAGE) if "Emploi 7,1" in u.text)
    assert row.heading == "Zoom sur le baromètre Delta"


def test_a_sentence_under_the_heading_above_it_says_so():
    sentence = next(u for u in units(PAGE) if "les notes moyennes" in u.text)
    assert sentence.heading == "Zoom sur le baromètre Delta"


def test_pronoun_led_sentence_is_not_joined_across_a_heading():
    # « On a ensuite demandé … » opens the section under the question heading: it is read on
    # its own, as that heading's answer, not glued to the note above the heading (which would
    # drop it with the note).
    found = [u for u in units(PAGE) if "On a ensuite demandé" in u.text]
    assert len(found) == 1
    unit = found[0]
    assert unit.text.startswith("On a ensuite demandé")
    assert unit.answers_heading


def test_a_scale_s_bounds_are_no_amount():
    from assistant.answer.counting import quantity

    assert not quantity("Le tableau suivant donne les notes, sur une échelle de 0 à 10.")
    assert quantity("L'emploi obtient 7,1 sur une échelle de 0 à 10.")


def test_a_sentence_dated_by_the_one_before_is_read_with_it():
    text = (
        "Le 26 novembre 2020, le 5e webinaire du cycle a réuni 300 participants.\n"
        "Le même jour est paru le 11e rapport régional, consacré à la Normandie.\n"
    )
    found = [u.text for u in units(text) if "11e rapport" in u.text]
    assert found and all("26 novembre 2020" in t for t in found), found


def test_focus_is_no_superlative_no_place_in_the_document_no_season():
    from assistant.answer.focus import focus
    from assistant.text import analyze

    def asked(question: str) -> str:
        return focus(question, set(analyze(question)), {})

    assert asked("Quel enjeu obtient la meilleure note ?") == "not"
    assert asked("Que désigne le sigle ABC dans le chapitre climat du rapport ?") != "chapitr"
    assert asked("Combien de bénévoles ont répondu à l'enquête menée au printemps 2016 ?") != (
        "printemp"
    )


def test_an_acronym_written_with_dots_is_the_name_the_question_writes():
    from assistant.reading import constraints

    page = constraints.surrounding_context("La plateforme M.E.D.O.C. recense les alliances.")
    assert constraints.missing(["medoc"], set(), page) == []
    assert constraints.missing(["medoc"], set(), constraints.surrounding_context("Le Médoc.")) == []
    assert constraints.missing(["cnpq"], set(), page) == ["cnpq"]


def test_a_sentence_opening_on_a_possessive_phrase_is_read_with_the_one_before():
    text = (
        "L'association Les Jardins partagés est née en 2006.\n"
        "Paul Durand en est le président-fondateur. À ses côtés, la direction générale est "
        "confiée à Claire Lenoir.\n"
    )
    found = [u.text for u in units(text) if "Claire Lenoir" in u.text]
    assert found and all("Paul Durand" in t for t in found), found


def test_the_tail_of_a_running_sentence_titles_no_rows():
    from assistant.grids import rows

    text = (
        "Et après ?\n"
        "À l'approche des élections municipales de 2026, ces\n"
        "données offrent aux candidats et aux équipes sortantes\n"
        "un point d'appui pour penser la suite : comment\n"
        "accompagner un territoire qui bouge, et avec qui ?\n"
        "En bref\n"
        "Des outils toujours disponibles\n"
        "La Charte reste ouverte à toutes les organisations qui veulent s'engager.\n"
    )
    assert not [t for _, _, t in rows(text) if t.startswith("un point")]


def test_what_letters_mean_in_the_plural_is_a_definition():
    from assistant.reading.question import question_type

    assert question_type("Que signifient les lettres M.E.D.O.C. ?") == "definition"
    assert question_type("Que veulent dire les lettres ABC ?") == "definition"
    assert question_type("Que signifie le sigle ABC ?") == "definition"


# Review of session 34: the cases a reader found with invented pages.


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Baromètre\nnovembre-décembre 2020\n", "Baromètre"),
        (
            "Éditorial\npar Jeanne Martin, présidente de l'Observatoire des partenariats\n",
            "Éditorial",
        ),
        (
            "Trois questions à Paul Durand\ndirecteur général de la Fondation Delta depuis 2019\n",
            "Trois questions à Paul Durand",
        ),
        ("Les fondations et les\ncollectivités ........ p. 12\n", "Les fondations et les"),
    ],
)
def test_a_title_over_a_subtitle_in_lowercase_stays_a_heading(text, title):
    body = (
        "Cette année encore, les alliances locales ont montré leur force dans les territoires,\n"
        "et les associations ont multiplié les partenariats avec les entreprises du bassin.\n"
    )
    assert _headings(text + body)[:1] == [title]


def test_a_list_under_a_heading_is_not_read_with_the_sentence_above_the_heading():
    text = (
        "Le budget de la Fondation Alpha atteint 3 millions d'euros cette année.\n"
        "Nos objectifs pour 2023\n"
        "• renforcer les liens avec les communes ;\n"
        "• former les bénévoles.\n"
    )
    items = [u for u in units(text) if u.own]
    assert items and all("budget" not in u.before for u in items), [u.before for u in items]


def test_a_change_from_zero_is_an_amount_a_scale_is_not():
    from assistant.answer.counting import quantity

    assert quantity("Le taux est passé de 0 à 10 %.")
    assert quantity("Les effectifs sont passés de 0 à 20 salariés.")
    assert not quantity("Chaque enjeu est noté sur une échelle de 1 à 10.")


def test_a_lowercase_line_ending_on_a_colon_titles_its_rows():
    from assistant.grids import rows

    text = (
        "Au terme de la concertation, le comité de pilotage a retenu trois axes de travail pour\n"
        "la suite du programme :\n"
        "Mobiliser les acteurs locaux\n"
        "Partager les données de terrain\n"
        "Évaluer les actions menées\n"
        "Le comité se réunira de nouveau en juin pour en dresser un premier bilan.\n"
    )
    assert len(rows(text)) == 3


@pytest.mark.parametrize(
    ("sentence", "joined"),
    [
        ("La veille, le comité avait voté le budget.", True),
        ("La veille juridique est assurée par un cabinet.", False),
        ("Sous sa forme actuelle, le dispositif date de 2019.", False),
    ],
)
def test_openings_that_point_back(sentence, joined):
    from assistant.answer.openers import continues

    assert bool(continues().match(sentence)) is joined


def test_initials_are_no_acronym():
    from assistant.text import folded_words

    assert folded_words("J.P. Martin") == ["j", "p", "martin"]
    assert folded_words("É.S.S.") == ["ess"]


def test_an_acronym_without_its_last_dot_is_one_name():
    from assistant.reading.query import Query

    # the spelling corrector writes the corpus's form, « M.E.D.O.C », into the question
    assert Query("M.E.D.O.C sur le site odd17 ca veut dire quoi").names == ("medoc",)
