# -*- coding: utf-8 -*-
"""Corpus fictif notes-s122 : 5 PDF « à la manière » des publications de l'Observatoire des partenariats.

Déterministe : rl_config.invariant = 1, métadonnées vides, aucune date système.
Usage : python make_docs.py   (écrit les PDF dans le dossier du script)
"""
import os
from reportlab import rl_config
rl_config.invariant = 1
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer, Table,
                                TableStyle, PageBreak, Flowable)
from reportlab.graphics.shapes import Drawing, Rect, String, Line

HERE = os.path.dirname(os.path.abspath(__file__))
W, H = A4

# ---------------------------------------------------------------- styles
def S(name, **kw):
    base = dict(fontName="Helvetica", fontSize=10, leading=13.5)
    base.update(kw)
    return ParagraphStyle(name, **base)

BODY = S("body", alignment=TA_LEFT, spaceAfter=6)
BODY_S = S("bodys", fontSize=9, leading=12, spaceAfter=4)
SMALL = S("small", fontSize=7.5, leading=9.5, textColor=colors.HexColor("#333333"))
TITLE = S("title", fontName="Helvetica-Bold", fontSize=17, leading=21, spaceAfter=8,
          textColor=colors.HexColor("#1f3a5f"))
H2 = S("h2", fontName="Helvetica-Bold", fontSize=12.5, leading=16, spaceBefore=4, spaceAfter=6,
       textColor=colors.HexColor("#1f3a5f"))
H3 = S("h3", fontName="Helvetica-Bold", fontSize=10, leading=13, spaceAfter=3)
CHAPO = S("chapo", fontName="Helvetica-Oblique", fontSize=10, leading=13.5, spaceAfter=8,
          textColor=colors.HexColor("#333333"))
BULLET = S("bullet", leftIndent=12, bulletIndent=2, spaceAfter=3)
CELL = S("cell", fontSize=8.5, leading=10.5)
CELL_B = S("cellb", fontName="Helvetica-Bold", fontSize=8.5, leading=10.5)
CELL_BR = S("cellbr", fontName="Helvetica-Bold", fontSize=8.5, leading=10.5, alignment=TA_RIGHT)
CELL_R = S("cellr", fontSize=8.5, leading=10.5, alignment=TA_RIGHT)
BIG = S("big", fontName="Helvetica-Bold", fontSize=19, leading=23, alignment=TA_CENTER,
        textColor=colors.HexColor("#b0413e"))
CARDTXT = S("cardtxt", fontSize=8.5, leading=10.5, alignment=TA_CENTER)
BOXTXT = S("boxtxt", fontSize=8.5, leading=11, spaceAfter=3)
MENU = S("menu", fontName="Helvetica-Bold", fontSize=8.5, leading=10, alignment=TA_CENTER,
         textColor=colors.white)


def nb(t):
    """Espaces insécables avant %, € et k€ (typographie française)."""
    return t.replace(" %", "\u00a0%").replace(" k\u20ac", "\u00a0k\u20ac").replace(" \u20ac", "\u00a0\u20ac")


def P(t, st=BODY):
    return Paragraph(nb(t), st)


def bullets(items, st=BULLET):
    return [Paragraph(nb(t), st, bulletText="\u2022") for t in items]


class Bottom(Flowable):
    """Pose ses flowables en bas de la place restante du cadre (notes de bas de page, pied de page web)."""

    def __init__(self, flowables):
        Flowable.__init__(self)
        self.fl = flowables

    def wrap(self, aw, ah):
        self.sizes = [f.wrap(aw, ah) for f in self.fl]
        self.aw, self.ah = aw, ah - 1
        return aw, self.ah

    def draw(self):
        y = sum(h for _, h in self.sizes)
        for f, (_, h) in zip(self.fl, self.sizes):
            y -= h
            f.drawOn(self.canv, 0, y)


def box(flowables, width, bg="#eef3f8", border="#1f3a5f"):
    t = Table([[flowables]], colWidths=[width])
    t.setStyle(TableStyle([
        ("BOX", (0, 0), (-1, -1), 0.8, colors.HexColor(border)),
        ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor(bg)),
        ("LEFTPADDING", (0, 0), (-1, -1), 7), ("RIGHTPADDING", (0, 0), (-1, -1), 7),
        ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
    ]))
    return t


def cards(pairs, width, bg="#fbf1ee"):
    n = len(pairs)
    cells = [[Paragraph(nb(big), BIG), Paragraph(nb(lab), CARDTXT)] for big, lab in pairs]
    t = Table([cells], colWidths=[width / n] * n)
    t.setStyle(TableStyle([
        ("BOX", (0, 0), (-1, -1), 0.6, colors.HexColor("#b0413e")),
        ("INNERGRID", (0, 0), (-1, -1), 0.6, colors.white),
        ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor(bg)),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
    ]))
    return t


def data_table(rows, widths, header_rows=1, indent_rows=(), bold_rows=(), zebra=True):
    data = []
    for i, r in enumerate(rows):
        line = []
        for j, c in enumerate(r):
            c = nb(c)
            if i < header_rows:
                line.append(Paragraph(c, CELL_B if j == 0 else CELL_BR))
            elif j == 0:
                st = CELL_B if i in bold_rows else CELL
                txt = ("&nbsp;&nbsp;&nbsp;&nbsp;" + c) if i in indent_rows else c
                line.append(Paragraph(txt, st))
            else:
                line.append(Paragraph(c, CELL_R))
        data.append(line)
    t = Table(data, colWidths=widths, repeatRows=header_rows)
    st = [
        ("LINEBELOW", (0, header_rows - 1), (-1, header_rows - 1), 0.8, colors.HexColor("#1f3a5f")),
        ("LINEABOVE", (0, 0), (-1, 0), 0.8, colors.HexColor("#1f3a5f")),
        ("LINEBELOW", (0, -1), (-1, -1), 0.5, colors.HexColor("#1f3a5f")),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    if zebra:
        for i in range(header_rows, len(rows)):
            if (i - header_rows) % 2 == 1:
                st.append(("BACKGROUND", (0, i), (-1, i), colors.HexColor("#f2f2f2")))
    t.setStyle(TableStyle(st))
    return t


def two_cols(left, right, width, ratio=0.5, gap=8 * mm):
    wl = (width - gap) * ratio
    wr = (width - gap) - wl
    t = Table([[left, "", right]], colWidths=[wl, gap, wr])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    return t


def footnotes(lines):
    d = Drawing(60 * mm, 4)
    d.add(Line(0, 2, 50 * mm, 2, strokeWidth=0.5))
    return [Bottom([d] + [Paragraph(nb(l), SMALL) for l in lines])]


def make_doc(fname, story, header_footer, margins=(20 * mm, 20 * mm, 24 * mm, 22 * mm)):
    path = os.path.join(HERE, fname)
    lm, rm, tm, bm = margins
    doc = BaseDocTemplate(path, pagesize=A4, leftMargin=lm, rightMargin=rm, topMargin=tm,
                          bottomMargin=bm, title="", author="", subject="", creator="", producer="",
                          keywords="", invariant=1)
    frame = Frame(lm, bm, W - lm - rm, H - tm - bm, id="f", leftPadding=0, rightPadding=0,
                  topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate(id="p", frames=[frame], onPage=header_footer)])
    doc.build(story)
    return path


CW = W - 40 * mm  # largeur utile

# ============================================================ 01 : enquête salariés
def doc01():
    printed = {1: "22", 2: "23", 3: "24", 4: "25"}

    def hf(c, doc):
        n = doc.page
        c.saveState()
        c.setFont("Helvetica", 8)
        c.setFillColor(colors.HexColor("#1f3a5f"))
        c.drawString(20 * mm, H - 13 * mm, "Observatoire des partenariats \u2014 Les Cahiers, n\u00b0 14 \u2014 mars 2025")
        c.drawRightString(W - 20 * mm, H - 13 * mm, "Engagement des salari\u00e9s")
        c.setStrokeColor(colors.HexColor("#1f3a5f"))
        c.line(20 * mm, H - 15 * mm, W - 20 * mm, H - 15 * mm)
        c.setFont("Helvetica-Bold", 9)
        if n % 2:
            c.drawRightString(W - 20 * mm, 12 * mm, printed[n])
            c.setFont("Helvetica", 7.5)
            c.drawString(20 * mm, 12 * mm, "Les Cahiers de l'Observatoire \u00b7 n\u00b0 14")
        else:
            c.drawString(20 * mm, 12 * mm, printed[n])
            c.setFont("Helvetica", 7.5)
            c.drawRightString(W - 20 * mm, 12 * mm, "Les Cahiers de l'Observatoire \u00b7 n\u00b0 14")
        c.restoreState()

    def chart():
        d = Drawing(78 * mm, 60 * mm)
        x0, y0, hmax = 14 * mm, 10 * mm, 34 * mm
        d.add(String(0, 56 * mm, "Graphique 1 \u2013 Participation au m\u00e9c\u00e9nat de", fontName="Helvetica-Bold", fontSize=7.5))
        d.add(String(0, 52.5 * mm, "comp\u00e9tences (en % des salari\u00e9s)", fontName="Helvetica-Bold", fontSize=7.5))
        for v in (0, 5, 10, 15, 20):
            y = y0 + hmax * v / 20
            d.add(Line(x0 - 2, y, x0 + 55 * mm, y, strokeColor=colors.HexColor("#cccccc"), strokeWidth=0.4))
            d.add(String(x0 - 4, y - 2.5, str(v), fontName="Helvetica", fontSize=7, textAnchor="end"))
        for i, (lab, v) in enumerate((("2019", 11), ("2024", 17))):
            x = x0 + 10 * mm + i * 24 * mm
            d.add(Rect(x, y0, 14 * mm, hmax * v / 20, fillColor=colors.HexColor("#1f3a5f" if i else "#8aa4c8"), strokeColor=None))
            d.add(String(x + 7 * mm, y0 - 8, lab, fontName="Helvetica", fontSize=7.5, textAnchor="middle"))
        return d

    st = []
    # ---- p1
    st.append(P("Engagement des salari\u00e9s : le m\u00e9c\u00e9nat de comp\u00e9tences gagne du terrain", TITLE))
    st.append(P("Enqu\u00eate en ligne de l'Institut Sondalys, men\u00e9e du 7 octobre au 15 novembre 2024 aupr\u00e8s de "
                "2 012 salari\u00e9s d'entreprises de 10 salari\u00e9s et plus. C'est la deuxi\u00e8me vague de ce barom\u00e8tre ; "
                "la premi\u00e8re date de 2019.", CHAPO))
    st.append(P("Le m\u00e9c\u00e9nat de comp\u00e9tences<super>1</super> sort de la confidentialit\u00e9. Parmi les salari\u00e9s "
                "interrog\u00e9s, 17 % disent y avoir pris part au cours de l'ann\u00e9e \u00e9coul\u00e9e, contre 11 % en 2019. "
                "La progression atteint six points depuis la premi\u00e8re vague."))
    st.append(P("Les salari\u00e9s interrog\u00e9s pratiquent davantage le b\u00e9n\u00e9volat hors du temps de travail. Ils sont "
                "38 % \u00e0 donner de leur temps \u00e0 une association, et pr\u00e8s d'un salari\u00e9 sur quatre le fait au "
                "moins une fois par mois."))
    st.append(P("Reste un vivier inexploit\u00e9. Parmi les salari\u00e9s qui n'y ont jamais particip\u00e9, 44 % d\u00e9clarent "
                "que leur employeur ne le propose pas."))
    st.append(Spacer(1, 6))
    kf = box([P("Chiffres cl\u00e9s 2024", H3)] + bullets([
        "<b>17 %</b> ont fait du m\u00e9c\u00e9nat de comp\u00e9tences",
        "<b>38 %</b> sont b\u00e9n\u00e9voles",
        "<b>2 012</b> r\u00e9pondants"], S("kb", fontSize=9, leading=12, leftIndent=10, bulletIndent=0, spaceAfter=3)),
        CW * 0.42 - 4 * mm)
    st.append(two_cols(chart(), kf, CW, ratio=0.55))
    st += footnotes(["1. Mise \u00e0 disposition gratuite d'un salari\u00e9, sur son temps de travail, au profit d'un organisme "
                     "d'int\u00e9r\u00eat g\u00e9n\u00e9ral (loi n\u00b0 2003-709 du 1er ao\u00fbt 2003)."])
    st.append(PageBreak())
    # ---- p2
    st.append(P("1. Qui s'engage ? L'\u00e2ge et le sexe font la diff\u00e9rence", H2))
    st.append(P("Les \u00e9carts entre g\u00e9n\u00e9rations sont nets. Chez les moins de 30 ans, la participation au m\u00e9c\u00e9nat "
                "de comp\u00e9tences atteint 24 %, soit sept points de plus que la moyenne ; elle tombe \u00e0 12 % chez les "
                "50 ans et plus."))
    st.append(P("Tableau 1 \u2013 Participation selon l'\u00e2ge, en % des salari\u00e9s de chaque tranche (2024)", H3))
    st.append(data_table([["Tranche d'\u00e2ge", "M\u00e9c\u00e9nat de comp\u00e9tences", "B\u00e9n\u00e9volat"],
                          ["Moins de 30 ans", "24", "31"],
                          ["30 \u00e0 49 ans", "17", "37"],
                          ["50 ans et plus", "12", "44"]], [60 * mm, 45 * mm, 35 * mm]))
    st.append(Spacer(1, 10))
    st.append(P("Les femmes s'engagent davantage que les hommes dans le b\u00e9n\u00e9volat (41 % contre 35 %), mais l'\u00e9cart "
                "s'inverse pour le m\u00e9c\u00e9nat de comp\u00e9tences : 15 % d'entre elles y ont particip\u00e9, contre 19 % des "
                "hommes."))
    st.append(P("Les cadres forment un cas \u00e0 part. Plus d'un sur cinq a d\u00e9j\u00e0 mobilis\u00e9 ses comp\u00e9tences pour une "
                "association, le plus souvent sur son temps de travail."))
    st.append(PageBreak())
    # ---- p3 (deux colonnes)
    st.append(P("2. La taille de l'entreprise, premier facteur d'acc\u00e8s", H2))
    left = [P("L'offre de m\u00e9c\u00e9nat de comp\u00e9tences d\u00e9pend d'abord de l'employeur. Dans les entreprises de 10 \u00e0 "
              "49 salari\u00e9s, seuls 9 % des salari\u00e9s d\u00e9clarent que ce dispositif existe ; la proportion monte \u00e0 "
              "46 % dans celles de 5 000 salari\u00e9s et plus.", BODY_S),
            P("Les grandes entreprises concentrent l'essentiel des missions. Elles emploient 38 % des r\u00e9pondants mais "
              "r\u00e9unissent 61 % des participants au m\u00e9c\u00e9nat de comp\u00e9tences.", BODY_S)]
    right = [P("Tableau 2 \u2013 Selon la taille de l'entreprise (en % des salari\u00e9s)", H3),
             data_table([["Taille", "Dispositif propos\u00e9", "A particip\u00e9"],
                         ["10 \u00e0 49 salari\u00e9s", "9", "5"],
                         ["50 \u00e0 249 salari\u00e9s", "21", "11"],
                         ["250 \u00e0 4 999 salari\u00e9s", "33", "19"],
                         ["5 000 salari\u00e9s et plus", "46", "27"]], [34 * mm, 24 * mm, 22 * mm]),
             Spacer(1, 4),
             P("Lecture : dans les entreprises de 50 \u00e0 249 salari\u00e9s, 21 % des salari\u00e9s d\u00e9clarent que leur "
               "employeur propose du m\u00e9c\u00e9nat de comp\u00e9tences.", SMALL),
             P("Source : Institut Sondalys pour l'Observatoire des partenariats, vague 2024 (n = 2 012).", SMALL)]
    st.append(two_cols(left, right, CW, ratio=0.47))
    st.append(PageBreak())
    # ---- p4
    st.append(P("3. Ce qui freine, ce qui motive", H2))
    st.append(P("Parmi les salari\u00e9s qui n'ont jamais particip\u00e9, les freins cit\u00e9s sont d'abord pratiques "
                "(plusieurs r\u00e9ponses possibles) :"))
    st += bullets(["manque de temps : 52 % ;", "m\u00e9connaissance des dispositifs : 34 % ;",
                   "absence d'accord du manager : 18 %."])
    st.append(Spacer(1, 4))
    st.append(P("Les participants au m\u00e9c\u00e9nat de comp\u00e9tences en retirent une forte satisfaction. Ils donnent \u00e0 "
                "leur mission une note moyenne de 8,1/10, et 9 sur 10 se disent pr\u00eats \u00e0 recommencer."))
    st.append(P("Entre les deux vagues, la part des salari\u00e9s qui connaissent le cong\u00e9 solidaire est pass\u00e9e de "
                "14 % \u00e0 22 %. C\u00f4t\u00e9 employeurs, l'Observatoire rappelait d\u00e9j\u00e0 que 84 % des dirigeants "
                "d'entreprise ont \u00ab envie d'alliance \u00bb."))
    st.append(Spacer(1, 8))
    st.append(box([P("M\u00e9thode", H3),
                   P("Enqu\u00eate en ligne men\u00e9e du 7 octobre au 15 novembre 2024 aupr\u00e8s d'un \u00e9chantillon de "
                     "2 012 salari\u00e9s, repr\u00e9sentatif des salari\u00e9s des entreprises priv\u00e9es de 10 salari\u00e9s et "
                     "plus (quotas : sexe, \u00e2ge, taille et secteur de l'entreprise, r\u00e9gion).", BOXTXT),
                   P("Marge d'erreur : de 1 \u00e0 2,2 points selon le pourcentage observ\u00e9.", BOXTXT),
                   P("Premi\u00e8re vague : novembre 2019, 1 506 salari\u00e9s interrog\u00e9s.", BOXTXT),
                   P("Contact presse : 01 84 60 21 37.", BOXTXT)], CW))
    return make_doc("obs-s122-01-enquete-salaries.pdf", st, hf)


# ============================================================ 02 : note au CA
def doc02():
    def hf(c, doc):
        n = doc.page
        c.saveState()
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(20 * mm, H - 13 * mm, "Les Jardins du Lien \u2014 Note au conseil d'administration")
        c.setFont("Helvetica-Oblique", 8)
        c.drawRightString(W - 20 * mm, H - 13 * mm, "Confidentiel \u00b7 diffusion restreinte aux administrateurs")
        c.setFont("Helvetica", 8)
        c.drawString(20 * mm, 12 * mm, "Note n\u00b0 2025-07 \u00b7 CA du 18 juin 2025")
        c.drawRightString(W - 20 * mm, 12 * mm, "Page %d sur 3" % n)
        c.restoreState()

    B2 = S("b2", leftIndent=14, bulletIndent=3, spaceAfter=4)
    st = []
    # ---- p1
    st.append(P("NOTE AU CA \u2014 s\u00e9ance du 18 juin 2025", TITLE))
    st.append(P("<b>De :</b> Denis Marchal, directeur \u00b7 <b>\u00c0 :</b> membres du CA \u00b7 <b>Objet :</b> budget 2025 "
                "r\u00e9vis\u00e9, m\u00e9c\u00e9nat, recrutement", BODY_S))
    st.append(Spacer(1, 6))
    st.append(P("1. Situation au 31 mai 2025", H2))
    st += bullets(["Produits r\u00e9alis\u00e9s : 412 k\u20ac, soit 46 % du budget vot\u00e9 en AG (896 k\u20ac).",
                   "Subventions publiques : 58 % des produits (2024 : 63 %).",
                   "M\u00e9c\u00e9nat d'entreprises : 74 k\u20ac vers\u00e9s par 11 entreprises, dont 3 nouvelles.",
                   "Tr\u00e9sorerie : 165 k\u20ac au 31/05.",
                   "RH : 14,6 ETP (17 salari\u00e9s), dont 4 en contrat aid\u00e9."], B2)
    st.append(Spacer(1, 6))
    st.append(P("2. Points de vigilance", H2))
    st += bullets(["Subvention r\u00e9gionale : convention toujours non sign\u00e9e, versement report\u00e9.",
                   "D\u00e9part en retraite de la coordinatrice des jardins \u00e0 l'automne.",
                   "Hausse des charges d'\u00e9nergie de la serre : devis en cours."], B2)
    st.append(PageBreak())
    # ---- p2
    st.append(P("3. D\u00e9cisions soumises au vote du CA", H2))
    st += bullets(["<b>D\u00e9cision n\u00b0 1</b> : porter le budget 2025 \u00e0 934 k\u20ac (+ 38 k\u20ac), financ\u00e9 par le "
                   "m\u00e9c\u00e9nat.",
                   "<b>D\u00e9cision n\u00b0 2</b> : cr\u00e9er 1,5 ETP d'animateur\u00b7rice (CDI) au 1er septembre 2025 ; "
                   "co\u00fbt annuel charg\u00e9 : 52 k\u20ac.",
                   "<b>D\u00e9cision n\u00b0 3</b> : relever la cotisation annuelle de 20 \u20ac \u00e0 25 \u20ac \u00e0 compter de "
                   "l'AG 2026.",
                   "<b>D\u00e9cision n\u00b0 4</b> : signer avec Batinord une convention de m\u00e9c\u00e9nat de comp\u00e9tences "
                   "sur 3 ans, pour 6 salari\u00e9s mis \u00e0 disposition.",
                   "<b>Objectif</b> : porter le m\u00e9c\u00e9nat \u00e0 15 \u00e0 20 % des produits d'ici 2027."], B2)
    st.append(Spacer(1, 6))
    st.append(box([P("Quorum et majorit\u00e9 : vote \u00e0 la majorit\u00e9 des 2/3 des administrateurs pr\u00e9sents ou "
                     "repr\u00e9sent\u00e9s (art. 12 des statuts).", BOXTXT),
                   P("Rappel AG 2024 : 87 adh\u00e9rents pr\u00e9sents ou repr\u00e9sent\u00e9s sur 212.", BOXTXT)], CW,
                  bg="#fff8e6", border="#c08a00"))
    st.append(Spacer(1, 8))
    st.append(P("\u00c9ch\u00e9ances", H2))
    st += bullets(["15/07 : d\u00e9p\u00f4t du dossier FDVA ;",
                   "9 octobre 2025 : prochain CA, bilan du m\u00e9c\u00e9nat ;",
                   "14 mars 2026 : AG ordinaire."], B2)
    st.append(PageBreak())
    # ---- p3
    st.append(P("4. Annexe \u2013 Activit\u00e9 et b\u00e9n\u00e9volat", H2))
    st.append(data_table([["Indicateur", "2023", "2024", "2025 (au 31/05)"],
                          ["B\u00e9n\u00e9voles actifs", "118", "131", "126"],
                          ["Familles accompagn\u00e9es", "340", "365", "198"],
                          ["Parcelles cultiv\u00e9es", "62", "64", "64"]], [60 * mm, 25 * mm, 25 * mm, 32 * mm]))
    st.append(Spacer(1, 8))
    st.append(P("Les b\u00e9n\u00e9voles actifs ont augment\u00e9 de 11 % entre 2023 et 2024 ; au 31 mai, ils sont 126, dont "
                "pr\u00e8s de la moiti\u00e9 de retrait\u00e9s."))
    st.append(Spacer(1, 20))
    st.append(P("Contact : Denis Marchal, 03 20 55 41 08 \u2014 Les Jardins du Lien, 14 rue des Tanneurs, 59000 Lille",
                SMALL))
    return make_doc("obs-s122-02-note-conseil-administration.pdf", st, hf)


# ============================================================ 03 : évaluation d'impact
def doc03():
    printed = {1: "3", 2: "12", 3: "15"}

    def hf(c, doc):
        n = doc.page
        c.saveState()
        c.setFont("Helvetica", 8)
        c.drawString(20 * mm, H - 13 * mm, "\u00c9valuation du programme Cap Alliances Jeunes \u2014 Rapport final")
        c.setStrokeColor(colors.HexColor("#2e6b4f"))
        c.setLineWidth(2)
        c.line(20 * mm, H - 15.5 * mm, 60 * mm, H - 15.5 * mm)
        c.setFont("Helvetica", 7.5)
        c.drawString(20 * mm, 12 * mm, "\u00c9valua Conseil pour la Fondation Horizon Commun \u00b7 septembre 2025")
        c.setFont("Helvetica-Bold", 9)
        c.drawRightString(W - 20 * mm, 12 * mm, printed[n])
        c.restoreState()

    st = []
    # ---- p1
    st.append(P("Synth\u00e8se", TITLE))
    st.append(P("Le programme Cap Alliances Jeunes a accompagn\u00e9 486 jeunes de 16 \u00e0 25 ans entre septembre 2022 et "
                "juin 2024, dans 9 quartiers prioritaires<super>1</super> de trois d\u00e9partements. Il repose sur le "
                "mentorat : 312 salari\u00e9s de 14 entreprises partenaires ont \u00e9t\u00e9 mentors."))
    st.append(P("Douze mois apr\u00e8s leur entr\u00e9e, 58 % des b\u00e9n\u00e9ficiaires sont en emploi ou en formation, contre "
                "41 % des jeunes du groupe de comparaison : un \u00e9cart de 17 points."))
    st.append(P("Le programme a co\u00fbt\u00e9 1,2 million d'euros, soit environ 2 470 \u20ac par jeune accompagn\u00e9."))
    st.append(Spacer(1, 8))
    st.append(cards([("486", "jeunes accompagn\u00e9s"), ("58 %", "en emploi ou en formation \u00e0 12 mois"),
                     ("+17 pts", "par rapport au groupe de comparaison")], CW, bg="#eef6f1"))
    st += footnotes(["1. Quartiers prioritaires de la politique de la ville (QPV)."])
    st.append(PageBreak())
    # ---- p2
    st.append(P("3. R\u00e9sultats : avant / apr\u00e8s", H2))
    st.append(P("Chez les b\u00e9n\u00e9ficiaires, la part des jeunes en emploi ou en formation passe de 22 % \u00e0 l'entr\u00e9e "
                "\u00e0 58 % douze mois plus tard. Dans le groupe de comparaison, elle progresse aussi, mais de 17 points "
                "seulement. Rapport\u00e9 \u00e0 cette tendance, l'effet propre du programme est estim\u00e9 \u00e0 19 points."))
    st.append(P("Tableau 3 \u2013 Indicateurs \u00e0 l'entr\u00e9e (2022-2023) et \u00e0 12 mois (2023-2024)", H3))
    st.append(data_table([["Indicateur", "B\u00e9n\u00e9ficiaires : entr\u00e9e", "B\u00e9n\u00e9ficiaires : 12 mois",
                           "Comparaison : entr\u00e9e", "Comparaison : 12 mois"],
                          ["En emploi ou en formation (%)", "22", "58", "24", "41"],
                          ["Confiance en soi (note sur 10)", "5,2", "6,9", "5,4", "5,8"]],
                         [50 * mm, 30 * mm, 30 * mm, 30 * mm, 30 * mm]))
    st.append(Spacer(1, 10))
    st.append(P("Le programme agit aussi sur la confiance. La note moyenne des b\u00e9n\u00e9ficiaires gagne 1,7 point, contre "
                "0,4 point pour les jeunes du groupe de comparaison."))
    st.append(PageBreak())
    # ---- p3
    st.append(P("4. Effets par sous-groupe", H2))
    left = [P("Les effets sont plus marqu\u00e9s chez les jeunes sans dipl\u00f4me : parmi eux, 49 % des b\u00e9n\u00e9ficiaires "
              "sont en emploi ou en formation \u00e0 12 mois, contre 27 % dans le groupe de comparaison, soit 22 points "
              "d'\u00e9cart.", BODY_S),
            P("Les jeunes femmes repr\u00e9sentent 44 % des b\u00e9n\u00e9ficiaires ; leur taux de sortie positive (61 %) "
              "d\u00e9passe de trois points celui des jeunes hommes.", BODY_S),
            P("Une premi\u00e8re \u00e9valuation, conduite en 2021 sur une cohorte pilote de 95 jeunes, concluait \u00e0 un "
              "\u00e9cart de 11 points.", BODY_S)]
    right = [box([P("M\u00e9thodologie", H3),
                  P("L'\u00e9valuation compare les 486 b\u00e9n\u00e9ficiaires \u00e0 un groupe de comparaison de 512 jeunes "
                    "inscrits dans les m\u00eames missions locales<super>2</super> mais non orient\u00e9s vers le programme.",
                    BOXTXT),
                  P("Les deux groupes ont \u00e9t\u00e9 interrog\u00e9s \u00e0 l'entr\u00e9e, \u00e0 6 mois et \u00e0 12 mois. Taux de "
                    "r\u00e9ponse \u00e0 12 mois : 71 % chez les b\u00e9n\u00e9ficiaires, 64 % dans le groupe de comparaison.",
                    BOXTXT),
                  P("Les \u00e9carts pr\u00e9sent\u00e9s sont significatifs au seuil de 5 %. Les estimations par double "
                    "diff\u00e9rence neutralisent la conjoncture de 2023.", BOXTXT)],
                 (CW - 8 * mm) * 0.45, bg="#eef6f1", border="#2e6b4f")]
    st.append(two_cols(left, right, CW, ratio=0.55))
    st += footnotes(["2. R\u00e9seau cr\u00e9\u00e9 par l'ordonnance n\u00b0 82-273 du 26 mars 1982."])
    return make_doc("obs-s122-03-evaluation-impact.pdf", st, hf)


# ============================================================ 04 : page web imprimée
def doc04():
    def hf(c, doc):
        n = doc.page
        c.saveState()
        c.setFont("Helvetica", 7.5)
        c.drawString(12 * mm, H - 8 * mm, "12/06/2025 14:32")
        c.drawCentredString(W / 2, H - 8 * mm, "Chiffres cl\u00e9s 2025 \u2013 R\u00e9seau Alliances Territoires")
        c.drawString(12 * mm, 7 * mm, "https://www.alliances-territoires.example/observer/chiffres-cles")
        c.drawRightString(W - 12 * mm, 7 * mm, "%d/3" % n)
        c.restoreState()

    st = []
    banner = Table([[P("R\u00e9seau Alliances Territoires", S("ban", fontName="Helvetica-Bold", fontSize=14, leading=17,
                                                             textColor=colors.white))]], colWidths=[CW])
    banner.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#2a6f97")),
                                ("TOPPADDING", (0, 0), (-1, -1), 8), ("BOTTOMPADDING", (0, 0), (-1, -1), 8)]))
    menu_items = ["Accueil", "Le r\u00e9seau", "Observer", "Top 10 des initiatives", "Agenda", "Contact"]
    menu = Table([[P(m, MENU) for m in menu_items]], colWidths=[CW / 6] * 6)
    menu.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#1d4e6b")),
                              ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    CRUMB = S("crumb", fontSize=8, leading=10, textColor=colors.HexColor("#555555"), spaceBefore=6, spaceAfter=6)
    # ---- p1
    st += [banner, menu]
    st.append(P("Accueil \u203a Observer \u203a Chiffres cl\u00e9s 2025", CRUMB))
    st.append(P("Chiffres cl\u00e9s 2025", TITLE))
    st.append(P("Mis \u00e0 jour le 3 juin 2025 \u00b7 Lecture : 4 min", CRUMB))
    st.append(cards([("1 240", "partenariats recens\u00e9s depuis 2019"),
                     ("312", "communes engag\u00e9es, dont 71 % de moins de 3 500 habitants"),
                     ("4,8 M\u20ac", "mobilis\u00e9s par les entreprises en 2024"),
                     ("9/10", "partenaires satisfaits de leur alliance")], CW, bg="#eaf3f8"))
    st.append(Spacer(1, 10))
    st.append(P("Depuis sa cr\u00e9ation en 2019, le r\u00e9seau a recens\u00e9 1 240 partenariats entre associations, "
                "entreprises et collectivit\u00e9s dans ses 12 territoires. 87 % de ces partenariats associent au moins une "
                "association, 64 % au moins une entreprise."))
    st.append(PageBreak())
    # ---- p2
    st.append(P("Ce qu'en disent les partenaires", H2))
    st.append(P("Enqu\u00eate en ligne men\u00e9e en avril 2025 aupr\u00e8s des membres du r\u00e9seau : 418 r\u00e9ponses."))
    st += bullets(["76 % des associations partenaires estiment que l'alliance a renforc\u00e9 leur projet associatif ;",
                   "58 % des entreprises y voient un levier d'engagement de leurs salari\u00e9s ;",
                   "dans 2 communes sur 3, les \u00e9lus souhaitent aller plus loin."])
    st.append(Spacer(1, 8))
    st.append(box([P("\u00ab Nous sommes pass\u00e9s de 3 entreprises m\u00e9c\u00e8nes en 2022 \u00e0 11 aujourd'hui. \u00bb",
                     S("q", fontName="Helvetica-Oblique", fontSize=11, leading=14)),
                   P("\u2014 Martine Legrand, pr\u00e9sidente de Solidaires en Thi\u00e9rache", SMALL)], CW,
                  bg="#f5f5f5", border="#2a6f97"))
    st.append(Spacer(1, 8))
    st.append(P("Rep\u00e8res nationaux", H2))
    st.append(P("Selon une note de l'Observatoire des partenariats du 29 f\u00e9vrier 2016, 37 % des entreprises d'au moins "
                "10 salari\u00e9s et 38 % des associations (53 % des associations employeuses) avaient alors nou\u00e9 un "
                "partenariat."))
    st.append(PageBreak())
    # ---- p3
    st.append(P("Agenda", H2))
    st += bullets(["3<super>e</super> Rencontre r\u00e9gionale des alliances \u2014 jeudi 2 octobre 2025, Amiens \u2014 150 places",
                   "Webinaire \u00ab M\u00e9c\u00e9nat de comp\u00e9tences, mode d'emploi \u00bb \u2014 mardi 14 octobre 2025, 12 h 30"])
    st.append(Spacer(1, 6))
    st.append(P("\u00c0 propos", H2))
    st.append(P("Le R\u00e9seau Alliances Territoires f\u00e9d\u00e8re 46 structures membres et emploie une \u00e9quipe de 7 "
                "salari\u00e9s. Il est soutenu par cinq fondations et deux conseils d\u00e9partementaux. Son budget 2025, "
                "640 000 \u20ac, est financ\u00e9 \u00e0 45 % par des fonds priv\u00e9s. Ses m\u00e9thodes s'inspirent des travaux "
                "de l'Observatoire des partenariats, cr\u00e9\u00e9 en 2008 par la Caisse des D\u00e9p\u00f4ts et Le RAMEAU."))
    st.append(Spacer(1, 6))
    st.append(box([P("Lettre mensuelle : rejoignez nos plus de 2 300 abonn\u00e9s.", BOXTXT)], CW, bg="#eaf3f8",
                  border="#2a6f97"))
    foot = Table([[P("Mentions l\u00e9gales \u00b7 Donn\u00e9es personnelles \u00b7 Plan du site", S("fm", fontSize=7.5, leading=9.5, textColor=colors.white))],
                  [P("R\u00e9seau Alliances Territoires, association loi 1901 \u00b7 SIRET 812 345 678 00019 \u00b7 8 place du "
                     "March\u00e9, 80000 Amiens \u00b7 T\u00e9l. 03 22 91 04 56 \u00b7 \u00a9\u00a02025",
                     S("fm2", fontSize=7.5, leading=9.5, textColor=colors.white))]], colWidths=[CW])
    foot.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#1d4e6b"))]))
    st.append(Bottom([foot]))
    return make_doc("obs-s122-04-page-web-chiffres-cles.pdf", st, hf,
                    margins=(20 * mm, 20 * mm, 16 * mm, 16 * mm))


# ============================================================ 05 : panorama ESS
def doc05():
    printed = {1: None, 2: "3", 3: "4", 4: "7"}

    def hf(c, doc):
        n = doc.page
        c.saveState()
        c.setFillColor(colors.HexColor("#6b3e8e"))
        c.rect(0, H - 11 * mm, W, 11 * mm, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(20 * mm, H - 7 * mm, "ORESS Rives-de-Loire \u00b7 Panorama de l'ESS \u00b7 \u00c9dition 2025")
        c.setFillColor(colors.black)
        c.setFont("Helvetica", 7.5)
        c.drawString(20 * mm, 12 * mm, "Publication : janvier 2025 \u00b7 Donn\u00e9es 2022")
        if printed[n]:
            c.setFont("Helvetica-Bold", 9)
            c.drawRightString(W - 20 * mm, 12 * mm, printed[n])
        c.restoreState()

    hdr = ["Famille / secteur", "\u00c9tablissements employeurs", "Salari\u00e9s au 31/12", "ETP",
           "Masse salariale brute (M\u20ac)"]
    widths = [50 * mm, 30 * mm, 28 * mm, 24 * mm, 38 * mm]
    st = []
    # ---- p1
    st.append(P("Panorama de l'\u00e9conomie sociale et solidaire en Rives-de-Loire", TITLE))
    st.append(P("\u00c9dition 2025 \u2013 donn\u00e9es au 31 d\u00e9cembre 2022", CHAPO))
    st.append(cards([("9 870", "\u00e9tablissements employeurs"), ("104 300", "salari\u00e9s"),
                     ("13,6 %", "de l'emploi salari\u00e9 priv\u00e9"), ("2,97 Md\u20ac", "de masse salariale brute")],
                    CW, bg="#f3eef7"))
    st.append(Spacer(1, 12))
    st.append(P("Fin 2022, l'\u00e9conomie sociale et solidaire employait 104 300 salari\u00e9s, soit 91 500 \u00e9quivalents "
                "temps plein (ETP), dans 9 870 \u00e9tablissements de la r\u00e9gion. Elle repr\u00e9sente 13,6 % de l'emploi "
                "salari\u00e9 priv\u00e9<super>1</super>."))
    st.append(P("Entre 2012 et 2022, ses effectifs ont progress\u00e9 de 6,8 %, contre 4,1 % pour l'ensemble du secteur "
                "priv\u00e9. La pr\u00e9c\u00e9dente \u00e9dition (publi\u00e9e en 2021, donn\u00e9es 2019) comptait 101 800 "
                "salari\u00e9s."))
    st += footnotes(["1. Hors agriculture, emploi au lieu de travail."])
    st.append(PageBreak())
    # ---- p2
    st.append(P("1. Les familles de l'ESS", H2))
    st.append(P("Les associations regroupent 81 % des \u00e9tablissements employeurs et 78 % des salari\u00e9s de l'ESS "
                "r\u00e9gionale. \u00c0 elle seule, l'action sociale en emploie 41 700, soit 40 % de l'ensemble. \u00c0 "
                "l'\u00e9chelle nationale, l'\u00e9tude IMPACT \u2013 Associations &amp; Territoires d\u00e9nombre 148 000 "
                "associations employeuses."))
    st.append(P("Tableau 1 \u2013 L'ESS par famille et secteur, 2022", H3))
    st.append(data_table([hdr,
                          ["Associations", "7 980", "80 900", "69 800", "2 010"],
                          ["dont action sociale", "3 120", "41 700", "35 100", "980"]], widths,
                         indent_rows=(2,), bold_rows=(1,), zebra=False))
    st.append(P("<i>(suite page suivante)</i>", SMALL))
    st.append(PageBreak())
    # ---- p3
    st.append(P("Tableau 1 (suite) \u2013 L'ESS par famille et secteur, 2022", H3))
    st.append(data_table([hdr,
                          ["Coop\u00e9ratives", "1 460", "11 800", "11 000", "520"],
                          ["dont banques coop\u00e9ratives", "410", "8 300", "7 900", "410"],
                          ["Mutuelles et fondations", "430", "11 600", "10 700", "440"]], widths,
                         indent_rows=(2,), bold_rows=(1, 3), zebra=False))
    st.append(Spacer(1, 4))
    st.append(P("Champ : \u00e9tablissements employeurs de l'ESS, hors agriculture. Source : Insee, Flores 2022 ; "
                "traitement ORESS.", SMALL))
    st.append(P("Lecture : en 2022, les banques coop\u00e9ratives emploient 8 300 salari\u00e9s dans 410 \u00e9tablissements.",
                SMALL))
    st.append(Spacer(1, 10))
    st.append(P("Les coop\u00e9ratives, port\u00e9es par la banque, affichent les salaires moyens les plus \u00e9lev\u00e9s de "
                "l'ESS r\u00e9gionale ; les mutuelles et les fondations se concentrent dans la sant\u00e9."))
    st.append(PageBreak())
    # ---- p4
    st.append(P("2. \u00c9volutions et poids dans l'emploi priv\u00e9<super>2</super>", H2))
    st.append(P("Tableau 2 \u2013 \u00c9volution des effectifs salari\u00e9s (2012-2022) et part dans l'emploi salari\u00e9 "
                "priv\u00e9 (2022)", H3))
    st.append(data_table([["Famille", "\u00c9volution 2012-2022", "Part dans l'emploi priv\u00e9"],
                          ["Associations", "+6,2 %", "10,5 %"],
                          ["Coop\u00e9ratives", "+12,4 %", "1,5 %"],
                          ["Mutuelles et fondations", "+5,2 %", "1,5 %"],
                          ["Ensemble de l'ESS", "+6,8 %", "13,6 %"]], [60 * mm, 40 * mm, 45 * mm],
                         bold_rows=(4,)))
    st.append(Spacer(1, 10))
    st.append(P("Dans les communes de moins de 3 500 habitants, l'ESS p\u00e8se 18,9 % de l'emploi salari\u00e9 priv\u00e9, soit "
                "pr\u00e8s d'un emploi sur cinq. Le nombre d'\u00e9tablissements a en revanche recul\u00e9 de 2,3 % depuis 2019, "
                "sous l'effet des fusions d'associations."))
    st.append(P("D'ici 2030, 22 % des salari\u00e9s de l'ESS partiront \u00e0 la retraite, soit environ 23 000 personnes."))
    st += footnotes(["2. Au sens de la loi n\u00b0 2014-856 du 31 juillet 2014 relative \u00e0 l'\u00e9conomie sociale et "
                     "solidaire (article 1er)."])
    return make_doc("obs-s122-05-panorama-ess-region.pdf", st, hf)


if __name__ == "__main__":
    for f in (doc01, doc02, doc03, doc04, doc05):
        print(f())
