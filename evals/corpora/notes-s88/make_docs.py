# -*- coding: utf-8 -*-
"""Corpus neuf « notes-s88 » : 5 PDF dans la forme des publications de l'Observatoire des partenariats.

Usage : /work/main/.venv/bin/python make_docs.py [dossier_de_sortie]
(par défaut : le dossier de ce script). Génération déterministe (rl_config.invariant = 1).

Conventions de saisie du texte source (fonction fr()) :
  « _ » = espace insécable (milliers : 2_012) ; les espaces avant % € : ; ? ! » et après « deviennent insécables.
"""
import os
import re
import sys

from reportlab import rl_config

rl_config.invariant = 1

from reportlab.lib.colors import Color, HexColor, white  # noqa: E402
from reportlab.lib.enums import TA_CENTER, TA_LEFT  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.pdfgen import canvas  # noqa: E402
from reportlab.platypus import Frame, Paragraph, Spacer  # noqa: E402

FONTDIR = "/usr/share/fonts/truetype/dejavu/"
for name, fn in [
    ("DV", "DejaVuSans.ttf"), ("DVB", "DejaVuSans-Bold.ttf"), ("DVI", "DejaVuSans-Oblique.ttf"),
    ("DVBI", "DejaVuSans-BoldOblique.ttf"), ("DVC", "DejaVuSansCondensed.ttf"),
    ("DVCB", "DejaVuSansCondensed-Bold.ttf"), ("DVS", "DejaVuSerif.ttf"), ("DVSB", "DejaVuSerif-Bold.ttf"),
    ("DVSI", "DejaVuSerif-Italic.ttf"),
]:
    pdfmetrics.registerFont(TTFont(name, FONTDIR + fn))
pdfmetrics.registerFontFamily("DV", normal="DV", bold="DVB", italic="DVI", boldItalic="DVBI")
pdfmetrics.registerFontFamily("DVS", normal="DVS", bold="DVSB", italic="DVSI", boldItalic="DVSB")

PW, PH = A4
ML, MR = 48, 48
W = PW - ML - MR
NB = "\u00a0"

GREEN = HexColor("#2e7d5b")
LIGHT = HexColor("#e8f3ee")
BLUE = HexColor("#24527a")
LBLUE = HexColor("#e6eef6")
ORANGE = HexColor("#c8642a")
LORANGE = HexColor("#fbeee6")
GREY = HexColor("#666666")
LGREY = HexColor("#eeeeee")


def fr(s):
    """Typographie française : espaces insécables."""
    s = s.replace("_", NB)
    s = re.sub(r" ([%€:;?!»])", NB + r"\1", s)
    s = s.replace("« ", "«" + NB)
    s = s.replace("n° ", "n°" + NB)
    s = re.sub(r" (pts?)\b", NB + r"\1", s)
    s = re.sub(r" ([kM]€)", NB + r"\1", s)
    s = re.sub(r"(\d) (millions?|milliards?)\b", r"\1" + NB + r"\2", s)
    return s


def esc(s):
    return s.replace("&", "&amp;")


def P(text, **kw):
    base = dict(fontName="DV", fontSize=10.3, leading=14.2, textColor=HexColor("#222222"))
    base.update(kw)
    return Paragraph(esc(fr(text)), ParagraphStyle("p", **base))


class Page:
    def __init__(self, c, top=PH - 64):
        self.c = c
        self.y = top

    # ---- texte courant -------------------------------------------------
    def para(self, text, x=ML, width=W, space=9, **kw):
        p = P(text, **kw)
        w, h = p.wrapOn(self.c, width, 2000)
        p.drawOn(self.c, x, self.y - h)
        self.y -= h + space
        return h

    def title(self, text, size=14, color=GREEN, font="DVB", space=8):
        self.para(text, fontName=font, fontSize=size, leading=size * 1.22, textColor=color, space=space)

    def h2(self, text, color=GREEN, size=12, space=6):
        self.para(text, fontName="DVB", fontSize=size, leading=size * 1.25, textColor=color, space=space)

    def small(self, text, space=5, **kw):
        d = dict(fontName="DVI", fontSize=8.6, leading=11.2, textColor=GREY)
        d.update(kw)
        self.para(text, space=space, **d)

    def bullets(self, items, x=ML, width=W, space=3, after=5, **kw):
        for it in items:
            p = P(it, bulletText="•", bulletFontName="DV", leftIndent=12, bulletIndent=2, **kw)
            w, h = p.wrapOn(self.c, width, 2000)
            p.drawOn(self.c, x, self.y - h)
            self.y -= h + space
        self.y -= after

    def rule(self, color=GREEN, width=0.8, space=8):
        c = self.c
        c.setStrokeColor(color)
        c.setLineWidth(width)
        c.line(ML, self.y, PW - MR, self.y)
        self.y -= space

    # ---- graphique en barres ------------------------------------------
    def bars(self, items, x=ML, labw=190, barw=250, maxv=100, color=GREEN, size=9.6, step=20, after=6):
        c = self.c
        for lab, val_txt, v in items:
            yb = self.y - step + 4
            c.setFillColor(color)
            c.rect(x + labw, yb - 1, barw * v / maxv, step - 8, stroke=0, fill=1)
            t = c.beginText()
            t.setFont("DVC", size)
            t.setFillColor(HexColor("#222222"))
            lab = fr(lab)
            val_txt = fr(val_txt)
            assert pdfmetrics.stringWidth(lab, "DVC", size) < labw - 4, lab
            t.setTextOrigin(x, yb + 1)
            t.textOut(lab)
            t.setFont("DVCB", size)
            t.moveCursor(labw + barw * v / maxv + 4, 0)
            t.textOut(val_txt)
            c.drawText(t)
            self.y -= step
        self.y -= after

    # ---- tableau (une ligne de tableau = un objet texte) -----------------
    def table(self, head, rows, colw, x=ML, size=9.4, step=19, align=None, headfont="DVCB",
              font="DVC", bold_first=False, shade=LGREY, after=6, last_bold=False):
        c = self.c
        n = len(colw)
        align = align or (["L"] + ["R"] * (n - 1))
        xs = [x]
        for w_ in colw[:-1]:
            xs.append(xs[-1] + w_)
        total = sum(colw)

        def row(cells, fnt, yb, fill=None):
            if fill is not None:
                c.setFillColor(fill)
                c.rect(x, yb - 5, total, step, stroke=0, fill=1)
            t = c.beginText()
            t.setFillColor(HexColor("#222222"))
            cur = None
            for i, cell in enumerate(cells):
                cell = fr(cell)
                f = fnt[i] if isinstance(fnt, (list, tuple)) else fnt
                sw = pdfmetrics.stringWidth(cell, f, size)
                assert sw <= colw[i] - 4, (cell, sw, colw[i])
                if cell == "":
                    continue
                if align[i] == "L":
                    tx = xs[i] + 2
                elif align[i] == "C":
                    tx = xs[i] + (colw[i] - sw) / 2
                else:
                    tx = xs[i] + colw[i] - 4 - sw
                t.setFont(f, size)
                if cur is None:
                    t.setTextOrigin(tx, yb)
                else:
                    t.moveCursor(tx - cur, 0)
                cur = tx
                t.textOut(cell)
            c.drawText(t)

        # en-tête : liste de lignes
        heads = head if isinstance(head[0], (list, tuple)) else [head]
        for k, hl in enumerate(heads):
            self.y -= step
            row(hl, headfont, self.y + 5, fill=shade if shade else None)
        c.setStrokeColor(GREY)
        c.setLineWidth(0.6)
        c.line(x, self.y, x + total, self.y)
        for j, r in enumerate(rows):
            self.y -= step
            fnts = [font] * n
            if bold_first:
                fnts[0] = headfont
            if last_bold and j == len(rows) - 1:
                fnts = [headfont] * n
            row(r, fnts, self.y + 5)
            c.setStrokeColor(HexColor("#cccccc"))
            c.setLineWidth(0.3)
            c.line(x, self.y, x + total, self.y)
        self.y -= after

    # ---- encadrés de chiffres clés --------------------------------------
    def keyboxes(self, items, x=ML, width=W, h=88, gap=8, fill=LIGHT, numcolor=GREEN, numsize=20,
                 labsize=8.3, after=10):
        c = self.c
        n = len(items)
        bw = (width - gap * (n - 1)) / n
        top = self.y
        for i, (num, lab) in enumerate(items):
            bx = x + i * (bw + gap)
            c.setFillColor(fill)
            c.roundRect(bx, top - h, bw, h, 6, stroke=0, fill=1)
            c.setFillColor(numcolor)
            c.setFont("DVB", numsize)
            num = fr(num)
            assert pdfmetrics.stringWidth(num, "DVB", numsize) < bw - 8, num
            c.drawCentredString(bx + bw / 2, top - 12 - numsize, num)
            p = P(lab, fontSize=labsize, leading=labsize * 1.25, alignment=TA_CENTER)
            pw_, ph_ = p.wrapOn(c, bw - 12, 200)
            assert ph_ < h - numsize - 20, (lab, ph_)
            p.drawOn(c, bx + 6, top - 18 - numsize - ph_)
        self.y = top - h - after

    def boxpara(self, text, fill=LIGHT, pad=10, after=10, **kw):
        p = P(text, **kw)
        w_, h_ = p.wrapOn(self.c, W - 2 * pad, 2000)
        self.c.setFillColor(fill)
        self.c.roundRect(ML, self.y - h_ - 2 * pad, W, h_ + 2 * pad, 5, stroke=0, fill=1)
        p.drawOn(self.c, ML + pad, self.y - pad - h_)
        self.y -= h_ + 2 * pad + after

    def quote(self, text, who, fill=LGREY, color=BLUE):
        self.boxpara("« " + text + " »<br/><font name='DV' size='8.5' color='#666666'>" + who + "</font>",
                     fill=fill, fontName="DVSI", fontSize=10.5, leading=14.5, textColor=color)

    def box(self, height, fill=LIGHT, x=ML, width=W, stroke=None):
        c = self.c
        c.setFillColor(fill)
        if stroke:
            c.setStrokeColor(stroke)
            c.setLineWidth(0.8)
        c.roundRect(x, self.y - height, width, height, 5, stroke=1 if stroke else 0, fill=1)


def header(c, left, right, color=GREEN):
    c.setFont("DV", 7.8)
    c.setFillColor(color)
    c.drawString(ML, PH - 36, fr(left))
    c.drawRightString(PW - MR, PH - 36, fr(right))
    c.setStrokeColor(color)
    c.setLineWidth(0.6)
    c.line(ML, PH - 41, PW - MR, PH - 41)


def footer(c, left, num, color=GREEN):
    c.setStrokeColor(color)
    c.setLineWidth(0.4)
    c.line(ML, 40, PW - MR, 40)
    c.setFont("DV", 7.5)
    c.setFillColor(GREY)
    c.drawString(ML, 28, fr(left))
    if num:
        c.setFont("DVB", 9)
        c.setFillColor(color)
        c.drawRightString(PW - MR, 27, fr(num))


def footnotes(c, notes, y0=50, size=7.2, color=GREY, draw=True):
    """Notes de bas de page, posées au-dessus du pied de page (remontent selon leur hauteur).
    Renvoie le haut de la zone de notes ; draw=False mesure sans dessiner."""
    ps = [P(n, fontName="DV", fontSize=size, leading=size * 1.3, textColor=color) for n in notes]
    hs = [p.wrapOn(c, W, 200)[1] for p in ps]
    y = y0 + sum(hs) + 2 * len(hs)
    if draw:
        c.setStrokeColor(GREY)
        c.setLineWidth(0.4)
        c.line(ML, y + 4, ML + 120, y + 4)
        for p, h in zip(ps, hs):
            p.drawOn(c, ML, y - h)
            y -= h + 2
    return y0 + sum(hs) + 2 * len(hs) + 8  # haut de la zone de notes


def new_canvas(path, title, subject):
    c = canvas.Canvas(path, pagesize=A4, invariant=1)
    c.setTitle(title)
    c.setAuthor("Observatoire des partenariats (corpus de démonstration)")
    c.setSubject(subject)
    c.setCreator("make_docs.py (notes-s88)")
    return c


# =====================================================================
# 01 — Fiche Repère (couverture + 4 pages)
# =====================================================================
def doc01(path):
    c = new_canvas(path, "Fiche Repère n° 9 – Les associations et leurs partenaires", "Fiche Repère")
    HL = "Observatoire des partenariats · Fiche Repère n° 9"
    HR = "Novembre 2021"
    FL = "Le RAMEAU · Observatoire des partenariats · Les associations et leurs partenaires"

    # --- PDF 1 : couverture ---
    c.setFillColor(GREEN)
    c.rect(0, PH - 250, PW, 250, stroke=0, fill=1)
    pg = Page(c, top=PH - 70)
    pg.para("FICHE REPÈRE n° 9", fontName="DVB", fontSize=13, leading=16, textColor=white, space=14)
    pg.para("Les associations et leurs partenaires", fontName="DVSB", fontSize=28, leading=33,
            textColor=white, space=10)
    pg.para("Ce que disent les responsables d'associations employeuses en 2021", fontName="DVSI",
            fontSize=13, leading=16, textColor=white, space=10)
    pg.y = PH - 290
    pg.h2("L'essentiel")
    pg.keyboxes([
        ("148 000", "associations employeuses en France : la population étudiée"),
        ("98 %", "d'entre elles déclarent au moins un partenaire"),
        ("2,5", "partenaires en moyenne par association (enquête 2016)"),
        ("73 %", "agissent avec leurs partenaires à l'échelle locale"),
    ], h=96)
    pg.para("Cette fiche prolonge l'étude IMPACT – Associations & Territoires. Elle repose sur une enquête en ligne "
            "conduite du 11 janvier au 19 février 2021 auprès de 1_152 responsables d'associations employeuses, "
            "rapprochée des travaux antérieurs de l'Observatoire, créé en 2008 par la Caisse des Dépôts et "
            "Le RAMEAU. Le budget médian des associations répondantes s'établit à 95_000 €.", fontSize=10,
            leading=14, space=12)
    pg.para("Sommaire : 1. Des partenaires publics d'abord · 2. Le territoire proche, échelle privilégiée · "
            "3. Regards croisés · 4. La taille compte", fontName="DVI", fontSize=9, leading=12, textColor=GREY)
    c.setFont("DVB", 9)
    c.setFillColor(GREEN)
    c.drawString(ML, 40, "Observatoire des partenariats · Le RAMEAU · Caisse des Dépôts")
    c.showPage()

    # --- PDF 2 : page imprimée 1 ---
    header(c, HL, HR)
    pg = Page(c)
    pg.title("1. Des partenaires publics d'abord, mais pas seulement")
    pg.para("En 2021, presque toutes les associations employeuses travaillent avec d'autres : 98 % citent au "
            "moins un partenaire, et 87 % en citent au moins trois<super>1</super>. Les collectivités "
            "territoriales arrivent en tête, loin devant les acteurs académiques.", space=10)
    pg.h2("Graphique 1 – Types de partenaires cités (en % des associations employeuses)", size=9.5)
    pg.bars([
        ("Collectivités territoriales", "89 %", 89),
        ("Structures d'intérêt général", "73 %", 73),
        ("Établissements scolaires", "70 %", 70),
        ("Collectifs d'associations", "56 %", 56),
        ("Acteurs publics nationaux", "52 %", 52),
        ("Fédérations professionnelles", "37 %", 37),
        ("Acteurs académiques", "35 %", 35),
    ], after=4)
    pg.small("Lecture : 89 % des associations employeuses comptent une collectivité parmi leurs partenaires. "
             "Plusieurs réponses possibles : le total dépasse 100 %.", space=12)
    pg.para("Les entreprises ne figurent pas dans cette liste, mais elles ne sont pas absentes : lors de "
            "l'enquête de 2016, 28 % des associations en comptaient parmi leurs partenaires, contre 74 % pour "
            "les collectivités<super>2</super>.", space=10)
    pg.h2("À retenir", size=10)
    pg.bullets([
        "Le partenariat est devenu la norme : il ne distingue plus les associations entre elles.",
        "La diversité des partenaires progresse avec la taille de l'association (voir la partie 4).",
    ])
    pg.y -= 6
    pg.boxpara("<b>Exemple inspirant.</b> Dans une petite ville de l'Ouest, une association d'aide alimentaire a "
               "réuni la mairie, le collège et une coopérative agricole autour d'un atelier de cuisine. Chacun y "
               "apporte ce qu'il sait faire : des locaux, des élèves volontaires, des produits de saison. Né "
               "d'une rencontre informelle, le projet est aujourd'hui inscrit dans le projet éducatif local.",
               fill=LIGHT)
    pg.para("Ce constat invite à changer de regard : la question n'est plus de savoir si une association a "
            "des partenaires, mais comment elle les choisit, ce qu'elle en attend et ce qu'elle leur apporte "
            "en retour. C'est l'objet des pages suivantes.")
    footnotes(c, [
        "1. Base : 1_152 répondants, responsables d'associations d'au moins 1 salarié.",
        "2. Enquête « Associations & Partenariats », Recherches & Solidarités et Le RAMEAU : terrain en "
        "mai-juin 2016, publication en mars 2017.",
    ])
    footer(c, FL, "1")
    c.showPage()

    # --- PDF 3 : page imprimée 2 ---
    header(c, HL, HR)
    pg = Page(c)
    pg.title("2. Le territoire proche, échelle privilégiée")
    pg.para("Trois associations employeuses sur quatre (73 %) agissent avec leurs partenaires à l'échelle "
            "locale. L'échelle régionale ne concerne que 47 % d'entre elles, soit 26 points de moins.", space=10)
    pg.h2("Graphique 2 – Échelles d'action des partenariats (en %)", size=9.5)
    pg.bars([
        ("Locale", "73 %", 73),
        ("Départementale", "61 %", 61),
        ("Régionale", "47 %", 47),
        ("Nationale", "24 %", 24),
        ("Européenne ou internationale", "9 %", 9),
    ], color=BLUE, after=8)
    pg.h2("Graphique 3 – Formes de partenariat pratiquées (en %)", size=9.5)
    pg.bars([
        ("Mécénat", "75 %", 75),
        ("Innovation sociétale", "73 %", 73),
        ("Pratiques responsables", "70 %", 70),
        ("Coopération économique", "58 %", 58),
    ], color=ORANGE, after=4)
    pg.small("Champ : associations employeuses ayant au moins un partenaire. Plusieurs réponses possibles.",
             space=12)
    pg.para("Les formes se cumulent : une association partenaire en pratique 2,8 en moyenne. Le mouvement "
            "n'est pas nouveau : dès 2012, le rapport quinquennal ARPEA relevait que près de 46 % des "
            "associations étaient déjà engagées aux côtés d'une entreprise.", space=10)
    pg.boxpara("<b>Méthode.</b> Les échelles et les formes sont déclarées par les responsables associatifs. "
            "Une même association peut agir à plusieurs échelles ; les parts ne s'additionnent donc pas.", fill=LBLUE)
    pg.h2("Pourquoi le local domine-t-il ?", size=11)
    pg.para("Les responsables associatifs citent d'abord la proximité des interlocuteurs, la connaissance "
            "mutuelle et la facilité à se rencontrer. Les partenariats nationaux supposent, à l'inverse, des "
            "moyens de coordination que seules les structures les plus importantes peuvent mobiliser.")
    pg.bullets([
        "Qui, sur mon territoire, partage le même enjeu que mon association ?",
        "Qu'est-ce que chacun peut apporter, au-delà de l'argent ?",
        "Comment rendre compte ensemble des résultats obtenus ?",
    ])
    footer(c, FL, "2")
    c.showPage()

    # --- PDF 4 : page imprimée 3 ---
    header(c, HL, HR)
    pg = Page(c)
    pg.title("3. Regards croisés : ce que pensent les autres acteurs")
    pg.para("Les associations ne sont pas seules à croire aux alliances. Le programme PHARE a posé des "
            "questions proches aux Français, aux dirigeants d'entreprise, aux responsables associatifs et aux "
            "maires. Le tableau ci-dessous rassemble leurs réponses.", space=10)
    pg.h2("Tableau 1 – Opinions sur les alliances, par type d'acteur (en %)", size=9.5)
    pg.table(
        ["", "Français", "Dirigeants", "Associations", "Maires"],
        [
            ["Faire alliance est un devoir", "69 %", "81 %", "86 %", "87 %"],
            ["Connaissent un partenariat près de chez eux", "45 %", "52 %", "71 %", "83 %"],
            ["Souhaitent davantage de partenariats", "58 %", "63 %", "77 %", "79 %"],
        ],
        [215, 70, 70, 75, 65],
    )
    pg.small("Dirigeants : dirigeants d'entreprise. Associations : responsables associatifs.", space=3)
    pg.small("Lecture : 87 % des maires considèrent que faire alliance est un devoir.", space=3)
    pg.small("Sources : PHARE-Citoyens (septembre 2015), PHARE-Entreprises (octobre 2015), PHARE-Associations "
             "(novembre 2015), PHARE-Institutions (novembre 2016).", space=14)
    pg.para("Le consensus est large, mais il n'a pas la même intensité partout : les maires et les responsables "
            "associatifs, qui vivent les partenariats au quotidien, sont les plus convaincus ; les Français en "
            "connaissent moins souvent un près de chez eux.", space=10)
    pg.boxpara("<b>Attention aux comparaisons.</b> Ces enquêtes n'ont pas été conduites la même année et "
            "leurs questions ne sont pas formulées à l'identique. Les écarts entre colonnes donnent un ordre "
            "de grandeur, pas une mesure précise.", fill=LORANGE)
    pg.quote("Nous connaissions la mairie et le collège depuis toujours ; ce qui a changé, c'est que nous "
             "avons commencé à construire les projets ensemble, dès le départ.",
             "Responsable d'une association d'éducation populaire", fill=LIGHT, color=GREEN)
    pg.para("Ces regards croisés confirment une intuition ancienne de l'Observatoire : les alliances ne "
            "progressent pas parce qu'un acteur convainc les autres, mais parce que chacun y trouve une "
            "réponse à ses propres besoins.")
    footer(c, FL, "3")
    c.showPage()

    # --- PDF 5 : page imprimée 4 ---
    header(c, HL, HR)
    pg = Page(c)
    pg.title("4. La taille compte")
    pg.para("Plus une association est grande, plus elle s'allie à une entreprise : en 2016, c'était le cas de "
            "50 % des associations dont le budget dépasse 150_000 €, mais de 20 % seulement de celles dont le "
            "budget est inférieur à 10_000 €.", space=10)
    pg.h2("Tableau 2 – Associations ayant une entreprise pour partenaire, selon le budget (2016)", size=9.5)
    pg.table(
        ["Budget annuel de l'association", "Part des associations"],
        [
            ["Moins de 10 000 €", "20 %"],
            ["De 10 000 à 50 000 €", "24 %"],
            ["De 50 000 à 150 000 €", "35 %"],
            ["Plus de 150 000 €", "50 %"],
            ["Ensemble", "28 %"],
        ],
        [260, 130], last_bold=True,
    )
    pg.para("Côté entreprises, une note de l'Observatoire datée du 29 février 2016 indiquait que 37 % des "
            "entreprises d'au moins 10 salariés avaient noué un partenariat avec une association, une "
            "proportion proche de celle des associations (38 %, et 53 % parmi les employeuses).", space=8)
    pg.para("La dynamique était plus timide quelques années plus tôt. En 2011, l'étude ARPEA Entreprises & "
            "Territoires comptait 21 % d'entreprises partenaires d'une association ; 33 % souhaitaient le "
            "devenir et 46 % ne le souhaitaient pas.", space=10)
    pg.boxpara("<b>Pour aller plus loin.</b> Le RAMEAU a recensé plus de 1_000 exemples inspirants et mené des "
            "expérimentations auprès de plus de 500 organisations depuis 2006.", fill=LIGHT)
    pg.y -= 14
    pg.h2("Glossaire", size=11)
    pg.bullets([
        "<b>Association employeuse</b> : association qui rémunère des salariés.",
        "<b>Mécénat</b> : soutien financier, en nature ou en compétences, apporté sans contrepartie "
        "équivalente.",
        "<b>Co-construction</b> : démarche par laquelle plusieurs acteurs définissent ensemble un projet, "
        "ses objectifs et sa conduite.",
    ], after=12)
    pg.small("Contact : Observatoire des partenariats, 01_44_55_66_77 · Fiche suivante : n° 10, printemps 2022.",
             fontName="DV")
    footer(c, FL, "4")
    c.showPage()
    c.save()


# =====================================================================
# 02 — Bulletin de veille (3 pages, deux colonnes)
# =====================================================================
def brief(date, title, body):
    out = [
        P(date, fontName="DVB", fontSize=8.6, leading=11, textColor=ORANGE, spaceBefore=8),
        P(title, fontName="DVB", fontSize=11.5, leading=14, textColor=BLUE, spaceAfter=4),
    ]
    for b in body:
        out.append(P(b, fontSize=9.9, leading=13.6, spaceAfter=5))
    return out


def two_columns(c, left, right, top, bottom):
    colw = (W - 18) / 2
    f1 = Frame(ML, bottom, colw, top - bottom, leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    f2 = Frame(ML + colw + 18, bottom, colw, top - bottom, leftPadding=0, rightPadding=0, topPadding=0,
               bottomPadding=0)
    f1.addFromList(left, c)
    assert not left, "colonne de gauche trop longue"
    f2.addFromList(right, c)
    assert not right, "colonne de droite trop longue"
    c.setStrokeColor(HexColor("#bbbbbb"))
    c.setLineWidth(0.4)
    c.line(ML + colw + 9, bottom, ML + colw + 9, top)


def doc02(path):
    c = new_canvas(path, "Veille partenariale n° 27 – juin 2022", "Bulletin de veille")
    FL = "Veille partenariale · Bulletin de l'Observatoire des partenariats · n° 27 · juin 2022"

    # --- PDF 1 : page imprimée 45 ---
    c.setFillColor(BLUE)
    c.rect(ML, PH - 118, W, 78, stroke=0, fill=1)
    c.setFillColor(white)
    c.setFont("DVSB", 26)
    c.drawString(ML + 14, PH - 78, "Veille partenariale")
    c.setFont("DV", 9)
    c.drawString(ML + 14, PH - 100, fr("Le bulletin de l'Observatoire des partenariats · n° 27 · juin 2022"))
    pg = Page(c, top=PH - 132)
    pg.para("<b>Édito.</b> Faire alliance n'est plus une option réservée à quelques pionniers. Ce numéro revient "
            "sur les temps forts du semestre, de la naissance d'une fondation dédiée aux territoires au débat "
            "parlementaire sur le droit de l'alliance, et rappelle ce que disaient les études plus anciennes.",
            fontName="DVSI", fontSize=10.3, leading=14.5, space=4)
    pg.rule(color=BLUE, space=4)
    left = []
    left += brief("14 juin 2022", "Naissance de la Fondation des Territoires", [
        "Après près de quatre ans de préfiguration, la Fondation des Territoires a été créée le 14 juin 2022 "
        "sous l'égide de la Fondation de Lille. Elle réunit 21 co-fondateurs et se donne trois missions.",
        "Sa préfiguration, lancée en juillet 2018, s'est déroulée en trois étapes successives, la dernière "
        "allant de décembre 2020 à mai 2022.",
        "La nouvelle fondation entend outiller les acteurs locaux plutôt que financer des projets clés en "
        "main : formation, capitalisation des pratiques et mise en relation.",
    ])
    left += brief("Février 2022", "Le droit de l'alliance devant l'Assemblée", [
        "Déposée en février, la proposition de loi portée par Cathy Racon-Bouzon vise à reconnaître un "
        "« droit de l'alliance d'intérêt général ». Elle prolonge la feuille de route ministérielle de "
        "21 mesures qui a suivi le rapport remis le 7 mai 2020. Le texte s'inscrit dans le prolongement de la "
        "loi n° 2014-856 du 31 juillet 2014 relative à l'économie sociale et solidaire.",
        "Les données de l'Observatoire plaident en ce sens : 81 % des Français y voient un devoir d'alliance, "
        "92 % des maires un besoin et 84 % des dirigeants d'entreprise une envie.",
    ])
    right = []
    right += brief("30 novembre 2021", "Une charte pour faire alliance", [
        "Lancée à Saint-Maurice lors du Giving Tuesday, la Charte du faire alliance est le fruit d'une "
        "co-construction pilotée par la Fondation des Territoires (1). Ce « contrat de confiance » s'appuie "
        "sur plus de 1_000 exemples inspirants recensés par Le RAMEAU en quinze ans de recherche.",
        "Chaque signataire s'engage à expliciter ce qu'il apporte, ce qu'il attend et la manière dont les "
        "résultats seront partagés.",
    ])
    right += brief("Septembre 2021", "Les fondations, actrices des territoires", [
        "Publiée le 23 septembre 2021, l'étude IMPACT – Fondations & Territoires repose sur les réponses de "
        "42 fondations. Deux sur trois (67 %) financent déjà des projets co-construits à l'échelle d'un "
        "territoire.",
        "Les fondations interrogées disent chercher moins des projets à soutenir que des partenaires avec "
        "qui apprendre.",
    ])
    right += brief("Vu dans la presse", "Les alliances, sujet de société", [
        "Plusieurs titres régionaux ont consacré des dossiers aux coopérations entre associations, "
        "entreprises et collectivités. Tous insistent sur le rôle des « catalyseurs » capables de réunir "
        "des acteurs qui ne se parlaient pas.",
    ])
    notes = [
        "(1) Une page ministérielle date ce lancement du « mardi 30 septembre » ; la date du 30 novembre 2021 "
        "est celle retenue par Le RAMEAU.",
    ]
    top_notes = footnotes(c, notes, draw=False)
    two_columns(c, left, right, pg.y - 2, top_notes + 4)
    footnotes(c, notes)
    footer(c, FL, "45", color=BLUE)
    c.showPage()

    # --- PDF 2 : page imprimée 46 ---
    header(c, "Veille partenariale n° 27", "Juin 2022", color=BLUE)
    left = []
    left += brief("Mai 2022", "Fonds ODD 17 : un premier bilan", [
        "Co-créé en 2020 par Le RAMEAU et la Fondation TotalEnergies, le Fonds ODD 17 dispose d'une dotation "
        "de 1,5 M€ pour une expérimentation de 3 ans.",
        "Il mobilise 350 « catalyseurs territoriaux » ; 120 d'entre eux ont déjà suivi le parcours de "
        "formation, soit un peu plus d'un tiers.",
        "Le bilan d'étape souligne la diversité des profils : responsables associatifs, agents de "
        "collectivités, salariés d'entreprise ou consultants indépendants.",
    ])
    left += brief("Avril 2022", "L'ODD 17 en clair", [
        "Rappel utile : l'objectif de développement durable consacré aux partenariats compte 19 cibles, que "
        "la note « ODD 17 : Sens, décryptages, déclinaisons » du Comité 21 passe en revue.",
        "La plateforme M.E.D.O.C. (Méthodes, Exemples, Données, Outils, Compétences) en propose une lecture "
        "pratique, à destination des acteurs de terrain.",
    ])
    left += brief("Publication", "Une fiche-repère pour les collectivités", [
        "Issue de l'étude IMPACT-Élus locaux, la fiche « Les dynamiques d'engagement des Collectivités "
        "territoriales » décrit les démarches les plus courantes et les freins que rencontrent les élus.",
    ])
    right = []
    right += brief("Rappel", "Ce que disaient les études précédentes", [
        "Les chiffres d'aujourd'hui s'inscrivent dans une longue série. En 2008, 86 % des Français jugeaient "
        "urgent de développer les partenariats ; ils étaient encore 84 % en 2012.",
        "En janvier 2011, l'étude ARPEA Entreprises & Territoires montrait que 21 % des entreprises avaient "
        "développé des partenariats avec des associations, que 33 % le souhaitaient et que 46 % ne "
        "l'envisageaient pas.",
        "Côté citoyens, l'enquête PHARE-Citoyens de septembre 2015 donnait 69 % de Français favorables à un "
        "« devoir d'alliance » (2).",
        "Ces séries montrent une adhésion ancienne, que les enquêtes récentes confirment sans la bouleverser.",
    ])
    right += brief("À lire", "Le programme PHARE, volet par volet", [
        "Citoyens, entreprises, associations, rapports régionaux, diagnostics sectoriels et institutions : "
        "le programme a couvert chaque acteur avant de passer le relais au programme IMPACT, lancé en "
        "novembre 2017.",
        "Les rapports sont consultables sur le site de l'Observatoire, avec leurs questionnaires.",
    ])
    notes = [
        "(2) Plus de 2_000 personnes interrogées ; voir aussi le n° 14 de ce bulletin, p. 12.",
    ]
    top_notes = footnotes(c, notes, draw=False)
    two_columns(c, left, right, PH - 62, top_notes + 4)
    footnotes(c, notes)
    footer(c, FL, "46", color=BLUE)
    c.showPage()

    # --- PDF 3 : page imprimée 47 ---
    header(c, "Veille partenariale n° 27", "Juin 2022", color=BLUE)
    left = []
    left += brief("Mars 2022", "Territoires : le parcours d'expérience", [
        "Lancé avec le CGET, le parcours d'expérience sur la co-construction territoriale a réuni 11 "
        "territoires pionniers pendant un an et demi (3). Le premier groupe avait démarré le 3 mai ; un "
        "second, de 8 territoires, est annoncé pour l'automne.",
        "Les participants retiennent surtout l'intérêt d'apprendre entre pairs, d'un territoire à l'autre.",
    ])
    left += brief("Janvier 2022", "Élus locaux : jouer collectif", [
        "Selon l'étude IMPACT-Élus locaux de novembre 2020, 64 % des élus locaux veulent s'appuyer sur le "
        "« jouer collectif » et 92 % des maires reconnaissent l'utilité de la co-construction.",
        "Ils sont 76 % à estimer leur territoire déjà engagé, mais 46 % disent ne pas savoir piloter une "
        "telle démarche.",
        "L'enjeu n'est donc plus de convaincre les élus, mais de les accompagner dans la conduite des "
        "projets.",
    ])
    right = []
    right += brief("Décembre 2021", "Rapports régionaux : et après ?", [
        "Depuis le 11e rapport régional, consacré à la Normandie, l'Observatoire a couvert 13 régions. Dans "
        "ces rapports, la part des associations partenaires d'une entreprise varie de 31 % à 44 % selon la "
        "région.",
        "Une synthèse commune met en regard les résultats régionaux et ceux des enquêtes nationales.",
    ])
    right += brief("Juin 2022", "Agenda", [
        "Le 5e webinaire « l'ODD 17 en pratique » se tiendra le 28 juin ; le 3e dîner « Élus & Entreprises » "
        "réunira 40 élus et chefs d'entreprise le 5 juillet.",
        "Le RAMEAU y présentera le bilan de ses expérimentations, conduites auprès de plus de 500 "
        "organisations.",
        "Renseignements et inscriptions : 01_45_67_89_10.",
    ])
    right += brief("Dans le prochain numéro", "Les entreprises et leurs territoires", [
        "Nous reviendrons sur les démarches d'ancrage territorial des entreprises moyennes, et sur la façon "
        "dont elles choisissent leurs partenaires associatifs.",
    ])
    notes = [
        "(3) D'autres sources évoquent 10 territoires pilotes ; le RAMEAU retient le chiffre de 11.",
    ]
    top_notes = footnotes(c, notes, draw=False)
    two_columns(c, left, right, PH - 62, top_notes + 4)
    footnotes(c, notes)
    footer(c, FL, "47", color=BLUE)
    c.showPage()
    c.save()


# =====================================================================
# 03 — Étude / baromètre (couverture + 5 pages + annexe)
# =====================================================================
def doc03(path):
    c = new_canvas(path, "Baromètre IMPACT des alliances en territoire – édition 2021", "Étude")
    HL = "Baromètre IMPACT des alliances en territoire · Édition 2021"
    HR = "Observatoire des partenariats"
    FL = "Résultats de la vague 2020 · publication : mars 2021"

    # --- PDF 1 : couverture ---
    c.setFillColor(BLUE)
    c.rect(0, 0, 150, PH, stroke=0, fill=1)
    pg = Page(c, top=PH - 110)
    X = 180
    WW = PW - X - MR
    pg.para("BAROMÈTRE IMPACT", x=X, width=WW, fontName="DVB", fontSize=12, leading=15, textColor=BLUE, space=8)
    pg.para("Les alliances en territoire", x=X, width=WW, fontName="DVSB", fontSize=30, leading=35,
            textColor=BLUE, space=10)
    pg.para("Édition 2021 · Résultats de la troisième vague", x=X, width=WW, fontName="DVSI", fontSize=13,
            leading=16, textColor=GREY, space=40)
    pg.para("Les chiffres clés de la vague 2020", x=X, width=WW, fontName="DVB", fontSize=11, leading=14,
            textColor=ORANGE, space=8)
    pg.keyboxes([
        ("4 916", "personnes interrogées au total en 2020"),
        ("81 %", "des Français jugent nécessaire de faire alliance (64 % en 2014)"),
    ], x=X, width=WW, h=92, fill=LBLUE, numcolor=BLUE, after=8)
    pg.keyboxes([
        ("+17 pts", "d'adhésion chez les Français en six ans"),
        ("92 %", "des maires expriment un besoin d'alliance"),
    ], x=X, width=WW, h=92, fill=LBLUE, numcolor=BLUE, after=30)
    pg.para("Étude conduite par l'Observatoire des partenariats avec COMISIS-OpinionWay, dans le cadre du "
            "programme IMPACT 2018-2022. Coût de la vague 2020 : 185 k€, financés par les partenaires du "
            "programme.", x=X, width=WW, fontName="DVI", fontSize=9, leading=12, textColor=GREY)
    c.setFont("DVB", 9)
    c.setFillColor(BLUE)
    c.drawString(X, 40, "Mars 2021")
    c.showPage()

    # --- PDF 2 : page imprimée 3 ---
    header(c, HL, HR, color=BLUE)
    pg = Page(c)
    pg.title("1. Méthode de l'enquête", color=BLUE, font="DVSB", size=15)
    pg.para("Le baromètre interroge à intervalles réguliers les Français, les dirigeants d'entreprise, les "
            "responsables associatifs et les maires. La troisième vague a été réalisée du 2 novembre au "
            "11 décembre 2020 ; les précédentes dataient de 2014 et de 2017.", space=10)
    pg.h2("Tableau 1 – Échantillons et dates de terrain, vague 2020", color=BLUE, size=9.5)
    pg.table(
        ["Population", "Effectif", "Mode", "Terrain"],
        [
            ["Français (18 ans et plus)", "2 012", "en ligne", "2-13 nov. 2020"],
            ["Dirigeants d'entreprise (10 salariés et plus)", "1 004", "téléphone", "4-27 nov. 2020"],
            ["Responsables associatifs", "1 398", "en ligne", "9 nov.-4 déc. 2020"],
            ["Maires", "502", "téléphone", "16 nov.-11 déc. 2020"],
        ],
        [215, 70, 80, 130], align=["L", "R", "C", "C"],
    )
    pg.h2("Tableau 2 – Effectifs interrogés à chaque vague", color=BLUE, size=9.5)
    pg.table(
        ["Population", "2014", "2017", "2020"],
        [
            ["Français", "1 006", "2 003", "2 012"],
            ["Dirigeants d'entreprise", "803", "1 001", "1 004"],
            ["Responsables associatifs", "1 212", "1 384", "1 398"],
            ["Maires", "401", "455", "502"],
        ],
        [215, 90, 90, 100],
    )
    pg.para("Les échantillons sont représentatifs de chaque population (méthode des quotas, redressement). "
            "Pour l'échantillon de Français, la marge d'erreur est de ± 2,2 points au plus.", space=10)
    pg.boxpara("<b>Comparabilité.</b> Les questions reprises d'une vague à l'autre sont posées dans les mêmes "
            "termes. Les évolutions commentées dans ce rapport portent uniquement sur ces questions.", fill=LBLUE)
    pg.para("Le questionnaire, identique pour l'essentiel d'une population à l'autre, aborde la perception "
            "des alliances, l'expérience des partenariats et les attentes à l'égard des pouvoirs publics. "
            "Les résultats sont présentés ici sans pondération entre publics : chaque population est "
            "analysée séparément.")
    pg.boxpara("<b>Les partenaires de l'étude.</b> Le baromètre est financé dans le cadre du programme IMPACT, "
               "mené avec la Caisse des Dépôts, l'Institut CDC pour la Recherche, le Groupe La Poste et la "
               "Fondation TOTAL. La direction scientifique est assurée par Anne Robin.", fill=LGREY)
    footer(c, FL, "3", color=BLUE)
    c.showPage()

    # --- PDF 3 : page imprimée 4 ---
    header(c, HL, HR, color=BLUE)
    pg = Page(c)
    pg.title("2. Les Français : une adhésion qui progresse", color=BLUE, font="DVSB", size=15)
    pg.para("Quatre Français sur cinq (81 %) jugent désormais nécessaire de « faire alliance » : l'adhésion a "
            "gagné 17 points en six ans.", space=10)
    pg.h2("Tableau 3 – Opinions des Français (en %)", color=BLUE, size=9.5)
    pg.table(
        ["", "2014", "2017", "2020"],
        [
            ["Faire alliance est nécessaire*", "64 %", "72 %", "81 %"],
            ["Les partenariats sont source d'innovation", "61 %", "68 %", "74 %"],
            ["Prêts à s'impliquer personnellement", "27 %", "31 %", "38 %"],
        ],
        [265, 75, 75, 80],
    )
    pg.small("* Question posée pour la première fois en 2014, dans une formulation inchangée depuis.", space=3)
    pg.small("Lecture : en 2020, 74 % des Français voient dans les partenariats une source d'innovation.",
             space=12)
    pg.para("L'engagement personnel reste en retrait de l'adhésion de principe : un peu plus d'un Français sur "
            "trois se dit prêt à s'impliquer. Pour mémoire, l'enquête PHARE-Citoyens de 2015 donnait 69 % de "
            "Français favorables à un « devoir d'alliance » ; les écarts de formulation invitent à la "
            "prudence.", space=10)
    pg.boxpara("<b>Qui sont les plus convaincus ?</b> Les habitants des petites communes et les personnes déjà "
            "bénévoles répondent plus souvent « oui » aux questions du tableau ; l'âge pèse peu.", fill=LORANGE)
    pg.quote("Je ne m'engagerai pas dans une association du jour au lendemain, mais je trouve normal que "
             "l'école, la mairie et les entreprises du coin travaillent ensemble.",
             "Habitante d'une commune rurale, entretien qualitatif")
    footer(c, FL, "4", color=BLUE)
    c.showPage()

    # --- PDF 4 : page imprimée 5 ---
    header(c, HL, HR, color=BLUE)
    pg = Page(c)
    pg.title("3. Entreprises et associations : des partenaires convaincus", color=BLUE, font="DVSB", size=15)
    pg.para("Du côté des acteurs économiques et associatifs, la conviction est ancienne et stable. En 2020, "
            "81 % des dirigeants d'entreprise et 86 % des responsables associatifs voient dans les partenariats "
            "une source d'innovation, des niveaux proches de ceux de 2017 (79 % et 85 %).", space=8)
    pg.para("Ce que les dirigeants attendent d'abord d'un partenariat, en 2020 :", space=4)
    pg.bullets([
        "donner du sens au travail des salariés : 62 % ;",
        "ancrer l'entreprise dans son territoire : 57 %.",
    ])
    pg.h2("Tableau 4 – Part des acteurs ayant au moins un partenariat (en %)", color=BLUE, size=9.5)
    pg.table(
        ["", "2014", "2017", "2020"],
        [
            ["Entreprises de 10 salariés et plus", "31 %", "37 %", "42 %"],
            ["Associations employeuses", "90 %", "95 %", "98 %"],
        ],
        [265, 75, 75, 80],
    )
    pg.small("Lecture : en 2020, 42 % des entreprises de 10 salariés et plus déclarent au moins un partenariat "
             "avec une association.", space=12)
    pg.para("Les associations sont presque toutes engagées ; la marge de progression se situe du côté des "
            "entreprises, en particulier des plus petites, que le baromètre n'interroge pas.", space=10)
    pg.boxpara("<b>Définition.</b> Un partenariat désigne ici une relation suivie entre deux structures, au-delà "
            "d'un don ponctuel : mécénat, coopération économique, pratiques responsables ou innovation "
            "sociétale.", fill=LBLUE)
    pg.quote("Le partenariat nous oblige à sortir de nos habitudes : nous y gagnons autant en compréhension "
             "du territoire qu'en idées nouvelles.", "Dirigeant d'une entreprise industrielle")
    pg.para("Les responsables associatifs, de leur côté, insistent sur la nécessité d'un cadre clair : "
            "objectifs partagés, rôles définis, évaluation commune. Faute de quoi la relation se réduit à un "
            "soutien financier, utile mais fragile.")
    footer(c, FL, "5", color=BLUE)
    c.showPage()

    # --- PDF 5 : page imprimée 6 ---
    header(c, HL, HR, color=BLUE)
    pg = Page(c)
    pg.title("4. Les maires : un besoin d'alliance massif", color=BLUE, font="DVSB", size=15)
    pg.para("Les maires sont les plus demandeurs : 92 % d'entre eux expriment un besoin d'alliance. Les "
            "réponses varient pourtant avec la taille de la commune, surtout lorsqu'il s'agit de passer à "
            "l'action.", space=10)
    pg.h2("Tableau 5 – Réponses des maires selon la taille de la commune (en %, vague 2020)", color=BLUE,
          size=9.5)
    pg.table(
        [["", "Moins de", "3 500 à", "10 000 hab.", ""],
         ["", "3 500 hab.", "9 999 hab.", "et plus", "Ensemble"]],
        [
            ["Besoin d'alliance", "93 %", "90 %", "88 %", "92 %"],
            ["Territoire déjà engagé", "71 %", "80 %", "86 %", "76 %"],
            ["Ne savent pas piloter une démarche", "51 %", "39 %", "27 %", "46 %"],
        ],
        [205, 72, 72, 78, 68],
    )
    pg.small("Lecture : 51 % des maires de communes de moins de 3_500 habitants disent ne pas savoir piloter une "
             "démarche partenariale.", space=12)
    pg.para("Les petites communes expriment le besoin le plus fort, mais ce sont aussi elles qui se sentent le "
            "moins outillées. Les plus grandes disposent plus souvent d'un service dédié.", space=10)
    pg.boxpara("<b>Pour les collectivités.</b> La fiche-repère « Les dynamiques d'engagement des Collectivités "
            "territoriales » prolonge ces résultats avec des exemples de démarches accompagnées.", fill=LBLUE)
    pg.quote("Nous savons que nous avons besoin des autres, mais personne à la mairie n'a le temps ni la "
             "méthode pour animer un partenariat.", "Maire d'une commune rurale")
    pg.para("Ces résultats rejoignent les enseignements des démarches territoriales accompagnées par "
            "Le RAMEAU : l'appétit pour l'alliance précède presque toujours la capacité à la conduire.")
    footer(c, FL, "6", color=BLUE)
    c.showPage()

    # --- PDF 6 : page imprimée 7 ---
    header(c, HL, HR, color=BLUE)
    pg = Page(c)
    pg.title("5. Regards croisés et évolutions", color=BLUE, font="DVSB", size=15)
    pg.para("Tous les publics progressent, mais à des rythmes différents. Le tableau compare la première et "
            "la dernière vague pour la question commune à tous les questionnaires.", space=10)
    pg.h2("Tableau 6 – « Faire alliance est nécessaire », par public (en %)", color=BLUE, size=9.5)
    pg.table(
        ["", "2014", "2020"],
        [
            ["Français", "64 %", "81 %"],
            ["Dirigeants d'entreprise", "75 %", "84 %"],
            ["Responsables associatifs", "85 %", "89 %"],
            ["Maires", "80 %", "92 %"],
        ],
        [250, 110, 110],
    )
    pg.para("Entre 2014 et 2020, l'adhésion au « devoir d'alliance » a progressé de 17 points chez les "
            "Français, de +9 chez les dirigeants, de +4 chez les responsables associatifs, déjà très "
            "convaincus, et de +12 chez les maires.", space=10)
    pg.boxpara("<b>À retenir.</b> La progression est la plus forte là où l'adhésion était la plus faible : les "
            "écarts entre publics se resserrent d'une vague à l'autre.", fill=LORANGE)
    pg.y -= 6
    pg.para("La prochaine vague du baromètre est prévue pour la fin de l'année 2023, avec un questionnaire "
            "élargi aux fondations.", space=8)
    pg.h2("Perspectives", color=BLUE, size=11)
    pg.para("Le rapprochement des publics ne signifie pas que les attentes convergent. Les maires attendent "
            "des méthodes, les dirigeants des interlocuteurs identifiés, les responsables associatifs une "
            "reconnaissance de leur rôle, et les Français des résultats visibles près de chez eux.")
    footer(c, FL, "7", color=BLUE)
    c.showPage()

    # --- PDF 7 : annexe, page imprimée A1 ---
    header(c, HL, HR, color=BLUE)
    pg = Page(c)
    pg.title("Annexe – Rappels des éditions précédentes", color=BLUE, font="DVSB", size=15)
    pg.para("Les résultats ci-dessous sont repris de l'enquête PHARE-Citoyens de septembre 2015. Ils "
            "éclairent les attentes qui fondent l'adhésion mesurée par le baromètre.", space=10)
    pg.h2("Tableau A1 – Priorités des Français pour leur territoire (note moyenne sur 10, 2015)", color=BLUE,
          size=9.5)
    pg.table(
        ["Enjeu", "Note moyenne"],
        [
            ["Emploi", "7,1"],
            ["Pouvoir d'achat", "6,6"],
            ["Sécurité", "6,6"],
            ["Développement économique", "6,5"],
            ["Environnement", "6,3"],
            ["Exclusion", "6,3"],
        ],
        [260, 120],
    )
    pg.para("Domaines où les partenariats auraient un impact fort, selon les Français interrogés en 2015 :",
            space=4)
    pg.bullets([
        "emploi : 49 % ;",
        "développement économique : 46 % ;",
        "environnement : 42 % ;",
        "lutte contre la précarité : 36 % ;",
        "éducation : 36 %.",
    ])
    pg.h2("Définitions", color=BLUE, size=11)
    pg.bullets([
        "<b>Vague</b> : édition du baromètre, conduite auprès de nouveaux échantillons de chaque public.",
        "<b>Adhésion</b> : part des répondants qui se déclarent d'accord avec l'affirmation proposée.",
        "<b>Redressement</b> : pondération des réponses pour que l'échantillon reflète la population.",
    ])
    footnotes(c, [
        "Note : une autre publication de 2015 attribue à la sécurité une note de 7/10 ; nous retenons la valeur "
        "du rapport d'étude.",
        "Observatoire des partenariats, 75009 Paris · Reproduction autorisée avec mention de la source.",
    ])
    footer(c, FL, "A1", color=BLUE)
    c.showPage()
    c.save()


# =====================================================================
# 04 — Infographie (1 page)
# =====================================================================
def doc04(path):
    c = new_canvas(path, "Infographie n° 12 – Les maires et les alliances", "Infographie")
    c.setFillColor(ORANGE)
    c.rect(0, PH - 110, PW, 110, stroke=0, fill=1)
    c.setFillColor(white)
    c.setFont("DVSB", 26)
    c.drawString(ML, PH - 62, "Les maires et les alliances")
    c.setFont("DV", 10.5)
    c.drawString(ML, PH - 88, fr("Baromètre IMPACTS & TRAJECTOIRES – Élus locaux · décembre 2024"))
    pg = Page(c, top=PH - 128)
    pg.para("Neuf maires sur dix voient leur territoire bouger", fontName="DVSB", fontSize=17, leading=21,
            textColor=BLUE, space=6)

    # pastilles
    items = [
        ("91 %", "voient leur territoire en mouvement"),
        ("35 %", "le jugent fortement en mouvement"),
        ("56 %", "ni plus ni moins qu'avant"),
        ("302", "maires interrogés par téléphone"),
    ]
    r = 50
    cy = pg.y - r - 6
    step = W / 4
    for i, (num, lab) in enumerate(items):
        cx = ML + step * i + step / 2
        c.setFillColor(LORANGE)
        c.circle(cx, cy, r, stroke=0, fill=1)
        c.setFillColor(ORANGE)
        c.setFont("DVB", 25)
        c.drawCentredString(cx, cy - 9, fr(num))
        p = P(lab, fontName="DVB", fontSize=9.2, leading=11.5, alignment=TA_CENTER)
        pw_, ph_ = p.wrapOn(c, step - 14, 100)
        p.drawOn(c, cx - (step - 14) / 2, cy - r - 6 - ph_)
    pg.y = cy - r - 40
    pg.small("Note de lecture : 84 % des maires répondants dirigent une commune de moins de 2_000 habitants ; "
             "les résultats reflètent donc d'abord les petites communes.", space=10)
    pg.rule(color=ORANGE, space=12)
    top = pg.y

    # colonne de gauche : flèches d'évolution
    LW = 270
    left = Page(c, top=top)
    left.para("Évolutions depuis 2020", fontName="DVB", fontSize=13, leading=16, textColor=ORANGE, space=8,
              width=LW)
    for arrow, col, txt in [
        ("↗", "#2e7d5b", "<b>Territoire déjà engagé</b> : 76 % en 2020, 82 % en 2024 (+6 pts)"),
        ("↘", "#c8642a", "<b>Ne savent pas piloter une démarche</b> : 46 % en 2020, 39 % en 2024 (−7 pts)"),
        ("→", "#666666", "<b>Jouer collectif</b> : 64 % des élus locaux en novembre 2020 ; question non "
                         "reposée en 2024"),
    ]:
        p = P(txt, fontSize=10, leading=13.5)
        pw_, ph_ = p.wrapOn(c, LW - 44, 200)
        hh = max(ph_, 26) + 14
        c.setFillColor(LGREY)
        c.roundRect(ML, left.y - hh, LW, hh, 5, stroke=0, fill=1)
        c.setFillColor(HexColor(col))
        c.setFont("DVB", 24)
        c.drawString(ML + 8, left.y - hh / 2 - 8, arrow)
        p.drawOn(c, ML + 40, left.y - 7 - ph_)
        left.y -= hh + 8

    # colonne de droite : barres
    RX = ML + LW + 22
    RW = W - LW - 22
    right = Page(c, top=top)
    right.para("Avec qui les maires agissent-ils ?", x=RX, width=RW, fontName="DVB", fontSize=13, leading=16,
               textColor=ORANGE, space=10)
    for lab, vt, v in [("Associations locales", "78 %", 78), ("Autres communes", "69 %", 69),
                       ("Entreprises", "41 %", 41)]:
        right.para(lab, x=RX, width=RW, fontName="DVB", fontSize=9.5, leading=12, space=2)
        c.setFillColor(ORANGE)
        c.rect(RX, right.y - 14, (RW - 50) * v / 100, 14, stroke=0, fill=1)
        c.setFillColor(HexColor("#222222"))
        c.setFont("DVB", 10)
        c.drawString(RX + (RW - 50) * v / 100 + 5, right.y - 11, fr(vt))
        right.y -= 26
    right.small("Plusieurs réponses possibles.", x=RX, width=RW)
    pg.y = min(left.y, right.y) - 8
    pg.rule(color=ORANGE, space=12)

    # paroles de maires
    pg.para("Paroles de maires", fontName="DVB", fontSize=13, leading=16, textColor=ORANGE, space=8)
    qw = (W - 14) / 2
    hs = []
    for i, (q, who) in enumerate([
        ("On ne fait plus rien seul : le club de sport, l'école et l'artisan du bourg sont devenus nos "
         "partenaires naturels.", "Maire d'une commune rurale"),
        ("Le plus difficile n'est pas de convaincre, c'est de trouver le temps d'animer la démarche.",
         "Maire d'une petite ville"),
    ]):
        p = P("« " + q + " »<br/><font name='DV' size='8.5' color='#666666'>" + who + "</font>",
              fontName="DVSI", fontSize=10.3, leading=14, textColor=BLUE)
        pw_, ph_ = p.wrapOn(c, qw - 20, 300)
        hs.append((p, ph_))
    hh = max(h for _, h in hs) + 20
    for i, (p, ph_) in enumerate(hs):
        x = ML + i * (qw + 14)
        c.setFillColor(LBLUE)
        c.roundRect(x, pg.y - hh, qw, hh, 6, stroke=0, fill=1)
        p.drawOn(c, x + 10, pg.y - 10 - ph_)
    pg.y -= hh + 14
    pg.boxpara("<b>Méthode.</b> Enquête téléphonique auprès de 302 maires, du 30 septembre au 28 octobre 2024. "
               "Résultats bruts, non redressés. Les comparaisons avec 2020 portent sur les questions reprises "
               "à l'identique.", fill=LGREY)
    assert pg.y > 50, pg.y
    c.setFont("DV", 7.5)
    c.setFillColor(GREY)
    c.drawString(ML, 28, fr("Observatoire des partenariats · Infographie n° 12 · décembre 2024"))
    c.showPage()
    c.save()


# =====================================================================
# 05 — Synthèse régionale (couverture + pages 14-15)
# =====================================================================
def doc05(path):
    c = new_canvas(path, "Les partenariats en régions – synthèse des rapports régionaux PHARE (extrait)",
                   "Synthèse régionale")
    HL = "Les partenariats en régions · Synthèse des rapports régionaux"
    HR = "Édition 2017"
    FL = "Observatoire des partenariats · Programme PHARE"

    # --- PDF 1 : couverture ---
    c.setFillColor(GREEN)
    c.rect(0, PH - 330, PW, 330, stroke=0, fill=1)
    pg = Page(c, top=PH - 90)
    pg.para("LES PARTENARIATS EN RÉGIONS", fontName="DVB", fontSize=13, leading=16, textColor=white, space=12)
    pg.para("Synthèse des 13 rapports régionaux du programme PHARE", fontName="DVSB", fontSize=25,
            leading=30, textColor=white, space=12)
    pg.para("Édition 2017 · données recueillies en 2016", fontName="DVSI", fontSize=13, leading=16,
            textColor=white)
    pg.y = PH - 370
    pg.keyboxes([
        ("13", "rapports régionaux publiés en 2016"),
        ("2 150", "associations interrogées dans les régions"),
        ("535", "maires ayant répondu au volet communal"),
    ], h=84)
    pg.para("Le onzième rapport, consacré à la Normandie, a été publié le 26 novembre ; il clôt la série des "
            "régions de l'Ouest. Le programme PHARE compte six volets, dont ces rapports régionaux. Ceux-ci ont "
            "mobilisé 1,2 million d'euros de financements partenariaux.",
            fontSize=10, leading=14, space=16)
    pg.para("Extrait diffusé : couverture et pages 14 et 15.", fontName="DVI", fontSize=9, leading=12,
            textColor=GREY)
    c.setFont("DVB", 9)
    c.setFillColor(GREEN)
    c.drawString(ML, 40, "Observatoire des partenariats · Le RAMEAU")
    c.showPage()

    # --- PDF 2 : page imprimée 14 ---
    header(c, HL, HR)
    pg = Page(c)
    pg.title("3. Les partenariats associations-entreprises selon la région")
    pg.para("D'une région à l'autre, la part des associations qui comptent une entreprise parmi leurs "
            "partenaires varie sensiblement : 22 % en Corse contre 41 % en Auvergne-Rhône-Alpes.", space=10)
    pg.h2("Tableau 7 – Part des partenariats associations-entreprises, par région (en %, 2016)", size=9.5)
    pg.table(
        [["Région", "Associations", "Entreprises"],
         ["", "partenaires*", "partenaires**"]],
        [
            ["Auvergne-Rhône-Alpes", "41 %", "39 %"],
            ["Bretagne", "36 %", "35 %"],
            ["Corse", "22 %", "24 %"],
            ["Normandie", "31 %", "36 %"],
            ["Occitanie", "35 %", "33 %"],
            ["Ensemble des régions", "38 %", "37 %"],
        ],
        [230, 120, 120], last_bold=True,
    )
    pg.small("* Associations ayant au moins une entreprise parmi leurs partenaires. ** Entreprises de 10 "
             "salariés et plus ayant au moins un partenariat avec une association.", space=3)
    pg.small("Lecture : en Normandie, 31 % des associations ont au moins une entreprise pour partenaire.",
             space=12)
    pg.para("Les régions où le tissu d'entreprises moyennes est dense affichent les parts les plus élevées. "
            "À l'inverse, l'insularité et la faible densité d'entreprises pèsent sur les résultats de la "
            "Corse.", space=10)
    pg.boxpara("<b>Les autres régions.</b> Les résultats des autres régions figurent dans les rapports "
            "régionaux, disponibles sur le site de l'Observatoire.", fill=LIGHT)
    pg.h2("Zoom sur la Normandie", size=11)
    pg.para("Le rapport normand souligne le poids des partenariats noués autour de l'insertion et de "
            "l'économie agricole. Les entreprises y sont plus souvent partenaires d'une association que "
            "l'inverse : le tissu industriel des vallées favorise des liens durables avec les structures "
            "d'insertion.")
    footer(c, FL, "14")
    c.showPage()

    # --- PDF 3 : page imprimée 15 ---
    header(c, HL, HR)
    pg = Page(c)
    pg.title("4. Les communes selon leur taille")
    pg.para("La taille de la commune pèse davantage que la région. Dans les communes de moins de 3_500 "
            "habitants, 61 % des habitants et 79 % des élus jugent les partenariats utiles à la vie locale ; "
            "au-delà de 10_000 habitants, ces parts atteignent 66 % et 85 %.", space=10)
    pg.h2("Tableau 8 – Maires déclarant au moins un partenariat, selon la taille de la commune (2016)",
          size=9.5)
    pg.table(
        ["Taille de la commune", "Part des maires", "Répondants"],
        [
            ["Moins de 3 500 habitants", "52 %", "376"],
            ["De 3 500 à 9 999 habitants", "69 %", "98"],
            ["10 000 habitants et plus", "82 %", "61"],
            ["Ensemble", "58 %", "535"],
        ],
        [230, 120, 120], last_bold=True,
    )
    pg.small("Lecture : 82 % des maires de communes de 10_000 habitants et plus déclarent au moins un "
             "partenariat.", space=12)
    pg.para("Les maires des plus petites communes citent d'abord le manque de temps et d'ingénierie. Les "
            "intercommunalités jouent alors souvent le rôle de relais auprès des entreprises du territoire.",
            space=10)
    pg.boxpara("<b>Le rôle des intercommunalités.</b> Dans les territoires ruraux, l'intercommunalité "
               "sert souvent de point d'entrée : elle dispose d'un développeur économique, connaît les "
               "entreprises et peut mutualiser l'ingénierie que les petites communes n'ont pas.", fill=LIGHT)
    pg.quote("Seuls, nous n'aurions jamais osé solliciter l'entreprise voisine ; l'intercommunalité a fait "
             "les présentations.", "Maire d'une commune rurale de Bretagne", fill=LGREY, color=GREEN)
    footnotes(c, [
        "Source : rapports régionaux PHARE, enquêtes conduites en 2016 ; voir aussi PHARE-Institutions, "
        "publié le 29 novembre 2016.",
    ])
    footer(c, FL, "15")
    c.showPage()
    c.save()


DOCS = [
    ("obs-s88-01-fiche-repere.pdf", doc01),
    ("obs-s88-02-bulletin-veille.pdf", doc02),
    ("obs-s88-03-etude-barometre.pdf", doc03),
    ("obs-s88-04-infographie.pdf", doc04),
    ("obs-s88-05-synthese-regionale.pdf", doc05),
]


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    os.makedirs(out, exist_ok=True)
    for name, fn in DOCS:
        fn(os.path.join(out, name))
        print("écrit", os.path.join(out, name))


if __name__ == "__main__":
    main()
