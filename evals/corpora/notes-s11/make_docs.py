# -*- coding: utf-8 -*-
"""Deterministic generator of the 5 synthetic PDFs of question set s11.

Run:  /work/main/.venv/bin/python make_docs.py
Writes obs-s11-NN-<slug>.pdf next to this script.
Facts come from /work/shared/facts.md; all wording is original.
"""
import os

from reportlab import rl_config

rl_config.invariant = 1

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import (BaseDocTemplate, Frame, FrameBreak, KeepTogether,
                                NextPageTemplate, PageBreak, PageTemplate,
                                Paragraph, Spacer, Table, TableStyle)

HERE = os.path.dirname(os.path.abspath(__file__))
FD = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("DV", FD + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DVB", FD + "DejaVuSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DVI", FD + "DejaVuSans-Oblique.ttf"))
pdfmetrics.registerFont(TTFont("DVBI", FD + "DejaVuSans-BoldOblique.ttf"))
pdfmetrics.registerFontFamily("DV", normal="DV", bold="DVB", italic="DVI", boldItalic="DVBI")

BODY = ParagraphStyle("body", fontName="DV", fontSize=9.5, leading=13, spaceAfter=5)
SMALL = ParagraphStyle("small", parent=BODY, fontSize=7.5, leading=9.5, spaceAfter=2)
LABEL = ParagraphStyle("label", parent=BODY, fontName="DVB", fontSize=9, textColor=colors.HexColor("#8a1538"),
                       spaceAfter=2)
TITLE = ParagraphStyle("title", parent=BODY, fontName="DVB", fontSize=19, leading=23, spaceAfter=6)
EDITION = ParagraphStyle("edition", parent=BODY, fontName="DVI", fontSize=9, textColor=colors.HexColor("#555555"),
                         spaceAfter=10)
H2 = ParagraphStyle("h2", parent=BODY, fontName="DVB", fontSize=11.5, leading=14, spaceBefore=6, spaceAfter=4,
                    textColor=colors.HexColor("#1f3b63"))
BUL = ParagraphStyle("bul", parent=BODY, leftIndent=12, bulletIndent=3, spaceAfter=2)
CELL = ParagraphStyle("cell", parent=BODY, fontSize=8.5, leading=10.5, spaceAfter=0)
CELLB = ParagraphStyle("cellb", parent=CELL, fontName="DVB")
KEYNUM = ParagraphStyle("keynum", parent=BODY, fontName="DVB", fontSize=17, leading=20, alignment=TA_CENTER,
                        textColor=colors.HexColor("#8a1538"), spaceAfter=0)
KEYTXT = ParagraphStyle("keytxt", parent=BODY, fontSize=8, leading=10, alignment=TA_CENTER, spaceAfter=0)


def P(t, s=BODY):
    return Paragraph(t, s)


def bullets(items):
    return [Paragraph(t, BUL, bulletText="•") for t in items]


def table(rows, widths, header=True):
    data = [[Paragraph(c, CELLB if (header and i == 0) else CELL) for c in r] for i, r in enumerate(rows)]
    t = Table(data, colWidths=widths)
    st = [("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#999999")),
          ("VALIGN", (0, 0), (-1, -1), "TOP"),
          ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]
    if header:
        st.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e6ecf3")))
    t.setStyle(TableStyle(st))
    return t


def keybox(pairs, width):
    """A row of key-figure boxes: pairs = [(figure, caption), ...]."""
    n = len(pairs)
    cells = [[Paragraph(f, KEYNUM) for f, _ in pairs], [Paragraph(c, KEYTXT) for _, c in pairs]]
    t = Table(cells, colWidths=[width / n] * n)
    t.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 1, colors.HexColor("#8a1538")),
                           ("LINEAFTER", (0, 0), (-2, -1), 0.5, colors.HexColor("#8a1538")),
                           ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#fbf1f4")),
                           ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                           ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
    return t


def notes(items):
    out = [Spacer(1, 8)]
    for t in items:
        out.append(Paragraph(t, SMALL))
    return out


def build(fname, story, banner, footer, pageno, title, pagesize=A4):
    path = os.path.join(HERE, fname)
    W, H = pagesize
    lm = rm = 18 * mm
    tm, bm = 22 * mm, 20 * mm
    fw = W - lm - rm
    fh = H - tm - bm
    gap = 7 * mm
    one = Frame(lm, bm, fw, fh, id="one", leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    c1 = Frame(lm, bm, (fw - gap) / 2, fh, id="c1", leftPadding=0, rightPadding=0, topPadding=0,
               bottomPadding=0)
    c2 = Frame(lm + (fw - gap) / 2 + gap, bm, (fw - gap) / 2, fh, id="c2", leftPadding=0, rightPadding=0,
               topPadding=0, bottomPadding=0)

    def deco(c, doc):
        c.saveState()
        c.setFillColor(colors.HexColor("#1f3b63"))
        c.rect(0, H - 12 * mm, W, 12 * mm, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("DVB", 8)
        c.drawString(lm, H - 7.5 * mm, banner)
        c.setFillColor(colors.HexColor("#444444"))
        c.setFont("DV", 7)
        c.line(lm, 13 * mm, W - rm, 13 * mm)
        c.drawString(lm, 9 * mm, footer)
        c.setFont("DVB", 8)
        c.drawRightString(W - rm, 9 * mm, pageno(doc.page))
        c.restoreState()

    doc = BaseDocTemplate(path, pagesize=pagesize, leftMargin=lm, rightMargin=rm, topMargin=tm,
                          bottomMargin=bm, title=title, author="Observatoire des partenariats (corpus de test)",
                          subject=title, creator="make_docs.py s11", producer="ReportLab")
    doc.addPageTemplates([PageTemplate(id="one", frames=[one], onPage=deco),
                          PageTemplate(id="two", frames=[c1, c2], onPage=deco)])
    doc.build(story)
    return path


FW = A4[0] - 36 * mm


# ---------------------------------------------------------------- document 01
def doc01():
    s = []
    s += [P("ÉTUDE · CAHIER TERRITOIRES", LABEL),
          P("Territoires en mouvement : ce que racontent les maires", TITLE),
          P("Cahier n° 7 de l’Observatoire — version mise en ligne à la fin de l’automne 2024", EDITION)]
    s.append(P("Ce cahier rassemble, pour les élus et leurs partenaires, plusieurs résultats récents et plus "
               "anciens sur la manière dont les communes vivent les coopérations entre acteurs locaux. "
               "Le cœur du document repose sur la dernière vague du dispositif IMPACTS &amp; TRAJECTOIRES consacrée "
               "aux élus locaux, publiée en novembre 2024."))
    s.append(keybox([("302", "maires ont répondu"),
                     ("91 %", "voient leur territoire en mouvement"),
                     ("84 %", "des répondants vivent dans une commune de moins de 2 000 habitants")], FW))
    s.append(Spacer(1, 8))
    s.append(P("Comment l’enquête a été menée", H2))
    s.append(P("Les entretiens ont eu lieu par téléphone. Ils se sont étalés sur quatre semaines environ, "
               "du 30 septembre au 28 octobre 2024, auprès d’un échantillon de maires. Les petites communes "
               "y sont très présentes, ce qui reflète la réalité du maillage communal français."))
    s.append(P("Un territoire qui bouge, mais à quel rythme ?", H2))
    s.append(P("La quasi-totalité des édiles interrogés estiment que leur commune évolue. Tous ne décrivent "
               "cependant pas la même intensité. Une minorité significative juge ce mouvement fort : "
               "elle représente 35 % des répondants. Les autres, soit 56 %, considèrent que leur territoire "
               "bouge « ni plus ni moins » qu’ailleurs."))
    s.append(P("Cette lecture nuancée invite à ne pas confondre dynamisme ressenti et capacité d’action. "
               "Les pages suivantes reviennent sur ce décalage, en s’appuyant sur des travaux régionaux et sur "
               "les démarches d’accompagnement conduites depuis une quinzaine d’années."))
    s.append(NextPageTemplate("two"))
    s.append(PageBreak())

    # page 2 : two columns
    s.append(P("Le regard des régions", H2))
    s.append(P("Depuis le programme PHARE, l’Observatoire décline ses constats à l’échelle régionale. "
               "Chaque rapport régional croise les données nationales avec les initiatives repérées localement."))
    s.append(P("La Normandie a fait l’objet du onzième de ces rapports. Ce dernier a été rendu public le "
               "26 novembre, au terme d’un mois riche en rendez-vous pour l’équipe."))
    s.append(P("Trois temps forts ont précédé ou accompagné cette sortie :"))
    s += bullets(["le 15 novembre, un dossier publié dans JURIS Associations (n° 628) ;",
                  "le 23 novembre, le troisième dîner « Élus &amp; Entreprises » ;",
                  "le 26 novembre également, le cinquième webinaire intitulé « l’ODD 17 en pratique »."])
    s.append(P("Les maires et la co-construction", H2))
    s.append(P("Le volet PHARE-Institutions s’intéressait spécifiquement aux élus. Il a été publié le "
               "29 novembre 2016 et propose une typologie : cinq profils de maires y sont décrits, selon leur "
               "rapport aux alliances locales."))
    s.append(FrameBreak())
    s.append(P("Des outils pour les collectivités", H2))
    s.append(P("Une fiche repère a ensuite été tirée de l’étude IMPACT-Élus locaux, réalisée en novembre 2020 "
               "par Comisis-OpinionWay. Son intitulé : « Les dynamiques d’engagement des Collectivités "
               "territoriales ». Elle a été présentée aux élus lors du congrès des maires."))
    s.append(P("Lors du troisième dîner réunissant élus et chefs d’entreprise, deux chiffres ont servi de fil "
               "rouge. Le premier concerne l’envie de travailler ensemble : 64 % des élus locaux disent "
               "vouloir s’appuyer sur le « jouer collectif »."))
    s.append(P("Le second touche à la méthode. Les maires reconnaissent très largement l’utilité de la "
               "co-construction ; ils sont 92 % dans ce cas."))
    s.append(P("Ces résultats confirment que l’attente existe. Reste à savoir comment la traduire en "
               "dispositifs concrets, ce que montre la page suivante."))
    s.append(PageBreak())

    # page 3 : two columns
    s.append(P("Agir ensemble en Territoire", H2))
    s.append(P("L’étude ARPEA-Collectivités locales, conduite avec Comisis-OpinionWay, a servi de déclencheur. "
               "Dans son prolongement, la démarche « Agir ensemble en Territoire » a vu le jour. C’était en 2010."))
    s.append(P("Elle a été expérimentée d’abord sur trois terrains pilotes, chacun avec un acteur moteur :"))
    s += bullets(["l’Alsace, avec Alsace Active ;",
                  "le Poitou-Charentes, avec le Groupe La Poste ;",
                  "le territoire de Paris-Est Marne &amp; Bois."])
    s.append(P("Ces pilotes ont permis de tester des formats d’animation avant toute diffusion plus large."))
    s.append(FrameBreak())
    s.append(P("Le parcours d’expérience avec l’État", H2))
    s.append(P("Plus tard, le Commissariat général à l’égalité des territoires (CGET) et Le RAMEAU ont lancé "
               "ensemble un parcours d’expérience sur la co-construction territoriale. Onze territoires "
               "pionniers s’y sont engagés."))
    s.append(P("Le parcours s’étend sur dix-huit mois, soit 18 mois d’échanges, d’ateliers et de retours "
               "d’expérience. La première session s’est tenue le 3 mai."))
    s.append(P("Pour les territoires concernés, l’intérêt principal tient à la possibilité de comparer leurs "
               "pratiques à celles des autres participants¹."))
    s += notes(["¹ Les territoires participants restent libres de définir leurs priorités ; le parcours ne "
                "prescrit pas de modèle unique."])
    s.append(NextPageTemplate("one"))
    s.append(PageBreak())

    # page 4 : table
    s.append(P("Repères chiffrés sur les élus", H2))
    s.append(P("Le tableau ci-dessous regroupe, indicateur par indicateur, les résultats cités dans ce cahier "
               "ainsi que deux constats issus des travaux menés dans le cadre du programme IMPACT."))
    s.append(table([["Indicateur", "Population", "Résultat", "Origine"],
                    ["Territoire perçu « en mouvement »", "Maires", "91 %", "IMPACTS &amp; TRAJECTOIRES, 2024"],
                    ["Territoire jugé engagé", "Maires", "76 %", "Programme IMPACT"],
                    ["Ne savent pas comment piloter les alliances locales", "Maires", "46 %", "Programme IMPACT"],
                    ["Volonté de miser sur le « jouer collectif »", "Élus locaux", "64 %", "Dîner Élus &amp; Entreprises"],
                    ["Utilité reconnue de la co-construction", "Maires", "92 %", "Dîner Élus &amp; Entreprises"]],
                   [62 * mm, 26 * mm, 20 * mm, FW - 108 * mm]))
    s.append(Spacer(1, 8))
    s.append(P("Lecture : près d’un maire sur deux reconnaît ne pas savoir comment organiser concrètement ces "
               "coopérations, alors même que trois sur quatre décrivent un territoire engagé. C’est tout l’enjeu "
               "des outils présentés plus haut."))
    build("obs-s11-01-territoires-en-mouvement.pdf", s,
          "OBSERVATOIRE DES PARTENARIATS  ·  Cahier Territoires n° 7",
          "Territoires en mouvement — reproduction autorisée avec mention de la source",
          lambda n: "— %d —" % (13 + n), "Territoires en mouvement")


# ---------------------------------------------------------------- document 02
def doc02():
    s = []
    s += [P("FICHE REPÈRE N° 4", LABEL),
          P("Entreprises et associations : qui s’allie avec qui ?", TITLE),
          P("Compilation de plusieurs vagues d’enquête — fiche révisée après la note de février 2016", EDITION)]
    s.append(P("Cette fiche met côte à côte des mesures réalisées à des dates différentes, auprès de publics "
               "différents. Elles ne sont donc pas directement additionnables ; chacune est présentée avec son "
               "origine."))
    s.append(P("1. Le point de vue des entreprises (2011)", H2))
    s.append(P("Le volet ARPEA Entreprises &amp; Territoires, paru en janvier 2011, a mesuré l’intérêt des "
               "entreprises pour les partenariats associatifs. Les réponses se répartissent en trois groupes :"))
    s.append(table([["Position de l’entreprise", "Part"],
                    ["Développe déjà des partenariats", "21 %"],
                    ["Souhaite en développer", "33 %"],
                    ["Ne le souhaite pas", "46 %"]], [110 * mm, 30 * mm]))
    s.append(Spacer(1, 6))
    s.append(P("2. La note du 29 février 2016", H2))
    s.append(P("Cinq ans plus tard, une note de l’Observatoire a dressé un état des lieux croisé. Côté "
               "entreprises, la mesure porte sur celles d’au moins 10 salariés. Parmi elles, 37 % déclarent un "
               "partenariat avec une association."))
    s.append(P("Côté associatif, la proportion est voisine : 38 %. Elle grimpe nettement chez celles qui "
               "emploient du personnel, puisque 53 % des associations employeuses sont concernées."))
    s.append(P("Enfin, la note isole un groupe d’organisations dites « pionnières ». Chez ces dernières, "
               "le taux atteint 65 %."))
    s.append(PageBreak())

    # page 2
    s.append(P("3. Avec qui les associations travaillent-elles ? (2017)", H2))
    s.append(P("L’étude « Associations &amp; Partenariats » a été publiée en mars 2017 par Recherches &amp; "
               "Solidarités et Le RAMEAU. Le questionnaire avait circulé en mai et juin 2016. Plus de 1 380 "
               "responsables associatifs y ont répondu."))
    s.append(P("Une association partenaire ne se limite généralement pas à un seul interlocuteur. "
               "En moyenne, elle en compte 2,5."))
    s.append(P("Les types de partenaires cités se classent comme suit :"))
    s.append(table([["Type de partenaire", "Associations concernées"],
                    ["Collectivités territoriales", "74 %"],
                    ["Autres associations ou fondations", "72 %"],
                    ["Établissements d’enseignement", "47 %"],
                    ["Entreprises", "28 %"],
                    ["Structures d’insertion", "22 %"],
                    ["Organismes de recherche", "9 %"]], [110 * mm, 45 * mm]))
    s.append(Spacer(1, 6))
    s.append(P("La taille compte beaucoup dans la relation aux entreprises. Pour les associations disposant "
               "d’un budget supérieur à 150 000 €, la moitié ont noué un tel partenariat (50 %)."))
    s.append(P("À l’autre extrémité, les petites structures dont le budget reste sous les 10 000 € ne sont "
               "que 20 % dans ce cas."))
    s += notes(["Source : Recherches &amp; Solidarités et Le RAMEAU, mars 2017. Les pourcentages de partenaires "
                "ne s’additionnent pas : plusieurs réponses étaient possibles."])
    s.append(PageBreak())

    # page 3
    s.append(P("4. Les associations employeuses et leurs territoires", H2))
    s.append(P("L’étude IMPACT – Associations &amp; Territoires porte sur un champ précis : celui des "
               "associations qui salarient au moins une personne. On en dénombre 148 000 en France."))
    s.append(P("Presque toutes ont tissé des liens avec d’autres organisations. La part de celles qui "
               "déclarent au moins un partenariat est de 98 %."))
    s.append(table([["Partenaire (associations employeuses)", "Part", "Forme de la relation", "Part"],
                    ["Collectivités", "89 %", "Mécénat", "75 %"],
                    ["Structures d’intérêt général", "73 %", "Innovation sociétale", "73 %"],
                    ["Établissements scolaires", "70 %", "Pratiques responsables", "70 %"],
                    ["Collectifs d’associations", "56 %", "Coopération économique", "58 %"],
                    ["Acteurs publics nationaux", "52 %", "", ""],
                    ["Fédérations professionnelles", "37 %", "", ""],
                    ["Acteurs académiques", "35 %", "", ""]],
                   [62 * mm, 18 * mm, 55 * mm, 18 * mm]))
    s.append(Spacer(1, 6))
    s.append(P("Quelle échelle pour ces alliances ? L’ancrage de proximité domine largement. Les "
               "partenariats noués au niveau local concernent 73 % des associations employeuses, contre 47 % "
               "pour ceux conclus à l’échelle régionale."))
    build("obs-s11-02-entreprises-associations.pdf", s,
          "FICHE REPÈRE — Observatoire des partenariats",
          "Entreprises & associations · fiche 4",
          lambda n: "Fiche 4 – page %d/3" % n, "Entreprises et associations")


# ---------------------------------------------------------------- document 03
def doc03():
    s = []
    s += [P("NOTE DE PROGRAMME", LABEL),
          P("Faire alliance pour les territoires : le Fonds ODD 17 et la Fondation des Territoires", TITLE),
          P("Document d’information — établi après la création de la Fondation (été 2022)", EDITION)]
    s.append(P("Le Fonds ODD 17 en bref", H2))
    s.append(P("Le Fonds ODD 17 est né d’une initiative commune. Le RAMEAU et la Fondation TotalEnergies l’ont "
               "co-créé en 2020."))
    s.append(P("Sa vocation est d’expérimenter, sur le terrain, la mise en œuvre de l’objectif de développement "
               "durable n° 17, celui qui porte sur les partenariats. Il dispose pour cela d’une dotation de "
               "1,5 M€, prévue pour une expérimentation sur trois ans."))
    s.append(keybox([("2020", "année de création du Fonds"), ("1,5 M€", "dotation pour 3 ans"),
                     ("350", "« catalyseurs territoriaux » visés")], FW))
    s.append(Spacer(1, 6))
    s.append(P("Ces catalyseurs sont des personnes ou des structures capables de relier les acteurs d’un même "
               "territoire. Le fonds en vise 350."))
    s.append(P("Un cadre de référence", H2))
    s.append(P("L’ODD 17 comporte 19 cibles. Une note du Comité 21, « ODD 17 : Sens, décryptages, "
               "déclinaisons », diffusée un 5 juillet, en propose une lecture détaillée."))
    s.append(P("Pour outiller les praticiens, la plateforme www.odd17.org s’organise autour de l’acronyme "
               "M.E.D.O.C. Derrière ces cinq lettres se cachent cinq familles de ressources : Méthodes, Exemples, "
               "Données, Outils, Compétences."))
    s.append(NextPageTemplate("two"))
    s.append(PageBreak())

    # page 2 : two columns
    s.append(P("La Fondation des Territoires", H2))
    s.append(P("Le projet n’est pas né en un jour. Sa phase de préfiguration a démarré en juillet 2018 et "
               "s’est déroulée en trois étapes successives :"))
    s.append(table([["Étape", "Période"],
                    ["1", "juillet 2018 – juillet 2019"],
                    ["2", "août 2019 – novembre 2020"],
                    ["3", "décembre 2020 – mai 2022"]], [18 * mm, 52 * mm]))
    s.append(Spacer(1, 6))
    s.append(P("La Fondation a ensuite été officiellement créée. C’était le 14 juin 2022."))
    s.append(P("Elle est abritée : elle exerce son activité sous l’égide de la Fondation de Lille."))
    s.append(FrameBreak())
    s.append(P("Qui la porte ?", H2))
    s.append(P("Le tour de table réunit des organisations de natures diverses : entreprises, fondations, "
               "associations, acteurs publics. Au total, ils sont 21 à figurer parmi les co-fondateurs."))
    s.append(P("La Fondation s’est vu confier trois missions, qui prolongent les travaux conduits pendant la "
               "préfiguration."))
    s.append(P("Ce que cela change pour les territoires", H2))
    s.append(P("Pour les acteurs locaux, la Fondation offre un point d’appui stable, indépendant des cycles "
               "électoraux comme des stratégies propres à chaque entreprise²."))
    s += notes(["² Les modalités d’intervention territoire par territoire relèvent des instances de la "
                "Fondation et ne sont pas détaillées ici."])
    s.append(NextPageTemplate("one"))
    s.append(PageBreak())

    # page 3
    s.append(P("La Charte du faire alliance", H2))
    s.append(P("La Charte est le fruit d’un travail collectif. Sa rédaction a demandé trois mois de "
               "co-construction, sous le pilotage de la Fondation des Territoires."))
    s.append(P("Elle a été dévoilée le 30 novembre 2021, jour du Giving Tuesday. La présentation s’est faite à "
               "Saint-Maurice, sur le territoire de Paris-Est Marne &amp; Bois, au cours de la soirée VitaWin."))
    s.append(P("Ses promoteurs la présentent comme un « contrat de confiance » entre partenaires."))
    s.append(P("Le rôle des fondations", H2))
    s.append(P("L’étude IMPACT Fondations &amp; Territoires s’est penchée sur l’engagement territorial des "
               "fondations. Elle a été publiée un 23 septembre."))
    s.append(P("Combien de fondations ont été sollicitées ? Elles étaient 42 à être interrogées."))
    s.append(P("Une fiche acteur, « Dynamique d’engagement des Fondations », complète cette étude et en "
               "résume les principaux enseignements."))
    build("obs-s11-03-fonds-odd17-fondation.pdf", s,
          "LE RAMEAU · NOTE DE PROGRAMME · ODD 17",
          "Note de programme — Fonds ODD 17 / Fondation des Territoires",
          lambda n: "%d" % n, "Faire alliance pour les territoires")


# ---------------------------------------------------------------- document 04
def doc04():
    s = []
    s += [P("BAROMÈTRE", LABEL),
          P("Baromètre de l’alliance : l’opinion des Français en 2008 et en 2012", TITLE),
          P("Édition comparative — réalisée à partir des vagues ARPEA et PHARE", EDITION)]
    s.append(P("Ce baromètre compare deux mesures réalisées à quatre ans d’intervalle, puis les prolonge avec "
               "les résultats du programme suivant."))
    s.append(P("Un sentiment d’urgence qui se maintient", H2))
    s.append(P("En 2008, on demandait aux Français s’il était urgent de créer des partenariats entre "
               "associations et entreprises. Une très large majorité répondait par l’affirmative : 86 %."))
    s.append(P("En 2012, la question a été reposée. Le niveau reste très élevé, à 84 %, soit un léger recul "
               "de deux points."))
    s.append(table([["Indicateur", "2008", "2012", "Écart"],
                    ["Français jugeant urgent de créer des partenariats associations-entreprises",
                     "86 %", "84 %", "– 2 pts"]], [95 * mm, 22 * mm, 22 * mm, 22 * mm]))
    s.append(Spacer(1, 6))
    s.append(P("Côté associations, le programme ARPEA estimait que près de 46 % d’entre elles étaient "
               "engagées avec une entreprise."))
    s.append(P("Ces chiffres proviennent du programme ARPEA, dont l’intitulé complet est « Analyse des "
               "Relations et des Partenariats entre Entreprises et Associations ». Celui-ci comptait "
               "10 volets."))
    s.append(P("Son bilan a fait l’objet d’un rapport quinquennal, rendu public le 11 décembre 2012."))
    s.append(PageBreak())

    # page 2
    s.append(P("PHARE-Citoyens : ce que les Français attendent", H2))
    s.append(P("Le programme PHARE a pris le relais. Son volet consacré aux citoyens a été publié en septembre "
               "2015 ; plus de 2 000 personnes ont été interrogées."))
    s.append(P("On leur a demandé de noter, sur 10, l’importance de plusieurs enjeux pour leur territoire :"))
    s.append(table([["Enjeu", "Note moyenne (sur 10)"],
                    ["Emploi", "7,1"],
                    ["Pouvoir d’achat", "6,6"],
                    ["Développement économique", "6,5"],
                    ["Environnement", "6,3"],
                    ["Exclusion", "6,3"]], [80 * mm, 45 * mm]))
    s.append(Spacer(1, 6))
    s.append(P("Sur quels sujets les partenariats peuvent-ils avoir un effet fort ? Voici les réponses :"))
    s.append(table([["Domaine", "Impact fort attendu"],
                    ["Emploi", "49 %"],
                    ["Développement économique", "46 %"],
                    ["Environnement", "42 %"],
                    ["Précarité", "36 %"],
                    ["Éducation", "36 %"]], [80 * mm, 45 * mm]))
    s.append(Spacer(1, 6))
    s.append(P("L’emploi arrive donc en tête sur les deux questions. Il est à la fois l’attente la plus "
               "forte et le domaine où l’effet des alliances paraît le plus tangible."))
    s.append(PageBreak())

    # page 3
    s.append(P("Le « devoir d’alliance » : avant et après", H2))
    s.append(P("PHARE-Citoyens avait aussi mesuré l’adhésion à l’idée d’un devoir d’alliance entre acteurs. "
               "En septembre 2015, 69 % des Français la partageaient."))
    s.append(P("Les mesures publiées plus récemment, au moment de la reconnaissance du droit de l’alliance "
               "d’intérêt général, montrent une progression. Le devoir d’alliance y recueille l’adhésion de "
               "81 % des Français."))
    s.append(table([["Public", "Formulation", "Résultat récent"],
                    ["Français", "« devoir d’alliance »", "81 %"],
                    ["Maires", "« besoin d’alliance »", "92 %"],
                    ["Dirigeants d’entreprise", "« envie d’alliance »", "84 %"]],
                   [50 * mm, 60 * mm, 35 * mm]))
    s.append(Spacer(1, 6))
    s.append(P("Méthode", H2))
    s.append(P("Les vagues ARPEA et PHARE reposent sur des questionnaires distincts ; les comparaisons entre "
               "programmes doivent être lues comme des tendances plutôt que comme des évolutions au point près."))
    build("obs-s11-04-barometre-2008-2012.pdf", s,
          "BAROMÈTRE DE L’ALLIANCE · Observatoire des partenariats",
          "Baromètre comparatif 2008 / 2012 — document de travail",
          lambda n: "p. %d" % n, "Baromètre de l'alliance 2008-2012")


# ---------------------------------------------------------------- document 05 (slides)
def doc05():
    path = os.path.join(HERE, "obs-s11-05-diaporama-rameau.pdf")
    W, H = landscape(A4)
    c = rl_canvas.Canvas(path, pagesize=(W, H), invariant=1)
    c.setTitle("Le RAMEAU en quelques diapositives")
    c.setAuthor("Observatoire des partenariats (corpus de test)")
    c.setSubject("Diaporama")
    c.setCreator("make_docs.py s11")
    slides = [
        (4, "DIAPORAMA · Le RAMEAU, laboratoire des alliances",
         ["Support de séance — rencontre régionale des partenaires",
          "",
          "Une association d’intérêt général",
          "Fondée en 2006",
          "Se définit comme un « laboratoire de recherche empirique »",
          "Plus de 1 000 exemples inspirants recensés",
          "Des expérimentations menées avec plus de 500 organisations depuis sa création"]),
        (5, "Qui pilote ?",
         ["Président-fondateur : Charles-Benoît Heidsieck",
          "Directrice générale : Laurence Weber",
          "",
          "L’Observatoire des partenariats",
          "→ né en 2008, à l’initiative de la Caisse des Dépôts et du RAMEAU",
          "→ avec le MEDEF et le Mouvement associatif comme partenaires",
          "→ direction scientifique assurée bénévolement par Anne Robin,",
          "   fondatrice de COMISIS"]),
        (7, "Trois programmes, trois étapes",
         ["ARPEA : 2008 → 2012",
          "PHARE : 2013 → 2018",
          "   6 volets : Citoyens (sept. 2015), Entreprises (oct. 2015), Associations (nov. 2015),",
          "   13 rapports régionaux (2016), diagnostics sectoriels (juillet 2016), Institutions (automne 2016)",
          "IMPACT : 2018 → 2022",
          "   coup d’envoi donné en novembre 2017"]),
        (8, "IMPACT : qui, quoi ?",
         ["Partenaires du programme : Caisse des Dépôts, Institut CDC pour la Recherche,",
          "Groupe La Poste, Fondation TOTAL, Le RAMEAU",
          "3 axes : innovation sociétale et territoriale · performance des organisations · confiance",
          "",
          "Les partenariats, source d’innovation ?",
          "Français : 74 %     Dirigeants d’entreprise : 81 %",
          "Responsables associatifs : 86 %     Maires : 87 %"]),
        (11, "Vers un droit de l’alliance",
         ["2019 (FNAF) : Gabriel Attal confie une mission à Cathy Racon-Bouzon",
          "et à Charles-Benoît Heidsieck",
          "Rapport remis le 7 mai 2020",
          "Point d’étape / bilan : 17 octobre 2020",
          "Ensuite : une feuille de route ministérielle de 21 mesures",
          "et une proposition de loi sur le « droit de l’alliance d’intérêt général »,",
          "portée par la députée Cathy Racon-Bouzon"]),
    ]
    for num, title, lines in slides:
        c.setFillColor(colors.HexColor("#1f3b63"))
        c.rect(0, H - 30 * mm, W, 30 * mm, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("DVB", 22)
        c.drawString(20 * mm, H - 19 * mm, title)
        c.setFillColor(colors.black)
        y = H - 50 * mm
        for ln in lines:
            if ln:
                c.setFont("DVB" if ln.startswith(("ARPEA", "PHARE", "IMPACT", "Président", "Directrice"))
                          else "DV", 15)
                c.drawString(25 * mm, y, ln)
            y -= 11 * mm
        c.setFillColor(colors.HexColor("#8a1538"))
        c.rect(0, 0, W, 12 * mm, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("DV", 9)
        c.drawString(15 * mm, 4.5 * mm, "Le RAMEAU — extrait du support de présentation")
        c.drawRightString(W - 15 * mm, 4.5 * mm, "%d / 16" % num)
        c.showPage()
    c.save()
    return path


if __name__ == "__main__":
    doc01()
    doc02()
    doc03()
    doc04()
    doc05()
    print("ok")
