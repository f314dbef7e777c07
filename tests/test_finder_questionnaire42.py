"""Session 42: a questionnaire's answers. A tick box (« ☐ ») and its answer code open a list
item (after another bullet a number counts); the survey question above tick-box answers says
what their shares measure (not a title's short rhetorical question, nor a heading over a list
of findings); a class opening a table's row (« Moins de 5 000 habitants 62 % ») bounds who is
counted and is no figure of its own (rule `class_label`), while « Plus de 3 000 personnes ont
répondu » counts; a measure naming only whom its figure counts takes the measure before it or
its table's caption (rule `whom_only`); a line of years heads columns and counts no one. Every
example is invented; the tests of new behaviour fail without the change (the others guard
what must stay)."""

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
    """For the figures table (`ticks`); answers and passages read the line as printed (a
    quiz's options « ☐ a) 2004 » stay whole lines)."""
    assert item_marker("☐ 2 Oui, de temps en temps 41 %", ticks=True) == len("☐ 2 ")
    assert item_marker("☐ Oui", ticks=True) == len("☐ ")
    assert item_marker("☐ 2 Oui, de temps en temps 41 %") == 0
    # after another bullet, a number counts (no answer code)
    assert item_marker("• 3 associations sur 4") == len("• ")
    assert item_marker("▪ 3 Français sur 4 font confiance aux associations") == len("▪ ")


def test_an_answer_code_is_no_figure():  # guards what must stay
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
    text = (
        "Tableau 1 – Taille des communes des répondants\n"
        "Moins de 5 000 habitants 62 %\n"
        "De 5 000 habitants ou plus 38 %\n"
        "☐ 2 Plus de 50 salariés 12 %\n"
        "Plus de 50 salariés n.d. 14 %\n"
    )
    assert [f.text for f in detect(text)] == ["62 %", "38 %", "12 %", "14 %"]


def test_a_count_opening_a_sentence_still_counts():
    assert [f.text for f in detect("Plus de 3 000 personnes ont répondu au questionnaire.")] == [
        "3 000"
    ]
    assert [f.text for f in detect("Plus de 3 000 personnes 45 % de femmes")] == ["3 000", "45 %"]
    assert [f.text for f in detect("- Plus de 300 associations 2 fois plus qu'en 2015")] == ["300"]


def test_a_question_over_findings_is_no_lead():
    """Not tick-box answers: each finding says what it measures."""
    text = (
        "Comment les associations financent-elles leurs projets ?\n"
        "• 45 % des associations recourent aux subventions publiques ;\n"
        "• 30 % font appel au mécénat.\n"
    )
    measure = FinderPage(DOC).one(text, "45 %").measure
    assert "subventions publiques" in measure and "financent" not in measure, measure


# --- rule `whom_only`: a measure that only names whom its figure counts ----------------------

SLIDE = (
    "RÉSEAU DES JARDINS\nJardiner ensemble : regards croisés\ndiapositive 8 / 18\n"
    "Les jardins, un lieu de rencontre ?\n"
    "La question : jardiner ensemble aide-t-il à rencontrer ses voisins ?\n"
    "Réponses positives, public par public :\n ▸ Français : 74 %\n"
    " ▸ dirigeants d’entreprise : 81 %\n ▸ responsables associatifs : 86 %\n ▸ maires : 87 %\n"
    " Source : enquête du réseau des jardins.\n"
)


def test_an_item_naming_only_its_population_takes_the_measure_before_it():
    page = FinderPage(DOC)
    for printed in ("81 %", "86 %"):
        measure = page.one(SLIDE, printed).measure
        assert "rencontrer ses voisins" in measure, measure
        assert not measure.startswith("Français"), measure  # not the item before's label


def test_a_table_row_naming_only_its_population_is_read_with_its_caption():
    text = (
        "2. Les publics, d'une enquête à l'autre\n"
        "Quatre publics ont répondu à la même question : le quartier a-t-il changé ? Les volets\n"
        "Habitants, Commerces et Associations ont paru de septembre à novembre\n"
        "2019, le volet Élus1, consacré aux maires, en 2020.\n"
        "Graphique 3 – « Le quartier a changé » : part de chaque public qui partage ce constat\n"
        "(en %)\n2019 2020\nFrançais\n69\nn.d.\nDirigeants d'entreprise\n81\nn.d.\n"
        "Maires\nn.d.\n87\nSource : enquête du réseau. n.d. : non disponible.\n"
    )
    row = FinderPage(DOC).one(text, "81")
    assert row.measure.startswith("Dirigeants") and "quartier a changé" in row.measure


def test_a_population_a_figure_is_about_is_no_bare_population():
    """« 72 % avec d'autres associations » says with whom the associations work: it stays."""
    text = (
        "Les associations travaillent d'abord avec les collectivités (89 %) puis :\n"
        "• 72 % avec d'autres associations ou des fondations ;\n"
    )
    assert "fondations" in FinderPage(DOC).one(text, "72 %").measure


def test_a_header_of_years_counts_no_one():
    """« 2021 2023 » over the rows « Habitants 58 61 »: 2023 is a column's year, not a count of
    inhabitants (the noun after it is the next line's row label); a count like a year that ends
    its line is still a count."""
    text = (
        "Graphique 2 – Part de chaque public qui fréquente un jardin partagé (en %)\n"
        "2021 2023\n"
        "Habitants\n58\n61\n"
    )
    assert [r.text for r in FinderPage(DOC).rows(text)] == ["58", "61"]
    assert [f.text for f in detect("En 2023, 2024 habitants ont voté.")] == ["2024"]
    # a form's fields (rule `field_values`, session 48): each value counts its own label
    fields = detect("Adhérents : 1998\nSalariés : 12\n")
    assert [(f.text, f.noun) for f in fields] == [("1998", "adhérents"), ("12", "salariés")]
