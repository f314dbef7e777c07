# -*- coding: utf-8 -*-
"""Hand-written gold items of set U.  F(...) = figure, N(...) = non-figure.

F(file, page, text, value, unit, noun, actor, actor_source, measure, year, sentence, cases,
  year_alt=..., also=[(line, text), ...])
N(file, page, text, sentence, why)
`sentence` is copied from the whitespace-collapsed pypdf text of the page.
"""
FIGS, NONS = [], []
_NA = object()


def F(f, p, text, value, unit, noun, actor, asrc, measure, year, sentence, cases, year_alt=_NA,
      also=None):
    d = dict(file=f, page=p, text=text, value=value, unit=unit, noun=noun, actor=actor,
             actor_source=asrc, measure=measure, year=year, sentence=sentence, cases=list(cases))
    if year_alt is not _NA:
        d['year_alt'] = year_alt
    if also:
        d['also'] = list(also)
    FIGS.append(d)


def N(f, p, text, sentence, why):
    NONS.append(dict(file=f, page=p, text=text, sentence=sentence, why=why))


# ===========================================================================
# 01  La Lettre de l'Observatoire n° 12, avril 2017
# ===========================================================================
D = '01'
# ---- page 1
N(D, 1, 'N° 12', 'N° 12 · avril 2017', 'other')
N(D, 1, 'avril 2017', 'N° 12 · avril 2017', 'date')
S = ('Publié le 29 novembre 2016, PHARE-Institutions est le dernier des six volets du programme '
     'PHARE (2013-2018)1.')
N(D, 1, '29 novembre 2016', S, 'date')
N(D, 1, '2013-2018', S, 'year')
N(D, 1, '1', S, 'footnote')
F(D, 1, 'six', 6, 'count', 'volets', None, None, 'volets du programme PHARE', '2013-2018', S,
  ['count', 'number_in_words', 'chapeau', 'year_in_sentence', 'conflict', 'footnote_glued'],
  year_alt='2013-2017')
S = ("Son enseignement tient en un chiffre : les maires sont 87 % à voir dans les partenariats une "
     "source d'innovation pour leur territoire.")
F(D, 1, '87 %', 87, '%', 'maires', 'maires', 'sentence',
  "voient dans les partenariats une source d'innovation pour leur territoire", 2016, S,
  ['pop_before', 'survey_named_earlier', 'year_from_context'])
S = "L'étude distingue aussi cinq profils de maires, selon la façon dont chacun aborde la co-construction."
F(D, 1, 'cinq', 5, 'count', 'profils', None, None, 'profils de maires distingués par PHARE-Institutions',
  2016, S, ['count', 'number_in_words', 'survey_named_earlier', 'year_from_context'])
S = ("En juillet 2016 paraissaient les diagnostics sectoriels ; les treize rapports régionaux, eux, "
     "ont été publiés tout au long de l'année.")
N(D, 1, 'juillet 2016', S, 'date')
F(D, 1, 'treize', 13, 'count', 'rapports régionaux', None, None, 'rapports régionaux PHARE publiés',
  2016, S, ['count', 'number_in_words', 'year_in_sentence', 'date_in_sentence'])
S = ("Pour mémoire, le volet Citoyens, paru en septembre 2015, reposait sur plus de 2 000 personnes "
     "interrogées ; les volets Entreprises et Associations ont suivi en octobre puis en novembre 2015.")
N(D, 1, 'septembre 2015', S, 'date')
F(D, 1, '2 000', 2000, 'people', 'personnes', 'personnes interrogées', 'sentence',
  "taille de l'échantillon de PHARE-Citoyens", 2015, S,
  ['qualifier_plus_de', 'nbsp_thousands', 'date_in_sentence', 'year_in_sentence', 'long_sentence'])
N(D, 1, 'novembre 2015', S, 'date')
S = "1. Certaines pages de présentation de l'Observatoire datent PHARE de 2013-2017."
N(D, 1, '1', S, 'footnote')
N(D, 1, '2013-2017', S, 'year')
N(D, 1, '2015', 'En 2015, les autres publics', 'year')
S = '69 % 81 % 86 %'
F(D, 1, '69 %', 69, '%', 'Français', 'Français', 'table', "parlent d'un « devoir d'alliance »", 2015, S,
  ['key_figure_box', 'label_separated', 'year_from_heading', 'measure_from_label', 'actor_from_label'])
F(D, 1, '81 %', 81, '%', 'dirigeants', "dirigeants d'entreprise", 'table',
  "voient dans les partenariats une source d'innovation", 2015, S,
  ['key_figure_box', 'label_separated', 'year_from_heading', 'measure_from_label', 'actor_from_label',
   'multi_pop'])
F(D, 1, '86 %', 86, '%', 'responsables', 'responsables associatifs', 'table',
  "voient dans les partenariats une source d'innovation (même constat)", 2015, S,
  ['key_figure_box', 'label_separated', 'year_from_heading', 'measure_from_context', 'actor_from_label',
   'multi_pop'])
N(D, 1, 'n° 11', "Lettre n° 11 : le dossier « Territoires ».", 'other')
S = "La Lettre de l'Observatoire des partenariats · n° 12 page 1 sur 3"
N(D, 1, 'n° 12', S, 'other')
N(D, 1, '1', 'page 1 sur', 'page number')
N(D, 1, '3', 'sur 3', 'page number')

# ---- page 2
for p in (2, 3):
    N(D, p, 'N° 12', "La Lettre de l'Observatoire N° 12 · avril 2017", 'other')
    N(D, p, 'avril 2017', "La Lettre de l'Observatoire N° 12 · avril 2017", 'date')
    N(D, p, 'n° 12', "La Lettre de l'Observatoire des partenariats · n° 12 page %d sur 3" % p, 'other')
    N(D, p, str(p), 'page %d sur' % p, 'page number')
N(D, 2, '3', 'sur 3', 'page number')
S = ("Publiée en mars 2017 par Recherches & Solidarités et Le RAMEAU, l'étude Associations & "
     "Partenariats s'appuie sur une enquête conduite en mai-juin 2016 auprès de plus de 1 380 "
     "responsables associatifs.")
N(D, 2, 'mars 2017', S, 'date')
N(D, 2, 'mai-juin 2016', S, 'date')
F(D, 2, '1 380', 1380, 'people', 'responsables associatifs', 'responsables associatifs', 'sentence',
  "répondants de l'enquête Associations & Partenariats", 2016, S,
  ['qualifier_plus_de', 'nbsp_thousands', 'year_in_sentence', 'two_dates_in_sentence', 'long_sentence'],
  year_alt=2017)
S = ("Les collectivités territoriales viennent en tête, citées par 74 % des associations, juste devant "
     "les associations et fondations (72 %).")
F(D, 2, '74 %', 74, '%', 'associations', 'associations', 'sentence',
  'citent les collectivités territoriales parmi leurs partenaires', 2016, S,
  ['pop_after', 'survey_named_earlier', 'year_from_context', 'pull_quote', 'multi_figures'], year_alt=2017,
  also=[("« 74 % des associations citent une collectivité parmi leurs partenaires. »", '74 %')])
F(D, 2, '72 %', 72, '%', 'associations', 'associations', 'sentence',
  'citent les associations et fondations parmi leurs partenaires', 2016, S,
  ['parenthetical', 'ellipsis', 'survey_named_earlier', 'year_from_context', 'multi_figures'],
  year_alt=2017)
S = ("Suivent les établissements d'enseignement (47 %) et les entreprises (28 %) ; les structures "
     "d'insertion et les organismes de recherche ferment la marche, avec respectivement 22 % et 9 %.")
for t, v, m, extra in [
        ('47 %', 47, "citent les établissements d'enseignement parmi leurs partenaires", ['parenthetical']),
        ('28 %', 28, 'citent les entreprises parmi leurs partenaires', ['parenthetical']),
        ('22 %', 22, "citent les structures d'insertion parmi leurs partenaires", ['respectivement']),
        ('9 %', 9, 'citent les organismes de recherche parmi leurs partenaires', ['respectivement'])]:
    F(D, 2, t, v, '%', 'associations', 'associations', 'context', m, 2016, S,
      extra + ['multi_figures', 'survey_named_earlier', 'year_from_context', 'long_sentence'],
      year_alt=2017)
S = 'En moyenne, chaque association déclare 2,5 partenaires.'
F(D, 2, '2,5', 2.5, 'count', 'partenaires', 'associations', 'sentence',
  'nombre moyen de partenaires par association', 2016, S,
  ['count', 'average', 'decimal_count', 'survey_named_earlier', 'year_from_context'], year_alt=2017)
S = ("Le budget pèse lourd : la moitié des associations dont le budget dépasse 150 000 € travaillent "
     "avec une entreprise, contre 20 % de celles dont le budget est inférieur à 10 000 €.")
F(D, 2, 'moitié', 50, '%', 'associations', 'associations dont le budget dépasse 150 000 €', 'sentence',
  'ont un partenariat avec une entreprise', 2016, S,
  ['number_in_words', 'fraction_in_words', 'money_threshold_nearby', 'multi_pop',
   'survey_named_earlier', 'year_from_context'], year_alt=2017)
N(D, 2, '150 000 €', S, 'threshold')
F(D, 2, '20 %', 20, '%', 'associations', 'associations dont le budget est inférieur à 10 000 €',
  'sentence', 'ont un partenariat avec une entreprise', 2016, S,
  ['pronoun', 'celles', 'money_threshold_nearby', 'multi_pop', 'survey_named_earlier',
   'year_from_context'], year_alt=2017)
N(D, 2, '10 000 €', S, 'threshold')
S = ("Le CGET et Le RAMEAU ont ouvert un parcours d'expérience avec onze territoires pionniers2 ; la "
     "1re session s'est tenue le 3 mai.")
F(D, 2, 'onze', 11, 'count', 'territoires pionniers', 'territoires pionniers', 'sentence',
  "territoires pionniers du parcours d'expérience CGET – Le RAMEAU", None, S,
  ['count', 'number_in_words', 'no_date', 'date_nearby', 'conflict', 'footnote_glued'])
N(D, 2, '2', S, 'footnote')
N(D, 2, '1re', S, 'ordinal')
N(D, 2, '3 mai', S, 'date')
N(D, 2, 'début 2014', "avait été publié début 2014.", 'date')
S = '2. Une autre présentation du même dispositif évoque 10 territoires pilotes.'
N(D, 2, '2', S, 'footnote')
F(D, 2, '10', 10, 'count', 'territoires pilotes', 'territoires pilotes', 'sentence',
  "territoires pilotes du même dispositif (autre présentation)", None, S,
  ['count', 'footnote_text', 'conflict', 'no_date'])

# ---- page 3
S = ("En 2008, 86 % des Français jugeaient urgent de créer des partenariats ; quatre ans plus tard, "
     "ils étaient encore 84 %.")
N(D, 3, '2008', S, 'year')
F(D, 3, '86 %', 86, '%', 'Français', 'Français', 'sentence', 'jugent urgent de créer des partenariats',
  2008, S, ['pop_after', 'year_in_sentence', 'two_years_one_sentence'])
N(D, 3, 'quatre ans plus tard', S, 'date')
F(D, 3, '84 %', 84, '%', 'Français', 'Français', 'sentence', 'jugent urgent de créer des partenariats',
  2012, S, ['pronoun', 'pronoun_subject', 'relative_date', 'year_computed', 'figure_last'])
S = "En 2015, le volet Citoyens de PHARE a interrogé les attentes."
N(D, 3, '2015', S, 'year')
S = ("Ils sont 49 % à espérer un impact fort sur l'emploi, 46 % sur le développement économique, 42 % "
     "sur l'environnement et 36 % sur la précarité comme sur l'éducation.")
for t, v, m, extra in [
        ('49 %', 49, "attendent des partenariats un impact fort sur l'emploi", ['pronoun_subject']),
        ('46 %', 46, 'attendent un impact fort sur le développement économique', ['ellipsis']),
        ('42 %', 42, "attendent un impact fort sur l'environnement", ['ellipsis']),
        ('36 %', 36, "attendent un impact fort sur la précarité et sur l'éducation",
         ['ellipsis', 'one_value_two_measures'])]:
    F(D, 3, t, v, '%', 'Français', 'Français', 'context', m, 2015, S,
      extra + ['pronoun', 'multi_same_pop', 'survey_named_earlier', 'year_from_context', 'long_sentence'])
S = "l'Observatoire3 a conduit ARPEA (2008-2012) en dix volets, puis PHARE."
N(D, 3, '3', S, 'footnote')
N(D, 3, '2008-2012', S, 'year')
F(D, 3, 'dix', 10, 'count', 'volets', None, None, 'volets du programme ARPEA', '2008-2012', S,
  ['count', 'number_in_words', 'year_in_sentence', 'box'])
S = ("Depuis sa création en 2006, Le RAMEAU a mené des expérimentations auprès de plus de 500 "
     "organisations.")
N(D, 3, '2006', S, 'year')
F(D, 3, '500', 500, 'count', 'organisations', 'organisations', 'sentence',
  'organisations auprès desquelles Le RAMEAU a mené des expérimentations', '2006-2017', S,
  ['count', 'qualifier_plus_de', 'period_since', 'box'])
for d in ['septembre 2015 PHARE-Citoyens', 'octobre 2015 PHARE-Entreprises',
          'novembre 2015 PHARE-Associations', 'juillet 2016 diagnostics sectoriels',
          '29 novembre 2016 PHARE-Institutions', 'mars 2017 Associations & Partenariats']:
    N(D, 3, d.split(' PHARE')[0].split(' diagnostics')[0].split(' Associations')[0], d, 'date')
S = '2016 13 rapports régionaux'
N(D, 3, '2016', S, 'year')
F(D, 3, '13', 13, 'count', 'rapports régionaux', None, None, 'rapports régionaux publiés', 2016, S,
  ['count', 'year_in_row', 'year_adjacent_to_figure', 'table'])
S = ("3. Le rapport quinquennal du 11 décembre 2012 présente l'Observatoire comme « créé en 2007 » ; "
     "ses présentations récentes retiennent 2008.")
N(D, 3, '3', S, 'footnote')
N(D, 3, '11 décembre 2012', S, 'date')
N(D, 3, '2007', S, 'year')
N(D, 3, '2008', S, 'year')
N(D, 3, '3', 'sur 3', 'page number')


# ===========================================================================
# 02  Annexe statistique, édition 2025
# ===========================================================================
D = '02'
HEAD = "Séries de l'Observatoire des partenariats · annexe statistique, édition 2025"
for p, part in [(1, 'A · Citoyens'), (2, 'B · Entreprises'), (3, 'C · Associations'), (4, 'D · Sources')]:
    N(D, p, '2025', HEAD, 'year')
    N(D, p, 'A-%d' % p, '%s A-%d' % (part, p), 'page number')
# ---- page 1
N(D, 1, 'A.1', 'Tableau A.1 — Urgence des partenariats (en % des Français)', 'other')
S = 'Indicateur ARPEA-Citoyens 2008 2012'
N(D, 1, '2008', S, 'year')
N(D, 1, '2012', S, 'year')
S = 'Jugent urgent de créer des partenariats 86 84'
F(D, 1, '86', 86, '%', 'Français', 'Français', 'table', 'jugent urgent de créer des partenariats', 2008,
  S, ['table', 'unit_from_header', 'actor_from_header', 'year_from_header', 'measure_from_row'])
F(D, 1, '84', 84, '%', 'Français', 'Français', 'table', 'jugent urgent de créer des partenariats', 2012,
  S, ['table', 'unit_from_header', 'actor_from_header', 'year_from_header', 'measure_from_row'])
S = "Tableau A.2 — Note moyenne donnée à l'action des partenariats, par enjeu (sur 10)"
N(D, 1, 'A.2', S, 'other')
N(D, 1, 'sur 10', S, 'scale')
for t, v, row, m, extra in [
        ('7,1', 7.1, 'Emploi 7,1', "note moyenne de l'action des partenariats pour l'emploi", []),
        ('6,6', 6.6, "Pouvoir d'achat ; sécuritéa 6,6",
         "note moyenne pour le pouvoir d'achat et pour la sécurité", ['one_value_two_measures', 'conflict']),
        ('6,5', 6.5, 'Développement économique 6,5', 'note moyenne pour le développement économique', []),
        ('6,3', 6.3, 'Environnement ; exclusion 6,3',
         "note moyenne pour l'environnement et pour l'exclusion", ['one_value_two_measures'])]:
    F(D, 1, t, v, '/10', 'note', 'Français', 'context', m, 2015, row,
      extra + ['table', 'mark10', 'unit_from_header', 'measure_from_row', 'year_from_source_line',
               'actor_from_source_line'])
S = 'Base : plus de 2 000 personnes interrogées.'
F(D, 1, '2 000', 2000, 'people', 'personnes', 'personnes interrogées', 'sentence',
  "taille de l'échantillon de PHARE-Citoyens", 2015, S,
  ['qualifier_plus_de', 'nbsp_thousands', 'source_line', 'year_from_source_line'])
N(D, 1, 'septembre 2015', 'Source : PHARE-Citoyens, septembre 2015.', 'date')
S = 'a. Une autre publication tirée de la même enquête attribue 7 sur 10 à la sécurité.'
F(D, 1, '7 sur 10', 7, '/10', 'note', 'Français', 'context', 'note moyenne pour la sécurité (autre publication)',
  2015, S, ['mark10', 'sur_10_in_words', 'footnote_text', 'conflict', 'year_from_context'])
S = 'Tableau A.3 — Deux questions, deux dates (en % des Français)'
N(D, 1, 'A.3', S, 'other')
N(D, 1, 'Deux', S, 'other')
N(D, 1, 'deux', S, 'other')
S = "Ressentent un « devoir d'alliance » 69 PHARE-Citoyens, 2015"
F(D, 1, '69', 69, '%', 'Français', 'Français', 'table', "ressentent un « devoir d'alliance »", 2015, S,
  ['table', 'unit_from_header', 'actor_from_header', 'year_in_row', 'measure_from_row'])
N(D, 1, '2015', S, 'year')
S = "Jugent la co-construction utile pour rebondir 81 données « sortie de crise », 2020"
F(D, 1, '81', 81, '%', 'Français', 'Français', 'table', 'jugent la co-construction utile pour rebondir après la crise',
  2020, S, ['table', 'unit_from_header', 'actor_from_header', 'year_in_row', 'measure_from_row'])
N(D, 1, '2020', S, 'year')
N(D, 1, '2015', "Lecture : en 2015, une majorité de Français parlaient d'un devoir d'alliance.", 'year')

# ---- page 2
S = 'Tableau B.1 — ARPEA Entreprises & Territoires, janvier 2011 : répartition des entreprises (en %)'
N(D, 2, 'B.1', S, 'other')
N(D, 2, 'janvier 2011', S, 'date')
for t, row, m in [('21', 'Développent des partenariats 21', 'développent des partenariats'),
                  ('33', 'Souhaitent en développer 33', 'souhaitent développer des partenariats'),
                  ('46', 'Ne le souhaitent pas 46', 'ne souhaitent pas développer de partenariats')]:
    F(D, 2, t, int(t), '%', 'entreprises', 'entreprises', 'table', m, 2011, row,
      ['table', 'unit_from_header', 'actor_from_header', 'year_from_caption', 'measure_from_row'])
N(D, 2, '100', 'Total 100', 'other')
S = ("Tableau B.2 — Organisations engagées dans des partenariats, selon la note d'analyse du "
     "29 février 2016")
N(D, 2, 'B.2', S, 'other')
N(D, 2, '29 février 2016', S, 'date')
S = "Entreprises d'au moins 10 salariés 37"
N(D, 2, '10', S, 'threshold')
F(D, 2, '37', 37, '%', 'entreprises', "entreprises d'au moins 10 salariés", 'table',
  'engagées dans des partenariats', 2016, S,
  ['table', 'unit_from_header', 'actor_from_row', 'measure_from_header', 'year_from_caption',
   'threshold_in_row'])
for t, row, actor, noun, extra in [
        ('38', 'Associations 38', 'associations', 'associations', []),
        ('53', 'dont associations employeuses 53', 'associations employeuses', 'associations', ['dont']),
        ('65', 'Entreprises pionnières 65', 'entreprises pionnières', 'entreprises', [])]:
    F(D, 2, t, int(t), '%', noun, actor, 'table', 'engagées dans des partenariats', 2016, row,
      extra + ['table', 'unit_from_header', 'actor_from_row', 'measure_from_header', 'year_from_caption'])
S = ("Côté dirigeants, le volet Entreprises de PHARE (octobre 2015) établit que 81 % d'entre eux "
     "voient dans les partenariats une source d'innovation.")
N(D, 2, 'octobre 2015', S, 'date')
F(D, 2, '81 %', 81, '%', 'dirigeants', "dirigeants d'entreprise", 'sentence',
  "voient dans les partenariats une source d'innovation", 2015, S,
  ['pronoun', 'survey_named_in_sentence', 'date_in_sentence'])
S = ("Au sortir de la crise sanitaire, la co-construction paraissait utile pour rebondir à 84 % des "
     "dirigeants de TPE et de PME (données publiées en 2020).")
F(D, 2, '84 %', 84, '%', 'dirigeants', 'dirigeants de TPE et de PME', 'sentence',
  'jugent la co-construction utile pour rebondir après la crise', 2020, S,
  ['pop_after', 'measure_before', 'year_in_sentence'])
N(D, 2, '2020', S, 'year')

# ---- page 3
S = "L'étude IMPACT – Associations & Territoires porte sur les 148 000 associations employeuses."
F(D, 3, '148 000', 148000, 'count', 'associations employeuses', 'associations employeuses', 'sentence',
  "nombre d'associations employeuses", None, S, ['count', 'nbsp_thousands', 'undated_study'])
S = 'Parmi elles, 98 % déclarent au moins un partenariat.'
F(D, 3, '98 %', 98, '%', 'associations', 'associations employeuses', 'context',
  'déclarent au moins un partenariat', None, S, ['pronoun', 'parmi', 'undated_study'])
N(D, 3, 'C.1', 'Tableau C.1 — Partenaires cités (en % des associations employeuses ayant des partenariats)',
  'other')
S = 'Collectivités territoriales1 89'
N(D, 3, '1', S, 'footnote')
F(D, 3, '89', 89, '%', 'associations', 'associations employeuses ayant des partenariats', 'table',
  'citent les collectivités territoriales comme partenaires', None, S,
  ['table', 'unit_from_header', 'actor_from_header', 'measure_from_row', 'undated_study', 'conflict',
   'footnote_glued'])
for t, row, m in [
        ('73', "Structures d'intérêt général 73", "citent des structures d'intérêt général"),
        ('70', 'Établissements scolaires 70', 'citent des établissements scolaires'),
        ('56', "Collectifs d'associations 56", "citent des collectifs d'associations"),
        ('52', 'Acteurs publics nationaux 52', 'citent des acteurs publics nationaux'),
        ('37', 'Fédérations professionnelles 37', 'citent des fédérations professionnelles'),
        ('35', 'Acteurs académiques 35', 'citent des acteurs académiques')]:
    F(D, 3, t, int(t), '%', 'associations', 'associations employeuses ayant des partenariats', 'table',
      m + ' comme partenaires', None, row,
      ['table', 'unit_from_header', 'actor_from_header', 'measure_from_row', 'undated_study'])
S = ("Parmi les formes de partenariat, le mécénat domine (75 %), loin devant la coopération "
     "économique (58 %).")
F(D, 3, '75 %', 75, '%', 'associations', 'associations employeuses', 'context',
  'pratiquent le mécénat comme forme de partenariat', None, S,
  ['parenthetical', 'multi_same_pop', 'undated_study', 'measure_from_context'])
F(D, 3, '58 %', 58, '%', 'associations', 'associations employeuses', 'context',
  'pratiquent la coopération économique', None, S,
  ['parenthetical', 'multi_same_pop', 'undated_study', 'measure_from_context'])
S = ("1. L'enquête Associations & Partenariats (2016) donnait 74 % pour les collectivités, toutes "
     "associations confondues.")
N(D, 3, '1', S, 'footnote')
N(D, 3, '2016', S, 'year')
F(D, 3, '74 %', 74, '%', 'associations', 'associations', 'sentence',
  'citent les collectivités territoriales comme partenaires', 2016, S,
  ['footnote_text', 'conflict', 'year_in_sentence', 'pop_after'])

# ---- page 4
N(D, 4, 'D.1', 'Tableau D.1 — Terrain, échantillon et publication', 'other')
NOTE = "Note : les effectifs sont des minima (« plus de 2 000 », « plus de 1 380 »)."
S = 'PHARE-Citoyens — 2 000 personnes septembre 2015'
F(D, 4, '2 000', 2000, 'people', 'personnes', 'personnes interrogées', 'table',
  "taille de l'échantillon de PHARE-Citoyens", 2015, S,
  ['table', 'nbsp_thousands', 'year_in_row', 'measure_from_header', 'qualifier_plus_de'],
  also=[(NOTE, '2 000')])
N(D, 4, 'septembre 2015', S, 'date')
S = 'Associations & Partenariats mai-juin 2016 1 380 responsables mars 2017'
N(D, 4, 'mai-juin 2016', S, 'date')
F(D, 4, '1 380', 1380, 'people', 'responsables', 'responsables associatifs', 'table',
  "taille de l'échantillon de l'enquête Associations & Partenariats", 2016, S,
  ['table', 'nbsp_thousands', 'year_in_row', 'measure_from_header', 'qualifier_plus_de',
   'date_adjacent_to_figure'], year_alt=2017, also=[(NOTE, '1 380')])
N(D, 4, 'mars 2017', S, 'date')
S = 'IMPACTS & TRAJECTOIRES 30/09-28/10/2024 302 maires novembre 2024'
N(D, 4, '30/09', S, 'date')
N(D, 4, '28/10/2024', S, 'date')
F(D, 4, '302', 302, 'people', 'maires', 'maires', 'table',
  "taille de l'échantillon d'IMPACTS & TRAJECTOIRES – Elus locaux", 2024, S,
  ['table', 'year_in_row', 'measure_from_header', 'date_adjacent_to_figure'])
N(D, 4, 'novembre 2024', S, 'date')
S = 'IMPACT Fondations & Territoires — 42 fondations 23 septembre'
F(D, 4, '42', 42, 'count', 'fondations', 'fondations', 'table',
  "fondations interrogées par l'étude IMPACT Fondations & Territoires", None, S,
  ['table', 'count', 'no_date', 'date_adjacent_to_figure', 'measure_from_header'])
N(D, 4, '23 septembre', S, 'date')
N(D, 4, 'janvier 2011', 'ARPEA Entreprises & Territoires — — janvier 2011', 'date')
S = 'ARPEA (2008-2012), PHARE (2013-2018) et IMPACT (2018-2022) se succèdent.'
N(D, 4, '2008-2012', S, 'year')
N(D, 4, '2013-2018', S, 'year')
N(D, 4, '2018-2022', S, 'year')
S = ("Le troisième, lancé en novembre 2017, s'organise autour de trois axes : innovation sociétale et "
     "territoriale, performance des organisations, confiance.")
N(D, 4, 'troisième', S, 'ordinal')
N(D, 4, 'novembre 2017', S, 'date')
F(D, 4, 'trois', 3, 'count', 'axes', None, None, 'axes du programme IMPACT', '2018-2022', S,
  ['count', 'number_in_words', 'programme_period', 'pronoun_ordinal'])


# ===========================================================================
# 03  Frise chronologique 2006-2022
# ===========================================================================
D = '03'
# ---- page 1
S = 'De 2006 à 2012 : les années ARPEA Frise 1/2'
N(D, 1, '2006', S, 'year')
N(D, 1, '2012', S, 'year')
N(D, 1, '1/2', S, 'page number')
S = '2006 2008 2010 2011 2012'
for y in S.split():
    N(D, 1, y, S, 'year')
S = "naît de la Caisse des Dépôts et du RAMEAU1."
N(D, 1, '1', S, 'footnote')
S = 'Son programme ARPEA (2008-2012) comptera 10 volets.'
N(D, 1, '2008-2012', S, 'year')
F(D, 1, '10', 10, 'count', 'volets', None, None, 'volets du programme ARPEA', '2008-2012', S,
  ['count', 'year_in_sentence', 'timeline'])
S = 'Premier constat : 86 % des Français jugent urgent de créer des partenariats.'
N(D, 1, 'Premier', S, 'ordinal')
F(D, 1, '86 %', 86, '%', 'Français', 'Français', 'sentence', 'jugent urgent de créer des partenariats',
  2008, S, ['pop_after', 'year_from_axis', 'timeline', 'near_ordinal'])
S = 'démarre avec trois territoires pilotes : Alsace, Poitou-Charentes, Paris-Est Marne & Bois.'
F(D, 1, 'trois', 3, 'count', 'territoires pilotes', 'territoires pilotes', 'sentence',
  "territoires pilotes de « Agir ensemble en Territoire »", 2010, S,
  ['count', 'number_in_words', 'year_from_axis', 'timeline'])
S = ('21 % des entreprises développent des partenariats, 33 % le souhaitent et 46 % ne le souhaitent '
     'pas.')
F(D, 1, '21 %', 21, '%', 'entreprises', 'entreprises', 'sentence', 'développent des partenariats', 2011,
  S, ['pop_after', 'multi_same_pop', 'year_from_axis', 'timeline', 'survey_named_earlier'])
F(D, 1, '33 %', 33, '%', 'entreprises', 'entreprises', 'sentence', 'souhaitent développer des partenariats',
  2011, S, ['ellipsis', 'multi_same_pop', 'year_from_axis', 'timeline'])
F(D, 1, '46 %', 46, '%', 'entreprises', 'entreprises', 'sentence',
  'ne souhaitent pas développer de partenariats', 2011, S,
  ['ellipsis', 'negation', 'multi_same_pop', 'year_from_axis', 'timeline'])
S = '11 décembre : rapport quinquennal.'
N(D, 1, '11 décembre', S, 'date')
S = 'Les Français sont encore 84 % à juger les partenariats urgents.'
F(D, 1, '84 %', 84, '%', 'Français', 'Français', 'sentence', 'jugent urgent de créer des partenariats',
  2012, S, ['pop_before', 'year_from_axis', 'timeline', 'date_nearby'])
S = 'Sans date connue : une feuille de route ministérielle de 21 mesures.'
F(D, 1, '21', 21, 'count', 'mesures', None, None, 'mesures de la feuille de route ministérielle', None,
  S, ['count', 'no_date', 'box'])
S = "L'ODD 17, lui, se décline en 19 cibles."
N(D, 1, 'ODD 17', S, 'other')
F(D, 1, '19', 19, 'count', 'cibles', None, None, "cibles de l'ODD 17", None, S,
  ['count', 'no_date', 'name_with_number_nearby', 'box'])
S = ("1. Des documents plus anciens datent l'Observatoire de 2007 (« Créé en 2007, l'Observatoire "
     "national des partenariats »).")
N(D, 1, '1', S, 'footnote')
N(D, 1, '2007', "datent l'Observatoire de 2007", 'year')
N(D, 1, '2007', "(« Créé en 2007,", 'year')

# ---- page 2
S = 'De 2013 à 2022 : de PHARE à la Fondation des Territoires Frise 2/2'
N(D, 2, '2013', S, 'year')
N(D, 2, '2022', S, 'year')
N(D, 2, '2/2', S, 'page number')
S = '2013 2016 2017 2019 2020 2022'
for y in S.split():
    N(D, 2, y, S, 'year')
S = 'PHARE (2013-2018)2 : six volets.'
N(D, 2, '2013-2018', S, 'year')
N(D, 2, '2', S, 'footnote')
F(D, 2, 'six', 6, 'count', 'volets', None, None, 'volets du programme PHARE', '2013-2018', S,
  ['count', 'number_in_words', 'year_in_sentence', 'conflict', 'timeline'], year_alt='2013-2017')
S = 'En septembre 2015, son volet Citoyens interroge plus de 2 000 personnes.'
N(D, 2, 'septembre 2015', S, 'date')
F(D, 2, '2 000', 2000, 'people', 'personnes', 'personnes interrogées', 'sentence',
  "taille de l'échantillon de PHARE-Citoyens", 2015, S,
  ['qualifier_plus_de', 'nbsp_thousands', 'date_in_sentence', 'year_in_sentence', 'timeline'])
S = '29 novembre : PHARE-Institutions.'
N(D, 2, '29 novembre', S, 'date')
S = ("87 % des maires voient dans les partenariats une source d'innovation ; cinq profils de "
     "maires.")
F(D, 2, '87 %', 87, '%', 'maires', 'maires', 'sentence',
  "voient dans les partenariats une source d'innovation", 2016, S,
  ['pop_after', 'year_from_axis', 'timeline', 'date_nearby'])
F(D, 2, 'cinq', 5, 'count', 'profils', None, None, 'profils de maires distingués par PHARE-Institutions',
  2016, S, ['count', 'number_in_words', 'year_from_axis', 'timeline'])
S = "lancement d'IMPACT pour 2018-2022, autour de 3 axes."
N(D, 2, '2018-2022', S, 'year')
F(D, 2, '3', 3, 'count', 'axes', None, None, 'axes du programme IMPACT', '2018-2022', S,
  ['count', 'programme_period', 'timeline'])
N(D, 2, 'FNAF 2019', 'FNAF 2019 : Gabriel Attal confie une mission', 'year')
S = 'Le Fonds ODD 17 est co-créé avec la Fondation TotalEnergies : 1,5 M€ pour expérimenter sur 3 ans,'
N(D, 2, 'ODD 17', S, 'other')
F(D, 2, '1,5 M€', 1500000, '€', None, None, None, 'dotation du Fonds ODD 17', 2020, S,
  ['money', 'nbsp', 'year_from_axis', 'timeline', 'name_with_number_nearby'])
F(D, 2, '3', 3, 'years', None, None, None, "durée de l'expérimentation du Fonds ODD 17", 2020, S,
  ['duration', 'year_from_axis', 'timeline', 'same_value_other_unit'])
S = 'avec 350 catalyseurs territoriaux.'
F(D, 2, '350', 350, 'count', 'catalyseurs territoriaux', 'catalyseurs territoriaux', 'sentence',
  'catalyseurs territoriaux du Fonds ODD 17', 2020, S, ['count', 'year_from_axis', 'timeline'])
S = "En novembre, 64 % des élus locaux veulent s'appuyer sur le « jouer collectif »."
F(D, 2, '64 %', 64, '%', 'élus', 'élus locaux', 'sentence',
  "veulent s'appuyer sur le « jouer collectif »", 2020, S,
  ['pop_after', 'year_from_axis', 'timeline', 'month_without_year'])
S = ("14 juin : création de la Fondation des Territoires, sous l'égide de la Fondation de Lille, "
     "avec 21 co-fondateurs.")
N(D, 2, '14 juin', S, 'date')
F(D, 2, '21', 21, 'count', 'co-fondateurs', 'co-fondateurs', 'sentence',
  'co-fondateurs de la Fondation des Territoires', 2022, S, ['count', 'year_from_axis', 'timeline'])
F(D, 2, '15', 15, 'years', None, None, None, 'années de recherche du RAMEAU', None,
  '› 15 ans de recherche', ['duration', 'no_date', 'list', 'box'])
F(D, 2, '5', 5, 'years', None, None, None, "années d'étude d'impact du RAMEAU", None,
  "› 5 ans d'étude d'impact", ['duration', 'no_date', 'list', 'box'])
F(D, 2, '1.000', 1000, 'count', 'exemples inspirants', None, None, 'exemples inspirants recensés par Le RAMEAU',
  None, '› plus de 1.000 exemples inspirants recensés',
  ['count', 'dot_thousands', 'qualifier_plus_de', 'no_date', 'list', 'box'])
S = 'Rapport de la mission remis le 7 mai 2020 ; bilan le 17 octobre 2020.'
N(D, 2, '7 mai 2020', S, 'date')
N(D, 2, '17 octobre 2020', S, 'date')
S = '2. La page « Le cheminement » indique 2013-2017.'
N(D, 2, '2', S, 'footnote')
N(D, 2, '2013-2017', S, 'year')


# ===========================================================================
# 04  Fiche Repère n° 7, octobre 2022
# ===========================================================================
D = '04'
HEAD = "FICHE REPÈRE N° 7 Les fondations, actrices de l'alliance octobre 2022"
for p in (1, 2):
    N(D, p, 'N° 7', HEAD, 'other')
    N(D, p, 'octobre 2022', HEAD, 'date')
N(D, 1, '1', 'octobre 2022 1 REPÈRES', 'page number')
N(D, 2, '2', 'octobre 2022 2 Le cheminement', 'page number')
# ---- page 1
REP = 'REPÈRES 42 1,5 M€ 21'
N(D, 1, 'ODD 17', 'pour le Fonds ODD 17 co-fondateurs', 'other')
N(D, 1, '1', '1. Une étude dédiée', 'other')
S = ("L'étude IMPACT Fondations & Territoires, publiée le 23 septembre, a interrogé quarante-deux "
     "fondations sur leur engagement territorial.")
N(D, 1, '23 septembre', S, 'date')
F(D, 1, 'quarante-deux', 42, 'count', 'fondations', 'fondations', 'sentence',
  "fondations interrogées par l'étude IMPACT Fondations & Territoires", None, S,
  ['count', 'number_in_words', 'compound_number_word', 'no_date', 'date_nearby', 'key_figure',
   'label_separated'], also=[(REP, '42')])
N(D, 1, '2', '2. Des fonds pour expérimenter', 'other')
S = ("Co-créé en 2020 par Le RAMEAU et la Fondation TotalEnergies, le Fonds ODD 17 est doté de 1,5 "
     "million d'euros pour une expérimentation sur trois ans.")
N(D, 1, '2020', S, 'year')
N(D, 1, 'ODD 17', S, 'other')
F(D, 1, "1,5 million d'euros", 1500000, '€', None, None, None, 'dotation du Fonds ODD 17', 2020, S,
  ['money', 'money_in_words', 'year_in_sentence', 'key_figure', 'label_separated', 'long_sentence'],
  also=[(REP, '1,5 M€')])
F(D, 1, 'trois', 3, 'years', None, None, None, "durée de l'expérimentation du Fonds ODD 17", 2020, S,
  ['duration', 'number_in_words', 'year_in_sentence', 'long_sentence'])
S = 'Celle-ci mobilise 350 « catalyseurs territoriaux ».'
F(D, 1, '350', 350, 'count', 'catalyseurs territoriaux', 'catalyseurs territoriaux', 'sentence',
  "catalyseurs territoriaux mobilisés par l'expérimentation du Fonds ODD 17", 2020, S,
  ['count', 'pronoun_subject', 'year_from_context'])
S = "L'ODD 17 compte dix-neuf cibles, selon la note du Comité 21 parue le 5 juillet."
N(D, 1, 'ODD 17', S, 'other')
F(D, 1, 'dix-neuf', 19, 'count', 'cibles', None, None, "cibles de l'ODD 17", None, S,
  ['count', 'number_in_words', 'compound_number_word', 'no_date', 'date_nearby',
   'name_with_number_nearby'])
N(D, 1, 'Comité 21', S, 'other')
N(D, 1, '5 juillet', S, 'date')
N(D, 1, '3', '3. Une fondation pour les territoires', 'other')
S = ("Créée le 14 juin 2022 sous l'égide de la Fondation de Lille, la Fondation des Territoires réunit "
     "vingt et un co-fondateurs1 et s'est donné trois missions.")
N(D, 1, '14 juin 2022', S, 'date')
F(D, 1, 'vingt et un', 21, 'count', 'co-fondateurs', 'co-fondateurs', 'sentence',
  'co-fondateurs de la Fondation des Territoires', 2022, S,
  ['count', 'number_in_words', 'compound_number_word', 'date_in_sentence', 'footnote_glued',
   'key_figure', 'label_separated'], also=[(REP, '21')])
N(D, 1, '1', S, 'footnote')
F(D, 1, 'trois', 3, 'count', 'missions', None, None, 'missions de la Fondation des Territoires', None, S,
  ['count', 'number_in_words', 'near_year', 'no_date', 'same_value_other_unit'])
S = '1. La préfiguration de la Fondation avait été lancée en juillet 2018.'
N(D, 1, '1', S, 'footnote')
N(D, 1, 'juillet 2018', S, 'date')

# ---- page 2
for i, (a, b, extra) in enumerate([('07/18', '07/19', 'préfiguration et premiers partenaires'),
                                   ('08/19', '11/20', 'construction du programme'),
                                   ('12/20', '05/22', 'création de la fondation')], 1):
    S = 'Étape %d %s – %s %s' % (i, a, b, extra)
    N(D, 2, 'Étape %d' % i, S, 'other')
    N(D, 2, a, S, 'date')
    N(D, 2, b, S, 'date')
N(D, 2, 'premiers', 'préfiguration et premiers partenaires', 'ordinal')
S = 'a été lancée le 30 novembre 2021 à Saint-Maurice2, pour le Giving Tuesday.'
N(D, 2, '30 novembre 2021', S, 'date')
N(D, 2, '2', S, 'footnote')
S = "Depuis 2006, Le RAMEAU a conduit des expérimentations auprès de plus de 500 organisations ;"
N(D, 2, '2006', S, 'year')
F(D, 2, '500', 500, 'count', 'organisations', 'organisations', 'sentence',
  'organisations auprès desquelles Le RAMEAU a expérimenté', '2006-2022', S,
  ['count', 'qualifier_plus_de', 'period_since'])
N(D, 2, '2010', "s'appuie depuis 2010 sur des territoires pilotes", 'year')
S = ("Quarante-deux fondations interrogées, un fonds de 1,5 M€, vingt et un co-fondateurs : les "
     "chiffres de la page 1 dessinent un engagement qui se structure.")
F(D, 2, 'Quarante-deux', 42, 'count', 'fondations', 'fondations', 'sentence',
  "fondations interrogées par l'étude IMPACT Fondations & Territoires", None, S,
  ['count', 'number_in_words', 'compound_number_word', 'recap_box', 'no_date', 'multi_figures'])
F(D, 2, '1,5 M€', 1500000, '€', None, None, None, 'dotation du Fonds ODD 17', None, S,
  ['money', 'recap_box', 'no_date', 'multi_figures'])
F(D, 2, 'vingt et un', 21, 'count', 'co-fondateurs', 'co-fondateurs', 'sentence',
  'co-fondateurs de la Fondation des Territoires', None, S,
  ['count', 'number_in_words', 'compound_number_word', 'recap_box', 'no_date', 'multi_figures'])
N(D, 2, '1', 'les chiffres de la page 1 dessinent', 'page number')
S = '2. Le site associations.gouv.fr annonce un « mardi 30 septembre ».'
N(D, 2, '2', S, 'footnote')
N(D, 2, '30 septembre', S, 'date')


# ===========================================================================
# 05  Diaporama 16:9, décembre 2024
# ===========================================================================
D = '05'
FOOT = 'Le RAMEAU · Observatoire des partenariats · décembre 2024 %d / 6'
N(D, 1, '5 décembre 2024', "Comité d'orientation · 5 décembre 2024", 'date')
N(D, 1, '1 / 6', "5 décembre 2024 1 / 6", 'page number')
for p in range(2, 7):
    N(D, p, 'décembre 2024', FOOT % p, 'date')
    N(D, p, '%d / 6' % p, FOOT % p, 'page number')
# ---- slide 2
S = '1 Les maires en 2016 : PHARE-Institutions'
N(D, 2, '1', S, 'other')
N(D, 2, '2016', S, 'year')
N(D, 2, '2', '2 Jouer collectif', 'other')
S = '3 Novembre 2024 : des territoires en mouvement'
N(D, 2, '3', S, 'other')
N(D, 2, 'Novembre 2024', S, 'date')
N(D, 2, '4', '4 Et maintenant ?', 'other')
N(D, 2, 'Quatre', "Quatre temps, une question : comment les élus s'allient-ils ?", 'other')
# ---- slide 3
N(D, 3, '2016', 'Les maires en 2016 : PHARE-Institutions Le RAMEAU', 'year')
S = "87 % des maires voient dans les partenariats une source d'innovation"
F(D, 3, '87 %', 87, '%', 'maires', 'maires', 'sentence',
  "voient dans les partenariats une source d'innovation", 2016, S,
  ['slide', 'chart', 'donut', 'narrow_nbsp', 'year_from_heading', 'pop_after'])
S = "Publié le 29 novembre 2016, le dernier volet de PHARE s'adresse aux institutions."
N(D, 3, '29 novembre 2016', S, 'date')
S = 'Il distingue cinq profils de maires, du plus réservé au plus engagé.'
F(D, 3, 'cinq', 5, 'count', 'profils', None, None, 'profils de maires distingués par PHARE-Institutions',
  2016, S, ['count', 'number_in_words', 'slide', 'year_from_heading', 'survey_named_earlier'])
N(D, 3, 'premier', 'Un premier référentiel de la co-construction territoriale', 'ordinal')
# ---- slide 4
S = '64 % 92 %des élus locaux veulent'
SRC = 'Sources : 64 % : IMPACT-Elus locaux, novembre 2020.'
F(D, 4, '64 %', 64, '%', 'élus', 'élus locaux', 'table', "veulent s'appuyer sur le « jouer collectif »", 2020,
  S, ['slide', 'key_figure', 'label_separated', 'narrow_nbsp', 'year_from_source_line', 'source_line',
      'actor_from_label', 'measure_from_label'], also=[(SRC, '64 %')])
F(D, 4, '92 %', 92, '%', 'maires', 'maires', 'table', "reconnaissent l'utilité de la co-construction",
  None, S, ['slide', 'key_figure', 'label_separated', 'narrow_nbsp', 'glued_label', 'no_date',
            'source_line_without_year', 'actor_from_label', 'measure_from_label', 'near_dated_figures'],
  also=[("92 % : présenté au 3e dîner", '92 %')])
N(D, 4, 'novembre 2020', SRC, 'date')
N(D, 4, '3e', "présenté au 3e dîner « Elus & Entreprises », sans date de terrain.", 'ordinal')
# ---- slide 5
N(D, 5, 'Novembre 2024', 'Novembre 2024 : des territoires en mouvement Le RAMEAU', 'date')
S = '35 % 56 % fortement en mouvement en mouvement, ni plus ni moins'
F(D, 5, '35 %', 35, '%', 'maires', 'maires', 'table', 'territoire fortement en mouvement', 2024, S,
  ['slide', 'chart', 'stacked_bar', 'label_separated', 'narrow_nbsp', 'year_from_heading',
   'actor_from_label', 'measure_from_label'])
F(D, 5, '56 %', 56, '%', 'maires', 'maires', 'table', 'territoire en mouvement, ni plus ni moins', 2024, S,
  ['slide', 'chart', 'stacked_bar', 'label_separated', 'narrow_nbsp', 'year_from_heading',
   'actor_from_label', 'measure_from_label'])
F(D, 5, '91 %', 91, '%', 'maires', 'maires', 'context', 'territoire en mouvement, au total', 2024,
  '91 %en mouvement, au total',
  ['slide', 'key_figure', 'total', 'glued_label', 'narrow_nbsp', 'year_from_heading', 'measure_from_label'])
S = '302 maires interrogés par téléphone, du 30 septembre au 28 octobre 2024.'
F(D, 5, '302', 302, 'people', 'maires', 'maires', 'sentence',
  "maires interrogés par IMPACTS & TRAJECTOIRES – Elus locaux", 2024, S,
  ['slide', 'year_in_sentence', 'date_in_sentence'])
N(D, 5, '30 septembre', S, 'date')
N(D, 5, '28 octobre 2024', S, 'date')
S = 'Parmi eux, 84 % exercent dans une commune de moins de 2 000 habitants.'
F(D, 5, '84 %', 84, '%', 'maires', 'maires interrogés', 'context',
  'exercent dans une commune de moins de 2 000 habitants', 2024, S,
  ['slide', 'pronoun', 'parmi', 'threshold_in_sentence', 'year_from_heading'])
N(D, 5, '2 000', S, 'threshold')
# ---- slide 6
S = "› Le programme IMPACT (2018-2022) l'avait montré : 76 % des maires jugent leur territoire engagé,"
N(D, 6, '2018-2022', S, 'year')
F(D, 6, '76 %', 76, '%', 'maires', 'maires', 'sentence', 'jugent leur territoire engagé', '2018-2022', S,
  ['slide', 'pop_after', 'programme_period', 'list'])
S = "mais 46 % d'entre eux ne savent pas comment piloter les alliances."
F(D, 6, '46 %', 46, '%', 'maires', 'maires', 'context', 'ne savent pas comment piloter les alliances',
  '2018-2022', S, ['slide', 'pronoun', 'negation', 'programme_period', 'list'])
N(D, 6, 'Troisième', "› Troisième piste après PHARE et IMPACT", 'ordinal')
