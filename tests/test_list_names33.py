"""Names of a list are answers: an item written in capitals is a name of its list, not a
running title; a line of names after a sentence cut on a comma or a linking word goes on that
sentence, it is no heading."""

from __future__ import annotations

from assistant.answer.units import units
from assistant.layout import find_headings, line_kinds

# A slide: the last partner of a bulleted list is written in capitals.
SLIDE = (
    "Le dispositif en bref\n"
    "Il est porté par quatre partenaires :\n"
    "• la Ville de Brévannes\n"
    "• la Banque des Collines\n"
    "• le Groupe Horizon\n"
    "• LE RÉSEAU ALPHA\n"
    "Deux axes de travail :\n"
    "1. emploi des jeunes\n"
    "2. mobilité\n"
)

# A slide's wide line cut after a comma; the names go on in the next line, capitalised.
WRAPPED = (
    "Le dispositif : qui, quoi ?\n"
    "Partenaires du dispositif : Ville de Brévannes, Banque des Collines, Groupe Horizon,\n"
    "Réseau Alpha, Fondation Beta\n"
    "2 axes : emploi des jeunes · mobilité · logement des apprentis\n"
)


def test_an_item_in_capitals_is_a_name_of_its_list():
    owns = [u.own for u in units(SLIDE, True, "") if u.own]
    assert "LE RÉSEAU ALPHA" in owns
    assert "le Groupe Horizon" in owns


def test_a_running_title_in_capitals_stays_boilerplate():
    text = "RAPPORT D'ACTIVITÉ 2024\nLe réseau a accompagné 40 projets cette année.\n"
    assert [u.text for u in units(text, True, "")] == [
        "Le réseau a accompagné 40 projets cette année."
    ]


def test_names_after_a_comma_go_on_the_sentence():
    kinds = {WRAPPED[s:e]: k for s, e, k in line_kinds(WRAPPED)}
    assert kinds["Réseau Alpha, Fondation Beta"] == "prose"
    assert "Réseau Alpha, Fondation Beta" not in [h for _, h in find_headings(WRAPPED)]
    texts = [u.text for u in units(WRAPPED, True, "")]
    assert any(t.endswith("Groupe Horizon, Réseau Alpha, Fondation Beta") for t in texts)


def test_names_after_a_linking_word_go_on_the_sentence():
    text = (
        "Le comité de pilotage, installé en mars, réunit chaque trimestre les élus et les\n"
        "Chambres consulaires du département\n"
        "Les résultats\n"
        "Le comité a validé 12 projets en 2023.\n"
    )
    kinds = {text[s:e]: k for s, e, k in line_kinds(text)}
    assert kinds["Chambres consulaires du département"] == "prose"
    heads = [h for _, h in find_headings(text)]
    assert "Chambres consulaires du département" not in heads
    assert "Les résultats" in heads  # after a full line that ends its sentence


def test_a_label_above_its_figure_stays_a_label():
    # « … des collectivités, » / « Des entreprises » / « 44 % »: the label of the figure
    text = (
        "Part des partenariats noués avec des associations, des collectivités,\n"
        "Des entreprises\n"
        "44 %\n"
    )
    kinds = {text[s:e]: k for s, e, k in line_kinds(text)}
    assert kinds["Des entreprises"] == "short"


# A brochure's back page: a directory of founders, each a name in capitals and the lines
# about them, then a section in capitals over a paragraph.
FOUNDERS = (
    "Merci à tous\n"
    "MEMBRES FONDATEURS\n"
    "JEANNE MARTIN\n"
    "Architecte associée, Atelier Sud,\n"
    "Brévannes\n"
    "PAUL DURAND\n"
    "Ingénieur, Bureau Horizon\n"
    "Enseignant vacataire\n"
    "LÉA PETIT\n"
    "Juriste, Réseau Alpha\n"
    "NOTRE DÉMARCHE COLLECTIVE\n"
    "Plutôt que de construire seuls, nous cherchons à créer des liens entre\n"
    "les habitants et leurs voisins. La mixité en ressort renforcée.\n"
)


def test_the_entries_of_a_directory_are_items_of_its_title():
    from assistant.directory import entries

    found = [(title, entry) for _, _, title, entry in entries(FOUNDERS)]
    assert found == [
        ("MEMBRES FONDATEURS", "JEANNE MARTIN, Architecte associée, Atelier Sud, Brévannes"),
        ("MEMBRES FONDATEURS", "PAUL DURAND, Ingénieur, Bureau Horizon, Enseignant vacataire"),
        ("MEMBRES FONDATEURS", "LÉA PETIT, Juriste, Réseau Alpha"),
    ]
    owns = {u.own: u.text for u in units(FOUNDERS, True, "") if u.own}
    assert owns["LÉA PETIT, Juriste, Réseau Alpha"] == (
        "MEMBRES FONDATEURS : LÉA PETIT, Juriste, Réseau Alpha"
    )
    # the names are not also read as a run of short lines
    assert not any("JEANNE MARTIN ;" in u.text for u in units(FOUNDERS, True, ""))


def test_headings_over_paragraphs_are_no_directory():
    from assistant.directory import entries

    text = (
        "RAPPORT D'ACTIVITÉ\n"
        "NOTRE MISSION\n"
        "Le réseau accompagne les territoires.\n"
        "NOS VALEURS\n"
        "La confiance et la coopération guident nos choix.\n"
    )
    assert entries(text) == []


def test_a_heading_wrapped_after_a_linking_word_does_not_open_the_next_sentence():
    text = (
        "Le réseau a publié son bilan en mars dernier, après deux années de travail.\n"
        "Ce que disent les\n"
        "Habitants\n"
        "Les habitants, eux, réclament davantage de coopération entre acteurs locaux.\n"
    )
    kinds = {text[s:e]: k for s, e, k in line_kinds(text)}
    assert kinds["Ce que disent les"] == "short"
    assert kinds["Habitants"] == "short"
    assert "Ce que disent les Habitants" in [h for _, h in find_headings(text)]
    texts = [u.text for u in units(text, True, "")]
    assert "Les habitants, eux, réclament davantage de coopération entre acteurs locaux." in texts
