#!/usr/bin/env python3
"""Writes questions.jsonl (s52) and prints counts. Tags (citizen, multi, conflict) live here only."""
import collections
import json
import os

D1 = "obs-s52-01-diaporama-faire-alliance.pdf"
D2 = "obs-s52-02-bulletin-veille-n14.pdf"
D3 = "obs-s52-03-synthese-associations-territoires.pdf"
D4 = "obs-s52-04-chiffres-cles.pdf"
D5 = "obs-s52-05-etude-chapitre2.pdf"
CP = "real-cpesr-barometre-esr-2023.pdf"
CA = "real-casino-dpef-2018.pdf"
TO = "real-total-dpef-2018-extrait.pdf"
ED = "real-edf-dpef-2018-extrait.pdf"
ET = "real-etalab-documentation-barometre-resultats.pdf"
MI = "real-miti-guide-gestion-donnees-recherche-v2.pdf"
PU = "real-pulse-reach-presentation.pdf"
RC = "real-recoop-plaquette.pdf"

# (question, answer, must_contain, source, page, kind, follows_prev, tags)
Q = [
    ("Dans le programme IMPACT, quelle part des maires et quelle part des responsables associatifs voient les partenariats comme une source d'innovation ?",
     "Selon le programme IMPACT, 87 % des maires et 86 % des responsables associatifs voient dans les partenariats une source d'innovation.",
     ["87", "86"], D1, 1, "figure", False, "multi"),
    ("Et pour les citoyens, toutes les restitutions donnent-elles le même chiffre ?",
     "Non : la diapositive retient 74 % des Français, mais signale qu'une autre restitution du même programme IMPACT affiche 69 % pour les citoyens.",
     ["74", "69"], D1, 1, "figure", True, "conflict"),
    ("les maires ils ont besoin d alliance a combien % et les patrons ils ont envie d alliance a combien",
     "Dans les chiffres cités pour le droit de l'alliance d'intérêt général, 92 % des maires expriment un « besoin d'alliance » et 84 % des dirigeants d'entreprise une « envie d'alliance ».",
     ["92", "84"], D1, 2, "figure", False, "citizen multi"),
    ("Pour l'enquête IMPACTS & TRAJECTOIRES – Élus locaux, combien de maires ont été interrogés, par quel moyen et à quelles dates ?",
     "302 maires ont été interrogés par téléphone, du 30 septembre au 28 octobre 2024 (enquête publiée en novembre 2024).",
     ["302", "téléphone", "28 octobre 2024"], D1, 3, "figure", False, "multi"),
    ("Quelle part d'entre eux voient leur territoire en mouvement, et comment se décompose ce total ?",
     "91 % des maires voient leur territoire en mouvement : 35 % fortement et 56 % ni plus ni moins.",
     ["91", "35", "56"], D1, 3, "figure", True, "multi"),
    ("Dans PHARE-Citoyens, quelle note sur 10 les Français donnent-ils à la sécurité ?",
     "Deux versions circulent : 6,6 sur 10 selon la présentation des résultats sur le site de capitalisation, 7 sur 10 selon un article de presse de la même période.",
     ["6,6", "7 sur 10"], D1, 4, "figure", False, "conflict"),
    ("D'après PHARE-Citoyens, dans quels domaines les Français voient-ils un impact fort des partenariats, avec quels pourcentages ?",
     "Emploi 49 %, développement économique 46 %, environnement 42 %, précarité et éducation 36 % chacune (PHARE-Citoyens, septembre 2015).",
     ["49", "42", "36"], D1, 5, "list", False, "multi"),
    ("c quoi les rdv du 23 et du 26 novembre dans la veille de l observatoire",
     "Le 23 novembre, le 3e dîner « Élus & Entreprises » ; le 26 novembre, le 5e webinaire « l'ODD 17 en pratique » (date aussi de la publication du 11e rapport régional, consacré à la Normandie).",
     ["23 novembre", "5e webinaire"], D2, 1, "when", False, "citizen multi"),
    ("Quelle est la dotation du Fonds ODD 17, pour quelle durée d'expérimentation, et combien de catalyseurs territoriaux vise-t-il ?",
     "Le Fonds ODD 17 est doté de 1,5 M€ pour une expérimentation sur trois ans ; il vise 350 « catalyseurs territoriaux ».",
     ["1,5 M€", "350"], D2, 2, "figure", False, "multi"),
    ("Qui l'a co-créé ?",
     "Il a été co-créé en 2020 par Le RAMEAU et la Fondation TotalEnergies.",
     ["Fondation TotalEnergies"], D2, 2, "who", True, ""),
    ("Que signifie l'acronyme M.E.D.O.C. ?",
     "M.E.D.O.C. désigne Méthodes, Exemples, Données, Outils, Compétences, ressources rassemblées sur la plateforme www.odd17.org.",
     ["Méthodes, Exemples, Données, Outils, Compétences"], D2, 2, "definition", False, ""),
    ("Quand la Fondation des Territoires a-t-elle été créée ?",
     "Elle a été créée le 14 juin 2022 sous l'égide de la Fondation de Lille, après une préfiguration lancée en juillet 2018.",
     ["14 juin 2022"], D2, 3, "when", False, ""),
    ("la charte du faire alliance elle a ete lancee quand exactement ? j ai vu 2 dates",
     "Elle a été lancée le 30 novembre 2021, jour du Giving Tuesday, à Saint-Maurice ; l'annonce publiée sur associations.gouv.fr évoque toutefois un « mardi 30 septembre ».",
     ["30 novembre 2021", "30 septembre"], D2, 3, "when", False, "citizen conflict"),
    ("Qui a confié la mission ministérielle sur le droit de l'alliance, à qui, et quand le rapport a-t-il été remis ?",
     "Gabriel Attal l'a confiée, lors du FNAF 2019, à Cathy Racon-Bouzon et Charles-Benoît Heidsieck ; le rapport a été remis le 7 mai 2020.",
     ["Gabriel Attal", "Cathy Racon-Bouzon", "7 mai 2020"], D2, 4, "who", False, "multi"),
    ("Combien de mesures compte la feuille de route qui accompagne ce texte ?",
     "La feuille de route ministérielle compte 21 mesures.",
     ["21 mesures"], D2, 4, "figure", True, ""),
    ("Combien de territoires participaient au parcours d'expérience lancé avec le CGET, et quand a eu lieu la première session ?",
     "Le bulletin parle de 11 territoires pionniers sur 18 mois, avec une première session le 3 mai ; une autre présentation évoque « 10 territoires pilotes ».",
     ["11 territoires pionniers", "10 territoires pilotes", "3 mai"], D2, 4, "figure", False, "multi conflict"),
    ("Combien d'associations employeuses l'étude IMPACT – Associations & Territoires recense-t-elle, et quelle part déclare des partenariats ?",
     "Elle porte sur 148 000 associations employeuses, dont 98 % déclarent au moins un partenariat.",
     ["148 000", "98"], D3, 1, "figure", False, "multi"),
    ("Et quels sont leurs trois premiers types de partenaires, avec les pourcentages ?",
     "Les collectivités (89 %), les structures d'intérêt général (73 %) et les établissements scolaires (70 %).",
     ["Collectivités 89", "Structures d'intérêt général 73", "Établissements scolaires 70"], D3, 2, "list", True, "multi"),
    ("Selon l'enquête Associations & Partenariats publiée en mars 2017, quelle part des associations travaille avec les collectivités ?",
     "74 % des associations, d'après cette enquête de Recherches & Solidarités et Le RAMEAU menée en mai-juin 2016 auprès de plus de 1 380 responsables.",
     ["74"], D3, 3, "figure", False, ""),
    ("et ca change selon le budget pour avoir une entreprise partenaire ?",
     "Oui : 50 % des associations de plus de 150 000 € de budget ont un partenariat avec une entreprise, contre 20 % de celles de moins de 10 000 €.",
     ["150 000 €", "10 000 €"], D3, 3, "figure", True, "citizen multi"),
    ("Qui a fondé Le RAMEAU et qui en assure la direction générale ?",
     "Le président-fondateur est Charles-Benoît Heidsieck ; la direction générale est assurée par Laurence Weber.",
     ["Charles-Benoît Heidsieck", "Laurence Weber"], D5, 1, "who", False, "multi"),
    ("En quelle année l'Observatoire des partenariats a-t-il été créé, et qui en assure la direction scientifique ?",
     "Il a été créé en 2008 par la Caisse des Dépôts et Le RAMEAU (des documents de 2011 et 2012 disent 2007) ; sa direction scientifique est confiée à Anne Robin, fondatrice de COMISIS.",
     ["2008", "2007", "Anne Robin"], D5, 1, "when", False, "multi conflict"),
    ("elle est payee pour ca ?",
     "Non, Anne Robin assure la direction scientifique à titre bénévole.",
     ["bénévole"], D5, 1, "who", True, "citizen"),
    ("Que signifie le sigle ARPEA ?",
     "Le rapport quinquennal le développe en « Analyse des Relations et des Partenariats entre Entreprises et Associations » ; d'autres pages écrivent « Analyser les Relations Partenariales entre Entreprises et Associations » ou « Analyse des Relations Associations-Entreprises ».",
     ["Analyse des Relations et des Partenariats entre Entreprises et Associations", "Analyse des Relations Associations-Entreprises"], D5, 2, "definition", False, "conflict"),
    ("quels sont les 6 volets de phare et ils sont sortis quand",
     "PHARE-Citoyens (septembre 2015), PHARE-Entreprises (octobre 2015), PHARE-Associations (novembre 2015), 13 rapports régionaux (2016), diagnostics sectoriels (juillet 2016) et PHARE-Institutions (automne 2016).",
     ["PHARE-Entreprises, octobre 2015", "diagnostics sectoriels, juillet 2016"], D5, 3, "list", False, "citizen multi"),
    ("Qui conduit le programme IMPACT ?",
     "Cinq partenaires : la Caisse des Dépôts, l'Institut CDC pour la Recherche, le Groupe La Poste, la Fondation TOTAL et Le RAMEAU.",
     ["Institut CDC pour la Recherche", "Fondation TOTAL"], D5, 4, "list", False, ""),
    ("Et autour de quels axes s'articule-t-il ?",
     "Trois axes : l'innovation sociétale et territoriale, la performance des organisations et la confiance (une autre présentation parle de trois indicateurs : innovation, performance, confiance).",
     ["performance des organisations"], D5, 4, "list", True, ""),
    ("Selon ARPEA, quelle part des Français jugeait urgent de créer des partenariats en 2008, puis en 2012 ?",
     "86 % en 2008, puis 84 % en 2012.",
     ["86", "84"], D4, 2, "figure", False, "multi"),
    ("Selon l'étude ARPEA, quelle part des associations est engagée avec une entreprise ?",
     "Environ 46 % des associations sont engagées avec une entreprise.",
     ["46 % des associations"], D4, 3, "figure", False, ""),
    # ---------------- real PDFs
    ("Combien de personnes ont répondu au baromètre de l'ESR 2023 de la CPESR, et combien ont finalisé leur réponse ?",
     "2460 répondants ont rempli au moins la première partie et 2026 ont finalisé leur réponse.",
     ["2460", "2026"], CP, 3, "figure", False, "multi"),
    ("Pendant quelle période était-il ouvert ?",
     "Le baromètre a été ouvert de mars à octobre 2023.",
     ["de mars à octobre 2023"], CP, 3, "when", True, ""),
    ("dans le barometre esr 2023 les gens ont confiance dans les instances ? lesquelles sont les plus mal vues",
     "Seulement 18 % des opinions expriment de la confiance contre 55 % de défiance ; les plus mal perçus sont le MESRI (91 % de défiance) et l'État (89 %), puis l'ANR (77 %) et l'Hcéres (75 %).",
     ["18", "MESRI (91"], CP, 5, "figure", False, "citizen multi"),
    ("Qui a dirigé l'enquête du baromètre de l'ESR 2023 ?",
     "L'enquête a été dirigée par Julien Gossa ; l'analyse OpenAI a été effectuée par Jacques Haiech.",
     ["Julien Gossa"], CP, 28, "who", False, ""),
    ("En 2018, combien de tonnes de produits le groupe Casino a-t-il apportées aux banques alimentaires, et à combien de repas cela correspond-il ?",
     "Plus de 25 100 tonnes de produits, soit l'équivalent de plus de 50 millions de repas.",
     ["25 100", "50 millions de repas"], CA, 29, "figure", False, "multi"),
    ("Depuis quand le groupe accompagne-t-il la Fédération française des banques alimentaires ?",
     "Depuis 2009 ; le partenariat doit être renouvelé en 2019 pour trois ans.",
     ["depuis 2009"], CA, 29, "when", True, ""),
    ("C'est quoi le programme « Engagement Citoyen » de la Fondation Casino ?",
     "C'est un programme de bénévolat de compétences lancé en 2016, avec un catalogue de missions sur une plateforme web ; 123 missions ont été effectuées depuis le lancement en 2017.",
     ["bénévolat de compétences"], CA, 31, "definition", False, ""),
    ("l arrondi en caisse chez franprix ca a rapporte combien et pour quelles assos",
     "Plus d'un million d'euros de dons, collectés avec MicroDON depuis 2011, pour des associations comme la Croix Rouge, Emmaüs, le Secours populaire et les Jardins de Cocagne.",
     ["MicroDON", "Plus d’un million d’euros"], CA, 31, "figure", False, "citizen multi"),
    ("En 2018, quelle quantité de déchets TOTAL a-t-il traitée, et quelle part a été recyclée ou valorisée ?",
     "573 kt de déchets ont été traités en 2018, dont 57 % recyclés et/ou valorisés.",
     ["573 kt", "57%"], TO, 1, "figure", False, "multi"),
    ("Et l'objectif du groupe était de combien ?",
     "L'objectif était de valoriser plus de 50 % des déchets ; il est atteint.",
     ["plus de 50%"], TO, 1, "figure", True, ""),
    ("Avec quelle fondation TOTAL a-t-il signé en 2017 un accord pour neutraliser les émissions des voyages en avion de ses salariés ?",
     "Avec la Fondation GoodPlanet, présidée par Yann Arthus-Bertrand ; le programme repose sur 8 400 biodigesteurs en Inde et vise 50 000 t de CO2 évitées par an pendant 10 ans.",
     ["GoodPlanet"], TO, 3, "who", False, ""),
    ("Quelles étaient les émissions de GES (Scopes 1 & 2) des installations oil & gas opérées de TOTAL en 2015 et en 2018, et quel est l'objectif pour 2025 ?",
     "46 Mt CO2e en 2015 et 42 Mt CO2e en 2018 ; l'objectif est de passer sous 40 Mt CO2e en 2025.",
     ["46 Mt CO2e en 2015", "moins de 40 Mt CO2e en 2025"], TO, 5, "figure", False, "multi"),
    ("edf il a combien de partenariats avec des assos ou des labos de recherche",
     "Plus de cent partenariats, par exemple avec l'Irstea et l'Ifremer.",
     ["plus de cent partenariats"], ED, 6, "figure", False, "citizen"),
    ("Sur quels champs EDF mobilise-t-il ses partenariats de développement durable ?",
     "Quatre champs : la biodiversité, la transition énergétique, les populations vulnérables et la précarité énergétique, et la concertation.",
     ["la biodiversité, la transition énergétique"], ED, 6, "list", False, ""),
    ("Qui préside le Conseil scientifique d'EDF ?",
     "Il est présidé par Sébastien Candel, président de l'Académie des sciences ; il s'est réuni à trois reprises en 2018.",
     ["Sébastien Candel"], ED, 3, "who", False, ""),
    ("qui paye l allocation proche aidant et c est limite a combien de jours",
     "Elle est versée par les caisses d'allocations familiales (CAF) et les caisses de mutualité sociale agricole (MSA), dans la limite de 66 jours sur l'ensemble de la carrière.",
     ["caisses d’allocations familiales", "mutualité sociale agricole"], ET, 51, "who", False, "citizen multi"),
    ("pour france services qui consolide les labellisations",
     "Les résultats sont remontés à la direction de programme de l'Agence nationale de la cohésion des territoires, qui les consolide ; les candidatures passent par les préfectures départementales.",
     ["Agence nationale de la cohésion des territoires"], ET, 69, "who", False, "citizen"),
    ("Dans la documentation du baromètre des résultats de l'action publique, quel indicateur suit le Service Civique ?",
     "Le nombre de volontaires ayant réalisé au moins un jour de mission de service civique dans l'année.",
     ["nombre de volontaires ayant réalisé au moins un jour de mission"], ET, 11, "definition", False, ""),
    ("Quand la plateforme Recherche Data Gouv a-t-elle été inaugurée ?",
     "Par le ministère de l'Enseignement supérieur et de la Recherche (MESR), le 8 juillet 2022.",
     ["8 juillet 2022"], MI, 13, "when", False, ""),
    ("Que veut dire FAIR pour les données de la recherche ?",
     "Faciles à trouver, Accessibles, Interopérables et Réutilisables.",
     ["Faciles à trouver, Accessibles, Interopérables, et Réutilisables"], MI, 6, "definition", False, ""),
    ("c quoi le budget du projet reach et l afd elle met combien",
     "Le budget total de REACH est de 1,638 M€, dont 800 000 € apportés par l'Agence française de développement, principal cofinanceur.",
     ["1,638M€", "800 000€"], PU, 2, "figure", False, "citizen multi"),
    ("Et qui sont ses partenaires principaux ?",
     "Oribi en Afrique du Sud et Jógjëf au Sénégal, structures d'accompagnement ; PULSE coordonne le projet.",
     ["Oribi", "Jógjëf"], PU, 2, "who", True, ""),
    ("Quels sont les quatre types d'intervention de la coopérative Re-Co ?",
     "La rénovation, la surélévation, la complémentation et la réaffectation.",
     ["la rénovation, la surélévation, la complémentation et la réaffectation"], RC, 2, "list", False, ""),
    ("c quoi une cooperative capsule chez re-co",
     "Une coopérative pensée dès l'origine pour être duplicable : protocoles, outils, budgets et rapports sont mis à disposition en open source pour qui veut fonder sa propre coopérative.",
     ["COOPÉRATIVE CAPSULE", "open-source"], RC, 4, "definition", False, "citizen"),
    # ---------------- near misses
    ("Combien d'associations employeuses compte la Normandie dans l'étude IMPACT – Associations & Territoires ?",
     "Le corpus ne le dit pas : l'étude donne 148 000 associations employeuses au niveau national, sans ventilation régionale (la Normandie n'apparaît que pour son 11e rapport régional).",
     [], None, None, "unanswerable", False, ""),
    ("Dans PHARE-Citoyens, quelle note sur 10 les Français donnent-ils à la santé ?",
     "Le corpus ne donne pas de note pour la santé : les notes publiées portent sur l'emploi, le pouvoir d'achat, la sécurité, le développement économique, l'environnement et l'exclusion.",
     [], None, None, "unanswerable", False, ""),
    ("arpea en 2010 ca disait combien de francais trouvent urgent de faire des partenariats",
     "Le corpus ne donne pas de chiffre pour 2010 : seules les mesures de 2008 (86 %) et de 2012 (84 %) sont publiées.",
     [], None, None, "unanswerable", False, "citizen"),
    ("Quel montant la Fondation TotalEnergies a-t-elle apporté, à elle seule, au Fonds ODD 17 ?",
     "Le corpus ne détaille pas la part de chaque fondateur : seule la dotation totale de 1,5 M€ sur trois ans est indiquée.",
     [], None, None, "unanswerable", False, ""),
    ("Qui préside la Fondation des Territoires ?",
     "Le corpus ne le dit pas : il donne sa date de création (14 juin 2022), l'égide de la Fondation de Lille et ses 21 co-fondateurs, mais aucun président.",
     [], None, None, "unanswerable", False, ""),
    ("Combien de maires ont été interrogés pour l'étude IMPACT-Élus locaux de novembre 2020 ?",
     "Le corpus ne donne pas l'effectif de l'étude de 2020 ; le chiffre de 302 maires concerne l'enquête IMPACTS & TRAJECTOIRES de l'automne 2024.",
     [], None, None, "unanswerable", False, ""),
    ("y avait combien de repondants au barometre esr de la cpesr en 2022",
     "Le corpus ne contient que l'édition 2023 du baromètre (2460 répondants, 2026 réponses finalisées) ; aucun chiffre n'est donné pour 2022.",
     [], None, None, "unanswerable", False, "citizen"),
]


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    out = []
    for i, (q, a, mc, src, page, kind, fol, tags) in enumerate(Q, 1):
        rec = {"id": "s52%02d" % i, "question": q, "answer": a, "must_contain": mc,
               "source": src, "page": page, "kind": kind}
        if fol:
            rec["follows"] = "s52%02d" % (i - 1)
        out.append((rec, tags))
    with open(os.path.join(here, "questions.jsonl"), "w", encoding="utf-8") as f:
        for rec, _ in out:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("total", len(out))
    print("kinds", dict(collections.Counter(r["kind"] for r, _ in out)))
    own = sum(1 for r, _ in out if r["source"] and r["source"].startswith("obs-"))
    real = sum(1 for r, _ in out if r["source"] and r["source"].startswith("real-"))
    print("own", own, "real", real, "unanswerable", len(out) - own - real)
    print("sources", dict(collections.Counter(r["source"] for r, _ in out)))
    print("follows", sum(1 for r, _ in out if "follows" in r))
    for t in ("citizen", "multi", "conflict"):
        print(t, sum(1 for _, tg in out if t in tg.split()))


if __name__ == "__main__":
    main()
