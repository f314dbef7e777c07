#!/usr/bin/env python3
"""Source des 60 questions du jeu s58 ; écrit questions.jsonl à côté du script.

Chaque entrée : (question, answer, must_contain, source, page, kind[, follows=True]).
source : nom de fichier (obs-s58-… ou real-…) ; None pour les questions sans réponse.
"""
import json
import os

P = 's58'
D01 = 'obs-s58-01-charte-faire-alliance.pdf'
D02 = 'obs-s58-02-qui-porte-observatoire.pdf'
D03 = 'obs-s58-03-cheminement-programmes.pdf'
D04 = 'obs-s58-04-veille-droit-alliance.pdf'
D05 = 'obs-s58-05-impact-associations-territoires.pdf'
D06 = 'obs-s58-06-reperes-associations-entreprises.pdf'
D07 = 'obs-s58-07-phare-citoyens-chiffres.pdf'
D08 = 'obs-s58-08-fonds-odd17.pdf'
D09 = 'obs-s58-09-elus-locaux-trajectoires.pdf'
D10 = 'obs-s58-10-fondation-territoires-agenda.pdf'
PULSE = 'real-pulse-reach-presentation.pdf'
RECOOP = 'real-recoop-plaquette.pdf'
CPESR = 'real-cpesr-barometre-esr-2023.pdf'
CASINO = 'real-casino-dpef-2018.pdf'
EDF = 'real-edf-dpef-2018-extrait.pdf'
TOTAL = 'real-total-dpef-2018-extrait.pdf'
ETALAB = 'real-etalab-documentation-barometre-resultats.pdf'
MITI = 'real-miti-guide-gestion-donnees-recherche-v2.pdf'

U = 'unanswerable'

Q = [
    # 01
    ("La Charte du faire alliance a été dévoilée à quelle date ?",
     "La page donne deux dates : le mardi 30 novembre 2021, jour du Giving Tuesday (date retenue "
     "par Le RAMEAU et Carenews), alors que l'annonce reprise sur associations.gouv.fr parle du "
     "« mardi 30 septembre ». Il faut signaler les deux versions.",
     ["30 novembre 2021", "30 septembre"], D01, 1, 'when'),
    # 02
    ("c'était où exactement, et qui avait piloté l'écriture du texte ?",
     "À Saint-Maurice (territoire de Paris-Est Marne & Bois), lors d'une soirée VitaWin ; le texte "
     "a été co-construit pendant trois mois sous le pilotage de la Fondation des Territoires.",
     ["Saint-Maurice", "Fondation des Territoires"], D01, 1, 'who', True),
    # 03
    ("Quel est le budget total du projet REACH et combien apporte son principal cofinanceur ?",
     "Budget total de 1,638 M€ ; le principal cofinanceur, l'Agence Française de Développement, "
     "apporte 800 000 €.",
     ["1,638M€", "800 000€"], PULSE, 2, 'figure'),
    # 04
    ("qui s'occupe de la direction scientifique de l'observatoire ?",
     "Anne Robin, fondatrice de COMISIS, qui assure la direction scientifique de l'Observatoire à "
     "titre bénévole.",
     ["Anne Robin", "COMISIS"], D02, 1, 'who'),
    # 05
    ("Selon le guide de bonnes pratiques de la MITI sur les données de la recherche, dans quelle "
     "proportion ces données sont-elles financées par de l'argent public ?",
     "À plus de 50 % sur des fonds publics.",
     ["plus de 50% sur des fonds publics"], MITI, 5, 'figure'),
    # 06
    ("Combien de salariés compte l'équipe du RAMEAU ?",
     "Le corpus ne donne pas l'effectif du RAMEAU : il indique sa date de création (2006), plus de "
     "1 000 exemples inspirants et des expérimentations avec plus de 500 organisations, mais aucun "
     "nombre de salariés.",
     [], None, None, U),
    # 07
    ("Quels sont les programmes quinquennaux successifs de l'Observatoire, avec leurs périodes ?",
     "ARPEA (2008-2012), PHARE (2013-2018, ou 2013-2017 selon d'autres pages) et IMPACT "
     "(2018-2022, lancé en novembre 2017).",
     ["2008-2012", "2013-2018", "2018-2022"], D03, 1, 'list'),
    # 08
    ("et le premier de ces programmes, son nom complet c'est quoi au juste ?",
     "ARPEA se développe de trois façons selon les documents : « Analyse des Relations et des "
     "Partenariats entre Entreprises et Associations » (rapport quinquennal 2012), « Analyser les "
     "Relations Partenariales entre Entreprises et Associations » et « Analyse des Relations "
     "Associations-Entreprises ».",
     ["Analyse des Relations et des Partenariats entre Entreprises et Associations",
      "Analyse des Relations Associations-Entreprises"], D03, 1, 'definition', True),
    # 09
    ("En 2018, combien de tonnes de produits le groupe Casino a-t-il apportées aux banques "
     "alimentaires, et ça représente combien de repas ?",
     "Plus de 25 100 tonnes de produits (collecte et ramasse), soit l'équivalent de plus de "
     "50 millions de repas.",
     ["25 100 tonnes", "50 millions de repas"], CASINO, 29, 'figure'),
    # 10
    ("Depuis quand le groupe accompagne-t-il la Fédération française des banques alimentaires ?",
     "Depuis 2009 ; le partenariat doit être renouvelé en 2019 pour trois ans.",
     ["depuis 2009"], CASINO, 29, 'when', True),
    # 11
    ("Le rapport de la mission confiée par Gabriel Attal a été remis quand ? Et le bilan ?",
     "Le rapport a été remis le 7 mai 2020 ; le bilan a suivi le 17 octobre 2020.",
     ["7 mai 2020", "17 octobre 2020"], D04, 1, 'when'),
    # 12
    ("à qui il l'avait confiée, cette mission ?",
     "À Cathy Racon-Bouzon et Charles-Benoît Heidsieck, lors du FNAF 2019.",
     ["Cathy Racon-Bouzon", "Charles-Benoît Heidsieck"], D04, 1, 'who', True),
    # 13
    ("Combien de personnes ont répondu au baromètre de l'enseignement supérieur et de la "
     "recherche 2023 de la CPESR ?",
     "2460 répondants ont rempli au moins la première partie, et 2026 ont finalisé leur réponse.",
     ["2460", "2026"], CPESR, 3, 'figure'),
    # 14
    ("il etait ouvert sur quelle periode ?",
     "De mars à octobre 2023.",
     ["de mars à octobre 2023"], CPESR, 3, 'when', True),
    # 15
    ("Combien y a-t-il d'associations employeuses en France d'après l'étude IMPACT – "
     "Associations & Territoires ?",
     "148 000 associations employeuses.",
     ["148 000"], D05, 1, 'figure'),
    # 16
    ("et parmi elles, combien ont au moins un partenariat ?",
     "98 % des associations employeuses déclarent au moins une relation partenariale.",
     ["98 %"], D05, 1, 'figure', True),
    # 17
    ("les assos employeuses elles sont combien a bosser avec les ecoles ?",
     "70 % travaillent avec des établissements scolaires (à ne pas confondre avec les 70 % des "
     "pratiques responsables ni les 73 % des structures d'intérêt général).",
     ["Établissements scolaires", "70 %"], D05, 1, 'figure'),
    # 18
    ("Dans l'étude IMPACT – Associations & Territoires, quelle part des associations employeuses "
     "de Bretagne ont des partenariats ?",
     "Le corpus ne ventile pas les résultats par région : seule la moyenne nationale (98 % en "
     "partenariat) et les échelles d'action (73 % locale, 47 % régionale) sont données.",
     [], None, None, U),
    # 19
    ("Combien de partenariats EDF a-t-il noués avec des associations ou des organismes de "
     "recherche ?",
     "Plus de cent partenariats, noués par les métiers avec des associations ou des organismes de "
     "recherche comme Irstea et l'Ifremer.",
     ["plus de cent partenariats"], EDF, 6, 'figure'),
    # 20
    ("Qui présidait le Conseil scientifique d'EDF en 2018 ?",
     "Sébastien Candel, Président de l'Académie des Sciences.",
     ["Sébastien Candel"], EDF, 3, 'who'),
    # 21
    ("en moyenne une asso a combien de partenaires ?",
     "2,5 partenaires en moyenne, d'après l'enquête « Associations & Partenariats » "
     "(Recherches & Solidarités et Le RAMEAU, mars 2017).",
     ["2,5 partenaires"], D06, 1, 'figure'),
    # 22
    ("L'enquête Associations & Partenariats de Recherches & Solidarités, elle a interrogé "
     "combien de responsables, et à quel moment ?",
     "Plus de 1 380 responsables associatifs, en mai-juin 2016 (résultats publiés en mars 2017).",
     ["1 380", "mai-juin 2016"], D06, 1, 'figure'),
    # 23
    ("Selon ARPEA Entreprises & Territoires, quelle proportion d'entreprises ne veulent pas "
     "développer de partenariats ?",
     "46 % (étude de janvier 2011) ; 21 % en développent et 33 % le souhaitent. Ne pas confondre "
     "avec les « près de 46 % » d'associations engagées avec une entreprise.",
     ["46 % ne le souhaitent pas"], D06, 1, 'figure'),
    # 24
    ("Quels leviers la coopérative Re-Co mobilise-t-elle pour produire du logement à loyer "
     "abordable en ville ?",
     "Quatre types d'intervention : la rénovation, la surélévation, la complémentation et la "
     "réaffectation.",
     ["la rénovation, la surélévation, la complémentation et la réaffectation"], RECOOP, 2,
     'list'),
    # 25
    ("Qui est le trésorier de la coopérative Re-Co ?",
     "La plaquette liste les membres fondateurs, qui forment ensemble la direction de la "
     "coopérative, mais n'attribue à personne la fonction de trésorier.",
     [], None, None, U),
    # 26
    ("Quelle note sur 10 la sécurité obtient-elle dans PHARE-Citoyens ?",
     "6,6 sur 10 dans le tableau, mais une autre présentation des résultats indique 7/10 : les "
     "deux valeurs coexistent.",
     ["6,6", "7/10"], D07, 1, 'figure'),
    # 27
    ("dans quels domaines les francais pensent que les partenariats ont un gros impact ?",
     "Emploi (49 %), développement économique (46 %), environnement (42 %), précarité et "
     "éducation (36 % chacun).",
     ["49 %", "42 %", "36 %"], D07, 1, 'list'),
    # 28
    ("Quelle proportion des Français considèrent les partenariats comme une source "
     "d'innovation ?",
     "74 % des Français selon la page ; une version diffusée par un réseau partenaire retient "
     "69 % des citoyens.",
     ["74 %", "69 % des citoyens"], D07, 2, 'figure'),
    # 29
    ("et chez les maires ?",
     "87 % des maires (chiffre issu de PHARE-Institutions).",
     ["87 %"], D07, 2, 'figure', True),
    # 30
    ("Combien d'OSC intermédiaires le projet REACH prévoit-il de former, et comment se "
     "répartissent-elles entre Jógjëf et Oribi ?",
     "50 OSC intermédiaires : 30 pour Jógjëf et 20 pour Oribi.",
     ["50 OSC intermédiaires", "Jógjëf : 30", "Oribi : 20"], PULSE, 7, 'figure'),
    # 31
    ("Qui a créé le Fonds ODD 17, et avec quelle dotation ?",
     "Le RAMEAU et la Fondation TotalEnergies, en 2020 ; dotation de 1,5 M€.",
     ["Fondation TotalEnergies", "1,5 M€"], D08, 1, 'who'),
    # 32
    ("ça dure combien de temps l'expérimentation ?",
     "3 ans, en s'appuyant sur 350 « catalyseurs territoriaux ».",
     ["3 ans"], D08, 1, 'figure', True),
    # 33
    ("MEDOC c koi ?",
     "L'acronyme des cinq entrées de la plateforme www.odd17.org : Méthodes, Exemples, Données, "
     "Outils, Compétences.",
     ["Méthodes", "Compétences", "www.odd17.org"], D08, 1, 'definition'),
    # 34
    ("Combien de maires ont été interrogés pour l'édition 2022 d'IMPACTS & TRAJECTOIRES – "
     "Élus locaux ?",
     "Le corpus ne présente que l'édition 2024 (302 maires) et l'étude IMPACT-Élus locaux de "
     "novembre 2020 ; aucune édition 2022 n'est décrite.",
     [], None, None, U),
    # 35
    ("Combien de biodigesteurs prévoit le programme de TOTAL avec la Fondation GoodPlanet, et "
     "quelle quantité de CO2 doit-il éviter ?",
     "8 400 biodigesteurs en Inde, pour éviter 50 000 t de CO2 par an.",
     ["8 400 biodigesteurs", "50 000 t de CO2"], TOTAL, 3, 'figure'),
    # 36
    ("Pour l'enquête IMPACTS & TRAJECTOIRES élus locaux 2024, combien de maires ont répondu et "
     "comment ils ont été interrogés ?",
     "302 maires, interrogés par téléphone.",
     ["302", "téléphone"], D09, 1, 'figure'),
    # 37
    ("c'était quand le terrain ?",
     "Du 30 septembre au 28 octobre 2024.",
     ["du 30 septembre au 28 octobre 2024"], D09, 1, 'when', True),
    # 38
    ("Quelle proportion des maires interrogés en 2024 estime que leur territoire bouge "
     "fortement ?",
     "35 % ; au total 91 % voient leur territoire en mouvement (35 % fortement, 56 % ni plus ni "
     "moins).",
     ["35 %", "91 %"], D09, 1, 'figure'),
    # 39
    ("Les maires savent-ils conduire la dynamique d'engagement de leur commune ?",
     "Pas tous : 76 % jugent leur territoire engagé, mais 46 % ne savent pas comment piloter "
     "cette dynamique.",
     ["46 % ne savent pas", "76 %"], D09, 2, 'figure'),
    # 40
    ("Dans la documentation du Baromètre des résultats de l'action publique, qui consolide au "
     "niveau national les effectifs utilisés pour les classes dédoublées en REP ?",
     "La DGESCO (après une saisie au niveau académique).",
     ["DGESCO"], ETALAB, 6, 'who'),
    # 41
    ("Quelles sont les thématiques couvertes par la première version du baromètre des résultats "
     "de l'action publique ?",
     "Huit thématiques : transition écologique, emploi – économie, santé – famille – handicap, "
     "éducation, sécurité, culture, services publics et territoires, logement.",
     ["transition écologique", "services publics et territoires"], ETALAB, 4, 'list'),
    # 42
    ("Quand la Fondation des Territoires a-t-elle été créée, et sous l'égide de qui ?",
     "Le 14 juin 2022, sous l'égide de la Fondation de Lille.",
     ["14 juin 2022", "Fondation de Lille"], D10, 1, 'when'),
    # 43
    ("La Fondation des Territoires rassemble combien de co-fondateurs ?",
     "21 co-fondateurs.",
     ["21 co-fondateurs"], D10, 1, 'figure'),
    # 44
    ("Combien de territoires ont suivi le parcours d'expérience monté avec le CGET ?",
     "11 territoires pionniers selon la page (parcours de 18 mois, première session le 3 mai) ; "
     "une autre page parle de 10 territoires pilotes.",
     ["11 territoires pionniers", "10 territoires pilotes"], D10, 1, 'figure'),
    # 45
    ("le 11e rapport regional de l'observatoire il portait sur quelle region et il est sorti "
     "quand",
     "Sur la Normandie ; il est daté du 26 novembre dans l'agenda.",
     ["Normandie", "26 novembre"], D10, 2, 'when'),
    # 46
    ("D'après le guide de bonnes pratiques sur la gestion des données de la recherche, qu'est-ce "
     "qu'un vocabulaire contrôlé ?",
     "Une liste de termes (mots et expressions) soigneusement choisis pour désigner les concepts "
     "d'un domaine, avec un seul terme préférentiel et éventuellement des entrées non "
     "préférentielles.",
     ["liste de termes"], MITI, 89, 'definition'),
    # 47
    ("et le thésaurus GEMET, qui l'a développé ?",
     "L'Agence européenne pour l'environnement (thésaurus documentaire multilingue).",
     ["Agence européenne"], MITI, 89, 'who', True),
    # 48
    ("PHARE-Institutions a été publié quand, et combien de profils de maires y sont distingués ?",
     "Le 29 novembre 2016 ; il distingue 5 profils de maires.",
     ["29 novembre 2016", "5 profils de maires"], D03, 2, 'when'),
    # 49
    ("Avec quels partenaires le programme IMPACT est-il conduit ?",
     "La Caisse des Dépôts, l'Institut CDC pour la Recherche, le Groupe La Poste, la Fondation "
     "TOTAL et Le RAMEAU.",
     ["Institut CDC pour la Recherche", "Groupe La Poste", "Fondation TOTAL"], D03, 2, 'list'),
    # 50
    ("Qui est le président de la Fondation des Territoires ?",
     "Le corpus raconte la création de la Fondation des Territoires (14 juin 2022, 21 "
     "co-fondateurs, égide de la Fondation de Lille) mais ne nomme pas son président.",
     [], None, None, U),
    # 51
    ("En quelle année l'Observatoire des partenariats a-t-il été créé, et par qui ?",
     "En 2008, par la Caisse des Dépôts et Le RAMEAU (avec le MEDEF et le Mouvement associatif "
     "comme partenaires) ; des publications plus anciennes (2011, 2012) le disent créé en 2007.",
     ["2008", "2007", "Caisse des Dépôts"], D02, 1, 'when'),
    # 52
    ("Avec quelle entreprise sociale Casino a-t-il lancé l'Arrondi en caisse chez Franprix, et "
     "en quelle année ?",
     "Avec MicroDON, en 2011.",
     ["MicroDON", "En 2011"], CASINO, 31, 'who'),
    # 53
    ("la fondation monoprix elle a financé combien de projets en 2018 et pour combien ?",
     "19 projets associatifs, pour près de 276 000 euros.",
     ["19 projets associatifs", "276 000 euros"], CASINO, 31, 'figure'),
    # 54
    ("quel % des maires disent avoir besoin d'alliances ?",
     "92 % des maires expriment un « besoin d'alliance » (à ne pas confondre avec les 92 % de "
     "maires qui reconnaissent l'utilité de la co-construction, sur une autre page).",
     ["92 %", "besoin d'alliance"], D04, 1, 'figure'),
    # 55
    ("Combien de députés ont cosigné la proposition de loi sur le droit de l'alliance d'intérêt "
     "général ?",
     "Le corpus dit qui porte la proposition (Cathy Racon-Bouzon), qu'elle a été déposée en "
     "février, agréée par le Bureau de l'Assemblée nationale et publiée au JO, mais ne donne aucun "
     "nombre de cosignataires.",
     [], None, None, U),
    # 56
    ("Gabriel Attal était ministre de quoi quand il a lancé la mission sur les alliances "
     "d'intérêt général ?",
     "Le corpus nomme Gabriel Attal comme celui qui a confié la mission lors du FNAF 2019, sans "
     "indiquer sa fonction.",
     [], None, None, U),
    # 57
    ("Dans le baromètre ESR 2023, quelle instance suscite le plus de défiance, et à quel niveau ?",
     "Le MESRI, avec 91 % de défiance (suivi de l'État, 89 %).",
     ["MESRI", "91% de défiance"], CPESR, 5, 'figure'),
    # 58
    ("Qui a signé la transformation de la Tour Bois le Prêtre citée dans la plaquette Re-Co ?",
     "Druot, Lacaton & Vassal (Paris, 2011).",
     ["Druot, Lacaton & Vassal"], RECOOP, 3, 'who'),
    # 59
    ("Le pré-audit externe du projet REACH est prévu entre quelles dates ?",
     "Du 6 janvier au 7 février 2025.",
     ["du 06 janvier au 7 février 2025"], PULSE, 11, 'when'),
    # 60
    ("c'etait quoi les territoires pilotes de agir ensemble en territoire ??",
     "L'Alsace (avec Alsace Active), le Poitou-Charentes (avec le Groupe La Poste) et "
     "Paris-Est Marne & Bois ; la démarche a été initiée en 2010.",
     ["Alsace Active", "Poitou-Charentes", "Paris-Est Marne & Bois"], D01, 1, 'list'),
]


def main():
    assert len(Q) == 60, len(Q)
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'questions.jsonl')
    with open(out, 'w', encoding='utf-8') as f:
        for i, e in enumerate(Q, 1):
            q, a, mc, src, page, kind = e[:6]
            d = {'id': f'{P}{i:02d}', 'question': q, 'answer': a, 'must_contain': mc,
                 'source': src, 'page': page, 'kind': kind}
            if len(e) > 6 and e[6]:
                d['follows'] = f'{P}{i - 1:02d}'
            f.write(json.dumps(d, ensure_ascii=False) + '\n')
    print(out)


if __name__ == '__main__':
    main()
