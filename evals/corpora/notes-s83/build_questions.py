# -*- coding: utf-8 -*-
"""Construit questions.jsonl (jeu s83). Les 7 « presque » sont intercales dans le fil."""
import json
D1 = 'obs-s83-01-inventaire-archives.pdf'
D2 = 'obs-s83-02-dictionnaire-variables.pdf'
D3 = 'obs-s83-03-feuille-calcul.pdf'
D4 = 'obs-s83-04-jeu-de-l-oie.pdf'
D5 = 'obs-s83-05-tableau-periodique.pdf'
D6 = 'obs-s83-06-petites-annonces.pdf'
PU = 'real-pulse-reach-presentation.pdf'
TO = 'real-total-dpef-2018-extrait.pdf'
ED = 'real-edf-dpef-2018-extrait.pdf'
CA = 'real-casino-dpef-2018.pdf'
CP = 'real-cpesr-barometre-esr-2023.pdf'
RC = 'real-recoop-plaquette.pdf'
ET = 'real-etalab-documentation-barometre-resultats.pdf'
MI = 'real-miti-guide-gestion-donnees-recherche-v2.pdf'

Q = []
U = []


def q(kind, question, answer, mc, src, page, also=None, follows=None):
    d = {'id': None, 'question': question, 'answer': answer, 'must_contain': mc,
         'source': src, 'page': page, 'kind': kind}
    if also:
        d['also'] = [{'source': s, 'page': p} for s, p in also]
    if follows:
        d['follows'] = follows
    Q.append(d)
    return d


def u(question, answer):
    d = {'id': None, 'question': question, 'answer': answer, 'must_contain': [],
         'source': None, 'page': None, 'kind': 'unanswerable'}
    U.append(d)
    return d


# ------------------------------------------------------------------ questions
n_creation = q('when', "L'Observatoire des partenariats, il a été créé en quelle année ?",
  "En 2008, porté par la Caisse des Dépôts et Le RAMEAU, avec le MEDEF et le Mouvement "
  "associatif comme partenaires (répertoire du fonds 12 J). Des documents plus anciens "
  "(brochure ARPEA Entreprises & Territoires de janvier 2011, rapport quinquennal de "
  "décembre 2012) parlent pourtant d'un Observatoire « créé en 2007 ».",
  ['né en 2008'], D1, 1)

q('figure', "c combien le budget total du projet REACH de PULSE ?",
  "Le budget total de REACH est de 1,638 M€, pour un projet de 3 ans (juin 2023 - juin 2026) "
  "au Sénégal et en Afrique du Sud.",
  ['1,638M€'], PU, 2)
n = Q[-1]
q('figure', "Et l'AFD, elle met combien dedans ?",
  "L'Agence Française de Développement est le principal cofinanceur, avec 800 000 €.",
  ['800 000€'], PU, 2, follows=n)

q('who', "Qui s'occupe de la direction scientifique des enquêtes de l'Observatoire ?",
  "Anne Robin, fondatrice du cabinet COMISIS, qui assure cette direction scientifique "
  "bénévolement.",
  ['Anne Robin', 'COMISIS'], D1, 1)

q('figure', "Dans PHARE-Citoyens, l'emploi c'est noté combien sur 10 ?",
  "7,1 sur 10 : c'est l'enjeu le mieux noté du fichier PHARE-Citoyens (septembre 2015).",
  ['7,1'], D2, 1)
n = Q[-1]
q('figure', "Et la sécurité, elle a eu quelle note ?",
  "6,6 sur 10 d'après le dictionnaire des variables (fichier PHARE_CIT_2015). Attention : la "
  "Gazette des alliances, citant la fiche Citoyens de PHARE, donne 7/10 pour la sécurité ; "
  "les deux sources divergent.",
  ['6,6'], D2, 1, follows=n)

q('definition', "ARPEA ça veut dire quoi au juste ?",
  "Sur les pièces de 2012, le sigle se développe en « Analyse des Relations et des "
  "Partenariats entre Entreprises et Associations » : c'est le premier programme de "
  "l'Observatoire (2008-2012), en dix volets. D'autres documents emploient d'autres "
  "formulations (« Analyser les Relations Partenariales entre Entreprises et Associations », "
  "« Analyse des Relations Associations-Entreprises »).",
  ['Analyse des Relations et des Partenariats'], D1, 1)

q('figure', "EDF avait combien de sites Seveso à fin 2018 ?",
  "9 sites Seveso seuil haut et 38 sites seuil bas, après la cession du terminal méthanier de "
  "Dunkerque et l'acquisition de Framatome.",
  ['9 sites SEVESO seuil haut', '38 sites seuil bas'], ED, 5)

n = q('when', "Quand est-ce que le volet PHARE-Institutions a été publié ?",
  "Le rapport PHARE-Institutions a été publié le 29 novembre 2016 ; c'est le sixième volet "
  "du programme PHARE.",
  ['29 novembre 2016'], D1, 2)
q('figure', "Et elle distingue combien de profils de maires, cette étude ?",
  "Elle classe les maires en 5 profils.",
  ['5 profils'], D1, 2, follows=n)

n = q('figure', "Combien de maires ont répondu à l'enquête élus locaux de 2024, et on les a "
  "interrogés comment ?",
  "302 maires, interrogés par téléphone, pour l'étude IMPACTS & TRAJECTOIRES – Élus locaux "
  "(parue en novembre 2024).",
  ['302 maires', 'téléphone'], D2, 2)
q('when', "Et elle s'est déroulée quand ?",
  "Le terrain s'est déroulé du 30 septembre au 28 octobre 2024 ; l'étude est parue en "
  "novembre 2024.",
  ['28 octobre 2024'], D2, 2, follows=n)

q('figure', "Le programme de compensation des vols des salariés de TOTAL avec GoodPlanet doit "
  "éviter combien de CO2 par an ?",
  "Environ 50 000 t de CO2 par an, grâce à 8 400 biodigesteurs en Inde, sur une durée de "
  "10 ans (accord signé en 2017 avec la Fondation GoodPlanet).",
  ['50 000 t de CO2', '8 400 biodigesteurs'], TO, 3)

q('list', "Je cherche la liste des six volets du programme PHARE, dans l'ordre de sortie svp",
  "Citoyens (sept. 2015), Entreprises (oct. 2015), Associations (nov. 2015), les 13 rapports "
  "régionaux (2016), les diagnostics sectoriels (juil. 2016) et Institutions (publié le "
  "29 novembre 2016).",
  ['Diagnostics sectoriels', 'PHARE-Institutions'], D1, 2)

q('figure', "combien de maires dise qu'ils ont besoin d'alliance ?",
  "92 % des maires expriment un « besoin d'alliance ». (Le même chiffre, 92 %, mesure aussi "
  "les maires qui reconnaissent l'utilité de la co-construction.)",
  ['92 %'], D3, 1)

n = q('figure', "Selon ARPEA Entreprises & Territoires, quelle part des entreprises développe "
  "des partenariats, et combien voudraient s'y mettre ?",
  "21 % des entreprises développent des partenariats et 33 % souhaitent en développer ; "
  "46 % ne le souhaitent pas.",
  ['21 %', '33 %'], D3, 1)
q('when', "Et cette enquête, elle date de quand ?",
  "L'étude ARPEA Entreprises & Territoires est parue en janvier 2011.",
  ['janv. 2011'], D3, 2, also=[(D3, 3), (D6, 2)], follows=n)

q('figure', "En 2018 le groupe Casino a donné combien aux banques alimentaires, en tonnes et "
  "en repas ?",
  "Plus de 25 100 tonnes de produits, soit l'équivalent de plus de 50 millions de repas "
  "(collecte et ramasse).",
  ['25 100 tonnes', '50 millions de repas'], CA, 29)
n = Q[-1]
q('when', "Et la fédé des banques alimentaires, Casino la soutient depuis quand ?",
  "Depuis 2009 ; le partenariat avec la Fédération française des banques alimentaires devait "
  "être renouvelé en 2019 pour trois ans.",
  ['depuis 2009'], CA, 29, follows=n)

q('definition', "C'est quoi la fiche-repère « Les dynamiques d'engagement des Collectivités "
  "territoriales » ?",
  "Un outil de lecture de la co-construction territoriale destiné aux élus, tiré de l'étude "
  "IMPACT-Élus locaux menée par Comisis-OpinionWay et parue en novembre 2020.",
  ['IMPACT-Élus locaux'], D2, 3, also=[(D1, 2)])

q('list', "Avec quels partenaires le programme IMPACT a-t-il été conduit ?",
  "Avec la Caisse des Dépôts, l'Institut CDC pour la Recherche, le Groupe La Poste, la "
  "Fondation TOTAL et Le RAMEAU ; le programme a été annoncé en novembre 2017.",
  ['Institut CDC pour la Recherche', 'Fondation TOTAL'], D1, 2, also=[(D3, 3)])

n = q('when', "La fondation des territoires a été créée quand ? et sous l'égide de qui ?",
  "Le 14 juin 2022, sous l'égide de la Fondation de Lille, après une préfiguration ouverte en "
  "juillet 2018.",
  ['14 juin 2022', 'Fondation de Lille'], D4, 1, also=[(D4, 2)])
q('figure', "Elle compte combien de cofondateurs ?",
  "21 co-fondateurs ; elle s'est donné 3 missions.",
  ['21 co-fondateurs'], D4, 1, follows=n)

q('figure', "L'OGCI regroupait combien d'acteurs de l'énergie fin 2018 ?",
  "13 grands acteurs nationaux et internationaux de l'énergie.",
  ['13 grands acteurs'], TO, 4)

q('list', "D'après PHARE-Citoyens, sur quoi les gens trouvent que les partenariats ont un "
  "gros impact ? avec les pourcentages",
  "Emploi 49 %, développement économique 46 %, environnement 42 %, précarité 36 % et "
  "éducation 36 % (part jugeant l'impact fort).",
  ['49 %', '42 %'], D2, 1)

n = q('who', "Qui avait été chargé de la mission ministérielle lancée au FNAF 2019 ?",
  "Cathy Racon-Bouzon et Charles-Benoît Heidsieck, à qui Gabriel Attal a confié la mission.",
  ['Racon-Bouzon', 'Gabriel Attal'], D4, 1)
q('when', "Et leur rapport, ils l'ont rendu quand ?",
  "Le 7 mai 2020 ; un bilan a suivi le 17 octobre 2020.",
  ['7 mai 2020'], D4, 1, also=[(D4, 2)], follows=n)

q('figure', "Combien de personnes ont répondu au baromètre de l'ESR 2023 de la CPESR ?",
  "2460 répondants ont rempli au moins la première partie, et 2026 ont finalisé leur "
  "réponse (baromètre ouvert de mars à octobre 2023).",
  ['2460 répondants', '2026 ont finalisé'], CP, 3)

q('figure', "Dans la note de février 2016, combien d'associations employeuses sont engagées "
  "dans des partenariats ?",
  "53 % des associations employeuses, contre 38 % de l'ensemble des associations et 37 % des "
  "entreprises de 10 salariés et plus (note sur les modèles de co-construction du "
  "29 février 2016).",
  ['53 %'], D3, 1)

q('when', "Elle a été lancée quand et où la charte du faire alliance ?",
  "Le 30 novembre 2021, jour du Giving Tuesday, à Saint-Maurice, lors de la soirée VitaWin. "
  "La Gazette des alliances, citant associations.gouv.fr, parle elle d'un dévoilement le "
  "« mardi 30 septembre » : les sources divergent.",
  ['30 novembre 2021', 'Saint-Maurice'], D4, 1)

q('who', "Avec quelle structure Casino a lancé l'arrondi en caisse chez Franprix ?",
  "Avec l'entreprise sociale et solidaire MicroDON, en 2011 ; plus d'un million d'euros de "
  "dons ont été collectés.",
  ['MicroDON'], CA, 31)

q('list', "quels territoires ont servi de pilotes pour « Agir ensemble en Territoire » ?",
  "L'Alsace (avec Alsace Active), Poitou-Charentes (avec le Groupe La Poste) et Paris-Est "
  "Marne & Bois ; la démarche est partie en 2010 de l'étude ARPEA-Collectivités locales.",
  ['Alsace Active', 'Poitou-Charentes'], D4, 1, also=[(D4, 2)])

q('figure', "le fonds ODD 17 il a combien d'argent ?",
  "1,5 M€, pour une expérimentation sur 3 ans ; le Fonds a été co-créé en 2020 par Le "
  "RAMEAU et la Fondation TotalEnergies et vise 350 « catalyseurs territoriaux ».",
  ['1,5 M€'], D4, 1)

q('figure', "Les riverains des centrales nucléaires d'EDF, ils voient quel effet positif sur "
  "l'emploi dans les baromètres ?",
  "83 % citent un impact positif sur l'emploi, 77 % sur l'activité économique, 65 % sur le "
  "commerce et 62 % sur les équipements collectifs.",
  ['83 %', '77 %'], ED, 2)

q('figure', "Combien de déchets TOTAL a traités en 2018 ?",
  "573 kt de déchets, tous modes de gestion confondus ; 57 % ont été recyclés ou valorisés.",
  ['573 kt'], TO, 1)

q('list', "Avec qui les associations employeuses font-elles le plus souvent équipe ? "
  "Donnez-moi le top 3.",
  "Les collectivités (89 %), les structures d'intérêt général (73 %) et les établissements "
  "scolaires (70 %), selon l'étude IMPACT – Associations & Territoires.",
  ['89 %', 'Établissements scolaires'], D5, 1, also=[(D5, 2)])

q('definition', "M.E.D.O.C., c'est quoi ce truc ?",
  "Un acronyme pour Méthodes, Exemples, Données, Outils, Compétences : les cinq rubriques de "
  "ressources de la plateforme www.odd17.org.",
  ['Méthodes', 'odd17.org'], D5, 2)

q('figure', "La Fondation Monoprix a financé combien de projets associatifs en 2018, et pour "
  "quel montant ?",
  "19 projets associatifs, pour près de 276 000 euros.",
  ['19 projets', '276 000 euros'], CA, 31)

q('figure', "L'ODD 17 comporte combien de cibles ?",
  "19 cibles, présentées par le Comité 21 dans sa note « ODD 17 : Sens, décryptages, "
  "déclinaisons » (diffusée un 5 juillet).",
  ['19 cibles'], D5, 2)

q('definition', "Le RAMEAU, c'est quoi comme structure ?",
  "Une association d'intérêt général créée en 2006, qui se présente comme un « laboratoire "
  "de recherche empirique » consacré aux alliances ; elle a mené des expérimentations avec "
  "plus de 500 organisations.",
  ['laboratoire de recherche empirique'], D5, 2)

q('figure', "en moyenne une association a combien de partenaires ?",
  "2,5 partenaires en moyenne, d'après l'enquête « Associations & Partenariats » de "
  "Recherches & Solidarités et Le RAMEAU (mars 2017).",
  ['2,5 partenaires'], D6, 1)

q('who', "Qui a réalisé l'enquête « Associations & Partenariats » publiée en 2017 ?",
  "Recherches & Solidarités et Le RAMEAU ; l'enquête a été menée en mai-juin 2016 auprès de "
  "plus de 1 380 responsables associatifs.",
  ['Recherches & Solidarités'], D6, 1)

n = q('figure', "c'est quoi le pourcentage d'assos qui ont une entreprise comme partenaire ?",
  "28 % dans l'enquête « Associations & Partenariats » (2017) : les entreprises n'arrivent "
  "qu'en quatrième position des partenaires cités.",
  ['28 %'], D6, 1)
q('figure', "Et les collectivités, elles sont à combien ?",
  "74 % des associations citent les collectivités dans cette enquête de 2017 (à ne pas "
  "confondre avec les 89 % mesurés chez les associations employeuses par l'étude IMPACT – "
  "Associations & Territoires).",
  ['74 %'], D6, 1, follows=n)

q('figure', "Combien d'OSC intermédiaires le projet REACH prévoit de former, et c'est réparti "
  "comment entre Jógjëf et Oribi ?",
  "50 OSC intermédiaires : 30 par Jógjëf (Sénégal) et 20 par Oribi (Afrique du Sud).",
  ['50 OSC intermédiaires', 'Oribi : 20'], PU, 7)

q('when', "L'étude IMPACT Fondations & Territoires est sortie quand, et elle repose sur "
  "combien de fondations ?",
  "Elle est parue le 23 septembre (l'année n'est pas précisée) et s'appuie sur 42 fondations "
  "interrogées.",
  ['23 septembre', '42 fondations'], D6, 2)

q('who', "Qui est à la direction générale du RAMEAU ?",
  "Laurence Weber en est la directrice générale ; Charles-Benoît Heidsieck en est le "
  "président-fondateur.",
  ['Laurence Weber'], D6, 2)

q('who', "Qui a dirigé l'enquête du baromètre de l'ESR 2023 ?",
  "Julien Gossa ; l'analyse automatique par OpenAI a été effectuée par Jacques Haiech.",
  ['Julien Gossa'], CP, 28)

q('list', "Re-Co veut intervenir comment sur les bâtiments ? c'est quoi les types "
  "d'intervention ?",
  "Quatre types : la rénovation, la surélévation, la complémentation et la réaffectation, "
  "sur des espaces constructibles en zone urbaine.",
  ['la surélévation', 'la réaffectation'], RC, 2)

q('list', "Quelles sont les structures de l'insertion par l'activité économique ?",
  "Les entreprises d'insertion, les entreprises de travail temporaire d'insertion, les "
  "associations intermédiaires et les ateliers et chantiers d'insertion (s'y ajoutent les "
  "GEIQ et l'insertion par le travail indépendant).",
  ['associations intermédiaires', 'ateliers et chantiers d’insertion'], ET, 16)

q('definition', "Une association intermédiaire, ça fait quoi exactement ?",
  "C'est une structure d'insertion par l'activité économique conventionnée avec l'État qui "
  "permet à des personnes éloignées de l'emploi de travailler occasionnellement pour le "
  "compte d'utilisateurs.",
  ['pour le compte d’utilisateurs'], ET, 17)

n = q('definition', "FAIR, dans la gestion des données de recherche, ça veut dire quoi ?",
  "Des principes pour rendre les données Faciles à trouver, Accessibles, Interopérables et "
  "Réutilisables, par les humains comme par les machines.",
  ['Faciles à trouver', 'Interopérables'], MI, 19)
q('when', "Ils ont été publiés quand, ces principes ?",
  "En mars 2016, dans la revue Scientific Data (énoncés initialement par le groupe FORCE 11).",
  ['mars 2016', 'Scientific Data'], MI, 19, follows=n)

# ------------------------------------------------------------- presque (7)
u("Le 3e dîner « Élus & Entreprises » du 23 novembre, il commençait à quelle heure ?",
  "Le corpus ne le dit pas : le répertoire du fonds 12 J mentionne ce troisième dîner, tenu un "
  "23 novembre (carton d'invitation, menu, plan de table), mais ne donne ni l'heure ni "
  "l'année.")
u("Combien de salariés travaillent au RAMEAU ?",
  "Les documents ne donnent pas l'effectif du RAMEAU : ils le décrivent (association "
  "d'intérêt général créée en 2006, président-fondateur, directrice générale, "
  "expérimentations avec plus de 500 organisations) sans nombre de salariés.")
u("Qui est le trésorier de la Fondation des Territoires ?",
  "Ce n'est pas indiqué : le corpus donne la date de création (14 juin 2022), l'égide de la "
  "Fondation de Lille, les 21 co-fondateurs et les 3 missions, mais aucun membre du bureau.")
u("Dans l'enquête Associations & Partenariats, quel pourcentage des assos bretonnes ont une "
  "entreprise partenaire ?",
  "L'enquête n'est présentée qu'au niveau national (28 % des associations citent une "
  "entreprise parmi leurs partenaires) ; aucun chiffre pour la Bretagne ni pour une autre "
  "région.")
u("Quelle est la marge d'erreur de l'enquête IMPACTS & TRAJECTOIRES auprès des 302 maires ?",
  "Elle n'est pas donnée : on connaît l'échantillon (302 maires), les dates de terrain "
  "(30 septembre - 28 octobre 2024) et le mode de recueil (téléphone), pas la marge "
  "d'erreur.")
u("Combien coûte une part sociale de la coopérative Re-Co ?",
  "La plaquette de Re-Co ne le précise pas : elle explique le fonctionnement coopératif "
  "(une voix par membre, quelles que soient les parts possédées) sans montant de part.")
u("Il y avait combien de monde au lancement de la charte du faire alliance à Saint-Maurice ?",
  "Le corpus ne donne aucun chiffre de participation : il situe le lancement à Saint-Maurice "
  "(soirée VitaWin, Giving Tuesday) sans dire combien de personnes étaient présentes.")

# ----------------------------------------------------------------- sortie
# les 7 « presque » sont intercales dans le fil des questions
order = list(Q)
for k, d in enumerate(U):
    order.insert(7 + 8 * k, d)
for i, d in enumerate(order, 1):
    d['id'] = 's83%02d' % i
for d in order:
    if 'follows' in d:
        d['follows'] = d['follows']['id']
keyorder = ['id', 'question', 'answer', 'must_contain', 'source', 'page', 'kind', 'also',
            'follows']
with open('/work/blind/notes-s83/questions.jsonl', 'w', encoding='utf-8') as fh:
    for d in order:
        fh.write(json.dumps({k: d[k] for k in keyorder if k in d}, ensure_ascii=False) + '\n')
print(len(order))
