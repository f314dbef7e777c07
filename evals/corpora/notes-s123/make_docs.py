# -*- coding: utf-8 -*-
"""Corpus fictif notes-s123 : 5 PDF « à la manière » de l'Observatoire des partenariats.

Déterministe : rl_config.invariant = 1, métadonnées vides. Écrit les PDF à côté de ce script.
Lancer : /work/main/.venv/bin/python make_docs.py
"""
import os
from reportlab import rl_config
rl_config.invariant = 1
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import (BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer,
                                Table, TableStyle, PageBreak, KeepTogether)

HERE = os.path.dirname(os.path.abspath(__file__))
W, H = A4

BODY = ParagraphStyle("body", fontName="Helvetica", fontSize=10, leading=13.5, spaceAfter=6)
SMALL = ParagraphStyle("small", parent=BODY, fontSize=8, leading=10, spaceAfter=3)
TITLE = ParagraphStyle("title", parent=BODY, fontName="Helvetica-Bold", fontSize=17, leading=21, spaceAfter=10)
H2 = ParagraphStyle("h2", parent=BODY, fontName="Helvetica-Bold", fontSize=12, leading=15, spaceBefore=6, spaceAfter=6)
BRIEF = ParagraphStyle("brief", parent=BODY, leftIndent=8, borderPadding=4)
CELL = ParagraphStyle("cell", parent=BODY, fontSize=9, leading=11.5, spaceAfter=0)
BULLET = ParagraphStyle("bullet", parent=BODY, leftIndent=14, bulletIndent=4)
VERB = ParagraphStyle("verb", parent=BODY, fontName="Helvetica-Oblique", leftIndent=18, rightIndent=18)


def P(t, s=BODY):
    return Paragraph(t, s)


def B(t):
    return Paragraph(t, BULLET, bulletText="\u2022")


def box(flows, bg="#EEF3F8", width=17 * cm):
    t = Table([[flows]], colWidths=[width])
    t.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.8, colors.HexColor("#1F4E79")),
                           ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor(bg)),
                           ("LEFTPADDING", (0, 0), (-1, -1), 8), ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                           ("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    return t


def twocols(left, right):
    t = Table([[left, right]], colWidths=[8.3 * cm, 8.3 * cm])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (0, 0), 12),
                           ("LINEAFTER", (0, 0), (0, 0), 0.4, colors.grey)]))
    return t


def grid(rows, widths, header_rows=1, bold_rows=()):
    data = [[Paragraph(str(c), CELL) for c in r] for r in rows]
    t = Table(data, colWidths=widths, repeatRows=header_rows)
    st = [("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
          ("BACKGROUND", (0, 0), (-1, header_rows - 1), colors.HexColor("#D9E2EC")),
          ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]
    for r in bold_rows:
        st.append(("BACKGROUND", (0, r), (-1, r), colors.HexColor("#F2F2F2")))
    t.setStyle(TableStyle(st))
    return t


def build(name, story, header, footer_fn):
    path = os.path.join(HERE, name)

    def on_page(c, doc):
        c.saveState()
        c.setFont("Helvetica", 8)
        c.setFillColor(colors.HexColor("#444444"))
        c.drawString(2 * cm, H - 1.3 * cm, header)
        c.drawRightString(W - 2 * cm, 1.2 * cm, footer_fn(doc.page))
        c.restoreState()

    doc = BaseDocTemplate(path, pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm, topMargin=2 * cm,
                          bottomMargin=2 * cm, title="", author="", subject="", creator="", producer="",
                          keywords="")
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="f")
    doc.addPageTemplates([PageTemplate(id="p", frames=[frame], onPage=on_page)])
    doc.build(story)
    return path


# ---------------------------------------------------------------- 01 bulletin de veille
def doc1():
    s = [P("Veille des alliances", TITLE),
         P("Brèves de la quinzaine : douze études, douze chiffres. Sélection de l'Observatoire des alliances "
           "territoriales (organisme fictif)."),
         P("<b>Élus locaux.</b> Près des deux tiers des élus locaux veulent s'appuyer sur le « jouer collectif » : "
           "ils étaient 64 % à le dire lors de l'étude IMPACT-Élus locaux (Comisis-OpinionWay, novembre 2020).", BRIEF),
         P("<b>Maires.</b> Selon IMPACTS &amp; TRAJECTOIRES – Élus locaux (Le RAMEAU, 2024), 91 % des maires voient "
           "leur territoire « en mouvement ». Au total, 302 maires ont été interrogés par téléphone du 30 septembre "
           "au 28 octobre 2024.", BRIEF),
         P("<b>Entreprises.</b> Dans l'étude ARPEA Entreprises &amp; Territoires (Comisis, janvier 2011), 21 % des "
           "entreprises déclaraient développer des partenariats avec des associations et 33 % souhaitaient le faire.",
           BRIEF),
         P("<b>Fondations.</b> Le baromètre « Fondations en région » (Institut Solvéa, 2023) recense 1 240 fondations "
           "actives hors Île-de-France, dont près d'un tiers ont été créées depuis 2010.", BRIEF),
         Spacer(1, 8),
         box([P("<b>Agenda.</b> 3e rencontre « Alliances &amp; Territoires » le 12 juin 2025 à Lyon ; inscriptions "
                "jusqu'au 30 mai.", SMALL)]),
         PageBreak(),
         P("<b>Jeunes.</b> Parmi les bénévoles de moins de 25 ans, 43 % disent avoir découvert leur association par "
           "leur établissement scolaire (Cercle Pivert, enquête 2022).", BRIEF),
         P("<b>Entreprises moyennes.</b> La note du 29 février 2016 (Le RAMEAU) estimait que 37 % des entreprises "
           "d'au moins 10 salariés avaient un partenariat associatif ; chez les pionniers, la part montait à 65 %.",
           BRIEF),
         P("<b>Associations.</b> Une association compte en moyenne 2,5 partenaires, selon l'enquête Associations "
           "&amp; Partenariats (Recherches &amp; Solidarités et Le RAMEAU, 2017), menée auprès de plus de 1 380 "
           "responsables associatifs.", BRIEF),
         P("<b>Santé.</b> Le réseau Santé-Lien (organisme fictif, bilan 2024) compte 312 maisons de santé associées à "
           "une association de patients, soit 18 % de plus qu'en 2021.", BRIEF),
         P("<b>Citoyens.</b> 69 % des Français jugeaient les alliances entre acteurs comme « un devoir » lors de "
           "PHARE-Citoyens (Comisis-OpinionWay, septembre 2015)<super>1</super>.", BRIEF),
         Spacer(1, 10),
         P("<super>1</super> Sondage réalisé auprès de plus de 2 000 personnes. Voir aussi Veille n° 31, p. 4.", SMALL),
         PageBreak(),
         P("<b>Mécénat de compétences.</b> Trois salariés sur dix se disent prêts à s'engager sur leur temps de "
           "travail (Institut Pergola, baromètre 2023), contre un sur cinq en 2019.", BRIEF),
         P("<b>Culture.</b> Dans les communes de moins de 3 500 habitants, 126 festivals associatifs ont reçu le "
           "soutien d'une entreprise locale en 2024 (Fédération des festivals ruraux, organisme fictif, 2025).", BRIEF),
         P("<b>Fonds ODD 17.</b> Co-créé en 2020 par Le RAMEAU et la Fondation TotalEnergies, le fonds dispose de "
           "1,5 M€ pour une expérimentation sur 3 ans, avec 350 « catalyseurs territoriaux ».", BRIEF),
         P("<b>Insertion.</b> Quelque 4 800 salariés en parcours d'insertion ont été accueillis en 2024 par des "
           "entreprises partenaires de structures d'insertion (Réseau Passerelles, organisme fictif, 2025).", BRIEF),
         Spacer(1, 10),
         box([P("Veille des alliances, 14 rue des Tanneurs, 69002 Lyon. Tél. 04 72 18 36 90. Prochain numéro : "
                "n° 59, le 15 mai 2025.", SMALL)], bg="#F5F5F5"),
         ]
    return build("obs-s123-01-bulletin-veille.pdf", s, "Veille des alliances n° 58 - avril 2025",
                 lambda n: "p. %d" % (n + 1))


# ---------------------------------------------------------------- 02 étude sectorielle sport
def doc2():
    s = [P("Sport et partenariats : ce que disent les clubs", TITLE),
         P("Étude sectorielle 2025 de l'Observatoire des alliances territoriales et de l'Union des clubs sportifs "
           "(UCS, organisme fictif)."),
         P("L'enquête a été conduite du 7 octobre au 13 décembre 2024 auprès de 1 612 associations sportives ; les "
           "résultats sont publiés en mars 2025. Parmi elles, 1 104 sont affiliées à une fédération olympique et "
           "508 à une fédération multisports."),
         box([P("<b>En bref</b>", BODY),
              B("89 % des clubs ont au moins un partenaire"),
              B("3,1 partenaires en moyenne par club"),
              B("41 % travaillent avec une entreprise")]),
         Spacer(1, 8),
         P("En 2019, lors de la 1re édition de l'enquête, ils n'étaient que 33 % à travailler avec une entreprise."),
         PageBreak(),
         P("1. Qui sont les partenaires des clubs ?", H2),
         twocols([P("Les collectivités arrivent en tête (74 %), devant les entreprises (41 %) et les établissements "
                    "scolaires (38 %)<super>2</super>. Les autres associations sont citées par 29 % d'entre elles, "
                    "les fondations par à peine 9 %."),
                  P("Chez les clubs de plus de 300 licenciés, les entreprises sont citées par 62 % d'entre eux, "
                    "contre 27 % pour les clubs de moins de 50 licenciés.")],
                 [P("Le nombre moyen de partenaires atteint 3,1, contre 2,5 pour l'ensemble des associations "
                    "(enquête Associations &amp; Partenariats, 2017)."),
                  P("Un club sur quatre déclare plus de cinq partenaires différents.")]),
         Spacer(1, 14),
         P("<super>2</super> Question 4 : « Avec quels types de partenaires votre club travaille-t-il ? ». "
           "Plusieurs réponses possibles ; total supérieur à 100 %.", SMALL),
         PageBreak(),
         P("Tableau 2 - Partenaires cités selon la taille du club (% des clubs)", H2),
         grid([["Type de partenaire", "Moins de 50 licenciés", "Plus de 300 licenciés", "Ensemble"],
               ["Collectivités", "68 %", "85 %", "74 %"],
               ["Entreprises", "27 %", "62 %", "41 %"],
               ["Fondations", "5 %", "16 %", "9 %"]],
              [5.5 * cm, 4 * cm, 4 * cm, 3 * cm]),
         Spacer(1, 8),
         P("Lecture : 85 % des clubs de plus de 300 licenciés travaillent avec une collectivité.", SMALL),
         P("L'écart entre petits et grands clubs dépasse 30 points pour les entreprises."),
         P("Champ : 1 612 clubs répondants, France métropolitaine, 2024.", SMALL),
         PageBreak(),
         P("2. Ce que les partenariats apportent", H2),
         P("Premier apport cité par les clubs partenaires d'une entreprise :"),
         B("financement : 57 % ;"),
         B("équipement et matériel : 34 % ;"),
         B("compétences (bénévolat, mécénat de compétences) : 18 %."),
         P("Le montant médian d'un partenariat d'entreprise s'élève à 2 400 € par saison ; les 10 % de clubs les "
           "mieux dotés reçoivent plus de 25 000 €."),
         P("Deux clubs sur trois souhaitent développer ces partenariats d'ici 2027."),
         Spacer(1, 6),
         box([P("<b>Méthode.</b> Échantillon redressé sur les 15 fédérations partenaires ; marge d'erreur de "
                "plus ou moins 2,4 points. Contact : etudes@oat-fictif.fr, 01 44 52 17 80.", SMALL)]),
         ]
    return build("obs-s123-02-etude-sectorielle-sport.pdf", s,
                 "Étude sport et partenariats - mars 2025", lambda n: "Étude sport 2025 · %d" % (n + 2))


# ---------------------------------------------------------------- 03 tableau de bord
def doc3():
    head = ["Département", "Alliances actives", "Montant mobilisé (M€)<super>1</super>"]
    w = [7 * cm, 4.5 * cm, 5 * cm]
    s = [P("Tableau de bord des alliances territoriales", TITLE),
         P("Région Val-de-Loire-Est (fictive), édition 2025, données arrêtées au 31 décembre 2024."),
         P("Ce tableau de bord suit les alliances actives dans 8 départements ; il succède à l'édition 2022, qui en "
           "suivait 6."),
         P("Tableau 1 - Alliances actives et montants mobilisés, par département", H2),
         grid([head,
               ["Haute-Vallée", "142", "3,4"],
               ["Plaine-Sud", "96", "1,9"],
               ["Côte-des-Marais", "118", "2,6"],
               ["Bocage-Ouest", "73", "1,2"],
               ["Sous-total zone Nord", "429", "9,1"]], w, bold_rows=(5,)),
         Spacer(1, 6),
         P("Suite du tableau page suivante.", SMALL),
         PageBreak(),
         P("Tableau 1 (suite)", H2),
         grid([head,
               ["Causses-Est", "64", "0,9"],
               ["Monts-Clairs", "88", "2,1"],
               ["Forêt-Basse", "51", "0,7"],
               ["Val-d'Argent", "109", "2,8"],
               ["Sous-total zone Sud", "312", "6,5"],
               ["Total région", "741", "15,6"]], w, bold_rows=(5, 6)),
         Spacer(1, 8),
         P("<super>1</super> Montants en millions d'euros courants, hors valorisation du bénévolat. Source : "
           "déclarations des porteurs, campagne de collecte T1.", SMALL),
         PageBreak(),
         P("Lecture et évolutions", H2),
         box([P("<b>Repères</b> : 8 départements · 741 alliances · 15,6 M€")]),
         Spacer(1, 8),
         P("Sur les 741 alliances actives, 268 associent au moins une entreprise, soit 36 %."),
         P("En 2022, le tableau de bord en recensait 604 pour 6 départements : à périmètre constant, la hausse est "
           "de 11 %."),
         P("Le montant moyen mobilisé par alliance atteint 21 000 €, contre 18 500 € deux ans plus tôt."),
         P("La moitié des montants se concentre dans trois départements."),
         ]
    return build("obs-s123-03-tableau-de-bord.pdf", s, "Tableau de bord régional 2025",
                 lambda n: "- %d -" % (n + 10))


# ---------------------------------------------------------------- 04 consultation citoyenne
def doc4():
    s = [P("Consultation citoyenne « Agir ensemble à Montrevel »", TITLE),
         P("Synthèse des résultats, juin 2025. Montrevel est une ville fictive."),
         P("Du 3 mars au 20 avril 2025, 2 318 habitants ont répondu en ligne ou sur papier ; 146 ont participé à "
           "l'un des 4 ateliers de quartier."),
         P("Q1. Les associations et les entreprises doivent-elles agir ensemble pour la ville ?", H2),
         grid([["Réponse", "Part des participants"],
               ["Oui, tout à fait", "48 %"], ["Oui, plutôt", "33 %"], ["Non", "14 %"],
               ["Ne se prononce pas", "5 %"]], [8 * cm, 5 * cm]),
         Spacer(1, 8),
         P("Au total, 81 % des participants répondent oui, un score proche des 81 % des Français qui voient un "
           "« devoir d'alliance » selon Le RAMEAU."),
         PageBreak(),
         P("Q2. Quels sujets doivent être traités en priorité ? (plusieurs réponses)", H2),
         B("Emploi des jeunes : 57 %"), B("Mobilité : 44 %"), B("Solitude des aînés : 39 %"),
         B("Environnement : 31 %"),
         P("Q3. Qu'attendez-vous d'une alliance locale ? (question ouverte)", H2),
         P("Au total, 1 204 contributions libres ont été analysées ; un peu plus d'un quart évoquent le transport."),
         P("« J'ai 72 ans et je ne vois plus personne depuis que la ligne 12 ne passe plus. »", VERB),
         P("« Les clubs de foot font plus pour les ados que la mairie, 3 soirs par semaine. »", VERB),
         P("« Il faudrait que les 2 supermarchés financent le marché de Noël. »", VERB),
         PageBreak(),
         P("Profil des participants", H2),
         grid([["Tranche d'âge", "Part des 2 318 répondants"],
               ["Moins de 30 ans", "17 %"], ["30 à 49 ans", "29 %"], ["50 à 64 ans", "27 %"],
               ["65 ans et plus", "27 %"]], [8 * cm, 5 * cm]),
         Spacer(1, 8),
         P("Les 65 ans et plus sont surreprésentés : ils pèsent 27 % des participants, contre 22 % de la population "
           "municipale (recensement 2021)."),
         P("Les moins de 30 ans, eux, sont 61 % à répondre « oui, tout à fait » à la question 1, contre 39 % des "
           "65 ans et plus."),
         P("Femmes : 54 % ; hommes : 45 % ; autre ou non précisé : 1 %."),
         ]
    return build("obs-s123-04-consultation-citoyenne.pdf", s, "Montrevel - synthèse de la consultation",
                 lambda n: "Synthèse, page %d sur 4 - 12/06/2025" % (n + 1))


# ---------------------------------------------------------------- 05 fiche Repère rural
def doc5():
    s = [P("Repères : les alliances dans les territoires ruraux", TITLE),
         box([P("<b>Chiffres clés</b>"),
              B("84 % des maires répondants administrent une commune de moins de 2 000 habitants"),
              B("302 maires interrogés en 2024"),
              B("35 % voient leur territoire fortement en mouvement"),
              B("4 alliances rurales sur 10 portent sur la mobilité")]),
         Spacer(1, 10),
         P("Une commune est dite rurale, dans cette fiche, lorsqu'elle compte moins de 2 000 habitants ; le seuil de "
           "3 500 habitants, longtemps utilisé, est rappelé pour comparaison."),
         P("Les territoires ruraux regroupent 88 % des communes mais 33 % des habitants."),
         PageBreak(),
         P("Rural et urbain : deux dynamiques", H2),
         P("Tableau - Alliances locales selon le type de commune (enquête 2025 auprès de 890 communes*)", SMALL),
         grid([["Indicateur", "Rural (moins de 2 000 hab.)", "Urbain (2 000 hab. et plus)"],
               ["Communes ayant au moins une alliance", "62 %", "79 %"],
               ["Nombre moyen d'alliances par commune", "1,8", "4,6"],
               ["Budget communal consacré, par habitant", "3,2 €", "5,9 €"]],
              [7 * cm, 5 * cm, 5 * cm]),
         Spacer(1, 8),
         P("L'écart est le plus net pour les entreprises : 23 % des communes rurales ont un partenaire privé, contre "
           "51 % des communes urbaines."),
         P("* Dont 412 communes rurales.", SMALL),
         PageBreak(),
         P("Ce qui freine, ce qui aide", H2),
         twocols([P("Freins cités par les maires ruraux : manque de temps (58 %), absence d'entreprises sur la "
                    "commune (47 %), ingénierie insuffisante (41 %).")],
                 [P("Leviers : près de sept maires ruraux sur dix comptent sur l'intercommunalité ; un sur deux sur "
                    "le département. Dans les communes de moins de 500 habitants, la part tombe à 44 %.")]),
         Spacer(1, 8),
         P("Rappel : en 2016, PHARE-Institutions relevait que 87 % des maires voyaient dans les partenariats une "
           "source d'innovation."),
         P("Cadre : loi n° 2019-1461 du 27 décembre 2019 relative à l'engagement dans la vie locale.", SMALL),
         box([P("Observatoire des alliances territoriales, 8 place du Marché, 21000 Dijon.", SMALL)], bg="#F5F5F5"),
         ]
    return build("obs-s123-05-fiche-repere-rural.pdf", s, "Repères n° 12 - octobre 2025",
                 lambda n: "Repères 12 / p. %d" % (n + 6))


if __name__ == "__main__":
    for f in (doc1, doc2, doc3, doc4, doc5):
        print(f())
