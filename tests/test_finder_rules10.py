"""The finder's tenth round (what transfers to new pages: numbers whose unit or noun is printed
elsewhere, populations in headers and names, pointing shares, dates), one behaviour per test
(each fails without its rule; guard tests pin what a rule must not do)."""

from __future__ import annotations

from finder_page import FinderPage

from assistant.types import DocInfo

DOC = DocInfo(source="d.pdf", title="Note", kind="note", date="2024-11-01")
PAGE = FinderPage(DOC)
rows, one = PAGE.rows, PAGE.one


# --- a list's unit said by the line above it (rule `heading_unit`) ------------------------------

MARKS = (
    "Les priorités, notées sur 10\n"
    "Logement : 7,4\n"
    "Transports : 6,2 *\n"
    "Culture : 5,8\n"
    "* Une autre lecture donne 6/10.\n"
)


def test_list_items_take_the_unit_of_their_heading():
    found = {r.text: (r.unit, r.value) for r in rows(MARKS)}
    assert found["7,4"] == ("/10", 7.4)
    assert found["6,2"] == ("/10", 6.2)
    assert found["5,8"] == ("/10", 5.8)


ROWS = (
    "Tableau 3 – Les clubs et leurs partenaires\n"
    "Partenaires cités (en %)\n"
    "Collectivités territoriales 74 89\n"
    "Entreprises 28 –\n"
    "Collectifs de clubs – 56\n"
    "La première colonne porte sur l'ensemble des clubs.\n"
)


def test_table_rows_take_the_unit_of_their_heading():
    # rule `heading_row`: several cells per row, dashes for what is not given
    found = {(r.text, r.unit) for r in rows(ROWS)}
    assert {("74", "%"), ("89", "%"), ("28", "%"), ("56", "%")} <= found


def test_table_rows_without_a_unit_heading_stay_bare():
    plain = ROWS.replace(" (en %)", "")
    assert not {r.text for r in rows(plain)} & {"74", "89", "28", "56"}


def test_list_items_without_a_unit_heading_stay_bare():
    plain = "Les priorités\nLogement : 7,4\nTransports : 6,2\n"
    assert [r.text for r in rows(plain)] == []


def test_a_single_line_under_a_heading_is_no_list():
    # A whole number: a decimal under the scale is a mark by rule `scale_marks`
    # (tests/test_finder_layout16.py), list or not.
    single = "Les priorités, notées sur 10\nLogement : 7\nLa suite vient ensuite.\n"
    assert [r.text for r in rows(single)] == []


def test_marks_out_of_range_are_left_out():
    assert "12" not in {r.text for r in rows("Notes sur 10\nA : 12\nB : 6\n")}


# --- « en » before any verb counts what it stands for (rule `en_pronoun`) -----------------------


def test_en_before_a_verb_counts_the_noun_of_the_sentence_before():
    text = "Ces relais portent un nom : les « animateurs locaux ». Le fonds en vise 350.\n"
    row = one(text, "350")
    assert row.unit == "count"
    assert row.actor.startswith("animateurs")


def test_en_with_an_aside_before_the_number():
    text = "Le chiffre retenu concerne le nombre de partenaires. Une association en compte, en moyenne, 2,5.\n"
    assert one(text, "2,5").unit == "count"


def test_en_as_a_preposition_is_no_pronoun():
    assert "350" not in {r.text for r in rows("Le fonds en France 350 et plus.\n")}


# --- a footnote call glued to the counted noun (rule `glued_call`) -------------------------------


def test_a_call_glued_to_the_noun_leaves_the_count():
    row = one("L'objectif se décline en 19 cibles¹.\n", "19")
    assert row.unit == "count"


# --- the first items of a list of numbers sharing one unit (rule `comma_list`) ------------------


def test_a_comma_list_takes_the_unit_of_its_last_number():
    text = "Une donnée doit rester lisible dans 10, 20 ou 50 ans par une autre équipe.\n"
    found = {r.text: r.unit for r in rows(text)}
    assert found.get("10") == "years"
    assert found.get("20") == "years"


def test_a_comma_before_a_lone_figure_shares_nothing():
    assert "3" not in {r.text for r in rows("Le tableau 3, 45 % des sondés répondent.\n")}


# --- a population word after « & » closes a name (rule `ampersand_name`) ------------------------


def test_a_population_word_after_an_ampersand_is_a_name():
    from assistant.finder.vocabulary import vocabulary

    folded = "chiffres cles — etude impact – associations & territoires"
    assert [a.category for a in vocabulary().actors(folded)] == ["associations"]


def test_the_population_before_an_ampersand_still_counts():
    from assistant.finder.vocabulary import vocabulary

    assert vocabulary().actors("les dirigeants de tpe & pme")[0].category == "dirigeants"


# --- a column header opening on a population's head noun (rule `head_noun`) --------------------

PARTNERS = (
    "Tableau 1 — Qui sont les partenaires ?\n"
    "Lecture : 89 % des associations employeuses ont un partenariat avec une collectivité.\n"
    "Catégorie de partenaire\n"
    "Associations employeuses ayant ce\n"
    "partenaire\n"
    "(étude de 2020)\n"
    "Responsables déclarant ce\n"
    "partenaire\n"
    "(enquête de 2016)\n"
    "Collectivités territoriales\n"
    "89 %\n"
    "74 %\n"
    "Établissements scolaires\n"
    "70 %\n"
    "—\n"
    "Entreprises\n"
    "—\n"
    "28 %\n"
    "Recherche\n"
    "—\n"
    "9 %\n"
)


def test_a_header_opening_on_a_head_noun_counts_its_population():
    row = one(PARTNERS, "28 %")
    assert one(PARTNERS, "70 %").actor_category == "associations"
    assert row.actor == "Responsables"
    assert row.actor_category == "responsables associatifs"


def test_every_head_noun_names_one_category():
    from assistant.finder.stackread import head_nouns
    from assistant.finder.vocabulary import vocabulary

    assert len(head_nouns()) == len(vocabulary().words("head_nouns"))


# --- « le » or « l' » before an infinitive stands for the verb phrase said before ---------------


def test_le_before_an_infinitive_takes_the_verb_phrase_before():
    text = (
        "En 2011, une minorité d'entreprises, 21 %, développaient déjà des partenariats. "
        "Un tiers (33 %) disaient le souhaiter.\n"
    )
    assert "développaient" in one(text, "Un tiers (33 %)").measure  # one figure (session 46)


def test_le_premier_is_no_pro_form():
    from assistant.finder.proforms import is_proform

    assert not is_proform("le premier partenaire cité")


# --- a quoted statement heads a slide (rule `quoted_heading`) ----------------------------------


def test_a_quoted_heading_says_what_a_thin_line_measures():
    text = (
        "Un territoire qui bouge\n« Mon territoire est en mouvement »\n91 %\ndes maires le disent\n"
    )
    assert "mouvement" in one(text, "91 %").measure


# --- a pointing share after another share of its sentence (rule `clause_before`) ----------------


def test_a_pointing_clause_takes_the_share_before_it_in_its_sentence():
    text = (
        "Les deux sources ne se comparent pas. L'écart entre elles ne traduit pas une évolution.\n"
        "Une note estimait que 38 % des associations avaient un partenariat avec une entreprise ; "
        "chez les associations employeuses, la proportion atteignait 53 %.\n"
    )
    row = one(text, "53 %")
    assert "partenariat" in row.measure
    assert row.actor == "associations employeuses"


# --- days before the months of a fieldwork period (rule `day_dates`) ----------------------------


def test_a_fieldwork_period_with_days_dates_its_section():
    from assistant.finder.fieldwork import survey_years

    text = (
        "La nouvelle enquête auprès des élus locaux a été menée par téléphone, du 30 septembre "
        "au 28 octobre 2024. Au total, 302 maires y ont répondu."
    )
    assert survey_years(text) == [(12, "2024")]


def test_a_count_between_the_verb_and_the_year_still_stops_it():
    from assistant.finder.fieldwork import survey_years

    assert survey_years("L'enquête a été menée auprès de 302 maires en 2024.") == []


# --- an open mark of a deck with no population of its own takes the slide before's -------------


def test_an_open_mark_takes_the_population_of_the_slide_before():
    from assistant.finder.extract import extract_figures
    from assistant.types import Page

    pages = [
        Page(1, "1", "DIAPORAMA\nLa parole des Français et des maires\nCalendrier des volets\n"),
        Page(
            2,
            "2",
            "Qui a répondu\n2 000 personnes interrogées\n69 % des personnes interrogées y croient\n",
        ),
        Page(3, "3", "Les attentes, notées sur 10\nEmploi : 7,1\nSécurité : 6,6\n"),
        Page(4, "4", "En regard\n87 % des maires\n81 % des Français\n"),
    ]
    rows = extract_figures(DOC, pages)
    assert {r.text: r.actor for r in rows}["7,1"] == "personnes interrogées"


# --- a total after a colon lead, then its parts after « dont » (rule `colon_lead`) --------------

TOTAL = (
    "La grande majorité perçoit du mouvement sur son territoire : 91 % au total, dont 35 % qui "
    "le jugent fort et 56 % qui l'estiment ni plus ni moins marqué qu'ailleurs.\n"
)


def test_a_total_after_a_colon_lead_measures_the_lead():
    assert one(TOTAL, "91 %").measure == "grande majorité perçoit du mouvement sur son territoire"


def test_the_parts_of_the_total_measure_their_clause_with_the_lead():
    measure = one(TOTAL, "35 %").measure
    assert "jugent fort" in measure and "mouvement" in measure


def test_shares_after_a_lead_without_parts_keep_their_measure():
    text = (
        "Dès les premières études, l'Observatoire mesurait l'impatience des Français : 86 % "
        "d'entre eux jugeaient urgent de créer des partenariats en 2008, et 84 % en 2012.\n"
    )
    assert "urgent" in one(text, "84 %").measure


# --- a pointing share takes the year of the sentence it points at (rule `pointed_year`) ---------


def test_a_pointing_share_takes_the_year_of_the_sentence_before():
    text = (
        "En 2008, une très large majorité de Français jugeait urgent de créer des partenariats. "
        "La proportion atteignait 86 %.\n"
    )
    row = one(text, "86 %")
    assert (row.year, row.year_source) == ("2008", "phrase")


# --- « N ans plus tard » after a dated sentence (rule `years_later`) ---------------------------


def test_years_later_dates_from_the_year_before():
    text = (
        "En 2008, une très large majorité de Français jugeait urgent de créer des partenariats. "
        "Quatre ans plus tard, la même mesure donnait encore 84 %.\n"
    )
    assert one(text, "84 %").year == "2012"


def test_rows_of_sums_or_of_named_rows_are_not_read_as_shares():
    sums = "Montants (en euros)\nSport 1 200 1 350\nCulture 1 100 900\n"
    named = "Partenaires cités (en %)\nAxe 1 45 52\nAxe 2 40 41\n"
    counts = "Répartition (en %)\nMaires interrogés 312 280 150\nÉlus 98 110 40\n"
    assert not [r for r in rows(sums) if r.unit == "€" and r.value < 1000]
    assert "1" not in {r.text for r in rows(named)}
    assert not {r.text for r in rows(counts) if r.unit == "%"} & {"98", "40"}
