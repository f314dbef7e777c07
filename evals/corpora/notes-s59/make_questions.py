#!/usr/bin/env python3
"""Source des 60 questions du jeu à l'aveugle s59 -> questions.jsonl (même dossier).

Chaque entrée : question, answer (réponse de référence), must_contain (chaînes copiées du
texte pypdf de la page, espaces normalisés), source (PDF), page (index PDF, 1 = première),
kind. « suite=True » produit la clé « follows » vers l'id précédent.
Les sans-réponse (kind unanswerable) ont source/page null et must_contain vide.
"""
import json
import os

PREFIX = 's59'
HERE = os.path.dirname(os.path.abspath(__file__))

BUL = 'obs-s59-01-bulletin-veille.pdf'
ENT = 'obs-s59-02-entretien-heidsieck.pdf'
CR = 'obs-s59-03-compte-rendu-comite.pdf'
FR = 'obs-s59-04-fiche-repere-opinion.pdf'
GL = 'obs-s59-05-glossaire.pdf'
DEP = 'obs-s59-06-depliant-faire-alliance.pdf'
CAS = 'real-casino-dpef-2018.pdf'
EDF = 'real-edf-dpef-2018-extrait.pdf'
TOT = 'real-total-dpef-2018-extrait.pdf'
CPE = 'real-cpesr-barometre-esr-2023.pdf'
PUL = 'real-pulse-reach-presentation.pdf'
REC = 'real-recoop-plaquette.pdf'
MIT = 'real-miti-guide-gestion-donnees-recherche-v2.pdf'
ETA = 'real-etalab-documentation-barometre-resultats.pdf'


def q(question, answer, must, source, page, kind, suite=False):
    return dict(question=question, answer=answer, must_contain=must, source=source,
                page=page, kind=kind, suite=suite)


def u(question, answer):
    return dict(question=question, answer=answer, must_contain=[], source=None, page=None,
                kind='unanswerable', suite=False)


Q = [
    # 01
    q('Quand l’Observatoire des partenariats a-t-il publié son rapport régional consacré à la Normandie ?',
      'Le 11e rapport régional, consacré à la Normandie, a été mis en ligne le 26 novembre (bulletin '
      'de veille n° 14, p. 5 imprimée). L’année n’est pas précisée. Attention : le 26 novembre est aussi '
      'la date du 5e webinaire « l’ODD 17 en pratique ».',
      ['26 novembre', 'Normandie'], BUL, 1, 'when'),
    # 02
    q('Combien d’associations employeuses couvre le volet IMPACT – Associations & Territoires, et '
      'quelle part d’entre elles a des partenariats ?',
      'Le volet IMPACT – Associations & Territoires couvre 148 000 associations employeuses ; 98 % '
      'd’entre elles déclarent entretenir des partenariats (compte rendu du comité de suivi IMPACT, '
      'p. 17 du dossier de séance).',
      ['148 000', '98 %'], CR, 1, 'figure'),
    # 03
    q('En 2018, combien de tonnes de produits le groupe Casino a-t-il données aux banques alimentaires, '
      'et à combien de repas cela correspond-il ?',
      'Plus de 25 100 tonnes de produits, soit l’équivalent de plus de 50 millions de repas (plus de '
      '7 millions de plus qu’en 2017 à périmètre équivalent), apportées aux réseaux des banques '
      'alimentaires ou structures équivalentes (collecte et ramasse) — DPEF Casino 2018, p. 209 imprimée.',
      ['25 100 tonnes', '50 millions de repas'], CAS, 29, 'figure'),
    # 04
    q('c quoi les 3 rdv de novembre dans le bulletin de veille ?',
      'Trois dates : le 15 novembre, un dossier de la revue JURIS Associations (n° 628) ; le '
      '23 novembre, le 3e dîner « Elus & Entreprises » ; le 26 novembre, le 5e webinaire du cycle '
      '« l’ODD 17 en pratique » (bulletin de veille n° 14, p. 5).',
      ['JURIS Associations', '15 novembre', '23 novembre'], BUL, 1, 'list'),
    # 05
    q('En quelle année Le RAMEAU a-t-il été créé, et comment son président-fondateur décrit-il la '
      'structure ?',
      'Le RAMEAU est né en 2006 ; Charles-Benoît Heidsieck le décrit comme une association d’intérêt '
      'général et un « laboratoire de recherche empirique » (entretien, Les Cahiers de l’alliance, p. 22).',
      ['2006', 'laboratoire de recherche empirique'], ENT, 1, 'when'),
    # 06
    u('Combien de salariés compte Le RAMEAU ?',
      'Le corpus ne donne pas l’effectif du RAMEAU. Il indique seulement sa création en 2006, son statut '
      'd’association d’intérêt général, ses expérimentations auprès de plus de 500 organisations et '
      'plus de 1 000 exemples inspirants recensés.'),
    # 07
    q('Quelle proportion de la population française voit dans les coopérations entre organisations un '
      'moteur d’innovation ?',
      'Deux valeurs circulent : 74 % des Français selon la restitution présentée au comité de suivi '
      'IMPACT, mais une autre restitution des mêmes travaux indique 69 % des citoyens. À titre de '
      'comparaison : 81 % des dirigeants d’entreprise, 86 % des responsables associatifs et 87 % des '
      'maires (compte rendu, p. 18 du dossier de séance).',
      ['74 %', '69 %'], CR, 2, 'figure'),
    # 08
    q('Selon EDF, combien de partenariats ses métiers ont-ils tissés avec des associations ou des '
      'organismes de recherche ?',
      'Plus de cent partenariats, par exemple avec l’Irstea et l’Ifremer (DPEF EDF 2018, section '
      '3.1.3.3.3, p. 155 imprimée).',
      ['plus de cent partenariats'], EDF, 6, 'figure'),
    # 09
    q('D’après le bulletin de veille, après la crise sanitaire, combien de Français et combien de '
      'dirigeants de TPE-PME jugent la co-construction utile pour rebondir, et combien de données '
      'ont été inventoriées ?',
      '81 % des Français et 84 % des dirigeants de TPE et de PME ; plus de 250 données ont été '
      'inventoriées et mises à disposition (bulletin de veille n° 14, p. 5).',
      ['81 %', '84 %', '250'], BUL, 1, 'figure'),
    # 10
    q('et elles sont rangees comment ces donnees ?',
      'Sous trois indicateurs : innovation, performance et confiance (bulletin de veille n° 14, p. 5).',
      ['innovation, performance et confiance'], BUL, 1, 'list', suite=True),
    # 11
    q('Le budget du projet REACH de PULSE, c’est combien, et qui est le principal cofinanceur ?',
      'Budget total : 1,638 M€ ; principal cofinanceur : l’Agence Française de Développement, pour '
      '800 000 € (présentation REACH, diapositive 2).',
      ['1,638M€', '800 000€'], PUL, 2, 'figure'),
    # 12
    q('Et ses partenaires principaux, ce sont lesquels ?',
      'Les structures d’accompagnement Oribi (Afrique du Sud) et Jógjëf (Sénégal) ; en partenaires '
      'secondaires, l’Université Numérique-CHK (ex-UVS) et PLAY international (diapositive 2).',
      ['Oribi', 'Jógjëf'], PUL, 2, 'list', suite=True),
    # 13
    q('Qui a confié la mission ministérielle de 2019 évoquée par Charles-Benoît Heidsieck, et à qui '
      'précisément ?',
      'Lors du FNAF 2019, Gabriel Attal a confié la mission à Cathy Racon-Bouzon et à Charles-Benoît '
      'Heidsieck (entretien, p. 22).',
      ['Gabriel Attal', 'Cathy Racon-Bouzon'], ENT, 1, 'who'),
    # 14
    q('et leur rapport il a ete rendu quand ?',
      'Le rapport a été remis le 7 mai 2020 ; un bilan de ses suites a été dressé le 17 octobre 2020 '
      '(entretien, p. 22 ; la date du 7 mai 2020 figure aussi dans l’encadré « Repères » p. 23).',
      ['7 mai 2020'], ENT, 1, 'when', suite=True),
    # 15
    u('Quelle fonction Gabriel Attal occupait-il lorsqu’il a confié la mission ministérielle de 2019 '
      'à Cathy Racon-Bouzon et Charles-Benoît Heidsieck ?',
      'Le corpus nomme Gabriel Attal comme celui qui a confié la mission lors du FNAF 2019, mais ne '
      'précise jamais sa fonction.'),
    # 16
    q('Quelle part des Français jugeaient urgent de créer des partenariats associations-entreprises en '
      '2008, et en 2012 ?',
      '86 % en 2008 et 84 % en 2012, soit un recul de 2 points (fiche Repère n° 7, p. 31 imprimée ; '
      'sources : ARPEA-Citoyens et rapport quinquennal du 11 décembre 2012).',
      ['86 %', '84 %'], FR, 1, 'figure'),
    # 17
    q('L’Observatoire des partenariats a été créé en quelle année ?',
      'Les présentations actuelles retiennent 2008, par la Caisse des Dépôts et Le RAMEAU (en '
      'partenariat avec le MEDEF et le Mouvement associatif). Mais les documents de la période ARPEA, '
      'dont le rapport quinquennal, parlent d’un « Observatoire national des partenariats associations / '
      'entreprises » « créé en 2007 » (note 1 de la fiche Repère n° 7, p. 31).',
      ['2007', '2008'], FR, 1, 'when'),
    # 18
    q('la fondation casino elle a ete creee quand ?',
      'En 2009 (DPEF Casino 2018, p. 209 imprimée). À ne pas confondre : le Groupe accompagne aussi la '
      'Fédération française des banques alimentaires depuis 2009.',
      ['Créée en 2009'], CAS, 29, 'when'),
    # 19
    q('Qui étaient présents à la séance de bilan du comité de suivi du programme IMPACT ?',
      'Charles-Benoît Heidsieck (président-fondateur du RAMEAU, présidence de séance), Laurence Weber '
      '(directrice générale du RAMEAU), Anne Robin (directrice scientifique de l’Observatoire, '
      'fondatrice de COMISIS), ainsi que des représentants de la Caisse des Dépôts, de l’Institut CDC '
      'pour la Recherche, du Groupe La Poste et de la Fondation TOTAL (compte rendu, p. 17).',
      ['Charles-Benoît Heidsieck', 'Laurence Weber', 'Anne Robin'], CR, 1, 'list'),
    # 20
    q('et qui etait excuse ?',
      'Les représentants du MEDEF et du Mouvement associatif, partenaires de l’Observatoire '
      '(compte rendu, p. 17).',
      ['MEDEF', 'Mouvement associatif'], CR, 1, 'who', suite=True),
    # 21
    q('Qui est à la tête du Conseil scientifique d’EDF ?',
      'Sébastien Candel, président de l’Académie des Sciences ; le Conseil s’est réuni trois fois en '
      '2018 (DPEF EDF 2018, p. 152 imprimée).',
      ['Sébastien Candel'], EDF, 3, 'who'),
    # 22
    q('et le conseil medical ?',
      'Le Conseil médical d’EDF est présidé par le Professeur André Aurengo, membre de l’Académie de '
      'médecine (p. 152 imprimée).',
      ['André Aurengo'], EDF, 3, 'who', suite=True),
    # 23
    u('Quand est paru le rapport régional de l’Observatoire consacré à la Bretagne ?',
      'Aucun document ne mentionne de rapport régional sur la Bretagne : le corpus cite le 11e rapport '
      'régional (Normandie, 26 novembre) et les 13 rapports régionaux de PHARE parus en 2016, sans '
      'liste des régions.'),
    # 24
    q('Quelle note d’attente les Français attribuent-ils à la sécurité dans l’enquête PHARE-Citoyens ?',
      'Deux versions : 6,6 sur 10 dans la restitution détaillée, mais une autre présentation de la même '
      'enquête donne 7/10 (fiche Repère n° 7, p. 32 imprimée, tableau et note 2).',
      ['6,6', '7/10'], FR, 2, 'figure'),
    # 25
    q('Et l’emploi, il obtient quelle note ?',
      '7,1 sur 10, la note la plus élevée du classement (fiche Repère n° 7, p. 32).',
      ['7,1'], FR, 2, 'figure', suite=True),
    # 26
    q('Combien de personnes ont répondu au baromètre de l’ESR 2023 de la CPESR ?',
      '2460 répondants ont rempli au moins la première partie et 2026 ont finalisé leur réponse ; le '
      'baromètre était ouvert de mars à octobre 2023 (p. 3/28).',
      ['2460', '2026'], CPE, 3, 'figure'),
    # 27
    q('Que signifie le sigle ARPEA ?',
      'Le sigle est développé de trois façons selon les documents : « Analyse des Relations et des '
      'Partenariats entre Entreprises et Associations » (rapport quinquennal), « Analyser les Relations '
      'Partenariales entre Entreprises et Associations » (page sur les données) et « Analyse des '
      'Relations Associations-Entreprises » (présentation du programme d’études). C’est le premier '
      'programme quinquennal de l’Observatoire, 2008-2012 (glossaire, p. xii).',
      ['Analyse des Relations et des Partenariats entre Entreprises et Associations',
       'Analyser les Relations Partenariales', 'Analyse des Relations Associations-Entreprises'],
      GL, 1, 'definition'),
    # 28
    q('Il comptait combien de volets ?',
      'ARPEA était décliné en 10 volets (glossaire, p. xii).',
      ['10 volets'], GL, 1, 'figure', suite=True),
    # 29
    q('Combien EDF consacre-t-il à la protection de l’environnement dans son budget R&D en France ?',
      '100,2 millions d’euros, soit 20 % de son budget R&D ; au niveau du Groupe, les dépenses de R&D '
      'atteignent 711 millions d’euros (DPEF EDF 2018, p. 155 imprimée).',
      ['100,2 millions', '20 %'], EDF, 6, 'figure'),
    # 30
    q('en moyenne une asso elle a cmb de partenaires ?',
      '2,5 partenaires en moyenne, selon l’étude « Associations & Partenariats » (Recherches & '
      'Solidarités et Le RAMEAU, mars 2017 ; enquête de mai-juin 2016 auprès de plus de 1 380 '
      'responsables) — bulletin de veille n° 14, p. 5.',
      ['2,5 partenaires'], BUL, 1, 'figure'),
    # 31
    u('Quel est le chiffre d’affaires de Comisis, le cabinet d’études fondé par Anne Robin ?',
      'Le corpus présente Comisis (cabinet fondé par Anne Robin, associé à OpinionWay pour plusieurs '
      'enquêtes) mais ne donne aucun chiffre d’affaires.'),
    # 32
    q('Quelle instance suscite le plus de défiance chez les personnels de l’enseignement supérieur et '
      'de la recherche, d’après le baromètre 2023 ?',
      'Le MESRI, avec 91 % de défiance, suivi de l’État (89 %), de l’ANR (77 %) et de l’Hcéres (75 %) '
      '(baromètre ESR 2023, p. 5/28).',
      ['MESRI', '91%'], CPE, 5, 'figure'),
    # 33
    q('Avec quelle entreprise sociale le groupe Casino a-t-il lancé l’arrondi en caisse chez Franprix, '
      'en quelle année, et combien de dons cela a-t-il permis de collecter ?',
      'Avec MicroDON, en 2011 ; plus d’un million d’euros de dons ont été collectés pour des '
      'associations comme la Croix Rouge, Emmaüs, le Secours populaire ou les Jardins de Cocagne '
      '(DPEF Casino 2018, p. 211 imprimée).',
      ['MicroDON', '2011'], CAS, 31, 'figure'),
    # 34
    q('les assos bossent avec les collectivites a combien de % ?',
      'Selon le volet IMPACT – Associations & Territoires, 89 % des associations employeuses partenaires '
      'travaillent avec des collectivités territoriales (compte rendu, p. 17). Une autre étude, '
      '« Associations & Partenariats » (2016-2017), donne 74 % (bulletin de veille, p. 5) : les '
      'populations et les dates diffèrent.',
      ['89 %'], CR, 1, 'figure'),
    # 35
    q('Quand les principes FAIR ont-ils paru, et dans quel journal scientifique ?',
      'En mars 2016, dans la revue Scientific Data ; ils ont été énoncés initialement par le groupe de '
      'travail FORCE 11 (guide MITI, p. 15 imprimée).',
      ['mars 2016', 'Scientific Data'], MIT, 19, 'when'),
    # 36
    q('Le Fonds ODD 17 : qui l’a créé, quand, et avec quelle dotation ?',
      'Co-créé en 2020 par Le RAMEAU et la Fondation TotalEnergies, il est doté de 1,5 M€ pour une '
      'expérimentation sur trois ans (glossaire, p. xii).',
      ['TotalEnergies', '1,5 M€'], GL, 1, 'figure'),
    # 37
    q('Combien de catalyseurs territoriaux doit-il mobiliser ?',
      '350 catalyseurs territoriaux (glossaire, entrée « Catalyseurs territoriaux », p. xii).',
      ['350'], GL, 1, 'figure', suite=True),
    # 38
    q('Accord TOTAL–GoodPlanet : combien de CO2 évité par an, et grâce à combien de biodigesteurs ?',
      'Le programme devrait permettre d’éviter 50 000 t de CO2 par an ; il repose sur 8 400 biodigesteurs '
      'en Inde, dans le cadre d’un accord de 10 ans signé en 2017 avec la Fondation GoodPlanet (DPEF '
      'TOTAL 2018, p. 200 imprimée).',
      ['50 000 t', '8 400 biodigesteurs'], TOT, 3, 'figure'),
    # 39
    u('En 2010, quelle part des Français jugeait urgent de créer des partenariats entre associations et '
      'entreprises ?',
      'Le corpus ne donne cette mesure que pour 2008 (86 %) et 2012 (84 %) ; aucune valeur pour 2010.'),
    # 40
    q('En 2018, quelle quantité de déchets TOTAL a-t-il traitée, et quelle part a été recyclée ou '
      'valorisée ?',
      '573 kt de déchets traités (tous modes de gestion confondus) ; 57 % ont été recyclés et/ou '
      'valorisés (contre 59 % en 2017 et 58 % en 2016), l’objectif de plus de 50 % étant atteint '
      '(DPEF TOTAL 2018, p. 198 imprimée).',
      ['573 kt', '57%'], TOT, 1, 'figure'),
    # 41
    q('Devoir, besoin, envie d’alliance : quels pourcentages respectifs pour les Français, les maires et '
      'les chefs d’entreprise selon Charles-Benoît Heidsieck ?',
      '81 % des Français estiment que faire alliance est un devoir, 92 % des maires disent en avoir '
      'besoin et 84 % des dirigeants d’entreprise en ont envie (entretien, p. 22).',
      ['81 %', '92 %', '84 %'], ENT, 1, 'figure'),
    # 42
    q('la charte du faire alliance elle a ete lancee quand ?',
      'Le 30 novembre 2021, jour du Giving Tuesday, à Saint-Maurice (Paris-Est Marne & Bois), lors '
      'd’une soirée VitaWin. Mais l’annonce parue sur associations.gouv.fr la situe au « mardi '
      '30 septembre » (dépliant, volets intérieurs).',
      ['30 novembre 2021', '30 septembre'], DEP, 2, 'when'),
    # 43
    q('Et elle a été co-construite en combien de temps, sous le pilotage de qui ?',
      'En trois mois de co-construction, pilotés par la Fondation des Territoires (dépliant, volets '
      'intérieurs).',
      ['trois mois', 'Fondation des Territoires'], DEP, 2, 'who', suite=True),
    # 44
    q('Sur quelles années le programme PHARE s’étendait-il ?',
      'Les deux bornes circulent : 2013 à 2018 selon le compte rendu du comité de suivi, alors que le '
      'site de l’Observatoire présente PHARE sur 2013-2017 (compte rendu, p. 17).',
      ['2013 à 2018', '2013-2017'], CR, 1, 'when'),
    # 45
    q('les chercheurs et profs ils sont optimistes pour la suite ou pas ?',
      'Plutôt pessimistes : 10 % des opinions sont optimistes sur l’amélioration future de leurs '
      'conditions de travail, contre 67 % pessimistes (baromètre ESR 2023, p. 4/28).',
      ['10%', '67%'], CPE, 4, 'figure'),
    # 46
    q('La Fondation des Territoires : créée quand, sous l’égide de quelle fondation, et par combien de '
      'co-fondateurs ?',
      'Le 14 juin 2022, sous l’égide de la Fondation de Lille, par 21 co-fondateurs (entretien, p. 22 ; '
      'la date figure aussi dans l’encadré « Repères » p. 23).',
      ['14 juin 2022', 'Fondation de Lille', '21 co-fondateurs'], ENT, 1, 'when'),
    # 47
    u('c qui le tresorier du rameau ?',
      'Le corpus raconte la création du RAMEAU (2006) et nomme son président-fondateur et sa directrice '
      'générale, mais ne nomme aucun trésorier.'),
    # 48
    q('ARPEA Entreprises & Territoires 2011 : cb d’entreprises font deja des partenariats ?',
      '21 % des entreprises développent des partenariats ; 33 % souhaitent le faire et 46 % ne le '
      'souhaitent pas (étude de janvier 2011, fiche Repère n° 7, p. 31). Ne pas confondre avec les '
      '« près de 46 % » d’associations engagées avec une entreprise.',
      ['21 %', '33 %', '46 %'], FR, 1, 'figure'),
    # 49
    q('Combien de territoires participent au parcours d’expérience lancé par le CGET et Le RAMEAU ?',
      'Le communiqué de lancement parle de 11 territoires pionniers, mais un article du site du RAMEAU '
      'évoque « le CGET et 10 territoires pilotes » (dépliant, volet rabat).',
      ['11 territoires pionniers', '10 territoires pilotes'], DEP, 1, 'figure'),
    # 50
    q('et ca dure cmb de temps, la 1ere session c t quand ?',
      'Le parcours dure 18 mois ; la première session s’est tenue le 3 mai (dépliant, volet rabat).',
      ['18 mois', '3 mai'], DEP, 1, 'when', suite=True),
    # 51
    q('Quand la plateforme nationale Recherche Data Gouv a-t-elle été inaugurée ?',
      'Le 8 juillet 2022, par le Ministère de l’enseignement supérieur et de la recherche (guide MITI, '
      'p. 9 imprimée).',
      ['8 juillet 2022'], MIT, 13, 'when'),
    # 52
    q('Combien de projets associatifs la Fondation Monoprix a-t-elle financés en 2018, et pour quel '
      'montant ?',
      '19 projets associatifs, pour un montant de près de 276 000 euros (dont Dons solidaires, Le Rocher, '
      'Wake up café), dans le cadre de la lutte contre l’isolement relationnel en ville (DPEF Casino '
      '2018, p. 211 imprimée).',
      ['19 projets', '276 000 euros'], CAS, 31, 'figure'),
    # 53
    q('c ki la DG du rameau ?',
      'Laurence Weber, directrice générale du RAMEAU (entretien, p. 23 ; elle figure aussi parmi les '
      'présents du compte rendu du comité IMPACT).',
      ['Laurence Weber'], ENT, 2, 'who'),
    # 54
    q('Quels sont les trois axes du programme IMPACT, tels que présentés sur la diapositive du comité ?',
      'Innovation sociétale et territoriale ; performance des organisations ; confiance (annexe A du '
      'compte rendu, diapositive 16:9, p. 19 du dossier de séance).',
      ['Innovation sociétale et territoriale', 'Performance des organisations', 'Confiance'],
      CR, 3, 'list'),
    # 55
    u('Combien PLAY international apporte-t-il au budget du projet REACH ?',
      'La présentation REACH cite PLAY international comme partenaire technique secondaire, sans '
      'montant ; seuls le budget total (1,638 M€) et l’apport de l’AFD (800 000 €) sont chiffrés.'),
    # 56
    q('L’enquête IMPACTS & TRAJECTOIRES – Élus locaux : combien de maires interrogés, quand et '
      'comment ?',
      '302 maires, interrogés par téléphone du 30 septembre au 28 octobre 2024 ; publication en '
      'novembre 2024 (fiche Repère n° 7, p. 33 imprimée).',
      ['302 maires', 'par téléphone'], FR, 3, 'figure'),
    # 57
    q('C’est quoi un PGD dans le guide de gestion des données de la recherche ?',
      'Un Plan de Gestion de Données (Data Management Plan, DMP) : document formalisé, souvent livrable '
      'du projet, qui explique comment les données seront obtenues, documentées, analysées, diffusées '
      'et utilisées pendant et après le projet (guide MITI, p. 24 imprimée).',
      ['Data Management Plan'], MIT, 28, 'definition'),
    # 58
    q('c koi MEDOC sur odd17 ?',
      'M.E.D.O.C. signifie Méthodes, Exemples, Données, Outils, Compétences : les cinq familles de '
      'ressources proposées sur la plateforme www.odd17.org (glossaire, p. xiii).',
      ['Méthodes', 'Compétences', 'www.odd17.org'], GL, 2, 'definition'),
    # 59
    q('À quel rythme les chiffres du service civique sont-ils actualisés dans le baromètre des résultats '
      'de l’action publique ?',
      'Trimestriellement (fréquence de mise à jour : trimestrielle), rubrique « Promouvoir '
      'l’engagement chez les jeunes » (documentation Etalab, p. 11).',
      ['trimestrielle'], ETA, 11, 'when'),
    # 60
    q('Quels types d’intervention la coopérative Re-Co utilise-t-elle pour créer de l’habitat '
      'abordable ?',
      'Quatre : la rénovation, la surélévation, la complémentation et la réaffectation (plaquette Re-Co, '
      'pages imprimées 3-4).',
      ['la rénovation', 'la surélévation', 'la réaffectation'], REC, 2, 'list'),
]


def main():
    assert len(Q) == 60, len(Q)
    out = os.path.join(HERE, 'questions.jsonl')
    with open(out, 'w', encoding='utf-8') as f:
        prev = None
        for i, e in enumerate(Q, 1):
            qid = '%s%02d' % (PREFIX, i)
            rec = {'id': qid, 'question': e['question'], 'answer': e['answer'],
                   'must_contain': e['must_contain'], 'source': e['source'], 'page': e['page'],
                   'kind': e['kind']}
            if e['suite']:
                rec['follows'] = prev
            f.write(json.dumps(rec, ensure_ascii=False) + '\n')
            prev = qid
    print('écrit', out)


if __name__ == '__main__':
    main()
