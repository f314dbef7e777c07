#!/usr/bin/env python
"""Corpus s92 : cinq publications fictives dans la forme de l'Observatoire des partenariats.

Déterministe : rl_config.invariant = 1 ; deux exécutions donnent des PDF identiques octet pour octet.
Usage : /work/main/.venv/bin/python make_docs.py [dossier_de_sortie]
"""
import os
import re
import sys

from reportlab import rl_config

rl_config.invariant = 1

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (BaseDocTemplate, Flowable, Frame, FrameBreak, KeepTogether,
                                NextPageTemplate, PageBreak, PageTemplate, Paragraph, Spacer,
                                Table, TableStyle)

FONT_DIR = "/usr/share/fonts/truetype/dejavu"
pdfmetrics.registerFont(TTFont("DV", os.path.join(FONT_DIR, "DejaVuSans.ttf")))
pdfmetrics.registerFont(TTFont("DV-B", os.path.join(FONT_DIR, "DejaVuSans-Bold.ttf")))
pdfmetrics.registerFont(TTFont("DV-I", os.path.join(FONT_DIR, "DejaVuSans-Oblique.ttf")))
pdfmetrics.registerFont(TTFont("DV-BI", os.path.join(FONT_DIR, "DejaVuSans-BoldOblique.ttf")))
from reportlab.lib.fonts import addMapping

addMapping("DV", 0, 0, "DV")
addMapping("DV", 1, 0, "DV-B")
addMapping("DV", 0, 1, "DV-I")
addMapping("DV", 1, 1, "DV-BI")

W, H = A4
NB = "\u00a0"
GREEN = colors.HexColor("#1f6f5c")
LIGHT = colors.HexColor("#e6f2ee")
ORANGE = colors.HexColor("#d9822b")
GREY = colors.HexColor("#555555")


def fr(s):
    """Typographie française : espaces insécables avant % € : ; ? ! », après «, dans les milliers."""
    s = re.sub(r"(\d) (\d{3})(?!\d)", "\\1" + NB + "\\2", s)
    s = re.sub(r"(\d) (\d{3})(?!\d)", "\\1" + NB + "\\2", s)  # 1 056 300
    s = re.sub(r" ([%€:;?!»])", NB + "\\1", s)
    s = s.replace("« ", "«" + NB)
    s = s.replace(" k€", NB + "k€").replace(" M€", NB + "M€")
    s = re.sub(r"(\d) (points?|pts)\b", "\\1" + NB + "\\2", s)
    s = re.sub(r"\b(0\d) (\d\d) (\d\d) (\d\d) (\d\d)\b",
               lambda m: NB.join(m.groups()), s)  # numéros de téléphone insécables
    return s


SS = {
    "body": ParagraphStyle("body", fontName="DV", fontSize=9.2, leading=12.6, alignment=TA_JUSTIFY,
                           spaceAfter=5),
    "bodyL": ParagraphStyle("bodyL", fontName="DV", fontSize=9.2, leading=12.6, alignment=TA_LEFT,
                            spaceAfter=4),
    "small": ParagraphStyle("small", fontName="DV", fontSize=7.6, leading=9.6, textColor=GREY,
                            spaceAfter=2),
    "note": ParagraphStyle("note", fontName="DV", fontSize=7.4, leading=9.4, spaceAfter=1.5),
    "h1": ParagraphStyle("h1", fontName="DV-B", fontSize=17, leading=21, textColor=GREEN,
                         spaceAfter=8),
    "h2": ParagraphStyle("h2", fontName="DV-B", fontSize=11.5, leading=14.5, textColor=GREEN,
                         spaceBefore=4, spaceAfter=5),
    "h3": ParagraphStyle("h3", fontName="DV-B", fontSize=9.6, leading=12.4, spaceBefore=3,
                         spaceAfter=3),
    "bullet": ParagraphStyle("bullet", fontName="DV", fontSize=9.2, leading=12.4, leftIndent=12,
                             bulletIndent=2, spaceAfter=2.5),
    "chapo": ParagraphStyle("chapo", fontName="DV-B", fontSize=10.2, leading=14, alignment=TA_JUSTIFY,
                            spaceAfter=8),
    "quote": ParagraphStyle("quote", fontName="DV-I", fontSize=9.4, leading=13, leftIndent=14,
                            rightIndent=8, alignment=TA_JUSTIFY, spaceAfter=6),
    "boxT": ParagraphStyle("boxT", fontName="DV-B", fontSize=9.6, leading=12, textColor=GREEN,
                           spaceAfter=3),
    "box": ParagraphStyle("box", fontName="DV", fontSize=8.6, leading=11.2, spaceAfter=2.5),
    "big": ParagraphStyle("big", fontName="DV-B", fontSize=17, leading=20, textColor=GREEN,
                          alignment=TA_CENTER),
    "bigL": ParagraphStyle("bigL", fontName="DV", fontSize=8.2, leading=10.4, alignment=TA_CENTER),
    "cell": ParagraphStyle("cell", fontName="DV", fontSize=8.4, leading=10.4),
    "cellB": ParagraphStyle("cellB", fontName="DV-B", fontSize=8.4, leading=10.4),
    "cellBC": ParagraphStyle("cellBC", fontName="DV-B", fontSize=8.4, leading=10.4, alignment=TA_CENTER),
    "cellC": ParagraphStyle("cellC", fontName="DV", fontSize=8.4, leading=10.4, alignment=TA_CENTER),
    "coverT": ParagraphStyle("coverT", fontName="DV-B", fontSize=26, leading=32, textColor=GREEN,
                             spaceAfter=10),
    "coverS": ParagraphStyle("coverS", fontName="DV", fontSize=12.5, leading=17, textColor=GREY,
                             spaceAfter=8),
}


def P(text, style="body"):
    return Paragraph(fr(text), SS[style])


def B(text, style="bullet"):
    return Paragraph(fr(text), SS[style], bulletText="•")


def notes(*lines):
    out = [Spacer(1, 4), Rule(), Spacer(1, 2)]
    for ln in lines:
        out.append(P(ln, "note"))
    return out


class Rule(Flowable):
    def __init__(self, width=60 * mm):
        super().__init__()
        self.width = width
        self.height = 2

    def draw(self):
        self.canv.setStrokeColor(GREY)
        self.canv.setLineWidth(0.5)
        self.canv.line(0, 1, self.width, 1)


def box(flowables, width, bg=LIGHT, border=GREEN):
    t = Table([[flowables]], colWidths=[width])
    t.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, -1), bg),
        ("BOX", (0, 0), (-1, -1), 0.8, border),
        ("LEFTPADDING", (0, 0), (-1, -1), 7), ("RIGHTPADDING", (0, 0), (-1, -1), 7),
        ("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
    ]))
    return t


def data_table(rows, col_widths, header_rows=1, bold_rows=(), align_right_from=1):
    data = []
    for i, r in enumerate(rows):
        line = []
        for j, c in enumerate(r):
            st = "cellB" if (i < header_rows or i in bold_rows) else "cell"
            if j >= align_right_from and i >= header_rows:
                st = "cellC" if st == "cell" else "cellBC"
            line.append(Paragraph(fr(c), SS[st]))
        data.append(line)
    t = Table(data, colWidths=col_widths, repeatRows=header_rows)
    style = [
        ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#9bbfb3")),
        ("BACKGROUND", (0, 0), (-1, header_rows - 1), LIGHT),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    for r in bold_rows:
        style.append(("BACKGROUND", (0, r), (-1, r), colors.HexColor("#f3f3f3")))
    t.setStyle(TableStyle(style))
    return t


def fmt(v, dec):
    s = ("%." + str(dec) + "f") % v
    return s.replace(".", ",")


class HBars(Flowable):
    """Barres horizontales dessinées : libellé à gauche, étiquette de valeur au bout de chaque barre,
    légende en bas quand il y a plusieurs séries."""

    def __init__(self, title, cats, series_names, width, vmax=100, dec=0, unit="%",
                 label_w=None, bar_h=9, gap=7, colors_=(GREEN, ORANGE)):
        super().__init__()
        self.title, self.cats, self.series = title, cats, series_names
        self.width, self.vmax, self.dec, self.unit = width, vmax, dec, unit
        self.label_w = label_w or width * 0.42
        self.bar_h, self.gap, self.cols = bar_h, gap, colors_
        n = len(series_names)
        self.group_h = n * self.bar_h + self.gap + (4 if n > 1 else 0)
        self.title_lines = self._wrap(title, "DV-B", 8.4, width)
        self.height = 14 + 11 * len(self.title_lines) + len(cats) * self.group_h + (12 * n + 4 if n > 1 else 0)

    @staticmethod
    def _wrap(text, font, size, width):
        words, lines, cur = text.split(" "), [], ""
        for w_ in words:
            t = (cur + " " + w_).strip()
            if pdfmetrics.stringWidth(t, font, size) > width and cur:
                lines.append(cur)
                cur = w_
            else:
                cur = t
        lines.append(cur)
        return lines

    def draw(self):
        c = self.canv
        y = self.height - 10
        c.setFillColor(colors.black)
        for ln in self.title_lines:
            c.setFont("DV-B", 8.4)
            c.drawString(0, y, fr(ln))
            y -= 11
        y -= 4
        plot_w = self.width - self.label_w - 34
        n = len(self.series)
        for label, vals in self.cats:
            top = y
            lab_lines = self._wrap(label, "DV", 7.8, self.label_w - 6)
            c.setFillColor(colors.black)
            c.setFont("DV", 7.8)
            ly = top - (n * self.bar_h) / 2 - 3 + (len(lab_lines) - 1) * 4.5
            for ln in lab_lines:
                c.drawString(0, ly, fr(ln))
                ly -= 9
            for k, v in enumerate(vals):
                by = top - (k + 1) * self.bar_h
                bw = plot_w * v / self.vmax
                c.setFillColor(self.cols[k % len(self.cols)])
                c.rect(self.label_w, by + 1, bw, self.bar_h - 2, stroke=0, fill=1)
                c.setFillColor(colors.black)
                c.setFont("DV-B", 7.4)
                c.drawString(self.label_w + bw + 3, by + 2.2, fmt(v, self.dec) + NB + self.unit)
            y -= self.group_h
        if n > 1:
            y -= 4
            c.setFont("DV", 7.6)
            for k, name in enumerate(self.series):
                c.setFillColor(self.cols[k % len(self.cols)])
                c.rect(0, y, 8, 7, stroke=0, fill=1)
                c.setFillColor(colors.black)
                c.drawString(11, y + 0.5, fr(name))
                y -= 12


class VBars(Flowable):
    """Barres verticales : étiquette de valeur au-dessus de la barre, libellé court dessous."""

    def __init__(self, title, cats, width, height=120, vmax=100, unit="%", color=GREEN):
        super().__init__()
        self.title, self.cats, self.width, self.height = title, cats, width, height
        self.vmax, self.unit, self.color = vmax, unit, color

    def draw(self):
        c = self.canv
        c.setFont("DV-B", 8.4)
        c.setFillColor(colors.black)
        ty = self.height - 10
        for ln in HBars._wrap(self.title, "DV-B", 8.4, self.width):
            c.drawString(0, ty, fr(ln))
            ty -= 11
        n = len(self.cats)
        slot = self.width / n
        base = 24
        top = self.height - 44
        c.setStrokeColor(GREY)
        c.setLineWidth(0.5)
        c.line(0, base, self.width, base)
        for i, (lab, v) in enumerate(self.cats):
            x = i * slot + slot * 0.22
            bw = slot * 0.56
            bh = (top - base) * v / self.vmax
            c.setFillColor(self.color)
            c.rect(x, base, bw, bh, stroke=0, fill=1)
            c.setFillColor(colors.black)
            c.setFont("DV-B", 8)
            c.drawCentredString(x + bw / 2, base + bh + 3, fmt(v, 0) + NB + self.unit)
            c.setFont("DV", 7.4)
            lines = lab.split("|")
            yy = base - 10
            for ln in lines:
                c.drawCentredString(x + bw / 2, yy, fr(ln))
                yy -= 8.5


# --------------------------------------------------------------------------- gabarits de page

class Doc(BaseDocTemplate):
    def __init__(self, path, header, footer, title, first="cover", **kw):
        super().__init__(path, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                         topMargin=22 * mm, bottomMargin=20 * mm, title=title,
                         author="Observatoire des partenariats (corpus de test s92)",
                         creator="make_docs.py", subject=title, **kw)
        self.header, self.footer = header, footer
        fw = W - 40 * mm
        fh = H - 42 * mm
        gut = 7 * mm
        cw = (fw - gut) / 2
        self.col_w = cw
        self.full_w = fw
        one = Frame(20 * mm, 20 * mm, fw, fh, id="one", leftPadding=0, rightPadding=0,
                    topPadding=0, bottomPadding=0)
        cover = Frame(20 * mm, 20 * mm, fw, H - 40 * mm, id="cover", leftPadding=0,
                      rightPadding=0, topPadding=0, bottomPadding=0)
        left = Frame(20 * mm, 20 * mm, cw, fh, id="left", leftPadding=0, rightPadding=0,
                     topPadding=0, bottomPadding=0)
        right = Frame(20 * mm + cw + gut, 20 * mm, cw, fh, id="right", leftPadding=0,
                      rightPadding=0, topPadding=0, bottomPadding=0)
        # deux colonnes sous un bandeau pleine largeur
        band_h = 34 * mm
        band = Frame(20 * mm, 20 * mm + fh - band_h, fw, band_h, id="band", leftPadding=0,
                     rightPadding=0, topPadding=0, bottomPadding=0)
        left2 = Frame(20 * mm, 20 * mm, cw, fh - band_h, id="left2", leftPadding=0,
                      rightPadding=0, topPadding=0, bottomPadding=0)
        right2 = Frame(20 * mm + cw + gut, 20 * mm, cw, fh - band_h, id="right2", leftPadding=0,
                       rightPadding=0, topPadding=0, bottomPadding=0)
        tpls = [
            PageTemplate("cover", [cover], onPage=self._cover),
            PageTemplate("one", [one], onPage=self._decor),
            PageTemplate("two", [left, right], onPage=self._decor),
            PageTemplate("band2", [band, left2, right2], onPage=self._decor),
        ]
        tpls.sort(key=lambda t: t.id != first)
        self.addPageTemplates(tpls)

    def _cover(self, canv, doc):
        canv.saveState()
        canv.setFillColor(GREEN)
        canv.rect(0, H - 12 * mm, W, 12 * mm, stroke=0, fill=1)
        canv.restoreState()

    def _decor(self, canv, doc):
        n = canv.getPageNumber()
        canv.saveState()
        canv.setFont("DV", 7.6)
        canv.setFillColor(GREY)
        hl, hr = self.header
        canv.drawString(20 * mm, H - 13 * mm, fr(hl))
        canv.drawRightString(W - 20 * mm, H - 13 * mm, fr(hr))
        canv.setStrokeColor(GREEN)
        canv.setLineWidth(0.6)
        canv.line(20 * mm, H - 15 * mm, W - 20 * mm, H - 15 * mm)
        fl, fc = self.footer(n)
        canv.line(20 * mm, 14 * mm, W - 20 * mm, 14 * mm)
        canv.drawString(20 * mm, 10 * mm, fr(fl))
        canv.drawRightString(W - 20 * mm, 10 * mm, fr(fc))
        canv.restoreState()


def build(path, doc, story, expected_pages):
    doc.build(story)
    from pypdf import PdfReader
    n = len(PdfReader(path).pages)
    assert n == expected_pages, (path, n, expected_pages)


# --------------------------------------------------------------------------- 01 rapport d'activité

def doc01(out):
    path = os.path.join(out, "obs-s92-01-rapport-activite.pdf")
    doc = Doc(path, ("Passerelles Solidaires · Rapport d'activité 2023",
                     "Assemblée générale du 14 juin 2024"),
              lambda n: ("Passerelles Solidaires, association d'intérêt général", "page %d" % n),
              "Passerelles Solidaires - Rapport d'activité 2023")
    fw = doc.full_w
    s = [NextPageTemplate("one")]
    # p1 couverture (non numérotée)
    s += [Spacer(1, 30 * mm), P("PASSERELLES SOLIDAIRES", "coverS"),
          P("Rapport d'activité 2023", "coverT"),
          P("Alliances entre associations, entreprises et collectivités en Normandie", "coverS"),
          P("Présenté à l'assemblée générale du 14 juin 2024", "coverS"), Spacer(1, 12 * mm)]
    kb = [P("L'année 2023 en bref", "boxT"),
          B("412 associations accompagnées, dont 128 pour la première fois", "box"),
          B("67 entreprises partenaires, de la TPE à l'établissement de 1 200 salariés", "box"),
          B("23 communes signataires de la charte locale des alliances", "box"),
          B("1,06 M€ de produits d'exploitation", "box"),
          B("9 salariés permanents et 140 bénévoles actifs", "box")]
    s += [box(kb, fw * 0.62), Spacer(1, 40 * mm),
          P("Siège : 12 rue des Tanneurs, 76000 Rouen · Tél. 02 35 14 27 90 · "
            "contact@passerelles-solidaires.example", "small"),
          P("Association déclarée en préfecture de Seine-Maritime, reconnue d'intérêt général.", "small"),
          PageBreak()]
    # p2 mot du président (imprimé 2)
    s += [P("Mot du président", "h1"),
          P("Pour notre association, 2023 restera l'année de tous les records : nous avons accompagné "
            "412 associations, soit 58 de plus qu'en 2022, et 67 entreprises ont rejoint nos programmes, "
            "contre 48 l'année précédente."),
          P("Ce mouvement dépasse notre région. L'Observatoire des partenariats l'a montré : parmi les "
            "148 000 associations employeuses que compte le pays, 98 % entretiennent au moins un "
            "partenariat<super>1</super>, et les collectivités territoriales sont de loin leur premier "
            "partenaire (89 %)."),
          P("Les autres acteurs partagent ce constat. Selon les chiffres rappelés par Le RAMEAU, 92 % des "
            "maires expriment un « besoin d'alliance », les dirigeants d'entreprise sont 84 % à en avoir "
            "« envie » et 81 % des Français y voient un « devoir<super>2</super> »."),
          P("Notre territoire a pourtant ses fragilités. Dans les communes de moins de 3 500 habitants, "
            "qui accueillent 61 % des bénévoles que nous formons, trois associations sur quatre "
            "fonctionnent sans aucun salarié. C'est là que nos permanences itinérantes ont été les plus "
            "sollicitées, avec 214 rendez-vous tenus dans l'année."),
          P("Créée en 2009, Passerelles Solidaires aura quinze ans cette année. Depuis sa création, "
            "2 870 projets communs ont vu le jour entre associations, entreprises et collectivités, "
            "dont 186 lancés en 2023."),
          P("Pour 2024, le conseil d'administration a retenu trois chantiers : porter à 30 % la part du "
            "mécénat dans nos ressources, former 1 500 bénévoles et accueillir 10 nouvelles communes "
            "dans la charte."),
          Spacer(1, 6),
          P("<b>Jean-Marc Lefèvre</b>, président de Passerelles Solidaires", "bodyL"),
          Spacer(1, 40 * mm)]
    s += notes("1. Observatoire des partenariats, étude IMPACT – Associations &amp; Territoires, "
               "programme IMPACT 2018-2022.",
               "2. Chiffres cités par Le RAMEAU à propos du droit de l'alliance d'intérêt général. Lors "
               "de l'étude PHARE-Citoyens de septembre 2015, la part des Français évoquant un « devoir "
               "d'alliance » n'était que de 69 %.")
    s += [PageBreak()]
    # p3 chiffres clés (imprimé 3)
    s += [P("Chiffres clés de l'année 2023", "h1"),
          P("Les indicateurs ci-dessous portent sur l'exercice 2023 ; la valeur de l'exercice 2022 est "
            "rappelée entre parenthèses sous chaque chiffre.")]
    cells = [("412", "associations accompagnées", "(354 en 2022)"),
             ("67", "entreprises partenaires", "(48 en 2022)"),
             ("1 240", "bénévoles formés", "(1 085 en 2022)"),
             ("8,2/10", "satisfaction moyenne des associations", "(7,9/10 en 2022)")]
    grid = [[[Paragraph(fr(a), SS["big"]), Paragraph(fr(b), SS["bigL"]), Paragraph(fr(c), SS["bigL"])]
             for a, b, c in cells]]
    g = Table(grid, colWidths=[fw / 4] * 4)
    g.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.8, GREEN),
                           ("INNERGRID", (0, 0), (-1, -1), 0.5, GREEN),
                           ("BACKGROUND", (0, 0), (-1, -1), LIGHT),
                           ("TOPPADDING", (0, 0), (-1, -1), 8), ("BOTTOMPADDING", (0, 0), (-1, -1), 8)]))
    s += [g, Spacer(1, 10),
          P("Profil des associations accompagnées en 2023", "h2"),
          B("46 % n'emploient aucun salarié ;"),
          B("31 % emploient de 1 à 9 salariés ;"),
          B("17 % emploient de 10 à 49 salariés ;"),
          B("6 % comptent 50 salariés ou plus."),
          Spacer(1, 6),
          P("Sur les 186 projets communs lancés en 2023, 74 associent au moins une collectivité et 41 "
            "réunissent à la fois une association, une entreprise et une commune. Les bénévoles formés "
            "sont pour 57 % des femmes."),
          P("Activités de l'année", "h2"),
          data_table([["Activité", "Nombre en 2023", "Participants"],
                      ["Ateliers « Faire alliance »", "38", "612"],
                      ["Rencontres entreprises-associations", "11", "486"],
                      ["Permanences itinérantes", "52", "214"]],
                     [fw * 0.5, fw * 0.25, fw * 0.25]),
          P("Lecture : en 2023, 38 ateliers « Faire alliance » ont réuni 612 participants.", "small"),
          PageBreak()]
    # p4 compte de résultat (imprimé 4)
    s += [P("Compte de résultat simplifié", "h1"),
          P("L'exercice 2023 se clôt sur un excédent de 25 100 €, contre 23 700 € en 2022. Les produits "
            "progressent de 10,1 %, portés par le mécénat et les partenariats d'entreprises (+19,4 %)."),
          data_table([["Rubrique (en euros)", "Exercice 2022 (N-1)", "Exercice 2023 (N)"],
                      ["Subventions publiques", "512 400", "538 900"],
                      ["Mécénat et partenariats d'entreprises", "286 000", "341 500"],
                      ["Prestations d'accompagnement", "142 800", "156 200"],
                      ["Cotisations des adhérents", "18 300", "19 700"],
                      ["Total des produits", "959 500", "1 056 300"],
                      ["Charges de personnel", "604 100", "662 800"],
                      ["Autres charges de fonctionnement", "331 700", "368 400"],
                      ["Total des charges", "935 800", "1 031 200"],
                      ["Résultat de l'exercice", "23 700", "25 100"]],
                     [fw * 0.5, fw * 0.25, fw * 0.25], bold_rows=(5, 8, 9)),
          Spacer(1, 8),
          P("Les charges de personnel représentent 64,3 % des charges de 2023, contre 64,6 % en 2022 ; "
            "l'association emploie 9 salariés permanents, soit 8,4 équivalents temps plein."),
          P("Les fonds propres atteignent 212 000 € au 31 décembre 2023, soit environ trois mois et demi "
            "de fonctionnement. Les contributions volontaires en nature, valorisées hors compte de "
            "résultat, représentent 14 200 heures de bénévolat."),
          Spacer(1, 8),
          P("Comptes arrêtés par le conseil d'administration du 21 mars 2024 et certifiés par le "
            "commissaire aux comptes le 22 avril 2024.", "small"),
          PageBreak()]
    # p5 répartition des ressources (imprimé 5)
    s += [P("Répartition des ressources", "h1"),
          P("Deux exercices comparés : la structure des produits se déforme lentement au profit des "
            "ressources privées."),
          HBars("Part de chaque source dans le total des produits (en %)",
                [("Subventions publiques", [53.4, 51.0]),
                 ("Mécénat et partenariats d'entreprises", [29.8, 32.3]),
                 ("Prestations d'accompagnement", [14.9, 14.8]),
                 ("Cotisations des adhérents", [1.9, 1.9])],
                ["Exercice 2022", "Exercice 2023"], fw * 0.8, vmax=60, dec=1, label_w=fw * 0.3),
          Spacer(1, 10),
          P("La part du mécénat gagne 2,5 points en un an, quand celle des subventions publiques recule "
            "de 2,4 points. L'objectif de 30 % fixé en 2022 est donc déjà dépassé."),
          P("Origine des subventions publiques en 2023", "h2"),
          B("Région Normandie : 38 % ;"),
          B("Département de la Seine-Maritime : 27 % ;"),
          B("communes et intercommunalités : 21 % ;"),
          B("État et fonds européens : 14 %."),
          Spacer(1, 4),
          P("Le mécénat provient pour 72 % d'entreprises de moins de 250 salariés ; les cinq premiers "
            "mécènes apportent à eux seuls 118 000 €.")]
    build(path, doc, s, 5)


# --------------------------------------------------------------------------- 02 communiqué

def doc02(out):
    path = os.path.join(out, "obs-s92-02-communique-presse.pdf")
    doc = Doc(path, ("COMMUNIQUÉ DE PRESSE", "Rouen, le 26 novembre 2024"),
              lambda n: ("Observatoire des partenariats · Passerelles Solidaires", "%d/2" % n),
              "Communiqué - Baromètre normand des alliances 2024", first="one")
    fw = doc.full_w
    s = [NextPageTemplate("one")]
    s += [P("Alliances en territoire : 72 % des Normands et 88 % de leurs maires les jugent indispensables",
            "h1"),
          P("Réalisée du 2 au 20 septembre 2024 auprès de 1 012 habitants et de 214 maires, la troisième "
            "édition du Baromètre normand des alliances confirme un attachement massif au « jouer "
            "collectif ». Six habitants sur dix disent avoir déjà participé à un projet associant une "
            "association et une entreprise, contre 44 % lors de la première édition, en 2020.", "chapo"),
          P("Les résultats rejoignent ceux de l'Observatoire des partenariats au niveau national : à "
            "l'automne 2024, 91 % des maires interrogés voyaient leur territoire « en mouvement ». En "
            "Normandie, les habitants placent l'emploi en tête des sujets à traiter ensemble (58 %), "
            "devant la transition écologique (49 %) et l'accès aux soins (41 %)."),
          P("« Dans ma commune de 2 800 habitants, nous avons signé six conventions avec des associations "
            "et quatre avec des entreprises en deux ans. Avec 35 000 € de budget municipal, nous avons "
            "levé 90 000 € de cofinancements privés. Sans alliance, rien de cela n'aurait été possible », "
            "explique Hervé Quesnel, maire de Saint-Aubin-sur-Andelle et vice-président de la communauté "
            "de communes.", "quote"),
          P("Côté entreprises, le mouvement est tout aussi net : 63 % des dirigeants normands de TPE et de "
            "PME interrogés en parallèle déclarent au moins un partenariat avec une association, contre "
            "51 % il y a quatre ans."),
          P("« Chez nous, 38 % des 140 salariés se sont engagés cette année dans un projet associatif. "
            "Nous y avons consacré 120 000 €, soit 0,8 % de notre chiffre d'affaires, et nous comptons "
            "doubler ce budget d'ici 2026 », souligne Claire Morvan, directrice générale de la société "
            "Bocage Conserves, à Neufchâtel-en-Bray.", "quote"),
          P("Les attentes restent fortes : 67 % des habitants et 77 % des maires souhaitent que les "
            "entreprises locales s'impliquent davantage, mais seuls 29 % des maires disposent d'un "
            "agent chargé des partenariats."),
          PageBreak()]
    s += [P("Les principaux enseignements", "h2"),
          B("72 % des habitants jugent les alliances indispensables (69 % en 2022, 66 % en 2020) ;"),
          B("88 % des maires partagent ce jugement, un chiffre stable depuis la deuxième édition ;"),
          B("la moitié des habitants de 18 à 34 ans se dit prête à s'engager bénévolement dans un projet "
            "commun, contre 37 % des plus de 65 ans ;"),
          B("un maire sur quatre cite le manque de temps comme premier frein."),
          Spacer(1, 6),
          P("Méthodologie", "h2"),
          P("Enquête réalisée en ligne auprès d'un échantillon de 1 012 personnes représentatif des "
            "habitants de Normandie âgés de 18 ans et plus (méthode des quotas), et par téléphone auprès "
            "de 214 maires, dont 171 maires de communes de moins de 2 000 habitants. Les résultats "
            "détaillés seront publiés dans le cahier n° 3 du baromètre, en janvier 2025."),
          P("À propos", "h2"),
          P("<b>L'Observatoire des partenariats</b> a été créé en 2008 par la Caisse des Dépôts et Le "
            "RAMEAU, en partenariat avec le MEDEF et le Mouvement associatif. Il a recensé plus de "
            "1 000 exemples inspirants d'alliances et publié 13 rapports régionaux en 2016."),
          P("<b>Le RAMEAU</b>, laboratoire de recherche empirique créé en 2006, a mené des "
            "expérimentations auprès de plus de 500 organisations et poursuit trois missions au service "
            "des alliances d'intérêt général."),
          P("<b>Passerelles Solidaires</b> accompagne chaque année plus de 400 associations normandes et "
            "anime une charte locale signée par 23 communes."),
          Spacer(1, 8),
          box([P("Contact presse", "boxT"),
               P("Sophie Leroux · 06 71 42 18 09 · presse@passerelles-solidaires.example", "box"),
               P("Dossier de presse et visuels : 12 pages, disponibles sur demande.", "box")],
              fw * 0.7)]
    build(path, doc, s, 2)


# --------------------------------------------------------------------------- 03 fiche Repère

def doc03(out):
    path = os.path.join(out, "obs-s92-03-fiche-repere.pdf")
    doc = Doc(path, ("Observatoire des partenariats · Fiche Repère n° 7",
                     "Les associations et leurs partenaires"),
              lambda n: ("Édition d'octobre 2022", "Repère %d/3" % (n - 1)),
              "Fiche Repère 7 - Les associations et leurs partenaires")
    fw, cw = doc.full_w, doc.col_w
    s = [NextPageTemplate("band2")]
    # p1 couverture
    s += [Spacer(1, 22 * mm), P("OBSERVATOIRE DES PARTENARIATS · FICHE REPÈRE N° 7", "coverS"),
          P("Les associations et leurs partenaires", "coverT"),
          P("Ce que disent l'étude IMPACT – Associations &amp; Territoires et l'enquête « Associations "
            "&amp; Partenariats »", "coverS"), Spacer(1, 10 * mm)]
    kb = [P("Chiffres clés", "boxT"),
          B("148 000 associations employeuses dans le champ de l'étude IMPACT", "box"),
          B("98 % d'entre elles ont au moins un partenaire", "box"),
          B("89 % travaillent avec une collectivité territoriale", "box"),
          B("73 % agissent à l'échelle locale, 47 % à l'échelle régionale", "box"),
          B("75 % pratiquent le mécénat, 58 % la coopération économique", "box"),
          B("2,5 partenaires en moyenne par association en 2016", "box")]
    s += [box(kb, fw * 0.7), Spacer(1, 30 * mm),
          P("Direction scientifique : Anne Robin (COMISIS). Fiche réalisée dans le cadre du programme "
            "IMPACT 2018-2022, avec la Caisse des Dépôts, l'Institut CDC pour la Recherche, le Groupe La "
            "Poste et la Fondation TOTAL.", "small"),
          NextPageTemplate("band2"), PageBreak()]
    # p2 (Repère 1/3)
    s += [P("1. Qui sont les partenaires des associations ?", "h1"),
          P("Presque toutes les associations employeuses travaillent avec au moins un partenaire : c'est "
            "le premier enseignement de l'étude IMPACT, qui en dénombre 148 000 en France.", "chapo"),
          FrameBreak(),
          P("Le partenariat n'est plus l'exception. Dans l'étude IMPACT – Associations &amp; Territoires, "
            "98 % des associations employeuses déclarent au moins une relation partenariale, et la "
            "plupart en entretiennent plusieurs à la fois."),
          P("Les collectivités territoriales arrivent en tête : 89 % des associations employeuses "
            "travaillent avec elles. Suivent les autres structures d'intérêt général (73 %) et les "
            "établissements scolaires (70 %)."),
          P("Les acteurs plus lointains sont moins souvent cités : un peu plus d'une association sur "
            "trois travaille avec le monde académique, et 37 % avec une fédération professionnelle."),
          box([P("Chiffres clés", "boxT"),
               P("<b>56 %</b> des associations employeuses travaillent avec un collectif "
                 "d'associations.", "box"),
               P("<b>52 %</b> ont pour partenaire un acteur public national.", "box"),
               P("<b>7 associations sur 10</b> coopèrent avec un établissement scolaire.", "box")], cw),
          FrameBreak(),
          HBars("Part des associations employeuses travaillant avec chaque type de partenaire (en %)",
                [("Collectivités territoriales", [89]), ("Structures d'intérêt général", [73]),
                 ("Établissements scolaires", [70]), ("Collectifs d'associations", [56]),
                 ("Acteurs publics nationaux", [52]), ("Fédérations professionnelles", [37]),
                 ("Acteurs académiques", [35])],
                ["Étude IMPACT"], cw, vmax=100, label_w=cw * 0.45, bar_h=11, gap=10),
          Spacer(1, 4),
          P("Source : Observatoire des partenariats, étude IMPACT – Associations &amp; Territoires. "
            "Plusieurs réponses possibles : le total dépasse 100 %.", "small"),
          Spacer(1, 6),
          P("Une association employeuse sur deux environ (52 %) travaille aussi avec un acteur public "
            "national, ce qui montre l'imbrication des échelles d'action<super>1</super>."),
          ] + notes("1. Voir la partie 3 de cette fiche sur les échelles des partenariats.")
    s += [NextPageTemplate("band2"), PageBreak()]
    # p3 (Repère 2/3)
    s += [P("2. Six ans plus tôt, l'enquête de 2016", "h1"),
          P("Menée en mai et juin 2016 par Recherches &amp; Solidarités et Le RAMEAU auprès de plus de "
            "1 380 responsables associatifs, puis publiée en mars 2017, l'enquête portait sur toutes les "
            "associations, employeuses ou non.", "chapo"),
          FrameBreak(),
          P("En 2016, une association comptait en moyenne 2,5 partenaires. Les collectivités étaient "
            "déjà citées en premier (74 %), devant les autres associations et fondations (72 %) et le "
            "monde de l'enseignement (47 %)."),
          P("Les entreprises ne venaient qu'ensuite : 28 % des associations en comptaient parmi leurs "
            "partenaires, contre 22 % pour les structures d'insertion et 9 % pour la recherche."),
          P("La taille du budget pèse lourd. La moitié des associations dont le budget dépasse "
            "150 000 € ont noué un partenariat avec une entreprise, contre une sur cinq parmi celles "
            "dont le budget est inférieur à 10 000 €."),
          box([P("Attention aux comparaisons", "boxT"),
               P("Les collectivités sont citées par 74 % des associations en 2016 et par 89 % des "
                 "associations employeuses dans l'étude IMPACT : les deux enquêtes n'interrogent pas la "
                 "même population, l'écart de 15 points ne mesure donc pas une progression.", "box")],
              cw),
          FrameBreak(),
          HBars("Part des associations citant chaque partenaire, selon l'enquête (en %)",
                [("Collectivités", [74, 89]), ("Associations et structures d'intérêt général", [72, 73]),
                 ("Enseignement", [47, 70])],
                ["Enquête 2016 (toutes associations)", "Étude IMPACT (employeuses)"], cw, vmax=100,
                label_w=cw * 0.4, bar_h=10, gap=8),
          Spacer(1, 6),
          P("Sources : Recherches &amp; Solidarités et Le RAMEAU, « Associations &amp; Partenariats », "
            "mars 2017 ; Observatoire des partenariats, étude IMPACT.", "small"),
          Spacer(1, 6),
          P("Les partenaires des associations en 2016", "h3"),
          data_table([["Partenaire cité", "Part des associations"],
                      ["Entreprises", "28 %"], ["Structures d'insertion", "22 %"],
                      ["Organismes de recherche", "9 %"]], [cw * 0.6, cw * 0.4]),
          ]
    s += [NextPageTemplate("band2"), PageBreak()]
    # p4 (Repère 3/3)
    s += [P("3. Formes et échelles des partenariats", "h1"),
          P("Le mécénat reste la forme la plus répandue, mais l'innovation sociétale le talonne : les "
            "associations employeuses combinent plusieurs formes de relation.", "chapo"),
          FrameBreak(),
          VBars("Formes de partenariat, en % des associations employeuses",
                [("Mécénat", 75), ("Innovation|sociétale", 73), ("Pratiques|responsables", 70),
                 ("Coopération|économique", 58)], cw, height=150),
          Spacer(1, 6),
          P("Le partenariat se joue d'abord près de chez soi : 73 % des associations employeuses "
            "agissent avec leurs partenaires à l'échelle locale et 47 % à l'échelle régionale."),
          P("Pour les entreprises, la note de l'Observatoire publiée le 29 février 2016 estimait que 37 % "
            "des entreprises d'au moins 10 salariés avaient un partenariat associatif, une part qui "
            "atteignait 65 % chez les pionniers."),
          FrameBreak(),
          box([P("Repères historiques", "boxT"),
               B("ARPEA (2008-2012) : près de 46 % des associations engagées avec une entreprise ;", "box"),
               B("note de février 2016 : 38 % des associations, et 53 % des associations employeuses, "
                 "ont un partenaire entreprise ;", "box"),
               B("ARPEA Entreprises &amp; Territoires (janvier 2011) : 21 % des entreprises développent "
                 "des partenariats, 33 % le souhaitent.", "box")], cw),
          Spacer(1, 8),
          P("En dix ans, le regard des associations a changé : le partenariat avec une entreprise, "
            "longtemps marginal, concerne désormais plus d'une association employeuse sur deux."),
          P("Méthode", "h3"),
          P("Les pourcentages de cette fiche sont calculés sur les associations répondantes ; plusieurs "
            "réponses étaient possibles, si bien que les totaux dépassent 100 %. Les chiffres de 2011 et "
            "de 2016 sont cités d'anciennes éditions.", "small")]
    build(path, doc, s, 4)


# --------------------------------------------------------------------------- 04 questionnaire

def scale_table(rows, fw):
    head = ["", "Tout à fait d'accord", "Plutôt d'accord", "Plutôt pas d'accord",
            "Pas du tout d'accord", "Total d'accord"]
    data = [head] + rows
    return data_table(data, [fw * 0.3] + [fw * 0.14] * 5, bold_rows=(1,))


def doc04(out):
    path = os.path.join(out, "obs-s92-04-resultats-questionnaire.pdf")
    doc = Doc(path, ("IMPACTS & TRAJECTOIRES – Élus locaux · Cahier de résultats",
                     "Janvier 2025"),
              lambda n: ("Observatoire des partenariats", "%d" % (n + 10)),
              "Impacts et trajectoires - Elus locaux - resultats du questionnaire", first="one")
    fw = doc.full_w
    s = [NextPageTemplate("one")]
    # p1 (imprimé 11) : méthode
    s += [P("Résultats du questionnaire « Élus locaux »", "h1"),
          P("Enquête IMPACTS &amp; TRAJECTOIRES, vague 2024 : méthode et profil des répondants", "h2"),
          P("L'enquête a été conduite par téléphone du 30 septembre au 28 octobre 2024 auprès de 302 "
            "maires. Les résultats, publiés en janvier 2025, sont présentés pour l'ensemble des "
            "répondants puis par catégorie de commune."),
          P("84 % des répondants exercent dans des communes de moins de 2 000 habitants, 12 % dans des "
            "communes de 2 000 à 9 999 habitants et 4 % dans des communes de 10 000 habitants ou plus. "
            "Les femmes représentent 23 % des maires interrogés."),
          data_table([["Profil des maires interrogés", "Effectif", "Part"],
                      ["Communes de moins de 2 000 habitants", "254", "84 %"],
                      ["Communes de 2 000 à 9 999 habitants", "36", "12 %"],
                      ["Communes de 10 000 habitants ou plus", "12", "4 %"],
                      ["Ensemble", "302", "100 %"]],
                     [fw * 0.56, fw * 0.22, fw * 0.22], bold_rows=(4,)),
          Spacer(1, 8),
          P("Pour un échantillon de cette taille, la marge d'erreur maximale est d'environ 5,6 points. "
            "Les résultats de la vague 2024 sont rapprochés de ceux de l'étude IMPACT-Élus locaux de "
            "novembre 2020, réalisée par COMISIS et OpinionWay."),
          P("Rappel des éditions précédentes", "h2"),
          B("en 2020, 76 % des maires considéraient leur territoire comme engagé dans une dynamique "
            "d'alliances, mais 46 % disaient ne pas savoir piloter ces alliances ;"),
          B("64 % des élus locaux souhaitaient s'appuyer sur le « jouer collectif » ;"),
          B("lors de PHARE-Institutions (2016), 87 % des maires voyaient dans les partenariats une "
            "source d'innovation."),
          Spacer(1, 8),
          P("Les totaux peuvent différer de 100 % en raison des arrondis. Les sous-totaux par catégorie "
            "ne sont pas redressés.", "small"),
          PageBreak()]
    # p2 (imprimé 12)
    s += [P("1. Un territoire en mouvement", "h2"),
          P("Neuf maires sur dix (91 %) estiment que leur territoire est en mouvement : 35 % le jugent "
            "fortement en mouvement et 56 % ni plus ni moins qu'auparavant. Seuls 9 % n'y voient aucun "
            "mouvement."),
          P("Q2. « Les alliances entre acteurs sont une source d'innovation pour mon territoire »", "h3"),
          scale_table([["Ensemble des maires", "41 %", "46 %", "9 %", "4 %", "87 %"],
                       ["Communes de moins de 2 000 hab.", "38 %", "47 %", "10 %", "5 %", "85 %"],
                       ["Communes de 2 000 hab. et plus", "55 %", "40 %", "4 %", "1 %", "95 %"]], fw),
          P("Base : 302 maires. Lecture : 87 % des maires sont d'accord avec l'affirmation, dont 41 % "
            "tout à fait d'accord.", "small"),
          Spacer(1, 6),
          P("Q3. « Mon territoire est engagé dans une dynamique d'alliances »", "h3"),
          scale_table([["Ensemble des maires", "22 %", "54 %", "17 %", "7 %", "76 %"],
                       ["Communes de moins de 2 000 hab.", "20 %", "54 %", "18 %", "8 %", "74 %"],
                       ["Communes de 2 000 hab. et plus", "33 %", "54 %", "11 %", "2 %", "87 %"]], fw),
          P("Base : 302 maires. Le score de 2024 est identique à celui de 2020.", "small"),
          PageBreak()]
    # p3 (imprimé 13)
    s += [P("2. Piloter les alliances", "h2"),
          P("Un maire sur deux seulement se sent capable de piloter une alliance : 54 % sont d'accord, "
            "46 % ne le sont pas, exactement comme en 2020. L'écart entre petites et grandes communes "
            "atteint 21 points."),
          P("Q4. « Je sais comment piloter une alliance sur mon territoire »", "h3"),
          scale_table([["Ensemble des maires", "12 %", "42 %", "31 %", "15 %", "54 %"],
                       ["Communes de moins de 2 000 hab.", "10 %", "41 %", "33 %", "16 %", "51 %"],
                       ["Communes de 2 000 hab. et plus", "24 %", "48 %", "20 %", "8 %", "72 %"]], fw),
          P("Base : 302 maires.", "small"),
          Spacer(1, 6),
          P("Sous-totaux « Total d'accord » par profil de maire", "h3"),
          data_table([["Profil", "Q2 Innovation", "Q3 Engagement", "Q4 Pilotage"],
                      ["Maires élus pour la première fois en 2020", "84 %", "71 %", "45 %"],
                      ["Maires réélus en 2020", "90 %", "80 %", "61 %"],
                      ["Maires femmes", "89 %", "78 %", "52 %"],
                      ["Maires hommes", "86 %", "75 %", "55 %"]],
                     [fw * 0.46, fw * 0.18, fw * 0.18, fw * 0.18]),
          P("Lecture : 61 % des maires réélus en 2020 savent comment piloter une alliance.", "small"),
          PageBreak()]
    # p4 (imprimé 14)
    s += [P("3. Les moyens du « jouer collectif »", "h2"),
          P("Q5. « Je souhaite m'appuyer davantage sur le jouer collectif d'ici la fin du mandat »", "h3"),
          scale_table([["Ensemble des maires", "37 %", "42 %", "14 %", "7 %", "79 %"],
                       ["Communes de moins de 2 000 hab.", "35 %", "42 %", "15 %", "8 %", "77 %"]], fw),
          P("Base : 302 maires. En 2020, ils n'étaient que 64 % dans ce cas.", "small"),
          Spacer(1, 6),
          P("Moyens déclarés par les maires", "h3"),
          B("un tiers des communes ont signé au moins une convention avec une entreprise ;"),
          B("les communes qui l'ont fait en comptent 2,3 en moyenne ;"),
          B("18 % des maires disposent d'un budget dédié aux alliances, d'un montant médian de 4 500 € "
            "par an ;"),
          B("27 % des maires de communes de 2 000 habitants et plus ont désigné un élu référent, contre "
            "11 % dans les plus petites communes."),
          Spacer(1, 6),
          P("Au total, les 302 maires interrogés déclarent 1 146 projets partenariaux en cours, soit "
            "3,8 projets par commune. Les projets les plus cités portent sur l'emploi (44 %), la "
            "mobilité (31 %) et la transition écologique (29 %)."),
          P("Plusieurs réponses possibles pour la liste des thèmes : le total dépasse 100 %.", "small")]
    build(path, doc, s, 4)


# --------------------------------------------------------------------------- 05 bulletin de veille

def doc05(out):
    path = os.path.join(out, "obs-s92-05-bulletin-veille.pdf")
    doc = Doc(path, ("Veille partenariale · n° 42", "Décembre 2024"),
              lambda n: ("La veille de l'Observatoire des partenariats", "page %d sur 4" % n),
              "Veille partenariale 42 - decembre 2024")
    fw, cw = doc.full_w, doc.col_w
    s = [NextPageTemplate("one")]

    def breve(date, title, body, src):
        return [P("<b>%s</b> · %s" % (date, title), "h3"), P(body + " (" + src + ")")]

    # p1 : édito + sommaire
    s += [P("Veille partenariale n° 42", "h1"),
          P("Édito", "h2"),
          P("Trois rendez-vous ont marqué l'automne. Le 23 septembre, l'étude IMPACT Fondations &amp; "
            "Territoires, menée auprès de 42 fondations, a été rendue publique. Le 28 octobre s'est "
            "achevé le terrain de l'enquête IMPACTS &amp; TRAJECTOIRES, auprès de 302 maires. Enfin, "
            "le 26 novembre, le Baromètre normand des alliances a montré que 72 % des habitants jugent "
            "les alliances indispensables."),
          P("Ce numéro rassemble 16 brèves, dont 11 sur des travaux d'autres organismes. Bonne lecture."),
          P("Sommaire", "h2"),
          data_table([["Rubrique", "Brèves", "Page"],
                      ["Élus et territoires", "5", "2"],
                      ["Associations et fondations", "5", "3"],
                      ["Entreprises et financements", "4", "4"]],
                     [fw * 0.6, fw * 0.2, fw * 0.2]),
          Spacer(1, 8),
          P("À la une", "h2")]
    s += breve("4 décembre 2024", "Un maire sur trois prêt à mutualiser un poste de chargé de partenariats",
               "Selon une enquête conduite auprès de 1 250 élus municipaux, 34 % des maires seraient prêts à "
               "partager avec d'autres communes un poste dédié aux partenariats, et 12 % l'ont déjà fait. "
               "Dans les communes de moins de 1 000 habitants, la part des volontaires monte à 41 %",
               "Institut Horizons Publics, « Baromètre des coopérations locales », novembre 2024")
    s += breve("29 novembre 2024", "Les fondations territoriales gagnent du terrain",
               "On compte désormais 96 fondations territoriales abritées, contre 61 cinq ans plus tôt, "
               "pour un total de 38 millions d'euros distribués en 2023",
               "Centre d'étude de la philanthropie locale, note n° 18")
    s += [NextPageTemplate("two"), PageBreak()]
    # p2 : élus et territoires (deux colonnes)
    s2 = [P("Élus et territoires", "h2")]
    s2 += breve("30 octobre 2024", "Territoires en mouvement",
                "L'Observatoire des partenariats a bouclé son enquête auprès de 302 maires : 91 % jugent leur "
                "territoire en mouvement, dont 35 % fortement. 84 % des répondants dirigent des communes de "
                "moins de 2 000 habitants",
                "Observatoire des partenariats, IMPACTS &amp; TRAJECTOIRES – Élus locaux")
    s2 += breve("15 novembre 2024", "Les élus misent sur la co-construction",
                "Deux élus locaux sur trois disent vouloir associer davantage les habitants aux projets "
                "communaux, et 58 % des adjoints aux finances jugent cette démarche compatible avec leurs "
                "contraintes budgétaires",
                "Association des petites villes solidaires, enquête auprès de 640 élus")
    s2 += breve("18 novembre 2024", "Rappel : le devoir d'alliance en 2016",
                "L'étude PHARE-Institutions, publiée le 29 novembre 2016, distinguait cinq profils de maires ; "
                "87 % d'entre eux voyaient déjà les partenariats comme source d'innovation",
                "Observatoire des partenariats, archives")
    s2 += [FrameBreak()]
    s2 += breve("21 novembre 2024", "Mutualiser pour mieux coopérer",
                "Les intercommunalités de plus de 50 000 habitants sont 43 % à disposer d'un service dédié à la "
                "vie associative, contre 16 % des autres",
                "Réseau des territoires coopératifs, panorama 2024")
    s2 += breve("25 novembre 2024", "Onze territoires pionniers, six ans après",
                "Parmi les 11 territoires pionniers du parcours d'expérience lancé avec le CGET, 8 ont "
                "pérennisé leur démarche de co-construction et 3 l'ont étendue à leur département",
                "Le RAMEAU, bilan du parcours")
    s += s2 + [NextPageTemplate("two"), PageBreak()]
    # p3 : associations et fondations
    s3 = [P("Associations et fondations", "h2")]
    s3 += breve("23 septembre 2024", "Ce que font les fondations pour les territoires",
                "L'étude IMPACT Fondations &amp; Territoires a interrogé 42 fondations ; 31 d'entre elles "
                "financent des projets à l'échelle d'un seul département et 19 déclarent un budget annuel "
                "supérieur à 1 M€",
                "Observatoire des partenariats, étude IMPACT Fondations &amp; Territoires")
    s3 += breve("2 octobre 2024", "Le bénévolat de compétences progresse",
                "En 2024, 22 % des salariés du secteur privé déclarent avoir pratiqué le mécénat de "
                "compétences, contre 14 % en 2019, soit un gain de 8 points en cinq ans",
                "Observatoire du mécénat salarié, édition 2024")
    s3 += breve("10 octobre 2024", "Fondation des Territoires",
                "Créée le 14 juin 2022 sous l'égide de la Fondation de Lille, la Fondation des Territoires "
                "réunit 21 co-fondateurs ; elle a soutenu 17 projets en 2024",
                "Fondation des Territoires, rapport d'étape")
    s3 += [FrameBreak()]
    s3 += breve("7 novembre 2024", "Les associations employeuses sous tension",
                "Près d'une association employeuse sur quatre déclare une trésorerie inférieure à trois mois "
                "de fonctionnement ; elles étaient 17 % dans ce cas en 2021",
                "Recherches &amp; Solidarités, « La France associative en mouvement », 22e édition")
    s3 += breve("19 novembre 2024", "Le Fonds ODD 17 fait le point",
                "Co-créé en 2020 par Le RAMEAU et la Fondation TotalEnergies, le fonds dispose d'une "
                "dotation de 1,5 M€ pour une expérimentation de trois ans et s'appuie sur 350 « catalyseurs "
                "territoriaux »",
                "Le RAMEAU, lettre d'information")
    s += s3 + [NextPageTemplate("two"), PageBreak()]
    # p4 : entreprises et financements
    s4 = [P("Entreprises et financements", "h2")]
    s4 += breve("3 octobre 2024", "Le mécénat des PME se maintient",
                "Les PME de 10 à 249 salariés représentent 71 % des entreprises mécènes, pour un don moyen de "
                "6 800 € par an ; le montant total déclaré atteint 3,9 milliards d'euros en 2023",
                "Baromètre national du mécénat d'entreprise, édition 2024")
    s4 += breve("17 octobre 2024", "Les dirigeants veulent jouer collectif",
                "Quatre dirigeants de TPE et PME sur cinq jugent la co-construction utile pour rebondir ; "
                "le chiffre était de 84 % dans l'étude de sortie de crise de l'Observatoire",
                "Club des entrepreneurs du Grand Ouest, enquête auprès de 870 dirigeants")
    s4 += [FrameBreak()]
    s4 += breve("12 novembre 2024", "Un fonds régional de 2 millions d'euros",
                "La Région a lancé un fonds de 2 millions d'euros pour soutenir 40 alliances entre "
                "associations et entreprises, avec une aide plafonnée à 50 000 € par projet",
                "Conseil régional, communiqué du 12 novembre 2024")
    s4 += breve("28 novembre 2024", "Giving Tuesday",
                "Pour sa sixième participation, le réseau a collecté 412 000 € en une journée auprès de "
                "9 300 donateurs, soit un don moyen de 44 €",
                "Collectif Générosité Normandie")
    s4 += [Spacer(1, 6),
           box([P("À noter", "boxT"),
                P("La prochaine Veille partenariale, n° 43, paraîtra en mars 2025. Abonnement gratuit : "
                  "veille@observatoire-partenariats.example ; tél. 01 84 17 52 30.", "box")], cw)]
    s += s4
    build(path, doc, s, 4)


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    os.makedirs(out, exist_ok=True)
    for f in (doc01, doc02, doc03, doc04, doc05):
        f(out)
    print("ok", out)


if __name__ == "__main__":
    main()
