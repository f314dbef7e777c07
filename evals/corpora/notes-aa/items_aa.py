# -*- coding: utf-8 -*-
"""Hand-written gold items of set AA.

F(file, page, text, value, unit, noun, actor, actor_source, measure, year, sentence, cases, ...)
N(file, page, text, sentence, why)

`sentence` is copied from the whitespace-collapsed pypdf text of the page; `text` lies in it.
`cases` is a space-separated list of tags; build_aa.py adds the derived tags nbsp / narrow_nbsp.
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
# AA-01  Baromètre de l'alliance, édition avril 2025
# =====================================================================================
B = 'aa01'
for p in (1, 2, 3, 4):
    N(B, p, "avril 2025", "question par question édition avril 2025", 'date')
    N(B, p, "%d/4" % p, "Baromètre de l'alliance — page %d/4" % p, 'page number')

# ---- p1
N(B, 1, "Huit", "Huit questions, leurs réponses et leurs ventilations", 'other')
N(B, 1, "premier", "un premier tableau donne la répartition des réponses", 'ordinal')
N(B, 1, "second", "un second tableau la ventile par sous-population", 'ordinal')
N(B, 1, "100", "calculées par la rédaction : 100 moins le total publié", 'other')
N(B, 1, "Q1", "Sommaire · Q1 Entreprises, p. 1", 'other')
N(B, 1, "p. 1", "Sommaire · Q1 Entreprises, p. 1", 'page number')
N(B, 1, "Q2", "Q2 à Q4 Français, p. 2", 'other')
N(B, 1, "Q4", "Q2 à Q4 Français, p. 2", 'other')
N(B, 1, "p. 2", "Q2 à Q4 Français, p. 2", 'page number')
N(B, 1, "Q5", "Q5 Français, p. 3", 'other')
N(B, 1, "p. 3", "Q5 Français, p. 3", 'page number')
N(B, 1, "Q6", "Q6 Associations, p. 3", 'other')
N(B, 1, "p. 3", "Q6 Associations, p. 3", 'page number')
N(B, 1, "Q7", "Q7 et Q8 Maires, p. 4", 'other')
N(B, 1, "Q8", "Q7 et Q8 Maires, p. 4", 'other')
N(B, 1, "p. 4", "Q7 et Q8 Maires, p. 4", 'page number')
N(B, 1, "Q1", "p. 4 Q1 Les entreprises développent-elles", 'other')
N(B, 1, "janvier 2011", "Source : étude ARPEA Entreprises & Territoires, publiée en janvier 2011 En janvier",
  'date')
N(B, 1, "janvier 2011", "En janvier 2011, 21 %", 'date')
F(B, 1, "21 %", 21, '%', 'entreprises', 'entreprises', 'sentence',
  "développent des partenariats avec des associations", 2011,
  "En janvier 2011, 21 % des entreprises développent des partenariats avec des associations",
  "barometer distribution pop_after date_in_sentence multi_same_pop repeated_in_table",
  also=["Oui, elle en développe 21", "Ensemble des entreprises 21"])
F(B, 1, "33 %", 33, '%', 'entreprises', 'entreprises', 'context',
  "souhaitent développer des partenariats avec des associations", 2011,
  "33 % souhaitent en développer", "barometer distribution ellipsis date_in_sentence multi_same_pop "
  "repeated_in_table", also=["Non, mais elle souhaite en développer 33", "entreprises 21 33"])
F(B, 1, "46 %", 46, '%', 'entreprises', 'entreprises', 'context',
  "ne souhaitent pas développer de partenariats avec des associations", 2011,
  "et 46 % ne le souhaitent pas.", "barometer distribution ellipsis negation date_in_sentence "
  "multi_same_pop repeated_in_table", also=["Non, et elle ne le souhaite pas 46", "21 33 46"])
F(B, 1, "54 %", 54, '%', 'entreprises', 'entreprises', 'sentence',
  "développent ou souhaitent développer des partenariats avec des associations", 2011,
  "Au total, 54 % des entreprises sont donc engagées ou désireuses de l'être (calcul de la rédaction).",
  "barometer subtotal computed pop_after year_from_context repeated_in_table",
  also=["« souhaite » (calcul de la rédaction) 54"])
N(B, 1, "1", "Tableau 1 – Répartition des réponses (en % des entreprises)", 'other')
N(B, 1, "100", "ne le souhaite pas 46 Total 100", 'other')
N(B, 1, "2", "Tableau 2 – Ventilation par sous-population", 'other')
N(B, 1, "10", "Entreprises de moins de 10 salariés", 'threshold')
N(B, 1, "10", "Entreprises d'au moins 10 salariés n.p.", 'threshold')
N(B, 1, "29 février 2016", "la note de l'Observatoire du 29 février 2016 situe", 'date')
F(B, 1, "37 %", 37, '%', 'entreprises', "entreprises d'au moins 10 salariés", 'sentence',
  "engagées dans des partenariats", 2016,
  "situe à 37 % la part des entreprises d'au moins 10 salariés engagées dans des partenariats.",
  "other_source date_in_sentence threshold_in_sentence pop_after measure_after")
N(B, 1, "10", "la part des entreprises d'au moins 10 salariés engagées", 'threshold')
N(B, 1, "Q1", "Entreprises & Territoires Q1 publiée", 'other')
N(B, 1, "janvier 2011", "Q1 publiée en janvier 2011 n.p.", 'date')
N(B, 1, "Q2", "ARPEA – Citoyens Q2 mesures", 'other')
N(B, 1, "2008", "Q2 mesures de 2008 et de 2012 n.p.", 'year')
N(B, 1, "2012", "Q2 mesures de 2008 et de 2012 n.p.", 'year')
N(B, 1, "Q3", "PHARE-Citoyens Q3 à Q5 publiée", 'other')
N(B, 1, "Q5", "PHARE-Citoyens Q3 à Q5 publiée", 'other')
N(B, 1, "septembre 2015", "Q3 à Q5 publiée en septembre 2015 plus de", 'date')
F(B, 1, "2 000", 2000, 'people', 'répondants', 'répondants', 'table',
  "taille de l'échantillon de PHARE-Citoyens", 2015,
  "PHARE-Citoyens Q3 à Q5 publiée en septembre 2015 plus de 2 000",
  "table methodology sample qualifier_plus_de year_in_row actor_from_header nbsp_thousands")
N(B, 1, "Q6", "Associations & Partenariats Q6 mai-juin", 'other')
N(B, 1, "mai-juin 2016", "Q6 mai-juin 2016 ; mars 2017", 'date')
N(B, 1, "mars 2017", "Q6 mai-juin 2016 ; mars 2017", 'date')
F(B, 1, "1 380", 1380, 'people', 'répondants', 'répondants', 'table',
  "taille de l'échantillon d'Associations & Partenariats", 2016,
  "mai-juin 2016 ; mars 2017 plus de 1 380",
  "table methodology sample qualifier_plus_de year_in_row actor_from_header nbsp_thousands",
  year_alt=2017)
N(B, 1, "Q7", "IMPACTS & TRAJECTOIRES Q7 30 sept.", 'other')
N(B, 1, "30 sept.", "Q7 30 sept.-28 oct. 2024 302", 'date')
N(B, 1, "28 oct. 2024", "Q7 30 sept.-28 oct. 2024 302", 'date')
F(B, 1, "302", 302, 'people', 'répondants', 'répondants', 'table',
  "taille de l'échantillon d'IMPACTS & TRAJECTOIRES – Elus locaux", 2024,
  "Q7 30 sept.-28 oct. 2024 302",
  "table methodology sample year_in_row actor_from_header year_adjacent_to_figure")
N(B, 1, "Q8", "Autres enquêtes auprès des élus Q8", 'other')
N(B, 1, "2016", "Q8 2016, 2020 ou sans date", 'year')
N(B, 1, "2020", "Q8 2016, 2020 ou sans date", 'year')

# ---- p2
N(B, 2, "Q2", "Q2 Est-il urgent", 'other')
N(B, 2, "2008", "ARPEA – Citoyens, mesures de 2008 et de 2012 Tableau", 'year')
N(B, 2, "2012", "ARPEA – Citoyens, mesures de 2008 et de 2012 Tableau", 'year')
N(B, 2, "3", "Tableau 3 – Répartition des réponses (en % des Français)", 'other')
N(B, 2, "2008", "Réponse 2008 2012 Oui", 'year')
N(B, 2, "2012", "Réponse 2008 2012 Oui", 'year')
F(B, 2, "86", 86, '%', 'Français', 'Français', 'table',
  "jugent urgent de créer des partenariats entre associations et entreprises", 2008,
  "Total « oui » 86 84",
  "barometer table series_table unit_from_header actor_from_header year_from_header detail_not_published",
  also=["Lecture : 86 %"])
F(B, 2, "84", 84, '%', 'Français', 'Français', 'table',
  "jugent urgent de créer des partenariats entre associations et entreprises", 2012,
  "« oui » 86 84 Non",
  "barometer table series_table unit_from_header actor_from_header year_from_header detail_not_published",
  also=["ils étaient encore 84 %", "n.p. n.p. n.p. n.p. 84"])
F(B, 2, "14", 14, '%', 'Français', 'Français', 'table',
  "ne jugent pas urgent de créer des partenariats ou ne répondent pas", 2008,
  "Non ou sans réponse (par différence) 14 16",
  "barometer table series_table unit_from_header actor_from_header year_from_header computed by_difference")
F(B, 2, "16", 16, '%', 'Français', 'Français', 'table',
  "ne jugent pas urgent de créer des partenariats ou ne répondent pas", 2012,
  "(par différence) 14 16 Total",
  "barometer table series_table unit_from_header actor_from_header year_from_header computed by_difference")
N(B, 2, "100", "14 16 Total 100", 'other')
N(B, 2, "100", "100 Lecture : 86 %", 'other')
N(B, 2, "2008", "créer des partenariats en 2008 ; en 2012", 'year')
N(B, 2, "2012", "créer des partenariats en 2008 ; en 2012", 'year')
F(B, 2, "2 points", 2, 'pts', 'Français', 'Français', 'context',
  "de baisse de la part jugeant urgent de créer des partenariats", "2008-2012",
  "ils étaient encore 84 %, soit 2 points de moins (calcul de la rédaction).",
  "pts evolution computed period_from_range pronoun")
N(B, 2, "4", "Tableau 4 – Ventilation par âge (en % des Français)", 'other')
N(B, 2, "18-34", "Sous-population 18-34 ans", 'threshold')
N(B, 2, "35-49", "35-49 ans 50-64 ans", 'threshold')
N(B, 2, "50-64", "35-49 ans 50-64 ans", 'threshold')
N(B, 2, "65", "65 ans et plus Ensemble", 'threshold')
N(B, 2, "2012", "Total « oui », mesure de 2012 n.p.", 'year')
N(B, 2, "Q3", "Q3 Les acteurs ont-ils", 'other')
N(B, 2, "septembre 2015", "Source : PHARE-Citoyens, septembre 2015, plus de 2 000", 'date')
F(B, 2, "2 000", 2000, 'people', 'personnes', 'personnes interrogées', 'sentence',
  "taille de l'échantillon de PHARE-Citoyens", 2015,
  "PHARE-Citoyens, septembre 2015, plus de 2 000 personnes interrogées",
  "methodology sample qualifier_plus_de date_in_sentence source_line nbsp_thousands")
N(B, 2, "septembre 2015", "En septembre 2015, 69 %", 'date')
F(B, 2, "69 %", 69, '%', 'Français', 'Français', 'sentence',
  "partagent le constat d'un devoir d'alliance", 2015,
  "En septembre 2015, 69 % des Français partagent le constat d'un « devoir d'alliance ».",
  "barometer date_in_sentence pop_after repeated_in_table detail_not_published",
  also=["Total « d'accord » 69"])
F(B, 2, "31 %", 31, '%', 'Français', 'Français', 'context',
  "ne partagent pas le constat d'un devoir d'alliance ou ne se prononcent pas", 2015,
  "Les autres, soit 31 % par différence, ne le partagent pas ou ne se prononcent pas.",
  "barometer computed by_difference year_from_context negation repeated_in_table",
  also=["(par différence) 31"])
F(B, 2, "81 %", 81, '%', 'Français', 'Français', 'sentence',
  "ressentent un devoir d'alliance", None,
  "Sans date, le plaidoyer pour le droit de l'alliance avance 81 % des Français.",
  "no_date stated_undated conflict pop_after")
N(B, 2, "5", "Tableau 5 – Répartition des réponses (en % des Français)", 'other')
N(B, 2, "6", "Tableau 6 – Ventilation par âge et par taille de commune", 'other')
N(B, 2, "35", "Moins de 35 ans", 'threshold')
N(B, 2, "35", "35 ans et plus Communes", 'threshold')
N(B, 2, "Septembre 2015", "Septembre 2015 n.p.", 'date')
N(B, 2, "Q4", "Q4 Quelle importance", 'other')
N(B, 2, "0 à 10", "accordez-vous à chaque enjeu, de 0 à 10 ?", 'scale')
N(B, 2, "Q3", "même enquête que Q3", 'other')
N(B, 2, "7", "Tableau 7 – Note moyenne par enjeu (sur 10)", 'other')
N(B, 2, "sur 10", "Tableau 7 – Note moyenne par enjeu (sur 10)", 'scale')
F(B, 2, "7,1", 7.1, '/10', 'note', None, None, "note moyenne de l'enjeu emploi", 2015,
  "Emploi 7,1", "table mark10 unit_from_header measure_from_row survey_named_earlier decimal_count")
F(B, 2, "6,6", 6.6, '/10', 'note', None, None,
  "note moyenne des enjeux pouvoir d'achat et sécurité", 2015,
  "Pouvoir d'achat, sécuritéa 6,6",
  "table mark10 unit_from_header measure_from_row survey_named_earlier one_value_two_measures conflict")
F(B, 2, "6,5", 6.5, '/10', 'note', None, None, "note moyenne de l'enjeu développement économique", 2015,
  "Développement économique 6,5", "table mark10 unit_from_header measure_from_row survey_named_earlier")
F(B, 2, "6,3", 6.3, '/10', 'note', None, None,
  "note moyenne des enjeux environnement et exclusion", 2015,
  "Environnement, exclusion 6,3",
  "table mark10 unit_from_header measure_from_row survey_named_earlier one_value_two_measures")
F(B, 2, "7/10", 7, '/10', 'note', None, None, "note attribuée à la sécurité par une autre publication",
  2015, "attribue 7/10 à la sécurité.", "table_note footnote_text mark10 conflict survey_named_in_sentence")
N(B, 2, "0 à 10", "La répartition des notes, de 0 à 10, n'est pas publiée.", 'scale')

# ---- p3
N(B, 3, "Q5", "Q5 Sur quels enjeux", 'other')
N(B, 3, "septembre 2015", "Source : PHARE-Citoyens, septembre 2015 · plusieurs", 'date')
F(B, 3, "49 %", 49, '%', 'Français', 'Français', 'context',
  "attendent des partenariats un impact fort sur l'emploi", 2015,
  "un impact fort sur l'emploi, cité par 49 % d'entre eux.",
  "barometer pronoun year_from_source_line repeated_in_table", also=["Emploi 49"])
F(B, 3, "36 %", 36, '%', 'Français', 'Français', 'context',
  "attendent un impact fort sur la précarité et sur l'éducation", 2015,
  "la précarité et l'éducation ferment la marche, à 36 % chacune.",
  "barometer one_value_two_measures year_from_source_line repeated_in_table",
  also=["Précarité, éducation 36"])
N(B, 3, "8", "Tableau 8 – Impact fort attendu", 'other')
F(B, 3, "46", 46, '%', 'Français', 'Français', 'table',
  "attendent un impact fort sur le développement économique", 2015,
  "Développement économique 46",
  "barometer table unit_from_header actor_from_header measure_from_row year_from_source_line")
F(B, 3, "42", 42, '%', 'Français', 'Français', 'table',
  "attendent un impact fort sur l'environnement", 2015,
  "Environnement 42",
  "barometer table unit_from_header actor_from_header measure_from_row year_from_source_line")
N(B, 3, "Q6", "Q6 Avec quels types", 'other')
N(B, 3, "mai-juin 2016", "enquête de mai-juin 2016 auprès", 'date')
F(B, 3, "1 380", 1380, 'people', 'responsables associatifs', 'responsables associatifs', 'sentence',
  "taille de l'échantillon d'Associations & Partenariats", 2016,
  "enquête de mai-juin 2016 auprès de plus de 1 380 responsables associatifs, publiée en mars 2017",
  "methodology sample qualifier_plus_de date_in_sentence two_dates_in_sentence source_line nbsp_thousands",
  year_alt=2017)
N(B, 3, "mars 2017", "responsables associatifs, publiée en mars 2017 · plusieurs", 'date')
N(B, 3, "9", "Tableau 9 – Partenaires cités", 'other')
F(B, 3, "74", 74, '%', 'associations', 'associations', 'table',
  "citent les collectivités parmi leurs partenaires", 2016, "Collectivités 74",
  "barometer table unit_from_header actor_from_header measure_from_row survey_named_earlier",
  year_alt=2017, also=["les collectivités sont citées par 74 %"])
F(B, 3, "72", 72, '%', 'associations', 'associations', 'table',
  "citent des associations et fondations parmi leurs partenaires", 2016, "Associations et fondations 72",
  "barometer table unit_from_header actor_from_header measure_from_row survey_named_earlier",
  year_alt=2017)
F(B, 3, "47", 47, '%', 'associations', 'associations', 'table',
  "citent l'enseignement parmi leurs partenaires", 2016, "Enseignement 47",
  "barometer table unit_from_header actor_from_header measure_from_row survey_named_earlier",
  year_alt=2017)
F(B, 3, "28", 28, '%', 'associations', 'associations', 'table',
  "citent des entreprises parmi leurs partenaires", 2016, "Entreprises 28",
  "barometer table unit_from_header actor_from_header measure_from_row survey_named_earlier",
  year_alt=2017, also=["Ensemble des associations 28"])
F(B, 3, "22", 22, '%', 'associations', 'associations', 'table',
  "citent des structures d'insertion parmi leurs partenaires", 2016, "Structures d'insertion 22",
  "barometer table unit_from_header actor_from_header measure_from_row survey_named_earlier",
  year_alt=2017)
F(B, 3, "9", 9, '%', 'associations', 'associations', 'table',
  "citent la recherche parmi leurs partenaires", 2016, "Recherche 9 Total",
  "barometer table unit_from_header actor_from_header measure_from_row survey_named_earlier",
  year_alt=2017)
N(B, 3, "100", "Total (plusieurs réponses possibles) plus de 100", 'other')
F(B, 3, "2,5", 2.5, 'count', 'partenaires', 'associations', 'sentence',
  "partenaires déclarés en moyenne par association", 2016,
  "chaque association déclare en moyenne 2,5 partenaires.",
  "average decimal_count survey_named_earlier", year_alt=2017)
F(B, 3, "moitié", 50, '%', 'associations', "associations dont le budget dépasse 150 000 €", 'sentence',
  "ont un partenariat avec une entreprise", 2016,
  "La moitié des associations dont le budget dépasse 150 000 € ont un partenariat avec une entreprise",
  "number_in_words fraction_in_words breakdown threshold_in_sentence money_threshold_nearby "
  "survey_named_earlier repeated_in_table", year_alt=2017,
  also=["Budget annuel supérieur à 150 000 € 50"])
N(B, 3, "150 000", "dont le budget dépasse 150 000 € ont", 'threshold')
F(B, 3, "20 %", 20, '%', 'associations', "associations dont le budget est inférieur à 10 000 €",
  'context', "ont un partenariat avec une entreprise", 2016,
  "contre 20 % de celles dont le budget est inférieur à 10 000 €.",
  "breakdown celles comparison threshold_in_sentence money_threshold_nearby survey_named_earlier "
  "repeated_in_table", year_alt=2017, also=["Budget annuel inférieur à 10 000 € 20"])
N(B, 3, "10 000", "de celles dont le budget est inférieur à 10 000 €.", 'threshold')
N(B, 3, "10", "Tableau 10 – Partenariat avec une entreprise", 'other')
N(B, 3, "10 000", "Budget annuel inférieur à 10 000 € 20", 'threshold')
N(B, 3, "10 000", "Budget annuel de 10 000 à 150 000 € n.p.", 'threshold')
N(B, 3, "150 000", "Budget annuel de 10 000 à 150 000 € n.p.", 'threshold')
N(B, 3, "150 000", "Budget annuel supérieur à 150 000 € 50", 'threshold')

# ---- p4
N(B, 4, "Q7", "Q7 Votre territoire", 'other')
F(B, 4, "302", 302, 'people', 'maires', 'maires', 'sentence',
  "taille de l'échantillon d'IMPACTS & TRAJECTOIRES – Elus locaux", 2024,
  "302 maires interrogés par téléphone du 30 septembre au 28 octobre 2024, publiée en novembre 2024",
  "methodology sample source_line date_in_sentence two_dates_in_sentence")
N(B, 4, "30 septembre", "du 30 septembre au 28 octobre 2024, publiée", 'date')
N(B, 4, "28 octobre 2024", "du 30 septembre au 28 octobre 2024, publiée", 'date')
N(B, 4, "novembre 2024", "publiée en novembre 2024 Tableau 11", 'date')
N(B, 4, "11", "Tableau 11 – Répartition des réponses", 'other')
F(B, 4, "35", 35, '%', 'maires', 'maires', 'table',
  "jugent leur territoire fortement en mouvement", 2024, "Oui, fortement 35",
  "barometer distribution table unit_from_header actor_from_header measure_from_row year_from_source_line",
  also=["dont 35 % fortement"])
F(B, 4, "56", 56, '%', 'maires', 'maires', 'table',
  "jugent leur territoire en mouvement, ni plus ni moins", 2024, "Oui, ni plus ni moins 56",
  "barometer distribution table unit_from_header actor_from_header measure_from_row year_from_source_line")
F(B, 4, "91", 91, '%', 'maires', 'maires', 'table',
  "jugent leur territoire en mouvement", 2024, "Sous-total « oui » 91",
  "barometer distribution subtotal table unit_from_header actor_from_header measure_from_row "
  "year_from_source_line", also=["Lecture : 91 %"])
F(B, 4, "9", 9, '%', 'maires', 'maires', 'table',
  "ne jugent pas leur territoire en mouvement ou ne répondent pas", 2024,
  "Non ou sans réponse (par différence) 9",
  "barometer distribution table unit_from_header actor_from_header measure_from_row year_from_source_line "
  "computed by_difference")
N(B, 4, "100", "(par différence) 9 Total 100", 'other')
F(B, 4, "84 %", 84, '%', 'répondants', 'répondants', 'sentence',
  "exercent dans une commune de moins de 2 000 habitants", 2024,
  "84 % des répondants exercent dans une commune de moins de 2 000 habitants",
  "sample_structure pop_after threshold_in_sentence year_from_source_line repeated_in_table",
  also=["Communes de moins de 2 000 habitants 84"])
N(B, 4, "2 000", "exercent dans une commune de moins de 2 000 habitants ;", 'threshold')
N(B, 4, "12", "Tableau 12 – Ventilation par taille de commune", 'other')
N(B, 4, "2 000", "Communes de moins de 2 000 habitants 84", 'threshold')
N(B, 4, "2 000", "Communes de 2 000 habitants et plus", 'threshold')
F(B, 4, "16", 16, '%', 'répondants', 'répondants', 'table',
  "exercent dans une commune de 2 000 habitants ou plus", 2024,
  "Communes de 2 000 habitants et plus (par différence) 16",
  "sample_structure table unit_from_header actor_from_header measure_from_row computed by_difference "
  "year_from_source_line")
N(B, 4, "50", "Maires de moins de 50 ans", 'threshold')
N(B, 4, "50", "Maires de 50 ans et plus", 'threshold')
N(B, 4, "Q8", "Q8 Les maires et l'alliance", 'other')
N(B, 4, "13", "Tableau 13 – Réponses « oui » publiées", 'other')
N(B, 4, "29 novembre 2016", "PHARE-Institutions 29 novembre 2016 87", 'date')
F(B, 4, "87", 87, '%', 'maires', 'maires', 'table', "partagent le constat d'un devoir d'alliance", 2016,
  "PHARE-Institutions 29 novembre 2016 87",
  "table unit_from_header actor_from_row measure_from_row year_in_row date_adjacent_to_figure")
N(B, 4, "novembre 2020", "IMPACT-Elus locaux novembre 2020 64", 'date')
F(B, 4, "64", 64, '%', 'élus', 'élus locaux', 'table', "veulent s'appuyer sur le « jouer collectif »",
  2020, "IMPACT-Elus locaux novembre 2020 64",
  "table unit_from_header actor_from_row measure_from_row year_in_row year_adjacent_to_figure")
N(B, 4, "2018-2022", "(maires) programme IMPACT 2018-2022 76", 'year')
F(B, 4, "76", 76, '%', 'maires', 'maires', 'table', "jugent leur territoire engagé", "2018-2022",
  "(maires) programme IMPACT 2018-2022 76",
  "table unit_from_header actor_from_row measure_from_row year_in_row programme_period "
  "year_adjacent_to_figure")
N(B, 4, "2018-2022", "programme IMPACT 2018-2022 46", 'year')
F(B, 4, "46", 46, '%', 'maires', 'maires', 'table', "ne savent pas comment piloter les alliances",
  "2018-2022", "programme IMPACT 2018-2022 46",
  "table unit_from_header actor_from_row measure_from_row year_in_row programme_period negation "
  "year_adjacent_to_figure")
F(B, 4, "92", 92, '%', 'maires', 'maires', 'table', "ressentent un « besoin d'alliance »", None,
  "sans date 92", "table unit_from_header actor_from_row measure_from_row stated_undated no_date")


# =====================================================================================
# AA-02  Budget prévisionnel du Fonds ODD 17 (présentation de la rédaction, mai 2025)
# =====================================================================================
G = 'aa02'
for p in (1, 2):
    N(G, p, "17", "Fonds ODD 17 · Budget prévisionnel de l'expérimentation", 'other')
    N(G, p, "mai 2025", "présentation de la rédaction, mai 2025", 'date')
    N(G, p, "%d/2" % p, "Budget prévisionnel · %d/2" % p, 'page number')

# ---- p1
N(G, 1, "17", "Fonds ODD 17 : le budget d'une alliance", 'other')
N(G, 1, "2020", "Co-créé en 2020 par Le RAMEAU et la Fondation TotalEnergies, le Fonds", 'year')
N(G, 1, "17", "le Fonds ODD 17 a reçu une dotation", 'other')
F(G, 1, "1,5 M€", 1500000, '€', None, None, None, "dotation du Fonds ODD 17", 2020,
  "le Fonds ODD 17 a reçu une dotation de 1,5 M€ pour une expérimentation",
  "money budget year_in_sentence chapeau total_repeats_cell",
  also=["Sous-total : dotation du Fonds ODD 17 1 500 000 1 500", "Total des recettes publiées 1 500 000 1 500",
        "Total des dépenses prévues2 1 500 000 1 500", "Lecture : la dotation de 1 500 k€",
        "Dotation : 1,5 M€."])
F(G, 1, "trois", 3, 'years', None, None, None, "durée de l'expérimentation du Fonds ODD 17", 2020,
  "pour une expérimentation de trois ans auprès de 350",
  "duration number_in_words year_in_sentence chapeau", also=["Durée de l'expérimentation : 3 ans."])
F(G, 1, "350", 350, 'count', 'catalyseurs territoriaux', 'catalyseurs territoriaux', 'sentence',
  "catalyseurs territoriaux visés par l'expérimentation du Fonds ODD 17", 2020,
  "auprès de 350 « catalyseurs territoriaux ».",
  "count year_in_sentence chapeau budget",
  also=["Accompagnement des 350 catalyseurs", "Catalyseurs territoriaux visés : 350."])
N(G, 1, "milliers", "et en milliers d'euros (k€)", 'other')
N(G, 1, "1 k€", "(k€) : 1 k€ vaut 1 000 €", 'other')
N(G, 1, "1 000 €", "(k€) : 1 k€ vaut 1 000 €", 'other')
N(G, 1, "1 000 k€", "et 1 000 k€ font 1 M€.", 'other')
N(G, 1, "1 M€", "et 1 000 k€ font 1 M€.", 'other')
N(G, 1, "zéro", "ce n'est pas un zéro.", 'other')
N(G, 1, "1", "1. Recettes et dépenses prévues", 'other')
N(G, 1, "1", "Tableau 1 – Budget prévisionnel", 'other')
N(G, 1, "1", "Apport de Le RAMEAU1 n.p.", 'footnote')
N(G, 1, "1", "Apport de la Fondation TotalEnergies1 n.p.", 'footnote')
N(G, 1, "17", "Sous-total : dotation du Fonds ODD 17 1 500 000", 'other')
N(G, 1, "100,0", "Sous-total : dotation du Fonds ODD 17 1 500 000 1 500 100,0", 'other', exempt=True)
N(G, 1, "100,0", "Total des recettes publiées 1 500 000 1 500 100,0", 'other', exempt=True)
N(G, 1, "2", "Total des dépenses prévues2 1 500 000", 'footnote')
N(G, 1, "100,0", "prévues2 1 500 000 1 500 100,0", 'other', exempt=True)
N(G, 1, "3", "Solde (recettes moins dépenses)3 0", 'footnote')
N(G, 1, "0", "(recettes moins dépenses)3 0", 'other')
N(G, 1, "0", "0 – Lecture", 'other')
N(G, 1, "1", "1. Le partage de la dotation", 'footnote')
N(G, 1, "2", "2. Les dépenses sont prévues", 'footnote')
N(G, 1, "3", "3. Un budget prévisionnel", 'footnote')
N(G, 1, "2", "2. Le fonds en bref", 'other')
N(G, 1, "2020", "• Co-créé en 2020", 'year')
N(G, 1, "17", "L'ODD 17 compte 19 cibles", 'other')
F(G, 1, "19", 19, 'count', 'cibles', None, None, "cibles de l'ODD 17", None,
  "L'ODD 17 compte 19 cibles, selon la note du Comité 21 parue le 5 juillet.",
  "count no_date date_without_year name_with_number_nearby list")
N(G, 1, "21", "selon la note du Comité 21 parue", 'other')
N(G, 1, "5 juillet", "parue le 5 juillet.", 'date')
N(G, 1, "www.odd17.org", "plateforme www.odd17.org.", 'other')

# ---- p2
N(G, 2, "3", "3. La dotation en moyennes", 'other')
N(G, 2, "2020", "la dotation annoncée en 2020 à parts égales", 'year')
F(G, 2, "trois", 3, 'years', None, None, None, "durée de l'expérimentation du Fonds ODD 17", 2020,
  "à parts égales entre les trois années de l'expérimentation",
  "duration number_in_words year_from_context")
F(G, 2, "350", 350, 'count', 'catalyseurs', 'catalyseurs territoriaux', 'sentence',
  "catalyseurs territoriaux visés par l'expérimentation du Fonds ODD 17", 2020,
  "et entre les 350 catalyseurs.", "count year_from_context")
N(G, 2, "2", "Tableau 2 – Ventilation moyenne", 'other')
F(G, 2, "500 000 €", 500000, '€', None, None, None, "dotation annuelle moyenne du Fonds ODD 17", 2020,
  "Moyenne annuelle 500 000 €",
  "money budget computed average table measure_from_row year_from_context",
  also=["€ 500 k€"])
F(G, 2, "33,3 %", 33.3, '%', None, None, None,
  "part de la dotation versée en moyenne chaque année", 2020,
  "500 k€ 33,3 %", "budget computed share_of_total table measure_from_row year_from_context",
  also=["trois parts de 33,3 %"])
N(G, 2, "1", "Sous-total : années 1 et 2 (cumul)", 'other')
N(G, 2, "2", "Sous-total : années 1 et 2 (cumul)", 'other')
F(G, 2, "1 000 000 €", 1000000, '€', None, None, None,
  "dotation cumulée des deux premières années, en moyenne", 2020,
  "(cumul) 1 000 000 €", "money budget subtotal computed table measure_from_row year_from_context",
  also=["€ 1 000 k€", "soit 1 M€"])
F(G, 2, "66,7 %", 66.7, '%', None, None, None,
  "part de la dotation versée en deux années, en moyenne", 2020,
  "1 000 k€ 66,7 %", "budget subtotal computed share_of_total table measure_from_row year_from_context",
  also=["Deux années représentent 66,7 %"])
N(G, 2, "1", "Total : années 1 à 3", 'other')
N(G, 2, "3", "Total : années 1 à 3", 'other')
F(G, 2, "1 500 000 €", 1500000, '€', None, None, None, "dotation totale du Fonds ODD 17", 2020,
  "Total : années 1 à 3 1 500 000 €", "money budget total table measure_from_row year_from_context",
  also=["€ 1 500 k€"])
N(G, 2, "100,0 %", "1 500 k€ 100,0 %", 'other')
F(G, 2, "4 286 €", 4286, '€', None, None, None,
  "dotation moyenne par catalyseur territorial sur la durée de l'expérimentation", 2020,
  "sur la durée de l'expérimentation 4 286 €",
  "money budget computed average table measure_from_row year_from_context rounded_repeat",
  also=["€ 4,3 k€", "dispose de 4 286 €", "soit environ 4,3 k€"])
F(G, 2, "0,3 %", 0.3, '%', None, None, None,
  "part de la dotation revenant en moyenne à un catalyseur territorial", 2020,
  "4,3 k€ 0,3 %", "budget computed share_of_total table measure_from_row year_from_context")
F(G, 2, "1 429 €", 1429, '€', None, None, None,
  "dotation moyenne par catalyseur territorial et par an", 2020,
  "Moyenne par catalyseur et par an 1 429 €",
  "money budget computed average table measure_from_row year_from_context rounded_repeat",
  also=["€ 1,4 k€"])
F(G, 2, "0,1 %", 0.1, '%', None, None, None,
  "part de la dotation revenant en moyenne à un catalyseur territorial chaque année", 2020,
  "1,4 k€ 0,1 %", "budget computed share_of_total table measure_from_row year_from_context")
N(G, 2, "1 %", "est inférieure à 1 %.", 'threshold')
N(G, 2, "4", "4. Lire les arrondis", 'other')
N(G, 2, "dixième", "arrondis au dixième et les parts", 'other')
N(G, 2, "dixième", "les parts au dixième de point", 'other')
N(G, 2, "trois", "trois parts de 33,3 %", 'other')
N(G, 2, "99,9 %", "font 99,9 % et non 100 %", 'other')
N(G, 2, "100 %", "font 99,9 % et non 100 %", 'other')
N(G, 2, "Deux", "Deux années représentent", 'other')
N(G, 2, "troisième", "la troisième, le reste", 'ordinal')
N(G, 2, "2", "Dans le tableau 2, la colonne", 'other')
N(G, 2, "5", "5. Repères : le budget des associations", 'other')
N(G, 2, "mai-juin 2016", "menée en mai-juin 2016 auprès", 'date')
F(G, 2, "1 380", 1380, 'people', 'responsables associatifs', 'responsables associatifs', 'sentence',
  "taille de l'échantillon d'Associations & Partenariats", 2016,
  "auprès de plus de 1 380 responsables associatifs et publiée en mars 2017",
  "methodology sample qualifier_plus_de date_in_sentence two_dates_in_sentence nbsp_thousands",
  year_alt=2017)
N(G, 2, "mars 2017", "et publiée en mars 2017, distingue", 'date')
N(G, 2, "3", "Le tableau 3 donne les seuils", 'other')
N(G, 2, "milliers", "en euros et en milliers d'euros.", 'other')
N(G, 2, "3", "Tableau 3 – Partenariat avec une entreprise", 'other')
N(G, 2, "10 000", "Inférieur au seuil 10 000", 'threshold')
N(G, 2, "10", "Inférieur au seuil 10 000 10 20", 'threshold')
F(G, 2, "20", 20, '%', 'associations', "associations dont le budget annuel est inférieur à 10 000 €",
  'table', "ont un partenariat avec une entreprise", 2016, "Inférieur au seuil 10 000 10 20",
  "table unit_from_header threshold_in_row actor_from_row money_threshold_nearby survey_named_earlier",
  year_alt=2017, also=["Lecture : 20 %"])
N(G, 2, "150 000", "Supérieur au seuil 150 000", 'threshold')
N(G, 2, "150", "000 150 50", 'threshold', exempt=True)
F(G, 2, "50", 50, '%', 'associations', "associations dont le budget annuel est supérieur à 150 000 €",
  'table', "ont un partenariat avec une entreprise", 2016, "Supérieur au seuil 150 000 150 50",
  "table unit_from_header threshold_in_row actor_from_row money_threshold_nearby survey_named_earlier "
  "looks_like_thousands", year_alt=2017)
F(G, 2, "28", 28, '%', 'associations', 'associations', 'table',
  "ont un partenariat avec une entreprise", 2016, "Ensemble des associations – – 28",
  "table unit_from_header actor_from_row survey_named_earlier", year_alt=2017)
N(G, 2, "10 k€", "dont le budget annuel est inférieur à 10 k€", 'threshold')
N(G, 2, "6", "6. Ce que le budget ne dit pas", 'other')


# =====================================================================================
# AA-03  Verbatim d'un entretien (14 mars 2025): figures in spoken language and read from notes
# =====================================================================================
V = 'aa03'
STAMPS = {
    1: ['00:00:04', '00:00:16', '00:00:37', '00:00:41', '00:00:56', '00:01:00', '00:01:26', '00:01:30',
        '00:01:37', '00:01:41', '00:02:01', '00:02:04'],
    2: ['00:02:17', '00:02:20', '00:02:30', '00:02:38', '00:02:57', '00:03:02', '00:03:14', '00:03:17',
        '00:03:41', '00:03:45', '00:04:05', '00:04:10', '00:04:35', '00:04:38', '00:04:50', '00:04:53'],
    3: ['00:05:23', '00:05:43', '00:05:46', '00:06:12', '00:06:16', '00:06:23', '00:06:26', '00:06:36',
        '00:06:57', '00:07:01', '00:07:14', '00:07:17', '00:07:35'],
    4: ['00:07:48', '00:08:04', '00:08:10', '00:08:29', '00:08:32', '00:08:57', '00:09:00', '00:09:16',
        '00:09:20', '00:09:39', '00:09:42', '00:09:58', '00:10:02', '00:10:14', '00:10:27'],
    5: ['00:10:31', '00:10:48', '00:10:53', '00:11:07', '00:11:13', '00:11:36', '00:11:39'],
}
for p, stamps in STAMPS.items():
    N(V, p, "%d/5" % p, "Verbatim — p. %d/5" % p, 'page number')
    for st in stamps:
        N(V, p, st, st, 'date')

# ---- p1
N(V, 1, "14 mars 2025", "Entretien réalisé à Paris le 14 mars 2025", 'date')
N(V, 1, "12", "Durée de l'enregistrement : 12 minutes.", 'other')
N(V, 1, "Première", "Première question, toute simple", 'ordinal')
N(V, 1, "deux mille huit", "On part de deux mille huit.", 'year')
N(V, 1, "deux mille huit", "Enfin… de deux mille huit ou", 'year')
N(V, 1, "deux mille sept", "ou de deux mille sept, selon les documents", 'year')
N(V, 1, "deux mille sept", "les plus anciens disent deux mille sept,", 'year')
N(V, 1, "deux mille six", "existe depuis deux mille six.", 'year')
F(V, 1, "quinze", 15, 'years', None, None, None, "durée de la recherche du RAMEAU", None,
  "on lit « quinze ans de recherche »",
  "duration number_in_words speech no_date quotation")
F(V, 1, "cinq", 5, 'years', None, None, None, "durée de l'étude d'impact du RAMEAU", None,
  "« cinq ans d'étude d'impact »",
  "duration number_in_words speech no_date quotation")
F(V, 1, "millier", 1000, 'count', 'exemples', None, None, "exemples inspirants recensés par Le RAMEAU",
  None, "et plus d'un millier d'exemples inspirants recensés.",
  "count number_in_words approximation speech qualifier_plus_de no_date")
F(V, 1, "cinq cents", 500, 'count', 'organisations', 'organisations', 'sentence',
  "organisations accompagnées par Le RAMEAU depuis sa création", "2006-2025",
  "Plus de cinq cents organisations accompagnées, aussi, depuis sa création.",
  "count number_in_words compound_number_word speech qualifier_plus_de period_since year_from_context")
N(V, 1, "premier", "Le premier programme, c'est ARPEA ?", 'ordinal')
N(V, 1, "deux mille huit", "ARPEA, de deux mille huit à", 'year')
N(V, 1, "deux mille douze", "à deux mille douze, en dix volets.", 'year')
F(V, 1, "dix", 10, 'count', 'volets', None, None, "volets du programme ARPEA", "2008-2012",
  "à deux mille douze, en dix volets.",
  "count number_in_words speech programme_period year_in_words")
F(V, 1, "neuf Français sur dix", 90, '%', 'Français', 'Français', 'sentence',
  "jugent urgent de créer des partenariats entre associations et entreprises", 2008,
  "à l'époque, à peu près neuf Français sur dix jugeaient urgent",
  "ratio number_in_words approximation speech year_from_context spoken_then_read")
F(V, 1, "86 %", 86, '%', 'Français', 'Français', 'context',
  "jugent urgent de créer des partenariats entre associations et entreprises", 2008,
  "[lit] 86 % en 2008,", "read_from_notes speech year_adjacent_to_figure ellipsis")
N(V, 1, "2008", "[lit] 86 % en 2008,", 'year')
F(V, 1, "84 %", 84, '%', 'Français', 'Français', 'context',
  "jugent urgent de créer des partenariats entre associations et entreprises", 2012,
  "84 % en 2012.", "read_from_notes speech year_adjacent_to_figure ellipsis")
N(V, 1, "2012", "84 % en 2012.", 'year')
N(V, 1, "neuf sur dix", "Bon, « neuf sur dix », c'était généreux.", 'other')
N(V, 1, "deux", "Et entre les deux mesures ?", 'other')
F(V, 1, "Deux points", 2, 'pts', 'Français', 'Français', 'context',
  "de baisse de la part jugeant urgent de créer des partenariats", "2008-2012",
  "Deux points de moins en quatre ans.",
  "pts evolution number_in_words speech computed period_from_range")
N(V, 1, "quatre ans", "Deux points de moins en quatre ans.", 'date')
N(V, 1, "janvier deux mille onze", "publiée en janvier deux mille onze.", 'date')
F(V, 1, "une entreprise sur cinq", 20, '%', 'entreprises', 'entreprises', 'sentence',
  "développent des partenariats avec des associations", 2011,
  "en gros, une entreprise sur cinq développait des partenariats",
  "ratio number_in_words approximation speech survey_named_earlier spoken_then_read")
F(V, 1, "21 %", 21, '%', 'entreprises', 'entreprises', 'context',
  "développent des partenariats avec des associations", 2011,
  "avec des associations — [lit] 21 % —",
  "read_from_notes speech survey_named_earlier")
F(V, 1, "un tiers", 33.3, '%', 'entreprises', 'entreprises', 'context',
  "souhaitent développer des partenariats avec des associations", 2011,
  "un tiers souhaitait en développer",
  "fraction_in_words number_in_words approximation speech survey_named_earlier ellipsis")
F(V, 1, "33 %", 33, '%', 'entreprises', 'entreprises', 'context',
  "souhaitent développer des partenariats avec des associations", 2011,
  "[lit] 33 % ;", "read_from_notes speech survey_named_earlier ellipsis")
F(V, 1, "moitié", 50, '%', 'entreprises', 'entreprises', 'context',
  "ne souhaitent pas développer de partenariats avec des associations", 2011,
  "et presque la moitié ne le souhaitait pas",
  "fraction_in_words number_in_words approximation speech survey_named_earlier negation ellipsis")
F(V, 1, "46 %", 46, '%', 'entreprises', 'entreprises', 'context',
  "ne souhaitent pas développer de partenariats avec des associations", 2011,
  "ne le souhaitait pas : [lit] 46 %.",
  "read_from_notes speech survey_named_earlier negation ellipsis")
N(V, 1, "21 %", "on écrit « 21 % », pas", 'other')
N(V, 1, "cinq", "pas « une sur cinq ».", 'other')
N(V, 1, "première", "C'est la première règle", 'ordinal')

# ---- p2
N(V, 2, "deuxième", "La deuxième règle ?", 'ordinal')
N(V, 2, "Cinq ans après", "Cinq ans après ARPEA Entreprises & Territoires", 'date')
N(V, 2, "vingt-neuf février deux mille seize", "la note du vingt-neuf février deux mille seize.", 'date')
F(V, 2, "quatre entreprises sur dix", 40, '%', 'entreprises', "entreprises d'au moins 10 salariés",
  'sentence', "sont engagées dans des partenariats", 2016,
  "Près de quatre entreprises sur dix, parmi celles d'au moins dix salariés",
  "ratio number_in_words approximation speech qualifier_pres_de threshold_in_sentence parmi "
  "survey_named_earlier spoken_then_read")
N(V, 2, "dix", "parmi celles d'au moins dix salariés", 'threshold')
F(V, 2, "37 %", 37, '%', 'entreprises', "entreprises d'au moins 10 salariés", 'context',
  "sont engagées dans des partenariats", 2016,
  "sont engagées dans des partenariats : [lit] 37 %.",
  "read_from_notes speech survey_named_earlier figure_last")
F(V, 2, "38 %", 38, '%', 'associations', 'associations', 'context',
  "sont engagées dans des partenariats", 2016, "Côté associations, [lit] 38 % ;",
  "read_from_notes speech survey_named_earlier actor_from_adjective ellipsis")
F(V, 2, "53 %", 53, '%', 'associations', 'associations employeuses', 'sentence',
  "sont engagées dans des partenariats", 2016, "chez les associations employeuses, 53 % ;",
  "read_from_notes speech survey_named_earlier ellipsis pop_before")
F(V, 2, "65 %", 65, '%', 'pionniers', 'pionniers', 'sentence',
  "sont engagés dans des partenariats", 2016, "et les pionniers, eux, 65 %.",
  "read_from_notes speech survey_named_earlier ellipsis pop_before")
N(V, 2, "deuxième", "c'est le deuxième programme", 'ordinal')
N(V, 2, "deux mille treize", "de deux mille treize à", 'year')
N(V, 2, "deux mille dix-huit", "à deux mille dix-huit — certains", 'year')
N(V, 2, "deux mille dix-sept", "documents écrivent deux mille dix-sept.", 'year')
F(V, 2, "Six", 6, 'count', 'volets', None, None, "volets du programme PHARE", "2013-2018",
  "Six volets.", "count number_in_words speech programme_period year_in_words conflict",
  year_alt="2013-2017")
N(V, 2, "premier", "Le premier, PHARE-Citoyens", 'ordinal')
N(V, 2, "septembre deux mille quinze", "sort en septembre deux mille quinze :", 'date')
F(V, 2, "deux mille", 2000, 'people', 'personnes', 'personnes interrogées', 'sentence',
  "taille de l'échantillon de PHARE-Citoyens", 2015,
  "un peu plus de deux mille personnes interrogées.",
  "people sample number_in_words approximation speech qualifier_plus_de year_from_context")
F(V, 2, "deux tiers", 66.7, '%', 'Français', 'Français', 'sentence',
  "disent que s'allier est un devoir", 2015,
  "à peu près les deux tiers des Français disent que s'allier est un devoir.",
  "fraction_in_words number_in_words approximation speech year_from_context spoken_then_read")
F(V, 2, "69 %", 69, '%', 'Français', 'Français', 'context', "disent que s'allier est un devoir", 2015,
  "[lit] 69 %.", "read_from_notes speech year_from_context ellipsis")
F(V, 2, "quatre Français sur cinq", 80, '%', 'Français', 'Français', 'sentence',
  "ressentent un devoir d'alliance", None,
  "pour le droit de l'alliance : quatre Français sur cinq,",
  "ratio number_in_words approximation speech no_date stated_undated spoken_then_read")
F(V, 2, "81 %", 81, '%', 'Français', 'Français', 'context', "ressentent un devoir d'alliance", None,
  "quatre Français sur cinq, [lit] 81 %.",
  "read_from_notes speech no_date stated_undated")
N(V, 2, "dix", "c'était aussi des notes sur dix ?", 'scale')
N(V, 2, "zéro à dix", "chaque enjeu noté de zéro à dix.", 'scale')
F(V, 2, "sept virgule un", 7.1, '/10', 'note', None, None, "note moyenne de l'enjeu emploi", 2015,
  "L'emploi arrive en tête : sept virgule un.",
  "mark10 number_in_words decimal_in_words speech unit_from_context year_from_context")
F(V, 2, "six virgule six", 6.6, '/10', 'note', None, None,
  "note moyenne des enjeux pouvoir d'achat et sécurité", 2015,
  "la sécurité, six virgule six tous les deux",
  "mark10 number_in_words decimal_in_words speech unit_from_context year_from_context "
  "one_value_two_measures conflict")
N(V, 2, "deux", "six virgule six tous les deux", 'other')
F(V, 2, "six virgule cinq", 6.5, '/10', 'note', None, None,
  "note moyenne de l'enjeu développement économique", 2015,
  "le développement économique, six virgule cinq",
  "mark10 number_in_words decimal_in_words speech unit_from_context year_from_context")
F(V, 2, "six virgule trois", 6.3, '/10', 'note', None, None,
  "note moyenne des enjeux environnement et exclusion", 2015,
  "l'exclusion, six virgule trois.",
  "mark10 number_in_words decimal_in_words speech unit_from_context year_from_context "
  "one_value_two_measures")
F(V, 2, "sept", 7, '/10', 'note', None, None, "note attribuée à la sécurité par une autre publication",
  2015, "une autre publication de la même enquête lui donne sept.",
  "mark10 number_in_words speech unit_from_context survey_named_earlier conflict")
F(V, 2, "un Français sur deux", 50, '%', 'Français', 'Français', 'sentence',
  "attendent un impact fort des partenariats sur l'emploi", 2015,
  "Près d'un Français sur deux attend un impact fort sur l'emploi.",
  "ratio number_in_words approximation speech qualifier_pres_de year_from_context spoken_then_read")
F(V, 2, "49 %", 49, '%', 'Français', 'Français', 'context',
  "attendent un impact fort des partenariats sur l'emploi", 2015,
  "[lit] Emploi, 49 % ;", "read_from_notes speech year_from_context list measure_before")
F(V, 2, "46 %", 46, '%', 'Français', 'Français', 'context',
  "attendent un impact fort sur le développement économique", 2015,
  "développement économique, 46 % ;", "read_from_notes speech year_from_context list measure_before")
F(V, 2, "42 %", 42, '%', 'Français', 'Français', 'context',
  "attendent un impact fort sur l'environnement", 2015,
  "environnement, 42 % ;", "read_from_notes speech year_from_context list measure_before")
F(V, 2, "36 %", 36, '%', 'Français', 'Français', 'context',
  "attendent un impact fort sur la précarité et sur l'éducation", 2015,
  "précarité et éducation, 36 % chacune.",
  "read_from_notes speech year_from_context list measure_before one_value_two_measures")
N(V, 2, "Deux", "Deux sources, qu'il ne faut pas mélanger.", 'other')

# ---- p3
N(V, 3, "mai-juin deux mille seize", "menée en mai-juin deux mille seize", 'date')
N(V, 3, "mars deux mille dix-sept", "publiée en mars deux mille dix-sept.", 'date')
F(V, 3, "mille quatre cents", 1400, 'people', 'responsables associatifs', 'responsables associatifs',
  'sentence', "taille de l'échantillon d'Associations & Partenariats", 2016,
  "Près de mille quatre cents responsables associatifs ont répondu…",
  "people sample number_in_words approximation speech qualifier_pres_de year_from_context "
  "spoken_then_read survey_named_previous_page", year_alt=2017)
F(V, 3, "1 380", 1380, 'people', 'responsables associatifs', 'responsables associatifs', 'context',
  "taille de l'échantillon d'Associations & Partenariats", 2016, "[lit] plus de 1 380.",
  "people sample read_from_notes speech qualifier_plus_de year_from_context nbsp_thousands", year_alt=2017)
F(V, 3, "Deux virgule cinq", 2.5, 'count', 'partenaires', 'associations', 'sentence',
  "partenaires déclarés en moyenne par association", 2016,
  "Deux virgule cinq partenaires en moyenne par association.",
  "count average number_in_words decimal_in_words speech year_from_context", year_alt=2017)
F(V, 3, "trois quarts", 75, '%', 'associations', 'associations', 'sentence',
  "citent les collectivités parmi leurs partenaires", 2016,
  "citées par les trois quarts des associations",
  "fraction_in_words number_in_words approximation speech year_from_context spoken_then_read",
  year_alt=2017)
F(V, 3, "74 %", 74, '%', 'associations', 'associations', 'context',
  "citent les collectivités parmi leurs partenaires", 2016, "— [lit] 74 % —",
  "read_from_notes speech year_from_context", year_alt=2017)
F(V, 3, "72 %", 72, '%', 'associations', 'associations', 'context',
  "citent des associations et fondations parmi leurs partenaires", 2016,
  "puis les autres associations et fondations, 72 %.",
  "read_from_notes speech year_from_context measure_before", year_alt=2017)
F(V, 3, "une association sur quatre", 25, '%', 'associations', 'associations', 'sentence',
  "citent des entreprises parmi leurs partenaires", 2016,
  "ne sont citées que par une association sur quatre, à peu près",
  "ratio number_in_words approximation speech year_from_context spoken_then_read", year_alt=2017)
F(V, 3, "28 %", 28, '%', 'associations', 'associations', 'context',
  "citent des entreprises parmi leurs partenaires", 2016, "à peu près : [lit] 28 %.",
  "read_from_notes speech year_from_context", year_alt=2017)
N(V, 3, "cent cinquante mille", "au-dessus de cent cinquante mille euros de budget", 'threshold')
F(V, 3, "moitié", 50, '%', 'associations', "associations dont le budget dépasse 150 000 €", 'sentence',
  "ont un partenariat avec une entreprise", 2016, "c'est la moitié ;",
  "fraction_in_words number_in_words speech threshold_in_sentence money_threshold_nearby "
  "year_from_context threshold_in_words spoken_then_read", year_alt=2017, also=["[lit] 50 %"])
N(V, 3, "dix mille", "en dessous de dix mille euros", 'threshold')
F(V, 3, "une sur cinq", 20, '%', 'associations', "associations dont le budget est inférieur à 10 000 €",
  'context', "ont un partenariat avec une entreprise", 2016, "dix mille euros, une sur cinq.",
  "ratio number_in_words speech threshold_in_sentence money_threshold_nearby year_from_context "
  "threshold_in_words spoken_then_read", year_alt=2017, also=["50 % contre 20 %"])
F(V, 3, "cent cinquante mille", 150000, 'count', 'associations employeuses', 'associations employeuses',
  'sentence', "associations employeuses en France", None,
  "Il y en a près de cent cinquante mille en France…",
  "count number_in_words approximation speech qualifier_pres_de undated_study pronoun_en "
  "spoken_then_read")
F(V, 3, "148 000", 148000, 'count', 'associations employeuses', 'associations employeuses', 'context',
  "associations employeuses en France", None, "[lit] 148 000.",
  "count read_from_notes speech undated_study nbsp_thousands")
F(V, 3, "98 %", 98, '%', 'associations', 'associations employeuses', 'context',
  "ont des partenariats", None, "Quasiment toutes ont des partenariats : [lit] 98 %.",
  "read_from_notes speech undated_study figure_last")
F(V, 3, "Neuf sur dix", 90, '%', 'associations', 'associations employeuses', 'context',
  "travaillent avec une collectivité", None, "Neuf sur dix travaillent avec une collectivité",
  "ratio number_in_words approximation speech undated_study spoken_then_read")
F(V, 3, "89 %", 89, '%', 'associations', 'associations employeuses', 'context',
  "travaillent avec une collectivité", None, "avec une collectivité, [lit] 89 %.",
  "read_from_notes speech undated_study")
F(V, 3, "73 %", 73, '%', 'associations', 'associations employeuses', 'context',
  "ont des partenaires à l'échelle locale", None, "[lit] 73 % à l'échelle locale",
  "read_from_notes speech undated_study pronoun")
F(V, 3, "47 %", 47, '%', 'associations', 'associations employeuses', 'context',
  "ont des partenaires à l'échelle régionale", None, "contre 47 % à l'échelle régionale.",
  "read_from_notes speech undated_study comparison")
F(V, 3, "quarantaine", 40, 'count', 'fondations', 'fondations', 'sentence',
  "fondations interrogées par l'étude IMPACT Fondations & Territoires", None,
  "Une quarantaine de fondations interrogées",
  "count number_in_words approximation speech date_without_year undated_study spoken_then_read")
N(V, 3, "vingt-trois septembre", "publiée un vingt-trois septembre.", 'date')
F(V, 3, "Quarante-deux", 42, 'count', 'fondations', 'fondations', 'context',
  "fondations interrogées par l'étude IMPACT Fondations & Territoires", None,
  "Quarante-deux, exactement.",
  "count number_in_words compound_number_word speech date_without_year undated_study bare_answer")
N(V, 3, "17", "il y a le Fonds ODD 17, co-créé", 'other')
N(V, 3, "deux mille vingt", "co-créé en deux mille vingt avec", 'year')
F(V, 3, "un million et demi d'euros", 1500000, '€', None, None, None, "dotation du Fonds ODD 17", 2020,
  "un million et demi d'euros, sur trois ans",
  "money money_in_words number_in_words speech year_in_words year_from_context")
F(V, 3, "trois", 3, 'years', None, None, None, "durée de l'expérimentation du Fonds ODD 17", 2020,
  "d'euros, sur trois ans, pour", "duration number_in_words speech year_from_context")
F(V, 3, "trois cent cinquante", 350, 'count', 'catalyseurs territoriaux', 'catalyseurs territoriaux',
  'sentence', "catalyseurs territoriaux visés par le Fonds ODD 17", 2020,
  "pour trois cent cinquante catalyseurs territoriaux.",
  "count number_in_words compound_number_word speech year_from_context")
F(V, 3, "quatre mille euros", 4000, '€', None, None, None,
  "dotation moyenne par catalyseur territorial sur la durée de l'expérimentation", 2020,
  "un peu plus de quatre mille euros par catalyseur",
  "money money_in_words number_in_words speech computed approximation qualifier_plus_de year_from_context")
N(V, 3, "quatorze juin deux mille vingt-deux", "Créée le quatorze juin deux mille vingt-deux,", 'date')
F(V, 3, "vingtaine", 20, 'count', 'co-fondateurs', 'co-fondateurs', 'sentence',
  "co-fondateurs de la Fondation des Territoires", 2022,
  "par une vingtaine de co-fondateurs…",
  "count number_in_words approximation speech date_in_sentence spoken_then_read")
F(V, 3, "vingt et un", 21, 'count', 'co-fondateurs', 'co-fondateurs', 'context',
  "co-fondateurs de la Fondation des Territoires", 2022, "vingt et un, je crois.",
  "count number_in_words compound_number_word speech date_in_sentence self_correction")
F(V, 3, "trois", 3, 'count', 'missions', None, None, "missions de la Fondation des Territoires", None,
  "Avec trois missions.", "count number_in_words speech near_year")
N(V, 3, "deux mille seize", "Alors… en deux mille seize,", 'year')
N(V, 3, "vingt-neuf novembre", "publié le vingt-neuf novembre :", 'date')
F(V, 3, "quatre-vingt-sept pour cent", 87, '%', 'maires', 'maires', 'sentence',
  "partagent le constat d'un devoir d'alliance", 2016,
  "quatre-vingt-sept pour cent des maires partagent le constat d'un devoir d'alliance.",
  "percent_in_words number_in_words compound_number_word speech year_in_words pop_after")
F(V, 3, "cinq", 5, 'count', 'profils', None, None, "profils de maires de PHARE-Institutions", 2016,
  "Et cinq profils de maires.", "count number_in_words speech year_from_context")
F(V, 3, "treize", 13, 'count', 'rapports régionaux', None, None, "rapports régionaux de PHARE", 2016,
  "La même année, treize rapports régionaux ;",
  "count number_in_words speech year_from_context near_ordinal")
N(V, 3, "onzième", "le onzième, sur la Normandie", 'ordinal')
N(V, 3, "vingt-six novembre", "sort un vingt-six novembre.", 'date')
N(V, 3, "novembre deux mille vingt", "En novembre deux mille vingt, l'étude", 'date')
F(V, 3, "soixante-quatre pour cent", 64, '%', 'élus', 'élus locaux', 'sentence',
  "veulent s'appuyer sur le « jouer collectif »", 2020,
  "soixante-quatre pour cent des élus locaux veulent s'appuyer",
  "percent_in_words number_in_words compound_number_word speech date_in_sentence pop_after")
F(V, 3, "deux sur trois", 66.7, '%', 'élus', 'élus locaux', 'context',
  "veulent s'appuyer sur le « jouer collectif »", 2020, "À peu près deux sur trois.",
  "ratio number_in_words approximation speech date_in_sentence ellipsis")

# ---- p4
N(V, 4, "deux mille dix-huit", "Et le programme IMPACT, de deux mille dix-huit à", 'year')
N(V, 4, "deux mille vingt-deux", "à deux mille vingt-deux : soixante-seize", 'year')
F(V, 4, "soixante-seize pour cent", 76, '%', 'maires', 'maires', 'sentence',
  "jugent leur territoire engagé", "2018-2022",
  "soixante-seize pour cent des maires jugent leur territoire engagé…",
  "percent_in_words number_in_words compound_number_word speech programme_period year_in_words pop_after")
F(V, 4, "quarante-six pour cent", 46, '%', 'maires', 'maires', 'context',
  "ne savent pas comment piloter les alliances", "2018-2022",
  "mais quarante-six pour cent ne savent pas comment piloter les alliances.",
  "percent_in_words number_in_words compound_number_word speech programme_period negation ellipsis")
F(V, 4, "un sur deux", 50, '%', 'maires', 'maires', 'context',
  "ne savent pas comment piloter les alliances", "2018-2022", "Presque un sur deux.",
  "ratio number_in_words approximation speech programme_period ellipsis")
F(V, 4, "Trois Français sur quatre", 75, '%', 'Français', 'Français', 'sentence',
  "voient dans les partenariats une source d'innovation", "2018-2022",
  "Trois Français sur quatre le pensent,",
  "ratio number_in_words approximation speech programme_period year_from_context measure_from_question "
  "spoken_then_read")
F(V, 4, "74 %", 74, '%', 'Français', 'Français', 'context',
  "voient dans les partenariats une source d'innovation", "2018-2022", "le pensent, [lit] 74 % ;",
  "read_from_notes speech programme_period year_from_context measure_from_question")
F(V, 4, "69 %", 69, '%', 'citoyens', 'citoyens', 'sentence',
  "voient dans les partenariats une source d'innovation", "2018-2022",
  "une autre présentation dit 69 % des citoyens.",
  "speech programme_period year_from_context conflict pop_after")
F(V, 4, "81 %", 81, '%', 'dirigeants', "dirigeants d'entreprise", 'sentence',
  "voient dans les partenariats une source d'innovation", "2018-2022",
  "Chez les dirigeants d'entreprise, 81 % ;",
  "speech programme_period year_from_context pop_before ellipsis list")
F(V, 4, "86 %", 86, '%', 'responsables', 'responsables associatifs', 'sentence',
  "voient dans les partenariats une source d'innovation", "2018-2022",
  "chez les responsables associatifs, 86 %.",
  "speech programme_period year_from_context pop_before ellipsis list")
N(V, 4, "deux mille vingt-quatre", "IMPACTS & TRAJECTOIRES, en deux mille vingt-quatre.", 'year')
F(V, 4, "trois cents", 300, 'people', 'maires', 'maires', 'sentence',
  "taille de l'échantillon d'IMPACTS & TRAJECTOIRES – Elus locaux", 2024,
  "Près de trois cents maires interrogés par téléphone…",
  "people sample number_in_words approximation speech qualifier_pres_de year_from_context spoken_then_read")
F(V, 4, "302", 302, 'people', 'maires', 'maires', 'context',
  "taille de l'échantillon d'IMPACTS & TRAJECTOIRES – Elus locaux", 2024,
  "[lit] 302, du 30 septembre", "people sample read_from_notes speech date_in_sentence")
N(V, 4, "30 septembre", "[lit] 302, du 30 septembre", 'date')
N(V, 4, "28 octobre 2024", "au 28 octobre 2024.", 'date')
F(V, 4, "Neuf maires sur dix", 90, '%', 'maires', 'maires', 'sentence',
  "voient leur territoire en mouvement", 2024,
  "Neuf maires sur dix voient leur territoire en mouvement",
  "ratio number_in_words approximation speech year_from_context spoken_then_read")
F(V, 4, "91 %", 91, '%', 'maires', 'maires', 'context', "voient leur territoire en mouvement", 2024,
  "en mouvement : [lit] 91 %.", "read_from_notes speech year_from_context")
F(V, 4, "tiers", 33.3, '%', 'maires', 'maires', 'context',
  "voient leur territoire fortement en mouvement", 2024, "Un bon tiers fortement,",
  "fraction_in_words number_in_words approximation speech year_from_context ellipsis spoken_then_read")
F(V, 4, "35 %", 35, '%', 'maires', 'maires', 'context',
  "voient leur territoire fortement en mouvement", 2024, "fortement, [lit] 35 %,",
  "read_from_notes speech year_from_context ellipsis")
F(V, 4, "56 %", 56, '%', 'maires', 'maires', 'context',
  "voient leur territoire en mouvement, ni plus ni moins", 2024, "et 56 % ni plus ni moins.",
  "speech year_from_context ellipsis")
F(V, 4, "84 %", 84, '%', 'répondants', 'répondants', 'sentence',
  "exercent dans des communes de moins de 2 000 habitants", 2024,
  "[lit] 84 % des répondants sont dans des communes de moins de 2 000 habitants.",
  "read_from_notes speech year_from_context pop_after threshold_in_sentence")
N(V, 4, "2 000", "communes de moins de 2 000 habitants.", 'threshold')
F(V, 4, "Quatre-vingt-douze pour cent", 92, '%', 'maires', 'maires', 'sentence',
  "disent avoir besoin d'alliance", None,
  "Quatre-vingt-douze pour cent des maires disent avoir besoin d'alliance.",
  "percent_in_words number_in_words compound_number_word speech no_date stated_undated pop_after")
F(V, 4, "onze", 11, 'count', 'territoires pionniers', 'territoires pionniers', 'sentence',
  "territoires pionniers du parcours du CGET", None,
  "onze territoires pionniers pour le parcours du CGET",
  "count number_in_words speech no_date conflict date_without_year")
N(V, 4, "trois mai", "lancé un trois mai", 'date')
F(V, 4, "dix", 10, 'count', 'territoires', 'territoires', 'context',
  "territoires du parcours du CGET, selon d'autres sources", None,
  "— ou dix, selon les sources.",
  "count number_in_words speech no_date conflict ellipsis self_correction")
F(V, 4, "vingt et une", 21, 'count', 'mesures', None, None,
  "mesures de la feuille de route ministérielle", None,
  "une feuille de route ministérielle de vingt et une mesures.",
  "count number_in_words compound_number_word speech no_date")
N(V, 4, "sept mai deux mille vingt", "remis le sept mai deux mille vingt ;", 'date')
N(V, 4, "dix-sept octobre deux mille vingt", "c'était le dix-sept octobre deux mille vingt.", 'date')
N(V, 4, "onze décembre deux mille douze", "le onze décembre deux mille douze, puis", 'date')
N(V, 4, "début deux mille quatorze", "publié début deux mille quatorze.", 'date')
N(V, 4, "17", "Pour finir : l'ODD 17 ?", 'other')
F(V, 4, "Dix-neuf", 19, 'count', 'cibles', None, None, "cibles de l'ODD 17", None,
  "Dix-neuf cibles, selon la note du Comité 21 parue un cinq juillet.",
  "count number_in_words compound_number_word speech date_without_year no_date")
N(V, 4, "21", "la note du Comité 21 parue", 'other')
N(V, 4, "cinq juillet", "parue un cinq juillet.", 'date')
N(V, 4, "www.odd17.org", "www.odd17.org : méthodes", 'other')
F(V, 4, "deux cent cinquante", 250, 'count', 'données', None, None,
  "données inventoriées pour la sortie de crise", None,
  "plus de deux cent cinquante données ont été inventoriées",
  "count number_in_words compound_number_word speech qualifier_plus_de no_date stated_undated")

# ---- p5
N(V, 5, "trente novembre deux mille vingt et un", "le trente novembre deux mille vingt et un, pour", 'date')
N(V, 5, "mardi trente septembre", "« mardi trente septembre »", 'date')
N(V, 5, "deux", "les deux dates circulent.", 'other')
N(V, 5, "deux mille dix", "initiée en deux mille dix après", 'year')
F(V, 5, "Trois", 3, 'count', 'territoires pilotes', 'territoires pilotes', 'sentence',
  "territoires pilotes de la démarche « Agir ensemble en Territoire »", 2010,
  "Trois territoires pilotes : l'Alsace",
  "count number_in_words speech year_from_context year_in_words list")
N(V, 5, "Trois", "Trois conseils pour finir", 'other')
N(V, 5, "Deux", "Deux : donner la population", 'other')
N(V, 5, "Trois", "Trois : ne pas arrondir à l'écrit.", 'other')
N(V, 5, "quatrième", "Et un quatrième, gratuit", 'ordinal')
N(V, 5, "deux", "quand deux sources se contredisent", 'other')
N(V, 5, "deux", "citer les deux, avec leurs dates.", 'other')


# =====================================================================================
# AA-04  Tableau comparatif des régions (juin 2025), A4 landscape
# =====================================================================================
T = 'aa04'
for p in (1, 2):
    N(T, p, "juin 2025", "tableau comparatif, juin 2025", 'date')
    N(T, p, "%d/2" % p, "Tableau comparatif — %d/2" % p, 'page number')

# ---- p1
N(T, 1, "1", "Le tableau 1 compare", 'other')
N(T, 1, "six", "compare six régions", 'other')
N(T, 1, "sept", "sur sept indicateurs", 'other')
N(T, 1, "1", "Tableau 1 – Les régions et les démarches", 'other')
N(T, 1, "2024", "Maires interrogés en 2024 (nombre)", 'year')
N(T, 1, "2010", "Grand Est (Alsace) 2010", 'year')
N(T, 1, "2010", "(Poitou-Charentes) 2010", 'year')
N(T, 1, "2010", "(Paris-Est Marne & Bois) 2010", 'year')
N(T, 1, "30/11/2021", "n.p. n.p. 30/11/2021", 'date')
N(T, 1, "11e", "Normandie – 11e", 'ordinal')
N(T, 1, "26 novembre", "11e n.p. 26 novembre", 'date')
F(T, 1, "3", 3, 'count', 'exemples inspirants', None, None,
  "exemples inspirants présentés en Occitanie lors du voyage d'étude du RAMEAU", None,
  "Occitanie – n.p. 3",
  "count regional_table regional_row actor_null measure_from_header no_date",
  also=["du RAMEAU, 3 exemples"])
N(T, 1, "14/06/2022", "n.p. n.p. 14/06/2022", 'date')
F(T, 1, "13", 13, 'count', 'rapports régionaux', None, None, "rapports régionaux de PHARE parus en France",
  2016, "France entière – 13 plus de 1 000 – 11 350 302",
  "count regional_table national_row unit_from_note year_from_note column_meaning_from_note")
F(T, 1, "1 000", 1000, 'count', 'exemples inspirants', None, None,
  "exemples inspirants recensés par Le RAMEAU", None,
  "France entière – 13 plus de 1 000 – 11 350 302",
  "count regional_table national_row qualifier_plus_de stated_undated no_date nbsp_thousands",
  also=["recense plus de 1 000"])
F(T, 1, "11", 11, 'count', 'territoires pionniers', 'territoires pionniers', 'table',
  "territoires pionniers du parcours d'expérience du CGET et du RAMEAU", None,
  "France entière – 13 plus de 1 000 – 11 350 302",
  "count regional_table national_row actor_from_header stated_undated no_date conflict "
  "looks_like_thousands", exempt=True)
F(T, 1, "350", 350, 'count', 'catalyseurs territoriaux', 'catalyseurs territoriaux', 'table',
  "catalyseurs territoriaux visés par le Fonds ODD 17", 2020,
  "France entière – 13 plus de 1 000 – 11 350 302",
  "count regional_table national_row actor_from_header year_from_note looks_like_thousands", exempt=True)
F(T, 1, "302", 302, 'people', 'maires', 'maires', 'table',
  "maires interrogés par IMPACTS & TRAJECTOIRES – Elus locaux", 2024,
  "France entière – 13 plus de 1 000 – 11 350 302",
  "people sample regional_table national_row actor_from_header year_from_header looks_like_thousands",
  exempt=True, also=["en France, 302 maires"])
N(T, 1, "2010", "initiée en 2010 ;", 'year')
N(T, 1, "trois", "ceux des trois premières lignes", 'other')
N(T, 1, "premières", "ceux des trois premières lignes", 'ordinal')
N(T, 1, "onzième", "est le sujet du onzième, publié", 'ordinal')
N(T, 1, "26 novembre", "publié le 26 novembre.", 'date')
N(T, 1, "2016", "nombre de rapports régionaux parus en 2016.", 'year')
N(T, 1, "30 septembre", "« mardi 30 septembre »", 'date')
F(T, 1, "10", 10, 'count', 'territoires pilotes', 'territoires pilotes', 'sentence',
  "territoires du parcours d'expérience du CGET, selon une autre source", None,
  "une autre source parle de 10 territoires pilotes.",
  "count table_note footnote_text conflict stated_undated no_date pop_after")
N(T, 1, "17", "par le Fonds ODD 17, co-créé", 'other')
N(T, 1, "2020", "co-créé en 2020.", 'year')
N(T, 1, "2024", "ont été interrogés en 2024 ;", 'year')

# ---- p2
N(T, 2, "2", "Tableau 2 – Les associations employeuses", 'other')
F(T, 2, "148 000", 148000, 'count', 'associations employeuses', 'associations employeuses', 'table',
  "associations employeuses en France", None, "France entière 148 000",
  "count regional_table national_row actor_from_header undated_study stated_undated nbsp_thousands")
F(T, 2, "98", 98, '%', 'associations', 'associations employeuses', 'table', "ont des partenariats", None,
  "France entière 148 000 98",
  "regional_table national_row table unit_from_header actor_from_note measure_from_header undated_study "
  "stated_undated")
F(T, 2, "89", 89, '%', 'associations', 'associations employeuses', 'table',
  "comptent une collectivité territoriale parmi leurs partenaires", None, "148 000 98 89",
  "regional_table national_row table unit_from_header actor_from_note measure_from_header undated_study "
  "stated_undated")
F(T, 2, "73", 73, '%', 'associations', 'associations employeuses', 'table',
  "ont des partenaires à l'échelle locale", None, "98 89 73",
  "regional_table national_row table unit_from_header actor_from_note measure_from_header undated_study "
  "stated_undated", also=["Lecture : en France, 73 %"])
F(T, 2, "47", 47, '%', 'associations', 'associations employeuses', 'table',
  "ont des partenaires à l'échelle régionale", None, "89 73 47",
  "regional_table national_row table unit_from_header actor_from_note measure_from_header undated_study "
  "stated_undated")
F(T, 2, "91", 91, '%', 'maires', 'maires', 'table', "jugent leur territoire en mouvement", 2024,
  "73 47 91", "regional_table national_row table unit_from_header actor_from_header measure_from_header "
  "year_from_note")
N(T, 2, "2", "Colonnes 2 à 6 :", 'other')
N(T, 2, "6", "Colonnes 2 à 6 :", 'other')
N(T, 2, "7", "Colonne 7 : IMPACTS", 'other')
F(T, 2, "302", 302, 'people', 'maires', 'maires', 'sentence',
  "maires interrogés par IMPACTS & TRAJECTOIRES – Elus locaux", 2024,
  "Colonne 7 : IMPACTS & TRAJECTOIRES – Elus locaux, 302 maires interrogés par téléphone",
  "people sample table_note date_in_sentence pop_after", also=["100 % 302", "16 % de 302)"])
N(T, 2, "30 septembre", "du 30 septembre au 28 octobre 2024. Lecture", 'date')
N(T, 2, "28 octobre 2024", "du 30 septembre au 28 octobre 2024. Lecture", 'date')
N(T, 2, "3", "Tableau 3 – Les communes", 'other')
N(T, 2, "2024", "Les communes des maires interrogés en 2024 Territoire", 'year')
N(T, 2, "2 000", "Communes de moins de 2 000 habitants 84 %", 'threshold')
F(T, 2, "84 %", 84, '%', 'maires', 'maires répondants', 'table',
  "exercent dans une commune de moins de 2 000 habitants", 2024,
  "Communes de moins de 2 000 habitants 84 %",
  "table sample_structure actor_from_header measure_from_row threshold_in_row year_from_caption",
  also=["(84 % et 16 %"])
F(T, 2, "254", 254, 'people', 'maires', 'maires répondants', 'table',
  "maires répondants exerçant dans une commune de moins de 2 000 habitants", 2024,
  "84 % environ 254",
  "table sample computed approximation actor_from_header measure_from_row threshold_in_row "
  "year_from_caption")
N(T, 2, "2 000", "Communes de 2 000 habitants et plus 16 %", 'threshold')
F(T, 2, "16 %", 16, '%', 'maires', 'maires répondants', 'table',
  "exercent dans une commune de 2 000 habitants ou plus", 2024,
  "Communes de 2 000 habitants et plus 16 %",
  "table sample_structure computed by_difference actor_from_header measure_from_row threshold_in_row "
  "year_from_caption", also=["et 16 % de 302"])
F(T, 2, "48", 48, 'people', 'maires', 'maires répondants', 'table',
  "maires répondants exerçant dans une commune de 2 000 habitants ou plus", 2024,
  "16 % environ 48",
  "table sample computed approximation actor_from_header measure_from_row threshold_in_row "
  "year_from_caption")
N(T, 2, "100 %", "Ensemble des communes des répondants 100 %", 'other')
N(T, 2, "novembre 2024", "publiée en novembre 2024 (part", 'date')
N(T, 2, "2 000", "(part des communes de moins de 2 000 habitants)", 'threshold')
N(T, 2, "2 000", "La part des communes de 2 000 habitants et plus est obtenue", 'threshold')
N(T, 2, "1", "(tableau 1)", 'other')
N(T, 2, "2010", "2010, 2016, 2020, 2024, ou pas de date", 'year')
N(T, 2, "2016", "2010, 2016, 2020, 2024, ou pas de date", 'year')
N(T, 2, "2020", "2010, 2016, 2020, 2024, ou pas de date", 'year')
N(T, 2, "2024", "2010, 2016, 2020, 2024, ou pas de date", 'year')


# =====================================================================================
# AA-05  Méthodologie et fiche technique, puis résultats (enquête maires 2024; fiche de janvier 2025)
# =====================================================================================
M = 'aa05'
for p in (1, 2):
    N(M, p, "2024", "IMPACTS & TRAJECTOIRES – Elus locaux · enquête de 2024", 'year')
    N(M, p, "janvier 2025", "fiche de l'Observatoire, janvier 2025", 'date')
    N(M, p, "%d/2" % p, "Méthodologie et résultats · %d/2" % p, 'page number')

# ---- p1
N(M, 1, "30 septembre", "conduite par téléphone du 30 septembre au 28 octobre 2024, soit", 'date')
N(M, 1, "28 octobre 2024", "conduite par téléphone du 30 septembre au 28 octobre 2024, soit", 'date')
F(M, 1, "29", 29, 'count', 'jours', None, None, "durée du terrain de l'enquête, en jours", 2024,
  "soit 29 jours de terrain", "methodology duration_in_days computed date_in_sentence",
  also=["Durée du terrain 29 jours"])
F(M, 1, "302", 302, 'people', 'maires', 'maires', 'sentence',
  "taille de l'échantillon d'IMPACTS & TRAJECTOIRES – Elus locaux", 2024,
  "auprès de 302 maires ; ses résultats",
  "methodology sample date_in_sentence",
  also=["302 maires répondants", "Ensemble (302 maires)", "16 % de 302, arrondis"])
N(M, 1, "novembre 2024", "ont été publiés en novembre 2024.", 'date')
F(M, 1, "84 %", 84, '%', 'répondants', 'répondants', 'context',
  "exercent dans une commune de moins de 2 000 habitants", 2024,
  "Parmi les répondants, 84 % exercent dans une commune de moins de",
  "methodology sample_structure parmi pop_before year_from_context",
  also=["moins de 2 000 habitants 84", "Effectifs par taille de commune : 84 %"])
N(M, 1, "2 000", "moins de 2 000 habitants, soit environ 254 maires", 'threshold')
F(M, 1, "254", 254, 'people', 'maires', 'maires', 'sentence',
  "répondants exerçant dans une commune de moins de 2 000 habitants", 2024,
  "soit environ 254 maires ;",
  "methodology sample computed approximation year_from_context", also=["(environ 254)"])
F(M, 1, "16 %", 16, '%', 'répondants', 'répondants', 'context',
  "exercent dans une commune de 2 000 habitants ou plus", 2024,
  "les 16 % restants, environ 48 maires",
  "methodology sample_structure computed by_difference year_from_context",
  also=["la part de 16 %", "(par différence) 16", "84 % et 16 %"])
F(M, 1, "48", 48, 'people', 'maires', 'maires', 'sentence',
  "répondants exerçant dans une commune de 2 000 habitants ou plus", 2024,
  "environ 48 maires, exercent", "methodology sample computed approximation year_from_context",
  also=["(environ 48)"])
N(M, 1, "2 000", "dans une commune de 2 000 habitants ou plus.", 'threshold')
N(M, 1, "50 %", "Pour un résultat de 50 %, la marge", 'other')
F(M, 1, "± 5,6 points", 5.6, 'pts', None, None, None,
  "marge d'erreur maximale sur l'ensemble des répondants", 2024,
  "est au plus de ± 5,6 points sur l'ensemble des répondants",
  "pts margin_of_error methodology computed year_from_context",
  also=["± 5,6 points, au niveau", "50 % ± 5,6"])
F(M, 1, "± 6,1 points", 6.1, 'pts', None, None, None,
  "marge d'erreur maximale pour les communes de moins de 2 000 habitants", 2024,
  "de ± 6,1 points sur les communes de moins de",
  "pts margin_of_error methodology computed year_from_context", also=["± 5,6 ± 6,1"])
N(M, 1, "2 000", "sur les communes de moins de 2 000 habitants et de", 'threshold')
F(M, 1, "± 14,1 points", 14.1, 'pts', None, None, None,
  "marge d'erreur maximale pour les communes de 2 000 habitants ou plus", 2024,
  "et de ± 14,1 points sur les autres.",
  "pts margin_of_error methodology computed year_from_context", also=["± 6,1 ± 14,1"])
N(M, 1, "1", "Tableau 1 – Fiche technique", 'other')
N(M, 1, "30/09/2024", "du 30/09/2024 au 28/10/2024", 'date')
N(M, 1, "28/10/2024", "du 30/09/2024 au 28/10/2024", 'date')
N(M, 1, "premier", "du premier au dernier jour inclus", 'ordinal')
N(M, 1, "novembre 2024", "Publication des résultats novembre 2024", 'date')
N(M, 1, "2", "non publiés (voir le tableau 2)", 'other')
N(M, 1, "95 %", "au niveau de confiance de 95 % Tableau", 'other')
N(M, 1, "2", "Tableau 2 – Quotas et structure", 'other')
N(M, 1, "2 000", "Taille de commune moins de 2 000 habitants 84", 'threshold')
N(M, 1, "2 000", "Taille de commune 2 000 habitants et plus", 'threshold')
N(M, 1, "3", "Tableau 3 – Marge d'erreur selon le résultat", 'other')
N(M, 1, "2 000", "Moins de 2 000 hab. (environ 254)", 'threshold')
N(M, 1, "2 000", "(environ 254) 2 000 hab. et plus", 'threshold')
N(M, 1, "10 %", "10 % ou 90 % ± 3,4", 'other')
N(M, 1, "90 %", "10 % ou 90 % ± 3,4", 'other')
F(M, 1, "± 3,4", 3.4, 'pts', None, None, None,
  "marge d'erreur pour un résultat de dix ou quatre-vingt-dix pour cent, ensemble", 2024,
  "10 % ou 90 % ± 3,4", "pts margin_of_error methodology computed table unit_from_header "
  "measure_from_row year_from_context")
F(M, 1, "± 3,7", 3.7, 'pts', None, None, None,
  "marge d'erreur pour un résultat de dix ou quatre-vingt-dix pour cent, petites communes", 2024,
  "± 3,4 ± 3,7", "pts margin_of_error methodology computed table unit_from_header measure_from_row "
  "year_from_context")
F(M, 1, "± 8,5", 8.5, 'pts', None, None, None,
  "marge d'erreur pour un résultat de dix ou quatre-vingt-dix pour cent, grandes communes", 2024,
  "± 3,7 ± 8,5", "pts margin_of_error methodology computed table unit_from_header measure_from_row "
  "year_from_context")
N(M, 1, "20 %", "20 % ou 80 % ± 4,5", 'other')
N(M, 1, "80 %", "20 % ou 80 % ± 4,5", 'other')
F(M, 1, "± 4,5", 4.5, 'pts', None, None, None,
  "marge d'erreur pour un résultat de vingt ou quatre-vingts pour cent, ensemble", 2024,
  "20 % ou 80 % ± 4,5", "pts margin_of_error methodology computed table unit_from_header "
  "measure_from_row year_from_context")
F(M, 1, "± 4,9", 4.9, 'pts', None, None, None,
  "marge d'erreur pour un résultat de vingt ou quatre-vingts pour cent, petites communes", 2024,
  "± 4,5 ± 4,9", "pts margin_of_error methodology computed table unit_from_header measure_from_row "
  "year_from_context")
F(M, 1, "± 11,3", 11.3, 'pts', None, None, None,
  "marge d'erreur pour un résultat de vingt ou quatre-vingts pour cent, grandes communes", 2024,
  "± 4,9 ± 11,3", "pts margin_of_error methodology computed table unit_from_header measure_from_row "
  "year_from_context")
N(M, 1, "40 %", "40 % ou 60 % ± 5,5", 'other')
N(M, 1, "60 %", "40 % ou 60 % ± 5,5", 'other')
F(M, 1, "± 5,5", 5.5, 'pts', None, None, None,
  "marge d'erreur pour un résultat de quarante ou soixante pour cent, ensemble", 2024,
  "40 % ou 60 % ± 5,5", "pts margin_of_error methodology computed table unit_from_header "
  "measure_from_row year_from_context")
F(M, 1, "± 6,0", 6, 'pts', None, None, None,
  "marge d'erreur pour un résultat de quarante ou soixante pour cent, petites communes", 2024,
  "± 5,5 ± 6,0", "pts margin_of_error methodology computed table unit_from_header measure_from_row "
  "year_from_context")
F(M, 1, "± 13,9", 13.9, 'pts', None, None, None,
  "marge d'erreur pour un résultat de quarante ou soixante pour cent, grandes communes", 2024,
  "± 6,0 ± 13,9", "pts margin_of_error methodology computed table unit_from_header measure_from_row "
  "year_from_context")
N(M, 1, "50 %", "50 % ± 5,6", 'other')
N(M, 1, "1,96", "marge = 1,96 ×", 'other')
N(M, 1, "1", "(1 − p)", 'other')
N(M, 1, "95 %", "au niveau de confiance de 95 %, pour un échantillon", 'other')

# ---- p2
F(M, 2, "302", 302, 'people', 'maires', 'maires', 'sentence',
  "taille de l'échantillon d'IMPACTS & TRAJECTOIRES – Elus locaux", 2024,
  "Question posée aux 302 maires", "methodology sample year_from_running_header")
N(M, 2, "4", "Tableau 4 – Réponses, marges d'erreur", 'other')
N(M, 2, "95 %", "Intervalle de confiance à 95 % (en %)", 'other')
F(M, 2, "35", 35, '%', 'maires', 'maires', 'table', "jugent leur territoire fortement en mouvement", 2024,
  "Oui, fortement 35", "table unit_from_header actor_from_header measure_from_row year_from_running_header",
  also=["« fortement » en mouvement sont 35 %"])
F(M, 2, "± 5,4", 5.4, 'pts', None, None, None,
  "marge d'erreur de la part des maires jugeant leur territoire fortement en mouvement", 2024,
  "fortement 35 ± 5,4", "pts margin_of_error computed table unit_from_header measure_from_row year_from_running_header")
F(M, 2, "29,6", 29.6, '%', 'maires', 'maires', 'table',
  "borne basse de l'intervalle de confiance, territoire fortement en mouvement", 2024,
  "de 29,6 à 40,4", "table interval_bound computed unit_from_header actor_from_header measure_from_row "
  "year_from_running_header")
F(M, 2, "40,4", 40.4, '%', 'maires', 'maires', 'table',
  "borne haute de l'intervalle de confiance, territoire fortement en mouvement", 2024,
  "de 29,6 à 40,4", "table interval_bound computed unit_from_header actor_from_header measure_from_row "
  "year_from_running_header")
F(M, 2, "56", 56, '%', 'maires', 'maires', 'table', "jugent leur territoire en mouvement, ni plus ni moins",
  2024, "Oui, ni plus ni moins 56",
  "table unit_from_header actor_from_header measure_from_row year_from_running_header",
  also=["« ni plus ni moins » en mouvement, 56 %"])
F(M, 2, "± 5,6", 5.6, 'pts', None, None, None,
  "marge d'erreur de la part jugeant le territoire en mouvement, ni plus ni moins", 2024,
  "moins 56 ± 5,6", "pts margin_of_error computed table unit_from_header measure_from_row year_from_running_header")
F(M, 2, "50,4", 50.4, '%', 'maires', 'maires', 'table',
  "borne basse de l'intervalle de confiance, territoire en mouvement ni plus ni moins", 2024,
  "de 50,4 à 61,6", "table interval_bound computed unit_from_header actor_from_header measure_from_row "
  "year_from_running_header")
F(M, 2, "61,6", 61.6, '%', 'maires', 'maires', 'table',
  "borne haute de l'intervalle de confiance, territoire en mouvement ni plus ni moins", 2024,
  "de 50,4 à 61,6", "table interval_bound computed unit_from_header actor_from_header measure_from_row "
  "year_from_running_header")
F(M, 2, "91", 91, '%', 'maires', 'maires', 'table', "jugent leur territoire en mouvement", 2024,
  "Total « oui » 91", "table unit_from_header actor_from_header measure_from_row year_from_running_header",
  also=["Lecture : 91 %", "Ensemble 100 91"])
F(M, 2, "± 3,2", 3.2, 'pts', None, None, None,
  "marge d'erreur de la part des maires jugeant leur territoire en mouvement", 2024,
  "91 ± 3,2", "pts margin_of_error computed table unit_from_header measure_from_row year_from_running_header")
F(M, 2, "87,8", 87.8, '%', 'maires', 'maires', 'table',
  "borne basse de l'intervalle de confiance, territoire en mouvement", 2024,
  "de 87,8 à 94,2", "table interval_bound computed unit_from_header actor_from_header measure_from_row "
  "year_from_running_header", also=["entre 87,8 %"])
F(M, 2, "94,2", 94.2, '%', 'maires', 'maires', 'table',
  "borne haute de l'intervalle de confiance, territoire en mouvement", 2024,
  "de 87,8 à 94,2", "table interval_bound computed unit_from_header actor_from_header measure_from_row "
  "year_from_running_header", also=["et 94,2 %"])
F(M, 2, "9", 9, '%', 'maires', 'maires', 'table',
  "ne jugent pas leur territoire en mouvement ou donnent une autre réponse", 2024,
  "Autres réponses (par différence) 9",
  "table unit_from_header actor_from_header measure_from_row computed by_difference year_from_running_header")
F(M, 2, "21 points", 21, 'pts', 'maires', 'maires', 'context',
  "d'écart entre « ni plus ni moins » et « fortement » en mouvement", 2024,
  "soit 21 points de plus", "pts gap computed year_from_running_header")
N(M, 2, "deux", "de chacun des deux résultats.", 'other')
N(M, 2, "5", "Tableau 5 – Résultats par taille de commune", 'other')
N(M, 2, "50 %", "Marge pour un résultat de 50 % (en points)", 'other')
N(M, 2, "2 000", "Moins de 2 000 habitants 84", 'threshold')
F(M, 2, "84", 84, '%', 'répondants', 'répondants', 'table',
  "exercent dans une commune de moins de 2 000 habitants", 2024,
  "Moins de 2 000 habitants 84",
  "table sample_structure unit_from_header actor_from_header measure_from_row threshold_in_row "
  "year_from_running_header")
F(M, 2, "± 6,1", 6.1, 'pts', None, None, None,
  "marge d'erreur maximale pour les communes de moins de 2 000 habitants", 2024,
  "n.p. ± 6,1", "pts margin_of_error computed table unit_from_header measure_from_row year_from_running_header")
N(M, 2, "2 000", "2 000 habitants et plus 16", 'threshold')
F(M, 2, "16", 16, '%', 'répondants', 'répondants', 'table',
  "exercent dans une commune de 2 000 habitants ou plus", 2024,
  "2 000 habitants et plus 16",
  "table sample_structure unit_from_header actor_from_header measure_from_row threshold_in_row computed "
  "year_from_running_header")
F(M, 2, "± 14,1", 14.1, 'pts', None, None, None,
  "marge d'erreur maximale pour les communes de 2 000 habitants ou plus", 2024,
  "n.p. ± 14,1", "pts margin_of_error computed table unit_from_header measure_from_row year_from_running_header")
N(M, 2, "100", "Ensemble 100 91", 'other')
N(M, 2, "page 1", "voir la page 1", 'page number')
N(M, 2, "6", "Tableau 6 – Repères d'autres enquêtes", 'other')
N(M, 2, "29/11/2016", "PHARE-Institutions 29/11/2016 87", 'date')
F(M, 2, "87", 87, '%', 'maires', 'maires', 'table', "partagent le constat d'un devoir d'alliance", 2016,
  "PHARE-Institutions 29/11/2016 87",
  "table unit_from_header actor_from_row measure_from_row year_in_row date_adjacent_to_figure")
N(M, 2, "nov. 2020", "IMPACT-Elus locaux nov. 2020 64", 'date')
F(M, 2, "64", 64, '%', 'élus', 'élus locaux', 'table', "veulent s'appuyer sur le « jouer collectif »",
  2020, "IMPACT-Elus locaux nov. 2020 64",
  "table unit_from_header actor_from_row measure_from_row year_in_row year_adjacent_to_figure")
N(M, 2, "2018-2022", "territoire engagé programme IMPACT 2018-2022 76", 'year')
F(M, 2, "76", 76, '%', 'maires', 'maires', 'table', "jugent leur territoire engagé", "2018-2022",
  "territoire engagé programme IMPACT 2018-2022 76",
  "table unit_from_header actor_from_row measure_from_row year_in_row programme_period "
  "year_adjacent_to_figure")
N(M, 2, "2018-2022", "les alliances programme IMPACT 2018-2022 46", 'year')
F(M, 2, "46", 46, '%', 'maires', 'maires', 'table', "ne savent pas comment piloter les alliances",
  "2018-2022", "les alliances programme IMPACT 2018-2022 46",
  "table unit_from_header actor_from_row measure_from_row year_in_row programme_period negation "
  "year_adjacent_to_figure")
F(M, 2, "92", 92, '%', 'maires', 'maires', 'table', "ressentent un « besoin d'alliance »", None,
  "plaidoyer sans date 92", "table unit_from_header actor_from_row measure_from_row stated_undated no_date")
N(M, 2, "page 1", "(formule en page 1)", 'page number')
N(M, 2, "6", "enquêtes du tableau 6 ne sont pas publiés", 'other')
N(M, 2, "2024", "ceux de l'enquête de 2024.", 'year')
