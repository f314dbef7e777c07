"""The finder's eighth round on tables, key-figure boxes and slides, one behaviour per test
(each fails without its rule)."""

from __future__ import annotations

from finder_page import FinderPage

from assistant.finder.extract import extract_figures
from assistant.types import DocInfo, Page

DOC = DocInfo(source="d.pdf", title="Diaporama", kind="note", date="2024-12-01")
PAGE = FinderPage(DOC)
rows, one = PAGE.rows, PAGE.one


def _document(*texts: str) -> list:
    pages = [Page(i, str(i), text) for i, text in enumerate(texts, start=1)]
    return extract_figures(DOC, pages)


# --- the document's population ---------------------------------------------------------------

SURVEY = "Les maires et l'alliance\n76 % des maires décrivent leur territoire comme engagé.\n92 % des maires jugent la co-construction utile."
SLIDE = "Le territoire bouge-t-il ?\nQuestion posée : votre territoire est-il en mouvement ?\nRéponse positive\n91 %\ndont « fortement »\n35 %\ndont « ni plus ni moins »\n56 %"


def test_a_share_naming_no_one_counts_the_documents_population():
    found = {r.text: r.actor for r in _document(SLIDE, SURVEY)}
    assert (found["91 %"], found["35 %"], found["56 %"]) == ("maires", "maires", "maires")


def test_a_share_of_a_thing_does_not_count_the_documents_population():
    thing = "Le rapport intermédiaire est dû dès l'atteinte des 70 % de réalisation des dépenses."
    found = {r.text: r.actor for r in _document(thing, SURVEY)}
    assert found["70 %"] == ""


def test_a_long_report_has_no_population_of_its_own():
    pages = [SLIDE, SURVEY, *["Chapitre sans chiffre."] * 11]
    found = {r.text: r.actor for r in _document(*pages)}
    assert found["91 %"] == ""


# --- a text-table cell takes its row's period ------------------------------------------------

PROGRAMMES = (
    "Les travaux s'organisent en plans quinquennaux, résumés ci-dessous.\n"
    "Programme\nPériode\nRepère\n"
    "ARPEA\n2008-2012\n10 volets ; rapport quinquennal remis le 11 décembre 2012\n"
    "PHARE\n2013-2018 (2)\n6 volets, des Citoyens (2015) aux Institutions (2016)\n"
    "IMPACT\n2018-2022\n3 volets lancés en novembre 2017\n"
    "(2) Certaines présentations arrêtent PHARE en 2017."
)


def test_a_date_inside_the_rows_period_dates_an_event_of_the_row():
    found = {r.text: r for r in rows(PROGRAMMES)}
    assert (found["10"].year, found["6"].year) == ("2008-2012", "2013-2018")
    assert "ARPEA" in found["10"].measure


def test_a_date_outside_the_rows_period_stays():
    assert one(PROGRAMMES, "3").year == "2017"


def test_a_cell_wrapped_after_a_semicolon_is_still_under_its_rows_date():
    text = (
        "Programme\nPériode\nCe qu'il faut en retenir\nARPEA\n2008-2012\n"
        "Analyse des Relations et des Partenariats entre Entreprises et Associations ;\n"
        "10 volets d'études\nPHARE\n2013-2018\nSix volets publiés, des Citoyens aux Institutions"
    )
    assert one(text, "10").year == "2008-2012"


# --- stacked tables: a text column after the values, a lettered footnote call ----------------

PARTNERS = (
    "Chaque ligne indique la part des associations qui citent ce type de partenaire.\n"
    "Type de partenaire\nPart des\nassociations\nObservation\n"
    "Collectivités territoriales\n74 %\npremier partenaire, tous secteurs confondus\n"
    "Autres associations et fondations\n72 %\nalliances entre pairs\n"
    "Entreprises\n28 %\nplus fréquent chez les grandes associations\n"
    "Organismes de recherche\n9 %\nencore marginal\n"
    "Le budget, facteur décisif\nLe lien avec une entreprise dépend de la taille."
)


def test_a_stacked_table_may_close_its_rows_on_a_text_cell():
    found = {r.text: r for r in rows(PARTNERS)}
    assert found["28 %"].actor == "associations"
    assert "Entreprises" in found["28 %"].measure
    assert found["9 %"].sentence == "Organismes de recherche 9 % encore marginal"


def test_a_lettered_footnote_call_does_not_break_a_stacked_table():
    text = (
        "Enjeu\nNote moyenne (sur 10)\nEmploi\n7,1\nPouvoir d'achat\n6,6\nSécurité\n6,6 (a)\n"
        "Environnement\n6,3\n(a) Une autre présentation arrondit ce score à 7/10."
    )
    marks = [(r.text, r.unit) for r in rows(text)]
    assert ("6,3", "/10") in marks and marks.count(("6,6", "/10")) == 2


# --- key-figure boxes side by side ------------------------------------------------------------

BOXES = (
    "Plus de 2 000 personnes ont été interrogées.\n69 %\n7,1 / 10\n49 %\n"
    "des Français voient dans\nl'alliance entre acteurs un devoir\n"
    "l'importance accordée à l'emploi,\nenjeu n° 1\njugent fort l'impact des\n"
    "partenariats sur l'emploi\nLes enjeux jugés prioritaires\nChaque répondant notait les enjeux."
)


def test_boxes_side_by_side_are_read_with_their_own_captions():
    found = {r.text: r for r in rows(BOXES)}
    assert found["69 %"].actor == "Français"
    assert "alliance" in found["69 %"].measure
    assert "importance" in found["7,1 / 10"].measure
    assert "jugent fort" in found["49 %"].measure


def test_rows_of_unstacked_boxes_keep_their_place_on_the_page():
    for row in rows(BOXES):
        assert BOXES[row.start : row.end] == row.text


def test_a_caption_goes_on_past_a_line_ending_on_a_word_that_calls_for_more():
    text = "Repères\n64 %\ndes élus locaux veulent s'appuyer sur le «\njouer collectif »\n92 %\ndes maires jugent utile la\nco-construction\nLe décalage appelle des outils."
    found = {r.text: r for r in rows(text)}
    assert "collectif" in found["64 %"].measure
    assert "co-construction" in found["92 %"].measure


# --- rows joined to their value by dot leaders ------------------------------------------------

RANKING = (
    "Où les partenariats ont-ils le plus d'effet ?\n"
    "Part des Français qui attendent un impact fort, par domaine :\n"
    "Emploi … 49 %\nDéveloppement économique … 46 %\nEnvironnement … 42 %\n"
    "L'emploi arrive en tête."
)


def test_leader_rows_are_read_with_the_line_above_them():
    found = {r.text: r for r in rows(RANKING)}
    assert found["42 %"].actor == "Français"
    assert found["42 %"].measure.startswith("Environnement — Part des Français qui attendent")


def test_leader_rows_of_a_table_of_contents_give_no_figure():
    assert rows("Sommaire\nIntroduction … 3\nLes résultats … 7\nAnnexes … 12") == []


# --- the heading above a slide line ------------------------------------------------------------


def test_a_bulleted_heading_says_what_thin_slide_lines_measure():
    text = (
        "Des territoires qui bougent\n▸ Une large majorité voit son territoire « en mouvement »\n"
        "▸ Au total : 91 %\n▸ Dont « fortement » : 35 %\n▸ Dont « ni plus ni moins » : 56 %"
    )
    found = {r.text: r for r in rows(text)}
    assert "territoire" in found["91 %"].measure and "total" in found["91 %"].measure
    assert "fortement" in found["35 %"].measure and "territoire" in found["35 %"].measure


def test_a_label_alone_is_read_with_the_question_above_it():
    text = (
        "Un territoire qui bouge ?\n▸ Question posée : votre territoire est-il en mouvement ?\n"
        "▸ Réponse positive : 91 % des maires\n▸ … dont « fortement » : 35 %\n"
        "▸ … dont « ni plus ni moins qu'avant » : 56 %"
    )
    measure = one(text, "35 %").measure
    assert "fortement" in measure and "mouvement" in measure


# --- the sentence that introduces a table -----------------------------------------------------


def test_the_sentence_introducing_a_table_says_what_its_values_are():
    text = (
        "Les enjeux jugés prioritaires\nChaque répondant notait de 0 à 10 l'importance de "
        "plusieurs enjeux pour son territoire. Les\nmoyennes obtenues sont les suivantes.\n"
        "Enjeu\nNote moyenne (sur 10)\nEmploi\n7,1\nSécurité\n6,6\nEnvironnement\n6,3"
    )
    measure = one(text, "6,3").measure
    assert "Environnement" in measure and "importance" in measure
    assert "suivantes" not in measure


def test_a_pro_form_cell_keeps_its_antecedent_before_the_tables_lead():
    text = (
        "ARPEA Entreprises & Territoires\nPubliée en janvier 2011, cette étude interrogeait les "
        "entreprises sur leurs liens avec les associations.\nPosition des entreprises\nPart\n"
        "Développent déjà des partenariats\n21 %\nSouhaitent en développer\n33 %\n"
        "Ne le souhaitent pas\n46 %"
    )
    measure = one(text, "46 %").measure
    assert "Ne le souhaitent pas" in measure and "Développent déjà des partenariats" in measure


def test_a_tables_other_name_for_the_documents_population_gives_way():
    survey = (
        "69 % des Français voient un devoir d'alliance. 81 % des Français jugent l'alliance utile."
    )
    table = (
        "Tableau 1 — Priorités des citoyens\nDomaine\nNote de priorité (sur 10)\n"
        "Emploi\n7,1\nSécurité\n6,6\nEnvironnement\n6,3"
    )
    found = {r.text: r.actor for r in _document(survey, table)}
    assert found["6,6"] == "Français"


def test_a_sentence_naming_the_population_otherwise_keeps_its_name():
    survey = (
        "69 % des Français voient un devoir d'alliance. 81 % des Français jugent l'alliance utile."
    )
    other = "Une autre version de ces résultats indique 74 % des citoyens."
    found = {r.text: r.actor for r in _document(survey, other)}
    assert found["74 %"] == "citoyens"


# --- a key figure alone on its line, its noun on the next one ---------------------------------


def test_a_lone_number_whose_next_line_says_what_it_counts_is_a_figure():
    text = (
        "Fondations : une étude dédiée\nLe panel compte 42 fondations.\nLe chiffre du mois\n19\n"
        "cibles rattachées à l'ODD 17, d'après la note de\ndécryptage du Comité 21\n"
        "La note détaille une à une les cibles de l'objectif."
    )
    row = one(text, "19")
    assert (row.unit, row.noun) == ("count", "cibles rattachées")
    assert "cibles rattachées à l'ODD 17" in row.measure


def test_a_page_number_at_the_edge_of_the_page_is_no_figure():
    assert rows("12\nles associations employeuses et leurs partenaires.") == []
    assert rows("Les associations employeuses travaillent avec leurs partenaires.\n12") == []


# --- column headers wrapped on several lines ---------------------------------------------------

SIDE_BY_SIDE = (
    "Les deux études ne découpent pas les partenaires de la même façon.\n"
    "Type de partenaire\nAssociations & Partenariats\n(publiée en mars 2017)\n"
    "IMPACT – Associations &\nTerritoires\n"
    "Collectivités territoriales\n74 %\n89 %\nAutres associations et fondations\n72 %\n—\n"
    "Établissements scolaires\n—\n70 %\nEntreprises\n28 %\n—"
)


def test_a_header_wrapped_after_an_ampersand_or_before_a_parenthesis_is_one_header():
    found = {r.text: r for r in rows(SIDE_BY_SIDE)}
    assert found["74 %"].measure.startswith("Associations & Partenariats (publiée en mars 2017) :")
    assert found["70 %"].measure.startswith("IMPACT – Associations & Territoires :")


def test_a_column_header_counts_the_population_it_names_first_and_dates_only_its_column():
    found = {r.text: r for r in rows(SIDE_BY_SIDE)}
    assert found["70 %"].actor == "Associations"  # not « Territoires » of the study's name
    assert (found["74 %"].year, found["74 %"].year_source) == ("2017", "tableau")
    assert found["70 %"].year_source == "document"


def test_a_header_line_opening_on_a_parenthesis_goes_on_the_one_above():
    text = (
        "Enjeu\nNote moyenne\n(sur 10)\nEmploi\n7,1\nSécurité\n6,6 ¹\nEnvironnement\n6,3\n"
        "¹ Une autre restitution attribue à la sécurité la note de 7/10."
    )
    assert one(text, "7,1").measure.startswith("Note moyenne (sur 10) : Emploi (Enjeu)")


def test_captions_of_boxes_side_by_side_are_no_table():
    text = (
        "Version mise en circulation auprès des membres\ndu comité de pilotage\n148 000\n98 %\n3\n"
        "associations employeuses dans le\nchamp de l'étude\ndéclarent au moins un partenariat\n"
        "axes d'analyse : innovation,\nperformance, confiance\nPourquoi ce cahier ?"
    )
    found = {r.text: r for r in rows(text)}
    assert found["98 %"].measure == "déclarent au moins un partenariat"
    assert "associations employeuses" in found["148 000"].measure


def test_a_text_column_before_the_values_says_what_each_row_measures():
    text = (
        "Les trois publics ont été interrogés sur leur rapport à l'alliance.\n"
        "Public\nFormulation retenue\nPart\nFrançais\n« devoir d'alliance »\n81 %\n"
        "Maires\n« besoin d'alliance »\n92 %\nDirigeants d'entreprise\n« envie d'alliance »\n84 %\n"
        "Entre 2015 et cette dernière mesure, la part a progressé."
    )
    found = {r.text: r for r in rows(text)}
    assert (found["92 %"].actor, found["84 %"].actor) == ("Maires", "Dirigeants d'entreprise")
    assert "besoin d'alliance" in found["92 %"].measure
    assert found["92 %"].sentence == "Maires « besoin d'alliance » 92 %"


def test_a_table_under_a_role_counts_the_documents_population():
    survey = "98 % des associations employeuses ont un partenaire. 89 % des associations employeuses travaillent avec une collectivité."
    table = (
        "Quatre grandes formes de relation ont été proposées aux répondants.\n"
        "Forme de partenariat\nPart\nMécénat\n75 %\nInnovation sociétale\n73 %\n"
        "Pratiques responsables\n70 %\nCoopération économique\n58 %"
    )
    found = {r.text: r.actor for r in _document(survey, table)}
    assert found["73 %"] == "associations employeuses"
    alone = {r.text: r.actor for r in _document(table)}  # no population of its own: the role
    assert alone["73 %"] == "répondants"


def test_key_figures_captioned_below_are_no_table():
    text = (
        "Ce que disent les maires\nRepères issus des travaux de l'Observatoire\n64 %\n"
        "des élus locaux veulent s'appuyer sur le «\njouer collectif »\n92 %\n"
        "des maires reconnaissent l'utilité de la\nco-construction\n76 %\n"
        "des maires décrivent un territoire engagé\n46 %\n"
        "des maires disent ne pas savoir piloter ces\ndémarches\n"
        "Le décalage entre les deux derniers chiffres appelle des outils."
    )
    found = {r.text: r for r in rows(text)}
    assert found["64 %"].actor == "élus locaux"
    assert found["76 %"].measure == "décrivent un territoire engagé"
    assert "piloter" in found["46 %"].measure
