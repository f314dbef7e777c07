"""Hand-written gold items of figure-finder set R.

F(...) = a figure (figures-r.jsonl), N(...) = a number that is not a figure (not_figures-r.jsonl).
`sentence` is copied from the pypdf extract_text() of the page, whitespace collapsed
(" ".join(t.split())); `text` is the figure as printed, inside `sentence`.
Checked and written by build_r.py.
"""

DOCS = {
    1: "obs-r-01-lettre-maires-jouer-collectif.pdf",
    2: "obs-r-02-diaporama-faire-alliance.pdf",
    3: "obs-r-03-synthese-qui-s-allie-avec-qui.pdf",
    4: "obs-r-04-fiche-repere-faire-alliance-territoire.pdf",
    5: "obs-r-05-bulletin-phare-2016.pdf",
}

FIGURES = []
NONFIGS = []


def F(doc, page, text, value, unit, noun, actor, actor_source, measure, year, sentence, cases,
      also=None, year_alt=None):
    """also = list of (printed line on the same page, figure text inside that line)."""
    FIGURES.append(dict(doc=doc, page=page, text=text, value=value, unit=unit, noun=noun, actor=actor,
                        actor_source=actor_source, measure=measure, year=year, sentence=sentence,
                        cases=cases, also=also or [], year_alt=year_alt))


def N(doc, page, text, sentence, why):
    NONFIGS.append(dict(doc=doc, page=page, text=text, sentence=sentence, why=why))


# =============================================================================================
# 01 - La Lettre de l'Observatoire n° 14, décembre 2024 (newsletter, 3 pages)
# =============================================================================================
def chrome01(p):
    banner = "LA LETTRE DE L'OBSERVATOIRE DES PARTENARIATS N° 14 · décembre 2024"
    footer = f"La Lettre de l'Observatoire · n° 14 · décembre 2024 page {p} sur 3"
    N(1, p, "N° 14", banner, "other")
    N(1, p, "décembre 2024", banner, "date")
    N(1, p, "n° 14", footer, "other")
    N(1, p, "décembre 2024", footer, "date")
    N(1, p, f"page {p} sur 3", footer, "page number")


for _p in (1, 2, 3):
    chrome01(_p)

# ---- page 1
N(1, 1, "premiers", "Les maires, premiers artisans du jouer collectif", "ordinal")
N(1, 1, "novembre 2024", "Elus locaux, publiée en novembre 2024", "date")
N(1, 1, "30 septembre", "Du 30 septembre au 28 octobre 2024, 302 maires", "date")
N(1, 1, "28 octobre 2024", "Du 30 septembre au 28 octobre 2024, 302 maires", "date")
F(1, 1, "302", 302, "people", "maires", "maires", "sentence",
  "maires ayant répondu par téléphone à l'enquête", 2024,
  "Du 30 septembre au 28 octobre 2024, 302 maires ont répondu par téléphone aux questions de l'Observatoire.",
  ["count", "pop_after", "date_in_sentence", "year_in_sentence", "year_adjacent_to_figure"])
F(1, 1, "91 %", 91, "%", "maires", "maires", "context",
  "part décrivant leur territoire comme « en mouvement »", 2024,
  "Ils sont 91 % à décrire leur territoire comme « en mouvement ».",
  ["pronoun", "actor_from_context", "year_from_context", "key_figure_box"],
  also=[("EN UN CHIFFRE 91 % des maires voient leur territoire en mouvement", "91 %")])
F(1, 1, "35 %", 35, "%", "maires", "maires", "context",
  "part jugeant fort le mouvement de leur territoire", 2024,
  "Pour 35 % d'entre eux, ce mouvement est fort ;",
  ["pronoun", "actor_from_context", "year_from_context", "breakdown", "measure_from_context"])
F(1, 1, "56 %", 56, "%", "maires", "maires", "context",
  "part jugeant le mouvement ni plus ni moins marqué qu'auparavant", 2024,
  "56 % le jugent ni plus ni moins marqué qu'auparavant.",
  ["ellipsis", "actor_from_context", "year_from_context", "breakdown", "figure_first"])
F(1, 1, "84%", 84, "%", "répondants", "répondants", "sentence",
  "part étant maires d'une commune de moins de 2 000 habitants", 2024,
  "84% des répondants sont maires d'une commune de moins de 2 000 habitants.",
  ["no_space_unit", "pop_after", "threshold_in_sentence", "year_from_context"])
N(1, 1, "2 000", "84% des répondants sont maires d'une commune de moins de 2 000 habitants.", "threshold")
N(1, 1, "novembre 2020", "En novembre 2020 déjà, l'étude IMPACT-Elus locaux", "date")
F(1, 1, "64 %", 64, "%", "élus", "élus locaux", "sentence",
  "part voulant s'appuyer sur le « jouer collectif »", 2020,
  "En novembre 2020 déjà, l'étude IMPACT-Elus locaux montrait que 64 % des élus locaux voulaient s'appuyer sur le « jouer collectif ».",
  ["pop_after", "date_in_sentence", "year_in_sentence", "old_figure_in_newer_doc"])
F(1, 1, "92 %", 92, "%", "maires", "maires", "sentence",
  "part reconnaissant l'utilité de la co-construction", 2020,
  "Du côté des maires, ils étaient 92 % à reconnaître l'utilité de la co-construction1.",
  ["pop_before", "pronoun", "year_from_context", "footnote_glued", "old_figure_in_newer_doc"])
N(1, 1, "1", "Du côté des maires, ils étaient 92 % à reconnaître l'utilité de la co-construction1.", "footnote")
N(1, 1, "1", "1 Chiffres repris par la fiche-repère", "footnote")
N(1, 1, "nov. 2020", "(Comisis-OpinionWay, nov. 2020)", "date")

# ---- page 2
F(1, 2, "76 %", 76, "%", "maires", "maires", "context",
  "part jugeant leur territoire engagé", None,
  "Une large majorité : 76 %, selon le programme IMPACT.",
  ["measure_from_question", "actor_from_context", "no_year_impact"])
F(1, 2, "46 %", 46, "%", "maires", "maires", "context",
  "part ne sachant pas piloter la dynamique de leur territoire", None,
  "Mais 46 % d'entre eux ne savent pas comment piloter cette dynamique.",
  ["pronoun", "actor_from_context", "key_figure_box", "no_year_impact"],
  also=[("LE CHIFFRE QUI INTERPELLE 46 % des maires ne savent pas piloter la dynamique de leur territoire",
         "46 %")])
_innov = ("Les partenariats sont une source d'innovation pour 74 % des Français, 81 % des dirigeants "
          "d'entreprise, 86 % des responsables associatifs et 87 % des maires.")
F(1, 2, "74 %", 74, "%", "Français", "Français", "sentence",
  "part voyant dans les partenariats une source d'innovation", None, _innov,
  ["multi_pop", "pop_after", "long_sentence", "conflict", "no_year_impact"])
F(1, 2, "81 %", 81, "%", "dirigeants", "dirigeants d'entreprise", "sentence",
  "part voyant dans les partenariats une source d'innovation", None, _innov,
  ["multi_pop", "pop_after", "long_sentence", "ellipsis", "no_year_impact"])
F(1, 2, "86 %", 86, "%", "responsables", "responsables associatifs", "sentence",
  "part voyant dans les partenariats une source d'innovation", None, _innov,
  ["multi_pop", "pop_after", "long_sentence", "ellipsis", "no_year_impact"])
F(1, 2, "87 %", 87, "%", "maires", "maires", "sentence",
  "part voyant dans les partenariats une source d'innovation", None, _innov,
  ["multi_pop", "pop_after", "long_sentence", "ellipsis", "no_year_impact"])
N(1, 2, "2008", "Créé en 2008 par la Caisse des Dépôts et Le RAMEAU, il observe", "year")
F(1, 2, "1.000", 1000, "count", "exemples inspirants", None, None,
  "exemples inspirants recensés par Le RAMEAU", None,
  "Le RAMEAU, lui, a recensé plus de 1.000 exemples inspirants.",
  ["count", "dot_thousands", "qualifier_plus_de", "near_non_figure"])
N(1, 2, "ODD 17", "le Fonds ODD 17, créé en 2020, soutient", "other")
N(1, 2, "2020", "le Fonds ODD 17, créé en 2020, soutient", "year")

# ---- page 3
F(1, 3, "148 000", 148000, "count", "associations employeuses", "associations employeuses", "sentence",
  "associations employeuses recensées", None,
  "L'étude IMPACT – Associations & Territoires recense 148 000 associations employeuses, et 98 % d'entre elles ont des partenariats.",
  ["count", "nbsp_thousands", "multi_figures", "undated_study"])
F(1, 3, "98 %", 98, "%", "associations", "associations employeuses", "sentence",
  "part ayant des partenariats", None,
  "L'étude IMPACT – Associations & Territoires recense 148 000 associations employeuses, et 98 % d'entre elles ont des partenariats.",
  ["pronoun", "multi_figures", "undated_study"])
F(1, 3, "89 %", 89, "%", "associations", "associations employeuses", "context",
  "part ayant les collectivités pour partenaire", None,
  "• les collectivités sont un partenaire pour 89 % d'entre elles ;",
  ["list", "pronoun", "actor_from_context", "undated_study"])
F(1, 3, "73 %", 73, "%", "associations", "associations employeuses", "context",
  "part inscrivant leurs partenariats à l'échelle locale", None,
  "• 73 % inscrivent leurs partenariats à l'échelle locale ;",
  ["list", "actor_from_context", "figure_first", "undated_study"])
F(1, 3, "47 %", 47, "%", "associations", "associations employeuses", "context",
  "part inscrivant leurs partenariats à l'échelle régionale", None,
  "• 47 %, à l'échelle régionale.",
  ["list", "ellipsis", "actor_from_context", "measure_from_context", "undated_study"])
N(1, 3, "premier", "le territoire le premier espace d'alliance.", "ordinal")
F(1, 3, "302", 302, "people", "maires", "maires", "sentence",
  "maires interrogés par téléphone", 2024,
  "Enquête IMPACTS & TRAJECTOIRES – Elus locaux : 302 maires interrogés par téléphone, du 30 sept. au 28 oct. 2024, par l'Observatoire des partenariats.",
  ["count", "box", "pop_after", "date_in_sentence", "year_in_sentence"])
N(1, 3, "30 sept.", "par téléphone, du 30 sept. au 28 oct. 2024, par", "date")
N(1, 3, "28 oct. 2024", "par téléphone, du 30 sept. au 28 oct. 2024, par", "date")
N(1, 3, "n° 15", "Prochain numéro : n° 15, mars 2025.", "other")
N(1, 3, "mars 2025", "Prochain numéro : n° 15, mars 2025.", "date")

# =============================================================================================
# 02 - diaporama « Faire alliance : ce que disent les chiffres » (4 slides, 30 novembre 2021)
# =============================================================================================
# ---- slide 1
N(2, 1, "30 novembre 2021", "Saint-Maurice · 30 novembre 2021", "date")
N(2, 1, "2006", "Depuis 2006, Le RAMEAU a mené", "year")
F(2, 1, "500", 500, "count", "organisations", "organisations", "sentence",
  "organisations ayant expérimenté avec Le RAMEAU", "2006-2021",
  "Depuis 2006, Le RAMEAU a mené des expérimentations auprès de plus de 500 organisations.",
  ["count", "slide", "period_since", "qualifier_plus_de", "year_in_sentence"])
N(2, 1, "1 / 4", "organisations. 1 / 4", "page number")

# ---- slide 2
N(2, 2, "2 / 4", "enfin reconnu » 2 / 4", "page number")
F(2, 2, "81 %", 81, "%", "Français", "Français", "sentence",
  "part jugeant que s'allier est un devoir", None,
  "81 % des Français jugent que s'allier est un devoir",
  ["slide", "key_figure", "pop_after", "homonym", "source_line_without_year"])
F(2, 2, "92 %", 92, "%", "maires", "maires", "sentence",
  "part exprimant un besoin d'alliance", None,
  "92 % des maires expriment un besoin d'alliance",
  ["slide", "key_figure", "pop_after", "source_line_without_year"])
F(2, 2, "84%", 84, "%", "dirigeants", "dirigeants d'entreprise", "sentence",
  "part ayant envie d'alliance", None,
  "84% des dirigeants d'entreprise disent avoir envie d'alliance",
  ["slide", "key_figure", "pop_after", "no_space_unit", "homonym", "source_line_without_year"])

# ---- slide 3
N(2, 3, "septembre 2015", "Source : Observatoire des partenariats, PHARE-Citoyens, septembre 2015", "date")
N(2, 3, "3 / 4", "septembre 2015 3 / 4", "page number")
N(2, 3, "10", "Importance des enjeux (note sur 10)", "scale")
_s3 = ["slide", "table", "mark10", "unit_from_header", "actor_from_context", "year_from_source_line"]
F(2, 3, "7,1", 7.1, "/10", "note", "Français", "context", "note d'importance de l'emploi", 2015,
  "Emploi 7,1", _s3)
F(2, 3, "7", 7, "/10", "note", "Français", "context", "note d'importance de la sécurité", 2015,
  "Sécurité 7", _s3 + ["conflict"])
F(2, 3, "6,6", 6.6, "/10", "note", "Français", "context", "note d'importance du pouvoir d'achat", 2015,
  "Pouvoir d'achat 6,6", _s3)
F(2, 3, "6,5", 6.5, "/10", "note", "Français", "context", "note d'importance du développement économique", 2015,
  "Développement économique 6,5", _s3)
F(2, 3, "6,3", 6.3, "/10", "note", "Français", "context",
  "note d'importance de l'environnement et de l'exclusion", 2015,
  "Environnement, exclusion 6,3", _s3 + ["one_value_two_measures"])
_s3b = ["slide", "table", "measure_from_heading", "actor_from_context", "year_from_source_line"]
F(2, 3, "49 %", 49, "%", "Français", "Français", "context",
  "part attendant des partenariats un impact fort sur l'emploi", 2015, "Emploi 49 %", _s3b)
F(2, 3, "46 %", 46, "%", "Français", "Français", "context",
  "part attendant des partenariats un impact fort sur le développement économique", 2015,
  "Développement économique 46 %", _s3b)
F(2, 3, "42 %", 42, "%", "Français", "Français", "context",
  "part attendant des partenariats un impact fort sur l'environnement", 2015, "Environnement 42 %", _s3b)
F(2, 3, "36 %", 36, "%", "Français", "Français", "context",
  "part attendant un impact fort sur la précarité et l'éducation", 2015,
  "Précarité, éducation 36 %", _s3b + ["one_value_two_measures"])
F(2, 3, "2 000", 2000, "people", "Français", "Français", "sentence", "Français interrogés", 2015,
  "Plus de 2 000 Français interrogés",
  ["count", "slide", "nbsp_thousands", "qualifier_plus_de", "year_from_source_line"])

# ---- slide 4
N(2, 4, "2020", "« Sortie de crise : des données pour agir », 2020", "year")
N(2, 4, "4 / 4", "2020 4 / 4", "page number")
N(2, 4, "Covid-19", "rebondir après la crise de la Covid-19 ?", "other")
F(2, 4, "81 %", 81, "%", "Français", "Français", "sentence",
  "part jugeant la co-construction utile pour rebondir après la crise", 2020,
  "Oui pour 81 % des Français",
  ["slide", "measure_from_question", "pop_after", "homonym", "year_from_source_line"])
F(2, 4, "84 %", 84, "%", "dirigeants", "dirigeants de TPE & PME", "sentence",
  "part jugeant la co-construction utile pour rebondir après la crise", 2020,
  "Oui pour 84 % des dirigeants de TPE & PME",
  ["slide", "measure_from_question", "pop_after", "homonym", "year_from_source_line"])
F(2, 4, "250", 250, "count", "données", None, None,
  "données inventoriées pour agir après la crise", 2020,
  "+ de 250 données inventoriées pour agir vite et bien",
  ["count", "slide", "qualifier_plus_de", "year_from_source_line"])
N(2, 4, "2018-2022", "Le programme IMPACT (2018-2022) suit trois indicateurs", "year")
F(2, 4, "trois", 3, "count", "indicateurs", None, None,
  "indicateurs suivis par le programme IMPACT", "2018-2022",
  "Le programme IMPACT (2018-2022) suit trois indicateurs : innovation, performance, confiance.",
  ["count", "slide", "number_in_words", "year_in_sentence"])

# =============================================================================================
# 03 - synthèse d'études « Qui s'allie avec qui ? », juin 2022 (4 pages, tables)
# =============================================================================================
for _p in (1, 2, 3, 4):
    N(3, _p, "juin 2022", "Observatoire des partenariats · Synthèse d'études · juin 2022", "date")
    N(3, _p, "page %d" % _p, "page %d" % _p, "page number")

# ---- page 1
N(3, 1, "2011", "ses partenaires depuis 2011.", "year")
N(3, 1, "1", "1. Les partenaires des associations – p. 2", "other")
N(3, 1, "p. 2", "1. Les partenaires des associations – p. 2", "page number")
N(3, 1, "2", "2. Entreprises et associations engagées – p. 3", "other")
N(3, 1, "p. 3", "2. Entreprises et associations engagées – p. 3", "page number")
N(3, 1, "3", "3. Regards sur le long terme – p. 4", "other")
N(3, 1, "p. 4", "3. Regards sur le long terme – p. 4", "page number")
_box3 = ("148 000 98 % 2,5 associations employeuses d'entre elles ont des partenariats partenaires par "
         "association, en moyenne")
F(3, 1, "148 000", 148000, "count", "associations employeuses", "associations employeuses", "table",
  "associations employeuses recensées par l'étude IMPACT", None, _box3,
  ["count", "key_figure_box", "layout", "label_separated", "nbsp_thousands", "undated_study"])
F(3, 1, "98 %", 98, "%", "associations", "associations employeuses", "table",
  "part ayant des partenariats", None, _box3,
  ["key_figure_box", "layout", "label_separated", "pronoun", "undated_study"])
F(3, 1, "2,5", 2.5, "count", "partenaires", "associations", "table",
  "nombre moyen de partenaires par association", 2016, _box3,
  ["count", "key_figure_box", "layout", "label_separated", "decimal_count", "average", "year_from_caption"],
  year_alt=2017)
N(3, 1, "2016", "enquête Associations & Partenariats de 2016.", "year")

# ---- page 2
N(3, 2, "1", "1. Les partenaires des associations", "other")
N(3, 2, "mai et juin 2016", "a été conduite en mai et juin 2016 par Recherches", "date")
F(3, 2, "1 380", 1380, "people", "responsables associatifs", "responsables associatifs", "sentence",
  "responsables associatifs interrogés dans l'enquête Associations & Partenariats", 2016,
  "auprès de plus de 1 380 responsables associatifs.",
  ["count", "nbsp_thousands", "qualifier_plus_de", "year_from_context", "pop_after"], year_alt=2017)
N(3, 2, "mars 2017", "Ses résultats ont été publiés en mars 2017.", "date")
F(3, 2, "2,5", 2.5, "count", "partenaires", "associations", "sentence",
  "nombre moyen de partenaires par association", 2016,
  "En moyenne, une association travaille avec 2,5 partenaires.",
  ["count", "decimal_count", "average", "year_from_context"], year_alt=2017)
N(3, 2, "1", "Le tableau 1 détaille leur nature.", "other")
_t1 = ["table", "unit_from_header", "actor_from_header", "year_from_caption"]
F(3, 2, "74", 74, "%", "associations", "associations", "table",
  "part ayant des collectivités territoriales pour partenaire", 2016,
  "Collectivités territoriales 74", _t1, year_alt=2017)
F(3, 2, "72", 72, "%", "associations", "associations", "table",
  "part ayant des associations et fondations pour partenaire", 2016,
  "Associations et fondations 72", _t1, year_alt=2017)
F(3, 2, "47", 47, "%", "associations", "associations", "table",
  "part ayant des établissements d'enseignement pour partenaire", 2016,
  "Établissements d'enseignement 47", _t1, year_alt=2017)
F(3, 2, "28", 28, "%", "associations", "associations", "table",
  "part ayant des entreprises pour partenaire", 2016,
  "Entreprises 28", _t1, year_alt=2017)
F(3, 2, "22", 22, "%", "associations", "associations", "table",
  "part ayant des structures d'insertion pour partenaire", 2016,
  "Structures d'insertion 22", _t1, year_alt=2017)
F(3, 2, "9", 9, "%", "associations", "associations", "table",
  "part ayant des organismes de recherche pour partenaire", 2016,
  "Organismes de recherche 9", _t1, year_alt=2017)
N(3, 2, "1", "Tableau 1 – Partenaires cités par les responsables associatifs", "other")
N(3, 2, "mai-juin 2016", "enquête de mai-juin 2016.", "date")
_budget = ("50 % des associations dont le budget dépasse 150 000 € ont un partenariat avec une entreprise, "
           "contre 20 % de celles dont le budget est inférieur à 10 000 €.")
F(3, 2, "50 %", 50, "%", "associations", "associations dont le budget dépasse 150 000 €", "sentence",
  "part ayant un partenariat avec une entreprise", 2016, _budget,
  ["multi_pop", "pop_after", "threshold_in_sentence", "money_threshold_nearby", "year_from_context"],
  year_alt=2017)
F(3, 2, "20 %", 20, "%", "associations", "associations dont le budget est inférieur à 10 000 €", "sentence",
  "part ayant un partenariat avec une entreprise", 2016, _budget,
  ["multi_pop", "pronoun", "ellipsis", "threshold_in_sentence", "money_threshold_nearby", "year_from_context"],
  year_alt=2017)
N(3, 2, "150 000 €", _budget, "threshold")
N(3, 2, "10 000 €", _budget, "threshold")

# ---- page 3
N(3, 3, "2", "2. Entreprises et associations engagées", "other")
N(3, 3, "29 février 2016", "Une note du 29 février 2016 compare", "date")
N(3, 3, "2", "(tableau 2)", "other")
N(3, 3, "10", "Entreprises d'au moins 10 salariés", "threshold")
_t2s = "Part engagée dans un partenariat 37 % 38 % 53 %"
_t2 = ["table", "actor_from_header", "multi_pop", "year_from_caption"]
F(3, 3, "37 %", 37, "%", "entreprises", "entreprises d'au moins 10 salariés", "table",
  "part engagée dans un partenariat", 2016, _t2s, _t2 + ["threshold_in_header"])
F(3, 3, "38 %", 38, "%", "associations", "associations", "table",
  "part engagée dans un partenariat", 2016, _t2s, _t2)
F(3, 3, "53 %", 53, "%", "associations", "associations employeuses", "table",
  "part engagée dans un partenariat", 2016, _t2s, _t2)
N(3, 3, "2", "Tableau 2 – Part des acteurs engagés", "other")
N(3, 3, "29 février 2016", "dans un partenariat, note du 29 février 2016.", "date")
F(3, 3, "65 %", 65, "%", "pionniers", "pionniers", "sentence",
  "part engagée dans un partenariat", 2016,
  "Chez les pionniers, cette part atteint 65 %.",
  ["measure_from_context", "pop_before", "year_from_context"])
N(3, 3, "janvier 2011", "publiée en janvier 2011, dressait", "date")
N(3, 3, "premier", "dressait un premier état des lieux", "ordinal")
_t3 = ["table", "actor_from_header", "year_from_caption", "measure_from_row"]
F(3, 3, "21 %", 21, "%", "entreprises", "entreprises", "table",
  "part développant des partenariats", 2011, "Développent des partenariats 21 %", _t3)
F(3, 3, "33 %", 33, "%", "entreprises", "entreprises", "table",
  "part souhaitant développer des partenariats", 2011, "Souhaitent en développer 33 %", _t3)
F(3, 3, "46 %", 46, "%", "entreprises", "entreprises", "table",
  "part ne souhaitant pas développer de partenariats", 2011, "Ne le souhaitent pas 46 %", _t3 + ["negation"])
N(3, 3, "3", "Tableau 3 – Étude ARPEA Entreprises & Territoires, janvier 2011.", "other")
N(3, 3, "janvier 2011", "Tableau 3 – Étude ARPEA Entreprises & Territoires, janvier 2011.", "date")
_forms = ("le mécénat arrive en tête (75 %), devant l'innovation sociétale (73 %), les pratiques responsables "
          "(70 %) et la coopération économique (58 %).")
_f = ["parenthetical", "multi_same_pop", "pop_before", "long_sentence", "undated_study"]
F(3, 3, "75 %", 75, "%", "associations", "associations employeuses", "sentence",
  "part ayant des partenariats de mécénat", None, _forms, _f)
F(3, 3, "73 %", 73, "%", "associations", "associations employeuses", "sentence",
  "part ayant des partenariats d'innovation sociétale", None, _forms, _f)
F(3, 3, "70 %", 70, "%", "associations", "associations employeuses", "sentence",
  "part ayant des partenariats de pratiques responsables", None, _forms, _f)
F(3, 3, "58 %", 58, "%", "associations", "associations employeuses", "sentence",
  "part ayant des partenariats de coopération économique", None, _forms, _f)

# ---- page 4
N(3, 4, "3", "3. Regards sur le long terme", "other")
_l4 = ["list", "actor_from_context", "measure_from_heading", "undated_study"]
F(3, 4, "89 %", 89, "%", "associations", "associations employeuses", "context",
  "part ayant les collectivités pour partenaire", None, "› collectivités : 89 %", _l4)
F(3, 4, "73 %", 73, "%", "associations", "associations employeuses", "context",
  "part ayant des structures d'intérêt général pour partenaire", None,
  "› structures d'intérêt général : 73 %", _l4)
F(3, 4, "70 %", 70, "%", "associations", "associations employeuses", "context",
  "part ayant des établissements scolaires pour partenaire", None,
  "› établissements scolaires : 70 %", _l4)
F(3, 4, "56 %", 56, "%", "associations", "associations employeuses", "context",
  "part ayant des collectifs d'associations pour partenaire", None,
  "› collectifs d'associations : 56 %", _l4)
F(3, 4, "52 %", 52, "%", "associations", "associations employeuses", "context",
  "part ayant des acteurs publics nationaux pour partenaire", None,
  "› acteurs publics nationaux : 52 %", _l4)
F(3, 4, "37 %", 37, "%", "associations", "associations employeuses", "context",
  "part ayant des fédérations professionnelles pour partenaire", None,
  "› fédérations professionnelles : 37 %", _l4)
F(3, 4, "35 %", 35, "%", "associations", "associations employeuses", "context",
  "part ayant des acteurs académiques pour partenaire", None,
  "› acteurs académiques : 35 %", _l4)
N(3, 4, "2008-2012", "ARPEA (2008-2012) : une urgence ancienne", "year")
_arpea = ("En 2008, 86 % des Français jugeaient urgent de créer des partenariats1 ; en 2012, ils étaient "
          "encore 84 %.")
N(3, 4, "2008", _arpea, "year")
N(3, 4, "2012", _arpea, "year")
N(3, 4, "1", _arpea, "footnote")
F(3, 4, "86 %", 86, "%", "Français", "Français", "sentence",
  "part jugeant urgent de créer des partenariats", 2008, _arpea,
  ["two_years_one_sentence", "year_in_sentence", "pop_after", "footnote_glued"])
F(3, 4, "84 %", 84, "%", "Français", "Français", "sentence",
  "part jugeant urgent de créer des partenariats", 2012, _arpea,
  ["two_years_one_sentence", "year_in_sentence", "pronoun", "ellipsis"])
F(3, 4, "46 %", 46, "%", "associations", "associations", "sentence",
  "part engagée avec une entreprise", "2008-2012",
  "Côté associations, près de 46 % étaient engagées avec une entreprise.",
  ["qualifier_pres_de", "pop_before", "year_from_heading"])
N(3, 4, "2013-2018", "ARPEA a ouvert la voie à PHARE (2013-2018), puis", "year")
N(3, 4, "2018-2022", "puis au programme IMPACT (2018-2022).", "year")
N(3, 4, "1", "1 ARPEA-Citoyens, l'un des 10 volets du programme.", "footnote")
F(3, 4, "10", 10, "count", "volets", None, None, "volets du programme ARPEA", "2008-2012",
  "1 ARPEA-Citoyens, l'un des 10 volets du programme.",
  ["count", "footnote_text", "year_from_heading"])

# =============================================================================================
# 04 - Fiche Repère n° 6, octobre 2022 (3 pages, chronology)
# =============================================================================================
for _p in (1, 2, 3):
    N(4, _p, "N° 6", "FICHE REPÈRE N° 6", "other")
    _foot = f"Le RAMEAU · Observatoire des partenariats · octobre 2022 — {_p}/3"
    N(4, _p, "octobre 2022", _foot, "date")
    N(4, _p, f"{_p}/3", _foot, "page number")

# ---- page 1
N(4, 1, "octobre 2022", "Édition d'octobre 2022", "date")
N(4, 1, "ODD 17", "L'ODD 17 invite tous les acteurs", "other")
N(4, 1, "ODD 17", "L'ODD 17 se décline en 19 cibles", "other")
F(4, 1, "19", 19, "count", "cibles", None, None, "cibles de l'ODD 17", None,
  "L'ODD 17 se décline en 19 cibles, décryptées par une note du Comité 21 parue le 5 juillet.",
  ["count", "list", "near_non_figure"])
N(4, 1, "Comité 21", "décryptées par une note du Comité 21 parue le 5 juillet.", "other")
N(4, 1, "5 juillet", "décryptées par une note du Comité 21 parue le 5 juillet.", "date")
F(4, 1, "Onze", 11, "count", "territoires pionniers", "territoires pionniers", "sentence",
  "territoires pionniers du parcours d'expérience du CGET et du RAMEAU", None,
  "Onze territoires pionniers ont suivi le parcours d'expérience lancé par le CGET et Le RAMEAU ;",
  ["count", "list", "number_in_words", "conflict", "pop_after"])
N(4, 1, "1re", "la 1re session s'est ouverte le 3 mai.", "ordinal")
N(4, 1, "3 mai", "la 1re session s'est ouverte le 3 mai.", "date")
_fonds = ("Co-créé en 2020 avec la Fondation TotalEnergies, le Fonds ODD 17 est doté de 1,5 M€ pour une "
          "expérimentation sur 3 ans.")
N(4, 1, "2020", _fonds, "year")
N(4, 1, "ODD 17", _fonds, "other")
F(4, 1, "1,5 M€", 1500000, "€", None, None, None, "dotation du Fonds ODD 17", 2020, _fonds,
  ["money", "list", "year_in_sentence", "multi_figures"])
F(4, 1, "3 ans", 3, "years", None, None, None, "durée de l'expérimentation du Fonds ODD 17", 2020, _fonds,
  ["duration", "list", "year_in_sentence", "multi_figures"])
F(4, 1, "350", 350, "count", "catalyseurs territoriaux", "catalyseurs territoriaux", "sentence",
  "catalyseurs territoriaux sur lesquels s'appuie le Fonds ODD 17", 2020,
  "Il s'appuie sur 350 « catalyseurs territoriaux ».",
  ["count", "list", "pronoun", "year_from_context", "pop_after"])
F(4, 1, "Trois", 3, "count", "territoires pilotes", "territoires pilotes", "sentence",
  "territoires pilotes de la démarche « Agir ensemble en Territoire »", 2010,
  "Trois territoires pilotes",
  ["count", "heading", "number_in_words", "measure_from_context", "year_from_context"])
N(4, 1, "2010", "Initiée en 2010, après l'étude ARPEA-Collectivités locales", "year")

# ---- page 2
N(4, 2, "2010", "2010 Lancement de la démarche", "year")
N(4, 2, "juillet 2018", "juillet 2018 Début de la préfiguration", "date")
N(4, 2, "2019", "2019 Mission ministérielle confiée", "year")
N(4, 2, "FNAF 2019", "confiée par Gabriel Attal lors du FNAF 2019", "year")
N(4, 2, "7 mai 2020", "7 mai 2020 Remise du rapport de la mission", "date")
N(4, 2, "2020", "2020 Co-création du Fonds ODD 17", "year")
N(4, 2, "ODD 17", "2020 Co-création du Fonds ODD 17", "other")
N(4, 2, "17 octobre 2020", "17 octobre 2020 Bilan de la mission", "date")
N(4, 2, "30 novembre 2021", "30 novembre 2021 Lancement de la Charte du faire alliance", "date")
N(4, 2, "1", "à Saint-Maurice, pour le Giving Tuesday1", "footnote")
N(4, 2, "14 juin 2022", "14 juin 2022 Création de la Fondation des Territoires", "date")
F(4, 2, "21", 21, "count", "co-fondateurs", "co-fondateurs", "sentence",
  "co-fondateurs de la Fondation des Territoires", 2022,
  "14 juin 2022 Création de la Fondation des Territoires par 21 co-fondateurs, sous l'égide de la Fondation de Lille",
  ["count", "table", "year_in_row", "date_in_sentence", "pop_after"])
_prefig = ("La préfiguration s'est déroulée en trois étapes : de juillet 2018 à juillet 2019, d'août 2019 à "
           "novembre 2020, puis de décembre 2020 à mai 2022.")
F(4, 2, "trois", 3, "count", "étapes", None, None, "étapes de la préfiguration de la Fondation des Territoires",
  "2018-2022", _prefig, ["count", "number_in_words", "several_years_in_sentence", "year_in_sentence"])
N(4, 2, "juillet 2018", _prefig, "date")
N(4, 2, "juillet 2019", _prefig, "date")
N(4, 2, "août 2019", _prefig, "date")
N(4, 2, "novembre 2020", _prefig, "date")
N(4, 2, "décembre 2020", _prefig, "date")
N(4, 2, "mai 2022", _prefig, "date")
N(4, 2, "1", "1 Une annonce en ligne situe ce lancement", "footnote")
N(4, 2, "30 septembre", "situe ce lancement au « mardi 30 septembre ».", "date")

# ---- page 3
F(4, 3, "deux", 2, "people", "personnalités", "personnalités", "sentence",
  "personnalités chargées de la mission ministérielle", None,
  "La mission ministérielle a été confiée à deux personnalités, Cathy Racon-Bouzon et Charles-Benoît Heidsieck.",
  ["count", "number_in_words", "pop_after"])
F(4, 3, "21", 21, "count", "mesures", None, None, "mesures de la feuille de route ministérielle", None,
  "et à une feuille de route ministérielle de 21 mesures.",
  ["count", "long_sentence"])
_q4 = ("Oui pour 69 % des citoyens, 81 % des dirigeants d'entreprise, 86 % des responsables associatifs "
       "et 87 % des maires.")
_q = ["box", "multi_pop", "pop_after", "measure_from_question", "no_year_impact"]
F(4, 3, "69 %", 69, "%", "citoyens", "citoyens", "sentence",
  "part voyant dans les partenariats une source d'innovation", None, _q4, _q + ["conflict"])
F(4, 3, "81 %", 81, "%", "dirigeants", "dirigeants d'entreprise", "sentence",
  "part voyant dans les partenariats une source d'innovation", None, _q4, _q)
F(4, 3, "86 %", 86, "%", "responsables", "responsables associatifs", "sentence",
  "part voyant dans les partenariats une source d'innovation", None, _q4, _q)
F(4, 3, "87 %", 87, "%", "maires", "maires", "sentence",
  "part voyant dans les partenariats une source d'innovation", None, _q4, _q)
N(4, 3, "23 septembre", "Publiée le 23 septembre, l'étude IMPACT Fondations", "date")
F(4, 3, "42", 42, "count", "fondations", "fondations", "sentence",
  "fondations interrogées pour l'étude IMPACT Fondations & Territoires", None,
  "l'étude IMPACT Fondations & Territoires repose sur 42 fondations interrogées.",
  ["count", "pop_after", "date_in_sentence"])
F(4, 3, "trois", 3, "count", "missions", None, None, "missions de la Fondation des Territoires", None,
  "La Fondation des Territoires, elle, s'est donné trois missions.",
  ["count", "number_in_words"])
F(4, 3, "10", 10, "count", "territoires pilotes", "territoires pilotes", "sentence",
  "territoires pilotes du parcours du CGET", None,
  "Note : une autre source évoque 10 territoires pilotes pour le parcours du CGET.",
  ["count", "conflict", "pop_after"])

# =============================================================================================
# 05 - Bulletin de veille n° 7, décembre 2016 (3 pages, two columns)
# =============================================================================================
for _p in (1, 2, 3):
    N(5, _p, "N° 7", "Observatoire des partenariats N° 7 · décembre 2016", "other")
    N(5, _p, "décembre 2016", "Observatoire des partenariats N° 7 · décembre 2016", "date")
    _foot = f"Bulletin de veille n° 7 – décembre 2016 – {_p}/3"
    N(5, _p, "n° 7", _foot, "other")
    N(5, _p, "décembre 2016", _foot, "date")
    N(5, _p, f"{_p}/3", _foot, "page number")

# ---- page 1
N(5, 1, "2016", "En cette fin d'année 2016, le programme PHARE", "year")
N(5, 1, "11e", "Normandie : le 11e rapport régional", "ordinal")
N(5, 1, "26 novembre", "Publié le 26 novembre, le rapport consacré", "date")
N(5, 1, "11e", "est le 11e de la série.", "ordinal")
F(5, 1, "13", 13, "count", "rapports régionaux", None, None, "rapports régionaux publiés dans le programme PHARE",
  2016, "Au total, 13 rapports régionaux auront été publiés en 2016.",
  ["count", "year_in_sentence", "key_figure_box", "near_ordinal"],
  also=[("LE CHIFFRE 13 rapports régionaux publiés en 2016", "13")])
N(5, 1, "2016", "Au total, 13 rapports régionaux auront été publiés en 2016.", "year")
N(5, 1, "2016", "LE CHIFFRE 13 rapports régionaux publiés en 2016", "year")
N(5, 1, "2013-2018", "PHARE (2013-2018) se déploie en six volets", "year")
F(5, 1, "six", 6, "count", "volets", None, None, "volets du programme PHARE", "2013-2018",
  "PHARE (2013-2018) se déploie en six volets : Citoyens en septembre 2015,",
  ["count", "number_in_words", "year_in_sentence", "several_years_in_sentence"])
N(5, 1, "septembre 2015", "Citoyens en septembre 2015, Entreprises", "date")
N(5, 1, "octobre 2015", "Entreprises en octobre 2015, Associations", "date")
N(5, 1, "novembre 2015", "Associations en novembre 2015, puis", "date")
N(5, 1, "juillet 2016", "les diagnostics sectoriels de juillet 2016", "date")
N(5, 1, "15 nov.", "– 15 nov. : dossier dans JURIS Associations n°628", "date")
N(5, 1, "n°628", "– 15 nov. : dossier dans JURIS Associations n°628", "other")
N(5, 1, "23 nov.", "– 23 nov. : 3e dîner « Elus & Entreprises »", "date")
N(5, 1, "3e", "– 23 nov. : 3e dîner « Elus & Entreprises »", "ordinal")
N(5, 1, "26 nov.", "– 26 nov. : 5e webinaire « l'ODD 17 en pratique »", "date")
N(5, 1, "5e", "– 26 nov. : 5e webinaire « l'ODD 17 en pratique »", "ordinal")
N(5, 1, "ODD 17", "– 26 nov. : 5e webinaire « l'ODD 17 en pratique »", "other")
F(5, 1, "cinq", 5, "count", "profils de maires", None, None, "profils de maires distingués par PHARE-Institutions",
  2016, "Le volet Institutions, publié le 29 novembre 2016, distingue cinq profils de maires.",
  ["count", "number_in_words", "date_in_sentence", "year_in_sentence", "heading"],
  also=[("PHARE-Institutions : cinq profils de maires", "cinq")])
N(5, 1, "29 novembre 2016", "Le volet Institutions, publié le 29 novembre 2016, distingue", "date")
F(5, 1, "87 %", 87, "%", "maires", "maires", "sentence",
  "part voyant dans les partenariats une source d'innovation", 2016,
  "Les élus y voient d'abord un levier : 87 % des maires considèrent les partenariats comme une source d'innovation pour leur territoire.",
  ["pop_after", "year_from_context"])

# ---- page 2
N(5, 2, "septembre 2015", "Interrogés en septembre 2015, plus de 2 000 Français", "date")
F(5, 2, "2 000", 2000, "people", "Français", "Français", "sentence", "Français interrogés pour PHARE-Citoyens",
  2015, "Interrogés en septembre 2015, plus de 2 000 Français ont noté de 0 à 10 l'importance de chaque enjeu pour leur territoire.",
  ["count", "nbsp_thousands", "qualifier_plus_de", "date_in_sentence", "year_in_sentence", "scale_in_sentence"])
N(5, 2, "0 à 10", "ont noté de 0 à 10 l'importance de chaque enjeu", "scale")
N(5, 2, "10", "Note des Français (sur 10)", "scale")
_t5 = ["table", "mark10", "unit_from_header", "actor_from_header", "year_from_context"]
F(5, 2, "7,1", 7.1, "/10", "note", "Français", "table", "note d'importance de l'emploi", 2015,
  "Emploi 7,1", _t5)
F(5, 2, "6,6", 6.6, "/10", "note", "Français", "table",
  "note d'importance du pouvoir d'achat et de la sécurité", 2015,
  "Pouvoir d'achat, sécurité1 6,6", _t5 + ["one_value_two_measures", "conflict", "footnote_glued"])
N(5, 2, "1", "Pouvoir d'achat, sécurité1 6,6", "footnote")
F(5, 2, "6,5", 6.5, "/10", "note", "Français", "table", "note d'importance du développement économique", 2015,
  "Développement économique 6,5", _t5)
F(5, 2, "6,3", 6.3, "/10", "note", "Français", "table",
  "note d'importance de l'environnement et de l'exclusion", 2015,
  "Environnement, exclusion 6,3", _t5 + ["one_value_two_measures"])
_imp = ("Les Français citent l'emploi (49 %), le développement économique (46 %) et l'environnement (42 %).")
_i = ["parenthetical", "multi_same_pop", "pop_before", "measure_from_question", "year_from_context"]
F(5, 2, "49 %", 49, "%", "Français", "Français", "sentence",
  "part attendant des partenariats un impact fort sur l'emploi", 2015, _imp, _i)
F(5, 2, "46 %", 46, "%", "Français", "Français", "sentence",
  "part attendant des partenariats un impact fort sur le développement économique", 2015, _imp, _i)
F(5, 2, "42 %", 42, "%", "Français", "Français", "sentence",
  "part attendant des partenariats un impact fort sur l'environnement", 2015, _imp, _i)
F(5, 2, "36 %", 36, "%", "Français", "Français", "context",
  "part attendant un impact fort sur la précarité et l'éducation", 2015,
  "La précarité et l'éducation suivent, à 36 % chacune.",
  ["one_value_two_measures", "actor_from_context", "measure_from_context", "year_from_context"])
F(5, 2, "69 %", 69, "%", "Français", "Français", "context",
  "part jugeant que s'allier est un devoir", 2015,
  "Ils sont par ailleurs 69 % à juger que s'allier est un devoir.",
  ["pronoun", "actor_from_context", "year_from_context"])
N(5, 2, "1", "1 Une autre présentation des mêmes résultats", "footnote")
F(5, 2, "7/10", 7, "/10", "note", "Français", "context", "note d'importance de la sécurité", 2015,
  "1 Une autre présentation des mêmes résultats attribue à la sécurité une note de 7/10.",
  ["mark10", "footnote_text", "conflict", "actor_from_context", "year_from_context"])

# ---- page 3
N(5, 3, "2008", "Créé en 2008 par la Caisse des Dépôts et Le RAMEAU, en partenariat", "year")
N(5, 3, "2", "le MEDEF et le Mouvement associatif2, l'Observatoire", "footnote")
N(5, 3, "premier", "Son premier programme, ARPEA (2008-2012), comptait dix volets.", "ordinal")
N(5, 3, "2008-2012", "Son premier programme, ARPEA (2008-2012), comptait dix volets.", "year")
F(5, 3, "dix", 10, "count", "volets", None, None, "volets du programme ARPEA", "2008-2012",
  "Son premier programme, ARPEA (2008-2012), comptait dix volets.",
  ["count", "number_in_words", "year_in_sentence", "ordinal_in_sentence"])
N(5, 3, "11 décembre 2012", "a été présenté le 11 décembre 2012.", "date")
N(5, 3, "début 2014", "a été publié début 2014.", "date")
N(5, 3, "2006", "Créé en 2006, Le RAMEAU est une association", "year")
F(5, 3, "3", 3, "count", "missions", None, None, "missions du RAMEAU", None,
  "Il s'est fixé 3 missions, dont celle de témoigner.",
  ["count"])
N(5, 3, "12e", "Les 12e et 13e rapports régionaux sont attendus en décembre.", "ordinal")
N(5, 3, "13e", "Les 12e et 13e rapports régionaux sont attendus en décembre.", "ordinal")
N(5, 3, "n° 8", "Prochain bulletin : n° 8, mars 2017.", "other")
N(5, 3, "mars 2017", "Prochain bulletin : n° 8, mars 2017.", "date")
N(5, 3, "2", "2 Des documents plus anciens datent sa création de 2007.", "footnote")
N(5, 3, "2007", "2 Des documents plus anciens datent sa création de 2007.", "year")
