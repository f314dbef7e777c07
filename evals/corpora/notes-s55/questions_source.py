#!/usr/bin/env python3
"""Source of questions.jsonl (series s55). Run: python questions_source.py > questions.jsonl

Besides the JSON fields, each entry carries tags used only for the README counts
(C = citizen wording, M = multi-part, X = conflict); the tags are not written out.
"""
import json
import sys

D1 = "obs-s55-01-rapport-synthese-programmes.pdf"
D2 = "obs-s55-02-bulletin-veille-n27.pdf"
D3 = "obs-s55-03-diaporama-associations-elus.pdf"
D4 = "obs-s55-04-entretien-alliance.pdf"
D5 = "obs-s55-05-fiche-repere-associations.pdf"
CAS = "real-casino-dpef-2018.pdf"
TOT = "real-total-dpef-2018-extrait.pdf"
EDF = "real-edf-dpef-2018-extrait.pdf"
ESR = "real-cpesr-barometre-esr-2023.pdf"
ETA = "real-etalab-documentation-barometre-resultats.pdf"
MITI = "real-miti-guide-gestion-donnees-recherche-v2.pdf"
PUL = "real-pulse-reach-presentation.pdf"
RECO = "real-recoop-plaquette.pdf"

Q = []


def q(question, answer, must, source, page, kind, tags="", follows=False):
    Q.append(dict(question=question, answer=answer, must_contain=must, source=source,
                  page=page, kind=kind, _tags=tags, _follows=follows))


def u(question, answer, tags=""):
    q(question, answer, [], None, None, "unanswerable", tags)


# 01
q("En quelle année l’Observatoire des partenariats a-t-il été créé ?",
  "Il a été créé en 2008 par la Caisse des Dépôts et Le RAMEAU, avec le MEDEF et le Mouvement "
  "associatif ; mais les documents antérieurs à 2013 (ARPEA Entreprises & Territoires de janvier "
  "2011, rapport quinquennal du 11 décembre 2012) datent sa création de 2007.",
  ["2008", "2007"], D1, 1, "when", "X")
# 02
q("Et qui en assure la direction scientifique ?",
  "La direction scientifique est assurée bénévolement par Anne Robin, fondatrice du cabinet COMISIS.",
  ["Anne Robin", "COMISIS"], D1, 1, "who", follows=True)
# 03
q("En 2018, combien de tonnes de produits le groupe Casino a-t-il apportées aux banques "
  "alimentaires, et à combien de repas cela correspond-il ?",
  "Plus de 25 100 tonnes de produits, soit l’équivalent de plus de 50 millions de repas "
  "(collecte et ramasse confondues).",
  ["25 100 tonnes", "50 millions de repas"], CAS, 29, "figure", "M")
# 04
q("Et là-dessus, combien venaient de la collecte nationale ?",
  "3 208 tonnes ont été collectées lors de la collecte nationale en 2018 (contre 2 711 tonnes "
  "en 2017 à périmètre équivalent).",
  ["3 208 tonnes"], CAS, 29, "figure", follows=True)
# 05
q("Que veut dire le sigle ARPEA ? J’en ai vu plusieurs versions.",
  "Trois développés coexistent : « Analyse des Relations et des Partenariats entre Entreprises et "
  "Associations » (rapport quinquennal), « Analyser les Relations Partenariales entre Entreprises "
  "et Associations » et « Analyse des Relations Associations-Entreprises ».",
  ["Analyse des Relations et des Partenariats", "Analyser les Relations Partenariales",
   "Analyse des Relations Associations-Entreprises"], D1, 2, "definition", "X")
# 06
q("Quelle note sur 10 les Français ont-ils donnée à la sécurité dans PHARE-Citoyens ?",
  "6,6/10 selon la plateforme de capitalisation « Impacts fondations » ; un article de Carenews "
  "sur le même volet indique 7/10.",
  ["6,6", "7/10"], D1, 3, "figure", "X")
# 07
q("Et l’emploi, il a eu combien ? Et combien de personnes avaient été interrogées ?",
  "L’emploi a obtenu 7,1/10, la note la plus élevée ; l’enquête PHARE-Citoyens repose sur plus de "
  "2 000 personnes interrogées.",
  ["7,1", "2 000"], D1, 3, "figure", "M", follows=True)
# 08
q("Combien de personnes ont répondu au Baromètre de l’ESR 2023 de la CPESR, et pendant quelle "
  "période l’enquête était-elle ouverte ?",
  "2460 répondants ont rempli au moins la première partie et 2026 ont finalisé leur réponse ; le "
  "baromètre était ouvert de mars à octobre 2023.",
  ["2460", "2026", "mars à octobre 2023"], ESR, 3, "figure", "M")
# 09
q("ca fait combien de questions en tout ce questionnaire ?",
  "Il comporte 5 questions principales (avec leurs sous-questions) et une dizaine de questions de "
  "profil, remplies en moins de 10 minutes.",
  ["5 questions principales"], ESR, 3, "figure", "C", follows=True)
# 10
q("Quels rendez-vous étaient prévus le 26 novembre selon l’agenda du bulletin Veille & Alliances "
  "n° 27 ?",
  "Deux : la publication du 11e rapport régional de l’Observatoire, consacré à la Normandie, et le "
  "5e webinaire « l’ODD 17 en pratique ».",
  ["Normandie", "5e webinaire"], D2, 1, "list")
# 11
q("et le dossier dans juris associations c etait quand et quel numero ?",
  "Le dossier est paru le 15 novembre dans JURIS Associations n° 628.",
  ["628", "15 nov."], D2, 1, "when", "CM", follows=True)
# 12
q("Dans l’accord signé avec la Fondation GoodPlanet, combien de biodigesteurs TOTAL prévoit-il en "
  "Inde et combien de CO2 cela doit-il éviter chaque année ?",
  "Le programme repose sur 8 400 biodigesteurs en Inde et doit éviter 50 000 t de CO2 par an, "
  "sur une durée de 10 ans.",
  ["8 400 biodigesteurs", "50 000 t"], TOT, 3, "figure", "M")
# 13
q("c qui le president de cette fondation ?",
  "La Fondation GoodPlanet est présidée par Yann Arthus-Bertrand.",
  ["Yann Arthus"], TOT, 3, "who", "C", follows=True)
# 14
q("Combien de territoires participent au parcours d’expérience lancé par le CGET et Le RAMEAU ?",
  "Le bulletin parle de 11 territoires pionniers sur 18 mois (première session le 3 mai), mais une "
  "autre communication du RAMEAU évoque 10 territoires pilotes.",
  ["11 territoires pionniers", "10 territoires pilotes"], D2, 1, "figure", "X")
# 15
q("c koi les territoires pilotes de agir ensemble en territoire",
  "Les trois pilotes de la démarche lancée en 2010 sont l’Alsace (avec Alsace Active), le "
  "Poitou-Charentes (avec le Groupe La Poste) et Paris-Est Marne & Bois.",
  ["Alsace Active", "Poitou-Charentes", "Paris-Est Marne"], D2, 1, "list", "C")
# 16
q("Qui préside le Conseil scientifique d’EDF, et combien de fois s’est-il réuni en 2018 ?",
  "Il est présidé par Sébastien Candel, président de l’Académie des sciences, et s’est réuni à "
  "trois reprises en 2018.",
  ["Sébastien Candel", "trois reprises"], EDF, 3, "who", "M")
# 17
q("D’après le programme IMPACT, quelle part des Français voit dans les partenariats une source "
  "d’innovation ?",
  "74 % des Français selon le programme IMPACT ; un autre site (coconstruction.cresol.fr) reprend "
  "les mêmes chiffres mais indique 69 % des citoyens.",
  ["74", "69"], D1, 5, "figure", "X")
# 18
q("et les maires ? ils sont combien a dire que leur territoire est engage, et combien savent pas "
  "piloter ?",
  "87 % des maires voient dans les partenariats une source d’innovation ; 76 % se disent à la tête "
  "d’un territoire engagé, mais 46 % reconnaissent ne pas savoir piloter la co-construction.",
  ["87", "76", "46"], D1, 5, "figure", "CM", follows=True)
# 19
u("Combien de maires ont été interrogés pour l’étude IMPACT-Elus locaux de novembre 2020 ?",
  "Les documents citent cette étude (Comisis-OpinionWay, à l’origine de la fiche-repère sur les "
  "collectivités) sans donner la taille de son échantillon ; les 302 maires concernent l’édition "
  "IMPACTS & TRAJECTOIRES de novembre 2024.")
# 20
q("Quand et où la Charte du faire alliance a-t-elle été lancée ?",
  "Le 30 novembre 2021, jour du Giving Tuesday, à Saint-Maurice (Paris-Est Marne & Bois), lors "
  "d’une soirée avec VitaWin ; l’annonce d’associations.gouv.fr parle toutefois d’un « mardi "
  "30 septembre ».",
  ["30 novembre 2021", "Saint-Maurice", "30 septembre"], D2, 2, "when", "MX")
# 21
q("Qui a piloté sa co-construction, et pendant combien de temps ?",
  "La co-construction, d’une durée de trois mois, a été pilotée par la Fondation des Territoires.",
  ["trois mois", "Fondation des Territoires"], D2, 2, "who", "M", follows=True)
# 22
q("Quel est le budget total du projet REACH porté par PULSE, et combien apporte l’AFD ?",
  "Le budget total est de 1,638 M€, dont 800 000 € de l’Agence Française de Développement, "
  "principal cofinanceur.",
  ["1,638M€", "800 000€"], PUL, 2, "figure", "M")
# 23
q("c est dans quels pays et ca dure combien de temps ?",
  "REACH se déroule en Afrique du Sud et au Sénégal, sur 3 ans (juin 2023 - juin 2026).",
  ["Afrique du Sud", "juin 2023-juin 2026"], PUL, 2, "list", "CM", follows=True)
# 24
q("les assos employeuses elles bossent avec les collectivites a combien de % ?",
  "D’après l’étude IMPACT – Associations & Territoires, 89 % des associations employeuses ont des "
  "partenariats avec les collectivités territoriales.",
  ["89", "Collectivités territoriales"], D3, 2, "figure", "C")
# 25
q("Quels sont les types d’intervention sur lesquels la coopérative Re-Co compte s’appuyer pour "
  "créer du logement abordable ?",
  "Quatre types d’intervention en zone urbaine : la rénovation, la surélévation, la "
  "complémentation et la réaffectation.",
  ["la rénovation, la surélévation", "réaffectation"], RECO, 2, "list")
# 26
q("Dans l’étude IMPACT – Associations & Territoires, quelle part des associations employeuses a "
  "des partenariats à l’échelle locale, et à l’échelle régionale ?",
  "73 % à l’échelle locale et 47 % à l’échelle régionale.",
  ["73", "47"], D3, 3, "figure", "M")
# 27
u("ds la region normandie cb d assos employeuses ont au moins un partenariat ?",
  "Les documents donnent 98 % pour l’ensemble des associations employeuses, sans chiffre propre à "
  "la Normandie (seul le 11e rapport régional normand est mentionné, sans résultat).", "C")
# 28
q("Pour l’enquête IMPACTS & TRAJECTOIRES – Elus locaux de 2024 : combien de maires, à quelles "
  "dates et par quel moyen ?",
  "302 maires ont été interrogés par téléphone du 30 septembre au 28 octobre 2024.",
  ["302", "28 octobre 2024", "téléphone"], D3, 4, "figure", "M")
# 29
q("Et combien voient leur territoire en mouvement ? Avec le détail.",
  "91 % des maires voient leur territoire en mouvement : 35 % fortement et 56 % « ni plus ni "
  "moins ».",
  ["91", "35", "56"], D3, 4, "figure", follows=True)
# 30
q("les gens qui habitent a cote des centrales nucleaires edf ils trouvent que ca aide l emploi ?",
  "Oui : autour des centrales nucléaires, les enquêtes riverains font ressortir un impact positif "
  "sur l’emploi pour 83 % (77 % pour l’activité économique).",
  ["83", "impact positif"], EDF, 2, "figure", "C")
# 31
q("apres le covid les patrons de pme ils pensent quoi de la co-construction ?",
  "84 % des dirigeants de TPE et PME jugent la co-construction utile à la résilience en sortie de "
  "crise (81 % des Français).",
  ["84", "TPE"], D3, 5, "figure", "C")
# 32
q("Que signifie FAIR pour les données de la recherche, et quand ces principes ont-ils été publiés ?",
  "Faciles à trouver, Accessibles, Interopérables et Réutilisables ; énoncés par le groupe FORCE 11, "
  "ils ont été publiés en mars 2016 dans la revue Scientific Data.",
  ["Faciles à trouver", "mars 2016"], MITI, 19, "definition", "M")
# 33
q("Qui préside Le RAMEAU et qui en est la directrice générale ?",
  "Le RAMEAU est présidé par son fondateur, Charles-Benoît Heidsieck ; Laurence Weber en est la "
  "directrice générale.",
  ["Charles-Benoît Heidsieck", "Laurence Weber"], D4, 1, "who", "M")
# 34
q("En 2018, combien de projets associatifs la Fondation Monoprix a-t-elle financés dans sa "
  "lutte contre l’isolement relationnel ?",
  "19 projets associatifs, pour un montant de près de 276 000 euros.",
  ["19 projets", "276 000 euros"], CAS, 31, "figure")
# 35
q("En quelle année Le RAMEAU a-t-il été créé, et auprès de combien d’organisations a-t-il mené "
  "des expérimentations depuis ?",
  "Le RAMEAU a été créé en 2006 ; depuis, il a mené des expérimentations auprès de plus de "
  "500 organisations.",
  ["2006", "500 organisations"], D4, 1, "when", "M")
# 36
u("Combien la Fondation TotalEnergies a-t-elle versé à elle seule dans le Fonds ODD 17 ?",
  "Seule la dotation totale du fonds co-créé avec Le RAMEAU est connue (1,5 M€ sur trois ans) ; "
  "la part de la Fondation TotalEnergies n’est pas précisée.")
# 37
q("Qui a confié la mission ministérielle sur l’alliance d’intérêt général, à qui, et quand le "
  "rapport a-t-il été remis ?",
  "Gabriel Attal l’a confiée, lors du FNAF 2019, à Cathy Racon-Bouzon et Charles-Benoît Heidsieck ; "
  "le rapport a été remis le 7 mai 2020.",
  ["Gabriel Attal", "Cathy Racon-Bouzon", "7 mai 2020"], D4, 3, "who", "M")
# 38
q("Et le bilan de la mission, il a eu lieu quand ?",
  "Un premier bilan a été dressé le 17 octobre 2020.",
  ["17 octobre 2020"], D4, 3, "when", follows=True)
# 39
q("Quelle part de ses déchets TOTAL a-t-il recyclée ou valorisée en 2018 ?",
  "57 % des déchets ont été recyclés et/ou valorisés en 2018 (sur 573 kt de déchets traités), "
  "au-delà de l’objectif de 50 %.",
  ["57", "Recyclage et/ou valorisation"], TOT, 1, "figure")
# 40
q("le programme phare ca couvre quelles annees ?",
  "PHARE couvre 2013-2018 selon la plupart des documents, mais certaines pages de l’Observatoire "
  "indiquent 2013-2017.",
  ["2013-2018", "2013-2017"], D4, 2, "when", "CX")
# 41
q("Pour le label France Services, auprès de qui les porteurs de projets candidatent-ils, et quel "
  "organisme consolide les résultats ?",
  "Ils candidatent auprès des préfectures départementales ; les résultats sont consolidés par la "
  "direction de programme à l’Agence nationale de la cohésion des territoires.",
  ["préfectures départementales", "Agence nationale de la cohésion des territoires"],
  ETA, 69, "who", "M")
# 42
q("Selon l’enquête « Associations & Partenariats » de mars 2017, combien de partenaires une "
  "association a-t-elle en moyenne, et quelle part travaille avec des entreprises ?",
  "2,5 partenaires en moyenne ; 28 % des associations citent des entreprises parmi leurs "
  "partenaires.",
  ["2,5", "28"], D5, 1, "figure", "M")
# 43
u("Quel poste Laurence Weber occupe-t-elle à la Fondation des Territoires ?",
  "Les documents la présentent seulement comme directrice générale du RAMEAU ; aucun rôle à la "
  "Fondation des Territoires n’est indiqué.")
# 44
q("une petite asso avec moins de 10 000 euros de budget elle a combien de chances d avoir une "
  "entreprise partenaire ? et une grosse ?",
  "20 % des associations de moins de 10 000 € de budget ont un partenariat avec une entreprise, "
  "contre 50 % de celles dont le budget dépasse 150 000 €.",
  ["20", "50", "150 000"], D5, 2, "figure", "CM")
# 45
q("Selon le document de référence 2018 de Casino, quelle part du gaspillage alimentaire en France "
  "est due à la distribution ?",
  "14 % ; le reste vient de la production en amont ou des comportements des consommateurs en aval.",
  ["14", "est lié à la distribution"], CAS, 57, "figure")
# 46
q("D’après la note du 29 février 2016, quelle part des associations employeuses a des "
  "partenariats ?",
  "53 % des associations employeuses, contre 38 % de l’ensemble des associations.",
  ["53", "38"], D5, 2, "figure")
# 47
q("Dans le baromètre ESR 2023, quelle instance suscite le plus de défiance, et laquelle le plus de "
  "confiance ?",
  "Le MESRI concentre le plus de défiance (91 %) ; les directions de composante recueillent le plus "
  "de confiance (51 %).",
  ["MESRI", "91", "51"], ESR, 5, "figure", "M")
# 48
q("C’est quoi un catalyseur territorial ?",
  "Un acteur local capable de réunir les organisations d’un territoire autour d’un projet commun ; "
  "le Fonds ODD 17 vise à en outiller 350.",
  ["Catalyseur territorial", "350"], D5, 3, "definition")
# 49
u("phare citoyens : les francais donnent quelle note au logement ?",
  "Le logement ne figure pas parmi les enjeux notés dans PHARE-Citoyens (emploi, pouvoir d’achat, "
  "sécurité, développement économique, environnement, exclusion).", "C")
# 50
q("Combien de sites SEVESO le groupe EDF compte-t-il fin 2018 ?",
  "9 sites SEVESO seuil haut et 38 sites seuil bas.",
  ["9 sites SEVESO seuil haut", "38 sites seuil bas"], EDF, 5, "figure")
# 51
q("Que signifie M.E.D.O.C. ?",
  "Méthodes, Exemples, Données, Outils, Compétences : les cinq entrées de la plateforme "
  "www.odd17.org.",
  ["Méthodes, Exemples, Données, Outils", "odd17.org"], D1, 5, "definition")
# 52
q("Combien d’OSC intermédiaires le projet REACH doit-il former, et comment sont-elles réparties "
  "entre les deux structures d’accompagnement ?",
  "50 OSC intermédiaires : 30 par Jógjëf (Sénégal) et 20 par Oribi (Afrique du Sud).",
  ["50 OSC intermédiaires", "Oribi : 20"], PUL, 7, "figure", "M")
# 53
q("c qui qui dirige la coop re-co ?",
  "Ce sont les membres fondateurs de Re-Co qui, ensemble, constituent la direction de la coopérative.",
  ["constituent dans son ensemble la direction"], RECO, 4, "who", "C")
# 54
q("casino aide la federation des banques alimentaires depuis quand ?",
  "Le groupe Casino accompagne la FFBA depuis 2009 et prévoyait de renouveler ce partenariat en "
  "2019 pour trois ans.",
  ["accompagne la FFBA depuis 2009"], CAS, 29, "when", "C")
# 55
u("Combien de tonnes de produits le groupe Casino a-t-il données aux banques alimentaires en 2016 ?",
  "Le document de référence 2018 ne donne que les tonnages 2018 et 2017 (à périmètre équivalent) ; "
  "aucun chiffre pour 2016.")
# 56
q("Qui a dirigé l’enquête du baromètre ESR 2023, et qui a réalisé l’analyse avec OpenAI ?",
  "L’enquête a été dirigée par Julien Gossa ; l’analyse OpenAI a été effectuée par Jacques Haiech.",
  ["Julien Gossa", "Jacques Haiech"], ESR, 28, "who", "M")
# 57
q("Quels sont les cinq principes TRUST qu’un entrepôt de données de confiance devrait respecter ?",
  "Transparence, responsabilité, orientation vers l’utilisateur, durabilité et technologie "
  "(Transparency, Responsibility, User focus, Sustainability, Technology).",
  ["TRUST", "Transparency", "Sustainability"], MITI, 94, "list")
# 58
q("Comment a évolué l’intensité carbone des produits énergétiques vendus par TOTAL entre 2015 et "
  "2018, et quel est l’objectif pour 2030 ?",
  "Elle est passée de 75 à 71 g CO2/kBtu (plus de 5 % de baisse) ; TOTAL vise une réduction de 15 % "
  "entre 2015 et 2030.",
  ["71 g CO2/kBtu", "15"], TOT, 5, "figure", "M")
# 59
q("Avec quels grands acteurs de la biodiversité EDF a-t-il noué des partenariats nationaux en "
  "France ?",
  "MNHN, LPO, Réserves naturelles de France, comité français de l’UICN, FCBN, FCEN, Conservatoire du "
  "littoral et SFEPM.",
  ["Ligue pour la protection des oiseaux", "Conservatoire du littoral"], EDF, 6, "list")
# 60
u("Combien de personnes avaient répondu au baromètre ESR de la CPESR en 2022 ?",
  "Seule l’édition 2023 est disponible (2460 répondants, 2026 réponses complètes) ; rien sur 2022.")


def rows():
    out = []
    for i, e in enumerate(Q, 1):
        d = {"id": "s55%02d" % i, "question": e["question"], "answer": e["answer"],
             "must_contain": e["must_contain"], "source": e["source"], "page": e["page"],
             "kind": e["kind"]}
        if e["_follows"]:
            d["follows"] = "s55%02d" % (i - 1)
        out.append((d, e["_tags"]))
    return out


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--tags":
        for d, t in rows():
            print(d["id"], d["kind"], d["source"], d["page"], d.get("follows", ""), t)
    else:
        for d, _ in rows():
            print(json.dumps(d, ensure_ascii=False))
