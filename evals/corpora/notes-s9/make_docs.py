# -*- coding: utf-8 -*-
"""Build the 5 blind test documents of set s9 (deterministic: invariant=1).

Run: /work/main/.venv/bin/python make_docs.py   (writes the PDFs beside this file)
All facts come from /work/shared/facts.md; the sentences are new.
"""
import os

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import (BaseDocTemplate, Frame, FrameBreak, KeepTogether,
                                NextPageTemplate, PageBreak, PageTemplate,
                                Paragraph, Spacer, Table, TableStyle)

HERE = os.path.dirname(os.path.abspath(__file__))
FONT_DIR = "/usr/share/fonts/truetype/dejavu"
pdfmetrics.registerFont(TTFont("DV", os.path.join(FONT_DIR, "DejaVuSans.ttf")))
pdfmetrics.registerFont(TTFont("DV-B", os.path.join(FONT_DIR, "DejaVuSans-Bold.ttf")))
pdfmetrics.registerFont(TTFont("DV-I", os.path.join(FONT_DIR, "DejaVuSans-Oblique.ttf")))
pdfmetrics.registerFont(TTFont("DVS", os.path.join(FONT_DIR, "DejaVuSerif.ttf")))
pdfmetrics.registerFont(TTFont("DVS-B", os.path.join(FONT_DIR, "DejaVuSerif-Bold.ttf")))
pdfmetrics.registerFontFamily("DV", normal="DV", bold="DV-B", italic="DV-I", boldItalic="DV-B")

GREEN = colors.HexColor("#2E6B4F")
GREY = colors.HexColor("#555555")
LIGHT = colors.HexColor("#E8F1EC")

BODY = ParagraphStyle("body", fontName="DV", fontSize=9.5, leading=13.5, spaceAfter=6)
BODY_SERIF = ParagraphStyle("bodys", parent=BODY, fontName="DVS", fontSize=9.5, leading=13.2)
SMALL = ParagraphStyle("small", parent=BODY, fontSize=7.5, leading=10, textColor=GREY)
H1 = ParagraphStyle("h1", fontName="DV-B", fontSize=19, leading=24, textColor=GREEN, spaceAfter=10)
H2 = ParagraphStyle("h2", fontName="DV-B", fontSize=12, leading=16, textColor=GREEN,
                    spaceBefore=8, spaceAfter=5)
LABEL = ParagraphStyle("label", fontName="DV-B", fontSize=10, leading=13, textColor=GREY,
                       spaceAfter=6)
BULLET = ParagraphStyle("bullet", parent=BODY, leftIndent=14, bulletIndent=4, spaceAfter=2)
CELL = ParagraphStyle("cell", fontName="DV", fontSize=8.5, leading=11)
CELL_B = ParagraphStyle("cellb", parent=CELL, fontName="DV-B")
BOXTXT = ParagraphStyle("box", parent=BODY, fontSize=9, leading=12.5, spaceAfter=3)


def bullets(items, style=BULLET):
    return [Paragraph(t, style, bulletText="•") for t in items]


def key_box(title, lines, width):
    """A 'chiffres clés' box: a one-column table with a coloured background."""
    rows = [[Paragraph("<b>%s</b>" % title, BOXTXT)]] + [[Paragraph(l, BOXTXT)] for l in lines]
    t = Table(rows, colWidths=[width])
    t.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, -1), LIGHT),
        ("BOX", (0, 0), (-1, -1), 1, GREEN),
        ("LEFTPADDING", (0, 0), (-1, -1), 8),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
    ]))
    return t


def grid_table(data, col_widths, header_rows=1):
    rows = []
    for r, row in enumerate(data):
        st = CELL_B if r < header_rows else CELL
        rows.append([Paragraph(c, CELL_B if (c_i == 0 and r >= header_rows) else st)
                     for c_i, c in enumerate(row)])
    t = Table(rows, colWidths=col_widths, repeatRows=header_rows)
    t.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.5, GREY),
        ("BACKGROUND", (0, 0), (-1, header_rows - 1), LIGHT),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ]))
    return t


class Doc(BaseDocTemplate):
    """Doc template that draws a banner and a footer; printed labels come from a dict."""

    def __init__(self, filename, banner, footer, labels, **kw):
        self.banner = banner
        self.footer = footer
        self.labels = labels  # pdf page index (1-based) -> printed label or None
        kw.setdefault("pagesize", A4)
        BaseDocTemplate.__init__(self, filename, invariant=1, **kw)

    def decorate(self, canv, doc):
        w, h = self.pagesize
        canv.saveState()
        canv.setFont("DV", 7.5)
        canv.setFillColor(GREY)
        canv.drawString(18 * mm, h - 11 * mm, self.banner)
        canv.setStrokeColor(GREEN)
        canv.line(18 * mm, h - 13 * mm, w - 18 * mm, h - 13 * mm)
        canv.line(18 * mm, 14 * mm, w - 18 * mm, 14 * mm)
        canv.drawString(18 * mm, 9 * mm, self.footer)
        label = self.labels.get(canv.getPageNumber())
        if label:
            canv.drawRightString(w - 18 * mm, 9 * mm, label)
        canv.restoreState()


def one_col_template(doc, tid="one"):
    w, h = doc.pagesize
    f = Frame(20 * mm, 20 * mm, w - 40 * mm, h - 38 * mm, id=tid + "f")
    return PageTemplate(id=tid, frames=[f], onPage=doc.decorate)


# --------------------------------------------------------------------------
# 01 - note de synthèse (cover page without number, printed labels 6, 7)
# --------------------------------------------------------------------------
def doc01():
    fn = os.path.join(HERE, "obs-s9-01-trajectoire-observatoire.pdf")
    doc = Doc(fn, "Observatoire des partenariats  |  Note de synthèse  |  Programmes d'études",
              "www.observatoire-des-partenariats.fr", {2: "6", 3: "7"},
              title="Dix ans de travaux de l'Observatoire des partenariats", author="s9")
    w, h = A4
    cover = PageTemplate(id="cover", frames=[Frame(25 * mm, 30 * mm, w - 50 * mm, h - 90 * mm)],
                         onPage=doc.decorate)
    doc.addPageTemplates([cover, one_col_template(doc)])
    s = []
    s.append(Spacer(1, 40 * mm))
    s.append(Paragraph("NOTE DE SYNTHÈSE", LABEL))
    s.append(Paragraph("De l'état des lieux à la mesure d'impact : dix ans de travaux de "
                       "l'Observatoire des partenariats", H1))
    s.append(Paragraph("Repères sur les programmes ARPEA, PHARE et IMPACT", H2))
    s.append(Spacer(1, 12 * mm))
    s.append(Paragraph("Édition 2018", ParagraphStyle("yr", parent=H2, fontSize=14)))
    s.append(Spacer(1, 20 * mm))
    s.append(Paragraph("Cette note retrace, en quelques pages, la succession des plans d'études "
                       "qui ont structuré la connaissance des alliances entre associations, "
                       "entreprises et acteurs publics en France.", BODY))
    s.append(NextPageTemplate("one"))
    s.append(PageBreak())

    s.append(Paragraph("1. Une origine partagée", H2))
    s.append(Paragraph("L'Observatoire des partenariats est le fruit d'une initiative commune de la "
                       "Caisse des Dépôts et de l'association Le RAMEAU. Il a vu le jour en 2008, "
                       "avec le concours du MEDEF et du Mouvement associatif.", BODY))
    s.append(Paragraph("Quelques documents plus anciens retiennent une autre date. Une étude ARPEA "
                       "parue en janvier 2011 et le rapport quinquennal de décembre 2012 évoquent "
                       "ainsi un « Observatoire national des partenariats associations / "
                       "entreprises » créé en 2007.", BODY))
    s.append(Paragraph("La structure qui porte l'Observatoire est plus ancienne que lui. Le RAMEAU, "
                       "association d'intérêt général qui se présente comme un « laboratoire de "
                       "recherche empirique », a été fondé en 2006.", BODY))
    s.append(Paragraph("La conduite scientifique des travaux n'est pas rémunérée. Elle est assurée "
                       "bénévolement par Anne Robin, fondatrice du cabinet COMISIS.", BODY))
    s.append(Paragraph("2. Premier plan quinquennal : ARPEA (2008-2012)", H2))
    s.append(Paragraph("Le sigle ARPEA a connu plusieurs développements. La forme la plus courante "
                       "est « Analyse des Relations et des Partenariats entre Entreprises et "
                       "Associations » ; on lit aussi « Analyser les Relations Partenariales entre "
                       "Entreprises et Associations ». Le programme comptait 10 volets.", BODY))
    s.append(Paragraph("Une même question a été posée au grand public à plusieurs années d'écart : "
                       "est-il urgent de créer des partenariats entre acteurs ? Lors de la première "
                       "mesure, en 2008, 86 % des Français répondaient par l'affirmative. Quatre ans "
                       "plus tard, en 2012, ils étaient encore 84 %.", BODY))
    s.append(Paragraph("Les entreprises se montraient plus partagées. D'après l'étude ARPEA "
                       "Entreprises &amp; Territoires de janvier 2011, 21 % d'entre elles "
                       "développaient des partenariats. Un tiers environ, 33 %, souhaitaient s'y "
                       "engager, tandis que 46 % n'en avaient pas l'intention.", BODY))
    s.append(Paragraph("Le bilan de ce cycle a fait l'objet d'un rapport quinquennal. Ce document a "
                       "été rendu public le 11 décembre 2012.", BODY))
    s.append(Paragraph("Par la suite, la ministre Valérie Fourneyron a sollicité un rapport dressant "
                       "l'état des lieux des partenariats entre associations et entreprises. Il a "
                       "paru au début de l'année 2014.", BODY))
    s.append(PageBreak())

    s.append(Paragraph("3. PHARE (2013-2018) : six volets successifs", H2))
    s.append(Paragraph("Le deuxième plan a décliné l'analyse par catégorie d'acteurs. Le tableau "
                       "ci-dessous récapitule ses six volets.", BODY))
    data = [["Volet", "Public ou périmètre", "Parution"],
            ["PHARE-Citoyens", "Grand public", "septembre 2015"],
            ["PHARE-Entreprises", "Dirigeants d'entreprise", "octobre 2015"],
            ["PHARE-Associations", "Responsables associatifs", "novembre 2015"],
            ["Rapports régionaux", "13 régions", "2016"],
            ["Diagnostics sectoriels", "Secteurs d'activité", "juillet 2016"],
            ["PHARE-Institutions", "Maires", "29 novembre 2016"]]
    s.append(grid_table(data, [50 * mm, 60 * mm, 45 * mm]))
    s.append(Paragraph("Selon les sources, la période de PHARE est indiquée comme 2013-2018 ou "
                       "2013-2017.", SMALL))
    s.append(Spacer(1, 4 * mm))
    s.append(Paragraph("Tous les publics interrogés voient dans les partenariats une source "
                       "d'innovation. La proportion va de 74 % chez les Français à 87 % chez les "
                       "maires, en passant par 81 % des dirigeants d'entreprise et 86 % des "
                       "responsables associatifs.", BODY))
    s.append(Paragraph("4. IMPACT (2018-2022)", H2))
    s.append(Paragraph("Le troisième plan a été lancé en novembre 2017. Il est conduit par les cinq "
                       "partenaires suivants :", BODY))
    s += bullets(["la Caisse des Dépôts ;", "l'Institut CDC pour la Recherche ;",
                  "le Groupe La Poste ;", "la Fondation TOTAL ;", "Le RAMEAU."])
    s.append(Spacer(1, 3 * mm))
    s.append(Paragraph("Ses travaux mesurent les effets des alliances selon trois axes :", BODY))
    s += bullets(["l'innovation sociétale et territoriale ;", "la performance des organisations ;",
                  "la confiance."])
    doc.build(s)


# --------------------------------------------------------------------------
# 02 - dossier de données (printed labels p. 21-23), two tables + key box
# --------------------------------------------------------------------------
def doc02():
    fn = os.path.join(HERE, "obs-s9-02-associations-partenaires.pdf")
    doc = Doc(fn, "L'Observatoire des partenariats — Dossier de données 2022",
              "www.lerameau.fr  ·  Dossier de données", {1: "p. 21", 2: "p. 22", 3: "p. 23"},
              title="Les associations et leurs partenaires", author="s9")
    doc.addPageTemplates([one_col_template(doc)])
    W = A4[0] - 40 * mm
    s = []
    s.append(Paragraph("DOSSIER DE DONNÉES", LABEL))
    s.append(Paragraph("Les associations et leurs partenaires : ce que disent les enquêtes", H1))
    s.append(Paragraph("Parution : 2022", LABEL))
    s.append(Paragraph("Ce dossier rassemble les résultats de trois travaux menés par "
                       "l'Observatoire des partenariats et ses partenaires sur les liens que "
                       "tissent les associations avec les autres acteurs de leur territoire.", BODY))
    s.append(Spacer(1, 3 * mm))
    s.append(key_box("CHIFFRES CLÉS", [
        "<b>148 000</b> associations employeuses dans le champ de l'étude IMPACT – "
        "Associations &amp; Territoires",
        "<b>98 %</b> d'entre elles déclarent au moins un partenariat",
        "<b>2,5</b> partenaires en moyenne par association (enquête de mai-juin 2016)",
        "<b>plus de 1 380</b> responsables associatifs interrogés en 2016"], W))
    s.append(Spacer(1, 5 * mm))
    s.append(Paragraph("Une diffusion inégale selon les acteurs", H2))
    s.append(Paragraph("Une note publiée le 29 février 2016 a cherché à mesurer la diffusion des "
                       "partenariats dans chaque famille d'acteurs. Du côté des entreprises d'au "
                       "moins 10 salariés, la pratique concerne 37 % d'entre elles.", BODY))
    s.append(Paragraph("Le monde associatif fait à peine mieux dans l'ensemble. La proportion y "
                       "atteint 38 %, mais elle grimpe à 53 % lorsque l'on ne considère que les "
                       "associations qui emploient des salariés. Parmi les acteurs pionniers, elle "
                       "s'élève à 65 %.", BODY))
    s.append(Paragraph("Méthode", H2))
    s.append(Paragraph("L'enquête « Associations &amp; Partenariats » a été conduite par Recherches "
                       "&amp; Solidarités avec Le RAMEAU ; ses questionnaires ont été remplis en mai "
                       "et juin 2016 et les résultats publiés en mars 2017. L'étude IMPACT – "
                       "Associations &amp; Territoires s'inscrit dans le programme IMPACT de "
                       "l'Observatoire.", BODY))
    s.append(PageBreak())

    s.append(Paragraph("Avec qui les associations travaillent-elles ?", H2))
    s.append(Paragraph("Les deux enquêtes ne découpent pas les partenaires de la même façon. Le "
                       "tableau les met côte à côte ; un tiret signale une catégorie que l'enquête "
                       "n'a pas mesurée.", BODY))
    data = [["Type de partenaire", "Associations &amp; Partenariats (mars 2017)",
             "IMPACT – Associations &amp; Territoires"],
            ["Collectivités territoriales", "74 %", "89 %"],
            ["Associations et fondations", "72 %", "—"],
            ["Structures d'intérêt général", "—", "73 %"],
            ["Collectifs d'associations", "—", "56 %"],
            ["Établissements d'enseignement", "47 %", "70 %"],
            ["Entreprises", "28 %", "—"],
            ["Structures d'insertion", "22 %", "—"],
            ["Recherche et acteurs académiques", "9 %", "35 %"],
            ["Acteurs publics nationaux", "—", "52 %"],
            ["Fédérations professionnelles", "—", "37 %"]]
    s.append(grid_table(data, [62 * mm, 52 * mm, 52 * mm]))
    s.append(Paragraph("Part des associations citant chaque type de partenaire.", SMALL))
    s.append(Spacer(1, 4 * mm))
    s.append(Paragraph("Le poids du budget", H2))
    s.append(Paragraph("La taille de l'association pèse sur ses relations avec le monde "
                       "économique. Parmi celles dont le budget dépasse 150 000 €, la moitié (50 %) "
                       "a noué un partenariat avec une entreprise.", BODY))
    s.append(Paragraph("Les plus petites structures restent en retrait. Pour celles qui disposent "
                       "de moins de 10 000 €, la proportion tombe à 20 %.", BODY))
    s.append(PageBreak())

    s.append(Paragraph("Échelles et formes des partenariats", H2))
    s.append(Paragraph("D'après l'étude IMPACT, les alliances se nouent d'abord à proximité. "
                       "L'échelle locale est citée par 73 % des associations. L'échelle régionale "
                       "concerne 47 % d'entre elles.", BODY))
    s.append(Paragraph("Quatre formes de relation sont distinguées :", BODY))
    data = [["Forme de partenariat", "Part des associations"],
            ["Mécénat", "75 %"], ["Innovation sociétale", "73 %"],
            ["Pratiques responsables", "70 %"], ["Coopération économique", "58 %"]]
    s.append(grid_table(data, [80 * mm, 50 * mm]))
    s.append(Spacer(1, 5 * mm))
    s.append(Paragraph("Le regard des citoyens (PHARE-Citoyens, septembre 2015)", H2))
    s.append(Paragraph("Plus de 2 000 personnes ont été interrogées. Elles ont noté l'importance de "
                       "plusieurs enjeux et dit sur lesquels les partenariats peuvent avoir un impact "
                       "fort.", BODY))
    data = [["Enjeu", "Importance (note sur 10)", "Impact fort attendu des partenariats"],
            ["Emploi", "7,1", "49 %"],
            ["Pouvoir d'achat", "6,6", "—"],
            ["Développement économique", "6,5", "46 %"],
            ["Sécurité", "6,6 (*)", "—"],
            ["Environnement", "6,3", "42 %"],
            ["Exclusion", "6,3", "—"],
            ["Précarité et éducation", "—", "36 %"]]
    s.append(grid_table(data, [60 * mm, 50 * mm, 56 * mm]))
    s.append(Paragraph("(*) Une autre restitution publique des mêmes résultats indique 7/10 pour la "
                       "sécurité. « — » : donnée non publiée.", SMALL))
    doc.build(s)


# --------------------------------------------------------------------------
# 03 - slide deck (landscape 16:9, short lines, printed "Diapo N" = index + 4)
# --------------------------------------------------------------------------
def doc03():
    fn = os.path.join(HERE, "obs-s9-03-elus-locaux-diaporama.pdf")
    W, H = 960, 540
    c = rl_canvas.Canvas(fn, pagesize=(W, H), invariant=1)
    c.setTitle("Impacts & Trajectoires - Élus locaux")
    c.setAuthor("s9")

    def frame(n, title):
        c.setFillColor(GREEN)
        c.rect(0, H - 60, W, 60, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("DV-B", 24)
        c.drawString(40, H - 42, title)
        c.setFillColor(GREY)
        c.setFont("DV", 10)
        c.drawString(40, 20, "observatoire-des-partenariats.fr  |  Élus locaux 2024")
        c.drawRightString(W - 40, 20, "Diapo %d" % (n + 4))

    def lines(items, x=60, y=H - 120, size=22, gap=44):
        for it in items:
            if isinstance(it, tuple):
                c.setFont("DV-B", it[1])
                c.setFillColor(GREEN)
                c.drawString(x, y, it[0])
                y -= it[1] + 18
            else:
                c.setFont("DV", size)
                c.setFillColor(colors.black)
                c.drawString(x, y, it)
                y -= gap

    # slide 1 (cover)
    c.setFillColor(GREY)
    c.setFont("DV-B", 14)
    c.drawString(60, H - 90, "PRÉSENTATION — RÉSULTATS D'ÉTUDE")
    c.setFillColor(GREEN)
    c.setFont("DV-B", 40)
    c.drawString(60, H - 190, "IMPACTS & TRAJECTOIRES")
    c.setFont("DV-B", 30)
    c.drawString(60, H - 240, "Élus locaux")
    c.setFillColor(colors.black)
    c.setFont("DV", 20)
    c.drawString(60, H - 320, "Novembre 2024")
    c.drawString(60, H - 356, "Observatoire des partenariats")
    c.setFont("DV", 10)
    c.setFillColor(GREY)
    c.drawString(40, 20, "observatoire-des-partenariats.fr  |  Élus locaux 2024")
    c.showPage()

    frame(2, "Méthode")
    lines(["• 302 maires interrogés",
           "• Terrain : 30 sept. → 28 oct. 2024",
           "• Entretiens par téléphone",
           "• 84 % des répondants : communes < 2 000 hab."])
    c.showPage()

    frame(3, "Un territoire en mouvement ?")
    lines([("91 %", 60), "des maires : territoire « en mouvement »", "",
           "→ 35 % : fortement", "→ 56 % : ni plus ni moins"], gap=40)
    c.showPage()

    frame(4, "Repères : séries précédentes")
    lines([("PHARE-Institutions — 29/11/2016", 18),
           "• 5 profils de maires",
           "• 87 % : partenariats = source d'innovation",
           "• 76 % : territoire engagé  /  46 % : ne savent pas piloter",
           ("IMPACT-Élus locaux — nov. 2020 (Comisis-OpinionWay)", 18),
           "• Fiche-repère « Les dynamiques d'engagement des Collectivités territoriales »",
           "• 64 % des élus locaux : s'appuyer sur le « jouer collectif »",
           "• 92 % des maires : co-construction utile"], size=17, gap=32)
    c.showPage()
    c.save()


# --------------------------------------------------------------------------
# 04 - newsletter, two text columns, printed labels p. 2 / p. 3
# --------------------------------------------------------------------------
def doc04():
    fn = os.path.join(HERE, "obs-s9-04-lettre-territoires.pdf")
    doc = Doc(fn, "La Lettre de l'Observatoire des partenariats  ·  n° 12  ·  2022",
              "Abonnement et archives : www.lerameau.fr/lettre", {1: "p. 2", 2: "p. 3"},
              title="Lettre d'information - Territoires", author="s9")
    w, h = A4
    gap = 8 * mm
    left, right_m, bottom, top = 18 * mm, 18 * mm, 20 * mm, 18 * mm
    colw = (w - left - right_m - gap) / 2
    head_h = 48 * mm
    body_top = h - top - head_h
    p1 = PageTemplate(id="first", onPage=doc.decorate, frames=[
        Frame(left, body_top, w - left - right_m, head_h, id="head"),
        Frame(left, bottom, colw, body_top - bottom, id="c1"),
        Frame(left + colw + gap, bottom, colw, body_top - bottom, id="c2")])
    p2 = PageTemplate(id="two", onPage=doc.decorate, frames=[
        Frame(left, bottom, colw, h - top - bottom, id="d1"),
        Frame(left + colw + gap, bottom, colw, h - top - bottom, id="d2")])
    doc.addPageTemplates([p1, p2])
    B = BODY_SERIF
    s = []
    s.append(Paragraph("LETTRE D'INFORMATION", LABEL))
    s.append(Paragraph("Territoires : les alliances prennent racine", H1))
    s.append(Paragraph("Numéro 12 — 2022", LABEL))
    s.append(NextPageTemplate("two"))
    s.append(FrameBreak())
    s.append(Paragraph("Fondation des Territoires : l'aboutissement", H2))
    s.append(Paragraph("Le chantier avait démarré à l'été 2018 par une phase de préfiguration, "
                       "lancée en juillet. Il s'est déroulé en trois étapes : de juillet 2018 à "
                       "juillet 2019, d'août 2019 à novembre 2020, puis de décembre 2020 à mai "
                       "2022.", B))
    s.append(Paragraph("Restait à lui donner une existence officielle. C'est chose faite depuis le "
                       "14 juin 2022 : la Fondation des Territoires est née sous l'égide de la "
                       "Fondation de Lille.", B))
    s.append(Paragraph("Le tour de table est large. On compte 21 co-fondateurs autour de la "
                       "nouvelle structure, qui s'est donné trois missions.", B))
    s.append(Paragraph("La Charte du faire alliance", H2))
    s.append(Paragraph("Le texte est le résultat de trois mois de co-construction, pilotés par la "
                       "Fondation des Territoires. Ses auteurs le décrivent comme un « contrat de "
                       "confiance » entre acteurs.", B))
    s.append(Paragraph("Le choix du jour n'avait rien d'un hasard. La charte a été dévoilée le 30 "
                       "novembre 2021, jour du Giving Tuesday, au cours d'une soirée VitaWin "
                       "organisée à Saint-Maurice, sur le territoire de Paris-Est Marne &amp; Bois.",
                       B))
    s.append(Paragraph("À noter : une page ministérielle annonçant l'événement mentionne, elle, un "
                       "« mardi 30 septembre ».", SMALL))
    s.append(Paragraph("Aux racines : Agir ensemble en Territoire", H2))
    s.append(Paragraph("La démarche remonte à 2010. Elle est née dans le sillage de l'étude "
                       "ARPEA-Collectivités locales, réalisée par Comisis et OpinionWay.", B))
    s.append(Paragraph("Trois territoires pilotes ont servi de terrain d'expérimentation :", B))
    s += bullets(["l'Alsace, avec Alsace Active ;", "le Poitou-Charentes, avec le Groupe La Poste ;",
                  "Paris-Est Marne &amp; Bois."],
                 ParagraphStyle("b4", parent=B, leftIndent=12, bulletIndent=2, spaceAfter=2))
    s.append(PageBreak())
    s.append(Paragraph("Fonds ODD 17 : un levier pour l'action locale", H2))
    s.append(Paragraph("Le RAMEAU et la Fondation TotalEnergies ont co-créé ce fonds en 2020. Il "
                       "finance une expérimentation qui s'appuie sur des « catalyseurs "
                       "territoriaux ».", B))
    s.append(key_box("CHIFFRES CLÉS — FONDS ODD 17", [
        "<b>1,5 M€</b> de dotation", "<b>3 ans</b> d'expérimentation",
        "<b>350</b> catalyseurs territoriaux"], colw - 4))
    s.append(FrameBreak())
    s.append(Paragraph("Un parcours d'expérience avec le CGET", H2))
    s.append(Paragraph("Le CGET et Le RAMEAU ont ouvert un parcours d'expérience consacré à la "
                       "co-construction territoriale. Onze territoires pionniers s'y sont engagés "
                       "pour 18 mois ; la première session s'est tenue le 3 mai.", B))
    s.append(Paragraph("Une autre présentation du dispositif parle de 10 territoires pilotes.", SMALL))
    doc.build(s)


# --------------------------------------------------------------------------
# 05 - fiche repère, 2 pages, printed labels "Fiche 3 – 1/2"
# --------------------------------------------------------------------------
def doc05():
    fn = os.path.join(HERE, "obs-s9-05-droit-alliance.pdf")
    doc = Doc(fn, "Le RAMEAU  ·  Fiches repères de l'Observatoire des partenariats",
              "www.lerameau.fr/fiches-reperes", {1: "Fiche 3 – 1/2", 2: "Fiche 3 – 2/2"},
              title="Le droit à l'alliance", author="s9")
    doc.addPageTemplates([one_col_template(doc)])
    W = A4[0] - 40 * mm
    s = []
    s.append(Paragraph("FICHE REPÈRE", LABEL))
    s.append(Paragraph("Le droit à l'alliance : de la mission ministérielle à la proposition de loi",
                       H1))
    s.append(Paragraph("Mise à jour 2021", LABEL))
    s.append(Paragraph("Une mission confiée en 2019", H2))
    s.append(Paragraph("Tout commence au Forum national des associations et fondations (FNAF) de "
                       "2019. Gabriel Attal y confie une mission à deux personnalités : Cathy "
                       "Racon-Bouzon et Charles-Benoît Heidsieck, président-fondateur du RAMEAU.",
                       BODY))
    s.append(Paragraph("Le travail aboutit au printemps suivant. Le rapport est remis le 7 mai "
                       "2020, et un bilan d'étape est dressé le 17 octobre 2020.", BODY))
    s.append(Paragraph("Le ministère en tire une « feuille de route ». Celle-ci rassemble 21 "
                       "mesures.", BODY))
    s.append(Paragraph("Vers la loi", H2))
    s.append(Paragraph("Cathy Racon-Bouzon porte ensuite une proposition de loi visant à reconnaître "
                       "un « droit de l'alliance d'intérêt général ». Déposée en février, elle a été "
                       "agréée par le Bureau de l'Assemblée nationale puis publiée au Journal "
                       "officiel.", BODY))
    s.append(Spacer(1, 3 * mm))
    s.append(key_box("POURQUOI LÉGIFÉRER ? TROIS CHIFFRES", [
        "<b>81 %</b> des Français ressentent un « devoir d'alliance »",
        "<b>92 %</b> des maires expriment un « besoin d'alliance »",
        "<b>84 %</b> des dirigeants d'entreprise ont une « envie d'alliance »"], W))
    s.append(PageBreak())

    s.append(Paragraph("Sortie de crise : des données pour agir", H2))
    s.append(Paragraph("Au sortir de la crise sanitaire, l'Observatoire a inventorié plus de 250 "
                       "données mises à la disposition des acteurs. Une conviction s'en dégage : "
                       "jouer collectif aide à rebondir.", BODY))
    s.append(Paragraph("Le grand public partage ce point de vue. La co-construction est jugée utile "
                       "à la résilience par 81 % des Français, et par 84 % des dirigeants de TPE et "
                       "de PME.", BODY))
    s.append(Paragraph("ODD 17 : de l'art à la méthode", H2))
    s.append(Paragraph("Parmi les objectifs de développement durable, le n° 17 est celui des "
                       "partenariats. La note du Comité 21 « ODD 17 : Sens, décryptages, "
                       "déclinaisons », présentée le 5 juillet, en détaille les 19 cibles.", BODY))
    s.append(Paragraph("Pour outiller les acteurs, la plateforme www.odd17.org s'organise autour "
                       "d'un acronyme, M.E.D.O.C. Chaque lettre renvoie à une ressource : Méthodes, "
                       "Exemples, Données, Outils, Compétences.", BODY))
    s.append(Paragraph("Qui est Le RAMEAU ?", H2))
    s.append(Paragraph("Association d'intérêt général créée en 2006, Le RAMEAU se définit comme un "
                       "laboratoire d'innovations partenariales. Depuis sa création, il a conduit "
                       "des expérimentations auprès de plus de 500 organisations et recensé plus de "
                       "1 000 exemples inspirants.", BODY))
    s.append(Paragraph("Son président-fondateur est Charles-Benoît Heidsieck. La direction "
                       "générale est assurée par Laurence Weber.", BODY))
    doc.build(s)


if __name__ == "__main__":
    doc01()
    doc02()
    doc03()
    doc04()
    doc05()
    print("ok")
