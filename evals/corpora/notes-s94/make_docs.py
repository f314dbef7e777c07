# -*- coding: utf-8 -*-
"""Corpus de démonstration « notes-s94 » : cinq PDF dans la forme des publications de
l'Observatoire des partenariats (Le RAMEAU).

Déterministe : rl_config.invariant = 1, aucune date ni valeur aléatoire ; deux
exécutions produisent des fichiers identiques octet pour octet.

Usage : /work/main/.venv/bin/python make_docs.py [dossier_de_sortie]
(par défaut : le dossier de ce script).

Chaque page est composée à la main (cadres platypus posés sur le canevas) : aucun
texte ne passe d'une page à l'autre, et un débordement de cadre arrête le script.
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
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.pdfgen import canvas  # noqa: E402
from reportlab.platypus import Frame, Paragraph, Spacer, Table, TableStyle  # noqa: E402
from reportlab.lib.fonts import addMapping  # noqa: E402

FONTDIR = "/usr/share/fonts/truetype/dejavu/"
for name, fn in [
    ("DV", "DejaVuSans.ttf"),
    ("DV-B", "DejaVuSans-Bold.ttf"),
    ("DV-I", "DejaVuSans-Oblique.ttf"),
    ("DV-BI", "DejaVuSans-BoldOblique.ttf"),
    ("DVC", "DejaVuSansCondensed.ttf"),
    ("DVC-B", "DejaVuSansCondensed-Bold.ttf"),
    ("DS", "DejaVuSerif.ttf"),
    ("DS-B", "DejaVuSerif-Bold.ttf"),
    ("DS-I", "DejaVuSerif-Italic.ttf"),
    ("DS-BI", "DejaVuSerif-BoldItalic.ttf"),
]:
    pdfmetrics.registerFont(TTFont(name, FONTDIR + fn))
for fam, r, b, i, bi in [("DV", "DV", "DV-B", "DV-I", "DV-BI"), ("DS", "DS", "DS-B", "DS-I", "DS-BI")]:
    addMapping(fam, 0, 0, r)
    addMapping(fam, 1, 0, b)
    addMapping(fam, 0, 1, i)
    addMapping(fam, 1, 1, bi)
addMapping("DVC", 0, 0, "DVC")
addMapping("DVC", 1, 0, "DVC-B")
addMapping("DVC", 0, 1, "DVC")
addMapping("DVC", 1, 1, "DVC-B")

W, H = A4
NB = "\u00a0"  # espace insécable

TEAL = colors.HexColor("#0f6b6b")
TEAL_L = colors.HexColor("#e3f1f0")
ORANGE = colors.HexColor("#d9731a")
ORANGE_L = colors.HexColor("#fbeee2")
GREY = colors.HexColor("#555555")
GREY_L = colors.HexColor("#eeeeee")
PLUM = colors.HexColor("#6b2f5f")
PLUM_L = colors.HexColor("#f3e8f0")


def fr(s):
    """Typographie française : espaces insécables avant % € : ; ? ! », après «,
    dans les milliers ; apostrophe typographique."""
    s = s.replace("'", "\u2019")
    s = re.sub(r" (%|€|k€|M€|:|;|\?|!|»)", NB + r"\1", s)
    s = s.replace("« ", "«" + NB)
    s = s.replace("n° ", "n°" + NB)
    s = s.replace("Le RAMEAU", "Le" + NB + "RAMEAU")
    s = re.sub(r"(\d) (?=[a-zàâçéèêëîïôûùüÿœ])", r"\1" + NB, s)
    prev = None
    while prev != s:
        prev = s
        s = re.sub(r"(\d) (\d{3})(?!\d)", r"\1" + NB + r"\2", s)
    return s


def st(name, font="DV", size=9.5, lead=None, color=colors.black, align=TA_LEFT, **kw):
    color = kw.pop("textColor", color)
    return ParagraphStyle(name, fontName=font, fontSize=size, leading=lead or size * 1.35,
                          textColor=color, alignment=align, **kw)


BODY = st("body", size=10, lead=14, spaceAfter=6)
BODY_S = st("bodys", size=9, lead=12.4, spaceAfter=4)
SERIF = st("serif", font="DS", size=10, lead=14.4, spaceAfter=7)
SERIF_Q = st("serifq", font="DS-B", size=10, lead=14.4, spaceAfter=3, color=PLUM)
CHAPO = st("chapo", font="DS-I", size=10.5, lead=15, spaceAfter=8, textColor=GREY)
H1 = st("h1", font="DV-B", size=18, lead=22, spaceAfter=6, textColor=TEAL)
H1P = st("h1p", font="DS-B", size=19, lead=24, spaceAfter=8, color=PLUM)
H2 = st("h2", font="DV-B", size=12, lead=15, spaceBefore=4, spaceAfter=5, textColor=TEAL)
H2O = st("h2o", font="DV-B", size=11, lead=14, spaceBefore=6, spaceAfter=4, textColor=ORANGE)
SUB = st("sub", font="DV-I", size=9.5, lead=13, spaceAfter=8, textColor=GREY)
BULLET = st("bullet", size=10, lead=13.8, leftIndent=14, bulletIndent=4, spaceAfter=2)
FOOT = st("foot", size=7.3, lead=9.4, textColor=GREY, spaceAfter=1.5)
CELL = st("cell", font="DVC", size=8.8, lead=11)
CELL_B = st("cellb", font="DVC-B", size=8.8, lead=11, textColor=colors.white)
CELL_R = st("cellr", font="DVC", size=8.8, lead=11, align=2)
CELL_BR = st("cellbr", font="DVC-B", size=8.8, lead=11, textColor=colors.white, align=2)
BIG = st("big", font="DV-B", size=24, lead=28, align=TA_CENTER, textColor=TEAL)
BIG_O = st("bigo", font="DV-B", size=24, lead=28, align=TA_CENTER, textColor=ORANGE)
LEG = st("leg", size=8.2, lead=10.4, align=TA_CENTER, textColor=GREY)
QUOTE = st("quote", font="DS-BI", size=12.5, lead=17, align=TA_CENTER, color=PLUM)
BOXT = st("boxt", font="DV-B", size=10, lead=13, color=TEAL, spaceAfter=4)


def P(text, style=BODY, bullet=None):
    if bullet:
        return Paragraph(fr(text), style, bulletText=bullet)
    return Paragraph(fr(text), style)


def fn_call(n):
    """Appel de note en exposant."""
    return "<super>%s</super>" % n


class Doc:
    def __init__(self, path, title, subject):
        self.c = canvas.Canvas(path, pagesize=A4, invariant=1, pageCompression=1)
        self.c.setTitle(title)
        self.c.setSubject(subject)
        self.c.setAuthor("Observatoire des partenariats (corpus de démonstration)")
        self.c.setCreator("make_docs.py (reportlab)")
        self.c.setProducer("reportlab")

    def frame(self, x, y, w, h, flows, pad=0):
        f = Frame(x, y, w, h, leftPadding=pad, rightPadding=pad, topPadding=pad, bottomPadding=pad,
                  showBoundary=0)
        flows = list(flows)
        f.addFromList(flows, self.c)
        if flows:
            raise RuntimeError("Débordement du cadre (%s, %s, %s, %s) : %r" % (x, y, w, h, flows[0]))

    def text(self, x, y, s, font="DV", size=8, color=GREY, align="left"):
        c = self.c
        c.setFont(font, size)
        c.setFillColor(color)
        s = fr(s)
        if align == "left":
            c.drawString(x, y, s)
        elif align == "right":
            c.drawRightString(x, y, s)
        else:
            c.drawCentredString(x, y, s)
        c.setFillColor(colors.black)

    def rule(self, x1, y1, x2, y2, color=TEAL, width=0.8):
        self.c.setStrokeColor(color)
        self.c.setLineWidth(width)
        self.c.line(x1, y1, x2, y2)

    def box(self, x, y, w, h, fill, stroke=None, radius=4):
        c = self.c
        c.setFillColor(fill)
        if stroke:
            c.setStrokeColor(stroke)
            c.setLineWidth(0.8)
        c.roundRect(x, y, w, h, radius, stroke=1 if stroke else 0, fill=1)
        c.setFillColor(colors.black)

    def next(self):
        self.c.showPage()

    def save(self):
        self.c.save()


def table(rows, widths, header_bg=TEAL, zebra=True, first_col_style=CELL, num_style=CELL_R):
    data = []
    for i, r in enumerate(rows):
        line = []
        for j, cell in enumerate(r):
            if i == 0:
                line.append(P(cell, CELL_B if j == 0 else CELL_BR))
            elif j == 0:
                line.append(P(cell, first_col_style))
            else:
                line.append(P(cell, num_style))
        data.append(line)
    t = Table(data, colWidths=widths)
    cmds = [
        ("BACKGROUND", (0, 0), (-1, 0), header_bg),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.HexColor("#bbbbbb")),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    if zebra:
        for i in range(2, len(rows), 2):
            cmds.append(("BACKGROUND", (0, i), (-1, i), GREY_L))
    t.setStyle(TableStyle(cmds))
    return t


def cartouches(items, width, big=BIG, bg=TEAL_L):
    """Chiffres clés en gros caractères, légende dessous ; une cellule par chiffre."""
    n = len(items)
    cells = [[P(num, big), Spacer(1, 2), P(leg, LEG)] for num, leg in items]
    t = Table([cells], colWidths=[width / n] * n)
    cmds = [("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
            ("LEFTPADDING", (0, 0), (-1, -1), 6), ("RIGHTPADDING", (0, 0), (-1, -1), 6)]
    for j in range(n):
        cmds.append(("BACKGROUND", (j, 0), (j, 0), bg))
        if j:
            cmds.append(("LINEBEFORE", (j, 0), (j, 0), 2, colors.white))
    t.setStyle(TableStyle(cmds))
    return t


def boxed(flows, width, bg=ORANGE_L, border=ORANGE):
    t = Table([[flows]], colWidths=[width])
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), bg), ("BOX", (0, 0), (-1, -1), 1, border),
                           ("LEFTPADDING", (0, 0), (-1, -1), 9), ("RIGHTPADDING", (0, 0), (-1, -1), 9),
                           ("TOPPADDING", (0, 0), (-1, -1), 7), ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    return t


ML, MR = 52, 52          # marges gauche / droite
CW = W - ML - MR          # largeur utile


# ---------------------------------------------------------------------------
# 01 : baromètre régional (4 pages, pages imprimées 31 à 34)
# ---------------------------------------------------------------------------

QUOTE_S = st("quotes", font="DV-I", size=9, lead=12.4, color=GREY, spaceBefore=2, spaceAfter=4, leftIndent=10)
SIGN_S = st("sign", font="DV", size=7.8, lead=10, color=GREY, leftIndent=10)


def baro_header(d):
    d.text(ML, H - 34, "Observatoire des partenariats · Baromètre régional des alliances en territoire",
           font="DV-B", size=8, color=TEAL)
    d.text(W - MR, H - 34, "Édition 2025", font="DV", size=8, color=TEAL, align="right")
    d.rule(ML, H - 40, W - MR, H - 40)


def baro_footer(d, printed):
    d.rule(ML, 40, W - MR, 40, color=GREY, width=0.4)
    d.text(ML, 28, "Le RAMEAU · Cahier régional de l'enquête 2024", size=7.5)
    d.text(W - MR, 28, str(printed), font="DV-B", size=9, color=TEAL, align="right")


def baro_footnotes(d, notes, y=48, h=24):
    d.rule(ML, y + h + 2, ML + 120, y + h + 2, color=GREY, width=0.4)
    d.frame(ML, y, CW, h, [P(n, FOOT) for n in notes])


def mini_chart(d, x, y, w, h, region_name, v_region, v_fr=91):
    """Barres sans étiquette de valeur : région / France, graduations 0-50-100."""
    c = d.c
    d.box(x, y, w, h, GREY_L, radius=4)
    d.text(x + 10, y + h - 16, "Maires qui voient leur territoire", font="DV-B", size=7.6, color=TEAL)
    d.text(x + 10, y + h - 26, "en mouvement (en %)", font="DV", size=7.6, color=TEAL)
    x0, x1 = x + 12, x + w - 16
    yy = y + h - 46
    for lab, v, col in ((region_name, v_region, TEAL), ("France", v_fr, ORANGE)):
        d.text(x0, yy, lab, font="DV", size=7.4, color=colors.black)
        c.setFillColor(col)
        c.rect(x0, yy - 15, (x1 - x0) * v / 100.0, 10, stroke=0, fill=1)
        yy -= 32
    d.rule(x0, yy + 13, x1, yy + 13, color=GREY, width=0.5)
    for t in (0, 50, 100):
        xt = x0 + (x1 - x0) * t / 100.0
        d.rule(xt, yy + 13, xt, yy + 10, color=GREY, width=0.5)
        d.text(xt, yy + 2, str(t), font="DV", size=6.8, color=GREY, align="center")
    c.setFillColor(colors.black)


def region(d, y, h, name, rank, cards, paras, v_region, quote=None, bullets=None, after=None):
    """Une région sur une demi-page : titre, cartouches, texte à gauche, graphique à droite."""
    head = P('%s <font color="#d9731a">·</font> <font size="10" name="DV">%s</font>' % (name, rank), H2)
    cards_t = cartouches(cards, CW)
    top_h = head.wrap(CW, 999)[1] + H2.spaceAfter + cards_t.wrap(CW, 999)[1] + 8
    d.frame(ML, y + h - top_h, CW, top_h, [head, cards_t])
    chart_w, chart_h = 150, 118
    text_w = CW - chart_w - 18
    flows = []
    for p in paras:
        flows.append(P(p, BODY))
    if bullets:
        flows.append(P(bullets[0], BODY))
        for b in bullets[1:]:
            flows.append(P(b, BULLET, bullet="•"))
        flows.append(Spacer(1, 4))
    if after:
        flows.append(P(after, BODY))
    if quote:
        flows.append(P(quote[0], QUOTE_S))
        flows.append(P(quote[1], SIGN_S))
    d.frame(ML, y, text_w, h - top_h - 10, flows)
    mini_chart(d, ML + text_w + 18, y + h - top_h - 10 - chart_h, chart_w, chart_h, name, v_region)


def doc_barometre(path):
    d = Doc(path, "Baromètre régional des alliances en territoire - édition 2025",
            "Cahier régional de l'enquête 2024 auprès des maires, des habitants et des responsables associatifs")
    mid = 432  # séparation des demi-pages
    top = H - 48
    low_y, low_h = 84, mid - 84 - 8
    up_y, up_h = mid + 8, top - mid - 8

    # --- page 1 (imprimée 31)
    baro_header(d)
    d.frame(ML, up_y, CW, up_h, [
        P("Les régions au miroir de la moyenne nationale", H1),
        P("Enquête 2024 : maires, habitants, responsables associatifs · publication en mars 2025", SUB),
        P("Cette édition repose sur une enquête téléphonique conduite du 30 septembre au 28 octobre 2024 auprès de "
          "302 maires, dont 84 % dirigent une commune de moins de 2 000 habitants. Un panel en ligne "
          "d'habitants et de responsables associatifs complète le dispositif."),
        P("À l'échelle nationale, 91 % des maires voient leur territoire en mouvement, dont 35 % fortement. "
          "Les effectifs régionaux restent modestes, de 28 à 46 maires selon les régions : un écart "
          "inférieur à 4 points à la moyenne nationale n'est donc pas significatif" + fn_call(1) + "."),
        P("<b>Comment lire ce cahier ?</b> Chaque région est présentée avec ses chiffres clés, un commentaire et "
          "un graphique qui la situe par rapport à la moyenne nationale. Les régions dont l'effectif est trop "
          "faible ne sont pas présentées séparément ; les réponses de leurs maires restent comptées dans la "
          "moyenne nationale. Le classement final reprend l'indicateur du mouvement des territoires.", BODY),
        Spacer(1, 4),
        boxed([P("<b>Méthode.</b> L'enquête auprès des maires a été réalisée par un institut indépendant, selon la "
                 "méthode des quotas (taille de commune et région). Les résultats régionaux ne sont pas redressés ; "
                 "ils décrivent les maires interrogés dans chaque région et doivent être lus comme des tendances.",
                 BODY_S)], CW, bg=TEAL_L, border=TEAL),
    ])
    d.rule(ML, mid, W - MR, mid, color=ORANGE, width=1.2)
    region(d, low_y, low_h, "Bretagne", "1re région pour la confiance",
           [("94 %", "des maires bretons voient leur territoire en mouvement"),
            ("7,4/10", "note de confiance des habitants envers les associations"),
            ("3 900", "associations employeuses engagées dans un partenariat")],
           ["Avec 41 maires interrogés, la Bretagne devance de 3 points la moyenne nationale pour le mouvement "
            "des territoires. La confiance y est aussi plus forte : 58 % des habitants et 77 % des élus jugent "
            "qu'une alliance locale a déjà changé leur quotidien.",
            "Les alliances y naissent souvent d'un besoin très concret : un commerce qui ferme, une école à "
            "rénover, un service de mobilité à inventer. Les élus citent d'abord l'action sociale et la "
            "transition écologique comme terrains de coopération. Les entreprises, souvent de petite taille, "
            "s'engagent d'abord par des prêts de matériel ou de locaux avant de s'impliquer davantage."],
           94,
           quote=("« Ici, l'association, la boulangerie et la mairie se parlent depuis longtemps ; l'enquête ne "
                  "fait que mettre des mots dessus. »", "Maire d'une commune du Finistère"))
    baro_footnotes(d, [fn_call(1) + " Écarts calculés sur la moyenne nationale de l'enquête 2024, selon la même "
                       "règle que dans l'édition 2022 du baromètre."])
    baro_footer(d, 31)
    d.next()

    # --- page 2 (imprimée 32)
    baro_header(d)
    region(d, up_y, up_h, "Normandie", "2e région pour l'engagement des élus",
           [("83 %", "des maires jugent leur territoire engagé"),
            ("2 600", "associations employeuses en partenariat"),
            ("6,9/10", "note de confiance des habitants")],
           ["Les 37 maires normands interrogés dépassent nettement la moyenne nationale, fixée à 76 %. "
            "Un sur deux avoue pourtant ne pas savoir piloter une alliance, contre 46 % des maires en France"
            + fn_call(2) + ". Dans l'édition 2022, la région n'occupait que la 5e place.",
            "Le tissu associatif y est dense dans les bourgs ruraux, où les partenariats reposent souvent sur "
            "quelques bénévoles très engagés et sur l'appui des intercommunalités. Les élus y réclament surtout "
            "des outils simples pour animer les partenariats dans la durée."],
           92,
           quote=("« Nous savons lancer des projets ensemble ; les faire durer est une autre affaire. »",
                  "Maire d'une commune de l'Orne"))
    d.rule(ML, mid, W - MR, mid, color=ORANGE, width=1.2)
    region(d, low_y, low_h, "Occitanie", "6e rang pour le mouvement des territoires",
           [("88 %", "des maires voient leur territoire en mouvement"),
            ("45", "maires interrogés dans la région"),
            ("1,2 M€", "apportés par le fonds régional de co-construction")],
           ["En Occitanie, les élus sont 68 % et les chefs d'entreprise 49 % à déclarer au moins un projet "
            "commun avec une association, alors que la région reste sous la moyenne nationale pour le "
            "mouvement des territoires.",
            "L'écart tient surtout aux communes de montagne, où l'isolement complique la rencontre entre acteurs. "
            "Le fonds régional de co-construction cherche précisément à financer ces premiers rapprochements, "
            "en priorité dans les vallées où les services publics se sont éloignés."],
           88,
           quote=("« Le plus dur, c'est la première réunion autour de la même table. »",
                  "Responsable associative de l'Aveyron"))
    baro_footnotes(d, [fn_call(2) + " Chiffre national de l'étude IMPACT. La Normandie avait déjà fait l'objet du "
                       "11e rapport régional de l'Observatoire, publié un 26 novembre."])
    baro_footer(d, 32)
    d.next()

    # --- page 3 (imprimée 33)
    baro_header(d)
    region(d, up_y, up_h, "Grand Est", "3e région pour le « jouer collectif »",
           [("69 %", "des élus locaux prêts à « jouer collectif »"),
            ("3 100", "associations employeuses partenaires"),
            ("6,5/10", "note de confiance des habitants")],
           ["Les 39 maires interrogés y citent moins souvent les entreprises, mais les responsables associatifs "
            "jugent utiles les conventions signées à 75 %. La part des élus prêts à « jouer collectif » "
            "dépasse le chiffre national de novembre 2020, qui était de 64 %.",
            "Les coopérations transfrontalières, nombreuses dans la région, expliquent en partie cette avance : "
            "elles habituent les acteurs à travailler avec des partenaires très différents. Les associations "
            "d'éducation populaire y jouent souvent le rôle d'assembleur."],
           90,
           quote=("« La frontière nous a appris à coopérer bien avant que le mot alliance soit à la mode. »",
                  "Maire d'une commune de Moselle"))
    d.rule(ML, mid, W - MR, mid, color=ORANGE, width=1.2)
    region(d, low_y, low_h, "Hauts-de-France", "1re région pour la coopération économique",
           [("62 %", "des responsables associatifs engagés dans une coopération économique"),
            ("34", "maires interrogés dans la région")],
           ["La région compte quatre pôles territoriaux de coopération économique" + fn_call(3) + "."],
           89,
           bullets=["Partenaires cités par les maires de la région :",
                    "les associations : 81 % ;",
                    "les entreprises : 57 % ;",
                    "les fondations : 22 %."],
           after="Ces pôles associent des entreprises d'insertion, des associations et des collectivités autour "
                 "de filières locales, de la réparation au réemploi. Ils servent souvent de porte d'entrée aux "
                 "entreprises qui découvrent le monde associatif.")
    baro_footnotes(d, [fn_call(3) + " Pôles reconnus par la loi n° 2014-856 du 31 juillet 2014 relative à "
                       "l'économie sociale et solidaire."])
    baro_footer(d, 33)
    d.next()

    # --- page 4 (imprimée 34)
    baro_header(d)
    region(d, up_y, up_h, "Nouvelle-Aquitaine", "2e région pour le mouvement des territoires",
           [("46", "maires interrogés, l'effectif le plus élevé"),
            ("5 300", "associations employeuses en partenariat"),
            ("7,1/10", "note de confiance des habitants")],
           ["Quatre habitants sur dix y ont déjà pris part à un projet porté ensemble par une association et "
            "une entreprise, contre un tiers des Français.",
            "La région se distingue par la vitalité de ses réseaux associatifs ruraux et par l'implication des "
            "fondations d'entreprise dans les territoires littoraux. Les maires y décrivent des alliances "
            "souvent nées d'une crise locale, puis installées dans la durée."],
           93,
           quote=("« On ne demande plus qui finance ; on demande qui fait quoi. »", "Maire d'une commune des Landes"))
    d.rule(ML, mid, W - MR, mid, color=ORANGE, width=1.2)
    rows = [["Rang", "Région", "Part des maires (en %)"],
            ["1re", "Bretagne", "94"],
            ["2e", "Nouvelle-Aquitaine", "93"],
            ["3e", "Normandie", "92"],
            ["4e", "Grand Est", "90"],
            ["5e", "Hauts-de-France", "89"],
            ["6e", "Occitanie", "88"],
            ["–", "Ensemble de la France", "91"]]
    t = Table([[P(c, CELL_B if i == 0 else CELL) if j < 2 else P(c, CELL_B if i == 0 else CELL_R)
                for j, c in enumerate(r)] for i, r in enumerate(rows)], colWidths=[50, 170, 110])
    cmds = [("BACKGROUND", (0, 0), (-1, 0), TEAL), ("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.HexColor("#bbbbbb")),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("TOPPADDING", (0, 0), (-1, -1), 3.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5), ("BACKGROUND", (0, 7), (-1, 7), ORANGE_L)]
    t.setStyle(TableStyle(cmds))
    t.hAlign = "LEFT"
    d.frame(ML, low_y, CW, low_h, [
        P("Synthèse : classement des régions présentées", H2),
        P("Part des maires qui voient leur territoire en mouvement, enquête 2024" + fn_call(4), SUB),
    ])
    d.frame(ML, low_y, 340, low_h - 60, [t])
    d.frame(ML + 360, low_y, CW - 360, low_h - 60, [
        P("Les écarts entre régions restent faibles au regard des effectifs. Seul l'écart entre la tête et la "
          "fin du classement dépasse nettement la marge de lecture rappelée en ouverture de ce cahier.", BODY_S),
        P("Le prochain cahier régional portera sur les régions qui ne figurent pas dans cette édition.", BODY_S),
    ])
    baro_footnotes(d, [fn_call(4) + " Classement limité aux régions présentées ; une région dont l'effectif est "
                       "inférieur à 30 maires n'est pas classée."])
    baro_footer(d, 34)
    d.next()
    d.save()


# ---------------------------------------------------------------------------
# 02 : entretien questions-réponses (3 pages, pages imprimées 6 à 8)
# ---------------------------------------------------------------------------

def itw_header(d):
    d.text(ML, H - 34, "La Lettre de l'Observatoire des partenariats", font="DS-B", size=9, color=PLUM)
    d.text(W - MR, H - 34, "n° 42 · printemps 2025", font="DS-I", size=8.5, color=PLUM, align="right")
    d.rule(ML, H - 40, W - MR, H - 40, color=PLUM)


def itw_footer(d, printed):
    d.rule(ML, 40, W - MR, 40, color=GREY, width=0.4)
    d.text(ML, 28, "Entretien · Hélène Marchal", font="DS-I", size=8)
    d.text(W - MR, 28, str(printed), font="DS-B", size=9, color=PLUM, align="right")


def QA(q, a):
    return [P(q, SERIF_Q), P(a, SERIF)]


def doc_entretien(path):
    d = Doc(path, "Entretien : « Les fondations ont appris à jouer collectif »",
            "La Lettre de l'Observatoire des partenariats, printemps 2025")
    side_w = 150
    main_w = CW - side_w - 18
    gap = 18
    colw = (CW - gap) / 2

    # --- page 1 (imprimée 6)
    itw_header(d)
    d.frame(ML, H - 158, CW, 108, [
        P("ENTRETIEN", st("rub", font="DV-B", size=8, color=ORANGE)),
        P("« Les fondations ont appris à jouer collectif »", H1P),
        P("Déléguée générale d'une fondation territoriale de l'Ouest, Hélène Marchal accompagne depuis 2016 des "
          "alliances entre associations, entreprises et collectivités. Propos recueillis le 14 février 2025.", CHAPO),
    ])
    d.frame(ML, 50, main_w, H - 166 - 50,
            QA("Votre fondation soutient des alliances depuis bientôt dix ans. Qu'est-ce qui a le plus changé ?",
               "Le nombre, d'abord. Au début, on finançait une quinzaine de projets par an, portés chacun par une "
               "seule association. Aujourd'hui on en suit une soixantaine, et à peu près un quart associent à la "
               "fois une entreprise et une collectivité. C'est deux fois plus qu'à nos débuts, où l'on était à "
               "12 % seulement. Et puis la manière de travailler a changé : on ne finance plus un porteur, on "
               "finance une table autour de laquelle des gens très différents ont décidé de s'asseoir.")
            + QA("Comment choisissez-vous les projets ?",
                 "On regarde d'abord qui est autour de la table. Un projet porté par une association seule, même "
                 "excellent, on le renvoie vers d'autres financeurs. Ce qu'on cherche, c'est une alliance : "
                 "l'association, une entreprise du coin, la mairie, parfois l'école ou l'hôpital. Et on demande "
                 "toujours qui pilote. Quand personne ne sait répondre, on préfère attendre.")
            + QA("L'Observatoire a interrogé 42 fondations pour son étude IMPACT sur les fondations et les "
                 "territoires. Vous retrouvez-vous dans ses conclusions ?",
                 "Oui, sur l'essentiel : presque toutes disent agir d'abord sur un territoire précis. Chez nous, "
                 "à peu près 70 % de l'enveloppe va à des projets de moins de 50 000 euros, et le reste part sur "
                 "cinq ou six gros programmes. Ce qui m'a frappée dans l'étude, c'est que les fondations se voient "
                 "de plus en plus comme des assembleuses, pas seulement comme des guichets.")
            + QA("Avec quel budget ?",
                 "Environ 3,2 millions d'euros par an. Ce n'est pas énorme, mais c'est stable depuis trois ans, "
                 "et c'est ce qui compte pour nos partenaires : ils savent que nous serons encore là l'an prochain.")
            + QA("Quels territoires couvrez-vous ?",
                 "L'Ouest, surtout ses zones rurales et ses petites villes. Nous avons fait le choix de rester "
                 "proches du terrain : nos chargés de mission connaissent les maires, les associations et les chefs "
                 "d'entreprise par leur prénom, et ils passent plus de temps sur les routes qu'au bureau."))
    # encadré latéral : photo (gabarit) et repères
    sx = ML + main_w + 18
    d.box(sx, H - 330, side_w, 160, GREY_L)
    picto(d.c, "person", sx + side_w / 2, H - 250, 90, colors.HexColor("#b9b9b9"))
    d.text(sx, H - 344, "Hélène Marchal. Photo DR.", font="DS-I", size=7.5)
    d.box(sx, H - 560, side_w, 200, PLUM_L)
    d.frame(sx + 9, H - 555, side_w - 18, 188, [
        P("Repères", st("rep", font="DS-B", size=11, color=PLUM, spaceAfter=6)),
        P("Ancienne responsable du mécénat d'un groupe bancaire, Hélène Marchal dirige la fondation depuis sa "
          "création.", st("sd", font="DS", size=8.6, lead=12, spaceAfter=6)),
        P("Son comité d'orientation compte 22 membres, dont 8 chefs d'entreprise.",
          st("sd2", font="DS", size=8.6, lead=12, spaceAfter=6)),
        P("Le nom de l'intéressée et celui de la fondation ont été modifiés à sa demande.",
          st("sd3", font="DS-I", size=7.8, lead=10.5, textColor=GREY)),
    ])
    itw_footer(d, 6)
    d.next()

    # --- page 2 (imprimée 7) : deux colonnes, citation mise en exergue
    itw_header(d)
    yq = H - 58 - 80
    d.frame(ML, 50, colw, H - 58 - 50,
            QA("Vous avez été parmi les premiers soutiens du Fonds ODD 17. Quel bilan en tirez-vous ?",
               "Le Fonds est né en 2020, à l'initiative du RAMEAU et de la Fondation TotalEnergies, avec "
               "1,5 million d'euros pour expérimenter pendant trois ans. L'objectif affiché était de faire émerger "
               "350 « catalyseurs territoriaux ». Nous en avons accompagné une trentaine dans l'Ouest, c'est déjà "
               "beaucoup. Un catalyseur, c'est une personne ou une structure qui fait le lien entre des mondes qui "
               "ne se parlent pas. Sans eux, les meilleures intentions restent sur le papier.")
            + QA("Les élus sont-ils vraiment demandeurs ?",
                 "Oh oui. Les chiffres de l'Observatoire sont clairs : 92 % des maires disent avoir besoin "
                 "d'alliances, et chez les dirigeants d'entreprise on est à 84 % qui en ont envie. Et les Français ? "
                 "Huit sur dix, 81 % pour être précise, parlent d'un « devoir d'alliance ». Quand je présente ces "
                 "résultats dans une salle, les gens sont toujours surpris : chacun pensait être le seul à vouloir "
                 "coopérer.")
            + [Spacer(1, 6),
               boxed([P("« À peu près la moitié des maires ne savent pas encore piloter une alliance. »", QUOTE)],
                     colw, bg=PLUM_L, border=PLUM),
               Spacer(1, 8)]
            + QA("Ce constat vous inquiète ?",
                 "Il me motive, plutôt. Piloter une alliance, ça s'apprend : il faut savoir animer une réunion où "
                 "personne n'a d'autorité sur les autres, partager l'information, décider ensemble. Ce sont des "
                 "compétences que l'on peut transmettre, et c'est tout l'enjeu des formations que nous finançons."))
    d.frame(ML + colw + gap, 50, colw, H - 58 - 50,
            QA("Qu'est-ce qui bloque encore ?",
               "Le pilotage. À peu près la moitié des maires, 46 % dans la dernière enquête, ne savent pas comment "
               "s'y prendre. Et les petites associations restent à l'écart : parmi celles dont le budget est "
               "inférieur à 10 000 euros, une sur cinq seulement a un partenaire entreprise, contre une sur deux "
               "au-dessus de 150 000 euros. Ce ne sont pas les idées qui manquent, c'est le temps et "
               "l'ingénierie.")
            + QA("Combien de temps faut-il pour qu'une alliance donne des résultats ?",
                 "Deux à trois ans, je dirais. Avant, on ne voit pas grand-chose, et c'est là que beaucoup de "
                 "financeurs décrochent. Parmi nos projets, une quinzaine ont passé ce cap, et presque tous ont "
                 "trouvé un autre financeur en route. La patience fait partie du métier.")
            + QA("Que faites-vous pour les aider à tenir ?",
                 "Nous finançons du temps de coordination, ce que personne ne veut payer. Nous organisons aussi "
                 "des rencontres entre porteurs de projets : rien ne remplace le témoignage de quelqu'un qui a "
                 "traversé les mêmes difficultés un peu plus tôt.")
            + QA("Et les entreprises, qu'y gagnent-elles ?",
                 "Du sens, d'abord, et c'est souvent ce que leurs salariés réclament. Mais aussi une connaissance "
                 "fine de leur territoire, des liens avec les élus, parfois des recrutements. Les dirigeants de PME "
                 "que je rencontre ne parlent plus de mécénat : ils parlent de coopération, et ils ont raison.")
            + QA("Les associations ne craignent-elles pas d'y perdre leur indépendance ?",
                 "Certaines, oui, et c'est légitime. C'est pourquoi nous insistons sur les règles du jeu écrites dès "
                 "le départ : qui décide, qui finance, qui parle au nom de l'alliance. Quand tout est clair, "
                 "l'indépendance n'est pas menacée, elle est même mieux protégée."))
    itw_footer(d, 7)
    d.next()

    # --- page 3 (imprimée 8)
    itw_header(d)
    d.frame(ML, 200, colw, H - 58 - 200,
            QA("La Fondation des Territoires a été créée en 2022. Qu'apporte-t-elle aux fondations comme la vôtre ?",
               "Un lieu commun, au sens propre. Elle a vu le jour le 14 juin 2022 avec 21 co-fondateurs, au terme de "
               "quatre ans de préfiguration, et elle s'est donné trois missions. Nous y partageons nos outils "
               "d'évaluation avec une dizaine d'autres fondations. C'est précieux : chacune avait bricolé ses "
               "propres grilles dans son coin.")
            + QA("Vous avez signé la Charte du faire alliance. Pourquoi ?",
                 "Parce qu'elle met des mots sur ce que nous faisons. Elle a été lancée le 30 novembre 2021, le jour "
                 "du Giving Tuesday. Dans notre réseau, un peu plus d'un tiers des partenaires l'ont signée, disons "
                 "35 %, et on vise la moitié d'ici 2026.")
            + QA("Quelle place pour les habitants dans ces alliances ?",
                 "Une place encore trop modeste. On parle beaucoup des structures, moins des personnes. Nous "
                 "essayons d'associer des habitants aux comités de suivi ; c'est exigeant, mais les projets y "
                 "gagnent en justesse.")
            + QA("Et vous-même, comment êtes-vous venue à ce métier ?",
                 "Un peu par hasard, comme souvent. Je m'occupais du mécénat dans une banque, et j'y ai compris que "
                 "l'argent ne suffit pas : ce qui fait la différence, c'est la qualité des relations entre ceux qui "
                 "agissent. Le reste a suivi."))
    d.frame(ML + colw + gap, 200, colw, H - 58 - 200,
            [P("La charte ne crée aucune obligation juridique ; elle installe un climat de confiance, et c'est "
               "souvent ce qui manque au départ.", SERIF)]
            + QA("Un conseil aux fondations qui hésitent encore ?",
                 "Regarder ce qui existe. L'Observatoire a recensé plus de 1 000 exemples inspirants, et Le RAMEAU a "
                 "mené des expérimentations avec plus de 500 organisations depuis 2006. On n'invente presque "
                 "jamais seul.")
            + QA("Et demain ?",
                 "J'aimerais que l'alliance devienne un réflexe plutôt qu'une exception. Les outils existent, les "
                 "données aussi. Il reste à convaincre ceux qui n'ont jamais essayé, et pour cela rien ne vaut "
                 "l'exemple du voisin qui a osé.")
            + [Spacer(1, 8),
               boxed([P("« On n'invente presque jamais seul. »", QUOTE)], colw, bg=PLUM_L, border=PLUM)])
    d.box(ML, 62, colw, 124, PLUM_L)
    d.frame(ML + 12, 68, colw - 24, 112, [
        P("La fondation en chiffres", st("fc", font="DS-B", size=11.5, color=PLUM, spaceAfter=7)),
        P("Budget annuel : 3,2 M€", BULLET, bullet="•"),
        P("Projets suivis en 2025 : 60", BULLET, bullet="•"),
        P("Équipe : 9 salariés et une quarantaine de bénévoles", BULLET, bullet="•"),
        P("1er appel à projets : 2016", BULLET, bullet="•"),
    ])
    d.box(ML + colw + gap, 62, colw, 124, GREY_L)
    d.frame(ML + colw + gap + 12, 68, colw - 24, 112, [
        P("Pour aller plus loin", st("pl", font="DS-B", size=11.5, color=PLUM, spaceAfter=7)),
        P("L'étude IMPACT – Fondations & Territoires de l'Observatoire des partenariats ; la Charte du faire "
          "alliance ; les ressources en ligne de la Fondation des Territoires.", st("pls", font="DS", size=9,
                                                                                 lead=12.6)),
    ])
    itw_footer(d, 8)
    d.next()
    d.save()


# ---------------------------------------------------------------------------
# 03 : infographie (2 pages, pages imprimées 1/2 et 2/2)
# ---------------------------------------------------------------------------

def picto(c, kind, cx, cy, s, color):
    """Pictogrammes dessinés (aucun texte)."""
    c.saveState()
    c.setFillColor(color)
    c.setStrokeColor(color)
    if kind == "person":
        c.circle(cx, cy + s * 0.28, s * 0.16, stroke=0, fill=1)
        c.roundRect(cx - s * 0.25, cy - s * 0.42, s * 0.5, s * 0.55, s * 0.14, stroke=0, fill=1)
    elif kind == "people":
        for dx in (-0.3, 0.3):
            c.circle(cx + dx * s, cy + s * 0.22, s * 0.12, stroke=0, fill=1)
            c.roundRect(cx + dx * s - s * 0.18, cy - s * 0.38, s * 0.36, s * 0.46, s * 0.1, stroke=0, fill=1)
        c.circle(cx, cy + s * 0.3, s * 0.14, stroke=0, fill=1)
        c.roundRect(cx - s * 0.21, cy - s * 0.42, s * 0.42, s * 0.58, s * 0.12, stroke=0, fill=1)
    elif kind == "townhall":
        p = c.beginPath()
        p.moveTo(cx - s * 0.45, cy + s * 0.1)
        p.lineTo(cx, cy + s * 0.42)
        p.lineTo(cx + s * 0.45, cy + s * 0.1)
        p.close()
        c.drawPath(p, stroke=0, fill=1)
        c.rect(cx - s * 0.4, cy - s * 0.4, s * 0.8, s * 0.1, stroke=0, fill=1)
        for dx in (-0.28, -0.09, 0.09, 0.28):
            c.rect(cx + dx * s - s * 0.04, cy - s * 0.3, s * 0.08, s * 0.38, stroke=0, fill=1)
    elif kind == "factory":
        c.rect(cx - s * 0.42, cy - s * 0.4, s * 0.84, s * 0.4, stroke=0, fill=1)
        c.rect(cx + s * 0.2, cy, s * 0.12, s * 0.4, stroke=0, fill=1)
        p = c.beginPath()
        p.moveTo(cx - s * 0.42, cy)
        p.lineTo(cx - s * 0.22, cy + s * 0.18)
        p.lineTo(cx - s * 0.22, cy)
        p.lineTo(cx - s * 0.02, cy + s * 0.18)
        p.lineTo(cx - s * 0.02, cy)
        p.close()
        c.drawPath(p, stroke=0, fill=1)
    elif kind == "link":
        c.setLineWidth(s * 0.09)
        c.circle(cx - s * 0.16, cy, s * 0.22, stroke=1, fill=0)
        c.circle(cx + s * 0.16, cy, s * 0.22, stroke=1, fill=0)
    elif kind == "star":
        import math
        p = c.beginPath()
        for k in range(10):
            r = s * (0.45 if k % 2 == 0 else 0.19)
            a = math.pi / 2 + k * math.pi / 5
            x, y = cx + r * math.cos(a), cy + r * math.sin(a)
            if k == 0:
                p.moveTo(x, y)
            else:
                p.lineTo(x, y)
        p.close()
        c.drawPath(p, stroke=0, fill=1)
    elif kind == "coins":
        for k in range(4):
            c.ellipse(cx - s * 0.3, cy - s * 0.38 + k * s * 0.17, cx + s * 0.3, cy - s * 0.2 + k * s * 0.17,
                      stroke=0, fill=1)
            c.setFillColor(colors.white)
            c.ellipse(cx - s * 0.3, cy - s * 0.36 + k * s * 0.17, cx + s * 0.3, cy - s * 0.34 + k * s * 0.17,
                      stroke=0, fill=1)
            c.setFillColor(color)
    elif kind == "pin":
        c.circle(cx, cy + s * 0.1, s * 0.28, stroke=0, fill=1)
        p = c.beginPath()
        p.moveTo(cx - s * 0.24, cy - s * 0.02)
        p.lineTo(cx, cy - s * 0.45)
        p.lineTo(cx + s * 0.24, cy - s * 0.02)
        p.close()
        c.drawPath(p, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.circle(cx, cy + s * 0.1, s * 0.11, stroke=0, fill=1)
    elif kind == "doc":
        c.rect(cx - s * 0.28, cy - s * 0.4, s * 0.56, s * 0.8, stroke=0, fill=1)
        c.setStrokeColor(colors.white)
        c.setLineWidth(s * 0.05)
        for k in range(4):
            c.line(cx - s * 0.18, cy + s * 0.22 - k * s * 0.15, cx + s * 0.18, cy + s * 0.22 - k * s * 0.15)
    elif kind == "clock":
        c.setLineWidth(s * 0.08)
        c.circle(cx, cy, s * 0.38, stroke=1, fill=0)
        c.line(cx, cy, cx, cy + s * 0.25)
        c.line(cx, cy, cx + s * 0.18, cy)
    elif kind == "bars":
        for k, hh in enumerate((0.3, 0.5, 0.75)):
            c.rect(cx - s * 0.38 + k * s * 0.28, cy - s * 0.4, s * 0.2, s * hh, stroke=0, fill=1)
    c.restoreState()


def tile(d, x, y, w, h, kind, num, l1, l2, note, color):
    c = d.c
    d.box(x + 4, y + 4, w - 8, h - 8, TEAL_L if color == TEAL else ORANGE_L, radius=6)
    picto(c, kind, x + w / 2, y + h - 34, 32, color)
    nsize = 23
    while c.stringWidth(fr(num), "DV-B", nsize) > w - 30:
        nsize -= 0.5
    d.text(x + w / 2, y + h - 82, num, font="DV-B", size=nsize, color=color, align="center")
    lsize = 8.4
    while max(c.stringWidth(fr(s), "DV", lsize) for s in (l1, l2)) > w - 24:
        lsize -= 0.2
    if lsize < 7.4:
        raise RuntimeError("Légende trop longue : %r / %r" % (l1, l2))
    d.text(x + w / 2, y + 40, l1, font="DV", size=lsize, color=colors.black, align="center")
    wl = c.stringWidth(fr(l2), "DV", lsize)
    d.text(x + w / 2, y + 28, l2, font="DV", size=lsize, color=colors.black, align="center")
    # appel de source en exposant, collé à la légende
    d.text(x + w / 2 + wl / 2 + 0.8, y + 31.5, str(note), font="DV", size=5.6, color=GREY)


def infographie_page(d, title, subtitle, tiles, sources, printed, lecture=None):
    d.c.setFillColor(TEAL)
    d.c.rect(0, H - 92, W, 92, stroke=0, fill=1)
    d.text(ML, H - 48, title, font="DV-B", size=21, color=colors.white)
    d.text(ML, H - 70, subtitle, font="DV", size=10, color=colors.white)
    d.text(W - MR, H - 48, "Observatoire des partenariats", font="DV-B", size=8.5, color=colors.white,
           align="right")
    cols, rows = 3, 4
    top = H - 108
    tw = CW / cols
    th = 156
    for k, t in enumerate(tiles):
        r, cidx = divmod(k, cols)
        color = TEAL if (r + cidx) % 2 == 0 else ORANGE
        tile(d, ML + cidx * tw, top - (r + 1) * th, tw, th, *t, color=color)
    ybot = top - rows * th - 4
    if lecture:
        d.frame(ML + 4, ybot - 26, CW - 8, 26, [P(lecture, st("lec", font="DV-I", size=8, lead=10.4, textColor=GREY))])
        ybot -= 30
    sources = re.sub(r"(\d+)\. ", r"\1." + NB, sources)
    d.frame(ML + 4, 40, CW - 8, ybot - 40, [P(sources, st("src", size=6.8, lead=8.8, textColor=GREY))])
    d.rule(ML, 34, W - MR, 34, color=GREY, width=0.4)
    d.text(W - MR, 22, printed, font="DV-B", size=8, color=TEAL, align="right")
    d.text(ML, 22, "Les alliances en chiffres · 2025", font="DV", size=7, color=GREY)


def doc_infographie(path):
    d = Doc(path, "Les alliances en chiffres - infographie 2025",
            "Infographie de l'Observatoire des partenariats")
    tiles1 = [
        ("people", "69 %", "des Français ressentent", "un « devoir d'alliance »", 1),
        ("people", "81 %", "des Français évoquent", "un « devoir d'alliance »", 2),
        ("townhall", "92 %", "des maires expriment", "un « besoin d'alliance »", 2),
        ("factory", "84 %", "des dirigeants d'entreprise", "ont « envie d'alliance »", 2),
        ("star", "87 %", "des maires voient dans les", "partenariats une innovation", 3),
        ("link", "64 %", "des élus locaux veulent", "« jouer collectif »", 4),
        ("bars", "7,1/10", "note donnée à l'emploi,", "priorité des Français", 1),
        ("factory", "49 %", "des Français attendent", "un impact fort sur l'emploi", 1),
        ("person", "+ de 2 000", "personnes interrogées", "pour PHARE-Citoyens", 1),
        ("townhall", "302", "maires interrogés", "à l'automne 2024", 5),
        ("pin", "91 %", "des maires voient leur", "territoire en mouvement", 5),
        ("townhall", "84 %", "des répondants dirigent une", "commune de moins de 2 000 hab.", 5),
    ]
    infographie_page(
        d, "Les alliances en chiffres", "Citoyens, élus et entreprises : ce que disent les enquêtes", tiles1,
        "Sources : 1. PHARE-Citoyens, septembre 2015. 2. Enquêtes de l'Observatoire citées à l'appui du droit de "
        "l'alliance d'intérêt général. 3. PHARE-Institutions, novembre 2016. 4. IMPACT-Élus locaux, novembre 2020. "
        "5. IMPACTS & TRAJECTOIRES – Élus locaux, enquête téléphonique du 30 septembre au 28 octobre 2024. "
        "Deux éditions, deux chiffres : la part des Français qui évoquent un devoir d'alliance n'est pas la "
        "même en 2015 et dans les enquêtes plus récentes.",
        "1/2")
    d.next()
    tiles2 = [
        ("link", "148 000", "associations employeuses", "en France", 6),
        ("link", "98 %", "d'entre elles ont", "au moins un partenaire", 6),
        ("townhall", "89 %", "travaillent avec", "une collectivité", 6),
        ("people", "2,5", "partenaires en moyenne", "par association", 7),
        ("factory", "28 %", "des associations ont", "un partenaire entreprise", 7),
        ("doc", "42", "fondations interrogées", "par l'étude IMPACT", 8),
        ("coins", "1,5 M€", "de dotation pour", "le Fonds ODD 17", 9),
        ("pin", "350", "catalyseurs territoriaux", "visés par le Fonds", 9),
        ("star", "21", "co-fondateurs pour la", "Fondation des Territoires", 10),
        ("doc", "+ de 1 000", "exemples inspirants", "recensés", 11),
        ("clock", "15 ans", "de recherche", "empirique", 11),
        ("people", "+ de 500", "organisations", "accompagnées depuis 2006", 11),
    ]
    infographie_page(
        d, "Les alliances en chiffres", "Associations, fondations et Le RAMEAU", tiles2,
        "Sources : 6. IMPACT – Associations & Territoires. 7. Associations & Partenariats, enquête de mai-juin 2016 "
        "publiée en mars 2017. 8. IMPACT – Fondations & Territoires. 9. Fonds ODD 17, créé en 2020. "
        "10. Fondation des Territoires, créée le 14 juin 2022. 11. Le RAMEAU, créé en 2006.",
        "2/2",
        lecture="Lecture : 98 % des associations employeuses déclarent au moins un partenaire. Plusieurs "
                "partenaires possibles : le total des parts par type de partenaire dépasse 100 %.")
    d.next()
    d.save()


# ---------------------------------------------------------------------------
# 04 : appel à projets (3 pages, « Page 1 sur 3 » …)
# ---------------------------------------------------------------------------

def aap_header(d):
    d.c.setFillColor(ORANGE)
    d.c.rect(ML, H - 44, 6, 16, stroke=0, fill=1)
    d.text(ML + 12, H - 38, "Fonds régional des alliances · Appel à projets 2025", font="DV-B", size=8.5,
           color=ORANGE)
    d.text(W - MR, H - 38, "4e édition", font="DV", size=8.5, color=ORANGE, align="right")
    d.rule(ML, H - 48, W - MR, H - 48, color=ORANGE)


def aap_footer(d, n):
    d.rule(ML, 40, W - MR, 40, color=GREY, width=0.4)
    d.text(ML, 28, "Règlement de l'appel à projets « Faire alliance en territoire »", size=7.5)
    d.text(W - MR, 28, "Page %d sur 3" % n, font="DV", size=8, align="right")


def doc_appel(path):
    d = Doc(path, "Appel à projets « Faire alliance en territoire » 2025",
            "Règlement de l'appel à projets, 4e édition")
    H2A = st("h2a", font="DV-B", size=12, lead=15, spaceBefore=9, spaceAfter=5, textColor=ORANGE)

    # --- page 1
    aap_header(d)
    d.frame(ML, 50, CW, H - 60 - 50, [
        P("Appel à projets « Faire alliance en territoire »", st("t1", font="DV-B", size=20, lead=25,
                                                                   textColor=colors.black, spaceAfter=4)),
        P("Dépôt des dossiers jusqu'au 30 avril 2025 à midi", SUB),
        P("Le Fonds régional des alliances soutient les coopérations entre associations, entreprises, collectivités "
          "et fondations qui répondent à un besoin identifié sur leur territoire. Cette édition met l'accent sur "
          "les territoires ruraux et sur la capacité des partenaires à piloter ensemble leur projet. Elle est "
          "ouverte à toutes les thématiques d'intérêt général, de l'emploi local à la transition écologique, en "
          "passant par la mobilité, l'alimentation et le lien entre générations."),
        P("1. Pourquoi cet appel ?", H2A),
        P("Selon l'Observatoire des partenariats, 98 % des associations employeuses ont au moins un partenaire, "
          "mais les entreprises restent minoritaires : en 2016, seules 28 % des associations en comptaient une "
          "parmi leurs partenaires. Côté élus, 76 % des maires jugent leur territoire engagé ; le fonds veut "
          "les aider à passer de l'intention à l'action."),
        P("2. Une enveloppe en hausse", H2A),
        P("L'enveloppe de l'édition 2025 atteint 1,8 million d'euros, contre 1,2 M€ en 2024 et 900 000 € lors de "
          "la 2e édition, en 2023. Elle se répartit en trois volets :"),
        P("volet « Amorçage » : 450 000 €, avec une aide plafonnée à 30 000 € par projet ;", BULLET, bullet="•"),
        P("volet « Consolidation » : 900 000 €, jusqu'à 80 000 € par projet sur deux ans ;", BULLET, bullet="•"),
        P("volet « Essaimage » : 450 000 €, réservé aux alliances créées depuis au moins trois ans.", BULLET,
          bullet="•"),
        Spacer(1, 12),
        boxed([P("Ce que le fonds finance", st("cf", font="DV-B", size=10, textColor=ORANGE, spaceAfter=4)),
               P("Le temps de coordination entre partenaires, l'ingénierie de projet, la formation des bénévoles et "
                 "des salariés, l'évaluation et la communication sur les résultats.", BODY_S),
               P("Ce que le fonds ne finance pas", st("cnf", font="DV-B", size=10, textColor=ORANGE, spaceBefore=4,
                                                      spaceAfter=4)),
               P("L'investissement immobilier, le remboursement de dettes et les frais de fonctionnement sans lien "
                 "avec le projet. Un même porteur ne peut déposer qu'un seul dossier par édition.", BODY_S)], CW),
        Spacer(1, 10),
        P("Les volets peuvent se combiner au fil du temps : une alliance soutenue au titre de l'amorçage peut, "
          "lors d'une édition ultérieure, demander une aide à la consolidation, puis à l'essaimage si elle souhaite "
          "transmettre sa démarche à d'autres territoires. Chaque demande fait l'objet d'un nouvel examen."),
        P("Le fonds est abondé par des fondations d'entreprise, des collectivités et des mécènes individuels réunis "
          "au sein de son comité de pilotage. Il s'appuie sur les travaux de l'Observatoire des partenariats pour "
          "orienter ses priorités et mesurer les effets des projets soutenus."),
    ])
    aap_footer(d, 1)
    d.next()

    # --- page 2
    aap_header(d)
    crit = table([["Critère de sélection", "Pondération"],
                  ["Ancrage territorial du projet", "30 %"],
                  ["Qualité de l'alliance entre les partenaires", "25 %"],
                  ["Impact attendu pour les habitants", "25 %"],
                  ["Capacité de pilotage et d'évaluation", "20 %"]], [320, 110], header_bg=ORANGE)
    d.frame(ML, 50, CW, H - 60 - 50, [
        P("3. Qui peut candidater ?", H2A),
        P("Sont éligibles les alliances portées par une association loi 1901 qui remplit toutes les conditions "
          "suivantes :"),
        P("être déclarée depuis au moins deux ans au 1er janvier 2025 ;", BULLET, bullet="•"),
        P("disposer d'un budget annuel inférieur à 500 000 € ;", BULLET, bullet="•"),
        P("associer au moins deux partenaires de nature différente (entreprise, collectivité, fondation) ;", BULLET,
          bullet="•"),
        P("agir dans une commune de moins de 20 000 habitants ou dans un quartier prioritaire ;", BULLET, bullet="•"),
        P("apporter un cofinancement d'au moins 20 % du coût du projet.", BULLET, bullet="•"),
        Spacer(1, 5),
        P("En 2024, 85 % des dossiers reçus remplissaient ces conditions ; les dossiers incomplets représentaient "
          "17 % des dépôts. Les collectivités et les entreprises ne peuvent pas déposer de dossier en leur nom, "
          "mais elles sont encouragées à s'associer à une candidature."),
        P("4. Comment les projets sont-ils choisis ?", H2A),
        P("Chaque dossier, noté sur 20, est examiné par deux rapporteurs, puis par un jury de 11 membres, dont "
          "quatre chefs d'entreprise et trois élus locaux. Les critères sont pondérés comme suit :"),
        crit,
        Spacer(1, 9),
        P("Le jury veillera à l'équilibre des territoires : en 2024, 58 % des lauréats étaient implantés dans des "
          "communes de moins de 3 500 habitants. Au moins 40 % de l'enveloppe 2025 ira à des projets ruraux."),
        P("Engagements des lauréats", st("el", font="DV-B", size=10, textColor=ORANGE, spaceBefore=6,
                                         spaceAfter=4)),
        P("Les lauréats s'engagent à participer aux rencontres du réseau, à transmettre un bilan intermédiaire "
          "puis un bilan final, et à mentionner le soutien du fonds dans leur communication. Ils bénéficient en "
          "retour d'un accompagnement par un chargé de mission et d'un accès aux outils de l'Observatoire des "
          "partenariats."),
        P("Déroulement de l'instruction", st("di", font="DV-B", size=10, textColor=ORANGE, spaceBefore=6,
                                             spaceAfter=4)),
        P("L'équipe du fonds vérifie d'abord la recevabilité des dossiers. Les rapporteurs rencontrent ensuite "
          "les porteurs de projet, sur place ou à distance, avant de rédiger un avis motivé. Le jury se prononce "
          "au vu de ces avis ; sa décision n'est pas susceptible de recours, mais chaque candidat non retenu reçoit "
          "un retour écrit sur son dossier."),
    ])
    aap_footer(d, 2)
    d.next()

    # --- page 3
    aap_header(d)
    cal = table([["Étape", "Date"],
                 ["Ouverture de l'appel", "3 février 2025"],
                 ["Webinaire d'information", "6 mars 2025, 11 h"],
                 ["Clôture des dépôts", "30 avril 2025, 12 h"],
                 ["Réunion du jury", "17 juin 2025"],
                 ["Annonce des lauréats", "8 juillet 2025"]], [270, 160], header_bg=ORANGE)
    bilan = table([["Édition", "Dossiers reçus", "Lauréats", "Montant accordé"],
                   ["2022", "64", "14", "410 000 €"],
                   ["2023", "88", "19", "870 000 €"],
                   ["2024", "121", "26", "1 150 000 €"]], [130, 100, 90, 110], header_bg=ORANGE)
    d.frame(ML, 150, CW, H - 60 - 150, [
        P("5. Calendrier", H2A),
        cal,
        Spacer(1, 7),
        P("Les projets retenus démarreront au plus tard le 1er octobre 2025. Le dossier se dépose en ligne ; il "
          "comprend une présentation de l'alliance et de ses partenaires, un budget prévisionnel équilibré, une "
          "lettre d'engagement signée par chaque partenaire et les derniers comptes approuvés de l'association "
          "porteuse."),
        P("6. Bilan des éditions précédentes", H2A),
        bilan,
        Spacer(1, 9),
        P("Au total, de 2022 à 2024, le fonds a soutenu 59 alliances pour 2,43 millions d'euros ; 92 % d'entre "
          "elles étaient encore actives un an après la fin du soutien."),
        P("Les lauréats des éditions précédentes peuvent candidater de nouveau, au titre du volet « Consolidation » "
          "ou du volet « Essaimage », s'ils ont remis leur bilan final."),
        P("7. Versement et suivi de l'aide", H2A),
        P("L'aide fait l'objet d'une convention entre le fonds et l'association porteuse. Une avance est versée à "
          "la signature ; le solde l'est à la réception du bilan final. Un chargé de mission suit chaque alliance "
          "et peut proposer, en cours de route, un appui méthodologique ou une mise en relation avec d'autres "
          "lauréats."),
        P("En cas de difficulté, l'alliance peut demander à modifier son calendrier ou la répartition de son "
          "budget ; le fonds examine ces demandes avec bienveillance, pourvu qu'elles soient justifiées et "
          "présentées avant l'échéance prévue. Les sommes non utilisées sont restituées au fonds."),
        P("Données personnelles", st("dp", font="DV-B", size=10, textColor=ORANGE, spaceBefore=6, spaceAfter=4)),
        P("Les informations recueillies servent uniquement à l'instruction des dossiers et au suivi des projets. "
          "Elles ne sont transmises qu'aux membres du jury et aux partenaires financeurs du fonds."),
    ])
    d.frame(ML, 54, CW, 86, [
        boxed([P("8. Contact", st("ct", font="DV-B", size=10, textColor=ORANGE, spaceAfter=3)),
               P("Fonds régional des alliances — 12, rue des Alliances, 44000 Nantes", BODY_S),
               P("Tél. 02 61 91 00 42 — candidatures@fonds-alliances.example", BODY_S)], CW),
    ])
    aap_footer(d, 3)
    d.next()
    d.save()


# ---------------------------------------------------------------------------
# 05 : rapport d'évaluation (4 pages, pages imprimées 3 à 6)
# ---------------------------------------------------------------------------

def eval_header(d):
    d.text(ML, H - 34, "Évaluation du programme « Territoires d'alliances » · Rapport final", font="DV", size=8,
           color=GREY)
    d.rule(ML, H - 40, W - MR, H - 40, color=GREY, width=0.5)


def eval_footer(d, printed):
    d.rule(ML, 40, W - MR, 40, color=GREY, width=0.4)
    d.text(ML, 28, "Observatoire des partenariats · janvier 2025", size=7.5)
    d.text(W / 2, 28, "— %d —" % printed, font="DV-B", size=8.5, color=TEAL, align="center")


def eval_notes(d, notes, h):
    d.rule(ML, 48 + h + 3, ML + 120, 48 + h + 3, color=GREY, width=0.4)
    d.frame(ML, 48, CW, h, [P(n, FOOT) for n in notes])


def before_after_chart(d, x, y, w, h, rows):
    """Barres avant / après, sans étiquette de valeur ; graduations 0 à 100."""
    c = d.c
    d.box(x, y, w, h, GREY_L, radius=4)
    d.text(x + 12, y + h - 18, "Indicateurs avant / après (en % des répondants de chaque groupe)", font="DV-B",
           size=8.2, color=TEAL)
    x0, x1 = x + 110, x + w - 24
    yy = y + h - 44
    for lab, v0, v1 in rows:
        d.text(x + 12, yy - 8, lab, font="DV", size=8, color=colors.black)
        c.setFillColor(colors.HexColor("#9bbfbd"))
        c.rect(x0, yy - 4, (x1 - x0) * v0 / 100.0, 8, stroke=0, fill=1)
        c.setFillColor(TEAL)
        c.rect(x0, yy - 14, (x1 - x0) * v1 / 100.0, 8, stroke=0, fill=1)
        yy -= 28
    d.rule(x0, yy + 8, x1, yy + 8, color=GREY, width=0.5)
    for t in (0, 25, 50, 75, 100):
        xt = x0 + (x1 - x0) * t / 100.0
        d.rule(xt, yy + 8, xt, yy + 5, color=GREY, width=0.5)
        d.text(xt, yy - 3, str(t), font="DV", size=6.8, color=GREY, align="center")
    c.setFillColor(colors.HexColor("#9bbfbd"))
    c.rect(x0, y + 8, 8, 6, stroke=0, fill=1)
    d.text(x0 + 12, y + 8, "Avant (mars 2021)", size=7, color=GREY)
    c.setFillColor(TEAL)
    c.rect(x0 + 110, y + 8, 8, 6, stroke=0, fill=1)
    d.text(x0 + 122, y + 8, "Après (nov. 2023)", size=7, color=GREY)
    c.setFillColor(colors.black)


def doc_evaluation(path):
    d = Doc(path, "Évaluation du programme « Territoires d'alliances » 2021-2023 - rapport final",
            "Rapport d'évaluation, janvier 2025")

    # --- page 1 (imprimée 3)
    eval_header(d)
    d.frame(ML, 84, CW, H - 52 - 84, [
        P("Évaluation du programme « Territoires d'alliances » 2021-2023", st("te", font="DV-B", size=18, lead=23,
                                                                                textColor=TEAL, spaceAfter=4)),
        P("Rapport final remis au comité de pilotage le 15 janvier 2025", SUB),
        P("1. Le programme en bref", H2),
        P("Lancé au printemps 2021 dans 12 territoires, le programme a accompagné pendant trois ans 186 alliances, "
          "qui réunissaient 412 associations, 238 entreprises et 97 collectivités" + fn_call(1) + ". Son budget "
          "total s'est élevé à 2,4 millions d'euros, apportés à 62 % par des fondations."),
        P("Chaque alliance a bénéficié d'un accompagnement méthodologique, d'un appui financier et d'un accès aux "
          "ressources de l'Observatoire des partenariats. Le programme visait trois effets : renforcer les "
          "associations, ancrer les entreprises dans leur territoire et outiller les élus."),
        P("2. Méthode", H2),
        P("L'évaluation compare deux vagues d'enquête : une mesure « avant » en mars 2021, auprès de 1 040 "
          "personnes, et une mesure « après » en novembre 2023, auprès de 980 personnes. Elle s'appuie aussi sur "
          "des entretiens avec les porteurs de projet et sur les données de suivi du programme."),
        P("Les personnes interrogées sont des responsables associatifs, des dirigeants d'entreprise, des élus et "
          "des agents des collectivités partenaires. Les mêmes questions ont été posées lors des deux vagues, ce qui "
          "permet de comparer les réponses terme à terme."),
        P("Synthèse", H2),
        P("Le programme a atteint ses objectifs de couverture et fait progresser les indicateurs suivis. Ses "
          "effets sont plus nets là où les partenaires se connaissaient peu au départ ; ils restent fragiles là "
          "où l'alliance reposait sur une seule personne. Les pages suivantes détaillent ces résultats, puis les "
          "recommandations du comité."),
        P("Gouvernance et limites", H2),
        P("Le programme a été piloté par un comité réunissant les fondations financeuses, des représentants des "
          "collectivités et des têtes de réseau associatives. L'Observatoire des partenariats en a assuré le suivi "
          "scientifique ; un cabinet indépendant a conduit l'évaluation."),
        P("L'évaluation ne dispose pas de groupe témoin : les territoires qui n'ont pas participé au programme "
          "n'ont pas été interrogés. Les écarts observés décrivent donc une évolution, sans mesurer un effet "
          "propre du programme."),
        P("Elle ne couvre pas non plus les alliances qui ont renoncé avant la fin de leur première année : leurs "
          "porteurs n'ont pas pu être joints lors de la seconde vague d'enquête."),
    ])
    eval_notes(d, [fn_call(1) + " Le programme prolonge le parcours d'expérience conduit avec le CGET, qui "
                   "réunissait 11 territoires pionniers ; un document plus ancien parle de 10 territoires pilotes."],
               h=24)
    eval_footer(d, 3)
    d.next()

    # --- page 2 (imprimée 4)
    eval_header(d)
    t = table([["Indicateur", "Avant (mars 2021)", "Après (nov. 2023)", "Écart"],
               ["Associations ayant un partenaire entreprise", "31 %", "44 %", "+13 pts"],
               ["Entreprises engagées dans un partenariat local", "24 %", "35 %", "+11 pts"],
               ["Maires qui savent piloter une alliance", "48 %", "61 %", "+13 pts"]],
              [215, 95, 95, 60])
    d.frame(ML, 335, CW, H - 52 - 335, [
        P("3. Ce qui a changé : indicateurs avant / après", H2),
        P("Le tableau ci-dessous rapproche les deux mesures ; les écarts sont exprimés en points."),
        Spacer(1, 2),
        t,
        Spacer(1, 4),
        P("Lecture : en novembre 2023, 44 % des associations accompagnées avaient un partenaire entreprise, "
          "contre 31 % en mars 2021.", st("lec2", font="DV-I", size=8.2, lead=11, textColor=GREY, spaceAfter=12)),
        P("Les progrès sont plus nets dans les communes de moins de 3 500 habitants, où la part des maires qui "
          "savent piloter une alliance a gagné 19 points. La note de confiance des habitants envers les alliances "
          "passe, elle, de 5,8/10 à 6,7/10."),
        P("Ces évolutions ne sont pas toutes imputables au programme : le contexte national a lui aussi changé "
          "pendant la période, et les territoires retenus étaient déjà volontaires. L'évaluation retient donc une "
          "lecture prudente des écarts."),
        P("Ce que disent les porteurs de projet", H2),
        P("Les entretiens confirment la tendance. Les responsables associatifs décrivent une relation plus "
          "équilibrée avec les entreprises, fondée sur des compétences partagées plutôt que sur un simple don. "
          "Les élus, de leur côté, disent mieux savoir à qui s'adresser lorsqu'un besoin apparaît sur leur "
          "territoire."),
        P("Les difficultés citées sont stables d'une vague à l'autre : le manque de temps des bénévoles, la "
          "rotation des interlocuteurs dans les entreprises et la lourdeur des dossiers de financement. Plusieurs "
          "porteurs regrettent aussi que les résultats obtenus soient peu connus au-delà de leur commune."),
        P("« Avant, chacun venait chercher de l'argent ; aujourd'hui, on vient chercher des idées. » Cette phrase "
          "d'une responsable associative résume bien le changement observé.", st("q5", font="DV-I", size=9.5,
                                                                                  lead=13.4, textColor=GREY)),
    ])
    before_after_chart(d, ML, 175, CW, 150,
                       [("Associations", 31, 44), ("Entreprises", 24, 35), ("Maires", 48, 61)])
    eval_footer(d, 4)
    d.next()

    # --- page 3 (imprimée 5)
    eval_header(d)
    t = table([["Indicateurs annuels du programme", "2021", "2022", "2023"],
               ["Alliances accompagnées", "58", "121", "186"],
               ["Bénévoles mobilisés", "1 350", "2 480", "3 900"],
               ["Budget engagé (k€)", "610", "820", "970"]],
              [235, 75, 75, 75])
    box = boxed([P("Ce qu'il faut retenir", BOXT),
                 P("Six maires sur dix se disent désormais capables de piloter une alliance.", BULLET, bullet="•"),
                 P("Huit alliances sur dix ont survécu à la fin du financement.", BULLET, bullet="•"),
                 P("Chaque euro apporté par le programme a entraîné 1,60 € de cofinancement.", BULLET, bullet="•")],
                CW - 40, bg=TEAL_L, border=TEAL)
    d.frame(ML, 60, CW, H - 52 - 60, [
        P("4. Une montée en charge régulière", H2),
        P("Le programme a démarré lentement : la première année a surtout servi à repérer les alliances et à "
          "former les équipes. La croissance s'est ensuite accélérée, comme le montre le tableau suivant."),
        Spacer(1, 2),
        t,
        Spacer(1, 6),
        P("Le nombre d'alliances est cumulé depuis le lancement ; les bénévoles et le budget sont comptés pour "
          "chaque année.", st("nt", font="DV-I", size=8.2, lead=11, textColor=GREY, spaceAfter=10)),
        P("La mobilisation des bénévoles a suivi celle des alliances, avec un léger décalage : les premiers mois "
          "d'une alliance reposent sur ses fondateurs, puis le cercle s'élargit. Le budget engagé, lui, a "
          "progressé moins vite que le nombre d'alliances, signe que les projets les plus récents sont aussi les "
          "plus légers."),
        Spacer(1, 8),
        box,
        Spacer(1, 14),
        P("Ces résultats confirment l'intérêt d'un accompagnement dans la durée. Ils invitent aussi à mieux "
          "mesurer, à l'avenir, les effets du programme pour les habitants eux-mêmes : les indicateurs actuels "
          "décrivent surtout les partenaires, beaucoup moins les personnes auxquelles les projets s'adressent."),
        P("L'équipe d'évaluation propose pour cela d'associer des habitants au comité de suivi et de conduire, "
          "dans quelques territoires volontaires, des enquêtes de terrain auprès des bénéficiaires."),
        Spacer(1, 6),
        boxed([P("Exemple : une épicerie solidaire devenue tiers-lieu", BOXT),
               P("Dans une petite ville du Centre, une association d'aide alimentaire, une coopérative agricole, la "
                 "mairie et une fondation d'entreprise ont transformé une épicerie solidaire en lieu de vie : "
                 "ateliers de cuisine, permanences d'accès aux droits, vente de produits locaux. Le programme a "
                 "financé la coordination et la formation des bénévoles ; la commune a mis le local à disposition. "
                 "L'alliance s'est poursuivie après la fin du financement.", BODY_S)],
               CW, bg=GREY_L, border=GREY),
        Spacer(1, 10),
        P("Cet exemple n'est pas isolé : dans la plupart des territoires, les alliances les plus solides sont "
          "celles qui ont su associer très tôt un acteur public, un acteur économique et un acteur associatif, "
          "chacun apportant ce que les autres ne pouvaient pas offrir. À l'inverse, les alliances restées entre "
          "structures de même nature se sont plus souvent essoufflées à la fin du financement."),
    ])
    eval_footer(d, 5)
    d.next()

    # --- page 4 (imprimée 6) : deux colonnes
    eval_header(d)
    gap = 18
    colw = (CW - gap) / 2
    d.frame(ML, 128, colw, H - 52 - 128, [
        P("5. Effets sur les partenaires", H2),
        P("Côté entreprises, parmi les 238 partenaires, 71 % sont des TPE ou des PME, et un quart s'engageaient "
          "pour la première fois dans une alliance" + fn_call(2) + ". Elles y ont consacré en moyenne 6 500 € par "
          "an, en numéraire ou en compétences."),
        P("Les dirigeants interrogés mettent en avant la fierté des salariés, la connaissance du territoire et, "
          "plus rarement, de nouveaux débouchés. Ceux qui s'engageaient pour la première fois disent avoir été "
          "rassurés par la présence d'un tiers chargé d'animer l'alliance."),
        P("Côté associations, 64 % déclarent avoir renforcé leur projet associatif, et 39 % ont pu recruter grâce à "
          "l'alliance."),
        P("Les petites associations sont celles qui en tirent le plus : elles gagnent en visibilité auprès des "
          "élus et accèdent à des compétences qu'elles n'auraient pas pu financer seules."),
        P("Côté collectivités, les élus décrivent surtout un changement de posture : ils se voient moins comme "
          "des financeurs que comme des animateurs de leur territoire. Les agents, eux, disent avoir appris à "
          "travailler avec des partenaires dont les rythmes et les contraintes diffèrent des leurs."),
        P("Les effets sur les habitants restent plus difficiles à établir. Les porteurs citent des services "
          "nouveaux ou maintenus, des lieux rouverts, des liens recréés ; l'évaluation n'a pas pu les mesurer "
          "de façon systématique."),
    ])
    d.frame(ML + colw + gap, 128, colw, H - 52 - 128, [
        P("6. Recommandations", H2),
        P("Le comité recommande de prolonger le programme pendant cinq ans et d'en doubler l'implantation, pour "
          "atteindre 24 territoires en 2028" + fn_call(3) + "."),
        P("Il propose aussi de simplifier le dossier de candidature, de partager les outils d'évaluation avec les "
          "autres programmes soutenus par les fondations et de former les élus au pilotage des alliances."),
        P("Conditions de réussite", H2),
        P("un besoin partagé, formulé avec les habitants ;", BULLET, bullet="•"),
        P("un tiers chargé d'animer l'alliance et reconnu par tous ;", BULLET, bullet="•"),
        P("des règles de décision écrites dès le départ ;", BULLET, bullet="•"),
        P("un financement stable pendant la phase de démarrage.", BULLET, bullet="•"),
        P("Conclusion", H2),
        P("Le programme a montré qu'une alliance se construit dans la durée et qu'elle a besoin d'un tiers de "
          "confiance. Son prolongement permettrait de vérifier si les effets observés se maintiennent une fois "
          "l'accompagnement terminé, et de les étendre à des territoires moins avancés. Il offrirait aussi "
          "l'occasion de construire, avec l'Observatoire, des indicateurs communs à l'ensemble des programmes "
          "d'alliances soutenus par les fondations."),
    ])
    eval_notes(d, [fn_call(2) + " En janvier 2011, l'étude ARPEA Entreprises & Territoires estimait que 21 % des "
                   "entreprises développaient des partenariats et que 33 % le souhaitaient.",
                   fn_call(3) + " Dans ARPEA, 86 % des Français jugeaient urgent de créer des partenariats en 2008, "
                   "et 84 % en 2012."], h=34)
    eval_footer(d, 6)
    d.next()
    d.save()


DOCS = [
    ("obs-s94-01-barometre-regional.pdf", doc_barometre),
    ("obs-s94-02-entretien-fondation.pdf", doc_entretien),
    ("obs-s94-03-infographie.pdf", doc_infographie),
    ("obs-s94-04-appel-a-projets.pdf", doc_appel),
    ("obs-s94-05-rapport-evaluation.pdf", doc_evaluation),
]


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    os.makedirs(out, exist_ok=True)
    for name, fn in DOCS:
        fn(os.path.join(out, name))
        print(os.path.join(out, name))


if __name__ == "__main__":
    main()
