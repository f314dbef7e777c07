# -*- coding: utf-8 -*-
"""Corpus fictif notes-s109 : 5 PDF « à la manière » des publications de l'Observatoire.

Déterministe : rl_config.invariant = 1, métadonnées vides, aucune date système.
Usage : /work/main/.venv/bin/python make_docs.py   (écrit les PDF dans le dossier du script)
"""
import os
import re

from reportlab import rl_config

rl_config.invariant = 1

from reportlab.lib import colors  # noqa: E402
from reportlab.lib.enums import TA_CENTER, TA_LEFT  # noqa: E402
from reportlab.lib.pagesizes import A4, landscape  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import cm  # noqa: E402
from reportlab.pdfgen import canvas as rl_canvas  # noqa: E402
from reportlab.platypus import (  # noqa: E402
    BaseDocTemplate, Flowable, Frame, FrameBreak, NextPageTemplate, PageBreak,
    PageTemplate, Paragraph, Spacer, Table, TableStyle,
)

HERE = os.path.dirname(os.path.abspath(__file__))
META = dict(title="", author="", subject="", creator="", producer="", keywords=[], invariant=1)

BLUE = colors.HexColor("#1F4E79")
LIGHT = colors.HexColor("#E8EEF5")
SAND = colors.HexColor("#F6F1E7")
GREEN = colors.HexColor("#2E7D5B")
GREY = colors.HexColor("#555555")


def st(name, size=10, leading=None, font="Helvetica", color=colors.black, align=TA_LEFT,
       before=0, after=4, left=0, **kw):
    return ParagraphStyle(name, fontName=font, fontSize=size, leading=leading or size * 1.3,
                          textColor=color, alignment=align, spaceBefore=before, spaceAfter=after,
                          leftIndent=left, **kw)


BODY = st("body", 10, 13.5, after=6)
BODY_S = st("bodys", 9, 12, after=5)
SMALL = st("small", 8, 10.5, color=GREY, after=3)
H1 = st("h1", 14, 18, "Helvetica-Bold", BLUE, before=8, after=6)
H2 = st("h2", 11, 14, "Helvetica-Bold", BLUE, before=6, after=4)
CAP = st("cap", 9, 12, "Helvetica-Bold", GREY, before=4, after=3)
TITLE = st("title", 26, 31, "Helvetica-Bold", BLUE, after=10)
SUB = st("sub", 15, 19, "Helvetica", BLUE, after=8)
BOXT = st("boxt", 11, 14, "Helvetica-Bold", BLUE, after=4)
BOXB = st("boxb", 9.5, 12.5, after=4)
Q = st("q", 10, 13.5, "Helvetica-Bold", BLUE, before=6, after=3)
CHAPO = st("chapo", 11.5, 15, "Helvetica-Bold", colors.black, after=8)
INTER = st("inter", 12, 15, "Helvetica-Bold", GREEN, before=8, after=4)
CELL = st("cell", 9, 11.5, after=0)
CELLB = st("cellb", 9, 11.5, "Helvetica-Bold", after=0)
CELLW = st("cellw", 9, 11.5, "Helvetica-Bold", colors.white, after=0)
CELLBR = st("cellbr", 9, 11.5, "Helvetica-Bold", after=0, align=2)
CELLBC = st("cellbc", 9, 11.5, "Helvetica-Bold", after=0, align=TA_CENTER)


def nb(text):
    """Espaces insécables : milliers (« 1 512 ») et unités (« 57 % ») ne sont jamais coupés en fin de ligne."""
    text = re.sub(r"(\d) (?=\d{3}\b)", "\\1\u00a0", text)
    text = re.sub(r"(\d) (?=(%|€|k€|M€|ans\b|points\b|pts\b|euros\b|salariés|habitants|h\b))", "\\1\u00a0", text)
    return text


def P(text, style=BODY):
    return Paragraph(nb(text), style)


class BarChart(Flowable):
    """Graphique en barres horizontales : libellé, barre, valeur, graduations."""

    def __init__(self, rows, vmax, ticks, width=15 * cm, label_w=5.2 * cm, bar_h=11, gap=7,
                 color=BLUE, tick_suffix=""):
        super().__init__()
        self.rows, self.vmax, self.ticks = rows, vmax, ticks
        self.width, self.label_w, self.bar_h, self.gap = width, label_w, bar_h, gap
        self.color, self.tick_suffix = color, tick_suffix
        self.height = len(rows) * (bar_h + gap) + 22

    def wrap(self, aw, ah):
        self.width = min(self.width, aw)
        return self.width, self.height

    def draw(self):
        c = self.canv
        plot_w = self.width - self.label_w - 1.4 * cm
        y = self.height - self.bar_h - 2
        for label, value, shown in self.rows:
            c.setFont("Helvetica", 8.5)
            c.setFillColor(colors.black)
            c.drawString(0, y + 2, label)
            w = plot_w * value / self.vmax
            c.setFillColor(self.color)
            c.rect(self.label_w, y, w, self.bar_h, stroke=0, fill=1)
            c.setFillColor(colors.black)
            c.setFont("Helvetica-Bold", 8.5)
            c.drawString(self.label_w + w + 4, y + 2, shown)
            y -= self.bar_h + self.gap
        # axe et graduations
        c.setStrokeColor(GREY)
        c.setLineWidth(0.5)
        c.line(self.label_w, y + self.bar_h + 2, self.label_w + plot_w, y + self.bar_h + 2)
        c.setFont("Helvetica", 7)
        c.setFillColor(GREY)
        for t in self.ticks:
            x = self.label_w + plot_w * t / self.vmax
            c.line(x, y + self.bar_h + 2, x, y + self.bar_h - 1)
            c.drawCentredString(x, y + self.bar_h - 9, f"{t}{self.tick_suffix}")


def box(flowables, width, bg=LIGHT, border=BLUE, pad=8):
    t = Table([[flowables]], colWidths=[width])
    t.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, -1), bg),
        ("BOX", (0, 0), (-1, -1), 0.8, border),
        ("LEFTPADDING", (0, 0), (-1, -1), pad), ("RIGHTPADDING", (0, 0), (-1, -1), pad),
        ("TOPPADDING", (0, 0), (-1, -1), pad), ("BOTTOMPADDING", (0, 0), (-1, -1), pad),
    ]))
    return t


def grid(data, widths, header_rows=1, zebra=True, align_right_from=1):
    t = Table(data, colWidths=widths, repeatRows=header_rows)
    style = [
        ("FONTNAME", (0, 0), (-1, -1), "Helvetica"),
        ("FONTSIZE", (0, 0), (-1, -1), 9),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("BACKGROUND", (0, 0), (-1, header_rows - 1), BLUE),
        ("TEXTCOLOR", (0, 0), (-1, header_rows - 1), colors.white),
        ("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.HexColor("#B0B8C4")),
        ("ALIGN", (align_right_from, header_rows), (-1, -1), "RIGHT"),
        ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    if zebra:
        for r in range(header_rows, len(data)):
            if (r - header_rows) % 2 == 1:
                style.append(("BACKGROUND", (0, r), (-1, r), LIGHT))
    t.setStyle(TableStyle(style))
    return t


def draw_notes(c, x, y, lines):
    """Notes de bas de page dessinées en pied de page, sous un filet court."""
    c.saveState()
    c.setStrokeColor(GREY)
    c.setLineWidth(0.5)
    c.line(x, y + 11 * len(lines) + 2, x + 4 * cm, y + 11 * len(lines) + 2)
    c.setFont("Helvetica", 7.5)
    c.setFillColor(GREY)
    for i, t in enumerate(lines):
        c.drawString(x, y + 11 * (len(lines) - 1 - i), t)
    c.restoreState()


def make_doc(path, templates, story):
    doc = BaseDocTemplate(path, pagesize=templates[0].pagesize or A4, **META)
    doc.addPageTemplates(templates)
    doc.build(story)


# ---------------------------------------------------------------------------------------------
# 01 Rapport d'enquête
# ---------------------------------------------------------------------------------------------
def doc01():
    path = os.path.join(HERE, "obs-s109-01-rapport-enquete.pdf")
    W, H = A4
    lm = 2.2 * cm

    def header(c, doc):
        c.saveState()
        c.setFont("Helvetica", 8)
        c.setFillColor(GREY)
        c.drawString(lm, H - 1.3 * cm, "Baromètre des alliances en territoire · Rapport d'enquête · mars 2025")
        c.setStrokeColor(BLUE)
        c.line(lm, H - 1.45 * cm, W - lm, H - 1.45 * cm)
        c.restoreState()

    notes = {2: ["1. Dont 402 maires interrogés par téléphone entre le 7 octobre et le 8 novembre 2024."],
             5: ["2. Études ARPEA de l'Observatoire des partenariats, 2008 et 2012."]}

    def footer(c, doc):
        c.saveState()
        if doc.page in notes:
            draw_notes(c, lm, 2.4 * cm, notes[doc.page])
        c.setFont("Helvetica-Bold", 9)
        c.setFillColor(BLUE)
        # pages imprimées : la couverture et son verso ne sont pas numérotés
        c.drawRightString(W - lm, 1.2 * cm, str(doc.page + 1))
        c.restoreState()

    def cover_footer(c, doc):
        c.saveState()
        c.setFont("Helvetica", 7.5)
        c.setFillColor(GREY)
        c.drawString(lm, 1.2 * cm, "Document fictif réalisé pour un jeu d'évaluation. Organismes, personnes et "
                     "chiffres inventés, sauf rappels attribués à l'Observatoire des partenariats.")
        c.restoreState()

    fw = W - 2 * lm
    cover = PageTemplate("cover", [Frame(lm, 2 * cm, fw, H - 4 * cm, id="c")], onPageEnd=cover_footer,
                         pagesize=A4)
    one = PageTemplate("one", [Frame(lm, 2 * cm, fw, H - 4 * cm, id="o")], onPage=header,
                       onPageEnd=footer, pagesize=A4)
    colw = (fw - 0.8 * cm) / 2
    two = PageTemplate("two", [Frame(lm, 2 * cm, colw, H - 4 * cm, id="l"),
                               Frame(lm + colw + 0.8 * cm, 2 * cm, colw, H - 4 * cm, id="r")],
                       onPage=header, onPageEnd=footer, pagesize=A4)

    s = []
    # --- PDF p.1 : couverture
    s += [Spacer(1, 1.2 * cm),
          P("Observatoire des alliances locales · Institut Sextant", st("k", 10, color=GREY, after=30)),
          P("Baromètre des alliances en territoire", TITLE),
          P("Rapport d'enquête · Édition 2025", SUB),
          P("Terrain : du 7 octobre au 22 novembre 2024 · Publication : mars 2025",
            st("d", 10.5, color=GREY, after=40)),
          box([P("L'essentiel", BOXT),
               P("1 512 répondants : 402 maires, 355 dirigeants d'entreprise, 305 responsables associatifs "
                 "et 450 citoyens.", BOXB),
               P("68 % des maires jugent l'alliance entre acteurs indispensable.", BOXB),
               P("3<super>e</super> édition du baromètre, après celles de 2018 et de 2021.", BOXB)],
              fw * 0.8),
          Spacer(1, 4 * cm),
          P("Rapport n° 2025-03", st("r", 9, color=GREY)),
          NextPageTemplate("one"), PageBreak()]
    # --- PDF p.2 (imprimée 3)
    s += [P("1. Méthodologie", H1),
          P("L'enquête a été conduite par téléphone et en ligne du 7 octobre au 22 novembre 2024 auprès de "
            "1 512 répondants<super>1</super>. Les maires ont tous été interrogés par téléphone ; parmi eux, "
            "61 % dirigent une commune de moins de 3 500 habitants."),
          P("L'échantillon des citoyens est représentatif des Français de 18 ans et plus (méthode des quotas). "
            "Pour cet échantillon, la marge d'erreur est de plus ou moins 4,6 points."),
          P("2. Les maires, premiers convaincus", H1),
          P("En 2024, 68 % des maires jugent l'alliance entre acteurs « indispensable » pour leur territoire, "
            "contre 57 % lors de la 1<super>re</super> édition, en 2018. Dans les communes de moins de "
            "3 500 habitants, ils sont 72 % à partager cet avis."),
          P("Graphique 1 — Les freins cités par les maires (plusieurs réponses possibles)", CAP),
          BarChart([("Manque de temps", 54, "54 %"), ("Manque d'ingénierie", 47, "47 %"),
                    ("Méconnaissance des acteurs", 39, "39 %"), ("Cadre juridique jugé flou", 22, "22 %")],
                   60, [0, 20, 40, 60]),
          P("Base : 402 maires. Source : Baromètre des alliances en territoire, Institut Sextant, 2024.", SMALL),
          Spacer(1, 0.3 * cm),
          P("Les freins tiennent moins à la volonté qu'aux moyens : les élus évoquent d'abord le temps et "
            "l'ingénierie, bien avant le droit. Beaucoup disent aussi manquer d'un lieu neutre où rencontrer "
            "les entreprises et les associations de leur bassin de vie, et souhaitent qu'un tiers de confiance "
            "prenne l'initiative de la première réunion."),
          NextPageTemplate("two"), PageBreak()]
    # --- PDF p.3 (imprimée 4), deux colonnes
    cs = st("cs", 9.5, 13, after=6)
    s += [P("3. Entreprises et associations : le grand rapprochement", st("h1c", 13, 16, "Helvetica-Bold",
                                                                           BLUE, after=6)),
          P("Côté entreprises, 84 % des dirigeants se disent prêts à s'engager dans une alliance locale ; "
            "ils n'étaient que 71 % en 2021, lors de la 2<super>e</super> édition.", cs),
          P("Les responsables associatifs restent les plus convaincus : 86 % d'entre eux voient dans le "
            "partenariat une source d'innovation, contre 74 % des citoyens.", cs),
          P("Près d'un dirigeant sur trois (31 %) déclare pourtant ne connaître aucune association dans sa "
            "commune.", cs),
          P("Le rapprochement reste donc fragile. Les dirigeants les plus engagés sont ceux qui ont déjà "
            "travaillé avec une structure locale, souvent à l'occasion d'un chantier d'insertion ou d'un "
            "événement sportif. Les autres attendent une porte d'entrée simple et un interlocuteur identifié "
            "à la mairie.", cs),
          P("« On ne se connaissait pas ; aujourd'hui, on monte nos projets ensemble. » — une dirigeante de "
            "PME de l'Orne", st("quote", 10.5, 14, "Helvetica-Oblique", GREEN, before=6, after=6)),
          FrameBreak(),
          P("Graphique 2 — Formes d'engagement envisagées par les dirigeants", CAP),
          BarChart([("Mécénat de compétences", 44, "44 %"), ("Don financier", 38, "38 %"),
                    ("Achats responsables", 29, "29 %"), ("Co-construction", 17, "17 %")],
                   50, [0, 25, 50], width=colw, label_w=4.0 * cm),
          P("Base : 355 dirigeants d'entreprises de 10 salariés et plus. Source : Institut Sextant, 2024.",
            SMALL),
          Spacer(1, 0.4 * cm),
          box([P("Les TPE, un monde à part", BOXT),
               P("Les dirigeants d'entreprises de moins de 10 salariés ont été interrogés à part, avec le "
                 "même questionnaire. Chez eux, la part des volontaires tombe à 52 %.", BOXB)],
              colw - 0.3 * cm, bg=SAND, border=GREEN),
          Spacer(1, 0.4 * cm),
          P("Pour ces très petites entreprises, le frein principal reste le temps du dirigeant, qui porte "
            "seul l'ensemble des fonctions de l'entreprise.", cs),
          NextPageTemplate("one"), PageBreak()]
    # --- PDF p.4 (imprimée 5), tableau croisé
    hdr = [P("Attente", CELLW), P("Maires", CELLW), P("Dirigeants d'entreprise", CELLW),
           P("Responsables associatifs", CELLW), P("Citoyens", CELLW)]
    rows = [["Créer de l'emploi local", "63 %", "58 %", "41 %", "49 %"],
            ["Rompre l'isolement des habitants", "48 %", "22 %", "55 %", "36 %"],
            ["Mieux utiliser l'argent public", "51 %", "19 %", "33 %", "44 %"]]
    s += [P("4. Ce que chaque acteur attend de l'alliance", H1),
          P("Chaque public a choisi ses attentes prioritaires dans une liste commune. Le tableau 3 les croise "
            "par type d'acteur."),
          P("Tableau 3 — Attentes prioritaires, par type d'acteur (en % de chaque public)*", CAP),
          grid([hdr] + rows, [5.6 * cm, 2.4 * cm, 2.9 * cm, 2.9 * cm, 2.4 * cm]),
          Spacer(1, 0.3 * cm),
          P("Lecture : 63 % des maires citent la création d'emplois locaux parmi leurs attentes prioritaires.",
            BODY_S),
          P("Base : 1 512 répondants (402 maires, 355 dirigeants, 305 responsables associatifs, 450 citoyens). "
            "Source : Institut Sextant, octobre-novembre 2024.", SMALL),
          P("* Plusieurs réponses possibles : les totaux dépassent 100 %.", SMALL),
          P("Commentaire", H2),
          P("L'emploi local fait consensus chez les maires et les dirigeants, quand les responsables "
            "associatifs mettent d'abord en avant le lien social. Les citoyens, eux, insistent davantage sur le "
            "bon usage de l'argent public. Ces écarts ne traduisent pas des oppositions : chaque acteur entre "
            "dans l'alliance par sa propre porte, et c'est précisément ce qui rend la co-construction possible."),
          PageBreak()]
    # --- PDF p.5 (imprimée 6)
    s += [P("5. Une tendance qui se confirme depuis 2018", H1),
          P("En 2018, lors de la 1<super>re</super> édition, 1 008 personnes avaient été interrogées ; en 2021, "
            "elles étaient 1 245."),
          P("Entre ces deux éditions, la part des citoyens favorables aux alliances était passée de 64 % à 70 %, "
            "soit six points de plus. Elle atteint 73 % en 2024."),
          P("La tendance est plus ancienne encore : en 2008, l'Observatoire des partenariats relevait que 86 % "
            "des Français jugeaient urgent de créer des partenariats ; ils étaient 84 % en 2012<super>2</super>."),
          P("6. Perspectives", H1),
          P("La 4<super>e</super> édition, prévue à l'automne 2027, portera l'échantillon à 2 000 personnes, "
            "dont 500 maires."),
          Spacer(1, 0.4 * cm),
          box([P("Contact", BOXT),
               P("Observatoire des alliances locales — 14, rue des Tilleuls, 75011 Paris — "
                 "Tél. 01 84 25 63 70", BOXB),
               P("Les réponses ont été traitées conformément à la loi n° 78-17 du 6 janvier 1978 relative à "
                 "l'informatique, aux fichiers et aux libertés.", BOXB)], fw)]
    make_doc(path, [cover, one, two], s)


# ---------------------------------------------------------------------------------------------
# 02 Entretien de presse
# ---------------------------------------------------------------------------------------------
def doc02():
    path = os.path.join(HERE, "obs-s109-02-entretien-presse.pdf")
    W, H = A4
    lm = 2.4 * cm
    fw = W - 2 * lm

    def header(c, doc):
        c.saveState()
        c.setFillColor(GREEN)
        c.rect(0, H - 1.6 * cm, W, 1.6 * cm, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("Helvetica-Bold", 10)
        c.drawString(lm, H - 1.0 * cm, "Territoires & Cie · n° 84 · 14 mai 2025")
        c.setFont("Helvetica", 9)
        c.drawRightString(W - lm, H - 1.0 * cm, "GRAND ENTRETIEN · Dossier « Faire alliance » (3/5)")
        c.restoreState()

    def footer(c, doc):
        c.saveState()
        c.setFont("Helvetica-Bold", 10)
        c.setFillColor(GREEN)
        c.drawString(lm, 1.2 * cm, str(21 + doc.page))
        c.setFont("Helvetica", 7.5)
        c.setFillColor(GREY)
        c.drawRightString(W - lm, 1.2 * cm, "Magazine et entretien fictifs, réalisés pour un jeu d'évaluation.")
        c.restoreState()

    colw = (fw - 0.8 * cm) / 2
    top_h = 6.2 * cm
    body_h = H - 4.2 * cm
    first = PageTemplate("first", [Frame(lm, 2 * cm + body_h - top_h, fw, top_h, id="top"),
                                   Frame(lm, 2 * cm, colw, body_h - top_h, id="l1"),
                                   Frame(lm + colw + 0.8 * cm, 2 * cm, colw, body_h - top_h, id="r1")],
                         onPage=header, onPageEnd=footer, pagesize=A4)
    cols = PageTemplate("cols", [Frame(lm, 2 * cm, colw, body_h, id="l"),
                                 Frame(lm + colw + 0.8 * cm, 2 * cm, colw, body_h, id="r")],
                        onPage=header, onPageEnd=footer, pagesize=A4)
    R = st("rep", 10, 14, after=6)
    BIG = st("big", 22, 27, "Helvetica-Bold", colors.black, after=10)
    EXERGUE = st("ex", 13, 17, "Helvetica-BoldOblique", GREEN, before=8, after=8)
    s = [NextPageTemplate("cols")]
    # --- p.1 (imprimée 22)
    s += [P("« Un maire sur trois ne sait pas encore par où commencer »", BIG),
          P("Deux mois après la parution du Baromètre des alliances en territoire, sa directrice scientifique, "
            "Hélène Varangot, revient sur une enquête menée à l'automne 2024 auprès de plus de 1 500 personnes. "
            "Entretien.", CHAPO),
          FrameBreak(),
          P("Votre baromètre montre que les maires croient aux alliances. Jusqu'à quel point ?", Q),
          P("Beaucoup plus qu'on ne l'imagine. Près de sept maires sur dix les jugent indispensables. Et dans "
            "les petites communes, celles de moins de 3 500 habitants, on monte presque aux trois quarts.", R),
          P("Comment expliquez-vous cet engouement ?", Q),
          P("Les élus ont compris qu'ils ne pouvaient plus tout porter seuls. La crise sanitaire a servi de "
            "déclic : elle a montré qu'une épicerie solidaire, une entreprise de transport et une mairie "
            "pouvaient s'organiser ensemble en quelques jours, sans attendre de circulaire.", R),
          P("Votre titre est pourtant plutôt inquiet…", Q),
          P("Parce qu'un maire sur trois nous dit ne pas savoir comment s'y prendre. Ramené à l'ensemble du "
            "pays, cela représente près de douze mille communes.", R),
          P("Les entreprises ont changé de pied", INTER),
          P("Et les entreprises ?", Q),
          P("Elles ont bougé plus vite que tout le monde. Quatre dirigeants sur cinq se disent prêts à "
            "s'engager, alors qu'ils étaient à peine sept sur dix il y a quatre ans.", R),
          P("Pour quelles raisons ?", Q),
          P("Le recrutement, d'abord. Les entreprises ont besoin d'un territoire attractif pour attirer et "
            "garder leurs salariés. Les associations connaissent les habitants, les élus connaissent les "
            "projets : l'alliance devient un outil de gestion très concret.", R),
          PageBreak()]
    # --- p.2 (imprimée 23)
    s += [P("Les associations sont-elles les grandes gagnantes ?", Q),
          P("Ce sont les plus convaincues : quatre-vingt-six pour cent des responsables associatifs voient dans "
            "le partenariat une source d'innovation. Mais elles manquent de bras : une sur deux fonctionne avec "
            "moins de trois salariés.", R),
          P("Qu'est-ce qui bloque le plus souvent ?", Q),
          P("La méconnaissance mutuelle. Chacun garde une image ancienne de l'autre : l'entreprise serait "
            "intéressée, l'association désorganisée, la mairie trop lente. Le travail commun fait tomber ces "
            "clichés très vite.", R),
          P("« Le travail commun fait tomber les clichés très vite »", EXERGUE),
          P("Combien coûte une alliance qui marche ?", Q),
          P("Moins qu'on ne le croit. Dans notre échantillon, un projet commun mobilise en médiane 15 000 euros "
            "par an, et un projet sur cinq vit avec moins de 5 000 euros.", R),
          FrameBreak(),
          P("Le droit de l'alliance, une étape", INTER),
          P("La proposition de loi sur le droit de l'alliance d'intérêt général change-t-elle la donne ?", Q),
          P("Elle consacre ce que 92 % des maires disaient déjà : ils ont besoin d'alliances. Mais la feuille de "
            "route ministérielle compte vingt et une mesures, et il faudra les suivre une par une.", R),
          P("Qui sont les partenaires les plus actifs ?", Q),
          P("Les fondations, sans hésiter. Elles sont plus de deux mille six cents à financer des projets de "
            "territoire, et près de 40 % d'entre elles ont doublé leur budget local depuis 2020.", R),
          P("Et l'État ?", Q),
          P("Il a un rôle de facilitateur. On attend de lui qu'il simplifie les conventions, qu'il forme les "
            "agents et qu'il reconnaisse le temps passé à construire des partenariats, qui n'apparaît encore "
            "dans aucun budget.", R),
          PageBreak()]
    # --- p.3 (imprimée 24)
    bio = box([P("Bio express", BOXT),
               P("Hélène Varangot (personnage fictif)", st("bn", 9.5, font="Helvetica-Oblique", after=5)),
               P("<b>1974</b> — Naissance à Vannes (Morbihan).", BOXB),
               P("<b>2003</b> — Entre dans un institut de sondage ; elle y pilote 40 enquêtes en six ans.", BOXB),
               P("<b>2012</b> — Rejoint l'Observatoire des alliances locales, avec une équipe de 9 chargés "
                 "d'études.", BOXB),
               P("<b>2021</b> — En devient la directrice scientifique ; l'équipe compte aujourd'hui 14 personnes.",
                 BOXB),
               P("Encadré à jour au 2 mai 2025.", st("bd", 8, color=GREY))], colw - 0.2 * cm, bg=SAND,
              border=GREEN)
    s += [P("Et les citoyens, que disent-ils ?", Q),
          P("Trois Français sur quatre attendent que les acteurs de leur territoire travaillent ensemble. Ce "
            "n'est pas nouveau : en septembre 2015, l'enquête PHARE-Citoyens de l'Observatoire des partenariats "
            "mesurait déjà un « devoir d'alliance » chez 69 % des Français.", R),
          P("À quoi ressemblera la prochaine édition ?", Q),
          P("Elle aura lieu à l'automne 2027. Nous voulons passer à deux mille répondants, dont cinq cents "
            "maires, et ajouter un volet consacré aux fondations.", R),
          P("Un dernier mot pour les élus qui hésitent ?", Q),
          P("Commencez petit, avec les acteurs que vous connaissez déjà, et donnez-vous le droit à l'erreur. "
            "Les alliances qui durent sont rarement celles qui ont été planifiées dans le détail.", R),
          Spacer(1, 0.4 * cm),
          P("Propos recueillis le 28 avril 2025 par Marc Delestre (journaliste fictif).",
            st("pr", 9, font="Helvetica-Oblique", color=GREY)),
          FrameBreak(),
          bio]
    make_doc(path, [first, cols], s)


# ---------------------------------------------------------------------------------------------
# 03 Rapport d'activité annuel
# ---------------------------------------------------------------------------------------------
def doc03():
    path = os.path.join(HERE, "obs-s109-03-rapport-activite.pdf")
    W, H = A4
    lm = 2.2 * cm
    fw = W - 2 * lm

    def header(c, doc):
        if doc.page == 1:
            return
        c.saveState()
        c.setFont("Helvetica-Bold", 8.5)
        c.setFillColor(GREEN)
        c.drawString(lm, H - 1.3 * cm, "Passerelles 41 · Rapport d'activité 2024")
        c.restoreState()

    def footer(c, doc):
        c.saveState()
        if doc.page == 3:
            draw_notes(c, lm, 2.2 * cm, ["1. Chiffres arrêtés au 31 décembre 2024."])
        c.setStrokeColor(GREEN)
        c.line(lm, 1.6 * cm, W - lm, 1.6 * cm)
        c.setFont("Helvetica", 8)
        c.setFillColor(GREY)
        c.drawString(lm, 1.15 * cm, "Assemblée générale du 12 avril 2025 · association fictive")
        c.drawRightString(W - lm, 1.15 * cm, f"{doc.page}/4")
        c.restoreState()

    one = PageTemplate("one", [Frame(lm, 2 * cm, fw, H - 4 * cm, id="o")], onPage=header, onPageEnd=footer,
                       pagesize=A4)
    colw = (fw - 0.8 * cm) / 2
    two = PageTemplate("two", [Frame(lm, 2 * cm, fw, H - 4 * cm - 0.0, id="t")], onPage=header,
                       onPageEnd=footer, pagesize=A4)
    LI = st("li", 9.5, 12.5, after=7, left=0)
    MON = st("mon", 10, 13, "Helvetica-Bold", GREEN, after=1)
    s = []
    # --- p.1 couverture + mot de la présidente
    s += [P("Association Passerelles 41 · insertion et solidarité en Loir-et-Cher", st("k", 10, color=GREEN,
                                                                                       after=24)),
          P("Rapport d'activité 2024", TITLE),
          P("Siège : 9, place de la Halle, 41100 Vendôme · 02 54 77 31 08", st("a", 9.5, color=GREY, after=30)),
          P("Le mot de la présidente", H1),
          P("En 2024, Passerelles 41 a accompagné 1 240 personnes, soit 15 % de plus qu'en 2023. Nous le devons "
            "à nos 86 bénévoles, à nos 12 salariés et aux 23 entreprises partenaires qui nous ont fait "
            "confiance."),
          P("Pour sa 20<super>e</super> année, l'association a aussi changé d'échelle : ses actions couvrent "
            "désormais 15 communes du nord du département."),
          P("Ce rapport retrace une année dense, faite de rencontres, de chantiers et parfois de doutes. Il dit "
            "aussi notre gratitude envers les collectivités, les entreprises et les fondations qui nous "
            "soutiennent, et envers chaque bénévole qui donne de son temps sans compter."),
          P("Christine Morvan, présidente (personnage fictif)", st("sig", 10, font="Helvetica-Oblique",
                                                                  before=6, after=20)),
          box([P("Nos missions", BOXT),
               P("Accueillir toute personne en difficulté, l'orienter vers les bons interlocuteurs, l'accompagner "
                 "vers l'emploi ou la formation, et mobiliser autour d'elle les acteurs du territoire : "
                 "collectivités, entreprises, associations et habitants.", BOXB)], fw, bg=SAND, border=GREEN),
          NextPageTemplate("two"), PageBreak()]
    # --- p.2 faits marquants, mois par mois (deux colonnes via tableau)
    months = [
        ("Janvier", "Ouverture d'une 2<super>e</super> permanence, à Vendôme : 180 personnes y sont reçues dès le "
                    "premier trimestre."),
        ("Mars", "Convention de 3 ans signée avec la communauté de communes, qui regroupe 15 communes."),
        ("Mai", "Collecte solidaire dans 6 supermarchés : 2 300 colis distribués."),
        ("Juin", "Les 20 ans de l'association fêtés avec 350 participants."),
        ("Septembre", "Le conseil départemental renouvelle sa subvention de 48 000 €."),
        ("Octobre", "Lancement de l'atelier numérique, ouvert le mardi de 14 h à 17 h."),
        ("Novembre", "Campagne de dons de fin d'année : 1 don sur 3 arrive désormais en ligne."),
        ("Décembre", "98 % des personnes accompagnées se disent satisfaites (enquête interne auprès de "
                     "410 répondants)."),
    ]
    cells = [[P(m, MON), P(t, LI)] for m, t in months]
    left = Table(cells[:4], colWidths=[2.6 * cm, colw - 2.6 * cm])
    right = Table(cells[4:], colWidths=[2.6 * cm, colw - 2.6 * cm])
    for t in (left, right):
        t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.HexColor("#C9D6CF")),
                               ("TOPPADDING", (0, 0), (-1, -1), 5)]))
    page2 = Table([[left, right]], colWidths=[colw + 0.4 * cm, colw + 0.4 * cm])
    page2.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    s += [P("Faits marquants 2024, mois par mois", H1),
          P("Une année de croissance, marquée par l'ouverture d'un nouveau lieu d'accueil, la consolidation de nos "
            "partenariats publics et privés et l'arrivée de nouveaux bénévoles. Retour sur les moments qui ont "
            "compté."),
          Spacer(1, 0.2 * cm), page2, Spacer(1, 0.6 * cm),
          box([P("Ils nous ont rejoints", BOXT),
               P("Cette année, des entreprises du bâtiment, une coopérative agricole et une agence bancaire ont "
                 "choisi de soutenir nos actions, par du mécénat de compétences ou par des dons en nature. Qu'elles "
                 "en soient remerciées.", BOXB)], fw, bg=SAND, border=GREEN),
          PageBreak()]
    # --- p.3 bilan chiffré
    bl = st("bl", 10, 13.5, after=5, left=12, bulletIndent=0)

    def bullet(t):
        return Paragraph(t, bl, bulletText="•")

    rep = grid([[P("Lieu d'accueil", CELLW), P("Personnes accompagnées", CELLW)],
                ["Permanence de Blois", "714"], ["Permanence de Vendôme", "398"],
                ["Actions hors les murs", "128"], [P("Total", CELLB), P("1 240", CELLBR)]],
               [6.5 * cm, 4.5 * cm])
    s += [P("Bilan chiffré de l'année", H1),
          bullet("1 240 personnes accompagnées, contre 1 078 en 2023."),
          bullet("37 % d'entre elles ont moins de 26 ans."),
          bullet("41 % des personnes sorties du dispositif ont retrouvé un emploi ou une formation dans les "
                 "six mois."),
          bullet("86 bénévoles actifs, contre 71 un an plus tôt."),
          bullet("Un bénévole sur quatre est lui-même un ancien bénéficiaire."),
          Spacer(1, 0.4 * cm),
          P("Répartition des personnes accompagnées par lieu d'accueil<super>1</super>", CAP),
          rep,
          Spacer(1, 0.5 * cm),
          P("Derrière ces chiffres, des parcours : une mère isolée qui a retrouvé un emploi de cuisinière, un "
            "jeune réfugié devenu apprenti électricien, un retraité qui anime désormais l'atelier numérique. "
            "Notre rôle est de tisser le lien entre ces personnes et les acteurs du territoire qui peuvent leur "
            "ouvrir une porte."),
          NextPageTemplate("one"), PageBreak()]
    # --- p.4 comptes simplifiés + perspectives
    acc = grid([[P("Comptes simplifiés 2024", CELLW), P("Montant", CELLW)],
                [P("<b>Produits</b>", CELL), ""],
                ["Subventions publiques", "312,4"], ["Dons et mécénat", "96,8"],
                ["Prestations de services", "41,2"], [P("Total des produits", CELLB), P("450,4", CELLBR)],
                [P("<b>Charges</b>", CELL), ""],
                ["Salaires et charges sociales", "301,7"], ["Autres charges", "137,2"],
                [P("Total des charges", CELLB), P("438,9", CELLBR)],
                [P("Résultat de l'exercice", CELLB), P("11,5", CELLBR)],
                ["Rappel : résultat 2023", "-2,2"]],
               [8 * cm, 3.5 * cm], zebra=False)
    s += [P("Comptes simplifiés de l'exercice 2024", H1),
          P("Montants en milliers d'euros, arrêtés par le conseil d'administration et présentés à l'assemblée "
            "générale.", BODY_S),
          acc,
          P("Perspectives 2025", H1),
          bullet("Accompagner 1 400 personnes grâce à l'ouverture d'une 3<super>e</super> permanence, à "
                 "Romorantin."),
          bullet("Porter le budget à 480 k€ et recruter 2 salariés supplémentaires."),
          Spacer(1, 0.4 * cm),
          P("L'exercice revient à l'équilibre grâce à la progression des dons et du mécénat. Le conseil "
            "d'administration propose d'affecter le résultat aux fonds associatifs, afin de financer "
            "l'installation de la nouvelle permanence sans recourir à l'emprunt."),
          ]
    make_doc(path, [one, two], s)


# ---------------------------------------------------------------------------------------------
# 04 Synthèse comparative européenne
# ---------------------------------------------------------------------------------------------
def doc04():
    path = os.path.join(HERE, "obs-s109-04-synthese-europe.pdf")
    W, H = A4
    lm = 2.2 * cm
    fw = W - 2 * lm

    def header(c, doc):
        c.saveState()
        c.setFillColor(LIGHT)
        c.rect(0, H - 1.8 * cm, W, 1.8 * cm, stroke=0, fill=1)
        c.setFillColor(BLUE)
        c.setFont("Helvetica-Bold", 9)
        c.drawString(lm, H - 1.1 * cm, "Note comparative n° 7 · Observatoire des alliances locales · juin 2025")
        c.restoreState()

    def footer(c, doc):
        c.saveState()
        c.setFont("Helvetica", 8)
        c.setFillColor(GREY)
        c.drawString(lm, 1.2 * cm, "Synthèse fictive réalisée pour un jeu d'évaluation.")
        c.drawRightString(W - lm, 1.2 * cm, f"page {doc.page} sur 2")
        c.restoreState()

    tpl = PageTemplate("p", [Frame(lm, 2 * cm, fw, H - 4.3 * cm, id="f")], onPage=header, onPageEnd=footer,
                       pagesize=A4)
    NOTE = st("note", 8, 10.5, color=GREY, after=2)
    s = []
    t1 = grid([[P("Pays", CELLW), P("Entreprises ayant un partenariat associatif", CELLW),
                P("Associations ayant au moins un partenaire privé", CELLW)],
               [P("France<super>1</super>", CELL), "37 %", "38 %"],
               [P("Allemagne<super>2</super>", CELL), "42 %", "45 %"],
               [P("Italie<super>3</super>", CELL), "29 %", "31 %"],
               [P("Espagne<super>4</super>", CELL), "33 %", "27 %"],
               [P("Pays-Bas<super>5</super>", CELL), "48 %", "52 %"],
               [P("<b>Moyenne européenne</b><super>6</super>", CELL), P("37,8 %", CELLBC),
                P("38,6 %", CELLBC)]],
              [4.5 * cm, 6 * cm, 6 * cm])
    t1.setStyle(TableStyle([("ALIGN", (1, 1), (-1, -1), "CENTER")]))
    s += [P("Les alliances entre entreprises et associations en Europe : une synthèse comparative", H1),
          P("Aucune enquête européenne harmonisée n'existe : cette synthèse rapproche des enquêtes nationales "
            "conduites entre 2016 et 2023, selon des méthodes et des populations différentes. Les comparaisons "
            "sont donc indicatives."),
          P("Tableau 1 — Engagement partenarial, par pays", CAP),
          t1,
          Spacer(1, 0.5 * cm),
          P("1. France : note de l'Observatoire des partenariats du 29 février 2016 ; entreprises d'au moins "
            "10 salariés.", NOTE),
          P("2. Allemagne : Institut Brücke, enquête 2022.", NOTE),
          P("3. Italie : Osservatorio Ponte, enquête 2021.", NOTE),
          P("4. Espagne : Fundación Enlace, enquête 2023.", NOTE),
          P("5. Pays-Bas : Bureau Samen, enquête 2022 ; associations employeuses seulement.", NOTE),
          P("6. Moyenne simple des pays du tableau, sans pondération ; années différentes.", NOTE),
          P("Enseignements", H2),
          P("Les pays du nord de l'Europe affichent les taux les plus élevés, portés par une tradition ancienne "
            "de fondations d'entreprise et de conventions locales. L'Europe du Sud rattrape son retard à partir de "
            "réseaux associatifs plus récents. La France se situe au niveau de la moyenne, pour les entreprises "
            "comme pour les associations."),
          P("Ces écarts tiennent aussi aux définitions : selon les pays, un partenariat peut désigner un simple "
            "don, une convention pluriannuelle ou un projet co-construit. Une enquête harmonisée reste à "
            "construire."),
          PageBreak()]
    t2 = grid([[P("Pays", CELLW), P("Part des communes engagées", CELLW), P("Nombre de communes", CELLW)],
               [P("France<super>7</super>", CELL), "54 %", "34 900"],
               [P("Allemagne<super>8</super>", CELL), "47 %", "10 800"],
               [P("Italie<super>8</super>", CELL), "38 %", "7 900"],
               [P("Espagne<super>9</super>", CELL), "41 %", "8 100"],
               [P("<b>Moyenne européenne</b>", CELL), P("45,0 %", CELLBC), "–"]],
              [4.5 * cm, 6 * cm, 6 * cm])
    t2.setStyle(TableStyle([("ALIGN", (1, 1), (-1, -1), "CENTER")]))
    s += [P("Tableau 2 — Communes engagées dans une alliance locale", CAP),
          t2,
          Spacer(1, 0.3 * cm),
          P("Lecture : en France, 54 % des communes ont engagé au moins une alliance locale.", BODY_S),
          P("La France dépasse ainsi la moyenne de neuf points, quand l'Italie reste sept points en dessous. "
            "Ces alliances s'y appuient notamment sur la loi n° 2014-856 du 31 juillet 2014 relative à "
            "l'économie sociale et solidaire."),
          Spacer(1, 0.5 * cm),
          P("7. France : Baromètre des alliances en territoire, terrain 2024.", NOTE),
          P("8. Allemagne et Italie : réseau européen Pontes, 2023.", NOTE),
          P("9. Espagne : Fundación Enlace, 2022.", NOTE),
          Spacer(1, 0.5 * cm),
          box([P("À retenir", BOXT),
               P("Les communes françaises, très nombreuses et souvent petites, s'engagent davantage que leurs "
                 "voisines : la proximité facilite la rencontre entre élus, entrepreneurs et bénévoles. Les "
                 "comparaisons restent fragiles tant que les enquêtes nationales ne partagent pas les mêmes "
                 "questions.", BOXB)], fw)]
    make_doc(path, [tpl], s)


# ---------------------------------------------------------------------------------------------
# 05 Diaporama de restitution
# ---------------------------------------------------------------------------------------------
def doc05():
    path = os.path.join(HERE, "obs-s109-05-diaporama-restitution.pdf")
    PW, PH = landscape(A4)
    c = rl_canvas.Canvas(path, pagesize=(PW, PH), invariant=1)
    c.setTitle("")
    c.setAuthor("")
    c.setSubject("")
    c.setCreator("")
    c.setProducer("")
    m = 1.6 * cm
    TT = st("tt", 24, 29, "Helvetica-Bold", BLUE)
    CAPS = st("caps", 11, 14, "Helvetica", colors.black, align=TA_CENTER)
    FOOT = st("foot", 8, 10.5, color=GREY)

    def para(text, style, x, y_top, w):
        p = Paragraph(nb(text), style)
        _, h = p.wrap(w, PH)
        p.drawOn(c, x, y_top - h)
        return h

    KEY = st("key", 14, 18, "Helvetica-Oblique", BLUE)

    def slide(num, title, cards, foot, extra=None, key=None):
        c.setFillColor(LIGHT)
        c.rect(0, PH - 1.2 * cm, PW, 1.2 * cm, stroke=0, fill=1)
        c.setFillColor(BLUE)
        c.setFont("Helvetica", 9)
        c.drawString(m, PH - 0.8 * cm, "Baromètre des alliances en territoire · Restitution aux partenaires · "
                                      "3 juin 2025")
        para(title, TT, m, PH - 1.9 * cm, PW - 2 * m)
        n = len(cards)
        area_w = PW - 2 * m if extra is None else (PW - 2 * m) * 0.62
        cw = (area_w - (n - 1) * 0.5 * cm) / n
        ytop = PH - 5.2 * cm
        for i, (big, cap) in enumerate(cards):
            x = m + i * (cw + 0.5 * cm)
            c.setFillColor(SAND)
            c.roundRect(x, ytop - 6.2 * cm, cw, 6.2 * cm, 8, stroke=0, fill=1)
            c.setFillColor(GREEN)
            c.setFont("Helvetica-Bold", 34 if len(big) < 7 else 28)
            c.drawCentredString(x + cw / 2, ytop - 2.0 * cm, big)
            para(cap, CAPS, x + 0.3 * cm, ytop - 2.7 * cm, cw - 0.6 * cm)
        if extra:
            extra(m + area_w + 0.8 * cm, ytop, PW - m - (m + area_w + 0.8 * cm))
        if key:
            c.setFillColor(BLUE)
            c.rect(m, ytop - 7.9 * cm, 0.15 * cm, 1.0 * cm, stroke=0, fill=1)
            para(key, KEY, m + 0.5 * cm, ytop - 7.7 * cm, PW - 2 * m - 0.5 * cm)
        c.setStrokeColor(GREY)
        c.setLineWidth(0.4)
        c.line(m, 2.3 * cm, PW - m, 2.3 * cm)
        para(foot, FOOT, m, 2.1 * cm, PW - 2 * m - 2 * cm)
        c.setFont("Helvetica-Bold", 14)
        c.setFillColor(BLUE)
        c.drawRightString(PW - m, 1.0 * cm, str(num))
        c.showPage()

    # diapositive 4 (PDF p.1)
    slide(4, "Sept maires sur dix jugent l'alliance indispensable",
          [("68 %", "des maires jugent l'alliance indispensable"),
           ("72 %", "dans les communes de moins de 3 500 habitants"),
           ("+11 pts", "depuis la 1<super>re</super> édition (2018)"),
           ("33 %", "ne savent pas par où commencer")],
          "Source : Baromètre des alliances en territoire, Institut Sextant, terrain du 7 octobre au "
          "22 novembre 2024. Base : 402 maires. Diaporama fictif réalisé pour un jeu d'évaluation.",
          key="À retenir : l'adhésion progresse, mais le passage à l'acte reste le principal défi des élus.")

    # diapositive 5 (PDF p.2) avec mini graphique
    def mini(x, ytop, w):
        c.setFont("Helvetica-Bold", 10)
        c.setFillColor(BLUE)
        c.drawString(x, ytop - 0.3 * cm, "Dirigeants prêts à s'engager")
        plot_x, plot_w = x + 1.2 * cm, w - 2.6 * cm
        y = ytop - 1.3 * cm
        for yr, v in (("2018", 62), ("2021", 71), ("2024", 84)):
            c.setFont("Helvetica", 9)
            c.setFillColor(colors.black)
            c.drawString(x, y + 2, yr)
            c.setFillColor(GREEN)
            c.rect(plot_x, y, plot_w * v / 100, 12, stroke=0, fill=1)
            c.setFillColor(colors.black)
            c.setFont("Helvetica-Bold", 9)
            c.drawString(plot_x + plot_w * v / 100 + 3, y + 2, f"{v} %")
            y -= 0.9 * cm
        c.setStrokeColor(GREY)
        c.line(plot_x, y + 0.6 * cm, plot_x + plot_w, y + 0.6 * cm)
        c.setFont("Helvetica", 7)
        c.setFillColor(GREY)
        for t in (0, 25, 50, 75, 100):
            c.drawCentredString(plot_x + plot_w * t / 100, y + 0.25 * cm, f"{t} %")

    slide(5, "Les entreprises ont rattrapé les associations",
          [("84 %", "des dirigeants d'entreprise prêts à s'engager (71 % en 2021)"),
           ("86 %", "des responsables associatifs voient le partenariat comme une source d'innovation"),
           ("17 %", "des dirigeants seulement envisagent de co-construire un projet")],
          "Base : 355 dirigeants d'entreprise et 305 responsables associatifs. Source : Institut Sextant, 2024. "
          "Diaporama fictif.", extra=mini,
          key="À retenir : les dirigeants veulent agir, surtout par le mécénat de compétences.")

    # diapositive 6 (PDF p.3)
    slide(6, "Les citoyens attendent d'abord des emplois",
          [("73 %", "des citoyens favorables aux alliances (64 % en 2018)"),
           ("49 %", "citent l'emploi local parmi leurs attentes"),
           ("1 sur 2", "a déjà participé à une action commune près de chez lui"),
           ("450", "citoyens interrogés en ligne")],
          "Source : Institut Sextant, 2024. Rappel : en septembre 2015, 69 % des Français exprimaient un "
          "« devoir d'alliance » (PHARE-Citoyens, Observatoire des partenariats). Diaporama fictif.",
          key="À retenir : pour les habitants, l'alliance se juge à ses effets concrets sur l'emploi.")

    # diapositive 7 (PDF p.4)
    slide(7, "En 2027, le baromètre interrogera 2 000 personnes",
          [("500", "maires dans l'échantillon 2027"),
           ("3 ans", "entre deux éditions du baromètre"),
           ("1,5 M€", "dotation du Fonds ODD 17, co-créé en 2020 par Le RAMEAU et la Fondation TotalEnergies"),
           ("350", "catalyseurs territoriaux mobilisés par le Fonds ODD 17")],
          "Sources : Observatoire des alliances locales ; Le RAMEAU, présentation du Fonds ODD 17. "
          "Contact : 01 84 25 63 70 · 14, rue des Tilleuls, 75011 Paris. Diaporama fictif.",
          key="À retenir : un échantillon élargi et un volet consacré aux fondations.")
    c.save()


if __name__ == "__main__":
    doc01()
    doc02()
    doc03()
    doc04()
    doc05()
    for f in sorted(os.listdir(HERE)):
        if f.endswith(".pdf"):
            print(f)
