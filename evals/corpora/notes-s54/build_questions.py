import json

D1 = "obs-s54-01-note-methode-historique.pdf"
D2 = "obs-s54-02-fiche-repere-associations.pdf"
D3 = "obs-s54-03-diaporama-citoyens-alliances.pdf"
D4 = "obs-s54-04-bulletin-veille-n27.pdf"
D5 = "obs-s54-05-rapport-elus-territoires.pdf"
CAS = "real-casino-dpef-2018.pdf"
TOT = "real-total-dpef-2018-extrait.pdf"
EDF = "real-edf-dpef-2018-extrait.pdf"
CPE = "real-cpesr-barometre-esr-2023.pdf"
ETA = "real-etalab-documentation-barometre-resultats.pdf"
MITI = "real-miti-guide-gestion-donnees-recherche-v2.pdf"
PUL = "real-pulse-reach-presentation.pdf"
REC = "real-recoop-plaquette.pdf"

U = None  # unanswerable marker

# (question, answer, must_contain, source, page, kind, follows_prev, tags)
# tags: c = citizen wording, m = multi-part, x = conflict
Q = [
    ("En quelle année l'Observatoire des partenariats a-t-il été créé, et par qui ?",
     "Il a été créé en 2008 par la Caisse des Dépôts et Le RAMEAU, en partenariat avec le MEDEF et le Mouvement "
     "associatif ; des documents plus anciens (ARPEA Entreprises & Territoires, janvier 2011, et rapport "
     "quinquennal du 11 décembre 2012) indiquent toutefois une création en 2007.",
     ["2008", "créé en 2007", "Mouvement associatif"], D1, 1, "when", False, "mx"),
    ("Et qui en assure la direction scientifique ?",
     "La direction scientifique de l'Observatoire est assurée par Anne Robin, fondatrice de COMISIS.",
     ["Anne Robin", "COMISIS"], D1, 2, "who", True, ""),
    ("elle est payee pour ca ou c benevole ?",
     "Anne Robin exerce la direction scientifique de l'Observatoire à titre bénévole.",
     ["bénévole"], D1, 2, "who", True, "c"),
    ("Combien de missions de bénévolat de compétences ont été effectuées dans le programme « Engagement Citoyen » "
     "de la Fondation Casino, et quand ce programme a-t-il été lancé ?",
     "123 missions ont été effectuées ; le document dit que la Fondation Casino a lancé ce programme en 2016, "
     "mais compte les missions « depuis le lancement en 2017 ».",
     ["123 missions", "Engagement Citoyen"], CAS, 31, "figure", False, "mx"),
    ("et ca fait combien de salaries benevoles au total ?",
     "Le document ne le dit pas : il donne le nombre de missions réalisées (123) mais pas le nombre de "
     "collaborateurs ayant participé au programme « Engagement Citoyen ».",
     [], U, U, "unanswerable", True, "c"),
    ("Combien d'associations employeuses couvre l'étude IMPACT – Associations & Territoires, et quelle part "
     "d'entre elles ont au moins un partenariat ?",
     "L'étude porte sur 148 000 associations employeuses, dont 98 % déclarent au moins un partenariat.",
     ["148 000", "98"], D2, 1, "figure", False, "m"),
    ("Et avec quels types de partenaires, du plus fréquent au moins fréquent ?",
     "Collectivités territoriales (89 %), structures d'intérêt général (73 %), établissements scolaires (70 %), "
     "collectifs d'associations (56 %), acteurs publics nationaux (52 %), fédérations professionnelles (37 %) "
     "et acteurs académiques (35 %).",
     ["89", "Collectifs d'associations", "35"], D2, 2, "list", True, ""),
    ("les assos qui ont une boite comme partenaire c combien en vrai ?",
     "Cela dépend de la source : 28 % de l'ensemble des associations dans l'enquête de 2016 (publiée en mars "
     "2017), 38 % des associations (53 % des employeuses) selon la note du 29 février 2016, et près de 46 % "
     "selon ARPEA.",
     ["38", "28", "près de 46"], D2, 4, "figure", False, "c"),
    ("D'après l'enquête Associations & Partenariats, quelle part des associations dont le budget dépasse "
     "150 000 € ont un partenariat avec une entreprise, et quelle part de celles qui ont moins de 10 000 € ?",
     "50 % des associations au budget supérieur à 150 000 € ont un partenariat avec une entreprise, contre "
     "20 % de celles disposant de moins de 10 000 €.",
     ["50", "20", "150 000"], D2, 3, "figure", False, "m"),
    ("Dans la fiche Repère sur les associations, que recouvre la forme de partenariat « pratiques "
     "responsables », et quelle part des associations employeuses est concernée ?",
     "Il s'agit de partenariats où l'association aide une organisation à faire évoluer ses pratiques (achats, "
     "ressources humaines, environnement) ; 70 % des associations employeuses sont concernées.",
     ["Pratiques responsables", "70"], D2, 2, "definition", False, "m"),
    ("Combien de personnes ont répondu au baromètre de l'ESR 2023, et pendant quelle période était-il ouvert ?",
     "2460 répondants ont rempli au moins la première partie et 2026 ont finalisé leur réponse ; le baromètre "
     "était ouvert de mars à octobre 2023.",
     ["2460", "2026", "mars à octobre 2023"], CPE, 3, "figure", False, "m"),
    ("Qui a dirigé cette enquête ?",
     "L'enquête a été dirigée par Julien Gossa (l'analyse OpenAI a été effectuée par Jacques Haiech).",
     ["Julien Gossa"], CPE, 28, "who", True, ""),
    ("Quelle note sur 10 les Français donnent-ils à la sécurité dans PHARE-Citoyens ?",
     "La publication des résultats de PHARE-Citoyens donne 6,6/10 pour la sécurité, mais un article de presse "
     "paru à la sortie de l'étude lui attribue 7/10.",
     ["Sécurité", "6,6"], D3, 3, "figure", False, "x"),
    ("c quoi la priorite n°1 des francais dans phare citoyens ?",
     "L'emploi arrive en tête dans PHARE-Citoyens (septembre 2015), avec une note de 7,1 sur 10.",
     ["Emploi", "7,1"], D3, 3, "figure", False, "c"),
    ("et là-dessus, ils sont combien à penser que les partenariats ont un impact fort ?",
     "49 % des Français attribuent aux partenariats un impact fort sur l'emploi (PHARE-Citoyens, 2015).",
     ["49"], D3, 4, "figure", True, "c"),
    ("Dans le programme IMPACT, quelle part des Français considère les partenariats comme une source "
     "d'innovation ?",
     "74 % des Français selon le support IMPACT, mais une autre restitution du même programme indique 69 % des "
     "citoyens (les valeurs des dirigeants, 81 %, des responsables associatifs, 86 %, et des maires, 87 %, "
     "étant identiques).",
     ["74", "69"], D3, 5, "figure", False, "x"),
    ("ils sont combien les francais a penser qu on doit faire alliance ??",
     "69 % des Français exprimaient un « devoir d'alliance » dans PHARE-Citoyens en 2015 ; les chiffres plus "
     "récents cités à l'appui du droit de l'alliance d'intérêt général donnent 81 %.",
     ["81", "69"], D3, 6, "figure", False, "c"),
    ("les francais ils mettent quelle note au logement dans phare citoyens ?",
     "Le corpus ne donne pas de note pour le logement : PHARE-Citoyens est cité pour l'emploi, le pouvoir "
     "d'achat, le développement économique, la sécurité, l'environnement et l'exclusion seulement.",
     [], U, U, "unanswerable", False, "c"),
    ("Quand et où la Charte du faire alliance a-t-elle été dévoilée ?",
     "Elle a été dévoilée le 30 novembre 2021, jour du Giving Tuesday, à Saint-Maurice (Paris-Est Marne & "
     "Bois) lors d'une soirée VitaWin ; la chronologie du rapport sur les élus reprend toutefois la date du "
     "« mardi 30 septembre » annoncée par associations.gouv.fr.",
     ["30 novembre 2021", "Saint-Maurice"], D4, 2, "when", False, "mx"),
    ("Qui a piloté sa co-construction, et combien de temps a-t-elle duré ?",
     "La co-construction de la Charte a été pilotée par la Fondation des Territoires et a duré trois mois.",
     ["trois mois", "Fondation des Territoires"], D4, 2, "who", True, "m"),
    ("Quels ont été les territoires pilotes de la démarche « Agir ensemble en Territoire », et en quelle année "
     "est-elle née ?",
     "Née en 2010 après l'étude ARPEA-Collectivités locales, elle a été testée en Alsace (avec Alsace Active), "
     "en Poitou-Charentes (avec le Groupe La Poste) et à Paris-Est Marne & Bois.",
     ["Alsace Active", "Poitou-Charentes", "2010"], D4, 2, "list", False, "m"),
    ("le fonds odd 17 il a combien d argent et c pour qui ?",
     "Le Fonds ODD 17, co-créé en 2020 par Le RAMEAU et la Fondation TotalEnergies, dispose de 1,5 M€ pour une "
     "expérimentation de trois ans destinée à outiller 350 « catalyseurs territoriaux ».",
     ["1,5 M€", "350"], D4, 3, "figure", False, "cm"),
    ("et la fondation totalenergies elle met combien dedans ?",
     "Le corpus ne le précise pas : il donne la dotation totale de 1,5 M€ mais pas la part apportée par la "
     "Fondation TotalEnergies.",
     [], U, U, "unanswerable", True, "c"),
    ("Que signifie l'acronyme M.E.D.O.C. ?",
     "M.E.D.O.C. signifie Méthodes, Exemples, Données, Outils, Compétences ; c'est la boîte à outils de la "
     "plateforme www.odd17.org.",
     ["Méthodes, Exemples, Données, Outils, Compétences"], D4, 3, "definition", False, ""),
    ("c qui le president de la fondation des territoires ?",
     "Le corpus ne nomme pas de président de la Fondation des Territoires ; il indique seulement qu'elle a été "
     "créée le 14 juin 2022 sous l'égide de la Fondation de Lille par 21 co-fondateurs.",
     [], U, U, "unanswerable", False, "c"),
    ("Combien de maires ont été interrogés pour l'enquête IMPACTS & TRAJECTOIRES – Elus locaux ?",
     "302 maires ont été interrogés (par téléphone, du 30 septembre au 28 octobre 2024).",
     ["302 maires", "téléphone"], D5, 1, "figure", False, ""),
    ("Dans cette enquête de novembre 2024, quelle part des maires jugent leur territoire fortement en "
     "mouvement ?",
     "35 % des maires jugent leur territoire fortement en mouvement (91 % le disent en mouvement au total, dont "
     "56 % ni plus ni moins qu'avant).",
     ["35", "91"], D5, 1, "figure", False, ""),
    ("Combien de maires ont été interrogés pour PHARE-Institutions en 2016 ?",
     "Le corpus ne donne pas l'effectif de PHARE-Institutions : il en cite la date (29 novembre 2016) et les "
     "5 profils de maires ; les 302 maires concernent l'enquête de 2024.",
     [], U, U, "unanswerable", False, ""),
    ("Selon l'étude ARPEA Entreprises & Territoires de janvier 2011, comment se répartissaient les entreprises "
     "face aux partenariats avec les associations ?",
     "21 % des entreprises développaient des partenariats, 33 % souhaitaient en développer et 46 % ne le "
     "souhaitaient pas.",
     ["21", "33", "46"], D5, 3, "figure", False, ""),
    ("En 2012, quelle part des dirigeants d'entreprise jugeaient urgent de créer des partenariats ?",
     "Le corpus ne donne pas ce chiffre : le taux de 2012 (84 %) concerne les Français interrogés par ARPEA, "
     "pas les dirigeants d'entreprise.",
     [], U, U, "unanswerable", False, ""),
    ("Combien de territoires ont participé au parcours d'expérience du CGET et de Le RAMEAU, et sur quelle "
     "durée ?",
     "Le rapport indique 11 territoires pionniers sur 18 mois (1re session le 3 mai) ; la note de méthode "
     "évoque pour sa part un travail avec le CGET et 10 territoires pilotes.",
     ["11 territoires pionniers", "18 mois"], D5, 4, "figure", False, "mx"),
    ("Quand PHARE-Institutions a-t-il été publié, et combien de profils de maires distingue-t-il ?",
     "PHARE-Institutions a été présenté le 29 novembre 2016 et distingue cinq profils de maires.",
     ["29 novembre 2016", "cinq profils de maires"], D1, 4, "when", False, "m"),
    ("Quelles sont les périodes des trois programmes quinquennaux de l'Observatoire ?",
     "ARPEA couvre 2008-2012, PHARE 2013-2018 (2013-2017 selon certaines présentations) et IMPACT 2018-2022, "
     "lancé en novembre 2017.",
     ["2008-2012", "2018-2022", "2013-2017"], D1, 2, "list", False, "x"),
    ("ca veut dire quoi arpea ?",
     "Le sigle a trois développés selon les documents : « Analyse des Relations et des Partenariats entre "
     "Entreprises et Associations », « Analyser les Relations Partenariales entre Entreprises et Associations » "
     "et « Analyse des Relations Associations-Entreprises ».",
     ["Analyse des Relations et des Partenariats entre Entreprises et Associations",
      "Analyse des Relations Associations-Entreprises"], D1, 3, "definition", False, "cx"),
    ("Et il comptait combien de volets ?",
     "Le programme ARPEA comptait 10 volets ; il s'est clos avec le rapport quinquennal du 11 décembre 2012.",
     ["10 volets"], D1, 3, "figure", True, ""),
    ("Quels partenaires mènent le programme IMPACT, et quels sont ses trois axes ?",
     "Caisse des Dépôts, Institut CDC pour la Recherche, Groupe La Poste, Fondation TOTAL et Le RAMEAU ; axes : "
     "innovation sociétale et territoriale, performance des organisations, confiance.",
     ["Institut CDC pour la Recherche", "Fondation TOTAL", "performance des organisations"], D1, 5, "list",
     False, "m"),
    ("qui c qui dirige le rameau en vrai ?",
     "Le RAMEAU a pour président-fondateur Charles-Benoît Heidsieck et pour directrice générale Laurence Weber.",
     ["Charles-Benoît Heidsieck", "Laurence Weber"], D1, 1, "who", False, "c"),
    ("En 2018, combien de tonnes de produits le groupe Casino a-t-il apportées aux banques alimentaires, et à "
     "combien de repas cela correspond-il ?",
     "Plus de 25 100 tonnes, soit l'équivalent de plus de 50 millions de repas (3 208 tonnes issues de la "
     "collecte nationale et 21 911 tonnes données par les magasins et entrepôts).",
     ["25 100 tonnes", "50 millions de repas"], CAS, 29, "figure", False, "m"),
    ("Depuis quand accompagne-t-il la Fédération française des banques alimentaires ?",
     "Le groupe Casino accompagne la FFBA depuis 2009 et prévoit de renouveler ce partenariat en 2019 pour "
     "trois ans.",
     ["depuis 2009"], CAS, 29, "when", True, ""),
    ("le service civique c pour qui et ca dure combien de temps ?",
     "Le Service Civique, créé en 2010, permet aux jeunes de 16 à 25 ans de s'engager volontairement 6 à 12 mois "
     "sur une mission d'intérêt général.",
     ["16 à 25 ans", "6 à 12 mois"], CAS, 30, "definition", False, "cm"),
    ("Dans le baromètre des résultats de l'action publique, quel indicateur suit la promotion de l'engagement "
     "des jeunes, qui gère les données et à quelle fréquence sont-elles mises à jour ?",
     "L'indicateur est le nombre de volontaires ayant réalisé au moins un jour de mission de service civique "
     "dans l'année ; les contrats sont gérés par l'Agence de services et de paiement pour l'Agence du service "
     "civique, avec une mise à jour trimestrielle.",
     ["au moins un jour de mission", "Agence de services et de paiement", "trimestrielle"], ETA, 11,
     "definition", False, "m"),
    ("Combien de dons l'Arrondi en caisse lancé avec MicroDON a-t-il permis de collecter, et pour quelles "
     "associations ?",
     "Plus d'un million d'euros ont été collectés (dispositif lancé en 2011 chez Franprix) pour des associations "
     "comme la Croix Rouge, Emmaüs, le Secours populaire et les Jardins de Cocagne.",
     ["MicroDON", "Jardins de Cocagne"], CAS, 31, "list", False, "m"),
    ("Combien de partenariats les métiers d'EDF ont-ils noués avec des associations ou des organismes de "
     "recherche ?",
     "Au total, plus de cent partenariats sont noués par les métiers d'EDF avec des associations ou des "
     "organismes de recherche (comme Irstea ou Ifremer).",
     ["plus de cent partenariats"], EDF, 6, "figure", False, ""),
    ("autour des centrales nucleaires les gens voient quoi comme effet positif ?",
     "Selon le baromètre des riverains d'EDF, ils citent l'emploi (83 %), l'activité économique (77 %), le "
     "commerce (65 %) et les équipements collectifs (62 %).",
     ["83", "77", "62"], EDF, 2, "figure", False, "c"),
    ("Quand EDF a-t-il créé son Conseil des générations futures, avec quel partenaire, et qui y participe ?",
     "Il a été créé en 2017 avec Usbek & Rica ; il réunit quarante collaboratrices et collaborateurs du groupe "
     "et une trentaine de participants externes.",
     ["Usbek & Rica", "quarante collaboratrices"], EDF, 3, "when", False, "m"),
    ("Avec quelle fondation TOTAL a-t-il signé en 2017 un programme de neutralisation des émissions des "
     "voyages en avion de ses salariés, et sur quoi repose-t-il ?",
     "Avec la Fondation GoodPlanet (présidée par Yann Arthus-Bertrand), pour 10 ans ; le programme repose sur "
     "8 400 biodigesteurs en Inde et doit éviter 50 000 t de CO2 par an.",
     ["GoodPlanet", "8 400 biodigesteurs"], TOT, 3, "who", False, "m"),
    ("Quelle note TOTAL a-t-il obtenue au CDP pour son reporting 2018 ?",
     "Pour son reporting 2018 portant sur la période 2017, TOTAL a obtenu la note A- au questionnaire CDP "
     "Climate Change.",
     ["A-", "CDP Climate Change"], TOT, 6, "figure", False, ""),
    ("Quel objectif TOTAL s'était-il fixé sur le brûlage de routine, et de combien ses émissions de GES "
     "(Scopes 1 & 2) oil & gas ont-elles baissé entre 2015 et 2018 ?",
     "Réduire de 80 % le brûlage de routine entre 2010 et 2020 en vue de son élimination d'ici 2030 ; les "
     "émissions sont passées de 46 à 42 Mt CO2e entre 2015 et 2018.",
     ["80%", "42 Mt CO2e"], TOT, 5, "figure", False, "m"),
    ("Quelle part de son budget R&D EDF consacre-t-il à la protection de l'environnement en France ?",
     "EDF y consacre 100,2 millions d'euros, soit 20 % de son budget R&D.",
     ["100,2 millions", "20 %"], EDF, 6, "figure", False, ""),
    ("les profs et chercheurs ils font confiance a qui le plus ?",
     "Dans le baromètre ESR 2023, les directions de composante recueillent le plus de confiance (51 %), devant "
     "les instances paritaires locales (39 %) et le CNU (31 %).",
     ["51% de confiance", "39% de confiance"], CPE, 5, "figure", False, "c"),
    ("Dans le baromètre ESR 2023, quelle part des opinions des répondants sur leurs conditions de travail "
     "sont positives ?",
     "40 % des opinions sont positives (contre 42 % négatives).",
     ["40%", "42% négatives"], CPE, 4, "figure", False, ""),
    ("Quel est le budget total du projet REACH, et combien l'AFD y apporte-t-elle ?",
     "Le budget total est de 1,638 M€, dont 800 000 € apportés par l'Agence Française de Développement, pour "
     "un projet de trois ans (juin 2023-juin 2026).",
     ["1,638M€", "800 000€"], PUL, 2, "figure", False, "m"),
    ("et l universite numerique elle met combien ?",
     "Le document ne le précise pas : l'Université Numérique-CHK est citée comme cofinanceur et partenaire "
     "technique, sans montant (seule la part de l'AFD, 800 000 €, est chiffrée).",
     [], U, U, "unanswerable", True, "c"),
    ("Combien d'OSC intermédiaires le projet REACH prévoit-il de former ?",
     "50 OSC intermédiaires : 30 par Jógjëf (Sénégal) et 20 par Oribi (Afrique du Sud).",
     ["50 OSC", "Jógjëf : 30", "Oribi : 20"], PUL, 7, "figure", False, ""),
    ("Que signifie FAIR pour les données de la recherche, et quand ces principes ont-ils été publiés ?",
     "Faciles à trouver, Accessibles, Interopérables et Réutilisables ; les principes ont été publiés en mars "
     "2016 dans la revue Scientific Data.",
     ["Faciles à trouver", "mars 2016"], MITI, 19, "definition", False, "m"),
    ("Auprès de quel organisme obtient-on des DOI pour des jeux de données, et quel rôle y joue l'INIST ?",
     "Les DOI s'obtiennent auprès du consortium international DataCite ; l'INIST du CNRS en est membre "
     "fondateur et agence d'attribution des DOI en France pour l'ESR.",
     ["DataCite", "agence d’attribution"], MITI, 90, "who", False, "m"),
    ("Quelle plateforme de l'INIST permet de rédiger un plan de gestion de données à plusieurs ?",
     "La plateforme « DMP OPIDoR » de l'INIST permet de rédiger un PGD de façon collaborative.",
     ["DMP OPIDoR"], MITI, 29, "who", False, ""),
    ("pourquoi re-co a choisi d etre une cooperative ?",
     "Pour sa nature participative : chaque membre dispose d'une voix égale, quelles que soient les parts qu'il "
     "possède, ce qui décentralise la gouvernance.",
     ["voix égale"], REC, 2, "definition", False, "c"),
    ("Quels sont les quatre types d'intervention par lesquels la coopérative Re-Co veut créer de l'habitat à "
     "loyer abordable ?",
     "La rénovation, la surélévation, la complémentation et la réaffectation.",
     ["la rénovation, la surélévation, la complémentation et la réaffectation"], REC, 2, "list", False, ""),
    ("Quel montant la Fondation Monoprix a-t-elle consacré aux projets associatifs qu'elle a financés en 2018 ?",
     "19 projets associatifs ont été financés pour près de 276 000 euros, autour de la lutte contre "
     "l'isolement relationnel en ville.",
     ["19 projets", "276 000 euros"], CAS, 31, "figure", False, ""),
]

assert len(Q) == 60, len(Q)
with open("/work/blind/notes-s54/questions.jsonl", "w", encoding="utf-8") as f:
    for i, (q, a, mc, src, page, kind, fol, tags) in enumerate(Q, 1):
        rec = {"id": "s54%02d" % i, "question": q, "answer": a, "must_contain": mc, "source": src,
               "page": page, "kind": kind}
        if fol:
            rec["follows"] = "s54%02d" % (i - 1)
        f.write(json.dumps(rec, ensure_ascii=False) + "\n")

# side file with tags for README statistics (kept in scratch)
with open("/tmp/s54/tags.json", "w") as f:
    json.dump({"s54%02d" % i: t[7] for i, t in enumerate(Q, 1)}, f)
print("ok")
