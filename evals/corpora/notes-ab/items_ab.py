# -*- coding: utf-8 -*-
"""Hand-written gold items of set AB.

F(file, page, text, value, unit, noun, actor, actor_source, measure, year, sentence, cases, ...)
N(file, page, text, sentence, why)

`sentence` is copied from the whitespace-collapsed pypdf text of the page; `text` lies in it.
`cases` is a space-separated list of tags; build_ab.py adds the derived tags nbsp / narrow_nbsp.
The helpers F and N are set AA's, unchanged.
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
# AB-01  Appel à projets « Faire alliance en territoire », règlement type, version du 3 février 2025
# =====================================================================================
B = 'ab01'
for p in (1, 2, 3):
    N(B, p, "3 février 2025", "règlement type version du 3 février 2025", 'date')
    N(B, p, "%d/3" % p, "Règlement type — page %d/3" % p, 'page number')

# ---- p1
N(B, 1, "ODD 17", "le Fonds ODD 17 a publiés", 'other')
F(B, 1, "1,5 M€", 1500000, '€', None, None, None,
  "dotation du Fonds ODD 17, enveloppe de l'appel", 2020,
  "Enveloppe : 1,5 M€, la dotation du Fonds ODD 17",
  "money budget award box year_from_context")
N(B, 1, "ODD 17", "la dotation du Fonds ODD 17 · Lauréats", 'other')
F(B, 1, "350", 350, 'count', 'catalyseurs territoriaux', 'catalyseurs territoriaux', 'sentence',
  "lauréats visés par l'appel du Fonds ODD 17", 2020,
  "Lauréats visés : 350 catalyseurs territoriaux",
  "count award box year_from_context pop_after")
N(B, 1, "3 mars", "Dépôt des dossiers : du 3 mars au 30 avril 2025", 'date')
N(B, 1, "30 avril 2025", "Dépôt des dossiers : du 3 mars au 30 avril 2025", 'date')
N(B, 1, "12 h", "30 avril 2025, 12 h (article 5)", 'date')
N(B, 1, "5", "12 h (article 5)", 'other')
N(B, 1, "www.odd17.org", "Informations : www.odd17.org", 'other')
N(B, 1, "1", "Article 1 – Objet de l'appel", 'other')
N(B, 1, "ODD 17", "Le Fonds ODD 17, co-créé", 'other')
N(B, 1, "2020", "co-créé en 2020 par Le RAMEAU", 'year')
F(B, 1, "trois", 3, 'years', None, None, None,
  "durée de l'expérimentation du Fonds ODD 17", 2020,
  "finance une expérimentation sur trois ans",
  "duration number_in_words year_in_sentence")
N(B, 1, "ODD 17", "L'ODD 17, « Partenariats", 'other')
F(B, 1, "19", 19, 'count', 'cibles', None, None,
  "cibles de l'ODD 17", None,
  "compte 19 cibles1.",
  "count no_date name_with_number_nearby footnote_glued")
N(B, 1, "1", "compte 19 cibles1.", 'footnote')
N(B, 1, "2", "Article 2 – Structures éligibles", 'other')
N(B, 1, "2.1", "2.1 Associations. Sont", 'other')
N(B, 1, "2", "déclarées depuis au moins 2 ans.", 'threshold')
N(B, 1, "10 000 €", "budget annuel est inférieur à 10 000 € reçoivent", 'threshold')
N(B, 1, "5", "une bonification de 5 points dans la grille", 'other')
N(B, 1, "4", "la grille de l'article 4.", 'other')
N(B, 1, "2.2", "2.2 Entreprises.", 'other')
N(B, 1, "10", "de moins de 10 salariés comme", 'threshold')
N(B, 1, "10", "d'au moins 10 salariés, sans condition", 'threshold')
N(B, 1, "2.3", "2.3 Collectivités.", 'other')
N(B, 1, "2 000", "Les communes de moins de 2 000 habitants sont prioritaires", 'threshold')
N(B, 1, "2.4", "2.4 Exclusions.", 'other')
N(B, 1, "12", "structures créées depuis moins de 12 mois", 'threshold')
N(B, 1, "150 000 €", "budget total dépasse 150 000 €.", 'threshold')
N(B, 1, "2.5", "2.5 Composition.", 'other')
N(B, 1, "deux", "réunit au moins deux structures", 'threshold')
N(B, 1, "deux", "issues de deux familles", 'threshold')
N(B, 1, "1", "1 Selon la note du Comité 21", 'footnote')
N(B, 1, "21", "1 Selon la note du Comité 21", 'other')
N(B, 1, "ODD 17", "« ODD 17 : Sens, décryptages", 'other')
N(B, 1, "5 juillet", "parue un 5 juillet.", 'date')

# ---- p2
N(B, 2, "3", "Article 3 – Montants et prix", 'other')
N(B, 2, "3.1", "3.1 Enveloppe.", 'other')
N(B, 2, "ODD 17", "la dotation du Fonds ODD 17 : 1 500 000 €", 'other')
F(B, 2, "1 500 000 €", 1500000, '€', None, None, None,
  "dotation du Fonds ODD 17, enveloppe de l'appel", None,
  "Fonds ODD 17 : 1 500 000 € pour une expérimentation",
  "money budget award no_date other_page_dates_it nbsp_thousands total_repeats_cell",
  also=["Prix « catalyseur territorial » 350 n.p. 1 500 000", "Total de l'appel 350 – 1 500 000"])
F(B, 2, "trois", 3, 'years', None, None, None,
  "durée de l'expérimentation du Fonds ODD 17", None,
  "pour une expérimentation de trois ans.",
  "duration number_in_words no_date other_page_dates_it")
N(B, 2, "1", "répartie entre les prix du tableau 1.", 'other')
N(B, 2, "1", "Tableau 1 – Prix de l'appel", 'other')
F(B, 2, "350", 350, 'count', 'lauréats', 'lauréats', 'table',
  "lauréats visés du prix « catalyseur territorial »", None,
  "Prix « catalyseur territorial » 350",
  "count award table actor_from_header measure_from_row no_date other_page_dates_it total_repeats_cell",
  also=["Total de l'appel 350 –"])
N(B, 2, "3.2", "3.2 Montant par lauréat.", 'other')
F(B, 2, "4 286 €", 4286, '€', None, None, None,
  "montant moyen par catalyseur si la dotation était divisée à parts égales", None,
  "la dotation ferait en moyenne 4 286 € par catalyseur",
  "money award computed average no_date nbsp_thousands")
F(B, 2, "1 429 €", 1429, '€', None, None, None,
  "montant moyen annuel par catalyseur", None,
  "soit environ 1 429 € par an (calcul de la rédaction)",
  "money award computed average no_date qualifier_environ nbsp_thousands")
N(B, 2, "3.3", "3.3 Versement.", 'other')
N(B, 2, "deux", "L'aide est versée en deux fois", 'other')
N(B, 2, "4", "Article 4 – Sélection et notation", 'other')
N(B, 2, "4.1", "4.1 Le comité de sélection", 'other')
N(B, 2, "100", "note chaque dossier sur 100 selon", 'scale')
N(B, 2, "2", "selon la grille du tableau 2. Seuls", 'other')
N(B, 2, "60", "Seuls les dossiers notés au moins 60 sont classés", 'threshold')
N(B, 2, "2", "Tableau 2 – Grille de notation (en points)", 'other')
N(B, 2, "40", "réunies, gouvernance) 40", 'other')
N(B, 2, "30", "Ancrage territorial 30", 'other')
N(B, 2, "20", "Impact attendu sur le territoire 20", 'other')
N(B, 2, "10", "Budget et cofinancements 10", 'other')
N(B, 2, "100", "Total de la grille 100", 'other')
N(B, 2, "2.1", "associations (article 2.1) + 5", 'other')
N(B, 2, "5", "associations (article 2.1) + 5", 'other')
N(B, 2, "4.2", "4.2 En cas d'égalité", 'other')
N(B, 2, "4.3", "4.3 Le comité rend", 'other')

# ---- p3
N(B, 3, "5", "Article 5 – Calendrier", 'other')
N(B, 3, "3", "Tableau 3 – Les étapes de l'appel", 'other')
N(B, 3, "lundi 3 mars 2025", "Ouverture de l'appel lundi 3 mars 2025", 'date')
N(B, 3, "jeudi 13 mars 2025", "Webinaire de présentation jeudi 13 mars 2025, 11 h", 'date')
N(B, 3, "11 h", "jeudi 13 mars 2025, 11 h", 'date')
N(B, 3, "mercredi 30 avril 2025", "dossiers mercredi 30 avril 2025, 12 h", 'date')
N(B, 3, "12 h", "mercredi 30 avril 2025, 12 h", 'date')
N(B, 3, "2 et 3 juin 2025", "Comité de sélection 2 et 3 juin 2025", 'date')
N(B, 3, "1er juillet 2025", "Annonce des lauréats 1er juillet 2025", 'date')
N(B, 3, "septembre 2025", "Début de l'accompagnement septembre 2025", 'date')
N(B, 3, "5.2", "5.2 Un dossier reçu", 'other')
N(B, 3, "15", "disposent de 15 jours pour signer", 'threshold')
N(B, 3, "6", "Article 6 – Engagements", 'other')
N(B, 3, "30 novembre 2021", "lancée le 30 novembre 2021 à Saint-Maurice", 'date')
N(B, 3, "2", "lors du Giving Tuesday2.", 'footnote')
N(B, 3, "7", "Article 7 – Pourquoi cet appel", 'other')
N(B, 3, "30 septembre", "Menée par téléphone du 30 septembre au 28 octobre 2024", 'date')
N(B, 3, "28 octobre 2024", "Menée par téléphone du 30 septembre au 28 octobre 2024", 'date')
F(B, 3, "302", 302, 'people', 'maires', 'maires', 'sentence',
  "maires interrogés par l'enquête IMPACTS & TRAJECTOIRES – Elus locaux", 2024,
  "auprès de 302 maires, l'enquête",
  "people sample date_in_sentence year_from_fieldwork pop_after")
N(B, 3, "novembre 2024", "publiée en novembre 2024, compte", 'date')
F(B, 3, "91 %", 91, '%', 'maires', 'maires', 'sentence',
  "jugent leur territoire en mouvement", 2024,
  "compte 91 % de maires qui jugent leur territoire en mouvement.",
  "survey_named_in_sentence year_from_fieldwork two_dates_in_sentence pop_after")
F(B, 3, "84 %", 84, '%', 'répondants', 'répondants', 'sentence',
  "exercent dans une commune de moins de deux mille habitants", 2024,
  "Parmi les répondants, 84 % exercent dans une commune",
  "sample_structure pop_before parmi threshold_in_sentence survey_named_earlier year_from_fieldwork")
N(B, 3, "2 000", "commune de moins de 2 000 habitants, le seuil", 'threshold')
N(B, 3, "2.3", "le seuil retenu à l'article 2.3.", 'other')
F(B, 3, "92 %", 92, '%', 'maires', 'maires', 'sentence',
  "ressentent un « besoin d'alliance »", None,
  "avance que 92 % des maires ressentent",
  "no_date stated_undated pop_after near_dated_figures")
N(B, 3, "2006", "Depuis sa création en 2006, Le RAMEAU", 'year')
F(B, 3, "500", 500, 'count', 'organisations', 'organisations', 'sentence',
  "organisations auprès desquelles Le RAMEAU a mené des expérimentations", "2006-2025",
  "auprès de plus de 500 organisations ; cet appel",
  "count period_since qualifier_plus_de pop_after")
N(B, 3, "8", "Article 8 – Dépôt et contact", 'other')
N(B, 3, "www.odd17.org", "questions : www.odd17.org.", 'other')
N(B, 3, "2", "2 Une autre source date", 'footnote')
N(B, 3, "30 septembre", "du « mardi 30 septembre »", 'date')

# =====================================================================================
# AB-02  Comité de pilotage du programme PHARE, compte rendu de la séance du 12 décembre 2016
# =====================================================================================
B = 'ab02'
for p in (1, 2):
    N(B, p, "12 décembre 2016", "Compte rendu de la séance du 12 décembre 2016", 'date')
    N(B, p, "%d/2" % p, "CR du comité de pilotage — %d/2" % p, 'page number')

# ---- p1
N(B, 1, "2013-2018", "du programme PHARE (2013-2018)1 Séance", 'year')
N(B, 1, "1", "(2013-2018)1 Séance", 'footnote')
N(B, 1, "12 décembre 2016", "Séance du lundi 12 décembre 2016, Paris", 'date')
N(B, 1, "9", "Présents : 9 membres sur 12", 'other')
N(B, 1, "12", "9 membres sur 12, le quorum", 'other')
N(B, 1, "7", "le quorum de 7 membres est atteint", 'threshold')
N(B, 1, "3", "Excusés : 3.", 'other')
N(B, 1, "2", "Invités : 2, sans droit de vote", 'other')
N(B, 1, "1", "Ordre du jour 1. Approbation", 'other')
N(B, 1, "17 octobre 2016", "compte rendu du 17 octobre 2016 2.", 'date')
N(B, 1, "2", "2016 2. Avancement", 'other')
N(B, 1, "3", "programme 3. Résultats présentés", 'other')
N(B, 1, "4", "comité 4. Décisions", 'other')
N(B, 1, "5", "Décisions 5. Prochaine séance", 'other')
N(B, 1, "2", "Prochaine séance 2. Avancement", 'other')
N(B, 1, "1", "Tableau 1 – Suivi des actions", 'other')
N(B, 1, "12 décembre 2016", "Avancement au 12 décembre 2016 Volet", 'date')
N(B, 1, "septembre 2015", "B. Castel septembre 2015 achevé", 'date')
N(B, 1, "octobre 2015", "B. Castel octobre 2015 achevé", 'date')
N(B, 1, "novembre 2015", "B. Castel novembre 2015 achevé", 'date')
F(B, 1, "13", 13, 'count', 'rapports régionaux', None, None,
  "rapports régionaux prévus par le programme PHARE", 2016,
  "Rapports régionaux (13 prévus en 2016)2",
  "count table measure_from_row year_in_row",
  also=["11 rapports sur 13 sont publiés"])
N(B, 1, "2016", "(13 prévus en 2016)2", 'year')
N(B, 1, "2", "en 2016)2 C. Vidal", 'footnote')
N(B, 1, "décembre 2016", "C. Vidal décembre 2016 85 %", 'date')
F(B, 1, "85 %", 85, '%', None, None, None,
  "avancement des rapports régionaux, publiés rapportés aux prévus", 2016,
  "décembre 2016 85 %",
  "table progress computed actor_null measure_from_row year_from_header")
N(B, 1, "juillet 2016", "C. Vidal juillet 2016 achevé", 'date')
N(B, 1, "29 novembre 2016", "scientifique 29 novembre 2016 achevé", 'date')
F(B, 1, "6", 6, 'count', 'volets', None, None,
  "volets du programme PHARE", "2013-2018",
  "Ensemble du programme (6 volets)",
  "count table programme_period conflict year_from_heading", year_alt="2013-2017")
N(B, 1, "2018", "A. Lorrain 2018 83 %", 'year')
F(B, 1, "83 %", 83, '%', None, None, None,
  "avancement de l'ensemble du programme PHARE, volets achevés rapportés aux prévus", 2016,
  "2018 83 % Le secrétaire",
  "table progress computed actor_null measure_from_row year_from_header year_adjacent_to_figure")
F(B, 1, "cinq", 5, 'count', 'volets', None, None,
  "volets du programme PHARE achevés", 2016,
  "précise que cinq volets sont achevés.",
  "count number_in_words year_from_context")
F(B, 1, "deux", 2, 'count', 'rapports', None, None,
  "rapports régionaux restant à paraître d'ici la fin de l'année", 2016,
  "deux rapports doivent encore paraître",
  "count number_in_words computed year_from_context")
N(B, 1, "1", "1 Certaines publications datent", 'footnote')
N(B, 1, "2013-2017", "le programme PHARE de 2013-2017.", 'year')
N(B, 1, "2", "2 Le 11e rapport régional", 'footnote')
N(B, 1, "11e", "2 Le 11e rapport régional", 'ordinal')
N(B, 1, "26 novembre", "est paru le 26 novembre :", 'date')
F(B, 1, "11", 11, 'count', 'rapports', None, None,
  "rapports régionaux publiés", 2016,
  "26 novembre : 11 rapports",
  "count footnote_text near_ordinal count_of_total year_from_context date_without_year")

# ---- p2
N(B, 2, "3", "3. Résultats présentés au comité", 'other')
N(B, 2, "trois", "rappelle les résultats des trois premiers volets", 'other')
N(B, 2, "premiers", "rappelle les résultats des trois premiers volets", 'ordinal')
N(B, 2, "novembre 2015", "de septembre à novembre 2015 :", 'date')
F(B, 2, "69 %", 69, '%', 'Français', 'Français', 'sentence',
  "partagent le constat d'un « devoir d'alliance »", 2015,
  "novembre 2015 : 69 % des Français",
  "multi_pop list pop_after measure_after date_in_sentence")
F(B, 2, "81 %", 81, '%', 'dirigeants', "dirigeants d'entreprise", 'sentence',
  "partagent le constat d'un « devoir d'alliance »", 2015,
  "81 % des dirigeants d'entreprise",
  "multi_pop list pop_after measure_after date_in_sentence")
F(B, 2, "86 %", 86, '%', 'responsables', 'responsables associatifs', 'sentence',
  "partagent le constat d'un « devoir d'alliance »", 2015,
  "86 % des responsables associatifs partagent",
  "multi_pop list pop_after date_in_sentence")
F(B, 2, "2 000", 2000, 'people', 'personnes', 'personnes interrogées', 'sentence',
  "taille de l'échantillon du volet Citoyens (PHARE-Citoyens)", 2015,
  "repose sur plus de 2 000 personnes interrogées.",
  "people sample qualifier_plus_de year_from_context nbsp_thousands")
N(B, 2, "29 novembre 2016", "Publié le 29 novembre 2016, le volet", 'date')
F(B, 2, "87 %", 87, '%', 'maires', 'maires', 'sentence',
  "partagent le constat d'un « devoir d'alliance »", 2016,
  "compte 87 % de maires qui partagent ce constat",
  "pop_after date_in_sentence measure_from_context")
F(B, 2, "cinq", 5, 'count', 'profils', None, None,
  "profils de maires distingués par PHARE-Institutions", 2016,
  "il distingue cinq profils de maires.",
  "count number_in_words year_from_context pronoun")
N(B, 2, "premier", "aux élus au premier trimestre.", 'ordinal')
N(B, 2, "4", "4. Décisions Décision", 'other')
N(B, 2, "1", "Décision 1. Le compte rendu", 'other')
N(B, 2, "17 octobre 2016", "séance du 17 octobre 2016 est approuvé", 'date')
N(B, 2, "9", "l'unanimité des 9 membres présents", 'other')
N(B, 2, "2", "Décision 2. Le comité valide", 'other')
N(B, 2, "31 décembre 2016", "restants avant le 31 décembre 2016 : 8", 'date')
N(B, 2, "8", "2016 : 8 voix pour", 'other')
N(B, 2, "1", "1 abstention", 'other')
N(B, 2, "0", "0 voix contre", 'other')
N(B, 2, "3", "Décision 3. Le comité demande", 'other')
N(B, 2, "5", "5. Prochaine séance Lundi", 'other')
N(B, 2, "6 mars 2017", "Lundi 6 mars 2017, 14 h 30", 'date')
N(B, 2, "14 h 30", "Lundi 6 mars 2017, 14 h 30", 'date')
N(B, 2, "6 mars 2017", "pour le 6 mars 2017 ·", 'date')
N(B, 2, "31 décembre 2016", "avant le 31 décembre 2016 · Présentation", 'date')
N(B, 2, "premier trimestre 2017", "scientifique, premier trimestre 2017.", 'date')
N(B, 2, "19 décembre 2016", "diffusé le 19 décembre 2016 aux 12", 'date')
N(B, 2, "12", "aux 12 membres du comité.", 'other')

# =====================================================================================
# AB-03  Note de comparaison « Une enquête, trois éditions », mars 2025
# =====================================================================================
B = 'ab03'
for p in (1, 2):
    N(B, p, "trois", "Une enquête, trois éditions mars 2025", 'other')
    N(B, p, "mars 2025", "Une enquête, trois éditions mars 2025", 'date')
    N(B, p, "%d/2" % p, "Note de comparaison — %d/2" % p, 'page number')

# ---- p1
N(B, 1, "trois", "l'urgence de s'allier : trois éditions de l'enquête", 'other')
N(B, 1, "premier", "depuis son premier programme", 'ordinal')
N(B, 1, "2008-2012", "ARPEA (2008-2012). Cette note", 'year')
N(B, 1, "trois", "Cette note compare trois éditions", 'other')
N(B, 1, "deux", "les deux mesures d'ARPEA", 'other')
N(B, 1, "septembre 2015", "PHARE-Citoyens, publiée en septembre 2015. 1.", 'date')
N(B, 1, "1", "2015. 1. Une question", 'other')
N(B, 1, "deux", "Une question, deux résultats", 'other')
N(B, 1, "2008", "En 2008, 86 %", 'year')
F(B, 1, "86 %", 86, '%', 'Français', 'Français', 'sentence',
  "jugent urgent de créer des partenariats entre associations et entreprises", 2008,
  "En 2008, 86 % des Français jugeaient urgent",
  "series before_after year_adjacent_to_figure pop_after repeated_in_chart",
  also=["La part est donc passée de 86 % à 84 %", "0 86 2008 ARPEA"])
N(B, 1, "Quatre ans plus tard", "Quatre ans plus tard, ils étaient encore 84 %.", 'date')
F(B, 1, "84 %", 84, '%', 'Français', 'Français', 'context',
  "jugent urgent de créer des partenariats entre associations et entreprises", 2012,
  "ils étaient encore 84 %.",
  "series before_after pronoun relative_date year_computed repeated_in_chart",
  also=["La part est donc passée de 86 % à 84 %", "84 2012 ARPEA"])
F(B, 1, "2 points", 2, 'pts', 'Français', 'Français', 'context',
  "recul de la part jugeant urgent de créer des partenariats", "2008-2012",
  "un recul de 2 points, soit une baisse relative",
  "pts evolution computed period_from_range")
F(B, 1, "2,3 %", 2.3, '%', 'Français', 'Français', 'context',
  "baisse relative de la part jugeant urgent de créer des partenariats", "2008-2012",
  "soit une baisse relative de 2,3 %, ou",
  "relative_change evolution computed period_from_range")
F(B, 1, "0,5 point", 0.5, 'pts', 'Français', 'Français', 'context',
  "baisse moyenne par an de la part jugeant urgent de s'allier", "2008-2012",
  "ou 0,5 point par an en moyenne",
  "pts evolution computed average period_from_range")
N(B, 1, "1", "Graphique 1 – Part des Français", 'other')
for t in ("100", "80", "60", "40", "20", "0"):
    N(B, 1, t, "(en %) 100 80 60 40 20 0 86", 'scale')
N(B, 1, "2008", "86 2008 ARPEA – Citoyens 84", 'year')
N(B, 1, "2012", "84 2012 ARPEA – Citoyens n.p.", 'year')
N(B, 1, "septembre 2015", "n.p. septembre 2015 PHARE-Citoyens Source", 'date')
N(B, 1, "2008", "(mesures de 2008 et de 2012)", 'year')
N(B, 1, "2012", "(mesures de 2008 et de 2012)", 'year')
N(B, 1, "septembre 2015", "(publiée en septembre 2015), qui ne repose", 'date')
N(B, 1, "2", "2. Une troisième édition", 'other')
N(B, 1, "troisième", "2. Une troisième édition", 'ordinal')
N(B, 1, "septembre 2015", "Publiée en septembre 2015 après une enquête", 'date')
F(B, 1, "2 000", 2000, 'people', 'personnes', 'personnes interrogées', 'sentence',
  "taille de l'échantillon de PHARE-Citoyens", 2015,
  "auprès de plus de 2 000 personnes, PHARE-Citoyens",
  "people sample qualifier_plus_de date_in_sentence nbsp_thousands")
F(B, 1, "69 %", 69, '%', 'Français', 'Français', 'sentence',
  "partagent le constat d'un « devoir d'alliance »", 2015,
  "que 69 % des Français partagent.",
  "pop_after year_from_context other_question")
N(B, 1, "troisième", "pas de troisième barre chiffrée", 'ordinal')

# ---- p2
N(B, 2, "3", "3. Les trois éditions en un tableau", 'other')
N(B, 2, "trois", "3. Les trois éditions en un tableau", 'other')
N(B, 2, "1", "Tableau 1 – Éditions, effectifs", 'other')
N(B, 2, "1re", "1re ARPEA – Citoyens n.p. 2008", 'ordinal')
N(B, 2, "2008", "n.p. 2008 86 2e", 'year')
F(B, 2, "86", 86, '%', 'Français', 'Français', 'context',
  "jugent urgent de créer des partenariats entre associations et entreprises", 2008,
  "2008 86 2e",
  "table series unit_from_header year_in_row actor_from_context measure_from_context "
  "year_adjacent_to_figure near_ordinal")
N(B, 2, "2e", "86 2e ARPEA", 'ordinal')
N(B, 2, "2012", "n.p. 2012 84 3e", 'year')
F(B, 2, "84", 84, '%', 'Français', 'Français', 'context',
  "jugent urgent de créer des partenariats entre associations et entreprises", 2012,
  "2012 84 3e",
  "table series unit_from_header year_in_row actor_from_context measure_from_context "
  "year_adjacent_to_figure near_ordinal")
N(B, 2, "3e", "84 3e PHARE-Citoyens", 'ordinal')
F(B, 2, "2 000", 2000, 'people', 'personnes', 'personnes interrogées', 'table',
  "taille de l'échantillon de PHARE-Citoyens", 2015,
  "PHARE-Citoyens plus de 2 000 n.p.",
  "table people sample qualifier_plus_de year_in_row actor_from_header nbsp_thousands")
N(B, 2, "septembre 2015", "(publiée en septembre 2015) n.p.a", 'date')
N(B, 2, "3e", "La 3e édition mesure", 'ordinal')
F(B, 2, "69 %", 69, '%', 'Français', 'Français', 'sentence',
  "partagent le constat d'un « devoir d'alliance »", 2015,
  "partagé par 69 % des Français.",
  "table_note year_from_table_row pop_after other_question")
N(B, 2, "2", "Tableau 2 – Évolutions entre deux éditions", 'other')
N(B, 2, "deux", "Tableau 2 – Évolutions entre deux éditions", 'other')
N(B, 2, "2008", "2008 → 2012 −2 −2,3", 'year')
N(B, 2, "2012", "2008 → 2012 −2 −2,3", 'year')
F(B, 2, "−2", -2, 'pts', 'Français', 'Français', 'context',
  "écart entre les deux premières éditions, part jugeant urgent de s'allier", "2008-2012",
  "2008 → 2012 −2 −2,3",
  "table pts evolution computed negative unit_from_header year_in_row period_from_range")
F(B, 2, "−2,3", -2.3, '%', 'Français', 'Français', 'context',
  "évolution relative entre les deux premières éditions, part jugeant urgent de s'allier",
  "2008-2012",
  "→ 2012 −2 −2,3 2012",
  "table relative_change evolution computed negative unit_from_header year_in_row period_from_range")
N(B, 2, "2012", "−2,3 2012 → septembre 2015", 'year')
N(B, 2, "septembre 2015", "2012 → septembre 2015 non calculable", 'date')
N(B, 2, "deux", "la différence entre deux résultats", 'other')
N(B, 2, "premier", "cet écart au premier résultat.", 'ordinal')
N(B, 2, "4", "4. Dater un résultat", 'other')
N(B, 2, "mai-juin 2016", "menée en mai-juin 2016 auprès", 'date')
F(B, 2, "1 380", 1380, 'people', 'responsables', 'responsables associatifs', 'sentence',
  "taille de l'échantillon d'Associations & Partenariats", 2016,
  "auprès de plus de 1 380 responsables associatifs",
  "people sample qualifier_plus_de two_dates_in_sentence year_from_fieldwork nbsp_thousands",
  year_alt=2017)
N(B, 2, "mars 2017", "publiée en mars 2017, date ainsi", 'date')
N(B, 2, "2016", "date ainsi de 2016 ses 74 %", 'year')
F(B, 2, "74 %", 74, '%', 'associations', 'associations', 'sentence',
  "citent les collectivités parmi leurs partenaires", 2016,
  "ses 74 % d'associations qui citent les collectivités",
  "year_in_sentence year_from_fieldwork two_dates_in_sentence pop_after", year_alt=2017)
N(B, 2, "5", "5. Une autre série", 'other')
N(B, 2, "janvier 2011", "En janvier 2011, 21 %", 'date')
F(B, 2, "21 %", 21, '%', 'entreprises', 'entreprises', 'sentence',
  "développent des partenariats avec des associations", 2011,
  "21 % des entreprises développaient des partenariats",
  "date_in_sentence pop_after comparison_refused")
N(B, 2, "Cinq ans plus tard", "Cinq ans plus tard, la note", 'date')
N(B, 2, "29 février 2016", "la note de l'Observatoire du 29 février 2016 en compte", 'date')
F(B, 2, "37 %", 37, '%', 'entreprises', "entreprises d'au moins 10 salariés", 'sentence',
  "engagées dans des partenariats", 2016,
  "en compte 37 % parmi les entreprises d'au moins 10 salariés",
  "date_in_sentence pronoun_en parmi threshold_in_sentence pop_after comparison_refused")
N(B, 2, "10", "entreprises d'au moins 10 salariés. Les populations", 'threshold')
N(B, 2, "deux", "dans les mêmes termes à deux éditions", 'other')
N(B, 2, "2008", "mesurée en 2008 puis en 2012.", 'year')
N(B, 2, "2012", "mesurée en 2008 puis en 2012.", 'year')

# =====================================================================================
# AB-04  Rapport d'évaluation « Avant, après », juin 2025
# =====================================================================================
B = 'ab04'
for p in (1, 2, 3):
    N(B, p, "juin 2025", "avant et après juin 2025", 'date')
    N(B, p, "%d/3" % p, "Rapport d'évaluation — p. %d/3" % p, 'page number')

# ---- p1
N(B, 1, "1", "1. Méthode Pour chaque", 'other')
N(B, 1, "deux", "« deux fois plus »", 'other')
N(B, 1, "2", "2. Les programmes : des volets", 'other')
N(B, 1, "Premier", "Premier programme de l'Observatoire", 'ordinal')
N(B, 1, "2008-2012", "ARPEA (2008-2012) comptait dix volets.", 'year')
F(B, 1, "dix", 10, 'count', 'volets', None, None,
  "volets du programme ARPEA", "2008-2012",
  "ARPEA (2008-2012) comptait dix volets.",
  "count number_in_words programme_period before_after",
  also=["le nombre de volets est passé de 10 à 6"])
N(B, 1, "2013-2018", "PHARE (2013-2018)1, n'en", 'year')
N(B, 1, "1", "(2013-2018)1, n'en compte", 'footnote')
F(B, 1, "six", 6, 'count', 'volets', None, None,
  "volets du programme PHARE", "2013-2018",
  "n'en compte plus que six :",
  "count number_in_words programme_period conflict pronoun_en before_after",
  year_alt="2013-2017", also=["le nombre de volets est passé de 10 à 6"])
F(B, 1, "−40 %", -40, '%', None, None, None,
  "évolution du nombre de volets entre les programmes ARPEA et PHARE", "2008-2018",
  "soit −40 % (calcul de la rédaction).",
  "relative_change evolution computed negative before_after period_from_range")
N(B, 1, "2018-2022", "Le programme IMPACT (2018-2022), lancé", 'year')
N(B, 1, "novembre 2017", "lancé en novembre 2017, ne parle", 'date')
N(B, 1, "3", "3. Les Français : une mesure", 'other')
F(B, 1, "86 %", 86, '%', 'Français', 'Français', 'sentence',
  "jugent urgent de créer des partenariats", 2008,
  "est passée de 86 % en 2008",
  "before_after year_adjacent_to_figure pop_before measure_before")
N(B, 1, "2008", "86 % en 2008 à 84 %", 'year')
F(B, 1, "84 %", 84, '%', 'Français', 'Français', 'sentence',
  "jugent urgent de créer des partenariats", 2012,
  "à 84 % en 2012, soit un recul",
  "before_after year_adjacent_to_figure pop_before measure_before")
N(B, 1, "2012", "84 % en 2012, soit un recul", 'year')
F(B, 1, "2 points", 2, 'pts', 'Français', 'Français', 'sentence',
  "recul de la part jugeant urgent de créer des partenariats", "2008-2012",
  "soit un recul de 2 points.",
  "pts evolution computed period_from_range before_after")
N(B, 1, "deux", "la seule mesure publiée deux fois", 'other')
N(B, 1, "2012", "ne peut pas être suivie après 2012.", 'year')
N(B, 1, "4", "4. Les territoires : des pilotes", 'other')
N(B, 1, "2010", "initiée en 2010, a commencé", 'year')
F(B, 1, "trois", 3, 'count', 'territoires', 'territoires pilotes', 'sentence',
  "territoires pilotes de la démarche Agir ensemble en Territoire", 2010,
  "a commencé avec trois territoires pilotes.",
  "count number_in_words year_in_sentence before_after")
F(B, 1, "onze", 11, 'count', 'territoires', 'territoires pionniers', 'sentence',
  "territoires pionniers du parcours d'expérience mené avec le CGET", None,
  "compte, lui, onze « territoires pionniers »",
  "count number_in_words no_date before_after")
N(B, 1, "quatre", "près de quatre fois plus (calcul", 'other')
N(B, 1, "première", "Sa première session", 'ordinal')
N(B, 1, "3 mai", "s'est ouverte un 3 mai.", 'date')
N(B, 1, "5", "5. Associations : l'écart", 'other')
N(B, 1, "mai-juin 2016", "(terrain de mai-juin 2016, publication", 'date')
N(B, 1, "mars 2017", "publication en mars 2017), la moitié", 'date')
F(B, 1, "moitié", 50, '%', 'associations', 'associations dont le budget dépasse 150 000 €', 'sentence',
  "ont un partenariat avec une entreprise", 2016,
  "la moitié des associations dont le budget dépasse",
  "fraction_in_words number_in_words threshold_in_sentence pop_after two_dates_in_sentence "
  "year_from_fieldwork", year_alt=2017)
N(B, 1, "150 000 €", "budget dépasse 150 000 € ont un partenariat", 'threshold')
F(B, 1, "20 %", 20, '%', 'associations', 'associations dont le budget est inférieur à 10 000 €',
  'sentence', "ont un partenariat avec une entreprise", 2016,
  "contre 20 % de celles dont le budget",
  "comparison celles threshold_in_sentence year_from_fieldwork", year_alt=2017)
N(B, 1, "10 000 €", "inférieur à 10 000 € : deux fois", 'threshold')
N(B, 1, "deux", "10 000 € : deux fois et demie plus.", 'other')
N(B, 1, "6", "6. Échelle locale", 'other')
F(B, 1, "73 %", 73, '%', 'associations', 'associations employeuses', 'sentence',
  "nouent des partenariats à l'échelle locale", None,
  "73 % des associations employeuses nouent",
  "undated_study stated_undated pop_after")
F(B, 1, "47 %", 47, '%', 'associations', 'associations employeuses', 'context',
  "nouent des partenariats à l'échelle régionale", None,
  "contre 47 % à l'échelle régionale",
  "undated_study stated_undated ellipsis comparison")
F(B, 1, "26 points", 26, 'pts', 'associations', 'associations employeuses', 'context',
  "avance de l'échelle locale sur l'échelle régionale", None,
  "devance la régionale de 26 points,",
  "pts gap computed undated_study")
F(B, 1, "+55 %", 55, '%', 'associations', 'associations employeuses', 'context',
  "avance relative de l'échelle locale sur l'échelle régionale", None,
  "soit +55 % (calculs de la rédaction).",
  "relative_change gap computed undated_study")
N(B, 1, "7", "7. Le RAMEAU : recherche", 'other')
N(B, 1, "2006", "Le RAMEAU, créé en 2006, revendique", 'year')
F(B, 1, "15", 15, 'years', None, None, None,
  "durée de recherche revendiquée par Le RAMEAU", None,
  "revendique 15 ans de recherche",
  "duration no_date near_year")
F(B, 1, "5", 5, 'years', None, None, None,
  "durée de l'étude d'impact revendiquée par Le RAMEAU", None,
  "et 5 ans d'étude d'impact :",
  "duration no_date near_year")
N(B, 1, "trois", "la recherche a duré trois fois plus longtemps", 'other')
F(B, 1, "1 000", 1000, 'count', 'exemples inspirants', None, None,
  "exemples inspirants recensés par Le RAMEAU", None,
  "ses plus de 1 000 exemples inspirants.",
  "count qualifier_plus_de no_date nbsp_thousands")
N(B, 1, "1", "1 Certaines sources datent PHARE", 'footnote')
N(B, 1, "2013-2017", "datent PHARE de 2013-2017.", 'year')

# ---- p2
N(B, 2, "8", "8. Indicateurs de suivi", 'other')
N(B, 2, "1", "Tableau 1 – Indicateurs : valeur initiale", 'other')
N(B, 2, "2024", "cible et valeur 2024 Indicateur", 'year')
N(B, 2, "2024", "Cible Valeur 2024 Catalyseurs", 'year')
F(B, 2, "350", 350, 'count', 'catalyseurs territoriaux', 'catalyseurs territoriaux', 'table',
  "cible de catalyseurs territoriaux accompagnés par le Fonds ODD 17", 2020,
  "(nombre)a n.p. 350 n.p.",
  "count table target actor_from_row measure_from_header year_from_note",
  also=["Fonds ODD 17 : 350 catalyseurs territoriaux"])
N(B, 2, "ODD 17", "Dotation du Fonds ODD 17 (en M€)a", 'other')
F(B, 2, "1,5", 1500000, '€', None, None, None,
  "dotation du Fonds ODD 17, cible", 2020,
  "(en M€)a – 1,5 n.p.",
  "money table target unit_from_row multiplier_from_row measure_from_row year_from_note",
  also=["une dotation de 1,5 M€"])
F(B, 2, "3", 3, 'years', None, None, None,
  "durée de l'expérimentation du Fonds ODD 17, cible", 2020,
  "(en années)a – 3 –",
  "duration table target unit_from_row measure_from_row year_from_note",
  also=["sur 3 ans."])
F(B, 2, "76", 76, '%', 'maires', 'maires', 'table',
  "jugent leur territoire engagé (valeur initiale)", "2018-2022",
  "(en %)b 76 n.p. 91",
  "table baseline unit_from_row actor_from_row measure_from_row year_from_note programme_period "
  "column_meaning_from_note")
F(B, 2, "91", 91, '%', 'maires', 'maires', 'table',
  "jugent leur territoire en mouvement", 2024,
  "76 n.p. 91 Français",
  "table unit_from_row actor_from_row measure_from_note year_from_header")
F(B, 2, "86", 86, '%', 'Français', 'Français', 'table',
  "jugent urgent de créer des partenariats (valeur initiale)", 2008,
  "(en %)c 86 n.p. n.p.",
  "table baseline unit_from_row actor_from_row measure_from_row year_from_note")
N(B, 2, "ODD 17", "a. Fonds ODD 17, co-créé", 'other')
N(B, 2, "2020", "co-créé en 2020 par Le RAMEAU", 'year')
N(B, 2, "2018-2022", "programme IMPACT (2018-2022), part des maires", 'year')
N(B, 2, "2024", "Valeur 2024 : 302 maires", 'year')
F(B, 2, "302", 302, 'people', 'maires', 'maires', 'sentence',
  "maires interrogés pour la valeur 2024 (territoire en mouvement)", 2024,
  "Valeur 2024 : 302 maires interrogés",
  "people sample table_note date_in_sentence pop_after")
N(B, 2, "30 septembre", "interrogés du 30 septembre au 28 octobre 2024, qui", 'date')
N(B, 2, "28 octobre 2024", "interrogés du 30 septembre au 28 octobre 2024, qui", 'date')
N(B, 2, "2008", "ARPEA – Citoyens, 2008. La dernière", 'year')
F(B, 2, "84 %", 84, '%', 'Français', 'Français', 'context',
  "jugent urgent de créer des partenariats, dernière mesure publiée", 2012,
  "La dernière mesure publiée, 84 % en 2012",
  "table_note year_adjacent_to_figure actor_from_row")
N(B, 2, "2012", "84 % en 2012, n'est pas", 'year')
N(B, 2, "2024", "n'est pas une valeur 2024.", 'year')
N(B, 2, "9", "9. Cibles : ce qui est publié", 'other')
N(B, 2, "ODD 17", "celui du Fonds ODD 17 : 350", 'other')
N(B, 2, "80 %", "« objectif : 80 % d'ici 2027 »", 'other')
N(B, 2, "2027", "« objectif : 80 % d'ici 2027 »", 'year')
N(B, 2, "1", "Lire le tableau 1 Une case", 'other')
N(B, 2, "2024", "« Valeur 2024 » ne reçoit", 'year')
N(B, 2, "2024", "résultats mesurés en 2024.", 'year')

# ---- p3
N(B, 3, "10", "10. Synthèse des évolutions", 'other')
N(B, 3, "2", "Tableau 2 – Avant, après", 'other')
N(B, 3, "2008-2012", "(nombre) 2008-2012 → 2013-2018 10", 'year')
N(B, 3, "2013-2018", "(nombre) 2008-2012 → 2013-2018 10", 'year')
F(B, 3, "10", 10, 'count', 'volets', None, None,
  "volets du programme ARPEA, avant", "2008-2012",
  "2013-2018 10 6 −40 %",
  "count table before_after year_in_row measure_from_row",
  also=["le nombre de volets passe de 10 à 6."])
F(B, 3, "6", 6, 'count', 'volets', None, None,
  "volets du programme PHARE, après", "2013-2018",
  "10 6 −40 % Français",
  "count table before_after year_in_row measure_from_row",
  also=["le nombre de volets passe de 10 à 6."])
F(B, 3, "−40 %", -40, '%', None, None, None,
  "évolution du nombre de volets entre ARPEA et PHARE", "2008-2018",
  "6 −40 % Français jugeant",
  "table relative_change evolution computed negative year_in_row period_from_range")
N(B, 3, "2008", "(en %) 2008 → 2012 86 84", 'year')
N(B, 3, "2012", "(en %) 2008 → 2012 86 84", 'year')
F(B, 3, "86", 86, '%', 'Français', 'Français', 'table',
  "jugent urgent de créer des partenariats, avant", 2008,
  "2012 86 84 −2 points",
  "table before_after unit_from_row actor_from_row year_in_row")
F(B, 3, "84", 84, '%', 'Français', 'Français', 'table',
  "jugent urgent de créer des partenariats, après", 2012,
  "86 84 −2 points Territoires",
  "table before_after unit_from_row actor_from_row year_in_row")
F(B, 3, "−2 points", -2, 'pts', 'Français', 'Français', 'table',
  "évolution de la part jugeant urgent de créer des partenariats", "2008-2012",
  "84 −2 points Territoires",
  "table pts evolution computed negative year_in_row period_from_range")
N(B, 3, "2010", "(nombre) 2010 → sans date 3 11", 'year')
F(B, 3, "3", 3, 'count', 'territoires', 'territoires pilotes', 'table',
  "territoires pilotes d'Agir ensemble en Territoire, avant", 2010,
  "2010 → sans date 3 11",
  "count table before_after year_in_row actor_from_row")
F(B, 3, "11", 11, 'count', 'territoires', 'territoires pionniers', 'table',
  "territoires pionniers du parcours d'expérience CGET, après", None,
  "sans date 3 11 près",
  "count table before_after stated_undated year_in_row actor_from_row")
N(B, 3, "quatre", "près de quatre fois plus Associations", 'other')
N(B, 3, "10 000 €", "budget de moins de 10 000 € →", 'threshold')
N(B, 3, "150 000 €", "de plus de 150 000 €, 2016", 'threshold')
N(B, 3, "2016", "150 000 €, 2016 20 50", 'year')
F(B, 3, "20", 20, '%', 'associations', 'associations dont le budget est inférieur à 10 000 €', 'table',
  "ont un partenariat avec une entreprise", 2016,
  "2016 20 50 deux",
  "table unit_from_row year_in_row threshold_in_row actor_from_row comparison")
F(B, 3, "50", 50, '%', 'associations', 'associations dont le budget dépasse 150 000 €', 'table',
  "ont un partenariat avec une entreprise", 2016,
  "20 50 deux fois et demie",
  "table unit_from_row year_in_row threshold_in_row actor_from_row comparison")
N(B, 3, "deux", "50 deux fois et demie plus", 'other')
N(B, 3, "deux", "Les deux dernières lignes", 'other')
N(B, 3, "deux", "pas deux dates.", 'other')
N(B, 3, "11", "11. Ce que l'évaluation", 'other')
N(B, 3, "quatre", "Sur les quatre évolutions du tableau 2", 'other')
N(B, 3, "2", "Sur les quatre évolutions du tableau 2", 'other')
N(B, 3, "deux", "population à deux dates.", 'other')
N(B, 3, "2024", "en 2024, 91 % des maires", 'year')
F(B, 3, "91 %", 91, '%', 'maires', 'maires', 'sentence',
  "jugent leur territoire en mouvement", 2024,
  "en 2024, 91 % des maires jugent",
  "year_adjacent_to_figure pop_after")
N(B, 3, "ODD 17", "par le Fonds ODD 17 à la fin", 'other')

# =====================================================================================
# AB-05  Questionnaires annotés, avril 2025
# =====================================================================================
B = 'ab05'
for p in (1, 2, 3):
    N(B, p, "avril 2025", "résultats publiés avril 2025", 'date')
    N(B, p, "%d/3" % p, "Questionnaires annotés — %d/3" % p, 'page number')

# ---- p1
for t in ("1", "2", "9"):
    N(B, 1, t, "Les codes de saisie (1, 2, 9…) précèdent", 'other')
N(B, 1, "septembre 2015", "Publication septembre 2015 Personnes", 'date')
F(B, 1, "2 000", 2000, 'people', 'personnes', 'personnes interrogées', 'table',
  "taille de l'échantillon de PHARE-Citoyens", 2015,
  "Personnes interrogées plus de 2 000 Date",
  "table people sample qualifier_plus_de year_from_context actor_from_row nbsp_thousands")
N(B, 1, "Q1", "Q1 Les associations, les entreprises", 'other')
N(B, 1, "1", "☐ 1 Oui 69 %", 'other')
F(B, 1, "69 %", 69, '%', 'Français', 'Français', 'context',
  "jugent que les acteurs ont le devoir de s'allier", 2015,
  "☐ 1 Oui 69 %",
  "questionnaire answer_box measure_from_question actor_from_base year_from_context")
N(B, 1, "2", "☐ 2 Non n.p.", 'other')
N(B, 1, "9", "☐ 9 Ne sait pas n.p. Non et", 'other')
F(B, 1, "31 %", 31, '%', 'Français', 'Français', 'context',
  "ne jugent pas que les acteurs ont ce devoir ou ne savent pas", 2015,
  "ensemble (calcul par différence) : 31 %",
  "questionnaire by_difference computed measure_from_question year_from_context")
N(B, 1, "Q1", "→ Si Q1 = 1, poser Q2", 'other')
N(B, 1, "1", "→ Si Q1 = 1, poser Q2", 'other')
N(B, 1, "Q2", "→ Si Q1 = 1, poser Q2", 'other')
N(B, 1, "Q3", "sinon, aller à Q3. Q2", 'other')
N(B, 1, "Q2", "Q2 (Si Q1 = 1) Pourquoi", 'other')
N(B, 1, "Q1", "Q2 (Si Q1 = 1) Pourquoi", 'other')
N(B, 1, "1", "Q2 (Si Q1 = 1) Pourquoi", 'other')
N(B, 1, "Q3", "Q3 Quelle importance", 'other')
N(B, 1, "0", "Notez de 0, aucune importance", 'scale')
N(B, 1, "10", "à 10, importance maximale.", 'scale')
for k in range(11):
    N(B, 1, str(k), "maximale. 0 1 2 3 4 5 6 7 8 9 10 Note moyenne", 'scale')
F(B, 1, "7,1", 7.1, '/10', 'note', 'Français', 'context',
  "note moyenne de l'importance de l'emploi", 2015,
  "a. L'emploi ☐ ☐ ☐ ☐ ☐ ☐ ☐ ☐ ☐ ☐ ☐ 7,1",
  "questionnaire grid mark10 unit_from_context measure_from_row year_from_context")
N(B, 1, "1", "c. La sécurité1 ☐", 'footnote')
F(B, 1, "6,5", 6.5, '/10', 'note', 'Français', 'context',
  "note moyenne de l'importance du développement économique", 2015,
  "économique ☐ ☐ ☐ ☐ ☐ ☐ ☐ ☐ ☐ ☐ ☐ 6,5",
  "questionnaire grid mark10 unit_from_context measure_from_row year_from_context")
F(B, 1, "6,6", 6.6, '/10', 'note', 'Français', 'context',
  "note moyenne de l'importance du pouvoir d'achat et de la sécurité", 2015,
  "6,6 chacun",
  "questionnaire grid mark10 unit_from_context one_value_two_measures merged_cell "
  "result_after_rows conflict year_from_context")
F(B, 1, "6,3", 6.3, '/10', 'note', 'Français', 'context',
  "note moyenne de l'importance de l'environnement et de l'exclusion", 2015,
  "6,3 chacun",
  "questionnaire grid mark10 unit_from_context one_value_two_measures merged_cell "
  "result_after_rows year_from_context")
N(B, 1, "1", "chacun 1 Une autre publication", 'footnote')
F(B, 1, "7/10", 7, '/10', 'note', 'Français', 'context',
  "note moyenne de la sécurité selon une autre publication", 2015,
  "attribue 7/10 à la sécurité.",
  "mark10 conflict footnote_text survey_named_earlier")

# ---- p2
N(B, 2, "septembre 2015", "enquête publiée en septembre 2015 Q4", 'date')
N(B, 2, "Q4", "Q4 Sur quels enjeux", 'other')
N(B, 2, "1", "☐ 1 L'emploi 49 %", 'other')
F(B, 2, "49 %", 49, '%', 'Français', 'Français', 'context',
  "attendent des partenariats un impact fort sur l'emploi", 2015,
  "☐ 1 L'emploi 49 %",
  "questionnaire answer_box measure_from_question actor_from_context year_from_heading")
N(B, 2, "2", "☐ 2 Le développement économique", 'other')
F(B, 2, "46 %", 46, '%', 'Français', 'Français', 'context',
  "attendent des partenariats un impact fort sur le développement économique", 2015,
  "Le développement économique 46 %",
  "questionnaire answer_box measure_from_question actor_from_context year_from_heading")
N(B, 2, "3", "☐ 3 L'environnement", 'other')
F(B, 2, "42 %", 42, '%', 'Français', 'Français', 'context',
  "attendent des partenariats un impact fort sur l'environnement", 2015,
  "L'environnement 42 %",
  "questionnaire answer_box measure_from_question actor_from_context year_from_heading")
N(B, 2, "4", "☐ 4 La précarité", 'other')
N(B, 2, "5", "☐ 5 L'éducation", 'other')
F(B, 2, "36 %", 36, '%', 'Français', 'Français', 'context',
  "attendent des partenariats un impact fort sur la précarité et sur l'éducation", 2015,
  "L'éducation 36 % chacune",
  "questionnaire answer_box one_value_two_measures measure_from_question actor_from_context "
  "year_from_heading")
N(B, 2, "6", "☐ 6 Aucun de ces enjeux", 'other')
N(B, 2, "100 %", "Total : plus de 100 %, plusieurs", 'other')
N(B, 2, "QS1", "QS1 Signalétique. Quel est votre âge", 'other')
N(B, 2, "1", "☐ 1 18-34 ans", 'other')
N(B, 2, "18-34", "☐ 1 18-34 ans", 'threshold')
N(B, 2, "2", "☐ 2 35-49 ans", 'other')
N(B, 2, "35-49", "☐ 2 35-49 ans", 'threshold')
N(B, 2, "3", "☐ 3 50-64 ans", 'other')
N(B, 2, "50-64", "☐ 3 50-64 ans", 'threshold')
N(B, 2, "4", "☐ 4 65 ans et plus", 'other')
N(B, 2, "65", "☐ 4 65 ans et plus", 'threshold')
N(B, 2, "QS2", "QS2 Signalétique. Votre commune", 'other')
N(B, 2, "1", "☐ 1 Rurale", 'other')
N(B, 2, "2", "☐ 2 Urbaine", 'other')
N(B, 2, "2015", "publication, 2015, et non celle", 'year')
F(B, 2, "81 %", 81, '%', 'Français', 'Français', 'sentence',
  "ressentent un « devoir d'alliance »", None,
  "avance sans date que 81 % des Français",
  "no_date stated_undated conflict pop_after other_source")

# ---- p3
F(B, 3, "302", 302, 'people', 'maires', 'maires', 'table',
  "maires répondants de l'enquête IMPACTS & TRAJECTOIRES – Elus locaux", 2024,
  "Répondants 302 maires Mode",
  "table people sample year_from_context pop_after",
  also=["sauf mention : 302 répondants."])
N(B, 3, "30 septembre", "Terrain du 30 septembre au 28 octobre 2024", 'date')
N(B, 3, "28 octobre 2024", "Terrain du 30 septembre au 28 octobre 2024", 'date')
N(B, 3, "novembre 2024", "Publication novembre 2024 Base", 'date')
N(B, 3, "QS1", "QS1 Combien d'habitants", 'other')
N(B, 3, "1", "☐ 1 Moins de 2 000 habitants", 'other')
N(B, 3, "2 000", "☐ 1 Moins de 2 000 habitants", 'threshold')
F(B, 3, "84 %", 84, '%', 'répondants', 'répondants', 'context',
  "exercent dans une commune de moins de deux mille habitants", 2024,
  "Moins de 2 000 habitants 84 %",
  "questionnaire answer_box sample_structure threshold_in_row measure_from_question year_from_context")
N(B, 3, "2", "☐ 2 De 2 000 habitants ou plus", 'other')
N(B, 3, "2 000", "☐ 2 De 2 000 habitants ou plus", 'threshold')
F(B, 3, "16 %", 16, '%', 'répondants', 'répondants', 'context',
  "exercent dans une commune de deux mille habitants ou plus", 2024,
  "habitants ou plus 16 %",
  "questionnaire answer_box sample_structure by_difference computed threshold_in_row year_from_context")
N(B, 3, "2 000", "La part des communes de 2 000 habitants", 'threshold')
N(B, 3, "Q1", "Q1 Diriez-vous", 'other')
N(B, 3, "1", "☐ 1 Oui, fortement", 'other')
F(B, 3, "35 %", 35, '%', 'maires', 'maires', 'context',
  "jugent leur territoire fortement en mouvement", 2024,
  "☐ 1 Oui, fortement 35 %",
  "questionnaire answer_box distribution measure_from_question actor_from_base year_from_context")
N(B, 3, "2", "☐ 2 Oui, ni plus ni moins", 'other')
F(B, 3, "56 %", 56, '%', 'maires', 'maires', 'context',
  "jugent leur territoire en mouvement, ni plus ni moins", 2024,
  "ni plus ni moins 56 %",
  "questionnaire answer_box distribution measure_from_question actor_from_base year_from_context")
N(B, 3, "3", "☐ 3 Non n.p.", 'other')
N(B, 3, "9", "☐ 9 Ne sait pas n.p. Sous-total", 'other')
N(B, 3, "1", "(réponses 1 et 2) : 91 %", 'other')
N(B, 3, "2", "(réponses 1 et 2) : 91 %", 'other')
F(B, 3, "91 %", 91, '%', 'maires', 'maires', 'context',
  "jugent leur territoire en mouvement (sous-total oui)", 2024,
  "(réponses 1 et 2) : 91 %",
  "questionnaire subtotal distribution measure_from_question actor_from_base year_from_context")
F(B, 3, "9 %", 9, '%', 'maires', 'maires', 'context',
  "ne jugent pas leur territoire en mouvement ou ne savent pas", 2024,
  "(par différence) : 9 %.",
  "questionnaire by_difference computed distribution measure_from_question year_from_context")
N(B, 3, "Q1", "→ Si Q1 = 3 ou 9, aller à Q3", 'other')
N(B, 3, "3", "→ Si Q1 = 3 ou 9, aller à Q3", 'other')
N(B, 3, "9", "→ Si Q1 = 3 ou 9, aller à Q3", 'other')
N(B, 3, "Q3", "→ Si Q1 = 3 ou 9, aller à Q3", 'other')
N(B, 3, "Q2", "sinon, poser Q2.", 'other')
N(B, 3, "Q2", "Q2 (Si Q1 = 1 ou 2) Qu'est-ce", 'other')
N(B, 3, "Q1", "Q2 (Si Q1 = 1 ou 2) Qu'est-ce", 'other')
N(B, 3, "1", "Q2 (Si Q1 = 1 ou 2) Qu'est-ce", 'other')
N(B, 3, "2", "Q2 (Si Q1 = 1 ou 2) Qu'est-ce", 'other')
N(B, 3, "Q3", "Q3 Votre commune", 'other')
N(B, 3, "1", "☐ 1 Oui n.p. ☐ 2 Non", 'other')
N(B, 3, "2", "☐ 2 Non n.p. Repère", 'other')
N(B, 3, "novembre 2020", "en novembre 2020, l'étude", 'date')
F(B, 3, "64 %", 64, '%', 'élus', 'élus locaux', 'sentence',
  "veulent s'appuyer sur le « jouer collectif »", 2020,
  "comptait 64 % d'élus locaux voulant",
  "other_source date_in_sentence pop_after")
