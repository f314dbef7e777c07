"""Hand-written gold items of set V.

F(doc, page, text, value, unit, noun, actor, actor_source, measure, year, sentence, cases, **kw)
    kw: year_alt=..., also=[lines printing the same figure again on the page], exempt=True
N(doc, page, text, sentence, why, exempt=False)
`sentence` is copied from the whitespace-collapsed pypdf text of the page; `page` is the 1-based PDF index.
"""
FIGS, NONS = [], []


def F(doc, page, text, value, unit, noun, actor, src, measure, year, sentence, cases, year_alt=None, also=None,
      exempt=False):
    d = dict(doc=doc, page=page, text=text, value=value, unit=unit, noun=noun, actor=actor, actor_source=src,
             measure=measure, year=year, sentence=sentence, cases=cases.split())
    if year_alt is not None:
        d['year_alt'] = year_alt
    if also:
        d['also_printed_as'] = also
    if exempt:
        d['exempt'] = True
    FIGS.append(d)


def N(doc, page, text, sentence, why, exempt=False):
    d = dict(doc=doc, page=page, text=text, sentence=sentence, why=why)
    if exempt:
        d['exempt'] = True
    NONS.append(d)


# =============================================================================================
# v01  Bulletin de veille « Alliances & Territoires » n° 27, décembre 2021 (two columns)
# =============================================================================================
# ---- page 1
N('v01', 1, '27', 'Alliances & Territoires N° 27 · décembre 2021', 'other')
N('v01', 1, 'décembre 2021', 'Alliances & Territoires N° 27 · décembre 2021', 'date')
N('v01', 1, '30 novembre 2021', 'a été dévoilée le 30 novembre 2021, jour du Giving Tuesday', 'date')
N('v01', 1, '1', "lors d'une soirée VitaWin à Saint-Maurice1, au cœur du territoire", 'footnote')
N('v01', 1, 'Trois', 'Trois chiffres, aucune date', 'other')
S = ("81 % des Français voient dans l'alliance un devoir, 92 % des maires en expriment le besoin et, chez les "
     "dirigeants d'entreprise, l'envie d'alliance atteint 84 %.")
F('v01', 1, '81 %', 81, '%', 'Français', 'Français', 'sentence', "voient dans l'alliance un devoir", None, S,
  'multi_pop pop_after no_date date_nearby long_sentence')
F('v01', 1, '92 %', 92, '%', 'maires', 'maires', 'sentence', "expriment le besoin d'alliance", None, S,
  'multi_pop pop_after no_date date_nearby long_sentence')
F('v01', 1, '84 %', 84, '%', 'dirigeants', "dirigeants d'entreprise", 'sentence', "ont envie d'alliance", None, S,
  'multi_pop pop_before measure_before figure_last no_date date_nearby long_sentence')
N('v01', 1, '2010', 'Une démarche née en 2010', 'year')
F('v01', 1, 'trois', 3, 'count', 'territoires pilotes', 'territoires pilotes', 'sentence',
  "territoires pilotes où « Agir ensemble en Territoire » a été expérimentée", 2010,
  "Elle a d'abord été expérimentée sur trois territoires pilotes", 'count number_in_words year_from_heading')
F('v01', 1, 'onze', 11, 'count', 'territoires pionniers', 'territoires pionniers', 'sentence',
  "territoires pionniers réunis par le parcours d'expérience du CGET et du RAMEAU", None,
  'a réuni onze territoires pionniers2 ;', 'count number_in_words conflict footnote_glued no_date')
N('v01', 1, '2', 'onze territoires pionniers2 ; sa première session', 'footnote')
N('v01', 1, 'première', "sa première session s'est tenue le 3 mai.", 'ordinal')
N('v01', 1, '3 mai', "sa première session s'est tenue le 3 mai.", 'date')
N('v01', 1, 'FNAF 2019', 'Confiée lors du FNAF 2019 par Gabriel Attal', 'year')
S = 'la mission ministérielle a remis son rapport le 7 mai 2020, puis présenté son bilan le 17 octobre 2020.'
N('v01', 1, '7 mai 2020', S, 'date')
N('v01', 1, '17 octobre 2020', S, 'date')
F('v01', 1, 'vingt et une', 21, 'count', 'mesures', None, None, 'mesures de la « feuille de route » ministérielle',
  None, 'Il en est sorti une « feuille de route » ministérielle de vingt et une mesures.',
  'count number_in_words compound_number_word no_date date_nearby')
N('v01', 1, '628', 'JURIS Associations consacre son n° 628 à un dossier', 'other')
N('v01', 1, '1', '1. Une page du site associations.gouv.fr annonce la même soirée', 'footnote')
N('v01', 1, '30 septembre', 'annonce la même soirée pour le « mardi 30 septembre ».', 'date')
N('v01', 1, '2', '2. Une autre présentation du même parcours', 'footnote')
F('v01', 1, '10', 10, 'count', 'territoires pilotes', 'territoires pilotes', 'sentence',
  'territoires pilotes du parcours CGET selon une autre présentation', None,
  'parle du « CGET et 10 territoires pilotes ».', 'count conflict footnote_text no_date')
N('v01', 1, '1', 'Observatoire des partenariats · Le RAMEAU 1/3', 'page number')
N('v01', 1, '3', 'Observatoire des partenariats · Le RAMEAU 1/3', 'page number')

# ---- page 2
N('v01', 2, '27', 'bulletin de veille N° 27 · décembre 2021', 'other')
N('v01', 2, 'décembre 2021', 'bulletin de veille N° 27 · décembre 2021', 'date')
N('v01', 2, 'quatre', "Programme IMPACT : l'alliance vue par quatre publics", 'other')
S = 'Lancé en novembre 2017 pour la période 2018-2022, le programme IMPACT est conduit'
N('v01', 2, 'novembre 2017', S, 'date')
N('v01', 2, '2018-2022', S, 'year')
F('v01', 2, 'trois', 3, 'count', 'axes', None, None, 'axes du programme IMPACT', '2018-2022',
  "Il s'organise autour de trois axes", 'count number_in_words programme_period year_from_context')
N('v01', 2, 'premiers', 'Ses premiers résultats placent les maires en tête', 'ordinal')
N('v01', 2, '3', 'Français3 74', 'footnote')
M = "voient dans les partenariats une source d'innovation"
F('v01', 2, '74', 74, '%', 'Français', 'Français', 'table', M, '2018-2022', 'Français3 74',
  'table unit_from_header actor_from_row programme_period year_from_context conflict footnote_glued')
F('v01', 2, '81', 81, '%', 'dirigeants', "dirigeants d'entreprise", 'table', M, '2018-2022',
  "Dirigeants d'entreprise 81", 'table unit_from_header actor_from_row programme_period year_from_context')
F('v01', 2, '86', 86, '%', 'responsables associatifs', 'responsables associatifs', 'table', M, '2018-2022',
  'Responsables associatifs 86', 'table unit_from_header actor_from_row programme_period year_from_context')
F('v01', 2, '87', 87, '%', 'maires', 'maires', 'table', M, '2018-2022', 'Maires 87',
  'table unit_from_header actor_from_row programme_period year_from_context')
F('v01', 2, '76 %', 76, '%', 'maires', 'maires', 'sentence', 'jugent leur territoire engagé', '2018-2022',
  'Les mêmes travaux montrent que 76 % des maires jugent leur territoire engagé',
  'pop_after multi_same_pop programme_period year_from_context')
F('v01', 2, '46 %', 46, '%', 'maires', 'maires', 'sentence', 'ne savent pas piloter les alliances', '2018-2022',
  "pourtant, 46 % d'entre eux reconnaissent ne pas savoir piloter ces alliances",
  'pronoun multi_same_pop column_break negation long_sentence programme_period year_from_context')
N('v01', 2, 'novembre 2020', "En novembre 2020, l'étude IMPACT-Elus locaux", 'date')
F('v01', 2, '64 %', 64, '%', 'élus locaux', 'élus locaux', 'sentence', "veulent s'appuyer sur le « jouer collectif »",
  2020, "indiquait que 64 % des élus locaux veulent s'appuyer sur le « jouer collectif ».",
  'pop_after date_in_sentence survey_named_in_sentence')
N('v01', 2, 'ODD 17', "ODD 17 : une note pour s'y retrouver", 'other')
N('v01', 2, '5 juillet', 'Parue le 5 juillet, la note du Comité 21', 'date')
N('v01', 2, 'Comité 21', 'Parue le 5 juillet, la note du Comité 21', 'other')
N('v01', 2, 'ODD 17', '« ODD 17 : Sens, décryptages, déclinaisons »', 'other')
F('v01', 2, 'dix-neuf', 19, 'count', 'cibles', None, None, "cibles de l'objectif de développement durable", None,
  'rappelle que cet objectif compte dix-neuf cibles.',
  'count number_in_words compound_number_word no_date date_nearby name_with_number_nearby')
N('v01', 2, '3', '3. Un autre article qui reprend ces résultats', 'footnote')
F('v01', 2, '69 %', 69, '%', 'citoyens', 'citoyens', 'sentence', M, '2018-2022', 'écrit « 69 % des citoyens ».',
  'conflict footnote_text pop_after programme_period year_from_context')
N('v01', 2, '2', 'Observatoire des partenariats · Le RAMEAU 2/3', 'page number')
N('v01', 2, '3', 'Observatoire des partenariats · Le RAMEAU 2/3', 'page number')

# ---- page 3
N('v01', 3, '27', 'bulletin de veille N° 27 · décembre 2021', 'other')
N('v01', 3, 'décembre 2021', 'bulletin de veille N° 27 · décembre 2021', 'date')
S = '15 5 500 1.000 ans de recherche'
F('v01', 3, '15', 15, 'years', None, None, None, 'années de recherche du RAMEAU', None, S,
  'key_figure box label_separated unit_from_label duration no_date')
F('v01', 3, '5', 5, 'years', None, None, None, "années d'étude d'impact du RAMEAU", None, S,
  'key_figure box label_separated unit_from_label duration no_date looks_like_thousands', exempt=True)
F('v01', 3, '500', 500, 'count', 'organisations', 'organisations', 'table', 'organisations accompagnées par Le RAMEAU',
  '2006-2021', S, 'count key_figure box label_separated actor_from_label period_since looks_like_thousands',
  exempt=True)
F('v01', 3, '1.000', 1000, 'count', 'exemples inspirants', None, None, 'exemples inspirants recensés par Le RAMEAU',
  None, S, 'count key_figure box label_separated measure_from_label dot_thousands no_date')
N('v01', 3, '2006', 'organisations accompagnées depuis 2006', 'year')
N('v01', 3, 'juillet 2018', 'Lancée en juillet 2018, la préfiguration', 'date')
F('v01', 3, 'trois', 3, 'count', 'étapes', None, None, 'étapes de la préfiguration de la Fondation des Territoires',
  None, 'se déroule en trois étapes.', 'count number_in_words near_year')
S = "La troisième, ouverte en décembre 2020, doit s'achever en mai 2022"
N('v01', 3, 'troisième', S, 'ordinal')
N('v01', 3, 'décembre 2020', S, 'date')
N('v01', 3, 'mai 2022', S, 'date')
N('v01', 3, '2008', 'Créé en 2008 par la Caisse des Dépôts et Le RAMEAU4', 'year')
N('v01', 3, '4', 'Créé en 2008 par la Caisse des Dépôts et Le RAMEAU4', 'footnote')
S = "a d'abord conduit l'ARPEA (2008-2012), en dix volets"
N('v01', 3, '2008-2012', S, 'year')
F('v01', 3, 'dix', 10, 'count', 'volets', None, None, 'volets du programme ARPEA', '2008-2012', S,
  'count number_in_words programme_period')
S = 'puis PHARE (2013-2018)5, en six volets'
N('v01', 3, '2013-2018', S, 'year')
N('v01', 3, '5', S, 'footnote')
F('v01', 3, 'six', 6, 'count', 'volets', None, None, 'volets du programme PHARE', '2013-2018', S,
  'count number_in_words programme_period conflict', year_alt='2013-2017')
S = '4. Des documents plus anciens, de 2011 et 2012, écrivent'
N('v01', 3, '4', S, 'footnote')
N('v01', 3, '2011', S, 'year')
N('v01', 3, '2012', S, 'year')
N('v01', 3, '2007', "« Créé en 2007, l'Observatoire national", 'year')
N('v01', 3, '5', "5. Le site de l'Observatoire présente PHARE sur la période 2013-2017.", 'footnote')
N('v01', 3, '2013-2017', "5. Le site de l'Observatoire présente PHARE sur la période 2013-2017.", 'year')
N('v01', 3, '3', 'Le RAMEAU 3/', 'page number')
N('v01', 3, '3', '/3', 'page number')

# =============================================================================================
# v02  Étude « L'alliance en chiffres », chapitre 2 « Les entreprises » (printed folios 31-34)
# =============================================================================================
# ---- page 1 (folio 31)
N('v02', 1, '2', 'CHAPITRE 2 Les entreprises', 'other')
S = 'Ce chapitre rassemble quatre sources publiées entre 2011 et 2020'
N('v02', 1, 'quatre', S, 'other')
N('v02', 1, '2011', S, 'year')
N('v02', 1, '2020', S, 'year')
N('v02', 1, 'février 2016', 'la note de février 2016 sur les modèles de co-construction', 'date')
N('v02', 1, '2.1', '2.1 Une minorité engagée', 'other')
N('v02', 1, 'janvier 2011', "En janvier 2011, l'étude ARPEA Entreprises & Territoires donnait", 'date')
N('v02', 1, 'première', 'donnait pour la première fois une mesure', 'ordinal')
N('v02', 1, 'trois', 'Son résultat tient en trois chiffres', 'other')
N('v02', 1, '2.1', 'que représente la figure 2.1.', 'other')
N('v02', 1, '2.1', 'Figure 2.1 — Les entreprises face aux partenariats', 'other')
F('v02', 1, '21', 21, '%', 'entreprises', 'entreprises', 'table', 'développent des partenariats', 2011,
  'développent des partenariats 21',
  'chart unit_from_header actor_from_header measure_from_row year_from_source_line survey_named_earlier')
F('v02', 1, '33', 33, '%', 'entreprises', 'entreprises', 'table', 'souhaitent développer des partenariats', 2011,
  'souhaitent en développer 33',
  'chart unit_from_header actor_from_header measure_from_row year_from_source_line survey_named_earlier')
F('v02', 1, '46 %', 46, '%', 'entreprises', 'entreprises', 'sentence', 'ne souhaitent pas développer de partenariats',
  2011, "Autrement dit, les 46 % d'entreprises qui ne souhaitaient pas s'engager",
  'pop_after negation year_from_context survey_named_earlier chart', also=['ne le souhaitent pas 46'])
N('v02', 1, 'janvier 2011', 'Observatoire des partenariats, janvier 2011.', 'date')
N('v02', 1, '2.2', '2.2 Les pionniers en avance', 'other')
N('v02', 1, '29 février 2016', 'La note du 29 février 2016 sur les modèles', 'date')
M = 'déclarent un partenariat'
F('v02', 1, '37 %', 37, '%', 'entreprises', "entreprises d'au moins 10 salariés", 'sentence', M, 2016,
  "37 % des entreprises d'au moins 10 salariés y déclarent un partenariat",
  'multi_pop pop_after threshold_in_sentence year_from_context survey_named_earlier')
N('v02', 1, '10', "des entreprises d'au moins 10 salariés y déclarent", 'threshold')
S = 'contre 38 % des associations et 53 % des associations employeuses.'
F('v02', 1, '38 %', 38, '%', 'associations', 'associations', 'sentence', M, 2016, S,
  'multi_pop pop_after ellipsis year_from_context survey_named_earlier')
F('v02', 1, '53 %', 53, '%', 'associations employeuses', 'associations employeuses', 'sentence', M, 2016, S,
  'multi_pop pop_after ellipsis year_from_context survey_named_earlier')
F('v02', 1, '65 %', 65, '%', 'pionniers', 'pionniers', 'sentence', M, 2016, 'Les pionniers, eux, sont 65 % à le faire.',
  'pop_before pronoun_subject ellipsis year_from_context survey_named_earlier')
N('v02', 1, '31', 'de ses établissements. 31', 'page number')

# ---- page 2 (folio 32)
N('v02', 2, '2', 'Chapitre 2 · Les entreprises', 'other')
N('v02', 2, '2.3', "2.3 Le devoir d'alliance selon les publics", 'other')
M = "estiment que s'allier est un devoir"
F('v02', 2, '81 %', 81, '%', 'dirigeants', "dirigeants d'entreprise", 'sentence', M, 2015,
  "Les dirigeants d'entreprise ne sont pas en reste : 81 % d'entre eux estiment que s'allier est un devoir",
  'pronoun pop_before multi_pop year_from_table_row table',
  also=["Dirigeants d'entreprise PHARE-Entreprises octobre 2015 81"])
F('v02', 2, '86 %', 86, '%', 'responsables associatifs', 'responsables associatifs', 'sentence', M, 2015,
  'presque autant que les responsables associatifs (86 %)',
  'parenthetical pop_before multi_pop ellipsis year_from_table_row table',
  also=['Responsables associatifs PHARE-Associations novembre 2015 86'])
F('v02', 2, '69 %', 69, '%', 'Français', 'Français', 'sentence', M, 2015, 'et nettement plus que les Français (69 %).',
  'parenthetical pop_before multi_pop ellipsis year_from_table_row table',
  also=['Français PHARE-Citoyens septembre 2015 69'])
N('v02', 2, '2.1', "Tableau 2.1 — Le « devoir d'alliance »", 'other')
N('v02', 2, 'septembre 2015', 'PHARE-Citoyens septembre 2015', 'date')
N('v02', 2, 'octobre 2015', 'PHARE-Entreprises octobre 2015', 'date')
N('v02', 2, 'novembre 2015', 'PHARE-Associations novembre 2015', 'date')
N('v02', 2, '29 novembre 2016', 'PHARE-Institutions 29 novembre 2016', 'date')
F('v02', 2, '87', 87, '%', 'maires', 'maires', 'table', "voient dans l'alliance un devoir", 2016,
  'Maires PHARE-Institutions 29 novembre 2016 87',
  'table unit_from_header actor_from_row year_in_row date_adjacent_to_figure measure_from_header')
N('v02', 2, '2.4', '2.4 Une envie sans date', 'other')
N('v02', 2, 'quatrième', 'Un quatrième chiffre circule largement', 'ordinal')
F('v02', 2, '84 %', 84, '%', 'dirigeants', "dirigeants d'entreprises", 'sentence', "ont « envie d'alliance »", None,
  "84 % des dirigeants d'entreprises auraient « envie d'alliance »1.",
  'pop_after no_date footnote_glued footnote_nearby')
N('v02', 2, '1', "auraient « envie d'alliance »1.", 'footnote')
N('v02', 2, '1', '1. Chiffre repris dans le plaidoyer', 'footnote')
N('v02', 2, '2021', 'Charte du faire alliance a prolongé en 2021', 'year')
F('v02', 2, '92 %', 92, '%', 'maires', 'maires', 'sentence', "expriment un « besoin d'alliance »", None,
  "à côté du « besoin d'alliance » de 92 % des maires.", 'footnote_text no_date near_year measure_before pop_after')
N('v02', 2, '32', 'de 92 % des maires. 32', 'page number')

# ---- page 3 (folio 33)
N('v02', 3, '2', 'Chapitre 2 · Les entreprises', 'other')
N('v02', 3, '2.5', '2.5 Après le choc de 2020', 'other')
N('v02', 3, '2020', '2.5 Après le choc de 2020', 'year')
N('v02', 3, 'premier', 'Au sortir du premier confinement', 'ordinal')
F('v02', 3, '250', 250, 'count', 'données', None, None, 'données inventoriées par Le RAMEAU pour la reprise', 2020,
  'Le RAMEAU a inventorié plus de 250 données pour éclairer la reprise.',
  'count qualifier_plus_de year_from_heading')
N('v02', 3, 'Deux', "Deux d'entre elles concernent les entreprises", 'other')
S = ('84 % des dirigeants de TPE et de PME, comme 81 % des Français, jugent la co-construction utile pour '
     'rebondir.')
M = 'jugent la co-construction utile pour rebondir'
F('v02', 3, '84 %', 84, '%', 'dirigeants', 'dirigeants de TPE et de PME', 'sentence', M, 2020, S,
  'multi_pop pop_after year_from_heading')
F('v02', 3, '81 %', 81, '%', 'Français', 'Français', 'sentence', M, 2020, S, 'multi_pop pop_after year_from_heading')
N('v02', 3, '2.1', 'Encadré 2.1', 'other')
S = 'le seuil de 10 salariés de la note de 2016'
N('v02', 3, '10', S, 'threshold')
N('v02', 3, '2016', S, 'year')
N('v02', 3, '2011', "n'existe pas dans l'étude de 2011", 'year')
N('v02', 3, '2020', 'les TPE et PME de 2020 forment encore un autre public.', 'year')
N('v02', 3, '2.6', '2.6 Le regard des associations', 'other')
S = 'menée en mai-juin 2016 auprès de plus de 1 380 responsables associatifs'
N('v02', 3, 'mai-juin 2016', S, 'date')
F('v02', 3, '1 380', 1380, 'people', 'responsables associatifs', 'responsables associatifs', 'sentence',
  "taille de l'échantillon de l'enquête Associations & Partenariats", 2016, S,
  'people qualifier_plus_de survey_named_in_sentence two_dates_in_sentence nbsp_thousands', year_alt=2017)
S = 'et publiée en mars 2017, les classe au quatrième rang'
N('v02', 3, 'mars 2017', S, 'date')
N('v02', 3, 'quatrième', S, 'ordinal')
N('v02', 3, '2.2', '(tableau 2.2).', 'other')
N('v02', 3, '2.2', 'Tableau 2.2 — Partenaires cités', 'other')
T = 'table unit_from_header actor_from_header measure_from_row survey_named_earlier'
F('v02', 3, '74', 74, '%', 'associations', 'associations', 'table', 'ont des collectivités territoriales pour partenaires',
  2016, 'Collectivités territoriales 74', T, year_alt=2017)
F('v02', 3, '72', 72, '%', 'associations', 'associations', 'table', "ont d'autres associations ou des fondations pour partenaires",
  2016, 'Associations et fondations 72', T, year_alt=2017)
F('v02', 3, '47', 47, '%', 'associations', 'associations', 'table', "ont des établissements d'enseignement pour partenaires",
  2016, "Établissements d'enseignement 47", T, year_alt=2017)
F('v02', 3, '28', 28, '%', 'associations', 'associations', 'table', 'ont des entreprises pour partenaires',
  2016, 'Entreprises 28', T, year_alt=2017)
F('v02', 3, '22', 22, '%', 'associations', 'associations', 'table', "ont des structures d'insertion pour partenaires",
  2016, "Structures d'insertion 22", T, year_alt=2017)
F('v02', 3, '9', 9, '%', 'associations', 'associations', 'table', 'ont des organismes de recherche pour partenaires',
  2016, 'Organismes de recherche 9', T, year_alt=2017)
F('v02', 3, '2,5', 2.5, 'count', 'partenaires', 'associations', 'sentence', 'partenaires par association en moyenne',
  2016, 'En moyenne, chaque association compte 2,5 partenaires.',
  'count average decimal_count survey_named_earlier', year_alt=2017)
N('v02', 3, '33', 'compte 2,5 partenaires. 33', 'page number')

# ---- page 4 (folio 34)
N('v02', 4, '2', 'Chapitre 2 · Les entreprises', 'other')
M = 'ont une entreprise pour partenaire'
F('v02', 4, '50 %', 50, '%', 'associations', 'associations dont le budget dépasse 150 000 €', 'sentence', M, 2016,
  'Parmi les associations dont le budget dépasse 150 000 €, 50 % ont une entreprise pour partenaire',
  'parmi pop_before threshold_in_sentence money_threshold_nearby survey_named_in_sentence year_from_other_page',
  year_alt=2017)
N('v02', 4, '150 000 €', 'dont le budget dépasse 150 000 €, 50 %', 'threshold')
S = 'sous le seuil de 10 000 €, elles ne sont plus que 20 %.'
N('v02', 4, '10 000 €', S, 'threshold')
F('v02', 4, '20 %', 20, '%', 'associations', 'associations dont le budget est inférieur à 10 000 €', 'sentence', M,
  2016, S, 'pronoun figure_last threshold_in_sentence money_threshold_nearby survey_named_earlier '
  'year_from_other_page', year_alt=2017)
N('v02', 4, '2008-2012', 'Le programme ARPEA (2008-2012) comptait déjà', 'year')
F('v02', 4, '46 %', 46, '%', 'associations', 'associations', 'sentence', 'sont engagées avec une entreprise',
  '2008-2012', "comptait déjà près de 46 % d'associations engagées avec une entreprise.",
  'qualifier_pres_de pop_after programme_period')
N('v02', 4, '2.7', "2.7 Ce qu'il faut retenir", 'other')
N('v02', 4, '2011', '• En 2011, 21 % des entreprises', 'year')
F('v02', 4, '21 %', 21, '%', 'entreprises', 'entreprises', 'sentence', 'développent des partenariats', 2011,
  '• En 2011, 21 % des entreprises développaient des partenariats.',
  'box list recap_box pop_after year_in_sentence year_adjacent_to_figure')
N('v02', 4, '2016', '• En 2016, 65 % des pionniers', 'year')
F('v02', 4, '65 %', 65, '%', 'pionniers', 'pionniers', 'sentence', 'ont noué un partenariat', 2016,
  '• En 2016, 65 % des pionniers en avaient noué un.',
  'box list recap_box pop_after year_in_sentence year_adjacent_to_figure')
F('v02', 4, '84 %', 84, '%', 'dirigeants', 'dirigeants de TPE et de PME', 'sentence',
  'voient dans la co-construction un levier pour rebondir', None,
  '• 84 % des dirigeants de TPE et de PME voient dans la co-construction un levier pour rebondir.',
  'box list recap_box pop_after no_date')
S = 'Entre 2011 et 2020, les chiffres ont changé'
N('v02', 4, '2011', S, 'year')
N('v02', 4, '2020', S, 'year')
N('v02', 4, '34', 'dans ces alliances. 34', 'page number')

# =============================================================================================
# v03  Rapport d'activité 2020 du RAMEAU (cover + contents, key-figure tiles, two tables)
# =============================================================================================
# ---- page 1 (cover)
N('v03', 1, '2020', "Rapport d'activité 2020 Année de crise", 'year')
N('v03', 1, 'juin 2021', 'Publié en juin 2021', 'date')
N('v03', 1, '1', 'Sommaire 1 2020', 'other')
N('v03', 1, '2020', '1 2020 en chiffres', 'year')
N('v03', 1, '2', '2020 en chiffres 2', 'page number')
N('v03', 1, '2', '2 Des données pour la sortie de crise', 'other')
N('v03', 1, '2', 'la sortie de crise 2', 'page number')
N('v03', 1, '3', "3 Les programmes de l'Observatoire", 'other')
N('v03', 1, '3', "Les programmes de l'Observatoire 3", 'page number')
N('v03', 1, '4', '4 Le Fonds ODD 17 et la Fondation', 'other')
N('v03', 1, 'ODD 17', '4 Le Fonds ODD 17 et la Fondation', 'other')
N('v03', 1, '4', 'la Fondation des Territoires 4 Édito', 'page number')
N('v03', 1, '2020', "Pour Le RAMEAU, 2020 restera l'année", 'year')
N('v03', 1, 'deux', "l'année de deux rendez-vous", 'other')
S = 'remis le 7 mai 2020, et son bilan, présenté le 17 octobre 2020.'
N('v03', 1, '7 mai 2020', S, 'date')
N('v03', 1, '17 octobre 2020', S, 'date')
N('v03', 1, '2006', 'Depuis 2006, Le RAMEAU a mené des expérimentations', 'year')
F('v03', 1, '500', 500, 'count', 'organisations', 'organisations', 'sentence',
  'organisations auprès desquelles Le RAMEAU a mené des expérimentations', '2006-2020',
  'auprès de plus de 500 organisations ;', 'count qualifier_plus_de period_since', year_alt='2006-2021')
N('v03', 1, 'ODD 17', 'co-créé le Fonds ODD 17 avec la Fondation TotalEnergies', 'other')
N('v03', 1, '4', '(voir page 4).', 'page number')

# ---- page 2
N('v03', 2, '2020', "Rapport d'activité 2020 1", 'year')
N('v03', 2, '1', '2020 1 2020', 'other')
N('v03', 2, '2020', '1 2020 en chiffres', 'year')
TILES = '250 64 % 1,5 M€ données inventoriées'
F('v03', 2, '64 %', 64, '%', 'élus locaux', 'élus locaux', 'table', 'veulent « jouer collectif »', 2020, TILES,
  'key_figure label_separated actor_from_label measure_from_label year_from_label year_from_heading')
F('v03', 2, '1,5 M€', 1500000, '€', None, None, None, 'dotation du Fonds ODD 17', 2020, TILES,
  'key_figure label_separated measure_from_label money year_from_heading')
N('v03', 2, 'novembre 2020', '« jouer collectif » (novembre 2020)', 'date')
N('v03', 2, 'ODD 17', 'de dotation pour le Fonds ODD 17, co-créé avec la Fondation TotalEnergies', 'other')
S = '350 3 21 catalyseurs territoriaux'
F('v03', 2, '350', 350, 'count', 'catalyseurs territoriaux', 'catalyseurs territoriaux', 'table',
  'catalyseurs territoriaux visés par le Fonds ODD 17', 2020, S,
  'count key_figure label_separated actor_from_label year_from_heading')
F('v03', 2, '3', 3, 'years', None, None, None, "durée de l'expérimentation du Fonds ODD 17", 2020, S,
  'key_figure label_separated unit_from_label duration year_from_heading')
F('v03', 2, '21', 21, 'count', 'mesures', None, None, 'mesures de la « feuille de route » ministérielle', 2020, S,
  'count key_figure label_separated measure_from_label year_from_heading')
N('v03', 2, '2', '2 Des données pour la sortie de crise', 'other')
S = 'Dès le printemps 2020, Le RAMEAU a inventorié plus de 250 données pour aider les acteurs'
N('v03', 2, 'printemps 2020', S, 'date')
F('v03', 2, '250', 250, 'count', 'données', None, None, 'données inventoriées par Le RAMEAU pour la sortie de crise',
  2020, S, 'count qualifier_plus_de year_in_sentence key_figure', also=['250 64 % 1,5 M€'])
N('v03', 2, 'Deux', 'Deux résultats ressortent', 'other')
S = ('Deux résultats ressortent : 81 % des Français et 84 % des dirigeants de TPE et de PME estiment que la '
     'co-construction aide à rebondir.')
M = 'estiment que la co-construction aide à rebondir'
F('v03', 2, '81 %', 81, '%', 'Français', 'Français', 'sentence', M, 2020, S, 'multi_pop pop_after year_from_context')
F('v03', 2, '84 %', 84, '%', 'dirigeants', 'dirigeants de TPE et de PME', 'sentence', M, 2020, S,
  'multi_pop pop_after year_from_context')
N('v03', 2, '2', 'dans son territoire. 2', 'page number')

# ---- page 3
N('v03', 3, '2020', "Rapport d'activité 2020", 'year')
N('v03', 3, '3', "3 Les programmes de l'Observatoire", 'other')
N('v03', 3, '2008', 'Créé en 2008 par la Caisse des Dépôts', 'year')
N('v03', 3, '1', '(tableau 1).', 'other')
N('v03', 3, '1', 'Tableau 1', 'other')
N('v03', 3, '2008-2012', 'ARPEA 2008-2012 10 –', 'year')
F('v03', 3, '10', 10, 'count', 'volets', None, None, 'volets du programme ARPEA', '2008-2012', 'ARPEA 2008-2012 10 –',
  'count table year_in_row measure_from_header')
N('v03', 3, '1', 'PHARE1 2013-2018 6 –', 'footnote')
N('v03', 3, '2013-2018', 'PHARE1 2013-2018 6 –', 'year')
F('v03', 3, '6', 6, 'count', 'volets', None, None, 'volets du programme PHARE', '2013-2018', 'PHARE1 2013-2018 6 –',
  'count table year_in_row measure_from_header conflict', year_alt='2013-2017')
S = 'IMPACT 2018-2022 3 novembre 2017'
N('v03', 3, '2018-2022', S, 'year')
F('v03', 3, '3', 3, 'count', 'axes', None, None, 'axes du programme IMPACT', '2018-2022', S,
  'count table year_in_row measure_from_header date_adjacent_to_figure')
N('v03', 3, 'novembre 2017', S, 'date')
N('v03', 3, '29 novembre 2016', 'paru le 29 novembre 2016, a montré', 'date')
F('v03', 3, '87 %', 87, '%', 'maires', 'maires', 'sentence', "voient dans l'alliance un devoir", 2016,
  "a montré que 87 % des maires voient dans l'alliance un devoir", 'pop_after date_in_sentence')
F('v03', 3, 'cinq', 5, 'count', 'profils de maires', None, None, 'profils de maires distingués par PHARE-Institutions',
  2016, 'il a aussi distingué cinq profils de maires.', 'count number_in_words year_from_context')
F('v03', 3, 'treize', 13, 'count', 'rapports régionaux', None, None, 'rapports régionaux déclinant le programme PHARE',
  2016, 'La même année, treize rapports régionaux ont décliné le programme dans les territoires.',
  'count number_in_words year_from_context')
N('v03', 3, '2020', "En 2020, IMPACT a porté l'étude", 'year')
S = "1. Le site de l'Observatoire présente PHARE sur 2013-2017."
N('v03', 3, '1', S, 'footnote')
N('v03', 3, '2013-2017', S, 'year')
N('v03', 3, '3', '2013-2017. 3', 'page number')

# ---- page 4
N('v03', 4, '2020', "Le RAMEAU · Rapport d'activité 2020 4", 'year')
N('v03', 4, '4', '4 Le Fonds ODD 17 et la Fondation des Territoires', 'other')
N('v03', 4, 'ODD 17', '4 Le Fonds ODD 17 et la Fondation des Territoires', 'other')
N('v03', 4, '2', 'Tableau 2', 'other')
S = 'Fonds ODD 17 : engagements pris en 2020'
N('v03', 4, 'ODD 17', S, 'other')
N('v03', 4, '2020', S, 'year')
F('v03', 4, '1,5', 1500000, '€', None, None, None, 'dotation du Fonds ODD 17', 2020, 'Dotation (en M€) 1,5',
  'table unit_from_row multiplier_from_row money year_from_caption measure_from_row')
F('v03', 4, '3', 3, 'years', None, None, None, "durée de l'expérimentation du Fonds ODD 17", 2020,
  "Durée de l'expérimentation (en années) 3", 'table unit_from_row duration year_from_caption measure_from_row')
F('v03', 4, '350', 350, 'count', 'catalyseurs territoriaux', 'catalyseurs territoriaux', 'table',
  'catalyseurs territoriaux visés par le Fonds ODD 17', 2020, 'Catalyseurs territoriaux visés (nombre) 350',
  'count table actor_from_row year_from_caption measure_from_row')
N('v03', 4, 'juillet 2018', 'Préfigurée depuis juillet 2018', 'date')
S = 'a achevé en 2020 sa deuxième étape (08/19 – 11/20)'
N('v03', 4, '2020', S, 'year')
N('v03', 4, 'deuxième', S, 'ordinal')
N('v03', 4, '08/19', S, 'date')
N('v03', 4, '11/20', S, 'date')
S = 'et ouvert la troisième (12/20 – 05/22).'
N('v03', 4, 'troisième', S, 'ordinal')
N('v03', 4, '12/20', S, 'date')
N('v03', 4, '05/22', S, 'date')
S = "Rapport d'activité 2020, juin 2021, 4 p."
N('v03', 4, '2020', S, 'year')
N('v03', 4, 'juin 2021', S, 'date')
N('v03', 4, '4', S, 'page number')
N('v03', 4, '4', 'p. 4', 'page number')

# =============================================================================================
# v04  Poster PHARE-Citoyens (A3 landscape, one page)
# =============================================================================================
N('v04', 1, '14', 'Poster n° 14', 'other')
N('v04', 1, '1', '1. Contexte', 'other')
N('v04', 1, '2008', 'Dès 2008, le programme ARPEA', 'year')
M = 'jugent urgent de créer des partenariats'
F('v04', 1, '86 %', 86, '%', 'Français', 'Français', 'sentence', M, 2008,
  'Dès 2008, le programme ARPEA interrogeait les Français : 86 % jugeaient urgent',
  'pop_before year_in_sentence two_years_one_sentence')
N('v04', 1, '2012', 'en 2012, ils étaient encore 84 %.', 'year')
F('v04', 1, '84 %', 84, '%', 'Français', 'Français', 'sentence', M, 2012, 'en 2012, ils étaient encore 84 %.',
  'pronoun figure_last year_in_sentence two_years_one_sentence')
S = 'Le programme PHARE (2013-2018)1 a prolongé'
N('v04', 1, '2013-2018', S, 'year')
N('v04', 1, '1', S, 'footnote')
F('v04', 1, 'six', 6, 'count', 'volets', None, None, 'volets du programme PHARE', '2013-2018',
  'a prolongé ce travail en six volets', 'count number_in_words programme_period conflict', year_alt='2013-2017')
N('v04', 1, 'premier', 'le premier, PHARE-Citoyens, est paru', 'ordinal')
N('v04', 1, 'septembre 2015', 'PHARE-Citoyens, est paru en septembre 2015.', 'date')
N('v04', 1, '2', '2. Méthode', 'other')
S = 'Enquête auprès de plus de 2 000 personnes [2].'
F('v04', 1, '2 000', 2000, 'people', 'personnes', 'personnes interrogées', 'sentence',
  "taille de l'échantillon de PHARE-Citoyens", 2015, S,
  'people qualifier_plus_de survey_named_earlier year_from_context nbsp_thousands')
N('v04', 1, '2', S, 'footnote')
N('v04', 1, 'de 0 à 10', 'Chaque enjeu est noté de 0 à 10', 'scale')
N('v04', 1, '3', '3. Résultats', 'other')
N('v04', 1, '1', 'Figure 1', 'other')
N('v04', 1, 'sur 10', '(note moyenne sur 10)', 'scale')
T = 'chart mark10 unit_from_header actor_from_header measure_from_row survey_named_earlier year_from_context'
F('v04', 1, '7,1', 7.1, '/10', 'note', 'Français', 'table', "note moyenne donnée à l'enjeu de l'emploi", 2015,
  'Emploi 7,1', T)
F('v04', 1, '6,6', 6.6, '/10', 'note', 'Français', 'table', "note moyenne du pouvoir d'achat et de la sécurité", 2015,
  "Pouvoir d'achat, sécurité2 6,6", T + ' one_value_two_measures conflict')
N('v04', 1, '2', "Pouvoir d'achat, sécurité2", 'footnote')
F('v04', 1, '6,5', 6.5, '/10', 'note', 'Français', 'table', 'note moyenne du développement économique', 2015,
  'Développement économique 6,5', T)
F('v04', 1, '6,3', 6.3, '/10', 'note', 'Français', 'table', "note moyenne de l'environnement et de l'exclusion", 2015,
  'Environnement, exclusion 6,3', T + ' one_value_two_measures')
S = '0 5 10 Figure 2'
N('v04', 1, '0', S, 'scale')
N('v04', 1, '5', S, 'scale')
N('v04', 1, '10', S, 'scale')
N('v04', 1, '2', S, 'other')
N('v04', 1, 'septembre 2015', '(en % des Français, septembre 2015)', 'date')
T = 'chart unit_from_header actor_from_header measure_from_row year_from_caption'
F('v04', 1, '49', 49, '%', 'Français', 'Français', 'table', "attendent un impact fort des partenariats sur l'emploi",
  2015, 'Emploi 49', T)
F('v04', 1, '46', 46, '%', 'Français', 'Français', 'table',
  'attendent un impact fort des partenariats sur le développement économique', 2015, 'Développement économique 46', T)
F('v04', 1, '42', 42, '%', 'Français', 'Français', 'table',
  "attendent un impact fort des partenariats sur l'environnement", 2015, 'Environnement 42', T)
F('v04', 1, '36', 36, '%', 'Français', 'Français', 'table',
  "attendent un impact fort des partenariats sur la précarité et l'éducation", 2015, 'Précarité, éducation 36',
  T + ' one_value_two_measures')
N('v04', 1, '4', '4. À retenir', 'other')
F('v04', 1, '69 %', 69, '%', 'Français', 'Français', 'sentence', "voient dans l'alliance un devoir", 2015,
  "69 % des Français voient dans l'alliance entre associations et entreprises un devoir",
  'key_figure_box pop_after survey_named_earlier year_from_context')
N('v04', 1, 'n° 1', "L'emploi reste l'enjeu n° 1 des Français", 'ordinal')
N('v04', 1, '1', '[1] « Le programme PHARE »', 'footnote')
N('v04', 1, '2', '[2] « Publication des résultats', 'footnote')
N('v04', 1, '3', '[3] « PHARE-Citoyens : les Français favorables', 'footnote')
S = "1. Le site de l'Observatoire présente PHARE sur 2013-2017."
N('v04', 1, '1', S, 'footnote')
N('v04', 1, '2013-2017', S, 'year')
N('v04', 1, '2', '2. Un autre compte rendu', 'footnote')
N('v04', 1, '3', 'de la même enquête [3] donne', 'footnote')
F('v04', 1, '7/10', 7, '/10', 'note', 'Français', 'context', 'note moyenne de la sécurité selon un autre compte rendu',
  2015, 'donne 7/10 pour la sécurité.', 'mark10 conflict footnote_text survey_named_earlier year_from_context')

# =============================================================================================
# v05  Podcast « Les chiffres de l'alliance », épisode 9: transcription (numbers in words) + recap table
# =============================================================================================
for p in (1, 2, 3, 4):
    N('v05', p, '9', 'Épisode 9 · transcription', 'other')
    if p < 4:
        N('v05', p, '%d' % p, 'page %d sur 4' % p, 'page number')
        N('v05', p, '4', 'page %d sur 4' % p, 'page number')
# ---- page 1
N('v05', 1, '9', 'Épisode 9 — Le territoire', 'other')
N('v05', 1, 'décembre 2024', 'mis en ligne en décembre 2024.', 'date')
N('v05', 1, 'neuvième', 'bienvenue dans ce neuvième épisode.', 'ordinal')
S = 'Trois cent deux, interrogés par téléphone du trente septembre au vingt-huit octobre 2024'
F('v05', 1, 'Trois cent deux', 302, 'people', 'maires', 'maires', 'context',
  "taille de l'échantillon de l'étude IMPACTS & TRAJECTOIRES – Élus locaux", 2024, S,
  'people number_in_words actor_from_question two_dates_in_sentence date_in_sentence')
N('v05', 1, 'trente septembre', S, 'date')
N('v05', 1, 'vingt-huit octobre 2024', S, 'date')
S = 'Parmi eux, quatre-vingt-quatre pour cent dirigent des communes de moins de deux mille habitants.'
F('v05', 1, 'quatre-vingt-quatre pour cent', 84, '%', 'maires', 'maires interrogés', 'context',
  'dirigent des communes de moins de 2 000 habitants', 2024, S,
  'parmi pronoun number_in_words percent_in_words compound_number_word threshold_in_sentence year_from_context')
N('v05', 1, 'deux mille', S, 'threshold')
F('v05', 1, 'Quatre-vingt-onze pour cent', 91, '%', 'maires', 'maires interrogés', 'context',
  'voient leur territoire en mouvement', 2024, 'Quatre-vingt-onze pour cent le disent en mouvement',
  'total number_in_words percent_in_words compound_number_word actor_from_question year_from_context')
S = "trente-cinq pour cent fortement, cinquante-six pour cent ni plus ni moins qu'avant."
F('v05', 1, 'trente-cinq pour cent', 35, '%', 'maires', 'maires interrogés', 'context',
  'voient leur territoire fortement en mouvement', 2024, S,
  'ellipsis multi_same_pop number_in_words percent_in_words compound_number_word year_from_context')
F('v05', 1, 'cinquante-six pour cent', 56, '%', 'maires', 'maires interrogés', 'context',
  "voient leur territoire en mouvement, ni plus ni moins qu'avant", 2024, S,
  'ellipsis multi_same_pop number_in_words percent_in_words compound_number_word year_from_context')
N('v05', 1, 'novembre 2024', 'Les résultats ont été publiés en novembre 2024', 'date')
N('v05', 1, '2016', 'il faut remonter à 2016.', 'year')
N('v05', 1, 'vingt-neuf novembre 2016', 'Publiée le vingt-neuf novembre 2016', 'date')
F('v05', 1, 'quatre-vingt-sept pour cent', 87, '%', 'maires', 'maires', 'sentence', "jugent l'alliance nécessaire",
  2016, "elle montrait que quatre-vingt-sept pour cent des maires jugeaient l'alliance nécessaire",
  'pop_after number_in_words percent_in_words compound_number_word date_in_sentence')
F('v05', 1, 'cinq', 5, 'count', 'profils de maires', None, None, 'profils de maires distingués par PHARE-Institutions',
  2016, 'et elle distinguait cinq profils de maires.', 'count number_in_words year_from_context')

# ---- page 2
S = 'Entre les deux, il y a eu 2020.'
N('v05', 2, 'deux', S, 'other')
N('v05', 2, '2020', S, 'year')
N('v05', 2, 'novembre 2020', "l'étude IMPACT-Elus locaux, en novembre 2020 :", 'date')
F('v05', 2, 'soixante-quatre pour cent', 64, '%', 'élus locaux', 'élus locaux', 'sentence',
  "veulent s'appuyer sur le « jouer collectif »", 2020,
  "soixante-quatre pour cent des élus locaux voulaient s'appuyer sur le « jouer collectif ».",
  'pop_after number_in_words percent_in_words compound_number_word date_in_sentence')
F('v05', 2, 'quatre-vingt-douze pour cent', 92, '%', 'maires', 'maires', 'sentence',
  "reconnaissent l'utilité de la co-construction", None,
  "quatre-vingt-douze pour cent des maires reconnaissent l'utilité de la co-construction.",
  'pop_after no_date number_in_words percent_in_words compound_number_word date_nearby')
N('v05', 2, 'troisième', 'au troisième dîner « Elus & Entreprises »', 'ordinal')
N('v05', 2, 'vingt-trois novembre', 'un vingt-trois novembre.', 'date')
F('v05', 2, 'soixante-seize pour cent', 76, '%', 'maires', 'maires', 'context', 'jugent leur territoire engagé', None,
  'Dans le programme IMPACT, soixante-seize pour cent jugent leur territoire engagé',
  'actor_from_question no_year_impact multi_same_pop number_in_words percent_in_words compound_number_word')
F('v05', 2, 'quarante-six pour cent', 46, '%', 'maires', 'maires', 'context', 'ne savent pas piloter les alliances',
  None, "mais quarante-six pour cent d'entre eux ne savent pas piloter les alliances.",
  'pronoun negation no_year_impact multi_same_pop number_in_words percent_in_words compound_number_word')
F('v05', 2, 'cent quarante-huit mille', 148000, 'count', 'associations employeuses', 'associations employeuses',
  'sentence', "associations employeuses couvertes par l'étude IMPACT – Associations & Territoires", None,
  'porte sur cent quarante-huit mille associations employeuses.',
  'count number_in_words compound_number_word undated_study')
F('v05', 2, 'Quatre-vingt-dix-huit pour cent', 98, '%', 'associations employeuses', 'associations employeuses',
  'context', 'ont des partenariats', None, "Quatre-vingt-dix-huit pour cent d'entre elles ont des partenariats.",
  'pronoun undated_study number_in_words percent_in_words compound_number_word')
S = ("Celles-ci travaillent d'abord près de chez elles : soixante-treize pour cent à l'échelle locale, "
     "quarante-sept pour cent à l'échelle régionale.")
F('v05', 2, 'soixante-treize pour cent', 73, '%', 'associations employeuses', 'associations employeuses', 'context',
  "ont des partenariats à l'échelle locale", None, S,
  'celles_ci multi_same_pop undated_study number_in_words percent_in_words compound_number_word')
F('v05', 2, 'quarante-sept pour cent', 47, '%', 'associations employeuses', 'associations employeuses', 'context',
  "ont des partenariats à l'échelle régionale", None, S,
  'celles_ci multi_same_pop undated_study number_in_words percent_in_words compound_number_word')
F('v05', 2, 'quatre-vingt-neuf pour cent', 89, '%', 'associations employeuses', 'associations employeuses', 'context',
  'ont une collectivité pour partenaire', None,
  "Avec les collectivités, pour quatre-vingt-neuf pour cent d'entre elles.",
  'pronoun measure_before figure_last undated_study number_in_words percent_in_words compound_number_word')

# ---- page 3
N('v05', 3, 'vingt-trois septembre', 'publiée un vingt-trois septembre', 'date')
F('v05', 3, 'quarante-deux', 42, 'count', 'fondations', 'fondations', 'sentence',
  "fondations interrogées par l'étude IMPACT Fondations & Territoires", None, 'a interrogé quarante-deux fondations.',
  'count number_in_words compound_number_word undated_study month_without_year')
N('v05', 3, 'deux mille vingt', 'Et depuis deux mille vingt, le Fonds ODD 17', 'year')
N('v05', 3, 'ODD 17', 'le Fonds ODD 17, co-créé par Le RAMEAU', 'other')
S = "dispose d'un million et demi d'euros pour une expérimentation de trois ans."
F('v05', 3, "un million et demi d'euros", 1500000, '€', None, None, None, 'dotation du Fonds ODD 17', 2020, S,
  'money money_in_words number_in_words year_in_words year_in_sentence long_sentence')
F('v05', 3, 'trois', 3, 'years', None, None, None, "durée de l'expérimentation du Fonds ODD 17", 2020, S,
  'duration number_in_words year_in_words year_in_sentence long_sentence')
F('v05', 3, 'trois cent cinquante', 350, 'count', 'catalyseurs territoriaux', 'catalyseurs territoriaux', 'sentence',
  'catalyseurs territoriaux visés par le Fonds ODD 17', 2020, 'Il vise trois cent cinquante catalyseurs territoriaux.',
  'count number_in_words pronoun_subject year_from_context')
N('v05', 3, 'deux mille dix', 'Dès deux mille dix, « Agir ensemble en Territoire »', 'year')
F('v05', 3, 'trois', 3, 'count', 'territoires pilotes', 'territoires pilotes', 'sentence',
  "territoires pilotes où « Agir ensemble en Territoire » a été testée", 2010,
  'a été testée sur trois territoires pilotes', 'count number_in_words year_in_words year_in_sentence')
F('v05', 3, 'onze', 11, 'count', 'territoires pionniers', 'territoires pionniers', 'sentence',
  'territoires pionniers du parcours lancé par le CGET et Le RAMEAU', None,
  'ont lancé un parcours pour onze territoires pionniers', 'count number_in_words conflict no_date')
F('v05', 3, 'dix', 10, 'count', 'territoires pilotes', 'territoires pilotes', 'sentence',
  'territoires pilotes du parcours CGET selon une autre source', None,
  'une autre source parle de dix territoires pilotes.', 'count number_in_words conflict no_date')
F('v05', 3, 'Treize', 13, 'count', 'rapports régionaux', None, None, "rapports régionaux publiés par l'Observatoire",
  2016, 'Treize en 2016.', 'count number_in_words ellipsis year_in_sentence year_adjacent_to_figure')
N('v05', 3, '2016', 'Treize en 2016.', 'year')
N('v05', 3, 'onzième', 'Le onzième rapport régional', 'ordinal')
N('v05', 3, 'vingt-six novembre', 'est paru un vingt-six novembre.', 'date')
N('v05', 3, 'dixième', 'Rendez-vous au dixième épisode.', 'ordinal')

# ---- page 4 (recap table in digits)
T = 'recap_table table actor_from_row year_in_row'
S = '302 maires interrogés IMPACTS & TRAJECTOIRES – Élus locaux novembre 2024'
F('v05', 4, '302', 302, 'people', 'maires', 'maires interrogés', 'table',
  "taille de l'échantillon de l'étude IMPACTS & TRAJECTOIRES – Élus locaux", 2024, S, 'people ' + T)
N('v05', 4, 'novembre 2024', S, 'date')
S = '91 % maires : territoire en mouvement IMPACTS & TRAJECTOIRES – Élus locaux novembre 2024'
F('v05', 4, '91 %', 91, '%', 'maires', 'maires', 'table', 'voient leur territoire en mouvement', 2024, S,
  T + ' measure_from_row')
N('v05', 4, 'novembre 2024', S, 'date')
S = '87 % maires PHARE-Institutions 29 novembre 2016'
F('v05', 4, '87 %', 87, '%', 'maires', 'maires', 'table', "jugent l'alliance nécessaire", 2016, S, T)
N('v05', 4, '29 novembre 2016', S, 'date')
S = '64 % élus locaux IMPACT-Élus locaux novembre 2020'
F('v05', 4, '64 %', 64, '%', 'élus locaux', 'élus locaux', 'table', "veulent s'appuyer sur le « jouer collectif »",
  2020, S, T)
N('v05', 4, 'novembre 2020', S, 'date')
F('v05', 4, '92 %', 92, '%', 'maires', 'maires', 'table', "reconnaissent l'utilité de la co-construction", None,
  '92 % maires dîner « Elus & Entreprises » non daté', 'recap_table table actor_from_row no_date')
F('v05', 4, '98 %', 98, '%', 'associations employeuses', 'associations employeuses', 'table', 'ont des partenariats',
  None, '98 % associations employeuses IMPACT – Associations & Territoires non daté',
  'recap_table table actor_from_row undated_study')
S = '42 fondations interrogées IMPACT Fondations & Territoires 23 septembre'
F('v05', 4, '42', 42, 'count', 'fondations', 'fondations', 'table',
  "fondations interrogées par l'étude IMPACT Fondations & Territoires", None, S,
  'count recap_table table actor_from_row undated_study month_without_year')
N('v05', 4, '23 septembre', S, 'date')
F('v05', 4, '11', 11, 'count', 'territoires pionniers', 'territoires pionniers', 'table',
  'territoires pionniers du parcours CGET – Le RAMEAU', None,
  '11 territoires pionniers parcours CGET – Le RAMEAU non daté', 'count recap_table table actor_from_row no_date')
N('v05', 4, '4', 'page 4', 'page number')
N('v05', 4, '4', 'sur 4', 'page number')
