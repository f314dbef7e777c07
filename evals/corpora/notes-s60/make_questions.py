#!/usr/bin/env python3
"""Source des 60 questions du jeu s60 ; écrit questions.jsonl à côté de ce script.

Chaque entrée : (question, answer, must_contain, source, page, kind, est_une_suite).
Les ids s60NN sont attribués dans l'ordre ; « follows » = l'id juste avant pour les suites.
"""
import json
import os

PREFIX = 's60'
HERE = os.path.dirname(os.path.abspath(__file__))

R01 = 'obs-s60-01-rapport-impact-acteurs.pdf'
R02 = 'obs-s60-02-infographie-citoyens-elus.pdf'
R03 = 'obs-s60-03-lettre-alliances.pdf'
R04 = 'obs-s60-04-actes-rencontres.pdf'
R05 = 'obs-s60-05-chiffres-cles.pdf'
R06 = 'obs-s60-06-chronologie-paysage.pdf'
PULSE = 'real-pulse-reach-presentation.pdf'
RECOOP = 'real-recoop-plaquette.pdf'
TOTAL = 'real-total-dpef-2018-extrait.pdf'
EDF = 'real-edf-dpef-2018-extrait.pdf'
CASINO = 'real-casino-dpef-2018.pdf'
CPESR = 'real-cpesr-barometre-esr-2023.pdf'
ETALAB = 'real-etalab-documentation-barometre-resultats.pdf'
MITI = 'real-miti-guide-gestion-donnees-recherche-v2.pdf'

U = 'unanswerable'
Q = [
    # 01
    ("y a combien d'assos employeuses dans l'etude impact assos & territoires ?",
     "Le volet IMPACT – Associations & Territoires porte sur 148 000 associations employeuses "
     "(rapport d'étude « Faire alliance : la parole de chaque acteur », section 3, page imprimée 15).",
     ["148 000"], R01, 4, 'figure', False),
    # 02
    ("et parmi elles, combien ont au moins un partenaire ?",
     "98 % des associations employeuses entretiennent au moins une relation partenariale (même page, section 3).",
     ["98 %"], R01, 4, 'figure', True),
    # 03
    ("Quel est le budget total du projet REACH porté par PULSE, et qui en est le principal cofinanceur ?",
     "Le budget total est de 1,638 M€ ; le principal cofinanceur est l'Agence Française de Développement, "
     "pour 800 000 € (fiche d'identité du projet, page 2).",
     ["1,638M€", "800 000€"], PULSE, 2, 'figure', False),
    # 04
    ("il dure combien de temps ce projet ?",
     "REACH est un projet pluriannuel de 3 ans, de juin 2023 à juin 2026 (page 2).",
     ["3 ans (juin 2023-juin 2026)"], PULSE, 2, 'when', True),
    # 05
    ("Quelle note d'importance les Français interrogés pour PHARE-Citoyens donnent-ils à la sécurité ?",
     "L'infographie affiche 6,6/10 pour la sécurité, mais signale qu'un autre compte rendu de la même enquête "
     "lui attribue 7/10 : les deux valeurs coexistent (infographie, page 1/3).",
     ["6,6/10", "7/10"], R02, 1, 'figure', False),
    # 06
    ("Combien de structures adhérentes compte Alsace Active, le pilote alsacien de la démarche « Agir ensemble "
     "en Territoire » ?",
     "Le corpus cite Alsace Active comme pilote de la démarche en Alsace, mais n'indique nulle part son nombre "
     "d'adhérents ou de structures membres : l'information n'est pas disponible.",
     [], None, None, U, False),
    # 07
    ("Qui signe l'éditorial de la lettre d'information « Le Fil des alliances » ?",
     "Charles-Benoît Heidsieck, Président-fondateur du RAMEAU (lettre d'information, page 1).",
     ["Charles-Benoît Heidsieck", "Président-fondateur du RAMEAU"], R03, 1, 'who', False),
    # 08
    ("Qui préside le Conseil scientifique d'EDF mentionné dans la DPEF 2018 ?",
     "Sébastien Candel, Président de l'Académie des Sciences ; le Conseil s'est réuni trois fois en 2018 "
     "(extrait EDF, page 3, page imprimée 152).",
     ["Sébastien Candel"], EDF, 3, 'who', False),
    # 09
    ("Sous quelles formes les associations employeuses nouent-elles leurs partenariats, et dans quelles proportions ?",
     "Quatre formes : le mécénat (75 %), l'innovation sociétale (73 %), les pratiques responsables (70 %) et la "
     "coopération économique (58 %) (rapport d'étude, section 3.2, page imprimée 15).",
     ["mécénat (75 %)", "innovation sociétale (73 %)", "coopération économique (58 %)"], R01, 4, 'list', False),
    # 10
    ("casino a donné combien de tonnes aux banques alimentaires en 2018 ?",
     "Plus de 25 100 tonnes de produits, soit l'équivalent de plus de 50 millions de repas, apportées aux réseaux "
     "des banques alimentaires ou structures équivalentes (DPEF Casino, page 29, page imprimée 209).",
     ["25 100 tonnes", "50 millions de repas"], CASINO, 29, 'figure', False),
    # 11
    ("et la fédé française des banques alimentaires, il la soutient depuis quand ?",
     "Le groupe Casino accompagne la Fédération française des banques alimentaires (FFBA) depuis 2009, avec un "
     "renouvellement prévu en 2019 pour trois ans (page 29).",
     ["depuis 2009"], CASINO, 29, 'when', True),
    # 12
    ("cetait quand le lancement de la charte du faire alliance ?",
     "La charte a été dévoilée le 30 novembre 2021, jour du Giving Tuesday, à Saint-Maurice. Attention : "
     "l'annonce de associations.gouv.fr parle d'un « mardi 30 septembre » ; la lettre donne les deux versions "
     "(lettre d'information, page 2).",
     ["30 novembre 2021", "mardi 30 septembre"], R03, 2, 'when', False),
    # 13
    ("elle a été préparée pendant combien de temps, et qui pilotait le travail ?",
     "Trois mois de co-construction, sous le pilotage de la Fondation des Territoires (lettre d'information, page 1).",
     ["trois mois de co-construction", "Fondation des Territoires"], R03, 1, 'who', True),
    # 14
    ("Que recouvre l'acronyme FAIR appliqué aux données de la recherche ?",
     "Des principes directeurs visant à rendre les données Faciles à trouver, Accessibles, Interopérables et "
     "Réutilisables, par les humains et les machines ; énoncés par le groupe FORCE 11 et publiés en mars 2016 "
     "dans Scientific Data (guide MITI, section 1.4, page PDF 19, page imprimée 15).",
     ["Faciles à trouver, Accessibles, Interopérables et Réutilisables"], MITI, 19, 'definition', False),
    # 15
    ("c koi le chiffre d'affaires du groupe la poste, qui est partenaire d'IMPACT ?",
     "Le corpus cite le Groupe La Poste parmi les partenaires du programme IMPACT et comme pilote en "
     "Poitou-Charentes, mais ne donne jamais son chiffre d'affaires : pas de réponse possible.",
     [], None, None, U, False),
    # 16
    ("Quelle proportion de citoyens considère les partenariats comme une source d'innovation ?",
     "Le tableau 1 du rapport indique 74 %, mais une note précise qu'une autre édition de la synthèse retient "
     "69 % pour les citoyens : il faut donner les deux chiffres (rapport d'étude, page imprimée 14).",
     ["74 %", "69 %"], R01, 3, 'figure', False),
    # 17
    ("Le fonds ODD 17, il est doté de combien et c'est qui qui l'a créé ?",
     "1,5 M€ pour une expérimentation de trois ans ; il a été créé en 2020 par Le RAMEAU et la Fondation "
     "TotalEnergies (lettre d'information, page 3).",
     ["1,5 M€", "Fondation TotalEnergies"], R03, 3, 'figure', False),
    # 18
    ("re-co c koi comme structure et c basé ou ?",
     "Re-Co est une société coopérative d'habitation basée à Lausanne (avenue de Morges 63) "
     "(plaquette Re-Co, page 1).",
     ["Société coopérative d’habitation", "Lausanne"], RECOOP, 1, 'definition', False),
    # 19
    ("En quelle année l'Observatoire des partenariats a-t-il été créé ?",
     "Les documents récents retiennent 2008 (Le RAMEAU et la Caisse des Dépôts), mais l'étude ARPEA de janvier "
     "2011 et le rapport quinquennal du 11 décembre 2012 évoquent une création en 2007 : les deux dates "
     "circulent (actes, intervention d'Anne Robin, page imprimée 46).",
     ["2008", "2007"], R04, 2, 'when', False),
    # 20
    ("Combien de personnes ont répondu au baromètre de l'ESR 2023 de la CPESR, et combien sont allées jusqu'au bout ?",
     "2460 répondants ont rempli au moins la première partie et 2026 ont finalisé leur réponse (page 3).",
     ["2460 répondants", "2026 ont finalisé"], CPESR, 3, 'figure', False),
    # 21
    ("il a été ouvert sur quelle période ?",
     "De mars à octobre 2023, pour limiter l'effet date (page 3).",
     ["de mars à octobre 2023"], CPESR, 3, 'when', True),
    # 22
    ("Quels territoires ont servi de pilotes à la démarche « Agir ensemble en Territoire » ?",
     "L'Alsace (avec Alsace Active), le Poitou-Charentes (avec le Groupe La Poste) et Paris-Est Marne & Bois "
     "(lettre d'information, page 2).",
     ["Alsace Active", "Poitou-Charentes", "Paris-Est Marne & Bois"], R03, 2, 'list', False),
    # 23
    ("cest quoi le truc le plus important pour les francais dans phare citoyens ?",
     "L'emploi, noté 7,1/10, devant le pouvoir d'achat et la sécurité (6,6/10) (infographie, page 1/3).",
     ["7,1/10", "Emploi"], R02, 1, 'figure', False),
    # 24
    ("Quelle proportion des associations employeuses de Bretagne déclare au moins un partenariat ?",
     "Le corpus donne des résultats nationaux (98 % des associations employeuses) et mentionne un rapport "
     "régional consacré à la Normandie, mais aucun chiffre n'est ventilé pour la Bretagne : pas de réponse.",
     [], None, None, U, False),
    # 25
    ("D'après l'enquête auprès des citoyens, dans quel domaine la coopération entre acteurs produit-elle l'effet "
     "le plus marqué aux yeux des sondés ?",
     "L'emploi : 49 % des Français y voient un impact fort des partenariats (infographie PHARE-Citoyens, page 2/3).",
     ["49 %"], R02, 2, 'figure', False),
    # 26
    ("Et pour l'environnement ?",
     "42 % (même page).",
     ["42 %"], R02, 2, 'figure', True),
    # 27
    ("Avec la Fondation GoodPlanet, TOTAL compense les vols de ses salariés : combien de CO2 cela doit-il éviter "
     "chaque année, et grâce à quoi ?",
     "Environ 50 000 t de CO2 par an, grâce à la création et l'exploitation de 8 400 biodigesteurs en Inde ; "
     "l'accord signé en 2017 court sur 10 ans (extrait TOTAL, page 3, page imprimée 200).",
     ["50 000 t de CO2 par an", "8 400 biodigesteurs"], TOTAL, 3, 'figure', False),
    # 28
    ("qui dirige scientifiquement les travaux de l'observatoire ?",
     "Anne Robin, fondatrice de COMISIS, qui exerce cette direction scientifique bénévolement "
     "(rapport d'étude, section 4.2, page imprimée 16).",
     ["Anne Robin", "COMISIS"], R01, 5, 'who', False),
    # 29
    ("Que signifie l'acronyme M.E.D.O.C. ?",
     "Méthodes, Exemples, Données, Outils, Compétences : cinq ressources rassemblées sur la plateforme "
     "www.odd17.org (lettre d'information, page 3).",
     ["Méthodes, Exemples, Données, Outils, Compétences"], R03, 3, 'definition', False),
    # 30
    ("EDF a créé son Conseil des générations futures avec quel partenaire, et en quelle année ?",
     "En 2017, en partenariat avec Usbek & Rica (extrait EDF, page 3).",
     ["Usbek & Rica", "En 2017"], EDF, 3, 'when', False),
    # 31
    ("il réunit combien de salariés du groupe ?",
     "Quarante collaboratrices et collaborateurs du groupe EDF en France (hors RTE et Enedis), plus une trentaine "
     "de participants externes (page 3).",
     ["quarante collaboratrices et collaborateurs"], EDF, 3, 'figure', True),
    # 32
    ("en 2008 et en 2012 ya combien de francais qui trouvaient urgent de faire des partenariats ?",
     "86 % en 2008, puis 84 % en 2012 (programme ARPEA ; actes, intervention d'Anne Robin, page imprimée 46).",
     ["86 %", "84 %"], R04, 2, 'figure', False),
    # 33
    ("et en 2010 c'était combien les francais qui jugeaient ça urgent ?",
     "Le corpus ne donne cette mesure que pour 2008 (86 %) et 2012 (84 %) ; aucune valeur pour 2010.",
     [], None, None, U, True),
    # 34
    ("Pour le baromètre IMPACTS & TRAJECTOIRES des élus locaux, combien de maires ont été interrogés et à quelles "
     "dates ?",
     "302 maires, interrogés par téléphone du 30 septembre au 28 octobre 2024 ; résultats publiés en novembre 2024 "
     "(infographie, page 3/3).",
     ["302", "30 septembre au 28 octobre 2024"], R02, 3, 'figure', False),
    # 35
    ("et c'est surtout des maires de petites communes ?",
     "Oui : 84 % des répondants sont élus d'une commune de moins de 2 000 habitants (même page).",
     ["84 %", "moins de 2 000 habitants"], R02, 3, 'figure', True),
    # 36
    ("Combien d'OSC intermédiaires le projet REACH prévoit-il de former, et comment se répartissent-elles entre "
     "Jógjëf et Oribi ?",
     "50 OSC intermédiaires : 30 pour Jógjëf et 20 pour Oribi (page 7).",
     ["50 OSC intermédiaires", "Oribi : 20"], PULSE, 7, 'figure', False),
    # 37
    ("Sur quelles années s'étend le programme PHARE ?",
     "Le rapport indique 2013-2018, mais une note précise que plusieurs présentations de l'Observatoire "
     "l'arrêtent en 2017 (2013-2017) (rapport d'étude, section 1.1, page imprimée 13).",
     ["2013-2018", "2013-2017"], R01, 2, 'when', False),
    # 38
    ("Que veut dire le sigle ARPEA ?",
     "Le rapport quinquennal de 2012 le développe en « Analyse des Relations et des Partenariats entre "
     "Entreprises et Associations » ; d'autres documents disent « Analyser les Relations Partenariales entre "
     "Entreprises et Associations » ou « Analyse des Relations Associations-Entreprises » (note 1, page "
     "imprimée 13).",
     ["Analyse des Relations et des Partenariats entre Entreprises et Associations",
      "Analyse des Relations Associations-Entreprises"], R01, 2, 'definition', False),
    # 39
    ("Qui consolide au niveau national les effectifs de rentrée servant à mesurer le dédoublement des classes en REP ?",
     "La DGESCO, après une saisie au niveau académique (documentation du baromètre, section 2.1.2, page 6).",
     ["DGESCO"], ETALAB, 6, 'who', False),
    # 40
    ("Quels ont été les volets du programme PHARE ?",
     "Six volets : Citoyens (septembre 2015), Entreprises (octobre 2015), Associations (novembre 2015), "
     "13 rapports régionaux (2016), des diagnostics sectoriels (juillet 2016) et Institutions (automne 2016) "
     "(actes, page imprimée 47).",
     ["Citoyens, en septembre 2015", "diagnostics sectoriels", "Institutions, à l’automne 2016"], R04, 3, 'list',
     False),
    # 41
    ("Quand le rapport de la mission confiée par Gabriel Attal a-t-il été remis ?",
     "Le 7 mai 2020 ; un bilan a suivi le 17 octobre 2020 (actes, intervention de Charles-Benoît Heidsieck, "
     "page imprimée 48).",
     ["7 mai 2020"], R04, 4, 'when', False),
    # 42
    ("et qui l'avait reçue, cette mission ?",
     "Cathy Racon-Bouzon et Charles-Benoît Heidsieck, lors du FNAF 2019 (même page).",
     ["Cathy Racon-Bouzon", "FNAF 2019"], R04, 4, 'who', True),
    # 43
    ("Quel poste occupait Gabriel Attal quand il a confié cette mission sur les alliances ?",
     "Le corpus indique seulement que Gabriel Attal a confié la mission lors du FNAF 2019, sans jamais préciser "
     "sa fonction : pas de réponse dans les documents.",
     [], None, None, U, False),
    # 44
    ("L'initiative climat du secteur pétrolier et gazier que TOTAL a aidé à lancer en 2014 rassemblait combien "
     "d'acteurs fin 2018 ?",
     "L'Oil & Gas Climate Initiative (OGCI) regroupait fin 2018 13 grands acteurs nationaux et internationaux de "
     "l'énergie (extrait TOTAL, page 4, page imprimée 201).",
     ["13 grands acteurs"], TOTAL, 4, 'figure', False),
    # 45
    ("Quand la Fondation des Territoires a-t-elle été officiellement créée, et sous l'égide de quelle fondation ?",
     "Le 14 juin 2022, sous l'égide de la Fondation de Lille ; elle compte 21 co-fondateurs "
     "(lettre d'information, page 4).",
     ["14 juin 2022", "Fondation de Lille"], R03, 4, 'when', False),
    # 46
    ("Quelles ont été les étapes de la préfiguration de la Fondation des Territoires ?",
     "Trois étapes : juillet 2018 – juillet 2019, août 2019 – novembre 2020, décembre 2020 – mai 2022 "
     "(chronologie en paysage, page 2).",
     ["juillet 2018 – juillet 2019", "août 2019 – novembre 2020", "décembre 2020 – mai 2022"], R06, 2, 'list',
     False),
    # 47
    ("Avec quelle entreprise sociale Casino a-t-il lancé l'arrondi en caisse chez Franprix, et combien cela a-t-il "
     "rapporté ?",
     "Avec MicroDON, en 2011 ; plus d'un million d'euros de dons ont été collectés pour des associations comme la "
     "Croix Rouge, Emmaüs ou le Secours populaire (page 31, page imprimée 211).",
     ["MicroDON", "Plus d’un million d’euros"], CASINO, 31, 'figure', False),
    # 48
    ("Combien de territoires ont participé au parcours d'expérience lancé par le CGET avec Le RAMEAU ?",
     "11 territoires pionniers selon la page chiffres clés, qui signale aussi une autre présentation parlant de "
     "10 territoires pilotes ; le parcours dure 18 mois (chiffres clés, p. 8).",
     ["11 territoires pionniers", "10 territoires pilotes"], R05, 2, 'figure', False),
    # 49
    ("Qui est le trésorier de la Fondation des Territoires ?",
     "Le corpus raconte la préfiguration et la création de la Fondation des Territoires (14 juin 2022, 21 "
     "co-fondateurs) mais ne nomme aucun trésorier ni aucun membre de son bureau.",
     [], None, None, U, False),
    # 50
    ("Le niveau de ressources d'une association change-t-il ses chances d'avoir une entreprise pour partenaire ?",
     "Oui : 50 % des associations disposant de plus de 150 000 € ont un partenaire entreprise, contre 20 % de "
     "celles qui ont moins de 10 000 € (actes, intervention de Laurence Weber, page imprimée 45).",
     ["150 000 €", "10 000 €"], R04, 1, 'figure', False),
    # 51
    ("Selon le baromètre de la CPESR, envers quelle instance la défiance des personnels de l'ESR est-elle la plus "
     "forte ?",
     "Le MESRI, avec 91 % de défiance, suivi de l'État (89 %) (page 5).",
     ["MESRI (91% de défiance)"], CPESR, 5, 'who', False),
    # 52
    ("Quelle part des maires estime son territoire engagé dans des alliances, et combien disent ne pas savoir "
     "piloter ces dynamiques ?",
     "76 % jugent leur territoire engagé ; 46 % reconnaissent ne pas savoir piloter (rapport d'étude, section 2.2, "
     "page imprimée 14).",
     ["76 %", "46 %"], R01, 3, 'figure', False),
    # 53
    ("Quels types d'intervention architecturale la coopérative Re-Co met-elle en avant ?",
     "Quatre : la rénovation, la surélévation, la complémentation et la réaffectation (plaquette, page 2, "
     "pages imprimées 3-4).",
     ["la rénovation", "la surélévation", "la réaffectation"], RECOOP, 2, 'list', False),
    # 54
    ("Le 11e rapport régional de l'Observatoire est consacré à quelle région, et il sort quel jour ?",
     "À la Normandie ; publication le 26 novembre (agenda de la lettre d'information, page 4).",
     ["Normandie", "26 novembre"], R03, 4, 'when', False),
    # 55
    ("Quelle part des Français ressent un devoir d'alliance ?",
     "69 % selon PHARE-Citoyens (infographie, page 2/3) ; un chiffre plus récent de 81 % est cité dans les actes "
     "(page imprimée 48) et dans le tableau du rapport d'étude : il faut donner les deux, avec leur source.",
     ["69 %"], R02, 2, 'figure', False),
    # 56
    ("Combien de maires ont été interrogés pour l'étude PHARE-Institutions ?",
     "Le corpus donne la date de publication (29 novembre 2016) et les 5 profils de maires, mais pas la taille de "
     "l'échantillon ; les 302 maires concernent le baromètre de 2024, pas PHARE-Institutions.",
     [], None, None, U, False),
    # 57
    ("le pre audit externe de reach c quand ?",
     "Du 06 janvier au 7 février 2025 (revue des priorités court terme, page 11).",
     ["du 06 janvier au 7 février 2025"], PULSE, 11, 'when', False),
    # 58
    ("L'état des lieux sur les relations entre associations et entreprises réclamé par une ministre a été publié à "
     "quel moment, et qui l'avait demandé ?",
     "Au début de 2014, à la demande de la ministre Valérie Fourneyron (chronologie, page 1).",
     ["début 2014", "Valérie Fourneyron"], R06, 1, 'when', False),
    # 59
    ("Depuis quand l'ANR demande-t-elle un plan de gestion des données aux projets qu'elle finance ?",
     "Pour les projets financés à partir de 2019 ; elle a adopté le modèle de PGD de Science Europe "
     "(guide MITI, page PDF 14).",
     ["projets financés à partir de 2019"], MITI, 14, 'when', False),
    # 60
    ("le rameau a bossé avec combien d'orgas pour ses expérimentations ?",
     "Plus de 500 organisations (depuis 2006) (chiffres clés, p. 7 ; aussi dans les actes, page imprimée 48).",
     ["+ de 500"], R05, 1, 'figure', False),
]


def main():
    assert len(Q) == 60, len(Q)
    out = []
    prev = None
    for i, (q, a, mc, src, page, kind, follow) in enumerate(Q, 1):
        qid = f'{PREFIX}{i:02d}'
        row = {'id': qid, 'question': q, 'answer': a, 'must_contain': mc, 'source': src, 'page': page,
               'kind': kind}
        if follow:
            row['follows'] = prev
        out.append(row)
        prev = qid
    with open(os.path.join(HERE, 'questions.jsonl'), 'w', encoding='utf-8') as f:
        for row in out:
            f.write(json.dumps(row, ensure_ascii=False) + '\n')
    print(len(out), 'questions écrites')


if __name__ == '__main__':
    main()
