# -*- coding: utf-8 -*-
import json
D1='obs-s72-01-memoire-genese.pdf'; D2='obs-s72-02-tableau-editions.pdf'
D3='obs-s72-03-annuaire-regional.pdf'; D4='obs-s72-04-lettre-president.pdf'
D5='obs-s72-05-programme-journee.pdf'; D6='obs-s72-06-autodiagnostic.pdf'
PU='real-pulse-reach-presentation.pdf'; CA='real-casino-dpef-2018.pdf'
CP='real-cpesr-barometre-esr-2023.pdf'; ED='real-edf-dpef-2018-extrait.pdf'
RC='real-recoop-plaquette.pdf'; TO='real-total-dpef-2018-extrait.pdf'
MI='real-miti-guide-gestion-donnees-recherche-v2.pdf'; ET='real-etalab-documentation-barometre-resultats.pdf'
Q=[]
def q(question, answer, mc, src, page, kind, also=None, follows=None):
    d={'id':'s72%02d'%(len(Q)+1),'question':question,'answer':answer,'must_contain':mc,
       'source':src,'page':page,'kind':kind}
    if also: d['also']=[{'source':s,'page':p} for s,p in also]
    if follows: d['follows']=follows
    Q.append(d)
def u(question, answer, follows=None):
    q(question, answer, [], None, None, 'unanswerable', follows=follows)

# 01
q("L'Observatoire des partenariats a été créé en quelle année ?",
  "En 2008, par la Caisse des Dépôts et Le RAMEAU, en partenariat avec le MEDEF et le Mouvement associatif ; mais des documents plus anciens (étude de janvier 2011, rapport quinquennal du 11 décembre 2012) écrivent « Créé en 2007 ». La réponse doit signaler les deux dates.",
  ["2008","2007"], D1, 1, 'when')
# 02
q("et c'est qui qui s'occupe de la direction scientifique ?",
  "Anne Robin, fondatrice de COMISIS, qui assure la direction scientifique de l'Observatoire bénévolement.",
  ["Anne Robin","COMISIS"], D1, 1, 'who', also=[(D3,2)], follows='s7201')
# 03
q("Quel est le budget total du projet REACH et qui est son principal cofinanceur ?",
  "Le budget total est de 1,638 M€ ; le principal cofinanceur est l'Agence Française de Développement (AFD), pour 800 000 €.",
  ["1,638M€","Agence Française de Développement"], PU, 2, 'figure')
# 04
q("il dure combien de temps ce projet ?",
  "REACH est un projet pluriannuel de 3 ans, de juin 2023 à juin 2026.",
  ["3 ans","juin 2023-juin 2026"], PU, 2, 'when', follows='s7203')
# 05
q("L'enquête 2024 auprès des maires, combien de maires ont répondu et sur quelle période ?",
  "302 maires, interrogés par téléphone du 30 septembre au 28 octobre 2024 (résultats publiés en novembre 2024).",
  ["302","30 septembre","28 octobre 2024"], D2, 2, 'figure', also=[(D5,1)])
# 06
q("et parmi eux, combien trouvent que leur commune bouge ?",
  "91 % jugent leur territoire « en mouvement » : 35 % fortement et 56 % ni plus ni moins.",
  ["91 %","35 %","56 %"], D2, 2, 'figure', also=[(D5,1)], follows='s7205')
# 07
u("et rien que pour la Normandie, ça donne quoi ?",
  "Non disponible : l'enquête 2024 auprès des 302 maires n'est publiée qu'au niveau national (91 % en mouvement) ; aucun résultat régional, ni pour la Normandie (citée seulement pour le 11e rapport régional), n'est donné.",
  follows='s7206')
# 08
q("arpea ca veut dire quoi ?",
  "ARPEA est le premier programme de l'Observatoire (2008-2012, 10 volets) ; son sigle est développé de trois façons selon les sources : « Analyse des Relations et des Partenariats entre Entreprises et Associations », « Analyser les Relations Partenariales entre Entreprises et Associations » et « Analyse des Relations Associations-Entreprises ».",
  ["Analyse des Relations et des Partenariats","Analyser les Relations Partenariales","Relations Associations-Entreprises"], D1, 1, 'definition')
# 09
q("D'après l'étude ARPEA Entreprises & Territoires de janvier 2011, quelle part des entreprises développent des partenariats avec des associations, et quelle part ne le souhaitent pas ?",
  "21 % des entreprises développent des partenariats, 33 % souhaitent en développer et 46 % ne le souhaitent pas.",
  ["21 %","46 %"], D2, 1, 'figure')
# 10
q("Combien Casino a-t-il donné aux banques alimentaires en 2018, en tonnes et en repas ?",
  "Plus de 25 100 tonnes de produits, soit l'équivalent de plus de 50 millions de repas (collecte et ramasse), apportées aux réseaux des banques alimentaires ou structures équivalentes.",
  ["25 100 tonnes","50 millions de repas"], CA, 29, 'figure')
# 11
q("et pour la collecte nationale, c'était combien l'année d'avant ?",
  "2 711 tonnes en 2017 (à périmètre équivalent), contre 3 208 tonnes en 2018.",
  ["2 711 tonnes"], CA, 29, 'figure', follows='s7210')
# 12
q("la charte du faire alliance a ete lancee quand exactement ?",
  "Le mardi 30 novembre 2021, jour du Giving Tuesday, à Saint-Maurice (Paris-Est Marne & Bois), lors de la soirée VitaWin ; certaines annonces, dont associations.gouv.fr, ont mentionné un « mardi 30 septembre ». La réponse doit signaler les deux versions.",
  ["30 novembre 2021","30 septembre"], D4, 1, 'when')
# 13
q("et qui a piloté son écriture, ça a pris combien de temps ?",
  "La co-construction a été pilotée par la Fondation des Territoires (alors en préfiguration) et a duré trois mois.",
  ["Fondation des Territoires","trois mois"], D4, 1, 'who', follows='s7212')
# 14
u("Combien d'associations et d'entreprises ont déjà signé la Charte du faire alliance ?",
  "Non disponible : le corpus raconte la co-construction et le lancement de la Charte (30 novembre 2021, Saint-Maurice) mais ne donne aucun nombre de signataires.")
# 15
q("Le baromètre ESR 2023 de la CPESR, combien de réponses et il a été ouvert quand ?",
  "2460 répondants ont rempli au moins la première partie et 2026 ont finalisé leur réponse ; le baromètre a été ouvert de mars à octobre 2023.",
  ["2460","2026","mars à octobre 2023"], CP, 3, 'figure')
# 16
q("Dans ce baromètre, envers quelles instances la confiance est-elle la plus forte ?",
  "Les directions de composante (51 % de confiance), puis les instances paritaires locales (39 %) et le CNU (31 %) ; à l'inverse, 91 % se défient du MESRI.",
  ["composante (51%","39%"], CP, 5, 'list')
# 17
q("le fonds odd 17 il a quel budget et combien de catalyseurs ?",
  "Il est doté de 1,5 M€ pour une expérimentation sur 3 ans et s'appuie sur 350 « catalyseurs territoriaux ».",
  ["1,5 M€","350"], D4, 2, 'figure')
# 18
q("Il a été créé quand, et avec qui ?",
  "Le Fonds ODD 17 a été co-créé en 2020 par Le RAMEAU et la Fondation TotalEnergies.",
  ["2020","Fondation TotalEnergies"], D4, 2, 'when', also=[(D3,2)], follows='s7217')
# 19
q("Qui préside le Conseil scientifique d'EDF ?",
  "Sébastien Candel, Président de l'Académie des Sciences.",
  ["Sébastien Candel"], ED, 3, 'who')
# 20
q("Combien de fois le Conseil scientifique d'EDF s'est-il réuni en 2018, et sur quels thèmes ?",
  "À trois reprises, sur les applications de l'hydrogène, la physique quantique et les orientations de la R&D d'EDF.",
  ["trois reprises","hydrogène"], ED, 3, 'figure')
# 21
u("le rameau y a combien de salaries ?",
  "Non disponible : le corpus donne la création de Le RAMEAU (2006), son président-fondateur et sa directrice générale, ses expérimentations auprès de plus de 500 organisations, mais pas son nombre de salariés.")
# 22
q("Quels sont les six volets du programme PHARE ?",
  "PHARE-Citoyens (septembre 2015), PHARE-Entreprises (octobre 2015), PHARE-Associations (novembre 2015), 13 rapports régionaux (2016), diagnostics sectoriels (juillet 2016) et PHARE-Institutions (automne 2016, publié le 29 novembre 2016).",
  ["PHARE-Citoyens","Diagnostics sectoriels","PHARE-Institutions"], D1, 2, 'list')
# 23
q("Dans PHARE-Citoyens, quelle note les Français donnent-ils à la sécurité ?",
  "6,6/10 ; mais une autre restitution de la même enquête attribue 7/10 à la sécurité. Les deux valeurs doivent être données.",
  ["6,6","7/10"], D1, 2, 'figure')
# 24
q("phare c'etait de quand a quand ?",
  "Le plan PHARE est daté de 2013-2018, mais d'autres sources (page « Le cheminement », présentation du programme d'études) indiquent 2013-2017.",
  ["2013-2018","2013-2017"], D1, 2, 'when')
# 25
q("et celui d'après, il a démarré quand ?",
  "Le plan suivant, IMPACT, a été lancé en novembre 2017 et couvre la période 2018-2022.",
  ["novembre 2017","2018-2022"], D1, 3, 'when', also=[(D5,1)], follows='s7224')
# 26
q("Avec quels partenaires le programme IMPACT est-il mené ?",
  "Avec la Caisse des Dépôts, l'Institut CDC pour la Recherche, le Groupe La Poste, la Fondation TOTAL et Le RAMEAU.",
  ["Institut CDC pour la Recherche","Groupe La Poste","Fondation TOTAL"], D1, 3, 'list')
# 27
q("re-co c koi ses types d'intervention ?",
  "Quatre types d'intervention sur des espaces urbains constructibles : la rénovation, la surélévation, la complémentation et la réaffectation.",
  ["rénovation","surélévation","complémentation","réaffectation"], RC, 2, 'list')
# 28
q("Qui sont les membres fondateurs de la coopérative Re-Co ?",
  "Antoine Girardin, Grégoire Henrioud, Mélanie Rouge, Marie Sigrist, Lucas Uhlmann, Elliot Vaucher et Marie-Pascale Wellinger ; ensemble, ils constituent la direction de la coopérative.",
  ["Antoine Girardin","Marie Sigrist","Elliot Vaucher"], RC, 4, 'list')
# 29
u("Et lequel d'entre eux est le trésorier ?",
  "Non disponible : la plaquette liste les membres fondateurs et leurs métiers et dit qu'ils forment ensemble la direction, mais n'attribue aucune fonction de trésorier.",
  follows='s7228')
# 30
q("La Fondation des Territoires a été créée quand, et elle a combien de co-fondateurs ?",
  "Le 14 juin 2022, sous l'égide de la Fondation de Lille (après une préfiguration lancée en juillet 2018) ; elle compte 21 co-fondateurs.",
  ["14 juin 2022","21 co-fondateurs"], D3, 2, 'when', also=[(D5,2)])
# 31
u("vous avez son numéro de téléphone ?",
  "Non disponible : l'annuaire ne donne volontairement aucun numéro de téléphone ; la fiche de la Fondation des Territoires renvoie seulement à un formulaire en ligne.",
  follows='s7230')
# 32
q("Combien de territoires participent au parcours d'expérience lancé par le CGET et Le RAMEAU ?",
  "11 territoires pionniers, accompagnés pendant 18 mois (1re session le 3 mai) ; une autre présentation parle de « CGET et 10 territoires pilotes ». Les deux chiffres doivent être signalés.",
  ["11 territoires pionniers","10 territoires pilotes"], D3, 2, 'figure')
# 33
q("De combien Total veut-il faire baisser l'empreinte carbone de l'énergie vendue à ses clients d'ici 2030 ?",
  "L'ambition est de réduire de 15 % l'intensité carbone des produits énergétiques utilisés par ses clients entre 2015 et 2030 ; elle est passée de 75 à 71 g CO2/kBtu entre 2015 et 2018.",
  ["15 %","71 g CO2/kBtu"], TO, 5, 'figure')
# 34
q("C'est quoi le GEEI chez Total et quel objectif vise-t-il pour 2020 ?",
  "Le Group Energy Efficiency Index, indice d'efficacité énergétique créé début 2013 (combinaison de ratios d'intensité énergétique, base 100 en 2010) ; l'objectif est d'atteindre 90,4 en 2020, objectif atteint depuis 2017.",
  ["Group Energy Efficiency Index","90,4"], TO, 6, 'definition')
# 35
q("En 2018, à combien s'élevaient les émissions de GES (scopes 1 et 2) des installations oil & gas opérées par Total ?",
  "42 Mt CO2e en 2018, contre 46 Mt CO2e en 2015 ; l'objectif est de passer sous 40 Mt CO2e en 2025.",
  ["42 Mt CO2e"], TO, 5, 'figure')
# 36
q("Une asso avec un gros budget, genre plus de 150 000 €, a-t-elle plus de chances d'avoir une entreprise partenaire qu'une petite ?",
  "Oui : 50 % des associations dont le budget dépasse 150 000 € ont un partenariat avec une entreprise, contre 20 % de celles dont le budget est inférieur à 10 000 €.",
  ["50 %","20 %"], D6, 2, 'figure')
# 37
q("c quoi les territoires pilotes de agir ensemble en territoire ?",
  "L'Alsace (avec Alsace Active), le Poitou-Charentes (avec le Groupe La Poste) et Paris-Est Marne & Bois ; la démarche a été initiée en 2010 après l'étude ARPEA-Collectivités locales.",
  ["Alsace Active","Poitou-Charentes","Paris-Est Marne"], D4, 1, 'list', also=[(D1,2)])
# 38
q("Quelle part des associations citent une collectivité parmi leurs partenaires ?",
  "89 % selon l'étude IMPACT – Associations & Territoires (associations employeuses) ; 74 % selon l'enquête Recherches & Solidarités et Le RAMEAU publiée en mars 2017. Les deux chiffres, qui ne portent pas sur la même population, doivent être donnés.",
  ["89 %","74 %"], D2, 2, 'figure', also=[(D2,3)])
# 39
q("au test d'autodiagnostic j'ai 7 points, ca veut dire quoi ?",
  "7 points se situe dans la tranche « de 6 à 10 points : une dynamique engagée » : l'association a un socle de partenaires et l'enjeu est désormais de piloter (objectifs communs, bilan annuel, partage des résultats).",
  ["De 6 à 10 points","dynamique engagée"], D6, 3, 'definition')
# 40
q("Pour quels objets les associations nouent-elles des partenariats, avec quels pourcentages ?",
  "Mécénat 75 %, innovation sociétale 73 %, pratiques responsables 70 % et coopération économique 58 %.",
  ["mécénat 75 %","innovation sociétale 73 %","coopération économique 58 %"], D6, 1, 'list')
# 41
q("c koi les principes fair ?",
  "Un ensemble de principes directeurs pour rendre les données de la recherche Faciles à trouver, Accessibles, Interopérables et Réutilisables, par les humains et les machines.",
  ["Faciles à trouver","Réutilisables"], MI, 19, 'definition', also=[(MI,6)])
# 42
q("Les principes FAIR ont été publiés quand, et dans quelle revue ?",
  "En mars 2016, dans la revue Scientific Data (principes énoncés initialement par le groupe de travail FORCE 11).",
  ["mars 2016","Scientific Data"], MI, 19, 'when')
# 43
q("Quelle ministre a demandé un état des lieux des partenariats associations-entreprises, et quand le rapport est-il sorti ?",
  "Valérie Fourneyron ; le rapport a été publié au début de l'année 2014.",
  ["Valérie Fourneyron","2014"], D1, 2, 'who')
# 44
q("France Services c'est quoi, et qui consolide les labellisations ?",
  "Un nouveau modèle d'accès aux services publics permettant d'être accueilli dans un lieu unique pour ses démarches du quotidien ; les résultats des audits sont consolidés par la direction de programme à l'Agence nationale de la cohésion des territoires.",
  ["lieu unique","Agence nationale de la cohésion des territoires"], ET, 69, 'definition')
# 45
u("Le 5e webinaire « l'ODD 17 en pratique », il commençait à quelle heure ?",
  "Non disponible : le corpus date ce webinaire du 26 novembre mais n'en donne pas l'heure (les horaires publiés sont ceux de la journée d'étude, sans rapport).")
# 46
q("c qui qui anime la table ronde sur le droit de l'alliance ?",
  "Claire Dumas, journaliste, anime la table ronde « Du rapport ministériel au droit de l'alliance ».",
  ["Claire Dumas","journaliste"], D5, 2, 'who')
# 47
q("L'atelier sur l'ODD 17 pendant la journée d'étude, c'est à quelle heure et dans quelle salle ?",
  "Atelier C, de 14 h 45 à 16 h, en Salle Horizon (l'atelier D a lieu au même moment en Salle 2.14).",
  ["14 h 45","Salle Horizon"], D5, 2, 'when')
# 48
q("et l'ODD 17, il compte combien de cibles ?",
  "19 cibles, selon la note du Comité 21 « ODD 17 : Sens, décryptages, déclinaisons » (5 juillet).",
  ["19 cibles"], D5, 2, 'figure', follows='s7247')
# 49
q("Que signifie le sigle M.E.D.O.C. ?",
  "Méthodes, Exemples, Données, Outils, Compétences : la plateforme de ressources sur l'ODD 17 (www.odd17.org).",
  ["Exemples, Données, Outils"], D3, 2, 'definition', also=[(D5,2)])
# 50
q("Le rapport de la mission ministérielle a été remis quand, et qui l'avait commandé ?",
  "Le 7 mai 2020 ; la mission avait été confiée lors du FNAF 2019 par Gabriel Attal à Cathy Racon-Bouzon et Charles-Benoît Heidsieck (bilan le 17 octobre 2020).",
  ["7 mai 2020","Gabriel Attal"], D4, 2, 'when')
# 51
q("Quelle proportion de Français reconnaissent un « devoir d'alliance » ?",
  "69 % selon PHARE-Citoyens (2015) ; 81 % dans la mesure publiée pendant le programme IMPACT (2018-2022). Les deux valeurs, de deux éditions, doivent être données.",
  ["69 %","81 %"], D2, 1, 'figure', also=[(D2,3)])
# 52
q("Dans l'enquête de 2024 auprès des maires, les répondants viennent-ils surtout de petites communes ?",
  "Oui : 84 % des répondants exercent dans des communes de moins de 2 000 habitants.",
  ["84 %","2 000 habitants"], D2, 3, 'figure')
# 53
q("Les maires trouvent-ils leur territoire engagé, et savent-ils piloter ces démarches ?",
  "76 % des maires jugent leur territoire engagé, mais 46 % disent ne pas savoir piloter.",
  ["76 %","46 %"], D1, 3, 'figure', also=[(D2,2),(D6,2)])
# 54
q("D'après la note du 29 février 2016, quelle part des associations et des entreprises sont engagées dans des partenariats ?",
  "38 % des associations (53 % des associations employeuses) et 37 % des entreprises d'au moins 10 salariés.",
  ["38 %","53 %","37 %"], D6, 3, 'figure')
# 55
q("casino il a verse combien au titre de la solidarite en 2018 ?",
  "86 455 K€ (dons et fondations) en 2018, contre 77 959 K€ en 2017, soit + 11 %.",
  ["86 455"], CA, 62, 'figure')
# 56
q("Combien EDF met-il dans la protection de l'environnement sur son budget de recherche en France ?",
  "100,2 millions d'euros, soit 20 % de son budget R&D en France (dépenses totales de R&D du Groupe : 711 millions d'euros).",
  ["100,2 millions","20 %"], ED, 6, 'figure')
# 57
q("L'étude IMPACT Fondations & Territoires a interrogé combien de fondations, et elle est sortie quand ?",
  "42 fondations interrogées ; étude publiée le 23 septembre.",
  ["42 fondations","23 septembre"], D5, 2, 'figure', also=[(D6,3)])
# 58
q("Combien d'OSC intermédiaires le projet REACH prévoit-il de former, et comment se répartissent-elles ?",
  "50 OSC intermédiaires : 30 par Jógjëf (Sénégal) et 20 par Oribi (Afrique du Sud).",
  ["50 OSC intermédiaires","Oribi : 20"], PU, 7, 'figure')
# 59
u("Sur le budget de REACH, quelle part va au Sénégal ?",
  "Non disponible : la présentation donne le budget total (1,638 M€) et l'apport de l'AFD (800 000 €), mais aucune ventilation par pays.")
# 60
q("Qui a dirigé l'enquête du baromètre de la CPESR ?",
  "Julien Gossa ; l'analyse OpenAI a été effectuée par Jacques Haiech.",
  ["Julien Gossa"], CP, 28, 'who')

assert len(Q)==60, len(Q)
with open('/work/blind/notes-s72/questions.jsonl','w',encoding='utf-8') as f:
    for d in Q: f.write(json.dumps(d, ensure_ascii=False)+'\n')
print('ok', len(Q))
