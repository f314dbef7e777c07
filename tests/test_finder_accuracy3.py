"""The finder's third accuracy round (sets A, B and C all tuning), one behaviour per test (each
fails without its rule): captions with an em dash, cells and lists that take the population
around them, roles that yield to the population named before them."""

from __future__ import annotations

from finder_page import FinderPage

from assistant.types import DocInfo

DOC = DocInfo(source="d.pdf", title="Titre", kind="étude", date="2021-09-16")


PAGE = FinderPage(DOC)
rows, one = PAGE.rows, PAGE.one


# --- tables ----------------------------------------------------------------------------------

MARKS = (
    "Les enjeux prioritaires des Français\n"
    "Les personnes interrogées ont noté l'importance de chaque enjeu sur une échelle de 0 à 10. Le\n"
    "tableau 1 reprend les notes moyennes publiées.\n"
    "Tableau 1 — Importance des enjeux (note moyenne sur 10)\nEnjeu\nNote sur 10\n"
    "Emploi\n7,1\nSécurité\n6,6\n"
)


def test_a_caption_with_an_em_dash_gives_its_title_to_the_measure():
    assert one(MARKS, "7,1").measure == "Emploi — Importance des enjeux (note moyenne sur 10)"


def test_a_cell_takes_the_population_of_the_section_above_its_table():
    # the header and the row label name no population; the section named « Français » and
    # then its respondents by their role: the population wins over the role
    assert one(MARKS, "6,6").actor == "Français"


def test_a_respondent_role_alone_is_still_the_actor():
    text = (
        "Les résultats\nLes répondants ont noté chaque enjeu.\n"
        "Tableau 2 — Notes (sur 10)\nEnjeu\nNote sur 10\nEmploi\n7,1\n"
    )
    assert one(text, "7,1").actor == "répondants"


# --- lists -----------------------------------------------------------------------------------

LEAD = (
    "Les partenaires les plus fréquents sont les suivants (part des associations employeuses\n"
    "concernées) :\n•\nles collectivités territoriales : 89 % ;\n•\nles établissements scolaires : 70 % ;\n"
    "•\nles acteurs publics nationaux : 52 %.\n"
    "Quatre formes de relation dominent :\n•\nle mécénat : 75 % ;\n•\nla coopération économique : 58 %.\n"
)


def test_a_list_item_counts_the_population_its_lead_names():
    row = one(LEAD, "89 %")
    assert (row.actor, row.measure) == ("associations employeuses", "collectivités territoriales")
    assert one(LEAD, "52 %").actor == "associations employeuses"


def test_a_short_list_item_is_read_with_its_lead():
    assert one(LEAD, "75 %").measure == "mécénat — Quatre formes de relation dominent"


def test_list_items_without_a_subject_take_the_first_items():
    text = (
        "Ses principaux enseignements :\n•\nune association compte en moyenne 2,5 partenaires ;\n"
        "•\n74 % travaillent avec des collectivités ;\n•\n28 % avec des entreprises.\n"
    )
    assert one(text, "74 %").actor == "association"
    assert one(text, "28 %").actor == "association"


def test_a_list_item_naming_its_own_population_keeps_it():
    text = "Ils jugent l'alliance utile :\n•\n58 % des commerçants ;\n•\n63 % des bénévoles.\n"
    assert one(text, "63 %").actor == "bénévoles"


def test_a_list_under_a_heading_naming_no_one_counts_the_population_named_last():
    text = (
        "À quelle échelle ?\nLes partenariats des associations employeuses se nouent d'abord au plus "
        "près du terrain :\n•\nà l'échelle locale : 73 % ;\n•\nà l'échelle régionale : 47 %.\n"
        "Sous quelle forme ?\nQuatre formes de relation dominent :\n•\nle mécénat : 75 % ;\n"
        "•\nla coopération économique : 58 %.\n"
    )
    assert one(text, "47 %").actor == "associations employeuses"
    assert one(text, "58 %").actor == "associations employeuses"


def test_a_heading_still_stops_a_sentence_from_taking_the_population_above():
    text = (
        "Les maires\nLes maires ont été interrogés en 2020.\nLes dons\n"
        "La collecte progresse de 12 % en un an.\n"
    )
    assert one(text, "12 %").actor == ""


# --- sentences -------------------------------------------------------------------------------


def test_each_figure_takes_the_year_printed_right_after_it():
    text = (
        "La part des Français qui jugent urgent de créer des partenariats entre associations et "
        "entreprises atteignait 86 % en 2008 et 84 % en 2012."
    )
    assert (one(text, "86 %").year, one(text, "84 %").year) == ("2008", "2012")


def test_a_share_counts_the_population_after_part_des():
    text = (
        "La part des Français qui jugent urgent de créer des partenariats entre associations et "
        "entreprises atteignait 86 % en 2008."
    )
    assert one(text, "86 %").actor == "Français"


def test_a_threshold_in_the_population_leaves_the_predicate_as_the_measure():
    text = (
        "La taille joue un rôle : 50 % des associations dont le budget dépasse 150 000 € ont un "
        "partenariat avec une entreprise, contre 20 % de celles dont le budget est inférieur à "
        "10 000 €."
    )
    assert one(text, "50 %").measure == "partenariat avec une entreprise"
    assert one(text, "20 %").measure == "partenariat avec une entreprise"


def test_elles_after_parmi_celles_points_past_a_singular_and_carries_the_measure():
    text = (
        "Parmi les associations dont le budget dépasse 150 000 €, 50 % ont un partenariat avec "
        "une entreprise. Parmi celles dont le budget est inférieur à 10 000 €, elles ne sont que 20 %."
    )
    row = one(text, "20 %")
    assert (row.actor, row.measure) == ("associations", "partenariat avec une entreprise")


def test_a_variation_names_the_count_it_varies():
    text = (
        "Le Groupe compte 8134 personnes déclarées handicapées, soit une augmentation de 11 % par "
        "rapport à 2017 et de 21 % depuis 2015."
    )
    assert one(text, "11 %").measure == (
        "augmentation du nombre de personnes déclarées handicapées par rapport à 2017"
    )
    assert one(text, "21 %").measure.startswith("augmentation du nombre de personnes")


# --- years -----------------------------------------------------------------------------------


def test_a_survey_named_by_its_year_dates_its_section():
    text = (
        "Associations & Partenariats : l'enquête de 2016\n"
        "Ses principaux enseignements :\n•\n74 % des associations travaillent avec des collectivités.\n"
    )
    undated = DocInfo(source="d.pdf", title="Titre", kind="étude", date="")
    row = one(text, "74 %", undated)
    assert (row.year, row.year_source) == ("2016", "document")


def test_a_section_without_fieldwork_is_dated_by_the_publication_of_its_study():
    text = (
        "PHARE-Institutions : le regard des maires\n"
        "Dernier volet du programme, PHARE-Institutions a été publié le 29 novembre 2016. Il "
        "confirme la convergence observée : 87 % des maires se retrouvent dans la démarche d'alliance.\n"
    )
    doc = DocInfo(source="d.pdf", title="Titre", kind="note", date="2015-10-01")
    assert one(text, "87 %", doc).year == "2016"


def test_a_count_takes_the_year_printed_after_its_noun():
    text = (
        "Il s'est déployé en volets : PHARE-Associations en novembre 2015, puis 13 rapports "
        "régionaux en 2016."
    )
    assert one(text, "13").year == "2016"
