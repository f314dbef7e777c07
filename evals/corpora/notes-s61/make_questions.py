#!/usr/bin/env python3
"""Source des 60 questions du jeu à l'aveugle s61 -> questions.jsonl.

Usage : /work/main/.venv/bin/python make_questions.py
`page` = index PDF (1 = première page) ; les numéros imprimés sont rappelés dans les réponses.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
D1 = 'obs-s61-01-communique-droit-alliance.pdf'
D2 = 'obs-s61-02-rapport-annuel-2020.pdf'
D3 = 'obs-s61-03-affiche-giving-tuesday.pdf'
D4 = 'obs-s61-04-questionnaires-annotes.pdf'
D5 = 'obs-s61-05-lettre-ouverte-president.pdf'
D6 = 'obs-s61-06-comparatif-dispositifs.pdf'
PULSE = 'real-pulse-reach-presentation.pdf'
RECOOP = 'real-recoop-plaquette.pdf'
TOTAL = 'real-total-dpef-2018-extrait.pdf'
EDF = 'real-edf-dpef-2018-extrait.pdf'
CASINO = 'real-casino-dpef-2018.pdf'
CPESR = 'real-cpesr-barometre-esr-2023.pdf'
MITI = 'real-miti-guide-gestion-donnees-recherche-v2.pdf'
ETALAB = 'real-etalab-documentation-barometre-resultats.pdf'

U = 'unanswerable'

# (question, answer, must_contain, source, page, kind, follows?)
# follows=True : la question suit la précédente (le sujet est un pronom ou implicite).
Q = [
    # 01
    ("Qui porte la proposition de loi sur le droit de l'alliance d'intérêt général ?",
     "Elle est portée par Cathy Racon-Bouzon. Le texte a été agréé par le Bureau de l'Assemblée "
     "nationale puis publié au Journal officiel (communiqué de presse, page 1).",
     ["Cathy Racon-Bouzon"], D1, 1, 'who'),
    # 02
    ("et elle l'a déposée quand ?",
     "Le communiqué indique qu'elle a été déposée « en février », sans préciser l'année ; il "
     "mentionne aussi la feuille de route ministérielle de 21 mesures qui l'accompagne (page 1).",
     ["Déposée en février"], D1, 1, 'when', True),
    # 03
    ("Quel est le budget total du projet REACH et qui en est le principal cofinanceur ?",
     "Budget total : 1,638 M€. Principal cofinanceur : l'Agence Française de Développement, pour "
     "800 000 € (présentation REACH de PULSE, fiche d'identité, page 2).",
     ["1,638M€", "Agence Française de Développement", "800 000€"], PULSE, 2, 'figure'),
    # 04
    ("combien d'assos employeuses dans l'etude impact associations & territoires, et combien "
     "ont au moins un partenariat ?",
     "L'étude porte sur les 148 000 associations employeuses ; 98 % d'entre elles ont au moins un "
     "partenariat (questionnaires annotés, page imprimée A2 – 7, Q1 ; la part des « non » n'est "
     "pas publiée).",
     ["148 000", "98 %"], D4, 1, 'figure'),
    # 05
    ("et avec les collectivités c'est combien ?",
     "89 % des associations ont un partenariat avec des collectivités territoriales (Q2 de "
     "l'enquête IMPACT – Associations & Territoires, page A2 – 7). Attention : l'enquête "
     "« Associations & Partenariats » de 2017 donne 74 % pour les collectivités, mais c'est une "
     "autre enquête.",
     ["Collectivités territoriales 89 %"], D4, 1, 'figure', True),
    # 06
    ("Combien de salariés compte l'équipe du RAMEAU ?",
     "Les documents ne donnent pas l'effectif du RAMEAU. Ils le décrivent (association d'intérêt "
     "général créée en 2006, plus de 1 000 exemples inspirants recensés, expérimentations auprès "
     "de plus de 500 organisations) et nomment son président-fondateur et sa directrice générale, "
     "mais aucun nombre de salariés.",
     [], None, None, U),
    # 07
    ("En 2018, combien de tonnes de produits le groupe Casino a-t-il apportées aux banques "
     "alimentaires, et cela représente combien de repas ?",
     "Plus de 25 100 tonnes de produits, soit l'équivalent de plus de 50 millions de repas "
     "(DPEF Casino 2018, page imprimée 209, page 29 du PDF).",
     ["25 100 tonnes", "50 millions de repas"], CASINO, 29, 'figure'),
    # 08
    ("Le Fonds ODD 17 est doté de combien, et pour une expérimentation de quelle durée ?",
     "Dotation de 1,5 M€ pour une expérimentation sur trois ans (rapport annuel 2020, page "
     "imprimée 22 ; aussi dans le tableau comparatif, page B-43).",
     ["1,5 M€", "trois ans"], D2, 1, 'figure'),
    # 09
    ("et qui l'a créé ?",
     "Le Fonds ODD 17 a été co-créé en 2020 par Le RAMEAU et la Fondation TotalEnergies "
     "(rapport annuel 2020, page 22). Il vise 350 « catalyseurs territoriaux ».",
     ["Fondation TotalEnergies", "2020"], D2, 1, 'who', True),
    # 10
    ("Combien d'OSC intermédiaires le projet REACH prévoit-il de former ?",
     "50 OSC intermédiaires, qui œuvrent auprès des femmes et des jeunes (présentation REACH, "
     "page 7 : 30 pour Jógjëf et 20 pour Oribi).",
     ["Formation de 50 OSC intermédiaires"], PULSE, 7, 'figure'),
    # 11
    ("et ca se repartit comment entre les deux structures ?",
     "Jógjëf en forme 30 et Oribi 20 (présentation REACH, page 7).",
     ["Jógjëf : 30", "Oribi : 20"], PULSE, 7, 'figure', True),
    # 12
    ("La Charte du faire alliance a été lancée le 30 novembre ou le 30 septembre ?",
     "Les sources divergent. Le tableau comparatif (page B-43) indique un lancement le "
     "30 novembre 2021, jour du Giving Tuesday, à Saint-Maurice, et signale que le site "
     "associations.gouv.fr annonçait la soirée pour le « mardi 30 septembre ». L'affiche de la "
     "soirée donne « Mardi 30 novembre 2021 ».",
     ["30 novembre 2021", "mardi 30 septembre"], D6, 3, 'when'),
    # 13
    ("Combien de temps a duré l'écriture collective de la charte, et qui a piloté ce travail ?",
     "Trois mois de co-construction, pilotés par la Fondation des Territoires (affiche de la "
     "soirée de dévoilement ; aussi dans le tableau comparatif, page B-43).",
     ["Trois mois de co-construction", "Fondation des Territoires"], D3, 1, 'figure'),
    # 14
    ("Où s'est tenue la soirée de dévoilement de la Charte du faire alliance, et à quelle date ?",
     "À Saint-Maurice, sur le territoire Paris-Est Marne & Bois, le mardi 30 novembre 2021 "
     "(Giving Tuesday), lors de la soirée VitaWin (affiche). Une autre source annonçait le "
     "« mardi 30 septembre » (tableau comparatif, page B-43).",
     ["Saint-Maurice", "Mardi 30 novembre 2021"], D3, 1, 'when'),
    # 15
    ("Quelle est la fonction de Cathy Racon-Bouzon ?",
     "Les documents ne précisent pas sa fonction. Ils indiquent seulement qu'elle porte la "
     "proposition de loi sur le droit de l'alliance d'intérêt général et qu'elle a reçu, avec "
     "Charles-Benoît Heidsieck, une mission confiée par Gabriel Attal.",
     [], None, None, U),
    # 16
    ("Combien de personnes ont répondu au baromètre de l'ESR 2023 de la CPESR, et combien sont "
     "allées jusqu'au bout du questionnaire ?",
     "2460 répondants ont rempli au moins la première partie et 2026 ont finalisé leur réponse "
     "(baromètre CPESR 2023, page 3).",
     ["2460 répondants", "2026 ont finalisé"], CPESR, 3, 'figure'),
    # 17
    ("Le baromètre de l'ESR 2023 a été ouvert aux réponses pendant quelle période ?",
     "De mars à octobre 2023, pour limiter un effet date sur les résultats (baromètre CPESR "
     "2023, page 3).",
     ["ouvert de mars à octobre 2023"], CPESR, 3, 'when'),
    # 18
    ("medoc ca veut dire quoi dans le contexte de l'odd 17 ?",
     "M.E.D.O.C. désigne les cinq entrées de la plateforme www.odd17.org : Méthodes, Exemples, "
     "Données, Outils, Compétences (rapport annuel 2020, page imprimée 22).",
     ["Méthodes", "Compétences", "www.odd17.org"], D2, 1, 'definition'),
    # 19
    ("L'objectif de développement durable n° 17 se décline en combien de cibles ?",
     "19 cibles, selon le rapport annuel 2020 (page 22), qui renvoie à la note du Comité 21 "
     "« ODD 17 : Sens, décryptages, déclinaisons », diffusée un 5 juillet.",
     ["19 cibles"], D2, 1, 'figure'),
    # 20
    ("Combien de déchets Total a-t-il traités en 2018, et quelle part a été recyclée ou "
     "valorisée ?",
     "573 kt de déchets traités en 2018 ; 57 % ont été recyclés et/ou valorisés (59 % en 2017, "
     "58 % en 2016) (DPEF Total 2018, page imprimée 198, page 1 du PDF).",
     ["573 kt", "57%"], TOTAL, 1, 'figure'),
    # 21
    ("Quelle proportion des Français voient dans les partenariats une source d'innovation ?",
     "74 % des Français selon le programme IMPACT (rapport annuel 2020, page imprimée 24), mais "
     "une autre présentation des mêmes résultats retient 69 % des citoyens. Les autres taux sont "
     "identiques : 81 % des dirigeants d'entreprise, 86 % des responsables associatifs, 87 % des "
     "maires.",
     ["74 %", "69 % des citoyens"], D2, 3, 'figure'),
    # 22
    ("Quels partenaires conduisent le programme IMPACT ?",
     "La Caisse des Dépôts, l'Institut CDC pour la Recherche, le Groupe La Poste, la Fondation "
     "TOTAL et Le RAMEAU (rapport annuel 2020, page 24 ; même liste dans le tableau comparatif, "
     "page B-42). Programme 2018-2022, lancé en novembre 2017.",
     ["Institut CDC pour la Recherche", "Fondation TOTAL"], D2, 3, 'list'),
    # 23
    ("Combien d'entreprises ont été interrogées pour l'étude ARPEA – Entreprises & Territoires "
     "de janvier 2011 ?",
     "Le corpus ne donne pas la taille de l'échantillon. Il publie seulement la répartition des "
     "réponses : 21 % des entreprises développent des partenariats, 33 % le souhaitent, 46 % ne "
     "le souhaitent pas.",
     [], None, None, U),
    # 24
    ("Combien de partenariats les métiers d'EDF ont-ils noués avec des associations ou des "
     "organismes de recherche ?",
     "Plus de cent partenariats, par exemple avec l'Irstea et l'Ifremer (DPEF EDF 2018, page "
     "imprimée 155, page 6 du PDF).",
     ["plus de cent partenariats"], EDF, 6, 'figure'),
    # 25
    ("Qui présidait le Conseil scientifique d'EDF en 2018, et combien de fois s'est-il réuni ?",
     "Sébastien Candel, président de l'Académie des Sciences ; le Conseil s'est réuni à trois "
     "reprises en 2018 (DPEF EDF 2018, page imprimée 152, page 3 du PDF).",
     ["Sébastien Candel", "trois reprises"], EDF, 3, 'who'),
    # 26
    ("Quand la Fondation des Territoires a-t-elle été créée, et sous l'égide de quelle "
     "fondation ?",
     "Le 14 juin 2022, sous l'égide de la Fondation de Lille : la lettre ouverte datée « Paris, "
     "le 14 juin 2022 » annonce sa création « aujourd'hui même » (page 1) ; le tableau "
     "comparatif donne aussi « création le 14 juin 2022 » (page B-43).",
     ["14 juin 2022", "Fondation de Lille"], D5, 1, 'when'),
    # 27
    ("elle a combien de cofondateurs ?",
     "21 co-fondateurs (lettre ouverte, page 1 ; tableau comparatif, page B-43).",
     ["21 co-fondateurs"], D5, 1, 'figure', True),
    # 28
    ("et sa préfiguration, elle s'est faite en quelles étapes ?",
     "Lancée en juillet 2018, en trois temps : de juillet 2018 à juillet 2019, d'août 2019 à "
     "novembre 2020, puis de décembre 2020 à mai 2022 (lettre ouverte, page 1).",
     ["juillet 2018 à juillet 2019", "décembre 2020 à mai 2022"], D5, 1, 'list', True),
    # 29
    ("Quels types d'intervention la coopérative Re-Co mobilise-t-elle pour créer de l'habitat "
     "à loyer abordable ?",
     "Quatre : la rénovation, la surélévation, la complémentation et la réaffectation (plaquette "
     "Re-Co, pages imprimées 3-4, page 2 du PDF).",
     ["la complémentation et la réaffectation"], RECOOP, 2, 'list'),
    # 30
    ("c qui le tresorier de la fondation des territoires ?",
     "Le corpus ne le dit pas. Il raconte la création de la Fondation des Territoires (14 juin "
     "2022, sous l'égide de la Fondation de Lille, 21 co-fondateurs) mais ne nomme aucun "
     "trésorier ni membre de son bureau.",
     [], None, None, U),
    # 31
    ("c qui qui dit dans le communiqué que 21 mesures c'est un engagement concret ?",
     "Laurence Weber, directrice générale du RAMEAU (communiqué de presse, page 2) : « Vingt et "
     "une mesures, c'est un engagement concret. »",
     ["Laurence Weber", "directrice générale du RAMEAU"], D1, 2, 'who'),
    # 32
    ("Les petites associations ont-elles aussi souvent un partenariat avec une entreprise que "
     "les grandes ?",
     "Non : 50 % des associations dont le budget dépasse 150 000 € ont un partenariat avec une "
     "entreprise, contre 20 % de celles dont le budget est inférieur à 10 000 € (enquête "
     "« Associations & Partenariats », Recherches & Solidarités et Le RAMEAU, mars 2017 ; "
     "questionnaires annotés, page A2 – 8).",
     ["Budget supérieur à 150 000 € 50 %", "Budget inférieur à 10 000 € 20 %"], D4, 2, 'figure'),
    # 33
    ("En janvier 2011, quelle part des entreprises développaient des partenariats avec des "
     "associations, et quelle part ne le souhaitaient pas ?",
     "21 % en développaient et 46 % ne le souhaitaient pas ; 33 % le souhaitaient sans en avoir "
     "(étude ARPEA – Entreprises & Territoires, questionnaires annotés, page A2 – 8).",
     ["Oui, elle en développe 21 %", "Non, et elle ne le souhaite pas 46 %"], D4, 2, 'figure'),
    # 34
    ("Depuis quand le groupe Casino accompagne-t-il la Fédération française des banques "
     "alimentaires ?",
     "Depuis 2009 ; le partenariat devait être renouvelé en 2019 pour trois ans (DPEF Casino "
     "2018, page imprimée 209, page 29 du PDF).",
     ["accompagne la FFBA depuis 2009"], CASINO, 29, 'when'),
    # 35
    ("et la fondation casino elle date de quand ?",
     "La Fondation Casino a été créée en 2009 (DPEF Casino 2018, page 209 imprimée, page 29 du "
     "PDF) ; elle agit pour l'inclusion sociale par l'éducation par le théâtre.",
     ["Créée en 2009, la Fondation Casino"], CASINO, 29, 'when', True),
    # 36
    ("Quelle note la sécurité obtient-elle dans l'enquête PHARE-Citoyens ?",
     "6,6/10 selon le questionnaire annoté (page A2 – 9), mais l'annotation signale qu'un autre "
     "compte rendu de la même enquête indique 7/10. Les deux valeurs coexistent.",
     ["Sécurité 6,6/10", "7/10"], D4, 3, 'figure'),
    # 37
    ("Combien de maires ont été interrogés pour IMPACTS & TRAJECTOIRES – Élus locaux, et de "
     "quelle manière ?",
     "302 maires, interrogés par téléphone du 30 septembre au 28 octobre 2024 (publication de "
     "novembre 2024 ; questionnaires annotés, page A2 – 9 ; aussi tableau comparatif, page B-43).",
     ["302 maires", "par téléphone"], D4, 3, 'figure'),
    # 38
    ("et ils viennent surtout de petites communes ?",
     "Oui : 84 % des répondants exercent dans une commune de moins de 2 000 habitants "
     "(questionnaires annotés, page A2 – 9).",
     ["84 %", "moins de 2 000 habitants"], D4, 3, 'figure', True),
    # 39
    ("Pour la Bretagne, quelle part des maires jugent leur territoire en mouvement d'après "
     "IMPACTS & TRAJECTOIRES 2024 ?",
     "Le corpus ne donne aucune ventilation régionale de cette enquête : seul le résultat "
     "national est publié (91 % de territoires en mouvement, dont 35 % fortement et 56 % ni plus "
     "ni moins).",
     [], None, None, U),
    # 40
    ("Dans la documentation du baromètre des résultats de l'action publique, qui gère les "
     "contrats de service civique et à quelle fréquence l'indicateur est-il mis à jour ?",
     "Les contrats sont gérés par l'Agence de services et de paiement (ASP) pour le compte de "
     "l'Agence du service civique ; mise à jour trimestrielle (documentation Etalab, page 11).",
     ["Agence de services et de paiement", "trimestrielle"], ETALAB, 11, 'who'),
    # 41
    ("Que signifie le sigle ARPEA ?",
     "Le tableau comparatif (page B-41) relève trois développements du sigle selon les sources : "
     "« Analyse des Relations et des Partenariats entre Entreprises et Associations », "
     "« Analyser les Relations Partenariales entre Entreprises et Associations » et « Analyse des "
     "Relations Associations-Entreprises ». C'est le programme 2008-2012, en 10 volets.",
     ["Analyse des Relations et des Partenariats entre Entreprises et Associations",
      "Analyse des Relations Associations-Entreprises"], D6, 1, 'definition'),
    # 42
    ("Le parcours d'expérience monté avec le CGET dure combien de temps, et il réunit combien "
     "de territoires ?",
     "18 mois. Le tableau comparatif (page B-43) parle de 11 territoires pionniers, mais signale "
     "qu'une autre source évoque « le CGET et 10 territoires pilotes ». Première session le 3 mai.",
     ["18 mois", "11 territoires pionniers", "10 territoires pilotes"], D6, 3, 'figure'),
    # 43
    ("et la deuxième session, elle a eu lieu quand ?",
     "Le corpus ne le dit pas : seule la première session (le 3 mai, sans année) est mentionnée.",
     [], None, None, U, True),
    # 44
    ("Quand le ministère a-t-il inauguré la plateforme Recherche Data Gouv ?",
     "Le 8 juillet 2022 (guide de bonnes pratiques sur la gestion des données de la recherche, "
     "page imprimée 9, page 13 du PDF).",
     ["8 juillet 2022"], MITI, 13, 'when'),
    # 45
    ("L'Observatoire des partenariats a été créé en quelle année ?",
     "En 2008, à l'initiative de la Caisse des Dépôts et du RAMEAU, avec le MEDEF et le "
     "Mouvement associatif (communiqué, encadré « À propos », page 2 : « né en 2008 »). Des publications plus "
     "anciennes (janvier 2011, décembre 2012) le disent toutefois « créé en 2007 » ; le tableau "
     "comparatif (page B-41) conserve aussi les deux versions.",
     ["né en 2008", "créé en 2007"], D1, 2, 'when'),
    # 46
    ("Qui a confié la mission ministérielle sur le droit de l'alliance, à qui, et quand le "
     "rapport a-t-il été remis ?",
     "Gabriel Attal, lors du FNAF 2019, à Cathy Racon-Bouzon et Charles-Benoît Heidsieck ; le "
     "rapport a été remis le 7 mai 2020 et un bilan présenté le 17 octobre 2020 (communiqué, "
     "page 2 ; tableau comparatif, page B-43).",
     ["Gabriel Attal", "7 mai 2020"], D1, 2, 'who'),
    # 47
    ("le pre audit externe de reach c quand ?",
     "Du 06 janvier au 7 février 2025 (présentation REACH, page 11).",
     ["du 06 janvier au 7 février 2025"], PULSE, 11, 'when'),
    # 48
    ("Selon ARPEA, quel pourcentage des Français jugeaient urgent de créer des partenariats "
     "en 2010 ?",
     "Le corpus ne donne pas de chiffre pour 2010 : seulement 86 % en 2008 et 84 % en 2012.",
     [], None, None, U),
    # 49
    ("les 3 chiffres sur l'alliance (francais, maires, patrons) c koi ?",
     "81 % des Français parlent d'un « devoir d'alliance », 92 % des maires d'un « besoin "
     "d'alliance », 84 % des dirigeants d'entreprise d'une « envie d'alliance » (communiqué, "
     "page 1).",
     ["81 %", "92 %", "84 %"], D1, 1, 'list'),
    # 50
    ("Combien de projets associatifs la Fondation Monoprix a-t-elle financés en 2018, et pour "
     "quel montant ?",
     "19 projets associatifs, pour près de 276 000 euros (DPEF Casino 2018, page imprimée 211, "
     "page 31 du PDF).",
     ["19 projets", "276 000 euros"], CASINO, 31, 'figure'),
    # 51
    ("qui s'occupe de la direction scientifique de l'observatoire ?",
     "Anne Robin, fondatrice de COMISIS, qui l'assure bénévolement (rapport annuel 2020, page "
     "imprimée 24 ; aussi tableau comparatif, page B-41).",
     ["Anne Robin", "COMISIS"], D2, 3, 'who'),
    # 52
    ("le programme phare c'etait de quelle annee a quelle annee ?",
     "2013-2018 selon le rapport annuel 2020 (page 24), qui précise que certaines présentations "
     "le datent de 2013-2017. Il suit ARPEA (2008-2012) et précède IMPACT (2018-2022).",
     ["PHARE (2013-2018)", "2013-2017"], D2, 3, 'when'),
    # 53
    ("Dans l'accord passé avec la Fondation GoodPlanet, combien de biodigesteurs et quelles "
     "émissions évitées chaque année ?",
     "8 400 biodigesteurs en Inde, pour éviter 50 000 t de CO2 par an, sur 10 ans (DPEF Total "
     "2018, page imprimée 200, page 3 du PDF).",
     ["8 400 biodigesteurs", "50 000 t de CO2"], TOTAL, 3, 'figure'),
    # 54
    ("Qui avait demandé le rapport d'état des lieux des partenariats associations-entreprises "
     "publié début 2014 ?",
     "La ministre Valérie Fourneyron (tableau comparatif, page B-41).",
     ["Valérie Fourneyron", "début 2014"], D6, 1, 'who'),
    # 55
    ("Qui a conçu la transformation de la tour Bois le Prêtre, et où et quand ?",
     "Druot, Lacaton & Vassal, à Paris, en 2011 (plaquette Re-Co, pages imprimées 5-6, page 3 "
     "du PDF).",
     ["Druot, Lacaton & Vassal", "Paris, 2011"], RECOOP, 3, 'who'),
    # 56
    ("À combien de fondations l'étude IMPACT Fondations & Territoires a-t-elle donné la "
     "parole ?",
     "42 fondations ; l'étude a été publiée un 23 septembre (lettre ouverte, page 2 ; aussi "
     "tableau comparatif, page B-42).",
     ["42 fondations"], D5, 2, 'figure'),
    # 57
    ("Combien de conventions EDF a-t-il signées avec la pêche de loisir ?",
     "Une convention cadre avec la Fédération Nationale de la Pêche en France et près de 50 "
     "conventions locales avec les fédérations départementales (DPEF EDF 2018, page imprimée "
     "155, page 6 du PDF).",
     ["près de 50 conventions"], EDF, 6, 'figure'),
    # 58
    ("D'après la note du 29 février 2016, quelle part des entreprises d'au moins 10 salariés "
     "étaient engagées dans des partenariats ?",
     "37 % ; la même note donne 38 % pour les associations (53 % des associations employeuses) "
     "et 65 % pour les « pionniers » (lettre ouverte, page 1 ; aussi tableau comparatif, page "
     "B-41).",
     ["37 %", "10 salariés et plus"], D5, 1, 'figure'),
    # 59
    ("Dans le baromètre ESR 2023, quelles instances suscitent le plus de défiance ?",
     "Le MESRI (91 % de défiance), l'État (89 %), l'ANR (77 %) et l'Hcéres (75 %), suivis "
     "d'Udice (64 %) et des présidences (63 %) (baromètre CPESR 2023, page 5).",
     ["MESRI (91% de défiance)", "ANR (77%)"], CPESR, 5, 'list'),
    # 60
    ("Pour aider à jouer collectif en sortie de crise, combien de données ont été "
     "inventoriées ?",
     "Plus de 250 données (rapport annuel 2020, page imprimée 23).",
     ["plus de 250 données"], D2, 2, 'figure'),
]

FAMILIAR = {2, 4, 5, 11, 18, 27, 28, 30, 31, 35, 38, 47, 49, 51, 52}
TWO_PART = {3, 4, 7, 8, 13, 14, 16, 20, 25, 26, 33, 37, 40, 42, 46, 50, 53, 55}
CONFLICT = {12, 21, 36, 41, 42, 45, 52}


def main():
    assert len(Q) == 60, len(Q)
    out = []
    prev = None
    for i, q in enumerate(Q, 1):
        question, answer, mc, src, page, kind = q[:6]
        follows = len(q) > 6 and q[6]
        qid = 's61%02d' % i
        rec = {'id': qid, 'question': question, 'answer': answer, 'must_contain': mc,
               'source': src, 'page': page, 'kind': kind}
        if follows:
            rec['follows'] = prev
        out.append(rec)
        prev = qid
    with open(os.path.join(HERE, 'questions.jsonl'), 'w', encoding='utf-8') as f:
        for rec in out:
            f.write(json.dumps(rec, ensure_ascii=False) + '\n')
    # comptages pour le README
    from collections import Counter
    print('kinds', Counter(r['kind'] for r in out))
    print('sources', Counter((r['source'] or 'null') for r in out))
    print('own', sum(1 for r in out if r['source'] and r['source'].startswith('obs-')),
          'real', sum(1 for r in out if r['source'] and r['source'].startswith('real-')),
          'unanswerable', sum(1 for r in out if r['kind'] == 'unanswerable'))
    print('follows', [r['id'] for r in out if 'follows' in r])
    print('familiar', len(FAMILIAR), 'two-part', len(TWO_PART), 'conflict', len(CONFLICT))


if __name__ == '__main__':
    main()
