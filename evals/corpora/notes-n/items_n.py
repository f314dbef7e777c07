# -*- coding: utf-8 -*-
"""Hand-written gold items of set N (figures and non-figures).

Every `sentence` is copied from the pypdf text of its page (whitespace collapsed);
build_n.py checks each item and writes figures-n.jsonl / not_figures-n.jsonl.
"""

FIG = []
NON = []


def f(file, page, sentence, text, value, unit, noun, actor, src, measure, year, cases, **extra):
    item = dict(file=file, page=page, text=text, value=value, unit=unit, noun=noun, actor=actor,
                actor_source=src, measure=measure, year=year, sentence=sentence, cases=list(cases))
    item.update(extra)
    FIG.append(item)


def n(file, page, sentence, text, why):
    NON.append(dict(file=file, page=page, text=text, sentence=sentence, why=why))


D1 = "obs-n-01-rapport-activite-2022.pdf"
D2 = "obs-n-02-etude-associations-partenaires.pdf"
D3 = "obs-n-03-diaporama-elus-locaux-2024.pdf"
D4 = "obs-n-04-bulletin-veille-novembre-2020.pdf"
D5 = "obs-n-05-fiche-chiffres-cles-phare-citoyens.pdf"

# =========================================================================== D1 rapport d'activité
# ---- page 1
n(D1, 1, "Rapport d'activité 2022", "2022", "year")
n(D1, 1, "Édition de décembre 2022 · Document public", "décembre 2022", "date")
n(D1, 1, "Créé en 2006, Le RAMEAU se définit comme un laboratoire de recherche empirique au service des "
         "alliances d'intérêt général.", "2006", "year")
f(D1, 1, "Il poursuit trois missions, la première étant de témoigner de ce qui se construit sur les territoires.",
  "trois", 3, "count", "missions", None, None, "missions du RAMEAU", None,
  ["count", "number_in_words", "pronoun_subject"])
s = ("Depuis 2006, ses équipes ont conduit des expérimentations auprès de plus de 500 organisations et recensé "
     "plus de 1 000 exemples inspirants.")
n(D1, 1, s, "2006", "year")
f(D1, 1, s, "500", 500, "count", "organisations", "organisations", "sentence",
  "organisations auprès desquelles Le RAMEAU a conduit des expérimentations", "2006-2022",
  ["count", "year_in_sentence", "since_period", "qualifier", "multi_figures"])
f(D1, 1, s, "1 000", 1000, "count", "exemples inspirants", None, None, "exemples inspirants recensés",
  "2006-2022", ["count", "year_in_sentence", "since_period", "qualifier", "multi_figures"])
n(D1, 1, "Les chiffres de l'alliance en 2021", "2021", "year")
f(D1, 1, "81 % des Français ressentent un « devoir d'alliance »", "81 %", 81, "%", "Français", "Français",
  "sentence", "ressentent un « devoir d'alliance »", 2021,
  ["key_figure_box", "year_from_header", "homonym"])
f(D1, 1, "92 % des maires expriment un « besoin d'alliance »", "92 %", 92, "%", "maires", "maires",
  "sentence", "expriment un « besoin d'alliance »", 2021, ["key_figure_box", "year_from_header"])
f(D1, 1, "84 % des dirigeants d'entreprise disent avoir « envie d'alliance »", "84 %", 84, "%", "dirigeants",
  "dirigeants d'entreprise", "sentence", "disent avoir « envie d'alliance »", 2021,
  ["key_figure_box", "year_from_header", "homonym"])
s = "Le RAMEAU — Rapport d'activité 2022 | 1"
n(D1, 1, s, "2022", "year")
n(D1, 1, s, "1", "page number")

# ---- page 2
f(D1, 2, "Un observatoire, trois plans quinquennaux", "trois", 3, "count", "plans quinquennaux", None, None,
  "plans quinquennaux de l'Observatoire", None, ["count", "number_in_words", "heading"])
n(D1, 2, "L'Observatoire des partenariats a été créé en 2008 par la Caisse des Dépôts et Le RAMEAU, en "
         "partenariat avec le MEDEF et le Mouvement associatif.", "2008", "year")
n(D1, 2, "Des documents plus anciens le font toutefois naître en 2007, sous le nom d'Observatoire national des "
         "partenariats associations / entreprises.", "2007", "year")
n(D1, 2, "ARPEA (2008-2012)", "2008-2012", "year")
f(D1, 2, "Pour « Analyse des Relations et des Partenariats entre Entreprises et Associations », le programme "
         "ARPEA s'est déployé en 10 volets.", "10", 10, "count", "volets", None, None,
  "volets du programme ARPEA", "2008-2012", ["count", "year_from_header"])
n(D1, 2, "Le rapport quinquennal qui en tire le bilan a été présenté le 11 décembre 2012.", "11 décembre 2012",
  "date")
n(D1, 2, "PHARE (2013-2018)", "2013-2018", "year")
f(D1, 2, "Le programme PHARE comptait six volets.", "six", 6, "count", "volets", None, None,
  "volets du programme PHARE", "2013-2018", ["count", "number_in_words", "year_from_header"])
n(D1, 2, "Les enquêtes nationales ont ouvert le bal à l'automne 2015 : Citoyens en septembre, Entreprises en "
         "octobre, Associations en novembre.", "2015", "year")
s = ("Ont suivi 13 rapports régionaux en 2016, des diagnostics sectoriels en juillet, puis le volet Institutions, "
     "qui distingue cinq profils de maires.")
f(D1, 2, s, "13", 13, "count", "rapports régionaux", None, None, "rapports régionaux du programme PHARE", 2016,
  ["count", "year_in_sentence", "year_next_to_count", "multi_figures"])
n(D1, 2, s, "2016", "year")
f(D1, 2, s, "cinq", 5, "count", "profils de maires", None, None,
  "profils de maires distingués par le volet Institutions de PHARE", 2016,
  ["count", "number_in_words", "year_in_sentence", "multi_figures"], year_alt="2013-2018")
n(D1, 2, "IMPACT (2018-2022)", "2018-2022", "year")
n(D1, 2, "Lancé en novembre 2017, le programme IMPACT associe la Caisse des Dépôts, l'Institut CDC pour la "
         "Recherche, le Groupe La Poste et la Fondation TOTAL.", "novembre 2017", "date")
s = ("Premier enseignement : les partenariats sont perçus comme une source d'innovation par 74 % des Français, "
     "81 % des dirigeants d'entreprise, 86 % des responsables associatifs et 87 % des maires.")
for t, v, noun, actor in [("74 %", 74, "Français", "Français"),
                          ("81 %", 81, "dirigeants", "dirigeants d'entreprise"),
                          ("86 %", 86, "responsables associatifs", "responsables associatifs"),
                          ("87 %", 87, "maires", "maires")]:
    f(D1, 2, s, t, v, "%", noun, actor, "sentence", "voient dans les partenariats une source d'innovation",
      "2018-2022", ["multi_pop", "pop_after", "year_from_header", "programme_impact"])
s = "Si 76 % d'entre eux estiment que leur territoire est engagé, 46 % avouent ne pas savoir piloter ces dynamiques."
f(D1, 2, s, "76 %", 76, "%", "maires", "maires", "context", "estiment que leur territoire est engagé",
  "2018-2022", ["pronoun", "multi_same_pop", "year_from_header", "programme_impact"])
f(D1, 2, s, "46 %", 46, "%", "maires", "maires", "context", "avouent ne pas savoir piloter ces dynamiques",
  "2018-2022", ["pronoun", "ellipsis", "multi_same_pop", "year_from_header", "programme_impact"])
s = "Le RAMEAU — Rapport d'activité 2022 | 2"
n(D1, 2, s, "2022", "year")
n(D1, 2, s, "2", "page number")

# ---- page 3
n(D1, 3, "Le Fonds ODD 17", "ODD 17", "other")
s = ("Co-créé en 2020 par Le RAMEAU et la Fondation TotalEnergies, le Fonds ODD 17 dispose d'une dotation de "
     "1,5 M€ pour une expérimentation conduite sur 3 ans.")
n(D1, 3, s, "2020", "year")
n(D1, 3, s, "ODD 17", "other")
f(D1, 3, s, "1,5 M€", 1500000, "€", None, None, None, "dotation du Fonds ODD 17", 2020,
  ["money", "year_in_sentence", "near_non_figure", "multi_figures"])
f(D1, 3, s, "3 ans", 3, "years", None, None, None, "durée de l'expérimentation du Fonds ODD 17", 2020,
  ["duration", "year_in_sentence", "multi_figures"])
s = "L'objectif est de faire émerger 350 « catalyseurs territoriaux »1."
f(D1, 3, s, "350", 350, "count", "catalyseurs territoriaux", "catalyseurs territoriaux", "sentence",
  "catalyseurs territoriaux que le Fonds ODD 17 doit faire émerger", 2020,
  ["count", "target", "year_from_context", "footnote_glued"])
n(D1, 3, s, "1", "footnote")
s = "Sa préfiguration, lancée en juillet 2018, s'est déroulée en trois étapes."
n(D1, 3, s, "juillet 2018", "date")
f(D1, 3, s, "trois", 3, "count", "étapes", None, None, "étapes de la préfiguration de la Fondation des Territoires",
  2018, ["count", "number_in_words", "year_in_sentence"])
n(D1, 3, "La Fondation a été créée le 14 juin 2022 sous l'égide de la Fondation de Lille.", "14 juin 2022", "date")
f(D1, 3, "Elle réunit 21 co-fondateurs.", "21", 21, "count", "co-fondateurs", "co-fondateurs", "sentence",
  "co-fondateurs de la Fondation des Territoires", 2022, ["count", "year_from_context", "pronoun_subject"])
n(D1, 3, "Pilotée par la Fondation des Territoires, la Charte du faire alliance a été dévoilée le 30 novembre 2021, "
         "jour du Giving Tuesday, à Saint-Maurice.", "30 novembre 2021", "date")
n(D1, 3, "Un communiqué la date du mardi 30 septembre ; nous retenons la date de novembre, confirmée par les "
         "autres sources.", "30 septembre", "date")
s = ("1 Acteurs locaux capables d'animer la co-construction, dans l'esprit de l'ODD 17 dont les 19 cibles servent "
     "de cadre à la démarche.")
n(D1, 3, s, "1", "footnote")
n(D1, 3, s, "ODD 17", "other")
f(D1, 3, s, "19", 19, "count", "cibles", None, None, "cibles de l'ODD 17", None,
  ["count", "footnote_text", "near_non_figure"])
s = "Le RAMEAU — Rapport d'activité 2022 | 3"
n(D1, 3, s, "2022", "year")
n(D1, 3, s, "3", "page number")

# ---- page 4
n(D1, 4, "À l'occasion du FNAF 2019, Gabriel Attal a confié une mission à Cathy Racon-Bouzon et Charles-Benoît "
         "Heidsieck.", "2019", "year")
s = "Leur rapport a été remis le 7 mai 2020, et un bilan a été présenté le 17 octobre 2020."
n(D1, 4, s, "7 mai 2020", "date")
n(D1, 4, s, "17 octobre 2020", "date")
f(D1, 4, "La feuille de route ministérielle qui en découle compte 21 mesures.", "21", 21, "count", "mesures",
  None, None, "mesures de la feuille de route ministérielle", 2020, ["count", "year_from_context"])
s = "ARPEA 2008-2012 10 volets"
n(D1, 4, s, "2008-2012", "year")
f(D1, 4, s, "10", 10, "count", "volets", None, None, "volets du programme ARPEA", "2008-2012",
  ["table", "count", "year_in_row"])
s = "PHARE2 2013-2018 6 volets"
n(D1, 4, s, "2", "footnote")
n(D1, 4, s, "2013-2018", "year")
f(D1, 4, s, "6", 6, "count", "volets", None, None, "volets du programme PHARE", "2013-2018",
  ["table", "count", "year_in_row", "footnote_glued"])
s = "IMPACT 2018-2022 3 axes"
n(D1, 4, s, "2018-2022", "year")
f(D1, 4, s, "3", 3, "count", "axes", None, None, "axes du programme IMPACT", "2018-2022",
  ["table", "count", "year_in_row"])
s = "+ de 500 organisations accompagnées depuis 2006"
f(D1, 4, s, "500", 500, "count", "organisations", "organisations", "sentence",
  "organisations accompagnées par Le RAMEAU", "2006-2022",
  ["key_figure_box", "count", "qualifier", "since_period", "year_in_sentence"])
n(D1, 4, s, "2006", "year")
f(D1, 4, "+ de 1 000 exemples inspirants recensés", "1 000", 1000, "count", "exemples inspirants", None, None,
  "exemples inspirants recensés", None, ["key_figure_box", "count", "qualifier"])
f(D1, 4, "15 ans de recherche empirique", "15 ans", 15, "years", None, None, None,
  "durée de la recherche empirique du RAMEAU", None, ["key_figure_box", "duration", "figure_first"])
f(D1, 4, "5 ans d'étude d'impact", "5 ans", 5, "years", None, None, None, "durée de l'étude d'impact", None,
  ["key_figure_box", "duration", "figure_first"])
s = "2 Certaines présentations font s'achever PHARE en 2017."
n(D1, 4, s, "2", "footnote")
n(D1, 4, s, "2017", "year")
s = "Le RAMEAU — Rapport d'activité 2022 | 4"
n(D1, 4, s, "2022", "year")
n(D1, 4, s, "4", "page number")

# =========================================================================== D2 étude
# ---- page 1
f(D2, 1, "Regards croisés sur deux enquêtes", "deux", 2, "count", "enquêtes", None, None,
  "enquêtes rapprochées par l'étude", None, ["count", "number_in_words", "heading"])
n(D2, 1, "Édition de septembre 2021 · Observatoire des partenariats", "septembre 2021", "date")
s = "98 % des associations employeuses déclarent des partenariats (IMPACT, 2021)."
f(D2, 1, s, "98 %", 98, "%", "associations", "associations employeuses", "sentence", "déclarent des partenariats",
  2021, ["list", "year_in_sentence", "pop_after"])
n(D2, 1, s, "2021", "year")
s = "Les collectivités territoriales sont le partenaire n° 1 : 89 % des associations les citent en 2021."
n(D2, 1, s, "n° 1", "ordinal")
f(D2, 1, s, "89 %", 89, "%", "associations", "associations", "sentence",
  "citent les collectivités territoriales comme partenaires", 2021,
  ["list", "year_in_sentence", "near_non_figure", "pop_after"], actor_alt="associations employeuses")
n(D2, 1, s, "2021", "year")
s = "En 2016, une association comptait en moyenne 2,5 partenaires."
n(D2, 1, s, "2016", "year")
f(D2, 1, s, "2,5", 2.5, "count", "partenaires", "associations", "sentence",
  "nombre moyen de partenaires par association", 2016,
  ["list", "count", "decimal_count", "average", "year_in_sentence"])
s = "L'entreprise reste un partenaire minoritaire : 28 % en 2016."
f(D2, 1, s, "28 %", 28, "%", "associations", "associations", "context",
  "citent l'entreprise comme partenaire", 2016, ["list", "no_population", "year_in_sentence"])
n(D2, 1, s, "2016", "year")
s = ("Cette étude rapproche l'enquête « Associations & Partenariats », conduite par Recherches & Solidarités et "
     "Le RAMEAU en mai-juin 2016 auprès de plus de 1 380 responsables associatifs et publiée en mars 2017, et "
     "l'étude IMPACT – Associations & Territoires (2021), qui porte sur les 148 000 associations employeuses.")
n(D2, 1, s, "mai-juin 2016", "date")
f(D2, 1, s, "1 380", 1380, "people", "responsables associatifs", "responsables associatifs", "sentence",
  "responsables associatifs interrogés (enquête Associations & Partenariats)", 2016,
  ["people", "qualifier", "long_sentence", "several_years_in_sentence"], year_alt=2017)
n(D2, 1, s, "mars 2017", "date")
n(D2, 1, s, "2021", "year")
f(D2, 1, s, "148 000", 148000, "count", "associations", "associations employeuses", "sentence",
  "associations employeuses couvertes par l'étude IMPACT – Associations & Territoires", 2021,
  ["count", "long_sentence", "several_years_in_sentence"])
s = "Les associations et leurs partenaires · septembre 2021 · 1/4"
n(D2, 1, s, "septembre 2021", "date")
n(D2, 1, s, "1/4", "page number")

# ---- page 2
n(D2, 2, "1. Avec qui les associations s'allient-elles ?", "1.", "other")
n(D2, 2, "Tableau 1 – Part des associations citant chaque type de partenaire (en %)", "1", "other")
s = "Type de partenaire Enquête 2016 IMPACT 2021"
n(D2, 2, s, "2016", "year")
n(D2, 2, s, "2021", "year")
TAB1 = [
    ("Collectivités territoriales 74 89", "74", 2016, "les collectivités territoriales"),
    ("Collectivités territoriales 74 89", "89", 2021, "les collectivités territoriales"),
    ("Associations et fondations 72 —", "72", 2016, "des associations et fondations"),
    ("Structures d'intérêt général — 73", "73", 2021, "des structures d'intérêt général"),
    ("Enseignement 47 —", "47", 2016, "l'enseignement"),
    ("Établissements scolaires — 70", "70", 2021, "des établissements scolaires"),
    ("Collectifs d'associations — 56", "56", 2021, "des collectifs d'associations"),
    ("Acteurs publics nationaux — 52", "52", 2021, "des acteurs publics nationaux"),
    ("Fédérations professionnelles — 37", "37", 2021, "des fédérations professionnelles"),
    ("Acteurs académiques — 35", "35", 2021, "des acteurs académiques"),
    ("Recherche 9 —", "9", 2016, "la recherche"),
    ("Entreprises 28 —", "28", 2016, "des entreprises"),
    ("Structures d'insertion 22 —", "22", 2016, "des structures d'insertion"),
]
for row, t, yr, partner in TAB1:
    extra = {"actor_alt": "associations employeuses"} if yr == 2021 else {}
    f(D2, 2, row, t, int(t), "%", "associations", "associations", "table",
      "citent %s comme partenaire" % partner, yr,
      ["table", "unit_from_title", "actor_from_title", "year_from_header"], **extra)
n(D2, 2, "Sources : Recherches & Solidarités et Le RAMEAU (enquête de mai-juin 2016) ; étude IMPACT – "
         "Associations & Territoires (2021).", "mai-juin 2016", "date")
n(D2, 2, "Sources : Recherches & Solidarités et Le RAMEAU (enquête de mai-juin 2016) ; étude IMPACT – "
         "Associations & Territoires (2021).", "2021", "year")
s = "Les associations et leurs partenaires · septembre 2021 · 2/4"
n(D2, 2, s, "septembre 2021", "date")
n(D2, 2, s, "2/4", "page number")

# ---- page 3
n(D2, 3, "2. À quelle échelle ?", "2.", "other")
s = ("Selon l'étude IMPACT, 73 % des associations employeuses nouent des partenariats à l'échelle locale ; "
     "l'échelle régionale vient ensuite, avec 47 %.")
f(D2, 3, s, "73 %", 73, "%", "associations", "associations employeuses", "sentence",
  "nouent des partenariats à l'échelle locale", 2021, ["year_from_source", "multi_same_pop"])
f(D2, 3, s, "47 %", 47, "%", "associations", "associations employeuses", "sentence",
  "nouent des partenariats à l'échelle régionale", 2021, ["year_from_source", "multi_same_pop", "ellipsis"])
n(D2, 3, "Source : étude IMPACT – Associations & Territoires, 2021.", "2021", "year")
s = ("En 2016, la moitié des associations dont le budget dépasse 150 000 € avaient noué un partenariat avec une "
     "entreprise, contre 20 % de celles dont le budget est inférieur à 10 000 €.")
n(D2, 3, s, "2016", "year")
f(D2, 3, s, "la moitié", 50, "%", "associations", "associations dont le budget dépasse 150 000 €", "sentence",
  "ont noué un partenariat avec une entreprise", 2016,
  ["number_in_words", "multi_pop", "threshold_in_sentence", "year_in_sentence"])
n(D2, 3, s, "150 000 €", "threshold")
f(D2, 3, s, "20 %", 20, "%", "associations", "associations dont le budget est inférieur à 10 000 €", "sentence",
  "ont noué un partenariat avec une entreprise", 2016,
  ["multi_pop", "pronoun", "threshold_in_sentence", "year_in_sentence"])
n(D2, 3, s, "10 000 €", "threshold")
s = ("Le programme ARPEA (2008-2012) notait déjà que près de 46 % des associations étaient engagées avec une "
     "entreprise.")
n(D2, 3, s, "2008-2012", "year")
f(D2, 3, s, "46 %", 46, "%", "associations", "associations", "sentence", "engagées avec une entreprise",
  "2008-2012", ["year_in_sentence", "qualifier"])
n(D2, 3, "Éclairage · note du 29 février 2016", "29 février 2016", "date")
s = "37 % des entreprises d'au moins 10 salariés étaient engagées, contre 38 % des associations."
f(D2, 3, s, "37 %", 37, "%", "entreprises", "entreprises d'au moins 10 salariés", "sentence",
  "engagées dans des partenariats", 2016, ["multi_pop", "year_from_header", "threshold_in_sentence"])
n(D2, 3, s, "10", "threshold")
f(D2, 3, s, "38 %", 38, "%", "associations", "associations", "sentence", "engagées dans des partenariats", 2016,
  ["multi_pop", "year_from_header"])
f(D2, 3, "Parmi les associations employeuses, la proportion atteignait 53 %.", "53 %", 53, "%", "associations",
  "associations employeuses", "sentence", "engagées dans des partenariats", 2016, ["parmi", "year_from_header"])
f(D2, 3, "Elle montait à 65 % chez les pionniers.", "65 %", 65, "%", "pionniers", "pionniers", "sentence",
  "engagés dans des partenariats", 2016, ["pop_after", "year_from_header", "pronoun_subject"])
s = "Les associations et leurs partenaires · septembre 2021 · 3/4"
n(D2, 3, s, "septembre 2021", "date")
n(D2, 3, s, "3/4", "page number")

# ---- page 4
n(D2, 4, "3. Pour quoi faire ?", "3.", "other")
s = "Tableau 2 – Objets des partenariats des associations employeuses (IMPACT, 2021)"
n(D2, 4, s, "2", "other")
n(D2, 4, s, "2021", "year")
for row, t, v, obj in [("Mécénat 75 %", "75 %", 75, "le mécénat"),
                       ("Innovation sociétale 73 %", "73 %", 73, "l'innovation sociétale"),
                       ("Pratiques responsables 70 %", "70 %", 70, "les pratiques responsables"),
                       ("Coopération économique 58 %", "58 %", 58, "la coopération économique")]:
    f(D2, 4, row, t, v, "%", "associations", "associations employeuses", "table",
      "ont des partenariats portant sur %s" % obj, 2021, ["table", "actor_from_title", "year_from_header"])
f(D2, 4, "Au total, 98 % des associations employeuses ont des partenariats ; le mécénat en reste le premier "
         "objet, devant l'innovation sociétale.", "98 %", 98, "%", "associations", "associations employeuses",
  "sentence", "ont des partenariats", 2021, ["year_from_context"])
s = ("Enquête 2016 : questionnaire en ligne administré en mai-juin 2016 ; plus de 1 380 responsables associatifs "
     "ont répondu.")
n(D2, 4, s, "2016", "year")
n(D2, 4, s, "mai-juin 2016", "date")
f(D2, 4, s, "1 380", 1380, "people", "responsables associatifs", "responsables associatifs", "sentence",
  "responsables associatifs ayant répondu à l'enquête", 2016, ["people", "qualifier", "year_in_sentence"])
f(D2, 4, "Étude IMPACT : le champ couvre les 148 000 associations employeuses.", "148 000", 148000, "count",
  "associations", "associations employeuses", "sentence", "associations employeuses couvertes par l'étude IMPACT",
  2021, ["count", "year_from_context"])
s = "Moyenne : chaque association de l'enquête 2016 déclarait 2,5 partenaires."
n(D2, 4, s, "2016", "year")
f(D2, 4, s, "2,5", 2.5, "count", "partenaires", "associations", "sentence",
  "nombre moyen de partenaires par association", 2016, ["count", "decimal_count", "average", "year_in_sentence"])
s = "Les associations et leurs partenaires · septembre 2021 · 4/4"
n(D2, 4, s, "septembre 2021", "date")
n(D2, 4, s, "4/4", "page number")

# =========================================================================== D3 diaporama
# ---- slide 1
f(D3, 1, "302 maires interrogés", "302", 302, "people", "maires", "maires", "sentence",
  "maires interrogés (IMPACTS & TRAJECTOIRES – Elus locaux)", 2024,
  ["people", "slide", "figure_first", "year_from_context"])
s = "du 30 septembre au 28 octobre 2024"
n(D3, 1, s, "30 septembre", "date")
n(D3, 1, s, "28 octobre 2024", "date")
s = "Novembre 2024 · 1/4"
n(D3, 1, s, "Novembre 2024", "date")
n(D3, 1, s, "1/4", "page number")
# ---- slides 2-4: footer extracted right after the title
for pg in (2, 3, 4):
    s = "IMPACTS & TRAJECTOIRES – Elus locaux · novembre 2024 %d/4" % pg
    n(D3, pg, s, "novembre 2024", "date")
    n(D3, pg, s, "%d/4" % pg, "page number")
# ---- slide 2
f(D3, 2, "91 % des maires voient leur territoire en mouvement", "91 %", 91, "%", "maires", "maires", "sentence",
  "voient leur territoire en mouvement", 2024, ["slide", "key_figure_box", "year_from_footer"])
f(D3, 2, "dont 35 % « fortement »", "35 %", 35, "%", "maires", "maires", "context",
  "voient leur territoire fortement en mouvement", 2024,
  ["slide", "list", "no_population", "breakdown", "year_from_footer"])
f(D3, 2, "et 56 % « ni plus ni moins »", "56 %", 56, "%", "maires", "maires", "context",
  "voient leur territoire en mouvement « ni plus ni moins »", 2024,
  ["slide", "list", "no_population", "breakdown", "year_from_footer"])
s = "84 % dirigent une commune de moins de 2 000 habitants"
f(D3, 2, s, "84 %", 84, "%", "répondants", "répondants", "context",
  "dirigent une commune de moins de 2 000 habitants", 2024,
  ["slide", "actor_from_heading", "threshold_in_sentence", "year_from_footer"])
n(D3, 2, s, "2 000", "threshold")
f(D3, 2, "Base : 302 maires", "302", 302, "people", "maires", "maires", "sentence",
  "maires interrogés (base de l'enquête)", 2024, ["people", "slide", "year_from_footer"])
# ---- slide 3
n(D3, 3, "IMPACT-Elus locaux · novembre 2020 · Comisis-OpinionWay", "novembre 2020", "date")
f(D3, 3, "64 % des élus locaux veulent s'appuyer sur le « jouer collectif »", "64 %", 64, "%", "élus locaux",
  "élus locaux", "sentence", "veulent s'appuyer sur le « jouer collectif »", 2020,
  ["slide", "year_from_header", "old_figure_in_newer_doc"])
f(D3, 3, "92 % des maires reconnaissent l'utilité de la co-construction", "92 %", 92, "%", "maires", "maires",
  "sentence", "reconnaissent l'utilité de la co-construction", 2020,
  ["slide", "year_from_header", "old_figure_in_newer_doc", "homonym"])
n(D3, 3, "Sortie de crise · 2020", "2020", "year")
s = "81 % des Français et 84 % des dirigeants de TPE & PME jugent la co-construction utile pour rebondir"
f(D3, 3, s, "81 %", 81, "%", "Français", "Français", "sentence",
  "jugent la co-construction utile pour rebondir après la crise", 2020,
  ["slide", "multi_pop", "year_from_header", "homonym", "line_wrap"])
f(D3, 3, s, "84 %", 84, "%", "dirigeants", "dirigeants de TPE & PME", "sentence",
  "jugent la co-construction utile pour rebondir après la crise", 2020,
  ["slide", "multi_pop", "year_from_header", "homonym", "line_wrap"])
# ---- slide 4
n(D3, 4, "2016 · PHARE-Institutions", "2016", "year")
f(D3, 4, "cinq profils de maires identifiés", "cinq", 5, "count", "profils de maires", None, None,
  "profils de maires identifiés par PHARE-Institutions", 2016,
  ["slide", "list", "count", "number_in_words", "year_from_header"])
f(D3, 4, "87 % des maires jugent nécessaire de faire alliance", "87 %", 87, "%", "maires", "maires", "sentence",
  "jugent nécessaire de faire alliance", 2016, ["slide", "list", "year_from_header"])
f(D3, 4, "76 % des maires estiment leur territoire engagé", "76 %", 76, "%", "maires", "maires", "sentence",
  "estiment leur territoire engagé", None, ["slide", "list", "no_year", "programme_impact", "year_header_above"])
f(D3, 4, "mais 46 % ne savent pas piloter ces dynamiques", "46 %", 46, "%", "maires", "maires", "context",
  "ne savent pas piloter ces dynamiques", None,
  ["slide", "list", "no_population", "no_year", "programme_impact"])
n(D3, 4, "2021 · Droit de l'alliance", "2021", "year")
f(D3, 4, "92 % des maires expriment un « besoin d'alliance »", "92 %", 92, "%", "maires", "maires", "sentence",
  "expriment un « besoin d'alliance »", 2021, ["slide", "list", "year_from_header", "homonym"])

# =========================================================================== D4 bulletin
# ---- page 1
s = "BULLETIN DE VEILLE · N° 42 · NOVEMBRE 2020"
n(D4, 1, s, "N° 42", "other")
n(D4, 1, s, "NOVEMBRE 2020", "date")
f(D4, 1, "Pour aider les territoires à jouer collectif en sortie de crise, l'Observatoire a inventorié plus de "
         "250 données.", "250", 250, "count", "données", None, None,
  "données inventoriées pour jouer collectif en sortie de crise", 2020,
  ["count", "qualifier", "year_from_header"])
s = ("Un résultat ressort nettement : 81 % des Français et 84 % des dirigeants de TPE & PME jugent la "
     "co-construction utile à la résilience.")
f(D4, 1, s, "81 %", 81, "%", "Français", "Français", "sentence", "jugent la co-construction utile à la résilience",
  2020, ["multi_pop", "year_from_header", "homonym"])
f(D4, 1, s, "84 %", 84, "%", "dirigeants", "dirigeants de TPE & PME", "sentence",
  "jugent la co-construction utile à la résilience", 2020, ["multi_pop", "year_from_header", "homonym"])
f(D4, 1, "Ces données sont regroupées selon 3 indicateurs : innovation, performance et confiance.", "3", 3,
  "count", "indicateurs", None, None, "indicateurs regroupant les données de sortie de crise", 2020,
  ["count", "year_from_header"])
s = ("Publiée le 23 septembre, l'étude IMPACT Fondations & Territoires repose sur les réponses de 42 "
     "fondations.")
n(D4, 1, s, "23 septembre", "date")
f(D4, 1, s, "42", 42, "count", "fondations", "fondations", "sentence",
  "fondations interrogées (étude IMPACT Fondations & Territoires)", 2020,
  ["count", "year_from_header", "same_number_as_non_figure"])
s = "Le 11e rapport régional de l'Observatoire, consacré à la Normandie, sera publié le 26 novembre."
n(D4, 1, s, "11e", "ordinal")
n(D4, 1, s, "26 novembre", "date")
s = "15 novembre : dossier dans JURIS Associations n°628"
n(D4, 1, s, "15 novembre", "date")
n(D4, 1, s, "n°628", "other")
s = "23 novembre : 3e dîner « Elus & Entreprises »"
n(D4, 1, s, "23 novembre", "date")
n(D4, 1, s, "3e", "ordinal")
s = "26 novembre : 5e webinaire « l'ODD 17 en pratique »"
n(D4, 1, s, "26 novembre", "date")
n(D4, 1, s, "5e", "ordinal")
n(D4, 1, s, "ODD 17", "other")
for pg in (1, 2, 3):
    s = "Bulletin de veille n° 42 · page %d" % pg
    n(D4, pg, s, "n° 42", "other")
    n(D4, pg, s, str(pg), "page number")
# ---- page 2
s = ("1,5 million d'euros C'est la dotation du Fonds ODD 17, co-créé cette année par Le RAMEAU et la Fondation "
     "TotalEnergies pour une expérimentation de trois ans.")
f(D4, 2, s, "1,5 million d'euros", 1500000, "€", None, None, None, "dotation du Fonds ODD 17", 2020,
  ["money", "key_figure_box", "figure_first", "year_from_context"])
n(D4, 2, s, "ODD 17", "other")
f(D4, 2, s, "trois ans", 3, "years", None, None, None, "durée de l'expérimentation du Fonds ODD 17", 2020,
  ["duration", "number_in_words", "key_figure_box", "year_from_context"])
n(D4, 2, "ODD 17 : une note de décryptage", "ODD 17", "other")
s = "Le Comité 21 a publié le 5 juillet la note « ODD 17 : Sens, décryptages, déclinaisons »."
n(D4, 2, s, "Comité 21", "other")
n(D4, 2, s, "5 juillet", "date")
n(D4, 2, s, "ODD 17", "other")
f(D4, 2, "Elle rappelle que cet objectif compte 19 cibles.", "19", 19, "count", "cibles", None, None,
  "cibles de l'ODD 17", None, ["count", "pronoun_subject"])
s = "Lancé en 2018 avec le CGET, le parcours d'expérience rassemble onze territoires pionniers1."
n(D4, 2, s, "2018", "year")
f(D4, 2, s, "onze", 11, "count", "territoires pionniers", "territoires pionniers", "sentence",
  "territoires pionniers du parcours d'expérience CGET", 2018,
  ["count", "number_in_words", "footnote_glued", "conflict", "year_in_sentence"])
n(D4, 2, s, "1", "footnote")
n(D4, 2, "La première session s'est tenue le 3 mai.", "3 mai", "date")
s = ("Initiée en 2010 après l'étude ARPEA-Collectivités locales, la démarche a d'abord été testée dans trois "
     "territoires pilotes : l'Alsace, le Poitou-Charentes et Paris-Est Marne & Bois.")
n(D4, 2, s, "2010", "year")
f(D4, 2, s, "trois", 3, "count", "territoires pilotes", "territoires pilotes", "sentence",
  "territoires pilotes de la démarche « Agir ensemble en Territoire »", 2010,
  ["count", "number_in_words", "year_in_sentence", "homonym"])
s = "1 Une présentation antérieure mentionnait « le CGET et 10 territoires pilotes »."
n(D4, 2, s, "1", "footnote")
f(D4, 2, s, "10", 10, "count", "territoires pilotes", "territoires pilotes", "sentence",
  "territoires pilotes du parcours CGET (présentation antérieure)", None,
  ["count", "footnote_text", "conflict", "homonym"])
# ---- page 3
s = ("En 2008, 86 % des Français jugeaient urgent de créer des partenariats entre associations et entreprises ; "
     "ils étaient encore 84 % en 2012.")
n(D4, 3, s, "2008", "year")
f(D4, 3, s, "86 %", 86, "%", "Français", "Français", "sentence",
  "jugent urgent de créer des partenariats entre associations et entreprises", 2008,
  ["two_years_one_sentence", "year_in_sentence"])
f(D4, 3, s, "84 %", 84, "%", "Français", "Français", "sentence",
  "jugent urgent de créer des partenariats entre associations et entreprises", 2012,
  ["two_years_one_sentence", "year_in_sentence", "pronoun"])
n(D4, 3, s, "2012", "year")
s = ("Côté entreprises, l'étude ARPEA Entreprises & Territoires, parue en janvier 2011, décrivait un paysage "
     "partagé : 21 % développaient des partenariats, 33 % souhaitaient le faire et 46 % ne le souhaitaient pas.")
n(D4, 3, s, "janvier 2011", "date")
for t, v, m in [("21 %", 21, "développent des partenariats"),
                ("33 %", 33, "souhaitent développer des partenariats"),
                ("46 %", 46, "ne souhaitent pas développer de partenariats")]:
    f(D4, 3, s, t, v, "%", "entreprises", "entreprises", "sentence", m, 2011,
      ["multi_same_pop", "pop_before", "year_in_sentence", "long_sentence"])
s = ("Plus tard, le volet PHARE-Citoyens, publié en septembre 2015 après l'interrogation de plus de 2 000 "
     "personnes, établissait que 69 % des Français ressentaient un « devoir d'alliance ».")
n(D4, 3, s, "septembre 2015", "date")
f(D4, 3, s, "2 000", 2000, "people", "personnes", "personnes", "sentence",
  "personnes interrogées (PHARE-Citoyens)", 2015, ["people", "qualifier", "year_in_sentence", "multi_figures"])
f(D4, 3, s, "69 %", 69, "%", "Français", "Français", "sentence", "ressentent un « devoir d'alliance »", 2015,
  ["year_in_sentence", "multi_figures"])
f(D4, 3, "« Ils sont aujourd'hui 74 % à voir dans les partenariats une source d'innovation », souligne le "
         "programme IMPACT.", "74 %", 74, "%", "Français", "Français", "context",
  "voient dans les partenariats une source d'innovation", None,
  ["pronoun", "quote", "no_year", "programme_impact"])

# =========================================================================== D5 fiche chiffres clés
# ---- page 1
n(D5, 1, "FICHE CHIFFRES CLÉS · N° 3", "N° 3", "other")
n(D5, 1, "Volet Citoyens du programme PHARE · résultats de septembre 2015", "septembre 2015", "date")
f(D5, 1, "69 % des Français se sentent un « devoir d'alliance »", "69 %", 69, "%", "Français", "Français",
  "sentence", "ressentent un « devoir d'alliance »", 2015, ["key_figure_box", "year_from_header"])
f(D5, 1, "+ de 2 000 personnes interrogées", "2 000", 2000, "people", "personnes", "personnes", "sentence",
  "personnes interrogées (PHARE-Citoyens)", 2015, ["key_figure_box", "people", "qualifier", "year_from_header"])
f(D5, 1, "7,1/10 note accordée à l'emploi, premier enjeu", "7,1/10", 7.1, "/10", "note", "Français", "context",
  "note accordée à l'emploi", 2015, ["key_figure_box", "mark10", "no_population", "year_from_header"])
f(D5, 1, "49 % voient un impact fort des partenariats sur l'emploi", "49 %", 49, "%", "Français", "Français",
  "context", "voient un impact fort des partenariats sur l'emploi", 2015,
  ["key_figure_box", "no_population", "year_from_header"])
n(D5, 1, "Réalisée en septembre 2015, l'enquête donne la parole aux citoyens sur les enjeux de leur territoire et "
         "sur le rôle qu'ils prêtent aux alliances entre associations, entreprises et pouvoirs publics.",
  "septembre 2015", "date")
for pg in (1, 2, 3):
    s = "Fiche chiffres clés n° 3 · Observatoire des partenariats · page %d" % pg
    n(D5, pg, s, "n° 3", "other")
    n(D5, pg, s, str(pg), "page number")
# ---- page 2
n(D5, 2, "Les enjeux du territoire (septembre 2015)", "septembre 2015", "date")
n(D5, 2, "Note moyenne attribuée par les Français, sur 10", "sur 10", "other")
for row, t, v, enjeu, extra_cases in [
        ("Emploi 7,1", "7,1", 7.1, "l'emploi", []),
        ("Pouvoir d'achat 6,6", "6,6", 6.6, "le pouvoir d'achat", ["homonym"]),
        ("Développement économique 6,5", "6,5", 6.5, "le développement économique", []),
        ("Sécurité1 6,6", "6,6", 6.6, "la sécurité", ["homonym", "footnote_glued", "conflict"]),
        ("Environnement 6,3", "6,3", 6.3, "l'environnement", ["homonym"]),
        ("Exclusion 6,3", "6,3", 6.3, "l'exclusion", ["homonym"])]:
    f(D5, 2, row, t, v, "/10", "note", "Français", "table", "note moyenne attribuée à %s" % enjeu, 2015,
      ["table", "mark10", "unit_from_title", "actor_from_title", "year_from_header"] + extra_cases)
n(D5, 2, "Sécurité1 6,6", "1", "footnote")
for row, t, v, dom in [("Emploi 49 %", "49 %", 49, "l'emploi"),
                       ("Développement économique 46 %", "46 %", 46, "le développement économique"),
                       ("Environnement 42 %", "42 %", 42, "l'environnement"),
                       ("Précarité et éducation 36 %", "36 %", 36, "la précarité et l'éducation")]:
    f(D5, 2, row, t, v, "%", "Français", "Français", "table",
      "jugent fort l'impact des partenariats sur %s" % dom, 2015,
      ["table", "actor_from_title", "year_from_header"])
s = "1 Une autre présentation des résultats attribue à la sécurité une note de 7/10."
n(D5, 2, s, "1", "footnote")
f(D5, 2, s, "7/10", 7, "/10", "note", "Français", "context", "note attribuée à la sécurité (autre présentation)",
  2015, ["mark10", "footnote_text", "conflict", "year_from_header"])
# ---- page 3
s = ("Peu après les citoyens, le volet Entreprises (octobre 2015) montrait que 81 % des dirigeants partageaient ce "
     "sentiment ; en novembre, 86 % des responsables associatifs faisaient de même.")
n(D5, 3, s, "octobre 2015", "date")
f(D5, 3, s, "81 %", 81, "%", "dirigeants", "dirigeants", "sentence", "ressentent un « devoir d'alliance »", 2015,
  ["multi_pop", "year_in_sentence", "measure_from_context"])
f(D5, 3, s, "86 %", 86, "%", "responsables associatifs", "responsables associatifs", "sentence",
  "ressentent un « devoir d'alliance »", 2015, ["multi_pop", "year_from_context", "measure_from_context"])
s = ("Les maires ont été interrogés pour PHARE-Institutions, publié le 29 novembre 2016 : ils sont 87 % à partager "
     "ce constat.")
n(D5, 3, s, "29 novembre 2016", "date")
f(D5, 3, s, "87 %", 87, "%", "maires", "maires", "sentence", "partagent le constat d'un « devoir d'alliance »",
  2016, ["pronoun", "year_in_sentence", "measure_from_context"])
f(D5, 3, "Pour le programme IMPACT, 74 % des Français voient dans les partenariats une source d'innovation.",
  "74 %", 74, "%", "Français", "Français", "sentence", "voient dans les partenariats une source d'innovation",
  None, ["conflict", "no_year", "programme_impact"])
f(D5, 3, "Une autre page consacrée au même programme avance 69 % des citoyens pour cette même question.",
  "69 %", 69, "%", "citoyens", "citoyens", "sentence", "voient dans les partenariats une source d'innovation",
  None, ["conflict", "no_year", "programme_impact", "measure_from_context"])
