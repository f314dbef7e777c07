#!/usr/bin/env python3
"""Source des 60 questions du jeu s57 -> questions.jsonl (même dossier).

Chaque entrée : (source, page, kind, question, answer, must_contain, follows?)
source None = question sans réponse (unanswerable).
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = 's57'
R01 = 'obs-s57-01-rapport-activite-2022.pdf'
FAQ = 'obs-s57-02-faq.pdf'
CP = 'obs-s57-03-communique-elus-2024.pdf'
DIA = 'obs-s57-04-diaporama-phare.pdf'
SYN = 'obs-s57-05-synthese-associations.pdf'
CASINO = 'real-casino-dpef-2018.pdf'
TOTAL = 'real-total-dpef-2018-extrait.pdf'
EDF = 'real-edf-dpef-2018-extrait.pdf'
CPESR = 'real-cpesr-barometre-esr-2023.pdf'
ETALAB = 'real-etalab-documentation-barometre-resultats.pdf'
MITI = 'real-miti-guide-gestion-donnees-recherche-v2.pdf'
PULSE = 'real-pulse-reach-presentation.pdf'
RECOOP = 'real-recoop-plaquette.pdf'

FOLLOW = 'FOLLOW'   # marqueur : question de suite de la précédente

Q = [
    # 01
    (R01, 2, 'who',
     "Qui dirige Le RAMEAU au quotidien, et qui en est le président-fondateur ?",
     "La direction générale du RAMEAU est assurée par Laurence Weber ; le président-fondateur est "
     "Charles-Benoît Heidsieck (rapport d'activité 2022, page imprimée 4).",
     ["Laurence Weber", "Charles-Benoît Heidsieck"]),
    # 02
    (R01, 2, 'when',
     "l'observatoire des partenariats il a été créé en quelle année ?",
     "En 2008 selon les documents récents (création par la Caisse des Dépôts et Le RAMEAU). Mais les "
     "publications plus anciennes (étude ARPEA Entreprises & Territoires de janvier 2011, rapport "
     "quinquennal du 11 décembre 2012) parlent d'un « Observatoire national des partenariats "
     "associations / entreprises » créé en 2007. Les deux dates doivent être citées.",
     ["créé en 2008", "créé en 2007"]),
    # 03
    (R01, 2, 'who',
     "Et qui est à l'origine de sa création ?",
     "La Caisse des Dépôts et Le RAMEAU, en partenariat avec le MEDEF et le Mouvement associatif.",
     ["Caisse des Dépôts", "MEDEF", "Mouvement associatif"], FOLLOW),
    # 04
    (CASINO, 29, 'figure',
     "Combien de tonnes de produits le groupe Casino a-t-il apportées aux banques alimentaires en 2018 ?",
     "Plus de 25 100 tonnes de produits (collecte et ramasse), soit l'équivalent de plus de 50 millions "
     "de repas (page imprimée 209 du DPEF Casino).",
     ["25 100 tonnes", "50 millions de repas"]),
    # 05
    (CASINO, 29, 'when',
     "Depuis quand soutient-il la Fédération française des banques alimentaires ?",
     "Depuis 2009 ; le partenariat doit être renouvelé en 2019 pour une nouvelle période de trois ans.",
     ["accompagne la FFBA depuis 2009"], FOLLOW),
    # 06
    (DIA, 2, 'figure',
     "Dans l'enquête PHARE-Citoyens, quelle note les Français attribuent-ils à la sécurité ?",
     "La diapositive indique 6,6/10, mais signale qu'une autre restitution publiée de PHARE-Citoyens "
     "donne 7/10 : les deux valeurs coexistent (diapositive 9/24).",
     ["Sécurité 6,6/10", "7/10"]),
    # 07
    (FAQ, 2, 'definition',
     "MEDOC ca veut dire quoi ?",
     "M.E.D.O.C. = Méthodes, Exemples, Données, Outils, Compétences ; c'est la plateforme de "
     "ressources accessible sur www.odd17.org (FAQ, p. 22).",
     ["Méthodes, Exemples, Données, Outils, Compétences", "www.odd17.org"]),
    # 08
    (CPESR, 3, 'figure',
     "Combien de personnes ont répondu au baromètre de l'enseignement supérieur et de la recherche 2023 de la CPESR ?",
     "2460 répondants ont rempli au moins la première partie, et 2026 ont finalisé leur réponse.",
     ["2460 répondants", "2026 ont finalisé"]),
    # 09
    (CPESR, 3, 'when',
     "et le questionnaire il etait ouvert quand ?",
     "De mars à octobre 2023 (pour limiter un effet date).",
     ["ouvert de mars à octobre 2023"], FOLLOW),
    # 10
    (R01, 4, 'figure',
     "Combien la France compte-t-elle d'associations employeuses selon le volet Associations & Territoires, et quelle part d'entre elles a des partenariats ?",
     "148 000 associations employeuses, dont 98 % ont au moins un partenariat (page imprimée 6).",
     ["148 000", "98 %"]),
    # 11
    (None, None, 'unanswerable',
     "Combien de salariés travaillent au RAMEAU ?",
     "Le corpus ne le dit pas : il décrit Le RAMEAU (création en 2006, direction, missions, plus de "
     "1 000 exemples recensés, plus de 500 organisations accompagnées) mais ne donne jamais son effectif.",
     []),
    # 12
    (CP, 1, 'figure',
     "Combien de maires ont été interrogés pour l'enquête IMPACTS & TRAJECTOIRES – Elus locaux, et de quelle manière ?",
     "302 maires, interrogés par téléphone entre le 30 septembre et le 28 octobre 2024.",
     ["302 maires", "par téléphone"]),
    # 13
    (CP, 1, 'figure',
     "Parmi eux, combien estiment que leur territoire bouge ?",
     "91 % décrivent un territoire « en mouvement » : 35 % fortement, 56 % « ni plus ni moins ».",
     ["91 %", "35 %", "56 %"], FOLLOW),
    # 14
    (CP, 1, 'figure',
     "Dans l'enquête Elus locaux de 2024, quelle proportion des répondants dirige une petite commune de moins de 2000 habitants ?",
     "84 % des répondants administrent une commune de moins de 2 000 habitants.",
     ["84 %", "moins de 2 000 habitants"]),
    # 15
    (PULSE, 2, 'figure',
     "c koi le budget total du projet REACH et c qui le principal cofinanceur ?",
     "Budget total : 1,638 M€ ; principal cofinanceur : l'Agence Française de Développement, pour "
     "800 000 €.",
     ["1,638M€", "800 000€"]),
    # 16
    (PULSE, 2, 'list',
     "Dans quels pays se déroule le projet REACH coordonné par PULSE ?",
     "En Afrique du Sud et au Sénégal (projet pluriannuel de 3 ans, juin 2023-juin 2026).",
     ["Afrique du Sud et au Sénégal"]),
    # 17
    (FAQ, 1, 'definition',
     "Que signifie le sigle ARPEA ?",
     "Le développement du sigle varie selon les documents : « Analyse des Relations et des Partenariats "
     "entre Entreprises et Associations », « Analyser les Relations Partenariales entre Entreprises et "
     "Associations » ou « Analyse des Relations Associations-Entreprises ». C'est le premier programme "
     "quinquennal (2008-2012), en 10 volets.",
     ["Analyse des Relations et des Partenariats entre Entreprises et Associations",
      "Analyser les Relations Partenariales entre Entreprises et Associations",
      "Analyse des Relations Associations-Entreprises"]),
    # 18
    (R01, 3, 'when',
     "Sur quelles années s'étend le programme PHARE ?",
     "2013-2018 selon la présentation du programme, 2013-2017 selon la frise du cheminement : les "
     "deux bornes sont données sur la même page (page imprimée 5).",
     ["2013-2018", "2013-2017"]),
    # 19
    (EDF, 3, 'who',
     "Qui préside le Conseil scientifique d'EDF ?",
     "Sébastien Candel, Président de l'Académie des Sciences ; le Conseil s'est réuni à trois reprises "
     "en 2018 (page imprimée 152).",
     ["Sébastien Candel"]),
    # 20
    (SYN, 2, 'list',
     "Avec quels types de partenaires les associations travaillent-elles d'après l'étude Recherches & Solidarités, pourcentages compris ?",
     "Collectivités territoriales 74 %, autres associations ou fondations 72 %, établissements "
     "d'enseignement 47 %, entreprises 28 %, structures d'insertion 22 %, organismes de recherche 9 %.",
     ["Collectivités territoriales 74 %", "Entreprises 28 %", "Organismes de recherche 9 %"]),
    # 21
    (None, None, 'unanswerable',
     "Quel poste Gabriel Attal occupait-il lorsqu'il a confié la mission sur le droit de l'alliance ?",
     "Le corpus ne le dit pas : Gabriel Attal est seulement cité comme celui qui a confié la mission "
     "(FNAF 2019) à Cathy Racon-Bouzon et Charles-Benoît Heidsieck, sans indication de sa fonction.",
     []),
    # 22
    (R01, 5, 'when',
     "la fondation des territoires elle a ete cree quand ?",
     "Le 14 juin 2022, sous l'égide de la Fondation de Lille (préfiguration lancée en juillet 2018).",
     ["14 juin 2022", "Fondation de Lille"]),
    # 23
    (R01, 5, 'figure',
     "et elle a combien de cofondateurs ?",
     "21 co-fondateurs (et trois missions).",
     ["21 co-fondateurs"], FOLLOW),
    # 24
    (TOTAL, 3, 'figure',
     "Combien de biodigesteurs prévoit le programme de compensation des vols des salariés de TOTAL avec GoodPlanet, et dans quel pays ?",
     "8 400 biodigesteurs en Inde ; le projet doit éviter 50 000 t de CO2 par an, sur 10 ans.",
     ["8 400 biodigesteurs en Inde"]),
    # 25
    (FAQ, 3, 'when',
     "c'était quand le lancement de la charte du faire alliance ? jai vu 2 dates differentes",
     "Le 30 novembre 2021 (Giving Tuesday), à Saint-Maurice, lors d'une soirée VitaWin. L'annonce "
     "d'associations.gouv.fr mentionne toutefois un « mardi 30 septembre » : il faut signaler les deux.",
     ["30 novembre 2021", "mardi 30 septembre"]),
    # 26
    (FAQ, 3, 'definition',
     "Et concrètement ce texte c'est quoi, et qui a piloté sa rédaction ?",
     "Un « contrat de confiance » que chaque acteur peut signer, issu de 3 mois de co-construction "
     "pilotés par la Fondation des Territoires.",
     ["contrat de confiance", "3 mois de co-construction"], FOLLOW),
    # 27
    (CASINO, 31, 'figure',
     "Combien de projets et quel montant la Fondation Monoprix a-t-elle financés en 2018 contre l'isolement en ville ?",
     "19 projets associatifs pour près de 276 000 euros (dont Dons solidaires, Le Rocher, Wake up café).",
     ["19 projets", "276 000 euros"]),
    # 28
    (DIA, 3, 'list',
     "Dans quels domaines les Français trouvent-ils que les alliances entre acteurs pèsent le plus ?",
     "Emploi 49 %, développement économique 46 %, environnement 42 %, précarité 36 % et éducation "
     "36 % (PHARE-Citoyens, septembre 2015 ; diapositive 10/24).",
     ["49 %", "46 %", "42 %"]),
    # 29
    (CPESR, 5, 'figure',
     "dans le barometre de la cpesr, l'ANR elle inspire combien de defiance ?",
     "77 % de défiance envers l'ANR.",
     ["l’ANR (77%)"]),
    # 30
    (None, None, 'unanswerable',
     "De quelle dotation financière dispose la Fondation des Territoires ?",
     "Le corpus ne le dit pas : il donne la date de création, la fondation abritante, les 21 "
     "co-fondateurs et les étapes de préfiguration, mais aucun montant. La dotation de 1,5 M€ concerne "
     "le Fonds ODD 17, pas la Fondation des Territoires.",
     []),
    # 31
    (SYN, 2, 'figure',
     "les grosses assos ont plus souvent une entreprise partenaire que les petites ? t'as les chiffres ?",
     "Oui : 50 % des associations dont le budget dépasse 150 000 € ont un partenariat avec une "
     "entreprise, contre 20 % de celles qui disposent de moins de 10 000 €.",
     ["50 %", "150 000 €", "20 %"]),
    # 32
    (RECOOP, 4, 'list',
     "Qui sont les membres fondateurs de la coopérative Re-Co ?",
     "Antoine Girardin, Grégoire Henrioud, Mélanie Rouge, Marie Sigrist, Lucas Uhlmann, Elliot Vaucher "
     "et Marie-Pascale Wellinger.",
     ["ANTOINE GIRARDIN", "MÉLANIE ROUGE", "ELLIOT VAUCHER"]),
    # 33
    (RECOOP, 1, 'who',
     "elle est basée où, et comment on la contacte ?",
     "Avenue de Morges 63, CH-1004 Lausanne ; contact : info@re-co.ch.",
     ["CH-1004 Lausanne", "info@re-co.ch"], FOLLOW),
    # 34
    (R01, 3, 'list',
     "Quels partenaires ont mené le programme IMPACT ?",
     "La Caisse des Dépôts, l'Institut CDC pour la Recherche, le Groupe La Poste, la Fondation TOTAL "
     "et Le RAMEAU.",
     ["Institut CDC pour la Recherche", "Groupe La Poste", "Fondation TOTAL"]),
    # 35
    (R01, 3, 'list',
     "Et sur quels axes évalue-t-il les alliances ?",
     "Trois axes : l'innovation sociétale et territoriale, la performance des organisations, la confiance.",
     ["innovation sociétale et territoriale", "performance des organisations"], FOLLOW),
    # 36
    (MITI, 19, 'definition',
     "Que désigne l'acronyme FAIR dans le guide de bonnes pratiques sur les données de la recherche ?",
     "Des données Faciles à trouver, Accessibles, Interopérables et Réutilisables, par les humains et "
     "les machines (principes énoncés par FORCE 11, publiés en mars 2016 dans Scientific Data).",
     ["Faciles à trouver, Accessibles, Interopérables et Réutilisables"]),
    # 37
    (None, None, 'unanswerable',
     "Combien de maires bretons ont répondu à l'enquête Elus locaux de l'automne 2024 ?",
     "Le corpus ne le dit pas : le communiqué donne l'échantillon total (302 maires) et la part des "
     "petites communes (84 %), sans aucune ventilation régionale.",
     []),
    # 38
    (FAQ, 1, 'figure',
     "combien de territoires dans le parcours du CGET avec le rameau ?",
     "11 territoires pionniers, sur 18 mois (première session le 3 mai) ; un autre article évoque "
     "« le CGET et 10 territoires pilotes ». Les deux chiffres circulent.",
     ["11 territoires pionniers", "10 territoires pilotes"]),
    # 39
    (DIA, 4, 'when',
     "phare-institutions c sorti quand et ca classe les maires comment ?",
     "Publié le 29 novembre 2016, il distingue 5 profils de maires face aux alliances (diapositive 11/24).",
     ["29 novembre 2016", "5 profils de maires"]),
    # 40
    (ETALAB, 11, 'definition',
     "Dans la documentation du baromètre des résultats de l'action publique, quel indicateur sert à suivre l'engagement des jeunes ?",
     "Le nombre de volontaires ayant réalisé au moins un jour de mission de service civique dans "
     "l'année (données de l'Agence de services et de paiement pour l'Agence du service civique).",
     ["nombre de volontaires ayant réalisé au moins un jour de mission de service civique"]),
    # 41
    (ETALAB, 11, 'when',
     "À quel rythme sont actualisées les données du service civique dans ce baromètre de l'action publique ?",
     "Chaque trimestre (fréquence de mise à jour : trimestrielle).",
     ["Fréquence de mise à jour : trimestrielle"]),
    # 42
    (SYN, 3, 'figure',
     "Dans l'étude ARPEA de 2011 sur les entreprises, quelle part ne voulait pas nouer de partenariat ?",
     "46 % ne le souhaitaient pas (21 % développaient des partenariats, 33 % souhaitaient le faire). "
     "Attention : le même taux de 46 % désigne aussi, sur la page, les associations engagées avec une "
     "entreprise.",
     ["46 % ne le souhaitaient pas", "21 %", "33 %"]),
    # 43
    (FAQ, 2, 'figure',
     "Le Fonds ODD 17, il a combien d'argent et pour combien de temps ?",
     "Une dotation de 1,5 M€ pour une expérimentation sur 3 ans, visant 350 « catalyseurs territoriaux ».",
     ["1,5 M€", "sur 3 ans", "350 « catalyseurs territoriaux »"]),
    # 44
    (FAQ, 2, 'who',
     "qui l'a créé ?",
     "Le RAMEAU et la Fondation TotalEnergies, en 2020.",
     ["Le RAMEAU et la Fondation TotalEnergies"], FOLLOW),
    # 45
    (CPESR, 4, 'figure',
     "Selon les personnels de l'ESR interrogés en 2023, quelle part des opinions signale que leurs conditions de travail se détériorent ?",
     "61 % des opinions notent une dégradation, contre 7 % une amélioration.",
     ["61% qui notent une dégradation"]),
    # 46
    (None, None, 'unanswerable',
     "Quel pourcentage de Français jugeait urgent de créer des partenariats en 2010 ?",
     "Le corpus ne le dit pas pour 2010 : il ne donne ce chiffre que pour 2008 (86 %) et 2012 (84 %).",
     []),
    # 47
    (R01, 5, 'when',
     "Quand la mission sur le droit de l'alliance a-t-elle remis son rapport, et qui la conduisait ?",
     "Le rapport a été remis le 7 mai 2020 ; la mission avait été confiée (FNAF 2019) par Gabriel Attal "
     "à Cathy Racon-Bouzon et Charles-Benoît Heidsieck. Un bilan a suivi le 17 octobre 2020.",
     ["7 mai 2020", "Cathy Racon-Bouzon"]),
    # 48
    (EDF, 2, 'figure',
     "Autour des centrales nucléaires d'EDF, quel impact positif sur l'emploi les riverains perçoivent-ils ?",
     "83 % pour l'emploi (77 % activité économique, 65 % commerce, 62 % équipements collectifs).",
     ["emploi (83 %)"]),
    # 49
    (SYN, 4, 'figure',
     "Quelle part des Français voit dans les partenariats une source d'innovation ?",
     "74 % selon le tableau du programme IMPACT ; la note 8 signale qu'une autre restitution de la même "
     "enquête mentionne 69 % des citoyens. Les deux valeurs sont à citer.",
     ["Français 74 %", "69 % des citoyens"]),
    # 50
    (CASINO, 29, 'when',
     "La Fondation Casino date de quand, et à quoi se consacre-t-elle ?",
     "Créée en 2009, elle favorise l'inclusion sociale par l'éducation par le théâtre (programmes "
     "« Artistes à l'école » et « Parrains engagés »).",
     ["Créée en 2009, la Fondation Casino", "éducation par le théâtre"]),
    # 51
    (None, None, 'unanswerable',
     "Qui est le trésorier de la Fondation des Territoires ?",
     "Le corpus ne le dit pas : aucune personne n'est nommée dans les instances de la Fondation des "
     "Territoires (seuls sont donnés sa création, ses 21 co-fondateurs et ses missions).",
     []),
    # 52
    (CP, 2, 'who',
     "Qui contacter côté presse pour l'enquête Elus locaux, et où récupérer le dossier de presse ?",
     "Le service presse de l'Observatoire des partenariats (presse@observatoire-des-partenariats.fr) ; "
     "dossier et visuels sur www.observatoire-des-partenariats.fr/presse.",
     ["presse@observatoire-des-partenariats.fr", "www.observatoire-des-partenariats.fr/presse"]),
    # 53
    (PULSE, 7, 'figure',
     "Combien d'organisations intermédiaires de la société civile le projet REACH doit-il former, et avec quelle répartition entre partenaires ?",
     "50 OSC intermédiaires : 30 par Jógjëf (Sénégal) et 20 par Oribi (Afrique du Sud).",
     ["Formation de 50 OSC intermédiaires", "Oribi : 20"]),
    # 54
    (DIA, 5, 'when',
     "le rapport regional normandie il sort quand ?",
     "Le 26 novembre (11e rapport régional), le même jour que le 5e webinaire « l'ODD 17 en pratique ».",
     ["26 nov.", "11e rapport régional : Normandie"]),
    # 55
    (R01, 6, 'figure',
     "Après la crise sanitaire, quelle part des patrons de petites et moyennes entreprises juge utile de bâtir ensemble pour rendre les territoires plus solides ?",
     "84 % des dirigeants de TPE & PME (et 81 % des Français) ; plus de 250 données ont été inventoriées.",
     ["84 % des dirigeants de TPE & PME"]),
    # 56
    (None, None, 'unanswerable',
     "Combien d'organisations ont signé la Charte du faire alliance à ce jour ?",
     "Le corpus ne le dit pas : la charte est décrite (contrat de confiance, 3 mois de co-construction, "
     "lancement le 30 novembre 2021), mais le nombre de signataires n'est jamais donné. Les chartes "
     "signées par Casino (Service Civique, développement local pour l'emploi) sont d'autres textes.",
     []),
    # 57
    (TOTAL, 1, 'figure',
     "Quel volume de déchets TOTAL a-t-il traité en 2018, et quelle part a été recyclée ou valorisée ?",
     "573 kt de déchets traités ; 57 % recyclés et/ou valorisés en 2018 (59 % en 2017, 58 % en 2016).",
     ["573 kt", "57%"]),
    # 58
    (R01, 3, 'when',
     "Le rapport d'état des lieux demandé par Valérie Fourneyron a été publié quand ?",
     "Au début de l'année 2014.",
     ["Valérie Fourneyron", "début de l'année 2014"]),
    # 59
    (SYN, 1, 'figure',
     "en moyenne une asso elle a combien de partenaires ?",
     "2,5 partenaires en moyenne (étude Recherches & Solidarités / Le RAMEAU, plus de 1 380 "
     "responsables interrogés en mai-juin 2016, publiée en mars 2017).",
     ["2,5 partenaires"]),
    # 60
    (SYN, 3, 'figure',
     "D'après la note de février 2016, quelle part des entreprises d'au moins 10 salariés et des associations était engagée dans un partenariat ?",
     "37 % des entreprises d'au moins 10 salariés et 38 % des associations (53 % des associations "
     "employeuses) ; 65 % chez les pionniers. La date (29 février 2016) figure en note 5.",
     ["37 %", "38 %", "53 %"]),
]


def main():
    assert len(Q) == 60, len(Q)
    out = []
    prev = None
    for i, row in enumerate(Q, 1):
        src, page, kind, question, answer, mc = row[:6]
        qid = f'{PREFIX}{i:02d}'
        d = {'id': qid, 'question': question, 'answer': answer, 'must_contain': mc,
             'source': src, 'page': page, 'kind': kind}
        if len(row) > 6 and row[6] == FOLLOW:
            d['follows'] = prev
        out.append(d)
        prev = qid
    with open(os.path.join(HERE, 'questions.jsonl'), 'w', encoding='utf-8') as f:
        for d in out:
            f.write(json.dumps(d, ensure_ascii=False) + '\n')
    print(f'{len(out)} questions écrites')


if __name__ == '__main__':
    main()
