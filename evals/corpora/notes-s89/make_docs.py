# -*- coding: utf-8 -*-
"""Corpus neuf « notes-s89 » : cinq publications fictives dans la forme de l'Observatoire des partenariats.

Génération déterministe (reportlab, rl_config.invariant = 1) :
    /work/main/.venv/bin/python make_docs.py [dossier_de_sortie]
Sans argument, les PDF sont écrits à côté de ce script.

Les faits viennent de /work/shared/facts.md ; les phrases sont écrites pour ce corpus. Les personnes citées
(hors institutions), l'adresse et les numéros de téléphone sont fictifs. Les chiffres inventés sont listés
dans README.md.
"""
import os
import re
import sys

from reportlab import rl_config

rl_config.invariant = 1

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_RIGHT
from reportlab.lib.fonts import addMapping
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas
from reportlab.platypus import Paragraph, Table, TableStyle

FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
for name, fname in [
    ("DV", "DejaVuSans.ttf"), ("DVB", "DejaVuSans-Bold.ttf"), ("DVI", "DejaVuSans-Oblique.ttf"),
    ("DVBI", "DejaVuSans-BoldOblique.ttf"), ("DVC", "DejaVuSansCondensed.ttf"),
    ("DVCB", "DejaVuSansCondensed-Bold.ttf"), ("DVCI", "DejaVuSansCondensed-Oblique.ttf"),
    ("DVCBI", "DejaVuSansCondensed-BoldOblique.ttf"),
    ("SER", "DejaVuSerif.ttf"), ("SERB", "DejaVuSerif-Bold.ttf"), ("SERI", "DejaVuSerif-Italic.ttf"),
    ("SERBI", "DejaVuSerif-BoldItalic.ttf"),
]:
    pdfmetrics.registerFont(TTFont(name, FONT_DIR + fname))
for fam, (r, b, i, bi) in {"DV": ("DV", "DVB", "DVI", "DVBI"), "DVC": ("DVC", "DVCB", "DVCI", "DVCBI"),
                           "SER": ("SER", "SERB", "SERI", "SERBI")}.items():
    addMapping(fam, 0, 0, r); addMapping(fam, 1, 0, b); addMapping(fam, 0, 1, i); addMapping(fam, 1, 1, bi)

W, H = A4
L, R = 50, W - 50
CW = R - L                      # largeur utile
GAP = 16
COL = (CW - GAP) / 2            # largeur d'une colonne
X2 = L + COL + GAP              # abscisse de la 2e colonne
TOP = H - 62
BOTTOM = 52

GREEN = colors.HexColor("#2E6B4F")
LIGHT = colors.HexColor("#E8F1EC")
SAND = colors.HexColor("#F6F1E4")
BLUE = colors.HexColor("#1F4E79")
PALEBLUE = colors.HexColor("#E6EEF6")
GREY = colors.HexColor("#555555")

NB = "\u00a0"


def fr(s):
    """Typographie française : espaces insécables avant % € : ; ? ! », après «, dans les milliers."""
    s = re.sub(r"(?<=\d) (?=\d{3}(?!\d))", NB, s)
    s = re.sub(r" (?=(%|€|k€|M€|:|;|\?|!|»|pts?\b|points?\b|h\b))", NB, s)
    s = re.sub(r"« ", "«" + NB, s)
    s = re.sub(r"(?<=\bn°) ", NB, s)
    s = re.sub(r"(?<=\bh) (?=\d)", NB, s)
    return s


def S(name, **kw):
    base = dict(fontName="DV", fontSize=9, leading=12, textColor=colors.black)
    base.update(kw)
    return ParagraphStyle(name, **base)


BODY = S("body", fontSize=9.5, leading=12.8, alignment=TA_JUSTIFY)
BODYL = S("bodyl", fontSize=9.5, leading=12.8)
SMALL = S("small", fontSize=7.5, leading=9.5, textColor=GREY)
NOTE = S("note", fontName="DVI", fontSize=7.5, leading=9.5, textColor=GREY)
BUL = S("bul", fontSize=9.5, leading=12.8, leftIndent=10, bulletIndent=0, spaceBefore=0, bulletFontName="DV")
H1 = S("h1", fontName="SERB", fontSize=20, leading=24, textColor=GREEN)
H1B = S("h1b", fontName="SERB", fontSize=20, leading=24, textColor=BLUE)
H2 = S("h2", fontName="DVB", fontSize=11.5, leading=14, textColor=GREEN)
H2B = S("h2b", fontName="DVB", fontSize=11.5, leading=14, textColor=BLUE)
H3 = S("h3", fontName="DVB", fontSize=9.5, leading=12)
KICK = S("kick", fontName="DVB", fontSize=8, leading=10, textColor=GREY)
BIG = S("big", fontName="SERB", fontSize=17, leading=20, textColor=GREEN)
BIGB = S("bigb", fontName="SERB", fontSize=17, leading=20, textColor=BLUE)
LAB = S("lab", fontSize=8.5, leading=10.5)
CELL = S("cell", fontName="DVC", fontSize=8.5, leading=10.5)
CELLB = S("cellb", fontName="DVCB", fontSize=8.5, leading=10.5)
CELLR = S("cellr", fontName="DVC", fontSize=8.5, leading=10.5, alignment=TA_RIGHT)
CELLBR = S("cellbr", fontName="DVCB", fontSize=8.5, leading=10.5, alignment=TA_RIGHT)
QUOTE = S("quote", fontName="SERI", fontSize=10, leading=13.5, textColor=colors.HexColor("#222222"))
SIGN = S("sign", fontName="DVB", fontSize=8, leading=10, textColor=GREY, alignment=TA_RIGHT)
CENTER = S("center", alignment=TA_CENTER)


def P(text, style=BODY):
    return Paragraph(fr(text), style)


def B(text, style=BUL):
    return Paragraph(fr(text), style, bulletText="•")


def stack(c, x, y, w, items, gap=5, ymin=BOTTOM):
    """Dessine les blocs les uns sous les autres ; refuse tout débordement."""
    for it in items:
        if it is None:
            continue
        if isinstance(it, (int, float)):
            y -= it
            continue
        iw, ih = it.wrap(w, 5000)
        if y - ih < ymin - 0.01:
            raise RuntimeError("débordement : %r" % (getattr(it, "text", it),))
        it.drawOn(c, x, y - ih)
        y -= ih + gap
    return y


def box(items, w, bg=LIGHT, border=GREEN, pad=7):
    t = Table([[items]], colWidths=[w])
    t.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, -1), bg), ("BOX", (0, 0), (-1, -1), 0.8, border),
        ("LEFTPADDING", (0, 0), (-1, -1), pad), ("RIGHTPADDING", (0, 0), (-1, -1), pad),
        ("TOPPADDING", (0, 0), (-1, -1), pad), ("BOTTOMPADDING", (0, 0), (-1, -1), pad),
    ]))
    return t


def table(rows, widths, header_rows=1, color=GREEN, zebra=True, bold_rows=(), left_cols=(0,)):
    data = []
    for ri, row in enumerate(rows):
        out = []
        for ci, cell in enumerate(row):
            if isinstance(cell, str):
                head = ri < header_rows or ri in bold_rows
                if ci in left_cols:
                    st = CELLB if head else CELL
                else:
                    st = CELLBR if head else CELLR
                out.append(Paragraph(fr(cell), st))
            else:
                out.append(cell)
        data.append(out)
    t = Table(data, colWidths=widths)
    style = [
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LINEBELOW", (0, header_rows - 1), (-1, header_rows - 1), 0.8, color),
        ("LINEBELOW", (0, -1), (-1, -1), 0.8, color),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ]
    if header_rows:
        style.append(("BACKGROUND", (0, 0), (-1, header_rows - 1), LIGHT if color == GREEN else PALEBLUE))
    if zebra:
        for ri in range(header_rows + 1, len(rows), 2):
            style.append(("BACKGROUND", (0, ri), (-1, ri), colors.HexColor("#F4F4F4")))
    for ri in bold_rows:
        style.append(("LINEABOVE", (0, ri), (-1, ri), 0.5, color))
    t.setStyle(TableStyle(style))
    return t


def tiles(cells, ncols, w, big=BIG, bg=LIGHT):
    """Grille de chiffres clés : chaque case = gros chiffre + libellé."""
    rows = []
    for i in range(0, len(cells), ncols):
        row = []
        for big_txt, label in cells[i:i + ncols]:
            row.append([Paragraph(fr(big_txt), big), Paragraph(fr(label), LAB)])
        while len(row) < ncols:
            row.append("")
        rows.append(row)
    t = Table(rows, colWidths=[w / ncols] * ncols)
    t.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"), ("BACKGROUND", (0, 0), (-1, -1), bg),
        ("INNERGRID", (0, 0), (-1, -1), 2, colors.white), ("BOX", (0, 0), (-1, -1), 2, colors.white),
        ("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
        ("LEFTPADDING", (0, 0), (-1, -1), 7), ("RIGHTPADDING", (0, 0), (-1, -1), 7),
    ]))
    return t


def header(c, left, right, color=GREEN):
    c.saveState()
    c.setFont("DV", 7.5)
    c.setFillColor(GREY)
    c.drawString(L, H - 34, fr(left))
    c.drawRightString(R, H - 34, fr(right))
    c.setStrokeColor(color)
    c.setLineWidth(0.6)
    c.line(L, H - 39, R, H - 39)
    c.restoreState()


def footer(c, left, right, color=GREEN):
    c.saveState()
    c.setStrokeColor(color)
    c.setLineWidth(0.6)
    c.line(L, 40, R, 40)
    c.setFont("DV", 7.5)
    c.setFillColor(GREY)
    c.drawString(L, 28, fr(left))
    c.setFont("DVB", 8)
    c.drawRightString(R, 28, fr(right))
    c.restoreState()


def rule(c, y, color=GREEN, x0=L, x1=R, width=0.5):
    c.saveState()
    c.setStrokeColor(color)
    c.setLineWidth(width)
    c.line(x0, y, x1, y)
    c.restoreState()


def new_canvas(path, title):
    c = canvas.Canvas(path, pagesize=A4, invariant=1, pageCompression=1)
    c.setTitle(title)
    c.setAuthor("Observatoire des partenariats (corpus de démonstration)")
    c.setCreator("make_docs.py")
    c.setSubject("Corpus notes-s89")
    return c


def footnotes(c, paras, color=GREY):
    """Notes de bas de page, posées juste au-dessus du pied de page (dessinées après le corps)."""
    hs = [p.wrap(CW, 1000)[1] for p in paras]
    y = BOTTOM + sum(hs) + 2 * (len(paras) - 1) + 2
    rule(c, y + 3, color, L, L + 120, 0.4)
    for p, h in zip(paras, hs):
        p.drawOn(c, L, y - h)
        y -= h + 2
    return BOTTOM + sum(hs) + 2 * len(paras) + 10   # plancher pour le corps


# ---------------------------------------------------------------------------------------------------------
# 01 — Rapport d'activité annuel (couverture + 4 pages)
# ---------------------------------------------------------------------------------------------------------
def doc01(path):
    c = new_canvas(path, "Le RAMEAU - Rapport d'activité 2021")

    # --- p. 1 : couverture (aucun numéro imprimé)
    c.setFillColor(GREEN)
    c.rect(0, H - 150, W, 150, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont("DVB", 11)
    c.drawString(L, H - 60, "LE RAMEAU")
    c.setFont("DV", 9)
    c.drawString(L, H - 75, fr("Laboratoire de recherche empirique sur les alliances d'intérêt général"))
    c.setFont("SERB", 30)
    c.drawString(L, H - 122, fr("Rapport d'activité 2021"))
    y = H - 185
    y = stack(c, L, y, CW, [
        P("Exercice clos le 31 décembre 2021 · présenté à l'assemblée générale du 16 juin 2022", KICK),
        8,
        P("L'essentiel de l'année", H2),
        tiles([
            ("15 ans", "de recherche empirique depuis la création de l'association en 2006"),
            ("2,4 M€", "de budget exécuté en 2021, en hausse de 15 % sur un an"),
            ("18 salariés", "au 31 décembre 2021, soit 16,2 équivalents temps plein"),
            ("+ de 1 000", "exemples inspirants recensés et documentés par l'équipe"),
            ("350", "catalyseurs territoriaux mobilisés par le Fonds ODD 17"),
            ("42", "fondations interrogées pour l'étude IMPACT – Fondations & Territoires"),
        ], 3, CW),
        12,
        P("Fondé en 2006, Le RAMEAU poursuit trois missions au service du bien commun. En 2021, il a conduit "
          "des expérimentations auprès d'une soixantaine d'organisations, ce qui porte à plus de 500 le nombre "
          "d'organisations accompagnées depuis sa création.", S("c1", fontSize=10.5, leading=14.5,
                                                                alignment=TA_JUSTIFY)),
        6,
        P("L'étude IMPACT – Associations & Territoires, publiée cette année, couvre les 148 000 associations "
          "employeuses du pays.", S("c2", fontSize=10.5, leading=14.5)),
        14,
        box([
            P("« Quinze ans d'observation nous l'ont appris : aucun acteur ne relève seul les défis de son "
              "territoire. Faire alliance n'est plus une option, c'est une méthode. »", QUOTE),
            P("Le bureau de l'association", SIGN),
        ], CW, bg=colors.white, border=GREEN, pad=10),
    ])
    c.setFillColor(SAND)
    c.rect(L, 70, CW, 130, stroke=0, fill=1)
    stack(c, L + 12, 188, CW - 24, [
        P("Sommaire", H3),
        P("Éditorial et faits marquants ........................................................ 2", BODYL),
        P("Nos études en 2021 ...................................................................... 3", BODYL),
        P("Comptes 2021 ................................................................................ 4", BODYL),
        P("Équipe, gouvernance et perspectives ........................................... 5", BODYL),
    ], gap=3, ymin=72)
    c.showPage()

    def top():
        header(c, "Le RAMEAU — Rapport d'activité 2021", "Observatoire des partenariats")

    def end(n):
        footer(c, "Rapport d'activité 2021 · publié en juin 2022", str(n))
        c.showPage()

    # --- p. 2 : éditorial (colonne gauche) et faits marquants (colonne droite)
    top()
    y0 = stack(c, L, TOP, CW, [P("Éditorial et faits marquants", H1)])
    rule(c, y0 + 2)
    y1 = stack(c, L, y0 - 8, COL, [
        P("Éditorial", H2),
        P("Quinze ans après sa création, Le RAMEAU a vécu en 2021 une année de consolidation. La crise "
          "sanitaire a rappelé l'utilité des alliances : 81 % des Français et 84 % des dirigeants de TPE et de "
          "PME jugent la co-construction utile pour sortir de la crise<super>1</super>."),
        P("Les élus ne disent pas autre chose : 92 % des maires expriment un « besoin d'alliance », et les "
          "dirigeants d'entreprise sont 84 % à partager cette « envie d'alliance »<super>2</super>."),
        P("Ces convictions ont pris corps avec la Charte du faire alliance, fruit de trois mois de "
          "co-construction, dévoilée le 30 novembre 2021 à Saint-Maurice à l'occasion du Giving Tuesday."),
        P("Nous remercions nos 34 partenaires, dont 9 nouveaux venus en 2021, pour leur confiance et leur "
          "fidélité."),
        P("Le bureau de l'association", SIGN),
    ])
    y2 = stack(c, X2, y0 - 8, COL, [
        box([
            P("Faits marquants 2021", H2),
            B("<b>Programme IMPACT (2018-2022)</b> : quatrième année du plan quinquennal, conduit avec cinq "
              "partenaires fondateurs."),
            B("<b>Fonds ODD 17</b> : dotation de 1,5 M€ pour une expérimentation de 3 ans, lancée avec la "
              "Fondation TotalEnergies."),
            B("<b>Publications</b> : 7 études et 12 fiches-repères mises en ligne, téléchargées 23 400 fois."),
            B("<b>Webinaires</b> : 26 sessions, suivies en moyenne par 140 participants."),
        ], COL),
        6,
        P("Temps de l'équipe par activité", H3),
        B("recherche : 45 %"),
        B("expérimentations en territoire : 30 %"),
        B("diffusion et plaidoyer : 15 %"),
        B("vie associative : 10 %"),
    ])
    floor = footnotes(c, [
        P("<super>1</super> Enquête « Sortie de crise », novembre 2020, qui a inventorié plus de 250 données "
          "sur la résilience des territoires.", SMALL),
        P("<super>2</super> Chiffres de l'Observatoire repris dans la note sur le droit de l'alliance "
          "d'intérêt général.", SMALL),
    ])
    y = min(y1, y2) - 10
    stack(c, L, y, CW, [
        P("Nos territoires d'expérimentation", H2),
        P("Initiée en 2010 après l'étude ARPEA-Collectivités locales, la démarche « Agir ensemble en Territoire » "
          "s'est d'abord appuyée sur trois territoires pilotes, rejoints depuis par 8 autres territoires. En "
          "2021, les acteurs mobilisés dans les territoires pilotes se répartissaient ainsi :"),
        table([
            ["Territoire pilote", "Structure d'appui", "Acteurs mobilisés", "dont entreprises"],
            ["Alsace", "Alsace Active", "64", "22"],
            ["Poitou-Charentes", "Groupe La Poste", "41", "15"],
            ["Paris-Est Marne & Bois", "Collectif local", "57", "19"],
            ["Total", "", "162", "56"],
        ], [CW * 0.34, CW * 0.30, CW * 0.18, CW * 0.18], bold_rows=(4,), left_cols=(0, 1)),
        P("Les territoires pilotes réunissent ainsi un tiers des acteurs suivis par l'équipe.", NOTE),
    ], ymin=floor)
    end(2)

    # --- p. 3 : études (intro pleine largeur, tableau à gauche, texte à droite)
    top()
    y0 = stack(c, L, TOP, CW, [
        P("Nos études en 2021", H1),
        P("1. Associations & Territoires", H2),
        P("Publiée en 2021 dans le cadre du programme IMPACT, l'étude « Associations & Territoires » porte sur "
          "les 148 000 associations employeuses. Presque toutes nouent des alliances : 98 % d'entre elles "
          "déclarent au moins un partenariat."),
    ])
    y1 = stack(c, L, y0 - 4, COL, [
        P("Avec qui les associations employeuses s'allient-elles ?", H3),
        table([
            ["Type de partenaire", "Part des associations"],
            ["Collectivités territoriales", "89 %"],
            ["Structures d'intérêt général", "73 %"],
            ["Établissements scolaires", "70 %"],
            ["Collectifs d'associations", "56 %"],
            ["Acteurs publics nationaux", "52 %"],
            ["Fédérations professionnelles", "37 %"],
            ["Acteurs académiques", "35 %"],
        ], [COL * 0.64, COL * 0.36]),
        P("Plusieurs réponses possibles : le total dépasse 100 %.", NOTE),
    ])
    y2 = stack(c, X2, y0 - 4, COL, [
        P("L'échelle locale domine : 73 % des associations employeuses y ancrent leurs partenariats, contre "
          "47 % à l'échelle régionale."),
        P("Les formes d'alliance varient :", BODYL),
        B("mécénat : 75 %"),
        B("innovation sociétale : 73 %"),
        B("pratiques responsables : 70 %"),
        B("coopération économique : 58 %"),
    ])
    floor = footnotes(c, [
        P("<super>3</super> Note sur les modèles de co-construction, Observatoire des partenariats, 29 février "
          "2016.", SMALL),
    ])
    y = min(y1, y2) - 6
    stack(c, L, y, CW, [
        P("2. Fondations & Territoires", H2),
        P("Publiée le 23 septembre 2021, l'étude IMPACT – Fondations & Territoires s'appuie sur 42 fondations "
          "interrogées. Elle montre que les fondations territoriales jouent un rôle d'assemblier, et que près "
          "d'une sur trois a déjà cofinancé un projet avec une collectivité."),
        P("Pour mémoire, la note du 29 février 2016 comptait 38 % des associations engagées avec une entreprise, "
          "et 53 % parmi les associations employeuses<super>3</super>."),
        P("3. La Charte du faire alliance", H2),
        P("Co-construite pendant trois mois sous le pilotage de la Fondation des Territoires, la charte a été "
          "dévoilée le 30 novembre 2021. Au 31 décembre, 126 organisations l'avaient signée, dont 48 "
          "associations, 39 entreprises et 27 collectivités."),
        box([P("La charte propose un « contrat de confiance » entre acteurs : elle ne crée aucune obligation "
               "juridique, mais engage ses signataires à rendre compte de leurs alliances chaque année.", LAB)],
            CW, bg=SAND, border=GREY),
    ], ymin=floor)
    end(3)

    # --- p. 4 : comptes
    top()
    y0 = stack(c, L, TOP, CW, [
        P("Comptes 2021", H1),
        P("Les produits de l'exercice atteignent 2 412 k€, contre 2 100 k€ en 2020 (+14,9 %). Le résultat, "
          "excédentaire de 170 k€, porte les fonds propres à 0,9 M€ au 31 décembre 2021."),
        6,
        P("Compte de résultat simplifié (en milliers d'euros)", H3),
        table([
            ["Poste", "2020", "2021", "Variation"],
            ["Mécénat d'entreprises", "1 020", "1 146", "+12,4 %"],
            ["Fondations", "352", "398", "+13,1 %"],
            ["Subventions publiques", "540", "612", "+13,3 %"],
            ["Prestations de recherche", "188", "256", "+36,2 %"],
            ["Total des produits", "2 100", "2 412", "+14,9 %"],
            ["Salaires et charges sociales", "1 362", "1 530", "+12,3 %"],
            ["Études et enquêtes", "365", "402", "+10,1 %"],
            ["Fonctionnement", "298", "310", "+4,0 %"],
            ["Total des charges", "2 025", "2 242", "+10,7 %"],
            ["Résultat de l'exercice", "75", "170", "+126,7 %"],
        ], [CW * 0.46, CW * 0.18, CW * 0.18, CW * 0.18], bold_rows=(5, 9, 10)),
        P("Comptes certifiés sans réserve par le commissaire aux comptes, établis selon le règlement ANC n° 2018-06. "
          "Montants arrondis au millier d'euros.", NOTE),
        4,
    ])
    y1 = stack(c, L, y0, COL, [
        P("Ressources", H2),
        P("Le mécénat d'entreprises reste la première ressource, avec 47,5 % des produits. La part des "
          "fondations passe de 16,8 % à 16,5 %, celle des subventions publiques reste stable à 25,4 %."),
        P("Les ressources privées (mécénat, fondations et prestations) représentent ainsi près des trois quarts "
          "des produits de l'exercice."),
    ])
    y2 = stack(c, X2, y0, COL, [
        P("Emplois", H2),
        P("Les salaires représentent 68,2 % des charges. Les études et enquêtes mobilisent 402 k€, dont "
          "près d'un tiers pour les seules enquêtes de terrain."),
        P("Le fonctionnement progresse de 4 %, un rythme inférieur à celui de l'activité."),
    ])
    y = min(y1, y2) - 8
    stack(c, L, y, CW, [
        box([
            P("Repères de gestion au 31 décembre 2021", H3),
            table([
                ["Indicateur", "Montant ou part"],
                ["Trésorerie disponible", "1,2 M€"],
                ["Fonds dédiés à des programmes pluriannuels", "215 k€"],
                ["Part des ressources privées dans les produits", "74,6 %"],
                ["Bénévolat valorisé (contributions en nature)", "142 k€"],
            ], [CW * 0.66, CW * 0.30], zebra=False),
        ], CW, bg=SAND, border=GREY),
    ])
    end(4)

    # --- p. 5 : équipe, gouvernance, perspectives
    top()
    y0 = stack(c, L, TOP, CW, [P("Équipe, gouvernance et perspectives", H1)])
    y1 = stack(c, L, y0 - 4, COL, [
        P("L'équipe", H2),
        P("Au 31 décembre 2021, l'équipe compte 18 salariés, dont 11 femmes et 7 hommes, soit 16,2 équivalents "
          "temps plein. Elle s'appuie sur une quarantaine de bénévoles et sur 9 chercheurs associés."),
        P("Gouvernance", H2),
        P("Le conseil d'administration réunit 14 administrateurs. Il a tenu 5 séances en 2021, avec un taux de "
          "présence moyen de 86 %."),
    ])
    y2 = stack(c, X2, y0 - 4, COL, [
        P("Perspectives 2022", H2),
        P("La Fondation des Territoires a été créée le 14 juin 2022 sous l'égide de la Fondation de Lille, avec "
          "21 co-fondateurs, au terme de quatre années de préfiguration."),
        P("Le programme IMPACT s'achèvera fin 2022 ; un nouveau cycle de cinq ans est en préparation."),
        P("Objectif : porter la part des fondations dans nos ressources de 16,5 % à 20 % d'ici 2024."),
    ])
    y = min(y1, y2) - 8
    y = stack(c, L, y, CW, [
        P("Nos partenaires en 2021", H2),
        table([
            ["Type de partenaire", "Nombre", "dont nouveaux en 2021"],
            ["Entreprises", "19", "5"],
            ["Fondations", "8", "2"],
            ["Acteurs publics", "5", "1"],
            ["Réseaux associatifs", "2", "1"],
            ["Total", "34", "9"],
        ], [CW * 0.50, CW * 0.22, CW * 0.28], bold_rows=(5,)),
        6,
        P("Calendrier 2022", H2),
        B("14 juin 2022 : création de la Fondation des Territoires ;"),
        B("16 juin 2022 : assemblée générale annuelle ;"),
        B("décembre 2022 : clôture du programme IMPACT et publication du bilan."),
        8,
        box([
            P("Nous contacter", H3),
            P("Le RAMEAU · association loi 1901 reconnue d'intérêt général · 18, rue des Alliances · 75011 Paris · "
              "tél. 01 23 45 67 89", BODYL),
        ], CW, bg=SAND, border=GREY),
    ])
    end(5)
    c.save()


# ---------------------------------------------------------------------------------------------------------
# 02 — Dossier de presse (couverture + 3 pages)
# ---------------------------------------------------------------------------------------------------------
def doc02(path):
    c = new_canvas(path, "Dossier de presse - IMPACTS & TRAJECTOIRES Elus locaux")

    # --- p. 1 : couverture
    c.setFillColor(BLUE)
    c.rect(0, H - 210, W, 210, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont("DVB", 10)
    c.drawString(L, H - 60, "DOSSIER DE PRESSE")
    c.setFont("SERB", 26)
    c.drawString(L, H - 105, fr("IMPACTS & TRAJECTOIRES"))
    c.drawString(L, H - 137, fr("Élus locaux"))
    c.setFont("DV", 10.5)
    c.drawString(L, H - 170, fr("Les maires face aux mouvements de leur territoire · Paris, 19 novembre 2024"))
    y = stack(c, L, H - 240, CW, [
        P("Neuf maires sur dix voient leur territoire en mouvement : c'est le principal enseignement de l'étude "
          "conduite cet automne par l'Observatoire des partenariats.", S("lead", fontName="SER", fontSize=12.5,
                                                                          leading=17)),
        8,
        tiles([
            ("302", "maires interrogés par téléphone"),
            ("84 %", "des répondants à la tête d'une commune de moins de 2 000 habitants"),
            ("± 5,6 pts", "de marge d'erreur maximale"),
        ], 3, CW, big=BIGB, bg=PALEBLUE),
        12,
    ])
    y1 = stack(c, L, y, COL, [
        P("L'Observatoire en bref", H2B),
        B("créé en 2008 par la Caisse des Dépôts et Le RAMEAU, en partenariat avec le MEDEF et le Mouvement "
          "associatif ;"),
        B("trois programmes quinquennaux successifs depuis sa création ;"),
        B("13 rapports régionaux publiés lors du programme PHARE ;"),
        B("plus de 2 000 citoyens interrogés pour le seul volet PHARE-Citoyens ;"),
        B("5 profils de maires identifiés par PHARE-Institutions en 2016 ;"),
        B("plus de 40 études publiées en quinze ans."),
    ])
    y2 = stack(c, X2, y, COL, [
        P("Sommaire", H2B),
        table([
            ["Rubrique", "Page"],
            ["Communiqué de presse", "2"],
            ["Les chiffres à retenir", "3"],
            ["Ils ont dit", "4"],
        ], [COL * 0.75, COL * 0.25], color=BLUE, zebra=False),
        10,
        box([
            P("Contact presse", H3),
            P("Agence Exemple · 01 98 76 54 32 · presse@exemple.org", LAB),
            P("Visuels et rapport complet sur demande.", LAB),
        ], COL, bg=PALEBLUE, border=BLUE),
    ])
    c.showPage()

    def top():
        header(c, "DOSSIER DE PRESSE · 19 novembre 2024", "Observatoire des partenariats", BLUE)

    def end(n):
        footer(c, "Contact presse : Agence Exemple · 01 98 76 54 32", "%d/4" % n, BLUE)
        c.showPage()

    # --- p. 2 : communiqué
    top()
    y = stack(c, L, TOP, CW, [
        P("COMMUNIQUÉ DE PRESSE", KICK),
        P("Neuf maires sur dix voient leur territoire en mouvement", H1B),
        P("<b>Paris, le 19 novembre 2024.</b> À la veille du 106e Congrès des maires, l'Observatoire des "
          "partenariats publie l'étude IMPACTS & TRAJECTOIRES – Élus locaux. Menée par téléphone du 30 septembre "
          "au 28 octobre 2024 auprès de 302 maires, elle montre que 91 % d'entre eux voient leur territoire en "
          "mouvement.", S("chap", fontSize=10, leading=13.5, alignment=TA_JUSTIFY)),
    ])
    rule(c, y + 1, BLUE)
    y1 = stack(c, L, y - 8, COL, [
        P("Un mouvement net mais mesuré", H2B),
        P("Pour 35 % des maires, le territoire bouge fortement ; 56 % estiment qu'il bouge ni plus ni moins "
          "qu'auparavant. Seuls 9 % le jugent immobile."),
        P("La France des petites communes", H2B),
        P("84 % des répondants administrent une commune de moins de 2 000 habitants, à l'image du maillage "
          "communal. Les maires interrogés exercent leur mandat depuis 8,6 ans en moyenne."),
    ])
    y2 = stack(c, X2, y - 8, COL, [
        P("Des alliances déjà nombreuses", H2B),
        P("Les communes de moins de 3 500 habitants sont les plus actives : 62 % ont engagé au moins une "
          "alliance, contre 48 % des communes de 3 500 habitants et plus. Un maire engagé cite en moyenne "
          "3,4 types de partenaires."),
        P("Un besoin d'outils", H2B),
        P("Quatre maires sur dix souhaitent être accompagnés pour piloter ces alliances ; ils étaient 46 % à "
          "dire ne pas savoir les piloter lors de l'étude précédente du programme IMPACT."),
    ])
    y = min(y1, y2) - 10
    stack(c, L, y, CW, [
        P("Les sujets d'alliance", H2B),
        P("L'emploi reste le premier sujet d'alliance, cité par 54 % des maires, devant la mobilité (47 %) et "
          "l'accès aux soins (43 %). La transition écologique progresse : 38 % des maires la citent, contre 29 % "
          "en 2020. Enfin, deux maires sur trois se disent prêts à signer un engagement commun avec les acteurs "
          "économiques et associatifs de leur commune."),
        6,
        box([
            P("À propos de l'Observatoire des partenariats", H3),
            P("Créé en 2008 par la Caisse des Dépôts et Le RAMEAU, l'Observatoire étudie les alliances entre "
              "associations, entreprises, collectivités et fondations. Ses programmes successifs (ARPEA, PHARE, "
              "IMPACT) interrogent tour à tour citoyens, dirigeants, responsables associatifs et élus.", LAB),
        ], CW, bg=PALEBLUE, border=BLUE),
        6,
        P("Résultats complets disponibles le 26 novembre 2024 sur le site de l'Observatoire. Embargo jusqu'au "
          "19 novembre 2024, 6 h.", NOTE),
    ])
    end(2)

    # --- p. 3 : les chiffres à retenir
    top()
    y = stack(c, L, TOP, CW, [
        P("Les chiffres à retenir", H1B),
        tiles([
            ("91 %", "des maires voient leur territoire en mouvement (2024)"),
            ("302", "maires interrogés par téléphone à l'automne 2024"),
            ("87 %", "des maires voyaient dans les partenariats une source d'innovation (PHARE-Institutions, "
                     "2016)"),
            ("76 %", "des maires jugent leur territoire engagé (programme IMPACT)"),
            ("64 %", "des élus locaux veulent s'appuyer sur le « jouer collectif » (novembre 2020)"),
            ("92 %", "des maires reconnaissent l'utilité de la co-construction"),
        ], 3, CW, big=BIGB, bg=PALEBLUE),
        8,
    ])
    y1 = stack(c, L, y, COL, [
        P("Ce que les maires attendent", H2B),
        P("En % des répondants, plusieurs réponses possibles.", NOTE),
        B("des outils de pilotage des alliances : 58 %"),
        B("un annuaire des acteurs du territoire : 44 %"),
        B("des financements dédiés : 41 %"),
        B("une formation des élus : 27 %"),
    ])
    y2 = stack(c, X2, y, COL, [
        P("Une même question, d'une édition à l'autre", H2B),
        P("Part des maires jugeant les partenariats source d'innovation", NOTE),
        table([
            ["", "2016", "2020", "2024"],
            ["Ensemble des maires", "87 %", "89 %", "90 %"],
            ["Communes de moins de 3 500 habitants", "84 %", "88 %", "91 %"],
            ["Communes de 3 500 habitants et plus", "91 %", "92 %", "88 %"],
        ], [COL * 0.46, COL * 0.18, COL * 0.18, COL * 0.18], color=BLUE),
        P("Écart 2016-2024 pour l'ensemble des maires : +3 points.", NOTE),
    ])
    y = min(y1, y2) - 10
    stack(c, L, y, CW, [
        P("Qui a répondu ?", H2B),
        table([
            ["Taille de la commune", "Part des répondants", "Part des communes de France"],
            ["Moins de 500 habitants", "41 %", "53 %"],
            ["De 500 à 1 999 habitants", "43 %", "33 %"],
            ["De 2 000 à 9 999 habitants", "11 %", "11 %"],
            ["10 000 habitants et plus", "5 %", "3 %"],
        ], [CW * 0.44, CW * 0.26, CW * 0.30], color=BLUE),
        P("Les résultats sont redressés pour refléter la répartition des communes par taille.", NOTE),
    ])
    end(3)

    # --- p. 4 : ils ont dit + méthodologie
    top()
    y = stack(c, L, TOP, CW, [P("Ils ont dit", H1B)])

    def quote(text, who):
        return [P("« " + text + " »", QUOTE), P(who, SIGN), 4]

    y1 = stack(c, L, y - 2, COL,
               quote("Dans ma commune de 1 800 habitants, nous avons monté quatre alliances en deux ans. Sans "
                     "l'épicerie solidaire et le club d'entreprises, le centre-bourg aurait perdu 3 commerces de "
                     "plus.", "Martine Lebrun, maire de Saint-Aubin-des-Prés")
               + quote("91 % des maires voient leur territoire bouger : c'est un signal fort. Mais quatre sur "
                       "dix demandent des outils, et c'est à nous d'y répondre.",
                       "Claire Vasseur, directrice des études de l'Observatoire")
               + quote("Notre association emploie 12 salariés et travaille avec 7 partenaires, dont 3 "
                       "entreprises. Il y a dix ans, nous n'en avions aucun.",
                       "Karim Benali, président d'une association d'insertion"))
    y2 = stack(c, X2, y - 2, COL,
               quote("Depuis 2006, nous avons accompagné plus de 500 organisations. Notre conviction : la "
                     "moitié des alliances qui réussissent commencent par un diagnostic partagé.",
                     "Henri Dumas, responsable des territoires, Le RAMEAU")
               + quote("Dans notre PME de 45 salariés, un collaborateur sur cinq s'implique dans un projet avec "
                       "une association du quartier.", "Sophie Marchal, dirigeante d'entreprise")
               + quote("Notre fondation consacre 30 % de ses dons aux projets portés à plusieurs : c'est là que "
                       "l'effet de levier est le plus fort.", "Luc Ferrand, délégué d'une fondation territoriale"))
    y = min(y1, y2) - 6
    stack(c, L, y, CW, [
        box([
            P("Méthodologie", H2B),
            P("Enquête téléphonique réalisée du 30 septembre au 28 octobre 2024 auprès de 302 maires, échantillon "
              "représentatif des communes par strate de taille et par région. Marge d'erreur maximale : ± 5,6 "
              "points. Les résultats antérieurs proviennent des études PHARE-Institutions (2016) et IMPACT – Élus "
              "locaux (2020)."),
            P("Les personnes citées dans ce dossier s'expriment à titre personnel.", NOTE),
        ], CW, bg=PALEBLUE, border=BLUE),
    ])
    end(4)
    c.save()


# ---------------------------------------------------------------------------------------------------------
# 03 — Note d'analyse (couverture + 4 pages, numérotées 13 à 16 dans le cahier)
# ---------------------------------------------------------------------------------------------------------
def doc03(path):
    c = new_canvas(path, "Note d'analyse - les alliances entre 2012 et 2020")

    # --- p. 1 : couverture avec synthèse
    c.setFillColor(BLUE)
    c.rect(0, H - 26, W, 26, stroke=0, fill=1)
    y = stack(c, L, H - 60, CW, [
        P("LES CAHIERS DE L'OBSERVATOIRE · N° 7 · FÉVRIER 2022", KICK),
        P("Note d'analyse", S("na", fontName="DVB", fontSize=12, leading=15, textColor=GREY)),
        P("Ce qui a changé entre 2012 et 2020 : les alliances au fil des éditions de l'Observatoire", H1B),
        6,
    ])
    rule(c, y + 2, BLUE, width=1.2)
    y1 = stack(c, L, y - 8, CW * 0.60, [
        P("Synthèse", H2B),
        P("Entre 2012 et 2020, la part des entreprises partenaires d'associations a doublé, passant de 21 % à "
          "42 %. Les associations suivent un chemin moins linéaire : près de 46 % en 2012, 38 % en 2016, 41 % "
          "en 2020."),
        P("Les Français restent acquis à l'idée d'alliance : quatre Français sur dix la jugeaient même "
          "« prioritaire » en 2020, et 81 % reconnaissent aux acteurs un devoir d'alliance."),
        P("L'écart entre petites et grandes entreprises s'est réduit de 12 points en huit ans, et le nombre "
          "moyen de partenaires par association est passé de 1,8 à 2,5."),
    ])
    y2 = stack(c, L + CW * 0.64, y - 8, CW * 0.36, [
        box([
            P("Méthode", H3),
            P("Trois éditions comparées : ARPEA (2008-2012), PHARE (2013-2018) et IMPACT (2018-2022).", LAB),
            P("Plus de 12 000 répondants cumulés, dont plus de 2 000 personnes pour le seul volet "
              "PHARE-Citoyens.", LAB),
            P("Les formulations des questions ont évolué : les comparaisons sont indicatives.", LAB),
        ], CW * 0.36, bg=PALEBLUE, border=BLUE),
    ])
    y = min(y1, y2) - 12
    stack(c, L, y, CW, [
        P("Trois programmes, trois regards", H2B),
        table([
            ["Édition de référence", "Programme", "Période", "Publications"],
            ["2012", "ARPEA", "2008-2012", "10 volets"],
            ["2016", "PHARE", "2013-2018", "6 volets"],
            ["2020", "IMPACT", "2018-2022", "3 axes d'analyse"],
        ], [CW * 0.26, CW * 0.22, CW * 0.22, CW * 0.30], color=BLUE, left_cols=(0, 1, 2)),
        P("Le rapport quinquennal d'ARPEA a été publié le 11 décembre 2012 ; le volet PHARE-Institutions, le 29 "
          "novembre 2016.", NOTE),
        10,
        P("Sommaire", H3),
        P("1. Les entreprises : une progression continue .................................................. 13",
          BODYL),
        P("2. Par secteur : des rythmes différents ............................................................ 14",
          BODYL),
        P("3. Les associations et les Français ................................................................ 15",
          BODYL),
        P("4. L'innovation vue par chaque population .................................................... 16",
          BODYL),
    ], gap=3)
    c.showPage()

    def top():
        header(c, "Les Cahiers de l'Observatoire n° 7 · février 2022", "Note d'analyse", BLUE)

    def end(n):
        footer(c, "Observatoire des partenariats", str(n), BLUE)
        c.showPage()

    # --- p. 2 (imprimée 13)
    top()
    y = stack(c, L, TOP, CW, [P("1. Les entreprises : une progression continue", H2B), 2])
    y1 = stack(c, L, y, COL, [
        P("Lors de la première édition, l'enquête ARPEA Entreprises & Territoires<super>1</super> comptait 21 % "
          "d'entreprises développant des partenariats avec des associations ; 33 % souhaitaient en développer "
          "et 46 % ne le souhaitaient pas."),
        P("Quatre ans plus tard, la note du 29 février 2016 portait cette part à 37 % des entreprises d'au "
          "moins 10 salariés, soit un gain de 16 points. En 2020, elle atteint 42 %, en hausse de 5 points."),
    ])
    y2 = stack(c, X2, y, COL, [
        P("Les plus grandes entreprises restent en tête, mais l'écart avec les plus petites se resserre.", BODY),
        P("Part des entreprises partenaires d'associations, selon la taille", H3),
        table([
            ["Taille", "2012", "2020", "Écart (pts)"],
            ["10 à 49 salariés", "17 %", "38 %", "+21"],
            ["50 à 249 salariés", "30 %", "49 %", "+19"],
            ["250 salariés et plus", "55 %", "64 %", "+9"],
        ], [COL * 0.40, COL * 0.18, COL * 0.18, COL * 0.24], color=BLUE),
        P("Lecture : en 2020, 38 % des entreprises de 10 à 49 salariés ont au moins un partenariat associatif.",
          NOTE),
    ])
    floor = footnotes(c, [
        P("<super>1</super> Enquête publiée en janvier 2011 et reprise dans le rapport quinquennal du 11 décembre "
          "2012.", SMALL),
    ])
    y = min(y1, y2) - 8
    y = stack(c, L, y, CW, [
        box([
            P("Ce que disent les dirigeants", H3),
            P("Interrogés lors du volet PHARE-Entreprises, 81 % des dirigeants voyaient dans les partenariats "
              "une source d'innovation. En 2020, 84 % des dirigeants de TPE et de PME jugeaient utile de « jouer "
              "collectif » pour sortir de la crise."),
        ], CW, bg=PALEBLUE, border=BLUE),
        6,
    ])
    y1 = stack(c, L, y, COL, [
        P("Les freins déclarés en 2020", H3),
        P("Parmi les entreprises sans partenariat associatif :", BODYL),
        B("manque de temps : 52 % ;"),
        B("méconnaissance des associations du territoire : 38 % ;"),
        B("absence d'interlocuteur identifié : 31 % ;"),
        B("crainte d'un engagement trop lourd : 24 %."),
    ], ymin=floor)
    y2 = stack(c, X2, y, COL, [
        P("Les leviers cités", H3),
        P("À l'inverse, les dirigeants engagés citent d'abord la proximité : deux sur trois ont rencontré leur "
          "partenaire associatif par un réseau local. La durée moyenne d'un partenariat atteint 4,2 ans en 2020, "
          "contre 2,9 ans en 2012."),
    ], ymin=floor)
    end(13)

    # --- p. 3 (imprimée 14) : tableau à deux entrées secteur × édition
    top()
    y = stack(c, L, TOP, CW, [
        P("2. Par secteur : des rythmes différents", H2B),
        P("Tous les secteurs progressent entre 2012 et 2020. La construction, partie de plus bas, gagne 18 "
          "points ; les services aux entreprises restent les plus engagés."),
        P("Part des entreprises partenaires d'associations, par secteur et par édition (en %)", H3),
        table([
            ["Secteur", "2012", "2016", "2020", "Écart 2012-2020"],
            ["Industrie", "24", "39", "45", "+21 pts"],
            ["Construction", "15", "28", "33", "+18 pts"],
            ["Commerce", "18", "34", "40", "+22 pts"],
            ["Transports et logistique", "17", "31", "38", "+21 pts"],
            ["Services aux entreprises", "26", "43", "47", "+21 pts"],
            ["Ensemble", "21", "37", "42", "+21 pts"],
        ], [CW * 0.36, CW * 0.14, CW * 0.14, CW * 0.14, CW * 0.22], color=BLUE, bold_rows=(6,)),
        P("Champ : entreprises d'au moins 10 salariés, hors agriculture et administration.", NOTE),
        8,
    ])
    y1 = stack(c, L, y, COL, [
        P("Ce que montre le tableau", H3),
        B("le commerce progresse le plus vite (+22 points) ;"),
        B("l'industrie rattrape les services, à 2 points près en 2020 ;"),
        B("la construction reste en retrait, avec une entreprise sur trois engagée."),
    ])
    y2 = stack(c, X2, y, COL, [
        box([
            P("Domaines des partenariats en 2020", H3),
            P("Parmi les entreprises partenaires, 61 % agissent pour l'emploi, 44 % pour l'éducation et 37 % "
              "pour l'environnement.", LAB),
        ], COL, bg=PALEBLUE, border=BLUE),
    ])
    y = min(y1, y2) - 10
    stack(c, L, y, CW, [
        P("Une proximité plus ou moins forte", H3),
        P("La part des partenariats noués avec une association de la même commune ou d'une commune voisine "
          "varie elle aussi selon le secteur :"),
        table([
            ["Secteur", "Partenariats de proximité, 2020", "Partenariats de proximité, 2012"],
            ["Industrie", "58 %", "51 %"],
            ["Construction", "71 %", "69 %"],
            ["Commerce", "76 %", "70 %"],
            ["Services aux entreprises", "49 %", "44 %"],
        ], [CW * 0.40, CW * 0.30, CW * 0.30], color=BLUE),
        P("Source : éditions 2012 et 2020 de l'Observatoire ; les données 2016 ne distinguent pas l'échelle "
          "communale.", NOTE),
    ])
    end(14)

    # --- p. 4 (imprimée 15)
    top()
    y = stack(c, L, TOP, CW, [P("3. Les associations et les Français", H2B), 2])
    y1 = stack(c, L, y, COL, [
        P("Les associations", H3),
        P("Près de 46 % des associations étaient engagées avec une entreprise lors de la première édition. La "
          "part a reculé à 38 % en 2016 (53 % parmi les associations employeuses<super>2</super>), avant de "
          "remonter à 41 % en 2020."),
        P("Le budget reste décisif : en 2016, la moitié des associations dont le budget dépasse 150 000 € "
          "avaient un partenariat avec une entreprise, contre 20 % de celles dont le budget est inférieur à "
          "10 000 €<super>3</super>."),
    ])
    y2 = stack(c, X2, y, COL, [
        P("Les Français", H3),
        P("Part des Français favorables aux alliances :", BODYL),
        B("86 % en 2008 et 84 % en 2012 jugent urgent de créer des partenariats (ARPEA) ;"),
        B("69 % en 2015 estiment que les acteurs ont un « devoir d'alliance » (PHARE-Citoyens) ;"),
        B("81 % en 2020 partagent ce devoir d'alliance (IMPACT)."),
        P("Soit un recul de 15 points, puis une remontée de 12 points. Les formulations diffèrent d'une édition "
          "à l'autre."),
    ])
    floor = footnotes(c, [
        P("<super>2</super> Note sur les modèles de co-construction, 29 février 2016.", SMALL),
        P("<super>3</super> Enquête Associations & Partenariats (Recherches & Solidarités et Le RAMEAU), menée en "
          "mai-juin 2016 auprès de plus de 1 380 responsables associatifs et publiée en mars 2017.", SMALL),
    ])
    y = min(y1, y2) - 8
    stack(c, L, y, CW, [
        P("Partenariat avec une entreprise selon le budget de l'association (2016)", H3),
        table([
            ["Budget annuel de l'association", "Part ayant un partenaire entreprise"],
            ["Moins de 10 000 €", "20 %"],
            ["De 10 000 à 49 999 €", "29 %"],
            ["De 50 000 à 150 000 €", "38 %"],
            ["Plus de 150 000 €", "50 %"],
        ], [CW * 0.55, CW * 0.45], color=BLUE),
        6,
        box([
            P("À retenir", H3),
            P("Les associations employeuses sont plus souvent partenaires d'une entreprise que les associations "
              "sans salarié ; l'écart atteignait 15 points en 2016. En moyenne, une association comptait 2,5 "
              "partenaires, toutes catégories confondues.", LAB),
        ], CW, bg=PALEBLUE, border=BLUE),
    ], ymin=floor)
    end(15)

    # --- p. 5 (imprimée 16)
    top()
    y = stack(c, L, TOP, CW, [
        P("4. L'innovation vue par chaque population", H2B),
        P("Les partenariats sont-ils une source d'innovation ?", H3),
        table([
            ["Population", "Oui", "Enquête", "Année"],
            ["Français", "74 %", "IMPACT", "2020"],
            ["Dirigeants d'entreprise", "81 %", "PHARE-Entreprises", "2015"],
            ["Responsables associatifs", "86 %", "PHARE-Associations", "2015"],
            ["Maires", "87 %", "PHARE-Institutions", "2016"],
        ], [CW * 0.34, CW * 0.16, CW * 0.32, CW * 0.18], color=BLUE),
        P("Une autre présentation de la même enquête retient 69 % des citoyens<super>4</super> ; nous conservons "
          "ici 74 %, chiffre publié dans le rapport du programme.", NOTE),
        6,
    ])
    y1 = stack(c, L, y, COL, [
        P("Le pilotage, point faible", H3),
        P("Si 76 % des maires jugent leur territoire engagé, 46 % ne savent pas comment piloter les alliances. "
          "L'outillage des élus devient la priorité de la prochaine édition."),
        P("Une dizaine d'indicateurs seront suivis lors de cette édition, prévue en 2024."),
    ])
    y2 = stack(c, X2, y, COL, [
        box([
            P("À retenir", H3),
            B("42 % des entreprises étaient partenaires d'une association en 2020."),
            B("Les maires sont les plus convaincus : près de neuf sur dix."),
            B("Trois quarts des Français voient dans les partenariats une source d'innovation."),
        ], COL, bg=PALEBLUE, border=BLUE),
    ])
    floor = footnotes(c, [
        P("<super>4</super> Formulation reprise par plusieurs relais régionaux de l'étude.", SMALL),
    ])
    y = min(y1, y2) - 10
    stack(c, L, y, CW, [
        P("Calendrier des enquêtes citées", H3),
        table([
            ["Enquête", "Terrain", "Publication", "Répondants"],
            ["ARPEA Entreprises & Territoires", "2010", "janvier 2011", "1 000 dirigeants"],
            ["PHARE-Citoyens", "été 2015", "septembre 2015", "plus de 2 000 personnes"],
            ["Associations & Partenariats", "mai-juin 2016", "mars 2017", "plus de 1 380 responsables"],
            ["IMPACT – Élus locaux", "automne 2020", "novembre 2020", "1 005 élus"],
        ], [CW * 0.34, CW * 0.18, CW * 0.20, CW * 0.28], color=BLUE, left_cols=(0, 1, 2)),
        P("L'année retenue dans le texte est celle du terrain lorsque la publication intervient l'année suivante.",
          NOTE),
    ], ymin=floor)
    end(16)
    c.save()


# ---------------------------------------------------------------------------------------------------------
# 04 — Compte rendu de colloque (couverture + 3 pages, numérotées 21 à 23 dans les actes)
# ---------------------------------------------------------------------------------------------------------
def doc04(path):
    c = new_canvas(path, "Rencontres de l'Observatoire 2023 - compte rendu")
    PLUM = colors.HexColor("#6B2E5F")
    PALEPLUM = colors.HexColor("#F3E8F0")
    H1P = S("h1p", fontName="SERB", fontSize=22, leading=26, textColor=PLUM)
    H2P = S("h2p", fontName="DVB", fontSize=11.5, leading=14, textColor=PLUM)
    BIGP = S("bigp", fontName="SERB", fontSize=17, leading=20, textColor=PLUM)

    # --- p. 1 : couverture, programme et chiffres du colloque
    c.setFillColor(PLUM)
    c.rect(0, 0, 30, H, stroke=0, fill=1)
    y = stack(c, L, H - 60, CW, [
        P("RENCONTRES DE L'OBSERVATOIRE DES PARTENARIATS", KICK),
        P("Faire alliance en territoire", H1P),
        P("Compte rendu du colloque du 14 mars 2023 · Lyon, Hôtel de Région", S("sub", fontSize=10.5,
                                                                                 leading=14)),
        8,
        P("Pour sa cinquième édition, le colloque coïncidait avec les 15 ans de l'Observatoire. Plus de la moitié "
          "des participants venaient de communes de moins de 10 000 habitants."),
        6,
        P("Le colloque en chiffres", H2P),
        tiles([
            ("412", "participants, dont 38 % d'élus et 27 % de responsables associatifs"),
            ("23", "intervenants répartis en 4 tables rondes"),
            ("1 200", "connexions à la retransmission en ligne"),
            ("11", "régions représentées dans la salle"),
            ("8,4/10", "note moyenne de satisfaction donnée par les participants"),
            ("92 %", "des participants recommanderaient les Rencontres"),
        ], 3, CW, big=BIGP, bg=PALEPLUM),
        12,
        P("Programme", H2P),
        table([
            ["Horaire", "Séquence"],
            ["9 h 30", "Accueil des participants"],
            ["10 h 00", "Ouverture et premiers regards sur les données"],
            ["11 h 15", "Table ronde n° 1 — Les associations et leurs partenaires"],
            ["14 h 00", "Table ronde n° 2 — Entreprises et territoires"],
            ["15 h 00", "Table ronde n° 3 — Le rôle des fondations"],
            ["16 h 00", "Table ronde n° 4 — Collectivités : piloter les alliances"],
            ["16 h 45", "Sondage en salle, questions-réponses et clôture"],
        ], [CW * 0.16, CW * 0.84], color=PLUM, left_cols=(0, 1)),
        12,
        box([
            P("Organisé avec le soutien de la Région et de 6 partenaires, le colloque était gratuit pour les "
              "élus et les bénévoles associatifs. Les 4 tables rondes ont été filmées et restent accessibles en "
              "ligne pendant un an.", LAB),
        ], CW, bg=PALEPLUM, border=PLUM),
    ])
    c.showPage()

    def top():
        header(c, "Actes des Rencontres 2023 · Faire alliance en territoire", "Compte rendu", PLUM)

    def end(n):
        footer(c, "Observatoire des partenariats · avril 2023", "– %d –" % n, PLUM)
        c.showPage()

    # --- p. 2 (imprimée 21)
    top()
    y = stack(c, L, TOP, CW, [P("Ouverture et premiers regards", H2P)])
    y1 = stack(c, L, y, COL, [
        P("Ouvrant la journée, Élise Carpentier, vice-présidente de la Région, a rappelé que « 81 % des Français "
          "attendent des acteurs qu'ils fassent alliance »."),
        P("Anne-Laure Pichon, chercheuse associée à l'Observatoire, a présenté les résultats de PHARE-Citoyens. "
          "Interrogés en 2015, plus de 2 000 Français avaient noté de 0 à 10 les enjeux prioritaires de leur "
          "territoire : l'emploi arrivait en tête avec 7,1/10, devant le pouvoir d'achat (6,6/10), la sécurité "
          "(6,6) et le développement économique (6,5). L'environnement et l'exclusion obtenaient 6,3."),
    ])
    y2 = stack(c, X2, y, COL, [
        P("Elle a ajouté que les Français attribuent aux partenariats des impacts forts sur l'emploi (49 %), le "
          "développement économique (46 %) et l'environnement (42 %) ; la précarité et l'éducation suivent avec "
          "36 % chacune."),
        box([
            P("Note de lecture", H3),
            P("La sécurité obtient 6,6/10 dans la publication des résultats, mais 7/10 dans un article de presse "
              "paru la même année : nous retenons ici 6,6.", LAB),
        ], COL, bg=PALEPLUM, border=PLUM),
    ])
    y = min(y1, y2) - 8
    y = stack(c, L, y, CW, [
        P("Table ronde n° 1 — Les associations et leurs partenaires", H2P),
        P("Animée par la rédaction d'un média associatif, la table ronde s'est ouverte sur les résultats de "
          "l'enquête Associations & Partenariats : les associations comptent en moyenne 2,5 partenaires, et près "
          "de trois sur quatre travaillent avec une collectivité."),
        4,
    ])
    y1 = stack(c, L, y, COL, [
        P("Julie Moreau, directrice d'un réseau départemental, a complété ce tableau avec l'étude IMPACT – "
          "Associations & Territoires : sur les 148 000 associations employeuses, 98 % ont au moins un "
          "partenariat, noué d'abord à l'échelle locale (73 %), puis régionale (47 %)."),
        P("« Dans notre réseau, 112 associations adhérentes ont signé au moins une convention en 2022, soit deux "
          "fois plus qu'il y a cinq ans », a-t-elle précisé."),
    ])
    y2 = stack(c, X2, y, COL, [
        box([
            P("Repère", H3),
            P("Les formes de partenariat les plus citées par les associations employeuses sont le mécénat "
              "(75 %), l'innovation sociétale (73 %), les pratiques responsables (70 %) et la coopération "
              "économique (58 %).", LAB),
        ], COL, bg=PALEPLUM, border=PLUM),
    ])
    end(21)

    # --- p. 3 (imprimée 22)
    top()
    y = stack(c, L, TOP, CW, [P("Les tables rondes", H2P)])
    y1 = stack(c, L, y, COL, [
        P("Table ronde n° 1 (suite)", H3),
        P("Olivier Besson, délégué régional d'une fédération, a détaillé les partenaires cités par les "
          "responsables associatifs interrogés en 2016 :"),
        B("collectivités : 74 %"),
        B("autres associations et fondations : 72 %"),
        B("établissements d'enseignement : 47 %"),
        B("entreprises : 28 %"),
        B("structures d'insertion : 22 %"),
        B("organismes de recherche : 9 %"),
        P("« Le budget pèse lourd, a-t-il souligné : 50 % des associations de plus de 150 000 € de budget ont un "
          "partenaire entreprise, contre 20 % des plus petites, sous 10 000 €. »"),
    ])
    y2 = stack(c, X2, y, COL, [
        P("Table ronde n° 2 — Entreprises et territoires", H3),
        P("Pour Sophie Marchal, dirigeante d'une PME, « 84 % des dirigeants de TPE et de PME jugent utile de jouer "
          "collectif en sortie de crise ». Dans son club de 25 entreprises, 17 ont déjà signé une convention avec "
          "une association."),
        P("Table ronde n° 3 — Le rôle des fondations", H3),
        P("Le Fonds ODD 17, doté de 1,5 M€ sur trois ans, s'appuie sur 350 catalyseurs territoriaux. Les 42 "
          "fondations interrogées par l'Observatoire confirment leur rôle d'assemblier."),
        P("Table ronde n° 4 — Collectivités", H3),
        P("Le parcours d'expérience mené avec le CGET a réuni 11 territoires pionniers pendant 18 mois ; une "
          "autre source évoque 10 territoires pilotes."),
    ])
    y = min(y1, y2) - 10
    stack(c, L, y, CW, [
        box([
            P("Ce qu'il faut retenir des tables rondes", H3),
            B("Les collectivités restent le premier partenaire des associations, loin devant les entreprises.",
              S("bl", fontSize=8.5, leading=11, leftIndent=10, bulletFontName="DV")),
            B("Les fondations se voient comme des « assembliers » : 2 sur 3 cofinancent déjà des projets avec "
              "une collectivité.", S("bl2", fontSize=8.5, leading=11, leftIndent=10, bulletFontName="DV")),
            B("Les élus demandent des outils : 76 % des maires jugent leur territoire engagé, mais 46 % ne savent "
              "pas piloter les alliances.", S("bl3", fontSize=8.5, leading=11, leftIndent=10, bulletFontName="DV")),
        ], CW, bg=PALEPLUM, border=PLUM),
        8,
        P("La démarche « Agir ensemble en Territoire », initiée en 2010, a servi de fil rouge à la dernière table "
          "ronde : ses trois premiers territoires pilotes ont été cités en exemple à plusieurs reprises."),
    ])
    end(22)

    # --- p. 4 (imprimée 23) : sondage en salle et questions-réponses
    top()
    y = stack(c, L, TOP, CW, [
        P("Sondage en salle", H2P),
        P("Le vote électronique a recueilli 287 réponses sur 412 participants. Résultats en % des votants :"),
        table([
            ["Question posée", "Oui", "Non", "Ne sait pas"],
            ["Votre structure a-t-elle engagé une alliance en 2022 ?", "71 %", "24 %", "5 %"],
            ["Disposez-vous d'un outil pour évaluer vos alliances ?", "33 %", "58 %", "9 %"],
            ["Souhaitez-vous signer la Charte du faire alliance ?", "64 %", "12 %", "24 %"],
        ], [CW * 0.58, CW * 0.14, CW * 0.14, CW * 0.14], color=PLUM),
        P("Chaque ligne totalise 100 %.", NOTE),
        P("Parmi les élus présents, 78 % ont déjà engagé une alliance, contre 69 % des responsables associatifs "
          "et 61 % des chefs d'entreprise."),
        6,
    ])
    y1 = stack(c, L, y, COL, [
        P("Questions-réponses", H2P),
        P("<b>Question d'un élu d'une commune de 1 200 habitants</b> : « Comment mesurer l'impact quand on n'a ni "
          "service dédié ni budget ? »"),
        P("<b>Réponse</b> : l'Observatoire met à disposition une quinzaine d'outils gratuits, testés par 60 "
          "collectivités."),
        P("<b>Question d'une responsable associative</b> : « Faut-il un salarié dédié pour nouer des "
          "partenariats ? »"),
        P("<b>Réponse</b> : non ; parmi les associations partenaires d'une entreprise, près d'un tiers n'emploie "
          "aucun salarié."),
    ])
    y2 = stack(c, X2, y - 18, COL, [
        P("<b>Question</b> : « Les chiffres de 2015 sont-ils encore valables ? »"),
        P("<b>Réponse</b> : la prochaine vague, prévue en 2024, interrogera 3 000 personnes, soit un échantillon "
          "une fois et demie plus large."),
        P("<b>Question</b> : « Combien de temps faut-il pour qu'une alliance produise des effets ? »"),
        P("<b>Réponse</b> : en moyenne 2 ans selon les territoires pionniers, davantage en zone rurale."),
        box([P("Rendez-vous en 2024 pour la sixième édition des Rencontres.", LAB)], COL, bg=PALEPLUM,
            border=PLUM),
    ])
    y = min(y1, y2) - 10
    stack(c, L, y, CW, [
        P("Clôture", H2P),
        P("En conclusion, l'Observatoire a rappelé que la Charte du faire alliance, lancée le 30 novembre 2021, "
          "compte désormais plus de 300 signataires, et que 6 nouveaux territoires rejoindront la démarche d'ici "
          "la fin de l'année."),
    ])
    end(23)
    c.save()


# ---------------------------------------------------------------------------------------------------------
# 05 — Tableau de bord (1 page)
# ---------------------------------------------------------------------------------------------------------
def doc05(path):
    c = new_canvas(path, "Tableau de bord des alliances territoriales 2023")
    TEAL = colors.HexColor("#116466")
    PALETEAL = colors.HexColor("#E3F1F1")
    header(c, "Observatoire des partenariats · Tableau de bord", "Édition 2023", TEAL)
    H1T = S("h1t", fontName="SERB", fontSize=18, leading=22, textColor=TEAL)
    H2T = S("h2t", fontName="DVB", fontSize=10.5, leading=13, textColor=TEAL)
    BIGT = S("bigt", fontName="SERB", fontSize=16, leading=19, textColor=TEAL)
    y = stack(c, L, TOP, CW, [
        P("Tableau de bord des alliances territoriales", H1T),
        P("Données arrêtées au 31 décembre 2022 · territoires suivis depuis 2019", KICK),
        4,
        tiles([
            ("18", "territoires engagés dans la démarche (cible : 25)"),
            ("1,5 M€", "mobilisés en 2022 pour les projets d'alliance"),
            ("6,4/10", "note de confiance entre acteurs du territoire"),
            ("19 %", "des communes de moins de 3 500 habitants couvertes"),
        ], 4, CW, big=BIGT, bg=PALETEAL),
        6,
        P("A. Indicateurs de perception (notes sur 10)", H2T),
        table([
            ["Indicateur", "2019", "2022", "Évolution", "Cible 2025"],
            ["Confiance entre acteurs du territoire", "6,1", "6,4", "+0,3 pt", "7,0"],
            ["Qualité du dialogue élus-associations", "5,8", "6,2", "+0,4 pt", "6,5"],
            ["Capacité à agir ensemble", "5,5", "5,4", "-0,1 pt", "6,0"],
        ], [CW * 0.44, CW * 0.12, CW * 0.12, CW * 0.16, CW * 0.16], color=TEAL),
        P("Notes de 0 à 10, moyenne des répondants de chaque territoire.", NOTE),
        4,
        P("B. Indicateurs d'activité", H2T),
        table([
            ["Indicateur", "2019", "2022", "Évolution", "Cible 2025"],
            ["Territoires engagés dans la démarche", "11", "18", "+7", "25"],
            ["Part des communes de moins de 3 500 habitants couvertes", "12 %", "19 %", "+7 pts", "30 %"],
            ["Budget mobilisé (M€)", "0,8", "1,5", "+0,7", "2,0"],
            ["Alliances signées dans l'année", "46", "83", "+37", "120"],
        ], [CW * 0.44, CW * 0.12, CW * 0.12, CW * 0.16, CW * 0.16], color=TEAL),
        6,
        P("C. Alliances signées en 2022, par type", H2T),
    ])
    y1 = stack(c, L, y, COL, [
        table([
            ["Type d'alliance", "Nombre", "Part"],
            ["Association – entreprise", "38", "46 %"],
            ["Association – collectivité", "27", "33 %"],
            ["Tripartite", "18", "22 %"],
        ], [COL * 0.56, COL * 0.22, COL * 0.22], color=TEAL),
        P("Arrondis : le total des parts peut différer de 100 %.", NOTE),
    ])
    y2 = stack(c, X2, y, COL, [
        P("Délai moyen entre le premier contact et la signature : 1,5 an. Une alliance sur quatre associe au "
          "moins une commune de moins de 3 500 habitants.", BODYL),
    ])
    y = min(y1, y2) - 8
    y1 = stack(c, L, y, COL, [
        box([
            P("Repères PHARE-Citoyens (2015)", H3),
            P("Emploi : 7,1/10 · Sécurité : 6,6/10 (7/10 selon une autre source) · Environnement : 6,3/10.", LAB),
        ], COL, bg=PALETEAL, border=TEAL),
    ])
    y2 = stack(c, X2, y, COL, [
        P("Lecture : en 2022, 18 territoires sont engagés ; l'objectif en vise 7 de plus d'ici 2025.", NOTE),
        P("Méthode : cibles fixées par le comité de pilotage du 12 janvier 2023.", NOTE),
    ])
    footer(c, "Tableau de bord · Observatoire des partenariats", "page 1 sur 1", TEAL)
    c.showPage()
    c.save()


DOCS = [
    ("obs-s89-01-rapport-activite.pdf", doc01),
    ("obs-s89-02-dossier-presse.pdf", doc02),
    ("obs-s89-03-note-analyse.pdf", doc03),
    ("obs-s89-04-colloque.pdf", doc04),
    ("obs-s89-05-tableau-de-bord.pdf", doc05),
]


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    os.makedirs(out, exist_ok=True)
    for name, fn in DOCS:
        fn(os.path.join(out, name))
        print(os.path.join(out, name))


if __name__ == "__main__":
    main()
