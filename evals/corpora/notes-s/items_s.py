"""Hand-written gold items of figure-finder set S.

F(doc, page, text, value, unit, noun, actor, actor_source, measure, year, sentence, cases, **opt)
    opt: year_alt=..., also=[(line, text_in_line), ...]  (repeats of the same figure on the page)
N(doc, page, text, sentence, why, glued=False)
    glued=True: the number is glued to another digit run in the text layer (« 20081 »).
doc is '01'..'05' (see FILES in build_s.py); page is the 1-based PDF page index.
`sentence` is copied from the whitespace-collapsed pypdf text of the page.
"""

FIGURES, NOT_FIGURES = [], []


def F(doc, page, text, value, unit, noun, actor, actor_source, measure, year, sentence, cases, **opt):
    d = dict(doc=doc, page=page, text=text, value=value, unit=unit, noun=noun, actor=actor,
             actor_source=actor_source, measure=measure, year=year, sentence=sentence, cases=cases)
    if 'year_alt' in opt:
        d['year_alt'] = opt['year_alt']
    if 'also' in opt:
        d['also'] = opt['also']
    FIGURES.append(d)


def N(doc, page, text, sentence, why, glued=False):
    d = dict(doc=doc, page=page, text=text, sentence=sentence, why=why)
    if glued:
        d['glued'] = True
    NOT_FIGURES.append(d)


# =====================================================================================
# 01 — Rapport annuel 2020 (published June 2021)
# =====================================================================================
D = '01'
for p in (1, 2, 3):
    N(D, p, '2020', 'OBSERVATOIRE DES PARTENARIATS RAPPORT ANNUEL 2020', 'year')
    N(D, p, '2020', 'Rapport annuel 2020 · %d' % p, 'year')
    N(D, p, str(p), 'Rapport annuel 2020 · %d' % p, 'page number')

# ---- page 1: édito, key-figure band, table of contents
N(D, 1, '2020', 'Rapport d’activité de l’exercice 2020, publié en juin 2021', 'year')
N(D, 1, 'juin 2021', 'Rapport d’activité de l’exercice 2020, publié en juin 2021', 'date')
N(D, 1, '2020', 'L’exercice 2020 restera celui où l’alliance a cessé', 'year')
N(D, 1, '2006', 'Depuis 2006, Le RAMEAU a conduit des expérimentations', 'year')
F(D, 1, '500', 500, 'count', 'organisations', 'organisations', 'sentence',
  'organisations ayant participé aux expérimentations du RAMEAU', '2006-2020',
  'Depuis 2006, Le RAMEAU a conduit des expérimentations auprès de plus de 500 organisations',
  ['count', 'qualifier_plus_de', 'period_since', 'year_in_sentence', 'pop_after'], year_alt='2006-2021')
N(D, 1, 'premier', 'qu’au printemps, lors du premier confinement.', 'ordinal')
N(D, 1, 'ODD 17', 'la création du Fonds ODD 17 et les résultats', 'other')
N(D, 1, '2008', 'créé en 2008 par la Caisse des Dépôts et Le RAMEAU', 'year')
N(D, 1, '2020', 'L’exercice 2020 en chiffres', 'year')
KF = '1,5 M€ 350 + de 250 64 %'
KFC = ['key_figure_box', 'layout', 'label_separated', 'year_from_heading']
F(D, 1, '1,5 M€', 1500000, '€', None, None, None, 'dotation du Fonds ODD 17', 2020, KF,
  KFC + ['money', 'measure_from_label'])
F(D, 1, '350', 350, 'count', 'catalyseurs territoriaux', 'catalyseurs territoriaux', 'table',
  'catalyseurs territoriaux mobilisés par le Fonds ODD 17', 2020, KF, KFC + ['count'])
F(D, 1, '250', 250, 'count', 'données', None, None, 'données inventoriées pour agir en sortie de crise',
  2020, KF, KFC + ['count', 'qualifier_plus_de'])
F(D, 1, '64 %', 64, '%', 'élus', 'élus locaux', 'table',
  'part voulant s’appuyer sur le « jouer collectif »', 2020, KF, KFC + ['pop_after'])
N(D, 1, 'ODD 17', 'dotation du Fonds ODD 17 catalyseurs territoriaux', 'other')
F(D, 1, '3', 3, 'years', None, None, None, 'durée de l’expérimentation financée par le Fonds ODD 17', 2020,
  'sur 3 ans', KFC + ['duration'])
N(D, 1, '1.', 'Sommaire 1. Agir en sortie de crise', 'other')
N(D, 1, '2', '1. Agir en sortie de crise 2', 'page number')
N(D, 1, '2.', 'de crise 2 2. Les élus locaux', 'other')
N(D, 1, 'premiers', 'Les élus locaux, premiers relais 2', 'ordinal')
N(D, 1, '2', 'premiers relais 2 Repères', 'page number')
N(D, 1, '2', 'Repères 2 3. Tableau', 'page number')
N(D, 1, '3.', 'Repères 2 3. Tableau de bord', 'other')
N(D, 1, '3', 'Tableau de bord 3 Perspectives', 'page number')
N(D, 1, '2021', 'Perspectives pour 2021 3', 'year')
N(D, 1, '3', 'Perspectives pour 2021 3', 'page number')

# ---- page 2
N(D, 2, '1.', '1. Agir en sortie de crise Dès le printemps', 'other')
N(D, 2, 'printemps 2020', 'Dès le printemps 2020, l’Observatoire a inventorié', 'date')
F(D, 2, '250', 250, 'count', 'données', None, None, 'données utiles aux décideurs inventoriées pour la sortie de crise',
  2020, 'l’Observatoire a inventorié plus de 250 données utiles aux décideurs',
  ['count', 'qualifier_plus_de', 'year_in_sentence', 'date_in_sentence'])
N(D, 2, '2020', 'Les résultats publiés en 2020 sont sans ambiguïté.', 'year')
F(D, 2, '81 %', 81, '%', 'Français', 'Français', 'sentence',
  'part jugeant la co-construction utile pour rebondir après la crise', 2020,
  '81 % des Français jugent la co-construction utile pour rebondir après la crise.',
  ['pop_after', 'year_from_context'])
F(D, 2, '84 %', 84, '%', 'dirigeants', 'dirigeants de TPE et de PME', 'sentence',
  'part jugeant la co-construction utile pour rebondir après la crise', 2020,
  'Interrogés à leur tour, les dirigeants de TPE et de PME sont plus nombreux encore : 84 % d’entre eux '
  'partagent ce jugement.',
  ['pronoun', 'pop_before', 'measure_from_context', 'year_from_context'])
N(D, 2, '2.', '2. Les élus locaux, premiers relais L’étude', 'other')
N(D, 2, 'premiers', '2. Les élus locaux, premiers relais L’étude', 'ordinal')
N(D, 2, 'novembre 2020', 'réalisée par Comisis et OpinionWay en novembre 2020', 'date')
F(D, 2, '64 %', 64, '%', 'élus', 'élus locaux', 'sentence',
  'part voulant s’appuyer sur le « jouer collectif »', 2020,
  'en novembre 2020, montre un monde local prêt à coopérer : 64 % des élus locaux veulent s’appuyer sur le '
  '« jouer collectif ».',
  ['pop_after', 'year_in_sentence', 'date_in_sentence', 'long_sentence'])
F(D, 2, '92 %', 92, '%', 'maires', 'maires', 'sentence', 'part reconnaissant l’utilité de la co-construction',
  None, '92 % des maires reconnaissent l’utilité de la co-construction.',
  ['pop_after', 'no_date', 'near_dated_figures'])
F(D, 2, '1 000', 1000, 'count', 'exemples inspirants', None, None, 'exemples inspirants d’alliances recensés',
  None, 'Le RAMEAU a recensé plus de 1 000 exemples inspirants',
  ['count', 'qualifier_plus_de', 'nbsp_thousands', 'no_date'])
N(D, 2, 'ODD 17', 'l’ODD 17, consacré aux partenariats', 'other')
F(D, 2, '19', 19, 'count', 'cibles', None, None, 'cibles de l’ODD consacré aux partenariats', None,
  'compte 19 cibles, décryptées', ['count', 'near_non_figure', 'no_date'])
N(D, 2, 'Comité 21', 'décryptées dans une note du Comité 21', 'other')
N(D, 2, '5 juillet', 'publiée le 5 juillet.', 'date')
N(D, 2, 'www.odd17.org', 'sur la plateforme www.odd17.org', 'other')

# ---- page 3: tables
N(D, 3, '3.', '3. Tableau de bord Les tableaux', 'other')
N(D, 3, 'ODD 17', 'les engagements du Fonds ODD 17.', 'other')
N(D, 3, 'Tableau 1', 'Tableau 1 – Les plans quinquennaux', 'other')
T1 = ['table', 'unit_from_header', 'measure_from_header', 'year_in_row', 'count']
N(D, 3, '2008-2012', 'ARPEA 2008-2012 10 Analyse', 'year')
F(D, 3, '10', 10, 'count', 'volets', None, None, 'nombre de volets du programme ARPEA', '2008-2012',
  'ARPEA 2008-2012 10 Analyse', T1)
N(D, 3, '1', 'Analyse des relations partenariales1 PHARE2', 'footnote')
N(D, 3, '2', 'partenariales1 PHARE2 2013-2018', 'footnote')
N(D, 3, '2013-2018', 'PHARE2 2013-2018 6 Citoyens', 'year')
F(D, 3, '6', 6, 'count', 'volets', None, None, 'nombre de volets du programme PHARE', '2013-2018',
  'PHARE2 2013-2018 6 Citoyens', T1 + ['footnote_glued'])
N(D, 3, '2018-2022', 'IMPACT 2018-2022 3 Innovation', 'year')
F(D, 3, '3', 3, 'count', 'axes', None, None, 'nombre d’axes du programme IMPACT', '2018-2022',
  'IMPACT 2018-2022 3 Innovation', T1)
N(D, 3, '1', '1 Le sigle ARPEA est aussi développé', 'footnote')
N(D, 3, '2', '2 Certaines présentations bornent PHARE', 'footnote')
N(D, 3, '2013-2017', 'Certaines présentations bornent PHARE à 2013-2017.', 'year')
N(D, 3, 'Tableau 2', 'Tableau 2 – Fonds ODD 17 : engagements', 'other')
N(D, 3, 'ODD 17', 'Tableau 2 – Fonds ODD 17 : engagements', 'other')
N(D, 3, '2020', 'engagements de l’exercice 2020 (montants en k€)', 'year')
T2 = ['table', 'year_from_caption', 'measure_from_row']
F(D, 3, '1 500', 1500000, '€', None, None, None, 'dotation de l’expérimentation du Fonds ODD 17', 2020,
  'Dotation de l’expérimentation 1 500',
  T2 + ['money', 'unit_from_header', 'multiplier_in_header', 'nbsp_thousands'],
  also=[('Lecture : la dotation de 1,5 M€ finance', '1,5 M€')])
F(D, 3, '3', 3, 'years', None, None, None, 'durée de l’expérimentation du Fonds ODD 17', 2020,
  'Durée de l’expérimentation (années) 3', T2 + ['duration', 'unit_from_row'],
  also=[('finance une expérimentation sur trois ans', 'trois')])
F(D, 3, '350', 350, 'count', 'catalyseurs territoriaux', 'catalyseurs territoriaux', 'table',
  'catalyseurs territoriaux mobilisés par le Fonds ODD 17', 2020,
  'Catalyseurs territoriaux mobilisés (nombre) 350', T2 + ['count', 'unit_from_row'],
  also=[('portée par 350 catalyseurs territoriaux', '350')])
N(D, 3, 'ODD 17', 'Le Fonds ODD 17 a été co-créé en 2020', 'other')
N(D, 3, '2020', 'Le Fonds ODD 17 a été co-créé en 2020', 'year')
N(D, 3, 'ODD 17', 'qui veulent expérimenter l’ODD 17 dans leur territoire', 'other')
N(D, 3, '2021', 'Perspectives pour 2021 Le programme', 'year')
N(D, 3, '2018-2022', 'Le programme IMPACT (2018-2022) entre dans sa dernière phase', 'year')

# =====================================================================================
# 02 — Note d'analyse n° 2, 29 février 2016 (marginal notes, footnotes)
# =====================================================================================
D = '02'
for p in (1, 2, 3):
    N(D, p, 'n° 2', 'Observatoire des partenariats · Note d’analyse n° 2', 'other')
    N(D, p, '29 février 2016', '29 février 2016 %d/3' % p, 'date')
    N(D, p, '%d/3' % p, '29 février 2016 %d/3' % p, 'page number')

# ---- page 1
N(D, 1, '1.', '1. Une conviction installée de longue date', 'other')
N(D, 1, '2008', 'Créé en 20081 par la Caisse des Dépôts', 'year', glued=True)
N(D, 1, '1', 'Créé en 20081 par la Caisse des Dépôts', 'footnote', glued=True)
N(D, 1, '2008-2012', 'le programme ARPEA (2008-2012), qui comptait dix volets.', 'year')
F(D, 1, 'dix', 10, 'count', 'volets', None, None, 'nombre de volets du programme ARPEA', '2008-2012',
  'le programme ARPEA (2008-2012), qui comptait dix volets.',
  ['count', 'number_in_words', 'year_in_sentence'])
N(D, 1, '2008', 'Dès 2008, 86 % des Français', 'year')
F(D, 1, '86 %', 86, '%', 'Français', 'Français', 'sentence', 'part jugeant urgent de créer des partenariats',
  2008, 'Dès 2008, 86 % des Français jugeaient urgent de créer des partenariats entre associations et entreprises',
  ['pop_after', 'two_years_one_sentence', 'year_adjacent_to_figure', 'margin_note'],
  also=[('EN BREF 86 % des Français jugeaient les partenariats urgents', '86 %')])
N(D, 1, '2012', 'en 2012, ils étaient encore 84 %.', 'year')
F(D, 1, '84 %', 84, '%', 'Français', 'Français', 'sentence', 'part jugeant urgent de créer des partenariats',
  2012, 'en 2012, ils étaient encore 84 %.',
  ['pronoun', 'ellipsis', 'two_years_one_sentence', 'measure_from_context'])
F(D, 1, '46 %', 46, '%', 'associations', 'associations', 'sentence', 'part engagée avec une entreprise',
  '2008-2012', 'Du côté associatif, près de 46 % des associations étaient alors engagées avec une entreprise2.',
  ['pop_after', 'qualifier_pres_de', 'year_from_context', 'footnote_glued'])
N(D, 1, '2', 'étaient alors engagées avec une entreprise2.', 'footnote')
N(D, 1, '11 décembre 2012', 'remis le 11 décembre 2012, a dressé', 'date')
N(D, 1, 'premier', 'le bilan de ce premier cycle.', 'ordinal')
N(D, 1, '2.', '2. Un cadre public qui se précise', 'other')
N(D, 1, 'début 2014', 'a été publié début 2014.', 'date')
N(D, 1, '2008', 'jugeaient les partenariats urgents dès 2008.', 'year')
N(D, 1, '1', '1 Des documents publiés en 2011', 'footnote')
N(D, 1, '2011', '1 Des documents publiés en 2011', 'year')
N(D, 1, '2012', 'et en 2012 datent cette création', 'year')
N(D, 1, '2007', 'datent cette création de 2007.', 'year')
N(D, 1, '2', '2 Programme ARPEA ; son sigle', 'footnote')
F(D, 1, 'trois', 3, 'count', 'manières', None, None, 'nombre de développements différents du sigle ARPEA', None,
  'son sigle est développé de trois manières selon les documents.',
  ['count', 'number_in_words', 'footnote_text', 'no_date'])

# ---- page 2
N(D, 2, '3.', '3. Ce que disent les entreprises', 'other')
N(D, 2, 'janvier 2011', 'Publiée en janvier 2011, l’étude ARPEA', 'date')
N(D, 2, 'Tableau 1', 'Tableau 1 – Attitude des entreprises', 'other')
TA = ['table', 'unit_from_header', 'actor_from_header', 'measure_from_row', 'year_from_context',
      'survey_named_earlier']
F(D, 2, '21', 21, '%', 'entreprises', 'entreprises', 'table', 'part développant des partenariats avec des associations',
  2011, 'Développent des partenariats 21', TA)
F(D, 2, '33', 33, '%', 'entreprises', 'entreprises', 'table', 'part souhaitant développer des partenariats',
  2011, 'Souhaitent en développer 33', TA)
F(D, 2, '46', 46, '%', 'entreprises', 'entreprises', 'table', 'part ne souhaitant pas développer de partenariats',
  2011, 'Ne le souhaitent pas 46', TA + ['negation'])
N(D, 2, '4.', '4. Qui s’engage aujourd’hui ?', 'other')
N(D, 2, '10', 'Parmi les entreprises d’au moins 10 salariés', 'threshold')
F(D, 2, '37 %', 37, '%', 'entreprises', 'entreprises d’au moins 10 salariés', 'sentence',
  'part ayant noué un partenariat avec une association', 2016,
  'Parmi les entreprises d’au moins 10 salariés, 37 % ont noué un partenariat avec une association.',
  ['parmi', 'pop_before', 'threshold_in_sentence', 'year_from_running_header', 'margin_note'],
  also=[('À RETENIR 37 % des entreprises', '37 %')])
F(D, 2, '38 %', 38, '%', 'associations', 'associations', 'context',
  'part ayant noué un partenariat avec une entreprise', 2016,
  'Côté associatif, la proportion est de 38 %',
  ['actor_from_adjective', 'measure_from_context', 'year_from_running_header', 'multi_pop'])
F(D, 2, '53 %', 53, '%', 'associations', 'associations employeuses', 'sentence',
  'part ayant noué un partenariat avec une entreprise', 2016,
  'parmi celles-ci, les associations employeuses atteignent 53 %3.',
  ['pronoun', 'parmi', 'measure_from_context', 'year_from_running_header', 'footnote_after_figure', 'multi_pop'])
N(D, 2, '3', 'les associations employeuses atteignent 53 %3.', 'footnote')
F(D, 2, '65 %', 65, '%', 'pionniers', 'pionniers', 'sentence', 'part ayant noué un partenariat', 2016,
  'Chez les pionniers, elle monte à 65 %.',
  ['pop_before', 'measure_from_context', 'year_from_running_header', 'multi_pop'])
N(D, 2, '2013', 'que le programme PHARE mesure depuis 2013.', 'year')
N(D, 2, '10', 'des entreprises d’au moins 10 salariés ont un partenariat associatif.', 'threshold')
N(D, 2, '3', '3 Les associations employeuses sont une partie', 'footnote')

# ---- page 3
N(D, 3, '5.', '5. PHARE (2013-2018) : le regard', 'other')
N(D, 3, '2013-2018', '5. PHARE (2013-2018) : le regard', 'year')
N(D, 3, '2013-2018', 'Le programme PHARE (2013-2018)4 compte', 'year')
N(D, 3, '4', 'Le programme PHARE (2013-2018)4 compte', 'footnote')
F(D, 3, 'six', 6, 'count', 'volets', None, None, 'nombre de volets du programme PHARE', '2013-2018',
  '(2013-2018)4 compte six volets.', ['count', 'number_in_words', 'year_in_sentence', 'footnote_glued'])
N(D, 3, 'septembre 2015', 'Publié en septembre 2015, le volet PHARE-Citoyens', 'date')
F(D, 3, '2 000', 2000, 'people', 'personnes', 'personnes interrogées', 'sentence',
  'personnes interrogées pour PHARE-Citoyens', 2015,
  'le volet PHARE-Citoyens s’appuie sur plus de 2 000 personnes interrogées',
  ['qualifier_plus_de', 'nbsp_thousands', 'year_in_sentence', 'margin_note'],
  also=[('Plus de 2 000 Français interrogés.', '2 000')])
F(D, 3, '69 %', 69, '%', 'Français', 'Français', 'sentence', 'part voyant dans l’alliance entre acteurs un devoir',
  2015, '69 % des Français y voient dans l’alliance entre acteurs un devoir.',
  ['pop_after', 'year_in_sentence', 'survey_named_earlier'])
MK = ['mark10', 'year_from_context', 'survey_named_earlier']
F(D, 3, '7,1/10', 7.1, '/10', 'note', 'Français', 'sentence', 'note de l’emploi comme priorité du territoire', 2015,
  'l’emploi arrive en tête (7,1/10)', MK + ['parenthetical', 'multi_figures'])
N(D, 3, '5', 'devant le pouvoir d’achat et la sécurité5', 'footnote')
F(D, 3, '6,6/10', 6.6, '/10', 'note', 'Français', 'sentence', 'note du pouvoir d’achat et de la sécurité', 2015,
  'la sécurité5, notés 6,6/10 chacun', MK + ['one_value_two_measures', 'conflict', 'footnote_glued', 'multi_figures'])
F(D, 3, '6,5/10', 6.5, '/10', 'note', 'Français', 'sentence', 'note du développement économique', 2015,
  'puis le développement économique (6,5/10)', MK + ['parenthetical', 'multi_figures'])
F(D, 3, '6,3/10', 6.3, '/10', 'note', 'Français', 'sentence', 'note de l’environnement et de l’exclusion', 2015,
  'ferment la marche, à 6,3/10 tous deux.', MK + ['one_value_two_measures', 'multi_figures'])
N(D, 3, 'deux', 'à 6,3/10 tous deux.', 'other')
IM = ['pronoun', 'parenthetical', 'year_from_context', 'survey_named_earlier', 'plain_space', 'multi_figures']
F(D, 3, '49 %', 49, '%', 'Français', 'Français', 'context', 'part attendant un impact fort sur l’emploi', 2015,
  'un impact fort sur l’emploi (49 %)', IM)
F(D, 3, '46 %', 46, '%', 'Français', 'Français', 'context',
  'part attendant un impact fort sur le développement économique', 2015,
  'le développement économique (46 %) et l’environnement', IM)
F(D, 3, '42 %', 42, '%', 'Français', 'Français', 'context', 'part attendant un impact fort sur l’environnement', 2015,
  'et l’environnement (42 %) ;', IM)
F(D, 3, '36 %', 36, '%', 'Français', 'Français', 'context',
  'part attendant un impact fort sur la précarité et l’éducation', 2015,
  'la précarité et l’éducation suivent, à 36 % chacune.',
  ['pronoun', 'one_value_two_measures', 'year_from_context', 'survey_named_earlier', 'plain_space', 'multi_figures'])
F(D, 3, '81 %', 81, '%', 'dirigeants', 'dirigeants d’entreprise', 'sentence', 'part jugeant l’alliance un devoir',
  2015, '81 % des premiers (PHARE-Entreprises, octobre 2015)',
  ['multi_pop', 'pronoun_ordinal', 'year_in_sentence', 'measure_from_context', 'date_in_sentence', 'long_sentence'])
N(D, 3, 'premiers', '81 % des premiers (PHARE-Entreprises', 'ordinal')
N(D, 3, 'octobre 2015', '(PHARE-Entreprises, octobre 2015)', 'date')
F(D, 3, '86 %', 86, '%', 'responsables associatifs', 'responsables associatifs', 'sentence',
  'part jugeant l’alliance un devoir', 2015, '86 % des seconds (PHARE-Associations, novembre 2015)',
  ['multi_pop', 'pronoun_ordinal', 'year_in_sentence', 'measure_from_context', 'date_in_sentence', 'long_sentence'])
N(D, 3, 'seconds', '86 % des seconds (PHARE-Associations', 'ordinal')
N(D, 3, 'novembre 2015', '(PHARE-Associations, novembre 2015)', 'date')
N(D, 3, '2016', 'Le calendrier 2016 est chargé', 'year')
F(D, 3, 'treize', 13, 'count', 'rapports régionaux', None, None, 'rapports régionaux prévus par PHARE', 2016,
  'Le calendrier 2016 est chargé : treize rapports régionaux',
  ['count', 'number_in_words', 'year_in_sentence'])
N(D, 3, '10', 'NOTES SUR 10 L’emploi devance', 'scale')
N(D, 3, '4', '4 Certaines présentations du programme', 'footnote')
N(D, 3, '2013-2017', 'le bornent à 2013-2017.', 'year')
N(D, 3, '5', '5 Une autre présentation des mêmes résultats', 'footnote')
F(D, 3, '7/10', 7, '/10', 'note', 'Français', 'context', 'note de la sécurité', 2015,
  'attribue à la sécurité la note de 7/10.',
  ['mark10', 'footnote_text', 'conflict', 'year_from_context', 'survey_named_earlier'])

# =====================================================================================
# 03 — Cahier de l'Observatoire, édition 2022, chapitre 3 (printed pages 41-44)
# =====================================================================================
D = '03'
# ---- page 1 (printed 41)
N(D, 1, '41', '41 Chapitre 3 Les associations', 'page number')
N(D, 1, 'Chapitre 3', '41 Chapitre 3 Les associations', 'other')
N(D, 1, '3.1', '3.1 Une enquête de référence', 'other')
N(D, 1, 'mai et juin 2016', 'conduite en mai et juin 2016 par Recherches', 'date')
F(D, 1, '1 380', 1380, 'people', 'responsables associatifs', 'responsables associatifs', 'sentence',
  'responsables associatifs interrogés par l’enquête Associations & Partenariats', 2016,
  'auprès de plus de 1 380 responsables associatifs', ['qualifier_plus_de', 'nbsp_thousands', 'year_in_sentence'],
  year_alt=2017)
N(D, 1, 'mars 2017', 'publiés en mars 2017.', 'date')
N(D, 1, 'Premier', 'Premier enseignement', 'ordinal')
F(D, 1, '2,5', 2.5, 'count', 'partenaires', 'associations', 'context', 'nombre moyen de partenaires par association',
  2016, 'Chacune déclare en moyenne 2,5 partenaires1',
  ['average', 'decimal_count', 'pronoun', 'footnote_glued', 'year_from_context', 'survey_named_earlier'],
  year_alt=2017)
N(D, 1, '1', 'Chacune déclare en moyenne 2,5 partenaires1', 'footnote')
N(D, 1, 'graphique 3', 'minoritaires (graphique 3).', 'other')
N(D, 1, '1', '1 L’étude IMPACT – Associations & Territoires, menée', 'footnote')
F(D, 1, '89 %', 89, '%', 'associations', 'associations employeuses', 'sentence',
  'part déclarant un partenariat avec une collectivité', None,
  '89 % d’entre elles déclarent un partenariat avec une collectivité.',
  ['pronoun', 'footnote_text', 'conflict', 'undated_study'])

# ---- page 2 (printed 42): bar chart
N(D, 2, '42', '42 Les partenariats en données', 'page number')
N(D, 2, '2022', 'Cahier de l’Observatoire, édition 2022', 'year')
N(D, 2, '3.2', '3.2 Des partenaires très divers', 'other')
N(D, 2, 'graphique 3', 'Le graphique 3 détaille', 'other')
N(D, 2, 'Graphique 3', 'Graphique 3 – Associations ayant un partenariat', 'other')
GR = ['chart', 'unit_from_header', 'actor_from_header', 'measure_from_row', 'year_from_source_line']
F(D, 2, '74', 74, '%', 'associations', 'associations', 'table',
  'part ayant un partenariat avec une collectivité territoriale', 2016, 'Collectivités territoriales 74', GR,
  year_alt=2017, also=[('Lecture : 74 % des associations interrogées', '74 %')])
F(D, 2, '72', 72, '%', 'associations', 'associations', 'table',
  'part ayant un partenariat avec des associations ou fondations', 2016, 'Associations et fondations 72', GR,
  year_alt=2017)
F(D, 2, '47', 47, '%', 'associations', 'associations', 'table',
  'part ayant un partenariat avec un établissement d’enseignement', 2016, 'Établissements d’enseignement 47', GR,
  year_alt=2017)
F(D, 2, '28', 28, '%', 'associations', 'associations', 'table', 'part ayant un partenariat avec une entreprise',
  2016, 'Entreprises 28', GR, year_alt=2017)
F(D, 2, '22', 22, '%', 'associations', 'associations', 'table',
  'part ayant un partenariat avec une structure d’insertion', 2016, 'Structures d’insertion 22', GR,
  year_alt=2017)
F(D, 2, '9', 9, '%', 'associations', 'associations', 'table',
  'part ayant un partenariat avec un organisme de recherche', 2016, 'Organismes de recherche 9', GR + ['near_scale'],
  year_alt=2017)
for tick in ('0', '20', '40', '60', '80'):
    N(D, 2, tick, '0 20 40 60 80', 'scale')
N(D, 2, 'mai-juin 2016', 'Le RAMEAU, mai-juin 2016.', 'date')
N(D, 2, 'quatrième', 'n’arrivent qu’au quatrième rang', 'ordinal')

# ---- page 3 (printed 43)
N(D, 3, '43', '43 Chapitre 3 · Les associations', 'page number')
N(D, 3, 'Chapitre 3', '43 Chapitre 3 · Les associations', 'other')
N(D, 3, '3.3', '3.3 La taille fait la différence', 'other')
N(D, 3, 'tableau 5', 'comme le montre le tableau 5.', 'other')
N(D, 3, 'Tableau 5', 'Tableau 5 – Associations ayant un partenariat', 'other')
N(D, 3, '2016', 'selon leur budget annuel (enquête de 2016)', 'year')
TB = ['table', 'unit_from_header', 'actor_from_header', 'threshold_in_row', 'year_from_caption',
      'money_threshold_nearby']
N(D, 3, '10 000 €', 'Inférieur à 10 000 € 20', 'threshold')
F(D, 3, '20', 20, '%', 'associations', 'associations dont le budget annuel est inférieur à 10 000 €', 'table',
  'part ayant un partenariat avec une entreprise', 2016, 'Inférieur à 10 000 € 20', TB, year_alt=2017)
N(D, 3, '150 000 €', 'Supérieur à 150 000 € 50', 'threshold')
F(D, 3, '50', 50, '%', 'associations', 'associations dont le budget annuel est supérieur à 150 000 €', 'table',
  'part ayant un partenariat avec une entreprise', 2016, 'Supérieur à 150 000 € 50', TB, year_alt=2017)
BX = ['box', 'undated_study']
F(D, 3, '148 000', 148000, 'count', 'associations employeuses', 'associations employeuses', 'sentence',
  'associations employeuses couvertes par l’étude', None,
  'L’étude porte sur les 148 000 associations employeuses.', BX + ['count', 'nbsp_thousands'])
F(D, 3, '98 %', 98, '%', 'associations', 'associations employeuses', 'context', 'part ayant noué des partenariats',
  None, 'c’est le cas de 98 % d’entre elles.', BX + ['pronoun', 'measure_from_context'])
AF = BX + ['pronoun', 'parenthetical', 'multi_same_pop', 'multi_figures']
F(D, 3, '75 %', 75, '%', 'associations', 'associations employeuses', 'context', 'part pratiquant le mécénat', None,
  'pratiquent d’abord le mécénat (75 %)', AF)
F(D, 3, '73 %', 73, '%', 'associations', 'associations employeuses', 'context',
  'part pratiquant l’innovation sociétale', None, 'l’innovation sociétale (73 %)', AF)
F(D, 3, '70 %', 70, '%', 'associations', 'associations employeuses', 'context',
  'part ayant des pratiques responsables', None, 'les pratiques responsables (70 %)', AF)
F(D, 3, '58 %', 58, '%', 'associations', 'associations employeuses', 'context',
  'part pratiquant la coopération économique', None, 'la coopération économique (58 %)', AF)

# ---- page 4 (printed 44)
N(D, 4, '44', '44 Les partenariats en données', 'page number')
N(D, 4, '2022', 'Cahier de l’Observatoire, édition 2022', 'year')
N(D, 4, '3.4', '3.4 Une alliance d’abord locale', 'other')
F(D, 4, '73 %', 73, '%', 'associations', 'associations employeuses', 'sentence',
  'part nouant des partenariats à l’échelle locale', None, '73 % y nouent des partenariats',
  ['pop_before', 'multi_same_pop', 'undated_study'])
F(D, 4, '47 %', 47, '%', 'associations', 'associations employeuses', 'sentence',
  'part nouant des partenariats à l’échelle régionale', None, 'contre 47 % à l’échelle régionale.',
  ['pop_before', 'multi_same_pop', 'ellipsis', 'undated_study'])
N(D, 4, '3.5', '3.5 Les autres partenaires', 'other')
N(D, 4, 'Tableau 6', 'Tableau 6 – Partenaires des associations employeuses', 'other')
T6 = ['table', 'actor_from_header', 'measure_from_row', 'undated_study']
F(D, 4, '89 %', 89, '%', 'associations', 'associations employeuses', 'table',
  'part ayant un partenariat avec les collectivités', None, 'Collectivités 89 %', T6 + ['box'],
  also=[('… et 89 % pour les seules associations employeuses.', '89 %')])
F(D, 4, '56 %', 56, '%', 'associations', 'associations employeuses', 'table',
  'part ayant un partenariat avec des collectifs d’associations', None, 'Collectifs d’associations 56 %', T6)
F(D, 4, '52 %', 52, '%', 'associations', 'associations employeuses', 'table',
  'part ayant un partenariat avec des acteurs publics nationaux', None, 'Acteurs publics nationaux 52 %', T6)
F(D, 4, '37 %', 37, '%', 'associations', 'associations employeuses', 'table',
  'part ayant un partenariat avec des fédérations professionnelles', None, 'Fédérations professionnelles 37 %', T6)
F(D, 4, '35 %', 35, '%', 'associations', 'associations employeuses', 'table',
  'part ayant un partenariat avec des acteurs académiques', None, 'Acteurs académiques 35 %', T6)
F(D, 4, '2,5', 2.5, 'count', 'partenaires', 'associations', 'sentence', 'nombre moyen de partenaires par association',
  2016, 'En moyenne, 2,5 partenaires par association',
  ['average', 'decimal_count', 'box', 'list', 'year_in_sentence'], year_alt=2017)
N(D, 4, '2016', 'partenaires par association (enquête de 2016)', 'year')
F(D, 4, '74 %', 74, '%', 'associations', 'associations', 'sentence', 'part travaillant avec une collectivité', 2016,
  '74 % des associations travaillent avec une collectivité', ['box', 'list', 'pop_after', 'year_in_sentence'],
  year_alt=2017)
N(D, 4, '2016', 'avec une collectivité (enquête de 2016)', 'year')
F(D, 4, '28 %', 28, '%', 'associations', 'associations', 'sentence', 'part citant les entreprises comme partenaires',
  2016, 'Les entreprises ne sont citées que par 28 % des associations', ['box', 'list', 'pop_after', 'year_in_sentence'],
  year_alt=2017)
N(D, 4, '2016', 'des associations (2016).', 'year')

# =====================================================================================
# 04 — Slide deck « Faire de l'alliance un droit » (16:9)
# =====================================================================================
D = '04'
for p in (1, 2, 3, 4):
    N(D, p, '0%d' % p, 'Le RAMEAU · Observatoire des partenariats 0%d' % p, 'page number')

# ---- slide 1
N(D, 1, 'FNAF 2019', 'FNAF 2019 7 mai 2020', 'year')
N(D, 1, '7 mai 2020', 'FNAF 2019 7 mai 2020', 'date')
N(D, 1, '17 octobre 2020', '17 octobre 2020 février', 'date')
F(D, 1, '15', 15, 'years', None, None, None, 'durée de recherche du RAMEAU', None, 'Le RAMEAU : 15 ans de recherche',
  ['duration', 'slide', 'no_date', 'multi_figures'])
F(D, 1, '5', 5, 'years', None, None, None, 'durée d’étude d’impact du RAMEAU', None, '5 ans d’étude d’impact',
  ['duration', 'slide', 'no_date', 'multi_figures'])
F(D, 1, '1 000', 1000, 'count', 'exemples inspirants', None, None, 'exemples inspirants recensés par Le RAMEAU', None,
  'plus de 1 000 exemples inspirants', ['count', 'slide', 'qualifier_plus_de', 'no_date', 'multi_figures'])

# ---- slide 2
BIG = ['slide', 'key_figure', 'layout', 'label_separated', 'source_line_without_year']
F(D, 2, '92 %', 92, '%', 'maires', 'maires', 'table', 'part ressentant un besoin d’alliance', None,
  '92 % 81 % 84 %', BIG)
F(D, 2, '81 %', 81, '%', 'Français', 'Français', 'table', 'part voyant un devoir d’alliance', None,
  '92 % 81 % 84 %', BIG + ['homonym'])
F(D, 2, '84 %', 84, '%', 'dirigeants', 'dirigeants d’entreprise', 'table', 'part ayant envie d’alliance', None,
  '92 % 81 % 84 %', BIG + ['homonym'])
N(D, 2, '2015', 'Repère : en 2015, les Français', 'year')
F(D, 2, '69 %', 69, '%', 'Français', 'Français', 'sentence', 'part parlant de devoir d’alliance', 2015,
  'les Français n’étaient que 69 % à parler de devoir d’alliance',
  ['slide', 'pop_before', 'year_in_sentence', 'old_figure_in_newer_doc'])

# ---- slide 3
N(D, 3, 'première', 'Des élus en première ligne', 'ordinal')
N(D, 3, '2016', 'Sources : PHARE-Institutions (2016) ;', 'year')
N(D, 3, 'novembre 2020', 'Comisis-OpinionWay (novembre 2020).', 'date')
BAR = ['slide', 'chart', 'layout', 'label_separated', 'actor_from_label']
F(D, 3, '87 %', 87, '%', 'maires', 'maires', 'table', 'part jugeant l’alliance un devoir', 2016,
  '87 % 76 % 64 % 46 %', BAR + ['year_from_label'])
F(D, 3, '76 %', 76, '%', 'maires', 'maires', 'table', 'part jugeant leur territoire engagé', None,
  '87 % 76 % 64 % 46 %', BAR + ['no_year_impact'])
F(D, 3, '64 %', 64, '%', 'élus', 'élus locaux', 'table', 'part voulant s’appuyer sur le « jouer collectif »', 2020,
  '87 % 76 % 64 % 46 %', BAR + ['year_from_label'])
F(D, 3, '46 %', 46, '%', 'maires', 'maires', 'table', 'part ne sachant pas piloter', None,
  '87 % 76 % 64 % 46 %', BAR + ['no_year_impact', 'negation'])
N(D, 3, '2016', 'ne sait pas piloter maires, 2016', 'year')
N(D, 3, 'nov. 2020', 'élus locaux, nov. 2020', 'date')
N(D, 3, '29 novembre 2016', 'publié le 29 novembre 2016', 'date')
F(D, 3, 'cinq', 5, 'count', 'profils', None, None, 'profils de maires distingués par PHARE-Institutions', 2016,
  'distingue cinq profils de maires.', ['count', 'number_in_words', 'slide', 'year_in_sentence'])
F(D, 3, 'trois', 3, 'count', 'axes', None, None, 'axes suivis par le programme IMPACT', None,
  'Le programme IMPACT suit trois axes', ['count', 'number_in_words', 'slide', 'no_year_impact'])

# ---- slide 4
N(D, 4, '2020', 'données pour la sortie de crise, 2020.', 'year')
F(D, 4, 'vingt et une', 21, 'count', 'mesures', None, None, 'mesures de la feuille de route ministérielle', None,
  'Une feuille de route ministérielle de vingt et une mesures',
  ['count', 'number_in_words', 'slide', 'list', 'compound_number_word', 'no_date'])
SC = ['slide', 'box', 'year_from_source_line', 'homonym', 'multi_pop']
F(D, 4, '81 %', 81, '%', 'Français', 'Français', 'sentence',
  'part jugeant la co-construction utile pour rebondir après la crise', 2020, '81 % des Français 84 %',
  SC + ['pop_after', 'measure_after'])
F(D, 4, '84 %', 84, '%', 'dirigeants', 'dirigeants de TPE et de PME', 'sentence',
  'part jugeant la co-construction utile pour rebondir après la crise', 2020, '84 % des dirigeants de TPE et de PME',
  SC + ['pop_after', 'measure_after'])
F(D, 4, '250', 250, 'count', 'données', None, None, 'données inventoriées pour agir après la crise', 2020,
  'plus de 250 données ont été inventoriées', ['count', 'slide', 'box', 'qualifier_plus_de', 'year_from_source_line'])

# =====================================================================================
# 05 — Dossier de presse, Fondation des Territoires, juin 2022
# =====================================================================================
D = '05'
for p in (1, 2, 3):
    N(D, p, 'Juin 2022', 'Fondation des Territoires Juin 2022', 'date')
    N(D, p, str(p), '— %d —' % p, 'page number')

# ---- page 1
N(D, 1, 'p. 1', 'Communiqué p. 1', 'page number')
N(D, 1, 'p. 2', 'Chiffres clés p. 2', 'page number')
N(D, 1, 'p. 3', 'Repères p. 3', 'page number')
N(D, 1, '14 juin 2022', 'Paris, le 14 juin 2022', 'date')
N(D, 1, '14 juin 2022', 'Embargo : 14 juin 2022, 9 h 30', 'date')
N(D, 1, '9 h 30', 'Embargo : 14 juin 2022, 9 h 30', 'date')
N(D, 1, '14 juin', 'Créée ce 14 juin sous l’égide', 'date')
F(D, 1, '21', 21, 'count', 'co-fondateurs', 'co-fondateurs', 'sentence', 'co-fondateurs de la Fondation des Territoires',
  2022, 'la Fondation des Territoires réunit 21 co-fondateurs.', ['count', 'year_from_context', 'date_in_sentence'])
N(D, 1, 'juillet 2018', 'une préfiguration lancée en juillet 2018', 'date')
F(D, 1, 'trois', 3, 'count', 'étapes', None, None, 'étapes de la préfiguration de la Fondation', '2018-2022',
  'conduite en trois étapes, jusqu’en mai 2022.', ['count', 'number_in_words', 'year_in_sentence', 'date_in_sentence'])
N(D, 1, 'mai 2022', 'conduite en trois étapes, jusqu’en mai 2022.', 'date')
N(D, 1, '23 septembre', 'publiée le 23 septembre, a interrogé', 'date')
F(D, 1, '42', 42, 'count', 'fondations', 'fondations', 'sentence', 'fondations interrogées par l’étude IMPACT Fondations & Territoires',
  None, 'a interrogé 42 fondations.', ['count', 'no_date', 'date_in_sentence'])
N(D, 1, '30 novembre 2021', 'lancée le 30 novembre 2021 à Saint-Maurice', 'date')
N(D, 1, '1', 'lors du Giving Tuesday1.', 'footnote')
N(D, 1, '1', '1 Une annonce publique évoque', 'footnote')
N(D, 1, 'mardi 30 septembre', '« mardi 30 septembre »', 'date')

# ---- page 2: key-figure grid
G1, G2 = 'Chiffres clés 21 3 42', '1,5 M€ 350 Onze'
KG = ['key_figure_box', 'layout', 'label_separated']
F(D, 2, '21', 21, 'count', 'co-fondateurs', 'co-fondateurs', 'table', 'co-fondateurs de la Fondation des Territoires',
  2022, G1, KG + ['count', 'year_from_label'])
F(D, 2, '3', 3, 'count', 'missions', None, None, 'missions confiées à la Fondation des Territoires', None, G1,
  KG + ['count', 'measure_from_label', 'no_date'])
F(D, 2, '42', 42, 'count', 'fondations', 'fondations', 'table',
  'fondations interrogées par l’étude IMPACT Fondations & Territoires', None, G1, KG + ['count', 'no_date'])
N(D, 2, '2022', 'Territoires, créée en 2022', 'year')
F(D, 2, '1,5 M€', 1500000, '€', None, None, None, 'dotation du Fonds ODD 17', 2020, G2,
  KG + ['money', 'year_from_label', 'measure_from_label'])
F(D, 2, '350', 350, 'count', 'catalyseurs territoriaux', 'catalyseurs territoriaux', 'table',
  'catalyseurs territoriaux mobilisés par le Fonds ODD 17', 2020, G2, KG + ['count', 'year_from_context'])
F(D, 2, 'Onze', 11, 'count', 'territoires pionniers', 'territoires pionniers', 'table',
  'territoires pionniers du parcours d’expérience mené avec le CGET', None, G2,
  KG + ['count', 'number_in_words', 'conflict', 'no_date'])
N(D, 2, 'ODD 17', 'dotation du Fonds ODD 17 catalyseurs', 'other')
N(D, 2, '2020', 'co-créé en 2020 avec la', 'year')
N(D, 2, '2', 'mené avec le CGET2', 'footnote')
N(D, 2, 'ODD 17', 'Le Fonds ODD 17 finance', 'other')
F(D, 2, 'trois', 3, 'years', None, None, None, 'durée de l’expérimentation financée par le Fonds ODD 17', 2020,
  'finance une expérimentation conduite sur trois ans.', ['duration', 'number_in_words', 'year_from_context'])
N(D, 2, '2', '2 Une autre présentation du même parcours', 'footnote')
F(D, 2, '10', 10, 'count', 'territoires pilotes', 'territoires pilotes', 'sentence',
  'territoires pilotes du parcours mené avec le CGET', None, '« 10 territoires pilotes »',
  ['count', 'footnote_text', 'conflict', 'no_date'])

# ---- page 3: timeline + À propos
N(D, 3, '2010', '2010 Lancement de la démarche', 'year')
N(D, 3, 'juillet 2018', 'juillet 2018 Lancement de la préfiguration', 'date')
N(D, 3, '07/18', '07/18 – 07/19 Première étape', 'date')
N(D, 3, '07/19', '07/18 – 07/19 Première étape', 'date')
N(D, 3, 'Première', '07/18 – 07/19 Première étape', 'ordinal')
N(D, 3, '08/19', '08/19 – 11/20 2e étape', 'date')
N(D, 3, '11/20', '08/19 – 11/20 2e étape', 'date')
N(D, 3, '2e', '08/19 – 11/20 2e étape', 'ordinal')
N(D, 3, '12/20', '12/20 – 05/22 Troisième étape', 'date')
N(D, 3, '05/22', '12/20 – 05/22 Troisième étape', 'date')
N(D, 3, 'Troisième', '12/20 – 05/22 Troisième étape', 'ordinal')
N(D, 3, '30 novembre 2021', '30 novembre 2021 Lancement de la Charte', 'date')
N(D, 3, '14 juin 2022', '14 juin 2022 Création de la Fondation', 'date')
N(D, 3, '2006', 'Depuis 2006, Le RAMEAU, laboratoire', 'year')
F(D, 3, '500', 500, 'count', 'organisations', 'organisations', 'sentence',
  'organisations ayant participé aux expérimentations du RAMEAU', '2006-2022',
  'a mené des expérimentations auprès de plus de 500 organisations',
  ['count', 'qualifier_plus_de', 'period_since', 'year_in_sentence', 'box'])
F(D, 3, '1.000', 1000, 'count', 'exemples inspirants', None, None, 'exemples inspirants recensés par Le RAMEAU',
  '2006-2022', 'et recensé plus de 1.000 exemples inspirants.',
  ['count', 'qualifier_plus_de', 'dot_thousands', 'period_since', 'year_in_sentence', 'box'])
N(D, 3, '2008', 'créé en 2008 par la Caisse des Dépôts', 'year')
N(D, 3, 'ODD 17', 'Le Fonds ODD 17, co-créé en 2020', 'other')
N(D, 3, '2020', 'Le Fonds ODD 17, co-créé en 2020', 'year')
F(D, 3, '350', 350, 'count', 'catalyseurs territoriaux', 'catalyseurs territoriaux', 'sentence',
  'catalyseurs territoriaux mobilisés par le Fonds ODD 17', 2020, 'mobilise 350 catalyseurs territoriaux.',
  ['count', 'year_in_sentence', 'box'])
