"""Deterministic generator of the five set-P test PDFs (obs-p-NN-<slug>.pdf).

Run:  /work/main/.venv/bin/python make_docs.py
Writes the PDFs next to this script. Uses only reportlab and the DejaVu Sans TTF fonts.
Inline markup in running text: {^N} draws N as a raised footnote call glued to the previous word.
"""
import os
import re

from reportlab import rl_config

rl_config.invariant = 1

from reportlab.lib.pagesizes import A4, landscape  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.pdfgen import canvas  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("DV", FONT_DIR + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DVB", FONT_DIR + "DejaVuSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DVI", FONT_DIR + "DejaVuSans-Oblique.ttf"))
pdfmetrics.registerFont(TTFont("DVC", FONT_DIR + "DejaVuSansCondensed.ttf"))

NAVY = (0.10, 0.20, 0.38)
TEAL = (0.05, 0.45, 0.45)
GREY = (0.35, 0.35, 0.35)
LIGHT = (0.91, 0.94, 0.97)
SAND = (0.98, 0.95, 0.88)

MARK = re.compile(r"\{\^(\d+)\}")


def plain(s):
    return MARK.sub(r"\1", s)


class Doc:
    def __init__(self, name, size=A4):
        self.path = os.path.join(HERE, name)
        self.c = canvas.Canvas(self.path, pagesize=size)
        self.c.setTitle(name[:-4])
        self.c.setAuthor("Observatoire des partenariats")
        self.W, self.H = size

    # -- primitives -------------------------------------------------------
    def color(self, rgb):
        self.c.setFillColorRGB(*rgb)

    def text(self, x, y, s, font="DV", size=10, rgb=(0, 0, 0), align="left"):
        self.color(rgb)
        w = pdfmetrics.stringWidth(plain(s), font, size)
        if align == "right":
            x -= w
        elif align == "center":
            x -= w / 2
        t = self.c.beginText(x, y)
        t.setFont(font, size)
        pos = 0
        for m in MARK.finditer(s):
            if m.start() > pos:
                t.textOut(s[pos:m.start()])
            t.setFont(font, size * 0.6)
            t.setRise(size * 0.4)
            t.textOut(m.group(1))
            t.setRise(0)
            t.setFont(font, size)
            pos = m.end()
        if pos < len(s):
            t.textOut(s[pos:])
        self.c.drawText(t)
        self.color((0, 0, 0))
        return w

    def wrap(self, s, width, font, size):
        words = s.split(" ")
        lines, cur = [], ""
        for w in words:
            cand = w if not cur else cur + " " + w
            if pdfmetrics.stringWidth(plain(cand), font, size) <= width:
                cur = cand
            else:
                lines.append(cur)
                cur = w
        if cur:
            lines.append(cur)
        return lines

    def para(self, x, y, width, s, font="DV", size=10, leading=None, rgb=(0, 0, 0), indent=0):
        leading = leading or size * 1.35
        for i, line in enumerate(self.wrap(s, width - indent, font, size)):
            self.text(x + (indent if i else 0), y, line, font, size, rgb)
            y -= leading
        return y - size * 0.5

    def bullet(self, x, y, width, s, font="DV", size=10, sign="•"):
        return self.para(x, y, width, sign + " " + s, font, size, indent=10)

    def rect(self, x, y, w, h, rgb, stroke=None):
        self.c.setFillColorRGB(*rgb)
        if stroke:
            self.c.setStrokeColorRGB(*stroke)
        self.c.rect(x, y, w, h, fill=1, stroke=1 if stroke else 0)
        self.c.setFillColorRGB(0, 0, 0)
        self.c.setStrokeColorRGB(0, 0, 0)

    def hline(self, x1, x2, y, rgb=GREY, width=0.5):
        self.c.setStrokeColorRGB(*rgb)
        self.c.setLineWidth(width)
        self.c.line(x1, y, x2, y)
        self.c.setStrokeColorRGB(0, 0, 0)

    # -- blocks -----------------------------------------------------------
    def banner(self, y, s, rgb=NAVY, x=40, w=None, size=10):
        w = w or self.W - 80
        self.rect(x, y - 6, w, size + 10, rgb)
        self.text(x + 8, y, s, "DVB", size, (1, 1, 1))
        return y - size - 16

    def keybox(self, x, y, w, h, big, lines, rgb=LIGHT, big_size=22, size=9):
        self.rect(x, y - h, w, h, rgb)
        self.text(x + 8, y - big_size - 4, big, "DVB", big_size, NAVY)
        yy = y - big_size - 18
        for line in lines:
            self.text(x + 8, yy, line, "DV", size)
            yy -= size * 1.3

    def table(self, x, y, cols, header, rows, size=9, row_h=None, header_font="DVB"):
        """cols: list of column widths; header: list of cells (a cell may hold '\n');
        rows: list of lists of cells. Cells are drawn row by row, left to right."""
        row_h = row_h or size * 1.9
        nlines = max(len(h.split("\n")) for h in header)
        hh = nlines * size * 1.25 + 6
        self.rect(x, y - hh, sum(cols), hh, LIGHT)
        cx = x
        for w, cell in zip(cols, header):
            yy = y - size - 2
            for line in cell.split("\n"):
                self.text(cx + 4, yy, line, header_font, size, NAVY)
                yy -= size * 1.25
            cx += w
        y -= hh
        for r in rows:
            nl = max(len(cell.split("\n")) for cell in r)
            rh = row_h + (nl - 1) * size * 1.25
            cx = x
            for w, cell in zip(cols, r):
                yy = y - size - 3
                for line in cell.split("\n"):
                    self.text(cx + 4, yy, line, "DV", size)
                    yy -= size * 1.25
                cx += w
            y -= rh
            self.hline(x, x + sum(cols), y)
        return y - 8

    def footer(self, left, right, y=28, size=8):
        self.hline(40, self.W - 40, y + 12)
        self.text(40, y, left, "DV", size, GREY)
        self.text(self.W - 40, y, right, "DV", size, GREY, align="right")

    def toc(self, x, y, width, entries, size=10):
        for label, page in entries:
            lw = pdfmetrics.stringWidth(label + " ", "DV", size)
            dots = "." * int((width - lw - 20) / pdfmetrics.stringWidth(".", "DV", size))
            self.text(x, y, label + " " + dots, "DV", size)
            self.text(x + width, y, page, "DV", size, align="right")
            y -= size * 1.6
        return y

    def page(self):
        self.c.showPage()

    def save(self):
        self.c.save()


# ---------------------------------------------------------------------------
# obs-p-01 : synthèse PHARE-Citoyens (3 pages)
# ---------------------------------------------------------------------------
def doc01():
    d = Doc("obs-p-01-phare-citoyens-synthese.pdf")
    W, H = d.W, d.H
    # page 1 ---------------------------------------------------------------
    d.text(40, H - 50, "OBSERVATOIRE DES PARTENARIATS  ·  PROGRAMME PHARE  ·  VOLET CITOYENS", "DVB", 8, TEAL)
    d.text(40, H - 90, "Ce que les Français attendent", "DVB", 24, NAVY)
    d.text(40, H - 118, "des alliances", "DVB", 24, NAVY)
    d.text(40, H - 142, "Synthèse des résultats · enquête de septembre 2015 · mise à jour de décembre 2016",
           "DVI", 10, GREY)
    bw = (W - 80 - 20) / 3
    top = H - 170
    d.keybox(40, top, bw, 90, "69 %", ["des Français voient", "dans l'alliance un devoir"])
    d.keybox(40 + bw + 10, top, bw, 90, "+ de 2 000", ["personnes interrogées"])
    d.keybox(40 + 2 * (bw + 10), top, bw, 90, "7,1/10", ["pour l'emploi,", "priorité n°1"])
    y = d.para(40, top - 120, W - 80,
               "Le volet Citoyens ouvre le programme PHARE, qui prend la suite d'ARPEA pour la période "
               "2013-2018. L'enquête a été conduite par Comisis et OpinionWay auprès d'un échantillon "
               "représentatif de la population française. Sauf mention contraire, les résultats ci-dessous "
               "portent sur cette vague de 2015.", size=10.5)
    y -= 14
    d.text(40, y, "Sommaire", "DVB", 12, NAVY)
    y -= 22
    d.toc(40, y, W - 80, [("1. Un devoir d'alliance partagé", "2"),
                         ("2. Les priorités des Français, notées sur 10", "2"),
                         ("3. Ce que les partenariats changent", "3")])
    d.footer("Observatoire des partenariats — PHARE-Citoyens", "1/3")
    d.page()
    # page 2 : two columns -------------------------------------------------
    y0 = d.banner(H - 50, "PHARE-CITOYENS · RÉSULTATS DÉTAILLÉS")
    cw = (W - 80 - 24) / 2
    xl, xr = 40, 40 + cw + 24
    y = y0 - 6
    d.text(xl, y, "1. Un devoir d'alliance partagé", "DVB", 10, NAVY)
    y -= 20
    y = d.para(xl, y, cw,
               "Pour 69 % des Français, entreprises et associations ont le devoir de s'allier. La question "
               "posée n'est pas celle d'ARPEA : en 2008, 86 % des Français jugeaient urgent de créer des "
               "partenariats, et ils étaient encore 84 % à le penser en 2012.")
    y = d.para(xl, y, cw,
               "Les autres volets de PHARE ont repris la question du devoir d'alliance. En octobre 2015, "
               "81 % des dirigeants d'entreprise y souscrivaient ; interrogés en novembre, les responsables "
               "associatifs étaient 86 % à partager cet avis. Les maires, consultés en 2016 pour "
               "PHARE-Institutions, se montrent plus convaincus encore : 87 %.")
    y = d.para(xl, y, cw,
               "Autrement dit, l'idée progresse d'un acteur à l'autre, des citoyens jusqu'aux élus.")
    y = y0 - 6
    d.text(xr, y, "2. Les priorités des Français, notées sur 10", "DVB", 10, NAVY)
    y -= 20
    y = d.para(xr, y, cw,
               "Chaque personne interrogée a noté une série d'enjeux de 0 à 10 ; le tableau ci-dessous "
               "reprend les principaux.")
    y = d.table(xr, y, [cw - 80, 80], ["Enjeu", "Note /10"],
                [["Emploi", "7,1"], ["Pouvoir d'achat", "6,6"], ["Sécurité{^1}", "6,6"],
                 ["Développement économique", "6,5"], ["Environnement", "6,3"], ["Exclusion", "6,3"]])
    d.text(xr, y, "Source : PHARE-Citoyens, Comisis-OpinionWay, septembre 2015.", "DVI", 7.5, GREY)
    y -= 20
    y = d.para(xr, y, cw,
               "L'emploi arrive nettement en tête. Le pouvoir d'achat et la sécurité obtiennent la même note, "
               "juste devant le développement économique ; l'environnement et l'exclusion ferment la marche "
               "à égalité.")
    d.hline(40, 200, 80)
    d.para(40, 66, W - 80,
           "{^1} Une dépêche parue à la sortie de l'étude arrondit la note de la sécurité à 7/10 ; nous "
           "retenons la valeur du rapport.", size=8)
    d.footer("Observatoire des partenariats — PHARE-Citoyens", "2/3")
    d.page()
    # page 3 ---------------------------------------------------------------
    y = H - 60
    d.text(40, y, "3. Ce que les partenariats changent", "DVB", 14, NAVY)
    y -= 26
    y = d.para(40, y, W - 80,
               "Sur quels sujets les alliances entre associations et entreprises ont-elles un impact fort ? "
               "Les Français citent d'abord l'emploi (49 %), puis le développement économique (46 %). "
               "Viennent ensuite :", size=10.5)
    y = d.bullet(56, y, W - 100, "l'environnement, pour 42 % d'entre eux ;", size=10.5)
    y = d.bullet(56, y, W - 100, "la précarité et l'éducation, à 36 % chacune.", size=10.5)
    y = d.para(40, y - 4, W - 80,
               "Plusieurs réponses étaient possibles : le total dépasse donc 100 %.", size=10.5)
    y -= 10
    d.rect(40, y - 74, W - 80, 80, SAND)
    d.text(52, y - 16, "À RETENIR", "DVB", 10, TEAL)
    d.text(52, y - 36, "Emploi : 7,1/10, la note la plus haute", "DV", 11)
    d.text(52, y - 56, "Devoir d'alliance : 69 %, contre 86 % d'urgence ressentie en 2008 (ARPEA)", "DV", 11)
    y -= 110
    d.para(40, y, W - 80,
           "L'Observatoire des partenariats a été créé en 2008 par la Caisse des Dépôts et Le RAMEAU, en "
           "partenariat avec le MEDEF et le Mouvement associatif. Direction scientifique : Anne Robin, "
           "fondatrice de COMISIS.", "DVI", 8.5, rgb=GREY)
    d.footer("Observatoire des partenariats — PHARE-Citoyens", "3/3")
    d.page()
    d.save()


# ---------------------------------------------------------------------------
# obs-p-02 : IMPACT – Associations & Territoires (4 pages)
# ---------------------------------------------------------------------------
def doc02():
    d = Doc("obs-p-02-associations-territoires.pdf")
    W, H = d.W, d.H
    foot = "IMPACT – Associations & Territoires"
    # page 1
    d.text(40, H - 50, "OBSERVATOIRE DES PARTENARIATS — PROGRAMME IMPACT", "DVB", 8, TEAL)
    d.text(40, H - 92, "Associations & Territoires", "DVB", 26, NAVY)
    d.text(40, H - 118, "Des partenariats devenus la règle", "DV", 16, TEAL)
    d.text(40, H - 140, "Étude IMPACT – Associations & Territoires · édition 2021", "DVI", 10, GREY)
    bw = (W - 80 - 12) / 2
    top = H - 168
    d.keybox(40, top, bw, 92, "148 000", ["associations employeuses", "dans le champ de l’étude"], big_size=26)
    d.keybox(40 + bw + 12, top, bw, 92, "98 %", ["d’entre elles ont noué", "des partenariats"], big_size=26)
    y = d.para(40, top - 124, W - 80,
               "Le programme IMPACT est mené avec la Caisse des Dépôts, l’Institut CDC pour la Recherche, le "
               "Groupe La Poste, la Fondation TOTAL et Le RAMEAU. Il suit trois indicateurs : l’innovation, la "
               "performance et la confiance. Ce volet s’intéresse aux associations qui emploient des salariés "
               "et aux alliances qu’elles nouent sur leur territoire.", size=10.5)
    y -= 10
    d.text(40, y, "Dans ce numéro", "DVB", 12, NAVY)
    y -= 20
    for s in ["→ Avec qui les associations s’allient", "→ Échelles et formes des partenariats",
              "→ Ce que disait l’étude de 2017"]:
        d.text(48, y, s, "DV", 10.5)
        y -= 17
    d.footer(foot, "p. 1")
    d.page()
    # page 2 : two columns, text left, table right
    y0 = d.banner(H - 50, "AVEC QUI LES ASSOCIATIONS S’ALLIENT")
    cw_l = 200
    xr = 40 + cw_l + 20
    cw_r = W - 40 - xr
    y = y0 - 6
    y = d.para(40, y, cw_l,
               "Presque toutes les associations employeuses ont des partenaires : 98 % d’entre elles, selon "
               "l’enquête. Les collectivités territoriales arrivent en tête (89 %). Les acteurs académiques "
               "ferment la marche.")
    y = d.para(40, y, cw_l,
               "Le paysage est donc large : écoles, réseaux associatifs, acteurs publics, fédérations, "
               "laboratoires. Chaque association combine plusieurs de ces alliances.")
    y = y0 - 6
    d.text(xr, y, "Tableau 1 – Partenaires cités", "DVB", 10, NAVY)
    y -= 12
    y = d.table(xr, y, [cw_r - 120, 120], ["Type de partenaire", "Part des associations\nemployeuses"],
                [["Collectivités territoriales", "89 %"], ["Structures d’intérêt général", "73 %"],
                 ["Établissements scolaires", "70 %"], ["Collectifs d’associations", "56 %"],
                 ["Acteurs publics nationaux", "52 %"], ["Fédérations professionnelles", "37 %"],
                 ["Acteurs académiques", "35 %"]], size=9.5)
    y = d.para(xr, y, cw_r,
               "Lecture : 70 % des associations employeuses ont un partenariat avec un établissement scolaire.",
               "DVI", 8.5, rgb=GREY)
    d.text(xr, y, "Source : étude IMPACT – Associations & Territoires, 2021.", "DVI", 8, GREY)
    d.footer(foot, "p. 2")
    d.page()
    # page 3
    y = d.banner(H - 50, "ÉCHELLES ET FORMES DES PARTENARIATS", rgb=TEAL) - 6
    y = d.para(40, y, W - 80,
               "L’ancrage reste d’abord local : 73 % des associations employeuses ont des partenaires de "
               "proximité. L’échelle régionale vient ensuite ; elle concerne 47 % d’entre elles.", size=10.5)
    y -= 6
    d.text(40, y, "Tableau 2 – Formes de partenariat", "DVB", 10, NAVY)
    y -= 12
    y = d.table(40, y, [260, 160], ["Forme", "Associations concernées"],
                [["Mécénat", "75 %"], ["Innovation sociétale", "73 %"], ["Pratiques responsables", "70 %"],
                 ["Coopération économique", "58 %"]], size=10)
    y = d.para(40, y - 4, W - 80,
               "Le mécénat demeure la forme la plus répandue, mais l’innovation sociétale fait presque jeu égal "
               "avec lui.", size=10.5)
    d.text(40, y, "Champ : associations employeuses. Source : IMPACT, 2021.", "DVI", 8, GREY)
    d.footer(foot, "p. 3")
    d.page()
    # page 4
    y = d.banner(H - 50, "CE QUE DISAIT L’ÉTUDE DE 2017") - 6
    y = d.para(40, y, W - 80,
               "Publiée en mars 2017 avec Recherches & Solidarités, l’étude Associations & Partenariats reposait "
               "sur une enquête menée en mai-juin 2016. Plus de 1 380 responsables associatifs y avaient répondu. "
               "À l’époque, une association comptait en moyenne 2,5 partenaires.", size=10.5)
    d.text(40, y, "Tableau 3 – Part des associations citant chaque type de partenaire", "DVB", 10, NAVY)
    y -= 12
    y = d.table(40, y, [260, 100], ["Partenaire cité", "2016"],
                [["Collectivités", "74 %"], ["Associations ou fondations", "72 %"],
                 ["Établissements d’enseignement", "47 %"], ["Entreprises", "28 %"],
                 ["Structures d’insertion", "22 %"], ["Organismes de recherche", "9 %"]], size=10)
    y = d.para(40, y - 4, W - 80,
               "La taille de l’association pèse lourd : 50 % de celles dont le budget dépasse 150 000 € ont un "
               "partenaire entreprise, contre 20 % des associations dont le budget est inférieur à 10 000 €.",
               size=10.5)
    y = d.para(40, y, W - 80,
               "Une comparaison terme à terme reste fragile, car les catégories ont changé : les collectivités "
               "passent de 74 % à 89 %, mais les enquêtes ne posaient pas la même question.", size=10.5)
    y = d.para(40, y, W - 80,
               "Sur un autre terrain, le programme IMPACT avance que 74 % des Français voient dans les "
               "partenariats une source d’innovation ; une autre publication de l’Observatoire retient 69 % "
               "pour les citoyens.", size=10.5)
    d.footer(foot + " · observatoire-des-partenariats.fr", "p. 4")
    d.page()
    d.save()


# ---------------------------------------------------------------------------
# obs-p-03 : slides Élus locaux (4 landscape pages)
# ---------------------------------------------------------------------------
def doc03():
    d = Doc("obs-p-03-elus-locaux-slides.pdf", size=landscape(A4))
    W, H = d.W, d.H

    def chrome(n):
        d.rect(0, H - 36, W, 36, NAVY)
        d.text(30, H - 24, "OBSERVATOIRE DES PARTENARIATS", "DVB", 10, (1, 1, 1))
        d.text(W - 30, H - 24, "IMPACTS & TRAJECTOIRES", "DV", 10, (1, 1, 1), align="right")

    def slide_foot(n, left="Le RAMEAU · 2024"):
        d.text(30, 20, left, "DV", 8, GREY)
        d.text(W - 30, 20, str(n), "DVB", 10, NAVY, align="right")

    # slide 1
    chrome(1)
    d.text(60, H - 110, "Élus locaux : territoires en mouvement", "DVB", 30, NAVY)
    d.text(60, H - 140, "Présentation des résultats – novembre 2024", "DVI", 14, GREY)
    y = H - 210
    for s in ["Enquête par téléphone", "302 maires interrogés", "du 30 septembre au 28 octobre 2024",
              "84 % des répondants : communes de moins de 2 000 hab."]:
        d.rect(60, y - 2, 8, 8, TEAL)
        d.text(80, y - 2, s, "DV", 18)
        y -= 40
    slide_foot(1)
    d.page()
    # slide 2
    chrome(2)
    d.text(60, H - 90, "Des territoires en mouvement", "DVB", 26, NAVY)
    d.text(60, H - 190, "91 %", "DVB", 64, TEAL)
    d.text(60, H - 220, "des maires voient leur territoire en mouvement", "DV", 16)
    d.text(60, H - 270, "35 % : « fortement »", "DV", 18)
    d.text(60, H - 300, "56 % : « ni plus ni moins »", "DV", 18)
    d.rect(470, H - 330, W - 500, 170, SAND)
    d.text(485, H - 185, "RAPPEL — PROGRAMME IMPACT", "DVB", 10, TEAL)
    d.para(485, H - 210, W - 530,
           "76 % des maires jugeaient déjà leur territoire engagé, mais 46 % ne savaient pas piloter les "
           "alliances.", size=13)
    slide_foot(2)
    d.page()
    # slide 3 : two columns
    chrome(3)
    d.text(60, H - 90, "« Jouer collectif » : élus et maires", "DVB", 26, NAVY)
    xl, xr = 60, W / 2 + 10
    d.text(xl, H - 140, "Élus locaux · novembre 2020", "DVB", 15, TEAL)
    d.para(xl, H - 175, W / 2 - 90, "64 % veulent s'appuyer sur le « jouer collectif »", size=15)
    d.para(xl, H - 240, W / 2 - 90,
           "Fiche-repère : « Les dynamiques d'engagement des Collectivités territoriales »", "DVI", 11, rgb=GREY)
    d.text(xr, H - 140, "Maires", "DVB", 15, TEAL)
    y = H - 175
    for s in ["92 % ont « besoin d'alliance »", "92 % reconnaissent l'utilité de la co-construction",
              "87 % voient dans les partenariats une source d'innovation"]:
        y = d.para(xr, y, W / 2 - 60, s, size=15) - 8
    slide_foot(3)
    d.page()
    # slide 4
    chrome(4)
    d.text(60, H - 90, "Rappel : PHARE-Institutions, 29 novembre 2016", "DVB", 24, NAVY)
    y = H - 150
    d.text(60, y, "Les maires interrogés en 2016 :", "DVB", 17)
    y -= 36
    for s in ["87 % jugent que s'allier est un devoir", "cinq profils de maires identifiés",
              "13 rapports régionaux publiés la même année", "dont le 11e, consacré à la Normandie (26 novembre)"]:
        d.rect(60, y - 2, 8, 8, TEAL)
        d.text(80, y - 2, s, "DV", 17)
        y -= 34
    slide_foot(4, "Sources : PHARE-Institutions (2016) ; IMPACT-Élus locaux (novembre 2020) ; "
                  "IMPACTS & TRAJECTOIRES – Élus locaux (novembre 2024).")
    d.page()
    d.save()


# ---------------------------------------------------------------------------
# obs-p-04 : note d'analyse Entreprises (3 pages)
# ---------------------------------------------------------------------------
def doc04():
    d = Doc("obs-p-04-entreprises-note.pdf")
    W, H = d.W, d.H
    # page 1 : two columns
    d.text(40, H - 50, "NOTE D’ANALYSE · OBSERVATOIRE DES PARTENARIATS", "DVB", 8, TEAL)
    d.text(40, H - 86, "Entreprises et associations :", "DVB", 20, NAVY)
    d.text(40, H - 110, "de l’envie à la pratique", "DVB", 20, NAVY)
    d.text(40, H - 132, "Note n°7 · mars 2021", "DVI", 10, GREY)
    d.hline(40, W - 40, H - 144, NAVY, 1)
    cw = (W - 80 - 24) / 2
    xl, xr = 40, 40 + cw + 24
    y = H - 170
    d.text(xl, y, "Ce que montrait ARPEA", "DVB", 11, NAVY)
    y -= 20
    y = d.para(xl, y, cw,
               "En janvier 2011, l’étude ARPEA Entreprises & Territoires{^1} dressait un constat net : 21 % des "
               "entreprises développaient des partenariats avec des associations, 33 % souhaitaient le faire "
               "et 46 % ne le souhaitaient pas.")
    y = d.para(xl, y, cw,
               "La note du 29 février 2016 a ensuite mesuré la pratique. Parmi les entreprises d’au moins 10 "
               "salariés, 37 % avaient noué un partenariat avec une association. Côté associatif, la part "
               "atteignait 38 %, et même 53 % chez les employeuses ; les pionniers, eux, étaient 65 %.")
    y = H - 170
    d.text(xr, y, "Une envie d’alliance", "DVB", 11, NAVY)
    y -= 20
    y = d.para(xr, y, cw,
               "Aujourd’hui, 84 % des dirigeants d’entreprise disent avoir « envie d’alliance », quand 81 % "
               "des Français y voient un devoir et 92 % des maires un besoin.")
    y = d.para(xr, y, cw,
               "Ces chiffres ne se comparent pas terme à terme avec ceux de la crise sanitaire. Dans "
               "l’inventaire de plus de 250 données publié à l’automne 2020, 84 % des dirigeants de TPE et de "
               "PME jugeaient utile de co-construire pour sortir de la crise ; les Français étaient 81 % à le "
               "penser.")
    d.hline(40, 200, 84)
    d.para(40, 70, W - 80,
           "{^1} ARPEA : « Analyse des Relations et des Partenariats entre Entreprises et Associations », "
           "programme 2008-2012 conduit en 10 volets.", size=8)
    d.footer("Note n°7 – mars 2021", "page 1/3")
    d.page()
    # page 2 : table + bullets
    y = d.banner(H - 50, "TABLEAU DE BORD") - 6
    d.text(40, y, "Entreprises et partenariats : les mesures disponibles", "DVB", 10, NAVY)
    y -= 12
    y = d.table(40, y, [290, 60, W - 80 - 350], ["Indicateur", "Part", "Source"],
                [["Entreprises qui développent des partenariats", "21 %", "ARPEA, janv. 2011"],
                 ["Entreprises qui souhaitent en développer", "33 %", "ARPEA, janv. 2011"],
                 ["Entreprises d’au moins 10 salariés partenaires", "37 %", "note du 29/02/2016"],
                 ["Dirigeants : partenariats source d’innovation", "81 %", "programme IMPACT"],
                 ["Dirigeants de TPE-PME : co-construire\nen sortie de crise", "84 %", "automne 2020"]],
                size=9)
    y -= 8
    d.text(40, y, "Et du côté des associations ?", "DVB", 11, NAVY)
    y -= 20
    y = d.bullet(48, y, W - 90, "près de 46 % des associations sont engagées avec une entreprise, selon ARPEA ;")
    y = d.bullet(48, y, W - 90, "86 % des responsables associatifs voient dans les partenariats une source "
                                "d’innovation ;")
    y = d.bullet(48, y, W - 90, "en 2016, 28 % des associations citaient une entreprise parmi leurs partenaires.")
    d.footer("Note n°7 – mars 2021", "page 2/3")
    d.page()
    # page 3
    y = H - 60
    d.text(40, y, "Ce que la note retient", "DVB", 13, NAVY)
    y -= 22
    y = d.para(40, y, W - 80,
               "Les dirigeants d’entreprise ? Ils sont 81 % à juger les partenariats source d’innovation. Les "
               "associations, elles, ne sont que 38 % à avoir un partenaire entreprise, selon la note de 2016.",
               size=10.5)
    d.text(40, y, "Le cadre politique", "DVB", 13, NAVY)
    y -= 22
    y = d.para(40, y, W - 80,
               "Confiée lors du FNAF 2019 par Gabriel Attal à Cathy Racon-Bouzon et Charles-Benoît Heidsieck, une "
               "mission ministérielle a remis son rapport le 7 mai 2020 ; son bilan a été dressé le 17 octobre "
               "2020. Une « feuille de route » ministérielle de 21 mesures accompagne la démarche.", size=10.5)
    y -= 6
    d.rect(40, y - 40, W - 80, 46, LIGHT)
    d.text(52, y - 14, "MÉTHODE", "DVB", 9, TEAL)
    d.text(52, y - 30, "Les pourcentages sont arrondis à l’unité ; leur somme peut différer de 100.", "DV", 9.5)
    d.footer("Note n°7 – mars 2021", "page 3/3")
    d.page()
    d.save()


# ---------------------------------------------------------------------------
# obs-p-05 : repères Le RAMEAU (3 pages)
# ---------------------------------------------------------------------------
def doc05():
    d = Doc("obs-p-05-reperes-rameau.pdf")
    W, H = d.W, d.H
    foot = "Repères – juin 2022"
    # page 1
    d.text(40, H - 50, "LE RAMEAU · OBSERVATOIRE DES PARTENARIATS", "DVB", 8, TEAL)
    d.text(40, H - 86, "Repères : quinze ans de recherche", "DVB", 22, NAVY)
    d.text(40, H - 112, "sur les alliances", "DVB", 22, NAVY)
    d.text(40, H - 134, "Édition de juin 2022", "DVI", 10, GREY)
    bw = (W - 80 - 30) / 4
    top = H - 160
    boxes = [("2006", ["création", "du RAMEAU"]),
             ("+ de 1 000", ["exemples inspirants", "recensés"]),
             ("+ de 500", ["organisations associées", "aux expérimentations", "depuis 2006"]),
             ("5 ans", ["d'étude d'impact"])]
    for i, (big, lines) in enumerate(boxes):
        d.keybox(40 + i * (bw + 10), top, bw, 96, big, lines, big_size=18, size=8.5)
    y = top - 126
    d.text(40, y, "Le RAMEAU en bref", "DVB", 12, NAVY)
    y -= 20
    y = d.para(40, y, W - 80,
               "Association d'intérêt général créée en 2006, Le RAMEAU se présente comme un laboratoire de "
               "recherche empirique. Il s'est donné 3 missions, dont celle de témoigner. Son président-fondateur "
               "est Charles-Benoît Heidsieck ; Laurence Weber en est la directrice générale.", size=10.5)
    y = d.para(40, y, W - 80,
               "L'Observatoire des partenariats a été créé en 2008 par la Caisse des Dépôts et Le RAMEAU, en "
               "partenariat avec le MEDEF et le Mouvement associatif{^1}. Sa direction scientifique est assurée "
               "bénévolement par Anne Robin, fondatrice de COMISIS.", size=10.5)
    d.hline(40, 200, 84)
    d.para(40, 70, W - 80,
           "{^1} Des documents plus anciens, comme le rapport quinquennal du 11 décembre 2012, écrivent « Créé en "
           "2007, l'Observatoire national des partenariats associations / entreprises ».", size=8)
    d.footer(foot, "| 1")
    d.page()
    # page 2 : chronology table
    y = d.banner(H - 50, "CHRONOLOGIE") - 6
    y = d.table(40, y, [110, W - 80 - 110], ["Période", "Étape"],
                [["2006", "Création du RAMEAU"],
                 ["2008", "Création de l'Observatoire des partenariats"],
                 ["2008-2012", "ARPEA : 10 volets d'études"],
                 ["2013-2018{^2}", "PHARE : six volets, dont 13 rapports régionaux parus en 2016"],
                 ["2018-2022", "IMPACT, lancé en novembre 2017 : 3 axes"],
                 ["2020", "Fonds ODD 17 : 1,5 M€ sur 3 ans"],
                 ["2022", "Fondation des Territoires, 21 co-fondateurs"]], size=10)
    y = d.para(40, y - 4, W - 80,
               "Chaque programme quinquennal a pris la suite du précédent ; IMPACT a ainsi été lancé dès "
               "novembre 2017.", size=10.5)
    d.hline(40, 200, 84)
    d.para(40, 70, W - 80, "{^2} Certaines présentations bornent PHARE à 2013-2017.", size=8)
    d.footer(foot, "| 2")
    d.page()
    # page 3 : two columns
    cw = (W - 80 - 24) / 2
    xl, xr = 40, 40 + cw + 24
    y = H - 60
    d.text(xl, y, "Territoires", "DVB", 13, NAVY)
    y -= 22
    y = d.para(xl, y, cw,
               "Lancée en 2010 à la suite de l'étude ARPEA-Collectivités locales, la démarche « Agir ensemble en "
               "Territoire » s'est appuyée sur trois pilotes : l'Alsace, le Poitou-Charentes et Paris-Est Marne "
               "& Bois.")
    y = d.para(xl, y, cw,
               "Avec le CGET, Le RAMEAU a ensuite ouvert un parcours d'expérience à 11 territoires pionniers ; "
               "une autre présentation parle de 10 territoires pilotes. La 1re session s'est tenue le 3 mai.")
    y = d.para(xl, y, cw,
               "Le Fonds ODD 17, co-créé en 2020 avec la Fondation TotalEnergies, est doté d'un million et demi "
               "d'euros pour une expérimentation de trois ans. Elle doit faire émerger 350 « catalyseurs "
               "territoriaux ».")
    y = H - 60
    d.text(xr, y, "Fondations et alliances", "DVB", 13, NAVY)
    y -= 22
    y = d.para(xr, y, cw,
               "L'étude IMPACT Fondations & Territoires, publiée le 23 septembre, s'appuie sur 42 fondations "
               "interrogées.")
    y = d.para(xr, y, cw,
               "Créée le 14 juin 2022 sous l'égide de la Fondation de Lille, la Fondation des Territoires réunit "
               "vingt et un co-fondateurs. Elle poursuit 3 missions. Sa préfiguration, lancée en juillet 2018, a "
               "suivi 3 étapes (07/18-07/19, 08/19-11/20, 12/20-05/22).")
    y = d.para(xr, y, cw,
               "La Charte du faire alliance a été dévoilée le 30 novembre 2021, soir du Giving Tuesday, à "
               "Saint-Maurice (94410) ; une page officielle indique pourtant le 30 septembre.")
    y = d.para(xr, y, cw,
               "Sur la plateforme www.odd17.org, la méthode M.E.D.O.C. rassemble Méthodes, Exemples, Données, "
               "Outils et Compétences. L'ODD 17 compte 19 cibles, rappelle une note du Comité 21 publiée le "
               "5 juillet.")
    d.footer(foot, "| 3")
    d.page()
    d.save()


if __name__ == "__main__":
    for f in (doc01, doc02, doc03, doc04, doc05):
        f()
    print("ok")
