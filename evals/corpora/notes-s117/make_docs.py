#!/usr/bin/env python3
"""Construit les 5 PDF fictifs du corpus notes-s117 (jeu BZ).

Déterministe : rl_config.invariant = 1, métadonnées vides, aucune date ni aléa.
Usage : /work/main/.venv/bin/python make_docs.py   (écrit les PDF dans le dossier du script)
"""
import os
import re

from reportlab import rl_config

rl_config.invariant = 1

from reportlab.graphics.shapes import Drawing, Line, Rect, String  # noqa: E402
from reportlab.lib import colors  # noqa: E402
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT  # noqa: E402
from reportlab.lib.pagesizes import A4, landscape  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import cm  # noqa: E402
from reportlab.pdfgen import canvas as rl_canvas  # noqa: E402
from reportlab.platypus import (  # noqa: E402
    BaseDocTemplate, Frame, FrameBreak, NextPageTemplate,
    PageBreak, PageTemplate, Paragraph, Spacer, Table, TableStyle,
)

HERE = os.path.dirname(os.path.abspath(__file__))
META = dict(title="", author="", subject="", creator="", producer="", keywords="")

NAVY = colors.HexColor("#1F3A5F")
TEAL = colors.HexColor("#2A7F7F")
SAND = colors.HexColor("#F3EEE2")
GREY = colors.HexColor("#6B6B6B")
LIGHT = colors.HexColor("#E6EEF5")


def nb(s):
    """Espaces insécables : milliers (« 2 412 ») et avant %, €, M€, points."""
    s = re.sub(r"(?<=\d) (?=\d{3}(?!\d))", "\u00a0", s)
    s = re.sub(r"(?<=\d) (?=(%|€|M€|points|salariés|ans)\b|%|€)", "\u00a0", s)
    return s


def P(text, style):
    return Paragraph(nb(text), style)


def st(name, **kw):
    base = dict(fontName="Helvetica", fontSize=10, leading=13.5, textColor=colors.black,
                alignment=TA_LEFT, spaceAfter=5)
    base.update(kw)
    return ParagraphStyle(name, **base)


BODY = st("body", alignment=TA_JUSTIFY)
BODY_L = st("bodyl")
SMALL = st("small", fontSize=8, leading=10, textColor=GREY)
FOOT = st("foot", fontSize=7.5, leading=9.5, textColor=GREY, spaceAfter=2)
H1 = st("h1", fontName="Helvetica-Bold", fontSize=19, leading=23, textColor=NAVY, spaceAfter=8)
H1S = st("h1s", fontName="Helvetica-Bold", fontSize=16, leading=20, textColor=NAVY, spaceAfter=6)
SUB = st("sub", fontName="Helvetica-Oblique", fontSize=11, leading=14, textColor=TEAL, spaceAfter=10)
H2 = st("h2", fontName="Helvetica-Bold", fontSize=12.5, leading=16, textColor=NAVY, spaceBefore=6, spaceAfter=6)
H3 = st("h3", fontName="Helvetica-Bold", fontSize=10.5, leading=13.5, textColor=TEAL, spaceBefore=4, spaceAfter=4)
BUL = st("bul", leftIndent=12, bulletIndent=2, spaceAfter=4)
BOXT = st("boxt", fontName="Helvetica-Bold", fontSize=11, leading=14, textColor=NAVY, spaceAfter=6)
CELL = st("cell", fontSize=9, leading=11, spaceAfter=0)
CELLB = st("cellb", fontName="Helvetica-Bold", fontSize=9, leading=11, spaceAfter=0, textColor=colors.white)
CELLC = st("cellc", fontSize=9, leading=11, spaceAfter=0, alignment=TA_CENTER)
QUOTE = st("quote", fontName="Helvetica-Oblique", alignment=TA_JUSTIFY, leftIndent=14)
SPEAK = st("speak", fontName="Helvetica-Bold", fontSize=10, leading=13, textColor=TEAL, spaceBefore=6, spaceAfter=3)


def box(flowables, width, bg=SAND, border=TEAL):
    t = Table([[flowables]], colWidths=[width])
    t.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, -1), bg),
        ("BOX", (0, 0), (-1, -1), 0.8, border),
        ("LEFTPADDING", (0, 0), (-1, -1), 10), ("RIGHTPADDING", (0, 0), (-1, -1), 10),
        ("TOPPADDING", (0, 0), (-1, -1), 8), ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
    ]))
    return t


def grid(rows, widths, header_bg=NAVY, align_from=1):
    data = []
    for i, r in enumerate(rows):
        data.append([Paragraph(nb(c), CELLB if i == 0 else (CELL if j < align_from else CELLC))
                     for j, c in enumerate(r)])
    t = Table(data, colWidths=widths, repeatRows=1)
    t.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, 0), header_bg),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, LIGHT]),
        ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#B8C4D0")),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]))
    return t


def make_doc(path, templates):
    doc = BaseDocTemplate(path, pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm,
                          topMargin=2.2 * cm, bottomMargin=2.2 * cm, **META)
    doc.addPageTemplates(templates)
    return doc


def header_footer(head, foot_fn):
    def draw(c, doc):
        c.saveState()
        w, h = A4
        c.setFont("Helvetica", 7.5)
        c.setFillColor(GREY)
        if head:
            c.drawString(2 * cm, h - 1.3 * cm, head)
            c.setStrokeColor(TEAL)
            c.setLineWidth(0.6)
            c.line(2 * cm, h - 1.45 * cm, w - 2 * cm, h - 1.45 * cm)
        left, right = foot_fn(doc.page)
        c.setFont("Helvetica", 7.5)
        if left:
            c.drawString(2 * cm, 1.2 * cm, left)
        if right:
            c.drawRightString(w - 2 * cm, 1.2 * cm, right)
        c.restoreState()
    return draw


# ---------------------------------------------------------------------------
# 01 — Baromètre « regards croisés » (4 pages, portrait)
# ---------------------------------------------------------------------------

def bar_chart():
    d = Drawing(16 * cm, 5.6 * cm)
    x0, w100 = 4.2 * cm, 9.5 * cm
    data = [("Maires", 72), ("Dirigeants d'entreprise", 48), ("Responsables associatifs", 81), ("Citoyens", 64)]
    y = 4.6 * cm
    for label, v in data:
        d.add(String(x0 - 0.2 * cm, y + 0.15 * cm, label, fontName="Helvetica", fontSize=8.5, textAnchor="end"))
        d.add(Rect(x0, y, w100 * v / 100, 0.55 * cm, fillColor=TEAL, strokeColor=None))
        d.add(String(x0 + w100 * v / 100 + 0.15 * cm, y + 0.15 * cm, nb("%d %%" % v),
                     fontName="Helvetica-Bold", fontSize=8.5))
        y -= 0.95 * cm
    d.add(Line(x0, 0.75 * cm, x0 + w100, 0.75 * cm, strokeColor=GREY, strokeWidth=0.5))
    for t in (0, 20, 40, 60, 80, 100):
        xt = x0 + w100 * t / 100
        d.add(Line(xt, 0.75 * cm, xt, 0.6 * cm, strokeColor=GREY, strokeWidth=0.5))
        d.add(String(xt, 0.2 * cm, str(t), fontName="Helvetica", fontSize=7, textAnchor="middle",
                     fillColor=GREY))
    return d


def doc01():
    path = os.path.join(HERE, "obs-s117-01-barometre-regards-croises.pdf")
    head = "OBSERVATOIRE DES PARTENARIATS  ·  Baromètre des alliances territoriales  ·  Édition 2025"

    def foot(p):
        if p == 1:
            return ("Publié le 12 mars 2025", "")
        return ("Baromètre des alliances territoriales — mars 2025", "page %d" % (p - 1))

    W, H = A4
    fw = W - 4 * cm
    one = Frame(2 * cm, 2.2 * cm, fw, H - 4.4 * cm, id="one")
    colw = (fw - 0.8 * cm) / 2
    top_h = 2.2 * cm
    two = [Frame(2 * cm, H - 2.2 * cm - top_h, fw, top_h, id="top"),
           Frame(2 * cm, 2.2 * cm, colw, H - 4.4 * cm - top_h, id="c1"),
           Frame(2 * cm + colw + 0.8 * cm, 2.2 * cm, colw, H - 4.4 * cm - top_h, id="c2")]
    hf = header_footer(head, foot)
    doc = make_doc(path, [PageTemplate("one", [one], onPage=hf), PageTemplate("two", two, onPage=hf)])

    s = []
    # --- page 1 : couverture + l'essentiel + méthode
    s.append(Spacer(1, 0.6 * cm))
    s.append(P("Regards croisés sur les alliances territoriales", H1))
    s.append(P("Synthèse de la 4e vague du baromètre : maires, dirigeants d'entreprise, responsables "
               "associatifs et citoyens face à la même question", SUB))
    s.append(P("Question posée à chaque public : « Diriez-vous que les alliances entre acteurs de votre "
               "territoire sont aujourd'hui une nécessité ? »", QUOTE))
    s.append(Spacer(1, 0.3 * cm))
    ess = [P("L'essentiel", BOXT),
           P("72 % des maires jugent les alliances nécessaires à leur territoire, contre 48 % des "
             "dirigeants d'entreprise.", BUL),
           P("Les responsables associatifs restent les plus convaincus : 81 % d'entre eux répondent oui.", BUL),
           P("Les citoyens progressent : 64 % répondent oui, soit 6 points de plus que lors de la vague "
             "précédente (2021).", BUL)]
    for p in ess[1:]:
        p.bulletText = "•"
    s.append(box(ess, fw))
    s.append(Spacer(1, 0.5 * cm))
    s.append(P("Méthode", H2))
    s.append(P("Enquête menée du 4 au 29 novembre 2024 par l'institut Apsara Opinion auprès de 2 412 "
               "personnes : 403 maires, 611 dirigeants d'entreprise, 598 responsables associatifs et 800 "
               "citoyens âgés de 18 ans et plus. Questionnaire administré en ligne et par téléphone ; "
               "résultats publiés en mars 2025.", BODY))
    s.append(P("Le baromètre est réalisé pour l'Observatoire des partenariats. Les vagues précédentes datent "
               "de 2015, 2018 et 2021.", BODY))
    s.append(NextPageTemplate("two"))
    s.append(PageBreak())

    # --- page 2 : deux colonnes
    s.append(P("1. Une nécessité reconnue, à des degrés divers", H1S))
    s.append(FrameBreak())
    s.append(P("À la question posée, 72 % des maires répondent oui, contre 48 % des dirigeants "
               "d'entreprise et 64 % des citoyens<super>1</super>. Les responsables associatifs devancent "
               "tous les autres publics : ils sont 81 % à partager cet avis. L'écart entre maires et "
               "dirigeants atteint ainsi 24 points.", BODY_L))
    s.append(P("La taille de la commune pèse", H3))
    s.append(P("Dans les communes de moins de 3 500 habitants, 78 % des maires jugent les alliances "
               "nécessaires. Ils ne sont que 67 % dans les villes de 20 000 habitants et plus, soit "
               "11 points d'écart. Selon les régions, la part de maires qui répondent oui varie de 64 à "
               "79 %.", BODY_L))
    s.append(FrameBreak())
    s.append(P("L'expérience change le regard", H3))
    s.append(P("Côté entreprises, les avis se partagent. Parmi les dirigeants qui ont déjà noué un "
               "partenariat, près de deux sur trois répondent oui ; chez les autres, la proportion tombe "
               "à 39 %. Ces écarts tiennent moins à la taille de l'entreprise qu'à l'expérience concrète "
               "d'une coopération réussie.", BODY_L))
    s.append(P("Les jeunes citoyens plus réservés", H3))
    s.append(P("Chez les citoyens de moins de 35 ans, la moitié seulement répond oui. Les plus âgés, eux, "
               "attendent surtout des résultats visibles dans leur quotidien.", BODY_L))
    s.append(Spacer(1, 0.4 * cm))
    s.append(P("<super>1</super> Citoyens âgés de 18 ans et plus, échantillon représentatif constitué selon "
               "la méthode des quotas.", FOOT))
    s.append(NextPageTemplate("one"))
    s.append(PageBreak())

    # --- page 3 : tableau croisé + graphique
    s.append(P("Tableau 1 — Réponses selon le public (en % de chaque public)", H2))
    s.append(grid([["Public", "Oui", "Non", "Ne sait pas"],
                   ["Maires", "72", "25", "3"],
                   ["Dirigeants d'entreprise", "48", "45", "7"],
                   ["Responsables associatifs", "81", "16", "3"],
                   ["Citoyens", "64", "30", "6"]],
                  [6.5 * cm, 3.4 * cm, 3.4 * cm, 3.7 * cm]))
    s.append(Spacer(1, 0.2 * cm))
    s.append(P("Lecture : 72 % des maires répondent oui à la question posée.", SMALL))
    s.append(P("Source : Baromètre des alliances territoriales, vague 4, terrain de novembre 2024.", SMALL))
    s.append(Spacer(1, 0.5 * cm))
    s.append(P("Graphique 1 — Part des « oui », selon le public", H2))
    s.append(bar_chart())
    s.append(P("Échelle en % de chaque public.", SMALL))
    s.append(PageBreak())

    # --- page 4 : rappel de l'édition précédente + repères
    s.append(P("2. Ce qui a changé depuis la vague précédente", H1S))
    s.append(P("Lors de la 3e vague (terrain d'octobre 2021, publiée en janvier 2022), 65 % des maires et "
               "41 % des dirigeants d'entreprise répondaient oui. Les citoyens étaient alors 58 %.", BODY))
    s.append(P("En trois ans, les maires gagnent 7 points et les dirigeants d'entreprise 7 points "
               "également ; seuls les responsables associatifs reculent légèrement (83 % en 2021).", BODY))
    s.append(Spacer(1, 0.3 * cm))
    rep = [P("Repères plus anciens", BOXT),
           P("2008 et 2012 : 86 % puis 84 % des Français jugent urgent de créer des partenariats "
             "(ARPEA)<super>2</super>.", BUL),
           P("Septembre 2015 : 69 % des Français reconnaissent un « devoir d'alliance » (PHARE-Citoyens), "
             "sur un échantillon de plus de 2 000 personnes.", BUL)]
    for p in rep[1:]:
        p.bulletText = "•"
    s.append(box(rep, fw, bg=LIGHT, border=NAVY))
    s.append(Spacer(1, 0.6 * cm))
    s.append(P("<super>2</super> Observatoire des partenariats, programme ARPEA 2008-2012.", FOOT))
    s.append(Spacer(1, 0.4 * cm))
    s.append(P("Contact presse : Apsara Opinion, 27 rue des Tanneurs, 44000 Nantes — tél. 02 40 18 63 95.",
               SMALL))
    doc.build(s)
    return path


# ---------------------------------------------------------------------------
# 02 — Diaporama converti en PDF (4 pages, paysage)
# ---------------------------------------------------------------------------

def doc02():
    path = os.path.join(HERE, "obs-s117-02-diaporama-elus-locaux.pdf")
    W, H = landscape(A4)
    c = rl_canvas.Canvas(path, pagesize=(W, H), invariant=1)
    c.setTitle("")
    c.setAuthor("")
    c.setSubject("")
    c.setCreator("")
    c.setProducer("")
    c.setKeywords("")
    total = 4

    def frame(n, title, notes):
        c.setFillColor(NAVY)
        c.rect(0, H - 2.6 * cm, W, 2.6 * cm, fill=1, stroke=0)
        c.setFillColor(colors.white)
        c.setFont("Helvetica-Bold", 21)
        c.drawString(1.5 * cm, H - 1.65 * cm, nb(title))
        # notes de l'orateur
        c.setFillColor(SAND)
        c.rect(1.2 * cm, 1.3 * cm, W - 2.4 * cm, 3.1 * cm, fill=1, stroke=0)
        c.setFillColor(GREY)
        pn = Paragraph(nb("<b>Notes de l'orateur :</b> " + notes),
                       st("n", fontSize=9, leading=11.5, textColor=colors.HexColor("#444444")))
        pw, ph = pn.wrap(W - 3.2 * cm, 3 * cm)
        pn.drawOn(c, 1.6 * cm, 4.1 * cm - ph)
        c.setFillColor(GREY)
        c.setFont("Helvetica", 8)
        c.drawString(1.2 * cm, 0.6 * cm, "Congrès régional des élus · Lyon · 17/10/2025")
        c.drawRightString(W - 1.2 * cm, 0.6 * cm, "Diapositive %d/%d" % (n, total))

    def big(x, y, value, legend, tag=None, wdt=7 * cm):
        c.setFillColor(TEAL)
        c.setFont("Helvetica-Bold", 40)
        c.drawString(x, y, nb(value))
        pl = Paragraph(nb(legend), st("lg", fontSize=12, leading=14.5))
        pw, ph = pl.wrap(wdt, 3 * cm)
        pl.drawOn(c, x, y - 0.35 * cm - ph)
        if tag:
            c.setFillColor(GREY)
            c.setFont("Helvetica-Oblique", 8.5)
            c.drawString(x, y - 0.55 * cm - ph - 0.3 * cm, tag)

    # diapositive 1
    frame(1, "Les maires, premiers artisans des alliances",
          "présenter l'enquête. Rappeler que 302 maires, c'est un échantillon modeste : chaque point compte. "
          "Annoncer que 35 % des maires perçoivent un mouvement « fort » sur leur territoire.")
    c.setFillColor(NAVY)
    c.setFont("Helvetica-Oblique", 12)
    c.drawString(1.5 * cm, H - 3.7 * cm, "Enquête IMPACTS & TRAJECTOIRES – Élus locaux · terrain du 30 septembre "
                 "au 28 octobre 2024")
    big(1.5 * cm, H - 6.6 * cm, "302", "maires interrogés par téléphone")
    big(10.5 * cm, H - 6.6 * cm, "91 %", "voient leur territoire en mouvement")
    big(19.5 * cm, H - 6.6 * cm, "84 %", "des répondants sont maires de communes de moins de 2 000 habitants")
    c.showPage()

    # diapositive 2
    frame(2, "Neuf maires sur dix voient leur territoire en mouvement",
          "le total de 91 % additionne les réponses « fortement » et « ni plus ni moins ». Base : 302 "
          "maires ; marge d'erreur de plus ou moins 5,6 points.")
    x0, y0, wbar = 2.5 * cm, H - 7.2 * cm, W - 5 * cm
    segs = [(35, "fortement", TEAL), (56, "ni plus ni moins", colors.HexColor("#7FB3B3")),
            (9, "pas du tout", colors.HexColor("#C9C9C9"))]
    x = x0
    for v, lab, col in segs:
        c.setFillColor(col)
        c.rect(x, y0, wbar * v / 100, 1.6 * cm, fill=1, stroke=0)
        c.setFillColor(colors.white if v > 20 else NAVY)
        c.setFont("Helvetica-Bold", 22)
        c.drawCentredString(x + wbar * v / 200, y0 + 0.55 * cm, nb("%d %%" % v))
        c.setFillColor(NAVY)
        c.setFont("Helvetica", 11)
        c.drawCentredString(x + wbar * v / 200, y0 + 1.9 * cm, lab)
        x += wbar * v / 100
    c.setStrokeColor(GREY)
    c.setLineWidth(0.5)
    c.line(x0, y0 - 0.3 * cm, x0 + wbar, y0 - 0.3 * cm)
    c.setFillColor(GREY)
    c.setFont("Helvetica", 8)
    for t in (0, 25, 50, 75, 100):
        c.line(x0 + wbar * t / 100, y0 - 0.3 * cm, x0 + wbar * t / 100, y0 - 0.45 * cm)
        c.drawCentredString(x0 + wbar * t / 100, y0 - 0.85 * cm, str(t))
    c.setFillColor(NAVY)
    c.setFont("Helvetica", 11)
    c.drawString(x0, y0 - 1.8 * cm, "Votre territoire est-il en mouvement ? Réponses des maires, en %.")
    c.showPage()

    # diapositive 3
    frame(3, "Convaincus, les élus peinent encore à piloter les alliances",
          "chiffres antérieurs à l'enquête de 2024, à ne pas comparer directement. Près d'un maire sur deux "
          "ne sait pas piloter : c'est le vrai chantier.")
    big(1.5 * cm, H - 5.4 * cm, "92 %", "des maires reconnaissent l'utilité de la co-construction",
        "programme IMPACT, 2018-2022", wdt=11 * cm)
    big(15 * cm, H - 5.4 * cm, "64 %", "des élus locaux veulent s'appuyer sur le « jouer collectif »",
        "étude IMPACT-Élus locaux, novembre 2020", wdt=11 * cm)
    big(1.5 * cm, H - 9.2 * cm, "76 %", "des maires jugent leur territoire engagé",
        "programme IMPACT, 2018-2022", wdt=11 * cm)
    big(15 * cm, H - 9.2 * cm, "46 %", "ne savent pas comment piloter ces alliances",
        "programme IMPACT, 2018-2022", wdt=11 * cm)
    c.showPage()

    # diapositive 4
    frame(4, "Des leviers existent pour passer à l'action",
          "le Fonds ODD 17 a été co-créé en 2020 ; la Fondation des Territoires est née le 14 juin 2022. "
          "Renvoyer vers les 19 cibles de l'ODD 17 pour structurer la suite des échanges.")
    big(1.5 * cm, H - 5.6 * cm, "1,5 M€", "dotation du Fonds ODD 17 pour une expérimentation sur 3 ans",
        wdt=5.6 * cm)
    big(8.3 * cm, H - 5.6 * cm, "350", "catalyseurs territoriaux soutenus par le Fonds", wdt=5.6 * cm)
    big(15.1 * cm, H - 5.6 * cm, "+ de 1 000", "exemples inspirants recensés par Le RAMEAU", wdt=5.6 * cm)
    big(23.4 * cm, H - 5.6 * cm, "21", "co-fondateurs de la Fondation des Territoires", wdt=4.6 * cm)
    c.showPage()
    c.save()
    return path


# ---------------------------------------------------------------------------
# 03 — Actes d'un colloque (3 pages, portrait, pages imprimées 41-43)
# ---------------------------------------------------------------------------

def doc03():
    path = os.path.join(HERE, "obs-s117-03-actes-colloque.pdf")
    head = "Cahiers de l'Observatoire n° 12  ·  septembre 2025  ·  Actes"

    def foot(p):
        return ("Colloque de Rennes, 5 juin 2025", str(40 + p))

    W, H = A4
    fw = W - 4 * cm
    one = Frame(2 * cm, 2.2 * cm, fw, H - 4.4 * cm, id="one")
    doc = make_doc(path, [PageTemplate("one", [one], onPage=header_footer(head, foot))])
    s = []
    s.append(P("Actes du colloque « Alliances et territoires : où en sommes-nous ? »", H1S))
    s.append(P("Rennes, 5 juin 2025 — 3e Rencontres régionales des alliances", SUB))
    s.append(P("Ouverture — Hélène Marchetti, vice-présidente de la communauté de communes de "
               "Bréval-sur-Ardre", SPEAK))
    s.append(P("« Sur les 38 communes de notre intercommunalité, 29 ont signé au moins une convention avec une "
               "association ou une entreprise. Elles n'étaient que 17 en 2019. Le budget que nous consacrons à "
               "ces partenariats atteint 420 000 € en 2024, contre 260 000 € en 2019. »", QUOTE))
    s.append(P("Table ronde 1 — Karim Bensaïd, directeur du réseau Horizon Solidaire 35", SPEAK))
    s.append(P("« Notre réseau fédère 146 associations adhérentes, qui emploient ensemble 1 850 salariés. Un "
               "tiers d'entre elles ont déjà un partenaire privé. Mais la moitié des plus petites, celles de "
               "moins de 5 salariés, n'en ont aucun. Ce sont pourtant elles qui tiennent les villages. »", QUOTE))
    s.append(P("Le débat s'est ensuite engagé sur la place de la recherche dans l'évaluation des alliances.",
               BODY))
    s.append(PageBreak())

    s.append(P("Table ronde 1 (suite) — Sophie Lecoq-Arnaud, maîtresse de conférences à l'université de "
               "Kerbran", SPEAK))
    s.append(P("« Je m'appuie sur l'enquête Associations & Partenariats : plus de 1 380 responsables "
               "associatifs interrogés en mai et juin 2016, résultats publiés en mars 2017. Leurs associations "
               "comptaient en moyenne 2,5 partenaires. 74 % travaillaient avec une collectivité, 28 % seulement "
               "avec une entreprise. »", QUOTE))
    s.append(P("« La taille compte beaucoup : 50 % des associations de plus de 150 000 € de budget ont un "
               "partenariat avec une entreprise, contre 20 % de celles de moins de 10 000 €. »", QUOTE))
    s.append(P("Questions de la salle", H2))
    s.append(P("Paul Degrave, maire de Trémoric (1 200 habitants)", SPEAK))
    s.append(P("« Chez moi, douze associations reposent sur une trentaine de bénévoles. Comment voulez-vous "
               "qu'elles trouvent le temps de faire alliance ? »", QUOTE))
    s.append(P("Réponse de Sophie Lecoq-Arnaud", SPEAK))
    s.append(P("« Votre situation est la plus courante : 84 % des maires interrogés à l'automne 2024 dirigent "
               "une commune de moins de 2 000 habitants. »", QUOTE))
    s.append(PageBreak())

    s.append(P("Marc Oyono, dirigeant d'une PME de 45 salariés", SPEAK))
    s.append(P("« On lit partout que 84 % des dirigeants d'entreprise ont « envie d'alliance ». Pourquoi si "
               "peu passent-ils à l'acte ? »", QUOTE))
    s.append(P("Réponse de Karim Bensaïd", SPEAK))
    s.append(P("« Ce n'est pas nouveau. En janvier 2011, 21 % des entreprises développaient des partenariats, "
               "33 % souhaitaient le faire et 46 % ne le souhaitaient pas. »", QUOTE))
    s.append(Spacer(1, 0.4 * cm))
    syn = [P("Synthèse — Claire Vasseur, rapporteure du colloque", BOXT),
           P("D'un public à l'autre, le constat converge : 92 % des maires disent avoir « besoin d'alliance », "
             "84 % des dirigeants d'entreprise en ont « envie » et 81 % des Français y voient un « devoir ».",
             BUL),
           P("Le colloque a réuni 212 participants venus de 9 départements.", BUL),
           P("Prochaine édition : juin 2026, à Angers (4e Rencontres).", BUL)]
    for p in syn[1:]:
        p.bulletText = "–"
    s.append(box(syn, fw))
    doc.build(s)
    return path


# ---------------------------------------------------------------------------
# 04 — Profil des répondants (3 pages, portrait, pages imprimées 27-29)
# ---------------------------------------------------------------------------

def doc04():
    path = os.path.join(HERE, "obs-s117-04-profil-repondants.pdf")
    head = "Enquête Alliances associatives 2025  ·  Annexe méthodologique"

    def foot(p):
        return ("Rapport publié en mai 2025", "page %d" % (26 + p))

    W, H = A4
    fw = W - 4 * cm
    one = Frame(2 * cm, 2.2 * cm, fw, H - 4.4 * cm, id="one")
    doc = make_doc(path, [PageTemplate("one", [one], onPage=header_footer(head, foot))])
    s = []
    s.append(P("Annexe A. Profil des répondants", H1S))
    s.append(P("A.1 Base et terrain", H2))
    s.append(P("L'enquête a été conduite en ligne du 13 janvier au 21 février 2025 auprès de responsables "
               "d'associations. Après contrôle, la base compte 1 640 associations répondantes. Les résultats ont "
               "été redressés sur la structure des 148 000 associations employeuses recensées<super>1</super>.",
               BODY))
    s.append(P("A.2 Répartition par taille", H2))
    s.append(grid([["Tableau A1 — Nombre de salariés", "Part", "(effectif)"],
                   ["Aucun salarié", "38 %", "(623)"],
                   ["1 à 9 salariés", "41 %", "(672)"],
                   ["10 à 49 salariés", "15 %", "(246)"],
                   ["50 salariés et plus", "6 %", "(99)"],
                   ["Ensemble", "100 %", "(1 640)"]],
                  [8 * cm, 3 * cm, 3 * cm]))
    s.append(Spacer(1, 0.2 * cm))
    s.append(P("Note : parts arrondies à l'unité ; effectifs non pondérés entre parenthèses.", SMALL))
    s.append(Spacer(1, 0.6 * cm))
    s.append(P("<super>1</super> Source du redressement : données publiques du programme IMPACT – "
               "Associations & Territoires.", FOOT))
    s.append(PageBreak())

    s.append(P("A.3 Répartition par secteur d'activité", H2))
    s.append(P("Le sport et la culture réunissent à eux seuls plus de la moitié des répondants (52 %). "
               "Viennent ensuite le social et la santé, puis l'éducation.", BODY))
    s.append(grid([["Tableau A2 — Secteur d'activité<super>2</super>", "Part", "(effectif)"],
                   ["Sport", "27 %", "(443)"],
                   ["Culture et loisirs", "25 %", "(410)"],
                   ["Social et santé", "22 %", "(361)"],
                   ["Éducation et formation", "14 %", "(230)"],
                   ["Environnement et autres", "12 %", "(196)"],
                   ["Ensemble", "100 %", "(1 640)"]],
                  [8 * cm, 3 * cm, 3 * cm]))
    s.append(Spacer(1, 0.6 * cm))
    s.append(P("<super>2</super> Secteurs regroupés ; associations au sens de la loi du 1er juillet 1901 ; "
               "nomenclature de l'économie sociale et solidaire issue de la loi n° 2014-856.", FOOT))
    s.append(PageBreak())

    s.append(P("A.4 Répartition par région et A.5 par ancienneté", H2))
    ta = grid([["Tableau A3 — Région", "Part", "(eff.)"],
               ["Île-de-France", "19 %", "(312)"],
               ["Autres régions de métropole", "76 %", "(1 246)"],
               ["Outre-mer", "5 %", "(82)"]], [4.1 * cm, 1.7 * cm, 1.8 * cm])
    tb = grid([["Tableau A4 — Ancienneté", "Part", "(eff.)"],
               ["Moins de 10 ans", "23 %", "(377)"],
               ["10 à 29 ans", "44 %", "(722)"],
               ["30 ans et plus", "33 %", "(541)"]], [4.1 * cm, 1.7 * cm, 1.8 * cm])
    outer = Table([[ta, tb]], colWidths=[fw / 2, fw / 2])
    outer.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    s.append(outer)
    s.append(Spacer(1, 0.3 * cm))
    s.append(P("Ancienneté calculée à partir de la date de déclaration en préfecture.", SMALL))
    s.append(Spacer(1, 1.0 * cm))
    s.append(P("Réalisation : Institut Tremplin Études, 5 quai Duguay, 35000 Rennes — tél. 02 99 41 76 30.",
               SMALL))
    doc.build(s)
    return path


# ---------------------------------------------------------------------------
# 05 — Note de recherche universitaire (3 pages, portrait)
# ---------------------------------------------------------------------------

def doc05():
    path = os.path.join(HERE, "obs-s117-05-note-recherche.pdf")
    head = "LIRTE — Document de travail n° 2025-07"

    def foot(p):
        return ("Version du 3 octobre 2025", "— %d —" % p)

    W, H = A4
    fw = W - 4 * cm
    one = Frame(2 * cm, 2.2 * cm, fw, H - 4.4 * cm, id="one")
    doc = make_doc(path, [PageTemplate("one", [one], onPage=header_footer(head, foot))])
    s = []
    s.append(P("Fondations et associations face aux alliances territoriales : une comparaison", H1S))
    s.append(P("Léa Marchand-Ruiz<super>1</super> et Tomas Ferreira<super>2</super>", SUB))
    res = [P("Résumé", BOXT),
           P("À partir d'un échantillon de 624 structures interrogées d'avril à juin 2025, cette note compare "
             "l'engagement partenarial des fondations et des associations. Les fondations déclarent plus "
             "souvent un partenariat avec une collectivité (63 %) que les associations (41 %), soit un écart "
             "de 22 points.", BODY),
           P("Mots-clés : alliances, fondations, associations, territoires. Codes JEL : L31, H70.", SMALL)]
    s.append(box(res, fw, bg=LIGHT, border=NAVY))
    s.append(P("1. Méthode", H2))
    s.append(P("L'échantillon (N = 624) réunit 208 fondations et 416 associations, tirées au hasard dans un "
               "fichier de 5 200 structures. Le taux de réponse atteint 12 %. Les entretiens téléphoniques ont "
               "duré 35 minutes en moyenne.", BODY))
    s.append(P("Le questionnaire reprend la formulation des enquêtes de l'Observatoire des partenariats pour "
               "permettre la comparaison.", BODY))
    s.append(Spacer(1, 0.8 * cm))
    s.append(P("<super>1</super> Université de Kerbran, laboratoire LIRTE. <super>2</super> Université de Kerbran "
               "et Institut Tremplin Études.", FOOT))
    s.append(PageBreak())

    s.append(P("2. Résultats", H2))
    s.append(P("Les fondations devancent nettement les associations auprès des collectivités et des entreprises. "
               "L'écart est presque aussi marqué pour les entreprises (19 points) que pour les collectivités.",
               BODY))
    s.append(grid([["Tableau 2 — Partenaire déclaré", "Fondations (n = 208)", "Associations (n = 416)",
                    "Écart (points)"],
                   ["Collectivités", "63 %", "41 %", "+22"],
                   ["Entreprises", "48 %", "29 %", "+19"],
                   ["Établissements scolaires", "37 %", "45 %", "-8"]],
                  [5.6 * cm, 3.8 * cm, 3.9 * cm, 3.7 * cm]))
    s.append(Spacer(1, 0.2 * cm))
    s.append(P("Lecture : 63 % des fondations interrogées déclarent un partenariat avec une collectivité.", SMALL))
    s.append(Spacer(1, 0.3 * cm))
    s.append(P("Seuls les établissements scolaires font exception : 45 % des associations travaillent avec eux, "
               "contre 37 % des fondations.", BODY))
    s.append(PageBreak())

    s.append(P("3. Discussion", H2))
    s.append(P("Ces résultats rejoignent ceux de l'Observatoire des partenariats. Dans sa note du 29 février 2016, "
               "celui-ci relevait que 38 % des associations, et 53 % des associations employeuses, avaient noué "
               "un partenariat avec une entreprise, contre 37 % des entreprises d'au moins 10 salariés avec une "
               "association.", BODY))
    s.append(P("Nos résultats appellent toutefois à la prudence. Le taux de réponse de 12 % reste faible, et notre "
               "échantillon de 208 fondations demeure modeste. Surtout, un tiers des associations interrogées "
               "n'emploient aucun salarié.", BODY))
    s.append(P("Bibliographie", H2))
    for ref in [
        "Ferreira T. et Bensaïd K. (2021), <i>Coopérer sans se perdre</i>, Kerbran, Presses universitaires de "
        "Kerbran, 212 p.",
        "Marchand-Ruiz L. (2023), « Les alliances locales à l'épreuve des petites communes », <i>Revue de "
        "gouvernance territoriale</i>, vol. 12, n° 2, p. 45-67.",
        "Observatoire des partenariats (2016), <i>Note sur les modèles de co-construction</i>, 29 février.",
        "Recherches & Solidarités et Le RAMEAU (2017), <i>Associations & Partenariats</i>, mars.",
    ]:
        s.append(P(ref, st("ref", fontSize=9, leading=11.5, leftIndent=14, firstLineIndent=-14)))
    doc.build(s)
    return path


if __name__ == "__main__":
    for f in (doc01, doc02, doc03, doc04, doc05):
        print(f())
