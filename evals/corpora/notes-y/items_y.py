# -*- coding: utf-8 -*-
"""Hand-written gold items of set Y.

F(file, page, text, value, unit, noun, actor, actor_source, measure, year, sentence, cases, ...)
N(file, page, text, sentence, why)

`sentence` is copied from the whitespace-collapsed pypdf text of the page; `text` lies in it.
`cases` is a space-separated list of tags; build_y.py adds the derived tag nbsp.
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
DEVOIR = "jugent que s'allier est un devoir"
JOUER = "veulent s'appuyer sur le « jouer collectif »"
ENGAGES = "engagés dans des partenariats"
PART_ENT = "ont un partenariat avec une entreprise"
MOUV = "voient leur territoire en mouvement"
MOUV_FORT = "voient leur territoire fortement en mouvement"
MOUV_NI = "voient leur territoire en mouvement, ni plus ni moins"
COMMUNE = "exercent dans une commune de moins de 2 000 habitants"
IMP = "attendent des partenariats un impact fort sur "
COLL = "citent les collectivités territoriales parmi leurs partenaires"
MARK = "note moyenne donnée "
AP = 2016  # Associations & Partenariats: fieldwork 2016, publication 2017 (year_alt)

# =====================================================================================
# Y-01  Résultats détaillés (février 2025): synthèse, notes et rangs, barres, méthodologie
# =====================================================================================
X = 'y01'
for p in (1, 2, 3, 4):
    N(X, p, "février 2025", "Observatoire des partenariats · Résultats détaillés février 2025", 'date')
    N(X, p, "%d/4" % p, "page %d/4" % p, 'page number')

# ---- p1  « L'essentiel »: one heading per survey gives the date once
N(X, 1, "4", "La méthodologie de chaque enquête est présentée en page 4.", 'page number')
N(X, 1, "septembre 2015", "Les Français · PHARE-Citoyens, septembre 2015", 'date')
F(X, 1, "7,1/10", 7.1, '/10', 'note', 'Français', 'context', MARK + "à l'emploi, premier des enjeux", 2015,
  "L'emploi arrive en tête des enjeux (7,1/10)",
  "mark10 parenthetical year_from_heading box list")
F(X, 1, "6,6/10", 6.6, '/10', 'note', 'Français', 'context', MARK + "au pouvoir d'achat et à la sécurité",
  2015, "devant le pouvoir d'achat et la sécurité (6,6/10 chacun).",
  "mark10 parenthetical one_value_two_measures year_from_heading box list")
F(X, 1, "49 %", 49, '%', 'Français', 'Français', 'context', IMP + "l'emploi", 2015,
  "49 % attendent des partenariats un impact fort sur l'emploi",
  "actor_from_heading year_from_heading box list")
F(X, 1, "36 %", 36, '%', 'Français', 'Français', 'context',
  "attendent un impact fort sur la précarité comme sur l'éducation", 2015,
  "(contre 36 % sur la précarité comme sur l'éducation).",
  "parenthetical parenthetical_comparison one_value_two_measures ellipsis year_from_heading box list")
F(X, 1, "69 %", 69, '%', 'Français', 'Français', 'context', DEVOIR, 2015,
  "69 % jugent que s'allier est un devoir.", "actor_from_heading year_from_heading box list")
N(X, 1, "mai-juin 2016", "Les associations · Associations & Partenariats, enquête de mai-juin 2016", 'date')
F(X, 1, "2,5", 2.5, 'count', 'partenaires', 'associations', 'sentence', "partenaires en moyenne par association",
  AP, "Une association compte en moyenne 2,5 partenaires",
  "count decimal_count average year_from_heading survey_named_earlier box list", year_alt=2017)
F(X, 1, "74 %", 74, '%', 'associations', 'associations', 'context', COLL, AP,
  "les collectivités territoriales sont les plus citées (74 %).",
  "parenthetical measure_before year_from_heading survey_named_earlier box list", year_alt=2017)
F(X, 1, "moitié", 50, '%', 'associations', "associations dont le budget dépasse 150 000 €", 'sentence',
  PART_ENT, AP, "La moitié des associations dont le budget dépasse 150 000 €",
  "fraction_in_words number_in_words pop_after threshold_in_sentence money_threshold_nearby "
  "year_from_heading box list", year_alt=2017)
N(X, 1, "150 000 €", "dont le budget dépasse 150 000 € ont un partenariat", 'threshold')
F(X, 1, "20 %", 20, '%', 'associations', "associations dont le budget est inférieur à 10 000 €", 'sentence',
  PART_ENT, AP, "(contre 20 % de celles dont le budget est inférieur à 10 000 €).",
  "parenthetical parenthetical_comparison celles threshold_in_sentence money_threshold_nearby "
  "year_from_heading box list", year_alt=2017)
N(X, 1, "10 000 €", "dont le budget est inférieur à 10 000 €).", 'threshold')
N(X, 1, "novembre 2024", "IMPACTS & TRAJECTOIRES – Elus locaux, novembre 2024", 'date')
F(X, 1, "91 %", 91, '%', 'maires', 'maires', 'context', MOUV, 2024,
  "91 % voient leur territoire en mouvement", "actor_from_heading year_from_heading box list")
F(X, 1, "35 %", 35, '%', 'maires', 'maires', 'context', MOUV_FORT, 2024, "(35 % fortement,",
  "parenthetical breakdown ellipsis year_from_heading box list")
F(X, 1, "56 %", 56, '%', 'maires', 'maires', 'context', MOUV_NI, 2024, "56 % ni plus ni moins).",
  "parenthetical breakdown ellipsis year_from_heading box list")
F(X, 1, "84 %", 84, '%', 'maires', 'maires interrogés', 'sentence', COMMUNE, 2024,
  "84 % des maires interrogés exercent dans une commune",
  "pop_after threshold_in_sentence year_from_heading box list")
N(X, 1, "2 000", "dans une commune de moins de 2 000 habitants.", 'threshold')
N(X, 1, "1", "Sommaire 1. Les Français en 2015", 'other')
N(X, 1, "2015", "Sommaire 1. Les Français en 2015", 'year')
N(X, 1, "2", "Les Français en 2015, p. 2 ·", 'page number')
N(X, 1, "2", "· 2. Les publics, d'une enquête", 'other')
N(X, 1, "3", "d'une enquête à l'autre, p. 3", 'page number')
N(X, 1, "4", "Méthodologie, p. 4", 'page number')

# ---- p2  the section heading gives 2015 once; Graphique 2's legend overrides it
N(X, 2, "1", "1. Les Français en 2015 : enjeux et attentes", 'other')
N(X, 2, "2015", "1. Les Français en 2015 : enjeux et attentes", 'year')
F(X, 2, "2 000", 2000, 'people', 'personnes', 'personnes interrogées', 'sentence',
  "taille de l'échantillon du volet PHARE-Citoyens", 2015,
  "Le volet Citoyens du programme PHARE a interrogé plus de 2 000 personnes.",
  "people qualifier_plus_de nbsp_thousands year_from_heading")
N(X, 2, "0 à 10", "Chaque enjeu y était noté de 0 à 10", 'scale')
N(X, 2, "1", "le tableau 1 les classe", 'other')
N(X, 2, "premier", "du premier au dernier.", 'ordinal')
N(X, 2, "1", "Tableau 1 – Les enjeux et leur rang", 'other')
N(X, 2, "10", "Enjeu Note moyenne (sur 10) Rang", 'scale')
F(X, 2, "7,1", 7.1, '/10', 'note', 'Français interrogés', 'context', MARK + "à l'emploi", 2015,
  "Emploi 7,1 1", "table mark10 unit_from_header measure_from_row rank_nearby year_from_heading")
N(X, 2, "1", "Emploi 7,1 1", 'ordinal')
F(X, 2, "6,6", 6.6, '/10', 'note', 'Français interrogés', 'context', MARK + "au pouvoir d'achat et à la sécurité",
  2015, "Pouvoir d'achat, sécuritéa 6,6 2 ex aequo",
  "table mark10 unit_from_header measure_from_row one_value_two_measures rank_nearby year_from_heading "
  "table_note conflict")
N(X, 2, "2", "sécuritéa 6,6 2 ex aequo", 'ordinal')
F(X, 2, "6,5", 6.5, '/10', 'note', 'Français interrogés', 'context', MARK + "au développement économique",
  2015, "Développement économique 6,5 4",
  "table mark10 unit_from_header measure_from_row rank_nearby year_from_heading")
N(X, 2, "4", "Développement économique 6,5 4", 'ordinal')
F(X, 2, "6,3", 6.3, '/10', 'note', 'Français interrogés', 'context', MARK + "à l'environnement et à l'exclusion",
  2015, "Environnement, exclusion 6,3 5 ex aequo",
  "table mark10 unit_from_header measure_from_row one_value_two_measures rank_nearby year_from_heading")
N(X, 2, "5", "Environnement, exclusion 6,3 5 ex aequo", 'ordinal')
F(X, 2, "7/10", 7, '/10', 'note', 'Français interrogés', 'context', MARK + "à la sécurité, selon une autre publication",
  2015, "a. Une autre publication tirée de la même enquête attribue 7/10 à la sécurité",
  "mark10 footnote_text conflict survey_named_earlier year_from_heading")
N(X, 2, "deuxième", "qui serait alors deuxième, seule.", 'ordinal')
F(X, 2, "0,5 point", 0.5, 'pts', 'Français', 'Français interrogés', 'context',
  "écart de note entre l'emploi et le pouvoir d'achat et la sécurité", 2015,
  "L'emploi devance de 0,5 point le pouvoir d'achat", "pts gap mark_gap computed year_from_heading")
F(X, 2, "0,8 point", 0.8, 'pts', 'Français', 'Français interrogés', 'context',
  "écart de note entre l'environnement et l'exclusion et l'emploi", 2015,
  "ferment la marche, à 0,8 point de l'emploi.", "pts gap mark_gap computed year_from_heading")
N(X, 2, "1", "Graphique 1 – Impact fort attendu des partenariats", 'other')
F(X, 2, "49 %", 49, '%', 'Français', 'Français', 'table', IMP + "l'emploi", 2015, "Emploi 49 %",
  "chart bar_end_value actor_from_header measure_from_row year_from_heading")
F(X, 2, "46 %", 46, '%', 'Français', 'Français', 'table', IMP + "le développement économique", 2015,
  "Développement économique 46 %", "chart bar_end_value actor_from_header measure_from_row year_from_heading")
F(X, 2, "42 %", 42, '%', 'Français', 'Français', 'table', IMP + "l'environnement", 2015,
  "Environnement 42 %", "chart bar_end_value actor_from_header measure_from_row year_from_heading")
F(X, 2, "36 %", 36, '%', 'Français', 'Français', 'table', IMP + "la précarité et sur l'éducation", 2015,
  "Précarité, éducation 36 %",
  "chart bar_end_value actor_from_header measure_from_row one_value_two_measures year_from_heading")
F(X, 2, "13 points", 13, 'pts', 'Français', 'Français', 'context',
  "écart d'impact attendu entre l'emploi et la précarité et l'éducation", 2015,
  "la précarité et l'éducation en dernier, 13 points plus bas.", "pts gap computed year_from_heading")
N(X, 2, "2", "Graphique 2 – Jugent urgent de créer", 'other')
N(X, 2, "2008", "(en % des Français) 2008 2012 Français", 'year')
N(X, 2, "2012", "(en % des Français) 2008 2012 Français", 'year')
F(X, 2, "86", 86, '%', 'Français', 'Français', 'table', URGENT, 2008, "Français 86 84",
  "chart bar_end_value legend_year year_from_legend unit_from_header actor_from_header "
  "legend_overrides_heading")
F(X, 2, "84", 84, '%', 'Français', 'Français', 'table', URGENT, 2012, "86 84 Source : ARPEA",
  "chart bar_end_value legend_year year_from_legend unit_from_header actor_from_header "
  "legend_overrides_heading")

# ---- p3  Graphique 3: years only in the legend, « n.d. » for the missing bars
N(X, 3, "2", "2. Les publics, d'une enquête à l'autre", 'other')
N(X, 3, "Quatre", "Quatre publics ont répondu à la même question", 'other')
N(X, 3, "novembre 2015", "ont paru de septembre à novembre 2015", 'date')
N(X, 3, "1", "le volet Institutions1, consacré aux maires, en 2016.", 'footnote')
N(X, 3, "2016", "le volet Institutions1, consacré aux maires, en 2016.", 'year')
N(X, 3, "3", "Graphique 3 – « S'allier est un devoir »", 'other')
N(X, 3, "2015", "(en %) 2015 2016 Français 69", 'year')
N(X, 3, "2016", "(en %) 2015 2016 Français 69", 'year')
F(X, 3, "69", 69, '%', 'Français', 'Français', 'table', DEVOIR, 2015, "Français 69 n.d.",
  "chart bar_end_value legend_year year_from_legend unit_from_header actor_from_row missing_bar")
F(X, 3, "81", 81, '%', 'dirigeants', "dirigeants d'entreprise", 'table', DEVOIR, 2015,
  "Dirigeants d'entreprise 81 n.d.",
  "chart bar_end_value legend_year year_from_legend unit_from_header actor_from_row missing_bar")
F(X, 3, "86", 86, '%', 'responsables', 'responsables associatifs', 'table', DEVOIR, 2015,
  "Responsables associatifs 86 n.d.",
  "chart bar_end_value legend_year year_from_legend unit_from_header actor_from_row missing_bar")
F(X, 3, "87", 87, '%', 'maires', 'maires', 'table', DEVOIR, 2016, "Maires n.d. 87",
  "chart bar_end_value legend_year year_from_legend unit_from_header actor_from_row missing_bar")
N(X, 3, "mai-juin 2016", "menée en mai-juin 2016 et publiée en mars 2017", 'date')
N(X, 3, "mars 2017", "menée en mai-juin 2016 et publiée en mars 2017", 'date')
N(X, 3, "4", "les associations (graphique 4).", 'other')
N(X, 3, "4", "Graphique 4 – Partenaires cités", 'other')
PARTS = [("74", 74, "Collectivités territoriales", COLL),
         ("72", 72, "Associations et fondations", "citent les associations et fondations parmi leurs partenaires"),
         ("47", 47, "Établissements d'enseignement", "citent les établissements d'enseignement parmi leurs partenaires"),
         ("28", 28, "Entreprises", "citent les entreprises parmi leurs partenaires"),
         ("22", 22, "Structures d'insertion", "citent les structures d'insertion parmi leurs partenaires"),
         ("9", 9, "Organismes de recherche", "citent les organismes de recherche parmi leurs partenaires")]
for t, v, lab, meas in PARTS:
    F(X, 3, t, v, '%', 'associations', 'associations', 'table', meas, AP, "%s %s" % (lab, t),
      "chart bar_end_value unit_from_header actor_from_header measure_from_row survey_named_earlier",
      year_alt=2017)
F(X, 3, "1 380", 1380, 'people', 'responsables associatifs', 'responsables associatifs', 'sentence',
  "taille de l'échantillon de l'enquête Associations & Partenariats", AP,
  "plus de 1 380 responsables associatifs interrogés.",
  "people qualifier_plus_de nbsp_thousands source_line survey_named_earlier", year_alt=2017)
N(X, 3, "1", "1. Publié le 29 novembre 2016", 'footnote')
N(X, 3, "29 novembre 2016", "1. Publié le 29 novembre 2016", 'date')
F(X, 3, "cinq", 5, 'count', 'profils', None, None, "profils de maires distingués par PHARE-Institutions", 2016,
  "le volet Institutions distingue aussi cinq profils de maires.",
  "count number_in_words footnote_text date_in_sentence")

# ---- p4  Méthodologie: sample sizes, fieldwork dates, margins of error (computed)
N(X, 4, "2", "Tableau 2 – Fiche technique des enquêtes citées", 'other')
N(X, 4, "1", "Publication Marge d'erreur1", 'footnote')
F(X, 4, "2 000", 2000, 'people', 'personnes', 'personnes interrogées', 'sentence',
  "taille de l'échantillon de l'enquête PHARE-Citoyens", 2015, "plus de 2 000 personnes non précisé",
  "people qualifier_plus_de nbsp_thousands table methodology year_in_row")
N(X, 4, "septembre 2015", "non précisé septembre 2015 ± 2,2", 'date')
F(X, 4, "± 2,2 points", 2.2, 'pts', None, None, None, "marge d'erreur maximale de l'enquête PHARE-Citoyens",
  2015, "septembre 2015 ± 2,2 points au plus",
  "pts margin_of_error computed table methodology year_in_row")
F(X, 4, "1 380", 1380, 'people', 'responsables associatifs', 'responsables associatifs', 'sentence',
  "taille de l'échantillon de l'enquête Associations & Partenariats", AP,
  "plus de 1 380 responsables associatifs non précisé",
  "people qualifier_plus_de nbsp_thousands table methodology year_in_row", year_alt=2017)
N(X, 4, "mai-juin 2016", "non précisé mai-juin 2016 mars 2017", 'date')
N(X, 4, "mars 2017", "non précisé mai-juin 2016 mars 2017", 'date')
F(X, 4, "± 2,6 points", 2.6, 'pts', None, None, None,
  "marge d'erreur maximale de l'enquête Associations & Partenariats", AP, "mars 2017 ± 2,6 points au plus",
  "pts margin_of_error computed table methodology year_in_row", year_alt=2017)
F(X, 4, "302", 302, 'people', 'maires', 'maires', 'sentence',
  "taille de l'échantillon de l'enquête IMPACTS & TRAJECTOIRES – Elus locaux", 2024, "302 maires téléphone",
  "people table methodology year_in_row")
N(X, 4, "30 septembre", "du 30 septembre au 28 octobre 2024 novembre 2024", 'date')
N(X, 4, "28 octobre 2024", "du 30 septembre au 28 octobre 2024 novembre 2024", 'date')
N(X, 4, "novembre 2024", "28 octobre 2024 novembre 2024 ± 5,6", 'date')
F(X, 4, "± 5,6 points", 5.6, 'pts', None, None, None,
  "marge d'erreur de l'enquête IMPACTS & TRAJECTOIRES – Elus locaux", 2024, "novembre 2024 ± 5,6 points",
  "pts margin_of_error computed table methodology year_in_row")
N(X, 4, "2008", "mesures de 2008 et de 2012 –", 'year')
N(X, 4, "2012", "mesures de 2008 et de 2012 –", 'year')
N(X, 4, "29 novembre 2016", "non précisé 29 novembre 2016 non calculable", 'date')
N(X, 4, "2008", "Entre 2008 et 2012, la part des Français", 'year')
N(X, 4, "2012", "Entre 2008 et 2012, la part des Français", 'year')
F(X, 4, "86 %", 86, '%', 'Français', 'Français', 'sentence', URGENT, 2008, "passe de 86 % à 84 %.",
  "year_from_range year_in_sentence two_years_one_sentence pop_before")
F(X, 4, "84 %", 84, '%', 'Français', 'Français', 'sentence', URGENT, 2012, "passe de 86 % à 84 %. Faute",
  "year_from_range year_in_sentence two_years_one_sentence pop_before")
F(X, 4, "2 points", 2, 'pts', 'Français', 'Français', 'context',
  "évolution de la part jugeant urgent de créer des partenariats", "2008-2012",
  "on ne peut dire si cet écart de 2 points dépasse la marge d'erreur.",
  "pts evolution computed year_in_sentence period_from_range")
N(X, 4, "100", "leur somme peut ne pas faire 100.", 'other')
N(X, 4, "1", "1. Marge d'erreur théorique", 'footnote')
N(X, 4, "95 %", "au seuil de confiance de 95 %", 'other')
N(X, 4, "50 %", "pour un résultat proche de 50 %", 'other')

# =====================================================================================
# Y-02  Tableau de bord des indicateurs (A4 paysage, mars 2025): évolutions et écarts en points
# =====================================================================================
X = 'y02'
for p in (1, 2, 3):
    N(X, p, "mars 2025", "Observatoire des partenariats · mise à jour : mars 2025", 'date')
    N(X, p, "%d/3" % p, "Tableau de bord · page %d/3" % p, 'page number')

# ---- p1
N(X, 1, "1", "mars 2025 1. Les Français Comment lire.", 'other')
N(X, 1, "+5 pts", "« +5 pts » signifie cinq points de pourcentage", 'other')
N(X, 1, "cinq", "« +5 pts » signifie cinq points de pourcentage", 'other')
N(X, 1, "10", "entre deux notes sur 10, l'écart s'exprime en points de note.", 'scale')
N(X, 1, "deux", "entre deux notes sur 10, l'écart s'exprime en points de note.", 'other')
N(X, 1, "septembre 2015", "PHARE-Citoyens · septembre 2015", 'date')
F(X, 1, "69 %", 69, '%', 'Français', 'Français', 'table', DEVOIR, 2015,
  "Jugent que s'allier est un devoir Français 69 %",
  "table scorecard actor_from_row measure_from_row year_from_group_row")
N(X, 1, "première", "69 % ■ première mesure", 'ordinal')
N(X, 1, "premier", "Note moyenne de l'emploi, premier enjeu", 'ordinal')
F(X, 1, "7,1/10", 7.1, '/10', 'note', 'Français', 'table', MARK + "à l'emploi", 2015,
  "premier enjeu Français 7,1/10", "table scorecard mark10 actor_from_row measure_from_row year_from_group_row")
F(X, 1, "+0,5 pt", 0.5, 'pts', 'Français', 'Français', 'table',
  "écart de note entre l'emploi et le pouvoir d'achat et la sécurité", 2015,
  "▲ +0,5 pt sur le pouvoir d'achat et la sécurité",
  "pts gap mark_gap computed table scorecard year_from_group_row")
F(X, 1, "6,6/10", 6.6, '/10', 'note', 'Français', 'table', MARK + "au pouvoir d'achat et à la sécurité", 2015,
  "Français 6,6/10 ■ ex aequo",
  "table scorecard mark10 actor_from_row measure_from_row one_value_two_measures year_from_group_row conflict")
N(X, 1, "1", "Note moyenne du pouvoir d'achat et de la sécurité1", 'footnote')
F(X, 1, "6,3/10", 6.3, '/10', 'note', 'Français', 'table', MARK + "à l'environnement et à l'exclusion", 2015,
  "Français 6,3/10", "table scorecard mark10 actor_from_row measure_from_row one_value_two_measures year_from_group_row")
F(X, 1, "−0,8 pt", -0.8, 'pts', 'Français', 'Français', 'table',
  "écart de note entre l'environnement et l'exclusion et l'emploi", 2015, "▼ −0,8 pt sur l'emploi",
  "pts gap mark_gap negative computed table scorecard year_from_group_row")
F(X, 1, "49 %", 49, '%', 'Français', 'Français', 'table', IMP + "l'emploi", 2015,
  "Attendent un impact fort sur l'emploi Français 49 %",
  "table scorecard actor_from_row measure_from_row year_from_group_row")
F(X, 1, "+13 pts", 13, 'pts', 'Français', 'Français', 'table',
  "écart d'impact attendu entre l'emploi et la précarité et l'éducation", 2015,
  "▲ +13 pts sur la précarité et l'éducation", "pts gap computed table scorecard year_from_group_row")
F(X, 1, "46 %", 46, '%', 'Français', 'Français', 'table', IMP + "le développement économique", 2015,
  "Attendent un impact fort sur le développement économique Français 46 %",
  "table scorecard actor_from_row measure_from_row year_from_group_row")
F(X, 1, "−3 pts", -3, 'pts', 'Français', 'Français', 'table',
  "écart d'impact attendu entre le développement économique et l'emploi", 2015, "46 % ▼ −3 pts sur l'emploi",
  "pts gap negative computed table scorecard year_from_group_row")
F(X, 1, "42 %", 42, '%', 'Français', 'Français', 'table', IMP + "l'environnement", 2015,
  "Attendent un impact fort sur l'environnement Français 42 %",
  "table scorecard actor_from_row measure_from_row year_from_group_row")
F(X, 1, "−7 pts", -7, 'pts', 'Français', 'Français', 'table',
  "écart d'impact attendu entre l'environnement et l'emploi", 2015, "42 % ▼ −7 pts sur l'emploi",
  "pts gap negative computed table scorecard year_from_group_row")
F(X, 1, "36 %", 36, '%', 'Français', 'Français', 'table', IMP + "la précarité et sur l'éducation", 2015,
  "Attendent un impact fort sur la précarité et sur l'éducation Français 36 %",
  "table scorecard actor_from_row measure_from_row one_value_two_measures year_from_group_row")
N(X, 1, "2008", "ARPEA – Citoyens · mesures de 2008 et de 2012", 'year')
N(X, 1, "2012", "ARPEA – Citoyens · mesures de 2008 et de 2012", 'year')
F(X, 1, "84 %", 84, '%', 'Français', 'Français', 'table', URGENT, 2012,
  "(dernière mesure) Français 84 %",
  "table scorecard actor_from_row measure_from_row year_from_group_row latest_of_two")
F(X, 1, "−2 pts", -2, 'pts', 'Français', 'Français', 'table',
  "évolution de la part jugeant urgent de créer des partenariats", "2008-2012",
  "▼ −2 pts depuis la première mesure",
  "pts evolution negative computed table scorecard year_from_group_row period_from_range")
N(X, 1, "première", "▼ −2 pts depuis la première mesure", 'ordinal')
F(X, 1, "86 %", 86, '%', 'Français', 'Français', 'table', URGENT, 2008, "depuis la première mesure (86 %)",
  "table scorecard parenthetical parenthetical_comparison year_from_group_row first_of_two")
F(X, 1, "81 %", 81, '%', 'Français', 'Français', 'table', "jugent la co-construction utile pour rebondir",
  None, "Jugent la co-construction utile pour rebondir Français 81 %",
  "table scorecard actor_from_row measure_from_row no_date stated_undated")
N(X, 1, "1", "1. Une autre publication tirée de la même enquête", 'footnote')
F(X, 1, "7/10", 7, '/10', 'note', 'Français', 'context', MARK + "à la sécurité, selon une autre publication",
  2015, "tirée de la même enquête attribue 7/10 à la sécurité.",
  "mark10 footnote_text conflict survey_named_earlier")

# ---- p2
N(X, 2, "2", "mars 2025 2. Entreprises et associations", 'other')
N(X, 2, "janvier 2011", "ARPEA Entreprises & Territoires · janvier 2011", 'date')
F(X, 2, "21 %", 21, '%', 'entreprises', 'entreprises', 'table', "développent des partenariats", 2011,
  "Développent des partenariats Entreprises 21 %",
  "table scorecard actor_from_row measure_from_row year_from_group_row")
F(X, 2, "33 %", 33, '%', 'entreprises', 'entreprises', 'table', "souhaitent développer des partenariats", 2011,
  "Souhaitent en développer Entreprises 33 %",
  "table scorecard actor_from_row measure_from_row year_from_group_row")
F(X, 2, "46 %", 46, '%', 'entreprises', 'entreprises', 'table', "ne souhaitent pas développer de partenariats",
  2011, "Ne le souhaitent pas Entreprises 46 %",
  "table scorecard actor_from_row measure_from_row negation year_from_group_row")
F(X, 2, "+25 pts", 25, 'pts', 'entreprises', 'entreprises', 'table',
  "écart entre les entreprises qui ne souhaitent pas de partenariats et celles qui en développent", 2011,
  "▲ +25 pts sur celles qui en développent", "pts gap computed table scorecard year_from_group_row")
N(X, 2, "octobre 2015", "PHARE · volets Entreprises (octobre 2015)", 'date')
N(X, 2, "novembre 2015", "et Associations (novembre 2015)", 'date')
F(X, 2, "81 %", 81, '%', 'dirigeants', "dirigeants d'entreprise", 'table', DEVOIR, 2015,
  "Dirigeants d'entreprise 81 %", "table scorecard actor_from_row year_from_group_row")
F(X, 2, "86 %", 86, '%', 'responsables', 'responsables associatifs', 'table', DEVOIR, 2015,
  "Responsables associatifs 86 %", "table scorecard actor_from_row year_from_group_row")
F(X, 2, "+5 pts", 5, 'pts', 'responsables', 'responsables associatifs', 'table',
  "écart avec les dirigeants d'entreprise sur le devoir d'alliance", 2015,
  "▲ +5 pts sur les dirigeants d'entreprise", "pts gap computed table scorecard year_from_group_row")
N(X, 2, "29 février 2016", "Note de l'Observatoire · 29 février 2016", 'date')
F(X, 2, "37 %", 37, '%', 'entreprises', "entreprises d'au moins 10 salariés", 'table', ENGAGES, 2016,
  "Entreprises d'au moins 10 salariés 37 %",
  "table scorecard actor_from_row threshold_in_row year_from_group_row")
N(X, 2, "10", "Entreprises d'au moins 10 salariés 37 %", 'threshold')
F(X, 2, "−1 pt", -1, 'pts', 'entreprises', "entreprises d'au moins 10 salariés", 'table',
  "écart d'engagement partenarial avec les associations", 2016, "▼ −1 pt par rapport aux associations",
  "pts gap negative computed table scorecard year_from_group_row")
F(X, 2, "38 %", 38, '%', 'associations', 'associations', 'table', ENGAGES, 2016,
  "Engagés dans des partenariats Associations 38 %",
  "table scorecard actor_from_row year_from_group_row")
F(X, 2, "53 %", 53, '%', 'associations', 'associations employeuses', 'table', ENGAGES, 2016,
  "dont associations employeuses 53 %", "table scorecard actor_from_row dont year_from_group_row")
F(X, 2, "+15 pts", 15, 'pts', 'associations', 'associations employeuses', 'table',
  "écart d'engagement partenarial avec l'ensemble des associations", 2016,
  "▲ +15 pts sur l'ensemble des associations", "pts gap computed table scorecard year_from_group_row")
F(X, 2, "65 %", 65, '%', 'pionniers', 'pionniers', 'table', ENGAGES, 2016, "Pionniers 65 %",
  "table scorecard actor_from_row year_from_group_row")
F(X, 2, "+28 pts", 28, 'pts', 'pionniers', 'pionniers', 'table',
  "écart d'engagement partenarial avec les entreprises d'au moins 10 salariés", 2016,
  "▲ +28 pts sur les entreprises", "pts gap computed table scorecard year_from_group_row")
N(X, 2, "10", "+28 pts sur les entreprises d'au moins 10 salariés", 'threshold')
N(X, 2, "mai-juin 2016", "Associations & Partenariats · enquête de mai-juin 2016, publiée en mars 2017", 'date')
N(X, 2, "mars 2017", "Associations & Partenariats · enquête de mai-juin 2016, publiée en mars 2017", 'date')
F(X, 2, "2,5", 2.5, 'count', 'partenaires', 'associations', 'table', "partenaires en moyenne par association",
  AP, "Partenaires en moyenne Associations 2,5",
  "table scorecard count decimal_count average actor_from_row year_from_group_row", year_alt=2017)
F(X, 2, "74 %", 74, '%', 'associations', 'associations', 'table', COLL, AP,
  "parmi leurs partenaires1 Associations 74 %",
  "table scorecard actor_from_row year_from_group_row conflict", year_alt=2017)
N(X, 2, "1", "Comptent une collectivité territoriale parmi leurs partenaires1", 'footnote')
F(X, 2, "50 %", 50, '%', 'associations', "associations dont le budget dépasse 150 000 €", 'table', PART_ENT, AP,
  "dépasse 150 000 € 50 %",
  "table scorecard actor_from_row threshold_in_row money_threshold_nearby year_from_group_row",
  year_alt=2017)
N(X, 2, "150 000 €", "Associations dont le budget dépasse 150 000 € 50 %", 'threshold')
F(X, 2, "+30 pts", 30, 'pts', 'associations', "associations dont le budget dépasse 150 000 €", 'table',
  "écart avec les associations dont le budget est inférieur à 10 000 €", AP,
  "▲ +30 pts sur celles dont le budget", "pts gap computed table scorecard year_from_group_row",
  year_alt=2017)
N(X, 2, "10 000 €", "est inférieur à 10 000 € (20 %)", 'threshold')
F(X, 2, "20 %", 20, '%', 'associations', "associations dont le budget est inférieur à 10 000 €", 'table',
  PART_ENT, AP, "10 000 € (20 %)",
  "table scorecard parenthetical parenthetical_comparison celles threshold_in_sentence year_from_group_row",
  year_alt=2017)
N(X, 2, "1", "1. L'étude IMPACT – Associations & Territoires, non datée", 'footnote')
F(X, 2, "89 %", 89, '%', 'associations', 'associations employeuses', 'sentence',
  "comptent une collectivité parmi leurs partenaires", None, "non datée, situe à 89 % la part",
  "footnote_text undated_study stated_undated conflict measure_after pop_after")

# ---- p3
N(X, 3, "3", "mars 2025 3. Élus et territoires", 'other')
N(X, 3, "29 novembre 2016", "PHARE-Institutions · 29 novembre 2016", 'date')
F(X, 3, "87 %", 87, '%', 'maires', 'maires', 'table', DEVOIR, 2016,
  "Jugent que s'allier est un devoir Maires 87 %",
  "table scorecard actor_from_row measure_from_row year_from_group_row")
F(X, 3, "5", 5, 'count', 'profils', None, None, "profils de maires distingués par PHARE-Institutions", 2016,
  "Profils de maires distingués – 5", "table scorecard count measure_from_row year_from_group_row")
N(X, 3, "novembre 2020", "IMPACT-Elus locaux · novembre 2020", 'date')
F(X, 3, "64 %", 64, '%', 'élus', 'élus locaux', 'table', JOUER, 2020, "Élus locaux 64 %",
  "table scorecard actor_from_row measure_from_row year_from_group_row")
N(X, 3, "2018-2022", "Programme IMPACT · 2018-2022", 'year')
F(X, 3, "76 %", 76, '%', 'maires', 'maires', 'table', "jugent leur territoire engagé", "2018-2022",
  "Jugent leur territoire engagé Maires 76 %",
  "table scorecard actor_from_row measure_from_row year_from_group_row programme_period")
F(X, 3, "46 %", 46, '%', 'maires', 'maires', 'table', "ne savent pas comment piloter les alliances",
  "2018-2022", "Ne savent pas comment piloter les alliances Maires 46 %",
  "table scorecard actor_from_row measure_from_row negation year_from_group_row programme_period")
F(X, 3, "−30 pts", -30, 'pts', 'maires', 'maires', 'table',
  "écart entre capacité à piloter les alliances et territoire jugé engagé", "2018-2022",
  "▼ −30 pts sur ceux qui jugent", "pts gap negative computed table scorecard year_from_group_row "
  "programme_period")
N(X, 3, "2024", "IMPACTS & TRAJECTOIRES – Elus locaux · 2024 · 302", 'year')
F(X, 3, "302", 302, 'people', 'maires', 'maires', 'sentence',
  "maires interrogés par l'étude IMPACTS & TRAJECTOIRES – Elus locaux", 2024,
  "· 302 maires interrogés par téléphone", "people year_from_group_row group_row year_adjacent_to_figure")
F(X, 3, "91 %", 91, '%', 'maires', 'maires', 'table', MOUV, 2024,
  "Voient leur territoire en mouvement Maires 91 %",
  "table scorecard actor_from_row measure_from_row year_from_group_row total")
F(X, 3, "35 %", 35, '%', 'maires', 'maires', 'table', MOUV_FORT, 2024,
  "Le voient fortement en mouvement Maires 35 %",
  "table scorecard actor_from_row measure_from_row year_from_group_row pronoun")
F(X, 3, "56 %", 56, '%', 'maires', 'maires', 'table', MOUV_NI, 2024,
  "Le voient en mouvement, ni plus ni moins Maires 56 %",
  "table scorecard actor_from_row measure_from_row year_from_group_row pronoun")
F(X, 3, "+21 pts", 21, 'pts', 'maires', 'maires', 'table',
  "écart entre « ni plus ni moins » et « fortement » en mouvement", 2024, "▲ +21 pts sur « fortement »",
  "pts gap computed table scorecard year_from_group_row")
F(X, 3, "84 %", 84, '%', 'maires', 'maires interrogés', 'table', COMMUNE, 2024, "Maires interrogés 84 %",
  "table scorecard actor_from_row measure_from_row threshold_in_row year_from_group_row")
N(X, 3, "2 000", "Exercent dans une commune de moins de 2 000 habitants", 'threshold')
F(X, 3, "92 %", 92, '%', 'maires', 'maires', 'table', "ressentent un besoin d'alliance", None,
  "Ressentent un besoin d'alliance Maires 92 %",
  "table scorecard actor_from_row measure_from_row no_date stated_undated")
N(X, 3, "ODD 17", "Fonds ODD 17 · 2020", 'other')
N(X, 3, "2020", "Fonds ODD 17 · 2020", 'year')
F(X, 3, "1,5 M€", 1500000, '€', None, None, None, "dotation du Fonds ODD 17", 2020, "Dotation – 1,5 M€",
  "table scorecard money measure_from_row year_from_group_row")
F(X, 3, "3", 3, 'years', None, None, None, "durée de l'expérimentation du Fonds ODD 17", 2020,
  "Durée de l'expérimentation – 3 ans", "table scorecard duration measure_from_row year_from_group_row")
F(X, 3, "350", 350, 'count', 'catalyseurs territoriaux', 'catalyseurs territoriaux', 'table',
  "catalyseurs territoriaux visés par le Fonds ODD 17", 2020, "Catalyseurs territoriaux visés – 350",
  "table scorecard count measure_from_row year_from_group_row")
F(X, 3, "11", 11, 'count', 'territoires pionniers', 'territoires pionniers', 'table',
  "territoires pionniers du parcours d'expérience du CGET et du RAMEAU", None, "Territoires pionniers1 – 11",
  "table scorecard count measure_from_row no_date stated_undated conflict")
N(X, 3, "1", "Territoires pionniers1 – 11", 'footnote')
N(X, 3, "1", "1. Une autre source parle du", 'footnote')
F(X, 3, "10", 10, 'count', 'territoires pilotes', 'territoires pilotes', 'sentence',
  "territoires du parcours du CGET, selon une autre source", None, "« CGET et 10 territoires pilotes ».",
  "count footnote_text conflict no_date")
N(X, 3, "deux", "total des deux lignes suivantes", 'other')

# =====================================================================================
# Y-03  Portrait comparé des publics (octobre 2023): tableaux transposés, acteurs en colonnes
# =====================================================================================
X = 'y03'
for p in (1, 2, 3):
    N(X, p, "octobre 2023", "Portrait comparé des publics · note comparative octobre 2023", 'date')
    N(X, p, "%d" % p, "— %d —" % p, 'page number')

# ---- p1
N(X, 1, "1", "1. Le programme IMPACT (2018-2022)", 'other')
N(X, 1, "2018-2022", "1. Le programme IMPACT (2018-2022)", 'year')
N(X, 1, "1", "Tableau 1 – L'innovation et le pilotage", 'other')
T1 = "transposed_table table actor_from_column measure_from_row unit_from_header year_from_heading programme_period"
F(X, 1, "74", 74, '%', 'Français', 'Français', 'table', INNOV, "2018-2022", "source d'innovationa 74 81",
  T1 + " conflict")
F(X, 1, "81", 81, '%', 'dirigeants', "dirigeants d'entreprise", 'table', INNOV, "2018-2022", "74 81 86 87", T1)
F(X, 1, "86", 86, '%', 'responsables', 'responsables associatifs', 'table', INNOV, "2018-2022",
  "81 86 87 Jugent", T1)
F(X, 1, "87", 87, '%', 'maires', 'maires', 'table', INNOV, "2018-2022", "86 87 Jugent leur territoire", T1)
F(X, 1, "76", 76, '%', 'maires', 'maires', 'table', "jugent leur territoire engagé", "2018-2022",
  "Jugent leur territoire engagé – – – 76", T1 + " sparse_row")
F(X, 1, "46", 46, '%', 'maires', 'maires', 'table', "ne savent pas comment piloter les alliances", "2018-2022",
  "Ne savent pas comment piloter les alliances – – – 46", T1 + " sparse_row negation")
F(X, 1, "69 %", 69, '%', 'citoyens', 'citoyens', 'sentence', INNOV, "2018-2022",
  "a. Une autre présentation des mêmes résultats retient 69 % des citoyens.",
  "footnote_text table_note conflict pop_after year_from_heading programme_period")
F(X, 1, "13 points", 13, 'pts', 'maires', 'maires', 'context',
  "écart avec les Français sur les partenariats source d'innovation", "2018-2022",
  "les Français les moins : 13 points les séparent.",
  "pts gap computed year_from_heading programme_period")
F(X, 1, "30 points", 30, 'pts', 'maires', 'maires', 'sentence',
  "écart entre territoire jugé engagé et capacité à piloter les alliances", "2018-2022",
  "la capacité à piloter les alliances atteint 30 points.",
  "pts gap computed year_from_heading programme_period")
N(X, 1, "novembre 2017", "Le programme, lancé en novembre 2017", 'date')
F(X, 1, "trois", 3, 'count', 'axes', None, None, "axes du programme IMPACT", "2018-2022",
  "s'organisait autour de trois axes", "count number_in_words year_from_heading programme_period date_nearby")
N(X, 1, "2", "2. Entreprises et associations en 2016", 'other')
N(X, 1, "2016", "2. Entreprises et associations en 2016", 'year')
N(X, 1, "2", "Tableau 2 – L'engagement partenarial", 'other')
N(X, 1, "10", "Question (source) Entreprises d'au moins 10 salariés", 'threshold')
N(X, 1, "29 février", "(note de l'Observatoire du 29 février)", 'date')
T2 = "transposed_table table actor_from_column measure_from_row unit_from_header year_from_heading month_without_year"
F(X, 1, "37", 37, '%', 'entreprises', "entreprises d'au moins 10 salariés", 'table', ENGAGES, 2016,
  "(note de l'Observatoire du 29 février) 37 38", T2 + " threshold_in_header")
F(X, 1, "38", 38, '%', 'associations', 'associations', 'table', ENGAGES, 2016, "37 38 53 65", T2)
F(X, 1, "53", 53, '%', 'associations', 'associations employeuses', 'table', ENGAGES, 2016, "38 53 65 Citent",
  T2 + " dont")
F(X, 1, "65", 65, '%', 'pionniers', 'pionniers', 'table', ENGAGES, 2016, "53 65 Citent une entreprise", T2)
N(X, 1, "mai-juin", "(enquête Associations & Partenariats, mai-juin)", 'date')
F(X, 1, "28", 28, '%', 'associations', 'associations', 'table', "citent une entreprise parmi leurs partenaires",
  AP, "Partenariats, mai-juin) – 28 – –", T2 + " sparse_row survey_named_in_row", year_alt=2017)

# ---- p2  one column per survey, each with its own date
N(X, 2, "3", "3. Les associations : deux enquêtes côte à côte", 'other')
N(X, 2, "deux", "3. Les associations : deux enquêtes côte à côte", 'other')
N(X, 2, "Deux", "Deux enquêtes décrivent les partenaires", 'other')
N(X, 2, "deux", "sur deux populations différentes.", 'other')
N(X, 2, "3", "Chaque colonne du tableau 3 donne", 'other')
N(X, 2, "3", "Tableau 3 – Les associations et leurs partenaires", 'other')
N(X, 2, "mai-juin 2016", "Terrain mai-juin 2016 non daté", 'date')
T3a = "transposed_table table actor_from_column year_from_column_header survey_named_in_column"
T3b = "transposed_table table actor_from_column undated_study stated_undated"
F(X, 2, "1 380", 1380, 'people', 'responsables associatifs', 'responsables associatifs', 'table',
  "taille de l'échantillon de l'enquête Associations & Partenariats", AP,
  "Répondants plus de 1 380 responsables associatifs",
  T3a + " people qualifier_plus_de nbsp_thousands measure_from_row", year_alt=2017)
F(X, 2, "148 000", 148000, 'count', 'associations employeuses', 'associations employeuses', 'table',
  "associations employeuses en France", None, "Population de référence – 148 000 associations employeuses",
  T3b + " count nbsp_thousands measure_from_row")
F(X, 2, "98", 98, '%', 'associations', 'associations employeuses', 'table', "ont au moins un partenaire", None,
  "Ont au moins un partenaire (en %) – 98", T3b + " unit_from_row measure_from_row")
F(X, 2, "2,5", 2.5, 'count', 'partenaires', 'associations', 'table', "partenaires en moyenne par association",
  AP, "Partenaires en moyenne (nombre) 2,5 –", T3a + " count decimal_count average measure_from_row",
  year_alt=2017)
LEFT = [("74", 74, "Collectivités territoriales 74 89", COLL),
        ("72", 72, "Associations et fondations 72 –", "citent les associations et fondations parmi leurs partenaires"),
        ("47", 47, "Enseignement, établissements scolaires 47 70",
         "citent l'enseignement parmi leurs partenaires"),
        ("28", 28, "Entreprises 28 –", "citent les entreprises parmi leurs partenaires"),
        ("22", 22, "Structures d'insertion 22 –", "citent les structures d'insertion parmi leurs partenaires"),
        ("9", 9, "Recherche, acteurs académiques 9 35", "citent la recherche parmi leurs partenaires")]
for t, v, sent, meas in LEFT:
    F(X, 2, t, v, '%', 'associations', 'associations', 'table', meas, AP, sent,
      T3a + " unit_from_header measure_from_row", year_alt=2017)
RIGHT = [("89", 89, "Collectivités territoriales 74 89", "comptent des collectivités territoriales parmi leurs partenaires"),
         ("70", 70, "Enseignement, établissements scolaires 47 70",
          "comptent des établissements scolaires parmi leurs partenaires"),
         ("35", 35, "Recherche, acteurs académiques 9 35", "comptent des acteurs académiques parmi leurs partenaires"),
         ("73", 73, "Structures d'intérêt général – 73",
          "comptent des structures d'intérêt général parmi leurs partenaires"),
         ("56", 56, "Collectifs d'associations – 56", "comptent des collectifs d'associations parmi leurs partenaires"),
         ("52", 52, "Acteurs publics nationaux – 52", "comptent des acteurs publics nationaux parmi leurs partenaires"),
         ("37", 37, "Fédérations professionnelles – 37",
          "comptent des fédérations professionnelles parmi leurs partenaires")]
for t, v, sent, meas in RIGHT:
    F(X, 2, t, v, '%', 'associations', 'associations employeuses', 'table', meas, None, sent,
      T3b + " unit_from_header measure_from_row" + (" conflict" if v == 89 else ""))
F(X, 2, "2 points", 2, 'pts', 'associations', 'associations', 'context',
  "avance des collectivités sur les associations et fondations comme partenaires", AP,
  "les collectivités devancent de 2 points les associations et fondations.",
  "pts gap computed year_from_column_header", year_alt=2017)
F(X, 2, "moitié", 50, '%', 'associations', "associations dont le budget dépasse 150 000 €", 'sentence', PART_ENT,
  AP, "la moitié des associations dont le budget dépasse 150 000 €",
  "fraction_in_words number_in_words pop_after threshold_in_sentence money_threshold_nearby "
  "survey_named_earlier year_from_column_header", year_alt=2017)
N(X, 2, "150 000 €", "dont le budget dépasse 150 000 € ont un partenariat", 'threshold')
F(X, 2, "20 %", 20, '%', 'associations', "associations dont le budget est inférieur à 10 000 €", 'sentence',
  PART_ENT, AP, "(contre 20 % de celles dont le budget est inférieur à 10 000 €).",
  "parenthetical parenthetical_comparison celles threshold_in_sentence money_threshold_nearby "
  "survey_named_earlier year_from_column_header", year_alt=2017)
N(X, 2, "10 000 €", "dont le budget est inférieur à 10 000 €).", 'threshold')

# ---- p3
N(X, 3, "4", "4. Les entreprises en 2011", 'other')
N(X, 3, "2011", "4. Les entreprises en 2011", 'year')
N(X, 3, "janvier 2011", "En janvier 2011, l'étude ARPEA", 'date')
N(X, 3, "trois", "partageait les entreprises en trois groupes", 'other')
F(X, 3, "21 %", 21, '%', 'entreprises', 'entreprises', 'context', "développent des partenariats", 2011,
  "celles qui développaient des partenariats (21 %)",
  "parenthetical celles date_in_sentence survey_named_in_sentence multi_same_pop")
F(X, 3, "33 %", 33, '%', 'entreprises', 'entreprises', 'context', "souhaitent développer des partenariats",
  2011, "celles qui souhaitaient en développer (33 %)",
  "parenthetical celles date_in_sentence multi_same_pop")
F(X, 3, "46 %", 46, '%', 'entreprises', 'entreprises', 'context', "ne souhaitent pas développer de partenariats",
  2011, "celles qui ne le souhaitaient pas (46 %).",
  "parenthetical celles negation date_in_sentence multi_same_pop")
N(X, 3, "Cinq ans plus tard", "Cinq ans plus tard, la note de l'Observatoire", 'date')
N(X, 3, "2", "(tableau 2) mesure l'engagement", 'other')
N(X, 3, "10", "des seules entreprises d'au moins 10 salariés.", 'threshold')
N(X, 3, "5", "5. Le plaidoyer : une mesure par public", 'other')
N(X, 3, "4", "Tableau 4 – Devoir, envie ou besoin d'alliance", 'other')
T4 = "transposed_table table actor_from_column measure_from_row unit_from_header no_date stated_undated sparse_row"
F(X, 3, "81", 81, '%', 'Français', 'Français', 'table', "ressentent un devoir d'alliance", None,
  "Un « devoir d'alliance » 81 – –", T4)
F(X, 3, "84", 84, '%', 'dirigeants', "dirigeants d'entreprise", 'table', "ressentent une envie d'alliance", None,
  "Une « envie d'alliance » – 84 –", T4)
F(X, 3, "92", 92, '%', 'maires', 'maires', 'table', "ressentent un besoin d'alliance", None,
  "Un « besoin d'alliance » – – 92", T4)
N(X, 3, "premier", "placent les collectivités au premier rang des partenaires.", 'ordinal')
N(X, 3, "deux", "Les deux enquêtes sur les associations", 'other')
N(X, 2, "première", "Dans la première colonne, les collectivités", 'ordinal')
N(X, 2, "première", "selon l'enquête de la première colonne", 'ordinal')

# =====================================================================================
# Y-04  Bibliographie commentée (décembre 2024): the year only in the section heading
# =====================================================================================
X = 'y04'
for p in (1, 2, 3, 4):
    N(X, p, "décembre 2024", "Observatoire des partenariats · Bibliographie commentée décembre 2024", 'date')
    N(X, p, "%d" % p, "Bibliographie · p. %d" % p, 'page number')

# ---- p1
N(X, 1, "première", "de la première étude à la plus récente", 'ordinal')
N(X, 1, "2011", "l'autre. 2011 [1] ARPEA", 'year')
N(X, 1, "[1]", "2011 [1] ARPEA Entreprises & Territoires", 'footnote')
F(X, 1, "21 %", 21, '%', 'entreprises', 'entreprises', 'context', "développent des partenariats", 2011,
  "une minorité développe des partenariats (21 %)",
  "bibliography parenthetical year_from_heading month_without_year actor_from_context multi_same_pop")
F(X, 1, "33 %", 33, '%', 'entreprises', 'entreprises', 'context', "souhaitent développer des partenariats", 2011,
  "d'autres souhaitent en développer (33 %).",
  "bibliography parenthetical ellipsis year_from_heading month_without_year multi_same_pop")
N(X, 1, "2007", "comme « créé en 2007 »1.", 'year')
N(X, 1, "1", "comme « créé en 2007 »1.", 'footnote')
N(X, 1, "2012", "»1. 2012 [2] Rapport quinquennal", 'year')
N(X, 1, "[2]", "»1. 2012 [2] Rapport quinquennal", 'footnote')
N(X, 1, "11 décembre", "Observatoire des partenariats, 11 décembre.", 'date')
N(X, 1, "2008-2012", "Bilan du programme ARPEA (2008-2012)", 'year')
F(X, 1, "dix", 10, 'count', 'volets', None, None, "volets du programme ARPEA", "2008-2012",
  "et de ses dix volets.", "bibliography count number_in_words programme_period")
F(X, 1, "84 %", 84, '%', 'Français', 'Français', 'sentence', URGENT, 2012,
  "Selon le programme, 84 % des Français jugent urgent",
  "bibliography pop_after year_from_heading")
F(X, 1, "86 %", 86, '%', 'Français', 'Français', 'context', URGENT, 2008, "(contre 86 % en 2008) ;",
  "bibliography parenthetical parenthetical_comparison year_in_sentence ellipsis")
N(X, 1, "2008", "(contre 86 % en 2008) ;", 'year')
F(X, 1, "46 %", 46, '%', 'associations', 'associations', 'sentence', "sont engagées avec une entreprise",
  "2008-2012", "côté associations, près de 46 % sont engagées avec une entreprise.",
  "bibliography qualifier_pres_de pop_before programme_period year_from_context")
N(X, 1, "2014", "entreprise. 2014 [3] Rapport sur", 'year')
N(X, 1, "[3]", "entreprise. 2014 [3] Rapport sur", 'footnote')
N(X, 1, "2008", "Repères. Créé en 2008, l'Observatoire", 'year')
F(X, 1, "trois", 3, 'count', 'programmes', None, None, "programmes quinquennaux conduits par l'Observatoire",
  "2008-2022", "l'Observatoire a conduit trois programmes quinquennaux",
  "count number_in_words box period_from_list")
N(X, 1, "2008-2012", "ARPEA (2008-2012), PHARE", 'year')
N(X, 1, "2013-2018", "PHARE (2013-2018) et IMPACT", 'year')
N(X, 1, "2018-2022", "IMPACT (2018-2022), lancé", 'year')
N(X, 1, "novembre 2017", "lancé en novembre 2017.", 'date')
N(X, 1, "1", "1. Les publications plus récentes", 'footnote')
N(X, 1, "2008", "datent la création de l'Observatoire de 2008.", 'year')

# ---- p2
N(X, 2, "2015", "décembre 2024 2015 [4] PHARE-Citoyens", 'year')
N(X, 2, "[4]", "décembre 2024 2015 [4] PHARE-Citoyens", 'footnote')
F(X, 2, "2 000", 2000, 'people', 'personnes', 'personnes interrogées', 'sentence',
  "taille de l'échantillon du volet PHARE-Citoyens", 2015, "Plus de 2 000 personnes interrogées.",
  "bibliography people qualifier_plus_de nbsp_thousands year_from_heading month_without_year")
F(X, 2, "7,1/10", 7.1, '/10', 'note', 'Français interrogés', 'context', MARK + "à l'emploi, le mieux noté des enjeux",
  2015, "L'emploi est l'enjeu le mieux noté (7,1/10)",
  "bibliography mark10 parenthetical year_from_heading")
F(X, 2, "69 %", 69, '%', 'Français', 'Français', 'sentence', DEVOIR, 2015,
  "69 % des Français jugent que s'allier est un devoir.", "bibliography pop_after year_from_heading")
N(X, 2, "[5]", "[5] PHARE-Entreprises, octobre.", 'footnote')
F(X, 2, "81 %", 81, '%', 'dirigeants', "dirigeants d'entreprise", 'sentence', DEVOIR, 2015,
  "81 % des dirigeants d'entreprise partagent ce constat",
  "bibliography pop_after year_from_heading month_without_year")
N(X, 2, "[6]", "[6] PHARE-Associations, novembre.", 'footnote')
F(X, 2, "86 %", 86, '%', 'responsables', 'responsables associatifs', 'sentence', DEVOIR, 2015,
  "Même constat pour 86 % des responsables associatifs.",
  "bibliography pop_after measure_from_context year_from_heading month_without_year")
N(X, 2, "2016", "associatifs. 2016 [7] Note sur", 'year')
N(X, 2, "[7]", "associatifs. 2016 [7] Note sur", 'footnote')
N(X, 2, "29 février", "Observatoire des partenariats, 29 février.", 'date')
N(X, 2, "10", "entreprises d'au moins 10 salariés (37 %)", 'threshold')
F(X, 2, "37 %", 37, '%', 'entreprises', "entreprises d'au moins 10 salariés", 'sentence', ENGAGES, 2016,
  "d'au moins 10 salariés (37 %)",
  "bibliography parenthetical list threshold_in_sentence measure_before year_from_heading month_without_year")
F(X, 2, "38 %", 38, '%', 'associations', 'associations', 'sentence', ENGAGES, 2016, "associations (38 %),",
  "bibliography parenthetical list measure_before year_from_heading month_without_year")
F(X, 2, "53 %", 53, '%', 'associations', 'associations employeuses', 'sentence', ENGAGES, 2016,
  "dont associations employeuses (53 %)",
  "bibliography parenthetical list dont measure_before year_from_heading month_without_year")
F(X, 2, "65 %", 65, '%', 'pionniers', 'pionniers', 'sentence', ENGAGES, 2016, "pionniers (65 %).",
  "bibliography parenthetical list measure_before year_from_heading month_without_year")
N(X, 2, "[8]", "[8] PHARE-Institutions, 29 novembre.", 'footnote')
N(X, 2, "29 novembre", "[8] PHARE-Institutions, 29 novembre.", 'date')
for ref in ("[4]", "[5]", "[6]"):
    N(X, 2, ref, "Après [4], [5] et [6], le volet consacré aux maires", 'footnote')
F(X, 2, "87 %", 87, '%', 'maires', 'maires', 'context', "partagent le constat d'un devoir d'alliance", 2016,
  "87 % d'entre eux partagent le constat d'un devoir d'alliance",
  "bibliography pronoun year_from_heading month_without_year")
F(X, 2, "cinq", 5, 'count', 'profils', None, None, "profils de maires distingués par PHARE-Institutions", 2016,
  "l'étude distingue cinq profils de maires.", "bibliography count number_in_words year_from_heading")
N(X, 2, "[9]", "[9] Rapports régionaux du programme PHARE2.", 'footnote')
N(X, 2, "2", "[9] Rapports régionaux du programme PHARE2.", 'footnote')
F(X, 2, "Treize", 13, 'count', 'rapports régionaux', None, None, "rapports régionaux du programme PHARE", 2016,
  "Treize rapports au total", "bibliography count number_in_words year_from_heading")
N(X, 2, "onzième", "le onzième, consacré à la Normandie", 'ordinal')
N(X, 2, "26 novembre", "a paru le 26 novembre.", 'date')
N(X, 2, "2", "2. Le programme PHARE (2013-2018)", 'footnote')
N(X, 2, "2013-2018", "2. Le programme PHARE (2013-2018)", 'year')
F(X, 2, "six", 6, 'count', 'volets', None, None, "volets du programme PHARE", "2013-2018",
  "compte six volets ;", "bibliography count number_in_words footnote_text programme_period conflict",
  year_alt="2013-2017")
N(X, 2, "deux", "deux sources le datent de 2013-2017.", 'other')
N(X, 2, "2013-2017", "deux sources le datent de 2013-2017.", 'year')

# ---- p3
N(X, 3, "2017", "décembre 2024 2017 [10] Associations", 'year')
N(X, 3, "[10]", "décembre 2024 2017 [10] Associations", 'footnote')
N(X, 3, "mai-juin 2016", "Enquête de mai-juin 2016 auprès de", 'date')
F(X, 3, "1 380", 1380, 'people', 'responsables associatifs', 'responsables associatifs', 'sentence',
  "taille de l'échantillon de l'enquête Associations & Partenariats", AP,
  "auprès de plus de 1 380 responsables associatifs.",
  "bibliography people qualifier_plus_de nbsp_thousands date_in_sentence heading_is_publication_year",
  year_alt=2017)
F(X, 3, "2,5", 2.5, 'count', 'partenaires', 'associations', 'sentence', "partenaires en moyenne par association",
  AP, "Une association compte en moyenne 2,5 partenaires",
  "bibliography count decimal_count average survey_named_earlier heading_is_publication_year", year_alt=2017)
F(X, 3, "74 %", 74, '%', 'associations', 'associations', 'context', COLL, AP,
  "les collectivités territoriales (74 %)",
  "bibliography parenthetical list measure_before survey_named_earlier heading_is_publication_year",
  year_alt=2017)
F(X, 3, "72 %", 72, '%', 'associations', 'associations', 'context',
  "citent les associations et fondations parmi leurs partenaires", AP, "les associations et fondations (72 %)",
  "bibliography parenthetical list measure_before survey_named_earlier heading_is_publication_year",
  year_alt=2017)
F(X, 3, "28 %", 28, '%', 'associations', 'associations', 'context',
  "citent les entreprises parmi leurs partenaires", AP, "loin devant les entreprises (28 %).",
  "bibliography parenthetical list measure_before survey_named_earlier heading_is_publication_year",
  year_alt=2017)
N(X, 3, "2020", "(28 %). 2020 [11] IMPACT-Elus locaux", 'year')
N(X, 3, "[11]", "(28 %). 2020 [11] IMPACT-Elus locaux", 'footnote')
F(X, 3, "64 %", 64, '%', 'élus', 'élus locaux', 'sentence', JOUER, 2020,
  "64 % des élus locaux veulent s'appuyer", "bibliography pop_after year_from_heading month_without_year")
N(X, 3, "[12]", "[12] Fonds ODD 17, co-créé", 'footnote')
N(X, 3, "ODD 17", "[12] Fonds ODD 17, co-créé", 'other')
F(X, 3, "1,5 M€", 1500000, '€', None, None, None, "dotation du Fonds ODD 17", 2020,
  "Une dotation de 1,5 M€ pour une expérimentation", "bibliography money year_from_heading")
F(X, 3, "3", 3, 'years', None, None, None, "durée de l'expérimentation du Fonds ODD 17", 2020,
  "pour une expérimentation sur 3 ans", "bibliography duration year_from_heading")
F(X, 3, "350", 350, 'count', 'catalyseurs territoriaux', 'catalyseurs territoriaux', 'sentence',
  "catalyseurs territoriaux visés par le Fonds ODD 17", 2020, "auprès de 350 « catalyseurs territoriaux ».",
  "bibliography count year_from_heading")
N(X, 3, "2022", "». 2022 [13] Fondation des Territoires", 'year')
N(X, 3, "[13]", "». 2022 [13] Fondation des Territoires", 'footnote')
N(X, 3, "14 juin", "créée le 14 juin sous l'égide", 'date')
F(X, 3, "21", 21, 'count', 'co-fondateurs', 'co-fondateurs', 'sentence',
  "co-fondateurs de la Fondation des Territoires", 2022, "Elle réunit 21 co-fondateurs.",
  "bibliography count year_from_heading month_without_year")

# ---- p4
N(X, 4, "2024", "2024 [14] IMPACTS & TRAJECTOIRES", 'year')
N(X, 4, "[14]", "2024 [14] IMPACTS & TRAJECTOIRES", 'footnote')
F(X, 4, "302", 302, 'people', 'maires', 'maires', 'sentence',
  "maires interrogés par l'étude IMPACTS & TRAJECTOIRES – Elus locaux", 2024,
  "302 maires interrogés par téléphone", "bibliography people year_from_heading month_without_year")
N(X, 4, "30 septembre", "du 30 septembre au 28 octobre.", 'date')
N(X, 4, "28 octobre", "du 30 septembre au 28 octobre.", 'date')
F(X, 4, "91 %", 91, '%', 'maires', 'maires', 'context', MOUV, 2024, "91 % voient leur territoire en mouvement",
  "bibliography actor_from_context year_from_heading")
F(X, 4, "35 %", 35, '%', 'maires', 'maires', 'context', MOUV_FORT, 2024, "(35 % fortement,",
  "bibliography parenthetical breakdown ellipsis year_from_heading")
F(X, 4, "56 %", 56, '%', 'maires', 'maires', 'context', MOUV_NI, 2024, "56 % ni plus ni moins).",
  "bibliography parenthetical breakdown ellipsis year_from_heading")
N(X, 4, "[15]", "Sans date [15] Plaidoyer", 'footnote')
F(X, 4, "81 %", 81, '%', 'Français', 'Français', 'sentence', "ressentent un devoir d'alliance", None,
  "81 % des Français ressentent un « devoir d'alliance »",
  "bibliography multi_pop pop_after no_date stated_undated")
F(X, 4, "92 %", 92, '%', 'maires', 'maires', 'sentence', "ressentent un besoin d'alliance", None,
  "92 % des maires un « besoin d'alliance »",
  "bibliography multi_pop pop_after ellipsis no_date stated_undated")
F(X, 4, "84 %", 84, '%', 'dirigeants', "dirigeants d'entreprise", 'sentence', "ressentent une envie d'alliance",
  None, "et 84 % des dirigeants d'entreprise une « envie d'alliance ».",
  "bibliography multi_pop pop_after ellipsis no_date stated_undated")
F(X, 4, "21", 21, 'count', 'mesures', None, None, "mesures de la feuille de route ministérielle", None,
  "La feuille de route ministérielle compte 21 mesures.", "bibliography count no_date stated_undated")
N(X, 4, "[16]", "[16] IMPACT – Associations & Territoires", 'footnote')
F(X, 4, "148 000", 148000, 'count', 'associations employeuses', 'associations employeuses', 'sentence',
  "associations employeuses en France", None, "148 000 associations employeuses, dont 98 %",
  "bibliography count nbsp_thousands undated_study stated_undated")
F(X, 4, "98 %", 98, '%', 'associations', 'associations employeuses', 'sentence', "ont des partenaires", None,
  "dont 98 % ont des partenaires.", "bibliography dont undated_study stated_undated")
N(X, 4, "[17]", "[17] IMPACT Fondations & Territoires", 'footnote')
N(X, 4, "23 septembre", "publiée le 23 septembre.", 'date')
F(X, 4, "42", 42, 'count', 'fondations', 'fondations', 'sentence',
  "fondations interrogées par l'étude IMPACT Fondations & Territoires", None, "42 fondations interrogées.",
  "bibliography count no_date stated_undated month_without_year")
N(X, 4, "[18]", "[18] « ODD 17 : Sens", 'footnote')
N(X, 4, "ODD 17", "[18] « ODD 17 : Sens", 'other')
N(X, 4, "Comité 21", "note du Comité 21, 5 juillet.", 'other')
N(X, 4, "5 juillet", "note du Comité 21, 5 juillet.", 'date')
N(X, 4, "ODD 17", "L'ODD 17 compte 19 cibles.", 'other')
F(X, 4, "19", 19, 'count', 'cibles', None, None, "cibles de l'ODD 17", None, "L'ODD 17 compte 19 cibles.",
  "bibliography count no_date stated_undated name_with_number_nearby")

# =====================================================================================
# Y-05  Les classements de l'alliance (juin 2024): rangs, source et date une fois sous le titre
# =====================================================================================
X = 'y05'
for p in (1, 2):
    N(X, p, "juin 2024", "Les classements de l'alliance · Observatoire des partenariats juin 2024", 'date')
    N(X, p, "%d/2" % p, "%d/2" % p, 'page number')

# ---- p1
N(X, 1, "2018-2022", "Programme IMPACT (2018-2022), part de chaque public", 'year')
RK = "ranking rank_nearby actor_from_label"
N(X, 1, "1er", "1er Maires 87 %", 'ordinal')
F(X, 1, "87 %", 87, '%', 'maires', 'maires', 'table', INNOV, "2018-2022", "1er Maires 87 %",
  RK + " year_from_source_line programme_period")
N(X, 1, "2e", "2e Responsables associatifs 86 %", 'ordinal')
F(X, 1, "86 %", 86, '%', 'responsables', 'responsables associatifs', 'table', INNOV, "2018-2022",
  "2e Responsables associatifs 86 %", RK + " year_from_source_line programme_period")
N(X, 1, "3e", "3e Dirigeants d'entreprise 81 %", 'ordinal')
F(X, 1, "81 %", 81, '%', 'dirigeants', "dirigeants d'entreprise", 'table', INNOV, "2018-2022",
  "3e Dirigeants d'entreprise 81 %", RK + " year_from_source_line programme_period")
N(X, 1, "4e", "4e Français1 74 %", 'ordinal')
N(X, 1, "1", "4e Français1 74 %", 'footnote')
F(X, 1, "74 %", 74, '%', 'Français', 'Français', 'table', INNOV, "2018-2022", "4e Français1 74 %",
  RK + " year_from_source_line programme_period footnote_glued conflict")
RK2 = RK + " undated_study stated_undated"
N(X, 1, "1re", "1re Mécénat 75 %", 'ordinal')
F(X, 1, "75 %", 75, '%', 'associations', 'associations employeuses', 'table',
  "pratiquent le mécénat comme forme de partenariat", None, "1re Mécénat 75 %", RK2 + " measure_from_label")
N(X, 1, "2e", "2e Innovation sociétale 73 %", 'ordinal')
F(X, 1, "73 %", 73, '%', 'associations', 'associations employeuses', 'table',
  "pratiquent l'innovation sociétale comme forme de partenariat", None, "2e Innovation sociétale 73 %",
  RK2 + " measure_from_label")
N(X, 1, "3e", "3e Pratiques responsables 70 %", 'ordinal')
F(X, 1, "70 %", 70, '%', 'associations', 'associations employeuses', 'table',
  "ont des pratiques responsables comme forme de partenariat", None, "3e Pratiques responsables 70 %",
  RK2 + " measure_from_label")
N(X, 1, "4e", "4e Coopération économique 58 %", 'ordinal')
F(X, 1, "58 %", 58, '%', 'associations', 'associations employeuses', 'table',
  "pratiquent la coopération économique comme forme de partenariat", None, "4e Coopération économique 58 %",
  RK2 + " measure_from_label")
N(X, 1, "10", "Les enjeux des Français, notés sur 10", 'scale')
N(X, 1, "2", "même enquête que les impacts attendus de la page 2).", 'page number')
N(X, 1, "Premier", "• Premier : l'emploi (7,1/10).", 'ordinal')
MK = "mark10 parenthetical ranking rank_in_words year_from_other_page survey_named_earlier list"
F(X, 1, "7,1/10", 7.1, '/10', 'note', 'Français interrogés', 'context', MARK + "à l'emploi", 2015,
  "• Premier : l'emploi (7,1/10).", MK)
N(X, 1, "Deuxièmes", "• Deuxièmes ex aequo : le pouvoir d'achat", 'ordinal')
F(X, 1, "6,6/10", 6.6, '/10', 'note', 'Français interrogés', 'context', MARK + "au pouvoir d'achat et à la sécurité",
  2015, "le pouvoir d'achat et la sécurité (6,6/10).", MK + " one_value_two_measures")
N(X, 1, "Quatrième", "• Quatrième : le développement économique", 'ordinal')
F(X, 1, "6,5/10", 6.5, '/10', 'note', 'Français interrogés', 'context', MARK + "au développement économique",
  2015, "le développement économique (6,5/10).", MK)
F(X, 1, "6,3/10", 6.3, '/10', 'note', 'Français interrogés', 'context', MARK + "à l'environnement et à l'exclusion",
  2015, "l'environnement et l'exclusion (6,3/10).", MK + " one_value_two_measures")
N(X, 1, "1", "1. Une autre présentation des mêmes résultats", 'footnote')
F(X, 1, "69 %", 69, '%', 'citoyens', 'citoyens', 'sentence', INNOV, "2018-2022",
  "retient 69 % des citoyens, ce qui ne change pas le rang.",
  "footnote_text conflict pop_after survey_named_earlier programme_period")

# ---- p2
N(X, 2, "septembre 2015", "PHARE-Citoyens, septembre 2015, part des Français", 'date')
RK3 = RK + " year_from_source_line measure_from_label"
N(X, 2, "1er", "1er Emploi 49 %", 'ordinal')
F(X, 2, "49 %", 49, '%', 'Français', 'Français', 'table', IMP + "l'emploi", 2015, "1er Emploi 49 %", RK3)
N(X, 2, "2e", "2e Développement économique 46 %", 'ordinal')
F(X, 2, "46 %", 46, '%', 'Français', 'Français', 'table', IMP + "le développement économique", 2015,
  "2e Développement économique 46 %", RK3)
N(X, 2, "3e", "3e Environnement 42 %", 'ordinal')
F(X, 2, "42 %", 42, '%', 'Français', 'Français', 'table', IMP + "l'environnement", 2015,
  "3e Environnement 42 %", RK3)
N(X, 2, "4e", "4e Précarité, éducation (chacune) 36 %", 'ordinal')
F(X, 2, "36 %", 36, '%', 'Français', 'Français', 'table', IMP + "la précarité et sur l'éducation", 2015,
  "4e Précarité, éducation (chacune) 36 %", RK3 + " one_value_two_measures")
RK4 = RK + " measure_from_label undated_study stated_undated"
N(X, 2, "1re", "1re Échelle locale 73 %", 'ordinal')
F(X, 2, "73 %", 73, '%', 'associations', 'associations employeuses', 'table',
  "nouent des partenariats à l'échelle locale", None, "1re Échelle locale 73 %", RK4)
N(X, 2, "2e", "2e Échelle régionale 47 %", 'ordinal')
F(X, 2, "47 %", 47, '%', 'associations', 'associations employeuses', 'table',
  "nouent des partenariats à l'échelle régionale", None, "2e Échelle régionale 47 %", RK4)
N(X, 2, "novembre 2024", "IMPACTS & TRAJECTOIRES – Elus locaux, novembre 2024", 'date')
N(X, 2, "1er", "1er En mouvement, ni plus ni moins 56 %", 'ordinal')
F(X, 2, "56 %", 56, '%', 'maires', 'maires', 'table', MOUV_NI, 2024, "1er En mouvement, ni plus ni moins 56 %",
  RK3)
N(X, 2, "2e", "2e Fortement en mouvement 35 %", 'ordinal')
F(X, 2, "35 %", 35, '%', 'maires', 'maires', 'table', MOUV_FORT, 2024, "2e Fortement en mouvement 35 %", RK3)
