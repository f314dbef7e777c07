# -*- coding: utf-8 -*-
"""Corpus s90 : cinq publications fictives « dans la forme » de l'Observatoire des partenariats.

Usage : /work/main/.venv/bin/python make_docs.py [dossier_de_sortie]
Déterministe : rl_config.invariant = 1 (deux générations identiques octet pour octet).
"""
import os
import re
import sys

from reportlab import rl_config

rl_config.invariant = 1

from reportlab.lib import colors  # noqa: E402
from reportlab.lib.enums import TA_CENTER, TA_LEFT  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import cm  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.platypus import (  # noqa: E402
    BaseDocTemplate, Frame, FrameBreak, KeepTogether, NextPageTemplate, PageBreak,
    PageTemplate, Paragraph, Spacer, Table, TableStyle,
)

FONTDIR = "/usr/share/fonts/truetype/dejavu/"
for name, fn in [("Sans", "DejaVuSans.ttf"), ("SansB", "DejaVuSans-Bold.ttf"),
                 ("SansI", "DejaVuSans-Oblique.ttf"), ("Serif", "DejaVuSerif.ttf"),
                 ("SerifB", "DejaVuSerif-Bold.ttf"), ("SerifI", "DejaVuSerif-Italic.ttf"),
                 ("Cond", "DejaVuSansCondensed.ttf"), ("CondB", "DejaVuSansCondensed-Bold.ttf")]:
    pdfmetrics.registerFont(TTFont(name, FONTDIR + fn))
from reportlab.pdfbase.pdfmetrics import registerFontFamily  # noqa: E402

registerFontFamily("Serif", normal="Serif", bold="SerifB", italic="SerifI", boldItalic="SerifB")
registerFontFamily("Sans", normal="Sans", bold="SansB", italic="SansI", boldItalic="SansB")
registerFontFamily("Cond", normal="Cond", bold="CondB", italic="Cond", boldItalic="CondB")

W, H = A4
NB = "\u00a0"   # espace insécable
NN = "\u00a0"   # insécable aussi dans les milliers et avant ; ! ? (reportlab coupe sur U+202F)


def fr(s):
    """Typographie française : insécables avant % € : ; ! ? », après «, dans les milliers."""
    for _ in range(2):
        s = re.sub(r"(?<![\d/])(\d{1,3}) (\d{3})(?!\d)", "\\1" + NN + "\\2", s)
    s = re.sub(r" (%|€|k€|M€)", NB + r"\1", s)
    s = re.sub(r" :", NB + ":", s)
    s = re.sub(r" ([;!?])", NN + r"\1", s)
    s = s.replace("« ", "«" + NB).replace(" »", NB + "»")
    s = s.replace("n° ", "n°" + NB)
    return s


# ---------------------------------------------------------------- styles
BLEU = colors.HexColor("#1f4e79")
VERT = colors.HexColor("#2e7d32")
ORANGE = colors.HexColor("#c05621")
GRIS = colors.HexColor("#555555")
FOND_BLEU = colors.HexColor("#e8f0f8")
FOND_VERT = colors.HexColor("#eaf4ea")
FOND_ORANGE = colors.HexColor("#fdf0e6")
FOND_GRIS = colors.HexColor("#f2f2f2")


def S(name, **kw):
    base = dict(fontName="Serif", fontSize=10.6, leading=14.6, spaceAfter=7, alignment=TA_LEFT,
                bulletFontName="Sans")
    base.update(kw)
    return ParagraphStyle(name, **base)


sBody = S("body")
sBodyS = S("bodys", fontSize=10, leading=13.6, spaceAfter=6)
sH1 = S("h1", fontName="SansB", fontSize=16, leading=20, textColor=BLEU, spaceBefore=4, spaceAfter=10)
sH2 = S("h2", fontName="SansB", fontSize=12.2, leading=15.5, textColor=BLEU, spaceBefore=9, spaceAfter=6)
sH3 = S("h3", fontName="SansB", fontSize=10.5, leading=14, textColor=GRIS, spaceBefore=3, spaceAfter=3)
sBul = S("bul", leftIndent=16, bulletIndent=4, spaceAfter=4)
sNum = S("num", leftIndent=18, bulletIndent=2, spaceAfter=6)
sBoxT = S("boxt", fontName="SansB", fontSize=10.6, leading=14, textColor=VERT, spaceAfter=5)
sBox = S("box", fontName="Sans", fontSize=9.6, leading=13.2, spaceAfter=5)
sCell = S("cell", fontName="Cond", fontSize=9.6, leading=11.8, spaceAfter=0)
sCellB = S("cellb", fontName="CondB", fontSize=9.6, leading=11.8, spaceAfter=0)
sCellBR = S("cellbr", fontName="CondB", fontSize=9.6, leading=11.8, spaceAfter=0, alignment=2)
sCellR = S("cellr", fontName="Cond", fontSize=9.6, leading=11.8, spaceAfter=0, alignment=2)
sCap = S("cap", fontName="SansB", fontSize=9.6, leading=12.6, textColor=GRIS, spaceBefore=6, spaceAfter=5)
sNote = S("note", fontName="SansI", fontSize=8.8, leading=11.5, textColor=GRIS, spaceBefore=4, spaceAfter=5)
sFoot = S("foot", fontName="Sans", fontSize=7.2, leading=9, textColor=GRIS, spaceAfter=1)
sBig = S("big", fontName="SansB", fontSize=20, leading=24, textColor=BLEU, spaceAfter=0)
sBigL = S("bigl", fontName="Sans", fontSize=10.2, leading=13.2, spaceAfter=0)
sTitle = S("title", fontName="SansB", fontSize=25, leading=30, textColor=BLEU, spaceAfter=8)
sSub = S("sub", fontName="Sans", fontSize=13, leading=17, textColor=GRIS, spaceAfter=10)
sKicker = S("kick", fontName="SansB", fontSize=9, leading=12, textColor=ORANGE, spaceAfter=4)
sQ = S("q", fontName="SansB", fontSize=10.4, leading=14, textColor=BLEU, spaceBefore=8, spaceAfter=4)
sQuote = S("quote", fontName="SerifI", fontSize=10.4, leading=14, leftIndent=10, spaceAfter=3)
sSign = S("sign", fontName="Sans", fontSize=8.8, leading=11.5, textColor=GRIS, leftIndent=10, spaceAfter=8)


def P(text, style=sBody):
    return Paragraph(fr(text), style)


def bullets(items, style=sBul, char="•"):
    return [Paragraph(fr(t), style, bulletText=char) for t in items]


def numbered(items):
    return [Paragraph(fr(t), sNum, bulletText="%d." % (i + 1)) for i, t in enumerate(items)]


def box(title, flows, width, bg=FOND_VERT, border=VERT, tstyle=sBoxT):
    inner = ([Paragraph(fr(title), tstyle)] if title else []) + flows
    t = Table([[inner]], colWidths=[width])
    t.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, -1), bg), ("BOX", (0, 0), (-1, -1), 0.8, border),
        ("LEFTPADDING", (0, 0), (-1, -1), 8), ("RIGHTPADDING", (0, 0), (-1, -1), 8),
        ("TOPPADDING", (0, 0), (-1, -1), 8), ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
    ]))
    return t


def keyfigs(rows, width, bg=FOND_BLEU, big_w=3.3 * cm):
    data = [[Paragraph(fr(a), sBig), Paragraph(fr(b), sBigL)] for a, b in rows]
    t = Table(data, colWidths=[big_w, width - big_w])
    t.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, -1), bg), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LINEBELOW", (0, 0), (-1, -2), 0.4, colors.white),
        ("TOPPADDING", (0, 0), (-1, -1), 7), ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
        ("LEFTPADDING", (0, 0), (-1, -1), 7),
    ]))
    return t


def table(rows, widths, header_rows=1, first_col_bold=False, zebra=True, left=False):
    data = []
    for i, r in enumerate(rows):
        line = []
        for j, c in enumerate(r):
            if i < header_rows:
                st = sCellB if (j == 0 or left) else sCellBR
            elif first_col_bold and j == 0 and i == len(rows) - 1:
                st = sCellB
            elif j == 0:
                st = sCell
            else:
                st = sCell if left else sCellR
            line.append(Paragraph(fr(c), st))
        data.append(line)
    t = Table(data, colWidths=widths, repeatRows=header_rows)
    st = [
        ("BACKGROUND", (0, 0), (-1, header_rows - 1), FOND_BLEU),
        ("LINEBELOW", (0, header_rows - 1), (-1, header_rows - 1), 0.8, BLEU),
        ("LINEBELOW", (0, -1), (-1, -1), 0.8, BLEU),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 4.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 4.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ]
    if zebra:
        for i in range(header_rows, len(rows)):
            if (i - header_rows) % 2 == 1:
                st.append(("BACKGROUND", (0, i), (-1, i), FOND_GRIS))
    t.setStyle(TableStyle(st))
    return t


# ---------------------------------------------------------------- gabarits de page
ML = MR = 2.0 * cm
TOP = 2.3 * cm
BOTTOM = 3.3 * cm
CW = W - ML - MR          # largeur utile
GAP = 0.7 * cm
COLW = (CW - GAP) / 2


class Doc(BaseDocTemplate):
    def __init__(self, path, meta, footnotes, header, footer, **kw):
        super().__init__(path, pagesize=A4, leftMargin=ML, rightMargin=MR, topMargin=TOP,
                         bottomMargin=BOTTOM, title=meta["title"], author="Observatoire des partenariats",
                         subject=meta.get("subject", ""), creator="make_docs.py (corpus s90)", **kw)
        self.footnotes = footnotes      # {index PDF base 1: [notes]}
        self.header = header            # fonction(canvas, page) ou None
        self.footer = footer            # fonction(canvas, page) ou None


def page_begin(canv, doc):
    n = canv.getPageNumber()
    if doc.header:
        doc.header(canv, n)


def page_end(canv, doc):
    n = canv.getPageNumber()
    notes = doc.footnotes.get(n, [])
    if notes:
        flows = [Paragraph(fr(t), sFoot) for t in notes]
        hs = [f.wrap(CW, 100)[1] for f in flows]
        y = 1.45 * cm + sum(hs) + 2 * (len(hs) - 1) + 4
        canv.setStrokeColor(GRIS)
        canv.setLineWidth(0.4)
        canv.line(ML, y + 3, ML + 4 * cm, y + 3)
        for f, h in zip(flows, hs):
            y -= h
            f.drawOn(canv, ML, y)
            y -= 2
    if doc.footer:
        doc.footer(canv, n)


def frames_one(bottom=BOTTOM):
    return [Frame(ML, bottom, CW, H - TOP - bottom, id="f1", leftPadding=0, rightPadding=0,
                  topPadding=0, bottomPadding=0)]


def frames_two(banner_h=0, bottom=BOTTOM):
    top = H - TOP
    fr_ = []
    if banner_h:
        fr_.append(Frame(ML, top - banner_h, CW, banner_h, id="ban", leftPadding=0, rightPadding=0,
                         topPadding=0, bottomPadding=0))
        top -= banner_h + 0.3 * cm
    fr_.append(Frame(ML, bottom, COLW, top - bottom, id="c1", leftPadding=0, rightPadding=0,
                     topPadding=0, bottomPadding=0))
    fr_.append(Frame(ML + COLW + GAP, bottom, COLW, top - bottom, id="c2", leftPadding=0,
                     rightPadding=0, topPadding=0, bottomPadding=0))
    return fr_


def templates(spec):
    return [PageTemplate(id=k, frames=v, onPage=page_begin, onPageEnd=page_end) for k, v in spec]


def run_header(left, right):
    def h(canv, n):
        canv.saveState()
        canv.setFont("Sans", 7.3)
        canv.setFillColor(GRIS)
        canv.drawString(ML, H - 1.35 * cm, fr(left))
        canv.drawRightString(W - MR, H - 1.35 * cm, fr(right))
        canv.setStrokeColor(BLEU)
        canv.setLineWidth(0.6)
        canv.line(ML, H - 1.55 * cm, W - MR, H - 1.55 * cm)
        canv.restoreState()
    return h


def build(path, story, meta, footnotes, header, footer, spec, expected_pages):
    doc = Doc(path, meta, footnotes, header, footer)
    doc.addPageTemplates(templates(spec))
    doc.build(story)
    assert doc.page == expected_pages, (path, doc.page, expected_pages)


# =====================================================================
# 01 — Guide pratique (couverture + 4 pages imprimées 1 à 4)
# =====================================================================
def doc01(path):
    def header(canv, n):
        if n > 1:
            run_header("Observatoire des partenariats · Collection « Repères »",
                       "Guide pratique « Faire alliance en territoire »")(canv, n)

    def footer(canv, n):
        if n > 1:
            canv.saveState()
            canv.setFont("Sans", 7.5)
            canv.setFillColor(GRIS)
            canv.drawString(ML, 1.0 * cm, fr("Édition de janvier 2025"))
            canv.drawRightString(W - MR, 1.0 * cm, fr("Guide pratique · page %d / 4" % (n - 1)))
            canv.restoreState()

    notes = {
        1: ["1. Ordre de grandeur établi d'après le recensement de la population ; l'Observatoire n'a pas "
            "produit ce chiffre lui-même."],
        2: ["2. Enquête conduite par téléphone ; les résultats détaillés figurent dans la Lettre de "
            "l'Observatoire n° 41."],
        3: ["3. Enquête « Associations &amp; Partenariats », Recherches &amp; Solidarités et Le RAMEAU. "
            "Plusieurs réponses possibles : le total dépasse 100 %."],
        4: ["4. Programme IMPACT, conduit avec la Caisse des Dépôts, l'Institut CDC pour la Recherche, "
            "le Groupe La Poste et la Fondation TOTAL."],
        5: ["5. Exemples recueillis par l'Observatoire au second semestre 2024 ; montants déclarés par "
            "les porteurs de projet, non audités."],
    }
    st = []
    # ---- couverture
    st.append(Spacer(1, 1.2 * cm))
    st.append(P("OBSERVATOIRE DES PARTENARIATS · COLLECTION « REPÈRES » · GUIDE N° 7", sKicker))
    st.append(P("Faire alliance en territoire", sTitle))
    st.append(P("Guide pratique à l'usage des élus, des associations et des entreprises", sSub))
    st.append(P("Édition de janvier 2025", sH3))
    st.append(Spacer(1, 0.5 * cm))
    st.append(P("Le guide en chiffres", sH2))
    st.append(keyfigs([
        ("92 %", "des maires expriment un besoin d'alliance pour leur territoire"),
        ("84 %", "des dirigeants d'entreprise disent en avoir envie"),
        ("81 %", "des Français voient dans l'alliance un devoir"),
        ("302", "maires interrogés à l'automne 2024 sur la dynamique de leur territoire"),
        ("+ de 1 000", "exemples inspirants recensés par Le RAMEAU"),
        ("+ de 500", "organisations associées à ses expérimentations depuis 2006"),
    ], CW, big_w=4.5 * cm))
    st.append(Spacer(1, 0.6 * cm))
    st.append(P("Ce guide condense quinze ans de recherche empirique et cinq ans d'étude d'impact "
                "menés par Le RAMEAU, laboratoire d'intérêt général créé en 2006, et par l'Observatoire "
                "des partenariats, fondé en 2008 avec la Caisse des Dépôts. Le RAMEAU y poursuit trois "
                "missions au service de l'intérêt général, dont la première consiste à témoigner de ce "
                "qui fonctionne."))
    st.append(P("Il s'adresse en priorité aux communes de moins de 3 500 habitants, qui représentent plus "
                "de neuf communes sur dix<super>1</super>, et aux associations qui les animent."))
    st.append(NextPageTemplate("one"))
    st.append(PageBreak())

    # ---- page imprimée 1
    st.append(P("Pourquoi faire alliance ?", sH1))
    st.append(P("Les attentes convergent. Interrogés par téléphone du 30 septembre au 28 octobre 2024, "
                "302 maires ont décrit la trajectoire de leur territoire<super>2</super> : 91 % le voient "
                "« en mouvement », dont 35 % fortement et 56 % ni plus ni moins qu'auparavant. Parmi les "
                "répondants, 84 % dirigent une commune de moins de 2 000 habitants."))
    st.append(P("Étape 1 — Partager un diagnostic du territoire", sH2))
    st.extend(numbered([
        "<b>Réunir les acteurs.</b> Dans une commune de moins de 3 500 habitants, une dizaine "
        "d'associations actives et deux ou trois entreprises suffisent souvent à lancer la dynamique.",
        "<b>Écouter les habitants.</b> Lors des diagnostics conduits en 2023 dans les territoires "
        "pilotes, 58 % des habitants et 77 % des élus citaient l'emploi comme premier enjeu local.",
        "<b>Mettre les données en commun.</b> Pour préparer la sortie de crise, en 2020, plus de 250 "
        "données utiles aux acteurs locaux avaient déjà été inventoriées.",
        "<b>Nommer un binôme d'animation.</b> Un élu et un responsable associatif suffisent ; "
        "l'essentiel est qu'ils disposent d'un mandat clair.",
    ]))
    st.append(Spacer(1, 0.2 * cm))
    st.append(box("Bon à savoir", [
        P("Quand les Français notent l'importance des enjeux de leur territoire (enquête PHARE-Citoyens, "
          "septembre 2015, plus de 2 000 personnes interrogées), l'emploi arrive en tête avec 7,1/10, "
          "devant le pouvoir d'achat (6,6/10) et le développement économique (6,5/10).", sBox),
        P("L'environnement et la lutte contre l'exclusion ferment la marche, à 6,3/10 chacun.", sBox),
    ], CW))
    st.append(Spacer(1, 0.25 * cm))
    st.append(P("Un diagnostic réussi ne cherche pas l'exhaustivité : il vise à faire émerger deux ou "
                "trois priorités partagées, sur lesquelles chacun accepte de s'engager."))
    st.append(PageBreak())

    # ---- page imprimée 2
    st.append(P("Étape 2 — Identifier les bons partenaires", sH1))
    st.append(P("Une association mobilise en moyenne 2,5 partenaires, d'après l'enquête conduite en mai "
                "et juin 2016 auprès de plus de 1 380 responsables associatifs et publiée en mars "
                "2017<super>3</super>. Les partenaires les plus cités par les associations sont les "
                "suivants :"))
    st.extend(bullets([
        "les collectivités territoriales : 74 % ;",
        "les autres associations et les fondations : 72 % ;",
        "les établissements d'enseignement : 47 % ;",
        "les entreprises : 28 % ;",
        "les structures d'insertion : 22 % ;",
        "les organismes de recherche : 9 %.",
    ]))
    st.append(Spacer(1, 0.15 * cm))
    st.append(P("La taille compte : la moitié des associations dont le budget dépasse 150 000 € ont noué "
                "un partenariat avec une entreprise, contre 20 % seulement de celles dont le budget est "
                "inférieur à 10 000 €."))
    st.append(P("Étape 3 — Construire le projet ensemble", sH2))
    st.append(P("Fixez un cap commun et un calendrier réaliste. Les conventions de partenariat observées "
                "courent le plus souvent sur 3 ans, et une sur quatre seulement dépasse cinq ans. "
                "Prévoyez dès le départ la façon dont chaque partenaire contribuera : argent, temps, "
                "compétences ou locaux."))
    st.append(box("Bon à savoir", [
        P("Le Fonds ODD 17, co-créé en 2020 par Le RAMEAU et la Fondation TotalEnergies, a été doté de "
          "1,5 M€ pour une expérimentation de trois ans ; il s'appuie sur 350 « catalyseurs "
          "territoriaux ».", sBox),
        P("Les collectivités peuvent y trouver des méthodes éprouvées avant d'investir elles-mêmes.", sBox),
    ], CW))
    st.append(Spacer(1, 0.25 * cm))
    st.append(P("Écrivez enfin, noir sur blanc, ce que chacun attend du partenariat. Ce document court "
                "servira de référence lors des premiers bilans."))
    st.append(PageBreak())

    # ---- page imprimée 3
    st.append(P("Étape 4 — Évaluer et faire durer", sH1))
    st.append(P("Mesurer, c'est d'abord choisir peu d'indicateurs : les territoires accompagnés en suivent "
                "en moyenne cinq, rarement davantage. Dans l'étude IMPACT – Associations &amp; "
                "Territoires, 75 % des associations employeuses pratiquent le mécénat, 73 % l'innovation "
                "sociétale, 70 % les pratiques responsables et 58 % la coopération économique."))
    st.append(P("Check-list avant de signer", sH2))
    st.extend(bullets([
        "un diagnostic partagé par au moins trois partenaires ;",
        "une convention de 3 ans, révisable chaque année ;",
        "un budget prévisionnel, même modeste : 65 % des projets suivis démarrent avec moins de "
        "20 000 € ;",
        "un référent identifié dans chaque structure ;",
        "une communication commune, que quatre partenaires sur dix oublient de prévoir ;",
        "une date de bilan inscrite dans la convention.",
    ], char="☐"))
    st.append(Spacer(1, 0.2 * cm))
    st.append(box("Bon à savoir", [
        P("Le programme IMPACT (2018-2022) rappelle que 87 % des maires, 86 % des responsables "
          "associatifs et 81 % des dirigeants d'entreprise voient dans les partenariats une source "
          "d'innovation, contre 74 % des Français<super>4</super>.", sBox),
        P("La même source note que 76 % des maires jugent leur territoire engagé, mais que 46 % ne "
          "savent pas comment piloter une démarche d'alliance.", sBox),
    ], CW))
    st.append(Spacer(1, 0.25 * cm))
    st.append(P("Faire durer, enfin, suppose de renouveler les équipes sans perdre la mémoire du projet. "
                "Un partenariat qui survit au départ de ses fondateurs a franchi un cap décisif."))
    st.append(PageBreak())

    # ---- page imprimée 4
    st.append(P("Exemples de partenariats locaux<super>5</super>", sH1))
    half = (CW - 0.4 * cm) / 2

    def ex(title, lieu, texte):
        return box(title, [P(lieu, sNote), P(texte, sBox)], half - 16, bg=FOND_ORANGE, border=ORANGE,
                   tstyle=S("ext", fontName="SansB", fontSize=9.4, leading=12, textColor=ORANGE,
                            spaceAfter=2))
    grid = Table([
        [ex("Une épicerie solidaire", "Vallée de la Risle (Eure)",
            "Portée par 3 associations avec l'appui d'une coopérative agricole, l'épicerie a aidé 140 "
            "familles en 2023. Son budget annuel de 48 000 € provient pour 30 % du mécénat."),
         ex("Un chantier d'insertion", "Pays de Redon (Ille-et-Vilaine)",
            "Créé en 2019 avec une fondation d'entreprise, le chantier accueille 26 salariés en parcours, "
            "dont 62 % retrouvent un emploi ou une formation ; 1,2 million d'euros y ont été investis.")],
        [ex("Un garage solidaire", "Pays de Bitche (Moselle)",
            "12 communes, toutes de moins de 2 000 habitants, partagent depuis 2022 un garage solidaire : "
            "85 jeunes ont obtenu leur permis, pour un coût moyen de 900 € par jeune."),
         ex("Un tiers-lieu numérique", "Figeac (Lot)",
            "Une ETI locale y détache 4 salariés en mécénat de compétences. Neuf usagers sur dix se "
            "disent satisfaits de l'accompagnement reçu.")],
    ], colWidths=[half, half])
    grid.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                              ("RIGHTPADDING", (0, 0), (-1, -1), 8), ("BOTTOMPADDING", (0, 0), (-1, -1), 8)]))
    st.append(grid)
    st.append(Spacer(1, 0.2 * cm))
    st.append(P("Ce que ces exemples ont en commun", sH2))
    st.append(P("Aucun n'est né d'un appel à projets : tous sont partis d'un besoin repéré lors du "
                "diagnostic, porté par un binôme d'élu et d'acteur associatif. Tous ont accepté de "
                "commencer petit et de mesurer leurs résultats dès la première année."))
    st.append(P("Pour aller plus loin, la plateforme www.odd17.org rassemble méthodes, exemples, "
                "données, outils et compétences (démarche M.E.D.O.C.)."))
    st.append(box("Vous aussi, racontez votre partenariat", [
        P("L'Observatoire enrichit chaque année sa base d'exemples inspirants. Décrivez votre projet en "
          "quelques lignes : les partenaires, le besoin de départ, les moyens réunis et les premiers "
          "résultats. Les exemples retenus sont publiés avec l'accord de leurs porteurs.", sBox),
    ], CW, bg=FOND_BLEU, border=BLEU, tstyle=S("va", fontName="SansB", fontSize=10, textColor=BLEU)))

    build(path, st, {"title": "Faire alliance en territoire — guide pratique (édition 2025)"}, notes,
          header, footer, [("cover", frames_one(bottom=2.6 * cm)), ("one", frames_one())], 5)


# =====================================================================
# 02 — Étude sur les fondations (couverture + pages imprimées 2 à 5)
# =====================================================================
def doc02(path):
    header_f = run_header("Programme IMPACT · Observatoire des partenariats",
                          "Étude « Fondations &amp; Territoires » · septembre 2021".replace("&amp;", "&"))

    def header(canv, n):
        if n > 1:
            header_f(canv, n)

    def footer(canv, n):
        canv.saveState()
        canv.setFont("Sans", 8)
        canv.setFillColor(GRIS)
        if n > 1:
            canv.drawCentredString(W / 2, 1.0 * cm, "— %d —" % n)
        canv.restoreState()

    notes = {
        1: ["Étude réalisée par l'Observatoire des partenariats dans le cadre du programme IMPACT. "
            "Reproduction autorisée avec mention de la source."],
        2: ["1. Édition précédente : « Les fondations et les territoires », Observatoire des partenariats, "
            "2016."],
        3: ["2. Les régions comptant moins de 25 répondantes sont regroupées sous « Autres régions ».",
            "3. Budget territorial médian en milliers d'euros (k€), exercice 2019."],
        4: ["4. Dotation : capital ou fonds propres déclarés au 31 décembre 2019."],
        5: ["5. Propos recueillis lors des entretiens approfondis de l'automne 2020, anonymisés à la "
            "demande des fondations."],
    }
    st = []
    st.append(Spacer(1, 1.0 * cm))
    st.append(P("PROGRAMME IMPACT · ÉTUDE", sKicker))
    st.append(P("Fondations &amp; Territoires", sTitle))
    st.append(P("Comment les fondations s'engagent dans les dynamiques territoriales — synthèse des "
                "résultats", sSub))
    st.append(P("Publiée le 23 septembre 2021 · enquête conduite à l'automne 2020", sH3))
    st.append(Spacer(1, 0.4 * cm))
    st.append(P("Chiffres clés", sH2))
    st.append(keyfigs([
        ("318", "fondations ont répondu au questionnaire en ligne, sur 1 250 sollicitées"),
        ("42", "fondations interrogées en entretien approfondi"),
        ("71 %", "des fondations répondantes soutiennent au moins un projet ancré dans un territoire"),
        ("2 sur 3", "ont noué un partenariat avec une collectivité territoriale"),
        ("3,2 M€", "de dotation médiane parmi les répondantes"),
        ("18 %", "prévoient d'augmenter leur budget territorial d'ici 2023"),
    ], CW, big_w=3.8 * cm))
    st.append(Spacer(1, 0.5 * cm))
    st.append(P("Les fondations répondantes emploient au total 2 400 salariés et mobilisent quelque 5 100 "
                "bénévoles. L'étude prolonge la fiche acteur « Dynamique d'engagement des fondations » et "
                "s'appuie sur les 13 rapports régionaux publiés en 2016, ainsi que sur cinq ans de suivi "
                "de l'engagement des fondations par l'Observatoire."))
    st.append(NextPageTemplate("one"))
    st.append(PageBreak())

    # ---- p. 2
    st.append(P("1. Un engagement territorial qui s'affirme", sH1))
    st.append(P("1.1 Des fondations de plus en plus présentes dans les territoires", sH2))
    st.append(P("Sur les 318 fondations qui ont répondu au questionnaire, 226 déclarent financer au moins "
                "un projet local, soit 71 %. Elles n'étaient que 54 % dans ce cas lors de l'édition "
                "précédente, en 2016<super>1</super>, soit une progression de 17 points."))
    st.append(P("1.2 Des écarts marqués selon la taille", sH2))
    st.append(P("La taille de la dotation reste déterminante. Les fondations dotées de moins de 1 M€ sont "
                "58 % à soutenir un projet local, contre 74 % de celles dont la dotation se situe entre "
                "1 et 10 M€ et 86 % des fondations de plus de 10 M€."))
    st.append(P("Part des fondations qui ont un partenariat avec une collectivité, selon la dotation :"))
    st.extend(bullets([
        "dotation inférieure à 1 M€ : 49 % ;",
        "dotation de 1 à 10 M€ : 67 % ;",
        "dotation supérieure à 10 M€ : 79 % ;",
        "ensemble des répondantes : 64 %.",
    ]))
    st.append(Spacer(1, 0.2 * cm))
    st.append(box("Méthodologie", [
        P("Questionnaire en ligne administré du 5 octobre au 18 décembre 2020 auprès de 1 250 fondations, "
          "soit un taux de réponse de 25 % ; 42 entretiens approfondis menés en parallèle. Les résultats "
          "sont pondérés selon la taille et la région.", sBox),
    ], CW, bg=FOND_GRIS, border=GRIS, tstyle=S("mt", fontName="SansB", fontSize=9, textColor=GRIS)))
    st.append(Spacer(1, 0.3 * cm))
    st.append(P("Cette progression tient autant à l'arrivée de fondations nouvelles, souvent créées par "
                "des entreprises de taille intermédiaire, qu'à la réorientation de fondations anciennes "
                "vers leur territoire d'origine."))
    st.append(PageBreak())

    # ---- p. 3
    st.append(P("2. Des partenariats diversifiés", sH1))
    st.append(P("2.1 Avec qui les fondations s'allient-elles ?", sH2))
    st.append(P("Les collectivités territoriales arrivent en tête des partenaires (64 %), suivies des "
                "associations (61 %) et des établissements scolaires (38 %). Les entreprises ne sont "
                "citées que par un quart des fondations, et les acteurs de la recherche par 12 % d'entre "
                "elles."))
    st.append(P("2.2 Une géographie contrastée", sH2))
    st.append(P("Tableau 1 – L'engagement des fondations par région (automne 2020)", sCap))
    st.append(table([
        ["Région", "Fondations répondantes", "Projet local (%)", "Partenariat avec une collectivité (%)",
         "Budget territorial médian (k€)<super>3</super>"],
        ["Île-de-France", "97", "62", "55", "410"],
        ["Auvergne-Rhône-Alpes", "41", "78", "70", "185"],
        ["Hauts-de-France", "29", "76", "72", "120"],
        ["Nouvelle-Aquitaine", "27", "74", "69", "140"],
        ["Occitanie", "25", "80", "68", "95"],
        ["Autres régions<super>2</super>", "99", "73", "65", "110"],
        ["Ensemble", "318", "71", "64", "160"],
    ], [4.2 * cm, 3.0 * cm, 2.8 * cm, 3.6 * cm, CW - 13.6 * cm], first_col_bold=True))
    st.append(Spacer(1, 0.3 * cm))
    st.append(P("2.3 Des ancrages différents", sH2))
    st.append(P("Les fondations franciliennes, plus nombreuses et mieux dotées, financent souvent des "
                "projets hors de leur région : 44 % d'entre elles soutiennent au moins un projet dans une "
                "autre région, contre 15 % des fondations implantées ailleurs. Dans les Hauts-de-France "
                "comme en Occitanie, l'engagement local domine."))
    st.append(PageBreak())

    # ---- p. 4
    st.append(P("3. Des moyens en hausse, mais inégaux", sH1))
    st.append(P("3.1 Dotations et budgets", sH2))
    st.append(P("La dotation médiane des répondantes s'établit à 3,2 M€<super>4</super>. Un peu plus d'une "
                "fondation sur cinq (21 %) dispose d'une dotation supérieure à 10 M€, quand 46 % restent "
                "sous le seuil de 1 M€. En moyenne, 38 % des dépenses de programme vont à des projets "
                "territoriaux, soit 160 k€ par fondation."))
    st.append(P("3.2 Des trajectoires budgétaires contrastées", sH2))
    st.append(P("Tableau 2 – Évolution du budget territorial entre 2018 et 2020, selon la dotation "
                "(en % des fondations)", sCap))
    st.append(table([
        ["Dotation", "En hausse", "Stable", "En baisse"],
        ["Moins de 1 M€", "22", "61", "17"],
        ["De 1 à 10 M€", "31", "55", "14"],
        ["Plus de 10 M€", "40", "49", "11"],
        ["Ensemble", "28", "57", "15"],
    ], [5.5 * cm, 3.8 * cm, 3.8 * cm, CW - 13.1 * cm], first_col_bold=True))
    st.append(P("Lecture : 40 % des fondations dotées de plus de 10 M€ ont augmenté leur budget territorial "
                "entre 2018 et 2020. Les totaux par ligne font 100 %.", sNote))
    st.append(P("3.3 Le levier des fonds territoriaux", sH2))
    st.append(P("Les fonds dédiés à un territoire ou à une cause se multiplient. Le Fonds ODD 17, co-créé "
                "en 2020 par Le RAMEAU et la Fondation TotalEnergies, en est un exemple : doté de 1,5 M€, "
                "il finance une expérimentation de 3 ans qui doit outiller 350 catalyseurs territoriaux."))
    st.append(P("Pour les fondations les plus modestes, ces fonds offrent un moyen de s'engager sans "
                "porter seules l'ingénierie d'un projet. Près d'une sur trois se dit intéressée par une "
                "contribution à un fonds mutualisé."))
    st.append(PageBreak())

    # ---- p. 5
    st.append(P("4. Perspectives", sH1))
    st.append(P("4.1 Des intentions d'engagement fortes", sH2))
    st.append(P("D'ici 2023, 18 % des fondations prévoient d'augmenter leur budget territorial et 9 % de le "
                "réduire ; les autres, soit près des trois quarts, envisagent de le maintenir. Les petites "
                "fondations sont les plus prudentes : une sur dix seulement compte accroître son effort, "
                "contre 31 % des fondations de plus de 10 M€."))
    st.append(P("4.2 Ce que disent les fondations<super>5</super>", sH2))
    st.append(P("« Nous finançons 14 projets dans 6 départements, tous co-construits avec les "
                "collectivités. »", sQuote))
    st.append(P("— Déléguée générale d'une fondation familiale, Hauts-de-France", sSign))
    st.append(P("« En trois ans, notre budget territorial est passé de 200 000 € à 350 000 €. »", sQuote))
    st.append(P("— Directeur d'une fondation d'entreprise, Occitanie", sSign))
    st.append(P("4.3 Les fondations, actrices de l'ODD 17", sH2))
    st.append(P("L'objectif de développement durable n° 17 compte 19 cibles ; les fondations interrogées "
                "en citent spontanément 4 en moyenne, le plus souvent celles qui portent sur les "
                "partenariats multi-acteurs. Elles sont pourtant 63 % à se reconnaître dans la notion "
                "d'« alliance »."))
    st.append(box("À retenir", [
        P("Plus présentes, mieux outillées, les fondations deviennent des partenaires à part entière des "
          "territoires. Le défi des prochaines années sera d'associer les petites fondations, qui "
          "représentent près de la moitié des répondantes.", sBox),
        P("L'Observatoire renouvellera l'enquête lors de la prochaine édition du programme IMPACT, "
          "avec le même questionnaire pour permettre les comparaisons.", sBox),
    ], CW, bg=FOND_BLEU, border=BLEU, tstyle=S("ar", fontName="SansB", fontSize=9.4, textColor=BLEU)))

    build(path, st, {"title": "Fondations & Territoires — étude IMPACT (2021)"}, notes, header, footer,
          [("cover", frames_one(bottom=2.6 * cm)), ("one", frames_one())], 5)


# =====================================================================
# 03 — Baromètre des entreprises (couverture + pages imprimées 12 à 14)
# =====================================================================
def doc03(path):
    head = run_header("Baromètre des entreprises partenaires · édition 2024",
                      "Chapitre 2 · L'engagement selon la taille")

    def header(canv, n):
        if n > 1:
            head(canv, n)

    def footer(canv, n):
        if n > 1:
            canv.saveState()
            canv.setFont("SansB", 8.5)
            canv.setFillColor(BLEU)
            canv.drawRightString(W - MR, 1.0 * cm, str(n + 10))
            canv.setFont("Sans", 7.5)
            canv.setFillColor(GRIS)
            canv.drawString(ML, 1.0 * cm, fr("Observatoire des partenariats — Le RAMEAU"))
            canv.restoreState()

    notes = {
        1: ["Extrait du rapport complet (chapitre 2, pages 12 à 14). Enquête en ligne, échantillon "
            "représentatif redressé par taille, secteur et région."],
        2: ["1. Les TPE sont interrogées avec le même questionnaire depuis 2015 ; la série « Ensemble » "
            "porte sur les entreprises de 10 salariés et plus, pour rester comparable à la note de 2016."],
        3: ["2. Note moyenne sur une échelle de 0 à 10.",
            "3. Base : entreprises ayant au moins un partenariat associatif en 2023."],
        4: ["4. Plusieurs réponses possibles : les totaux dépassent 100 %.",
            "5. Observatoire des partenariats, note du 29 février 2016 sur les modèles de "
            "co-construction."],
    }
    st = []
    st.append(Spacer(1, 0.9 * cm))
    st.append(P("OBSERVATOIRE DES PARTENARIATS · BAROMÈTRE", sKicker))
    st.append(P("Baromètre des entreprises partenaires", sTitle))
    st.append(P("Édition 2024 · résultats de la vague 2023, comparés aux vagues 2015 et 2019", sSub))
    st.append(Spacer(1, 0.3 * cm))
    st.append(keyfigs([
        ("1 012", "dirigeants interrogés en ligne du 6 au 27 mars 2023, dont 388 dirigeants de TPE et "
                  "624 dirigeants d'entreprises de 10 salariés et plus"),
        ("45 %", "des entreprises de 10 salariés et plus ont au moins un partenariat associatif"),
        ("+8 pts", "de progression depuis la première vague, en huit ans"),
        ("82 %", "des grandes entreprises sont engagées, contre 31 % des TPE"),
        ("84 %", "des dirigeants déclarent une « envie d'alliance »"),
        ("6,8/10", "la note moyenne que les dirigeants attribuent à leurs partenariats"),
    ], CW, big_w=3.8 * cm))
    st.append(Spacer(1, 0.5 * cm))
    st.append(P("Troisième vague d'un dispositif lancé en 2015, le baromètre couvre 13 régions "
                "métropolitaines et 21 secteurs d'activité. La marge d'erreur est de ± 3 points sur "
                "l'ensemble de l'échantillon."))
    st.append(NextPageTemplate("one"))
    st.append(PageBreak())

    # ---- p. 12
    st.append(P("2. L'engagement selon la taille de l'entreprise", sH1))
    st.append(P("2.1 Une progression continue depuis 2015", sH2))
    st.append(P("En 2023, 45 % des entreprises de 10 salariés et plus entretiennent au moins un "
                "partenariat avec une association. Elles étaient 41 % en 2019 et 37 % en 2015, premier "
                "point de la série<super>1</super>. Les résultats sont présentés selon quatre classes de "
                "taille : les TPE (moins de 10 salariés), les PME (de 10 à 249 salariés), les ETI (de 250 "
                "à 4 999 salariés) et les grandes entreprises (5 000 salariés et plus)."))
    st.append(P("Tableau 3 – Part des entreprises ayant au moins un partenariat associatif, selon la "
                "taille (en %)", sCap))
    st.append(table([
        ["Classe de taille", "2015", "2019", "2023"],
        ["TPE (moins de 10 salariés)", "24", "27", "31"],
        ["PME (10 à 249 salariés)", "35", "39", "43"],
        ["ETI (250 à 4 999 salariés)", "52", "57", "61"],
        ["Grandes entreprises (5 000 et plus)", "71", "76", "82"],
        ["Ensemble (10 salariés et plus)", "37", "41", "45"],
    ], [7.0 * cm, 3.3 * cm, 3.3 * cm, CW - 13.6 * cm], first_col_bold=True))
    st.append(P("Lecture : en 2023, 31 % des TPE ont au moins un partenariat associatif, contre 24 % en "
                "2015.", sNote))
    st.append(P("2.2 Un écart qui se creuse", sH2))
    st.append(P("Entre 2015 et 2023, l'écart entre les grandes entreprises et les TPE est passé de 47 à 51 "
                "points. Les grandes entreprises sont aussi celles qui progressent le plus vite depuis "
                "2019, avec un gain de 6 points en quatre ans, contre 4 points pour les PME comme pour "
                "les ETI."))
    st.append(P("Cette dynamique s'explique en partie par la montée des politiques de responsabilité "
                "sociétale dans les entreprises de taille intermédiaire, qui structurent désormais leur "
                "engagement territorial au lieu de le laisser à l'initiative de leurs salariés."))
    st.append(PageBreak())

    # ---- p. 13
    st.append(P("2.3 Des attentes élevées, quelle que soit la taille", sH2))
    st.append(P("Les dirigeants sont 84 % à déclarer une « envie d'alliance » ; la proportion atteint "
                "91 % chez les dirigeants d'ETI et descend à 79 % chez ceux des TPE. Interrogés sur la "
                "valeur de leurs partenariats, ils leur attribuent une note moyenne de "
                "6,8/10<super>2</super> : 7,4/10 pour les dirigeants de grandes entreprises, 6,2/10 pour "
                "ceux des TPE."))
    st.append(P("2.4 Des formes d'engagement différentes selon la taille", sH2))
    st.append(P("Le mécénat reste la porte d'entrée : 58 % des TPE partenaires le pratiquent, et 88 % des "
                "grandes entreprises. Les pratiques responsables concernent 38 % des PME partenaires, la "
                "coopération économique 34 % des ETI partenaires."))
    st.append(P("Tableau 4 – Formes de partenariat pratiquées en 2023, selon la taille (en % des "
                "entreprises partenaires<super>3</super>)", sCap))
    st.append(table([
        ["", "Mécénat", "Pratiques responsables", "Coopération économique", "Innovation sociétale"],
        ["TPE", "58", "21", "17", "9"],
        ["PME", "71", "38", "26", "14"],
        ["ETI", "79", "44", "34", "22"],
        ["Grandes entreprises", "88", "63", "41", "37"],
    ], [4.4 * cm, 3.0 * cm, 3.3 * cm, 3.3 * cm, CW - 14.0 * cm]))
    st.append(Spacer(1, 0.3 * cm))
    st.append(P("L'innovation sociétale reste l'apanage des grandes entreprises : plus d'une sur trois s'y "
                "engage, contre moins d'une TPE sur dix. À l'inverse, l'écart est faible pour le mécénat, "
                "qui demeure la forme la plus partagée par toutes les classes de taille."))
    st.append(P("Les dirigeants qui pratiquent au moins deux formes de partenariat attribuent à leurs "
                "alliances une note supérieure d'un point à celle des autres."))
    st.append(NextPageTemplate("two"))
    st.append(PageBreak())

    # ---- p. 14 (deux colonnes)
    st.append(P("2.5 Freins et leviers", sH2))
    st.append(P("Le manque de temps est le premier frein, cité par 47 % des dirigeants, devant la "
                "difficulté à trouver le bon partenaire (35 %) et le manque de moyens (29 %)."))
    st.append(P("Leviers jugés efficaces par les dirigeants<super>4</super> :"))
    st.extend(bullets([
        "un interlocuteur unique à la mairie : 52 % ;",
        "des exemples locaux chiffrés : 39 %.",
    ]))
    st.append(P("Les dirigeants de TPE mettent en avant la proximité : pour eux, le partenaire idéal se "
                "trouve à moins de vingt minutes de l'entreprise."))
    st.append(P("2.6 Note de méthode", sH2))
    st.append(P("Le questionnaire, identique d'une vague à l'autre pour les questions de tendance, est "
                "administré en ligne. Les résultats sont redressés selon la taille, le secteur d'activité "
                "et la région, à partir des données de la statistique publique."))
    st.append(P("Les écarts entre classes de taille sont commentés lorsqu'ils sont statistiquement "
                "significatifs ; les évolutions de faible ampleur sont signalées avec prudence."))
    st.append(FrameBreak())
    st.append(box("Repères : ce que disaient les éditions précédentes", [
        P("En 2008, 86 % des Français jugeaient urgent de créer des partenariats entre associations et "
          "entreprises ; ils étaient encore 84 % en 2012.", sBox),
        P("Côté entreprises, dans l'étude ARPEA – Entreprises &amp; Territoires, publiée en janvier 2011, "
          "21 % des entreprises développaient des partenariats avec des associations, 33 % souhaitaient le faire "
          "et 46 % ne le souhaitaient pas.", sBox),
        P("La note de l'Observatoire du 29 février 2016<super>5</super> évaluait à 37 % la part des "
          "entreprises d'au moins 10 salariés engagées dans un partenariat, et à 38 % celle des "
          "associations (53 % des associations employeuses). Chez les « pionniers », la proportion "
          "atteignait 65 %.", sBox),
    ], COLW - 2, bg=FOND_BLEU, border=BLEU, tstyle=S("rp", fontName="SansB", fontSize=9.2, leading=12,
                                                      textColor=BLEU, spaceAfter=3)))
    st.append(Spacer(1, 0.4 * cm))
    st.append(P("Pour en savoir plus", sH2))
    st.append(P("Le rapport complet présente les résultats par secteur d'activité et par région, ainsi "
                "que le questionnaire intégral. Il est téléchargeable sur le site de l'Observatoire des "
                "partenariats."))
    st.append(P("Les séries longues, depuis la première vague, sont disponibles sur demande pour les "
                "chercheurs et les réseaux d'entreprises."))

    build(path, st, {"title": "Baromètre des entreprises partenaires — édition 2024 (extrait)"}, notes,
          header, footer, [("cover", frames_one(bottom=2.6 * cm)), ("one", frames_one()),
                           ("two", frames_two())], 4)


# =====================================================================
# 04 — Lettre d'information (3 pages)
# =====================================================================
def doc04(path):
    def header(canv, n):
        if n > 1:
            run_header("La Lettre de l'Observatoire des partenariats", "N° 41 · février 2025")(canv, n)

    def footer(canv, n):
        canv.saveState()
        canv.setFont("Sans", 7.5)
        canv.setFillColor(GRIS)
        canv.drawString(ML, 1.0 * cm, fr("La Lettre n° 41"))
        canv.drawRightString(W - MR, 1.0 * cm, "%d" % n)
        canv.restoreState()

    notes = {
        1: ["1. Enquête IMPACTS &amp; TRAJECTOIRES – Élus locaux, réalisée par téléphone du 30 septembre "
            "au 28 octobre 2024."],
        2: ["2. Entretien réalisé le 9 janvier 2025 ; propos relus par l'intéressée."],
        3: ["3. Le communiqué de lancement du parcours parlait de 11 territoires pionniers."],
    }
    st = []
    # bandeau
    ban = Table([[Paragraph(fr("La Lettre de l'Observatoire des partenariats"),
                            S("mt1", fontName="SansB", fontSize=20, leading=24, textColor=colors.white)),
                  Paragraph(fr("N° 41<br/>février 2025"),
                            S("mt2", fontName="SansB", fontSize=11, leading=14, textColor=colors.white,
                              alignment=2))]],
                colWidths=[CW - 3.5 * cm, 3.5 * cm], rowHeights=[2.2 * cm])
    ban.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), BLEU), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                             ("LEFTPADDING", (0, 0), (-1, -1), 10), ("RIGHTPADDING", (0, 0), (-1, -1), 10)]))
    st.append(ban)
    st.append(FrameBreak())
    st.append(P("Édito — Des élus en mouvement", sH2))
    st.append(P("Publiée en novembre 2024, l'enquête IMPACTS &amp; TRAJECTOIRES – Élus locaux a interrogé "
                "302 maires<super>1</super>. Neuf sur dix voient leur territoire en mouvement, et un "
                "tiers le jugent même en forte évolution."))
    st.append(P("Ce résultat prolonge les mesures précédentes : en novembre 2020, 64 % des élus locaux "
                "voulaient s'appuyer sur le « jouer collectif », et 92 % des maires reconnaissaient "
                "l'utilité de la co-construction."))
    st.append(P("Reste à transformer l'envie en méthode. C'est le sens du guide « Faire alliance en "
                "territoire », que nous publions ce mois-ci, et des rencontres régionales du printemps."))
    st.append(P("Laurence Weber, directrice générale du RAMEAU", sSign))
    st.append(box("Dans ce numéro", [
        P("Édito et brèves — p. 1", sBox),
        P("Entretien avec Martine Leclerc, maire de Saint-Aubin-sur-Risle — p. 2", sBox),
        P("Brèves (suite), agenda et contact — p. 3", sBox),
    ], COLW - 2, bg=FOND_GRIS, border=GRIS, tstyle=S("som", fontName="SansB", fontSize=9.6, textColor=GRIS)))
    st.append(FrameBreak())
    st.append(P("Brèves", sH2))
    st.append(P("<b>Associations.</b> L'étude IMPACT – Associations &amp; Territoires le confirme : sur "
                "148 000 associations employeuses, 98 % ont au moins un partenariat, le plus souvent avec "
                "une collectivité (89 %).", sBodyS))
    st.append(P("<b>Fondation des Territoires.</b> Créée le 14 juin 2022 sous l'égide de la Fondation de "
                "Lille, elle rassemble 21 co-fondateurs et poursuit trois missions.", sBodyS))
    st.append(P("<b>Parcours d'expérience.</b> Onze territoires pionniers ont suivi, avec le CGET et Le "
                "RAMEAU, un parcours de 18 mois consacré à la co-construction territoriale.", sBodyS))
    st.append(P("<b>Webinaires.</b> Les 5 webinaires « L'ODD 17 en pratique » organisés en 2024 ont réuni "
                "640 participants, dont une majorité d'agents territoriaux.", sBodyS))
    st.append(P("<b>Publications.</b> La fiche-repère « Les dynamiques d'engagement des collectivités "
                "territoriales », issue de l'étude IMPACT – Élus locaux de novembre 2020, est rééditée.",
                sBodyS))
    st.append(NextPageTemplate("one"))
    st.append(PageBreak())

    # ---- p. 2 : entretien
    st.append(P("ENTRETIEN", sKicker))
    st.append(P("Martine Leclerc, maire de Saint-Aubin-sur-Risle (Eure)<super>2</super>", sH1))
    st.append(P("« Commencer petit, mais commencer ensemble »", sSub))
    st.append(P("Votre commune compte 2 800 habitants. Pourquoi miser sur les alliances ?", sQ))
    st.append(P("Parce que nous n'avons pas le choix ! Avec un budget de fonctionnement de 2,1 millions "
                "d'euros, nous ne pouvons pas tout porter seuls. Aujourd'hui, 17 associations et 6 "
                "entreprises travaillent avec la mairie sur au moins un projet."))
    st.append(P("Vos administrés vous suivent-ils ?", sQ))
    st.append(P("Nous avons mené une consultation l'an dernier : 63 % des habitants et 81 % des "
                "conseillers municipaux souhaitent que la commune aille plus loin. Chez les jeunes de "
                "moins de 25 ans, c'est même 70 %."))
    st.append(P("Les chiffres nationaux vous parlent-ils ?", sQ))
    st.append(P("Je m'y retrouve complètement. L'enquête publiée en novembre dernier montre que 91 % des "
                "maires voient leur territoire en mouvement, et 84 % des répondants dirigent une commune "
                "de moins de 2 000 habitants : c'est la France des petites communes qui se mobilise."))
    st.append(P("Quel conseil donneriez-vous à un collègue ?", sQ))
    st.append(P("Commencer petit. Notre premier projet, une épicerie solidaire, a démarré avec 8 000 € et "
                "4 bénévoles ; il en compte 35 aujourd'hui. Ensuite, ne jamais décider seul : notre "
                "comité de pilotage se réunit chaque trimestre, élus et associations à égalité."))
    st.append(P("Et la suite ?", sQ))
    st.append(P("Un tiers-lieu, porté par une coopérative, trois associations et la communauté de "
                "communes. Nous visons une ouverture à l'automne 2026, pour un budget de 420 000 €, dont "
                "un quart apporté par des entreprises du territoire."))
    st.append(NextPageTemplate("two"))
    st.append(PageBreak())

    # ---- p. 3 : brèves (suite), agenda, contact
    st.append(P("Brèves (suite)", sH2))
    st.append(P("<b>Droit de l'alliance.</b> Portée par la députée Cathy Racon-Bouzon, la proposition de "
                "loi sur le droit de l'alliance d'intérêt général s'accompagne d'une feuille de route "
                "ministérielle de 21 mesures.", sBodyS))
    st.append(P("<b>Fonds ODD 17.</b> Co-créé en 2020 par Le RAMEAU et la Fondation TotalEnergies, le "
                "fonds a été doté de 1,5 M€ ; 350 catalyseurs territoriaux ont été repérés.", sBodyS))
    st.append(P("<b>Décryptage.</b> La note du Comité 21 « ODD 17 : Sens, décryptages, déclinaisons », "
                "publiée un 5 juillet, passe en revue les 19 cibles de l'objectif.", sBodyS))
    st.append(P("<b>Territoires pilotes.</b> Le premier parcours conduit avec le CGET réunissait "
                "10 territoires pilotes<super>3</super>.", sBodyS))
    st.append(P("<b>Charte du faire alliance.</b> Lancée le 30 novembre 2021 à Saint-Maurice, la charte "
                "compte aujourd'hui 1 240 signataires, dont 38 % de collectivités.", sBodyS))
    st.append(P("<b>Rapports régionaux.</b> Le 11<super>e</super> rapport régional de l'Observatoire, "
                "consacré à la Normandie, reste disponible ; un dossier de JURIS Associations (n° 628) en "
                "reprend les principaux enseignements.", sBodyS))
    st.append(FrameBreak())
    st.append(P("Agenda", sH2))
    ag = table([
        ["Date", "Rendez-vous", "Public"],
        ["12 mars 2025", "4<super>e</super> dîner « Élus &amp; Entreprises », Paris", "120 invités"],
        ["3 avril 2025", "6<super>e</super> webinaire « L'ODD 17 en pratique », en ligne", "90 places"],
        ["20 mai 2025", "Rencontres régionales, Rouen", "250 participants attendus"],
        ["17 juin 2025", "Assemblée générale, Paris", "adhérents"],
    ], [2.2 * cm, COLW - 4.6 * cm, 2.4 * cm], left=True)
    st.append(ag)
    st.append(Spacer(1, 0.4 * cm))
    st.append(box("Contact", [
        P("Observatoire des partenariats, 14 rue de la Fidélité, 75010 Paris", sBox),
        P("Tél. 01 53 24 87 90 · lettre gratuite, diffusée à 6 500 abonnés", sBox),
        P("Pour vous désabonner, écrivez-nous en précisant le numéro de la lettre reçue.", sBox),
    ], COLW - 2, bg=FOND_GRIS, border=GRIS, tstyle=S("ct", fontName="SansB", fontSize=9, textColor=GRIS)))

    build(path, st, {"title": "La Lettre de l'Observatoire des partenariats n° 41 (février 2025)"}, notes,
          header, footer, [("p1", frames_two(banner_h=2.2 * cm)), ("one", frames_one()),
                           ("two", frames_two())], 3)


# =====================================================================
# 05 — Synthèse régionale (1 page, deux colonnes)
# =====================================================================
def doc05(path):
    def footer(canv, n):
        canv.saveState()
        canv.setFont("Sans", 7.5)
        canv.setFillColor(GRIS)
        canv.drawString(ML, 1.0 * cm, fr("Synthèse régionale n° 11 · Normandie"))
        canv.drawRightString(W - MR, 1.0 * cm, "page 1 sur 1")
        canv.restoreState()

    notes = {
        1: ["1. Données nationales : étude IMPACT – Associations &amp; Territoires. Données régionales : "
            "enquête conduite au printemps 2021 auprès de 1 150 responsables associatifs normands.",
            "2. Entreprises de 10 salariés et plus ; moyenne nationale issue de la même vague d'enquête."],
    }
    st = []
    ban = Table([[Paragraph(fr("Normandie — les partenariats en chiffres"),
                            S("sb1", fontName="SansB", fontSize=17, leading=21, textColor=colors.white)),
                  Paragraph(fr("Synthèse régionale<br/>données 2021 · parution mars 2022"),
                            S("sb2", fontName="Sans", fontSize=9, leading=12, textColor=colors.white,
                              alignment=2))]],
                colWidths=[CW - 5 * cm, 5 * cm], rowHeights=[1.9 * cm])
    ban.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), VERT), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                             ("LEFTPADDING", (0, 0), (-1, -1), 10), ("RIGHTPADDING", (0, 0), (-1, -1), 10)]))
    st.append(ban)
    st.append(FrameBreak())
    st.append(P("L'essentiel", sH2))
    st.append(P("En Normandie, 97 % des associations employeuses ont au moins un partenariat, contre 98 % "
                "en moyenne nationale."))
    st.append(P("Les entreprises normandes de 10 salariés et plus sont 43 % à entretenir un partenariat "
                "associatif<super>2</super>, soit un point de moins qu'au niveau national (44 %)."))
    st.append(P("Les habitants se montrent plus convaincus : 72 % des Normands et 69 % des Français "
                "jugent que les alliances entre acteurs sont un devoir."))
    st.append(P("Chiffres clés<super>1</super>", sH2))
    st.append(table([
        ["Indicateur", "Normandie", "France", "Écart (pts)"],
        ["Associations employeuses", "7 900", "148 000", "–"],
        ["Au moins un partenariat (%)", "97", "98", "−1"],
        ["Avec une collectivité (%)", "92", "89", "+3"],
        ["Avec un établissement scolaire (%)", "66", "70", "−4"],
        ["À l'échelle locale (%)", "78", "73", "+5"],
    ], [COLW - 5.4 * cm, 2.3 * cm, 1.7 * cm, 1.4 * cm]))
    st.append(P("Lecture : 92 % des associations employeuses normandes ont un partenariat avec une "
                "collectivité, soit 3 points de plus que la moyenne nationale.", sNote))
    st.append(FrameBreak())
    st.append(box("Le territoire en bref", [
        P("5 départements, 2 651 communes, dont 2 300 de moins de 1 000 habitants.", sBox),
        P("Le 11<super>e</super> rapport régional de l'Observatoire, consacré à la Normandie, a été "
          "publié un 26 novembre.", sBox),
    ], COLW - 2, bg=FOND_VERT, border=VERT))
    st.append(P("Initiatives normandes", sH2))
    st.extend(bullets([
        "<b>Rouen.</b> Un collectif de 14 associations et de 3 entreprises mutualise depuis 2019 un "
        "entrepôt solidaire.",
        "<b>Cherbourg-en-Cotentin.</b> Un chantier naval forme chaque année une vingtaine de jeunes avec "
        "une association d'insertion.",
        "<b>Pays d'Auge.</b> Quatre communes et une fondation familiale financent ensemble un service de "
        "transport à la demande.",
    ], style=sBodyS))
    st.append(P("Enjeu pour 2022", sH2))
    st.append(P("Amener les quelque 240 associations employeuses encore isolées à nouer un premier "
                "partenariat, en s'appuyant sur les intercommunalités et sur les réseaux d'entreprises "
                "du territoire.", sBodyS))

    build(path, st, {"title": "Normandie — synthèse régionale (2022)"}, notes, None, footer,
          [("p1", frames_two(banner_h=1.9 * cm))], 1)


DOCS = [
    ("obs-s90-01-guide-pratique.pdf", doc01),
    ("obs-s90-02-etude-fondations.pdf", doc02),
    ("obs-s90-03-barometre-entreprises.pdf", doc03),
    ("obs-s90-04-lettre-information.pdf", doc04),
    ("obs-s90-05-synthese-regionale.pdf", doc05),
]

if __name__ == "__main__":
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    os.makedirs(out, exist_ok=True)
    for name, fn in DOCS:
        fn(os.path.join(out, name))
        print("écrit", os.path.join(out, name))
