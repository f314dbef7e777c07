#!/usr/bin/env python3
"""Deterministic generator of the 5 s28 evaluation PDFs (blind question set).

Run:  /work/main/.venv/bin/python make_docs.py
Writes obs-s28-NN-<slug>.pdf next to this script. Facts come from
/work/shared/facts.md; all sentences are written for this set.
"""
import os

from reportlab import rl_config
rl_config.invariant = 1

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas
from reportlab.platypus import (BaseDocTemplate, Frame, FrameBreak, KeepTogether,
                                NextPageTemplate, PageBreak, PageTemplate,
                                Paragraph, Spacer, Table, TableStyle)

HERE = os.path.dirname(os.path.abspath(__file__))
FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("DV", FONT_DIR + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DVB", FONT_DIR + "DejaVuSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DVI", FONT_DIR + "DejaVuSans-Oblique.ttf"))
pdfmetrics.registerFont(TTFont("DVBI", FONT_DIR + "DejaVuSans-BoldOblique.ttf"))
from reportlab.lib.fonts import addMapping
addMapping("DV", 0, 0, "DV")
addMapping("DV", 1, 0, "DVB")
addMapping("DV", 0, 1, "DVI")
addMapping("DV", 1, 1, "DVBI")

BLUE = colors.HexColor("#1F4E79")
TEAL = colors.HexColor("#2E8B7A")
GREY = colors.HexColor("#666666")
LIGHT = colors.HexColor("#E8F0F7")
SAND = colors.HexColor("#F6EFE2")


def out(name):
    return os.path.join(HERE, name)


def styles(base=9.5):
    s = {}
    s["label"] = ParagraphStyle("label", fontName="DVB", fontSize=9, textColor=TEAL,
                                leading=12, spaceAfter=2)
    s["title"] = ParagraphStyle("title", fontName="DVB", fontSize=18, leading=22,
                                textColor=BLUE, spaceAfter=4)
    s["edition"] = ParagraphStyle("edition", fontName="DVI", fontSize=9, leading=12,
                                  textColor=GREY, spaceAfter=10)
    s["h2"] = ParagraphStyle("h2", fontName="DVB", fontSize=11.5, leading=14,
                             textColor=BLUE, spaceBefore=8, spaceAfter=4)
    s["h3"] = ParagraphStyle("h3", fontName="DVB", fontSize=10, leading=13,
                             spaceBefore=6, spaceAfter=2)
    s["body"] = ParagraphStyle("body", fontName="DV", fontSize=base, leading=base * 1.38,
                               spaceAfter=5)
    s["bullet"] = ParagraphStyle("bullet", parent=s["body"], leftIndent=12,
                                 bulletIndent=3, spaceAfter=2, bulletFontName="DV")
    s["note"] = ParagraphStyle("note", fontName="DV", fontSize=7.2, leading=9,
                               textColor=GREY, spaceAfter=2)
    s["box"] = ParagraphStyle("box", fontName="DV", fontSize=9, leading=12)
    s["bignum"] = ParagraphStyle("bignum", fontName="DVB", fontSize=26, leading=30,
                                 textColor=TEAL, alignment=TA_CENTER)
    s["boxcap"] = ParagraphStyle("boxcap", fontName="DV", fontSize=8.5, leading=11,
                                 alignment=TA_CENTER)
    s["cell"] = ParagraphStyle("cell", fontName="DV", fontSize=8.5, leading=10.5)
    s["cellb"] = ParagraphStyle("cellb", fontName="DVB", fontSize=8.5, leading=10.5,
                                textColor=colors.white)
    return s


def keybox(items, st, width, bg=LIGHT):
    """Key-figure box: list of (number, caption)."""
    cells = [[Paragraph(n, st["bignum"]), Paragraph(c, st["boxcap"])] for n, c in items]
    row = []
    for n, c in cells:
        row.append([n, c])
    t = Table([row], colWidths=[width / len(items)] * len(items))
    t.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, -1), bg),
        ("BOX", (0, 0), (-1, -1), 0.8, TEAL),
        ("INNERGRID", (0, 0), (-1, -1), 0.4, colors.white),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 6),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
    ]))
    return t


def textbox(paras, width, bg=SAND, border=GREY):
    t = Table([[paras]], colWidths=[width])
    t.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, -1), bg),
        ("BOX", (0, 0), (-1, -1), 0.6, border),
        ("LEFTPADDING", (0, 0), (-1, -1), 7),
        ("RIGHTPADDING", (0, 0), (-1, -1), 7),
        ("TOPPADDING", (0, 0), (-1, -1), 5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
    ]))
    return t


# --------------------------------------------------------------------------
# 01 — DIAPORAMA (slides, 16:9)
# --------------------------------------------------------------------------
def doc01():
    W, H = 960, 540
    name = "obs-s28-01-diaporama-associations-territoires.pdf"
    c = canvas.Canvas(out(name), pagesize=(W, H), invariant=1)
    c.setTitle("Associations & Territoires - diaporama de restitution")
    c.setAuthor("Observatoire des partenariats")

    def frame(slide_no, total=4):
        c.setFillColor(BLUE)
        c.rect(0, H - 34, W, 34, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("DVB", 11)
        c.drawString(28, H - 22, "OBSERVATOIRE DES PARTENARIATS")
        c.setFont("DV", 10)
        c.drawRightString(W - 28, H - 22, "Programme IMPACT · restitution")
        c.setStrokeColor(TEAL)
        c.setLineWidth(1)
        c.line(28, 34, W - 28, 34)
        c.setFillColor(GREY)
        c.setFont("DV", 9)
        c.drawString(28, 20, "IMPACT – Associations & Territoires · Le RAMEAU")
        if slide_no is not None:
            c.drawRightString(W - 28, 20, "Diapositive %d / %d" % (slide_no, total))

    def slide_title(t, sub=None):
        c.setFillColor(BLUE)
        c.setFont("DVB", 26)
        c.drawString(48, H - 88, t)
        if sub:
            c.setFillColor(GREY)
            c.setFont("DVI", 14)
            c.drawString(48, H - 114, sub)

    def lines(x, y, items, size=17, gap=30, font="DV", color=colors.black):
        c.setFont(font, size)
        c.setFillColor(color)
        for it in items:
            c.drawString(x, y, it)
            y -= gap
        return y

    def bignum(x, y, w, h, num, cap):
        c.setFillColor(LIGHT)
        c.setStrokeColor(TEAL)
        c.roundRect(x, y, w, h, 10, stroke=1, fill=1)
        c.setFillColor(TEAL)
        c.setFont("DVB", 48)
        c.drawCentredString(x + w / 2, y + h - 70, num)
        c.setFillColor(colors.black)
        c.setFont("DV", 14)
        yy = y + h - 100
        for ln in cap:
            c.drawCentredString(x + w / 2, yy, ln)
            yy -= 19

    # -- page 1: title slide (no printed number)
    frame(None)
    c.setFillColor(TEAL)
    c.setFont("DVB", 14)
    c.drawString(60, 400, "DIAPORAMA")
    c.setFillColor(BLUE)
    c.setFont("DVB", 34)
    c.drawString(60, 350, "Associations & Territoires")
    c.setFont("DV", 22)
    c.drawString(60, 315, "Ce que révèlent les partenariats des associations employeuses")
    c.setFillColor(GREY)
    c.setFont("DVI", 14)
    c.drawString(60, 270, "Support projeté lors de la séance de restitution – volet associatif du programme IMPACT")
    c.setFont("DV", 12)
    c.drawString(60, 150, "Observatoire des partenariats · Le RAMEAU")
    c.drawString(60, 132, "Les chiffres sont ceux de l’étude ; les commentaires oraux ne figurent pas sur ce support.")
    c.showPage()

    # -- page 2 (printed 1/4): scope
    frame(1)
    slide_title("Qui a-t-on observé ?", "Le champ : les associations qui emploient au moins une personne")
    bignum(60, 150, 380, 230, "148 000",
           ["associations employeuses en France :", "c’est la population de référence"])
    bignum(520, 150, 380, 230, "98 %",
           ["d’entre elles ont déjà noué", "au moins un partenariat"])
    c.setFont("DVI", 12)
    c.setFillColor(GREY)
    c.drawString(60, 110, "Lecture : le partenariat n’est plus l’exception, c’est la norme du monde associatif employeur.")
    c.showPage()

    # -- page 3 (printed 2/4): partners, bar chart
    frame(2)
    slide_title("Avec qui ?", "Part des associations employeuses déclarant chaque type de partenaire")
    data = [("Collectivités territoriales", 89),
            ("Structures d’intérêt général", 73),
            ("Établissements scolaires", 70),
            ("Collectifs d’associations", 56),
            ("Acteurs publics nationaux", 52),
            ("Fédérations professionnelles", 37),
            ("Acteurs académiques", 35)]
    y = 370
    for lab, v in data:
        c.setFillColor(colors.black)
        c.setFont("DV", 14)
        c.drawRightString(360, y + 4, lab)
        c.setFillColor(TEAL)
        c.rect(375, y, v * 4.6, 20, stroke=0, fill=1)
        c.setFillColor(BLUE)
        c.setFont("DVB", 14)
        c.drawString(375 + v * 4.6 + 8, y + 4, "%d %%" % v)
        y -= 38
    c.showPage()

    # -- page 4 (printed 3/4): scale
    frame(3)
    slide_title("À quelle échelle ?", "Le territoire d’action des partenariats")
    lines(60, 360, ["Le partenariat se joue d’abord tout près :",
                    "l’échelon local concerne 73 % des associations employeuses."], size=18)
    lines(60, 260, ["Vient ensuite l’échelon régional,",
                    "cité par 47 % d’entre elles."], size=18)
    c.setFont("DVI", 12)
    c.setFillColor(GREY)
    c.drawString(60, 150, "Plusieurs échelles peuvent être citées par une même association : les parts ne s’additionnent pas.")
    c.showPage()

    # -- page 5 (printed 4/4): forms + reminder
    frame(4)
    slide_title("Sous quelles formes ?", "Les quatre grandes manières de faire alliance")
    forms = [("Mécénat", "75 %"), ("Innovation sociétale", "73 %"),
             ("Pratiques responsables", "70 %"), ("Coopération économique", "58 %")]
    x = 60
    for lab, v in forms:
        c.setFillColor(LIGHT)
        c.setStrokeColor(TEAL)
        c.roundRect(x, 250, 200, 140, 8, stroke=1, fill=1)
        c.setFillColor(TEAL)
        c.setFont("DVB", 34)
        c.drawCentredString(x + 100, 335, v)
        c.setFillColor(colors.black)
        c.setFont("DV", 14)
        c.drawCentredString(x + 100, 290, lab)
        x += 215
    lines(60, 190, ["Pour mémoire, la grille de lecture du programme comporte trois axes :",
                    "• l’innovation sociétale et territoriale ;",
                    "• la performance des organisations ;",
                    "• la confiance."], size=14, gap=22)
    c.showPage()
    c.save()
    return name


# --------------------------------------------------------------------------
# generic portrait document helper
# --------------------------------------------------------------------------
class Doc(BaseDocTemplate):
    def __init__(self, fn, banner, footer, page_offset=0, page_fmt="{n}",
                 skip_number_on_first=False, **kw):
        super().__init__(fn, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                         topMargin=24 * mm, bottomMargin=22 * mm, invariant=1, **kw)
        self.banner = banner
        self.footer = footer
        self.page_offset = page_offset
        self.page_fmt = page_fmt
        self.skip_first = skip_number_on_first
        W, H = A4
        fw = W - self.leftMargin - self.rightMargin
        fh = H - self.topMargin - self.bottomMargin
        one = Frame(self.leftMargin, self.bottomMargin, fw, fh, id="one")
        gap = 7 * mm
        cw = (fw - gap) / 2
        left = Frame(self.leftMargin, self.bottomMargin, cw, fh, id="L")
        right = Frame(self.leftMargin + cw + gap, self.bottomMargin, cw, fh, id="R")
        # top block + two columns below (for first pages with a title)
        th = 62 * mm
        top = Frame(self.leftMargin, H - self.topMargin - th, fw, th, id="top")
        l2 = Frame(self.leftMargin, self.bottomMargin, cw, fh - th, id="L2")
        r2 = Frame(self.leftMargin + cw + gap, self.bottomMargin, cw, fh - th, id="R2")
        self.addPageTemplates([
            PageTemplate("one", [one], onPage=self.decorate),
            PageTemplate("two", [left, right], onPage=self.decorate),
            PageTemplate("toptwo", [top, l2, r2], onPage=self.decorate),
        ])

    def decorate(self, c, doc):
        W, H = A4
        c.saveState()
        c.setFillColor(BLUE)
        c.rect(0, H - 13 * mm, W, 13 * mm, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("DVB", 8.5)
        c.drawString(20 * mm, H - 8.3 * mm, self.banner[0])
        c.setFont("DV", 8.5)
        c.drawRightString(W - 20 * mm, H - 8.3 * mm, self.banner[1])
        c.setStrokeColor(GREY)
        c.setLineWidth(0.4)
        c.line(20 * mm, 14 * mm, W - 20 * mm, 14 * mm)
        c.setFillColor(GREY)
        c.setFont("DV", 7.5)
        c.drawString(20 * mm, 9.5 * mm, self.footer)
        n = doc.page
        if not (self.skip_first and n == 1):
            c.setFont("DVB", 8)
            c.drawRightString(W - 20 * mm, 9.5 * mm,
                              self.page_fmt.format(n=n + self.page_offset))
        c.restoreState()


def bullets(items, st):
    return [Paragraph(i, st["bullet"], bulletText="•") for i in items]


# --------------------------------------------------------------------------
# 02 — FICHE REPÈRE PHARE-Citoyens (2 pages, table)
# --------------------------------------------------------------------------
def doc02():
    name = "obs-s28-02-fiche-repere-phare-citoyens.pdf"
    st = styles(9.5)
    d = Doc(out(name), ("FICHE REPÈRE · CITOYENS", "Observatoire des partenariats"),
            "Fiche repère – Les citoyens et les alliances (PHARE) – reproduction libre avec mention de la source",
            page_fmt="recto {n}", title="Fiche repère PHARE-Citoyens",
            author="Observatoire des partenariats")
    d.page_fmt = "{n}/2"
    W = A4[0] - 40 * mm
    f = []
    f.append(Paragraph("FICHE REPÈRE", st["label"]))
    f.append(Paragraph("Les Français et le « jouer collectif » entre acteurs", st["title"]))
    f.append(Paragraph("Repère tiré du volet citoyen du programme PHARE – résultats rendus publics "
                       "en septembre 2015", st["edition"]))
    f.append(Paragraph(
        "Le volet citoyen du programme PHARE donne la parole au grand public sur les relations "
        "entre associations, entreprises et pouvoirs publics. L’échantillon est large : plus de "
        "2 000 personnes ont été interrogées.", st["body"]))
    f.append(keybox([("69 %", "des Français considèrent que nouer des alliances est un "
                      "« devoir » pour les acteurs de leur territoire"),
                     ("> 2 000", "personnes interrogées pour ce volet")], st, W))
    f.append(Spacer(1, 8))
    f.append(Paragraph("Ce qui compte, et où les partenariats pèsent", st["h2"]))
    f.append(Paragraph(
        "On a demandé aux personnes interrogées de noter l’importance de plusieurs domaines, puis "
        "de dire dans lesquels les partenariats produisent, selon elles, des effets marqués. "
        "Le tableau ci-dessous croise les deux lectures.", st["body"]))
    hdr = [Paragraph("Domaine", st["cellb"]),
           Paragraph("Importance accordée (note moyenne sur 10)", st["cellb"]),
           Paragraph("Part jugeant l’impact des partenariats « fort »", st["cellb"])]
    rows = [("Emploi", "7,1", "49 %"),
            ("Pouvoir d’achat", "6,6", "n. c."),
            ("Sécurité", "6,6 ¹", "n. c."),
            ("Développement économique", "6,5", "46 %"),
            ("Environnement", "6,3", "42 %"),
            ("Exclusion et précarité", "6,3", "36 %"),
            ("Éducation", "n. c.", "36 %")]
    data = [hdr] + [[Paragraph(a, st["cell"]), Paragraph(b, st["cell"]), Paragraph(cc, st["cell"])]
                    for a, b, cc in rows]
    t = Table(data, colWidths=[W * 0.40, W * 0.30, W * 0.30])
    t.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, 0), BLUE),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, LIGHT]),
        ("GRID", (0, 0), (-1, -1), 0.3, GREY),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ]))
    f.append(Paragraph("Tableau 1 – Importance des domaines et effets perçus des partenariats", st["h3"]))
    f.append(t)
    f.append(Spacer(1, 4))
    f.append(Paragraph("n. c. : non communiqué dans les résultats publiés.", st["note"]))
    f.append(Paragraph("¹ Une présentation de ces résultats reprise par la presse spécialisée arrondit "
                       "la note de la sécurité à 7/10 ; la présente fiche retient la valeur détaillée.",
                       st["note"]))
    f.append(PageBreak())
    # page 2
    f.append(Paragraph("Un constat partagé au-delà du grand public", st["h2"]))
    f.append(Paragraph(
        "Les autres volets du programme posent la même question à d’autres publics. Chez les "
        "dirigeants d’entreprise, l’idée d’un devoir d’alliance recueille l’adhésion de 81 % des "
        "répondants. Les responsables associatifs vont plus loin encore : ils sont 86 % à la partager.",
        st["body"]))
    f.append(Paragraph(
        "Le volet consacré aux institutions a interrogé les maires. Ceux-ci sont 87 % à voir dans "
        "les partenariats une source d’innovation pour leur commune.", st["body"]))
    f.append(Paragraph("Le programme PHARE en six volets", st["h2"]))
    f.append(Paragraph("Le calendrier de publication s’est étalé sur un peu plus d’un an, dans "
                       "l’ordre suivant :", st["body"]))
    f += bullets([
        "le volet Citoyens, en septembre 2015 ;",
        "le volet Entreprises, le mois suivant (octobre 2015) ;",
        "le volet Associations, en novembre 2015 ;",
        "une série de 13 rapports régionaux, tout au long de 2016 ;",
        "des diagnostics sectoriels, en juillet 2016 ;",
        "enfin le volet Institutions, à l’automne 2016."], st)
    f.append(Spacer(1, 8))
    f.append(textbox([
        Paragraph("<b>Pour aller plus loin</b>", st["box"]),
        Paragraph("PHARE a pris la suite du programme ARPEA et a précédé le programme IMPACT. "
                  "Les trois programmes successifs de l’Observatoire couvrent chacun une période "
                  "d’environ cinq ans.", st["box"])], W))
    d.build(f)
    return name


# --------------------------------------------------------------------------
# 03 — BULLETIN DE VEILLE (3 pages, two columns)
# --------------------------------------------------------------------------
def doc03():
    name = "obs-s28-03-bulletin-veille-odd17.pdf"
    st = styles(8.8)
    d = Doc(out(name), ("BULLETIN DE VEILLE", "Alliances & ODD 17 · n° 14"),
            "Bulletin de veille de l’Observatoire des partenariats – diffusion interne et partenaires",
            page_fmt="p. {n}", title="Bulletin de veille ODD 17",
            author="Observatoire des partenariats")
    W = A4[0] - 40 * mm
    cw = (W - 7 * mm) / 2
    # the first page uses "toptwo" (title block over two columns)
    f = []
    d.pageTemplates.insert(0, d.pageTemplates.pop(2))  # toptwo first
    f.append(Paragraph("BULLETIN DE VEILLE", st["label"]))
    f.append(Paragraph("Faire alliance : l’actualité de l’ODD 17", st["title"]))
    f.append(Paragraph("Numéro 14 – livraison d’automne, rassemblant les informations parues "
                       "depuis le numéro précédent", st["edition"]))
    f.append(textbox([Paragraph(
        "<b>Au sommaire.</b> Le Fonds ODD 17 ; la Charte du faire alliance ; les repères sur "
        "l’objectif 17 ; l’agenda de novembre ; retour sur deux démarches territoriales.",
        st["box"])], W, bg=LIGHT, border=TEAL))
    f.append(NextPageTemplate("two"))
    f.append(FrameBreak())
    # column text
    f.append(Paragraph("Un fonds pour expérimenter", st["h2"]))
    f.append(Paragraph(
        "Le Fonds ODD 17 a vu le jour en 2020. Il a été co-créé par Le RAMEAU et la Fondation "
        "TotalEnergies, qui en assurent ensemble le pilotage.", st["body"]))
    f.append(Paragraph(
        "Sa dotation s’élève à 1,5 M€. Elle sert à financer une expérimentation conduite sur "
        "trois ans dans les territoires.", st["body"]))
    f.append(Paragraph(
        "Le fonds mise sur des personnes relais, appelées « catalyseurs territoriaux ». "
        "L’objectif affiché est d’en réunir 350.", st["body"]))
    f.append(Paragraph("La Charte du faire alliance", st["h2"]))
    f.append(Paragraph(
        "Trois mois de co-construction ont été nécessaires pour rédiger ce texte. La Fondation "
        "des Territoires a piloté ce travail collectif, ouvert aux associations, aux entreprises "
        "et aux collectivités.", st["body"]))
    f.append(Paragraph(
        "La charte a été dévoilée le 30 novembre 2021, jour du Giving Tuesday, à Saint-Maurice, "
        "sur le territoire de Paris-Est Marne &amp; Bois, au cours d’une soirée organisée avec "
        "VitaWin². Ses auteurs la présentent comme un « contrat de confiance » entre acteurs.",
        st["body"]))
    f.append(Paragraph("Repères sur l’objectif 17", st["h2"]))
    f.append(Paragraph(
        "L’ODD 17 est celui des partenariats. Il se décline en 19 cibles, que détaille la note "
        "du Comité 21 « ODD 17 : Sens, décryptages, déclinaisons », présentée un 5 juillet.",
        st["body"]))
    f.append(Paragraph(
        "Pour outiller les acteurs, la plateforme www.odd17.org s’organise autour d’un sigle, "
        "M.E.D.O.C. Il se lit ainsi : Méthodes, Exemples, Données, Outils, Compétences.",
        st["body"]))
    f.append(Spacer(1, 4))
    f.append(Paragraph(
        "² Une page institutionnelle a annoncé l’événement pour un « mardi 30 septembre » ; les "
        "organisateurs retiennent le 30 novembre 2021.", st["note"]))
    f.append(FrameBreak())
    f.append(Paragraph("Fondations et territoires", st["h2"]))
    f.append(Paragraph(
        "L’étude IMPACT consacrée aux fondations et à leur rôle dans les territoires a été "
        "publiée le 23 septembre. Elle complète la fiche acteur « Dynamique d’engagement des "
        "Fondations », à laquelle elle renvoie pour le détail des profils.", st["body"]))
    f.append(Paragraph("Agenda de novembre", st["h2"]))
    f.append(Paragraph("Quatre rendez-vous ont marqué le mois ; les voici dans l’ordre "
                       "chronologique :", st["body"]))
    f += bullets([
        "15 novembre : parution d’un dossier de JURIS Associations (n° 628) ;",
        "23 novembre : troisième dîner « Elus &amp; Entreprises » ;",
        "26 novembre : publication du 11e rapport régional de l’Observatoire, consacré à la Normandie ;",
        "26 novembre, le même jour : cinquième webinaire « l’ODD 17 en pratique »."], st)
    f.append(Spacer(1, 6))
    f.append(textbox([
        Paragraph("<b>En bref.</b> Le prochain numéro reviendra sur les rapports régionaux "
                  "parus depuis le printemps et sur les suites données à la charte.", st["box"])],
        cw, bg=LIGHT, border=TEAL))
    f.append(FrameBreak())
    # page 2
    f.append(Paragraph("Deux démarches territoriales", st["h2"]))
    f.append(Paragraph(
        "La démarche « Agir ensemble en Territoire » remonte à 2010. Elle est née à la suite de "
        "l’étude ARPEA consacrée aux collectivités locales, réalisée avec Comisis et OpinionWay.",
        st["body"]))
    f.append(Paragraph("Trois territoires ont servi de pilotes :", st["body"]))
    f += bullets([
        "l’Alsace, avec Alsace Active ;",
        "le Poitou-Charentes, avec le Groupe La Poste ;",
        "Paris-Est Marne &amp; Bois."], st)
    f.append(Paragraph(
        "Plus tard, le CGET et Le RAMEAU ont lancé un parcours d’expérience sur la "
        "co-construction territoriale. Il réunit 11 territoires pionniers pendant 18 mois ; "
        "la première session s’est tenue un 3 mai³.", st["body"]))
    f.append(Paragraph("Revue de presse : l’alliance dans la loi", st["h2"]))
    f.append(Paragraph(
        "Le « droit de l’alliance d’intérêt général » a fait l’objet d’une proposition de loi, "
        "déposée en février puis agréée par le Bureau de l’Assemblée nationale et publiée au "
        "Journal officiel. Les articles de presse qui l’ont accompagnée reprennent trois chiffres.",
        st["body"]))
    f += bullets([
        "81 % des Français y voient un « devoir d’alliance » ;",
        "92 % des maires expriment un « besoin d’alliance » ;",
        "84 % des dirigeants d’entreprise disent avoir « envie d’alliance »."], st)
    f.append(FrameBreak())
    f.append(Paragraph("Sortir de crise ensemble", st["h2"]))
    f.append(Paragraph(
        "Au sortir de la crise sanitaire, l’Observatoire a rassemblé les données disponibles sur "
        "la co-construction. L’inventaire dépasse 250 données.", st["body"]))
    f.append(Paragraph(
        "Elles convergent : 81 % des Français et 84 % des dirigeants de TPE et de PME jugent la "
        "co-construction utile pour rebondir, autrement dit pour « jouer collectif en sortie de "
        "crise ».", st["body"]))
    f.append(Spacer(1, 10))
    f.append(Paragraph(
        "³ Une autre présentation du même dispositif évoque le CGET et 10 territoires pilotes.",
        st["note"]))
    d.build(f)
    return name


# --------------------------------------------------------------------------
# 04 — ÉTUDE élus locaux (4 pages, printed pages 12-15, two columns)
# --------------------------------------------------------------------------
def doc04():
    name = "obs-s28-04-etude-elus-locaux-2024.pdf"
    st = styles(9.2)
    d = Doc(out(name), ("ÉTUDE · ÉLUS LOCAUX", "IMPACTS & TRAJECTOIRES"),
            "Observatoire des partenariats – Impacts & Trajectoires, Élus locaux – extrait du rapport",
            page_offset=11, page_fmt="— {n} —", title="Etude Elus locaux 2024",
            author="Observatoire des partenariats")
    d.pageTemplates.insert(0, d.pageTemplates.pop(2))  # toptwo first
    W = A4[0] - 40 * mm
    f = []
    f.append(Paragraph("ÉTUDE", st["label"]))
    f.append(Paragraph("Les maires face aux mouvements de leur territoire", st["title"]))
    f.append(Paragraph("Impacts &amp; Trajectoires – Élus locaux · parution de novembre 2024 · "
                       "chapitre 2 du rapport (extrait)", st["edition"]))
    f.append(textbox([
        Paragraph("<b>Méthode.</b> 302 maires ont été interrogés par téléphone, entre le "
                  "30 septembre et le 28 octobre 2024. L’échantillon reflète la France des petites "
                  "communes : 84 % des répondants dirigent une commune de moins de 2 000 habitants.",
                  st["box"])], W, bg=LIGHT, border=TEAL))
    f.append(NextPageTemplate("two"))
    f.append(FrameBreak())
    f.append(Paragraph("2.1 Des territoires qui bougent", st["h2"]))
    f.append(Paragraph(
        "Premier enseignement : les maires décrivent rarement un territoire immobile. Une très "
        "large majorité, 91 %, estime que sa commune est « en mouvement ».", st["body"]))
    f.append(Paragraph(
        "Ce chiffre recouvre deux réalités. Pour une partie des élus, le mouvement est net. "
        "Ils sont 35 % à le juger fort.", st["body"]))
    f.append(Paragraph(
        "Les autres, soit 56 %, parlent d’un mouvement « ni plus ni moins » marqué qu’ailleurs. "
        "Ce dernier groupe est celui des communes qui avancent sans rupture visible.", st["body"]))
    f.append(keybox([("91 %", "territoire en mouvement"), ("35 %", "fortement")], st, (W - 7 * mm) / 2))
    f.append(Paragraph("2.2 Ce que disait la vague précédente", st["h2"]))
    f.append(Paragraph(
        "En novembre 2020, l’étude IMPACT-Elus locaux, conduite avec Comisis et OpinionWay, avait "
        "déjà exploré ces questions. Elle a servi de base à une fiche-repère intitulée « Les "
        "dynamiques d’engagement des Collectivités territoriales ».", st["body"]))
    f.append(Paragraph(
        "Cette vague montrait un paradoxe. Les trois quarts des maires, 76 % précisément, "
        "décrivaient un territoire engagé ; pourtant 46 % d’entre eux disaient ne pas savoir "
        "piloter cette dynamique¹.", st["body"]))
    f.append(Paragraph(
        "Les élus locaux se tournent volontiers vers le collectif. Ils sont 64 % à vouloir "
        "s’appuyer sur le « jouer collectif ».", st["body"]))
    f.append(Paragraph(
        "Chez les maires, la reconnaissance est encore plus nette : 92 % jugent la "
        "co-construction utile.", st["body"]))
    f.append(Paragraph(
        "¹ Sur le pilotage, voir aussi la partie 3 du rapport, non reproduite dans cet extrait.",
        st["note"]))
    f.append(FrameBreak())
    f.append(Paragraph("2.3 Une histoire plus longue", st["h2"]))
    f.append(Paragraph(
        "L’attention portée aux maires n’est pas nouvelle. Le volet PHARE-Institutions leur était "
        "déjà consacré. Il a été rendu public le 29 novembre 2016.", st["body"]))
    f.append(Paragraph(
        "Ce volet distinguait 5 profils de maires selon leur rapport aux alliances. Il montrait "
        "aussi que 87 % des maires voyaient dans les partenariats une source d’innovation.",
        st["body"]))
    f.append(Paragraph(
        "Les nouvelles données prolongent ces constats, sans reprendre la même typologie : la "
        "comparaison terme à terme n’est donc pas possible.", st["body"]))
    f.append(Paragraph("2.4 Lecture d’ensemble", st["h2"]))
    f.append(Paragraph(
        "Pour résumer ce chapitre, trois points ressortent de la lecture croisée des "
        "vagues successives :", st["body"]))
    f += bullets([
        "le mouvement est perçu partout, mais son intensité varie ;",
        "le besoin d’outils de pilotage demeure ;",
        "la co-construction reste la voie privilégiée par les élus."], st)
    f.append(Spacer(1, 6))
    f.append(textbox([Paragraph(
        "<b>À retenir.</b> Une commune sur trois environ connaît un mouvement jugé fort ; "
        "la plupart évoluent à un rythme ordinaire.", st["box"])], (W - 7 * mm) / 2))
    f.append(NextPageTemplate("one"))
    f.append(PageBreak())
    f.append(Paragraph("Annexe au chapitre 2 – Fiche technique", st["h2"]))
    f.append(Paragraph("La fiche technique rappelle les principaux paramètres de l’enquête.",
                       st["body"]))
    rows = [["Paramètre", "Valeur"],
            ["Population interrogée", "Maires en exercice"],
            ["Mode de recueil", "Entretiens par téléphone"],
            ["Unité de présentation", "Pourcentage des répondants"],
            ["Vague précédente", "IMPACT-Elus locaux (Comisis-OpinionWay)"]]
    t = Table(rows, colWidths=[W * 0.55, W * 0.45])
    t.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), "DV"), ("FONTSIZE", (0, 0), (-1, -1), 8.5),
        ("FONTNAME", (0, 0), (-1, 0), "DVB"), ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
        ("BACKGROUND", (0, 0), (-1, 0), BLUE), ("GRID", (0, 0), (-1, -1), 0.3, GREY),
    ]))
    f.append(t)
    f.append(Spacer(1, 10))
    f.append(Paragraph(
        "Les résultats sont présentés en pourcentage des répondants. Les arrondis peuvent "
        "expliquer de légers écarts entre un total et la somme de ses parties.", st["body"]))
    d.build(f)
    return name


# --------------------------------------------------------------------------
# 05 — NOTE de synthèse (4 pages, printed numbers shifted, cover unnumbered)
# --------------------------------------------------------------------------
def doc05():
    name = "obs-s28-05-note-reperes-historiques.pdf"
    st = styles(9.5)
    d = Doc(out(name), ("NOTE DE SYNTHÈSE", "Le RAMEAU · Observatoire des partenariats"),
            "Note de synthèse – Repères sur quinze ans d’observation des partenariats",
            page_offset=-1, page_fmt="page {n}", skip_number_on_first=True,
            title="Note - reperes historiques", author="Observatoire des partenariats")
    W = A4[0] - 40 * mm
    f = []
    f.append(Spacer(1, 30 * mm))
    f.append(Paragraph("NOTE", st["label"]))
    f.append(Paragraph("Quinze ans d’observation des alliances : les repères utiles", st["title"]))
    f.append(Paragraph("Document de travail remis à jour pour la présente diffusion ; il "
                       "reprend des éléments publiés entre 2008 et 2022", st["edition"]))
    f.append(Spacer(1, 10 * mm))
    f.append(textbox([
        Paragraph("<b>Objet de la note.</b> Rassembler en quelques pages les dates, les "
                  "personnes et les chiffres qui reviennent le plus souvent dans les échanges "
                  "sur l’Observatoire des partenariats et sur Le RAMEAU.", st["box"]),
        Paragraph("Elle comprend trois parties : les institutions et les personnes ; les "
                  "programmes d’étude ; quelques résultats anciens qui restent cités.", st["box"])],
        W))
    f.append(PageBreak())
    # page 2 (printed 1)
    f.append(Paragraph("1. Institutions et personnes", st["h2"]))
    f.append(Paragraph(
        "Le RAMEAU est une association d’intérêt général créée en 2006. Elle se décrit comme un "
        "« laboratoire de recherche empirique » consacré aux alliances au service du bien commun. "
        "Depuis sa création, elle a mené des expérimentations auprès de plus de 500 organisations.",
        st["body"]))
    f.append(Paragraph(
        "Son président-fondateur est Charles-Benoît Heidsieck. À ses côtés, la direction générale "
        "est assurée par Laurence Weber.", st["body"]))
    f.append(Paragraph(
        "L’Observatoire des partenariats a été créé en 2008 par la Caisse des Dépôts et Le RAMEAU, "
        "en partenariat avec le MEDEF et le Mouvement associatif¹. Sa direction scientifique est "
        "confiée à Anne Robin. Celle-ci, fondatrice du cabinet COMISIS, exerce cette "
        "mission bénévolement.", st["body"]))
    f.append(Paragraph("Une mission ministérielle", st["h3"]))
    f.append(Paragraph(
        "En 2019, Gabriel Attal a confié une mission à Cathy Racon-Bouzon et à Charles-Benoît "
        "Heidsieck. Leur rapport a été remis le 7 mai 2020 ; un bilan a suivi le 17 octobre 2020.",
        st["body"]))
    f.append(Paragraph(
        "Dans le prolongement, une proposition de loi sur le « droit de l’alliance d’intérêt "
        "général » a été portée par Cathy Racon-Bouzon. La feuille de route ministérielle qui "
        "l’accompagne compte 21 mesures.", st["body"]))
    f.append(Paragraph("Une fondation dédiée", st["h3"]))
    f.append(Paragraph(
        "La préfiguration de la Fondation des Territoires a commencé en juillet 2018. Elle a "
        "abouti à sa création le 14 juin 2022, sous l’égide de la Fondation de Lille. Elle compte "
        "21 co-fondateurs.", st["body"]))
    f.append(Spacer(1, 6))
    f.append(Paragraph(
        "¹ Des documents plus anciens, publiés en 2011 et 2012, font remonter l’Observatoire à 2007 "
        "sous le nom d’Observatoire national des partenariats associations / entreprises.",
        st["note"]))
    f.append(PageBreak())
    # page 3 (printed 2) two programmes table
    f.append(Paragraph("2. Trois programmes successifs", st["h2"]))
    f.append(Paragraph(
        "Les travaux de l’Observatoire se sont organisés en plans quinquennaux. Le tableau les "
        "résume.", st["body"]))
    hdr = [Paragraph(x, st["cellb"]) for x in ("Programme", "Période", "Repère")]
    rows = [("ARPEA", "2008-2012", "Rapport quinquennal présenté le 11 décembre 2012"),
            ("PHARE", "2013-2018²", "Six volets publiés de 2015 à 2016"),
            ("IMPACT", "2018-2022", "Programme lancé en novembre 2017")]
    data = [hdr] + [[Paragraph(a, st["cell"]), Paragraph(b, st["cell"]), Paragraph(c, st["cell"])]
                    for a, b, c in rows]
    t = Table(data, colWidths=[W * 0.2, W * 0.2, W * 0.6])
    t.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, 0), BLUE), ("GRID", (0, 0), (-1, -1), 0.3, GREY),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, LIGHT]),
    ]))
    f.append(t)
    f.append(Paragraph("² Certaines présentations indiquent 2013-2017.", st["note"]))
    f.append(Paragraph(
        "Le sigle ARPEA a connu plusieurs formulations. La plus courante est « Analyse des "
        "Relations et des Partenariats entre Entreprises et Associations ».", st["body"]))
    f.append(Paragraph(
        "Le programme IMPACT associe plusieurs partenaires. On y retrouve :", st["body"]))
    f += bullets(["la Caisse des Dépôts et l’Institut CDC pour la Recherche ;",
                  "le Groupe La Poste ;", "la Fondation TOTAL ;", "Le RAMEAU."], st)
    f.append(Paragraph(
        "Ce programme mesure trois choses : l’innovation, la performance et la confiance.",
        st["body"]))
    f.append(PageBreak())
    # page 4 (printed 3)
    f.append(Paragraph("3. Des résultats anciens, toujours cités", st["h2"]))
    f.append(Paragraph("ARPEA Entreprises &amp; Territoires (janvier 2011)", st["h3"]))
    f.append(Paragraph(
        "Cette enquête auprès des entreprises classait celles-ci en trois groupes. Le premier "
        "développe déjà des partenariats : il pèse 21 %. Un deuxième groupe, de 33 %, souhaite s’y "
        "engager. Le dernier, 46 %, ne le souhaite pas.", st["body"]))
    f.append(Paragraph("Les Français et l’urgence des partenariats", st["h3"]))
    f.append(Paragraph(
        "Dans les enquêtes ARPEA, les Français jugeaient urgent de créer des partenariats. Ils "
        "étaient 86 % en 2008. Quatre ans plus tard, en 2012, la proportion était de 84 %.",
        st["body"]))
    f.append(Paragraph("Associations &amp; Partenariats (mars 2017)", st["h3"]))
    f.append(Paragraph(
        "Publiée avec Recherches &amp; Solidarités, cette étude repose sur une enquête menée en "
        "mai et juin 2016 auprès de plus de 1 380 responsables associatifs. Une association y "
        "déclare en moyenne 2,5 partenaires.", st["body"]))
    f.append(Paragraph("Les partenaires cités se répartissent ainsi :", st["body"]))
    f += bullets(["collectivités : 74 % ;", "associations ou fondations : 72 % ;",
                  "enseignement : 47 % ;", "entreprises : 28 % ;", "insertion : 22 % ;",
                  "recherche : 9 %."], st)
    f.append(Paragraph(
        "La taille joue beaucoup. Parmi les associations dont le budget dépasse 150 000 €, la "
        "moitié (50 %) a un partenariat avec une entreprise ; sous 10 000 €, elles ne sont plus "
        "que 20 %.", st["body"]))
    f.append(Paragraph("Note du 29 février 2016", st["h3"]))
    f.append(Paragraph(
        "Cette note chiffre la diffusion des partenariats : 37 % des entreprises d’au moins "
        "10 salariés et 38 % des associations sont concernées. Chez les associations employeuses, "
        "la part monte à 53 %.", st["body"]))
    d.build(f)
    return name


if __name__ == "__main__":
    for fn in (doc01, doc02, doc03, doc04, doc05):
        print(fn())
