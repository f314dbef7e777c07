# -*- coding: utf-8 -*-
"""Hand-written gold items of set Q (figures and non-figures). Checked and written by build_q.py.

F(...) = a figure; N(...) = a number that is not a figure.
Sentences are copied from the pypdf text of the page, whitespace collapsed.
"""

D1 = "obs-q-01-lettre-phare-citoyens.pdf"
D2 = "obs-q-02-diaporama-elus-locaux-2024.pdf"
D3 = "obs-q-03-etude-associations-partenaires.pdf"
D4 = "obs-q-04-fiche-reperes-historique.pdf"
D5 = "obs-q-05-bulletin-faire-alliance.pdf"

FIGURES = []
NOT_FIGURES = []


def F(file, page, sentence, text, value, unit, noun, actor, actor_source, measure, year, cases, **extra):
    d = dict(file=file, page=page, text=text, value=value, unit=unit, noun=noun, actor=actor,
             actor_source=actor_source, measure=measure, year=year, sentence=sentence, cases=cases)
    d.update(extra)
    FIGURES.append(d)


def N(file, page, sentence, text, why, **extra):
    d = dict(file=file, page=page, text=text, sentence=sentence, why=why)
    d.update(extra)
    NOT_FIGURES.append(d)


# =====================================================================================================
# D1 - La Lettre de l'Observatoire, PHARE-Citoyens (octobre 2015), 3 pages
# =====================================================================================================
for p in (1, 2, 3):
    N(D1, p, "La Lettre de l'Observatoire – n° 7", "n° 7", "other")  # issue number in the banner
    N(D1, p, "La Lettre de l'Observatoire · octobre 2015 %d/3" % p, "octobre 2015", "date")
    N(D1, p, "La Lettre de l'Observatoire · octobre 2015 %d/3" % p, "%d/3" % p, "page number")

# ---- D1 p1
N(D1, 1, "Édition d'octobre 2015 – résultats du volet Citoyens", "octobre 2015", "date")
S = "Premier des six volets du programme PHARE1, le volet Citoyens a été publié en septembre 2015."
N(D1, 1, S, "Premier", "ordinal")
N(D1, 1, S, "1", "footnote")
N(D1, 1, S, "septembre 2015", "date")
F(D1, 1, S, "six", 6, "count", "volets", None, None, "nombre de volets du programme PHARE", "2013-2018",
  ["number_in_words", "count", "ordinal_in_sentence", "footnote_glued", "year_from_footnote"])
F(D1, 1, "Plus de 2 000 personnes ont répondu à l'enquête.", "2 000", 2000, "people", "personnes", "personnes",
  "sentence", "nombre de personnes ayant répondu à l'enquête PHARE-Citoyens", 2015,
  ["count", "year_from_context"])
F(D1, 1, "Pour 69 % des Français, s'allier entre associations, entreprises et pouvoirs publics est désormais un "
         "devoir.", "69 %", 69, "%", "Français", "Français", "sentence",
  "part jugeant que s'allier entre associations, entreprises et pouvoirs publics est un devoir (devoir d'alliance)",
  2015, ["pop_after", "year_from_context"],
  also_printed_as=["69 % des Français parlent d'un devoir d'alliance"])
S = ("Sur une échelle de 0 à 10, ils accordent à l'emploi une importance de 7,1/10, devant le pouvoir d'achat "
     "(6,6/10) et le développement économique (6,5/10).")
N(D1, 1, S, "0 à 10", "scale")
F(D1, 1, S, "7,1/10", 7.1, "/10", "note", "Français", "context", "importance accordée à l'emploi", 2015,
  ["mark10", "pronoun", "multi_same_pop", "scale_in_sentence", "year_from_context"])
F(D1, 1, S, "6,6/10", 6.6, "/10", "note", "Français", "context", "importance accordée au pouvoir d'achat", 2015,
  ["mark10", "pronoun", "multi_same_pop", "parenthetical", "year_from_context"])
F(D1, 1, S, "6,5/10", 6.5, "/10", "note", "Français", "context", "importance accordée au développement économique",
  2015, ["mark10", "pronoun", "multi_same_pop", "parenthetical", "year_from_context"])
F(D1, 1, "L'environnement et la lutte contre l'exclusion ferment la marche : 6,3/10 chacun.", "6,3/10", 6.3, "/10",
  "note", "Français", "context",
  "importance accordée à l'environnement et à la lutte contre l'exclusion (même note pour chacun)", 2015,
  ["mark10", "one_value_two_measures", "year_from_context"])
S = ("D'abord l'emploi, cité par 49 % des personnes interrogées, puis le développement économique (46 %).")
F(D1, 1, S, "49 %", 49, "%", "personnes interrogées", "personnes interrogées", "sentence",
  "part jugeant fort l'effet des partenariats sur l'emploi", 2015,
  ["measure_from_context", "multi_same_pop", "pop_after", "year_from_context"])
F(D1, 1, S, "46 %", 46, "%", "personnes interrogées", "personnes interrogées", "sentence",
  "part jugeant fort l'effet des partenariats sur le développement économique", 2015,
  ["measure_from_context", "multi_same_pop", "parenthetical", "ellipsis", "year_from_context"])
S = ("Viennent ensuite l'environnement, 42 %, et, à égalité, la précarité et l'éducation, avec 36 % chacune.")
F(D1, 1, S, "42 %", 42, "%", "personnes interrogées", "personnes interrogées", "context",
  "part jugeant fort l'effet des partenariats sur l'environnement", 2015,
  ["measure_from_context", "actor_from_context", "multi_same_pop", "year_from_context"])
F(D1, 1, S, "36 %", 36, "%", "personnes interrogées", "personnes interrogées", "context",
  "part jugeant fort l'effet des partenariats sur la précarité et sur l'éducation (même part pour chacune)", 2015,
  ["measure_from_context", "actor_from_context", "multi_same_pop", "one_value_two_measures",
   "year_from_context"])
S = "1. PHARE : programme d'études de l'Observatoire des partenariats pour la période 2013-2018."
N(D1, 1, S, "1", "footnote")
N(D1, 1, S, "2013-2018", "year")

# ---- D1 p2
N(D1, 2, "Source : PHARE-Citoyens, septembre 2015", "septembre 2015", "date")
N(D1, 2, "Enjeu Importance (note sur 10) Impact fort des partenariats (% des Français)", "10", "scale")
F(D1, 2, "Emploi 7,1 49 %", "7,1", 7.1, "/10", "note", "Français", "table", "importance accordée à l'emploi",
  2015, ["table", "mark10", "unit_from_header", "year_from_caption"])
F(D1, 2, "Emploi 7,1 49 %", "49 %", 49, "%", "Français", "Français", "table",
  "part jugeant fort l'impact des partenariats sur l'emploi", 2015,
  ["table", "actor_from_header", "year_from_caption"],
  also_printed_as=["Lecture : pour 49 % des Français, les partenariats ont un impact fort sur l'emploi."])
F(D1, 2, "Développement économique 6,5 46 %", "6,5", 6.5, "/10", "note", "Français", "table",
  "importance accordée au développement économique", 2015,
  ["table", "mark10", "unit_from_header", "year_from_caption"])
F(D1, 2, "Développement économique 6,5 46 %", "46 %", 46, "%", "Français", "Français", "table",
  "part jugeant fort l'impact des partenariats sur le développement économique", 2015,
  ["table", "actor_from_header", "year_from_caption"])
F(D1, 2, "Sécurité 6,6 –", "6,6", 6.6, "/10", "note", "Français", "table", "importance accordée à la sécurité",
  2015, ["table", "mark10", "unit_from_header", "year_from_caption", "conflict"])
F(D1, 2, "Environnement 6,3 42 %", "6,3", 6.3, "/10", "note", "Français", "table",
  "importance accordée à l'environnement", 2015, ["table", "mark10", "unit_from_header", "year_from_caption"])
F(D1, 2, "Environnement 6,3 42 %", "42 %", 42, "%", "Français", "Français", "table",
  "part jugeant fort l'impact des partenariats sur l'environnement", 2015,
  ["table", "actor_from_header", "year_from_caption"])
F(D1, 2, "Précarité et éducation – 36 %", "36 %", 36, "%", "Français", "Français", "table",
  "part jugeant fort l'impact des partenariats sur la précarité et l'éducation", 2015,
  ["table", "actor_from_header", "year_from_caption", "one_value_two_measures"])
S = "Le programme PHARE en six volets (2013-2018)"
F(D1, 2, S, "six", 6, "count", "volets", None, None, "nombre de volets du programme PHARE", "2013-2018",
  ["number_in_words", "count", "year_in_sentence", "heading"])
N(D1, 2, S, "2013-2018", "year")
S = "Citoyens : septembre 2015 – 69 % des Français évoquent un devoir d'alliance."
N(D1, 2, S, "septembre 2015", "date")
F(D1, 2, S, "69 %", 69, "%", "Français", "Français", "sentence", "part évoquant un devoir d'alliance", 2015,
  ["list", "date_in_sentence", "pop_after"])
S = "Entreprises : octobre 2015 – 81 % des dirigeants voient dans les partenariats une source d'innovation."
N(D1, 2, S, "octobre 2015", "date")
F(D1, 2, S, "81 %", 81, "%", "dirigeants", "dirigeants", "sentence",
  "part voyant dans les partenariats une source d'innovation", 2015, ["list", "date_in_sentence", "pop_after"])
S = "Associations : novembre 2015 – même constat pour 86 % des responsables associatifs."
N(D1, 2, S, "novembre 2015", "date")
F(D1, 2, S, "86 %", 86, "%", "responsables associatifs", "responsables associatifs", "sentence",
  "part voyant dans les partenariats une source d'innovation (« même constat »)", 2015,
  ["list", "date_in_sentence", "measure_from_context", "pop_after"])
S = "Régions : 13 rapports régionaux en 2016."
F(D1, 2, S, "13", 13, "count", "rapports régionaux", None, None, "nombre de rapports régionaux PHARE", 2016,
  ["list", "count", "year_in_sentence"])
N(D1, 2, S, "2016", "year")
N(D1, 2, "Secteurs : diagnostics sectoriels publiés en juillet 2016.", "juillet 2016", "date")
S = ("Institutions : 29 novembre 2016 – 87 % des maires partagent la conviction des entreprises ; l'étude distingue "
     "5 profils de maires.")
N(D1, 2, S, "29 novembre 2016", "date")
F(D1, 2, S, "87 %", 87, "%", "maires", "maires", "sentence",
  "part voyant dans les partenariats une source d'innovation (« la conviction des entreprises »)", 2016,
  ["list", "date_in_sentence", "measure_from_context", "pop_after", "multi_figures"])
F(D1, 2, S, "5", 5, "count", "profils de maires", None, None, "nombre de profils de maires distingués", 2016,
  ["list", "count", "date_in_sentence", "multi_figures"])

# ---- D1 p3
S = "En 2008, 86 % des Français jugeaient urgent de créer des partenariats ; en 2012, ils étaient encore 84 %."
N(D1, 3, S, "2008", "year")
N(D1, 3, S, "2012", "year")
F(D1, 3, S, "86 %", 86, "%", "Français", "Français", "sentence", "part jugeant urgent de créer des partenariats",
  2008, ["two_years_one_sentence", "year_in_sentence", "year_adjacent_to_figure", "pop_after"])
F(D1, 3, S, "84 %", 84, "%", "Français", "Français", "sentence", "part jugeant urgent de créer des partenariats",
  2012, ["two_years_one_sentence", "year_in_sentence", "pronoun", "ellipsis"])
F(D1, 3, "Échantillon : plus de 2 000 personnes", "2 000", 2000, "people", "personnes", "personnes", "sentence",
  "taille de l'échantillon de l'enquête PHARE-Citoyens", 2015, ["list", "count", "year_from_context", "box"])
N(D1, 3, "Publication : septembre 2015", "septembre 2015", "date")
N(D1, 3, "Questions : importance des enjeux (note de 0 à 10) ; domaines d'impact des partenariats", "0 à 10",
  "scale")
S = ("L'Observatoire des partenariats a été créé en 2008 par la Caisse des Dépôts et Le RAMEAU ; son rapport "
     "quinquennal date du 11 décembre 2012.")
N(D1, 3, S, "2008", "year")
N(D1, 3, S, "11 décembre 2012", "date")

# =====================================================================================================
# D2 - diaporama IMPACTS & TRAJECTOIRES - Elus locaux (novembre 2024), 4 slides
# =====================================================================================================
for p in (1, 2, 3, 4):
    N(D2, p, "%d / 4" % p, "%d / 4" % p, "page number")
SRC2 = "Source : Observatoire des partenariats, IMPACTS & TRAJECTOIRES – Élus locaux (novembre 2024)"
for p in (2, 3, 4):
    N(D2, p, SRC2, "novembre 2024", "date")

# ---- D2 p1
N(D2, 1, "Restitution des résultats · novembre 2024", "novembre 2024", "date")
F(D2, 1, "Une enquête téléphonique auprès de 302 maires", "302", 302, "people", "maires", "maires", "sentence",
  "nombre de maires interrogés", 2024, ["slide", "count", "year_from_context"])

# ---- D2 p2
F(D2, 2, "302 maires interrogés", "302", 302, "people", "maires", "maires", "sentence",
  "nombre de maires interrogés", 2024, ["slide", "count", "figure_first", "year_from_source_line"])
S = "Du 30 septembre au 28 octobre 2024"
N(D2, 2, S, "30 septembre", "date")
N(D2, 2, S, "28 octobre 2024", "date")
S = "84% des répondants : communes de moins de 2 000 habitants"
F(D2, 2, S, "84%", 84, "%", "répondants", "répondants", "sentence",
  "part des répondants maires d'une commune de moins de 2 000 habitants", 2024,
  ["slide", "no_space_unit", "threshold_in_sentence", "year_from_source_line"])
N(D2, 2, S, "2 000", "threshold")

# ---- D2 p3
F(D2, 3, "91% des maires le constatent", "91%", 91, "%", "maires", "maires", "sentence",
  "part jugeant leur territoire en mouvement", 2024,
  ["slide", "key_figure", "no_space_unit", "measure_from_heading", "year_from_source_line"])
F(D2, 3, "35% « fortement »", "35%", 35, "%", "maires", "maires", "context",
  "part jugeant leur territoire fortement en mouvement", 2024,
  ["slide", "no_space_unit", "breakdown", "actor_from_context", "measure_from_heading", "year_from_source_line"])
F(D2, 3, "56% « ni plus ni moins »", "56%", 56, "%", "maires", "maires", "context",
  "part jugeant leur territoire en mouvement « ni plus ni moins »", 2024,
  ["slide", "no_space_unit", "breakdown", "actor_from_context", "measure_from_heading", "year_from_source_line"])

# ---- D2 p4 (table; the slide's source line says 2024 but the rows carry their own dates)
S = "Vouloir s'appuyer sur le « jouer collectif » Élus locaux 64% IMPACT-Élus locaux (nov. 2020)"
F(D2, 4, S, "64%", 64, "%", "élus locaux", "élus locaux", "table",
  "part voulant s'appuyer sur le « jouer collectif »", 2020,
  ["slide", "table", "actor_from_row", "year_in_row", "not_source_line_year", "no_space_unit"])
N(D2, 4, S, "nov. 2020", "date")
S = "Reconnaître l'utilité de la co-construction Maires 92% 3e dîner « Élus & Entreprises »"
F(D2, 4, S, "92%", 92, "%", "maires", "maires", "table", "part reconnaissant l'utilité de la co-construction",
  None, ["slide", "table", "actor_from_row", "ordinal_in_sentence", "not_source_line_year", "no_space_unit"])
N(D2, 4, S, "3e", "ordinal")
S = "Voir les partenariats comme source d'innovation Maires 87% PHARE-Institutions (2016)"
F(D2, 4, S, "87%", 87, "%", "maires", "maires", "table", "part voyant les partenariats comme source d'innovation",
  2016, ["slide", "table", "actor_from_row", "year_in_row", "not_source_line_year", "no_space_unit"])
N(D2, 4, S, "2016", "year")
F(D2, 4, "Juger son territoire engagé Maires 76% Programme IMPACT", "76%", 76, "%", "maires", "maires", "table",
  "part jugeant leur territoire engagé", None,
  ["slide", "table", "actor_from_row", "not_source_line_year", "no_space_unit"])
F(D2, 4, "Ne pas savoir piloter la démarche Maires 46% Programme IMPACT", "46%", 46, "%", "maires", "maires",
  "table", "part ne sachant pas piloter la démarche", None,
  ["slide", "table", "actor_from_row", "not_source_line_year", "no_space_unit"])

# =====================================================================================================
# D3 - synthèse IMPACT - Associations & Territoires (undated study), 4 pages; no-break spaces in numbers
# =====================================================================================================
for p in (1, 2, 3, 4):
    N(D3, p, "Observatoire des partenariats page %d" % p, "page %d" % p, "page number")

# ---- D3 p1
F(D3, 1, "Le champ de l'étude couvre 148 000 associations employeuses.", "148 000", 148000, "count",
  "associations employeuses", "associations employeuses", "sentence",
  "nombre d'associations employeuses couvertes par l'étude", None, ["count", "nbsp_thousands"])
F(D3, 1, "98 % d'entre elles ont des partenariats", "98 %", 98, "%", "associations employeuses",
  "associations employeuses", "context", "part ayant des partenariats", None,
  ["key_figure_box", "pronoun", "figure_first", "nbsp"])
S = ("Cet ancrage est d'abord local : 73 % des associations employeuses situent leurs partenariats à l'échelle de "
     "leur territoire, 47 % à l'échelle régionale.")
F(D3, 1, S, "73 %", 73, "%", "associations employeuses", "associations employeuses", "sentence",
  "part situant leurs partenariats à l'échelle locale", None, ["multi_same_pop", "pop_after", "nbsp"])
F(D3, 1, S, "47 %", 47, "%", "associations employeuses", "associations employeuses", "sentence",
  "part situant leurs partenariats à l'échelle régionale", None, ["multi_same_pop", "ellipsis", "nbsp"])

# ---- D3 p2
N(D3, 2, "1. Avec qui ?", "1", "other")  # section number
N(D3, 2, "Tableau 1 – Part des associations employeuses ayant un partenariat, par type de partenaire", "1",
  "other")  # table number
for row, txt, val, what in [
        ("Collectivités territoriales 89 %", "89 %", 89, "collectivités territoriales"),
        ("Structures d'intérêt général 73 %", "73 %", 73, "structures d'intérêt général"),
        ("Établissements scolaires 70 %", "70 %", 70, "établissements scolaires"),
        ("Collectifs d'associations 56 %", "56 %", 56, "collectifs d'associations"),
        ("Acteurs publics nationaux 52 %", "52 %", 52, "acteurs publics nationaux"),
        ("Fédérations professionnelles 37 %", "37 %", 37, "fédérations professionnelles"),
        ("Acteurs académiques 35 %", "35 %", 35, "acteurs académiques")]:
    extra = {}
    if val == 89:
        extra["also_printed_as"] = ["Lecture : 89 % des associations employeuses ont noué un partenariat avec "
                                    "une collectivité territoriale."]
    F(D3, 2, row, txt, val, "%", "associations employeuses", "associations employeuses", "table",
      "part ayant un partenariat avec : " + what, None,
      ["table", "actor_from_header", "nbsp"], **extra)

# ---- D3 p3 (the 2016 survey, published March 2017)
S = "2. Repères : l'enquête de 2016"
N(D3, 3, S, "2", "other")
N(D3, 3, S, "2016", "year")
S = ("Menée en mai et juin 2016 auprès de plus de 1 380 responsables associatifs par Recherches & Solidarités et "
     "Le RAMEAU, l'enquête Associations & Partenariats dessinait déjà ce paysage.")
N(D3, 3, S, "mai et juin 2016", "date")
F(D3, 3, S, "1 380", 1380, "people", "responsables associatifs", "responsables associatifs", "sentence",
  "nombre de responsables associatifs interrogés (enquête Associations & Partenariats)", 2016,
  ["count", "year_in_sentence", "pop_after", "nbsp_thousands"], year_alt=2017)
F(D3, 3, "Les associations y comptaient en moyenne 2,5 partenaires.", "2,5", 2.5, "count", "partenaires",
  "associations", "sentence", "nombre moyen de partenaires par association", 2016,
  ["count", "decimal_count", "average", "year_from_context"], year_alt=2017)
S = "Tableau 2 – Partenaires cités (enquête 2016)"
N(D3, 3, S, "2", "other")
N(D3, 3, S, "2016", "year")
for row, txt, val, what in [
        ("Collectivités 74 %", "74 %", 74, "collectivités"),
        ("Associations et fondations 72 %", "72 %", 72, "associations et fondations"),
        ("Enseignement 47 %", "47 %", 47, "enseignement"),
        ("Entreprises 28 %", "28 %", 28, "entreprises"),
        ("Structures d'insertion 22 %", "22 %", 22, "structures d'insertion"),
        ("Recherche 9 %", "9 %", 9, "recherche")]:
    F(D3, 3, row, txt, val, "%", "associations", "associations", "table",
      "part citant comme partenaire : " + what, 2016, ["table", "actor_from_header", "year_from_caption", "nbsp"],
      year_alt=2017)
S = ("Le budget fait la différence : 50 % des associations de plus de 150 000 € de budget ont un partenaire "
     "entreprise, contre 20 % de celles qui disposent de moins de 10 000 €.")
F(D3, 3, S, "50 %", 50, "%", "associations", "associations de plus de 150 000 € de budget", "sentence",
  "part ayant un partenaire entreprise", 2016,
  ["multi_pop", "threshold_in_sentence", "money_threshold_nearby", "year_from_heading", "nbsp"], year_alt=2017)
F(D3, 3, S, "20 %", 20, "%", "associations", "associations disposant de moins de 10 000 € de budget", "sentence",
  "part ayant un partenaire entreprise", 2016,
  ["multi_pop", "pronoun", "threshold_in_sentence", "money_threshold_nearby", "year_from_heading", "nbsp"],
  year_alt=2017)
N(D3, 3, S, "150 000 €", "threshold")
N(D3, 3, S, "10 000 €", "threshold")
N(D3, 3, "Source : Recherches & Solidarités et Le RAMEAU, Associations & Partenariats, mars 2017.", "mars 2017",
  "date")

# ---- D3 p4
N(D3, 4, "3. Comment ?", "3", "other")
F(D3, 4, "Quatre formes de partenariat ressortent.", "Quatre", 4, "count", "formes de partenariat", None, None,
  "nombre de formes de partenariat distinguées", None, ["number_in_words", "count"])
for line, txt, val, what in [
        ("mécénat : 75 %", "75 %", 75, "mécénat"),
        ("innovation sociétale : 73 %", "73 %", 73, "innovation sociétale"),
        ("pratiques responsables : 70 %", "70 %", 70, "pratiques responsables"),
        ("coopération économique : 58 %", "58 %", 58, "coopération économique")]:
    F(D3, 4, line, txt, val, "%", "associations employeuses partenaires", "associations employeuses partenaires",
      "context", "part pratiquant ce mode de partenariat : " + what, None,
      ["list", "actor_from_context", "nbsp"])
S = ("La note du 29 février 2016 croisait entreprises et associations : 37 % des entreprises d'au moins 10 salariés "
     "et 38 % des associations déclaraient un partenariat, une part qui atteignait 53 % parmi les associations "
     "employeuses.")
N(D3, 4, S, "29 février 2016", "date")
N(D3, 4, S, "10", "threshold")
F(D3, 4, S, "37 %", 37, "%", "entreprises", "entreprises d'au moins 10 salariés", "sentence",
  "part déclarant un partenariat", 2016,
  ["multi_pop", "threshold_in_sentence", "date_in_sentence", "long_sentence", "nbsp"])
F(D3, 4, S, "38 %", 38, "%", "associations", "associations", "sentence", "part déclarant un partenariat", 2016,
  ["multi_pop", "date_in_sentence", "long_sentence", "nbsp"])
F(D3, 4, S, "53 %", 53, "%", "associations employeuses", "associations employeuses", "sentence",
  "part déclarant un partenariat", 2016, ["multi_pop", "parmi", "date_in_sentence", "long_sentence", "nbsp"])
S = ("Plus tôt, les études ARPEA (2008-2012) estimaient que près de 46 % des associations étaient engagées avec une "
     "entreprise.")
N(D3, 4, S, "2008-2012", "year")
F(D3, 4, S, "46 %", 46, "%", "associations", "associations", "sentence", "part engagée avec une entreprise",
  "2008-2012", ["year_in_sentence", "qualifier_pres_de", "nbsp"])

# =====================================================================================================
# D4 - fiche-repère n° 3, repères historiques (juin 2022), 3 pages
# =====================================================================================================
for p in (1, 2, 3):
    N(D4, p, "FICHE-REPÈRE N° 3", "N° 3", "other")
    N(D4, p, "Le RAMEAU · Observatoire des partenariats · édition de juin 2022 %d" % p, "juin 2022", "date")
    N(D4, p, "Le RAMEAU · Observatoire des partenariats · édition de juin 2022 %d" % p, "%d" % p, "page number")

# ---- D4 p1
N(D4, 1, "Édition de juin 2022", "juin 2022", "date")
N(D4, 1, "Créé en 2006 sous statut associatif d'intérêt général, il se définit comme un « laboratoire de recherche "
         "empirique ».", "2006", "year")
F(D4, 1, "Trois missions, dont celle de témoigner.", "Trois", 3, "count", "missions", None, None,
  "nombre de missions du RAMEAU", None, ["number_in_words", "count", "list"])
F(D4, 1, "Plus de 1.000 exemples inspirants recensés.", "1.000", 1000, "count", "exemples inspirants", None, None,
  "nombre d'exemples inspirants recensés", None, ["count", "list", "dot_thousands"])
S = "Depuis 2006, des expérimentations auprès de plus de 500 organisations."
N(D4, 1, S, "2006", "year")
F(D4, 1, S, "500", 500, "count", "organisations", "organisations", "sentence",
  "nombre d'organisations auprès desquelles des expérimentations ont été menées", "2006-2022",
  ["count", "list", "year_in_sentence", "period_since"])
S = "15 ans de recherche, dont 5 ans d'étude d'impact."
F(D4, 1, S, "15 ans", 15, "years", None, None, None, "durée de recherche du RAMEAU", None,
  ["duration", "list", "figure_first", "multi_figures"])
F(D4, 1, S, "5 ans", 5, "years", None, None, None, "durée d'étude d'impact du RAMEAU", None,
  ["duration", "list", "multi_figures"])
N(D4, 1, "2006 Création du RAMEAU –", "2006", "year")
S = ("2008 Création de l'Observatoire des partenariats1 par la Caisse des Dépôts et Le RAMEAU avec le MEDEF et le "
     "Mouvement associatif")
N(D4, 1, S, "2008", "year")
N(D4, 1, S, "1", "footnote")
S = "2008-2012 Programme ARPEA 10 volets"
N(D4, 1, S, "2008-2012", "year")
F(D4, 1, S, "10", 10, "count", "volets", None, None, "nombre de volets du programme ARPEA", "2008-2012",
  ["table", "count", "year_from_row"])
N(D4, 1, "11/12/2012 Rapport quinquennal –", "11/12/2012", "date")
S = "2013-2018 Programme PHARE 6 volets"
N(D4, 1, S, "2013-2018", "year")
F(D4, 1, S, "6", 6, "count", "volets", None, None, "nombre de volets du programme PHARE", "2013-2018",
  ["table", "count", "year_from_row"])
S = "nov. 2017 Lancement du programme IMPACT (2018-2022) 5 partenaires"
N(D4, 1, S, "nov. 2017", "date")
N(D4, 1, S, "2018-2022", "year")
F(D4, 1, S, "5", 5, "count", "partenaires", "partenaires", "sentence", "nombre de partenaires du programme IMPACT",
  "2018-2022", ["table", "count", "year_from_row", "several_years_in_sentence", "year_adjacent_to_figure"])
S = "1. Des documents de janvier 2011 et de décembre 2012 datent sa création de 2007."
N(D4, 1, S, "1", "footnote")
N(D4, 1, S, "janvier 2011", "date")
N(D4, 1, S, "décembre 2012", "date")
N(D4, 1, S, "2007", "year")

# ---- D4 p2
N(D4, 2, "ARPEA (2008-2012)", "2008-2012", "year")
S = ("Jugée urgente par 86 % des Français en 2008, la création de partenariats l'était encore pour 84 % d'entre eux "
     "en 2012.")
F(D4, 2, S, "86 %", 86, "%", "Français", "Français", "sentence", "part jugeant urgente la création de partenariats",
  2008, ["two_years_one_sentence", "year_in_sentence", "measure_before", "pop_after"])
F(D4, 2, S, "84 %", 84, "%", "Français", "Français", "sentence", "part jugeant urgente la création de partenariats",
  2012, ["two_years_one_sentence", "year_in_sentence", "pronoun"])
N(D4, 2, S, "2008", "year")
N(D4, 2, S, "2012", "year")
N(D4, 2, "ARPEA Entreprises & Territoires – janvier 2011", "janvier 2011", "date")
S = "21 % des entreprises développaient des partenariats ; 33 % souhaitaient s'y engager, 46 % non."
F(D4, 2, S, "21 %", 21, "%", "entreprises", "entreprises", "sentence", "part développant des partenariats", 2011,
  ["multi_same_pop", "figure_first", "year_from_heading"])
F(D4, 2, S, "33 %", 33, "%", "entreprises", "entreprises", "sentence", "part souhaitant développer des partenariats",
  2011, ["multi_same_pop", "ellipsis", "year_from_heading"])
F(D4, 2, S, "46 %", 46, "%", "entreprises", "entreprises", "sentence",
  "part ne souhaitant pas développer de partenariats", 2011,
  ["multi_same_pop", "ellipsis", "negation", "year_from_heading"])
N(D4, 2, "PHARE (2013-2018)", "2013-2018", "year")
S = "Les citoyens d'abord : 69 % évoquaient en 2015 un devoir d'alliance."
F(D4, 2, S, "69 %", 69, "%", "citoyens", "citoyens", "sentence", "part évoquant un devoir d'alliance", 2015,
  ["pop_before", "year_in_sentence", "year_adjacent_to_figure"])
N(D4, 2, S, "2015", "year")
S = "Dans leurs priorités, l'emploi obtenait 7,1/10 et la sécurité 7/10."
F(D4, 2, S, "7,1/10", 7.1, "/10", "note", "citoyens", "context", "importance accordée à l'emploi", 2015,
  ["mark10", "pronoun", "multi_same_pop", "year_from_context"])
F(D4, 2, S, "7/10", 7, "/10", "note", "citoyens", "context", "importance accordée à la sécurité", 2015,
  ["mark10", "pronoun", "multi_same_pop", "conflict", "year_from_context"])
S = "Chez les maires, 87 % voyaient dans les partenariats une source d'innovation (PHARE-Institutions, 2016)."
F(D4, 2, S, "87 %", 87, "%", "maires", "maires", "sentence", "part voyant dans les partenariats une source d'innovation",
  2016, ["pop_before", "year_in_sentence", "parenthetical"])
N(D4, 2, S, "2016", "year")
F(D4, 2, "L'étude PHARE-Institutions identifiait par ailleurs cinq profils de maires.", "cinq", 5, "count",
  "profils de maires", None, None, "nombre de profils de maires identifiés", 2016,
  ["number_in_words", "count", "year_from_context"])

# ---- D4 p3
N(D4, 3, "IMPACT (2018-2022)", "2018-2022", "year")
F(D4, 3, "Le programme s'articule autour de trois axes :", "trois", 3, "count", "axes", None, None, "nombre d'axes du programme IMPACT",
  "2018-2022", ["number_in_words", "count", "year_from_heading"])
F(D4, 3, "Cinq partenaires : Caisse des Dépôts, Institut CDC pour la Recherche, Groupe La Poste, Fondation TOTAL, "
         "Le RAMEAU.", "Cinq", 5, "count", "partenaires", "partenaires", "sentence",
  "nombre de partenaires du programme IMPACT", "2018-2022", ["number_in_words", "count", "year_from_heading"])
S = ("Oui pour 74 % des Français, 81 % des dirigeants d'entreprise, 86 % des responsables associatifs et 87 % des "
     "maires.")
for txt, val, who in [("74 %", 74, "Français"), ("81 %", 81, "dirigeants d'entreprise"),
                      ("86 %", 86, "responsables associatifs"), ("87 %", 87, "maires")]:
    F(D4, 3, S, txt, val, "%", who, who, "sentence", "part voyant dans les partenariats une source d'innovation",
      "2018-2022", ["multi_pop", "pop_after", "measure_from_question", "year_from_heading", "box"])
F(D4, 3, "Une autre présentation du programme donne 69 % pour les citoyens.", "69 %", 69, "%", "citoyens",
  "citoyens", "sentence", "part voyant dans les partenariats une source d'innovation (autre présentation)",
  "2018-2022", ["conflict", "pop_after", "measure_from_context", "year_from_heading", "box"])
S = ("Côté élus, 76 % des maires jugent leur territoire engagé ; pourtant, 46 % d'entre eux ne savent pas piloter "
     "la démarche.")
F(D4, 3, S, "76 %", 76, "%", "maires", "maires", "sentence", "part jugeant leur territoire engagé", "2018-2022",
  ["multi_same_pop", "pop_after", "year_from_heading"])
F(D4, 3, S, "46 %", 46, "%", "maires", "maires", "sentence", "part ne sachant pas piloter la démarche", "2018-2022",
  ["multi_same_pop", "pronoun", "year_from_heading"])

S = ("En 2020, le Fonds ODD 17 a été co-créé avec la Fondation TotalEnergies ; sa dotation d'un million et demi "
     "d'euros finance une expérimentation de trois ans.")
N(D4, 3, S, "2020", "year")
N(D4, 3, S, "ODD 17", "other")
F(D4, 3, S, "un million et demi d'euros", 1500000, "€", None, None, None, "dotation du Fonds ODD 17", 2020,
  ["number_in_words", "money", "year_in_sentence", "multi_figures", "near_non_figure"])
F(D4, 3, S, "trois ans", 3, "years", None, None, None, "durée de l'expérimentation financée par le Fonds ODD 17",
  2020, ["number_in_words", "duration", "year_in_sentence", "multi_figures"])

# =====================================================================================================
# D5 - bulletin de veille n° 12 (juillet 2022), 3 pages
# =====================================================================================================
for p in (1, 2, 3):
    N(D5, p, "Bulletin de veille n° 12 · juillet 2022 %d/3" % p, "n° 12", "other")
    N(D5, p, "Bulletin de veille n° 12 · juillet 2022 %d/3" % p, "juillet 2022", "date")
    N(D5, p, "Bulletin de veille n° 12 · juillet 2022 %d/3" % p, "%d/3" % p, "page number")

# ---- D5 p1
N(D5, 1, "Édition de juillet 2022", "juillet 2022", "date")
F(D5, 1, "Elle s'adosse à trois constats de l'Observatoire :", "trois", 3, "count", "constats", None, None,
  "nombre de constats de l'Observatoire invoqués par la proposition de loi", None, ["number_in_words", "count"])
for line, txt, val, who, what, extra in [
        ("un « devoir d'alliance » pour 81 % des Français ;", "81 %", 81, "Français", "devoir d'alliance", []),
        ("un « besoin d'alliance » pour 92 % des maires ;", "92 %", 92, "maires", "besoin d'alliance", []),
        ("une « envie d'alliance » pour 84 % des dirigeants d'entreprise.", "84 %", 84, "dirigeants d'entreprise",
         "envie d'alliance", [])]:
    F(D5, 1, line, txt, val, "%", {"dirigeants d'entreprise": "dirigeants"}.get(who, who), who, "sentence",
      "part ressentant : « %s »" % what, None, ["list", "pop_after", "measure_before", "homonym"] + extra)
F(D5, 1, "Une feuille de route ministérielle de 21 mesures l'accompagne.", "21", 21, "count", "mesures", None,
  None, "nombre de mesures de la feuille de route ministérielle", None, ["count"])
S = ("Cette initiative prolonge la mission confiée lors du FNAF 2019 par Gabriel Attal ; le rapport a été remis le "
     "7 mai 2020 et un bilan dressé le 17 octobre 2020.")
N(D5, 1, S, "FNAF 2019", "year")
N(D5, 1, S, "7 mai 2020", "date")
N(D5, 1, S, "17 octobre 2020", "date")
N(D5, 1, "Le Fonds ODD 17", "ODD 17", "other")
N(D5, 1, "Le RAMEAU et la Fondation TotalEnergies ont co-créé le fonds en 2020.", "2020", "year")
S = "Sa dotation : 1,5 M€, pour une expérimentation sur 3 ans."
F(D5, 1, S, "1,5 M€", 1500000, "€", None, None, None, "dotation du Fonds ODD 17", 2020,
  ["money", "multi_figures", "year_from_context"])
F(D5, 1, S, "3 ans", 3, "years", None, None, None, "durée de l'expérimentation financée par le Fonds ODD 17", 2020,
  ["duration", "multi_figures", "year_from_context"])
F(D5, 1, "Objectif : mobiliser 350 « catalyseurs territoriaux ».", "350", 350, "count", "catalyseurs territoriaux",
  "catalyseurs territoriaux", "sentence", "nombre de « catalyseurs territoriaux » à mobiliser", 2020,
  ["count", "target", "year_from_context"])
S = "Rappel : l'ODD 17 se décline en 19 cibles."
N(D5, 1, S, "ODD 17", "other")
F(D5, 1, S, "19", 19, "count", "cibles", None, None, "nombre de cibles de l'ODD 17", None,
  ["count", "near_non_figure"])

# ---- D5 p2
N(D5, 2, "Juillet 2018 lancement de la préfiguration", "Juillet 2018", "date")
for k, a, b in [(1, "07/18", "07/19"), (2, "08/19", "11/20"), (3, "12/20", "05/22")]:
    S = "Étape %d %s → %s" % (k, a, b)
    N(D5, 2, S, "%d" % k, "other")  # step number
    N(D5, 2, S, a, "date")
    N(D5, 2, S, b, "date")
N(D5, 2, "14 juin 2022 création sous l'égide de la Fondation de Lille", "14 juin 2022", "date")
S = "21 3 co-fondateurs missions"
F(D5, 2, S, "21", 21, "count", "co-fondateurs", "co-fondateurs", "table",
  "nombre de co-fondateurs de la Fondation des Territoires", 2022,
  ["key_figure_box", "layout", "label_separated", "count", "year_from_context"])
F(D5, 2, S, "3", 3, "count", "missions", None, None, "nombre de missions de la Fondation des Territoires", 2022,
  ["key_figure_box", "layout", "label_separated", "count", "year_from_context"])
F(D5, 2, "Plus de 250 données ont été inventoriées pour éclairer la sortie de crise.", "250", 250, "count",
  "données", None, None, "nombre de données inventoriées pour la sortie de crise", None, ["count"])
S = ("Il en ressort que 81 % des Français et 84 % des dirigeants de TPE et de PME jugent utile de co-construire pour "
     "rendre les territoires plus résilients.")
F(D5, 2, S, "81 %", 81, "%", "Français", "Français", "sentence",
  "part jugeant utile de co-construire pour la résilience des territoires en sortie de crise", None,
  ["multi_pop", "pop_after", "homonym"])
F(D5, 2, S, "84 %", 84, "%", "dirigeants", "dirigeants de TPE et de PME", "sentence",
  "part jugeant utile de co-construire pour la résilience des territoires en sortie de crise", None,
  ["multi_pop", "pop_after", "homonym"])
S = "L'étude IMPACT Fondations & Territoires, publiée le 23 septembre, donne la parole à 42 fondations."
N(D5, 2, S, "23 septembre", "date")
F(D5, 2, S, "42", 42, "count", "fondations", "fondations", "sentence",
  "nombre de fondations interrogées (étude IMPACT Fondations & Territoires)", None,
  ["count", "date_in_sentence"])

# ---- D5 p3
S = ("Pilotée par la Fondation des Territoires, la Charte du faire alliance a été présentée le 30 novembre 2021, jour "
     "du Giving Tuesday, à Saint-Maurice1.")
N(D5, 3, S, "30 novembre 2021", "date")
N(D5, 3, S, "1", "footnote")
S = ("Elle prolonge la démarche « Agir ensemble en Territoire », lancée en 2010 dans trois territoires pilotes : "
     "Alsace, Poitou-Charentes et Paris-Est Marne & Bois.")
N(D5, 3, S, "2010", "year")
F(D5, 3, S, "trois", 3, "count", "territoires pilotes", "territoires pilotes", "sentence",
  "nombre de territoires pilotes de la démarche « Agir ensemble en Territoire »", 2010,
  ["number_in_words", "count", "year_in_sentence"])
S = "Avec le CGET, Le RAMEAU a ouvert un parcours d'expérience à 11 territoires pionniers2."
F(D5, 3, S, "11", 11, "count", "territoires pionniers", "territoires pionniers", "sentence",
  "nombre de territoires pionniers du parcours d'expérience CGET - Le RAMEAU", None,
  ["count", "conflict", "footnote_glued", "near_ordinal_same_value"])
N(D5, 3, S, "2", "footnote")
S = "15 nov. · dossier JURIS Associations n°628"
N(D5, 3, S, "15 nov.", "date")
N(D5, 3, S, "n°628", "other")
S = "23 nov. · 3e dîner « Élus & Entreprises »"
N(D5, 3, S, "23 nov.", "date")
N(D5, 3, S, "3e", "ordinal")
S = "26 nov. · 11e rapport régional : Normandie"
N(D5, 3, S, "26 nov.", "date")
N(D5, 3, S, "11e", "ordinal")
S = "26 nov. · 5e webinaire « l'ODD 17 en pratique »"
N(D5, 3, S, "26 nov.", "date")
N(D5, 3, S, "5e", "ordinal")
N(D5, 3, S, "ODD 17", "other")
S = "1. Un communiqué ministériel la date du « mardi 30 septembre »."
N(D5, 3, S, "1", "footnote")
N(D5, 3, S, "mardi 30 septembre", "date")
S = "2. Une autre source parle de 10 territoires pilotes."
N(D5, 3, S, "2", "footnote")
F(D5, 3, S, "10", 10, "count", "territoires pilotes", "territoires pilotes", "sentence",
  "nombre de territoires pilotes du parcours CGET - Le RAMEAU (autre source)", None,
  ["count", "conflict", "footnote_text"])
