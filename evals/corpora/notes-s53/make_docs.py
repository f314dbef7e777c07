#!/usr/bin/env python3
"""Deterministic generator of the five blind-test PDFs (prefix s53).

Usage: /work/main/.venv/bin/python make_docs.py [OUTPUT_DIR]
(default OUTPUT_DIR = the folder of this script).

All content is written from /work/shared/facts.md (figures carried over, wording new).
reportlab with rl_config.invariant = 1, DejaVu Sans, left-aligned text, no hyphenation.
Every document is laid out page by page (explicit PageBreak); the script checks the
final page count so that an overflow never shifts content to another page silently.
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
from reportlab.lib.fonts import addMapping
from reportlab.platypus import (BaseDocTemplate, Frame, FrameBreak, KeepTogether,
                                NextPageTemplate, PageBreak, PageTemplate, Paragraph,
                                Spacer, Table, TableStyle)
from reportlab.platypus.flowables import Flowable, HRFlowable

FONT_DIR = "/usr/share/fonts/truetype/dejavu"
pdfmetrics.registerFont(TTFont("DV", os.path.join(FONT_DIR, "DejaVuSans.ttf")))
pdfmetrics.registerFont(TTFont("DVB", os.path.join(FONT_DIR, "DejaVuSans-Bold.ttf")))
pdfmetrics.registerFont(TTFont("DVI", os.path.join(FONT_DIR, "DejaVuSans-Oblique.ttf")))
pdfmetrics.registerFont(TTFont("DVBI", os.path.join(FONT_DIR, "DejaVuSans-BoldOblique.ttf")))
addMapping("DV", 0, 0, "DV")
addMapping("DV", 1, 0, "DVB")
addMapping("DV", 0, 1, "DVI")
addMapping("DV", 1, 1, "DVBI")


# --------------------------------------------------------------------------- styles
def style(name, size=9.5, leading=None, font="DV", color=colors.black, before=0, after=4,
          left=0, bullet_indent=0):
    return ParagraphStyle(
        name, fontName=font, fontSize=size, leading=leading or size * 1.38,
        textColor=color, alignment=TA_LEFT, spaceBefore=before, spaceAfter=after,
        leftIndent=left, bulletIndent=bullet_indent, bulletFontName="DV",
        hyphenationLang="", embeddedHyphenation=0, splitLongWords=0)


BODY = style("body")
BODY_S = style("body_s", 8.6)
SMALL = style("small", 7.6, color=colors.HexColor("#444444"))
FOOT = style("foot", 7.2, color=colors.HexColor("#333333"), after=2)
BUL = style("bul", 9.2, left=11, bullet_indent=2, after=2)
BUL_S = style("bul_s", 8.4, left=10, bullet_indent=1, after=2)
H1 = style("h1", 17, 21, "DVB", colors.HexColor("#123d4a"), after=6)
H2 = style("h2", 12, 15, "DVB", colors.HexColor("#1d6b73"), before=6, after=4)
H3 = style("h3", 10, 13, "DVB", colors.HexColor("#7a3b12"), before=4, after=3)
CELL = style("cell", 8.2, after=0)
CELL_B = style("cell_b", 8.2, font="DVB", after=0)
CELL_W = style("cell_w", 8.2, font="DVB", color=colors.white, after=0)
BIG = style("big", 22, 25, "DVB", colors.HexColor("#b5461b"), after=1)
BIG_W = style("big_w", 24, 27, "DVB", colors.white, after=1)
LAB = style("lab", 8.2, after=0)
LAB_W = style("lab_w", 8.6, color=colors.white, after=0)

# slide styles (960 x 540 pt page)
S_TITLE = style("s_title", 26, 31, "DVB", colors.HexColor("#0f3c59"), after=8)
S_SUB = style("s_sub", 15, 20, "DV", colors.HexColor("#345"), after=6)
S_BODY = style("s_body", 14, 19, after=6)
S_BUL = style("s_bul", 14, 19, left=18, bullet_indent=4, after=5)
S_CELL = style("s_cell", 12.5, 16, after=0)
S_CELL_B = style("s_cell_b", 12.5, 16, "DVB", after=0)
S_CELL_W = style("s_cell_w", 12.5, 16, "DVB", colors.white, after=0)
S_BIG = style("s_big", 44, 50, "DVB", colors.HexColor("#c0392b"), after=2)
S_LAB = style("s_lab", 14, 19, after=0)
S_NOTE = style("s_note", 10.5, 14, "DVI", colors.HexColor("#555555"), after=0)


def P(text, st=BODY):
    return Paragraph(text, st)


def bullets(items, st=BUL):
    return [Paragraph(t, st, bulletText="•") for t in items]


def grid_table(rows, widths, header_bg="#1d6b73", zebra="#eef5f5", st=CELL, st_h=CELL_W,
               first_col_bold=False, font_size=None):
    data = []
    for i, row in enumerate(rows):
        cells = []
        for j, c in enumerate(row):
            if i == 0:
                cells.append(Paragraph(c, st_h))
            elif j == 0 and first_col_bold:
                cells.append(Paragraph(c, CELL_B if st is CELL else S_CELL_B))
            else:
                cells.append(Paragraph(c, st))
        data.append(cells)
    t = Table(data, colWidths=widths, hAlign="LEFT")
    cmds = [
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor(header_bg)),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#9bb")),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    for i in range(1, len(rows)):
        if i % 2 == 0:
            cmds.append(("BACKGROUND", (0, i), (-1, i), colors.HexColor(zebra)))
    t.setStyle(TableStyle(cmds))
    return t


def keybox(number, label, width, bg="#fbeee6", border="#b5461b", big=BIG, lab=LAB):
    t = Table([[Paragraph(number, big)], [Paragraph(label, lab)]], colWidths=[width], hAlign="LEFT")
    t.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor(bg)),
        ("BOX", (0, 0), (-1, -1), 1.2, colors.HexColor(border)),
        ("LEFTPADDING", (0, 0), (-1, -1), 7),
        ("RIGHTPADDING", (0, 0), (-1, -1), 7),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
    ]))
    return t


def keyrow(boxes, width, gap=6):
    n = len(boxes)
    w = (width - gap * (n - 1)) / n
    cells = []
    widths = []
    for i, (num, lab) in enumerate(boxes):
        cells.append(keybox(num, lab, w))
        widths.append(w)
        if i < n - 1:
            cells.append("")
            widths.append(gap)
    t = Table([cells], colWidths=widths, hAlign="LEFT")
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("LEFTPADDING", (0, 0), (-1, -1), 0),
                           ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    return t


def encadre(flowables, width, bg="#f3f0e6", border="#8a7a3c"):
    t = Table([[f] for f in flowables], colWidths=[width], hAlign="LEFT")
    t.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor(bg)),
        ("BOX", (0, 0), (-1, -1), 0.8, colors.HexColor(border)),
        ("LEFTPADDING", (0, 0), (-1, -1), 8),
        ("RIGHTPADDING", (0, 0), (-1, -1), 8),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]))
    return t


def banner(lines, width, bg="#123d4a"):
    """lines: list of (text, style)."""
    t = Table([[Paragraph(x, s)] for x, s in lines], colWidths=[width], hAlign="LEFT")
    t.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor(bg)),
        ("LEFTPADDING", (0, 0), (-1, -1), 10),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]))
    return t


class FootBlock(Flowable):
    """Footnotes pushed to the bottom of the current frame (takes all remaining height)."""

    def __init__(self, notes, width):
        Flowable.__init__(self)
        self.paras = [Paragraph("<super>%s</super> %s" % (n, x), FOOT) for n, x in notes]
        self.width = width
        self.rule_w = width * 0.35

    def wrap(self, aw, ah):
        self.sizes = [p.wrap(aw, ah) for p in self.paras]
        self.inner = sum(h for _, h in self.sizes) + 2 * len(self.paras) + 8
        self.height = max(ah, self.inner)
        return aw, self.height

    def draw(self):
        c = self.canv
        y = self.inner
        c.saveState()
        c.setStrokeColor(colors.grey)
        c.setLineWidth(0.6)
        c.line(0, y - 2, self.rule_w, y - 2)
        c.restoreState()
        y -= 6
        for p, (_, h) in zip(self.paras, self.sizes):
            y -= h
            p.drawOn(c, 0, y)
            y -= 2


def footnotes(notes, width):
    return [Spacer(1, 6), FootBlock(notes, width)]


def build(path, templates, story, expected_pages, pagesize=A4, title="", subject=""):
    doc = BaseDocTemplate(path, pagesize=pagesize, pageTemplates=templates,
                          title=title, author="Observatoire des partenariats",
                          subject=subject, creator="make_docs.py (s53)",
                          leftMargin=0, rightMargin=0, topMargin=0, bottomMargin=0)
    doc.build(story)
    from pypdf import PdfReader
    n = len(PdfReader(path).pages)
    if n != expected_pages:
        raise SystemExit("%s: %d pages, expected %d (overflow?)" % (path, n, expected_pages))
    return n


W, H = A4
MARG = 18 * mm
TEXT_W = W - 2 * MARG


# =========================================================================== DOC 1
def doc1(out):
    """Fiche Repère, A4 portrait, 4 pages, printed pages 7-10."""
    path = os.path.join(out, "obs-s53-01-fiche-repere-collectivites.pdf")
    OFFSET = 6

    def deco(c, d):
        c.saveState()
        c.setFillColor(colors.HexColor("#1d6b73"))
        c.rect(0, H - 11 * mm, W, 11 * mm, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("DVB", 8)
        c.drawString(MARG, H - 7 * mm, "OBSERVATOIRE DES PARTENARIATS")
        c.setFont("DV", 8)
        c.drawRightString(W - MARG, H - 7 * mm, "Collection Repères · Collectivités territoriales")
        c.setStrokeColor(colors.HexColor("#1d6b73"))
        c.setLineWidth(0.6)
        c.line(MARG, 14 * mm, W - MARG, 14 * mm)
        c.setFillColor(colors.HexColor("#444444"))
        c.setFont("DV", 7.5)
        c.drawString(MARG, 9.5 * mm, "Fiche Repère n° 3 — Les dynamiques d'engagement des collectivités territoriales")
        c.setFont("DVB", 9)
        c.drawRightString(W - MARG, 9.5 * mm, "p. %d" % (d.page + OFFSET))
        c.restoreState()

    frame = Frame(MARG, 20 * mm, TEXT_W, H - 20 * mm - 17 * mm, id="f", leftPadding=0,
                  rightPadding=0, topPadding=0, bottomPadding=0)
    tpl = PageTemplate("p", [frame], onPage=deco)
    s = []
    # ---- page 1
    s.append(banner([
        ("FICHE REPÈRE", style("b1", 9, font="DVB", color=colors.HexColor("#9fd8d8"))),
        ("Les dynamiques d'engagement des collectivités territoriales",
         style("b2", 17, 21, "DVB", colors.white)),
        ("Une fiche issue de l'étude IMPACT-Élus locaux, réalisée en novembre 2020 par Comisis-OpinionWay",
         style("b3", 9, color=colors.white)),
    ], TEXT_W))
    s.append(Spacer(1, 8))
    s.append(P("Pourquoi cette fiche ? Les maires et leurs équipes sont en première ligne quand il s'agit "
               "de faire travailler ensemble associations, entreprises, établissements scolaires et services "
               "de l'État. Cette fiche rassemble, en quelques pages, ce que les travaux de l'Observatoire des "
               "partenariats permettent d'affirmer sur la manière dont les collectivités territoriales "
               "s'engagent dans la co-construction. Elle s'appuie principalement sur l'étude IMPACT-Élus "
               "locaux et la situe dans une série de mesures commencée avec le programme ARPEA."))
    s.append(P("Trois repères pour commencer", H2))
    s.append(keyrow([
        ("92 %", "des maires reconnaissent l'utilité de la co-construction pour leur territoire"),
        ("64 %", "des élus locaux disent vouloir s'appuyer sur le « jouer collectif »"),
        ("76 %", "des maires considèrent leur territoire comme engagé, mais 46 % ne savent pas comment piloter la démarche"),
    ], TEXT_W))
    s.append(P("Sources : repères présentés lors des dîners « Élus & Entreprises » (92 % et 64 %) ; "
               "synthèse du programme IMPACT (76 % et 46 %).", SMALL))
    s.append(P("Ce qu'il faut retenir", H2))
    s += bullets([
        "La conviction est acquise : une large majorité d'élus voit dans l'alliance un levier pour son territoire.",
        "Le besoin porte sur la méthode : près d'un maire sur deux déclare ne pas savoir piloter une démarche de co-construction.",
        "Les petites communes sont au cœur du sujet : elles fournissent l'essentiel des réponses de la vague 2024 (voir p. 9).",
        "Des démarches outillées existent déjà et ont été testées dans des territoires pilotes (voir p. 10).",
    ])
    s.append(Spacer(1, 6))
    s.append(encadre([
        P("Comment lire cette fiche", H3),
        P("Chaque chiffre est rattaché à une étude, à une population et à une date. Un même pourcentage "
          "peut désigner des publics différents d'une étude à l'autre : vérifiez toujours la source "
          "indiquée sous le tableau ou l'encadré.", BODY_S),
    ], TEXT_W))
    s.append(PageBreak())
    # ---- page 2
    s.append(P("1. Dix ans de mesures auprès des élus", H1))
    s.append(P("Depuis la fin des années 2000, l'Observatoire interroge régulièrement les élus sur leurs "
               "relations avec les autres acteurs du territoire. Les études n'ont ni la même population ni "
               "la même question : le tableau ci-dessous les replace côte à côte."))
    s.append(grid_table([
        ["Étude", "Date", "Population", "Ce qui est mesuré", "Résultat"],
        ["ARPEA-Collectivités locales (Comisis-OpinionWay)", "programme ARPEA 2008-2012", "collectivités locales",
         "état des relations partenariales", "a conduit à lancer « Agir ensemble en Territoire »"],
        ["PHARE-Institutions", "publiée le 29 novembre 2016", "maires",
         "partenariats perçus comme source d'innovation", "87 % ; 5 profils de maires"],
        ["Programme IMPACT (synthèse)", "2018-2022", "maires",
         "territoire jugé engagé / sait piloter la démarche", "76 % engagé ; 46 % ne savent pas piloter"],
        ["IMPACT-Élus locaux (Comisis-OpinionWay)", "novembre 2020", "élus locaux",
         "dynamiques d'engagement des collectivités", "base de la présente fiche"],
        ["Plaidoyer pour le droit de l'alliance", "non datée", "maires",
         "« besoin d'alliance »", "92 %"],
        ["IMPACTS & TRAJECTOIRES – Élus locaux", "novembre 2024", "302 maires",
         "territoire perçu « en mouvement »", "91 %"],
    ], [38 * mm, 30 * mm, 25 * mm, 44 * mm, TEXT_W - 137 * mm], first_col_bold=True))
    s.append(Spacer(1, 8))
    s.append(P("Cinq profils de maires", H2))
    s.append(P("PHARE-Institutions ne s'est pas contenté d'un pourcentage : l'étude a construit une "
               "typologie qui distingue 5 profils de maires selon leur manière d'aborder les alliances. "
               "Le détail de ces profils n'est pas repris dans la présente fiche."))
    s.append(encadre([
        P("Attention aux homonymies chiffrées", H3),
        P("La valeur 92 % revient deux fois : elle mesure tantôt le « besoin d'alliance » exprimé par les "
          "maires, tantôt la part de maires qui reconnaissent l'utilité de la co-construction. La valeur "
          "87 % concerne les maires interrogés par PHARE-Institutions ; elle ne doit pas être confondue "
          "avec les résultats obtenus auprès des dirigeants d'entreprise ou des responsables associatifs.", BODY_S),
    ], TEXT_W))
    s.append(PageBreak())
    # ---- page 3
    s.append(P("2. Zoom : IMPACTS & TRAJECTOIRES – Élus locaux (novembre 2024)", H1))
    s.append(P("La vague publiée en novembre 2024 arrive quatre ans après l'étude IMPACT-Élus locaux. "
               "Elle a été conduite uniquement auprès de maires."))
    meth = grid_table([
        ["Fiche technique", ""],
        ["Échantillon", "302 maires"],
        ["Mode de recueil", "entretiens par téléphone"],
        ["Terrain", "du 30 septembre au 28 octobre 2024"],
        ["Profil des communes", "84 % des répondants sont maires d'une commune de moins de 2 000 habitants"],
    ], [40 * mm, 60 * mm], header_bg="#7a3b12", zebra="#f7efe8", first_col_bold=True)
    big = keybox("91 %", "des maires estiment que leur territoire est « en mouvement » : "
                 "35 % le disent fortement en mouvement, 56 % ni plus ni moins", TEXT_W - 108 * mm)
    row = Table([[meth, "", big]], colWidths=[100 * mm, 8 * mm, TEXT_W - 108 * mm], hAlign="LEFT")
    row.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                             ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    s.append(row)
    s.append(Spacer(1, 8))
    s.append(P("Répartition des réponses", H2))
    bar = grid_table([
        ["Perception du territoire", "Part des maires", "Lecture"],
        ["Fortement en mouvement", "35 %", "un maire sur trois environ"],
        ["Ni plus ni moins en mouvement", "56 %", "la majorité des répondants"],
        ["Total « en mouvement »", "91 %", "somme des deux lignes précédentes"],
    ], [60 * mm, 30 * mm, TEXT_W - 90 * mm], first_col_bold=True)
    s.append(bar)
    s.append(Spacer(1, 6))
    s.append(P("Ce que l'on peut en dire", H2))
    s += bullets([
        "La perception d'un territoire qui bouge est presque unanime, mais elle reste le plus souvent modérée.",
        "Le résultat décrit avant tout la France des petites communes, compte tenu de la composition de l'échantillon.",
        "Le recueil par téléphone est à garder en tête avant toute comparaison avec une enquête menée en ligne.",
    ])
    s.append(P("Ce zoom ne donne pas de résultats par région ni par département : l'échantillon n'a pas été "
               "construit pour cela.", SMALL))
    s.append(PageBreak())
    # ---- page 4
    s.append(P("3. Passer à l'action : deux démarches de référence", H1))
    s.append(P("« Agir ensemble en Territoire »", H2))
    s.append(P("La démarche a été initiée en 2010, à la suite de l'étude ARPEA-Collectivités locales menée "
               "avec Comisis-OpinionWay. Son principe : partir des besoins du territoire et réunir autour "
               "de la table tous ceux qui peuvent y répondre. Elle a d'abord été expérimentée dans trois "
               "territoires pilotes."))
    s.append(grid_table([
        ["Territoire pilote", "Acteur qui a porté l'expérimentation"],
        ["Alsace", "Alsace Active"],
        ["Poitou-Charentes", "Groupe La Poste"],
        ["Paris-Est Marne & Bois", "acteurs du territoire réunis localement"],
    ], [60 * mm, TEXT_W - 60 * mm], first_col_bold=True))
    s.append(Spacer(1, 6))
    s.append(P("Le parcours d'expérience CGET – Le RAMEAU", H2))
    s.append(P("Le Commissariat général à l'égalité des territoires (CGET) et Le RAMEAU ont lancé ensemble "
               "une expérimentation sur la co-construction territoriale sous la forme d'un parcours "
               "d'expérience."))
    s.append(keyrow([
        ("11 territoires", "pionniers engagés dans le parcours"),
        ("18 mois", "durée du parcours d'expérience"),
        ("3 mai", "date de la première session"),
    ], TEXT_W))
    s.append(Spacer(1, 6))
    s.append(encadre([
        P("Deux décomptes", H3),
        P("Une autre présentation de la même expérimentation parle du « CGET et 10 territoires pilotes ». "
          "Les sources ne disent pas d'où vient l'écart entre 11 et 10 territoires.", BODY_S),
    ], TEXT_W))
    s.append(Spacer(1, 6))
    s.append(P("Pour aller plus loin", H3))
    s += bullets([
        "Fiche acteur « Dynamique d'engagement des Fondations » (collection Repères).",
        "Rapports régionaux de l'Observatoire des partenariats.",
    ], BUL_S)
    build(path, [tpl], s, 4, title="Fiche Repère n° 3 — Collectivités territoriales",
          subject="Observatoire des partenariats")


# =========================================================================== DOC 2
def doc2(out):
    """Bulletin de veille, A4, two columns, 4 pages, printed pages 21-24."""
    path = os.path.join(out, "obs-s53-02-bulletin-veille-fondations.pdf")
    OFFSET = 20
    GAP = 7 * mm
    COL_W = (TEXT_W - GAP) / 2

    def deco(c, d, first=False):
        c.saveState()
        if first:
            c.setFillColor(colors.HexColor("#5b2a6e"))
            c.rect(0, H - 42 * mm, W, 42 * mm, stroke=0, fill=1)
            c.setFillColor(colors.white)
            c.setFont("DVB", 24)
            c.drawString(MARG, H - 20 * mm, "VEILLE PARTENARIALE")
            c.setFont("DV", 11)
            c.drawString(MARG, H - 28 * mm, "Bulletin n° 14 · Fondations, fonds et territoires")
            c.setFont("DV", 8)
            c.drawString(MARG, H - 35 * mm, "Une sélection de l'Observatoire des partenariats — diffusion interne et partenaires")
        else:
            c.setFillColor(colors.HexColor("#5b2a6e"))
            c.setFont("DVB", 8)
            c.drawString(MARG, H - 10 * mm, "VEILLE PARTENARIALE · n° 14")
            c.setFont("DV", 8)
            c.drawRightString(W - MARG, H - 10 * mm, "Fondations, fonds et territoires")
            c.setStrokeColor(colors.HexColor("#5b2a6e"))
            c.line(MARG, H - 12 * mm, W - MARG, H - 12 * mm)
        c.setStrokeColor(colors.HexColor("#cccccc"))
        c.line(MARG + COL_W + GAP / 2, 20 * mm, MARG + COL_W + GAP / 2, H - (46 if first else 16) * mm)
        c.setFillColor(colors.HexColor("#444444"))
        c.setFont("DV", 7.5)
        c.drawString(MARG, 10 * mm, "Observatoire des partenariats — Bulletin de veille n° 14")
        c.setFont("DVB", 9)
        c.drawRightString(W - MARG, 10 * mm, "%d" % (d.page + OFFSET))
        c.restoreState()

    top1 = H - 48 * mm
    top = H - 18 * mm
    bottom = 18 * mm

    def frames(topy, tag):
        return [Frame(MARG, bottom, COL_W, topy - bottom, id=tag + "L", leftPadding=0, rightPadding=0,
                      topPadding=0, bottomPadding=0),
                Frame(MARG + COL_W + GAP, bottom, COL_W, topy - bottom, id=tag + "R", leftPadding=0,
                      rightPadding=0, topPadding=0, bottomPadding=0)]

    t_first = PageTemplate("first", frames(top1, "a"), onPage=lambda c, d: deco(c, d, True))
    t_next = PageTemplate("next", frames(top, "b"), onPage=lambda c, d: deco(c, d, False))
    HV = style("hv", 12.5, 15.5, "DVB", colors.HexColor("#5b2a6e"), before=2, after=4)
    KIC = style("kic", 7.5, font="DVB", color=colors.HexColor("#b0306a"), after=1)
    s = [NextPageTemplate("next")]
    # ---- page 1, left column
    s.append(P("À LA UNE", KIC))
    s.append(P("Les fondations, catalyseurs des alliances territoriales", HV))
    s.append(P("L'étude IMPACT Fondations & Territoires a été publiée le 23 septembre. Elle repose sur "
               "l'interrogation de 42 fondations et s'intéresse à la façon dont elles soutiennent, "
               "financent et parfois animent des dynamiques de coopération à l'échelle locale.", BODY_S))
    s.append(keybox("42", "fondations interrogées pour l'étude IMPACT Fondations & Territoires", COL_W))
    s.append(Spacer(1, 5))
    s.append(P("L'idée que retient la rédaction : une fondation peut être davantage qu'un financeur, "
               "en jouant un rôle de tiers entre associations, entreprises et collectivités.", BODY_S))
    s.append(P("Pour prolonger l'analyse, la fiche acteur « Dynamique d'engagement des Fondations » "
               "propose une lecture synthétique. Trois pistes de lecture proposées par la rédaction :", BODY_S))
    s += bullets([
        "Financer l'expérimentation avant la généralisation ;",
        "Outiller les acteurs locaux ;",
        "Partager les enseignements entre territoires.",
    ], BUL_S)
    s.append(FrameBreak())
    # ---- page 1, right column
    s.append(P("INSTRUMENT", KIC))
    s.append(P("Le Fonds ODD 17, trois ans pour expérimenter", HV))
    s.append(P("Le Fonds ODD 17 a été co-créé en 2020 par Le RAMEAU et la Fondation TotalEnergies. Il "
               "est doté de 1,5 M€ pour une expérimentation menée sur trois ans. Il s'appuie sur des "
               "relais présents dans les territoires.", BODY_S))
    s.append(keybox("1,5 M€", "de dotation pour une expérimentation sur 3 ans", COL_W))
    s.append(Spacer(1, 4))
    s.append(keybox("350", "« catalyseurs territoriaux » mobilisés par le Fonds ODD 17", COL_W,
                    bg="#efe7f3", border="#5b2a6e"))
    s.append(Spacer(1, 5))
    s.append(P("Ces catalyseurs territoriaux sont les relais locaux de la démarche. Le bilan de "
               "l'expérimentation dira si elle mérite d'être étendue.", BODY_S))
    s.append(PageBreak())
    # ---- page 2, left
    s.append(P("DOSSIER", KIC))
    s.append(P("Fondation des Territoires : quatre ans de préfiguration", HV))
    s.append(P("Avant d'exister juridiquement, la Fondation des Territoires a connu une longue phase de "
               "préfiguration, lancée en juillet 2018. Celle-ci s'est déroulée en trois étapes "
               "successives :", BODY_S))
    s.append(grid_table([
        ["Étape", "Période"],
        ["Étape 1", "juillet 2018 – juillet 2019"],
        ["Étape 2", "août 2019 – novembre 2020"],
        ["Étape 3", "décembre 2020 – mai 2022"],
    ], [20 * mm, COL_W - 20 * mm], header_bg="#5b2a6e", zebra="#f3edf6", first_col_bold=True))
    s.append(Spacer(1, 5))
    s.append(P("Chaque étape a élargi le cercle des acteurs associés au projet, des premiers soutiens aux "
               "futurs co-fondateurs, en passant par des territoires d'expérimentation.", BODY_S))
    s.append(FrameBreak())
    # ---- page 2, right
    s.append(P("Une naissance en juin 2022", HV))
    s.append(P("La Fondation des Territoires a été créée le 14 juin 2022, sous l'égide de la Fondation de "
               "Lille. Elle rassemble 21 co-fondateurs et s'est fixé trois missions au service des "
               "alliances d'intérêt général dans les territoires.", BODY_S))
    s.append(keybox("21 co-fondateurs", "à la création, le 14 juin 2022", COL_W, bg="#efe7f3", border="#5b2a6e"))
    s.append(Spacer(1, 5))
    s.append(P("Statut : fondation abritée. Le détail des trois missions et la liste des co-fondateurs "
               "seront présentés dans un prochain numéro.", BODY_S))
    s.append(P("À suivre dans un prochain numéro : le premier bilan d'activité de la Fondation.", SMALL))
    s.append(PageBreak())
    # ---- page 3, left
    s.append(P("OUTIL", KIC))
    s.append(P("La Charte du faire alliance", HV))
    s.append(P("Fruit de trois mois de co-construction pilotés par la Fondation des Territoires, la Charte "
               "du faire alliance a été dévoilée le 30 novembre 2021, jour du Giving Tuesday, à "
               "Saint-Maurice, sur le territoire de Paris-Est Marne & Bois, lors de la soirée VitaWin. "
               "Ses signataires la présentent comme un « contrat de confiance » entre acteurs qui "
               "décident d'agir ensemble.", BODY_S))
    s.append(encadre([
        P("Une date, deux versions", H3),
        P("L'annonce publiée sur le site associations.gouv.fr situait l'événement au « mardi 30 "
          "septembre ». Les comptes rendus de la soirée retiennent le 30 novembre 2021, date du Giving "
          "Tuesday.", FOOT),
    ], COL_W))
    s.append(Spacer(1, 4))
    s.append(P("La charte prolonge la démarche « Agir ensemble en Territoire », dont Paris-Est Marne & Bois "
               "fut l'un des territoires pilotes.", BODY_S))
    s.append(FrameBreak())
    # ---- page 3, right
    s.append(P("DÉCRYPTAGE", KIC))
    s.append(P("ODD 17 : de l'objectif à la méthode", HV))
    s.append(P("L'objectif de développement durable n° 17, consacré aux partenariats, se décline en 19 "
               "cibles. La note du Comité 21 « ODD 17 : Sens, décryptages, déclinaisons », dévoilée le "
               "5 juillet, en propose une lecture accessible.", BODY_S))
    s.append(P("M.E.D.O.C., mode d'emploi", H3))
    s.append(P("Pour passer de l'intention à la pratique, la plateforme www.odd17.org organise ses "
               "ressources selon l'acronyme M.E.D.O.C. :", BODY_S))
    s += bullets(["<b>M</b>éthodes", "<b>E</b>xemples", "<b>D</b>onnées", "<b>O</b>utils", "<b>C</b>ompétences"], BUL_S)
    s.append(P("Autrement dit : Méthodes, Exemples, Données, Outils, Compétences.", BODY_S))
    s.append(PageBreak())
    # ---- page 4, left
    s.append(P("AGENDA", KIC))
    s.append(P("Les rendez-vous de novembre", HV))
    s.append(grid_table([
        ["Date", "Rendez-vous"],
        ["15 nov.", "Parution du dossier JURIS Associations n° 628"],
        ["23 nov.", "3e dîner « Élus & Entreprises »"],
        ["26 nov.", "Publication du 11e rapport régional de l'Observatoire des partenariats : Normandie"],
        ["26 nov.", "5e webinaire « l'ODD 17 en pratique »"],
    ], [16 * mm, COL_W - 16 * mm], header_bg="#5b2a6e", zebra="#f3edf6", first_col_bold=True))
    s.append(Spacer(1, 5))
    s.append(P("Le rapport régional consacré à la Normandie est le onzième de la série. Il dresse l'état des "
               "lieux des partenariats sur le territoire régional.", BODY_S))
    s.append(FrameBreak())
    # ---- page 4, right
    s.append(P("LE SAVIEZ-VOUS ?", KIC))
    s.append(P("Le RAMEAU en trois chiffres", HV))
    s.append(keybox("2006", "année de création du RAMEAU", COL_W, bg="#efe7f3", border="#5b2a6e"))
    s.append(Spacer(1, 4))
    s.append(keybox("+ de 500", "organisations accompagnées dans des expérimentations depuis 2006", COL_W))
    s.append(Spacer(1, 4))
    s.append(keybox("+ de 1 000", "exemples inspirants recensés", COL_W, bg="#efe7f3", border="#5b2a6e"))
    s.append(Spacer(1, 5))
    s.append(P("Prochain numéro : les fondations territoriales et les fonds de dotation locaux.", SMALL))
    build(path, [t_first, t_next], s, 4, title="Veille partenariale n° 14 — Fondations, fonds et territoires",
          subject="Bulletin de veille")


# =========================================================================== DOC 3
def doc3(out):
    """Rapport d'étude (chapitre), A4, 5 pages, printed 41-45, footnotes, tables."""
    path = os.path.join(out, "obs-s53-03-rapport-engagement-entreprises.pdf")
    OFFSET = 40

    def deco(c, d):
        c.saveState()
        c.setFont("DVI", 7.8)
        c.setFillColor(colors.HexColor("#555555"))
        if d.page % 2:
            c.drawRightString(W - MARG, H - 11 * mm, "Rapport d'étude · Alliances et territoires")
        else:
            c.drawString(MARG, H - 11 * mm, "Observatoire des partenariats")
        c.setStrokeColor(colors.HexColor("#999999"))
        c.setLineWidth(0.4)
        c.line(MARG, H - 13 * mm, W - MARG, H - 13 * mm)
        c.line(MARG, 15 * mm, W - MARG, 15 * mm)
        c.setFont("DV", 7.5)
        c.drawString(MARG, 10 * mm, "Chapitre 3 — L'engagement des entreprises")
        c.setFont("DVB", 10)
        c.drawRightString(W - MARG, 10 * mm, "%d" % (d.page + OFFSET))
        c.restoreState()

    frame = Frame(MARG, 19 * mm, TEXT_W, H - 19 * mm - 17 * mm, leftPadding=0, rightPadding=0,
                  topPadding=0, bottomPadding=0)
    tpl = PageTemplate("p", [frame], onPage=deco)
    s = []
    # ---- page 1
    s.append(banner([
        ("CHAPITRE 3", style("c1", 9, font="DVB", color=colors.HexColor("#f2c9a0"))),
        ("L'engagement des entreprises dans les alliances territoriales",
         style("c2", 18, 22, "DVB", colors.white)),
    ], TEXT_W, bg="#7a3b12"))
    s.append(Spacer(1, 8))
    s.append(P("Longtemps cantonnée au mécénat, la relation entre entreprises et acteurs d'intérêt général "
               "a changé de nature. Ce chapitre retrace cette évolution à partir des études de "
               "l'Observatoire des partenariats : d'abord une pratique minoritaire, puis une envie "
               "largement partagée, enfin une attente forte de méthode et de mesure."))
    s.append(P("Trois « appétits » d'alliance", H2))
    s.append(keyrow([
        ("81 %", "des Français ressentent un « devoir d'alliance »"),
        ("92 %", "des maires expriment un « besoin d'alliance »"),
        ("84 %", "des dirigeants d'entreprises ont une « envie d'alliance »"),
    ], TEXT_W))
    s.append(P("Chiffres mis en avant dans le plaidoyer pour la reconnaissance d'un droit de l'alliance "
               "d'intérêt général.", SMALL))
    s.append(P("Plan du chapitre", H2))
    s += bullets([
        "3.1 D'une pratique minoritaire à une pratique établie (p. 42)",
        "3.2 Ce que les dirigeants attendent des alliances (p. 43)",
        "3.3 Vu des associations : l'entreprise, un partenaire parmi d'autres (p. 44)",
        "3.4 Mesurer l'impact : le programme IMPACT (p. 45)",
    ])
    s.append(Spacer(1, 4))
    s.append(encadre([
        P("Méthode", H3),
        P("Les chiffres cités proviennent d'enquêtes différentes, menées à des dates et auprès de "
          "populations différentes (entreprises, dirigeants, associations, citoyens, maires). Ils ne "
          "s'additionnent pas et ne se comparent qu'avec prudence.", BODY_S),
    ], TEXT_W))
    s.append(PageBreak())
    # ---- page 2
    s.append(P("3.1 D'une pratique minoritaire à une pratique établie", H1))
    s.append(P("L'étude ARPEA Entreprises & Territoires<super>1</super>, publiée en janvier 2011, a fourni "
               "la première photographie de l'engagement partenarial des entreprises. Le résultat est "
               "alors sans ambiguïté : seule une entreprise sur cinq environ développe des partenariats."))
    s.append(P("Tableau 3.1 — Les entreprises et les partenariats (ARPEA Entreprises & Territoires, janvier 2011)", H3))
    s.append(grid_table([
        ["Situation de l'entreprise", "Part des entreprises"],
        ["Développent des partenariats", "21 %"],
        ["Souhaitent en développer", "33 %"],
        ["Ne souhaitent pas en développer", "46 %"],
    ], [90 * mm, 40 * mm], header_bg="#7a3b12", zebra="#f7efe8", first_col_bold=True))
    s.append(Spacer(1, 6))
    s.append(P("Cinq ans plus tard, la note datée du 29 février 2016 sur les modèles de co-construction "
               "mesure une pratique nettement plus répandue, aussi bien du côté des entreprises que du "
               "côté des associations<super>2</super>."))
    s.append(P("Tableau 3.2 — Part des organisations ayant des partenariats (note du 29 février 2016)", H3))
    s.append(grid_table([
        ["Population", "Part ayant des partenariats"],
        ["Entreprises de 10 salariés et plus", "37 %"],
        ["Associations (ensemble)", "38 %"],
        ["dont associations employeuses", "53 %"],
        ["Pionniers", "65 %"],
    ], [90 * mm, 40 * mm], header_bg="#7a3b12", zebra="#f7efe8", first_col_bold=True))
    s.append(Spacer(1, 4))
    s.append(P("Lecture : en 2016, 37 % des entreprises de 10 salariés et plus déclarent au moins un "
               "partenariat avec une structure d'intérêt général."))
    s += footnotes([
        ("1", "Ce document de janvier 2011 présente l'Observatoire comme « créé en 2007 » ; les "
              "présentations plus récentes indiquent une création en 2008."),
        ("2", "La catégorie « pionniers » est reprise telle qu'elle figure dans la note."),
    ], TEXT_W)
    s.append(PageBreak())
    # ---- page 3
    s.append(P("3.2 Ce que les dirigeants attendent des alliances", H1))
    s.append(P("Les dirigeants d'entreprise partagent avec les autres acteurs l'idée que les partenariats "
               "font émerger des solutions nouvelles. Le tableau 3.3 compare les quatre populations "
               "interrogées par l'Observatoire<super>3</super>."))
    s.append(P("Tableau 3.3 — Les partenariats, source d'innovation : part des personnes d'accord", H3))
    s.append(grid_table([
        ["Population interrogée", "Part d'accord"],
        ["Français", "74 %"],
        ["Dirigeants d'entreprise", "81 %"],
        ["Responsables associatifs", "86 %"],
        ["Maires", "87 %"],
    ], [90 * mm, 40 * mm], header_bg="#7a3b12", zebra="#f7efe8", first_col_bold=True))
    s.append(Spacer(1, 6))
    s.append(P("Jouer collectif en sortie de crise", H2))
    s.append(P("Après la crise sanitaire, l'Observatoire a rassemblé les données disponibles pour éclairer "
               "la relance : plus de 250 données ont été inventoriées. Deux résultats dominent : 84 % des "
               "dirigeants de TPE & PME jugent la co-construction utile pour la résilience des territoires "
               "après le Covid, un avis partagé par 81 % des Français."))
    s.append(keyrow([
        ("84 %", "des dirigeants de TPE & PME : la co-construction est utile pour rebondir après le Covid"),
        ("81 %", "des Français partagent cet avis"),
        ("+ de 250", "données inventoriées pour « agir vite et bien »"),
    ], TEXT_W))
    s.append(Spacer(1, 4))
    s.append(P("Trois indicateurs structurent cette lecture : innovation, performance et confiance.", BODY_S))
    s += footnotes([
        ("3", "Une autre publication reprend ce tableau avec « 69 % des citoyens » au lieu de 74 % des "
              "Français ; les autres valeurs sont identiques."),
    ], TEXT_W)
    s.append(PageBreak())
    # ---- page 4
    s.append(P("3.3 Vu des associations : l'entreprise, un partenaire parmi d'autres", H1))
    s.append(P("L'étude « Associations & Partenariats », publiée en mars 2017 par Recherches & Solidarités "
               "et Le RAMEAU, repose sur une enquête conduite en mai-juin 2016 auprès de plus de 1 380 "
               "responsables associatifs. Une association compte en moyenne 2,5 partenaires."))
    s.append(P("Tableau 3.4 — Types de partenaires des associations (Associations & Partenariats, mars 2017)", H3))
    s.append(grid_table([
        ["Type de partenaire", "Part des associations"],
        ["Collectivités territoriales", "74 %"],
        ["Autres associations ou fondations", "72 %"],
        ["Établissements d'enseignement", "47 %"],
        ["Entreprises", "28 %"],
        ["Structures d'insertion", "22 %"],
        ["Organismes de recherche", "9 %"],
    ], [90 * mm, 40 * mm], header_bg="#7a3b12", zebra="#f7efe8", first_col_bold=True))
    s.append(Spacer(1, 6))
    s.append(P("La taille compte", H2))
    s.append(P("Le partenariat avec une entreprise dépend fortement du budget : 50 % des associations dont "
               "le budget dépasse 150 000 € ont un partenariat avec une entreprise, contre 20 % de celles "
               "dont le budget est inférieur à 10 000 €."))
    s.append(P("À titre de comparaison, les travaux ARPEA estimaient que près de 46 % des associations "
               "étaient engagées avec une entreprise<super>4</super>."))
    s += footnotes([
        ("4", "Les deux mesures ne portent ni sur la même période ni sur le même échantillon."),
    ], TEXT_W)
    s.append(PageBreak())
    # ---- page 5
    s.append(P("3.4 Mesurer l'impact : le programme IMPACT", H1))
    s.append(P("Lancé en novembre 2017, le programme IMPACT couvre la période 2018-2022. Il succède aux "
               "programmes ARPEA et PHARE et déplace le regard : il ne s'agit plus seulement de compter "
               "les partenariats mais d'en mesurer les effets."))
    s.append(P("Qui porte le programme ?", H2))
    s.append(grid_table([
        ["Partenaire", "Nature"],
        ["Caisse des Dépôts", "institution financière publique"],
        ["Institut CDC pour la Recherche", "institut de recherche"],
        ["Groupe La Poste", "entreprise"],
        ["Fondation TOTAL", "fondation d'entreprise"],
        ["Le RAMEAU", "laboratoire de recherche empirique"],
    ], [80 * mm, 70 * mm], header_bg="#7a3b12", zebra="#f7efe8", first_col_bold=True))
    s.append(Spacer(1, 6))
    s.append(P("Trois axes d'analyse", H2))
    s += bullets([
        "<b>Innovation sociétale et territoriale</b> : ce que les alliances inventent pour répondre aux besoins.",
        "<b>Performance des organisations</b> : ce qu'elles apportent à chacun des partenaires.",
        "<b>Confiance</b> : ce qu'elles changent dans les relations entre acteurs.",
    ])
    s.append(Spacer(1, 4))
    s.append(encadre([
        P("À retenir", H3),
        P("Les entreprises sont passées d'une pratique minoritaire (21 % en 2011) à une envie largement "
          "partagée (84 % des dirigeants). Le défi des années à venir est d'outiller ces alliances et "
          "d'en évaluer les effets.", BODY_S),
    ], TEXT_W))
    build(path, [tpl], s, 5, title="Rapport d'étude — Chapitre 3 : l'engagement des entreprises",
          subject="Observatoire des partenariats")


# =========================================================================== DOC 4
def doc4(out):
    """16:9 slide deck, 6 slides; slide numbers printed from the 2nd page (1/5 ... 5/5)."""
    path = os.path.join(out, "obs-s53-04-diaporama-associations-territoires.pdf")
    SW, SH = 960, 540
    M = 40

    def deco(c, d):
        c.saveState()
        if d.page == 1:
            c.setFillColor(colors.HexColor("#0f3c59"))
            c.rect(0, 0, SW, SH, stroke=0, fill=1)
            c.setFillColor(colors.HexColor("#f1c40f"))
            c.rect(0, 150, 18, 240, stroke=0, fill=1)
        else:
            c.setFillColor(colors.HexColor("#0f3c59"))
            c.rect(0, SH - 14, SW, 14, stroke=0, fill=1)
            c.setFillColor(colors.HexColor("#f1c40f"))
            c.rect(0, SH - 18, 220, 4, stroke=0, fill=1)
            c.setFillColor(colors.HexColor("#eeeeee"))
            c.rect(0, 0, SW, 30, stroke=0, fill=1)
            c.setFillColor(colors.HexColor("#555555"))
            c.setFont("DV", 9)
            c.drawString(M, 11, "Le RAMEAU · Observatoire des partenariats — Restitution IMPACT – Associations & Territoires")
            c.setFont("DVB", 11)
            c.drawRightString(SW - M, 11, "%d / 5" % (d.page - 1))
        c.restoreState()

    f_cover = Frame(70, 60, SW - 140, SH - 140, leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    f_slide = Frame(M, 40, SW - 2 * M, SH - 40 - 34, leftPadding=0, rightPadding=0, topPadding=0,
                    bottomPadding=0)
    t_cover = PageTemplate("cover", [f_cover], onPage=deco)
    t_slide = PageTemplate("slide", [f_slide], onPage=deco)
    CW = style("cw", 34, 40, "DVB", colors.white, after=10)
    CS = style("cs", 17, 23, "DV", colors.HexColor("#d6e6f2"), after=6)
    s = [NextPageTemplate("slide")]
    # ---- slide 1 (cover)
    s.append(Spacer(1, 60))
    s.append(P("Les associations au cœur des alliances territoriales", CW))
    s.append(P("Restitution des résultats de l'étude IMPACT – Associations & Territoires", CS))
    s.append(P("Observatoire des partenariats · Le RAMEAU", CS))
    s.append(PageBreak())
    # ---- slide 2
    s.append(P("Un tissu associatif largement partenarial", S_TITLE))
    s.append(P("Périmètre de l'étude : les associations qui emploient au moins un salarié.", S_SUB))
    kw = (SW - 2 * M - 30) / 2
    row = Table([[keybox("148 000", "associations employeuses dans le champ de l'étude", kw, big=S_BIG, lab=S_LAB),
                  "",
                  keybox("98 %", "d'entre elles ont noué au moins un partenariat", kw, big=S_BIG, lab=S_LAB,
                         bg="#e8f1f8", border="#0f3c59")]],
                colWidths=[kw, 30, kw], hAlign="LEFT")
    row.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                             ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    s.append(row)
    s.append(Spacer(1, 16))
    s += bullets([
        "Le partenariat est devenu la norme pour les associations employeuses.",
        "La question n'est plus « faut-il des partenaires ? » mais « lesquels, et pour quoi faire ? ».",
    ], S_BUL)
    s.append(Spacer(1, 20))
    s.append(P("Source : Le RAMEAU, étude IMPACT – Associations & Territoires.", S_NOTE))
    s.append(PageBreak())
    # ---- slide 3
    s.append(P("Avec qui les associations font-elles alliance ?", S_TITLE))
    s.append(P("Part des associations employeuses ayant un partenariat avec chaque type d'acteur", S_SUB))
    data = [("Collectivités territoriales", 89), ("Structures d'intérêt général", 73),
            ("Établissements scolaires", 70), ("Collectifs d'associations", 56),
            ("Acteurs publics nationaux", 52), ("Fédérations professionnelles", 37),
            ("Acteurs académiques", 35)]
    rows = []
    maxw = 470
    for lab, v in data:
        bar = Table([[""]], colWidths=[maxw * v / 100.0], rowHeights=[18], hAlign="LEFT")
        bar.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#2e86c1"))]))
        rows.append([Paragraph(lab, S_CELL), bar, Paragraph("%d %%" % v, S_CELL_B)])
    bt = Table(rows, colWidths=[270, maxw + 10, 70], rowHeights=[30] * len(rows), hAlign="LEFT")
    bt.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                            ("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.HexColor("#dddddd"))]))
    s.append(bt)
    s.append(P("Lecture : 89 % des associations employeuses ont un partenariat avec une collectivité territoriale.", S_NOTE))
    s.append(PageBreak())
    # ---- slide 4
    s.append(P("À quelle échelle, sous quelle forme ?", S_TITLE))
    colw = (SW - 2 * M - 30) / 2
    left = grid_table([
        ["Échelle du partenariat", "Part"],
        ["Local", "73 %"],
        ["Régional", "47 %"],
    ], [colw - 90, 90], header_bg="#0f3c59", zebra="#e8f1f8", st=S_CELL, st_h=S_CELL_W, first_col_bold=True)
    right = grid_table([
        ["Forme de la relation", "Part"],
        ["Mécénat", "75 %"],
        ["Innovation sociétale", "73 %"],
        ["Pratiques responsables", "70 %"],
        ["Coopération économique", "58 %"],
    ], [colw - 90, 90], header_bg="#0f3c59", zebra="#e8f1f8", st=S_CELL, st_h=S_CELL_W, first_col_bold=True)
    two = Table([[left, "", right]], colWidths=[colw, 30, colw], hAlign="LEFT")
    two.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                             ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    s.append(two)
    s.append(Spacer(1, 16))
    s += bullets([
        "Le partenariat reste d'abord une affaire de proximité.",
        "Le mécénat domine encore, mais l'innovation sociétale le talonne.",
    ], S_BUL)
    s.append(Spacer(1, 20))
    s.append(P("Source : Le RAMEAU, étude IMPACT – Associations & Territoires (associations employeuses).", S_NOTE))
    s.append(PageBreak())
    # ---- slide 5
    s.append(P("Deux études, deux mesures", S_TITLE))
    s.append(P("Les résultats d'IMPACT ne se lisent pas comme une simple mise à jour de l'enquête de 2016.", S_SUB))
    s.append(grid_table([
        ["Type de partenaire", "Associations & Partenariats (mars 2017 ; enquête 2016, toutes associations)",
         "IMPACT – Associations & Territoires (associations employeuses)"],
        ["Collectivités", "74 %", "89 %"],
        ["Enseignement / établissements scolaires", "47 %", "70 %"],
        ["Recherche / acteurs académiques", "9 %", "35 %"],
    ], [300, 290, 290], header_bg="#0f3c59", zebra="#e8f1f8", st=S_CELL, st_h=S_CELL_W, first_col_bold=True))
    s.append(Spacer(1, 12))
    s.append(P("Précaution : les deux enquêtes n'interrogent pas la même population (ensemble des "
               "associations répondantes d'un côté, associations employeuses de l'autre) et ne "
               "formulent pas les catégories de la même façon.", S_NOTE))
    s.append(PageBreak())
    # ---- slide 6
    s.append(P("Les responsables associatifs et l'innovation", S_TITLE))
    s.append(keybox("86 %", "des responsables associatifs voient dans les partenariats une source d'innovation",
                    SW - 2 * M, big=S_BIG, lab=S_LAB, bg="#e8f1f8", border="#0f3c59"))
    s.append(Spacer(1, 14))
    s += bullets([
        "Le volet Associations du programme PHARE a été publié en novembre 2015.",
        "IMPACT prolonge ces travaux en s'intéressant aux effets des partenariats sur les territoires.",
        "Prochaine étape : croiser ces résultats avec ceux des fondations et des collectivités.",
    ], S_BUL)
    build(path, [t_cover, t_slide], s, 6, pagesize=(SW, SH),
          title="Restitution IMPACT – Associations & Territoires", subject="Diaporama")


# =========================================================================== DOC 5
def doc5(out):
    """Lettre de l'Observatoire, A4, 4 pages with footnotes, printed pages 3-6."""
    path = os.path.join(out, "obs-s53-05-lettre-jalons-observatoire.pdf")
    OFFSET = 2

    def deco(c, d):
        c.saveState()
        c.setFillColor(colors.HexColor("#2c3e50"))
        if d.page > 1:
            c.setFont("DVB", 8)
            c.drawString(MARG, H - 10 * mm, "La Lettre de l'Observatoire")
            c.setFont("DV", 8)
            c.drawRightString(W - MARG, H - 10 * mm, "n° 9 · Numéro spécial « Jalons »")
            c.setStrokeColor(colors.HexColor("#c0392b"))
            c.setLineWidth(1)
            c.line(MARG, H - 12 * mm, W - MARG, H - 12 * mm)
        c.setFont("DV", 7.5)
        c.drawCentredString(W / 2, 9 * mm, "— %d —" % (d.page + OFFSET))
        c.setFont("DVI", 7)
        c.drawString(MARG, 9 * mm, "Observatoire des partenariats")
        c.restoreState()

    frame = Frame(MARG, 16 * mm, TEXT_W, H - 16 * mm - 16 * mm, leftPadding=0, rightPadding=0,
                  topPadding=0, bottomPadding=0)
    tpl = PageTemplate("p", [frame], onPage=deco)
    s = []
    # ---- page 1
    s.append(banner([
        ("La Lettre de l'Observatoire", style("l1", 20, 24, "DVB", colors.white)),
        ("n° 9 · Numéro spécial « Jalons » · Le RAMEAU et l'Observatoire des partenariats",
         style("l2", 9.5, color=colors.HexColor("#f5d0c5"))),
    ], TEXT_W, bg="#c0392b"))
    s.append(Spacer(1, 8))
    s.append(P("Éditorial — Quinze ans de recherche empirique", H1))
    s.append(P("Créé en 2006, Le RAMEAU est une association d'intérêt général qui se définit comme un "
               "« laboratoire de recherche empirique », ou encore comme un « laboratoire d'innovations "
               "partenariales ». Il poursuit trois missions, dont celle de témoigner de ce "
               "que les alliances produisent. En quinze ans de recherche, dont cinq ans d'étude d'impact, "
               "il a recensé plus de 1 000 exemples inspirants."))
    s.append(P("Qui fait quoi ?", H2))
    s.append(grid_table([
        ["Fonction", "Personne"],
        ["Président-fondateur du RAMEAU", "Charles-Benoît Heidsieck"],
        ["Directrice générale du RAMEAU", "Laurence Weber"],
        ["Direction scientifique de l'Observatoire", "Anne Robin, fondatrice de COMISIS, à titre bénévole"],
    ], [75 * mm, TEXT_W - 75 * mm], header_bg="#c0392b", zebra="#fbeeee", first_col_bold=True))
    s.append(Spacer(1, 6))
    s.append(P("Aux origines de l'Observatoire", H2))
    s.append(P("L'Observatoire des partenariats a été créé en 2008 par la Caisse des Dépôts et Le RAMEAU, "
               "en partenariat avec le MEDEF et le Mouvement associatif<super>1</super>. Sa vocation : "
               "éclairer, par des données, les relations entre associations, entreprises, collectivités "
               "et citoyens."))
    s += footnotes([
        ("1", "Des documents plus anciens donnent une autre date : l'étude ARPEA Entreprises & Territoires "
              "(janvier 2011) et le rapport quinquennal (11 décembre 2012) évoquent un « Observatoire national "
              "des partenariats associations / entreprises » « créé en 2007 ». Une autre présentation le dit "
              "« créé en 2008 par Le RAMEAU en partenariat avec la Caisse des Dépôts »."),
    ], TEXT_W)
    s.append(PageBreak())
    # ---- page 2
    s.append(P("Trois programmes quinquennaux", H1))
    s.append(P("Le travail de l'Observatoire s'organise en plans de cinq ans, chacun avec son nom et sa "
               "question directrice."))
    s.append(grid_table([
        ["Programme", "Période", "Repères"],
        ["ARPEA<super>2</super>", "2008-2012", "10 volets ; rapport quinquennal publié le 11 décembre 2012"],
        ["PHARE<super>3</super>", "2013-2018", "6 volets publiés entre septembre 2015 et l'automne 2016"],
        ["IMPACT", "2018-2022", "lancé en novembre 2017"],
    ], [35 * mm, 35 * mm, TEXT_W - 70 * mm], header_bg="#c0392b", zebra="#fbeeee", first_col_bold=True))
    s.append(Spacer(1, 6))
    s.append(P("Les six volets de PHARE", H2))
    s.append(grid_table([
        ["Volet", "Publication"],
        ["PHARE-Citoyens", "septembre 2015"],
        ["PHARE-Entreprises", "octobre 2015"],
        ["PHARE-Associations", "novembre 2015"],
        ["13 rapports régionaux", "2016"],
        ["Diagnostics sectoriels", "juillet 2016"],
        ["PHARE-Institutions", "automne 2016 (le 29 novembre 2016)"],
    ], [70 * mm, 70 * mm], header_bg="#2c3e50", zebra="#eef1f4", first_col_bold=True))
    s.append(Spacer(1, 4))
    s.append(P("Pendant le programme PHARE, la ministre Valérie Fourneyron a demandé un rapport "
               "d'état des lieux des partenariats entre associations et entreprises, publié début 2014."))
    s += footnotes([
        ("2", "Le sens de l'acronyme varie selon les documents : « Analyse des Relations et des Partenariats "
              "entre Entreprises et Associations » (rapport de 2012), « Analyser les Relations Partenariales "
              "entre Entreprises et Associations » et « Analyse des Relations Associations-Entreprises »."),
        ("3", "Certaines présentations datent PHARE de 2013-2017."),
    ], TEXT_W)
    s.append(PageBreak())
    # ---- page 3
    s.append(P("Ce que disent les citoyens", H1))
    s.append(P("PHARE-Citoyens, publié en septembre 2015, a interrogé plus de 2 000 personnes. 69 % des "
               "Français y expriment un « devoir d'alliance ». Dans le plaidoyer plus récent pour le droit "
               "de l'alliance, la proportion citée atteint 81 %."))
    s.append(P("Les priorités des Français (note sur 10)", H2))
    s.append(grid_table([
        ["Enjeu", "Note moyenne"],
        ["Emploi", "7,1/10"],
        ["Pouvoir d'achat", "6,6/10"],
        ["Sécurité<super>4</super>", "6,6/10"],
        ["Développement économique", "6,5/10"],
        ["Environnement", "6,3/10"],
        ["Exclusion", "6,3/10"],
    ], [70 * mm, 40 * mm], header_bg="#2c3e50", zebra="#eef1f4", first_col_bold=True))
    s.append(Spacer(1, 4))
    s.append(P("Où les partenariats ont-ils un impact fort ?", H2))
    s.append(grid_table([
        ["Domaine", "Part des Français citant un impact fort"],
        ["Emploi", "49 %"],
        ["Développement économique", "46 %"],
        ["Environnement", "42 %"],
        ["Précarité", "36 %"],
        ["Éducation", "36 %"],
    ], [70 * mm, 60 * mm], header_bg="#2c3e50", zebra="#eef1f4", first_col_bold=True))
    s.append(Spacer(1, 4))
    s.append(P("Une urgence ressentie de longue date : dans les enquêtes ARPEA, 86 % des Français en 2008, "
               "puis 84 % en 2012, jugeaient urgent de créer des partenariats."))
    s += footnotes([
        ("4", "Une reprise de presse des mêmes résultats attribue à la sécurité une note de 7/10."),
    ], TEXT_W)
    s.append(PageBreak())
    # ---- page 4
    s.append(P("Du terrain à la loi", H1))
    s.append(P("Les données de l'Observatoire ont nourri plusieurs étapes de reconnaissance publique des "
               "alliances d'intérêt général."))
    s.append(grid_table([
        ["Quand", "Quoi"],
        ["2019", "À l'occasion du FNAF 2019, Gabriel Attal confie une mission ministérielle à Cathy "
                 "Racon-Bouzon et Charles-Benoît Heidsieck."],
        ["7 mai 2020", "Remise du rapport de la mission."],
        ["17 octobre 2020", "Bilan de la mission."],
    ], [35 * mm, TEXT_W - 35 * mm], header_bg="#c0392b", zebra="#fbeeee", first_col_bold=True))
    s.append(Spacer(1, 6))
    s.append(P("Le droit de l'alliance d'intérêt général", H2))
    s.append(P("Portée par Cathy Racon-Bouzon, la proposition de loi sur le « droit de l'alliance d'intérêt "
               "général » a été déposée en février. Elle a été agréée par le Bureau de l'Assemblée nationale "
               "et publiée au Journal officiel."))
    s.append(Spacer(1, 4))
    s.append(keyrow([
        ("21 mesures", "dans la « feuille de route » ministérielle en faveur des alliances"),
        ("3 missions", "pour Le RAMEAU, dont celle de témoigner"),
    ], TEXT_W))
    s.append(Spacer(1, 6))
    s.append(P("Et maintenant ?", H2))
    s += bullets([
        "Rendre les données accessibles au plus grand nombre d'acteurs de terrain.",
        "Accompagner les territoires qui veulent structurer leurs alliances.",
        "Continuer à mesurer, pour que la décision publique s'appuie sur des faits.",
    ])
    build(path, [tpl], s, 4, title="La Lettre de l'Observatoire n° 9 — Jalons",
          subject="Observatoire des partenariats")


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    os.makedirs(out, exist_ok=True)
    for fn in (doc1, doc2, doc3, doc4, doc5):
        fn(out)
    print("5 PDFs written to", out)


if __name__ == "__main__":
    main()
