#!/usr/bin/env python3
"""Deterministic generator of the 5 blind test PDFs (prefix s45).

Usage: python make_docs.py [output_dir]   (default: this script's folder; the team moved the PDFs up from ./pdfs)

All content is written from /work/shared/facts.md (facts carry over, wording is new).
Layout: reportlab platypus, DejaVu Sans, left-aligned, no hyphenation,
rl_config.invariant = 1 so that two builds are byte-identical.
"""
import os
import sys

from reportlab import rl_config

rl_config.invariant = 1

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm, mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.fonts import addMapping
from reportlab.platypus import (BaseDocTemplate, Frame, FrameBreak, KeepTogether,
                                NextPageTemplate, PageBreak, PageTemplate, Paragraph,
                                Spacer, Table, TableStyle)
from reportlab.graphics.shapes import Drawing, Rect, String

FONT_DIR = "/usr/share/fonts/truetype/dejavu"
pdfmetrics.registerFont(TTFont("DejaVu", os.path.join(FONT_DIR, "DejaVuSans.ttf")))
pdfmetrics.registerFont(TTFont("DejaVu-Bold", os.path.join(FONT_DIR, "DejaVuSans-Bold.ttf")))
pdfmetrics.registerFont(TTFont("DejaVu-Oblique", os.path.join(FONT_DIR, "DejaVuSans-Oblique.ttf")))
pdfmetrics.registerFont(TTFont("DejaVu-BoldOblique", os.path.join(FONT_DIR, "DejaVuSans-BoldOblique.ttf")))
addMapping("DejaVu", 0, 0, "DejaVu")
addMapping("DejaVu", 1, 0, "DejaVu-Bold")
addMapping("DejaVu", 0, 1, "DejaVu-Oblique")
addMapping("DejaVu", 1, 1, "DejaVu-BoldOblique")

PREFIX = "s45"

# colours
GREEN = colors.HexColor("#1f6f5c")
LIGHT = colors.HexColor("#e6f2ee")
ORANGE = colors.HexColor("#d9822b")
PALE = colors.HexColor("#fbefe3")
GREY = colors.HexColor("#555555")
NAVY = colors.HexColor("#1d3557")
SKY = colors.HexColor("#e8eef7")


def style(name, size=9.5, leading=None, font="DejaVu", color=colors.black, before=0, after=4,
          left=0, bullet_indent=0):
    return ParagraphStyle(
        name, fontName=font, fontSize=size, leading=leading or size * 1.35,
        textColor=color, alignment=TA_LEFT, spaceBefore=before, spaceAfter=after,
        leftIndent=left, bulletIndent=bullet_indent, hyphenationLang="",
        embeddedHyphenation=0, splitLongWords=0, uriWasteReduce=0, bulletFontName="DejaVu")


BODY = style("body")
BODY_S = style("body_s", size=8.8)
SMALL = style("small", size=7.5, color=GREY)
FOOT = style("foot", size=7.2, leading=9.2, color=GREY, after=2)
H1 = style("h1", size=17, font="DejaVu-Bold", color=GREEN, after=6)
H2 = style("h2", size=11.5, font="DejaVu-Bold", color=GREEN, before=4, after=4)
H3 = style("h3", size=9.8, font="DejaVu-Bold", color=NAVY, before=3, after=3)
BUL = style("bul", left=10, bullet_indent=0, after=2)
BOXT = style("boxt", size=8.6, leading=11.5)
KEYN = style("keyn", size=20, font="DejaVu-Bold", color=ORANGE, leading=23, after=0)
KEYT = style("keyt", size=8.2, leading=10.5, after=0)
CELL = style("cell", size=8.3, leading=10.5, after=0)
CELLB = style("cellb", size=8.3, leading=10.5, after=0, font="DejaVu-Bold", color=colors.white)


def P(text, st=BODY):
    return Paragraph(text, st)


def bullets(items, st=BUL):
    return [Paragraph(t, st, bulletText="•") for t in items]


def box(flowables, width, bg=LIGHT, border=GREEN):
    t = Table([[flowables]], colWidths=[width])
    t.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, -1), bg),
        ("BOX", (0, 0), (-1, -1), 0.8, border),
        ("LEFTPADDING", (0, 0), (-1, -1), 6), ("RIGHTPADDING", (0, 0), (-1, -1), 6),
        ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
    ]))
    return t


def keyfig(number, text, width):
    return box([P(number, KEYN), P(text, KEYT)], width, bg=PALE, border=ORANGE)


def table(rows, widths, head_bg=GREEN, zebra=LIGHT):
    data = []
    for i, r in enumerate(rows):
        st = CELLB if i == 0 else CELL
        data.append([P(c, st) for c in r])
    t = Table(data, colWidths=widths, repeatRows=1)
    cmds = [("BACKGROUND", (0, 0), (-1, 0), head_bg),
            ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#9fbfb5")),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            ("TOPPADDING", (0, 0), (-1, -1), 2.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5)]
    for i in range(1, len(rows)):
        if i % 2 == 0:
            cmds.append(("BACKGROUND", (0, i), (-1, i), zebra))
    t.setStyle(TableStyle(cmds))
    return t


def new_doc(path, pagesize, title):
    doc = BaseDocTemplate(path, pagesize=pagesize, title=title,
                          author="Observatoire des partenariats", subject=title,
                          creator="make_docs.py (%s)" % PREFIX, leftMargin=0, rightMargin=0,
                          topMargin=0, bottomMargin=0)
    return doc


# ---------------------------------------------------------------------------
# 01 - Bulletin de veille, A4 portrait, two columns, 4 pages, printed pages 41-44
# ---------------------------------------------------------------------------
def doc01(out):
    path = os.path.join(out, "obs-%s-01-bulletin-veille-territoires.pdf" % PREFIX)
    W, H = A4
    doc = new_doc(path, A4, "Veille Partenariats n° 21 – décembre 2022")
    mx, gap = 1.6 * cm, 0.7 * cm
    colw = (W - 2 * mx - gap) / 2
    OFFSET = 40  # printed page = pdf index + 40 (annual continuous pagination)

    def footer(c, d):
        c.saveState()
        c.setStrokeColor(GREEN)
        c.line(mx, 1.5 * cm, W - mx, 1.5 * cm)
        c.setFont("DejaVu", 7.5)
        c.setFillColor(GREY)
        c.drawString(mx, 1.0 * cm, "Observatoire des partenariats · Le RAMEAU · Bulletin de veille")
        c.drawRightString(W - mx, 1.0 * cm, "Veille Partenariats n° 21 — page %d" % (d.page + OFFSET))
        c.restoreState()

    def first(c, d):
        c.saveState()
        c.setFillColor(GREEN)
        c.rect(0, H - 4.2 * cm, W, 4.2 * cm, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("DejaVu-Bold", 24)
        c.drawString(mx, H - 2.0 * cm, "VEILLE PARTENARIATS")
        c.setFont("DejaVu", 10.5)
        c.drawString(mx, H - 2.8 * cm, "Le bulletin de l’Observatoire des partenariats — n° 21 — décembre 2022")
        c.setFont("DejaVu-Oblique", 9)
        c.drawString(mx, H - 3.5 * cm, "Dossier du mois : territoires, fondations et alliances")
        c.setFillColor(ORANGE)
        c.rect(W - mx - 3.2 * cm, H - 3.7 * cm, 3.2 * cm, 2.6 * cm, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("DejaVu-Bold", 10)
        c.drawCentredString(W - mx - 1.6 * cm, H - 2.1 * cm, "ÉDITION")
        c.drawCentredString(W - mx - 1.6 * cm, H - 2.6 * cm, "TERRITOIRES")
        c.restoreState()
        footer(c, d)

    def later(c, d):
        c.saveState()
        c.setFillColor(LIGHT)
        c.rect(0, H - 1.5 * cm, W, 1.5 * cm, stroke=0, fill=1)
        c.setFillColor(GREEN)
        c.setFont("DejaVu-Bold", 8.5)
        c.drawString(mx, H - 0.95 * cm, "VEILLE PARTENARIATS")
        c.setFont("DejaVu", 8)
        c.drawRightString(W - mx, H - 0.95 * cm, "n° 21 · décembre 2022 · Territoires, fondations et alliances")
        c.restoreState()
        footer(c, d)

    top1 = H - 4.8 * cm
    bot = 2.0 * cm
    f1 = [Frame(mx, bot, colw, top1 - bot, id="c1", leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0),
          Frame(mx + colw + gap, bot, colw, top1 - bot, id="c2", leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)]
    top2 = H - 2.1 * cm
    f2 = [Frame(mx, bot, colw, top2 - bot, id="d1", leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0),
          Frame(mx + colw + gap, bot, colw, top2 - bot, id="d2", leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)]
    doc.addPageTemplates([PageTemplate("first", f1, onPage=first),
                          PageTemplate("later", f2, onPage=later)])
    s = []
    # ---- page 1 (printed 41)
    s += [NextPageTemplate("later"),
          P("Édito — Une fondation pour les territoires", H1),
          P("Il aura fallu près de quatre ans de préparation pour passer de l’idée à l’acte. "
            "La Fondation des Territoires a été officiellement créée le 14 juin 2022, abritée sous "
            "l’égide de la Fondation de Lille. Elle réunit 21 co-fondateurs, qui lui ont confié "
            "trois missions au service des alliances locales."),
          P("La préfiguration avait été lancée en juillet 2018. Elle s’est déroulée en trois étapes "
            "successives, chacune ayant donné lieu à un bilan partagé avec les partenaires :"),
          ] + bullets(["étape 1 : de juillet 2018 à juillet 2019 ;",
                       "étape 2 : d’août 2019 à novembre 2020 ;",
                       "étape 3 : de décembre 2020 à mai 2022."]) + [
          P("Pour l’équipe de l’Observatoire, cette naissance prolonge dix années d’observation des "
            "coopérations entre associations, entreprises et collectivités. Les pages qui suivent "
            "reviennent sur les jalons qui ont préparé le terrain."),
          FrameBreak(),
          keyfig("14 juin 2022", "Date de création de la Fondation des Territoires, sous l’égide de la "
                 "Fondation de Lille.", colw),
          Spacer(1, 6),
          keyfig("21", "co-fondateurs réunis autour de la Fondation des Territoires.", colw),
          Spacer(1, 6),
          keyfig("3", "étapes de préfiguration entre juillet 2018 et mai 2022.", colw),
          Spacer(1, 8),
          P("Dans ce numéro", H3)] + bullets([
              "La Charte du faire alliance (page 42)",
              "Agir ensemble en Territoire (page 42)",
              "Le parcours d’expérience avec le CGET (page 43)",
              "Le Fonds ODD 17 (page 43)",
              "ODD 17 : de l’art à la méthode (page 44)",
              "Archives : un mois de novembre normand (page 44)"]) + [
          PageBreak()]
    # ---- page 2 (printed 42)
    s += [P("La Charte du faire alliance", H2),
          P("Rédigée en trois mois de co-construction, sous le pilotage de la Fondation des "
            "Territoires alors en préfiguration, la Charte du faire alliance se veut un « contrat de "
            "confiance » entre acteurs d’un même territoire. Elle a été dévoilée le mardi "
            "30 novembre 2021, jour du Giving Tuesday, à Saint-Maurice, sur le territoire de "
            "Paris-Est Marne & Bois, au cours d’une soirée VitaWin."),
          box([P("<b>Attention aux dates</b>", BOXT),
               P("Une brève publiée sur le portail associations.gouv.fr situe ce dévoilement au "
                 "« mardi 30 septembre ». Les autres relais, dont les partenaires de la soirée, "
                 "retiennent le 30 novembre 2021, date du Giving Tuesday. Nous reproduisons les deux "
                 "versions.", BOXT)], colw, bg=PALE, border=ORANGE),
          Spacer(1, 6),
          P("La charte n’invente pas tout : elle s’appuie sur les récits recueillis depuis une "
            "dizaine d’années auprès de territoires expérimentateurs, dont ceux de la démarche "
            "présentée ci-contre."),
          FrameBreak(),
          P("Agir ensemble en Territoire", H2),
          P("La démarche « Agir ensemble en Territoire » est née en 2010, dans le sillage de l’étude "
            "ARPEA-Collectivités locales conduite avec Comisis et OpinionWay. Trois territoires "
            "pilotes ont servi de terrain d’essai :"),
          ] + bullets(["l’Alsace, avec Alsace Active ;",
                       "le Poitou-Charentes, avec le Groupe La Poste ;",
                       "Paris-Est Marne & Bois, où la charte sera dévoilée onze ans plus tard."]) + [
          P("Chaque pilote a testé une façon différente de réunir élus, associations et entreprises "
            "autour d’un diagnostic partagé."),
          PageBreak()]
    # ---- page 3 (printed 43)
    s += [P("Un parcours d’expérience avec le CGET", H2),
          P("Le Commissariat général à l’égalité des territoires (CGET) et Le RAMEAU ont ouvert un "
            "parcours d’expérience consacré à la co-construction territoriale. Il réunit "
            "11 territoires pionniers, accompagnés pendant 18 mois ; la première session s’est "
            "tenue le 3 mai."),
          box([P("<b>Deux décomptes</b>", BOXT),
               P("Une autre publication de Le RAMEAU évoque « le CGET et 10 territoires pilotes ». "
                 "L’annonce initiale du parcours parle, elle, de 11 territoires pionniers.", BOXT)],
              colw, bg=PALE, border=ORANGE),
          Spacer(1, 6),
          P("Les territoires engagés partagent leurs outils au fil des sessions et documentent ce "
            "qui marche, mais aussi ce qui bloque."),
          FrameBreak(),
          P("Le Fonds ODD 17", H2),
          P("Le Fonds ODD 17 a été co-créé en 2020 par Le RAMEAU et la Fondation TotalEnergies. Sa "
            "dotation de 1,5 million d’euros finance une expérimentation sur 3 ans. L’objectif : "
            "faire émerger un réseau de 350 « catalyseurs territoriaux », ces personnes ou "
            "structures qui facilitent les alliances sur leur territoire."),
          keyfig("1,5 million d’euros", "dotation du Fonds ODD 17 pour 3 ans d’expérimentation", colw),
          Spacer(1, 6),
          keyfig("350", "catalyseurs territoriaux visés", colw),
          PageBreak()]
    # ---- page 4 (printed 44)
    s += [P("ODD 17 : de l’art à la méthode", H2),
          P("L’ODD 17, dédié aux partenariats, se décline en 19 cibles. La note du Comité 21 "
            "« ODD 17 : Sens, décryptages, déclinaisons », présentée le 5 juillet, en propose une "
            "lecture pédagogique."),
          P("Pour passer à la pratique, la plateforme www.odd17.org rassemble des ressources "
            "classées selon l’acronyme M.E.D.O.C. : Méthodes, Exemples, Données, Outils, "
            "Compétences."),
          Spacer(1, 4),
          P("Dîner « Elus & Entreprises »", H2),
          P("Lors du 3e dîner « Elus & Entreprises », deux chiffres ont nourri les échanges : 64 % "
            "des élus locaux souhaitent s’appuyer sur le « jouer collectif », et 92 % des maires "
            "reconnaissent l’utilité de la co-construction."),
          FrameBreak(),
          P("Archives : un mois de novembre normand", H2),
          P("Nous republions l’agenda d’un mois de novembre particulièrement chargé pour "
            "l’Observatoire, autour de la publication du rapport consacré à la Normandie."),
          table([["Date", "Rendez-vous"],
                 ["15 novembre", "Dossier JURIS Associations n° 628 consacré aux partenariats"],
                 ["23 novembre", "3e dîner « Elus & Entreprises »"],
                 ["26 novembre", "Publication du 11e rapport régional : Normandie"],
                 ["26 novembre", "5e webinaire « l’ODD 17 en pratique »"]],
                [2.6 * cm, colw - 2.6 * cm]),
          Spacer(1, 6),
          P("Le rapport normand est le onzième d’une série de portraits régionaux des partenariats.",
            BODY_S)]
    doc.build(s)
    return path


# ---------------------------------------------------------------------------
# 02 - Fiche Repère, A4, 4 pages, cover unnumbered, printed 1-3 on pdf pages 2-4
# ---------------------------------------------------------------------------
def doc02(out):
    path = os.path.join(out, "obs-%s-02-fiche-repere-associations.pdf" % PREFIX)
    W, H = A4
    doc = new_doc(path, A4, "Fiche Repère n° 7 – Les associations et leurs partenaires")
    mx = 2.0 * cm
    cw = W - 2 * mx

    def cover(c, d):
        c.saveState()
        c.setFillColor(ORANGE)
        c.rect(0, H - 7 * cm, W, 7 * cm, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("DejaVu-Bold", 30)
        c.drawString(mx, H - 2.6 * cm, "REPÈRES")
        c.setFont("DejaVu", 12)
        c.drawString(mx, H - 3.5 * cm, "Fiche Repère n° 7 · Observatoire des partenariats")
        c.setFont("DejaVu-Bold", 16)
        c.drawString(mx, H - 5.0 * cm, "Les associations et leurs partenaires")
        c.setFont("DejaVu", 11)
        c.drawString(mx, H - 5.8 * cm, "Ce que disent trois générations d’études")
        c.setFillColor(GREY)
        c.setFont("DejaVu", 7.5)
        c.drawString(mx, 1.2 * cm, "Le RAMEAU · Observatoire des partenariats · Collection Repères")
        c.restoreState()

    def inner(c, d):
        c.saveState()
        c.setFillColor(ORANGE)
        c.rect(0, H - 0.5 * cm, W, 0.5 * cm, stroke=0, fill=1)
        c.setFillColor(GREY)
        c.setFont("DejaVu", 7.8)
        c.drawString(mx, H - 1.3 * cm, "Fiche Repère n° 7 — Les associations et leurs partenaires")
        c.drawRightString(W - mx, H - 1.3 * cm, "REPÈRES")
        c.setStrokeColor(ORANGE)
        c.line(mx, H - 1.5 * cm, W - mx, H - 1.5 * cm)
        c.line(mx, 1.6 * cm, W - mx, 1.6 * cm)
        c.setFont("DejaVu", 7.5)
        c.drawString(mx, 1.1 * cm, "Observatoire des partenariats — reproduction autorisée avec mention de la source")
        c.setFont("DejaVu-Bold", 9)
        c.drawRightString(W - mx, 1.1 * cm, "%d" % (d.page - 1))
        c.restoreState()

    fc = Frame(mx, 2 * cm, cw, H - 9 * cm, id="cov", leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    fi = Frame(mx, 2 * cm, cw, H - 4 * cm, id="in", leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate("cover", [fc], onPage=cover),
                          PageTemplate("inner", [fi], onPage=inner)])
    half = (cw - 0.6 * cm) / 2
    s = [NextPageTemplate("inner"),
         P("En bref", H2),
         P("Depuis 2008, l’Observatoire interroge régulièrement les responsables associatifs sur "
           "leurs partenaires. Les populations étudiées ne sont pas toujours les mêmes : toutes les "
           "associations dans certaines enquêtes, les seules associations employeuses dans "
           "d’autres. Cette fiche rassemble les principaux résultats et aide à les comparer."),
         Table([[keyfig("28 %", "des associations comptent une entreprise parmi leurs partenaires "
                        "(enquête publiée en 2017).", half),
                 keyfig("53 %", "des associations employeuses ont noué un partenariat avec une "
                        "entreprise (note de février 2016).", half)]],
               colWidths=[half + 0.3 * cm, half + 0.3 * cm],
               style=[("LEFTPADDING", (0, 0), (-1, -1), 0), ("VALIGN", (0, 0), (-1, -1), "TOP")]),
         Spacer(1, 10),
         P("Sommaire", H3)] + bullets([
             "1. IMPACT – Associations &amp; Territoires ........ page 1",
             "2. L’enquête Associations &amp; Partenariats (2017) ........ page 2",
             "3. Repères antérieurs et précautions de lecture ........ page 3"]) + [
         PageBreak()]
    # page 2 (printed 1)
    s += [P("1. IMPACT – Associations &amp; Territoires", H1),
          P("Conduite dans le cadre du programme IMPACT, cette étude porte sur les 148 000 "
            "associations employeuses que compte la France. Le constat principal est sans appel : "
            "98 % d’entre elles déclarent au moins un partenariat."),
          P("Avec qui ?", H3),
          table([["Type de partenaire", "Part des associations employeuses"],
                 ["Collectivités territoriales", "89 %"],
                 ["Structures d’intérêt général", "73 %"],
                 ["Établissements scolaires", "70 %"],
                 ["Collectifs d’associations", "56 %"],
                 ["Acteurs publics nationaux", "52 %"],
                 ["Fédérations professionnelles", "37 %"],
                 ["Acteurs académiques", "35 %"]], [9 * cm, 6 * cm]),
          Spacer(1, 6),
          P("À quelle échelle ?", H3),
          P("Les partenariats se nouent d’abord au niveau local (73 %), puis au niveau régional (47 %)."),
          P("Sous quelle forme ?", H3),
          table([["Forme de partenariat", "Part des associations employeuses"],
                 ["Mécénat", "75 %"],
                 ["Innovation sociétale", "73 %"],
                 ["Pratiques responsables", "70 %"],
                 ["Coopération économique", "58 %"]], [9 * cm, 6 * cm], head_bg=ORANGE, zebra=PALE),
          Spacer(1, 6),
          box([P("Lecture : 89 % des associations employeuses travaillent avec au moins une "
                 "collectivité territoriale. Un même répondant peut citer plusieurs partenaires et "
                 "plusieurs formes : les totaux dépassent 100 %.", BOXT)], cw),
          PageBreak()]
    # page 3 (printed 2)
    s += [P("2. L’enquête Associations &amp; Partenariats", H1),
          P("Publiée en mars 2017 par Recherches &amp; Solidarités et Le RAMEAU, cette enquête "
            "repose sur un questionnaire diffusé en mai-juin 2016. Plus de 1 380 responsables "
            "associatifs y ont répondu, sans restriction de taille ni d’emploi."),
          P("Une association travaille en moyenne avec 2,5 partenaires. Les collectivités "
            "arrivent en tête, les entreprises loin derrière."),
          table([["Partenaire cité", "Part des associations"],
                 ["Collectivités territoriales", "74 %"],
                 ["Autres associations ou fondations", "72 %"],
                 ["Établissements d’enseignement", "47 %"],
                 ["Entreprises", "28 %"],
                 ["Structures d’insertion", "22 %"],
                 ["Organismes de recherche", "9 %"]], [9 * cm, 6 * cm]),
          Spacer(1, 8),
          P("L’effet de la taille", H3),
          P("La probabilité d’avoir une entreprise pour partenaire croît nettement avec le budget : "
            "50 % des associations dont le budget dépasse 150 000 € ont un partenariat avec une "
            "entreprise, contre 20 % de celles dont le budget est inférieur à 10 000 €."),
          box([P("Méthode : enquête en ligne, mai-juin 2016, plus de 1 380 responsables. Résultats "
                 "publiés en mars 2017.", BOXT)], cw, bg=PALE, border=ORANGE),
          PageBreak()]
    # page 4 (printed 3)
    s += [P("3. Repères antérieurs et précautions de lecture", H1),
          P("Avant le programme IMPACT", H3),
          P("Les premières études ARPEA estimaient que près de 46 % des associations étaient "
            "engagées avec une entreprise. La note publiée le 29 février 2016 distinguait deux "
            "populations : 38 % de l’ensemble des associations avaient un partenariat avec une "
            "entreprise, et 53 % des associations employeuses."),
          P("Du côté de l’innovation, 86 % des responsables associatifs considèrent les partenariats "
            "comme une source d’innovation."),
          P("Pourquoi les chiffres diffèrent", H3),
          table([["Indicateur", "IMPACT (associations employeuses)", "Enquête 2017 (toutes associations)"],
                 ["Partenariat avec une collectivité", "89 %", "74 %"],
                 ["Partenariat avec un établissement d’enseignement", "70 % (établissements scolaires)", "47 %"],
                 ["Champ", "148 000 associations employeuses", "plus de 1 380 répondants"]],
                [6 * cm, 5.3 * cm, cw - 11.3 * cm]),
          Spacer(1, 6)] + bullets([
              "Les associations employeuses, plus structurées, nouent davantage de partenariats.",
              "Les libellés ne se recoupent pas toujours : « établissements scolaires » d’un côté, "
              "« établissements d’enseignement » de l’autre.",
              "Les dates de collecte s’étalent sur plusieurs années."]) + [
          Spacer(1, 6),
          P("Sources : programme IMPACT ; Recherches &amp; Solidarités et Le RAMEAU, mars 2017 ; note "
            "du 29 février 2016 ; études ARPEA.", SMALL)]
    doc.build(s)
    return path


# ---------------------------------------------------------------------------
# 03 - 16:9 slide deck, 6 slides, printed slide numbers 14-19
# ---------------------------------------------------------------------------
def bar_chart(w, h, items, maxv=100):
    d = Drawing(w, h)
    n = len(items)
    bh = (h - 10) / n
    for i, (label, v, col) in enumerate(items):
        y = h - (i + 1) * bh
        d.add(String(0, y + bh * 0.35, label, fontName="DejaVu", fontSize=10))
        bw = (w - 200) * v / maxv
        d.add(Rect(150, y + bh * 0.2, bw, bh * 0.55, fillColor=col, strokeColor=None))
        d.add(String(155 + bw, y + bh * 0.35, "%d %%" % v, fontName="DejaVu-Bold", fontSize=10))
    return d


def doc03(out):
    path = os.path.join(out, "obs-%s-03-diaporama-maires.pdf" % PREFIX)
    W, H = 960, 540
    doc = new_doc(path, (W, H), "Maires et co-construction territoriale – support de présentation")
    mx = 40
    OFFSET = 13

    def slide(c, d):
        c.saveState()
        c.setFillColor(NAVY)
        c.rect(0, H - 84, W, 84, stroke=0, fill=1)
        c.setFillColor(ORANGE)
        c.rect(0, H - 88, W, 4, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("DejaVu-Bold", 9)
        c.drawString(mx, H - 18, "OBSERVATOIRE DES PARTENARIATS")
        c.setFont("DejaVu", 9)
        c.drawRightString(W - mx, H - 18, "Maires et co-construction territoriale")
        c.setFillColor(GREY)
        c.setFont("DejaVu", 8)
        c.drawString(mx, 16, "Le RAMEAU · Support de présentation · Partie 2 — Les maires")
        c.setFont("DejaVu-Bold", 10)
        c.drawRightString(W - mx, 16, "%d" % (d.page + OFFSET))
        c.restoreState()

    title_st = style("st", size=22, font="DejaVu-Bold", color=colors.white, leading=26)
    TT = style("tt", size=14, leading=19)
    TB = style("tb", size=14, leading=19, left=16, after=6)
    KN = style("kn", size=34, font="DejaVu-Bold", color=ORANGE, leading=38, after=0)
    KT = style("kt", size=12, leading=15, after=0)
    CS = style("cs", size=12, leading=15, after=0)
    CH = style("ch", size=12, leading=15, after=0, font="DejaVu-Bold", color=colors.white)

    ft = Frame(mx, H - 80, W - 2 * mx, 52, id="t", leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    fl = Frame(mx, 36, (W - 2 * mx) * 0.55, H - 140, id="l", leftPadding=0, rightPadding=10, topPadding=0, bottomPadding=0)
    fr = Frame(mx + (W - 2 * mx) * 0.55, 36, (W - 2 * mx) * 0.45, H - 140, id="r", leftPadding=10, rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate("slide", [ft, fl, fr], onPage=slide)])
    rw = (W - 2 * mx) * 0.45 - 12

    def kbox(n, t):
        return box([P(n, KN), P(t, KT)], rw, bg=PALE, border=ORANGE)

    def ctable(rows, widths):
        data = [[P(x, CH if i == 0 else CS) for x in r] for i, r in enumerate(rows)]
        t = Table(data, colWidths=widths)
        t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), NAVY),
                               ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#9aa9c0")),
                               ("BACKGROUND", (0, 2), (-1, 2), SKY), ("BACKGROUND", (0, 4), (-1, 4), SKY),
                               ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
        return t

    s = []
    # slide 1 (printed 14)
    s += [P("Les maires, acteurs clés des alliances territoriales", title_st), FrameBreak(),
          P("Synthèse des études de l’Observatoire des partenariats consacrées aux élus locaux, de "
            "PHARE-Institutions (2016) à IMPACTS &amp; TRAJECTOIRES (2024).", TT),
          Spacer(1, 10)] + [Paragraph(t, TB, bulletText="•") for t in [
              "Ce que disent les maires de leur territoire",
              "Ce qu’ils attendent des alliances",
              "Comment ils se comparent aux autres publics"]] + [
          FrameBreak(),
          kbox("3", "générations d’études auprès des élus locaux présentées dans cette partie"),
          PageBreak()]
    # slide 2 (printed 15)
    s += [P("PHARE-Institutions : cinq façons d’être maire partenaire", title_st), FrameBreak(),
          P("Dernier volet du programme PHARE, PHARE-Institutions a été publié le 29 novembre 2016. "
            "L’étude distingue 5 profils de maires selon leur rapport à la co-construction.", TT),
          Spacer(1, 8),
          P("Elle accompagne le lancement d’un référentiel de la co-construction territoriale "
            "destiné aux élus et à leurs partenaires.", TT),
          FrameBreak(),
          kbox("87 %", "des maires voient dans les partenariats une source d’innovation "
               "(PHARE-Institutions)"),
          PageBreak()]
    # slide 3 (printed 16)
    s += [P("Des territoires engagés, un pilotage encore fragile", title_st), FrameBreak(),
          P("Dans le programme IMPACT, les maires décrivent un territoire déjà engagé, mais "
            "reconnaissent leurs difficultés à orchestrer les alliances.", TT),
          Spacer(1, 6)] + [Paragraph(t, TB, bulletText="•") for t in [
              "76 % estiment que leur territoire est engagé ;",
              "46 % disent ne pas savoir piloter les partenariats.",
              "Ressource : fiche-repère « Les dynamiques d’engagement des Collectivités "
              "territoriales », issue de l’étude IMPACT-Elus locaux (novembre 2020, Comisis-OpinionWay), "
              "présentée au Congrès des maires."]] + [
          FrameBreak(),
          kbox("76 %", "des maires jugent leur territoire engagé"),
          Spacer(1, 8),
          kbox("46 %", "ne savent pas piloter les partenariats"),
          PageBreak()]
    # slide 4 (printed 17)
    s += [P("IMPACTS &amp; TRAJECTOIRES – Elus locaux (novembre 2024)", title_st), FrameBreak(),
          P("Méthode : 302 maires interrogés par téléphone, du 30 septembre au 28 octobre 2024. "
            "84 % des répondants exercent dans des communes de moins de 2 000 habitants.", TT),
          Spacer(1, 8),
          P("Votre territoire est-il en mouvement ?", style("q", size=13, font="DejaVu-Bold", color=NAVY)),
          bar_chart(440, 120, [("Fortement", 35, ORANGE), ("Ni plus ni moins", 56, GREEN),
                               ("Total « en mouvement »", 91, NAVY)]),
          FrameBreak(),
          kbox("91 %", "des maires voient leur territoire en mouvement (35 % fortement, 56 % ni plus "
               "ni moins)"),
          Spacer(1, 8),
          kbox("302", "maires interrogés en 2024"),
          PageBreak()]
    # slide 5 (printed 18)
    s += [P("Les partenariats, source d’innovation : qui y croit ?", title_st), FrameBreak(),
          ctable([["Public interrogé", "Partenariats source d’innovation"],
                  ["Français", "74 %"],
                  ["Dirigeants d’entreprise", "81 %"],
                  ["Responsables associatifs", "86 %"],
                  ["Maires", "87 %"]], [250, 230]),
          Spacer(1, 6),
          P("Source : programme IMPACT.", style("src", size=10, color=GREY)),
          FrameBreak(),
          box([P("<b>Un chiffre, deux versions</b>", KT),
               P("Une autre présentation des mêmes résultats indique 69 % pour les citoyens, au lieu "
                 "de 74 % pour les Français. Les autres publics sont identiques.", KT)],
              rw, bg=PALE, border=ORANGE),
          PageBreak()]
    # slide 6 (printed 19)
    s += [P("À retenir pour les élus", title_st), FrameBreak()] + [
          Paragraph(t, TB, bulletText="•") for t in [
              "92 % des maires expriment un « besoin d’alliance ».",
              "64 % des élus locaux veulent s’appuyer sur le « jouer collectif ».",
              "En 2024, l’échantillon est dominé par les petites communes : 84 % des répondants "
              "dans des communes de moins de 2 000 habitants.",
              "Les chiffres de 2016, 2020 et 2024 ne portent ni sur les mêmes questions ni sur les "
              "mêmes échantillons."]] + [
          FrameBreak(),
          kbox("92 %", "des maires : « besoin d’alliance »"),
          Spacer(1, 8),
          kbox("64 %", "des élus locaux : « jouer collectif »")]
    doc.build(s)
    return path


# ---------------------------------------------------------------------------
# 04 - Note d'analyse with footnotes, A4, 5 pages, printed i, 1-4
# ---------------------------------------------------------------------------
def doc04(out):
    path = os.path.join(out, "obs-%s-04-note-citoyens-entreprises.pdf" % PREFIX)
    W, H = A4
    doc = new_doc(path, A4, "Note d’analyse – Citoyens et entreprises face aux alliances")
    mx = 2.3 * cm
    cw = W - 2 * mx
    ROMAN = {1: "i"}

    def deco(c, d):
        c.saveState()
        c.setFillColor(NAVY)
        c.rect(0, 0, 0.6 * cm, H, stroke=0, fill=1)
        c.setFillColor(GREY)
        c.setFont("DejaVu-Oblique", 7.8)
        c.drawString(mx, H - 1.3 * cm, "Note d’analyse n° 12 · Citoyens et entreprises face aux alliances")
        c.drawRightString(W - mx, H - 1.3 * cm, "Observatoire des partenariats")
        c.setStrokeColor(colors.HexColor("#bbbbbb"))
        c.line(mx, H - 1.5 * cm, W - mx, H - 1.5 * cm)
        c.setFont("DejaVu", 8.5)
        num = ROMAN.get(d.page, str(d.page - 1))
        c.drawCentredString(W / 2, 1.0 * cm, "— %s —" % num)
        c.restoreState()

    main = Frame(mx, 5.2 * cm, cw, H - 7.0 * cm, id="main", leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    notes = Frame(mx, 1.6 * cm, cw, 3.5 * cm, id="notes", leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate("note", [main, notes], onPage=deco)])
    rule = Table([[""]], colWidths=[5 * cm], rowHeights=[2], hAlign="LEFT",
                 style=[("LINEABOVE", (0, 0), (-1, -1), 0.6, GREY)])

    def fn(n, text):
        return P("<super>%d</super> %s" % (n, text), FOOT)

    s = []
    # page 1 (i)
    s += [P("NOTE D’ANALYSE", style("kick", size=9, font="DejaVu-Bold", color=ORANGE)),
          P("Citoyens et entreprises face aux alliances", H1),
          P("Quinze ans de mesures d’opinion sur les partenariats entre associations et entreprises",
            style("sub", size=11, color=GREY, after=10)),
          box([P("<b>Résumé</b>", BOXT),
               P("Depuis les premières enquêtes ARPEA, l’adhésion des Français aux alliances entre "
                 "associations et entreprises ne s’est pas démentie. Les dirigeants d’entreprise, "
                 "longtemps partagés, y voient de plus en plus un levier. Cette note rassemble les "
                 "résultats publiés et signale, en notes, les chiffres qui divergent d’une source à "
                 "l’autre.", BOXT)], cw),
          Spacer(1, 10),
          P("Sommaire", H3)] + bullets([
              "1. L’urgence des partenariats vue par les Français (ARPEA) ........ 1",
              "2. PHARE-Citoyens : les attentes, domaine par domaine ........ 2",
              "3. Les entreprises : de l’hésitation à l’envie ........ 3",
              "4. Après la crise sanitaire : jouer collectif ........ 4"]) + [
          FrameBreak(), rule,
          fn(1, "ARPEA : programme d’études 2008-2012 de l’Observatoire des partenariats. Les "
             "intitulés exacts des volets varient selon les documents.")]
    s += [FrameBreak()]
    # page 2 (1)
    s += [P("1. L’urgence des partenariats vue par les Français", H2),
          P("Les deux vagues de l’enquête ARPEA<super>1</super> auprès du grand public posent la même "
            "question : est-il urgent de développer des partenariats entre associations et "
            "entreprises ? En 2008, 86 % des Français répondaient oui. En 2012, ils étaient encore "
            "84 %."),
          table([["Vague ARPEA", "Français jugeant urgent de créer des partenariats"],
                 ["2008", "86 %"],
                 ["2012", "84 %"]], [5 * cm, cw - 5 * cm]),
          Spacer(1, 8),
          P("La baisse de deux points reste dans la marge d’une enquête d’opinion. Le résultat du volet "
            "ARPEA Citoyens, 86 %, est d’ailleurs souvent cité seul dans les présentations de "
            "l’Observatoire<super>2</super>."),
          P("Ce socle d’adhésion explique pourquoi les études suivantes ont cessé de demander "
            "« faut-il des partenariats ? » pour demander « dans quels domaines ? »."),
          FrameBreak(), rule,
          fn(2, "Le chiffre de 86 % correspond à la première vague (2008)."),
          FrameBreak()]
    # page 3 (2)
    s += [P("2. PHARE-Citoyens : les attentes, domaine par domaine", H2),
          P("Publié en septembre 2015, PHARE-Citoyens repose sur plus de 2 000 personnes interrogées. "
            "69 % d’entre elles estiment qu’il existe un « devoir d’alliance » entre acteurs. Les "
            "répondants ont noté sur 10 l’importance de plusieurs enjeux pour leur territoire."),
          table([["Enjeu", "Note sur 10"],
                 ["Emploi", "7,1"],
                 ["Pouvoir d’achat", "6,6"],
                 ["Sécurité", "6,6<super>3</super>"],
                 ["Développement économique", "6,5"],
                 ["Environnement", "6,3"],
                 ["Exclusion", "6,3"]], [8 * cm, 4 * cm]),
          Spacer(1, 8),
          P("Là où les partenariats ont le plus d’impact", H3),
          P("Interrogés sur les domaines où les partenariats produisent des impacts forts, les "
            "Français citent en premier l’emploi (49 %), devant le développement économique (46 %) "
            "et l’environnement (42 %). La précarité et l’éducation suivent, à 36 % chacune."),
          FrameBreak(), rule,
          fn(3, "Un compte rendu de presse de la publication attribue à la sécurité la note de 7/10 ; "
             "la synthèse officielle indique 6,6."),
          FrameBreak()]
    # page 4 (3)
    s += [P("3. Les entreprises : de l’hésitation à l’envie", H2),
          P("En janvier 2011, l’étude ARPEA Entreprises &amp; Territoires dressait un paysage partagé : "
            "21 % des entreprises développaient des partenariats avec des associations, 33 % "
            "souhaitaient le faire, et 46 % ne le souhaitaient pas."),
          table([["Entreprises (ARPEA Entreprises &amp; Territoires, janvier 2011)", "Part"],
                 ["Développent des partenariats", "21 %"],
                 ["Souhaitent en développer", "33 %"],
                 ["Ne le souhaitent pas", "46 %"]], [11 * cm, 3 * cm]),
          Spacer(1, 8),
          P("Cinq ans plus tard, la note du 29 février 2016 consacrée aux modèles de co-construction "
            "estimait que 37 % des entreprises de 10 salariés et plus avaient noué un partenariat avec "
            "une association<super>4</super>."),
          P("Lors de PHARE-Entreprises (octobre 2015), 81 % des dirigeants voyaient dans les "
            "partenariats une source d’innovation."),
          FrameBreak(), rule,
          fn(4, "Cette même note évalue à 38 % la part des associations partenaires d’une entreprise."),
          FrameBreak()]
    # page 5 (4)
    s += [P("4. Après la crise sanitaire : jouer collectif", H2),
          P("Pour préparer la sortie de crise, l’Observatoire a inventorié plus de 250 données "
            "utiles à l’action. Deux résultats ressortent : 81 % des Français et 84 % des "
            "dirigeants de TPE &amp; PME jugent la co-construction utile pour rendre les territoires "
            "plus résilients après la Covid."),
          P("Le plaidoyer pour un droit de l’alliance", H3),
          P("Au moment où le « droit de l’alliance d’intérêt général » est entré dans le débat "
            "parlementaire, l’Observatoire a résumé l’état de l’opinion en trois chiffres :"),
          ] + bullets(["81 % des Français reconnaissent un « devoir d’alliance »<super>5</super> ;",
                       "92 % des maires expriment un « besoin d’alliance » ;",
                       "84 % des dirigeants d’entreprises disent leur « envie d’alliance »."]) + [
          Spacer(1, 4),
          P("Ces trois chiffres sont aujourd’hui repris dans la plupart des interventions publiques de "
            "Le RAMEAU."),
          FrameBreak(), rule,
          fn(5, "En septembre 2015, PHARE-Citoyens mesurait ce « devoir d’alliance » à 69 %. Les deux "
             "chiffres proviennent d’enquêtes différentes.")]
    doc.build(s)
    return path


# ---------------------------------------------------------------------------
# 05 - Rapport with tables, A4, 5 pages, printed 6-10
# ---------------------------------------------------------------------------
def doc05(out):
    path = os.path.join(out, "obs-%s-05-rapport-reperes-historiques.pdf" % PREFIX)
    W, H = A4
    doc = new_doc(path, A4, "Rapport – Repères historiques de l’Observatoire des partenariats")
    mx = 2.0 * cm
    cw = W - 2 * mx
    OFFSET = 5

    def first(c, d):
        c.saveState()
        c.setFillColor(GREEN)
        c.rect(0, H - 3.4 * cm, W, 3.4 * cm, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("DejaVu-Bold", 19)
        c.drawString(mx, H - 1.7 * cm, "Chapitre 1 — Repères historiques")
        c.setFont("DejaVu", 10)
        c.drawString(mx, H - 2.5 * cm, "Rapport « 15 ans de recherche partenariale » · Le RAMEAU")
        c.restoreState()
        foot(c, d)

    def later(c, d):
        c.saveState()
        c.setFillColor(GREEN)
        c.setFont("DejaVu-Bold", 8)
        c.drawString(mx, H - 1.2 * cm, "15 ANS DE RECHERCHE PARTENARIALE")
        c.setFillColor(GREY)
        c.setFont("DejaVu", 8)
        c.drawRightString(W - mx, H - 1.2 * cm, "Chapitre 1 — Repères historiques")
        c.setStrokeColor(GREEN)
        c.line(mx, H - 1.4 * cm, W - mx, H - 1.4 * cm)
        c.restoreState()
        foot(c, d)

    def foot(c, d):
        c.saveState()
        c.setFillColor(GREY)
        c.setFont("DejaVu", 7.5)
        c.drawString(mx, 1.0 * cm, "Le RAMEAU — rapport « 15 ans de recherche partenariale »")
        c.setFillColor(GREEN)
        c.rect(W - mx - 1.0 * cm, 0.8 * cm, 1.0 * cm, 0.55 * cm, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("DejaVu-Bold", 9)
        c.drawCentredString(W - mx - 0.5 * cm, 0.97 * cm, "%d" % (d.page + OFFSET))
        c.restoreState()

    f1 = Frame(mx, 1.8 * cm, cw, H - 5.6 * cm, id="f1", leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    f2 = Frame(mx, 1.8 * cm, cw, H - 3.8 * cm, id="f2", leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate("first", [f1], onPage=first),
                          PageTemplate("later", [f2], onPage=later)])
    half = (cw - 0.6 * cm) / 2
    s = [NextPageTemplate("later")]
    # page 1 (printed 6)
    s += [P("1.1 Le RAMEAU, un laboratoire d’innovations partenariales", H2),
          P("Le RAMEAU a vu le jour en 2006. Association d’intérêt général, il se présente à la fois "
            "comme un « laboratoire de recherche empirique » et comme un « laboratoire d’innovations "
            "partenariales ». Ses trois missions commencent par celle de témoigner de ce qui se "
            "passe sur le terrain."),
          P("Depuis sa création, il a mené des expérimentations auprès de plus de 500 organisations et "
            "recensé plus de 1 000 exemples inspirants. Il revendique 15 ans de recherche, dont 5 ans "
            "consacrés à l’étude d’impact."),
          Table([[keyfig("500+", "organisations accompagnées dans des expérimentations depuis 2006", half),
                  keyfig("1 000+", "exemples inspirants recensés", half)]],
                colWidths=[half + 0.3 * cm, half + 0.3 * cm],
                style=[("LEFTPADDING", (0, 0), (-1, -1), 0)]),
          Spacer(1, 8),
          P("1.2 Gouvernance", H2),
          table([["Fonction", "Personne", "Précision"],
                 ["Président-fondateur de Le RAMEAU", "Charles-Benoît Heidsieck", "à l’origine de l’association en 2006"],
                 ["Directrice générale de Le RAMEAU", "Laurence Weber", "direction opérationnelle"],
                 ["Direction scientifique de l’Observatoire des partenariats", "Anne Robin",
                  "fondatrice de COMISIS, exerce cette fonction bénévolement"]],
                [6.2 * cm, 4.6 * cm, cw - 10.8 * cm]),
          PageBreak()]
    # page 2 (printed 7)
    s += [P("1.3 Naissance de l’Observatoire", H2),
          P("L’Observatoire des partenariats a été créé en 2008 par la Caisse des Dépôts et Le RAMEAU, "
            "en partenariat avec le MEDEF et le Mouvement associatif. Certaines présentations le "
            "décrivent plus simplement comme créé par Le RAMEAU en partenariat avec la Caisse des "
            "Dépôts."),
          box([P("<b>Une date de naissance discutée</b>", BOXT),
               P("Des documents plus anciens, comme l’étude ARPEA Entreprises &amp; Territoires de "
                 "janvier 2011 ou le rapport quinquennal du 11 décembre 2012, écrivent : « Créé en "
                 "2007, l’Observatoire national des partenariats associations / entreprises ». Les "
                 "présentations actuelles retiennent 2008.", BOXT)], cw, bg=PALE, border=ORANGE),
          Spacer(1, 8),
          P("1.4 Trois plans quinquennaux", H2),
          table([["Programme", "Période", "Remarque"],
                 ["ARPEA", "2008-2012", "premier programme d’études"],
                 ["PHARE", "2013-2018", "certaines présentations indiquent 2013-2017"],
                 ["IMPACT", "2018-2022", "lancé en novembre 2017"]],
                [3.5 * cm, 3.5 * cm, cw - 7 * cm]),
          Spacer(1, 6),
          P("Chaque programme a approfondi une question : comprendre les relations (ARPEA), éclairer "
            "les pratiques (PHARE), puis mesurer les effets (IMPACT)."),
          PageBreak()]
    # page 3 (printed 8)
    s += [P("1.5 ARPEA : les fondations", H2),
          P("Le nom du premier programme n’a jamais été fixé une fois pour toutes. Selon les "
            "documents, ARPEA signifie :"),
          ] + bullets(["« Analyse des Relations et des Partenariats entre Entreprises et Associations » "
                       "(rapport quinquennal) ;",
                       "« Analyser les Relations Partenariales entre Entreprises et Associations » ;",
                       "« Analyse des Relations Associations-Entreprises »."]) + [
          P("Le programme comptait 10 volets. Son rapport quinquennal a été présenté le "
            "11 décembre 2012. Dans la foulée, la ministre Valérie Fourneyron a demandé un rapport "
            "d’état des lieux des partenariats entre associations et entreprises, publié début 2014."),
          P("1.6 PHARE : six volets", H2),
          table([["Volet PHARE", "Publication"],
                 ["PHARE-Citoyens", "septembre 2015"],
                 ["PHARE-Entreprises", "octobre 2015"],
                 ["PHARE-Associations", "novembre 2015"],
                 ["13 rapports régionaux", "2016"],
                 ["Diagnostics sectoriels", "juillet 2016"],
                 ["PHARE-Institutions", "automne 2016 (29 novembre 2016)"]], [7 * cm, cw - 7 * cm]),
          PageBreak()]
    # page 4 (printed 9)
    s += [P("1.7 IMPACT : mesurer les effets", H2),
          P("Le programme IMPACT est conduit avec la Caisse des Dépôts, l’Institut CDC pour la "
            "Recherche, le Groupe La Poste, la Fondation TOTAL et Le RAMEAU. Il s’organise autour de "
            "trois axes :"),
          ] + bullets(["l’innovation sociétale et territoriale ;",
                       "la performance des organisations ;",
                       "la confiance."]) + [
          P("Certaines présentations parlent de trois indicateurs plutôt que de trois axes : "
            "innovation, performance, confiance."),
          P("Zoom : IMPACT Fondations &amp; Territoires", H3),
          table([["Étude", "Publication", "Échantillon"],
                 ["IMPACT Fondations &amp; Territoires", "23 septembre", "42 fondations interrogées"]],
                [6.5 * cm, 4 * cm, cw - 10.5 * cm]),
          Spacer(1, 6),
          P("Les résultats ont nourri la fiche acteur « Dynamique d’engagement des Fondations », "
            "diffusée auprès des réseaux de fondations."),
          PageBreak()]
    # page 5 (printed 10)
    s += [P("1.8 Du constat au plaidoyer", H2),
          P("À l’occasion du FNAF 2019, Gabriel Attal a confié une mission ministérielle à Cathy "
            "Racon-Bouzon et Charles-Benoît Heidsieck. Leur rapport a été remis le 7 mai 2020 ; un "
            "bilan a été dressé le 17 octobre 2020. Une « feuille de route » ministérielle de "
            "21 mesures en est issue."),
          P("La proposition de loi sur le « droit de l’alliance d’intérêt général », portée par Cathy "
            "Racon-Bouzon, a été déposée en février, agréée par le Bureau de l’Assemblée nationale "
            "puis publiée au Journal officiel."),
          table([["Date", "Étape"],
                 ["FNAF 2019", "Mission confiée par Gabriel Attal"],
                 ["7 mai 2020", "Remise du rapport de mission"],
                 ["17 octobre 2020", "Bilan de la mission"],
                 ["février", "Dépôt de la proposition de loi"]], [4 * cm, cw - 4 * cm]),
          Spacer(1, 8),
          box([P("Ce chapitre s’appuie sur les publications de Le RAMEAU et de l’Observatoire des "
                 "partenariats. Les dates sans année sont reproduites telles que publiées.", BOXT)], cw)]
    doc.build(s)
    return path


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    os.makedirs(out, exist_ok=True)
    for f in (doc01, doc02, doc03, doc04, doc05):
        print(f(out))


if __name__ == "__main__":
    main()
