"""Gold set P for the figure finder: hand-written items, checks, and output.

Run:  /work/main/.venv/bin/python build_o.py
Writes figures-p.jsonl and not_figures-p.jsonl next to this script, prints counts and errors.
The items below were typed by hand from the pypdf text of the five obs-p-*.pdf files; the script
only checks them (it does not pick figures).

Checks, for every item:
  - the PDF and the 1-based page exist;
  - `sentence` occurs exactly once in the page text (pypdf, whitespace collapsed to single spaces);
  - `text` occurs in `sentence` (digit-bounded match; `occurrence` picks the n-th match, `offset`
    gives the exact index when the figure is glued to other digits);
  - figures: `value` equals the number parsed from `text`; unit, actor_source and year types are valid;
  - `also_printed_as` sentences are on the same page and contain `text`;
  - coverage: every digit and every number word on every page is inside the `text` span of exactly
    one item (figure, its also_printed_as, or non-figure). This is what makes the set exhaustive.
"""
import json
import os
import re
import sys
from collections import Counter

from pypdf import PdfReader

HERE = os.path.dirname(os.path.abspath(__file__))
D1 = "obs-p-01-phare-citoyens-synthese.pdf"
D2 = "obs-p-02-associations-territoires.pdf"
D3 = "obs-p-03-elus-locaux-slides.pdf"
D4 = "obs-p-04-entreprises-note.pdf"
D5 = "obs-p-05-reperes-rameau.pdf"
FILES = [D1, D2, D3, D4, D5]

UNITS = {"%", "/10", "count", "people", "€", "years"}
SOURCES = {"sentence", "context", "table", None}
WHYS = {"year", "date", "page number", "footnote", "ordinal", "law number", "phone", "postcode",
        "threshold", "other"}

FIGS, NOTS = [], []


def F(file, page, sentence, text, value, unit, noun, actor, actor_source, measure, year, cases, **kw):
    FIGS.append(dict(file=file, page=page, text=text, value=value, unit=unit, noun=noun, actor=actor,
                     actor_source=actor_source, measure=measure, year=year, sentence=sentence,
                     cases=cases, **kw))


def N(file, page, sentence, text, why, **kw):
    NOTS.append(dict(file=file, page=page, text=text, sentence=sentence, why=why, **kw))


# =====================================================================================
# obs-p-01  PHARE-Citoyens synthesis (enquête septembre 2015, mise à jour décembre 2016)
# =====================================================================================
f = D1
# ---- page 1
s = "Synthèse des résultats · enquête de septembre 2015 · mise à jour de décembre 2016"
N(f, 1, s, "2015", "year")
N(f, 1, s, "2016", "year")
F(f, 1, "69 %des Français voient dans l'alliance un devoir", "69 %", 69, "%", "Français", "Français",
  "sentence", "voient dans l'alliance entre associations et entreprises un devoir", 2015,
  ["key_figure_box", "pop_after", "layout_glued", "year_from_context"])
F(f, 1, "+ de 2 000personnes interrogées", "2 000", 2000, "people", "personnes", "personnes interrogées",
  "sentence", "nombre de personnes interrogées (PHARE-Citoyens)", 2015,
  ["key_figure_box", "count", "qualifier", "layout_glued", "year_from_context"])
s = "7,1/10pour l'emploi, priorité n°1"
F(f, 1, s, "7,1/10", 7.1, "/10", "note", "Français", "context", "note de priorité donnée à l'emploi", 2015,
  ["key_figure_box", "mark10", "layout_glued", "ordinal_in_sentence", "year_from_context"])
N(f, 1, s, "n°1", "ordinal")
N(f, 1, "Le volet Citoyens ouvre le programme PHARE, qui prend la suite d'ARPEA pour la période 2013-2018.",
  "2013-2018", "year")
N(f, 1, "Sauf mention contraire, les résultats ci-dessous portent sur cette vague de 2015.", "2015", "year")
s = "1. Un devoir d'alliance partagé " + "." * 106 + " 2"
N(f, 1, s, "1.", "other", note="section number in the table of contents")
N(f, 1, s, "2", "page number")
s = "2. Les priorités des Français, notées sur 10 " + "." * 87 + " 2"
N(f, 1, s, "2.", "other", note="section number in the table of contents")
N(f, 1, s, "10", "other", note="scale of the marks (sur 10), not a figure")
N(f, 1, s, "2", "page number", occurrence=1)
s = "3. Ce que les partenariats changent " + "." * 98 + " 3"
N(f, 1, s, "3.", "other", note="section number in the table of contents")
N(f, 1, s, "3", "page number", occurrence=1)
N(f, 1, "Observatoire des partenariats — PHARE-Citoyens 1/3", "1/3", "page number")
# ---- page 2
N(f, 2, "1. Un devoir d'alliance partagé", "1.", "other", note="section number")
F(f, 2, "Pour 69 % des Français, entreprises et associations ont le devoir de s'allier.", "69 %", 69, "%",
  "Français", "Français", "sentence", "estiment qu'entreprises et associations ont le devoir de s'allier",
  2015, ["pop_after", "year_from_context"])
s = ("La question posée n'est pas celle d'ARPEA : en 2008, 86 % des Français jugeaient urgent de créer des "
     "partenariats, et ils étaient encore 84 % à le penser en 2012.")
N(f, 2, s, "2008", "year")
F(f, 2, s, "86 %", 86, "%", "Français", "Français", "sentence",
  "jugent urgent de créer des partenariats associations-entreprises (ARPEA)", 2008,
  ["pop_after", "year_in_sentence", "two_years_one_sentence", "homonym", "same_value_on_page"])
F(f, 2, s, "84 %", 84, "%", "Français", "Français", "sentence",
  "jugent urgent de créer des partenariats associations-entreprises (ARPEA)", 2012,
  ["pronoun", "year_in_sentence", "two_years_one_sentence"])
N(f, 2, s, "2012", "year")
s = ("En octobre 2015, 81 % des dirigeants d'entreprise y souscrivaient ; interrogés en novembre, les "
     "responsables associatifs étaient 86 % à partager cet avis.")
N(f, 2, s, "2015", "year")
F(f, 2, s, "81 %", 81, "%", "dirigeants", "dirigeants d'entreprise", "sentence",
  "souscrivent au devoir d'alliance (PHARE-Entreprises)", 2015,
  ["multi_pop", "pop_after", "year_in_sentence"])
F(f, 2, s, "86 %", 86, "%", "responsables associatifs", "responsables associatifs", "sentence",
  "partagent l'avis d'un devoir d'alliance (PHARE-Associations)", 2015,
  ["multi_pop", "pop_before", "year_in_sentence", "homonym", "same_value_on_page"])
s = "Les maires, consultés en 2016 pour PHARE-Institutions, se montrent plus convaincus encore : 87 %."
N(f, 2, s, "2016", "year")
F(f, 2, s, "87 %", 87, "%", "maires", "maires", "sentence", "devoir d'alliance (PHARE-Institutions)", 2016,
  ["pop_before", "figure_last", "year_in_sentence"])
s = "2. Les priorités des Français, notées sur 10"
N(f, 2, s, "2.", "other", note="section number")
N(f, 2, s, "10", "other", note="scale of the marks (sur 10)")
s = ("Chaque personne interrogée a noté une série d'enjeux de 0 à 10 ; le tableau ci-dessous reprend les "
     "principaux.")
N(f, 2, s, "0", "other", note="bottom of the marking scale")
N(f, 2, s, "10", "other", note="top of the marking scale")
N(f, 2, "Enjeu Note /10", "10", "other", note="scale in the table header")
TAB = ["table", "mark10", "unit_from_header", "year_from_context"]
F(f, 2, "Emploi 7,1", "7,1", 7.1, "/10", "note", "Français", "context", "note de priorité : emploi", 2015, TAB)
F(f, 2, "Pouvoir d'achat 6,6", "6,6", 6.6, "/10", "note", "Français", "context",
  "note de priorité : pouvoir d'achat", 2015, TAB + ["same_value_on_page"])
s = "Sécurité1 6,6"
N(f, 2, s, "1", "footnote", note="footnote call glued to the row label, just before the figure")
F(f, 2, s, "6,6", 6.6, "/10", "note", "Français", "context", "note de priorité : sécurité", 2015,
  TAB + ["footnote_glued", "conflict", "same_value_on_page"])
F(f, 2, "Développement économique 6,5", "6,5", 6.5, "/10", "note", "Français", "context",
  "note de priorité : développement économique", 2015, TAB)
F(f, 2, "Environnement 6,3", "6,3", 6.3, "/10", "note", "Français", "context",
  "note de priorité : environnement", 2015, TAB + ["same_value_on_page"])
F(f, 2, "Exclusion 6,3", "6,3", 6.3, "/10", "note", "Français", "context",
  "note de priorité : exclusion", 2015, TAB + ["same_value_on_page"])
N(f, 2, "Source : PHARE-Citoyens, Comisis-OpinionWay, septembre 2015.", "2015", "year")
s = ("1 Une dépêche parue à la sortie de l'étude arrondit la note de la sécurité à 7/10 ; nous retenons la "
     "valeur du rapport.")
N(f, 2, s, "1", "footnote", note="footnote marker at the start of the footnote")
F(f, 2, s, "7/10", 7, "/10", "note", "Français", "context",
  "note de priorité : sécurité, arrondie par une dépêche de presse", 2015,
  ["mark10", "conflict", "footnote_text", "year_from_context"])
N(f, 2, "Observatoire des partenariats — PHARE-Citoyens 2/3", "2/3", "page number")
# ---- page 3
N(f, 3, "3. Ce que les partenariats changent", "3.", "other", note="section number")
s = "Les Français citent d'abord l'emploi (49 %), puis le développement économique (46 %)."
F(f, 3, s, "49 %", 49, "%", "Français", "Français", "sentence", "impact fort des partenariats sur l'emploi",
  2015, ["parenthetical", "multi_same_pop", "pop_before", "year_from_document"])
F(f, 3, s, "46 %", 46, "%", "Français", "Français", "sentence",
  "impact fort des partenariats sur le développement économique", 2015,
  ["parenthetical", "multi_same_pop", "pop_before", "year_from_document"])
F(f, 3, "• l'environnement, pour 42 % d'entre eux ;", "42 %", 42, "%", "Français", "Français", "context",
  "impact fort des partenariats sur l'environnement", 2015, ["list", "pronoun", "year_from_document"])
F(f, 3, "• la précarité et l'éducation, à 36 % chacune.", "36 %", 36, "%", "Français", "Français", "context",
  "impact fort des partenariats sur la précarité et sur l'éducation (chacune)", 2015,
  ["list", "one_figure_two_measures", "year_from_document"])
N(f, 3, "Plusieurs réponses étaient possibles : le total dépasse donc 100 %.", "100 %", "other",
  note="reference total of a multiple-answer question, not a measured figure")
F(f, 3, "Emploi : 7,1/10, la note la plus haute", "7,1/10", 7.1, "/10", "note", "Français", "context",
  "note de priorité : emploi", 2015, ["key_figure_box", "list", "mark10", "year_from_document"])
s = "Devoir d'alliance : 69 %, contre 86 % d'urgence ressentie en 2008 (ARPEA)"
F(f, 3, s, "69 %", 69, "%", "Français", "Français", "context", "devoir d'alliance", 2015,
  ["key_figure_box", "list", "year_from_document", "two_years_one_sentence"])
F(f, 3, s, "86 %", 86, "%", "Français", "Français", "context",
  "urgence de créer des partenariats (ARPEA)", 2008,
  ["key_figure_box", "list", "year_in_sentence", "two_years_one_sentence"])
N(f, 3, s, "2008", "year")
N(f, 3, "L'Observatoire des partenariats a été créé en 2008 par la Caisse des Dépôts et Le RAMEAU, en "
        "partenariat avec le MEDEF et le Mouvement associatif.", "2008", "year")
N(f, 3, "Observatoire des partenariats — PHARE-Citoyens 3/3", "3/3", "page number")

# =====================================================================================
# obs-p-02  IMPACT – Associations & Territoires (édition 2021; page 4 = 2017 study, fieldwork 2016)
# =====================================================================================
f = D2
# ---- page 1
N(f, 1, "Étude IMPACT – Associations & Territoires · édition 2021", "2021", "year")
F(f, 1, "148 000associations employeuses dans le champ de l’étude", "148 000", 148000, "count",
  "associations employeuses", "associations employeuses", "sentence",
  "nombre d'associations employeuses dans le champ de l'étude", 2021,
  ["key_figure_box", "count", "layout_glued", "year_from_context"])
F(f, 1, "98 %d’entre elles ont noué des partenariats", "98 %", 98, "%", "associations employeuses",
  "associations employeuses", "context", "ont noué des partenariats", 2021,
  ["key_figure_box", "pronoun", "layout_glued", "year_from_context"])
F(f, 1, "Il suit trois indicateurs : l’innovation, la performance et la confiance.", "trois", 3, "count",
  "indicateurs", None, None, "nombre d'indicateurs suivis par le programme IMPACT", None,
  ["count", "number_in_words"])
N(f, 1, "→ Ce que disait l’étude de 2017", "2017", "year")
N(f, 1, "IMPACT – Associations & Territoires p. 1", "1", "page number")
# ---- page 2
F(f, 2, "Presque toutes les associations employeuses ont des partenaires : 98 % d’entre elles, selon "
        "l’enquête.", "98 %", 98, "%", "associations employeuses", "associations employeuses", "sentence",
  "ont des partenaires", 2021, ["pop_before", "pronoun", "year_from_context"])
N(f, 2, "Tableau 1 – Partenaires cités", "1", "other", note="table number")
T2 = ["table", "actor_from_header", "year_from_context"]
AE = "associations employeuses"
F(f, 2, "Collectivités territoriales 89 %", "89 %", 89, "%", "associations", AE, "table",
  "partenariat avec les collectivités territoriales", 2021, T2,
  also_printed_as=["Les collectivités territoriales arrivent en tête (89 %)."])
F(f, 2, "Structures d’intérêt général 73 %", "73 %", 73, "%", "associations", AE, "table",
  "partenariat avec des structures d'intérêt général", 2021, T2)
F(f, 2, "Établissements scolaires 70 %", "70 %", 70, "%", "associations", AE, "table",
  "partenariat avec des établissements scolaires", 2021, T2,
  also_printed_as=["Lecture : 70 % des associations employeuses ont un partenariat avec un établissement "
                   "scolaire."])
F(f, 2, "Collectifs d’associations 56 %", "56 %", 56, "%", "associations", AE, "table",
  "partenariat avec des collectifs d'associations", 2021, T2)
F(f, 2, "Acteurs publics nationaux 52 %", "52 %", 52, "%", "associations", AE, "table",
  "partenariat avec des acteurs publics nationaux", 2021, T2)
F(f, 2, "Fédérations professionnelles 37 %", "37 %", 37, "%", "associations", AE, "table",
  "partenariat avec des fédérations professionnelles", 2021, T2)
F(f, 2, "Acteurs académiques 35 %", "35 %", 35, "%", "associations", AE, "table",
  "partenariat avec des acteurs académiques", 2021, T2)
N(f, 2, "Source : étude IMPACT – Associations & Territoires, 2021.", "2021", "year")
N(f, 2, "IMPACT – Associations & Territoires p. 2", "2", "page number")
# ---- page 3
F(f, 3, "L’ancrage reste d’abord local : 73 % des associations employeuses ont des partenaires de proximité.",
  "73 %", 73, "%", "associations", AE, "sentence", "partenaires à l'échelle locale", 2021,
  ["pop_after", "homonym", "same_value_on_page", "year_from_context"])
F(f, 3, "L’échelle régionale vient ensuite ; elle concerne 47 % d’entre elles.", "47 %", 47, "%",
  "associations", AE, "context", "partenaires à l'échelle régionale", 2021,
  ["pronoun", "year_from_context"])
N(f, 3, "Tableau 2 – Formes de partenariat", "2", "other", note="table number")
T3 = ["table", "actor_from_header", "year_from_context"]
F(f, 3, "Mécénat 75 %", "75 %", 75, "%", "associations", AE, "table", "partenariat sous forme de mécénat",
  2021, T3)
F(f, 3, "Innovation sociétale 73 %", "73 %", 73, "%", "associations", AE, "table",
  "partenariat d'innovation sociétale", 2021, T3 + ["homonym", "same_value_on_page"])
F(f, 3, "Pratiques responsables 70 %", "70 %", 70, "%", "associations", AE, "table",
  "partenariat sur les pratiques responsables", 2021, T3)
F(f, 3, "Coopération économique 58 %", "58 %", 58, "%", "associations", AE, "table",
  "partenariat de coopération économique", 2021, T3)
N(f, 3, "Source : IMPACT, 2021.", "2021", "year")
N(f, 3, "IMPACT – Associations & Territoires p. 3", "3", "page number")
# ---- page 4
N(f, 4, "CE QUE DISAIT L’ÉTUDE DE 2017", "2017", "year")
s = ("Publiée en mars 2017 avec Recherches & Solidarités, l’étude Associations & Partenariats reposait sur "
     "une enquête menée en mai-juin 2016.")
N(f, 4, s, "2017", "year")
N(f, 4, s, "2016", "year")
F(f, 4, "Plus de 1 380 responsables associatifs y avaient répondu.", "1 380", 1380, "people",
  "responsables associatifs", "responsables associatifs", "sentence",
  "nombre de responsables associatifs ayant répondu (Associations & Partenariats)", 2016,
  ["count", "qualifier", "year_from_context"], year_alt=2017)
F(f, 4, "À l’époque, une association comptait en moyenne 2,5 partenaires.", "2,5", 2.5, "count",
  "partenaires", "associations", "sentence", "nombre moyen de partenaires par association", 2016,
  ["count", "decimal_count", "year_from_context"], year_alt=2017)
N(f, 4, "Tableau 3 – Part des associations citant chaque type de partenaire", "3", "other",
  note="table number")
N(f, 4, "Partenaire cité 2016", "2016", "year", note="year in a table column header")
T4 = ["table", "actor_from_header", "year_from_header"]
F(f, 4, "Collectivités 74 %", "74 %", 74, "%", "associations", "associations", "table",
  "citent les collectivités parmi leurs partenaires", 2016, T4 + ["homonym", "same_value_on_page"],
  year_alt=2017,
  also_printed_as=["Une comparaison terme à terme reste fragile, car les catégories ont changé : les "
                   "collectivités passent de 74 % à 89 %, mais les enquêtes ne posaient pas la même question."])
F(f, 4, "Associations ou fondations 72 %", "72 %", 72, "%", "associations", "associations", "table",
  "citent des associations ou fondations parmi leurs partenaires", 2016, T4, year_alt=2017)
F(f, 4, "Établissements d’enseignement 47 %", "47 %", 47, "%", "associations", "associations", "table",
  "citent des établissements d'enseignement parmi leurs partenaires", 2016, T4, year_alt=2017)
F(f, 4, "Entreprises 28 %", "28 %", 28, "%", "associations", "associations", "table",
  "citent des entreprises parmi leurs partenaires", 2016, T4, year_alt=2017)
F(f, 4, "Structures d’insertion 22 %", "22 %", 22, "%", "associations", "associations", "table",
  "citent des structures d'insertion parmi leurs partenaires", 2016, T4, year_alt=2017)
F(f, 4, "Organismes de recherche 9 %", "9 %", 9, "%", "associations", "associations", "table",
  "citent des organismes de recherche parmi leurs partenaires", 2016, T4, year_alt=2017)
s = ("La taille de l’association pèse lourd : 50 % de celles dont le budget dépasse 150 000 € ont un "
     "partenaire entreprise, contre 20 % des associations dont le budget est inférieur à 10 000 €.")
F(f, 4, s, "50 %", 50, "%", "associations", "associations dont le budget dépasse 150 000 €", "sentence",
  "ont un partenaire entreprise", 2016,
  ["multi_pop", "pronoun", "threshold_in_sentence", "year_from_context"], year_alt=2017)
N(f, 4, s, "150 000 €", "threshold", note="budget threshold inside the population")
F(f, 4, s, "20 %", 20, "%", "associations", "associations dont le budget est inférieur à 10 000 €",
  "sentence", "ont un partenaire entreprise", 2016,
  ["multi_pop", "pop_after", "threshold_in_sentence", "year_from_context"], year_alt=2017)
N(f, 4, s, "10 000 €", "threshold", note="budget threshold inside the population")
s = ("Une comparaison terme à terme reste fragile, car les catégories ont changé : les collectivités passent "
     "de 74 % à 89 %, mais les enquêtes ne posaient pas la même question.")
F(f, 4, s, "89 %", 89, "%", "associations", "associations employeuses", "context",
  "partenariat avec les collectivités (étude IMPACT)", 2021,
  ["two_years_one_sentence", "year_from_document", "comparison"])
s = ("Sur un autre terrain, le programme IMPACT avance que 74 % des Français voient dans les partenariats une "
     "source d’innovation ; une autre publication de l’Observatoire retient 69 % pour les citoyens.")
F(f, 4, s, "74 %", 74, "%", "Français", "Français", "sentence",
  "voient dans les partenariats une source d'innovation (programme IMPACT)", None,
  ["conflict", "homonym", "same_value_on_page", "pop_after"])
F(f, 4, s, "69 %", 69, "%", "citoyens", "citoyens", "sentence",
  "voient dans les partenariats une source d'innovation (autre publication)", None,
  ["conflict", "multi_figures", "pop_after"])
N(f, 4, "IMPACT – Associations & Territoires · observatoire-des-partenariats.fr p. 4", "4", "page number")

# =====================================================================================
# obs-p-03  slides IMPACTS & TRAJECTOIRES – Élus locaux (novembre 2024)
# =====================================================================================
f = D3
# ---- page 1
N(f, 1, "Présentation des résultats – novembre 2024", "2024", "year")
F(f, 1, "302 maires interrogés", "302", 302, "people", "maires", "maires", "sentence",
  "nombre de maires interrogés", 2024, ["list", "count", "year_from_context"])
s = "du 30 septembre au 28 octobre 2024"
N(f, 1, s, "30 septembre", "date")
N(f, 1, s, "28 octobre 2024", "date")
s = "84 % des répondants : communes de moins de 2 000 hab."
F(f, 1, s, "84 %", 84, "%", "répondants", "répondants", "sentence",
  "répondants maires de communes de moins de 2 000 habitants", 2024,
  ["list", "threshold_in_sentence", "year_from_context"])
N(f, 1, s, "2 000", "threshold", note="population threshold of the communes")
s = "Le RAMEAU · 2024 1"
N(f, 1, s, "2024", "year")
N(f, 1, s, "1", "page number")
# ---- page 2
F(f, 2, "91 %des maires voient leur territoire en mouvement", "91 %", 91, "%", "maires", "maires",
  "sentence", "voient leur territoire en mouvement", 2024,
  ["key_figure_box", "layout_glued", "pop_after", "year_from_document"])
F(f, 2, "35 % : « fortement »", "35 %", 35, "%", "maires", "maires", "context",
  "voient leur territoire fortement en mouvement", 2024,
  ["list", "breakdown", "year_from_document"])
F(f, 2, "56 % : « ni plus ni moins »", "56 %", 56, "%", "maires", "maires", "context",
  "voient leur territoire en mouvement « ni plus ni moins »", 2024,
  ["list", "breakdown", "year_from_document"])
s = "76 % des maires jugeaient déjà leur territoire engagé, mais 46 % ne savaient pas piloter les alliances."
F(f, 2, s, "76 %", 76, "%", "maires", "maires", "sentence", "jugent leur territoire engagé (programme IMPACT)",
  None, ["multi_same_pop", "pop_after", "key_figure_box"])
F(f, 2, s, "46 %", 46, "%", "maires", "maires", "sentence", "ne savent pas piloter les alliances", None,
  ["multi_same_pop", "ellipsis", "key_figure_box"])
s = "Le RAMEAU · 2024 2"
N(f, 2, s, "2024", "year")
N(f, 2, s, "2", "page number")
# ---- page 3
N(f, 3, "Élus locaux · novembre 2020", "2020", "year", note="column heading that dates the figure below")
F(f, 3, "64 % veulent s'appuyer sur le « jouer collectif »", "64 %", 64, "%", "élus locaux", "élus locaux",
  "context", "veulent s'appuyer sur le « jouer collectif »", 2020,
  ["list", "actor_from_heading", "year_from_header"])
F(f, 3, "92 % ont « besoin d'alliance »", "92 %", 92, "%", "maires", "maires", "context",
  "expriment un « besoin d'alliance »", None,
  ["list", "actor_from_heading", "homonym", "same_value_on_page"])
F(f, 3, "92 % reconnaissent l'utilité de la co-construction", "92 %", 92, "%", "maires", "maires", "context",
  "reconnaissent l'utilité de la co-construction", None,
  ["list", "actor_from_heading", "homonym", "same_value_on_page"])
F(f, 3, "87 % voient dans les partenariats une source d'innovation", "87 %", 87, "%", "maires", "maires",
  "context", "voient dans les partenariats une source d'innovation", None,
  ["list", "actor_from_heading", "homonym"])
s = "Le RAMEAU · 2024 3"
N(f, 3, s, "2024", "year")
N(f, 3, s, "3", "page number")
# ---- page 4
N(f, 4, "Rappel : PHARE-Institutions, 29 novembre 2016", "29 novembre 2016", "date")
N(f, 4, "Les maires interrogés en 2016 :", "2016", "year")
F(f, 4, "87 % jugent que s'allier est un devoir", "87 %", 87, "%", "maires", "maires", "context",
  "jugent que s'allier est un devoir (PHARE-Institutions)", 2016,
  ["list", "homonym", "year_from_context"])
F(f, 4, "cinq profils de maires identifiés", "cinq", 5, "count", "profils de maires", None, None,
  "nombre de profils de maires identifiés", 2016, ["list", "count", "number_in_words", "year_from_context"])
F(f, 4, "13 rapports régionaux publiés la même année", "13", 13, "count", "rapports régionaux", None, None,
  "nombre de rapports régionaux publiés", 2016, ["list", "count", "year_from_context"])
s = "dont le 11e, consacré à la Normandie (26 novembre)"
N(f, 4, s, "11e", "ordinal")
N(f, 4, s, "26 novembre", "date")
s = ("Sources : PHARE-Institutions (2016) ; IMPACT-Élus locaux (novembre 2020) ; IMPACTS & TRAJECTOIRES – Élus "
     "locaux (novembre 2024). 4")
N(f, 4, s, "2016", "year")
N(f, 4, s, "2020", "year")
N(f, 4, s, "2024", "year")
N(f, 4, s, "4", "page number", note="slide number glued to the source line")

# =====================================================================================
# obs-p-04  note d'analyse Entreprises (n°7, mars 2021)
# =====================================================================================
f = D4
# ---- page 1
s = "Note n°7 · mars 2021"
N(f, 1, s, "n°7", "other", note="issue number")
N(f, 1, s, "2021", "year")
s = ("En janvier 2011, l’étude ARPEA Entreprises & Territoires1 dressait un constat net : 21 % des entreprises "
     "développaient des partenariats avec des associations, 33 % souhaitaient le faire et 46 % ne le "
     "souhaitaient pas.")
N(f, 1, s, "2011", "year")
N(f, 1, s, "1", "footnote", note="footnote call glued to « Territoires »")
F(f, 1, s, "21 %", 21, "%", "entreprises", "entreprises", "sentence",
  "développent des partenariats avec des associations", 2011,
  ["multi_same_pop", "pop_after", "year_in_sentence", "footnote_nearby"])
F(f, 1, s, "33 %", 33, "%", "entreprises", "entreprises", "sentence",
  "souhaitent développer des partenariats avec des associations", 2011,
  ["multi_same_pop", "ellipsis", "year_in_sentence"])
F(f, 1, s, "46 %", 46, "%", "entreprises", "entreprises", "sentence",
  "ne souhaitent pas développer de partenariats avec des associations", 2011,
  ["multi_same_pop", "ellipsis", "year_in_sentence", "homonym"])
N(f, 1, "La note du 29 février 2016 a ensuite mesuré la pratique.", "29 février 2016", "date")
s = "Parmi les entreprises d’au moins 10 salariés, 37 % avaient noué un partenariat avec une association."
N(f, 1, s, "10", "threshold", note="size threshold inside the population")
F(f, 1, s, "37 %", 37, "%", "entreprises", "entreprises d’au moins 10 salariés", "sentence",
  "ont noué un partenariat avec une association", 2016,
  ["parmi", "threshold_in_sentence", "year_from_context"])
s = ("Côté associatif, la part atteignait 38 %, et même 53 % chez les employeuses ; les pionniers, eux, "
     "étaient 65 %.")
F(f, 1, s, "38 %", 38, "%", "associations", "associations", "sentence",
  "ont un partenariat avec une entreprise", 2016, ["multi_pop", "pop_before", "year_from_context"])
F(f, 1, s, "53 %", 53, "%", "associations employeuses", "associations employeuses", "sentence",
  "ont un partenariat avec une entreprise", 2016,
  ["multi_pop", "pop_after", "ellipsis", "year_from_context"])
F(f, 1, s, "65 %", 65, "%", "pionniers", "pionniers", "sentence", "ont un partenariat", 2016,
  ["multi_pop", "pop_before", "pronoun", "figure_last", "year_from_context"])
s = ("Aujourd’hui, 84 % des dirigeants d’entreprise disent avoir « envie d’alliance », quand 81 % des Français "
     "y voient un devoir et 92 % des maires un besoin.")
F(f, 1, s, "84 %", 84, "%", "dirigeants", "dirigeants d’entreprise", "sentence", "« envie d'alliance »",
  None, ["multi_pop", "pop_after", "homonym", "same_value_on_page"])
F(f, 1, s, "81 %", 81, "%", "Français", "Français", "sentence", "voient un devoir d'alliance", None,
  ["multi_pop", "pop_after", "homonym", "same_value_on_page", "conflict"])
F(f, 1, s, "92 %", 92, "%", "maires", "maires", "sentence", "expriment un besoin d'alliance", None,
  ["multi_pop", "pop_after", "ellipsis"])
s = ("Dans l’inventaire de plus de 250 données publié à l’automne 2020, 84 % des dirigeants de TPE et de PME "
     "jugeaient utile de co-construire pour sortir de la crise ; les Français étaient 81 % à le penser.")
F(f, 1, s, "250", 250, "count", "données", None, None, "nombre de données inventoriées", 2020,
  ["count", "qualifier", "year_in_sentence", "multi_figures"])
N(f, 1, s, "2020", "year")
F(f, 1, s, "84 %", 84, "%", "dirigeants", "dirigeants de TPE et de PME", "sentence",
  "jugent utile de co-construire pour sortir de la crise", 2020,
  ["multi_pop", "pop_after", "year_in_sentence", "homonym", "same_value_on_page"])
F(f, 1, s, "81 %", 81, "%", "Français", "Français", "sentence",
  "jugent utile de co-construire pour sortir de la crise", 2020,
  ["multi_pop", "pop_before", "year_in_sentence", "homonym", "same_value_on_page"])
s = ("1 ARPEA : « Analyse des Relations et des Partenariats entre Entreprises et Associations », programme "
     "2008-2012 conduit en 10 volets.")
N(f, 1, s, "1", "footnote", note="footnote marker")
N(f, 1, s, "2008-2012", "year")
F(f, 1, s, "10", 10, "count", "volets", None, None, "nombre de volets du programme ARPEA", "2008-2012",
  ["count", "footnote_text", "year_in_sentence"])
s = "Note n°7 – mars 2021 page 1/3"
N(f, 1, s, "n°7", "other", note="issue number")
N(f, 1, s, "2021", "year")
N(f, 1, s, "1/3", "page number")
# ---- page 2
T = ["table", "actor_from_row_label", "year_in_sentence"]
s = "Entreprises qui développent des partenariats 21 % ARPEA, janv. 2011"
F(f, 2, s, "21 %", 21, "%", "entreprises", "entreprises", "sentence",
  "développent des partenariats avec des associations", 2011, T)
N(f, 2, s, "2011", "year")
s = "Entreprises qui souhaitent en développer 33 % ARPEA, janv. 2011"
F(f, 2, s, "33 %", 33, "%", "entreprises", "entreprises", "sentence",
  "souhaitent développer des partenariats avec des associations", 2011, T)
N(f, 2, s, "2011", "year")
s = "Entreprises d’au moins 10 salariés partenaires 37 % note du 29/02/2016"
N(f, 2, s, "10", "threshold", note="size threshold inside the population")
F(f, 2, s, "37 %", 37, "%", "entreprises", "entreprises d’au moins 10 salariés", "sentence",
  "sont partenaires d'une association", 2016, T + ["threshold_in_sentence", "date_in_sentence"])
N(f, 2, s, "29/02/2016", "date")
F(f, 2, "Dirigeants : partenariats source d’innovation 81 % programme IMPACT", "81 %", 81, "%", "dirigeants",
  "dirigeants d’entreprise", "sentence", "voient dans les partenariats une source d'innovation", None,
  ["table", "actor_from_row_label"])
s = "Dirigeants de TPE-PME : co-construire en sortie de crise 84 % automne 2020"
F(f, 2, s, "84 %", 84, "%", "dirigeants", "dirigeants de TPE-PME", "sentence",
  "jugent utile de co-construire en sortie de crise", 2020, T)
N(f, 2, s, "2020", "year")
F(f, 2, "• près de 46 % des associations sont engagées avec une entreprise, selon ARPEA ;", "46 %", 46, "%",
  "associations", "associations", "sentence", "sont engagées avec une entreprise (ARPEA)", None,
  ["list", "qualifier", "pop_after", "homonym"])
F(f, 2, "• 86 % des responsables associatifs voient dans les partenariats une source d’innovation ;", "86 %",
  86, "%", "responsables associatifs", "responsables associatifs", "sentence",
  "voient dans les partenariats une source d'innovation", None, ["list", "pop_after"])
s = "• en 2016, 28 % des associations citaient une entreprise parmi leurs partenaires."
N(f, 2, s, "2016", "year")
F(f, 2, s, "28 %", 28, "%", "associations", "associations", "sentence",
  "citent une entreprise parmi leurs partenaires", 2016, ["list", "pop_after", "year_in_sentence"])
s = "Note n°7 – mars 2021 page 2/3"
N(f, 2, s, "n°7", "other", note="issue number")
N(f, 2, s, "2021", "year")
N(f, 2, s, "2/3", "page number")
# ---- page 3
F(f, 3, "Ils sont 81 % à juger les partenariats source d’innovation.", "81 %", 81, "%", "dirigeants",
  "dirigeants d’entreprise", "context", "jugent les partenariats source d'innovation", None,
  ["pronoun", "pop_before"])
s = "Les associations, elles, ne sont que 38 % à avoir un partenaire entreprise, selon la note de 2016."
F(f, 3, s, "38 %", 38, "%", "associations", "associations", "sentence", "ont un partenaire entreprise", 2016,
  ["pop_before", "year_in_sentence"])
N(f, 3, s, "2016", "year")
s = ("Confiée lors du FNAF 2019 par Gabriel Attal à Cathy Racon-Bouzon et Charles-Benoît Heidsieck, une mission "
     "ministérielle a remis son rapport le 7 mai 2020 ; son bilan a été dressé le 17 octobre 2020.")
N(f, 3, s, "2019", "year", note="year in an event name (FNAF 2019)")
N(f, 3, s, "7 mai 2020", "date")
N(f, 3, s, "17 octobre 2020", "date")
F(f, 3, "Une « feuille de route » ministérielle de 21 mesures accompagne la démarche.", "21", 21, "count",
  "mesures", None, None, "nombre de mesures de la feuille de route ministérielle", None, ["count"])
N(f, 3, "Les pourcentages sont arrondis à l’unité ; leur somme peut différer de 100.", "100", "other",
  note="reference total, not a figure")
s = "Note n°7 – mars 2021 page 3/3"
N(f, 3, s, "n°7", "other", note="issue number")
N(f, 3, s, "2021", "year")
N(f, 3, s, "3/3", "page number")

# =====================================================================================
# obs-p-05  Repères Le RAMEAU (juin 2022)
# =====================================================================================
f = D5
# ---- page 1
F(f, 1, "Repères : quinze ans de recherche sur les alliances", "quinze ans", 15, "years", None, None, None,
  "durée de la recherche du RAMEAU sur les alliances", None, ["duration", "number_in_words", "title"])
N(f, 1, "Édition de juin 2022", "2022", "year")
N(f, 1, "2006création du RAMEAU", "2006", "year", note="year in a key-figure box")
F(f, 1, "+ de 1 000exemples inspirants recensés", "1 000", 1000, "count", "exemples inspirants", None, None,
  "nombre d'exemples inspirants recensés", None, ["key_figure_box", "count", "qualifier", "layout_glued"])
s = "+ de 500organisations associées aux expérimentations depuis 2006"
F(f, 1, s, "500", 500, "count", "organisations", "organisations", "sentence",
  "nombre d'organisations associées aux expérimentations", "2006-2022",
  ["key_figure_box", "count", "qualifier", "layout_glued", "depuis", "year_in_sentence"])
N(f, 1, s, "2006", "year")
F(f, 1, "5 ansd'étude d'impact", "5 ans", 5, "years", None, None, None, "durée de l'étude d'impact", None,
  ["key_figure_box", "duration", "layout_glued"])
N(f, 1, "Association d'intérêt général créée en 2006, Le RAMEAU se présente comme un laboratoire de recherche "
        "empirique.", "2006", "year")
F(f, 1, "Il s'est donné 3 missions, dont celle de témoigner.", "3", 3, "count", "missions", None, None,
  "nombre de missions du RAMEAU", None, ["count", "homonym"])
s = ("L'Observatoire des partenariats a été créé en 2008 par la Caisse des Dépôts et Le RAMEAU, en partenariat "
     "avec le MEDEF et le Mouvement associatif1.")
N(f, 1, s, "2008", "year")
N(f, 1, s, "1", "footnote", note="footnote call glued to « associatif »")
s = ("1 Des documents plus anciens, comme le rapport quinquennal du 11 décembre 2012, écrivent « Créé en 2007, "
     "l'Observatoire national des partenariats associations / entreprises ».")
N(f, 1, s, "1", "footnote", note="footnote marker")
N(f, 1, s, "11 décembre 2012", "date")
N(f, 1, s, "2007", "year", note="conflicting creation year quoted from older documents")
s = "Repères – juin 2022 | 1"
N(f, 1, s, "2022", "year")
N(f, 1, s, "1", "page number")
# ---- page 2
N(f, 2, "2006 Création du RAMEAU", "2006", "year")
N(f, 2, "2008 Création de l'Observatoire des partenariats", "2008", "year")
s = "2008-2012 ARPEA : 10 volets d'études"
N(f, 2, s, "2008-2012", "year")
F(f, 2, s, "10", 10, "count", "volets", None, None, "nombre de volets d'études du programme ARPEA",
  "2008-2012", ["table", "count", "year_from_row"])
s = "2013-20182 PHARE : six volets, dont 13 rapports régionaux parus en 2016"
N(f, 2, s, "2013-2018", "year", offset=0)
N(f, 2, s, "2", "footnote", offset=9, note="footnote call glued to the period 2013-2018")
F(f, 2, s, "six", 6, "count", "volets", None, None, "nombre de volets du programme PHARE", "2013-2018",
  ["table", "count", "number_in_words", "year_from_row", "footnote_nearby"])
F(f, 2, s, "13", 13, "count", "rapports régionaux", None, None, "nombre de rapports régionaux parus", 2016,
  ["table", "count", "year_in_sentence", "year_next_to_count", "multi_figures"])
N(f, 2, s, "2016", "year")
s = "2018-2022 IMPACT, lancé en novembre 2017 : 3 axes"
N(f, 2, s, "2018-2022", "year")
N(f, 2, s, "2017", "year")
F(f, 2, s, "3", 3, "count", "axes", None, None, "nombre d'axes du programme IMPACT", "2018-2022",
  ["table", "count", "year_from_row", "several_years_in_sentence"])
s = "2020 Fonds ODD 17 : 1,5 M€ sur 3 ans"
N(f, 2, s, "2020", "year")
N(f, 2, s, "ODD 17", "other", note="goal name")
F(f, 2, s, "1,5 M€", 1500000, "€", None, None, None, "dotation du Fonds ODD 17", 2020,
  ["table", "money", "year_from_row", "multi_figures"])
F(f, 2, s, "3 ans", 3, "years", None, None, None, "durée de l'expérimentation financée par le Fonds ODD 17",
  2020, ["table", "duration", "year_from_row", "multi_figures"])
s = "2022 Fondation des Territoires, 21 co-fondateurs"
N(f, 2, s, "2022", "year")
F(f, 2, s, "21", 21, "count", "co-fondateurs", "co-fondateurs", "sentence",
  "nombre de co-fondateurs de la Fondation des Territoires", 2022, ["table", "count", "year_from_row"])
N(f, 2, "Chaque programme quinquennal a pris la suite du précédent ; IMPACT a ainsi été lancé dès novembre "
        "2017.", "2017", "year")
s = "2 Certaines présentations bornent PHARE à 2013-2017."
N(f, 2, s, "2", "footnote", note="footnote marker")
N(f, 2, s, "2013-2017", "year", note="conflicting end year of PHARE")
s = "Repères – juin 2022 | 2"
N(f, 2, s, "2022", "year")
N(f, 2, s, "2", "page number")
# ---- page 3
s = ("Lancée en 2010 à la suite de l'étude ARPEA-Collectivités locales, la démarche « Agir ensemble en "
     "Territoire » s'est appuyée sur trois pilotes : l'Alsace, le Poitou-Charentes et Paris-Est Marne & Bois.")
N(f, 3, s, "2010", "year")
F(f, 3, s, "trois", 3, "count", "pilotes", None, None, "nombre de territoires pilotes de la démarche", 2010,
  ["count", "number_in_words", "year_in_sentence"])
s = ("Avec le CGET, Le RAMEAU a ensuite ouvert un parcours d'expérience à 11 territoires pionniers ; une autre "
     "présentation parle de 10 territoires pilotes.")
F(f, 3, s, "11", 11, "count", "territoires pionniers", None, None,
  "nombre de territoires pionniers du parcours d'expérience CGET", None, ["count", "conflict", "multi_figures"])
F(f, 3, s, "10", 10, "count", "territoires pilotes", None, None,
  "nombre de territoires pilotes du parcours (autre présentation)", None, ["count", "conflict", "multi_figures"])
s = "La 1re session s'est tenue le 3 mai."
N(f, 3, s, "1re", "ordinal")
N(f, 3, s, "3 mai", "date")
s = ("Le Fonds ODD 17, co-créé en 2020 avec la Fondation TotalEnergies, est doté d'un million et demi d'euros "
     "pour une expérimentation de trois ans.")
N(f, 3, s, "ODD 17", "other", note="goal name")
N(f, 3, s, "2020", "year")
F(f, 3, s, "un million et demi d'euros", 1500000, "€", None, None, None, "dotation du Fonds ODD 17", 2020,
  ["money", "number_in_words", "year_in_sentence", "multi_figures"])
F(f, 3, s, "trois ans", 3, "years", None, None, None, "durée de l'expérimentation du Fonds ODD 17", 2020,
  ["duration", "number_in_words", "year_in_sentence", "multi_figures"])
F(f, 3, "Elle doit faire émerger 350 « catalyseurs territoriaux ».", "350", 350, "count",
  "catalyseurs territoriaux", "catalyseurs territoriaux", "sentence",
  "nombre de catalyseurs territoriaux visé par le Fonds ODD 17", 2020,
  ["count", "target", "pronoun_subject", "year_from_context"])
s = "L'étude IMPACT Fondations & Territoires, publiée le 23 septembre, s'appuie sur 42 fondations interrogées."
N(f, 3, s, "23 septembre", "date")
F(f, 3, s, "42", 42, "count", "fondations", "fondations", "sentence", "nombre de fondations interrogées", None,
  ["count", "date_in_sentence"])
s = ("Créée le 14 juin 2022 sous l'égide de la Fondation de Lille, la Fondation des Territoires réunit vingt "
     "et un co-fondateurs.")
N(f, 3, s, "14 juin 2022", "date")
F(f, 3, s, "vingt et un", 21, "count", "co-fondateurs", "co-fondateurs", "sentence",
  "nombre de co-fondateurs de la Fondation des Territoires", 2022,
  ["count", "number_in_words", "date_in_sentence"])
F(f, 3, "Elle poursuit 3 missions.", "3", 3, "count", "missions", None, None,
  "nombre de missions de la Fondation des Territoires", None, ["count", "pronoun_subject", "homonym"])
s = ("Sa préfiguration, lancée en juillet 2018, a suivi 3 étapes (07/18-07/19, 08/19-11/20, 12/20-05/22).")
N(f, 3, s, "2018", "year")
F(f, 3, s, "3", 3, "count", "étapes", None, None, "nombre d'étapes de la préfiguration", "2018-2022",
  ["count", "date_in_sentence", "breakdown_in_parentheses"])
N(f, 3, s, "07/18-07/19", "date")
N(f, 3, s, "08/19-11/20", "date")
N(f, 3, s, "12/20-05/22", "date")
s = ("La Charte du faire alliance a été dévoilée le 30 novembre 2021, soir du Giving Tuesday, à Saint-Maurice "
     "(94410) ; une page officielle indique pourtant le 30 septembre.")
N(f, 3, s, "30 novembre 2021", "date")
N(f, 3, s, "94410", "postcode")
N(f, 3, s, "30 septembre", "date", note="conflicting date given by another page")
N(f, 3, "Sur la plateforme www.odd17.org, la méthode M.E.D.O.C. rassemble Méthodes, Exemples, Données, Outils "
        "et Compétences.", "odd17", "other", note="number inside a web address")
s = "L'ODD 17 compte 19 cibles, rappelle une note du Comité 21 publiée le 5 juillet."
N(f, 3, s, "ODD 17", "other", note="goal name")
F(f, 3, s, "19", 19, "count", "cibles", None, None, "nombre de cibles de l'ODD 17", None,
  ["count", "near_non_figure"])
N(f, 3, s, "Comité 21", "other", note="organisation name")
N(f, 3, s, "5 juillet", "date")
s = "Repères – juin 2022 | 3"
N(f, 3, s, "2022", "year")
N(f, 3, s, "3", "page number")


# =====================================================================================
# checks
# =====================================================================================
WORDS = {"trois": 3, "cinq": 5, "six": 6, "quinze ans": 15, "trois ans": 3, "vingt et un": 21,
         "un million et demi d'euros": 1500000}
NUMBER_WORDS = re.compile(
    r"\b(deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|vingts?|"
    r"trente|quarante|cinquante|soixante|cents?|mille|millions?|milliards?|moitié|tiers|quart|double|"
    r"triple|premiers?|premières?|deuxièmes?|seconde?s?|troisièmes?|dizaines?|centaines?|milliers?)\b",
    re.IGNORECASE)


def collapse(s):
    return " ".join(s.split())


def parse_value(item):
    t = item["text"]
    if "number_in_words" in item["cases"]:
        return WORDS[t]
    m = re.search(r"\d{1,3}(?: \d{3})*(?:,\d+)?", t)
    v = float(m.group(0).replace(" ", "").replace(",", "."))
    if "M€" in t or "million" in t:
        v *= 1e6
    return v


def find_all(text, sub):
    """Digit-bounded matches of sub in text."""
    out, i = [], 0
    while True:
        j = text.find(sub, i)
        if j < 0:
            return out
        ok = True
        if sub[0].isdigit() and j > 0 and text[j - 1].isdigit():
            ok = False
        end = j + len(sub)
        if sub[-1].isdigit() and end < len(text) and text[end].isdigit():
            ok = False
        if ok:
            out.append(j)
        i = j + 1


def main():
    errors = []
    pages = {}
    for fn in FILES:
        r = PdfReader(os.path.join(HERE, fn))
        if not 2 <= len(r.pages) <= 4:
            errors.append(f"{fn}: {len(r.pages)} pages")
        pages[fn] = [collapse(p.extract_text()) for p in r.pages]
    covered = {(fn, i + 1): [0] * len(t) for fn in FILES for i, t in enumerate(pages[fn])}

    def locate(item, sentence, kind):
        fn, pg = item["file"], item["page"]
        if fn not in pages or not 1 <= pg <= len(pages[fn]):
            errors.append(f"{kind} bad file/page: {item}")
            return None
        pt = pages[fn][pg - 1]
        n = pt.count(sentence)
        if n != 1:
            errors.append(f"{kind} sentence found {n} times on {fn} p{pg}: {sentence!r}")
            return None
        base = pt.find(sentence)
        t = item["text"]
        if "offset" in item:
            off = item["offset"]
            if sentence[off:off + len(t)] != t:
                errors.append(f"{kind} offset mismatch: {item}")
                return None
        else:
            hits = find_all(sentence, t)
            k = item.get("occurrence", 0) if sentence == item["sentence"] else 0
            if len(hits) <= k:
                errors.append(f"{kind} text {t!r} not in sentence {sentence!r}")
                return None
            off = hits[k]
        return base + off, base + off + len(t)

    def mark(item, span, kind):
        if span is None:
            return
        cov = covered[(item["file"], item["page"])]
        pt = pages[item["file"]][item["page"] - 1]
        for i in range(*span):
            if pt[i].isdigit() or pt[i].isalpha():
                cov[i] += 1

    for it in FIGS:
        mark(it, locate(it, it["sentence"], "FIG"), "FIG")
        for s in it.get("also_printed_as", []):
            mark(it, locate(it, s, "ALSO"), "ALSO")
        if it["unit"] not in UNITS:
            errors.append(f"bad unit {it}")
        if it["actor_source"] not in SOURCES or (it["actor"] is None) != (it["actor_source"] is None):
            errors.append(f"bad actor/actor_source {it['text']} {it['sentence']}")
        y = it["year"]
        if not (y is None or isinstance(y, int) or re.fullmatch(r"\d{4}-\d{4}", str(y))):
            errors.append(f"bad year {it}")
        if not it["cases"]:
            errors.append(f"no cases {it}")
        try:
            pv = parse_value(it)
        except Exception as e:  # noqa: BLE001
            errors.append(f"value parse failed {it['text']!r}: {e}")
            continue
        if abs(pv - it["value"]) > 1e-9:
            errors.append(f"value {it['value']} != parsed {pv} for {it['text']!r} in {it['sentence']!r}")
    for it in NOTS:
        mark(it, locate(it, it["sentence"], "NOT"), "NOT")
        if it["why"] not in WHYS:
            errors.append(f"bad why {it}")

    # coverage: every digit and every number word covered exactly once
    for (fn, pg), cov in covered.items():
        pt = pages[fn][pg - 1]
        for i, ch in enumerate(pt):
            if ch.isdigit() and cov[i] != 1:
                errors.append(f"digit coverage {cov[i]} at {fn} p{pg}: ...{pt[max(0, i - 40):i + 20]}...")
        for m in NUMBER_WORDS.finditer(pt):
            if any(cov[i] != 1 for i in range(m.start(), m.end())):
                errors.append(f"number word not covered at {fn} p{pg}: {m.group(0)!r} "
                              f"...{pt[max(0, m.start() - 40):m.end() + 20]}...")

    # duplicates (same item typed twice)
    keys = Counter((it["file"], it["page"], it["sentence"], it["text"], it.get("occurrence", 0))
                   for it in FIGS + NOTS)
    for k, n in keys.items():
        if n > 1:
            errors.append(f"duplicate item {k}")

    # write
    order = {fn: i for i, fn in enumerate(FILES)}

    def pos(it):
        pt = pages[it["file"]][it["page"] - 1]
        return (order[it["file"]], it["page"], pt.find(it["sentence"]))

    fig_fields = ["file", "page", "text", "value", "unit", "noun", "actor", "actor_source", "measure", "year",
                  "sentence", "cases"]
    with open(os.path.join(HERE, "figures-p.jsonl"), "w", encoding="utf-8") as fh:
        for it in sorted(FIGS, key=pos):
            out = {k: it[k] for k in fig_fields}
            v = it["value"]
            out["value"] = int(v) if float(v).is_integer() else v
            for k in ("year_alt", "occurrence", "also_printed_as"):
                if k in it:
                    out[k] = it[k]
            fh.write(json.dumps(out, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "not_figures-p.jsonl"), "w", encoding="utf-8") as fh:
        for it in sorted(NOTS, key=pos):
            out = {k: it[k] for k in ("file", "page", "text", "sentence", "why")}
            for k in ("occurrence", "offset", "note"):
                if k in it:
                    out[k] = it[k]
            fh.write(json.dumps(out, ensure_ascii=False) + "\n")

    # counts
    print(f"figures: {len(FIGS)}   non-figures: {len(NOTS)}")
    print("per file:")
    for fn in FILES:
        print(f"  {fn}: {len(pages[fn])} pages, {sum(i['file'] == fn for i in FIGS)} figures, "
              f"{sum(i['file'] == fn for i in NOTS)} non-figures")
    print("units:", dict(Counter(i["unit"] for i in FIGS).most_common()))
    print("actor_source:", dict(Counter(str(i["actor_source"]) for i in FIGS).most_common()))
    print("with year:", sum(i["year"] is not None for i in FIGS), " null year:",
          sum(i["year"] is None for i in FIGS))
    print("number_in_words:", sum("number_in_words" in i["cases"] for i in FIGS))
    print("also_printed_as:", sum("also_printed_as" in i for i in FIGS))
    print("cases:", dict(Counter(c for i in FIGS for c in i["cases"]).most_common()))
    print("why:", dict(Counter(i["why"] for i in NOTS).most_common()))
    print(f"errors: {len(errors)}")
    for e in errors:
        print("  ERROR", e)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
