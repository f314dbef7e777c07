# -*- coding: utf-8 -*-
"""Corpus neuf « notes-s96 » : cinq PDF dans la forme des publications de l'Observatoire
des partenariats (Le RAMEAU). Génération déterministe (rl_config.invariant = 1) :
deux exécutions produisent des fichiers identiques octet pour octet.

Usage : /work/main/.venv/bin/python make_docs.py [dossier_de_sortie]
(par défaut, le dossier du script).

Dans les chaînes, « ~ » est remplacé par une espace insécable (U+00A0).
"""
import os
import sys

from reportlab import rl_config

rl_config.invariant = 1

from reportlab.lib import colors  # noqa: E402
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.pdfgen import canvas as rl_canvas  # noqa: E402
from reportlab.platypus import Flowable, Frame, Paragraph, Spacer, Table, TableStyle  # noqa: E402

FONTS = "/usr/share/fonts/truetype/dejavu/"
for name, fn in [
    ("Sans", "DejaVuSans.ttf"), ("Sans-B", "DejaVuSans-Bold.ttf"),
    ("Sans-I", "DejaVuSans-Oblique.ttf"), ("Sans-BI", "DejaVuSans-BoldOblique.ttf"),
    ("Serif", "DejaVuSerif.ttf"), ("Serif-B", "DejaVuSerif-Bold.ttf"),
    ("Serif-I", "DejaVuSerif-Italic.ttf"), ("Serif-BI", "DejaVuSerif-BoldItalic.ttf"),
    ("Cond", "DejaVuSansCondensed.ttf"), ("Cond-B", "DejaVuSansCondensed-Bold.ttf"),
]:
    pdfmetrics.registerFont(TTFont(name, FONTS + fn))
pdfmetrics.registerFontFamily("Sans", normal="Sans", bold="Sans-B", italic="Sans-I", boldItalic="Sans-BI")
pdfmetrics.registerFontFamily("Serif", normal="Serif", bold="Serif-B", italic="Serif-I", boldItalic="Serif-BI")
pdfmetrics.registerFontFamily("Cond", normal="Cond", bold="Cond-B", italic="Cond", boldItalic="Cond-B")

W, H = A4
ML, MR = 56, 56
CW = W - ML - MR


def N(s):
    """Espaces insécables : « ~ » -> U+00A0."""
    return s.replace("~", "\u00a0")


def style(name, font="Sans", size=9.5, leading=None, align=TA_JUSTIFY, color=colors.black, **kw):
    return ParagraphStyle(name, fontName=font, fontSize=size, leading=leading or size * 1.32,
                          alignment=align, textColor=color, **kw)


def P(text, st, **kw):
    return Paragraph(N(text), st, **kw)


class Overflow(Exception):
    pass


def fill(c, x, y, w, h, flows, name=""):
    """Place les flowables dans un cadre ; lève une erreur si tout ne tient pas."""
    f = Frame(x, y, w, h, leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    rest = list(flows)
    f.addFromList(rest, c)
    if rest:
        raise Overflow("débordement dans le cadre %s (%d éléments restants)" % (name, len(rest)))


def rule(c, x1, x2, y, color=colors.grey, width=0.5):
    c.setStrokeColor(color)
    c.setLineWidth(width)
    c.line(x1, y, x2, y)


class HBarChart(Flowable):
    """Graphique en barres horizontales, valeurs au bout des barres, légende facultative."""

    def __init__(self, width, rows, series_colors, legend=None, label_w=170, bar_h=9, inner_gap=2,
                 group_gap=9, maxv=100, ticks=(0, 25, 50, 75, 100), font="Sans", size=8):
        Flowable.__init__(self)
        self.width = width
        self.rows = rows
        self.series_colors = series_colors
        self.legend = legend
        self.label_w = label_w
        self.bar_h = bar_h
        self.inner_gap = inner_gap
        self.group_gap = group_gap
        self.maxv = maxv
        self.ticks = ticks
        self.font = font
        self.size = size
        ns = len(series_colors)
        self.group_h = ns * bar_h + (ns - 1) * inner_gap
        self.plot_h = len(rows) * self.group_h + (len(rows) + 1) * group_gap
        self.height = self.plot_h + 16 + (16 if legend else 0)

    def wrap(self, aw, ah):
        return self.width, self.height

    def draw(self):
        c = self.canv
        x0 = self.label_w
        plot_w = self.width - self.label_w - 34
        y_axis = (16 if self.legend else 0) + 14
        top = y_axis + self.plot_h
        c.setFont(self.font, self.size)
        y = top - self.group_gap
        for label, values in self.rows:
            gy_top = y
            c.setFillColor(colors.black)
            mid = gy_top - self.group_h / 2.0 - self.size * 0.35
            c.drawRightString(x0 - 6, mid, N(label))
            for i, v in enumerate(values):
                by = gy_top - (i + 1) * self.bar_h - i * self.inner_gap
                bw = plot_w * v / float(self.maxv)
                c.setFillColor(self.series_colors[i])
                c.rect(x0, by, bw, self.bar_h, stroke=0, fill=1)
                c.setFillColor(colors.black)
                c.drawString(x0 + bw + 3, by + self.bar_h / 2.0 - self.size * 0.35, N(fmt_pct(v)))
            y = gy_top - self.group_h - self.group_gap
        # axe et graduations
        c.setStrokeColor(colors.grey)
        c.setLineWidth(0.5)
        c.line(x0, y_axis, x0, top)
        c.line(x0, y_axis, x0 + plot_w, y_axis)
        c.setFont(self.font, self.size - 1)
        c.setFillColor(colors.HexColor("#555555"))
        for t in self.ticks:
            tx = x0 + plot_w * t / float(self.maxv)
            c.line(tx, y_axis - 2, tx, y_axis)
            c.drawCentredString(tx, y_axis - 10, N("%d~%%" % t))
        if self.legend:
            lx = x0
            c.setFont(self.font, self.size)
            for col, txt in zip(self.series_colors, self.legend):
                c.setFillColor(col)
                c.rect(lx, 2, 8, 8, stroke=0, fill=1)
                c.setFillColor(colors.black)
                c.drawString(lx + 11, 3, N(txt))
                lx += 22 + pdfmetrics.stringWidth(N(txt), self.font, self.size) + 14


def fmt_pct(v):
    s = ("%d" % v) if float(v).is_integer() else ("%.1f" % v).replace(".", ",")
    return s + "~%"


# ---------------------------------------------------------------------------
# Styles communs
BODY = style("body", "Serif", 9.6, 13.2)
BODY_S = style("bodys", "Sans", 9.2, 12.6)
SMALL = style("small", "Sans", 7.6, 9.8, align=TA_LEFT, color=colors.HexColor("#333333"))
NOTE = style("note", "Sans-I", 7.8, 10, align=TA_LEFT, color=colors.HexColor("#333333"))


def h1(text, color, size=17, font="Sans-B"):
    return P(text, style("h1", font, size, size * 1.2, align=TA_LEFT, color=color, spaceAfter=6))


def h2(text, color, size=11.5, font="Sans-B"):
    return P(text, style("h2", font, size, size * 1.25, align=TA_LEFT, color=color, spaceBefore=6, spaceAfter=4))


# ---------------------------------------------------------------------------
# Document 1 : rapport annuel de fondation (4 pages)
GREEN = colors.HexColor("#1f5e3b")
LGREEN = colors.HexColor("#e4efe7")


def d1_frame(c, printed, section):
    c.setFont("Sans-B", 8.5)
    c.setFillColor(GREEN)
    c.drawString(ML, H - 34, "Fondation des Territoires")
    c.setFont("Sans", 8.5)
    c.drawRightString(W - MR, H - 34, N("Rapport annuel 2024"))
    rule(c, ML, W - MR, H - 40, GREEN, 0.8)


def d1_footer(c, printed, section):
    rule(c, ML, W - MR, 40, GREEN, 0.5)
    c.setFont("Sans", 7.5)
    c.setFillColor(colors.HexColor("#444444"))
    c.drawString(ML, 28, N(section))
    c.setFont("Sans-B", 9)
    c.drawRightString(W - MR, 27, str(printed))


def fin_table(rows, head, widths, zebra=LGREEN, head_bg=GREEN):
    data = [[N(x) for x in head]] + [[N(x) for x in r] for r in rows]
    t = Table(data, colWidths=widths)
    ts = [
        ("FONTNAME", (0, 0), (-1, 0), "Sans-B"), ("FONTSIZE", (0, 0), (-1, -1), 8.6),
        ("TEXTCOLOR", (0, 0), (-1, 0), colors.white), ("BACKGROUND", (0, 0), (-1, 0), head_bg),
        ("FONTNAME", (0, 1), (-1, -1), "Sans"), ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3), ("LINEBELOW", (0, -1), (-1, -1), 0.6, head_bg),
    ]
    for i in range(1, len(data)):
        if i % 2 == 0:
            ts.append(("BACKGROUND", (0, i), (-1, i), zebra))
    t.setStyle(TableStyle(ts))
    return t


def doc1(path):
    c = rl_canvas.Canvas(path, pagesize=A4)
    c.setTitle("Fondation des Territoires - Rapport annuel 2024")
    c.setAuthor("Fondation des Territoires")
    c.setCreator("notes-s96/make_docs.py")
    body = BODY

    # --- page 1 (imprimée 3) : mot du président
    d1_frame(c, 3, "")
    flows = [
        h1("Le mot du président", GREEN, 20),
        P("<i>Une deuxième année pleine, et déjà le changement d'échelle.</i>",
          style("lead", "Serif-I", 11, 15, align=TA_LEFT, color=GREEN, spaceAfter=8)),
        P("Créée le 14~juin~2022 sous l'égide de la Fondation de Lille, notre fondation a bouclé en 2024 "
          "son deuxième exercice complet. Ses 21 co-fondateurs lui ont confié trois missions, que ce rapport "
          "passe en revue l'une après l'autre.", body),
        Spacer(1, 5),
        P("Cette année, la fondation a soutenu 64 projets, pour un engagement total de 2,4~millions d'euros, "
          "contre 1,1~million d'euros en 2023, premier exercice plein. Cette croissance n'aurait pas été "
          "possible sans la confiance renouvelée de nos mécènes et des collectivités qui nous ont rejoints.", body),
        Spacer(1, 5),
        P("Elle répond à un besoin que l'Observatoire des partenariats mesure depuis 2008~: 92~% des maires "
          "expriment un besoin d'alliance, 84~% des dirigeants d'entreprise en ont l'envie et 81~% des "
          "Français y voient un devoir.", body),
        Spacer(1, 5),
        P("Le mouvement vient de loin. En 2008, la première enquête ARPEA montrait déjà que 86~% des Français "
          "jugeaient urgent de développer les partenariats~; quatre ans plus tard, ils étaient encore 84~%.", body),
        Spacer(1, 5),
        P("C'est dans les plus petites communes que l'attente est la plus forte~: dans les communes de moins "
          "de 2~000~habitants, près de neuf maires sur dix jugent la co-construction indispensable<super>1</super>. "
          "C'est là que nous voulons porter l'effort en 2025, avec un accompagnement au plus près des élus "
          "et des habitants.", body),
        Spacer(1, 5),
        P("À toutes celles et à tous ceux qui font vivre ces alliances, merci.", body),
        Spacer(1, 10),
        P("<b>Le président du comité exécutif</b>", style("sig", "Serif", 9.6, 13, align=TA_RIGHT)),
    ]
    fill(c, ML, 150, CW, H - 60 - 150, flows, "d1p1")
    rule(c, ML, ML + 120, 122)
    fill(c, ML, 50, CW, 68, [
        P("1. Enquête IMPACTS &amp; TRAJECTOIRES – Élus locaux, publiée en novembre~2024~: 302 maires "
          "interrogés par téléphone du 30~septembre au 28~octobre~2024.", SMALL)], "d1p1n")
    d1_footer(c, 3, "Rapport annuel 2024 · Le mot du président")
    c.showPage()

    # --- page 2 (imprimée 4) : chiffres clés + répartition
    d1_frame(c, 4, "")
    big = style("big", "Sans-B", 22, 25, align=TA_CENTER, color=GREEN)
    lab = style("lab", "Sans", 8.6, 11, align=TA_CENTER)
    cells = [
        [[P("64", big), P("projets soutenus", lab)], [P("11", big), P("régions couvertes", lab)]],
        [[P("2,4~M€", big), P("engagés auprès des porteurs", lab)],
         [P("350", big), P("catalyseurs territoriaux formés par le Fonds ODD~17", lab)]],
    ]
    box = Table(cells, colWidths=[CW / 2 - 20, CW / 2 - 20])
    box.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, -1), LGREEN), ("BOX", (0, 0), (-1, -1), 1.2, GREEN),
        ("INNERGRID", (0, 0), (-1, -1), 0.4, colors.white), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 8), ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
    ]))
    flows = [
        h1("L'année 2024 en bref", GREEN),
        P("<b>Chiffres clés 2024</b>", style("kc", "Sans-B", 10, 13, align=TA_LEFT, color=GREEN, spaceAfter=4)),
        box,
        Spacer(1, 12),
        h2("Qui porte les projets~?", GREEN),
        P("Sur les 64 projets soutenus, 29 sont portés par des associations, 18 par des collectivités et 17 par "
          "des collectifs mixtes associant au moins trois familles d'acteurs.", body),
        Spacer(1, 5),
        P("Près des deux tiers des porteurs (65~%) découvraient la fondation~; les 35~% restants avaient déjà "
          "été accompagnés en 2023.", body),
        Spacer(1, 5),
        h2("Des soutiens plus conséquents", GREEN),
        P("Le soutien moyen s'établit à 37~500~€, contre 31~000~€ lors de l'exercice précédent. Les territoires "
          "ruraux comptent pour 38~% des projets<super>2</super>, une part que le comité exécutif souhaite "
          "accroître.", body),
        Spacer(1, 5),
        P("Les pages suivantes présentent les comptes de l'exercice, puis la répartition des projets par thème.",
          body),
    ]
    fill(c, ML, 120, CW, H - 60 - 120, flows, "d1p2")
    rule(c, ML, ML + 120, 100)
    fill(c, ML, 50, CW, 46, [
        P("2. Communes de moins de 3~500~habitants situées hors des unités urbaines, au sens de la grille "
          "communale de densité.", SMALL)], "d1p2n")
    d1_footer(c, 4, "Rapport annuel 2024 · L'année en bref")
    c.showPage()

    # --- page 3 (imprimée 5) : comptes
    d1_frame(c, 5, "")
    cap = style("cap", "Sans-B", 9, 12, align=TA_LEFT, color=GREEN, spaceBefore=4, spaceAfter=3)
    flows = [
        h1("Les comptes de l'exercice", GREEN),
        P("Établis selon le règlement ANC n°~2018-06, les comptes 2024 ont été arrêtés par le conseil "
          "d'administration le 3~avril~2025. Les ressources "
          "ont presque doublé d'un exercice à l'autre~: le mécénat d'entreprises en fournit désormais 45~%, "
          "contre 28~% en 2023, tandis que la dotation des fondateurs reste stable.", body),
        Spacer(1, 8),
        P("Tableau A – Emplois (en milliers d'euros)", cap),
        fin_table([
            ["Soutiens aux projets", "1~100", "2~400"],
            ["Accompagnement des porteurs", "210", "385"],
            ["Fonctionnement et recherche de fonds", "225", "295"],
            ["Total des emplois", "1~535", "3~080"],
        ], ["Emplois", "Exercice 2023", "Exercice 2024"], [CW - 200, 100, 100]),
        Spacer(1, 3),
        P("Lecture~: en 2024, les soutiens aux projets ont mobilisé 2~400~k€ sur un total de 3~080~k€ d'emplois.",
          NOTE),
        Spacer(1, 8),
        P("Tableau B – Ressources (en milliers d'euros)", cap),
        fin_table([
            ["Dotation des fondateurs", "1~050", "1~050"],
            ["Mécénat d'entreprises", "420", "1~310"],
            ["Subventions publiques", "–", "460"],
            ["Dons de particuliers", "35", "88"],
            ["Total des ressources", "1~505", "2~908"],
        ], ["Ressources", "Exercice 2023", "Exercice 2024"], [CW - 200, 100, 100]),
        Spacer(1, 8),
        P("L'écart entre emplois et ressources de l'exercice 2024 (172~k€) est couvert par le report des "
          "ressources non utilisées des exercices antérieurs<super>3</super>.", body),
    ]
    fill(c, ML, 120, CW, H - 60 - 120, flows, "d1p3")
    rule(c, ML, ML + 120, 100)
    fill(c, ML, 50, CW, 46, [
        P("3. Comptes certifiés par le commissaire aux comptes~; le détail figure dans l'annexe financière, "
          "disponible sur demande. Les dons des entreprises ouvrent droit à la réduction d'impôt prévue à "
          "l'article 238~bis du code général des impôts.", SMALL)], "d1p3n")
    d1_footer(c, 5, "Rapport annuel 2024 · Les comptes")
    c.showPage()

    # --- page 4 (imprimée 6) : projets par thème
    d1_frame(c, 6, "")
    flows = [
        h1("Les projets soutenus par thème", GREEN),
        P("L'emploi reste le premier domaine soutenu, mais il ne concentre plus que 30~% des montants, "
          "contre 41~% en 2023~: la transition écologique et l'éducation progressent nettement.", body),
        Spacer(1, 8),
        P("Tableau C – Projets soutenus en 2024, par thème", cap),
        fin_table([
            ["Emploi et insertion", "17", "720", "30~%"],
            ["Éducation et jeunesse", "14", "530", "22~%"],
            ["Transition écologique", "12", "480", "20~%"],
            ["Santé et lien social", "11", "380", "16~%"],
            ["Culture et sport", "10", "290", "12~%"],
            ["Ensemble", "64", "2~400", "100~%"],
        ], ["Thème", "Projets", "Montant (k€)", "Part des montants"], [CW - 270, 70, 100, 100]),
        Spacer(1, 10),
        h2("Trois projets emblématiques", GREEN),
        P("<b>Emploi.</b> Dans le Pas-de-Calais, un groupement de 9~associations et de 4~entreprises a "
          "accompagné 126~demandeurs d'emploi vers une formation qualifiante.", body),
        Spacer(1, 4),
        P("<b>Transition écologique.</b> En Occitanie, une recyclerie partagée par 6~communes a détourné "
          "de l'enfouissement 85~tonnes d'objets en un an.", body),
        Spacer(1, 4),
        P("<b>Éducation.</b> En Bretagne, 14~collèges ont ouvert leurs portes à des mentors issus de "
          "12~entreprises locales.", body),
    ]
    fill(c, ML, 60, CW, H - 60 - 60, flows, "d1p4")
    d1_footer(c, 6, "Rapport annuel 2024 · Les projets soutenus")
    c.showPage()
    c.save()


# ---------------------------------------------------------------------------
# Document 2 : questionnaire annoté (3 pages)
BLUE = colors.HexColor("#1d3f73")
LBLUE = colors.HexColor("#e6ecf5")


def d2_header(c):
    c.setFillColor(BLUE)
    c.rect(0, H - 44, W, 44, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont("Sans-B", 9)
    c.drawString(ML, H - 27, N("IMPACTS & TRAJECTOIRES – Élus locaux"))
    c.setFont("Sans", 8.5)
    c.drawRightString(W - MR, H - 27, N("Annexe B · Questionnaire annoté"))


def d2_footer(c, printed):
    rule(c, ML, W - MR, 40, BLUE, 0.5)
    c.setFont("Sans", 7.5)
    c.setFillColor(colors.HexColor("#444444"))
    c.drawString(ML, 28, N("Observatoire des partenariats · Rapport publié en novembre 2024"))
    c.setFont("Sans-B", 9)
    c.drawRightString(W - MR, 27, str(printed))


QST = style("q", "Sans-B", 9.6, 12.5, align=TA_LEFT, color=BLUE, spaceBefore=2, spaceAfter=2)
BASE = style("base", "Sans-I", 8.2, 10.5, align=TA_LEFT, color=colors.HexColor("#444444"), spaceAfter=3)
ANNOT = style("annot", "Sans", 8.4, 11, align=TA_LEFT, color=colors.HexColor("#222222"))


def modal_table(rows, bold_last=False):
    data = [[P(a, ANNOT), N(b)] for a, b in rows]
    t = Table(data, colWidths=[CW - 170, 70], hAlign="LEFT")
    ts = [("FONTNAME", (1, 0), (1, -1), "Sans-B"), ("FONTSIZE", (1, 0), (1, -1), 8.6),
          ("ALIGN", (1, 0), (1, -1), "RIGHT"), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
          ("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.HexColor("#b8c4d8")),
          ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
          ("LEFTPADDING", (0, 0), (0, -1), 14)]
    if bold_last:
        ts.append(("BACKGROUND", (0, -1), (-1, -1), LBLUE))
    t.setStyle(TableStyle(ts))
    return t


def question(num, text, base, rows, after=None, bold_last=False):
    out = [P("Q%d. %s" % (num, text), QST), P(base, BASE), modal_table(rows, bold_last)]
    if after:
        out.append(Spacer(1, 2))
        out.extend(P(a, ANNOT) for a in after)
    out.append(Spacer(1, 10))
    return out


def doc2(path):
    c = rl_canvas.Canvas(path, pagesize=A4)
    c.setTitle("IMPACTS & TRAJECTOIRES - Elus locaux - questionnaire annoté")
    c.setAuthor("Observatoire des partenariats")
    c.setCreator("notes-s96/make_docs.py")

    # --- page 1 (imprimée 41)
    d2_header(c)
    meth = Table([[P(
        "<b>Méthode.</b> Enquête téléphonique réalisée du 30~septembre au 28~octobre~2024 auprès de 302~maires, "
        "échantillon représentatif des communes par taille et par région. Chaque part est calculée sur les "
        "répondants à la question~; les non-réponses sont indiquées à part. Entre crochets, le résultat de "
        "l'édition 2020 (étude IMPACT – Élus locaux) quand la question était identique. Marge d'erreur "
        "maximale~: ±5,6~points.", ANNOT)]],
        colWidths=[CW])
    meth.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), LBLUE), ("BOX", (0, 0), (-1, -1), 0.8, BLUE),
                              ("TOPPADDING", (0, 0), (-1, -1), 7), ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
                              ("LEFTPADDING", (0, 0), (-1, -1), 9), ("RIGHTPADDING", (0, 0), (-1, -1), 9)]))
    flows = [h1("Questionnaire annoté", BLUE, 18), meth, Spacer(1, 12)]
    flows += question(1, "Diriez-vous que votre territoire est en mouvement~?",
                      "Base~: ensemble des répondants.",
                      [("Oui, fortement", "35~%"), ("Oui, ni plus ni moins qu'avant", "56~%"),
                       ("Non, plutôt à l'arrêt", "8~%"), ("Non-réponse", "1~%"),
                       ("<b>Sous-total «~en mouvement~»</b>", "91~%")], bold_last=True)
    flows += question(2, "Quelle est la population de votre commune~?",
                      "Base~: ensemble des répondants (question de calage, sans non-réponse).",
                      [("Moins de 500~habitants", "52~%"), ("De 500 à 1~999~habitants", "32~%"),
                       ("De 2~000 à 9~999~habitants", "12~%"), ("10~000~habitants et plus", "4~%")],
                      after=["<i>Lecture~: 84~% des répondants dirigent une commune de moins de "
                             "2~000~habitants.</i>"])
    fill(c, ML, 60, CW, H - 64 - 60, flows, "d2p1")
    d2_footer(c, 41)
    c.showPage()

    # --- page 2 (imprimée 42)
    d2_header(c)
    flows = []
    flows += question(3, "Depuis 2020, votre commune a-t-elle engagé une démarche de co-construction avec "
                         "d'autres acteurs du territoire~?",
                      "Base~: 298~répondants (4~non-réponses).",
                      [("Oui, plusieurs démarches", "41~%"), ("Oui, une seule", "27~%"),
                       ("Non, mais c'est en projet", "19~%"), ("Non", "13~%")])
    flows += question(4, "Avec quels acteurs~? <font name='Sans-I' size='8.6'>(plusieurs réponses "
                         "possibles)</font>",
                      "Base~: 203~maires ayant engagé au moins une démarche.",
                      [("Associations", "78~%"), ("Autres collectivités", "71~%"), ("Entreprises", "46~%"),
                       ("Établissements scolaires", "38~%"), ("Fondations", "12~%")],
                      after=["<i>Total supérieur à 100~%~: un même maire peut citer plusieurs types "
                             "d'acteurs.</i>"])
    flows += [P("Note de lecture", style("nl", "Sans-B", 9, 12, align=TA_LEFT, color=BLUE, spaceAfter=2)),
              P("Les associations restent le premier partenaire des communes, devant les autres collectivités. "
                "Les entreprises progressent, mais restent citées par moins d'un maire sur deux parmi ceux qui "
                "ont déjà engagé une démarche.", ANNOT)]
    fill(c, ML, 60, CW, H - 64 - 60, flows, "d2p2")
    d2_footer(c, 42)
    c.showPage()

    # --- page 3 (imprimée 43)
    d2_header(c)
    flows = []
    flows += question(5, "Souhaitez-vous vous appuyer davantage sur le «~jouer collectif~» pour conduire vos "
                         "projets~?",
                      "Base~: 296~répondants~; non-réponses~: 2~%.",
                      [("Oui, certainement", "29~%"), ("Oui, probablement", "42~%"), ("Non", "29~%")],
                      after=["<b>Ensemble «~oui~»~: 71~%</b> [2020~: 64~%]"])
    flows += question(6, "Sur une échelle de 0 à 10, quelle utilité accordez-vous à la co-construction pour "
                         "votre territoire~?",
                      "Base~: 300~répondants.",
                      [("Note moyenne", "7,4/10")])
    flows += question(7, "Savez-vous comment piloter une démarche d'alliance sur votre territoire~?",
                      "Base~: 299~répondants.",
                      [("Non", "43~% [2020~: 46~%]"), ("Oui", "57~%")])
    flows += question(8, "Combien de partenaires mobilisez-vous, en moyenne, par démarche~?",
                      "Base~: 203~maires ayant engagé au moins une démarche.",
                      [("Nombre moyen de partenaires cités", "3,2"), ("Part citant cinq partenaires ou plus", "14~%")])
    flows += [P("<i>Les tris par strate de population et par région sont disponibles sur demande auprès de "
                "l'Observatoire.</i>", ANNOT)]
    fill(c, ML, 60, CW, H - 64 - 60, flows, "d2p3")
    d2_footer(c, 43)
    c.showPage()
    c.save()


# ---------------------------------------------------------------------------
# Document 3 : étude sectorielle avec graphiques (4 pages)
TEAL = colors.HexColor("#0f6e73")
SAND = colors.HexColor("#d98c2b")
LTEAL = colors.HexColor("#e2f0f0")


def d3_header(c):
    c.setFont("Sans", 8)
    c.setFillColor(TEAL)
    c.drawString(ML, H - 32, N("Observatoire des partenariats · Étude sectorielle"))
    c.drawRightString(W - MR, H - 32, N("Les associations et leurs partenaires"))
    rule(c, ML, W - MR, H - 38, TEAL, 0.6)


def d3_footer(c, printed):
    c.setFillColor(TEAL)
    c.rect(W - MR - 22, 22, 22, 16, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont("Sans-B", 9)
    c.drawCentredString(W - MR - 11, 27, str(printed))
    c.setFillColor(colors.HexColor("#444444"))
    c.setFont("Sans", 7.5)
    c.drawString(ML, 27, N("Le RAMEAU · Étude publiée en juin 2021"))


CAP3 = style("cap3", "Sans-B", 9.2, 12, align=TA_LEFT, color=TEAL, spaceAfter=4)
SRC3 = style("src3", "Sans-I", 7.4, 9.4, align=TA_LEFT, color=colors.HexColor("#444444"), spaceBefore=2)


def doc3(path):
    c = rl_canvas.Canvas(path, pagesize=A4)
    c.setTitle("Etude sectorielle - Les associations et leurs partenaires")
    c.setAuthor("Observatoire des partenariats")
    c.setCreator("notes-s96/make_docs.py")
    body = BODY_S

    # --- page 1 (imprimée 12)
    d3_header(c)
    flows = [
        h1("Les associations et leurs partenaires", TEAL, 18),
        P("<i>Étude sectorielle de l'Observatoire des partenariats, juin~2021</i>",
          style("sub", "Sans-I", 9.5, 12, align=TA_LEFT, color=TEAL, spaceAfter=8)),
        P("La France compte 148~000 associations employeuses, et 98~% d'entre elles ont noué au moins un "
          "partenariat, soit plus de 145~000 structures (étude IMPACT – Associations &amp; Territoires, "
          "programme 2018-2022). L'enquête «~Associations &amp; Partenariats~», menée en mai et juin~2016 auprès "
          "de plus de 1~380~responsables associatifs et publiée en mars~2017, comptait déjà 2,5~partenaires "
          "par association en moyenne.", body),
        Spacer(1, 12),
        P("Graphique 1 – Part des associations employeuses qui travaillent avec chaque type de partenaire", CAP3),
        HBarChart(CW, [("Collectivités territoriales", [89]), ("Structures d'intérêt général", [73]),
                       ("Établissements scolaires", [70]), ("Collectifs d'associations", [56]),
                       ("Acteurs publics nationaux", [52]), ("Fédérations professionnelles", [37]),
                       ("Acteurs académiques", [35])], [TEAL], legend=None, bar_h=13, group_gap=8),
        P("Source~: Le RAMEAU, étude IMPACT – Associations &amp; Territoires. Champ~: associations employeuses. "
          "Plusieurs réponses possibles~: le total dépasse 100~%.", SRC3),
        Spacer(1, 10),
        P("Les collectivités territoriales arrivent nettement en tête~: près de neuf associations employeuses "
          "sur dix travaillent avec elles. Viennent ensuite les structures d'intérêt général et les "
          "établissements scolaires, loin devant le monde académique.", body),
    ]
    fill(c, ML, 55, CW, H - 58 - 55, flows, "d3p1")
    d3_footer(c, 12)
    c.showPage()

    # --- page 2 (imprimée 13)
    d3_header(c)
    flows = [
        h2("Le partenariat avec les entreprises, secteur par secteur", TEAL, 13),
        P("Dans l'enquête de 2016, 28~% des associations déclaraient un partenariat avec une entreprise, loin "
          "derrière les collectivités (74~%). Le graphique 2 compare cette proportion selon le secteur "
          "d'activité, entre l'enquête de 2016 et la vague complémentaire de novembre~2020.", body),
        Spacer(1, 12),
        P("Graphique 2 – Part des associations ayant au moins un partenaire entreprise, par secteur", CAP3),
        HBarChart(CW, [("Sport", [31, 36]), ("Culture", [27, 33]), ("Action sociale et santé", [24, 30]),
                       ("Éducation et jeunesse", [29, 35]), ("Environnement", [33, 41])],
                  [SAND, TEAL], legend=["Enquête 2016", "Vague 2020"], bar_h=10, group_gap=10,
                  ticks=(0, 10, 20, 30, 40, 50), maxv=50),
        P("Sources~: Recherches &amp; Solidarités et Le RAMEAU, enquête «~Associations &amp; Partenariats~» "
          "(terrain mai-juin~2016)~; Observatoire des partenariats, vague complémentaire (novembre~2020).", SRC3),
        Spacer(1, 10),
        P("L'environnement est le secteur où le lien avec les entreprises est le plus fréquent, et celui où il "
          "a le plus progressé. L'action sociale et la santé restent en retrait, malgré une hausse comparable "
          "à celle des autres secteurs.", body),
    ]
    fill(c, ML, 55, CW, H - 58 - 55, flows, "d3p2")
    d3_footer(c, 13)
    c.showPage()

    # --- page 3 (imprimée 14)
    d3_header(c)
    flows = [
        h2("Le budget pèse plus que le secteur", TEAL, 13),
        P("La moitié des associations dont le budget dépasse 150~000~€ ont un partenaire entreprise, contre "
          "20~% de celles dont le budget est inférieur à 10~000~€ (enquête 2016).", body),
        Spacer(1, 12),
        P("Graphique 3 – Formes de partenariat pratiquées par les associations employeuses", CAP3),
        HBarChart(CW, [("Mécénat", [75]), ("Innovation sociétale", [73]), ("Pratiques responsables", [70]),
                       ("Coopération économique", [58])], [TEAL], bar_h=13, group_gap=8),
        P("Source~: Le RAMEAU, étude IMPACT – Associations &amp; Territoires (programme 2018-2022).", SRC3),
        Spacer(1, 10),
        P("Les partenariats restent d'abord locaux~: 73~% des associations employeuses agissent avec leurs "
          "partenaires à l'échelle locale et 47~% à l'échelle régionale.", body),
        Spacer(1, 10),
        P("<b>Rappel.</b> Une note de l'Observatoire datée du 29~février~2016 indiquait que 37~% des entreprises "
          "d'au moins 10~salariés et 38~% des associations – 53~% parmi les associations employeuses – avaient "
          "noué un partenariat, une proportion qui montait à 65~% chez les «~pionniers~».", body),
    ]
    fill(c, ML, 55, CW, H - 58 - 55, flows, "d3p3")
    d3_footer(c, 14)
    c.showPage()

    # --- page 4 (imprimée 15)
    d3_header(c)
    flows = [
        h2("Profils sectoriels", TEAL, 13),
        P("Tableau 1 – Partenariats des associations employeuses, par secteur (vague 2020)", CAP3),
        fin_table([
            ["Sport", "97~%", "2,8"],
            ["Culture", "96~%", "2,4"],
            ["Action sociale et santé", "99~%", "3,4"],
            ["Éducation et formation", "98~%", "3,1"],
        ], ["Secteur", "Au moins un partenaire", "Nombre moyen de partenaires"], [CW - 290, 140, 150],
            zebra=LTEAL, head_bg=TEAL),
        Spacer(1, 3),
        P("Lecture~: dans l'action sociale et la santé, 99~% des associations employeuses ont au moins un "
          "partenaire, avec 3,4~partenaires en moyenne.", NOTE),
        Spacer(1, 12),
        h2("En synthèse", TEAL, 11.5),
        P("Les écarts entre secteurs sont faibles au regard de la conviction partagée par tous les acteurs~: "
          "74~% des Français, 81~% des dirigeants d'entreprise, 86~% des responsables associatifs et 87~% des "
          "maires voient dans les partenariats une source d'innovation (programme IMPACT).", body),
        Spacer(1, 6),
        P("Pour les associations, l'enjeu n'est plus d'avoir des partenaires, mais de mieux articuler "
          "des alliances de natures différentes au service de leur projet.", body),
    ]
    fill(c, ML, 55, CW, H - 58 - 55, flows, "d3p4")
    d3_footer(c, 15)
    c.showPage()
    c.save()


# ---------------------------------------------------------------------------
# Document 4 : compte rendu de webinaire (2 pages)
PLUM = colors.HexColor("#6a2c5a")
LPLUM = colors.HexColor("#f3e8f0")


def d4_header(c):
    c.setFont("Sans-B", 8.5)
    c.setFillColor(PLUM)
    c.drawString(ML, H - 32, N("Compte rendu · 5e webinaire «~L'ODD~17 en pratique~»"))
    rule(c, ML, W - MR, H - 38, PLUM, 0.6)


def d4_footer(c, printed):
    rule(c, ML, W - MR, 40, PLUM, 0.4)
    c.setFont("Sans", 7.5)
    c.setFillColor(colors.HexColor("#444444"))
    c.drawString(ML, 28, N("Le RAMEAU – Observatoire des partenariats"))
    c.drawRightString(W - MR, 28, N("%d/2" % printed))


def doc4(path):
    c = rl_canvas.Canvas(path, pagesize=A4)
    c.setTitle("Compte rendu du 5e webinaire L'ODD 17 en pratique")
    c.setAuthor("Le RAMEAU")
    c.setCreator("notes-s96/make_docs.py")
    body = BODY
    sec = style("sec", "Sans-B", 10.5, 13, align=TA_LEFT, color=PLUM, spaceBefore=8, spaceAfter=3)
    small = style("sm4", "Sans", 8.6, 11.5, align=TA_LEFT)

    # --- page 1
    d4_header(c)
    info = Table([
        [P("<b>Date</b>", small), P("Jeudi 26~novembre~2020, de 11~h à 12~h~30, en ligne", small)],
        [P("<b>Participants</b>", small), P("184~inscrits", small)],
        [P("<b>Intervenants</b>", small), P(
            "• la directrice générale du RAMEAU<br/>"
            "• la directrice scientifique de l'Observatoire des partenariats<br/>"
            "• Sophie Marchal, chargée de mission «~alliances~» d'une communauté d'agglomération<br/>"
            "• Karim Benali, responsable mécénat d'une entreprise industrielle", small)],
    ], colWidths=[90, CW - 90])
    info.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), LPLUM), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                              ("LINEBELOW", (0, 0), (-1, -2), 0.4, colors.white),
                              ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
    flows = [
        h1("L'ODD~17 en pratique~: du constat à l'action", PLUM, 17),
        info,
        P("1. Ouverture", sec),
        P("La directrice générale du RAMEAU a rappelé que l'ODD~17 compte 19~cibles et que le laboratoire a "
          "conduit, depuis 2006, des expérimentations auprès de plus de 500~organisations. Elle a cité au passage "
          "les plus de 1~000~exemples inspirants recensés en quinze ans de recherche.", body),
        P("2. Le Fonds ODD~17", sec),
        P("Co-créé cette année par Le RAMEAU et la Fondation TotalEnergies, le Fonds dispose d'une dotation de "
          "1,5~M€ pour une expérimentation sur 3~ans~; il doit permettre de former 350~catalyseurs "
          "territoriaux.", body),
        P("3. Retour d'expérience territorial", sec),
        P("Sophie Marchal a présenté la démarche de son agglomération, l'un des 11~territoires pionniers du "
          "parcours d'expérience lancé avec le CGET<super>1</super>. En 18~mois, le territoire a réuni "
          "46~structures autour de trois chantiers~; la mobilité des jeunes est celui qui a le plus avancé.",
          body),
    ]
    fill(c, ML, 100, CW, H - 56 - 100, flows, "d4p1")
    rule(c, ML, ML + 120, 90)
    fill(c, ML, 50, CW, 36, [
        P("1. Au lancement, le CGET annonçait 10~territoires pilotes~; le chiffre de 11 retenu ici est celui de "
          "la liste définitive.", SMALL)], "d4p1n")
    d4_footer(c, 1)
    c.showPage()

    # --- page 2
    d4_header(c)
    qa = style("qa", "Serif", 9.4, 12.8, leftIndent=10)
    flows = [
        P("4. Le regard d'un mécène", sec),
        P("Karim Benali a décrit l'engagement de son entreprise de 1~200~salariés. Il s'appuie sur une donnée "
          "récente~: 84~% des dirigeants de TPE et de PME jugent utile de co-construire pour sortir de la crise, "
          "comme 81~% des Français~; plus de 250~données ont été inventoriées pour l'établir.", body),
        P("5. Questions du public", sec),
        P("<b>Q~:</b> Les petites communes peuvent-elles suivre~?<br/><b>R~:</b> Oui~: 64~% des élus locaux "
          "souhaitent s'appuyer sur le «~jouer collectif~», et la proportion atteint 70~% dans les communes de "
          "moins de 3~500~habitants.", qa),
        Spacer(1, 4),
        P("<b>Q~:</b> Les fondations sont-elles prêtes à suivre le mouvement~?<br/><b>R~:</b> L'étude IMPACT "
          "Fondations &amp; Territoires a interrogé 42~fondations~: trois sur quatre se disent prêtes à "
          "co-financer des projets de territoire.", qa),
        Spacer(1, 4),
        P("<b>Q~:</b> Où en est la Fondation des Territoires~?<br/><b>R~:</b> Sa préfiguration, lancée en "
          "juillet~2018, se déroule en trois étapes~; la création est visée pour 2022, avec une vingtaine de "
          "co-fondateurs.", qa),
        P("6. Et après~?", sec),
        P("Le public a adressé 27~questions écrites, dont 9 ont été traitées en séance~; les autres recevront "
          "une réponse par courriel. Prochain rendez-vous~: le 6e webinaire, le 17~décembre.", body),
    ]
    fill(c, ML, 60, CW, H - 56 - 60, flows, "d4p2")
    d4_footer(c, 2)
    c.showPage()
    c.save()


# ---------------------------------------------------------------------------
# Document 5 : fiche Repère en deux colonnes (3 pages)
RED = colors.HexColor("#a23b2a")
LRED = colors.HexColor("#f7e9e5")
GAP = 18
COLW = (CW - GAP) / 2.0


def d5_header(c, printed):
    c.setFillColor(RED)
    c.rect(ML, H - 40, 70, 16, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont("Sans-B", 8.5)
    c.drawCentredString(ML + 35, H - 35, "REPÈRE")
    c.setFillColor(RED)
    c.setFont("Sans", 8.5)
    c.drawString(ML + 80, H - 35, N("Fiche Repère n°~7 · Le devoir d'alliance"))
    c.drawRightString(W - MR, H - 35, N("Édition janvier 2025"))


def d5_footer(c, printed):
    rule(c, ML, W - MR, 40, RED, 0.5)
    c.setFont("Sans", 7.5)
    c.setFillColor(colors.HexColor("#444444"))
    c.drawString(ML, 28, N("Observatoire des partenariats – Le RAMEAU"))
    c.setFont("Sans-B", 8.5)
    c.drawRightString(W - MR, 28, N("p.~%d" % printed))


def keybox(lines, title="Chiffres clés"):
    kt = style("kt", "Sans-B", 9.5, 12, align=TA_LEFT, color=RED)
    kl = style("kl", "Sans", 8.8, 11.6, align=TA_LEFT)
    data = [[P(title, kt)]] + [[P(x, kl)] for x in lines]
    t = Table(data, colWidths=[COLW])
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), LRED), ("LINEABOVE", (0, 0), (-1, 0), 2.5, RED),
                           ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                           ("LEFTPADDING", (0, 0), (-1, -1), 8), ("RIGHTPADDING", (0, 0), (-1, -1), 8)]))
    return t


def quote(text, who):
    qs = style("qs", "Serif-I", 10, 13.5, align=TA_LEFT, color=RED)
    ws = style("ws", "Sans", 7.8, 10, align=TA_RIGHT, color=colors.HexColor("#444444"))
    t = Table([[P(text, qs)], [P(who, ws)]], colWidths=[COLW])
    t.setStyle(TableStyle([("LINEBEFORE", (0, 0), (0, -1), 2, RED), ("LEFTPADDING", (0, 0), (-1, -1), 10),
                           ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
    return t


def doc5(path):
    c = rl_canvas.Canvas(path, pagesize=A4)
    c.setTitle("Fiche Repère n°7 - Le devoir d'alliance")
    c.setAuthor("Observatoire des partenariats")
    c.setCreator("notes-s96/make_docs.py")
    body = style("b5", "Sans", 8.9, 12, align=TA_LEFT)
    h5 = style("h5", "Sans-B", 10.5, 13, align=TA_LEFT, color=RED, spaceBefore=6, spaceAfter=3)
    bul = style("bul5", "Sans", 8.9, 12, align=TA_LEFT, leftIndent=10, bulletIndent=0)
    top = H - 50
    col_y, col_h = 110, None

    # --- page 1 (recto)
    d5_header(c, 1)
    fill(c, ML, top - 70, CW, 66, [
        P("Le devoir d'alliance, vu par les Français, les maires et les dirigeants",
          style("t5", "Sans-B", 16, 19, align=TA_LEFT, color=RED, spaceAfter=4)),
        P("Ce que disent les enquêtes de l'Observatoire des partenariats, de 2008 à 2024",
          style("s5", "Sans-I", 9.5, 12, align=TA_LEFT, color=colors.HexColor("#444444"))),
    ], "d5p1t")
    col_h = top - 80 - col_y
    left = [
        keybox(["<b>81~%</b> des Français~: «~devoir d'alliance~»",
                "<b>92~%</b> des maires~: «~besoin d'alliance~»",
                "<b>84~%</b> des dirigeants d'entreprise~: «~envie d'alliance~»",
                "Plus de <b>2~000</b> personnes interrogées pour PHARE-Citoyens"]),
        P("Les Français", h5),
        P("L'adhésion des Français a nettement progressé~: ils étaient 69~% à parler de «~devoir d'alliance~» "
          "lors de l'enquête PHARE-Citoyens de septembre~2015 (voir p.~2), ils sont aujourd'hui 81~%.", body),
        Spacer(1, 4),
        P("Les vagues ARPEA donnaient déjà 86~% en 2008 et 84~% en 2012 de Français jugeant urgent de créer "
          "des partenariats.", body),
    ]
    right = [
        quote("«~Quand 87~% des maires voient dans les partenariats une source d'innovation, il ne s'agit plus "
              "de convaincre, mais d'outiller.~»", "Une maire d'une commune rurale du Jura"),
        P("Les dirigeants d'entreprise", h5),
        P("Dès 2011, l'étude ARPEA Entreprises &amp; Territoires montrait que 21~% des entreprises développaient "
          "des partenariats, 33~% le souhaitaient et 46~% ne le souhaitaient pas.", body),
        Spacer(1, 4),
        P("À l'automne 2015, PHARE-Entreprises relevait que 81~% des dirigeants voyaient dans les partenariats "
          "une source d'innovation.", body),
    ]
    fill(c, ML, col_y, COLW, col_h, left, "d5p1l")
    fill(c, ML + COLW + GAP, col_y, COLW, col_h, right, "d5p1r")
    d5_footer(c, 1)
    c.showPage()

    # --- page 2 (verso)
    d5_header(c, 2)
    fill(c, ML, top - 40, CW, 36, [
        P("PHARE-Citoyens~: les attentes des Français (septembre~2015)",
          style("t5b", "Sans-B", 14, 17, align=TA_LEFT, color=RED)),
    ], "d5p2t")
    col_h2 = top - 50 - col_y
    notes = Table([[N("Enjeu"), N("Note sur 10")], ["Emploi", "7,1"], [N("Pouvoir d'achat"), "6,6"],
                   [N("Sécurité¹"), "6,6"], [N("Développement économique"), "6,5"], ["Environnement", "6,3"],
                   ["Exclusion", "6,3"]], colWidths=[COLW - 70, 70])
    notes.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, 0), "Sans-B"), ("FONTNAME", (0, 1), (-1, -1), "Sans"),
                               ("FONTSIZE", (0, 0), (-1, -1), 8.8), ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
                               ("BACKGROUND", (0, 0), (-1, 0), RED), ("ALIGN", (1, 0), (1, -1), "RIGHT"),
                               ("LINEBELOW", (0, 1), (-1, -1), 0.3, colors.HexColor("#d9b3ab")),
                               ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
    left = [
        P("Les notes des enjeux prioritaires", h5),
        P("Les personnes interrogées ont noté l'importance de chaque enjeu pour leur territoire~:", body),
        Spacer(1, 4),
        notes,
        Spacer(1, 6),
        P("L'emploi domine nettement~; l'environnement et l'exclusion ferment la marche, à égalité.", body),
    ]
    right = [
        P("Là où les partenariats ont le plus d'impact", h5),
        P("Part des personnes interrogées qui jugent fort l'impact des partenariats sur~:", body),
        Spacer(1, 3),
        P("l'emploi~: 49~%", bul, bulletText="•"),
        P("le développement économique~: 46~%", bul, bulletText="•"),
        P("l'environnement~: 42~%", bul, bulletText="•"),
        P("la précarité~: 36~%", bul, bulletText="•"),
        P("l'éducation~: 36~%", bul, bulletText="•"),
        Spacer(1, 6),
        quote("«~Les citoyens ne demandent pas qui agit, mais que les acteurs agissent ensemble.~»",
              "Un responsable associatif, Hauts-de-France"),
        Spacer(1, 4),
        P("Sur les maires et les territoires, voir p.~3.", body),
    ]
    fill(c, ML, col_y, COLW, col_h2, left, "d5p2l")
    fill(c, ML + COLW + GAP, col_y, COLW, col_h2, right, "d5p2r")
    rule(c, ML, ML + 120, 96)
    fill(c, ML, 50, CW, 42, [
        P("¹ Une présentation publiée à l'automne 2015 indiquait 7/10 pour la sécurité~; la note de 6,6 est celle "
          "du rapport de résultats.", SMALL)], "d5p2n")
    d5_footer(c, 2)
    c.showPage()

    # --- page 3
    d5_header(c, 3)
    fill(c, ML, top - 40, CW, 36, [
        P("Les maires et leurs territoires", style("t5c", "Sans-B", 14, 17, align=TA_LEFT, color=RED)),
    ], "d5p3t")
    left = [
        P("PHARE-Institutions (novembre~2016)", h5),
        P("87~% des maires voient dans les partenariats une source d'innovation. L'étude distingue cinq profils "
          "de maires selon leur rapport aux alliances.", body),
        Spacer(1, 4),
        P("Le programme IMPACT", h5),
        P("Selon le programme IMPACT, 76~% des maires estiment leur territoire engagé, mais 46~% ne savent pas "
          "comment piloter une démarche d'alliance.", body),
        Spacer(1, 4),
        P("En 2024", h5),
        P("91~% des maires voient leur territoire en mouvement (35~% fortement, 56~% ni plus ni moins)~; "
          "84~% des 302~répondants dirigent une commune de moins de 2~000~habitants.", body),
    ]
    right = [
        keybox(["<b>13</b> rapports régionaux publiés en 2016",
                "<b>6</b> volets pour le programme PHARE"], "Chiffres clés"),
        Spacer(1, 8),
        quote("«~Sur mon territoire de 1~800~habitants, rien ne se fait sans les associations.~»",
              "Un maire de l'Orne"),
        Spacer(1, 8),
        P("Pour aller plus loin~: les attentes des Français, voir p.~2~; les dirigeants d'entreprise, voir "
          "p.~1.", body),
    ]
    fill(c, ML, col_y, COLW, col_h2, left, "d5p3l")
    fill(c, ML + COLW + GAP, col_y, COLW, col_h2, right, "d5p3r")
    d5_footer(c, 3)
    c.showPage()
    c.save()


DOCS = [
    ("obs-s96-01-rapport-annuel-fondation.pdf", doc1),
    ("obs-s96-02-questionnaire-annote.pdf", doc2),
    ("obs-s96-03-etude-sectorielle.pdf", doc3),
    ("obs-s96-04-compte-rendu-webinaire.pdf", doc4),
    ("obs-s96-05-fiche-repere.pdf", doc5),
]


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    os.makedirs(out, exist_ok=True)
    for name, fn in DOCS:
        fn(os.path.join(out, name))
        print(os.path.join(out, name))


if __name__ == "__main__":
    main()
