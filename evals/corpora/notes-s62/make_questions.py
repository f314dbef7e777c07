#!/usr/bin/env python3
"""Source des 60 questions du jeu s62 -> questions.jsonl (même dossier).

Chaque entrée : (question, answer, must_contain, source, page, kind[, follows=True]).
page = index PDF (1 = première page). Les ids s6201…s6260 sont attribués dans l'ordre ;
« follows » pointe vers l'id précédent quand la question est une suite.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = 's62'

D1 = 'obs-s62-01-diaporama-impact.pdf'
D2 = 'obs-s62-02-brochure-associations.pdf'
D3 = 'obs-s62-03-annexe-methodologique.pdf'
D4 = 'obs-s62-04-note-synthese.pdf'
D5 = 'obs-s62-05-portrait-territoire.pdf'
D6 = 'obs-s62-06-entretien.pdf'
PULSE = 'real-pulse-reach-presentation.pdf'
RECOOP = 'real-recoop-plaquette.pdf'
CPESR = 'real-cpesr-barometre-esr-2023.pdf'
EDF = 'real-edf-dpef-2018-extrait.pdf'
TOTAL = 'real-total-dpef-2018-extrait.pdf'
CASINO = 'real-casino-dpef-2018.pdf'
ETALAB = 'real-etalab-documentation-barometre-resultats.pdf'
MITI = 'real-miti-guide-gestion-donnees-recherche-v2.pdf'

U = 'unanswerable'
F = True  # marqueur « question de suite »

Q = [
    # 01-02 : date de création (conflit) + suite à sujet implicite
    ('En quelle année l’Observatoire des partenariats a-t-il été créé ?',
     'Deux dates circulent. Les présentations récentes indiquent 2008 (création par la Caisse des Dépôts et Le RAMEAU, '
     'en partenariat avec le MEDEF et le Mouvement associatif) ; des documents plus anciens (étude ARPEA Entreprises & '
     'Territoires de janvier 2011, rapport quinquennal du 11 décembre 2012) parlent d’un Observatoire national créé en '
     '2007. Note de synthèse, p. 1 (imprimée « 5 »), § 1.2.',
     ['créé en 2008', 'créé en 2007'], D4, 1, 'when'),
    ('et c’est qui qui l’a créé ?',
     'La Caisse des Dépôts et Le RAMEAU, en partenariat avec le MEDEF et le Mouvement associatif ; une autre présentation '
     'le dit créé par Le RAMEAU en partenariat avec la Caisse des Dépôts. Note de synthèse, p. 1, § 1.2.',
     ['Caisse des Dépôts', 'MEDEF'], D4, 1, 'who', F),
    # 03
    ('Quel est le budget total du projet REACH de PULSE, et qui en est le principal cofinanceur ?',
     'Budget total de 1,638 M€ ; principal cofinanceur : l’Agence Française de Développement, pour 800 000 €. '
     'Présentation REACH, p. 2 (fiche d’identité du projet).',
     ['1,638M€', '800 000€'], PULSE, 2, 'figure'),
    ('et il dure combien de temps ce projet ?',
     'Trois ans, de juin 2023 à juin 2026 (projet pluriannuel). Présentation REACH, p. 2.',
     ['3 ans (juin 2023-juin 2026)'], PULSE, 2, 'when', F),
    # 05
    ('c’est qui les partenaires du programme impact ?',
     'Le programme IMPACT (2018-2022) est mené avec la Caisse des Dépôts, l’Institut CDC pour la Recherche, le Groupe '
     'La Poste, la Fondation TOTAL et Le RAMEAU. Pages de notes du diaporama, p. 1 (diapositive 2).',
     ['Institut CDC pour la Recherche', 'Groupe La Poste', 'Fondation TOTAL'], D1, 1, 'list'),
    # 06 : sans réponse (trésorier)
    ('Qui est le trésorier de l’association Le RAMEAU ?',
     'Les documents ne le disent pas. Ils présentent Le RAMEAU (créé en 2006, statut associatif d’intérêt général), son '
     'président-fondateur Charles-Benoît Heidsieck et sa directrice générale Laurence Weber, mais ne nomment aucun '
     'trésorier.',
     [], None, None, U),
    # 07-08 : conflit 74 / 69 % + suite
    ('Quelle part des Français considère les partenariats comme une source d’innovation ?',
     '74 % des Français selon la présentation du programme IMPACT ; une reprise régionale des mêmes résultats donne '
     '69 % des citoyens. Les deux valeurs figurent sur la page de notes de la diapositive 3 (p. 2 du cahier de '
     'l’orateur, imprimée « page 4 »).',
     ['74 %', '69 %'], D1, 2, 'figure'),
    ('Et chez les maires ?',
     '87 % des maires voient les partenariats comme une source d’innovation (et 76 % jugent leur territoire engagé, '
     'mais 46 % ne savent pas piloter la démarche). Cahier de l’orateur, p. 2, diapositive 3.',
     ['87 %'], D1, 2, 'figure', F),
    # 09
    ('re-co c’est ou leur adresse ?',
     'Avenue de Morges 63, CH-1004 Lausanne (plaquette Re-Co, p. 1).',
     ['Av. de Morges 63', 'CH-1004 Lausanne'], RECOOP, 1, 'who'),
    # 10
    ('Combien de patrons de petites et moyennes entreprises trouvent utile de coopérer pour se relever de la crise sanitaire ?',
     '84 % des dirigeants de TPE & PME jugent la co-construction utile pour la résilience après la Covid (« jouer '
     'collectif en sortie de crise »), comme 81 % des Français. Cahier de l’orateur, p. 3 (diapositive 5).',
     ['84 %', 'TPE & PME'], D1, 3, 'figure'),
    # 11
    ('MEDOC ca veut dire quoi dans les outils du rameau',
     'M.E.D.O.C. = Méthodes, Exemples, Données, Outils, Compétences ; boîte à outils accessible sur la plateforme '
     'www.odd17.org. Cahier de l’orateur, p. 3 (notes de la diapositive 5).',
     ['Méthodes, Exemples, Données, Outils, Compétences'], D1, 3, 'definition'),
    # 12
    ('Quel est le montant de la dotation du Fonds ODD 17, et qui l’a co-créé ?',
     '1,5 M€ pour une expérimentation sur trois ans ; fonds co-créé en 2020 par Le RAMEAU et la Fondation '
     'TotalEnergies (350 « catalyseurs territoriaux »). Cahier de l’orateur, p. 4 (diapositive 6).',
     ['1,5 M€', 'Fondation TotalEnergies'], D1, 4, 'figure'),
    # 13 : sans réponse (CA La Poste)
    ('c quoi le chiffre d’affaires du groupe la poste qui finance impact ?',
     'Non précisé : le Groupe La Poste est cité parmi les partenaires du programme IMPACT (et comme appui de la démarche '
     'en Poitou-Charentes), mais aucun document ne donne son chiffre d’affaires ni le montant de sa contribution.',
     [], None, None, U),
    # 14
    ('odd 17 ya combien de cibles ?',
     '19 cibles, détaillées dans la note du Comité 21 « ODD 17 : Sens, décryptages, déclinaisons » (présentée un 5 '
     'juillet). Cahier de l’orateur, p. 4 (notes de la diapositive 6).',
     ['19 cibles'], D1, 4, 'figure'),
    # 15
    ('Quelles sont les dates du pré-audit externe du projet REACH ?',
     'Du 6 janvier au 7 février 2025 (priorités court terme à mars 2025). Présentation REACH, p. 11.',
     ['du 06 janvier au 7 février 2025'], PULSE, 11, 'when'),
    # 16-17 : brochure + suite
    ('Combien d’associations employeuses l’étude IMPACT – Associations & Territoires recense-t-elle ?',
     '148 000 associations employeuses. Brochure, face intérieure (p. 2, volet 2) ; le chiffre est repris dans '
     'l’entretien (p. 2, R7).',
     ['148 000'], D2, 2, 'figure'),
    ('et combien d’entre elles ont des partenariats ?',
     '98 % d’entre elles ont des partenariats. Brochure, p. 2, volet 2 (aussi en couverture, p. 1).',
     ['98 %'], D2, 2, 'figure', F),
    # 18
    ('Avec quels types de partenaires les associations s’allient-elles le plus souvent ? Donne les trois premiers.',
     'Collectivités territoriales (89 %), structures d’intérêt général (73 %), établissements scolaires (70 %) ; '
     'viennent ensuite les collectifs d’associations (56 %) et les acteurs publics nationaux (52 %). Brochure, p. 2, '
     'volet 2 (étude IMPACT – Associations & Territoires).',
     ['89 %', '73 %', '70 %'], D2, 2, 'list'),
    # 19
    ('Quel bureau d’architectes a signé la rénovation-surélévation d’une maison locative à Vevey en 2019 ?',
     'Rapin Saiz Architectes (exemple cité dans la plaquette Re-Co, p. 3, pages imprimées « 5 6 »).',
     ['Rapin Saiz Architectes'], RECOOP, 3, 'who'),
    # 20
    ('Dans l’enquête de 2016, une association avait combien de partenaires en moyenne, et quelle part citait des entreprises ?',
     '2,5 partenaires en moyenne ; 28 % citent des entreprises (contre 74 % des collectivités). Enquête mai-juin 2016, '
     'plus de 1 380 responsables, publiée en mars 2017 par Recherches & Solidarités et Le RAMEAU. Brochure, p. 2, volet 4.',
     ['2,5', '28 %'], D2, 2, 'figure'),
    # 21-22 : annexe + suite
    ('Quand a eu lieu le terrain de l’enquête IMPACTS & TRAJECTOIRES – Elus locaux ?',
     'Du 30 septembre au 28 octobre 2024 (publication en novembre 2024). Annexe méthodologique, p. 1 (imprimée « B-1 »).',
     ['Du 30 septembre au 28 octobre 2024'], D3, 1, 'when'),
    ('Combien de maires y ont répondu, et comment ont-ils été interrogés ?',
     '302 maires, interrogés par téléphone. Annexe méthodologique, p. 1 (fiche technique B.1).',
     ['302', 'téléphone'], D3, 1, 'figure', F),
    # 23 : sans réponse (autre année)
    ('En 2020, quelle proportion de maires estimaient leur territoire « en mouvement » ?',
     'Non disponible : la mesure « territoire en mouvement » (91 %, dont 35 % fortement) vient de l’enquête de 2024. '
     'L’étude IMPACT-Elus locaux de novembre 2020 est citée, mais sans ce résultat.',
     [], None, None, U),
    # 24
    ('y a eu combien de reponses au barometre esr 2023 de la cpesr ?',
     '2460 répondants ont rempli au moins la première partie et 2026 ont finalisé leur réponse (baromètre ouvert de mars '
     'à octobre 2023). Baromètre CPESR, p. 3.',
     ['2460', '2026'], CPESR, 3, 'figure'),
    # 25
    ('Quelle est la marge d’erreur de l’enquête menée auprès des maires en 2024 ?',
     '± 5,6 points au maximum, mais il s’agit d’un calcul théorique fait par l’annexe (tirage aléatoire simple, 50 %, '
     'confiance 95 %) : l’étude elle-même ne publie pas de marge d’erreur. Annexe méthodologique, p. 1.',
     ['± 5,6 points'], D3, 1, 'figure'),
    # 26
    ('Les maires qui trouvent que leur territoire bouge, ça fait combien, et combien trouvent qu’il bouge fortement ?',
     '91 % des maires interrogés en 2024 voient leur territoire « en mouvement » : 35 % fortement, 56 % ni plus ni moins. '
     'Annexe méthodologique, p. 1.',
     ['91 %', '35 %'], D3, 1, 'figure'),
    # 27
    ('Envers quelle instance les personnels de l’ESR expriment-ils le plus de défiance ?',
     'Le MESRI, avec 91 % de défiance, suivi de l’État (89 %). Baromètre CPESR, p. 5.',
     ['MESRI', '91%'], CPESR, 5, 'who'),
    # 28
    ('De quelle étude est tirée la fiche-repère « Les dynamiques d’engagement des Collectivités territoriales », et qui l’a réalisée ?',
     'De l’étude IMPACT-Elus locaux de novembre 2020, réalisée par Comisis-OpinionWay. Annexe méthodologique, p. 2 '
     '(B.3) ; également citée dans le portrait de territoire, p. 2.',
     ['novembre 2020', 'Comisis-OpinionWay'], D3, 2, 'who'),
    # 29 : sans réponse (région jamais ventilée)
    ('Dans le rapport régional Normandie, quelle part des associations normandes a un partenariat avec une entreprise ?',
     'Le corpus ne le dit pas : il indique seulement que le 11e rapport régional, consacré à la Normandie, a été publié '
     'le 26 novembre. Aucun résultat chiffré n’est ventilé pour la Normandie (ni pour une autre région).',
     [], None, None, U),
    # 30
    ('Que signifie le sigle ARPEA ?',
     'Trois développements coexistent : « Analyse des Relations et des Partenariats entre Entreprises et Associations » '
     '(rapport quinquennal), « Analyser les Relations Partenariales entre Entreprises et Associations » et « Analyse des '
     'Relations Associations-Entreprises ». Programme 2008-2012 en 10 volets. Note de synthèse, p. 1, § 2.1.',
     ['Analyse des Relations et des Partenariats entre Entreprises et Associations',
      'Analyser les Relations Partenariales entre Entreprises et Associations',
      'Analyse des Relations Associations-Entreprises'], D4, 1, 'definition'),
    # 31
    ('Qui dirige Le RAMEAU ?',
     'Charles-Benoît Heidsieck en est le président-fondateur et Laurence Weber la directrice générale. Note de synthèse, '
     'p. 1, § 1.1.',
     ['Charles-Benoît Heidsieck', 'Laurence Weber'], D4, 1, 'who'),
    # 32
    ('Qui préside le Conseil scientifique d’EDF ?',
     'Sébastien Candel, président de l’Académie des Sciences (le Conseil s’est réuni trois fois en 2018). DPEF EDF 2018, '
     'p. 3 (page imprimée 152).',
     ['Sébastien Candel'], EDF, 3, 'who'),
    # 33-34 : PHARE (conflit) + suite
    ('phare ca couvre quelles annees ?',
     'Selon les supports, 2013-2018 (présentation des plans) ou 2013-2017 (page « cheminement », plaquette de '
     'programme). Note de synthèse, p. 2 (imprimée « 6 »), § 2.2.',
     ['2013-2018', '2013-2017'], D4, 2, 'when'),
    ('et il comportait quels volets ?',
     'Six volets : Citoyens (septembre 2015), Entreprises (octobre 2015), Associations (novembre 2015), 13 rapports '
     'régionaux (2016), diagnostics sectoriels (juillet 2016), Institutions (automne 2016, publié le 29 novembre 2016). '
     'Note de synthèse, p. 2, § 2.2.',
     ['six volets', 'diagnostics sectoriels'], D4, 2, 'list', F),
    # 35
    ('Quand le rapport de la mission confiée par Gabriel Attal a-t-il été remis, et à qui cette mission avait-elle été confiée ?',
     'Rapport remis le 7 mai 2020 (bilan le 17 octobre 2020) ; mission confiée lors du FNAF 2019 à Cathy Racon-Bouzon et '
     'Charles-Benoît Heidsieck. Note de synthèse, p. 2, § 3.1.',
     ['7 mai 2020', 'Cathy Racon-Bouzon'], D4, 2, 'when'),
    # 36 : sans réponse (date de prise de fonction)
    ('Depuis quelle année Laurence Weber est-elle directrice générale du RAMEAU ?',
     'Non précisé : les documents la désignent comme directrice générale du RAMEAU, sans date de nomination ni '
     'ancienneté.',
     [], None, None, U),
    # 37
    ('Combien de tonnes de produits le groupe Casino a-t-il apportées aux banques alimentaires en 2018 ?',
     'Plus de 25 100 tonnes, soit l’équivalent de plus de 50 millions de repas (3 208 t via la collecte nationale, '
     '21 911 t données par les magasins et entrepôts). DPEF Casino, p. 29 du PDF (page imprimée 209).',
     ['25 100 tonnes', '50 millions de repas'], CASINO, 29, 'figure'),
    # 38
    ('depuis quand casino bosse avec la FFBA ?',
     'Depuis 2009 ; le partenariat doit être renouvelé en 2019 pour trois ans. DPEF Casino, p. 29 (imprimée 209) ; '
     'repris p. 57.',
     ['depuis 2009'], CASINO, 29, 'when'),
    # 39
    ('Quels territoires ont servi de pilotes à la démarche « Agir ensemble en Territoire » ?',
     'L’Alsace (avec Alsace Active), le Poitou-Charentes (avec le Groupe La Poste) et Paris-Est Marne & Bois ; démarche '
     'initiée en 2010 après l’étude ARPEA-Collectivités locales. Portrait de territoire, p. 1 (carte et texte).',
     ['Alsace Active', 'Poitou-Charentes', 'Paris-Est Marne & Bois'], D5, 1, 'list'),
    # 40
    ('À quelle date la Charte du faire alliance a-t-elle été lancée ?',
     'Le 30 novembre 2021 (Giving Tuesday), à Saint-Maurice, lors d’une soirée VitaWin ; mais l’annonce publiée sur '
     'associations.gouv.fr indique « mardi 30 septembre ». Portrait de territoire, p. 2 (aussi note de synthèse, p. 2, '
     '§ 3.4).',
     ['30 novembre 2021', 'mardi 30 septembre'], D5, 2, 'when'),
    # 41
    ('Combien de territoires ont pris part au Parcours d’expérience mené par le CGET et Le Rameau ?',
     '11 territoires pionniers pendant 18 mois selon une source (1re session le 3 mai) ; une autre publication parle '
     'du « CGET et 10 territoires pilotes ». Portrait de territoire, p. 2.',
     ['11 territoires pionniers', '10 territoires pilotes'], D5, 2, 'figure'),
    # 42
    ('Combien de projets associatifs la Fondation Monoprix a-t-elle financés en 2018, et pour quel montant ?',
     '19 projets associatifs, pour près de 276 000 euros (lutte contre l’isolement relationnel en ville). DPEF Casino, '
     'p. 31 (imprimée 211).',
     ['19 projets associatifs', '276 000 euros'], CASINO, 31, 'figure'),
    # 43 : sans réponse (effectif)
    ('la fondation des territoires elle a combien de salariés ?',
     'Non indiqué : on sait qu’elle a été créée le 14 juin 2022 sous l’égide de la Fondation de Lille, avec 21 '
     'co-fondateurs et trois missions, mais aucun effectif salarié n’est donné.',
     [], None, None, U),
    # 44-45 : Fondation des Territoires + suite
    ('Quand la Fondation des Territoires a-t-elle été créée, et sous l’égide de quelle fondation ?',
     'Le 14 juin 2022, sous l’égide de la Fondation de Lille, après une préfiguration lancée en juillet 2018. '
     'Entretien, p. 1 (imprimée « p. 22 »), R1 ; aussi note de synthèse § 3.3.',
     ['14 juin 2022', 'Fondation de Lille'], D6, 1, 'when'),
    ('elle a combien de co-fondateurs ?',
     '21 co-fondateurs, réunis autour de trois missions. Entretien, p. 1, R1.',
     ['21 co-fondateurs'], D6, 1, 'figure', F),
    # 46-47 : PHARE-Citoyens (conflit) + suite
    ('Dans PHARE-Citoyens, quelle note les Français donnent-ils à la sécurité ?',
     'Deux valeurs circulent : 6,6 sur 10 dans la publication des résultats, 7/10 dans un compte rendu de presse en '
     'ligne. Entretien, p. 1, R3.',
     ['6,6', '7/10'], D6, 1, 'figure'),
    ('Et l’emploi ?',
     'L’emploi arrive en tête avec 7,1/10 (devant le pouvoir d’achat, 6,6, et le développement économique, 6,5). '
     'Entretien, p. 1, R3.',
     ['7,1/10'], D6, 1, 'figure', F),
    # 48
    ('Avec qui EDF a-t-il créé son Conseil des générations futures, et en quelle année ?',
     'En 2017, en partenariat avec Usbek & Rica. DPEF EDF 2018, p. 3 (imprimée 152).',
     ['Usbek & Rica', '2017'], EDF, 3, 'when'),
    # 49
    ('Combien de fondations ont été interrogées pour l’étude IMPACT Fondations & Territoires, et quand a-t-elle été publiée ?',
     '42 fondations ; publication le 23 septembre (année non précisée). Entretien, p. 1, R4 ; aussi annexe, p. 1.',
     ['42 fondations', '23 septembre'], D6, 1, 'figure'),
    # 50
    ('Autour des centrales nucléaires d’EDF, quelle part des riverains voit un impact positif sur l’emploi ?',
     '83 % (et 77 % pour l’activité économique). DPEF EDF 2018, p. 2 (imprimée 151).',
     ['83 %'], EDF, 2, 'figure'),
    # 51-52 : Normandie + suite
    ('Quand le 11e rapport régional de l’Observatoire, consacré à la Normandie, a-t-il été publié ?',
     'Le 26 novembre. Entretien, p. 2 (imprimée « p. 23 »), R5 ; aussi portrait de territoire, p. 1 (légende).',
     ['26 novembre'], D6, 2, 'when'),
    ('et le diner elus & entreprises c t quand ?',
     'Le 3e dîner « Elus & Entreprises » s’est tenu le 23 novembre (même mois que le rapport Normandie). Entretien, '
     'p. 2, R5.',
     ['23 novembre'], D6, 2, 'when', F),
    # 53 : sans réponse (effectif d'une étude non publié)
    ('Combien de maires ont été interrogés pour PHARE-Institutions ?',
     'Non communiqué : PHARE-Institutions a été publié le 29 novembre 2016 avec une typologie en 5 profils de maires, '
     'mais l’effectif de l’échantillon n’est pas donné (« n.c. » dans l’annexe méthodologique).',
     [], None, None, U),
    # 54
    ('Combien de CO2 le programme de TOTAL avec GoodPlanet doit-il éviter chaque année, et sur combien de biodigesteurs repose-t-il ?',
     '50 000 t de CO2 par an, grâce à 8 400 biodigesteurs en Inde (accord signé en 2017, sur 10 ans). DPEF TOTAL, p. 3 '
     'du PDF.',
     ['50 000 t de CO2 par an', '8 400 biodigesteurs'], TOTAL, 3, 'figure'),
    # 55
    ('Dans quels domaines le groupe Casino intervient-il à travers ses fondations et partenariats de solidarité ?',
     'Quatre domaines : l’aide alimentaire en faveur des plus démunis, le soutien aux enfants en difficultés sociales, '
     'l’insertion professionnelle des jeunes défavorisés et la lutte contre l’exclusion sociale. DPEF Casino, p. 28 '
     '(imprimée 208).',
     ['l’aide alimentaire en faveur des plus démunis', 'l’insertion professionnelle'], CASINO, 28, 'list'),
    # 56
    ('qui a dirigé l’enquete du barometre esr 2023 ?',
     'Julien Gossa (analyse OpenAI effectuée par Jacques Haiech). Baromètre CPESR, p. 28.',
     ['Julien Gossa'], CPESR, 28, 'who'),
    # 57
    ('c’est quoi une association intermédiaire dans l’insertion par l’activité économique ?',
     'Une structure d’insertion qui met à disposition des travailleurs en insertion (à côté des entreprises d’insertion, '
     'des ETTI et des ateliers et chantiers d’insertion). Documentation Etalab du baromètre, p. 16.',
     ['les associations intermédiaires, qui mettent à disposition des travailleurs en insertion'], ETALAB, 16, 'definition'),
    # 58
    ('Que veut dire FAIR pour les données de la recherche ?',
     'Faciles à trouver, Accessibles, Interopérables et Réutilisables, par les humains et les machines (principes publiés '
     'en mars 2016 dans Scientific Data). Guide MITI, p. 19 du PDF (page imprimée 15).',
     ['Faciles à trouver, Accessibles', 'Interopérables et Réutilisables'], MITI, 19, 'definition'),
    # 59
    ('A partir de quand l’ANR exige un plan de gestion des données pour les projets qu’elle finance ?',
     'Pour les projets financés à partir de 2019 ; le PGD est désormais un livrable de tout projet financé par l’ANR. '
     'Guide MITI, p. 14 du PDF.',
     ['à partir de 2019'], MITI, 14, 'when'),
    # 60
    ('Quels sont les types d’intervention que Re-Co veut utiliser pour créer du logement abordable ?',
     'La rénovation, la surélévation, la complémentation et la réaffectation d’espaces constructibles en zone urbaine. '
     'Plaquette Re-Co, p. 2 (pages imprimées « 3 4 »).',
     ['la rénovation', 'la complémentation', 'la réaffectation'], RECOOP, 2, 'list'),
]


def main():
    assert len(Q) == 60, len(Q)
    out = []
    for i, item in enumerate(Q, 1):
        question, answer, mc, src, page, kind = item[:6]
        rec = {'id': '%s%02d' % (PREFIX, i), 'question': question, 'answer': answer,
               'must_contain': mc, 'source': src, 'page': page, 'kind': kind}
        if len(item) > 6 and item[6]:
            rec['follows'] = '%s%02d' % (PREFIX, i - 1)
        out.append(rec)
    with open(os.path.join(HERE, 'questions.jsonl'), 'w', encoding='utf-8') as f:
        for rec in out:
            f.write(json.dumps(rec, ensure_ascii=False) + '\n')
    print('questions.jsonl :', len(out), 'questions')


if __name__ == '__main__':
    main()
