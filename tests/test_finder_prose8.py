"""The finder's eighth round on figures in running prose (set G's misses), one behaviour per
test (each fails without its rule)."""

from __future__ import annotations

from finder_page import FinderPage

from assistant.types import DocInfo

DOC = DocInfo(source="d.pdf", title="Note", kind="note", date="2024-04-01")
PAGE = FinderPage(DOC)
rows, one = PAGE.rows, PAGE.one


# --- years: what dates a section, a sentence that goes on from the one before ----------------------


def test_a_section_is_dated_by_its_study_made_public_or_its_publication_line():
    text = (
        "Le volet Institutions\n"
        "Dernier de la série, ce volet s'est intéressé aux élus. Il a été rendu public le 29 "
        "novembre 2016.\nCe dernier propose une typologie des maires qui distingue 5 profils.\n"
    )
    assert one(text, "5").year == "2016"
    text = (
        "Une note sur les modèles de co-construction\nPublication du 29 février 2016\n"
        "Cette note explore la situation des entreprises. Côté entreprises, 37 % pratiquent "
        "déjà le partenariat.\n"
    )
    assert one(text, "37 %").year == "2016"


def test_a_slide_line_opening_on_a_date_and_a_study_dates_its_section():
    text = (
        "Repères des travaux précédents\n"
        "▸ Novembre 2020 : étude IMPACT-Élus locaux (Comisis-OpinionWay)\n"
        "▸ 76 % des maires décrivent leur territoire comme engagé\n"
    )
    assert one(text, "76 %").year == "2020"


def test_a_sentence_whose_subject_points_back_takes_the_year_of_the_one_before():
    text = (
        "Des outils pour agir\nEn 2020, Le RAMEAU a co-créé un fonds avec la Fondation "
        "TotalEnergies : le Fonds ODD 17. Il dispose d'une dotation de 1,5 M€.\n"
    )
    assert one(text, "1,5 M€").year == "2020"
    text = (
        "Vers une fondation\nElle est créée le 14 juin 2022, sous l'égide de la Fondation de "
        "Lille. Elle réunit 21 co-fondateurs.\n"
    )
    assert one(text, "21").year == "2022"


def test_a_demonstrative_or_the_start_of_a_period_does_not_date_the_next_sentence():
    text = (
        "Le dispositif\nL'amende a été généralisée le 1er septembre 2020. Ce dispositif "
        "sanctionne l'usage de stupéfiants d'une amende de 200 €.\n"
    )
    assert one(text, "200 €").year == "2024"
    text = (
        "Mesonet\nLe projet a débuté en octobre 2021 pour 6 ans. Il regroupe 21 partenaires "
        "et est coordonné par GENCI.\n"
    )
    assert one(text, "21").year == "2024"


def test_a_section_headed_as_contemporary_is_dated_with_the_one_before():
    text = (
        "Retour en arrière\n"
        "Le programme s'est achevé par un volet. Sa publication date du 29 novembre 2016 ; il "
        "propose une typologie.\n"
        "Les autres publics, au même moment\n"
        "Le programme posait la même question aux autres acteurs. Les réponses sont voisines :\n"
        "– 74 % des Français considèrent les partenariats comme une source d'innovation ;\n"
        "– 81 % des dirigeants d'entreprise partagent cet avis.\n"
    )
    assert one(text, "74 %").year == "2016"
    assert one(text, "81 %").year == "2016"


# --- shares that only point back: answers, levels, pointers to pointers ------------------------


def test_an_answer_measures_the_question_and_counts_whom_it_was_asked():
    text = (
        "Les citoyens\nLa même série d'enquêtes demandait aux Français s'il était urgent de "
        "développer des partenariats. En 2008, 86 % répondaient par l'affirmative.\n"
    )
    row = one(text, "86 %")
    assert "urgent de développer des partenariats" in row.measure
    assert row.actor == "Français"
    text = (
        "Un réflexe général\nLa question posée était simple : l'association entretient-elle une "
        "relation partenariale ? La réponse ne laisse guère de place au doute. La quasi-totalité "
        "répond oui. Elles sont 98 % dans ce cas.\n"
    )
    row = one(text, "98 %")
    assert "relation partenariale" in row.measure
    assert row.actor == "association"


def test_a_share_after_a_sentence_that_points_back_too_measures_the_share_before():
    text = (
        "L'urgence\nUne large majorité de Français jugeait urgent de construire des partenariats "
        ": 86 % d'entre eux. Quatre ans plus tard, la question a été reposée dans les mêmes "
        "termes. Le résultat de 2012 s'établissait à 84 %.\n"
    )
    assert one(text, "84 %").measure == one(text, "86 %").measure
    assert one(text, "84 %").actor == "Français"


def test_a_pointing_share_counts_whom_what_it_points_at_counts_unless_it_names_its_own():
    text = (
        "Le budget\nAu-dessus de 150 000 € de budget annuel, une association sur deux a noué un "
        "partenariat avec une entreprise. La proportion est précisément de 50 %.\n"
    )
    assert one(text, "50 %").actor == "association"
    text = (
        "La crise\n81 % des Français jugent la co-construction utile. Chez les dirigeants de TPE "
        "et de PME, la proportion monte à 84 %.\n"
    )
    row = one(text, "84 %")
    assert (row.measure, row.actor) == (
        "jugent la co-construction utile",
        "dirigeants de TPE et de PME",
    )


def test_a_rate_pronoun_and_a_level_word_point_back():
    text = (
        "Le budget\nDans les grandes associations, 50 % ont noué un partenariat avec une "
        "entreprise. À l'autre bout de l'échelle, sous le seuil de 10 000 €, elle tombe à 20 %.\n"
    )
    assert one(text, "20 %").measure == one(text, "50 %").measure
    text = (
        "L'échelle\nLes associations nouent d'abord leurs alliances près de chez elles, à 73 %. "
        "L'échelon régional vient ensuite ; il concerne 47 % d'entre elles.\n"
    )
    assert "régional" in one(text, "47 %").measure


def test_level_words_of_the_eighth_round_point_back():
    text = (
        "Le volet\nIl confirme un consensus : 87 % des maires considèrent les partenariats comme "
        "une source d'innovation. Les autres volets aboutissaient à des niveaux proches chez les "
        "dirigeants d'entreprise (81 %).\n"
    )
    assert one(text, "81 %").measure == one(text, "87 %").measure
    text = (
        "La note\nCôté associatif, 38 % pratiquent le partenariat. Elle grimpe à 53 % lorsqu'on ne "
        "retient que les associations employeuses.\n"
    )
    assert one(text, "53 %").measure == "pratiquent le partenariat"


# --- who a figure counts -------------------------------------------------------------------------


def test_a_population_inside_a_relation_is_not_whom_a_share_counts():
    text = (
        "Les domaines\nOn a demandé aux Français dans quels domaines une coopération entre "
        "acteurs pourrait produire un impact fort. 49 % citent l'emploi.\n"
    )
    assert one(text, "49 %").actor == "Français"
    text = (
        "Un tiers en attente\nL'étude interrogeait les entreprises sur leurs relations avec les "
        "associations. Un deuxième groupe n'attendait qu'une occasion : 33 % souhaitaient s'y "
        "engager.\n"
    )
    assert one(text, "33 %").actor == "entreprises"


def test_d_entre_eux_stands_for_the_nearest_population_of_its_gender():
    text = (
        "L'urgence\nUne large majorité de Français jugeait alors urgent que associations et "
        "entreprises construisent des partenariats : 86 % d'entre eux.\n"
    )
    assert one(text, "86 %").actor == "Français"
    text = (
        "Les mots\n92 % des maires expriment un « besoin d'alliance ». Quant aux dirigeants "
        "d'entreprise, 84 % d'entre eux font part d'une « envie d'alliance ».\n"
    )
    assert one(text, "84 %").actor == "dirigeants d'entreprise"


# --- which numbers are figures -------------------------------------------------------------------


def test_a_share_cut_before_its_percent_sign_by_a_line_break_is_a_figure():
    text = (
        "L'étude interrogeait les entreprises. À l'époque, 21\n% d'entre elles déclaraient déjà\n"
    )
    assert one(text, "21 %").actor == "entreprises"
    text = "Usines au Bangladesh 31 36\n% d'usines suivies par l'Accord 100 % 100 %\n"
    assert [r.text for r in rows(text) if r.unit == "%"] == ["100 %", "100 %"]


def test_the_parts_of_a_count_after_dont_a_semicolon_or_et_encore_are_counts():
    text = (
        "La cible est de 1 050 000 dossiers validés d'ici décembre 2022 (dont 150 000 en 2020 ; "
        "400 000 en 2021 et 500 000 en 2022).\n"
    )
    assert [(r.text, r.unit) for r in rows(text)] == [
        ("1 050 000", "count"),
        ("150 000", "count"),
        ("400 000", "count"),
        ("500 000", "count"),
    ]
    text = "(35 référents déployés en 2019, 26 supplémentaires en 2020 et encore 11 en 2021)\n"
    assert one(text, "11").unit == "count"
    text = "En 2018, GPA a identifié 69 abattoirs dont 18 qui fournissent directement le Groupe.\n"
    assert one(text, "18").unit == "count"


def test_the_first_number_of_a_range_or_pair_takes_the_unit_of_the_second():
    text = "Ils constituent une estimation crédible d'environ 70 à 80 % des accidents.\n"
    assert one(text, "70").unit == "%"
    assert one(text, "70").measure.endswith("des accidents")
    text = "La réforme vise à atteindre respectivement 1 000 et 350 structures supplémentaires.\n"
    assert (one(text, "1 000").unit, one(text, "1 000").noun) == (
        "count",
        "structures supplémentaires",
    )
    assert one(text, "350").measure == one(text, "1 000").measure
    text = "Une rénovation lourde est prévue selon une périodicité de 15 à 30 ans.\n"
    assert one(text, "15").unit == "years"
    text = "Le programme 1 000 et 500 emplois a été lancé entre 2015 et 2016 ans.\n"
    assert [r.text for r in rows(text) if r.text in ("1 000", "2015")] == []


def test_a_number_answering_a_combien_question_counts_what_it_asks_about():
    text = (
        "Brèves\nCombien de cibles cet objectif comporte-t-il ? La note en recense 19.\n"
        "Combien de partenaires ?\nUne association ne travaille que rarement seule. Combien en "
        "mobilise-t-elle en moyenne ? L'enquête répond : 2,5.\n"
    )
    assert (one(text, "19").unit, one(text, "19").noun) == ("count", "cibles")
    assert one(text, "2,5").measure.startswith("nombre de partenaires")
    text = "L'étude s'intéresse aux associations. En France, ces structures sont au nombre de 148 000.\n"
    assert one(text, "148 000").unit == "count"


def test_an_umbrella_noun_counts_the_population_it_stands_for():
    text = (
        "Le périmètre\nL'étude s'intéresse aux associations qui salarient au moins une personne. "
        "En France, ces structures sont au nombre de 148 000.\n"
    )
    row = one(text, "148 000")
    assert (row.actor, row.measure.startswith("nombre d'associations")) == ("associations", True)
    text = (
        "Le périmètre\nElle s'attache aux structures qui salarient au moins une personne, celles "
        "que l'on nomme les associations employeuses. On en compte environ 148 000.\n"
    )
    assert one(text, "148 000").actor == "associations employeuses"
    text = "Le laboratoire\nLe RAMEAU a conduit des expérimentations auprès de 500 organisations.\n"
    assert one(text, "500").actor == "organisations"


# --- what a figure measures ----------------------------------------------------------------------


def test_ranked_topics_measure_what_the_ranking_is_about_then_their_topic():
    text = (
        "Là où les partenariats font la différence\n"
        "On a ensuite demandé aux mêmes personnes sur quels sujets les alliances pèsent vraiment.\n"
        "L'emploi arrive encore en tête : 49 % des répondants y voient un impact fort. Vient\n"
        "ensuite le développement économique. Pour lui, la part atteint 46 %.\n"
        "L'environnement suit avec 42 %.\n"
    )
    assert one(text, "49 %").measure == "voient un impact fort : L'emploi"
    assert one(text, "46 %").measure == "voient un impact fort : développement économique"
    assert one(text, "42 %").measure == "voient un impact fort : L'environnement"


def test_ranked_topics_without_a_predicate_take_the_question_before():
    text = (
        "Les domaines\nInterrogés sur les domaines où les partenariats peuvent avoir un impact "
        "fort, les Français citent d'abord l'emploi (49 %), puis le développement économique "
        "(46 %) et l'environnement (42 %).\n"
    )
    assert one(text, "46 %").measure == (
        "partenariats peuvent avoir un impact fort : développement économique"
    )
    assert one(text, "42 %").measure.endswith(": l'environnement")
    text = (
        "Les domaines\nUne autre question portait sur les domaines dans lesquels les "
        "partenariats ont un impact fort. L'emploi arrive en tête. Il est cité par 49 % des "
        "personnes interrogées.\n"
    )
    assert one(text, "49 %").measure == "cité — partenariats ont un impact fort : L'emploi"


def test_a_group_named_since_the_figure_before_is_whom_a_share_counts():
    text = (
        "Le volet\nIl confirme un consensus : 87 % des maires considèrent les partenariats comme "
        "une source d'innovation. Les autres volets aboutissaient à des niveaux proches chez les "
        "dirigeants d'entreprise (81 %) et chez les responsables associatifs (86 %).\n"
    )
    row = one(text, "86 %")
    assert (row.actor, row.measure) == ("responsables associatifs", one(text, "87 %").measure)
    text = (
        "Les dirigeants d'entreprise sont 81 % à partager ce point de vue ; chez les "
        "responsables associatifs, on monte à 86 %.\n"
    )
    assert one(text, "86 %").actor == "responsables associatifs"


# --- what owns a count or an amount --------------------------------------------------------------


def test_celle_ci_stands_for_the_last_noun_phrase_of_the_sentence_before():
    text = (
        "Une feuille de route\nLe ministère a traduit les propositions de la mission dans une "
        "feuille de route. Celle-ci comporte 21 mesures.\n"
    )
    assert one(text, "21").measure.endswith("(feuille de route)")


def test_a_count_of_respondents_or_a_pronoun_takes_the_study_named_just_before():
    text = (
        "Les fondations et leurs territoires\nÉtude IMPACT Fondations & Territoires, publiée le "
        "23 septembre\nPour le savoir, l'Observatoire a interrogé 42 fondations.\n"
    )
    assert one(text, "42").measure.endswith("(IMPACT Fondations & Territoires)")
    text = (
        "Fondations\nL'ODD 17 porte sur les partenariats. Il se décline en 19 cibles.\n"
        "L'étude IMPACT Fondations & Territoires est parue le 23 septembre. Elle s'appuie sur "
        "les réponses de 42 fondations.\n"
    )
    assert one(text, "42").measure.endswith("(IMPACT Fondations & Territoires)")


def test_a_study_s_publication_does_not_date_what_follows_a_mention_of_its_other_parts():
    text = (
        "Le volet Institutions\nCe volet s'est intéressé aux élus. Il a été rendu public le 29 "
        "novembre 2016.\nIl confirme un consensus : 87 % des maires considèrent les partenariats "
        "comme une source d'innovation. Les autres volets aboutissaient à des niveaux proches chez "
        "les dirigeants d'entreprise (81 %).\n"
    )
    assert (one(text, "87 %").year, one(text, "81 %").year) == ("2016", "2024")


def test_a_figure_takes_the_year_of_its_own_clause_not_another_figure_s():
    text = (
        "Mise en place du réseau des référents (35 référents déployés en 2019, 26 "
        "supplémentaires en septembre 2020 et encore 11 en septembre 2021).\n"
    )
    assert [one(text, t).year for t in ("35", "26", "11")] == ["2019", "2020", "2021"]
    text = (
        "Le réseau des 61 référents territoriaux du TIG (72 à compter de septembre 2021) est en "
        "charge des postes.\n"
    )
    assert one(text, "61").year == "2024"
    text = (
        "Le Groupe compte 8134 personnes déclarées handicapées, soit une augmentation de 11 % "
        "par rapport à 2017 et de 21 % depuis 2015.\n"
    )
    assert one(text, "8134").year == "2024"
