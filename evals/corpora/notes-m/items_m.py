"""Hand-written gold items for set M (figures and non-figures).

Every `sentence` is copied from the pypdf text of the page (whitespace collapsed); build_m.py checks it.
"""

F1 = "obs-m-01-lettre-elus-locaux.pdf"
F2 = "obs-m-02-diaporama-phare-citoyens.pdf"
F3 = "obs-m-03-dossier-associations-partenaires.pdf"
F4 = "obs-m-04-fiche-fonds-fondations.pdf"
F5 = "obs-m-05-chronique-arpea-sortie-de-crise.pdf"

FIG = []
NON = []


def f(file, page, sentence, text, value, unit, noun, actor, src, measure, year, cases, **kw):
    d = dict(file=file, page=page, text=text, value=value, unit=unit, noun=noun, actor=actor,
             actor_source=src, measure=measure, year=year, sentence=sentence, cases=list(cases))
    d.update(kw)
    FIG.append(d)


def n(file, page, sentence, text, why, detail=None):
    d = dict(file=file, page=page, text=text, sentence=sentence, why=why)
    if detail:
        d["detail"] = detail
    NON.append(d)


def also(sentence, text):
    return {"sentence": sentence, "text": text}


# ===========================================================================
# 01 — Lettre n° 38, élus locaux (December 2024)
# ===========================================================================
BAN1 = "LA LETTRE DE L'OBSERVATOIRE DES PARTENARIATS N° 38 · décembre 2024"
for p in (1, 2, 3):
    n(F1, p, BAN1, "N° 38", "other", "issue number")
    n(F1, p, BAN1, "décembre 2024", "date")
    s = "Observatoire des partenariats — Lettre n° 38 %d / 3" % p
    n(F1, p, s, "n° 38", "other", "issue number")
    n(F1, p, s, "%d / 3" % p, "page number")

# --- page 1
s = "Fin 2024, l'Observatoire a de nouveau donné la parole aux maires."
n(F1, 1, s, "2024", "year")
s = ("Ce numéro met leurs réponses en regard des enquêtes conduites depuis 2016 auprès des élus, des citoyens "
     "et des dirigeants.")
n(F1, 1, s, "2016", "year")
n(F1, 1, "Enquête 2024 auprès des maires : l'essentiel", "2024", "year")
s = ("L'enquête IMPACTS & TRAJECTOIRES – Elus locaux s'est déroulée du 30 sept. au 28 oct. 2024, par "
     "téléphone.")
n(F1, 1, s, "30 sept.", "date")
n(F1, 1, s, "28 oct. 2024", "date")
BOX302 = "302 maires interrogés par téléphone"
BOX91 = "91 % voient leur territoire en mouvement"
BOX84 = "84 % des répondants élus d'une commune de moins de 2 000 hab."
f(F1, 1, "Au total, 302 maires y ont répondu.", "302", 302, "people", "maires", "maires", "sentence",
  "nombre de maires ayant répondu à l'enquête IMPACTS & TRAJECTOIRES – Elus locaux", 2024,
  ["count", "year_from_context", "key_figure_box"], also_printed_as=[also(BOX302, "302")])
s = "Le constat est net : 91 % des maires estiment que leur territoire est en mouvement."
f(F1, 1, s, "91 %", 91, "%", "maires", "maires", "sentence", "territoire perçu comme en mouvement", 2024,
  ["pop_after", "year_from_context", "key_figure_box"], also_printed_as=[also(BOX91, "91 %")])
s = "Pour 35 % d'entre eux il bouge fortement, pour 56 % ni plus ni moins qu'avant."
f(F1, 1, s, "35 %", 35, "%", "maires", "maires", "context", "territoire fortement en mouvement", 2024,
  ["pronoun", "multi_same_pop", "year_from_context"])
f(F1, 1, s, "56 %", 56, "%", "maires", "maires", "context", "territoire en mouvement « ni plus ni moins »",
  2024, ["pronoun", "ellipsis", "multi_same_pop", "year_from_context"])
s = ("Le profil des répondants éclaire ce regard : 84 % d'entre eux sont élus d'une commune de moins de "
     "2 000 habitants.")
f(F1, 1, s, "84 %", 84, "%", "répondants", "répondants", "sentence",
  "répondants élus d'une commune de moins de 2 000 habitants", 2024,
  ["pronoun", "threshold_in_sentence", "year_from_context", "key_figure_box"],
  also_printed_as=[also(BOX84, "84 %")])
f(F1, 1, s, "2 000 habitants", 2000, "people", "habitants", None, None,
  "seuil de taille des communes (habitants)", 2024, ["threshold", "count"],
  also_printed_as=[also(BOX84, "2 000 hab.")])
s = "Lors du 3e dîner « Elus & Entreprises », le 23 novembre, l'Observatoire a rappelé quelques repères."
n(F1, 1, s, "3e", "ordinal")
n(F1, 1, s, "23 novembre", "date")
s = ("64 % des élus locaux souhaitent s'appuyer sur le « jouer collectif » ; côté maires, ils sont 92 % à "
     "reconnaître l'utilité de la co-construction.")
f(F1, 1, s, "64 %", 64, "%", "élus locaux", "élus locaux", "sentence",
  "souhait de s'appuyer sur le « jouer collectif »", None, ["figure_first", "pop_after", "multi_pop", "no_year"])
f(F1, 1, s, "92 %", 92, "%", "maires", "maires", "sentence", "utilité reconnue de la co-construction", None,
  ["pronoun", "multi_pop", "no_year"])
s = ("Le volet PHARE-Institutions, publié le 29 novembre 2016, distinguait 5 profils de maires et établissait "
     "que 87 % d'entre eux voyaient dans les partenariats une source d'innovation.")
n(F1, 1, s, "29 novembre 2016", "date")
f(F1, 1, s, "5", 5, "count", "profils de maires", None, None, "nombre de profils de maires distingués", 2016,
  ["count", "year_in_sentence", "date_in_sentence"])
f(F1, 1, s, "87 %", 87, "%", "maires", "maires", "sentence", "partenariats vus comme source d'innovation",
  2016, ["pronoun", "year_in_sentence", "date_in_sentence", "multi_figures"])
s = ("Les travaux du programme IMPACT ajoutent une nuance : si 76 % des maires jugent leur territoire engagé, "
     "46 % avouent ne pas savoir piloter ces dynamiques.")
f(F1, 1, s, "76 %", 76, "%", "maires", "maires", "sentence", "territoire jugé engagé", None,
  ["multi_same_pop", "pop_after", "no_year"])
f(F1, 1, s, "46 %", 46, "%", "maires", "maires", "sentence", "ne savent pas piloter les dynamiques partenariales",
  None, ["multi_same_pop", "ellipsis", "no_year"])

# --- page 2
s = ("Le tableau ci-dessous rassemble, pour quatre publics, la part de ceux qui voient dans les partenariats une "
     "source d'innovation.")
f(F1, 2, s, "quatre", 4, "count", "publics", None, None, "nombre de publics comparés dans le tableau", None,
  ["number_in_words", "count"])
s = ("Les chiffres proviennent du programme IMPACT ; une reprise par un réseau régional1 donne toutefois 69 % "
     "pour les citoyens.")
n(F1, 2, s, "1", "footnote", "call glued to « régional »")
f(F1, 2, s, "69 %", 69, "%", "citoyens", "citoyens", "sentence",
  "partenariats vus comme source d'innovation (reprise par un réseau régional)", None,
  ["conflict", "footnote_glued", "pop_after", "no_year"])
TH = "partenariats vus comme source d'innovation"
f(F1, 2, "Français 74 %", "74 %", 74, "%", "Français", "Français", "table", TH, None, ["table", "no_year"])
f(F1, 2, "Dirigeants d'entreprise 81 %", "81 %", 81, "%", "dirigeants", "dirigeants d'entreprise", "table", TH,
  None, ["table", "no_year"])
f(F1, 2, "Responsables associatifs 86 %", "86 %", 86, "%", "responsables", "responsables associatifs", "table",
  TH, None, ["table", "no_year"])
f(F1, 2, "Maires 87 %", "87 %", 87, "%", "maires", "maires", "table", TH, None, ["table", "no_year"])
s = ("En septembre 2015, PHARE-Citoyens mesurait le « devoir d'alliance » : 69 % des Français le "
     "reconnaissaient.")
n(F1, 2, s, "septembre 2015", "date")
f(F1, 2, s, "69 %", 69, "%", "Français", "Français", "sentence", "reconnaissent un « devoir d'alliance »", 2015,
  ["year_in_sentence", "repeated_value_on_page", "homonym"])
s = ("Aujourd'hui, 81 % des Français l'expriment, quand 92 % des maires évoquent un « besoin d'alliance » et "
     "84 % des dirigeants d'entreprises une « envie d'alliance ».")
f(F1, 2, s, "81 %", 81, "%", "Français", "Français", "sentence", "expriment un « devoir d'alliance »", None,
  ["multi_pop", "measure_from_context", "repeated_value_on_page", "no_year"])
f(F1, 2, s, "92 %", 92, "%", "maires", "maires", "sentence", "« besoin d'alliance »", None,
  ["multi_pop", "no_year"])
f(F1, 2, s, "84 %", 84, "%", "dirigeants", "dirigeants d'entreprises", "sentence", "« envie d'alliance »", None,
  ["multi_pop", "no_year"])
s = "Depuis 2006, Le RAMEAU a mené des expérimentations auprès de plus de 500 organisations."
n(F1, 2, s, "2006", "year")
f(F1, 2, s, "500", 500, "count", "organisations", "organisations", "sentence",
  "organisations associées aux expérimentations du RAMEAU", "2006-2024", ["count", "period_since", "qualifier_plus_de"])
s = "« Sur 302 maires, plus de neuf sur dix voient bouger leur territoire. »"
f(F1, 2, s, "302", 302, "people", "maires", "maires", "sentence", "nombre de maires interrogés", 2024,
  ["count", "quote", "year_from_document"])
f(F1, 2, s, "neuf sur dix", 90, "%", "maires", "maires", "sentence", "voient bouger leur territoire", 2024,
  ["number_in_words", "ratio_in_words", "quote", "year_from_document"])
n(F1, 2, "1 Réseau régional de la co-construction, qui reprend les chiffres du programme IMPACT.", "1",
  "footnote")

# --- page 3
n(F1, 3, "• Normandie : le 11e rapport régional de l'Observatoire est paru le 26 novembre.", "11e", "ordinal")
n(F1, 3, "• Normandie : le 11e rapport régional de l'Observatoire est paru le 26 novembre.", "26 novembre",
  "date")
s = "• JURIS Associations n°628 (15 nov.) consacre un dossier aux alliances."
n(F1, 3, s, "n°628", "other", "issue number")
n(F1, 3, s, "15 nov.", "date")
s = "• 5e webinaire « l'ODD 17 en pratique » : rendez-vous le 26 nov."
n(F1, 3, s, "5e", "ordinal")
n(F1, 3, s, "ODD 17", "other", "goal name")
n(F1, 3, s, "26 nov.", "date")
s = "• Fondation des Territoires : 21 co-fondateurs et 3 missions."
f(F1, 3, s, "21", 21, "count", "co-fondateurs", "co-fondateurs", "sentence",
  "nombre de co-fondateurs de la Fondation des Territoires", None, ["count", "list", "no_year"])
f(F1, 3, s, "3", 3, "count", "missions", None, None, "nombre de missions de la Fondation des Territoires", None,
  ["count", "list", "no_year"])
s = "Repères de méthode2 – enquête 2024"
n(F1, 3, s, "2", "footnote", "call glued to « méthode », next to a year")
n(F1, 3, s, "2024", "year")
f(F1, 3, "Échantillon : 302 maires", "302", 302, "people", "maires", "maires", "sentence",
  "taille de l'échantillon (maires interrogés)", 2024, ["count", "list", "year_from_header"])
s = "Terrain : 30 sept.-28 oct. 2024"
n(F1, 3, s, "30 sept.", "date")
n(F1, 3, s, "28 oct. 2024", "date")
s = "Répondants élus de communes de moins de 2 000 habitants : 84 %"
f(F1, 3, s, "84 %", 84, "%", "répondants", "répondants", "sentence",
  "répondants élus de communes de moins de 2 000 habitants", 2024,
  ["list", "pop_before", "threshold_in_sentence", "year_from_header"])
f(F1, 3, s, "2 000 habitants", 2000, "people", "habitants", None, None,
  "seuil de taille des communes (habitants)", 2024, ["threshold", "count"])
n(F1, 3, "2 Les pourcentages sont arrondis à l'unité.", "2", "footnote")

# ===========================================================================
# 02 — Diaporama PHARE-Citoyens (December 2016, landscape slides)
# ===========================================================================
for p in (1, 2, 3, 4):
    n(F2, p, "PHARE-Citoyens · restitution diapositive %d" % p, str(p), "page number", "slide number")
# --- slide 1
n(F2, 1, "Diaporama de restitution · décembre 2016", "décembre 2016", "date")
n(F2, 1, "Enquête publiée en septembre 2015", "septembre 2015", "date")
f(F2, 1, "Plus de 2 000 personnes interrogées", "2 000", 2000, "people", "personnes", "personnes", "sentence",
  "nombre de personnes interrogées par PHARE-Citoyens", 2015,
  ["count", "list", "qualifier_plus_de", "year_from_context"])
f(F2, 1, "Le programme PHARE compte 6 volets", "6", 6, "count", "volets", None, None,
  "nombre de volets du programme PHARE", None, ["count", "list", "no_year"])
n(F2, 1, "1. Les priorités", "1", "other", "list numbering")
n(F2, 1, "2. Les impacts attendus", "2", "other", "list numbering")
n(F2, 1, "3. Les volets de PHARE", "3", "other", "list numbering")
# --- slide 2
n(F2, 2, "Importance accordée à chaque enjeu, note moyenne sur 10", "10", "other", "scale of the mark")
for lab, txt, v, extra in [("Emploi", "7,1", 7.1, []), ("Pouvoir d'achat", "6,6", 6.6, ["repeated_value_on_page"]),
                           ("Sécurité", "6,6", 6.6, ["conflict", "repeated_value_on_page"]),
                           ("Développement économique", "6,5", 6.5, []),
                           ("Environnement", "6,3", 6.3, ["repeated_value_on_page"]),
                           ("Exclusion", "6,3", 6.3, ["repeated_value_on_page"])]:
    f(F2, 2, "%s %s" % (lab, txt), txt, v, "/10", "note", "Français", "context",
      "note d'importance accordée à l'enjeu « %s »" % lab.lower(), 2015,
      ["mark10", "chart", "unit_from_header", "actor_from_title", "year_from_source_line"] + extra)
s = "Une diffusion antérieure de ces résultats attribuait 7/10 à la sécurité."
f(F2, 2, s, "7/10", 7, "/10", "note", "Français", "context", "note d'importance accordée à la sécurité", 2015,
  ["mark10", "conflict", "actor_from_title", "year_from_source_line"])
s = "Source : PHARE-Citoyens, septembre 2015 – plus de 2 000 répondants."
n(F2, 2, s, "septembre 2015", "date")
f(F2, 2, s, "2 000", 2000, "people", "répondants", "répondants", "sentence",
  "nombre de répondants à PHARE-Citoyens", 2015, ["count", "source_line", "qualifier_plus_de", "year_in_sentence"])
# --- slide 3
IMP = "citent un impact fort des partenariats sur %s"
s = "L'emploi d'abord (49 %), puis le développement économique (46 %)"
f(F2, 3, s, "49 %", 49, "%", "Français", "Français", "context", IMP % "l'emploi", 2015,
  ["parenthetical", "multi_same_pop", "actor_from_title", "year_from_source_line"])
f(F2, 3, s, "46 %", 46, "%", "Français", "Français", "context", IMP % "le développement économique", 2015,
  ["parenthetical", "multi_same_pop", "actor_from_title", "year_from_source_line"])
f(F2, 3, "L'environnement : 42 %", "42 %", 42, "%", "Français", "Français", "context", IMP % "l'environnement",
  2015, ["list", "actor_from_title", "year_from_source_line"])
f(F2, 3, "La précarité et l'éducation : 36 % chacune", "36 %", 36, "%", "Français", "Français", "context",
  IMP % "la précarité et sur l'éducation (chacune)", 2015,
  ["list", "one_value_two_topics", "actor_from_title", "year_from_source_line"])
f(F2, 3, "69 % reconnaissent un « devoir d'alliance »", "69 %", 69, "%", "Français", "Français", "context",
  "reconnaissent un « devoir d'alliance »", 2015, ["key_figure_box", "actor_from_title", "year_from_source_line"])
s = "Ils étaient 86 % en 2008 et 84 % en 2012 à juger urgent de créer des partenariats (ARPEA)."
n(F2, 3, s, "2008", "year")
n(F2, 3, s, "2012", "year")
f(F2, 3, s, "86 %", 86, "%", "Français", "Français", "context", "jugent urgent de créer des partenariats", 2008,
  ["pronoun", "two_years_one_sentence", "year_adjacent_to_figure", "multi_same_pop"])
f(F2, 3, s, "84 %", 84, "%", "Français", "Français", "context", "jugent urgent de créer des partenariats", 2012,
  ["pronoun", "two_years_one_sentence", "year_adjacent_to_figure", "multi_same_pop"])
s = "Sources : PHARE-Citoyens (septembre 2015) ; ARPEA (2008, 2012)."
n(F2, 3, s, "septembre 2015", "date")
n(F2, 3, s, "2008", "year")
n(F2, 3, s, "2012", "year")
# --- slide 4
f(F2, 4, "Les 6 volets du programme PHARE", "6", 6, "count", "volets", None, None,
  "nombre de volets du programme PHARE", None, ["count", "title", "no_year"])
n(F2, 4, "Citoyens sept. 2015", "sept. 2015", "date")
n(F2, 4, "Entreprises oct. 2015", "oct. 2015", "date")
n(F2, 4, "Associations nov. 2015", "nov. 2015", "date")
f(F2, 4, "13 rapports régionaux 2016", "13", 13, "count", "rapports régionaux", None, None,
  "nombre de rapports régionaux PHARE", 2016, ["count", "table", "year_next_to_count", "year_from_table_cell"])
n(F2, 4, "13 rapports régionaux 2016", "2016", "year")
n(F2, 4, "Diagnostics sectoriels juillet 2016", "juillet 2016", "date")
n(F2, 4, "Institutions 29 novembre 2016", "29 novembre 2016", "date")
INNO = "partenariats vus comme source d'innovation"
f(F2, 4, "81 % des dirigeants d'entreprise (volet Entreprises)", "81 %", 81, "%", "dirigeants",
  "dirigeants d'entreprise", "sentence", INNO, 2015,
  ["list", "key_figure_box", "measure_from_box_title", "year_from_table_on_page"])
f(F2, 4, "86 % des responsables associatifs (volet Associations)", "86 %", 86, "%", "responsables",
  "responsables associatifs", "sentence", INNO, 2015,
  ["list", "key_figure_box", "measure_from_box_title", "year_from_table_on_page"])
f(F2, 4, "87 % des maires (volet Institutions)", "87 %", 87, "%", "maires", "maires", "sentence", INNO, 2016,
  ["list", "key_figure_box", "measure_from_box_title", "year_from_table_on_page"])
s = "Plan quinquennal : cinq ans d'études, 2013-2018."
f(F2, 4, s, "cinq ans", 5, "years", None, None, None, "durée du plan quinquennal PHARE", "2013-2018",
  ["number_in_words", "duration", "year_in_sentence"])
n(F2, 4, s, "2013-2018", "year", "period")

# ===========================================================================
# 03 — Dossier thématique, associations (édition 2022)
# ===========================================================================
FOOT3 = "Dossier thématique · Les associations et leurs partenaires page %d sur 4"
for p in (1, 2, 3, 4):
    n(F3, p, FOOT3 % p, "page %d sur 4" % p, "page number", "looks like a ratio « 1 sur 4 »")
for p in (2, 3, 4):
    n(F3, p, "DOSSIER THÉMATIQUE · ÉDITION 2022", "2022", "year")
# --- page 1
s = "Édition 2022 · synthèse de deux études"
n(F3, 1, s, "2022", "year")
f(F3, 1, s, "deux", 2, "count", "études", None, None, "nombre d'études rapprochées dans le dossier", None,
  ["number_in_words", "count", "edition_line"])
s = ("Ce dossier rapproche l'étude « Associations & Partenariats », publiée en mars 2017 par Recherches & "
     "Solidarités et Le RAMEAU, et l'étude IMPACT – Associations & Territoires.")
n(F3, 1, s, "mars 2017", "date")
s = ("L'une s'appuie sur une enquête menée en mai-juin 2016 auprès de plus de 1 380 responsables associatifs ; "
     "l'autre porte sur les 148 000 associations employeuses.")
n(F3, 1, s, "mai-juin 2016", "date")
f(F3, 1, s, "1 380", 1380, "people", "responsables associatifs", "responsables associatifs", "sentence",
  "nombre de responsables associatifs interrogés", 2016,
  ["count", "qualifier_plus_de", "year_in_sentence", "key_figure_box", "multi_figures"], year_alt=2017,
  also_printed_as=[also("1 380 responsables interrogés en 2016", "1 380")])
f(F3, 1, s, "148 000", 148000, "count", "associations employeuses", "associations employeuses", "sentence",
  "nombre d'associations employeuses", None, ["count", "multi_figures", "no_year"])
s = "Les chiffres de l'étude de 2017 reposent sur des réponses recueillies en 2016."
n(F3, 1, s, "2017", "year")
n(F3, 1, s, "2016", "year")
s = "Le RAMEAU, de son côté, a recensé plus de 1.000 exemples inspirants de partenariats."
f(F3, 1, s, "1.000", 1000, "count", "exemples inspirants", None, None,
  "exemples inspirants de partenariats recensés par Le RAMEAU", None,
  ["count", "dot_thousands_separator", "qualifier_plus_de", "no_year"])
f(F3, 1, "2,5 partenaires en moyenne par association", "2,5", 2.5, "count", "partenaires", "associations",
  "sentence", "nombre moyen de partenaires par association", 2016,
  ["count", "decimal_count", "key_figure_box", "year_from_context"], year_alt=2017)
f(F3, 1, "98 % des associations employeuses ont des partenariats", "98 %", 98, "%", "associations",
  "associations employeuses", "sentence", "ont des partenariats", None, ["key_figure_box", "no_year"])
n(F3, 1, "1 380 responsables interrogés en 2016", "2016", "year", "year in a key-figure box")
# --- page 2
s = "Tableau 1 – Partenaires cités par les associations (enquête mai-juin 2016)"
n(F3, 2, s, "Tableau 1", "other", "table number")
n(F3, 2, s, "mai-juin 2016", "date")
n(F3, 2, "Type de partenaire Part des associations1", "1", "footnote", "call glued to a column header")
for lab, v in [("Collectivités territoriales", 74), ("Associations et fondations", 72),
               ("Établissements d'enseignement", 47), ("Entreprises", 28), ("Structures d'insertion", 22),
               ("Organismes de recherche", 9)]:
    f(F3, 2, "%s %d %%" % (lab, v), "%d %%" % v, v, "%", "associations", "associations", "table",
      "part citant comme partenaire : %s" % lab.lower(), 2016,
      ["table", "actor_from_header", "year_from_caption"], year_alt=2017)
s = "En moyenne, une association déclare 2,5 partenaires."
f(F3, 2, s, "2,5", 2.5, "count", "partenaires", "associations", "sentence",
  "nombre moyen de partenaires par association", 2016, ["count", "decimal_count", "year_from_caption"],
  year_alt=2017)
s = ("Le budget fait nettement la différence : 50 % des associations dont le budget dépasse 150 000 € ont un "
     "partenaire entreprise, contre 20 % de celles dont le budget est inférieur à 10 000 €.")
f(F3, 2, s, "50 %", 50, "%", "associations", "associations dont le budget dépasse 150 000 €", "sentence",
  "ont un partenaire entreprise", 2016, ["multi_pop", "threshold_in_sentence", "money_and_percent",
                                          "year_from_caption"], year_alt=2017)
f(F3, 2, s, "150 000 €", 150000, "€", None, None, None, "seuil de budget annuel des associations", 2016,
  ["threshold", "money"], year_alt=2017)
f(F3, 2, s, "20 %", 20, "%", "associations", "associations dont le budget est inférieur à 10 000 €", "sentence",
  "ont un partenaire entreprise", 2016, ["multi_pop", "pronoun", "pop_after", "threshold_in_sentence",
                                          "year_from_caption"], year_alt=2017)
f(F3, 2, s, "10 000 €", 10000, "€", None, None, None, "seuil de budget annuel des associations", 2016,
  ["threshold", "money"], year_alt=2017)
s = "Pour mémoire, les travaux ARPEA estimaient que près de 46 % des associations étaient engagées avec une entreprise."
f(F3, 2, s, "46 %", 46, "%", "associations", "associations", "sentence", "engagées avec une entreprise", None,
  ["qualifier_pres_de", "old_figure_in_newer_doc", "no_year"])
s = "1 Plusieurs réponses possibles : le total dépasse 100 %."
n(F3, 2, s, "1", "footnote")
n(F3, 2, s, "100 %", "other", "reference total, not a measured share")
# --- page 3
s = "Sur les 148 000 associations employeuses, 98 % déclarent avoir noué des partenariats."
f(F3, 3, s, "148 000", 148000, "count", "associations employeuses", "associations employeuses", "sentence",
  "nombre d'associations employeuses", None, ["count", "multi_figures", "no_year"])
f(F3, 3, s, "98 %", 98, "%", "associations", "associations employeuses", "sentence",
  "déclarent avoir noué des partenariats", None, ["pop_before", "multi_figures", "no_year"])
n(F3, 3, "Le tableau 2 détaille avec qui.", "tableau 2", "other", "table number")
n(F3, 3, "Tableau 2 – Partenaires des associations employeuses", "Tableau 2", "other", "table number")
for lab, v, extra in [("Collectivités", 89, []), ("Structures d'intérêt général", 73, ["repeated_value_on_page"]),
                      ("Établissements scolaires", 70, ["repeated_value_on_page"]),
                      ("Collectifs d'associations", 56, []), ("Acteurs publics nationaux", 52, []),
                      ("Fédérations professionnelles", 37, []), ("Acteurs académiques", 35, [])]:
    f(F3, 3, "%s %d %%" % (lab, v), "%d %%" % v, v, "%", "associations", "associations employeuses", "table",
      "part ayant pour partenaire : %s" % lab.lower(), None, ["table", "actor_from_header", "no_year"] + extra)
s = "L'ancrage est d'abord local (73 %), puis régional (47 %)."
f(F3, 3, s, "73 %", 73, "%", "associations", "associations employeuses", "context",
  "partenariats à l'échelle locale", None, ["parenthetical", "multi_same_pop", "repeated_value_on_page", "no_year"])
f(F3, 3, s, "47 %", 47, "%", "associations", "associations employeuses", "context",
  "partenariats à l'échelle régionale", None, ["parenthetical", "multi_same_pop", "no_year"])
for lab, v, extra in [("mécénat", 75, []), ("innovation sociétale", 73, ["repeated_value_on_page"]),
                      ("pratiques responsables", 70, ["repeated_value_on_page"]),
                      ("coopération économique", 58, [])]:
    f(F3, 3, "• %s : %d %%" % (lab, v), "%d %%" % v, v, "%", "associations", "associations employeuses",
      "context", "partenariats relevant de : %s" % lab, None, ["list", "pronoun", "no_year"] + extra)
# --- page 4
n(F3, 4, "La note du 29 février 2016", "29 février 2016", "date")
s = ("Une note publiée le 29 février 2016 sur les modèles de co-construction2 chiffrait l'engagement de part "
     "et d'autre.")
n(F3, 4, s, "29 février 2016", "date")
n(F3, 4, s, "2", "footnote", "call glued to « co-construction »")
s = ("37 % des entreprises d'au moins 10 salariés déclaraient un partenariat avec le monde associatif.")
f(F3, 4, s, "37 %", 37, "%", "entreprises", "entreprises d'au moins 10 salariés", "sentence",
  "déclarent un partenariat avec le monde associatif", 2016,
  ["figure_first", "pop_after", "threshold_in_sentence", "year_from_context"])
f(F3, 4, s, "10 salariés", 10, "people", "salariés", None, None, "seuil de taille des entreprises (salariés)",
  2016, ["threshold", "count"])
s = "Du côté associatif, la proportion atteignait 38 % (53 % parmi les associations employeuses)."
f(F3, 4, s, "38 %", 38, "%", "associations", "associations", "context",
  "déclarent un partenariat avec une entreprise", 2016, ["implicit_population", "year_from_context"])
f(F3, 4, s, "53 %", 53, "%", "associations", "associations employeuses", "sentence",
  "déclarent un partenariat avec une entreprise", 2016, ["parmi", "parenthetical", "year_from_context"])
s = "Chez les pionniers, elle montait à 65 %."
f(F3, 4, s, "65 %", 65, "%", "pionniers", "pionniers", "sentence", "déclarent un partenariat", 2016,
  ["pop_before", "year_from_context"])
n(F3, 4, "ARPEA Entreprises & Territoires (janvier 2011)", "janvier 2011", "date")
s = ("Dans cette étude, 21 % des entreprises développaient des partenariats, 33 % souhaitaient le faire et 46 % ne "
     "le souhaitaient pas.")
f(F3, 4, s, "21 %", 21, "%", "entreprises", "entreprises", "sentence", "développent des partenariats", 2011,
  ["multi_same_pop", "year_from_header"])
f(F3, 4, s, "33 %", 33, "%", "entreprises", "entreprises", "sentence", "souhaitent développer des partenariats",
  2011, ["multi_same_pop", "ellipsis", "year_from_header"])
f(F3, 4, s, "46 %", 46, "%", "entreprises", "entreprises", "sentence",
  "ne souhaitent pas développer de partenariats", 2011, ["multi_same_pop", "ellipsis", "year_from_header"])
n(F3, 4, "2 « Contexte et objectif de la note sur les modèles de co-construction ».", "2", "footnote")

# ===========================================================================
# 04 — Fiche-repère fonds et fondations (June 2022)
# ===========================================================================
for p in (1, 2, 3):
    s = "Fiche-repère – juin 2022 %d/3" % p
    n(F4, p, s, "juin 2022", "date")
    n(F4, p, s, "%d/3" % p, "page number", "looks like a fraction")
# --- page 1
n(F4, 1, "Mise à jour : juin 2022", "juin 2022", "date")
BOXM = "1,5 M€ de dotation Fonds ODD 17"
n(F4, 1, BOXM, "ODD 17", "other", "goal name")
n(F4, 1, "Le Fonds ODD 17", "ODD 17", "other", "goal name")
s = ("Co-créé en 2020 par Le RAMEAU et la Fondation TotalEnergies, le Fonds ODD 17 dispose d'une dotation de "
     "1,5 million d'euros.")
n(F4, 1, s, "2020", "year")
n(F4, 1, s, "ODD 17", "other", "goal name")
f(F4, 1, s, "1,5 million d'euros", 1500000, "€", None, None, None, "dotation du Fonds ODD 17", 2020,
  ["money", "year_in_sentence", "key_figure_box", "near_non_figure"], also_printed_as=[also(BOXM, "1,5 M€")])
s = ("Cette somme finance une expérimentation de trois ans qui s'appuie sur 350 « catalyseurs territoriaux ».")
f(F4, 1, s, "trois ans", 3, "years", None, None, None, "durée de l'expérimentation du Fonds ODD 17", 2020,
  ["number_in_words", "duration", "year_from_context", "key_figure_box"],
  also_printed_as=[also("3 ans d'expérimentation", "3 ans")])
f(F4, 1, s, "350", 350, "count", "catalyseurs territoriaux", "catalyseurs territoriaux", "sentence",
  "nombre de « catalyseurs territoriaux » de l'expérimentation", 2020,
  ["count", "year_from_context", "key_figure_box"],
  also_printed_as=[also("350 catalyseurs territoriaux", "350")])
s = ("L'étude IMPACT Fondations & Territoires, publiée le 23 septembre, a interrogé 42 fondations sur leur rôle "
     "dans les dynamiques locales.")
n(F4, 1, s, "23 septembre", "date")
f(F4, 1, s, "42", 42, "count", "fondations", "fondations", "sentence",
  "nombre de fondations interrogées (étude IMPACT Fondations & Territoires)", None,
  ["count", "date_in_sentence", "key_figure_box", "no_year"],
  also_printed_as=[also("42 fondations interrogées", "42")])
f(F4, 1, "21 co-fondateurs de la Fondation des Territoires", "21", 21, "count", "co-fondateurs", "co-fondateurs",
  "sentence", "nombre de co-fondateurs de la Fondation des Territoires", None,
  ["count", "key_figure_box", "no_year"])
s = "19 cibles pour l'ODD 17"
f(F4, 1, s, "19", 19, "count", "cibles", None, None, "nombre de cibles de l'ODD 17", None,
  ["count", "key_figure_box", "near_non_figure", "no_year"])
n(F4, 1, s, "ODD 17", "other", "goal name")
# --- page 2
s = ("Sa préfiguration, lancée en juillet 2018, s'est déroulée en 3 étapes : de 07/18 à 07/19, de 08/19 à 11/20, "
     "puis de 12/20 à 05/22.")
n(F4, 2, s, "juillet 2018", "date")
for d in ("07/18", "07/19", "08/19", "11/20", "12/20", "05/22"):
    n(F4, 2, s, d, "date", "month/year, looks like a fraction")
f(F4, 2, s, "3", 3, "count", "étapes", None, None, "nombre d'étapes de la préfiguration de la Fondation des Territoires",
  "2018-2022", ["count", "dates_look_like_fractions", "year_from_sentence_dates"])
n(F4, 2, "Elle a été créée le 14 juin 2022 sous l'égide de la Fondation de Lille.", "14 juin 2022", "date")
s = "Ses 21 co-fondateurs lui ont confié trois missions."
f(F4, 2, s, "21", 21, "count", "co-fondateurs", "co-fondateurs", "sentence",
  "nombre de co-fondateurs de la Fondation des Territoires", 2022, ["count", "year_from_context"])
f(F4, 2, s, "trois", 3, "count", "missions", None, None, "nombre de missions de la Fondation des Territoires",
  2022, ["number_in_words", "count", "year_from_context", "homonym"])
s = ("Pilotée par la Fondation des Territoires, la Charte a été dévoilée le 30 novembre 2021, jour du Giving "
     "Tuesday, à Saint-Maurice.")
n(F4, 2, s, "30 novembre 2021", "date")
n(F4, 2, "Un site ministériel la date pourtant du « mardi 30 septembre ».", "30 septembre", "date",
  "conflicting date")
n(F4, 2, "Le programme IMPACT (2018-2022)", "2018-2022", "year", "period")
s = ("Mené avec la Caisse des Dépôts, l'Institut CDC pour la Recherche, le Groupe La Poste, la Fondation TOTAL et "
     "Le RAMEAU, soit cinq partenaires, il s'organise autour de 3 axes : innovation sociétale et territoriale, "
     "performance des organisations, confiance.")
f(F4, 2, s, "cinq", 5, "count", "partenaires", "partenaires", "sentence", "nombre de partenaires du programme IMPACT",
  "2018-2022", ["number_in_words", "count", "figure_after_list", "year_from_header"])
f(F4, 2, s, "3", 3, "count", "axes", None, None, "nombre d'axes du programme IMPACT", "2018-2022",
  ["count", "year_from_header", "long_sentence"])
s = ("La plateforme www.odd17.org range ses ressources en 5 familles : Méthodes, Exemples, Données, Outils, "
     "Compétences.")
n(F4, 2, s, "www.odd17.org", "other", "web address")
f(F4, 2, s, "5", 5, "count", "familles", None, None, "nombre de familles de ressources M.E.D.O.C.", None,
  ["count", "near_non_figure", "no_year"])
s = ("Le Comité 21 a publié le 5 juillet une note, « ODD 17 : Sens, décryptages, déclinaisons », qui en détaille "
     "les 19 cibles.")
n(F4, 2, s, "Comité 21", "other", "organisation name")
n(F4, 2, s, "5 juillet", "date")
n(F4, 2, s, "ODD 17", "other", "goal name")
f(F4, 2, s, "19", 19, "count", "cibles", None, None, "nombre de cibles de l'ODD 17", None,
  ["count", "near_non_figure", "organisation_name_with_number", "no_year"])
# --- page 3
n(F4, 3, "Mission ministérielle : confiée lors du FNAF 2019 par Gabriel Attal", "2019", "year")
s = "Rapport remis le 7 mai 2020, bilan le 17 octobre 2020"
n(F4, 3, s, "7 mai 2020", "date")
n(F4, 3, s, "17 octobre 2020", "date")
f(F4, 3, "Feuille de route ministérielle : 21 mesures", "21", 21, "count", "mesures", None, None,
  "nombre de mesures de la feuille de route ministérielle", None, ["count", "list", "no_year", "homonym"])
f(F4, 3, "Français 81 % « devoir d'alliance »", "81 %", 81, "%", "Français", "Français", "table",
  "« devoir d'alliance »", None, ["table", "measure_from_column", "no_year", "repeated_value_on_page"])
f(F4, 3, "Maires 92 % « besoin d'alliance »", "92 %", 92, "%", "maires", "maires", "table",
  "« besoin d'alliance »", None, ["table", "measure_from_column", "no_year"])
f(F4, 3, "Dirigeants d'entreprises 84 % « envie d'alliance »", "84 %", 84, "%", "dirigeants",
  "dirigeants d'entreprises", "table", "« envie d'alliance »", None,
  ["table", "measure_from_column", "no_year", "repeated_value_on_page"])
s = ("Attention aux homonymes : ailleurs, 81 % des Français et 84 % des dirigeants de TPE & PME jugent la "
     "co-construction utile pour la résilience après la crise.")
f(F4, 3, s, "81 %", 81, "%", "Français", "Français", "sentence",
  "jugent la co-construction utile pour la résilience après la crise", None,
  ["homonym", "multi_pop", "repeated_value_on_page", "no_year"])
f(F4, 3, s, "84 %", 84, "%", "dirigeants", "dirigeants de TPE & PME", "sentence",
  "jugent la co-construction utile pour la résilience après la crise", None,
  ["homonym", "multi_pop", "repeated_value_on_page", "no_year"])
n(F4, 3, "• créé en 2006, association d'intérêt général ;", "2006", "year")
f(F4, 3, "• 3 missions, dont celle de témoigner ;", "3", 3, "count", "missions", None, None,
  "nombre de missions du RAMEAU", None, ["count", "list", "homonym", "no_year"])
s = "• 15 ans de recherche et 5 ans d'étude d'impact ;"
f(F4, 3, s, "15 ans", 15, "years", None, None, None, "durée de recherche du RAMEAU", None,
  ["duration", "list", "multi_figures", "no_year"])
f(F4, 3, s, "5 ans", 5, "years", None, None, None, "durée d'étude d'impact du RAMEAU", None,
  ["duration", "list", "multi_figures", "no_year"])
s = "• des expérimentations auprès de plus de 500 organisations depuis 2006."
f(F4, 3, s, "500", 500, "count", "organisations", "organisations", "sentence",
  "organisations associées aux expérimentations du RAMEAU", "2006-2022",
  ["count", "list", "period_since", "qualifier_plus_de"])
n(F4, 3, s, "2006", "year")

# ===========================================================================
# 05 — Chronique n° 7 (December 2020)
# ===========================================================================
for p in (1, 2, 3):
    s = "Chronique n° 7 p. %d" % p
    n(F5, p, s, "n° 7", "other", "issue number")
    n(F5, p, s, "p. %d" % p, "page number")
# --- page 1
s = "Chronique n° 7 · décembre 2020"
n(F5, 1, s, "n° 7", "other", "issue number")
n(F5, 1, s, "décembre 2020", "date")
s = ("L'Observatoire des partenariats a été créé en 2008 par la Caisse des Dépôts et Le RAMEAU, avec le MEDEF et "
     "le Mouvement associatif1.")
n(F5, 1, s, "2008", "year")
n(F5, 1, s, "1", "footnote", "call glued to « associatif »")
s = ("Des documents plus anciens, dont le rapport quinquennal du 11 décembre 2012, le font pourtant naître en "
     "2007.")
n(F5, 1, s, "11 décembre 2012", "date")
n(F5, 1, s, "2007", "year", "conflicting creation year")
n(F5, 1, "Le plan ARPEA (2008-2012)", "2008-2012", "year", "period")
f(F5, 1, "Son programme d'études comptait 10 volets.", "10", 10, "count", "volets", None, None,
  "nombre de volets du programme ARPEA", "2008-2012", ["count", "year_from_header"])
s = ("Les enquêtes auprès des citoyens sont parlantes : 86 % des Français jugeaient urgent de créer des "
     "partenariats en 2008, et ils étaient encore 84 % en 2012.")
f(F5, 1, s, "86 %", 86, "%", "Français", "Français", "sentence", "jugent urgent de créer des partenariats", 2008,
  ["two_years_one_sentence", "multi_same_pop"])
f(F5, 1, s, "84 %", 84, "%", "Français", "Français", "sentence", "jugent urgent de créer des partenariats", 2012,
  ["two_years_one_sentence", "multi_same_pop", "pronoun"])
n(F5, 1, s, "2008", "year")
n(F5, 1, s, "2012", "year")
n(F5, 1, "En janvier 2011, le volet Entreprises & Territoires dessinait un paysage partagé :", "janvier 2011",
  "date")
f(F5, 1, "– 21 % des entreprises développaient des partenariats ;", "21 %", 21, "%", "entreprises",
  "entreprises", "sentence", "développent des partenariats", 2011, ["list", "year_from_context"])
f(F5, 1, "– 33 % souhaitaient en développer ;", "33 %", 33, "%", "entreprises", "entreprises", "context",
  "souhaitent développer des partenariats", 2011, ["list", "ellipsis", "year_from_context"])
f(F5, 1, "– 46 % n'en souhaitaient pas.", "46 %", 46, "%", "entreprises", "entreprises", "context",
  "ne souhaitent pas développer de partenariats", 2011, ["list", "ellipsis", "year_from_context"])
f(F5, 1, "Trois plans successifs", "Trois", 3, "count", "plans", None, None,
  "nombre de plans quinquennaux successifs de l'Observatoire", None,
  ["number_in_words", "count", "heading", "no_year"])
s = "ARPEA 2008-2012 2008"
n(F5, 1, s, "2008-2012", "year", "period")
n(F5, 1, s, "2008", "year")
s = "PHARE 2013-2018 2013"
n(F5, 1, s, "2013-2018", "year", "period")
n(F5, 1, s, "2013", "year")
s = "IMPACT 2018-2022 novembre 2017"
n(F5, 1, s, "2018-2022", "year", "period")
n(F5, 1, s, "novembre 2017", "date")
n(F5, 1, "Pour PHARE, certaines présentations retiennent la période 2013-2017.", "2013-2017", "year", "period")
n(F5, 1, "1 D'après la présentation en ligne de l'Observatoire des partenariats.", "1", "footnote")
# --- page 2
s = ("Initiée en 2010 après l'étude ARPEA-Collectivités locales (Comisis-OpinionWay)2, la démarche « Agir ensemble "
     "en Territoire » s'est appuyée sur 3 pilotes : Alsace, Poitou-Charentes et Paris-Est Marne & Bois.")
n(F5, 2, s, "2010", "year")
n(F5, 2, s, "2", "footnote", "call glued to a closing parenthesis")
f(F5, 2, s, "3", 3, "count", "pilotes", None, None, "nombre de territoires pilotes de « Agir ensemble en Territoire »",
  2010, ["count", "year_in_sentence", "footnote_nearby"])
s = ("Avec le CGET, Le RAMEAU a ensuite ouvert un parcours d'expérience : 11 territoires pionniers y ont pris part, "
     "la 1re session se tenant le 3 mai.")
f(F5, 2, s, "11", 11, "count", "territoires pionniers", None, None,
  "nombre de territoires pionniers du parcours CGET – Le RAMEAU", None,
  ["count", "conflict", "ordinal_in_sentence", "date_in_sentence", "no_year"])
n(F5, 2, s, "1re", "ordinal")
n(F5, 2, s, "3 mai", "date")
s = "Une autre présentation évoque seulement 10 territoires pilotes3."
f(F5, 2, s, "10", 10, "count", "territoires pilotes", None, None,
  "nombre de territoires pilotes du parcours CGET – Le RAMEAU", None, ["count", "conflict", "footnote_glued", "no_year"])
n(F5, 2, s, "3", "footnote", "call glued to « pilotes »")
s = ("81 % des Français 84 % des dirigeants de TPE & PME jugent utile de co-construire pour rendre les territoires "
     "plus résilients après la crise du Covid.")
f(F5, 2, s, "81 %", 81, "%", "Français", "Français", "sentence",
  "jugent utile de co-construire pour la résilience après la crise", None,
  ["key_figure_box", "multi_pop", "homonym", "repeated_value_on_page", "no_year"])
f(F5, 2, s, "84 %", 84, "%", "dirigeants", "dirigeants de TPE & PME", "sentence",
  "jugent utile de co-construire pour la résilience après la crise", None,
  ["key_figure_box", "multi_pop", "homonym", "no_year"])
f(F5, 2, "Pour outiller cette sortie de crise, plus de 250 données ont été inventoriées.", "250", 250, "count",
  "données", None, None, "données inventoriées pour la sortie de crise", None,
  ["count", "qualifier_plus_de", "no_year"])
s = "À ne pas confondre avec le « devoir d'alliance », exprimé lui aussi par 81 % des Français."
f(F5, 2, s, "81 %", 81, "%", "Français", "Français", "sentence", "expriment un « devoir d'alliance »", None,
  ["homonym", "repeated_value_on_page", "no_year"])
n(F5, 2, "2 Étude réalisée pour l'Observatoire.", "2", "footnote")
n(F5, 2, "3 Présentation « Les alliances innovantes, moteurs de confiance en territoires ».", "3", "footnote")
# --- page 3
INNO5 = "partenariats vus comme source d'innovation, selon %s"
for lab, actor, noun, a, b in [("Citoyens", "citoyens", "citoyens", 74, 69),
                               ("Dirigeants d'entreprise", "dirigeants d'entreprise", "dirigeants", 81, 81),
                               ("Responsables associatifs", "responsables associatifs", "responsables", 86, 86),
                               ("Maires", "maires", "maires", 87, 87)]:
    s = "%s %d %% %d %%" % (lab, a, b)
    extra = ["conflict"] if a != b else ["repeated_value_in_row"]
    f(F5, 3, s, "%d %%" % a, a, "%", noun, actor, "table", INNO5 % "le programme IMPACT", None,
      ["table", "row_x_column", "source_from_column", "no_year"] + extra, column="Programme IMPACT")
    f(F5, 3, s, "%d %%" % b, b, "%", noun, actor, "table", INNO5 % "un réseau régional", None,
      ["table", "row_x_column", "source_from_column", "no_year"] + extra, column="Réseau régional")
s = ("Le volet PHARE-Citoyens de septembre 2015 retenait, lui, 69 % de Français reconnaissant un « devoir "
     "d'alliance ».")
n(F5, 3, s, "septembre 2015", "date")
f(F5, 3, s, "69 %", 69, "%", "Français", "Français", "sentence", "reconnaissent un « devoir d'alliance »", 2015,
  ["year_in_sentence", "homonym", "repeated_value_on_page"])
n(F5, 3, "2006 création", "2006", "year", "year in a key-figure box")
s = "+ de 500 organisations associées à des expérimentations depuis 2006"
f(F5, 3, s, "500", 500, "count", "organisations", "organisations", "sentence",
  "organisations associées aux expérimentations du RAMEAU", "2006-2020",
  ["count", "key_figure_box", "period_since", "qualifier_plus_de"])
n(F5, 3, s, "2006", "year")
f(F5, 3, "+ de 1 000 exemples inspirants recensés", "1 000", 1000, "count", "exemples inspirants", None, None,
  "exemples inspirants recensés par Le RAMEAU", None, ["count", "key_figure_box", "qualifier_plus_de", "no_year"])
s = "1,5 M€ sur 3 ans pour le Fonds ODD 17, co-créé en 2020"
f(F5, 3, s, "1,5 M€", 1500000, "€", None, None, None, "dotation du Fonds ODD 17", 2020,
  ["money", "key_figure_box", "multi_figures", "year_in_sentence"])
f(F5, 3, s, "3 ans", 3, "years", None, None, None, "durée de l'expérimentation du Fonds ODD 17", 2020,
  ["duration", "key_figure_box", "multi_figures", "year_in_sentence"])
n(F5, 3, s, "ODD 17", "other", "goal name")
n(F5, 3, s, "2020", "year")
f(F5, 3, "350 « catalyseurs territoriaux »", "350", 350, "count", "catalyseurs territoriaux",
  "catalyseurs territoriaux", "sentence", "nombre de « catalyseurs territoriaux » du Fonds ODD 17", None,
  ["count", "key_figure_box", "no_year"])
