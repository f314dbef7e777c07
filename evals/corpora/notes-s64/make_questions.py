#!/usr/bin/env python3
"""Source des 60 questions du jeu s64 ; écrit questions.jsonl à côté du script.

Chaque entrée : (question, answer, must_contain, source, page, kind[, follows]).
page = index PDF (1 = première page). Les sans-réponse ont source/page None et must_contain [].
"""
import json
import os

D1 = 'obs-s64-01-dossier-presse.pdf'
D2 = 'obs-s64-02-etude-notes.pdf'
D3 = 'obs-s64-03-faq.pdf'
D4 = 'obs-s64-04-rapport-activite.pdf'
D5 = 'obs-s64-05-lettre-information.pdf'
D6 = 'obs-s64-06-poster-phare-citoyens.pdf'
CAS = 'real-casino-dpef-2018.pdf'
TOT = 'real-total-dpef-2018-extrait.pdf'
EDF = 'real-edf-dpef-2018-extrait.pdf'
CPE = 'real-cpesr-barometre-esr-2023.pdf'
ETA = 'real-etalab-documentation-barometre-resultats.pdf'
MIT = 'real-miti-guide-gestion-donnees-recherche-v2.pdf'
PUL = 'real-pulse-reach-presentation.pdf'
REC = 'real-recoop-plaquette.pdf'

FOLLOW = 'FOLLOW'   # marqueur : question de suite de la précédente

Q = [
    # 01
    ('Qui est la directrice générale du RAMEAU ?',
     'Laurence Weber est la directrice générale du RAMEAU (dossier de presse, citation page 5 '
     'imprimée ; aussi dans l’encadré « À propos » et dans la FAQ).',
     ['Laurence Weber'], D1, 4, 'who'),
    # 02
    ('combien y a d’associations employeuses en France d’après IMPACT ?',
     'Environ 148 000 associations employeuses (volet « Associations & Territoires » du programme '
     'IMPACT ; étude, page 17 imprimée, et note 1).',
     ['148 000'], D2, 1, 'figure'),
    # 03
    ('et elles sont combien à avoir au moins un partenariat ?',
     '98 % des associations employeuses déclarent au moins un partenariat.',
     ['98 %'], D2, 1, 'figure', FOLLOW),
    # 04
    ('Combien de tonnes de produits le groupe Casino a-t-il apportées aux banques alimentaires '
     'en 2018, et à combien de repas cela correspond-il ?',
     'Plus de 25 100 tonnes de produits (collecte et ramasse), soit l’équivalent de plus de '
     '50 millions de repas (document de référence Casino 2018, page 209 imprimée).',
     ['25 100 tonnes', '50 millions de repas'], CAS, 29, 'figure'),
    # 05
    ('Depuis quand il accompagne la Fédération française des banques alimentaires, le groupe ?',
     'Depuis 2009 ; le partenariat doit être renouvelé en 2019 pour une nouvelle période de trois ans.',
     ['depuis 2009'], CAS, 29, 'when', FOLLOW),
    # 06
    ('la charte du faire alliance elle a ete lancee quand exactement ? j’ai vu passer deux dates',
     'Le 30 novembre 2021, jour du Giving Tuesday, à Saint-Maurice (Paris-Est Marne & Bois). '
     'Mais l’annonce de associations.gouv.fr situe le lancement au « mardi 30 septembre » : les '
     'deux versions figurent dans le dossier de presse (page 4 imprimée).',
     ['30 novembre 2021', 'mardi 30 septembre'], D1, 3, 'when'),
    # 07
    ('Que signifie le sigle ARPEA ?',
     'Le sigle est développé de trois façons selon les documents (note 10 de l’étude) : « Analyse '
     'des Relations et des Partenariats entre Entreprises et Associations » (rapport quinquennal '
     '2012), « Analyser les Relations Partenariales entre Entreprises et Associations » et « Analyse '
     'des Relations Associations-Entreprises ». C’est le premier programme de l’Observatoire '
     '(2008-2012, 10 volets).',
     ['Analyse des Relations et des Partenariats entre Entreprises et Associations',
      'Analyse des Relations Associations-Entreprises'], D2, 3, 'definition'),
    # 08
    ('c koi MEDOC sur la plateforme odd17 ?',
     'M.E.D.O.C. signifie Méthodes, Exemples, Données, Outils, Compétences : les cinq entrées de '
     'la plateforme www.odd17.org.',
     ['Méthodes, Exemples, Données, Outils, Compétences'], D3, 1, 'definition'),
    # 09
    ('c koi l’arrondi en caisse chez franprix, ça a commencé quand et avec qui ?',
     'Le groupe Casino a lancé en 2011 l’Arrondi en caisse dans les magasins Franprix avec '
     'l’entreprise sociale et solidaire MicroDON ; plus d’un million d’euros de dons ont été '
     'collectés pour des associations (Croix Rouge, Emmaüs, Secours populaire, Jardins de Cocagne).',
     ['MicroDON', '2011'], CAS, 31, 'who'),
    # 10
    ('Quel est le montant du Fonds ODD 17, et combien de « catalyseurs territoriaux » vise-t-il ?',
     'Une dotation de 1,5 M€ pour une expérimentation sur 3 ans, et 350 catalyseurs territoriaux '
     '(fonds co-créé en 2020 par Le RAMEAU et la Fondation TotalEnergies).',
     ['1,5 M€', '350'], D1, 3, 'figure'),
    # 11
    ('Quelle est l’année de création de l’Observatoire des partenariats ?',
     'Les présentations actuelles donnent 2008 (Caisse des Dépôts et Le RAMEAU, avec le MEDEF et le '
     'Mouvement associatif), mais des documents de 2011 et 2012 indiquent « Créé en 2007 » (note '
     '14 de l’étude ; même mise en garde dans la FAQ).',
     ['créé en 2008', 'Créé en 2007'], D2, 4, 'when'),
    # 12
    ('Quel est le numéro de téléphone du service de presse du RAMEAU ?',
     'Le corpus ne le donne pas : la page « Contacts presse » du dossier de presse renvoie seulement '
     'au formulaire de contact du site www.lerameau.fr, sans numéro de téléphone.',
     [], None, None, 'unanswerable'),
    # 13
    ('Le programme PHARE, il couvre quelles années ?',
     'PHARE couvre 2013-2018 selon la FAQ, qui précise que certaines pages de l’Observatoire '
     'écrivent 2013-2017 ; il succède à ARPEA (2008-2012) et précède IMPACT (2018-2022).',
     ['2013-2018', '2013-2017'], D3, 1, 'when'),
    # 14
    ('Selon le document de référence de Casino, le Service Civique s’adresse à quels âges et '
     'pour quelle durée ?',
     'Aux jeunes de 16 à 25 ans, pour une mission d’intérêt général de 6 à 12 mois (dispositif créé '
     'en 2010 ; Casino a signé la Charte de valorisation en 2011).',
     ['16 à 25 ans', '6 à 12 mois'], CAS, 30, 'figure'),
    # 15
    ('Les associations qui ont un gros budget travaillent-elles plus souvent avec des entreprises '
     'que les petites ? donne les chiffres',
     'Oui : 50 % des associations dont le budget dépasse 150 000 € ont un partenariat avec une '
     'entreprise, contre 20 % de celles dont le budget est inférieur à 10 000 € (note 8 de l’étude, '
     'page 18 imprimée).',
     ['150 000 €', '10 000 €', '20 %'], D2, 2, 'figure'),
    # 16
    ('Le programme de TOTAL pour compenser le carbone des voyages en avion de ses salariés repose '
     'sur quelles installations, et dans quel pays ?',
     'Sur la création et l’exploitation de 8 400 biodigesteurs en Inde (accord de 2017 avec la '
     'Fondation GoodPlanet, sur 10 ans, pour éviter 50 000 t de CO2 par an).',
     ['8 400 biodigesteurs', 'Inde'], TOT, 3, 'figure'),
    # 17
    ('Qui sont les partenaires qui mènent le programme IMPACT ?',
     'La Caisse des Dépôts, l’Institut CDC pour la Recherche, le Groupe La Poste, la Fondation '
     'TOTAL et Le RAMEAU.',
     ['Institut CDC pour la Recherche', 'Groupe La Poste', 'Fondation TOTAL'], D3, 1, 'list'),
    # 18
    ('et il s’articule autour de quels axes ?',
     'Trois axes : l’innovation sociétale et territoriale, la performance des organisations et la '
     'confiance.',
     ['innovation sociétale et territoriale', 'performance des organisations'], D3, 1, 'list',
     FOLLOW),
    # 19
    ('Qui préside le Conseil scientifique d’EDF ?',
     'Sébastien Candel, président de l’Académie des Sciences (EDF, document de référence 2018, '
     'page 152 imprimée).',
     ['Sébastien Candel'], EDF, 3, 'who'),
    # 20
    ('il s’est réuni combien de fois en 2018, et sur quoi ?',
     'À trois reprises en 2018, sur les applications de l’hydrogène, la physique quantique et les '
     'orientations de la R&D d’EDF.',
     ['trois reprises', 'hydrogène'], EDF, 3, 'figure', FOLLOW),
    # 21
    ('Combien de territoires participent au parcours d’expérience monté avec le CGET ?',
     'La FAQ indique 11 territoires pionniers (parcours de 18 mois, première session le 3 mai), '
     'mais signale qu’une autre présentation parle du « CGET et 10 territoires pilotes ».',
     ['11 territoires', '10 territoires pilotes'], D3, 1, 'figure'),
    # 22
    ('À quelle heure commence le 5e webinaire « l’ODD 17 en pratique » ?',
     'Le corpus ne donne pas d’horaire : la lettre d’information annonce seulement le 5e webinaire '
     'le 26 novembre, avec inscription sur le site du RAMEAU (les heures 08:30/08:31 sont celles de '
     'l’envoi et de l’impression du courriel).',
     [], None, None, 'unanswerable'),
    # 23
    ('Quelle part des Français voit dans les partenariats une source d’innovation ?',
     '74 % selon le tableau 3 du rapport d’activité (programme IMPACT), mais une autre présentation '
     'des mêmes résultats indique 69 % des citoyens (note d) ; à titre de comparaison, 81 % des '
     'dirigeants, 86 % des responsables associatifs et 87 % des maires.',
     ['74 %', '69 %'], D4, 2, 'figure'),
    # 24
    ('De combien TOTAL a-t-il réduit l’intensité carbone des produits énergétiques utilisés par '
     'ses clients entre 2015 et 2018 ?',
     'Elle est passée de 75 g CO2/kBtu en 2015 à 71 g CO2/kBtu en 2018, soit une baisse de plus '
     'de 5 % (objectif : -15 % entre 2015 et 2030).',
     ['71 g CO2/kBtu', 'plus de 5%'], TOT, 5, 'figure'),
    # 25
    ('L’enquête Recherches & Solidarités avec Le RAMEAU a interrogé combien de responsables '
     'associatifs, et à quelle période ?',
     'Plus de 1 380 responsables associatifs, par un questionnaire administré en mai-juin 2016 '
     '(publication « Associations & Partenariats » de mars 2017 ; note 7 de l’étude).',
     ['1 380', 'mai-juin 2016'], D2, 2, 'figure'),
    # 26
    ('et ils ont combien de partenaires en moyenne, ces assos ?',
     '2,5 partenaires en moyenne (collectivités 74 %, associations et fondations 72 %, enseignement '
     '47 %, entreprises 28 %).',
     ['2,5 partenaires'], D2, 2, 'figure', FOLLOW),
    # 27
    ('combien de gens ont repondu au barometre de l’ESR 2023 et combien l’ont fini ?',
     '2460 répondants ont rempli au moins la première partie et 2026 ont finalisé leur réponse '
     '(baromètre CPESR, ouvert de mars à octobre 2023).',
     ['2460', '2026'], CPE, 3, 'figure'),
    # 28
    ('cathy racon-bouzon elle est deputee de quelle circonscription ?',
     'Le corpus ne le précise pas : il indique seulement qu’elle a porté la proposition de loi sur '
     'le droit de l’alliance d’intérêt général et qu’une mission lui a été confiée avec '
     'Charles-Benoît Heidsieck, sans mentionner de mandat ni de circonscription.',
     [], None, None, 'unanswerable'),
    # 29
    ('Dans le rapport d’activité, combien de rapports régionaux l’Observatoire a-t-il publiés en '
     '2016 ?',
     '13 rapports régionaux en 2016 (tableau 1, ligne « Territoires (rapports régionaux) »).',
     ['Territoires (rapports régionaux)', '13'], D4, 1, 'figure'),
    # 30
    ('Et au total, tous publics confondus, ça fait combien de publications cette année-là ?',
     '15 publications repères en 2016 (ligne « Total » du tableau 1 : 13 rapports régionaux, '
     '1 volet de diagnostics sectoriels, 1 volet Institutions).',
     ['15'], D4, 1, 'figure', FOLLOW),
    # 31
    ('Quel budget de R&D EDF consacre-t-il en France à la protection de l’environnement ?',
     '100,2 millions d’euros, soit 20 % de son budget R&D en France (dépenses totales de R&D du '
     'Groupe : 711 millions d’euros).',
     ['100,2 millions', '20 %'], EDF, 6, 'figure'),
    # 32
    ('Qui assure la direction scientifique de l’Observatoire, et de quelle structure cette '
     'personne est-elle la fondatrice ?',
     'Anne Robin, qui l’exerce bénévolement ; elle est la fondatrice de COMISIS.',
     ['Anne Robin', 'COMISIS'], D1, 5, 'who'),
    # 33
    ('Quel est le budget total du projet REACH et qui en est le principal cofinanceur ?',
     'Budget total de 1,638M€ ; principal cofinanceur : l’Agence Française de Développement '
     '(800 000€). PULSE coordonne le projet.',
     ['1,638M€', '800 000€'], PUL, 2, 'figure'),
    # 34
    ('il dure combien de temps ce projet ?',
     'Trois ans : juin 2023-juin 2026 (projet pluriannuel en Afrique du Sud et au Sénégal).',
     ['juin 2023-juin 2026'], PUL, 2, 'when', FOLLOW),
    # 35
    ('Qui a confié la mission ministérielle sur les alliances, et quand le rapport a-t-il été '
     'remis ?',
     'Gabriel Attal, lors du FNAF 2019, a confié la mission à Cathy Racon-Bouzon et '
     'Charles-Benoît Heidsieck ; le rapport a été remis le 7 mai 2020.',
     ['Gabriel Attal', '7 mai 2020'], D3, 1, 'who'),
    # 36
    ('Et il y a eu un bilan ensuite ? c’était quand ?',
     'Oui, un bilan a suivi le 17 octobre 2020.',
     ['17 octobre 2020'], D3, 1, 'when', FOLLOW),
    # 37
    ('Combien de salariés travaillent au RAMEAU ?',
     'Le corpus ne donne pas l’effectif du RAMEAU : il indique sa création en 2006, son statut '
     'associatif d’intérêt général, plus de 500 organisations associées à ses expérimentations et '
     'plus de 1 000 exemples inspirants, mais aucun nombre de salariés.',
     [], None, None, 'unanswerable'),
    # 38
    ('Avec quelles grandes structures EDF a-t-il noué des partenariats nationaux sur la '
     'biodiversité ?',
     'MNHN, LPO, Réserves naturelles de France, Comité français de l’UICN, FCBN, FCEN, '
     'Conservatoire du littoral et SFEPM.',
     ['LPO', 'Conservatoire du littoral', 'UICN'], EDF, 6, 'list'),
    # 39
    ('Pour la vague 2024 auprès des élus, combien de maires ont été interrogés, et comment ?',
     '302 maires, interrogés par téléphone du 30 septembre au 28 octobre 2024 (enquête IMPACTS & '
     'TRAJECTOIRES – Elus locaux, publiée en novembre 2024).',
     ['302 maires', 'téléphone'], D4, 3, 'figure'),
    # 40
    ('ils viennent surtout de petites communes ?',
     'Oui : 84 % des répondants sont élus de communes de moins de 2 000 habitants.',
     ['84 %', '2 000 habitants'], D4, 3, 'figure', FOLLOW),
    # 41
    ('le webinaire odd 17 en pratique c’est quand ?',
     'Le 26 novembre : c’est le 5e webinaire « l’ODD 17 en pratique » (lettre d’information de '
     'novembre).',
     ['26 novembre', '5e webinaire'], D5, 1, 'when'),
    # 42
    ('Quelle instance recueille la plus forte défiance dans le baromètre ESR 2023 ?',
     'Le MESRI, avec 91 % de défiance, devant l’État (89 %), l’ANR (77 %) et l’Hcéres (75 %).',
     ['MESRI', '91% de défiance'], CPE, 5, 'figure'),
    # 43
    ('Quel est le montant de la dotation de la Fondation des Territoires ?',
     'Le corpus ne le donne pas : il indique sa création le 14 juin 2022 sous l’égide de la '
     'Fondation de Lille et ses 21 co-fondateurs. La dotation de 1,5 M€ concerne le Fonds ODD 17, '
     'pas la Fondation des Territoires.',
     [], None, None, 'unanswerable'),
    # 44
    ('Dans quel numéro de JURIS Associations paraît le dossier annoncé par la lettre, et à quelle '
     'date ?',
     'Dans JURIS Associations n°628, le 15 novembre.',
     ['n°628', '15 novembre'], D5, 1, 'when'),
    # 45
    ('Quelles ont été les étapes de préfiguration de la Fondation des Territoires ?',
     'Trois étapes : juillet 2018 – juillet 2019, août 2019 – novembre 2020, décembre 2020 – mai '
     '2022, avant la création officielle le 14 juin 2022 (tableau 4 du rapport d’activité).',
     ['juillet 2018 – juillet 2019', 'août 2019 – novembre 2020', 'décembre 2020 – mai 2022'],
     D4, 3, 'list'),
    # 46
    ('l’allocation du proche aidant, qui c qui la verse ?',
     'Les caisses d’allocations familiales (CAF) et les caisses de mutualité sociale agricole (MSA) '
     '(documentation du baromètre des résultats de l’action publique, fiche « Accompagner les '
     'aidants »).',
     ['CAF', 'MSA'], ETA, 51, 'who'),
    # 47
    ('D’après l’étude ARPEA « Entreprises & Territoires » de janvier 2011, quelle part des '
     'entreprises ne souhaitait pas de partenariat ?',
     '46 % ne le souhaitaient pas ; 21 % développaient des partenariats et 33 % souhaitaient le '
     'faire. (Attention : 46 % est aussi la part des associations engagées avec une entreprise.)',
     ['46 % ne le souhaitaient pas'], D2, 3, 'figure'),
    # 48
    ('Quel est le chiffre du mois mis en avant dans la lettre de novembre ?',
     '64 % des élus locaux veulent s’appuyer sur le « jouer collectif » ; la lettre ajoute que 92 % '
     'des maires reconnaissent l’utilité de la co-construction.',
     ['64 %', '92 %'], D5, 1, 'figure'),
    # 49
    ('Quelle note la sécurité obtient-elle dans PHARE-Citoyens ?',
     '6,6/10 selon la publication des résultats sur la plateforme de capitalisation, mais un article '
     'de presse sur la même enquête indique 7/10 (les deux figurent sur le poster).',
     ['6,6/10', '7/10'], D6, 1, 'figure'),
    # 50
    ('Sur quels domaines les citoyens attendent-ils le plus un impact fort des alliances ?',
     'Emploi (49 %), développement économique (46 %), environnement (42 %), précarité et '
     'éducation (36 % chacun).',
     ['49 %', '42 %', '36 %'], D6, 1, 'list'),
    # 51
    ('et ils étaient combien à répondre ?',
     'Plus de 2 000 personnes ont été interrogées pour PHARE-Citoyens.',
     ['2 000 personnes'], D6, 1, 'figure', FOLLOW),
    # 52
    ('Combien de maires ont été interrogés pour le volet PHARE-Institutions ?',
     'Le corpus ne donne pas l’effectif de PHARE-Institutions (seulement sa publication le '
     '29 novembre 2016, ses cinq profils de maires et les 87 % de maires). Les 302 maires concernent '
     'l’enquête de 2024, pas PHARE-Institutions.',
     [], None, None, 'unanswerable'),
    # 53
    ('Quels types d’intervention la coopérative Re-Co privilégie-t-elle pour créer du logement '
     'abordable ?',
     'La rénovation, la surélévation, la complémentation et la réaffectation.',
     ['la rénovation, la surélévation, la complémentation et la réaffectation'], REC, 2, 'list'),
    # 54
    ('Dans le dossier de presse, à quelle page se trouvent les contacts presse ?',
     'À la page 6 (numéro imprimé, rubrique « À propos et contacts presse » du sommaire), soit la '
     '5e page du PDF.',
     ['À propos et contacts presse'], D1, 2, 'figure'),
    # 55
    ('Combien d’OSC intermédiaires le projet REACH prévoit-il de former, et comment se '
     'répartissent-elles ?',
     '50 OSC intermédiaires : 30 pour Jógjëf (Sénégal) et 20 pour Oribi (Afrique du Sud).',
     ['50 OSC intermédiaires', 'Oribi : 20'], PUL, 7, 'figure'),
    # 56
    ('qui a dirigé l’enquête du baromètre de la CPESR ?',
     'Julien Gossa ; l’analyse OpenAI a été effectuée par Jacques Haiech.',
     ['Julien Gossa'], CPE, 28, 'who'),
    # 57
    ('Qui est le trésorier de la coopérative Re-Co ?',
     'Le corpus ne le dit pas : la plaquette liste les membres fondateurs, qui forment ensemble la '
     'direction de la coopérative, sans attribuer de fonction de trésorier.',
     [], None, None, 'unanswerable'),
    # 58
    ('Dans le gaspillage alimentaire en France, quelle est la part imputable à la distribution '
     'selon Casino ?',
     '14 % ; le reste vient de la production amont ou des comportements des consommateurs. '
     '(Attention : le même chiffre de 14 % désigne aussi la hausse des dons de 2018.)',
     ['14 % du gaspillage alimentaire'], CAS, 57, 'figure'),
    # 59
    ('Le réseau des URFIST a été créé en quelle année, et dans quelles villes sont ses unités ?',
     'En 1982 ; ses sept unités régionales sont à Bordeaux, Lyon, Paris, Nice, Rennes, Strasbourg '
     'et Toulouse.',
     ['1982', 'Bordeaux, Lyon, Paris, Nice, Rennes, Strasbourg et Toulouse'], MIT, 23, 'when'),
    # 60
    ('Sur combien de fondations repose l’étude IMPACT consacrée aux fondations et aux '
     'territoires ?',
     '42 fondations ; l’étude a été publiée le 23 septembre.',
     ['42 fondations'], D5, 2, 'figure'),
]


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    out = []
    for i, item in enumerate(Q, 1):
        q, a, mc, src, page, kind = item[:6]
        rec = {'id': f's64{i:02d}', 'question': q, 'answer': a, 'must_contain': mc,
               'source': src, 'page': page, 'kind': kind}
        if len(item) > 6 and item[6] == FOLLOW:
            rec['follows'] = f's64{i - 1:02d}'
        out.append(rec)
    assert len(out) == 60, len(out)
    with open(os.path.join(here, 'questions.jsonl'), 'w', encoding='utf-8') as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')
    print(len(out), 'questions écrites')


if __name__ == '__main__':
    main()
