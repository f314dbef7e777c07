# -*- coding: utf-8 -*-
"""Corpus « notes-s91 » : cinq PDF dans la forme des publications de l'Observatoire des partenariats.

Génération déterministe (rl_config.invariant = 1) : deux exécutions donnent des fichiers identiques
octet pour octet. Chaque page est composée à la main dans des cadres (Frame) ; si un texte ne tient pas
dans son cadre, le script s'arrête (pas de débordement silencieux).

Usage : /work/main/.venv/bin/python make_docs.py [dossier_de_sortie]
"""
import os
import re
import sys

from reportlab import rl_config

rl_config.invariant = 1

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_JUSTIFY
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.fonts import addMapping
from reportlab.pdfgen import canvas
from reportlab.platypus import Frame, Paragraph, Spacer, Table, TableStyle, Flowable

OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))

# ---------------------------------------------------------------- polices
D = "/usr/share/fonts/truetype/dejavu/"
for name, fn in [("Sans", "DejaVuSans.ttf"), ("Sans-B", "DejaVuSans-Bold.ttf"),
                 ("Sans-I", "DejaVuSans-Oblique.ttf"), ("Sans-BI", "DejaVuSans-BoldOblique.ttf"),
                 ("Serif", "DejaVuSerif.ttf"), ("Serif-B", "DejaVuSerif-Bold.ttf"),
                 ("Serif-I", "DejaVuSerif-Italic.ttf"), ("Serif-BI", "DejaVuSerif-BoldItalic.ttf"),
                 ("Cond", "DejaVuSansCondensed.ttf"), ("Cond-B", "DejaVuSansCondensed-Bold.ttf")]:
    pdfmetrics.registerFont(TTFont(name, D + fn))
for fam in ("Sans", "Serif"):
    addMapping(fam, 0, 0, fam)
    addMapping(fam, 1, 0, fam + "-B")
    addMapping(fam, 0, 1, fam + "-I")
    addMapping(fam, 1, 1, fam + "-BI")
addMapping("Cond", 0, 0, "Cond")
addMapping("Cond", 1, 0, "Cond-B")
addMapping("Cond", 0, 1, "Cond")
addMapping("Cond", 1, 1, "Cond-B")

VERT = colors.HexColor("#1F5C4A")
ORANGE = colors.HexColor("#C8642B")
CLAIR = colors.HexColor("#EAF2EE")
SABLE = colors.HexColor("#FBF3EA")
GRIS = colors.HexColor("#555555")
FILET = colors.HexColor("#9BB8AC")

NB = "\u00a0"


def fr(s):
    """Typographie française : espaces insécables avant % € : ; ? ! », après «, dans les milliers."""
    s = re.sub(r"(?<=\d) (?=\d{3}(?!\d))", NB, s)
    s = re.sub(r" (?=(%|€|k€|M€|:|;|\?|!|»))", NB, s)
    s = s.replace("« ", "«" + NB)
    s = re.sub(r"(?<=\d) (?=(points|pts)\b)", NB, s)
    s = s.replace("n = ", "n" + NB + "=" + NB)
    return s


def P(text, style):
    return Paragraph(fr(text), style)


def st(name, **kw):
    base = dict(fontName="Serif", fontSize=10, leading=13.5, alignment=TA_LEFT, textColor=colors.black)
    base.update(kw)
    return ParagraphStyle(name, **base)


S_BODY = st("body")
S_BODY_L = st("bodyl", alignment=TA_LEFT)
S_CHAPO = st("chapo", fontName="Serif-I", fontSize=11, leading=15)
S_H1 = st("h1", fontName="Sans-B", fontSize=15, leading=19, textColor=VERT, alignment=TA_LEFT, spaceAfter=6)
S_H2 = st("h2", fontName="Sans-B", fontSize=10.5, leading=14, textColor=ORANGE, alignment=TA_LEFT,
          spaceBefore=6, spaceAfter=2)
S_BUL = st("bul", fontName="Sans", bulletFontName="Sans", fontSize=9.5, leading=13, alignment=TA_LEFT, leftIndent=12,
           bulletIndent=2, spaceAfter=3)
S_BOXT = st("boxt", fontName="Sans-B", fontSize=10.5, leading=14, textColor=VERT, alignment=TA_LEFT,
            spaceAfter=4)
S_NOTE = st("note", fontName="Sans", fontSize=7.5, leading=9.5, alignment=TA_LEFT, textColor=GRIS)
S_CELL = st("cell", fontName="Sans", fontSize=8.5, leading=10.5, alignment=TA_LEFT)
S_CELLB = st("cellb", fontName="Sans-B", fontSize=8.5, leading=10.5, alignment=TA_LEFT, textColor=colors.white)
S_CELLN = st("celln", fontName="Sans", fontSize=8.5, leading=10.5, alignment=TA_CENTER)
S_CAP = st("cap", fontName="Sans-B", fontSize=9, leading=12, alignment=TA_LEFT, textColor=VERT,
           spaceBefore=4, spaceAfter=3)
S_BIB = st("bib", fontName="Serif", fontSize=8.8, leading=11.5, alignment=TA_LEFT, leftIndent=12,
           firstLineIndent=-12, spaceAfter=3)
S_Q = st("q", fontName="Sans-B", fontSize=10.5, leading=14, alignment=TA_LEFT, textColor=VERT, spaceBefore=8,
         spaceAfter=2)
S_A = st("a", fontName="Serif", fontSize=10, leading=13.5)


def fill(c, x, y, w, h, flows, where):
    """Place des flowables dans un cadre ; s'arrête si quelque chose déborde."""
    f = Frame(x, y, w, h, leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    rest = list(flows)
    f.addFromList(rest, c)
    if rest:
        raise SystemExit("Débordement : " + where)


def boxed(flows, width, bg=CLAIR, border=FILET, pad=8):
    t = Table([[flows]], colWidths=[width])
    t.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, -1), bg),
        ("BOX", (0, 0), (-1, -1), 0.8, border),
        ("LEFTPADDING", (0, 0), (-1, -1), pad), ("RIGHTPADDING", (0, 0), (-1, -1), pad),
        ("TOPPADDING", (0, 0), (-1, -1), pad), ("BOTTOMPADDING", (0, 0), (-1, -1), pad),
    ]))
    return t


def data_table(rows, widths, header_rows=1, total_rows=(), align_num_from=1, font=8.5):
    """Tableau de données : libellés de ligne à gauche, nombres centrés."""
    data = []
    for i, r in enumerate(rows):
        line = []
        for j, cell in enumerate(r):
            if i < header_rows:
                line.append(Paragraph(fr(cell), ParagraphStyle("h", parent=S_CELLB, fontSize=font,
                                                              alignment=TA_LEFT if j == 0 else TA_CENTER)))
            elif j == 0:
                bold = i in total_rows
                line.append(Paragraph(fr(cell), ParagraphStyle("l", parent=S_CELL, fontSize=font,
                                                              fontName="Sans-B" if bold else "Sans")))
            else:
                line.append(fr(cell))
        data.append(line)
    t = Table(data, colWidths=widths, repeatRows=0)
    style = [
        ("FONT", (0, 0), (-1, -1), "Sans", font),
        ("BACKGROUND", (0, 0), (-1, header_rows - 1), VERT),
        ("ALIGN", (align_num_from, header_rows), (-1, -1), "CENTER"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LINEBELOW", (0, header_rows), (-1, -1), 0.4, FILET),
        ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    for i in total_rows:
        style += [("FONT", (1, i), (-1, i), "Sans-B", font), ("BACKGROUND", (0, i), (-1, i), CLAIR)]
    t.setStyle(TableStyle(style))
    return t


class Bars(Flowable):
    """Petit graphique en barres horizontales (libellé, valeur imprimée)."""

    def __init__(self, items, width, maxv=100):
        super().__init__()
        self.items, self.width, self.maxv = items, width, maxv
        self.height = 22 * len(items) + 4

    def draw(self):
        c = self.canv
        lab_w = 88
        bar_w = self.width - lab_w - 40
        for k, (lab, v, txt) in enumerate(self.items):
            y = self.height - 22 * (k + 1)
            c.setFont("Sans", 8.5)
            c.setFillColor(colors.black)
            c.drawString(0, y + 6, fr(lab))
            c.setFillColor(VERT if k == 0 else FILET)
            c.rect(lab_w, y + 3, bar_w * v / self.maxv, 13, stroke=0, fill=1)
            c.setFillColor(colors.black)
            c.setFont("Sans-B", 8.5)
            c.drawString(lab_w + bar_w * v / self.maxv + 4, y + 6, fr(txt))


# ---------------------------------------------------------------- habillage des pages A4
W, H = A4
ML, MR, MT, MB = 2.0 * cm, 2.0 * cm, 2.2 * cm, 2.0 * cm
TW = W - ML - MR


def running_head(c, left, right):
    c.setFont("Sans", 7.5)
    c.setFillColor(GRIS)
    c.drawString(ML, H - 1.2 * cm, fr(left))
    c.drawRightString(W - MR, H - 1.2 * cm, fr(right))
    c.setStrokeColor(FILET)
    c.setLineWidth(0.6)
    c.line(ML, H - 1.35 * cm, W - MR, H - 1.35 * cm)


def running_foot(c, left, number):
    c.setStrokeColor(FILET)
    c.setLineWidth(0.6)
    c.line(ML, 1.45 * cm, W - MR, 1.45 * cm)
    c.setFont("Sans", 7.5)
    c.setFillColor(GRIS)
    c.drawString(ML, 1.0 * cm, fr(left))
    if number:
        c.setFont("Sans-B", 8.5)
        c.setFillColor(VERT)
        c.drawRightString(W - MR, 1.0 * cm, fr(number))


def footnotes(c, notes, y_top):
    """Notes de bas de page : filet court puis notes, de y_top vers le bas."""
    c.setStrokeColor(GRIS)
    c.setLineWidth(0.5)
    c.line(ML, y_top, ML + 4 * cm, y_top)
    flows = [P(n, S_NOTE) for n in notes]
    fill(c, ML, 1.7 * cm, TW, y_top - 1.7 * cm - 3, flows, "notes")


def new_canvas(fn, title, pagesize=A4):
    c = canvas.Canvas(os.path.join(OUT, fn), pagesize=pagesize, pageCompression=1)
    c.setTitle(title)
    c.setAuthor("Observatoire des partenariats – Le RAMEAU (corpus de démonstration)")
    c.setSubject("Corpus de démonstration notes-s91")
    c.setCreator("make_docs.py")
    return c


# ================================================================ 1. Rapport d'étude (5 pages)
def doc_rapport():
    c = new_canvas("obs-s91-01-rapport-etude-elus-locaux.pdf",
                   "IMPACTS & TRAJECTOIRES – Élus locaux : rapport d'étude")
    HEAD_L = "IMPACTS & TRAJECTOIRES – Élus locaux · Rapport d'étude"
    HEAD_R = "Observatoire des partenariats · mars 2025"
    FOOT = "Observatoire des partenariats – Le RAMEAU"

    # ---- page 1 : titre et synthèse
    c.setFillColor(VERT)
    c.rect(0, H - 7.2 * cm, W, 7.2 * cm, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont("Sans-B", 9)
    c.drawString(ML, H - 1.8 * cm, "OBSERVATOIRE DES PARTENARIATS")
    c.setFont("Sans-B", 22)
    c.drawString(ML, H - 3.2 * cm, fr("IMPACTS & TRAJECTOIRES – Élus locaux"))
    c.setFont("Serif-I", 14)
    c.drawString(ML, H - 4.3 * cm, fr("Des territoires en mouvement : la parole des maires"))
    c.setFont("Sans", 10)
    c.drawString(ML, H - 5.6 * cm, fr("Rapport d'étude · mars 2025"))
    chapo = P("Du 30 septembre au 28 octobre 2024, 302 maires ont répondu par téléphone à l'enquête "
              "IMPACTS & TRAJECTOIRES. Ce rapport prolonge la note de synthèse de novembre 2024<super>1</super> : "
              "il en détaille les résultats et les confronte aux éditions antérieures de l'Observatoire.", S_CHAPO)
    bul = [
        "91 % des maires voient leur territoire en mouvement : 35 % « fortement », 56 % « ni plus ni moins ».",
        "Les communes de moins de 2 000 habitants fournissent 84 % des répondants.",
        "Les maires étaient 87 % en 2016 à voir dans les partenariats une source d'innovation, "
        "et 92 % en 2020 à juger la co-construction utile.",
        "Dans le programme IMPACT 2018-2022, 76 % des maires jugeaient leur territoire engagé, mais près "
        "d'un maire sur deux (46 %) ne savait pas piloter les alliances.",
        "Quant aux élus locaux, 64 % souhaitaient en novembre 2020 s'appuyer sur le « jouer collectif ».",
    ]
    ess = [Paragraph("L'essentiel", S_BOXT)] + [Paragraph(fr(b), S_BUL, bulletText="•") for b in bul]
    big = ParagraphStyle("big", fontName="Sans-B", fontSize=22, leading=26, alignment=TA_CENTER, textColor=ORANGE)
    lab = ParagraphStyle("lab", fontName="Sans", fontSize=8.5, leading=11, alignment=TA_CENTER, textColor=GRIS)
    reperes = Table([[P("302", big), P("13", big), P("±5,6 points", big)],
                     [P("maires interrogés", lab), P("régions métropolitaines représentées", lab),
                      P("de marge d'erreur au plus", lab)]],
                    colWidths=[TW / 3] * 3)
    reperes.setStyle(TableStyle([("LINEABOVE", (0, 0), (-1, 0), 1.2, ORANGE),
                                 ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
    fill(c, ML, 5.0 * cm, TW, H - 8.2 * cm - 5.0 * cm,
         [chapo, Spacer(1, 14), boxed(ess, TW - 16), Spacer(1, 16),
          Paragraph("Repères de l'édition 2024", S_CAP), reperes], "rapport p1")
    footnotes(c, ["1 IMPACTS & TRAJECTOIRES – Élus locaux, note de synthèse, Observatoire des partenariats, "
                  "novembre 2024."], 3.0 * cm)
    running_foot(c, FOOT, "")
    c.showPage()

    # ---- page 2 : méthodologie
    running_head(c, HEAD_L, HEAD_R)
    fiche = data_table([
        ["Fiche technique", ""],
        ["Commanditaire", "Observatoire des partenariats (Le RAMEAU)"],
        ["Réalisation", "COMISIS – OpinionWay"],
        ["Échantillon", "302 maires, méthode des quotas"],
        ["Recueil", "entretiens téléphoniques (CATI)"],
        ["Terrain", "30 septembre – 28 octobre 2024"],
        ["Taux d'acceptation", "14 %"],
    ], [3.8 * cm, 8.0 * cm], align_num_from=9)
    left = [
        P("1. Méthodologie", S_H1),
        P("1.1 Échantillon et terrain", S_H2),
        P("L'enquête a été conduite par téléphone, du 30 septembre au 28 octobre 2024, auprès de 302 maires. "
          "Sur les 2 150 mairies sollicitées, 14 % ont accepté l'entretien. Une équipe de 8 enquêteurs a "
          "réalisé l'ensemble des appels.", S_BODY),
        P("1.2 Quotas", S_H2),
        P("L'échantillon a été construit par la méthode des quotas, appliquée à la taille de la commune et à "
          "la région ; les 13 régions de métropole sont représentées. Les maires de communes de moins de "
          "2 000 habitants forment 84 % des répondants, une proportion voisine du poids de ces communes dans "
          "l'ensemble du pays (86 %)<super>2</super>. Le détail figure au tableau A1 de l'annexe statistique.",
          S_BODY),
        P("1.3 Précision des résultats", S_H2),
        P("Avec 302 répondants, la marge d'erreur atteint au plus ±5,6 points, pour un résultat proche de "
          "50 % ; elle se réduit à ±3,4 points pour un résultat de 10 % ou de 90 %. Ces marges s'entendent "
          "au seuil de confiance de 95 %.", S_BODY),
        P("1.4 Comparaisons entre éditions", S_H2),
        P("Les résultats sont rapprochés de PHARE-Institutions (2016) et d'IMPACT-Élus locaux (novembre "
          "2020)<super>3</super>. Par prudence, les écarts inférieurs à 6 points entre deux éditions ne sont "
          "pas commentés.", S_BODY),
        Spacer(1, 16),
        fiche,
    ]
    fill(c, ML, 4.2 * cm, TW * 0.72, H - MT - 0.4 * cm - 4.2 * cm, left, "rapport p2")
    # colonne latérale
    side = [P("À retenir", S_BOXT),
            P("Un échantillon de maires, des quotas par taille de commune et par région, une marge "
              "d'erreur contenue.", ParagraphStyle("s", parent=S_BODY_L, fontName="Sans-I",
                                                                           fontSize=8.5, leading=11.5))]
    fill(c, ML + TW * 0.76, H - MT - 6.5 * cm, TW * 0.24, 6 * cm, [boxed(side, TW * 0.24 - 16, bg=SABLE,
                                                                           border=ORANGE)], "rapport p2 côté")
    footnotes(c, ["2 INSEE, communes par tranche de population au 1er janvier 2023.",
                  "3 PHARE-Institutions avait interrogé 400 maires en 2016 ; IMPACT-Élus locaux, 612 maires en "
                  "novembre 2020."], 3.4 * cm)
    running_foot(c, FOOT, "2")
    c.showPage()

    # ---- page 3 : résultats, deux colonnes
    running_head(c, HEAD_L, HEAD_R)
    colw = (TW - 0.8 * cm) / 2
    top = H - MT - 0.4 * cm
    fill(c, ML, top - 1.2 * cm, TW, 1.2 * cm, [P("2. Des territoires en mouvement", S_H1)], "rapport p3 titre")
    col1 = [
        P("Invités à qualifier la dynamique de leur commune, 91 % des maires décrivent un territoire en "
          "mouvement. Ce chiffre recouvre des intensités différentes : 35 % jugent le mouvement fort, 56 % "
          "ni plus ni moins marqué qu'avant. Seuls 9 % ne perçoivent aucun mouvement.", S_BODY),
        Spacer(1, 6),
        P("Le sentiment de mouvement croît avec la taille de la commune : il concerne 88 % des maires des "
          "communes de moins de 500 habitants, contre 96 % de ceux des communes de 2 000 habitants et "
          "plus<super>4</super>.", S_BODY),
        Spacer(1, 6),
        P("Quatre maires sur dix placent la revitalisation du centre-bourg en tête de leurs chantiers, devant "
          "la mobilité (22 %) et l'accès aux soins (19 %).", S_BODY),
    ]
    col2 = [
        P("Graphique 1 – Perception du mouvement du territoire (en % des maires, 2024)", S_CAP),
        Bars([("Fortement", 35, "35 %"), ("Ni plus ni moins", 56, "56 %"), ("Pas de mouvement", 9, "9 %")],
             colw),
        P("Lecture : 35 % des maires interrogés jugent leur territoire « fortement » en mouvement.", S_NOTE),
        Spacer(1, 10),
        P("La part des maires qui se disent « fortement » en mouvement passe de 28 % en 2020 à 35 % en 2024, "
          "soit 7 points de plus, au-delà du seuil d'interprétation retenu.", S_BODY),
        Spacer(1, 6),
        P("Les maires attribuent d'abord ce mouvement aux associations (71 %).", S_BODY),
    ]
    fill(c, ML, 5 * cm, colw, top - 1.4 * cm - 5 * cm, col1, "rapport p3 col1")
    fill(c, ML + colw + 0.8 * cm, 5 * cm, colw, top - 1.4 * cm - 5 * cm, col2, "rapport p3 col2")
    c.setStrokeColor(FILET)
    c.line(ML + colw + 0.4 * cm, 5.2 * cm, ML + colw + 0.4 * cm, top - 1.5 * cm)
    footnotes(c, ["4 Détail par taille de commune au tableau A2 de l'annexe statistique."], 2.6 * cm)
    running_foot(c, FOOT, "3")
    c.showPage()

    # ---- page 4 : regards croisés, tableau
    running_head(c, HEAD_L, HEAD_R)
    t2 = data_table([
        ["Indicateur", "Français", "Dirigeants d'entreprise", "Responsables associatifs", "Maires"],
        ["Devoir d'alliance (PHARE, 2015-2016)", "69", "81", "86", "87"],
        ["Partenariats source d'innovation (IMPACT)", "74", "81", "86", "87"],
        ["Devoir, envie ou besoin d'alliance", "81", "84", "n.d.", "92"],
    ], [5.6 * cm, 2.6 * cm, 3.0 * cm, 3.0 * cm, 2.8 * cm])
    flows = [
        P("3. Des attentes partagées par tous les acteurs", S_H1),
        P("L'intérêt des maires pour les alliances rejoint celui des autres acteurs. Selon le programme IMPACT, "
          "les partenariats sont une source d'innovation pour 74 % des Français, 81 % des dirigeants "
          "d'entreprise, 86 % des responsables associatifs et 87 % des maires<super>5</super>.", S_BODY),
        Spacer(1, 10),
        P("Tableau 2 – Regards croisés sur les alliances, par population (en %)", S_CAP),
        t2,
        Spacer(1, 4),
        P("n.d. : non disponible. Dernière ligne : « devoir » pour les Français, « envie » pour les dirigeants, "
          "« besoin » pour les maires.", S_NOTE),
        P("Lecture : 87 % des maires voient dans les partenariats une source d'innovation.", S_NOTE),
        Spacer(1, 12),
        P("Quelle que soit la population interrogée, l'alliance n'apparaît plus comme une option mais comme "
          "une manière ordinaire de conduire l'action publique locale. Les maires se distinguent toutefois "
          "par l'intensité de leur attente, que confirment toutes les éditions de l'Observatoire.", S_BODY),
    ]
    fill(c, ML, 4 * cm, TW, H - MT - 0.4 * cm - 4 * cm, flows, "rapport p4")
    footnotes(c, ["5 Une autre présentation des mêmes travaux retient 69 % pour les citoyens, au lieu de 74 %."],
              2.6 * cm)
    running_foot(c, FOOT, "4")
    c.showPage()

    # ---- page 5 : mise en perspective et bibliographie
    running_head(c, HEAD_L, HEAD_R)
    flows = [
        P("4. Mise en perspective", S_H1),
        P("Ces résultats s'inscrivent dans une série longue. Lancé en 2008, l'Observatoire a suivi les "
          "alliances au fil de programmes quinquennaux successifs, soit plus de quinze ans d'observation.",
          S_BODY),
        Spacer(1, 5),
        P("En 2008, 86 % des Français jugeaient urgent de développer les partenariats ; ils étaient encore "
          "84 % en 2012, soit 2 points de moins<super>6</super>.", S_BODY),
        Spacer(1, 5),
        P("Chez les maires, l'écart entre le besoin d'alliance (92 %) et la capacité à piloter (46 %) atteint "
          "46 points : c'est le premier chantier des années à venir.", S_BODY),
        Spacer(1, 5),
        P("Depuis 2006, Le RAMEAU a conduit des expérimentations auprès de plus de 500 organisations et "
          "recensé plus de 1 000 exemples inspirants.", S_BODY),
        Spacer(1, 14),
        P("Bibliographie", S_H1),
        P("Le RAMEAU (2012), <i>Rapport quinquennal : synthèse des 10 volets ARPEA</i>, 11 décembre 2012.", S_BIB),
        P("Observatoire des partenariats (2016), <i>PHARE-Institutions : les 5 profils de maires</i>, "
          "29 novembre 2016.", S_BIB),
        P("Recherches & Solidarités et Le RAMEAU (2017), <i>Associations & Partenariats</i>, enquête de "
          "mai-juin 2016 auprès de 1 380 responsables associatifs.", S_BIB),
        P("Observatoire des partenariats (2020), <i>IMPACT-Élus locaux</i>, COMISIS-OpinionWay, novembre 2020.",
          S_BIB),
        P("Observatoire des partenariats (2024), <i>IMPACTS & TRAJECTOIRES – Élus locaux</i>, note de "
          "synthèse, novembre 2024.", S_BIB),
    ]
    fill(c, ML, 4 * cm, TW, H - MT - 0.4 * cm - 4 * cm, flows, "rapport p5")
    footnotes(c, ["6 Études ARPEA-Citoyens, éditions 2008 et 2012."], 2.6 * cm)
    running_foot(c, FOOT, "5")
    c.showPage()
    c.save()


# ================================================================ 2. Présentation (4 diapositives)
SW, SH = 960, 540


def slide_frame(c, n, title, subtitle=None):
    c.setFillColor(VERT)
    c.rect(0, SH - 28, SW, 28, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont("Sans-B", 11)
    c.drawString(30, SH - 19, "Observatoire des partenariats")
    c.setFont("Sans", 11)
    c.drawRightString(SW - 30, SH - 19, fr("Associations & Territoires · chiffres clés"))
    c.setFillColor(VERT)
    c.setFont("Sans-B", 28)
    c.drawString(40, SH - 80, fr(title))
    if subtitle:
        c.setFillColor(GRIS)
        c.setFont("Sans-I", 14)
        c.drawString(40, SH - 106, fr(subtitle))
    c.setStrokeColor(FILET)
    c.line(30, 34, SW - 30, 34)
    c.setFillColor(GRIS)
    c.setFont("Sans", 10)
    c.drawString(30, 18, fr("Le RAMEAU · présentation aux têtes de réseau associatives · 2023"))
    c.setFont("Sans-B", 11)
    c.drawRightString(SW - 30, 18, "%d / 4" % n)


def tile(c, x, y, w, number, legend, size=46, color=ORANGE, above=None):
    """Gros chiffre centré, légende dessous (et éventuellement une année au-dessus)."""
    cx = x + w / 2
    if above:
        c.setFillColor(VERT)
        c.setFont("Sans-B", 15)
        c.drawCentredString(cx, y + size + 8, fr(above))
    c.setFillColor(color)
    c.setFont("Sans-B", size)
    c.drawCentredString(cx, y, fr(number))
    p = Paragraph(fr(legend), ParagraphStyle("lg", fontName="Sans", fontSize=13, leading=16, alignment=TA_CENTER,
                                             textColor=colors.black))
    pw, ph = p.wrap(w - 16, 200)
    p.drawOn(c, x + 8, y - 10 - ph)


def bottom_line(c, text):
    p = Paragraph(fr(text), ParagraphStyle("bl", fontName="Sans", fontSize=13, leading=17, alignment=TA_CENTER))
    pw, ph = p.wrap(SW - 160, 100)
    p.drawOn(c, 80, 95 - ph)


def doc_presentation():
    c = new_canvas("obs-s91-02-presentation-associations-territoires.pdf",
                   "Associations & Territoires : chiffres clés (présentation)", pagesize=(SW, SH))
    # 1
    slide_frame(c, 1, "Des associations toutes partenaires",
                "Programme IMPACT 2018-2022 – volet Associations & Territoires")
    w = (SW - 80) / 4
    for k, (num, leg) in enumerate([("148 000", "associations employeuses en France"),
                                    ("98 %", "ont au moins un partenaire"),
                                    ("2,5", "partenaires en moyenne par association (2016)"),
                                    ("1 380", "responsables associatifs interrogés en 2016")]):
        tile(c, 40 + k * w, 300, w, num, leg)
    c.setFillColor(GRIS)
    c.setFont("Sans-I", 10)
    c.drawString(40, 60, fr("Sources : étude IMPACT – Associations & Territoires ; Associations & Partenariats, "
                            "Recherches & Solidarités et Le RAMEAU, mars 2017."))
    c.showPage()
    # 2
    slide_frame(c, 2, "Avec qui ?", "En % des associations employeuses")
    row1 = [("89 %", "collectivités territoriales"), ("73 %", "structures d'intérêt général"),
            ("70 %", "établissements scolaires"), ("56 %", "collectifs d'associations")]
    row2 = [("52 %", "acteurs publics nationaux"), ("37 %", "fédérations professionnelles"),
            ("35 %", "acteurs académiques")]
    for k, (num, leg) in enumerate(row1):
        tile(c, 40 + k * w, 340, w, num, leg, size=40)
    for k, (num, leg) in enumerate(row2):
        tile(c, 40 + w / 2 + k * w, 190, w, num, leg, size=40, color=VERT)
    bottom_line(c, "Rappel 2016, toutes associations : collectivités 74 %, associations et fondations 72 %, "
                   "enseignement 47 %, entreprises 28 %, insertion 22 %, recherche 9 %.")
    c.showPage()
    # 3
    slide_frame(c, 3, "À quelle échelle, sous quelle forme ?")
    c.setFillColor(VERT)
    c.setFont("Sans-B", 16)
    c.drawCentredString(40 + w, 420, "Échelle")
    c.drawCentredString(40 + 3 * w, 420, "Forme")
    c.setStrokeColor(FILET)
    c.line(SW / 2, 120, SW / 2, 430)
    hw = w
    for k, (num, leg) in enumerate([("73 %", "à l'échelle locale"), ("47 %", "à l'échelle régionale")]):
        tile(c, 40 + k * hw, 320, hw, num, leg, size=44)
    forms = [("75 %", "mécénat"), ("73 %", "innovation sociétale"), ("70 %", "pratiques responsables"),
             ("58 %", "coopération économique")]
    for k, (num, leg) in enumerate(forms):
        xx = SW / 2 + 20 + (k % 2) * (w - 10)
        yy = 320 if k < 2 else 170
        tile(c, xx, yy, w - 10, num, leg, size=40, color=VERT)
    bottom_line(c, "Rappel 2016 : 50 % des associations dont le budget dépasse 150 000 € ont un partenaire "
                   "entreprise, contre 20 % de celles dont le budget est inférieur à 10 000 €.")
    c.showPage()
    # 4
    slide_frame(c, 4, "Ce que disaient les éditions précédentes")
    tl = [("2008", "86 %", "des Français jugent urgent de créer des partenariats"),
          ("2011", "21 %", "des entreprises développent des partenariats, 33 % le souhaitent"),
          ("2012", "84 %", "des Français partagent encore ce constat"),
          ("2016", "37 %", "des entreprises d'au moins 10 salariés ont un partenaire associatif"),
          ("2016", "38 %", "des associations (53 % des associations employeuses)")]
    w5 = (SW - 80) / 5
    c.setStrokeColor(VERT)
    c.setLineWidth(2)
    c.line(40, 410, SW - 40, 410)
    for k, (yr, num, leg) in enumerate(tl):
        c.setFillColor(VERT)
        c.circle(40 + k * w5 + w5 / 2, 410, 5, stroke=0, fill=1)
        tile(c, 40 + k * w5, 330, w5, num, leg, size=34, above=yr)
    c.setFillColor(colors.black)
    c.setFont("Sans", 13)
    c.drawCentredString(SW / 2, 80, fr("ARPEA : près de 46 % des associations étaient déjà engagées avec une entreprise."))
    c.showPage()
    c.save()


# ================================================================ 3. Annexe statistique (3 pages)
def doc_annexe():
    c = new_canvas("obs-s91-03-annexe-statistique-elus-locaux.pdf",
                   "IMPACTS & TRAJECTOIRES – Élus locaux : annexe statistique")
    HEAD_L = "Annexe statistique · IMPACTS & TRAJECTOIRES – Élus locaux"
    HEAD_R = "Terrain 2024 · publication mars 2025"
    FOOT = "Observatoire des partenariats – Le RAMEAU"
    top = H - MT - 0.4 * cm

    # page 41
    running_head(c, HEAD_L, HEAD_R)
    a1 = data_table([
        ["Taille de la commune", "Effectif (n)", "Échantillon (%)", "Communes de France (%)"],
        ["Moins de 500 habitants", "131", "43", "53"],
        ["De 500 à 1 999 habitants", "123", "41", "33"],
        ["De 2 000 à 9 999 habitants", "37", "12", "11"],
        ["10 000 habitants et plus", "11", "4", "3"],
        ["Ensemble", "302", "100", "100"],
    ], [6.2 * cm, 3.2 * cm, 3.4 * cm, 4.2 * cm], total_rows=(5,))
    flows = [
        P("Annexe statistique", S_H1),
        P("Enquête réalisée du 30 septembre au 28 octobre 2024 auprès de 302 maires (méthode des quotas). "
          "Résultats en pourcentage ; effectifs non pondérés.", S_BODY_L),
        Spacer(1, 12),
        P("Tableau A1 – Structure de l'échantillon selon la taille de la commune", S_CAP),
        a1,
        Spacer(1, 4),
        P("Source de la dernière colonne : INSEE, 2023. Lecture : 43 % des maires interrogés dirigent une "
          "commune de moins de 500 habitants.", S_NOTE),
        Spacer(1, 18),
        boxed([P("Définitions", S_BOXT),
               P("Strates de population : les seuils de 500, 2 000 et 10 000 habitants sont ceux des "
                 "publications de l'INSEE. « Ensemble » désigne la totalité des maires interrogés.",
                 ParagraphStyle("d", parent=S_BODY_L, fontName="Sans", fontSize=9, leading=12))], TW - 16),
    ]
    fill(c, ML, 3 * cm, TW, top - 3 * cm, flows, "annexe p41")
    running_foot(c, FOOT, "41")
    c.showPage()

    # page 42
    running_head(c, HEAD_L, HEAD_R)
    a2 = data_table([
        ["Réponse", "Moins de 500 hab.", "500 à 1 999 hab.", "2 000 hab. et plus", "Ensemble"],
        ["Effectifs", "n = 131", "n = 123", "n = 48", "n = 302"],
        ["Fortement en mouvement", "30", "35", "46", "35"],
        ["Ni plus ni moins", "58", "57", "50", "56"],
        ["Pas en mouvement", "12", "8", "4", "9"],
        ["Total", "100", "100", "100", "100"],
    ], [4.6 * cm, 3.1 * cm, 3.1 * cm, 3.1 * cm, 3.1 * cm], total_rows=(5,))
    a3 = data_table([
        ["Chantier cité", "Moins de 2 000 hab.", "2 000 hab. et plus", "Ensemble"],
        ["Revitalisation du centre-bourg", "43", "25", "40"],
        ["Mobilité", "21", "27", "22"],
        ["Accès aux soins", "20", "13", "19"],
        ["Transition écologique", "15", "27", "17"],
    ], [6.2 * cm, 3.6 * cm, 3.6 * cm, 3.6 * cm])
    flows = [
        P("Tableau A2 – Perception du mouvement du territoire selon la taille de la commune (en % des maires)",
          S_CAP),
        a2,
        Spacer(1, 4),
        P("Question : « Diriez-vous que votre territoire est en mouvement ? » Base : ensemble des maires.", S_NOTE),
        Spacer(1, 20),
        P("Tableau A3 – Principaux chantiers cités (en % des maires)", S_CAP),
        a3,
        Spacer(1, 4),
        P("Plusieurs réponses possibles : le total des colonnes dépasse 100 %.", S_NOTE),
    ]
    fill(c, ML, 3 * cm, TW, top - 3 * cm, flows, "annexe p42")
    running_foot(c, FOOT, "42")
    c.showPage()

    # page 43
    running_head(c, HEAD_L, HEAD_R)
    a4 = data_table([
        ["Indicateur (en % des maires)", "2016", "2020", "2024", "Écart 2020-2024 (points)"],
        ["Effectif interrogé (n)", "400", "612", "302", "–"],
        ["Territoire « fortement » en mouvement", "n.d.", "28", "35", "+7"],
        ["Co-construction jugée utile", "n.d.", "92", "90", "–2"],
        ["Ne sait pas piloter les alliances", "n.d.", "46", "41", "–5"],
    ], [6.4 * cm, 2.2 * cm, 2.2 * cm, 2.2 * cm, 4.0 * cm])
    flows = [
        P("Tableau A4 – Évolution des indicateurs suivis d'une édition à l'autre", S_CAP),
        a4,
        Spacer(1, 4),
        P("n.d. : question non posée. Éditions : PHARE-Institutions (2016), IMPACT-Élus locaux (2020), "
          "IMPACTS & TRAJECTOIRES (2024). Les écarts inférieurs à 6 points ne sont pas significatifs.", S_NOTE),
        Spacer(1, 20),
        boxed([P("Comment lire ce tableau ?", S_BOXT),
               P("Chaque colonne correspond à une édition de l'enquête auprès des maires ; la dernière colonne "
                 "donne la variation entre les deux éditions les plus récentes, en points de pourcentage.",
                 ParagraphStyle("d2", parent=S_BODY_L, fontName="Sans", fontSize=9, leading=12))],
              TW - 16, bg=SABLE, border=ORANGE),
    ]
    fill(c, ML, 3 * cm, TW, top - 3 * cm, flows, "annexe p43")
    running_foot(c, FOOT, "43")
    c.showPage()
    c.save()


# ================================================================ 4. Foire aux questions (2 pages)
def doc_faq():
    c = new_canvas("obs-s91-04-faq-observatoire.pdf", "L'Observatoire des partenariats en questions")
    HEAD_L = "Observatoire des partenariats · Foire aux questions"
    HEAD_R = "mise à jour : janvier 2025"
    FOOT = "Le RAMEAU – Observatoire des partenariats"
    top = H - MT - 0.4 * cm
    qa1 = [
        ("Depuis quand l'Observatoire des partenariats existe-t-il ?",
         "Depuis 2008, année où la Caisse des Dépôts et Le RAMEAU l'ont créé ; des documents plus anciens "
         "parlent de 2007. Il cumule aujourd'hui plus de quinze ans d'observation."),
        ("Combien de programmes d'études a-t-il menés ?",
         "Trois, tous quinquennaux. Le deuxième, PHARE, comptait six volets, dont 13 rapports régionaux parus "
         "en 2016."),
        ("Combien d'associations employeuses la France compte-t-elle ?",
         "Environ 148 000 selon l'étude IMPACT – Associations & Territoires ; 98 % d'entre elles ont noué au "
         "moins un partenariat."),
        ("Avec qui les associations s'allient-elles le plus ?",
         "D'abord avec les collectivités (89 %), loin devant les fédérations professionnelles (37 %) et les "
         "acteurs académiques (35 %)."),
        ("Les Français sont-ils favorables aux alliances ?",
         "Largement : 81 % considèrent l'alliance comme un devoir. En 2015, l'enquête PHARE-Citoyens, conduite "
         "auprès de plus de 2 000 personnes, en dénombrait 69 %."),
    ]
    qa2 = [
        ("Qu'est-ce que le Fonds ODD 17 ?",
         "Un fonds co-créé en 2020 par Le RAMEAU et la Fondation TotalEnergies, doté de 1,5 M€ pour une "
         "expérimentation de trois ans menée avec 350 « catalyseurs territoriaux »."),
        ("Quelles notes les Français donnent-ils aux enjeux de leur territoire ?",
         "Dans PHARE-Citoyens, l'emploi arrive en tête avec 7,1/10, devant le pouvoir d'achat (6,6) et la "
         "sécurité, notée 6,6 ou 7/10 selon les sources."),
        ("Qu'est-ce que la Fondation des Territoires ?",
         "Créée le 14 juin 2022 sous l'égide de la Fondation de Lille, après quatre ans de préfiguration, elle "
         "rassemble 21 co-fondateurs autour de trois missions."),
        ("Combien de territoires ont testé la co-construction avec le CGET ?",
         "Onze territoires pionniers, sur un parcours de 18 mois ; une autre source évoque 10 territoires "
         "pilotes."),
    ]
    for num, qa in ((1, qa1), (2, qa2)):
        running_head(c, HEAD_L, HEAD_R)
        flows = []
        if num == 1:
            flows += [P("L'Observatoire en questions", S_H1),
                      P("Les réponses ci-dessous reprennent les chiffres publiés par l'Observatoire et ses "
                        "partenaires. Chaque réponse renvoie à l'étude d'origine.", S_CHAPO), Spacer(1, 4)]
        else:
            flows += [P("L'Observatoire en questions (suite)", S_H1)]
        for q, a in qa:
            flows += [P(q, S_Q), P(a, S_A)]
        if num == 2:
            flows += [Spacer(1, 18),
                      boxed([P("Une question sans réponse ici ?", S_BOXT),
                             P("Écrivez à l'équipe de l'Observatoire : les questions les plus fréquentes "
                               "enrichiront la prochaine mise à jour.",
                               ParagraphStyle("x", parent=S_BODY_L, fontName="Sans", fontSize=9, leading=12))],
                            TW - 16)]
        fill(c, ML + 1 * cm, 3 * cm, TW - 2 * cm, top - 3 * cm, flows, "faq p%d" % num)
        c.setFillColor(ORANGE)
        c.rect(ML, 3 * cm, 3, top - 3.2 * cm, stroke=0, fill=1)
        running_foot(c, FOOT, "FAQ – page %d / 2" % num)
        c.showPage()
    c.save()


# ================================================================ 5. Portrait de territoire (2 pages)
def doc_portrait():
    c = new_canvas("obs-s91-05-portrait-territoire-montcalvel.pdf",
                   "Portrait de territoire : Montcalvel-sur-Aure")
    HEAD_L = "Carnet des territoires n° 7 · Portrait"
    HEAD_R = "Montcalvel-sur-Aure"
    FOOT = "Observatoire des partenariats – Le RAMEAU"
    top = H - MT - 0.4 * cm
    colw = (TW - 0.8 * cm) / 2

    # page 14
    running_head(c, HEAD_L, HEAD_R)
    ident = Table([
        [P("Carte d'identité", S_BOXT), ""],
        [P("Population", S_CELL), P("4 850 habitants (recensement 2021)", S_CELL)],
        [P("Associations actives", S_CELL), P("96, dont 11 employeuses", S_CELL)],
        [P("Entreprises partenaires", S_CELL), P("23", S_CELL)],
        [P("Budget de la coopération", S_CELL), P("186 k€ (2023)", S_CELL)],
    ], colWidths=[4.6 * cm, 6.4 * cm])
    ident.setStyle(TableStyle([("SPAN", (0, 0), (1, 0)), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("BACKGROUND", (0, 0), (-1, -1), CLAIR),
                               ("BOX", (0, 0), (-1, -1), 0.8, FILET),
                               ("LINEBELOW", (0, 1), (-1, -2), 0.3, FILET),
                               ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
    col1 = [
        P("Un tissu associatif dense", S_H2),
        P("Au recensement de 2021, la commune comptait 4 850 habitants. Sur 96 associations actives, 41 ont déjà "
          "mené un projet avec une entreprise du territoire, soit 43 %, contre 28 % pour l'ensemble des "
          "associations françaises en 2016.", S_BODY),
        Spacer(1, 6),
        P("Les 23 entreprises partenaires emploient ensemble 640 salariés.", S_BODY),
    ]
    col2 = [
        P("Un budget partagé", S_H2),
        P("Le budget de la coopération, 186 k€ en 2023, est financé à 58 % par la commune, à 27 % par les "
          "entreprises et à 15 % par des fondations et l'État.", S_BODY),
        Spacer(1, 6),
        P("Les décisions de financement sont prises chaque année par un comité qui réunit élus, responsables "
          "associatifs et chefs d'entreprise.", S_BODY),
    ]
    cols = Table([[col1, "", col2]], colWidths=[colw, 0.8 * cm, colw])
    cols.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                              ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("LINEAFTER", (0, 0), (0, 0), 0.5, FILET)]))
    flows = [
        P("Montcalvel-sur-Aure : une petite ville qui coopère", S_H1),
        P("Classée parmi les communes de 3 500 à 9 999 habitants, Montcalvel-sur-Aure fait de la coopération "
          "entre associations, entreprises et commune un axe de son projet de territoire.", S_CHAPO),
        Spacer(1, 12),
        ident,
        Spacer(1, 18),
        cols,
    ]
    fill(c, ML, 3 * cm, TW, top - 3 * cm, flows, "portrait p14")
    running_foot(c, FOOT, "14")
    c.showPage()

    # page 15
    running_head(c, HEAD_L, HEAD_R)
    chrono = [
        ("2016", "Premier forum associations-entreprises : 37 structures réunies."),
        ("Mars 2018", "Convention de partenariat signée avec 6 entreprises fondatrices."),
        ("2019", "Premier budget dédié à la coopération : 62 k€, dont un fonds local de 25 000 €."),
        ("30 novembre 2021", "Signature de la Charte du faire alliance, dévoilée le même jour à Saint-Maurice."),
        ("2023", "Budget porté à 186 k€."),
        ("Octobre 2024", "12 projets communs en cours, dont 5 consacrés à la mobilité."),
    ]
    ct = Table([[P("<b>%s</b>" % d, ParagraphStyle("cd", parent=S_CELL, fontName="Sans", textColor=VERT)),
                 P(t, S_CELL)] for d, t in chrono], colWidths=[4.0 * cm, TW - 4.0 * cm])
    ct.setStyle(TableStyle([("LINEBEFORE", (1, 0), (1, -1), 1.5, ORANGE), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                            ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
    flows = [
        P("Chronologie de la coopération", S_H1),
        ct,
        Spacer(1, 14),
        P("Regards croisés", S_H1),
        P("Selon l'enquête municipale de 2024, 61 % des habitants et 79 % des élus du conseil municipal jugent la "
          "coopération utile au territoire ; les dirigeants des entreprises partenaires sont 83 % à partager cet "
          "avis.", S_BODY),
        Spacer(1, 6),
        P("Rapporté aux 4 850 habitants, le budget 2023 représente environ 38 € par habitant.", S_BODY),
        Spacer(1, 16),
        boxed([P("Contact : mairie de Montcalvel-sur-Aure, 2 place de la Halle, 14590 Montcalvel-sur-Aure "
                 "· tél. 02\u00a061\u00a091\u00a045\u00a067", ParagraphStyle("ct", parent=S_BODY_L, fontName="Sans", fontSize=8.5,
                                                          leading=11))], TW - 16, bg=SABLE, border=ORANGE, pad=6),
    ]
    fill(c, ML, 3 * cm, TW, top - 3 * cm, flows, "portrait p15")
    running_foot(c, FOOT, "15")
    c.showPage()
    c.save()


if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    doc_rapport()
    doc_presentation()
    doc_annexe()
    doc_faq()
    doc_portrait()
    print("5 PDF écrits dans", OUT)
