# -*- coding: utf-8 -*-
"""Hand-written gold items of set X.

F(file, page, text, value, unit, noun, actor, actor_source, measure, year, sentence, cases, ...)
N(file, page, text, sentence, why)

`sentence` is copied from the whitespace-collapsed pypdf text of the page; `text` lies in it.
`cases` is a space-separated list of tags; build_x.py adds the derived tags nbsp / narrow_nbsp.
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
INNOV = "voient dans les partenariats une source d'innovation"
DEVOIR = "ressentent un devoir d'alliance"
REBONDIR = "jugent la co-construction utile pour rebondir en sortie de crise"
JOUER = "veulent s'appuyer sur le « jouer collectif »"

# =====================================================================================
# X-01  Rapport d'activité, bilan 2008-2024 (mars 2025): series tables with year columns
# =====================================================================================
X = 'x01'
for p in (1, 2, 3, 4):
    N(X, p, "2008-2024", "Observatoire des partenariats · Rapport d'activité, bilan 2008-2024", 'year')
    N(X, p, "mars 2025", "bilan 2008-2024 mars 2025", 'date')
    N(X, p, "%d / 4" % p, "%d / 4" % p, 'page number')

# ---- p1
N(X, 1, "2008-2024", "Bilan 2008-2024 : les séries de l'Observatoire", 'year')
N(X, 1, "mars 2025", "Observatoire des partenariats · publié en mars 2025", 'date')
N(X, 1, "2008", "Créé en 2008 par la Caisse des Dépôts et Le RAMEAU1", 'year')
N(X, 1, "1", "Créé en 2008 par la Caisse des Dépôts et Le RAMEAU1", 'footnote')
N(X, 1, "1", "1. 2008-2012 : ARPEA, les premiers constats", 'other')
N(X, 1, "2008-2012", "1. 2008-2012 : ARPEA, les premiers constats", 'year')
N(X, 1, "premiers", "1. 2008-2012 : ARPEA, les premiers constats", 'ordinal')
N(X, 1, "premier", "Le premier programme quinquennal, ARPEA", 'ordinal')
F(X, 1, "dix", 10, 'count', 'volets', None, None, "volets du programme ARPEA", "2008-2012",
  "Le premier programme quinquennal, ARPEA, a été conduit en dix volets.",
  "count number_in_words year_from_heading programme_period")
N(X, 1, "11 décembre 2012", "publié le 11 décembre 2012, en tire le bilan.", 'date')
N(X, 1, "deux mille huit", "le constat est posé dès deux mille huit", 'year')
F(X, 1, "86 %", 86, '%', 'Français', 'Français', 'sentence', URGENT, 2008,
  "86 % des Français jugent alors urgent de créer des partenariats entre associations et entreprises.",
  "pop_after year_in_words repeated_in_table",
  also=["Français : urgence de créer des partenariats 86 – 84"])
N(X, 1, "Quatre ans plus tard", "Quatre ans plus tard, ils sont encore 84 %.", 'date')
F(X, 1, "84 %", 84, '%', 'Français', 'Français', 'context', URGENT, 2012,
  "Quatre ans plus tard, ils sont encore 84 %.",
  "pronoun relative_date year_computed figure_last repeated_in_table",
  also=["Français : urgence de créer des partenariats 86 – 84"])
N(X, 1, "janvier 2011", "Selon l'étude ARPEA Entreprises & Territoires, publiée en janvier 2011", 'date')
F(X, 1, "21 %", 21, '%', 'entreprises', 'entreprises', 'context', "développent des partenariats", 2011,
  "21 % d'entre elles développent des partenariats",
  "pronoun date_in_sentence survey_named_in_sentence multi_same_pop repeated_in_table",
  also=["Entreprises : développent des partenariatsa – 21 –"])
F(X, 1, "33 %", 33, '%', 'entreprises', 'entreprises', 'context', "souhaitent développer des partenariats",
  2011, "et 33 % souhaitent en développer (tableau 1).",
  "ellipsis date_in_sentence multi_same_pop repeated_in_table",
  also=["Entreprises : souhaitent en développera – 33 –"])
N(X, 1, "1", "et 33 % souhaitent en développer (tableau 1).", 'other')
N(X, 1, "1", "Tableau 1 – Les séries d'ARPEA (en %)", 'other')
for yr in ("2008", "2011", "2012"):
    N(X, 1, yr, "Population et question 2008 2011 2012", 'year')
F(X, 1, "46", 46, '%', 'entreprises', 'entreprises', 'table', "ne souhaitent pas développer de partenariats",
  2011, "Entreprises : ne le souhaitent pasa – 46 –",
  "table series_table unit_from_header actor_from_row measure_from_row year_from_header negation",
  also=["Lecture : en 2011, 46 % des entreprises ne souhaitaient pas développer de partenariats."])
N(X, 1, "janvier 2011", "a. Étude ARPEA Entreprises & Territoires, janvier 2011.", 'date')
N(X, 1, "2011", "Lecture : en 2011, 46 %", 'year')
N(X, 1, "2010", "« Agir ensemble en Territoire » est initiée en 2010", 'year')
F(X, 1, "trois", 3, 'count', 'territoires pilotes', 'territoires pilotes', 'sentence',
  "territoires pilotes de la démarche Agir ensemble en Territoire", 2010,
  "Elle est d'abord expérimentée dans trois territoires pilotes",
  "count number_in_words year_from_context")
N(X, 1, "1", "1. Le rapport quinquennal de 2012", 'footnote')
N(X, 1, "2012", "1. Le rapport quinquennal de 2012", 'year')
N(X, 1, "janvier 2011", "comme une étude parue en janvier 2011", 'date')
N(X, 1, "2007", "dit l'Observatoire « créé en 2007 ».", 'year')

# ---- p2
N(X, 2, "2", "2. 2013-2018 : PHARE, l'alliance vue par chaque public", 'other')
N(X, 2, "2013-2018", "2. 2013-2018 : PHARE, l'alliance vue par chaque public", 'year')
N(X, 2, "deuxième", "Le deuxième programme, PHARE (2013-2018)2", 'ordinal')
N(X, 2, "2013-2018", "Le deuxième programme, PHARE (2013-2018)2", 'year')
N(X, 2, "2", "Le deuxième programme, PHARE (2013-2018)2", 'footnote')
F(X, 2, "six", 6, 'count', 'volets', None, None, "volets du programme PHARE", "2013-2018",
  "s'est déployé en six volets", "count number_in_words programme_period year_from_heading conflict",
  year_alt="2013-2017")
N(X, 2, "septembre 2015", "publiés de septembre 2015 à l'automne 2016", 'date')
N(X, 2, "automne 2016", "publiés de septembre 2015 à l'automne 2016", 'date')
N(X, 2, "septembre 2015", "Le volet Citoyens, paru en septembre 2015", 'date')
F(X, 2, "2 000", 2000, 'people', 'personnes', 'personnes interrogées', 'sentence',
  "taille de l'échantillon du volet PHARE-Citoyens", 2015,
  "a interrogé plus de 2 000 personnes.", "people qualifier_plus_de nbsp_thousands date_in_sentence")
F(X, 2, "7,1 sur 10", 7.1, '/10', 'note', 'Français interrogés', 'context',
  "note moyenne donnée à l'emploi parmi les enjeux", 2015,
  "L'emploi y arrive en tête des enjeux, noté 7,1 sur 10.",
  "mark10 sur_10_in_words year_from_context survey_named_earlier")
N(X, 2, "Quatre", "Quatre publics ont répondu à une même question", 'other')
N(X, 2, "2", "celle du « devoir d'alliance » (tableau 2).", 'other')
N(X, 2, "2", "Tableau 2 – Le « devoir d'alliance », public par public (en %)", 'other')
N(X, 2, "2015", "Public 2015 2016", 'year')
N(X, 2, "2016", "Public 2015 2016", 'year')
F(X, 2, "69", 69, '%', 'Français', 'Français', 'table', DEVOIR, 2015, "Français 69 –",
  "table series_table unit_from_header actor_from_row year_from_header comparison",
  also=["contre 69 % des Français un an plus tôt."])
F(X, 2, "81", 81, '%', 'dirigeants', "dirigeants d'entreprise", 'table', DEVOIR, 2015,
  "Dirigeants d'entreprise 81 –", "table series_table unit_from_header actor_from_row year_from_header")
F(X, 2, "86", 86, '%', 'responsables', 'responsables associatifs', 'table', DEVOIR, 2015,
  "Responsables associatifs 86 –", "table series_table unit_from_header actor_from_row year_from_header")
F(X, 2, "87", 87, '%', 'maires', 'maires', 'table', DEVOIR, 2016, "Mairesb – 87",
  "table series_table unit_from_header actor_from_row year_from_header table_note",
  also=["Les maires sont donc 87 % à partager ce constat en 2016"])
N(X, 2, "29 novembre 2016", "b. Volet PHARE-Institutions, publié le 29 novembre 2016.", 'date')
N(X, 2, "2016", "Les maires sont donc 87 % à partager ce constat en 2016", 'year')
F(X, 2, "cinq", 5, 'count', 'profils', None, None, "profils de maires distingués par PHARE-Institutions", 2016,
  "PHARE-Institutions distingue par ailleurs cinq profils de maires.",
  "count number_in_words year_from_context")
F(X, 2, "treize", 13, 'count', 'rapports régionaux', None, None, "rapports régionaux du programme PHARE", 2016,
  "La même année, treize rapports régionaux sont parus", "count number_in_words year_from_context")
N(X, 2, "onzième", "le onzième, consacré à la Normandie", 'ordinal')
N(X, 2, "26 novembre", "a été publié le 26 novembre.", 'date')
N(X, 2, "2", "2. Deux autres sources datent PHARE", 'footnote')
N(X, 2, "Deux", "2. Deux autres sources datent PHARE", 'other')
N(X, 2, "2013-2017", "datent PHARE de 2013-2017.", 'year')

# ---- p3
N(X, 3, "3", "3. 2018-2022 : IMPACT, mesurer les effets", 'other')
N(X, 3, "2018-2022", "3. 2018-2022 : IMPACT, mesurer les effets", 'year')
N(X, 3, "novembre 2017", "Lancé en novembre 2017 avec la Caisse des Dépôts", 'date')
N(X, 3, "troisième", "le troisième programme s'organise", 'ordinal')
F(X, 3, "trois", 3, 'count', 'axes', None, None, "axes du programme IMPACT", "2018-2022",
  "le troisième programme s'organise autour de trois axes",
  "count number_in_words year_from_heading programme_period")
N(X, 3, "Premier", "Premier enseignement", 'ordinal')
F(X, 3, "74 %", 74, '%', 'Français', 'Français', 'sentence', INNOV, "2018-2022",
  "les partenariats sont une source d'innovation pour 74 % des Français",
  "multi_pop pop_after measure_before list year_from_heading programme_period")
F(X, 3, "81 %", 81, '%', 'dirigeants', "dirigeants d'entreprise", 'sentence', INNOV, "2018-2022",
  "81 % des dirigeants d'entreprise", "multi_pop pop_after list year_from_heading programme_period")
F(X, 3, "86 %", 86, '%', 'responsables', 'responsables associatifs', 'sentence', INNOV, "2018-2022",
  "86 % des responsables associatifs", "multi_pop pop_after list year_from_heading programme_period")
F(X, 3, "87 %", 87, '%', 'maires', 'maires', 'sentence', INNOV, "2018-2022",
  "et 87 % des maires3.", "multi_pop pop_after list year_from_heading programme_period footnote_glued")
N(X, 3, "3", "et 87 % des maires3.", 'footnote')
F(X, 3, "76 %", 76, '%', 'maires', 'maires', 'sentence',
  "jugent leur territoire engagé", "2018-2022",
  "Les maires se disent engagés : 76 % jugent leur territoire engagé",
  "pop_before year_from_heading programme_period")
F(X, 3, "46 %", 46, '%', 'maires', 'maires', 'context', "ne savent pas comment piloter les alliances",
  "2018-2022", "Pourtant, 46 % d'entre eux ne savent pas comment piloter ces alliances.",
  "pronoun negation year_from_heading programme_period")
N(X, 3, "4", "4. Du constat au droit", 'other')
N(X, 3, "2019", "Lors du FNAF 2019", 'year')
N(X, 3, "7 mai 2020", "Le rapport est remis le 7 mai 2020", 'date')
N(X, 3, "17 octobre 2020", "un bilan est présenté le 17 octobre 2020.", 'date')
F(X, 3, "21", 21, 'count', 'mesures', None, None, "mesures de la feuille de route ministérielle", None,
  "cite une « feuille de route » ministérielle de 21 mesures.", "count no_date date_nearby")
N(X, 3, "3", "3. Une autre présentation des mêmes résultats", 'footnote')
F(X, 3, "69 %", 69, '%', 'citoyens', 'citoyens', 'sentence', INNOV, "2018-2022",
  "Une autre présentation des mêmes résultats retient 69 % des citoyens.",
  "footnote_text conflict pop_after year_from_heading programme_period")

# ---- p4
N(X, 4, "5", "5. 2020 : des données pour agir", 'other')
N(X, 4, "2020", "5. 2020 : des données pour agir", 'year')
F(X, 4, "250", 250, 'count', 'données', None, None, "données inventoriées pour la sortie de crise", 2020,
  "Le RAMEAU inventorie plus de 250 données utiles à la reprise.",
  "count qualifier_plus_de year_from_heading")
F(X, 4, "81 %", 81, '%', 'Français', 'Français', 'sentence', REBONDIR, 2020,
  "La co-construction y apparaît utile pour rebondir à 81 % des Français",
  "measure_before pop_after multi_pop year_from_heading")
F(X, 4, "84 %", 84, '%', 'dirigeants', "dirigeants de TPE et de PME", 'sentence', REBONDIR, 2020,
  "et à 84 % des dirigeants de TPE et de PME.", "pop_after multi_pop ellipsis year_from_heading")
N(X, 4, "novembre 2020", "réalisée en novembre 2020 avec Comisis-OpinionWay", 'date')
F(X, 4, "64 %", 64, '%', 'élus', 'élus locaux', 'sentence', JOUER, 2020,
  "montre que 64 % des élus locaux veulent s'appuyer sur le « jouer collectif ».",
  "pop_after date_in_sentence survey_named_in_sentence repeated_in_table",
  also=["Élus locaux : s'appuyer sur le « jouer collectif » – 64 –"])
N(X, 4, "ODD 17", "Le Fonds ODD 17 est co-créé cette année-là", 'other')
F(X, 4, "1,5 M€", 1500000, '€', None, None, None, "dotation du Fonds ODD 17", 2020,
  "doté de 1,5 M€, il finance une expérimentation", "money year_from_context")
F(X, 4, "3", 3, 'years', None, None, None, "durée de l'expérimentation du Fonds ODD 17", 2020,
  "il finance une expérimentation sur 3 ans", "duration year_from_context")
F(X, 4, "350", 350, 'count', 'catalyseurs territoriaux', 'catalyseurs territoriaux', 'sentence',
  "catalyseurs territoriaux visés par le Fonds ODD 17", 2020,
  "et vise 350 « catalyseurs territoriaux ».", "count year_from_context")
N(X, 4, "6", "6. Les maires, de 2016 à 2024", 'other')
N(X, 4, "2016", "6. Les maires, de 2016 à 2024", 'year')
N(X, 4, "2024", "6. Les maires, de 2016 à 2024", 'year')
N(X, 4, "3", "Le tableau 3 suit les maires", 'other')
N(X, 4, "2024", "En 2024, l'étude IMPACTS & TRAJECTOIRES", 'year')
F(X, 4, "302", 302, 'people', 'maires', 'maires', 'sentence',
  "maires interrogés par l'étude IMPACTS & TRAJECTOIRES – Elus locaux", 2024,
  "a interrogé 302 maires par téléphone", "people year_in_sentence")
N(X, 4, "30 septembre", "du 30 septembre au 28 octobre 2024.", 'date')
N(X, 4, "28 octobre 2024", "du 30 septembre au 28 octobre 2024.", 'date')
N(X, 4, "3", "Tableau 3 – Les maires et l'alliance (en %)", 'other')
for yr in ("2016", "2020", "2024"):
    N(X, 4, yr, "Question posée 2016 2020 2024", 'year')
F(X, 4, "87", 87, '%', 'maires', 'maires', 'table', "partagent le constat d'un devoir d'alliance", 2016,
  "Maires : « devoir d'alliance »c 87 – –",
  "table series_table unit_from_header actor_from_row measure_from_row year_from_header table_note")
F(X, 4, "91", 91, '%', 'maires', 'maires', 'table', "voient leur territoire en mouvement", 2024,
  "Maires : territoire en mouvement – – 91",
  "table series_table unit_from_header actor_from_row measure_from_row year_from_header")
F(X, 4, "35", 35, '%', 'maires', 'maires', 'table', "voient leur territoire fortement en mouvement", 2024,
  "dont fortement en mouvement – – 35",
  "table series_table unit_from_header actor_from_previous_row measure_from_row year_from_header dont")
F(X, 4, "56", 56, '%', 'maires', 'maires', 'table',
  "voient leur territoire en mouvement, ni plus ni moins", 2024, "dont ni plus ni moins – – 56",
  "table series_table unit_from_header actor_from_previous_row measure_from_row year_from_header dont")
N(X, 4, "29 novembre 2016", "c. PHARE-Institutions, 29 novembre 2016.", 'date')
N(X, 4, "2006", "rappelle que depuis 2006 il a conduit", 'year')
F(X, 4, "500", 500, 'count', 'organisations', 'organisations', 'sentence',
  "organisations auprès desquelles Le RAMEAU a mené des expérimentations", "2006-2024",
  "auprès de plus de 500 organisations", "count qualifier_plus_de period_since box",
  year_alt="2006-2025")

# =====================================================================================
# X-02  Compte rendu de table ronde, 15 juin 2023 (figures spoken by named speakers)
# =====================================================================================
X = 'x02'
for p in (1, 2, 3, 4):
    N(X, p, "15 juin 2023", "Compte rendu · Table ronde « Faire alliance en territoire » · 15 juin 2023", 'date')
    N(X, p, "%d/4" % p, "%d/4" % p, 'page number')

# ---- p1
N(X, 1, "15 juin 2023", "Rencontres de l'Observatoire des partenariats · Paris, 15 juin 2023", 'date')
N(X, 1, "quatre", "La table ronde a réuni quatre intervenants et une animatrice", 'other')
N(X, 1, "trois", "Il avance trois chiffres", 'other')
F(X, 1, "81 %", 81, '%', 'Français', 'Français', 'sentence', "ressentent un devoir d'alliance", None,
  "81 % des Français ressentent un « devoir d'alliance »",
  "multi_pop pop_after no_date speech speaker_not_actor")
F(X, 1, "92 %", 92, '%', 'maires', 'maires', 'sentence', "ressentent un besoin d'alliance", None,
  "92 % des maires un « besoin d'alliance »",
  "multi_pop pop_after ellipsis no_date speech repeated_by_speaker",
  also=["Je fais partie des 92 %, sans hésiter."])
F(X, 1, "84 %", 84, '%', 'dirigeants', "dirigeants d'entreprise", 'sentence', "ressentent une envie d'alliance",
  None, "et 84 % des dirigeants d'entreprise une « envie d'alliance ».",
  "multi_pop pop_after ellipsis no_date speech")
N(X, 1, "2016", "en 2016 déjà, PHARE-Institutions nous comptait", 'year')
F(X, 1, "87 %", 87, '%', 'maires', 'maires', 'context', "partagent le constat d'un devoir d'alliance", 2016,
  "PHARE-Institutions nous comptait 87 % à partager le constat d'un « devoir d'alliance ».",
  "actor_from_speaker pronoun year_in_sentence survey_named_in_sentence speech")
F(X, 1, "76 %", 76, '%', 'maires', 'maires', 'sentence', "jugent leur territoire engagé", None,
  "76 % des maires jugent leur territoire engagé", "pop_after no_year_impact speech multi_same_pop")
F(X, 1, "46 %", 46, '%', 'maires', 'maires', 'context', "ne savent pas comment piloter les alliances", None,
  "mais 46 % d'entre nous ne savent pas comment piloter les alliances.",
  "pronoun actor_from_speaker no_year_impact negation speech multi_same_pop")
N(X, 1, "seconde", "Je me range plutôt dans la seconde catégorie.", 'ordinal')
N(X, 1, "novembre 2020", "L'étude IMPACT-Elus locaux de novembre 2020", 'date')
F(X, 1, "64 %", 64, '%', 'élus', 'élus locaux', 'context', JOUER, 2020,
  "montre que 64 % d'entre eux veulent s'appuyer sur le « jouer collectif ».",
  "pronoun actor_from_question date_in_sentence survey_named_in_sentence speech")

# ---- p2
F(X, 2, "148 000", 148000, 'count', 'associations employeuses', 'associations employeuses', 'sentence',
  "associations employeuses en France", None, "Les associations employeuses sont 148 000 en France",
  "count pop_before nbsp_thousands undated_study speech")
F(X, 2, "98 %", 98, '%', 'associations', 'associations employeuses', 'context', "ont des partenaires", None,
  "et 98 % d'entre elles ont des partenaires", "pronoun undated_study speech")
F(X, 2, "89 %", 89, '%', 'associations', 'associations employeuses', 'context',
  "comptent une collectivité parmi leurs partenaires", None,
  "Pour 89 %, ce partenaire est une collectivité.", "ellipsis undated_study speech conflict")
F(X, 2, "73 %", 73, '%', 'associations', 'associations employeuses', 'context',
  "nouent des partenariats à l'échelle locale", None,
  "Oui : 73 % nouent des partenariats à l'échelle locale",
  "actor_from_context undated_study speech multi_same_pop")
F(X, 2, "47 %", 47, '%', 'associations', 'associations employeuses', 'context',
  "nouent des partenariats à l'échelle régionale", None, "contre 47 % à l'échelle régionale.",
  "comparison ellipsis undated_study speech multi_same_pop")
N(X, 2, "mai-juin 2016", "menée en mai-juin 2016 auprès de plus de", 'date')
F(X, 2, "1 380", 1380, 'people', 'responsables associatifs', 'responsables associatifs', 'sentence',
  "taille de l'échantillon de l'enquête Associations & Partenariats", 2016,
  "auprès de plus de 1 380 responsables associatifs",
  "people qualifier_plus_de nbsp_thousands date_in_sentence two_dates_in_sentence speech", year_alt=2017)
N(X, 2, "mars 2017", "et publiée en mars 2017.", 'date')
F(X, 2, "2,5", 2.5, 'count', 'partenaires', 'associations', 'sentence', "partenaires en moyenne par association",
  2016, "Une association y déclarait 2,5 partenaires en moyenne",
  "count decimal_count average survey_named_earlier speech", year_alt=2017)
F(X, 2, "74 %", 74, '%', 'associations', 'associations', 'context',
  "comptent des collectivités parmi leurs partenaires", 2016,
  "les collectivités étaient citées par 74 % d'entre elles.",
  "pronoun measure_before survey_named_earlier speech conflict", year_alt=2017)
F(X, 2, "moitié", 50, '%', 'associations', "associations dont le budget dépasse 150 000 €", 'sentence',
  "ont un partenariat avec une entreprise", 2016,
  "la moitié des associations dont le budget dépasse 150 000 €",
  "fraction_in_words number_in_words pop_after threshold_in_sentence survey_named_earlier "
  "money_threshold_nearby speech", year_alt=2017)
N(X, 2, "150 000 €", "dont le budget dépasse 150 000 € avaient un partenariat", 'threshold')
F(X, 2, "20 %", 20, '%', 'associations', "associations dont le budget est inférieur à 10 000 €", 'sentence',
  "ont un partenariat avec une entreprise", 2016,
  "contre 20 % de celles dont le budget est inférieur à 10 000 €.",
  "celles comparison threshold_in_sentence survey_named_earlier money_threshold_nearby speech",
  year_alt=2017)
N(X, 2, "10 000 €", "dont le budget est inférieur à 10 000 €.", 'threshold')

# ---- p3
N(X, 3, "janvier 2011", "En janvier 2011, l'étude ARPEA", 'date')
F(X, 3, "21 %", 21, '%', 'entreprises', 'entreprises', 'sentence', "développent des partenariats", 2011,
  "ne comptait que 21 % d'entreprises développant des partenariats",
  "pop_after date_in_sentence survey_named_in_sentence multi_same_pop speech")
F(X, 3, "33 %", 33, '%', 'entreprises', 'entreprises', 'context', "souhaitent développer des partenariats",
  2011, "33 % souhaitaient en développer", "ellipsis date_in_sentence multi_same_pop speech")
F(X, 3, "46 %", 46, '%', 'entreprises', 'entreprises', 'context', "ne souhaitent pas développer de partenariats",
  2011, "et 46 % ne le souhaitaient pas.", "ellipsis negation date_in_sentence multi_same_pop speech")
N(X, 3, "Cinq ans plus tard", "Cinq ans plus tard, la note de l'Observatoire", 'date')
N(X, 3, "29 février 2016", "la note de l'Observatoire du 29 février 2016", 'date')
F(X, 3, "37 %", 37, '%', 'entreprises', "entreprises d'au moins 10 salariés", 'sentence',
  "engagées dans des partenariats", 2016,
  "situait à 37 % la part des entreprises d'au moins 10 salariés engagées dans des partenariats.",
  "threshold_in_sentence pop_after measure_after date_in_sentence speech")
N(X, 3, "10", "la part des entreprises d'au moins 10 salariés", 'threshold')
F(X, 3, "65 %", 65, '%', 'pionniers', 'pionniers', 'sentence', "engagés dans des partenariats", 2016,
  "Chez les pionniers, on atteignait 65 %.", "pop_before year_from_context figure_last speech")
F(X, 3, "84 %", 84, '%', 'dirigeants', "dirigeants de TPE et de PME", 'sentence', REBONDIR, None,
  "Les dirigeants de TPE et de PME sont 84 % à juger la co-construction utile pour rebondir",
  "pop_before no_date speech multi_pop")
F(X, 3, "81 %", 81, '%', 'Français', 'Français', 'sentence', REBONDIR, None,
  "comme 81 % des Français.", "pop_after ellipsis no_date speech multi_pop")
N(X, 3, "deux", "Ces deux chiffres viennent de l'inventaire", 'other')
F(X, 3, "250", 250, 'count', 'données', None, None, "données rassemblées par l'inventaire Données pour agir",
  None, "qui rassemble plus de 250 données.", "count qualifier_plus_de no_date speech")

# ---- p4
N(X, 4, "2010", "Dès 2010, la démarche", 'year')
F(X, 4, "trois", 3, 'count', 'territoires pilotes', 'territoires pilotes', 'sentence',
  "territoires pilotes de la démarche Agir ensemble en Territoire", 2010,
  "a démarré dans trois territoires pilotes.", "count number_in_words year_in_sentence speech")
F(X, 4, "onze", 11, 'count', 'territoires pionniers', 'territoires pionniers', 'sentence',
  "territoires pionniers du parcours d'expérience du CGET et du RAMEAU", None,
  "lancé un parcours d'expérience avec onze territoires pionniers",
  "count number_in_words no_date conflict speech")
N(X, 4, "première", "dont la première session s'est tenue le 3 mai.", 'ordinal')
N(X, 4, "3 mai", "dont la première session s'est tenue le 3 mai.", 'date')
F(X, 4, "Dix", 10, 'count', 'territoires', 'territoires', 'sentence',
  "territoires du parcours du CGET, selon une autre source", None,
  "Bernard Quéré — Dix territoires, j'avais lu ?",
  "count number_in_words conflict no_date speech question",
  also=["une autre source parle du « CGET et 10 territoires pilotes »."])
N(X, 4, "ODD 17", "Le Fonds ODD 17, co-créé en 2020", 'other')
N(X, 4, "2020", "Le Fonds ODD 17, co-créé en 2020", 'year')
F(X, 4, "1,5 M€", 1500000, '€', None, None, None, "dotation du Fonds ODD 17", 2020,
  "est doté de 1,5 M€ pour une expérimentation", "money year_in_sentence speech")
F(X, 4, "trois", 3, 'years', None, None, None, "durée de l'expérimentation du Fonds ODD 17", 2020,
  "pour une expérimentation sur trois ans.", "duration number_in_words year_from_context speech "
  "same_value_other_unit")
F(X, 4, "350", 350, 'count', 'catalyseurs territoriaux', 'catalyseurs territoriaux', 'sentence',
  "catalyseurs territoriaux visés par le Fonds ODD 17", 2020,
  "Il vise 350 catalyseurs territoriaux.", "count year_from_context speech")
N(X, 4, "14 juin 2022", "créée le 14 juin 2022 sous l'égide", 'date')
F(X, 4, "21", 21, 'count', 'co-fondateurs', 'co-fondateurs', 'sentence',
  "co-fondateurs de la Fondation des Territoires", 2022, "réunit 21 co-fondateurs.",
  "count date_in_sentence speech same_value_other_unit")
F(X, 4, "92 %", 92, '%', 'maires', 'maires', 'sentence', "disent avoir besoin d'alliance", None,
  "92 % des maires disent avoir besoin d'alliance.", "recap_box box list pop_after no_date")
F(X, 4, "148 000", 148000, 'count', 'associations employeuses', 'associations employeuses', 'sentence',
  "associations employeuses en France", None, "148 000 associations employeuses en France.",
  "recap_box box list count nbsp_thousands undated_study")
F(X, 4, "21 %", 21, '%', 'entreprises', 'entreprises', 'sentence', "développent des partenariats", 2011,
  "21 % des entreprises développaient des partenariats en 2011.",
  "recap_box box list pop_after year_in_sentence")
N(X, 4, "2011", "développaient des partenariats en 2011.", 'year')

# =====================================================================================
# X-03  Frise chronologique en colonnes (A4 paysage), édition 2025
# =====================================================================================
X = 'x03'
for p in (1, 2):
    N(X, p, "2025", "Observatoire des partenariats · édition 2025", 'year')
    N(X, p, "%d/2" % p, "Frise %d/2" % p, 'page number')

# ---- p1 (the five column headers are drawn first, then the column texts)
N(X, 1, "deux mille six", "De deux mille six à deux mille vingt-quatre", 'year')
N(X, 1, "deux mille vingt-quatre", "De deux mille six à deux mille vingt-quatre", 'year')
for yr in ("2006", "2008", "2010", "2011", "2012"):
    N(X, 1, yr, "2006 2008 2010 2011 2012", 'year')
F(X, 1, "500", 500, 'count', 'organisations', 'organisations', 'sentence',
  "organisations ayant pris part aux expérimentations du RAMEAU", "2006-2025",
  "Depuis, plus de 500 organisations ont pris part à ses expérimentations.",
  "count qualifier_plus_de period_since year_from_column timeline", year_alt="2006-2024")
N(X, 1, "1", "Caisse des Dépôts et Le RAMEAU1.", 'footnote')
N(X, 1, "2008-2012", "Lancement d'ARPEA (2008-2012), premier programme quinquennal", 'year')
N(X, 1, "premier", "Lancement d'ARPEA (2008-2012), premier programme quinquennal", 'ordinal')
F(X, 1, "dix", 10, 'count', 'volets', None, None, "volets du programme ARPEA", "2008-2012",
  "premier programme quinquennal, en dix volets.", "count number_in_words programme_period timeline")
F(X, 1, "86 %", 86, '%', 'Français', 'Français', 'sentence', URGENT, 2008,
  "ARPEA – Citoyens : 86 % des Français jugent urgent de créer des partenariats.",
  "pop_after year_from_column timeline")
F(X, 1, "Trois", 3, 'count', 'territoires pilotes', 'territoires pilotes', 'sentence',
  "territoires pilotes de la démarche Agir ensemble en Territoire", 2010,
  "Trois territoires pilotes : l'Alsace", "count number_in_words year_from_column timeline")
F(X, 1, "21 %", 21, '%', 'entreprises', 'entreprises', 'sentence', "développent des partenariats", 2011,
  "21 % des entreprises développent des partenariats",
  "pop_after year_from_column month_without_year multi_same_pop timeline")
F(X, 1, "33 %", 33, '%', 'entreprises', 'entreprises', 'context', "souhaitent développer des partenariats",
  2011, "33 % le souhaitent", "ellipsis year_from_column multi_same_pop timeline")
F(X, 1, "46 %", 46, '%', 'entreprises', 'entreprises', 'context',
  "ne souhaitent pas développer de partenariats", 2011, "46 % ne le souhaitent pas.",
  "ellipsis negation year_from_column multi_same_pop timeline")
N(X, 1, "11 décembre", "11 décembre : rapport quinquennal d'ARPEA.", 'date')
F(X, 1, "84 %", 84, '%', 'Français', 'Français', 'sentence', URGENT, 2012,
  "Les Français sont encore 84 % à juger urgent de créer des partenariats.",
  "pop_before year_from_column timeline")
N(X, 1, "ODD 17", "L'ODD 17 compte 19 cibles.", 'other')
F(X, 1, "19", 19, 'count', 'cibles', None, None, "cibles de l'ODD 17", None,
  "L'ODD 17 compte 19 cibles.", "count no_date undated_box box name_with_number_nearby")
F(X, 1, "21", 21, 'count', 'mesures', None, None, "mesures de la feuille de route ministérielle", None,
  "du droit de l'alliance compte 21 mesures.", "count no_date undated_box box same_value_other_unit")
N(X, 1, "1", "1. Des documents plus anciens donnent 2007", 'footnote')
N(X, 1, "2007", "1. Des documents plus anciens donnent 2007", 'year')

# ---- p2 (each column header is drawn right before its text)
N(X, 2, "2013-2015", "2013-2015 2013 : lancement de PHARE", 'year')
N(X, 2, "2013", "2013 : lancement de PHARE (2013-2018)2", 'year')
N(X, 2, "2013-2018", "lancement de PHARE (2013-2018)2, en six volets.", 'year')
N(X, 2, "2", "lancement de PHARE (2013-2018)2, en six volets.", 'footnote')
F(X, 2, "six", 6, 'count', 'volets', None, None, "volets du programme PHARE", "2013-2018",
  "lancement de PHARE (2013-2018)2, en six volets.",
  "count number_in_words programme_period conflict timeline", year_alt="2013-2017")
N(X, 2, "Septembre 2015", "Septembre 2015 : PHARE-Citoyens", 'date')
F(X, 2, "2 000", 2000, 'people', 'personnes', 'personnes interrogées', 'sentence',
  "taille de l'échantillon du volet PHARE-Citoyens", 2015, "plus de 2 000 personnes interrogées",
  "people qualifier_plus_de nbsp_thousands date_in_sentence timeline")
F(X, 2, "69 %", 69, '%', 'Français', 'Français', 'sentence', DEVOIR, 2015,
  "69 % des Français ressentent un « devoir d'alliance ».", "pop_after date_in_sentence timeline")
N(X, 2, "Octobre et novembre 2015", "Octobre et novembre 2015 : volets Entreprises et Associations.", 'date')
N(X, 2, "2016", "2016 13 rapports régionaux ; diagnostics sectoriels en juillet.", 'year')
F(X, 2, "13", 13, 'count', 'rapports régionaux', None, None, "rapports régionaux du programme PHARE", 2016,
  "2016 13 rapports régionaux ; diagnostics sectoriels en juillet.",
  "count year_from_column year_adjacent_to_figure timeline")
N(X, 2, "29 novembre", "29 novembre : PHARE-Institutions, cinq profils", 'date')
F(X, 2, "cinq", 5, 'count', 'profils', None, None, "profils de maires distingués par PHARE-Institutions", 2016,
  "PHARE-Institutions, cinq profils de maires", "count number_in_words year_from_column timeline")
F(X, 2, "87 %", 87, '%', 'maires', 'maires', 'sentence', "partagent le constat d'un devoir d'alliance", 2016,
  "87 % des maires partagent le constat d'un « devoir d'alliance ».",
  "pop_after year_from_column month_without_year timeline")
N(X, 2, "2017-2019", "2017-2019 Novembre 2017 : lancement", 'year')
N(X, 2, "Novembre 2017", "2017-2019 Novembre 2017 : lancement", 'date')
N(X, 2, "2018-2022", "lancement du programme IMPACT (2018-2022), autour de trois axes.", 'year')
F(X, 2, "trois", 3, 'count', 'axes', None, None, "axes du programme IMPACT", "2018-2022",
  "lancement du programme IMPACT (2018-2022), autour de trois axes.",
  "count number_in_words programme_period timeline")
N(X, 2, "2019", "FNAF 2019 : Gabriel Attal", 'year')
N(X, 2, "2020", "2020 7 mai : remise du rapport", 'year')
N(X, 2, "7 mai", "2020 7 mai : remise du rapport", 'date')
N(X, 2, "17 octobre", "bilan le 17 octobre.", 'date')
N(X, 2, "ODD 17", "Co-création du Fonds ODD 17", 'other')
F(X, 2, "1,5 M€", 1500000, '€', None, None, None, "dotation du Fonds ODD 17", 2020,
  "1,5 M€, une expérimentation", "money year_from_column timeline")
F(X, 2, "3", 3, 'years', None, None, None, "durée de l'expérimentation du Fonds ODD 17", 2020,
  "une expérimentation sur 3 ans, 350 catalyseurs territoriaux.",
  "duration year_from_column timeline same_value_other_unit")
F(X, 2, "350", 350, 'count', 'catalyseurs territoriaux', 'catalyseurs territoriaux', 'sentence',
  "catalyseurs territoriaux du Fonds ODD 17", 2020, "sur 3 ans, 350 catalyseurs territoriaux.",
  "count year_from_column timeline")
F(X, 2, "64 %", 64, '%', 'élus', 'élus locaux', 'sentence', JOUER, 2020,
  "64 % des élus locaux veulent s'appuyer sur le « jouer collectif ».",
  "pop_after year_from_column month_without_year timeline")
N(X, 2, "2021-2022", "2021-2022 30 novembre 2021 : lancement", 'year')
N(X, 2, "30 novembre 2021", "2021-2022 30 novembre 2021 : lancement", 'date')
N(X, 2, "14 juin 2022", "14 juin 2022 : création de la Fondation des Territoires", 'date')
F(X, 2, "21", 21, 'count', 'co-fondateurs', 'co-fondateurs', 'sentence',
  "co-fondateurs de la Fondation des Territoires", 2022,
  "création de la Fondation des Territoires, avec 21 co-fondateurs.", "count date_in_sentence timeline")
N(X, 2, "2024", "2024 Novembre : IMPACTS & TRAJECTOIRES", 'year')
F(X, 2, "302", 302, 'people', 'maires', 'maires', 'sentence',
  "maires interrogés par l'étude IMPACTS & TRAJECTOIRES – Elus locaux", 2024,
  "302 maires interrogés ; 91 %", "people year_from_column month_without_year timeline")
F(X, 2, "91 %", 91, '%', 'maires', 'maires', 'context', "voient leur territoire en mouvement", 2024,
  "91 % voient leur territoire en mouvement.", "actor_from_context year_from_column timeline")
N(X, 2, "2", "2. Certaines sources datent PHARE de 2013-2017.", 'footnote')
N(X, 2, "2013-2017", "2. Certaines sources datent PHARE de 2013-2017.", 'year')

# =====================================================================================
# X-04  Fiche « chiffres clés » en encadrés, édition 2025
# =====================================================================================
X = 'x04'
for p in (1, 2, 3):
    N(X, p, "2025", "Fiche de l'Observatoire des partenariats · édition 2025", 'year')
    N(X, p, "2025", "Les chiffres clés de l'alliance · édition 2025", 'year')
    N(X, p, "%d/3" % p, "%d/3" % p, 'page number')

# ---- p1
F(X, 1, "86 %", 86, '%', 'Français', 'Français', 'sentence', URGENT, 2008,
  "86 % des Français jugeaient urgent", "key_figure box pop_after year_from_source_line")
F(X, 1, "84 %", 84, '%', 'Français', 'Français', 'context', URGENT, 2012,
  "Ils étaient encore 84 % en 2012.", "key_figure box pronoun year_in_sentence comparison")
N(X, 1, "2012", "Ils étaient encore 84 % en 2012.", 'year')
N(X, 1, "2008", "Source : ARPEA – Citoyens, 2008.", 'year')
F(X, 1, "69 %", 69, '%', 'Français', 'Français', 'sentence', DEVOIR, 2015,
  "69 % des Français ressentent", "key_figure box pop_after year_from_source_line",
  also=["contre 69 % en septembre 2015."])
N(X, 1, "septembre 2015", "Source : PHARE-Citoyens, septembre 2015.", 'date')
F(X, 1, "81 %", 81, '%', 'Français', 'Français', 'sentence', DEVOIR, None,
  "81 % des Français ressentent un « devoir d'alliance », contre",
  "key_figure box pop_after no_date stated_undated comparison source_line_without_year")
N(X, 1, "septembre 2015", "contre 69 % en septembre 2015.", 'date')
F(X, 1, "7,1/10", 7.1, '/10', 'note', 'Français', 'sentence', "note moyenne donnée à l'emploi parmi les enjeux",
  2015, "7,1/10 note moyenne que les Français donnent à l'emploi",
  "key_figure box mark10 survey_named_earlier measure_after")
N(X, 1, "premier", "premier des enjeux", 'ordinal')
F(X, 1, "6,6/10", 6.6, '/10', 'note', 'Français', 'context',
  "note moyenne donnée au pouvoir d'achat et à la sécurité", 2015, "suivent, à 6,6/10 chacun.",
  "box mark10 one_value_two_measures survey_named_earlier")
F(X, 1, "2 000", 2000, 'people', 'personnes', 'personnes interrogées', 'sentence',
  "taille de l'échantillon de PHARE-Citoyens", 2015,
  "Source : PHARE-Citoyens ; plus de 2 000 personnes interrogées.",
  "people qualifier_plus_de nbsp_thousands source_line survey_named_earlier")
F(X, 1, "49 %", 49, '%', 'Français', 'Français', 'sentence',
  "attendent des partenariats un impact fort sur l'emploi", 2015,
  "49 % des Français attendent des partenariats un impact fort sur l'emploi.",
  "key_figure box pop_after survey_named_earlier")
F(X, 1, "74 %", 74, '%', 'Français', 'Français', 'sentence', INNOV, None,
  "74 % des Français voient dans les partenariats une source d'innovation.",
  "key_figure box pop_after no_year_impact")

# ---- p2
F(X, 2, "21 %", 21, '%', 'entreprises', 'entreprises', 'sentence', "développent des partenariats", 2011,
  "21 % des entreprises développent des partenariats ;",
  "key_figure box pop_after year_from_source_line multi_same_pop",
  also=["contre 21 % de l'ensemble des entreprises en 2011."])
F(X, 2, "33 %", 33, '%', 'entreprises', 'entreprises', 'context', "souhaitent développer des partenariats",
  2011, "33 % souhaitent en développer", "box ellipsis year_from_source_line multi_same_pop")
F(X, 2, "46 %", 46, '%', 'entreprises', 'entreprises', 'context',
  "ne souhaitent pas développer de partenariats", 2011, "46 % ne le souhaitent pas.",
  "box ellipsis negation year_from_source_line multi_same_pop")
N(X, 2, "janvier 2011", "Source : ARPEA Entreprises & Territoires, janvier 2011.", 'date')
F(X, 2, "37 %", 37, '%', 'entreprises', "entreprises d'au moins 10 salariés", 'sentence',
  "engagées dans des partenariats", 2016,
  "37 % des entreprises d'au moins 10 salariés sont engagées dans des partenariats",
  "key_figure box pop_after threshold_in_sentence year_from_source_line comparison")
N(X, 2, "10", "entreprises d'au moins 10 salariés sont engagées", 'threshold')
N(X, 2, "2011", "contre 21 % de l'ensemble des entreprises en 2011.", 'year')
N(X, 2, "29 février 2016", "Source : note de l'Observatoire du 29 février 2016.", 'date')
F(X, 2, "84 %", 84, '%', 'dirigeants', "dirigeants d'entreprise", 'sentence', "ont envie d'alliance", None,
  "84 % des dirigeants d'entreprise ont « envie d'alliance ».",
  "key_figure box pop_after no_date stated_undated source_line_without_year")
F(X, 2, "148 000", 148000, 'count', 'associations employeuses', 'associations employeuses', 'table',
  "associations employeuses en France", None, "Associations employeuses en France 148 000",
  "key_figure box label_before count nbsp_thousands undated_study")
F(X, 2, "98 %", 98, '%', 'associations', 'associations employeuses', 'context',
  "ont au moins un partenaire", None, "dont 98 % ont au moins un partenaire.",
  "box dont undated_study")
F(X, 2, "2,5", 2.5, 'count', 'partenaires', 'associations', 'sentence', "partenaires en moyenne par association",
  2016, "2,5 partenaires en moyenne par association",
  "key_figure box count decimal_count average year_from_source_line", year_alt=2017)
F(X, 2, "74 %", 74, '%', 'associations', 'associations', 'sentence',
  "comptent des collectivités parmi leurs partenaires", 2016,
  "les collectivités sont citées par 74 % des associations.",
  "box measure_before pop_after year_from_source_line conflict", year_alt=2017)
N(X, 2, "mai-juin 2016", "enquête de mai-juin 2016, publiée en mars 2017.", 'date')
N(X, 2, "mars 2017", "enquête de mai-juin 2016, publiée en mars 2017.", 'date')
F(X, 2, "89 %", 89, '%', 'associations', 'associations employeuses', 'sentence',
  "comptent une collectivité parmi leurs partenaires", None,
  "89 % des associations employeuses comptent une collectivité",
  "key_figure box pop_after undated_study conflict")

# ---- p3
F(X, 3, "92 %", 92, '%', 'maires', 'maires', 'sentence', "ressentent un besoin d'alliance", None,
  "92 % des maires ressentent un « besoin d'alliance ».",
  "key_figure box pop_after no_date stated_undated source_line_without_year")
F(X, 3, "87 %", 87, '%', 'maires', 'maires', 'sentence', "partagent le constat d'un devoir d'alliance", 2016,
  "87 % des maires partagent le constat", "key_figure box pop_after year_from_source_line")
N(X, 3, "29 novembre 2016", "Source : PHARE-Institutions, 29 novembre 2016.", 'date')
F(X, 3, "91 %", 91, '%', 'maires', 'maires', 'sentence', "voient leur territoire en mouvement", 2024,
  "91 % des maires voient leur territoire en mouvement.",
  "key_figure box pop_after year_from_source_line")
N(X, 3, "novembre 2024", "IMPACTS & TRAJECTOIRES – Elus locaux, novembre 2024 ;", 'date')
F(X, 3, "302", 302, 'people', 'maires', 'maires', 'sentence',
  "maires interrogés par l'étude IMPACTS & TRAJECTOIRES – Elus locaux", 2024,
  "302 maires interrogés.", "people source_line year_from_source_line")
F(X, 3, "64 %", 64, '%', 'élus', 'élus locaux', 'sentence', JOUER, 2020,
  "64 % des élus locaux veulent s'appuyer", "key_figure box pop_after year_from_source_line")
N(X, 3, "novembre 2020", "Source : IMPACT-Elus locaux, novembre 2020.", 'date')
F(X, 3, "1,5 M€", 1500000, '€', None, None, None, "dotation du Fonds ODD 17", 2020,
  "1,5 M€ dotation du Fonds ODD 17", "key_figure box money year_in_sentence measure_after")
N(X, 3, "ODD 17", "1,5 M€ dotation du Fonds ODD 17, co-créé en 2020", 'other')
N(X, 3, "2020", "co-créé en 2020, pour une expérimentation", 'year')
F(X, 3, "3", 3, 'years', None, None, None, "durée de l'expérimentation du Fonds ODD 17", 2020,
  "pour une expérimentation sur 3 ans ;", "box duration year_in_sentence")
F(X, 3, "350", 350, 'count', 'catalyseurs territoriaux', 'catalyseurs territoriaux', 'sentence',
  "catalyseurs territoriaux visés par le Fonds ODD 17", 2020, "350 catalyseurs territoriaux visés.",
  "box count year_from_context")
N(X, 3, "ODD 17", "Source : Fonds ODD 17.", 'other')
F(X, 3, "Onze", 11, 'count', 'territoires pionniers', 'territoires pionniers', 'sentence',
  "territoires pionniers du parcours d'expérience du CGET et du RAMEAU", None,
  "Onze territoires pionniers pour le parcours d'expérience",
  "key_figure box count number_in_words no_date conflict")
F(X, 3, "10", 10, 'count', 'territoires pilotes', 'territoires pilotes', 'sentence',
  "territoires pilotes du parcours du CGET, selon une autre source", None,
  "Une autre source parle de 10 territoires pilotes.", "box count no_date conflict")

# =====================================================================================
# X-05  FAQ « Questions fréquentes », mise à jour janvier 2025
# =====================================================================================
X = 'x05'
for p in (1, 2, 3):
    N(X, p, "janvier 2025", "mise à jour : janvier 2025", 'date')
    N(X, p, "%d/3" % p, "FAQ · page %d/3" % p, 'page number')

# ---- p1
N(X, 1, "2008", "En 2008, par la Caisse des Dépôts", 'year')
for yr in ("2011", "2012", "2007"):
    N(X, 1, yr, "Des documents de 2011 et de 2012 retiennent 2007", 'year')
N(X, 1, "2008-2012", "ARPEA (2008-2012), PHARE (2013-2018, parfois daté 2013-2017)", 'year')
N(X, 1, "2013-2018", "ARPEA (2008-2012), PHARE (2013-2018, parfois daté 2013-2017)", 'year')
N(X, 1, "2013-2017", "ARPEA (2008-2012), PHARE (2013-2018, parfois daté 2013-2017)", 'year')
N(X, 1, "2018-2022", "et IMPACT (2018-2022).", 'year')
F(X, 1, "Dix", 10, 'count', 'volets', None, None, "volets du programme ARPEA", "2008-2012",
  "Combien de volets comptait ARPEA ? Dix.",
  "count number_in_words measure_from_question bare_answer year_from_context programme_period")
F(X, 1, "Six", 6, 'count', 'volets', None, None, "volets du programme PHARE", "2013-2018",
  "Six volets : Citoyens, Entreprises et Associations en 2015",
  "count number_in_words measure_from_question year_from_context programme_period conflict",
  year_alt="2013-2017")
N(X, 1, "2015", "Citoyens, Entreprises et Associations en 2015", 'year')
F(X, 1, "13", 13, 'count', 'rapports régionaux', None, None, "rapports régionaux du programme PHARE", 2016,
  "puis 13 rapports régionaux, des diagnostics sectoriels et Institutions en 2016.",
  "count list year_in_sentence")
N(X, 1, "2016", "et Institutions en 2016.", 'year')
N(X, 1, "novembre 2017", "Lancé en novembre 2017, il s'articule", 'date')
F(X, 1, "trois", 3, 'count', 'axes', None, None, "axes du programme IMPACT", "2018-2022",
  "il s'articule autour de trois axes", "count number_in_words year_from_context programme_period")
N(X, 1, "2006", "Depuis 2006, il a mené des expérimentations", 'year')
F(X, 1, "500", 500, 'count', 'organisations', 'organisations', 'sentence',
  "organisations auprès desquelles Le RAMEAU a mené des expérimentations", "2006-2025",
  "auprès de plus de 500 organisations.", "count qualifier_plus_de period_since measure_from_question")

# ---- p2
N(X, 2, "2018-2022", "Selon le programme IMPACT (2018-2022)", 'year')
F(X, 2, "74 %", 74, '%', 'Français', 'Français', 'sentence', INNOV, "2018-2022",
  "c'est le cas de 74 % des Français", "measure_from_question multi_pop pop_after list programme_period")
F(X, 2, "81 %", 81, '%', 'dirigeants', "dirigeants d'entreprise", 'sentence', INNOV, "2018-2022",
  "81 % des dirigeants d'entreprise", "measure_from_question multi_pop pop_after list programme_period")
F(X, 2, "86 %", 86, '%', 'responsables', 'responsables associatifs', 'sentence', INNOV, "2018-2022",
  "86 % des responsables associatifs", "measure_from_question multi_pop pop_after list programme_period")
F(X, 2, "87 %", 87, '%', 'maires', 'maires', 'sentence', INNOV, "2018-2022",
  "et 87 % des maires.", "measure_from_question multi_pop pop_after list programme_period")
F(X, 2, "69 %", 69, '%', 'citoyens', 'citoyens', 'sentence', INNOV, "2018-2022",
  "Une autre présentation des mêmes résultats donne 69 % des citoyens.",
  "measure_from_question pop_after conflict programme_period")
F(X, 2, "76 %", 76, '%', 'maires', 'maires', 'context', "jugent leur territoire engagé", "2018-2022",
  "Dans le même programme, 76 % jugent leur territoire engagé",
  "actor_from_question survey_named_earlier programme_period multi_same_pop")
F(X, 2, "46 %", 46, '%', 'maires', 'maires', 'context', "ne savent pas comment piloter les alliances",
  "2018-2022", "mais 46 % ne savent pas comment piloter les alliances.",
  "actor_from_question survey_named_earlier programme_period negation multi_same_pop")
N(X, 2, "2024", "Combien de maires ont répondu à l'enquête de 2024 ?", 'year')
F(X, 2, "302", 302, 'people', 'maires', 'maires', 'context',
  "maires ayant répondu à l'enquête IMPACTS & TRAJECTOIRES – Elus locaux", 2024,
  "302, interrogés par téléphone du 30 septembre",
  "people actor_from_question measure_from_question bare_answer date_in_sentence")
N(X, 2, "30 septembre", "interrogés par téléphone du 30 septembre au 28 octobre 2024.", 'date')
N(X, 2, "28 octobre 2024", "interrogés par téléphone du 30 septembre au 28 octobre 2024.", 'date')
F(X, 2, "84 %", 84, '%', 'maires', 'maires interrogés', 'context',
  "exercent dans des communes de moins de 2 000 habitants", 2024,
  "Parmi eux, 84 % exercent dans des communes",
  "parmi pronoun threshold_in_sentence year_from_context measure_after")
N(X, 2, "2 000", "dans des communes de moins de 2 000 habitants.", 'threshold')
F(X, 2, "deux mille", 2000, 'people', 'personnes', 'personnes interrogées', 'context',
  "personnes interrogées par PHARE-Citoyens", 2015, "Plus de deux mille, en septembre 2015.",
  "people number_in_words qualifier_plus_de actor_from_question measure_from_question bare_answer "
  "date_in_sentence")
N(X, 2, "septembre 2015", "Plus de deux mille, en septembre 2015.", 'date')
F(X, 2, "148 000", 148000, 'count', 'associations employeuses', 'associations employeuses', 'sentence',
  "associations employeuses en France", None,
  "Le chiffre de 148 000 associations employeuses, par exemple",
  "count nbsp_thousands undated_study stated_undated")

# ---- p3
N(X, 3, "ODD 17", "Combien de cibles compte l'ODD 17 ?", 'other')
F(X, 3, "Dix-neuf", 19, 'count', 'cibles', None, None, "cibles de l'ODD 17", None,
  "Dix-neuf, selon la note du Comité 21",
  "count number_in_words compound_number_word measure_from_question bare_answer no_date "
  "name_with_number_nearby")
N(X, 3, "Comité 21", "Dix-neuf, selon la note du Comité 21", 'other')
N(X, 3, "5 juillet", "parue le 5 juillet.", 'date')
N(X, 3, "ODD 17", "Qu'est-ce que le Fonds ODD 17 ?", 'other')
N(X, 3, "2020", "Un fonds co-créé en 2020 par Le RAMEAU", 'year')
F(X, 3, "1,5 M€", 1500000, '€', None, None, None, "dotation du Fonds ODD 17", 2020,
  "Doté de 1,5 M€, il finance", "money year_from_context")
F(X, 3, "3", 3, 'years', None, None, None, "durée de l'expérimentation du Fonds ODD 17", 2020,
  "une expérimentation sur 3 ans et vise", "duration year_from_context")
F(X, 3, "350", 350, 'count', 'catalyseurs territoriaux', 'catalyseurs territoriaux', 'sentence',
  "catalyseurs territoriaux visés par le Fonds ODD 17", 2020, "et vise 350 catalyseurs territoriaux.",
  "count year_from_context")
F(X, 3, "Onze", 11, 'count', 'territoires pionniers', 'territoires pionniers', 'sentence',
  "territoires pionniers du parcours d'expérience du CGET et du RAMEAU", None,
  "Onze territoires pionniers, selon le CGET et Le RAMEAU",
  "count number_in_words measure_from_question no_date conflict")
F(X, 3, "10", 10, 'count', 'territoires', 'territoires', 'context',
  "territoires du parcours d'expérience du CGET, selon une autre source", None,
  "une autre source en cite 10.", "count pronoun figure_last measure_from_question no_date conflict")
N(X, 3, "14 juin 2022", "Le 14 juin 2022, sous l'égide", 'date')
F(X, 3, "vingt et un", 21, 'count', 'co-fondateurs', 'co-fondateurs', 'sentence',
  "co-fondateurs de la Fondation des Territoires", 2022, "avec vingt et un co-fondateurs.",
  "count number_in_words compound_number_word date_in_sentence")
F(X, 3, "250", 250, 'count', 'données', None, None, "données sur la sortie de crise recensées par Données pour agir",
  None, "Plus de 250 données sur la sortie de crise.", "count qualifier_plus_de no_date")
N(X, 3, "page 2", "sur les chiffres sans date, page 2.", 'page number')
N(X, 3, "ODD 17", "la plateforme de l'ODD 17, sur", 'other')
N(X, 3, "www.odd17.org", "sur www.odd17.org.", 'other')
