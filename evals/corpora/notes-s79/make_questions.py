import json
D1='obs-s79-01-mecenat-competences.pdf'; D2='obs-s79-02-guide-methodologique.pdf'; D3='obs-s79-03-table-ronde.pdf'
D4='obs-s79-04-tableau-de-bord.pdf'; D5='obs-s79-05-lettre-adherents.pdf'; D6='obs-s79-06-candidature-label.pdf'
CA='real-casino-dpef-2018.pdf'; PU='real-pulse-reach-presentation.pdf'; RC='real-recoop-plaquette.pdf'
CP='real-cpesr-barometre-esr-2023.pdf'; TO='real-total-dpef-2018-extrait.pdf'; ED='real-edf-dpef-2018-extrait.pdf'
MI='real-miti-guide-gestion-donnees-recherche-v2.pdf'
Q=[]
def q(kind, question, answer, mc, src, page, also=None, follows=None):
    d={'id':None,'question':question,'answer':answer,'must_contain':mc,'source':src,'page':page,'kind':kind}
    if also: d['also']=[{'source':s,'page':p} for s,p in also]
    if follows: d['follows']=follows
    Q.append(d); return 's79%02d'%len(Q)
def U(question, answer):
    Q.append({'id':None,'question':question,'answer':answer,'must_contain':[],'source':None,'page':None,'kind':'unanswerable'})

# ---- doc 01
a=q('figure',"Le Fonds ODD 17, il est doté de combien d'argent et ça dure combien de temps ?",
  "Le Fonds ODD 17 est doté de 1,5 M€ pour une expérimentation menée sur 3 ans (fiche mission 01 du rapport Passerelles Centre-Loire).",
  ["1,5 M€","3 ans"],D1,1)
q('who',"Et il a été monté par qui, ce fonds ?",
  "Il a été co-créé en 2020 par Le RAMEAU et la Fondation TotalEnergies.",["Fondation TotalEnergies"],D1,1,follows=a)
q('definition',"M.E.D.O.C. sur la plateforme odd17.org, ça veut dire quoi ?",
  "M.E.D.O.C. signifie Méthodes, Exemples, Données, Outils, Compétences ; ce sont les ressources de la plateforme www.odd17.org.",
  ["Méthodes, Exemples, Données, Outils, Compétences"],D1,1)
b=q('figure',"Combien de territoires pionniers ont suivi le parcours d'expérience du CGET et du Rameau, et pendant combien de mois ?",
  "Selon la fiche mission 03 du rapport Passerelles, 11 territoires pionniers l'ont suivi pendant 18 mois. Attention : le compte rendu de table ronde parle, lui, de 10 territoires pilotes avec le CGET.",
  ["11 territoires pionniers","18 mois"],D1,2)
q('when',"Et sa première session, elle a eu lieu quand ?",
  "La 1re session s'est tenue le 3 mai (l'année n'est pas précisée).",["3 mai"],D1,2,follows=b)
q('figure',"Le RAMEAU a fait des expérimentations avec combien d'organisations depuis sa création ?",
  "Plus de 500 organisations depuis sa création en 2006.",["500 organisations"],D1,3)
# ---- doc 02
q('when',"En quelle année l'Observatoire des partenariats a-t-il été créé ?",
  "Le guide méthodologique indique 2008 (Caisse des Dépôts et Le RAMEAU, avec le MEDEF et le Mouvement associatif). Des documents plus anciens, cités dans le dossier de candidature au label, parlent d'un Observatoire « créé en 2007 ».",
  ["2008"],D2,1)
q('who',"qui dirige scientifiquement l'observatoire ?",
  "Anne Robin, fondatrice du cabinet COMISIS, qui assure la direction scientifique à titre bénévole.",["Anne Robin"],D2,1)
q('list',"Pouvez-vous me lister les programmes quinquennaux de l'Observatoire avec leurs années ?",
  "ARPEA 2008-2012, puis PHARE 2013-2018 (parfois daté 2013-2017), puis IMPACT 2018-2022, lancé en novembre 2017.",
  ["2013-2018","2018-2022"],D2,1)
q('definition',"ARPEA c'est l'abréviation de quoi exactement ?",
  "Dans la formulation du rapport quinquennal retenue par le guide : « Analyse des Relations et des Partenariats entre Entreprises et Associations » ; une autre page dit « Analyser les Relations Partenariales entre Entreprises et Associations ».",
  ["Analyse des Relations et des Partenariats entre Entreprises et Associations"],D2,1)
c=q('when',"À quelle date précise est paru le volet PHARE-Institutions ?",
  "Le 29 novembre 2016 (automne 2016).",["29 novembre 2016"],D2,2)
q('figure',"Et il distingue combien de profils de maires ?",
  "Il distingue 5 profils de maires.",["5 profils de maires"],D2,2,follows=c)
q('list',"Qui étaient les partenaires qui ont mené le programme IMPACT ?",
  "Cinq partenaires : la Caisse des Dépôts, l'Institut CDC pour la Recherche, le Groupe La Poste, la Fondation TOTAL et Le RAMEAU.",
  ["Institut CDC pour la Recherche","Groupe La Poste"],D2,3)
# ---- doc 03
q('when',"La charte du faire alliance elle a été lancée quand exactement ?",
  "Selon le compte rendu de la table ronde, le 30 novembre 2021, jour du Giving Tuesday, à Saint-Maurice (soirée VitaWin). La lettre aux adhérents du CNS, citant associations.gouv.fr, parle du « mardi 30 septembre ».",
  ["30 novembre 2021"],D3,1,also=[(D3,3)])
q('definition',"Comment la Charte du faire alliance se définit-elle elle-même ?",
  "Comme un « contrat de confiance », issu de trois mois de co-construction pilotés par la Fondation des Territoires.",
  ["contrat de confiance"],D3,1)
d=q('list',"Quels territoires ont servi de pilotes à la démarche « Agir ensemble en Territoire » ?",
  "L'Alsace (avec Alsace Active), le Poitou-Charentes (avec le Groupe La Poste) et Paris-Est Marne & Bois.",
  ["Alsace Active","Poitou-Charentes"],D3,1)
q('when',"Et elle a démarré en quelle année, cette démarche ?",
  "En 2010, après l'étude ARPEA consacrée aux collectivités locales (Comisis-OpinionWay).",["2010"],D3,1,also=[(D3,3)],follows=d)
e=q('when',"La Fondation des Territoires a été créée officiellement à quelle date ?",
  "Le 14 juin 2022, sous l'égide de la Fondation de Lille (préfiguration lancée en juillet 2018).",["14 juin 2022"],D3,2,also=[(D3,3)])
q('figure',"Elle compte combien de co-fondateurs ?",
  "21 co-fondateurs.",["21 co-fondateurs"],D3,2,also=[(D3,3)],follows=e)
q('who',"Qui a confié en 2019 la mission sur les alliances à Cathy Racon-Bouzon et Charles-Benoît Heidsieck ?",
  "Gabriel Attal, lors du FNAF 2019 ; le rapport a été remis le 7 mai 2020.",["Gabriel Attal"],D3,2)
# ---- doc 04
q('figure',"Quel pourcentage des maires dit avoir « besoin d'alliance » ?",
  "92 % des maires expriment un « besoin d'alliance ».",["92 %","besoin d’alliance"],D4,1)
q('figure',"D'après IMPACT, combien de responsables d'asso voient les partenariats comme une source d'innovation ?",
  "86 % des responsables associatifs (contre 74 % des Français, 81 % des dirigeants d'entreprise et 87 % des maires).",
  ["86 %","responsables associatifs"],D4,2)
f=q('figure',"Pour l'étude IMPACTS & TRAJECTOIRES – Elus locaux de 2024, combien de maires ont été interrogés, et jusqu'à quand a duré l'enquête ?",
  "302 maires ont été interrogés par téléphone, du 30 septembre au 28 octobre 2024.",["302 maires","28 octobre 2024"],D4,3)
q('figure',"Et combien d'entre eux trouvent que leur territoire bouge ?",
  "91 % voient leur territoire en mouvement : 35 % fortement et 56 % ni plus ni moins.",["91 %"],D4,3,follows=f)
q('figure',"Dans cette enquête 2024, quelle part des maires répondants vient de petites communes de moins de 2000 habitants ?",
  "84 % des répondants sont maires de communes de moins de 2 000 habitants.",["84 %","2 000 habitants"],D4,3)
# ---- doc 05
q('when',"Le rapport régional sur la Normandie, il sort quel jour ?",
  "Le 11e rapport régional, consacré à la Normandie, est publié le 26 novembre (le jour du 5e webinaire « l'ODD 17 en pratique »).",
  ["26 novembre","11e rapport régional"],D5,1)
g=q('figure',"Dans PHARE-Citoyens, quelle note sur 10 les Français donnent-ils à l'emploi comme priorité ?",
  "7,1/10 pour l'emploi (PHARE-Citoyens, septembre 2015).",["7,1/10"],D5,1,also=[(D6,3)])
q('figure',"Et la sécurité, elle a quelle note ?",
  "La lettre aux adhérents donne 6,6/10 ; le dossier de candidature au label, citant un article de Carenews, donne 7/10.",
  ["6,6/10"],D5,1,follows=g)
q('list',"Dans quels domaines les Français pensent que les partenariats ont un impact fort, avec les pourcentages ?",
  "Emploi 49 %, développement économique 46 %, environnement 42 %, précarité 36 % et éducation 36 %.",
  ["49 %","42 %"],D5,1)
# ---- doc 06
q('figure',"Une association a en moyenne combien de partenaires, selon l'étude de Recherches & Solidarités et du RAMEAU ?",
  "2,5 partenaires en moyenne (étude « Associations & Partenariats », mars 2017, enquête mai-juin 2016 auprès de plus de 1 380 responsables).",
  ["2,5 partenaires"],D6,1)
q('list',"Avec quels types de partenaires les associations travaillent-elles selon l'étude de 2017, et dans quelles proportions ?",
  "Collectivités 74 %, associations ou fondations 72 %, enseignement 47 %, entreprises 28 %, structures d'insertion 22 %, recherche 9 %.",
  ["collectivités 74 %","entreprises 28 %"],D6,1)
q('figure',"Sur combien d'associations employeuses porte l'étude IMPACT – Associations & Territoires, et quelle part a des partenariats ?",
  "148 000 associations employeuses, dont 98 % ont des partenariats.",["148 000","98 %"],D6,2)
q('figure',"En janvier 2011, ARPEA Entreprises & Territoires : quelle proportion d'entreprises développaient des partenariats, et combien voulaient s'y mettre ?",
  "21 % des entreprises développaient des partenariats, 33 % le souhaitaient et 46 % ne le souhaitaient pas.",
  ["21 %","33 %"],D6,3)
# ---- reels
h=q('figure',"Combien de tonnes de produits Casino a-t-il données aux banques alimentaires en 2018, ça fait combien de repas ?",
  "Plus de 25 100 tonnes de produits, soit l'équivalent de plus de 50 millions de repas (document de référence 2018 du groupe Casino).",
  ["25 100 tonnes","50 millions de repas"],CA,29)
q('when',"Et depuis quand il soutient la Fédération française des banques alimentaires ?",
  "Depuis 2009 ; le partenariat devait être renouvelé en 2019 pour trois ans.",["depuis 2009"],CA,29,follows=h)
q('figure',"Combien a rapporté la 4e édition de l'opération « Tous en scène » de la Fondation Casino ?",
  "116 000 €, au profit d'Apprentis d'Auteuil, L'Envol et les Tréteaux Blancs.",["116 000 €"],CA,29)
q('list',"Citez des associations financées par la Fondation Monoprix en 2018.",
  "19 projets associatifs ont été financés pour près de 276 000 euros, parmi lesquels Dons solidaires, Le Rocher et Wake up café.",
  ["Le Rocher","Wake up café"],CA,31)
q('who',"Avec quelle entreprise sociale Casino a-t-il lancé l'arrondi en caisse chez Franprix ?",
  "Avec l'entreprise sociale et solidaire MicroDON, en 2011.",["MicroDON"],CA,31)
q('figure',"Combien de missions de bénévolat de compétences ont été réalisées dans le programme « Engagement Citoyen » de la Fondation Casino ?",
  "123 missions depuis le lancement en 2017.",["123 missions"],CA,31)
k=q('who',"Qui finance principalement le projet REACH de PULSE ?",
  "L'Agence Française de Développement, principal cofinanceur, à hauteur de 800 000 €.",["Agence Française de Développement"],PU,2)
q('figure',"Et son budget total c'est combien ?",
  "1,638 M€ pour 3 ans (juin 2023-juin 2026).",["1,638M€"],PU,2,follows=k)
q('figure',"REACH prévoit de former combien d'OSC intermédiaires ?",
  "50 OSC intermédiaires : 30 pour Jógjëf et 20 pour Oribi.",["50 OSC intermédiaires"],PU,7)
q('when',"Le pré-audit externe du projet REACH est prévu à quelles dates ?",
  "Du 6 janvier au 7 février 2025.",["06 janvier au 7 février 2025"],PU,11)
q('list',"Quels types d'intervention la coopérative Re-Co utilise-t-elle pour créer de l'habitat abordable ?",
  "La rénovation, la surélévation, la complémentation et la réaffectation.",["la complémentation et la réaffectation"],RC,2)
q('who',"C'est qui les fondateurs de la coopérative Re-Co ?",
  "Les membres fondateurs sont Antoine Girardin, Grégoire Henrioud, Mélanie Rouge, Marie Sigrist, Lucas Uhlmann, Elliot Vaucher et Marie-Pascale Wellinger.",
  ["MÉLANIE ROUGE","MARIE SIGRIST"],RC,4)
m=q('figure',"Combien de personnes ont répondu au baromètre de l'ESR 2023 de la CPESR ?",
  "2460 répondants ont rempli au moins la première partie et 2026 ont finalisé leur réponse.",["2460","2026"],CP,3)
q('figure',"Et quelle part de leurs opinions sur les conditions de travail est négative ?",
  "42 % d'opinions négatives, contre 40 % positives.",["42% négatives"],CP,4,follows=m)
q('when',"Pendant quelle période le baromètre ESR 2023 était-il ouvert ?",
  "De mars à octobre 2023.",["mars à octobre 2023"],CP,3)
q('figure',"Quelle capacité de production d'électricité bas carbone TOTAL visait-il pour 2023 ?",
  "10 GW d'électricité bas carbone d'ici 2023.",["10 GW"],TO,3)
q('definition',"C'est quoi la DPEF dont parle EDF ?",
  "La déclaration de performance extra-financière, que l'ordonnance du 19 juillet 2017 et le décret du 9 août 2017 imposent pour l'année 2018.",
  ["déclaration de performance extra-financière"],ED,1)
q('definition',"Que veulent dire les principes FAIR pour les données de la recherche ?",
  "Rendre les données Faciles à trouver, Accessibles, Interopérables et Réutilisables, par les humains comme par les machines.",
  ["Faciles à trouver, Accessibles"],MI,19,also=[(MI,6)])
q('definition',"Un PGD, en gestion des données de recherche, c'est quoi ?",
  "Un Plan de Gestion de Données (Data Management Plan) : un document formalisé, souvent livrable du projet, qui explique comment les données seront obtenues, documentées, analysées, disséminées et utilisées.",
  ["Plan de Gestion de Données (PGD)"],MI,28)
q('figure',"Autour des centrales nucléaires d'EDF, quelle part des riverains voit un impact positif sur l'emploi ?",
  "83 % (impact positif en matière d'emploi selon les baromètres riverains).",["83 %"],ED,2)
# ---- presque
U("À quelle heure commence le 5e webinaire « l'ODD 17 en pratique » du 26 novembre ?",
  "Les documents donnent le jour (26 novembre) mais pas l'heure du webinaire.")
U("Combien d'adhérents compte le Collectif normand des solidarités ?",
  "La lettre aux adhérents du CNS ne donne pas le nombre de ses adhérents.")
U("Qui est le trésorier de la Fondation des Territoires ?",
  "Le corpus raconte la création de la Fondation des Territoires (14 juin 2022, 21 co-fondateurs) mais ne nomme pas son trésorier.")
U("Dans l'enquête IMPACTS & TRAJECTOIRES 2024 auprès des maires, quel pourcentage des maires de Normandie voient leur territoire en mouvement ?",
  "L'enquête n'est pas détaillée par région : seul le chiffre national (91 %) est donné.")
U("Combien de personnes ont assisté à la soirée VitaWin de lancement de la Charte du faire alliance ?",
  "Le corpus situe la soirée (Saint-Maurice, Giving Tuesday) mais ne donne pas le nombre de participants.")
U("Combien de dossiers de candidature le label « Territoire d'alliances » a-t-il reçus en 2025 ?",
  "Le corpus contient un dossier de candidature rempli, mais aucun nombre de dossiers reçus pour ce label.")
U("Quel est le budget annuel de la Fondation des Territoires ?",
  "Le corpus ne donne aucun budget pour la Fondation des Territoires.")
assert len(Q)==60, len(Q)
with open('/work/blind/notes-s79/questions.jsonl','w',encoding='utf-8') as fh:
    for i,x in enumerate(Q,1):
        x['id']='s79%02d'%i
        fh.write(json.dumps(x,ensure_ascii=False)+'\n')
print('ok')
