"""The finder's seventh accuracy round (measure), one behaviour per test (each fails without
its rule)."""

from __future__ import annotations

from finder_page import FinderPage

from assistant.types import DocInfo

DOC = DocInfo(source="d.pdf", title="Note", kind="note", date="2021-04-01")
PAGE = FinderPage(DOC)
rows, one = PAGE.rows, PAGE.one


# --- level clauses: a share that only gives the level of a measure already said -----------------

NOTE = (
    "Une note a mesuré la diffusion des pratiques. Elle estimait à 37 % la part des entreprises "
    "engagées dans un partenariat. Les associations se situaient à un niveau voisin, avec 38 %. "
    "Ce taux montait à 53 % parmi celles qui emploient des salariés."
)


def test_a_level_clause_takes_the_measure_said_before():
    for printed in ("38 %", "53 %"):
        assert "engagées dans un partenariat" in one(NOTE, printed).measure


def test_a_subgroup_with_only_a_level_takes_the_measure_said_before():
    text = (
        "Parmi les grandes associations, 50 % ont noué un partenariat avec une entreprise. "
        "Chez les plus petites, celles dont le budget reste sous 10 000 €, elles ne sont plus "
        "que 20 %."
    )
    assert "partenariat avec une entreprise" in one(text, "20 %").measure


def test_a_level_noun_followed_by_what_it_measures_keeps_it():
    text = "Une enquête a été menée auprès des salariés. Le taux de participation atteint 77 %."
    assert "taux de participation" in one(text, "77 %").measure


def test_a_level_clause_next_to_another_figure_still_takes_the_measure_before():
    text = (
        "Elle estimait que 37 % des entreprises étaient engagées dans des partenariats. Pour "
        "les associations, la part était de 38 % ; une autre restitution attribue à la "
        "sécurité une note de 7/10."
    )
    assert "engagées dans des partenariats" in one(text, "38 %").measure


# --- pro-form predicates: « ne le souhaitent pas » stands for the verb phrase said before -------


def test_a_pro_form_share_measures_the_verb_phrase_of_its_enumeration():
    text = (
        "Il en ressort que 21 % des entreprises développent des partenariats avec des "
        "associations, que 33 % souhaitent le faire et que 46 % ne le souhaitent pas."
    )
    for printed in ("33 %", "46 %"):
        assert "développent des partenariats" in one(text, printed).measure


def test_a_pro_form_table_row_measures_the_first_row_label():
    text = (
        "Ce volet a classé les entreprises selon leur rapport aux partenariats :\n"
        "Position de l'entreprise\nPart\nDéveloppe déjà des partenariats\n21 %\n"
        "Souhaite en développer\n33 %\nNe le souhaite pas\n46 %\n"
    )
    measure = one(text, "46 %").measure
    assert "Ne le souhaite pas" in measure and "Développe déjà des partenariats" in measure


# --- a list lead that only announces its list ----------------------------------------------------


def test_a_lead_that_only_announces_its_list_is_read_with_the_sentence_before():
    text = (
        "On a demandé aux Français dans quels domaines une coopération pourrait produire un "
        "impact fort. Voici les réponses, annoncées par ordre décroissant :\n"
        "• l'emploi, cité par 49 % ;\n• le développement économique, pour 46 %.\n"
    )
    assert "impact fort" in one(text, "49 %").measure
