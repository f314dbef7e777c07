#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Ecrit /work/blind/notes-s75/questions.jsonl (ids attribues dans l'ordre de la liste)."""
import json

D1 = 'obs-s75-01-fiche-de-poste.pdf'
D2 = 'obs-s75-02-rapport-audit.pdf'
D3 = 'obs-s75-03-webinaire-odd17.pdf'
D4 = 'obs-s75-04-carnet-de-bord.pdf'
D5 = 'obs-s75-05-subventions-versees.pdf'
D6 = 'obs-s75-06-memo-suivi-actions.pdf'
CAS = 'real-casino-dpef-2018.pdf'
EDF = 'real-edf-dpef-2018-extrait.pdf'
TOT = 'real-total-dpef-2018-extrait.pdf'
ETA = 'real-etalab-documentation-barometre-resultats.pdf'
CPE = 'real-cpesr-barometre-esr-2023.pdf'
PUL = 'real-pulse-reach-presentation.pdf'
REC = 'real-recoop-plaquette.pdf'
MIT = 'real-miti-guide-gestion-donnees-recherche-v2.pdf'

Q = []


def q(key, kind, question, answer, must, source, page, also=None, follows=None):
    d = dict(key=key, question=question, answer=answer, must_contain=must, source=source, page=page,
             kind=kind)
    if also:
        d['also'] = [dict(source=s, page=p) for s, p in also]
    if follows:
        d['follows'] = follows
    Q.append(d)


def u(key, question, answer):
    Q.append(dict(key=key, question=question, answer=answer, must_contain=[], source=None, page=None,
                  kind='unanswerable'))


# --- document 1 : fiche de poste
q('robin', 'who', 'Qui dirige scientifiquement l’Observatoire des partenariats, et est-ce que cette '
  'personne est rémunérée pour ce rôle ?',
  'La direction scientifique est assurée par Anne Robin, fondatrice du cabinet COMISIS, qui exerce ce rôle '
  'à titre bénévole.', ['Anne Robin', 'COMISIS'], D1, 1)
q('creation', 'when', 'Et l’observatoire lui-même, il a été créé en quelle année, et par qui ?',
  'Selon la fiche de poste, l’Observatoire a été créé en 2008 par la Caisse des Dépôts et Le RAMEAU, en '
  'partenariat avec le MEDEF et le Mouvement associatif ; un document plus ancien cité dans le carnet de '
  'bord (étude ARPEA de janvier 2011) parle, lui, d’une création en 2007.',
  ['2008', 'Caisse des Dépôts'], D1, 1, follows='robin')
q('arpea', 'definition', 'ARPEA, ça veut dire quoi au juste ? je vois ce sigle partout',
  'ARPEA est le premier programme de l’Observatoire (2008-2012). La fiche de poste le développe en « Analyser '
  'les Relations Partenariales entre Entreprises et Associations » ; d’autres documents donnent « Analyse des '
  'Relations et des Partenariats entre Entreprises et Associations » (carnet de bord) ou « Analyse des '
  'Relations Associations-Entreprises » (rapport d’audit).',
  ['Analyser les Relations Partenariales'], D1, 1)

# --- reels : Casino
q('casino_t', 'figure', 'En 2018, le groupe Casino a donné combien de tonnes de produits aux banques '
  'alimentaires, et ça représente combien de repas ?',
  'Plus de 25 100 tonnes de produits (collecte et ramasse), soit l’équivalent de plus de 50 millions de repas, '
  'selon le document de référence 2018 du groupe Casino.',
  ['25 100 tonnes', '50 millions de repas'], CAS, 29)
q('casino_ffba', 'when', 'Et avec la Fédération française des banques alimentaires, ce partenariat '
  'remonte à quand ?',
  'Le groupe accompagne la FFBA depuis 2009 et prévoyait de renouveler le partenariat en 2019 pour trois ans.',
  ['depuis 2009'], CAS, 29, follows='casino_t')

# --- document 2 : audit
q('i24_n', 'figure', 'L’enquête IMPACTS & TRAJECTOIRES – Elus locaux de 2024 : combien de maires ont '
  'répondu, et comment ont-ils été interrogés ?',
  'L’enquête repose sur 302 maires, interrogés par téléphone.', ['302 maires', 'téléphone'], D2, 2)
q('i24_d', 'when', 'Elle s’est déroulée sur quelle période, cette enquête ?',
  'Le terrain a eu lieu du 30 septembre au 28 octobre 2024, et l’enquête a été publiée en novembre 2024.',
  ['30 septembre', '28 octobre 2024'], D2, 2, follows='i24_n')
q('i24_mvt', 'figure', 'Les maires trouvent-ils que leur commune bouge ? Donnez le pourcentage global et '
  'le détail.',
  'D’après l’enquête 2024, 91 % des maires jugent leur territoire en mouvement : 35 % fortement et 56 % ni '
  'plus ni moins ; l’audit rappelle que 84 % des répondants dirigent des communes de moins de 2 000 habitants.',
  ['91 %', '56 %'], D2, 2)
q('cget', 'figure', 'Le parcours d’expérience monté par le CGET et Le RAMEAU sur la co-construction '
  'territoriale, c’était combien de territoires et sur quelle durée ?',
  'Selon le rapport d’audit, 11 territoires pionniers pendant 18 mois (première session le 3 mai) ; le compte '
  'rendu du webinaire parle, lui, de « 10 territoires pilotes ».',
  ['11 territoires pionniers', '18 mois'], D2, 1)

u('nm_heure', 'Le webinaire « l’ODD 17 en pratique » du 26 novembre, il commençait à quelle heure ?',
  'Le corpus donne la date (26 novembre) et le déroulé de ce 5e webinaire, mais pas son heure de début.')

q('aet', 'list', 'Quels territoires ont servi de pilotes à la démarche « Agir ensemble en Territoire » ?',
  'Trois territoires : l’Alsace (avec Alsace Active), le Poitou-Charentes (avec le Groupe La Poste) et '
  'Paris-Est Marne & Bois ; la démarche avait été lancée en 2010 après l’étude ARPEA-Collectivités locales.',
  ['Poitou-Charentes', 'Paris-Est Marne'], D2, 1, also=[(D4, 2)])
q('pilot', 'figure', 'Les maires se disent engagés, ok, mais quelle proportion avoue ne pas savoir piloter '
  'la dynamique de son territoire ?',
  '46 % des maires déclarent ne pas savoir piloter cette dynamique, alors que 76 % considèrent leur '
  'territoire comme engagé.', ['46 %', '76 %'], D2, 1)

# --- reels : EDF
q('edf_cs', 'who', 'Chez EDF, qui présidait le Conseil scientifique en 2018 ?',
  'Sébastien Candel, président de l’Académie des sciences ; le Conseil s’est réuni trois fois en 2018.',
  ['Sébastien Candel'], EDF, 3)
q('edf_cgf', 'who', 'Avec quel partenaire EDF a-t-il lancé son Conseil des générations futures ?',
  'Avec Usbek & Rica, en 2017 ; ce conseil réunit une quarantaine de salariés du groupe et une trentaine de '
  'participants externes.', ['Usbek & Rica'], EDF, 3)
q('edf_ore', 'list', 'Quels sont les six thèmes des Objectifs de Responsabilité d’Entreprise d’EDF ?',
  'Le climat, la biodiversité et l’efficacité énergétique (environnement), l’accompagnement des populations '
  'les plus fragiles et la concertation autour des nouveaux projets (sociétal), et le développement humain '
  '(social).', ['biodiversité', 'développement humain'], EDF, 3)

# --- document 3 : webinaire
q('cibles', 'figure', 'l’ODD 17 il a combien de cibles en tout ?',
  'L’ODD 17 compte 19 cibles.', ['19 cibles'], D3, 1)
q('comite21', 'when', 'Et la note qui les décrypte, celle du Comité 21, elle est parue quand ?',
  'La note « ODD 17 : Sens, décryptages, déclinaisons » du Comité 21 a été rendue publique le 5 juillet '
  '(l’année n’est pas précisée).', ['5 juillet'], D3, 1, also=[(D3, 3)], follows='cibles')
q('medoc', 'definition', 'Que signifie l’acronyme M.E.D.O.C. utilisé pour la démarche ODD 17 ?',
  'Méthodes, Exemples, Données, Outils, Compétences ; ces ressources sont proposées sur la plateforme '
  'www.odd17.org.', ['Méthodes', 'Compétences'], D3, 1)
q('notes', 'figure', 'Dans PHARE-Citoyens, quelle note sur 10 les Français donnent-ils à l’emploi, et à '
  'la sécurité ?',
  'L’emploi arrive en tête avec 7,1/10 ; la sécurité obtient 6,6 dans le compte rendu du webinaire, mais le '
  'mémo interne signale une autre présentation qui lui attribue 7/10.', ['7,1 sur 10', '6,6'], D3, 2)
q('impacts', 'figure', 'Pour quel pourcentage de Français un partenariat aurait-il un impact fort sur '
  'l’emploi ? et sur l’environnement ?',
  'Selon PHARE-Citoyens, 49 % citent l’emploi et 42 % l’environnement (46 % le développement économique, '
  '36 % la précarité et l’éducation).', ['49 %', '42 %'], D3, 2)

u('nm_tresorier', 'Qui est le trésorier de la Fondation des Territoires ?',
  'Le corpus indique la création de la Fondation des Territoires (14 juin 2022, sous l’égide de la Fondation '
  'de Lille, 21 co-fondateurs) mais ne nomme aucun trésorier.')

q('impact_part', 'list', 'Avec quels partenaires Le RAMEAU mène-t-il le programme IMPACT ?',
  'La Caisse des Dépôts, l’Institut CDC pour la Recherche, le Groupe La Poste et la Fondation TOTAL.',
  ['Institut CDC pour la Recherche', 'Fondation TOTAL'], D3, 2)
q('impact_axes', 'list', 'Et il s’organise autour de quels axes ?',
  'Trois axes : l’innovation sociétale et territoriale, la performance des organisations et la confiance.',
  ['performance des organisations'], D3, 2, follows='impact_part')

# --- reels : Total, Etalab
q('total_gp', 'figure', 'L’accord de Total avec la Fondation GoodPlanet, ça finance combien de '
  'biodigesteurs et ça évite combien de CO2 ?',
  'Le programme repose sur 8 400 biodigesteurs en Inde et doit éviter 50 000 t de CO2 par an, sur 10 ans.',
  ['8 400 biodigesteurs', '50 000 t'], TOT, 3)
q('eta_ai', 'definition', 'C’est quoi une « association intermédiaire » dans l’insertion par l’activité '
  'économique ?',
  'Une structure d’insertion qui permet à des personnes éloignées de l’emploi de travailler occasionnellement '
  'pour le compte d’utilisateurs (elle met des travailleurs en insertion à disposition).',
  ['pour le compte d’utilisateurs'], ETA, 17)
q('eta_iae', 'list', 'Quelles sortes de structures accompagnent les gens en insertion par l’activité '
  'économique ?',
  'Les entreprises d’insertion, les entreprises de travail temporaire d’insertion, les associations '
  'intermédiaires et les ateliers et chantiers d’insertion, auxquels s’ajoutent les groupements d’employeurs '
  'pour l’insertion et la qualification et l’insertion par le travail indépendant.',
  ['entreprises de travail temporaire d’insertion', 'ateliers et chantiers d’insertion'], ETA, 16)

# --- document 4 : carnet de bord
q('attal', 'who', 'Lors du FNAF 2019, à qui Gabriel Attal a-t-il confié une mission sur les alliances ?',
  'À Cathy Racon-Bouzon, députée, et à Charles-Benoît Heidsieck, président-fondateur du RAMEAU.',
  ['Cathy Racon-Bouzon', 'Charles-Benoît Heidsieck'], D4, 1)
q('attal_date', 'when', 'Et leur rapport, ils l’ont rendu quand ?',
  'Le rapport a été remis le 7 mai 2020 ; un bilan a ensuite été présenté le 17 octobre 2020.',
  ['7 mai 2020', '17 octobre 2020'], D4, 1, follows='attal')
q('charte', 'when', 'La charte du faire alliance a été lancée quel jour, et où ?',
  'Selon le carnet de bord, le 30 novembre 2021 (Giving Tuesday), à Saint-Maurice (Paris-Est Marne & Bois), '
  'lors d’une soirée VitaWin ; le mémo interne, citant associations.gouv.fr, donne « mardi 30 septembre ».',
  ['30 novembre 2021', 'Saint-Maurice'], D4, 2)
u('nm_salaries', 'Combien de salariés compte Le RAMEAU ?',
  'Le corpus présente Le RAMEAU (créé en 2006, statut associatif, plus de 1 000 exemples recensés, dirigeants) '
  'mais ne donne pas son effectif salarié.')

q('fdt', 'when', 'La Fondation des Territoires a été officiellement créée quand, et sous l’égide de qui ?',
  'Le 14 juin 2022, sous l’égide de la Fondation de Lille (après une préfiguration lancée en juillet 2018).',
  ['14 juin 2022', 'Fondation de Lille'], D4, 3)
q('fdt_cof', 'figure', 'Elle rassemble combien de co-fondateurs ?',
  '21 co-fondateurs ; elle s’est donné trois missions.', ['21 co-fondateurs'], D4, 3, follows='fdt')

# --- reels : CPESR
q('cpesr_n', 'figure', 'Combien de personnes ont répondu au baromètre de l’ESR 2023 ?',
  '2460 répondants ont rempli au moins la première partie et 2026 ont finalisé leur réponse.',
  ['2460', '2026 ont finalisé'], CPE, 3)
q('cpesr_d', 'when', 'Il était ouvert de quand à quand ?',
  'Le baromètre a été ouvert de mars à octobre 2023.', ['mars à octobre 2023'], CPE, 3, follows='cpesr_n')
q('cpesr_who', 'who', 'Qui a dirigé l’enquête du baromètre CPESR ?',
  'L’enquête a été dirigée par Julien Gossa (l’analyse OpenAI a été effectuée par Jacques Haiech).',
  ['Julien Gossa'], CPE, 28)

# --- document 5 : subventions
q('fodd', 'figure', 'Le Fonds ODD 17, il a été créé par qui, et il est doté de combien ?',
  'Créé en 2020 par Le RAMEAU et la Fondation TotalEnergies, il est doté de 1,5 M€ pour une expérimentation '
  'sur trois ans, avec l’objectif de 350 catalyseurs territoriaux.',
  ['1,5 M€', 'Fondation TotalEnergies'], D5, 1)
q('catal', 'definition', 'Et c’est quoi exactement, ces « catalyseurs » qu’il veut faire émerger ?',
  'Des personnes ou des structures capables d’animer localement la coopération entre acteurs ; le fonds vise '
  '350 « catalyseurs territoriaux ».', ['350', 'animer localement la coopération'], D5, 1, follows='fodd')
q('amboise', 'figure', 'Combien Amboise Mobilités Partagées a-t-elle reçu en 2023, et que reste-t-il à lui '
  'verser ?',
  'Sur 30 000 € accordés, 15 000 € ont été versés en 2023 et 15 000 € restent à verser, la seconde tranche '
  'étant conditionnée à la convention avec la communauté de communes.',
  ['Amboise Mobilités', '30 000 €'], D5, 1)
q('total_v', 'figure', 'Au total, combien le programme Catalyseurs d’alliances a-t-il versé en 2023 ?',
  '170 000 € versés en 2023, sur 278 000 € engagés (13 dossiers) ; 108 000 € restent à verser en 2024.',
  ['170 000 €', '278 000 €'], D5, 2)
q('max_grant', 'figure', 'C’est quoi le plus gros montant accordé par la fondation Val de Loire Solidaire '
  'en 2023, et pour quel projet ?',
  '45 000 €, accordés à Terres de Loire Alimentation pour une légumerie partagée entre cantines scolaires et '
  'restaurants d’entreprise.', ['Terres de Loire Alimentation', '45 000 €'], D5, 2)

u('nm_region', 'Dans l’enquête PHARE-Citoyens, combien de Bretons estiment qu’il y a un « devoir '
  'd’alliance » ?',
  'Le corpus donne le résultat national de PHARE-Citoyens (69 % des Français, septembre 2015) mais aucun '
  'résultat pour la Bretagne.')

# --- reels : Pulse, Re-Co, MITI
q('reach_b', 'figure', 'Quel est le budget total du projet REACH, et combien apporte l’AFD ?',
  'Le budget total est de 1,638 M€, dont 800 000 € apportés par l’Agence Française de Développement, '
  'principal cofinanceur.', ['1,638M€', '800 000€'], PUL, 2)
q('reach_d', 'figure', 'Il dure combien d’années, ce projet ?',
  'Trois ans, de juin 2023 à juin 2026.', ['3 ans', 'juin 2023-juin 2026'], PUL, 2, follows='reach_b')
q('fair', 'definition', 'Les principes FAIR, ça veut dire quoi ?',
  'Rendre les données de la recherche Faciles à trouver, Accessibles, Interopérables et Réutilisables, par les '
  'humains comme par les machines.', ['Faciles à trouver', 'Interopérables'], MIT, 19)
q('recoop', 'definition', 'Re-Co parle de « coopérative capsule » : qu’est-ce que ça désigne ?',
  'Une coopérative pensée dès l’origine pour être duplicable : ses protocoles, outils, savoir-faire, budgets et '
  'rapports sont mis à disposition en open-source pour quiconque veut fonder sa propre coopérative.',
  ['COOPÉRATIVE CAPSULE', 'duplicable'], REC, 4)

# --- document 6 : memo
q('phare_vol', 'list', 'Quels sont les volets du programme PHARE et quand sont-ils sortis ?',
  'Six volets : Citoyens (septembre 2015), Entreprises (octobre 2015), Associations (novembre 2015), 13 '
  'rapports régionaux (2016), diagnostics sectoriels (juillet 2016) et Institutions (automne 2016).',
  ['13 rapports régionaux', 'juillet 2016'], D6, 1)
q('assoc_emp', 'figure', 'Combien y a-t-il d’associations employeuses selon l’étude IMPACT – Associations & '
  'Territoires, et quelle part a des partenariats ?',
  'L’étude porte sur 148 000 associations employeuses, dont 98 % ont des partenariats.',
  ['148 000', '98 %'], D6, 1)
q('taille', 'figure', 'est-ce que les grosses assos ont plus de partenariats avec des entreprises que les '
  'petites ?',
  'Oui : la moitié des associations de plus de 150 000 € de budget ont un partenariat avec une entreprise, '
  'contre 20 % de celles de moins de 10 000 € (étude Associations & Partenariats, mars 2017).',
  ['150 000 €', '20 %'], D6, 1)

u('nm_salaire', 'Le poste de chargé·e d’études à la Maison des Alliances de Touraine, il est payé combien ?',
  'La fiche de poste décrit le contrat (CDI cadre, temps plein, Tours) mais renvoie la rémunération à la '
  'grille interne et au second entretien, sans montant.')

q('samir', 'who', 'Qui doit vérifier les chiffres du mémo du Collectif Coopérer, et pour quand ?',
  'Samir Oukacha pilote l’action A1 (vérifier et dater chaque chiffre), avec une échéance au 17 mars 2025.',
  ['Samir Oukacha', '17 mars 2025'], D6, 2)
q('charte_sept', 'when', 'D’après associations.gouv.fr, la Charte du faire alliance a été dévoilée à '
  'quelle date ?',
  'Le mémo, qui cite associations.gouv.fr, indique le « mardi 30 septembre », au Giving Tuesday à '
  'Saint-Maurice ; le carnet de bord donne, lui, le 30 novembre 2021.', ['mardi 30 septembre'], D6, 1)

# --- document 1 (suite)
q('teletravail', 'figure', 'Pour le poste de chargé d’études à Tours, on a droit à combien de jours de '
  'télétravail, et on se déplace souvent ?',
  'Deux jours de télétravail par semaine après une période d’essai de quatre mois ; environ six déplacements '
  'par mois dans le département, plus deux ou trois par an à Paris.',
  ['deux jours de télétravail', 'six par mois'], D1, 2)
q('grille', 'list', 'Sur quels critères le jury départage les candidats à la Maison des Alliances de '
  'Touraine, et avec quel poids ?',
  'Maîtrise des données (30 %), qualité rédactionnelle (25 %), connaissance du territoire (20 %), aptitude à '
  'l’animation (15 %) et motivation (10 %).', ['Maîtrise des données', 'Qualité rédactionnelle'], D1, 3)

u('nm_signataires', 'Combien de structures ont signé la Charte du faire alliance à ce jour ?',
  'Le corpus raconte la co-construction et le lancement de la charte (et la signature d’une association), '
  'mais ne donne aucun nombre total de signataires.')

# --- reels : Casino (suite), MITI
q('arrondi', 'figure', 'L’arrondi en caisse chez Franprix, ça a rapporté combien, et avec quel partenaire ?',
  'Plus d’un million d’euros de dons, collectés avec l’entreprise sociale et solidaire MicroDON depuis 2011.',
  ['MicroDON', 'million d’euros'], CAS, 31)
q('monoprix', 'figure', 'En 2018, combien de projets la Fondation Monoprix a-t-elle financés contre '
  'l’isolement, et pour quel montant ?',
  '19 projets associatifs, pour près de 276 000 euros.', ['19 projets', '276 000 euros'], CAS, 31)
q('edf_riv', 'figure', 'Autour des centrales nucléaires d’EDF, quelle part des riverains voit un impact '
  'positif sur l’emploi ?',
  '83 % pour l’emploi (77 % pour l’activité économique, 65 % pour le commerce, 62 % pour les équipements '
  'collectifs).', ['83 %', '77 %'], EDF, 2)
q('pgd', 'when', 'Depuis quand l’ANR demande un plan de gestion des données ?',
  'Pour les projets financés à partir de 2019 ; le PGD est désormais un livrable de tout projet financé par '
  'l’ANR.', ['financés à partir de 2019'], MIT, 14)

u('nm_phare_inst', 'Combien de maires ont été interrogés pour l’étude PHARE-Institutions de 2016 ?',
  'Le corpus donne la date de PHARE-Institutions (29 novembre 2016), ses 5 profils de maires et le résultat de '
  '87 %, mais pas la taille de son échantillon (les 302 maires concernent l’enquête de 2024).')

q('ogci', 'figure', 'Fin 2018, l’Oil & Gas Climate Initiative réunissait combien d’acteurs de l’énergie ?',
  '13 grands acteurs nationaux et internationaux de l’énergie ; son fonds OGCI Climate Investments est doté de '
  'plus d’un milliard de dollars sur 10 ans.', ['13 grands acteurs'], TOT, 4)


def main():
    out = []
    ids = {}
    for i, d in enumerate(Q, 1):
        ids[d['key']] = 's75%02d' % i
    for d in Q:
        rec = {'id': ids[d['key']], 'question': d['question'], 'answer': d['answer'],
               'must_contain': d['must_contain'], 'source': d['source'], 'page': d['page'], 'kind': d['kind']}
        if 'also' in d:
            rec['also'] = d['also']
        if 'follows' in d:
            rec['follows'] = ids[d['follows']]
        out.append(json.dumps(rec, ensure_ascii=False))
    with open('/work/blind/notes-s75/questions.jsonl', 'w', encoding='utf-8') as fh:
        fh.write('\n'.join(out) + '\n')
    kinds = {}
    for d in Q:
        kinds[d['kind']] = kinds.get(d['kind'], 0) + 1
    mine = sum(1 for d in Q if d['source'] and d['source'].startswith('obs-'))
    real = sum(1 for d in Q if d['source'] and d['source'].startswith('real-'))
    print(len(Q), kinds, 'mine', mine, 'real', real, 'follows', sum(1 for d in Q if 'follows' in d))


if __name__ == '__main__':
    main()
