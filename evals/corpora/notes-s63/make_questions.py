#!/usr/bin/env python3
"""Source des 60 questions du jeu s63 -> questions.jsonl (même dossier).

Chaque entrée : (question, answer, must_contain, source, page, kind[, follows=True]).
`page` = index PDF (1 = première page). Les ids s6301…s6360 sont attribués dans l'ordre ;
`follows` désigne automatiquement l'id précédent.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = 's63'

PV = 'obs-s63-01-proces-verbal-ag.pdf'
WEB = 'obs-s63-02-page-web-phare.pdf'
GLO = 'obs-s63-03-glossaire-alliances.pdf'
AGE = 'obs-s63-04-agenda-temps-forts.pdf'
FIC = 'obs-s63-05-fiche-pratique-alliance.pdf'
RAP = 'obs-s63-06-rapport-synthese-paysage.pdf'
PULSE = 'real-pulse-reach-presentation.pdf'
RECOOP = 'real-recoop-plaquette.pdf'
TOTAL = 'real-total-dpef-2018-extrait.pdf'
EDF = 'real-edf-dpef-2018-extrait.pdf'
CPESR = 'real-cpesr-barometre-esr-2023.pdf'
CASINO = 'real-casino-dpef-2018.pdf'
MITI = 'real-miti-guide-gestion-donnees-recherche-v2.pdf'
ETALAB = 'real-etalab-documentation-barometre-resultats.pdf'

F = True  # marque d'une question de suite


def U(question, answer):
    return (question, answer, [], None, None, 'unanswerable')


Q = [
    # 01
    ("Dans l'enquête PHARE-Citoyens, quelle note sur 10 les Français donnent-ils à la sécurité ?",
     "Deux valeurs circulent : 6,6/10 selon la restitution de l'Observatoire, et 7/10 selon un article de presse "
     "de l'époque ; la page web sur PHARE signale l'écart sans le trancher.",
     ["6,6/10", "7/10"], WEB, 1, 'figure'),
    # 02
    ("Quel est le budget total du projet REACH, et qui en est le principal cofinanceur ?",
     "Le budget total est de 1,638 M€ ; le principal cofinanceur est l'Agence Française de Développement (AFD), "
     "pour 800 000 €.",
     ["1,638M€", "800 000€"], PULSE, 2, 'figure'),
    # 03
    ("Et il s'étale sur combien de temps ?",
     "Le projet REACH est pluriannuel : 3 ans, de juin 2023 à juin 2026.",
     ["juin 2023-juin 2026"], PULSE, 2, 'when', F),
    # 04
    ("le rameau il a ete cree quand et il a bossé avec combien d'organisations depuis ?",
     "Le RAMEAU a été créé en 2006 ; depuis, il a conduit des expérimentations auprès de plus de 500 organisations "
     "(rapport moral, PV de l'AG 2022).",
     ["2006", "500 organisations"], PV, 1, 'figure'),
    # 05
    ("Et combien d'exemples inspirants a-t-il recensés ?",
     "Plus de 1 000 exemples inspirants ont été repérés et documentés.",
     ["1 000 exemples"], PV, 1, 'figure', F),
    # 06
    U("Qui est le trésorier de l'association Le RAMEAU ?",
      "Les documents ne le disent pas : le procès-verbal de l'assemblée générale de 2022 indique seulement que "
      "« le trésorier » a lu le rapport financier, sans le nommer."),
    # 07
    ("Que signifie le sigle ARPEA ?",
     "Le glossaire relève trois développements différents selon les documents : « Analyse des Relations et des "
     "Partenariats entre Entreprises et Associations » (rapport quinquennal), « Analyser les Relations Partenariales "
     "entre Entreprises et Associations » (page de Le RAMEAU) et « Analyse des Relations Associations-Entreprises » "
     "(présentation du programme d'études). ARPEA est le premier programme quinquennal (2008-2012, 10 volets).",
     ["Analyser les Relations Partenariales", "Analyse des Relations Associations-Entreprises"], GLO, 1, 'definition'),
    # 08
    ("Qui préside le Conseil scientifique d'EDF ?",
     "Sébastien Candel, président de l'Académie des sciences ; le Conseil s'est réuni trois fois en 2018.",
     ["Sébastien Candel"], EDF, 3, 'who'),
    # 09
    ("et le conseil medical c qui ?",
     "Le Conseil médical d'EDF est présidé par le professeur André Aurengo, membre de l'Académie de médecine.",
     ["André Aurengo"], EDF, 3, 'who', F),
    # 10
    ("Qu'est-ce qui figure au 26 novembre dans l'agenda des temps forts de l'Observatoire ?",
     "Deux événements, sans année communiquée : le 5e webinaire « l'ODD 17 en pratique » (en ligne, Le RAMEAU) et "
     "la parution du 11e rapport régional, consacré à la Normandie.",
     ["5e webinaire", "11e rapport régional"], AGE, 2, 'list'),
    # 11
    ("D'après le procès-verbal de l'assemblée générale, par quelles étapes est passée la préfiguration de la "
     "Fondation des Territoires ?",
     "Trois temps : de juillet 2018 à juillet 2019, d'août 2019 à novembre 2020, puis de décembre 2020 à mai 2022 ; "
     "la fondation a été créée le 14 juin 2022.",
     ["de juillet 2018 à juillet 2019", "de décembre 2020 à mai 2022"], PV, 1, 'list'),
    # 12
    ("Combien de personnes ont répondu au baromètre de l'ESR 2023 de la CPESR ?",
     "2460 répondants ont rempli au moins la première partie, et 2026 ont finalisé leur réponse.",
     ["2460", "2026"], CPESR, 3, 'figure'),
    # 13
    ("il est resté ouvert combien de temps ?",
     "Le baromètre a été ouvert de mars à octobre 2023.",
     ["mars à octobre 2023"], CPESR, 3, 'when', F),
    # 14
    ("phare ca couvre quelles annees exactement ?",
     "PHARE couvre 2013-2018 ; certaines plaquettes plus anciennes indiquent 2013-2017 pour le même programme. "
     "Il succède à ARPEA (2008-2012) et précède IMPACT (2018-2022).",
     ["2013-2018", "2013-2017"], WEB, 1, 'when'),
    # 15
    ("Quelle part des maires juge son territoire engagé, et combien avouent ne pas savoir piloter une démarche "
     "d'alliance ?",
     "76 % des maires jugent leur territoire engagé, mais 46 % déclarent ne pas savoir comment piloter la démarche.",
     ["76 %", "46 %"], FIC, 1, 'figure'),
    # 16
    U("Quelle fonction occupait Gabriel Attal quand il a confié la mission sur les alliances à Cathy Racon-Bouzon "
      "et Charles-Benoît Heidsieck ?",
      "Le corpus ne le précise pas : Gabriel Attal est cité comme ayant confié la mission lors du FNAF 2019, sans "
      "indication de sa fonction."),
    # 17
    ("En 2018, quel volume de produits le groupe Casino a-t-il apporté aux banques alimentaires, et à combien de "
     "repas cela correspond-il ?",
     "Plus de 25 100 tonnes de produits, soit l'équivalent de plus de 50 millions de repas (collecte et ramasse).",
     ["25 100 tonnes", "50 millions de repas"], CASINO, 29, 'figure'),
    # 18
    ("c koi medoc ? le truc du rameau hein, pas le vin",
     "Un moyen mnémotechnique pour les ressources utiles à l'action : Méthodes, Exemples, Données, Outils, "
     "Compétences.",
     ["Méthodes, Exemples, Données, Outils, Compétences"], GLO, 2, 'definition'),
    # 19
    ("et on trouve tout ça où ?",
     "Sur la plateforme www.odd17.org.",
     ["www.odd17.org"], GLO, 2, 'definition', F),
    # 20
    ("Combien d'associations employeuses l'étude IMPACT – Associations & Territoires couvre-t-elle, et quelle "
     "proportion d'entre elles a des partenariats ?",
     "148 000 associations employeuses, dont 98 % ont des partenariats.",
     ["148 000", "98 %"], RAP, 1, 'figure'),
    # 21
    ("Et parmi elles, combien travaillent avec des collectivités ?",
     "89 % nouent des partenariats avec des collectivités.",
     ["89 %"], RAP, 1, 'figure', F),
    # 22
    ("Qui sont les membres fondateurs de la coopérative Re-Co ?",
     "Antoine Girardin, Grégoire Henrioud, Mélanie Rouge, Marie Sigrist, Lucas Uhlmann, Elliot Vaucher et "
     "Marie-Pascale Wellinger.",
     ["ANTOINE GIRARDIN", "MÉLANIE ROUGE", "ELLIOT VAUCHER"], RECOOP, 4, 'list'),
    # 23
    ("La Charte du faire alliance a été dévoilée à quelle date ?",
     "Le 30 novembre 2021, jour du Giving Tuesday ; mais la page d'annonce d'associations.gouv.fr parle d'un "
     "« mardi 30 septembre ».",
     ["30 novembre 2021", "mardi 30 septembre"], GLO, 1, 'when'),
    # 24
    ("Et c'était où, et qui avait piloté sa rédaction ?",
     "À Saint-Maurice (Paris-Est Marne & Bois), lors d'une soirée VitaWin ; la charte est issue de trois mois de "
     "co-construction pilotés par la Fondation des Territoires.",
     ["Saint-Maurice", "Fondation des Territoires"], GLO, 1, 'who', F),
    # 25
    ("Autour des centrales nucléaires, quels effets positifs les riverains mettent-ils en avant dans le baromètre "
     "d'EDF ?",
     "L'emploi (83 %), l'activité économique (77 %), le commerce (65 %) et les équipements collectifs (62 %).",
     ["83 %", "77 %", "65 %"], EDF, 2, 'list'),
    # 26
    U("Combien d'associations employeuses compte la Normandie selon l'Observatoire des partenariats ?",
      "Le corpus ne donne pas ce chiffre : il mentionne le 11e rapport régional consacré à la Normandie, mais sans "
      "aucun chiffre ; les 148 000 associations employeuses sont un total national."),
    # 27
    ("Qui a confié la mission ministérielle sur les alliances, et à qui ?",
     "Gabriel Attal, lors du FNAF 2019, l'a confiée à Cathy Racon-Bouzon et Charles-Benoît Heidsieck.",
     ["Gabriel Attal", "Cathy Racon-Bouzon"], PV, 2, 'who'),
    # 28
    ("Ils ont rendu leur rapport quand ?",
     "Le rapport a été remis le 7 mai 2020 ; un bilan a suivi le 17 octobre 2020.",
     ["7 mai 2020"], PV, 2, 'when', F),
    # 29
    ("combien de dechets total a traité en 2018 et quelle part a été recyclée ou valorisée ?",
     "573 kt de déchets traités en 2018 ; 57 % ont été recyclés et/ou valorisés (contre 59 % en 2017).",
     ["573 kt", "57%"], TOTAL, 1, 'figure'),
    # 30
    ("Quelle proportion des Français voit dans les partenariats une source d'innovation ?",
     "74 % des Français selon la fiche pratique, qui signale qu'une autre restitution de la même enquête retient "
     "69 % des citoyens (à comparer avec 81 % des dirigeants, 86 % des responsables associatifs et 87 % des maires).",
     ["74 %", "69 %"], FIC, 1, 'figure'),
    # 31
    ("Quand l'Observatoire a-t-il publié le document qui tirait les leçons de son tout premier cycle d'études ?",
     "Le 11 décembre 2012 (rapport quinquennal, bilan du programme ARPEA 2008-2012).",
     ["11 décembre 2012"], AGE, 1, 'when'),
    # 32
    ("Dans le guide de bonnes pratiques sur la gestion des données de la recherche, que recouvre l'acronyme FAIR ?",
     "Des données Faciles à trouver, Accessibles, Interopérables et Réutilisables, par les humains comme par les "
     "machines ; principes énoncés par le groupe FORCE 11 et publiés en mars 2016 dans Scientific Data.",
     ["Faciles à trouver", "Interopérables et Réutilisables"], MITI, 19, 'definition'),
    # 33
    ("Les associations qui ont un gros budget sont-elles plus souvent liées à une entreprise que les petites ?",
     "Oui : 50 % des associations dont le budget dépasse 150 000 € ont un partenariat avec une entreprise, contre "
     "20 % de celles sous 10 000 € (étude Associations & Partenariats).",
     ["50 %", "150 000 €"], RAP, 1, 'figure'),
    # 34
    U("combien de salariés bossent au rameau ?",
      "Le corpus ne donne pas l'effectif de Le RAMEAU (il cite ses 15 ans de recherche, ses 500 organisations "
      "accompagnées, mais aucun nombre de salariés)."),
    # 35
    ("Peut-on obtenir les résultats de PHARE par département ?",
     "Non : d'après la réponse du modérateur sous la page web, il n'existe pas de découpage départemental ; la "
     "lecture territoriale a pris la forme de 13 rapports régionaux publiés en 2016.",
     ["il n’existe pas de découpage départemental", "13 rapports régionaux"], WEB, 2, 'figure'),
    # 36
    ("reach va former cb d'OSC intermediaires et c reparti comment ?",
     "50 OSC intermédiaires : 30 par Jógjëf (Sénégal) et 20 par Oribi (Afrique du Sud).",
     ["50 OSC intermédiaires", "Oribi : 20"], PULSE, 7, 'figure'),
    # 37
    ("Qui assure la direction scientifique de l'Observatoire des partenariats, et à quel titre ?",
     "Anne Robin, fondatrice du cabinet COMISIS, qui l'assure bénévolement.",
     ["Anne Robin", "COMISIS"], PV, 2, 'who'),
    # 38
    ("en quelle annee a ete cree l'observatoire des partenariats ?",
     "En 2008, par la Caisse des Dépôts et Le RAMEAU, en partenariat avec le MEDEF et le Mouvement associatif ; "
     "des documents plus anciens (2011, 2012) le font naître en 2007 sous le nom d'Observatoire national des "
     "partenariats associations / entreprises.",
     ["2008", "2007"], GLO, 2, 'when'),
    # 39
    ("Dans le baromètre ESR 2023, envers quelle instance la défiance est-elle la plus forte ?",
     "Le MESRI, avec 91 % de défiance, devant l'État (89 %).",
     ["MESRI", "91%"], CPESR, 5, 'who'),
    # 40
    ("Dans IMPACT – Associations & Territoires, quelle part des partenariats se noue à l'échelle régionale, et à "
     "l'échelle locale ?",
     "47 % à l'échelle régionale et 73 % à l'échelle locale.",
     ["47 %", "73 %"], RAP, 1, 'figure'),
    # 41
    ("Combien de fondations ont été interrogées pour l'étude IMPACT Fondations & Territoires, et quand est-elle "
     "parue ?",
     "42 fondations ; l'étude est parue un 23 septembre (l'année n'est pas communiquée).",
     ["42 fondations", "23 septembre"], AGE, 2, 'figure'),
    # 42
    U("En quelle année a eu lieu le 3e dîner « Elus & Entreprises » ?",
      "L'année n'est pas indiquée : l'agenda donne le 23 novembre avec la mention « n.c. » (année non communiquée)."),
    # 43
    ("Combien de projets la Fondation Monoprix a-t-elle financés en 2018, et pour quel montant ?",
     "19 projets associatifs, pour près de 276 000 euros (dont Dons solidaires, Le Rocher, Wake up café).",
     ["19 projets", "276 000 euros"], CASINO, 31, 'figure'),
    # 44
    ("Combien de territoires participent au parcours d'expérience lancé avec le CGET ?",
     "11 territoires pionniers (parcours de 18 mois, première session le 3 mai) ; un autre article parle de "
     "« 10 territoires pilotes ».",
     ["11 territoires", "10 territoires pilotes"], GLO, 2, 'figure'),
    # 45
    ("Selon la fiche pratique, quelles familles d'indicateurs faut-il suivre pour mesurer ce qu'une alliance change ?",
     "Les trois familles du programme IMPACT : l'innovation, la performance des organisations partenaires et la "
     "confiance entre les acteurs.",
     ["innovation", "performance", "confiance"], FIC, 1, 'list'),
    # 46
    ("C'est quoi la règle du 3-2-1 pour sauvegarder ses données ?",
     "3 copies des données, sur 2 supports différents, dont 1 sur un lieu déporté.",
     ["3 copies sur 2 supports"], MITI, 46, 'definition'),
    # 47
    ("dans l'enquete 2024 aupres des maires ils etaient combien et c quoi la part des petites communes ?",
     "302 maires interrogés ; 84 % des répondants administrent une commune de moins de 2 000 habitants.",
     ["302 maires", "84 %"], RAP, 2, 'figure'),
    # 48
    ("et ils voient leur territoire comment, ces maires ?",
     "91 % voient leur territoire en mouvement : 35 % fortement, 56 % ni plus ni moins.",
     ["91 %", "35 %", "56 %"], RAP, 2, 'figure', F),
    # 49
    U("Quel est le budget annuel de la Fondation TotalEnergies, co-fondatrice du Fonds ODD 17 ?",
      "Le corpus ne le donne pas : seule la dotation du Fonds ODD 17 (1,5 M€ sur trois ans) est mentionnée, pas le "
      "budget de la fondation."),
    # 50
    ("Avec l'accord signé avec la Fondation GoodPlanet, combien de CO2 TOTAL compte-t-il éviter chaque année, et "
     "grâce à quoi ?",
     "50 000 t de CO2 par an, grâce à la création et l'exploitation de 8 400 biodigesteurs en Inde (programme sur "
     "10 ans pour les voyages en avion des salariés).",
     ["50 000 t de CO2", "8 400 biodigesteurs"], TOTAL, 3, 'figure'),
    # 51
    ("la loi sur le droit de l'alliance d'interet general c porté par qui et y a combien de mesures dans la feuille "
     "de route ?",
     "La proposition de loi est portée par Cathy Racon-Bouzon (déposée en février, agréée par le Bureau de "
     "l'Assemblée nationale, publiée au Journal officiel) ; la feuille de route ministérielle compte 21 mesures.",
     ["Cathy Racon-Bouzon", "21 mesures"], GLO, 1, 'who'),
    # 52
    ("Pour l'indicateur des classes dédoublées en REP du baromètre des résultats de l'action publique, qui "
     "consolide les effectifs au niveau national ?",
     "La DGESCO, après établissement des effectifs au niveau académique quelques semaines après la rentrée.",
     ["DGESCO"], ETALAB, 6, 'who'),
    # 53
    ("Dans PHARE-Citoyens, quel enjeu du territoire obtient la meilleure note ?",
     "L'emploi, noté 7,1/10.",
     ["7,1/10"], WEB, 1, 'figure'),
    # 54
    ("Et combien de personnes avaient été interrogées ?",
     "Plus de 2 000 personnes.",
     ["2 000 personnes"], WEB, 1, 'figure', F),
    # 55
    ("Par quels moyens Re-Co compte-t-elle produire des logements à loyer abordable en ville ?",
     "Par quatre types d'intervention : la rénovation, la surélévation, la complémentation et la réaffectation.",
     ["surélévation", "complémentation", "réaffectation"], RECOOP, 2, 'list'),
    # 56
    ("le chiffre de 92 % des maires il correspond a quoi exactement ?",
     "Il recouvre deux questions différentes : 92 % des maires reconnaissent l'utilité de la co-construction, et "
     "92 % expriment un « besoin d'alliance » (cité en tête de fiche) ; la fiche met en garde contre la confusion.",
     ["utilité de la co-construction", "besoin d’alliance"], FIC, 2, 'definition'),
    # 57
    U("Combien de maires avaient été interrogés pour l'édition 2022 du baromètre IMPACTS & TRAJECTOIRES – Élus "
      "locaux ?",
      "Le corpus ne documente que l'édition 2024 (302 maires, 30 septembre-28 octobre 2024) ; rien n'est dit d'une "
      "édition 2022."),
    # 58
    ("Quand se déroule le pré-audit externe du projet REACH ?",
     "Du 6 janvier au 7 février 2025.",
     ["du 06 janvier au 7 février 2025"], PULSE, 11, 'when'),
    # 59
    ("Quand le programme IMPACT a-t-il été lancé, et avec quels partenaires ?",
     "En novembre 2017, avec la Caisse des Dépôts, l'Institut CDC pour la Recherche, le Groupe La Poste, la "
     "Fondation TOTAL et Le RAMEAU.",
     ["Novembre 2017", "Institut CDC pour la Recherche"], AGE, 1, 'when'),
    # 60
    ("casino soutient la federation des banques alimentaires depuis quand ?",
     "Depuis 2009 ; le partenariat avec la FFBA doit être renouvelé en 2019 pour trois ans.",
     ["depuis 2009"], CASINO, 29, 'when'),
]


def main():
    assert len(Q) == 60, len(Q)
    lines = []
    for i, q in enumerate(Q, 1):
        question, answer, mc, src, page, kind = q[:6]
        rec = {'id': f'{PREFIX}{i:02d}', 'question': question, 'answer': answer, 'must_contain': mc,
               'source': src, 'page': page, 'kind': kind}
        if len(q) > 6 and q[6]:
            rec['follows'] = f'{PREFIX}{i - 1:02d}'
        lines.append(json.dumps(rec, ensure_ascii=False))
    with open(os.path.join(HERE, 'questions.jsonl'), 'w', encoding='utf-8') as f:
        f.write('\n'.join(lines) + '\n')
    print(f'{len(lines)} questions écrites')


if __name__ == '__main__':
    main()
