#!/usr/bin/env python
"""Deterministic generator of the 5 blind-test PDFs of set s49.

Run:  /work/main/.venv/bin/python make_docs.py [output_dir]
(default output dir: the folder holding this script).

All documents: reportlab, rl_config.invariant = 1, DejaVu Sans, left-aligned
paragraphs, no hyphenation, no long-word splitting. Content is written from
/work/shared/facts.md (facts carried over, sentences new).
"""
import os
import sys

from reportlab import rl_config

rl_config.invariant = 1

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import (BaseDocTemplate, Frame, FrameBreak,
                                KeepTogether, NextPageTemplate, PageBreak,
                                PageTemplate, Paragraph, Spacer, Table,
                                TableStyle)

FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("DV", FONT_DIR + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DVB", FONT_DIR + "DejaVuSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DVI", FONT_DIR + "DejaVuSans-Oblique.ttf"))
pdfmetrics.registerFont(TTFont("DVBI", FONT_DIR + "DejaVuSans-BoldOblique.ttf"))
from reportlab.pdfbase.pdfmetrics import registerFontFamily

registerFontFamily("DV", normal="DV", bold="DVB", italic="DVI", boldItalic="DVBI")

PREFIX = "s49"
W, H = A4

# ---------------------------------------------------------------- styles
def style(name, size=9.5, leading=None, font="DV", color=colors.black,
          before=0, after=4, indent=0, first=0, **kw):
    return ParagraphStyle(
        name, fontName=font, fontSize=size, leading=leading or size * 1.32,
        textColor=color, spaceBefore=before, spaceAfter=after,
        leftIndent=indent, firstLineIndent=first, alignment=TA_LEFT,
        hyphenationLang="", embeddedHyphenation=0, splitLongWords=0,
        uriWasteReduce=0, **kw)


BODY = style("body")
BODY_S = style("body_s", size=8.5)
SMALL = style("small", size=7.5, color=colors.HexColor("#333333"))
NOTE = style("note", size=7.2, leading=9.2, color=colors.HexColor("#222222"), after=1)
CELL = style("cell", size=8.5, after=0)
CELL_B = style("cellb", size=8.5, font="DVB", after=0)
CELL_W = style("cellw", size=8.5, font="DVB", after=0, color=colors.white)
BULLET = style("bullet", indent=12, first=-9)
BULLET_S = style("bullet_s", size=8.5, indent=11, first=-8)


def H1(text, color):
    return Paragraph(text, style("h1", size=13, font="DVB", color=color, before=8, after=5))


def H2(text, color, size=10.5):
    return Paragraph(text, style("h2", size=size, font="DVB", color=color, before=6, after=3))


def P(text, st=BODY):
    return Paragraph(text, st)


def bullets(items, st=BULLET, mark="•"):
    return [Paragraph(mark + "\u00a0" + it, st) for it in items]


def banner(kicker, title, width, bg, fg=colors.white, sub=None):
    rows = [[Paragraph(kicker, style("bk", size=9, font="DVB", color=fg, after=0))],
            [Paragraph(title, style("bt", size=16, leading=20, font="DVB", color=fg, after=0))]]
    if sub:
        rows.append([Paragraph(sub, style("bs", size=8.5, font="DVI", color=fg, after=0))])
    t = Table(rows, colWidths=[width])
    t.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, -1), bg),
        ("LEFTPADDING", (0, 0), (-1, -1), 10),
        ("RIGHTPADDING", (0, 0), (-1, -1), 10),
        ("TOPPADDING", (0, 0), (-1, 0), 8),
        ("BOTTOMPADDING", (0, -1), (-1, -1), 9),
    ]))
    return t


def keyfigs(items, width, bg, fg, numcolor):
    """items: list of (value, caption). One row of boxes."""
    n = len(items)
    cw = width / n
    cells = []
    for val, cap in items:
        cells.append([Paragraph(val, style("kv", size=20, leading=24, font="DVB", color=numcolor, after=1)),
                      Paragraph(cap, style("kc", size=8, leading=10, color=fg, after=0))])
    t = Table([cells], colWidths=[cw] * n)
    t.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, -1), bg),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEAFTER", (0, 0), (-2, -1), 2, colors.white),
        ("LEFTPADDING", (0, 0), (-1, -1), 8),
        ("RIGHTPADDING", (0, 0), (-1, -1), 6),
        ("TOPPADDING", (0, 0), (-1, -1), 6),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
    ]))
    return t


def datatable(header, rows, widths, head_bg, stripe=colors.HexColor("#F2F2F2")):
    data = [[Paragraph(h, CELL_W) for h in header]]
    for r in rows:
        data.append([Paragraph(c, CELL) for c in r])
    t = Table(data, colWidths=widths, repeatRows=1)
    st = [
        ("BACKGROUND", (0, 0), (-1, 0), head_bg),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.HexColor("#BBBBBB")),
        ("LEFTPADDING", (0, 0), (-1, -1), 5),
        ("RIGHTPADDING", (0, 0), (-1, -1), 5),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]
    for i in range(1, len(data)):
        if i % 2 == 0:
            st.append(("BACKGROUND", (0, i), (-1, i), stripe))
    t.setStyle(TableStyle(st))
    return t


def boxed(flowables, width, bg, border):
    t = Table([[flowables]], colWidths=[width])
    t.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, -1), bg),
        ("BOX", (0, 0), (-1, -1), 0.8, border),
        ("LEFTPADDING", (0, 0), (-1, -1), 8),
        ("RIGHTPADDING", (0, 0), (-1, -1), 8),
        ("TOPPADDING", (0, 0), (-1, -1), 6),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
    ]))
    return t


def caption(text):
    return Paragraph(text, style("cap", size=8, font="DVB", color=colors.HexColor("#444444"), before=6, after=3))


def source(text):
    return Paragraph(text, style("src", size=7, font="DVI", color=colors.HexColor("#555555"), before=2, after=6))


def set_meta(canv, title):
    canv.setTitle(title)
    canv.setAuthor("Observatoire des partenariats (jeu de test " + PREFIX + ")")
    canv.setSubject(title)
    canv.setCreator("make_docs.py " + PREFIX)
    canv.setProducer("reportlab")


def draw_footnotes(canv, notes, x, y_top, width):
    """Draw footnotes block (list of strings) under a short rule starting at y_top going down."""
    canv.saveState()
    canv.setStrokeColor(colors.HexColor("#888888"))
    canv.setLineWidth(0.5)
    canv.line(x, y_top, x + 60 * mm, y_top)
    y = y_top - 3
    for n in notes:
        p = Paragraph(n, NOTE)
        w, h = p.wrap(width, 200)
        p.drawOn(canv, x, y - h)
        y -= h + 1
    canv.restoreState()


# =========================================================== DOC 01
def doc01(path):
    navy = colors.HexColor("#1F3A5F")
    teal = colors.HexColor("#2A7F8E")
    light = colors.HexColor("#E6F1F3")
    offset = 36  # printed page = pdf index + 36  (37..41)
    LM, RM, TM, BM = 22 * mm, 22 * mm, 26 * mm, 40 * mm
    fw = W - LM - RM
    footnotes = {
        2: ["¹ Total supérieur à 100 % : une même association peut citer plusieurs familles de partenaires."],
        3: ["² Les échelles nationale et internationale ne sont pas détaillées dans ce chapitre."],
        5: ["³ Les 13 rapports régionaux publiés en 2016 relèvent du programme PHARE, avec une autre méthode."],
    }

    def on_page(canv, doc):
        canv.saveState()
        pg = doc.page
        canv.setFillColor(navy)
        canv.rect(0, H - 14 * mm, W, 14 * mm, stroke=0, fill=1)
        canv.setFillColor(colors.white)
        canv.setFont("DV", 8)
        canv.drawString(LM, H - 9 * mm, "Observatoire des partenariats · Étude IMPACT – Associations & Territoires")
        canv.setFont("DVB", 8)
        canv.drawRightString(W - RM, H - 9 * mm, "Chapitre 3")
        canv.setStrokeColor(teal)
        canv.setLineWidth(0.8)
        canv.line(LM, 16 * mm, W - RM, 16 * mm)
        canv.setFillColor(colors.HexColor("#444444"))
        canv.setFont("DV", 7.5)
        canv.drawString(LM, 11 * mm, "Le RAMEAU – Observatoire des partenariats · Programme IMPACT")
        canv.setFont("DVB", 9)
        canv.drawRightString(W - RM, 11 * mm, str(pg + offset))
        if pg in footnotes:
            draw_footnotes(canv, footnotes[pg], LM, BM - 4 * mm, fw)
        canv.restoreState()

    doc = BaseDocTemplate(path, pagesize=A4, leftMargin=LM, rightMargin=RM,
                          topMargin=TM, bottomMargin=BM,
                          title="Étude IMPACT – Associations & Territoires, chapitre 3",
                          author="Observatoire des partenariats", invariant=1)
    frame = Frame(LM, BM, fw, H - TM - BM, id="f", leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate(id="p", frames=[frame], onPage=on_page)])

    s = []
    # ---- page 1 (37)
    s.append(banner("CHAPITRE 3", "Les associations employeuses, pivots des alliances territoriales", fw, navy,
                    sub="Étude IMPACT – Associations & Territoires · Programme IMPACT de l’Observatoire des partenariats"))
    s.append(Spacer(1, 8))
    s.append(P("Ce chapitre rassemble les résultats du volet « Associations & Territoires » du programme IMPACT. "
               "Son champ est celui des associations qui salarient au moins une personne : on en compte environ "
               "148 000 en France. Ce sont elles qui portent l’essentiel des coopérations de terrain avec les "
               "collectivités, les écoles, les entreprises ou les fondations."))
    s.append(Spacer(1, 4))
    s.append(keyfigs([("148 000", "associations employeuses dans le champ de l’étude"),
                      ("98 %", "des associations employeuses déclarent au moins un partenariat"),
                      ("7", "familles de partenaires passées en revue (tableau 3.1)")],
                     fw, light, colors.HexColor("#1A1A1A"), teal))
    s.append(H1("3.1 Une pratique devenue la norme", navy))
    s.append(P("Le partenariat n’est plus l’affaire de quelques pionniers. Parmi les associations employeuses "
               "interrogées, la quasi-totalité travaille déjà avec au moins un acteur extérieur. La question n’est "
               "donc plus de savoir si les associations coopèrent, mais avec qui, à quelle échelle et dans quel but."))
    s.append(P("Le chapitre avance en trois temps :"))
    s += bullets(["les familles de partenaires (section 3.2) ;",
                  "les échelles et les objets des partenariats (section 3.3) ;",
                  "une mise en perspective avec l’enquête Associations & Partenariats de 2017 (encadré 3.A)."])
    s.append(P("Les résultats sont exprimés en part des associations employeuses répondantes. Ils décrivent des "
               "pratiques déclarées, non des montants ni des durées de partenariat."))
    s.append(PageBreak())
    # ---- page 2 (38)
    s.append(H1("3.2 Avec qui les associations employeuses s’allient-elles ?", navy))
    s.append(P("Le tableau 3.1 classe les familles de partenaires selon la part des associations employeuses qui "
               "déclarent au moins une relation avec elles. Plusieurs réponses étaient possibles¹."))
    s.append(caption("Tableau 3.1 – Partenaires des associations employeuses (IMPACT – Associations & Territoires)"))
    s.append(datatable(["Famille de partenaires", "Part des associations employeuses"],
                       [["Collectivités territoriales", "89 %"],
                        ["Structures d’intérêt général", "73 %"],
                        ["Établissements scolaires", "70 %"],
                        ["Collectifs d’associations", "56 %"],
                        ["Acteurs publics nationaux", "52 %"],
                        ["Fédérations professionnelles", "37 %"],
                        ["Acteurs académiques", "35 %"]],
                       [fw * 0.62, fw * 0.38], teal))
    s.append(source("Source : Observatoire des partenariats, programme IMPACT, volet Associations & Territoires."))
    s.append(P("Les collectivités territoriales restent, de loin, le premier partenaire : près de neuf associations "
               "employeuses sur dix entretiennent une relation avec elles. Viennent ensuite les autres structures "
               "d’intérêt général et l’école. Le monde académique ferme la marche, juste derrière les fédérations "
               "professionnelles."))
    s.append(P("Le tableau ne comporte pas de ligne consacrée aux entreprises."))
    s.append(PageBreak())
    # ---- page 3 (39)
    s.append(H1("3.3 À quelle échelle, et pour quoi faire ?", navy))
    s.append(P("Les partenariats des associations employeuses se nouent d’abord au plus près du terrain : 73 % "
               "d’entre elles en conduisent à l’échelle locale, contre 47 % à l’échelle régionale²."))
    tw = (fw - 10) / 2
    t32 = [caption("Tableau 3.2 – Échelle des partenariats"),
           datatable(["Échelle", "Part"], [["Locale", "73 %"], ["Régionale", "47 %"]], [tw * 0.6, tw * 0.4], teal)]
    t33 = [caption("Tableau 3.3 – Objets des partenariats"),
           datatable(["Objet", "Part"], [["Mécénat", "75 %"], ["Innovation sociétale", "73 %"],
                                         ["Pratiques responsables", "70 %"], ["Coopération économique", "58 %"]],
                     [tw * 0.6, tw * 0.4], teal)]
    two = Table([[t32, t33]], colWidths=[tw + 5, tw + 5])
    two.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                             ("RIGHTPADDING", (0, 0), (-1, -1), 5)]))
    s.append(two)
    s.append(source("Source : programme IMPACT, volet Associations & Territoires. Plusieurs réponses possibles."))
    s.append(keyfigs([("75 %", "le mécénat, premier objet de partenariat des associations employeuses")],
                     fw, light, colors.HexColor("#1A1A1A"), teal))
    s.append(Spacer(1, 6))
    s.append(P("Le mécénat reste la porte d’entrée la plus fréquente, mais l’innovation sociétale le talonne. "
               "La coopération économique, plus exigeante, concerne encore une part plus réduite des associations "
               "employeuses, même si elle dépasse la moitié d’entre elles."))
    s.append(PageBreak())
    # ---- page 4 (40)
    s.append(banner("ENCADRÉ 3.A", "Repère : l’enquête Associations & Partenariats (2017)", fw, teal))
    s.append(Spacer(1, 6))
    s.append(P("Publiée en mars 2017 par Recherches & Solidarités et Le RAMEAU, l’enquête Associations & "
               "Partenariats repose sur un questionnaire diffusé en mai-juin 2016, auquel ont répondu plus de "
               "1 380 responsables associatifs. Elle interroge des associations de toutes tailles, employeuses "
               "ou non."))
    s.append(keyfigs([("2,5", "partenaires en moyenne par association"),
                      ("28 %", "des associations travaillent avec une entreprise")],
                     fw, light, colors.HexColor("#1A1A1A"), navy))
    s.append(caption("Tableau 3.4 – Partenaires cités par les associations (enquête 2017)"))
    s.append(datatable(["Partenaire", "Part des associations"],
                       [["Collectivités", "74 %"], ["Associations et fondations", "72 %"],
                        ["Établissements d’enseignement", "47 %"], ["Entreprises", "28 %"],
                        ["Structures d’insertion", "22 %"], ["Organismes de recherche", "9 %"]],
                       [fw * 0.62, fw * 0.38], navy))
    s.append(source("Source : Recherches & Solidarités et Le RAMEAU, Associations & Partenariats, mars 2017."))
    s.append(P("Le partenariat avec une entreprise dépend fortement de la taille de l’association : il concerne "
               "50 % des associations dont le budget dépasse 150 000 €, contre 20 % de celles qui disposent de "
               "moins de 10 000 €."))
    s.append(P("<b>Lire les écarts avec prudence.</b> En 2017, les collectivités sont citées par 74 % des "
               "associations ; ce chiffre ne se rapproche pas directement de celui du tableau 3.1 : ni la population "
               "ni l’année ne sont les mêmes, et l’écart ne mesure pas une progression."))
    s.append(PageBreak())
    # ---- page 5 (41)
    s.append(H1("3.4 Ce qu’il faut retenir", navy))
    s += bullets(["Le partenariat est devenu la règle chez les associations employeuses.",
                  "Les collectivités territoriales sont leur premier partenaire, loin devant le monde académique.",
                  "Le local domine ; l’échelle régionale reste néanmoins fréquente.",
                  "Le mécénat et l’innovation sociétale sont les deux premiers objets de partenariat.",
                  "Les comparaisons avec l’enquête de 2017 doivent tenir compte des différences de champ."])
    s.append(H2("Note de méthode", navy))
    s.append(boxed([P("Les pourcentages de ce chapitre portent sur les associations employeuses ayant répondu au "
                      "volet « Associations & Territoires ». Aucun résultat n’est présenté par région ni par secteur "
                      "d’activité dans ce chapitre³.", BODY_S),
                    P("Pour mémoire, à l’époque du programme ARPEA, près de 46 % des associations se déclaraient "
                      "déjà engagées avec une entreprise.", BODY_S)],
                   fw, light, teal))
    s.append(Spacer(1, 8))
    s.append(P("Le chapitre 4 prolonge l’analyse du point de vue des partenaires eux-mêmes.", SMALL))
    doc.build(s, canvasmaker=lambda *a, **k: _meta_canvas(*a, title="Étude IMPACT – Associations & Territoires, chapitre 3", **k))


def _meta_canvas(*args, title="", **kw):
    c = rl_canvas.Canvas(*args, **kw)
    set_meta(c, title)
    return c


# =========================================================== DOC 02
def doc02(path):
    green = colors.HexColor("#2E6B3A")
    orange = colors.HexColor("#D9822B")
    pale = colors.HexColor("#EEF5EC")
    offset = 13  # printed 14..17
    LM, RM, TM, BM = 26 * mm, 20 * mm, 24 * mm, 24 * mm
    fw = W - LM - RM

    def on_page(canv, doc):
        canv.saveState()
        pg = doc.page
        canv.setFillColor(green)
        canv.rect(0, 0, 12 * mm, H, stroke=0, fill=1)
        canv.saveState()
        canv.translate(8 * mm, H / 2)
        canv.rotate(90)
        canv.setFillColor(colors.white)
        canv.setFont("DVB", 9)
        canv.drawCentredString(0, 0, "FICHE REPÈRE · COLLECTIVITÉS TERRITORIALES")
        canv.restoreState()
        canv.setFillColor(green)
        canv.setFont("DVB", 8)
        canv.drawString(LM, H - 13 * mm, "Fiche Repère")
        canv.setFont("DV", 8)
        canv.setFillColor(colors.HexColor("#555555"))
        canv.drawRightString(W - RM, H - 13 * mm, "Les dynamiques d’engagement des Collectivités territoriales")
        canv.setStrokeColor(orange)
        canv.setLineWidth(1.2)
        canv.line(LM, H - 15 * mm, W - RM, H - 15 * mm)
        canv.setFillColor(colors.HexColor("#444444"))
        canv.setFont("DV", 7.5)
        canv.drawString(LM, 12 * mm, "Observatoire des partenariats – Recueil des fiches Repère")
        canv.setFillColor(orange)
        canv.circle(W - RM - 4 * mm, 13 * mm, 4.2 * mm, stroke=0, fill=1)
        canv.setFillColor(colors.white)
        canv.setFont("DVB", 9)
        canv.drawCentredString(W - RM - 4 * mm, 11.8 * mm, str(pg + offset))
        canv.restoreState()

    doc = BaseDocTemplate(path, pagesize=A4, leftMargin=LM, rightMargin=RM, topMargin=TM, bottomMargin=BM,
                          title="Fiche Repère – Collectivités territoriales", invariant=1)
    frame = Frame(LM, BM, fw, H - TM - BM, id="f", leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate(id="p", frames=[frame], onPage=on_page)])
    s = []
    # ---- page 1 (14)
    s.append(banner("FICHE REPÈRE", "Les dynamiques d’engagement des Collectivités territoriales", fw, green,
                    sub="Issue de l’étude IMPACT – Elus locaux (novembre 2020, Comisis-OpinionWay)"))
    s.append(Spacer(1, 8))
    s.append(P("Cette fiche Repère résume ce que les élus locaux disent de leurs alliances avec les associations, "
               "les entreprises et les autres acteurs de leur territoire. Elle a été présentée au Congrès des maires "
               "comme un outil d’aide à la co-construction territoriale."))
    s.append(H2("En bref", green, 11))
    s.append(keyfigs([("92 %", "des maires expriment un « besoin d’alliance »"),
                      ("87 %", "des maires voient dans les partenariats une source d’innovation")],
                     fw, pale, colors.HexColor("#1A1A1A"), orange))
    s.append(H2("À qui s’adresse cette fiche ?", green))
    s += bullets(["aux maires et à leurs équipes ;",
                  "aux agents chargés du développement local ;",
                  "aux associations et aux entreprises qui veulent travailler avec leur commune."])
    s.append(H2("Comment la lire ?", green))
    s.append(P("Les pages suivantes présentent les constats de l’étude, un rappel du volet PHARE-Institutions et "
               "une actualisation à partir de l’enquête conduite en 2024."))
    s.append(PageBreak())
    # ---- page 2 (15)
    s.append(H1("1. Des élus convaincus… mais souvent démunis", green))
    s.append(P("Les trois quarts des maires (76 %) considèrent que leur territoire est déjà engagé dans une "
               "dynamique de coopération. Mais près d’un sur deux (46 %) reconnaît ne pas savoir comment piloter "
               "ces partenariats : l’envie est là, la méthode manque."))
    s.append(keyfigs([("76 %", "des maires jugent leur territoire engagé"),
                      ("46 %", "des maires ne savent pas piloter les partenariats")],
                     fw, pale, colors.HexColor("#1A1A1A"), green))
    s.append(H1("2. Jouer collectif", green))
    s.append(P("Lors du 3e dîner « Elus & Entreprises », deux chiffres ont été mis en avant : 64 % des élus locaux "
               "veulent s’appuyer sur le « jouer collectif », et 92 % des maires reconnaissent l’utilité de la "
               "co-construction."))
    s.append(H2("Trois questions pour démarrer", green))
    s += bullets(["Quels acteurs agissent déjà sur le territoire ?",
                  "Quel besoin commun justifie une alliance ?",
                  "Qui anime la démarche dans la durée ?"])
    s.append(PageBreak())
    # ---- page 3 (16)
    s.append(H1("Rappel : le volet PHARE-Institutions (2016)", green))
    s.append(P("Avant IMPACT, le programme PHARE avait déjà consacré un volet aux institutions. Publié le "
               "29 novembre 2016, PHARE-Institutions proposait une typologie des maires en cinq profils. Il "
               "établissait déjà que 87 % des maires voient dans les partenariats une source d’innovation."))
    s.append(caption("De PHARE à IMPACT : trois enquêtes auprès des élus"))
    s.append(datatable(["Volet", "Date", "Ce qu’on en retient"],
                       [["PHARE-Institutions", "29 novembre 2016", "une typologie des maires en cinq profils"],
                        ["IMPACT – Elus locaux", "novembre 2020", "un besoin d’alliance, une difficulté à piloter"],
                        ["IMPACTS & TRAJECTOIRES – Elus locaux", "novembre 2024",
                         "un territoire « en mouvement » (voir page 17)"]],
                       [fw * 0.36, fw * 0.24, fw * 0.40], green))
    s.append(Spacer(1, 8))
    s.append(boxed([P("<b>Bon à savoir.</b> Les profils de maires décrits par PHARE-Institutions servent de grille de "
                      "lecture aux fiches Repère ; ils ne sont pas détaillés ici.", BODY_S)], fw, pale, green))
    s.append(PageBreak())
    # ---- page 4 (17)
    s.append(H1("Actualisation : IMPACTS & TRAJECTOIRES – Elus locaux (novembre 2024)", green))
    s.append(caption("Fiche technique de l’enquête 2024"))
    s.append(datatable(["Élément", "Détail"],
                       [["Échantillon", "302 maires"],
                        ["Mode de recueil", "entretiens par téléphone"],
                        ["Terrain", "du 30 septembre au 28 octobre 2024"],
                        ["Profil des répondants", "84 % exercent dans des communes de moins de 2 000 habitants"]],
                       [fw * 0.32, fw * 0.68], orange))
    s.append(Spacer(1, 6))
    s.append(keyfigs([("91 %", "des maires voient leur territoire en mouvement"),
                      ("35 %", "le jugent fortement en mouvement"),
                      ("56 %", "ni plus ni moins qu’avant")],
                     fw, pale, colors.HexColor("#1A1A1A"), orange))
    s.append(Spacer(1, 6))
    s.append(P("Le territoire bouge, selon 91 % des maires interrogés en 2024. L’échantillon est dominé par les "
               "petites communes, ce qui invite à ne pas comparer directement ces résultats à ceux de 2020."))
    s.append(P("Pour aller plus loin : la fiche acteur « Dynamique d’engagement des Fondations »."))
    doc.build(s, canvasmaker=lambda *a, **k: _meta_canvas(*a, title="Fiche Repère – Collectivités territoriales", **k))


# =========================================================== DOC 03
def doc03(path):
    red = colors.HexColor("#9E2A2B")
    ink = colors.HexColor("#2B2B2B")
    sand = colors.HexColor("#F6EFE6")
    offset = 44  # printed 45..48
    LM, RM, BM = 16 * mm, 16 * mm, 18 * mm
    gap = 7 * mm
    cw = (W - LM - RM - gap) / 2
    top_first = H - 62 * mm
    top_later = H - 22 * mm
    hst = style("bh", size=11, leading=14, font="DVB", color=red, before=4, after=3)
    kst = style("bk2", size=7.5, font="DVB", color=colors.HexColor("#777777"), after=1)
    bst = style("bb", size=8.8, leading=11.8)

    def article(kicker, title, paras, extra=None):
        out = [Paragraph(kicker.upper(), kst), Paragraph(title, hst)]
        out += [Paragraph(p, bst) for p in paras]
        if extra:
            out += extra
        return out

    def first_page(canv, doc):
        canv.saveState()
        canv.setFillColor(red)
        canv.rect(0, H - 44 * mm, W, 44 * mm, stroke=0, fill=1)
        canv.setFillColor(colors.white)
        canv.setFont("DVB", 26)
        canv.drawString(LM, H - 24 * mm, "VEILLE ALLIANCES")
        canv.setFont("DV", 10)
        canv.drawString(LM, H - 32 * mm, "Bulletin de veille de l’Observatoire des partenariats – numéro 12")
        canv.setFont("DVI", 8.5)
        canv.drawString(LM, H - 38.5 * mm, "Études, événements et débats autour des alliances d’intérêt général")
        canv.setFillColor(ink)
        canv.setFont("DVB", 8)
        canv.drawString(LM, H - 51 * mm, "AU SOMMAIRE")
        canv.setFont("DV", 8)
        canv.drawString(LM + 26 * mm, H - 51 * mm,
                        "Normandie · Fondations · Droit de l’alliance · ODD 17 · Charte du faire alliance · CGET · Sortie de crise")
        canv.setStrokeColor(red)
        canv.setLineWidth(0.8)
        canv.line(LM, H - 55 * mm, W - RM, H - 55 * mm)
        _bulletin_footer(canv, doc.page + offset)
        canv.restoreState()

    def later_page(canv, doc):
        canv.saveState()
        canv.setFillColor(red)
        canv.setFont("DVB", 8.5)
        canv.drawString(LM, H - 12 * mm, "VEILLE ALLIANCES")
        canv.setFillColor(colors.HexColor("#555555"))
        canv.setFont("DV", 8)
        canv.drawRightString(W - RM, H - 12 * mm, "Bulletin de veille n° 12 – Observatoire des partenariats")
        canv.setStrokeColor(red)
        canv.setLineWidth(0.8)
        canv.line(LM, H - 14.5 * mm, W - RM, H - 14.5 * mm)
        _bulletin_footer(canv, doc.page + offset)
        canv.restoreState()

    def _bulletin_footer(canv, printed):
        canv.setStrokeColor(colors.HexColor("#BBBBBB"))
        canv.setLineWidth(0.5)
        canv.line(LM, 13 * mm, W - RM, 13 * mm)
        canv.setFillColor(colors.HexColor("#555555"))
        canv.setFont("DV", 7.5)
        canv.drawString(LM, 9 * mm, "Le RAMEAU · Observatoire des partenariats · Veille Alliances")
        canv.setFont("DVB", 9)
        canv.drawRightString(W - RM, 9 * mm, "p. " + str(printed))
        # column rule
        canv.setStrokeColor(colors.HexColor("#DDDDDD"))

    doc = BaseDocTemplate(path, pagesize=A4, leftMargin=LM, rightMargin=RM, topMargin=22 * mm,
                          bottomMargin=BM, title="Veille Alliances – bulletin n° 12", invariant=1)
    f1 = [Frame(LM, BM, cw, top_first - BM, id="c1", leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0),
          Frame(LM + cw + gap, BM, cw, top_first - BM, id="c2", leftPadding=0, rightPadding=0, topPadding=0,
                bottomPadding=0)]
    f2 = [Frame(LM, BM, cw, top_later - BM, id="d1", leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0),
          Frame(LM + cw + gap, BM, cw, top_later - BM, id="d2", leftPadding=0, rightPadding=0, topPadding=0,
                bottomPadding=0)]
    doc.addPageTemplates([PageTemplate(id="first", frames=f1, onPage=first_page),
                          PageTemplate(id="later", frames=f2, onPage=later_page)])

    def agenda_box(rows):
        data = [[Paragraph("<b>AGENDA</b>", style("ag", size=8.5, font="DVB", color=colors.white, after=0)), ""]]
        for d, t in rows:
            data.append([Paragraph("<b>" + d + "</b>", style("agd", size=8, after=0)),
                         Paragraph(t, style("agt", size=8, after=0))])
        t = Table(data, colWidths=[cw * 0.3, cw * 0.7])
        t.setStyle(TableStyle([("SPAN", (0, 0), (1, 0)), ("BACKGROUND", (0, 0), (-1, 0), red),
                               ("BACKGROUND", (0, 1), (-1, -1), sand), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LINEBELOW", (0, 1), (-1, -2), 0.4, colors.HexColor("#CCBBAA")),
                               ("LEFTPADDING", (0, 0), (-1, -1), 5), ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                               ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
        return t

    def figs_box(rows):
        data = []
        for v, c in rows:
            data.append([Paragraph(v, style("fv", size=15, leading=18, font="DVB", color=red, after=0)),
                         Paragraph(c, style("fc", size=8, after=0))])
        t = Table(data, colWidths=[cw * 0.28, cw * 0.72])
        t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), sand), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                               ("LINEBELOW", (0, 0), (-1, -2), 0.4, colors.white),
                               ("LEFTPADDING", (0, 0), (-1, -1), 6), ("TOPPADDING", (0, 0), (-1, -1), 4),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
        return t

    s = [NextPageTemplate("later")]
    # ---- page 1 (45) col 1
    s += article("À la une", "La Normandie, 11e rapport régional",
                 ["Le 11e rapport régional de l’Observatoire des partenariats est consacré à la Normandie. Il a été "
                  "publié le 26 novembre. Comme les précédents, il croise les regards des acteurs du territoire – "
                  "collectivités, associations, entreprises – sur leurs coopérations.",
                  "Le mois de novembre est chargé : trois autres rendez-vous jalonnent la période."],
                 [Spacer(1, 4),
                  agenda_box([("15 novembre", "Dossier de JURIS Associations n° 628 consacré aux alliances"),
                              ("23 novembre", "3e dîner « Elus & Entreprises »"),
                              ("26 novembre", "5e webinaire « l’ODD 17 en pratique »")]),
                  Spacer(1, 4),
                  Paragraph("Le 26 novembre cumule donc deux rendez-vous : la sortie du rapport normand et le "
                            "5e webinaire.", bst)])
    s.append(FrameBreak())
    # col 2
    s += article("Fondations", "L’étude IMPACT Fondations & Territoires",
                 ["Publiée le 23 septembre, l’étude IMPACT Fondations & Territoires donne la parole à 42 fondations. "
                  "Elle éclaire la manière dont elles conçoivent leur rôle dans les territoires.",
                  "Elle complète la fiche acteur « Dynamique d’engagement des Fondations », qui décrit le rôle "
                  "structurant des fondations dans la mise en œuvre de l’ODD 17."],
                 [Spacer(1, 4), boxed([Paragraph("<b>À retenir</b> – 42 fondations interrogées ; publication le "
                                                 "23 septembre.", style("ar", size=8, after=0))], cw, sand, red)])
    s.append(PageBreak())
    # ---- page 2 (46) col 1
    s += article("Plaidoyer", "Le droit de l’alliance d’intérêt général",
                 ["La proposition de loi reconnaissant un « droit de l’alliance d’intérêt général » est portée par "
                  "Cathy Racon-Bouzon. Déposée en février, elle a été agréée par le Bureau de l’Assemblée nationale, "
                  "puis publiée au Journal officiel.",
                  "Elle s’accompagne d’une « feuille de route » ministérielle de 21 mesures.",
                  "Trois chiffres fondent ce plaidoyer :"],
                 [Spacer(1, 3),
                  figs_box([("81 %", "des Français : un « devoir d’alliance »"),
                            ("92 %", "des maires : un « besoin d’alliance »"),
                            ("84 %", "des dirigeants d’entreprises : une « envie d’alliance »")])])
    s.append(FrameBreak())
    # col 2
    s += article("ODD 17", "Un fonds pour expérimenter",
                 ["Le Fonds ODD 17 a été co-créé en 2020 par Le RAMEAU et la Fondation TotalEnergies. Doté de "
                  "1,5 M€, il finance une expérimentation sur trois ans qui s’appuie sur 350 « catalyseurs "
                  "territoriaux »."])
    s += article("Repère", "19 cibles",
                 ["L’ODD 17 compte 19 cibles. La note du Comité 21 « ODD 17 : Sens, décryptages, déclinaisons », "
                  "présentée le 5 juillet, les passe en revue."])
    s += article("Outil", "La plateforme et sa grille M.E.D.O.C.",
                 ["La plateforme www.odd17.org range ses ressources en cinq entrées : Méthodes, Exemples, Données, "
                  "Outils, Compétences – d’où l’acronyme M.E.D.O.C."])
    s.append(PageBreak())
    # ---- page 3 (47) col 1
    s += article("Événement", "La Charte du faire alliance est lancée",
                 ["Fruit de trois mois de co-construction pilotés par la Fondation des Territoires, la Charte du faire "
                  "alliance a été dévoilée le 30 novembre 2021, jour du Giving Tuesday, à Saint-Maurice "
                  "(Paris-Est Marne & Bois), lors d’une soirée VitaWin.",
                  "Elle se présente comme un « contrat de confiance » entre les acteurs qui décident d’agir ensemble."],
                 [Spacer(1, 5),
                  boxed([Paragraph("<b>Revue de presse</b>", style("rp", size=8.5, font="DVB", color=red, after=2)),
                         Paragraph("Un relais institutionnel de l’annonce situe le lancement au « mardi 30 septembre ». "
                                   "Les autres sources consultées retiennent le 30 novembre 2021.",
                                   style("rpt", size=8, after=0))], cw, sand, red)])
    s.append(FrameBreak())
    # col 2
    s += article("Aux racines de la Charte", "« Agir ensemble en Territoire »",
                 ["La démarche « Agir ensemble en Territoire » a été initiée en 2010, dans le sillage de l’étude "
                  "ARPEA-Collectivités locales réalisée avec Comisis-OpinionWay. Trois territoires ont servi de "
                  "pilotes :"],
                 bullets(["l’Alsace, avec Alsace Active ;",
                          "le Poitou-Charentes, avec le Groupe La Poste ;",
                          "Paris-Est Marne & Bois."], style("bl", size=8.8, leading=11.8, indent=10, first=-8)))
    s.append(PageBreak())
    # ---- page 4 (48) col 1
    s += article("Territoires", "Le parcours d’expérience CGET – Le RAMEAU",
                 ["Le CGET et Le RAMEAU ont ouvert un parcours d’expérience qui réunit 11 territoires pionniers "
                  "pendant 18 mois. La première session s’est tenue le 3 mai.",
                  "Objectif : outiller les territoires qui veulent structurer la co-construction entre acteurs publics, "
                  "associatifs et économiques."],
                 [Spacer(1, 4),
                  boxed([Paragraph("<b>Attention</b> – une autre présentation de la même démarche parle du « CGET et "
                                   "10 territoires pilotes ».", style("at", size=8, after=0))], cw, sand, red)])
    s.append(FrameBreak())
    # col 2
    s += article("Données", "Sortie de crise : jouer collectif",
                 ["Pour préparer l’après-Covid, l’Observatoire a inventorié plus de 250 données. Deux d’entre elles "
                  "résument l’état d’esprit : 81 % des Français et 84 % des dirigeants de TPE & PME jugent utile la "
                  "co-construction pour la résilience des territoires, autrement dit pour « jouer collectif en sortie "
                  "de crise »."])
    s.append(Spacer(1, 8))
    s.append(Paragraph("Prochain numéro : les rapports régionaux et les nouveaux volets du programme.",
                       style("pn", size=8, font="DVI", color=colors.HexColor("#555555"))))
    doc.build(s, canvasmaker=lambda *a, **k: _meta_canvas(*a, title="Veille Alliances – bulletin n° 12", **k))


# =========================================================== DOC 04 (16:9 slides)
def doc04(path):
    SW, SH = 960, 540
    purple = colors.HexColor("#4B2E83")
    gold = colors.HexColor("#E0A526")
    grey = colors.HexColor("#F1EFF6")
    offset = 20  # printed 21..26
    c = rl_canvas.Canvas(path, pagesize=(SW, SH), invariant=1)
    set_meta(c, "Citoyens et alliances – extrait de diaporama")

    def para(text, x, y_top, w, size=16, font="DV", color=colors.black, leading=None):
        p = Paragraph(text, style("sl", size=size, leading=leading or size * 1.25, font=font, color=color, after=0))
        _, h = p.wrap(w, 1000)
        p.drawOn(c, x, y_top - h)
        return h

    def frame(n, title):
        c.setFillColor(purple)
        c.rect(0, SH - 70, SW, 70, stroke=0, fill=1)
        c.setFillColor(gold)
        c.rect(0, SH - 74, SW, 4, stroke=0, fill=1)
        para(title, 40, SH - 20, SW - 80, size=24, font="DVB", color=colors.white)
        c.setFillColor(colors.HexColor("#666666"))
        c.setFont("DV", 10)
        c.drawString(40, 18, "Observatoire des partenariats · Le RAMEAU · Partie 3 – Les citoyens et les alliances")
        c.setFont("DVB", 12)
        c.setFillColor(purple)
        c.drawRightString(SW - 40, 18, str(n + offset))

    def fig(x, y, w, h, val, cap, bg=grey, vc=purple):
        c.setFillColor(bg)
        c.roundRect(x, y, w, h, 8, stroke=0, fill=1)
        para(val, x + 14, y + h - 12, w - 28, size=34, font="DVB", color=vc)
        para(cap, x + 14, y + h - 62, w - 28, size=13, color=colors.HexColor("#222222"))

    # slide 1
    c.setFillColor(purple)
    c.rect(0, 0, SW, SH, stroke=0, fill=1)
    c.setFillColor(gold)
    c.rect(60, 300, 8, 140, stroke=0, fill=1)
    para("PARTIE 3", 90, 440, 700, size=18, font="DVB", color=gold)
    para("Les citoyens et les alliances", 90, 405, 800, size=40, font="DVB", color=colors.white)
    para("De ARPEA à IMPACT : quinze ans de mesures auprès des Français", 90, 345, 800, size=20,
         color=colors.white)
    c.setFillColor(colors.white)
    c.setFont("DV", 10)
    c.drawString(40, 18, "Observatoire des partenariats · Le RAMEAU")
    c.setFont("DVB", 12)
    c.drawRightString(SW - 40, 18, str(1 + offset))
    c.showPage()
    # slide 2
    frame(2, "ARPEA-Citoyens : l’urgence de coopérer")
    fig(60, 230, 400, 200, "86 %", "des Français jugent urgent de créer des partenariats – mesure de 2008")
    fig(500, 230, 400, 200, "84 %", "des Français font le même constat – mesure de 2012")
    para("• Question reposée à quatre ans d’écart dans le cadre du programme ARPEA.", 60, 190, 840, size=15)
    para("• Le volet ARPEA Citoyens retient le chiffre de 86 % pour sa première édition.", 60, 160, 840, size=15)
    c.showPage()
    # slide 3
    frame(3, "PHARE-Citoyens (septembre 2015) : les priorités des Français")
    rows = [("Priorité", "Note sur 10"), ("Emploi", "7,1"), ("Pouvoir d’achat", "6,6"), ("Sécurité", "6,6*"),
            ("Développement économique", "6,5"), ("Environnement", "6,3"), ("Exclusion", "6,3")]
    data = [[Paragraph(a, style("t3", size=14, font="DVB" if i == 0 else "DV",
                                color=colors.white if i == 0 else colors.black, after=0)),
             Paragraph(b, style("t3b", size=14, font="DVB", color=colors.white if i == 0 else purple, after=0))]
            for i, (a, b) in enumerate(rows)]
    t = Table(data, colWidths=[300, 130])
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), purple),
                           ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, grey]),
                           ("LINEBELOW", (0, 0), (-1, -1), 0.5, colors.HexColor("#CCCCCC")),
                           ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    tw, th = t.wrap(430, 400)
    t.drawOn(c, 60, 440 - th)
    fig(560, 250, 340, 190, "69 %", "des Français estiment que s’allier est un « devoir »")
    para("Plus de 2 000 personnes interrogées.", 560, 225, 340, size=13)
    para("* Une autre restitution des mêmes résultats attribue à la sécurité la note de 7/10.", 60, 95, 840,
         size=12, font="DVI", color=colors.HexColor("#444444"))
    c.showPage()
    # slide 4 : bar chart
    frame(4, "PHARE-Citoyens : où les partenariats ont-ils un impact fort ?")
    bars = [("Emploi", 49), ("Développement économique", 46), ("Environnement", 42), ("Précarité", 36),
            ("Éducation", 36)]
    y = 410
    for lab, v in bars:
        c.setFillColor(colors.HexColor("#222222"))
        c.setFont("DV", 14)
        c.drawRightString(300, y + 8, lab)
        c.setFillColor(purple if v >= 46 else gold)
        c.rect(315, y, v * 10, 28, stroke=0, fill=1)
        c.setFillColor(colors.HexColor("#222222"))
        c.setFont("DVB", 14)
        c.drawString(315 + v * 10 + 8, y + 8, str(v) + " %")
        y -= 52
    para("Part des Français qui jugent fort l’impact des partenariats, par domaine (PHARE-Citoyens, 2015).",
         60, 130, 840, size=13, font="DVI", color=colors.HexColor("#444444"))
    c.showPage()
    # slide 5
    frame(5, "Programme IMPACT : le partenariat, source d’innovation")
    figs = [("74 %", "des Français"), ("81 %", "des dirigeants d’entreprise"),
            ("86 %", "des responsables associatifs"), ("87 %", "des maires")]
    x = 60
    for v, cap in figs:
        fig(x, 270, 195, 170, v, cap)
        x += 215
    para("Part des répondants qui voient dans les partenariats une source d’innovation.", 60, 250, 840, size=14)
    para("Devoir d’alliance : 81 % des Français aujourd’hui, contre 69 % dans PHARE-Citoyens en 2015.",
         60, 210, 840, size=15, font="DVB", color=purple)
    para("Note : une autre publication du même programme retient 69 % des citoyens (au lieu de 74 %) pour "
         "l’innovation.", 60, 110, 840, size=12, font="DVI", color=colors.HexColor("#444444"))
    c.showPage()
    # slide 6
    frame(6, "Le programme IMPACT en bref")
    para("<b>Période</b> : 2018-2022 – programme lancé en novembre 2017.", 60, 440, 840, size=16)
    para("<b>Mené avec</b> : la Caisse des Dépôts, l’Institut CDC pour la Recherche, le Groupe La Poste, "
         "la Fondation TOTAL et Le RAMEAU.", 60, 400, 840, size=16)
    para("<b>Trois axes</b> :", 60, 340, 840, size=16)
    yy = 310
    for ax in ["l’innovation sociétale et territoriale ;", "la performance des organisations ;", "la confiance."]:
        para("• " + ax, 90, yy, 800, size=16)
        yy -= 30
    c.setFillColor(grey)
    c.roundRect(60, 90, 840, 90, 8, stroke=0, fill=1)
    para("Trois indicateurs suivis dans la durée : innovation, performance, confiance.", 80, 160, 800, size=16,
         font="DVB", color=purple)
    c.showPage()
    c.save()


# =========================================================== DOC 05 (note with footnotes)
def doc05(path):
    blue = colors.HexColor("#24507A")
    rule = colors.HexColor("#8FA9C2")
    pale = colors.HexColor("#EDF2F7")
    offset = 2  # printed 3..7
    LM, RM, TM, BM = 25 * mm, 25 * mm, 25 * mm, 42 * mm
    fw = W - LM - RM
    footnotes = {
        1: ["¹ Les deux formules coexistent selon les supports de présentation du RAMEAU."],
        2: ["² Une autre présentation écrit : « créé en 2008 par Le RAMEAU en partenariat avec la Caisse des Dépôts ».",
            "³ Formule reprise dans l’étude ARPEA Entreprises & Territoires (janvier 2011) et dans le rapport "
            "quinquennal du 11 décembre 2012.",
            "⁴ Certaines pages de présentation indiquent 2013-2017."],
        3: ["⁵ Développement retenu par le rapport quinquennal ; les deux autres figurent sur des pages de "
            "présentation plus récentes."],
        5: ["⁶ La proposition de loi sur le « droit de l’alliance d’intérêt général » prolonge ces travaux."],
    }

    def on_page(canv, doc):
        canv.saveState()
        pg = doc.page
        canv.setFillColor(blue)
        canv.setFont("DVB", 8)
        canv.drawString(LM, H - 14 * mm, "NOTE DE REPÈRES")
        canv.setFont("DV", 8)
        canv.setFillColor(colors.HexColor("#555555"))
        canv.drawRightString(W - RM, H - 14 * mm, "Le RAMEAU et l’Observatoire des partenariats")
        canv.setStrokeColor(rule)
        canv.setLineWidth(0.6)
        canv.line(LM, H - 16 * mm, W - RM, H - 16 * mm)
        canv.line(LM, 15 * mm, W - RM, 15 * mm)
        canv.setFont("DV", 7.5)
        canv.drawString(LM, 10.5 * mm, "Observatoire des partenariats – Note de repères")
        canv.setFont("DVB", 9)
        canv.setFillColor(blue)
        canv.drawRightString(W - RM, 10.5 * mm, "– " + str(pg + offset) + " –")
        if pg in footnotes:
            draw_footnotes(canv, footnotes[pg], LM, BM - 3 * mm, fw)
        canv.restoreState()

    doc = BaseDocTemplate(path, pagesize=A4, leftMargin=LM, rightMargin=RM, topMargin=TM, bottomMargin=BM,
                          title="Note de repères", invariant=1)
    frame = Frame(LM, BM, fw, H - TM - BM, id="f", leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate(id="p", frames=[frame], onPage=on_page)])
    s = []
    # ---- page 1 (3)
    s.append(banner("NOTE DE REPÈRES",
                    "De la recherche empirique à l’alliance : Le RAMEAU et l’Observatoire des partenariats",
                    fw, blue))
    s.append(Spacer(1, 6))
    s.append(H1("1. Le RAMEAU, un laboratoire", blue))
    s.append(P("Le RAMEAU a été créé en 2006. Association d’intérêt général, il se décrit comme un « laboratoire "
               "de recherche empirique », et parfois comme un « laboratoire d’innovations partenariales »¹. Il "
               "poursuit trois missions, la première consistant à témoigner de ce que produisent les alliances."))
    s.append(P("Il a recensé plus de 1 000 exemples inspirants et mené des expérimentations auprès de plus de "
               "500 organisations depuis 2006. Il revendique 15 ans de recherche, dont 5 ans d’étude d’impact."))
    s.append(H1("2. Qui fait quoi ?", blue))
    s.append(datatable(["Fonction", "Personne"],
                       [["Président-fondateur du RAMEAU", "Charles-Benoît Heidsieck"],
                        ["Directrice générale du RAMEAU", "Laurence Weber"],
                        ["Direction scientifique de l’Observatoire", "Anne Robin, fondatrice de COMISIS, à titre bénévole"]],
                       [fw * 0.45, fw * 0.55], blue))
    s.append(PageBreak())
    # ---- page 2 (4)
    s.append(H1("3. L’Observatoire des partenariats", blue))
    s.append(P("L’Observatoire des partenariats a été créé en 2008 par la Caisse des Dépôts et Le RAMEAU, en "
               "partenariat avec le MEDEF et le Mouvement associatif²."))
    s.append(P("Les documents les plus anciens donnent pourtant une autre date : ils présentent, « créé en 2007, "
               "l’Observatoire national des partenariats associations / entreprises »³. Les deux versions "
               "coexistent donc dans les publications."))
    s.append(H1("4. Trois plans quinquennaux", blue))
    s.append(datatable(["Programme", "Période", "Repère"],
                       [["ARPEA", "2008-2012", "10 volets"],
                        ["PHARE", "2013-2018⁴", "6 volets"],
                        ["IMPACT", "2018-2022", "lancé en novembre 2017"]],
                       [fw * 0.25, fw * 0.3, fw * 0.45], blue))
    s.append(Spacer(1, 6))
    s.append(P("Chaque plan a suivi la même logique : mesurer, comprendre, puis outiller les acteurs."))
    s.append(PageBreak())
    # ---- page 3 (5)
    s.append(H1("5. ARPEA : un sigle, trois lectures", blue))
    s.append(P("Le sigle ARPEA a connu plusieurs développements selon les documents :"))
    s += bullets(["« Analyse des Relations et des Partenariats entre Entreprises et Associations »⁵ ;",
                  "« Analyser les Relations Partenariales entre Entreprises et Associations » ;",
                  "« Analyse des Relations Associations-Entreprises »."])
    s.append(P("Le programme comptait 10 volets. Il s’est conclu par le rapport quinquennal du 11 décembre 2012."))
    s.append(H1("6. Ce que mesurait ARPEA", blue))
    s.append(datatable(["Volet", "Résultat"],
                       [["ARPEA Entreprises & Territoires (janvier 2011)",
                         "21 % des entreprises développent des partenariats ; 33 % souhaitent le faire ; 46 % ne le "
                         "souhaitent pas"],
                        ["ARPEA, volet associations", "près de 46 % des associations engagées avec une entreprise"]],
                       [fw * 0.4, fw * 0.6], blue))
    s.append(PageBreak())
    # ---- page 4 (6)
    s.append(H1("7. PHARE : six volets", blue))
    s.append(P("En amont de PHARE, la ministre Valérie Fourneyron avait demandé un rapport dressant l’état des "
               "lieux des partenariats entre associations et entreprises ; il a été publié au début de 2014."))
    s.append(datatable(["Volet de PHARE", "Publication"],
                       [["Citoyens", "septembre 2015"], ["Entreprises", "octobre 2015"],
                        ["Associations", "novembre 2015"], ["13 rapports régionaux", "2016"],
                        ["Diagnostics sectoriels", "juillet 2016"], ["Institutions", "automne 2016"]],
                       [fw * 0.55, fw * 0.45], blue))
    s.append(H1("8. Un point d’étape : la note du 29 février 2016", blue))
    s.append(boxed([P("La note publiée le 29 février 2016 chiffrait la diffusion des partenariats entre associations "
                      "et entreprises : 37 % des entreprises de 10 salariés et plus et 38 % des associations étaient "
                      "concernées. La proportion montait à 53 % chez les associations employeuses et à 65 % chez les "
                      "pionniers.", BODY_S)], fw, pale, rule))
    s.append(PageBreak())
    # ---- page 5 (7)
    s.append(H1("9. De la recherche au droit", blue))
    s.append(P("À l’occasion du FNAF 2019, Gabriel Attal a confié une mission ministérielle à Cathy Racon-Bouzon "
               "et Charles-Benoît Heidsieck. Leur rapport a été remis le 7 mai 2020 ; un bilan a été dressé le "
               "17 octobre 2020⁶."))
    s.append(H1("10. La Fondation des Territoires", blue))
    s.append(P("La préfiguration de la Fondation des Territoires a commencé en juillet 2018. Elle s’est déroulée en "
               "trois étapes :"))
    s.append(datatable(["Étape", "Période"],
                       [["Étape 1", "juillet 2018 – juillet 2019"], ["Étape 2", "août 2019 – novembre 2020"],
                        ["Étape 3", "décembre 2020 – mai 2022"]],
                       [fw * 0.3, fw * 0.7], blue))
    s.append(Spacer(1, 6))
    s.append(P("La Fondation a été créée le 14 juin 2022 sous l’égide de la Fondation de Lille. Elle réunit "
               "21 co-fondateurs et s’est donné trois missions."))
    doc.build(s, canvasmaker=lambda *a, **k: _meta_canvas(*a, title="Note de repères", **k))


DOCS = [
    ("obs-%s-01-etude-associations-territoires.pdf" % PREFIX, doc01),
    ("obs-%s-02-fiche-repere-collectivites.pdf" % PREFIX, doc02),
    ("obs-%s-03-bulletin-veille.pdf" % PREFIX, doc03),
    ("obs-%s-04-diaporama-citoyens.pdf" % PREFIX, doc04),
    ("obs-%s-05-note-reperes.pdf" % PREFIX, doc05),
]

if __name__ == "__main__":
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    os.makedirs(out, exist_ok=True)
    for name, fn in DOCS:
        fn(os.path.join(out, name))
        print(os.path.join(out, name))
