#!/usr/bin/env python3
"""Deterministic generator of the five s43 demo PDFs (Observatoire des partenariats).

Facts come from /work/shared/facts.md; every sentence is written for this set.
Run:  /work/main/.venv/bin/python make_docs.py [output_dir]
Default output dir: the folder of this script.
"""
import os
import sys

from reportlab import rl_config

rl_config.invariant = 1

from pypdf import PdfReader  # noqa: E402
from reportlab.lib import colors  # noqa: E402
from reportlab.lib.enums import TA_LEFT  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import cm  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.platypus import (  # noqa: E402
    BaseDocTemplate, Frame, FrameBreak, KeepTogether, PageBreak, PageTemplate,
    Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle,
)

FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("DV", FONT_DIR + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DVB", FONT_DIR + "DejaVuSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DVI", FONT_DIR + "DejaVuSans-Oblique.ttf"))
pdfmetrics.registerFont(TTFont("DVBI", FONT_DIR + "DejaVuSans-BoldOblique.ttf"))
pdfmetrics.registerFontFamily("DV", normal="DV", bold="DVB", italic="DVI", boldItalic="DVBI")

PREFIX = "obs-s43"


def st(name, size=10, lead=None, font="DV", color=colors.black, before=0, after=4, left=0, **kw):
    return ParagraphStyle(
        name, fontName=font, fontSize=size, leading=lead or size * 1.3, textColor=color,
        spaceBefore=before, spaceAfter=after, leftIndent=left, alignment=TA_LEFT,
        hyphenationLang="", bulletFontName="DV", **kw)


BODY = st("body", 10)
SMALL = st("small", 8, color=colors.HexColor("#333333"))
NOTE = st("note", 7.5, color=colors.HexColor("#444444"), after=2)
H1 = st("h1", 18, font="DVB", color=colors.HexColor("#1F4E79"), after=8)
H2 = st("h2", 13, font="DVB", color=colors.HexColor("#1F4E79"), before=6, after=5)
H3 = st("h3", 11, font="DVB", color=colors.HexColor("#2E75B6"), before=4, after=3)
BUL = st("bul", 10, left=14, bulletIndent=4, after=2)
CELL = st("cell", 9, after=0)
CELLB = st("cellb", 9, font="DVB", after=0)


def P(text, style=BODY):
    return Paragraph(text, style)


def bullets(items, style=BUL):
    return [Paragraph(t, style, bulletText="•") for t in items]


def table(rows, widths, head_bg="#1F4E79", zebra="#EAF1F8", style_cell=CELL):
    white = ParagraphStyle("white_" + style_cell.name, parent=style_cell, fontName="DVB",
                           textColor=colors.white)
    data = []
    for i, r in enumerate(rows):
        s = white if i == 0 else style_cell
        data.append([Paragraph(str(c), s) for c in r])
    t = Table(data, colWidths=widths)
    cmds = [
        ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#8EA9C1")),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor(head_bg)),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    for i in range(2, len(rows), 2):
        cmds.append(("BACKGROUND", (0, i), (-1, i), colors.HexColor(zebra)))
    t.setStyle(TableStyle(cmds))
    return t


def keybox(lines, width, bg="#FFF2CC", border="#BF9000"):
    """Key-figure box: list of (big, caption)."""
    big = ParagraphStyle("big", fontName="DVB", fontSize=20, leading=24,
                         textColor=colors.HexColor("#7F6000"), alignment=TA_LEFT)
    cap = ParagraphStyle("cap", fontName="DV", fontSize=8.5, leading=11, alignment=TA_LEFT)
    cells = [[Paragraph(b, big), Paragraph(c, cap)] for b, c in lines]
    t = Table(cells, colWidths=[width * 0.28, width * 0.72])
    t.setStyle(TableStyle([
        ("BOX", (0, 0), (-1, -1), 1.2, colors.HexColor(border)),
        ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor(bg)),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LINEBELOW", (0, 0), (-1, -2), 0.3, colors.HexColor(border)),
    ]))
    return t


def framed(flowables, width, bg="#E2EFDA", border="#548235"):
    t = Table([[flowables]], colWidths=[width])
    t.setStyle(TableStyle([
        ("BOX", (0, 0), (-1, -1), 1, colors.HexColor(border)),
        ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor(bg)),
        ("LEFTPADDING", (0, 0), (-1, -1), 8), ("RIGHTPADDING", (0, 0), (-1, -1), 8),
        ("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
    ]))
    return t


def set_meta(canv, title):
    canv.setTitle(title)
    canv.setAuthor("Observatoire des partenariats (corpus de démonstration s43)")
    canv.setCreator("make_docs.py s43")


# ---------------------------------------------------------------------------
# 1. Étude PHARE-Citoyens (A4, cover + printed pages 31-34)
# ---------------------------------------------------------------------------
def doc1(path):
    title = "PHARE-Citoyens : le regard des Français sur les alliances"
    W, H = A4

    def deco(canv, doc):
        set_meta(canv, title)
        canv.saveState()
        n = canv.getPageNumber()
        canv.setFillColor(colors.HexColor("#1F4E79"))
        canv.rect(0, H - 1.6 * cm, W, 1.6 * cm, fill=1, stroke=0)
        canv.setFillColor(colors.white)
        canv.setFont("DVB", 10)
        canv.drawString(2 * cm, H - 1.0 * cm, "OBSERVATOIRE DES PARTENARIATS  |  Programme PHARE")
        canv.setFont("DV", 9)
        canv.drawRightString(W - 2 * cm, H - 1.0 * cm, "Volet Citoyens")
        canv.setStrokeColor(colors.HexColor("#1F4E79"))
        canv.line(2 * cm, 1.6 * cm, W - 2 * cm, 1.6 * cm)
        canv.setFillColor(colors.HexColor("#333333"))
        canv.setFont("DV", 8)
        canv.drawString(2 * cm, 1.1 * cm, "PHARE-Citoyens · Étude publiée en septembre 2015 · extrait du rapport d'ensemble")
        if n > 1:
            canv.setFont("DVB", 9)
            canv.drawRightString(W - 2 * cm, 1.1 * cm, str(29 + n))
        canv.restoreState()

    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm,
                            topMargin=2.4 * cm, bottomMargin=2.2 * cm, title=title,
                            author="Observatoire des partenariats", invariant=1)
    fw = W - 4 * cm
    s = []
    # --- page 1: cover
    s += [Spacer(1, 2.5 * cm),
          P("Programme PHARE — Volet Citoyens", st("kick", 12, font="DVB", color=colors.HexColor("#2E75B6"))),
          P("Ce que les Français attendent des alliances entre associations et entreprises", st("cov", 24, font="DVB", color=colors.HexColor("#1F4E79"), after=14)),
          P("Étude de l'Observatoire des partenariats, publiée en septembre 2015. Extrait du rapport d'ensemble : chapitre 3.", BODY),
          Spacer(1, 1 * cm),
          P("Sommaire de l'extrait", H3)]
    s.append(table([["Partie", "Page"],
                    ["1. Méthode et message principal", "31"],
                    ["2. Les priorités des habitants pour leur territoire", "32"],
                    ["3. Là où les partenariats peuvent peser", "33"],
                    ["4. Le programme PHARE et ses six volets", "34"]], [fw * 0.8, fw * 0.2]))
    s += [Spacer(1, 1.2 * cm),
          P("Les numéros de page de cet extrait reprennent ceux du rapport complet, dont les trente premières pages ne sont pas reproduites ici.", SMALL),
          PageBreak()]
    # --- page 2 (printed 31)
    s += [P("1. Méthode et message principal", H1),
          P("Le volet Citoyens ouvre le programme PHARE. Il a été conduit auprès de plus de 2 000 personnes interrogées sur leur perception des relations entre le monde associatif et le monde économique.", BODY),
          P("Le message principal tient en une phrase : une large majorité des habitants considère que les associations et les entreprises ont le devoir de s'allier pour répondre aux besoins du territoire. Cette conviction est partagée par 69% des Français en septembre 2015.", BODY),
          Spacer(1, 6),
          keybox([("69%", "des Français jugent que l'alliance entre associations et entreprises est un « devoir » (PHARE-Citoyens, septembre 2015)."),
                  ("81%", "des dirigeants d'entreprise partagent cette conviction (volet Entreprises)<super>1</super>."),
                  ("86%", "des responsables associatifs la partagent également (volet Associations)<super>1</super>.")], fw),
          Spacer(1, 8),
          P("Les trois publics se rejoignent donc largement. L'écart le plus grand, 17 points, sépare les citoyens des responsables associatifs.", BODY),
          P("Comment lire les notes ?", H3),
          P("Dans la suite du chapitre, chaque enjeu a reçu une note d'importance de 0 à 10. Une note élevée signale un sujet que les personnes interrogées jugent prioritaire pour leur territoire, pas forcément un sujet sur lequel elles attendent une action conjointe.", BODY),
          Spacer(1, 30),
          P("<super>1</super> Les résultats des volets Entreprises et Associations ont été rendus publics en octobre puis en novembre 2015 ; ils sont rappelés ici pour comparaison.", NOTE),
          PageBreak()]
    # --- page 3 (printed 32)
    s += [P("2. Les priorités des habitants pour leur territoire", H1),
          P("Interrogés sur ce qui compte le plus là où ils vivent, les Français placent l'emploi très au-dessus des autres sujets. Il recueille une note moyenne de 7,1 sur 10.", BODY),
          P("Viennent ensuite deux préoccupations du quotidien, presque à égalité. Le tableau ci-dessous reprend l'ensemble des notes.", BODY),
          Spacer(1, 4),
          table([["Enjeu pour le territoire", "Note moyenne (sur 10)"],
                 ["Emploi", "7,1"],
                 ["Pouvoir d'achat", "6,6"],
                 ["Sécurité", "6,6"],
                 ["Développement économique", "6,5"],
                 ["Environnement", "6,3"],
                 ["Exclusion", "6,3"]], [fw * 0.6, fw * 0.4]),
          P("Tableau 3 — Importance accordée aux enjeux locaux. Source : PHARE-Citoyens, 2015.", SMALL),
          Spacer(1, 6),
          P("Le développement économique suit de près. Il obtient 6,5, soit un dixième de moins que la sécurité et le pouvoir d'achat. L'environnement et l'exclusion ferment la marche ; tous deux restent pourtant au-dessus de 6, ce qui montre qu'aucun de ces sujets n'est jugé secondaire.", BODY),
          framed([P("À retenir", H3),
                  P("L'écart entre le premier et le dernier enjeu n'est que de 0,8 point : les habitants attendent des réponses sur plusieurs fronts à la fois.", BODY)], fw),
          PageBreak()]
    # --- page 4 (printed 33)
    s += [P("3. Là où les partenariats peuvent peser", H1),
          P("Une seconde question portait sur l'effet que les alliances entre associations et entreprises peuvent avoir. Les personnes interrogées devaient dire, domaine par domaine, si elles en attendaient un impact fort.", BODY),
          P("Les domaines où un impact fort est le plus souvent attendu sont les suivants :", BODY)]
    s += bullets(["l'emploi, cité par 49% des répondants ;",
                  "le développement économique, cité par 46% ;",
                  "l'environnement, cité par 42% ;",
                  "la lutte contre la précarité et l'éducation, citées chacune par 36%."])
    s += [Spacer(1, 6),
          P("Le classement rejoint celui des priorités. L'emploi domine à nouveau ; il est le seul domaine pour lequel près d'une personne sur deux anticipe un effet marqué des alliances.", BODY),
          keybox([("49%", "attendent un impact fort des partenariats sur l'emploi."),
                  ("36%", "en attendent un sur l'éducation, autant que sur la précarité.")], fw, bg="#DEEBF7", border="#2E75B6"),
          Spacer(1, 6),
          P("Ces résultats se lisent avec ceux des autres volets du programme PHARE, présentés page 34.", BODY),
          PageBreak()]
    # --- page 5 (printed 34)
    s += [P("4. Le programme PHARE et ses six volets", H1),
          P("PHARE est le deuxième programme quinquennal de l'Observatoire des partenariats. Il couvre la période 2013-2018 et succède au programme ARPEA.", BODY),
          P("Le programme se compose de six volets, publiés entre 2015 et 2016 :", BODY)]
    s.append(table([["Volet", "Publication"],
                    ["PHARE-Citoyens", "septembre 2015"],
                    ["PHARE-Entreprises", "octobre 2015"],
                    ["PHARE-Associations", "novembre 2015"],
                    ["13 rapports régionaux", "2016"],
                    ["Diagnostics sectoriels", "juillet 2016"],
                    ["PHARE-Institutions", "automne 2016"]], [fw * 0.6, fw * 0.4]))
    s += [Spacer(1, 8),
          P("Le dernier volet s'adresse aux institutions publiques. Il clôt la série en interrogeant les élus locaux, et en particulier les maires, sur leur place dans les alliances de leur territoire<super>2</super>.", BODY),
          Spacer(1, 40),
          P("<super>2</super> Voir la fiche Repère consacrée aux collectivités territoriales pour le détail de ce volet.", NOTE)]
    doc.build(s, onFirstPage=deco, onLaterPages=deco)
    return 5


# ---------------------------------------------------------------------------
# 2. Fiche Repère collectivités (A4, 4 pages, side bar)
# ---------------------------------------------------------------------------
def doc2(path):
    title = "Fiche Repère — Les dynamiques d'engagement des Collectivités territoriales"
    W, H = A4

    def deco(canv, doc):
        set_meta(canv, title)
        canv.saveState()
        canv.setFillColor(colors.HexColor("#548235"))
        canv.rect(0, 0, 0.9 * cm, H, fill=1, stroke=0)
        canv.setFillColor(colors.HexColor("#E2EFDA"))
        canv.rect(0.9 * cm, H - 2.2 * cm, W - 0.9 * cm, 2.2 * cm, fill=1, stroke=0)
        canv.setFillColor(colors.HexColor("#385723"))
        canv.setFont("DVB", 15)
        canv.drawString(1.8 * cm, H - 1.2 * cm, "FICHE REPÈRE")
        canv.setFont("DV", 9)
        canv.drawString(1.8 * cm, H - 1.75 * cm, "Les dynamiques d'engagement des Collectivités territoriales")
        canv.drawRightString(W - 1.5 * cm, H - 1.2 * cm, "Observatoire des partenariats")
        canv.setFillColor(colors.HexColor("#555555"))
        canv.setFont("DV", 7.5)
        canv.drawString(1.8 * cm, 1.25 * cm, "Fiche Repère · issue de l'étude IMPACT-Elus locaux (novembre 2020, Comisis-OpinionWay)")
        canv.drawString(1.8 * cm, 0.85 * cm, "Actualisée avec IMPACTS & TRAJECTOIRES – Elus locaux (novembre 2024)")
        canv.setFont("DVB", 8)
        canv.drawRightString(W - 1.5 * cm, 1.05 * cm, "Fiche %d/4" % canv.getPageNumber())
        canv.restoreState()

    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=1.8 * cm, rightMargin=1.5 * cm,
                            topMargin=2.8 * cm, bottomMargin=1.8 * cm, title=title,
                            author="Observatoire des partenariats", invariant=1)
    fw = W - 3.3 * cm
    s = []
    # page 1
    s += [P("En bref", H1),
          P("Cette fiche rassemble les repères utiles pour comprendre comment les communes s'engagent dans les alliances de leur territoire. Elle s'appuie sur l'étude IMPACT-Elus locaux, réalisée en novembre 2020 par Comisis-OpinionWay.", BODY),
          P("Trois chiffres résument la situation des maires :", BODY),
          keybox([("87%", "des maires voient dans les partenariats une source d'innovation."),
                  ("76%", "des maires considèrent que leur territoire est engagé."),
                  ("46%", "des maires ne savent pas comment piloter cette dynamique.")], fw, bg="#E2EFDA", border="#548235"),
          Spacer(1, 8),
          P("Le dernier chiffre est le plus parlant. Il montre que l'envie d'agir ensemble précède souvent les outils pour l'organiser : près d'un maire sur deux se dit démuni face au pilotage.", BODY),
          P("À qui s'adresse cette fiche ?", H3)]
    s += [P("La fiche est conçue pour trois usages :", BODY)]
    s += bullets(["préparer un échange entre élus, associations et entreprises d'un même territoire ;",
                  "situer sa commune par rapport aux tendances nationales ;",
                  "repérer les démarches déjà expérimentées ailleurs."])
    s += [PageBreak()]
    # page 2
    s += [P("Les partenariats, source d'innovation ?", H1),
          P("La question de l'innovation a été posée aux quatre catégories d'acteurs suivies par le programme IMPACT. Les maires sont ceux qui y croient le plus.", BODY),
          table([["Public interrogé", "Partenariats = source d'innovation"],
                 ["Français<super>1</super>", "74%"],
                 ["Dirigeants d'entreprise", "81%"],
                 ["Responsables associatifs", "86%"],
                 ["Maires", "87%"]], [fw * 0.55, fw * 0.45]),
          Spacer(1, 8),
          P("Le jouer collectif", H2),
          P("Au-delà du constat, les élus locaux disent vouloir changer de méthode. Ils sont 64% à vouloir s'appuyer sur le « jouer collectif » pour conduire les projets de leur commune.", BODY),
          P("Les maires vont plus loin encore. Interrogés sur la co-construction, 92% d'entre eux en reconnaissent l'utilité.", BODY),
          framed([P("Point de vigilance", H3),
                  P("Reconnaître l'utilité de la co-construction ne signifie pas la pratiquer : l'écart entre adhésion et passage à l'acte reste l'un des enseignements constants des études de l'Observatoire.", BODY)], fw),
          Spacer(1, 30),
          P("<super>1</super> Une autre restitution du programme IMPACT retient 69% pour les citoyens sur cette même question.", NOTE),
          PageBreak()]
    # page 3
    s += [P("Repères historiques", H1),
          P("Les collectivités ne sont pas un sujet nouveau pour l'Observatoire. Deux jalons éclairent la fiche.", BODY),
          P("2010 : la démarche « Agir ensemble en Territoire »", H2),
          P("Cette démarche a été initiée en 2010, à la suite de l'étude ARPEA-Collectivités locales menée avec Comisis-OpinionWay. Elle a d'abord été expérimentée sur trois territoires pilotes :", BODY)]
    s += bullets(["l'Alsace, avec Alsace Active ;",
                  "le Poitou-Charentes, avec le Groupe La Poste ;",
                  "Paris-Est Marne &amp; Bois."])
    s += [P("2016 : le volet PHARE-Institutions", H2),
          P("Le volet Institutions du programme PHARE a été publié le 29 novembre 2016. Il propose une typologie en cinq profils de maires, selon leur manière d'aborder les alliances de leur territoire.", BODY),
          P("Quatre ans plus tard, l'étude IMPACT-Elus locaux de novembre 2020 a de nouveau interrogé les élus ; ses résultats ouvrent cette fiche.", BODY),
          PageBreak()]
    # page 4
    s += [P("Actualisation 2024", H1),
          P("En novembre 2024, l'Observatoire a publié IMPACTS &amp; TRAJECTOIRES – Elus locaux. L'enquête a été conduite par téléphone du 30 septembre au 28 octobre 2024 auprès de 302 maires.", BODY),
          P("Le résultat central confirme la tendance. 91% des maires estiment que leur territoire est en mouvement ; ce total se décompose comme suit :", BODY),
          table([["Perception du territoire", "Part des maires"],
                 ["En mouvement, fortement", "35%"],
                 ["En mouvement, « ni plus ni moins »", "56%"],
                 ["Total « en mouvement »", "91%"]], [fw * 0.6, fw * 0.4]),
          Spacer(1, 8),
          P("L'échantillon reflète la France des petites communes. 84% des répondants sont maires d'une commune de moins de 2 000 habitants.", BODY),
          framed([P("Pour aller plus loin", H3),
                  P("Une fiche acteur sur la « Dynamique d'engagement des Fondations » complète cette série.", BODY)], fw)]
    doc.build(s, onFirstPage=deco, onLaterPages=deco)
    return 4


# ---------------------------------------------------------------------------
# 3. Bulletin de veille, two columns (A4, 4 pages)
# ---------------------------------------------------------------------------
def doc3(path):
    title = "Veille partenariats — bulletin de veille"
    W, H = A4
    COLH = st("colh", 11.5, font="DVB", color=colors.HexColor("#C55A11"), before=6, after=3)
    TAG = st("tag", 7.5, font="DVB", color=colors.HexColor("#7F7F7F"), after=1)
    B9 = st("b9", 9, after=3)
    BU9 = st("bu9", 9, left=11, bulletIndent=2, after=1)

    def deco(canv, doc):
        set_meta(canv, title)
        canv.saveState()
        n = canv.getPageNumber()
        canv.setFillColor(colors.HexColor("#C55A11"))
        canv.rect(1.5 * cm, H - 2.0 * cm, W - 3 * cm, 1.1 * cm, fill=1, stroke=0)
        canv.setFillColor(colors.white)
        canv.setFont("DVB", 13)
        canv.drawString(1.8 * cm, H - 1.6 * cm, "VEILLE PARTENARIATS")
        canv.setFont("DV", 8.5)
        canv.drawRightString(W - 1.8 * cm, H - 1.6 * cm, "Bulletin de veille · sélection de l'équipe documentaire")
        canv.setStrokeColor(colors.HexColor("#C55A11"))
        canv.line(W / 2, 2.0 * cm, W / 2, H - 2.3 * cm)
        canv.setFillColor(colors.HexColor("#555555"))
        canv.setFont("DV", 7.5)
        canv.drawString(1.5 * cm, 1.2 * cm, "Veille partenariats · brèves reprises de sources publiques (Le RAMEAU, associations.gouv.fr, presse spécialisée)")
        canv.drawRightString(W - 1.5 * cm, 1.2 * cm, "page %d sur 4" % n)
        canv.restoreState()

    doc = BaseDocTemplate(path, pagesize=A4, title=title, author="Observatoire des partenariats",
                          invariant=1)
    gap = 0.8 * cm
    colw = (W - 3 * cm - gap) / 2
    fl = Frame(1.5 * cm, 2.0 * cm, colw, H - 4.5 * cm, id="L", leftPadding=2, rightPadding=6)
    fr = Frame(1.5 * cm + colw + gap, 2.0 * cm, colw, H - 4.5 * cm, id="R", leftPadding=6, rightPadding=2)
    doc.addPageTemplates([PageTemplate(id="two", frames=[fl, fr], onPage=deco)])
    s = []
    # page 1 left
    s += [P("Agenda de novembre", st("big3", 15, font="DVB", color=colors.HexColor("#C55A11"), after=4)),
          P("Un mois chargé pour l'Observatoire et ses partenaires. Voici les rendez-vous retenus par la rédaction.", B9),
          P("RAPPORTS RÉGIONAUX", TAG),
          P("La Normandie a son rapport", COLH),
          P("Le 11e rapport régional de l'Observatoire des partenariats est consacré à la Normandie. Il est publié le 26 novembre.", B9),
          P("Comme les précédents, il rassemble les données disponibles sur les alliances entre acteurs de la région. Il s'adresse d'abord aux élus et aux réseaux associatifs normands.", B9),
          P("PRESSE", TAG),
          P("Un dossier dans la presse juridique", COLH),
          P("Le 15 novembre paraît un dossier dans le n°628 de JURIS Associations.", B9),
          P("La rédaction le signale parmi les lectures utiles du mois.", B9),
          FrameBreak()]
    # page 1 right
    s += [P("ÉVÉNEMENTS", TAG),
          P("Élus et entreprises à table", COLH),
          P("Le 3e dîner « Elus &amp; Entreprises » se tient le 23 novembre. Ce format réunit maires et dirigeants autour d'une question concrète.", B9),
          P("Il rappelle un chiffre souvent cité : 64% des élus locaux veulent s'appuyer sur le « jouer collectif ».", B9),
          P("WEBINAIRES", TAG),
          P("L'ODD 17 en pratique", COLH),
          P("Le 5e webinaire « l'ODD 17 en pratique » a lieu le 26 novembre, le même jour que la sortie du rapport normand.", B9),
          P("Il présente des cas concrets d'alliances territoriales et les outils disponibles pour les reproduire.", B9),
          framed([P("<b>À noter</b>", B9),
                  P("Les quatre rendez-vous de ce mois tombent entre le 15 et le 26 novembre.", B9)], colw - 10, bg="#FBE5D6", border="#C55A11"),
          PageBreak()]
    # page 2 left
    s += [P("DOSSIER", TAG),
          P("La Charte du faire alliance", st("big3b", 14, font="DVB", color=colors.HexColor("#C55A11"), after=4)),
          P("La Charte du faire alliance est le fruit de trois mois de co-construction. Ce travail a été piloté par la Fondation des Territoires.", B9),
          P("Elle a été dévoilée le 30 novembre 2021, jour du Giving Tuesday, à Saint-Maurice, sur le territoire de Paris-Est Marne &amp; Bois, lors d'une soirée VitaWin.", B9),
          P("Ses promoteurs la présentent comme un « contrat de confiance » entre les acteurs qui s'engagent à agir ensemble.", B9),
          framed([P("<b>Une date à vérifier</b>", B9),
                  P("L'annonce publiée sur associations.gouv.fr mentionne un « mardi 30 septembre ». Les autres sources, dont Le RAMEAU et Carenews, retiennent le 30 novembre 2021.", B9)], colw - 10, bg="#FBE5D6", border="#C55A11"),
          FrameBreak()]
    # page 2 right
    s += [P("TERRITOIRES", TAG),
          P("D'où vient la Charte ?", COLH),
          P("Elle prolonge la démarche « Agir ensemble en Territoire », lancée en 2010. Paris-Est Marne &amp; Bois figurait déjà parmi ses territoires pilotes.", B9),
          P("EXPÉRIMENTATION", TAG),
          P("Un parcours avec le CGET", COLH),
          P("Le CGET et Le RAMEAU ont lancé un parcours d'expérience sur la co-construction territoriale. Il réunit 11 territoires pionniers pendant 18 mois ; la première session a eu lieu le 3 mai.", B9),
          P("Un autre article de Le RAMEAU évoque, pour le même dispositif, « le CGET et 10 territoires pilotes ».", B9),
          PageBreak()]
    # page 3 left
    s += [P("ODD 17", TAG),
          P("Le Fonds ODD 17", st("big3c", 14, font="DVB", color=colors.HexColor("#C55A11"), after=4)),
          P("Le Fonds ODD 17 a été co-créé en 2020 par Le RAMEAU et la Fondation TotalEnergies.", B9),
          P("Il est doté de 1,5 M€ pour une expérimentation sur trois ans. Celle-ci s'appuie sur 350 « catalyseurs territoriaux ».", B9),
          P("DÉCRYPTAGE", TAG),
          P("Combien de cibles ?", COLH),
          P("L'ODD 17, consacré aux partenariats, compte 19 cibles. Le Comité 21 les détaille dans sa note « ODD 17 : Sens, décryptages, déclinaisons », présentée le 5 juillet.", B9),
          FrameBreak()]
    # page 3 right
    s += [P("OUTILS", TAG),
          P("M.E.D.O.C., la boîte à outils", COLH),
          P("La plateforme www.odd17.org organise ses ressources selon l'acronyme M.E.D.O.C. Les cinq lettres désignent :", B9)]
    s += bullets(["Méthodes ;", "Exemples ;", "Données ;", "Outils ;", "Compétences."], BU9)
    s += [P("SORTIE DE CRISE", TAG),
          P("Jouer collectif après la Covid", COLH),
          P("Une série de données publiée pour la sortie de crise montre que 81% des Français et 84% des dirigeants de TPE &amp; PME jugent utile la co-construction pour la résilience des territoires. Plus de 250 données ont été inventoriées pour l'occasion.", B9),
          PageBreak()]
    # page 4 left
    s += [P("ÉTUDES", TAG),
          P("Les fondations sur le terrain", st("big3d", 14, font="DVB", color=colors.HexColor("#C55A11"), after=4)),
          P("L'étude IMPACT Fondations &amp; Territoires est publiée le 23 septembre. Elle repose sur 42 fondations interrogées.", B9),
          P("Elle est accompagnée d'une fiche acteur intitulée « Dynamique d'engagement des Fondations ».", B9),
          FrameBreak()]
    # page 4 right
    s += [P("REVUE DE PRESSE", TAG),
          P("PHARE-Citoyens vu par la presse", COLH),
          P("Un article de Carenews consacré à PHARE-Citoyens titre sur des Français favorables à l'alliance entre entreprises et associations.", B9),
          P("L'article arrondit la note attribuée à la sécurité : il la donne à 7/10, alors que la publication de l'Observatoire indique 6,6.", B9),
          P("La rédaction recommande de citer la source d'origine.", B9)]
    doc.build(s)
    return 4


# ---------------------------------------------------------------------------
# 4. Slide deck 16:9 (6 slides)
# ---------------------------------------------------------------------------
def doc4(path):
    title = "Associations & partenariats : ce que disent les données"
    W, H = 960, 540
    ST = st("slt", 26, font="DVB", color=colors.HexColor("#203864"), after=10)
    LN = st("sln", 17, lead=23, after=5)
    LB = st("slb", 17, lead=23, left=22, bulletIndent=4, after=4)
    SRC = st("ssrc", 11, color=colors.HexColor("#595959"), before=6)
    SC = st("scell", 14, after=0)
    S6 = st("s6", 14, lead=18, left=22, bulletIndent=4, after=1)

    def deco(canv, doc):
        set_meta(canv, title)
        canv.saveState()
        n = canv.getPageNumber()
        canv.setFillColor(colors.HexColor("#203864"))
        canv.rect(0, H - 34, W, 34, fill=1, stroke=0)
        canv.setFillColor(colors.white)
        canv.setFont("DVB", 12)
        canv.drawString(30, H - 22, "Observatoire des partenariats")
        canv.setFont("DV", 11)
        canv.drawRightString(W - 30, H - 22, "Associations & partenariats")
        canv.setFillColor(colors.HexColor("#FFC000"))
        canv.rect(0, 0, W, 6, fill=1, stroke=0)
        canv.setFillColor(colors.HexColor("#595959"))
        canv.setFont("DV", 10)
        canv.drawString(30, 16, "Support de présentation · données publiques de l'Observatoire")
        canv.drawRightString(W - 30, 16, "%d / 6" % n)
        canv.restoreState()

    doc = SimpleDocTemplate(path, pagesize=(W, H), leftMargin=50, rightMargin=50, topMargin=60,
                            bottomMargin=40, title=title, author="Observatoire des partenariats",
                            invariant=1)
    fw = W - 100
    s = []
    s += [Spacer(1, 60),
          P("Associations &amp; partenariats", st("tt", 36, font="DVB", color=colors.HexColor("#203864"), after=14)),
          P("Ce que disent les données", st("tt2", 24, color=colors.HexColor("#2F5597"), after=24)),
          P("Quatre enquêtes, de l'étude ARPEA à l'étude IMPACT – Associations &amp; Territoires", LN),
          PageBreak()]
    s += [P("Un réflexe devenu général", ST),
          P("Étude IMPACT – Associations &amp; Territoires :", LN)]
    s += bullets(["148 000 associations employeuses en France", "98% d'entre elles ont des partenariats", "Le partenariat n'est plus l'exception : c'est la norme"], LB)
    s += [keybox([("98%", "des associations employeuses ont au moins un partenaire (IMPACT – Associations &amp; Territoires).")], fw * 0.7, bg="#DEEBF7", border="#203864"),
          P("Source : IMPACT – Associations &amp; Territoires", SRC), PageBreak()]
    s += [P("Avec qui les associations s'allient-elles ?", ST)]
    s.append(table([["Partenaire (IMPACT – A&amp;T)", "Part des associations employeuses"],
                    ["Collectivités territoriales", "89%"],
                    ["Structures d'intérêt général", "73%"],
                    ["Établissements scolaires", "70%"],
                    ["Collectifs d'associations", "56%"],
                    ["Acteurs publics nationaux", "52%"],
                    ["Fédérations professionnelles", "37%"],
                    ["Acteurs académiques", "35%"]], [fw * 0.55, fw * 0.45], style_cell=SC))
    s += [P("Échelle : local 73% · régional 47%", st("sl2", 15, font="DVB", before=8)), PageBreak()]
    s += [P("Pour quoi faire ?", ST),
          P("Quatre formes de partenariat, selon la même étude :", LN)]
    s += bullets(["Mécénat : 75%", "Innovation sociétale : 73%", "Pratiques responsables : 70%", "Coopération économique : 58%"], LB)
    s += [P("Le mécénat reste en tête. Il devance de peu l'innovation sociétale.", LN), PageBreak()]
    s += [P("2017 : l'enquête Associations &amp; Partenariats", ST),
          P("Recherches &amp; Solidarités et Le RAMEAU, mars 2017 · enquête de mai-juin 2016 · plus de 1 380 responsables", st("s5", 13, color=colors.HexColor("#2F5597"), after=8))]
    s.append(table([["Type de partenaire", "Part des associations"],
                    ["Collectivités", "74%"], ["Associations ou fondations", "72%"], ["Enseignement", "47%"],
                    ["Entreprises", "28%"], ["Structures d'insertion", "22%"], ["Recherche", "9%"]],
                   [fw * 0.5, fw * 0.3], style_cell=SC))
    s += [P("En moyenne : 2,5 partenaires par association", st("s5b", 15, font="DVB", before=8, after=3)),
          P("Un partenariat avec une entreprise ? Tout dépend du budget :", st("s5c", 14, after=2))]
    s += bullets(["50% des associations de plus de 150 000 €", "20% de celles de moins de 10 000 €"], st("s5d", 14, left=22, bulletIndent=4, after=1))
    s += [PageBreak()]
    s += [P("Repères antérieurs", ST),
          P("Note du 29 février 2016 :", st("s6h", 15, font="DVB", after=2))]
    s += bullets(["37% des entreprises de 10 salariés et plus", "38% des associations (53% des employeuses)", "65% chez les « pionniers »"], S6)
    s += [P("Programme ARPEA :", st("s6h2", 15, font="DVB", before=6, after=2))]
    s += bullets(["Urgence de créer des partenariats : 86% des Français en 2008, 84% en 2012", "Près de 46% des associations engagées avec une entreprise"], S6)
    s += [P("ARPEA Entreprises &amp; Territoires (janvier 2011) :", st("s6h3", 15, font="DVB", before=6, after=2))]
    s += bullets(["21% des entreprises développent des partenariats", "33% souhaitent en développer", "46% ne le souhaitent pas"], S6)
    doc.build(s, onFirstPage=deco, onLaterPages=deco)
    return 6


# ---------------------------------------------------------------------------
# 5. Note (memo layout, A4, 5 pages)
# ---------------------------------------------------------------------------
def doc5(path):
    title = "Note — Repères sur Le RAMEAU et l'Observatoire des partenariats"
    W, H = A4
    MEMO = st("memo", 9.5, after=1)

    def deco(canv, doc):
        set_meta(canv, title)
        canv.saveState()
        n = canv.getPageNumber()
        canv.setStrokeColor(colors.HexColor("#7030A0"))
        canv.setLineWidth(2)
        canv.line(2 * cm, H - 1.5 * cm, W - 2 * cm, H - 1.5 * cm)
        canv.setFillColor(colors.HexColor("#7030A0"))
        canv.setFont("DVB", 9)
        canv.drawString(2 * cm, H - 1.3 * cm, "NOTE DOCUMENTAIRE")
        canv.setFont("DV", 8.5)
        canv.drawRightString(W - 2 * cm, H - 1.3 * cm, "Le RAMEAU · Observatoire des partenariats")
        canv.setLineWidth(0.5)
        canv.line(2 * cm, 1.5 * cm, W - 2 * cm, 1.5 * cm)
        canv.setFillColor(colors.HexColor("#555555"))
        canv.setFont("DV", 7.5)
        canv.drawString(2 * cm, 1.05 * cm, "Note de synthèse · usage interne · sources publiques")
        canv.drawRightString(W - 2 * cm, 1.05 * cm, "– %d –" % n)
        canv.restoreState()

    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=2.2 * cm, rightMargin=2.2 * cm,
                            topMargin=2.2 * cm, bottomMargin=2.0 * cm, title=title,
                            author="Observatoire des partenariats", invariant=1)
    fw = W - 4.4 * cm
    s = []
    # page 1
    s += [P("Objet : repères sur Le RAMEAU et l'Observatoire des partenariats", st("obj", 14, font="DVB", after=6)),
          table([["Rubrique", "Contenu"],
                 ["Nature", "Note de synthèse"],
                 ["Destinataires", "Équipes et partenaires"],
                 ["Plan", "1. Le RAMEAU · 2. L'Observatoire · 3. Le programme IMPACT · 4. Le droit de l'alliance · 5. La Fondation des Territoires"]],
                [fw * 0.25, fw * 0.75]),
          Spacer(1, 10),
          P("1. Le RAMEAU", H2),
          P("Le RAMEAU a été créé en 2006. C'est une association d'intérêt général, qui se décrit comme un « laboratoire de recherche empirique » et, dans d'autres textes, comme un « laboratoire d'innovations partenariales ».", BODY),
          P("Il s'est donné trois missions, dont la première consiste à témoigner de ce que les alliances produisent sur le terrain. Pour cela, il a recensé plus de 1 000 exemples inspirants.", BODY),
          P("Son travail repose sur la durée : 15 ans de recherche et 5 ans d'étude d'impact. Depuis 2006, il a conduit des expérimentations auprès de plus de 500 organisations.", BODY),
          P("Qui le dirige ?", H3),
          P("L'association a été fondée par Charles-Benoît Heidsieck, qui en est le président-fondateur. Elle est dirigée au quotidien par sa directrice générale, Laurence Weber.", BODY),
          PageBreak()]
    # page 2
    s += [P("2. L'Observatoire des partenariats", H2),
          P("L'Observatoire des partenariats a été créé en 2008 par la Caisse des Dépôts et Le RAMEAU. Il travaille en partenariat avec le MEDEF et le Mouvement associatif.", BODY),
          framed([P("Une date de création qui varie", H3),
                  P("Des documents plus anciens donnent une autre année. L'étude ARPEA Entreprises &amp; Territoires (janvier 2011) et le rapport quinquennal du 11 décembre 2012 parlent d'un « Observatoire national des partenariats associations / entreprises » créé en 2007.", BODY)], fw, bg="#EDE2F6", border="#7030A0"),
          Spacer(1, 6),
          P("Sa direction scientifique est assurée bénévolement par Anne Robin. Elle a fondé le cabinet COMISIS.", BODY),
          P("Trois programmes quinquennaux", H3),
          P("Les travaux de l'Observatoire s'organisent en plans de cinq ans. Ils se sont succédé ainsi :", BODY),
          table([["Programme", "Période", "Remarque"],
                 ["ARPEA", "2008-2012", "10 volets"],
                 ["PHARE<super>1</super>", "2013-2017", "6 volets"],
                 ["IMPACT", "2018-2022", "lancé en novembre 2017"]], [fw * 0.3, fw * 0.3, fw * 0.4]),
          Spacer(1, 6),
          P("Le sigle ARPEA ne s'écrit pas toujours de la même façon. On trouve « Analyse des Relations et des Partenariats entre Entreprises et Associations » dans le rapport quinquennal, « Analyser les Relations Partenariales entre Entreprises et Associations » sur le site de Le RAMEAU, et « Analyse des Relations Associations-Entreprises » dans une présentation du programme d'études.", BODY),
          Spacer(1, 12),
          P("<super>1</super> Plusieurs présentations de Le RAMEAU donnent 2013-2018 pour le programme PHARE.", NOTE),
          PageBreak()]
    # page 3
    s += [P("3. Le programme IMPACT", H2),
          P("Le programme IMPACT a été lancé en novembre 2017. Il est mené avec la Caisse des Dépôts, l'Institut CDC pour la Recherche, le Groupe La Poste, la Fondation TOTAL et Le RAMEAU.", BODY),
          P("Il s'organise autour de trois axes :", BODY)]
    s += bullets(["l'innovation sociétale et territoriale ;", "la performance des organisations ;", "la confiance."])
    s += [P("Une autre présentation du programme parle plutôt de trois indicateurs, l'innovation, la performance et la confiance.", BODY),
          P("Les étapes qui ont précédé", H3),
          P("Le rapport quinquennal de l'Observatoire a été rendu public le 11 décembre 2012. Il dresse le bilan du programme ARPEA.", BODY),
          P("La ministre Valérie Fourneyron a, de son côté, demandé un état des lieux des partenariats entre associations et entreprises. Ce rapport a été publié début 2014.", BODY),
          PageBreak()]
    # page 4
    s += [P("4. Vers un droit de l'alliance", H2),
          P("Lors du FNAF 2019, Gabriel Attal a confié une mission ministérielle à deux personnes : Cathy Racon-Bouzon et Charles-Benoît Heidsieck.", BODY),
          P("Leur rapport a été remis le 7 mai 2020. Un bilan a suivi le 17 octobre 2020.", BODY),
          P("Dans le prolongement de ces travaux, une proposition de loi a été consacrée au « droit de l'alliance d'intérêt général ». Elle est portée par Cathy Racon-Bouzon et a été déposée en février ; agréée par le Bureau de l'Assemblée nationale, elle a été publiée au Journal officiel. Le ministère a par ailleurs arrêté une « feuille de route » de 21 mesures.", BODY),
          P("Trois chiffres ont accompagné ces travaux :", BODY),
          keybox([("81%", "des Français ressentent un « devoir d'alliance »."),
                  ("92%", "des maires expriment un « besoin d'alliance »."),
                  ("84%", "des dirigeants d'entreprise disent leur « envie d'alliance ».")], fw, bg="#EDE2F6", border="#7030A0"),
          Spacer(1, 6),
          P("Ces chiffres sont plus récents que ceux du volet PHARE-Citoyens de 2015, avec lesquels il ne faut pas les confondre.", BODY),
          PageBreak()]
    # page 5
    s += [P("5. La Fondation des Territoires", H2),
          P("La préfiguration de la Fondation des Territoires a été lancée en juillet 2018. Elle s'est déroulée en trois étapes :", BODY),
          table([["Étape", "Période"],
                 ["Étape 1", "juillet 2018 – juillet 2019"],
                 ["Étape 2", "août 2019 – novembre 2020"],
                 ["Étape 3", "décembre 2020 – mai 2022"]], [fw * 0.4, fw * 0.6]),
          Spacer(1, 6),
          P("La fondation elle-même a été créée le 14 juin 2022, sous l'égide de la Fondation de Lille. Elle réunit 21 co-fondateurs et s'est fixé trois missions.", BODY),
          Spacer(1, 20),
          P("Sources principales : lerameau.fr, observatoire-des-partenariats.fr, associations.gouv.fr, co-construisonsdemain.org, mecenova.org.", NOTE)]
    doc.build(s, onFirstPage=deco, onLaterPages=deco)
    return 5


DOCS = [
    ("01", "etude-phare-citoyens", doc1),
    ("02", "fiche-repere-collectivites", doc2),
    ("03", "bulletin-veille", doc3),
    ("04", "deck-associations", doc4),
    ("05", "note-reperes-historiques", doc5),
]


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    os.makedirs(out, exist_ok=True)
    for k, slug, fn in DOCS:
        path = os.path.join(out, "%s-%s-%s.pdf" % (PREFIX, k, slug))
        expected = fn(path)
        n = len(PdfReader(path).pages)
        assert n == expected, "%s: %d pages, expected %d" % (path, n, expected)
        assert 3 <= n <= 6
        print("%s  %d pages" % (os.path.basename(path), n))


if __name__ == "__main__":
    main()
