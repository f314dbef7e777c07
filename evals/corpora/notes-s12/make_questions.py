import json
D1="obs-s12-01-regard-citoyens.pdf"; D2="obs-s12-02-histoire-methodes.pdf"; D3="obs-s12-03-elus-collectivites.pdf"
D4="obs-s12-04-co-construction.pdf"; D5="obs-s12-05-rapport-annuel.pdf"
CP="real-cpesr-barometre-esr-2023.pdf"; TO="real-total-dpef-2018-extrait.pdf"; ED="real-edf-dpef-2018-extrait.pdf"
CA="real-casino-dpef-2018.pdf"; ET="real-etalab-documentation-barometre-resultats.pdf"; MI="real-miti-guide-gestion-donnees-recherche-v2.pdf"
PU="real-pulse-reach-presentation.pdf"; RE="real-recoop-plaquette.pdf"
Q=[]
def q(question,answer,mc,src,page,kind,follows=None):
    d={"question":question,"answer":answer,"must_contain":mc,"source":src,"page":page,"kind":kind}
    if follows: d["follows"]=follows
    Q.append(d)
def u(question):
    q(question,"",[],None,None,"unanswerable")
# doc1
q("Combien de personnes ont été sondées pour le volet Citoyens du programme PHARE ?","Plus de 2 000 personnes (volet publié en septembre 2015).",["2 000"],D1,1,"figure")
q("quelle note sur 10 les francais mettent a l emploi comme priorite","7,1 sur 10, l'emploi arrive en tête.",["7,1"],D1,2,"figure")
q("et pour la securite ?","6,6/10 dans le tableau ; une autre restitution de la même enquête indique 7/10.",["6,6","7/10"],D1,2,"figure","PREV")
q("en 2008 cb de francais trouvaient urgent de faire des partenariats ?","86 % (mesure ARPEA de 2008).",["86 %"],D1,3,"figure")
q("Et lors de la vague suivante, en 2012 ?","84 % en 2012.",["84 %"],D1,3,"figure","PREV")
q("Les patrons de petites entreprises pensent-ils que coopérer aide à se relever de la crise du Covid ? Dans quelle proportion ?","Oui : 84 % des dirigeants de TPE et PME jugent la co-construction utile en sortie de crise (81 % des Français).",["84 %"],D1,4,"figure")
# doc2
q("Qui dirige scientifiquement l'Observatoire des partenariats ?","Anne Robin, fondatrice de COMISIS.",["Anne Robin"],D2,1,"who")
q("elle est payee pour ca ?","Non, elle exerce cette direction scientifique à titre bénévole.",["bénévole"],D2,1,"definition","PREV")
q("En quelle année l'Observatoire a-t-il vu le jour, et qui l'a fondé ?","En 2008, par la Caisse des Dépôts et Le RAMEAU (avec le MEDEF et le Mouvement associatif) ; des documents anciens indiquent 2007.",["2008","Caisse des Dépôts"],D2,1,"when")
q("Quand le programme IMPACT a-t-il démarré ?","Il a été lancé en novembre 2017 (période 2018-2022).",["novembre 2017"],D2,2,"when")
q("Que signifie l'acronyme M.E.D.O.C. ?","Méthodes, Exemples, Données, Outils, Compétences (plateforme www.odd17.org).",["Méthodes","Exemples","Données","Outils","Compétences"],D2,3,"definition")
q("quel ministre avait demande un etat des lieux des partenariats assos entreprises ?","La ministre Valérie Fourneyron ; le rapport a été publié début 2014.",["Valérie Fourneyron"],D2,3,"who")
# doc3
q("Combien de maires ont participé à l'enquête IMPACTS & TRAJECTOIRES de 2024 ?","302 maires.",["302"],D3,2,"figure")
q("comment et quand ils ont ete interoges ?","Par téléphone, du 30 septembre au 28 octobre 2024.",["téléphone","30 septembre","28 octobre 2024"],D3,2,"when","PREV")
q("Quelle part des maires jugent leur territoire en mouvement ?","91 %.",["91 %"],D3,2,"figure")
q("Et quelle part parle d'un mouvement fort ?","35 % (56 % parlent d'un mouvement ni plus ni moins marqué).",["35 %"],D3,2,"figure","PREV")
q("Quand le volet Institutions de PHARE a-t-il été publié et combien de profils de maires identifie-t-il ?","Le 29 novembre 2016 ; il distingue 5 profils de maires.",["29 novembre 2016","5 profils"],D3,3,"when")
q("Quels territoires ont servi de pilotes à la démarche Agir ensemble en Territoire ?","L'Alsace (avec Alsace Active), le Poitou-Charentes (avec le Groupe La Poste) et Paris-Est Marne & Bois.",["Alsace","Poitou-Charentes","Paris-Est Marne & Bois"],D3,4,"list")
# doc4
q("Selon le diaporama, quelle part des responsables associatifs voient dans les partenariats une source d'innovation ?","86 % (contre 87 % des maires, 81 % des dirigeants d'entreprise et 74 % des Français).",["86 %"],D4,1,"figure")
q("combien de territoirs dans le parcours du cget avec le rameau","11 territoires pionniers (un article parle de 10 territoires pilotes), sur 18 mois.",["11 territoires"],D4,2,"figure")
q("Où et quand la Charte du faire alliance a-t-elle été présentée ?","Le 30 novembre 2021 (Giving Tuesday), à Saint-Maurice (Paris-Est Marne & Bois).",["30 novembre 2021","Saint-Maurice"],D4,3,"when")
q("Combien de co-fondateurs compte la Fondation des Territoires, et sous l'égide de quelle fondation a-t-elle été créée ?","21 co-fondateurs ; créée le 14 juin 2022 sous l'égide de la Fondation de Lille.",["21 co-fondateurs","Fondation de Lille"],D4,4,"figure")
q("c koi le budget du fonds odd 17 ?","Une dotation de 1,5 M€.",["1,5 M€"],D4,5,"figure")
q("et il dure cb de temps ?","Une expérimentation prévue sur 3 ans.",["3 ans"],D4,5,"figure","PREV")
# doc5
q("Combien la France compte-t-elle d'associations employeuses d'après l'étude IMPACT – Associations & Territoires ?","148 000.",["148 000"],D5,2,"figure")
q("Quel pourcentage de ces associations a au moins un partenaire ?","98 %.",["98 %"],D5,2,"figure","PREV")
q("cb d assos employeuses bossent avec des ecoles ?","70 % (établissements scolaires).",["70 %"],D5,3,"figure")
q("Dans l'enquête de 2017, combien de partenaires une association avait-elle en moyenne ?","2,5 partenaires en moyenne (plus de 1 380 responsables interrogés en mai-juin 2016).",["2,5"],D5,3,"figure")
q("Qui a confié la mission ministérielle à Cathy Racon-Bouzon et Charles-Benoît Heidsieck, et quand leur rapport a-t-il été rendu ?","Gabriel Attal (FNAF 2019) ; rapport remis le 7 mai 2020.",["Gabriel Attal","7 mai 2020"],D5,4,"who")
q("Combien de fondations ont été interrogées pour l'étude IMPACT Fondations & Territoires ?","42 fondations.",["42"],D5,2,"figure")
# real: CPESR
q("Combien de personnes ont répondu au baromètre de l'ESR 2023 de la CPESR ?","2460 répondants ont rempli au moins la première partie, 2026 ont finalisé.",["2460","2026"],CP,3,"figure")
q("le barometre esr il etait ouvert quand ?","De mars à octobre 2023.",["mars à octobre 2023"],CP,3,"when")
q("Quel niveau de défiance les répondants expriment-ils envers le MESRI ?","91 % de défiance.",["91% de défiance"],CP,5,"figure")
# Total
q("Quelle quantité de déchets le groupe TOTAL a-t-il traitée en 2018 ?","573 kt de déchets.",["573 kt"],TO,1,"figure")
q("Quelle part des déchets de TOTAL a été recyclée ou valorisée en 2018 ?","57 % (59 % en 2017, 58 % en 2016).",["57%"],TO,1,"figure")
q("avec quelle fondation total compense les vols en avion de ses salaries et ca evite combien de co2 ?","La Fondation GoodPlanet ; environ 50 000 t de CO2 évitées par an (8 400 biodigesteurs en Inde).",["GoodPlanet","50 000 t"],TO,3,"who")
# EDF
q("Qui préside le Conseil scientifique d'EDF ?","Sébastien Candel, président de l'Académie des Sciences.",["Sébastien Candel"],ED,3,"who")
q("D'après les riverains des centrales nucléaires d'EDF, quel est l'impact positif sur l'emploi ?","83 %.",["83 %"],ED,2,"figure")
q("EDF a combien de sites seveso seuil haut fin 2018 ?","9 sites SEVESO seuil haut (et 38 seuil bas).",["9 sites SEVESO seuil haut"],ED,5,"figure")
# Casino
q("Combien de repas Casino a-t-il fournis aux banques alimentaires en 2018 ?","Plus de 50 millions de repas (plus de 25 100 tonnes de produits).",["50 millions de repas"],CA,29,"figure")
q("Depuis quand le groupe Casino soutient-il la Fédération française des banques alimentaires ?","Depuis 2009.",["depuis 2009"],CA,29,"when")
q("l'operation tous en scene a rapporte combien ?","116 000 € pour les associations partenaires de la Fondation Casino.",["116 000 €"],CA,29,"figure")
# Etalab
q("Sur quel site le baromètre des résultats de l'action publique est-il consultable ?","Sur gouvernement.fr (données en open data sur data.gouv.fr).",["gouvernement.fr"],ET,4,"who")
q("Qui instruit et valide les dossiers MaPrimeRénov' ?","L'Agence nationale de l'habitat (Anah).",["Anah"],ET,60,"who")
q("D'où viennent les données sur les kilomètres de pistes cyclables du Plan Vélo, et à quelle fréquence sont-elles mises à jour ?","Recensées par Géovélo (à partir d'OpenStreetMap) ; mise à jour trimestrielle.",["Géovélo","trimestrielle"],ET,30,"who")
# MITI
q("Qui a réalisé la mise en page et le logo du guide de bonnes pratiques sur la gestion des données de la recherche ?","Pierre Navaro.",["Pierre Navaro"],MI,2,"who")
q("Quand et dans quelle revue les principes FAIR ont-ils été publiés ?","En mars 2016, dans la revue Scientific Data.",["mars 2016","Scientific Data"],MI,19,"when")
q("c quoi un PGD ?","Un Plan de Gestion de Données (Data Management Plan) : document formalisé expliquant comment les données d'un projet de recherche seront obtenues, documentées, analysées, disséminées et utilisées.",["Plan de Gestion de Données"],MI,28,"definition")
# PULSE
q("Quel est le budget total du projet REACH et qui en est le principal cofinanceur ?","1,638 M€ ; principal cofinanceur : l'Agence Française de Développement (800 000 €).",["1,638M€","Agence Française de Développement"],PU,2,"figure")
q("Combien d'OSC intermédiaires le projet REACH prévoit-il de former ?","50 OSC intermédiaires (30 par Jógjëf, 20 par Oribi).",["50 OSC intermédiaires"],PU,7,"figure")
q("Quand se termine la première tranche du projet REACH financé par l'AFD ?","En décembre 2024 (T1 : juin 2023-décembre 2024 ; T2 : décembre 2024-juin 2026).",["décembre 2024"],PU,9,"when")
# Re-Co
q("Quel bureau a réalisé la surélévation d'une maison locative à Vevey citée par Re-Co ?","Rapin Saiz Architectes (2019).",["Rapin Saiz Architectes"],RE,3,"who")
q("elle est ou la coop re-co ? adresse svp","Av. de Morges 63, CH-1004 Lausanne.",["Av. de Morges 63","Lausanne"],RE,1,"who")
# unanswerable
u("Combien de maires avaient été interrogés pour le volet PHARE-Institutions publié en 2016 ?")
u("Dans PHARE-Citoyens, quelle note sur 10 les Français donnent-ils à la santé ?")
u("Quel est le montant de la dotation de la Fondation des Territoires ?")
u("combien d'assos ont repondu a l'enquete IMPACT associations et territoires ?")
u("Combien de personnes avaient répondu au baromètre de l'ESR de la CPESR en 2022 ?")
u("Combien de tonnes Casino a-t-il collectées lors de la collecte nationale des banques alimentaires en 2016 ?")
u("Quel montant PLAY international apporte-t-il au budget du projet REACH ?")
print(len(Q))
ids={}
out=[]
for i,d in enumerate(Q):
    d2={"id":f"s12{i+1:02d}"}
    d2.update(d)
    if "follows" in d2:
        d2["follows"]=f"s12{i:02d}"
    out.append(d2)
with open(__import__('os').path.join(__import__('os').path.dirname(__import__('os').path.abspath(__file__)),'questions.jsonl'),'w',encoding='utf-8') as f:
    for d in out: f.write(json.dumps(d,ensure_ascii=False)+"\n")
