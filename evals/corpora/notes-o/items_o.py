"""Hand-written gold items for set O (figures and non-figures), read by build_o.py.

Every `sentence` is copied from the pypdf text of its page (whitespace collapsed);
`page` is the 1-based PDF page index.
"""

D1 = "obs-o-01-barometre-citoyens.pdf"
D2 = "obs-o-02-rapport-activite-rameau.pdf"
D3 = "obs-o-03-diaporama-associations-territoires.pdf"
D4 = "obs-o-04-lettre-elus-locaux.pdf"
D5 = "obs-o-05-fiche-territoire-normandie.pdf"

FIGS = []
NOTS = []


def F(file, page, text, value, unit, noun, actor, actor_source, measure, year, sentence, cases, **extra):
    d = dict(file=file, page=page, text=text, value=value, unit=unit, noun=noun, actor=actor,
             actor_source=actor_source, measure=measure, year=year, sentence=sentence, cases=list(cases))
    d.update(extra)
    FIGS.append(d)


def N(file, page, text, sentence, why, **extra):
    d = dict(file=file, page=page, text=text, sentence=sentence, why=why)
    d.update(extra)
    NOTS.append(d)


# =============================================================================================
# D1  Baromètre Citoyens (octobre 2015), 3 pages
# =============================================================================================
s = "Édition d'octobre 2015 · Cahier n°3 · Programme PHARE"
N(D1, 1, "octobre 2015", s, "date")
N(D1, 1, "n°3", s, "other")
F(D1, 1, "69 %", 69, "%", "Français", "Français", "sentence",
  "voient dans l'alliance entre acteurs un devoir (devoir d'alliance)", 2015,
  "69 % des Français voient dans l'alliance entre acteurs un devoir",
  ["key_figure_box", "pop_after", "year_from_context"])
F(D1, 1, "2 000", 2000, "people", "personnes", "personnes interrogées", "sentence",
  "personnes interrogées pour l'enquête PHARE-Citoyens", 2015,
  "+ de 2 000 personnes interrogées pour PHARE-Citoyens",
  ["key_figure_box", "count", "qualifier_plus_de", "year_from_context"])
F(D1, 1, "49 %", 49, "%", "Français", "Français", "context",
  "jugent fort l'impact des partenariats sur l'emploi", 2015,
  "49 % jugent fort l'impact des partenariats sur l'emploi",
  ["key_figure_box", "no_actor_in_sentence", "year_from_context"])
N(D1, 1, "1", "L'enquête PHARE-Citoyens1 a été conduite en septembre.", "footnote")
F(D1, 1, "six", 6, "count", "enjeux", None, None,
  "nombre d'enjeux de société soumis au jugement des répondants", 2015,
  "Sur les six enjeux soumis à leur jugement, l'emploi arrive nettement en tête.",
  ["count", "number_in_words", "year_from_context"])
s = "1 Enquête menée en septembre 2015 auprès d'un échantillon représentatif des Français."
N(D1, 1, "1", s, "footnote")
N(D1, 1, "septembre 2015", s, "date")
N(D1, 1, "octobre 2015", "Baromètre Citoyens · octobre 2015", "date")
N(D1, 1, "1 sur 3", "page 1 sur 3", "page number")

# page 2
s = "Chaque personne interrogée a noté l'importance de six enjeux sur une échelle allant de 0 à 10."
F(D1, 2, "six", 6, "count", "enjeux", None, None,
  "nombre d'enjeux de société notés par les personnes interrogées", 2015, s,
  ["count", "number_in_words", "near_non_figure", "year_from_context"])
N(D1, 2, "0", s, "other", note="scale bound")
N(D1, 2, "10", s, "other", note="scale bound")
s = "Tableau 1. Importance des enjeux de société, note moyenne sur 10"
N(D1, 2, "1", s, "other", note="table number")
N(D1, 2, "10", s, "other", note="scale bound in a table caption")
MARK = dict(actor_alt="personnes interrogées")
F(D1, 2, "7,1", 7.1, "/10", "note", "Français", "context",
  "note moyenne d'importance de l'emploi", 2015, "Emploi 7,1",
  ["table", "mark10", "unit_from_header", "year_from_context"], **MARK)
F(D1, 2, "6,6", 6.6, "/10", "note", "Français", "context",
  "note moyenne d'importance du pouvoir d'achat et de la sécurité (à égalité)", 2015,
  "Pouvoir d'achat et sécurité (à égalité)1 6,6",
  ["table", "mark10", "unit_from_header", "footnote_glued", "conflict", "one_figure_two_measures",
   "year_from_context"], **MARK)
N(D1, 2, "1", "Pouvoir d'achat et sécurité (à égalité)1 6,6", "footnote")
F(D1, 2, "6,5", 6.5, "/10", "note", "Français", "context",
  "note moyenne d'importance du développement économique", 2015, "Développement économique 6,5",
  ["table", "mark10", "unit_from_header", "year_from_context"], **MARK)
F(D1, 2, "6,3", 6.3, "/10", "note", "Français", "context",
  "note moyenne d'importance de l'environnement et de la lutte contre l'exclusion (à égalité)", 2015,
  "Environnement et lutte contre l'exclusion (à égalité) 6,3",
  ["table", "mark10", "unit_from_header", "one_figure_two_measures", "year_from_context"], **MARK)
N(D1, 2, "2", "Tableau 2. Domaines où les partenariats ont un impact fort, selon les Français (en %)",
  "other", note="table number")
for txt, val, meas in [("Emploi 49", 49, "emploi"), ("Développement économique 46", 46, "développement économique"),
                       ("Environnement 42", 42, "environnement"),
                       ("Précarité et éducation 36", 36, "précarité et éducation")]:
    F(D1, 2, str(val), val, "%", "Français", "Français", "table",
      "jugent fort l'impact des partenariats dans le domaine : " + meas, 2015, txt,
      ["table", "unit_from_header", "no_unit_sign", "actor_from_header", "year_from_context"])
F(D1, 2, "quatre", 4, "count", "domaines", None, None,
  "nombre de domaines où les citoyens voient un impact fort des partenariats", 2015,
  "Ces quatre domaines sont ceux où les citoyens voient déjà les alliances à l'œuvre.",
  ["count", "number_in_words", "key_figure_box", "year_from_context"])
s = "1 Un communiqué de presse diffusé à la même période attribuait à la sécurité la note de 7/10."
N(D1, 2, "1", s, "footnote")
F(D1, 2, "7/10", 7, "/10", "note", "Français", "context",
  "note d'importance de la sécurité selon un communiqué de presse", 2015, s,
  ["mark10", "conflict", "footnote_text", "year_from_context"], **MARK)
N(D1, 2, "octobre 2015", "Baromètre Citoyens · octobre 2015", "date")
N(D1, 2, "2 sur 3", "page 2 sur 3", "page number")

# page 3
s = ("En 2008, 86 % des Français jugeaient urgent de créer des partenariats entre associations et "
     "entreprises ; ils étaient encore 84 % à le penser en 2012.")
N(D1, 3, "2008", s, "year")
N(D1, 3, "2012", s, "year")
F(D1, 3, "86 %", 86, "%", "Français", "Français", "sentence",
  "jugent urgent de créer des partenariats entre associations et entreprises", 2008, s,
  ["two_years_one_sentence", "year_in_sentence", "pop_after"])
F(D1, 3, "84 %", 84, "%", "Français", "Français", "sentence",
  "jugent urgent de créer des partenariats entre associations et entreprises", 2012, s,
  ["two_years_one_sentence", "year_in_sentence", "pronoun", "year_after_figure"])
F(D1, 3, "10", 10, "count", "volets", None, None, "nombre de volets du programme ARPEA", "2008-2012",
  "Ces mesures encadrent le programme ARPEA, dont les 10 volets ont couvert aussi bien le grand public que "
  "les entreprises, les associations et les collectivités.",
  ["count", "year_from_context"])
F(D1, 3, "69 %", 69, "%", "Français", "Français", "context",
  "adhésion à l'idée d'un devoir d'alliance (PHARE-Citoyens)", 2015,
  "Avec 69 % d'adhésion, l'idée reste majoritaire, même si l'écart avec les chiffres d'ARPEA tient d'abord "
  "à la différence de formulation.",
  ["no_actor_in_sentence", "year_from_context"])
s = "PHARE-Citoyens : plus de 2 000 personnes interrogées en septembre 2015."
F(D1, 3, "2 000", 2000, "people", "personnes", "personnes interrogées", "sentence",
  "personnes interrogées pour l'enquête PHARE-Citoyens", 2015, s,
  ["count", "qualifier_plus_de", "year_in_sentence", "list"])
N(D1, 3, "septembre 2015", s, "date")
s = "ARPEA-Citoyens : vagues de 2008 et de 2012."
N(D1, 3, "2008", s, "year")
N(D1, 3, "2012", s, "year")
s = "Sources : Observatoire des partenariats, programmes ARPEA (2008-2012) et PHARE (2013-2018)."
N(D1, 3, "2008-2012", s, "year")
N(D1, 3, "2013-2018", s, "year")
N(D1, 3, "octobre 2015", "Baromètre Citoyens · octobre 2015", "date")
N(D1, 3, "3 sur 3", "page 3 sur 3", "page number")

# =============================================================================================
# D2  Rapport d'activité 2021-2022 (septembre 2022), 4 pages
# =============================================================================================
FOOT2 = "Le RAMEAU · Rapport d'activité 2021-2022"
s = "Exercice 2021-2022 · édition de septembre 2022"
N(D2, 1, "2021-2022", s, "year")
N(D2, 1, "septembre 2022", s, "date")
N(D2, 1, "2006", "2006 création du RAMEAU, association d'intérêt général", "year")
F(D2, 1, "1 000", 1000, "count", "exemples inspirants", None, None,
  "exemples inspirants recensés par Le RAMEAU", None, "+ de 1 000 exemples inspirants recensés",
  ["key_figure_box", "count", "qualifier_plus_de", "year_next_to_box"])
F(D2, 1, "15 ans", 15, "years", None, None, None, "durée de la recherche empirique du RAMEAU", None,
  "15 ans de recherche empirique", ["key_figure_box", "duration"])
F(D2, 1, "5 ans", 5, "years", None, None, None, "durée de l'étude d'impact", None,
  "5 ans d'étude d'impact", ["key_figure_box", "duration"])
F(D2, 1, "trois", 3, "count", "missions", None, None, "nombre de missions du RAMEAU", None,
  "Laboratoire de recherche empirique, Le RAMEAU s'est donné trois missions ; témoigner de ce qui se "
  "construit sur le terrain est l'une d'elles.",
  ["count", "number_in_words"])
N(D2, 1, "2008", "L'Observatoire des partenariats est né en 2008 d'une initiative commune de la Caisse des "
  "Dépôts et du RAMEAU, avec le MEDEF et le Mouvement associatif pour partenaires.", "year")
s = ("Une date concurrente circule : le rapport quinquennal du 11 décembre 2012 évoque un « Observatoire "
     "national » créé en 2007.")
N(D2, 1, "11 décembre 2012", s, "date")
N(D2, 1, "2007", s, "year")
s = ("ARPEA a couvert les années 2008 à 2012 ; PHARE a pris le relais de 2013 à 2018, avant qu'IMPACT, lancé "
     "en novembre 2017, n'ouvre la période 2018-2022.")
N(D2, 1, "2008 à 2012", s, "year")
N(D2, 1, "2013 à 2018", s, "year")
N(D2, 1, "novembre 2017", s, "date")
N(D2, 1, "2018-2022", s, "year")
F(D2, 1, "10", 10, "count", "volets", None, None, "nombre de volets du programme ARPEA", "2008-2012",
  "ARPEA comptait 10 volets.", ["count", "year_from_context"])
s = ("PHARE en a publié 6 : Citoyens, Entreprises et Associations à l'automne 2015, puis 13 rapports "
     "régionaux en 2016, des diagnostics sectoriels et le volet Institutions.")
F(D2, 1, "6", 6, "count", "volets", None, None, "nombre de volets publiés par le programme PHARE",
  "2015-2016", s, ["count", "noun_from_pronoun_en", "several_years_in_sentence", "multi_figures"],
  year_alt="2013-2018")
N(D2, 1, "automne 2015", s, "date")
F(D2, 1, "13", 13, "count", "rapports régionaux", None, None, "rapports régionaux publiés par PHARE", 2016, s,
  ["count", "year_in_sentence", "multi_figures"])
N(D2, 1, "2016", s, "year")
N(D2, 1, "2021-2022", FOOT2, "year")
N(D2, 1, "1", "p. 1", "page number")

# page 2
s = "ARPEA 2008-2012 10 volets rapport quinquennal (11/12/2012)"
N(D2, 2, "2008-2012", s, "year")
F(D2, 2, "10", 10, "count", "volets", None, None, "nombre de volets du programme ARPEA", "2008-2012", s,
  ["table", "count", "year_from_row", "near_non_figure"])
N(D2, 2, "11/12/2012", s, "date")
s = "PHARE 2013-2018 6 volets PHARE-Institutions (29/11/2016)"
N(D2, 2, "2013-2018", s, "year")
F(D2, 2, "6", 6, "count", "volets", None, None, "nombre de volets du programme PHARE", "2013-2018", s,
  ["table", "count", "year_from_row", "near_non_figure"])
N(D2, 2, "29/11/2016", s, "date")
s = "IMPACT 2018-2022 3 axes lancement (novembre 2017)"
N(D2, 2, "2018-2022", s, "year")
F(D2, 2, "3", 3, "count", "axes", None, None, "nombre d'axes du programme IMPACT", "2018-2022", s,
  ["table", "count", "year_from_row", "near_non_figure"])
N(D2, 2, "novembre 2017", s, "date")
s = "PHARE-Institutions, paru le 29 novembre 2016, distingue cinq profils de maires."
N(D2, 2, "29 novembre 2016", s, "date")
F(D2, 2, "cinq", 5, "count", "profils de maires", None, None, "profils de maires distingués par PHARE-Institutions",
  2016, s, ["count", "number_in_words", "date_in_sentence"])
N(D2, 2, "2019", "Lors du FNAF 2019, Gabriel Attal a confié à Cathy Racon-Bouzon et à Charles-Benoît Heidsieck "
  "une mission sur les alliances d'intérêt général.", "year", note="event name with year")
s = "Leur rapport a été remis le 7 mai 2020 ; le bilan a suivi le 17 octobre 2020."
N(D2, 2, "7 mai 2020", s, "date")
N(D2, 2, "17 octobre 2020", s, "date")
F(D2, 2, "21", 21, "count", "mesures", None, None, "mesures de la feuille de route ministérielle", 2020,
  "La feuille de route ministérielle qui en est issue compte 21 mesures.", ["count", "year_from_context"])
s = ("Ce que disent les enquêtes : 81 % des Français ressentent un « devoir d'alliance », 92 % des maires un "
     "« besoin d'alliance » et 84 % des dirigeants d'entreprises une « envie d'alliance ».")
F(D2, 2, "81 %", 81, "%", "Français", "Français", "sentence", "ressentent un « devoir d'alliance »", None, s,
  ["multi_pop", "key_figure_box", "homonym", "no_year"])
F(D2, 2, "92 %", 92, "%", "maires", "maires", "sentence", "ressentent un « besoin d'alliance »", None, s,
  ["multi_pop", "key_figure_box", "ellipsis", "no_year"])
F(D2, 2, "84 %", 84, "%", "dirigeants", "dirigeants d'entreprises", "sentence",
  "ressentent une « envie d'alliance »", None, s, ["multi_pop", "key_figure_box", "ellipsis", "homonym", "no_year"])
N(D2, 2, "2021-2022", FOOT2, "year")
N(D2, 2, "2", "p. 2", "page number")

# page 3
N(D2, 3, "17", "Outiller les territoires Le Fonds ODD 17", "other", note="ODD 17 in a heading")
s = "Le RAMEAU et la Fondation TotalEnergies ont co-créé le Fonds ODD 17 en 2020."
N(D2, 3, "17", s, "other", note="ODD 17")
N(D2, 3, "2020", s, "year")
s = "Doté de 1,5 M€, il finance une expérimentation sur 3 ans."
F(D2, 3, "1,5 M€", 1500000, "€", None, None, None, "dotation du Fonds ODD 17", 2020, s,
  ["money", "multi_figures", "year_from_context"])
F(D2, 3, "3 ans", 3, "years", None, None, None, "durée de l'expérimentation financée par le Fonds ODD 17", 2020, s,
  ["duration", "multi_figures", "year_from_context"])
F(D2, 3, "350", 350, "count", "catalyseurs territoriaux", "catalyseurs territoriaux", "sentence",
  "catalyseurs territoriaux mobilisés par l'expérimentation du Fonds ODD 17", 2020,
  "L'expérimentation mobilise 350 « catalyseurs territoriaux ».", ["count", "year_from_context"])
N(D2, 3, "www.odd17.org", "Les ressources sont rassemblées sur www.odd17.org, autour de la méthode M.E.D.O.C. : "
  "méthodes, exemples, données, outils, compétences.", "other", note="digits inside a web address")
s = ("Pour mémoire, l'ODD 17 se décline en 19 cibles, comme le rappelle la note du Comité 21 parue un "
     "5 juillet.")
N(D2, 3, "ODD 17", s, "other")
F(D2, 3, "19", 19, "count", "cibles", None, None, "nombre de cibles de l'ODD 17", None, s,
  ["count", "near_non_figure", "date_in_sentence"])
N(D2, 3, "Comité 21", s, "other")
N(D2, 3, "5 juillet", s, "date")
F(D2, 3, "250", 250, "count", "données", None, None, "données inventoriées par l'Observatoire", None,
  "Au sortir de la crise sanitaire, l'Observatoire a inventorié plus de 250 données utiles aux décideurs.",
  ["count", "qualifier_plus_de", "no_year"])
s = ("Elles montrent que 81 % des Français et 84 % des dirigeants de TPE & PME jugent utile de co-construire "
     "pour rendre les territoires plus résilients après la Covid.")
F(D2, 3, "81 %", 81, "%", "Français", "Français", "sentence",
  "jugent utile de co-construire pour la résilience des territoires après la Covid", None, s,
  ["multi_pop", "homonym", "no_year"])
F(D2, 3, "84 %", 84, "%", "dirigeants", "dirigeants de TPE & PME", "sentence",
  "jugent utile de co-construire pour la résilience des territoires après la Covid", None, s,
  ["multi_pop", "homonym", "no_year"])
s = ("L'étude IMPACT Fondations & Territoires, parue un 23 septembre, s'appuie sur l'avis de 42 "
     "fondations.")
N(D2, 3, "23 septembre", s, "date")
F(D2, 3, "42", 42, "count", "fondations", "fondations", "sentence",
  "fondations interrogées pour l'étude IMPACT Fondations & Territoires", None, s,
  ["count", "date_in_sentence", "no_year"])
N(D2, 3, "2021-2022", FOOT2, "year")
N(D2, 3, "3", "p. 3", "page number")

# page 4
N(D2, 4, "2010", "Née en 2010 après l'étude ARPEA-Collectivités locales (Comisis-OpinionWay), la démarche "
  "« Agir ensemble en Territoire » a été expérimentée en Alsace avec Alsace Active, en Poitou-Charentes avec le "
  "Groupe La Poste et à Paris-Est Marne & Bois.", "year")
s = "Avec le CGET, Le RAMEAU a ensuite proposé un parcours d'expérience à 11 territoires pionniers1."
F(D2, 4, "11", 11, "count", "territoires pionniers", "territoires pionniers", "sentence",
  "territoires pionniers du parcours d'expérience CGET – Le RAMEAU", None, s,
  ["count", "footnote_glued", "conflict", "no_year"])
N(D2, 4, "1", s, "footnote")
N(D2, 4, "3 mai", "La session d'ouverture s'est tenue un 3 mai.", "date")
s = ("Co-construite sous le pilotage de la Fondation des Territoires, la Charte du faire alliance a été "
     "présentée le 30 novembre 2021, jour du Giving Tuesday, à Saint-Maurice2.")
N(D2, 4, "30 novembre 2021", s, "date")
N(D2, 4, "2", s, "footnote")
s = ("Préfigurée à partir de juillet 2018, elle a été créée le 14 juin 2022 sous l'égide de la Fondation de "
     "Lille.")
N(D2, 4, "juillet 2018", s, "date")
N(D2, 4, "14 juin 2022", s, "date")
s = "Elle compte 21 co-fondateurs et s'est fixé trois missions."
F(D2, 4, "21", 21, "count", "co-fondateurs", "co-fondateurs", "sentence",
  "co-fondateurs de la Fondation des Territoires", 2022, s,
  ["count", "pronoun_subject", "multi_figures", "year_from_context"])
F(D2, 4, "trois", 3, "count", "missions", None, None, "missions de la Fondation des Territoires", 2022, s,
  ["count", "number_in_words", "multi_figures", "year_from_context"])
s = "1 Une autre présentation du même parcours parle de 10 territoires pilotes."
N(D2, 4, "1", s, "footnote")
F(D2, 4, "10", 10, "count", "territoires pilotes", "territoires pilotes", "sentence",
  "territoires du parcours d'expérience CGET – Le RAMEAU (autre présentation)", None, s,
  ["count", "conflict", "footnote_text", "no_year"])
s = "2 Le site associations.gouv.fr retient une autre date : le mardi 30 septembre."
N(D2, 4, "2", s, "footnote")
N(D2, 4, "30 septembre", s, "date")
N(D2, 4, "2021-2022", FOOT2, "year")
N(D2, 4, "4", "p. 4", "page number")

# =============================================================================================
# D3  Diaporama Associations & Territoires (étude IMPACT 2021), 4 slides
# =============================================================================================
SLF = "Diaporama de restitution · Associations & Territoires "
N(D3, 1, "2021", "Restitution de l'étude IMPACT 2021", "year")
F(D3, 1, "148 000", 148000, "count", "associations employeuses", "associations employeuses", "sentence",
  "associations employeuses dans le champ de l'étude", 2021,
  "148 000 associations employeuses : le champ de l'étude",
  ["count", "key_figure_box", "year_adjacent_to_figure", "year_from_context"])
F(D3, 1, "Trois", 3, "count", "questions", None, None, "questions de l'étude", None, "Trois questions :",
  ["count", "number_in_words", "slide"])
N(D3, 1, "1 / 4", SLF + "1 / 4", "page number")

N(D3, 2, "2 / 4", SLF + "2 / 4", "page number")
F(D3, 2, "98%", 98, "%", "associations", "associations employeuses", "sentence",
  "ont des partenaires", 2021, "98% des associations employeuses ont des partenaires",
  ["key_figure_box", "no_space_unit", "pop_after", "year_from_document", "slide"])
for row, val, meas in [
        ("Collectivités territoriales 89 %", 89, "collectivités territoriales"),
        ("Structures d'intérêt général 73 %", 73, "structures d'intérêt général"),
        ("Établissements scolaires 70 %", 70, "établissements scolaires"),
        ("Collectifs d'associations 56 %", 56, "collectifs d'associations"),
        ("Acteurs publics nationaux 52 %", 52, "acteurs publics nationaux"),
        ("Fédérations professionnelles 37 %", 37, "fédérations professionnelles"),
        ("Acteurs académiques 35 %", 35, "acteurs académiques")]:
    F(D3, 2, "%d %%" % val, val, "%", "associations", "associations employeuses", "table",
      "travaillent en partenariat avec des " + meas, 2021, row,
      ["table", "actor_from_header", "year_from_document", "slide"])

N(D3, 3, "3 / 4", SLF + "3 / 4", "page number")
F(D3, 3, "73 %", 73, "%", "associations", "associations employeuses", "context",
  "agissent en partenariat à l'échelle locale", 2021, "73 % agissent à l'échelle locale",
  ["key_figure_box", "no_actor_in_sentence", "year_from_document", "slide"])
F(D3, 3, "47 %", 47, "%", "associations", "associations employeuses", "context",
  "agissent en partenariat à l'échelle régionale", 2021, "47 % à l'échelle régionale",
  ["key_figure_box", "no_actor_in_sentence", "ellipsis", "year_from_document", "slide"])
s = ("Pour mémoire — étude Associations & Partenariats (2017) : 74 % des associations citaient les collectivités "
     "comme partenaires.")
N(D3, 3, "2017", s, "year")
F(D3, 3, "74 %", 74, "%", "associations", "associations", "sentence",
  "citent les collectivités comme partenaires (étude Associations & Partenariats)", 2017, s,
  ["old_figure_in_newer_doc", "benchmark", "year_in_sentence"], year_alt=2016)

N(D3, 4, "4 / 4", SLF + "4 / 4", "page number")
for row, val, meas in [("Mécénat 75 %", 75, "mécénat"), ("Innovation sociétale 73 %", 73, "innovation sociétale"),
                       ("Pratiques responsables 70 %", 70, "pratiques responsables"),
                       ("Coopération économique 58 %", 58, "coopération économique")]:
    extra = {}
    if val == 75:
        extra["also_printed_as"] = [
            "Le mécénat arrive en tête, à 75 %, mais les formes plus engagées suivent de près."]
    F(D3, 4, "%d %%" % val, val, "%", "associations", "associations employeuses", "context",
      "forme de partenariat : " + meas, 2021, row,
      ["chart_label", "year_from_source_line", "actor_from_source_line", "slide"], **extra)
N(D3, 4, "2021", "Source : Observatoire des partenariats, étude IMPACT – Associations & Territoires, 2021.", "year")

# =============================================================================================
# D4  La Lettre n°27 (décembre 2024), 3 pages
# =============================================================================================
FOOT4 = "La Lettre n°27 · décembre 2024"


def foot4(page):
    N(D4, page, "n°27", FOOT4, "other", note="issue number")
    N(D4, page, "décembre 2024", FOOT4, "date")
    N(D4, page, "%d/3" % page, FOOT4 + " %d/3" % page, "page number")


s = "N° 27 · Décembre 2024 · Spécial élus locaux"
N(D4, 1, "N° 27", s, "other", note="issue number")
N(D4, 1, "Décembre 2024", s, "date")
N(D4, 1, "novembre 2024", "Cette lettre est consacrée à l'enquête IMPACTS & TRAJECTOIRES – Elus locaux, publiée "
  "en novembre 2024.", "date")
s = "Du 30 septembre au 28 octobre 2024, 302 maires ont répondu à nos questions par téléphone."
N(D4, 1, "30 septembre", s, "date")
N(D4, 1, "28 octobre 2024", s, "date")
F(D4, 1, "302", 302, "people", "maires", "maires", "sentence",
  "maires ayant répondu à l'enquête IMPACTS & TRAJECTOIRES – Elus locaux", 2024, s,
  ["count", "year_adjacent_to_figure", "date_in_sentence", "year_in_sentence"])
F(D4, 1, "91 %", 91, "%", "maires", "maires", "context", "voient leur territoire en mouvement", 2024,
  "Leur constat est sans appel : 91 % d'entre eux voient leur territoire en mouvement.",
  ["pronoun", "year_from_context"])
s = "Le mouvement est fort pour 35 % des maires interrogés ; 56 % le jugent ni plus ni moins marqué qu'auparavant."
F(D4, 1, "35 %", 35, "%", "maires", "maires interrogés", "sentence", "jugent fort le mouvement de leur territoire",
  2024, s, ["multi_same_pop", "pop_after", "breakdown", "year_from_context"])
F(D4, 1, "56 %", 56, "%", "maires", "maires interrogés", "sentence",
  "jugent le mouvement de leur territoire ni plus ni moins marqué qu'auparavant", 2024, s,
  ["multi_same_pop", "ellipsis", "breakdown", "year_from_context"])
s = "Parmi les répondants, 84 % administrent une commune de moins de 2 000 habitants."
F(D4, 1, "84 %", 84, "%", "répondants", "répondants", "sentence",
  "administrent une commune de moins de 2 000 habitants", 2024, s,
  ["parmi", "threshold_in_sentence", "year_from_context", "side_box"])
F(D4, 1, "2 000", 2000, "people", "habitants", None, None, "seuil de population des communes", None, s,
  ["threshold", "count"])
N(D4, 1, "automne 2024", "Enquête téléphonique, automne 2024.", "date")
foot4(1)

# page 2
s = ("En novembre 2020, l'étude IMPACT-Elus locaux (Comisis-OpinionWay) montrait déjà que 64 % des élus locaux "
     "voulaient s'appuyer sur le « jouer collectif ».")
N(D4, 2, "novembre 2020", s, "date")
F(D4, 2, "64 %", 64, "%", "élus locaux", "élus locaux", "sentence", "veulent s'appuyer sur le « jouer collectif »",
  2020, s, ["year_in_sentence", "old_figure_in_newer_doc", "pull_quote"],
  also_printed_as=["« 64 % des élus locaux veulent jouer collectif »"])
F(D4, 2, "92 %", 92, "%", "maires", "maires", "sentence", "reconnaissent l'utilité de la co-construction", 2020,
  "À la même période, les maires étaient 92 % à reconnaître l'utilité de la co-construction.",
  ["pop_before", "year_from_context"])
s = ("Dès 2016, PHARE-Institutions avait établi que 87 % des maires voyaient dans les partenariats une source "
     "d'innovation.")
N(D4, 2, "2016", s, "year")
F(D4, 2, "87 %", 87, "%", "maires", "maires", "sentence", "voient dans les partenariats une source d'innovation",
  2016, s, ["year_in_sentence", "pop_after"])
F(D4, 2, "cinq", 5, "count", "profils de maires", None, None, "profils de maires distingués par PHARE-Institutions",
  2016, "L'étude distinguait aussi cinq profils de maires.", ["count", "number_in_words", "year_from_context"])
s = ("Le programme IMPACT éclaire une autre facette : 76 % des maires estiment leur territoire engagé, tandis que "
     "46 % disent ne pas savoir piloter les partenariats.")
F(D4, 2, "76 %", 76, "%", "maires", "maires", "sentence", "estiment leur territoire engagé", None, s,
  ["multi_same_pop", "no_year"])
F(D4, 2, "46 %", 46, "%", "maires", "maires", "sentence", "disent ne pas savoir piloter les partenariats", None, s,
  ["multi_same_pop", "ellipsis", "no_year"])
N(D4, 2, "novembre 2020", "La fiche-repère « Les dynamiques d'engagement des Collectivités territoriales », issue "
  "de l'étude de novembre 2020, présente ces résultats en détail.", "date")
foot4(2)

# page 3
s = "Français 74 % 69 % des citoyens dans une autre restitution1"
F(D4, 3, "74 %", 74, "%", "Français", "Français", "table", "voient dans les partenariats une source d'innovation",
  None, s, ["table", "actor_from_row_label", "conflict", "no_year"])
F(D4, 3, "69 %", 69, "%", "citoyens", "citoyens", "sentence",
  "voient dans les partenariats une source d'innovation (autre restitution)", None, s,
  ["table", "conflict", "footnote_glued", "no_year"])
N(D4, 3, "1", s, "footnote")
for row, val, act, noun in [("Dirigeants d'entreprise 81 %", 81, "dirigeants d'entreprise", "dirigeants"),
                            ("Responsables associatifs 86 %", 86, "responsables associatifs", "responsables"),
                            ("Maires 87 %", 87, "maires", "maires")]:
    F(D4, 3, "%d %%" % val, val, "%", noun, act, "table", "voient dans les partenariats une source d'innovation",
      None, row, ["table", "actor_from_row_label", "no_year"])
s = "15 novembre : le dossier n°628 de JURIS Associations est consacré aux alliances."
N(D4, 3, "15 novembre", s, "date")
N(D4, 3, "n°628", s, "other", note="issue number")
s = "23 novembre : 3e dîner « Elus & Entreprises »."
N(D4, 3, "23 novembre", s, "date")
N(D4, 3, "3e", s, "ordinal")
s = ("26 novembre : 5e webinaire « l'ODD 17 en pratique » et parution du 11e rapport régional, consacré à la "
     "Normandie.")
N(D4, 3, "26 novembre", s, "date")
N(D4, 3, "5e", s, "ordinal")
N(D4, 3, "ODD 17", s, "other")
N(D4, 3, "11e", s, "ordinal")
N(D4, 3, "novembre 2020", "À lire : fiche-repère sur les collectivités territoriales, édition de novembre 2020.",
  "date")
N(D4, 3, "1", "1 Site du réseau CRESOL, rubrique « mouvement ».", "footnote")
foot4(3)

# =============================================================================================
# D5  Fiche territoire Normandie (mars 2017), 3 pages
# =============================================================================================
FOOT5 = "Fiche territoire Normandie · mars 2017"


def foot5(page):
    N(D5, page, "mars 2017", FOOT5, "date")
    N(D5, page, "%d/3" % page, FOOT5 + " %d/3" % page, "page number")


Y16 = dict(year_alt=2017)
N(D5, 1, "mars 2017", "Mise à jour de mars 2017 · Observatoire des partenariats", "date")
s = "Le 26 novembre, la Normandie a fait l'objet du 11e rapport régional de l'Observatoire."
N(D5, 1, "26 novembre", s, "date")
N(D5, 1, "11e", s, "ordinal")
F(D5, 1, "2,5", 2.5, "count", "partenaires", "associations", "sentence",
  "nombre moyen de partenaires par association", 2016, "2,5 partenaires en moyenne par association",
  ["key_figure_box", "count", "decimal_count", "average", "year_from_context"], **Y16)
F(D5, 1, "1 380", 1380, "people", "responsables associatifs", "responsables associatifs", "sentence",
  "responsables associatifs interrogés pour l'étude Associations & Partenariats", 2016,
  "+ de 1 380 responsables associatifs interrogés",
  ["key_figure_box", "count", "qualifier_plus_de", "year_from_context"], **Y16)
s = "Enquête réalisée en mai et juin 2016, résultats publiés en mars 2017."
N(D5, 1, "mai et juin 2016", s, "date")
N(D5, 1, "mars 2017", s, "date")
for row, val, meas in [("Collectivités 74", 74, "collectivités"),
                       ("Associations et fondations 72", 72, "associations et fondations"),
                       ("Établissements d'enseignement 47", 47, "établissements d'enseignement"),
                       ("Entreprises 28", 28, "entreprises"),
                       ("Structures d'insertion 22", 22, "structures d'insertion"),
                       ("Organismes de recherche 9", 9, "organismes de recherche")]:
    F(D5, 1, str(val), val, "%", "associations", "associations", "table",
      "citent comme partenaires : " + meas, 2016, row,
      ["table", "unit_from_header", "no_unit_sign", "actor_from_header", "year_from_context"], **Y16)
foot5(1)

# page 2
s = ("Parmi les associations dont le budget dépasse 150 000 €, 50 % ont noué un partenariat avec une "
     "entreprise.")
F(D5, 2, "150 000 €", 150000, "€", None, None, None, "seuil de budget des associations", None, s,
  ["threshold", "money"])
F(D5, 2, "50 %", 50, "%", "associations", "associations dont le budget dépasse 150 000 €", "sentence",
  "ont noué un partenariat avec une entreprise", 2016, s,
  ["parmi", "threshold_in_sentence", "money_and_percent", "year_from_document"], **Y16)
s = "Elles ne sont que 20 % quand leur budget reste inférieur à 10 000 €."
F(D5, 2, "20 %", 20, "%", "associations", "associations dont le budget est inférieur à 10 000 €", "context",
  "ont noué un partenariat avec une entreprise", 2016, s,
  ["pronoun", "threshold_in_sentence", "money_and_percent", "year_from_document"], **Y16)
F(D5, 2, "10 000 €", 10000, "€", None, None, None, "seuil de budget des associations", None, s,
  ["threshold", "money"])
s = ("Selon une note du 29 février 2016, 37 % des entreprises d'au moins 10 salariés mènent un partenariat avec "
     "une association.")
N(D5, 2, "29 février 2016", s, "date")
F(D5, 2, "37 %", 37, "%", "entreprises", "entreprises d'au moins 10 salariés", "sentence",
  "mènent un partenariat avec une association", 2016, s,
  ["date_in_sentence", "year_in_sentence", "threshold_in_sentence", "pop_after"])
F(D5, 2, "10", 10, "people", "salariés", None, None, "seuil de taille des entreprises (salariés)", None, s,
  ["threshold", "count"])
s = ("Côté associatif, la proportion atteint 38 %, et 53 % parmi les associations employeuses ; elle grimpe à "
     "65 % chez les pionniers1.")
F(D5, 2, "38 %", 38, "%", "associations", "associations", "context",
  "mènent un partenariat avec une entreprise", 2016, s,
  ["multi_pop", "no_actor_in_sentence", "year_from_context"])
F(D5, 2, "53 %", 53, "%", "associations", "associations employeuses", "sentence",
  "mènent un partenariat avec une entreprise", 2016, s, ["multi_pop", "parmi", "pop_after", "year_from_context"])
F(D5, 2, "65 %", 65, "%", "pionniers", "pionniers", "sentence",
  "mènent un partenariat (associations et entreprises pionnières)", 2016, s,
  ["multi_pop", "footnote_glued", "pop_after", "year_from_context"])
N(D5, 2, "1", s, "footnote")
s = ("L'étude ARPEA Entreprises & Territoires, publiée en janvier 2011, classait les entreprises en trois "
     "groupes :")
N(D5, 2, "janvier 2011", s, "date")
F(D5, 2, "trois", 3, "count", "groupes", None, None, "groupes d'entreprises selon leur position sur les partenariats",
  2011, s, ["count", "number_in_words", "date_in_sentence"])
for row, val, meas in [("Développent des partenariats 21 %", 21, "développent des partenariats avec des associations"),
                       ("Souhaitent en développer 33 %", 33, "souhaitent développer des partenariats"),
                       ("Ne le souhaitent pas 46 %", 46, "ne souhaitent pas développer de partenariats")]:
    F(D5, 2, "%d %%" % val, val, "%", "entreprises", "entreprises", "table", meas, 2011, row,
      ["table", "actor_from_header", "year_from_context"])
N(D5, 2, "1", "1 Entreprises et associations les plus avancées dans leurs pratiques partenariales.", "footnote")
foot5(2)

# page 3
N(D5, 3, "1", "1. Repérer les acteurs déjà engagés sur le territoire.", "other", note="list numbering")
N(D5, 3, "2", "2. Identifier un besoin partagé.", "other", note="list numbering")
N(D5, 3, "3", "3. Choisir la forme d'alliance adaptée.", "other", note="list numbering")
s = ("Rappel : entre 2008 et 2012, les enquêtes ARPEA estimaient que près de 46 % des associations étaient "
     "engagées avec une entreprise.")
N(D5, 3, "2008 et 2012", s, "year")
F(D5, 3, "46 %", 46, "%", "associations", "associations", "sentence", "sont engagées avec une entreprise",
  "2008-2012", s, ["year_in_sentence", "qualifier_pres_de", "pop_after"])
s = ("Le RAMEAU, qui a conduit des expérimentations auprès de plus de 500 organisations depuis 2006, propose des "
     "outils pour chacune de ces étapes.")
F(D5, 3, "500", 500, "count", "organisations", "organisations", "sentence",
  "organisations auprès desquelles Le RAMEAU a conduit des expérimentations", "2006-2017", s,
  ["count", "qualifier_plus_de", "since_year"])
N(D5, 3, "2006", s, "year")
foot5(3)
