#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Ecrit questions.jsonl du jeu s71 (ordre fixe, ids s7101..s7160)."""
import json
import sys

D1 = 'obs-s71-01-entretien-responsable-etudes.pdf'
D2 = 'obs-s71-02-convention-fonds-odd17.pdf'
D3 = 'obs-s71-03-resultats-question-par-question.pdf'
D4 = 'obs-s71-04-journal-echo-des-alliances.pdf'
D5 = 'obs-s71-05-discours-ouverture-rencontres.pdf'
D6 = 'obs-s71-06-affiche-chiffres-cles.pdf'
CAS = 'real-casino-dpef-2018.pdf'
TOT = 'real-total-dpef-2018-extrait.pdf'
EDF = 'real-edf-dpef-2018-extrait.pdf'
CPE = 'real-cpesr-barometre-esr-2023.pdf'
ETA = 'real-etalab-documentation-barometre-resultats.pdf'
MIT = 'real-miti-guide-gestion-donnees-recherche-v2.pdf'
PUL = 'real-pulse-reach-presentation.pdf'
REC = 'real-recoop-plaquette.pdf'


def also(*pairs):
    return [{'source': s, 'page': p} for s, p in pairs]


Q = []


def q(question, answer, must, source, page, kind, follows=None, also_=None):
    d = {'question': question, 'answer': answer, 'must_contain': must, 'source': source, 'page': page,
         'kind': kind}
    if also_:
        d['also'] = also_
    if follows:
        d['follows'] = follows
    Q.append(d)
    return 's71%02d' % len(Q)


def u(question, answer):
    Q.append({'question': question, 'answer': answer, 'must_contain': [], 'source': None, 'page': None,
              'kind': 'unanswerable'})
    return 's71%02d' % len(Q)


# 01
a = q("En quelle année l'Observatoire des partenariats a-t-il été créé, et par qui ?",
      "Il a été créé en 2008 par la Caisse des Dépôts et Le RAMEAU (en partenariat avec le MEDEF et le "
      "Mouvement associatif) ; des documents plus anciens (ARPEA Entreprises & Territoires 2011, rapport "
      "quinquennal 2012) indiquent toutefois « créé en 2007 ». Les deux versions doivent être données.",
      ["2008", "2007", "Caisse des Dépôts"], D1, 1, 'when', also_=also((D1, 2)))
# 02
q("et c qui qui s'occupe de la direction scientifique ?",
  "La direction scientifique de l'Observatoire est assurée, bénévolement, par Anne Robin, fondatrice de COMISIS.",
  ["Anne Robin", "COMISIS"], D1, 1, 'who', follows=a)
# 03
q("arpea ca veut dire quoi au juste",
  "Le sigle a trois développements selon les supports : « Analyse des Relations et des Partenariats entre "
  "Entreprises et Associations », « Analyser les Relations Partenariales entre Entreprises et Associations » "
  "et « Analyse des Relations Associations-Entreprises ». C'est le programme 2008-2012 (dix volets).",
  ["Relations et des Partenariats", "Relations Partenariales", "Relations Associations-Entreprises"], D1, 1,
  'definition')
# 04
a = q("Quels étaient les six volets du programme PHARE ?",
      "Citoyens (sept. 2015), Entreprises (oct. 2015), Associations (nov. 2015), treize rapports régionaux "
      "(2016), diagnostics sectoriels (juillet 2016) et Institutions (automne 2016).",
      ["Citoyens", "treize rapports régionaux", "diagnostics sectoriels"], D1, 1, 'list')
# 05
q("Et le dernier de ces volets, il est sorti quand, et il distinguait combien de profils de maires ?",
  "PHARE-Institutions est paru le 29 novembre 2016 ; il distinguait cinq profils de maires.",
  ["29 novembre 2016", "cinq profils"], D1, 2, 'when', follows=a, also_=also((D6, 2)))
# 06
u("C'est quoi le numéro de téléphone de l'Observatoire des partenariats ?",
  "Aucun numéro de téléphone n'est donné : le verso de l'affiche renvoie seulement à un formulaire en ligne "
  "(observatoire-des-partenariats.fr/contact-affiche). L'assistant doit le dire et ne pas inventer de numéro.")
# 07
q("Selon ARPEA, quelle proportion de Français jugeait urgent de créer des partenariats en 2008, puis en 2012 ?",
  "86 % des Français en 2008 et 84 % en 2012 jugeaient urgent de créer des partenariats.",
  ["86 %", "84 %"], D1, 2, 'figure')
# 08
q("Qui a commandé le rapport d'état des lieux sur les partenariats entre associations et entreprises, et "
  "quand est-il paru ?",
  "La ministre Valérie Fourneyron l'a demandé ; il a été publié début 2014.",
  ["Valérie Fourneyron", "2014"], D1, 2, 'who')
# 09
a = q("Le Fonds ODD 17 est doté de combien, et pour quelle durée d'expérimentation ?",
      "Il est doté de 1,5 M€ pour une expérimentation sur 3 ans (fonds co-créé en 2020 par Le RAMEAU et la "
      "Fondation TotalEnergies).",
      ["1,5 M€", "3 ans"], D2, 1, 'figure', also_=also((D4, 1), (D6, 1), (D6, 2)))
# 10
q("medoc c koi exactement",
  "M.E.D.O.C. désigne les ressources de la plateforme www.odd17.org, en cinq familles : Méthodes, Exemples, "
  "Données, Outils, Compétences.",
  ["Méthodes", "Données", "Compétences"], D2, 1, 'definition', also_=also((D2, 3), (D6, 2)))
# 11
q("Qui signe la convention du Fonds ODD 17 pour Le RAMEAU ?",
  "Charles-Benoît Heidsieck, président-fondateur de Le RAMEAU (avec un contreseing de Laurence Weber, "
  "directrice générale).",
  ["Charles-Benoît Heidsieck"], D2, 2, 'who')
# 12
q("Quels sont les types de partenaires des associations dans l'enquête Associations & Partenariats, avec "
  "leurs pourcentages ?",
  "Collectivités territoriales 74 %, autres associations ou fondations 72 %, établissements d'enseignement "
  "47 %, entreprises 28 %, structures d'insertion 22 %, organismes de recherche 9 %.",
  ["74 %", "72 %", "28 %", "9 %"], D3, 1, 'list')
b = 's71%02d' % len(Q)
# 13
q("et elle a été faite quand, auprès de combien de personnes ?",
  "L'enquête a été menée en mai-juin 2016 (publiée en mars 2017) auprès de plus de 1 380 responsables "
  "associatifs.",
  ["2016", "1 380"], D3, 1, 'when', follows=b)
# 14
q("les assos qui ont un gros budget elles bossent plus avec les entreprises ?",
  "Oui : 50 % des associations dont le budget dépasse 150 000 € ont un partenariat avec une entreprise, "
  "contre 20 % de celles de moins de 10 000 €.",
  ["50 %", "20 %"], D3, 1, 'figure')
# 15
u("Combien d'associations ont répondu à l'étude IMPACT – Associations & Territoires ?",
  "Le nombre de répondants n'est pas publié : la base indique « effectif de l'échantillon non repris dans ce "
  "cahier ». Les 148 000 associations employeuses sont l'univers de l'étude, pas l'échantillon ; "
  "l'assistant ne doit pas les donner comme nombre de répondants.")
# 16
q("Dans l'étude IMPACT – Associations & Territoires, quelle part des associations employeuses ont des "
  "partenariats, et combien d'associations employeuses l'étude couvre-t-elle ?",
  "98 % des associations employeuses ont des partenariats ; l'univers de l'étude est de 148 000 associations "
  "employeuses.",
  ["98 %", "148 000"], D3, 1, 'figure', also_=also((D6, 1), (D6, 2)))
# 17
q("Sous quelles formes les associations travaillent-elles avec les entreprises d'après IMPACT, et dans "
  "quelles proportions ?",
  "Mécénat 75 %, innovation sociétale 73 %, pratiques responsables 70 %, coopération économique 58 %.",
  ["75 %", "73 %", "70 %", "58 %"], D3, 2, 'list')
# 18
a = q("Combien de maires ont été sondés pour IMPACTS & TRAJECTOIRES – Élus locaux, et comment ?",
      "302 maires, interrogés par téléphone du 30 septembre au 28 octobre 2024.",
      ["302", "téléphone"], D3, 2, 'figure')
# 19
q("et ils sont combien a dire que leur territoire bouge",
  "91 % des maires disent leur territoire en mouvement : 35 % fortement et 56 % ni plus ni moins.",
  ["91 %", "35 %", "56 %"], D3, 2, 'figure', follows=a)
# 20
q("Quelle note les Français donnent-ils à la sécurité dans PHARE-Citoyens ?",
  "Les sources divergent : 6,6/10 selon une publication, 7/10 selon une autre ; la réponse doit donner les deux.",
  ["6,6", "7/10"], D3, 2, 'figure')
# 21
a = q("Quand et où la Charte du faire alliance a-t-elle été lancée ?",
      "Le 30 novembre 2021, jour du Giving Tuesday, lors d'une soirée avec VitaWin à Saint-Maurice "
      "(Paris-Est Marne & Bois) ; une annonce sur un site ministériel évoquait toutefois le « mardi 30 "
      "septembre ». Les deux dates doivent être mentionnées.",
      ["30 novembre 2021", "Saint-Maurice", "30 septembre"], D4, 1, 'when')
# 22
u("À quelle heure a commencé la soirée de lancement de la Charte du faire alliance ?",
  "L'heure n'est indiquée nulle part : seuls le jour (30 novembre 2021, ou « mardi 30 septembre » selon une "
  "annonce) et le lieu (Saint-Maurice) sont donnés.")
# 23
q("Qui en a piloté la co-construction, et ça a pris combien de temps ?",
  "La Fondation des Territoires a piloté trois mois de co-construction.",
  ["Fondation des Territoires", "trois mois"], D4, 1, 'who', follows=a, also_=also((D4, 3)))
# 24
a = q("La Fondation des Territoires a été créée quand, sous l'égide de qui, et avec combien de co-fondateurs ?",
      "Le 14 juin 2022, sous l'égide de la Fondation de Lille, avec 21 co-fondateurs (après une préfiguration "
      "lancée en juillet 2018).",
      ["14 juin 2022", "Fondation de Lille", "21"], D4, 1, 'when', also_=also((D6, 2)))
# 25
q("c quoi les 3 territoires pilotes de agir ensemble en territoire",
  "Alsace (avec Alsace Active), Poitou-Charentes (avec le Groupe La Poste) et Paris-Est Marne & Bois.",
  ["Alsace", "Poitou-Charentes", "Paris-Est Marne & Bois"], D4, 2, 'list')
b = 's71%02d' % len(Q)
# 26
q("elle a demarre en quelle annee cette demarche ?",
  "En 2010, après l'étude ARPEA-Collectivités locales (Comisis-OpinionWay).",
  ["2010"], D4, 2, 'when', follows=b)
# 27
q("Le rapport de la mission confiée par Gabriel Attal, il a été remis quand, et à qui la mission avait-elle "
  "été confiée ?",
  "Le rapport a été remis le 7 mai 2020 ; la mission (FNAF 2019) avait été confiée à Cathy Racon-Bouzon et "
  "Charles-Benoît Heidsieck. Un bilan a suivi le 17 octobre 2020.",
  ["7 mai 2020", "Cathy Racon-Bouzon", "Charles-Benoît Heidsieck"], D4, 2, 'when')
# 28
q("y a combien de territoires dans le parcours du cget avec le rameau ?",
  "11 territoires pionniers sur 18 mois selon une source, mais une autre présentation parle de 10 territoires "
  "pilotes ; il faut donner les deux.",
  ["11 territoires", "10 territoires"], D4, 2, 'figure', also_=also((D6, 2)))
# 29
q("Le 11e rapport régional de l'Observatoire portait sur quelle région, et il est paru quand ?",
  "Sur la Normandie ; il est paru le 26 novembre.",
  ["Normandie", "26 novembre"], D4, 3, 'when')
# 30
u("Qui est le trésorier de la Fondation des Territoires ?",
  "Non précisé : on connaît sa date de création, la Fondation de Lille et ses 21 co-fondateurs, mais la "
  "composition de son bureau n'est pas publiée (le journal le dit explicitement).")
# 31
q("Combien de fondations ont été interrogées pour l'étude IMPACT Fondations & Territoires, et quand "
  "a-t-elle été publiée ?",
  "42 fondations ; l'étude a été publiée le 23 septembre.",
  ["42", "23 septembre"], D4, 3, 'figure', also_=also((D6, 2)))
# 32
a = q("D'après le discours d'ouverture, quelle part des Français voient dans les partenariats une source "
      "d'innovation ?",
      "74 % des Français ; l'orateur signale qu'une autre édition des résultats indique 69 % des citoyens. "
      "Les deux chiffres doivent apparaître.",
      ["74 %", "69 %"], D5, 1, 'figure')
# 33
q("devoir, besoin, envie d'alliance : c'est quoi les 3 chiffres ?",
  "81 % des Français parlent d'un « devoir d'alliance », 92 % des maires d'un « besoin d'alliance » et 84 % "
  "des dirigeants d'entreprises d'une « envie d'alliance ».",
  ["81 %", "92 %", "84 %"], D5, 1, 'figure', also_=also((D4, 2), (D2, 2)))
# 34
q("Le RAMEAU a mené des expérimentations auprès de combien d'organisations, et depuis quand ?",
  "Auprès de plus de 500 organisations, depuis 2006.",
  ["500", "2006"], D6, 1, 'figure', also_=also((D5, 1), (D2, 1), (D2, 2), (D6, 2)))
# 35
q("Quels organismes conduisent le programme IMPACT ?",
  "La Caisse des Dépôts, l'Institut CDC pour la Recherche, le Groupe La Poste, la Fondation TOTAL et Le RAMEAU.",
  ["Caisse des Dépôts", "Institut CDC pour la Recherche", "Groupe La Poste", "Fondation TOTAL"], D5, 2, 'list',
  also_=also((D1, 2), (D2, 3)))
# 36
u("Combien de salariés compte Le RAMEAU ?",
  "L'effectif n'est donné nulle part : on sait seulement que Le RAMEAU est une association d'intérêt général "
  "créée en 2006, qu'elle a recensé plus de 1 000 exemples et mené des expérimentations auprès de plus de 500 "
  "organisations. Ces chiffres ne sont pas des effectifs salariés.")
# 37
q("Selon la note du 29 février 2016, quelle part des associations employeuses est engagée ?",
  "53 % des associations employeuses (contre 38 % de l'ensemble des associations, 37 % des entreprises de "
  "10 salariés et plus et 65 % des pionniers).",
  ["53 %"], D6, 2, 'figure')
# 38
q("Dans l'étude ARPEA Entreprises & Territoires de 2011, quelle part des entreprises développent des "
  "partenariats, et quelle part ne le souhaitent pas ?",
  "21 % des entreprises développent des partenariats ; 46 % ne le souhaitent pas (33 % souhaitent le faire).",
  ["21 %", "46 %"], D6, 2, 'figure')
# 40
u("Combien d'argent le Fonds ODD 17 verse-t-il la première année ?",
  "Non précisé : seule la dotation totale de 1,5 M€ sur 3 ans est donnée, et la convention précise qu'aucun "
  "échéancier annuel n'est fixé. L'assistant ne doit pas diviser 1,5 M€ par trois.")
# 41 --- documents reels
a = q("En 2018, combien de tonnes de produits le groupe Casino a-t-il apportées aux banques alimentaires, et "
      "à combien de repas cela correspond-il ?",
      "Plus de 25 100 tonnes de produits, soit l'équivalent de plus de 50 millions de repas.",
      ["25 100 tonnes", "50 millions de repas"], CAS, 29, 'figure')
# 42
q("et depuis quand ils aident la ffba ?",
  "Le Groupe accompagne la Fédération française des banques alimentaires depuis 2009 (partenariat renouvelé "
  "en 2019 pour trois ans).",
  ["FFBA", "2009"], CAS, 29, 'when', follows=a, also_=also((CAS, 57)))
# 43
q("l'arrondi en caisse chez franprix ca a rapporte combien et avec qui ?",
  "Plus d'un million d'euros de dons ont été collectés, via un partenariat lancé en 2011 avec l'entreprise "
  "sociale et solidaire MicroDON.",
  ["MicroDON", "un million d'euros"], CAS, 31, 'figure')
# 44
q("Combien de projets associatifs la Fondation Monoprix a-t-elle financés en 2018, et pour quel montant ?",
  "19 projets associatifs, pour près de 276 000 euros.",
  ["19 projets", "276 000 euros"], CAS, 31, 'figure')
# 45
q("Avec quelle fondation TOTAL a-t-il signé un accord pour compenser les vols en avion de ses salariés, et "
  "combien de biodigesteurs sont prévus ?",
  "Avec la Fondation GoodPlanet (accord signé en 2017, sur 10 ans) ; le programme repose sur 8 400 "
  "biodigesteurs en Inde.",
  ["GoodPlanet", "8 400 biodigesteurs"], TOT, 3, 'figure')
# 46
q("Quel prix du CO2 TOTAL intègre-t-il dans l'évaluation économique de ses investissements ?",
  "Un prix long terme de 30 à 40 $/t selon le prix du brut (ou le prix en vigueur s'il est plus élevé dans un "
  "pays).",
  ["30 à", "40 $/t"], TOT, 4, 'figure')
# 47
q("c quoi la note CDP de total ?",
  "TOTAL a obtenu la note A- au questionnaire CDP Climate Change (reporting 2018 portant sur 2017).",
  ["A-", "CDP"], TOT, 6, 'figure')
# 48
u("Dans l'enquête élus locaux de 2024, quelle part des maires de Normandie disent que leur territoire est en "
  "mouvement ?",
  "Aucune ventilation régionale n'est publiée pour cette vague (le cahier le précise) ; seul le total national "
  "(91 % sur 302 maires) est connu. La Normandie n'apparaît qu'à propos du 11e rapport régional.")
# 49
a = q("Qui préside le Conseil scientifique d'EDF, et combien de fois s'est-il réuni en 2018 ?",
      "Sébastien Candel, président de l'Académie des sciences ; le conseil s'est réuni à trois reprises en 2018.",
      ["Sébastien Candel", "trois reprises"], EDF, 3, 'who')
# 50
q("Et leur Conseil des générations futures, il a été créé quand et avec qui ?",
  "En 2017, en partenariat avec Usbek & Rica.",
  ["2017", "Usbek & Rica"], EDF, 3, 'when', follows=a)
# 51
a = q("Combien de personnes ont répondu au baromètre de l'ESR 2023 ?",
      "2460 répondants ont rempli au moins la première partie, et 2026 ont finalisé leur réponse.",
      ["2460", "2026"], CPE, 3, 'figure')
# 52
q("et c'etait ouvert quand ?",
  "Le baromètre a été ouvert de mars à octobre 2023.",
  ["mars à octobre 2023"], CPE, 3, 'when', follows=a)
# 53
q("dans le barometre esr, a quelle instance les repondants font le moins confiance ?",
  "Au MESRI (ministère) : 91 % de défiance, devant l'État (89 %).",
  ["MESRI", "91%"], CPE, 5, 'who')
# 54
q("Qui centralise au niveau national les effectifs de rentrée pour le dédoublement des classes en REP ?",
  "La DGESCO, après une saisie au niveau académique.",
  ["DGESCO"], ETA, 6, 'who')
# 55
q("Pour « Devoirs faits », l'indicateur du baromètre de l'action publique mesure quoi ?",
  "La part de collégiens bénéficiant du dispositif, c'est-à-dire le pourcentage de collégiens inscrits au "
  "programme au cours de l'année scolaire.",
  ["collégiens bénéficiant du dispositif"], ETA, 7, 'definition')
# 56
a = q("c koi un PGD",
      "Un Plan de Gestion de Données (Data Management Plan, DMP) : document formalisé, souvent livrable de "
      "projet, qui explique comment les données seront obtenues, documentées, analysées, disséminées et "
      "utilisées pendant et après un projet de recherche.",
      ["Plan de Gestion de Données", "Data Management Plan"], MIT, 28, 'definition')
# 57
q("Et l'ANR le demande pour quels projets ?",
  "Pour les projets financés à partir de 2019 ; le PGD est désormais un livrable de tout projet financé par "
  "l'ANR.",
  ["ANR", "2019"], MIT, 14, 'when', follows=a)
# 58
q("Que signifie FAIR, et quand ces principes ont-ils été publiés ?",
  "Faciles à trouver, Accessibles, Interopérables et Réutilisables ; principes publiés en mars 2016 dans la "
  "revue Scientific Data.",
  ["Interopérables", "Réutilisables", "mars 2016"], MIT, 19, 'definition')
# 59
a = q("Le projet REACH coûte combien au total, et qui est son principal cofinanceur ?",
      "Budget total de 1,638 M€ ; principal cofinanceur : l'Agence Française de Développement (800 000 €).",
      ["1,638M€", "Agence Française de Développement"], PUL, 2, 'figure')
# 60
a = q("re-co c'est base ou ?",
      "Re-Co, société coopérative d'habitation, est basée à Lausanne (Av. de Morges 63, CH-1004 Lausanne).",
      ["Lausanne", "Morges"], REC, 1, 'who')
# 61
q("et ca fait quoi comme types d'intervention ?",
  "Quatre types d'intervention sur des espaces constructibles en zone urbaine : la rénovation, la "
  "surélévation, la complémentation et la réaffectation.",
  ["rénovation", "surélévation", "complémentation", "réaffectation"], REC, 2, 'list', follows=a)

assert len(Q) == 60, len(Q)
out = sys.argv[1]
with open(out, 'w', encoding='utf-8') as fh:
    for i, d in enumerate(Q, 1):
        rec = {'id': 's71%02d' % i}
        rec.update(d)
        fh.write(json.dumps(rec, ensure_ascii=False) + '\n')
print('ecrit', out, len(Q))
