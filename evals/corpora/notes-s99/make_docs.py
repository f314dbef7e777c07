#!/usr/bin/env python
"""Génère les 5 PDF fictifs du corpus notes-s99 (Observatoire des partenariats, forme Le RAMEAU).

Déterministe : rl_config.invariant = 1, aucune date ni hasard. Usage :
    python make_docs.py [dossier_de_sortie]
Écrit obs-s99-0K-<forme>.pdf dans le dossier du script (ou celui passé en argument)
et vérifie le nombre de pages de chaque PDF.
"""
import os
import re
import sys

from reportlab import rl_config

rl_config.invariant = 1

from reportlab.lib import colors  # noqa: E402
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import mm  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.lib.fonts import addMapping  # noqa: E402
from reportlab.graphics.shapes import Drawing, Rect, String, Line  # noqa: E402
from reportlab.platypus import (  # noqa: E402
    BaseDocTemplate, Frame, FrameBreak, KeepTogether, NextPageTemplate, PageBreak,
    PageTemplate, Paragraph, Spacer, Table, TableStyle,
)

FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
for name, fn in [("DV", "DejaVuSans.ttf"), ("DV-B", "DejaVuSans-Bold.ttf"),
                 ("DV-I", "DejaVuSans-Oblique.ttf"), ("DV-BI", "DejaVuSans-BoldOblique.ttf"),
                 ("DVS", "DejaVuSerif.ttf"), ("DVS-B", "DejaVuSerif-Bold.ttf"),
                 ("DVS-I", "DejaVuSerif-Italic.ttf"), ("DVS-BI", "DejaVuSerif-BoldItalic.ttf")]:
    pdfmetrics.registerFont(TTFont(name, FONT_DIR + fn))
addMapping("DV", 0, 0, "DV"); addMapping("DV", 1, 0, "DV-B")
addMapping("DV", 0, 1, "DV-I"); addMapping("DV", 1, 1, "DV-BI")
addMapping("DVS", 0, 0, "DVS"); addMapping("DVS", 1, 0, "DVS-B")
addMapping("DVS", 0, 1, "DVS-I"); addMapping("DVS", 1, 1, "DVS-BI")

W, H = A4
GREEN = colors.HexColor("#2e6b4f")
LIGHT = colors.HexColor("#e8f1ec")
GREY = colors.HexColor("#555555")

BODY = ParagraphStyle("body", fontName="DVS", fontSize=9.5, leading=13, alignment=TA_JUSTIFY, spaceAfter=5)
SANS = ParagraphStyle("sans", fontName="DV", fontSize=9, leading=12, spaceAfter=4)
SMALL = ParagraphStyle("small", fontName="DV", fontSize=7.5, leading=9.5, textColor=GREY, spaceAfter=2)
TITLE = ParagraphStyle("title", fontName="DV-B", fontSize=17, leading=21, textColor=GREEN, spaceAfter=6)
SUB = ParagraphStyle("sub", fontName="DV", fontSize=10.5, leading=14, textColor=GREY, spaceAfter=8)
H2 = ParagraphStyle("h2", fontName="DV-B", fontSize=11.5, leading=15, textColor=GREEN, spaceBefore=6, spaceAfter=4)
H3 = ParagraphStyle("h3", fontName="DV-B", fontSize=9.5, leading=12, spaceBefore=4, spaceAfter=2)
CELL = ParagraphStyle("cell", fontName="DV", fontSize=8.5, leading=10.5)
CELLB = ParagraphStyle("cellb", fontName="DV-B", fontSize=8.5, leading=10.5)
BOX = ParagraphStyle("box", fontName="DV", fontSize=8.5, leading=11.5, spaceAfter=3)
BIG = ParagraphStyle("big", fontName="DV-B", fontSize=22, leading=26, textColor=GREEN, alignment=TA_CENTER)
TILE = ParagraphStyle("tile", fontName="DV", fontSize=8.5, leading=11, alignment=TA_CENTER)
QUOTE = ParagraphStyle("quote", fontName="DVS-I", fontSize=10, leading=14, leftIndent=12, rightIndent=12,
                       textColor=GREEN, spaceAfter=6)

M = 18 * mm  # marges


NBSP = "\u00a0"


def nb(text):
    """Espaces insécables typographiques : « 17 % », « 1 650 » ne se coupent pas en fin de ligne."""
    text = re.sub(r"(\d) (%|€|M€)", lambda m: m.group(1) + NBSP + m.group(2), text)
    return re.sub(r"(\d) (\d{3})(?!\d)", lambda m: m.group(1) + NBSP + m.group(2), text)


def P(text, style=BODY):
    return Paragraph(nb(text), style)


def boxed(flowables, width, bg=LIGHT):
    t = Table([[flowables]], colWidths=[width])
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), bg), ("BOX", (0, 0), (-1, -1), 0.6, GREEN),
                           ("LEFTPADDING", (0, 0), (-1, -1), 7), ("RIGHTPADDING", (0, 0), (-1, -1), 7),
                           ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
    return t


def grid(rows, widths, header_rows=1, align_right_from=1):
    data = []
    for i, r in enumerate(rows):
        st = CELLB if i < header_rows else CELL
        data.append([Paragraph(c, st) if isinstance(c, str) else c for c in r])
    t = Table(data, colWidths=widths, repeatRows=header_rows)
    t.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#9bb8a8")),
        ("BACKGROUND", (0, 0), (-1, header_rows - 1), LIGHT),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]))
    return t


def make_doc(path, header, footer_fn, templates):
    """templates: list of (id, frames) ; header/footer drawn on every page."""
    def on_page(canv, doc):
        canv.saveState()
        canv.setFont("DV", 7.5)
        canv.setFillColor(GREY)
        canv.drawString(M, H - 11 * mm, header)
        canv.setStrokeColor(GREEN)
        canv.setLineWidth(0.6)
        canv.line(M, H - 12.5 * mm, W - M, H - 12.5 * mm)
        canv.line(M, 13 * mm, W - M, 13 * mm)
        left, right = footer_fn(doc.page)
        canv.drawString(M, 9 * mm, left)
        if right:
            canv.drawRightString(W - M, 9 * mm, right)
        canv.restoreState()

    doc = BaseDocTemplate(path, pagesize=A4, leftMargin=M, rightMargin=M, topMargin=18 * mm,
                          bottomMargin=18 * mm, title=os.path.basename(path)[:-4],
                          author="Observatoire des partenariats (corpus fictif s99)", creator="make_docs.py")
    doc.addPageTemplates([PageTemplate(id=tid, frames=fr, onPage=on_page) for tid, fr in templates])
    return doc


def one_col():
    return [Frame(M, 18 * mm, W - 2 * M, H - 36 * mm, id="main")]


def head_two_cols(head_h):
    """Bandeau pleine largeur (hauteur head_h) puis deux colonnes."""
    top = H - 18 * mm
    bw = W - 2 * M
    colw = (bw - 8 * mm) / 2
    colh = top - head_h - 18 * mm
    return [Frame(M, top - head_h, bw, head_h, id="head"),
            Frame(M, 18 * mm, colw, colh, id="c1"),
            Frame(M + colw + 8 * mm, 18 * mm, colw, colh, id="c2")]


FW = W - 2 * M  # largeur utile
CW = (FW - 8 * mm) / 2 - 12  # largeur utile d'une colonne (padding des frames)


# ---------------------------------------------------------------------------
# (a) Compte rendu de comité de pilotage — 3 pages, paginées 12 à 14
# ---------------------------------------------------------------------------
def doc_copil(out):
    path = os.path.join(out, "obs-s99-01-compte-rendu-copil.pdf")
    doc = make_doc(path, "Observatoire des partenariats · Registre des instances 2022 · Fonds ODD 17",
                   lambda p: ("CR COPIL n° 5 — diffusion restreinte aux membres", "page %d" % (p + 11)),
                   [("one", one_col())])
    s = []
    s.append(P("Compte rendu du comité de pilotage n° 5 du Fonds ODD 17", TITLE))
    s.append(P("Séance du lundi 12 septembre 2022, de 14 h 30 à 17 h, au 56 rue de Lancry, 75010 Paris, "
               "en présence de 14 des 18 membres du comité.", SUB))
    s.append(P("Ordre du jour", H2))
    s.append(P("1. Ouverture et rappel du cadre — 2. Relevé de décisions — 3. Tableau de bord des indicateurs — "
               "4. Points divers et calendrier", SANS))
    s.append(P("1. Ouverture et rappel du cadre", H2))
    s.append(P("Le président ouvre la séance et rappelle l'origine du fonds : Le RAMEAU et la Fondation TotalEnergies "
               "l'ont co-créé en 2020 et l'ont doté de 1,5 M€ pour conduire une expérimentation sur trois ans. "
               "Le comité a pour rôle d'arbitrer l'usage de cette dotation et de suivre les territoires engagés."))
    s.append(P("Il souligne que l'ODD 17, « partenariats pour la réalisation des objectifs », reste la boussole du "
               "programme, et que le présent compte rendu sera soumis à l'approbation des membres lors de la séance "
               "suivante, conformément à l'article 6 du règlement intérieur."))
    s.append(P("2. Relevé de décisions", H2))
    dec = [
        ("Décision n° 1", "Le procès-verbal de la séance du 9 mai 2022 est approuvé sans modification."),
        ("Décision n° 2", "Le budget 2023 du fonds est arrêté à 520 000 €, dont 60 % seront consacrés à la "
                          "formation des catalyseurs territoriaux."),
        ("Décision n° 3", "Le comité valide l'entrée de deux nouveaux territoires dans la démarche, ce qui porte à "
                          "16 le nombre de territoires accompagnés depuis le lancement."),
    ]
    rows = [[Paragraph("<b>%s</b>" % a, CELL), Paragraph(b, CELL)] for a, b in dec]
    t = Table(rows, colWidths=[30 * mm, FW - 30 * mm])
    t.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.4, GREEN), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
    s.append(t)
    s.append(Spacer(1, 4))
    s.append(P("Les décisions n° 4 à 6 figurent en page suivante.", SMALL))
    s.append(PageBreak())

    # page 2 (imprimée 13)
    s.append(P("2. Relevé de décisions (suite)", H2))
    dec2 = [
        ("Décision n° 4", "Les appels à projets 2023 seront ouverts aux communes de moins de 3 500 habitants et "
                          "aux intercommunalités de moins de 50 000 habitants."),
        ("Décision n° 5", "Le secrétariat présentera une grille d'évaluation commune avant le 30 novembre 2022."),
    ]
    rows = [[Paragraph("<b>%s</b>" % a, CELL), Paragraph(b, CELL)] for a, b in dec2]
    t = Table(rows, colWidths=[30 * mm, FW - 30 * mm])
    t.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.4, GREEN), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
    s.append(t)
    s.append(P("3. Tableau de bord des indicateurs", H2))
    s.append(P("Tableau 1 — Indicateurs de suivi du fonds (cible et réalisé)", H3))
    s.append(grid([
        ["Indicateur", "Cible fin 2023", "Réalisé 2021", "Réalisé 2022<super>1</super>"],
        ["Catalyseurs territoriaux formés", "350", "128", "236"],
        ["Territoires accompagnés", "20", "9", "16"],
        ["Dotation engagée (k€)", "1 500", "410", "890"],
        ["Catalyseurs issus d'une association (%)", "50", "n.d.", "47"],
    ], [70 * mm, 32 * mm, 32 * mm, FW - 134 * mm]))
    s.append(Spacer(1, 6))
    s.append(P("Lecture : fin août 2022, 47 % des catalyseurs formés viennent d'une association, soit 3 points "
               "sous la cible. Le retard tient surtout aux territoires entrés en 2022, dont les premières sessions "
               "de formation n'ont commencé qu'au second semestre."))
    s.append(P("Le comité note que la moitié de la cible de catalyseurs est déjà dépassée et demande au secrétariat "
               "de détailler, pour la séance de décembre, la répartition par territoire."))
    s.append(Spacer(1, 8))
    s.append(P("<super>1</super> Données arrêtées au 31 août 2022 ; source : tableau de suivi du secrétariat. "
               "n.d. : non disponible (indicateur créé en 2022).", SMALL))
    s.append(PageBreak())

    # page 3 (imprimée 14)
    s.append(P("4. Points divers et calendrier", H2))
    s.append(P("Le délégué de la Fondation des Territoires informe le comité que celle-ci a été créée le 14 juin 2022 "
               "sous l'égide de la Fondation de Lille ; elle réunit vingt et un co-fondateurs et pourra relayer "
               "les appels à projets du fonds."))
    s.append(P("Décision n° 6 — Une enveloppe de 45 000 € est réservée à l'évaluation du fonds, confiée à un "
               "cabinet extérieur pour une durée de 2 ans."))
    s.append(P("La directrice générale rappelle que Le RAMEAU a mené, depuis 2006, des expérimentations auprès de "
               "plus de 500 organisations, matériau sur lequel s'appuiera l'évaluation."))
    s.append(P("Participants", H2))
    part = [
        ["Membre", "Organisation", "Qualité"],
        ["Charles-Benoît Heidsieck", "Le RAMEAU", "président-fondateur, président de séance"],
        ["Laurence Weber", "Le RAMEAU", "directrice générale"],
        ["Anne Robin", "COMISIS", "direction scientifique de l'Observatoire"],
        ["Hélène Marchais", "Fondation TotalEnergies", "déléguée générale adjointe"],
        ["Yannick Perrot", "Fondation des Territoires", "délégué"],
        ["Sabine Ould-Kaci", "Caisse des Dépôts", "chargée de mission"],
    ]
    s.append(grid(part, [50 * mm, 50 * mm, FW - 100 * mm]))
    s.append(Spacer(1, 4))
    s.append(P("Sont également présents 8 autres membres dont la liste figure en annexe 2. Excusés : 4 membres.",
               SANS))
    s.append(Spacer(1, 8))
    s.append(boxed([P("Prochaine séance : mardi 13 décembre 2022 à 10 h", H3),
                    P("Secrétariat du comité : 01 45 67 89 10 — le compte rendu est à retourner signé avant le "
                      "4 octobre 2022.", BOX)], FW - 4))
    doc.build(s)
    return path


# ---------------------------------------------------------------------------
# (b) Dossier de presse — 4 pages ; couverture non paginée, puis 1 à 3
# ---------------------------------------------------------------------------
def doc_presse(out):
    path = os.path.join(out, "obs-s99-02-dossier-de-presse.pdf")
    doc = make_doc(path, "DOSSIER DE PRESSE · Observatoire des partenariats · Élus locaux 2024",
                   lambda p: ("Sous embargo jusqu'au 26 novembre 2024, 6 h", None if p == 1 else "%d" % (p - 1)),
                   [("head2", head_two_cols(40 * mm)), ("one", one_col())])
    s = []
    # page 1 : communiqué, bandeau + deux colonnes
    s.append(P("Communiqué de presse", SUB))
    s.append(P("Élus locaux : neuf maires sur dix voient leur territoire en mouvement", TITLE))
    s.append(P("Paris, le 26 novembre 2024 — IMPACTS &amp; TRAJECTOIRES, volet « Élus locaux »", SUB))
    s.append(FrameBreak())
    s.append(P("Neuf maires sur dix (91 %) perçoivent leur territoire comme « en mouvement » : c'est le principal "
               "enseignement de l'enquête IMPACTS &amp; TRAJECTOIRES – Élus locaux, menée par téléphone du "
               "30 septembre au 28 octobre 2024 auprès de 302 maires."))
    s.append(P("Dans le détail, 35 % le jugent fortement en mouvement et 56 % « ni plus ni moins » qu'auparavant. "
               "Seule une minorité décrit un territoire figé."))
    s.append(P("L'échantillon reflète la France des petites communes : 84 % des répondants sont maires d'une "
               "commune de moins de 2 000 habitants."))
    s.append(FrameBreak())
    s.append(P("Ces résultats prolongent ceux de 2016 : l'enquête PHARE-Institutions relevait alors que 87 % des "
               "maires voyaient dans les partenariats une source d'innovation<super>1</super>."))
    s.append(P("« Les maires n'attendent pas qu'on leur explique l'alliance : ils la pratiquent déjà. Notre rôle est "
               "de leur donner des repères pour la piloter », souligne Laurence Weber, directrice générale du "
               "RAMEAU.", QUOTE))
    s.append(P("Les résultats complets seront présentés lors du 5e webinaire de la saison, le 3 décembre.", SANS))
    s.append(Spacer(1, 6))
    s.append(P("<super>1</super> PHARE-Institutions, publié le 29 novembre 2016.", SMALL))
    s.append(NextPageTemplate("one"))
    s.append(PageBreak())

    # page 2 : chiffres-clés en tuiles
    s.append(P("Les chiffres-clés", TITLE))
    s.append(P("Six repères pour comprendre la dynamique des territoires (enquêtes de 2016 à 2024)", SUB))
    tiles = [
        ("302", "maires interrogés par téléphone à l'automne 2024"),
        ("91 %", "des maires voient leur territoire en mouvement (2024)"),
        ("92 %", "des maires expriment un « besoin d'alliance »"),
        ("64 %", "des élus locaux veulent s'appuyer sur le « jouer collectif »"),
        ("76 %", "des maires estiment leur territoire engagé"),
        ("46 %", "des maires ne savent pas comment piloter ces alliances"),
    ]
    tw = (FW - 10) / 3
    cells = [[boxed([P(a, BIG), P(b, TILE)], tw - 8, bg=LIGHT) for a, b in tiles[i:i + 3]] for i in (0, 3)]
    t = Table(cells, colWidths=[tw] * 3, rowHeights=[34 * mm, 34 * mm])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    s.append(t)
    s.append(Spacer(1, 8))
    s.append(P("Et du côté des associations", H2))
    s.append(P("La France compte 148 000 associations employeuses ; 98 % d'entre elles déclarent au moins un "
               "partenariat, selon l'étude IMPACT – Associations &amp; Territoires."))
    s.append(Spacer(1, 6))
    s.append(P("Sources : IMPACTS &amp; TRAJECTOIRES – Élus locaux (2024) ; programme IMPACT ; PHARE-Institutions "
               "(2016). Les tuiles 3 à 6 reprennent des enquêtes antérieures à 2024.", SMALL))
    s.append(PageBreak())

    # page 3 : portraits (colonne de portraits dans un tableau photo/texte)
    s.append(P("Portraits", TITLE))
    s.append(P("Trois regards sur l'alliance en territoire", SUB))
    portraits = [
        ("Charles-Benoît Heidsieck", "président-fondateur du RAMEAU",
         "Il a fondé Le RAMEAU en 2006. En quinze ans de recherche empirique, son laboratoire a recensé plus de "
         "1 000 exemples inspirants d'alliances entre acteurs."),
        ("Martine Le Goff", "maire de Saint-Aubin-des-Landes (35)",
         "Élue depuis 2014 dans cette commune de 1 480 habitants, elle a réuni 27 entreprises et 12 associations "
         "autour d'un tiers-lieu ouvert en 2023."),
        ("Karim Haddad", "dirigeant d'une PME à Lisieux (14100)",
         "À la tête d'une entreprise de 45 salariés, il consacre 2 % de la masse salariale à des missions de "
         "mécénat de compétences auprès des associations du Pays d'Auge."),
    ]
    for name, role, txt in portraits:
        ph = Drawing(28 * mm, 28 * mm)
        ph.add(Rect(0, 0, 28 * mm, 28 * mm, fillColor=LIGHT, strokeColor=GREEN))
        ph.add(String(14 * mm, 13 * mm, "photo", fontName="DV", fontSize=7, fillColor=GREY, textAnchor="middle"))
        t = Table([[ph, [P(name, H3), P(role, SMALL), P(txt, BODY)]]], colWidths=[34 * mm, FW - 34 * mm])
        t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEBELOW", (0, 0), (-1, -1), 0.4, GREEN),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 8), ("TOPPADDING", (0, 0), (-1, -1), 8)]))
        s.append(t)
    s.append(Spacer(1, 8))
    s.append(boxed([P("Anne Robin, fondatrice de COMISIS, assure bénévolement la direction scientifique de "
                      "l'Observatoire. En 2015, elle a piloté le volet PHARE-Citoyens, pour lequel plus de 2 000 "
                      "personnes ont été interrogées.", BOX)], FW - 4))
    s.append(PageBreak())

    # page 4 : à propos + contacts presse
    s.append(P("À propos", TITLE))
    s.append(P("L'Observatoire des partenariats a été créé en 2008 par la Caisse des Dépôts et Le RAMEAU, en "
               "partenariat avec le MEDEF et le Mouvement associatif. Le programme PHARE a notamment donné lieu à "
               "13 rapports régionaux publiés en 2016 ; le 11e, consacré à la Normandie, a ouvert la série des "
               "rencontres en région."))
    s.append(P("Le RAMEAU, association d'intérêt général, poursuit trois missions au service de la "
               "co-construction du bien commun."))
    s.append(P("Contacts presse", H2))
    s.append(grid([
        ["Contact", "Téléphone", "Adresse"],
        ["Agence Ligne Claire — Sophie Marchand", "06 12 34 56 78", "18 rue des Arènes, 75005 Paris"],
        ["Le RAMEAU — service communication", "01 84 17 22 40", "Paris 13e"],
    ], [70 * mm, 35 * mm, FW - 105 * mm]))
    s.append(Spacer(1, 8))
    s.append(P("Visuels disponibles sur demande : 6 photographies haute définition et l'infographie des "
               "chiffres-clés (page 2 du présent dossier).", SANS))
    doc.build(s)
    return path


# ---------------------------------------------------------------------------
# (c) Portrait de territoire — 3 pages, paginées 41 à 43
# ---------------------------------------------------------------------------
def doc_territoire(out):
    path = os.path.join(out, "obs-s99-03-portrait-territoire.pdf")
    doc = make_doc(path, "Portraits de territoires · Normandie · édition 2024",
                   lambda p: ("Observatoire des partenariats — Val d'Auterne", "p. %d" % (p + 40)),
                   [("head2", head_two_cols(77 * mm)), ("one", one_col())])
    s = []
    s.append(P("Val d'Auterne : un territoire rural qui apprend à faire alliance", TITLE))
    s.append(P("Communauté de communes du Val d'Auterne (Orne) — portrait réalisé en 2024 à partir d'une enquête "
               "locale de juin 2023", SUB))
    kf = [
        ["Chiffres du territoire", ""],
        ["Population (INSEE, RP 2020)", "48 300 habitants"],
        ["Communes", "37, dont 29 de moins de 2 000 habitants"],
        ["Associations actives", "1 240"],
        ["dont associations employeuses", "212"],
        ["Salariés associatifs", "1 650"],
        ["Entreprises de 10 salariés et plus", "310"],
    ]
    t = grid(kf, [70 * mm, FW - 70 * mm])
    t.setStyle(TableStyle([("SPAN", (0, 0), (1, 0))]))
    s.append(t)
    s.append(FrameBreak())
    s.append(P("Entre bocage et vallées, le Val d'Auterne a rejoint en 2019 la démarche « Agir ensemble en "
               "territoire », initiée en 2010. Les associations employeuses y représentent 17 % des associations "
               "actives, une proportion proche de la moyenne régionale."))
    s.append(P("Le tissu économique reste dominé par l'agriculture et l'agroalimentaire ; les trois quarts des "
               "emplois salariés se concentrent dans les bourgs-centres."))
    s.append(FrameBreak())
    s.append(P("Le 11e rapport régional de l'Observatoire, consacré à la Normandie, avait déjà repéré le Val "
               "d'Auterne pour sa coopération entre mairies et clubs sportifs<super>1</super>."))
    s.append(P("Depuis, la communauté de communes anime une conférence annuelle des partenaires, dont la "
               "4e édition s'est tenue en mars 2024 à Saint-Cénery (61250)."))
    s.append(Spacer(1, 4))
    s.append(P("<super>1</super> Le rapport Normandie fait partie de la série régionale PHARE.", SMALL))
    s.append(NextPageTemplate("one"))
    s.append(PageBreak())

    # page 2 : acteurs et encadrés
    s.append(P("Les acteurs et leurs partenariats", H2))
    s.append(P("Le tiers-lieu « La Forge », ouvert en 2021 dans l'ancienne filature, accueille aujourd'hui 23 "
               "structures, associations et petites entreprises mêlées. Il sert de point d'appui aux mairies qui "
               "n'ont pas de service dédié à la vie associative."))
    s.append(boxed([P("Encadré 1 — Ce que disent les associations du territoire", H3),
                    P("Interrogés en juin 2023, 64 responsables associatifs du Val d'Auterne déclarent en moyenne "
                      "2,8 partenaires, contre 2,5 pour les associations françaises en 2016.", BOX),
                    P("Parmi eux, 71 % travaillent avec leur commune, 38 % avec une entreprise et 12 % avec un "
                      "établissement d'enseignement supérieur ou de recherche.", BOX)], FW - 4))
    s.append(Spacer(1, 8))
    s.append(boxed([P("Encadré 2 — Repère national", H3),
                    P("À l'échelle nationale, 98 % des associations employeuses ont au moins un partenariat, et "
                      "89 % d'entre elles travaillent avec une collectivité territoriale (étude IMPACT – "
                      "Associations &amp; Territoires).", BOX)], FW - 4, bg=colors.white))
    s.append(Spacer(1, 8))
    s.append(P("Les communes de moins de 500 habitants restent en retrait : faute d'élus disponibles, elles "
               "délèguent souvent le lien avec les associations à la communauté de communes.", BODY))
    s.append(PageBreak())

    # page 3 : carte remplacée par une légende chiffrée
    s.append(P("Carte 1 — Partenariats recensés par commune (2023)", H2))
    s.append(P("La carte n'est pas reproduite dans cette version ; sa légende est donnée ci-dessous.", SMALL))
    s.append(grid([
        ["Classe (partenariats par commune)", "Nombre de communes"],
        ["● de 0 à 2 partenariats", "14"],
        ["● de 3 à 5 partenariats", "15"],
        ["● 6 partenariats et plus", "8"],
    ], [90 * mm, 50 * mm]))
    s.append(Spacer(1, 8))
    s.append(boxed([P("Encadré 3 — Ce qui a changé depuis 2019", H3),
                    P("Le nombre de partenariats recensés<super>2</super> est passé de 96 en 2019 à 158 en 2023, "
                      "soit une hausse de 65 %.", BOX),
                    P("Une convention de 3 ans, signée avec le conseil départemental, doit prolonger cette "
                      "dynamique jusqu'en 2026.", BOX)], FW - 4))
    s.append(Spacer(1, 8))
    s.append(P("<super>2</super> Recensement réalisé par le tiers-lieu ; un partenariat peut associer plusieurs "
               "communes.", SMALL))
    s.append(P("Sources : INSEE, recensement de la population 2020 ; enquête locale de juin 2023 ; Observatoire des "
               "partenariats.", SMALL))
    doc.build(s)
    return path


# ---------------------------------------------------------------------------
# (d) Rapport financier simplifié d'une association — 3 pages, paginées 5 à 7
# ---------------------------------------------------------------------------
def doc_finances(out):
    path = os.path.join(out, "obs-s99-04-rapport-financier.pdf")
    doc = make_doc(path, "Passerelles Val d'Auterne · Rapport annuel 2023 · Partie II — Rapport financier",
                   lambda p: ("Association régie par la loi du 1er juillet 1901 — SIRET 512 345 678 00021",
                              "%d" % (p + 4)),
                   [("one", one_col())])
    s = []
    s.append(P("Rapport financier simplifié", TITLE))
    s.append(P("Exercice clos le 31 décembre 2023, comparé à l'exercice 2022", SUB))
    s.append(P("Tableau 1 — Compte de résultat simplifié (en euros)", H3))
    s.append(grid([
        ["", "Exercice 2023", "Exercice 2022"],
        ["Subventions publiques", "286 400", "271 900"],
        ["Mécénat et partenariats d'entreprises", "94 750", "62 300"],
        ["Cotisations et dons", "18 200", "17 650"],
        ["Total des produits", "399 350", "351 850"],
        ["Total des charges", "390 880", "355 000"],
        ["Résultat de l'exercice", "8 470", "(3 150)"],
    ], [80 * mm, 40 * mm, 40 * mm]))
    s.append(Spacer(1, 4))
    s.append(P("Les montants entre parenthèses sont négatifs. Arrondis à l'euro le plus proche.", SMALL))
    s.append(Spacer(1, 6))
    s.append(P("Le compte de résultat est présenté selon le règlement ANC n° 2018-06 relatif aux comptes annuels "
               "des personnes morales de droit privé à but non lucratif. Le détail par nature figure à l'annexe "
               "3 du rapport complet."))
    s.append(PageBreak())

    s.append(P("Tableau 2 — Bilan simplifié au 31 décembre (en milliers d'euros)", H3))
    s.append(grid([
        ["", "2023", "2022"],
        ["Actif immobilisé", "42,5", "47,1"],
        ["Trésorerie", "118,3", "96,8"],
        ["Fonds associatifs", "97,6", "89,1"],
        ["Dettes", "63,2", "54,8"],
        ["Total du bilan", "160,8", "143,9"],
    ], [80 * mm, 40 * mm, 40 * mm]))
    s.append(Spacer(1, 8))
    s.append(P("Les fonds associatifs progressent de 9,5 % grâce à l'excédent de l'exercice. La trésorerie "
               "couvre désormais plus de trois mois de fonctionnement, ce qui met l'association à l'abri d'un "
               "retard de versement des subventions."))
    s.append(P("Aucun emprunt n'a été contracté ; les dettes sont pour l'essentiel des dettes sociales et "
               "fiscales exigibles en janvier 2024."))
    s.append(PageBreak())

    s.append(P("Commentaires du trésorier", H2))
    s.append(P("Les produits progressent de 13,5 % entre 2022 et 2023, portés par le mécénat (+52 %). Le mécénat "
               "représente désormais 24 % des produits, contre 18 % en 2022."))
    s.append(P("L'association compte 11 partenaires privés, dont 4 nouveaux en 2023. Elle emploie 7 salariés, soit "
               "6,2 équivalents temps plein, et s'appuie sur une quarantaine de bénévoles réguliers."))
    s.append(boxed([P("Repère", H3),
                    P("Selon l'enquête « Associations &amp; Partenariats » (terrain de mai-juin 2016, publiée en "
                      "mars 2017), 50 % des associations dont le budget dépasse 150 000 € ont un partenariat avec "
                      "une entreprise, contre 20 % de celles dont le budget est inférieur à 10 000 €.", BOX),
                    P("Avec un budget de près de 400 000 €, Passerelles appartient au premier groupe.", BOX)],
                   FW - 4))
    s.append(Spacer(1, 8))
    s.append(P("Comptes arrêtés par le conseil d'administration du 14 mars 2024 et approuvés par l'assemblée "
               "générale du 15 juin 2024 (résolution n° 2).", SANS))
    doc.build(s)
    return path


# ---------------------------------------------------------------------------
# (e) Résultats d'une enquête flash — 3 pages, paginées 1/3 à 3/3
# ---------------------------------------------------------------------------
def bar_chart(labels, values, width, height=46 * mm):
    d = Drawing(width, height)
    x0, y0 = 95, 14
    scale = (width - x0 - 20) / 60.0
    bh = (height - 24) / len(values)
    for i, (lab, v) in enumerate(zip(labels, values)):
        y = y0 + (len(values) - 1 - i) * bh + 3
        d.add(String(x0 - 4, y + 2, lab, fontName="DV", fontSize=7, textAnchor="end"))
        d.add(Rect(x0, y, v * scale, bh - 6, fillColor=GREEN, strokeColor=None))
    d.add(Line(x0, y0, x0 + 60 * scale, y0, strokeColor=GREY))
    for g in (0, 20, 40, 60):
        d.add(String(x0 + g * scale, y0 - 10, str(g), fontName="DV", fontSize=6.5, textAnchor="middle",
                     fillColor=GREY))
    return d


def question(num, text, options, note=None):
    rows = [[Paragraph(o, CELL), Paragraph(v, CELLB)] for o, v in options]
    t = Table(rows, colWidths=[110 * mm, 25 * mm])
    t.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.HexColor("#9bb8a8")),
                           ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
    out = [P("<b>%s.</b> %s" % (num, text), H3), t]
    if note:
        out.append(P(note, SMALL))
    out.append(Spacer(1, 5))
    return KeepTogether(out)


def doc_enquete(out):
    path = os.path.join(out, "obs-s99-05-enquete-flash.pdf")
    doc = make_doc(path, "Enquête flash n° 3 · Les associations et leurs partenaires · résultats",
                   lambda p: ("Observatoire des partenariats — publication de janvier 2024", "%d/3" % p),
                   [("one", one_col())])
    s = []
    s.append(P("Enquête flash : les associations et leurs partenaires en sortie de crise", TITLE))
    s.append(P("Réalisée du 2 au 16 octobre 2023 auprès de 412 responsables associatifs, cette enquête flash a "
               "été publiée en janvier 2024.", SUB))
    s.append(boxed([P("Rappel : selon la note du 29 février 2016, 38 % des associations (et 53 % des "
                      "associations employeuses) avaient alors noué un partenariat avec une entreprise.", BOX)],
                   FW - 4))
    s.append(Spacer(1, 8))
    s.append(question("Q1", "Votre association a-t-elle au moins un partenaire ?",
                      [("Oui", "87 %"), ("Non", "11 %"), ("Ne sait pas", "2 %")]))
    s.append(question("Q2", "Combien de partenaires réguliers votre association compte-t-elle ?",
                      [("1 ou 2", "34 %"), ("de 3 à 5", "45 %"), ("6 ou plus", "21 %")],
                      "Base : associations ayant au moins un partenaire."))
    s.append(question("Q3", "Votre association a-t-elle au moins un partenaire entreprise ?",
                      [("Oui", "41 %"), ("Non", "59 %")],
                      "Tri par taille d'association : voir page 3."))
    s.append(PageBreak())

    s.append(question("Q4", "Quelle note de confiance donnez-vous à vos partenaires (de 0 à 10) ?",
                      [("Note moyenne en 2023", "7,4/10"), ("Rappel : note moyenne de l'édition 2021", "7,1/10")]))
    s.append(question("Q5", "Le « jouer collectif » vous paraît-il utile pour sortir de la crise ?",
                      [("Oui, tout à fait", "38 %"), ("Oui, plutôt", "43 %"), ("Non, pas vraiment", "14 %"),
                       ("Non, pas du tout", "5 %")]))
    s.append(P("Au total, 81 % des responsables associatifs jugent le jouer collectif utile : c'est le même niveau "
               "que les 81 % de Français mesurés en 2020."))
    s.append(bar_chart(["Oui, tout à fait", "Oui, plutôt", "Non, pas vraiment", "Non, pas du tout"],
                       [38, 43, 14, 5], FW))
    s.append(P("Graphique 1 — Réponses à la question Q5, en % des répondants", SMALL))
    s.append(Spacer(1, 6))
    s.append(question("Q6", "Depuis combien de temps dure votre partenariat principal ?",
                      [("Moins d'un an", "18 %"), ("De 1 à 3 ans", "46 %"), ("Plus de 3 ans", "36 %")]))
    s.append(PageBreak())

    s.append(question("Q7", "Quel est le principal frein au développement de vos partenariats ?",
                      [("Le manque de temps", "44 %"), ("Le manque de contacts", "31 %"), ("Autre frein", "25 %")]))
    s.append(question("Q8", "Souhaitez-vous nouer de nouveaux partenariats d'ici 2025 ?",
                      [("Oui", "68 %"), ("Non", "32 %")]))
    s.append(P("Tris par population", H2))
    s.append(P("Tableau A — Q3, part des associations ayant un partenaire entreprise, selon la taille", H3))
    s.append(grid([
        ["Population", "Effectif", "Partenaire entreprise"],
        ["Associations de moins de 10 salariés", "n = 274", "33 %"],
        ["Associations de 10 salariés et plus", "n = 138", "57 %"],
    ], [80 * mm, 30 * mm, 40 * mm]))
    s.append(Spacer(1, 6))
    s.append(P("Les associations de 10 salariés et plus ont bien plus souvent un partenaire entreprise que les "
               "plus petites : l'écart atteint 24 points."))
    s.append(Spacer(1, 6))
    s.append(P("Méthode : questionnaire en ligne, envoyé le 2 octobre 2023 ; résultats non redressés. Contact : "
               "enquetes@observatoire-partenariats.example, 01 84 17 22 41.", SMALL))
    doc.build(s)
    return path


EXPECTED = {
    "obs-s99-01-compte-rendu-copil.pdf": 3,
    "obs-s99-02-dossier-de-presse.pdf": 4,
    "obs-s99-03-portrait-territoire.pdf": 3,
    "obs-s99-04-rapport-financier.pdf": 3,
    "obs-s99-05-enquete-flash.pdf": 3,
}


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    os.makedirs(out, exist_ok=True)
    from pypdf import PdfReader
    paths = [f(out) for f in (doc_copil, doc_presse, doc_territoire, doc_finances, doc_enquete)]
    bad = 0
    for p in paths:
        n = len(PdfReader(p).pages)
        exp = EXPECTED[os.path.basename(p)]
        flag = "ok" if n == exp else "ERREUR (attendu %d)" % exp
        bad += n != exp
        print("%-40s %d pages %s" % (os.path.basename(p), n, flag))
    print("total pages :", sum(len(PdfReader(p).pages) for p in paths))
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
