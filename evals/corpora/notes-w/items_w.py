# -*- coding: utf-8 -*-
"""Hand-written gold items of set W.

F(file, page, text, value, unit, noun, actor, actor_source, measure, year, sentence, cases, ...)
N(file, page, text, sentence, why)

`sentence` is copied from the whitespace-collapsed pypdf text of the page; `text` lies in it.
`cases` is a space-separated list of tags; build_w.py adds the derived tags nbsp / narrow_nbsp.
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


# =====================================================================================
# W-01  Note d'analyse n° 8, juin 2022 (associations employeuses)
# =====================================================================================
W = 'w01'
for p in (1, 2, 3, 4):
    N(W, p, "N° 8", "Les Notes de l'Observatoire des partenariats N° 8 · juin 2022", 'other')
    N(W, p, "juin 2022", "Les Notes de l'Observatoire des partenariats N° 8 · juin 2022", 'date')
    N(W, p, "%d" % p, "— %d —" % p, 'page number')

# ---- p1
N(W, 1, "n° 8", "Note n° 8 · Observatoire des partenariats", 'other')
N(W, 1, "deux", "les met en regard de deux travaux plus anciens de l'Observatoire", 'other')
N(W, 1, "29 février 2016", "sur les modèles de co-construction, parue le 29 février 2016. La note reprend", 'date')
N(W, 1, "1", "1. Une pratique presque générale", 'other')
F(W, 1, "148 000", 148000, 'count', 'associations employeuses', 'associations employeuses', 'sentence',
  "associations employeuses en France", None,
  "La France compte 148 000 associations employeuses1.",
  "count nbsp_thousands undated_study footnote_glued")
N(W, 1, "1", "La France compte 148 000 associations employeuses1.", 'footnote')
F(W, 1, "98 %", 98, '%', 'associations', 'associations employeuses', 'context',
  "déclarent au moins un partenaire", None,
  "Presque toutes ont des partenaires : 98 % d'entre elles en déclarent au moins un.",
  "pronoun undated_study")
N(W, 1, "2", "Une note antérieure de l'Observatoire2 comptait", 'footnote')
F(W, 1, "53 %", 53, '%', 'associations', 'associations employeuses', 'sentence',
  "engagées dans des partenariats", 2016,
  "comptait déjà 53 % d'associations employeuses engagées dans des partenariats, contre 38 %",
  "pop_after multi_pop year_from_footnote")
F(W, 1, "38 %", 38, '%', 'associations', 'associations', 'sentence',
  "engagées dans des partenariats", 2016,
  "contre 38 % pour l'ensemble des associations.",
  "pop_after multi_pop ellipsis year_from_footnote")
N(W, 1, "deux", "Les deux séries ne sont pas directement comparables", 'other')
N(W, 1, "2", "2. Avec qui ? Les collectivités d'abord", 'other')
N(W, 1, "1", "établissements scolaires (tableau 1).", 'other')
N(W, 1, "trois", "Ces trois catégories forment le premier cercle", 'other')
N(W, 1, "premier", "Ces trois catégories forment le premier cercle", 'ordinal')
F(W, 1, "56 %", 56, '%', 'associations', 'associations employeuses', 'context',
  "comptent des collectifs d'associations parmi leurs partenaires", None,
  "Pour les collectifs d'associations et les acteurs publics nationaux, les parts restent élevées, "
  "avec respectivement 56 % et",
  "page_break respectivement undated_study measure_before")
N(W, 1, "1", "1. Source : étude IMPACT", 'footnote')
N(W, 1, "2", "2. Note de l'Observatoire du 29 février 2016", 'footnote')
N(W, 1, "29 février 2016", "2. Note de l'Observatoire du 29 février 2016", 'date')
F(W, 1, "37 %", 37, '%', 'entreprises', "entreprises d'au moins 10 salariés", 'sentence',
  "engagées dans des partenariats", 2016,
  "La même note situait à 37 % la part des entreprises d'au moins 10 salariés engagées dans des "
  "partenariats.",
  "footnote_text threshold_in_sentence pop_after survey_named_earlier measure_after")
N(W, 1, "10", "la part des entreprises d'au moins 10 salariés", 'threshold')

# ---- p2
F(W, 2, "52 %", 52, '%', 'associations', 'associations employeuses', 'context',
  "comptent des acteurs publics nationaux parmi leurs partenaires", None,
  "52 % ; elles tombent à 37 % pour les fédérations professionnelles",
  "page_break actor_from_previous_page measure_from_previous_page respectivement undated_study",
  also=["Acteurs publics nationaux 52"])
F(W, 2, "37 %", 37, '%', 'associations', 'associations employeuses', 'context',
  "comptent des fédérations professionnelles parmi leurs partenaires", None,
  "elles tombent à 37 % pour les fédérations professionnelles",
  "page_break actor_from_previous_page pronoun undated_study",
  also=["Fédérations professionnelles 37"])
F(W, 2, "35 %", 35, '%', 'associations', 'associations employeuses', 'context',
  "comptent des acteurs académiques parmi leurs partenaires", None,
  "et à 35 % pour les acteurs académiques.",
  "page_break actor_from_previous_page ellipsis undated_study",
  also=["Acteurs académiques 35"])
N(W, 2, "1", "Tableau 1 – Les partenaires des associations employeuses", 'other')
N(W, 2, "3", "Part des associations employeuses (en %)3", 'footnote')
F(W, 2, "89", 89, '%', 'associations', 'associations employeuses', 'table',
  "comptent des collectivités territoriales parmi leurs partenaires", None,
  "Collectivités territoriales 89",
  "table unit_from_header actor_from_header measure_from_row undated_study",
  also=["Lecture : 89 % des associations employeuses"])
F(W, 2, "73", 73, '%', 'associations', 'associations employeuses', 'table',
  "comptent des structures d'intérêt général parmi leurs partenaires", None,
  "Structures d'intérêt général 73",
  "table unit_from_header actor_from_header measure_from_row undated_study")
F(W, 2, "70", 70, '%', 'associations', 'associations employeuses', 'table',
  "comptent des établissements scolaires parmi leurs partenaires", None,
  "Établissements scolaires 70",
  "table unit_from_header actor_from_header measure_from_row undated_study",
  also=["Les établissements scolaires, cités par 70 %"])
F(W, 2, "56", 56, '%', 'associations', 'associations employeuses', 'table',
  "comptent des collectifs d'associations parmi leurs partenaires", None,
  "Collectifs d'associations 56",
  "table unit_from_header actor_from_header measure_from_row undated_study")
N(W, 2, "1", "Encadré – Comment lire le tableau 1 ?", 'other')
N(W, 2, "100 %", "et leur somme dépasse 100 %.", 'other')
N(W, 2, "3", "3. Sous quelles formes ?", 'other')
N(W, 2, "1", "suivent de près (graphique 1).", 'other')
N(W, 2, "3", "3. Base : associations employeuses.", 'footnote')
F(W, 2, "74 %", 74, '%', 'associations', 'associations', 'sentence',
  "comptent des collectivités parmi leurs partenaires", 2016,
  "toutes associations confondues, l'enquête Associations & Partenariats de 2016 plaçait les "
  "collectivités à 74 %",
  "footnote_text conflict year_in_sentence figure_last", year_alt=2017)
N(W, 2, "2016", "l'enquête Associations & Partenariats de 2016 plaçait", 'year')
N(W, 2, "page 3", "(voir page 3)", 'page number')

# ---- p3
N(W, 3, "1", "Graphique 1 – Les formes de partenariat", 'other')
F(W, 3, "75", 75, '%', 'associations', 'associations employeuses', 'table',
  "pratiquent le mécénat comme forme de partenariat", None,
  "Mécénat 75", "chart unit_from_header actor_from_header measure_from_label undated_study")
F(W, 3, "73", 73, '%', 'associations', 'associations employeuses', 'table',
  "pratiquent l'innovation sociétale comme forme de partenariat", None,
  "Innovation sociétale 73", "chart unit_from_header actor_from_header measure_from_label undated_study")
F(W, 3, "70", 70, '%', 'associations', 'associations employeuses', 'table',
  "pratiquent des partenariats de pratiques responsables", None,
  "Pratiques responsables 70", "chart unit_from_header actor_from_header measure_from_label undated_study")
for t in ("0", "20", "40", "60", "80"):
    N(W, 3, t, "0 20 40 60 80", 'scale')
F(W, 3, "58 %", 58, '%', 'associations', 'associations employeuses', 'sentence',
  "pratiquent la coopération économique comme forme de partenariat", None,
  "La coopération économique, citée par 58 % des associations employeuses",
  "measure_before pop_after undated_study", also=["Coopération économique 58"])
N(W, 3, "quatre", "reste la moins fréquente des quatre formes étudiées", 'other')
N(W, 3, "4", "4. Un point de comparaison", 'other')
F(W, 3, "1 380", 1380, 'people', 'responsables associatifs', 'responsables associatifs', 'sentence',
  "taille de l'échantillon de l'enquête Associations & Partenariats", 2016,
  "a interrogé plus de 1 380 responsables associatifs4.",
  "people qualifier_plus_de nbsp_thousands year_from_source_line footnote_glued", year_alt=2017)
N(W, 3, "4", "a interrogé plus de 1 380 responsables associatifs4.", 'footnote')
F(W, 3, "74 %", 74, '%', 'associations', 'associations', 'context',
  "comptent des collectivités parmi leurs partenaires", 2016,
  "Les collectivités y arrivaient déjà en tête, avec 74 %",
  "measure_before year_from_source_line", year_alt=2017, also=["Collectivités 74"])
N(W, 3, "2", "devant les autres associations et fondations (tableau 2).", 'other')
F(W, 3, "2,5", 2.5, 'count', 'partenaires', 'associations', 'sentence',
  "partenaires en moyenne par association", 2016,
  "En moyenne, chaque association déclarait 2,5 partenaires.",
  "count decimal_count average year_from_source_line", year_alt=2017)
N(W, 3, "2", "Tableau 2 – Les partenaires cités par les associations", 'other')
for label, v, meas in (("Associations et fondations", 72, "comptent d'autres associations et des fondations parmi leurs partenaires"),
                       ("Enseignement", 47, "comptent l'enseignement parmi leurs partenaires"),
                       ("Entreprises", 28, "comptent des entreprises parmi leurs partenaires"),
                       ("Structures d'insertion", 22, "comptent des structures d'insertion parmi leurs partenaires"),
                       ("Recherche", 9, "comptent la recherche parmi leurs partenaires")):
    F(W, 3, str(v), v, '%', 'associations', 'associations', 'table', meas, 2016,
      "%s %d" % (label, v),
      "table unit_from_header actor_from_header measure_from_row year_from_source_line", year_alt=2017)
N(W, 3, "mars 2017", "Associations & Partenariats, mars 2017 ; enquête de mai-juin 2016.", 'date')
N(W, 3, "mai-juin 2016", "Associations & Partenariats, mars 2017 ; enquête de mai-juin 2016.", 'date')
F(W, 3, "20 %", 20, '%', 'associations', "associations dont le budget est inférieur à 10 000 €", 'sentence',
  "ont un partenariat avec une entreprise", 2016,
  "allait de 20 % pour celles dont le budget est inférieur à 10 000 €",
  "range pop_after threshold_in_sentence celles survey_named_earlier money_threshold_nearby", year_alt=2017)
N(W, 3, "10 000 €", "pour celles dont le budget est inférieur à 10 000 €", 'threshold')
F(W, 3, "50 %", 50, '%', 'associations', "associations dont le budget dépasse 150 000 €", 'sentence',
  "ont un partenariat avec une entreprise", 2016,
  "à 50 % pour celles dont le budget dépasse 150 000 €.",
  "range pop_after threshold_in_sentence celles survey_named_earlier money_threshold_nearby", year_alt=2017)
N(W, 3, "150 000 €", "pour celles dont le budget dépasse 150 000 €.", 'threshold')
N(W, 3, "4", "4. Certaines présentations de l'enquête", 'footnote')
N(W, 3, "2017", "la datent de 2017, année de sa publication.", 'year')

# ---- p4
N(W, 4, "5", "5. À quelle échelle ?", 'other')
F(W, 4, "73 %", 73, '%', 'associations', 'associations employeuses', 'sentence',
  "ont des partenaires à l'échelle locale", None,
  "73 % des associations employeuses ont des partenaires à l'échelle locale",
  "pop_after multi_same_pop undated_study")
F(W, 4, "47 %", 47, '%', 'associations', 'associations employeuses', 'sentence',
  "ont des partenaires à l'échelle régionale", None,
  "et 47 % à l'échelle régionale.", "ellipsis multi_same_pop undated_study")
F(W, 4, "46 %", 46, '%', 'associations', 'associations', 'sentence',
  "étaient engagées avec une entreprise", "2008-2012",
  "près de 46 % des associations étaient alors engagées avec une entreprise5.",
  "qualifier_pres_de pop_after year_from_footnote programme_period footnote_glued")
N(W, 4, "5", "étaient alors engagées avec une entreprise5.", 'footnote')
N(W, 4, "6", "6. Les partenariats, source d'innovation", 'other')
F(W, 4, "86 %", 86, '%', 'responsables', 'responsables associatifs', 'sentence',
  "voient dans les partenariats une source d'innovation", None,
  "Pour 86 % des responsables associatifs, ils sont une source d'innovation",
  "multi_pop pop_after no_year_impact long_sentence")
F(W, 4, "81 %", 81, '%', 'dirigeants', "dirigeants d'entreprise", 'sentence',
  "voient dans les partenariats une source d'innovation", None,
  "c'est aussi l'avis de 81 % des dirigeants d'entreprise",
  "multi_pop pop_after no_year_impact measure_before")
F(W, 4, "87 %", 87, '%', 'maires', 'maires', 'sentence',
  "voient dans les partenariats une source d'innovation", None,
  "de 87 % des maires et de 74 %", "multi_pop pop_after no_year_impact")
F(W, 4, "74 %", 74, '%', 'Français', 'Français', 'sentence',
  "voient dans les partenariats une source d'innovation", None,
  "et de 74 % des Français6.", "multi_pop pop_after no_year_impact conflict footnote_glued")
N(W, 4, "6", "et de 74 % des Français6.", 'footnote')
F(W, 4, "148 000", 148000, 'count', 'associations employeuses', 'associations employeuses', 'table',
  "associations employeuses en France", None,
  "148 000 98 % 89 %", "key_figure label_separated box recap_box count nbsp_thousands undated_study")
F(W, 4, "98 %", 98, '%', 'associations', 'associations employeuses', 'context',
  "déclarent au moins un partenariat", None,
  "98 % 89 % associations employeuses en France",
  "key_figure label_separated box recap_box undated_study")
F(W, 4, "89 %", 89, '%', 'associations', 'associations employeuses', 'context',
  "comptent une collectivité parmi leurs partenaires", None,
  "89 % associations employeuses en France déclarent",
  "key_figure label_separated box recap_box undated_study")
N(W, 4, "n° 8", "Les Notes de l'Observatoire des partenariats, n° 8, juin 2022.", 'other')
N(W, 4, "juin 2022", "Les Notes de l'Observatoire des partenariats, n° 8, juin 2022.", 'date')
N(W, 4, "5", "5. Programme ARPEA (2008-2012)", 'footnote')
N(W, 4, "2008-2012", "5. Programme ARPEA (2008-2012)", 'year')
N(W, 4, "premier", "premier programme quinquennal de l'Observatoire.", 'ordinal')
N(W, 4, "6", "6. Une autre présentation", 'footnote')
F(W, 4, "69 %", 69, '%', 'citoyens', 'citoyens', 'sentence',
  "voient dans les partenariats une source d'innovation", None,
  "Une autre présentation des mêmes résultats parle de 69 % des citoyens.",
  "footnote_text conflict pop_after no_year_impact")
N(W, 2, "premier", "complètent ce premier cercle.", 'ordinal')

# =====================================================================================
# W-02  Lexique de l'Observatoire, édition 2023 (A5, headwords in the margin)
# =====================================================================================
W = 'w02'
for p in (1, 2, 3, 4):
    N(W, p, "2023", "Lexique de l'Observatoire des partenariats Édition 2023", 'year')
    N(W, p, "%d" % p, "Le RAMEAU · Observatoire des partenariats %d" % p, 'page number')

# ---- p1
N(W, 1, "2010", "Démarche initiée en 2010, à la suite", 'year')
F(W, 1, "trois", 3, 'count', 'territoires pilotes', 'territoires pilotes', 'sentence',
  "territoires pilotes de la démarche Agir ensemble en Territoire", 2010,
  "Elle a d'abord été expérimentée dans trois territoires pilotes",
  "count number_in_words year_from_context")
N(W, 1, "p. 3", "→ Parcours d'expérience, p. 3.", 'page number')
F(W, 1, "vingt et une", 21, 'count', 'mesures', None, None,
  "mesures de la feuille de route ministérielle", None,
  "cite une « feuille de route » ministérielle de vingt et une mesures.",
  "count number_in_words compound_number_word no_date")
N(W, 1, "Premier", "ARPEA Premier programme quinquennal", 'ordinal')
N(W, 1, "2008-2012", "programme quinquennal de l'Observatoire (2008-2012), conduit en dix volets.", 'year')
F(W, 1, "dix", 10, 'count', 'volets', None, None, "volets du programme ARPEA", "2008-2012",
  "programme quinquennal de l'Observatoire (2008-2012), conduit en dix volets.",
  "count number_in_words programme_period")
F(W, 1, "86 %", 86, '%', 'Français', 'Français', 'sentence',
  "jugeaient urgent de créer des partenariats", 2008,
  "Ses enquêtes auprès des Français ont mesuré l'urgence de créer des partenariats : 86 % la "
  "jugeaient urgente en 2008",
  "pop_before year_in_sentence two_years_one_sentence long_sentence")
N(W, 1, "2008", "86 % la jugeaient urgente en 2008", 'year')
F(W, 1, "84 %", 84, '%', 'Français', 'Français', 'sentence',
  "jugeaient urgent de créer des partenariats", 2012,
  "84 % en 2012.", "ellipsis year_in_sentence two_years_one_sentence")
N(W, 1, "2012", "84 % en 2012.", 'year')
N(W, 1, "ODD 17", "Acteurs locaux que le Fonds ODD 17 entend mobiliser", 'other')
N(W, 1, "ODD 17", "→ Fonds ODD 17, p. 2.", 'other')
N(W, 1, "p. 2", "→ Fonds ODD 17, p. 2.", 'page number')
N(W, 1, "30 novembre 2021", "Lancée le 30 novembre 2021, jour du Giving Tuesday", 'date')
N(W, 1, "1", "lors de la soirée VitaWin1.", 'footnote')
N(W, 1, "Comité 21", "Comité 21 Auteur de la note", 'other')
N(W, 1, "ODD 17", "Auteur de la note « ODD 17 : Sens", 'other')
N(W, 1, "5 juillet", "parue le 5 juillet. → ODD 17, p. 3.", 'date')
N(W, 1, "ODD 17", "parue le 5 juillet. → ODD 17, p. 3.", 'other')
N(W, 1, "p. 3", "parue le 5 juillet. → ODD 17, p. 3.", 'page number')
N(W, 1, "1", "1. Une page d'associations.gouv.fr", 'footnote')
N(W, 1, "30 septembre", "la date du « mardi 30 septembre ».", 'date')

# ---- p2
F(W, 2, "250", 250, 'count', 'données', None, None, "données inventoriées sur la sortie de crise", None,
  "Inventaire de plus de 250 données sur la sortie de crise.", "count qualifier_plus_de no_date")
F(W, 2, "81 %", 81, '%', 'Français', 'Français', 'sentence',
  "jugent la co-construction utile pour rebondir en sortie de crise", None,
  "jugée utile pour rebondir par 81 % des Français",
  "measure_before pop_after multi_pop no_date")
F(W, 2, "84 %", 84, '%', 'dirigeants', 'dirigeants de TPE et de PME', 'sentence',
  "jugent la co-construction utile pour rebondir en sortie de crise", None,
  "et par 84 % des dirigeants de TPE et de PME.", "measure_before pop_after multi_pop ellipsis no_date")
N(W, 2, "14 juin 2022", "Créée le 14 juin 2022 sous l'égide de la Fondation de Lille", 'date')
F(W, 2, "21", 21, 'count', 'co-fondateurs', 'co-fondateurs', 'sentence',
  "co-fondateurs de la Fondation des Territoires", 2022,
  "sous l'égide de la Fondation de Lille, avec 21 co-fondateurs.",
  "count date_in_sentence")
N(W, 2, "juillet 2018", "Sa préfiguration, lancée en juillet 2018", 'date')
for t in ("07/18", "07/19", "08/19", "11/20", "12/20", "05/22"):
    N(W, 2, t, "07/18 – 07/19, 08/19 – 11/20, puis 12/20 – 05/22.", 'date')
N(W, 2, "ODD 17", "Fonds ODD 17 Co-créé en 2020", 'other')
N(W, 2, "2020", "Fonds ODD 17 Co-créé en 2020", 'year')
F(W, 2, "1,5 M€", 1500000, '€', None, None, None, "dotation du Fonds ODD 17", 2020,
  "Doté de 1,5 M€, il finance", "money year_from_context")
F(W, 2, "trois", 3, 'years', None, None, None, "durée de l'expérimentation du Fonds ODD 17", 2020,
  "il finance une expérimentation de trois ans", "duration number_in_words year_from_context")
F(W, 2, "350", 350, 'count', 'catalyseurs territoriaux', 'catalyseurs territoriaux', 'sentence',
  "catalyseurs territoriaux visés par le Fonds ODD 17", 2020,
  "et vise 350 « catalyseurs territoriaux ».", "count year_from_context")
N(W, 2, "Troisième", "IMPACT Troisième programme quinquennal (2018-2022)", 'ordinal')
N(W, 2, "2018-2022", "IMPACT Troisième programme quinquennal (2018-2022)", 'year')
N(W, 2, "novembre 2017", "lancé en novembre 2017 avec la Caisse des Dépôts", 'date')
F(W, 2, "trois", 3, 'count', 'axes', None, None, "axes du programme IMPACT", "2018-2022",
  "Il s'articule autour de trois axes", "count number_in_words programme_period")
N(W, 2, "23 septembre", "Étude publiée le 23 septembre ; elle a interrogé 42 fondations.", 'date')
F(W, 2, "42", 42, 'count', 'fondations', 'fondations', 'sentence',
  "fondations interrogées par l'étude IMPACT Fondations & Territoires", None,
  "Étude publiée le 23 septembre ; elle a interrogé 42 fondations.",
  "count month_without_year undated_study")
N(W, 2, "ODD 17", "la plateforme en ligne de l'ODD 17, sur", 'other')
N(W, 2, "www.odd17.org", "sur www.odd17.org.", 'other')
N(W, 2, "2019", "Confiée lors du FNAF 2019 par Gabriel Attal", 'year')
N(W, 2, "7 mai 2020", "Rapport remis le 7 mai 2020 ; bilan présenté le 17 octobre 2020.", 'date')
N(W, 2, "17 octobre 2020", "Rapport remis le 7 mai 2020 ; bilan présenté le 17 octobre 2020.", 'date')

# ---- p3
N(W, 3, "2008", "Créé en 2008 par la Caisse des Dépôts et Le RAMEAU", 'year')
N(W, 3, "2", "le Mouvement associatif2.", 'footnote')
N(W, 3, "ODD 17", "ODD 17 Objectif de développement durable", 'other')
F(W, 3, "dix-neuf", 19, 'count', 'cibles', None, None, "cibles de l'objectif de développement durable", None,
  "il compte dix-neuf cibles.", "count number_in_words compound_number_word no_date measure_from_headword")
N(W, 3, "Comité 21", "→ Comité 21, p. 1 ; M.E.D.O.C., p. 2.", 'other')
N(W, 3, "p. 1", "→ Comité 21, p. 1 ; M.E.D.O.C., p. 2.", 'page number')
N(W, 3, "p. 2", "→ Comité 21, p. 1 ; M.E.D.O.C., p. 2.", 'page number')
F(W, 3, "11", 11, 'count', 'territoires pionniers', 'territoires pionniers', 'sentence',
  "territoires pionniers du parcours d'expérience du CGET et du RAMEAU", None,
  "avec 11 territoires pionniers3.", "count conflict no_date footnote_glued")
N(W, 3, "3", "avec 11 territoires pionniers3.", 'footnote')
N(W, 3, "première", "La première session s'est tenue le 3 mai.", 'ordinal')
N(W, 3, "3 mai", "La première session s'est tenue le 3 mai.", 'date')
N(W, 3, "Deuxième", "PHARE Deuxième programme quinquennal", 'ordinal')
N(W, 3, "2013-2018", "programme quinquennal (2013-2018)4, en six volets", 'year')
N(W, 3, "4", "programme quinquennal (2013-2018)4, en six volets", 'footnote')
F(W, 3, "six", 6, 'count', 'volets', None, None, "volets du programme PHARE", "2013-2018",
  "programme quinquennal (2013-2018)4, en six volets", "count number_in_words programme_period conflict",
  year_alt="2013-2017")
N(W, 3, "septembre 2015", "PHARE-Citoyens (septembre 2015)", 'date')
N(W, 3, "octobre 2015", "PHARE-Entreprises (octobre 2015)", 'date')
N(W, 3, "novembre 2015", "PHARE-Associations (novembre 2015)", 'date')
F(W, 3, "13", 13, 'count', 'rapports régionaux', None, None, "rapports régionaux du programme PHARE", 2016,
  "13 rapports régionaux (2016)", "count year_in_sentence list parenthetical")
N(W, 3, "2016", "13 rapports régionaux (2016)", 'year')
N(W, 3, "juillet 2016", "des diagnostics sectoriels (juillet 2016)", 'date')
N(W, 3, "automne 2016", "PHARE-Institutions (automne 2016).", 'date')
N(W, 3, "29 novembre 2016", "Volet publié le 29 novembre 2016 et consacré aux maires.", 'date')
F(W, 3, "cinq", 5, 'count', 'profils', None, None, "profils de maires distingués par PHARE-Institutions", 2016,
  "Il distingue cinq profils de maires", "count number_in_words year_from_context")
F(W, 3, "87 %", 87, '%', 'maires', 'maires', 'sentence',
  "partagent le constat d'un devoir d'alliance", 2016,
  "87 % d'entre eux partagent le constat d'un « devoir d'alliance ».",
  "pronoun year_from_context")
N(W, 3, "2006", "Association d'intérêt général créée en 2006", 'year')
F(W, 3, "trois", 3, 'count', 'missions', None, None, "missions du RAMEAU", None,
  "et s'est donné trois missions.", "count number_in_words near_year measure_from_headword")
F(W, 3, "15", 15, 'years', None, None, None, "durée de recherche revendiquée par Le RAMEAU", None,
  "Le RAMEAU fait état de 15 ans de recherche", "duration no_date")
F(W, 3, "5", 5, 'years', None, None, None, "durée d'étude d'impact revendiquée par Le RAMEAU", None,
  "et de 5 ans d'étude d'impact", "duration no_date same_value_other_unit")
F(W, 3, "1.000", 1000, 'count', 'exemples inspirants', None, None, "exemples inspirants recensés par Le RAMEAU",
  None, "de plus de 1.000 exemples inspirants recensés", "count dot_thousands qualifier_plus_de no_date")
F(W, 3, "500", 500, 'count', 'organisations', 'organisations', 'sentence',
  "organisations auprès desquelles Le RAMEAU a mené des expérimentations", "2006-2023",
  "auprès de plus de 500 organisations depuis 2006.", "count qualifier_plus_de period_since")
N(W, 3, "2006", "auprès de plus de 500 organisations depuis 2006.", 'year')
N(W, 3, "2", "2. Les documents de 2011", 'footnote')
N(W, 3, "2011", "2. Les documents de 2011 et de 2012 le disent créé en 2007.", 'year')
N(W, 3, "2012", "2. Les documents de 2011 et de 2012 le disent créé en 2007.", 'year')
N(W, 3, "2007", "2. Les documents de 2011 et de 2012 le disent créé en 2007.", 'year')
N(W, 3, "3", "3. Une autre source évoque", 'footnote')
F(W, 3, "10", 10, 'count', 'territoires pilotes', 'territoires pilotes', 'sentence',
  "territoires pilotes de l'expérimentation du CGET, selon une autre source", None,
  "Une autre source évoque « le CGET et 10 territoires pilotes ».",
  "count footnote_text conflict no_date")
N(W, 3, "4", "4. 2013-2017 sur deux pages", 'footnote')
N(W, 3, "2013-2017", "4. 2013-2017 sur deux pages", 'year')
N(W, 3, "deux", "4. 2013-2017 sur deux pages", 'other')

# ---- p4
N(W, 4, "11 décembre 2012", "Bilan du programme ARPEA, publié le 11 décembre 2012.", 'date')
N(W, 4, "2014", "publié début 2014.", 'year')
for yr, sent in (("2006", "2006 Création du RAMEAU."),
                 ("2008", "2008 Création de l'Observatoire des partenariats"),
                 ("2007", "(2007 selon les documents de l'époque)."),
                 ("2010", "2010 « Agir ensemble en Territoire »"),
                 ("2011", "2011 Janvier : étude ARPEA"),
                 ("2012", "2012 11 décembre : rapport quinquennal."),
                 ("2013", "2013 Lancement du programme PHARE."),
                 ("2016", "2016 13 rapports régionaux"),
                 ("2017", "2017 Novembre : lancement du programme IMPACT."),
                 ("2018", "2018 Juillet : début de la préfiguration"),
                 ("2020", "2020 Fonds ODD 17 ;"),
                 ("2021", "2021 30 novembre : lancement de la Charte"),
                 ("2022", "2022 14 juin : création de la Fondation des Territoires")):
    N(W, 4, yr, sent, 'year')
F(W, 4, "trois", 3, 'count', 'territoires pilotes', 'territoires pilotes', 'sentence',
  "territoires pilotes de la démarche Agir ensemble en Territoire", 2010,
  "« Agir ensemble en Territoire » : trois territoires pilotes.",
  "count number_in_words year_from_label list timeline_list")
N(W, 4, "11 décembre", "2012 11 décembre : rapport quinquennal.", 'date')
F(W, 4, "13", 13, 'count', 'rapports régionaux', None, None, "rapports régionaux du programme PHARE", 2016,
  "2016 13 rapports régionaux ;", "count year_from_label year_adjacent_to_figure list timeline_list")
N(W, 4, "29 novembre", "PHARE-Institutions paraît le 29 novembre.", 'date')
N(W, 4, "ODD 17", "2020 Fonds ODD 17 ;", 'other')
N(W, 4, "7 mai", "rapport de la mission ministérielle remis le 7 mai.", 'date')
N(W, 4, "30 novembre", "2021 30 novembre : lancement de la Charte", 'date')
N(W, 4, "14 juin", "2022 14 juin : création de la Fondation des Territoires", 'date')
F(W, 4, "21", 21, 'count', 'co-fondateurs', 'co-fondateurs', 'sentence',
  "co-fondateurs de la Fondation des Territoires", 2022,
  "création de la Fondation des Territoires, avec 21 co-fondateurs.",
  "count year_from_label list timeline_list")

# =====================================================================================
# W-03  Lettre de transmission du 20 janvier 2014 + annexe
# =====================================================================================
W = 'w03'
for p in (1, 2, 3):
    N(W, p, "%d/3" % p, "%d/3" % p if p > 1 else "font remonter sa création à 2007. 1/3", 'page number')
for p in (2, 3):
    N(W, p, "20 janvier 2014", "Observatoire des partenariats · Lettre du 20 janvier 2014", 'date')

# ---- p1
N(W, 1, "20 janvier 2014", "Paris, le 20 janvier 2014", 'date')
N(W, 1, "OBS-2014-007", "N/Réf. : OBS-2014-007", 'other')
N(W, 1, "2", "Pièces jointes : 2", 'other')
N(W, 1, "2008", "Créé en 2008 par la Caisse des Dépôts et Le RAMEAU1", 'year')
N(W, 1, "1", "Créé en 2008 par la Caisse des Dépôts et Le RAMEAU1", 'footnote')
N(W, 1, "premier", "l'Observatoire a conduit un premier programme d'études", 'ordinal')
N(W, 1, "2008-2012", "ARPEA (2008-2012), en dix volets", 'year')
F(W, 1, "dix", 10, 'count', 'volets', None, None, "volets du programme ARPEA", "2008-2012",
  "ARPEA (2008-2012), en dix volets", "count number_in_words programme_period")
N(W, 1, "11 décembre 2012", "publié le 11 décembre 2012.", 'date')
N(W, 1, "2008", "En 2008, 86 % d'entre eux", 'year')
F(W, 1, "86 %", 86, '%', 'Français', 'Français', 'context',
  "jugeaient urgent de créer des partenariats entre associations et entreprises", 2008,
  "En 2008, 86 % d'entre eux jugeaient urgent de créer des partenariats entre associations et "
  "entreprises",
  "pronoun year_in_sentence two_years_one_sentence")
F(W, 1, "84 %", 84, '%', 'Français', 'Français', 'context',
  "jugeaient urgent de créer des partenariats entre associations et entreprises", 2012,
  "ils étaient encore 84 % en 2012.", "pronoun_subject year_in_sentence two_years_one_sentence ellipsis")
N(W, 1, "2012", "ils étaient encore 84 % en 2012.", 'year')
N(W, 1, "premier", "au cours de ce premier programme", 'ordinal')
F(W, 1, "46 %", 46, '%', 'associations', 'associations', 'sentence',
  "se déclaraient engagées avec une entreprise", "2008-2012",
  "au cours de ce premier programme, près de 46 % d'entre elles se déclaraient engagées avec une "
  "entreprise.",
  "pronoun qualifier_pres_de year_from_context programme_period")
N(W, 1, "janvier 2011", "parue en janvier 2011, dresse un tableau contrasté", 'date')
F(W, 1, "21 %", 21, '%', 'entreprises', 'entreprises', 'sentence',
  "développent des partenariats", 2011,
  "dresse un tableau contrasté : 21 % des entreprises développent",
  "pop_after date_in_sentence page_break")
N(W, 1, "1", "1. Plusieurs documents de l'Observatoire", 'footnote')
N(W, 1, "2007", "font remonter sa création à 2007.", 'year')

# ---- p2
F(W, 2, "33 %", 33, '%', 'entreprises', 'entreprises', 'context',
  "souhaitent développer des partenariats", 2011,
  "des partenariats et 33 % souhaitent en développer",
  "page_break actor_from_previous_page year_from_previous_page multi_same_pop")
F(W, 2, "46 %", 46, '%', 'entreprises', 'entreprises', 'context',
  "ne souhaitent pas développer de partenariats", 2011,
  "mais 46 % ne le souhaitent pas.",
  "page_break actor_from_previous_page year_from_previous_page negation multi_same_pop")
N(W, 2, "2010", "nous avons initié en 2010 la démarche", 'year')
F(W, 2, "trois", 3, 'count', 'territoires pilotes', 'territoires pilotes', 'sentence',
  "territoires pilotes de la démarche Agir ensemble en Territoire", 2010,
  "expérimentée d'abord dans trois territoires pilotes", "count number_in_words year_in_sentence")
N(W, 2, "deuxième", "son deuxième programme, PHARE2, lancé en 2013.", 'ordinal')
N(W, 2, "2", "son deuxième programme, PHARE2, lancé en 2013.", 'footnote')
N(W, 2, "2013", "son deuxième programme, PHARE2, lancé en 2013.", 'year')
N(W, 2, "page 3", "dans l'annexe jointe (page 3).", 'page number')
N(W, 2, "2", "2. Le RAMEAU, créé en 2006", 'footnote')
N(W, 2, "2006", "2. Le RAMEAU, créé en 2006", 'year')

# ---- p3
N(W, 3, "20 janvier 2014", "Chiffres cités dans la lettre du 20 janvier 2014", 'date')
N(W, 3, "janvier 2011", "Tableau A – Les entreprises face aux partenariats, janvier 2011", 'date')
for label, v, meas in (("Développent des partenariats", 21, "développent des partenariats"),
                       ("Souhaitent en développer", 33, "souhaitent développer des partenariats"),
                       ("Ne le souhaitent pas", 46, "ne souhaitent pas développer de partenariats")):
    F(W, 3, str(v), v, '%', 'entreprises', 'entreprises', 'table', meas, 2011, "%s %d" % (label, v),
      "table unit_from_header actor_from_header measure_from_row year_from_caption")
N(W, 3, "2008", "Enquête 2008 2012 ARPEA", 'year')
N(W, 3, "2012", "Enquête 2008 2012 ARPEA", 'year')
F(W, 3, "86", 86, '%', 'Français', 'Français', 'table',
  "jugent urgent de créer des partenariats", 2008, "ARPEA – Citoyens 86 84",
  "table unit_from_header actor_from_header year_from_header",
  also=["Lecture : en 2008, 86 % des Français"])
F(W, 3, "84", 84, '%', 'Français', 'Français', 'table',
  "jugent urgent de créer des partenariats", 2012, "ARPEA – Citoyens 86 84",
  "table unit_from_header actor_from_header year_from_header")
N(W, 3, "2008", "Lecture : en 2008, 86 % des Français", 'year')
N(W, 3, "2008-2012", "Volets du programme ARPEA 2008-2012 10", 'year')
F(W, 3, "10", 10, 'count', 'volets', None, None, "volets du programme ARPEA", "2008-2012",
  "Volets du programme ARPEA 2008-2012 10", "table count year_in_row measure_from_row")
N(W, 3, "2010", "« Agir ensemble en Territoire » 2010 3", 'year')
F(W, 3, "3", 3, 'count', 'territoires pilotes', 'territoires pilotes', 'table',
  "territoires pilotes de la démarche Agir ensemble en Territoire", 2010,
  "« Agir ensemble en Territoire » 2010 3",
  "table count year_in_row actor_from_row measure_from_row year_adjacent_to_figure")

# =====================================================================================
# W-04  Revue de presse, sélection de décembre 2024 (A4 landscape, cards)
# =====================================================================================
W = 'w04'
for p in (1, 2, 3):
    N(W, p, "décembre 2024", "Revue de presse · sélection de décembre 2024 %d/3" % p, 'date')
    N(W, p, "%d/3" % p, "Revue de presse · sélection de décembre 2024 %d/3" % p, 'page number')

# ---- p1
F(W, 1, "15", 15, 'years', None, None, None, "durée de recherche mise en avant par Le RAMEAU", None,
  "L'association y met en avant 15 ans de recherche", "duration no_date press_summary")
F(W, 1, "5", 5, 'years', None, None, None, "durée d'étude d'impact mise en avant par Le RAMEAU", None,
  "5 ans d'étude d'impact", "duration no_date press_summary")
F(W, 1, "1.000", 1000, 'count', 'exemples inspirants', None, None,
  "exemples inspirants recensés par Le RAMEAU", None,
  "plus de 1.000 exemples inspirants recensés.", "count dot_thousands qualifier_plus_de no_date press_summary")
N(W, 1, "2008", "l'Observatoire des partenariats a été créé en 2008 et cite", 'year')
F(W, 1, "86 %", 86, '%', 'Français', 'Français', 'sentence',
  "jugeaient urgent de créer des partenariats", 2008,
  "86 % des Français jugeaient urgent de créer des partenariats en 2008",
  "pop_after year_in_sentence two_years_one_sentence press_summary")
N(W, 1, "2008", "créer des partenariats en 2008, et 84 %", 'year')
F(W, 1, "84 %", 84, '%', 'Français', 'Français', 'sentence',
  "jugeaient urgent de créer des partenariats", 2012,
  "et 84 % en 2012.", "ellipsis year_in_sentence two_years_one_sentence press_summary")
N(W, 1, "2012", "et 84 % en 2012.", 'year')
N(W, 1, "janvier 2011", "ARPEA Entreprises & Territoires, l'étude de janvier 2011", 'date')
F(W, 1, "21 %", 21, '%', 'entreprises', 'entreprises', 'sentence', "développent des partenariats", 2011,
  "donne la position des entreprises : 21 % développent des partenariats",
  "pop_before year_from_heading multi_same_pop press_summary")
F(W, 1, "33 %", 33, '%', 'entreprises', 'entreprises', 'sentence', "souhaitent développer des partenariats",
  2011, "33 % souhaitent en développer", "ellipsis year_from_heading multi_same_pop press_summary")
F(W, 1, "46 %", 46, '%', 'entreprises', 'entreprises', 'sentence',
  "ne souhaitent pas développer de partenariats", 2011,
  "et 46 % ne le souhaitent pas.", "ellipsis negation year_from_heading multi_same_pop press_summary")
N(W, 1, "2007", "L'Observatoire y est présenté comme « créé en 2007 ».", 'year')
N(W, 1, "docplayer.fr/9425152-etude-arpea-entreprises-territoires.html",
  "→ docplayer.fr/9425152-etude-arpea-entreprises-territoires.html", 'other')
N(W, 1, "11 décembre 2012", "Ce rapport, daté du 11 décembre 2012, dresse le bilan", 'date')
F(W, 1, "dix", 10, 'count', 'volets', None, None, "volets du programme ARPEA", "2008-2012",
  "dresse le bilan des dix volets du programme ARPEA (2008-2012).",
  "count number_in_words programme_period press_summary")
N(W, 1, "2008-2012", "dresse le bilan des dix volets du programme ARPEA (2008-2012).", 'year')
N(W, 1, "2007", "Il présente lui aussi l'Observatoire comme « créé en 2007 ».", 'year')
F(W, 1, "11", 11, 'count', 'territoires pionniers', 'territoires pionniers', 'sentence',
  "territoires pionniers réunis par l'expérimentation du CGET et du RAMEAU", None,
  "L'expérimentation réunit 11 territoires pionniers", "count no_date press_summary")
N(W, 1, "première", "sa première session s'est tenue le 3 mai.", 'ordinal')
N(W, 1, "3 mai", "sa première session s'est tenue le 3 mai.", 'date')

# ---- p2
F(W, 2, "46 %", 46, '%', 'associations', 'associations', 'sentence',
  "apparaissent engagées avec une entreprise", None,
  "près de 46 % des associations y apparaissent engagées avec une entreprise.",
  "qualifier_pres_de pop_after no_date press_summary")
N(W, 2, "mars 2017", "publiée en mars 2017 par Recherches & Solidarités", 'date')
F(W, 2, "1 380", 1380, 'people', 'responsables associatifs', 'responsables associatifs', 'sentence',
  "taille de l'échantillon de l'enquête Associations & Partenariats", 2016,
  "plus de 1 380 responsables associatifs interrogés en mai-juin 2016",
  "people qualifier_plus_de nbsp_thousands date_in_sentence two_dates_in_sentence press_summary",
  year_alt=2017, also=["74 % 1 380 2,5"])
N(W, 2, "mai-juin 2016", "responsables associatifs interrogés en mai-juin 2016", 'date')
F(W, 2, "2,5", 2.5, 'count', 'partenaires', 'associations', 'context',
  "partenaires en moyenne par association", 2016,
  "2,5 partenaires en moyenne", "count decimal_count average date_in_sentence press_summary",
  year_alt=2017, also=["74 % 1 380 2,5"])
F(W, 2, "28 %", 28, '%', 'associations', 'associations', 'sentence',
  "citent les entreprises parmi leurs partenaires", 2016,
  "et des entreprises citées par 28 % des associations.",
  "measure_before pop_after date_in_sentence press_summary", year_alt=2017)
N(W, 2, "www.agori.fr/2017/05/22/quels-partenariats-les-associations-developpent-elles-avec-les-entreprises/",
  "→ www.agori.fr/2017/05/22/quels-partenariats-les-associations-developpent-elles-avec-les-entreprises/",
  'other')
F(W, 2, "74 %", 74, '%', 'associations', 'associations', 'context',
  "citent les collectivités parmi leurs partenaires", 2016,
  "Celles-ci citent d'abord les collectivités (74 %)",
  "celles_ci pronoun_subject parenthetical survey_named_earlier list press_summary", year_alt=2017,
  also=["74 % 1 380 2,5"])
for v, sent, meas in ((72, "puis les autres associations et fondations (72 %)",
                       "citent d'autres associations et fondations parmi leurs partenaires"),
                      (47, "l'enseignement (47 %)", "citent l'enseignement parmi leurs partenaires"),
                      (22, "l'insertion (22 %)", "citent l'insertion parmi leurs partenaires"),
                      (9, "et la recherche (9 %).", "citent la recherche parmi leurs partenaires")):
    F(W, 2, "%d %%" % v, v, '%', 'associations', 'associations', 'context', meas, 2016, sent,
      "celles_ci parenthetical survey_named_earlier list ellipsis press_summary", year_alt=2017)
N(W, 2, "www.dossierfamilial.com/emploi/entreprise/quels-partenaires-pour-les-associations-85327",
  "→ www.dossierfamilial.com/emploi/entreprise/quels-partenaires-pour-les-associations-85327", 'other')
F(W, 2, "250", 250, 'count', 'données', None, None, "données inventoriées sur la sortie de crise", None,
  "L'article présente un inventaire de plus de 250 données.",
  "count qualifier_plus_de no_date press_summary")
F(W, 2, "81 %", 81, '%', 'Français', 'Français', 'sentence',
  "jugent la co-construction utile pour rebondir en sortie de crise", None,
  "utile pour rebondir par 81 % des Français", "measure_before pop_after multi_pop no_date press_summary")
F(W, 2, "84 %", 84, '%', 'dirigeants', 'dirigeants de TPE et de PME', 'sentence',
  "jugent la co-construction utile pour rebondir en sortie de crise", None,
  "et par 84 % des dirigeants de TPE et de PME.",
  "measure_before pop_after multi_pop ellipsis no_date press_summary")
N(W, 2, "23 septembre", "Publiée le 23 septembre, l'étude a interrogé 42 fondations.", 'date')
F(W, 2, "42", 42, 'count', 'fondations', 'fondations', 'sentence',
  "fondations interrogées par l'étude IMPACT Fondations & Territoires", None,
  "Publiée le 23 septembre, l'étude a interrogé 42 fondations.",
  "count month_without_year undated_study press_summary")

# ---- p3
N(W, 3, "ODD 17", "Une note de décryptage sur l'ODD 17", 'other')
N(W, 3, "Comité 21", "annonce la note du Comité 21 « ODD 17 : Sens", 'other')
N(W, 3, "ODD 17", "annonce la note du Comité 21 « ODD 17 : Sens", 'other')
N(W, 3, "5 juillet", "parue le 5 juillet, qui passe en revue", 'date')
F(W, 3, "dix-neuf", 19, 'count', 'cibles', None, None, "cibles de l'objectif de développement durable", None,
  "qui passe en revue les dix-neuf cibles de l'objectif.",
  "count number_in_words compound_number_word no_date name_with_number_nearby press_summary")
N(W, 3, "associations.gouv.fr/decouvrez-la-note-de-decryptages-sur-l-odd-17-le-5-juillet.html",
  "→ associations.gouv.fr/decouvrez-la-note-de-decryptages-sur-l-odd-17-le-5-juillet.html", 'other')
N(W, 3, "sur 10", "PHARE-Citoyens : des enjeux notés sur 10", 'scale')
N(W, 3, "septembre 2015", "Sur l'enquête PHARE-Citoyens de septembre 2015", 'date')
N(W, 3, "1", "l'article attribue à la sécurité1 une note de 7/10.", 'footnote')
F(W, 3, "7/10", 7, '/10', 'note', None, None, "note attribuée à l'enjeu de la sécurité", 2015,
  "l'article attribue à la sécurité1 une note de 7/10.",
  "mark10 conflict survey_named_in_sentence footnote_glued press_summary")
N(W, 3, "1", "1. Une autre publication des mêmes résultats", 'footnote')
F(W, 3, "6,6/10", 6.6, '/10', 'note', None, None,
  "note attribuée à la sécurité et au pouvoir d'achat", 2015,
  "Une autre publication des mêmes résultats donne 6,6/10 à la sécurité, comme au pouvoir d'achat.",
  "mark10 conflict footnote_text one_value_two_measures survey_named_earlier press_summary")
N(W, 3, "www.carenews.com/fr/news/3956-phare-citoyens-les-francais-favorables-a-une-alliance-entreprises-associations",
  "→ www.carenews.com/fr/news/3956-phare-citoyens-les-francais-favorables-a-une-alliance-entreprises-associations",
  'other')
N(W, 3, "29 novembre 2016", "Publié le 29 novembre 2016, PHARE-Institutions", 'date')
F(W, 3, "cinq", 5, 'count', 'profils', None, None, "profils de maires distingués par PHARE-Institutions", 2016,
  "PHARE-Institutions distingue cinq profils de maires.",
  "count number_in_words date_in_sentence press_summary")
F(W, 3, "87 %", 87, '%', 'maires', 'maires', 'sentence',
  "partagent le constat d'un devoir d'alliance", 2016,
  "L'article souligne que 87 % des maires partagent le constat",
  "pop_after survey_named_earlier press_summary")
F(W, 3, "69 %", 69, '%', 'citoyens', 'citoyens', 'sentence',
  "voient dans les partenariats une source d'innovation", None,
  "comme source d'innovation, avec 69 % des citoyens",
  "conflict measure_before pop_after no_year_impact multi_pop press_summary",
  also=["Innovation : 69 % ou 74 % ?"])
F(W, 3, "74 %", 74, '%', 'Français', 'Français', 'sentence',
  "voient dans les partenariats une source d'innovation", None,
  "la page du programme indique 74 % des Français.",
  "conflict pop_after no_year_impact multi_pop press_summary",
  also=["Innovation : 69 % ou 74 % ?"])
N(W, 3, "14 juin 2022", "Créée le 14 juin 2022 sous l'égide de la Fondation de Lille", 'date')
F(W, 3, "21", 21, 'count', 'co-fondateurs', 'co-fondateurs', 'sentence',
  "co-fondateurs de la Fondation des Territoires", 2022,
  "la Fondation des Territoires réunit 21 co-fondateurs autour de trois missions.",
  "count date_in_sentence press_summary")
F(W, 3, "trois", 3, 'count', 'missions', None, None, "missions de la Fondation des Territoires", None,
  "réunit 21 co-fondateurs autour de trois missions.",
  "count number_in_words near_year press_summary")
N(W, 3, "www.mecenova.org/interview-croisee-fondation-des-territoires-2/",
  "→ www.mecenova.org/interview-croisee-fondation-des-territoires-2/", 'other')
N(W, 3, "novembre 2024", "Les analyses et études de novembre 2024", 'date')
F(W, 3, "302", 302, 'people', 'maires', 'maires', 'sentence',
  "taille de l'échantillon de l'enquête IMPACTS & TRAJECTOIRES – Elus locaux", 2024,
  "302 maires interrogés par téléphone du 30 septembre au 28 octobre 2024.",
  "people date_in_sentence two_dates_in_sentence press_summary")
N(W, 3, "30 septembre", "302 maires interrogés par téléphone du 30 septembre au 28 octobre 2024.", 'date')
N(W, 3, "28 octobre 2024", "302 maires interrogés par téléphone du 30 septembre au 28 octobre 2024.", 'date')
F(W, 3, "91 %", 91, '%', 'maires', 'maires', 'context',
  "estiment que leur territoire est en mouvement", 2024,
  "Pour 91 % d'entre eux, leur territoire est en mouvement",
  "pronoun survey_named_earlier press_summary")
F(W, 3, "84 %", 84, '%', 'répondants', 'répondants', 'sentence',
  "sont maires de communes de moins de 2 000 habitants", 2024,
  "84 % des répondants sont maires de communes de moins de 2 000 habitants.",
  "pop_after threshold_in_sentence survey_named_earlier press_summary")
N(W, 3, "2 000", "84 % des répondants sont maires de communes de moins de 2 000 habitants.", 'threshold')
N(W, 3, "letowski.fr/note/analyses-et-etudes-de-novembre-2024/?p=31613",
  "→ letowski.fr/note/analyses-et-etudes-de-novembre-2024/?p=31613", 'other')

# =====================================================================================
# W-05  Page web imprimée : agenda de novembre (print of 10/02/2025)
# =====================================================================================
W = 'w05'
for p in (1, 2):
    N(W, p, "10/02/2025", "10/02/2025 16:05 Agenda de novembre", 'date')
    N(W, p, "16:05", "10/02/2025 16:05 Agenda de novembre", 'date')
    N(W, p, "%d/2" % p, "https://www.lerameau.fr/agenda-de-novembre/ %d/2" % p, 'page number')

# ---- p1
N(W, 1, "ODD 17", "Qui sommes-nous Recherche ODD 17 Publications Contact", 'other')
N(W, 1, "quatre", "Novembre : quatre rendez-vous pour faire alliance", 'other')
N(W, 1, "3", "Rubrique : Agenda · Lecture : 3 min", 'other')
N(W, 1, "15 nov.", "15 nov. JURIS Associations", 'date')
N(W, 1, "n° 628", "JURIS Associations n° 628 Le dossier", 'other')
N(W, 1, "15 novembre", "est paru le 15 novembre.", 'date')
N(W, 1, "23 nov.", "23 nov. 3e dîner", 'date')
N(W, 1, "3e", "23 nov. 3e dîner", 'ordinal')
N(W, 1, "troisième", "Au menu de ce troisième dîner, deux chiffres", 'ordinal')
N(W, 1, "deux", "Au menu de ce troisième dîner, deux chiffres", 'other')
F(W, 1, "64 %", 64, '%', 'élus', 'élus locaux', 'sentence',
  "veulent s'appuyer sur le jouer collectif", 2020,
  "64 % des élus locaux veulent s'appuyer sur le « jouer collectif », selon l'étude IMPACT-Elus "
  "locaux de novembre 2020",
  "pop_after date_in_sentence multi_pop long_sentence")
N(W, 1, "novembre 2020", "selon l'étude IMPACT-Elus locaux de novembre 2020", 'date')
F(W, 1, "92 %", 92, '%', 'maires', 'maires', 'sentence',
  "reconnaissent l'utilité de la co-construction", None,
  "et 92 % des maires reconnaissent l'utilité de la co-construction.",
  "pop_after near_year multi_pop")
N(W, 1, "26 nov.", "26 nov. 11e rapport régional : la Normandie", 'date')
N(W, 1, "11e", "26 nov. 11e rapport régional : la Normandie", 'ordinal')
N(W, 1, "11e", "L'Observatoire publie son 11e rapport régional", 'ordinal')
F(W, 1, "six", 6, 'count', 'volets', None, None, "volets du programme PHARE", None,
  "Les rapports régionaux forment l'un des six volets du programme PHARE",
  "count number_in_words near_year", also=["2008 6 13"])
F(W, 1, "treize", 13, 'count', 'rapports régionaux', None, None,
  "rapports régionaux du programme PHARE parus", 2016,
  "treize ont paru en 2016.", "count number_in_words year_in_sentence ellipsis",
  also=["2008 6 13"])
N(W, 1, "2016", "treize ont paru en 2016.", 'year')
N(W, 1, "26 nov.", "26 nov. 5e webinaire", 'date')
N(W, 1, "5e", "26 nov. 5e webinaire", 'ordinal')
N(W, 1, "ODD 17", "5e webinaire « l'ODD 17 en pratique »", 'other')
N(W, 1, "ODD 17", "Le cycle de webinaires consacré à l'ODD 17 se poursuit", 'other')
N(W, 1, "2008", "L'Observatoire en repères 2008 6 13", 'year')
N(W, 1, "2016", "rapports régionaux parus en 2016 Partager", 'year')
N(W, 1, "ODD 17", "À lire aussi Fonds ODD 17", 'other')
F(W, 1, "1,5 M€", 1500000, '€', None, None, None, "dotation du Fonds ODD 17", None,
  "Fonds ODD 17 : 1,5 M€ sur 3 ans pour 350 catalyseurs territoriaux",
  "money no_date teaser")
F(W, 1, "3", 3, 'years', None, None, None, "durée de l'expérimentation du Fonds ODD 17", None,
  "1,5 M€ sur 3 ans pour 350", "duration no_date teaser")
F(W, 1, "350", 350, 'count', 'catalyseurs territoriaux', 'catalyseurs territoriaux', 'sentence',
  "catalyseurs territoriaux visés par le Fonds ODD 17", None,
  "pour 350 catalyseurs territoriaux", "count no_date teaser")
F(W, 1, "42", 42, 'count', 'fondations', 'fondations', 'sentence',
  "fondations interrogées par l'étude IMPACT Fondations & Territoires", None,
  "Étude IMPACT Fondations & Territoires : 42 fondations interrogées",
  "count undated_study teaser")
N(W, 1, "ODD 17", "L'ODD 17 et ses 19 cibles", 'other')
F(W, 1, "19", 19, 'count', 'cibles', None, None, "cibles de l'objectif de développement durable", None,
  "L'ODD 17 et ses 19 cibles", "count no_date teaser name_with_number_nearby")
N(W, 1, "Comité 21", "décryptées par le Comité 21 Archives", 'other')
N(W, 1, "4", "novembre (4)", 'other')
N(W, 1, "2", "octobre (2)", 'other')
N(W, 1, "3", "septembre (3)", 'other')
N(W, 1, "ODD 17", "Mots-clés ODD 17 · co-construction", 'other')

# ---- p2
N(W, 2, "29 novembre 2016", "PHARE-Institutions, publié le 29 novembre 2016", 'date')
F(W, 2, "cinq", 5, 'count', 'profils', None, None, "profils de maires proposés par PHARE-Institutions", 2016,
  "propose cinq profils de maires.", "count number_in_words date_in_sentence list")
N(W, 2, "novembre 2020", "L'étude IMPACT-Elus locaux (novembre 2020)", 'date')
F(W, 2, "92 %", 92, '%', 'maires', 'maires', 'sentence',
  "reconnaissent l'utilité de la co-construction", None,
  "« 92 % des maires reconnaissent l'utilité de la co-construction. »",
  "pull_quote pop_after no_date")
N(W, 2, "3e", "Chiffre présenté lors du 3e dîner", 'ordinal')
N(W, 2, "Septembre 2015", "Vous aimerez aussi Septembre 2015 PHARE-Citoyens", 'date')
F(W, 2, "2 000", 2000, 'people', 'personnes', 'personnes interrogées', 'sentence',
  "taille de l'échantillon de l'enquête PHARE-Citoyens", 2015,
  "PHARE-Citoyens : plus de 2 000 personnes interrogées",
  "people qualifier_plus_de nbsp_thousands year_from_label teaser")
N(W, 2, "Novembre 2024", "Novembre 2024 IMPACTS & TRAJECTOIRES", 'date')
F(W, 2, "91 %", 91, '%', 'maires', 'maires', 'sentence',
  "voient leur territoire en mouvement", 2024,
  "Elus locaux : 91 % des maires voient leur territoire en mouvement",
  "pop_after year_from_label teaser")
N(W, 2, "30/11/2021", "30/11/2021 La Charte du faire alliance", 'date')
N(W, 2, "0", "Commentaires (0)", 'other')
N(W, 2, "2025", "© Le RAMEAU 2025", 'year')
