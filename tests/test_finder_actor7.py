"""The finder's seventh round on who a figure counts, one behaviour per test (each fails
without its rule)."""

from __future__ import annotations

from finder_page import FinderPage

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
