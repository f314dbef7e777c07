"""Names of a list are answers: an item written in capitals is a name of its list, not a
running title; a line of names after a sentence cut on a comma or a linking word goes on that
sentence, it is no heading."""

from __future__ import annotations

from assistant.answer.units import units
from assistant.headings import find_headings
from assistant.layout import line_kinds

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


def test_a_heading_or_a_footer_after_a_comma_stays_apart():
    text = (
        "Le réseau travaille avec les associations locales de solidarité,\n"
        "NOS ACTIONS EN RÉGION\n"
        "Le réseau a soutenu 45 projets en 2023.\n"
    )
    assert "NOS ACTIONS EN RÉGION" in [h for _, h in find_headings(text)]
    after_article = (
        "Le réseau souhaite poursuivre en 2024 avec les\n"
        "Les chiffres clés\n"
        "Le budget atteint 2 M€ cette année.\n"
    )
    kinds = {after_article[s:e]: k for s, e, k in line_kinds(after_article)}
    assert kinds["Les chiffres clés"] == "short"
    listed = "Le réseau réunit :\n- les collectivités,\n- les entreprises,\nNos actions en 2023\n"
    listed += "Le réseau a soutenu 45 projets.\n"
    assert "Nos actions en 2023" in [h for _, h in find_headings(listed)]


def test_a_full_line_of_prose_is_no_wrapped_heading():
    text = (
        "Nos partenaires\n"
        "Le comité de pilotage réunit les élus et les\n"
        "Chambres Consulaires\n"
        "La Région et l'État y siègent aussi depuis 2019.\n"
    )
    texts = [u.text for u in units(text, True, "")]
    assert "Le comité de pilotage réunit les élus et les Chambres Consulaires" in texts
    heads = [h for _, h in find_headings(text)]
    assert not any("Chambres" in h for h in heads)


def test_a_numbered_heading_in_capitals_is_no_item():
    text = "Le plan\n1. CONTEXTE ET ENJEUX\n2. LES TERRITOIRES PILOTES\nLe réseau a retenu trois territoires.\n"
    assert [u.text for u in units(text, True, "")] == ["Le réseau a retenu trois territoires."]


def test_what_is_no_directory():
    from assistant.directory import entries

    # a name under a name is a detail (« CNRS »): no entry is read under it
    board = (
        "CONSEIL SCIENTIFIQUE\nJEANNE MARTIN\nDirectrice de recherche\nCNRS\nPAUL DURAND\n"
        "Professeur\nUniversité de Lyon\nLÉA PETIT\nIngénieure\nADEME\n"
    )
    contents = "SOMMAIRE\nL'ESSENTIEL\nLes chiffres clés 4\nLe mot de la présidente 5\nNOS ACTIONS\nLa formation 8\n"
    items = (
        "NOS ACTIONS\nFORMATION\n• 12 sessions\n• 240 stagiaires\nACCOMPAGNEMENT\n• 30 projets\n"
    )
    footer = "PARTENAIRES\nBANQUE SUD\nMécène principal\nBANQUE DES COLLINES\nMécène\nwww.alpha.example\n"
    assert [entries(t) for t in (board, contents, items, footer)] == [[], [], [], []]
    bureau = (
        "RAPPORT ANNUEL\nMEMBRES DU BUREAU\nJEANNE MARTIN\nPrésidente\nPAUL DURAND\nTrésorier\n"
    )
    assert [e for _, _, _, e in entries(bureau)] == [
        "JEANNE MARTIN, Présidente",
        "PAUL DURAND, Trésorier",
    ]


def test_a_who_question_gets_nothing_for_the_name_it_gives():
    from assistant.answer.kinds import names_someone

    known = frozenset({"qui", "dirige", "terre", "neuve"})
    assert not names_someone("Le conseil de Terre-Neuve se réunit chaque mois.", known)
    assert names_someone("Le conseil de Terre-Neuve est présidé par Marie Dupont.", known)
    assert names_someone("Le conseil de Terre-Neuve se réunit chaque mois.")


def test_a_slide_title_wrapped_after_en_titles_its_rows():
    from assistant.grids import rows

    slide = (
        "Le plan a été lancé en 2021 par la métropole, avec les communes volontaires du nord.\n"
        "Les deux quartiers pilotes du « Plan Vélo en\n"
        "Ville »\n"
        "Le Bourg, avec l'association Roue Libre\n"
        "Les Tilleuls, avec le centre social\n"
        "À retenir : le plan s'étend désormais à tout le territoire.\n"
    )
    assert {title for _, _, title in rows(slide)} == {
        "Les deux quartiers pilotes du « Plan Vélo en Ville »"
    }
