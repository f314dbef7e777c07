#!/usr/bin/env python3
"""Écrit questions.jsonl (jeu s65) et affiche les décomptes utilisés dans le README.
Les étiquettes (informel, deux parties, paraphrase, conflit) restent ici, hors du JSONL."""
import json
import os
from collections import Counter

D1 = "obs-s65-01-rapport-annuel-2022.pdf"
D2 = "obs-s65-02-atelier-participatif.pdf"
D3 = "obs-s65-03-tableau-de-bord-t4.pdf"
D4 = "obs-s65-04-discours-ouverture.pdf"
D5 = "obs-s65-05-programme-colloque-odd17.pdf"
D6 = "obs-s65-06-fiche-bilingue-associations.pdf"
CAS = "real-casino-dpef-2018.pdf"
TOT = "real-total-dpef-2018-extrait.pdf"
EDF = "real-edf-dpef-2018-extrait.pdf"
CPE = "real-cpesr-barometre-esr-2023.pdf"
ETA = "real-etalab-documentation-barometre-resultats.pdf"
MIT = "real-miti-guide-gestion-donnees-recherche-v2.pdf"
PUL = "real-pulse-reach-presentation.pdf"
REC = "real-recoop-plaquette.pdf"

# (question, answer, must_contain, source, page, kind, follows_offset_or_None, also, tags)
# tags : i = informelle, 2 = deux parties, p = paraphrase, c = conflit, l = liste
Q = [
    ("Combien d'associations employeuses couvre l'étude IMPACT – Associations & Territoires, et quelle part d'entre elles a des partenariats ?",
     "L'étude porte sur 148 000 associations employeuses, dont 98 % ont des partenariats.",
     ["148 000", "98 %"], D1, 4, "figure", None, [{"source": D6, "page": 2}, {"source": D1, "page": 3}], "2"),
    ("l'observatoire des partenariats il a ete cree quand et par qui",
     "Il a été créé en 2008 par la Caisse des Dépôts et Le RAMEAU, en partenariat avec le MEDEF et le Mouvement associatif ; des documents plus anciens (2011, 2012) donnent toutefois 2007 comme date de création.",
     ["2008", "2007", "Caisse des Dépôts"], D1, 4, "when", None, [], "i2c"),
    ("et la direction scientifique c'est qui ?",
     "La direction scientifique est assurée bénévolement par Anne Robin, fondatrice de COMISIS.",
     ["Anne Robin"], D1, 4, "who", -1, [], "i"),
    ("Quelle est la dotation du Fonds ODD 17, et sur combien de temps porte l'expérimentation ?",
     "Le Fonds ODD 17 est doté de 1,5 M€ pour une expérimentation sur 3 ans.",
     ["1,5 M€", "3 ans"], D1, 4, "figure", None, [{"source": D1, "page": 3}, {"source": D3, "page": 2}], "2"),
    ("Qui l'a mis en place ?",
     "Il a été co-créé en 2020 par Le RAMEAU et la Fondation TotalEnergies.",
     ["TotalEnergies"], D1, 4, "who", -1, [{"source": D3, "page": 2}], ""),
    ("c'est quoi le numero de tel de l'observatoire des partenariats",
     "Aucun numéro de téléphone n'est donné : la page contact du rapport annuel ne propose qu'un formulaire en ligne.",
     [], None, None, "unanswerable", None, [], "i"),
    ("c koi le chiffre 350 dans le rapport annuel ?",
     "350, c'est le nombre de « catalyseurs territoriaux » visés par le Fonds ODD 17 (la légende J est en colonne de droite).",
     ["350", "catalyseurs territoriaux"], D1, 3, "figure", None, [{"source": D1, "page": 4}, {"source": D3, "page": 2}], "i"),
    ("La Fondation des Territoires a vu le jour à quelle date, et sous l'égide de quelle fondation ?",
     "Elle a été créée le 14 juin 2022 sous l'égide de la Fondation de Lille (après une préfiguration lancée en juillet 2018).",
     ["14 juin 2022", "Fondation de Lille"], D1, 4, "when", None, [{"source": D3, "page": 2}], "2p"),
    ("En quelle année la démarche « Agir ensemble en Territoire » a-t-elle été initiée, et après quelle étude ?",
     "Elle a été initiée en 2010, à la suite de l'étude ARPEA-Collectivités locales (Comisis-OpinionWay).",
     ["2010", "ARPEA-Collectivités locales"], D2, 1, "when", None, [], "2"),
    ("Et quels territoires ont servi de pilotes ?",
     "L'Alsace (avec Alsace Active), le Poitou-Charentes (avec le Groupe La Poste) et Paris-Est Marne & Bois.",
     ["Alsace", "Poitou-Charentes", "Paris-Est Marne"], D2, 1, "list", -1, [], "l"),
    ("la charte du faire alliance elle a ete devoilee quel jour",
     "Le 30 novembre 2021, jour du Giving Tuesday ; une page d'associations.gouv.fr indique cependant « mardi 30 septembre ».",
     ["30 novembre 2021", "30 septembre"], D2, 3, "when", None, [], "ic"),
    ("c'était où ?",
     "À Saint-Maurice (Paris-Est Marne & Bois), lors d'une soirée VitaWin.",
     ["Saint-Maurice"], D2, 3, "when", -1, [], "i"),
    ("Combien de territoires ont pris part au parcours d'expérience lancé par le CGET et Le Rameau ?",
     "Les sources divergent : 11 territoires pionniers selon l'annonce du lancement, « 10 territoires pilotes » selon une autre publication.",
     ["11 territoires pionniers", "10 territoires pilotes"], D2, 3, "figure", None,
     [{"source": D2, "page": 2}, {"source": D3, "page": 2}], "c"),
    ("Combien de personnes ont participé à l'atelier « Faire alliance en territoire » ?",
     "Le compte rendu décrit les profils des participants mais ne donne pas leur nombre.",
     [], None, None, "unanswerable", None, [], ""),
    ("ça dure combien de temps ce parcours et la 1ere session c'etait quand",
     "Le parcours dure 18 mois ; la première session a eu lieu le 3 mai.",
     ["18 mois", "3 mai"], D2, 2, "when", -2, [{"source": D3, "page": 2}], "i2"),
    ("Entre 2008 et 2012, la part des Français qui trouvent urgent de monter des partenariats a-t-elle progressé ?",
     "Non, elle a baissé : 86 % en 2008, 84 % en 2012 (études ARPEA).",
     ["86 %", "84 %"], D3, 1, "figure", None, [{"source": D3, "page": 3}], "p"),
    ("la part des maires qui savent pas piloter les alliances c'est combien",
     "46 % des maires ne savent pas piloter (programme IMPACT).",
     ["46 %"], D3, 1, "figure", None, [], "i"),
    ("Chez les associations, les collectivités comme partenaires sont passées de combien à combien ?",
     "De 74 % (étude de 2017) à 89 % (étude IMPACT – Associations & Territoires).",
     ["74 %", "89 %"], D3, 1, "figure", None, [], "2"),
    ("Quelle part des Français considère les partenariats comme une source d'innovation ?",
     "Deux versions circulent : 74 % selon la présentation du programme IMPACT, 69 % selon une autre publication.",
     ["74 %", "69 %"], D3, 3, "figure", None, [{"source": D3, "page": 1}], "c"),
    ("Le 11e rapport régional portait sur quelle région, et il est paru quand ?",
     "Sur la Normandie ; il a été publié le 26 novembre.",
     ["Normandie", "26 novembre"], D3, 2, "when", None, [{"source": D5, "page": 2}], "2"),
    ("Dans l'enquête IMPACTS & TRAJECTOIRES auprès des maires, quelle part des maires d'Occitanie juge son territoire en mouvement ?",
     "L'enquête (302 maires) ne donne pas de résultat par région : seul le total national (91 %) est publié.",
     [], None, None, "unanswerable", None, [], ""),
    ("Dans le discours d'ouverture, combien de Français parlaient d'un devoir d'alliance lors de PHARE-Citoyens ?",
     "Soixante-neuf pour cent (69 %) des Français, lors de l'enquête PHARE-Citoyens de septembre 2015.",
     ["Soixante-neuf pour cent", "septembre 2015"], D4, 1, "figure", None, [], ""),
    ("et y avait combien de personnes interrogées ?",
     "Plus de deux mille personnes.",
     ["deux mille"], D4, 1, "figure", -1, [], "i"),
    ("Quelle note la sécurité obtient-elle parmi les priorités des Français ?",
     "Deux versions : 6,6 (« six virgule six ») dans une publication, 7 sur 10 dans un article de presse.",
     ["six virgule six", "sept sur dix"], D4, 1, "figure", None, [], "c"),
    ("sur quoi les partenariats ont un impact fort d'apres les francais, avec les pourcentages",
     "Emploi 49 %, développement économique 46 %, environnement 42 %, précarité et éducation 36 % chacune.",
     ["49 %", "42 %", "36 %"], D4, 1, "list", None, [], "il"),
    ("Qui a confié la mission ministérielle sur les alliances, et à qui ?",
     "Gabriel Attal l'a confiée (FNAF 2019) à Cathy Racon-Bouzon et à Charles-Benoît Heidsieck.",
     ["Gabriel Attal", "Cathy Racon-Bouzon", "Heidsieck"], D4, 1, "who", None, [], "2"),
    ("Leur rapport a été remis à quelle date ?",
     "Le 7 mai 2020 ; un bilan a été fait le 17 octobre 2020.",
     ["7 mai 2020"], D4, 1, "when", -1, [], ""),
    ("Le RAMEAU, il a combien de salariés ?",
     "Le nombre de salariés du RAMEAU n'est indiqué nulle part (seuls sa création en 2006 et son statut sont donnés).",
     [], None, None, "unanswerable", None, [], "i"),
    ("Quelle ministre avait demandé l'état des lieux des partenariats entre associations et entreprises paru début 2014 ?",
     "Valérie Fourneyron.",
     ["Valérie Fourneyron"], D4, 2, "who", None, [], "p"),
    ("A quelle heure commence la table ronde sur le programme IMPACT au colloque ?",
     "À 15 h 30.",
     ["15 h 30"], D5, 1, "when", None, [], ""),
    ("Pour l'enquête IMPACTS & TRAJECTOIRES – Elus locaux, combien de maires ont été interrogés et sur quelle période ?",
     "302 maires, par téléphone, du 30 septembre au 28 octobre 2024.",
     ["302", "28 octobre 2024"], D5, 1, "figure", None, [{"source": D3, "page": 3}], "2"),
    ("et ils sont combien à dire que leur territoire bouge ?",
     "91 % décrivent un territoire en mouvement (35 % fortement, 56 % ni plus ni moins).",
     ["91 %"], D5, 1, "figure", -1, [{"source": D3, "page": 1}], "ip"),
    ("MEDOC ca veut dire quoi",
     "M.E.D.O.C. = Méthodes, Exemples, Données, Outils, Compétences (plateforme www.odd17.org).",
     ["Méthodes", "Compétences"], D5, 1, "definition", None, [], "i"),
    ("Le 5e webinaire « l'ODD 17 en pratique », il commence à quelle heure ?",
     "L'heure n'est pas indiquée : seule la date (26 novembre) est donnée.",
     [], None, None, "unanswerable", None, [], ""),
    ("Combien de fondations ont été interrogées pour l'étude IMPACT Fondations & Territoires, et quand a-t-elle été publiée ?",
     "42 fondations ; l'étude a été publiée le 23 septembre.",
     ["42", "23 septembre"], D5, 1, "figure", None, [], "2"),
    ("En moyenne, une association a combien de partenaires ?",
     "2,5 partenaires en moyenne (étude Associations & Partenariats, mars 2017).",
     ["2,5"], D6, 1, "figure", None, [], ""),
    ("Et l'enquête portait sur combien de responsables, à quelle période ?",
     "Plus de 1 380 responsables associatifs, en mai-juin 2016.",
     ["1 380", "mai-juin 2016"], D6, 1, "figure", -1, [], "2"),
    ("y a combien de biodigesteurs dans le programme de Total avec GoodPlanet, et c'est ou",
     "8 400 biodigesteurs, en Inde (programme de neutralisation des émissions des voyages en avion des salariés, 50 000 t de CO2 évitées par an).",
     ["8 400 biodigesteurs", "Inde"], TOT, 3, "figure", None, [], "i2"),
    ("La taille du budget d'une association joue-t-elle sur le fait d'avoir une entreprise partenaire ?",
     "Oui : 50 % des associations de plus de 150 000 € de budget ont un partenariat avec une entreprise, contre 20 % de celles de moins de 10 000 €.",
     ["50 %", "20 %"], D6, 1, "figure", None, [], "p"),
    ("Quelles formes prennent les partenariats des associations employeuses, et dans quelles proportions ?",
     "Mécénat 75 %, innovation sociétale 73 %, pratiques responsables 70 %, coopération économique 58 %.",
     ["75 %", "58 %"], D6, 2, "list", None, [], "l2"),
    # ---- documents réels
    ("En 2018, combien de tonnes de produits le groupe Casino a-t-il données aux banques alimentaires, et à combien de repas cela correspond-il ?",
     "Plus de 25 100 tonnes, soit l'équivalent de plus de 50 millions de repas.",
     ["25 100 tonnes", "50 millions de repas"], CAS, 29, "figure", None, [], "2"),
    ("Depuis quand ils soutiennent la FFBA ?",
     "Le groupe accompagne la Fédération française des banques alimentaires depuis 2009 (renouvellement prévu en 2019 pour trois ans).",
     ["2009"], CAS, 29, "when", -1, [], ""),
    ("Qui est le trésorier de la coopérative Re-Co ?",
     "La plaquette liste les membres fondateurs, qui forment la direction, mais ne désigne aucun trésorier.",
     [], None, None, "unanswerable", None, [], ""),
    ("la fondation casino elle fait quoi",
     "Créée en 2009, elle favorise l'inclusion sociale par l'éducation par le théâtre (programmes « Artistes à l'école » et « Parrains engagés »).",
     ["théâtre", "Artistes à l'école"], CAS, 29, "definition", None, [], "i"),
    ("L'arrondi en caisse chez Franprix, c'est avec quel partenaire et ça a rapporté combien ?",
     "Avec l'entreprise sociale et solidaire MicroDON (depuis 2011) ; plus d'un million d'euros de dons ont été collectés.",
     ["MicroDON", "million d'euros"], CAS, 31, "figure", None, [], "2"),
    ("Quelle part de ses déchets Total a-t-il recyclée ou valorisée en 2018 ?",
     "57 % en 2018 (contre 59 % en 2017 et 58 % en 2016), sur 573 kt de déchets traités.",
     ["57%"], TOT, 1, "figure", None, [], "p"),
    ("EDF a noué combien de partenariats avec des associations ou des organismes de recherche ?",
     "Plus de cent partenariats.",
     ["plus de cent partenariats"], EDF, 6, "figure", None, [], ""),
    ("Avec qui EDF a-t-il créé son Conseil des générations futures, et en quelle année ?",
     "Avec Usbek & Rica, en 2017.",
     ["Usbek & Rica", "2017"], EDF, 3, "who", None, [], "2"),
    ("Combien de réponses a reçu le baromètre de l'ESR 2023 ?",
     "2460 répondants ont rempli au moins la première partie, et 2026 ont finalisé leur réponse.",
     ["2460", "2026"], CPE, 3, "figure", None, [], ""),
    ("et il etait ouvert de quand a quand ?",
     "De mars à octobre 2023.",
     ["mars à octobre 2023"], CPE, 3, "when", -1, [], "i"),
    ("Dans le baromètre de l'ESR, quelle instance inspire le plus confiance aux répondants ?",
     "Les directions de composante (51 % de confiance), devant les instances paritaires locales (39 %) et le CNU (31 %).",
     ["composante", "51%"], CPE, 5, "who", None, [], "p"),
    ("Qui consolide au niveau national les effectifs utilisés pour l'indicateur sur le dédoublement des classes en REP ?",
     "La DGESCO, après une saisie académique des effectifs de rentrée.",
     ["DGESCO"], ETA, 6, "who", None, [], ""),
    ("Pour l'indicateur sur le Service Civique, d'où viennent les données ?",
     "Ce sont des données administratives (contrats de missions en cours) gérées par l'Agence de services et de paiement pour le compte de l'Agence du service civique.",
     ["Agence de services et de paiement", "Agence du service civique"], ETA, 11, "who", None, [], ""),
    ("C'est quoi un PGD ?",
     "Un Plan de Gestion de Données (Data Management Plan) : document formalisé, souvent livrable de projet, qui explique comment les données seront obtenues, documentées, analysées, disséminées et utilisées.",
     ["Plan de Gestion de Données", "Data Management Plan"], MIT, 28, "definition", None, [], ""),
    ("FAIR ca veut dire quoi pour les donnees de recherche",
     "Des données Faciles à trouver, Accessibles, Interopérables et Réutilisables ; principes publiés en mars 2016 dans Scientific Data.",
     ["Faciles à trouver", "Réutilisables"], MIT, 19, "definition", None, [], "i"),
    ("Quand la plateforme Recherche Data Gouv a-t-elle été inaugurée ?",
     "Le 8 juillet 2022, par le ministère de l'Enseignement supérieur et de la Recherche.",
     ["8 juillet 2022"], MIT, 13, "when", None, [], ""),
    ("Quel est le budget total du projet REACH, et qui en est le principal cofinanceur ?",
     "1,638 M€ ; le principal cofinanceur est l'Agence Française de Développement (800 000 €).",
     ["1,638M€", "Agence Française de Développement"], PUL, 2, "figure", None, [], "2"),
    ("Combien de catalyseurs territoriaux le Fonds ODD 17 a-t-il déjà mobilisés à ce jour ?",
     "Aucun chiffre de réalisation n'est publié : seule la cible de 350 catalyseurs est donnée (« non communiqué »).",
     [], None, None, "unanswerable", None, [], "p"),
    ("Re-Co c'est quoi comme structure, et c'est où ?",
     "Une société coopérative d'habitation, installée avenue de Morges 63 à Lausanne.",
     ["Société coopérative", "Lausanne"], REC, 1, "definition", None, [], "i2"),
    ("Quels types d'intervention Re-Co utilise-t-elle pour créer du logement en ville ?",
     "La rénovation, la surélévation, la complémentation et la réaffectation.",
     ["surélévation", "réaffectation"], REC, 2, "list", None, [], "l"),
]


def main():
    assert len(Q) == 60, len(Q)
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "questions.jsonl")
    rows = []
    for i, (q, a, mc, src, page, kind, fo, also, tags) in enumerate(Q, 1):
        d = {"id": "s65%02d" % i, "question": q, "answer": a, "must_contain": mc,
             "source": src, "page": page, "kind": kind}
        if also:
            d["also"] = also
        if fo:
            d["follows"] = "s65%02d" % (i + fo)
        rows.append(d)
    with open(out, "w", encoding="utf-8") as f:
        for d in rows:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    kinds = Counter(d["kind"] for d in rows)
    srcs = Counter(d["source"] for d in rows)
    tagc = Counter(t for *_, tags in Q for t in tags)
    print("kinds", dict(kinds))
    print("sources", dict(srcs))
    print("follow-ups", sum(1 for d in rows if "follows" in d))
    print("tags", dict(tagc))
    print("unanswerable ids", [d["id"] for d in rows if d["kind"] == "unanswerable"])
    print("generated", sum(v for k, v in srcs.items() if k and k.startswith("obs-")),
          "real", sum(v for k, v in srcs.items() if k and k.startswith("real-")))


if __name__ == "__main__":
    main()
