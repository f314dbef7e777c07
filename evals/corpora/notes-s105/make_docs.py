#!/usr/bin/env python3
"""Corpus fictif notes-s105 : 5 PDF « à la manière » des publications de l'Observatoire des partenariats.

Déterministe : rl_config.invariant = 1, métadonnées vides, aucun horodatage.
Usage : /work/main/.venv/bin/python make_docs.py   (écrit les PDF dans le dossier du script)
"""
import os

from reportlab import rl_config

rl_config.invariant = 1

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.platypus import (BaseDocTemplate, Frame, FrameBreak, NextPageTemplate, PageBreak,
                                PageTemplate, Paragraph, Spacer, Table, TableStyle)

HERE = os.path.dirname(os.path.abspath(__file__))
W, H = A4
NB = "\u00a0"  # espace insécable (milliers, avant %, €)

# ---------------------------------------------------------------- styles
BLUE = colors.HexColor("#1f4e79")
ORANGE = colors.HexColor("#c55a11")
GREY = colors.HexColor("#595959")
PALE = colors.HexColor("#eef3f8")
SAND = colors.HexColor("#fbf1e6")

ST = {
    "title": ParagraphStyle("title", fontName="Helvetica-Bold", fontSize=17, leading=21, textColor=BLUE,
                            spaceAfter=6),
    "sub": ParagraphStyle("sub", fontName="Helvetica-Oblique", fontSize=10.5, leading=13.5, textColor=GREY,
                          spaceAfter=8),
    "h2": ParagraphStyle("h2", fontName="Helvetica-Bold", fontSize=11, leading=14, textColor=BLUE,
                         spaceBefore=6, spaceAfter=4),
    "h3": ParagraphStyle("h3", fontName="Helvetica-Bold", fontSize=9.8, leading=12.5, textColor=colors.black,
                         spaceBefore=7, spaceAfter=3),
    "body": ParagraphStyle("body", fontName="Helvetica", fontSize=9.5, leading=12.6, alignment=TA_JUSTIFY,
                           spaceAfter=5),
    "bodyl": ParagraphStyle("bodyl", fontName="Helvetica", fontSize=9.5, leading=12.6, alignment=TA_LEFT,
                            spaceAfter=4),
    "bullet": ParagraphStyle("bullet", fontName="Helvetica", fontSize=9.3, leading=12.2, leftIndent=12,
                             bulletIndent=2, spaceAfter=2),
    "cell": ParagraphStyle("cell", fontName="Helvetica", fontSize=8.8, leading=11),
    "cellb": ParagraphStyle("cellb", fontName="Helvetica-Bold", fontSize=8.8, leading=11),
    "note": ParagraphStyle("note", fontName="Helvetica-Oblique", fontSize=8.2, leading=10.4, textColor=GREY,
                           spaceAfter=3),
    "foot": ParagraphStyle("foot", fontName="Helvetica", fontSize=7.6, leading=9.6, textColor=GREY,
                           spaceAfter=1),
    "big": ParagraphStyle("big", fontName="Helvetica-Bold", fontSize=25, leading=29, textColor=ORANGE,
                          alignment=TA_LEFT),
    "bigb": ParagraphStyle("bigb", fontName="Helvetica-Bold", fontSize=25, leading=29, textColor=BLUE,
                           alignment=TA_LEFT),
    "cap": ParagraphStyle("cap", fontName="Helvetica", fontSize=8.6, leading=10.6, textColor=colors.black),
    "band": ParagraphStyle("band", fontName="Helvetica-Bold", fontSize=20, leading=24, textColor=colors.white),
    "bandsub": ParagraphStyle("bandsub", fontName="Helvetica", fontSize=9.5, leading=12, textColor=colors.white),
    "sect": ParagraphStyle("sect", fontName="Helvetica-Bold", fontSize=13, leading=16, textColor=BLUE,
                           spaceBefore=4, spaceAfter=8),
    "center": ParagraphStyle("center", fontName="Helvetica", fontSize=8, leading=10, alignment=TA_CENTER,
                             textColor=GREY),
}


def P(text, style="body"):
    return Paragraph(text, ST[style])


def B(text):
    return Paragraph(text, ST["bullet"], bulletText="\u2022")


def box(flowables, width, bg=PALE, border=BLUE):
    t = Table([[flowables]], colWidths=[width])
    t.setStyle(TableStyle([
        ("BOX", (0, 0), (-1, -1), 0.8, border),
        ("BACKGROUND", (0, 0), (-1, -1), bg),
        ("LEFTPADDING", (0, 0), (-1, -1), 8), ("RIGHTPADDING", (0, 0), (-1, -1), 8),
        ("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
    ]))
    return t


def grid(rows, widths, header=True, zebra=True):
    data = []
    for i, r in enumerate(rows):
        data.append([P(c, "cellb" if (header and i == 0) or j == 0 and c.startswith("<b>") else "cell")
                     for j, c in enumerate(r)])
    t = Table(data, colWidths=widths)
    style = [
        ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#9fb3c8")),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    if header:
        style.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#d9e2ec")))
    if zebra:
        for i in range(2 if header else 1, len(rows), 2):
            style.append(("BACKGROUND", (0, i), (-1, i), colors.HexColor("#f5f7fa")))
    t.setStyle(TableStyle(style))
    return t


def footnote_rule(width=60 * mm):
    d = Drawing(width, 6)
    d.add(Line(0, 3, width, 3, strokeColor=GREY, strokeWidth=0.5))
    return d


def make_doc(name, templates):
    path = os.path.join(HERE, name)
    doc = BaseDocTemplate(path, pagesize=A4, title="", author="", subject="", creator="", producer="",
                          keywords=[], invariant=1, leftMargin=18 * mm, rightMargin=18 * mm,
                          topMargin=20 * mm, bottomMargin=18 * mm)
    doc.addPageTemplates(templates)
    return doc, path


def frames_one(prefix):
    return [Frame(18 * mm, 18 * mm, W - 36 * mm, H - 38 * mm, id=prefix + "1", showBoundary=0)]


def frames_two(prefix, gap=8 * mm):
    cw = (W - 36 * mm - gap) / 2
    return [Frame(18 * mm, 18 * mm, cw, H - 38 * mm, id=prefix + "L"),
            Frame(18 * mm + cw + gap, 18 * mm, cw, H - 38 * mm, id=prefix + "R")]


def frames_top_two(prefix, top_h, gap=8 * mm):
    """Un cadre pleine largeur en haut, puis deux colonnes."""
    cw = (W - 36 * mm - gap) / 2
    y_top = H - 20 * mm - top_h
    return [Frame(18 * mm, y_top, W - 36 * mm, top_h, id=prefix + "T"),
            Frame(18 * mm, 18 * mm, cw, y_top - 18 * mm, id=prefix + "L"),
            Frame(18 * mm + cw + gap, 18 * mm, cw, y_top - 18 * mm, id=prefix + "R")]


CW = W - 36 * mm  # largeur utile


# ================================================================ 01 table ronde
def doc01():
    def deco(c, d):
        n = d.page
        c.saveState()
        c.setFont("Helvetica", 8)
        c.setFillColor(GREY)
        c.drawString(18 * mm, H - 12 * mm, "Cahiers des alliances n\u00b0" + NB + "9")
        c.drawRightString(W - 18 * mm, H - 12 * mm, "avril 2024")
        c.setStrokeColor(BLUE)
        c.line(18 * mm, H - 14 * mm, W - 18 * mm, H - 14 * mm)
        c.drawString(18 * mm, 10 * mm, "R\u00e9seau Solidarit\u00e9s Val de Loire \u2013 compte rendu")
        c.setFont("Helvetica-Bold", 9)
        c.drawRightString(W - 18 * mm, 10 * mm, str(11 + n))
        c.restoreState()

    doc, path = make_doc("obs-s105-01-table-ronde.pdf", [
        PageTemplate("one", frames_one("a"), onPage=deco),
        PageTemplate("two", frames_two("b"), onPage=deco),
    ])
    s = []
    # ---- page 1 (imprimée 12)
    s += [P("Table ronde \u00ab\u00a0Faire alliance dans les petites communes\u00a0\u00bb", "title"),
          P("Compte rendu de la rencontre territoriale du 14 mars 2024 \u00e0 Vierzon", "sub"),
          P("Le 14 mars 2024, 120 participants (\u00e9lus, dirigeants d\u2019entreprise et responsables "
            "associatifs) se sont r\u00e9unis \u00e0 la Halle aux grains de Vierzon pour la 3<super>e</super> "
            "rencontre territoriale du R\u00e9seau Solidarit\u00e9s Val de Loire. Anim\u00e9e par Claire Vasseur, "
            "journaliste, la table ronde donnait la parole \u00e0 quatre intervenants venus d\u2019horizons "
            "diff\u00e9rents."),
          Spacer(1, 4),
          box([P("Les intervenants", "h3"),
               B("H\u00e9l\u00e8ne Marchetti, d\u00e9l\u00e9gu\u00e9e r\u00e9gionale du R\u00e9seau Solidarit\u00e9s "
                 "Val de Loire (340 associations adh\u00e9rentes)"),
               B("Karim Benali, maire de Saint-Aubin-des-Pr\u00e9s (2" + NB + "800 habitants)"),
               B("Sophie Delorme, directrice RSE des Transports Lerond (1" + NB + "150 salari\u00e9s)"),
               B("Yannick Le Goff, charg\u00e9 d\u2019\u00e9tudes \u00e0 l\u2019Observatoire r\u00e9gional "
                 "des coop\u00e9rations")], CW),
          Spacer(1, 8),
          P("Ouverture", "h2"),
          P("En ouverture, Claire Vasseur a rappel\u00e9 les chiffres publi\u00e9s par Le RAMEAU\u00a0: 92" + NB +
            "% des maires disent avoir \u00ab\u00a0besoin d\u2019alliance\u00a0\u00bb et 84" + NB + "% des "
            "dirigeants d\u2019entreprise en ont \u00ab\u00a0envie\u00a0\u00bb<super>1</super>. \u00ab\u00a0Reste "
            "\u00e0 savoir comment on passe de l\u2019envie aux actes quand on est une petite commune ou une "
            "petite association\u00a0\u00bb, a-t-elle lanc\u00e9 aux intervenants."),
          Spacer(1, 420),
          footnote_rule(),
          P("1. Chiffres publi\u00e9s par Le RAMEAU \u00e0 l\u2019appui de la proposition de loi sur le "
            "\u00ab\u00a0droit de l\u2019alliance d\u2019int\u00e9r\u00eat g\u00e9n\u00e9ral\u00a0\u00bb.", "foot"),
          NextPageTemplate("two"), PageBreak()]
    # ---- page 2 (imprimée 13), deux colonnes
    s += [P("H\u00e9l\u00e8ne Marchetti\u00a0: \u00ab\u00a0Les petites associations rattrapent leur "
            "retard\u00a0\u00bb", "h2"),
          P("Pour la d\u00e9l\u00e9gu\u00e9e r\u00e9gionale, la dynamique est nette. \u00ab\u00a0Notre enqu\u00eate "
            "de janvier 2024 le montre\u00a0: pr\u00e8s de deux associations sur trois ont au moins un partenaire "
            "priv\u00e9. Elles \u00e9taient \u00e0 peine 41" + NB + "% en 2019.\u00a0\u00bb"),
          P("Le rattrapage vient des plus petites structures\u00a0: parmi les associations de moins de 5 "
            "salari\u00e9s, la part est pass\u00e9e de 28" + NB + "% en 2019 \u00e0 47" + NB + "% cette "
            "ann\u00e9e. \u00ab\u00a0Ce sont elles qui ont le plus \u00e0 gagner, parce qu\u2019un partenaire "
            "apporte souvent ce qu\u2019elles ne peuvent pas financer seules\u00a0: du temps, des "
            "comp\u00e9tences, un r\u00e9seau\u00a0\u00bb, insiste-t-elle."),
          P("Elle met toutefois en garde contre les partenariats \u00ab\u00a0vitrines\u00a0\u00bb, sign\u00e9s "
            "pour une photo et jamais suivis. Le r\u00e9seau propose d\u00e9sormais une convention type et un "
            "accompagnement au premier rendez-vous."),
          FrameBreak(),
          P("Karim Benali\u00a0: \u00ab\u00a0Le maire est un assembleur\u00a0\u00bb", "h2"),
          P("Le maire de Saint-Aubin-des-Pr\u00e9s part de la situation de son d\u00e9partement\u00a0: "
            "\u00ab\u00a0Notre d\u00e9partement compte 240 communes de moins de 3" + NB + "500 habitants. Un "
            "tiers d\u2019entre elles seulement a sign\u00e9 une convention avec une entreprise.\u00a0\u00bb"),
          P("Il cite ensuite l\u2019\u00e9tude IMPACT de l\u2019Observatoire des partenariats, selon laquelle "
            "76" + NB + "% des maires jugent leur territoire engag\u00e9, alors que 46" + NB + "% ne savent pas "
            "comment piloter ces alliances. \u00ab\u00a0C\u2019est exactement notre situation\u00a0: "
            "l\u2019envie est l\u00e0, l\u2019ing\u00e9nierie manque\u00a0\u00bb, r\u00e9sume-t-il."),
          P("Pour lui, le r\u00f4le du maire n\u2019est pas de financer mais de r\u00e9unir\u00a0: "
            "\u00ab\u00a0Je mets autour de la table l\u2019\u00e9cole, le club de foot et l\u2019artisan du "
            "bourg. Les id\u00e9es viennent d\u2019elles-m\u00eames.\u00a0\u00bb"),
          NextPageTemplate("two"), PageBreak()]
    # ---- page 3 (imprimée 14), deux colonnes
    s += [P("Sophie Delorme\u00a0: \u00ab\u00a0Le m\u00e9c\u00e9nat de comp\u00e9tences change la "
            "donne\u00a0\u00bb", "h2"),
          P("Chez Transports Lerond, 18" + NB + "% des 1" + NB + "150 salari\u00e9s ont particip\u00e9 \u00e0 un "
            "projet associatif en 2023, soit environ 200 personnes. \u00ab\u00a0Notre budget de m\u00e9c\u00e9nat "
            "atteint 450" + NB + "000" + NB + "\u20ac par an\u00a0; un quart de cette somme va \u00e0 des "
            "associations de moins de 10 salari\u00e9s\u00a0\u00bb, pr\u00e9cise la directrice RSE."),
          P("Elle plaide pour des engagements longs\u00a0: \u00ab\u00a0Un partenariat qui ne dure qu\u2019une "
            "saison ne laisse rien. Nous pr\u00e9f\u00e9rons suivre moins de projets, mais les suivre "
            "vraiment.\u00a0\u00bb"),
          FrameBreak(),
          P("Yannick Le Goff\u00a0: \u00ab\u00a0Les donn\u00e9es nationales confirment la tendance\u00a0\u00bb",
            "h2"),
          P("Le charg\u00e9 d\u2019\u00e9tudes rappelle qu\u2019en 2015 d\u00e9j\u00e0, 69" + NB + "% des "
            "Fran\u00e7ais faisaient de l\u2019alliance un devoir\u00a0; \u00ab\u00a0ils sont aujourd\u2019hui "
            "81" + NB + "%\u00a0\u00bb. C\u00f4t\u00e9 associatif, 98" + NB + "% des associations employeuses ont "
            "au moins un partenariat et 89" + NB + "% d\u2019entre elles travaillent avec une collectivit\u00e9."),
          P("L\u2019Observatoire r\u00e9gional des coop\u00e9rations a recens\u00e9 57 alliances actives dans la "
            "r\u00e9gion en 2023, contre 31 en 2020."),
          P("\u00ab\u00a0Ce qui progresse le plus vite, ce ne sont pas les montants, ce sont les "
            "coop\u00e9rations de proximit\u00e9\u00a0\u00bb, conclut-il."),
          NextPageTemplate("one"), PageBreak()]
    # ---- page 4 (imprimée 15)
    s += [P("D\u00e9bat avec la salle", "h2"),
          P("Une conseill\u00e8re municipale a demand\u00e9 par o\u00f9 commencer lorsqu\u2019on n\u2019a pas de "
            "moyens. H\u00e9l\u00e8ne Marchetti a conseill\u00e9 de viser \u00ab\u00a0deux ou trois partenaires au "
            "plus la premi\u00e8re ann\u00e9e\u00a0\u00bb. Un chef d\u2019entreprise de Lury-les-Forges a "
            "indiqu\u00e9 que 3 de ses 12 fournisseurs locaux \u00e9taient d\u00e9j\u00e0 m\u00e9c\u00e8nes "
            "d\u2019une association."),
          P("Plusieurs \u00e9lus ont demand\u00e9 que la convention type du r\u00e9seau soit diffus\u00e9e aux "
            "mairies. Elle sera envoy\u00e9e avec ce compte rendu."),
          Spacer(1, 6),
          box([P("En synth\u00e8se", "h3"),
               B("120 participants et 4 intervenants pour cette 3<super>e</super> rencontre"),
               B("Pr\u00e8s de 2 associations sur 3 du r\u00e9seau ont un partenaire priv\u00e9, contre 41" + NB +
                 "% en 2019"),
               B("57 alliances actives recens\u00e9es dans la r\u00e9gion en 2023"),
               B("Prochaine rencontre\u00a0: jeudi 13 juin 2024 \u00e0 Bourges")], CW, bg=SAND, border=ORANGE),
          Spacer(1, 10),
          P("Contact\u00a0: R\u00e9seau Solidarit\u00e9s Val de Loire, 14 rue des Tanneurs, 18100 Vierzon "
            "\u2013 t\u00e9l. 02 61 91 17 30", "note"),
          ]
    doc.build(s)
    return path


# ================================================================ 02 étude question par question
def doc02():
    def deco(c, d):
        n = d.page
        c.saveState()
        c.setFont("Helvetica", 8)
        c.setFillColor(GREY)
        c.drawString(18 * mm, 10 * mm, "OCL \u2013 Enqu\u00eate Partenariats & Territoires \u2013 "
                                       "r\u00e9sultats d\u00e9taill\u00e9s \u2013 f\u00e9vrier 2023")
        c.drawRightString(W - 18 * mm, 10 * mm, "page %d/4" % n)
        c.setStrokeColor(ORANGE)
        c.setLineWidth(2)
        c.line(18 * mm, H - 13 * mm, 60 * mm, H - 13 * mm)
        c.restoreState()

    doc, path = make_doc("obs-s105-02-etude-questions.pdf", [PageTemplate("one", frames_one("a"), onPage=deco)])
    yn = [4 * CW / 7, 1.5 * CW / 7, 1.5 * CW / 7]
    s = []
    # ---- page 1
    s += [P("Enqu\u00eate Partenariats & Territoires 2022", "title"),
          P("R\u00e9sultats d\u00e9taill\u00e9s, question par question \u2013 Observatoire des "
            "coop\u00e9rations locales (OCL)", "sub"),
          box([P("M\u00e9thodologie", "h3"),
               P("Enqu\u00eate en ligne men\u00e9e du 3 octobre au 18 novembre 2022 aupr\u00e8s de 1" + NB +
                 "131 r\u00e9pondants\u00a0: 612 responsables associatifs, 305 dirigeants d\u2019entreprise et "
                 "214 maires. Les r\u00e9sultats sont pond\u00e9r\u00e9s par type de structure\u00a0; la marge "
                 "d\u2019erreur est de \u00b1" + NB + "3 points pour l\u2019ensemble.")], CW),
          Spacer(1, 10),
          P("Q1. Votre structure a-t-elle aujourd\u2019hui au moins un partenariat avec une structure "
            "d\u2019une autre nature (association, entreprise ou collectivit\u00e9)\u00a0?", "h3"),
          grid([["Type de r\u00e9pondant", "Oui", "Non"],
                ["Responsables associatifs", "72" + NB + "%", "26" + NB + "%"],
                ["Dirigeants d\u2019entreprise", "48" + NB + "%", "49" + NB + "%"],
                ["Maires", "81" + NB + "%", "17" + NB + "%"]], yn),
          Spacer(1, 4),
          P("Le compl\u00e9ment \u00e0 100 correspond aux r\u00e9ponses \u00ab\u00a0ne sait pas\u00a0\u00bb.",
            "note"),
          PageBreak()]
    # ---- page 2
    s += [P("Q2. Avec combien de partenaires actifs votre structure travaille-t-elle\u00a0?", "h3"),
          P("En moyenne, les responsables associatifs citent 2,8 partenaires actifs, les dirigeants "
            "d\u2019entreprise 3,1 et les maires 4,2. En 2016, l\u2019enqu\u00eate Associations & Partenariats "
            "comptait 2,5 partenaires en moyenne par association<super>1</super>."),
          Spacer(1, 6),
          P("Q3. Votre structure a-t-elle sign\u00e9 une convention \u00e9crite avec au moins un de ses "
            "partenaires\u00a0?", "h3"),
          grid([["Type de r\u00e9pondant", "Oui", "Non"],
                ["Responsables associatifs", "54" + NB + "%", "46" + NB + "%"],
                ["Maires de communes de moins de 3" + NB + "500 habitants", "38" + NB + "%", "62" + NB + "%"],
                ["Maires de communes de 3" + NB + "500 habitants et plus", "67" + NB + "%", "33" + NB + "%"]],
               yn),
          Spacer(1, 4),
          P("Question non pos\u00e9e aux dirigeants d\u2019entreprise.", "note"),
          Spacer(1, 470),
          footnote_rule(),
          P("1. Recherches & Solidarit\u00e9s et Le RAMEAU, enqu\u00eate men\u00e9e en mai-juin 2016 "
            "aupr\u00e8s de plus de 1" + NB + "380 responsables associatifs, publi\u00e9e en mars 2017.", "foot"),
          PageBreak()]
    # ---- page 3
    w4 = [CW * 0.34, CW * 0.22, CW * 0.22, CW * 0.22]
    s += [P("Q4. Quels sont, selon vous, les principaux b\u00e9n\u00e9fices d\u2019un partenariat\u00a0? "
            "(plusieurs r\u00e9ponses possibles)", "h3"),
          grid([["B\u00e9n\u00e9fice cit\u00e9", "Responsables associatifs", "Dirigeants d\u2019entreprise",
                 "Maires"],
                ["Innovation", "71" + NB + "%", "64" + NB + "%", "58" + NB + "%"],
                ["Ancrage territorial", "63" + NB + "%", "52" + NB + "%", "77" + NB + "%"],
                ["Ressources financi\u00e8res", "68" + NB + "%", "12" + NB + "%", "35" + NB + "%"]], w4),
          Spacer(1, 4),
          P("Total sup\u00e9rieur \u00e0 100" + NB + "%\u00a0: plusieurs r\u00e9ponses possibles.", "note"),
          P("Lecture\u00a0: 71" + NB + "% des responsables associatifs citent l\u2019innovation parmi les "
            "b\u00e9n\u00e9fices d\u2019un partenariat.", "note"),
          Spacer(1, 6),
          P("Les maires sont les seuls \u00e0 placer l\u2019ancrage territorial en t\u00eate\u00a0; sur ce point, "
            "l\u2019\u00e9cart avec les dirigeants d\u2019entreprise atteint 25 points. Les ressources "
            "financi\u00e8res ne sont un motif important que pour les associations."),
          PageBreak()]
    # ---- page 4
    s += [P("Q5. Sur une \u00e9chelle de 1 \u00e0 10, quelle note donnez-vous \u00e0 la qualit\u00e9 de vos "
            "partenariats\u00a0?", "h3"),
          B("Responsables associatifs\u00a0: 7,2/10"),
          B("Dirigeants d\u2019entreprise\u00a0: 6,8/10"),
          B("Maires\u00a0: 6,4/10"),
          Spacer(1, 6),
          P("Q6. Envisagez-vous de d\u00e9velopper de nouveaux partenariats d\u2019ici 2025\u00a0?", "h3"),
          B("Oui, certainement\u00a0: 31" + NB + "% des responsables associatifs, 22" + NB + "% des dirigeants "
            "d\u2019entreprise et 40" + NB + "% des maires."),
          B("Oui, probablement\u00a0: respectivement 45" + NB + "%, 41" + NB + "% et 38" + NB + "%."),
          Spacer(1, 10),
          box([P("\u00c0 retenir", "h3"),
               P("Plus de 7 r\u00e9pondants sur 10 envisagent de nouveaux partenariats d\u2019ici 2025, et les "
                 "maires sont les plus d\u00e9termin\u00e9s (78" + NB + "%).")], CW, bg=SAND, border=ORANGE),
          Spacer(1, 10),
          P("Contact\u00a0: OCL, service \u00e9tudes \u2013 01 99 00 22 19 \u2013 etudes@ocl-coop.example", "note"),
          ]
    doc.build(s)
    return path


# ================================================================ 03 infographie
def doc03():
    def deco(c, d):
        c.saveState()
        c.setFillColor(BLUE)
        c.rect(0, H - 30 * mm, W, 30 * mm, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("Helvetica-Bold", 20)
        c.drawString(18 * mm, H - 15 * mm, "LES ALLIANCES EN CHIFFRES")
        c.setFont("Helvetica", 9.5)
        c.drawString(18 * mm, H - 23 * mm, "Infographie \u2013 \u00e9dition de d\u00e9cembre 2024 \u2013 "
                                          "n\u00b0" + NB + "4")
        c.restoreState()

    fr = [Frame(18 * mm, 16 * mm, CW, H - 50 * mm, id="i1")]
    doc, path = make_doc("obs-s105-03-infographie.pdf", [PageTemplate("one", fr, onPage=deco)])

    def cells(items, ncol, bigstyle="big"):
        rows, row = [], []
        for big, cap in items:
            row.append([Paragraph(big, ST[bigstyle]), Spacer(1, 2), Paragraph(cap, ST["cap"])])
            if len(row) == ncol:
                rows.append(row)
                row = []
        if row:
            row += [""] * (ncol - len(row))
            rows.append(row)
        t = Table(rows, colWidths=[CW / ncol] * ncol)
        t.setStyle(TableStyle([
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LINEBELOW", (0, 0), (-1, -2), 0.4, colors.HexColor("#c9d3de")),
            ("LEFTPADDING", (0, 0), (-1, -1), 6), ("RIGHTPADDING", (0, 0), (-1, -1), 10),
            ("TOPPADDING", (0, 0), (-1, -1), 9), ("BOTTOMPADDING", (0, 0), (-1, -1), 12),
        ]))
        return t

    s = []
    # ---- page 1
    s += [P("1 \u00b7 Citoyens et entreprises", "sect"),
          cells([
              ("81" + NB + "%", "des Fran\u00e7ais jugent utile de \u00ab\u00a0jouer collectif\u00a0\u00bb pour "
                                "sortir de la crise"),
              ("84" + NB + "%", "des dirigeants de TPE & PME partagent cet avis"),
              ("+ de 250", "donn\u00e9es inventori\u00e9es pour agir vite et bien"),
              ("74" + NB + "%", "des Fran\u00e7ais voient dans les partenariats une source d\u2019innovation"),
              ("86" + NB + "%", "des responsables associatifs aussi"),
              ("87" + NB + "%", "des maires \u00e9galement"),
              ("7,1/10", "note donn\u00e9e \u00e0 l\u2019emploi, enjeu n\u00b0" + NB + "1 des Fran\u00e7ais "
                         "en 2015"),
              ("49" + NB + "%", "attendent des partenariats un impact fort sur l\u2019emploi"),
              ("+ de 2" + NB + "000", "personnes interrog\u00e9es pour PHARE-Citoyens (septembre 2015)"),
          ], 3),
          Spacer(1, 14),
          P("Sources\u00a0: Observatoire des partenariats (PHARE-Citoyens 2015, programme IMPACT, donn\u00e9es "
            "de sortie de crise)\u00a0; d\u00e9tail des sources p.\u00a03.", "note"),
          PageBreak()]
    # ---- page 2
    gauge = Drawing(CW, 46)
    gauge.add(String(0, 36, "Rep\u00e8re de lecture\u00a0: part des associations employeuses ayant un "
                            "partenariat", fontName="Helvetica", fontSize=8, fillColor=GREY))
    x0, x1 = 10, CW - 20
    gauge.add(Rect(x0, 16, (x1 - x0) * 0.98, 10, fillColor=ORANGE, strokeColor=None))
    gauge.add(Line(x0, 14, x1, 14, strokeColor=GREY, strokeWidth=0.6))
    for k, lab in enumerate(["0", "25", "50", "75", "100"]):
        xx = x0 + (x1 - x0) * k / 4
        gauge.add(Line(xx, 12, xx, 16, strokeColor=GREY, strokeWidth=0.6))
        gauge.add(String(xx, 2, lab, fontName="Helvetica", fontSize=7.5, fillColor=GREY, textAnchor="middle"))
    s += [P("2 \u00b7 Les associations", "sect"),
          cells([
              ("148" + NB + "000", "associations employeuses en France"),
              ("98" + NB + "%", "d\u2019entre elles ont au moins un partenariat"),
              ("89" + NB + "%", "travaillent avec les collectivit\u00e9s"),
              ("73" + NB + "%", "avec des structures d\u2019int\u00e9r\u00eat g\u00e9n\u00e9ral"),
              ("75" + NB + "%", "pratiquent le m\u00e9c\u00e9nat"),
              ("58" + NB + "%", "la coop\u00e9ration \u00e9conomique"),
              ("2,5", "partenaires en moyenne par association (enqu\u00eate de 2016)"),
              ("+ de 1" + NB + "380", "responsables associatifs interrog\u00e9s en mai-juin 2016"),
              ("50" + NB + "%", "des associations de plus de 150" + NB + "000" + NB + "\u20ac de budget ont un "
                                "partenaire entreprise (2016)"),
              ("20" + NB + "%", "de celles de moins de 10" + NB + "000" + NB + "\u20ac"),
          ], 2, "bigb"),
          Spacer(1, 12),
          gauge,
          PageBreak()]
    # ---- page 3
    s += [P("3 \u00b7 Les territoires", "sect"),
          cells([
              ("302", "maires interrog\u00e9s par t\u00e9l\u00e9phone du 30 septembre au 28 octobre "
                      "2024<super>[1]</super>"),
              ("91" + NB + "%", "voient leur territoire en mouvement"),
              ("35" + NB + "%", "le per\u00e7oivent \u00ab\u00a0fortement\u00a0\u00bb"),
              ("84" + NB + "%", "des r\u00e9pondants sont \u00e9lus de communes de moins de 2" + NB + "000 "
                                "habitants"),
              ("21", "co-fondateurs pour la Fondation des Territoires, cr\u00e9\u00e9e le 14 juin "
                     "2022<super>[3]</super>"),
              ("1,5 M\u20ac", "de dotation pour le Fonds ODD 17, co-cr\u00e9\u00e9 en 2020<super>[2]</super>"),
              ("3 ans", "d\u2019exp\u00e9rimentation financ\u00e9e par ce fonds"),
              ("350", "catalyseurs territoriaux vis\u00e9s par le fonds"),
              ("11", "territoires pionniers dans le parcours d\u2019exp\u00e9rience men\u00e9 avec le "
                     "CGET*"),
          ], 3),
          Spacer(1, 10),
          P("* Une autre pr\u00e9sentation du m\u00eame parcours parle de 10 territoires pilotes.", "note"),
          Spacer(1, 8),
          P("[1] IMPACTS & TRAJECTOIRES \u2013 \u00c9lus locaux, novembre 2024. [2] Fonds ODD 17. "
            "[3] Fondation des Territoires.", "foot"),
          P("Conception graphique\u00a0: Atelier Graphe & Cit\u00e9, 75011 Paris.", "foot"),
          ]
    doc.build(s)
    return path


# ================================================================ 04 guide pratique
def doc04():
    def deco(c, d):
        n = d.page
        c.saveState()
        c.setFont("Helvetica", 8)
        c.setFillColor(GREY)
        c.drawString(18 * mm, 10 * mm, "Maison des coop\u00e9rations de l\u2019Aisne \u2013 guide pratique "
                                       "\u2013 mars 2023")
        if n > 1:
            c.drawRightString(W - 18 * mm, 10 * mm, "\u2013 %d \u2013" % (n - 1))
        c.setFillColor(ORANGE)
        c.rect(0, H - 8 * mm, W, 8 * mm, stroke=0, fill=1)
        c.restoreState()

    doc, path = make_doc("obs-s105-04-guide-pratique.pdf", [PageTemplate("one", frames_one("a"), onPage=deco)])
    s = []
    # ---- page 1 (couverture, sans numéro)
    s += [P("Monter un partenariat association-entreprise", "title"),
          P("Guide pratique, \u00e9tape par \u00e9tape", "sub"),
          P("Ce guide s\u2019appuie sur 45 partenariats accompagn\u00e9s entre 2019 et 2022 par la Maison des "
            "coop\u00e9rations de l\u2019Aisne (02). Deux tiers d\u2019entre eux associaient une association de "
            "moins de 10 salari\u00e9s et une PME. Il s\u2019adresse d\u2019abord aux b\u00e9n\u00e9voles et aux "
            "salari\u00e9s associatifs qui cherchent un premier partenaire."),
          Spacer(1, 6),
          P("1. Clarifier le besoin", "h2"),
          P("Fixez au plus 3 objectifs mesurables. Parmi les partenariats de notre \u00e9chantillon qui ont "
            "\u00e9chou\u00e9, 8 sur 10 n\u2019en avaient fix\u00e9 aucun."),
          P("2. Rep\u00e9rer les partenaires", "h2"),
          P("Dressez une liste de 10 \u00e0 15 structures proches de votre territoire. Il faut en moyenne 5 "
            "rendez-vous pour conclure un premier accord\u00a0: ne vous d\u00e9couragez pas apr\u00e8s un refus."),
          P("3. B\u00e2tir la proposition", "h2"),
          P("Un dossier de 4 pages suffit, \u00e0 condition d\u2019y faire figurer le budget et les indicateurs "
            "de suivi. Pr\u00e9sentez ce que chacun apporte et ce que chacun y gagne."),
          PageBreak()]
    # ---- page 2 (imprimée 1)
    s += [P("4. Chiffrer le projet", "h2"),
          P("Le budget type ci-dessous correspond \u00e0 un projet de deux ans port\u00e9 par une association "
            "employeuse<super>1</super>."),
          Spacer(1, 4),
          P("Budget type d\u2019un partenariat", "h3"),
          grid([["Poste", "Montant", "Part du budget"],
                ["Coordination du projet", "18" + NB + "000" + NB + "\u20ac", "40" + NB + "%"],
                ["Actions de terrain", "15" + NB + "750" + NB + "\u20ac", "35" + NB + "%"],
                ["Communication", "4" + NB + "500" + NB + "\u20ac", "10" + NB + "%"],
                ["\u00c9valuation", "6" + NB + "750" + NB + "\u20ac", "15" + NB + "%"],
                ["Total", "45" + NB + "000" + NB + "\u20ac", "100" + NB + "%"]],
               [CW * 0.5, CW * 0.25, CW * 0.25]),
          Spacer(1, 6),
          P("Le m\u00e9c\u00e8ne finance en g\u00e9n\u00e9ral entre 50 et 70" + NB + "% du total\u00a0; le reste "
            "vient de fonds propres ou de subventions."),
          Spacer(1, 440),
          footnote_rule(),
          P("1. R\u00e8glement du fonds d\u00e9partemental d\u2019appui aux coop\u00e9rations (d\u00e9lib\u00e9ration "
            "n\u00b0" + NB + "2022-117 du 14 octobre 2022)\u00a0: l\u2019aide couvre au plus 60" + NB + "% du reste "
            "\u00e0 charge de l\u2019association.", "foot"),
          PageBreak()]
    # ---- page 3 (imprimée 2)
    s += [P("5. Formaliser l\u2019accord", "h2"),
          P("Dans 9 cas sur 10, une convention de 6 \u00e0 8 articles suffit. Faites-la signer par les "
            "repr\u00e9sentants l\u00e9gaux des deux structures."),
          P("6. \u00c9valuer et rendre compte", "h2"),
          P("Pr\u00e9voyez 2 bilans par an et r\u00e9servez au moins 15" + NB + "% du budget \u00e0 "
            "l\u2019\u00e9valuation (voir \u00e9tape 4)."),
          Spacer(1, 4),
          P("Calendrier type (dur\u00e9es indicatives)", "h3"),
          grid([["Phase", "Dur\u00e9e", "P\u00e9riode"],
                ["Diagnostic du besoin", "6 semaines", "janvier \u2013 mi-f\u00e9vrier (ann\u00e9e 1)"],
                ["Recherche de partenaires", "3 mois", "mi-f\u00e9vrier \u2013 mai"],
                ["N\u00e9gociation et signature", "2 mois", "juin \u2013 juillet"],
                ["Mise en \u0153uvre", "15 mois", "septembre (ann\u00e9e 1) \u2013 novembre (ann\u00e9e 2)"],
                ["Bilan final", "1 mois", "d\u00e9cembre (ann\u00e9e 2)"],
                ["Dur\u00e9e totale", "environ 2 ans", "janvier (ann\u00e9e 1) \u2013 d\u00e9cembre (ann\u00e9e 2)"]],
               [CW * 0.36, CW * 0.2, CW * 0.44]),
          Spacer(1, 10),
          box([P("Bon \u00e0 savoir", "h3"),
               P("Ce guide a \u00e9t\u00e9 relu par 12 structures partenaires, dont 7 associations et 5 "
                 "entreprises.")], CW, bg=SAND, border=ORANGE),
          Spacer(1, 10),
          P("Maison des coop\u00e9rations de l\u2019Aisne \u2013 3 place de l\u2019H\u00f4tel-de-Ville, 02100 "
            "Saint-Quentin \u2013 03 53 01 08 51", "note"),
          ]
    doc.build(s)
    return path


# ================================================================ 05 note baromètre
def doc05():
    def deco(c, d):
        n = d.page
        c.saveState()
        c.setFont("Helvetica-Bold", 8)
        c.setFillColor(BLUE)
        c.drawString(18 * mm, H - 12 * mm, "Note de synth\u00e8se n\u00b0" + NB + "12 \u2013 janvier 2024")
        c.setFont("Helvetica", 8)
        c.setFillColor(GREY)
        c.drawRightString(W - 18 * mm, H - 12 * mm, "Institut Territoires Communs")
        c.drawString(18 * mm, 10 * mm, "Rapport annuel 2023")
        c.drawRightString(W - 18 * mm, 10 * mm, "page %d" % (6 + n))
        c.restoreState()

    doc, path = make_doc("obs-s105-05-note-barometre.pdf", [
        PageTemplate("one", frames_one("a"), onPage=deco),
        PageTemplate("two", frames_two("b"), onPage=deco),
    ])
    s = []
    # ---- page 1 (imprimée 7)
    s += [P("Barom\u00e8tre des coop\u00e9rations territoriales\u00a0: les \u00e9ditions 2016, 2019 et 2023 "
            "compar\u00e9es", "title"),
          P("Depuis 2016, l\u2019Institut Territoires Communs interroge r\u00e9guli\u00e8rement les Fran\u00e7ais "
            "sur les alliances entre associations, entreprises et collectivit\u00e9s. Cette note rapproche les "
            "r\u00e9sultats des vagues successives, pos\u00e9es avec les m\u00eames questions."),
          box([P("M\u00e9thode", "h3"),
               P("Chaque vague a \u00e9t\u00e9 r\u00e9alis\u00e9e par t\u00e9l\u00e9phone aupr\u00e8s d\u2019un "
                 "\u00e9chantillon repr\u00e9sentatif des Fran\u00e7ais de 18 ans et plus\u00a0: 1" + NB + "004 "
                 "personnes pour l\u2019\u00e9dition 2016 (terrain du 16 au 28 novembre 2015), 1" + NB + "012 pour "
                 "l\u2019\u00e9dition 2019 (terrain du 3 au 14 d\u00e9cembre 2018) et 1" + NB + "508 pour "
                 "l\u2019\u00e9dition 2023 (terrain du 9 au 20 janvier 2023).")], CW),
          Spacer(1, 8),
          P("Ce barom\u00e8tre prolonge les mesures de l\u2019Observatoire des partenariats\u00a0: en 2008, 86" +
            NB + "% des Fran\u00e7ais jugeaient urgent de cr\u00e9er des partenariats, et ils \u00e9taient encore "
            "84" + NB + "% en 2012<super>1</super>."),
          Spacer(1, 6),
          box([P("Chiffre cl\u00e9", "h3"),
               P("+ 11 points\u00a0: c\u2019est la progression de l\u2019adh\u00e9sion au principe d\u2019alliance "
                 "entre 2016 et 2023.", "bodyl")], CW * 0.6, bg=SAND, border=ORANGE),
          Spacer(1, 400),
          footnote_rule(),
          P("1. \u00c9tudes ARPEA de l\u2019Observatoire des partenariats (2008 et 2012).", "foot"),
          PageBreak()]
    # ---- page 2 (imprimée 8)
    s += [P("Tableau 1 \u2013 \u00c9volution des indicateurs (en" + NB + "% des Fran\u00e7ais de 18 ans et plus)",
            "h3"),
          grid([["Indicateur", "2016", "2019", "2023", "\u00c9cart 2016-2023"],
                ["Adh\u00e9sion au principe d\u2019alliance", "62" + NB + "%", "67" + NB + "%", "73" + NB + "%",
                 "+11 pts"],
                ["Connaissance d\u2019un partenariat local", "31" + NB + "%", "35" + NB + "%", "34" + NB + "%",
                 "+3 pts"],
                ["Souhait de s\u2019engager personnellement", "18" + NB + "%", "24" + NB + "%", "29" + NB + "%",
                 "+11 pts"]],
               [CW * 0.4, CW * 0.13, CW * 0.13, CW * 0.13, CW * 0.21]),
          Spacer(1, 4),
          P("Lecture\u00a0: en 2023, 73" + NB + "% des Fran\u00e7ais adh\u00e8rent au principe d\u2019alliance, "
            "contre 62" + NB + "% en 2016.", "note"),
          P("Source\u00a0: Institut Territoires Communs, barom\u00e8tre, vagues 1 \u00e0 3\u00a0; base\u00a0: "
            "ensemble des r\u00e9pondants de chaque vague.", "note"),
          NextPageTemplate("two"), PageBreak()]
    # ---- page 3 (imprimée 9), deux colonnes
    s += [P("Commentaire", "h2"),
          P("L\u2019adh\u00e9sion au principe d\u2019alliance progresse de 5 points entre 2016 et 2019, puis de 6 "
            "points entre 2019 et 2023<super>2</super>. La hausse est r\u00e9guli\u00e8re et touche toutes les "
            "tranches d\u2019\u00e2ge."),
          P("La connaissance d\u2019un partenariat local, elle, recule d\u2019un point depuis 2019 (de 35" + NB +
            "% \u00e0 34" + NB + "%)\u00a0: l\u2019\u00e9cart se creuse entre l\u2019adh\u00e9sion de principe et "
            "l\u2019exp\u00e9rience concr\u00e8te."),
          FrameBreak(),
          P("Le souhait de s\u2019engager progresse surtout chez les jeunes. Chez les 18 \u00e0 24 ans, il atteint "
            "41" + NB + "% en 2023, soit 12 points de plus que l\u2019ensemble des Fran\u00e7ais."),
          Spacer(1, 4),
          P("Tableau 2 \u2013 Note de confiance dans les alliances locales (sur 10)", "h3"),
          grid([["", "2016", "2019", "2023"],
                ["Ensemble des Fran\u00e7ais", "5,9", "6,3", "6,1"]],
               [(CW / 2 - 4 * mm) * 0.46] + [(CW / 2 - 4 * mm) * 0.18] * 3),
          Spacer(1, 470),
          footnote_rule(40 * mm),
          P("2. Une \u00e9dition pilote, conduite en 2013 en ligne aupr\u00e8s de 2" + NB + "000 personnes, "
            "n\u2019est pas comparable et n\u2019est pas reprise ici.", "foot"),
          ]
    doc.build(s)
    return path


if __name__ == "__main__":
    for f in (doc01, doc02, doc03, doc04, doc05):
        print(f())
