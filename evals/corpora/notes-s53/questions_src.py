#!/usr/bin/env python3
"""Source of questions.jsonl (s53). Writes questions.jsonl and prints the counts.

Each entry: (kind, question, answer, must_contain, source, page, tags)
tags: F = follow-up of the previous question, C = everyday citizen wording,
      M = multi-part, X = conflict / two versions expected in the answer.
Tags are not written to the JSONL (exact key set); they feed the counts of the README.
"""
import collections
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
D1 = "obs-s53-01-fiche-repere-collectivites.pdf"
D2 = "obs-s53-02-bulletin-veille-fondations.pdf"
D3 = "obs-s53-03-rapport-engagement-entreprises.pdf"
D4 = "obs-s53-04-diaporama-associations-territoires.pdf"
D5 = "obs-s53-05-lettre-jalons-observatoire.pdf"
CAS = "real-casino-dpef-2018.pdf"
TOT = "real-total-dpef-2018-extrait.pdf"
EDF = "real-edf-dpef-2018-extrait.pdf"
CPE = "real-cpesr-barometre-esr-2023.pdf"
ETA = "real-etalab-documentation-barometre-resultats.pdf"
MIT = "real-miti-guide-gestion-donnees-recherche-v2.pdf"
PUL = "real-pulse-reach-presentation.pdf"
REC = "real-recoop-plaquette.pdf"
U = "unanswerable"

Q = [
    # 01
    ("figure", "cest combien de maires qui ont repondu a lenquete impacts et trajectoires 2024 et ils ont ete interroges comment ?",
     "L'enquête IMPACTS & TRAJECTOIRES – Élus locaux (novembre 2024) porte sur 302 maires, interrogés par téléphone.",
     ["302 maires", "téléphone"], D1, 3, "CM"),
    ("when", "Et le terrain s'est déroulé sur quelle période ?",
     "Les maires ont été interrogés du 30 septembre au 28 octobre 2024.",
     ["30 septembre", "28 octobre 2024"], D1, 3, "F"),
    ("who", "Le Fonds ODD 17 : qui l'a co-créé, en quelle année, et avec quelle dotation ?",
     "Le Fonds ODD 17 a été co-créé en 2020 par Le RAMEAU et la Fondation TotalEnergies ; il est doté de 1,5 M€ pour une expérimentation sur trois ans.",
     ["Fondation TotalEnergies", "2020", "1,5 M€"], D2, 1, "M"),
    ("figure", "et ca s'appuie sur combien de catalyseurs ?",
     "Le Fonds ODD 17 mobilise 350 « catalyseurs territoriaux ».",
     ["350"], D2, 1, "FC"),
    ("figure", "casino a donne combien de tonnes aux banques alimentaires en 2018, ca fait combien de repas ?",
     "En 2018, le groupe Casino a apporté plus de 25 100 tonnes de produits aux banques alimentaires et structures équivalentes (collecte et ramasse), soit plus de 50 millions de repas.",
     ["25 100 tonnes", "50 millions de repas"], CAS, 29, "CM"),
    ("when", "Et depuis quand accompagne-t-il la Fédération française des banques alimentaires ?",
     "Le groupe accompagne la FFBA depuis 2009 et prévoyait de renouveler ce partenariat en 2019 pour trois ans.",
     ["FFBA depuis 2009"], CAS, 29, "F"),
    ("when", "En quelle année l'Observatoire des partenariats a-t-il été créé, et par qui ?",
     "Il a été créé en 2008 par la Caisse des Dépôts et Le RAMEAU, en partenariat avec le MEDEF et le Mouvement associatif ; des documents plus anciens (2011, 2012) le disent toutefois « créé en 2007 ».",
     ["créé en 2008", "créé en 2007"], D5, 1, "MX"),
    (U, "c koi les noms des 5 profils de maires de phare institutions ?",
     "Les documents indiquent que PHARE-Institutions distingue 5 profils de maires, mais ne donnent pas leurs noms (la fiche Repère précise que le détail n'est pas repris).",
     [], None, None, "C"),
    ("who", "c qui le boss du rameau ?",
     "Le RAMEAU a pour président-fondateur Charles-Benoît Heidsieck ; sa directrice générale est Laurence Weber.",
     ["Charles-Benoît Heidsieck", "Laurence Weber"], D5, 1, "C"),
    # 10
    ("who", "Et la direction scientifique de l'Observatoire, elle est assurée par qui ?",
     "La direction scientifique est assurée bénévolement par Anne Robin, fondatrice de COMISIS.",
     ["Anne Robin", "COMISIS"], D5, 1, "F"),
    ("figure", "D'après le baromètre des riverains d'EDF, quel impact positif les centrales nucléaires ont-elles sur l'emploi, l'activité économique et le commerce ?",
     "Les riverains des centrales nucléaires citent un impact positif sur l'emploi (83 %), l'activité économique (77 %) et le commerce (65 %), ainsi que sur les équipements collectifs (62 %).",
     ["83", "77", "65"], EDF, 2, "M"),
    ("list", "Quels ont été les territoires pilotes de la démarche « Agir ensemble en Territoire », et quels acteurs les ont portés ?",
     "Trois territoires pilotes : l'Alsace (avec Alsace Active), Poitou-Charentes (avec le Groupe La Poste) et Paris-Est Marne & Bois.",
     ["Alsace Active", "Groupe La Poste", "Paris-Est Marne & Bois"], D1, 4, "M"),
    ("figure", "le parcours du cget avec le rameau, ca concernait combien de territoires ?",
     "Le parcours d'expérience CGET – Le RAMEAU réunit 11 territoires pionniers ; une autre présentation de la même expérimentation parle toutefois de 10 territoires pilotes.",
     ["11 territoires", "10 territoires pilotes"], D1, 4, "CX"),
    ("when", "Il durait combien de temps, et la première session a eu lieu quand ?",
     "Le parcours dure 18 mois ; sa première session a eu lieu le 3 mai.",
     ["18 mois", "3 mai"], D1, 4, "FM"),
    ("figure", "Combien de personnes ont répondu au baromètre de l'ESR 2023 de la CPESR, et sur quelle période était-il ouvert ?",
     "2460 répondants ont rempli au moins la première partie et 2026 ont finalisé leur réponse ; le baromètre était ouvert de mars à octobre 2023.",
     ["2460", "2026", "mars à octobre 2023"], CPE, 3, "M"),
    (U, "combien de gens avaient repondu au barometre de l'esr en 2022 ?",
     "Le corpus ne contient que l'édition 2023 du baromètre de la CPESR (2460 répondants, 2026 réponses complètes) ; aucun chiffre n'est donné pour 2022.",
     [], None, None, "C"),
    ("figure", "Selon l'étude ARPEA Entreprises & Territoires de janvier 2011, quelle part des entreprises développait des partenariats, et quelle part souhaitait ou non en développer ?",
     "En janvier 2011, 21 % des entreprises développaient des partenariats, 33 % souhaitaient en développer et 46 % ne le souhaitaient pas.",
     ["21", "33", "46"], D3, 2, "M"),
    ("figure", "Quel est le budget total du projet REACH de PULSE, et combien apporte l'AFD ?",
     "Le budget total de REACH est de 1,638 M€, dont 800 000 € apportés par l'Agence Française de Développement, principal cofinanceur.",
     ["1,638M€", "800 000€"], PUL, 2, "M"),
    ("when", "et ca dure combien de temps ce projet ?",
     "REACH est un projet pluriannuel de 3 ans, de juin 2023 à juin 2026.",
     ["3 ans (juin 2023-juin 2026)"], PUL, 2, "FC"),
    # 20
    ("figure", "Dans la vague de novembre 2024 auprès des maires, quelle part voit son territoire en mouvement, et comment ce total se décompose-t-il ?",
     "91 % des maires estiment leur territoire en mouvement : 35 % le disent fortement en mouvement et 56 % ni plus ni moins.",
     ["91", "35", "56"], D1, 3, "M"),
    ("figure", "Parmi ces répondants, quelle proportion est maire d'une commune de moins de 2 000 habitants ?",
     "84 % des répondants sont maires d'une commune de moins de 2 000 habitants.",
     ["84", "2 000 habitants"], D1, 3, "F"),
    ("definition", "c koi les principes fair ?",
     "Ce sont des principes directeurs pour rendre les données de recherche Faciles à trouver, Accessibles, Interopérables et Réutilisables, par les humains comme par les machines ; énoncés par FORCE 11, ils ont été publiés en mars 2016 dans Scientific Data.",
     ["Faciles à trouver, Accessibles, Interopérables et Réutilisables", "Scientific Data"], MIT, 19, "C"),
    ("when", "Quand la Fondation des Territoires a-t-elle été créée, et sous l'égide de quelle fondation ?",
     "La Fondation des Territoires a été créée le 14 juin 2022, sous l'égide de la Fondation de Lille.",
     ["14 juin 2022", "Fondation de Lille"], D2, 2, "M"),
    ("figure", "elle a combien de cofondateurs ?",
     "Elle réunit 21 co-fondateurs.",
     ["21 co-fondateurs"], D2, 2, "FC"),
    (U, "Qui préside la Fondation des Territoires ?",
     "Les documents donnent la date de création (14 juin 2022), l'égide (Fondation de Lille) et le nombre de co-fondateurs (21), mais ne nomment pas de président.",
     [], None, None, ""),
    ("figure", "Combien de déchets TOTAL a-t-il traités en 2018, et quelle part a été recyclée ou valorisée ?",
     "TOTAL a traité 573 kt de déchets en 2018, dont 57 % recyclés ou valorisés, ce qui atteint l'objectif de valoriser plus de 50 % des déchets.",
     ["573 kt", "57"], TOT, 1, "M"),
    ("figure", "d'apres la note du 29 fevrier 2016, combien d'entreprises de 10 salaries et plus ont des partenariats ?",
     "Selon la note du 29 février 2016, 37 % des entreprises de 10 salariés et plus ont des partenariats.",
     ["37", "10 salariés et plus"], D3, 2, "C"),
    ("figure", "Et du côté des associations ?",
     "Dans la même note, 38 % des associations ont des partenariats, et 53 % des associations employeuses (65 % chez les « pionniers »).",
     ["38", "53"], D3, 2, "F"),
    ("when", "À quelle date et où la Charte du faire alliance a-t-elle été dévoilée ?",
     "Elle a été dévoilée le 30 novembre 2021, jour du Giving Tuesday, à Saint-Maurice (Paris-Est Marne & Bois) lors de la soirée VitaWin ; une annonce sur associations.gouv.fr situait toutefois l'événement au « mardi 30 septembre ».",
     ["30 novembre 2021", "Saint-Maurice", "mardi 30 septembre"], D2, 3, "MX"),
    # 30
    ("who", "Qui préside le Conseil scientifique d'EDF, et combien de fois s'est-il réuni en 2018 ?",
     "Le Conseil scientifique d'EDF est présidé par Sébastien Candel, Président de l'Académie des Sciences ; il s'est réuni à trois reprises en 2018.",
     ["Sébastien Candel", "trois reprises"], EDF, 3, "M"),
    ("figure", "impact associations et territoires, ca porte sur combien d'assos employeuses et combien ont des partenariats ?",
     "L'étude IMPACT – Associations & Territoires porte sur 148 000 associations employeuses, dont 98 % ont au moins un partenariat.",
     ["148 000", "98"], D4, 2, "CM"),
    (U, "En 2020, lors de l'étude IMPACT-Élus locaux, quelle part des maires jugeait son territoire en mouvement ?",
     "Le chiffre de 91 % de maires voyant leur territoire en mouvement vient de la vague de novembre 2024 ; aucun pourcentage équivalent n'est donné pour l'étude de 2020.",
     [], None, None, ""),
    ("figure", "les patrons de tpe pme ils pensent quoi du jouer collectif apres le covid ? et les francais ?",
     "84 % des dirigeants de TPE & PME jugent la co-construction utile pour la résilience des territoires après le Covid, un avis partagé par 81 % des Français.",
     ["84", "TPE & PME", "81"], D3, 3, "CM"),
    ("list", "re-co elle construit comment ? c quoi ses types d'intervention ?",
     "Re-Co mise sur quatre types d'intervention en zone urbaine : la rénovation, la surélévation, la complémentation et la réaffectation.",
     ["la rénovation, la surélévation, la complémentation et la réaffectation"], REC, 2, "C"),
    ("list", "Quels partenaires mènent le programme IMPACT ?",
     "Le programme IMPACT est mené par la Caisse des Dépôts, l'Institut CDC pour la Recherche, le Groupe La Poste, la Fondation TOTAL et Le RAMEAU.",
     ["Institut CDC pour la Recherche", "Fondation TOTAL", "Groupe La Poste"], D3, 5, ""),
    ("list", "Et autour de quels axes est-il organisé ?",
     "Trois axes : l'innovation sociétale et territoriale, la performance des organisations et la confiance.",
     ["Innovation sociétale et territoriale", "Performance des organisations", "Confiance"], D3, 5, "F"),
    ("figure", "Combien de projets la Fondation Monoprix a-t-elle financés en 2018, et pour quel montant ?",
     "En 2018, la Fondation Monoprix a financé 19 projets associatifs pour près de 276 000 euros.",
     ["19 projets associatifs", "276 000 euros"], CAS, 31, "M"),
    ("figure", "Quelle note les Français donnent-ils à la sécurité parmi leurs priorités dans PHARE-Citoyens ?",
     "Le tableau de PHARE-Citoyens donne 6,6/10 pour la sécurité, mais une reprise de presse des mêmes résultats indique 7/10.",
     ["6,6/10", "7/10"], D5, 3, "X"),
    ("who", "Avec quelle fondation TOTAL a-t-il signé en 2017 un programme de neutralisation des émissions des voyages en avion de ses salariés, et combien de CO2 doit-il éviter chaque année ?",
     "Avec la Fondation GoodPlanet (présidée par Yann Arthus-Bertrand), pour 10 ans : le projet doit éviter 50 000 t de CO2 par an grâce à 8 400 biodigesteurs en Inde.",
     ["GoodPlanet", "50 000 t", "8 400 biodigesteurs"], TOT, 3, "M"),
    # 40
    (U, "Quel montant la Fondation TotalEnergies a-t-elle apporté à elle seule au Fonds ODD 17 ?",
     "Les documents donnent seulement la dotation totale du fonds (1,5 M€ sur trois ans), co-créé avec Le RAMEAU, sans part propre à la Fondation TotalEnergies.",
     [], None, None, ""),
    ("figure", "Les collectivités sont-elles partenaires de 74 % ou de 89 % des associations ?",
     "Les deux chiffres existent : 74 % dans l'étude Associations & Partenariats (mars 2017, enquête 2016 sur l'ensemble des associations répondantes) et 89 % dans IMPACT – Associations & Territoires, qui porte sur les associations employeuses.",
     ["74", "89"], D4, 5, "X"),
    ("list", "Sous quelles formes les associations employeuses s'engagent-elles avec leurs partenaires, d'après IMPACT ?",
     "Mécénat (75 %), innovation sociétale (73 %), pratiques responsables (70 %) et coopération économique (58 %).",
     ["Mécénat", "Pratiques responsables", "Coopération économique"], D4, 4, ""),
    ("figure", "Et à quelle échelle ces partenariats se nouent-ils ?",
     "Surtout à l'échelle locale (73 %), puis régionale (47 %).",
     ["Local 73", "Régional 47"], D4, 4, "F"),
    ("who", "qui a dirige l'enquete du barometre esr 2023 et qui a fait l'analyse avec openai ?",
     "L'enquête a été dirigée par Julien Gossa ; l'analyse OpenAI a été effectuée par Jacques Haiech.",
     ["Julien Gossa", "Jacques Haiech"], CPE, 28, "CM"),
    ("definition", "Qu'est-ce que l'AJPA, et qui la verse ?",
     "L'allocation journalière du proche aidant, en place depuis octobre 2020, indemnise les personnes qui réduisent ou cessent leur activité pour s'occuper d'un proche handicapé ou en perte d'autonomie ; elle est versée par les CAF et les caisses de MSA (66 jours maximum sur la carrière, 44 € ou 52 € par jour).",
     ["allocation journalière du proche aidant", "(MSA)"], ETA, 51, ""),
    ("who", "Qui a confié la mission ministérielle sur les alliances lors du FNAF 2019, à qui, et quand le rapport a-t-il été remis ?",
     "Gabriel Attal a confié la mission à Cathy Racon-Bouzon et Charles-Benoît Heidsieck ; le rapport a été remis le 7 mai 2020 (bilan le 17 octobre 2020).",
     ["Gabriel Attal", "Cathy Racon-Bouzon", "7 mai 2020"], D5, 4, "M"),
    ("definition", "Que recommande la règle du 3-2-1 pour sauvegarder des données de recherche ?",
     "Garder 3 copies des données sur 2 supports différents, dont 1 sur un lieu déporté.",
     ["3 copies sur 2 supports différents dont 1 sur un lieu déporté"], MIT, 46, ""),
    (U, "Quelle part des dirigeants de grandes entreprises juge la co-construction utile pour rebondir après le Covid ?",
     "Les documents ne donnent ce résultat que pour les dirigeants de TPE & PME (84 %) et pour les Français (81 %) ; rien n'est dit des grandes entreprises.",
     [], None, None, ""),
    ("definition", "medoc ca veut dire quoi pour l'odd 17 ?",
     "M.E.D.O.C. signifie Méthodes, Exemples, Données, Outils, Compétences : c'est l'organisation des ressources de la plateforme www.odd17.org.",
     ["Méthodes, Exemples, Données, Outils, Compétences", "odd17.org"], D2, 3, "C"),
    # 50
    ("figure", "Dans l'étude Associations & Partenariats de 2017, quelle part des associations a une entreprise pour partenaire, et comment cela varie-t-il selon le budget ?",
     "28 % des associations ont une entreprise pour partenaire ; c'est le cas de 50 % des associations de plus de 150 000 € de budget contre 20 % de celles de moins de 10 000 €.",
     ["28", "150 000 €", "10 000 €"], D3, 4, "M"),
    ("figure", "Combien d'OSC intermédiaires le projet REACH prévoit-il de former, et comment se répartissent-elles entre Jógjëf et Oribi ?",
     "REACH prévoit de former 50 OSC intermédiaires : 30 par Jógjëf (Sénégal) et 20 par Oribi (Afrique du Sud).",
     ["50 OSC intermédiaires", "Jógjëf : 30", "Oribi : 20"], PUL, 7, "M"),
    ("figure", "Quelle note TOTAL a-t-il obtenue au questionnaire CDP Climate Change pour son reporting 2018 ?",
     "TOTAL a obtenu la note A- pour son reporting 2018, qui porte sur la période 2017.",
     ["note A-"], TOT, 6, ""),
    ("definition", "Que signifie le sigle ARPEA ?",
     "Le sens varie selon les documents : « Analyse des Relations et des Partenariats entre Entreprises et Associations » (rapport de 2012), « Analyser les Relations Partenariales entre Entreprises et Associations » ou « Analyse des Relations Associations-Entreprises ».",
     ["Analyse des Relations et des Partenariats entre Entreprises et Associations", "Analyse des Relations Associations-Entreprises"], D5, 2, "X"),
    ("list", "Dans quels domaines le groupe Casino intervient-il à travers ses fondations et ses partenariats de solidarité ?",
     "Quatre domaines : l'aide alimentaire aux plus démunis, le soutien aux enfants en difficultés sociales, l'insertion professionnelle des jeunes défavorisés et la lutte contre l'exclusion sociale.",
     ["aide alimentaire", "insertion professionnelle des jeunes défavorisés"], CAS, 28, ""),
    (U, "Selon le 11e rapport régional de l'Observatoire, quelle part des associations normandes a un partenariat avec une entreprise ?",
     "Le corpus annonce seulement la publication du 11e rapport régional consacré à la Normandie (26 novembre), sans aucun chiffre régional.",
     [], None, None, ""),
    ("figure", "Combien EDF consacre-t-il en France à la protection de l'environnement dans son budget de R&D, et quel est le total de ses dépenses de R&D ?",
     "En France, EDF consacre 100,2 millions d'euros, soit 20 % de son budget R&D, à la protection de l'environnement ; ses dépenses totales de R&D atteignent 711 millions d'euros au niveau du Groupe.",
     ["100,2 millions", "711 millions"], EDF, 6, "M"),
    ("when", "Quand se déroule le pré-audit externe du projet REACH ?",
     "Le pré-audit externe se déroule du 6 janvier au 7 février 2025.",
     ["06 janvier au 7 février 2025"], PUL, 11, ""),
    ("figure", "Dans le baromètre ESR 2023, quelle part des opinions exprime une confiance envers les instances, et quelle instance suscite le plus de défiance ?",
     "18 % des opinions témoignent d'une confiance envers les instances, contre 55 % de défiance ; le ministère (MESRI) est le plus mal perçu, avec 91 % de défiance.",
     ["18", "55", "MESRI"], CPE, 5, "M"),
    ("when", "Depuis quand le baromètre des résultats de l'action publique est-il en ligne, et où sont publiées ses données ?",
     "Il est accessible sur gouvernement.fr depuis janvier 2021 et ses données sont publiées en open data sur data.gouv.fr.",
     ["gouvernement.fr", "data.gouv.fr"], ETA, 4, "M"),
    # 60
    ("definition", "Que veut dire Re-Co quand elle se présente comme une « coopérative capsule » ?",
     "Une coopérative pensée dès l'origine pour être duplicable : ses protocoles, outils, savoir-faire, budgets et rapports sont mis à disposition en open source pour quiconque veut fonder sa propre coopérative.",
     ["COOPÉRATIVE CAPSULE", "duplicable"], REC, 4, ""),
]


def main():
    out = os.path.join(HERE, "questions.jsonl")
    rows = []
    prev = None
    for i, (kind, q, a, mc, src, page, tags) in enumerate(Q, 1):
        qid = "s53%02d" % i
        row = {"id": qid, "question": q, "answer": a, "must_contain": mc, "source": src,
               "page": page, "kind": kind}
        if "F" in tags:
            row["follows"] = prev
        rows.append(row)
        prev = qid
    with open(out, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    kinds = collections.Counter(r["kind"] for r in rows)
    srcs = collections.Counter(r["source"] for r in rows)
    tags = collections.Counter(t for *_, tg in Q for t in tg)
    print("total", len(rows))
    print("kinds", dict(sorted(kinds.items())))
    print("sources", dict(sorted(((k or "null"), v) for k, v in srcs.items())))
    print("own PDFs", sum(v for k, v in srcs.items() if k and k.startswith("obs-")),
          "real PDFs", sum(v for k, v in srcs.items() if k and k.startswith("real-")))
    print("tags F/C/M/X", {k: tags[k] for k in "FCMX"})
    print("citizen ids", [r["id"] for r, (*_, tg) in zip(rows, Q) if "C" in tg])
    print("multi ids", [r["id"] for r, (*_, tg) in zip(rows, Q) if "M" in tg])
    print("conflict ids", [r["id"] for r, (*_, tg) in zip(rows, Q) if "X" in tg])
    print("follow-up ids", [r["id"] for r in rows if "follows" in r])


if __name__ == "__main__":
    main()
