# -*- coding: utf-8 -*-
# Items écrits à la main (jeu BK). build.py ne fait que les écrire en JSONL.
D1 = 'obs-s102-01-note-ca.pdf'; D2 = 'obs-s102-02-rapport-evaluation.pdf'; D3 = 'obs-s102-03-infographie.pdf'
D4 = 'obs-s102-04-portrait-mecene.pdf'; D5 = 'obs-s102-05-synthese-atelier.pdf'
FIG, NOT = [], []

def F(file, page, text, value, unit, noun, actor, measure, year, sentence, **o):
    d = dict(file=file, page=page, text=text, value=value, unit=unit, noun=noun, actor=actor, measure=measure,
             year=year, sentence=sentence)
    o.setdefault('actor_src', 'phrase' if actor else None)
    d.update(o); FIG.append(d)

def N(file, page, text, why, sentence, **o):
    d = dict(file=file, page=page, text=text, sentence=sentence, why=why); d.update(o); NOT.append(d)

# ======================= D1 note au CA (séance du 14 mars 2025) =======================
s = "Le budget prévisionnel 2025 s'élève à 1,24 M€, contre un réalisé 2024 de 1 186 400 €."
F(D1, 1, "1,24 M€", 1240000, "€", None, None, "budget prévisionnel de l'association", 2025, s)
F(D1, 1, "1 186 400 €", 1186400, "€", None, None, "budget réalisé de l'association", 2024, s)
s = "L'association compte 412 adhérents au 31 décembre 2024, dont 37 bénévoles réguliers ; ils étaient 389 un an plus tôt."
F(D1, 1, "412", 412, "people", "adhérents", "adhérents", "nombre d'adhérents de l'association au 31 décembre", 2024, s)
F(D1, 1, "37", 37, "people", "bénévoles réguliers", "bénévoles réguliers", "bénévoles réguliers parmi les adhérents", 2024, s)
F(D1, 1, "389", 389, "people", "adhérents", "adhérents", "nombre d'adhérents un an plus tôt (fin 2023)", 2023, s,
  note="« ils » renvoie aux adhérents dans la même phrase ; année par calcul (un an plus tôt que fin 2024)")
s = "Subventions des collectivités 486 000 € 502 000 €"
F(D1, 1, "486 000 €", 486000, "€", None, None, "subventions des collectivités perçues (réalisé)", 2024, s, in_table=True)
F(D1, 1, "502 000 €", 502000, "€", None, None, "subventions des collectivités prévues au budget", 2025, s, in_table=True)
s = "Mécénat d'entreprises 214 500 € 240 000 €"
F(D1, 1, "214 500 €", 214500, "€", None, None, "mécénat d'entreprises perçu (réalisé)", 2024, s, in_table=True)
F(D1, 1, "240 000 €", 240000, "€", None, None, "mécénat d'entreprises prévu au budget", 2025, s, in_table=True)
N(D1, 1, "2025", "year", "Budget prévisionnel 2025 et écarts au réalisé 2024")
N(D1, 1, "31 décembre 2024", "date", "L'association compte 412 adhérents au 31 décembre 2024, dont 37 bénévoles réguliers ; ils étaient 389 un an plus tôt.")
N(D1, 1, "1", "section number", "Tableau 1 - Principales ressources")
N(D1, 1, "4", "other", "Les montants sont arrondis à la centaine d'euros ; le détail figure en annexe 4 du dossier.")
N(D1, 1, "14 mars 2025", "date", "PASSERELLES SOLIDAIRES DU BOCAGE - Note au conseil d'administration - séance du 14 mars 2025")
ft = "Dossier de séance - page %d - 8 rue des Tanneurs, 53100 Mayenne - tél. 02 43 00 17 25"
N(D1, 1, "12", "page number", ft % 12)
N(D1, 1, "53100", "postal code", ft % 12)
N(D1, 1, "02 43 00 17 25", "phone", ft % 12)
N(D1, 1, "8", "other", ft % 12, note="numéro de rue")

s = "Les charges de personnel ont dépassé la prévision de 7 %, soit 31 800 € de plus que prévu, après l'embauche de deux salariés en septembre 2024."
F(D1, 2, "7 %", 7, "%", "charges de personnel", None, "dépassement des charges de personnel par rapport à la prévision", 2024, s)
F(D1, 2, "31 800 €", 31800, "€", None, None, "surcoût des charges de personnel par rapport à la prévision", 2024, s)
F(D1, 2, "deux", 2, "people", "salariés", "salariés", "salariés embauchés", 2024, s)
s = "Les fonds propres représentent 18 % du budget annuel, contre 25 % visés par le plan stratégique1 pour 2023-2026."
F(D1, 2, "18 %", 18, "%", "budget annuel", None, "part des fonds propres dans le budget annuel", 2024, s, year_alt=2025,
  note="section « Écarts au réalisé 2024 » ; la période 2023-2026 date l'objectif, pas ce chiffre")
F(D1, 2, "25 %", 25, "%", "budget annuel", None, "part des fonds propres dans le budget visée par le plan stratégique", "2023-2026", s)
F(D1, 2, "58", 58, "count", "communes", "communes adhérentes", "nombre de communes adhérentes", 2024,
  "Les 58 communes adhérentes n'ont pas toutes suivi.", year_alt=2025)
F(D1, 2, "41 %", 41, "%", "montant versé par les communes", "communes adhérentes de moins de 3 500 habitants",
  "part du montant versé par les communes qui vient des communes de moins de 3 500 habitants", 2024,
  "Celles de moins de 3 500 habitants ont réduit leur soutien : elles ne représentent plus que 41 % du montant versé par les communes.",
  actor_src="contexte", note="« Celles … elles » renvoie aux communes adhérentes de la phrase d'avant ; seuil dans l'actor")
N(D1, 2, "1", "footnote", "Les fonds propres représentent 18 % du budget annuel, contre 25 % visés par le plan stratégique1 pour 2023-2026.", occurrence=2)
N(D1, 2, "2023-2026", "year", "Les fonds propres représentent 18 % du budget annuel, contre 25 % visés par le plan stratégique1 pour 2023-2026.")
N(D1, 2, "3 500", "threshold", "Celles de moins de 3 500 habitants ont réduit leur soutien : elles ne représentent plus que 41 % du montant versé par les communes.")
N(D1, 2, "22 juin 2023", "date", "1. Plan stratégique adopté par l'assemblée générale du 22 juin 2023 (délibération n° 2023-07).")
N(D1, 2, "2023-07", "law number", "1. Plan stratégique adopté par l'assemblée générale du 22 juin 2023 (délibération n° 2023-07).", note="numéro de délibération")
N(D1, 2, "13", "page number", ft % 13)

s = "Décision 1 : porter la cotisation annuelle de 25 € à 30 € à compter du 1er janvier 2026."
F(D1, 3, "25 €", 25, "€", "cotisation", None, "montant actuel de la cotisation annuelle", 2025, s)
F(D1, 3, "30 €", 30, "€", "cotisation", None, "montant proposé de la cotisation annuelle à partir du 1er janvier 2026", 2026, s)
N(D1, 3, "1", "section number", s, occurrence=1)
N(D1, 3, "1er janvier 2026", "date", s)
s = "Décision 2 : recruter un troisième animateur à mi-temps, pour un coût annuel estimé à 19 500 €."
F(D1, 3, "19 500 €", 19500, "€", None, None, "coût annuel estimé du recrutement d'un animateur à mi-temps", 2025, s)
N(D1, 3, "troisième", "ordinal", s)
s = "Décision 3 : affecter 60 % de l'excédent de 2024 aux fonds propres."
F(D1, 3, "60 %", 60, "%", "excédent", None, "part de l'excédent 2024 affectée aux fonds propres", 2024, s)
N(D1, 3, "2024", "year", s)
s = "Sur les 15 administrateurs, 11 étaient présents ou représentés lors de la séance préparatoire du 3 mars 2025."
F(D1, 3, "15", 15, "people", "administrateurs", "administrateurs", "nombre d'administrateurs de l'association", 2025, s)
F(D1, 3, "11", 11, "people", "administrateurs", "administrateurs", "administrateurs présents ou représentés à la séance préparatoire", 2025, s)
N(D1, 3, "3 mars 2025", "date", s)
N(D1, 3, "14", "page number", ft % 14)

# ======================= D2 rapport d'évaluation (février 2025 ; enquête oct.-nov. 2024) =======================
s = "Le programme Cap Alliances Rurales a accompagné 64 associations et 23 entreprises de 2021 à 2024 sur trois territoires ruraux."
F(D2, 1, "64", 64, "count", "associations", "associations", "associations accompagnées par le programme", "2021-2024", s)
F(D2, 1, "23", 23, "count", "entreprises", "entreprises", "entreprises accompagnées par le programme", "2021-2024", s)
F(D2, 1, "trois", 3, "count", "territoires ruraux", None, "territoires ruraux couverts par le programme", "2021-2024", s)
N(D2, 1, "2021-2024", "year", "Évaluation du programme Cap Alliances Rurales (2021-2024)")
s = "Une première évaluation, publiée en 2022, comptait alors 41 associations accompagnées."
F(D2, 1, "41", 41, "count", "associations accompagnées", "associations accompagnées", "associations accompagnées selon la première évaluation (édition précédente)", 2022, s)
N(D2, 1, "2022", "year", s)
N(D2, 1, "1", "section number", "Encadré méthodologique n° 1 - L'enquête")
s = "Enquête en ligne du 7 octobre au 29 novembre 2024 : 318 répondants, dont 142 dirigeants associatifs et 96 chefs d'entreprise."
F(D2, 1, "318", 318, "people", "répondants", "répondants", "répondants à l'enquête en ligne", 2024, s)
F(D2, 1, "142", 142, "people", "dirigeants associatifs", "dirigeants associatifs", "dirigeants associatifs parmi les répondants", 2024, s)
F(D2, 1, "96", 96, "people", "chefs d'entreprise", "chefs d'entreprise", "chefs d'entreprise parmi les répondants", 2024, s)
N(D2, 1, "7 octobre", "date", s)
N(D2, 1, "29 novembre 2024", "date", s)
F(D2, 1, "38 %", 38, "%", "personnes sollicitées", "personnes sollicitées", "taux de réponse à l'enquête", 2024,
  "Le taux de réponse atteint 38 % des personnes sollicitées.")
N(D2, 1, "21", "page number", "février 2025 - 21 -")

T = "Tableau 3 - Part des associations ayant au moins un partenaire entreprise (%)"
for terr, a, b in [("Haut-Jura", 22, 47), ("Pays de Redon", 31, 52), ("Val de Gartempe", 18, 29)]:
    s = "%s %d %% %d %%" % (terr, a, b)
    F(D2, 2, "%d %%" % a, a, "%", "associations", "associations", "part des associations du territoire %s ayant au moins un partenaire entreprise, avant le programme" % terr, 2021, s, in_table=True, actor_src="tableau")
    F(D2, 2, "%d %%" % b, b, "%", "associations", "associations", "part des associations du territoire %s ayant au moins un partenaire entreprise, après le programme" % terr, 2024, s, in_table=True, actor_src="tableau")
N(D2, 2, "3", "section number", T)
N(D2, 2, "2021", "year", "Territoire Avant (2021) Après (2024)")
s = "Dans le Val de Gartempe, la progression est plus lente : elle y atteint 11 points, contre 25 points dans le Haut-Jura."
F(D2, 2, "11 points", 11, "pts", None, None, "progression 2021-2024 de la part des associations ayant un partenaire entreprise, Val de Gartempe", "2021-2024", s, actor_alt="associations")
F(D2, 2, "25 points", 25, "pts", None, None, "progression 2021-2024 de la part des associations ayant un partenaire entreprise, Haut-Jura", "2021-2024", s, actor_alt="associations")
N(D2, 2, "2024", "year", "Source : enquêtes 2021 et 2024, Atelier Prisme Évaluation.")
N(D2, 2, "22", "page number", "février 2025 - 22 -")

s = "Les dirigeants associatifs donnent une note moyenne de 7,4/10 à l'accompagnement ; les chefs d'entreprise, 6,8/10."
F(D2, 3, "7,4/10", 7.4, "/10", "note", "dirigeants associatifs", "note moyenne donnée à l'accompagnement du programme", 2024, s)
F(D2, 3, "6,8/10", 6.8, "/10", "note", "chefs d'entreprise", "note moyenne donnée à l'accompagnement du programme", 2024, s)
s = "Parmi les entreprises de moins de 50 salariés, 58 % déclarent vouloir poursuivre le partenariat au-delà de 2025."
F(D2, 3, "58 %", 58, "%", "entreprises", "entreprises de moins de 50 salariés", "déclarent vouloir poursuivre le partenariat au-delà de 2025", 2024, s,
  note="année de l'enquête (oct.-nov. 2024) ; 2025 est l'horizon de la déclaration")
N(D2, 3, "50", "threshold", s)
N(D2, 3, "2025", "year", s)
s = "Un écart inférieur à 5 points n'est pas significatif compte tenu de la taille de l'échantillon (n = 318)."
F(D2, 3, "318", 318, "people", "répondants", "répondants", "taille de l'échantillon de l'enquête", 2024, s, actor_src="contexte", actor_alt="échantillon")
N(D2, 3, "5", "threshold", s, note="seuil de significativité")
N(D2, 3, "2", "section number", "Encadré méthodologique n° 2 - Lire les écarts")
s = "Le coût du programme s'établit à 2 150 € par association accompagnée, financé à 70 % par la région."
F(D2, 3, "2 150 €", 2150, "€", "association accompagnée", None, "coût du programme par association accompagnée", "2021-2024", s)
F(D2, 3, "70 %", 70, "%", "coût du programme", None, "part du coût du programme financée par la région", "2021-2024", s)
N(D2, 3, "23", "page number", "février 2025 - 23 -")

# ======================= D3 infographie (décembre 2024) =======================
s = "69 % des Français ressentent un « devoir d'alliance » (PHARE-Citoyens, sept. 2015) [1]"
F(D3, 1, "69 %", 69, "%", "Français", "Français", "ressentent un « devoir d'alliance »", 2015, s)
N(D3, 1, "[1]", "footnote", s)
N(D3, 1, "sept. 2015", "date", s)
s = "87 % des maires partagent ce constat (PHARE-Institutions, 2016) [2]"
F(D3, 1, "87 %", 87, "%", "maires", "maires", "partagent le constat d'un « devoir d'alliance »", 2016, s)
N(D3, 1, "2016", "year", s)
s = "148 000 associations employeuses, dont 98 % ont au moins un partenaire [3]"
F(D3, 1, "148 000", 148000, "count", "associations employeuses", "associations employeuses", "nombre d'associations employeuses (étude IMPACT - Associations & Territoires)", 2024, s,
  note="source non datée : année du document (règle de la consigne)")
F(D3, 1, "98 %", 98, "%", "associations employeuses", "associations employeuses", "ont au moins un partenaire", 2024, s, note="source non datée : année du document")
s = "302 maires interrogés par téléphone du 30 sept. au 28 oct. 2024 [4]"
F(D3, 1, "302", 302, "people", "maires", "maires", "maires interrogés par téléphone (IMPACTS & TRAJECTOIRES - Élus locaux)", 2024, s)
N(D3, 1, "30 sept.", "date", s)
N(D3, 1, "28 oct. 2024", "date", s)
s = "91 % d'entre eux voient leur territoire en mouvement [4]"
F(D3, 1, "91 %", 91, "%", "maires", "maires", "voient leur territoire en mouvement", 2024, s, actor_src="contexte")
N(D3, 1, "1/3", "page number", "Infographie 1/3")
N(D3, 1, "3", "page number", "Sources numérotées au verso de la page 3")

s = "1,5 M€ de dotation pour le Fonds ODD 17, sur 3 ans [5]"
F(D3, 2, "1,5 M€", 1500000, "€", None, None, "dotation du Fonds ODD 17", 2020, s, year_alt=2024, note="année tirée de la source [5] (p. 3) : fonds co-créé en 2020")
F(D3, 2, "3 ans", 3, "years", None, None, "durée de l'expérimentation financée par le Fonds ODD 17", 2020, s, year_alt=2024)
N(D3, 2, "17", "other", s, note="ODD 17 : nom d'objectif")
s = "350 « catalyseurs territoriaux » visés par le fonds [5]"
F(D3, 2, "350", 350, "count", "catalyseurs territoriaux", "catalyseurs territoriaux", "catalyseurs territoriaux visés par le Fonds ODD 17", 2020, s, year_alt=2024)
s = "42 fondations interrogées pour l'étude IMPACT Fondations & Territoires [6]"
F(D3, 2, "42", 42, "count", "fondations", "fondations", "fondations interrogées pour l'étude IMPACT Fondations & Territoires", 2024, s, note="source non datée : année du document")
s = "21 co-fondateurs pour la Fondation des Territoires, créée le 14 juin 2022 [7]"
F(D3, 2, "21", 21, "count", "co-fondateurs", "co-fondateurs", "co-fondateurs de la Fondation des Territoires", 2022, s)
N(D3, 2, "14 juin 2022", "date", s)
s = "Plus de 500 organisations ont participé aux expérimentations de Le RAMEAU depuis 2006 [8]"
F(D3, 2, "500", 500, "count", "organisations", "organisations", "organisations ayant participé aux expérimentations de Le RAMEAU", "2006-2024", s,
  note="« plus de » hors valeur ; le grand « 500 » de la tuile répète le même chiffre",
  also_printed_as=[{"text": "500", "sentence": "500 Plus de 500 organisations"}])
N(D3, 2, "2006", "year", s)
s = "En 2008, 86 % des Français jugeaient urgent de créer des partenariats ; ils étaient 84 % en 2012 [9]"
F(D3, 2, "86 %", 86, "%", "Français", "Français", "jugent urgent de créer des partenariats (ARPEA)", 2008, s)
F(D3, 2, "84 %", 84, "%", "Français", "Français", "jugent urgent de créer des partenariats (ARPEA)", 2012, s)
N(D3, 2, "2008", "year", s)
N(D3, 2, "[9]", "footnote", s)
N(D3, 2, "2/3", "page number", "Infographie 2/3")

s = "Entreprises de 10 à 49 salariés : 3 sur 10 ont un partenariat associatif."
F(D3, 3, "3 sur 10", 30, "%", "entreprises", "entreprises de 10 à 49 salariés", "ont un partenariat associatif (zoom régional)", 2024, s)
N(D3, 3, "10 à 49", "threshold", s)
s = "Entreprises de moins de 10 salariés : 1 sur 4."
F(D3, 3, "1 sur 4", 25, "%", "entreprises", "entreprises de moins de 10 salariés", "ont un partenariat associatif (zoom régional)", 2024, s, note="mesure par ellipse de la ligne d'avant")
N(D3, 3, "10", "threshold", s)
s = "Note de lecture : 74 % des Français, 81 % des dirigeants d'entreprise, 86 % des responsables associatifs et 87 % des maires voient les partenariats comme source d'innovation [10]."
for t, v, a in [("74 %", 74, "Français"), ("81 %", 81, "dirigeants d'entreprise"), ("86 %", 86, "responsables associatifs"), ("87 %", 87, "maires")]:
    F(D3, 3, t, v, "%", a, a, "voient les partenariats comme source d'innovation (programme IMPACT)", 2024, s, several_actors=True,
      note="source [10] non datée : année du document")
N(D3, 3, "[10]", "footnote", s)
N(D3, 3, "juin 2024", "date", "Zoom régional (enquête fictive de la CCI Loire-Océan, juin 2024)")
N(D3, 3, "29 novembre 2016", "date", "[2] PHARE-Institutions, 29 novembre 2016.")
N(D3, 3, "2020", "year", "[5] Fonds ODD 17, co-créé en 2020 par Le RAMEAU et la Fondation TotalEnergies.")
N(D3, 3, "3/3", "page number", "Infographie 3/3")

# ======================= D4 portrait mécène (avril 2025) =======================
s = "Fondée en 1962 à Cholet, Menuiseries Larcher emploie aujourd'hui 184 salariés et a réalisé 27,6 millions d'euros de chiffre d'affaires en 2024."
F(D4, 1, "184", 184, "people", "salariés", "salariés", "effectif salarié de Menuiseries Larcher", 2025, s, year_alt=2024, note="« aujourd'hui » : date du document (avril 2025)")
F(D4, 1, "27,6 millions d'euros", 27600000, "€", None, None, "chiffre d'affaires de Menuiseries Larcher", 2024, s)
N(D4, 1, "1962", "year", s)
s = "Depuis 2018, l'entreprise consacre 0,8 % de son résultat net au mécénat, soit 96 000 € en 2024."
F(D4, 1, "0,8 %", 0.8, "%", "résultat net", None, "part du résultat net consacrée au mécénat", "2018-2025", s, year_alt=2024)
F(D4, 1, "96 000 €", 96000, "€", None, None, "montant consacré au mécénat", 2024, s)
N(D4, 1, "2018", "year", s)
s = "« Nous avons commencé avec deux associations du quartier ; nous en soutenons onze aujourd'hui », résume Hélène Larcher, présidente."
F(D4, 1, "deux", 2, "count", "associations", "associations du quartier", "associations soutenues au début de l'engagement", 2018, s, year_alt="2018-2025",
  note="début de l'engagement : « Depuis 2018 » dans la phrase d'avant")
F(D4, 1, "onze", 11, "count", "associations", "associations", "associations soutenues aujourd'hui", 2025, s, note="« en » renvoie aux associations")
N(D4, 1, "7", "other", "Étude de cas n° 7 - Entreprises mécènes en Pays de la Loire - avril 2025", note="numéro d'étude")
N(D4, 1, "31", "page number", "p. 31")

s = "En 2024, 43 collaborateurs ont donné de leur temps à des associations, soit 23 % des salariés."
F(D4, 2, "43", 43, "people", "collaborateurs", "collaborateurs", "collaborateurs engagés en mécénat de compétences", 2024, s)
F(D4, 2, "23 %", 23, "%", "salariés", "salariés", "part des salariés engagés en mécénat de compétences", 2024, s)
s = "2 € sont reversés par fenêtre vendue de la gamme « Bocage », soit 18 400 € en 2024 au profit de 3 associations environnementales."
F(D4, 2, "2 €", 2, "€", "fenêtre", None, "montant reversé par fenêtre vendue (produit-partage)", 2024, s)
F(D4, 2, "18 400 €", 18400, "€", None, None, "montant reversé au titre du produit-partage", 2024, s)
F(D4, 2, "3", 3, "count", "associations environnementales", "associations environnementales", "associations bénéficiaires du produit-partage", 2024, s)
F(D4, 2, "150 000 €", 150000, "€", None, None, "budget du fonds de dotation Larcher Avenir", 2024, "Budget : 150 000 €", actor_src=None)
F(D4, 2, "27", 27, "count", "projets", None, "projets soutenus par le fonds de dotation", 2024, "Projets soutenus : 27")
F(D4, 2, "45 %", 45, "%", "budget du fonds", None, "part du fonds de dotation consacrée à l'insertion", 2024, "Part consacrée à l'insertion : 45 %")
N(D4, 2, "2024", "year", "Fonds de dotation Larcher Avenir - chiffres 2024")
N(D4, 2, "32", "page number", "p. 32")

s = "« Quand 9 salariés sur 10 disent être fiers de ces partenariats, je sais que ce n'est pas du marketing » (baromètre interne, janvier 2025)."
F(D4, 3, "9 salariés sur 10", 90, "%", "salariés", "salariés", "disent être fiers des partenariats de l'entreprise", 2025, s)
N(D4, 3, "janvier 2025", "date", s)
s = "Objectif 2027 : porter à 60 le nombre de collaborateurs engagés et à 1 % la part du résultat net consacrée au mécénat."
F(D4, 3, "60", 60, "people", "collaborateurs engagés", "collaborateurs engagés", "objectif de nombre de collaborateurs engagés", 2027, s)
F(D4, 3, "1 %", 1, "%", "résultat net", None, "objectif de part du résultat net consacrée au mécénat", 2027, s)
N(D4, 3, "2027", "year", s)
s = "L'entreprise figure parmi les 12 lauréates 2024 du trophée régional « Entreprendre ensemble » (3e édition)."
F(D4, 3, "12", 12, "count", "lauréates", "lauréates", "lauréates du trophée régional « Entreprendre ensemble »", 2024, s)
N(D4, 3, "3e", "ordinal", s)
N(D4, 3, "2024", "year", s)
s = "En comparaison, 37 % des entreprises d'au moins 10 salariés déclaraient un partenariat associatif en 2016 (note de l'Observatoire du 29 février 2016)."
F(D4, 3, "37 %", 37, "%", "entreprises", "entreprises d'au moins 10 salariés", "déclaraient un partenariat associatif", 2016, s)
N(D4, 3, "10", "threshold", s)
N(D4, 3, "29 février 2016", "date", s)
s = "Contact : mecenat@larcher.example - 02 41 00 62 18 - 49300 Cholet"
N(D4, 3, "02 41 00 62 18", "phone", s)
N(D4, 3, "49300", "postal code", s)
N(D4, 3, "33", "page number", "p. 33")

# ======================= D5 synthèse d'atelier (3 juin 2025) =======================
s = "L'atelier a réuni 46 participants : 19 élus, 15 responsables associatifs et 12 chefs d'entreprise."
F(D5, 1, "46", 46, "people", "participants", "participants", "participants à l'atelier", 2025, s)
F(D5, 1, "19", 19, "people", "élus", "élus", "élus participant à l'atelier", 2025, s)
F(D5, 1, "15", 15, "people", "responsables associatifs", "responsables associatifs", "responsables associatifs participant à l'atelier", 2025, s)
F(D5, 1, "12", 12, "people", "chefs d'entreprise", "chefs d'entreprise", "chefs d'entreprise participant à l'atelier", 2025, s)
s = "Chacun disposait de 5 gommettes à répartir entre 8 priorités affichées au mur."
F(D5, 1, "5", 5, "count", "gommettes", None, "gommettes dont disposait chaque participant", 2025, s)
F(D5, 1, "8", 8, "count", "priorités", None, "priorités soumises au vote", 2025, s)
s = "La précédente édition, en mars 2023, avait rassemblé 31 personnes."
F(D5, 1, "31", 31, "people", "personnes", "personnes", "participants à l'édition précédente de l'atelier", 2023, s)
N(D5, 1, "mars 2023", "date", s)
N(D5, 1, "85200", "postal code", "Fontenay-le-Comte (85200), 3 juin 2025.")
N(D5, 1, "3 juin 2025", "date", "Fontenay-le-Comte (85200), 3 juin 2025.")
N(D5, 1, "2", "page number", "Synthèse - page 2 sur 4")

for rk, prio, g, p in [("1", "Mutualiser les locaux vides", 58, 28), ("2", "Créer un annuaire des compétences", 47, 22), ("3", "Former les bénévoles à la gestion", 39, 19)]:
    s = "%s %s %d %d %%" % (rk, prio, g, p)
    F(D5, 2, str(g), g, "count", "gommettes", None, "gommettes obtenues par la priorité « %s »" % prio, 2025, s, in_table=True)
    F(D5, 2, "%d %%" % p, p, "%", "votes", None, "part des votes obtenue par la priorité « %s »" % prio, 2025, s, in_table=True)
    N(D5, 2, rk, "ordinal", s, occurrence=1, note="rang")
s = "Au total, 210 gommettes ont été posées ; 4 participants n'ont pas voté."
F(D5, 2, "210", 210, "count", "gommettes", None, "gommettes posées au total", 2025, s)
F(D5, 2, "4", 4, "people", "participants", "participants", "participants n'ayant pas voté", 2025, s)
N(D5, 2, "3", "page number", "Synthèse - page 3 sur 4")

s = "« Nous sommes 4 salariés pour 120 bénévoles, et personne n'a le temps de chercher des partenaires » (un responsable associatif)."
F(D5, 3, "4", 4, "people", "salariés", "salariés", "salariés de l'association d'un responsable associatif cité", 2025, s)
F(D5, 3, "120", 120, "people", "bénévoles", "bénévoles", "bénévoles de l'association d'un responsable associatif cité", 2025, s)
s = "« Mon entreprise a donné 2 500 € l'an dernier sans savoir à qui s'adresser » (un chef d'entreprise)."
F(D5, 3, "2 500 €", 2500, "€", None, None, "don de l'entreprise d'un chef d'entreprise cité", 2024, s, note="« l'an dernier » dans un document de juin 2025")
s = "Deux tiers des élus présents se disent prêts à ouvrir un local dès 2026."
F(D5, 3, "Deux tiers", 66.67, "%", "élus présents", "élus présents", "se disent prêts à ouvrir un local dès 2026", 2025, s, year_alt=2026)
N(D5, 3, "2026", "year", s)
s = "Les 8 propositions seront présentées au conseil communautaire, qui regroupe 27 communes."
F(D5, 3, "8", 8, "count", "propositions", None, "propositions issues de l'atelier", 2025, s)
F(D5, 3, "27", 27, "count", "communes", "communes", "communes regroupées par le conseil communautaire", 2025, s)
s = "Prochain atelier : jeudi 18 septembre 2025, salle n° 3 de la mairie, à 14 h."
N(D5, 3, "18 septembre 2025", "date", s)
N(D5, 3, "3", "other", s, note="numéro de salle")
N(D5, 3, "14 h", "other", s, note="heure")
N(D5, 3, "4", "page number", "Synthèse - page 4 sur 4", occurrence=1)
