"""The finder's seventh round on who a figure counts, one behaviour per test (each fails
without its rule)."""

from __future__ import annotations

from finder_page import FinderPage

from assistant.finder.antecedents import pronoun_antecedent
from assistant.finder.detect import detect
from assistant.finder.parts import Actor
from assistant.finder.vocabulary import vocabulary
from assistant.text import fold_in_place
from assistant.types import DocInfo

DOC = DocInfo(source="d.pdf", title="Note", kind="note", date="2021-04-01")
PAGE = FinderPage(DOC)
rows, one = PAGE.rows, PAGE.one


# --- a counted noun wrapped onto the next line ----------------------------------------------------


def test_a_counted_noun_goes_on_past_a_line_break():
    row = one(
        "Les réponses ont été recueillies. Plus de 1 380 responsables\nassociatifs y ont participé.",
        "1 380",
    )
    assert (row.noun, row.actor) == ("responsables associatifs", "responsables associatifs")


# --- a count of agents is its own population ---------------------------------------------------


def test_a_count_of_agents_counts_them():
    assert (
        one("Il a répondu à l'appel de 22 investisseurs européens.", "22").actor == "investisseurs"
    )
    assert one("Il regroupe 21 partenaires et est coordonné par un réseau.", "21").actor == (
        "partenaires"
    )
    assert one("122 nouveaux leaders ont ainsi été formés.", "122").actor == "nouveaux leaders"


def test_a_count_of_things_shaped_like_agents_counts_no_one():
    assert one("Le tableau de bord suit 12 indicateurs.", "12").actor == ""
    assert one("Le site recense 1 000 exemples inspirants.", "1 000").actor == ""
    assert one("On a installé 8 400 biodigesteurs.", "8 400").actor == ""


def test_an_average_count_of_agents_still_counts_the_population_before_it():
    text = "En moyenne, une association déclarait alors 2,5 partenaires."
    assert one(text, "2,5").actor == "association"


# --- a share of a thing counts no one --------------------------------------------------------------


def test_a_share_of_a_thing_counts_no_one():
    text = "Aujourd'hui, 100 % des fournisseurs ont adhéré ; 94,3 % de la viande provient de 22 abattoirs."
    assert one(text, "100 %").actor == "fournisseurs"
    assert one(text, "94,3 %").actor == ""
    text = "Près de 15 000 tonnes ont été données aux associations, soit 14 % de plus qu'en 2017."
    assert one(text, "14 %").actor == ""
    text = (
        "Gérée par la Fondation, la revente contribue à environ 30 % de ses ressources financières."
    )
    assert one(text, "30 %").actor == ""


def test_a_share_of_a_population_or_of_a_pronoun_still_counts_it():
    assert one("Le groupe emploie 220 060 collaborateurs dont 53 % de femmes.", "53 %").actor == (
        "collaborateurs"
    )
    text = "Les maires ont répondu. 84 % d'entre eux exercent dans une commune rurale."
    assert one(text, "84 %").actor == "maires"
    text = "Le groupe compte 8134 personnes handicapées, soit une hausse de 21 % depuis 2015."
    assert one(text, "21 %").actor == "personnes"


def test_a_change_rate_does_not_take_the_population_of_its_section():
    text = "Les collectivités\nL'objectif de la Ville est de réduire les émissions de 75 % en 2050."
    assert one(text, "75 %").actor == ""


# --- a plural pronoun stands for the population of its gender -----------------------------------


def test_celles_stands_for_the_feminine_population_before_it_not_the_one_in_its_clause():
    text = (
        "Les associations ont été interrogées. La part était de 38 %. "
        "Ce taux montait à 53 % parmi celles qui emploient des salariés."
    )
    assert one(text, "53 %").actor == "associations"
    text = (
        "Parmi les associations, la moitié ont un partenaire. "
        "Chez celles qui disposent de moins de 10 000 €, la proportion tombe à 20 %."
    )
    assert one(text, "20 %").actor == "associations"


def test_ils_stands_for_the_masculine_population_before_it():
    text = (
        "En 2008, les Français jugeaient urgent de développer des partenariats entre "
        "associations et entreprises. Quatre ans plus tard, ils étaient encore 84 % à le penser."
    )
    assert one(text, "84 %").actor == "Français"


def test_a_pronoun_of_another_clause_does_not_stand_for_the_figure_population():
    sentence = "Elle montait à 53 % parmi celles qui emploient des salariés ; la note est de 7/10."
    fig = next(f for f in detect(sentence) if f.text == "7/10")
    folded = fold_in_place(sentence)
    previous = [Actor("associations", "associations", -1, -1)]
    actors = vocabulary().actors(folded)
    assert pronoun_antecedent(sentence, folded, fig, actors, previous) is None


# --- the group a share is taken in, right after it -------------------------------------------------


def test_a_share_takes_the_group_printed_right_after_it():
    text = "La part des partenariats était de 37 %. Elle montait à 53 % parmi les associations employeuses."
    assert one(text, "53 %").actor == "associations employeuses"
    assert one("Elle atteint 38% pour les associations.", "38%").actor == "associations"
