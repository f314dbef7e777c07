# -*- coding: utf-8 -*-
"""Hand-written gold items of set Z.

F(file, page, text, value, unit, noun, actor, actor_source, measure, year, sentence, cases, ...)
N(file, page, text, sentence, why)

`sentence` is copied from the whitespace-collapsed pypdf text of the page; `text` lies in it.
`cases` is a space-separated list of tags; build_z.py adds the derived tags nbsp / narrow_nbsp.
"""
FIGURES = []
NOT_FIGURES = []


def F(file, page, text, value, unit, noun, actor, actor_source, measure, year, sentence, cases,
      year_alt=None, also=None, exempt=False):
    FIGURES.append(dict(file=file, page=page, text=text, value=value, unit=unit, noun=noun,
                        actor=actor, actor_source=actor_source, measure=measure, year=year,
                        year_alt=year_alt, sentence=sentence, cases=cases.split(),
                        also_printed_as=also, exempt=exempt))


def N(file, page, text, sentence, why, exempt=False):
    NOT_FIGURES.append(dict(file=file, page=page, text=text, sentence=sentence, why=why,
                            exempt=exempt))


URGENT = "jugent urgent de créer des partenariats entre associations et entreprises"
DEVOIR = "partagent le constat d'un devoir d'alliance"
DEVOIR_P = "ressentent un « devoir d'alliance »"
BESOIN = "expriment un « besoin d'alliance »"
ENVIE = "ressentent une « envie d'alliance »"
ENGAGE = "jugent leur territoire engagé"
PILOT = "ne savent pas comment piloter les alliances"
JOUER = "veulent s'appuyer sur le « jouer collectif »"
MOUV = "voient leur territoire en mouvement"
MOUV_FORT = "voient leur territoire fortement en mouvement"
MOUV_NI = "voient leur territoire en mouvement, ni plus ni moins"
COMMUNE = "exercent dans une commune de moins de 2 000 habitants"
COLL = "citent les collectivités territoriales parmi leurs partenaires"
PART_ENT = "ont un partenariat avec une entreprise"
ENGAGES = "sont engagés dans des partenariats"
DEV = "développent des partenariats"
SOUH = "souhaitent développer des partenariats"
NSOUH = "ne souhaitent pas développer de partenariats"
COCONS = "jugent la co-construction utile pour sortir de la crise"
IMP = "attendent des partenariats un impact fort sur "
MARK = "note moyenne donnée "
FONDS = "dotation du Fonds ODD 17"
DUREE = "durée de l'expérimentation du Fonds ODD 17"
CATA = "catalyseurs territoriaux visés par le Fonds ODD 17"
AP = 2016  # Associations & Partenariats: fieldwork 2016, publication 2017 (year_alt)
IMPACT = "2018-2022"

# =====================================================================================
# Z-01  Rapport financier du Fonds ODD 17 (septembre 2023): tableaux en k€, années en colonnes
# =====================================================================================
X = 'z01'
for p in (1, 2, 3, 4):
    N(X, p, "17", "Fonds ODD 17 · Rapport financier septembre 2023", 'other')
    N(X, p, "septembre 2023", "Fonds ODD 17 · Rapport financier septembre 2023", 'date')
    N(X, p, "%d/4" % p, "Rapport financier · %d/4" % p, 'page number')

# ---- p1  band, chapeau, conventions, ODD 17, box, sommaire
N(X, 1, "17", "Fonds ODD 17 : les moyens de l'alliance", 'other')
N(X, 1, "2020", "Co-créé en 2020 par Le RAMEAU", 'year')
N(X, 1, "17", "le Fonds ODD 17 a reçu une dotation", 'other')
F(X, 1, "1,5 M€", 1500000, '€', None, None, None, FONDS, 2020,
  "le Fonds ODD 17 a reçu une dotation de 1,5 M€ pour une expérimentation",
  "money chapeau year_in_sentence")
F(X, 1, "trois", 3, 'years', None, None, None, DUREE, 2020,
  "pour une expérimentation de trois ans auprès de 350",
  "duration number_in_words chapeau year_in_sentence same_value_other_unit")
F(X, 1, "350", 350, 'count', 'catalyseurs territoriaux', 'catalyseurs territoriaux', 'sentence', CATA, 2020,
  "auprès de 350 « catalyseurs territoriaux ».", "count chapeau year_in_sentence")
N(X, 1, "milliers", "exprimés en milliers d'euros (k€)", 'other')
N(X, 1, "1 000 k€", "1 000 k€ font 1 M€.", 'other')
N(X, 1, "1 M€", "1 000 k€ font 1 M€.", 'other')
N(X, 1, "dixième", "montants publiés et arrondis au dixième.", 'other')
N(X, 1, "dix-septième", "Le fonds porte le nom du dix-septième objectif", 'ordinal')
N(X, 1, "21", "La note du Comité 21 parue le 5 juillet", 'other')
N(X, 1, "5 juillet", "La note du Comité 21 parue le 5 juillet", 'date')
F(X, 1, "19", 19, 'count', 'cibles', None, None, "cibles de l'ODD 17", None, "en détaille les 19 cibles.",
  "count no_date date_without_year name_with_number_nearby")
N(X, 1, "17", "Le Fonds ODD 17 ne publie pas de comptes annuels", 'other')
N(X, 1, "17", "Pour qui veut aller plus loin sur l'ODD 17,", 'other')
N(X, 1, "www.odd17.org", "à l'adresse www.odd17.org.", 'other')
N(X, 1, "2020", "Le RAMEAU et la Fondation TotalEnergies, en 2020", 'year')
N(X, 1, "17", "expérimenter l'ODD 17 dans les territoires", 'other')
N(X, 1, "1", "voir le tableau 1, page 2", 'other')
N(X, 1, "2", "voir le tableau 1, page 2", 'page number')
N(X, 1, "1", "Sommaire 1. La dotation", 'other')
N(X, 1, "2", "et les engagements, p. 2", 'page number')
N(X, 1, "2", "· 2. Les ratios de la dotation", 'other')
N(X, 1, "3", "Les ratios de la dotation, p. 3", 'page number')
N(X, 1, "3", "· 3. Les fondations dans", 'other')
N(X, 1, "4", "dans l'alliance, p. 4", 'page number')

# ---- p2  Tableau 1 (k€, years in columns, total row), Tableau 2 (years in columns), Tableau 3
N(X, 2, "1", "1. La dotation et les engagements Les sources", 'other')
N(X, 2, "17", "la dotation du Fonds ODD 17, annoncée", 'other')
N(X, 2, "1", "Le tableau 1 la replace", 'other')
N(X, 2, "1", "Tableau 1 – Engagements financiers publiés", 'other')
N(X, 2, "2018", "Engagement 2018 2020 2022", 'year')
N(X, 2, "2020", "Engagement 2018 2020 2022", 'year')
N(X, 2, "2022", "Engagement 2018 2020 2022", 'year')
N(X, 2, "juillet 2018", "lancée en juillet 2018 n.p.", 'date')
N(X, 2, "17", "Dotation du Fonds ODD 17 (Le RAMEAU", 'other')
F(X, 2, "1 500", 1500000, '€', None, None, None, FONDS + " (Le RAMEAU, Fondation TotalEnergies)", 2020,
  "Fondation TotalEnergies) – 1 500 –",
  "table accounts_table money unit_from_header multiplier_in_header year_from_header measure_from_row "
  "nbsp_thousands total_repeats_cell",
  also=["Total des montants publiés – 1 500", "soit 1,5 M€"])
N(X, 2, "14 juin 2022", "Création de la Fondation des Territoires, le 14 juin 2022", 'date')
N(X, 2, "2020", "Lecture : en 2020, le seul montant publié", 'year')
N(X, 2, "17", "la dotation du Fonds ODD 17, soit", 'other')
N(X, 2, "2", "Tableau 2 – Moyens non financiers", 'other')
N(X, 2, "2020", "Indicateur 2020 2022", 'year')
N(X, 2, "2022", "Indicateur 2020 2022", 'year')
N(X, 2, "17", "Durée de l'expérimentation du Fonds ODD 17 (en années)", 'other')
F(X, 2, "3", 3, 'years', None, None, None, DUREE, 2020, "(en années) 3 – Catalyseurs",
  "table duration unit_from_row year_from_header measure_from_row same_value_other_unit")
F(X, 2, "350", 350, 'count', 'catalyseurs territoriaux', 'catalyseurs territoriaux', 'table', CATA, 2020,
  "Catalyseurs territoriaux visés par le fonds (nombre) 350",
  "table count year_from_header actor_from_row measure_from_row")
F(X, 2, "21", 21, 'count', 'co-fondateurs', 'co-fondateurs de la Fondation des Territoires', 'table',
  "co-fondateurs de la Fondation des Territoires", 2022,
  "Co-fondateurs de la Fondation des Territoires (nombre) – 21",
  "table count year_from_header actor_from_row")
F(X, 2, "3", 3, 'count', 'missions', None, None, "missions de la Fondation des Territoires", 2022,
  "Missions de la Fondation des Territoires (nombre) – 3",
  "table count year_from_header measure_from_row same_value_other_unit")
N(X, 2, "deux", "Les deux tableaux n'additionnent", 'other')
N(X, 2, "zéro", "une case « n.p. » n'est pas un zéro.", 'other')
N(X, 2, "3", "Tableau 3 – Calendrier de la préfiguration", 'other')
N(X, 2, "1", "Étape 1 07/18 – 07/19", 'other')
N(X, 2, "07/18", "Étape 1 07/18 – 07/19", 'date')
N(X, 2, "07/19", "Étape 1 07/18 – 07/19", 'date')
N(X, 2, "2", "Étape 2 08/19 – 11/20", 'other')
N(X, 2, "08/19", "Étape 2 08/19 – 11/20", 'date')
N(X, 2, "11/20", "Étape 2 08/19 – 11/20", 'date')
N(X, 2, "3", "Étape 3 12/20 – 05/22", 'other')
N(X, 2, "12/20", "Étape 3 12/20 – 05/22", 'date')
N(X, 2, "05/22", "Étape 3 12/20 – 05/22", 'date')

# ---- p3  Tableau 4 (ratios computed by the editors, k€), Tableau 5 (thresholds in k€)
N(X, 3, "2", "2. Les ratios de la dotation", 'other')
N(X, 3, "2020", "la dotation annoncée en 2020 donne", 'year')
N(X, 3, "trois", "donne trois ratios simples", 'other')
N(X, 3, "4", "Tableau 4 – Ratios calculés", 'other')
F(X, 3, "1 500", 1500000, '€', None, None, None, "dotation totale du Fonds ODD 17", 2020,
  "Dotation totale 1 500 montant publié",
  "table money unit_from_header multiplier_in_header measure_from_row year_from_context nbsp_thousands")
F(X, 3, "3", 3, 'years', None, None, None, DUREE, 2020, "Durée de l'expérimentation (en années) 3 durée publiée",
  "table duration unit_from_row measure_from_row year_from_context")
F(X, 3, "350", 350, 'count', 'catalyseurs territoriaux', 'catalyseurs territoriaux', 'table', CATA, 2020,
  "Catalyseurs territoriaux visés (nombre) 350 nombre publié",
  "table count actor_from_row measure_from_row year_from_context")
F(X, 3, "500", 500000, '€', None, None, None, "dotation moyenne du Fonds ODD 17 par année d'expérimentation",
  2020, "Dotation moyenne par année 500",
  "table money unit_from_header multiplier_in_header measure_from_row computed average year_from_context")
F(X, 3, "4,3", 4300, '€', None, None, None, "dotation moyenne du Fonds ODD 17 par catalyseur territorial",
  2020, "Dotation moyenne par catalyseur 4,3",
  "table money unit_from_header multiplier_in_header measure_from_row computed average year_from_context",
  also=["Les 4,3 k€ par catalyseur"])
F(X, 3, "1,4", 1400, '€', None, None, None, "dotation moyenne par catalyseur territorial et par année",
  2020, "Dotation moyenne par catalyseur et par année 1,4",
  "table money unit_from_header multiplier_in_header measure_from_row computed average year_from_context")
F(X, 3, "33,3 %", 33.3, '%', None, None, None, "part de la dotation du Fonds ODD 17 par année", 2020,
  "Chaque année d'expérimentation pèse donc 33,3 % de la dotation.", "computed year_from_context")
N(X, 3, "5", "dans l'accès aux entreprises (tableau 5).", 'other')
N(X, 3, "mai-juin 2016", "menée en mai-juin 2016 auprès de plus de", 'date')
F(X, 3, "1 380", 1380, 'people', 'responsables associatifs', 'responsables associatifs', 'sentence',
  "taille de l'échantillon de l'enquête Associations & Partenariats", AP,
  "auprès de plus de 1 380 responsables associatifs",
  "people qualifier_plus_de nbsp_thousands two_dates_in_sentence", year_alt=2017)
N(X, 3, "mars 2017", "et publiée en mars 2017, montre", 'date')
N(X, 3, "5", "Tableau 5 – Associations ayant un partenariat", 'other')
F(X, 3, "50", 50, '%', 'associations', "associations dont le budget annuel est supérieur à 150 k€", 'table',
  PART_ENT, AP, "Supérieur à 150 k€ 50",
  "table unit_from_header threshold_in_row actor_from_row survey_named_earlier money_threshold_nearby",
  year_alt=2017)
N(X, 3, "150 k€", "Supérieur à 150 k€ 50", 'threshold')
F(X, 3, "20", 20, '%', 'associations', "associations dont le budget annuel est inférieur à 10 k€", 'table',
  PART_ENT, AP, "Inférieur à 10 k€ 20",
  "table unit_from_header threshold_in_row actor_from_row survey_named_earlier money_threshold_nearby",
  year_alt=2017)
N(X, 3, "10 k€", "Inférieur à 10 k€ 20", 'threshold')
N(X, 3, "150 k€", "150 k€ valent 150 000 €.", 'threshold')
N(X, 3, "150 000 €", "150 k€ valent 150 000 €.", 'threshold')

# ---- p4  fondations, notes annexes
N(X, 4, "3", "3. Les fondations dans l'alliance", 'other')
N(X, 4, "17", "Le Fonds ODD 17 reste, dans nos sources", 'other')
N(X, 4, "2018-2022", "programme IMPACT (2018-2022), lancé", 'year')
N(X, 4, "novembre 2017", "lancé en novembre 2017 avec", 'date')
N(X, 4, "23 septembre", "publiée le 23 septembre, a interrogé", 'date')
F(X, 4, "42", 42, 'count', 'fondations', 'fondations', 'sentence',
  "fondations interrogées par l'étude IMPACT Fondations & Territoires", None,
  "a interrogé 42 fondations sur leur rôle", "count no_date date_without_year")
N(X, 4, "juillet 2018", "préfiguration lancée en juillet 2018", 'date')
N(X, 4, "mai 2022", "conduite jusqu'en mai 2022.", 'date')
N(X, 4, "14 juin 2022", "Elle a été créée le 14 juin 2022 sous l'égide", 'date')
F(X, 4, "21", 21, 'count', 'co-fondateurs', 'co-fondateurs de la Fondation des Territoires', 'sentence',
  "co-fondateurs de la Fondation des Territoires", 2022,
  "par 21 co-fondateurs, et s'est donné trois missions.", "count date_in_sentence")
F(X, 4, "trois", 3, 'count', 'missions', None, None, "missions de la Fondation des Territoires", None,
  "par 21 co-fondateurs, et s'est donné trois missions.",
  "count number_in_words near_year other_page_dates_it")
N(X, 4, "2006", "a mené depuis 2006 des expérimentations", 'year')
F(X, 4, "500", 500, 'count', 'organisations', 'organisations', 'sentence',
  "organisations auprès desquelles Le RAMEAU a mené des expérimentations", "2006-2023",
  "auprès de plus de 500 organisations.", "count qualifier_plus_de period_since")
N(X, 4, "1", "Note 1. Dotation", 'other')
N(X, 4, "2", "Note 2. Catalyseurs territoriaux", 'other')
N(X, 4, "3", "Note 3. Ratios", 'other')
N(X, 4, "centaine", "arrondis à la centaine d'euros près.", 'other')

# =====================================================================================
# Z-02  Article de presse en trois colonnes (Le Journal des alliances, jeudi 5 décembre 2024)
# =====================================================================================
X = 'z02'
# ---- p1  masthead, title, chapeau, photo caption, three columns
N(X, 1, "118", "N° 118 · jeudi 5 décembre 2024 Édition nationale", 'other')
N(X, 1, "jeudi 5 décembre 2024", "N° 118 · jeudi 5 décembre 2024 Édition nationale", 'date')
N(X, 1, "novembre 2024", "Une enquête publiée en novembre 2024 auprès de 302 maires", 'date')
F(X, 1, "302", 302, 'people', 'maires', 'maires', 'sentence',
  "maires interrogés par l'enquête IMPACTS & TRAJECTOIRES – Elus locaux", 2024,
  "Une enquête publiée en novembre 2024 auprès de 302 maires", "people chapeau date_in_sentence")
N(X, 1, "30 novembre 2021", "Saint-Maurice, 30 novembre 2021 : lancement", 'date')
F(X, 1, "91 %", 91, '%', 'maires', 'maires', 'context', MOUV, 2024,
  "Ils sont 91 % à voir leur territoire en mouvement.",
  "pronoun actor_from_chapeau figure_first year_from_context press_article")
N(X, 1, "novembre 2024", "Publiée en novembre 2024, l'enquête", 'date')
N(X, 1, "30 septembre", "du 30 septembre au 28 octobre 2024.", 'date')
N(X, 1, "28 octobre 2024", "du 30 septembre au 28 octobre 2024.", 'date')
F(X, 1, "35 %", 35, '%', 'répondants', 'répondants', 'sentence', MOUV_FORT, 2024,
  "35 % des répondants jugent leur territoire fortement en mouvement",
  "pop_after year_from_context breakdown press_article")
F(X, 1, "56 %", 56, '%', 'répondants', 'répondants', 'context', MOUV_NI, 2024, "56 % ni plus ni moins.",
  "ellipsis breakdown year_from_context press_article")
F(X, 1, "92 %", 92, '%', 'maires', 'maires', 'sentence', BESOIN, None,
  "Le RAMEAU avance que 92 % des maires expriment un « besoin d'alliance ».",
  "pop_after no_date press_article")
F(X, 1, "81 %", 81, '%', 'Français', 'Français', 'sentence', DEVOIR_P, None,
  "Le même texte prête un « devoir d'alliance » à 81 % des Français et une « envie d'alliance » aux "
  "dirigeants d'entreprise, qui sont 84 % dans ce cas.",
  "measure_before pop_after multi_pop no_date press_article")
F(X, 1, "84 %", 84, '%', 'dirigeants', "dirigeants d'entreprise", 'sentence', ENVIE, None,
  "Le même texte prête un « devoir d'alliance » à 81 % des Français et une « envie d'alliance » aux "
  "dirigeants d'entreprise, qui sont 84 % dans ce cas.",
  "measure_before pop_before pronoun multi_pop ellipsis no_date press_article")
N(X, 1, "2019", "Lors du FNAF 2019, Gabriel Attal", 'year')
N(X, 1, "7 mai 2020", "Le rapport a été remis le 7 mai 2020", 'date')
N(X, 1, "17 octobre 2020", "le bilan a suivi le 17 octobre 2020.", 'date')
F(X, 1, "21", 21, 'count', 'mesures', None, None, "mesures de la feuille de route ministérielle", None,
  "Une feuille de route ministérielle compte 21 mesures.", "count no_date date_nearby press_article")
N(X, 1, "2016", "2016, un premier référentiel", 'year')
N(X, 1, "premier", "2016, un premier référentiel", 'ordinal')
N(X, 1, "neuf", "Le constat n'est pas neuf.", 'other')
N(X, 1, "29 novembre", "Publié le 29 novembre, le volet Institutions", 'date')
F(X, 1, "87 %", 87, '%', 'maires', 'maires', 'sentence', DEVOIR, 2016,
  "comptait 87 % de maires partageant le constat d'un devoir d'alliance",
  "pop_after year_from_heading intertitre month_without_year press_article")
F(X, 1, "69 %", 69, '%', 'Français', 'Français', 'sentence', DEVOIR, 2015,
  "contre 69 % des Français un an plus tôt",
  "comparison pop_after year_computed relative_date year_from_heading press_article")
F(X, 1, "18 points", 18, 'pts', 'maires', 'maires', 'context',
  "écart avec les Français sur le constat d'un devoir d'alliance", "2015-2016",
  "soit 18 points d'écart.", "pts gap computed period_from_range year_from_heading press_article")
F(X, 1, "cinq", 5, 'count', 'profils', None, None, "profils de maires distingués par PHARE-Institutions", 2016,
  "Il distinguait aussi cinq profils de maires.", "count number_in_words year_from_heading press_article")
F(X, 1, "treize", 13, 'count', 'rapports régionaux', None, None,
  "rapports régionaux publiés par l'Observatoire des partenariats", 2016,
  "publiait treize rapports régionaux", "count number_in_words year_from_context year_from_heading")
N(X, 1, "onzième", "le onzième, consacré à la Normandie", 'ordinal')
N(X, 1, "26 novembre", "est paru le 26 novembre.", 'date')
N(X, 1, "2018", "mené de 2018 à 2022", 'year')
N(X, 1, "2022", "mené de 2018 à 2022", 'year')
F(X, 1, "76 %", 76, '%', 'maires', 'maires', 'sentence', ENGAGE, IMPACT,
  "76 % des maires jugeaient leur territoire engagé",
  "pop_after programme_period period_from_range press_article")
F(X, 1, "46 %", 46, '%', 'maires', 'maires', 'sentence', PILOT, IMPACT,
  "mais 46 % d'entre eux ne savaient pas comment piloter les alliances.",
  "pronoun programme_period period_from_range negation press_article")
N(X, 1, "novembre 2017", "Lancé en novembre 2017, ce programme", 'date')
F(X, 1, "trois", 3, 'count', 'axes', None, None, "axes du programme IMPACT", IMPACT,
  "s'articulait autour de trois axes", "count number_in_words programme_period date_nearby press_article")
N(X, 1, "novembre 2020", "En novembre 2020, l'étude IMPACT-Elus locaux", 'date')
F(X, 1, "64 %", 64, '%', 'élus', 'élus locaux', 'context', JOUER, 2020,
  "en comptait 64 % désireux de s'appuyer sur le « jouer collectif ».",
  "pronoun_en actor_from_previous_sentence date_in_sentence press_article")
N(X, 1, "1", "sur le « jouer collectif ». 1", 'page number')

# ---- p2  continued columns; pull quote at the top of column 3 (it interrupts a sentence)
N(X, 2, "jeudi 5 décembre 2024", "Le Journal des alliances · jeudi 5 décembre 2024 Territoires", 'date')
N(X, 2, "2008", "Créé en 2008 par la Caisse des Dépôts", 'year')
N(X, 2, "premier", "Le premier, ARPEA (2008-2012)", 'ordinal')
N(X, 2, "2008-2012", "Le premier, ARPEA (2008-2012)", 'year')
F(X, 2, "dix", 10, 'count', 'volets', None, None, "volets du programme ARPEA", "2008-2012",
  "comptait dix volets.", "count number_in_words programme_period press_article")
F(X, 2, "86 %", 86, '%', 'Français', 'Français', 'sentence', URGENT, 2008,
  "Il avait trouvé 86 % des Français jugeant urgent",
  "pop_after year_in_sentence two_years_one_sentence press_article")
N(X, 2, "2008", "entre associations et entreprises en 2008 ; ils étaient", 'year')
F(X, 2, "84 %", 84, '%', 'Français', 'Français', 'sentence', URGENT, 2012,
  "ils étaient encore 84 % en 2012", "pronoun year_in_sentence two_years_one_sentence press_article")
N(X, 2, "2012", "ils étaient encore 84 % en 2012", 'year')
F(X, 2, "2 points", 2, 'pts', 'Français', 'Français', 'context',
  "baisse de la part jugeant urgent de créer des partenariats", "2008-2012",
  "soit 2 points de moins.", "pts evolution computed period_from_range press_article")
N(X, 2, "11 décembre 2012", "date du 11 décembre 2012.", 'date')
N(X, 2, "deuxième", "Le deuxième, PHARE (2013-2018)", 'ordinal')
N(X, 2, "2013-2018", "Le deuxième, PHARE (2013-2018)", 'year')
F(X, 2, "six", 6, 'count', 'volets', None, None, "volets du programme PHARE", "2013-2018",
  "s'est déployé en six volets, dont celui consacré aux maires.",
  "count number_in_words programme_period conflict press_article", year_alt="2013-2017")
N(X, 2, "2013-2017", "Certaines publications le datent de 2013-2017.", 'year')
N(X, 2, "septembre 2015", "leurs attentes en septembre 2015, dans le volet Citoyens", 'date')
F(X, 2, "2 000", 2000, 'people', 'personnes', 'personnes interrogées', 'sentence',
  "taille de l'échantillon du volet PHARE-Citoyens", 2015, "auprès de plus de 2 000 personnes.",
  "people qualifier_plus_de nbsp_thousands date_in_sentence press_article")
F(X, 2, "7,1 sur 10", 7.1, '/10', 'note', 'Français', 'context', MARK + "à l'emploi", 2015,
  "L'emploi y arrivait en tête des enjeux, noté 7,1 sur 10,",
  "mark10 sur_10_in_words survey_named_earlier press_article")
F(X, 2, "6,6", 6.6, '/10', 'note', 'Français', 'context', MARK + "au pouvoir d'achat et à la sécurité", 2015,
  "devant le pouvoir d'achat et la sécurité, à 6,6 chacun.",
  "mark10 unit_from_context one_value_two_measures survey_named_earlier press_article")
F(X, 2, "7 sur 10", 7, '/10', 'note', 'Français', 'context', MARK + "à la sécurité, selon une autre publication",
  2015, "accorde toutefois 7 sur 10 à la sécurité.",
  "mark10 sur_10_in_words conflict survey_named_earlier press_article")
F(X, 2, "49 %", 49, '%', 'Français', 'Français', 'sentence', IMP + "l'emploi", 2015,
  "49 % des Français attendaient des partenariats un impact fort sur l'emploi",
  "pop_after list survey_named_earlier press_article")
F(X, 2, "42 %", 42, '%', 'Français', 'Français', 'context', IMP + "l'environnement", 2015,
  "42 % sur l'environnement", "ellipsis list survey_named_earlier press_article")
F(X, 2, "36 %", 36, '%', 'Français', 'Français', 'context', IMP + "la précarité comme sur l'éducation", 2015,
  "36 % sur la précarité comme sur l'éducation.",
  "ellipsis list one_value_two_measures survey_named_earlier column_break press_article")
N(X, 2, "première", "Les associations en première ligne Les maires", 'ordinal')
F(X, 2, "148 000", 148000, 'count', 'associations employeuses', 'associations employeuses', 'sentence',
  "associations employeuses recensées par l'étude IMPACT – Associations & Territoires", None,
  "recense 148 000 associations employeuses", "count nbsp_thousands undated_study press_article")
F(X, 2, "98 %", 98, '%', 'associations', 'associations employeuses', 'sentence', "ont des partenariats", None,
  "dont 98 % ont des partenariats ;", "dont undated_study pull_quote press_article",
  also=["« 98 % des associations employeuses ont des partenariats. »"])
F(X, 2, "89 %", 89, '%', 'associations', 'associations employeuses', 'sentence', COLL, None,
  "pour 89 % d'entre elles, une collectivité territoriale figure parmi les partenaires.",
  "pronoun undated_study conflict press_article")
N(X, 2, "mai-juin 2016", "menée en mai-juin 2016 auprès de plus de", 'date')
F(X, 2, "1 380", 1380, 'people', 'responsables associatifs', 'responsables associatifs', 'sentence',
  "taille de l'échantillon de l'enquête Associations & Partenariats", AP,
  "auprès de plus de 1 380 responsables associatifs",
  "people qualifier_plus_de nbsp_thousands two_dates_in_sentence press_article", year_alt=2017)
N(X, 2, "mars 2017", "et publiée en mars 2017, donnait", 'date')
F(X, 2, "2,5", 2.5, 'count', 'partenaires', 'associations', 'sentence', "partenaires en moyenne par association",
  AP, "une association compte en moyenne 2,5 partenaires",
  "count decimal_count average survey_named_earlier press_article", year_alt=2017)
F(X, 2, "74 %", 74, '%', 'associations', 'associations', 'sentence', COLL, AP,
  "les collectivités territoriales sont citées par 74 % d'entre elles",
  "pronoun measure_before conflict survey_named_earlier press_article", year_alt=2017)
F(X, 2, "28 %", 28, '%', 'associations', 'associations', 'context',
  "citent les entreprises parmi leurs partenaires", AP, "loin devant les entreprises, à 28 %.",
  "ellipsis comparison survey_named_earlier press_article", year_alt=2017)
N(X, 2, "janvier 2011", "En janvier 2011, l'étude ARPEA Entreprises", 'date')
F(X, 2, "21 %", 21, '%', 'entreprises', 'entreprises', 'sentence', DEV, 2011,
  "comptait 21 % d'entreprises développant des partenariats",
  "pop_after list date_in_sentence same_value_other_unit press_article")
F(X, 2, "33 %", 33, '%', 'entreprises', 'entreprises', 'context', SOUH, 2011,
  "33 % souhaitant en développer", "ellipsis list date_in_sentence press_article")
F(X, 2, "46 %", 46, '%', 'entreprises', 'entreprises', 'context', NSOUH, 2011,
  "et 46 % ne le souhaitant pas.", "ellipsis list negation date_in_sentence press_article")
N(X, 2, "Cinq ans plus tard", "Cinq ans plus tard, une note de l'Observatoire", 'date')
N(X, 2, "29 février 2016", "datée du 29 février 2016 en trouvait", 'date')
F(X, 2, "37 %", 37, '%', 'entreprises', "entreprises d'au moins 10 salariés", 'sentence', ENGAGES, 2016,
  "en trouvait 37 % parmi celles d'au moins 10 salariés",
  "celles parmi threshold_in_sentence date_in_sentence press_article")
N(X, 2, "10", "parmi celles d'au moins 10 salariés", 'threshold')
F(X, 2, "65 %", 65, '%', 'pionniers', 'pionniers', 'sentence', ENGAGES, 2016, "et 65 % chez les pionniers.",
  "pop_after date_in_sentence ellipsis press_article")
N(X, 2, "23 septembre", "Publiée un 23 septembre, l'étude", 'date')
F(X, 2, "42", 42, 'count', 'fondations', 'fondations', 'sentence',
  "fondations interrogées par l'étude IMPACT Fondations & Territoires", None,
  "l'étude IMPACT Fondations & Territoires a interrogé 42 fondations sur leur rôle",
  "count no_date date_without_year pull_quote_interrupts press_article")
N(X, 2, "17", "Reste l'ODD 17, « Partenariats", 'other')
N(X, 2, "21", "la note du Comité 21 parue le 5 juillet", 'other')
N(X, 2, "5 juillet", "la note du Comité 21 parue le 5 juillet", 'date')
F(X, 2, "19", 19, 'count', 'cibles', None, None, "cibles de l'ODD 17", None, "détaille les 19 cibles.",
  "count no_date date_without_year name_with_number_nearby press_article")
N(X, 2, "30 novembre 2021", "Le 30 novembre 2021, jour du Giving Tuesday", 'date')
N(X, 2, "14 juin 2022", "créée ensuite, le 14 juin 2022, par", 'date')
F(X, 2, "21", 21, 'count', 'co-fondateurs', 'co-fondateurs de la Fondation des Territoires', 'sentence',
  "co-fondateurs de la Fondation des Territoires", 2022, "le 14 juin 2022, par 21 co-fondateurs.",
  "count date_in_sentence same_value_other_unit press_article")
F(X, 2, "250", 250, 'count', 'données', None, None, "données inventoriées par Le RAMEAU après la crise sanitaire",
  None, "Le RAMEAU a inventorié plus de 250 données.", "count qualifier_plus_de no_date press_article")
N(X, 2, "2006", "Créé en 2006, ce laboratoire", 'year')
F(X, 2, "500", 500, 'count', 'organisations', 'organisations', 'sentence',
  "organisations auprès desquelles Le RAMEAU a mené des expérimentations", "2006-2024",
  "auprès de plus de 500 organisations depuis sa création.",
  "count qualifier_plus_de period_since press_article")
N(X, 2, "2", "depuis sa création. 2", 'page number')

# ---- p3  end of the article, boxes, chart across the page
N(X, 3, "jeudi 5 décembre 2024", "Le Journal des alliances · jeudi 5 décembre 2024 Territoires", 'date')
N(X, 3, "2010", "Initiée en 2010 après l'étude", 'year')
F(X, 3, "trois", 3, 'count', 'pilotes', "pilotes d'« Agir ensemble en Territoire »", 'sentence',
  "territoires pilotes de la démarche « Agir ensemble en Territoire »", 2010,
  "s'est appuyée sur trois pilotes", "count number_in_words year_in_sentence same_value_other_unit")
F(X, 3, "11", 11, 'count', 'territoires pionniers', 'territoires pionniers', 'sentence',
  "territoires pionniers du parcours d'expérience du CGET et du RAMEAU", None,
  "a réuni 11 territoires pionniers", "count no_date conflict press_article")
F(X, 3, "10", 10, 'count', 'territoires pilotes', 'territoires pilotes', 'sentence',
  "territoires pilotes du parcours, selon un autre document", None, "« 10 territoires pilotes ».",
  "count no_date conflict press_article")
N(X, 3, "17", "Le Fonds ODD 17, co-créé en 2020 par", 'other')
N(X, 3, "2020", "Le Fonds ODD 17, co-créé en 2020 par", 'year')
F(X, 3, "trois", 3, 'years', None, None, None, DUREE, 2020, "une expérimentation de trois ans menée avec 350",
  "duration number_in_words year_from_context same_value_other_unit press_article")
F(X, 3, "350", 350, 'count', 'catalyseurs territoriaux', 'catalyseurs territoriaux', 'sentence', CATA, 2020,
  "menée avec 350 « catalyseurs territoriaux »", "count year_from_context press_article")
F(X, 3, "1,5 M€", 1500000, '€', None, None, None, FONDS, 2020, "grâce à une dotation de 1,5 M€.",
  "money year_from_context press_article")
N(X, 3, "2008", "2008 — Création de l'Observatoire des partenariats", 'year')
N(X, 3, "2008-2012", "2008-2012 — ARPEA, premier programme d'études.", 'year')
N(X, 3, "premier", "2008-2012 — ARPEA, premier programme d'études.", 'ordinal')
N(X, 3, "2013-2018", "2013-2018 — PHARE, deuxième programme.", 'year')
N(X, 3, "deuxième", "2013-2018 — PHARE, deuxième programme.", 'ordinal')
N(X, 3, "2018-2022", "2018-2022 — IMPACT, troisième programme.", 'year')
N(X, 3, "troisième", "2018-2022 — IMPACT, troisième programme.", 'ordinal')
N(X, 3, "2022", "2022 — Création de la Fondation des Territoires.", 'year')
N(X, 3, "2024", "L'enquête de 2024 a été menée par téléphone", 'year')
F(X, 3, "302", 302, 'people', 'maires', 'maires', 'sentence',
  "maires interrogés par l'enquête IMPACTS & TRAJECTOIRES – Elus locaux", 2024,
  "a été menée par téléphone auprès de 302 maires.", "people year_in_sentence box methodology")
F(X, 3, "84 %", 84, '%', 'maires', 'maires interrogés', 'context', COMMUNE, 2024,
  "Parmi eux, 84 % exercent dans une commune", "parmi pronoun threshold_in_sentence year_from_context box")
N(X, 3, "2 000", "de moins de 2 000 habitants : l'enquête", 'threshold')
N(X, 3, "première", "Les associations en première ligne, page 2 ;", 'ordinal')
N(X, 3, "2", "Les associations en première ligne, page 2 ;", 'page number')
N(X, 3, "2", "les Français et leurs attentes, page 2.", 'page number')
F(X, 3, "87 %", 87, '%', 'maires', 'maires', 'table', DEVOIR, 2016,
  "Devoir d'alliance (PHARE-Institutions, 2016) 87 %",
  "chart bar_end_value year_from_label actor_from_header measure_from_row")
N(X, 3, "2016", "Devoir d'alliance (PHARE-Institutions, 2016) 87 %", 'year')
F(X, 3, "76 %", 76, '%', 'maires', 'maires', 'table', ENGAGE, IMPACT,
  "Territoire engagé (programme IMPACT, 2018-2022) 76 %",
  "chart bar_end_value year_from_label actor_from_header measure_from_row programme_period")
N(X, 3, "2018-2022", "Territoire engagé (programme IMPACT, 2018-2022) 76 %", 'year')
F(X, 3, "91 %", 91, '%', 'maires', 'maires', 'table', MOUV, 2024,
  "Territoire en mouvement (novembre 2024) 91 %",
  "chart bar_end_value year_from_label actor_from_header measure_from_row")
N(X, 3, "novembre 2024", "Territoire en mouvement (novembre 2024) 91 %", 'date')
F(X, 3, "92 %", 92, '%', 'maires', 'maires', 'table', BESOIN, None,
  "Besoin d'alliance (plaidoyer, sans date) 92 %",
  "chart bar_end_value no_date stated_undated actor_from_header measure_from_row")
N(X, 3, "3", "la date de son enquête. 3", 'page number')

# =====================================================================================
# Z-03  Lettre d'information, brèves datées (« date — texte »), n° 23, janvier 2025
# =====================================================================================
X = 'z03'
for p in (1, 2, 3, 4):
    N(X, p, "23", "La Lettre des partenariats · n° 23 · page %d/4" % p, 'other')
    N(X, p, "%d/4" % p, "La Lettre des partenariats · n° 23 · page %d/4" % p, 'page number')
N(X, 1, "23", "n° 23 · janvier 2025 Spécial brèves", 'other')
N(X, 1, "janvier 2025", "n° 23 · janvier 2025 Spécial brèves", 'date')
for p, head in ((2, "LES PROGRAMMES"), (3, "LES TERRITOIRES"), (4, "UN MOIS")):
    N(X, p, "23", "n° 23 · janvier 2025 %s" % head, 'other')
    N(X, p, "janvier 2025", "n° 23 · janvier 2025 %s" % head, 'date')

# ---- p1  « Les enquêtes »
N(X, 1, "2008", "la création de l'Observatoire en 2008.", 'year')
N(X, 1, "Janvier 2011", "Janvier 2011 — L'étude ARPEA", 'date')
F(X, 1, "21 %", 21, '%', 'entreprises', 'entreprises', 'sentence', DEV + " avec des associations", 2011,
  "21 % des entreprises développent des partenariats avec des associations",
  "brief year_from_brief_date pop_after list")
F(X, 1, "33 %", 33, '%', 'entreprises', 'entreprises', 'context', SOUH, 2011,
  "33 % souhaitent en développer", "brief year_from_brief_date ellipsis list")
F(X, 1, "46 %", 46, '%', 'entreprises', 'entreprises', 'context', NSOUH, 2011,
  "et 46 % ne le souhaitent pas.", "brief year_from_brief_date ellipsis list negation")
N(X, 1, "Septembre 2015", "Septembre 2015 — Le volet Citoyens", 'date')
F(X, 1, "2 000", 2000, 'people', 'personnes', 'personnes interrogées', 'sentence',
  "taille de l'échantillon du volet PHARE-Citoyens", 2015, "Plus de 2 000 personnes ont été interrogées",
  "people qualifier_plus_de nbsp_thousands brief year_from_brief_date")
F(X, 1, "69 %", 69, '%', 'Français', 'Français', 'sentence', "jugent que s'allier est un devoir", 2015,
  "69 % des Français jugent que s'allier est un devoir", "brief year_from_brief_date pop_after")
F(X, 1, "7,1 sur 10", 7.1, '/10', 'note', 'Français', 'context', MARK + "à l'emploi", 2015,
  "l'emploi arrive en tête des enjeux, noté 7,1 sur 10.",
  "mark10 sur_10_in_words brief year_from_brief_date")
N(X, 1, "Octobre et novembre 2015", "Octobre et novembre 2015 — Les volets", 'date')
F(X, 1, "81 %", 81, '%', 'dirigeants', "dirigeants d'entreprise", 'sentence', DEVOIR, 2015,
  "81 % des dirigeants d'entreprise et 86 % des responsables associatifs partagent ce constat,",
  "brief year_from_brief_date pop_after multi_pop measure_from_context")
F(X, 1, "86 %", 86, '%', 'responsables', 'responsables associatifs', 'sentence', DEVOIR, 2015,
  "81 % des dirigeants d'entreprise et 86 % des responsables associatifs partagent ce constat,",
  "brief year_from_brief_date pop_after multi_pop measure_from_context")
F(X, 1, "12", 12, 'pts', 'dirigeants', "dirigeants d'entreprise", 'context',
  "écart avec les Français sur le constat d'un devoir d'alliance", 2015,
  "soit 12 et 17 points de plus que les Français (calcul de la rédaction).",
  "pts gap computed unit_from_context brief year_from_brief_date respectivement")
F(X, 1, "17 points", 17, 'pts', 'responsables', 'responsables associatifs', 'context',
  "écart avec les Français sur le constat d'un devoir d'alliance", 2015,
  "soit 12 et 17 points de plus que les Français (calcul de la rédaction).",
  "pts gap computed brief year_from_brief_date respectivement")
N(X, 1, "29 février 2016", "29 février 2016 — Une note", 'date')
F(X, 1, "37 %", 37, '%', 'entreprises', "entreprises d'au moins 10 salariés", 'sentence', ENGAGES, 2016,
  "37 % des entreprises d'au moins 10 salariés",
  "brief year_from_brief_date list multi_pop measure_before threshold_in_sentence")
N(X, 1, "10", "des entreprises d'au moins 10 salariés, 38 %", 'threshold')
F(X, 1, "38 %", 38, '%', 'associations', 'associations', 'sentence', ENGAGES, 2016,
  "10 salariés, 38 % des associations,", "brief year_from_brief_date list multi_pop measure_before")
F(X, 1, "53 %", 53, '%', 'associations', 'associations employeuses', 'sentence', ENGAGES, 2016,
  "dont 53 % des associations employeuses,", "brief year_from_brief_date list multi_pop dont measure_before")
F(X, 1, "65 %", 65, '%', 'pionniers', 'pionniers', 'sentence', ENGAGES, 2016, "et 65 % des pionniers.",
  "brief year_from_brief_date list multi_pop measure_before")
N(X, 1, "29 novembre 2016", "29 novembre 2016 — PHARE-Institutions", 'date')
F(X, 1, "87 %", 87, '%', 'maires', 'maires', 'context', DEVOIR, 2016,
  "ils sont 87 % à partager le constat d'un devoir d'alliance.", "brief year_from_brief_date pronoun pop_before")
F(X, 1, "cinq", 5, 'count', 'profils', None, None, "profils de maires distingués par PHARE-Institutions", 2016,
  "L'étude distingue cinq profils de maires.", "count number_in_words brief year_from_brief_date")
N(X, 1, "2016", "2016 — Le programme PHARE publie 13 rapports", 'year')
F(X, 1, "13", 13, 'count', 'rapports régionaux', None, None, "rapports régionaux publiés par le programme PHARE",
  2016, "2016 — Le programme PHARE publie 13 rapports", "count brief year_from_brief_date")
N(X, 1, "Mars 2017", "Mars 2017 — Recherches & Solidarités", 'date')
N(X, 1, "mai-juin 2016", "Menée en mai-juin 2016 auprès de plus de", 'date')
F(X, 1, "1 380", 1380, 'people', 'responsables', 'responsables associatifs', 'sentence',
  "taille de l'échantillon de l'enquête Associations & Partenariats", AP,
  "auprès de plus de 1 380 responsables",
  "people qualifier_plus_de nbsp_thousands brief brief_date_not_figure_year date_in_sentence", year_alt=2017)
F(X, 1, "2,5", 2.5, 'count', 'partenaires', 'associations', 'sentence', "partenaires en moyenne par association",
  AP, "l'enquête compte 2,5 partenaires en moyenne par association",
  "count decimal_count average brief brief_date_not_figure_year", year_alt=2017)
F(X, 1, "74 %", 74, '%', 'associations', 'associations', 'context', COLL, AP,
  "les collectivités territoriales sont citées par 74 % d'entre elles.",
  "pronoun measure_before brief brief_date_not_figure_year", year_alt=2017)
N(X, 1, "1", "Les enquêtes, p. 1", 'page number')
N(X, 1, "2", "Les programmes et le droit, p. 2", 'page number')
N(X, 1, "3", "Les territoires et les fondations, p. 3", 'page number')
N(X, 1, "4", "Un mois de novembre, p. 4", 'page number')
F(X, 1, "148 000", 148000, 'count', 'associations employeuses', 'associations employeuses', 'sentence',
  "associations employeuses selon l'étude IMPACT – Associations & Territoires", None,
  "Le chiffre du mois 148 000 associations employeuses", "count nbsp_thousands undated_study box")
F(X, 1, "98 %", 98, '%', 'associations', 'associations employeuses', 'context', "ont des partenariats", None,
  "Parmi elles, 98 % ont des partenariats.", "parmi pronoun undated_study box")

# ---- p2  « Les programmes et le droit »
N(X, 2, "11 décembre 2012", "11 décembre 2012 — Le rapport quinquennal", 'date')
N(X, 2, "2008-2012", "du programme ARPEA (2008-2012), conduit", 'year')
F(X, 2, "dix", 10, 'count', 'volets', None, None, "volets du programme ARPEA", "2008-2012",
  "conduit en dix volets.", "count number_in_words programme_period brief")
F(X, 2, "84 %", 84, '%', 'Français', 'Français', 'sentence', URGENT, 2012,
  "Les Français étaient 84 % à juger urgent", "pop_before brief year_from_brief_date")
F(X, 2, "86 %", 86, '%', 'Français', 'Français', 'context', URGENT, 2008, "contre 86 % en 2008,",
  "comparison year_in_sentence brief brief_date_not_figure_year")
N(X, 2, "2008", "contre 86 % en 2008,", 'year')
F(X, 2, "2 points", 2, 'pts', 'Français', 'Français', 'context',
  "recul de la part jugeant urgent de créer des partenariats", "2008-2012", "soit un recul de 2 points.",
  "pts evolution computed period_from_range brief")
N(X, 2, "Début 2014", "Début 2014 — Le rapport d'état des lieux", 'date')
N(X, 2, "Novembre 2017", "Novembre 2017 — Lancement du programme IMPACT", 'date')
N(X, 2, "2018-2022", "pour la période 2018-2022, autour", 'year')
F(X, 2, "trois", 3, 'count', 'axes', None, None, "axes du programme IMPACT", IMPACT, "autour de trois axes :",
  "count number_in_words programme_period brief brief_date_not_figure_year same_value_other_unit")
F(X, 2, "76 %", 76, '%', 'maires', 'maires', 'sentence', ENGAGE, IMPACT,
  "76 % des maires jugent leur territoire engagé", "pop_after programme_period brief brief_date_not_figure_year")
F(X, 2, "46 %", 46, '%', 'maires', 'maires', 'context', PILOT, IMPACT,
  "mais 46 % ne savent pas piloter les alliances.",
  "ellipsis negation programme_period brief brief_date_not_figure_year")
N(X, 2, "7 mai 2020", "7 mai 2020 — La mission confiée", 'date')
N(X, 2, "2019", "lors du FNAF 2019 par Gabriel Attal", 'year')
N(X, 2, "17 octobre 2020", "son bilan suit le 17 octobre 2020.", 'date')
F(X, 2, "21", 21, 'count', 'mesures', None, None, "mesures de la feuille de route ministérielle", None,
  "Une feuille de route ministérielle compte par ailleurs 21 mesures.",
  "count no_date brief month_without_year")
N(X, 2, "2020", "2020 — Le RAMEAU et la Fondation TotalEnergies co-créent", 'year')
N(X, 2, "17", "co-créent le Fonds ODD 17 :", 'other')
F(X, 2, "1,5 M€", 1500000, '€', None, None, None, FONDS, 2020, "le Fonds ODD 17 : 1,5 M€ pour une",
  "money brief year_from_brief_date")
F(X, 2, "3", 3, 'years', None, None, None, DUREE, 2020, "pour une expérimentation sur 3 ans,",
  "duration brief year_from_brief_date same_value_other_unit")
F(X, 2, "350", 350, 'count', 'catalyseurs territoriaux', 'catalyseurs territoriaux', 'sentence', CATA, 2020,
  "avec 350 catalyseurs territoriaux.", "count brief year_from_brief_date")
N(X, 2, "Novembre 2020", "Novembre 2020 — L'étude IMPACT-Elus locaux", 'date')
F(X, 2, "64 %", 64, '%', 'élus', 'élus locaux', 'sentence', JOUER, 2020,
  "64 % des élus locaux veulent s'appuyer sur le « jouer collectif ».", "pop_after brief year_from_brief_date")
N(X, 2, "30 novembre 2021", "30 novembre 2021 — Lancement de la Charte", 'date')
F(X, 2, "92 %", 92, '%', 'maires', 'maires', 'sentence', BESOIN, None,
  "92 % des maires expriment un « besoin d'alliance ».",
  "pop_after no_date brief brief_date_not_figure_year")

# ---- p3  « Les territoires et les fondations » (three brèves give a day and a month only)
N(X, 3, "2010", "2010 — Après l'étude ARPEA-Collectivités locales", 'year')
F(X, 3, "trois", 3, 'count', 'pilotes', "pilotes d'« Agir ensemble en Territoire »", 'sentence',
  "territoires pilotes de la démarche « Agir ensemble en Territoire »", 2010, "démarre avec trois pilotes :",
  "count number_in_words brief year_from_brief_date")
N(X, 3, "Juillet 2018", "Juillet 2018 — Lancement de la préfiguration", 'date')
N(X, 3, "3 mai", "3 mai — Première session", 'date')
N(X, 3, "Première", "3 mai — Première session", 'ordinal')
F(X, 3, "11", 11, 'count', 'territoires pionniers', 'territoires pionniers', 'sentence',
  "territoires pionniers du parcours d'expérience du CGET et du RAMEAU", None,
  "avec 11 territoires pionniers ;", "count no_date brief month_without_year conflict")
F(X, 3, "10", 10, 'count', 'territoires', 'territoires', 'context',
  "territoires du parcours, selon une autre source", None, "une autre source en compte 10.",
  "count no_date brief month_without_year conflict pronoun_en figure_last")
N(X, 3, "14 juin 2022", "14 juin 2022 — Création de la Fondation", 'date')
F(X, 3, "21", 21, 'count', 'co-fondateurs', 'co-fondateurs de la Fondation des Territoires', 'sentence',
  "co-fondateurs de la Fondation des Territoires", 2022, "par 21 co-fondateurs.",
  "count brief year_from_brief_date")
N(X, 3, "23 septembre", "23 septembre — L'étude IMPACT Fondations", 'date')
F(X, 3, "42", 42, 'count', 'fondations', 'fondations', 'sentence',
  "fondations interrogées par l'étude IMPACT Fondations & Territoires", None,
  "42 fondations ont été interrogées.", "count no_date brief month_without_year")
N(X, 3, "5 juillet", "5 juillet — Le Comité 21 publie sa note", 'date')
N(X, 3, "21", "5 juillet — Le Comité 21 publie sa note", 'other')
N(X, 3, "17", "sa note « ODD 17 : Sens", 'other')
N(X, 3, "17", "l'ODD 17 compte 19 cibles.", 'other')
F(X, 3, "19", 19, 'count', 'cibles', None, None, "cibles de l'ODD 17", None, "l'ODD 17 compte 19 cibles.",
  "count no_date brief month_without_year name_with_number_nearby")
F(X, 3, "250", 250, 'count', 'données', None, None, "données inventoriées par Le RAMEAU après la crise sanitaire",
  None, "Le RAMEAU inventorie plus de 250 données :", "count qualifier_plus_de no_date brief undated_brief")
F(X, 3, "81 %", 81, '%', 'Français', 'Français', 'sentence', COCONS, None,
  "81 % des Français et 84 % des dirigeants de TPE et de PME jugent la co-construction utile pour rebondir.",
  "pop_after multi_pop no_date brief undated_brief")
F(X, 3, "84 %", 84, '%', 'dirigeants', "dirigeants de TPE et de PME", 'sentence', COCONS, None,
  "81 % des Français et 84 % des dirigeants de TPE et de PME jugent la co-construction utile pour rebondir.",
  "pop_after multi_pop no_date brief undated_brief")
N(X, 3, "21", "La note du Comité 21 sur l'ODD 17", 'other')
N(X, 3, "17", "La note du Comité 21 sur l'ODD 17", 'other')

# ---- p4  « Un mois de novembre » (no year), a 2024 brève, « Le laboratoire »
N(X, 4, "15 novembre", "15 novembre — Parution du dossier", 'date')
N(X, 4, "628", "JURIS Associations n° 628.", 'other')
N(X, 4, "23 novembre", "23 novembre — 3e dîner", 'date')
N(X, 4, "3e", "23 novembre — 3e dîner", 'ordinal')
N(X, 4, "Deux", "Deux chiffres y sont mis en avant", 'other')
F(X, 4, "64 %", 64, '%', 'élus', 'élus locaux', 'sentence', JOUER, None,
  "64 % des élus locaux veulent s'appuyer sur le « jouer collectif »",
  "pop_after no_date brief month_without_year stated_undated")
F(X, 4, "92 %", 92, '%', 'maires', 'maires', 'sentence', "reconnaissent l'utilité de la co-construction", None,
  "92 % des maires reconnaissent l'utilité de la co-construction.",
  "pop_after no_date brief month_without_year stated_undated")
N(X, 4, "26 novembre", "26 novembre — Publication du 11e rapport", 'date')
N(X, 4, "11e", "26 novembre — Publication du 11e rapport", 'ordinal')
N(X, 4, "5e", "et 5e webinaire « l'ODD 17 en pratique ».", 'ordinal')
N(X, 4, "17", "et 5e webinaire « l'ODD 17 en pratique ».", 'other')
N(X, 4, "Novembre 2024", "Novembre 2024 — IMPACTS & TRAJECTOIRES", 'date')
F(X, 4, "302", 302, 'people', 'maires', 'maires', 'sentence',
  "maires interrogés par l'enquête IMPACTS & TRAJECTOIRES – Elus locaux", 2024, "302 maires interrogés du 30",
  "people brief year_from_brief_date date_in_sentence")
N(X, 4, "30 septembre", "interrogés du 30 septembre au 28 octobre 2024 ;", 'date')
N(X, 4, "28 octobre 2024", "interrogés du 30 septembre au 28 octobre 2024 ;", 'date')
F(X, 4, "91 %", 91, '%', 'maires', 'maires', 'context', MOUV, 2024,
  "91 % voient leur territoire en mouvement,", "brief year_from_brief_date actor_from_context")
F(X, 4, "35 %", 35, '%', 'maires', 'maires', 'context', MOUV_FORT, 2024, "dont 35 % fortement.",
  "brief year_from_brief_date dont ellipsis breakdown")
N(X, 4, "2006", "2006 — Création du RAMEAU", 'year')
F(X, 4, "trois", 3, 'count', 'missions', None, None, "missions du RAMEAU", None, "il se donne trois missions.",
  "count number_in_words near_year brief")
N(X, 4, "2006", "Depuis 2006 — Le RAMEAU a mené", 'year')
F(X, 4, "500", 500, 'count', 'organisations', 'organisations', 'sentence',
  "organisations auprès desquelles Le RAMEAU a mené des expérimentations", "2006-2025",
  "auprès de plus de 500 organisations.", "count qualifier_plus_de period_since brief", year_alt="2006-2024")
F(X, 4, "15", 15, 'years', None, None, None, "années de recherche du RAMEAU", None, "15 ans de recherche,",
  "duration no_date box")
F(X, 4, "5", 5, 'years', None, None, None, "années d'étude d'impact du RAMEAU", None, "5 ans d'étude d'impact",
  "duration no_date box")
F(X, 4, "1.000", 1000, 'count', 'exemples inspirants', None, None, "exemples inspirants recensés par Le RAMEAU",
  None, "plus de 1.000 exemples inspirants recensés.", "count dot_thousands qualifier_plus_de no_date box")
N(X, 4, "24", "dans la lettre n° 24.", 'other')

# =====================================================================================
# Z-04  Synthèse régionale (octobre 2023): régions en lignes, publics en colonnes
# =====================================================================================
X = 'z04'
for p in (1, 2):
    N(X, p, "octobre 2023", "Observatoire des partenariats · Synthèse régionale octobre 2023", 'date')
    N(X, p, "%d" % p, "— %d —" % p, 'page number')

# ---- p1  Tableau 1: the regional rows carry no published figure; the last row is national
N(X, 1, "quatre", "disent des quatre publics de l'alliance", 'other')
N(X, 1, "1", "le tableau 1 donne donc", 'other')
N(X, 1, "1", "Tableau 1 – Les régions et les publics", 'other')
N(X, 1, "2010", "pilote d'« Agir ensemble en Territoire » dès 2010", 'year')
N(X, 1, "2010", "Groupe La Poste, pilote dès 2010", 'year')
N(X, 1, "2010", "Territoire pilote dès 2010", 'year')
N(X, 1, "30 novembre 2021", "lancée à Saint-Maurice le 30 novembre 2021", 'date')
N(X, 1, "11e", "11e rapport régional de l'Observatoire, publié le 26 novembre", 'ordinal')
N(X, 1, "26 novembre", "11e rapport régional de l'Observatoire, publié le 26 novembre", 'date')
F(X, 1, "3", 3, 'count', 'exemples inspirants', None, None,
  "exemples inspirants retenus en Occitanie par le voyage d'étude du RAMEAU", None,
  "Voyage d'étude du RAMEAU : 3 exemples inspirants",
  "table regional_table regional_row count no_date")
N(X, 1, "14 juin 2022", "sous l'égide de la Fondation de Lille le 14 juin 2022", 'date')
ROW = "(PHARE : Français, sept. 2015 ; dirigeants d'entreprise, oct. 2015 ; responsables associatifs, nov. 2015 ; maires, 29 nov. 2016)"
N(X, 1, "sept. 2015", ROW, 'date')
N(X, 1, "oct. 2015", ROW, 'date')
N(X, 1, "nov. 2015", ROW, 'date')
N(X, 1, "29 nov. 2016", ROW, 'date')
CELLS = "29 nov. 2016) 69 81 86 87"
NAT = "table regional_table national_row unit_from_header actor_from_column actor_from_row year_in_row"
F(X, 1, "69", 69, '%', 'Français', 'Français', 'table', DEVOIR, 2015, CELLS, NAT)
F(X, 1, "81", 81, '%', 'dirigeants', "dirigeants d'entreprise", 'table', DEVOIR, 2015, CELLS, NAT)
F(X, 1, "86", 86, '%', 'responsables', 'responsables associatifs', 'table', DEVOIR, 2015, CELLS, NAT)
F(X, 1, "87", 87, '%', 'maires', 'maires', 'table', DEVOIR, 2016, CELLS, NAT + " lecture_line",
  also=["en France, 87 % des maires partagent"])
F(X, 1, "13", 13, 'count', 'rapports régionaux', None, None, "rapports régionaux publiés par l'Observatoire", 2016,
  "13 rapports régionaux en 2016", "table regional_table national_row count year_in_sentence")
N(X, 1, "2016", "13 rapports régionaux en 2016", 'year')

# ---- p2  two columns: région par région, territoires pionniers | échelles, communes
N(X, 2, "2", "2. Région par région", 'other')
N(X, 2, "30 novembre 2021", "à Saint-Maurice, le 30 novembre 2021, jour", 'date')
N(X, 2, "11e", "Le 11e rapport régional de l'Observatoire lui est consacré", 'ordinal')
N(X, 2, "26 novembre", "il a été publié le 26 novembre.", 'date')
N(X, 2, "1", "présentés dans le tableau 1.", 'other')
N(X, 2, "14 juin 2022", "a été créée le 14 juin 2022 sous l'égide", 'date')
F(X, 2, "21", 21, 'count', 'co-fondateurs', 'co-fondateurs de la Fondation des Territoires', 'sentence',
  "co-fondateurs de la Fondation des Territoires", 2022, "par 21 co-fondateurs.",
  "count date_in_sentence regional_row")
N(X, 2, "3", "3. Les territoires pionniers", 'other')
N(X, 2, "2010", "Initiée en 2010, la démarche", 'year')
F(X, 2, "trois", 3, 'count', 'pilotes', "pilotes d'« Agir ensemble en Territoire »", 'sentence',
  "territoires pilotes de la démarche « Agir ensemble en Territoire »", 2010, "a réuni trois pilotes,",
  "count number_in_words year_in_sentence same_value_other_unit")
N(X, 2, "trois", "un dans chacune des trois premières régions du tableau 1 :", 'other')
N(X, 2, "premières", "un dans chacune des trois premières régions du tableau 1 :", 'ordinal')
N(X, 2, "1", "un dans chacune des trois premières régions du tableau 1 :", 'other')
F(X, 2, "11", 11, 'count', 'territoires pionniers', 'territoires pionniers', 'sentence',
  "territoires pionniers du parcours d'expérience du CGET et du RAMEAU", None,
  "a ensuite réuni 11 territoires pionniers,", "count no_date conflict")
N(X, 2, "première", "dont la première session s'est tenue le 3 mai", 'ordinal')
N(X, 2, "3 mai", "dont la première session s'est tenue le 3 mai", 'date')
F(X, 2, "10", 10, 'count', 'territoires pilotes', 'territoires pilotes', 'sentence',
  "territoires pilotes du parcours, selon une autre source", None,
  "une autre source parle de 10 territoires pilotes.", "count no_date conflict")
N(X, 2, "17", "Le Fonds ODD 17, co-créé en 2020, finance", 'other')
N(X, 2, "2020", "Le Fonds ODD 17, co-créé en 2020, finance", 'year')
F(X, 2, "trois", 3, 'years', None, None, None, DUREE, 2020, "finance une expérimentation de trois ans avec",
  "duration number_in_words year_in_sentence same_value_other_unit")
F(X, 2, "350", 350, 'count', 'catalyseurs territoriaux', 'catalyseurs territoriaux', 'sentence', CATA, 2020,
  "avec 350 catalyseurs territoriaux,", "count year_in_sentence")
F(X, 2, "1,5 M€", 1500000, '€', None, None, None, FONDS, 2020, "pour une dotation de 1,5 M€.",
  "money year_in_sentence")
N(X, 2, "4", "4. À quelle échelle s'allie-t-on ?", 'other')
F(X, 2, "148 000", 148000, 'count', 'associations employeuses', 'associations employeuses', 'sentence',
  "associations employeuses étudiées par l'étude IMPACT – Associations & Territoires", None,
  "porte sur les 148 000 associations employeuses", "count nbsp_thousands undated_study")
F(X, 2, "98 %", 98, '%', 'associations', 'associations employeuses', 'sentence', "ont des partenariats", None,
  "98 % d'entre elles ont des partenariats.", "pronoun undated_study")
N(X, 2, "2", "Tableau 2 – Échelle des partenariats", 'other')
F(X, 2, "73", 73, '%', 'associations', 'associations employeuses', 'table',
  "ont des partenariats à l'échelle locale", None, "Locale 73",
  "table unit_from_header actor_from_header measure_from_row undated_study")
F(X, 2, "47", 47, '%', 'associations', 'associations employeuses', 'table',
  "ont des partenariats à l'échelle régionale", None, "Régionale 47",
  "table unit_from_header actor_from_header measure_from_row undated_study")
F(X, 2, "26 points", 26, 'pts', 'associations', 'associations employeuses', 'context',
  "écart entre partenariats à l'échelle locale et à l'échelle régionale", None,
  "L'échelle régionale arrive ainsi 26 points derrière l'échelle locale",
  "pts gap computed undated_study")
N(X, 2, "5", "5. Les communes et leurs partenaires", 'other')
F(X, 2, "302", 302, 'people', 'maires', 'maires', 'sentence',
  "maires interrogés par l'enquête IMPACTS & TRAJECTOIRES – Elus locaux", 2024,
  "Les 302 maires interrogés du 30 septembre", "people date_in_sentence")
N(X, 2, "30 septembre", "Les 302 maires interrogés du 30 septembre", 'date')
N(X, 2, "28 octobre 2024", "au 28 octobre 2024 pour l'enquête", 'date')
F(X, 2, "84 %", 84, '%', 'maires', 'maires interrogés', 'sentence', COMMUNE, 2024,
  "pour 84 % d'entre eux, dans une commune", "pronoun threshold_in_sentence date_in_sentence")
N(X, 2, "2 000", "dans une commune de moins de 2 000 habitants.", 'threshold')
N(X, 2, "3", "Tableau 3 – Partenaires des associations employeuses", 'other')
for label, v, what in (("Collectivités territoriales", 89, "les collectivités territoriales"),
                       ("Établissements scolaires", 70, "les établissements scolaires"),
                       ("Collectifs d'associations", 56, "les collectifs d'associations"),
                       ("Acteurs publics nationaux", 52, "les acteurs publics nationaux"),
                       ("Fédérations professionnelles", 37, "les fédérations professionnelles"),
                       ("Acteurs académiques", 35, "les acteurs académiques")):
    F(X, 2, str(v), v, '%', 'associations', 'associations employeuses', 'table',
      "comptent %s parmi leurs partenaires" % what, None, "%s %d" % (label, v),
      "table unit_from_header actor_from_header measure_from_row undated_study source_line_without_year")

# =====================================================================================
# Z-05  Infographie (mise à jour décembre 2024): pictogrammes, ratios, chiffres en lettres et en chiffres
# =====================================================================================
X = 'z05'
for p in (1, 2):
    N(X, p, "décembre 2024", "Infographie · mise à jour décembre 2024", 'date')
    N(X, p, "%d/2" % p, "Infographie · %d/2" % p, 'page number')

# ---- p1  « Les publics »: each tile is dated by its numbered source note at the foot of the page
F(X, 1, "8 Français sur 10", 80, '%', 'Français', 'Français', 'sentence', DEVOIR_P, None,
  "Plus de 8 Français sur 10", "ratio pictogram qualifier_plus_de measure_after source_note no_date stated_undated "
  "conflict")
N(X, 1, "1", "ressentent un « devoir d'alliance »1", 'footnote')
F(X, 1, "9 maires sur 10", 90, '%', 'maires', 'maires', 'sentence', BESOIN, None,
  "Plus de 9 maires sur 10", "ratio pictogram qualifier_plus_de measure_after source_note no_date stated_undated")
N(X, 1, "1", "expriment un « besoin d'alliance »1", 'footnote')
F(X, 1, "3 maires sur 4", 75, '%', 'maires', 'maires', 'sentence', ENGAGE, IMPACT,
  "Plus de 3 maires sur 4", "ratio pictogram qualifier_plus_de measure_after source_note programme_period")
N(X, 1, "2", "jugent leur territoire engagé2", 'footnote')
F(X, 1, "un maire sur deux", 50, '%', 'maires', 'maires', 'sentence', PILOT, IMPACT,
  "Près d'un maire sur deux", "ratio number_in_words pictogram qualifier_pres_de measure_after source_note "
  "programme_period")
N(X, 1, "2", "ne sait pas comment piloter les alliances2", 'footnote')
F(X, 1, "69 %", 69, '%', 'Français', 'Français', 'sentence', "jugent que s'allier est un devoir", 2015,
  "69 % des Français jugent que s'allier est un devoir", "pictogram pop_after source_note conflict")
N(X, 1, "3", "des Français jugent que s'allier est un devoir3", 'footnote')
F(X, 1, "deux mille", 2000, 'people', 'personnes', 'personnes interrogées', 'sentence',
  "taille de l'échantillon du volet PHARE-Citoyens", 2015,
  "Plus de deux mille personnes interrogées", "people number_in_words qualifier_plus_de pictogram source_note")
N(X, 1, "3", "pour le volet Citoyens de PHARE3", 'footnote')
F(X, 1, "7,1 sur 10", 7.1, '/10', 'note', 'Français', 'sentence', MARK + "à l'emploi", 2015,
  "7,1 sur 10 la note moyenne de l'emploi", "mark10 sur_10_in_words pictogram measure_after source_note "
  "not_a_ratio")
N(X, 1, "premier", "la note moyenne de l'emploi, premier des enjeux", 'ordinal')
N(X, 1, "3", "premier des enjeux des Français3", 'footnote')
F(X, 1, "91 %", 91, '%', 'maires', 'maires interrogés', 'sentence', MOUV, 2024,
  "91 % des 302 maires interrogés voient leur territoire en mouvement", "pictogram pop_after source_note")
F(X, 1, "302", 302, 'people', 'maires', 'maires', 'sentence',
  "maires interrogés par l'enquête IMPACTS & TRAJECTOIRES – Elus locaux", 2024,
  "91 % des 302 maires interrogés voient leur territoire en mouvement", "people source_note")
N(X, 1, "4", "voient leur territoire en mouvement4", 'footnote')
N(X, 1, "1", "Sources 1. Plaidoyer pour le droit", 'footnote')
N(X, 1, "2", "2. Programme IMPACT, 2018-2022.", 'footnote')
N(X, 1, "2018-2022", "2. Programme IMPACT, 2018-2022.", 'year')
N(X, 1, "3", "3. PHARE-Citoyens, septembre 2015.", 'footnote')
N(X, 1, "septembre 2015", "3. PHARE-Citoyens, septembre 2015.", 'date')
N(X, 1, "4", "4. IMPACTS & TRAJECTOIRES", 'footnote')
N(X, 1, "novembre 2024", "Elus locaux, novembre 2024.", 'date')

# ---- p2  « Associations, entreprises, fondations »
F(X, 2, "148 000", 148000, 'count', 'associations employeuses', 'associations employeuses', 'sentence',
  "associations employeuses en France", None, "148 000 associations employeuses en France",
  "count nbsp_thousands pictogram source_note undated_study stated_undated")
N(X, 2, "5", "associations employeuses en France5", 'footnote')
F(X, 2, "Quatre-vingt-dix-huit pour cent", 98, '%', 'associations', 'associations employeuses', 'context',
  "ont des partenariats", None, "Quatre-vingt-dix-huit pour cent d'entre elles ont des partenariats",
  "number_in_words percent_in_words compound_number_word pronoun pictogram source_note undated_study "
  "stated_undated")
N(X, 2, "5", "d'entre elles ont des partenariats5", 'footnote')
F(X, 2, "Une association sur deux", 50, '%', 'associations', "associations dont le budget dépasse 150 000 €",
  'sentence', PART_ENT, AP, "Une association sur deux dont le budget dépasse 150 000 €",
  "ratio number_in_words pictogram threshold_in_sentence money_threshold_nearby pop_after source_note",
  year_alt=2017)
N(X, 2, "150 000 €", "dont le budget dépasse 150 000 € a un partenariat", 'threshold')
N(X, 2, "6", "a un partenariat avec une entreprise6", 'footnote')
F(X, 2, "Une sur cinq", 20, '%', 'associations', "associations dont le budget est inférieur à 10 000 €",
  'sentence', PART_ENT, AP, "Une sur cinq parmi celles dont le budget est inférieur à 10 000 €",
  "ratio number_in_words pictogram celles parmi threshold_in_sentence money_threshold_nearby "
  "measure_from_context source_note", year_alt=2017)
N(X, 2, "10 000 €", "dont le budget est inférieur à 10 000 €6", 'threshold')
N(X, 2, "6", "dont le budget est inférieur à 10 000 €6", 'footnote')
F(X, 2, "2,5", 2.5, 'count', 'partenaires', 'associations', 'sentence', "partenaires en moyenne par association",
  AP, "2,5 partenaires en moyenne par association",
  "count decimal_count average pictogram source_note", year_alt=2017)
N(X, 2, "6", "partenaires en moyenne par association6", 'footnote')
F(X, 2, "21 %", 21, '%', 'entreprises', 'entreprises', 'sentence', DEV, 2011,
  "21 % des entreprises développent des partenariats", "pictogram pop_after source_note")
F(X, 2, "33 %", 33, '%', 'entreprises', 'entreprises', 'context', SOUH, 2011,
  "33 % souhaitent en développer", "ellipsis source_note")
N(X, 2, "7", "33 % souhaitent en développer7", 'footnote')
F(X, 2, "Quarante-deux", 42, 'count', 'fondations', 'fondations', 'sentence',
  "fondations interrogées par l'étude IMPACT Fondations & Territoires", None,
  "Quarante-deux fondations interrogées", "count number_in_words compound_number_word pictogram source_note "
  "no_date date_without_year")
N(X, 2, "8", "IMPACT Fondations & Territoires8", 'footnote')
F(X, 2, "1,5 million d'euros", 1500000, '€', None, None, None, FONDS, 2020,
  "1,5 million d'euros pour le Fonds ODD 17", "money money_in_words pictogram source_note")
N(X, 2, "17", "1,5 million d'euros pour le Fonds ODD 17", 'other')
F(X, 2, "350", 350, 'count', 'catalyseurs territoriaux', 'catalyseurs territoriaux', 'sentence', CATA, 2020,
  "et ses 350 catalyseurs territoriaux", "count source_note")
N(X, 2, "9", "et ses 350 catalyseurs territoriaux9", 'footnote')
N(X, 2, "5", "Sources 5. IMPACT – Associations", 'footnote')
N(X, 2, "6", "6. Associations & Partenariats", 'footnote')
N(X, 2, "mai-juin 2016", "enquête de mai-juin 2016, publiée", 'date')
N(X, 2, "mars 2017", "publiée en mars 2017.", 'date')
N(X, 2, "7", "7. ARPEA Entreprises & Territoires", 'footnote')
N(X, 2, "janvier 2011", "Territoires, janvier 2011.", 'date')
N(X, 2, "8", "8. IMPACT Fondations & Territoires", 'footnote')
N(X, 2, "23 septembre", "publiée un 23 septembre.", 'date')
N(X, 2, "9", "9. Fonds ODD 17, co-créé en 2020", 'footnote')
N(X, 2, "17", "9. Fonds ODD 17, co-créé en 2020", 'other')
N(X, 2, "2020", "9. Fonds ODD 17, co-créé en 2020", 'year')
