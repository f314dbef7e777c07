"""The finder's twelfth round, on layouts of key figures, stacked tables and charts: one
behaviour per test, each failing without its rule."""

from __future__ import annotations

from finder_page import FinderPage

from assistant.finder.detect import detect
from assistant.types import DocInfo

DOC = DocInfo(source="r.pdf", title="Rapport d'activité", kind="rapport", date="2023-06-01")
PAGE = FinderPage(DOC)
rows, one = PAGE.rows, PAGE.one


# --- rule `box_captions_across`: captions read line by line across the boxes -------------------

ACROSS = (
    "L'année en chiffres\n"
    "2,4 M€\n120\n+ de 40\n58 %\n"
    "budget consacré aux\nbénévoles formés\nateliers organisés\ndes habitants jugent\n"
    "projets de quartier\ndans les écoles\ndans les mairies\nle réseau indispensable\n"
    "en 2022\n"
    "Sommaire"
)


def test_captions_read_across_the_boxes_go_under_their_figure():
    # nine caption lines under four boxes: neither one caption after the other nor equal parts
    assert one(ACROSS, "120").noun.startswith("bénévoles")
    assert "ateliers" in one(ACROSS, "40").measure
    share = one(ACROSS, "58 %")
    assert share.actor == "habitants"
    assert "indispensable" in share.measure  # the caption's second line, read with its first


SEQUENTIAL = (
    "Repères\n148 000\n98 %\n"
    "structures employeuses forment le champ de\nl'enquête\n"
    "d'entre elles déclarent au moins un\npartenaire\n"
    "Pourquoi ces structures ?"
)


def test_captions_one_after_the_other_stay_so():
    assert "champ" in one(SEQUENTIAL, "148 000").measure
    assert "déclarent" in one(SEQUENTIAL, "98 %").measure


def test_a_number_word_alone_on_its_line_is_a_box():
    words = "Chiffres clés\n35\nDouze\nsalariés\nterritoires couverts\nFin"
    found = {r.text: r for r in rows(words)}
    assert found["Douze"].value == 12
    assert (found["35"].noun, found["Douze"].noun) == ("salariés", "territoires couverts")


# --- a number alone on its line does not continue the number above it ---------------------------


def test_a_number_alone_on_its_line_is_not_a_thousands_group_of_the_line_above():
    found = detect("budget du programme ODD 17\n350\nmédiateurs formés\nFin")
    assert [(f.text, f.value) for f in found] == [("350", 350.0)]


def test_a_number_cut_by_a_line_end_inside_a_sentence_is_still_one_number():
    found = detect("Le réseau compte plus de 2\n000 bénévoles engagés dans les quartiers.")
    assert [f.value for f in found] == [2000.0]


# --- rule `row_unit`: a stacked table's row label gives its unit --------------------------------

ROW_UNITS = (
    "Tableau 2 – Engagements de l'exercice (montants en k€)\n"
    "Poste\nValeur\n"
    "Subvention de fonctionnement\n2 400\n"
    "Durée de la convention (années)\n4\n"
    "Médiateurs recrutés (nombre)\n75\n"
    "Lecture : une convention de quatre ans."
)


def test_a_row_label_gives_its_cells_unit_before_the_title():
    found = {r.text: r for r in rows(ROW_UNITS)}
    assert (found["4"].unit, found["75"].unit) == ("years", "count")
    assert (found["2 400"].unit, found["2 400"].value) == ("€", 2_400_000)


# --- rule `axis_ticks`: a chart's graduations are no figures -------------------------------------

CHART = (
    "Graphique 2 – Part des fondations par type d'action (en %)\n"
    "Éducation\n61\nSanté\n44\nCulture\n37\n"
    "0\n25\n50\n75\n"
    "Source : enquête 2022."
)


def test_graduations_under_a_chart_are_no_figures():
    found = [r.text for r in rows(CHART)]
    assert found == ["61", "44", "37"], found


def test_numbers_not_evenly_spaced_from_zero_are_kept():
    found = [r.text for r in rows(CHART.replace("0\n25\n50\n75", "0\n25\n55\n75"))]
    assert "55" in found


# --- rule `class_bound`: an amount bounding a class of what is counted ---------------------------


def test_an_amount_bounding_a_class_is_no_figure():
    text = "Parmi les associations dont le budget dépasse 200 000 €, 61 % ont un mécène."
    assert [r.text for r in rows(text)] == ["61 %"]
    label = "Budget annuel\nPart (%)\nInférieur à 5 000 €\n12\nEntre les deux\n31\nSupérieur à 50 000 €\n48"
    assert [r.text for r in rows(label)] == ["12", "31", "48"]


def test_an_amount_that_is_measured_stays_a_figure():
    text = "Le fonds a versé 200 000 € aux associations du département."
    assert [r.text for r in rows(text)] == ["200 000 €"]


# --- footnote calls glued to a figure, and a participle before a mark ----------------------------


def test_a_footnote_call_glued_to_a_share_or_a_noun_leaves_the_figure():
    text = "Les associations employeuses atteignent 53 %3. Chacune compte 2,5 partenaires1, en moyenne."
    assert [(f.text, f.noun) for f in detect(text)] == [("53 %", ""), ("2,5", "partenaires")]


def test_a_mark_after_a_participle_is_a_figure():
    # « notés » folds to « notes », a word that names a footnote (« notes 3 ») and no figure
    assert [f.text for f in detect("la sécurité et l'emploi, notés 6,6/10 chacun")] == ["6,6/10"]
    assert detect("voir les notes 3 et 4 en bas de page") == []


def test_every_number_word_fits_the_box_line_bound():
    from assistant.finder.keyboxes import MAX_NUMBER_WORD
    from assistant.finder.vocabulary import vocabulary

    assert max(len(w) for w in vocabulary().words("number_words")) <= MAX_NUMBER_WORD
