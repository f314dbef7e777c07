#!/usr/bin/env python3
"""Generate the 5 blind-test PDFs of series s55 (deterministic).

Usage: python make_docs.py [OUTDIR]   (default: the folder holding this script)

Content: facts taken from /work/shared/facts.md, rewritten. Layout: reportlab,
DejaVu Sans, left-aligned text, no hyphenation, invariant output.
"""
import os
import sys

from reportlab import rl_config

rl_config.invariant = 1
rl_config.hyphenationLang = ""

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (BaseDocTemplate, Frame, FrameBreak, KeepTogether,
                                NextPageTemplate, PageBreak, PageTemplate,
                                Paragraph, Spacer, Table, TableStyle)

FONT_DIR = "/usr/share/fonts/truetype/dejavu"
pdfmetrics.registerFont(TTFont("DV", os.path.join(FONT_DIR, "DejaVuSans.ttf")))
pdfmetrics.registerFont(TTFont("DV-B", os.path.join(FONT_DIR, "DejaVuSans-Bold.ttf")))
pdfmetrics.registerFont(TTFont("DV-I", os.path.join(FONT_DIR, "DejaVuSans-Oblique.ttf")))
pdfmetrics.registerFont(TTFont("DV-BI", os.path.join(FONT_DIR, "DejaVuSans-BoldOblique.ttf")))
pdfmetrics.registerFontFamily("DV", normal="DV", bold="DV-B", italic="DV-I", boldItalic="DV-BI")

OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
PREFIX = "s55"

# ---------------------------------------------------------------- colours
NAVY = colors.HexColor("#1F3A5F")
TEAL = colors.HexColor("#2A7F7A")
OCHRE = colors.HexColor("#C98B2B")
PLUM = colors.HexColor("#6B3F6E")
GREEN = colors.HexColor("#3C6E2F")
LIGHT = colors.HexColor("#EEF2F6")
LIGHT2 = colors.HexColor("#F6F0E4")
GREY = colors.HexColor("#666666")


def style(name, size=9.5, leading=None, font="DV", color=colors.black, before=0, after=4,
          left=0, bullet=False):
    st = ParagraphStyle(name, fontName=font, fontSize=size,
                        leading=leading or size * 1.32, textColor=color,
                        spaceBefore=before, spaceAfter=after, alignment=TA_LEFT,
                        leftIndent=left, hyphenationLang="", embeddedHyphenation=0,
                        uriWasteReduce=0)
    if bullet:
        st.leftIndent = left or 12
        st.bulletIndent = 2
        st.bulletFontName = "DV"
    return st


BODY = style("body")
BODY_S = style("body_s", size=8.6)
H1 = style("h1", size=15, font="DV-B", color=NAVY, before=4, after=6)
H2 = style("h2", size=11.5, font="DV-B", color=NAVY, before=6, after=4)
H3 = style("h3", size=10, font="DV-B", color=TEAL, before=4, after=3)
NOTE = style("note", size=7.4, color=GREY, after=1.5)
CELL = style("cell", size=8.4, after=0)
CELL_B = style("cell_b", size=8.4, font="DV-B", after=0, color=colors.white)
BUL = style("bul", bullet=True, after=2)
QUOTE = style("quote", size=9.5, font="DV-I", color=NAVY, left=10, after=6)


def P(text, st=BODY):
    return Paragraph(text, st)


def bullets(items, st=BUL):
    return [Paragraph(t, st, bulletText="•") for t in items]


def table(rows, widths, head_bg=NAVY, zebra=LIGHT, st=CELL, hst=CELL_B):
    data = []
    for i, r in enumerate(rows):
        data.append([Paragraph(str(c), hst if i == 0 else st) for c in r])
    t = Table(data, colWidths=widths, repeatRows=1, hAlign="LEFT")
    cmds = [("BACKGROUND", (0, 0), (-1, 0), head_bg),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#B8C2CC")),
            ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            ("TOPPADDING", (0, 0), (-1, -1), 2.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5)]
    for i in range(1, len(rows)):
        if i % 2 == 0:
            cmds.append(("BACKGROUND", (0, i), (-1, i), zebra))
    t.setStyle(TableStyle(cmds))
    return t


def keybox(items, width, bg=LIGHT2, fg=OCHRE, cols=None, bsize=19, ssize=7.8):
    """Key-figure boxes: items = [(big, small), ...] laid side by side."""
    cols = cols or len(items)
    big = style("kb_big", size=bsize, font="DV-B", color=fg, after=2, leading=bsize * 1.2)
    small = style("kb_small", size=ssize, after=0, leading=ssize * 1.3)
    cells = [[Paragraph(b, big), Paragraph(s, small)] for b, s in items]
    w = width / cols
    rows = []
    for i in range(0, len(cells), cols):
        row = cells[i:i + cols]
        while len(row) < cols:
            row.append("")
        rows.append(row)
    t = Table(rows, colWidths=[w] * cols, hAlign="LEFT")
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), bg),
                           ("BOX", (0, 0), (-1, -1), 0.8, fg),
                           ("INNERGRID", (0, 0), (-1, -1), 0.8, colors.white),
                           ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("LEFTPADDING", (0, 0), (-1, -1), 6),
                           ("TOPPADDING", (0, 0), (-1, -1), 5),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    return t


def encadre(title, flow, width, bg=LIGHT, edge=TEAL):
    inner = [Paragraph(title, style("enc_t", size=9.5, font="DV-B", color=edge, after=3))] + flow
    t = Table([[inner]], colWidths=[width], hAlign="LEFT")
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), bg),
                           ("LINEBEFORE", (0, 0), (0, -1), 3, edge),
                           ("LEFTPADDING", (0, 0), (-1, -1), 8),
                           ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                           ("TOPPADDING", (0, 0), (-1, -1), 5),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
    return t


def footnotes(notes):
    out = [Spacer(1, 4),
           Table([[""]], colWidths=[45 * mm], rowHeights=[0.5],
                 style=[("LINEABOVE", (0, 0), (-1, -1), 0.5, GREY)], hAlign="LEFT")]
    for mark, txt in notes:
        out.append(Paragraph("<super>%s</super> %s" % (mark, txt), NOTE))
    return out


def meta(doc, title, subject):
    doc.title = title
    doc.author = "Observatoire des partenariats (document de test s55)"
    doc.subject = subject
    doc.creator = "make_docs.py s55"
    doc.keywords = ""


# ======================================================================
# 01 — Rapport de synthèse (A4, tables, footnotes), printed pages 31-35
# ======================================================================
def doc01(path):
    W, H = A4
    LM, RM, TM, BM = 20 * mm, 20 * mm, 22 * mm, 20 * mm
    fw = W - LM - RM
    OFFSET = 30

    def first(c, d):
        c.saveState()
        c.setFillColor(NAVY)
        c.rect(0, H - 46 * mm, W, 46 * mm, stroke=0, fill=1)
        c.setFillColor(OCHRE)
        c.rect(0, H - 48 * mm, W, 2 * mm, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("DV", 9)
        c.drawString(LM, H - 13 * mm, "OBSERVATOIRE DES PARTENARIATS  ·  RAPPORT DE SYNTHÈSE 2023")
        c.setFont("DV-B", 19)
        c.drawString(LM, H - 26 * mm, "Quinze ans de données partenariales")
        c.setFont("DV", 11.5)
        c.drawString(LM, H - 35 * mm, "Chapitre 3 — Trois programmes d’études successifs")
        foot(c, d)
        c.restoreState()

    def later(c, d):
        c.saveState()
        c.setFont("DV", 7.8)
        c.setFillColor(GREY)
        c.drawString(LM, H - 12 * mm, "Quinze ans de données partenariales — Rapport de synthèse")
        c.drawRightString(W - RM, H - 12 * mm, "Chapitre 3 · Programmes d’études")
        c.setStrokeColor(NAVY)
        c.setLineWidth(0.6)
        c.line(LM, H - 14 * mm, W - RM, H - 14 * mm)
        foot(c, d)
        c.restoreState()

    def foot(c, d):
        c.setFont("DV", 7.8)
        c.setFillColor(GREY)
        c.setStrokeColor(colors.HexColor("#B8C2CC"))
        c.line(LM, 14 * mm, W - RM, 14 * mm)
        c.drawString(LM, 9 * mm, "Le RAMEAU · Observatoire des partenariats · Document de travail")
        c.setFont("DV-B", 9)
        c.setFillColor(NAVY)
        c.drawRightString(W - RM, 9 * mm, "— %d —" % (d.page + OFFSET))

    doc = BaseDocTemplate(path, pagesize=A4, leftMargin=LM, rightMargin=RM,
                          topMargin=TM, bottomMargin=BM)
    meta(doc, "Quinze ans de données partenariales — chapitre 3", "Rapport de synthèse")
    f1 = Frame(LM, BM, fw, H - 52 * mm - BM, id="f1", showBoundary=0)
    f2 = Frame(LM, BM, fw, H - TM - BM, id="f2", showBoundary=0)
    doc.addPageTemplates([PageTemplate("first", [f1], onPage=first),
                          PageTemplate("later", [f2], onPage=later)])
    s = [NextPageTemplate("later")]

    # ---- page 1 (printed 31)
    s.append(P("3.1 Un laboratoire, un observatoire", H2))
    s.append(P("Le RAMEAU est une association d’intérêt général fondée en 2006. Elle se présente "
               "tour à tour comme un « laboratoire de recherche empirique » et comme un "
               "« laboratoire d’innovations partenariales ». Ses travaux reposent sur trois "
               "missions, dont la première consiste à témoigner de ce qui se fait sur le "
               "terrain ; plus de 1 000 exemples inspirants ont ainsi été recensés."))
    s.append(P("L’Observatoire des partenariats a vu le jour en 2008 à l’initiative de la Caisse "
               "des Dépôts et du RAMEAU, avec le concours du MEDEF et du Mouvement associatif"
               "<super>1</super>. Sa direction scientifique est assurée, à titre bénévole, par "
               "Anne Robin, fondatrice du cabinet COMISIS<super>2</super>."))
    s.append(P("Depuis sa création, l’Observatoire a organisé ses études en plans quinquennaux. "
               "Le tableau 1 en rappelle la succession ; chacun a donné lieu à plusieurs "
               "« volets » consacrés à une population (citoyens, entreprises, associations, "
               "élus, fondations…)."))
    s.append(P("Tableau 1 — Les plans quinquennaux de l’Observatoire", H3))
    s.append(table([
        ["Programme", "Période", "Repère"],
        ["ARPEA", "2008-2012", "10 volets ; rapport quinquennal présenté le 11 décembre 2012"],
        ["PHARE", "2013-2018<super>3</super>", "6 volets publiés entre septembre 2015 et l’automne 2016"],
        ["IMPACT", "2018-2022", "Programme lancé en novembre 2017"],
    ], [32 * mm, 32 * mm, fw - 64 * mm]))
    s.append(Spacer(1, 6))
    s.append(P("Ce chapitre reprend, programme par programme, les principaux chiffres publiés. "
               "Les valeurs sont citées telles qu’elles figurent dans les publications d’origine ; "
               "lorsque deux éditions divergent, les deux valeurs sont indiquées avec leur source."))
    s.extend(footnotes([
        ("1", "Les documents antérieurs à 2013 emploient une autre date : l’étude ARPEA "
              "Entreprises &amp; Territoires (janvier 2011) et le rapport quinquennal du "
              "11 décembre 2012 présentent « l’Observatoire national des partenariats "
              "associations / entreprises » comme créé en 2007."),
        ("2", "Une présentation du programme d’études indique pour sa part une création en 2008 "
              "« par Le RAMEAU en partenariat avec la Caisse des Dépôts »."),
        ("3", "La page « Le cheminement » du site de l’Observatoire borne PHARE à 2013-2017."),
    ]))
    s.append(PageBreak())

    # ---- page 2 (printed 32)
    s.append(P("3.2 ARPEA, le programme fondateur (2008-2012)", H2))
    s.append(P("Le premier programme a été structuré en dix volets. Son sigle n’a pas toujours "
               "été développé de la même manière, comme le montre l’encadré ci-dessous."))
    s.append(encadre("Un sigle, trois développés", bullets([
        "« Analyse des Relations et des Partenariats entre Entreprises et Associations » "
        "(rapport quinquennal, décembre 2012) ;",
        "« Analyser les Relations Partenariales entre Entreprises et Associations » "
        "(page « D comme Données » du RAMEAU) ;",
        "« Analyse des Relations Associations-Entreprises » (présentation du programme d’études).",
    ]), fw))
    s.append(Spacer(1, 6))
    s.append(P("Côté grand public, l’urgence perçue est restée forte d’une mesure à l’autre : "
               "86 % des Français jugeaient urgent de créer des partenariats en 2008, "
               "et 84 % en 2012. Du côté associatif, près de 46 % des associations "
               "déclaraient être engagées avec au moins une entreprise."))
    s.append(P("Tableau 2 — ARPEA Entreprises &amp; Territoires (janvier 2011)", H3))
    s.append(table([
        ["Position des entreprises face aux partenariats", "Part"],
        ["Développent déjà des partenariats avec des associations", "21 %"],
        ["Souhaitent en développer", "33 %"],
        ["Ne le souhaitent pas", "46 %"],
    ], [fw - 30 * mm, 30 * mm]))
    s.append(Spacer(1, 6))
    s.append(P("Le rapport quinquennal présenté le 11 décembre 2012 a clos ce premier cycle. "
               "Peu après, la ministre Valérie Fourneyron a sollicité un rapport dressant "
               "l’état des lieux des partenariats entre associations et entreprises ; ce "
               "document a été rendu public au début de 2014."))
    s.append(P("Un volet ARPEA consacré aux collectivités locales, réalisé avec Comisis et "
               "OpinionWay, a par ailleurs servi de point de départ à la démarche « Agir "
               "ensemble en Territoire », engagée en 2010."))
    s.append(PageBreak())

    # ---- page 3 (printed 33)
    s.append(P("3.3 PHARE : six volets entre 2015 et 2016", H2))
    s.append(P("Le deuxième programme a multiplié les angles d’observation. Les six volets "
               "sont récapitulés dans le tableau 3."))
    s.append(P("Tableau 3 — Calendrier des volets PHARE", H3))
    s.append(table([
        ["Volet", "Publication"],
        ["PHARE-Citoyens", "septembre 2015"],
        ["PHARE-Entreprises", "octobre 2015"],
        ["PHARE-Associations", "novembre 2015"],
        ["13 rapports régionaux", "2016"],
        ["Diagnostics sectoriels", "juillet 2016"],
        ["PHARE-Institutions", "automne 2016 (29 novembre 2016)"],
    ], [70 * mm, fw - 70 * mm]))
    s.append(Spacer(1, 6))
    s.append(P("PHARE-Institutions, publié le 29 novembre 2016, distingue cinq profils de maires "
               "selon leur rapport à la co-construction."))
    s.append(P("PHARE-Citoyens repose sur plus de 2 000 personnes interrogées. Il leur était "
               "demandé de noter sur 10 l’importance de plusieurs enjeux pour leur territoire."))
    s.append(P("Tableau 4 — PHARE-Citoyens : importance des enjeux (note sur 10)", H3))
    s.append(table([
        ["Enjeu", "Note moyenne"],
        ["Emploi", "7,1"],
        ["Pouvoir d’achat", "6,6"],
        ["Sécurité", "6,6 <super>a</super>"],
        ["Développement économique", "6,5"],
        ["Environnement", "6,3"],
        ["Exclusion", "6,3"],
    ], [70 * mm, 40 * mm]))
    s.extend(footnotes([
        ("a", "Valeur de la plateforme de capitalisation « Impacts fondations ». Un article "
              "de Carenews consacré au même volet donne 7/10 pour la sécurité."),
    ]))
    s.append(PageBreak())

    # ---- page 4 (printed 34)
    s.append(P("3.3 PHARE (suite) : ce que les partenariats changent", H2))
    s.append(P("Interrogés sur les domaines où les partenariats ont un impact fort, les "
               "répondants de PHARE-Citoyens placent l’emploi en tête."))
    s.append(P("Tableau 5 — PHARE-Citoyens : domaines d’impact fort des partenariats", H3))
    s.append(table([
        ["Domaine", "Impact jugé fort"],
        ["Emploi", "49 %"],
        ["Développement économique", "46 %"],
        ["Environnement", "42 %"],
        ["Précarité", "36 %"],
        ["Éducation", "36 %"],
    ], [70 * mm, 40 * mm]))
    s.append(Spacer(1, 8))
    s.append(P("Le « devoir d’alliance » vu par chaque population (PHARE)", H3))
    s.extend(bullets([
        "69 % des Français (PHARE-Citoyens, septembre 2015) ;",
        "81 % des dirigeants d’entreprise ;",
        "86 % des responsables associatifs ;",
        "87 % des maires (PHARE-Institutions, 2016).",
    ]))
    s.append(P("Ces résultats ont ensuite été repris dans de nombreuses publications de "
               "l’Observatoire et de ses partenaires."))
    s.append(encadre("Lecture", [P("Les pourcentages d’une même ligne ne s’additionnent pas : "
                                   "chaque domaine faisait l’objet d’une question distincte.",
                                   BODY_S)], fw, bg=LIGHT2, edge=OCHRE))
    s.append(PageBreak())

    # ---- page 5 (printed 35)
    s.append(P("3.4 IMPACT (2018-2022) : mesurer les effets", H2))
    s.append(P("Lancé en novembre 2017, le programme IMPACT a été conduit par la Caisse des "
               "Dépôts, l’Institut CDC pour la Recherche, le Groupe La Poste, la Fondation "
               "TOTAL et Le RAMEAU. Il s’organise autour de trois axes :"))
    s.extend(bullets([
        "l’innovation sociétale et territoriale ;",
        "la performance des organisations ;",
        "la confiance.",
    ]))
    s.append(P("Tableau 6 — IMPACT : les partenariats, source d’innovation", H3))
    s.append(table([
        ["Population interrogée", "Part qui y voit une source d’innovation"],
        ["Français", "74 % <super>b</super>"],
        ["Dirigeants d’entreprise", "81 %"],
        ["Responsables associatifs", "86 %"],
        ["Maires", "87 %"],
    ], [70 * mm, fw - 70 * mm]))
    s.append(Spacer(1, 6))
    s.append(P("Les maires se décrivent souvent comme à la tête d’un territoire engagé "
               "(76 %), mais 46 % d’entre eux reconnaissent ne pas savoir piloter "
               "une démarche de co-construction."))
    s.append(encadre("M.E.D.O.C., la boîte à outils", [P(
        "Les ressources issues de ces travaux sont rassemblées sur la plateforme "
        "www.odd17.org selon cinq entrées : Méthodes, Exemples, Données, Outils, "
        "Compétences — d’où le sigle M.E.D.O.C.", BODY_S)], fw))
    s.extend(footnotes([
        ("b", "Le site coconstruction.cresol.fr reprend ces chiffres mais indique 69 % des "
              "citoyens au lieu de 74 %."),
    ]))
    doc.build(s)


# ======================================================================
# 02 — Bulletin de veille (A4, two columns), printed pages 9-12
# ======================================================================
def doc02(path):
    W, H = A4
    LM, RM = 15 * mm, 15 * mm
    TOP, BOT = 20 * mm, 18 * mm
    gap = 7 * mm
    cw = (W - LM - RM - gap) / 2
    OFFSET = 8
    ban_h = 40 * mm

    def deco(c, d, first=False):
        c.saveState()
        if first:
            c.setFillColor(TEAL)
            c.rect(0, H - ban_h, W, ban_h, stroke=0, fill=1)
            c.setFillColor(colors.white)
            c.setFont("DV-B", 24)
            c.drawString(LM, H - 18 * mm, "Veille & Alliances")
            c.setFont("DV", 10)
            c.drawString(LM, H - 26 * mm, "Bulletin de veille de l’Observatoire des partenariats")
            c.setFont("DV-B", 10)
            c.drawString(LM, H - 33 * mm, "N° 27 · Édition d’hiver")
        else:
            c.setFont("DV", 7.8)
            c.setFillColor(TEAL)
            c.drawString(LM, H - 11 * mm, "VEILLE & ALLIANCES · N° 27")
            c.setFillColor(GREY)
            c.drawRightString(W - RM, H - 11 * mm, "Bulletin de veille de l’Observatoire")
            c.setStrokeColor(TEAL)
            c.setLineWidth(1.2)
            c.line(LM, H - 13 * mm, W - RM, H - 13 * mm)
        # column rule
        top = H - ban_h - 6 * mm if first else H - TOP
        c.setStrokeColor(colors.HexColor("#C8D3D2"))
        c.setLineWidth(0.4)
        c.line(LM + cw + gap / 2, BOT, LM + cw + gap / 2, top)
        c.setFont("DV", 7.5)
        c.setFillColor(GREY)
        c.drawString(LM, 9 * mm, "Le RAMEAU · diffusion libre")
        c.setFont("DV-B", 8.5)
        c.setFillColor(TEAL)
        c.drawRightString(W - RM, 9 * mm, "p. %d" % (d.page + OFFSET))
        c.restoreState()

    doc = BaseDocTemplate(path, pagesize=A4, leftMargin=LM, rightMargin=RM,
                          topMargin=TOP, bottomMargin=BOT)
    meta(doc, "Veille & Alliances n° 27", "Bulletin de veille")
    t1 = H - ban_h - 6 * mm
    fr1 = [Frame(LM, BOT, cw, t1 - BOT, id="a1", leftPadding=0, rightPadding=0),
           Frame(LM + cw + gap, BOT, cw, t1 - BOT, id="a2", leftPadding=0, rightPadding=0)]
    fr2 = [Frame(LM, BOT, cw, H - TOP - BOT, id="b1", leftPadding=0, rightPadding=0),
           Frame(LM + cw + gap, BOT, cw, H - TOP - BOT, id="b2", leftPadding=0, rightPadding=0)]
    doc.addPageTemplates([PageTemplate("first", fr1, onPage=lambda c, d: deco(c, d, True)),
                          PageTemplate("later", fr2, onPage=lambda c, d: deco(c, d, False))])
    B = style("b2", size=8.8)
    BB = style("b2b", size=8.8, bullet=True, after=1.5)
    HH = style("h2b", size=11, font="DV-B", color=TEAL, before=2, after=3)
    KICK = style("kick", size=7.4, font="DV-B", color=OCHRE, after=1)
    s = [NextPageTemplate("later")]

    # ---- page 1 (p. 9): agenda + dîner
    s.append(P("AGENDA", KICK))
    s.append(P("Un mois de novembre chargé", HH))
    s.append(P("La fin d’année concentre plusieurs rendez-vous du réseau. Le calendrier "
               "ci-dessous récapitule les dates annoncées.", B))
    s.append(table([
        ["Date", "Rendez-vous"],
        ["15 nov.", "Parution d’un dossier dans JURIS Associations n° 628"],
        ["23 nov.", "3e dîner « Elus &amp; Entreprises »"],
        ["26 nov.", "Publication du 11e rapport régional, consacré à la Normandie"],
        ["26 nov.", "5e webinaire « l’ODD 17 en pratique »"],
    ], [16 * mm, cw - 16 * mm], head_bg=TEAL))
    s.append(Spacer(1, 6))
    s.append(P("Le 26 novembre cumule donc deux événements : la sortie du rapport normand, "
               "onzième de la série régionale, et le cinquième webinaire de la saison.", B))
    s.append(P("ÉLUS", KICK))
    s.append(P("Au menu du dîner : le « jouer collectif »", HH))
    s.append(P("Le troisième dîner « Elus &amp; Entreprises » s’est appuyé sur deux "
               "résultats d’enquête. D’abord, 64 % des élus locaux déclarent vouloir "
               "s’appuyer sur le « jouer collectif » pour conduire leurs projets. Ensuite, "
               "92 % des maires reconnaissent l’utilité de la co-construction.", B))
    s.append(P("Pour les organisateurs, ces deux chiffres traduisent une attente plus qu’une "
               "pratique installée : la question du « comment faire » reste entière.", B))
    s.append(FrameBreak())
    s.append(P("TERRITOIRES", KICK))
    s.append(P("Aux racines d’« Agir ensemble en Territoire »", HH))
    s.append(P("La démarche « Agir ensemble en Territoire » a été initiée en 2010, au "
               "lendemain de l’étude ARPEA-Collectivités locales réalisée avec Comisis et "
               "OpinionWay. Trois territoires ont servi de pilotes :", B))
    s.extend(bullets([
        "l’Alsace, avec Alsace Active ;",
        "le Poitou-Charentes, avec le Groupe La Poste ;",
        "Paris-Est Marne &amp; Bois.",
    ], BB))
    s.append(Spacer(1, 4))
    s.append(P("PARCOURS", KICK))
    s.append(P("Parcours d’expérience avec le CGET", HH))
    s.append(P("Le Commissariat général à l’égalité des territoires (CGET) et Le RAMEAU "
               "ont lancé un parcours d’expérience sur la co-construction territoriale. "
               "Il réunit 11 territoires pionniers pendant 18 mois ; la première session "
               "s’est tenue le 3 mai.", B))
    s.append(encadre("À noter", [P("Une autre communication du RAMEAU évoque « le CGET et "
                                   "10 territoires pilotes ». Les deux chiffres circulent.",
                                   BODY_S)], cw, bg=LIGHT2, edge=OCHRE))
    s.append(PageBreak())

    # ---- page 2 (p. 10): charte
    s.append(P("ALLIANCES", KICK))
    s.append(P("La Charte du faire alliance est lancée", HH))
    s.append(P("Fruit de trois mois de co-construction pilotés par la Fondation des "
               "Territoires, la Charte du faire alliance se veut un « contrat de confiance » "
               "entre acteurs d’un même territoire.", B))
    s.append(P("Elle a été dévoilée le 30 novembre 2021, jour du Giving Tuesday, à "
               "Saint-Maurice, dans le territoire de Paris-Est Marne &amp; Bois, au cours "
               "d’une soirée organisée avec VitaWin.", B))
    s.append(encadre("Deux dates pour un même lancement", [P(
        "L’annonce publiée sur associations.gouv.fr situe la soirée un « mardi "
        "30 septembre ». Les autres sources (Le RAMEAU, Carenews) retiennent le "
        "30 novembre 2021, date du Giving Tuesday.", BODY_S)], cw, bg=LIGHT2, edge=OCHRE))
    s.append(Spacer(1, 4))
    s.append(P("Le choix de Paris-Est Marne &amp; Bois n’est pas anodin : ce territoire "
               "faisait partie des pilotes de la démarche « Agir ensemble en Territoire ».", B))
    s.append(FrameBreak())
    s.append(P("LOI", KICK))
    s.append(P("Un droit de l’alliance d’intérêt général", HH))
    s.append(P("Déposée en février, la proposition de loi relative au « droit de l’alliance "
               "d’intérêt général » est portée par la députée Cathy Racon-Bouzon. Elle a été "
               "agréée par le Bureau de l’Assemblée nationale puis publiée au Journal "
               "officiel. Une « feuille de route » ministérielle de 21 mesures l’accompagne.", B))
    s.append(P("Trois chiffres sont mis en avant à l’appui du texte :", B))
    s.extend(bullets([
        "81 % des Français estiment qu’il existe un « devoir d’alliance » ;",
        "92 % des maires expriment un « besoin d’alliance » ;",
        "84 % des dirigeants d’entreprise font part d’une « envie d’alliance ».",
    ], BB))
    s.append(PageBreak())

    # ---- page 3 (p. 11): fonds ODD 17
    s.append(P("FINANCEMENT", KICK))
    s.append(P("Le Fonds ODD 17, trois ans pour expérimenter", HH))
    s.append(P("Le Fonds ODD 17 a été co-créé en 2020 par Le RAMEAU et la Fondation "
               "TotalEnergies. Sa dotation de 1,5 M€ finance une expérimentation conduite "
               "sur trois ans.", B))
    s.append(keybox([("1,5 M€", "dotation du Fonds ODD 17"),
                     ("350", "catalyseurs territoriaux visés")], cw, bg=LIGHT, fg=TEAL))
    s.append(Spacer(1, 5))
    s.append(P("L’objectif est d’outiller 350 « catalyseurs territoriaux », c’est-à-dire des "
               "acteurs capables de réunir autour d’une même table les organisations d’un "
               "territoire.", B))
    s.append(FrameBreak())
    s.append(P("REPÈRES", KICK))
    s.append(P("L’ODD 17 en quelques mots", HH))
    s.append(P("L’objectif de développement durable n° 17 porte sur les partenariats. Il se "
               "décline en 19 cibles, détaillées dans la note du Comité 21 « ODD 17 : Sens, "
               "décryptages, déclinaisons » présentée le 5 juillet.", B))
    s.append(P("Les ressources méthodologiques associées sont regroupées sur la plateforme "
               "www.odd17.org.", B))
    s.append(PageBreak())

    # ---- page 4 (p. 12): fondation des territoires
    s.append(P("FONDATION", KICK))
    s.append(P("La Fondation des Territoires, de la préfiguration à la création", HH))
    s.append(P("La préfiguration de la Fondation des Territoires a commencé en juillet 2018. "
               "Elle s’est déroulée en trois étapes :", B))
    s.append(table([
        ["Étape", "Période"],
        ["1", "juillet 2018 – juillet 2019"],
        ["2", "août 2019 – novembre 2020"],
        ["3", "décembre 2020 – mai 2022"],
    ], [14 * mm, cw - 14 * mm], head_bg=TEAL))
    s.append(Spacer(1, 5))
    s.append(P("La Fondation a été créée le 14 juin 2022, sous l’égide de la Fondation de "
               "Lille. Elle compte 21 co-fondateurs et s’est donné trois missions.", B))
    s.append(FrameBreak())
    s.append(P("FONDATIONS", KICK))
    s.append(P("Étude IMPACT Fondations &amp; Territoires", HH))
    s.append(P("Publiée le 23 septembre, l’étude IMPACT consacrée aux fondations s’appuie "
               "sur 42 fondations interrogées. Elle a nourri la fiche acteur « Dynamique "
               "d’engagement des Fondations ».", B))
    s.append(P("À lire aussi dans ce numéro : le calendrier de novembre en page 9 et le "
               "point sur la Charte en page 10.", B))
    doc.build(s)


# ======================================================================
# 03 — Slide deck 16:9, slides numbered 14-19
# ======================================================================
def doc03(path):
    W, H = 960, 540
    OFFSET = 13
    M = 40
    doc = BaseDocTemplate(path, pagesize=(W, H), leftMargin=M, rightMargin=M,
                          topMargin=90, bottomMargin=50)
    meta(doc, "Associations, élus et territoires — diaporama", "Support de présentation")

    def deco(c, d):
        c.saveState()
        c.setFillColor(PLUM)
        c.rect(0, H - 70, W, 70, stroke=0, fill=1)
        c.setFillColor(OCHRE)
        c.rect(0, H - 74, W, 4, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("DV", 11)
        c.drawString(M, H - 24, "Rencontre régionale des partenariats · Observatoire des partenariats")
        c.setFont("DV-B", 22)
        c.drawString(M, H - 54, TITLES[d.page - 1])
        c.setFillColor(LIGHT)
        c.rect(0, 0, W, 34, stroke=0, fill=1)
        c.setFillColor(GREY)
        c.setFont("DV", 9)
        c.drawString(M, 13, "Le RAMEAU — support de présentation, reproduction autorisée avec mention de la source")
        c.setFillColor(PLUM)
        c.setFont("DV-B", 12)
        c.drawRightString(W - M, 12, "%d / 40" % (d.page + OFFSET))
        c.restoreState()

    TITLES = [
        "Les associations employeuses et leurs partenaires",
        "Avec qui les associations travaillent-elles ?",
        "À quelle échelle et sous quelle forme ?",
        "Les maires en 2024 : un territoire en mouvement",
        "Élus et sortie de crise : les repères antérieurs",
        "À retenir",
    ]
    fw = W - 2 * M
    frame_h = H - 90 - 50
    doc.addPageTemplates([PageTemplate("slide", [Frame(M, 50, fw, frame_h, id="s")], onPage=deco)])
    SB = style("sb", size=16, leading=22, after=6)
    SBL = style("sbl", size=16, leading=22, bullet=True, after=9, left=20)
    SSRC = style("ssrc", size=9, color=GREY, after=0)
    BIG = style("big", size=13, leading=17, after=0)
    s = []

    # slide 14
    s.append(P("Étude IMPACT – Associations &amp; Territoires", style("k1", size=13, font="DV-B", color=PLUM)))
    s.append(keybox([("148 000", "associations employeuses en France, population de référence de l’étude"),
                     ("98 %", "d’entre elles déclarent au moins un partenariat"),
                     ("7", "familles de partenaires passées en revue (diapo suivante)")],
                    fw, bg=LIGHT2, fg=PLUM, bsize=36, ssize=13))
    s.append(Spacer(1, 16))
    s.append(P("Le partenariat n’est plus l’exception : il est devenu la règle pour les "
               "associations qui emploient des salariés.", SB))
    s.append(P("Source : Le RAMEAU, étude IMPACT – Associations &amp; Territoires.", SSRC))
    s.append(PageBreak())

    # slide 15
    s.append(table([
        ["Type de partenaire (associations employeuses)", "Part des associations concernées"],
        ["Collectivités territoriales", "89 %"],
        ["Structures d’intérêt général", "73 %"],
        ["Établissements scolaires", "70 %"],
        ["Collectifs d’associations", "56 %"],
        ["Acteurs publics nationaux", "52 %"],
        ["Fédérations professionnelles", "37 %"],
        ["Acteurs académiques", "35 %"],
    ], [fw * 0.62, fw * 0.38], head_bg=PLUM,
        st=style("c14", size=12, after=0, leading=15),
        hst=style("c14h", size=12, font="DV-B", color=colors.white, after=0, leading=15)))
    s.append(Spacer(1, 10))
    s.append(P("Source : étude IMPACT – Associations &amp; Territoires. Plusieurs réponses "
               "possibles.", SSRC))
    s.append(PageBreak())

    # slide 16
    half = fw / 2 - 10
    left = [P("Échelle des partenariats", style("k2", size=15, font="DV-B", color=PLUM, after=8)),
            P("Échelle locale : <b>73 %</b>", BIG), Spacer(1, 6),
            P("Échelle régionale : <b>47 %</b>", BIG)]
    right = [P("Formes de partenariat", style("k3", size=15, font="DV-B", color=PLUM, after=8)),
             P("Mécénat : <b>75 %</b>", BIG), Spacer(1, 6),
             P("Innovation sociétale : <b>73 %</b>", BIG), Spacer(1, 6),
             P("Pratiques responsables : <b>70 %</b>", BIG), Spacer(1, 6),
             P("Coopération économique : <b>58 %</b>", BIG)]
    tt = Table([[left, right]], colWidths=[half + 10, half + 10], hAlign="LEFT")
    tt.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                            ("BACKGROUND", (0, 0), (0, 0), LIGHT),
                            ("BACKGROUND", (1, 0), (1, 0), LIGHT2),
                            ("LEFTPADDING", (0, 0), (-1, -1), 14),
                            ("TOPPADDING", (0, 0), (-1, -1), 12),
                            ("BOTTOMPADDING", (0, 0), (-1, -1), 14)]))
    s.append(tt)
    s.append(Spacer(1, 12))
    s.append(P("Lecture : 73 % des associations employeuses ont des partenariats de "
               "proximité ; 75 % pratiquent le mécénat avec un partenaire. "
               "Source : étude IMPACT – Associations &amp; Territoires.", SSRC))
    s.append(PageBreak())

    # slide 17
    s.append(P("IMPACTS &amp; TRAJECTOIRES – Elus locaux (novembre 2024)",
               style("k4", size=13, font="DV-B", color=PLUM)))
    s.append(keybox([("302", "maires interrogés par téléphone"),
                     ("91 %", "voient leur territoire « en mouvement »"),
                     ("84 %", "des répondants administrent une commune de moins de 2 000 habitants")],
                    fw, bg=LIGHT2, fg=PLUM, bsize=36, ssize=13))
    s.append(Spacer(1, 12))
    s.extend(bullets([
        "Terrain : du 30 septembre au 28 octobre 2024.",
        "Détail des 91 % : 35 % jugent leur territoire fortement en mouvement, 56 % « ni plus ni moins » qu’avant.",
        "Un échantillon dominé par les petites communes, à garder en tête pour la lecture.",
    ], SBL))
    s.append(PageBreak())

    # slide 18
    s.append(P("Les enquêtes précédentes auprès des élus et des dirigeants",
               style("k5", size=13, font="DV-B", color=PLUM)))
    s.extend(bullets([
        "Étude IMPACT-Elus locaux (novembre 2020, Comisis-OpinionWay) : elle a donné lieu à la "
        "fiche-repère « Les dynamiques d’engagement des Collectivités territoriales ».",
        "Programme IMPACT : 76 % des maires disent leur territoire engagé, mais 46 % ne savent "
        "pas piloter la co-construction.",
        "Sortie de crise sanitaire : 81 % des Français et 84 % des dirigeants de TPE &amp; PME "
        "jugent la co-construction utile à la résilience — « jouer collectif en sortie de crise ».",
        "Plus de 250 données ont été inventoriées pour éclairer cette sortie de crise.",
    ], SBL))
    s.append(PageBreak())

    # slide 19
    s.extend(bullets([
        "Associations employeuses : 98 % ont des partenariats, d’abord avec les collectivités (89 %).",
        "Maires (2024) : 91 % voient leur territoire en mouvement ; échantillon de 302 maires.",
        "Les données détaillées sont disponibles auprès de l’Observatoire des partenariats.",
    ], SBL))
    s.append(Spacer(1, 16))
    s.append(P("Sources : étude IMPACT – Associations &amp; Territoires ; IMPACTS &amp; "
               "TRAJECTOIRES – Elus locaux, novembre 2024 ; programme IMPACT ; enquêtes de "
               "sortie de crise.", SSRC))
    doc.build(s)


# ======================================================================
# 04 — Entretien (Q&A transcript), A4, printed pages 46-49
# ======================================================================
def doc04(path):
    W, H = A4
    LM, RM, TM, BM = 24 * mm, 24 * mm, 24 * mm, 20 * mm
    fw = W - LM - RM
    OFFSET = 45

    def deco(c, d):
        c.saveState()
        c.setFillColor(GREEN)
        c.rect(0, H - 16 * mm, 8 * mm, 16 * mm, stroke=0, fill=1)
        c.setFont("DV-B", 8)
        c.setFillColor(GREEN)
        c.drawString(LM, H - 12 * mm, "LES CAHIERS DE L’OBSERVATOIRE")
        c.setFont("DV", 8)
        c.setFillColor(GREY)
        c.drawRightString(W - RM, H - 12 * mm, "Entretien · De l’ARPEA à l’alliance d’intérêt général")
        c.setStrokeColor(GREEN)
        c.line(LM, H - 14 * mm, W - RM, H - 14 * mm)
        c.setFont("DV", 7.5)
        c.drawString(LM, 10 * mm, "Propos recueillis par la rédaction des Cahiers · relus par l’équipe de l’Observatoire")
        c.setFont("DV-B", 9)
        c.setFillColor(GREEN)
        c.drawRightString(W - RM, 10 * mm, str(d.page + OFFSET))
        c.restoreState()

    doc = BaseDocTemplate(path, pagesize=A4, leftMargin=LM, rightMargin=RM,
                          topMargin=TM, bottomMargin=BM)
    meta(doc, "Entretien — De l’ARPEA à l’alliance d’intérêt général", "Entretien")
    doc.addPageTemplates([PageTemplate("p", [Frame(LM, BM, fw, H - TM - BM)], onPage=deco)])
    Q = style("q", size=9.8, font="DV-B", color=GREEN, before=7, after=3)
    R = style("r", size=9.6, after=4)
    TIT = style("tit", size=17, font="DV-B", color=GREEN, after=4, leading=21)
    CH = style("chapo", size=10.2, font="DV-I", after=8, leading=14)
    s = []

    def qa(q, r):
        s.append(P("— " + q, Q))
        for para in r:
            s.append(P(para, R))

    # page 1 (printed 46)
    s.append(P("« L’alliance n’est plus une option, c’est une méthode »", TIT))
    s.append(P("Quinze ans de recherche, cinq ans d’étude d’impact : l’équipe de l’Observatoire "
               "revient sur le chemin parcouru, des premières enquêtes ARPEA jusqu’au débat "
               "parlementaire sur l’alliance d’intérêt général. Entretien en questions-réponses.", CH))
    qa("Pour commencer, qu’est-ce que Le RAMEAU ?",
       ["C’est une association créée en 2006, reconnue d’intérêt général, qui travaille comme un "
        "laboratoire : nous observons, nous expérimentons, puis nous partageons ce qui fonctionne. "
        "Depuis 2006, des expérimentations ont été menées auprès de plus de 500 organisations.",
        "L’association est présidée par son fondateur, Charles-Benoît Heidsieck ; Laurence Weber "
        "en est la directrice générale."])
    qa("Et l’Observatoire des partenariats, quand est-il né ?",
       ["Officiellement en 2008, sous l’impulsion de la Caisse des Dépôts et du RAMEAU, le MEDEF "
        "et le Mouvement associatif étant partenaires. Vous trouverez pourtant la date de 2007 "
        "dans nos tout premiers documents, en 2011 et 2012 : ils parlaient alors "
        "d’« Observatoire national des partenariats associations / entreprises ». Les deux "
        "dates coexistent dans les archives."])
    qa("Qui pilote le travail scientifique ?",
       ["Anne Robin, qui a fondé COMISIS, en assure la direction scientifique, bénévolement. "
        "Les enquêtes de terrain ont souvent été réalisées avec OpinionWay."])
    s.append(encadre("Repères", bullets([
        "2006 : création du RAMEAU",
        "2008 : création de l’Observatoire (2007 dans les documents de 2011-2012)",
        "11 décembre 2012 : rapport quinquennal ARPEA",
        "Novembre 2017 : lancement du programme IMPACT",
        "7 mai 2020 : remise du rapport de la mission ministérielle",
    ], style("rb", size=8.6, bullet=True, after=1)), fw, bg=LIGHT, edge=GREEN))
    s.append(PageBreak())

    # page 2 (printed 47)
    qa("Votre premier programme, ARPEA, s’est achevé en 2012. Qu’en est-il resté ?",
       ["Un rapport quinquennal, rendu public le 11 décembre 2012, et surtout une demande "
        "politique : Valérie Fourneyron, alors ministre, nous a demandé un état des lieux des "
        "partenariats entre associations et entreprises. Ce rapport a été publié au début "
        "de l’année 2014.",
        "ARPEA comptait dix volets. Et oui, son nom a connu plusieurs développés selon les "
        "supports ; c’est une source de confusion que nous assumons."])
    qa("Puis est venu PHARE…",
       ["PHARE a couvert la période 2013-2018 — certaines de nos pages disent 2013-2017. Il a "
        "produit six volets, du volet Citoyens en septembre 2015 au volet Institutions à "
        "l’automne 2016, en passant par 13 rapports régionaux."])
    qa("Et IMPACT ?",
       ["IMPACT a été lancé en novembre 2017 pour la période 2018-2022, avec la Caisse des "
        "Dépôts, l’Institut CDC pour la Recherche, le Groupe La Poste et la Fondation TOTAL. "
        "Il évalue les partenariats selon trois indicateurs : l’innovation, la performance "
        "et la confiance."])
    qa("Combien d’exemples de terrain avez-vous documentés ?",
       ["Plus de 1 000 exemples inspirants, recensés au fil des années. C’est notre première "
        "mission : témoigner."])
    s.append(PageBreak())

    # page 3 (printed 48)
    qa("Parlons de la mission confiée par le gouvernement.",
       ["Lors du Forum national des associations et fondations de 2019, Gabriel Attal a confié "
        "une mission à Cathy Racon-Bouzon, députée, et à Charles-Benoît Heidsieck. Le rapport "
        "a été remis le 7 mai 2020 et un premier bilan a été dressé le 17 octobre 2020."])
    qa("Cette mission a-t-elle eu une traduction législative ?",
       ["Oui. Cathy Racon-Bouzon a porté une proposition de loi sur le « droit de l’alliance "
        "d’intérêt général ». Le Bureau de l’Assemblée nationale l’a agréée et elle a été "
        "publiée au Journal officiel. En parallèle, le ministère a adopté une feuille de "
        "route de 21 mesures."])
    qa("Sur quels chiffres vous appuyez-vous pour défendre ce droit ?",
       ["Sur trois attentes convergentes : 81 % des Français parlent d’un devoir d’alliance, "
        "92 % des maires d’un besoin d’alliance et 84 % des dirigeants d’entreprise d’une "
        "envie d’alliance. En septembre 2015, dans PHARE-Citoyens, la part des Français "
        "évoquant ce devoir d’alliance n’était que de 69 %."])
    s.append(PageBreak())

    # page 4 (printed 49)
    qa("Où en est la Fondation des Territoires ?",
       ["Elle a été créée le 14 juin 2022 sous l’égide de la Fondation de Lille, avec 21 "
        "co-fondateurs, après une préfiguration engagée en juillet 2018. Elle a notamment "
        "piloté les trois mois de co-construction de la Charte du faire alliance."])
    qa("Un dernier mot sur l’ODD 17 ?",
       ["Avec la Fondation TotalEnergies, nous avons co-créé en 2020 le Fonds ODD 17. Sa "
        "dotation de 1,5 M€ permet une expérimentation sur trois ans. Pour nous, l’ODD 17 "
        "n’est pas un objectif parmi d’autres : c’est celui qui rend les seize autres "
        "atteignables."])
    s.append(Spacer(1, 8))
    s.append(encadre("Pour aller plus loin", [P(
        "Les publications citées dans cet entretien (rapport quinquennal ARPEA, volets PHARE, "
        "études IMPACT) sont accessibles depuis le site de l’Observatoire des partenariats.",
        BODY_S)], fw, bg=LIGHT, edge=GREEN))
    doc.build(s)


# ======================================================================
# 05 — Fiche Repère with key-figure boxes, A4, printed
# ======================================================================
def doc05(path):
    W, H = A4
    LM, RM, TM, BM = 18 * mm, 18 * mm, 30 * mm, 20 * mm
    fw = W - LM - RM

    def deco(c, d):
        c.saveState()
        c.setFillColor(OCHRE)
        c.rect(0, H - 22 * mm, W, 22 * mm, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("DV-B", 15)
        c.drawString(LM, H - 11 * mm, "FICHE REPÈRE n° 9")
        c.setFont("DV", 9.5)
        c.drawString(LM, H - 17.5 * mm, "Les associations et leurs partenaires — ce que disent les chiffres")
        c.setFont("DV-B", 9)
        c.drawRightString(W - RM, H - 11 * mm, "Observatoire des partenariats")
        c.setFillColor(GREY)
        c.setFont("DV", 7.5)
        c.drawString(LM, 10 * mm, "Fiche Repère n° 9 · Le RAMEAU · mise à jour de travail")
        c.setFont("DV-B", 9)
        c.setFillColor(OCHRE)
        c.drawRightString(W - RM, 10 * mm, "Repère %d/4" % (d.page + 1))
        c.restoreState()

    doc = BaseDocTemplate(path, pagesize=A4, leftMargin=LM, rightMargin=RM,
                          topMargin=TM, bottomMargin=BM)
    meta(doc, "Fiche Repère n° 9 — Les associations et leurs partenaires", "Fiche Repère")
    doc.addPageTemplates([PageTemplate("p", [Frame(LM, BM, fw, H - TM - BM)], onPage=deco)])
    HO = style("ho", size=12, font="DV-B", color=OCHRE, before=6, after=4)
    s = []

    # page 1 (Repère 2/4)
    s.append(P("1. L’enquête « Associations &amp; Partenariats » (mars 2017)", HO))
    s.append(P("Publiée en mars 2017 par Recherches &amp; Solidarités et Le RAMEAU, cette enquête "
               "a été menée en mai et juin 2016 auprès de plus de 1 380 responsables "
               "associatifs."))
    s.append(keybox([("2,5", "partenaires en moyenne par association"),
                     ("1 380", "responsables associatifs interrogés (au moins)"),
                     ("mai-juin 2016", "période de l’enquête")], fw))
    s.append(Spacer(1, 8))
    s.append(P("Tableau A — Partenaires cités par les associations (enquête 2016-2017)", H3))
    s.append(table([
        ["Catégorie de partenaire", "Part des associations"],
        ["Collectivités", "74 %"],
        ["Autres associations ou fondations", "72 %"],
        ["Établissements d’enseignement", "47 %"],
        ["Entreprises", "28 %"],
        ["Structures d’insertion", "22 %"],
        ["Organismes de recherche", "9 %"],
    ], [fw * 0.65, fw * 0.35], head_bg=OCHRE, zebra=LIGHT2))
    s.append(Spacer(1, 6))
    s.append(P("À ne pas confondre : l’étude IMPACT – Associations &amp; Territoires, qui porte "
               "sur les seules associations employeuses, mesure une part bien plus élevée de "
               "partenariats avec les collectivités."))
    s.append(PageBreak())

    # page 2 (Repère 3/4)
    s.append(P("2. La taille compte", HO))
    s.append(P("Le partenariat avec une entreprise dépend fortement du budget de l’association :"))
    s.append(keybox([("50 %", "des associations dont le budget dépasse 150 000 € ont un partenariat avec une entreprise"),
                     ("20 %", "des associations dont le budget est inférieur à 10 000 € sont dans ce cas")],
                    fw))
    s.append(Spacer(1, 8))
    s.append(P("3. La note du 29 février 2016", HO))
    s.append(P("La note sur les modèles de co-construction, datée du 29 février 2016, mesure "
               "la diffusion des partenariats dans chaque univers :"))
    s.extend(bullets([
        "37 % des entreprises de 10 salariés et plus ;",
        "38 % des associations, et 53 % des associations employeuses ;",
        "65 % des « pionniers ».",
    ]))
    s.append(encadre("Lecture", [P("Les 38 % concernent l’ensemble des associations ; la part "
                                   "monte à 53 % lorsque l’on ne retient que celles qui "
                                   "emploient des salariés.", BODY_S)], fw, bg=LIGHT2, edge=OCHRE))
    s.append(PageBreak())

    # page 3 (Repère 4/4)
    s.append(P("4. Glossaire", HO))
    gl = [
        ["Terme", "Définition"],
        ["Observatoire des partenariats", "Dispositif d’études créé en 2008 par la Caisse des Dépôts et "
         "Le RAMEAU, avec le MEDEF et le Mouvement associatif, pour mesurer les alliances entre "
         "acteurs."],
        ["Catalyseur territorial", "Acteur local capable de réunir les organisations d’un territoire "
         "autour d’un projet commun ; le Fonds ODD 17 en vise 350."],
        ["Fiche acteur", "Synthèse consacrée à une famille d’acteurs, par exemple « Dynamique "
         "d’engagement des Fondations »."],
        ["Fiche-repère", "Synthèse thématique courte, comme « Les dynamiques d’engagement des "
         "Collectivités territoriales », issue de l’étude IMPACT-Elus locaux de novembre 2020."],
        ["ODD 17", "Objectif de développement durable consacré aux partenariats, décliné en 19 cibles."],
    ]
    s.append(table(gl, [48 * mm, fw - 48 * mm], head_bg=OCHRE, zebra=LIGHT2))
    s.append(Spacer(1, 8))
    s.append(P("5. Sources de la fiche", HO))
    s.extend(bullets([
        "Recherches &amp; Solidarités et Le RAMEAU, « Associations &amp; Partenariats », mars 2017.",
        "Observatoire des partenariats, note sur les modèles de co-construction, 29 février 2016.",
        "Le RAMEAU, étude IMPACT – Associations &amp; Territoires.",
    ]))
    doc.build(s)


DOCS = [
    ("01-rapport-synthese-programmes", doc01),
    ("02-bulletin-veille-n27", doc02),
    ("03-diaporama-associations-elus", doc03),
    ("04-entretien-alliance", doc04),
    ("05-fiche-repere-associations", doc05),
]

if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    for stem, fn in DOCS:
        p = os.path.join(OUT, "obs-%s-%s.pdf" % (PREFIX, stem))
        fn(p)
        print(p)
