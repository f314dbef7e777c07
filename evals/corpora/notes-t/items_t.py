# -*- coding: utf-8 -*-
"""Hand-written gold items of figure-finder set T.

F(...) is a figure, N(...) a non-figure.  `sentence` is copied from the whitespace-collapsed pypdf text of the
1-based PDF page; `text` is the number as printed, inside `sentence`.  Checked by build_t.py.

F(doc, page, text, value, unit, noun, actor, actor_source, measure, year, sentence, cases,
  year_alt=..., also=[(line, text), ...])
N(doc, page, text, sentence, why, exempt=False)   # exempt: skip the whole-token test (axis ticks only)
"""

FILES = {
    '01': 'obs-t-01-tribune-du-devoir-au-droit.pdf',
    '02': 'obs-t-02-tableau-de-bord-alliances.pdf',
    '03': 'obs-t-03-fiche-methode-citer-un-chiffre.pdf',
    '04': 'obs-t-04-compte-rendu-webinaire-odd17.pdf',
    '05': 'obs-t-05-depliant-le-rameau.pdf',
}

FIGURES = []
NON_FIGURES = []
_MISSING = object()


def F(doc, page, text, value, unit, noun, actor, actor_source, measure, year, sentence, cases,
      year_alt=_MISSING, also=()):
    it = dict(file=FILES[doc], page=page, text=text, value=value, unit=unit, noun=noun, actor=actor,
              actor_source=actor_source, measure=measure, year=year, sentence=sentence, cases=cases.split())
    if year_alt is not _MISSING:
        it['year_alt'] = year_alt
    if also:
        it['also'] = list(also)
    FIGURES.append(it)


def N(doc, page, text, sentence, why, exempt=False):
    it = dict(file=FILES[doc], page=page, text=text, sentence=sentence, why=why)
    if exempt:
        it['exempt'] = True
    NON_FIGURES.append(it)


# =====================================================================================================
# obs-t-01 — tribune, three columns (December 2021)
# =====================================================================================================
for p in (1, 2, 3):
    N('01', p, 'n° 3', 'Tribune n° 3 · décembre 2021', 'other')
    N('01', p, 'décembre 2021', 'Tribune n° 3 · décembre 2021', 'date')
N('01', 1, '1', 'décembre 2021 1 TRIBUNE', 'page number')
N('01', 2, '2', 'décembre 2021 2 Quinze ans de recherche', 'page number')
N('01', 3, '3', 'décembre 2021 3 Des entreprises aux maires', 'page number')

# ---- page 1
N('01', 1, '30 novembre 2021', 'Le 30 novembre 2021, jour du Giving Tuesday', 'date')
F('01', 1, '81 %', 81, '%', 'Français', 'Français', 'sentence', "part jugeant que s'allier est un devoir", None,
  "Elle arrive au bon moment : 81 % des Français1 jugent que s'allier est un devoir",
  'multi_pop pop_after no_date footnote_glued chapeau date_nearby')
N('01', 1, '1', "81 % des Français1 jugent que s'allier est un devoir", 'footnote')
F('01', 1, '92 %', 92, '%', 'maires', 'maires', 'sentence', "part disant avoir besoin d'alliance", None,
  '92 % des maires disent en avoir besoin, et les dirigeants',
  'multi_pop pop_after no_date chapeau pull_quote',
  also=[("« 92 % des maires disent avoir besoin d'alliance. »", '92 %')])
F('01', 1, '84 %', 84, '%', 'dirigeants', "dirigeants d'entreprise", 'sentence', "part ayant envie d'alliance",
  None, "et les dirigeants d'entreprise sont 84 % à en avoir envie.",
  'multi_pop pop_before no_date chapeau')
N('01', 1, 'juillet 2018', 'dont la préfiguration a été lancée en juillet 2018.', 'date')
N('01', 1, 'FNAF 2019', 'Lors du FNAF 2019, Gabriel Attal', 'year')
N('01', 1, '7 mai 2020', 'Le rapport a été remis le 7 mai 2020', 'date')
N('01', 1, '17 octobre 2020', 'et son bilan présenté le 17 octobre 2020.', 'date')
F('01', 1, '21', 21, 'count', 'mesures', None, None, 'nombre de mesures de la feuille de route ministérielle',
  None, 'Une « feuille de route » ministérielle de 21 mesures en est issue.', 'count no_date near_dated_figures')
_s = ("Les maires en donnent la mesure : 87 % voient dans les partenariats une source d'innovation, 76 % jugent "
      "leur territoire engagé, mais 46 % reconnaissent ne pas savoir piloter ces alliances.")
F('01', 1, '87 %', 87, '%', 'maires', 'maires', 'sentence',
  "part voyant dans les partenariats une source d'innovation", '2018-2022', _s,
  'multi_same_pop pop_before year_from_context programme_period long_sentence')
F('01', 1, '76 %', 76, '%', 'maires', 'maires', 'sentence', 'part jugeant leur territoire engagé', '2018-2022', _s,
  'multi_same_pop ellipsis year_from_context programme_period column_break long_sentence')
F('01', 1, '46 %', 46, '%', 'maires', 'maires', 'sentence', 'part reconnaissant ne pas savoir piloter ces alliances',
  '2018-2022', _s, 'multi_same_pop ellipsis negation year_from_context programme_period long_sentence')
N('01', 1, 'novembre 2017', 'Lancé en novembre 2017 pour la période 2018-2022', 'date')
N('01', 1, '2018-2022', 'Lancé en novembre 2017 pour la période 2018-2022', 'year')
F('01', 1, 'trois', 3, 'count', 'axes', None, None, 'nombre d\'axes du programme IMPACT', '2018-2022',
  'la Fondation TOTAL, autour de trois axes', 'count number_in_words year_from_context programme_period')
N('01', 1, '30 novembre 2021', 'Saint-Maurice, 30 novembre 2021 : lancement de la Charte', 'date')
N('01', 1, '1', '1 Le volet PHARE-Citoyens de septembre 2015', 'footnote')
N('01', 1, 'septembre 2015', 'Le volet PHARE-Citoyens de septembre 2015 donnait', 'date')
F('01', 1, '69 %', 69, '%', 'Français', 'Français', 'sentence', "part jugeant que s'allier est un devoir", 2015,
  "Le volet PHARE-Citoyens de septembre 2015 donnait 69 % de Français pour qui s'allier était un devoir.",
  'footnote_text conflict year_in_sentence pop_after')

# ---- page 2
F('01', 2, 'Quinze', 15, 'years', None, None, None, 'durée de recherche', None,
  'Quinze ans de recherche, un même constat', 'duration number_in_words heading no_date')
N('01', 2, '2006', "Le RAMEAU, association d'intérêt général créée en 2006", 'year')
F('01', 2, 'trois', 3, 'count', 'missions', None, None, 'nombre de missions du RAMEAU', None,
  "s'est donné trois missions, dont celle de témoigner.", 'count number_in_words no_date near_year')
N('01', 2, '2', "Avec l'Observatoire des partenariats2, il a d'abord conduit", 'footnote')
N('01', 2, '2008', 'le programme ARPEA, de 2008 à 2012, en dix volets.', 'year')
N('01', 2, '2012', 'le programme ARPEA, de 2008 à 2012, en dix volets.', 'year')
F('01', 2, 'dix', 10, 'count', 'volets', None, None, 'nombre de volets du programme ARPEA', '2008-2012',
  'le programme ARPEA, de 2008 à 2012, en dix volets.', 'count number_in_words year_in_sentence')
N('01', 2, '2008', 'Dès 2008, 86 % des Français', 'year')
F('01', 2, '86 %', 86, '%', 'Français', 'Français', 'sentence', 'part jugeant urgent de créer des partenariats', 2008,
  'Dès 2008, 86 % des Français jugeaient urgent de créer des partenariats.',
  'pop_after year_in_sentence year_adjacent_to_figure')
N('01', 2, '11 décembre 2012', 'lors du rapport quinquennal du 11 décembre 2012', 'date')
F('01', 2, '84 %', 84, '%', 'Français', 'Français', 'context', 'part jugeant urgent de créer des partenariats', 2012,
  'Au terme du programme, lors du rapport quinquennal du 11 décembre 2012, ils étaient encore 84 % à le penser.',
  'pronoun date_in_sentence year_in_sentence measure_from_context')
F('01', 2, '46 %', 46, '%', 'associations', 'associations', 'sentence',
  "part engagée aux côtés d'une entreprise", '2008-2012',
  "Les associations, elles, avançaient déjà : près de 46 % d'entre elles étaient engagées aux côtés d'une entreprise.",
  'pronoun qualifier_pres_de year_from_context')
N('01', 2, '2013-2018', 'Le programme PHARE (2013-2018)3 a suivi', 'year')
N('01', 2, '3', 'Le programme PHARE (2013-2018)3 a suivi', 'footnote')
F('01', 2, 'six', 6, 'count', 'volets', None, None, 'nombre de volets du programme PHARE', '2013-2018',
  'Le programme PHARE (2013-2018)3 a suivi, en six volets.',
  'count number_in_words year_in_sentence footnote_glued conflict', year_alt='2013-2017')
N('01', 2, 'septembre 2015', 'Son volet Citoyens, publié en septembre 2015', 'date')
F('01', 2, '2 000', 2000, 'people', 'personnes', 'personnes interrogées', 'sentence',
  'nombre de personnes interrogées pour PHARE-Citoyens', 2015,
  'Son volet Citoyens, publié en septembre 2015, reposait sur plus de 2 000 personnes interrogées.',
  'count qualifier_plus_de year_in_sentence nbsp_thousands')
N('01', 2, '0 à 10', 'Sur une échelle de 0 à 10, ils attendaient', 'scale')
F('01', 2, '7,1 sur 10', 7.1, '/10', 'note', 'Français interrogés', 'context',
  "note de l'effet attendu des alliances sur l'emploi", 2015,
  "Sur une échelle de 0 à 10, ils attendaient d'abord des alliances un effet sur l'emploi (7,1 sur 10)",
  'mark10 parenthetical pronoun survey_named_earlier scale_in_sentence sur_10_in_words')
N('01', 2, '4', "le pouvoir d'achat et la sécurité4 (6,6 chacun)", 'footnote')
F('01', 2, '6,6', 6.6, '/10', 'note', 'Français interrogés', 'context',
  "note de l'effet attendu sur le pouvoir d'achat et la sécurité", 2015,
  "puis sur le pouvoir d'achat et la sécurité4 (6,6 chacun)",
  'mark10 parenthetical unit_from_context one_value_two_measures conflict footnote_glued survey_named_earlier')
F('01', 2, '6,5', 6.5, '/10', 'note', 'Français interrogés', 'context',
  "note de l'effet attendu sur le développement économique", 2015,
  'devant le développement économique (6,5).', 'mark10 parenthetical unit_from_context survey_named_earlier')
F('01', 2, '6,3', 6.3, '/10', 'note', 'Français interrogés', 'context',
  "note de l'effet attendu sur l'environnement et l'exclusion", 2015,
  'Environnement et exclusion fermaient la marche, à 6,3.',
  'mark10 unit_from_context one_value_two_measures survey_named_earlier')
F('01', 2, '69 %', 69, '%', 'Français', 'Français interrogés', 'context', "part voyant dans l'alliance un devoir", 2015,
  "Surtout, 69 % d'entre eux voyaient déjà dans l'alliance un devoir.",
  'pronoun survey_named_earlier pull_quote',
  also=[("« 69 % des Français voyaient déjà dans l'alliance un devoir. »", '69 %')])
N('01', 2, 'tiers', "le besoin d'un tiers de confiance", 'other')
N('01', 2, '2', '2 Créé en 2008 selon ses fondateurs', 'footnote')
N('01', 2, '2008', 'Créé en 2008 selon ses fondateurs', 'year')
N('01', 2, '2011', 'des documents parus en 2011 et en 2012 le disent né en 2007.', 'year')
N('01', 2, '2012', 'des documents parus en 2011 et en 2012 le disent né en 2007.', 'year')
N('01', 2, '2007', 'des documents parus en 2011 et en 2012 le disent né en 2007.', 'year')
N('01', 2, '3', '3 La présentation en ligne du programme', 'footnote')
N('01', 2, '2013-2017', 'retient la période 2013-2017.', 'year')
N('01', 2, '4', '4 Un article de presse', 'footnote')
F('01', 2, '7/10', 7, '/10', 'note', 'Français interrogés', 'context', "note de l'effet attendu sur la sécurité", 2015,
  "Un article de presse paru à l'époque attribuait 7/10 à la sécurité.",
  'mark10 footnote_text conflict year_from_context')

# ---- page 3
N('01', 3, 'novembre 2015', 'parus en octobre et en novembre 2015', 'date')
_s = ('Les volets Entreprises et Associations, parus en octobre et en novembre 2015, ont confirmé le mouvement : '
      '81 % des dirigeants et 86 % des responsables associatifs partageaient ce sentiment.')
F('01', 3, '81 %', 81, '%', 'dirigeants', 'dirigeants', 'sentence', "part voyant dans l'alliance un devoir", 2015, _s,
  'multi_pop pop_after year_in_sentence measure_from_context')
F('01', 3, '86 %', 86, '%', 'responsables', 'responsables associatifs', 'sentence',
  "part voyant dans l'alliance un devoir", 2015, _s, 'multi_pop pop_after year_in_sentence measure_from_context')
N('01', 3, '29 novembre 2016', 'publié le 29 novembre 2016', 'date')
_s = ("Côté élus, le volet Institutions, publié le 29 novembre 2016, a donné la parole aux maires : 87 % d'entre eux "
      "voyaient l'alliance comme un devoir, et l'étude a distingué cinq profils de maires.")
F('01', 3, '87 %', 87, '%', 'maires', 'maires', 'sentence', "part voyant l'alliance comme un devoir", 2016, _s,
  'pronoun date_in_sentence year_in_sentence long_sentence')
F('01', 3, 'cinq', 5, 'count', 'profils', None, None, 'nombre de profils de maires distingués', 2016, _s,
  'count number_in_words year_in_sentence')
F('01', 3, 'treize', 13, 'count', 'rapports régionaux', None, None, 'nombre de rapports régionaux', 2016,
  'Cette même année, treize rapports régionaux ont décliné ces résultats',
  'count number_in_words year_from_context near_ordinal')
N('01', 3, 'onzième', 'le onzième, consacré à la Normandie', 'ordinal')
N('01', 3, '26 novembre', 'est paru le 26 novembre.', 'date')
N('01', 3, 'printemps 2020', 'Au printemps 2020, la crise a rebattu les cartes.', 'date')
F('01', 3, '250', 250, 'count', 'données', None, None, 'nombre de données inventoriées pour agir', 2020,
  'Le RAMEAU a alors inventorié plus de 250 données pour agir vite',
  'count qualifier_plus_de year_from_context')
F('01', 3, '84 %', 84, '%', 'dirigeants', 'dirigeants de TPE et de PME', 'sentence',
  'part jugeant la co-construction utile pour sortir de la crise', 2020,
  'et 84 % des dirigeants de TPE et de PME jugeaient la co-construction utile pour sortir de la crise.',
  'pop_after year_from_context')
N('01', 3, '5', "une source d'innovation5. L'alliance", 'footnote')
N('01', 3, '2006', 'Charles-Benoît Heidsieck a fondé Le RAMEAU en 2006', 'year')
N('01', 3, 'n° 628', 'Le dossier de JURIS Associations n° 628', 'other')
N('01', 3, '5', '5 Selon le programme IMPACT', 'footnote')
F('01', 3, '74 %', 74, '%', 'Français', 'Français', 'sentence', "part voyant dans les partenariats une source d'innovation",
  None, 'Selon le programme IMPACT, 74 % des Français partagent cet avis',
  'footnote_text conflict no_year_impact pop_after measure_from_context')
F('01', 3, '69 %', 69, '%', 'citoyens', 'citoyens', 'sentence',
  "part voyant dans les partenariats une source d'innovation", None,
  'une autre présentation du même programme parle de 69 % des citoyens.',
  'footnote_text conflict no_year_impact pop_after measure_from_context')

# =====================================================================================================
# obs-t-02 — dashboard, landscape (update December 2024)
# =====================================================================================================
for p in (1, 2, 3, 4):
    N('02', p, 'décembre 2024', 'Mise à jour : décembre 2024', 'date')
    N('02', p, 'page %d / 4' % p, 'page %d / 4' % p, 'page number')

# ---- page 1 : maires et élus locaux
_lect = 'Lecture : les maires sont 91 % à voir leur territoire en mouvement, dont 35 % fortement.'
F('02', 1, '35 %', 35, '%', 'maires', 'maires', 'table', 'part voyant leur territoire fortement en mouvement', 2024,
  'Réponses des maires 35 % 56 % = 91 %',
  'chart stacked_bar label_separated measure_from_label actor_from_header year_from_source_line',
  also=[(_lect, '35 %')])
F('02', 1, '56 %', 56, '%', 'maires', 'maires', 'table',
  'part voyant leur territoire en mouvement, ni plus ni moins', 2024, 'Réponses des maires 35 % 56 % = 91 %',
  'chart stacked_bar label_separated measure_from_label actor_from_header year_from_source_line')
F('02', 1, '91 %', 91, '%', 'maires', 'maires', 'table', 'part voyant leur territoire en mouvement', 2024,
  'Réponses des maires 35 % 56 % = 91 %',
  'chart stacked_bar total actor_from_header measure_from_header year_from_source_line',
  also=[(_lect, '91 %')])
F('02', 1, '302', 302, 'people', 'maires', 'maires', 'sentence', 'nombre de maires interrogés par téléphone', 2024,
  'Source : IMPACTS & TRAJECTOIRES – Élus locaux, 302 maires interrogés par téléphone du 30 septembre au 28 octobre 2024.',
  'count source_line year_in_sentence date_in_sentence')
N('02', 1, '30 septembre', 'par téléphone du 30 septembre au 28 octobre 2024.', 'date')
N('02', 1, '28 octobre 2024', 'par téléphone du 30 septembre au 28 octobre 2024.', 'date')
N('02', 1, '0 %', 'Qui a répondu ? 0 % 100 % 84 %', 'scale')
N('02', 1, '100 %', 'Qui a répondu ? 0 % 100 % 84 %', 'scale')
F('02', 1, '84 %', 84, '%', 'répondants', 'répondants', 'sentence',
  'part de maires de petites communes parmi les répondants', 2024,
  '84 % des répondants sont maires de communes de moins de 2 000 habitants.',
  'gauge near_scale pop_after threshold_in_sentence year_from_source_line year_from_context')
N('02', 1, '2 000', 'maires de communes de moins de 2 000 habitants.', 'threshold')
F('02', 1, '64 %', 64, '%', 'élus', 'élus locaux', 'sentence', "part voulant s'appuyer sur le « jouer collectif »", 2020,
  "64 % des élus locaux veulent s'appuyer sur le « jouer collectif » IMPACT-Élus locaux, nov. 2020",
  'key_figure box pop_after year_from_label')
N('02', 1, 'nov. 2020', 'IMPACT-Élus locaux, nov. 2020', 'date')
F('02', 1, '92 %', 92, '%', 'maires', 'maires', 'sentence', "part reconnaissant l'utilité de la co-construction", None,
  "92 % des maires reconnaissent l'utilité de la co-construction Parole de maires",
  'key_figure box pop_after no_date')
F('02', 1, '87', 87, '%', 'maires', 'maires', 'table', "part voyant dans les partenariats une source d'innovation",
  None, "Les partenariats sont une source d'innovation 87",
  'table unit_from_header actor_from_header measure_from_row no_year_impact')
F('02', 1, '76', 76, '%', 'maires', 'maires', 'table', 'part jugeant leur territoire engagé', None,
  'Leur territoire est engagé 76', 'table unit_from_header actor_from_header measure_from_row no_year_impact')
F('02', 1, '46', 46, '%', 'maires', 'maires', 'table', 'part ne sachant pas piloter ces alliances', None,
  'Ils ne savent pas piloter ces alliances 46',
  'table unit_from_header actor_from_header measure_from_row negation no_year_impact')

# ---- page 2 : associations
F('02', 2, '148 000', 148000, 'count', 'associations employeuses', 'associations employeuses', 'table',
  'nombre d\'associations employeuses', None, '148 000 98 % associations employeuses',
  'count key_figure_box label_separated actor_from_label undated_study nbsp_thousands')
F('02', 2, '98 %', 98, '%', 'associations', 'associations employeuses', 'table', 'part ayant noué des partenariats',
  None, "98 % associations employeuses d'entre elles ont noué des partenariats",
  'key_figure_box label_separated pronoun actor_from_label undated_study')
_bars = [('Collectivités territoriales 89', '89', 89, 'part ayant des collectivités territoriales pour partenaires'),
         ("Structures d'intérêt général 73", '73', 73, "part ayant des structures d'intérêt général pour partenaires"),
         ('Établissements scolaires 70', '70', 70, 'part ayant des établissements scolaires pour partenaires'),
         ("Collectifs d'associations 56", '56', 56, "part ayant des collectifs d'associations pour partenaires"),
         ('Acteurs publics nationaux 52', '52', 52, 'part ayant des acteurs publics nationaux pour partenaires'),
         ('Fédérations professionnelles 37', '37', 37, 'part ayant des fédérations professionnelles pour partenaires'),
         ('Acteurs académiques 35', '35', 35, 'part ayant des acteurs académiques pour partenaires')]
for sent, tx, v, meas in _bars:
    F('02', 2, tx, v, '%', 'associations', 'associations employeuses', 'table', meas, None, sent,
      'chart unit_from_header actor_from_header measure_from_row undated_study' + (' near_scale' if v == 35 else ''))
for tk, sent in [('0', 'Acteurs académiques 35 0 25'), ('25', '35 0 25 50'), ('50', '0 25 50 75'),
                 ('75', '25 50 75 100'), ('100', '50 75 100 Un autre regard')]:
    N('02', 2, tk, sent, 'scale', exempt=tk in ('75', '100'))
N('02', 2, 'mai-juin 2016', "L'enquête Associations & Partenariats, menée en mai-juin 2016", 'date')
F('02', 2, '1 380', 1380, 'people', 'responsables associatifs', 'responsables associatifs', 'sentence',
  "nombre de responsables associatifs interrogés", 2016,
  "L'enquête Associations & Partenariats, menée en mai-juin 2016 auprès de plus de 1 380 responsables associatifs",
  'count qualifier_plus_de year_in_sentence nbsp_thousands', year_alt=2017)
_rows = [('Collectivités territoriales 74', '74', 74, 'part citant les collectivités territoriales comme partenaires'),
         ('Associations, fondations 72', '72', 72, 'part citant associations et fondations comme partenaires'),
         ("Établissements d'enseignement 47", '47', 47,
          "part citant des établissements d'enseignement comme partenaires"),
         ('Entreprises 28', '28', 28, 'part citant des entreprises comme partenaires'),
         ("Structures d'insertion 22", '22', 22, "part citant des structures d'insertion comme partenaires"),
         ('Organismes de recherche 9', '9', 9, 'part citant des organismes de recherche comme partenaires')]
for sent, tx, v, meas in _rows:
    F('02', 2, tx, v, '%', 'associations', 'associations', 'table', meas, 2016, sent,
      'table unit_from_header actor_from_header measure_from_row year_from_context survey_named_earlier'
      + (' conflict' if v == 74 else ''), year_alt=2017)
F('02', 2, '2,5', 2.5, 'count', 'partenaires', 'associations', 'sentence', "nombre moyen de partenaires par association",
  2016, 'En moyenne, une association de cet échantillon compte 2,5 partenaires.',
  'count average decimal_count year_from_context survey_named_earlier', year_alt=2017)
N('02', 2, 'mars 2017', 'Source : Recherches & Solidarités et Le RAMEAU, mars 2017.', 'date')

# ---- page 3 : entreprises
for tx, v, meas in [('21 %', 21, 'part développant des partenariats avec les associations'),
                    ('33 %', 33, 'part souhaitant développer des partenariats avec les associations'),
                    ('46 %', 46, 'part ne souhaitant pas développer de partenariats avec les associations')]:
    F('02', 3, tx, v, '%', 'entreprises', 'entreprises', 'table', meas, 2011,
      '21 % 33 % 46 % développent des partenariats',
      'chart stacked_bar label_separated measure_from_label actor_from_header year_from_source_line'
      + (' negation' if v == 46 else ''))
N('02', 3, 'janvier 2011', 'Source : étude ARPEA Entreprises & Territoires, janvier 2011.', 'date')
N('02', 3, '29 février 2016', "Qui s'engage ? La note du 29 février 2016", 'date')
_m = 'part engagée dans au moins un partenariat associations-entreprises'
F('02', 3, '37 %', 37, '%', 'entreprises', "entreprises d'au moins 10 salariés", 'sentence', _m, 2016,
  "2016 37 % des entreprises d'au moins 10 salariés",
  'key_figure pop_after threshold_in_sentence year_from_heading measure_from_context')
N('02', 3, '10', "37 % des entreprises d'au moins 10 salariés", 'threshold')
F('02', 3, '38 %', 38, '%', 'associations', 'associations', 'sentence', _m, 2016, '38 % des associations…',
  'key_figure pop_after year_from_heading measure_from_context')
F('02', 3, '53 %', 53, '%', 'associations employeuses', 'associations employeuses', 'sentence', _m, 2016,
  '53 % … et des associations employeuses', 'key_figure pop_after ellipsis year_from_heading measure_from_context')
F('02', 3, '65 %', 65, '%', 'pionniers', 'pionniers', 'sentence', _m, 2016, '65 % chez les pionniers',
  'key_figure pop_after year_from_heading measure_from_context')
F('02', 3, '84 %', 84, '%', 'dirigeants', "dirigeants d'entreprise", 'sentence', "part ayant envie d'alliance", None,
  "84 % des dirigeants d'entreprise ont envie d'alliance.", 'key_figure pop_after no_date')
F('02', 3, '81 %', 81, '%', 'dirigeants', "dirigeants d'entreprise", 'context',
  "part voyant dans les partenariats une source d'innovation", None,
  "81 % d'entre eux voient dans les partenariats une source d'innovation.",
  'key_figure pronoun no_year_impact')

# ---- page 4 : citoyens
F('02', 4, '86', 86, '%', 'Français', 'Français', 'table', 'part jugeant urgent de créer des partenariats', 2008,
  'en % des Français · études ARPEA 86 84 2008 2012',
  'chart line_chart unit_from_header actor_from_header measure_from_header year_from_axis')
F('02', 4, '84', 84, '%', 'Français', 'Français', 'table', 'part jugeant urgent de créer des partenariats', 2012,
  'en % des Français · études ARPEA 86 84 2008 2012',
  'chart line_chart unit_from_header actor_from_header measure_from_header year_from_axis')
N('02', 4, '2008', 'ARPEA 86 84 2008 2012 Source', 'year')
N('02', 4, '2012', 'ARPEA 86 84 2008 2012 Source', 'year')
F('02', 4, '69 %', 69, '%', 'Français', 'Français', 'sentence', "part jugeant que s'allier est un devoir", 2015,
  '69 % des Français le pensaient en septembre 2015 (PHARE-Citoyens).',
  'box pop_after year_in_sentence measure_from_heading')
N('02', 4, 'septembre 2015', '69 % des Français le pensaient en septembre 2015', 'date')
F('02', 4, '81 %', 81, '%', 'Français', 'Français', 'context', "part jugeant que s'allier est un devoir", None,
  "Repère plus récent : ils sont 81 % à juger que s'allier est un devoir.", 'box pronoun no_date near_dated_figures')
N('02', 4, 'deux', 'Les deux chiffres ne viennent pas de la même enquête.', 'other')
for tx, v, lab, meas in [('49 %', 49, 'Emploi', "part attendant un impact fort sur l'emploi"),
                         ('46 %', 46, 'Développement économique',
                          'part attendant un impact fort sur le développement économique'),
                         ('42 %', 42, 'Environnement', "part attendant un impact fort sur l'environnement"),
                         ('36 %', 36, 'Précarité et éducation',
                          'part attendant un impact fort sur la précarité et l\'éducation')]:
    F('02', 4, tx, v, '%', 'Français', 'Français', 'context', meas, 2015, tx + ' ' + lab,
      'key_figure measure_from_label year_from_source_line' + (' one_value_two_measures' if v == 36 else ''))
N('02', 4, 'septembre 2015', 'Source : PHARE-Citoyens, septembre 2015, plus de 2 000', 'date')
F('02', 4, '2 000', 2000, 'people', 'personnes', 'personnes interrogées', 'sentence',
  'nombre de personnes interrogées pour PHARE-Citoyens', 2015,
  'Source : PHARE-Citoyens, septembre 2015, plus de 2 000 personnes interrogées.',
  'count source_line qualifier_plus_de year_in_sentence')
F('02', 4, '74 %', 74, '%', 'Français', 'Français', 'sentence', "part voyant dans les partenariats une source d'innovation",
  None, "74 % des Français voient dans les partenariats une source d'innovation.",
  'key_figure pop_after no_year_impact')

# =====================================================================================================
# obs-t-03 — fiche méthode (January 2025)
# =====================================================================================================
for p in (1, 2, 3):
    N('03', p, 'janvier 2025', 'Observatoire des partenariats · janvier 2025', 'date')
N('03', 1, '1', 'Fiche méthode — 1 Citer', 'page number')
N('03', 2, '2', 'Fiche méthode — 2 Q2', 'page number')
N('03', 3, '3', 'Fiche méthode — 3 Q4', 'page number')

# ---- page 1
N('03', 1, 'trois', "Un chiffre n'a de sens qu'avec trois repères", 'other')
N('03', 1, 'Tableau 1', 'Tableau 1 – Les enquêtes citées dans cette fiche', 'other')
F('03', 1, '2 000', 2000, 'people', 'répondants', 'Français', 'table', 'nombre de répondants de PHARE-Citoyens', 2015,
  'PHARE-Citoyens Français non précisé plus de 2 000 septembre 2015',
  'table count qualifier_plus_de actor_from_row unit_from_header year_in_row nbsp_thousands')
N('03', 1, 'septembre 2015', 'plus de 2 000 septembre 2015', 'date')
F('03', 1, '1 380', 1380, 'people', 'répondants', 'responsables associatifs', 'table',
  'nombre de répondants de l\'enquête Associations & Partenariats', 2016,
  'Associations & Partenariats responsables mai-juin 2016 plus de 1 380 mars 2017',
  'table count qualifier_plus_de actor_from_row year_in_row interleaved_cells nbsp_thousands', year_alt=2017)
N('03', 1, 'mai-juin 2016', 'Associations & Partenariats responsables mai-juin 2016', 'date')
N('03', 1, 'mars 2017', 'plus de 1 380 mars 2017', 'date')
F('03', 1, '302', 302, 'people', 'répondants', 'maires', 'table', 'nombre de maires interrogés', 2024,
  'IMPACTS & TRAJECTOIRES – Élus maires 30 sept. – 28 oct. 2024, par 302 novembre 2024',
  'table count actor_from_row year_in_row interleaved_cells date_in_sentence')
N('03', 1, '30 sept.', 'Élus maires 30 sept. – 28 oct. 2024', 'date')
N('03', 1, '28 oct. 2024', 'Élus maires 30 sept. – 28 oct. 2024', 'date')
N('03', 1, 'novembre 2024', 'par 302 novembre 2024 locaux', 'date')
F('03', 1, '42', 42, 'count', 'fondations', 'fondations', 'table', 'nombre de fondations interrogées', None,
  'IMPACT – Fondations & fondations non précisé 42 23 septembre',
  'table count actor_from_row no_date date_adjacent_to_figure interleaved_cells')
N('03', 1, '23 septembre', 'non précisé 42 23 septembre Territoires', 'date')
N('03', 1, 'Q1', 'Q1 Quelle date retenir ?', 'other')
N('03', 1, 'deux', 'Une enquête a deux dates', 'other')
N('03', 1, 'printemps 2016', 'a été menée au printemps 2016', 'date')
N('03', 1, 'mars 2017', 'mais publiée en mars 2017 ;', 'date')
F('03', 1, '2,5', 2.5, 'count', 'partenaires', 'associations', 'sentence', 'nombre moyen de partenaires par association',
  2016, 'comme les 2,5 partenaires déclarés en moyenne par association, datent du terrain.',
  'count average decimal_count year_from_context survey_named_earlier', year_alt=2017)
N('03', 1, '2017', 'Citer « en 2017 » reste admis', 'year')
N('03', 1, '23 septembre', 'publication, un 23 septembre : faute', 'date')
F('03', 1, '92 %', 92, '%', 'maires', 'maires', 'sentence', "part disant avoir besoin d'alliance", None,
  "Certains chiffres circulent enfin sans aucune date, comme les 92 % de maires qui disent avoir besoin d'alliance.",
  'pop_after no_date')

# ---- page 2
N('03', 2, 'Q2', 'Q2 Qui est compté ?', 'other')
N('03', 2, 'novembre 2024', 'IMPACTS & TRAJECTOIRES – Élus locaux (novembre 2024)', 'date')
F('03', 2, '84 %', 84, '%', 'répondants', 'répondants', 'sentence',
  'part de maires de petites communes parmi les répondants', 2024,
  'Dans l\'enquête IMPACTS & TRAJECTOIRES – Élus locaux (novembre 2024), 84 % des répondants sont maires de communes '
  'de moins de 2 000 habitants',
  'pop_after threshold_in_sentence year_in_sentence survey_named_in_sentence')
N('03', 2, '2 000', 'de communes de moins de 2 000 habitants :', 'threshold')
N('03', 2, '29 février 2016', 'la note du 29 février 2016 distingue', 'date')
_s = ('De même, la note du 29 février 2016 distingue les associations dans leur ensemble (38 %) des seules associations '
      'employeuses (53 %) : la seconde population est incluse dans la première.')
_m = 'part engagée dans un partenariat associations-entreprises'
F('03', 2, '38 %', 38, '%', 'associations', 'associations', 'sentence', _m, 2016, _s,
  'multi_pop parenthetical pop_before year_in_sentence measure_from_context')
F('03', 2, '53 %', 53, '%', 'associations employeuses', 'associations employeuses', 'sentence', _m, 2016, _s,
  'multi_pop parenthetical pop_before year_in_sentence measure_from_context box',
  also=[('« Parmi les associations employeuses, 53 % étaient engagées dans un partenariat en 2016. »', '53 %')])
N('03', 2, 'seconde', 'la seconde population est incluse', 'ordinal')
N('03', 2, 'première', 'est incluse dans la première.', 'ordinal')
F('03', 2, '50 %', 50, '%', 'associations', 'associations dont le budget dépasse 150 000 €', 'sentence',
  'part ayant un partenaire entreprise', 2016,
  "Selon l'enquête Associations & Partenariats, 50 % des associations dont le budget dépasse 150 000 € ont un "
  "partenaire entreprise",
  'multi_pop pop_after threshold_in_sentence money_threshold_nearby year_from_other_page', year_alt=2017)
N('03', 2, '150 000 €', 'dont le budget dépasse 150 000 € ont', 'threshold')
F('03', 2, '20 %', 20, '%', 'associations', 'associations dont le budget est inférieur à 10 000 €', 'sentence',
  'part ayant un partenaire entreprise', 2016,
  'contre 20 % de celles dont le budget est inférieur à 10 000 €.',
  'multi_pop pronoun ellipsis threshold_in_sentence money_threshold_nearby year_from_other_page', year_alt=2017)
N('03', 2, '10 000 €', 'dont le budget est inférieur à 10 000 €.', 'threshold')
N('03', 2, '2016', 'engagées dans un partenariat en 2016. »', 'year')
N('03', 2, 'seconde', 'La seconde phrase oublie', 'ordinal')
N('03', 2, 'Q3', 'Q3 Une note sur 10', 'other')
N('03', 2, '10', 'Q3 Une note sur 10, comment la lire ?', 'scale')
N('03', 2, 'septembre 2015', 'Les notes de PHARE-Citoyens (septembre 2015)', 'date')
N('03', 2, '0 à 10', 'vont de 0 à 10.', 'scale')
F('03', 2, '7,1', 7.1, '/10', 'note', 'Français', 'sentence', "note de l'effet des alliances sur l'emploi", 2015,
  "La note moyenne que les Français donnent à l'effet des alliances sur l'emploi, 7,1, n'est pas un pourcentage",
  'mark10 unit_from_context pop_before survey_named_earlier apposition')
N('03', 2, '71 %', "elle ne se lit pas « 71 % ».", 'other')
F('03', 2, '6,5', 6.5, '/10', 'note', 'Français', 'context', "note de l'effet des alliances sur le développement économique",
  2015, '6,5 pour le développement économique', 'mark10 unit_from_context survey_named_earlier')
F('03', 2, '6,3', 6.3, '/10', 'note', 'Français', 'context',
  "note de l'effet des alliances sur l'environnement et l'exclusion", 2015,
  "6,3 pour l'environnement comme pour l'exclusion.",
  'mark10 unit_from_context one_value_two_measures survey_named_earlier')

# ---- page 3
N('03', 3, 'Q4', 'Q4 Deux sources divergent', 'other')
N('03', 3, 'Deux', 'Q4 Deux sources divergent', 'other')
N('03', 3, 'deux', 'Citez les deux, chacune avec sa date', 'other')
N('03', 3, 'tableau 2', 'Le tableau 2 recense les écarts connus.', 'other')
N('03', 3, 'Tableau 2', 'Tableau 2 – Quelques écarts connus', 'other')
N('03', 3, 'sur 10', 'Note de la sécurité (PHARE-Citoyens, sur 10)', 'scale')
F('03', 3, '6,6', 6.6, '/10', 'note', 'Français', 'context', 'note de la sécurité', 2015,
  'Note de la sécurité (PHARE-Citoyens, sur 10) 6,6 7',
  'table unit_from_row measure_from_row conflict year_from_other_page')
F('03', 3, '7', 7, '/10', 'note', 'Français', 'context', 'note de la sécurité', 2015,
  'Note de la sécurité (PHARE-Citoyens, sur 10) 6,6 7',
  'table unit_from_row measure_from_row conflict year_from_other_page')
F('03', 3, '74 %', 74, '%', 'Français', 'Français', 'sentence',
  "part voyant dans les partenariats une source d'innovation", None, '(programme IMPACT) 74 % des Français',
  'table measure_from_row conflict no_year_impact pop_after')
F('03', 3, '69 %', 69, '%', 'citoyens', 'citoyens', 'sentence',
  "part voyant dans les partenariats une source d'innovation", None, '74 % des Français 69 % des citoyens',
  'table measure_from_row conflict no_year_impact pop_after')
F('03', 3, '11', 11, 'count', 'territoires pionniers', 'territoires pionniers', 'sentence',
  "nombre de territoires du parcours d'expérience du CGET", None,
  "Parcours d'expérience du CGET 11 territoires pionniers",
  'table count measure_from_row conflict no_date')
F('03', 3, '10', 10, 'count', 'territoires pilotes', 'territoires pilotes', 'sentence',
  "nombre de territoires du parcours d'expérience du CGET", None, '11 territoires pionniers 10 territoires pilotes',
  'table count measure_from_row conflict no_date')
N('03', 3, '2008', "Création de l'Observatoire 2008 2007", 'year')
N('03', 3, '2007', "Création de l'Observatoire 2008 2007", 'year')
N('03', 3, '2011', '(documents de 2011 et 2012)', 'year')
N('03', 3, '2012', '(documents de 2011 et 2012)', 'year')
N('03', 3, '2013-2018', 'Programme PHARE 2013-2018 2013-2017', 'year')
N('03', 3, '2013-2017', 'Programme PHARE 2013-2018 2013-2017', 'year')
N('03', 3, '30 novembre 2021', 'Lancement de la Charte du faire alliance 30 novembre 2021', 'date')
N('03', 3, '30 septembre', 'mardi 30 septembre', 'date')
N('03', 3, 'Q5', 'Q5 Quelques mots à connaître', 'other')
N('03', 3, 'Premier', "ARPEA. Premier programme de l'Observatoire", 'ordinal')
N('03', 3, '2008-2012', "Premier programme de l'Observatoire (2008-2012)", 'year')
F('03', 3, 'Trois', 3, 'count', 'intitulés', None, None, "nombre d'intitulés du programme ARPEA", None,
  'Trois intitulés coexistent', 'count number_in_words no_date')
N('03', 3, 'ODD 17', "de la plateforme consacrée à l'ODD 17.", 'other')
N('03', 3, 'ODD 17', 'ODD 17. Dernier des objectifs', 'other')
F('03', 3, '19', 19, 'count', 'cibles', None, None, "nombre de cibles de l'objectif partenariats", None,
  'il compte 19 cibles.', 'count no_date')
F('03', 3, 'cinq', 5, 'years', None, None, None, 'périodicité des programmes d\'études', None,
  "un programme d'études tous les cinq ans.", 'duration number_in_words no_date')

# =====================================================================================================
# obs-t-04 — compte rendu de webinaire (no year printed anywhere)
# =====================================================================================================
for p in (1, 2, 3, 4):
    N('04', p, 'ODD 17', "Cycle « l'ODD 17 en pratique » Webinaire", 'other')
    N('04', p, '26 novembre', 'Webinaire du 26 novembre p.', 'date')
    N('04', p, 'p. %d/4' % p, 'p. %d/4' % p, 'page number')

# ---- page 1
N('04', 1, '5e', "5e webinaire « l'ODD 17 en pratique » Diffusé", 'ordinal')
N('04', 1, 'ODD 17', "5e webinaire « l'ODD 17 en pratique » Diffusé", 'other')
N('04', 1, '26 novembre', 'Diffusé en direct le 26 novembre', 'date')
N('04', 1, '11 h', 'de 11 h à 12 h 30', 'date')
N('04', 1, '12 h 30', 'de 11 h à 12 h 30', 'date')
N('04', 1, '1.', "1. L'ODD 17 en quelques mots", 'other')
N('04', 1, 'ODD 17', "1. L'ODD 17 en quelques mots", 'other')
N('04', 1, '2.', '2. Ce que disent les données', 'other')
N('04', 1, '3.', '3. Agir en territoire', 'other')
N('04', 1, '4.', '4. Questions du chat', 'other')
N('04', 1, '00:00', '00:00 Animation', 'date')
N('04', 1, 'cinquième', 'Bienvenue à ce cinquième rendez-vous du cycle.', 'ordinal')
N('04', 1, '15 novembre', 'le 15 novembre, JURIS Associations', 'date')
N('04', 1, 'n° 628', 'a publié son dossier n° 628', 'other')
N('04', 1, '23 novembre', "le 23 novembre s'est tenu le 3e dîner", 'date')
N('04', 1, '3e', "le 23 novembre s'est tenu le 3e dîner", 'ordinal')
N('04', 1, 'onzième', 'et le onzième rapport régional', 'ordinal')
N('04', 1, '00:04', '00:04 Anne Robin', 'date')
N('04', 1, 'ODD 17', "L'ODD 17 est le seul des objectifs", 'other')
F('04', 1, '19', 19, 'count', 'cibles', None, None, "nombre de cibles de l'objectif partenariats", None,
  'Il se décline en 19 cibles.', 'count no_date undated_document')
N('04', 1, 'Comité 21', 'la note du Comité 21', 'other')
N('04', 1, 'ODD 17', '« ODD 17 : Sens, décryptages, déclinaisons »', 'other')
N('04', 1, '5 juillet', 'parue un 5 juillet.', 'date')
N('04', 1, '00:09', '00:09 Anne Robin', 'date')

# ---- page 2
N('04', 2, '00:12', '00:12 Anne Robin', 'date')
F('04', 2, '92 %', 92, '%', 'maires', 'maires', 'sentence', "part reconnaissant l'utilité de la co-construction", None,
  "Les maires sont 92 % à reconnaître l'utilité de la co-construction.",
  'pop_before no_date undated_document timecode_nearby')
F('04', 2, 'soixante-quatre pour cent', 64, '%', 'élus', 'élus locaux', 'sentence',
  "part voulant s'appuyer sur le « jouer collectif »", None,
  "Et quand on interroge plus largement les élus locaux, soixante-quatre pour cent veulent s'appuyer sur le « jouer "
  "collectif ».",
  'number_in_words percent_in_words compound_number_word pop_before no_date undated_document')
N('04', 2, '00:17', '00:17 Anne Robin', 'date')
F('04', 2, '148 000', 148000, 'count', 'associations employeuses', 'associations employeuses', 'sentence',
  "nombre d'associations employeuses couvertes par l'étude", None,
  "Côté associations, l'étude IMPACT – Associations & Territoires porte sur les 148 000 associations employeuses.",
  'count undated_study undated_document nbsp_thousands')
F('04', 2, '98 %', 98, '%', 'associations', 'associations employeuses', 'context', 'part ayant noué des partenariats',
  None, "Presque toutes ont noué des partenariats : 98 % d'entre elles.",
  'pronoun undated_study undated_document chat',
  also=[('« Ces 98 % valent-ils aussi pour les petites associations sans salarié ? »', '98 %')])
_s = ("Celles-ci privilégient le mécénat (75 %), devant l'innovation sociétale (73 %) et les pratiques responsables "
      "(70 %).")
for tx, v, meas in [('75 %', 75, 'part pratiquant le mécénat'), ('73 %', 73, "part pratiquant l'innovation sociétale"),
                    ('70 %', 70, 'part pratiquant des partenariats de pratiques responsables')]:
    F('04', 2, tx, v, '%', 'associations', 'associations employeuses', 'context', meas, None, _s,
      'pronoun celles_ci multi_same_pop parenthetical undated_study undated_document')
F('04', 2, '58 %', 58, '%', 'associations', 'associations employeuses', 'context',
  'part pratiquant la coopération économique', None, 'La coopération économique, elle, en concerne 58 %.',
  'pronoun figure_last undated_study undated_document')
N('04', 2, '00:26', '00:26 Anne Robin', 'date')
N('04', 2, '23 septembre', 'publiée le 23 septembre, a interrogé', 'date')
F('04', 2, 'quarante-deux', 42, 'count', 'fondations', 'fondations', 'sentence', 'nombre de fondations interrogées',
  None, "L'étude IMPACT – Fondations & Territoires, publiée le 23 septembre, a interrogé quarante-deux fondations",
  'count number_in_words compound_number_word date_in_sentence no_date undated_document')

# ---- page 3
N('04', 3, '00:31', '00:31 Charles-Benoît Heidsieck', 'date')
F('04', 3, '500', 500, 'count', 'organisations', 'organisations', 'sentence',
  'nombre d\'organisations associées aux expérimentations du RAMEAU', None,
  'Le RAMEAU a mené des expérimentations auprès de plus de 500 organisations',
  'count qualifier_plus_de no_date undated_document')
F('04', 3, '1 000', 1000, 'count', 'exemples inspirants', None, None, "nombre d'exemples inspirants recensés", None,
  'et recensé plus de 1 000 exemples inspirants.', 'count qualifier_plus_de no_date undated_document')
N('04', 3, '2010', 'Dès 2010, la démarche', 'year')
F('04', 3, 'trois', 3, 'count', 'territoires pilotes', 'territoires pilotes', 'sentence',
  'nombre de territoires pilotes de la démarche', 2010,
  "Dès 2010, la démarche « Agir ensemble en Territoire » a ouvert la voie, après l'étude ARPEA-Collectivités "
  "locales, avec trois territoires pilotes",
  'count number_in_words year_in_sentence')
F('04', 3, 'onze', 11, 'count', 'territoires pionniers', 'territoires pionniers', 'sentence',
  "nombre de territoires du parcours d'expérience du CGET", None,
  "le parcours d'expérience conduit avec le CGET a réuni onze territoires pionniers",
  'count number_in_words no_date undated_document conflict')
N('04', 3, 'première', "la première session s'est tenue un 3 mai.", 'ordinal')
N('04', 3, '3 mai', "la première session s'est tenue un 3 mai.", 'date')
N('04', 3, '2 000', "Un élu d'une commune de moins de 2 000 habitants", 'threshold')
F('04', 3, '19', 19, 'count', 'cibles', None, None, "nombre de cibles de l'objectif partenariats", None,
  '« Où retrouver le détail des 19 cibles ? »', 'count chat no_date undated_document')
N('04', 3, 'www.odd17.org', 'Sur www.odd17.org, qui rassemble', 'other')

# ---- page 4
N('04', 4, '1.', "1. Le diaporama et l'enregistrement", 'other')
N('04', 4, '2.', '2. La note du Comité 21 est jointe', 'other')
N('04', 4, 'Comité 21', '2. La note du Comité 21 est jointe', 'other')
N('04', 4, '3.', '3. Prochain rendez-vous', 'other')
N('04', 4, '6e', 'le 6e webinaire du cycle, en janvier.', 'ordinal')
F('04', 4, '92 %', 92, '%', 'maires', 'maires', 'table', "part reconnaissant l'utilité de la co-construction", None,
  '92 % utilité de la co-construction maires', 'table recap_table actor_from_header measure_from_row no_date '
  'undated_document')
F('04', 4, '64 %', 64, '%', 'élus', 'élus locaux', 'table', "part voulant s'appuyer sur le « jouer collectif »", None,
  '64 % appui sur le « jouer collectif » élus locaux', 'table recap_table measure_from_row no_date undated_document')
F('04', 4, '98 %', 98, '%', 'associations', 'associations employeuses', 'table', 'part ayant noué des partenariats', None,
  '98 % partenariats noués associations employeuses', 'table recap_table measure_from_row undated_study '
  'undated_document')
F('04', 4, '75 %', 75, '%', 'associations', 'associations employeuses', 'table', 'part pratiquant le mécénat', None,
  '75 % mécénat associations employeuses', 'table recap_table measure_from_row undated_study undated_document')
F('04', 4, '42', 42, 'count', 'fondations', 'fondations', 'table', 'nombre de fondations interrogées', None,
  '42 fondations interrogées – IMPACT', 'table recap_table count measure_from_row no_date undated_document')
F('04', 4, '19', 19, 'count', 'cibles', None, None, "nombre de cibles de l'objectif partenariats", None,
  "19 cibles de l'ODD 17 – note du Comité 21", 'table recap_table count no_date undated_document')
N('04', 4, 'ODD 17', "19 cibles de l'ODD 17 –", 'other')
N('04', 4, 'Comité 21', "– note du Comité 21 Les chiffres", 'other')

# =====================================================================================================
# obs-t-05 — dépliant, three panels recto-verso (September 2022)
# =====================================================================================================
# ---- page 1 (outside: cover, flap, back)
F('05', 1, '15', 15, 'years', None, None, None, 'durée de recherche du RAMEAU', None,
  "15 5 ans de recherche ans d'étude d'impact",
  'duration key_figure_box label_separated unit_from_label measure_from_label no_date cover')
F('05', 1, '5', 5, 'years', None, None, None, "durée d'étude d'impact", None, "15 5 ans de recherche ans d'étude d'impact",
  'duration key_figure_box label_separated unit_from_label measure_from_label no_date cover')
N('05', 1, 'septembre 2022', 'Édition septembre 2022', 'date')
N('05', 1, '14 juin 2022', "Créée le 14 juin 2022 sous l'égide", 'date')
F('05', 1, '21', 21, 'count', 'co-fondateurs', 'co-fondateurs', 'sentence',
  'nombre de co-fondateurs de la Fondation des Territoires', 2022,
  "Créée le 14 juin 2022 sous l'égide de la Fondation de Lille, elle réunit 21 co-fondateurs",
  'count date_in_sentence year_in_sentence')
for k, (a, b) in enumerate([('juillet 2018', 'juillet 2019'), ('août 2019', 'novembre 2020'),
                            ('décembre 2020', 'mai 2022')], 1):
    N('05', 1, 'Étape %d' % k, 'Étape %d %s' % (k, a), 'other')
    N('05', 1, a, 'Étape %d %s' % (k, a), 'date')
    N('05', 1, b, '%s – %s' % (a, b), 'date')
N('05', 1, '30 novembre 2021', 'lancée le 30 novembre 2021.', 'date')
N('05', 1, '2006', "Le RAMEAU est une association d'intérêt général créée en 2006.", 'year')
F('05', 1, 'trois', 3, 'count', 'missions', None, None, 'nombre de missions du RAMEAU', None,
  "il s'est donné trois missions, dont celle de témoigner.", 'count number_in_words no_date')

# ---- page 2 (inside, three panels)
N('05', 2, '2006', 'Depuis 2006, Le RAMEAU a mené', 'year')
F('05', 2, '500', 500, 'count', 'organisations', 'organisations', 'sentence',
  "nombre d'organisations associées aux expérimentations du RAMEAU", '2006-2022',
  'Depuis 2006, Le RAMEAU a mené des expérimentations auprès de plus de 500 organisations.',
  'count qualifier_plus_de period_since year_in_sentence')
F('05', 2, '1.000', 1000, 'count', 'exemples inspirants', None, None, "nombre d'exemples inspirants recensés", None,
  "Ses travaux s'appuient sur plus de 1.000 exemples inspirants", 'count qualifier_plus_de dot_thousands no_date')
N('05', 2, '2008', 'Créé en 2008 par la Caisse des Dépôts', 'year')
for prog, per, tx, v, noun, meas in [('ARPEA', '2008-2012', '10', 10, 'volets', 'nombre de volets du programme ARPEA'),
                                     ('PHARE', '2013-2018', '6', 6, 'volets', 'nombre de volets du programme PHARE'),
                                     ('IMPACT', '2018-2022', '3', 3, 'axes', "nombre d'axes du programme IMPACT")]:
    N('05', 2, per, '%s %s %s %s' % (prog, per, tx, noun), 'year')
    F('05', 2, tx, v, 'count', noun, None, None, meas, per, '%s %s %s %s' % (prog, per, tx, noun),
      'table count year_in_row measure_from_header')
N('05', 2, 'ODD 17', 'Agir : le Fonds ODD 17', 'other')
N('05', 2, '2020', 'Co-créé en 2020 par Le RAMEAU', 'year')
N('05', 2, 'ODD 17', 'le Fonds ODD 17 a reçu', 'other')
_s = ('Co-créé en 2020 par Le RAMEAU et la Fondation TotalEnergies, le Fonds ODD 17 a reçu une dotation de 1,5 M€ pour '
      'une expérimentation sur 3 ans.')
F('05', 2, '1,5 M€', 1500000, '€', None, None, None, 'dotation du Fonds pour une expérimentation', 2020, _s,
  'money year_in_sentence multi_figures')
F('05', 2, '3', 3, 'years', None, None, None, "durée de l'expérimentation financée par le Fonds", 2020, _s,
  'duration year_in_sentence multi_figures')
F('05', 2, '350', 350, 'count', 'catalyseurs territoriaux', 'catalyseurs territoriaux', 'sentence',
  'nombre de catalyseurs territoriaux mobilisés par le Fonds', 2020,
  "Il s'appuie sur 350 « catalyseurs territoriaux »", 'count pronoun_subject year_from_context')
